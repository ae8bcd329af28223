//! Export stage: the store (or one graph) written as RDF, deterministically.
//!
//! Quads are written in a stable order (a fixed hash of graph, subject,
//! predicate and object), so the same store always gives the same bytes.
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
    let quads = collect(store, options.graph.as_ref())?;
    let keeps_graphs = options.format.supports_datasets();
    let order = stable_order(&quads, keeps_graphs);
    write_in_order(&quads, &order, options.format, keeps_graphs, out)
}

/// Every quad of the store (decoded on all cores, one graph per task), or
/// of one graph.
fn collect(store: &Store, graph: Option<&GraphName>) -> Result<Vec<Quad>, ExportError> {
    if let Some(graph) = graph {
        return Ok(store
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .collect::<Result<Vec<_>, _>>()?);
    }
    let mut graphs: Vec<GraphName> = vec![GraphName::DefaultGraph];
    for g in store.named_graphs() {
        graphs.push(match g? {
            NamedOrBlankNode::NamedNode(n) => n.into(),
            NamedOrBlankNode::BlankNode(b) => b.into(),
        });
    }
    let parts: Vec<Vec<Quad>> = graphs
        .par_iter()
        .map(|g| {
            store
                .quads_for_pattern(None, None, None, Some(g.as_ref()))
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<_, _>>()?;
    Ok(parts.concat())
}

/// The order to write quads in: by a stable 64-bit hash of graph, subject,
/// predicate and object (FNV-1a, the same on every machine and run), ties
/// broken by the terms themselves. It groups each subject's statements
/// (so Turtle can nest them), gives the same bytes for the same store, and
/// keeps diffs local, at a fraction of the cost of sorting strings. For
/// triple formats, a triple stated in several graphs is written once.
fn stable_order(quads: &[Quad], keeps_graphs: bool) -> Vec<usize> {
    let keys: Vec<[u64; 4]> = quads
        .par_iter()
        .map(|q| {
            [
                if keeps_graphs {
                    hash_graph(q.graph_name.as_ref())
                } else {
                    0
                },
                hash_subject(&q.subject),
                fnv(0, q.predicate.as_str().as_bytes()),
                hash_term(&q.object),
            ]
        })
        .collect();
    let compare = |a: &usize, b: &usize| {
        keys[*a].cmp(&keys[*b]).then_with(|| {
            if keeps_graphs {
                compare_quads(&quads[*a], &quads[*b])
            } else {
                compare_triples(&quads[*a], &quads[*b])
            }
        })
    };
    let mut order: Vec<usize> = (0..quads.len()).collect();
    order.par_sort_unstable_by(compare);
    if !keeps_graphs {
        order.dedup_by(|a, b| compare(a, b) == Ordering::Equal);
    }
    order
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET ^ seed;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

fn hash_graph(g: GraphNameRef<'_>) -> u64 {
    match g {
        GraphNameRef::DefaultGraph => 0,
        GraphNameRef::NamedNode(n) => fnv(1, n.as_str().as_bytes()),
        GraphNameRef::BlankNode(b) => fnv(2, b.as_str().as_bytes()),
    }
}

fn hash_subject(s: &NamedOrBlankNode) -> u64 {
    match s {
        NamedOrBlankNode::NamedNode(n) => fnv(1, n.as_str().as_bytes()),
        NamedOrBlankNode::BlankNode(b) => fnv(2, b.as_str().as_bytes()),
    }
}

fn hash_term(t: &Term) -> u64 {
    match t {
        Term::NamedNode(n) => fnv(1, n.as_str().as_bytes()),
        Term::BlankNode(b) => fnv(2, b.as_str().as_bytes()),
        Term::Literal(l) => {
            let h = fnv(3, l.value().as_bytes());
            let h = fnv(h, l.datatype().as_str().as_bytes());
            fnv(h, l.language().unwrap_or("").as_bytes())
        }
        #[allow(unreachable_patterns)]
        other => fnv(4, other.to_string().as_bytes()),
    }
}

fn write_in_order(
    quads: &[Quad],
    order: &[usize],
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
    let mut writer = serializer.for_writer(BufWriter::with_capacity(1 << 16, out));
    for &k in order {
        let quad = &quads[k];
        if keeps_graphs {
            writer.serialize_quad(quad)?;
        } else {
            writer.serialize_triple(quad.as_ref())?;
        }
    }
    writer.finish()?.flush()?;
    Ok(order.len())
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
