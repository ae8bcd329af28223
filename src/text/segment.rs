//! Sentence splitting and tokenisation with byte offsets.

use std::ops::Range;

/// One sentence: its byte span in the document text and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
}

/// One token: a word, a number or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// Splits `text[range]` for every body range into sentences.
pub fn segment(_text: &str, _body: &[Range<usize>]) -> Vec<Sentence> {
    unimplemented!("segmentation is being written")
}
