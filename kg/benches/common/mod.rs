//! What both benchmarks share: the corpus and the table of figures.

#![allow(dead_code)] // each benchmark uses a different part

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kgraph::text::{Document, DocumentMeta};

pub fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect()
}

pub fn per_second(times: &[Duration], amount: f64) -> Vec<f64> {
    times.iter().map(|t| amount / t.as_secs_f64()).collect()
}

pub fn row(name: &str, values: &[f64], unit: &str) {
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
pub fn corpus(target_words: usize) -> Vec<Document> {
    let path = std::env::var_os("KG_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/corpus/redocred/dev_revised.json"));
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
    let examples = repo_root().join("examples/articles");
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

pub fn document(id: String, text: String) -> Document {
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
pub fn detokenise<'a>(tokens: impl Iterator<Item = &'a str>) -> String {
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

/// The repository's root (benches run from the library's or the CLI's crate).
fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("ontology").is_dir())
        .expect("benches run inside the repository")
}
