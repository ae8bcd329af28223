//! `kg serve` over a real socket: the SPARQL 1.1 Protocol, the Graph Store
//! Protocol, extraction, write protection, and a store changed by another
//! process while the server runs.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::time::Duration;

use oxhttp::model::{Body, Method, Request, StatusCode};
use oxhttp::Client;

/// A running `kg serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port free at the time of asking (the server binds it right after).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(store: &Path, extra: &[&str], token: Option<&str>) -> Server {
    let port = free_port();
    let mut cmd = Process::new(assert_cmd::cargo::cargo_bin("kg"));
    cmd.arg("--store")
        .arg(store)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env_remove("KG_SERVE_TOKEN");
    if let Some(token) = token {
        cmd.env("KG_SERVE_TOKEN", token);
    }
    let mut child = cmd.spawn().unwrap();
    // The server says it listens once the socket is bound; read at most a
    // few lines, then give up.
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    for _ in 0..5 {
        match lines.next() {
            Some(Ok(line)) if line.contains("serving") => {
                return Server {
                    child,
                    base: format!("http://127.0.0.1:{port}"),
                }
            }
            Some(Ok(_)) => continue,
            _ => break,
        }
    }
    let _ = child.kill();
    panic!("kg serve did not start");
}

fn client() -> Client {
    Client::new().with_global_timeout(Duration::from_secs(60))
}

/// Sends a request; returns status, content type and body.
fn send(
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (StatusCode, String, String) {
    let mut builder = Request::builder().method(method).uri(url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let request = builder.body(Body::from(body.to_string())).unwrap();
    let response = client().request(request).unwrap();
    let status = response.status();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, media, response.into_body().to_string().unwrap())
}

fn get(url: &str, accept: &str) -> (StatusCode, String, String) {
    send(Method::GET, url, &[("accept", accept)], "")
}

fn encoded(query: &str) -> String {
    url::form_urlencoded::byte_serialize(query.as_bytes()).collect()
}

fn built_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/eval/texts");
    common::stdout_of(common::kg(dir.path()).arg("build").arg(articles));
    dir
}

const COUNT_GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn queries_answer_in_the_negotiated_format_and_errors_have_a_status() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let url = format!("{}/sparql?query={}", server.base, encoded(COUNT_GRAPHS));
    let (status, media, body) = get(&url, "text/csv");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(media, "text/csv");
    // two documents, the ontology and the statistics
    let graphs: usize = body.lines().nth(1).unwrap().parse().unwrap();
    assert!(graphs >= 3, "{body}");

    let (_, media, body) = get(
        &url,
        "application/sparql-results+xml;q=0.5, application/sparql-results+json",
    );
    assert_eq!(media, "application/sparql-results+json");
    assert!(body.contains("\"bindings\""), "{body}");

    // The alias, a POSTed query and a graph result.
    let construct =
        "CONSTRUCT { ?c a kg:Country } WHERE { ?c a kg:Country ; rdfs:label \"Kenya\"@en }";
    let (status, media, body) = send(
        Method::POST,
        &format!("{}/query", server.base),
        &[
            ("content-type", "application/sparql-query"),
            ("accept", "*/*"),
        ],
        construct,
    );
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::OK, "text/turtle"),
        "{body}"
    );
    assert!(body.contains("kg:Country"), "{body}");
    let form = format!("query={}", encoded(construct));
    let (status, media, _) = send(
        Method::POST,
        &format!("{}/sparql", server.base),
        &[
            ("content-type", "application/x-www-form-urlencoded"),
            ("accept", "application/n-triples"),
        ],
        &form,
    );
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::OK, "application/n-triples")
    );

    let (status, _, body) = get(
        &format!("{}/sparql?query={}", server.base, encoded("SELCT ?x")),
        "*/*",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("1:1") && body.contains("SELECT"), "{body}");
    let (status, _, _) = get(&url, "image/png");
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE);
    let (status, _, _) = get(&format!("{}/nowhere", server.base), "*/*");
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn a_dataset_in_the_request_replaces_the_union_default_graph() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:SourceDocument }";
    let all = get(
        &format!("{}/sparql?query={}", server.base, encoded(count)),
        "text/csv",
    )
    .2;
    assert_eq!(all.lines().nth(1), Some("2"), "{all}");
    let ontology = encoded("https://w3id.org/kgraph/graph/ontology");
    let only_ontology = get(
        &format!(
            "{}/sparql?query={}&default-graph-uri={ontology}",
            server.base,
            encoded(count)
        ),
        "text/csv",
    )
    .2;
    assert_eq!(only_ontology.lines().nth(1), Some("0"), "{only_ontology}");
}

