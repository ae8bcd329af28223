//! What a picture is drawn from: the statements of a store that can hold
//! entities and relations (every document graph, or one named graph), or
//! the triples of a CONSTRUCT query with the labels and classes of the
//! entities they mention; and, from the stored ontology, the class
//! hierarchy and property labels a picture needs.

use std::collections::BTreeSet;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::QueryResults;

use super::GraphError;
use crate::query::Watchdog;
use crate::store::{graph_names, is_data_graph, Store};
use crate::vocab::{OWL, RDF, RDFS, SKOS};

/// The statements to draw.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum PictureSource<'a> {
    /// Every data graph of the store (documents and loaded data).
    AllData,
    /// One named graph, by IRI (angle brackets allowed).
    Graph(&'a str),
    /// The triples of a CONSTRUCT or DESCRIBE query (its text).
    Construct(&'a str),
}

/// The quads a picture of `source` is built from, with the schema the
/// drawing needs (the class hierarchy, to name each entity's most specific
/// class, and property labels, to label edges).
pub fn picture_quads(store: &Store, source: PictureSource<'_>) -> Result<Vec<Quad>, GraphError> {
    picture_quads_watched(store, source, None)
}

/// [`picture_quads`], a query source cancelled by `watchdog` (its timeout
/// and memory bound, as for `kg query`).
pub fn picture_quads_watched(
    store: &Store,
    source: PictureSource<'_>,
    watchdog: Option<&Watchdog>,
) -> Result<Vec<Quad>, GraphError> {
    match source {
        PictureSource::AllData => data_quads(store),
        PictureSource::Graph(graph) => graph_quads(store, graph),
        // Guarded: a panic in the SPARQL engine becomes an error.
        PictureSource::Construct(query) => match watchdog {
            Some(watchdog) => watchdog.guard(|| construct_quads(store, query, Some(watchdog))),
            None => Watchdog::start(
                &crate::query::QueryOptions::default(),
                std::time::Duration::ZERO,
                None,
            )
            .guard(|| construct_quads(store, query, None)),
        },
    }
}

fn graph_quads(store: &Store, graph: &str) -> Result<Vec<Quad>, GraphError> {
    let graph =
        NamedNode::new(graph.trim_start_matches('<').trim_end_matches('>')).map_err(|source| {
            GraphError::InvalidGraphName {
                graph: graph.to_owned(),
                source,
            }
        })?;
    if !store.contains_graph(graph.as_ref())? {
        return Err(GraphError::NoSuchGraph {
            graph: graph.into_string(),
        });
    }
    Ok(store
        .oxigraph()
        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
        .collect::<Result<_, _>>()?)
}

fn data_quads(store: &Store) -> Result<Vec<Quad>, GraphError> {
    let mut quads = Vec::new();
    for quad in store.oxigraph().iter() {
        let quad = quad?;
        if is_data_graph(quad.graph_name.as_ref()) {
            quads.push(quad);
        }
    }
    quads.extend(schema_quads(store)?);
    Ok(quads)
}

/// From the stored ontology, what the picture needs and nothing else: the
/// class hierarchy and the labels of properties.
fn schema_quads(store: &Store) -> Result<Vec<Quad>, GraphError> {
    let inner = store.oxigraph();
    let ontology = NamedNodeRef::new_unchecked(graph_names::ONTOLOGY);
    let sub_class = NamedNode::new_unchecked(format!("{RDFS}subClassOf"));
    let label = NamedNode::new_unchecked(format!("{RDFS}label"));
    let rdf_type = NamedNode::new_unchecked(format!("{RDF}type"));
    let object_property = NamedNode::new_unchecked(format!("{OWL}ObjectProperty"));
    let mut quads: Vec<Quad> = inner
        .quads_for_pattern(None, Some(sub_class.as_ref()), None, Some(ontology.into()))
        .collect::<Result<_, _>>()?;
    if quads.is_empty() {
        // A store filled only by `kg load`: the built-in ontology still
        // knows that a Strategy is a Document.
        let builtin = crate::ontology::Ontology::builtin()?;
        for class in builtin.classes.values() {
            for parent in &class.parents {
                quads.push(Quad::new(
                    NamedNode::new_unchecked(&class.iri),
                    sub_class.clone(),
                    NamedNode::new_unchecked(parent),
                    GraphName::DefaultGraph,
                ));
            }
        }
        for property in builtin.properties.values() {
            quads.push(Quad::new(
                NamedNode::new_unchecked(&property.iri),
                label.clone(),
                Literal::new_simple_literal(&property.label),
                GraphName::DefaultGraph,
            ));
        }
        return Ok(quads);
    }
    for property in inner.quads_for_pattern(
        None,
        Some(rdf_type.as_ref()),
        Some(object_property.as_ref().into()),
        Some(ontology.into()),
    ) {
        let property = property?;
        for quad in inner.quads_for_pattern(
            Some(property.subject.as_ref()),
            Some(label.as_ref()),
            None,
            Some(ontology.into()),
        ) {
            quads.push(quad?);
        }
    }
    Ok(quads)
}

/// The triples of a CONSTRUCT query, plus the labels, aliases and types of
/// the entities they mention.
fn construct_quads(
    store: &Store,
    query: &str,
    watchdog: Option<&Watchdog>,
) -> Result<Vec<Quad>, GraphError> {
    let mut prepared = crate::query::prepare_query(query, watchdog.map(Watchdog::token))?;
    crate::query::use_store_dataset(&mut prepared, store)?;
    let explain = |e: oxigraph::sparql::QueryEvaluationError| match watchdog {
        Some(watchdog) => GraphError::Query(watchdog.explain(e)),
        None => GraphError::Evaluation(e),
    };
    let QueryResults::Graph(triples) = prepared
        .on_store(store.oxigraph())
        .execute()
        .map_err(explain)?
    else {
        return Err(GraphError::NotAGraphQuery);
    };
    let mut quads = Vec::new();
    let mut entities = BTreeSet::new();
    for triple in triples {
        let triple = triple.map_err(explain)?;
        if let NamedOrBlankNode::NamedNode(s) = &triple.subject {
            entities.insert(s.as_str().to_owned());
        }
        if let Term::NamedNode(o) = &triple.object {
            entities.insert(o.as_str().to_owned());
        }
        quads.push(Quad::new(
            triple.subject,
            triple.predicate,
            triple.object,
            GraphName::DefaultGraph,
        ));
    }
    let describing = [
        format!("{RDFS}label"),
        format!("{SKOS}altLabel"),
        format!("{RDF}type"),
    ];
    for entity in entities {
        let subject = NamedNodeRef::new_unchecked(&entity);
        for p in &describing {
            for quad in store.oxigraph().quads_for_pattern(
                Some(subject.into()),
                Some(NamedNodeRef::new_unchecked(p)),
                None,
                None,
            ) {
                quads.push(quad?);
            }
        }
    }
    Ok(quads)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Access;

    fn store_with_one_relation() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let graph = NamedNode::new("https://example.org/doc").unwrap();
        let quads: Vec<Quad> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(
                b"@prefix kg: <https://w3id.org/kgraph/ontology#> .
                  @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                  <https://e.org/a> a kg:Country ; rdfs:label \"Alpha\" ; kg:cooperatesWith <https://e.org/b> .
                  <https://e.org/b> a kg:Country ; rdfs:label \"Beta\" .",
            )
            .map(|t| {
                let t = t.unwrap();
                Quad::new(t.subject, t.predicate, t.object, graph.clone())
            })
            .collect();
        let mut store = Store::open(dir.path().join("s"), Access::Write { wait: false }).unwrap();
        store.replace_graph(graph.as_ref(), quads).unwrap();
        (dir, store)
    }

    #[test]
    fn each_source_gives_the_relation_or_a_named_error() {
        let (_dir, store) = store_with_one_relation();
        let relation = |quads: &[Quad]| {
            quads
                .iter()
                .any(|q| q.predicate.as_str().ends_with("cooperatesWith"))
        };
        assert!(relation(
            &picture_quads(&store, PictureSource::AllData).unwrap()
        ));
        let one = picture_quads(&store, PictureSource::Graph("<https://example.org/doc>")).unwrap();
        assert!(relation(&one));
        let constructed = picture_quads(
            &store,
            PictureSource::Construct("CONSTRUCT { ?a ?p ?b } WHERE { ?a ?p ?b FILTER(isIRI(?b)) }"),
        )
        .unwrap();
        assert!(relation(&constructed));
        assert!(matches!(
            picture_quads(&store, PictureSource::Graph("https://example.org/missing")),
            Err(GraphError::NoSuchGraph { .. })
        ));
        assert!(matches!(
            picture_quads(&store, PictureSource::Graph("not an iri")),
            Err(GraphError::InvalidGraphName { .. })
        ));
        assert!(matches!(
            picture_quads(
                &store,
                PictureSource::Construct("SELECT * WHERE { ?s ?p ?o }")
            ),
            Err(GraphError::NotAGraphQuery)
        ));
    }
}
