//! Query stage: SPARQL over a [`Store`](crate::store::Store).
//!
//! Queries see the union of all graphs as their default graph, so users need
//! no `GRAPH` clause (named graphs stay addressable with `GRAPH ?g`), and the
//! common prefixes of [`vocab::PREFIXES`](crate::vocab::PREFIXES) are
//! predeclared. "All graphs" are those the [`Store`](crate::store::Store)
//! shows: without `--with-gazetteer`, not the gazetteer graph (see
//! [`View`](crate::store::View) and [`use_store_dataset`]). Oxigraph is built without its HTTP client, so `SERVICE`
//! never reaches the network; a timeout cancels long queries.
//!
//! ```
//! use kgraph::query::{QueryOptions, ResultFormat, run_query};
//! let store = oxigraph::store::Store::new().unwrap();
//! let mut out = Vec::new();
//! run_query(&store, "ASK { ?s rdfs:label ?l }", &QueryOptions::default(), ResultFormat::Table, &mut out).unwrap();
//! assert_eq!(String::from_utf8(out).unwrap(), "false\n");
//! ```

use std::io::Write;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::TermRef;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, PreparedSparqlQuery, PreparedSparqlUpdate, QueryEvaluationError,
    QueryResults, QuerySolution, SparqlEvaluator, SparqlSyntaxError, Variable,
};
use oxigraph::store::Store;

use crate::vocab::PREFIXES;

/// Errors of the query stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The parser's error, rephrased to name the likely mistake where kg
    /// can tell it (see [`syntax_error`]).
    #[error("{message}")]
    Syntax {
        message: String,
        parse_error: SparqlSyntaxError,
    },
    #[error("groups and brackets nest {depth} deep; kg accepts at most {MAX_NESTING}")]
    TooDeep { depth: usize },
    #[error("the query chains {operators} operators (UNION, +, /, …); this server accepts at most {MAX_CHAIN}: use VALUES or IN for long alternatives")]
    TooLong { operators: usize },
    #[error("query cancelled after {0:?} (its time limit)")]
    Timeout(Duration),
    #[error("query cancelled: the process used {used_mib} MiB, more than its memory limit ({limit_mib} MiB)")]
    OutOfMemory { used_mib: u64, limit_mib: u64 },
    #[error("query failed: {0}")]
    Evaluation(QueryEvaluationError),
    /// The SPARQL engine (spareval) orders mixed literals inconsistently
    /// (numbers by value, other literals by their text), and Rust's sort
    /// stops on the contradiction instead of returning an arbitrary order.
    #[error("ORDER BY met values that have no one order (numbers mixed with other literals); order by one kind of value, for example ORDER BY STR(?x) or with FILTER(isNumeric(?x))")]
    Unorderable,
    /// The SPARQL engine failed on this query in a way kg does not know;
    /// the query was stopped and nothing else was affected.
    #[error("the SPARQL engine failed on this query ({message}); please report it with the query")]
    EngineFailure { message: String },
    #[error("{format} results need a SELECT or ASK query; use turtle or ntriples for CONSTRUCT and DESCRIBE")]
    WrongFormatForGraph { format: &'static str },
    #[error("{format} output is for CONSTRUCT and DESCRIBE; use table, csv, tsv, json or xml for SELECT and ASK")]
    WrongFormatForSolutions { format: &'static str },
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Ways to print query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// An aligned text table (terms shortened with the known prefixes).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    /// Graph results as Turtle.
    Turtle,
    /// Graph results as N-Triples.
    NTriples,
}

impl ResultFormat {
    fn name(self) -> &'static str {
        match self {
            ResultFormat::Table => "table",
            ResultFormat::Csv => "csv",
            ResultFormat::Tsv => "tsv",
            ResultFormat::Json => "json",
            ResultFormat::Xml => "xml",
            ResultFormat::Turtle => "turtle",
            ResultFormat::NTriples => "ntriples",
        }
    }
}

/// Limits for one query.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct QueryOptions {
    /// Cancel evaluation after this long.
    pub timeout: Option<Duration>,
    /// Print at most this many solutions or triples.
    pub limit: Option<usize>,
    /// Cancel evaluation when the process's resident memory passes this
    /// many bytes (Linux; elsewhere there is no memory bound).
    pub max_memory: Option<u64>,
}

impl QueryOptions {
    /// No timeout, no limit, no memory bound.
    pub fn new() -> Self {
        Self::default()
    }

