//! Query stage: SPARQL over a [`Store`](crate::store::Store).
//!
//! Queries see the union of all graphs as their default graph, so users need
//! no `GRAPH` clause (named graphs stay addressable with `GRAPH ?g`), and the
//! common prefixes of [`vocab::PREFIXES`](crate::vocab::PREFIXES) are
//! predeclared. Oxigraph is built without its HTTP client, so `SERVICE`
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
use std::time::Duration;

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
    #[error("{0}")]
    Syntax(#[from] SparqlSyntaxError),
    #[error("query cancelled after {0:?} (--timeout)")]
    Timeout(Duration),
    #[error("query failed: {0}")]
    Evaluation(QueryEvaluationError),
    #[error("{format} results need a SELECT or ASK query; use turtle or ntriples for CONSTRUCT and DESCRIBE")]
    WrongFormatForGraph { format: &'static str },
    #[error("{format} output is for CONSTRUCT and DESCRIBE; use table, csv, tsv, json or xml for SELECT and ASK")]
    WrongFormatForSolutions { format: &'static str },
    #[error(transparent)]
    Io(#[from] std::io::Error),
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
pub struct QueryOptions {
    /// Cancel evaluation after this long.
    pub timeout: Option<Duration>,
    /// Print at most this many solutions or triples.
    pub limit: Option<usize>,
}

/// What was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuerySummary {
    /// Solutions or triples written.
    pub results: usize,
    /// Whether `limit` cut the results short.
    pub truncated: bool,
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
    timeout: Option<Duration>,
) -> Result<PreparedSparqlQuery, QueryError> {
    let mut evaluator = evaluator();
    if let Some(timeout) = timeout {
        evaluator = evaluator.with_cancellation_token(cancel_after(timeout));
    }
    let mut prepared = evaluator.parse_query(text)?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok(prepared)
}

/// Parses a SPARQL update with kg's prefixes.
pub fn prepare_update(text: &str) -> Result<PreparedSparqlUpdate, QueryError> {
    Ok(evaluator().parse_update(text)?)
}

fn cancel_after(timeout: Duration) -> CancellationToken {
    let token = CancellationToken::new();
    let timer = token.clone();
    // A detached timer: if the query ends first, the process exits before
    // it fires, and cancelling a finished query does nothing.
    std::thread::spawn(move || {
        std::thread::sleep(timeout);
        timer.cancel();
    });
    token
}

/// Runs a query and writes its results.
pub fn run_query(
    store: &Store,
    text: &str,
    options: &QueryOptions,
    format: ResultFormat,
    out: &mut impl Write,
) -> Result<QuerySummary, QueryError> {
    let results = execute_query(store, text, options)?;
    write_results(results, options, format, out)
}

/// Parses and starts a query; the results are computed as they are read.
/// Callers that pick the output format from the kind of result (solutions,
/// boolean or graph) look at the variant before calling [`write_results`].
pub fn execute_query<'a>(
    store: &Store,
    text: &str,
    options: &QueryOptions,
) -> Result<QueryResults<'a>, QueryError> {
    let prepared = prepare_query(text, options.timeout)?;
    prepared
        .on_store(store)
        .execute()
        .map_err(|e| evaluation(e, options))
}

fn evaluation(e: QueryEvaluationError, options: &QueryOptions) -> QueryError {
    match (&e, options.timeout) {
        (QueryEvaluationError::Cancelled, Some(timeout)) => QueryError::Timeout(timeout),
        _ => QueryError::Evaluation(e),
    }
}

/// Writes evaluated results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    options: &QueryOptions,
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
                    let solution = solution.map_err(|e| evaluation(e, options))?;
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
                let solution = solution.map_err(|e| evaluation(e, options))?;
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
                let triple = triple.map_err(|e| evaluation(e, options))?;
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
    if cell.chars().count() > MAX_CELL {
        cell = cell.chars().take(MAX_CELL - 1).collect::<String>() + "…";
    }
    cell
}

/// `kg:issues` for an IRI under a known prefix, `<iri>` otherwise.
pub fn compact_iri(iri: &str) -> String {
    for (prefix, namespace) in PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            if !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                && !local.ends_with('.')
            {
                return format!("{prefix}:{local}");
            }
        }
    }
    format!("<{iri}>")
}

fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
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
