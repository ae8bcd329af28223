//! Commands that draw and explore the graph: dot, path, rank, neighbors.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use oxigraph::model::Quad;
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use kgraph::atomic_file;
use kgraph::graph::{
    self, evidence_quotes, DotStyle, EntityGraph, GraphError, PictureSource, Selection, SvgRenderer,
};
use kgraph::query::{compact_iri, display_width, pad_to_width, QueryError, Watchdog};
use kgraph::store::{Access, Store};

use super::args::*;
use super::store_cmds::{open_store, query_options, start_watchdog};
use super::{bad_input, note, stdout};

/// The statements to draw, with the picture source's errors put as a user
/// of `kg` sees them: with the flag or file that named the source.
fn picture_quads(store: &Store, source: PictureSource<'_>, origin: &str) -> Result<Vec<Quad>> {
    watched_picture_quads(store, source, origin, None)
}

/// [`picture_quads`], a query cancelled by `watchdog`.
fn watched_picture_quads(
    store: &Store,
    source: PictureSource<'_>,
    origin: &str,
    watchdog: Option<&Watchdog>,
) -> Result<Vec<Quad>> {
    graph::picture_quads_watched(store, source, watchdog).map_err(|e| match e {
        GraphError::InvalidGraphName { .. } => bad_input(anyhow::anyhow!("--graph {e}")),
        GraphError::NoSuchGraph { .. } => bad_input(anyhow::anyhow!("{e} (see `kg graphs`)")),
        GraphError::NotAGraphQuery => bad_input(anyhow::anyhow!(
            "{origin}: --query needs a CONSTRUCT or DESCRIBE query"
        )),
        GraphError::Query(e @ (QueryError::Timeout(_) | QueryError::OutOfMemory { .. })) => {
            anyhow::anyhow!("{origin}: {}", super::query_error_text(&e))
        }
        GraphError::Query(e) => bad_input(anyhow::anyhow!("{origin}: {e}")),
        e => e.into(),
    })
}

fn find_entity(graph: &EntityGraph, name: &str) -> Result<petgraph::graph::NodeIndex> {
    graph.find(name).ok_or_else(|| {
        let suggestions = graph.suggestions(name);
        let hint = if suggestions.is_empty() {
            "see `kg rank` for the entities in the graph".to_owned()
        } else {
            format!("did you mean: {}?", suggestions.join(", "))
        };
        bad_input(anyhow::anyhow!(
            "no entity named {name:?} takes part in a relation ({hint})"
        ))
    })
}