    /// Cancels evaluation after `timeout` (none: never).
    #[must_use]
    pub fn with_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Prints at most `limit` solutions or triples (none: all).
    #[must_use]
    pub fn with_limit(mut self, limit: Option<usize>) -> Self {
        self.limit = limit;
        self
    }

    /// Cancels evaluation past `bytes` of resident memory (none: no bound).
    #[must_use]
    pub fn with_max_memory(mut self, bytes: Option<u64>) -> Self {
        self.max_memory = bytes;
        self
    }
}

/// What was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct QuerySummary {
    /// Solutions or triples written.
    pub results: usize,
    /// Whether `limit` cut the results short.
    pub truncated: bool,
}

/// Deepest nesting of `{ }`, `( )` and `[ ]` a query or update may have.
/// The parser and the evaluator recurse once per level, and a few thousand
/// levels overflow the stack (an abort, not an error); real queries stay
/// far below this.
pub const MAX_NESTING: usize = 256;

/// Longest chain of operators (see [`crate::sparql_text::chain_length`])
/// `kg serve` accepts: a thousand-way `UNION` parses in a fraction of a
/// second, but parsing time grows faster than the chain (5,000 `+` take
/// seconds, 20,000 take most of a minute), so a server refuses longer ones
/// at once rather than spend its query time on parsing. `kg query`, run by
/// its user, accepts any length.
pub const MAX_CHAIN: usize = 4096;

/// Refuses text with a longer operator chain than [`MAX_CHAIN`] (for
/// servers).
pub fn check_chain(text: &str) -> Result<(), QueryError> {
    let operators = crate::sparql_text::chain_length(text);
    if operators > MAX_CHAIN {
        return Err(QueryError::TooLong { operators });
    }
    Ok(())
}

/// Query forms, for "did you mean" on a misspelt first keyword.
const QUERY_FORMS: &[&str] = &["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"];
/// Words that start an update operation.
const UPDATE_FORMS: &[&str] = &[
    "INSERT", "DELETE", "WITH", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
];

/// Longest part of the parser's message kept: its "expected one of" lists
/// can run to pages of Unicode ranges.
const MAX_PARSER_MESSAGE: usize = 160;

