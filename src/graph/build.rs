//! Building the entity graph from quads: which nodes are entities, which
//! triples are relations, labels and the most specific class; finding an
//! entity by name; the evidence quotes of each relation.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use petgraph::graph::NodeIndex;
use petgraph::Direction;

use super::{local, Edge, EntityGraph, Node};
use crate::vocab::{KG, OWL, PROV, RDF, RDFS, SKOS};

/// Predicates that describe or record rather than relate.
const NOT_RELATIONS: &[&str] = &[
    "type",
    "subject",
    "predicate",
    "object",
    "wasDerivedFrom",
    "mentionOf",
    "inDocument",
    "attributedTo",
    "sameAs",
    "subClassOf",
    "subPropertyOf",
    "domain",
    "range",
    "equivalentClass",
    "unionOf",
    "first",
    "rest",
];

/// Classes of nodes that are bookkeeping, not entities.
const NOT_ENTITIES: &[&str] = &[
    "Evidence",
    "Mention",
    "SourceDocument",
    "Statement",
    "Class",
    "ObjectProperty",
    "DatatypeProperty",
    "AnnotationProperty",
    "Ontology",
];

fn is_bookkeeping_predicate(iri: &str) -> bool {
    let ns_ok = [RDF, RDFS, OWL, PROV, KG, SKOS]
        .iter()
        .any(|ns| iri.starts_with(ns));
    ns_ok && NOT_RELATIONS.contains(&local(iri))
}

impl EntityGraph {
    /// Builds the graph from quads (graph names are ignored).
    pub fn from_quads(quads: &[Quad]) -> Self {
        let label_p = format!("{RDFS}label");
        let alt_p = format!("{SKOS}altLabel");
        let type_p = format!("{RDF}type");
        let sub_p = format!("{RDFS}subClassOf");
        let mut labels: HashMap<&str, &str> = HashMap::new();
        let mut aliases: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut types: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut supers: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut property_labels: HashMap<&str, &str> = HashMap::new();
        let mut candidates: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
        for quad in quads {
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let (s, p) = (subject.as_str(), quad.predicate.as_str());
            match &quad.object {
                Term::Literal(l) if p == label_p => {
                    // Prefer an English or plain label, first by order.
                    let keep = match labels.get(s) {
                        None => true,
                        Some(old) => l.value() < *old && l.language().is_none_or(|t| t == "en"),
                    };
                    if keep && l.language().is_none_or(|t| t == "en") || !labels.contains_key(s) {
                        labels.insert(s, l.value());
                    }
                    property_labels.entry(s).or_insert(l.value());
                }
                Term::Literal(l) if p == alt_p => {
                    aliases.entry(s).or_default().insert(l.value());
                }
                Term::NamedNode(o) if p == type_p => {
                    types.entry(s).or_default().insert(o.as_str());
                }
                Term::NamedNode(o) if p == sub_p => {
                    supers.entry(s).or_default().insert(o.as_str());
                }
                Term::NamedNode(o) if !is_bookkeeping_predicate(p) => {
                    candidates.insert((s, p, o.as_str()));
                }
                _ => {}
            }
        }
        let is_entity = |iri: &str| {
            !types
                .get(iri)
                .is_some_and(|t| t.iter().any(|c| NOT_ENTITIES.contains(&local(c))))
        };
        let depth = |class: &str| {
            // Longest chain of superclasses: the deepest class is the most specific.
            let mut best = 0;
            let mut frontier = vec![(class, 0usize)];
            let mut seen = HashSet::new();
            while let Some((c, d)) = frontier.pop() {
                best = best.max(d);
                if d > 32 || !seen.insert((c, d)) {
                    continue;
                }
                for s in supers.get(c).into_iter().flatten() {
                    frontier.push((s, d + 1));
                }
            }
            best
        };
        let mut me = EntityGraph::default();
        for (s, p, o) in candidates {
            if s == o || !is_entity(s) || !is_entity(o) {
                continue;
            }
            let mut node = |iri: &str| -> NodeIndex {
                if let Some(&i) = me.by_iri.get(iri) {
                    return i;
                }
                let classes: BTreeSet<String> = types
                    .get(iri)
                    .map(|t| t.iter().map(|c| c.to_string()).collect())
                    .unwrap_or_default();
                let class = classes
                    .iter()
                    .max_by(|a, b| depth(a).cmp(&depth(b)).then_with(|| b.cmp(a)))
                    .cloned();
                let i = me.graph.add_node(Node {
                    iri: iri.to_owned(),
                    label: labels
                        .get(iri)
                        .map_or_else(|| local(iri).to_owned(), |l| l.to_string()),
                    aliases: aliases
                        .get(iri)
                        .map(|a| a.iter().map(|x| x.to_string()).collect())
                        .unwrap_or_default(),
                    classes,
                    class,
                });
                me.by_iri.insert(iri.to_owned(), i);
                i
            };
            let (a, b) = (node(s), node(o));
            let label = property_labels
                .get(p)
                .map_or_else(|| local(p).to_owned(), |l| l.to_string());
            me.graph.add_edge(
                a,
                b,
                Edge {
                    predicate: p.to_owned(),
                    label,
                },
            );
        }
        me
    }

