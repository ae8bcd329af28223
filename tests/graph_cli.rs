//! `kg dot`, `kg path`, `kg rank` and `kg neighbors` on small hand-made
//! graphs with known answers, and DOT that Graphviz accepts whatever the
//! entity names.

use std::path::Path;
use std::process::{Command as Process, Stdio};

mod common;
use common::{kg, stdout_of};

/// A chain A → B → C → D plus a hub H linked to everyone, and one evidence
/// node for A → B.
const SMALL: &str = r#"@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix e: <https://example.org/> .
e:a a kg:Country ; rdfs:label "Alpha" ; skos:altLabel "Alphaland" ; kg:cooperatesWith e:b .
e:b a kg:Country ; rdfs:label "Beta" ; kg:cooperatesWith e:c .
e:c a kg:GovernmentBody ; rdfs:label "Gamma Office" ; kg:issues e:d .
e:d a kg:Strategy ; rdfs:label "Delta Strategy" .
e:h a kg:InternationalOrganization ; rdfs:label "Hub" .
e:a kg:memberOf e:h . e:b kg:memberOf e:h . e:c kg:memberOf e:h .
e:ev a kg:Evidence ; rdf:subject e:a ; rdf:predicate kg:cooperatesWith ; rdf:object e:b ;
    kg:quote "Alpha will cooperate with Beta on fisheries." .
e:a rdfs:comment "literals stay out of the picture" .
"#;

fn small_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let data = dir.path().join("small.ttl");
    std::fs::write(&data, SMALL).unwrap();
    kg(&store).arg("load").arg(&data).assert().success();
    (dir, store)
}

fn graphviz_parses(dot: &str) -> bool {
    let Ok(mut child) = Process::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    else {
        // Graphviz is not installed here (CI installs it).
        eprintln!("graphviz not found; skipping the parse check");
        return true;
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    }
    out.status.success()
}

fn edges(dot: &str) -> usize {
    dot.lines()
        .filter(|l| l.contains(" -> ") && !l.contains("legend"))
        .count()
}

fn nodes(dot: &str) -> usize {
    dot.lines()
        .filter(|l| l.trim_start().starts_with('n') && l.contains("[label=") && !l.contains(" -> "))
        .count()
}

#[test]
fn dot_draws_exactly_the_entities_and_relations() {
    let (_dir, store) = small_store();
    let dot = stdout_of(kg(&store).arg("dot"));
    assert_eq!(nodes(&dot), 5, "{dot}");
    assert_eq!(edges(&dot), 6, "{dot}");
    assert!(!dot.contains("literals stay out"), "{dot}");
    assert!(!dot.contains("Evidence"), "{dot}");
    assert!(dot.contains("label=\"Delta Strategy\""), "{dot}");
    assert!(graphviz_parses(&dot));
    // Deterministic.
    assert_eq!(dot, stdout_of(kg(&store).arg("dot")));
}

#[test]
fn focus_depth_predicate_class_and_max_nodes_select() {
    let (_dir, store) = small_store();
    let one = stdout_of(kg(&store).args(["dot", "--focus", "Alpha", "--depth", "1"]));
    assert_eq!(nodes(&one), 3, "{one}"); // Alpha, Beta, Hub
    let by_alias = stdout_of(kg(&store).args(["dot", "--focus", "alphaland"]));
    assert_eq!(one, by_alias);
    let by_iri = stdout_of(kg(&store).args(["dot", "--focus", "https://example.org/a"]));
    assert_eq!(one, by_iri);
    let chain = stdout_of(kg(&store).args([
        "dot",
        "--focus",
        "Alpha",
        "--depth",
        "3",
        "--predicate",
        "cooperatesWith",
        "--predicate",
        "kg:issues",
    ]));
    assert_eq!(nodes(&chain), 4, "{chain}");
    assert_eq!(edges(&chain), 3, "{chain}");
    let countries = stdout_of(kg(&store).args(["dot", "--class", "Country"]));
    assert_eq!(nodes(&countries), 2, "{countries}");
    let capped = stdout_of(kg(&store).args(["dot", "--max-nodes", "2"]));
    assert_eq!(nodes(&capped), 2, "{capped}");
    assert!(capped.contains("// --max-nodes 2"), "{capped}");
    // Beta, Gamma Office and Hub all have degree 3; ties go by IRI.
    assert!(capped.contains("\"Beta\""), "{capped}");
    assert!(capped.contains("\"Gamma Office\""), "{capped}");
}

