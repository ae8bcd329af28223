//! RDF stage.
