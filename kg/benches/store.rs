//! Store, query, export and drawing figures: `cargo bench --bench store`
//! prints a table (min / median / max over several runs).
//!
//! The triples are kg's own output: the Re-DocRED corpus (see
//! `benches/common`) extracted with full provenance, one named graph per
//! document, until there are at least `KG_BENCH_TRIPLES` (default 1,000,000).
//! Each kg figure is measured beside Oxigraph's own loader or serialiser on
//! the same triples in the same run. `KG_BENCH_DRAWING=0` leaves out the
//! drawing figures.

mod common;

// The same allocator as the `kg` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use rayon::prelude::*;

use common::{corpus, env_or, measure, per_second, row};
use kgraph::export::{export, ExportOptions};
use kgraph::extract::Extractor;
use kgraph::graph::{DotStyle, EntityGraph, Selection};
use kgraph::ontology::Ontology;
use kgraph::query::{run_query, QueryOptions, ResultFormat};
use kgraph::rdf::{write_quads, RdfEmitter};
use kgraph::store::{parse_quads, Access, Backend, Store};

fn main() {
    let runs: usize = env_or("KG_BENCH_RUNS", 5);
    let target: usize = env_or("KG_BENCH_TRIPLES", 1_000_000);

    // kg's own output, as N-Quads.
    let ontology = Ontology::builtin().expect("built-in ontology parses");
    let extractor = Extractor::new(&ontology);
    let emitter = RdfEmitter::new(kgraph::vocab::DEFAULT_BASE).expect("valid base");
    let mut words = 200_000;
    let quads = loop {
        let docs = corpus(words);
        let quads: Vec<Quad> = docs
            .par_iter()
            .flat_map_iter(|d| emitter.quads(&extractor.extract(d)))
            .collect();
        if quads.len() >= target {
            break quads;
        }
        words = words * target / quads.len().max(1) + 50_000;
    };
    let mut nquads = Vec::new();
    write_quads(&quads, RdfFormat::NQuads, &mut nquads).expect("serialise");
    let graphs = quads
        .iter()
        .map(|q| q.graph_name.to_string())
        .collect::<std::collections::HashSet<_>>()
        .len();
    println!("# kgraph store benchmark");
    println!();
    println!(
        "data: {} quads in {} graphs ({:.0} MB of N-Quads), kg's own output on Re-DocRED; {} runs per figure",
        quads.len(),
        graphs,
        nquads.len() as f64 / 1e6,
        runs
    );
    println!();
    println!("| figure | min | median | max | unit |");
    println!("|---|---:|---:|---:|---|");
    let n = quads.len() as f64;

    // Ingest: Oxigraph's loaders alone (on the backend kg was built with),
    // then kg's store (parse + store).
    let backend = Backend::for_new_stores();
    let scratch = tempfile::tempdir().expect("temporary directory");
    let mut k = 0;
    let times = measure(runs, || {
        k += 1;
        let store = oxigraph_store(scratch.path(), backend, k);
        store
            .load_from_slice(RdfFormat::NQuads, &nquads)
            .expect("load");
        store
    });
    row(
        &format!("oxigraph {} load_from_slice", backend_label(backend)),
        &per_second(&times, n),
        "quads/s",
    );
    let times = measure(runs, || {
        k += 1;
        let store = oxigraph_store(scratch.path(), backend, k);
        let mut loader = store.bulk_loader();
        loader
            .load_from_slice(RdfFormat::NQuads, &nquads)
            .expect("load");
        loader.commit().expect("commit");
        store
    });
    row(
        &format!("oxigraph {} bulk loader", backend_label(backend)),
        &per_second(&times, n),
        "quads/s",
    );
    let times = measure(runs, || {
        k += 1;
        let dir = scratch.path().join(format!("ingest{k}"));
        let mut store = Store::open(&dir, Access::Write { wait: false }).expect("open");
        let parsed =
            parse_quads(RdfParser::from_format(RdfFormat::NQuads), &nquads).expect("parse");
        store.add_quads(parsed).expect("add");
        drop(store);
    });
    // Removed after all runs: ext4 is slow to allocate inodes right after
    // deleting thousands of files, which would charge one run for the last.
    for k in 1..=k {
        std::fs::remove_dir_all(scratch.path().join(format!("ingest{k}"))).ok();
        std::fs::remove_dir_all(scratch.path().join(format!("oxigraph{k}"))).ok();
    }
    let stored = match backend {
        Backend::Files => format!("{graphs} graph files + memory"),
        Backend::RocksDb => "RocksDB".to_owned(),
    };
    row(
        &format!("kg store ingest (parse + {stored})"),
        &per_second(&times, n),
        "quads/s",
    );

    // One store kept for the rest.
    let dir = scratch.path().join("kept");
    {
        let mut store = Store::open(&dir, Access::Write { wait: false }).expect("open");
        store.add_quads(quads.clone()).expect("add");
    }
    let times = measure(runs, || Store::open(&dir, Access::Read).expect("reopen"));
    row(
        match backend {
            Backend::Files => "kg store reopen (parse every graph file)",
            Backend::RocksDb => "kg store reopen (open the RocksDB database)",
        },
        &times.iter().map(|t| t.as_secs_f64()).collect::<Vec<_>>(),
        "s",
    );
    let store = Store::open(&dir, Access::Read).expect("reopen");

    // Export.
    let times = measure(runs, || {
        store
            .oxigraph()
            .dump_to_writer(RdfFormat::NQuads, std::io::sink())
            .expect("dump")
    });
    row(
        "oxigraph dump N-Quads (unsorted)",
        &per_second(&times, n),
        "quads/s",
    );
    for (name, format) in [
        ("Turtle", RdfFormat::Turtle),
        ("N-Triples", RdfFormat::NTriples),
        ("N-Quads", RdfFormat::NQuads),
    ] {
        let mut written = 0;
        let times = measure(runs, || {
            written = export(
                store.oxigraph(),
                &ExportOptions::new(format),
                std::io::sink(),
            )
            .expect("export")
        });
        // Triple formats write the union: a triple stated in several graphs once.
        row(
            &format!("kg export {name} (sorted, deterministic; {written} statements written)"),
            &per_second(&times, n),
            "quads/s",
        );
    }

    // Five representative queries.
    let strategy = first_object(&store, "SELECT ?d WHERE { ?g kg:goalOf ?d } LIMIT 1");
    let country = first_object(
        &store,
        "SELECT ?c WHERE { ?c a kg:Country ; kg:cooperatesWith ?x } LIMIT 1",
    )
    .or_else(|| first_object(&store, "SELECT ?c WHERE { ?c a kg:Country } LIMIT 1"));
    let fact = first_object(&store, "SELECT ?s WHERE { ?s kg:issues ?o } LIMIT 1");
    let queries = [
        ("query: who issued what", "SELECT DISTINCT ?who ?what WHERE { ?a kg:issues ?d . ?a rdfs:label ?who . ?d rdfs:label ?what } LIMIT 100".to_owned()),
        ("query: goals of one strategy", format!("SELECT ?goal WHERE {{ ?g kg:goalOf <{}> ; rdfs:label ?goal }}", strategy.unwrap_or_default())),
        ("query: partners of one country", format!("SELECT DISTINCT ?p WHERE {{ {{ <{0}> kg:cooperatesWith ?p }} UNION {{ ?p kg:cooperatesWith <{0}> }} }}", country.unwrap_or_default())),
        ("query: provenance of one fact", format!("SELECT ?quote ?doc WHERE {{ ?e rdf:subject <{}> ; rdf:predicate kg:issues ; kg:quote ?quote ; prov:wasDerivedFrom ?doc }} LIMIT 10", fact.unwrap_or_default())),
        ("query: count per class (kept statistics)", "SELECT ?c ?n WHERE { GRAPH kgg:statistics { ?p void:class ?c ; void:entities ?n } }".to_owned()),
        ("query: count per class, scanning every rdf:type", "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c".to_owned()),
    ];
    for (name, sparql) in queries {
        let times = measure(runs, || {
            let mut out = Vec::new();
            run_query(
                store.oxigraph(),
                &sparql,
                &QueryOptions::default(),
                ResultFormat::Tsv,
                &mut out,
            )
            .expect("query");
            out
        });
        row(
            name,
            &times
                .iter()
                .map(|t| t.as_secs_f64() * 1000.0)
                .collect::<Vec<_>>(),
            "ms",
        );
    }
    drop(store);

    // Drawing: synthetic graphs of known size (KG_BENCH_DRAWING=0 skips it).
    let drawing_sizes: &[usize] = if env_or("KG_BENCH_DRAWING", 1) == 0 {
        &[]
    } else {
        &[100, 300, 1_000, 10_000]
    };
    for &nodes in drawing_sizes {
        let graph_quads = synthetic_graph(nodes);
        let times = measure(runs, || {
            let graph = EntityGraph::from_quads(&graph_quads);
            graph
                .select(&Selection::default())
                .to_dot(&DotStyle::default())
        });
        row(
            &format!("kg dot, {nodes} nodes: DOT"),
            &times
                .iter()
                .map(|t| t.as_secs_f64() * 1000.0)
                .collect::<Vec<_>>(),
            "ms",
        );
        // layout-rs grows much faster than linearly (1,000 nodes took about
        // seven minutes, see BENCHMARKS.md): measured up to 300 nodes.
        if nodes <= 300 {
            let graph = EntityGraph::from_quads(&graph_quads);
            let times = measure(runs.min(2), || {
                graph.to_svg(&DotStyle::default()).expect("svg")
            });
            row(
                &format!("kg dot, {nodes} nodes: SVG via layout-rs"),
                &times.iter().map(|t| t.as_secs_f64()).collect::<Vec<_>>(),
                "s",
            );
        }
        // Graphviz did not finish 10,000 nodes in five minutes.
        if nodes <= 1_000 && std::process::Command::new("dot").arg("-V").output().is_ok() {
            let dot = EntityGraph::from_quads(&graph_quads).to_dot(&DotStyle::default());
            let started = Instant::now();
            let mut child = std::process::Command::new("dot")
                .arg("-Tsvg")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("graphviz");
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(dot.as_bytes())
                .expect("write");
            child.wait().expect("graphviz");
            row(
                &format!("kg dot, {nodes} nodes: SVG via Graphviz dot"),
                &[started.elapsed().as_secs_f64()],
                "s",
            );
        }
    }
}

