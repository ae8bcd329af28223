//! Class statistics kept up to date by every write: how many distinct
//! entities each class has, as a VoID description in the graph
//! [`graph_names::STATISTICS`](super::graph_names::STATISTICS).
//!
//! Counting the instances of every class with SPARQL scans every `rdf:type`
//! triple of the store (a quarter of kg's output), which takes tens of
//! milliseconds per million triples. The store instead works out, on each
//! write, how the counts change: for every (entity, class) pair the write
//! adds or takes away, it looks up whether some graph states that pair
//! before the write and whether one still does after it. The cost is one
//! index lookup per distinct pair written, and a count per class is then a
//! lookup in a graph of a few dozen triples:
//!
//! ```sparql
//! SELECT ?class ?entities WHERE {
//!   GRAPH kgg:statistics { ?partition void:class ?class ; void:entities ?entities }
//! }
//! ```
//!
//! Only data graphs are counted (see [`is_data_graph`]). The files backend
//! counts in full when it opens a store (a scan of the `rdf:type` triples
//! while the graph files load) and keeps the statistics in memory only, so a
//! crash cannot leave them out of step with the graph files. The RocksDB
//! backend stores them in the database, in the same transaction as the
//! graphs a write replaces; stores written before statistics existed are
//! counted in full at their next write.

use std::collections::HashMap;

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::store::{StorageError, Store as Oxigraph};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{graph_names, is_data_graph};
use crate::vocab::VOID;

/// An entity stated to be of a class.
type Typing = (NamedOrBlankNode, Term);

/// The statistics graph's name.
pub(super) fn graph_name() -> GraphName {
    NamedNode::new_unchecked(graph_names::STATISTICS).into()
}

/// What a write changes: the graphs whose whole content it replaces, and the
/// quads it adds (to those graphs or to others).
pub(super) struct Write<'a> {
    pub replaced: Vec<GraphNameRef<'a>>,
    pub added: Vec<&'a Quad>,
}

/// The content of the statistics graph after `write`, worked out from the
/// store as it is before the write; `None` if it stays as it is.
pub(super) fn after_write(
    store: &Oxigraph,
    write: &Write<'_>,
) -> Result<Option<Vec<Quad>>, StorageError> {
    let mut counts = match stored_counts(store)? {
        Some(counts) => counts,
        None => count_all(store)?,
    };
    let replaced: FxHashSet<GraphNameRef<'_>> = write.replaced.iter().copied().collect();
    let added: FxHashSet<Typing> = write
        .added
        .iter()
        .filter(|q| q.predicate.as_ref() == rdf::TYPE && is_data_graph(q.graph_name.as_ref()))
        .map(|q| (q.subject.clone(), q.object.clone()))
        .collect();
    let mut removed: FxHashSet<Typing> = FxHashSet::default();
    for graph in replaced.iter().filter(|g| is_data_graph(**g)) {
        for quad in store.quads_for_pattern(None, Some(rdf::TYPE), None, Some(*graph)) {
            let quad = quad?;
            let typing = (quad.subject, quad.object);
            if !added.contains(&typing) {
                removed.insert(typing);
            }
        }
    }
    // One index lookup per pair, on all cores: was it stated in a data graph
    // before the write, and is it after?
    let changes: Vec<(&Term, bool)> = added
        .par_iter()
        .chain(removed.par_iter())
        .map(|(subject, class)| {
            let (mut before, mut elsewhere) = (false, false);
            for quad in store.quads_for_pattern(
                Some(subject.as_ref()),
                Some(rdf::TYPE),
                Some(class.as_ref()),
                None,
            ) {
                let graph = quad?.graph_name;
                if is_data_graph(graph.as_ref()) {
                    before = true;
                    if !replaced.contains(&graph.as_ref()) {
                        elsewhere = true;
                        break;
                    }
                }
            }
            let after = elsewhere || added.contains(&(subject.clone(), class.clone()));
            Ok((after != before).then_some((class, after)))
        })
        .filter_map(Result::transpose)
        .collect::<Result<_, StorageError>>()?;
    for (class, after) in changes {
        let count = counts.entry(class.clone()).or_insert(0);
        if after {
            *count += 1;
        } else {
            *count = count.saturating_sub(1);
        }
    }
    changed(store, description(&counts))
}

/// The statistics graph for the store as it is, counted in full; `None` if
/// the stored one says the same.
pub(super) fn recount(store: &Oxigraph) -> Result<Option<Vec<Quad>>, StorageError> {
    changed(store, description(&count_all(store)?))
}

fn changed(store: &Oxigraph, quads: Vec<Quad>) -> Result<Option<Vec<Quad>>, StorageError> {
    let graph = graph_name();
    let mut stored = 0;
    for quad in store.quads_for_pattern(None, None, None, Some(graph.as_ref())) {
        stored += 1;
        if !quads.contains(&quad?) {
            return Ok(Some(quads));
        }
    }
    Ok((stored != quads.len()).then_some(quads))
}

/// Distinct entities per class over every counted graph.
fn count_all(store: &Oxigraph) -> Result<FxHashMap<Term, u64>, StorageError> {
    let mut typings: FxHashSet<Typing> = FxHashSet::default();
    for quad in store.quads_for_pattern(None, Some(rdf::TYPE), None, None) {
        let quad = quad?;
        if is_data_graph(quad.graph_name.as_ref()) {
            typings.insert((quad.subject, quad.object));
        }
    }
    let mut counts: FxHashMap<Term, u64> = FxHashMap::default();
    for (_, class) in typings {
        *counts.entry(class).or_insert(0) += 1;
    }
    Ok(counts)
}

