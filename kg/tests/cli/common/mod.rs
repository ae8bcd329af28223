//! Helpers shared by the integration tests that drive the `kg` binary.

use std::path::{Path, PathBuf};

/// The repository's root, where `examples/` and `../shared` are found.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the kg crate sits inside the repository")
}

use assert_cmd::Command;

/// `kg --store STORE --quiet`, ready for a subcommand.
pub fn kg(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.arg("--store").arg(store).arg("--quiet");
    cmd
}

/// Runs the command, asserts it succeeded and returns its standard output.
pub fn stdout_of(cmd: &mut Command) -> String {
    output_of(cmd).0
}

/// Runs the command, asserts it succeeded (showing its standard error if
/// not) and returns its standard output and standard error.
pub fn output_of(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Writes `bytes` to `dir/name` and returns the path.
pub fn write_file(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A new store (`store` in a temporary directory) with one file of RDF
/// loaded: the directory, the store and the file.
pub fn loaded_store(name: &str, rdf: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let data = write_file(dir.path(), name, rdf);
    kg(&store).arg("load").arg(&data).assert().success();
    (dir, store, data)
}

/// The whole store in N-Quads, as `kg export` writes it.
pub fn export_nquads(store: &Path) -> String {
    stdout_of(kg(store).args(["export", "--format", "nquads"]))
}

/// Whether the store has no graph file (a failed first write keeps none).
pub fn holds_no_graph_file(store: &Path) -> bool {
    let graphs = store.join("graphs");
    !graphs.exists() || std::fs::read_dir(graphs).unwrap().next().is_none()
}

/// Runs a SPARQL query on the store and returns its CSV results.
pub fn query_csv(store: &Path, sparql: &str) -> String {
    stdout_of(kg(store).args(["query", "--format", "csv", sparql]))
}

/// Waits for a `kg serve` child to say it serves (it does once its socket is
/// bound), reading at most a few lines of its piped stderr; returns the
/// base URL, or kills the child and fails the test.
pub fn wait_until_serving(child: &mut std::process::Child, port: u16) -> String {
    use std::io::{BufRead, BufReader};
    let stderr = child.stderr.take().expect("kg serve's stderr is piped");
    let mut lines = BufReader::new(stderr).lines();
    for _ in 0..5 {
        match lines.next() {
            Some(Ok(line)) if line.contains("serving") => {
                return format!("http://127.0.0.1:{port}");
            }
            Some(Ok(_)) => continue,
            _ => break,
        }
    }
    let _ = child.kill();
    panic!("kg serve did not start");
}

/// The triples `kg extract` gives for `text` (read from a file named
/// `article.txt`), extracted in-process through the library calls the
/// command makes, with the built-in ontology compiled once for all tests,
/// and each node's `rdfs:label`.
pub fn extract_in_process(
    text: &str,
) -> (
    Vec<oxigraph::model::Triple>,
    std::collections::BTreeMap<String, String>,
) {
    use kgraph::extract::Extractor;
    use kgraph::ontology::Ontology;
    use kgraph::rdf::RdfEmitter;
    use oxigraph::model::{Term, Triple};
    use std::sync::OnceLock;

    const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    static EXTRACTOR: OnceLock<Extractor<'static>> = OnceLock::new();
    static EMITTER: OnceLock<RdfEmitter> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(|| {
        Extractor::new(ONTOLOGY.get_or_init(|| Ontology::builtin().expect("the built-in ontology")))
    });
    let emitter = EMITTER
        .get_or_init(|| RdfEmitter::new(kgraph::vocab::DEFAULT_BASE).expect("a valid base IRI"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, text).unwrap();
    let mut triples: Vec<Triple> = Vec::new();
    for item in kgraph::text::read_inputs(&[path]) {
        match item.expect("the input is readable") {
            kgraph::text::Input::Document(document) => {
                let extraction = extractor.extract(&document);
                triples.extend(emitter.quads(&extraction).into_iter().map(Triple::from));
            }
            kgraph::text::Input::Warning(warning) => panic!("{warning}"),
        }
    }
    let mut labels = std::collections::BTreeMap::new();
    for t in &triples {
        if let (RDFS_LABEL, Term::Literal(l)) = (t.predicate.as_str(), &t.object) {
            labels.insert(t.subject.to_string(), l.value().to_owned());
        }
    }
    (triples, labels)
}

/// The goals `kg extract` states for `text`, as (goal label, owner label),
/// extracted in-process (`extract_in_process`).
pub fn goals_in_process(text: &str) -> std::collections::BTreeSet<(String, String)> {
    const GOAL_OF: &str = "https://w3id.org/kgraph/ontology#goalOf";
    let (triples, labels) = extract_in_process(text);
    let label = |node: String| labels.get(&node).cloned().unwrap_or(node);
    triples
        .iter()
        .filter(|t| t.predicate.as_str() == GOAL_OF)
        .map(|t| (label(t.subject.to_string()), label(t.object.to_string())))
        .collect()
}

/// Whether `found` (from `goals_in_process`) holds `goal` of `owner`.
pub fn has_goal(
    found: &std::collections::BTreeSet<(String, String)>,
    goal: &str,
    owner: &str,
) -> bool {
    found.contains(&(goal.to_owned(), owner.to_owned()))
}

/// Expected (goal, owner) pairs, for an exact comparison with
/// `goals_in_process`.
pub fn goal_pairs(expected: &[(&str, &str)]) -> std::collections::BTreeSet<(String, String)> {
    expected
        .iter()
        .map(|(g, o)| ((*g).to_owned(), (*o).to_owned()))
        .collect()
}
