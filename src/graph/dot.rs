//! Drawing as Graphviz DOT: deterministic order, quoting, label wrapping,
//! and the shape and colour of each class of node.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::{local, Edge, EntityGraph, Node};

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

impl EntityGraph {
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

    pub(super) fn sorted_nodes(&self) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| {
            let (x, y) = (&self.graph[*a], &self.graph[*b]);
            x.label.cmp(&y.label).then_with(|| x.iri.cmp(&y.iri))
        });
        nodes
    }

    pub(super) fn sorted_edges(&self) -> Vec<(NodeIndex, NodeIndex, &Edge)> {
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

/// Shape and colour of a node by the first category its classes reach.
pub(super) struct Look {
    pub(super) category: &'static str,
    pub(super) shape: &'static str,
    pub(super) color: &'static str,
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
    pub(super) fn of(node: &Node) -> Look {
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

    pub(super) fn for_category(category: &str) -> Look {
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
