//! Selecting what to draw: a neighbourhood of a focus entity, some
//! properties or classes, and at most so many nodes (the best connected).

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use super::{term_matches, Edge, EntityGraph, Node};

/// What to draw.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Selection {
    pub focus: Option<NodeIndex>,
    pub depth: usize,
    /// Local names, prefixed names or IRIs of properties to keep.
    pub predicates: Vec<String>,
    /// Local names, prefixed names or IRIs of classes to keep.
    pub classes: Vec<String>,
    pub max_nodes: Option<usize>,
}

impl Selection {
    /// Everything: no focus, no filter, no node limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// The entities within `depth` relations of `focus`, either direction.
    #[must_use]
    pub fn around(mut self, focus: NodeIndex, depth: usize) -> Self {
        self.focus = Some(focus);
        self.depth = depth;
        self
    }

    /// Only relations by these properties (local names, prefixed names or
    /// IRIs); none means all.
    #[must_use]
    pub fn with_predicates(mut self, predicates: Vec<String>) -> Self {
        self.predicates = predicates;
        self
    }

    /// Only entities of these classes (local names, prefixed names or
    /// IRIs); none means all.
    #[must_use]
    pub fn with_classes(mut self, classes: Vec<String>) -> Self {
        self.classes = classes;
        self
    }

    /// At most `max` nodes, the best connected (the focus first).
    #[must_use]
    pub fn with_max_nodes(mut self, max: Option<usize>) -> Self {
        self.max_nodes = max;
        self
    }
}

/// What a node limit left out of a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct NodeCut {
    /// The limit: the number of nodes kept.
    pub limit: usize,
    /// Nodes before the cut.
    pub nodes: usize,
    pub nodes_left_out: usize,
    pub edges_left_out: usize,
}

impl std::fmt::Display for NodeCut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "kept the {} best-connected of {} nodes; {} nodes and {} edges left out",
            self.limit, self.nodes, self.nodes_left_out, self.edges_left_out
        )
    }
}

impl EntityGraph {
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

    /// The part of the graph a [`Selection`] asks for.
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
                cut.cut = Some(NodeCut {
                    limit: max,
                    nodes: before.0,
                    nodes_left_out: before.0 - cut.graph.node_count(),
                    edges_left_out: before.1 - cut.graph.edge_count(),
                });
                out = cut;
            }
        }
        out
    }
}
