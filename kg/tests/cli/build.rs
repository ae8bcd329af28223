//! `kg build` end to end: articles in, one named graph per article, reruns
//! skip unchanged articles and replace changed ones.

use std::path::Path;

use assert_cmd::Command;

use crate::common::kg;

fn query(store: &Path, sparql: &str) -> String {
    crate::common::stdout_of(kg(store).args(["query", "--format", "tsv", sparql]))
}

fn count(store: &Path, sparql_where: &str) -> usize {
    let out = query(
        store,
        // The default graph is the union of all graphs, which repeats a
        // triple stated in several graphs: count distinct solutions.
        &format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT * WHERE {{ {sparql_where} }} }}"
        ),
    );
    let line = out.lines().nth(1).unwrap_or("0");
    line.split('"')
        .nth(1)
        .unwrap_or(line)
        .split('^')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

const ARTICLE: &str = "The Coastal Data Strategy was issued by the Ministry of Commerce on Monday.\n\nThe goals of the strategy are: cleaner harbours; faster customs checks; and open port data.\n";

#[test]
fn build_stores_one_graph_per_article_and_skips_unchanged_ones() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.txt"), ARTICLE).unwrap();
    std::fs::write(
        articles.join("b.txt"),
        "Kenya will work with the African Union on disease surveillance.\n",
    )
    .unwrap();

    kg(&store).arg("build").arg(&articles).assert().success();
    let documents = "?d a kg:SourceDocument";
    assert_eq!(count(&store, documents), 2);
    assert_eq!(count(&store, "?s kg:issues ?o"), 1);
    assert_eq!(count(&store, "?g kg:goalOf ?o"), 3);

    // Unchanged: nothing is rebuilt.
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(&articles)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("built 0 document(s) (2 unchanged"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Changed: the old graph of that source is replaced, not kept beside the new one.
    std::fs::write(
        articles.join("a.txt"),
        ARTICLE.replace("Ministry of Commerce", "Ministry of Finance"),
    )
    .unwrap();
    kg(&store).arg("build").arg(&articles).assert().success();
    assert_eq!(count(&store, documents), 2);
    assert_eq!(
        count(
            &store,
            "?s kg:issues ?o . ?s rdfs:label \"Ministry of Finance\"@en"
        ),
        1
    );
    assert_eq!(
        count(
            &store,
            "?s kg:issues ?o . ?s rdfs:label \"Ministry of Commerce\"@en"
        ),
        0
    );
}

/// Regression (issue 18): the build summary counted the ontology's 24 k
/// statements as if the articles had produced them.
#[test]
fn the_build_summary_counts_the_articles_statements_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(&article)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary = stderr.lines().find(|l| l.starts_with("built ")).unwrap();
    let stated: usize = summary
        .split("): ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{summary}"));
    let in_documents = count(
        &store,
        "GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/kgraph/doc/\"))",
    );
    assert_eq!(stated, in_documents, "{summary}");
    assert!(
        summary.contains("statement(s) from the articles"),
        "{summary}"
    );
}

#[test]
fn facts_carry_queryable_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    kg(&store).arg("build").arg(&article).assert().success();
    let rows = query(
        &store,
        "SELECT ?quote ?rule WHERE { ?e rdf:subject ?s ; rdf:predicate kg:issues ; rdf:object ?o ; kg:quote ?quote ; kg:rule ?rule ; prov:wasDerivedFrom ?doc . ?doc dcterms:source ?src }",
    );
    assert!(
        rows.contains("issued by the Ministry of Commerce"),
        "{rows}"
    );
    assert!(rows.contains("issues/passive"), "{rows}");
}

#[test]
fn provenance_none_drops_evidence_and_mentions() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    kg(&store)
        .args(["build", "--provenance", "none"])
        .arg(&article)
        .assert()
        .success();
    assert_eq!(count(&store, "?s kg:issues ?o"), 1);
    assert_eq!(count(&store, "?e a kg:Evidence"), 0);
    assert_eq!(count(&store, "?m a kg:Mention"), 0);
}

#[test]
fn the_ontology_is_stored_and_queryable() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    kg(&store).arg("build").arg(&article).assert().success();
    // The lexicon's words are in their own graph, queried with the gazetteer.
    let rows = query(&store, "SELECT ?w WHERE { kg:issues kg:verbTrigger ?w }");
    assert!(!rows.contains("\"issue\""), "{rows}");
    let rows = String::from_utf8(
        kg(&store)
            .args(["query", "--with-gazetteer", "--format", "csv"])
            .arg("SELECT ?w WHERE { GRAPH kgg:words { kg:issues kg:verbTrigger ?w } }")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(rows.contains("issue"), "{rows}");
}

