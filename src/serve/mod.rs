//! Serve stage: the store and the extractor over HTTP.
//!
//! * `/sparql` (alias `/query`): the SPARQL 1.1 Protocol — `GET ?query=`,
//!   `POST` as a form or as `application/sparql-query`, `default-graph-uri`
//!   and `named-graph-uri`; results by content negotiation (SPARQL JSON, XML,
//!   CSV, TSV; Turtle, N-Triples or JSON-LD for graphs). Without a dataset in the
//!   request or the query, the default graph is the union of all graphs, as
//!   in `kg query`.
//! * `/update`: SPARQL 1.1 Update, only when the service is writable, and
//!   then with the bearer token when one is set.
//! * `/store`: the SPARQL 1.1 Graph Store Protocol — `GET ?graph=IRI` or
//!   `?default` always; `PUT`, `POST` and `DELETE` only when writable.
//! * `/extract`: `POST` a text, Markdown or HTML article, get its RDF.
//! * `POST /documents` (writable only, with the bearer token when set):
//!   builds one article into the store with the rules of `kg build`
//!   ([`crate::build`]). The article is named by the `name` or `iri` query
//!   parameter or the `Slug` header; a later text with the same name
//!   replaces it. The answer is a small JSON report: `201 Created` for a new
//!   document (with `Location:` its explorer page), `200` with
//!   `"outcome":"replaced"` or `"outcome":"unchanged"` otherwise.
//! * The explorer ([`explore`]): `/` searches entities, `/entity?iri=` shows
//!   one with the evidence of each fact and its neighbourhood, `/documents`
//!   and `/document?iri=` the documents, and `/sparql` opened in a browser
//!   (`Accept: text/html`) is a query page.
//!
//! The store is opened once and reopened when another process changes it
//! (see [`crate::store::change_stamp`]): a `kg build` is seen by the next
//! request, without a restart. Writes take the store's writer lock only for
//! the time of the write, so `kg build` can run beside a writable server.
//!
//! The service is a plain function from request to response, so it is
//! tested without a socket:
//!
//! ```
//! use kgraph::serve::{Service, ServiceOptions};
//! use oxhttp::model::{Body, Request};
//!
//! let dir = tempfile::tempdir().unwrap();
//! kgraph::store::Store::open(dir.path(), kgraph::store::Access::Write { wait: false }).unwrap();
//! let ontology: &'static _ = Box::leak(Box::new(kgraph::ontology::Ontology::builtin().unwrap()));
//! let service = Service::new(dir.path(), ontology, ServiceOptions::default()).unwrap();
//! let mut request = Request::get("/sparql?query=ASK%7B%7D")
//!     .header("accept", "application/sparql-results+json")
//!     .body(Body::empty())
//!     .unwrap();
//! let response = service.handle(&mut request);
//! assert_eq!(response.status(), 200);
//! assert_eq!(response.into_body().to_string().unwrap(), r#"{"head":{},"boolean":true}"#);
//! ```

pub mod explore;
mod isolate;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, RwLock};

use oxhttp::model::header::{
    ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, AUTHORIZATION, CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION,
    ORIGIN, REFERER, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad};
use oxigraph::sparql::QueryResults;

use crate::build::{Builder, Outcome};
use crate::ontology::Ontology;
use crate::query::{self, QueryError, QueryOptions, ResultFormat, Watchdog};
use crate::rdf::{write_quads, RdfEmitter};
use crate::store::{self, Access, Store, StoreError};
use crate::text::{Document, Markup};

/// What a service allows and how far it goes for one request.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ServiceOptions {
    /// Accept updates, graph writes and documents.
    pub writable: bool,
    /// When set, writes need `Authorization: Bearer <token>`.
    pub token: Option<String>,
    /// The origin allowed to call from a browser page of another site
    /// (`Access-Control-Allow-Origin`); `None` allows none.
    pub cors_origin: Option<String>,
    /// Time and memory bounds of every query.
    pub query: QueryOptions,
    /// The largest request body read, in bytes.
    pub max_body_bytes: u64,
    /// Rows (solutions or triples) a `/sparql` answer holds at most; a cut
    /// answer says so in its `X-SPARQL-MaxRows` header. `None`: no cap.
    pub max_results: Option<usize>,
    /// The largest answer a request's worker may send back, in bytes; a
    /// larger one is refused with 503 (see [`isolate`]).
    pub max_answer_bytes: usize,
    /// Evaluate queries, updates and pages in a child process that is
    /// killed at the deadline (Linux, files backend; see [`isolate`]);
    /// `false`: on a thread of the server, stopped only where Oxigraph
    /// checks its cancellation.
    pub isolate: bool,
    /// The address the server listens on: writes from a browser page are
    /// accepted only from this origin (or [`Self::cors_origin`]). `None`:
    /// the origin must match the request's `Host` header.
    pub own_address: Option<std::net::SocketAddr>,
    /// Base IRI of documents and entities that `/extract` mints.
    pub base: String,
    /// What queries see: by default not the gazetteer graph (see
    /// [`store::View`]).
    pub view: store::View,
    /// How a refused write tells the client to get a writable service (the
    /// program that runs the service knows its own options).
    pub read_only_hint: String,
}

impl Default for ServiceOptions {
    fn default() -> Self {
        ServiceOptions {
            writable: false,
            token: None,
            cors_origin: None,
            query: QueryOptions::default(),
            max_body_bytes: 16 << 20,
            max_results: Some(DEFAULT_MAX_RESULTS),
            max_answer_bytes: 256 << 20,
            isolate: true,
            own_address: None,
            base: crate::vocab::DEFAULT_BASE.to_string(),
            view: store::View::default(),
            read_only_hint: "start the service writable to accept writes".to_string(),
        }
    }
}

