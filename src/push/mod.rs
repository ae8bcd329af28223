//! Push stage: copies the store's named graphs to an external SPARQL store
//! (Oxigraph server, Virtuoso, Fuseki, GraphDB, …) and keeps it in step.
//!
//! Every named graph of the store — one per document, the imported ones and
//! the ontology graph — is sent as sorted N-Triples, so the same content
//! always gives the same bytes. Two ways to send a graph:
//!
//! * **Graph Store Protocol** (SPARQL 1.1 Graph Store HTTP Protocol), when a
//!   graph store URL is given: `PUT URL?graph=IRI` replaces the remote graph
//!   in one request. If the first such request answers 404 or 405 the server
//!   has no graph store there, and the push goes on with SPARQL Update.
//! * **SPARQL Update** at the update URL: `DROP SILENT GRAPH` and a first
//!   `INSERT DATA` in one request, then further `INSERT DATA` requests of at
//!   most [`PushOptions::batch_triples`] triples each.
//!
//! The default graph is never pushed (replacing a server's default graph
//! would touch data kg does not own), nor the derived statistics graph.
//!
//! **Only what changed is sent.** The store directory keeps a
//! [push record](record) per endpoint: the SHA-256 of the N-Triples last
//! sent for each graph. A graph whose fingerprint matches is skipped, so a
//! second push sends nothing; a push that was killed resumes after the last
//! graph it finished (a graph sent but not yet recorded is sent again, which
//! replaces it with the same content: nothing is lost or doubled). With
//! [`PushOptions::delete_missing`], graphs that were pushed earlier and no
//! longer exist locally are dropped remotely — only graphs in the record,
//! never others.
//!
//! Bounded work: at most [`PushOptions::jobs`] requests at a time, each
//! retried at most [`RetryPolicy::retries`] times with a pause that doubles,
//! each under [`RetryPolicy::timeout`].

mod http;
pub mod record;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use oxigraph::model::{GraphName, NamedNode};
use sha2::{Digest, Sha256};
use url::Url;

use http::Http;
pub use http::{Credentials, RequestError, RetryPolicy};
use oxhttp::model::{Method, StatusCode};
use record::PushRecord;

use crate::store::{graph_names, Store, StoreError};

/// Directory of the push records inside a store.
pub const RECORD_DIR: &str = "push";

/// Errors of a push.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    #[error(
        "{url}: not an http:// URL (kg speaks plain HTTP; put a TLS proxy in front for https)"
    )]
    UnsupportedUrl { url: String },
    #[error("credentials: {0}")]
    Credentials(String),
    #[error("another push to {endpoint} is running from this store; try again when it is done")]
    Busy { endpoint: String },
    #[error("{}: {source}", path.display())]
    Record {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{}: unreadable push record: {message}; delete it to push everything again", path.display())]
    BadRecord {
        path: std::path::PathBuf,
        message: String,
    },
    #[error("{}: unreadable push record (delete it to push everything again): {source}", path.display())]
    RecordSyntax {
        path: std::path::PathBuf,
        source: serde_json::Error,
    },
    #[error("{RECORD_DIR}: the push record names graph {graph:?}, which is no IRI (delete the record to push everything again): {source}")]
    RecordGraph {
        graph: String,
        source: oxigraph::model::IriParseError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("graph {graph}: {source}")]
    Request { graph: String, source: RequestError },
    #[error(
        "push stopped after {done} graphs (they are recorded; pushing again resumes after them)"
    )]
    Interrupted {
        done: usize,
        #[source]
        source: Box<PushError>,
    },
}

/// Where to push.
#[derive(Debug, Clone)]
pub struct Target {
    /// The SPARQL Update endpoint (also the record's key).
    pub update: Url,
    /// The Graph Store Protocol endpoint, if the server has one.
    pub graph_store: Option<Url>,
}

impl Target {
    /// Checks both URLs are plain `http://`.
    pub fn new(update: &str, graph_store: Option<&str>) -> Result<Self, PushError> {
        let parse = |text: &str| match Url::parse(text) {
            Ok(url) if url.scheme() == "http" && url.host().is_some() => Ok(url),
            _ => Err(PushError::UnsupportedUrl {
                url: text.to_owned(),
            }),
        };
        Ok(Target {
            update: parse(update)?,
            graph_store: graph_store.map(parse).transpose()?,
        })
    }
}

