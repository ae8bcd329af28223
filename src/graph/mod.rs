//! Graph stage: the entities and relations of a store as a petgraph graph,
//! drawn as Graphviz DOT or SVG and explored with paths and rankings.
//!
//! Nodes are entities (anything named by an IRI that takes part in a
//! relation), labelled by `rdfs:label`; edges are triples between two
//! entities. Types, literals, provenance (evidence, mentions, documents) and
//! the stored ontology stay out of the picture.
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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;

use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::ontology::local_name;
use crate::vocab::{KG, OWL, PROV, RDF, RDFS, SKOS};

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
}

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

/// The local name of an IRI, or the whole IRI when it ends in `/` or `#`
/// (it serves as a label of last resort).
fn local(iri: &str) -> &str {
    match local_name(iri) {
        "" => iri,
        name => name,
    }
}

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

    /// Keeps only the nodes in `keep` (and edges between them).
    fn retain_nodes(&self, keep: &HashSet<NodeIndex>, edge_ok: impl Fn(&Edge) -> bool) -> Self {
        let mut out = EntityGraph {
            notes: self.notes.clone(),
            ..EntityGraph::default()
        };
        let mut map = HashMap::new();
        let mut order: Vec<NodeIndex> = keep.iter().copied().collect();
        order.sort_by(|a, b| self.graph[*a].iri.cmp(&self.graph[*b].iri));
        for i in order {
            let j = out.graph.add_node(self.graph[i].clone());
            out.by_iri.insert(self.graph[i].iri.clone(), j);
            map.insert(i, j);
        }
        let mut edges: Vec<EdgeIndex> = self
            .graph
            .edge_indices()
            .filter(|&e| {
                let (a, b) = self.graph.edge_endpoints(e).expect("edge exists");
                keep.contains(&a) && keep.contains(&b) && edge_ok(&self.graph[e])
            })
            .collect();
        edges.sort_by_key(|e| e.index());
        for e in edges {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge exists");
            out.graph.add_edge(map[&a], map[&b], self.graph[e].clone());
        }
        out
    }

    /// Applies the selection options of `kg dot`.
    pub fn select(&self, selection: &Selection) -> Self {
        let predicate_ok = |e: &Edge| {
            selection.predicates.is_empty()
                || selection
                    .predicates
                    .iter()
                    .any(|p| term_matches(p, &e.predicate))
        };
        let class_ok = |n: &Node| {
            selection.classes.is_empty()
                || n.classes
                    .iter()
                    .any(|c| selection.classes.iter().any(|w| term_matches(w, c)))
        };
        let mut keep: HashSet<NodeIndex> = HashSet::new();
        match selection.focus {
            Some(focus) => {
                // Breadth-first over relations in both directions.
                let mut queue = VecDeque::from([(focus, 0usize)]);
                keep.insert(focus);
                while let Some((n, d)) = queue.pop_front() {
                    if d == selection.depth {
                        continue;
                    }
                    for e in self
                        .graph
                        .edges_directed(n, Direction::Outgoing)
                        .chain(self.graph.edges_directed(n, Direction::Incoming))
                    {
                        if !predicate_ok(e.weight()) {
                            continue;
                        }
                        let other = if e.source() == n {
                            e.target()
                        } else {
                            e.source()
                        };
                        if class_ok(&self.graph[other]) && keep.insert(other) {
                            queue.push_back((other, d + 1));
                        }
                    }
                }
            }
            None => {
                for e in self.graph.edge_references() {
                    if predicate_ok(e.weight())
                        && class_ok(&self.graph[e.source()])
                        && class_ok(&self.graph[e.target()])
                    {
                        keep.insert(e.source());
                        keep.insert(e.target());
                    }
                }
            }
        }
        let mut out = self.retain_nodes(&keep, predicate_ok);
        if let Some(max) = selection.max_nodes {
            if out.graph.node_count() > max {
                let mut ranked: Vec<NodeIndex> = out.graph.node_indices().collect();
                let focus_iri = selection.focus.map(|f| self.graph[f].iri.clone());
                ranked.sort_by(|&a, &b| {
                    let fa = Some(&out.graph[a].iri) == focus_iri.as_ref();
                    let fb = Some(&out.graph[b].iri) == focus_iri.as_ref();
                    fb.cmp(&fa)
                        .then_with(|| out.degree(b).cmp(&out.degree(a)))
                        .then_with(|| out.graph[a].iri.cmp(&out.graph[b].iri))
                });
                let kept: HashSet<NodeIndex> = ranked.into_iter().take(max).collect();
                let before = (out.graph.node_count(), out.graph.edge_count());
                let mut cut = out.retain_nodes(&kept, |_| true);
                cut.notes.push(format!(
                    "--max-nodes {max}: kept the {max} best-connected of {} nodes; {} nodes and {} edges left out",
                    before.0,
                    before.0 - cut.graph.node_count(),
                    before.1 - cut.graph.edge_count()
                ));
                out = cut;
            }
        }
        out
    }

    /// PageRank (damping 0.85) of every node, with its degree, best first.
    pub fn rank(&self) -> Vec<(NodeIndex, f64, usize)> {
        let scores = petgraph::algo::page_rank(&self.graph, 0.85_f64, 50);
        let mut out: Vec<(NodeIndex, f64, usize)> = self
            .graph
            .node_indices()
            .map(|i| (i, scores[i.index()], self.degree(i)))
            .collect();
        out.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| b.2.cmp(&a.2))
                .then_with(|| self.graph[a.0].label.cmp(&self.graph[b.0].label))
        });
        out
    }

    /// Up to `max` shortest paths from `from` to `to`, following relations
    /// in either direction; each path is a list of edges.
    pub fn shortest_paths(
        &self,
        from: NodeIndex,
        to: NodeIndex,
        max: usize,
    ) -> Vec<Vec<EdgeIndex>> {
        // Breadth-first distances, then every shortest path by walking back.
        let mut distance: HashMap<NodeIndex, usize> = HashMap::from([(from, 0)]);
        let mut queue = VecDeque::from([from]);
        while let Some(n) = queue.pop_front() {
            if n == to {
                break;
            }
            for (_, other) in self.incident(n) {
                if !distance.contains_key(&other) {
                    distance.insert(other, distance[&n] + 1);
                    queue.push_back(other);
                }
            }
        }
        let Some(&length) = distance.get(&to) else {
            return Vec::new();
        };
        let mut paths = Vec::new();
        let mut stack: Vec<(NodeIndex, Vec<EdgeIndex>)> = vec![(to, Vec::new())];
        while let Some((n, path)) = stack.pop() {
            if paths.len() >= max {
                break;
            }
            if n == from {
                let mut p = path.clone();
                p.reverse();
                paths.push(p);
                continue;
            }
            let d = length - path.len();
            let mut steps: Vec<(EdgeIndex, NodeIndex)> = self
                .incident(n)
                .filter(|(_, other)| distance.get(other) == Some(&(d - 1)))
                .collect();
            steps.sort_by(|a, b| {
                self.graph[b.1]
                    .label
                    .cmp(&self.graph[a.1].label)
                    .then(b.0.cmp(&a.0))
            });
            for (e, other) in steps {
                let mut p = path.clone();
                p.push(e);
                stack.push((other, p));
            }
        }
        paths
    }

    fn incident(&self, n: NodeIndex) -> impl Iterator<Item = (EdgeIndex, NodeIndex)> + '_ {
        self.graph
            .edges_directed(n, Direction::Outgoing)
            .map(|e| (e.id(), e.target()))
            .chain(
                self.graph
                    .edges_directed(n, Direction::Incoming)
                    .map(|e| (e.id(), e.source())),
            )
    }

    /// Graphviz DOT, deterministic: nodes sorted by label and IRI, edges by
    /// their ends and predicate.
    pub fn to_dot(&self, style: &DotStyle) -> String {
        let mut out = String::new();
        out.push_str(
            "// Drawn by kg (https://w3id.org/kgraph). Nodes: entities; edges: relations.\n",
        );
        for note in &self.notes {
            let _ = writeln!(out, "// {}", note.replace(['\n', '\r'], " "));
        }
        out.push_str("digraph kg {\n");
        out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, overlap=false, splines=true];\n");
        out.push_str(
            "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", penwidth=1];\n",
        );
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n");
        let nodes = self.sorted_nodes();
        let ids: HashMap<NodeIndex, usize> =
            nodes.iter().enumerate().map(|(k, &i)| (i, k)).collect();
        let mut used = BTreeSet::new();
        for (k, &i) in nodes.iter().enumerate() {
            let node = &self.graph[i];
            let look = Look::of(node);
            used.insert(look.category);
            let _ = writeln!(
                out,
                "  n{k} [label={}, shape={}, fillcolor=\"{}\", tooltip={}];",
                quote_lines(&wrap(&node.label, style.wrap_width)),
                look.shape,
                look.color,
                quote(&node.iri)
            );
        }
        for (a, b, edge) in self.sorted_edges() {
            let _ = writeln!(
                out,
                "  n{} -> n{} [label={}];",
                ids[&a],
                ids[&b],
                quote(&edge.label)
            );
        }
        if style.legend && !used.is_empty() {
            out.push_str("  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=10; color=\"#bbbbbb\";\n");
            for (k, category) in used.iter().enumerate() {
                let look = Look::for_category(category);
                let _ = writeln!(
                    out,
                    "    legend{k} [label={}, shape={}, fillcolor=\"{}\"];",
                    quote(category),
                    look.shape,
                    look.color
                );
            }
            for k in 1..used.len() {
                let _ = writeln!(out, "    legend{} -> legend{k} [style=invis];", k - 1);
            }
            out.push_str("  }\n");
        }
        out.push_str("}\n");
        out
    }

    fn sorted_nodes(&self) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| {
            let (x, y) = (&self.graph[*a], &self.graph[*b]);
            x.label.cmp(&y.label).then_with(|| x.iri.cmp(&y.iri))
        });
        nodes
    }

    fn sorted_edges(&self) -> Vec<(NodeIndex, NodeIndex, &Edge)> {
        let mut edges: Vec<(NodeIndex, NodeIndex, &Edge)> = self
            .graph
            .edge_references()
            .map(|e| (e.source(), e.target(), e.weight()))
            .collect();
        edges.sort_by(|a, b| {
            let key = |e: &(NodeIndex, NodeIndex, &Edge)| {
                (
                    self.graph[e.0].label.clone(),
                    self.graph[e.0].iri.clone(),
                    self.graph[e.1].label.clone(),
                    self.graph[e.1].iri.clone(),
                    e.2.predicate.clone(),
                )
            };
            key(a).cmp(&key(b))
        });
        edges.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1 && a.2.predicate == b.2.predicate);
        edges
    }

    /// SVG through the pure-Rust layout of `layout-rs` (no Graphviz needed).
    #[cfg(feature = "svg")]
    pub fn to_svg(&self, style: &DotStyle) -> Result<String, GraphError> {
        use layout::backends::svg::SVGWriter;
        use layout::core::base::Orientation;
        use layout::core::color::Color;
        use layout::core::geometry::Point;
        use layout::core::style::StyleAttr;
        use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
        use layout::topo::layout::VisualGraph;

        let nodes = self.sorted_nodes();
        let edges = self.sorted_edges();
        let render = || {
            let mut visual = VisualGraph::new(Orientation::LeftToRight);
            let mut handles = HashMap::new();
            for &i in &nodes {
                let node = &self.graph[i];
                let look = Look::of(node);
                let label = wrap(&node.label, style.wrap_width).join("\n");
                let lines: Vec<&str> = label.lines().collect();
                let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64;
                let size = Point::new(width * 7.5 + 20.0, lines.len() as f64 * 16.0 + 16.0);
                let fill = Color::from_name(look.color).unwrap_or_else(|| Color::fast("white"));
                let shape = if look.shape == "ellipse" {
                    ShapeKind::new_circle(&label)
                } else {
                    ShapeKind::new_box(&label)
                };
                let attr = StyleAttr::new(Color::fast("black"), 1, Some(fill), 4, 12);
                let element = Element::create(shape, attr, Orientation::LeftToRight, size);
                handles.insert(i, visual.add_node(element));
            }
            for (a, b, edge) in &edges {
                visual.add_edge(
                    Arrow::simple(&svg_safe(&edge.label)),
                    handles[a],
                    handles[b],
                );
            }
            let mut writer = SVGWriter::new();
            if visual.num_nodes() > 0 {
                visual.do_it(false, false, false, &mut writer);
            }
            writer.finalize()
        };
        let mut categories: Vec<&'static str> = nodes
            .iter()
            .map(|&i| Look::of(&self.graph[i]).category)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut edge_kinds: Vec<&str> = edges
            .iter()
            .map(|(_, _, e)| e.label.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if !style.legend {
            categories.clear();
            edge_kinds.clear();
        }
        // The layout crate is young; a panic inside it must not take kg down.
        let svg = std::panic::catch_unwind(render).map_err(|_| GraphError::Layout)?;
        Ok(svg_frame(&svg, &categories, &edge_kinds))
    }
}

