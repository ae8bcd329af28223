//! The RocksDB backend (cargo feature `rocksdb`): Oxigraph's database in
//! `rocksdb/`, written in transactions. Its bulk loads and SPARQL updates
//! are not one transaction with the class statistics, so a mark on disk
//! ([`StaleStatistics`]) tells the next writer to count them afresh when a
//! writer died between the two.

use std::path::Path;

use oxigraph::store::Store as Oxigraph;

use super::StoreError;
#[cfg(feature = "rocksdb")]
use {
    super::backend::{GraphBackend, Touched},
    super::{statistics, Backend},
    crate::atomic_file,
    oxigraph::model::{GraphName, Quad},
    oxigraph::store::Transaction,
    std::fs,
    std::path::PathBuf,
};

/// Opens the database at `path` (the store's `rocksdb/`), read-only unless
/// `write`.
#[cfg(feature = "rocksdb")]
pub(super) fn open_database(path: &Path, write: bool) -> Result<Oxigraph, StoreError> {
    Ok(if write {
        Oxigraph::open(path)?
    } else {
        Oxigraph::open_read_only(path)?
    })
}

#[cfg(not(feature = "rocksdb"))]
pub(super) fn open_database(path: &Path, _write: bool) -> Result<Oxigraph, StoreError> {
    Err(StoreError::NeedsRocksDb {
        path: path.parent().unwrap_or(path).to_owned(),
    })
}

/// A mark on disk, held while a RocksDB write that is not one transaction
/// with its statistics runs; if the writer dies, the next writer finds it
/// and counts the statistics afresh.
#[cfg(feature = "rocksdb")]
struct StaleStatistics {
    dir: PathBuf,
}

#[cfg(feature = "rocksdb")]
impl StaleStatistics {
    const FILE: &'static str = "statistics-stale";

    pub fn mark(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(Self::FILE);
        atomic_file::write(&path, b"").map_err(|e| StoreError::io(&path, e))?;
        Ok(StaleStatistics {
            dir: dir.to_owned(),
        })
    }

    /// The mark a dead writer left (see [`StaleStatistics::is_marked`]).
    pub fn found(dir: &Path) -> Self {
        StaleStatistics {
            dir: dir.to_owned(),
        }
    }

    pub fn is_marked(dir: &Path) -> bool {
        dir.join(Self::FILE).exists()
    }

    pub fn clear(self) -> Result<(), StoreError> {
        let path = self.dir.join(Self::FILE);
        fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))
    }
}

/// Makes `quads` the whole content of their graph (they all name the same
/// one, and there is at least one) in one transaction.
#[cfg(feature = "rocksdb")]
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

/// The RocksDB backend as [`Store`](super::Store) uses it.
#[cfg(feature = "rocksdb")]
pub(super) struct RocksBackend {
    dir: PathBuf,
    writing: bool,
}

/// Opens the RocksDB store in `dir` (a writer, holding the lock, first
/// counts the statistics afresh if the last writer died before it did).
#[cfg(feature = "rocksdb")]
pub(super) fn open(dir: &Path, writing: bool) -> Result<(Oxigraph, RocksBackend), StoreError> {
    let inner = open_database(&dir.join(super::layout::ROCKSDB_DIR), writing)?;
    if writing && StaleStatistics::is_marked(dir) {
        // A writer died between its data and its statistics.
        if let Some(statistics) = statistics::recount(&inner)? {
            replace_in_transaction(&inner, &statistics)?;
        }
        StaleStatistics::found(dir).clear()?;
    }
    let backend = RocksBackend {
        dir: dir.to_owned(),
        writing,
    };
    Ok((inner, backend))
}

#[cfg(feature = "rocksdb")]
impl GraphBackend for RocksBackend {
    fn kind(&self) -> Backend {
        Backend::RocksDb
    }

    fn holds_private_copy(&self) -> bool {
        false
    }

    fn replace_graphs(
        &mut self,
        inner: &Oxigraph,
        mut graphs: Vec<(GraphName, Vec<Quad>)>,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError> {
        // In the same transaction as the data they count.
        graphs.extend(statistics.map(|quads| (statistics::graph_name(), quads)));
        let mut transaction = inner.start_transaction()?;
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
        Ok(())
    }

    fn add_quads(
        &mut self,
        inner: &Oxigraph,
        quads: Vec<Quad>,
        _touched: &Touched,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError> {
        // The bulk loader is not one transaction with the statistics.
        let stale = StaleStatistics::mark(&self.dir)?;
        let mut loader = inner.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        if let Some(statistics) = statistics {
            replace_in_transaction(inner, &statistics)?;
        }
        stale.clear()
    }

    fn commit_update(
        &mut self,
        inner: &Oxigraph,
        transaction: Transaction<'_>,
        _changed: &[GraphName],
    ) -> Result<(), StoreError> {
        let stale = StaleStatistics::mark(&self.dir)?;
        transaction.commit()?;
        if let Some(statistics) = statistics::recount(inner)? {
            replace_in_transaction(inner, &statistics)?;
        }
        stale.clear()
    }

    fn close(&mut self, inner: &Oxigraph) {
        // A writer flushes its memtables on the way out, so readers (opened
        // read-only) see the data in table files, not only in the log.
        if self.writing {
            let _ = inner.flush();
        }
    }
}
