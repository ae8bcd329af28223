//! A counted goal list noun that a relative clause follows: "The plan lays
//! out an approach guided by five strategic goals, which are also reflected
//! in the Regional Plan." and one goal a line after it. The count and the
//! goal list noun (`kg:cardinalWord`, `kg:goalListNoun`) announce the list
//! as they do when the noun ends the sentence (`goal_lists`); the clause
//! after the comma (opened by a `kg:clauseBoundaryWord`) says more about
//! the goals and names no list of its own.

use super::Frame;

impl Frame<'_, '_> {
    /// The word before a comma and a clause boundary word that run on to
    /// `end` (the sentence's end without its full stop): the last word of
    /// the main clause. None when no such clause ends the sentence, or when
    /// the clause holds a colon or a comma of its own (a list, or a second
    /// clause the lines could belong to).
    pub(super) fn before_trailing_clause(&self, end: usize) -> Option<usize> {
        let a = self.range.start;
        let view = self.view;
        let comma = (a + 1..end).find(|&t| {
            view.is_punct(t, ",")
                && t + 1 < end
                && self
                    .lex
                    .words
                    .clause_boundary_words
                    .contains(view.low(t + 1))
        })?;
        let plain = (comma + 1..end).all(|t| !view.is_punct(t, ",") && !view.is_punct(t, ":"));
        (plain && view.is_word(comma - 1)).then_some(comma - 1)
    }
}