/// Margin around the drawing, in SVG units.
#[cfg(feature = "svg")]
const SVG_MARGIN: f64 = 12.0;
/// Height of one legend row.
#[cfg(feature = "svg")]
const LEGEND_ROW: f64 = 22.0;

/// The layout's SVG with a viewBox that bounds what is drawn (the layout
/// crate sizes its canvas generously, which left a large blank area) and a
/// legend to the right: each node class's shape and colour, then each edge
/// kind, as the Graphviz output has.
#[cfg(feature = "svg")]
fn svg_frame(svg: &str, categories: &[&str], edge_kinds: &[&str]) -> String {
    let Some(open) = svg.find("<svg") else {
        return svg.to_owned();
    };
    let Some(open_end) = svg[open..].find('>').map(|e| open + e + 1) else {
        return svg.to_owned();
    };
    let close = svg.rfind("</svg>").unwrap_or(svg.len());
    let bounds = drawn_bounds(&svg[open_end..close]);
    let (min_x, min_y, max_x, max_y) = bounds.unwrap_or((0.0, 0.0, 0.0, 0.0));
    let mut legend = String::new();
    let left = if bounds.is_some() {
        max_x + 3.0 * SVG_MARGIN
    } else {
        0.0
    };
    let mut y = min_y;
    let mut widest: usize = 6;
    if !categories.is_empty() || !edge_kinds.is_empty() {
        legend.push_str("<g id=\"legend\">\n");
        let _ = writeln!(
            legend,
            "<text x=\"{left}\" y=\"{}\" class=\"a12\" font-weight=\"bold\">Legend</text>",
            y + 12.0
        );
        y += LEGEND_ROW;
        for category in categories {
            let look = Look::for_category(category);
            let shape = if look.shape == "ellipse" {
                format!(
                    "<ellipse cx=\"{}\" cy=\"{}\" rx=\"15\" ry=\"8\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"1\"/>",
                    left + 15.0,
                    y + 8.0,
                    look.color
                )
            } else {
                format!(
                    "<rect x=\"{left}\" y=\"{y}\" width=\"30\" height=\"16\" rx=\"3\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"1\"/>",
                    look.color
                )
            };
            let _ = writeln!(
                legend,
                "{shape}<text x=\"{}\" y=\"{}\" class=\"a12\" dominant-baseline=\"middle\">{}</text>",
                left + 40.0,
                y + 8.0,
                xml_escape(category)
            );
            widest = widest.max(category.chars().count());
            y += LEGEND_ROW;
        }
        for kind in edge_kinds {
            let _ = writeln!(
                legend,
                "<path d=\"M {left} {mid} L {end} {mid}\" stroke=\"#000000\" stroke-width=\"2\" marker-end=\"url(#endarrow)\" fill=\"transparent\"/><text x=\"{}\" y=\"{mid}\" class=\"a12\" dominant-baseline=\"middle\">{}</text>",
                left + 40.0,
                xml_escape(kind),
                mid = y + 8.0,
                end = left + 30.0,
            );
            widest = widest.max(kind.chars().count());
            y += LEGEND_ROW;
        }
        legend.push_str("</g>\n");
    }
    let right = if legend.is_empty() {
        max_x
    } else {
        left + 40.0 + widest as f64 * 7.0
    };
    let (x0, y0) = (min_x - SVG_MARGIN, min_y - SVG_MARGIN);
    let width = right - min_x + 2.0 * SVG_MARGIN;
    let height = max_y.max(y) - min_y + 2.0 * SVG_MARGIN;
    let mut out = String::with_capacity(svg.len() + legend.len() + 200);
    out.push_str(&svg[..open]);
    let _ = write!(
        out,
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"{x0} {y0} {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    out.push_str(&svg[open_end..close]);
    out.push_str(&legend);
    out.push_str(&svg[close..]);
    out
}

/// The smallest box (min x, min y, max x, max y) around the shapes, texts
/// and edge paths of the layout's SVG body.
#[cfg(feature = "svg")]
fn drawn_bounds(body: &str) -> Option<(f64, f64, f64, f64)> {
    let mut bounds: Option<(f64, f64, f64, f64)> = None;
    let mut add = |x: f64, y: f64| {
        if !(x.is_finite() && y.is_finite()) {
            return;
        }
        let b = bounds.get_or_insert((x, y, x, y));
        *b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    };
    let attr = |tag: &str, name: &str| -> Option<f64> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = start + tag[start..].find('"')?;
        tag[start..end].trim().parse().ok()
    };
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        if tag.starts_with("<rect") {
            if let (Some(x), Some(y), Some(w), Some(h)) = (
                attr(tag, "x"),
                attr(tag, "y"),
                attr(tag, "width"),
                attr(tag, "height"),
            ) {
                add(x, y);
                add(x + w, y + h);
            }
        } else if tag.starts_with("<ellipse") {
            if let (Some(cx), Some(cy), Some(rx), Some(ry)) = (
                attr(tag, "cx"),
                attr(tag, "cy"),
                attr(tag, "rx"),
                attr(tag, "ry"),
            ) {
                add(cx - rx, cy - ry);
                add(cx + rx, cy + ry);
            }
        } else if tag.starts_with("<path") {
            if let Some(d_start) = tag.find(" d=\"").map(|k| k + 4) {
                let d_end = d_start + tag[d_start..].find('"').unwrap_or(0);
                let numbers: Vec<f64> = tag[d_start..d_end]
                    .split(|c: char| c.is_whitespace() || c == ',' || c.is_ascii_alphabetic())
                    .filter_map(|n| n.parse().ok())
                    .collect();
                for pair in numbers.chunks_exact(2) {
                    add(pair[0], pair[1]);
                }
            }
        }
        rest = &rest[end..];
    }
    bounds
}

