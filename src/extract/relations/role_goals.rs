//! Purpose infinitives on a noun that names what a document is or does,
//! where that noun is not the document's own predicate:
//!
//! * a role (`kg:roleMarker`): "The ministries launched the Programme in
//!   2021 as a pathfinder to widen trade, and to build on …" — the
//!   document acted on is launched as the thing whose purpose the
//!   infinitive states, so each infinitive is a goal of the document;
//! * a purpose noun (`kg:purposeNoun`) as the object of a participle set
//!   off by a comma after a clause about a document: "We agreed a
//!   Partnership that fills this gap, creating a strong basis to deepen our
//!   dialogue" — the participle says what the clause's document does, so
//!   the infinitive is that document's goal.

use super::super::syntax::SentenceSyntax;
use super::goals::is_verb;
use super::Frame;

impl Frame<'_, '_> {
    /// The document a role noun at `noun` is said of: `noun` is an oblique
    /// introduced by a role marker ("as") of a verb whose object, or
    /// passive subject, is a document or initiative.
    pub(super) fn owner_of_role_noun(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        let n = syntax.node(noun);
        if n.rel != "obl" || !matches!(n.upos, "NOUN" | "PROPN") {
            return None;
        }
        let role = syntax.children(noun).any(|c| {
            c < noun
                && syntax.node(c).rel == "case"
                && self.lex.words.role_markers.contains(self.view.low(c))
        });
        let verb = n.head.filter(|&h| is_verb(syntax, h) && h < noun)?;
        if !role {
            return None;
        }
        ["obj", "nsubj:pass"].iter().find_map(|rel| {
            let o = syntax
                .children(verb)
                .find(|&c| c < noun && syntax.node(c).rel == *rel)?;
            self.goal_owner_at(syntax, verb, o)
                .filter(|&e| self.may_own_goal(e))
        })
    }

    /// The document a participle with no subject of its own, set off by a
    /// comma, is said of: the clause it hangs from is about that document,
    /// as a relative clause on it ("… a Partnership that fills this gap,
    /// creating a basis …") or with it as subject or object ("We agreed a
    /// Partnership today, creating …"). A document named elsewhere in the
    /// sentence ("the Minister, who signed the Accord, met farmers,
    /// creating …") is not what the participle speaks of.
    pub(super) fn owner_of_comma_participle(
        &self,
        syntax: &SentenceSyntax,
        predicate: usize,
    ) -> Option<usize> {
        let p = syntax.node(predicate);
        if p.xpos != "VBG"
            || !matches!(p.rel, "advcl" | "acl" | "xcomp" | "conj")
            || predicate <= self.range.start
            || !self.view.is_punct(predicate - 1, ",")
            || syntax
                .children(predicate)
                .any(|c| syntax.node(c).rel.starts_with("nsubj"))
        {
            return None;
        }
        let clause = p.head?;
        let c = syntax.node(clause);
        let owner = if matches!(c.rel, "acl:relcl" | "acl") {
            self.goal_owner_at(syntax, clause, c.head?)
        } else {
            ["nsubj", "nsubj:pass", "obj"].iter().find_map(|rel| {
                let o = syntax
                    .children(clause)
                    .find(|&k| k < predicate && syntax.node(k).rel == *rel)?;
                self.goal_owner_at(syntax, clause, o)
            })
        };
        owner.filter(|&e| self.may_own_goal(e))
    }
}

impl Frame<'_, '_> {
    /// The owner of an infinitive the parse hung from a participle set off
    /// by a comma whose object is a purpose noun: ", creating a basis to
    /// deepen ties" (the parse may read "to deepen" as the participle's
    /// adjunct, not the noun's).
    pub(super) fn owner_of_participle_purpose(
        &self,
        syntax: &SentenceSyntax,
        participle: usize,
        verb: usize,
    ) -> Option<usize> {
        let purpose_object = syntax.children(participle).any(|c| {
            c > participle
                && c < verb
                && syntax.node(c).rel == "obj"
                && syntax.node(c).upos == "NOUN"
                && self.lex.words.purpose_nouns.contains(self.view.low(c))
        });
        if !purpose_object || !self.lex.words.goal_verbs.contains(self.view.low(verb)) {
            return None;
        }
        self.owner_of_comma_participle(syntax, participle)
    }

    /// Whether a purpose noun's infinitive is a goal verb (`kg:goalVerb`):
    /// read through a participle, the purpose noun's "to" may be its
    /// preposition ("illustrating an approach to cyberspace cooperation",
    /// with "cyberspace" tagged a verb), so only a verb known to open goals
    /// makes it an infinitive.
    pub(super) fn completed_by_goal_verb(&self, syntax: &SentenceSyntax, noun: usize) -> bool {
        syntax.children(noun).any(|c| {
            c > noun
                && syntax.node(c).rel == "acl"
                && self.lex.words.goal_verbs.contains(self.view.low(c))
        })
    }

    /// The owner of an infinitive coordinated after another (", and to
    /// build on …") that the parse hung from the main verb: the owner of
    /// the infinitive before it in the sentence, with no semicolon between.
    pub(super) fn parallel_infinitive_owner(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
    ) -> Option<usize> {
        let (a, view) = (self.range.start, self.view);
        let markers = &self.lex.goal_cues.clause_markers;
        let m = verb.checked_sub(1)?;
        if m < a + 2
            || !markers.contains(view.low(m))
            || !self.lex.words.conjunctions.contains(view.low(m - 1))
        {
            return None;
        }
        let earlier = (a..m - 1)
            .rev()
            .take_while(|&k| !view.is_punct(k, ";"))
            .find(|&k| {
                k + 1 < m - 1
                    && markers.contains(view.low(k))
                    && is_verb(syntax, k + 1)
                    && syntax.node(k + 1).rel != "conj"
            })?;
        self.owner_of_purpose_clause(syntax, earlier + 1)
    }
}