fn first_object(store: &Store, sparql: &str) -> Option<String> {
    let mut out = Vec::new();
    run_query(
        store.oxigraph(),
        sparql,
        &QueryOptions::default(),
        ResultFormat::Tsv,
        &mut out,
    )
    .ok()?;
    let text = String::from_utf8(out).ok()?;
    let cell = text.lines().nth(1)?.trim();
    Some(
        cell.trim_start_matches('<')
            .trim_end_matches('>')
            .to_owned(),
    )
}

/// A graph shaped like kg's output: per five nodes, an agent issuing a
/// document with three goals; agents cooperate in pairs.
fn synthetic_graph(nodes: usize) -> Vec<Quad> {
    let kg = |l: &str| NamedNode::new_unchecked(format!("{}{l}", kgraph::vocab::KG));
    let label = NamedNode::new_unchecked(format!("{}label", kgraph::vocab::RDFS));
    let rdf_type = NamedNode::new_unchecked(format!("{}type", kgraph::vocab::RDF));
    let entity = |i: usize| NamedNode::new_unchecked(format!("https://example.org/e{i}"));
    let g = GraphName::DefaultGraph;
    let mut quads = Vec::new();
    let node = |i: usize, class: &str, name: String, quads: &mut Vec<Quad>| {
        quads.push(Quad::new(entity(i), rdf_type.clone(), kg(class), g.clone()));
        quads.push(Quad::new(
            entity(i),
            label.clone(),
            Literal::new_simple_literal(name),
            g.clone(),
        ));
    };
    for group in 0..nodes / 5 {
        let base = group * 5;
        node(
            base,
            "GovernmentBody",
            format!("Regional Office number {group}"),
            &mut quads,
        );
        node(
            base + 1,
            "Strategy",
            format!("Development Strategy {group}"),
            &mut quads,
        );
        quads.push(Quad::new(
            entity(base),
            kg("issues"),
            entity(base + 1),
            g.clone(),
        ));
        for k in 2..5 {
            node(
                base + k,
                "Goal",
                format!("goal {k} of strategy {group}: expand regional trade and shared data"),
                &mut quads,
            );
            quads.push(Quad::new(
                entity(base + k),
                kg("goalOf"),
                entity(base + 1),
                g.clone(),
            ));
        }
        if group % 2 == 1 {
            quads.push(Quad::new(
                entity(base),
                kg("cooperatesWith"),
                entity(base - 5),
                g.clone(),
            ));
        }
    }
    quads
}

/// An empty Oxigraph store on `backend`: in memory, or a RocksDB database
/// under `scratch` (a fresh directory per run, removed after all runs).
fn oxigraph_store(
    scratch: &std::path::Path,
    backend: Backend,
    run: usize,
) -> oxigraph::store::Store {
    match backend {
        Backend::Files => oxigraph::store::Store::new().expect("store"),
        #[cfg(feature = "rocksdb")]
        Backend::RocksDb => {
            oxigraph::store::Store::open(scratch.join(format!("oxigraph{run}"))).expect("store")
        }
        #[cfg(not(feature = "rocksdb"))]
        Backend::RocksDb => unreachable!("{scratch:?} {run}: RocksDB is not compiled in"),
    }
}

fn backend_label(backend: Backend) -> &'static str {
    match backend {
        Backend::Files => "in-memory",
        Backend::RocksDb => "RocksDB",
    }
}
