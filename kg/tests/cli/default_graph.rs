//! What queries and exports see by default (issue 18, "the default graph"):
//! the articles' facts and the ontology's schema, but of the gazetteer only
//! the individuals the articles mention; `--with-gazetteer` adds the rest.

use std::path::{Path, PathBuf};

use crate::common::{kg, query_csv, stdout_of};

/// Two small articles of our own; they mention Chile, Norway and Kenya.
const ARTICLES: [(&str, &str); 2] = [
    (
        "fisheries.txt",
        "Chile and Norway sign fisheries accord\n\nThe government of Chile signed a fisheries \
         agreement with Norway on Monday. The agreement aims to protect cold-water fish stocks \
         in the southern Pacific.\n",
    ),
    (
        "solar.txt",
        "Kenya joins solar research partnership\n\nKenya will cooperate with Chile on solar \
         energy research, officials said on Tuesday. The partnership is meant to lower the cost \
         of rooftop panels.\n",
    ),
];

const MENTIONED: [&str; 3] = [
    "https://w3id.org/kgraph/entity/chile",
    "https://w3id.org/kgraph/entity/kenya",
    "https://w3id.org/kgraph/entity/norway",
];

/// A store built from [`ARTICLES`]; the directory lives as long as the guard.
fn built_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    for (name, text) in ARTICLES {
        std::fs::write(articles.join(name), text).unwrap();
    }
    let store = dir.path().join("kg.store");
    kg(&store).arg("build").arg(&articles).assert().success();
    (dir, store)
}

/// The values of the first column of CSV results, sorted.
fn column(csv: &str) -> Vec<String> {
    let mut values: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or("").to_owned())
        .collect();
    values.sort();
    values
}

fn query_with_gazetteer(store: &Path, sparql: &str) -> String {
    stdout_of(kg(store).args(["query", "--with-gazetteer", "--format", "csv", sparql]))
}

/// Regression: `?x a kg:Country` returned the gazetteer's ~200 countries
/// for a store of three articles.
#[test]
fn countries_are_those_the_articles_mention() {
    let (_dir, store) = built_store();
    let countries = column(&query_csv(
        &store,
        "SELECT DISTINCT ?x WHERE { ?x a kg:Country }",
    ));
    assert_eq!(countries, MENTIONED);
    // What the articles say of them is there: labels and Wikidata links.
    let labelled = column(&query_csv(
        &store,
        "SELECT DISTINCT ?x WHERE { ?x a kg:Country ; rdfs:label ?l ; owl:sameAs ?wd }",
    ));
    assert_eq!(labelled, MENTIONED);
}

/// Regression: a label query found thousands of cities no article names.
#[test]
fn a_label_query_finds_no_unmentioned_city() {
    let (_dir, store) = built_store();
    let oslo = "SELECT ?x WHERE { ?x rdfs:label \"Oslo\"@en }";
    assert_eq!(column(&query_csv(&store, oslo)), Vec::<String>::new());
    let cities = column(&query_csv(
        &store,
        "SELECT DISTINCT ?x WHERE { ?x a kg:City }",
    ));
    assert!(cities.is_empty(), "{cities:?}");
    // The gazetteer still knows it, when asked.
    assert_eq!(
        column(&query_with_gazetteer(&store, oslo)),
        ["https://w3id.org/kgraph/entity/oslo"]
    );
}

/// The schema stays in the default graph: class hierarchies and property
/// declarations answer as before (the lexicon's words, with the gazetteer).
#[test]
fn subclass_paths_still_work() {
    let (_dir, store) = built_store();
    // Only the schema says that a Country is a Place.
    let places = column(&query_csv(
        &store,
        "SELECT DISTINCT ?x WHERE { ?x a ?c . ?c rdfs:subClassOf+ kg:Place }",
    ));
    for country in MENTIONED {
        assert!(places.iter().any(|p| p == country), "{places:?}");
    }
    let ancestors = column(&query_csv(
        &store,
        "SELECT ?c WHERE { kg:Country rdfs:subClassOf* ?c }",
    ));
    assert!(
        ancestors.contains(&"https://w3id.org/kgraph/ontology#Agent".to_owned()),
        "{ancestors:?}"
    );
    // The lexicon's words come with the gazetteer (see
    // `word_lists_are_left_out_unless_asked_for`).
    let trigger = query_with_gazetteer(&store, "SELECT ?w WHERE { kg:issues kg:verbTrigger ?w }");
    assert!(trigger.contains("issue"), "{trigger}");
}

#[test]
fn with_gazetteer_returns_every_country() {
    let (_dir, store) = built_store();
    let countries = column(&query_with_gazetteer(
        &store,
        "SELECT DISTINCT ?x WHERE { ?x a kg:Country }",
    ));
    assert!(countries.len() > 150, "{}", countries.len());
    for country in MENTIONED {
        assert!(countries.iter().any(|c| c == country));
    }
    assert!(countries
        .iter()
        .any(|c| c == "https://w3id.org/kgraph/entity/andorra"));
}