/// The counts the statistics graph holds, or `None` if the store has no
/// statistics yet (written by an earlier kg, or never written).
fn stored_counts(store: &Oxigraph) -> Result<Option<FxHashMap<Term, u64>>, StorageError> {
    let graph = graph_name();
    let dataset = NamedNode::new_unchecked(graph_names::STATISTICS);
    let classes = void("classes");
    if store
        .quads_for_pattern(
            Some(dataset.as_ref().into()),
            Some(classes.as_ref()),
            None,
            Some(graph.as_ref()),
        )
        .next()
        .transpose()?
        .is_none()
    {
        return Ok(None);
    }
    let mut class_of: HashMap<NamedOrBlankNode, Term> = HashMap::new();
    let mut count_of: HashMap<NamedOrBlankNode, u64> = HashMap::new();
    for quad in store.quads_for_pattern(None, None, None, Some(graph.as_ref())) {
        let quad = quad?;
        if quad.predicate == void("class") {
            class_of.insert(quad.subject, quad.object);
        } else if quad.predicate == void("entities") {
            if let Term::Literal(n) = &quad.object {
                if let Ok(n) = n.value().parse() {
                    count_of.insert(quad.subject, n);
                }
            }
        }
    }
    Ok(Some(
        class_of
            .into_iter()
            .filter_map(|(partition, class)| Some((class, *count_of.get(&partition)?)))
            .collect(),
    ))
}

/// The VoID description of these counts, in a stable order.
fn description(counts: &FxHashMap<Term, u64>) -> Vec<Quad> {
    let graph = graph_name();
    let dataset = NamedNode::new_unchecked(graph_names::STATISTICS);
    let mut classes: Vec<(String, &Term, u64)> = counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(class, n)| (class.to_string(), class, *n))
        .collect();
    classes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let integer = |n: u64| Literal::new_typed_literal(n.to_string(), xsd::INTEGER);
    let mut quads = vec![Quad::new(
        dataset.clone(),
        void("classes"),
        integer(classes.len() as u64),
        graph.clone(),
    )];
    for (text, class, n) in classes {
        let partition = NamedNode::new_unchecked(format!(
            "{}#class-{:016x}",
            graph_names::STATISTICS,
            xxhash_rust::xxh3::xxh3_64(text.as_bytes())
        ));
        quads.push(Quad::new(
            dataset.clone(),
            void("classPartition"),
            partition.clone(),
            graph.clone(),
        ));
        quads.push(Quad::new(
            partition.clone(),
            void("class"),
            class.clone(),
            graph.clone(),
        ));
        quads.push(Quad::new(
            partition,
            void("entities"),
            integer(n),
            graph.clone(),
        ));
    }
    quads
}

fn void(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{VOID}{local}"))
}

#[cfg(test)]
mod tests {
    use super::super::{Access, Store};
    use super::*;

    fn quad(subject: &str, class: &str, graph: &str) -> Quad {
        let iri = |local: &str| NamedNode::new_unchecked(format!("https://example.org/{local}"));
        Quad::new(iri(subject), rdf::TYPE, iri(class), iri(graph))
    }

    fn graph(local: &str) -> GraphName {
        NamedNode::new_unchecked(format!("https://example.org/{local}")).into()
    }

    /// The statistics kept through writes equal a count from scratch, and
    /// hold `expected` entities of class `A`.
    fn assert_counted(store: &Store, expected: u64) {
        assert_eq!(recount(store.oxigraph()).unwrap(), None, "kept = counted");
        let counts = stored_counts(store.oxigraph()).unwrap().unwrap();
        let a = Term::from(NamedNode::new_unchecked("https://example.org/A"));
        assert_eq!(counts.get(&a).copied().unwrap_or(0), expected);
    }

    #[test]
    fn counts_follow_adds_replaces_and_removals_in_one_process() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("s"), Access::Write { wait: false }).unwrap();
        store
            .add_quads(vec![
                quad("x", "A", "g1"),
                quad("y", "A", "g1"),
                quad("x", "A", "g2"),
            ])
            .unwrap();
        assert_counted(&store, 2);
        // x is still typed in g2; y goes; z comes.
        store
            .replace_graphs(vec![(
                graph("g1"),
                vec![quad("z", "B", "g1"), quad("z", "A", "g1")],
            )])
            .unwrap();
        assert_counted(&store, 2);
        store.remove_graph(graph("g2").as_ref()).unwrap();
        assert_counted(&store, 1);
        // Adding what is already there counts nothing twice.
        store.add_quads(vec![quad("z", "A", "g3")]).unwrap();
        assert_counted(&store, 1);
        store.remove_graph(graph("g1").as_ref()).unwrap();
        assert_counted(&store, 1);
        store.remove_graph(graph("g3").as_ref()).unwrap();
        assert_counted(&store, 0);
        // Reopened, the store counts the same.
        drop(store);
        let store = Store::open(dir.path().join("s"), Access::Read).unwrap();
        assert_counted(&store, 0);
    }
}
