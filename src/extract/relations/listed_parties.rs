//! Parties listed after the phrase that says what they did or are, where
//! the phrase names none of them itself:
//!
//! - "Five countries signed the Harbour Accord: A, B and C", "The following
//!   states signed the Harbour Accord:" and one party a line after it: a
//!   signing verb in the active whose subject ends in a group head
//!   (`kg:groupHead`: "countries", "states") and whose object, a document,
//!   is closed by a colon. Each listed party signed the document;
//! - "Signatories to the Harbour Accord include A and B", "The Forum's
//!   members are: A, B and C", "Members of the Forum include A", "the three
//!   members of the Forum are A, B and C", and the same phrase closed by a
//!   colon with one party a line after it: a plural noun of a property
//!   that is no symmetric one (`kg:nounTrigger`: "member", "signatory")
//!   with its owner after the property's preposition or "of", or before it
//!   as a name or possessor, then a form of "be" or an inclusion verb
//!   (`kg:inclusionVerb`), or a colon ("the member states of the Forum: A,
//!   B and C"); or the owner as the subject of a possession verb
//!   (`kg:possessionVerb`) before the noun, the list after a colon or a
//!   composition cue ("The Forum has three members: A, B and C"). Each
//!   listed party stands in the noun's relation to the owner.
//!
//! The parse often fails on these sentences (a colon before a list, a
//! document name read as a common noun), so they are read on the surface.
//! A list line is a line opened by a list marker whose first words name
//! the party (a title before a person's name is passed); the list ends at
//! the first line that is not one. Only names are listed parties: a
//! description after the copula ("… members are developing countries")
//! says what the members are, not who.

use std::ops::Range;

use super::{Frame, Polarity};

/// Tokens a short form in brackets after a membership phrase may take
/// ("(hereinafter referred to as the “Members”)").
const MAX_BRACKETED_TOKENS: usize = 16;
/// Words of a heading line inside a list of office holders ("Newly
/// appointed Ministers").
const MAX_SUB_HEADING_TOKENS: usize = 5;

/// A list of parties opened by a sentence ending with a colon, read on the
/// list lines after it.
#[derive(Debug, Clone)]
pub(super) struct OpenPartyLines {
    /// The relations each listed party stands in to the owner.
    properties: Vec<usize>,
    /// The document signed or the group whose members are listed.
    owner: usize,
}

