//! Store stage: a directory that keeps the knowledge graph durable.
//!
//! A store is a directory with a `FORMAT` file naming its layout version and
//! backend, a `lock` file that writers hold, and the data:
//!
//! * **files** backend (default, pure Rust): `graphs/` holds one N-Quads file
//!   per named graph (one per source document, one for imported data, two for
//!   the ontology: its schema and its gazetteer, see [`ontology`]), named by a
//!   hash of the graph IRI. Every write goes to a
//!   temporary file that is synced and then renamed over the old one, so a
//!   crash at any moment leaves each graph fully old or fully new, and adding
//!   one document never rewrites the others. On open, every file is parsed
//!   into an in-memory Oxigraph store that answers queries.
//! * **rocksdb** backend (cargo feature `rocksdb`): an Oxigraph RocksDB
//!   database in `rocksdb/`, written in transactions.
//!
//! Writers take an exclusive lock on `lock` (failing at once, or waiting
//! with [`Access::Write`]`{ wait: true }`); readers take no lock and see each
//! graph either before or after a concurrent write.
//!
//! What an open store shows is set by a [`View`]: by default everything but
//! the ontology's gazetteer graph, which a files-backend reader does not
//! even load (queries then run over Oxigraph's union of what is loaded);
//! [`Store::default_graphs`] says when a query must instead name its
//! default graphs.
//!
//! ```
//! use kgraph::store::{Access, Store};
//! use oxigraph::model::{NamedNode, Literal, Quad};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("kg.store");
//! let graph = NamedNode::new("https://example.org/g").unwrap();
//! let quad = Quad::new(
//!     NamedNode::new("https://example.org/s").unwrap(),
//!     NamedNode::new("https://example.org/p").unwrap(),
//!     Literal::from("o"),
//!     graph.clone(),
//! );
//! {
//!     let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
//!     store.replace_graph(graph.as_ref(), vec![quad.clone()]).unwrap();
//! }
//! let store = Store::open(&path, Access::Read).unwrap();
//! assert!(store.oxigraph().contains(&quad).unwrap());
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::{self, File, OpenOptions as FileOptions};
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    BlankNode, GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
    Term,
};
use oxigraph::store::{StorageError, Store as Oxigraph};
use rayon::prelude::*;
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};

use crate::atomic_file;
use crate::rdf::syntax::{write_statements, Syntax};

pub mod ontology;
pub mod statistics;

/// Names of the graphs kg itself fills.
pub mod graph_names {
    /// Triples loaded with `kg load` from stdin without `--graph`.
    pub const IMPORTED: &str = "https://w3id.org/kgraph/graph/imported";
    /// The schema of the ontology that drove the last `kg build`: classes,
    /// properties and lexicon (see [`ontology`](super::ontology)).
    pub const ONTOLOGY: &str = "https://w3id.org/kgraph/graph/ontology";
    /// The gazetteer's individuals of that ontology; loaded and queried only
    /// when asked for (see [`View`](super::View)).
    pub const GAZETTEER: &str = "https://w3id.org/kgraph/graph/gazetteer";
    /// Distinct entities per class (VoID), kept up to date by every write;
    /// see [`statistics`](super::statistics).
    pub const STATISTICS: &str = "https://w3id.org/kgraph/graph/statistics";
}

/// Whether a graph holds data (entities, facts, imported triples), as
/// opposed to the stored ontology (schema or gazetteer) or the derived
/// statistics.
pub fn is_data_graph(graph: GraphNameRef<'_>) -> bool {
    match graph {
        GraphNameRef::NamedNode(n) => ![
            graph_names::STATISTICS,
            graph_names::ONTOLOGY,
            graph_names::GAZETTEER,
        ]
        .contains(&n.as_str()),
        _ => true,
    }
}

/// The layout version this kg writes and reads.
pub const FORMAT_VERSION: u32 = 1;
const FORMAT_FILE: &str = "FORMAT";
const LOCK_FILE: &str = "lock";
const GRAPHS_DIR: &str = "graphs";
const ROCKSDB_DIR: &str = "rocksdb";
const DEFAULT_GRAPH_FILE: &str = "default.nq";
/// Quads handed from the parsing threads to the loader at a time.
const LOAD_BATCH: usize = 1 << 16;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("{}: no kg store here (create one with `kg build` or `kg load`)", path.display())]
    Missing { path: PathBuf },
    #[error("{}: not a kg store (it has no FORMAT file and is not empty); choose a new or empty directory", path.display())]
    NotAStore { path: PathBuf },
    #[error("{}: store format {found} was written by a newer kg (this kg reads format {FORMAT_VERSION}); upgrade kg", path.display())]
    NewerVersion { path: PathBuf, found: u32 },
    #[error("{}: unreadable FORMAT file: {detail}", path.display())]
    BadFormat { path: PathBuf, detail: String },
    #[error("{}: this store uses the RocksDB backend; rebuild kg with `cargo build --release --features rocksdb` to open it", path.display())]
    NeedsRocksDb { path: PathBuf },
    #[error("{}: another kg process is writing to this store; try again when it is done, or pass --wait", path.display())]
    Locked { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: corrupt graph file: {message}", path.display())]
    Corrupt { path: PathBuf, message: String },
    #[error("store: {0}")]
    Storage(#[from] StorageError),
}

impl StoreError {
    fn io(path: &Path, source: io::Error) -> Self {
        StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Whether a store is opened to read or to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No lock; the store must exist.
    Read,
    /// Creates the store if needed and holds the writer lock until dropped.
    Write {
        /// Wait for another writer instead of failing.
        wait: bool,
    },
}

/// Which storage a store directory uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One N-Quads file per graph, loaded into memory on open.
    Files,
    /// Oxigraph's RocksDB database (cargo feature `rocksdb`).
    RocksDb,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Backend::Files => "files",
            Backend::RocksDb => "rocksdb",
        }
    }

    /// The backend new stores get: RocksDB when compiled in, files otherwise.
    pub fn for_new_stores() -> Self {
        if cfg!(feature = "rocksdb") {
            Backend::RocksDb
        } else {
            Backend::Files
        }
    }
}

