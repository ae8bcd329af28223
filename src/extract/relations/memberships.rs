//! Members named around a noun of a property that is no symmetric one
//! (`kg:nounTrigger`, "member" of `kg:memberOf`), where the parse often
//! hangs the names elsewhere:
//!
//! - "A and B, both members of the Union, …": the plural noun set off by a
//!   comma after coordinated names (perhaps after a quantifier,
//!   `kg:pairQuantifier` or `kg:relativeGroupWord`), its owner after the
//!   property's preposition;
//! - "As members of the Union, A and B …", "As a member of the Union, A
//!   …": the noun after a role marker (`kg:roleMarker`, perhaps with an
//!   article and adjectives between) opening the sentence, the names after
//!   the comma that closes the owner (one name for a singular noun);
//! - "A and B, as members of the Union, …", "A, as a founding member of
//!   the Union, …", "A and B, both bilaterally and as members of the
//!   Union": the same role phrase set off by a comma after the names
//!   (perhaps after adverbs and a conjunction), closed by punctuation or
//!   the sentence's end (a verb after the owner makes the members a
//!   clause's subject, "…, as members of the Union arrived");
//! - "A is one of the twelve members of the Union", "A, one of the founding
//!   members of the Union, …": a partitive word (`kg:partitiveWord`) and a
//!   genitive before the counted, modified noun, after a copula or a comma;
//! - "member states of the Union such as A and B", "the Union's members,
//!   including A and B": an example list (`kg:exampleListCue`) after the
//!   noun and its owner (after it, before it as a name, or as a possessor);
//! - "Union members A and B", "Union member A": a name before the noun and
//!   names right after it;
//! - "Peru became the Union's newest Member", "Chile and Peru are Union
//!   member states": the owner named or the possessor before the noun
//!   (perhaps capitalised), the members the subject of a membership copula
//!   (`kg:membershipCopula`) whose verb group holds no infinitive marker,
//!   modal or negation ("hopes to become", "will become", "is not");
//! - "the role of A and B as full Union members", "praised A and B as
//!   members of the Union": the names right before a role phrase, unless
//!   a finite verb after the phrase makes "as" open a clause;
//! - "A and other Union members", "A and other members of the Union": the
//!   noun after a conjunction and a word that counts A in the group
//!   (`kg:additiveGroupWord`; "A and some parts of Y" does not).
//!
//! - "the four AFC States (A, B and C)", "the member states of the Union
//!   (A and B)": names listed in brackets right after a group an
//!   organisation owns ([`Frame::bracketed_group_members`]).
//!
//! A plural noun may carry a group head after it ("member states",
//! `kg:groupHead`): the phrase's owner then follows the group head.
//!
//! Whatever rule read it, a membership whose group the sentence names only
//! by a description with another head than the group's names is dropped
//! ([`Frame::drop_unstated_memberships`]): "will join the commission" where
//! "the commission" was resolved by its class alone to the Ministry of
//! Defence, "to join the cabinet" resolved to a department. A definite
//! description refers back to the most mentioned thing of its class, which
//! for a government body is often another body; a member joins the body
//! the noun names. The generic word of the organisation class ("the world
//! organization") names any organisation and keeps its fact.
//!
//! Nor does a sentence that says the membership is sought, planned or
//! offered (`kg:soughtMembershipCue` between the member and the trigger, or
//! right before the member) state one: "Peru's bid for membership of the
//! Forum", "Peru has applied for membership in", "Peru hopes to become a
//! member of", "Chile invited Peru to join"
//! ([`Frame::drop_unstated_memberships`] drops these too).

use std::ops::Range;

use super::Frame;
use crate::extract::model::Polarity;

/// Modifier words between a partitive's genitive and the counted noun
/// ("one of the twelve founding members"): a determiner, a count and a few
/// adjectives.
const MAX_PARTITIVE_MODIFIERS: usize = 4;

