//! Reading RDF documents into quads for the store (what `kg load` does):
//! [`RdfLoad`] tells the format from a file's name, names each file's graph
//! by its `file:` IRI, reads only regular files up to a size limit (see
//! [`input_file`](crate::input_file)), refuses RDF/XML whose entities would
//! explode, parses
//! large line-based documents on all cores, and keeps blank nodes of
//! different documents apart.
//!
//! ```
//! use kgraph::store::RdfLoad;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("people.nt");
//! std::fs::write(&path, "<http://example.com/ada> <http://example.com/knows> _:someone .\n").unwrap();
//! let quads = RdfLoad::new().read_file(&path).unwrap();
//! assert_eq!(quads.len(), 1);
//! assert!(quads[0].graph_name.to_string().starts_with("<file:///"));
//! ```

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::{
    BlankNode, GraphName, IriParseError, NamedNode, NamedOrBlankNode, Quad, Term,
};
use rayon::prelude::*;

use super::graph_names;
use crate::input_file::{read_bounded, read_regular_file, FileRefused};
use crate::rdf::xml_entities::{self, EntityError};

/// Why a document could not be read into quads. Each names the file (or
/// the name given to unnamed data) and, for syntax errors, the position.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("{name}: cannot tell the RDF format from the file name")]
    UnknownFormat { name: String },
    #[error("{name}: {source}")]
    Read {
        name: String,
        #[source]
        source: std::io::Error,
    },
    /// Not a regular file (a FIFO, a device), or larger than the limit.
    #[error("{name}: {source}")]
    Refused {
        name: String,
        #[source]
        source: FileRefused,
    },
    #[error("{}: {source}", path.display())]
    Path {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: this path gives no file: URL", path.display())]
    NoFileUrl { path: PathBuf },
    #[error("{}: the path gives no valid IRI: {source}", path.display())]
    InvalidIri {
        path: PathBuf,
        #[source]
        source: IriParseError,
    },
    #[error("{name}: {source}")]
    Entities {
        name: String,
        #[source]
        source: EntityError,
    },
    #[error("{name}: {source}")]
    Syntax {
        name: String,
        #[source]
        source: RdfSyntaxError,
    },
}

/// How to read RDF documents into quads for a store: the format (told from
/// each file's extension unless set) and the graph (each file's own
/// `file:` IRI unless set).
///
/// Each document's blank nodes get new labels, so two documents (or two
/// loads of one) never share a blank node; relative IRIs in a file resolve
/// against the file's own IRI.
#[must_use]
#[derive(Debug, Clone)]
pub struct RdfLoad {
    format: Option<RdfFormat>,
    graph: Option<NamedNode>,
    entity_limit: u64,
    max_file_bytes: u64,
}

/// Default of [`RdfLoad::max_file_bytes`]: 1 GiB. RDF dumps are far larger
/// than articles, and a file is held in memory whole while it is parsed.
pub const DEFAULT_MAX_LOAD_BYTES: u64 = 1 << 30;

impl Default for RdfLoad {
    fn default() -> Self {
        RdfLoad {
            format: None,
            graph: None,
            entity_limit: xml_entities::DEFAULT_LIMIT,
            max_file_bytes: DEFAULT_MAX_LOAD_BYTES,
        }
    }
}