/// What a store shows once open.
///
/// By default the gazetteer graph ([`graph_names::GAZETTEER`]) is left out:
/// queries, exports and pictures see the articles' graphs, imported data,
/// the ontology's schema and the statistics, and only the gazetteer
/// individuals an article mentions (their labels, classes and `sameAs`
/// links are in the article's graph). With the files backend a reader does
/// not even load the gazetteer's file; a writer always loads every graph
/// (it rewrites what it holds), and on RocksDB everything is in one
/// database, so there [`Store::default_graphs`] names the graphs to query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct View {
    /// Show the whole gazetteer too (`--with-gazetteer`).
    pub with_gazetteer: bool,
}

impl View {
    /// Options that show (`true`) or leave out the gazetteer graph.
    pub fn with_gazetteer(with_gazetteer: bool) -> Self {
        View { with_gazetteer }
    }
}

/// One named graph with its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphInfo {
    pub name: GraphName,
    pub triples: usize,
}

/// A kg store: an Oxigraph store kept durable in a directory.
pub struct Store {
    dir: PathBuf,
    backend: Backend,
    inner: Oxigraph,
    options: View,
    /// Held for the life of a writer; the OS releases it if we die.
    _lock: Option<File>,
}

impl Drop for Store {
    fn drop(&mut self) {
        // A RocksDB writer flushes its memtables on the way out, so readers
        // (opened read-only) see the data in table files, not only in the log.
        #[cfg(feature = "rocksdb")]
        if self.backend == Backend::RocksDb && self._lock.is_some() {
            let _ = self.inner.flush();
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (or, for writing, creates) the store in `dir`, without the
    /// gazetteer graph (see [`View`]).
    pub fn open(dir: impl AsRef<Path>, access: Access) -> Result<Self, StoreError> {
        Self::open_with(dir, access, View::default())
    }

    /// Opens (or, for writing, creates) the store in `dir`, showing what
    /// `options` ask for.
    pub fn open_with(
        dir: impl AsRef<Path>,
        access: Access,
        options: View,
    ) -> Result<Self, StoreError> {
        let dir = dir.as_ref().to_owned();
        let backend = match read_format(&dir)? {
            Some(backend) => backend,
            None => match access {
                Access::Read => return Err(StoreError::Missing { path: dir }),
                Access::Write { .. } => create_layout(&dir)?,
            },
        };
        if backend == Backend::RocksDb && !cfg!(feature = "rocksdb") {
            return Err(StoreError::NeedsRocksDb { path: dir });
        }
        let lock = match access {
            Access::Read => None,
            Access::Write { wait } => Some(take_lock(&dir, wait)?),
        };
        let skip_gazetteer = lock.is_none() && !options.with_gazetteer;
        let inner = match backend {
            Backend::Files => {
                if lock.is_some() {
                    let graphs = dir.join(GRAPHS_DIR);
                    // Absent if a crash cut the creation short.
                    fs::create_dir_all(&graphs).map_err(|e| StoreError::io(&graphs, e))?;
                    remove_temporary_files(&graphs)?;
                }
                let inner = Oxigraph::new()?;
                // A reader that does not show the gazetteer need not parse
                // its file; a writer rewrites what it holds, so holds all.
                let skipped =
                    skip_gazetteer.then(|| graph_file_name(&ontology::gazetteer_graph_name()));
                load_graph_files(&dir.join(GRAPHS_DIR), &inner, true, skipped.as_deref())?;
                // Derived data, so counted here rather than kept on disk
                // where a crash could leave it out of step.
                if let Some(statistics) = statistics::recount(&inner)? {
                    replace_in_memory(&inner, statistics)?;
                }
                inner
            }
            Backend::RocksDb => {
                let inner = open_rocksdb(&dir.join(ROCKSDB_DIR), lock.is_some())?;
                if lock.is_some() && StaleStatistics::is_marked(&dir) {
                    // A writer died between its data and its statistics.
                    if let Some(statistics) = statistics::recount(&inner)? {
                        replace_in_transaction(&inner, &statistics)?;
                    }
                    StaleStatistics { dir: dir.clone() }.clear()?;
                }
                inner
            }
        };
        let mut store = Store {
            dir,
            backend,
            inner,
            options,
            _lock: lock,
        };
        store.move_misplaced_individuals(skip_gazetteer)?;
        Ok(store)
    }

    /// A store written before the gazetteer had its own graph keeps the
    /// gazetteer's individuals in the schema graph: moves them to the
    /// gazetteer graph, on disk too when writing (the RocksDB backend can
    /// only move them when writing; its readers show them until then).
    fn move_misplaced_individuals(&mut self, gazetteer_skipped: bool) -> Result<(), StoreError> {
        let writing = self._lock.is_some();
        if self.backend == Backend::RocksDb && !writing {
            return Ok(());
        }
        let misplaced = ontology::misplaced_individuals(&self.inner)?;
        if misplaced.is_empty() {
            return Ok(());
        }
        let gazetteer = ontology::gazetteer_graph_name();
        if writing {
            let schema_graph = GraphName::from(ontology::schema_graph());
            let moved: FxHashSet<&Quad> = misplaced.iter().collect();
            let schema: Vec<Quad> = self
                .graph_quads(schema_graph.as_ref())?
                .into_iter()
                .filter(|q| !moved.contains(q))
                .collect();
            let mut individuals = self.graph_quads(gazetteer.as_ref())?;
            individuals.extend(misplaced.iter().cloned());
            return self.replace_graphs(vec![(schema_graph, schema), (gazetteer, individuals)]);
        }
        // A reader: in memory only, and only where it is shown.
        let mut transaction = self.inner.start_transaction()?;
        for quad in &misplaced {
            transaction.remove(quad);
            if !gazetteer_skipped {
                transaction.insert(QuadRef::new(
                    &quad.subject,
                    &quad.predicate,
                    &quad.object,
                    &gazetteer,
                ));
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// What the store shows (see [`View`]).
    pub fn options(&self) -> View {
        self.options
    }

    /// The graphs a query's default graph should be, when it is not simply
    /// the union of every graph in [`Store::oxigraph`]: `None` when it is
    /// (the usual case), otherwise every graph but the gazetteer, which is
    /// in the store and not to be shown (a writer's or a RocksDB store).
    /// Naming the graphs makes Oxigraph look up each one for every pattern,
    /// so queries over many graphs are slower than over the union.
    pub fn default_graphs(&self) -> Result<Option<Vec<GraphName>>, StoreError> {
        let gazetteer = ontology::gazetteer_graph();
        if self.options.with_gazetteer || !self.contains_graph(gazetteer.as_ref())? {
            return Ok(None);
        }
        let mut graphs = vec![GraphName::DefaultGraph];
        for graph in self.inner.named_graphs() {
            match graph? {
                NamedOrBlankNode::NamedNode(n) if n == gazetteer => {}
                NamedOrBlankNode::NamedNode(n) => graphs.push(n.into()),
                NamedOrBlankNode::BlankNode(b) => graphs.push(b.into()),
            }
        }
        Ok(Some(graphs))
    }

    /// The directory of the store.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// The backend this store uses.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The Oxigraph store holding the data, for queries. Write through
    /// [`Store`]'s own methods so that changes are persisted.
    pub fn oxigraph(&self) -> &Oxigraph {
        &self.inner
    }

    /// Whether a named graph has any triple.
    pub fn contains_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        Ok(self
            .inner
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .next()
            .transpose()?
            .is_some())
    }

    /// Every graph with its number of triples, the default graph first, then
    /// named graphs sorted by name.
    pub fn graphs(&self) -> Result<Vec<GraphInfo>, StoreError> {
        let mut counts: BTreeMap<String, (GraphName, usize)> = BTreeMap::new();
        for quad in self.inner.iter() {
            let quad = quad?;
            let key = match &quad.graph_name {
                GraphName::DefaultGraph => String::new(),
                other => other.to_string(),
            };
            counts.entry(key).or_insert((quad.graph_name, 0)).1 += 1;
        }
        Ok(counts
            .into_values()
            .map(|(name, triples)| GraphInfo { name, triples })
            .collect())
    }

    /// Makes `quads` the whole content of `graph` (their own graph names are
    /// ignored). An empty list removes the graph.
    pub fn replace_graph(
        &mut self,
        graph: NamedNodeRef<'_>,
        quads: Vec<Quad>,
    ) -> Result<(), StoreError> {
        self.replace_graphs(vec![(graph.into_owned().into(), quads)])
    }

    /// Replaces several graphs at once; with the files backend each graph is
    /// written atomically and all are synced before any becomes visible.
    pub fn replace_graphs(
        &mut self,
        graphs: Vec<(GraphName, Vec<Quad>)>,
    ) -> Result<(), StoreError> {
        let statistics_graph = statistics::graph_name();
        let mut graphs: Vec<(GraphName, Vec<Quad>)> = graphs
            .into_iter()
            // Derived from the others, never written directly.
            .filter(|(name, _)| *name != statistics_graph)
            .map(|(name, quads)| {
                let quads = quads
                    .into_iter()
                    .map(|q| Quad::new(q.subject, q.predicate, q.object, name.clone()))
                    .collect();
                (name, quads)
            })
            .collect();
        let write = statistics::Write {
            replaced: graphs.iter().map(|(name, _)| name.as_ref()).collect(),
            added: graphs.iter().flat_map(|(_, quads)| quads).collect(),
        };
        let statistics = statistics::after_write(&self.inner, &write)?;
        match self.backend {
            Backend::Files => {
                // Disk first: if we die here, the memory copy is gone anyway.
                write_graph_files(&self.dir.join(GRAPHS_DIR), &graphs)?;
                for (name, quads) in graphs {
                    clear_graph(&self.inner, name.as_ref())?;
                    load_quads(&self.inner, quads)?;
                }
                if let Some(statistics) = statistics {
                    replace_in_memory(&self.inner, statistics)?;
                }
            }
            Backend::RocksDb => {
                // In the same transaction as the data they count.
                graphs.extend(statistics.map(|quads| (statistics_graph, quads)));
                let mut transaction = self.inner.start_transaction()?;
                for (name, quads) in &graphs {
                    transaction.clear_graph(name.as_ref())?;
                    if let GraphName::NamedNode(n) = name {
                        transaction.remove_named_graph(n.as_ref())?;
                    }
                    for quad in quads {
                        transaction.insert(quad);
                    }
                }
                transaction.commit()?;
            }
        }
        Ok(())
    }

    /// Deletes one graph; returns whether it existed.
    pub fn remove_graph(&mut self, graph: GraphNameRef<'_>) -> Result<bool, StoreError> {
        let existed = self
            .inner
            .quads_for_pattern(None, None, None, Some(graph))
            .next()
            .is_some()
            || match graph {
                GraphNameRef::NamedNode(n) => self.inner.contains_named_graph(n)?,
                GraphNameRef::BlankNode(b) => self.inner.contains_named_graph(b)?,
                GraphNameRef::DefaultGraph => false,
            };
        self.replace_graphs(vec![(graph.into_owned(), Vec::new())])?;
        Ok(existed)
    }

    /// Adds quads to the graphs they name (set semantics: adding the same
    /// quad twice keeps one). Returns the graphs touched.
    pub fn add_quads(&mut self, mut quads: Vec<Quad>) -> Result<Vec<GraphName>, StoreError> {
        let statistics_graph = statistics::graph_name();
        // Derived from the others, never written directly.
        quads.retain(|q| q.graph_name != statistics_graph);
        let write = statistics::Write {
            replaced: Vec::new(),
            added: quads.iter().collect(),
        };
        let statistics = statistics::after_write(&self.inner, &write)?;
        let mut by_graph: HashMap<&GraphName, Vec<usize>> = HashMap::new();
        for (k, quad) in quads.iter().enumerate() {
            by_graph.entry(&quad.graph_name).or_default().push(k);
        }
        let mut touched: Vec<GraphName> = by_graph.keys().map(|g| (*g).clone()).collect();
        touched.sort_by_cached_key(|g| g.to_string());
        match self.backend {
            Backend::Files => {
                // Only the touched graphs are rewritten: what they held, plus
                // the new quads. Files are written and committed (on all
                // cores) while this thread inserts into memory: the files are
                // the store, memory only a view of them rebuilt at open.
                let existing: Vec<Vec<Quad>> = touched
                    .iter()
                    .map(|g| self.graph_quads(g.as_ref()))
                    .collect::<Result<_, _>>()?;
                let dir = self.dir.join(GRAPHS_DIR);
                let inner = &self.inner;
                let files: Vec<(&GraphName, Vec<&Quad>)> = touched
                    .iter()
                    .zip(&existing)
                    .map(|(name, old)| {
                        let all = old
                            .iter()
                            .chain(by_graph[name].iter().map(|&k| &quads[k]))
                            .collect();
                        (name, all)
                    })
                    .collect();
                let (committed, inserted) = rayon::join(
                    || commit_graph_files(&dir, stage_graph_files(&dir, &files)?, files.len()),
                    || {
                        // By reference: the files need the quads too, and
                        // cloning every term would cost as much as inserting.
                        let mut transaction = inner.start_transaction()?;
                        for quad in &quads {
                            transaction.insert(quad);
                        }
                        transaction.commit()
                    },
                );
                committed?;
                inserted?;
                if let Some(statistics) = statistics {
                    replace_in_memory(inner, statistics)?;
                }
            }
            Backend::RocksDb => {
                // The bulk loader is not one transaction with the statistics.
                let stale = StaleStatistics::mark(&self.dir)?;
                let mut loader = self.inner.bulk_loader();
                loader.load_quads(quads)?;
                loader.commit()?;
                if let Some(statistics) = statistics {
                    replace_in_transaction(&self.inner, &statistics)?;
                }
                stale.clear()?;
            }
        }
        Ok(touched)
    }

    /// Runs a SPARQL update and persists every graph it changed.
    pub fn update(
        &mut self,
        update: oxigraph::sparql::PreparedSparqlUpdate,
    ) -> Result<(), UpdateError> {
        match self.backend {
            Backend::Files => {
                let before = fingerprints(&self.inner)?;
                let result = update.on_store(&self.inner).execute();
                let after = fingerprints(&self.inner)?;
                let statistics_graph = statistics::graph_name().to_string();
                let changed: BTreeSet<&String> = before
                    .iter()
                    .filter(|(k, v)| after.get(*k) != Some(v))
                    .map(|(k, _)| k)
                    .chain(after.keys().filter(|k| !before.contains_key(*k)))
                    // Kept in memory only, counted afresh below.
                    .filter(|k| **k != statistics_graph)
                    .collect();
                if let Some(statistics) =
                    statistics::recount(&self.inner).map_err(StoreError::from)?
                {
                    replace_in_memory(&self.inner, statistics)?;
                }
                // Persist what changed even if the update failed midway, so
                // memory and disk agree; the error is reported afterwards.
                let mut rewrites = Vec::new();
                for key in changed {
                    let name = after
                        .get(key)
                        .or_else(|| before.get(key))
                        .map(|f| f.name.clone())
                        .unwrap_or_default();
                    let quads = self.graph_quads(name.as_ref())?;
                    rewrites.push((name, quads));
                }
                write_graph_files(&self.dir.join(GRAPHS_DIR), &rewrites)?;
                result.map_err(UpdateError::Evaluation)
            }
            Backend::RocksDb => {
                let stale = StaleStatistics::mark(&self.dir)?;
                let result = update.on_store(&self.inner).execute();
                if let Some(statistics) =
                    statistics::recount(&self.inner).map_err(StoreError::from)?
                {
                    replace_in_transaction(&self.inner, &statistics)?;
                }
                stale.clear()?;
                result.map_err(UpdateError::Evaluation)
            }
        }
    }

    /// One graph as N-Triples lines (each ending in ` .`), sorted, so the
    /// same content always gives the same bytes: what `kg push` sends and
    /// fingerprints.
    pub fn graph_ntriples_sorted(
        &self,
        graph: NamedNodeRef<'_>,
    ) -> Result<Vec<String>, StoreError> {
        let mut lines = Vec::new();
        for quad in self
            .inner
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            let quad = quad?;
            lines.push(format!(
                "{} {} {} .",
                quad.subject, quad.predicate, quad.object
            ));
        }
        lines.sort_unstable();
        Ok(lines)
    }

    /// Every quad of one graph.
    pub fn graph_quads(&self, graph: GraphNameRef<'_>) -> Result<Vec<Quad>, StoreError> {
        Ok(self
            .inner
            .quads_for_pattern(None, None, None, Some(graph))
            .collect::<Result<Vec<_>, _>>()?)
    }
}

/// Errors of [`Store::update`].
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("update failed: {0}")]
    Evaluation(oxigraph::sparql::UpdateEvaluationError),
}

/// A problem found by [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
}