#[test]
fn user_ontology_adds_a_trigger_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "The Ministry of Commerce rubber-stamped the Coastal Data Strategy on Monday.\n",
    )
    .unwrap();
    let extra = dir.path().join("extra.ttl");
    std::fs::write(&extra, "@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:issues kg:irregularForm \"rubber-stamped\" .\n").unwrap();
    let without = Command::cargo_bin("kg")
        .unwrap()
        .args(["extract", "--format", "ntriples"])
        .arg(&article)
        .output()
        .unwrap();
    let with = Command::cargo_bin("kg")
        .unwrap()
        .args(["extract", "--format", "ntriples", "--ontology"])
        .arg(&extra)
        .arg(&article)
        .output()
        .unwrap();
    let issues = |out: &[u8]| {
        String::from_utf8_lossy(out)
            .lines()
            .filter(|l| l.contains("ontology#issues> <"))
            .count()
    };
    assert_eq!(issues(&without.stdout), 0);
    assert_eq!(
        issues(&with.stdout),
        1,
        "{}",
        String::from_utf8_lossy(&with.stderr)
    );
}

/// Runs `kg extract --ontology FILE` on the test article, FILE named `name`
/// and holding `turtle`.
fn extract_with_user_ontology(name: &str, turtle: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let extra = dir.path().join(name);
    std::fs::write(&extra, turtle).unwrap();
    Command::cargo_bin("kg")
        .unwrap()
        .args(["extract", "--ontology"])
        .arg(&extra)
        .arg(&article)
        .output()
        .unwrap()
}

#[test]
fn broken_user_ontology_is_bad_input_with_position() {
    let out = extract_with_user_ontology(
        "broken.ttl",
        "@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:issues kg:verbTrigger .\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.ttl") && stderr.contains("line 2"),
        "{stderr}"
    );
}

#[test]
fn malformed_user_frame_is_bad_input_naming_the_frame() {
    let out = extract_with_user_ontology(
        "frames.ttl",
        "@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:signs kg:frame \"verb: nsubj obj\" .\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("\"verb: nsubj obj\"") && stderr.contains("->"),
        "{stderr}"
    );
}

/// Regression: a mistyped input path used to create the store and write the
/// ontology graph before the build failed.
#[test]
fn a_missing_input_fails_before_the_store_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let missing = dir.path().join("no-such-article.txt");
    let out = kg(&store).arg("build").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-article.txt"), "{stderr}");
    assert!(!store.exists(), "the store was created");
}

#[test]
fn partners_of_countries_lists_each_partner_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let root = crate::common::repo_root();
    kg(&store)
        .arg("build")
        .arg(root.join("examples/articles"))
        .assert()
        .success();
    let out = kg(&store)
        .args(["query", "--format", "tsv", "-f"])
        .arg(root.join("examples/queries/partners-of-countries.rq"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Vec<Vec<String>> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect();
    assert!(!rows.is_empty());
    let pairs: std::collections::BTreeSet<_> = rows.iter().map(|r| (&r[0], &r[1])).collect();
    assert_eq!(pairs.len(), rows.len(), "a partner listed twice: {rows:?}");
    // The most specific class, not a superclass such as Agent.
    assert!(rows.iter().all(|r| !r[2].contains("Agent")), "{rows:?}");
}

/// Regression: words added to the text lexicon with `--ontology` reached
/// extraction's lexicon but not sentence splitting.
#[test]
fn user_sentence_starters_reach_sentence_splitting() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("lease.txt");
    std::fs::write(
        &article,
        "The council signed a harbour lease with Acme Corp. Afterwards the county council met on Monday morning.\n",
    )
    .unwrap();
    let extra = dir.path().join("starters.ttl");
    std::fs::write(
        &extra,
        "@prefix kg: <https://w3id.org/kgraph/ontology#> .\n<https://w3id.org/kgraph/ontology> kg:sentenceStarter \"Afterwards\" .\n",
    )
    .unwrap();
    let sentences = |extra_args: &[&std::path::Path]| {
        let mut cmd = Command::cargo_bin("kg").unwrap();
        cmd.arg("parse");
        for path in extra_args {
            cmd.arg("--ontology").arg(path);
        }
        let out = cmd.arg(&article).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("# text = "))
            .count()
    };
    assert_eq!(
        sentences(&[]),
        1,
        "\"Corp.\" does not end a sentence by default"
    );
    assert_eq!(
        sentences(&[extra.as_path()]),
        2,
        "the user's starter ends it"
    );
}
