//! Store stage: a directory that keeps the knowledge graph durable.
//!
//! A store is a directory with a `FORMAT` file naming its layout version and
//! backend, a `lock` file that writers hold, and the data (see [`layout`]):
//!
//! * **files** backend (default, pure Rust): `graphs/` holds one immutable
//!   N-Quads file per named graph (one per source document, one for
//!   imported data, two for the ontology: its schema and its gazetteer, see
//!   [`ontology`]), named by the SHA-256 of its content, and `manifest`,
//!   the commit record, lists every graph with its file's length and
//!   SHA-256 and its document's source path. Every write (build, load,
//!   update, remove), whatever the number of graphs it touches, writes its
//!   new files, syncs them, then replaces the manifest atomically: a crash
//!   at any instant leaves the previous state or the next one, and readers
//!   see one or the other, never a mix (details in `files.rs`). On open,
//!   every listed file is verified against its checksum and parsed into an
//!   in-memory Oxigraph store that answers queries.
//! * **rocksdb** backend (cargo feature `rocksdb`): an Oxigraph RocksDB
//!   database in `rocksdb/`, written in transactions.
//!
//! **Why a manifest and not an embedded database.** An embedded database
//! such as `redb` would give atomic commits and checksummed pages, but it
//! takes an exclusive lock on its file for as long as it is open, so a
//! second process could not read the store while `kg build` writes it, and
//! `kg serve` must do exactly that (it reloads when [`change_stamp`]
//! moves). Immutable files named by their hash plus one checksummed
//! manifest swapped by rename give the same guarantees to any number of
//! concurrent readers, with nothing but the filesystem.
//!
//! Writers take an exclusive lock on `lock` (failing at once, or waiting
//! with [`Access::Write`]`{ wait: true }`); readers take no lock. Damage
//! (a missing, truncated or altered graph file, a damaged manifest) is
//! detected on open and by [`check`]; [`repair`] drops what cannot be
//! verified so the rest opens. Stores of layout version 1 (no manifest)
//! are read as they are and upgraded by the next writer.
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
use std::fs::{self, File};
use std::hash::{Hash, Hasher};
use std::io;
use std::path::{Path, PathBuf};

use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef,
};
use oxigraph::store::{StorageError, Store as Oxigraph};
use rustc_hash::FxHashSet;

mod backend;
mod check;
mod files;
mod input;
pub mod layout;
pub mod ontology;
mod rocks;
pub mod statistics;

pub use check::{check, repair, CheckReport, Problem, RepairReport};
pub use files::unlisted_file_name as graph_file_name;
pub use input::{file_graph, parse_quads, rename_blank_nodes, LoadError, RdfLoad};
pub use layout::{change_stamp, ChangeStamp, FORMAT_VERSION};

use backend::GraphBackend;
#[cfg(all(test, not(feature = "rocksdb")))]
use files::Manifest;

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
    /// The extraction lexicon's word lists of that ontology; loaded and
    /// queried only when asked for, with the gazetteer.
    pub const WORDS: &str = "https://w3id.org/kgraph/graph/words";
    /// Distinct entities per class (VoID), kept up to date by every write;
    /// see [`statistics`](super::statistics).
    pub const STATISTICS: &str = "https://w3id.org/kgraph/graph/statistics";
}