#[test]
fn a_read_only_server_refuses_writes_and_sees_another_process_build() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let (status, _, body) = send(
        Method::POST,
        &format!("{}/update", server.base),
        &[("content-type", "application/sparql-update")],
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    );
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("--writable"), "{body}");

    let url = format!("{}/sparql?query={}", server.base, encoded(COUNT_GRAPHS));
    let graphs = |body: String| -> usize { body.lines().nth(1).unwrap().parse().unwrap() };
    let before = graphs(get(&url, "text/csv").2);
    let texts = tempfile::tempdir().unwrap();
    let article = texts.path().join("new.txt");
    std::fs::write(
        &article,
        "Peru and Chile signed a fishing accord in Lima on Monday, the two governments said.",
    )
    .unwrap();
    common::stdout_of(common::kg(store.path()).arg("build").arg(&article));
    assert_eq!(
        graphs(get(&url, "text/csv").2),
        before + 1,
        "the new document is seen without a restart"
    );
}

#[test]
fn a_writable_server_takes_updates_and_graphs_with_its_token() {
    let store = built_store();
    let server = start(store.path(), &["--writable"], Some("s3cret"));
    let update = format!("{}/update", server.base);
    let insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }";
    let (status, _, _) = send(
        Method::POST,
        &update,
        &[("content-type", "application/sparql-update")],
        insert,
    );
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let auth = ("authorization", "Bearer s3cret");
    let (status, _, body) = send(
        Method::POST,
        &update,
        &[("content-type", "application/sparql-update"), auth],
        insert,
    );
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let ask = encoded("ASK { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }");
    let (_, _, body) = get(
        &format!("{}/sparql?query={ask}", server.base),
        "application/sparql-results+json",
    );
    assert!(body.contains("true"), "{body}");
    // The update is durable: the store on disk has it.
    let on_disk = common::query_csv(store.path(), "ASK { GRAPH <urn:g> { ?s ?p ?o } }");
    assert!(on_disk.contains("true"), "{on_disk}");

    // Graph Store Protocol: create, read, replace, delete.
    let graph = format!("{}/store?graph={}", server.base, encoded("urn:notes"));
    let turtle = "<urn:x> <urn:says> \"first\" .";
    let (status, _, _) = send(
        Method::PUT,
        &graph,
        &[("content-type", "text/turtle")],
        turtle,
    );
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, body) = send(
        Method::PUT,
        &graph,
        &[("content-type", "text/turtle"), auth],
        turtle,
    );
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, media, body) = get(&graph, "application/n-triples");
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::OK, "application/n-triples")
    );
    assert_eq!(body.trim(), "<urn:x> <urn:says> \"first\" .");
    let (status, _, _) = send(
        Method::POST,
        &graph,
        &[("content-type", "application/n-triples"), auth],
        "<urn:x> <urn:says> \"second\" .\n",
    );
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(get(&graph, "application/n-triples").2.lines().count(), 2);
    let (status, _, body) = send(
        Method::PUT,
        &graph,
        &[("content-type", "text/turtle"), auth],
        "<urn:x> <urn:says> .",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(
        body.contains("line 1") || body.contains("1:"),
        "the position is given: {body}"
    );
    let (status, _, _) = send(Method::DELETE, &graph, &[auth], "");
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(get(&graph, "*/*").0, StatusCode::NOT_FOUND);
}

#[test]
fn extraction_over_http_returns_rdf_that_parses() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let (status, media, body) = send(
        Method::POST,
        &format!("{}/extract", server.base),
        &[("content-type", "text/html"), ("accept", "application/n-triples")],
        "<html><body><p>Peru and Chile signed a fishing accord in Lima on Monday, the two governments said.</p></body></html>",
    );
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::OK, "application/n-triples"),
        "{body}"
    );
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
        .for_slice(body.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        triples
            .iter()
            .any(|q| q.predicate.as_str().ends_with("#signs")),
        "{body}"
    );
    let (status, _, _) = send(
        Method::POST,
        &format!("{}/extract", server.base),
        &[("content-type", "application/pdf")],
        "%PDF",
    );
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

fn entity_url(server: &Server, name: &str) -> String {
    format!(
        "{}/entity?iri={}",
        server.base,
        encoded(&format!("https://w3id.org/kgraph/entity/{name}"))
    )
}

