//! `kg push` against real SPARQL servers: Oxigraph server and Virtuoso.
//!
//! The servers are found through environment variables that `.ci/run` sets
//! after `.ci/servers.sh` started them on loopback:
//!
//! * `KG_TEST_OXIGRAPH_URL`: an Oxigraph server's base URL (`/query`,
//!   `/update`, `/store`); the `oxigraph` command must be on the PATH too,
//!   for the test that kills a server mid-push (it runs its own);
//! * `KG_TEST_VIRTUOSO_URL`: a Virtuoso SPARQL endpoint whose anonymous
//!   user may update (its graph store is the sibling `/sparql-graph-crud`).
//!
//! Without them a test prints a note and passes, except under CI (`CI`
//! set), where a missing server fails the test. Every test writes graphs
//! under its own IRI prefix, so tests sharing a server do not meet.

use std::collections::BTreeMap;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant, SystemTime};

use assert_cmd::Command;
use oxhttp::model::{header, Body, Method, Request};
use oxhttp::Client;

use crate::common::kg;

/// The endpoints of one server, as `kg push` and the checks use them.
#[derive(Debug, Clone)]
struct Server {
    name: &'static str,
    update: String,
    graph_store: Option<String>,
    query: String,
}

/// The server named by `variable`, or `None` (with a note) when the
/// variable is unset outside CI.
fn server_url(variable: &str) -> Option<String> {
    match std::env::var(variable) {
        Ok(url) if !url.is_empty() => Some(url.trim_end_matches('/').to_owned()),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "{variable} is not set: under CI, .ci/run must start the server (.ci/servers.sh)"
            )
        }
        _ => {
            eprintln!("note: {variable} is not set; skipping (run .ci/servers.sh start to test against the real server)");
            None
        }
    }
}

fn oxigraph(graph_store: bool) -> Option<Server> {
    let base = server_url("KG_TEST_OXIGRAPH_URL")?;
    Some(Server {
        name: "oxigraph",
        update: format!("{base}/update"),
        graph_store: graph_store.then(|| format!("{base}/store")),
        query: format!("{base}/query"),
    })
}

fn virtuoso(graph_store: bool) -> Option<Server> {
    let sparql = server_url("KG_TEST_VIRTUOSO_URL")?;
    let crud = match sparql.strip_suffix("/sparql") {
        Some(base) => format!("{base}/sparql-graph-crud"),
        None => panic!("KG_TEST_VIRTUOSO_URL should end in /sparql: {sparql}"),
    };
    Some(Server {
        name: "virtuoso",
        update: sparql.clone(),
        graph_store: graph_store.then_some(crud),
        query: sparql,
    })
}

/// A prefix no other test run uses.
fn unique_prefix(test: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "http://push-test.example/{test}/{}-{nanos}/",
        std::process::id()
    )
}

/// N-Quads for one graph: `triples` plain triples, one literal with accents
/// and a dash, and two triples sharing a blank node.
fn graph_nquads(graph: &str, triples: usize, variant: &str) -> String {
    let mut text = String::new();
    for k in 0..triples {
        text.push_str(&format!(
            "<{graph}s{k}> <http://push-test.example/p> \"{variant} value {k}\" <{graph}> .\n"
        ));
    }
    text.push_str(&format!(
        "<{graph}s0> <http://push-test.example/label> \"Zürich – café {variant}\"@de <{graph}> .\n"
    ));
    text.push_str(&format!(
        "<{graph}s0> <http://push-test.example/part> _:part <{graph}> .\n_:part <http://push-test.example/p> \"inside\" <{graph}> .\n"
    ));
    text
}

/// Loads one graph into the store (replacing it) through `kg`.
fn load_graph(store: &Path, work: &Path, graph: &str, triples: usize, variant: &str) {
    let _ = kg(store).args(["remove", graph]).output().unwrap();
    let file = work.join("load.nq");
    std::fs::write(&file, graph_nquads(graph, triples, variant)).unwrap();
    kg(store).arg("load").arg(&file).assert().success();
}

/// Triples per graph of the local store, for graphs under `prefix`.
fn local_counts(store: &Path, prefix: &str) -> BTreeMap<String, usize> {
    let store = kgraph::store::Store::open(store, kgraph::store::Access::Read).unwrap();
    store
        .graphs()
        .unwrap()
        .into_iter()
        .filter_map(|info| match info.name {
            oxigraph::model::GraphName::NamedNode(n) if n.as_str().starts_with(prefix) => {
                Some((n.into_string(), info.triples))
            }
            _ => None,
        })
        .collect()
}

/// Runs a SPARQL SELECT on the server; the JSON results' bindings.
fn select(server: &Server, query: &str) -> Vec<serde_json::Value> {
    let body: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("query", query)
        .finish();
    let request = Request::builder()
        .method(Method::POST)
        .uri(&server.query)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/sparql-results+json")
        .body(Body::from(body))
        .unwrap();
    let response = Client::new()
        .with_global_timeout(Duration::from_secs(60))
        .request(request)
        .unwrap();
    let status = response.status();
    let text = response.into_body().to_string().unwrap();
    assert!(
        status.is_success(),
        "{}: query failed {status}: {text}",
        server.name
    );
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["results"]["bindings"].as_array().unwrap().clone()
}

