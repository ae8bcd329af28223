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
//! sentences are asked for is the business of the rules that read them;
//! to decide, they may ask for the tags and lemmas a parse would give
//! ([`DocSyntax::parse_tags`], [`DocSyntax::parse_lemmas`]), known before
//! it: a sentence whose words the parser splits is tagged piece by piece
//! for that (not parsed), and its parse reuses those tags.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use super::view::DocView;
use crate::parse::annotate::{split_word, word_splits};
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

/// A sentence tagged the way its parse tags it when the parser splits a
/// word of it: piece by piece.
struct PieceTags {
    /// Each piece's tag class id, in order.
    tags: Vec<u16>,
    /// Per word of the sentence, where its pieces start in `tags`, and
    /// where the last word's end.
    starts: Vec<usize>,
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
    /// Per sentence the parse may retag, the tags of its pieces, made
    /// when first asked for (and then reused by its parse).
    pieces: Vec<OnceCell<PieceTags>>,
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
            pieces: std::iter::repeat_with(OnceCell::new)
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
    /// parse of its sentence keeps unless [`DocSyntax::may_retag`] (see
    /// [`DocSyntax::parse_tags`] for the parse's own).
    pub fn tagger_tags(&self, t: usize) -> (&'static str, &'static str) {
        self.annotator.tagger().tag_name(self.tags[t])
    }

    /// Whether a parse of sentence `s` may give tags other than the
    /// tagger's: the parser splits a word of it (a hyphenated word, a
    /// contraction) and then tags the pieces afresh, and a split word's
    /// node is that of one of its pieces, which only the parse tells.
    pub fn may_retag(&self, s: usize) -> bool {
        *self.splits[s].get_or_init(|| {
            self.view.sentences[s]
                .clone()
                .any(|t| word_splits(self.view.text(t)))
        })
    }

    /// The class ids of the tags a parse may give token `t`: the tagger's
    /// (the one the parse keeps) unless the parse may retag its sentence;
    /// then those of the pieces the parser splits the word into, one of
    /// which the word's annotation takes (exactly its own for a word it
    /// does not split).
    fn parse_tag_ids(&self, t: usize) -> &[u16] {
        let s = self.view.toks[t].sentence;
        if !self.may_retag(s) {
            return std::slice::from_ref(&self.tags[t]);
        }
        let pieces = self.pieces[s].get_or_init(|| self.tag_pieces(s));
        let i = t - self.view.sentences[s].start;
        &pieces.tags[pieces.starts[i]..pieces.starts[i + 1]]
    }