/// What [`check`] found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub backend: Option<Backend>,
    pub graphs: usize,
    pub triples: usize,
    pub problems: Vec<Problem>,
}

/// Verifies a store without changing it: the FORMAT file, every graph file
/// parses strictly, every quad sits in the file its graph name maps to, and
/// no file is left over from an interrupted write.
pub fn check(dir: &Path) -> Result<CheckReport, StoreError> {
    let backend = read_format(dir)?.ok_or_else(|| StoreError::Missing {
        path: dir.to_owned(),
    })?;
    let mut report = CheckReport {
        backend: Some(backend),
        ..CheckReport::default()
    };
    match backend {
        Backend::Files => {
            let graphs_dir = dir.join(GRAPHS_DIR);
            for path in list_dir(&graphs_dir)? {
                let name = file_name(&path);
                if name.starts_with('.') {
                    report.problems.push(Problem {
                        path: path.clone(),
                        message: "temporary file left by an interrupted write (the next writer removes it)".into(),
                    });
                    continue;
                }
                if !name.ends_with(".nq") {
                    report.problems.push(Problem {
                        path: path.clone(),
                        message: "unexpected file in graphs/".into(),
                    });
                    continue;
                }
                match parse_graph_file(&path, false) {
                    Err(e) => report.problems.push(Problem {
                        path: path.clone(),
                        message: e.to_string(),
                    }),
                    Ok(quads) => {
                        let mut names = BTreeMap::new();
                        for quad in &quads {
                            names
                                .entry(quad.graph_name.to_string())
                                .or_insert_with(|| quad.graph_name.clone());
                        }
                        if quads.is_empty() {
                            report.problems.push(Problem {
                                path: path.clone(),
                                message: "empty graph file".into(),
                            });
                        }
                        for g in names.values() {
                            if graph_file_name(g) != name {
                                report.problems.push(Problem {
                                    path: path.clone(),
                                    message: format!(
                                        "holds triples of graph {g}, which belong in {}",
                                        graph_file_name(g)
                                    ),
                                });
                            }
                        }
                        report.graphs += names.len();
                        report.triples += quads.len();
                    }
                }
            }
        }
        Backend::RocksDb => {
            if !cfg!(feature = "rocksdb") {
                return Err(StoreError::NeedsRocksDb {
                    path: dir.to_owned(),
                });
            }
            let store = open_rocksdb(&dir.join(ROCKSDB_DIR), false)?;
            if let Err(e) = store.validate() {
                report.problems.push(Problem {
                    path: dir.join(ROCKSDB_DIR),
                    message: e.to_string(),
                });
            }
            if statistics::recount(&store)?.is_some() {
                report.problems.push(Problem {
                    path: dir.join(ROCKSDB_DIR),
                    message: format!(
                        "the class statistics (graph <{}>) are out of date; the next write counts them afresh",
                        graph_names::STATISTICS
                    ),
                });
            }
            report.triples = store.len()?;
            report.graphs = store.named_graphs().count();
        }
    }
    Ok(report)
}

