//! kgraph turns English news and policy text into an RDF knowledge graph.
//!
//! The data path is one straight line, one module per stage:
//!
//! ```text
//! files ─ text::load ─► Document ─ text::segment ─► sentences/tokens
//!       ─ parse (tags, lemmas, dependency trees)
//!       ─ extract (mentions → names → resolve → relations) ─► Extraction
//!       ─ rdf::emit ─► quads ─ store::Store ─► query / export / graph
//!                            ├─ serve (SPARQL protocol, extraction over HTTP)
//!                            └─ eval (score against a gold file)
//! ```
//!
//! [`build`] drives that line for `kg build` and `POST /documents`: the
//! incremental ingest, one named graph per document, skipping texts already
//! stored and replacing changed ones.
//!
//! Every stage left of the store is pure and works on one document at a time,
//! so documents are processed in parallel. The vocabulary that drives
//! extraction (classes, head nouns, trigger words, known individuals) is read
//! from Turtle files by [`ontology`]; Rust holds only the mechanisms.
//!
//! # From text to a queryable graph
//!
//! Read an article, extract its facts with their evidence, put them in an
//! Oxigraph store and ask it a question:
//!
//! ```
//! use kgraph::extract::Extractor;
//! use kgraph::ontology::Ontology;
//! use kgraph::rdf::RdfEmitter;
//! use kgraph::text::Document;
//! use oxigraph::sparql::{QueryResults, SparqlEvaluator};
//! use oxigraph::store::Store;
//!
//! let ontology = Ontology::builtin()?;
//! let article = Document::from_text(
//!     "harbour.txt",
//!     "The Ministry of Transport of Peru issued the Harbour Safety Plan on Monday.",
//! );
//! let extraction = Extractor::new(&ontology).extract(&article);
//! let quads = RdfEmitter::new("https://example.org/kg/")?.quads(&extraction);
//!
//! let store = Store::new()?;
//! store.extend(quads)?;
//! let question = "PREFIX kg: <https://w3id.org/kgraph/ontology#>
//!     PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
//!     SELECT ?issuer WHERE { GRAPH ?g { ?who kg:issues ?plan . ?who rdfs:label ?issuer } }";
//! let QueryResults::Solutions(mut rows) = SparqlEvaluator::new()
//!     .parse_query(question)?
//!     .on_store(&store)
//!     .execute()?
//! else {
//!     unreachable!("a SELECT query gives solutions")
//! };
//! let row = rows.next().expect("one issuer")?;
//! assert_eq!(row.get("issuer").unwrap().to_string(), "\"Ministry of Transport of Peru\"@en");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The types most programs need are at the crate root: [`Document`],
//! [`Ontology`], [`Extractor`] and its [`Extraction`], [`RdfEmitter`], the
//! persistent [`Store`] with [`Builder`] (incremental builds) and
//! [`RdfLoad`] (reading RDF files into it), [`QueryOptions`] and
//! [`ExportOptions`]; each stage's module holds the rest.
//!
//! The `kg` command-line tool (its own crate, `kg/` in the repository) adds
//! exports, drawings and an HTTP server on top of these stages.

// The README's Rust blocks (the library example) are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod atomic_file;
pub mod build;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input_file;
pub mod ontology;
pub mod parse;
pub mod push;
pub mod query;
pub mod rdf;
pub mod serve;
pub mod shard;
pub mod sparql_text;
pub mod store;
pub mod text;
mod threads;

// The types a library user meets first, at the crate root; everything else
// stays in its stage's module.
pub use build::{BuildReport, Builder};
pub use export::ExportOptions;
pub use extract::{Extraction, Extractor};
pub use ontology::Ontology;
pub use query::QueryOptions;
pub use rdf::RdfEmitter;
pub use store::{Access, RdfLoad, Store, StoreError};
pub use text::Document;

/// Namespaces used across the crate.
pub mod vocab {
    /// The default base under which documents, entities and evidence get IRIs.
    pub const DEFAULT_BASE: &str = "https://w3id.org/kgraph/";
    /// The kgraph ontology namespace (classes, properties, lexicon annotations).
    pub const KG: &str = "https://w3id.org/kgraph/ontology#";
    pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
    pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
    pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
    pub const PROV: &str = "http://www.w3.org/ns/prov#";
    pub const SCHEMA: &str = "http://schema.org/";
    pub const DCTERMS: &str = "http://purl.org/dc/terms/";
    pub const WD: &str = "http://www.wikidata.org/entity/";
    pub const VOID: &str = "http://rdfs.org/ns/void#";

    /// `prefix:local` for an IRI under one of [`PREFIXES`] (the longest
    /// namespace that leaves a non-empty local part), when `accept` takes
    /// the local part: each output has its own rule (a SPARQL table wants a
    /// valid prefixed name, JSON-LD only a part that cannot pass for an
    /// absolute IRI, a web page anything).
    ///
    /// ```
    /// use kgraph::vocab::compact_iri;
    /// let iri = "https://w3id.org/kgraph/ontology#Country";
    /// assert_eq!(compact_iri(iri, |_| true).as_deref(), Some("kg:Country"));
    /// assert_eq!(compact_iri("https://example.org/x", |_| true), None);
    /// ```
    pub fn compact_iri(iri: &str, accept: impl Fn(&str) -> bool) -> Option<String> {
        PREFIXES
            .iter()
            .filter_map(|(prefix, namespace)| Some((*prefix, iri.strip_prefix(namespace)?)))
            .filter(|(_, local)| !local.is_empty())
            .min_by_key(|(_, local)| local.len())
            .filter(|(_, local)| accept(local))
            .map(|(prefix, local)| format!("{prefix}:{local}"))
    }

    /// Prefixes predeclared in queries and used when writing Turtle.
    pub const PREFIXES: &[(&str, &str)] = &[
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("owl", OWL),
        ("xsd", XSD),
        ("skos", SKOS),
        ("prov", PROV),
        ("schema", SCHEMA),
        ("dcterms", DCTERMS),
        ("wd", WD),
        ("void", VOID),
        ("kg", KG),
        ("kgr", "https://w3id.org/kgraph/entity/"),
        ("kgd", "https://w3id.org/kgraph/doc/"),
        ("kge", "https://w3id.org/kgraph/evidence/"),
        ("kgg", "https://w3id.org/kgraph/graph/"),
    ];
}
