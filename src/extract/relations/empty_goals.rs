//! Goals that state no aim, dropped once every goal rule has read the
//! sentence.
//!
//! Two shapes of phrase pass the goal rules without saying what a document
//! or initiative is for:
//!
//! * a lead-in cut before its list: "The roadmap will underpin this
//!   approach by:" — the phrase ends in a preposition or subordinator (by
//!   the tagger's tag), so its object, the real goals, stands elsewhere
//!   (the lines after the colon, which the list rules read as goals of
//!   their own);
//! * a verb whose whole object is a pronoun or a placeholder noun
//!   (`kg:placeholderNoun`), maybe after an adjective or determiner: "to
//!   address them", "explore ways", "find new means" — the
//!   pronoun points at something said before and the placeholder at
//!   something said after, so the two words alone name no aim;
//! * a noun phrase opened by a possessive pronoun: "start negotiations on
//!   the agreement with a view to its entry into force" — the phrase names
//!   an event of the thing the pronoun points back to (its entry into
//!   force, their ratification), what is to happen to it, not an effect
//!   it is made to bring about.
//!
//! The rules keep their other goals of the sentence: only these facts go.

use std::ops::Range;

use super::Frame;

/// Tags of a word that takes an object after it: a preposition or
/// subordinator ("by", "that") and the infinitive marker ("to").
const OBJECT_TAKING_TAGS: [&str; 2] = ["IN", "TO"];
/// Tags of the words that may modify a placeholder noun without naming
/// anything ("new", "other", "possible").
const MODIFIER_TAGS: [&str; 4] = ["JJ", "JJR", "DT", "RB"];
/// The tag of a personal pronoun ("them", "it", "us").
const PERSONAL_PRONOUN_TAG: &str = "PRP";
/// The tag of a possessive pronoun ("its", "their").
const POSSESSIVE_PRONOUN_TAG: &str = "PRP$";

impl Frame<'_, '_> {
    /// Drops the sentence's goal facts whose phrase states no aim (see the
    /// module docs).
    pub(super) fn drop_empty_goals(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let range = self.range.clone();
        let mut k = self.first_fact;
        while k < self.out.len() {
            let fact = &self.out[k];
            let span = (fact.property == goal_property)
                .then(|| {
                    self.entities[fact.subject]
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| m.start >= range.start && m.end <= range.end)
                        .cloned()
                })
                .flatten();
            if span.is_some_and(|s| self.states_no_aim(&s)) {
                self.out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Whether the goal phrase over `span` is a lead-in ending in a word
    /// that takes an object, a verb with only a pronoun or a placeholder
    /// noun as its object, or a noun phrase a possessive pronoun opens.
    fn states_no_aim(&self, span: &Range<usize>) -> bool {
        if span.end <= span.start + 1 {
            return false;
        }
        let tag = |t: usize| self.syntax.tagger_tags(t).1;
        if tag(span.start) == POSSESSIVE_PRONOUN_TAG {
            return true;
        }
        let last = span.end - 1;
        if OBJECT_TAKING_TAGS.contains(&tag(last)) {
            return true;
        }
        let pronoun = span.len() == 2 && tag(last) == PERSONAL_PRONOUN_TAG;
        // "explore ways", "explore new ways": only modifiers between.
        let placeholder = self
            .lex
            .words
            .placeholder_nouns
            .contains(self.view.low(last))
            && (span.start + 1..last).all(|t| MODIFIER_TAGS.contains(&tag(t)));
        tag(span.start).starts_with("VB") && (pronoun || placeholder)
    }
}
