//! The plain-data result of extraction: entities, mentions and relations of
//! one document. No RDF here; [`crate::rdf`] turns it into quads.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::text::DocumentMeta;

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The document's id (content hash), source and metadata.
    pub document_id: String,
    pub source: String,
    pub meta: DocumentMeta,
    /// Sentence spans (byte offsets into the document text) with their text.
    pub sentences: Vec<SentenceRecord>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    /// Index into [`Extraction::entities`] of the publisher named in the metadata.
    pub publisher: Option<usize>,
    /// Index into [`Extraction::entities`] of the dateline's place, where
    /// the article was written.
    pub place: Option<usize>,
    /// Byte offset → character offset table is not kept; offsets in
    /// mentions and evidence are already character offsets.
    pub char_len: usize,
}

/// A sentence as provenance needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRecord {
    /// Character offsets into the document text.
    pub chars: Range<usize>,
    pub text: String,
}

/// How an entity is identified across documents.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKey {
    /// A gazetteer individual: its IRI from the ontology.
    Known(String),
    /// A named entity not in the gazetteer: merges across documents by its
    /// canonical label (the slug is minted from it).
    Named(String),
    /// An untitled description ("the white paper"): scoped to its document.
    Local(String),
}

/// One resolved entity of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub key: EntityKey,
    /// Ontology class IRI (the most specific one known).
    pub class: String,
    /// Its declared superclasses, so the graph answers `?x a kg:Organization`
    /// without a reasoner.
    pub superclasses: Vec<String>,
    /// Canonical label.
    pub label: String,
    /// Every other name seen (and gazetteer aliases used).
    pub alt_labels: BTreeSet<String>,
    /// Honorifics the text wrote before a person's name ("Dr", "Mrs"),
    /// `kg:honorific`: a courtesy, not part of the name.
    pub honorifics: BTreeSet<String>,
    /// Adjectives the text used for a place ("German" for Germany),
    /// `kg:demonym`: words for the place, not names of it.
    pub demonyms: BTreeSet<String>,
    /// `owl:sameAs` targets (Wikidata) known from the gazetteer.
    pub same_as: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
    /// Character offsets into the document text.
    pub chars: Range<usize>,
    pub surface: String,
}

/// Whether the text asserts or denies a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Polarity {
    Positive,
    Negative,
}

/// One fact between two entities of the document, with all its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Index into [`Extraction::entities`].
    pub subject: usize,
    /// Ontology property IRI.
    pub property: String,
    pub object: usize,
    pub polarity: Polarity,
    /// One entry per sentence (and rule) that supports the fact: the first
    /// ones in reading order, at most the extractor's evidence limit
    /// ([`crate::extract::MAX_EVIDENCE_PER_FACT`] by default).
    pub evidence: Vec<Evidence>,
    /// Further supporting sentences (and rules) left out by that limit.
    pub evidence_omitted: usize,
}

/// Why we believe a fact: one sentence and the rule that read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub sentence: usize,
    /// Character offsets of the words that triggered the rule.
    pub chars: Range<usize>,
    /// Name of the construction that fired, e.g. `issues/passive`.
    pub rule: String,
    pub confidence: f32,
    /// Modal qualifier ("will", "plans to") when the fact is not plainly asserted.
    pub modality: Option<String>,
    /// Index of the entity the statement is attributed to (reported speech).
    pub attributed_to: Option<usize>,
}
