//! A long single document (a report, a book): `kg build` reads it in
//! sections and says how far it has come, a fact it repeats keeps a bounded
//! amount of evidence, and a store slow to open says what to do about it.

use std::path::Path;

use assert_cmd::Command;

use crate::common::{kg, output_of, query_csv};

/// The sentence every paragraph repeats: one `kg:issues` fact.
const FACT: &str = "The Ministry of Commerce issued new guidelines on export controls.";

/// About 300 KB of paragraphs written for this test, each stating [`FACT`];
/// returns the number of paragraphs.
fn write_long_text(path: &Path) -> usize {
    let towns = [
        "Oakport",
        "Velmar",
        "Kestrel Bay",
        "Lindholm",
        "Marrow Falls",
        "Eastwick",
    ];
    let goods = ["copper wire", "drone parts", "solar cells", "machine tools"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let mut paragraphs = Vec::new();
    while paragraphs
        .iter()
        .map(|p: &String| p.len() + 2)
        .sum::<usize>()
        < 300_000
    {
        let k = paragraphs.len();
        paragraphs.push(format!(
            "Traders in {} met on {}. {FACT} The rules cover {} sent from the harbour.",
            towns[k % towns.len()],
            days[k % days.len()],
            goods[k % goods.len()],
        ));
    }
    std::fs::write(path, paragraphs.join("\n\n")).unwrap();
    paragraphs.len()
}

/// The first value of a one-column CSV result.
fn single_value(csv: &str) -> String {
    csv.lines().nth(1).unwrap_or_default().trim().to_owned()
}

#[test]
fn a_long_document_is_read_in_sections_with_bounded_evidence() {
    let work = tempfile::tempdir().unwrap();
    let text = work.path().join("long.txt");
    let paragraphs = write_long_text(&text);
    let store = work.path().join("store");

    // Not --quiet: off a terminal, progress is a line per tenth of the sections.
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(&text)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let progress: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("sections read"))
        .collect();
    // 300 KB in sections of at most 50,000 bytes: at least six.
    let last = progress.last().expect("a progress line");
    let (done, total) = last
        .rsplit(": ")
        .next()
        .and_then(|l| l.strip_suffix(" sections read"))
        .and_then(|l| l.split_once('/'))
        .expect("done/total");
    assert_eq!(done, total, "{stderr}");
    let total: usize = total.parse().unwrap();
    assert!(total >= 6, "{stderr}");
    assert!(progress.len() <= 11, "at most a line per tenth: {stderr}");
    assert!(progress[0].contains("long.txt: 1/"), "{stderr}");

    // The fact is stated once per paragraph: ten quotes are kept, the
    // others counted.
    let kept = query_csv(
        &store,
        "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Evidence ; rdf:predicate kg:issues }",
    );
    assert_eq!(single_value(&kept), "10");
    let omitted = query_csv(
        &store,
        "SELECT ?n WHERE { ?e a kg:OmittedEvidence ; rdf:predicate kg:issues ; kg:omittedCount ?n }",
    );
    assert_eq!(single_value(&omitted), (paragraphs - 10).to_string());
    // One ministry for the whole text, mentioned in every paragraph.
    let mentions = query_csv(
        &store,
        "SELECT (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e . ?e rdfs:label \"Ministry of Commerce\"@en }",
    );
    assert_eq!(single_value(&mentions), paragraphs.to_string());
}

// The note is for the files backend, whose open re-reads every graph.
#[cfg(not(feature = "rocksdb"))]
#[test]
fn a_slow_store_open_names_the_remedies_once() {
    let work = tempfile::tempdir().unwrap();
    let text = work.path().join("note.txt");
    std::fs::write(&text, format!("{FACT}\n")).unwrap();
    let store = work.path().join("store");
    crate::common::stdout_of(kg(&store).arg("build").arg(&text));
    let run = |threshold: Option<&str>, quiet: bool| {
        let mut cmd = Command::cargo_bin("kg").unwrap();
        cmd.arg("--store").arg(&store);
        if quiet {
            cmd.arg("--quiet");
        }
        cmd.args(["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"]);
        cmd.env_remove("KG_SLOW_OPEN_SECONDS");
        if let Some(seconds) = threshold {
            cmd.env("KG_SLOW_OPEN_SECONDS", seconds);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // Threshold 0: every open is slow.
    let told = run(Some("0"), false);
    assert_eq!(
        told.matches("kg: note: opening the store").count(),
        1,
        "{told}"
    );
    for remedy in ["kg serve", "rocksdb", "kg push"] {
        assert!(told.contains(remedy), "{told}");
    }
    // The default (2 s) is far above opening a one-article store.
    assert!(!run(None, false).contains("opening the store"));
    assert!(!run(Some("0"), true).contains("opening the store"));
}

#[test]
fn a_long_document_is_extracted_in_order_as_it_is_stored() {
    let work = tempfile::tempdir().unwrap();
    let text = work.path().join("long.txt");
    write_long_text(&text);
    // Longer than a section: its statements are written as they are made.
    let out = Command::cargo_bin("kg")
        .unwrap()
        .args(["extract", "--format", "nquads"])
        .arg(&text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let nquads = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = nquads.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert!(lines == sorted, "in N-Quads order, each statement once");

    // The store holds the same statements (in a graph named after the
    // source as well as the text), and the whole text.
    let store = work.path().join("store");
    crate::common::stdout_of(kg(&store).arg("build").arg(&text));
    let stored = query_csv(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g a kg:SourceDocument \
         FILTER(?p != schema:text) }",
    );
    assert_eq!(single_value(&stored), lines.len().to_string());
    let kept = query_csv(
        &store,
        "SELECT (STRLEN(?t) AS ?n) WHERE { GRAPH ?g { ?g schema:text ?t } }",
    );
    assert_eq!(
        single_value(&kept),
        std::fs::read_to_string(&text)
            .unwrap()
            .chars()
            .count()
            .to_string()
    );
}

/// About 5,000 group descriptions ("the three countries", "the four
/// parties") in a long text, written for this test, are each read (their
/// count comes from an index built once per document; its cost is measured
/// in BENCHMARKS.md, session 39, not timed here).
#[test]
fn a_long_document_of_group_descriptions_is_read_whole() {
    let work = tempfile::tempdir().unwrap();
    let text = work.path().join("groups.txt");
    let mut paragraphs = vec!["Summit talks".to_owned()];
    for k in 0..2_500 {
        paragraphs.push(format!(
            "France, Germany, Italy and the Government of Spain met in Rome on day {k}. \
             The four parties signed the Ocean Treaty. The three countries welcomed it."
        ));
    }
    std::fs::write(&text, paragraphs.join("\n\n")).unwrap();
    let (nt, _) = output_of(
        Command::cargo_bin("kg")
            .unwrap()
            .args(["extract", "--format", "ntriples"])
            .arg(&text),
    );
    assert!(
        nt.contains("/entity/italy> <https://w3id.org/kgraph/ontology#signs>"),
        "the four parties sign"
    );
}
