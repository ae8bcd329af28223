//! Loading documents: files, directories, stdin; encodings; HTML and
//! Markdown; metadata and the article body.
//!
//! ```
//! use kgraph::text::Document;
//! let doc = Document::from_text("note.txt", "Home | News | Sport\n\nThe ministry issued new rules on data security today.\n");
//! assert_eq!(doc.meta.body.len(), 1);
//! assert!(doc.text[doc.meta.body[0].clone()].starts_with("The ministry"));
//! ```

use crate::input_file::{read_bounded, read_regular_file, FileRefused};
use std::collections::{HashSet, VecDeque};
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use sha2::{Digest, Sha256};

use super::markup;
use super::vocabulary::TextVocabulary;

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
    /// The place a dateline names ("Washington" from "WASHINGTON (Reuters) -").
    pub place: Option<String>,
    /// Byte ranges of `text` that hold article prose. Site navigation, menus,
    /// source lines and other boilerplate lie outside them and are never
    /// searched for entities.
    pub body: Vec<Range<usize>>,
}

/// Documents read, and what was skipped on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    /// Non-fatal problems (lossy decoding, binary files skipped…), each naming a file.
    pub warnings: Vec<LoadWarning>,
}

/// A problem with one input that did not stop the others.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoadWarning {
    pub path: PathBuf,
    pub message: String,
    /// What kind of problem, for a caller that words it its own way (a
    /// command line names the option that changes the outcome).
    pub kind: WarningKind,
}

/// The kinds of [`LoadWarning`] a caller may want to word differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WarningKind {
    /// A hidden file or folder met in a directory, skipped because
    /// [`ReadOptions`] does not include hidden entries.
    Hidden,
    /// A file over the size limit of [`ReadOptions`], skipped.
    TooLarge { size: u64, limit: u64 },
    /// Anything else (the message says what).
    Other,
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

/// The markup a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Plain,
    Markdown,
    Html,
}

impl Markup {
    /// From the file extension, or by sniffing the start of the text.
    pub fn detect(path: &Path, text: &str) -> Markup {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Markup::Html,
            "md" | "markdown" => Markup::Markdown,
            _ => {
                let head = text
                    .trim_start()
                    .get(..200)
                    .unwrap_or(text.trim_start())
                    .to_ascii_lowercase();
                if head.starts_with("<!doctype html")
                    || head.starts_with("<html")
                    || head.contains("<body")
                {
                    Markup::Html
                } else if opens_with_markdown_heading(text) {
                    // Notes saved as .txt often keep their Markdown title; read
                    // as plain text, its `#` would become a word of the headline.
                    Markup::Markdown
                } else {
                    Markup::Plain
                }
            }
        }
    }
}

/// Whether the first non-blank line is a Markdown ATX heading: one to six
/// `#`, a space, then text ("# Title"; not "#1 priority" or "#hashtag").
fn opens_with_markdown_heading(text: &str) -> bool {
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    let hashes = first.len() - first.trim_start_matches('#').len();
    (1..=6).contains(&hashes)
        && first[hashes..].starts_with(' ')
        && !first[hashes..].trim().is_empty()
}

impl Document {
    /// A document from text already in memory (plain text unless the name
    /// says HTML or Markdown).
    pub fn from_text(source: &str, text: &str) -> Document {
        Self::from_markup(source, text, Markup::detect(Path::new(source), text))
    }

    /// A document from text, its body read as the bundled name tagger's
    /// training documents were ([`super::meta::LayoutReadings::TaggerTrained`]):
    /// for `train_ner` only.
    pub fn from_text_as_tagger_trained(source: &str, text: &str) -> Document {
        Self::from_markup_reading(
            source,
            text,
            Markup::detect(Path::new(source), text),
            TextVocabulary::builtin(),
            super::meta::LayoutReadings::TaggerTrained,
        )
    }

    /// A document from text in the given markup, read with the built-in
    /// text vocabulary.
    pub fn from_markup(source: &str, text: &str, markup: Markup) -> Document {
        Self::from_markup_with(source, text, markup, TextVocabulary::builtin())
    }

