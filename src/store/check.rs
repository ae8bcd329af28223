//! Verifying a store (`kg check`) and repairing it (`kg check --repair`).
//!
//! [`check`] changes nothing. For the files backend it verifies the
//! manifest's own checksum, then every graph it lists: the file is there,
//! has the listed length and SHA-256, parses strictly, and holds only its
//! graph. Each problem names the graph and its document's source. Files
//! the manifest does not list (temporary files of a killed writer, files
//! of the previous commit kept for readers) are counted, not problems: the
//! next writer removes them.
//!
//! [`repair`] takes the writer lock and drops what cannot be verified,
//! reporting each graph, so the rest of the store opens again: listed
//! graphs that fail are left out of a new manifest; a missing or damaged
//! manifest is rebuilt from the graph files that verify against their
//! own names (content hashes); a first-layout store is upgraded, leaving
//! out the files that do not parse.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oxigraph::model::{GraphName, Quad};
use rayon::prelude::*;

use super::files::{self, Entry, FileFault, Manifest, ManifestFault};
use super::layout::{self, GRAPHS_DIR, ROCKSDB_DIR};
use super::{graph_names, statistics, Backend, StoreError};

/// A problem found by [`check`], or a graph dropped by [`repair`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The file at fault.
    pub path: PathBuf,
    /// The graph it concerns, when known.
    pub graph: Option<GraphName>,
    /// That graph's document source, when known.
    pub source: Option<String>,
    pub message: String,
}

impl Problem {
    fn of_file(path: PathBuf, message: impl Into<String>) -> Self {
        Problem {
            path,
            graph: None,
            source: None,
            message: message.into(),
        }
    }

