//! The dependency parse of a document as the extraction rules read it: one
//! node per token of the [`super::view::DocView`], with the token's lemma,
//! tags, governor and relation (Universal Dependencies labels).
//!
//! The parser works on its own tokens (it splits hyphenated words the way
//! the treebanks do); a [`SentenceSyntax`] is aligned back to kg's tokens,
//! so a mention's token range finds its nodes directly.
//!
//! Parsing is the costliest stage of extraction, so a sentence is parsed
//! only when a rule asks for it: [`DocSyntax`] holds what a parse needs
//! (the view, the models, the tagger's tags) and parses a sentence on its
//! first request ([`DocSyntax::sentence`]), keeping the result. Which
//! sentences are asked for is the business of the rules that read them.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use super::view::DocView;
use crate::parse::annotate::word_splits;
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

/// What a token outside the parsed sentence reads as: no tag, no lemma, no
/// governor.
static BLANK: DepNode = DepNode {
    lemma: String::new(),
    upos: "",
    xpos: "",
    head: None,
    rel: "",
};

impl DepNode {
    #[cfg(test)]
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

/// The parse of one sentence, indexed by document token. A token outside
/// the sentence reads as a blank node without dependents: a rule reading
/// one sentence's parse learns nothing of its neighbours'.
#[derive(Debug, Clone, Default)]
pub struct SentenceSyntax {
    /// The sentence's first document token.
    start: usize,
    nodes: Vec<DepNode>,
    /// Dependents of each token, in text order.
    children: Vec<Vec<usize>>,
}

impl SentenceSyntax {
    /// The parse of the sentence whose first document token is `start`,
    /// one node per token. Builds the index of dependents; heads outside
    /// the sentence are dropped (treated as roots), so a bad parse cannot
    /// send a walk out of bounds.
    pub fn new(start: usize, mut nodes: Vec<DepNode>) -> Self {
        let n = nodes.len();
        let mut children = vec![Vec::new(); n];
        for (i, node) in nodes.iter_mut().enumerate() {
            match node.head {
                Some(h) if (start..start + n).contains(&h) && h != start + i => {
                    children[h - start].push(start + i)
                }
                _ => node.head = None,
            }
        }
        SentenceSyntax {
            start,
            nodes,
            children,
        }
    }

    /// The analysis of document token `t` (blank outside the sentence).
    pub fn node(&self, t: usize) -> &DepNode {
        t.checked_sub(self.start)
            .and_then(|i| self.nodes.get(i))
            .unwrap_or(&BLANK)
    }

    /// Dependents of document token `t`, in text order.
    pub fn children(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        t.checked_sub(self.start)
            .and_then(|i| self.children.get(i))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
    }
}

/// A document's sentences, each parsed on its first request. `tags`: one
/// class id per document token, as [`crate::parse::tagger::Tagger::tag`]
/// gives them sentence by sentence; a parse reuses those tags instead of
/// tagging the sentence again (see [`Annotator::annotate_tagged_into`]).
pub struct DocSyntax<'a, 'v> {
    view: &'a DocView<'v>,
    annotator: &'static Annotator,
    tags: &'a [u16],
    parses: Vec<OnceCell<SentenceSyntax>>,
    /// Per sentence, whether the parser splits one of its words.
    splits: Vec<OnceCell<bool>>,
    scratch: RefCell<AnnotateScratch>,
}

impl<'a, 'v> DocSyntax<'a, 'v> {
    pub fn new(view: &'a DocView<'v>, annotator: &'static Annotator, tags: &'a [u16]) -> Self {
        let sentences = view.sentences.len();
        DocSyntax {
            view,
            annotator,
            tags,
            parses: std::iter::repeat_with(OnceCell::new)
                .take(sentences)
                .collect(),
            splits: std::iter::repeat_with(OnceCell::new)
                .take(sentences)
                .collect(),
            scratch: RefCell::default(),
        }
    }

    /// The parse of sentence `s` (an index into the view's sentences),
    /// parsed now if no one asked for it before.
    pub fn sentence(&self, s: usize) -> &SentenceSyntax {
        self.parses[s].get_or_init(|| self.parse(s))
    }

    /// Whether sentence `s` was parsed.
    #[cfg(test)]
    pub fn is_parsed(&self, s: usize) -> bool {
        self.parses[s].get().is_some()
    }

    /// The tagger's universal and Penn tags of document token `t`: those a
    /// parse of its sentence keeps unless [`DocSyntax::may_retag`].
    pub fn tagger_tags(&self, t: usize) -> (&'static str, &'static str) {
        self.annotator.tagger().tag_name(self.tags[t])
    }

    /// Whether a parse of sentence `s` may give tags other than the
    /// tagger's: the parser splits a word of it (a hyphenated word, a
    /// contraction) and then tags the pieces afresh.
    pub fn may_retag(&self, s: usize) -> bool {
        *self.splits[s].get_or_init(|| {
            self.view.sentences[s]
                .clone()
                .any(|t| word_splits(self.view.text(t)))
        })
    }

    /// The lemma a parse gives token `t` if it tags it `upos`, for a word
    /// the parser does not split ([`DocSyntax::splits_word`]).
    pub fn lemma_as(&self, t: usize, upos: &str) -> String {
        self.annotator.lemmatizer().lemma(self.view.text(t), upos)
    }

    /// Whether the parser splits token `t` into pieces (a hyphenated word,
    /// a contraction), whose tags and lemmas it then finds afresh.
    pub fn splits_word(&self, t: usize) -> bool {
        word_splits(self.view.text(t))
    }

    fn parse(&self, s: usize) -> SentenceSyntax {
        let range: Range<usize> = self.view.sentences[s].clone();
        let words: Vec<&str> = range.clone().map(|t| self.view.text(t)).collect();
        let mut annotated: Vec<AnnotatedToken<'static>> = Vec::with_capacity(words.len());
        let sentence_tags = self.tags.get(range.clone());
        self.annotator.annotate_tagged_into(
            &words,
            sentence_tags,
            &mut self.scratch.borrow_mut(),
            &mut annotated,
        );
        let nodes = annotated
            .into_iter()
            .map(|a| DepNode {
                lemma: a.lemma,
                upos: a.upos,
                xpos: a.xpos,
                // CoNLL-U heads are 1-based within the sentence, 0 for the root.
                head: (a.head > 0).then(|| range.start + a.head - 1),
                rel: a.deprel,
            })
            .collect();
        SentenceSyntax::new(range.start, nodes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependents_are_indexed_by_governor() {
        // "Ministers met", the second sentence of its document: the noun
        // depends on the verb.
        let syntax = SentenceSyntax::new(
            5,
            vec![
                DepNode::new("minister", "NOUN", "NNS", Some(6), "nsubj"),
                DepNode::new("meet", "VERB", "VBD", None, "root"),
            ],
        );
        assert_eq!(syntax.children(6).collect::<Vec<_>>(), vec![5]);
        assert_eq!(syntax.node(5).rel, "nsubj");
        // Tokens of other sentences are blank.
        assert_eq!(syntax.node(4).rel, "");
        assert_eq!(syntax.node(7).rel, "");
        assert_eq!(syntax.children(0).count(), 0);
    }
}
