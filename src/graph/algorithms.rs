//! Exploring the graph: PageRank and shortest relation paths.

use std::collections::{HashMap, VecDeque};

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use super::EntityGraph;

impl EntityGraph {
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
}
