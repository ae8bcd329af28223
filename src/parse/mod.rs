//! Syntax: part-of-speech tags, lemmas and dependency trees for the tokens of
//! a sentence, learned from Universal Dependencies treebanks.
//!
//! This stage sits between [`crate::text`] (sentences and tokens) and
//! [`crate::extract`] on the data path and depends on neither the extractor
//! nor the RDF side.
//!
//! * [`conllu`]: reading and writing the treebanks' CoNLL-U files.
//! * [`perceptron`]: the averaged perceptron every statistical model here uses.

pub mod conllu;
pub mod perceptron;
