//! Export stage: the store (or one graph) written as RDF, deterministically.
//!
//! Graphs are written one after another in a stable order (a fixed hash of
//! the graph name), and each graph's statements in a stable order (a fixed
//! hash of subject, predicate and object, ties broken by the terms), so the
//! same store always gives the same bytes whatever the number of cores.
//! Graphs are decoded, ordered and serialised a few at a time on all cores,
//! so memory holds a window of graphs, not the store. Formats without named
//! graphs (Turtle, N-Triples) get the union of all graphs: a triple stated in
//! several graphs is written once, where it first appears. RDF/XML and
//! JSON-LD, which are one nested document, are ordered as a whole. The
//! store's class statistics (a derived graph) are left out unless asked for
//! by name.
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
use std::io::{self, BufWriter, Write};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use rustc_hash::FxHashSet;
use xxhash_rust::xxh3::{xxh3_128, xxh3_64_with_seed};

use crate::store::graph_names;
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
    let format = options.format;
    let keeps_graphs = format.supports_datasets();
    if !matches!(
        format,
        RdfFormat::Turtle | RdfFormat::NTriples | RdfFormat::NQuads | RdfFormat::TriG
    ) {
        let quads = collect(store, options.graph.as_ref())?;
        let order = stable_order(&quads, keeps_graphs);
        let mut out = BufWriter::with_capacity(1 << 16, out);
        serialize_part(&quads, &order, format, keeps_graphs, &mut out)?;
        out.flush()?;
        return Ok(order.len());
    }
    let graphs = match &options.graph {
        Some(graph) => vec![graph.clone()],
        None => graphs_in_order(store)?,
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut written_triples: FxHashSet<u128> = FxHashSet::default();
    let mut written = 0;
    let mut prelude_written = false;
    // A few graphs per core at a time: enough to share the work, little memory.
    for window in graphs.chunks(rayon::current_num_threads() * 8) {
        let parts: Vec<Vec<Quad>> = window
            .par_iter()
            .map(|graph| Ok(in_stable_order(graph_quads(store, graph)?, keeps_graphs)))
            .collect::<Result<_, ExportError>>()?;
        // Which statements of each part to write: all of them, or for triple
        // formats those no earlier graph stated (decided in sequence).
        let kept: Vec<Vec<usize>> = if keeps_graphs {
            parts.iter().map(|part| (0..part.len()).collect()).collect()
        } else {
            let ids: Vec<Vec<u128>> = parts
                .par_iter()
                .map_init(Vec::new, |buffer, part| {
                    part.iter().map(|q| triple_id(q, buffer)).collect()
                })
                .collect();
            ids.into_iter()
                .map(|ids| {
                    (0..ids.len())
                        .filter(|&k| written_triples.insert(ids[k]))
                        .collect()
                })
                .collect()
        };
        let serialised: Vec<Vec<u8>> = parts
            .par_iter()
            .zip(&kept)
            .map(|(part, kept)| {
                let mut bytes = Vec::new();
                serialize_part(part, kept, format, keeps_graphs, &mut bytes)?;
                Ok(bytes)
            })
            .collect::<Result<_, ExportError>>()?;
        // Freeing a window's terms is work too: share it out.
        parts.into_par_iter().for_each(drop);
        for (kept, bytes) in kept.iter().zip(&serialised) {
            if kept.is_empty() {
                continue;
            }
            // Every part's serialiser starts with the prefixes; the file has them once.
            let skip = if prelude_written {
                prelude_len(bytes)
            } else {
                0
            };
            prelude_written = true;
            out.write_all(&bytes[skip..])?;
            written += kept.len();
        }
    }
    out.flush()?;
    Ok(written)
}