    /// The universal and Penn tags a parse may give token `t`, known before
    /// the parse (see [`DocSyntax::parse_tag_ids`]): one unless the parser
    /// splits the word.
    pub fn parse_tags(&self, t: usize) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        let tagger = self.annotator.tagger();
        self.parse_tag_ids(t).iter().map(|&id| tagger.tag_name(id))
    }

    /// The tags a parse gives token `t` when they are known before it, `None`
    /// for a word the parser splits in a sentence it may retag.
    pub fn parse_tag(&self, t: usize) -> Option<(&'static str, &'static str)> {
        match self.parse_tag_ids(t) {
            &[id] => Some(self.annotator.tagger().tag_name(id)),
            _ => None,
        }
    }

    /// Each (universal tag, lemma) a parse may give token `t`, appended to
    /// `out`: the lemma the annotation gives the word for each tag of
    /// [`DocSyntax::parse_tags`].
    pub fn parse_lemmas(&self, t: usize, out: &mut Vec<(&'static str, String)>) {
        let tagger = self.annotator.tagger();
        let word = self.view.text(t);
        let ids = self.parse_tag_ids(t);
        if let &[id] = ids {
            let upos = tagger.tag_name(id).0;
            out.push((upos, self.annotator.word_lemma(word, word, false, upos)));
            return;
        }
        let mut i = 0;
        split_word(word, &mut |piece| {
            if let Some(&id) = ids.get(i) {
                let upos = tagger.tag_name(id).0;
                out.push((upos, self.annotator.word_lemma(word, piece, true, upos)));
            }
            i += 1;
        });
    }

    /// Sentence `s` tagged piece by piece, as its parse tags it.
    fn tag_pieces(&self, s: usize) -> PieceTags {
        let range: Range<usize> = self.view.sentences[s].clone();
        let words: Vec<&str> = range.clone().map(|t| self.view.text(t)).collect();
        let (mut tags, mut owner) = (Vec::new(), Vec::new());
        // The tagger's tags of the whole words: the pieces before the first
        // split word are those words.
        self.annotator.tag_pieces(
            &words,
            self.tags.get(range),
            &mut self.scratch.borrow_mut(),
            &mut tags,
            &mut owner,
        );
        // Where each word's pieces start, and where the last one's end.
        let mut starts = Vec::with_capacity(words.len() + 1);
        for (p, &w) in owner.iter().enumerate() {
            while starts.len() <= w {
                starts.push(p);
            }
        }
        starts.resize(words.len() + 1, tags.len());
        PieceTags { tags, starts }
    }

    fn parse(&self, s: usize) -> SentenceSyntax {
        let range: Range<usize> = self.view.sentences[s].clone();
        let mut nodes = self.parse_words(s, range.clone());
        if let Some(comma) = self.fronted_adjunct_comma(range.clone(), &nodes) {
            if let Some(repaired) = self.parse_after_adjunct(s, range.clone(), comma, &nodes) {
                nodes = repaired;
            }
        }
        SentenceSyntax::new(range.start, nodes)
    }

    /// The words `part` of sentence `s` parsed on their own with the tags
    /// the whole sentence has, heads as document token indices.
    fn parse_words(&self, s: usize, part: Range<usize>) -> Vec<DepNode> {
        let sentence = self.view.sentences[s].clone();
        let words: Vec<&str> = part.clone().map(|t| self.view.text(t)).collect();
        let mut annotated: Vec<AnnotatedToken<'static>> = Vec::with_capacity(words.len());
        let scratch = &mut self.scratch.borrow_mut();
        match self.pieces[s].get() {
            // The demand tagged the pieces already: the parse's own tags.
            Some(pieces) => {
                let (first, end) = (part.start - sentence.start, part.end - sentence.start);
                self.annotator.annotate_piece_tagged_into(
                    &words,
                    &pieces.tags[pieces.starts[first]..pieces.starts[end]],
                    scratch,
                    &mut annotated,
                )
            }
            None => self.annotator.annotate_tagged_into(
                &words,
                self.tags.get(part.clone()),
                scratch,
                &mut annotated,
            ),
        }
        annotated
            .into_iter()
            .map(|a| DepNode {
                lemma: a.lemma,
                upos: a.upos,
                xpos: a.xpos,
                // CoNLL-U heads are 1-based within the part, 0 for its root.
                head: (a.head > 0).then(|| part.start + a.head - 1),
                rel: a.deprel,
            })
            .collect()
    }

    /// The comma closing a fronted adjunct ("Following talks in A, B and C
    /// signed …", "As part of the X with Y, B and C signed …") that the
    /// parse did not read as one: the sentence opens with a preposition or
    /// a participle (the tagger's tags), and the clause after the first
    /// comma has no subject of its own, its root standing before the comma
    /// or its subject inside the adjunct.
    fn fronted_adjunct_comma(&self, range: Range<usize>, nodes: &[DepNode]) -> Option<usize> {
        let opener = self.tagger_tags(range.start).1;
        // A participle opens an adjunct only where it works as a
        // preposition ("Following the talks …"), not where it heads a verb
        // phrase of its own, the subject of the clause ("Signing the accord
        // with A, B and C strengthened …").
        let preposition_like = || matches!(nodes.first().map(|n| n.rel), Some("case" | "mark"));
        if !(opener == "IN" || opener == "VBG" && preposition_like()) {
            return None;
        }
        let comma =
            (range.start + 2..range.end.saturating_sub(2)).find(|&t| self.view.is_punct(t, ","))?;
        let root = range.start + root_index(nodes)?;
        let (mut before, mut after) = (false, false);
        for (i, n) in nodes.iter().enumerate() {
            let clausal = n.head == Some(root) && n.rel.starts_with("csubj");
            if !(is_subject_of(n, root) || clausal) {
                continue;
            }
            if range.start + i < comma {
                before = true;
            } else {
                after = true;
            }
        }
        // A subject before the comma with a conjunct after it is a list of
        // subjects cut by its own comma ("After the vote A, B and C
        // agreed …"), the adjunct having no comma of its own.
        let node_at = |t: usize| t.checked_sub(range.start).and_then(|k| nodes.get(k));
        let split_list = nodes.iter().enumerate().any(|(i, n)| {
            range.start + i > comma
                && n.rel == "conj"
                && n.head
                    .filter(|&h| h < comma)
                    .and_then(node_at)
                    .is_some_and(|first| is_subject_of(first, root))
        });
        // A root before the comma with its subject is the main clause
        // itself ("In May A welcomed B, who …").
        (!after && !split_list && (root > comma || !before)).then_some(comma)
    }

    /// The sentence's nodes with the clause after a fronted adjunct's
    /// comma parsed on its own, where that finds its verb and subject: the
    /// adjunct, parsed on its own too, modifies the clause's verb (a
    /// phrase as an oblique, a clause as an adverbial clause).
    fn parse_after_adjunct(
        &self,
        s: usize,
        range: Range<usize>,
        comma: usize,
        nodes: &[DepNode],
    ) -> Option<Vec<DepNode>> {
        // A relative clause after the comma ("At the talks, which A
        // attended, …") is no main clause.
        if self.tagger_tags(comma + 1).1.starts_with('W') {
            return None;
        }
        let clause = self.parse_words(s, comma + 1..range.end);
        let root = comma + 1 + root_index(&clause)?;
        // The subject is a noun phrase: a verb there is a participle of
        // the adjunct the comma cut ("Opening the hall, built in May, A
        // said …").
        let has_subject = clause
            .iter()
            .any(|n| is_subject_of(n, root) && matches!(n.upos, "NOUN" | "PROPN" | "PRON"));
        if clause[root - comma - 1].upos != "VERB" || !has_subject {
            return None;
        }
        let mut repaired = self.parse_words(s, range.start..comma);
        for node in repaired.iter_mut().filter(|n| n.head.is_none()) {
            node.rel = if node.upos == "VERB" { "advcl" } else { "obl" };
            node.head = Some(root);
        }
        let mut punct = nodes[comma - range.start].clone();
        punct.head = Some(root);
        punct.rel = "punct";
        repaired.push(punct);
        repaired.extend(clause);
        Some(repaired)
    }
}