    /// A document from text in the given markup; `vocabulary` (abbreviations,
    /// byline cues, news agencies) comes from the ontology in use, so words a
    /// user adds with `--ontology` count.
    pub fn from_markup_with(
        source: &str,
        text: &str,
        markup: Markup,
        vocabulary: &TextVocabulary,
    ) -> Document {
        Self::from_markup_reading(
            source,
            text,
            markup,
            vocabulary,
            super::meta::LayoutReadings::All,
        )
    }

    fn from_markup_reading(
        source: &str,
        text: &str,
        markup: Markup,
        vocabulary: &TextVocabulary,
        readings: super::meta::LayoutReadings,
    ) -> Document {
        let (clean, title) = match markup {
            Markup::Html => markup::html_to_text(text),
            Markup::Markdown => markup::markdown_to_text(text),
            Markup::Plain => (text.replace("\r\n", "\n").replace('\r', "\n"), None),
        };
        let mut meta = super::meta::read_meta_reading(&clean, vocabulary, readings);
        if title.is_some() {
            meta.title = title;
        }
        let digest = Sha256::digest(clean.as_bytes());
        let id = hex::encode(&digest[..16]);
        Document {
            id,
            source: source.to_owned(),
            text: clean,
            meta,
        }
    }
}

/// Reads every input (`-` is stdin; directories are walked recursively, in
/// sorted order, following each directory once) into memory. For large
/// inputs prefer [`read_inputs`], which yields documents one at a time.
pub fn load_inputs(inputs: &[PathBuf]) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    for item in read_inputs(inputs) {
        match item? {
            Input::Document(d) => loaded.documents.push(d),
            Input::Warning(w) => loaded.warnings.push(w),
        }
    }
    Ok(loaded)
}

/// One item read from the inputs: a document, or a problem with one file
/// that did not stop the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Document(Document),
    Warning(LoadWarning),
}

/// Reads the inputs lazily: memory holds one file at a time plus the
/// listings of the directories being walked, whatever the number of files.
///
/// ```
/// use kgraph::text::{read_inputs, Input};
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("b.txt"), "Kenya signed the accord.").unwrap();
/// std::fs::write(dir.path().join("a.txt"), "Chile signed the accord.").unwrap();
/// let sources: Vec<String> = read_inputs(&[dir.path().to_owned()])
///     .filter_map(|i| match i.unwrap() { Input::Document(d) => Some(d.source), _ => None })
///     .collect();
/// assert!(sources[0].ends_with("a.txt") && sources[1].ends_with("b.txt"));
/// ```
pub fn read_inputs(inputs: &[PathBuf]) -> Inputs {
    read_inputs_with(inputs, &ReadOptions::default())
}

/// Like [`read_inputs`], with limits and choices other than the defaults.
pub fn read_inputs_with(inputs: &[PathBuf], options: &ReadOptions) -> Inputs {
    Inputs {
        pending: inputs.iter().cloned().collect(),
        listings: Vec::new(),
        visited: HashSet::new(),
        ready: VecDeque::new(),
        options: options.clone(),
        vocabulary: None,
    }
}

/// File name extensions of the text formats read from directories
/// (compared without case). A file named on the command line is read
/// whatever its name; one found in a directory only with one of these.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// Default of [`ReadOptions::max_file_bytes`]: 64 MiB, far above any article.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 << 20;

/// Which files [`read_inputs_with`] reads. Only regular files are read
/// (a FIFO would block forever, a device such as `/dev/zero` never ends).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Enter hidden directories and read hidden files (names starting with
    /// `.`) found in directories; by default they are skipped, with a note.
    pub include_hidden: bool,
    /// Files larger than this are skipped with a warning (and a file that
    /// grows past it while being read is cut there and skipped).
    pub max_file_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            include_hidden: false,
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

impl ReadOptions {
    /// Reads hidden files and directories too (`true`) or skips them.
    #[must_use]
    pub fn with_hidden(mut self, include_hidden: bool) -> Self {
        self.include_hidden = include_hidden;
        self
    }

    /// Skips files larger than `bytes`.
    #[must_use]
    pub fn with_max_file_bytes(mut self, bytes: u64) -> Self {
        self.max_file_bytes = bytes;
        self
    }
}

/// The iterator of [`read_inputs`]. A missing or unreadable path given on
/// the command line is an error; problems inside directories are warnings.
#[derive(Debug)]
pub struct Inputs {
    options: ReadOptions,
    pending: VecDeque<PathBuf>,
    listings: Vec<std::vec::IntoIter<PathBuf>>,
    visited: HashSet<PathBuf>,
    ready: VecDeque<Input>,
    /// The text vocabulary documents are read with (None: the built-in one).
    vocabulary: Option<Arc<TextVocabulary>>,
}

