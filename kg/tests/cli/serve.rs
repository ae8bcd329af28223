//! `kg serve` over a real socket: the SPARQL 1.1 Protocol, the Graph Store
//! Protocol, extraction, write protection, and a store changed by another
//! process while the server runs.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::time::Duration;

use oxhttp::model::{Body, Method, Request, StatusCode};
use oxhttp::Client;

/// A running `kg serve`, stopped when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) base: String,
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

pub(crate) fn start(store: &Path, extra: &[&str], token: Option<&str>) -> Server {
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
    let base = crate::common::wait_until_serving(&mut child, port);
    Server { child, base }
}

pub(crate) fn client() -> Client {
    Client::new().with_global_timeout(Duration::from_secs(60))
}

/// Sends a request; returns status, headers (lower-case names) and body.
pub(crate) fn exchange(
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (StatusCode, Vec<(String, String)>, String) {
    let mut builder = Request::builder().method(method).uri(url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = client()
        .request(builder.body(Body::from(body.to_string())).unwrap())
        .unwrap();
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    (status, headers, response.into_body().to_string().unwrap())
}

/// The value of the header `name` (lower case) among `headers`.
pub(crate) fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Status, media type and body of a request.
pub(crate) fn send(
    method: Method,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (StatusCode, String, String) {
    let (status, answer_headers, body) = exchange(method, url, headers, body);
    let media = header(&answer_headers, "content-type")
        .unwrap_or_default()
        .to_owned();
    (status, media, body)
}

pub(crate) fn get(url: &str, accept: &str) -> (StatusCode, String, String) {
    send(Method::GET, url, &[("accept", accept)], "")
}

pub(crate) fn encoded(query: &str) -> String {
    url::form_urlencoded::byte_serialize(query.as_bytes()).collect()
}

pub(crate) fn built_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = crate::common::repo_root().join("examples/eval/texts");
    crate::common::stdout_of(crate::common::kg(dir.path()).arg("build").arg(articles));
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
    crate::common::stdout_of(crate::common::kg(store.path()).arg("build").arg(&article));
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
    let on_disk = crate::common::query_csv(store.path(), "ASK { GRAPH <urn:g> { ?s ?p ?o } }");
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

/// The browser's flags for a test: headless, without the sandbox (CI runs
/// as root) or the GPU, on a small /dev/shm, without scroll bars.
pub(crate) const HEADLESS: [&str; 5] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
];

/// Runs the browser headless with `args` and returns what it printed,
/// giving it at most two minutes.
fn run_browser(browser: &str, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Process::new(browser)
        .args(HEADLESS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read while the browser writes (a page larger than the pipe would
    // otherwise block it).
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
    reader.join().unwrap().unwrap()
}

/// The `href` of the first link whose text is `text`, `&amp;` decoded.
fn link_to(dom: &str, text: &str) -> String {
    let end = dom
        .find(&format!(">{text}</a>"))
        .unwrap_or_else(|| panic!("no link {text}: {dom}"));
    let start = dom[..end].rfind("href=\"").unwrap() + "href=\"".len();
    dom[start..end].trim_end_matches('"').replace("&amp;", "&")
}

/// Where test output lands: the target directory of this build.
fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| crate::common::repo_root().join("target"))
}

#[test]
fn the_explorer_works_in_a_real_browser() {
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
    let mut page = crate::devtools::Browser::start(&browser);

    // Search as a user does: the field has the focus when the page opens;
    // type the name, press Enter.
    page.open(&format!("{}/", server.base));
    // Autofocus is applied at the browser's next rendering step, which
    // may come after the page reports it has loaded (a CI run saw it late).
    page.wait_for_value("document.activeElement.id", "q");
    page.type_text("kenya");
    page.press_enter();
    page.wait_for_page(|href| href.ends_with("/?q=kenya"));
    let results = page.dom();
    assert!(results.contains(">Kenya</a>"), "{results}");
    // Follow the result with the keyboard too: its link focused, Enter.
    page.eval(
        "[...document.querySelectorAll('main a')].find(a => a.textContent === 'Kenya').focus()",
    );
    assert_eq!(page.eval("document.activeElement.textContent"), "Kenya");
    page.press_enter();
    let entity_page = page.wait_for_page(|href| href.contains("/entity?iri="));

    // The entity's page: a quote with its trigger marked, and the picture.
    let dom = page.dom();
    assert!(dom.contains("<h1>Kenya</h1>"), "{dom}");
    let quote = dom
        .split("<blockquote>")
        .skip(1)
        .find(|q| q.contains("<mark class=\"trigger\">cooperate</mark>"))
        .unwrap_or_else(|| panic!("no quote with the trigger marked: {dom}"));
    assert!(quote.contains("Kenya"), "{quote}");
    let picture = &dom[dom.find("<svg").expect("the picture is inline SVG")..];
    let picture = &picture[..picture.find("</svg>").expect("the SVG is whole")];
    assert!(
        picture.contains(">Kenya<"),
        "the picture names the entity: {picture}"
    );

    // A document's page: its text, a name marked (and drawn so) and linked
    // to its entity, the sentences of facts highlighted.
    page.open(&format!("{}/documents", server.base));
    let documents = page.dom();
    let document_page = format!(
        "{}{}",
        server.base,
        link_to(&documents, "Kenya launches national water plan")
    );
    page.open(&document_page);
    assert_eq!(
        page.eval("document.querySelector('main h2').textContent"),
        "Text"
    );
    let mark = "document.querySelector('p a[href*=\"entity%2Fkenya\"] > mark')";
    assert_eq!(page.eval(&format!("{mark}.textContent")), "Kenya");
    assert_eq!(
        page.eval(&format!("getComputedStyle({mark}).backgroundColor")),
        "rgb(255, 238, 136)",
        "the mark is highlighted"
    );
    assert_eq!(
        page.eval("document.querySelectorAll('p span.evidence').length > 0 && document.querySelectorAll('ul.facts li strong').length > 0"),
        true,
        "{}",
        page.dom()
    );

    // The SPARQL page: type into its editor, then Enter on its button.
    page.open(&format!("{}/sparql", server.base));
    page.eval("document.getElementById('query').select()");
    assert_eq!(page.eval("document.activeElement.id"), "query");
    let query = "SELECT ?document WHERE { ?document a kg:SourceDocument } ORDER BY ?document";
    page.type_text(query);
    page.eval("document.querySelector('main form button').focus()");
    page.press_enter();
    page.wait_for_page(|href| href.contains("/sparql?query="));
    let answer = page.dom();
    assert_eq!(
        answer.matches("<tr><td>").count(),
        2,
        "one row per document: {answer}"
    );
    drop(page);

    // A picture of the explorer, to look at.
    let screenshot = target_dir().join("explorer-kenya.png");
    std::fs::create_dir_all(screenshot.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&screenshot);
    run_browser(
        &browser,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,960".to_string(),
            entity_page,
        ],
    );
    let png = std::fs::read(&screenshot).expect("the browser saved a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG file");
    assert!(
        png.len() > 10_000,
        "the page was drawn ({} bytes)",
        png.len()
    );
    let screenshot = target_dir().join("explorer-document.png");
    let _ = std::fs::remove_file(&screenshot);
    run_browser(
        &browser,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,960".to_string(),
            document_page,
        ],
    );
    let png = std::fs::read(&screenshot).expect("the browser saved a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
}

#[test]
fn a_posted_article_is_built_replaced_or_left_unchanged_and_seen_at_once() {
    let store = built_store();
    let read_only = start(store.path(), &[], None);
    let article =
        "Peru and Chile signed a fishing accord in Lima on Monday, the two governments said.";
    let (status, _, body) = send(
        Method::POST,
        &format!("{}/documents?name=accord.txt", read_only.base),
        &[("content-type", "text/plain")],
        article,
    );
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    drop(read_only);

    let server = start(store.path(), &["--writable"], Some("t0ken"));
    let documents = format!("{}/documents", server.base);
    let auth = ("authorization", "Bearer t0ken");
    let post = |query: &str, headers: &[(&str, &str)], body: &str| {
        send(Method::POST, &format!("{documents}{query}"), headers, body)
    };
    let (status, _, _) = post(
        "?name=accord.txt",
        &[("content-type", "text/plain")],
        article,
    );
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, body) = post("", &[("content-type", "text/plain"), auth], article);
    assert_eq!(status, StatusCode::BAD_REQUEST, "a document needs a name");
    assert!(body.contains("name"), "{body}");
    let (status, _, _) = post(
        "?name=a.pdf",
        &[("content-type", "application/pdf"), auth],
        "%PDF",
    );
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let count = format!(
        "{}/sparql?query={}",
        server.base,
        encoded("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:SourceDocument }")
    );
    let documents_now = || -> usize {
        get(&count, "text/csv")
            .2
            .lines()
            .nth(1)
            .unwrap()
            .parse()
            .unwrap()
    };
    let before = documents_now();

    let (status, media, body) = post(
        "?name=accord.txt",
        &[("content-type", "text/plain"), auth],
        article,
    );
    assert_eq!(
        (status, media.as_str()),
        (StatusCode::CREATED, "application/json"),
        "{body}"
    );
    let created: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(created["outcome"], "created");
    assert_eq!(created["name"], "accord.txt");
    assert!(created["statements"].as_u64().unwrap() > 0, "{body}");
    assert_eq!(
        documents_now(),
        before + 1,
        "SPARQL sees the new document at once"
    );
    let graph = created["document"].as_str().unwrap().to_string();
    let (status, _, page) = get(
        &format!("{}/document?iri={}", server.base, encoded(&graph)),
        "text/html",
    );
    assert_eq!(status, StatusCode::OK, "the explorer shows it");
    assert!(page.contains("fishing accord"), "{page}");

    // The same text again: nothing to do.
    let (status, _, body) = post(
        "?name=accord.txt",
        &[("content-type", "text/plain"), auth],
        article,
    );
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\"outcome\":\"unchanged\""), "{body}");

    // A new text under the same name (here as HTML, named by a Slug header)
    // replaces the old graph.
    let (status, _, body) = post(
        "",
        &[("content-type", "text/html"), ("slug", "accord%2Etxt"), auth],
        "<p>Peru and Chile signed a mining accord in Santiago on Tuesday, the two governments said.</p>",
    );
    assert_eq!(status, StatusCode::OK, "{body}");
    let replaced: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(replaced["outcome"], "replaced");
    assert_eq!(replaced["replaced"][0].as_str(), Some(graph.as_str()));
    assert_eq!(documents_now(), before + 1, "the old text is gone");
    let (status, _, _) = get(
        &format!("{}/document?iri={}", server.base, encoded(&graph)),
        "text/html",
    );
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The store on disk has it, as `kg build` would have left it.
    let on_disk = crate::common::query_csv(
        store.path(),
        "SELECT ?s WHERE { ?d dcterms:source ?s ; a kg:SourceDocument } ORDER BY ?s",
    );
    assert_eq!(
        on_disk.lines().filter(|line| *line == "accord.txt").count(),
        1,
        "{on_disk}"
    );
}

