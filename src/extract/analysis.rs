//! What the extractor saw in a document before reading facts: its sentences,
//! each token's tags, lemma and dependency, and the entity mentions found —
//! so a user can see why a fact was or was not found (`kg parse`).
//!
//! ```
//! use kgraph::extract::Extractor;
//! use kgraph::ontology::Ontology;
//! use kgraph::text::Document;
//!
//! let ontology = Ontology::builtin().unwrap();
//! let extractor = Extractor::new(&ontology);
//! let doc = Document::from_text(
//!     "note.txt",
//!     "Chile signed the accord with its northern neighbours in Lima on Friday.",
//! );
//! let analysis = extractor.analyse(&doc);
//! let sentence = &analysis.sentences[0];
//! assert_eq!(sentence.tokens[1].form, "signed");
//! assert_eq!(sentence.tokens[1].lemma, "sign");
//! assert_eq!(sentence.tokens[0].deprel, "nsubj");
//! assert_eq!(sentence.entities[0].label, "Chile");
//! ```

use std::ops::Range;

pub use crate::parse::annotate::SentenceTagger;
use crate::parse::conllu;

/// One document's analysis.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DocumentAnalysis {
    pub source: String,
    pub sentences: Vec<SentenceAnalysis>,
}

/// One sentence: tokens as CoNLL-U words (1-based ids and heads, MISC
/// holding `Offset=START:END` in characters and the mention tags).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SentenceAnalysis {
    pub text: String,
    /// Character offsets of the sentence in the document text.
    pub chars: Range<usize>,
    pub tokens: Vec<conllu::Token>,
    /// Character offsets of each token.
    pub token_chars: Vec<Range<usize>>,
    pub entities: Vec<EntitySpan>,
    /// Which tagger tagged the sentence: the title-case tagger for a
    /// sentence written in title case, else the bundled one.
    pub tagger: SentenceTagger,
}

/// A mention of an entity: which tokens, which class, which entity.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntitySpan {
    /// 0-based token range within the sentence.
    pub tokens: Range<usize>,
    /// Local name of the entity's class (`Country`, `Person`, …).
    pub class: String,
    /// The entity's canonical label.
    pub label: String,
}

impl SentenceAnalysis {
    /// The sentence in CoNLL-U, with `# sent_id` and `# text` comments,
    /// and `# tagger = title-case` for a sentence the title-case tagger
    /// tagged.
    pub fn to_conllu(&self, sent_id: &str, out: &mut String) {
        let mut comments = vec![
            format!("sent_id = {sent_id}"),
            format!("text = {}", single_line(&self.text)),
        ];
        if self.tagger != SentenceTagger::Bundled {
            comments.push(format!("tagger = {}", self.tagger.as_str()));
        }
        let sentence = conllu::Sentence {
            sent_id: Some(sent_id.to_owned()),
            text: Some(self.text.clone()),
            comments,
            tokens: self.tokens.clone(),
            ..Default::default()
        };
        conllu::write_sentence(&sentence, out);
    }
}

/// A comment value on one line (sentences may span a wrapped line).
fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Byte offset → character offset, for offsets visited in increasing order.
pub(crate) struct CharCounter<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCounter<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `to` (not before the last one asked).
    pub(crate) fn at(&mut self, to: usize) -> usize {
        if to < self.byte {
            *self = CharCounter::new(self.text);
        }
        let to = to.min(self.text.len());
        self.chars += self.text[self.byte..to].chars().count();
        self.byte = to;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "Zürich és Genève";
        let mut counter = CharCounter::new(text);
        assert_eq!(counter.at(0), 0);
        assert_eq!(counter.at(text.find('é').unwrap()), 7);
        assert_eq!(counter.at(text.len()), 16);
        assert_eq!(counter.at(1), 1);
    }
}