/// Whether a graph holds data (entities, facts, imported triples), as
/// opposed to the stored ontology (schema, gazetteer or word lists) or the
/// derived statistics.
pub fn is_data_graph(graph: GraphNameRef<'_>) -> bool {
    match graph {
        GraphNameRef::NamedNode(n) => ![
            graph_names::STATISTICS,
            graph_names::ONTOLOGY,
            graph_names::GAZETTEER,
            graph_names::WORDS,
        ]
        .contains(&n.as_str()),
        _ => true,
    }
}

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
    #[error("{}: this store uses the RocksDB backend, which this build was compiled without (cargo feature `rocksdb`)", path.display())]
    NeedsRocksDb { path: PathBuf },
    #[error("{}: another process is writing to this store; try again when it is done, or wait for it", path.display())]
    Locked { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: corrupt graph file: {message}", path.display())]
    Corrupt { path: PathBuf, message: String },
    #[error("{}: corrupt graph file: {source}", path.display())]
    Unparsable {
        path: PathBuf,
        source: oxigraph::io::RdfSyntaxError,
    },
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
    pub(crate) fn name(self) -> &'static str {
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
/// By default the gazetteer graph ([`graph_names::GAZETTEER`]) and the word
/// lists ([`graph_names::WORDS`]) are left out: queries, exports and
/// pictures see the articles' graphs, imported data, the ontology's schema
/// and the statistics, and only the gazetteer individuals an article
/// mentions (their labels, classes and `sameAs` links are in the article's
/// graph). With the files backend a reader does not even load their
/// files; a writer always loads every graph
/// (it rewrites what it holds), and on RocksDB everything is in one
/// database, so there [`Store::default_graphs`] names the graphs to query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct View {
    /// Show the whole gazetteer and the word lists too (`--with-gazetteer`).
    pub with_gazetteer: bool,
}

impl View {
    /// Options that show (`true`) or leave out the gazetteer graph.
    pub fn with_gazetteer(with_gazetteer: bool) -> Self {
        View { with_gazetteer }
    }
}

/// The new content of a graph ([`Store::replace_graph_contents`]).
pub enum GraphContent<'a> {
    Quads(Vec<Quad>),
    /// Hands the graph's quads to its argument one at a time; called once
    /// when the store writes without holding (see [`Store::hold_written`]).
    Stream(QuadSource<'a>),
}

/// A function handing a graph's quads to its argument one at a time.
pub type QuadSource<'a> = Box<dyn Fn(&mut dyn FnMut(&Quad)) + Sync + 'a>;

impl GraphContent<'_> {
    fn each(&self, sink: &mut dyn FnMut(&Quad)) {
        match self {
            GraphContent::Quads(quads) => quads.iter().for_each(sink),
            GraphContent::Stream(stream) => stream(sink),
        }
    }

    fn into_quads(self) -> Vec<Quad> {
        match self {
            GraphContent::Quads(quads) => quads,
            GraphContent::Stream(stream) => {
                let mut quads = Vec::new();
                stream(&mut |quad| quads.push(quad.clone()));
                quads
            }
        }
    }
}

/// One named graph with its size.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GraphInfo {
    pub name: GraphName,
    pub triples: usize,
}

/// A kg store: an Oxigraph store kept durable in a directory.
pub struct Store {
    dir: PathBuf,
    /// What queries read; the backend keeps it durable.
    inner: Oxigraph,
    backend: Box<dyn GraphBackend>,
    options: View,
    /// Held for the life of a writer; the OS releases it if we die.
    _lock: Option<File>,
    /// Files backend: whether graphs written are also put in `inner`
    /// ([`Store::hold_written`]).
    hold_written: bool,
    /// Graphs written without being put in `inner`, by their name as
    /// N-Quads writes it, with their number of statements.
    not_held: BTreeMap<String, usize>,
}

