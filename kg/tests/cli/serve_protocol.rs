//! The SPARQL 1.1 Protocol of `kg serve` format by format: every answer
//! the server offers is parsed back with a real parser and compared with
//! the same question answered in another format or by `kg query`; the
//! dataset parameters, CORS, extraction's dataset formats, refused LOAD
//! and SERVICE, and the status and message of each protocol error.

use std::collections::BTreeSet;

use oxhttp::model::{Method, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};

use crate::serve::{built_store, encoded, exchange, header, send, start, Server};

/// A SELECT or ASK answer, terms in N-Triples syntax, rows in their order.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Rows(Vec<String>, Vec<Vec<Option<String>>>),
    Boolean(bool),
}

fn parse_results(format: QueryResultsFormat, body: &str) -> Answer {
    match QueryResultsParser::from_format(format)
        .for_slice(body.as_bytes())
        .unwrap_or_else(|e| panic!("{format:?} does not parse: {e}\n{body}"))
    {
        SliceQueryResultsParserOutput::Boolean(value) => Answer::Boolean(value),
        SliceQueryResultsParserOutput::Solutions(solutions) => {
            let variables: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect();
            let rows = solutions
                .map(|row| {
                    let row = row.unwrap_or_else(|e| panic!("{format:?}: {e}\n{body}"));
                    variables
                        .iter()
                        .map(|v| row.get(v.as_str()).map(ToString::to_string))
                        .collect()
                })
                .collect();
            Answer::Rows(variables, rows)
        }
    }
}

/// The triples of an RDF document, in N-Triples syntax, as a set; the
/// graph name of each quad is kept (empty for the default graph).
fn parse_rdf(format: RdfFormat, body: &str) -> BTreeSet<(String, String)> {
    RdfParser::from_format(format)
        .for_slice(body.as_bytes())
        .map(|quad| {
            let quad = quad.unwrap_or_else(|e| panic!("{format:?} does not parse: {e}\n{body}"));
            let graph = if quad.graph_name.is_default_graph() {
                String::new()
            } else {
                quad.graph_name.to_string()
            };
            (
                format!("{} {} {}", quad.subject, quad.predicate, quad.object),
                graph,
            )
        })
        .collect()
}

fn triples_only(quads: &BTreeSet<(String, String)>) -> BTreeSet<String> {
    quads.iter().map(|(t, _)| t.clone()).collect()
}

fn sparql_get(server: &Server, query: &str, accept: &str) -> (StatusCode, String, String) {
    crate::serve::get(
        &format!("{}/sparql?query={}", server.base, encoded(query)),
        accept,
    )
}

/// IRIs, language-tagged and plain literals, integers and an unbound
/// value, in a fixed order.
const SELECT: &str = "SELECT ?d ?title ?mentions ?missing WHERE { \
    ?d a kg:SourceDocument ; dcterms:title ?title . \
    { SELECT ?d (COUNT(?m) AS ?mentions) WHERE { ?m a kg:Mention ; prov:wasDerivedFrom ?d } GROUP BY ?d } \
    OPTIONAL { ?d <urn:kg-test:never> ?missing } } ORDER BY ?d";

#[test]
fn every_solution_format_parses_back_to_the_same_answer() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let mut answers = Vec::new();
    for (accept, format) in [
        ("application/sparql-results+json", QueryResultsFormat::Json),
        ("application/sparql-results+xml", QueryResultsFormat::Xml),
        ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ] {
        let (status, media, body) = sparql_get(&server, SELECT, accept);
        assert_eq!((status, media.as_str()), (StatusCode::OK, accept), "{body}");
        answers.push((accept, parse_results(format, &body)));
    }
    let (_, first) = &answers[0];
    let Answer::Rows(variables, rows) = first else {
        panic!("a SELECT answers rows: {first:?}")
    };
    assert_eq!(variables, &["d", "title", "mentions", "missing"]);
    assert_eq!(rows.len(), 2, "one row per document: {rows:?}");
    assert!(
        rows.iter().all(|row| row[2]
            .as_deref()
            .is_some_and(|n| n.ends_with("^^<http://www.w3.org/2001/XMLSchema#integer>"))
            && row[3].is_none()),
        "{rows:?}"
    );
    for (accept, answer) in &answers[1..] {
        assert_eq!(answer, first, "{accept} says otherwise");
    }
    // The same answer as `kg query` on the store.
    let local = crate::common::stdout_of(
        crate::common::kg(store.path()).args(["query", "--format", "json", SELECT]),
    );
    assert_eq!(&parse_results(QueryResultsFormat::Json, &local), first);
    // CSV is lossy (no datatypes; sparesults does not read it back): it is
    // what `kg query` writes, byte for byte.
    let (status, media, csv) = sparql_get(&server, SELECT, "text/csv");
    assert_eq!((status, media.as_str()), (StatusCode::OK, "text/csv"));
    assert_eq!(csv, crate::common::query_csv(store.path(), SELECT));
    assert_eq!(csv.lines().count(), 3, "a header and two rows: {csv}");

    // ASK, true and false, in every format.
    for (query, expected) in [
        ("ASK { ?d a kg:SourceDocument }", true),
        ("ASK { ?d a <urn:kg-test:Nothing> }", false),
    ] {
        for (accept, format) in [
            ("application/sparql-results+json", QueryResultsFormat::Json),
            ("application/sparql-results+xml", QueryResultsFormat::Xml),
        ] {
            let (status, media, body) = sparql_get(&server, query, accept);
            assert_eq!((status, media.as_str()), (StatusCode::OK, accept), "{body}");
            assert_eq!(
                parse_results(format, &body),
                Answer::Boolean(expected),
                "{accept}: {body}"
            );
        }
        for accept in ["text/csv", "text/tab-separated-values"] {
            let (status, media, body) = sparql_get(&server, query, accept);
            assert_eq!((status, media.as_str()), (StatusCode::OK, accept), "{body}");
            assert_eq!(body.trim_end(), expected.to_string(), "{accept}");
        }
    }
}