/// Text for SVG element content and attributes.
#[cfg(feature = "svg")]
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Errors of the graph stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    #[error("the pure-Rust layout failed on this graph; install Graphviz (`dot`) or draw fewer nodes with --max-nodes")]
    Layout,
}

/// What to draw.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub focus: Option<NodeIndex>,
    pub depth: usize,
    /// Local names, prefixed names or IRIs of properties to keep.
    pub predicates: Vec<String>,
    /// Local names, prefixed names or IRIs of classes to keep.
    pub classes: Vec<String>,
    pub max_nodes: Option<usize>,
}

/// How to draw.
#[derive(Debug, Clone)]
pub struct DotStyle {
    /// Wrap labels at about this many characters.
    pub wrap_width: usize,
    pub legend: bool,
}

impl Default for DotStyle {
    fn default() -> Self {
        DotStyle {
            wrap_width: 28,
            legend: true,
        }
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

/// A DOT double-quoted string: quotes and backslashes escaped, line breaks
/// as `\n`, other control characters dropped.
pub fn quote(text: &str) -> String {
    quote_lines(&[text.to_owned()])
}

/// Several lines as one DOT string, joined by `\n` line breaks.
pub fn quote_lines(lines: &[String]) -> String {
    let mut out = String::from("\"");
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            out.push_str("\\n");
        }
        for c in line.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
    }
    out.push('"');
    out
}