/// Rephrases a parser error on `text`: a misspelt query form or an
/// undeclared prefix is named with its position and the closest correct
/// word; other errors keep the parser's message, shortened.
pub fn syntax_error(text: &str, parse_error: SparqlSyntaxError, update: bool) -> QueryError {
    use crate::sparql_text::{closest, declared_prefixes, first_keyword, prefixed_names};
    let original = parse_error.to_string();
    let forms = if update { UPDATE_FORMS } else { QUERY_FORMS };
    let mut message = None;
    if let Some((word, line, column)) = first_keyword(text) {
        if !forms.iter().any(|f| f.eq_ignore_ascii_case(&word)) {
            let hint = closest(&word, forms.iter().copied())
                .map(|f| format!("did you mean {f}? "))
                .unwrap_or_default();
            message = Some(format!(
                "error at {line}:{column}: {word:?} does not start {}; {hint}(expected {})",
                if update { "an update" } else { "a query" },
                forms.join(", ")
            ));
        }
    }
    if message.is_none() && original.contains("Prefix not found") {
        let mut declared = declared_prefixes(text);
        declared.extend(PREFIXES.iter().map(|(p, _)| (*p).to_owned()));
        if let Some(name) = prefixed_names(text)
            .into_iter()
            .find(|n| !declared.contains(&n.prefix))
        {
            let hint = closest(&name.prefix, PREFIXES.iter().map(|(p, _)| *p))
                .map(|p| format!("did you mean {p}:? "))
                .unwrap_or_default();
            message = Some(format!(
                "error at {}:{}: unknown prefix {:?} in {}; {hint}declare it with PREFIX {}: <…> or use a predeclared one ({})",
                name.line,
                name.column,
                format!("{}:", name.prefix),
                name.text,
                name.prefix,
                PREFIXES
                    .iter()
                    .map(|(p, _)| format!("{p}:"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
        }
    }
    if message.is_none() {
        if let Some((line, column, expected)) = parser_position(&original) {
            let offset = crate::sparql_text::offset_of(text, line, column);
            message = Some(match crate::sparql_text::find_mistake(text, offset) {
                Some(mistake) => mistake_message(&mistake),
                None => expected_message(text, offset, line, column, expected),
            });
        }
    }
    let message = shortened(message.unwrap_or(original));
    QueryError::Syntax {
        message,
        parse_error,
    }
}

/// The line, column and expected list of a parser message ("error at
/// 3:7: expected …").
fn parser_position(message: &str) -> Option<(usize, usize, &str)> {
    let rest = message.strip_prefix("error at ")?;
    let (position, expected) = rest.split_once(": expected ")?;
    let (line, column) = position.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?, expected))
}

/// A likely mistake in words.
fn mistake_message(mistake: &crate::sparql_text::Mistake) -> String {
    use crate::sparql_text::MistakeKind;
    let what = match &mistake.kind {
        MistakeKind::UnknownWord { word, closest } => {
            format!("{word:?} is not a SPARQL keyword or function; did you mean {closest}?")
        }
        MistakeKind::PrefixWithoutColon { name } => {
            format!("the prefix name needs a colon: PREFIX {name}: <…>")
        }
        MistakeKind::UnclosedString => "the string opened here is never closed (a string in quotes ends on its line; use \"\"\" … \"\"\" for several lines)".to_owned(),
        MistakeKind::UnclosedBracket { bracket } => {
            format!("the {bracket} opened here is never closed")
        }
    };
    format!("error at {}:{}: {what}", mistake.line, mistake.column)
}

/// The parser's message without its character classes (`['a'..='z' | …]`,
/// pages of Unicode ranges that say nothing to a reader), naming what was
/// found where the parser stopped.
fn expected_message(
    text: &str,
    offset: usize,
    line: usize,
    column: usize,
    expected: &str,
) -> String {
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    // Items are separated by ", " outside brackets (a class lists ranges).
    let mut items: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    let bytes = expected.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b',' if depth == 0 && bytes.get(i + 1) == Some(&b' ') => {
                items.push(&expected[start..i]);
                start = i + 2;
            }
            _ => {}
        }
    }
    items.push(&expected[start..]);
    let items: Vec<&str> = items.into_iter().map(str::trim).collect();
    let mut words: Vec<&str> = items
        .iter()
        .copied()
        .filter(|item| !item.is_empty() && !item.starts_with('['))
        .collect();
    // A class stands for names, numbers and the like.
    if words.len() < items.len() {
        words.push("a name or number");
    }
    let rest = &text[offset.min(text.len())..];
    let found = match rest.split_whitespace().next() {
        None => "end of the query".to_owned(),
        Some(word) => {
            let word: String = word.chars().take(20).collect();
            format!("{word:?}")
        }
    };
    match words.as_slice() {
        [] => format!("error at {line}:{column}: unexpected {found}"),
        [one] => format!("error at {line}:{column}: unexpected {found}; expected {one}"),
        many => format!(
            "error at {line}:{column}: unexpected {found}; expected one of {}",
            many.join(", ")
        ),
    }
}

/// `message`, cut to [`MAX_PARSER_MESSAGE`] characters.
fn shortened(message: String) -> String {
    if message.chars().count() > MAX_PARSER_MESSAGE {
        let cut: String = message.chars().take(MAX_PARSER_MESSAGE).collect();
        format!("{} …", cut.trim_end())
    } else {
        message
    }
}

/// Warnings for the kg vocabulary terms of a query (`kg:Contry`, or the
/// full IRI in the kg namespace) that are not in `known` (full IRIs), each
/// with its position and the closest known term: a misspelt class or
/// property silently matches nothing. A query that declares its own `kg:`
/// prefix is only checked for full IRIs.
pub fn unknown_vocabulary(text: &str, known: &std::collections::BTreeSet<String>) -> Vec<String> {
    use crate::sparql_text::{closest, declared_prefixes, line_column, prefixed_names};
    use crate::vocab::KG;
    let locals: Vec<&str> = known
        .iter()
        .filter_map(|iri| iri.strip_prefix(KG))
        .collect();
    let mut used: Vec<(String, usize, usize)> = Vec::new();
    if !declared_prefixes(text).iter().any(|p| p == "kg") {
        for name in prefixed_names(text) {
            if name.prefix == "kg" && !name.local.is_empty() {
                used.push((name.local, name.line, name.column));
            }
        }
    }
    let opening = format!("<{KG}");
    let mut from = 0;
    while let Some(found) = text[from..].find(&opening) {
        let start = from + found;
        let local_start = start + opening.len();
        let local_len = text[local_start..]
            .find(|c: char| c == '>' || c.is_whitespace())
            .unwrap_or(text.len() - local_start);
        let local = &text[local_start..local_start + local_len];
        if !local.is_empty() {
            let (line, column) = line_column(text, start);
            used.push((local.to_owned(), line, column));
        }
        from = local_start;
    }
    used.sort_by_key(|(_, line, column)| (*line, *column));
    let mut warnings = Vec::new();
    for (local, line, column) in used {
        if known.contains(&format!("{KG}{local}")) {
            continue;
        }
        let hint = closest(&local, locals.iter().copied())
            .map(|c| format!("; did you mean kg:{c}?"))
            .unwrap_or_default();
        warnings.push(format!(
            "{line}:{column}: kg:{local} is not in the ontology{hint}"
        ));
    }
    warnings
}