#[test]
fn every_graph_format_parses_back_to_the_same_triples() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    // IRIs, language-tagged labels and integers.
    let construct = "CONSTRUCT { ?m kg:mentionOf ?e ; kg:start ?s . ?e rdfs:label ?l } \
        WHERE { ?m kg:mentionOf ?e ; kg:start ?s . ?e rdfs:label ?l }";
    let describe = "DESCRIBE <https://w3id.org/kgraph/entity/kenya>";
    for query in [construct, describe] {
        let mut answers = Vec::new();
        for (accept, format) in [
            ("text/turtle", RdfFormat::Turtle),
            ("application/n-triples", RdfFormat::NTriples),
            (
                "application/ld+json",
                RdfFormat::from_media_type("application/ld+json").unwrap(),
            ),
            ("text/plain", RdfFormat::NTriples),
        ] {
            let (status, media, body) = sparql_get(&server, query, accept);
            assert_eq!((status, media.as_str()), (StatusCode::OK, accept), "{body}");
            let quads = parse_rdf(format, &body);
            assert!(
                quads.iter().all(|(_, graph)| graph.is_empty()),
                "{accept}: a graph answer is triples"
            );
            answers.push((accept, triples_only(&quads)));
        }
        let (_, first) = &answers[0];
        assert!(first.len() > 5, "{query}: {first:?}");
        for (accept, triples) in &answers[1..] {
            assert_eq!(
                triples.symmetric_difference(first).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "{query}: {accept} differs from Turtle"
            );
        }
        let local = crate::common::stdout_of(
            crate::common::kg(store.path()).args(["query", "--format", "ntriples", query]),
        );
        assert_eq!(
            &triples_only(&parse_rdf(RdfFormat::NTriples, &local)),
            first,
            "{query}: kg query says otherwise"
        );
    }
}

/// The graph names of the two example documents, sorted.
fn document_graphs(server: &Server) -> Vec<String> {
    let (_, _, body) = sparql_get(
        server,
        "SELECT ?g WHERE { GRAPH ?g { ?g a kg:SourceDocument } } ORDER BY ?g",
        "application/sparql-results+json",
    );
    let Answer::Rows(_, rows) = parse_results(QueryResultsFormat::Json, &body) else {
        panic!("{body}")
    };
    let graphs: Vec<String> = rows
        .into_iter()
        .map(|row| {
            let iri = row[0].clone().unwrap();
            iri.trim_start_matches('<').trim_end_matches('>').to_owned()
        })
        .collect();
    assert_eq!(graphs.len(), 2, "{graphs:?}");
    graphs
}

fn count_of(body: &str) -> usize {
    body.lines()
        .nth(1)
        .unwrap_or_else(|| panic!("{body}"))
        .parse()
        .unwrap_or_else(|_| panic!("{body}"))
}

