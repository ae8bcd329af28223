//! The dependency parse of a document as the extraction rules read it: one
//! node per token of the [`super::view::DocView`], with the token's lemma,
//! tags, governor and relation (Universal Dependencies labels).
//!
//! The parser works on its own tokens (it splits hyphenated words the way
//! the treebanks do); [`DocSyntax`] is aligned back to kg's tokens, so a
//! mention's token range finds its nodes directly.

use super::view::DocView;
use crate::parse::{AnnotateScratch, AnnotatedToken, Annotator};

/// One token's analysis. The tags and the relation are the models' own
/// label strings (the bundled models live as long as the program), so a
/// parsed token allocates for its lemma only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepNode {
    /// Lowercase lemma.
    pub lemma: String,
    /// Universal part-of-speech tag.
    pub upos: &'static str,
    /// Penn Treebank tag (tells a past participle, `VBN`, from a past tense).
    pub xpos: &'static str,
    /// The governing token (document token index), `None` for a sentence root.
    pub head: Option<usize>,
    /// The dependency relation to the governor (`nsubj`, `obl:agent`, …).
    pub rel: &'static str,
}

impl DepNode {
    pub fn new(
        lemma: &str,
        upos: &'static str,
        xpos: &'static str,
        head: Option<usize>,
        rel: &'static str,
    ) -> Self {
        DepNode {
            lemma: lemma.to_owned(),
            upos,
            xpos,
            head,
            rel,
        }
    }
}

/// The parse of a whole document, indexed by document token.
#[derive(Debug, Clone, Default)]
pub struct DocSyntax {
    nodes: Vec<DepNode>,
    /// Dependents of each token, in text order.
    children: Vec<Vec<usize>>,
}

impl DocSyntax {
    /// Builds the index of dependents. Heads outside the document are dropped
    /// (treated as roots), so a bad parse cannot send a walk out of bounds.
    pub fn new(mut nodes: Vec<DepNode>) -> Self {
        let n = nodes.len();
        let mut children = vec![Vec::new(); n];
        for (i, node) in nodes.iter_mut().enumerate() {
            match node.head {
                Some(h) if h < n && h != i => children[h].push(i),
                _ => node.head = None,
            }
        }
        DocSyntax { nodes, children }
    }

    /// Parses the sentences `wanted` accepts (by token range); the tokens of
    /// the others get empty nodes (no tag, no lemma, no governor), which no
    /// rule reads. Parsing is the costliest stage, so extraction parses
    /// only sentences where a frame could fire. `tags`: one class id per
    /// document token, as [`crate::parse::tagger::Tagger::tag`] gives them
    /// sentence by sentence; the parse reuses those tags instead of tagging
    /// the sentence again (see [`Annotator::annotate_tagged_into`]).
    pub fn parse_tagged(
        view: &DocView<'_>,
        annotator: &'static Annotator,
        tags: &[u16],
        wanted: impl FnMut(std::ops::Range<usize>) -> bool,
    ) -> Self {
        Self::parse_inner(view, annotator, Some(tags), wanted)
    }

    fn parse_inner(
        view: &DocView<'_>,
        annotator: &'static Annotator,
        tags: Option<&[u16]>,
        mut wanted: impl FnMut(std::ops::Range<usize>) -> bool,
    ) -> Self {
        let mut nodes = Vec::with_capacity(view.toks.len());
        let mut scratch = AnnotateScratch::default();
        let mut annotated: Vec<AnnotatedToken<'_>> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        for range in &view.sentences {
            if !wanted(range.clone()) {
                nodes.extend(range.clone().map(|_| DepNode::new("", "", "", None, "")));
                continue;
            }
            words.clear();
            words.extend(range.clone().map(|t| view.text(t)));
            let sentence_tags = tags.and_then(|t| t.get(range.clone()));
            annotator.annotate_tagged_into(&words, sentence_tags, &mut scratch, &mut annotated);
            nodes.extend(annotated.drain(..).map(|a| DepNode {
                lemma: a.lemma,
                upos: a.upos,
                xpos: a.xpos,
                // CoNLL-U heads are 1-based within the sentence, 0 for the root.
                head: (a.head > 0).then(|| range.start + a.head - 1),
                rel: a.deprel,
            }));
        }
        DocSyntax::new(nodes)
    }

    /// Whether the document was parsed at all.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn node(&self, i: usize) -> &DepNode {
        &self.nodes[i]
    }

    /// Dependents of token `i`, in text order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[i].iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependents_are_indexed_by_governor() {
        // "Ministers met": the noun depends on the verb.
        let syntax = DocSyntax::new(vec![
            DepNode::new("minister", "NOUN", "NNS", Some(1), "nsubj"),
            DepNode::new("meet", "VERB", "VBD", None, "root"),
        ]);
        assert_eq!(syntax.children(1).collect::<Vec<_>>(), vec![0]);
        assert_eq!(syntax.node(0).rel, "nsubj");
    }
}