/// The default graph, then the named graphs by a stable hash of their names.
fn graphs_in_order(store: &Store) -> Result<Vec<GraphName>, ExportError> {
    let mut graphs: Vec<GraphName> = vec![GraphName::DefaultGraph];
    for g in store.named_graphs() {
        graphs.push(match g? {
            // Derived counts, recomputed by the store that loads the export.
            NamedOrBlankNode::NamedNode(n) if n.as_str() == graph_names::STATISTICS => continue,
            NamedOrBlankNode::NamedNode(n) => n.into(),
            NamedOrBlankNode::BlankNode(b) => b.into(),
        });
    }
    graphs.sort_by_cached_key(|g| (hash_graph(g.as_ref()), g.to_string()));
    Ok(graphs)
}

/// One graph's quads in their stable order (see [`stable_order`]).
fn in_stable_order(quads: Vec<Quad>, keeps_graphs: bool) -> Vec<Quad> {
    let order = stable_order(&quads, keeps_graphs);
    let mut slots: Vec<Option<Quad>> = quads.into_iter().map(Some).collect();
    order.into_iter().filter_map(|k| slots[k].take()).collect()
}

/// A 128-bit identity of a quad's triple (xxh3 over its terms), for
/// writing each triple once: telling two triples apart by chance fails with
/// odds of about one in 10^28 for a million triples. `buffer` is scratch
/// space, reused across calls.
fn triple_id(q: &Quad, buffer: &mut Vec<u8>) -> u128 {
    buffer.clear();
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => feed(buffer, 1, n.as_str()),
        NamedOrBlankNode::BlankNode(b) => feed(buffer, 2, b.as_str()),
    }
    feed(buffer, 1, q.predicate.as_str());
    match &q.object {
        Term::NamedNode(n) => feed(buffer, 1, n.as_str()),
        Term::BlankNode(b) => feed(buffer, 2, b.as_str()),
        Term::Literal(l) => {
            feed(buffer, 3, l.value());
            feed(buffer, 4, l.datatype().as_str());
            feed(buffer, 5, l.language().unwrap_or(""));
        }
        #[allow(unreachable_patterns)]
        other => feed(buffer, 6, &other.to_string()),
    }
    xxh3_128(buffer)
}

/// A tagged, length-delimited string: no two term sequences give the same bytes.
fn feed(buffer: &mut Vec<u8>, tag: u8, text: &str) {
    buffer.push(tag);
    buffer.extend_from_slice(&(text.len() as u64).to_le_bytes());
    buffer.extend_from_slice(text.as_bytes());
}

/// Every quad of the store (decoded on all cores, one graph per task), or
/// of one graph.
fn collect(store: &Store, graph: Option<&GraphName>) -> Result<Vec<Quad>, ExportError> {
    if let Some(graph) = graph {
        return graph_quads(store, graph);
    }
    let parts: Vec<Vec<Quad>> = graphs_in_order(store)?
        .par_iter()
        .map(|g| graph_quads(store, g))
        .collect::<Result<_, _>>()?;
    // Moved, not cloned: `concat` would copy every term's strings.
    Ok(parts.into_iter().flatten().collect())
}

/// The quads of one graph, decoded.
fn graph_quads(store: &Store, graph: &GraphName) -> Result<Vec<Quad>, ExportError> {
    Ok(store
        .quads_for_pattern(None, None, None, Some(graph.as_ref()))
        .collect::<Result<Vec<_>, _>>()?)
}

/// The order to write quads in: by a stable 64-bit hash of graph, subject,
/// predicate and object (xxh3, the same on every machine and run), ties
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
                stable_hash(0, q.predicate.as_str().as_bytes()),
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

/// A stable 64-bit hash (xxh3, the same on every machine and run).
fn stable_hash(seed: u64, bytes: &[u8]) -> u64 {
    xxh3_64_with_seed(bytes, seed)
}

fn hash_graph(g: GraphNameRef<'_>) -> u64 {
    match g {
        GraphNameRef::DefaultGraph => 0,
        GraphNameRef::NamedNode(n) => stable_hash(1, n.as_str().as_bytes()),
        GraphNameRef::BlankNode(b) => stable_hash(2, b.as_str().as_bytes()),
    }
}