/// A membership noun found at a token: the properties it triggers, whether
/// it is plural, and where its noun phrase's head ends (after a group head
/// such as "states" in "member states").
pub(super) struct MemberNoun {
    pub(super) properties: Vec<usize>,
    pub(super) plural: bool,
    pub(super) head_end: usize,
    /// Written with a capital inside the sentence ("the OECD's first
    /// Member"): read only where its owner is named right before it, or
    /// where a list of its members follows it and its owner
    /// ([`Frame::listed_parties`]).
    pub(super) capitalised: bool,
}

impl Frame<'_, '_> {
    /// Reads the membership constructions of the module comment in the
    /// sentence.
    pub(super) fn membership_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some(noun) = self.member_noun_in_any_case(k) else {
                continue;
            };
            let mut facts: Vec<(usize, usize, usize, &str)> = Vec::new();
            self.owned_before_members(k, &noun, &mut facts);
            if noun.capitalised {
                self.emit_memberships(k, facts);
                continue;
            }
            let owner_after = self.owner_after(&noun);
            if let Some((owner_range, owner)) = owner_after.clone() {
                for p in &noun.properties {
                    for (_, agent) in self.role_members(k, noun.plural, owner_range.end) {
                        facts.push((agent, *p, owner, "role-members"));
                    }
                    // "A and B, which are members of the Union": the
                    // copula's subjects where the parse's frame reads only
                    // the list's last name.
                    if let Some(start) = self.member_modifiers_left(k, true) {
                        for (_, agent) in self.predicate_members(start, noun.plural) {
                            facts.push((agent, *p, owner, "predicate-member"));
                        }
                    }
                    if noun.plural {
                        for (_, agent) in self.apposed_members(k) {
                            facts.push((agent, *p, owner, "apposed-members"));
                        }
                        if let Some(agent) = self.partitive_member(k) {
                            facts.push((agent, *p, owner, "partitive-member"));
                        }
                        for (_, agent) in self.other_members(k) {
                            facts.push((agent, *p, owner, "other-members"));
                        }
                    }
                }
            }
            // The owner written before the noun: a name ("Union members")
            // or a possessor ("the Union's members").
            let named_before = self.mention_ending_at(k);
            let possessor = (k > a + 1 && self.lex.is_possessive(self.view, k - 1))
                .then(|| self.mention_ending_at(k - 1))
                .flatten();
            let owner_before = named_before.clone().or(possessor).map(|(_, e)| e);
            if let Some(owner) = owner_after.as_ref().map(|(_, e)| *e).or(owner_before) {
                let phrase_end = owner_after.as_ref().map_or(noun.head_end, |(r, _)| r.end);
                if noun.plural {
                    for (_, agent) in self.example_members(phrase_end) {
                        for p in &noun.properties {
                            facts.push((agent, *p, owner, "example-members"));
                        }
                    }
                }
            }
            if let Some((_, owner)) = named_before {
                for (_, agent) in self.named_members_after(noun.head_end) {
                    for p in &noun.properties {
                        facts.push((agent, *p, owner, "named-members"));
                    }
                }
                if noun.plural {
                    for (_, agent) in self.other_members(k) {
                        for p in &noun.properties {
                            facts.push((agent, *p, owner, "other-members"));
                        }
                    }
                }
            }
            self.emit_memberships(k, facts);
        }
    }

    /// "the four EFTA States (Iceland, Liechtenstein, Norway and
    /// Switzerland)", "the member states of the Union (A, B and C)": a
    /// group head (`kg:groupHead`) or a plural membership noun owned by an
    /// organisation, named right before it (perhaps with group modifiers
    /// between: "the Union member states") or after it and one of the
    /// property's prepositions, then a list of two or more names in
    /// brackets that closes right after the list: each listed name is a
    /// member of the organisation. A list holding a person, or opened by
    /// words that are no name ("(notably A and B)", "(except A)"), names
    /// no members.
    pub(super) fn bracketed_group_members(&mut self) {
        let Some(membership) = self.lex.party_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let mut facts: Vec<(usize, usize, usize, &str)> = Vec::new();
        for open in a + 2..b {
            if !self.view.is_punct(open, "(") || self.member_starting_at(open + 1).is_none() {
                continue;
            }
            let Some((head, owner)) = self.group_owner_ending_at(open, membership) else {
                continue;
            };
            let list = self.objects_starting_at(open + 1);
            let closed = list
                .last()
                .is_some_and(|(r, _)| r.end < b && self.view.is_punct(r.end, ")"));
            let person = &self.lex.classes.person;
            if !closed
                || list.len() < 2
                || list
                    .iter()
                    .any(|&(_, e)| e == owner || self.entities[e].class == *person)
            {
                continue;
            }
            for (_, member) in list {
                facts.push((member, membership, owner, "bracketed-members"));
            }
            self.emit_memberships(head, std::mem::take(&mut facts));
        }
    }

    /// The group phrase ending right before token `end` and the
    /// organisation that owns it, for [`Frame::bracketed_group_members`]:
    /// the group's head token and the owner.
    fn group_owner_ending_at(&self, end: usize, membership: usize) -> Option<(usize, usize)> {
        let a = self.range.start;
        let is_group_word = |t: usize| {
            self.lex.group_heads.contains_key(self.view.low(t))
                || self
                    .member_noun_in_any_case(t)
                    .is_some_and(|n| n.plural && n.head_end == t + 1)
        };
        let owner_of = |t: usize| {
            self.names_organisation(t)
                .then(|| self.entity_at(t))
                .flatten()
        };
        let last = end - 1;
        if is_group_word(last) {
            // The owner before the head, past group modifiers ("Union
            // member states"): a modifier in lowercase, or "Member".
            let mut j = last;
            while j > a
                && (self.member_noun_in_any_case(j - 1).is_some()
                    || (!self.view.is_capitalised(j - 1)
                        && self
                            .lex
                            .group_modifiers
                            .longest_at(self.view, j - 1, j)
                            .is_some()))
            {
                j -= 1;
            }
            let (owner_range, _) = self.mention_ending_at(j)?;
            return Some((last, owner_of(owner_range.start)?));
        }
        // The owner after the head and a preposition of the property ("the
        // member states of the Union").
        let (owner_range, owner) = self
            .mentions
            .iter()
            .filter(|(r, _)| r.end == end && owner_of(r.start).is_some())
            .min_by_key(|(r, _)| r.start)
            .cloned()?;
        owner_of(owner_range.start).filter(|&e| e == owner)?;
        let mut p = owner_range.start;
        if p > a && self.lex.is_determiner(self.view.low(p - 1)) {
            p -= 1;
        }
        if p < a + 2 {
            return None;
        }
        let preposition = self.view.low(p - 1);
        let introduces = self
            .property(membership)
            .prepositions
            .iter()
            .any(|w| w == preposition);
        let head = p - 2;
        (introduces && is_group_word(head)).then_some((head, owner))
    }

    /// States the memberships read at the noun `k` (member, property,
    /// group, rule), none of a thing in itself.
    fn emit_memberships(&mut self, k: usize, facts: Vec<(usize, usize, usize, &str)>) {
        for (agent, p, owner, rule) in facts {
            if agent == owner {
                continue;
            }
            self.emit(
                agent,
                p,
                owner,
                k..k + 1,
                rule,
                0.75,
                (Polarity::Positive, None),
            );
        }
    }

    /// The members of a noun phrase at `k` whose owner is named before the
    /// noun and not after it ("the OECD's first Member", "the 30th Union
    /// member state", "fully-fledged Union members"): the subject of a
    /// membership copula before the phrase ("Peru became the Union's
    /// newest member", "Chile and Peru are Union member states"), and the
    /// names a role phrase speaks of ("the role of A and B as full Union
    /// members", "As Union members, A and B …").
    fn owned_before_members(
        &self,
        k: usize,
        noun: &MemberNoun,
        facts: &mut Vec<(usize, usize, usize, &str)>,
    ) {
        if self.owner_after(noun).is_some() {
            return;
        }
        let Some((start, owner)) = self.phrase_with_owner_before(k) else {
            return;
        };
        if noun.head_end < self.range.end
            && matches!(
                self.syntax.tagger_tags(noun.head_end).1,
                "NN" | "NNS" | "NNP" | "NNPS" | "POS"
            )
        {
            // "a Union member state's port": the noun modifies another.
            return;
        }
        for p in &noun.properties {
            for (_, agent) in self.predicate_members(start, noun.plural) {
                facts.push((agent, *p, owner, "predicate-member"));
            }
            if !noun.capitalised {
                for (_, agent) in self.role_members(start, noun.plural, noun.head_end) {
                    facts.push((agent, *p, owner, "role-members"));
                }
            }
        }
    }

    /// Where the phrase of the noun at `k` starts, and its owner, when the
    /// owner is named or is the possessor right before the noun (perhaps
    /// with adjectives or a count between: "NATO's newest member", "the
    /// 30th Union member state"); none where a modifier says the
    /// membership is over or not begun.
    fn phrase_with_owner_before(&self, k: usize) -> Option<(usize, usize)> {
        let a = self.range.start;
        let j = self.member_modifiers_left(k, false)?;
        let (owner_range, owner) = if j > a + 1 && self.lex.is_possessive(self.view, j - 1) {
            self.mention_ending_at(j - 1)?
        } else {
            self.mention_ending_at(j)?
        };
        let start = self.member_modifiers_left(owner_range.start, true)?;
        Some((start, owner))
    }

    /// Walks left from `k` over lowercase adjectives, participles and
    /// counts (and determiners where `determiners`), at most
    /// [`MAX_PARTITIVE_MODIFIERS`]; none where one says the membership is
    /// over or not begun ("former", "prospective").
    fn member_modifiers_left(&self, k: usize, determiners: bool) -> Option<usize> {
        let a = self.range.start;
        let mut j = k;
        while j > a && k - j < MAX_PARTITIVE_MODIFIERS {
            let low = self.view.low(j - 1);
            let modifier = (determiners && self.lex.is_determiner(low))
                || self.lex.is_number_word(low)
                || (matches!(
                    self.syntax.tagger_tags(j - 1).1,
                    "JJ" | "JJS" | "JJR" | "VBG" | "VBN" | "CD"
                ) && !self.view.is_capitalised(j - 1)
                    && self.view.is_word(j - 1));
            if !modifier {
                break;
            }
            if self.is_not_current_modifier(low) {
                return None;
            }
            j -= 1;
        }
        Some(j)
    }

    /// The subjects of a membership copula (`kg:membershipCopula`) right
    /// before the noun phrase starting at `start`, perhaps with adverbs or
    /// auxiliaries about it ("Peru has now become", "Chile and Peru are
    /// both"); none where the verb group holds an infinitive marker, a
    /// modal or a negation ("hopes to become", "will become", "is not"),
    /// which state no membership held. A singular noun names one member.
    fn predicate_members(&self, start: usize, plural: bool) -> Vec<(Range<usize>, usize)> {
        let a = self.range.start;
        let copulas = &self.lex.words.membership_copulas;
        let inner = self.skip_aux_left(start);
        let group = if inner > a && copulas.contains(self.view.low(inner - 1)) {
            self.skip_aux_left(inner - 1)
        } else if (inner..start).any(|t| copulas.contains(self.view.low(t))) {
            inner
        } else {
            return Vec::new();
        };
        let asserted = (group..start).all(|t| {
            !matches!(self.syntax.tagger_tags(t).1, "TO" | "MD")
                && self.lex.negation.first_at(self.view, t, start).is_none()
        });
        if !asserted || group <= a {
            return Vec::new();
        }
        let mut found = self.subjects_ending_at(group);
        if found.is_empty() {
            found = self
                .relative_antecedents_ending_at(group)
                .unwrap_or_default();
        }
        if !plural && found.len() > 1 {
            return Vec::new();
        }
        found
    }

    /// Drops the sentence's membership facts (the property of the `"party"`
    /// frame, `kg:memberOf`) whose group every mention in the sentence names
    /// by a description head that none of the group's names has, or that
    /// the sentence says are sought (see the module docs). A group the
    /// sentence does not mention (an owner read from an earlier line) keeps
    /// its facts.
    pub(super) fn drop_unstated_memberships(&mut self) {
        let Some(membership) = self.lex.party_property else {
            return;
        };
        let mut k = self.first_fact;
        while k < self.out.len() {
            let fact = &self.out[k];
            if fact.property == membership
                && (self.named_only_otherwise(fact.object) || self.sought_membership(fact))
            {
                self.out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Whether a sought-membership cue (`kg:soughtMembershipCue`) stands
    /// between the member's last mention before the fact's trigger and the
    /// trigger ("Peru's bid for membership of", "Peru has applied for
    /// membership", "Peru hopes to become a member"), outside any other
    /// mention, or right before that mention ("Chile invited Peru to
    /// join"). A member named after the trigger ("the Forum comprises A")
    /// is not looked at.
    fn sought_membership(&self, fact: &super::Found) -> bool {
        let toks = &self.view.toks;
        let Some(trigger) = self
            .range
            .clone()
            .find(|&t| toks[t].start == fact.evidence.chars.start)
        else {
            return false;
        };
        let Some(member) = self
            .mentions
            .iter()
            .filter(|(r, e)| *e == fact.subject && r.end <= trigger)
            .map(|(r, _)| r.clone())
            .max_by_key(|r| r.end)
        else {
            return false;
        };
        let cues = &self.lex.words.sought_membership_cues;
        let inside_mention = |t: usize| self.mentions.iter().any(|(r, _)| r.contains(&t));
        let before = (member.start > self.range.start).then(|| member.start - 1);
        (member.end..trigger)
            .chain(before)
            .any(|t| !inside_mention(t) && cues.contains(self.view.low(t)))
    }

    /// Whether the sentence mentions `group` and every mention is a
    /// description whose head is missing from the group's names and is no
    /// head of the generic organisation class.
    fn named_only_otherwise(&self, group: usize) -> bool {
        let entity = &self.entities[group];
        let names: Vec<String> = std::iter::once(&entity.label)
            .chain(&entity.alt_labels)
            .map(|l| l.to_lowercase())
            .collect();
        let mut mentioned = false;
        for (r, e) in &self.mentions {
            if *e != group {
                continue;
            }
            mentioned = true;
            let Some(head) =
                crate::extract::mentions::description_head_in(self.view, self.lex, r.clone())
            else {
                return false;
            };
            let generic = self
                .lex
                .description_heads
                .longest_at(self.view, head.start, head.end)
                .is_some_and(|(_, class)| *class == self.lex.classes.organization);
            let word = self.view.span_text(head.start, head.end).to_lowercase();
            if generic || names.iter().any(|n| n.contains(&word)) {
                return false;
            }
        }
        mentioned
    }

    /// The membership noun at `k`: a noun trigger of properties that are
    /// not symmetric, singular or plural, perhaps followed by a group head
    /// ("member states"), which makes the phrase plural; also where it is
    /// capitalised inside the sentence ([`MemberNoun::capitalised`]).
    pub(super) fn member_noun_in_any_case(&self, k: usize) -> Option<MemberNoun> {
        let word = self.view.low(k);
        let singular = self.lex.noun_triggers.get(word);
        // "members", "signatories": the regular plurals.
        let plural_of = crate::extract::lexicon::singular_forms(word)
            .iter()
            .find_map(|w| self.lex.noun_triggers.get(w.as_str()));
        let found = singular.or(plural_of)?;
        let properties: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&p| !self.property(p).symmetric)
            .collect();
        // Capitalised only where it opens the sentence ("Member states of …").
        let capitalised = self.view.is_capitalised(k) && k != self.range.start;
        if properties.is_empty() || !self.view.is_word(k) {
            return None;
        }
        let group_head = k + 1 < self.range.end
            && singular.is_some()
            && self.lex.group_heads.contains_key(self.view.low(k + 1));
        Some(MemberNoun {
            properties,
            plural: (plural_of.is_some() && singular.is_none()) || group_head,
            head_end: if group_head { k + 2 } else { k + 1 },
            capitalised,
        })
    }

    /// The owner after the noun phrase: a preposition of the properties
    /// ("of", "in") and a name.
    pub(super) fn owner_after(&self, noun: &MemberNoun) -> Option<(Range<usize>, usize)> {
        let at = noun.head_end;
        if at + 1 >= self.range.end {
            return None;
        }
        let low = self.view.low(at);
        let introduces = noun
            .properties
            .iter()
            .any(|&p| self.property(p).prepositions.iter().any(|w| w == low));
        if !introduces {
            return None;
        }
        self.mention_starting_at(at + 1)
    }

    /// Where the words before the noun at `k` start once a quantifier
    /// ("both", "all", "other") is passed.
    fn before_quantifier(&self, k: usize) -> usize {
        let words = &self.lex.words;
        if k > self.range.start
            && (words.pair_quantifiers.contains(self.view.low(k - 1))
                || words.relative_group_words.contains(self.view.low(k - 1)))
        {
            k - 1
        } else {
            k
        }
    }

    /// "A and B, both members of …": the names coordinated before the comma
    /// that sets off the noun at `k`.
    fn apposed_members(&self, k: usize) -> Vec<(Range<usize>, usize)> {
        let j = self.before_quantifier(k);
        if j < self.range.start + 2 || !self.view.is_punct(j - 1, ",") {
            return Vec::new();
        }
        self.subjects_ending_at(j - 1)
    }

    /// The role marker ("as") before the noun at `k`, perhaps with an
    /// article, a count, a quantifier and adjectives between ("as a
    /// founding member", "as both members"); none where it closes an
    /// additive phrase ("as well as members").
    fn member_role_marker_before(&self, k: usize) -> Option<usize> {
        let a = self.range.start;
        let mut j = k;
        while j > a && k - j < MAX_PARTITIVE_MODIFIERS {
            let low = self.view.low(j - 1);
            let modifier = self.lex.is_determiner(low)
                || self.lex.is_number_word(low)
                || self.lex.words.pair_quantifiers.contains(low)
                || self.lex.words.relative_group_words.contains(low)
                || (matches!(self.syntax.tagger_tags(j - 1).1, "JJ" | "VBG" | "VBN")
                    && !self.view.is_capitalised(j - 1));
            if !modifier {
                break;
            }
            if self.is_not_current_modifier(low) {
                return None;
            }
            j -= 1;
        }
        let marker = j.checked_sub(1).filter(|&m| m >= a)?;
        if !self.lex.words.role_markers.contains(self.view.low(marker)) {
            return None;
        }
        let additive = (marker.saturating_sub(MAX_PARTITIVE_MODIFIERS).max(a)..marker).any(|s| {
            self.lex
                .words
                .additive_phrases
                .phrase_at(self.view, s, self.range.end)
                .is_some_and(|len| s + len == marker + 1)
        });
        (!additive).then_some(marker)
    }

    /// Members named around a role phrase of the noun at `k` (or where its
    /// phrase starts) whose phrase ends at `phrase_end`: "As members of
    /// the Union, A and B …" (the names after the comma that closes the
    /// phrase), "A and B, as members of the Union, …" (the names before the
    /// comma that sets the phrase off, perhaps after adverbs and a
    /// conjunction: "both bilaterally and as members"; the owner closes the
    /// phrase) and "the role of A and B as members of the Union" (the names
    /// right before the marker). A singular noun names one member.
    fn role_members(
        &self,
        k: usize,
        plural: bool,
        phrase_end: usize,
    ) -> Vec<(Range<usize>, usize)> {
        let (a, b) = (self.range.start, self.range.end);
        let Some(marker) = self.member_role_marker_before(k) else {
            return Vec::new();
        };
        let found = if marker == a {
            if phrase_end + 1 >= b || !self.view.is_punct(phrase_end, ",") {
                return Vec::new();
            }
            self.objects_starting_at(phrase_end + 1)
        } else if marker > a && self.mention_ending_at(marker).is_some() {
            // "the role of A and B as full Union members", "praised A and
            // B as members of the Union": the names right before the role
            // marker, unless a finite verb after the phrase makes "as"
            // open a clause ("A met B as members of the Union arrived").
            let clause = phrase_end < b
                && matches!(
                    self.syntax.tagger_tags(phrase_end).1,
                    "VBD" | "VBZ" | "VBP" | "MD"
                );
            if clause {
                return Vec::new();
            }
            self.role_list_ending_at(marker)
        } else if let Some(found) = self.depictive_role_subjects(marker, phrase_end) {
            found
        } else {
            let closed = phrase_end >= b
                || !(self.view.is_word(phrase_end)
                    || self.lex.is_possessive(self.view, phrase_end));
            if !closed {
                return Vec::new();
            }
            let words = &self.lex.words;
            let mut j = marker;
            while j > a + 1
                && marker - j < MAX_PARTITIVE_MODIFIERS
                && (self.lex.is_adverb(self.view.low(j - 1))
                    || words.conjunctions.contains(self.view.low(j - 1))
                    || words.pair_quantifiers.contains(self.view.low(j - 1)))
            {
                j -= 1;
            }
            if j < a + 2 || !self.view.is_punct(j - 1, ",") {
                return Vec::new();
            }
            self.subjects_ending_at(j - 1)
        };
        if !plural && found.len() > 1 {
            return Vec::new();
        }
        found
    }

    /// "A, B and C attended as members of the Union", "A participated
    /// actively as a member of the Union": a role phrase right after an
    /// intransitive verb (perhaps with adverbs between) speaks of the
    /// verb's subject, the names before the verb group (or a relative
    /// pronoun's antecedent: "A and B, which took part as members of …").
    /// None where the verb group holds an infinitive marker, a modal or a
    /// negation ("hopes to participate as a member", "will attend as
    /// members"), which state no membership held, or where a finite verb
    /// after the phrase makes "as" open a clause.
    fn depictive_role_subjects(
        &self,
        marker: usize,
        phrase_end: usize,
    ) -> Option<Vec<(Range<usize>, usize)>> {
        let (a, b) = (self.range.start, self.range.end);
        let mut verb = marker;
        while verb > a + 1 && marker - verb < 2 && self.lex.is_adverb(self.view.low(verb - 1)) {
            verb -= 1;
        }
        let verb = verb.checked_sub(1).filter(|&v| v > a)?;
        if !matches!(
            self.syntax.tagger_tags(verb).1,
            "VBD" | "VBZ" | "VBP" | "VBN"
        ) || self
            .lex
            .words
            .membership_copulas
            .contains(self.view.low(verb))
        {
            return None;
        }
        let clause = phrase_end < b
            && matches!(
                self.syntax.tagger_tags(phrase_end).1,
                "VBD" | "VBZ" | "VBP" | "MD"
            );
        let group = self.skip_time_left(self.skip_aux_left(verb));
        let asserted = (group..marker).all(|t| {
            !matches!(self.syntax.tagger_tags(t).1, "TO" | "MD")
                && self.lex.negation.first_at(self.view, t, marker).is_none()
        });
        if clause || !asserted || group <= a {
            return None;
        }
        let found = self.subjects_ending_at(group);
        if !found.is_empty() {
            return Some(found);
        }
        self.relative_antecedents_ending_at(group)
    }

    /// "A and B, which are members of …": the names coordinated before the
    /// comma that sets off the relative pronoun ending at `end`.
    fn relative_antecedents_ending_at(&self, end: usize) -> Option<Vec<(Range<usize>, usize)>> {
        let pronoun = end.checked_sub(1).filter(|&p| p > self.range.start + 1)?;
        let relative = matches!(self.syntax.tagger_tags(pronoun).1, "WDT" | "WP");
        if !relative || !self.view.is_punct(pronoun - 1, ",") {
            return None;
        }
        let found = self.subjects_ending_at(pronoun - 1);
        (!found.is_empty()).then_some(found)
    }

    /// The names coordinated right before a role marker at `marker`: "the
    /// role of A, B and C as …". A name after a comma that may end an
    /// adjunct is no list member for [`Frame::subjects_ending_at`]; a
    /// coordination that ends right before the marker takes in the names
    /// set off by commas before its first one too.
    fn role_list_ending_at(&self, marker: usize) -> Vec<(Range<usize>, usize)> {
        let a = self.range.start;
        let mut found = self.subjects_ending_at(marker);
        while found.len() > 1 {
            let mut s = found[0].0.start;
            if s > a && self.lex.is_determiner(self.view.low(s - 1)) {
                s -= 1;
            }
            let prev = (s > a + 1 && self.view.is_punct(s - 1, ","))
                .then(|| self.mention_ending_at(s - 1))
                .flatten();
            match prev {
                Some(m) if !found.iter().any(|(_, e)| *e == m.1) => found.insert(0, m),
                _ => break,
            }
        }
        found
    }

    /// Whether a modifier of a membership noun says the membership is over
    /// or not yet begun ("a former member", "a prospective member"): such
    /// a phrase names no present membership.
    fn is_not_current_modifier(&self, low: &str) -> bool {
        let words = &self.lex.words;
        words.former_modifiers.contains(low) || words.hypothetical_modifiers.contains(low)
    }

    /// "A is one of the twelve members of …", "A, one of the founding
    /// members of …": the one name before the partitive word, after a
    /// copula (perhaps with auxiliaries and adverbs) or a comma.
    fn partitive_member(&self, k: usize) -> Option<usize> {
        let a = self.range.start;
        let words = &self.lex.words;
        let mut j = k;
        while j > a
            && k - j < MAX_PARTITIVE_MODIFIERS
            && !words.genitive_prepositions.contains(self.view.low(j - 1))
        {
            let low = self.view.low(j - 1);
            let modifier = self.lex.is_determiner(low)
                || self.lex.is_number_word(low)
                || matches!(self.syntax.tagger_tags(j - 1).1, "JJ" | "VBG" | "VBN");
            if !modifier
                || (self.view.is_capitalised(j - 1) && j - 1 != a)
                || self.is_not_current_modifier(low)
            {
                return None;
            }
            j -= 1;
        }
        if j < a + 3 || !words.genitive_prepositions.contains(self.view.low(j - 1)) {
            return None;
        }
        if !words.partitive_words.contains(self.view.low(j - 2)) {
            return None;
        }
        let before = j - 2;
        let subject_end = if self.view.is_punct(before - 1, ",") {
            before - 1
        } else {
            let start = self.skip_aux_left(before);
            let copula = (start..before).any(|t| words.be_forms.contains(self.view.low(t)));
            if !copula {
                return None;
            }
            start
        };
        self.mention_ending_at(subject_end).map(|(_, e)| e)
    }

    /// "A and other Union members", "A and other members of the Union": the
    /// names coordinated before a conjunction and a word that counts them
    /// in the group (`kg:additiveGroupWord`: "other", perhaps after an
    /// article) that open the phrase of the noun at `k`
    /// (after the owner's name when it comes first).
    fn other_members(&self, k: usize) -> Vec<(Range<usize>, usize)> {
        let a = self.range.start;
        let start = self.mention_ending_at(k).map_or(k, |(r, _)| r.start);
        let words = &self.lex.words;
        if start < a + 3
            || !words
                .additive_group_words
                .contains(self.view.low(start - 1))
        {
            return Vec::new();
        }
        let mut j = start - 1;
        if self.lex.is_determiner(self.view.low(j - 1)) {
            j -= 1;
        }
        if j < a + 2 || !words.conjunctions.contains(self.view.low(j - 1)) {
            return Vec::new();
        }
        self.subjects_ending_at(j - 1)
    }

    /// "… such as A and B", "…, including A and B": the names of an example
    /// list right after the noun phrase ending at `end`.
    fn example_members(&self, end: usize) -> Vec<(Range<usize>, usize)> {
        let b = self.range.end;
        let mut k = end;
        if k < b && self.view.is_punct(k, ",") {
            k += 1;
        }
        match self.lex.words.example_list_cues.phrase_at(self.view, k, b) {
            Some(len) if k + len < b => self.objects_starting_at(k + len),
            _ => Vec::new(),
        }
    }

    /// "Union members A and B": names right after the noun phrase ending
    /// at `end` (no article, no comma between).
    fn named_members_after(&self, end: usize) -> Vec<(Range<usize>, usize)> {
        if end >= self.range.end || !self.view.is_capitalised(end) {
            return Vec::new();
        }
        if !self.mentions.iter().any(|(r, _)| r.start == end) {
            return Vec::new();
        }
        self.objects_starting_at(end)
    }
}