impl Iterator for Inputs {
    type Item = Result<Input, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(Ok(item));
            }
            if let Some(listing) = self.listings.last_mut() {
                match listing.next() {
                    None => {
                        self.listings.pop();
                    }
                    Some(path) => {
                        if let Some(skipped) = self.skip_in_directory(&path) {
                            self.ready.push_back(Input::Warning(skipped));
                            continue;
                        }
                        match fs::metadata(&path) {
                            Ok(m) if m.is_dir() => {
                                if let Err(e) = self.enter(&path) {
                                    self.ready.push_back(Input::Warning(warning(
                                        &path,
                                        format!("skipped: {e}"),
                                    )));
                                }
                            }
                            Ok(_) => {
                                if let Some(reason) = unreadable_name(&path) {
                                    self.ready.push_back(Input::Warning(warning(&path, reason)));
                                } else {
                                    self.read_file(&path);
                                }
                            }
                            Err(e) => self
                                .ready
                                .push_back(Input::Warning(warning(&path, format!("skipped: {e}")))),
                        }
                    }
                }
                continue;
            }
            let input = self.pending.pop_front()?;
            let io = |source| LoadError::Io {
                path: input.clone(),
                source,
            };
            if input.as_os_str() == "-" {
                let limit = self.options.max_file_bytes;
                let bytes = match read_bounded(std::io::stdin().lock(), limit) {
                    Ok(bytes) => bytes,
                    Err(FileRefused::Io(e)) => return Some(Err(io(e))),
                    Err(_) => {
                        return Some(Err(io(std::io::Error::other(format!(
                            "more than the size limit ({limit} bytes)"
                        )))))
                    }
                };
                load_bytes(
                    &input,
                    &bytes,
                    vocabulary_or_builtin(&self.vocabulary),
                    &mut self.ready,
                );
                continue;
            }
            let meta = match fs::metadata(&input) {
                Ok(meta) => meta,
                Err(e) => return Some(Err(io(e))),
            };
            if meta.is_dir() {
                if let Err(e) = self.enter(&input) {
                    return Some(Err(io(e)));
                }
            } else {
                self.read_file(&input);
            }
        }
    }
}

impl Inputs {
    /// Why an entry met in a directory is not read, if it is not: hidden
    /// entries (`.git`, editor backups) unless asked for.
    fn skip_in_directory(&self, path: &Path) -> Option<LoadWarning> {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.as_encoded_bytes().starts_with(b"."));
        (hidden && !self.options.include_hidden).then(|| LoadWarning {
            path: path.to_owned(),
            message: "skipped: hidden (hidden files and folders are read only when asked)"
                .to_owned(),
            kind: WarningKind::Hidden,
        })
    }

    /// Reads one file if it is a regular file within the size limit.
    fn read_file(&mut self, path: &Path) {
        let message = match read_regular_file(path, self.options.max_file_bytes) {
            Ok(bytes) => {
                load_bytes(
                    path,
                    &bytes,
                    vocabulary_or_builtin(&self.vocabulary),
                    &mut self.ready,
                );
                return;
            }
            Err(FileRefused::TooLarge { size, limit }) => {
                self.ready.push_back(Input::Warning(LoadWarning {
                    path: path.to_owned(),
                    message: format!(
                        "skipped: {size} bytes is more than the size limit ({limit} bytes)"
                    ),
                    kind: WarningKind::TooLarge { size, limit },
                }));
                return;
            }
            Err(e @ FileRefused::NotRegular { .. }) => {
                format!("skipped: {e}; use `-` to read stdin")
            }
            Err(e) => format!("skipped: {e}"),
        };
        self.ready.push_back(Input::Warning(warning(path, message)));
    }

    /// Reads documents with the text vocabulary of the ontology in use
    /// ([`TextVocabulary::from_ontology`]) instead of the built-in one.
    pub fn with_vocabulary(mut self, vocabulary: Arc<TextVocabulary>) -> Self {
        self.vocabulary = Some(vocabulary);
        self
    }

    /// Lists a directory (sorted) to walk next, unless it was seen already.
    fn enter(&mut self, dir: &Path) -> std::io::Result<()> {
        // A symlink loop leads back to a directory already seen: stop there.
        if !self.visited.insert(fs::canonicalize(dir)?) {
            return Ok(());
        }
        let mut paths: Vec<PathBuf> = fs::read_dir(dir)?.flatten().map(|e| e.path()).collect();
        paths.sort();
        self.listings.push(paths.into_iter());
        Ok(())
    }
}

