//! Goals stated in a clause around a document's goal rather than in its
//! own purpose phrase:
//!
//! * a result clause (`kg:resultClauseCue`) set off by a comma right after
//!   a goal kg states of a document: "The plan aims to modernise ports, so
//!   that exporters reach new markets" — what the goal serves is a goal of
//!   the same document;
//! * a content clause with a wh-word under a verb whose subject is a
//!   document: "It sets out how, over ten years, we aim to widen access" —
//!   what "we" aim at in the clause is what the document sets out, so the
//!   purpose is the document's.

use super::super::syntax::SentenceSyntax;
use super::goals::is_verb;
use super::Frame;
use crate::extract::model::Polarity;
use std::ops::Range;

/// The longest result clause read as a goal, in tokens: a longer run is a
/// sentence of its own, not a goal.
const MAX_RESULT_TOKENS: usize = 30;
/// How many words a result clause must have ("exporters reach markets").
const MIN_RESULT_TOKENS: usize = 3;

impl Frame<'_, '_> {
    /// The result clause after a goal ending at token `end`: a comma, a
    /// result clause cue, then words up to a semicolon, a colon, the
    /// sentence's end or a goal boundary.
    fn result_clause_after(&self, end: usize) -> Option<Range<usize>> {
        let (view, b) = (self.view, self.range.end);
        let comma = end;
        if comma + 1 >= b || !view.is_punct(comma, ",") {
            return None;
        }
        let cue = self
            .lex
            .words
            .result_clause_cues
            .phrase_at(view, comma + 1, b)?;
        let start = comma + 1 + cue;
        let mut stop = (start..b)
            .find(|&t| view.is_punct(t, ";") || view.is_punct(t, ":"))
            .unwrap_or(b);
        while stop > start && !view.is_word(stop - 1) {
            stop -= 1;
        }
        let stop = self.before_goal_boundary(start, stop);
        let words = stop.saturating_sub(start);
        (stop <= b
            && (MIN_RESULT_TOKENS..=MAX_RESULT_TOKENS).contains(&words)
            && (start..stop).all(|t| !view.is_punct(t, "(")))
        .then_some(start..stop)
    }

    /// States the result clause after each goal this sentence gave a
    /// document as a goal of the same document (see the module docs).
    pub(super) fn result_clause_goals(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let stated: Vec<(usize, usize)> = self
            .out
            .iter()
            .filter(|f| {
                f.property == goal_property
                    && f.evidence.sentence == self.sentence
                    && f.polarity == Polarity::Positive
            })
            .filter_map(|f| {
                let goal = self.entities[f.subject]
                    .mentions
                    .iter()
                    .rev()
                    .find(|m| self.range.start <= m.start && m.end <= self.range.end)?;
                Some((goal.end, f.object))
            })
            .collect();
        let mut done: Vec<usize> = Vec::new();
        for (end, owner) in stated {
            let Some(clause) = self.result_clause_after(end) else {
                continue;
            };
            if done.contains(&clause.start) {
                continue;
            }
            done.push(clause.start);
            let cue = end..clause.start;
            let q = self.qualifiers(self.range.start, end);
            if q.0 == Polarity::Negative {
                continue;
            }
            let goal = self.goal_entity(clause);
            self.emit(goal, goal_property, owner, cue, "result-clause", 0.7, q);
        }
    }

    /// The document a content clause holding `verb` is set out by: the
    /// verb's clause (or the clause it completes, through complements and
    /// conjuncts) is a clausal complement of a verb whose subject is a
    /// document or initiative, with a wh-word (tagged WRB) between that
    /// verb and `verb` ("It sets out how we aim to …").
    pub(super) fn owner_of_content_clause(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
    ) -> Option<usize> {
        let mut node = verb;
        for _ in 0..3 {
            let n = syntax.node(node);
            let head = n.head?;
            if matches!(n.rel, "ccomp" | "advcl") {
                if !is_verb(syntax, head)
                    || head >= verb
                    || !(head + 1..verb).any(|t| syntax.node(t).xpos == "WRB")
                {
                    return None;
                }
                let subject = syntax
                    .children(head)
                    .find(|&c| syntax.node(c).rel == "nsubj")?;
                return self
                    .goal_owner_at(syntax, head, subject)
                    .filter(|&e| self.may_own_goal(e));
            }
            if !matches!(n.rel, "xcomp" | "conj") {
                return None;
            }
            node = head;
        }
        None
    }
}
