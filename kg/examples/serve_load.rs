//! Load test of a SPARQL endpoint: many clients at once sending the example
//! queries, reporting requests per second and latency percentiles.
//!
//! Two modes:
//!
//! ```text
//! cargo run --release --example serve_load -- data OUT.nq [QUADS]
//!     writes kg's own output on the Re-DocRED corpus (see benches/common),
//!     one named graph per document, as N-Quads: at least QUADS quads
//!     (default 1,000,000)
//! cargo run --release --example serve_load -- run URL [CLIENTS] [SECONDS] [QUERY_DIR] [--skip=NAME,…]
//!     CLIENTS threads (default 32) send the queries of QUERY_DIR (default
//!     examples/queries) to the SPARQL endpoint URL for SECONDS (default 30);
//!     `--skip` leaves out the queries with these file names (without `.rq`)
//! ```
//!
//! `tools/serve-load.sh` runs both against `kg serve` and `oxigraph serve`
//! on the same data. Each query is sent with kg's prefixes declared, so an
//! endpoint without predeclared prefixes understands it too; the endpoint
//! must take the default graph as the union of all graphs (`kg serve` does;
//! `oxigraph serve` with `--union-default-graph`).
//!
//! Client `c` starts at query `c mod n` and goes round the list, so every
//! query is sent about as often and the mix is the same for every endpoint.
//! A request counts when its answer arrived whole with status 200; others
//! are counted as failures with their status.

#[path = "../benches/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use oxhttp::model::{Body, Request};
use oxhttp::Client;
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use rayon::prelude::*;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{write_quads, RdfEmitter};

/// A request that takes longer than this counts as failed.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("data") if args.len() >= 2 => {
            let quads = args.get(2).map_or(Ok(1_000_000), |n| n.parse());
            match quads {
                Ok(quads) => data(Path::new(&args[1]), quads),
                Err(e) => Err(format!("QUADS: {e}")),
            }
        }
        Some("run") if args.len() >= 2 => run_args(&args[1..]),
        _ => Err(
            "usage: serve_load data OUT.nq [QUADS] | serve_load run URL [CLIENTS] [SECONDS] [QUERY_DIR]"
                .to_string(),
        ),
    };
    if let Err(message) = result {
        eprintln!("serve_load: {message}");
        std::process::exit(2);
    }
}

/// Writes at least `target` quads of kg output to `out`.
fn data(out: &Path, target: usize) -> Result<(), String> {
    let ontology = Ontology::builtin().map_err(|e| e.to_string())?;
    let extractor = Extractor::new(&ontology);
    let emitter = RdfEmitter::new(kgraph::vocab::DEFAULT_BASE).map_err(|e| e.to_string())?;
    let mut words = 200_000;
    // The corpus grows until its output is large enough (a few rounds).
    for _round in 0..10 {
        let documents = common::corpus(words);
        let quads: Vec<Quad> = documents
            .par_iter()
            .flat_map_iter(|d| emitter.quads(&extractor.extract(d)))
            .collect();
        if quads.len() >= target {
            let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
            let mut writer = std::io::BufWriter::new(file);
            write_quads(&quads, RdfFormat::NQuads, &mut writer)
                .map_err(|e| format!("{}: {e}", out.display()))?;
            writer
                .flush()
                .map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!(
                "{}: {} quads from {} documents",
                out.display(),
                quads.len(),
                documents.len()
            );
            return Ok(());
        }
        words = words * target / quads.len().max(1) + 50_000;
    }
    Err(format!("the corpus gave fewer than {target} quads"))
}

fn run_args(args: &[String]) -> Result<(), String> {
    let (skip, args): (Vec<&String>, Vec<&String>) =
        args.iter().partition(|a| a.starts_with("--skip="));
    let skip: Vec<&str> = skip
        .iter()
        .flat_map(|a| a["--skip=".len()..].split(','))
        .collect();
    let url = args.first().ok_or("no URL")?.as_str();
    let clients: usize = match args.get(1) {
        Some(n) => n.parse().map_err(|e| format!("CLIENTS: {e}"))?,
        None => 32,
    };
    let seconds: f64 = match args.get(2) {
        Some(n) => n.parse().map_err(|e| format!("SECONDS: {e}"))?,
        None => 30.0,
    };
    let dir = args.get(3).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/queries"),
        |d| PathBuf::from(d.as_str()),
    );
    if clients == 0 || !(seconds > 0.0 && seconds <= 3600.0) {
        return Err("CLIENTS must be at least 1 and SECONDS between 0 and 3600".to_string());
    }
    let mut queries = read_queries(&dir)?;
    for name in &skip {
        if !queries.iter().any(|(n, _)| n == name) {
            return Err(format!("--skip: no query {name}.rq in {}", dir.display()));
        }
    }
    queries.retain(|(name, _)| !skip.contains(&name.as_str()));
    if queries.is_empty() {
        return Err("every query is skipped".to_string());
    }
    let report = run(url, &queries, clients, Duration::from_secs_f64(seconds));
    report.print(url, clients, seconds);
    Ok(())
}