/// Every term of the kg namespace the store's ontology graph uses (classes,
/// properties, lexicon annotations, including those of a user's
/// `--ontology` at build time); the built-in ontology's for a store without
/// one (filled only by `kg load`).
pub fn vocabulary_terms(store: &Store) -> Result<std::collections::BTreeSet<String>, QueryError> {
    use oxigraph::model::{NamedNodeRef, NamedOrBlankNode, Term};
    let mut terms = std::collections::BTreeSet::new();
    let mut add = |iri: &str| {
        if iri.starts_with(crate::vocab::KG) {
            terms.insert(iri.to_owned());
        }
    };
    let ontology = NamedNodeRef::new_unchecked(crate::store::graph_names::ONTOLOGY);
    let mut any = false;
    for quad in store.quads_for_pattern(None, None, None, Some(ontology.into())) {
        let quad = quad.map_err(std::io::Error::other)?;
        any = true;
        if let NamedOrBlankNode::NamedNode(s) = &quad.subject {
            add(s.as_str());
        }
        add(quad.predicate.as_str());
        if let Term::NamedNode(o) = &quad.object {
            add(o.as_str());
        }
    }
    if !any {
        for (_, turtle) in crate::ontology::BUILTIN_FILES {
            // The built-in files are checked by the tests; a triple that
            // did not parse would only cost a spurious warning.
            let parser = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle);
            for triple in parser.for_slice(turtle.as_bytes()).flatten() {
                if let NamedOrBlankNode::NamedNode(s) = &triple.subject {
                    add(s.as_str());
                }
                add(triple.predicate.as_str());
                if let Term::NamedNode(o) = &triple.object {
                    add(o.as_str());
                }
            }
        }
    }
    Ok(terms)
}

/// Refuses text nested deeper than [`MAX_NESTING`], before the parser's
/// recursion could overflow the stack.
fn check_nesting(text: &str) -> Result<(), QueryError> {
    let depth = crate::sparql_text::nesting_depth(text);
    if depth > MAX_NESTING {
        return Err(QueryError::TooDeep { depth });
    }
    Ok(())
}

/// An evaluator with kg's prefixes.
pub fn evaluator() -> SparqlEvaluator {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, iri) in PREFIXES {
        evaluator = evaluator
            .with_prefix(*prefix, *iri)
            .expect("the built-in prefixes are valid IRIs");
    }
    evaluator
}

/// Parses a query with kg's prefixes, the union of all graphs as default
/// graph (unless the query names its own dataset with FROM).
pub fn prepare_query(
    text: &str,
    cancellation: Option<CancellationToken>,
) -> Result<PreparedSparqlQuery, QueryError> {
    let mut evaluator = evaluator();
    if let Some(token) = cancellation {
        evaluator = evaluator.with_cancellation_token(token);
    }
    check_nesting(text)?;
    let mut prepared = evaluator
        .parse_query(text)
        .map_err(|e| syntax_error(text, e, false))?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared)
}

/// Makes the default graph of a query that names no dataset of its own
/// (no `FROM`) what `store` shows: the union of its graphs, or, when the
/// store holds a graph it does not show (the gazetteer, in a writer's or a
/// RocksDB store), the list of the others.
pub fn use_store_dataset(
    prepared: &mut PreparedSparqlQuery,
    store: &crate::store::Store,
) -> Result<(), crate::store::StoreError> {
    let dataset = prepared.dataset_mut();
    // `prepare_query` made a query without FROM a query over the union.
    if dataset.default_graph_graphs().is_none() && dataset.available_named_graphs().is_none() {
        if let Some(graphs) = store.default_graphs()? {
            dataset.set_default_graph(graphs);
        }
    }
    Ok(())
}

/// Parses a SPARQL update with kg's prefixes.
pub fn prepare_update(text: &str) -> Result<PreparedSparqlUpdate, QueryError> {
    prepare_update_with(text, None)
}

/// Parses a SPARQL update with kg's prefixes, cancelled through
/// `cancellation` (for example by a [`Watchdog`]).
pub fn prepare_update_with(
    text: &str,
    cancellation: Option<CancellationToken>,
) -> Result<PreparedSparqlUpdate, QueryError> {
    check_nesting(text)?;
    let mut evaluator = evaluator();
    if let Some(token) = cancellation {
        evaluator = evaluator.with_cancellation_token(token);
    }
    evaluator
        .parse_update(text)
        .map_err(|e| syntax_error(text, e, true))
}