    /// The node with this IRI, label, alias or acronym (case-insensitive;
    /// an acronym is the initials of a label's capitalised words, "EPA" for
    /// "Environmental Protection Agency"); among several, the best connected.
    pub fn find(&self, name: &str) -> Option<NodeIndex> {
        let name = name.trim().trim_start_matches('<').trim_end_matches('>');
        if let Some(&i) = self.by_iri.get(name) {
            return Some(i);
        }
        let wanted = name.to_lowercase();
        let by = |f: &dyn Fn(&Node) -> bool| {
            self.graph
                .node_indices()
                .filter(|&i| f(&self.graph[i]))
                .max_by_key(|&i| (self.degree(i), std::cmp::Reverse(self.graph[i].iri.clone())))
        };
        by(&|n| n.label.to_lowercase() == wanted)
            .or_else(|| by(&|n| n.aliases.iter().any(|a| a.to_lowercase() == wanted)))
            .or_else(|| by(&|n| is_acronym_of(name, &n.label)))
    }

    /// Up to five labels to suggest when [`find`](Self::find) fails, best
    /// first: labels or aliases within a few edits of `name` (a misspelling),
    /// then labels holding `name`'s words as whole words ("Gamma" for
    /// "Gamma Office"). Letters that merely occur inside a word do not count:
    /// "EPA" does not suggest "Department of Agriculture".
    pub fn suggestions(&self, name: &str) -> Vec<String> {
        let name = name.trim();
        let most_edits = (name.chars().count() / 3).max(1);
        let wanted_words: Vec<String> = words_of(name).collect();
        let mut ranked: Vec<(usize, usize, &str)> = Vec::new();
        for node in self.graph.node_weights() {
            let closest = std::iter::once(&node.label)
                .chain(&node.aliases)
                .map(|written| crate::sparql_text::edit_distance(name, written))
                .min()
                .unwrap_or(usize::MAX);
            if closest <= most_edits {
                ranked.push((0, closest, &node.label));
                continue;
            }
            let label_words: Vec<String> = words_of(&node.label).collect();
            let holds_words = !wanted_words.is_empty()
                && label_words
                    .windows(wanted_words.len())
                    .any(|w| w == wanted_words.as_slice());
            if holds_words {
                ranked.push((1, 0, &node.label));
            }
        }
        ranked.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, label) in ranked {
            if !out.iter().any(|l| l == label) {
                out.push(label.to_owned());
            }
            if out.len() == 5 {
                break;
            }
        }
        out
    }

    /// Edges in and out.
    pub fn degree(&self, node: NodeIndex) -> usize {
        self.graph.edges_directed(node, Direction::Outgoing).count()
            + self.graph.edges_directed(node, Direction::Incoming).count()
    }
}

/// Sentences that support a relation, from the evidence nodes in `quads`:
/// (subject, predicate, object) → quotes, sorted.
pub fn evidence_quotes(quads: &[Quad]) -> BTreeMap<(String, String, String), Vec<String>> {
    let (subject_p, predicate_p, object_p, quote_p) = (
        format!("{RDF}subject"),
        format!("{RDF}predicate"),
        format!("{RDF}object"),
        format!("{KG}quote"),
    );
    let mut parts: HashMap<String, [Option<String>; 4]> = HashMap::new();
    for quad in quads {
        let slot = match quad.predicate.as_str() {
            p if p == subject_p => 0,
            p if p == predicate_p => 1,
            p if p == object_p => 2,
            p if p == quote_p => 3,
            _ => continue,
        };
        let value = match &quad.object {
            Term::NamedNode(n) => n.as_str().to_owned(),
            Term::Literal(l) => l.value().to_owned(),
            _ => continue,
        };
        parts.entry(quad.subject.to_string()).or_default()[slot] = Some(value);
    }
    let mut out: BTreeMap<(String, String, String), Vec<String>> = BTreeMap::new();
    for [s, p, o, q] in parts.into_values() {
        if let (Some(s), Some(p), Some(o), Some(q)) = (s, p, o, q) {
            out.entry((s, p, o)).or_default().push(q);
        }
    }
    for quotes in out.values_mut() {
        quotes.sort();
        quotes.dedup();
    }
    out
}

/// The lowercase words of a name, split at anything but letters and digits.
fn words_of(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether `acronym` (two letters or more) is the initials of the
/// capitalised words of `label`, ignoring case and dots ("E.P.A.").
fn is_acronym_of(acronym: &str, label: &str) -> bool {
    let letters: String = acronym.chars().filter(|c| *c != '.').collect();
    if letters.chars().count() < 2 || !letters.chars().all(char::is_alphabetic) {
        return false;
    }
    let initials: String = label
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials.chars().count() >= 2 && initials.to_lowercase() == letters.to_lowercase()
}