/// The `.rq` files of `dir`, sorted by name, each with kg's prefixes declared.
fn read_queries(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    paths.sort();
    let mut prologue = String::new();
    for (prefix, namespace) in kgraph::vocab::PREFIXES {
        prologue.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
    }
    let mut queries = Vec::new();
    for path in paths {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        queries.push((name, format!("{prologue}{text}")));
    }
    if queries.is_empty() {
        return Err(format!("{}: no .rq files", dir.display()));
    }
    Ok(queries)
}

/// What the clients saw.
#[derive(Default)]
struct Report {
    /// Latency of every successful request, per query name.
    latencies: BTreeMap<String, Vec<Duration>>,
    /// Failed requests by cause (status or error).
    failures: BTreeMap<String, usize>,
    elapsed: Duration,
}

fn run(url: &str, queries: &[(String, String)], clients: usize, length: Duration) -> Report {
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let reports: Vec<Report> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..clients)
            .map(|c| {
                let stop = Arc::clone(&stop);
                scope.spawn(move || {
                    let client = Client::new().with_global_timeout(REQUEST_TIMEOUT);
                    let mut report = Report::default();
                    let mut next = c % queries.len();
                    while !stop.load(Ordering::Relaxed) {
                        let (name, text) = &queries[next];
                        next = (next + 1) % queries.len();
                        let sent = Instant::now();
                        match send(&client, url, text) {
                            Ok(()) => report
                                .latencies
                                .entry(name.clone())
                                .or_default()
                                .push(sent.elapsed()),
                            Err(cause) => *report.failures.entry(cause).or_default() += 1,
                        }
                    }
                    report
                })
            })
            .collect();
        std::thread::sleep(length);
        stop.store(true, Ordering::Relaxed);
        workers
            .into_iter()
            .map(|w| w.join().expect("a client thread panicked"))
            .collect()
    });
    let mut total = Report {
        elapsed: started.elapsed(),
        ..Report::default()
    };
    for report in reports {
        for (name, mut times) in report.latencies {
            total.latencies.entry(name).or_default().append(&mut times);
        }
        for (cause, n) in report.failures {
            *total.failures.entry(cause).or_default() += n;
        }
    }
    total
}

/// One query, answered whole with status 200, or the cause of failure.
fn send(client: &Client, url: &str, query: &str) -> Result<(), String> {
    let request = Request::post(url)
        .header("content-type", "application/sparql-query")
        .header(
            "accept",
            "application/sparql-results+json, application/n-triples;q=0.9",
        )
        .body(Body::from(query.to_string()))
        .map_err(|e| e.to_string())?;
    let response = client.request(request).map_err(|e| e.kind().to_string())?;
    let status = response.status();
    let mut body = response.into_body();
    std::io::copy(&mut body, &mut std::io::sink()).map_err(|e| e.kind().to_string())?;
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("status {}", status.as_u16()))
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Report {
    fn print(&self, url: &str, clients: usize, seconds: f64) {
        let mut all: Vec<Duration> = self.latencies.values().flatten().copied().collect();
        all.sort();
        let failed: usize = self.failures.values().sum();
        let elapsed = self.elapsed.as_secs_f64();
        println!("endpoint  {url}");
        println!("clients   {clients} for {seconds} s (measured {elapsed:.1} s)");
        println!(
            "requests  {} ok, {failed} failed: {:.1} requests/s",
            all.len(),
            all.len() as f64 / elapsed
        );
        println!(
            "latency   p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            millis(percentile(&all, 50.0)),
            millis(percentile(&all, 99.0)),
            millis(all.last().copied().unwrap_or_default())
        );
        for (cause, n) in &self.failures {
            println!("failed    {n} × {cause}");
        }
        println!("per query (count, p50 ms, p99 ms):");
        for (name, times) in &self.latencies {
            let mut times = times.clone();
            times.sort();
            println!(
                "  {name:<24} {:>6} {:>9.1} {:>9.1}",
                times.len(),
                millis(percentile(&times, 50.0)),
                millis(percentile(&times, 99.0))
            );
        }
    }
}
