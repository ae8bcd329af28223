//! The ontology kept in a store, as three named graphs:
//!
//! * the **schema** ([`graph_names::ONTOLOGY`]): classes, properties, the
//!   declarations of the extraction lexicon's properties, and a content
//!   hash of the files it came from;
//! * the **gazetteer** ([`graph_names::GAZETTEER`]): the known individuals
//!   (countries, cities, organisations…), every statement whose subject is
//!   one of them;
//! * the **word lists** ([`graph_names::WORDS`]): the lexicon's words, every
//!   statement whose predicate is one of the ontology's annotation
//!   properties (`kg:commonWord`, `kg:givenName`, `kg:verbTrigger` …) and
//!   whose object is a literal (see [`word_properties`]).
//!
//! Queries, exports and pictures see the schema, so `rdfs:subClassOf*`
//! paths and property labels work, but neither the gazetteer nor the word
//! lists unless asked for (`--with-gazetteer`,
//! [`View::with_gazetteer`](super::View)): the gazetteer's thousands of
//! cities and countries would otherwise answer every `?x a kg:Country` and
//! every label search, and the word lists (some 8,000 statements) would be
//! most of every export. The individuals an article mentions are still
//! there without it, because the extractor writes their labels, classes
//! and `owl:sameAs` links into the article's own graph.
//!
//! What is an individual, and what is a word, is read from the statements
//! themselves (see [`individuals`]), so those added with `--ontology` go to
//! their graphs too, and a store written by an older kg (one ontology
//! graph holding everything, or the words still in the schema) is split
//! the same way when it is opened.
//!
//! ```
//! use kgraph::store::ontology::split;
//! use oxigraph::io::{RdfFormat, RdfParser};
//!
//! let turtle = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
//! @prefix owl: <http://www.w3.org/2002/07/owl#> .
//! @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
//! kg:Harbour a owl:Class ; rdfs:label \"Harbour\"@en .
//! <https://example.org/oakport-harbour> a kg:Harbour ; rdfs:label \"Oakport Harbour\"@en .";
//! let quads = RdfParser::from_format(RdfFormat::Turtle)
//!     .for_slice(turtle.as_bytes())
//!     .collect::<Result<Vec<_>, _>>()
//!     .unwrap();
//! let split = split(quads);
//! assert_eq!(split.schema.len(), 2);
//! assert_eq!(split.gazetteer.len(), 2);
//! assert!(split.words.is_empty());
//! ```

use std::collections::BTreeSet;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{
    BlankNode, GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad,
    Term,
};
use oxigraph::store::{StorageError, Store as Oxigraph};
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};

use super::{graph_names, Store, StoreError};
use crate::ontology::Ontology;

const OWL_CLASS: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#Class");
const OWL_ANNOTATION_PROPERTY: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#AnnotationProperty");

/// Bumped when the way the ontology is laid out in graphs changes, so that
/// the next build rewrites the graphs even if the ontology files did not
/// change. Layout 2: schema and gazetteer in two graphs; layout 3: the
/// word lists in a third.
const LAYOUT: &str = "layout 3: schema, gazetteer and word lists";

/// The schema graph's name.
pub fn schema_graph() -> NamedNode {
    NamedNode::new_unchecked(graph_names::ONTOLOGY)
}

/// The gazetteer graph's name.
pub fn gazetteer_graph() -> NamedNode {
    NamedNode::new_unchecked(graph_names::GAZETTEER)
}

/// The word lists' graph name.
pub fn words_graph() -> NamedNode {
    NamedNode::new_unchecked(graph_names::WORDS)
}

/// The graphs of the ontology a store shows only when asked for
/// (`--with-gazetteer`): the gazetteer and the word lists.
pub fn hidden_graphs() -> [GraphName; 2] {
    [gazetteer_graph().into(), words_graph().into()]
}

/// Ontology statements cut in two (see [`split`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Split {
    /// Classes, properties, lexicon and anything else that is not about an
    /// individual.
    pub schema: Vec<Quad>,
    /// Every statement whose subject is an individual.
    pub gazetteer: Vec<Quad>,
    /// The lexicon's words: literals of the [`word_properties`].
    pub words: Vec<Quad>,
}

