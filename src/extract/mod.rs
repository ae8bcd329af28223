//! Extraction stage: from a segmented document to entities and relations.
//!
//! [`Extractor::new`] compiles the ontology's lexicon and gazetteer once;
//! [`Extractor::extract`] runs per document: mentions (gazetteer and
//! patterns) → resolution (aliases, appositions, coreference) → relations
//! (trigger frames from the lexicon).

pub mod model;

pub use model::*;
