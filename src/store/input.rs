//! Reading RDF documents into quads for the store: parallel parsing of
//! large line-based documents, and blank nodes kept apart per document.

use std::collections::HashMap;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{BlankNode, GraphName, NamedOrBlankNode, Quad, Term};
use rayon::prelude::*;

/// Parses a whole RDF document into quads, on all cores for large N-Triples
/// and N-Quads (the formats that split at line ends). When a part fails, the
/// document is parsed again in one piece so the error carries its true line
/// and column.
///
/// Parts are parsed apart, so `parser` must keep blank node labels as
/// written (no `rename_blank_nodes`): a label shared by two parts then stays
/// one node. To keep a document's blank nodes apart from other documents',
/// call [`rename_blank_nodes`] on the result.
///
/// ```
/// use kgraph::store::parse_quads;
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "<http://example.com/s> <http://example.com/p> \"o\" .\n";
/// let quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// assert_eq!(quads.len(), 1);
/// ```
pub fn parse_quads(
    parser: RdfParser,
    bytes: &[u8],
) -> Result<Vec<Quad>, oxigraph::io::RdfSyntaxError> {
    const PARALLEL_FROM: usize = 1 << 20;
    let splittable = matches!(parser.format(), RdfFormat::NTriples | RdfFormat::NQuads);
    let threads = rayon::current_num_threads();
    if splittable && threads > 1 && bytes.len() >= PARALLEL_FROM {
        let parts = parser
            .clone()
            .split_slice_for_parallel_parsing(bytes, threads);
        let parsed: Result<Vec<Vec<Quad>>, _> = parts
            .into_par_iter()
            .map(|part| part.collect::<Result<Vec<_>, _>>())
            .collect();
        if let Ok(parsed) = parsed {
            return Ok(parsed.into_iter().flatten().collect());
        }
    }
    parser.for_slice(bytes).collect()
}

/// Gives every blank node of `quads` a new random label, the same for every
/// use of one label, so blank nodes of different documents never merge.
///
/// ```
/// use kgraph::store::{parse_quads, rename_blank_nodes};
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "_:a <http://example.com/p> _:a .\n";
/// let mut quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// rename_blank_nodes(&mut quads);
/// assert_ne!(quads[0].subject.to_string(), "_:a");
/// assert_eq!(quads[0].subject.to_string(), quads[0].object.to_string());
/// ```
pub fn rename_blank_nodes(quads: &mut [Quad]) {
    let mut renamed: HashMap<BlankNode, BlankNode> = HashMap::new();
    let mut rename = |node: &mut BlankNode| {
        *node = renamed.entry(node.clone()).or_default().clone();
    };
    for quad in quads {
        if let NamedOrBlankNode::BlankNode(b) = &mut quad.subject {
            rename(b);
        }
        if let Term::BlankNode(b) = &mut quad.object {
            rename(b);
        }
        if let GraphName::BlankNode(b) = &mut quad.graph_name {
            rename(b);
        }
    }
}