fn hash_subject(s: &NamedOrBlankNode) -> u64 {
    match s {
        NamedOrBlankNode::NamedNode(n) => stable_hash(1, n.as_str().as_bytes()),
        NamedOrBlankNode::BlankNode(b) => stable_hash(2, b.as_str().as_bytes()),
    }
}

fn hash_term(t: &Term) -> u64 {
    match t {
        Term::NamedNode(n) => stable_hash(1, n.as_str().as_bytes()),
        Term::BlankNode(b) => stable_hash(2, b.as_str().as_bytes()),
        Term::Literal(l) => {
            let h = stable_hash(3, l.value().as_bytes());
            let h = stable_hash(h, l.datatype().as_str().as_bytes());
            stable_hash(h, l.language().unwrap_or("").as_bytes())
        }
        #[allow(unreachable_patterns)]
        other => stable_hash(4, other.to_string().as_bytes()),
    }
}

/// Length of the `@prefix` lines a Turtle or TriG serialiser writes first.
fn prelude_len(bytes: &[u8]) -> usize {
    let mut at = 0;
    for _ in PREFIXES {
        if !bytes[at..].starts_with(b"@prefix ") {
            break;
        }
        match bytes[at..].iter().position(|&b| b == b'\n') {
            Some(end) => at += end + 1,
            None => break,
        }
    }
    at
}

fn serialize_part(
    quads: &[Quad],
    order: &[usize],
    format: RdfFormat,
    keeps_graphs: bool,
    out: impl Write,
) -> Result<(), ExportError> {
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
    for &k in order {
        let quad = &quads[k];
        if keeps_graphs {
            writer.serialize_quad(quad)?;
        } else {
            writer.serialize_triple(quad.as_ref())?;
        }
    }
    writer.finish()?;
    Ok(())
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

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use oxigraph::model::Triple;

    fn sample_store() -> Store {
        let store = Store::new().unwrap();
        let mut data = String::new();
        for i in 0..300 {
            data.push_str(&format!(
                "<https://w3id.org/kgraph/entity/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> \"E {i}\"@en <https://example.org/g{}> .\n\
                 <https://w3id.org/kgraph/entity/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> \"E {i}\"@en <https://example.org/g{}> .\n\
                 <https://w3id.org/kgraph/entity/e{i}> <https://w3id.org/kgraph/ontology#cooperatesWith> <https://w3id.org/kgraph/entity/e{}> .\n",
                i % 7, i % 5, (i + 1) % 300
            ));
        }
        store.load_from_slice(RdfFormat::NQuads, &data).unwrap();
        store
    }

    fn export_with_threads(store: &Store, format: RdfFormat, threads: usize) -> Vec<u8> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut out = Vec::new();
        pool.install(|| export(store, &ExportOptions::new(format), &mut out))
            .unwrap();
        out
    }

    #[test]
    fn the_bytes_do_not_depend_on_the_number_of_cores() {
        let store = sample_store();
        for format in [
            RdfFormat::Turtle,
            RdfFormat::NTriples,
            RdfFormat::NQuads,
            RdfFormat::TriG,
        ] {
            let one = export_with_threads(&store, format, 1);
            let four = export_with_threads(&store, format, 4);
            assert_eq!(
                String::from_utf8(one).unwrap(),
                String::from_utf8(four).unwrap(),
                "{format:?}"
            );
        }
    }

    #[test]
    fn triple_formats_write_the_union_once() {
        let store = sample_store();
        let expected: HashSet<Triple> = store.iter().map(|q| Triple::from(q.unwrap())).collect();
        for format in [RdfFormat::Turtle, RdfFormat::NTriples] {
            let bytes = export_with_threads(&store, format, 2);
            let parsed: Vec<Triple> = oxigraph::io::RdfParser::from_format(format)
                .for_slice(&bytes)
                .map(|q| Triple::from(q.unwrap()))
                .collect();
            assert_eq!(parsed.len(), expected.len(), "{format:?}: each triple once");
            assert_eq!(parsed.into_iter().collect::<HashSet<_>>(), expected);
        }
    }
}
