//! Goals written as action nouns: "The objective of the accord is the
//! restoration of wetlands and the exchange of data on rivers" states two
//! goals, one per coordinated noun phrase opening with a noun and its
//! genitive complement ("restoration of …", "exchange of …"). A comma or
//! "and" inside one of them ("data on rivers, lakes and coasts") stays in
//! it: only a conjunction before another such noun phrase starts a goal.

use super::Frame;
use std::ops::Range;

impl Frame<'_, '_> {
    /// Where the action noun of a noun phrase opening at `t` stands: the
    /// word itself or after an article, tagged a common noun, followed by a
    /// genitive preposition (`kg:genitivePreposition`) before `end`.
    fn action_noun_at(&self, t: usize, end: usize) -> Option<usize> {
        let (view, words) = (self.view, &self.lex.words);
        let article = |k: usize| {
            words.definite_articles.contains(view.low(k))
                || words.indefinite_articles.contains(view.low(k))
        };
        let noun = if t < end && article(t) { t + 1 } else { t };
        (noun + 2 < end
            && matches!(self.syntax.tagger_tags(noun).1, "NN" | "NNS")
            && words.genitive_prepositions.contains(view.low(noun + 1))
            && view.is_word(noun + 2))
        .then_some(noun)
    }

    /// The goals of a list of action noun phrases from `start` (see the
    /// module docs), up to a purpose phrase ("… in order to promote …", a
    /// goal of its own) before `end`; `None` when the list does not open
    /// with one, or sets its items off by semicolons.
    pub(super) fn action_noun_items(&self, start: usize, end: usize) -> Option<Vec<Range<usize>>> {
        let view = self.view;
        self.action_noun_at(start, end)?;
        let mut last = end;
        while last > start && !view.is_word(last - 1) {
            last -= 1;
        }
        // Items set off by semicolons are read as such a list is
        // (`list_items`), one goal between two semicolons.
        if (start..last).any(|t| view.is_punct(t, ";")) {
            return None;
        }
        let stop = (start..last)
            .find(|&t| self.lex.purpose_phrases.first_at(view, t, last).is_some())
            .unwrap_or(last);
        let mut items = Vec::new();
        let mut item = start;
        for t in start + 1..stop {
            if self.lex.words.conjunctions.contains(view.low(t))
                && self.action_noun_at(t + 1, stop).is_some()
            {
                items.push(item..t);
                item = t + 1;
            }
        }
        items.push(item..stop);
        let items = items
            .into_iter()
            .filter_map(|r| {
                // The goal is the noun phrase without its article and the
                // punctuation around it.
                let start = self.action_noun_at(r.start, r.end)?;
                let mut end = r.end;
                while end > start && !view.is_word(end - 1) {
                    end -= 1;
                }
                (end >= start + 3).then_some(start..end)
            })
            .collect();
        Some(items)
    }
}