#[test]
fn unknown_focus_is_bad_input_with_suggestions() {
    let (_dir, store) = small_store();
    kg(&store)
        .args(["dot", "--focus", "Gamma"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("Gamma Office"));
}

#[test]
fn dot_of_a_construct_query() {
    let (dir, store) = small_store();
    let query = dir.path().join("q.rq");
    std::fs::write(
        &query,
        "CONSTRUCT { ?s kg:issues ?o } WHERE { ?s kg:issues ?o }",
    )
    .unwrap();
    let dot = stdout_of(kg(&store).arg("dot").arg("--query").arg(&query));
    assert_eq!(nodes(&dot), 2, "{dot}");
    assert!(
        dot.contains("\"Gamma Office\""),
        "labels come from the store: {dot}"
    );
}

#[test]
fn hostile_names_still_give_valid_dot_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let long = "x".repeat(1000);
    let data = format!(
        r#"@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://e.org/1> rdfs:label "Quote \" back\\slash \\n <angle> {{brace}} ;semi" ; kg:cooperatesWith <https://e.org/2> .
<https://e.org/2> rdfs:label "line\nbreak\ttab \u0007bell 中国 العربية 🚀" ; kg:cooperatesWith <https://e.org/3> .
<https://e.org/3> rdfs:label "{long}" ; kg:cooperatesWith <https://e.org/4> .
<https://e.org/4> rdfs:label "-- digraph {{ }} // /* */ <html>" .
"#
    );
    let file = dir.path().join("hostile.ttl");
    std::fs::write(&file, data).unwrap();
    kg(&store).arg("load").arg(&file).assert().success();
    let dot = stdout_of(kg(&store).arg("dot"));
    assert_eq!(nodes(&dot), 4, "{dot}");
    assert!(graphviz_parses(&dot), "{dot}");
    let svg = stdout_of(
        kg(&store)
            .env("KG_NO_GRAPHVIZ", "1")
            .args(["dot", "--format", "svg"]),
    );
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg}");
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(!svg.contains("<angle>"), "escaped");
    assert!(!svg.contains('\u{7}'));
}

#[test]
fn path_prints_each_hop_with_its_sentence() {
    let (_dir, store) = small_store();
    let out = stdout_of(kg(&store).args(["path", "Alpha", "Delta Strategy"]));
    // Shortest: Alpha → Hub ← Gamma → Delta, or Alpha → Beta → Gamma?
    // Both Alpha–Hub–Gamma–Delta and Alpha–Beta–Gamma–Delta have 3 hops.
    assert!(out.contains("path 1 (3 hops)"), "{out}");
    assert!(out.contains("path 2 (3 hops)"), "{out}");
    assert!(
        out.contains("Alpha will cooperate with Beta on fisheries."),
        "{out}"
    );
    kg(&store)
        .args(["path", "Alpha", "Nowhere"])
        .assert()
        .code(2);
}

