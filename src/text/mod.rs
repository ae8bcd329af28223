//! Text stage: from bytes on disk to a [`Document`] and its sentences.
//!
//! [`load`] reads files, directories and stdin (plain text, Markdown, HTML),
//! decodes them, strips markup and site boilerplate and reads the metadata the
//! text states (title, date, publisher). [`segment`] splits the text into
//! sentences and tokens whose offsets point into [`Document::text`].

pub mod load;
pub mod segment;

pub use load::{load_inputs, Document, DocumentMeta, LoadError, LoadWarning, Loaded};
pub use segment::{segment, Sentence, Token, TokenKind};