/// Rows a `/sparql` answer holds by default.
pub const DEFAULT_MAX_RESULTS: usize = 100_000;

impl ServiceOptions {
    /// Options listening at `address` (see [`Self::own_address`]).
    #[must_use]
    pub fn with_own_address(mut self, address: std::net::SocketAddr) -> Self {
        self.own_address = Some(address);
        self
    }

    /// Options with this cap on the rows of a `/sparql` answer.
    #[must_use]
    pub fn with_max_results(mut self, rows: Option<usize>) -> Self {
        self.max_results = rows;
        self
    }

    /// Options reading request bodies up to `bytes`.
    #[must_use]
    pub fn with_max_body_bytes(mut self, bytes: u64) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// Options allowing writes (with a token when `token` is `Some`).
    #[must_use]
    pub fn writable(mut self, token: Option<String>) -> Self {
        self.writable = true;
        self.token = token;
        self
    }

    /// Options whose refused writes give this remedy ("start it with …").
    #[must_use]
    pub fn with_read_only_hint(mut self, hint: impl Into<String>) -> Self {
        self.read_only_hint = hint.into();
        self
    }

    /// Options allowing calls from pages of `origin`.
    #[must_use]
    pub fn with_cors_origin(mut self, origin: impl Into<String>) -> Self {
        self.cors_origin = Some(origin.into());
        self
    }

    /// Options whose queries see the whole gazetteer graph too (`true`).
    #[must_use]
    pub fn with_gazetteer(mut self, with_gazetteer: bool) -> Self {
        self.view = store::View::with_gazetteer(with_gazetteer);
        self
    }

    /// Options with these query bounds.
    #[must_use]
    pub fn with_query_options(mut self, query: QueryOptions) -> Self {
        self.query = query;
        self
    }
}

/// Errors that stop a service from starting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Rdf(#[from] crate::rdf::RdfError),
}

/// What the explorer's pages may do, for a browser to enforce: no script
/// at all (the pages have none, so an injected one cannot run), styles
/// only from the page itself, forms only to this server, no framing.
const HTML_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Headers every answer carries: no content sniffing (a text answer is
/// never run as HTML), and for HTML the [`HTML_POLICY`] and no `Referer`
/// with the page's query to other sites.
fn secure_headers(response: &mut Response<Body>) {
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if html {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(HTML_POLICY),
        );
        headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    }
}

/// A failure as a plain-text response.
fn failure_response(failure: Failure) -> Response<Body> {
    let mut response = text_response(
        failure.status,
        "text/plain; charset=utf-8",
        format!("{}\n", failure.message),
    );
    if let Some(value) = failure
        .allow
        .as_deref()
        .and_then(|allow| HeaderValue::from_str(allow).ok())
    {
        response
            .headers_mut()
            .insert(oxhttp::model::header::ALLOW, value);
    }
    if failure.status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            oxhttp::model::header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer"),
        );
    }
    response
}

/// The store as last opened, with the stamp it had then.
struct Snapshot {
    store: Store,
    stamp: store::ChangeStamp,
    /// The entities and relations as a graph, for neighbourhood pictures;
    /// built on the first entity page.
    graph: OnceLock<crate::graph::EntityGraph>,
}

impl Snapshot {
    fn entity_graph(&self) -> Result<&crate::graph::EntityGraph, Failure> {
        if let Some(graph) = self.graph.get() {
            return Ok(graph);
        }
        // Read in the server's process: forks wait (see `isolate::Gate`).
        let quads = isolate::Gate::read(|| {
            let mut quads = Vec::new();
            for quad in self.store.oxigraph().iter() {
                let quad = quad
                    .map_err(|e| Failure::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
                if store::is_data_graph(quad.graph_name.as_ref()) {
                    quads.push(quad);
                }
            }
            Ok::<_, Failure>(quads)
        })?;
        Ok(self
            .graph
            .get_or_init(|| crate::graph::EntityGraph::from_quads(&quads)))
    }
}

/// The HTTP service of one store: turns requests into responses.
pub struct Service {
    dir: PathBuf,
    options: ServiceOptions,
    snapshot: RwLock<Arc<Snapshot>>,
    /// Extracts for `/extract` and builds for `POST /documents`.
    builder: Builder<'static>,
}

/// A response that is an error, with its message as plain text.
struct Failure {
    status: StatusCode,
    message: String,
    /// The methods a 405 answer names in its `Allow` header.
    allow: Option<String>,
}

impl Failure {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Failure {
            status,
            message: message.into(),
            allow: None,
        }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        Failure::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Locked { .. } => Failure::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "another kg process is writing to the store; try again when it is done",
            ),
            other => Failure::new(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
        }
    }
}

impl From<QueryError> for Failure {
    fn from(e: QueryError) -> Self {
        use oxigraph::sparql::QueryEvaluationError as E;
        let status = match &e {
            QueryError::Syntax { .. }
            | QueryError::TooDeep { .. }
            | QueryError::TooLong { .. }
            | QueryError::Unorderable => StatusCode::BAD_REQUEST,
            // What the query asks for and kg does not do: the client's to change.
            QueryError::Evaluation(
                E::Service(_)
                | E::UnsupportedService(_)
                | E::InvalidServiceName(_)
                | E::UnboundService
                | E::UnsupportedCustomFunction(_)
                | E::UnsupportedCustomFunctionArity { .. }
                | E::NotExistingSubstitutedVariable(_),
            ) => StatusCode::BAD_REQUEST,
            QueryError::Timeout(_) | QueryError::OutOfMemory { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure::new(status, e.to_string())
    }
}

type Reply = Result<Response<Body>, Failure>;

/// Result formats for solutions and booleans, by media type.
const SOLUTION_TYPES: &[(&str, ResultFormat)] = &[
    ("application/sparql-results+json", ResultFormat::Json),
    ("application/json", ResultFormat::Json),
    ("application/sparql-results+xml", ResultFormat::Xml),
    ("application/xml", ResultFormat::Xml),
    ("text/csv", ResultFormat::Csv),
    ("text/tab-separated-values", ResultFormat::Tsv),
];

/// Formats for graphs (CONSTRUCT, DESCRIBE, `/store`), by media type.
const GRAPH_RDF_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("application/ld+json", JSON_LD),
    ("text/plain", RdfFormat::NTriples),
];

/// RDF formats for `/extract` and `/store`, by media type (first is default).
const RDF_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("application/n-quads", RdfFormat::NQuads),
    ("application/trig", RdfFormat::TriG),
    ("application/ld+json", JSON_LD),
    ("text/plain", RdfFormat::NTriples),
];

