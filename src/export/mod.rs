//! Export stage: the store (or one graph) written as RDF, deterministically.
//!
//! Graphs are written one after another in a stable order (a fixed hash of
//! the graph name), and each graph's statements in a stable order (a fixed
//! hash of subject, predicate and object, ties broken by the terms), so the
//! same store always gives the same bytes whatever the number of cores.
//! Graphs are decoded a few at a time on all cores, and each window is
//! ordered and serialised while the next one is decoded, so memory holds two
//! windows of graphs, not the store, and the steps that run in sequence
//! (deciding which triples were already written) leave no core idle. Turtle,
//! N-Triples and N-Quads go through kg's own writer (`rdf::syntax`), the
//! other formats through Oxigraph's serialisers. Formats without named
//! graphs (Turtle, N-Triples) get the union of all graphs: a triple stated in
//! several graphs is written once, where it first appears. RDF/XML and
//! JSON-LD, which are one nested document, are ordered as a whole. The
//! store's class statistics (a derived graph) are left out unless asked for
//! by name, and so is the ontology's gazetteer graph unless asked for by
//! name or with [`ExportOptions::with_gazetteer`]: the articles' graphs
//! already state what they need of the individuals they mention.
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
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use rayon::prelude::*;
use rustc_hash::FxHashSet;
use xxhash_rust::xxh3::{xxh3_128, xxh3_128_with_seed, xxh3_64_with_seed};

use crate::rdf::syntax::{prefix_order, write_statements, Syntax};
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
    with_gazetteer: bool,
}

impl ExportOptions {
    /// Everything, in `format`.
    pub fn new(format: RdfFormat) -> Self {
        ExportOptions {
            format,
            graph: None,
            with_gazetteer: false,
        }
    }

    /// The whole gazetteer graph too (when the store holds it).
    pub fn with_gazetteer(mut self, with_gazetteer: bool) -> Self {
        self.with_gazetteer = with_gazetteer;
        self
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
        let quads = collect(store, options)?;
        let hashes: Vec<QuadHashes> = quads.par_iter().map(QuadHashes::of).collect();
        let order = stable_order(&quads, &hashes, (0..quads.len()).collect(), keeps_graphs);
        let mut out = BufWriter::with_capacity(1 << 16, out);
        serialize_part(&quads, &order, format, &mut out)?;
        out.flush()?;
        return Ok(order.len());
    }
    let graphs = match &options.graph {
        Some(graph) => vec![graph.clone()],
        None => graphs_in_order(store, options.with_gazetteer)?,
    };
    let prefixes = prefix_order(PREFIXES);
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut serializer = WindowSerializer {
        format,
        prefixes: &prefixes,
        written_triples: FxHashSet::default(),
        written: 0,
        prelude_written: false,
    };
    let decode_window = |window: &[GraphName]| {
        window
            .par_iter()
            .map(|graph| Part::decode(store, graph, keeps_graphs))
            .collect::<Result<Vec<Part>, ExportError>>()
    };
    // A few graphs per core at a time: enough to share the work, little
    // memory. Each window is serialised while the next one is decoded, so
    // the steps that must run in sequence do not leave cores idle.
    let mut windows = graphs.chunks(rayon::current_num_threads() * 8);
    let mut pending = windows.next().map(decode_window).transpose()?;
    while let Some(parts) = pending {
        let (serialised, next) = rayon::join(
            || serializer.serialize_window(parts),
            || windows.next().map(decode_window).transpose(),
        );
        for bytes in serialised? {
            out.write_all(&bytes)?;
        }
        pending = next?;
    }
    out.flush()?;
    Ok(serializer.written)
}

/// Serialises decoded windows of graphs, one after another.
struct WindowSerializer<'a> {
    format: RdfFormat,
    prefixes: &'a [(&'a str, &'a str)],
    /// For triple formats, the [`QuadHashes::triple_id`]s written so far.
    written_triples: FxHashSet<u128>,
    written: usize,
    prelude_written: bool,
}

impl WindowSerializer<'_> {
    /// The bytes of the next window's statements, part by part.
    fn serialize_window(&mut self, mut parts: Vec<Part>) -> Result<Vec<Vec<u8>>, ExportError> {
        let keeps_graphs = self.format.supports_datasets();
        // Triple formats write each triple once, in the first graph that
        // states it: decided in sequence, graph after graph.
        if !keeps_graphs {
            for part in &mut parts {
                let ids = &part.triple_ids;
                part.order.retain(|&k| self.written_triples.insert(ids[k]));
            }
        }
        let mut serialised: Vec<Vec<u8>> = parts
            .par_iter_mut()
            .map(|part| {
                part.put_in_order(keeps_graphs);
                part.serialize(self.format, self.prefixes)
            })
            .collect::<Result<_, ExportError>>()?;
        self.written += parts.iter().map(|part| part.order.len()).sum::<usize>();
        // Freeing a window's terms is work too: share it out.
        parts.into_par_iter().for_each(drop);
        serialised.retain(|bytes| !bytes.is_empty());
        for bytes in &mut serialised {
            // Every part's serialiser starts with the prefixes; the file has them once.
            if self.prelude_written {
                bytes.drain(..prelude_len(bytes));
            }
            self.prelude_written = true;
        }
        Ok(serialised)
    }
}