#[test]
fn a_posted_article_without_text_or_with_two_names_is_refused() {
    // (The size limit is checked in the service's unit tests, without
    // sending megabytes through a socket.)
    let store = built_store();
    let server = start(store.path(), &["--writable"], None);
    let url = format!("{}/documents?name=big.txt", server.base);
    let (status, _, body) = send(
        Method::POST,
        &format!("{url}&iri={}", encoded("https://example.org/news/1")),
        &[("content-type", "text/plain")],
        "Peru signed an accord.",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _, body) = send(
        Method::POST,
        &url,
        &[("content-type", "text/plain")],
        "  \n",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let count = crate::common::query_csv(
        store.path(),
        "SELECT (COUNT(*) AS ?n) WHERE { ?d dcterms:source \"big.txt\" }",
    );
    assert_eq!(
        count.lines().nth(1),
        Some("0"),
        "nothing was written: {count}"
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

/// The one document graph of `store`.
fn only_document(store: &Path) -> String {
    let csv = crate::common::query_csv(
        store,
        "SELECT ?g WHERE { GRAPH ?g { ?g a kg:SourceDocument } }",
    );
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    rows[0].trim().to_owned()
}

/// How many texts the store keeps, and all of them.
fn texts_kept(store: &Path) -> (usize, String) {
    let count = crate::common::query_csv(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g schema:text ?t } }",
    );
    let texts =
        crate::common::query_csv(store, "SELECT ?t WHERE { GRAPH ?g { ?g schema:text ?t } }");
    (count.lines().nth(1).unwrap().trim().parse().unwrap(), texts)
}

#[test]
fn the_document_page_shows_the_whole_text_and_the_text_goes_with_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("accord.txt");
    std::fs::write(
        &article,
        "Three days of talks end\n\nPeru and Chile signed a fishing accord in Lima on Monday,\n\
         the two governments said.\nIt covers <anchovy> & \"sardine\" stocks.\n\n\
         The talks lasted three days.\n",
    )
    .unwrap();
    crate::common::stdout_of(crate::common::kg(&store).arg("build").arg(&article));
    let server = start(&store, &[], None);
    let first = only_document(&store);
    let page_of = |iri: &str| {
        get(
            &format!("{}/document?iri={}", server.base, encoded(iri)),
            "text/html",
        )
    };
    let (status, _, page) = page_of(&first);
    assert_eq!(status, StatusCode::OK, "{page}");
    // Every paragraph, the ones without facts too, escaped.
    assert_eq!(page.matches("<p>").count(), 3, "{page}");
    assert!(page.contains("<p>Three days of talks end</p>"), "{page}");
    assert!(
        page.contains("<p>The talks lasted three days.</p>"),
        "{page}"
    );
    assert!(
        page.contains("&lt;anchovy&gt; &amp; &quot;sardine&quot;") && !page.contains("<anchovy>"),
        "{page}"
    );
    // Names marked and linked to their entity.
    let peru = format!(
        "<a href=\"/entity?iri={}\"><mark>Peru</mark></a>",
        encoded("https://w3id.org/kgraph/entity/peru")
    );
    assert!(page.contains(&peru), "{page}");
    // The sentence of the fact highlighted with its trigger, and the fact
    // listed after its paragraph, before the next one.
    let sentence = page
        .split("<span class=\"evidence\">")
        .nth(2) // after the legend's
        .and_then(|rest| rest.split("</span>").next())
        .unwrap_or_else(|| panic!("no highlighted sentence: {page}"));
    assert!(sentence.contains(&peru), "{sentence}");
    assert!(
        sentence.contains("<mark class=\"trigger\">signed</mark>"),
        "{sentence}"
    );
    assert!(!sentence.contains("anchovy"), "one sentence: {sentence}");
    assert!(
        sentence.ends_with("on Monday,\nthe two governments said."),
        "the whole sentence, over its line break: {sentence}"
    );
    let facts = page
        .find("<ul class=\"facts\"")
        .expect("the facts are listed");
    assert!(
        page[facts..].contains("<strong>kg:signs</strong>"),
        "{page}"
    );
    assert!(page.find("the two governments said.").unwrap() < facts);
    assert!(facts < page.find("The talks lasted").unwrap());

    // A new text under the same source replaces the graph, text and all.
    std::fs::write(
        &article,
        "Peru and Chile signed a mining accord in Santiago on Tuesday.\n",
    )
    .unwrap();
    crate::common::stdout_of(crate::common::kg(&store).arg("build").arg(&article));
    let second = only_document(&store);
    assert_ne!(first, second);
    assert_eq!(page_of(&first).0, StatusCode::NOT_FOUND);
    let (_, _, page) = page_of(&second);
    assert!(
        page.contains("mining accord") && !page.contains("fishing"),
        "{page}"
    );
    let (count, kept) = texts_kept(&store);
    assert_eq!(count, 1, "one text, the new one: {kept}");
    assert!(kept.contains("mining"), "{kept}");

    // Removing a document removes its text, and only its.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "Kenya issued a national water plan on Friday.\n").unwrap();
    crate::common::stdout_of(crate::common::kg(&store).arg("build").arg(&other));
    assert_eq!(texts_kept(&store).0, 2);
    let other_graph = crate::common::query_csv(
        &store,
        "SELECT ?g WHERE { GRAPH ?g { ?g dcterms:source ?s FILTER(CONTAINS(?s, \"other\")) } }",
    );
    let other_graph = other_graph.lines().nth(1).unwrap().trim().to_owned();
    crate::common::stdout_of(crate::common::kg(&store).arg("remove").arg(&other_graph));
    let (count, kept) = texts_kept(&store);
    assert_eq!(count, 1, "{kept}");
    assert!(kept.contains("mining"), "{kept}");

    // A document kept without its text (built by an older kg) gets the
    // page of its facts' sentences.
    crate::common::stdout_of(
        crate::common::kg(&store)
            .args(["update", "DELETE WHERE { GRAPH ?g { ?g schema:text ?t } }"]),
    );
    let (status, _, page) = page_of(&second);
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("<h2>Text</h2>"), "{page}");
    assert!(
        page.contains("<blockquote>") && page.contains("<strong>kg:signs</strong>"),
        "{page}"
    );
}