/// The header of an answer cut at [`ServiceOptions::max_results`] rows
/// (Virtuoso's name for it), holding the cap.
const MAX_ROWS_HEADER: &str = "x-sparql-maxrows";

/// The header naming a posted document (RFC 5023, section 9.7).
const SLUG: &str = "slug";

const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: oxigraph::io::JsonLdProfileSet::empty(),
};

impl Service {
    /// Opens the store in `dir` (it must exist) and compiles the extractor.
    pub fn new(
        dir: &Path,
        ontology: &'static Ontology,
        options: ServiceOptions,
    ) -> Result<Self, ServeError> {
        let snapshot = open_snapshot(dir, options.view)?;
        let emitter = RdfEmitter::new(&options.base)?;
        // Now, while the server has one thread: a child forked later must
        // not be the first to change the process's panic hook.
        query::install_engine_panic_filter();
        Ok(Service {
            dir: dir.to_owned(),
            options,
            snapshot: RwLock::new(Arc::new(snapshot)),
            builder: Builder::new(ontology).with_emitter(emitter),
        })
    }

    /// Answers one request.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let reply = self.route(request);
        let mut response = reply.unwrap_or_else(failure_response);
        secure_headers(&mut response);
        if let Some(origin) = &self.options.cors_origin {
            if let Ok(value) = HeaderValue::from_str(origin) {
                let headers = response.headers_mut();
                headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, value);
                // (oxhttp 0.3 leaves this one out of what it sends: a
                // page of another origin may GET and POST, not PUT or
                // DELETE. Kept for a server that sends it.)
                headers.insert(
                    ACCESS_CONTROL_ALLOW_METHODS,
                    HeaderValue::from_static("GET, POST, PUT, DELETE, OPTIONS"),
                );
                headers.insert(
                    ACCESS_CONTROL_ALLOW_HEADERS,
                    HeaderValue::from_static("Accept, Authorization, Content-Type"),
                );
            }
        }
        response
    }

    fn route(&self, request: &mut Request<Body>) -> Reply {
        let path = request.uri().path().to_string();
        if request.method() == Method::OPTIONS {
            return Ok(empty(StatusCode::NO_CONTENT));
        }
        match path.as_str() {
            "/" => self.search(request),
            "/entity" => self.entity(request),
            "/documents" if request.method() == Method::POST => self.post_document(request),
            "/documents" => self.documents(request),
            "/document" => self.document(request),
            "/sparql" | "/query" => self.sparql_query(request),
            "/update" => self.sparql_update(request),
            "/store" => self.graph_store(request),
            "/extract" => self.extract(request),
            _ => Err(Failure::new(
                StatusCode::NOT_FOUND,
                format!("no such page: {path} (try /sparql, /update, /store, /extract)"),
            )),
        }
    }

    fn search(&self, request: &Request<Body>) -> Reply {
        only(request, &[Method::GET, Method::HEAD])?;
        let params = query_params(request);
        let q = single(&params, "q")?;
        let snapshot = self.current()?;
        self.isolated(&snapshot, || {
            let html =
                explore::search(snapshot.store.oxigraph(), q.as_deref(), &self.options.query)?;
            Ok(html_response(html))
        })
    }

    fn entity(&self, request: &Request<Body>) -> Reply {
        only(request, &[Method::GET, Method::HEAD])?;
        let iri = required_iri(request)?;
        let snapshot = self.current()?;
        // Built here, once per snapshot, so that every later child has it.
        let graph = snapshot.entity_graph()?;
        self.isolated(&snapshot, || {
            match explore::entity(snapshot.store.oxigraph(), graph, &iri, &self.options.query)? {
                Some(html) => Ok(html_response(html)),
                None => Err(Failure::new(
                    StatusCode::NOT_FOUND,
                    format!("the store says nothing about {iri}"),
                )),
            }
        })
    }

    fn documents(&self, request: &Request<Body>) -> Reply {
        // (A POST went to `post_document`; it is named so that a 405 lists it.)
        only(request, &[Method::GET, Method::HEAD, Method::POST])?;
        let snapshot = self.current()?;
        self.isolated(&snapshot, || {
            Ok(html_response(explore::documents(
                snapshot.store.oxigraph(),
                &self.options.query,
            )?))
        })
    }

    fn document(&self, request: &Request<Body>) -> Reply {
        only(request, &[Method::GET, Method::HEAD])?;
        let iri = required_iri(request)?;
        let snapshot = self.current()?;
        self.isolated(&snapshot, || {
            match explore::document(snapshot.store.oxigraph(), &iri, &self.options.query)? {
                Some(html) => Ok(html_response(html)),
                None => Err(Failure::new(
                    StatusCode::NOT_FOUND,
                    format!("no document {iri}"),
                )),
            }
        })
    }

    /// The store as it is now: reopened when its stamp moved since the last
    /// request.
    fn current(&self) -> Result<Arc<Snapshot>, Failure> {
        let stamp = store::change_stamp(&self.dir)?;
        {
            let snapshot = self.snapshot.read().unwrap_or_else(|e| e.into_inner());
            if snapshot.stamp == stamp {
                return Ok(Arc::clone(&snapshot));
            }
        }
        let mut slot = self.snapshot.write().unwrap_or_else(|e| e.into_inner());
        // Another request may have reopened it meanwhile.
        if slot.stamp != stamp {
            *slot = Arc::new(open_snapshot(&self.dir, self.options.view)?);
        }
        Ok(Arc::clone(&slot))
    }

    fn sparql_query(&self, request: &mut Request<Body>) -> Reply {
        only(request, &[Method::GET, Method::POST])?;
        let mut params = query_params(request);
        let text = if request.method() == Method::POST {
            match media_type(request).as_str() {
                "application/sparql-query" => Some(self.read_text(request)?),
                "application/x-www-form-urlencoded" => {
                    params.extend(form_params(&self.read_body(request)?));
                    None
                }
                other => {
                    return Err(Failure::new(
                        StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        format!("a SPARQL query is sent as application/sparql-query or as a form, not {other:?}"),
                    ))
                }
            }
        } else {
            None
        };
        if request.method() == Method::GET && prefers_html(request) {
            let query = single(&params, "query")?;
            let snapshot = self.current()?;
            return self.isolated(&snapshot, || {
                Ok(html_response(explore::sparql_page(
                    snapshot.store.oxigraph(),
                    query.as_deref(),
                    &self.options.query,
                )))
            });
        }
        let text = match text {
            Some(text) => text,
            None => single(&params, "query")?.ok_or_else(|| {
                Failure::bad_request("no query: pass it as the `query` parameter")
            })?,
        };
        let defaults = all(&params, "default-graph-uri")
            .iter()
            .map(|iri| named_node(iri).map(GraphName::from))
            .collect::<Result<Vec<_>, _>>()?;
        let named = all(&params, "named-graph-uri")
            .iter()
            .map(|iri| named_node(iri).map(NamedOrBlankNode::from))
            .collect::<Result<Vec<_>, _>>()?;
        query::check_chain(&text)?;
        let accept = accept_header(request).map(str::to_owned);
        let snapshot = self.current()?;
        self.isolated(&snapshot, || {
            self.evaluate(&snapshot, &text, defaults, named, accept.as_deref())
        })
    }

    /// Parses and evaluates a `/sparql` query and writes its answer in the
    /// negotiated format, cut at [`ServiceOptions::max_results`] rows.
    fn evaluate(
        &self,
        snapshot: &Snapshot,
        text: &str,
        defaults: Vec<GraphName>,
        named: Vec<NamedOrBlankNode>,
        accept: Option<&str>,
    ) -> Reply {
        let watchdog = Watchdog::start(&self.options.query, std::time::Duration::ZERO, None);
        watchdog.guard(|| {
            let mut prepared = query::prepare_query(text, Some(watchdog.token()))?;
            if !defaults.is_empty() || !named.is_empty() {
                let dataset = prepared.dataset_mut();
                dataset.set_default_graph(defaults);
                dataset.set_available_named_graphs(named);
            }
            // Without default-graph-uri or FROM: what the store shows.
            query::use_store_dataset(&mut prepared, &snapshot.store)?;
            let results = prepared
                .on_store(snapshot.store.oxigraph())
                .execute()
                .map_err(|e| watchdog.explain(e))?;
            let limit = self.options.max_results.unwrap_or(usize::MAX);
            let mut truncated = false;
            let mut response = if let QueryResults::Graph(triples) = results {
                let (media, format) = negotiate_accept(accept, GRAPH_RDF_TYPES)?;
                let mut quads = Vec::new();
                for triple in triples {
                    if quads.len() == limit {
                        truncated = true;
                        break;
                    }
                    let triple = triple.map_err(|e| watchdog.explain(e))?;
                    quads.push(triple.in_graph(GraphName::DefaultGraph));
                }
                rdf_response(&quads, media, format)?
            } else {
                let (media, format) = negotiate_accept(accept, SOLUTION_TYPES)?;
                let mut body = Vec::new();
                let options = self
                    .options
                    .query
                    .clone()
                    .with_limit(self.options.max_results);
                let summary =
                    query::write_results(results, &options, &watchdog, format, &mut body)?;
                truncated = summary.truncated;
                bytes_response(StatusCode::OK, media, body)
            };
            if truncated {
                // The header Virtuoso sends on a cut answer, so that clients
                // that know it can tell; documented in the README.
                if let Ok(value) = HeaderValue::from_str(&limit.to_string()) {
                    response.headers_mut().insert(MAX_ROWS_HEADER, value);
                }
            }
            Ok(response)
        })
    }

    /// Where the work of a request on `snapshot` runs (see [`isolate`]): in
    /// a child process for the files backend, unless turned off.
    fn place(&self, snapshot: &Snapshot) -> isolate::Place {
        if self.options.isolate && snapshot.store.backend() == store::Backend::Files {
            isolate::Place::Child
        } else {
            isolate::Place::Thread
        }
    }

    /// Runs `work` where a runaway cannot hurt the server: on a large
    /// stack, killed at the query deadline (see [`isolate`]).
    fn isolated(&self, snapshot: &Snapshot, work: impl FnOnce() -> Reply + Send) -> Reply {
        let bounds = isolate::Bounds {
            query: &self.options.query,
            max_answer_bytes: self.options.max_answer_bytes,
        };
        Ok(isolate::run(self.place(snapshot), &bounds, || {
            work().unwrap_or_else(failure_response)
        }))
    }

    fn sparql_update(&self, request: &mut Request<Body>) -> Reply {
        only(request, &[Method::POST])?;
        self.check_writable(request)?;
        let text = match media_type(request).as_str() {
            "application/sparql-update" => self.read_text(request)?,
            "application/x-www-form-urlencoded" => {
                let params = form_params(&self.read_body(request)?);
                single(&params, "update")?.ok_or_else(|| {
                    Failure::bad_request("no update: pass it as the `update` form field")
                })?
            }
            other => {
                return Err(Failure::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                    "an update is sent as application/sparql-update or as a form, not {other:?}"
                ),
                ))
            }
        };
        query::check_chain(&text)?;
        // Parsed and run on a large stack (a long chain recurses deeply), in
        // the server: opening the store for writing loads it with rayon,
        // which a forked child cannot use (see `isolate`). So an update is
        // stopped only where Oxigraph checks its cancellation (as it reads
        // the store); a stopped update changes nothing.
        let bounds = isolate::Bounds {
            query: &self.options.query,
            max_answer_bytes: self.options.max_answer_bytes,
        };
        let run = || {
            let watchdog = Watchdog::start(&self.options.query, std::time::Duration::ZERO, None);
            let update = query::prepare_update_with(&text, Some(watchdog.token()))?;
            if let Some(source) = query::loaded_sources(&text)?.first() {
                return Err(Failure::new(
                    StatusCode::FORBIDDEN,
                    format!(
                        "LOAD <{source}> is refused: the server reads no file and fetches no URL for a client; \
load data with `kg load` on the server's machine, or send it to /store (PUT or POST)"
                    ),
                ));
            }
            let mut store = Store::open(&self.dir, Access::Write { wait: false })?;
            store.update(update).map_err(|e| {
                // A cancelled update fails with whatever error the
                // cancellation reached; the watchdog says whether it did.
                match watchdog.explain(oxigraph::sparql::QueryEvaluationError::Cancelled) {
                    stopped @ (QueryError::Timeout(_) | QueryError::OutOfMemory { .. }) => {
                        Failure::from(stopped)
                    }
                    _ => match e {
                        store::UpdateError::Store(e) => Failure::from(e),
                        other => Failure::new(StatusCode::BAD_REQUEST, other.to_string()),
                    },
                }
            })?;
            Ok(empty(StatusCode::NO_CONTENT))
        };
        Ok(isolate::run(isolate::Place::Thread, &bounds, || {
            run().unwrap_or_else(failure_response)
        }))
    }

    fn graph_store(&self, request: &mut Request<Body>) -> Reply {
        only(
            request,
            &[
                Method::GET,
                Method::HEAD,
                Method::PUT,
                Method::POST,
                Method::DELETE,
            ],
        )?;
        let params = query_params(request);
        let graph: GraphName = match (
            single(&params, "graph")?,
            params.iter().any(|(k, _)| k == "default"),
        ) {
            (Some(iri), false) => named_node(&iri)?.into(),
            (None, true) => GraphName::DefaultGraph,
            _ => {
                return Err(Failure::bad_request(
                    "name one graph: `?graph=IRI` or `?default`",
                ))
            }
        };
        let method = request.method().clone();
        if method == Method::GET || method == Method::HEAD {
            let (media, format) = negotiate(request, GRAPH_RDF_TYPES)?;
            let snapshot = self.current()?;
            return self.isolated(&snapshot, || {
                let triples = match &graph {
                    GraphName::NamedNode(name) => {
                        let quads: Vec<Quad> = snapshot
                            .store
                            .oxigraph()
                            .quads_for_pattern(None, None, None, Some(name.as_ref().into()))
                            .collect::<Result<_, _>>()
                            .map_err(|e| {
                                Failure::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
                            })?;
                        if quads.is_empty() {
                            return Err(Failure::new(
                                StatusCode::NOT_FOUND,
                                format!("no graph {graph}"),
                            ));
                        }
                        quads
                            .into_iter()
                            .map(|q| {
                                Quad::new(q.subject, q.predicate, q.object, GraphName::DefaultGraph)
                            })
                            .collect()
                    }
                    _ => self.default_graph_triples(&snapshot)?,
                };
                rdf_response(&triples, media, format)
            });
        }
        self.check_writable(request)?;
        let GraphName::NamedNode(graph) = graph else {
            return Err(Failure::bad_request(
                "the default graph is the union of all graphs and cannot be written; name a graph",
            ));
        };
        let mut store = Store::open(&self.dir, Access::Write { wait: false })?;
        let existed = store.contains_graph(graph.as_ref())?;
        if method == Method::DELETE {
            if !existed {
                return Err(Failure::new(
                    StatusCode::NOT_FOUND,
                    format!("no graph {graph}"),
                ));
            }
            store.remove_graph(graph.as_ref().into())?;
            return Ok(empty(StatusCode::NO_CONTENT));
        }
        let format = rdf_format_of(request)?;
        let body = self.read_body(request)?;
        let mut quads: Vec<Quad> = Vec::new();
        for quad in RdfParser::from_format(format)
            .without_named_graphs()
            .with_default_graph(graph.clone())
            .for_slice(&body)
        {
            quads.push(quad.map_err(|e| Failure::bad_request(format!("request body: {e}")))?);
        }
        if method == Method::POST {
            let mut merged = store.graph_quads(graph.as_ref().into())?;
            merged.extend(quads);
            quads = merged;
        }
        store::rename_blank_nodes(&mut quads);
        store.replace_graph(graph.as_ref(), quads)?;
        Ok(empty(if existed {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::CREATED
        }))
    }

    /// The default graph as `/sparql` sees it: the union of the graphs the
    /// store shows, each triple once, sorted (the output is deterministic).
    fn default_graph_triples(&self, snapshot: &Snapshot) -> Result<Vec<Quad>, Failure> {
        let watchdog = Watchdog::start(&self.options.query, std::time::Duration::ZERO, None);
        let mut triples = watchdog.guard(|| {
            let results = query::execute_store_query(
                &snapshot.store,
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                &watchdog,
            )?;
            let mut triples = Vec::new();
            if let QueryResults::Graph(found) = results {
                for triple in found {
                    let triple = triple.map_err(|e| watchdog.explain(e))?;
                    triples.push(triple.in_graph(GraphName::DefaultGraph));
                }
            }
            Ok::<_, Failure>(triples)
        })?;
        triples.sort_by_cached_key(ToString::to_string);
        triples.dedup();
        Ok(triples)
    }

    fn extract(&self, request: &mut Request<Body>) -> Reply {
        only(request, &[Method::POST])?;
        let markup = article_markup(request)?;
        let text = self.read_text(request)?;
        let (media, format) = negotiate(request, RDF_TYPES)?;
        let document = Document::from_markup("request", &text, markup);
        let emitter = self.builder.emitter();
        let quads = emitter.quads(&self.builder.extractor().extract(&document));
        rdf_response(&quads, media, format)
    }

    /// `POST /documents`: builds one article into the store, with the skip
    /// and replace rules of `kg build` ([`crate::build`]). The article's
    /// name (its source) is what a later text replaces.
    fn post_document(&self, request: &mut Request<Body>) -> Reply {
        self.check_writable(request)?;
        let markup = article_markup(request)?;
        let name = document_name(request)?;
        let text = self.read_text(request)?;
        if text.trim().is_empty() {
            return Err(Failure::bad_request("the request body holds no text"));
        }
        let document =
            Document::from_markup_with(&name, &text, markup, self.builder.text_vocabulary());
        let mut store = Store::open(&self.dir, Access::Write { wait: false })?;
        let report = self
            .builder
            .build_documents(&mut store, [document], &mut ())
            .map_err(|e| match e {
                crate::build::BuildError::Store(e) => Failure::from(e),
                other => Failure::new(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
            })?;
        drop(store);
        let Some(built) = report.outcomes.first() else {
            return Err(Failure::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the build reported no document",
            ));
        };
        let (status, outcome, replaced) = match &built.outcome {
            Outcome::Built => (StatusCode::CREATED, "created", &[][..]),
            Outcome::Replaced(old) => (StatusCode::OK, "replaced", &old[..]),
            _ => (StatusCode::OK, "unchanged", &[][..]),
        };
        let body = serde_json::json!({
            "document": built.graph.as_str(),
            "name": built.source,
            "outcome": outcome,
            "statements": built.statements,
            "replaced": replaced.iter().map(NamedNode::as_str).collect::<Vec<_>>(),
        });
        let mut response = text_response(status, "application/json", format!("{body}\n"));
        let page: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("iri", built.graph.as_str())
            .finish();
        if let Ok(location) = HeaderValue::from_str(&format!("/document?{page}")) {
            response.headers_mut().insert(LOCATION, location);
        }
        Ok(response)
    }

    fn check_writable(&self, request: &Request<Body>) -> Result<(), Failure> {
        if !self.options.writable {
            return Err(Failure::new(
                StatusCode::FORBIDDEN,
                format!("this server is read-only; {}", self.options.read_only_hint),
            ));
        }
        self.check_origin(request)?;
        if let Some(token) = &self.options.token {
            let given = request
                .headers()
                .get(AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "));
            if given != Some(token.as_str()) {
                return Err(Failure::new(
                    StatusCode::UNAUTHORIZED,
                    "writes need the server's bearer token (Authorization: Bearer …)",
                ));
            }
        }
        Ok(())
    }

    /// Refuses a write sent by a page of another site (cross-site request
    /// forgery: a page anyone visits could post a form to a server on the
    /// visitor's machine). A browser names the page's origin in `Origin`
    /// (or, older ones, `Referer`); it must be the server's own address or
    /// the `--cors` origin. Requests naming neither (curl, `kg push`, other
    /// programs) are not from a page and pass.
    fn check_origin(&self, request: &Request<Body>) -> Result<(), Failure> {
        let header = |name| {
            request
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap_or("").to_owned())
        };
        let Some(claimed) = header(ORIGIN).or_else(|| header(REFERER)) else {
            return Ok(());
        };
        let origin = web_origin(&claimed);
        if let Some(origin) = &origin {
            let cors = self.options.cors_origin.as_deref().and_then(web_origin);
            if cors.as_ref() == Some(origin) || self.is_own_origin(request, origin) {
                return Ok(());
            }
        }
        Err(Failure::new(
            StatusCode::FORBIDDEN,
            format!(
                "writes from a page of another site ({claimed}) are refused; send them from this server's own pages, from the --cors origin, or from a program (no Origin header)"
            ),
        ))
    }

    /// Whether `origin` (host, port) is this server's address: the one it
    /// listens on (`localhost` too on loopback), or, listening on every
    /// address or when the address is unknown, the `Host` the request was
    /// sent to.
    fn is_own_origin(&self, request: &Request<Body>, origin: &(String, u16)) -> bool {
        let host_header = || {
            request
                .headers()
                .get(oxhttp::model::header::HOST)
                .and_then(|v| v.to_str().ok())
                .and_then(|host| web_origin(&format!("http://{host}")))
        };
        match self.options.own_address {
            Some(address) if !address.ip().is_unspecified() => {
                if origin.1 != address.port() {
                    return false;
                }
                let ip = match address.ip() {
                    std::net::IpAddr::V4(ip) => ip.to_string(),
                    std::net::IpAddr::V6(ip) => format!("[{ip}]"),
                };
                origin.0 == ip || (address.ip().is_loopback() && origin.0 == "localhost")
            }
            _ => host_header().as_ref() == Some(origin),
        }
    }

    /// The request body, refused past the size bound.
    fn read_body(&self, request: &mut Request<Body>) -> Result<Vec<u8>, Failure> {
        let limit = self.options.max_body_bytes;
        let mut body = Vec::new();
        request
            .body_mut()
            .take(limit + 1)
            .read_to_end(&mut body)
            .map_err(|e| Failure::bad_request(format!("request body: {e}")))?;
        if body.len() as u64 > limit {
            return Err(Failure::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {limit} bytes"),
            ));
        }
        Ok(body)
    }

    fn read_text(&self, request: &mut Request<Body>) -> Result<String, Failure> {
        String::from_utf8(self.read_body(request)?)
            .map_err(|e| Failure::bad_request(format!("the request body is not UTF-8: {e}")))
    }
}