/// The position of the parse's root among its nodes.
fn root_index(nodes: &[DepNode]) -> Option<usize> {
    nodes.iter().position(|n| n.head.is_none())
}

/// Whether a node is a nominal subject of the token `root`.
fn is_subject_of(n: &DepNode, root: usize) -> bool {
    n.head == Some(root) && n.rel.starts_with("nsubj")
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

    #[test]
    fn the_tags_and_lemmas_told_before_a_parse_include_the_parse_s() {
        // A sentence the parser retags (a hyphenated word, a contraction)
        // and one it does not: each word's parse tag and lemma are among
        // those told before the parse, the only ones for a word not split.
        let text = "They're sure the long-term plan works. The council approved it.";
        // The whole text is one body: a slice of one range.
        let whole = 0..text.len();
        let sentences = crate::text::segment::segment(text, std::slice::from_ref(&whole));
        let view = DocView::new(text, &sentences);
        let annotator = Annotator::builtin();
        let (mut tags, mut scratch) = (Vec::new(), crate::parse::tagger::TagScratch::default());
        for range in &view.sentences {
            let words: Vec<&str> = range.clone().map(|t| view.text(t)).collect();
            let mut sentence_tags = Vec::new();
            annotator
                .tagger()
                .tag(&words, &mut scratch, &mut sentence_tags);
            tags.extend(sentence_tags);
        }
        let syntax = DocSyntax::new(&view, annotator, &tags);
        assert!(syntax.may_retag(0) && !syntax.may_retag(1));
        for (s, range) in view.sentences.iter().enumerate() {
            let told: Vec<Vec<(&str, &str)>> = range
                .clone()
                .map(|t| syntax.parse_tags(t).collect())
                .collect();
            let mut lemmas = Vec::new();
            let parse = syntax.sentence(s);
            for (i, t) in range.clone().enumerate() {
                let node = parse.node(t);
                assert!(
                    told[i].contains(&(node.upos, node.xpos)),
                    "{}",
                    view.text(t)
                );
                let split = word_splits(view.text(t));
                assert_eq!(told[i].len() == 1, !split, "{}", view.text(t));
                assert_eq!(syntax.parse_tag(t).is_some(), !split);
                lemmas.clear();
                syntax.parse_lemmas(t, &mut lemmas);
                assert!(
                    lemmas.contains(&(node.upos, node.lemma.clone())),
                    "{}",
                    view.text(t)
                );
            }
        }
        // The pieces' tags are the parse's own, reused: the same parse as
        // without them.
        let words: Vec<&str> = view.sentences[0].clone().map(|t| view.text(t)).collect();
        let fresh = annotator.annotate(&words);
        let reused = syntax.sentence(0);
        for (i, t) in view.sentences[0].clone().enumerate() {
            assert_eq!(reused.node(t).upos, fresh[i].upos);
            assert_eq!(reused.node(t).lemma, fresh[i].lemma);
            assert_eq!(reused.node(t).head.map_or(0, |h| h + 1), fresh[i].head);
        }
    }
}