impl Frame<'_, '_> {
    /// Reads the sentence as a line of the open list of parties, or as the
    /// opening of one (reading the parties it lists itself); returns the
    /// list still open after it.
    pub(super) fn listed_parties(
        &mut self,
        open: Option<OpenPartyLines>,
    ) -> Option<OpenPartyLines> {
        if let Some(list) = open {
            // A line of the list names its party after a list marker, or is
            // an office holder's line ("Name: Office").
            let marked_party = if self.starts_list_item() {
                let a = self.range.start;
                self.mention_starting_at(self.skip_title_right(a))
                    .filter(|(_, e)| self.is_named(*e))
            } else {
                None
            };
            if let Some((tokens, party)) = marked_party.or_else(|| self.office_holder_line()) {
                for &p in &list.properties {
                    self.emit(
                        party,
                        p,
                        list.owner,
                        tokens.clone(),
                        "party-lines",
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
                return Some(list);
            }
            // "Newly appointed Ministers" between two runs of holders'
            // lines heads the lines after it: the list goes on past it.
            if self.is_sub_heading() {
                return Some(list);
            }
        }
        self.colon_signers().or_else(|| self.listed_members())
    }

    /// The person a line of a list of office holders names, and the line's
    /// office: "Ada Quist: Minister of Trade", "Minister of Trade: Ada
    /// Quist" (see [`Frame::line_label_holder_before`]). Listed after
    /// "The members of the Cabinet are as follows:", the holders are the
    /// members.
    fn office_holder_line(&self) -> Option<(Range<usize>, usize)> {
        self.positions.iter().find_map(|p| {
            self.line_label_holder_before(p)
                .or_else(|| self.line_label_holder_after(p))
                .map(|holder| (p.tokens.clone(), holder))
        })
    }

    /// Whether the sentence is a short heading line inside a list: a few
    /// words, capitalised, ending with a noun and no punctuation.
    fn is_sub_heading(&self) -> bool {
        let (a, b) = (self.range.start, self.range.end);
        b - a <= MAX_SUB_HEADING_TOKENS
            && (a..b).all(|t| self.view.is_word(t))
            && self.view.is_capitalised(a)
            && self.syntax.tagger_tags(b - 1).1.starts_with("NN")
    }

    /// "Cabinet Members", read as one name ending with the member noun at
    /// `k`: the body the document names by the words before the noun
    /// ("Cabinet"), whose members these are.
    fn body_named_in_member_name(&self, k: usize) -> Option<(Range<usize>, usize)> {
        let (name, _) = self
            .mentions
            .iter()
            .find(|(r, _)| r.end == k + 1 && r.start < k)?;
        let view = &self.view;
        let owner = &view.text[view.toks[name.start].start..view.toks[k - 1].end];
        let classes = &self.lex.classes;
        let body = self.entities.iter().position(|e| {
            e.label == owner
                && (e.class == classes.government_body || e.class == classes.organization)
        })?;
        Some((name.start..k, body))
    }

    /// Where the list of members starts after a membership phrase ending
    /// at `end`: past a form of "be" or an inclusion verb, perhaps after a
    /// presence complement (`kg:presenceComplement`: "Members of the
    /// Council in attendance were: …"), or past a composition cue
    /// (`kg:compositionCue`: "the Member States of the Union comprising
    /// …", "…, namely …"), or right after a colon ("the ministers of the
    /// member states of the Union: A, B and C"); a short form in brackets
    /// after the phrase ("(the Members)") is passed first.
    fn member_list_start(&self, end: usize) -> Option<usize> {
        let b = self.range.end;
        let words = &self.lex.words;
        let mut k = end;
        if k < b && self.view.is_punct(k, "(") {
            k = (k + 1..b.min(k + MAX_BRACKETED_TOKENS)).find(|&t| self.view.is_punct(t, ")"))? + 1;
        }
        if let Some(len) = words.presence_complements.phrase_at(self.view, k, b) {
            k += len;
        }
        if k >= b {
            return None;
        }
        // "the member states of the Union: A, B and C": the colon opens the
        // list the phrase announces.
        if self.view.is_punct(k, ":") {
            return Some(k);
        }
        let verb = self.view.low(k);
        if words.be_forms.contains(verb) || words.inclusion_verbs.contains(verb) {
            return Some(self.as_follows_colon(k + 1).unwrap_or(k + 1));
        }
        if k + 1 < b && self.view.is_punct(k, ",") {
            k += 1;
        }
        let len = words.composition_cues.phrase_at(self.view, k, b)?;
        Some(k + len)
    }

    /// The colon closing "are (now) as follows:" after the copula, the
    /// list on the lines after it (`kg:goalListFiller`: "as", "follows";
    /// an adverb by its tag may come before them).
    fn as_follows_colon(&self, k: usize) -> Option<usize> {
        let b = self.range.end;
        let fillers = &self.lex.words.goal_list_fillers;
        let end = (k..b)
            .find(|&t| {
                !fillers.contains(self.view.low(t))
                    && !self.syntax.tagger_tags(t).1.starts_with("RB")
            })
            .unwrap_or(b);
        let filled = (k..end).any(|t| fillers.contains(self.view.low(t)));
        (filled && end + 1 == b && self.view.is_punct(end, ":")).then_some(end)
    }

    /// The group a possession verb makes the subject of the membership noun
    /// at `k` ("The Forum has three members: …"): the name right before the
    /// verb, with only a count or adjectives between the verb and the noun.
    fn possessing_group(&self, a: usize, k: usize) -> Option<(Range<usize>, usize)> {
        let mut j = k;
        // A count word by the lexicon too: the title-case tagger may read
        // "eleven" in a line of names as a verb.
        while j > a && {
            let tag = self.syntax.tagger_tags(j - 1).1;
            tag == "CD" || tag.starts_with("JJ") || self.lex.is_number_word(self.view.low(j - 1))
        } {
            j -= 1;
        }
        (j > a + 1
            && self
                .lex
                .words
                .possession_verbs
                .contains(self.view.low(j - 1)))
        .then(|| self.mention_ending_at(j - 1))
        .flatten()
    }

    /// Whether an entity is written as a name: "Four-fifths of the Union's
    /// members are developing countries" describes the members and lists
    /// none of them.
    fn is_named(&self, e: usize) -> bool {
        self.entities[e].label.chars().any(char::is_uppercase)
    }

    /// Emits each party of the list starting at `start` (after a colon
    /// there) in the relations to the owner; where the sentence ends at
    /// the colon, the list goes on on the lines after it.
    fn parties_listed_at(
        &mut self,
        start: usize,
        properties: Vec<usize>,
        owner: usize,
        trigger: Range<usize>,
        rule: &str,
    ) -> Option<OpenPartyLines> {
        let b = self.range.end;
        let mut k = start;
        let colon = k < b && self.view.is_punct(k, ":");
        if colon {
            k += 1;
        }
        if k >= b || (colon && k + 1 == b && self.view.is_punct(k, ".")) {
            return colon.then_some(OpenPartyLines { properties, owner });
        }
        for (_, party) in self.listed_items(k) {
            if !self.is_named(party) {
                continue;
            }
            for &p in &properties {
                self.emit(
                    party,
                    p,
                    owner,
                    trigger.clone(),
                    rule,
                    0.8,
                    (Polarity::Positive, None),
                );
            }
        }
        None
    }

    /// The parties listed from `start` to the sentence's end. A list whose
    /// items are set off by semicolons ("Prime Minister of A, Ada Quist,
    /// Q.C.; President of B, Bran Holt; and …") is read item by item, so
    /// that an item the rules cannot read (a postnominal, an office
    /// without its holder's name after it) ends only itself.
    fn listed_items(&self, start: usize) -> Vec<(Range<usize>, usize)> {
        let b = self.range.end;
        let semicolons: Vec<usize> = (start..b).filter(|&t| self.view.is_punct(t, ";")).collect();
        if semicolons.is_empty() {
            return self.serial_list(self.objects_starting_at(start));
        }
        let mut items = Vec::new();
        let mut from = start;
        for end in semicolons.into_iter().chain(std::iter::once(b)) {
            if from < end && self.is_coordinator(self.view.low(from)) {
                from += 1;
            }
            if from < end {
                let found = self.objects_starting_at(from);
                items.extend(
                    self.serial_list(found)
                        .into_iter()
                        .filter(|(r, _)| r.end <= end),
                );
            }
            from = end + 1;
        }
        items
    }

    /// The items of a serial list up to the one its conjunction opens:
    /// in "A, B and C and D" the list ends at C, and "and D" joins the
    /// whole phrase the list is in ("the members, comprising A, B and C,
    /// and D"), so D is no item of it.
    fn serial_list(&self, list: Vec<(Range<usize>, usize)>) -> Vec<(Range<usize>, usize)> {
        let b = self.range.end;
        let joined_by_conjunction = |end: usize| {
            let mut j = end;
            let mut conjunction = false;
            while j < b
                && (self.view.is_punct(j, ",")
                    || self.view.is_punct(j, ";")
                    || self.is_coordinator(self.view.low(j)))
            {
                conjunction |= self.is_coordinator(self.view.low(j));
                j += 1;
            }
            conjunction
        };
        let serial =
            list.len() > 2 && (1..list.len()).any(|i| !joined_by_conjunction(list[i - 1].0.end));
        let last = serial
            .then(|| (1..list.len()).find(|&i| joined_by_conjunction(list[i - 1].0.end)))
            .flatten();
        match last {
            Some(i) => list.into_iter().take(i + 1).collect(),
            None => list,
        }
    }

    /// "Five countries signed the Harbour Accord: A, B and C" (see the
    /// module docs).
    fn colon_signers(&mut self) -> Option<OpenPartyLines> {
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        for k in a + 1..b {
            let Some(property) = self.directed_verb_property(k, false) else {
                continue;
            };
            let group = self.skip_aux_left(k);
            let passive = (group..k).any(|t| lex.words.be_forms.contains(self.view.low(t)));
            // "Two states did not sign the accord: A and B" lists those
            // that did not; the rule states only what was done.
            if group == a
                || passive
                || self.negated(group, k + 1)
                || !lex.group_heads.contains_key(self.view.low(group - 1))
            {
                continue;
            }
            let Some((tokens, document)) = self.mention_starting_at(k + 1) else {
                continue;
            };
            if !lex
                .document_classes
                .contains(&self.entities[document].class)
                || tokens.end >= b
                || !self.view.is_punct(tokens.end, ":")
            {
                continue;
            }
            return self.parties_listed_at(
                tokens.end,
                vec![property],
                document,
                k..k + 1,
                "colon-signers",
            );
        }
        None
    }

    /// "Signatories to the Harbour Accord include A and B", "The Forum's
    /// members are: A, B and C" (see the module docs).
    fn listed_members(&mut self) -> Option<OpenPartyLines> {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some(noun) = self.member_noun_in_any_case(k) else {
                continue;
            };
            if !noun.plural {
                continue;
            }
            let genitive = || {
                let at = noun.head_end;
                (at + 1 < b
                    && self
                        .lex
                        .words
                        .genitive_prepositions
                        .contains(self.view.low(at)))
                .then(|| self.mention_starting_at(at + 1))
                .flatten()
            };
            let owner_after = self.owner_after(&noun).or_else(genitive);
            let possessor = (k > a + 1 && self.lex.is_possessive(self.view, k - 1))
                .then(|| self.mention_ending_at(k - 1))
                .flatten();
            let owner_before = self
                .mention_ending_at(k)
                .or(possessor)
                .or_else(|| self.possessing_group(a, k))
                .or_else(|| self.body_named_in_member_name(k));
            // "Other Members of the Council": a capitalised noun heads a
            // list's lead-in only with its owner after it.
            let (owner, phrase_end, capitalised_before) = match (owner_after, owner_before) {
                (Some((r, e)), _) => (e, r.end, false),
                (None, Some((_, e))) => (e, noun.head_end, noun.capitalised),
                _ => continue,
            };
            let Some(list_start) = self.member_list_start(phrase_end) else {
                continue;
            };
            // "Cabinet Members are as follows:" heads the lines after it,
            // where "Other Members of the Council" in running text does not.
            if capitalised_before && !(list_start + 1 == b && self.view.is_punct(list_start, ":")) {
                continue;
            }
            let properties = noun.properties.clone();
            return self.parties_listed_at(
                list_start,
                properties,
                owner,
                k..k + 1,
                "listed-members",
            );
        }
        None
    }
}
