//! The kgraph benchmark: `cargo bench --bench pipeline` prints a table of
//! figures (min / median / max over several runs) for the whole pipeline.
//!
//! Corpus: the 500 Re-DocRED dev documents beside the project
//! (`../shared/corpus/redocred/dev_revised.json`, or `KG_BENCH_CORPUS`),
//! detokenised into plain text and replicated with distinct ids up to at
//! least 1,000,000 words, plus the bundled example articles.
//!
//! Environment: `KG_BENCH_RUNS` (default 5) runs per figure,
//! `KG_BENCH_WORDS` (default 1,000,000) corpus size.

mod common;

// The same allocator as the `kg` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use oxigraph::io::RdfFormat;
use rayon::prelude::*;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{write_quads, RdfEmitter};

use common::{corpus, env_or, measure, per_second, row};

fn main() {
    let runs: usize = env_or("KG_BENCH_RUNS", 5);
    let target_words: usize = env_or("KG_BENCH_WORDS", 1_000_000);
    let corpus = corpus(target_words);
    let words: usize = corpus
        .iter()
        .map(|d| d.text.split_whitespace().count())
        .sum();
    let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
    println!("# kgraph benchmark");
    println!();
    println!(
        "corpus: {} documents, {} words, {:.1} MB; {} runs per figure",
        corpus.len(),
        words,
        bytes as f64 / 1e6,
        runs
    );
    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!();
    println!("| figure | min | median | max | unit |");
    println!("|---|---:|---:|---:|---|");

    let started = Instant::now();
    let ontology = Ontology::builtin().expect("built-in ontology parses");
    let extractor = Extractor::new(&ontology);
    let startup = started.elapsed();
    row(
        "ontology load + lexicon compile",
        &[startup.as_secs_f64() * 1000.0],
        "ms",
    );

    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("thread pool");
    let all = rayon::ThreadPoolBuilder::new()
        .build()
        .expect("thread pool");
    for (name, pool) in [("1 thread", &one), ("all cores", &all)] {
        let times = measure(runs, || {
            pool.install(|| {
                corpus
                    .par_iter()
                    .map(|d| extractor.extract(d).relations.len())
                    .sum::<usize>()
            })
        });
        row(
            &format!("extraction, {name}"),
            &per_second(&times, words as f64),
            "words/s",
        );
        row(
            &format!("extraction, {name}"),
            &per_second(&times, bytes as f64 / 1e6),
            "MB/s",
        );
    }

    let emitter = RdfEmitter::new(kgraph::vocab::DEFAULT_BASE).expect("valid base");
    let times = measure(runs, || {
        all.install(|| {
            corpus
                .par_iter()
                .map(|d| {
                    let quads = emitter.quads(&extractor.extract(d));
                    write_quads(&quads, RdfFormat::NTriples, std::io::sink())
                        .map(|_| quads.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    row(
        "extract + RDF + N-Triples, all cores",
        &per_second(&times, words as f64),
        "words/s",
    );

    end_to_end(&corpus);
}

/// `kg extract` and `kg build` as a user runs them: the release binary on a
/// directory of text files. Peak RSS comes from `/usr/bin/time` when present.
fn end_to_end(corpus: &[kgraph::text::Document]) {
    let kg = env!("CARGO_BIN_EXE_kg");
    let dir = tempfile::tempdir().expect("temporary directory");
    let write_dir = |name: &str, docs: &[kgraph::text::Document]| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(&path).expect("create corpus directory");
        for (k, d) in docs.iter().enumerate() {
            std::fs::write(path.join(format!("doc{k:06}.txt")), &d.text).expect("write corpus");
        }
        path
    };
    let small = write_dir("small", &corpus[..corpus.len().min(500)]);
    let full = write_dir("full", corpus);
    let run = |args: &[&str], input: &std::path::Path, store: Option<&std::path::Path>| {
        let timed = std::path::Path::new("/usr/bin/time").exists();
        let mut cmd = if timed {
            let mut c = std::process::Command::new("/usr/bin/time");
            c.args(["-f", "%M"]).arg(kg);
            c
        } else {
            std::process::Command::new(kg)
        };
        if let Some(store) = store {
            cmd.arg("--store").arg(store);
        }
        cmd.arg("--quiet").args(args).arg(input);
        cmd.stdout(std::process::Stdio::null());
        let started = Instant::now();
        let out = cmd.output().expect("run kg");
        let elapsed = started.elapsed();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rss_kb: Option<f64> = String::from_utf8_lossy(&out.stderr)
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok());
        (elapsed, rss_kb.map(|kb| kb / 1024.0))
    };
    for (name, input, n) in [
        ("500 documents", &small, corpus.len().min(500)),
        (&*format!("{} documents", corpus.len()), &full, corpus.len()),
    ] {
        let (t, rss) = run(&["extract", "--format", "ntriples"], input, None);
        row(
            &format!("kg extract, {name}"),
            &[n as f64 / t.as_secs_f64()],
            "documents/s",
        );
        if let Some(rss) = rss {
            row(&format!("kg extract peak RSS, {name}"), &[rss], "MB");
        }
    }
    let store = dir.path().join("store");
    let (t, rss) = run(&["build"], &full, Some(&store));
    row(
        &format!("kg build end to end, {} documents", corpus.len()),
        &[corpus.len() as f64 / t.as_secs_f64()],
        "documents/s",
    );
    if let Some(rss) = rss {
        row(
            &format!("kg build peak RSS, {} documents", corpus.len()),
            &[rss],
            "MB",
        );
    }
    let (t, _) = run(&["build"], &full, Some(&store));
    row("kg build rerun, nothing changed", &[t.as_secs_f64()], "s");
}
