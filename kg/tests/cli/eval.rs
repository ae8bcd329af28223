//! `kg eval`: the scorer in the product, checked against the reference
//! scorer (`eval/score.py` beside the repository) and on bad input.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

fn kg_eval(gold: &Path, texts: &Path, format: &str) -> std::process::Output {
    Command::cargo_bin("kg")
        .unwrap()
        .args(["--quiet", "eval", "--format", format])
        .arg(gold)
        .arg(texts)
        .output()
        .unwrap()
}

fn example() -> (PathBuf, PathBuf) {
    let root = crate::common::repo_root().join("examples/eval");
    (root.join("gold.json"), root.join("texts"))
}

/// The reference scorer's per-document line, rebuilt from `kg eval`'s JSON.
fn reference_lines(report: &Value) -> Vec<String> {
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}: must {}/{}, relations {} ({} wrong), entities {}/{} (typed {})",
                d["id"].as_str().unwrap(),
                d["found"],
                d["must"],
                d["extracted"],
                d["wrong"],
                d["entities_found"],
                d["entities"],
                d["entities_typed"]
            )
        })
        .collect()
}

#[test]
fn the_figures_equal_the_reference_scorers_on_the_example() {
    let (gold, texts) = example();
    let out = kg_eval(&gold, &texts, "json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let scorer = crate::common::repo_root().join("../shared/eval/score.py");
    // The reference scorer ships with the shared data beside the clone, not
    // with the project: CI always has it; a bare clone skips the comparison.
    if !scorer.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have the reference scorer at {}",
            scorer.display()
        );
        eprintln!("skipped: no reference scorer at {}", scorer.display());
        return;
    }
    let kg = assert_cmd::cargo::cargo_bin("kg");
    let reference = Process::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg("--run")
        .arg(format!(
            "{} extract {{file}} --format ntriples",
            kg.display()
        ))
        .arg(&texts)
        .output()
        .expect("python3 runs the reference scorer");
    assert!(reference.status.success());
    let reference = String::from_utf8(reference.stdout).unwrap();
    let expected: Vec<&str> = reference
        .lines()
        .filter(|l| l.starts_with("harbour:") || l.starts_with("water:"))
        .collect();
    assert_eq!(reference_lines(&report), expected);
    let summary = reference.lines().last().unwrap();
    let ours = format!(
        "precision {:.2} recall {:.2} F1 {:.2} entity-recall {:.2} typed {:.2}",
        report["precision"].as_f64().unwrap(),
        report["recall"].as_f64().unwrap(),
        report["f1"].as_f64().unwrap(),
        report["entity_recall"].as_f64().unwrap(),
        report["entity_typed"].as_f64().unwrap()
    );
    assert_eq!(ours, summary);
}

#[test]
fn the_table_lists_every_kind_the_misses_and_the_wrong_facts() {
    let (gold, texts) = example();
    let out = kg_eval(&gold, &texts, "table");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    for kind in [
        "issues",
        "cooperatesWith",
        "goalOf",
        "signs",
        "holdsPosition",
        "memberOf",
        "all",
    ] {
        assert!(
            table.lines().any(|l| l.starts_with(kind)),
            "no row for {kind}:\n{table}"
        );
    }
    let all = table.lines().find(|l| l.starts_with("all ")).unwrap();
    let must: usize = all.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert_eq!(must, 16, "both documents' must facts are counted");
    assert!(table.contains("\nmissed ("), "{table}");
    assert!(table.contains("\nwrong ("), "{table}");
    // Each miss is named by the gold's names, not by its keys.
    let missed = table.split("\nmissed (").nth(1).unwrap();
    assert!(
        !missed.contains(" g1 ") && !missed.contains("pos_"),
        "{missed}"
    );
}

#[test]
fn a_gold_file_that_is_not_json_names_the_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.json");
    std::fs::write(
        &gold,
        "{\"docs\": {\"d\": {\"file\": \"d.txt\",\n  \"must\": [[\"a\" \"issues\"]]}}}",
    )
    .unwrap();
    let out = kg_eval(&gold, dir.path(), "table");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gold.json") && err.contains("line 2"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn an_undefined_key_and_a_missing_text_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.json");
    std::fs::write(
        &gold,
        r#"{"docs": {"d": {"file": "d.txt", "entities": {"a": {"type": "Country", "aliases": ["Peru"]}},
            "must": [["a", "issues", "plan"]]}}}"#,
    )
    .unwrap();
    let out = kg_eval(&gold, dir.path(), "table");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("\"plan\"") && err.contains("document d"),
        "{err}"
    );

    std::fs::write(
        &gold,
        r#"{"docs": {"d": {"file": "d.txt"}, "e": {"file": "e.txt"}}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("e.txt"),
        "Peru and Chile signed a long accord on fishing today.",
    )
    .unwrap();
    let out = kg_eval(&gold, dir.path(), "table");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 of 2") && err.contains("d.txt") && !err.contains("e.txt"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
