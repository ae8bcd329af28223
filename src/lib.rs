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
//! Every stage left of the store is pure and works on one document at a time,
//! so documents are processed in parallel. The vocabulary that drives
//! extraction (classes, head nouns, trigger words, known individuals) is read
//! from Turtle files by [`ontology`]; Rust holds only the mechanisms.

pub mod atomic_file;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
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