/// The host (lower case) and port of an http(s) URL or origin; `None`
/// for anything else (`null`, `file:`, `javascript:`).
fn web_origin(text: &str) -> Option<(String, u16)> {
    let url = url::Url::parse(text.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    Some((
        url.host_str()?.to_ascii_lowercase(),
        url.port_or_known_default()?,
    ))
}

fn open_snapshot(dir: &Path, view: store::View) -> Result<Snapshot, StoreError> {
    // The stamp is taken first: a change racing the opening shows as a
    // newer stamp on the next request, never as a missed one.
    let stamp = store::change_stamp(dir)?;
    let store = Store::open_with(dir, Access::Read, view)?;
    Ok(Snapshot {
        store,
        stamp,
        graph: OnceLock::new(),
    })
}

fn only(request: &Request<Body>, methods: &[Method]) -> Result<(), Failure> {
    if methods.contains(request.method()) {
        return Ok(());
    }
    let allowed = methods
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut failure = Failure::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{} is not allowed here; use {allowed}", request.method()),
    );
    failure.allow = Some(allowed);
    Err(failure)
}

fn media_type(request: &Request<Body>) -> String {
    request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The markup of an article sent as the request body.
fn article_markup(request: &Request<Body>) -> Result<Markup, Failure> {
    match media_type(request).as_str() {
        "text/html" | "application/xhtml+xml" => Ok(Markup::Html),
        "text/markdown" => Ok(Markup::Markdown),
        "text/plain" | "" => Ok(Markup::Plain),
        other => Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("send the article as text/plain, text/markdown or text/html, not {other:?}"),
        )),
    }
}

