//! A flat, read-only view of a segmented document that the extraction rules
//! share: token texts, their lowercase forms and sentence boundaries.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::text::{Sentence, TokenKind};

/// One token of the document.
#[derive(Debug, Clone)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub sentence: usize,
}

/// The document as the rules see it.
pub struct DocView<'a> {
    pub text: &'a str,
    /// ASCII-lowercased copy of `text` (same byte offsets); the views of a
    /// long document's sections share the document's copy.
    pub lower: Cow<'a, str>,
    pub toks: Vec<Tok>,
    /// Token range of each sentence.
    pub sentences: Vec<Range<usize>>,
    /// Byte span of each sentence.
    pub sentence_spans: Vec<Range<usize>>,
    /// The words written in capitals that read as common words (set once
    /// the name tagger has read the view, [`DocView::read_capitals`]):
    /// `is_capitalised` is false for them.
    common_in_capitals: OnceCell<Vec<bool>>,
}

impl<'a> DocView<'a> {
    pub fn new(text: &'a str, sentences: &[Sentence]) -> Self {
        let mut toks = Vec::with_capacity(sentences.iter().map(|s| s.tokens.len()).sum());
        let mut ranges = Vec::with_capacity(sentences.len());
        for (i, s) in sentences.iter().enumerate() {
            let first = toks.len();
            toks.extend(s.tokens.iter().map(|t| Tok {
                start: t.span.start,
                end: t.span.end,
                kind: t.kind,
                sentence: i,
            }));
            ranges.push(first..toks.len());
        }
        DocView {
            text,
            lower: Cow::Owned(text.to_ascii_lowercase()),
            toks,
            sentences: ranges,
            sentence_spans: sentences.iter().map(|s| s.span.clone()).collect(),
            common_in_capitals: OnceCell::new(),
        }
    }

    /// The view of the sentences `range` alone (a section of a long
    /// document): tokens and sentences are numbered from 0 in it, byte
    /// offsets stay the document's, and the lowercase copy is shared, so a
    /// section's view costs its own size, not the document's.
    pub fn section(&self, range: Range<usize>) -> DocView<'_> {
        let tokens = match (self.sentences.get(range.start), range.end.checked_sub(1)) {
            (Some(first), Some(last)) if range.start < range.end => {
                first.start..self.sentences[last].end
            }
            _ => 0..0,
        };
        DocView {
            text: self.text,
            lower: Cow::Borrowed(&self.lower),
            toks: self.toks[tokens.clone()]
                .iter()
                .map(|t| Tok {
                    sentence: t.sentence - range.start,
                    ..t.clone()
                })
                .collect(),
            sentences: self.sentences[range.clone()]
                .iter()
                .map(|r| r.start - tokens.start..r.end - tokens.start)
                .collect(),
            sentence_spans: self.sentence_spans[range].to_vec(),
            common_in_capitals: OnceCell::new(),
        }
    }

    /// The token's text as written.
    pub fn text(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    /// The token's ASCII-lowercased text.
    pub fn low(&self, i: usize) -> &str {
        &self.lower[self.toks[i].start..self.toks[i].end]
    }

    /// Whether the token is a word starting with an uppercase letter, and
    /// not a common word a line in capitals writes so
    /// ([`DocView::read_capitals`]).
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
            && self.text(i).chars().next().is_some_and(char::is_uppercase)
            && !self
                .common_in_capitals
                .get()
                .is_some_and(|common| common[i])
    }

    /// Reads the words `common` marks (one flag per token: words a line
    /// written in capitals capitalises only because it capitalises every
    /// word) as lowercase words from now on. Set once, after the name
    /// tagger's hints were computed from the words as written.
    pub fn read_capitals(&self, common: Vec<bool>) {
        debug_assert_eq!(common.len(), self.toks.len());
        let _ = self.common_in_capitals.set(common);
    }

    /// Whether token `i` is a capitalised word written after an elided
    /// lowercase particle and an apostrophe, as one word: "d’Ivoire",
    /// "l'Aquila", "dell'Orto". Told by the shape alone: at most four
    /// lowercase letters, a straight or typographic apostrophe, a capital.
    pub fn is_elided_name(&self, i: usize) -> bool {
        if self.toks[i].kind != TokenKind::Word {
            return false;
        }
        let text = self.text(i);
        let Some(at) = text.find(['\'', '\u{2019}']) else {
            return false;
        };
        let (particle, rest) = text.split_at(at);
        let mut after = rest.chars().skip(1);
        (1..=4).contains(&particle.chars().count())
            && particle.chars().all(char::is_lowercase)
            && after.next().is_some_and(char::is_uppercase)
            && after.all(char::is_alphabetic)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks[i].kind == TokenKind::Punct && self.text(i) == p
    }

    /// The one token between a bracket at `k` and its closing bracket at
    /// `k + 2`, both before `limit`: the "ASEAN" of "( ASEAN )". Acronyms
    /// are read this way after names and after positions, each reader with
    /// its own test of the word's shape.
    pub fn bracketed_token(&self, k: usize, limit: usize) -> Option<&str> {
        (k + 2 < limit && self.is_punct(k, "(") && self.is_punct(k + 2, ")"))
            .then(|| self.text(k + 1))
    }

    /// Whether token `t` (after the first) starts a line: a line break
    /// between it and the token before.
    pub fn starts_line(&self, t: usize) -> bool {
        self.text[self.toks[t - 1].end..self.toks[t].start].contains('\n')
    }

    /// Text from the start of token `a` to the end of token `b - 1`.
    pub fn span_text(&self, a: usize, b: usize) -> &str {
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    /// Whether the lowercase tokens at `i..` equal `words`, within `limit`.
    pub fn words_at(&self, i: usize, words: &[String], limit: usize) -> bool {
        i + words.len() <= limit && words.iter().enumerate().all(|(k, w)| self.low(i + k) == w)
    }

    /// Index of the sentence's end token (exclusive).
    pub fn sentence_end(&self, i: usize) -> usize {
        self.sentences[self.toks[i].sentence].end
    }

    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentences[self.toks[i].sentence].start
    }
}

/// Whether a word is a year written in four digits ("2024").
pub fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|c| c.is_ascii_digit())
}

/// Whether a token is a hyphen, en dash or em dash standing alone: what
/// sets off a subtitle, a seat or a hyphenated prefix.
pub fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "\u{2013}" | "\u{2014}")
}

/// Whether a word ends a span of years after a dash: two or four digits
/// ("2018–19", "2018-2019").
pub fn is_year_ending(word: &str) -> bool {
    matches!(word.len(), 2 | 4) && word.bytes().all(|c| c.is_ascii_digit())
}