impl Drop for Store {
    fn drop(&mut self) {
        self.backend.close(&self.inner);
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("backend", &self.backend.kind())
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
        let lock = match access {
            Access::Read => None,
            Access::Write { wait } => {
                // What is not a store is refused before anything is written
                // in it; a new store is created only under the lock, so two
                // writers never create (or one never cleans up under) the
                // other's half-made store.
                if layout::read_format(&dir)?.is_none() {
                    fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
                }
                Some(layout::take_lock(&dir, wait)?)
            }
        };
        // Read under the lock for a writer: another writer may have created
        // or upgraded the store while this one waited.
        let format = match layout::read_format(&dir)? {
            Some(format) => format,
            None if lock.is_some() => layout::create_layout(&dir)?,
            None => return Err(StoreError::Missing { path: dir }),
        };
        let backend = format.backend;
        let skip_gazetteer = lock.is_none() && !options.with_gazetteer;
        let writing = lock.is_some();
        let (inner, backend): (Oxigraph, Box<dyn GraphBackend>) = match backend {
            Backend::Files => {
                // A reader that does not show the gazetteer need not parse
                // its file; a writer rewrites what it holds, so holds all.
                let hidden = ontology::hidden_graphs();
                let skipped: &[GraphName] = if skip_gazetteer { &hidden } else { &[] };
                let (inner, files) = files::open(&dir, format.version, writing, skipped)?;
                (inner, Box::new(files))
            }
            #[cfg(feature = "rocksdb")]
            Backend::RocksDb => {
                let (inner, rocks) = rocks::open(&dir, writing)?;
                (inner, Box::new(rocks))
            }
            #[cfg(not(feature = "rocksdb"))]
            Backend::RocksDb => return Err(StoreError::NeedsRocksDb { path: dir }),
        };
        let mut store = Store {
            dir,
            inner,
            backend,
            options,
            _lock: lock,
            hold_written: true,
            not_held: BTreeMap::new(),
        };
        store.move_misplaced_individuals(skip_gazetteer)?;
        Ok(store)
    }