impl RdfLoad {
    /// Format from each file's extension, one graph per file.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads every document in `format`, whatever its name.
    pub fn format(mut self, format: RdfFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Puts every statement in `graph`, whatever graph the document names.
    pub fn graph(mut self, graph: NamedNode) -> Self {
        self.graph = Some(graph);
        self
    }

    /// Refuses RDF/XML whose entities would expand to more than `bytes`
    /// (default [`xml_entities::DEFAULT_LIMIT`]).
    pub fn entity_limit(mut self, bytes: u64) -> Self {
        self.entity_limit = bytes;
        self
    }

    /// Refuses a file, or standard input, of more than `bytes` (default
    /// [`DEFAULT_MAX_LOAD_BYTES`]).
    pub fn max_file_bytes(mut self, bytes: u64) -> Self {
        self.max_file_bytes = bytes;
        self
    }

    /// The format the document at `path` is read in: the one set, else the
    /// one its extension names.
    pub fn format_for(&self, path: &Path) -> Option<RdfFormat> {
        self.format.or_else(|| {
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            RdfFormat::from_extension(extension)
        })
    }

    /// Reads the RDF file at `path`, if it is a regular file (not a FIFO,
    /// nor a link to a device) within the size limit. Every statement goes
    /// to the graph set; without one, triples go to the file's own graph
    /// ([`file_graph`]) and quads stay in the graph they name.
    pub fn read_file(&self, path: &Path) -> Result<Vec<Quad>, LoadError> {
        let name = path.display().to_string();
        let format = self
            .format_for(path)
            .ok_or_else(|| LoadError::UnknownFormat { name: name.clone() })?;
        let file_iri = file_graph(path)?;
        let bytes = read_regular_file(path, self.max_file_bytes)
            .map_err(|source| refused(&name, source))?;
        let graph = self.graph.clone().unwrap_or_else(|| file_iri.clone());
        self.parse(&name, format, graph, Some(&file_iri), &bytes)
    }

    /// Reads a document that has no file (standard input, a request body),
    /// called `name` in errors: its format must be set (or `name` end in a
    /// known extension), and its triples go to the graph set, else to
    /// [`graph_names::IMPORTED`] (quads stay in the graph they name). Relative
    /// IRIs stay unresolved. More than the size limit is refused.
    pub fn read_unnamed(&self, name: &str, reader: impl Read) -> Result<Vec<Quad>, LoadError> {
        let format = self
            .format_for(Path::new(name))
            .ok_or_else(|| LoadError::UnknownFormat {
                name: name.to_owned(),
            })?;
        let bytes =
            read_bounded(reader, self.max_file_bytes).map_err(|source| refused(name, source))?;
        let graph = self
            .graph
            .clone()
            .unwrap_or_else(|| NamedNode::new_unchecked(graph_names::IMPORTED));
        self.parse(name, format, graph, None, &bytes)
    }

    fn parse(
        &self,
        name: &str,
        format: RdfFormat,
        graph: NamedNode,
        base: Option<&NamedNode>,
        bytes: &[u8],
    ) -> Result<Vec<Quad>, LoadError> {
        if format == RdfFormat::RdfXml {
            xml_entities::check_expansion(bytes, self.entity_limit).map_err(|source| {
                LoadError::Entities {
                    name: name.to_owned(),
                    source,
                }
            })?;
        }
        let mut parser = RdfParser::from_format(format);
        if let Some(base) = base {
            // A file IRI is absolute and valid, so it is a valid base.
            parser =
                parser
                    .with_base_iri(base.as_str())
                    .map_err(|source| LoadError::InvalidIri {
                        path: PathBuf::from(name),
                        source,
                    })?;
        }
        let graph = GraphName::from(graph);
        let parser = parser.with_default_graph(graph.clone());
        let mut quads = parse_quads(parser, bytes).map_err(|source| LoadError::Syntax {
            name: name.to_owned(),
            source,
        })?;
        // Blank nodes of different files (or loads) are different nodes.
        rename_blank_nodes(&mut quads);
        if self.graph.is_some() {
            quads.iter_mut().for_each(|q| q.graph_name = graph.clone());
        }
        Ok(quads)
    }
}

/// A reading error: an I/O error as [`LoadError::Read`], a refusal as
/// [`LoadError::Refused`].
fn refused(name: &str, source: FileRefused) -> LoadError {
    let name = name.to_owned();
    match source {
        FileRefused::Io(source) => LoadError::Read { name, source },
        source => LoadError::Refused { name, source },
    }
}

/// The IRI naming a loaded file's graph: its absolute `file:///…` URL, with
/// the path's bytes percent-encoded where an IRI needs it (spaces, bytes
/// that are not UTF-8).
pub fn file_graph(path: &Path) -> Result<NamedNode, LoadError> {
    let absolute = std::path::absolute(path).map_err(|source| LoadError::Path {
        path: path.to_owned(),
        source,
    })?;
    let url = url::Url::from_file_path(&absolute).map_err(|()| LoadError::NoFileUrl {
        path: absolute.clone(),
    })?;
    NamedNode::new(String::from(url)).map_err(|source| LoadError::InvalidIri {
        path: absolute,
        source,
    })
}

/// Parses a whole RDF document into quads, on all cores for large N-Triples
/// and N-Quads (the formats that split at line ends). When a part fails, the
/// document is parsed again in one piece so the error carries its true line
/// and column.
///
/// Parts are parsed apart, so `parser` must keep blank node labels as
/// written (no `rename_blank_nodes`): a label shared by two parts then stays
/// one node. To keep a document's blank nodes apart from other documents',
/// call [`rename_blank_nodes`] on the result.
///
/// ```
/// use kgraph::store::parse_quads;
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "<http://example.com/s> <http://example.com/p> \"o\" .\n";
/// let quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// assert_eq!(quads.len(), 1);
/// ```
pub fn parse_quads(
    parser: RdfParser,
    bytes: &[u8],
) -> Result<Vec<Quad>, oxigraph::io::RdfSyntaxError> {
    const PARALLEL_FROM: usize = 1 << 20;
    let splittable = matches!(parser.format(), RdfFormat::NTriples | RdfFormat::NQuads);
    let threads = rayon::current_num_threads();
    if splittable && threads > 1 && bytes.len() >= PARALLEL_FROM {
        let parts = parser
            .clone()
            .split_slice_for_parallel_parsing(bytes, threads);
        let parsed: Result<Vec<Vec<Quad>>, _> = parts
            .into_par_iter()
            .map(|part| part.collect::<Result<Vec<_>, _>>())
            .collect();
        if let Ok(parsed) = parsed {
            return Ok(parsed.into_iter().flatten().collect());
        }
    }
    parser.for_slice(bytes).collect()
}

/// Gives every blank node of `quads` a new random label, the same for every
/// use of one label, so blank nodes of different documents never merge.
///
/// ```
/// use kgraph::store::{parse_quads, rename_blank_nodes};
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "_:a <http://example.com/p> _:a .\n";
/// let mut quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// rename_blank_nodes(&mut quads);
/// assert_ne!(quads[0].subject.to_string(), "_:a");
/// assert_eq!(quads[0].subject.to_string(), quads[0].object.to_string());
/// ```
pub fn rename_blank_nodes(quads: &mut [Quad]) {
    let mut renamed: HashMap<BlankNode, BlankNode> = HashMap::new();
    let mut rename = |node: &mut BlankNode| {
        *node = renamed.entry(node.clone()).or_default().clone();
    };
    for quad in quads {
        if let NamedOrBlankNode::BlankNode(b) = &mut quad.subject {
            rename(b);
        }
        if let Term::BlankNode(b) = &mut quad.object {
            rename(b);
        }
        if let GraphName::BlankNode(b) = &mut quad.graph_name {
            rename(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_TRIPLE: &str = "<http://example.com/s> <http://example.com/p> \"o\" .\n";

    #[test]
    fn the_format_comes_from_the_extension_unless_set() {
        let load = RdfLoad::new();
        let format = |name: &str| load.format_for(Path::new(name));
        assert_eq!(format("a/b.ttl"), Some(RdfFormat::Turtle));
        assert_eq!(format("b.nt"), Some(RdfFormat::NTriples));
        assert_eq!(format("b.nq"), Some(RdfFormat::NQuads));
        assert_eq!(format("b.trig"), Some(RdfFormat::TriG));
        assert_eq!(format("b.rdf"), Some(RdfFormat::RdfXml));
        assert_eq!(format("b.docx"), None);
        assert_eq!(format("-"), None);
        let forced = RdfLoad::new().format(RdfFormat::NTriples);
        assert_eq!(
            forced.format_for(Path::new("b.txt")),
            Some(RdfFormat::NTriples)
        );

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.text");
        std::fs::write(&path, ONE_TRIPLE).unwrap();
        let error = RdfLoad::new().read_file(&path).unwrap_err();
        assert!(matches!(error, LoadError::UnknownFormat { .. }), "{error}");
        assert!(error.to_string().contains("data.text"), "{error}");
        let quads = RdfLoad::new()
            .format(RdfFormat::NTriples)
            .read_file(&path)
            .unwrap();
        assert_eq!(quads.len(), 1);
    }

    #[test]
    fn a_file_graph_is_its_absolute_file_iri_percent_encoded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two words.nt");
        std::fs::write(&path, ONE_TRIPLE).unwrap();
        let iri = file_graph(&path).unwrap();
        assert!(iri.as_str().starts_with("file:///"), "{iri}");
        assert!(iri.as_str().ends_with("/two%20words.nt"), "{iri}");
        let quads = RdfLoad::new().read_file(&path).unwrap();
        assert_eq!(quads[0].graph_name, GraphName::from(iri));
    }

    #[cfg(unix)]
    #[test]
    fn a_path_that_is_not_utf8_gives_a_percent_encoded_iri() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.nt");
        let path = dir.path().join(name);
        let iri = file_graph(&path).unwrap();
        assert!(iri.as_str().ends_with("/caf%E9.nt"), "{iri}");
        // Another name differing only in that byte is another graph.
        let other = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe8.nt"));
        assert_ne!(file_graph(&other).unwrap(), iri);
    }

    #[test]
    fn relative_iris_resolve_against_the_file_and_a_set_graph_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rel.ttl");
        std::fs::write(&path, "<#s> <http://example.com/p> <other.ttl> .\n").unwrap();
        let graph = NamedNode::new("https://example.org/g").unwrap();
        let quads = RdfLoad::new()
            .graph(graph.clone())
            .read_file(&path)
            .unwrap();
        let file = file_graph(&path).unwrap();
        assert_eq!(
            quads[0].subject.to_string(),
            format!("<{}#s>", file.as_str())
        );
        assert_eq!(quads[0].graph_name, GraphName::from(graph));
    }

    #[test]
    fn blank_nodes_of_two_files_stay_distinct() {
        let dir = tempfile::tempdir().unwrap();
        let data = "_:x <http://example.com/p> \"v\" .\n";
        let (first, second) = (dir.path().join("one.nt"), dir.path().join("two.nt"));
        std::fs::write(&first, data).unwrap();
        std::fs::write(&second, data).unwrap();
        let load = RdfLoad::new().graph(NamedNode::new("https://example.org/g").unwrap());
        let a = load.read_file(&first).unwrap();
        let b = load.read_file(&second).unwrap();
        assert_ne!(a[0].subject, b[0].subject);
        // Loading the same file twice gives new nodes too.
        assert_ne!(load.read_file(&first).unwrap()[0].subject, a[0].subject);
    }

    #[test]
    fn unnamed_data_goes_to_the_imported_graph() {
        let quads = RdfLoad::new()
            .format(RdfFormat::NTriples)
            .read_unnamed("<stdin>", ONE_TRIPLE.as_bytes())
            .unwrap();
        assert_eq!(
            quads[0].graph_name,
            GraphName::from(NamedNode::new_unchecked(graph_names::IMPORTED))
        );
        let error = RdfLoad::new()
            .read_unnamed("<stdin>", ONE_TRIPLE.as_bytes())
            .unwrap_err();
        assert!(matches!(error, LoadError::UnknownFormat { .. }));
    }

    #[test]
    fn a_billion_laughs_is_refused_before_parsing() {
        // Each level expands to ten of the level below.
        let laughs = |levels: usize| {
            let mut doctype = String::from("<!DOCTYPE rdf:RDF [<!ENTITY l0 \"ha\">");
            for level in 1..=levels {
                let previous = format!("&l{};", level - 1);
                doctype.push_str(&format!("<!ENTITY l{level} \"{}\">", previous.repeat(10)));
            }
            doctype.push_str("]>");
            format!(
                "{doctype}<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" \
                 xmlns:ex=\"http://example.com/\"><rdf:Description rdf:about=\"http://example.com/s\">\
                 <ex:p>&l{levels};</ex:p></rdf:Description></rdf:RDF>"
            )
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("laughs.rdf");
        std::fs::write(&path, laughs(9)).unwrap();
        let error = RdfLoad::new().read_file(&path).unwrap_err();
        assert!(matches!(error, LoadError::Entities { .. }), "{error}");
        assert!(
            error.to_string().starts_with(&path.display().to_string()),
            "{error}"
        );
        // A small expansion is read, unless the limit is set below it.
        std::fs::write(&path, laughs(2)).unwrap();
        assert_eq!(RdfLoad::new().read_file(&path).unwrap().len(), 1);
        let strict = RdfLoad::new().entity_limit(100);
        assert!(matches!(
            strict.read_file(&path),
            Err(LoadError::Entities { .. })
        ));
    }

    #[test]
    fn a_file_or_stdin_past_the_size_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.nt");
        std::fs::write(&path, ONE_TRIPLE.repeat(10)).unwrap();
        let small = RdfLoad::new().max_file_bytes(ONE_TRIPLE.len() as u64);
        let error = small.read_file(&path).unwrap_err();
        assert!(matches!(error, LoadError::Refused { .. }), "{error}");
        assert!(error.to_string().contains("big.nt: "), "{error}");
        let error = small
            .format(RdfFormat::NTriples)
            .read_unnamed("<stdin>", std::io::repeat(b' '))
            .unwrap_err();
        assert!(
            error.to_string().starts_with("<stdin>: ")
                && error.to_string().contains("more than the size limit"),
            "{error}"
        );
    }

    #[test]
    fn a_syntax_error_names_the_file_and_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.nt");
        std::fs::write(&path, format!("{ONE_TRIPLE}<http://example.com/s> <oops\n")).unwrap();
        let error = RdfLoad::new().read_file(&path).unwrap_err();
        assert!(matches!(error, LoadError::Syntax { .. }), "{error}");
        let text = error.to_string();
        assert!(text.starts_with(&path.display().to_string()), "{text}");
        assert!(text.contains("line 2"), "{text}");
    }
}
