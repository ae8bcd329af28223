//! Members of a political party (`kg:partyClass`) named around the party's
//! name, with no membership noun (the `"party"` frame):
//!
//! - "Ada Quist's centre-left Unity Party", "A and B's Unity Party": the
//!   people before the possessive mark on the party's name, with only
//!   adjectives (the tagger's, or lowercase words joined by a hyphen:
//!   "pro-European") and commas between the mark and the name (a noun
//!   there names someone else's relation to the party: "A's rival Unity
//!   Party");
//! - "Unity Party chairman Bran Holt": the person whose title follows the
//!   party's name at once.

use super::{Filler, Frame};
use crate::extract::model::Polarity;

/// The most adjectives and commas between a possessive mark and the
/// party's name ("Quist's Eurosceptic, anti-tax Unity Party").
const MAX_PARTY_MODIFIERS: usize = 5;

impl Frame<'_, '_> {
    /// Reads the party constructions of the module comment in the sentence.
    pub(super) fn party_member_frames(&mut self) {
        let Some(property) = self.lex.party_property else {
            return;
        };
        let party_class = &self.lex.classes.party;
        if party_class.is_empty() {
            return;
        }
        let parties: Vec<Filler> = self
            .mentions
            .iter()
            .filter(|(_, e)| {
                self.ontology
                    .is_subclass_of(&self.entities[*e].class, party_class)
            })
            .cloned()
            .collect();
        for (name, party) in parties {
            for (person, from) in self.party_possessors(name.start) {
                self.emit(
                    person,
                    property,
                    party,
                    from..name.end,
                    "party-possessor",
                    0.8,
                    (Polarity::Positive, None),
                );
            }
            let titled: Vec<(usize, usize)> = self
                .titles
                .iter()
                .filter(|((tokens, _), person)| tokens.start == name.end && self.is_person(*person))
                .map(|((tokens, _), person)| (*person, tokens.end))
                .collect();
            for (person, end) in titled {
                self.emit(
                    person,
                    property,
                    party,
                    name.start..end,
                    "party-title",
                    0.8,
                    (Polarity::Positive, None),
                );
            }
        }
    }

    /// The people before a possessive mark on the party's name starting at
    /// `start`, each with where its mention starts: the possessor, and a
    /// person coordinated before it ("A and B's").
    fn party_possessors(&self, start: usize) -> Vec<(usize, usize)> {
        let a = self.range.start;
        let mut k = start;
        let mut modifiers = 0;
        while k > a && !self.lex.is_possessive(self.view, k - 1) {
            let t = k - 1;
            let modifier = self.is_noun_modifier(t)
                || self.view.is_punct(t, ",")
                || self.is_lowercase_hyphen_compound(t);
            if !modifier || modifiers == MAX_PARTY_MODIFIERS {
                return Vec::new();
            }
            modifiers += 1;
            k -= 1;
        }
        if k == a {
            return Vec::new();
        }
        let Some((owner, person)) = self.mention_ending_at(k - 1) else {
            return Vec::new();
        };
        if !self.is_person(person) {
            return Vec::new();
        }
        let mut people = vec![(person, owner.start)];
        let s = owner.start;
        if s > a + 1 && self.lex.words.conjunctions.contains(self.view.low(s - 1)) {
            if let Some((other, e)) = self.mention_ending_at(s - 1) {
                if self.is_person(e) {
                    people.push((e, other.start));
                }
            }
        }
        people
    }

    /// Whether token `t` is a lowercase word joined by a hyphen ("centre-left",
    /// "pro-European"), a compound modifier the tagger may call a verb or a
    /// foreign word.
    fn is_lowercase_hyphen_compound(&self, t: usize) -> bool {
        let text = self.view.text(t);
        !self.view.is_capitalised(t)
            && text.contains('-')
            && text.split('-').all(|part| !part.is_empty())
    }
}
