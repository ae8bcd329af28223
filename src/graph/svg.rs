//! Drawing as SVG, by one of two renderers: Graphviz's `dot` program when
//! it is installed (best layout, any size), or the pure-Rust layout of the
//! `layout-rs` crate (cargo feature `svg`, no program needed; slow above a
//! few hundred nodes, see [`SvgRenderer::node_limit`]).

use std::io::Write as _;
use std::process::{Command, Stdio};

use super::{DotStyle, EntityGraph, GraphError};

/// Which program draws SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SvgRenderer {
    /// Graphviz's `dot -Tsvg`, run as a subprocess.
    Graphviz,
    /// The pure-Rust layout (cargo feature `svg`).
    PureRust,
}

impl SvgRenderer {
    /// Graphviz when its `dot` runs here, else the pure-Rust layout.
    pub fn detect() -> Self {
        if graphviz_available() {
            SvgRenderer::Graphviz
        } else {
            SvgRenderer::PureRust
        }
    }

    /// The most nodes this renderer draws in reasonable time, if it has a
    /// limit: the pure-Rust layout gets slow above about 300 (see
    /// BENCHMARKS.md).
    pub fn node_limit(self) -> Option<usize> {
        match self {
            SvgRenderer::Graphviz => None,
            SvgRenderer::PureRust => Some(300),
        }
    }
}

/// Whether Graphviz's `dot` program runs.
pub fn graphviz_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl EntityGraph {
    /// SVG by `renderer`.
    pub fn to_svg_with(
        &self,
        style: &DotStyle,
        renderer: SvgRenderer,
    ) -> Result<String, GraphError> {
        match renderer {
            SvgRenderer::Graphviz => graphviz_svg(&self.to_dot(style)),
            #[cfg(feature = "svg")]
            SvgRenderer::PureRust => self.to_svg(style),
            #[cfg(not(feature = "svg"))]
            SvgRenderer::PureRust => Err(GraphError::NoSvgRenderer),
        }
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
        use std::collections::{BTreeSet, HashMap};

        use super::dot::Look;
        use super::wrap;

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
                    Arrow::simple(&pure_rust::svg_safe(&edge.label)),
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
        Ok(pure_rust::svg_frame(&svg, &categories, &edge_kinds))
    }
}

/// DOT through `dot -Tsvg`. The input is written from a second thread so
/// that a large drawing cannot deadlock on full pipes.
fn graphviz_svg(dot: &str) -> Result<String, GraphError> {
    let io = |source| GraphError::GraphvizIo { source };
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io)?;
    let mut stdin = child.stdin.take().ok_or_else(|| {
        io(std::io::Error::other(
            "no pipe to Graphviz's standard input",
        ))
    })?;
    let input = dot.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(io)?;
    writer
        .join()
        .map_err(|_| {
            io(std::io::Error::other(
                "the thread writing to Graphviz panicked",
            ))
        })?
        .map_err(io)?;
    if !output.status.success() {
        return Err(GraphError::GraphvizFailed {
            stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        });
    }
    String::from_utf8(output.stdout).map_err(GraphError::GraphvizOutput)
}

#[cfg(feature = "svg")]
mod pure_rust {
    use std::fmt::Write as _;

    use super::super::dot::Look;

    /// Margin around the drawing, in SVG units.
    const SVG_MARGIN: f64 = 12.0;
    /// Height of one legend row.
    const LEGEND_ROW: f64 = 22.0;

    /// The layout's SVG with a viewBox that bounds what is drawn (the layout
    /// crate sizes its canvas generously, which left a large blank area) and a
    /// legend to the right: each node class's shape and colour, then each edge
    /// kind, as the Graphviz output has.
    pub(super) fn svg_frame(svg: &str, categories: &[&str], edge_kinds: &[&str]) -> String {
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

    pub(super) fn svg_safe(text: &str) -> String {
        text.chars().filter(|&c| !c.is_control()).collect()
    }
}
