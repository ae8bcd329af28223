//! Loading documents: files, directories, stdin; encodings; HTML; metadata.

use std::ops::Range;
use std::path::PathBuf;

/// One input document, ready for segmentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: lowercase hex SHA-256 of `text` (first 32 hex digits).
    pub id: String,
    /// Where the text came from: a path as given on the command line, or `-`.
    pub source: String,
    /// The article text (markup removed, UTF-8). All offsets index into it.
    pub text: String,
    /// Metadata stated in the text, and where the article body is.
    pub meta: DocumentMeta,
}

/// Metadata read from the text itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentMeta {
    pub title: Option<String>,
    /// ISO 8601 date (`YYYY-MM-DD`) when the text states one.
    pub date: Option<String>,
    /// Agency or publisher named in a source line or dateline ("Xinhua").
    pub publisher: Option<String>,
    /// Byte ranges of `text` that hold article prose. Site navigation, menus,
    /// source lines and other boilerplate lie outside them and are never
    /// searched for entities.
    pub body: Vec<Range<usize>>,
}

/// A document or a reason it was skipped.
#[derive(Debug)]
pub struct Loaded {
    pub documents: Vec<Document>,
    /// Non-fatal problems (lossy decoding, binary files skipped…), each naming a file.
    pub warnings: Vec<LoadWarning>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Why inputs could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Reads every input (`-` is stdin; directories are walked recursively).
pub fn load_inputs(_inputs: &[PathBuf]) -> Result<Loaded, LoadError> {
    unimplemented!("text loading is being written")
}
