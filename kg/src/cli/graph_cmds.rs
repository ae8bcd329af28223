//! Commands that draw and explore the graph: dot, path, rank, neighbors.

use std::io::Write;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::QueryResults;
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use kgraph::atomic_file;
use kgraph::graph::{evidence_quotes, DotStyle, EntityGraph, Selection};
use kgraph::query::{self, compact_iri, display_width, pad_to_width};
use kgraph::store::{graph_names, is_data_graph, Access, Store};

use super::args::*;
use super::store_cmds::open_store;
use super::{bad_input, note, stdout};

/// Above this many nodes the pure-Rust layout gets slow (see BENCHMARKS.md).
const PURE_RUST_SVG_LIMIT: usize = 300;

/// Every quad that can hold entities and relations: all data graphs, or
/// just `graph`.
fn data_quads(store: &Store, graph: Option<&str>) -> Result<Vec<Quad>> {
    let inner = store.oxigraph();
    if let Some(graph) = graph {
        let graph = NamedNode::new(graph.trim_start_matches('<').trim_end_matches('>'))
            .map_err(|e| bad_input(anyhow::anyhow!("--graph {graph:?} is not a valid IRI: {e}")))?;
        if !store.contains_graph(graph.as_ref())? {
            return Err(bad_input(anyhow::anyhow!(
                "no graph {graph} in the store (see `kg graphs`)"
            )));
        }
        return Ok(inner
            .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
            .collect::<Result<_, _>>()?);
    }
    let mut quads = Vec::new();
    for quad in inner.iter() {
        let quad = quad?;
        if is_data_graph(quad.graph_name.as_ref()) {
            quads.push(quad);
        }
    }
    quads.extend(schema_quads(store)?);
    Ok(quads)
}

/// From the stored ontology, what the picture needs and nothing else: the
/// class hierarchy (to name each entity's most specific class) and the
/// labels of properties (to label edges).
fn schema_quads(store: &Store) -> Result<Vec<Quad>> {
    let inner = store.oxigraph();
    let ontology = NamedNodeRef::new_unchecked(graph_names::ONTOLOGY);
    let sub_class = NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#subClassOf");
    let label = NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    let rdf_type = NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let object_property =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#ObjectProperty");
    let mut quads: Vec<Quad> = inner
        .quads_for_pattern(None, Some(sub_class), None, Some(ontology.into()))
        .collect::<Result<_, _>>()?;
    if quads.is_empty() {
        // A store filled only by `kg load`: the built-in ontology still
        // knows that a Strategy is a Document.
        let builtin = kgraph::ontology::Ontology::builtin()?;
        for class in builtin.classes.values() {
            for parent in &class.parents {
                quads.push(Quad::new(
                    NamedNode::new_unchecked(&class.iri),
                    sub_class,
                    NamedNode::new_unchecked(parent),
                    GraphName::DefaultGraph,
                ));
            }
        }
        for property in builtin.properties.values() {
            quads.push(Quad::new(
                NamedNode::new_unchecked(&property.iri),
                label,
                oxigraph::model::Literal::new_simple_literal(&property.label),
                GraphName::DefaultGraph,
            ));
        }
        return Ok(quads);
    }
    for property in inner.quads_for_pattern(
        None,
        Some(rdf_type),
        Some(object_property.into()),
        Some(ontology.into()),
    ) {
        let property = property?;
        for quad in inner.quads_for_pattern(
            Some(property.subject.as_ref()),
            Some(label),
            None,
            Some(ontology.into()),
        ) {
            quads.push(quad?);
        }
    }
    Ok(quads)
}