/// The name a document read from `path` gets as its source: the path as
/// given when it is UTF-8; otherwise its bytes that are not UTF-8 (and any
/// `%`) percent-encoded, so two names that differ only in such bytes stay
/// two sources (a lossy `display()` would make both one).
pub fn source_name(path: &Path) -> String {
    if let Some(text) = path.to_str() {
        return text.to_owned();
    }
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.as_os_str().as_encoded_bytes().to_vec();
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '%' => out.push_str("%25"),
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Why a file met in a directory is not read for its name, if it is not:
/// only the text formats of [`TEXT_EXTENSIONS`] are articles (not `data.json`,
/// `graph.dot` or `report.pdf`).
fn unreadable_name(path: &Path) -> Option<String> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match extension {
        Some(e) if TEXT_EXTENSIONS.contains(&e.as_str()) => None,
        Some(e) => Some(format!(
            "skipped: .{e} is not a text format kg reads from a directory ({}); name the file itself to read it anyway",
            listed_extensions()
        )),
        None => Some(format!(
            "skipped: no file name extension ({}); name the file itself to read it anyway",
            listed_extensions()
        )),
    }
}

fn listed_extensions() -> String {
    TEXT_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn vocabulary_or_builtin(vocabulary: &Option<Arc<TextVocabulary>>) -> &TextVocabulary {
    vocabulary
        .as_deref()
        .unwrap_or_else(|| TextVocabulary::builtin())
}

fn warning(path: &Path, message: String) -> LoadWarning {
    LoadWarning {
        path: path.to_owned(),
        message,
        kind: WarningKind::Other,
    }
}

/// Decodes and cleans one input; problems become warnings.
fn load_bytes(path: &Path, bytes: &[u8], vocabulary: &TextVocabulary, out: &mut VecDeque<Input>) {
    let text = match decode(bytes) {
        Decoded::Text(t) => t,
        Decoded::Lossy(t, encoding) => {
            out.push_back(Input::Warning(warning(
                path,
                format!("invalid {encoding}; undecodable bytes were replaced"),
            )));
            t
        }
        Decoded::Legacy {
            text,
            encoding,
            declared,
            replaced,
        } => {
            let how = if declared {
                "as its markup declares"
            } else {
                "guessed from its bytes"
            };
            let damage = if replaced {
                "; undecodable bytes were replaced"
            } else {
                ""
            };
            out.push_back(Input::Warning(warning(
                path,
                format!("not UTF-8: read as {encoding} ({how}){damage}"),
            )));
            text
        }
        Decoded::Binary(kind) => {
            out.push_back(Input::Warning(warning(
                path,
                format!("binary file ({kind}) skipped"),
            )));
            return;
        }
    };
    if text.trim().is_empty() {
        out.push_back(Input::Warning(warning(path, "empty file skipped".into())));
        return;
    }
    let doc = Document::from_markup_with(
        &source_name(path),
        &text,
        Markup::detect(path, &text),
        vocabulary,
    );
    if doc.meta.body.is_empty() {
        out.push_back(Input::Warning(warning(
            path,
            "no article text found (only navigation or boilerplate)".into(),
        )));
    }
    out.push_back(Input::Document(doc));
}

enum Decoded {
    Text(String),
    /// Text in the encoding its byte-order mark names, with bytes that
    /// encoding cannot hold replaced.
    Lossy(String, &'static str),
    /// Text in a legacy encoding (Windows-1252, GB18030, Shift_JIS…).
    Legacy {
        text: String,
        encoding: &'static str,
        /// Named by a `<meta charset>` or XML declaration, not guessed.
        declared: bool,
        /// Some bytes were not valid in that encoding either.
        replaced: bool,
    },
    Binary(&'static str),
}

/// Bytes to text: a byte-order mark decides; then valid UTF-8 is UTF-8
/// (a page mislabelled as Latin-1 is far likelier than Latin-1 text that
/// happens to be valid UTF-8); then the charset the markup declares; then
/// the encoding the bytes look like (`chardetng`, as in Firefox).
fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let (text, replaced) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return if replaced {
            Decoded::Lossy(text.into_owned(), encoding.name())
        } else {
            Decoded::Text(text.into_owned())
        };
    }
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG"),
        (b"\x7FELF", "ELF"),
        (b"PK\x03\x04", "zip"),
        (b"\x1F\x8B", "gzip"),
        (b"%PDF", "PDF"),
        (b"GIF8", "GIF"),
        (b"\xFF\xD8\xFF", "JPEG"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Decoded::Binary(kind);
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Decoded::Binary("NUL bytes");
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded::Text(text.to_owned());
    }
    let declared = declared_charset(bytes);
    let encoding = declared.unwrap_or_else(|| {
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, Utf8Detection::Allow)
    });
    let (text, replaced) = encoding.decode_without_bom_handling(bytes);
    Decoded::Legacy {
        text: text.into_owned(),
        encoding: encoding.name(),
        declared: declared.is_some(),
        replaced,
    }
}