#[cfg(feature = "rocksdb")]
fn open_rocksdb(path: &Path, write: bool) -> Result<Oxigraph, StoreError> {
    Ok(if write {
        Oxigraph::open(path)?
    } else {
        Oxigraph::open_read_only(path)?
    })
}

#[cfg(not(feature = "rocksdb"))]
fn open_rocksdb(path: &Path, _write: bool) -> Result<Oxigraph, StoreError> {
    Err(StoreError::NeedsRocksDb {
        path: path.parent().unwrap_or(path).to_owned(),
    })
}

/// Reads `FORMAT`: `None` when the directory is missing or empty.
/// When the store in `dir` last changed, as far as a reader can tell
/// without opening it: the modification times of its FORMAT file and of the
/// folder its backend writes into (every graph file is renamed into
/// `graphs/`; RocksDB adds and removes files in its folder). A long-running
/// reader (`kg serve`) reopens the store when this value moves.
pub fn change_stamp(dir: &Path) -> Result<Vec<std::time::SystemTime>, StoreError> {
    let mut stamp = Vec::with_capacity(3);
    for path in [
        dir.join(FORMAT_FILE),
        dir.join(GRAPHS_DIR),
        dir.join(ROCKSDB_DIR),
    ] {
        match fs::metadata(&path).and_then(|m| m.modified()) {
            Ok(time) => stamp.push(time),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&path, e)),
        }
    }
    Ok(stamp)
}