/// The sources of the `LOAD` operations of an update, in its order. A
/// server refuses an update that has any: it reads no file and fetches no
/// URL for a client (`LOAD SILENT` would hide the refusal).
pub fn loaded_sources(text: &str) -> Result<Vec<String>, QueryError> {
    check_nesting(text)?;
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, iri) in PREFIXES {
        parser = parser
            .with_prefix(*prefix, *iri)
            .expect("the built-in prefixes are valid IRIs");
    }
    let update = parser
        .parse_update(text)
        .map_err(|e| syntax_error(text, e, true))?;
    Ok(update
        .operations
        .iter()
        .filter_map(|operation| match operation {
            spargebra::GraphUpdateOperation::Load { source, .. } => {
                Some(source.as_str().to_owned())
            }
            _ => None,
        })
        .collect())
}

/// How often the [`Watchdog`] looks at the clock and the memory.
const WATCH_INTERVAL: Duration = Duration::from_millis(20);

/// Watches one query: when its time is up or the process's memory passes
/// the bound, cancels it through its token. Oxigraph checks the token only
/// when it reads the store, so a sort or a cross product of results already
/// read can run on; if the query is still running `grace` after the
/// cancellation, the watchdog calls `on_overrun` (the `kg` binary exits
/// there, which for a reader loses nothing). Dropping the watchdog ends it.
pub struct Watchdog {
    token: CancellationToken,
    finished: Arc<Finished>,
    reason: Arc<Mutex<Option<QueryErrorKind>>>,
    thread: Option<crate::threads::Started>,
}

/// Whether a [`Watchdog`]'s query has finished, waking its thread at once
/// when it has (a sleeping thread would keep `drop` waiting for up to
/// [`WATCH_INTERVAL`] after every query).
#[derive(Default)]
struct Finished {
    done: Mutex<bool>,
    wake: Condvar,
}

impl Finished {
    fn finish(&self) {
        *self.done.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake.notify_all();
    }

    /// Waits at most `interval`; whether the query has finished.
    fn wait(&self, interval: Duration) -> bool {
        let done = self.done.lock().unwrap_or_else(|e| e.into_inner());
        if *done {
            return true;
        }
        let (done, _) = self
            .wake
            .wait_timeout(done, interval)
            .unwrap_or_else(|e| e.into_inner());
        *done
    }
}

/// Why a [`Watchdog`] stopped a query.
#[derive(Debug, Clone, Copy)]
enum QueryErrorKind {
    Timeout(Duration),
    Memory { used: u64, limit: u64 },
}

impl QueryErrorKind {
    fn error(self) -> QueryError {
        match self {
            QueryErrorKind::Timeout(t) => QueryError::Timeout(t),
            QueryErrorKind::Memory { used, limit } => QueryError::OutOfMemory {
                // Rounded up, so that it never reads as equal to the limit.
                used_mib: used.div_ceil(1 << 20),
                limit_mib: limit >> 20,
            },
        }
    }
}

/// What a [`Watchdog`] does when a cancelled query does not stop in time.
pub type OnOverrun = Box<dyn FnOnce(QueryError) + Send>;

impl Watchdog {
    /// Starts watching under `options`' timeout and memory bound (a
    /// watchdog without either watches nothing).
    pub fn start(options: &QueryOptions, grace: Duration, on_overrun: Option<OnOverrun>) -> Self {
        let token = CancellationToken::new();
        let finished = Arc::new(Finished::default());
        let reason = Arc::new(Mutex::new(None));
        let (timeout, max_memory) = (options.timeout, options.max_memory);
        let thread = (timeout.is_some() || max_memory.is_some()).then(|| {
            let (token, finished, reason) = (token.clone(), finished.clone(), reason.clone());
            let watch = move || {
                let started = Instant::now();
                let mut cancelled_at = None;
                while !finished.wait(WATCH_INTERVAL) {
                    if let Some(at) = cancelled_at {
                        if Instant::now().duration_since(at) >= grace {
                            let why: Option<QueryErrorKind> =
                                *reason.lock().unwrap_or_else(|e| e.into_inner());
                            if let (Some(why), Some(on_overrun)) = (why, on_overrun) {
                                on_overrun(why.error());
                            }
                            return;
                        }
                        continue;
                    }
                    let why = match (timeout, max_memory.zip(resident_bytes())) {
                        (Some(t), _) if started.elapsed() >= t => Some(QueryErrorKind::Timeout(t)),
                        (_, Some((limit, used))) if used > limit => {
                            Some(QueryErrorKind::Memory { used, limit })
                        }
                        _ => None,
                    };
                    if let Some(why) = why {
                        *reason.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
                        token.cancel();
                        cancelled_at = Some(Instant::now());
                    }
                }
            };
            // Not `std::thread::spawn`: in a forked child that can wait for
            // ever (see `crate::threads`).
            crate::threads::spawn("kg watchdog", None, watch)
                .unwrap_or_else(|e| panic!("the query's watchdog could not start: {e}"))
        });
        Watchdog {
            token,
            finished,
            reason,
            thread,
        }
    }

