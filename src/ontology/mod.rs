//! Ontology.