/// Wraps a label into lines of about `width` characters; long labels are
/// shortened with "…".
pub fn wrap(label: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut total = 0;
    for word in label.split(|c: char| c.is_whitespace() || c.is_control()) {
        if word.is_empty() {
            continue;
        }
        let word: String = word.chars().take(width * 2).collect();
        total += word.chars().count() + 1;
        if total > width * 4 {
            line.push('…');
            break;
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    lines.push(line);
    lines
}

#[cfg(feature = "svg")]
fn svg_safe(text: &str) -> String {
    text.chars().filter(|&c| !c.is_control()).collect()
}

/// Shape and colour of a node by the first category its classes reach.
struct Look {
    category: &'static str,
    shape: &'static str,
    color: &'static str,
}

const CATEGORIES: &[(&str, &str, &str)] = &[
    ("GovernmentBody", "box", "#9ecae1"),
    ("InternationalOrganization", "box", "#c6dbef"),
    ("Organization", "box", "#deebf7"),
    ("Person", "ellipse", "#fdd0a2"),
    ("CountryGroup", "hexagon", "#c7e9c0"),
    ("Group", "hexagon", "#c7e9c0"),
    ("Country", "ellipse", "#a1d99b"),
    ("Place", "ellipse", "#e5f5e0"),
    ("Document", "note", "#fee391"),
    ("Initiative", "diamond", "#fcbba1"),
    ("Goal", "box", "#f2f0f7"),
    ("Position", "box", "#efedf5"),
    ("Event", "octagon", "#fde0ef"),
];

impl Look {
    fn of(node: &Node) -> Look {
        for (category, shape, color) in CATEGORIES {
            if node.classes.iter().any(|c| local(c) == *category) {
                return Look {
                    category,
                    shape,
                    color,
                };
            }
        }
        Look {
            category: "Other",
            shape: "box",
            color: "#ffffff",
        }
    }

    fn for_category(category: &str) -> Look {
        CATEGORIES
            .iter()
            .find(|(c, _, _)| *c == category)
            .map(|(category, shape, color)| Look {
                category,
                shape,
                color,
            })
            .unwrap_or(Look {
                category: "Other",
                shape: "box",
                color: "#ffffff",
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_dot_cares_about() {
        assert_eq!(quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quote("line\nbreak\u{7}"), "\"line\\nbreak\"");
        assert_eq!(quote("<中国>"), "\"<中国>\"");
    }

    #[test]
    fn wrapping_breaks_long_labels_and_keeps_backslashes_literal() {
        let w = wrap(
            "promote an open, secure, stable, accessible and peaceful cyberspace",
            20,
        );
        assert!(w.len() > 1, "{w:?}");
        assert!(quote_lines(&w).contains("\\n"), "{w:?}");
        assert_eq!(quote_lines(&wrap(r"C:\new", 20)), r#""C:\\new""#);
    }
}