/// How to push.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PushOptions {
    pub target: Target,
    pub credentials: Option<Credentials>,
    /// Drop remote graphs pushed earlier that no longer exist locally.
    pub delete_missing: bool,
    /// Requests in flight at once (at least 1).
    pub jobs: usize,
    /// Triples per `INSERT DATA` request with SPARQL Update.
    pub batch_triples: usize,
    pub retry: RetryPolicy,
}

impl PushOptions {
    /// Defaults: 2 jobs, 1,000 triples per batch (Virtuoso's SPARQL compiler
    /// runs out of memory near 5,000), 5 retries from 0.5 s, 60 s timeout.
    pub fn new(target: Target) -> Self {
        PushOptions {
            target,
            credentials: None,
            delete_missing: false,
            jobs: 2,
            batch_triples: 1_000,
            retry: RetryPolicy {
                retries: 5,
                first_pause: Duration::from_millis(500),
                timeout: Duration::from_secs(60),
            },
        }
    }
}

/// What happened to one graph; reported as the push goes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GraphOutcome {
    /// Sent: the remote graph now holds these triples.
    Pushed { graph: String, triples: usize },
    /// Same content as last pushed: nothing sent.
    Unchanged { graph: String },
    /// Dropped remotely (gone locally).
    Dropped { graph: String },
}

/// Progress reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushEvent {
    /// The number of graphs the push will look at.
    Planned { graphs: usize },
    /// The graph store URL answered 404/405: SPARQL Update from now on.
    FellBackToUpdate { status: u16 },
    /// One graph done.
    Graph(GraphOutcome),
}

/// Totals of a finished push.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PushSummary {
    pub pushed: usize,
    pub triples: usize,
    pub unchanged: usize,
    pub dropped: usize,
    /// Triples of the default graph, which is never pushed.
    pub default_graph_triples: usize,
    /// Whether the graphs went by SPARQL Update (always, or after a fallback).
    pub used_update: bool,
}

impl std::fmt::Display for PushSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "pushed {} graphs ({} triples), {} unchanged, {} deleted",
            self.pushed, self.triples, self.unchanged, self.dropped
        )
    }
}

/// Pushes every named graph of `store` that changed since the last push to
/// the same endpoint, then (optionally) drops the graphs gone locally.
/// `progress` hears of every graph as it is done.
pub fn push(
    store: &Store,
    options: &PushOptions,
    progress: &(dyn Fn(&PushEvent) + Sync),
) -> Result<PushSummary, PushError> {
    let http =
        Http::new(options.credentials.as_ref(), options.retry).map_err(PushError::Credentials)?;
    let mut record = PushRecord::open(
        &store.path().join(RECORD_DIR),
        options.target.update.as_str(),
    )?;
    let mut summary = PushSummary::default();
    let mut graphs: Vec<NamedNode> = Vec::new();
    for info in store.graphs()? {
        match info.name {
            GraphName::NamedNode(name) if name.as_str() != graph_names::STATISTICS => {
                graphs.push(name)
            }
            GraphName::DefaultGraph => summary.default_graph_triples = info.triples,
            _ => {}
        }
    }
    let local: std::collections::BTreeSet<&str> = graphs.iter().map(|g| g.as_str()).collect();
    let gone: Vec<String> = if options.delete_missing {
        record
            .graphs()
            .filter(|g| !local.contains(g))
            .map(str::to_owned)
            .collect()
    } else {
        Vec::new()
    };
    progress(&PushEvent::Planned {
        graphs: graphs.len() + gone.len(),
    });

    let sender = Sender {
        http: &http,
        options,
        use_update: AtomicBool::new(options.target.graph_store.is_none()),
    };
    let mut done = 0;
    let outcome = send_all(
        store,
        &sender,
        &graphs,
        &mut record,
        &mut summary,
        progress,
        &mut done,
    )
    .and_then(|()| {
        for graph in &gone {
            sender.drop_graph(graph)?;
            record.dropped(graph)?;
            summary.dropped += 1;
            done += 1;
            progress(&PushEvent::Graph(GraphOutcome::Dropped {
                graph: graph.clone(),
            }));
        }
        Ok(())
    });
    summary.used_update = sender.use_update.load(Ordering::Relaxed);
    // Fold the journal in whatever happened: what was done stays recorded.
    let compacted = record.compact();
    match outcome {
        Ok(()) => {
            compacted?;
            Ok(summary)
        }
        Err(error) => Err(PushError::Interrupted {
            done,
            source: Box::new(error),
        }),
    }
}

/// What a worker thread tells the recording thread.
enum Done {
    Pushed {
        graph: String,
        fingerprint: String,
        triples: usize,
    },
    Unchanged {
        graph: String,
    },
}