/// Triples per graph on the server, for graphs under `prefix`.
fn remote_counts(server: &Server, prefix: &str) -> BTreeMap<String, usize> {
    let query = format!(
        "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g"
    );
    select(server, &query)
        .into_iter()
        .map(|row| {
            let graph = row["g"]["value"].as_str().unwrap().to_owned();
            let count = row["n"]["value"].as_str().unwrap().parse().unwrap();
            (graph, count)
        })
        .collect()
}

/// Sends a SPARQL update straight to the server (not through kg).
fn remote_update(server: &Server, update: &str) {
    let request = Request::builder()
        .method(Method::POST)
        .uri(&server.update)
        .header(header::CONTENT_TYPE, "application/sparql-update")
        .body(Body::from(update.to_owned()))
        .unwrap();
    let response = Client::new().request(request).unwrap();
    assert!(
        response.status().is_success(),
        "{}: update failed",
        server.name
    );
}

fn push_command(store: &Path, server: &Server) -> Command {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.arg("--store")
        .arg(store)
        .arg("push")
        .arg(&server.update);
    if let Some(graph_store) = &server.graph_store {
        cmd.arg("--graph-store").arg(graph_store);
    }
    cmd
}

/// Runs `kg push` (with extra arguments); asserts success; returns stderr.
fn push(store: &Path, server: &Server, extra: &[&str]) -> String {
    let out = push_command(store, server).args(extra).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "{}: push failed: {stderr}",
        server.name
    );
    stderr
}

/// The whole life of a pushed store: first push, nothing to send, a changed
/// graph replaced, a removed graph dropped, a foreign graph left alone.
fn round_trip(server: Server, test: &str) {
    let work = tempfile::tempdir().unwrap();
    let store = work.path().join("kg.store");
    let prefix = unique_prefix(test);
    let (a, b, c) = (
        format!("{prefix}a"),
        format!("{prefix}b"),
        format!("{prefix}c"),
    );
    load_graph(&store, work.path(), &a, 5, "first");
    load_graph(&store, work.path(), &b, 2_500, "first");
    load_graph(&store, work.path(), &c, 1, "first");
    // A graph under the prefix that kg did not push.
    let foreign = format!("{prefix}foreign");
    remote_update(
        &server,
        &format!("INSERT DATA {{ GRAPH <{foreign}> {{ <{foreign}> <{foreign}> \"kept\" }} }}"),
    );

    let stderr = push(&store, &server, &["--jobs", "3", "--batch", "1000"]);
    let local = local_counts(&store, &prefix);
    assert_eq!(local.len(), 3);
    let total: usize = local.values().sum();
    assert!(
        stderr.contains(&format!(
            "pushed 3 graphs ({total} triples), 0 unchanged, 0 deleted"
        )),
        "{}: {stderr}",
        server.name
    );
    let mut remote = remote_counts(&server, &prefix);
    assert_eq!(remote.remove(&foreign), Some(1));
    assert_eq!(remote, local, "{}: per-graph triple counts", server.name);
    // Accents, a dash and a language tag arrive intact.
    let label = select(
        &server,
        &format!(
            "SELECT ?l WHERE {{ GRAPH <{a}> {{ <{a}s0> <http://push-test.example/label> ?l }} }}"
        ),
    );
    assert_eq!(label.len(), 1, "{}", server.name);
    assert_eq!(label[0]["l"]["value"], "Zürich – café first");

    let stderr = push(&store, &server, &[]);
    assert!(
        stderr.contains("pushed 0 graphs (0 triples), 3 unchanged, 0 deleted"),
        "{}: a second push sends nothing: {stderr}",
        server.name
    );

    // A changed graph replaces the old one: old triples gone, new ones there.
    load_graph(&store, work.path(), &a, 3, "second");
    let stderr = push(&store, &server, &[]);
    assert!(
        stderr.contains("pushed 1 graphs (6 triples), 2 unchanged, 0 deleted"),
        "{}: {stderr}",
        server.name
    );
    let values = select(
        &server,
        &format!("SELECT ?v WHERE {{ GRAPH <{a}> {{ <{a}s1> <http://push-test.example/p> ?v }} }}"),
    );
    assert_eq!(values.len(), 1, "{}: {values:?}", server.name);
    assert_eq!(values[0]["v"]["value"], "second value 1");

    // Removed locally: kept remotely by a plain push, dropped with --delete-missing.
    kg(&store).args(["remove", &c]).assert().success();
    let stderr = push(&store, &server, &[]);
    assert!(stderr.contains("0 deleted"), "{}: {stderr}", server.name);
    assert!(remote_counts(&server, &prefix).contains_key(&c));
    let stderr = push(&store, &server, &["--delete-missing"]);
    assert!(
        stderr.contains("pushed 0 graphs (0 triples), 2 unchanged, 1 deleted"),
        "{}: {stderr}",
        server.name
    );
    let mut remote = remote_counts(&server, &prefix);
    assert_eq!(
        remote.remove(&foreign),
        Some(1),
        "{}: a graph kg did not push stays",
        server.name
    );
    assert_eq!(remote, local_counts(&store, &prefix), "{}", server.name);
}