#[test]
fn rank_puts_the_hub_first() {
    let (_dir, store) = small_store();
    let out = stdout_of(kg(&store).args(["rank", "--top", "3"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    // Hub has in-degree 3 and no way out: the highest PageRank.
    assert!(lines[1].ends_with("Hub"), "{out}");
    assert!(lines[1].contains("kg:InternationalOrganization"), "{out}");
}

#[test]
fn neighbors_lists_both_directions() {
    let (_dir, store) = small_store();
    let out = stdout_of(kg(&store).args(["neighbors", "Beta"]));
    assert!(out.contains("in   kg:cooperatesWith  Alpha"), "{out}");
    assert!(
        out.contains("out  kg:cooperatesWith  Gamma Office"),
        "{out}"
    );
    assert!(out.contains("out  kg:memberOf        Hub"), "{out}");
}

/// (source label, edge label, target label) of every edge of a DOT file.
fn labelled_edges(dot: &str) -> std::collections::BTreeSet<(String, String, String)> {
    let mut labels = std::collections::HashMap::new();
    for line in dot.lines() {
        let line = line.trim();
        if let Some((id, rest)) = line.split_once(" [label=\"") {
            if !id.contains(' ') {
                let label = rest.split("\", ").next().unwrap_or("").replace("\\n", " ");
                labels.insert(id.to_owned(), label);
            }
        }
    }
    dot.lines()
        .filter_map(|line| {
            let line = line.trim();
            let (ends, rest) = line.split_once(" [label=\"")?;
            let (a, b) = ends.split_once(" -> ")?;
            let label = rest.split('"').next()?.to_owned();
            Some((labels.get(a)?.clone(), label, labels.get(b)?.clone()))
        })
        .collect()
}

#[test]
fn the_bundled_example_draws_exactly_its_facts_and_parses() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    kg(&store).arg("build").arg(&articles).assert().success();
    let all = stdout_of(kg(&store).arg("dot"));
    let expected: std::collections::BTreeSet<(String, String, String)> = [
        (
            "China",
            "cooperates with",
            "Association of Southeast Asian Nations",
        ),
        (
            "China",
            "issues",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "China",
            "cooperates with",
            "countries along the Belt and Road",
        ),
        ("China", "issues", "white paper on green development"),
        // "China will continue to cooperate with …": a controlled verb, read from the parse.
        (
            "China",
            "cooperates with",
            "United Nations Environment Programme",
        ),
        ("Li Qiang", "holds position", "Premier"),
        (
            "Malaysia",
            "signs",
            "memorandum of understanding on port digitalisation",
        ),
        (
            "Maritime and Port Authority of Singapore",
            "signs",
            "memorandum of understanding on port digitalisation",
        ),
        (
            "Ministry of Commerce",
            "issues",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "Ministry of Transport of Malaysia",
            "signs",
            "memorandum of understanding on port digitalisation",
        ),
        (
            "Ministry of Transport of Malaysia",
            "cooperates with",
            "neighbouring countries",
        ),
        ("Ministry of Transport of Malaysia", "issues", "white paper"),
        (
            "National Development and Reform Commission",
            "issues",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "Singapore",
            "signs",
            "memorandum of understanding on port digitalisation",
        ),
        (
            "State Council Information Office",
            "issues",
            "Green Development in the New Era",
        ),
        ("Wang Yi", "holds position", "Foreign Minister"),
        (
            "expansion of cross-border electronic commerce",
            "goal of",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "fair and transparent rules for digital payments",
            "goal of",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "lower barriers to the flow of data between trusted partners",
            "goal of",
            "Global Digital Trade Cooperation Strategy",
        ),
        (
            "present the achievements of the past decade to readers at home and abroad",
            "goal of",
            "Green Development in the New Era",
        ),
        (
            "stronger protection of consumers who shop online",
            "goal of",
            "Global Digital Trade Cooperation Strategy",
        ),
    ]
    .iter()
    .map(|(a, p, b)| (a.to_string(), p.to_string(), b.to_string()))
    .collect();
    assert_eq!(labelled_edges(&all), expected, "{all}");
    assert_eq!(nodes(&all), 26, "{all}");
    assert!(graphviz_parses(&all));
    let china = stdout_of(kg(&store).args(["dot", "--focus", "China"]));
    assert_eq!(labelled_edges(&china).len(), 5, "{china}");
    assert!(graphviz_parses(&china));
}