fn read_format(dir: &Path) -> Result<Option<Backend>, StoreError> {
    let format_path = dir.join(FORMAT_FILE);
    let text = match fs::read_to_string(&format_path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return match fs::read_dir(dir) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(StoreError::io(dir, e)),
                Ok(entries) => {
                    // Empty, or only what an interrupted `create_layout` leaves.
                    let half_created = entries.flatten().all(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        name.starts_with(atomic_file::TEMPORARY_PREFIX)
                            // Left by stores of earlier versions.
                            || name.starts_with(".FORMAT.tmp")
                            || matches!(name.as_str(), LOCK_FILE | GRAPHS_DIR | ROCKSDB_DIR)
                    });
                    if half_created {
                        Ok(None)
                    } else {
                        Err(StoreError::NotAStore {
                            path: dir.to_owned(),
                        })
                    }
                }
            };
        }
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            return Err(StoreError::NotAStore {
                path: dir.to_owned(),
            })
        }
        Err(e) => return Err(StoreError::io(&format_path, e)),
    };
    let bad = |detail: &str| StoreError::BadFormat {
        path: dir.to_owned(),
        detail: detail.to_owned(),
    };
    let mut version = None;
    let mut backend = None;
    let mut lines = text.lines();
    if lines.next() != Some("kgraph store") {
        return Err(StoreError::NotAStore {
            path: dir.to_owned(),
        });
    }
    for line in lines {
        match line.split_once(' ') {
            Some(("version", v)) => {
                version = Some(
                    v.trim()
                        .parse::<u32>()
                        .map_err(|_| bad("version is not a number"))?,
                )
            }
            Some(("backend", "files")) => backend = Some(Backend::Files),
            Some(("backend", "rocksdb")) => backend = Some(Backend::RocksDb),
            Some(("backend", other)) => return Err(bad(&format!("unknown backend {other:?}"))),
            _ => {}
        }
    }
    let version = version.ok_or_else(|| bad("no version line"))?;
    if version > FORMAT_VERSION {
        return Err(StoreError::NewerVersion {
            path: dir.to_owned(),
            found: version,
        });
    }
    backend.map(Some).ok_or_else(|| bad("no backend line"))
}