/// The individuals among the subjects of `quads`: IRIs typed (`rdf:type`)
/// with a class that the same statements declare (`owl:Class` or
/// `rdfs:Class`). This is how the extractor recognises gazetteer entries
/// too, so both agree on what an individual is.
pub fn individuals(quads: &[Quad]) -> FxHashSet<NamedNode> {
    let class_nodes: FxHashSet<Term> = quads
        .iter()
        .filter(|q| {
            q.predicate.as_ref() == rdf::TYPE
                && (q.object.as_ref() == OWL_CLASS.into()
                    || q.object.as_ref() == rdfs::CLASS.into())
        })
        .map(|q| Term::from(q.subject.clone()))
        .collect();
    quads
        .iter()
        .filter(|q| q.predicate.as_ref() == rdf::TYPE && class_nodes.contains(&q.object))
        .filter_map(|q| match &q.subject {
            NamedOrBlankNode::NamedNode(n) => Some(n.clone()),
            NamedOrBlankNode::BlankNode(_) => None,
        })
        .collect()
}

/// The properties of kg's namespace that `quads` declare annotation
/// properties (`owl:AnnotationProperty`): those the extraction lexicon
/// lists its words with.
pub fn word_properties(quads: &[Quad]) -> FxHashSet<NamedNode> {
    quads
        .iter()
        .filter(|q| {
            q.predicate.as_ref() == rdf::TYPE && q.object.as_ref() == OWL_ANNOTATION_PROPERTY.into()
        })
        .filter_map(|q| match &q.subject {
            NamedOrBlankNode::NamedNode(n) if n.as_str().starts_with(crate::vocab::KG) => {
                Some(n.clone())
            }
            _ => None,
        })
        .collect()
}

/// Cuts ontology statements into the schema, the gazetteer and the word
/// lists: a statement goes to the gazetteer when its subject is one of the
/// [`individuals`], to the word lists when its object is a literal of one
/// of the [`word_properties`]. The order of each part is the order of
/// `quads`.
pub fn split(quads: Vec<Quad>) -> Split {
    let individuals = individuals(&quads);
    let word_properties = word_properties(&quads);
    let mut split = Split::default();
    for quad in quads {
        let about_individual = match &quad.subject {
            NamedOrBlankNode::NamedNode(n) => individuals.contains(n),
            NamedOrBlankNode::BlankNode(_) => false,
        };
        if about_individual {
            split.gazetteer.push(quad);
        } else if quad.object.is_literal() && word_properties.contains(&quad.predicate) {
            split.words.push(quad);
        } else {
            split.schema.push(quad);
        }
    }
    split
}

/// Errors of [`store_ontology`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OntologyGraphError {
    /// An ontology file that does not parse (the ontology was parsed once
    /// already to build the [`Ontology`], so this means it changed).
    #[error("{file}: {source}")]
    Syntax {
        file: String,
        #[source]
        source: oxigraph::io::RdfSyntaxError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Keeps the ontology that drove extraction in the store, as the schema,
/// gazetteer and word-list graphs, rewritten only when its files (or the
/// layout) changed. Returns whether it wrote them.
///
/// Each graph holds the content hash (`kg:contentHash` of the graph): a
/// writer killed between the renames of the graph files leaves a graph
/// without the current hash, and the next build writes them all again.
pub fn store_ontology(store: &mut Store, ontology: &Ontology) -> Result<bool, OntologyGraphError> {
    let (schema, gazetteer, words) = (schema_graph(), gazetteer_graph(), words_graph());
    let hash = content_hash(ontology);
    let marker = |graph: &NamedNode| {
        Quad::new(
            graph.clone(),
            NamedNode::new_unchecked(format!("{}contentHash", crate::vocab::KG)),
            Literal::new_simple_literal(&hash),
            graph.clone(),
        )
    };
    let markers = [marker(&schema), marker(&gazetteer), marker(&words)];
    let inner = store.oxigraph();
    let mut written = true;
    for marker in &markers {
        written &= inner.contains(marker).map_err(StoreError::from)?;
    }
    if written {
        return Ok(false);
    }
    let mut quads = Vec::new();
    for (name, text) in &ontology.sources {
        let parser = RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(schema.clone())
            .for_slice(text.as_bytes());
        for quad in parser {
            quads.push(quad.map_err(|source| OntologyGraphError::Syntax {
                file: name.clone(),
                source,
            })?);
        }
    }
    name_blank_nodes(&mut quads, &hash);
    // A statement made in two files (a label in two gazetteers) is one.
    let mut seen = FxHashSet::default();
    quads.retain(|q| seen.insert(q.clone()));
    let split = split(quads);
    let graphs = [schema, gazetteer, words]
        .into_iter()
        .zip(markers)
        .zip([split.schema, split.gazetteer, split.words])
        .map(|((graph, marker), statements)| {
            let mut quads = vec![marker];
            quads.extend(statements);
            (GraphName::from(graph), quads)
        })
        .collect();
    store.replace_graphs(graphs)?;
    Ok(true)
}

/// Gives the blank nodes of the ontology (OWL unions, lists) labels made of
/// the ontology's hash and a counter in order of appearance: the parser's
/// labels are random, and the same ontology must give the same bytes in
/// every store, while another ontology's nodes must stay other nodes.
fn name_blank_nodes(quads: &mut [Quad], hash: &str) {
    let mut names: rustc_hash::FxHashMap<BlankNode, BlankNode> = Default::default();
    let mut name = |node: &mut BlankNode| {
        let next = names.len();
        *node = names
            .entry(node.clone())
            .or_insert_with(|| BlankNode::new_unchecked(format!("o{hash}n{next}")))
            .clone();
    };
    for quad in quads {
        if let NamedOrBlankNode::BlankNode(b) = &mut quad.subject {
            name(b);
        }
        if let Term::BlankNode(b) = &mut quad.object {
            name(b);
        }
    }
}

/// A hash of the ontology's files and of the layout.
fn content_hash(ontology: &Ontology) -> String {
    let mut hasher = Sha256::new();
    hasher.update(LAYOUT.as_bytes());
    hasher.update([0]);
    for (name, text) in &ontology.sources {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..16])
}