/// `kg dot`.
pub fn dot(global: &GlobalArgs, args: &DotArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let quads = match (&args.query, &args.graph) {
        (Some(path), _) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| bad_input(anyhow::anyhow!("{}: {e}", path.display())))?;
            let origin = path.display().to_string();
            let options = query_options(&args.limits)?;
            let watchdog = start_watchdog(&options, &origin, "query", "");
            watched_picture_quads(
                &store,
                PictureSource::Construct(&text),
                &origin,
                Some(&watchdog),
            )?
        }
        (None, Some(graph)) => picture_quads(&store, PictureSource::Graph(graph), "--graph")?,
        (None, None) => picture_quads(&store, PictureSource::AllData, "")?,
    };
    let graph = EntityGraph::from_quads(&quads);
    let focus = args
        .focus
        .as_deref()
        .map(|f| find_entity(&graph, f))
        .transpose()?;
    // KG_NO_GRAPHVIZ lets tests (and users) use the pure-Rust layout even
    // where Graphviz is installed.
    let renderer = if std::env::var_os("KG_NO_GRAPHVIZ").is_some() {
        SvgRenderer::PureRust
    } else {
        SvgRenderer::detect()
    };
    let mut max_nodes = args.max_nodes;
    if args.format == DotFormat::Svg && max_nodes.is_none() {
        max_nodes = renderer.node_limit();
    }
    let mut selection = Selection::new()
        .with_predicates(args.predicate.clone())
        .with_classes(args.class.clone())
        .with_max_nodes(max_nodes);
    if let Some(focus) = focus {
        selection = selection.around(focus, args.depth);
    }
    let mut picture = graph.select(&selection);
    if let Some(cut) = picture.cut {
        picture
            .notes
            .push(format!("--max-nodes {}: {cut}", cut.limit));
    }
    for line in &picture.notes {
        note(global, format_args!("kg: {line}"));
    }
    let style = DotStyle::default();
    let output = match args.format {
        DotFormat::Dot => picture.to_dot(&style),
        DotFormat::Svg => picture.to_svg_with(&style, renderer)?,
    };
    match &args.output {
        Some(path) => atomic_file::write_with(path, |w| w.write_all(output.as_bytes()))
            .with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut out = stdout();
            out.write_all(output.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `kg path`.
pub fn path(global: &GlobalArgs, args: &PathArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let quads = picture_quads(&store, PictureSource::AllData, "")?;
    let graph = EntityGraph::from_quads(&quads);
    let from = find_entity(&graph, &args.from)?;
    let to = find_entity(&graph, &args.to)?;
    let paths = graph.shortest_paths(from, to, 5);
    let mut out = stdout();
    if paths.is_empty() {
        writeln!(
            out,
            "no relation path between {} and {}",
            graph.graph[from].label, graph.graph[to].label
        )?;
        out.flush()?;
        return Ok(ExitCode::FAILURE);
    }
    let quotes = evidence_quotes(&quads);
    for (k, path) in paths.iter().enumerate() {
        writeln!(
            out,
            "path {} ({} hop{}):",
            k + 1,
            path.len(),
            if path.len() == 1 { "" } else { "s" }
        )?;
        for &e in path {
            let (a, b) = graph.graph.edge_endpoints(e).expect("edge of the graph");
            let edge = &graph.graph[e];
            writeln!(
                out,
                "  {} —{}→ {}",
                one_line(&graph.graph[a].label),
                one_line(&edge.label),
                one_line(&graph.graph[b].label)
            )?;
            let key = (
                graph.graph[a].iri.clone(),
                edge.predicate.clone(),
                graph.graph[b].iri.clone(),
            );
            if let Some(quote) = quotes.get(&key).and_then(|q| q.first()) {
                writeln!(out, "      “{}”", quote.replace(['\n', '\r'], " "))?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A label safe for one table cell: control characters become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn class_name(node: &kgraph::graph::Node) -> String {
    node.class.as_deref().map(compact_iri).unwrap_or_default()
}

/// `kg rank`.
pub fn rank(global: &GlobalArgs, args: &RankArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let graph = EntityGraph::from_quads(&picture_quads(&store, PictureSource::AllData, "")?);
    let mut out = stdout();
    writeln!(
        out,
        "{:>4}  {:>8}  {:>6}  {:<28}  entity",
        "rank", "pagerank", "degree", "class"
    )?;
    for (k, (node, score, degree)) in graph.rank().into_iter().take(args.top).enumerate() {
        let node = &graph.graph[node];
        writeln!(
            out,
            "{:>4}  {score:>8.4}  {degree:>6}  {}  {}",
            k + 1,
            pad_to_width(&class_name(node), 28),
            one_line(&node.label)
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `kg neighbors`.
pub fn neighbors(global: &GlobalArgs, args: &NeighborsArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let graph = EntityGraph::from_quads(&picture_quads(&store, PictureSource::AllData, "")?);
    let node = find_entity(&graph, &args.entity)?;
    let mut rows: Vec<[String; 4]> = Vec::new();
    for (direction, arrow) in [(Direction::Outgoing, "out"), (Direction::Incoming, "in")] {
        for e in graph.graph.edges_directed(node, direction) {
            let other = if direction == Direction::Outgoing {
                e.target()
            } else {
                e.source()
            };
            rows.push([
                arrow.to_owned(),
                compact_iri(&e.weight().predicate),
                one_line(&graph.graph[other].label),
                class_name(&graph.graph[other]),
            ]);
        }
    }
    rows.sort();
    rows.dedup();
    let mut out = stdout();
    let entity = &graph.graph[node];
    writeln!(
        out,
        "{} <{}> ({})",
        one_line(&entity.label),
        entity.iri,
        class_name(entity)
    )?;
    let widths: Vec<usize> = (0..3)
        .map(|c| {
            rows.iter()
                .map(|r| display_width(&r[c]))
                .chain([["dir", "relation", "entity"][c].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    writeln!(
        out,
        "{:<w0$}  {:<w1$}  {:<w2$}  class",
        "dir",
        "relation",
        "entity",
        w0 = widths[0],
        w1 = widths[1],
        w2 = widths[2]
    )?;
    for r in rows {
        writeln!(
            out,
            "{}  {}  {}  {}",
            pad_to_width(&r[0], widths[0]),
            pad_to_width(&r[1], widths[1]),
            pad_to_width(&r[2], widths[2]),
            r[3],
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
