//! Commands that work on the store: load, query, update, export, stats,
//! graphs, remove, check.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::{GraphName, NamedNode, Quad};
use oxigraph::sparql::QueryResults;

use kgraph::atomic_file;
use kgraph::export::{export as export_quads, ExportOptions};
use kgraph::query::{self, display_width, pad_to_width, QueryError, QueryOptions, ResultFormat};
use kgraph::store::{
    self, graph_names, is_data_graph, Access, LoadError, RdfLoad, Store, StoreError, View,
};

use super::args::*;
use super::{bad_input, note, stdout, stdout_is_terminal};

/// Opens the store, classing problems the user can fix as bad input.
pub fn open_store(global: &GlobalArgs, access: Access) -> Result<Store> {
    open_store_with(global, access, View::default())
}

/// [`open_store`], showing what `view` asks for (the gazetteer or not).
pub fn open_store_with(global: &GlobalArgs, access: Access, view: View) -> Result<Store> {
    let started = Instant::now();
    let store = Store::open_with(&global.store, access, view).map_err(store_error)?;
    note_slow_open(global, &store, started.elapsed());
    Ok(store)
}

/// Opening a files store longer than this says how to make it faster.
const SLOW_OPEN: Duration = Duration::from_secs(2);

/// Overrides [`SLOW_OPEN`], in seconds (a decimal number): `0` shows the
/// note on every open, which is how the tests see it.
const SLOW_OPEN_VARIABLE: &str = "KG_SLOW_OPEN_SECONDS";

/// The files backend reads every graph file when it opens (about 3.5 s per
/// million quads): past [`SLOW_OPEN`], say so once per run and name the
/// remedies.
fn note_slow_open(global: &GlobalArgs, store: &Store, took: Duration) {
    static TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let limit = std::env::var(SLOW_OPEN_VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|seconds| seconds.is_finite() && *seconds >= 0.0)
        .map_or(SLOW_OPEN, Duration::from_secs_f64);
    if store.backend() != store::Backend::Files
        || took < limit
        || TOLD.swap(true, std::sync::atomic::Ordering::Relaxed)
    {
        return;
    }
    note(
        global,
        format_args!(
            "kg: note: opening the store {} took {:.1} s (the files backend reads every graph \
             when it opens). For a store this size: keep it open with `kg serve`, move it \
             to the RocksDB backend (a kg built with the `rocksdb` feature makes new stores \
             with it; `kg export` then `kg load`), or `kg push` the graphs to a SPARQL server.",
            global.store.display(),
            took.as_secs_f64()
        ),
    );
}

fn store_error(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Missing { .. }
        | StoreError::NotAStore { .. }
        | StoreError::NewerVersion { .. }
        | StoreError::NeedsRocksDb { .. }
        | StoreError::BadFormat { .. } => bad_input(e),
        e @ (StoreError::Corrupt { .. } | StoreError::Unparsable { .. }) => anyhow::anyhow!(
            "{e} (`kg check` lists every problem; `kg check --repair` drops what cannot be verified)"
        ),
        other => other.into(),
    }
}

pub fn open_writer(global: &GlobalArgs) -> Result<Store> {
    open_store(global, Access::Write { wait: global.wait })
}

pub fn rdf_format(arg: RdfFormatArg) -> RdfFormat {
    match arg {
        RdfFormatArg::Turtle => RdfFormat::Turtle,
        RdfFormatArg::Ntriples => RdfFormat::NTriples,
        RdfFormatArg::Nquads => RdfFormat::NQuads,
        RdfFormatArg::Trig => RdfFormat::TriG,
        RdfFormatArg::Rdfxml => RdfFormat::RdfXml,
        RdfFormatArg::Jsonld => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
    }
}

fn parse_graph_iri(iri: &str) -> Result<NamedNode> {
    NamedNode::new(iri)
        .map_err(|e| bad_input(anyhow::anyhow!("--graph {iri:?} is not a valid IRI: {e}")))
}