/// The statements about individuals that sit in the schema graph of
/// `inner`, as a store written by kg before the gazetteer had its own graph
/// has them (empty for a store of the current layout). A few index lookups
/// when there are none: one per class the schema declares.
pub(super) fn misplaced_individuals(inner: &Oxigraph) -> Result<Vec<Quad>, StorageError> {
    let schema = schema_graph();
    let in_schema = Some(GraphNameRef::from(schema.as_ref()));
    let mut classes: FxHashSet<NamedOrBlankNode> = FxHashSet::default();
    for meta in [OWL_CLASS, rdfs::CLASS] {
        for quad in inner.quads_for_pattern(None, Some(rdf::TYPE), Some(meta.into()), in_schema) {
            classes.insert(quad?.subject);
        }
    }
    let mut individuals: BTreeSet<NamedNode> = BTreeSet::new();
    for class in &classes {
        let class = Term::from(class.clone());
        for quad in inner.quads_for_pattern(None, Some(rdf::TYPE), Some(class.as_ref()), in_schema)
        {
            if let NamedOrBlankNode::NamedNode(n) = quad?.subject {
                individuals.insert(n);
            }
        }
    }
    let mut quads = Vec::new();
    for individual in &individuals {
        for quad in inner.quads_for_pattern(Some(individual.into()), None, None, in_schema) {
            quads.push(quad?);
        }
    }
    Ok(quads)
}

/// The word-list statements that sit in the schema graph of `inner`, as a
/// store written by kg before the word lists had their own graph has them
/// (empty for a store of the current layout). One index lookup per
/// annotation property the schema declares.
pub(super) fn misplaced_words(inner: &Oxigraph) -> Result<Vec<Quad>, StorageError> {
    let schema = schema_graph();
    let in_schema = Some(GraphNameRef::from(schema.as_ref()));
    let mut quads = Vec::new();
    for declaration in inner.quads_for_pattern(
        None,
        Some(rdf::TYPE),
        Some(OWL_ANNOTATION_PROPERTY.into()),
        in_schema,
    ) {
        let NamedOrBlankNode::NamedNode(property) = declaration?.subject else {
            continue;
        };
        if !property.as_str().starts_with(crate::vocab::KG) {
            continue;
        }
        for quad in inner.quads_for_pattern(None, Some(property.as_ref()), None, in_schema) {
            let quad = quad?;
            if quad.object.is_literal() {
                quads.push(quad);
            }
        }
    }
    Ok(quads)
}

/// Whether a graph is the gazetteer graph.
pub fn is_gazetteer(graph: GraphNameRef<'_>) -> bool {
    matches!(graph, GraphNameRef::NamedNode(n) if n.as_str() == graph_names::GAZETTEER)
}

