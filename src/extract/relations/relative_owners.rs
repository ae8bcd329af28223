//! The owner of a goal a restrictive relative clause states, where the
//! parse hung the clause on a noun before the owner: "The talks were part
//! of the Harbour Initiative which aims to widen trade" — with no comma
//! between, a relative pronoun speaks of the noun phrase right before it
//! (the initiative), not of the noun that phrase completes ("part"), and
//! only a document or initiative there owns the goal.

use super::super::syntax::SentenceSyntax;
use super::Frame;

/// How many heads up from the noun before the pronoun the parse's
/// antecedent may stand ("part of the programme of the Council which …").
const MAX_COMPLEMENT_DEPTH: usize = 4;

impl Frame<'_, '_> {
    /// The document or initiative ending right before the relative pronoun
    /// at `relative` (no punctuation between), inside the noun phrase of
    /// `antecedent`, the noun the parse gave the clause to: the noun before
    /// the pronoun must hang from it as a complement ("part of X"), so the
    /// clause could be either's and English reads the nearer one.
    pub(super) fn nearer_relative_owner(
        &self,
        syntax: &SentenceSyntax,
        relative: usize,
        antecedent: usize,
    ) -> Option<usize> {
        // "which", "that": "who" speaks of a person, never of a programme.
        if syntax.node(relative).xpos != "WDT" {
            return None;
        }
        let before = relative.checked_sub(1).filter(|&b| b > antecedent)?;
        if !matches!(syntax.node(before).upos, "NOUN" | "PROPN") {
            return None;
        }
        let e = self.entity_at(before).filter(|&e| self.may_own_goal(e))?;
        // The mention ends at the pronoun: "the Initiative's members which"
        // would leave the name inside a longer phrase.
        if !self
            .mentions
            .iter()
            .any(|(r, x)| *x == e && r.end == relative && r.contains(&before))
        {
            return None;
        }
        let mut k = before;
        for _ in 0..MAX_COMPLEMENT_DEPTH {
            let node = syntax.node(k);
            let h = node
                .head
                .filter(|_| matches!(node.rel, "nmod" | "compound" | "flat"))?;
            if h == antecedent {
                return Some(e);
            }
            k = h;
        }
        None
    }
}