#[test]
fn oxigraph_with_the_graph_store_protocol() {
    if let Some(server) = oxigraph(true) {
        round_trip(server, "oxigraph-gsp");
    }
}

#[test]
fn oxigraph_with_sparql_update() {
    if let Some(server) = oxigraph(false) {
        round_trip(server, "oxigraph-update");
    }
}

#[test]
fn virtuoso_with_sparql_update() {
    if let Some(server) = virtuoso(false) {
        round_trip(server, "virtuoso-update");
    }
}

#[test]
fn virtuoso_with_the_graph_store_protocol() {
    if let Some(server) = virtuoso(true) {
        round_trip(server, "virtuoso-gsp");
    }
}

#[test]
fn a_graph_store_url_that_answers_404_falls_back_to_sparql_update() {
    let Some(mut server) = oxigraph(true) else {
        return;
    };
    let base = server.update.trim_end_matches("/update").to_owned();
    server.graph_store = Some(format!("{base}/no-graph-store-here"));
    let work = tempfile::tempdir().unwrap();
    let store = work.path().join("kg.store");
    let prefix = unique_prefix("fallback");
    for name in ["a", "b", "c", "d"] {
        load_graph(&store, work.path(), &format!("{prefix}{name}"), 3, "v");
    }
    let stderr = push(&store, &server, &["--jobs", "2"]);
    assert!(
        stderr.contains("pushing with SPARQL Update instead"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("pushing with SPARQL Update instead").count(),
        1
    );
    assert_eq!(
        remote_counts(&server, &prefix),
        local_counts(&store, &prefix)
    );
}

/// A free loopback port (there is a small race until the server binds it).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `oxigraph serve` and waits (at most 60 s) until it answers.
fn start_oxigraph(location: &Path, port: u16) -> Child {
    let child = StdCommand::new("oxigraph")
        .arg("serve")
        .arg("--location")
        .arg(location)
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the oxigraph command (pip install oxigraph)");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "oxigraph serve did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    child
}

fn journal_lines(store: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(store.join("push")) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "journal"))
        .map(|p| std::fs::read_to_string(p).map_or(0, |t| t.lines().count()))
        .sum()
}

#[test]
fn a_server_killed_mid_push_loses_nothing_and_doubles_nothing() {
    // Only where the real server is installed (CI installs it).
    if oxigraph(true).is_none() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let store = work.path().join("kg.store");
    let prefix = unique_prefix("killed");
    let mut quads = String::new();
    for k in 0..1_000 {
        quads.push_str(&graph_nquads(&format!("{prefix}g{k:04}"), 20, "v"));
    }
    let file = work.path().join("all.nq");
    std::fs::write(&file, quads).unwrap();
    kg(&store).arg("load").arg(&file).assert().success();

    let location: PathBuf = work.path().join("server");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = Server {
        name: "oxigraph (own)",
        update: format!("{base}/update"),
        graph_store: Some(format!("{base}/store")),
        query: format!("{base}/query"),
    };
    let mut oxigraph = start_oxigraph(&location, port);
    let mut pushing = StdCommand::new(assert_cmd::cargo::cargo_bin("kg"))
        .arg("--store")
        .arg(&store)
        .args(["push", &server.update, "--graph-store"])
        .arg(server.graph_store.as_ref().unwrap())
        .args(["--jobs", "1", "--retries", "1"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while journal_lines(&store) < 50 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "push did not start"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    oxigraph.kill().unwrap();
    oxigraph.wait().unwrap();
    let status = pushing.wait().unwrap();
    let mut stderr = String::new();
    pushing
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        !status.success(),
        "the push should have failed when the server died: {stderr}"
    );
    assert!(stderr.contains("push stopped after"), "{stderr}");
    let recorded = journal_lines(&store)
        + std::fs::read_dir(store.join("push"))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .map(|e| {
                let text = std::fs::read_to_string(e.path()).unwrap();
                let json: serde_json::Value = serde_json::from_str(&text).unwrap();
                json["graphs"].as_object().unwrap().len()
            })
            .sum::<usize>();
    assert!(
        (50..1_000).contains(&recorded),
        "killed mid-push: {recorded} graphs recorded"
    );

    let mut oxigraph = start_oxigraph(&location, port);
    let stderr = push(&store, &server, &["--jobs", "2"]);
    let local = local_counts(&store, &prefix);
    let remote = remote_counts(&server, &prefix);
    oxigraph.kill().unwrap();
    oxigraph.wait().unwrap();
    assert_eq!(remote, local, "after the resumed push");
    assert!(
        stderr.contains(&format!("pushed {} graphs", 1_000 - recorded))
            && stderr.contains(&format!("{recorded} unchanged")),
        "the resumed push sends only what was not recorded ({recorded} were): {stderr}"
    );
}