/// The gazetteer graph's name as a [`GraphName`].
pub(super) fn gazetteer_graph_name() -> GraphName {
    gazetteer_graph().into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Access, View};

    const SMALL: &str = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/entity/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kg:Place a owl:Class .
kg:Town a owl:Class ; rdfs:subClassOf kg:Place ; rdfs:label \"Town\"@en .
kg:seat a owl:ObjectProperty ; rdfs:domain [ owl:unionOf ( kg:Town kg:Place ) ] .
kgr:millbrook a kg:Town ; rdfs:label \"Millbrook\"@en ; owl:sameAs <http://www.wikidata.org/entity/Q1> .
kgr:fenwick a kg:Town ; rdfs:label \"Fenwick\"@en .";

    fn parsed(graph: &NamedNode) -> Vec<Quad> {
        RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(graph.clone())
            .for_slice(SMALL.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn count(store: &Store, graph: &NamedNode) -> usize {
        store.graph_quads(graph.as_ref().into()).unwrap().len()
    }

    #[test]
    fn individuals_go_to_the_gazetteer_and_classes_stay_in_the_schema() {
        let split = split(parsed(&schema_graph()));
        let subjects = |quads: &[Quad]| -> BTreeSet<String> {
            quads.iter().map(|q| q.subject.to_string()).collect()
        };
        let gazetteer = subjects(&split.gazetteer);
        assert_eq!(
            gazetteer.into_iter().collect::<Vec<_>>(),
            [
                "<https://w3id.org/kgraph/entity/fenwick>",
                "<https://w3id.org/kgraph/entity/millbrook>"
            ]
        );
        assert_eq!(split.gazetteer.len(), 5);
        let schema = subjects(&split.schema);
        assert!(schema.contains("<https://w3id.org/kgraph/ontology#Town>"));
        // The blank nodes of the property's domain stay with the schema.
        assert!(split.schema.iter().any(|q| q.subject.is_blank_node()));
    }

    /// Regression (issue 18, the default graph): a store written before the
    /// gazetteer had its own graph holds the individuals in the ontology
    /// graph. A reader leaves them out of the schema (and shows them in the
    /// gazetteer graph only when asked for) without writing; the next
    /// writer moves them on disk.
    // The old layout is a files-backend layout (one file per graph); with
    // the `rocksdb` feature new stores use RocksDB.
    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn the_old_layout_is_split_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.store");
        let (schema, gazetteer) = (schema_graph(), gazetteer_graph());
        {
            let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
            // Written as one graph, as older kg did.
            store
                .replace_graph(schema.as_ref(), parsed(&schema))
                .unwrap();
        }
        // The graph files of the store's state (those its manifest lists;
        // the previous state's files stay a while for its readers).
        let files = || crate::store::listed_graph_files(&path);
        let before = files();
        assert_eq!(before.len(), 1);

        let reader = Store::open(&path, Access::Read).unwrap();
        assert_eq!(count(&reader, &gazetteer), 0);
        let in_schema = count(&reader, &schema);
        assert!(in_schema > 0);
        assert!(reader
            .graph_quads(schema.as_ref().into())
            .unwrap()
            .iter()
            .all(|q| !q.subject.to_string().contains("/entity/")));
        let shown = Store::open_with(&path, Access::Read, View::with_gazetteer(true)).unwrap();
        assert_eq!(count(&shown, &gazetteer), 5);
        assert_eq!(count(&shown, &schema), in_schema);
        assert_eq!(files(), before, "a reader wrote to the store");

        drop(Store::open(&path, Access::Write { wait: false }).unwrap());
        assert_eq!(files().len(), 2);
        let shown = Store::open_with(&path, Access::Read, View::with_gazetteer(true)).unwrap();
        assert_eq!(count(&shown, &gazetteer), 5);
        assert_eq!(count(&shown, &schema), in_schema);
        assert!(misplaced_individuals(shown.oxigraph()).unwrap().is_empty());
    }

    /// Regression (issue 18): the default export was mostly the lexicon's
    /// word lists. They go to their own graph, shown with the gazetteer; a
    /// store whose words are still in the schema graph (layout 2) is split
    /// when opened: by a reader in memory, by a writer on disk.
    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn word_lists_have_their_own_graph_and_old_stores_are_split() {
        const WORDS: &str = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kg:harbourWord a owl:AnnotationProperty ; rdfs:label \"harbour word\"@en .
kg:Harbour a owl:Class ; kg:harbourWord \"quay\", \"pier\" .
<https://w3id.org/kgraph/ontology> kg:harbourWord \"wharf\" .";
        let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(schema_graph())
            .for_slice(WORDS.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        let cut = split(quads.clone());
        assert_eq!(cut.words.len(), 3);
        assert_eq!(cut.schema.len(), 3, "declarations and labels stay");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.store");
        {
            let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
            store.replace_graph(schema_graph().as_ref(), quads).unwrap();
        }
        let reader = Store::open(&path, Access::Read).unwrap();
        assert_eq!(count(&reader, &schema_graph()), 3);
        assert_eq!(count(&reader, &words_graph()), 0);
        let shown = Store::open_with(&path, Access::Read, View::with_gazetteer(true)).unwrap();
        assert_eq!(count(&shown, &words_graph()), 3);
        drop(Store::open(&path, Access::Write { wait: false }).unwrap());
        let reader = Store::open(&path, Access::Read).unwrap();
        assert_eq!(count(&reader, &schema_graph()), 3);
        assert!(!reader.contains_graph(words_graph().as_ref()).unwrap());
        let shown = Store::open_with(&path, Access::Read, View::with_gazetteer(true)).unwrap();
        assert_eq!(count(&shown, &words_graph()), 3);
        assert!(misplaced_words(shown.oxigraph()).unwrap().is_empty());
    }

    /// A writer holds the gazetteer graph, so its queries name the graphs
    /// to leave the gazetteer out; a store asked to show it needs no list.
    #[test]
    fn default_graphs_leave_out_a_held_gazetteer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.store");
        let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
        assert_eq!(store.default_graphs().unwrap(), None);
        let split = split(parsed(&schema_graph()));
        store
            .replace_graphs(vec![
                (schema_graph().into(), split.schema),
                (gazetteer_graph().into(), split.gazetteer),
            ])
            .unwrap();
        let graphs = store.default_graphs().unwrap().unwrap();
        assert!(graphs.contains(&schema_graph().into()));
        assert!(!graphs.contains(&gazetteer_graph().into()));
        drop(store);
        let shown = Store::open_with(&path, Access::Read, View::with_gazetteer(true)).unwrap();
        assert_eq!(shown.default_graphs().unwrap(), None);
        let reader = Store::open(&path, Access::Read).unwrap();
        if reader.backend() == crate::store::Backend::Files {
            // A files reader does not load the gazetteer at all.
            assert_eq!(reader.default_graphs().unwrap(), None);
            assert!(!reader.contains_graph(gazetteer_graph().as_ref()).unwrap());
        } else {
            // A database holds it for every reader: the list leaves it out.
            let graphs = reader.default_graphs().unwrap().unwrap();
            assert!(!graphs.contains(&gazetteer_graph().into()));
        }
    }

    /// A build killed between the renames of the two graph files must not
    /// leave a schema whose hash says the gazetteer is written too.
    #[test]
    fn a_missing_gazetteer_graph_is_written_again() {
        let ontology = crate::ontology::OntologyBuilder::new()
            .with_text("small.ttl", SMALL)
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), Access::Write { wait: false }).unwrap();
        assert!(store_ontology(&mut store, &ontology).unwrap());
        let written = count(&store, &gazetteer_graph());
        store
            .replace_graph(gazetteer_graph().as_ref(), Vec::new())
            .unwrap();
        assert!(store_ontology(&mut store, &ontology).unwrap());
        assert_eq!(count(&store, &gazetteer_graph()), written);
        assert!(!store_ontology(&mut store, &ontology).unwrap());
    }

    /// The ontology's blank nodes got random labels from the parser, so two
    /// builds of the same articles differed byte for byte.
    // Compares graph files: the files backend's layout.
    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn the_same_ontology_gives_the_same_graph_files() {
        let ontology = crate::ontology::OntologyBuilder::new()
            .with_text("small.ttl", SMALL)
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut contents = Vec::new();
        for name in ["a", "b"] {
            let path = dir.path().join(name);
            let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
            assert!(store_ontology(&mut store, &ontology).unwrap());
            assert!(!store_ontology(&mut store, &ontology).unwrap(), "rewritten");
            let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(path.join("graphs"))
                .unwrap()
                .map(|e| {
                    let e = e.unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect();
            files.sort();
            contents.push(files);
        }
        assert_eq!(contents[0].len(), 3);
        assert_eq!(contents[0], contents[1]);
    }
}
