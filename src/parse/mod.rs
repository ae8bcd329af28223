//! Syntax and names: part-of-speech tags, lemmas, dependency trees and
//! named-entity spans for the tokens of a sentence, learned from annotated
//! corpora (Universal Dependencies treebanks, GUM, Re-DocRED).
//!
//! This stage sits between [`crate::text`] (sentences and tokens) and
//! [`crate::extract`] on the data path and depends on neither the extractor
//! nor the RDF side.
//!
//! * [`conllu`]: reading and writing the treebanks' CoNLL-U files.
//! * [`ner`]: the named-entity tagger (whole name spans with their class);
//!   what the gazetteer and lexicon know reaches it as plain hint bits.
//! * [`perceptron`]: the averaged perceptron every statistical model here uses.
//! * [`words`]: the hashed views of a word that features are built from.
//! * [`tagger`]: UPOS and Penn Treebank tags.
//! * [`parser`]: dependency trees (heads and relation labels).
//! * [`lemma`]: lemmas from word and UPOS.
//! * [`annotate`]: all of it behind one call, [`Annotator::annotate`], with
//!   the models bundled in the binary (`models/tagger.bin`, `parser.bin`,
//!   `lemmas.bin`; see `models/README.md` to retrain them), and the second
//!   tagger, `tagger-tc.bin`, for the sentences written in title case
//!   ([`routes_to_title_case_tagger`]).

pub mod annotate;
pub mod conllu;
pub mod lemma;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod words;

pub use annotate::{AnnotateScratch, AnnotatedToken, Annotator};
use perceptron::{ModelError, Reader};

/// Whether a sentence is written in title case, as a headline or a title
/// is ("Kestria And Norland Sign Harbour Accord"): at least three words
/// (tokens opening with a letter), and at least three in four of them
/// capitalised. The name tagger reads capitals differently there
/// ([`ner`]), and the syntax stage tags such a sentence with the tagger
/// trained on title-cased text ([`routes_to_title_case_tagger`]).
pub fn written_in_title_case<S: AsRef<str>>(words: &[S]) -> bool {
    let first_letter = |w: &S| w.as_ref().chars().next();
    let words_only = words
        .iter()
        .filter(|w| first_letter(w).is_some_and(char::is_alphabetic))
        .count();
    let capitalised = words
        .iter()
        .filter(|w| first_letter(w).is_some_and(char::is_uppercase))
        .count();
    words_only >= 3 && capitalised * 4 >= words_only * 3
}

/// Whether the syntax stage tags a sentence with the title-case tagger
/// (`models/tagger-tc.bin`) instead of the bundled one: it is written in
/// title case ([`written_in_title_case`]) and not in capitals throughout
/// (some word has a lowercase letter). A line in capitals is no headline
/// style the title-case tagger learned; the bundled tagger keeps it.
pub fn routes_to_title_case_tagger<S: AsRef<str>>(words: &[S]) -> bool {
    written_in_title_case(words)
        && words
            .iter()
            .any(|w| w.as_ref().chars().any(char::is_lowercase))
}

/// Why bytes are not a tagger, parser or lemmatiser model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelFileError {
    #[error("not a kg {0} model (wrong first bytes)")]
    BadMagic(&'static str),
    #[error("the model is inconsistent: {0}")]
    Inconsistent(&'static str),
    #[error("the model's string table is not UTF-8 (at byte {0})")]
    BadText(usize),
    #[error(transparent)]
    Weights(#[from] ModelError),
}

/// Writes a count (u32) and length-prefixed (u16) strings.
pub(crate) fn write_strings(strings: &[&str], out: &mut Vec<u8>) {
    out.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    for s in strings {
        out.extend_from_slice(&(s.len() as u16).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
}

/// Reads what [`write_strings`] wrote.
pub(crate) fn read_strings(r: &mut Reader) -> Result<Vec<String>, ModelFileError> {
    let count = u32::from_le_bytes(r.take()?) as usize;
    if count > r.bytes.len() / 2 {
        return Err(ModelFileError::Inconsistent(
            "a string table is longer than the file",
        ));
    }
    let mut strings = Vec::with_capacity(count);
    for _ in 0..count {
        let len = usize::from(u16::from_le_bytes(r.take()?));
        let at = r.pos;
        let bytes = r.bytes.get(at..at + len).ok_or(ModelError::Truncated(at))?;
        let text = std::str::from_utf8(bytes).map_err(|_| ModelFileError::BadText(at))?;
        strings.push(text.to_string());
        r.pos += len;
    }
    Ok(strings)
}
