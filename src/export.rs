//! Export stage: the store (or one graph) written as RDF, deterministically.
//!
//! Quads are sorted (graph, subject, predicate, object) with comparisons
//! that allocate nothing, so the same store always gives the same bytes.
//! Turtle is prefixed and grouped by subject; formats without named graphs
//! (Turtle, N-Triples, RDF/XML) get the union of all graphs with duplicates
//! removed.
//!
//! ```
//! use kgraph::export::{export, ExportOptions};
//! use oxigraph::io::RdfFormat;
//! let store = oxigraph::store::Store::new().unwrap();
//! store.load_from_slice(RdfFormat::NTriples,
//!     "<https://w3id.org/kgraph/entity/china> <http://www.w3.org/2000/01/rdf-schema#label> \"China\"@en .").unwrap();
//! let mut out = Vec::new();
//! export(&store, &ExportOptions::new(RdfFormat::Turtle), &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().contains("kgr:china rdfs:label \"China\"@en ."));
//! ```

use std::cmp::Ordering;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::Path;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;

use crate::vocab::PREFIXES;

/// Errors of the export stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("store: {0}")]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// What to export and how.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    format: RdfFormat,
    graph: Option<GraphName>,
}

impl ExportOptions {
    /// Everything, in `format`.
    pub fn new(format: RdfFormat) -> Self {
        ExportOptions {
            format,
            graph: None,
        }
    }

    /// Only one graph.
    pub fn with_graph(mut self, graph: GraphName) -> Self {
        self.graph = Some(graph);
        self
    }
}

/// Writes the selected quads; returns how many statements were written.
pub fn export(
    store: &Store,
    options: &ExportOptions,
    out: impl Write,
) -> Result<usize, ExportError> {
    let pattern_graph = options.graph.as_ref().map(GraphName::as_ref);
    let mut quads = store
        .quads_for_pattern(None, None, None, pattern_graph)
        .collect::<Result<Vec<_>, _>>()?;
    let keeps_graphs = options.format.supports_datasets();
    if keeps_graphs {
        quads.par_sort_unstable_by(compare_quads);
    } else {
        quads.par_sort_unstable_by(compare_triples);
        quads.dedup_by(|a, b| compare_triples(a, b) == Ordering::Equal);
    }
    write_sorted(&quads, options.format, keeps_graphs, out)
}

fn write_sorted(
    quads: &[Quad],
    format: RdfFormat,
    keeps_graphs: bool,
    out: impl Write,
) -> Result<usize, ExportError> {
    let mut serializer = RdfSerializer::from_format(format);
    if matches!(
        format,
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml
    ) {
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .expect("the built-in prefixes are valid IRIs");
        }
    }
    let mut writer = serializer.for_writer(out);
    for quad in quads {
        if keeps_graphs {
            writer.serialize_quad(quad)?;
        } else {
            writer.serialize_triple(quad.as_ref())?;
        }
    }
    writer.finish()?.flush()?;
    Ok(quads.len())
}

/// Writes a file through a temporary file in the same directory, renamed
/// into place only when complete: a failed export never leaves half a file.
pub fn write_file_atomically<T, E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.kg-{}.tmp", std::process::id()));
    let mut writer = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
    let result = write(&mut writer).and_then(|value| {
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        Ok(value)
    });
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// Orders quads by graph, then as [`compare_triples`].
pub fn compare_quads(a: &Quad, b: &Quad) -> Ordering {
    compare_graph_names(a.graph_name.as_ref(), b.graph_name.as_ref())
        .then_with(|| compare_triples(a, b))
}

/// Orders quads by subject, predicate, object, ignoring graphs.
pub fn compare_triples(a: &Quad, b: &Quad) -> Ordering {
    compare_subjects(&a.subject, &b.subject)
        .then_with(|| a.predicate.as_str().cmp(b.predicate.as_str()))
        .then_with(|| compare_terms(&a.object, &b.object))
}

fn compare_graph_names(a: GraphNameRef<'_>, b: GraphNameRef<'_>) -> Ordering {
    fn rank(g: GraphNameRef<'_>) -> (u8, &str) {
        match g {
            GraphNameRef::DefaultGraph => (0, ""),
            GraphNameRef::NamedNode(n) => (1, n.as_str()),
            GraphNameRef::BlankNode(b) => (2, b.as_str()),
        }
    }
    rank(a).cmp(&rank(b))
}

fn compare_subjects(a: &NamedOrBlankNode, b: &NamedOrBlankNode) -> Ordering {
    match (a, b) {
        (NamedOrBlankNode::NamedNode(x), NamedOrBlankNode::NamedNode(y)) => {
            x.as_str().cmp(y.as_str())
        }
        (NamedOrBlankNode::BlankNode(x), NamedOrBlankNode::BlankNode(y)) => {
            x.as_str().cmp(y.as_str())
        }
        (NamedOrBlankNode::NamedNode(_), _) => Ordering::Less,
        (_, NamedOrBlankNode::NamedNode(_)) => Ordering::Greater,
    }
}

fn compare_terms(a: &Term, b: &Term) -> Ordering {
    match (a, b) {
        (Term::NamedNode(x), Term::NamedNode(y)) => x.as_str().cmp(y.as_str()),
        (Term::BlankNode(x), Term::BlankNode(y)) => x.as_str().cmp(y.as_str()),
        (Term::Literal(x), Term::Literal(y)) => x
            .value()
            .cmp(y.value())
            .then_with(|| x.datatype().as_str().cmp(y.datatype().as_str()))
            .then_with(|| x.language().cmp(&y.language())),
        _ => term_rank(a).cmp(&term_rank(b)),
    }
}

fn term_rank(term: &Term) -> u8 {
    match term {
        Term::NamedNode(_) => 0,
        Term::BlankNode(_) => 1,
        Term::Literal(_) => 2,
        #[allow(unreachable_patterns)]
        _ => 3,
    }
}
