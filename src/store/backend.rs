//! What [`Store`](super::Store) asks of a backend, and nothing more.
//!
//! Both backends answer queries from one Oxigraph store that [`Store`]
//! owns: the files backend fills an in-memory one from its graph files at
//! open, the RocksDB backend opens its database. They differ in how a write
//! becomes durable, which is what [`GraphBackend`] covers: the store
//! computes what a write changes (the graphs, the class statistics after
//! it), the backend makes it durable and visible in its own order.
//!
//! [`Store`]: super::Store

use oxigraph::model::{GraphName, Quad};
use oxigraph::store::{StorageError, Store as Oxigraph, Transaction};

use super::{Backend, StoreError};

/// Hands a graph's quads to a sink one at a time, so a graph too large to
/// hold can be written as it is made.
pub(super) type QuadStream<'a> = &'a (dyn Fn(&mut dyn FnMut(&Quad)) + Sync);

/// The graphs a write touches, each with the indexes of its quads in the
/// write's list.
pub(super) type Touched = [(GraphName, Vec<usize>)];

/// The durable side of a store. `inner` is always the Oxigraph store the
/// backend was opened with.
pub(super) trait GraphBackend: Send + Sync {
    /// Which backend this is, for messages and statistics.
    fn kind(&self) -> Backend;

    /// Whether `inner` is this process's own copy of the data, which a
    /// reader may change in memory without writing anything (files), rather
    /// than a database that readers open read-only (RocksDB).
    fn holds_private_copy(&self) -> bool;

    /// Makes each graph's quads its whole content (an empty list removes
    /// the graph), and `statistics`, when given, the statistics graph's.
    fn replace_graphs(
        &mut self,
        inner: &Oxigraph,
        graphs: Vec<(GraphName, Vec<Quad>)>,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError>;

    /// Adds `quads` to the graphs they name (`touched` groups them by
    /// graph), and makes `statistics`, when given, the statistics graph's
    /// content.
    fn add_quads(
        &mut self,
        inner: &Oxigraph,
        quads: Vec<Quad>,
        touched: &Touched,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError>;

    /// Commits a SPARQL update's `transaction` on `inner`, whose changes
    /// are confined to the graphs `changed`, then counts the statistics
    /// afresh.
    fn commit_update(
        &mut self,
        inner: &Oxigraph,
        transaction: Transaction<'_>,
        changed: &[GraphName],
    ) -> Result<(), StoreError>;

    /// Whether [`GraphBackend::write_streamed`] can make graphs durable
    /// without their quads passing through `inner`.
    fn writes_streams(&self) -> bool {
        false
    }

    /// Makes each stream the whole content of its graph in durable storage
    /// only (`inner` is left as it is; the store drops the old graphs from
    /// it). `seen` is shown every quad of graph `k` on the way. Only called
    /// when [`GraphBackend::writes_streams`] says yes.
    fn write_streamed(
        &mut self,
        _graphs: &[(&GraphName, QuadStream<'_>)],
        _seen: &(dyn Fn(usize, &Quad) + Sync),
    ) -> Result<(), StoreError> {
        Err(StorageError::Other(
            "this store backend writes every graph through its database".into(),
        )
        .into())
    }

    /// The graphs durable storage lists as coming from the document
    /// `source` (graph name as N-Quads writes it, graph), for graphs that
    /// are not in `inner`. Empty for a backend that has no such list.
    fn listed_from_source(&self, _source: &str) -> Vec<(&str, &GraphName)> {
        Vec::new()
    }

    /// Called once when the store is dropped.
    fn close(&mut self, _inner: &Oxigraph) {}
}
