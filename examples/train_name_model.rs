//! Trains the name classifier (`models/names.bin`) from Re-DocRED-style
//! annotated documents: a JSON array of objects with `sents` (tokenised
//! sentences) and `vertexSet` (entities, each a list of mentions with a
//! `name` and a `type`: PER, ORG, LOC, …).
//!
//! Every name the extraction rules leave unclassified becomes one example,
//! labelled with the type the annotation gives that name in the same
//! document (or "none"). Run from the project directory:
//!
//! ```text
//! cargo run --release --example train_name_model -- \
//!     ../shared/corpus/redocred/dev_revised.json --out models/names.bin
//! ```
//!
//! `--fold K/N` trains on every document whose index is not K modulo N and
//! writes the others to `--held-out FILE`, for cross-validation
//! (`models/cross-validate.sh`).

use std::collections::HashMap;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use kgraph::extract::names::{NameModel, NAME_CLASSES};
use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::text::Document;
use serde_json::Value;

/// Training rounds over the examples (`--epochs`); more rounds fit the
/// training names more closely without helping on unseen ones.
const EPOCHS: usize = 10;

struct Args {
    data: String,
    out: String,
    fold: Option<(usize, usize)>,
    held_out: Option<String>,
    epochs: usize,
}

fn parse_args() -> Result<Args> {
    let mut args = std::env::args().skip(1);
    let (mut data, mut out, mut fold, mut held_out) = (None, None, None, None);
    let mut epochs = EPOCHS;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next(),
            "--held-out" => held_out = args.next(),
            "--epochs" => epochs = args.next().context("--epochs needs a number")?.parse()?,
            "--fold" => {
                let spec = args.next().context("--fold needs K/N")?;
                let (k, n) = spec.split_once('/').context("--fold needs K/N")?;
                let (k, n): (usize, usize) = (k.parse()?, n.parse()?);
                if k >= n {
                    bail!("--fold {spec}: K must be below N");
                }
                fold = Some((k, n));
            }
            _ if data.is_none() => data = Some(arg),
            _ => bail!("unexpected argument {arg}"),
        }
    }
    Ok(Args {
        data: data.context(
            "usage: train_name_model DATA.json --out MODEL [--fold K/N --held-out FILE]",
        )?,
        out: out.context("--out MODEL is required")?,
        fold,
        held_out,
        epochs,
    })
}

/// Sentence text from tokens: spaces between tokens except before closing
/// punctuation and after opening brackets (how the evaluation writes them).
fn detokenise(tokens: &[Value]) -> String {
    let mut text = String::new();
    for token in tokens.iter().filter_map(Value::as_str) {
        let closing = matches!(token, "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "'");
        if !text.is_empty() && !closing && !text.ends_with(['(', '[']) {
            text.push(' ');
        }
        text.push_str(token);
    }
    text
}

/// A name compared loosely: lowercase, without a leading article or punctuation.
fn normalise(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace('\u{2019}', "'");
    let lower = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower)
        .to_owned();
    let spaced: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn class_of(annotation: &str) -> Option<usize> {
    let local = match annotation {
        "PER" => "Person",
        "ORG" => "Organization",
        "LOC" => "Place",
        _ => return None,
    };
    NAME_CLASSES.iter().position(|c| *c == local)
}

fn run() -> Result<()> {
    let args = parse_args()?;
    let raw =
        std::fs::read_to_string(&args.data).with_context(|| format!("reading {}", args.data))?;
    let docs: Vec<Value> =
        serde_json::from_str(&raw).with_context(|| format!("parsing {}", args.data))?;
    let ontology = Ontology::builtin()?;
    let extractor = Extractor::new(&ontology);
    let mut examples = Vec::new();
    let mut held_out = Vec::new();
    let mut per_class = [0usize; NAME_CLASSES.len()];
    for (i, doc) in docs.iter().enumerate() {
        if let Some((k, n)) = args.fold {
            if i % n == k {
                held_out.push(doc.clone());
                continue;
            }
        }
        let sentences = doc["sents"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let text = sentences
            .iter()
            .map(|s| detokenise(s.as_array().map(Vec::as_slice).unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" ");
        let mut gold: HashMap<String, usize> = HashMap::new();
        for mention in doc["vertexSet"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|v| v.as_array().into_iter().flatten())
        {
            if let (Some(name), Some(class)) = (
                mention["name"].as_str(),
                mention["type"].as_str().and_then(class_of),
            ) {
                gold.entry(normalise(name)).or_insert(class);
            }
        }
        let document = Document::from_text(&format!("doc{i}.txt"), &text);
        for cand in extractor.name_candidates(&document) {
            let class = gold.get(&normalise(&cand.text)).copied().unwrap_or(0);
            per_class[class] += 1;
            examples.push((cand.features, class));
        }
    }
    let model = NameModel::train(&examples, args.epochs);
    std::fs::write(&args.out, model.to_bytes()).with_context(|| format!("writing {}", args.out))?;
    eprintln!(
        "{} examples ({}), {} features → {}",
        examples.len(),
        NAME_CLASSES
            .iter()
            .zip(per_class)
            .map(|(c, n)| format!("{}: {n}", if c.is_empty() { "none" } else { c }))
            .collect::<Vec<_>>()
            .join(", "),
        model.len(),
        args.out
    );
    if let Some(path) = args.held_out {
        std::fs::write(&path, serde_json::to_vec(&held_out)?)
            .with_context(|| format!("writing {path}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_name_model: {e:#}");
            ExitCode::FAILURE
        }
    }
}