#[test]
fn named_and_default_graph_uris_choose_the_dataset_by_get_and_by_form() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let [first, second] = <[String; 2]>::try_from(document_graphs(&server)).unwrap();
    let named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a kg:SourceDocument } }";
    let in_default = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:SourceDocument }";
    let url = |query: &str, params: &[(&str, &str)]| {
        let mut url = format!("{}/sparql?query={}", server.base, encoded(query));
        for (name, iri) in params {
            url.push_str(&format!("&{name}={}", encoded(iri)));
        }
        url
    };
    let get_count = |query: &str, params: &[(&str, &str)]| {
        let (status, _, body) = crate::serve::get(&url(query, params), "text/csv");
        assert_eq!(status, StatusCode::OK, "{body}");
        count_of(&body)
    };
    let form_count = |query: &str, params: &[(&str, &str)]| {
        let mut form = format!("query={}", encoded(query));
        for (name, iri) in params {
            form.push_str(&format!("&{name}={}", encoded(iri)));
        }
        let (status, _, body) = send(
            Method::POST,
            &format!("{}/sparql", server.base),
            &[
                ("content-type", "application/x-www-form-urlencoded"),
                ("accept", "text/csv"),
            ],
            &form,
        );
        assert_eq!(status, StatusCode::OK, "{body}");
        count_of(&body)
    };
    for count in [
        &get_count as &dyn Fn(&str, &[(&str, &str)]) -> usize,
        &form_count,
    ] {
        // Without a dataset: every graph is named, the default is the union.
        assert_eq!(count(named, &[]), 2, "both documents' graphs");
        assert_eq!(count(in_default, &[]), 2);
        // One named graph: GRAPH ?g sees only it.
        assert_eq!(count(named, &[("named-graph-uri", &first)]), 1);
        assert_eq!(
            count(
                named,
                &[("named-graph-uri", &first), ("named-graph-uri", &second)]
            ),
            2
        );
        // One default graph: the other document is out of the default
        // graph, and with no named-graph-uri no graph is named.
        assert_eq!(count(in_default, &[("default-graph-uri", &second)]), 1);
        assert_eq!(count(named, &[("default-graph-uri", &second)]), 0);
        // Both: the default graph from one, the named graphs from the other.
        let both = [
            ("default-graph-uri", &*first),
            ("named-graph-uri", &*second),
        ];
        assert_eq!(count(in_default, &both), 1);
        assert_eq!(count(named, &both), 1);
    }
    // An IRI that is not one is the client's mistake.
    let (status, _, body) = crate::serve::get(
        &url(named, &[("named-graph-uri", "not an iri")]),
        "text/csv",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("is not an IRI"), "{body}");
}

#[test]
fn cors_headers_come_only_with_the_cors_option() {
    let store = built_store();
    let origin = "https://app.example";
    let ask = |server: &Server| {
        exchange(
            Method::GET,
            &format!("{}/sparql?query={}", server.base, encoded("ASK {}")),
            &[
                ("accept", "application/sparql-results+json"),
                ("origin", origin),
            ],
            "",
        )
    };
    let preflight = |server: &Server| {
        exchange(
            Method::OPTIONS,
            &format!("{}/sparql", server.base),
            &[
                ("origin", origin),
                ("access-control-request-method", "POST"),
                ("access-control-request-headers", "content-type"),
            ],
            "",
        )
    };
    {
        let server = start(store.path(), &["--cors", origin], None);
        let (status, headers, _) = ask(&server);
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            Some(origin)
        );
        let (status, headers, body) = preflight(&server);
        assert!(status.is_success(), "{status}: {body}");
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            Some(origin)
        );
        // (No Access-Control-Allow-Methods: oxhttp 0.3 drops that header
        // from every answer. GET and POST, all the SPARQL protocol needs,
        // are allowed across origins without it; see the README.)
        let allowed = header(&headers, "access-control-allow-headers")
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(allowed.contains("content-type"), "{headers:?}");
        // An error answer carries it too, so the page can read the message.
        let (status, headers, _) = exchange(
            Method::GET,
            &format!("{}/sparql?query={}", server.base, encoded("SELCT")),
            &[("origin", origin)],
            "",
        );
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            Some(origin)
        );
    }
    let server = start(store.path(), &[], None);
    let (status, headers, _) = ask(&server);
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "access-control-allow-origin"), None);
    let (_, headers, _) = preflight(&server);
    assert_eq!(header(&headers, "access-control-allow-origin"), None);
    assert_eq!(header(&headers, "access-control-allow-methods"), None);
}

#[test]
fn extraction_answers_in_every_rdf_format_the_same_statements() {
    let store = built_store();
    let server = start(store.path(), &[], None);
    let article = "Peru and Chile signed a forestry accord in Lima on Monday, \
        the two governments said. The accord aims to protect old forests.";
    let mut answers = Vec::new();
    for (accept, format) in [
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
        (
            "application/ld+json",
            RdfFormat::from_media_type("application/ld+json").unwrap(),
        ),
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
    ] {
        let (status, media, body) = send(
            Method::POST,
            &format!("{}/extract", server.base),
            &[("content-type", "text/plain"), ("accept", accept)],
            article,
        );
        assert_eq!((status, media.as_str()), (StatusCode::OK, accept), "{body}");
        answers.push((accept, format, parse_rdf(format, &body)));
    }
    let (_, _, nquads) = &answers[0];
    assert!(
        nquads.iter().any(|(t, _)| t.contains("#signs>")),
        "{nquads:?}"
    );
    let graphs: BTreeSet<&String> = nquads.iter().map(|(_, g)| g).collect();
    assert_eq!(graphs.len(), 1, "one document, one graph: {graphs:?}");
    assert!(
        graphs.iter().all(|g| g.starts_with("<https://")),
        "{graphs:?}"
    );
    for (accept, format, quads) in &answers[1..] {
        if format.supports_datasets() {
            assert_eq!(quads, nquads, "{accept} differs from N-Quads");
        } else {
            assert_eq!(
                triples_only(quads),
                triples_only(nquads),
                "{accept} differs from N-Quads"
            );
        }
    }
}