/// The triples of a CONSTRUCT query, plus the labels, aliases and types of
/// the entities they mention.
fn construct_quads(store: &Store, path: &std::path::Path) -> Result<Vec<Quad>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| bad_input(anyhow::anyhow!("{}: {e}", path.display())))?;
    let mut prepared = query::prepare_query(&text, None)
        .map_err(|e| bad_input(anyhow::anyhow!("{}: {e}", path.display())))?;
    query::use_store_dataset(&mut prepared, store)?;
    let QueryResults::Graph(triples) = prepared.on_store(store.oxigraph()).execute()? else {
        return Err(bad_input(anyhow::anyhow!(
            "{}: --query needs a CONSTRUCT or DESCRIBE query",
            path.display()
        )));
    };
    let mut quads = Vec::new();
    let mut entities = std::collections::BTreeSet::new();
    for triple in triples {
        let triple = triple?;
        if let NamedOrBlankNode::NamedNode(s) = &triple.subject {
            entities.insert(s.as_str().to_owned());
        }
        if let Term::NamedNode(o) = &triple.object {
            entities.insert(o.as_str().to_owned());
        }
        quads.push(Quad::new(
            triple.subject,
            triple.predicate,
            triple.object,
            GraphName::DefaultGraph,
        ));
    }
    let describing = [
        format!("{}label", kgraph::vocab::RDFS),
        format!("{}altLabel", kgraph::vocab::SKOS),
        format!("{}type", kgraph::vocab::RDF),
    ];
    for entity in entities {
        let subject = NamedNodeRef::new_unchecked(&entity);
        for p in &describing {
            for quad in store.oxigraph().quads_for_pattern(
                Some(subject.into()),
                Some(NamedNodeRef::new_unchecked(p)),
                None,
                None,
            ) {
                quads.push(quad?);
            }
        }
    }
    Ok(quads)
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

fn graphviz_available() -> bool {
    if std::env::var_os("KG_NO_GRAPHVIZ").is_some() {
        return false;
    }
    Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn graphviz_svg(dot: &str) -> Result<String> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running Graphviz `dot`")?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = dot.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to Graphviz failed"))??;
    if !output.status.success() {
        anyhow::bail!(
            "Graphviz `dot` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8(output.stdout)?)
}

/// `kg dot`.
pub fn dot(global: &GlobalArgs, args: &DotArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let quads = match &args.query {
        Some(path) => construct_quads(&store, path)?,
        None => data_quads(&store, args.graph.as_deref())?,
    };
    let graph = EntityGraph::from_quads(&quads);
    let focus = args
        .focus
        .as_deref()
        .map(|f| find_entity(&graph, f))
        .transpose()?;
    let use_graphviz = args.format == DotFormat::Svg && graphviz_available();
    let mut max_nodes = args.max_nodes;
    if args.format == DotFormat::Svg && !use_graphviz && max_nodes.is_none() {
        max_nodes = Some(PURE_RUST_SVG_LIMIT);
    }
    let selection = Selection {
        focus,
        depth: args.depth,
        predicates: args.predicate.clone(),
        classes: args.class.clone(),
        max_nodes,
    };
    let picture = graph.select(&selection);
    for line in &picture.notes {
        note(global, format_args!("kg: {line}"));
    }
    let style = DotStyle::default();
    let dot = picture.to_dot(&style);
    let output = match args.format {
        DotFormat::Dot => dot,
        DotFormat::Svg if use_graphviz => graphviz_svg(&dot)?,
        DotFormat::Svg => pure_rust_svg(&picture, &style)?,
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

#[cfg(feature = "svg")]
fn pure_rust_svg(picture: &EntityGraph, style: &DotStyle) -> Result<String> {
    Ok(picture.to_svg(style)?)
}

#[cfg(not(feature = "svg"))]
fn pure_rust_svg(_picture: &EntityGraph, _style: &DotStyle) -> Result<String> {
    anyhow::bail!("SVG needs Graphviz (`dot` on the PATH) or kg built with the `svg` feature")
}

/// `kg path`.
pub fn path(global: &GlobalArgs, args: &PathArgs) -> Result<ExitCode> {
    let store = open_store(global, Access::Read)?;
    let quads = data_quads(&store, None)?;
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
    let graph = EntityGraph::from_quads(&data_quads(&store, None)?);
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
    let graph = EntityGraph::from_quads(&data_quads(&store, None)?);
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
