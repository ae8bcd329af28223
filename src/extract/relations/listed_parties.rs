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
//!   (`kg:inclusionVerb`). Each listed party stands in the noun's relation
//!   to the owner.
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
            if self.starts_list_item() {
                let a = self.range.start;
                let party = self
                    .mention_starting_at(self.skip_title_right(a))
                    .filter(|(_, e)| self.is_named(*e));
                if let Some((tokens, party)) = party {
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
            }
        }
        self.colon_signers().or_else(|| self.listed_members())
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
        for (_, party) in self.objects_starting_at(k) {
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
            let Some(noun) = self.member_noun_at(k) else {
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
            let owner_before = self.mention_ending_at(k).or(possessor);
            let (owner, phrase_end) = match (owner_after, owner_before) {
                (Some((r, e)), _) => (e, r.end),
                (None, Some((_, e))) => (e, noun.head_end),
                (None, None) => continue,
            };
            if phrase_end >= b {
                continue;
            }
            let verb = self.view.low(phrase_end);
            let words = &self.lex.words;
            if !(words.be_forms.contains(verb) || words.inclusion_verbs.contains(verb)) {
                continue;
            }
            let properties = noun.properties.clone();
            return self.parties_listed_at(
                phrase_end + 1,
                properties,
                owner,
                k..k + 1,
                "listed-members",
            );
        }
        None
    }
}