/// The default graph, then the named graphs by a stable hash of their names.
fn graphs_in_order(store: &Store, with_gazetteer: bool) -> Result<Vec<GraphName>, ExportError> {
    let mut graphs: Vec<GraphName> = vec![GraphName::DefaultGraph];
    for g in store.named_graphs() {
        graphs.push(match g? {
            // Derived counts, recomputed by the store that loads the export.
            NamedOrBlankNode::NamedNode(n) if n.as_str() == graph_names::STATISTICS => continue,
            NamedOrBlankNode::NamedNode(n)
                if !with_gazetteer
                    && [graph_names::GAZETTEER, graph_names::WORDS].contains(&n.as_str()) =>
            {
                continue
            }
            NamedOrBlankNode::NamedNode(n) => n.into(),
            NamedOrBlankNode::BlankNode(b) => b.into(),
        });
    }
    graphs.sort_by_cached_key(|g| (hash_graph(g.as_ref()), g.to_string()));
    Ok(graphs)
}

/// One graph of the export, decoded on one core.
struct Part {
    quads: Vec<Quad>,
    hashes: Vec<QuadHashes>,
    /// For triple formats, the [`QuadHashes::triple_id`] of each quad.
    triple_ids: Vec<u128>,
    /// The statements to write, as indices into `quads`: at first all of
    /// them, in no order.
    order: Vec<usize>,
}

impl Part {
    fn decode(store: &Store, graph: &GraphName, keeps_graphs: bool) -> Result<Self, ExportError> {
        let quads = graph_quads(store, graph)?;
        let hashes: Vec<QuadHashes> = quads.iter().map(QuadHashes::of).collect();
        let triple_ids = if keeps_graphs {
            Vec::new()
        } else {
            hashes.iter().map(QuadHashes::triple_id).collect()
        };
        Ok(Part {
            order: (0..quads.len()).collect(),
            quads,
            hashes,
            triple_ids,
        })
    }

    /// Puts the statements to write in their stable order.
    fn put_in_order(&mut self, keeps_graphs: bool) {
        let indices = std::mem::take(&mut self.order);
        self.order = stable_order(&self.quads, &self.hashes, indices, keeps_graphs);
    }

    /// The part's statements in `format`, with the format's prelude.
    fn serialize(
        &self,
        format: RdfFormat,
        prefixes: &[(&str, &str)],
    ) -> Result<Vec<u8>, ExportError> {
        let mut bytes = Vec::new();
        let syntax = match format {
            RdfFormat::Turtle => Some(Syntax::Turtle(prefixes)),
            RdfFormat::NTriples => Some(Syntax::NTriples),
            RdfFormat::NQuads => Some(Syntax::NQuads),
            _ => None,
        };
        match syntax {
            Some(syntax) => {
                write_statements(&self.quads, self.order.iter().copied(), syntax, &mut bytes)
            }
            _ => serialize_part(&self.quads, &self.order, format, &mut bytes)?,
        }
        Ok(bytes)
    }
}