/// The name a posted document is known by: the `name` or `iri` parameter,
/// or the `Slug` header (percent-decoded, RFC 5023). Exactly one is given.
fn document_name(request: &Request<Body>) -> Result<String, Failure> {
    let params = query_params(request);
    let mut names = Vec::new();
    if let Some(name) = single(&params, "name")? {
        names.push(name);
    }
    if let Some(iri) = single(&params, "iri")? {
        named_node(&iri)?;
        names.push(iri);
    }
    if let Some(slug) = request.headers().get(SLUG) {
        let slug = slug
            .to_str()
            .map_err(|_| Failure::bad_request("the Slug header is not ASCII; percent-encode it"))?;
        let decoded = percent_decode(slug)
            .ok_or_else(|| Failure::bad_request("the Slug header is not percent-encoded UTF-8"))?;
        names.push(decoded);
    }
    match names.as_slice() {
        [name] if !name.trim().is_empty() && name != "-" => Ok(name.clone()),
        [_] => Err(Failure::bad_request(
            "a document's name may not be empty or `-`",
        )),
        [] => Err(Failure::bad_request(
            "name the document: `?name=…`, `?iri=…` or a Slug header; a later text with the same name replaces it",
        )),
        _ => Err(Failure::bad_request(
            "name the document once: `name`, `iri` or Slug, not several",
        )),
    }
}