/// A load error as the CLI reports it: the user's file or data at fault
/// is bad input.
fn load_error(e: LoadError) -> anyhow::Error {
    match e {
        e @ LoadError::UnknownFormat { .. } => bad_input(anyhow::anyhow!("{e}; pass --format")),
        e @ LoadError::Refused {
            source: kgraph::input_file::FileRefused::TooLarge { .. },
            ..
        } => bad_input(anyhow::anyhow!("{e}; raise it with --max-file-size")),
        e @ (LoadError::Read { .. }
        | LoadError::Refused { .. }
        | LoadError::NoFileUrl { .. }
        | LoadError::Entities { .. }
        | LoadError::Syntax { .. }) => bad_input(e),
        other => other.into(),
    }
}

/// `kg load`: parses every file completely first, so a bad file keeps
/// nothing (and nothing of the others either), then adds them in one write.
pub fn load(global: &GlobalArgs, args: &LoadArgs) -> Result<ExitCode> {
    let mut reader = RdfLoad::new().max_file_bytes(args.max_file_size);
    if let Some(format) = args.format {
        reader = reader.format(rdf_format(format));
    }
    if let Some(graph) = args.graph.as_deref() {
        reader = reader.graph(parse_graph_iri(graph)?);
    }
    let mut quads: Vec<Quad> = Vec::new();
    for path in &args.files {
        let (name, parsed) = if path.as_os_str() == "-" {
            let name = "<stdin>";
            (
                name.to_owned(),
                reader.read_unnamed(name, io::stdin().lock()),
            )
        } else {
            (path.display().to_string(), reader.read_file(path))
        };
        let mut parsed = parsed.map_err(load_error)?;
        if parsed.is_empty() {
            note(global, format_args!("kg: warning: {name}: no triples"));
        }
        quads.append(&mut parsed);
    }
    let statements = quads.len();
    let mut store = open_writer(global)?;
    let touched = store.add_quads(quads).map_err(store_error)?;
    note(
        global,
        format_args!(
            "loaded {statements} statement(s) into {} graph(s) of {}",
            touched.len(),
            global.store.display()
        ),
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads the SPARQL text of `kg query` / `kg update`: the argument, a file, or stdin.
fn sparql_text(
    inline: &Option<String>,
    file: &Option<std::path::PathBuf>,
) -> Result<(String, String)> {
    if let Some(text) = inline {
        return Ok((text.clone(), "query".to_owned()));
    }
    let path = file.as_ref().expect("clap requires the text or -f");
    if path.as_os_str() == "-" {
        let mut text = String::new();
        io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| bad_input(anyhow::anyhow!("<stdin>: {e}")))?;
        return Ok((text, "<stdin>".to_owned()));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| bad_input(anyhow::anyhow!("{}: {e}", path.display())))?;
    Ok((text, path.display().to_string()))
}

fn query_error(source: &str, e: QueryError) -> anyhow::Error {
    match e {
        QueryError::Syntax { .. }
        | QueryError::TooDeep { .. }
        | QueryError::TooLong { .. }
        | QueryError::Unorderable
        | QueryError::WrongFormatForGraph { .. }
        | QueryError::WrongFormatForSolutions { .. } => bad_input(anyhow::anyhow!("{source}: {e}")),
        QueryError::Io(io) => io.into(),
        other => other.into(),
    }
}

/// How long a cancelled query may take to stop before `kg query` exits.
const OVERRUN_GRACE: Duration = Duration::from_millis(300);

/// `kg query`.
pub fn query(global: &GlobalArgs, args: &QueryArgs) -> Result<ExitCode> {
    let (text, source) = sparql_text(&args.query, &args.file)?;
    let format = match args.format {
        Some(ResultFormatArg::Table) => ResultFormat::Table,
        Some(ResultFormatArg::Csv) => ResultFormat::Csv,
        Some(ResultFormatArg::Tsv) => ResultFormat::Tsv,
        Some(ResultFormatArg::Json) => ResultFormat::Json,
        Some(ResultFormatArg::Xml) => ResultFormat::Xml,
        Some(ResultFormatArg::Turtle) => ResultFormat::Turtle,
        Some(ResultFormatArg::Ntriples) => ResultFormat::NTriples,
        None => ResultFormat::Table,
    };
    let options = query_options(&args.limits)?.with_limit(args.limit);
    // A query only reads, so an overrun exit leaves nothing half-written
    // (with -o, the results are written to the file only at the end).
    let watchdog = start_watchdog(&options, &source, "query", "");
    // Check the syntax before opening (and loading) the store.
    let _syntax_checked = query::prepare_query(&text, None).map_err(|e| query_error(&source, e))?;
    let store = open_store_with(
        global,
        Access::Read,
        View::with_gazetteer(args.with_gazetteer),
    )?;
    let vocabulary = query::vocabulary_terms(store.oxigraph())?;
    for warning in query::unknown_vocabulary(&text, &vocabulary) {
        note(global, format_args!("kg: warning: {source}:{warning}"));
    }
    // The results are computed as they are written: the engine's work
    // (and a panic in it, which `guard` turns into an error) happens in
    // `write_results`.
    let evaluate = |mut out: &mut dyn Write| {
        watchdog.guard(|| {
            let results = query::execute_store_query(&store, &text, &watchdog)?;
            // Without --format: a table on a terminal; otherwise TSV for
            // solutions and Turtle for graphs (CONSTRUCT, DESCRIBE), so
            // `> file` just works.
            let format = match (args.format, &results) {
                (Some(_), _) => format,
                (None, _) if stdout_is_terminal() => ResultFormat::Table,
                (None, QueryResults::Graph(_)) => ResultFormat::Turtle,
                (None, _) => ResultFormat::Tsv,
            };
            query::write_results(results, &options, &watchdog, format, &mut out)
        })
    };
    let summary = match &args.output {
        // Held until the query has finished, so that a query that fails or
        // overruns (the process exits) leaves no file, not even a temporary one.
        Some(path) => {
            let mut bytes = Vec::new();
            let summary = evaluate(&mut bytes).map_err(|e| query_error(&source, e))?;
            drop(watchdog);
            atomic_file::write(path, &bytes)
                .with_context(|| format!("writing {}", path.display()))?;
            summary
        }
        None => {
            let mut out = stdout();
            let summary = evaluate(&mut out).map_err(|e| query_error(&source, e))?;
            out.flush()?;
            summary
        }
    };
    if summary.truncated {
        note(
            global,
            format_args!("kg: stopped after {} result(s) (--limit)", summary.results),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The bounds of a command that runs a query or an update, checked.
pub fn query_options(limits: &QueryLimitArgs) -> Result<QueryOptions> {
    let max_memory = match limits.max_memory {
        0 => None,
        mib => Some(mib.saturating_mul(1 << 20)),
    };
    Ok(QueryOptions::new()
        .with_timeout(timeout_arg(limits.timeout)?)
        .with_max_memory(max_memory))
}

/// Watches a query or update (`what`) from `source` under `options`.
/// Oxigraph cannot cancel every query at once (a sort of results already
/// read runs on): if one is still running a moment after its cancellation,
/// say why (and `after`, what that leaves) and exit 1.
pub fn start_watchdog(
    options: &QueryOptions,
    source: &str,
    what: &'static str,
    after: &'static str,
) -> query::Watchdog {
    let source = source.to_owned();
    query::Watchdog::start(
        options,
        OVERRUN_GRACE,
        Some(Box::new(move |e: QueryError| {
            let _ = writeln!(
                io::stderr(),
                "kg: error: {}",
                super::printable(&format!(
                    "{source}: {}{after}",
                    super::cancelled_text(&e, what)
                ))
            );
            std::process::exit(1);
        })),
    )
}

/// The timeout of `kg query` and `kg update`, checked.
fn timeout_arg(seconds: Option<f64>) -> Result<Option<Duration>> {
    match seconds {
        Some(s) if s.is_finite() && s > 0.0 => Ok(Some(Duration::from_secs_f64(s.min(1e9)))),
        Some(s) => Err(bad_input(anyhow::anyhow!(
            "--timeout must be a positive number of seconds, not {s}"
        ))),
        None => Ok(None),
    }
}

/// What a cancelled update leaves.
const UNCHANGED: &str = "; the store is unchanged";

/// `kg update`: one commit, or nothing changed (a failure, a timeout, too
/// many changes, or emptying the store without --force).
pub fn update(global: &GlobalArgs, args: &UpdateArgs) -> Result<ExitCode> {
    let (text, source) = sparql_text(&args.update, &args.file)?;
    let options = query_options(&args.limits)?;
    // An update runs in a transaction that is committed only at the end: a
    // process that exits before then leaves the store as it was.
    let watchdog = start_watchdog(&options, &source, "update", UNCHANGED);
    let prepared = query::prepare_update_with(&text, Some(watchdog.token()))
        .map_err(|e| query_error(&source, e))?;
    let mut store = open_writer(global)?;
    let before = store.oxigraph().len()?;
    let limits = store::UpdateLimits::new(args.max_changes, args.force);
    let summary = store.update_with(prepared, limits).map_err(|e| match e {
        store::UpdateError::Store(s) => store_error(s),
        store::UpdateError::Evaluation(e) => match watchdog.cancellation() {
            Some(why) => anyhow::anyhow!(
                "{source}: {}{UNCHANGED}",
                super::cancelled_text(&why, "update")
            ),
            None => anyhow::Error::new(store::UpdateError::Evaluation(e)),
        },
        e @ store::UpdateError::TooManyChanges { .. } => {
            bad_input(anyhow::anyhow!("{source}: {e} (raise --max-changes)"))
        }
        e @ store::UpdateError::WouldEmpty { .. } => {
            bad_input(anyhow::anyhow!("{source}: {e} (pass --force to allow it)"))
        }
        other => anyhow::Error::new(other),
    })?;
    drop(watchdog);
    let after = store.oxigraph().len()?;
    note(
        global,
        format_args!(
            "updated {}: {before} → {after} statement(s), {} changed in {} graph(s)",
            global.store.display(),
            summary.changed_quads,
            summary.changed_graphs
        ),
    );
    Ok(ExitCode::SUCCESS)
}

/// `kg export`.
pub fn export(global: &GlobalArgs, args: &ExportArgs) -> Result<ExitCode> {
    // A graph asked for by name is exported even if it is the gazetteer.
    let with_gazetteer = args.with_gazetteer || args.graph.is_some();
    let store = open_store_with(global, Access::Read, View::with_gazetteer(with_gazetteer))?;
    let mut options =
        ExportOptions::new(rdf_format(args.format)).with_gazetteer(args.with_gazetteer);
    if let Some(graph) = &args.graph {
        let graph = parse_graph_iri(graph)?;
        if !store.contains_graph(graph.as_ref())? {
            return Err(bad_input(anyhow::anyhow!(
                "no graph {graph} in {} (see `kg graphs`)",
                global.store.display()
            )));
        }
        options = options.with_graph(graph.into());
    }
    let started = Instant::now();
    let written = match &args.output {
        Some(path) => atomic_file::write_with(path, |w| {
            export_quads(store.oxigraph(), &options, w).map_err(anyhow::Error::from)
        })
        .with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut out = stdout();
            let n = export_quads(store.oxigraph(), &options, &mut out)?;
            out.flush()?;
            n
        }
    };
    if args.output.is_some() {
        note(
            global,
            format_args!(
                "exported {written} statement(s) in {:.2} s",
                started.elapsed().as_secs_f64()
            ),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a SELECT and returns rows of compact cells; `over` narrows the
/// default graph to some graphs.
fn select_over(
    store: &Store,
    sparql: &str,
    over: Option<Vec<GraphName>>,
) -> Result<Vec<Vec<String>>> {
    let mut prepared = query::prepare_query(sparql, None)?;
    if let Some(graphs) = over {
        prepared.dataset_mut().set_default_graph(graphs);
    }
    let mut rows = Vec::new();
    if let oxigraph::sparql::QueryResults::Solutions(solutions) =
        prepared.on_store(store.oxigraph()).execute()?
    {
        let variables = solutions.variables().to_vec();
        for solution in solutions {
            let solution = solution?;
            rows.push(query::table_row(&solution, &variables));
        }
    }
    Ok(rows)
}

fn select(store: &Store, sparql: &str) -> Result<Vec<Vec<String>>> {
    select_over(store, sparql, None)
}

/// `kg stats`.
pub fn stats(global: &GlobalArgs) -> Result<ExitCode> {
    // With the gazetteer, to say how big it is; the counts below are of the
    // data graphs only.
    let store = open_store_with(global, Access::Read, View::with_gazetteer(true))?;
    let graphs = store.graphs()?;
    let documents = select(
        &store,
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:SourceDocument }",
    )?;
    let ontology = GraphName::from(NamedNode::new_unchecked(graph_names::ONTOLOGY));
    let gazetteer = GraphName::from(NamedNode::new_unchecked(graph_names::GAZETTEER));
    let words = GraphName::from(NamedNode::new_unchecked(graph_names::WORDS));
    let statistics = GraphName::from(NamedNode::new_unchecked(graph_names::STATISTICS));
    let size_of = |name: &GraphName| {
        graphs
            .iter()
            .find(|g| g.name == *name)
            .map_or(0, |g| g.triples)
    };
    let data: Vec<GraphName> = graphs
        .iter()
        .map(|g| g.name.clone())
        .filter(|g| is_data_graph(g.as_ref()))
        .collect();
    let mut out = stdout();
    writeln!(out, "store      {}", global.store.display())?;
    writeln!(out, "backend    {:?}", store.backend())?;
    // The articles' and imported statements: the ontology and the derived
    // statistics are not what the user put in.
    writeln!(
        out,
        "statements {}",
        data.iter().map(size_of).sum::<usize>()
    )?;
    writeln!(
        out,
        "graphs     {}",
        data.iter().filter(|g| !g.is_default_graph()).count()
    )?;
    writeln!(
        out,
        "ontology   {} statement(s) of schema, {} of gazetteer, {} of word lists (queries see the gazetteer and word lists with --with-gazetteer); not counted here",
        size_of(&ontology),
        size_of(&gazetteer),
        size_of(&words)
    )?;
    writeln!(
        out,
        "documents  {}",
        documents
            .first()
            .and_then(|r| r.first())
            .map(String::as_str)
            .unwrap_or("0")
    )?;
    // The store keeps the class counts up to date; stores last written by
    // an older kg have none yet, and are counted here instead.
    let instances = if size_of(&statistics) > 0 {
        select(
            &store,
            "SELECT ?class ?n WHERE { GRAPH kgg:statistics { ?p void:class ?class ; void:entities ?n } } ORDER BY DESC(?n) ?class",
        )?
    } else {
        select_over(
            &store,
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class",
            Some(data.clone()),
        )?
    };
    let statements = select_over(
        &store,
        "SELECT ?predicate (COUNT(*) AS ?n) WHERE { ?s ?predicate ?o } GROUP BY ?predicate ORDER BY DESC(?n) ?predicate",
        Some(data),
    )?;
    for (title, rows) in [
        ("instances per class", instances),
        ("statements per predicate", statements),
    ] {
        writeln!(out, "\n{title}:")?;
        let width = rows.iter().map(|r| display_width(&r[0])).max().unwrap_or(0);
        for row in rows {
            writeln!(out, "  {}  {:>9}", pad_to_width(&row[0], width), row[1])?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `kg graphs`.
pub fn graphs(global: &GlobalArgs) -> Result<ExitCode> {
    // Every graph the store holds, the gazetteer's too.
    let store = open_store_with(global, Access::Read, View::with_gazetteer(true))?;
    let sources = select(
        &store,
        "SELECT ?g ?source ?title WHERE { GRAPH ?g { ?g dcterms:source ?source OPTIONAL { ?g dcterms:title ?title } } }",
    )?;
    let mut out = stdout();
    writeln!(out, "statements  graph  (source · title)")?;
    for info in store.graphs()? {
        let name = match &info.name {
            GraphName::DefaultGraph => "(default graph)".to_owned(),
            GraphName::NamedNode(n) => format!("<{}>", n.as_str()),
            GraphName::BlankNode(b) => b.to_string(),
        };
        let compact = match &info.name {
            GraphName::NamedNode(n) => query::compact_iri(n.as_str()),
            _ => name.clone(),
        };
        let described = sources.iter().find(|row| row[0] == compact);
        let about = described
            .map(|row| {
                if row[2].is_empty() {
                    format!("  ({})", row[1])
                } else {
                    format!("  ({} · {})", row[1], row[2])
                }
            })
            .unwrap_or_default();
        writeln!(out, "{:>10}  {name}{about}", info.triples)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `kg remove`.
pub fn remove(global: &GlobalArgs, args: &RemoveArgs) -> Result<ExitCode> {
    let graph =
        NamedNode::new(args.graph.trim_start_matches('<').trim_end_matches('>')).map_err(|e| {
            bad_input(anyhow::anyhow!(
                "{:?} is not a valid graph IRI: {e}",
                args.graph
            ))
        })?;
    let mut store = open_writer(global)?;
    if !store
        .remove_graph(graph.as_ref().into())
        .map_err(store_error)?
    {
        return Err(bad_input(anyhow::anyhow!(
            "no graph {graph} in {} (see `kg graphs`)",
            global.store.display()
        )));
    }
    note(global, format_args!("removed {graph}"));
    Ok(ExitCode::SUCCESS)
}

/// `kg check` (and `kg check --repair`).
pub fn check(global: &GlobalArgs, args: &CheckArgs) -> Result<ExitCode> {
    let mut out = stdout();
    let report = if args.repair {
        let repaired = store::repair(&global.store, global.wait).map_err(store_error)?;
        if repaired.rebuilt_manifest {
            writeln!(
                out,
                "repaired: the manifest was rebuilt from the graph files that verify; graphs removed by the last writes may have come back"
            )?;
        }
        for dropped in &repaired.dropped {
            writeln!(out, "dropped: {dropped}")?;
        }
        if repaired.dropped.is_empty() && !repaired.rebuilt_manifest {
            writeln!(out, "nothing to repair")?;
        }
        repaired.after
    } else {
        store::check(&global.store).map_err(store_error)?
    };
    for problem in &report.problems {
        writeln!(out, "problem: {problem}")?;
    }
    if report.leftovers > 0 {
        writeln!(
            out,
            "note: {} file(s) in graphs/ are no part of the store (left by an interrupted write, or kept for readers of the previous state); the next write removes them",
            report.leftovers
        )?;
    }
    writeln!(
        out,
        "{}: {} graph(s), {} statement(s), {} problem(s)",
        global.store.display(),
        report.graphs,
        report.triples,
        report.problems.len()
    )?;
    if !report.problems.is_empty() && !args.repair {
        writeln!(
            out,
            "kg check --repair drops what cannot be verified so the rest of the store opens"
        )?;
    }
    out.flush()?;
    Ok(if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