/// Sends the changed graphs with `options.jobs` workers; this thread keeps
/// the record. Stops handing out graphs after the first failure.
fn send_all(
    store: &Store,
    sender: &Sender<'_>,
    graphs: &[NamedNode],
    record: &mut PushRecord,
    summary: &mut PushSummary,
    progress: &(dyn Fn(&PushEvent) + Sync),
    done: &mut usize,
) -> Result<(), PushError> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    // Fingerprints known before the push, read by the workers while this
    // thread appends to the record.
    let known: std::collections::HashMap<&str, String> = graphs
        .iter()
        .filter_map(|g| {
            record
                .fingerprint(g.as_str())
                .map(|f| (g.as_str(), f.to_owned()))
        })
        .collect();
    let jobs = sender.options.jobs.max(1);
    let (tx, rx) = mpsc::sync_channel::<Result<Done, PushError>>(jobs * 2);
    let mut first_error = None;
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, failed, known) = (&next, &failed, &known);
            scope.spawn(move || {
                while !failed.load(Ordering::Relaxed) {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(graph) = graphs.get(k) else { break };
                    let result =
                        sender.push_graph(store, graph, known.get(graph.as_str()), progress);
                    if result.is_err() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    if tx.send(result).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for result in rx {
            let recorded = result.and_then(|done_graph| match done_graph {
                Done::Pushed {
                    graph,
                    fingerprint,
                    triples,
                } => {
                    record.pushed(&graph, &fingerprint)?;
                    summary.pushed += 1;
                    summary.triples += triples;
                    progress(&PushEvent::Graph(GraphOutcome::Pushed { graph, triples }));
                    Ok(())
                }
                Done::Unchanged { graph } => {
                    summary.unchanged += 1;
                    progress(&PushEvent::Graph(GraphOutcome::Unchanged { graph }));
                    Ok(())
                }
            });
            match recorded {
                Ok(()) => *done += 1,
                Err(e) => {
                    failed.store(true, Ordering::Relaxed);
                    first_error.get_or_insert(e);
                }
            }
        }
    });
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Sends single graphs one way or the other.
struct Sender<'a> {
    http: &'a Http,
    options: &'a PushOptions,
    /// Set from the start without a graph store URL, or after a 404/405.
    use_update: AtomicBool,
}