    /// The token to give the evaluator.
    pub fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// Why the watchdog cancelled its query, if it did; for evaluators
    /// whose errors do not say that they were cancelled (SPARQL Update's).
    pub fn cancellation(&self) -> Option<QueryError> {
        (*self.reason.lock().unwrap_or_else(|e| e.into_inner())).map(QueryErrorKind::error)
    }

    /// Runs `work` (a query's evaluation and the reading of its results,
    /// which is where the engine does its work) so that a panic inside the
    /// SPARQL engine becomes an error instead of ending the process: the
    /// reason of this watchdog's cancellation when it had cancelled (a
    /// query cut short can panic while sorting what it had),
    /// [`QueryError::Unorderable`] for the engine's known sort failure, and
    /// [`QueryError::EngineFailure`] for anything else. The panic's default
    /// report is not printed: the error says what happened.
    pub fn guard<T, E: From<QueryError>>(
        &self,
        work: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E> {
        match engine_panic::catch(work) {
            Ok(result) => result,
            Err(message) => Err(E::from(self.cancellation().unwrap_or_else(|| {
                // The message of Rust's sort when a comparison contradicts
                // itself (`core::slice::sort`).
                if message.contains("total order") {
                    QueryError::Unorderable
                } else {
                    QueryError::EngineFailure { message }
                }
            }))),
        }
    }

    /// The error for an evaluation error: a cancellation becomes the reason
    /// the watchdog cancelled.
    pub fn explain(&self, e: QueryEvaluationError) -> QueryError {
        let why = *self.reason.lock().unwrap_or_else(|e| e.into_inner());
        match (&e, why) {
            (QueryEvaluationError::Cancelled, Some(why)) => why.error(),
            _ => QueryError::Evaluation(e),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.finished.finish();
        if let Some(thread) = self.thread.take() {
            thread.join();
        }
    }
}

/// Makes the process's panic hook silent for panics of the SPARQL engine
/// that [`Watchdog::guard`] reports as errors (all others are reported as
/// before). `guard` does it on first use; a program that forks calls it
/// first, while it has one thread.
pub fn install_engine_panic_filter() {
    engine_panic::install_quiet_hook();
}

/// Catching panics of the SPARQL engine without their default report.
mod engine_panic {
    use std::cell::Cell;
    use std::panic::{self, AssertUnwindSafe};
    use std::sync::Once;

    thread_local! {
        /// Whether this thread is inside [`catch`], whose caller reports
        /// the panic as an error of its own.
        static CAUGHT_HERE: Cell<bool> = const { Cell::new(false) };
    }

    static QUIET_HOOK: Once = Once::new();

    /// Wraps the process's panic hook once, so that it stays silent for
    /// panics that [`catch`] turns into errors and reports all others as
    /// before.
    pub(super) fn install_quiet_hook() {
        QUIET_HOOK.call_once(|| {
            let previous = panic::take_hook();
            panic::set_hook(Box::new(move |info| {
                if !CAUGHT_HERE.with(Cell::get) {
                    previous(info);
                }
            }));
        });
    }

    /// Runs `work`, giving a panic's message back as the error.
    pub(super) fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
        install_quiet_hook();
        let outer = CAUGHT_HERE.with(|c| c.replace(true));
        let outcome = panic::catch_unwind(AssertUnwindSafe(work));
        CAUGHT_HERE.with(|c| c.set(outer));
        outcome.map_err(|payload| {
            payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned())
        })
    }
}

/// The resident memory of this process, where the system says it.
pub fn resident_bytes() -> Option<u64> {
    // /proc/self/statm: size resident shared … in pages.
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf only reads a system constant.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).ok().filter(|&p| p > 0)?)
}

