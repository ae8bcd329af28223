//! Where a goal's verb phrase ends by the form of the verbs around it:
//!
//! * a gerund after "and" in an infinitive goal: "to protect wetlands and
//!   promoting their restoration" — the list changes form, so the gerund
//!   opens a second goal rather than a noun of the first;
//! * a finite predicate after a goal on a subject: "The Water Charter aimed
//!   at improving river management was adopted on Tuesday" — the finite
//!   verb with no subject of its own is the sentence's main predicate the
//!   parser hung on the goal, no part of it.

use super::super::syntax::SentenceSyntax;
use super::goals::is_verb;
use super::Frame;

impl Frame<'_, '_> {
    /// The gerund at which an infinitive goal `span` (its first word a base
    /// form) goes on as a second goal: a goal verb's gerund (`kg:goalVerb`)
    /// right after a conjunction, with a determiner, pronoun, adjective or
    /// number opening its object ("and promoting their conservation", "and
    /// promoting sustainable fishing"), not an adjective on the noun after
    /// it ("and developing countries"). Only where no other gerund, participle, "to" or clause
    /// opener stands between, so the gerund is coordinated with the
    /// infinitive's verb, not inside its complement ("to help firms in
    /// adapting and growing their business").
    pub(super) fn gerund_after_infinitive(
        &self,
        syntax: &SentenceSyntax,
        span: std::ops::Range<usize>,
        limit: usize,
    ) -> Option<usize> {
        let b = self.range.end;
        if !matches!(syntax.node(span.start).xpos, "VB" | "VBP") || !is_verb(syntax, span.start) {
            return None;
        }
        let words = &self.lex.words;
        let end = limit.min(span.end);
        for t in span.start + 2..end {
            let n = syntax.node(t);
            let low = self.view.low(t);
            if matches!(n.xpos, "VBG" | "VBN" | "TO" | "WDT" | "MD")
                || words.complementizers.contains(low)
                || words.means_markers.contains(low)
            {
                return None;
            }
            if !words.conjunctions.contains(low) {
                continue;
            }
            let g = t + 1;
            if g + 1 >= span.end.min(b) {
                return None;
            }
            let gerund = syntax.node(g);
            let next = syntax.node(g + 1);
            // A bare noun after it may be the noun the gerund describes
            // ("and developing countries"), however the parser hung it.
            let takes_complement = matches!(next.upos, "DET" | "PRON" | "ADJ" | "NUM");
            if self.lex.may_be_gerund(self.view, g)
                && gerund.xpos == "VBG"
                && gerund.rel != "amod"
                && words.goal_verbs.contains(&gerund.lemma)
                && takes_complement
            {
                return Some(g);
            }
        }
        None
    }

    /// Whether `c`, a clause the parser hung on a goal's verb, is a finite
    /// predicate with no subject and no opener of its own ("… was adopted
    /// on Tuesday" after "The Charter aimed at improving management"): such
    /// a predicate belongs to the sentence's subject, so it ends the goal.
    /// A clause with its own subject ("ensure funds are spent well") or a
    /// word opening it ("that", "which") stays in the goal.
    pub(super) fn main_predicate_in_goal(&self, syntax: &SentenceSyntax, c: usize) -> bool {
        let node = syntax.node(c);
        if !matches!(node.rel, "advcl" | "parataxis") || !is_verb(syntax, c) {
            return false;
        }
        let mut finite_auxiliary = false;
        for d in syntax.children(c) {
            let child = syntax.node(d);
            if child.rel.starts_with("nsubj")
                || child.rel.starts_with("csubj")
                || matches!(child.rel, "mark" | "expl")
            {
                return false;
            }
            finite_auxiliary |= d < c
                && matches!(child.rel, "aux" | "aux:pass")
                && matches!(child.xpos, "VBD" | "VBZ" | "VBP" | "MD");
        }
        finite_auxiliary
    }
}