/// The charset a page declares in its first kilobyte: `<meta charset=…>`,
/// `<meta http-equiv … content="…; charset=…">` or `<?xml … encoding="…"?>`.
/// A UTF-16 label there is read as UTF-8, as HTML's prescan does (the bytes
/// could not have been read so far if they were UTF-16).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    for key in [&b"charset="[..], b"encoding="] {
        let Some(at) = find(&lower, key) else {
            continue;
        };
        let value = &head[at + key.len()..];
        let value = value
            .strip_prefix(b"\"")
            .or_else(|| value.strip_prefix(b"'"))
            .unwrap_or(value);
        let end = value
            .iter()
            .position(|&b| {
                matches!(b, b'"' | b'\'' | b';' | b'>' | b'/' | b'?') || b.is_ascii_whitespace()
            })
            .unwrap_or(value.len());
        if let Some(encoding) = Encoding::for_label(&value[..end]) {
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding.output_encoding()
            });
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_opening_with_a_markdown_heading_is_read_as_markdown() {
        let doc = Document::from_text(
            "notes.txt",
            "\n# Peru signs a fishing accord\n\nPeru signed the accord on Monday.\n",
        );
        assert!(!doc.text.contains('#'), "{:?}", doc.text);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Peru signs a fishing accord")
        );
        for plain in [
            "#1 priority is water.\n",
            "#water is trending.\n",
            "# \nText.\n",
        ] {
            let doc = Document::from_text("notes.txt", plain);
            assert!(doc.text.starts_with('#'), "{plain:?} became {:?}", doc.text);
        }
    }

    #[test]
    fn decodes_boms_and_detects_binary() {
        assert!(matches!(decode(b"\xEF\xBB\xBFhi"), Decoded::Text(t) if t == "hi"));
        assert!(matches!(decode(b"\xFF\xFEh\0i\0"), Decoded::Text(t) if t == "hi"));
        assert!(matches!(decode(b"\xFE\xFF\0h\0i"), Decoded::Text(t) if t == "hi"));
        assert!(matches!(decode(b"\x89PNG\r\n"), Decoded::Binary("PNG")));
        assert!(matches!(decode(b"ab\0cd"), Decoded::Binary(_)));
        assert!(matches!(
            decode(b"\xEF\xBB\xBFcaf\xE9"),
            Decoded::Lossy(_, "UTF-8")
        ));
    }

    fn legacy(bytes: &[u8]) -> (String, &'static str, bool) {
        match decode(bytes) {
            Decoded::Legacy {
                text,
                encoding,
                declared,
                replaced: false,
            } => (text, encoding, declared),
            _ => panic!("not read as a legacy encoding: {bytes:?}"),
        }
    }

    #[test]
    fn legacy_encodings_are_guessed_from_the_bytes() {
        // Windows-1252: accents and curly quotes of a Western European text.
        let (text, encoding, declared) = legacy(
            b"The minist\xE8re said the caf\xE9 \x93reopened\x94 on the quay at Sa\xF4ne \x96 and the mayor agreed.",
        );
        assert_eq!(encoding, "windows-1252");
        assert!(!declared);
        assert!(text.contains("minist\u{e8}re") && text.contains("\u{201c}reopened\u{201d}"));
        // GB18030 (Simplified Chinese): the words for "China" and "cooperation".
        let chinese = "\u{4e2d}\u{56fd}\u{4e0e}\u{5408}\u{4f5c}\u{4f19}\u{4f34}\u{7b7e}\u{7f72}\u{4e86}\u{534f}\u{8bae}\u{3002}";
        let (bytes, _, _) = encoding_rs::GB18030.encode(chinese);
        let (text, encoding, _) = legacy(&bytes);
        assert_eq!((text.as_str(), encoding), (chinese, "GBK"));
        // Shift_JIS (Japanese): "Japan's government announced a plan."
        let japanese = "\u{65e5}\u{672c}\u{653f}\u{5e9c}\u{306f}\u{8a08}\u{753b}\u{3092}\u{767a}\u{8868}\u{3057}\u{307e}\u{3057}\u{305f}\u{3002}";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
        let (text, encoding, _) = legacy(&bytes);
        assert_eq!((text.as_str(), encoding), (japanese, "Shift_JIS"));
    }

    #[test]
    fn a_declared_charset_wins_over_a_guess() {
        let page = b"<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix: 5 \xA4</p></body></html>";
        let (text, encoding, declared) = legacy(page);
        assert_eq!(encoding, "ISO-8859-15");
        assert!(declared);
        assert!(text.contains("5 \u{20ac}"), "{text}");
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>";
        let (text, encoding, _) = legacy(page);
        assert_eq!(encoding, "windows-1251");
        assert!(
            text.contains("\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}"),
            "{text}"
        );
        // Valid UTF-8 stays UTF-8 whatever the page claims.
        let page = "<meta charset=\"windows-1252\"><p>caf\u{e9}</p>";
        assert!(matches!(decode(page.as_bytes()), Decoded::Text(t) if t == page));
    }

    #[test]
    fn a_legacy_file_is_read_with_a_warning_naming_the_encoding() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.txt");
        std::fs::write(
            &path,
            b"The r\xE9gion signed the accord with Qu\xE9bec on Monday.",
        )
        .unwrap();
        let mut warned = None;
        let mut text = None;
        for input in read_inputs(std::slice::from_ref(&path)) {
            match input {
                Ok(Input::Warning(w)) => warned = Some(w.message),
                Ok(Input::Document(d)) => text = Some(d.text),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(
            warned.as_deref(),
            Some("not UTF-8: read as windows-1252 (guessed from its bytes)")
        );
        assert!(text
            .unwrap()
            .contains("r\u{e9}gion signed the accord with Qu\u{e9}bec"));
    }

    #[test]
    fn documents_are_read_with_the_vocabulary_given() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wire.txt");
        std::fs::write(
            &path,
            "OAKPORT (Harbour Wire) - The board met on Monday to vote on the berth.",
        )
        .unwrap();
        let read = |inputs: Inputs| match inputs.into_iter().next() {
            Some(Ok(Input::Document(d))) => d.meta,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            read(read_inputs(std::slice::from_ref(&path)))
                .publisher
                .as_deref(),
            Some("Harbour Wire")
        );
        // Only a known agency makes a dateline of a place not in capitals.
        std::fs::write(
            &path,
            "Oakport (Harbour Wire) - The board met on Monday to vote on the berth.",
        )
        .unwrap();
        assert_eq!(
            read(read_inputs(std::slice::from_ref(&path))).publisher,
            None
        );
        let extra = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://example.org/hw> a kg:NewsAgency ; rdfs:label \"Harbour Wire\"@en .";
        let ontology = crate::ontology::OntologyBuilder::new()
            .with_builtin()
            .with_text("extra.ttl", extra)
            .build()
            .unwrap();
        let vocabulary = Arc::new(TextVocabulary::from_ontology(&ontology));
        let meta = read(read_inputs(std::slice::from_ref(&path)).with_vocabulary(vocabulary));
        assert_eq!(meta.publisher.as_deref(), Some("Harbour Wire"));
        assert_eq!(meta.place.as_deref(), Some("Oakport"));
    }

    #[test]
    fn ids_are_content_hashes() {
        let a = Document::from_text("a.txt", "The ministry issued rules on data today.");
        let b = Document::from_text("b.txt", "The ministry issued rules on data today.");
        assert_eq!(a.id, b.id);
        assert_eq!(a.id.len(), 32);
    }
}