/// Creates an empty store; `FORMAT` is written last, atomically, so a
/// half-created store reads as an empty directory.
fn create_layout(dir: &Path) -> Result<Backend, StoreError> {
    let backend = Backend::for_new_stores();
    fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let data = dir.join(match backend {
        Backend::Files => GRAPHS_DIR,
        Backend::RocksDb => ROCKSDB_DIR,
    });
    fs::create_dir_all(&data).map_err(|e| StoreError::io(&data, e))?;
    let text = format!(
        "kgraph store\nversion {FORMAT_VERSION}\nbackend {}\n",
        backend.name()
    );
    write_atomically(&dir.join(FORMAT_FILE), text.as_bytes())?;
    Ok(backend)
}

fn take_lock(dir: &Path, wait: bool) -> Result<File, StoreError> {
    let path = dir.join(LOCK_FILE);
    let file = FileOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::io(&path, e))?;
    if wait {
        file.lock().map_err(|e| StoreError::io(&path, e))?;
    } else {
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: dir.to_owned(),
                })
            }
            Err(fs::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
        }
    }
    Ok(file)
}

/// The file name of a graph: a hash of its name, so any IRI maps to a safe,
/// fixed-length name.
pub fn graph_file_name(graph: &GraphName) -> String {
    match graph {
        GraphName::DefaultGraph => DEFAULT_GRAPH_FILE.to_owned(),
        other => {
            let digest = Sha256::digest(other.to_string().as_bytes());
            let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
            format!("{hex}.nq")
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut paths = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(paths),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    for entry in entries {
        paths.push(entry.map_err(|e| StoreError::io(dir, e))?.path());
    }
    paths.sort();
    Ok(paths)
}

fn remove_temporary_files(dir: &Path) -> Result<(), StoreError> {
    for path in list_dir(dir)? {
        if file_name(&path).starts_with('.') {
            fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
        }
    }
    Ok(())
}

fn parse_graph_file(path: &Path, trusted: bool) -> Result<Vec<Quad>, StoreError> {
    let mut bytes = Vec::new();
    match File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)) {
        Ok(_) => {}
        // Removed by a concurrent writer after we listed the directory.
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(path, e)),
    }
    let mut parser = RdfParser::from_format(RdfFormat::NQuads);
    if trusted {
        // We wrote these files ourselves; `kg check` parses them strictly.
        parser = parser.lenient();
    }
    parser
        .for_slice(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| StoreError::Corrupt {
            path: path.to_owned(),
            message: e.to_string(),
        })
}

/// Parses every graph file (but `skipped`, a file name) on all cores while
/// this thread inserts.
fn load_graph_files(
    dir: &Path,
    into: &Oxigraph,
    trusted: bool,
    skipped: Option<&str>,
) -> Result<(), StoreError> {
    let files: Vec<PathBuf> = list_dir(dir)?
        .into_iter()
        .filter(|p| {
            let name = file_name(p);
            !name.starts_with('.') && name.ends_with(".nq") && Some(name.as_str()) != skipped
        })
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    let (sender, receiver) = mpsc::sync_channel::<Vec<Quad>>(4);
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || {
            files.par_iter().try_for_each_with(sender, |sender, path| {
                let quads = parse_graph_file(path, trusted)?;
                for chunk in quads.chunks(LOAD_BATCH) {
                    // The receiver only hangs up on error; stop quietly then.
                    if sender.send(chunk.to_vec()).is_err() {
                        break;
                    }
                }
                Ok::<(), StoreError>(())
            })
        });
        let mut loader = into.bulk_loader().with_num_threads(1);
        let mut result = Ok(());
        for batch in receiver {
            if let Err(e) = loader.load_quads(batch) {
                result = Err(StoreError::from(e));
                break;
            }
        }
        let produced = producer.join().unwrap_or_else(|_| {
            Err(StoreError::Corrupt {
                path: dir.to_owned(),
                message: "a parsing thread panicked".into(),
            })
        });
        result?;
        produced?;
        loader.commit()?;
        Ok(())
    })
}

