//! Text stage: from bytes on disk to a [`Document`] and its sentences.
//!
//! [`load`] reads files, directories and stdin (plain text, Markdown, HTML),
//! decodes them and strips markup ([`markup`]); [`meta`] reads the metadata
//! the text states (title, date, publisher) and separates the article body
//! from site boilerplate; [`segment`] splits the body into sentences and
//! tokens whose offsets point into [`Document::text`].

pub mod load;
pub mod markup;
pub mod meta;
pub mod segment;

pub use load::{
    load_inputs, read_inputs, read_inputs_with, Document, DocumentMeta, Input, Inputs, LoadError,
    LoadWarning, Loaded, Markup, ReadOptions,
};
pub use segment::{segment, Sentence, Token, TokenKind};