/// Runs a query and writes its results.
pub fn run_query(
    store: &Store,
    text: &str,
    options: &QueryOptions,
    format: ResultFormat,
    out: &mut impl Write,
) -> Result<QuerySummary, QueryError> {
    let watchdog = Watchdog::start(options, Duration::ZERO, None);
    watchdog.guard(|| {
        let results = execute_query(store, text, &watchdog)?;
        write_results(results, options, &watchdog, format, out)
    })
}

/// [`execute_query`] over what a kg store shows (see
/// [`use_store_dataset`]).
pub fn execute_store_query<'a>(
    store: &crate::store::Store,
    text: &str,
    watchdog: &Watchdog,
) -> Result<QueryResults<'a>, QueryError> {
    let mut prepared = prepare_query(text, Some(watchdog.token()))?;
    use_store_dataset(&mut prepared, store)?;
    prepared
        .on_store(store.oxigraph())
        .execute()
        .map_err(|e| watchdog.explain(e))
}

/// Parses and starts a query; the results are computed as they are read.
/// Callers that pick the output format from the kind of result (solutions,
/// boolean or graph) look at the variant before calling [`write_results`].
pub fn execute_query<'a>(
    store: &Store,
    text: &str,
    watchdog: &Watchdog,
) -> Result<QueryResults<'a>, QueryError> {
    let prepared = prepare_query(text, Some(watchdog.token()))?;
    prepared
        .on_store(store)
        .execute()
        .map_err(|e| watchdog.explain(e))
}

/// Writes evaluated results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    options: &QueryOptions,
    watchdog: &Watchdog,
    format: ResultFormat,
    out: &mut impl Write,
) -> Result<QuerySummary, QueryError> {
    let limit = options.limit.unwrap_or(usize::MAX);
    let mut summary = QuerySummary::default();
    match results {
        QueryResults::Boolean(value) => {
            match sparql_results_format(format) {
                Some(f) => {
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(&mut *out, value)?;
                }
                None if format == ResultFormat::Table => writeln!(out, "{value}")?,
                None => {
                    return Err(QueryError::WrongFormatForSolutions {
                        format: format.name(),
                    })
                }
            }
            summary.results = 1;
        }
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if format == ResultFormat::Table {
                let mut rows = Vec::new();
                for solution in solutions {
                    if rows.len() == limit {
                        summary.truncated = true;
                        break;
                    }
                    let solution = solution.map_err(|e| watchdog.explain(e))?;
                    rows.push(table_row(&solution, &variables));
                }
                summary.results = rows.len();
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&header, &rows, out)?;
                return Ok(summary);
            }
            let Some(f) = sparql_results_format(format) else {
                return Err(QueryError::WrongFormatForSolutions {
                    format: format.name(),
                });
            };
            let mut serializer = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut *out, variables)?;
            for solution in solutions {
                if summary.results == limit {
                    summary.truncated = true;
                    break;
                }
                let solution = solution.map_err(|e| watchdog.explain(e))?;
                serializer.serialize(solution.iter())?;
                summary.results += 1;
            }
            serializer.finish()?;
        }
        QueryResults::Graph(triples) => {
            let rdf_format = match format {
                ResultFormat::Turtle | ResultFormat::Table => RdfFormat::Turtle,
                ResultFormat::NTriples => RdfFormat::NTriples,
                other => {
                    return Err(QueryError::WrongFormatForGraph {
                        format: other.name(),
                    })
                }
            };
            let mut serializer = RdfSerializer::from_format(rdf_format);
            if rdf_format == RdfFormat::Turtle {
                for (prefix, iri) in PREFIXES {
                    serializer = serializer
                        .with_prefix(*prefix, *iri)
                        .expect("the built-in prefixes are valid IRIs");
                }
            }
            let mut writer = serializer.for_writer(&mut *out);
            for triple in triples {
                if summary.results == limit {
                    summary.truncated = true;
                    break;
                }
                let triple = triple.map_err(|e| watchdog.explain(e))?;
                writer.serialize_triple(&triple)?;
                summary.results += 1;
            }
            writer.finish()?;
        }
    }
    Ok(summary)
}