/// Regression: `kg export` of a few small articles was mostly gazetteer
/// (661 KB for three articles).
#[test]
fn export_leaves_out_unmentioned_gazetteer_individuals() {
    let (_dir, store) = built_store();
    let default = stdout_of(kg(&store).args(["export", "--format", "ntriples"]));
    assert!(default.contains("<https://w3id.org/kgraph/entity/norway>"));
    assert!(!default.contains("<https://w3id.org/kgraph/entity/andorra>"));
    assert!(!default.contains("<https://w3id.org/kgraph/entity/oslo>"));
    assert!(!default.contains("<https://w3id.org/kgraph/graph/gazetteer>"));
    // The schema is exported.
    assert!(default.contains("<https://w3id.org/kgraph/ontology#Country>"));
    let full = stdout_of(kg(&store).args(["export", "--format", "nquads", "--with-gazetteer"]));
    assert!(full.contains("<https://w3id.org/kgraph/entity/andorra>"));
    assert!(full.contains("<https://w3id.org/kgraph/graph/gazetteer>"));
    assert!(
        default.len() * 3 < full.len(),
        "{} bytes by default, {} with the gazetteer",
        default.len(),
        full.len()
    );
    // Asked for by name, the gazetteer graph is exported on its own.
    let named = stdout_of(kg(&store).args([
        "export",
        "--format",
        "ntriples",
        "--graph",
        "https://w3id.org/kgraph/graph/gazetteer",
    ]));
    assert!(named.contains("<https://w3id.org/kgraph/entity/andorra>"));
}

/// The gazetteer graph is listed with its size, and `kg stats` counts the
/// articles' statements, not the ontology's.
#[test]
fn graphs_and_stats_tell_the_gazetteer_apart() {
    let (_dir, store) = built_store();
    let graphs = stdout_of(kg(&store).arg("graphs"));
    assert!(
        graphs.contains("<https://w3id.org/kgraph/graph/gazetteer>"),
        "{graphs}"
    );
    let stats = stdout_of(kg(&store).arg("stats"));
    let statements: usize = stats
        .lines()
        .find_map(|l| l.strip_prefix("statements "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{stats}"));
    let in_documents: usize = query_csv(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/kgraph/doc/\")) }",
    )
    .lines()
    .nth(1)
    .and_then(|n| n.trim().parse().ok())
    .unwrap();
    assert_eq!(statements, in_documents, "{stats}");
    assert!(stats.contains("of gazetteer"), "{stats}");
}

/// Regression (issue 18): of a default export of three small articles,
/// most statements were the extraction lexicon's word lists
/// (`kg:commonWord`, `kg:givenName` …). They are a graph of their own,
/// shown, like the gazetteer, only with `--with-gazetteer`; the schema's
/// classes and properties (and the declarations of the word properties)
/// stay.
#[test]
fn word_lists_are_left_out_unless_asked_for() {
    let (_dir, store) = built_store();
    let words = "https://w3id.org/kgraph/graph/words";
    let default = stdout_of(kg(&store).args(["export", "--format", "nquads"]));
    assert!(!default.contains("<https://w3id.org/kgraph/ontology#commonWord> \""));
    assert!(!default.contains(words));
    assert!(default.contains("<https://w3id.org/kgraph/ontology#commonWord> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#AnnotationProperty>"));
    let ontology_lines = default
        .lines()
        .filter(|l| l.ends_with("<https://w3id.org/kgraph/graph/ontology> ."))
        .count();
    let article_lines = default
        .lines()
        .filter(|l| l.contains("<https://w3id.org/kgraph/doc/"))
        .count();
    // The schema grows by a few statements with each word property the
    // rules read (its declaration stays in the default graph); the word
    // lists themselves are thousands of statements, far over either bound.
    assert!(
        ontology_lines < 2_000 && ontology_lines < 2 * article_lines.max(600),
        "{ontology_lines} ontology statements, {article_lines} of the articles"
    );
    let counted = |sparql: &str, with: bool| -> usize {
        let mut cmd = kg(&store);
        cmd.args(["query", "--format", "csv"]);
        if with {
            cmd.arg("--with-gazetteer");
        }
        stdout_of(cmd.arg(sparql))
            .lines()
            .nth(1)
            .and_then(|n| n.trim().parse().ok())
            .unwrap()
    };
    let common = "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:commonWord ?w }";
    assert_eq!(counted(common, false), 0);
    assert!(counted(common, true) > 1000);
    let full = stdout_of(kg(&store).args(["export", "--format", "nquads", "--with-gazetteer"]));
    assert!(full.contains(&format!("<{words}> .")));
    let stats = stdout_of(kg(&store).arg("stats"));
    assert!(stats.contains("of word lists"), "{stats}");
    let graphs = stdout_of(kg(&store).arg("graphs"));
    assert!(graphs.contains(words), "{graphs}");
}

/// Regression (issue 18): the build summary counted every data statement of
/// the store ("52 statement(s) from the articles" when nothing was built).
/// It counts what the build wrote from the articles.
#[test]
fn the_build_summary_counts_only_what_it_built() {
    let (dir, store) = built_store();
    let imported = dir.path().join("extra.nt");
    std::fs::write(
        &imported,
        "<https://example.org/a> <https://example.org/b> \"c\" .\n",
    )
    .unwrap();
    kg(&store).arg("load").arg(&imported).assert().success();
    let out = assert_cmd::Command::cargo_bin("kg")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .arg("build")
        .arg(dir.path().join("articles"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "built 0 document(s) (2 unchanged, 0 replaced): 0 statement(s) from the articles"
        ),
        "{stderr}"
    );
}
