//! A plural document noun after an anaphoric determiner ("These agreements
//! will strengthen ties …") stands for the documents of its class the
//! sentence before named ("… the Trade Agreement, the Investment Agreement
//! and the Partnership Agreement."): what it will do is a goal of each; kg
//! states it of the one named last, nearest to the description.

use super::super::syntax::SentenceSyntax;
use super::Frame;

impl Frame<'_, '_> {
    /// The document a plural document noun (`kg:documentListNoun`) at `t`,
    /// determined by an anaphoric determiner, refers back to: of the
    /// documents of the noun's class (`Lexicon::plural_document_class`)
    /// mentioned in the sentence before, the one named last.
    pub(super) fn plural_document_antecedent(
        &self,
        syntax: &SentenceSyntax,
        t: usize,
    ) -> Option<usize> {
        if syntax.node(t).upos != "NOUN" {
            return None;
        }
        let class = self.lex.plural_document_class(self.view.low(t))?;
        let anaphoric = syntax.children(t).any(|c| {
            c < t
                && syntax.node(c).rel == "det"
                && self
                    .lex
                    .words
                    .anaphoric_determiners
                    .contains(self.view.low(c))
        });
        if !anaphoric {
            return None;
        }
        let before = self.view.sentences.get(self.sentence.checked_sub(1)?)?;
        self.entities
            .iter()
            .enumerate()
            .filter(|&(i, e)| self.ontology.is_subclass_of(&e.class, class) && self.may_own_goal(i))
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| before.start <= m.start && m.end <= before.end)
                    .map(|m| m.start)
                    .max()
                    .map(|s| (s, i))
            })
            .max()
            .map(|(_, i)| i)
    }
}