fn sparql_results_format(format: ResultFormat) -> Option<QueryResultsFormat> {
    match format {
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}

/// One solution as table cells, in the order of `variables` (empty when unbound).
pub fn table_row(solution: &QuerySolution, variables: &[Variable]) -> Vec<String> {
    variables
        .iter()
        .map(|v| {
            solution
                .get(v)
                .map(|t| table_cell(t.as_ref()))
                .unwrap_or_default()
        })
        .collect()
}

/// Widest cell shown in a table; longer values end in "…".
const MAX_CELL: usize = 80;

/// A term as a person reads it: prefixed names, plain literal values.
pub fn table_cell(term: TermRef<'_>) -> String {
    let text = match term {
        TermRef::NamedNode(n) => compact_iri(n.as_str()),
        TermRef::BlankNode(b) => format!("_:{}", b.as_str()),
        TermRef::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.into_owned().to_string(),
    };
    // Control characters would break the alignment (or the terminal).
    let mut cell: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if display_width(&cell) > MAX_CELL {
        let mut width = 0;
        cell = cell
            .chars()
            .take_while(|c| {
                width += c.width().unwrap_or(0);
                width < MAX_CELL
            })
            .collect::<String>()
            + "…";
    }
    cell
}

/// Columns a string takes on a terminal: CJK ideographs and most emoji
/// take two, combining marks none.
///
/// ```
/// assert_eq!(kgraph::query::display_width("Tokyo"), 5);
/// assert_eq!(kgraph::query::display_width("東京"), 4);
/// ```
pub fn display_width(s: &str) -> usize {
    s.width()
}

/// `s` followed by spaces up to `width` terminal columns.
pub fn pad_to_width(s: &str, width: usize) -> String {
    let mut padded = s.to_owned();
    padded.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(s)),
    ));
    padded
}

/// `kg:issues` for an IRI under a known prefix whose local part makes a
/// valid prefixed name, `<iri>` otherwise.
pub fn compact_iri(iri: &str) -> String {
    crate::vocab::compact_iri(iri, |local| {
        local
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
            && !local.ends_with('.')
    })
    .unwrap_or_else(|| format!("<{iri}>"))
}

fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            if i + 1 < cells.len() {
                text.push_str(&pad_to_width(cell, *width));
            } else {
                text.push_str(cell);
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, header)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    line(out, &rule)?;
    for row in rows {
        line(out, row)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_turns_a_panic_of_the_engine_into_an_error() {
        let watchdog = Watchdog::start(&QueryOptions::default(), Duration::ZERO, None);
        let answer: Result<u8, QueryError> = watchdog.guard(|| Ok(7));
        assert_eq!(answer.unwrap(), 7);
        let sort = watchdog.guard(|| -> Result<(), QueryError> {
            panic!("user-provided comparison function does not correctly implement a total order")
        });
        assert!(matches!(sort, Err(QueryError::Unorderable)), "{sort:?}");
        let other = watchdog.guard(|| -> Result<(), QueryError> { panic!("slot {} is empty", 3) });
        match other {
            Err(QueryError::EngineFailure { message }) => assert_eq!(message, "slot 3 is empty"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_panic_after_the_timeout_reports_the_timeout() {
        let options = QueryOptions::default().with_timeout(Some(Duration::from_millis(20)));
        let watchdog = Watchdog::start(&options, Duration::from_secs(60), None);
        let cut_short = watchdog.guard(|| -> Result<(), QueryError> {
            let started = Instant::now();
            while watchdog.cancellation().is_none() && started.elapsed() < Duration::from_secs(30) {
                std::thread::sleep(Duration::from_millis(5));
            }
            panic!("user-provided comparison function does not correctly implement a total order")
        });
        assert!(
            matches!(cut_short, Err(QueryError::Timeout(_))),
            "{cut_short:?}"
        );
    }

    #[test]
    fn table_columns_line_up_with_wide_and_combining_characters() {
        let header = ["city".to_owned(), "country".to_owned()];
        let rows = [
            vec!["東京".to_owned(), "Japan".to_owned()],
            vec!["Zu\u{308}rich".to_owned(), "Switzerland".to_owned()],
            vec!["Lima".to_owned(), "Peru".to_owned()],
        ];
        let mut out = Vec::new();
        write_table(&header, &rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let columns: Vec<usize> = text
            .lines()
            .filter(|l| !l.starts_with('─'))
            .map(|l| {
                let gap = l.find("  ").unwrap();
                let second = gap + l[gap..].find(|c: char| c != ' ').unwrap();
                display_width(&l[..second])
            })
            .collect();
        assert_eq!(columns, [8, 8, 8, 8], "{text}");
    }

    #[test]
    fn long_wide_cells_are_cut_by_width() {
        let long = "界".repeat(MAX_CELL);
        let cell = table_cell(oxigraph::model::LiteralRef::new_simple_literal(&long).into());
        assert!(display_width(&cell) <= MAX_CELL, "{}", display_width(&cell));
        assert!(cell.ends_with('…'));
    }
}