impl Sender<'_> {
    fn push_graph(
        &self,
        store: &Store,
        graph: &NamedNode,
        known: Option<&String>,
        progress: &(dyn Fn(&PushEvent) + Sync),
    ) -> Result<Done, PushError> {
        let lines = store.graph_ntriples_sorted(graph.as_ref())?;
        let mut hasher = Sha256::new();
        for line in &lines {
            hasher.update(line.as_bytes());
            hasher.update(b"\n");
        }
        let fingerprint: String = hex::encode(hasher.finalize());
        if known == Some(&fingerprint) {
            return Ok(Done::Unchanged {
                graph: graph.as_str().to_owned(),
            });
        }
        let failed = |source| PushError::Request {
            graph: graph.as_str().to_owned(),
            source,
        };
        if !self.use_update.load(Ordering::Relaxed) {
            match self.put(graph, &lines) {
                Ok(()) => {
                    return Ok(Done::Pushed {
                        graph: graph.as_str().to_owned(),
                        fingerprint,
                        triples: lines.len(),
                    })
                }
                Err(e)
                    if matches!(
                        e.status(),
                        Some(StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED)
                    ) =>
                {
                    // No graph store at that URL: say so once, then update.
                    if !self.use_update.swap(true, Ordering::Relaxed) {
                        progress(&PushEvent::FellBackToUpdate {
                            status: e.status().map_or(0, |s| s.as_u16()),
                        });
                    }
                }
                Err(e) => return Err(failed(e)),
            }
        }
        self.update_graph(graph, &lines).map_err(failed)?;
        Ok(Done::Pushed {
            graph: graph.as_str().to_owned(),
            fingerprint,
            triples: lines.len(),
        })
    }

    fn put(&self, graph: &NamedNode, lines: &[String]) -> Result<(), RequestError> {
        let mut url = self
            .options
            .target
            .graph_store
            .clone()
            .expect("PUT only with a graph store URL");
        url.query_pairs_mut().append_pair("graph", graph.as_str());
        let mut body = Vec::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
        for line in lines {
            body.extend_from_slice(line.as_bytes());
            body.push(b'\n');
        }
        self.http
            .send(Method::PUT, &url, Some("application/n-triples"), &body)
            .map(drop)
    }

    /// `DROP SILENT GRAPH` with the first batch, in one request, then the
    /// rest. Triples with blank nodes all go in one `INSERT {…} WHERE {}`:
    /// a blank node is one node only within one request, and some servers
    /// (Virtuoso) refuse blank nodes in `INSERT DATA`.
    fn update_graph(&self, graph: &NamedNode, lines: &[String]) -> Result<(), RequestError> {
        let (blank, plain): (Vec<&String>, Vec<&String>) =
            lines.iter().partition(|line| has_blank_node(line));
        let mut requests: Vec<String> = plain
            .chunks(self.options.batch_triples.max(1))
            .map(|chunk| graph_block("INSERT DATA", graph, chunk, ""))
            .collect();
        if !blank.is_empty() {
            requests.push(graph_block("INSERT", graph, &blank, " WHERE {}"));
        }
        let drop = format!("DROP SILENT GRAPH {graph}");
        match requests.first_mut() {
            None => return self.update(&drop),
            Some(first) => first.insert_str(0, &format!("{drop} ;\n")),
        }
        for request in &requests {
            self.update(request)?;
        }
        Ok(())
    }

    fn update(&self, text: &str) -> Result<(), RequestError> {
        self.http
            .send(
                Method::POST,
                &self.options.target.update,
                Some("application/sparql-update; charset=utf-8"),
                text.as_bytes(),
            )
            .map(drop)
    }

    fn drop_graph(&self, graph: &str) -> Result<(), PushError> {
        let failed = |source| PushError::Request {
            graph: graph.to_owned(),
            source,
        };
        let iri = NamedNode::new(graph).map_err(|source| PushError::RecordGraph {
            graph: graph.to_owned(),
            source,
        })?;
        if let (false, Some(store_url)) = (
            self.use_update.load(Ordering::Relaxed),
            &self.options.target.graph_store,
        ) {
            let mut url = store_url.clone();
            url.query_pairs_mut().append_pair("graph", graph);
            match self.http.send(Method::DELETE, &url, None, &[]) {
                // Already gone is fine: the aim is that it is gone.
                Ok(_) => return Ok(()),
                Err(e) if e.status() == Some(StatusCode::NOT_FOUND) => return Ok(()),
                Err(e) if e.status() == Some(StatusCode::METHOD_NOT_ALLOWED) => {}
                Err(e) => return Err(failed(e)),
            }
        }
        self.update(&format!("DROP SILENT GRAPH {iri}"))
            .map_err(failed)
    }
}

/// `OPERATION { GRAPH <g> { lines } }TAIL`.
fn graph_block(operation: &str, graph: &NamedNode, lines: &[&String], tail: &str) -> String {
    let size: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut text = String::with_capacity(size + 200);
    text.push_str(&format!("{operation} {{ GRAPH {graph} {{\n"));
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("} }");
    text.push_str(tail);
    text.push('\n');
    text
}

/// Whether an N-Triples line (as [`Store::graph_ntriples_sorted`] writes
/// it) has a blank node as subject or object. IRIs hold no spaces, so the
/// object starts after the second space; a literal starts with `"`.
fn has_blank_node(line: &str) -> bool {
    let mut parts = line.splitn(3, ' ');
    let subject = parts.next().unwrap_or("");
    let _predicate = parts.next();
    let object = parts.next().unwrap_or("");
    subject.starts_with("_:") || object.starts_with("_:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_nodes_are_found_in_subject_and_object_only() {
        assert!(has_blank_node("_:b1 <http://e.org/p> \"x\" ."));
        assert!(has_blank_node("<http://e.org/s> <http://e.org/p> _:b1 ."));
        assert!(!has_blank_node(
            "<http://e.org/s> <http://e.org/p> \"_:b1 is text\" ."
        ));
        assert!(!has_blank_node(
            "<http://e.org/s> <http://e.org/p> <http://e.org/_:o> ."
        ));
    }

    #[test]
    fn an_update_block_wraps_lines_in_the_graph() {
        let graph = NamedNode::new("http://e.org/g").unwrap();
        let line = "<http://e.org/s> <http://e.org/p> \"o\" .".to_owned();
        assert_eq!(
            graph_block("INSERT DATA", &graph, &[&line], ""),
            "INSERT DATA { GRAPH <http://e.org/g> {\n<http://e.org/s> <http://e.org/p> \"o\" .\n} }\n"
        );
    }
}
