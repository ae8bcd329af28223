//! The RocksDB backend (cargo feature `rocksdb`): Oxigraph's database in
//! `rocksdb/`, written in transactions. Its bulk loads and SPARQL updates
//! are not one transaction with the class statistics, so a mark on disk
//! ([`StaleStatistics`]) tells the next writer to count them afresh when a
//! writer died between the two.

use std::fs;
use std::path::{Path, PathBuf};

use oxigraph::model::Quad;
use oxigraph::store::Store as Oxigraph;

use super::StoreError;
use crate::atomic_file;

#[cfg(feature = "rocksdb")]
pub(super) fn open(path: &Path, write: bool) -> Result<Oxigraph, StoreError> {
    Ok(if write {
        Oxigraph::open(path)?
    } else {
        Oxigraph::open_read_only(path)?
    })
}

#[cfg(not(feature = "rocksdb"))]
pub(super) fn open(path: &Path, _write: bool) -> Result<Oxigraph, StoreError> {
    Err(StoreError::NeedsRocksDb {
        path: path.parent().unwrap_or(path).to_owned(),
    })
}

/// A mark on disk, held while a RocksDB write that is not one transaction
/// with its statistics runs; if the writer dies, the next writer finds it
/// and counts the statistics afresh.
pub(super) struct StaleStatistics {
    dir: PathBuf,
}

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
pub(super) fn replace_in_transaction(inner: &Oxigraph, quads: &[Quad]) -> Result<(), StoreError> {
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