    /// A store written by an older kg keeps the gazetteer's individuals
    /// (before layout 2) or the word lists (before layout 3) in the schema
    /// graph: moves them to their own graphs, on disk too when writing (the
    /// RocksDB backend can only move them when writing; its readers show
    /// them until then).
    fn move_misplaced_individuals(&mut self, hidden_skipped: bool) -> Result<(), StoreError> {
        let writing = self._lock.is_some();
        if !writing && !self.backend.holds_private_copy() {
            return Ok(());
        }
        let moves = [
            (
                ontology::gazetteer_graph_name(),
                ontology::misplaced_individuals(&self.inner)?,
            ),
            (
                GraphName::from(ontology::words_graph()),
                ontology::misplaced_words(&self.inner)?,
            ),
        ];
        if moves.iter().all(|(_, misplaced)| misplaced.is_empty()) {
            return Ok(());
        }
        if writing {
            let schema_graph = GraphName::from(ontology::schema_graph());
            let moved: FxHashSet<&Quad> = moves.iter().flat_map(|(_, m)| m.iter()).collect();
            let schema: Vec<Quad> = self
                .graph_quads(schema_graph.as_ref())?
                .into_iter()
                .filter(|q| !moved.contains(q))
                .collect();
            let mut graphs = vec![(schema_graph, schema)];
            for (graph, misplaced) in &moves {
                if !misplaced.is_empty() {
                    let mut quads = self.graph_quads(graph.as_ref())?;
                    quads.extend(misplaced.iter().cloned());
                    graphs.push((graph.clone(), quads));
                }
            }
            return self.replace_graphs(graphs);
        }
        // A reader: in memory only, and only where it is shown.
        let mut transaction = self.inner.start_transaction()?;
        for (graph, misplaced) in &moves {
            for quad in misplaced {
                transaction.remove(quad);
                if !hidden_skipped {
                    transaction.insert(QuadRef::new(
                        &quad.subject,
                        &quad.predicate,
                        &quad.object,
                        graph,
                    ));
                }
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
    /// (the usual case), otherwise every graph but the gazetteer and the
    /// word lists, which are in the store and not to be shown (a writer's
    /// or a RocksDB store). Naming the graphs makes Oxigraph look up each
    /// one for every pattern, so queries over many graphs are slower than
    /// over the union.
    pub fn default_graphs(&self) -> Result<Option<Vec<GraphName>>, StoreError> {
        let hidden = ontology::hidden_graphs();
        let mut held = false;
        for graph in &hidden {
            if let GraphName::NamedNode(n) = graph {
                held |= self.contains_graph(n.as_ref())?;
            }
        }
        if self.options.with_gazetteer || !held {
            return Ok(None);
        }
        let mut graphs = vec![GraphName::DefaultGraph];
        for graph in self.inner.named_graphs() {
            match graph? {
                NamedOrBlankNode::NamedNode(n) if hidden.contains(&GraphName::from(n.clone())) => {}
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
        self.backend.kind()
    }

    /// The Oxigraph store holding the data, for queries. Write through
    /// [`Store`]'s own methods so that changes are persisted.
    pub fn oxigraph(&self) -> &Oxigraph {
        &self.inner
    }

    /// Whether a named graph has any triple.
    pub fn contains_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        if self.not_held.contains_key(&graph.to_string()) {
            return Ok(true);
        }
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

    /// Whether the graphs this store writes are also kept in its in-memory
    /// copy, the one [`Store::oxigraph`] queries (files backend; the
    /// default is yes). A writer that does not query what it wrote (a
    /// one-off `build`) says no: a graph given as a stream
    /// ([`GraphContent::Stream`]) then goes to its file without ever being
    /// held whole. Queries on this `Store` do not see graphs written so;
    /// [`Store::contains_graph`], [`graphs_from_source`] and
    /// [`Store::statements_not_held`] do.
    pub fn hold_written(&mut self, hold: bool) {
        self.hold_written = hold;
    }

    /// Whether written graphs are kept in memory (see [`Store::hold_written`]).
    pub fn holds_written(&self) -> bool {
        self.hold_written || !self.backend.writes_streams()
    }

    /// The statements of data graphs written without being kept in memory
    /// (see [`Store::hold_written`]), which [`Store::oxigraph`] does not count.
    pub fn statements_not_held(&self) -> usize {
        self.not_held.values().sum()
    }

    /// [`Store::replace_graphs`] for graphs given as quads or as streams of
    /// quads. When written graphs are not held in memory (see
    /// [`Store::hold_written`]), every graph goes straight to its file,
    /// streams made as they are written; otherwise streams are collected
    /// first.
    pub fn replace_graph_contents(
        &mut self,
        graphs: Vec<(GraphName, GraphContent<'_>)>,
    ) -> Result<(), StoreError> {
        if self.holds_written() {
            let graphs = graphs
                .into_iter()
                .map(|(name, content)| (name, content.into_quads()))
                .collect();
            return self.replace_graphs(graphs);
        }
        let statistics_graph = statistics::graph_name();
        // Derived from the others, never written directly.
        let graphs: Vec<(GraphName, GraphContent<'_>)> = graphs
            .into_iter()
            .filter(|(name, _)| *name != statistics_graph)
            .collect();
        // Each graph's quads in that graph, whatever graph they name.
        let streams: Vec<QuadSource<'_>> = graphs
            .iter()
            .map(|(name, content)| {
                let stream: QuadSource<'_> = Box::new(move |sink: &mut dyn FnMut(&Quad)| {
                    content.each(&mut |quad: &Quad| {
                        if quad.graph_name == *name {
                            sink(quad);
                        } else {
                            sink(&Quad::new(
                                quad.subject.clone(),
                                quad.predicate.clone(),
                                quad.object.clone(),
                                name.clone(),
                            ));
                        }
                    })
                });
                stream
            })
            .collect();
        let files: Vec<(&GraphName, backend::QuadStream<'_>)> = graphs
            .iter()
            .zip(&streams)
            .map(|(graph, stream)| (&graph.0, &**stream as backend::QuadStream<'_>))
            .collect();
        // What the statistics need of the new quads, and their number.
        let typings: Vec<std::sync::Mutex<(Vec<Quad>, usize)>> =
            graphs.iter().map(|_| Default::default()).collect();
        let seen = |k: usize, quad: &Quad| {
            if let Ok(mut seen) = typings[k].lock() {
                seen.1 += 1;
                if quad.predicate.as_ref() == oxigraph::model::vocab::rdf::TYPE {
                    seen.0.push(quad.clone());
                }
            }
        };
        self.backend.write_streamed(&files, &seen)?;
        drop(files);
        let typings: Vec<(Vec<Quad>, usize)> = typings
            .into_iter()
            .map(|seen| seen.into_inner().unwrap_or_default())
            .collect();
        // The statistics live in memory only: worked out from the copy as
        // it was before the write, then the copy drops the old graphs.
        let write = statistics::Write {
            replaced: graphs.iter().map(|(name, _)| name.as_ref()).collect(),
            added: typings.iter().flat_map(|(quads, _)| quads).collect(),
        };
        let statistics = statistics::after_write(&self.inner, &write)?;
        for ((name, _), (_, count)) in graphs.iter().zip(&typings) {
            files::clear_graph(&self.inner, name.as_ref())?;
            self.not_held.remove(&name.to_string());
            if *count > 0 && is_data_graph(name.as_ref()) {
                self.not_held.insert(name.to_string(), *count);
            }
        }
        if let Some(statistics) = statistics {
            files::replace_in_memory(&self.inner, statistics)?;
        }
        Ok(())
    }

    /// Replaces several graphs at once; with the files backend each graph is
    /// written atomically and all are synced before any becomes visible.
    pub fn replace_graphs(
        &mut self,
        graphs: Vec<(GraphName, Vec<Quad>)>,
    ) -> Result<(), StoreError> {
        for (name, _) in &graphs {
            self.not_held.remove(&name.to_string());
        }
        let statistics_graph = statistics::graph_name();
        let graphs: Vec<(GraphName, Vec<Quad>)> = graphs
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
        drop(write);
        self.backend.replace_graphs(&self.inner, graphs, statistics)
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
        drop(write);
        let mut by_graph: HashMap<&GraphName, Vec<usize>> = HashMap::new();
        for (k, quad) in quads.iter().enumerate() {
            by_graph.entry(&quad.graph_name).or_default().push(k);
        }
        let mut touched: Vec<(GraphName, Vec<usize>)> = by_graph
            .into_iter()
            .map(|(name, indexes)| (name.clone(), indexes))
            .collect();
        touched.sort_by_cached_key(|(name, _)| name.to_string());
        self.backend
            .add_quads(&self.inner, quads, &touched, statistics)?;
        Ok(touched.into_iter().map(|(name, _)| name).collect())
    }

    /// Runs a SPARQL update and persists every graph it changed, with no
    /// bound on the changes (see [`Store::update_with`]).
    pub fn update(
        &mut self,
        update: oxigraph::sparql::PreparedSparqlUpdate,
    ) -> Result<UpdateSummary, UpdateError> {
        self.update_with(update, UpdateLimits::default())
    }

    /// Runs a SPARQL update as one commit: it runs in a transaction, its
    /// changes are counted against `limits`, and only then are the changed
    /// graphs written (one manifest commit) and the transaction committed.
    /// An update that fails, is cancelled or goes past a limit changes
    /// nothing, on disk or in memory.
    pub fn update_with(
        &mut self,
        update: oxigraph::sparql::PreparedSparqlUpdate,
        limits: UpdateLimits,
    ) -> Result<UpdateSummary, UpdateError> {
        let statistics_graph = statistics::graph_name().to_string();
        let before = fingerprints(self.inner.iter())?;
        let mut transaction = self.inner.start_transaction().map_err(StoreError::from)?;
        update
            .on_transaction(&mut transaction)
            .execute()
            .map_err(UpdateError::Evaluation)?;
        let after = fingerprints(transaction.iter())?;
        let mut changed_graphs = Vec::new();
        let mut changed_quads = 0;
        for key in before
            .keys()
            .chain(after.keys().filter(|k| !before.contains_key(*k)))
        {
            // Kept up to date by the store, counted afresh below.
            if *key == statistics_graph {
                continue;
            }
            let (old, new) = (before.get(key), after.get(key));
            let difference = symmetric_difference(
                old.map_or(&[][..], |f| &f.hashes),
                new.map_or(&[][..], |f| &f.hashes),
            );
            if difference > 0 {
                changed_quads += difference;
                changed_graphs.push(old.or(new).map(|f| f.name.clone()).unwrap_or_default());
            }
        }
        if changed_quads > limits.max_changed_quads {
            return Err(UpdateError::TooManyChanges {
                changed: changed_quads,
                limit: limits.max_changed_quads,
            });
        }
        let documents = |prints: &HashMap<String, Fingerprint>| {
            prints
                .values()
                .filter(|f| is_data_graph(f.name.as_ref()))
                .count()
        };
        let (documents_before, documents_after) = (documents(&before), documents(&after));
        if !limits.allow_emptying && documents_before > 0 && documents_after == 0 {
            return Err(UpdateError::WouldEmpty {
                graphs: documents_before,
            });
        }
        self.backend
            .commit_update(&self.inner, transaction, &changed_graphs)?;
        Ok(UpdateSummary {
            changed_quads,
            changed_graphs: changed_graphs.len(),
        })
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

/// Errors of [`Store::update`]. The store is unchanged after each of them.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UpdateError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("update failed: {0}")]
    Evaluation(#[source] oxigraph::sparql::UpdateEvaluationError),
    #[error("the update would change {changed} statements, more than the limit of {limit}; nothing was changed")]
    TooManyChanges { changed: usize, limit: usize },
    #[error(
        "the update would remove every data graph of the store ({graphs}); nothing was changed"
    )]
    WouldEmpty { graphs: usize },
}

/// Bounds on what one [`Store::update_with`] may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateLimits {
    /// Most statements added plus removed.
    pub max_changed_quads: usize,
    /// Whether the update may remove every data graph (documents, imported
    /// data) of a store that has some (`DROP ALL`, `CLEAR ALL`).
    pub allow_emptying: bool,
}

impl Default for UpdateLimits {
    /// No bound on the changes; emptying allowed.
    fn default() -> Self {
        UpdateLimits {
            max_changed_quads: usize::MAX,
            allow_emptying: true,
        }
    }
}

impl UpdateLimits {
    /// At most `max_changed_quads` statements added plus removed; emptying
    /// the store of its documents only if `allow_emptying`.
    pub fn new(max_changed_quads: usize, allow_emptying: bool) -> Self {
        UpdateLimits {
            max_changed_quads,
            allow_emptying,
        }
    }
}

/// What a [`Store::update`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct UpdateSummary {
    /// Statements added plus statements removed.
    pub changed_quads: usize,
    pub changed_graphs: usize,
}

/// A graph's statements as sorted hashes, to find the graphs a SPARQL
/// update changed and count its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fingerprint {
    name: GraphName,
    hashes: Vec<u64>,
}

fn fingerprints(
    quads: impl Iterator<Item = Result<Quad, StorageError>>,
) -> Result<HashMap<String, Fingerprint>, StoreError> {
    let mut map: HashMap<String, Fingerprint> = HashMap::new();
    for quad in quads {
        let quad = quad?;
        let mut hasher = std::hash::DefaultHasher::new();
        quad.hash(&mut hasher);
        map.entry(quad.graph_name.to_string())
            .or_insert_with(|| Fingerprint {
                name: quad.graph_name.clone(),
                hashes: Vec::new(),
            })
            .hashes
            .push(hasher.finish());
    }
    for fingerprint in map.values_mut() {
        fingerprint.hashes.sort_unstable();
    }
    Ok(map)
}

/// How many elements of two sorted lists are in one only.
fn symmetric_difference(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut only) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                only += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                only += 1;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    only + (a.len() - i) + (b.len() - j)
}

/// The graph files the manifest of the store in `dir` lists, sorted.
#[cfg(all(test, not(feature = "rocksdb")))]
pub(crate) fn listed_graph_files(dir: &Path) -> Vec<String> {
    Manifest::read(dir)
        .unwrap()
        .file_names()
        .into_iter()
        .collect()
}

/// The named graphs whose document node has this `dcterms:source`.
pub fn graphs_from_source(store: &Store, source: &str) -> Result<Vec<NamedNode>, StoreError> {
    let source = oxigraph::model::Literal::new_simple_literal(source);
    let predicate = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/source");
    let mut graphs = BTreeSet::new();
    // Graphs written without a copy in memory: their source is in the manifest.
    for (name, graph) in store.backend.listed_from_source(source.value()) {
        if let (true, GraphName::NamedNode(g)) = (store.not_held.contains_key(name), graph) {
            graphs.insert(g.as_str().to_owned());
        }
    }
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
