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

pub mod conllu;
pub mod ner;
pub mod perceptron;