/// `%XX` escapes decoded; `None` when one is malformed or the bytes are
/// not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn rdf_format_of(request: &Request<Body>) -> Result<RdfFormat, Failure> {
    let media = media_type(request);
    RdfFormat::from_media_type(&media).ok_or_else(|| {
        Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("send RDF as Turtle, N-Triples, RDF/XML or JSON-LD, not {media:?}"),
        )
    })
}

fn query_params(request: &Request<Body>) -> Vec<(String, String)> {
    request
        .uri()
        .query()
        .map(|q| form_params(q.as_bytes()))
        .unwrap_or_default()
}

fn form_params(bytes: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(bytes).into_owned().collect()
}

fn all(params: &[(String, String)], name: &str) -> Vec<String> {
    params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

fn single(params: &[(String, String)], name: &str) -> Result<Option<String>, Failure> {
    let mut values = all(params, name);
    match values.len() {
        0 => Ok(None),
        1 => Ok(values.pop()),
        n => Err(Failure::bad_request(format!(
            "`{name}` is given {n} times; give it once"
        ))),
    }
}

fn named_node(iri: &str) -> Result<NamedNode, Failure> {
    NamedNode::new(iri).map_err(|e| Failure::bad_request(format!("{iri:?} is not an IRI: {e}")))
}

/// The best of `choices` for the request's `Accept` header (quality values
/// honoured, `*/*` and `type/*` understood); the first choice when the
/// client accepts anything.
fn negotiate<F: Copy>(
    request: &Request<Body>,
    choices: &[(&'static str, F)],
) -> Result<(&'static str, F), Failure> {
    negotiate_accept(accept_header(request), choices)
}

/// [`negotiate`] for an `Accept` header's value (`None`: none sent).
fn negotiate_accept<F: Copy>(
    accept: Option<&str>,
    choices: &[(&'static str, F)],
) -> Result<(&'static str, F), Failure> {
    let accept = accept.unwrap_or("*/*");
    let mut best: Option<(f32, usize)> = None;
    for (media, quality) in media_ranges(accept) {
        if quality <= 0.0 {
            continue;
        }
        for (i, (candidate, _)) in choices.iter().enumerate() {
            let fits = media == "*/*"
                || media == *candidate
                || media
                    .strip_suffix("/*")
                    .is_some_and(|kind| candidate.starts_with(&format!("{kind}/")));
            // Ties go to the earlier choice (the server's preference).
            if fits && best.is_none_or(|(q, j)| quality > q || (quality == q && i < j)) {
                best = Some((quality, i));
            }
        }
    }
    match best {
        Some((_, i)) => Ok(choices[i]),
        None => {
            let offered: Vec<&str> = choices.iter().map(|(m, _)| *m).collect();
            Err(Failure::new(
                StatusCode::NOT_ACCEPTABLE,
                format!(
                    "cannot answer in {accept:?}; available: {}",
                    offered.join(", ")
                ),
            ))
        }
    }
}

/// Whether the client names `text/html` at least as high as anything else
/// (a browser does; SPARQL clients ask for result formats).
fn prefers_html(request: &Request<Body>) -> bool {
    let Some(accept) = accept_header(request) else {
        return false;
    };
    let mut html = None;
    let mut others: f32 = 0.0;
    for (media, quality) in media_ranges(accept) {
        if media == "text/html" {
            html = Some(quality);
        } else if media != "*/*" && media != "application/xhtml+xml" {
            others = others.max(quality);
        }
    }
    html.is_some_and(|q| q > 0.0 && q >= others)
}

fn accept_header(request: &Request<Body>) -> Option<&str> {
    request.headers().get(ACCEPT).and_then(|v| v.to_str().ok())
}

/// The media ranges of an `Accept` header, lower case, with their quality
/// (1 when not given).
fn media_ranges(accept: &str) -> impl Iterator<Item = (String, f32)> + '_ {
    accept.split(',').map(|range| {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        (media, quality)
    })
}

fn required_iri(request: &Request<Body>) -> Result<String, Failure> {
    let params = query_params(request);
    let iri = single(&params, "iri")?.ok_or_else(|| Failure::bad_request("name it: `?iri=…`"))?;
    named_node(&iri)?;
    Ok(iri)
}

/// Quads serialised in `format`, answered as `media`.
fn rdf_response(quads: &[Quad], media: &str, format: RdfFormat) -> Reply {
    let body = write_quads(quads, format, Vec::new())
        .map_err(|e| Failure::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(bytes_response(StatusCode::OK, media, body))
}

fn html_response(html: String) -> Response<Body> {
    text_response(StatusCode::OK, "text/html; charset=utf-8", html)
}

fn empty(status: StatusCode) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

fn text_response(status: StatusCode, media: &str, text: String) -> Response<Body> {
    bytes_response(status, media, text.into_bytes())
}

fn bytes_response(status: StatusCode, media: &str, body: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(media) {
        response.headers_mut().insert(CONTENT_TYPE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request_accepting(accept: &str) -> Request<Body> {
        Request::get("/sparql")
            .header(ACCEPT, accept)
            .body(Body::empty())
            .unwrap()
    }

    #[test]
    fn negotiation_honours_quality_wildcards_and_the_servers_order() {
        let pick =
            |accept: &str| negotiate(&request_accepting(accept), SOLUTION_TYPES).map(|(m, _)| m);
        assert_eq!(pick("*/*").ok(), Some("application/sparql-results+json"));
        assert_eq!(
            pick("text/csv;q=0.9, text/tab-separated-values").ok(),
            Some("text/tab-separated-values")
        );
        assert_eq!(pick("text/*").ok(), Some("text/csv"));
        assert_eq!(
            pick("application/xml, */*;q=0.1").ok(),
            Some("application/xml")
        );
        assert!(pick("text/csv;q=0").is_err());
        let failure = pick("image/png").unwrap_err();
        assert_eq!(failure.status, StatusCode::NOT_ACCEPTABLE);
        assert!(failure.message.contains("text/csv"), "{}", failure.message);
    }

    #[test]
    fn a_body_past_the_limit_is_refused_and_a_repeated_parameter_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path(), Access::Write { wait: false }).unwrap();
        let ontology: &'static Ontology = Box::leak(Box::new(Ontology::builtin().unwrap()));
        let options = ServiceOptions {
            max_body_bytes: 10,
            ..ServiceOptions::default()
        };
        let service = Service::new(dir.path(), ontology, options).unwrap();
        let mut request = Request::post("/sparql")
            .header(CONTENT_TYPE, "application/sparql-query")
            .body(Body::from("ASK { ?s ?p ?o }"))
            .unwrap();
        assert_eq!(
            service.handle(&mut request).status(),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        let mut request = Request::post("/documents?name=long.txt")
            .header(CONTENT_TYPE, "text/plain")
            .body(Body::from("Peru signed an accord with Chile."))
            .unwrap();
        assert_eq!(
            service.handle(&mut request).status(),
            StatusCode::FORBIDDEN,
            "a read-only service refuses documents before reading them"
        );
        let writable = Service::new(
            dir.path(),
            ontology,
            ServiceOptions {
                max_body_bytes: 10,
                ..ServiceOptions::default()
            }
            .writable(None),
        )
        .unwrap();
        let mut request = Request::post("/documents?name=long.txt")
            .header(CONTENT_TYPE, "text/plain")
            .body(Body::from("Peru signed an accord with Chile."))
            .unwrap();
        assert_eq!(
            writable.handle(&mut request).status(),
            StatusCode::PAYLOAD_TOO_LARGE
        );
        let mut request = Request::get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            service.handle(&mut request).status(),
            StatusCode::BAD_REQUEST
        );
        let mut request = Request::delete("/sparql").body(Body::empty()).unwrap();
        assert_eq!(
            service.handle(&mut request).status(),
            StatusCode::METHOD_NOT_ALLOWED
        );
    }
}
