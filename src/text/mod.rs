//! Text stage: from bytes on disk to a [`Document`] and its sentences.
//!
//! [`load`] reads files, directories and stdin (plain text, Markdown, HTML),
//! decodes them and strips markup ([`markup`]); [`meta`] reads the metadata
//! the text states (title, date, publisher) and separates the article body
//! from site boilerplate, datelines and bylines; [`layout`] finds the
//! paragraphs of hard-wrapped text and list items; [`segment`] splits the
//! body into sentences and tokens whose offsets point into
//! [`Document::text`]. The words these stages need (abbreviations, byline
//! cues, news agencies) are read from the ontology ([`vocabulary`]).

pub mod layout;
pub mod load;
pub mod markup;
pub mod meta;
pub mod segment;
pub mod vocabulary;

pub use load::{
    load_inputs, read_inputs, read_inputs_with, source_name, Document, DocumentMeta, Input, Inputs,
    LoadError, LoadWarning, Loaded, Markup, ReadOptions, WarningKind,
};
pub use segment::{segment, segment_with, Sentence, Token, TokenKind};
pub use vocabulary::TextVocabulary;
