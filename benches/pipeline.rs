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

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use oxigraph::io::RdfFormat;
use rayon::prelude::*;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{write_quads, RdfEmitter};
use kgraph::text::{Document, DocumentMeta};

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
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect()
}

fn per_second(times: &[Duration], amount: f64) -> Vec<f64> {
    times.iter().map(|t| amount / t.as_secs_f64()).collect()
}

fn row(name: &str, values: &[f64], unit: &str) {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let fmt = |x: f64| {
        if x >= 100.0 {
            format!("{x:.0}")
        } else {
            format!("{x:.2}")
        }
    };
    println!(
        "| {name} | {} | {} | {} | {unit} |",
        fmt(v[0]),
        fmt(v[v.len() / 2]),
        fmt(v[v.len() - 1])
    );
}

/// Re-DocRED documents as plain text, replicated to `target_words`, plus
/// the bundled examples.
fn corpus(target_words: usize) -> Vec<Document> {
    let path = std::env::var_os("KG_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/redocred/dev_revised.json")
        });
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (set KG_BENCH_CORPUS)", path.display()));
    let data: Vec<serde_json::Value> = serde_json::from_str(&json).expect("Re-DocRED JSON");
    let base: Vec<String> = data
        .iter()
        .map(|d| {
            d["sents"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| {
                    detokenise(
                        s.as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|t| t.as_str()),
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut docs = Vec::new();
    let mut words = 0;
    let mut copy = 0;
    while words < target_words {
        for text in &base {
            let text = if copy == 0 {
                text.clone()
            } else {
                format!("{text}\n\nCopy {copy}.")
            };
            words += text.split_whitespace().count();
            docs.push(document(format!("redocred-{copy}-{}", docs.len()), text));
        }
        copy += 1;
    }
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    if let Ok(entries) = std::fs::read_dir(examples) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                docs.push(document(p.display().to_string(), text));
            }
        }
    }
    docs
}

fn document(id: String, text: String) -> Document {
    let meta = DocumentMeta {
        body: std::iter::once(0..text.len()).collect(),
        ..DocumentMeta::default()
    };
    Document {
        id,
        source: "bench".into(),
        text,
        meta,
    }
}

/// Joins tokens the way the Re-DocRED scorer does: no space before closing
/// punctuation, none after opening brackets.
fn detokenise<'a>(tokens: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in tokens {
        let closing = matches!(
            t,
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "'s" | "'"
        );
        if !out.is_empty() && !closing && !out.ends_with('(') && !out.ends_with('[') {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}
