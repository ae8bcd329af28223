//! The subject of an infinitive written after an infinitive subject marker
//! (`kg:infinitiveSubjectMarker`): "opportunities for the Governments of A
//! and B to work together", "a chance for A and B to sign the accord". The
//! names between the marker and the infinitive's own marker ("to") are who
//! does what the infinitive says, not the clause's subject ("the memorandum
//! creates opportunities"), so a verb of joint action there relates them as
//! it relates the coordinated subjects of a finite verb. An infinitive
//! coordinated with such a one ("for A and B to share data, and to work
//! together") has the same subjects.

use std::ops::Range;

use super::{Filler, Frame, Polarity};

/// Words walked back from a coordinated infinitive's conjunction to the
/// infinitive before it, over that one's verb and object ("to influence
/// the debate on emissions at home and abroad").
const MAX_INFINITIVE_DISTANCE: usize = 16;

impl Frame<'_, '_> {
    /// "for A and B to cooperate": the coordinated subjects after the
    /// marker each do the symmetric `property` the verb triggers with each
    /// other, as coordinated subjects of a finite verb do (the `kg:frame`
    /// "verb: nsubj <->", which the parse gives them only when it hangs
    /// them from the infinitive).
    pub(super) fn marked_joint_subjects(
        &mut self,
        subjects: &[Filler],
        property: usize,
        verb: Range<usize>,
        qualifiers: &(Polarity, Option<String>),
    ) {
        self.emit_between_each_pair(subjects, property, &verb, "infinitive-subjects", qualifiers);
    }

    /// The subjects of the infinitive whose verb starts at `verb_start`,
    /// where they follow an infinitive subject marker right before the
    /// infinitive's marker, or are those of an infinitive of that kind the
    /// verb's infinitive is coordinated with. Returns where the marked
    /// phrase starts, and its subjects (a plural office or body phrase
    /// given by its owners).
    pub(super) fn infinitive_subjects(&self, verb_start: usize) -> Option<(usize, Vec<Filler>)> {
        let (a, words) = (self.range.start, &self.lex.words);
        let is_marker = |t: usize| self.lex.goal_cues.clause_markers.contains(self.view.low(t));
        let marker = verb_start
            .checked_sub(1)
            .filter(|&m| m > a && is_marker(m))?;
        if let Some(found) = self.marked_subjects_ending_at(marker) {
            return Some(found);
        }
        // "…, and to work together": the conjunction before the marker
        // coordinates this infinitive with one before it in the clause.
        let conjunction = marker - 1;
        if !words.conjunctions.contains(self.view.low(conjunction)) {
            return None;
        }
        let mut t = conjunction;
        while t > a && conjunction - t < MAX_INFINITIVE_DISTANCE {
            t -= 1;
            if words.clause_boundary_words.contains(self.view.low(t))
                || self.view.is_punct(t, ";")
                || self.view.is_punct(t, ":")
                || self.is_finite_verb(t) && !self.mentions.iter().any(|(r, _)| r.contains(&t))
            {
                return None;
            }
            if is_marker(t) {
                if let Some(found) = self.marked_subjects_ending_at(t) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The coordinated names ending at token `end` when an infinitive
    /// subject marker opens them (before a determiner or a plural office or
    /// body head: "for the Governments of A and B"): where the marker
    /// stands, and the names.
    fn marked_subjects_ending_at(&self, end: usize) -> Option<(usize, Vec<Filler>)> {
        let a = self.range.start;
        let found = self.subjects_ending_at(end);
        let first = found.first()?.0.start;
        let mut s = self.plural_head_before(first).unwrap_or(first);
        if s > a && self.lex.is_determiner(self.view.low(s - 1)) {
            s -= 1;
        }
        (s > a
            && self
                .lex
                .words
                .infinitive_subject_markers
                .contains(self.view.low(s - 1)))
        .then_some((s - 1, found))
    }
}
