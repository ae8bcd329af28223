//! The second verb of a coordinated predicate: "A and B held the ministerial
//! meeting and issued the following joint statement". The verb after "and"
//! has no subject of its own on the surface; it shares the subjects of the
//! finite verb its conjunction coordinates it with. The parse says as much
//! when it hangs both verbs right, which a long subject or an object with
//! a bracketed short form can keep it from doing.

use super::{Filler, Frame, Polarity};

/// Words walked back from the conjunction to the first verb: a verb and an
/// object of a few words each ("held the 2024 Kestria-Vell Partnership for
/// Growth (PFG) Ministerial meeting").
const MAX_PREDICATE_DISTANCE: usize = 24;

impl Frame<'_, '_> {
    /// For a verb starting at `verb_start` right after a conjunction, the
    /// subjects of the finite verb before it in the same clause (the nearest
    /// word the tagger tagged finite that is no part of a name); none where a clause boundary word
    /// (`kg:clauseBoundaryWord`), a colon or a semicolon comes first, or
    /// where that verb has no subject the rules read or is negated. The
    /// position returned is the conjunction's: the qualifiers of the second
    /// verb are read from there, not over the first verb and its object.
    pub(super) fn coordinated_predicate_subjects(
        &self,
        verb_start: usize,
    ) -> Option<(usize, Vec<Filler>)> {
        let (a, words) = (self.range.start, &self.lex.words);
        let conjunction = verb_start.checked_sub(1).filter(|&c| c > a)?;
        if !words.conjunctions.contains(self.view.low(conjunction)) {
            return None;
        }
        let mut t = conjunction;
        while t > a && conjunction - t < MAX_PREDICATE_DISTANCE {
            t -= 1;
            if words.clause_boundary_words.contains(self.view.low(t))
                || self.view.is_punct(t, ";")
                || self.view.is_punct(t, ":")
            {
                return None;
            }
            if !self.is_finite_verb(t)
                || self.view.is_capitalised(t)
                || self.mentions.iter().any(|(r, _)| r.contains(&t))
            {
                continue;
            }
            // "A rejected the plan and issued a statement": a negated first
            // verb is left to the parse, which sees what the cue governs.
            let group = self.skip_aux_left(t);
            if self.qualifiers(group, t + 1).0 == Polarity::Negative {
                return None;
            }
            let found = self.active_subjects(t);
            return (!found.is_empty()).then_some((conjunction, found));
        }
        None
    }
}