/// Every quad of the store (decoded on all cores, one graph per task), or
/// of one graph.
fn collect(store: &Store, options: &ExportOptions) -> Result<Vec<Quad>, ExportError> {
    if let Some(graph) = &options.graph {
        return graph_quads(store, graph);
    }
    let parts: Vec<Vec<Quad>> = graphs_in_order(store, options.with_gazetteer)?
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

/// The order to write quads in: by stable hashes of graph, subject,
/// predicate and object (see [`QuadHashes`]), ties broken by the terms
/// themselves. It groups each subject's statements (so Turtle can nest
/// them), gives the same bytes for the same store, and keeps diffs local,
/// at a fraction of the cost of sorting strings. Only `indices` are
/// ordered; for triple formats, a triple listed twice is kept once.
fn stable_order(
    quads: &[Quad],
    hashes: &[QuadHashes],
    indices: Vec<usize>,
    keeps_graphs: bool,
) -> Vec<usize> {
    // Below this, sharing the work out costs more than it saves.
    const SHARED_FROM: usize = 50_000;
    let mut keyed: Vec<([u64; 4], usize)> = indices
        .into_iter()
        .map(|k| (hashes[k].sort_key(keeps_graphs), k))
        .collect();
    let compare = |(a_key, a): &([u64; 4], usize), (b_key, b): &([u64; 4], usize)| {
        a_key.cmp(b_key).then_with(|| {
            if keeps_graphs {
                compare_quads(&quads[*a], &quads[*b])
            } else {
                compare_triples(&quads[*a], &quads[*b])
            }
        })
    };
    if keyed.len() >= SHARED_FROM {
        keyed.par_sort_unstable_by(compare);
    } else {
        keyed.sort_unstable_by(compare);
    }
    if !keeps_graphs {
        keyed.dedup_by(|a, b| compare(a, b) == Ordering::Equal);
    }
    keyed.into_iter().map(|(_, k)| k).collect()
}

/// Stable 128-bit hashes of a quad's terms (xxh3, the same on every machine
/// and run, tagged by the kind of term).
struct QuadHashes {
    graph: u64,
    subject: u128,
    predicate: u128,
    object: u128,
}

impl QuadHashes {
    fn of(q: &Quad) -> Self {
        QuadHashes {
            graph: hash_graph(q.graph_name.as_ref()),
            subject: match &q.subject {
                NamedOrBlankNode::NamedNode(n) => stable_hash(1, n.as_str()),
                NamedOrBlankNode::BlankNode(b) => stable_hash(2, b.as_str()),
            },
            predicate: stable_hash(1, q.predicate.as_str()),
            object: match &q.object {
                Term::NamedNode(n) => stable_hash(1, n.as_str()),
                Term::BlankNode(b) => stable_hash(2, b.as_str()),
                Term::Literal(l) if l.datatype() == xsd::STRING => stable_hash(3, l.value()),
                Term::Literal(l) => combine(&[
                    stable_hash(4, l.value()),
                    stable_hash(5, l.datatype().as_str()),
                    stable_hash(6, l.language().unwrap_or_default()),
                ]),
                #[allow(unreachable_patterns)] // RDF 1.2 triple terms, if enabled
                other => stable_hash(7, &other.to_string()),
            },
        }
    }

    /// The key quads are sorted by: graph (for dataset formats), subject,
    /// predicate, object.
    fn sort_key(&self, keeps_graphs: bool) -> [u64; 4] {
        [
            if keeps_graphs { self.graph } else { 0 },
            self.subject as u64,
            self.predicate as u64,
            self.object as u64,
        ]
    }

    /// A 128-bit identity of the quad's triple, for writing each triple
    /// once: two different triples get the same one with odds of about one
    /// in 10^26 for a million triples.
    fn triple_id(&self) -> u128 {
        combine(&[self.subject, self.predicate, self.object])
    }
}

/// The stable 64-bit hash graphs are ordered by.
fn hash_graph(g: GraphNameRef<'_>) -> u64 {
    match g {
        GraphNameRef::DefaultGraph => 0,
        GraphNameRef::NamedNode(n) => xxh3_64_with_seed(n.as_str().as_bytes(), 1),
        GraphNameRef::BlankNode(b) => xxh3_64_with_seed(b.as_str().as_bytes(), 2),
    }
}

fn stable_hash(tag: u64, text: &str) -> u128 {
    xxh3_128_with_seed(text.as_bytes(), tag)
}

/// One 128-bit hash of several.
fn combine(hashes: &[u128]) -> u128 {
    let mut bytes = [0u8; 48];
    for (slot, h) in bytes.chunks_exact_mut(16).zip(hashes) {
        slot.copy_from_slice(&h.to_le_bytes());
    }
    xxh3_128(&bytes[..hashes.len().min(3) * 16])
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

/// The listed quads through Oxigraph's serialiser, for the formats kg's own
/// writer does not cover (TriG, RDF/XML, JSON-LD).
fn serialize_part(
    quads: &[Quad],
    order: &[usize],
    format: RdfFormat,
    out: impl Write,
) -> Result<(), ExportError> {
    let keeps_graphs = format.supports_datasets();
    let mut serializer = RdfSerializer::from_format(format);
    if matches!(format, RdfFormat::TriG | RdfFormat::RdfXml) {
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .expect("the built-in prefixes are valid IRIs");
        }
    }
    if matches!(format, RdfFormat::JsonLd { .. }) {
        // Oxigraph writes full IRIs; kg compacts them under an @context.
        let mut writer = serializer.for_writer(Vec::new());
        for &k in order {
            writer.serialize_quad(&quads[k])?;
        }
        let mut out = out;
        out.write_all(&crate::rdf::compact_json_ld(&writer.finish()?)?)?;
        return Ok(());
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

    /// The bytes of an export on `threads` cores; checks the count it
    /// returns against what the bytes hold.
    fn export_with_threads(store: &Store, format: RdfFormat, threads: usize) -> Vec<u8> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut out = Vec::new();
        let written = pool
            .install(|| export(store, &ExportOptions::new(format), &mut out))
            .unwrap();
        let parsed = oxigraph::io::RdfParser::from_format(format)
            .for_slice(&out)
            .count();
        assert_eq!(written, parsed, "{format:?}: the count returned");
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
            assert!(!one.is_empty());
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