fn load_quads(into: &Oxigraph, quads: Vec<Quad>) -> Result<(), StoreError> {
    let mut loader = into.bulk_loader().with_num_threads(1);
    loader.load_quads(quads)?;
    loader.commit()?;
    Ok(())
}

/// A mark on disk, held while a RocksDB write that is not one transaction
/// with its statistics runs; if the writer dies, the next writer finds it
/// and counts the statistics afresh.
struct StaleStatistics {
    dir: PathBuf,
}

impl StaleStatistics {
    const FILE: &'static str = "statistics-stale";

    fn mark(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(Self::FILE);
        atomic_file::write(&path, b"").map_err(|e| StoreError::io(&path, e))?;
        Ok(StaleStatistics {
            dir: dir.to_owned(),
        })
    }

    fn is_marked(dir: &Path) -> bool {
        dir.join(Self::FILE).exists()
    }

    fn clear(self) -> Result<(), StoreError> {
        let path = self.dir.join(Self::FILE);
        fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))
    }
}

/// Makes `quads` the whole content of their graph (they all name the same
/// one, and there is at least one) in the in-memory store.
fn replace_in_memory(inner: &Oxigraph, quads: Vec<Quad>) -> Result<(), StoreError> {
    if let Some(first) = quads.first() {
        clear_graph(inner, first.graph_name.as_ref())?;
    }
    load_quads(inner, quads)
}

/// Makes `quads` the whole content of their graph (they all name the same
/// one, and there is at least one) in one transaction.
fn replace_in_transaction(inner: &Oxigraph, quads: &[Quad]) -> Result<(), StoreError> {
    let mut transaction = inner.start_transaction()?;
    if let Some(first) = quads.first() {
        transaction.clear_graph(first.graph_name.as_ref())?;
    }
    for quad in quads {
        transaction.insert(quad);
    }
    transaction.commit()?;
    Ok(())
}

fn clear_graph(inner: &Oxigraph, graph: GraphNameRef<'_>) -> Result<(), StoreError> {
    match graph {
        GraphNameRef::NamedNode(n) => inner.remove_named_graph(n)?,
        GraphNameRef::BlankNode(b) => inner.remove_named_graph(b)?,
        GraphNameRef::DefaultGraph => inner.clear_graph(graph)?,
    }
    Ok(())
}

/// A graph file written and synced under a temporary name, or a graph to
/// delete.
struct Staged {
    temporary: Option<PathBuf>,
    target: PathBuf,
}

/// Writes a graph's file under a temporary name; `sync` flushes it to disk
/// now (otherwise the caller syncs the whole batch at once).
fn stage_graph_file_with(
    dir: &Path,
    name: &GraphName,
    quads: &[&Quad],
    sync: bool,
) -> Result<Staged, StoreError> {
    let file_name = graph_file_name(name);
    let target = dir.join(&file_name);
    if quads.is_empty() {
        return Ok(Staged {
            temporary: None,
            target,
        });
    }
    let temporary = dir.join(format!(".{file_name}.tmp"));
    let io = |e| StoreError::io(&temporary, e);
    let mut bytes = Vec::new();
    write_statements(quads, 0..quads.len(), Syntax::NQuads, &mut bytes);
    let mut file = File::create(&temporary).map_err(io)?;
    file.write_all(&bytes).map_err(io)?;
    if sync {
        file.sync_all().map_err(io)?;
    }
    Ok(Staged {
        temporary: Some(temporary),
        target,
    })
}

/// Writes the files of these graphs (what each graph holds, complete) as
/// temporary files beside their targets, on all cores. With many files, one
/// filesystem sync afterwards replaces a sync per file (see
/// [`commit_graph_files`]).
fn stage_graph_files(
    dir: &Path,
    files: &[(&GraphName, Vec<&Quad>)],
) -> Result<Vec<Staged>, StoreError> {
    let sync_each = !batch_sync(files.len());
    files
        .par_iter()
        .map(|(name, quads)| stage_graph_file_with(dir, name, quads, sync_each))
        .collect()
}

/// Writes the whole content of these graphs as their files, durably.
fn write_graph_files(dir: &Path, graphs: &[(GraphName, Vec<Quad>)]) -> Result<(), StoreError> {
    let files: Vec<(&GraphName, Vec<&Quad>)> = graphs
        .iter()
        .map(|(name, quads)| (name, quads.iter().collect()))
        .collect();
    let staged = stage_graph_files(dir, &files)?;
    commit_graph_files(dir, staged, files.len())
}

/// Whether `count` files are synced with one `syncfs` rather than one by one.
fn batch_sync(count: usize) -> bool {
    count > 8 && cfg!(target_os = "linux")
}

/// Makes staged graph files durable and renames them into place.
fn commit_graph_files(dir: &Path, staged: Vec<Staged>, count: usize) -> Result<(), StoreError> {
    if batch_sync(count) {
        sync_filesystem(dir)?;
    }
    commit_staged(dir, staged)
}

/// Renames staged files over their targets (or deletes targets of emptied
/// graphs), then syncs the directory so the renames survive a crash.
fn commit_staged(dir: &Path, staged: Vec<Staged>) -> Result<(), StoreError> {
    if staged.is_empty() {
        return Ok(());
    }
    for file in staged {
        match file.temporary {
            Some(temporary) => {
                fs::rename(&temporary, &file.target).map_err(|e| StoreError::io(&file.target, e))?
            }
            None => match fs::remove_file(&file.target) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::io(&file.target, e)),
            },
        }
    }
    sync_dir(dir)
}