#[test]
fn load_and_service_are_refused_and_leave_the_store_unchanged() {
    let store = built_store();
    let server = start(store.path(), &["--writable"], None);
    let before = crate::common::export_nquads(store.path());
    for update in [
        "LOAD <file:///etc/passwd>",
        "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:kg-test:passwd>",
        "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:kg-test:remote>",
        "INSERT DATA { GRAPH <urn:kg-test:g> { <urn:a> <urn:b> <urn:c> } } ; LOAD <https://example.org/data.ttl>",
    ] {
        for (media, body) in [
            ("application/sparql-update", update.to_string()),
            (
                "application/x-www-form-urlencoded",
                format!("update={}", encoded(update)),
            ),
        ] {
            let (status, _, answer) = send(
                Method::POST,
                &format!("{}/update", server.base),
                &[("content-type", media)],
                &body,
            );
            assert_eq!(status, StatusCode::FORBIDDEN, "{update}: {answer}");
            assert!(
                answer.contains("LOAD") && answer.contains("kg load"),
                "the message says why and what to do instead: {answer}"
            );
        }
    }
    let (status, _, answer) = send(
        Method::POST,
        &format!("{}/update", server.base),
        &[("content-type", "application/sparql-update")],
        "INSERT { GRAPH <urn:kg-test:g> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    );
    assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
    assert!(answer.contains("not supported"), "{answer}");
    assert_eq!(
        crate::common::export_nquads(store.path()),
        before,
        "the store is unchanged"
    );
}

#[test]
fn protocol_errors_have_their_status_and_a_message() {
    let store = built_store();
    let server = start(store.path(), &["--writable"], None);
    let base = &server.base;
    // 406: an Accept the server cannot answer, with the formats it can.
    let (status, _, body) = sparql_get(&server, "ASK {}", "image/png");
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE, "{body}");
    assert!(
        body.contains("image/png") && body.contains("application/sparql-results+xml"),
        "{body}"
    );
    let (status, _, body) = sparql_get(
        &server,
        "CONSTRUCT WHERE { ?s a kg:Country }",
        "application/sparql-results+json",
    );
    assert_eq!(
        status,
        StatusCode::NOT_ACCEPTABLE,
        "a graph is not a table: {body}"
    );
    assert!(body.contains("text/turtle"), "{body}");
    let (status, _, body) = send(
        Method::POST,
        &format!("{base}/extract"),
        &[("content-type", "text/plain"), ("accept", "text/csv")],
        "Peru signed an accord with Chile.",
    );
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE, "{body}");
    assert!(body.contains("application/n-quads"), "{body}");

    // 415: a body of the wrong media type, with the ones expected.
    for (path, method, media, expected) in [
        (
            "/sparql",
            Method::POST,
            "text/plain",
            "application/sparql-query",
        ),
        (
            "/update",
            Method::POST,
            "text/plain",
            "application/sparql-update",
        ),
        (
            "/store?graph=urn:kg-test:g",
            Method::PUT,
            "image/png",
            "Turtle",
        ),
        ("/extract", Method::POST, "application/pdf", "text/html"),
    ] {
        let (status, _, body) = send(
            method.clone(),
            &format!("{base}{path}"),
            &[("content-type", media)],
            "x",
        );
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{method} {path}: {body}"
        );
        assert!(
            body.contains(media) && body.contains(expected),
            "{method} {path}: {body}"
        );
    }

    // 405: a method the endpoint does not take, with the ones it does,
    // in the message and in `Allow`.
    for (path, method, allowed) in [
        ("/sparql", Method::DELETE, "GET, POST"),
        ("/update", Method::GET, "POST"),
        ("/extract", Method::GET, "POST"),
        ("/documents", Method::PUT, "GET, HEAD, POST"),
    ] {
        let (status, headers, body) = exchange(method.clone(), &format!("{base}{path}"), &[], "");
        assert_eq!(
            status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}: {body}"
        );
        assert!(
            body.contains(method.as_str()) && body.contains(allowed),
            "{method} {path}: {body}"
        );
        assert_eq!(header(&headers, "allow"), Some(allowed), "{method} {path}");
    }
}
