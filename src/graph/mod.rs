//! Graph stage: the entities and relations of a store as a petgraph graph,
//! drawn as Graphviz DOT or SVG and explored with paths and rankings.
//!
//! Nodes are entities (anything named by an IRI that takes part in a
//! relation), labelled by `rdfs:label`; edges are triples between two
//! entities. Types, literals, provenance (evidence, mentions, documents) and
//! the stored ontology stay out of the picture.
//!
//! The stage in order: [`picture_quads`] reads the statements to draw from
//! a store (every document, one named graph, or a CONSTRUCT query's
//! triples), [`EntityGraph::from_quads`] builds the graph,
//! [`EntityGraph::select`] keeps a neighbourhood, some properties or
//! classes, or the best-connected nodes, and [`EntityGraph::to_dot`] or
//! [`EntityGraph::to_svg_with`] draws it ([`SvgRenderer`]: Graphviz's `dot`
//! when installed, else the pure-Rust layout of the `svg` feature).
//! [`EntityGraph::rank`] and [`EntityGraph::shortest_paths`] explore it.
//!
//! ```
//! use kgraph::graph::{EntityGraph, DotStyle};
//! let quads = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
//!     .for_slice(r#"@prefix kg: <https://w3id.org/kgraph/ontology#> .
//!         @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
//!         <https://e.org/cn> a kg:Country ; rdfs:label "China" ; kg:cooperatesWith <https://e.org/ke> .
//!         <https://e.org/ke> a kg:Country ; rdfs:label "Kenya" ."#)
//!     .collect::<Result<Vec<_>, _>>().unwrap();
//! let graph = EntityGraph::from_quads(&quads);
//! let dot = graph.to_dot(&DotStyle::default());
//! assert!(dot.contains("\"China\""));
//! assert!(dot.contains("cooperatesWith"));
//! ```

use std::collections::{BTreeSet, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::ontology::local_name;

mod algorithms;
mod build;
mod dot;
mod input;
mod select;
mod svg;

pub use build::evidence_quotes;
pub use dot::{quote, quote_lines, wrap, DotStyle};
pub use input::{picture_quads, picture_quads_watched, PictureSource};
pub use select::{NodeCut, Selection};
pub use svg::{graphviz_available, SvgRenderer};

/// An entity in the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub iri: String,
    pub label: String,
    /// Other names (`skos:altLabel`), used to find a `--focus` entity.
    pub aliases: Vec<String>,
    /// Every `rdf:type`.
    pub classes: BTreeSet<String>,
    /// The most specific class, if any.
    pub class: Option<String>,
}

/// A relation between two entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub predicate: String,
    pub label: String,
}

/// The relation graph of a store.
#[derive(Debug, Clone, Default)]
pub struct EntityGraph {
    pub graph: DiGraph<Node, Edge>,
    by_iri: HashMap<String, NodeIndex>,
    /// Lines for the top of a DOT file (what was left out and why).
    pub notes: Vec<String>,
    /// What the node limit of the last [`select`](Self::select) left out.
    pub cut: Option<NodeCut>,
}

/// Errors of the graph stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// The pure-Rust layout crate failed (it panicked) on this graph.
    #[error(
        "the pure-Rust layout failed on this graph; install Graphviz (`dot`) or draw fewer nodes"
    )]
    Layout,
    /// Neither Graphviz nor the pure-Rust layout is available.
    #[error("SVG needs Graphviz (`dot` on the PATH) or kg built with the `svg` feature")]
    NoSvgRenderer,
    /// Graphviz's `dot` could not be run or fed.
    #[error("running Graphviz `dot`: {source}")]
    GraphvizIo {
        #[source]
        source: std::io::Error,
    },
    /// Graphviz's `dot` ran and failed.
    #[error("Graphviz `dot` failed: {stderr}")]
    GraphvizFailed { stderr: String },
    /// Graphviz's `dot` wrote something that is not UTF-8.
    #[error("Graphviz `dot` wrote SVG that is not UTF-8")]
    GraphvizOutput(#[source] std::string::FromUtf8Error),
    /// A graph name that is not an IRI.
    #[error("{graph:?} is not a valid IRI: {source}")]
    InvalidGraphName {
        graph: String,
        #[source]
        source: oxigraph::model::IriParseError,
    },
    /// A graph name the store does not hold.
    #[error("no graph {graph} in the store")]
    NoSuchGraph { graph: String },
    /// A picture query that is a SELECT or ASK query.
    #[error("a picture needs a CONSTRUCT or DESCRIBE query")]
    NotAGraphQuery,
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Storage(#[from] oxigraph::store::StorageError),
    #[error(transparent)]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error(transparent)]
    Ontology(#[from] crate::ontology::OntologyError),
}

/// The local name of an IRI, or the whole IRI when it ends in `/` or `#`
/// (it serves as a label of last resort).
fn local(iri: &str) -> &str {
    match local_name(iri) {
        "" => iri,
        name => name,
    }
}

/// Whether a user's `kg:issues` / `issues` / full IRI names `iri`.
pub fn term_matches(wanted: &str, iri: &str) -> bool {
    let wanted = wanted.trim().trim_start_matches('<').trim_end_matches('>');
    if wanted == iri {
        return true;
    }
    if let Some((prefix, name)) = wanted.split_once(':') {
        if let Some((_, ns)) = crate::vocab::PREFIXES.iter().find(|(p, _)| *p == prefix) {
            return iri == format!("{ns}{name}");
        }
    }
    local(iri).eq_ignore_ascii_case(wanted)
}