/// Flushes every written file of the filesystem holding `dir` (Linux
/// `syncfs`): the files staged for one commit reach the disk before any is
/// renamed into place.
#[cfg(target_os = "linux")]
fn sync_filesystem(dir: &Path) -> Result<(), StoreError> {
    use std::os::fd::AsRawFd;
    let handle = File::open(dir).map_err(|e| StoreError::io(dir, e))?;
    // SAFETY: `syncfs` only reads the descriptor, which `handle` keeps open.
    if unsafe { libc::syncfs(handle.as_raw_fd()) } != 0 {
        return Err(StoreError::io(dir, io::Error::last_os_error()));
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn sync_filesystem(_dir: &Path) -> Result<(), StoreError> {
    unreachable!("batch syncing is only chosen on Linux")
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    atomic_file::sync_dir(dir).map_err(|e| StoreError::io(dir, e))
}

/// Writes a whole file atomically (see [`crate::atomic_file`]).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    atomic_file::write(path, bytes).map_err(|e| StoreError::io(path, e))
}

/// Per-graph size and order-independent content hash, to find the graphs a
/// SPARQL update changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fingerprint {
    name: GraphName,
    count: usize,
    sum: u64,
}

fn fingerprints(inner: &Oxigraph) -> Result<HashMap<String, Fingerprint>, StoreError> {
    let mut map: HashMap<String, Fingerprint> = HashMap::new();
    for quad in inner.iter() {
        let quad = quad?;
        let mut hasher = std::hash::DefaultHasher::new();
        quad.hash(&mut hasher);
        let entry = map
            .entry(quad.graph_name.to_string())
            .or_insert_with(|| Fingerprint {
                name: quad.graph_name.clone(),
                count: 0,
                sum: 0,
            });
        entry.count += 1;
        entry.sum = entry.sum.wrapping_add(hasher.finish());
    }
    Ok(map)
}

/// The named graphs whose document node has this `dcterms:source`.
pub fn graphs_from_source(store: &Store, source: &str) -> Result<Vec<NamedNode>, StoreError> {
    let source = oxigraph::model::Literal::new_simple_literal(source);
    let predicate = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/source");
    let mut graphs = BTreeSet::new();
    for quad in
        store
            .inner
            .quads_for_pattern(None, Some(predicate), Some(source.as_ref().into()), None)
    {
        let quad = quad?;
        if let GraphName::NamedNode(g) = quad.graph_name {
            if quad.subject == NamedOrBlankNode::from(g.clone()) {
                graphs.insert(g.into_string());
            }
        }
    }
    Ok(graphs.into_iter().map(NamedNode::new_unchecked).collect())
}

/// Parses a whole RDF document into quads, on all cores for large N-Triples
/// and N-Quads (the formats that split at line ends). When a part fails, the
/// document is parsed again in one piece so the error carries its true line
/// and column.
///
/// Parts are parsed apart, so `parser` must keep blank node labels as
/// written (no `rename_blank_nodes`): a label shared by two parts then stays
/// one node. To keep a document's blank nodes apart from other documents',
/// call [`rename_blank_nodes`] on the result.
///
/// ```
/// use kgraph::store::parse_quads;
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "<http://example.com/s> <http://example.com/p> \"o\" .\n";
/// let quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// assert_eq!(quads.len(), 1);
/// ```
pub fn parse_quads(
    parser: RdfParser,
    bytes: &[u8],
) -> Result<Vec<Quad>, oxigraph::io::RdfSyntaxError> {
    const PARALLEL_FROM: usize = 1 << 20;
    let splittable = matches!(parser.format(), RdfFormat::NTriples | RdfFormat::NQuads);
    let threads = rayon::current_num_threads();
    if splittable && threads > 1 && bytes.len() >= PARALLEL_FROM {
        let parts = parser
            .clone()
            .split_slice_for_parallel_parsing(bytes, threads);
        let parsed: Result<Vec<Vec<Quad>>, _> = parts
            .into_par_iter()
            .map(|part| part.collect::<Result<Vec<_>, _>>())
            .collect();
        if let Ok(parsed) = parsed {
            return Ok(parsed.into_iter().flatten().collect());
        }
    }
    parser.for_slice(bytes).collect()
}

/// Gives every blank node of `quads` a new random label, the same for every
/// use of one label, so blank nodes of different documents never merge.
///
/// ```
/// use kgraph::store::{parse_quads, rename_blank_nodes};
/// use oxigraph::io::{RdfFormat, RdfParser};
///
/// let data = "_:a <http://example.com/p> _:a .\n";
/// let mut quads = parse_quads(RdfParser::from_format(RdfFormat::NTriples), data.as_bytes()).unwrap();
/// rename_blank_nodes(&mut quads);
/// assert_ne!(quads[0].subject.to_string(), "_:a");
/// assert_eq!(quads[0].subject.to_string(), quads[0].object.to_string());
/// ```
pub fn rename_blank_nodes(quads: &mut [Quad]) {
    let mut renamed: HashMap<BlankNode, BlankNode> = HashMap::new();
    let mut rename = |node: &mut BlankNode| {
        *node = renamed.entry(node.clone()).or_default().clone();
    };
    for quad in quads {
        if let NamedOrBlankNode::BlankNode(b) = &mut quad.subject {
            rename(b);
        }
        if let Term::BlankNode(b) = &mut quad.object {
            rename(b);
        }
        if let GraphName::BlankNode(b) = &mut quad.graph_name {
            rename(b);
        }
    }
}