#[test]
fn the_explorer_finds_entities_and_shows_the_evidence_of_each_fact() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let (status, media, home) = get(&format!("{}/?q=KENYA", server.base), "text/html");
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::OK, "text/html; charset=utf-8")
    );
    assert!(
        home.contains("<label for=\"q\">"),
        "the search field has a label"
    );
    assert!(home.contains(">Kenya</a>"), "{home}");

    let (status, _, page) = get(&entity_url(&server, "kenya"), "text/html");
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("<h3>kg:cooperatesWith</h3>"),
        "facts are grouped by property"
    );
    assert!(
        page.contains(">United Nations Environment Programme</a>"),
        "{page}"
    );
    // The evidence sentence, with its trigger marked, rule, modality and document.
    assert!(
        page.contains("<mark class=\"trigger\">cooperate</mark>"),
        "{page}"
    );
    assert!(
        page.contains("modality will") && page.contains("rule cooperatesWith/"),
        "{page}"
    );
    assert!(page.contains("/document?iri="), "{page}");
    assert!(page.contains("<svg"), "a picture of the neighbourhood");
    assert!(page.contains("wikidata.org/entity/Q114"), "sameAs links");
    let (status, _, _) = get(&entity_url(&server, "atlantis"), "text/html");
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, _, documents) = get(&format!("{}/documents", server.base), "text/html");
    assert!(
        documents.contains("Kenya launches national water plan"),
        "{documents}"
    );
    let link = documents
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|href| href.starts_with("/document?iri="))
        .unwrap();
    let (status, _, document) = get(&format!("{}{link}", server.base), "text/html");
    assert_eq!(status, StatusCode::OK);
    assert!(
        document.contains("<mark>"),
        "mentions are marked: {document}"
    );
    assert!(
        document.contains("<strong>kg:"),
        "facts are listed: {document}"
    );

    // In a browser the SPARQL endpoint is a page with an editor, the examples and a table.
    let query = encoded("SELECT ?d WHERE { ?d a kg:SourceDocument }");
    let (_, media, page) = get(
        &format!("{}/sparql?query={query}", server.base),
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    );
    assert_eq!(media, "text/html; charset=utf-8");
    assert!(
        page.contains("<textarea") && page.contains("partners-of-countries"),
        "{page}"
    );
    assert_eq!(page.matches("<tr><td>").count(), 2, "{page}");
    let (_, _, page) = get(
        &format!("{}/sparql?query={}", server.base, encoded("SELCT")),
        "text/html",
    );
    assert!(page.contains("role=\"alert\""), "{page}");
}

/// The browser named by the CI set-up, when installed.
fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Process::new(name)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .map(str::to_string)
}

#[test]
fn the_explorer_renders_in_a_real_browser() {
    let Some(browser) = chromium() else {
        // CI installs Chromium (.ci/run); elsewhere the test needs it too,
        // but says so instead of failing on a machine without a browser.
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is required in CI"
        );
        eprintln!("skipped: no chromium on this machine");
        return;
    };
    let store = built_store();
    let server = start(store.path(), &[], None);
    let profile = tempfile::tempdir().unwrap();
    let mut child = Process::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(entity_url(&server, "kenya"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read while the browser writes (a page larger than the pipe would
    // otherwise block it), and give it at most two minutes.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut dom).map(|_| dom)
    });
    let mut waited = 0;
    while child.try_wait().unwrap().is_none() {
        if waited == 1200 {
            let _ = child.kill();
            panic!("the browser did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
        waited += 1;
    }
    let dom = reader.join().unwrap().unwrap();
    assert!(dom.contains("<h1>Kenya</h1>"), "{dom}");
    assert!(
        dom.contains("<mark class=\"trigger\">cooperate</mark>"),
        "{dom}"
    );
    assert!(
        dom.contains("<svg"),
        "the picture is inline SVG the browser parsed"
    );
}

/// Regression (issue 18, the default graph): `/sparql` answered label
/// searches with the gazetteer's thousands of cities; `--with-gazetteer`
/// brings them back.
#[test]
fn sparql_sees_the_gazetteer_only_when_started_with_it() {
    let store = built_store();
    let lyon = encoded("SELECT ?c WHERE { ?c rdfs:label \"Lyon\"@en }");
    for (extra, rows) in [(&[][..], 0), (&["--with-gazetteer"][..], 1)] {
        let server = start(store.path(), extra, None);
        let (status, _, body) = get(&format!("{}/sparql?query={lyon}", server.base), "text/csv");
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body.lines().skip(1).count(), rows, "{extra:?}: {body}");
    }
}