    fn of_entry(graphs_dir: &Path, entry: &Entry, message: impl Into<String>) -> Self {
        Problem {
            path: graphs_dir.join(entry.file_name()),
            graph: Some(entry.graph.clone()),
            source: entry.source.clone(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: ", self.path.display())?;
        if let Some(graph) = &self.graph {
            write!(f, "graph {graph}")?;
            if let Some(source) = &self.source {
                write!(f, " (source {source})")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// What [`check`] found.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct CheckReport {
    pub backend: Option<Backend>,
    /// The layout version of the store.
    pub version: u32,
    pub graphs: usize,
    pub triples: usize,
    pub problems: Vec<Problem>,
    /// Files that are no part of the store's state (temporary files of an
    /// interrupted write, files of an earlier commit): harmless, removed by
    /// the next writer.
    pub leftovers: usize,
}

/// What [`repair`] did.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct RepairReport {
    /// The graphs (or files) dropped, and why.
    pub dropped: Vec<Problem>,
    /// Whether the manifest was rebuilt from the graph files.
    pub rebuilt_manifest: bool,
    /// The store as it is after the repair.
    pub after: CheckReport,
}

/// Verifies a store without changing it.
pub fn check(dir: &Path) -> Result<CheckReport, StoreError> {
    let format = layout::read_format(dir)?.ok_or_else(|| StoreError::Missing {
        path: dir.to_owned(),
    })?;
    let mut report = CheckReport {
        backend: Some(format.backend),
        version: format.version,
        ..CheckReport::default()
    };
    match format.backend {
        Backend::Files if format.version == layout::FORMAT_VERSION_UNLISTED => {
            check_unlisted(dir, &mut report)?
        }
        Backend::Files => check_listed(dir, &mut report)?,
        Backend::RocksDb => check_rocksdb(dir, &mut report)?,
    }
    Ok(report)
}

/// The files of `graphs/` that a state with `listed` files does not use.
fn count_leftovers(
    graphs_dir: &Path,
    listed: &std::collections::BTreeSet<String>,
) -> Result<usize, StoreError> {
    Ok(layout::list_dir(graphs_dir)?
        .iter()
        .filter(|p| !listed.contains(&layout::file_name(p)))
        .count())
}

fn check_listed(dir: &Path, report: &mut CheckReport) -> Result<(), StoreError> {
    let graphs_dir = dir.join(GRAPHS_DIR);
    let manifest = match Manifest::try_read(dir)? {
        Ok(manifest) => manifest,
        Err(fault) => {
            let message = match fault {
                ManifestFault::Missing => "the manifest is missing".to_owned(),
                ManifestFault::Damaged(why) => format!("damaged manifest: {why}"),
            };
            report
                .problems
                .push(Problem::of_file(Manifest::path(dir), message));
            return Ok(());
        }
    };
    let entries: Vec<&Entry> = manifest.entries.values().collect();
    let verdicts: Vec<Result<usize, String>> = entries
        .par_iter()
        .map(|entry| verify_entry(&graphs_dir, entry))
        .collect();
    for (entry, verdict) in entries.into_iter().zip(verdicts) {
        match verdict {
            Ok(triples) => {
                report.graphs += 1;
                report.triples += triples;
            }
            Err(message) => report
                .problems
                .push(Problem::of_entry(&graphs_dir, entry, message)),
        }
    }
    report.leftovers = count_leftovers(&graphs_dir, &manifest.file_names())?;
    Ok(())
}

/// Verifies one listed graph: its number of statements when sound, what
/// is wrong otherwise.
fn verify_entry(graphs_dir: &Path, entry: &Entry) -> Result<usize, String> {
    let problem = |message: String| message;
    let bytes = match files::read_verified(graphs_dir, entry) {
        Ok(bytes) => bytes,
        Err(FileFault::Missing(_)) => return Err(problem("the graph file is missing".into())),
        Err(FileFault::Store(StoreError::Corrupt { message, .. })) => {
            // The message starts with the graph, which the problem names.
            let why = message
                .strip_prefix(&format!("{}: ", entry.describe()))
                .unwrap_or(&message);
            return Err(problem(why.to_owned()));
        }
        Err(FileFault::Store(e)) => return Err(problem(e.to_string())),
    };
    let path = graphs_dir.join(entry.file_name());
    let quads = files::parse_graph_bytes(&path, &bytes, false).map_err(|e| match e {
        StoreError::Corrupt { message, .. } => problem(message),
        StoreError::Unparsable { source, .. } => problem(source.to_string()),
        other => problem(other.to_string()),
    })?;
    if quads.is_empty() {
        return Err(problem("empty graph file".into()));
    }
    if let Some(stray) = quads.iter().find(|q| q.graph_name != entry.graph) {
        return Err(problem(format!(
            "holds statements of graph {}",
            stray.graph_name
        )));
    }
    Ok(quads.len())
}

fn check_unlisted(dir: &Path, report: &mut CheckReport) -> Result<(), StoreError> {
    let files = files::unlisted_files(dir)?;
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                report
                    .problems
                    .push(Problem::of_file(path.clone(), e.to_string()));
                continue;
            }
        };
        match files::parse_graph_bytes(path, &bytes, false) {
            Err(e) => report
                .problems
                .push(Problem::of_file(path.clone(), e.to_string())),
            Ok(quads) => {
                let name = layout::file_name(path);
                let mut graphs = BTreeMap::new();
                for quad in &quads {
                    graphs
                        .entry(quad.graph_name.to_string())
                        .or_insert_with(|| quad.graph_name.clone());
                }
                if quads.is_empty() {
                    report
                        .problems
                        .push(Problem::of_file(path.clone(), "empty graph file"));
                }
                for graph in graphs.values() {
                    if files::unlisted_file_name(graph) != name {
                        report.problems.push(Problem::of_file(
                            path.clone(),
                            format!(
                                "holds statements of graph {graph}, which belong in another file"
                            ),
                        ));
                    }
                }
                report.graphs += graphs.len();
                report.triples += quads.len();
            }
        }
    }
    let listed = files.iter().map(|p| layout::file_name(p)).collect();
    report.leftovers = count_leftovers(&dir.join(GRAPHS_DIR), &listed)?;
    Ok(())
}

fn check_rocksdb(dir: &Path, report: &mut CheckReport) -> Result<(), StoreError> {
    if !cfg!(feature = "rocksdb") {
        return Err(StoreError::NeedsRocksDb {
            path: dir.to_owned(),
        });
    }
    let path = dir.join(ROCKSDB_DIR);
    let store = super::rocks::open_database(&path, false)?;
    if let Err(e) = store.validate() {
        report
            .problems
            .push(Problem::of_file(path.clone(), e.to_string()));
    }
    if statistics::recount(&store)?.is_some() {
        report.problems.push(Problem::of_file(
            path.clone(),
            format!(
                "the class statistics (graph <{}>) are out of date; the next write counts them afresh",
                graph_names::STATISTICS
            ),
        ));
    }
    report.triples = store.len()?;
    report.graphs = store.named_graphs().count();
    Ok(())
}

/// Drops what cannot be verified so the rest of the store opens, holding
/// the writer lock (waiting for it with `wait`). A sound store is left as
/// it is.
pub fn repair(dir: &Path, wait: bool) -> Result<RepairReport, StoreError> {
    let format = layout::read_format(dir)?.ok_or_else(|| StoreError::Missing {
        path: dir.to_owned(),
    })?;
    let _lock = layout::take_lock(dir, wait)?;
    let mut report = RepairReport::default();
    match format.backend {
        Backend::RocksDb => {}
        Backend::Files if format.version == layout::FORMAT_VERSION_UNLISTED => {
            report.dropped = files::upgrade_unlisted(dir, true)?
                .into_iter()
                .map(|d| Problem::of_file(d.path, d.message))
                .collect();
        }
        Backend::Files => {
            let graphs_dir = dir.join(GRAPHS_DIR);
            std::fs::create_dir_all(&graphs_dir).map_err(|e| StoreError::io(&graphs_dir, e))?;
            layout::remove_temporary_files(&graphs_dir)?;
            match Manifest::try_read(dir)? {
                Ok(manifest) => {
                    let mut kept = manifest.clone();
                    for entry in manifest.entries.values() {
                        if let Err(message) = verify_entry(&graphs_dir, entry) {
                            kept.set(&entry.graph, None);
                            report
                                .dropped
                                .push(Problem::of_entry(&graphs_dir, entry, message));
                        }
                    }
                    if kept != manifest {
                        kept.write(dir)?;
                    }
                }
                Err(_) => {
                    let (manifest, dropped) = rebuild_manifest(&graphs_dir)?;
                    manifest.write(dir)?;
                    report.dropped = dropped;
                    report.rebuilt_manifest = true;
                }
            }
        }
    }
    report.after = check(dir)?;
    Ok(report)
}

/// A manifest of the graph files that verify against their own names
/// (each is named by the SHA-256 of its bytes) and hold one graph; where
/// two files hold the same graph, the newer file wins.
fn rebuild_manifest(graphs_dir: &Path) -> Result<(Manifest, Vec<Problem>), StoreError> {
    let mut dropped = Vec::new();
    let mut newest: BTreeMap<String, (std::time::SystemTime, Entry)> = BTreeMap::new();
    for path in layout::list_dir(graphs_dir)? {
        let name = layout::file_name(&path);
        let Some(digest) = name.strip_suffix(".nq") else {
            continue;
        };
        if digest.len() != 64 || layout::is_temporary(&name) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
        if files::hex_sha256(&bytes) != digest {
            dropped.push(Problem::of_file(
                path,
                "its content does not match the checksum it is named by",
            ));
            continue;
        }
        let quads: Vec<Quad> = match files::parse_graph_bytes(&path, &bytes, false) {
            Ok(quads) if !quads.is_empty() => quads,
            Ok(_) => continue,
            Err(e) => {
                dropped.push(Problem::of_file(path, e.to_string()));
                continue;
            }
        };
        let graph = quads[0].graph_name.clone();
        if quads.iter().any(|q| q.graph_name != graph) {
            dropped.push(Problem::of_file(path, "holds statements of several graphs"));
            continue;
        }
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .map_err(|e| StoreError::io(&path, e))?;
        let entry = Entry {
            source: files::source_of(&graph, &quads),
            graph: graph.clone(),
            digest: digest.to_owned(),
            length: bytes.len() as u64,
        };
        match newest.get(&graph.to_string()) {
            Some((time, _)) if *time >= modified => {}
            _ => {
                newest.insert(graph.to_string(), (modified, entry));
            }
        }
    }
    let mut manifest = Manifest::default();
    for (_, entry) in newest.into_values() {
        manifest.set(&entry.graph.clone(), Some(entry));
    }
    Ok((manifest, dropped))
}
