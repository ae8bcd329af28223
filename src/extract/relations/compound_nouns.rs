//! A trigger noun with a name as its modifier, set off before the names it
//! describes: "As UN members, Kestria and Norland voted …", "Council
//! members, A and B, …". The names after the comma are the agents; the
//! modifier is the object ("member" of the UN). Symmetric properties are
//! left to the frames that name both parties.
//!
//! A plural trigger noun may also list its agents in brackets after it:
//! "the Forum members (A, B and C)", "the alliance's members (A and B)",
//! "the members of the Forum (A, B and C)", "the Forum has three members
//! (A, B and C)". The brackets must hold nothing but the list, which may
//! end saying it names only some ("(A, B and C, among others)", "(A, B and
//! others)", "(A, B, etc.)").

use std::ops::Range;

use super::Frame;
use crate::extract::model::Polarity;

/// (token range, entity) of mentions, in text order.
type Mentions = Vec<(Range<usize>, usize)>;

impl Frame<'_, '_> {
    /// Reads "<name> <trigger noun>, A and B" and the bracketed lists after
    /// a plural trigger noun in the sentence.
    pub(super) fn compound_noun_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a + 1..b.saturating_sub(2) {
            let comma = self.view.is_punct(k + 1, ",");
            let word = self.view.low(k);
            let singular = self.lex.noun_triggers.get(word);
            let plural = word
                .strip_suffix('s')
                .and_then(|w| self.lex.noun_triggers.get(w));
            let Some(props) = singular.or(plural).cloned() else {
                continue;
            };
            let (modifier, agents) = if comma {
                let Some((_, modifier)) = self.mention_ending_at(k) else {
                    continue;
                };
                (modifier, self.objects_starting_at(k + 2))
            } else if plural.is_some() {
                match self.bracketed_members(k) {
                    Some(found) => found,
                    None => continue,
                }
            } else {
                continue;
            };
            for p in props {
                if self.property(p).symmetric {
                    continue;
                }
                for (_, agent) in &agents {
                    self.emit(
                        *agent,
                        p,
                        modifier,
                        k..k + 1,
                        "noun-compound",
                        0.75,
                        (Polarity::Positive, None),
                    );
                }
            }
        }
    }

    /// The owner and the bracketed list of a plural trigger noun at `k`:
    /// the name before it, its possessor, its "of" complement (the list
    /// after the complement), or the subject of the clause it is the object
    /// of; `None` unless a list of names fills the brackets.
    fn bracketed_members(&self, k: usize) -> Option<(usize, Mentions)> {
        let b = self.range.end;
        let words = &self.lex.words;
        // "members of the Forum (A, B and C)": the list follows the complement.
        let complement = (k + 2 < b && words.genitive_prepositions.contains(self.view.low(k + 1)))
            .then(|| self.mention_starting_at(k + 2))
            .flatten();
        let (owner, open) = match complement {
            Some((range, owner)) => (Some(owner), range.end),
            None => {
                let owner = self
                    .mention_ending_at(k)
                    .or_else(|| {
                        (k > self.range.start && self.lex.is_possessive(self.view, k - 1))
                            .then(|| self.mention_ending_at(k - 1))
                            .flatten()
                    })
                    .or_else(|| self.noun_agent(k));
                (owner.map(|(_, e)| e), k + 1)
            }
        };
        let owner = owner?;
        if !(open + 1 < b && self.view.is_punct(open, "(")) {
            return None;
        }
        let list = self.objects_starting_at(open + 1);
        let closed = list.last().is_some_and(|(r, _)| {
            let close = self.after_open_list_end(r.end);
            close < b && self.view.is_punct(close, ")")
        });
        (closed && list.iter().all(|&(_, e)| e != owner)).then_some((owner, list))
    }

    /// Where a list's words stop after its last item at `end`: past a
    /// phrase saying the list names only some ("…, among others", "… and
    /// others", "…, etc."), with the comma before it and a full stop after
    /// it; `end` where none stands.
    fn after_open_list_end(&self, end: usize) -> usize {
        let b = self.range.end;
        let mut k = end;
        if k < b && self.view.is_punct(k, ",") {
            k += 1;
        }
        match self.lex.words.open_list_ends.phrase_at(self.view, k, b) {
            Some(len) => {
                k += len;
                if k < b && self.view.is_punct(k, ".") {
                    k += 1;
                }
                k
            }
            None => end,
        }
    }
}
