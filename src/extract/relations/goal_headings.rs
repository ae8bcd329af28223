//! Goal lists under a heading: a line of its own that names aims ("Our
//! aim", "Key objectives", "Priorities"), with no closing punctuation, opens
//! a list whose lines are goals, each line opening with a verb ("• Offer
//! advice to small farms."). The heading's nouns are the goal list nouns
//! (`kg:goalListNoun`); the lines are read as the lines of any open goal
//! list (`goal_lists`).
//!
//! The owner is the document or initiative the heading names ("Aims of
//! the Water Plan"), else the one the text is about so far
//! (`topic_owner_before`): a heading states the aims of the page it heads.

use super::goal_lists::OpenList;
use super::Frame;
use crate::parse::tagger::is_verb_or_modal;

/// The most words a heading that names aims may have: a heading is a short
/// noun phrase, a longer line is a sentence that lost its full stop.
const MAX_HEADING_WORDS: usize = 6;

impl Frame<'_, '_> {
    /// The goal list this sentence opens as a heading that names aims: a
    /// line of its own (a line break before and after it, not the
    /// headline) with no full stop, question or exclamation mark, nothing
    /// but words, none tagged a verb, a goal list noun among them.
    pub(super) fn goal_heading_list(&self) -> Option<OpenList> {
        let (a, b) = (self.range.start, self.range.end);
        let view = self.view;
        if self.sentence == 0 || b <= a || b - a > MAX_HEADING_WORDS || !self.starts_line() {
            return None;
        }
        // The heading ends its line: a sentence run on after a line break
        // is no heading.
        let ends_line = b >= view.toks.len() || view.starts_line(b);
        if !ends_line || !(a..b).all(|t| view.is_word(t)) {
            return None;
        }
        let noun = (a..b).find(|&t| self.lex.words.goal_list_nouns.contains(view.low(t)))?;
        // "Reduce our aims", "We set goals": a verb makes the line a clause.
        let clause = (a..b).any(|t| is_verb_or_modal(self.syntax.tagger_tags(t).1));
        if clause {
            return None;
        }
        let owner = self
            .mentions
            .iter()
            .find(|(_, e)| self.may_own_goal(*e))
            .map(|(_, e)| *e)
            .or_else(|| self.topic_owner_before(noun))
            .filter(|&o| self.may_own_goal(o))?;
        Some(OpenList::opened(owner, false, false))
    }
}

/// Words between a goal noun's owner and the colon of its lead-in ("are",
/// "are as follows"): a short verb group, no names.
const MAX_LEAD_IN_TAIL: usize = 3;

impl Frame<'_, '_> {
    /// The goal list a lead-in sentence opens that names its owner in a
    /// goal noun's genitive: "The purposes of this MoU are:", "The
    /// objectives of the Water Plan are as follows:". The sentence is the
    /// goal noun (after a determiner), a genitive preposition
    /// (`kg:genitivePreposition`), a mention of a document or initiative,
    /// and a short verb group before the closing colon; the lines after it
    /// are the owner's goals, one a line.
    pub(super) fn goal_noun_lead_list(&self) -> Option<OpenList> {
        let (a, b) = (self.range.start, self.range.end);
        let (view, lex) = (self.view, self.lex);
        if b < a + 5 || !view.is_punct(b - 1, ":") {
            return None;
        }
        let noun = if lex.is_determiner(view.low(a)) {
            a + 1
        } else {
            a
        };
        if !lex.goal_nouns.contains(view.low(noun))
            || !lex.words.genitive_prepositions.contains(view.low(noun + 1))
        {
            return None;
        }
        let (mention, owner) = self
            .mentions
            .iter()
            .filter(|(r, _)| r.start > noun + 1 && r.start <= noun + 3 && r.end < b - 1)
            .max_by_key(|(r, _)| r.len())
            .cloned()?;
        // Only a determiner between the preposition and the owner's name.
        if (noun + 2..mention.start).any(|t| !lex.is_determiner(view.low(t))) {
            return None;
        }
        let tail = mention.end..b - 1;
        let verb_group = tail.len() <= MAX_LEAD_IN_TAIL
            && self.syntax.tagger_tags(tail.start).1.starts_with("VB")
            && tail
                .clone()
                .all(|t| view.is_word(t) && !view.is_capitalised(t));
        (verb_group && self.may_own_goal(owner)).then(|| OpenList::opened(owner, false, false))
    }
}
