//! The files backend: immutable graph files named by their content hash,
//! and a checksummed manifest that is the store's single commit record.
//!
//! * `graphs/<sha256>.nq` holds one graph in N-Quads. A file is never
//!   changed once written: a new content of a graph is a new file.
//! * `manifest` lists, per graph, the SHA-256 and length of its file and
//!   the document's source path, and ends with the SHA-256 of everything
//!   above that line. A write creates its new graph files (synced), then
//!   replaces the manifest atomically (temporary file, sync, rename, sync
//!   of the directory): that rename is the one commit point of the write,
//!   however many graphs it touches, so a kill at any instant leaves the
//!   previous manifest or the next one.
//! * A reader reads the manifest once (its snapshot) and then the files it
//!   lists, each checked against its length and checksum. After its commit
//!   a writer deletes the files neither the new nor the previous manifest
//!   lists, so a reader still loading the previous snapshot finds its
//!   files; one that meets a missing file anyway (two commits went by)
//!   reads the manifest again, a bounded number of times.
//!
//! Stores of layout version 1 have no manifest (every `graphs/*.nq` file,
//! named by a hash of its graph's name, is a graph). They are read as they
//! are and upgraded by the next writer ([`upgrade_unlisted`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    BlankNode, GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term,
};
use oxigraph::store::{StorageError, Store as Oxigraph, Transaction};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::backend::{GraphBackend, QuadStream, Touched};
use super::layout::{self, GRAPHS_DIR, MANIFEST_FILE};
use super::{statistics, Backend, StoreError};
use crate::atomic_file;
use crate::rdf::syntax::{write_statements, Syntax};

/// Quads handed from the parsing threads to the loader at a time.
const LOAD_BATCH: usize = 1 << 16;
/// Bytes of N-Quads written to a graph file at a time.
const WRITE_PIECE: usize = 1 << 20;
/// Times a reader reads the manifest again when a file it lists vanished
/// under it (deleted by writers that committed twice meanwhile).
pub(super) const SNAPSHOT_ATTEMPTS: usize = 8;
const MANIFEST_HEADER: &str = "kgraph manifest 1";
const DCTERMS_SOURCE: &str = "http://purl.org/dc/terms/source";

/// One graph of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    pub graph: GraphName,
    /// Lowercase hex SHA-256 of the file's bytes; also its name.
    pub digest: String,
    pub length: u64,
    /// The `dcterms:source` of the graph's document, when it has one.
    pub source: Option<String>,
}

impl Entry {
    pub fn file_name(&self) -> String {
        format!("{}.nq", self.digest)
    }

    /// The graph and its source, for messages.
    pub fn describe(&self) -> String {
        match &self.source {
            Some(source) => format!("graph {} (source {source})", self.graph),
            None => format!("graph {}", self.graph),
        }
    }
}

/// The commit record: every graph of the store and its file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Manifest {
    /// By the graph's name as N-Quads writes it (`DEFAULT` for the default
    /// graph), so the order, and the bytes, are deterministic.
    pub entries: BTreeMap<String, Entry>,
}

/// Why a manifest could not be used.
#[derive(Debug)]
pub(super) enum ManifestFault {
    Missing,
    Damaged(String),
}

impl Manifest {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(MANIFEST_FILE)
    }

    /// Reads and verifies the manifest of the store in `dir`.
    pub fn read(dir: &Path) -> Result<Manifest, StoreError> {
        let path = Self::path(dir);
        match Self::try_read(dir)? {
            Ok(manifest) => Ok(manifest),
            Err(ManifestFault::Missing) => Err(StoreError::Corrupt {
                path,
                message: "the manifest is missing, so no graph can be verified".into(),
            }),
            Err(ManifestFault::Damaged(message)) => Err(StoreError::Corrupt { path, message }),
        }
    }

    /// Reads the manifest, telling a missing or damaged one apart from an
    /// error of the disk.
    pub fn try_read(dir: &Path) -> Result<Result<Manifest, ManifestFault>, StoreError> {
        let path = Self::path(dir);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Err(ManifestFault::Missing))
            }
            Err(e) => return Err(StoreError::io(&path, e)),
        };
        Ok(Self::parse(&bytes).map_err(ManifestFault::Damaged))
    }

    fn parse(bytes: &[u8]) -> Result<Manifest, String> {
        let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8".to_owned())?;
        let body_end = text
            .trim_end_matches('\n')
            .rfind('\n')
            .map(|k| k + 1)
            .ok_or("no end line: the file is cut short")?;
        let (body, last) = text.split_at(body_end);
        let mut end = last.trim_end_matches('\n').split(' ');
        let (Some("end"), Some(count), Some(checksum), None) =
            (end.next(), end.next(), end.next(), end.next())
        else {
            return Err("no end line: the file is cut short".into());
        };
        if hex_sha256(body.as_bytes()) != checksum {
            return Err("its checksum does not match its content".into());
        }
        let mut lines = body.lines().enumerate();
        if lines.next().map(|(_, l)| l) != Some(MANIFEST_HEADER) {
            return Err(format!("the first line is not {MANIFEST_HEADER:?}"));
        }
        let mut entries = BTreeMap::new();
        for (k, line) in lines {
            let entry = parse_entry(line).ok_or_else(|| format!("line {}: unreadable", k + 1))?;
            entries.insert(entry.graph.to_string(), entry);
        }
        if count.parse::<usize>().ok() != Some(entries.len()) {
            return Err(format!(
                "the end line counts {count} graphs, the manifest lists {}",
                entries.len()
            ));
        }
        Ok(Manifest { entries })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut text = format!("{MANIFEST_HEADER}\n");
        for entry in self.entries.values() {
            text.push_str(&format!(
                "{}\t{}\t{}",
                entry.digest, entry.length, entry.graph
            ));
            if let Some(source) = &entry.source {
                text.push('\t');
                text.push_str(&escape_field(source));
            }
            text.push('\n');
        }
        let checksum = hex_sha256(text.as_bytes());
        text.push_str(&format!("end {} {checksum}\n", self.entries.len()));
        text.into_bytes()
    }

    /// Replaces the manifest atomically: the commit point of a write.
    pub fn write(&self, dir: &Path) -> Result<(), StoreError> {
        let path = Self::path(dir);
        atomic_file::write(&path, &self.to_bytes()).map_err(|e| StoreError::io(&path, e))
    }

    /// The graph files this manifest lists.
    pub fn file_names(&self) -> BTreeSet<String> {
        self.entries.values().map(Entry::file_name).collect()
    }

    pub fn set(&mut self, graph: &GraphName, entry: Option<Entry>) {
        match entry {
            Some(entry) => self.entries.insert(graph.to_string(), entry),
            None => self.entries.remove(&graph.to_string()),
        };
    }
}

fn parse_entry(line: &str) -> Option<Entry> {
    let mut fields = line.split('\t');
    let digest = fields.next()?;
    let length = fields.next()?.parse().ok()?;
    let graph = parse_graph_name(fields.next()?)?;
    let source = fields.next().map(unescape_field);
    if fields.next().is_some()
        || digest.len() != 64
        || !digest.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    Some(Entry {
        graph,
        digest: digest.to_owned(),
        length,
        source,
    })
}

fn parse_graph_name(text: &str) -> Option<GraphName> {
    if text == "DEFAULT" {
        Some(GraphName::DefaultGraph)
    } else if let Some(iri) = text.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
        NamedNode::new(iri).ok().map(GraphName::from)
    } else {
        BlankNode::new(text.strip_prefix("_:")?)
            .ok()
            .map(GraphName::from)
    }
}

/// Sources are paths: they may hold any character but the field and line
/// separators, which are percent-encoded (and `%` itself).
fn escape_field(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' | '\t' | '\n' | '\r' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn unescape_field(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(k) = rest.find('%') {
        out.push_str(&rest[..k]);
        let code = rest
            .get(k + 1..k + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match code {
            Some(byte) => {
                out.push(char::from(byte));
                rest = &rest[k + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[k + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub(super) fn hex_sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The `dcterms:source` of the document node of `graph` (the node named
/// like the graph), if its quads say one.
pub(super) fn source_of<'a>(
    graph: &GraphName,
    quads: impl IntoIterator<Item = &'a Quad>,
) -> Option<String> {
    let GraphName::NamedNode(node) = graph else {
        return None;
    };
    quads
        .into_iter()
        .find_map(|q| match (&q.subject, &q.object) {
            (NamedOrBlankNode::NamedNode(s), Term::Literal(value))
                if s == node && q.predicate.as_str() == DCTERMS_SOURCE =>
            {
                Some(value.value().to_owned())
            }
            _ => None,
        })
}

/// Writes one graph's file (unless the previous manifest lists the same
/// content already) and returns its manifest entry; `None` for an empty
/// graph, which the manifest leaves out. `sync` flushes it now (otherwise
/// the caller syncs the whole batch at once).
fn write_graph_file(
    graphs_dir: &Path,
    graph: &GraphName,
    quads: &[&Quad],
    listed: &BTreeSet<String>,
    sync: bool,
) -> Result<Option<Entry>, StoreError> {
    let mut file = GraphFile::new(graphs_dir, graph);
    for quad in quads {
        file.add(quad);
    }
    file.finish(listed, sync)
}

/// A graph file being written: its statements serialised, hashed and
/// written a bounded piece at a time, so the file of a long document's
/// graph (hundreds of megabytes) is never in memory whole. The temporary
/// file is made with the first piece: an empty graph makes none.
struct GraphFile<'g> {
    graphs_dir: &'g Path,
    graph: &'g GraphName,
    temporary: Option<tempfile::NamedTempFile>,
    hasher: Sha256,
    length: u64,
    piece: Vec<u8>,
    source: Option<String>,
    /// The first failure; later statements are dropped.
    error: Option<StoreError>,
}

impl<'g> GraphFile<'g> {
    fn new(graphs_dir: &'g Path, graph: &'g GraphName) -> Self {
        GraphFile {
            graphs_dir,
            graph,
            temporary: None,
            hasher: Sha256::new(),
            length: 0,
            piece: Vec::new(),
            source: None,
            error: None,
        }
    }

    fn add(&mut self, quad: &Quad) {
        if self.source.is_none() {
            self.source = source_of(self.graph, std::iter::once(quad));
        }
        write_statements(
            std::slice::from_ref(quad),
            0..1,
            Syntax::NQuads,
            &mut self.piece,
        );
        if self.piece.len() >= WRITE_PIECE {
            self.write_piece();
        }
    }

    fn write_piece(&mut self) {
        if self.piece.is_empty() || self.error.is_some() {
            return;
        }
        if self.temporary.is_none() {
            match atomic_file::temporary_in(self.graphs_dir) {
                Ok(temporary) => self.temporary = Some(temporary),
                Err(e) => {
                    self.error = Some(StoreError::io(self.graphs_dir, e));
                    return;
                }
            }
        }
        if let Some(temporary) = &self.temporary {
            if let Err(e) = temporary.as_file().write_all(&self.piece) {
                self.error = Some(StoreError::io(temporary.path(), e));
                return;
            }
        }
        self.hasher.update(&self.piece);
        self.length += self.piece.len() as u64;
        self.piece.clear();
    }

    fn finish(
        mut self,
        listed: &BTreeSet<String>,
        sync: bool,
    ) -> Result<Option<Entry>, StoreError> {
        self.write_piece();
        if let Some(error) = self.error {
            return Err(error);
        }
        let Some(temporary) = self.temporary else {
            return Ok(None);
        };
        let entry = Entry {
            graph: self.graph.clone(),
            digest: hex::encode(self.hasher.finalize()),
            length: self.length,
            source: self.source,
        };
        let name = entry.file_name();
        // A listed file was verified when the store was opened; any other
        // file of that name is a leftover nobody vouches for, so it is
        // written anew.
        if listed.contains(&name) {
            return Ok(Some(entry));
        }
        if sync {
            temporary
                .as_file()
                .sync_all()
                .map_err(|e| StoreError::io(temporary.path(), e))?;
        }
        let target = self.graphs_dir.join(&name);
        atomic_file::persist(temporary, &target).map_err(|e| StoreError::io(&target, e))?;
        Ok(Some(entry))
    }
}

/// Whether `count` files are synced with one `syncfs` rather than one by one.
fn batch_sync(count: usize) -> bool {
    count > 8 && cfg!(target_os = "linux")
}

/// Commits a write: the files of these graphs (each with its whole new
/// content; an empty one is removed), written on all cores and made
/// durable, then the new manifest. Returns the manifest now in force.
/// Files neither it nor `base` lists are deleted afterwards.
pub(super) fn commit(
    dir: &Path,
    base: &Manifest,
    graphs: &[(&GraphName, Vec<&Quad>)],
) -> Result<Manifest, StoreError> {
    let names: Vec<&GraphName> = graphs.iter().map(|(graph, _)| *graph).collect();
    commit_with(dir, base, &names, |k, graphs_dir, listed, sync| {
        write_graph_file(graphs_dir, graphs[k].0, &graphs[k].1, listed, sync)
    })
}

/// [`commit`] for graphs whose quads are made as they are written (a long
/// document's): each stream is run once, on all cores, and `seen` is shown
/// every quad of graph `k` on the way.
pub(super) fn commit_streamed(
    dir: &Path,
    base: &Manifest,
    graphs: &[(&GraphName, QuadStream<'_>)],
    seen: &(dyn Fn(usize, &Quad) + Sync),
) -> Result<Manifest, StoreError> {
    let names: Vec<&GraphName> = graphs.iter().map(|(graph, _)| *graph).collect();
    commit_with(dir, base, &names, |k, graphs_dir, listed, sync| {
        let mut file = GraphFile::new(graphs_dir, graphs[k].0);
        (graphs[k].1)(&mut |quad| {
            seen(k, quad);
            file.add(quad);
        });
        file.finish(listed, sync)
    })
}

fn commit_with(
    dir: &Path,
    base: &Manifest,
    graphs: &[&GraphName],
    write: impl Fn(usize, &Path, &BTreeSet<String>, bool) -> Result<Option<Entry>, StoreError> + Sync,
) -> Result<Manifest, StoreError> {
    if graphs.is_empty() {
        return Ok(base.clone());
    }
    let graphs_dir = dir.join(GRAPHS_DIR);
    let listed = base.file_names();
    let sync_each = !batch_sync(graphs.len());
    let entries: Vec<Option<Entry>> = (0..graphs.len())
        .into_par_iter()
        .map(|k| write(k, &graphs_dir, &listed, sync_each))
        .collect::<Result<_, _>>()?;
    if !sync_each {
        sync_filesystem(&graphs_dir)?;
    }
    // The new files' names must be on disk before a manifest names them.
    atomic_file::sync_dir(&graphs_dir).map_err(|e| StoreError::io(&graphs_dir, e))?;
    let mut manifest = base.clone();
    for (graph, entry) in graphs.iter().zip(entries) {
        manifest.set(graph, entry);
    }
    if manifest != *base {
        manifest.write(dir)?;
    }
    remove_unlisted(&graphs_dir, &[base, &manifest]);
    Ok(manifest)
}

/// Deletes the graph files none of `manifests` lists (replaced contents,
/// files of a write that never committed, first-layout files). Best
/// effort: a file left here is garbage the next writer deletes.
fn remove_unlisted(graphs_dir: &Path, manifests: &[&Manifest]) {
    let kept: BTreeSet<String> = manifests.iter().flat_map(|m| m.file_names()).collect();
    let Ok(paths) = layout::list_dir(graphs_dir) else {
        return;
    };
    for path in paths {
        let name = layout::file_name(&path);
        if name.ends_with(".nq") && !layout::is_temporary(&name) && !kept.contains(&name) {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Flushes every written file of the filesystem holding `dir` (Linux
/// `syncfs`): the files of one commit reach the disk before the manifest
/// names them.
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

/// Why a graph file could not be loaded.
#[derive(Debug)]
pub(super) enum FileFault {
    /// Not there (deleted by a writer after the manifest was read, or lost).
    Missing(PathBuf),
    Store(StoreError),
}

impl From<StoreError> for FileFault {
    fn from(e: StoreError) -> Self {
        FileFault::Store(e)
    }
}

/// Reads a listed graph file and verifies it against its entry.
pub(super) fn read_verified(graphs_dir: &Path, entry: &Entry) -> Result<Vec<u8>, FileFault> {
    let path = graphs_dir.join(entry.file_name());
    let mut bytes = Vec::new();
    match File::open(&path).and_then(|mut f| f.read_to_end(&mut bytes)) {
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(FileFault::Missing(path)),
        Err(e) => return Err(StoreError::io(&path, e).into()),
    }
    let damaged = |what: String| {
        FileFault::Store(StoreError::Corrupt {
            path: path.clone(),
            message: format!("{}: {what}", entry.describe()),
        })
    };
    if bytes.len() as u64 != entry.length {
        return Err(damaged(format!(
            "{} bytes, the manifest says {}",
            bytes.len(),
            entry.length
        )));
    }
    if hex_sha256(&bytes) != entry.digest {
        return Err(damaged("its content does not match its checksum".into()));
    }
    Ok(bytes)
}

/// Parses graph-file bytes; `trusted` (checksum verified, written by us)
/// parses leniently, faster.
pub(super) fn parse_graph_bytes(
    path: &Path,
    bytes: &[u8],
    trusted: bool,
) -> Result<Vec<Quad>, StoreError> {
    let mut parser = RdfParser::from_format(RdfFormat::NQuads);
    if trusted {
        parser = parser.lenient();
    }
    parser
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| StoreError::Unparsable {
            path: path.to_owned(),
            source,
        })
}

/// Loads one snapshot: reads the manifest, then every file it lists (but
/// the graphs `skipped`), verified, into a new in-memory store. When a file
/// vanished because writers committed meanwhile, starts again from the new
/// manifest, at most [`SNAPSHOT_ATTEMPTS`] times.
pub(super) fn load_snapshot(
    dir: &Path,
    skipped: &[GraphName],
) -> Result<(Oxigraph, Manifest), StoreError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let manifest = Manifest::read(dir)?;
        let inner = Oxigraph::new()?;
        let entries: Vec<&Entry> = manifest
            .entries
            .values()
            .filter(|e| !skipped.contains(&e.graph))
            .collect();
        let graphs_dir = dir.join(GRAPHS_DIR);
        let loaded = load_parallel(&inner, &entries, |entry| {
            let bytes = read_verified(&graphs_dir, entry)?;
            let path = graphs_dir.join(entry.file_name());
            Ok(parse_graph_bytes(&path, &bytes, true)?)
        });
        match loaded {
            Ok(()) => return Ok((inner, manifest)),
            Err(FileFault::Store(e)) => return Err(e),
            Err(FileFault::Missing(path)) => {
                // Gone because the manifest moved on: read the new one.
                let moved_on = Manifest::read(dir)? != manifest;
                if !moved_on || attempt >= SNAPSHOT_ATTEMPTS {
                    let message = if moved_on {
                        format!(
                            "the store changed {attempt} times while it was being read; try again"
                        )
                    } else {
                        "a graph file the manifest lists is missing".into()
                    };
                    let entry = manifest
                        .entries
                        .values()
                        .find(|e| graphs_dir.join(e.file_name()) == path);
                    return Err(StoreError::Corrupt {
                        path: path.clone(),
                        message: match entry {
                            Some(entry) if !moved_on => format!("{}: {message}", entry.describe()),
                            _ => message,
                        },
                    });
                }
            }
        }
    }
}

/// Parses items on all cores (`parse` gives each one's quads) while this
/// thread inserts them into `into`.
pub(super) fn load_parallel<T: Sync>(
    into: &Oxigraph,
    items: &[T],
    parse: impl Fn(&T) -> Result<Vec<Quad>, FileFault> + Sync,
) -> Result<(), FileFault> {
    if items.is_empty() {
        return Ok(());
    }
    let (sender, receiver) = mpsc::sync_channel::<Vec<Quad>>(4);
    std::thread::scope(|scope| {
        let producer = scope.spawn(|| {
            items.par_iter().try_for_each_with(sender, |sender, item| {
                let quads = parse(item)?;
                for chunk in quads.chunks(LOAD_BATCH) {
                    // The receiver only hangs up on error; stop quietly then.
                    if sender.send(chunk.to_vec()).is_err() {
                        break;
                    }
                }
                Ok::<(), FileFault>(())
            })
        });
        let mut loader = into.bulk_loader().with_num_threads(1);
        let mut result = Ok(());
        for batch in receiver {
            if let Err(e) = loader.load_quads(batch) {
                result = Err(FileFault::Store(StoreError::from(e)));
                break;
            }
        }
        let produced = producer.join().unwrap_or_else(|_| {
            Err(FileFault::Store(StoreError::Corrupt {
                path: PathBuf::from(GRAPHS_DIR),
                message: "a parsing thread panicked".into(),
            }))
        });
        result?;
        produced?;
        loader.commit().map_err(|e| FileFault::Store(e.into()))?;
        Ok(())
    })
}

/// The file name of a graph in the first layout (version 1): a hash of its
/// name, so any IRI maps to a safe, fixed-length name.
pub fn unlisted_file_name(graph: &GraphName) -> String {
    match graph {
        GraphName::DefaultGraph => "default.nq".to_owned(),
        other => {
            let digest = Sha256::digest(other.to_string().as_bytes());
            format!("{}.nq", hex::encode(&digest[..16]))
        }
    }
}

/// Whether a file name is a graph file of the first layout.
fn is_unlisted_name(name: &str) -> bool {
    name == "default.nq"
        || name
            .strip_suffix(".nq")
            .is_some_and(|stem| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The graph files of a first-layout store.
pub(super) fn unlisted_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    Ok(layout::list_dir(&dir.join(GRAPHS_DIR))?
        .into_iter()
        .filter(|p| is_unlisted_name(&layout::file_name(p)))
        .collect())
}

fn read_file(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        // Removed by a concurrent writer after we listed the directory.
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Loads a first-layout store (every graph file, but those of the graphs
/// `skipped`).
pub(super) fn load_unlisted(dir: &Path, skipped: &[GraphName]) -> Result<Oxigraph, StoreError> {
    let inner = Oxigraph::new()?;
    let skipped: Vec<String> = skipped.iter().map(unlisted_file_name).collect();
    let files: Vec<PathBuf> = unlisted_files(dir)?
        .into_iter()
        .filter(|p| !skipped.contains(&layout::file_name(p)))
        .collect();
    load_parallel(&inner, &files, |path| {
        Ok(match read_file(path)? {
            Some(bytes) => parse_graph_bytes(path, &bytes, true)?,
            None => Vec::new(),
        })
    })
    .map_err(|fault| match fault {
        FileFault::Store(e) => e,
        FileFault::Missing(path) => StoreError::io(&path, io::ErrorKind::NotFound.into()),
    })?;
    Ok(inner)
}

/// A first-layout file that could not be carried over (repair only).
#[derive(Debug)]
pub(super) struct Dropped {
    pub path: PathBuf,
    pub message: String,
}

/// Upgrades a first-layout store (the caller holds the writer lock): every
/// graph goes into a content-named file, then the manifest is written, then
/// `FORMAT` says version 2 (the commit point of the upgrade), then the old
/// files go. A kill before `FORMAT` leaves a first-layout store that the
/// next writer upgrades again. With `tolerant`, a file that does not parse,
/// and quads a file holds for another graph, are dropped and reported
/// instead of failing.
pub(super) fn upgrade_unlisted(dir: &Path, tolerant: bool) -> Result<Vec<Dropped>, StoreError> {
    let mut dropped = Vec::new();
    let mut graphs: BTreeMap<String, (GraphName, Vec<Quad>)> = BTreeMap::new();
    let files = unlisted_files(dir)?;
    for path in &files {
        let Some(bytes) = read_file(path)? else {
            continue;
        };
        let quads = match parse_graph_bytes(path, &bytes, !tolerant) {
            Ok(quads) => quads,
            Err(e) if tolerant => {
                dropped.push(Dropped {
                    path: path.clone(),
                    message: e.to_string(),
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        let name = layout::file_name(path);
        let mut strays = 0;
        for quad in quads {
            if tolerant && unlisted_file_name(&quad.graph_name) != name {
                strays += 1;
                continue;
            }
            graphs
                .entry(quad.graph_name.to_string())
                .or_insert_with(|| (quad.graph_name.clone(), Vec::new()))
                .1
                .push(quad);
        }
        if strays > 0 {
            dropped.push(Dropped {
                path: path.clone(),
                message: format!("{strays} statement(s) of other graphs"),
            });
        }
    }
    let writes: Vec<(&GraphName, Vec<&Quad>)> = graphs
        .values()
        .map(|(name, quads)| (name, quads.iter().collect()))
        .collect();
    let graphs_dir = dir.join(GRAPHS_DIR);
    fs::create_dir_all(&graphs_dir).map_err(|e| StoreError::io(&graphs_dir, e))?;
    // Not `commit`: it would delete the first-layout files before FORMAT
    // says they are no longer the store.
    let sync_each = !batch_sync(writes.len());
    let mut manifest = Manifest::default();
    for (graph, quads) in &writes {
        let entry = write_graph_file(&graphs_dir, graph, quads, &BTreeSet::new(), sync_each)?;
        manifest.set(graph, entry);
    }
    if !sync_each {
        sync_filesystem(&graphs_dir)?;
    }
    atomic_file::sync_dir(&graphs_dir).map_err(|e| StoreError::io(&graphs_dir, e))?;
    manifest.write(dir)?;
    layout::write_format(
        dir,
        layout::Format {
            version: layout::FORMAT_VERSION,
            backend: Backend::Files,
        },
    )?;
    for path in files {
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&path, e)),
        }
    }
    Ok(dropped)
}

/// The files backend as [`Store`](super::Store) uses it: the commit it
/// shows (a reader's snapshot, a writer's latest commit), on which the
/// next write builds.
pub(super) struct FilesBackend {
    dir: PathBuf,
    manifest: Manifest,
    /// The manifest's graphs by the source of their document, so finding
    /// a document's earlier graphs does not walk every entry (a build asks
    /// once per document).
    by_source: BTreeMap<String, Vec<String>>,
}

impl FilesBackend {
    fn new(dir: PathBuf, manifest: Manifest) -> Self {
        let mut backend = FilesBackend {
            dir,
            manifest: Manifest::default(),
            by_source: BTreeMap::new(),
        };
        backend.set_manifest(manifest);
        backend
    }

    /// Makes `manifest` the committed one and indexes it by source.
    fn set_manifest(&mut self, manifest: Manifest) {
        self.by_source.clear();
        for (name, entry) in &manifest.entries {
            if let Some(source) = &entry.source {
                self.by_source
                    .entry(source.clone())
                    .or_default()
                    .push(name.clone());
            }
        }
        self.manifest = manifest;
    }
}

/// Opens the files store in `dir` (layout `version`) into a new in-memory
/// Oxigraph store, leaving out the graphs `skipped`. A writer (holding the
/// lock) first removes what a killed writer left and upgrades a
/// first-layout store.
pub(super) fn open(
    dir: &Path,
    mut version: u32,
    writing: bool,
    skipped: &[GraphName],
) -> Result<(Oxigraph, FilesBackend), StoreError> {
    if writing {
        let graphs = dir.join(GRAPHS_DIR);
        // Absent if a crash cut the creation short.
        fs::create_dir_all(&graphs).map_err(|e| StoreError::io(&graphs, e))?;
        // Left by a killed writer; we hold the lock, so no writer is using
        // them.
        layout::remove_temporary_files(&graphs)?;
        layout::remove_temporary_files(dir)?;
        if version == layout::FORMAT_VERSION_UNLISTED {
            upgrade_unlisted(dir, false)?;
            version = layout::FORMAT_VERSION;
        }
    }
    let (inner, manifest) = if version == layout::FORMAT_VERSION_UNLISTED {
        (load_unlisted(dir, skipped)?, Manifest::default())
    } else {
        load_snapshot(dir, skipped)?
    };
    // Derived data, so counted here rather than kept on disk where a crash
    // could leave it out of step.
    if let Some(statistics) = statistics::recount(&inner)? {
        replace_in_memory(&inner, statistics)?;
    }
    Ok((inner, FilesBackend::new(dir.to_owned(), manifest)))
}

impl GraphBackend for FilesBackend {
    fn kind(&self) -> Backend {
        Backend::Files
    }

    fn holds_private_copy(&self) -> bool {
        true
    }

    fn replace_graphs(
        &mut self,
        inner: &Oxigraph,
        graphs: Vec<(GraphName, Vec<Quad>)>,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError> {
        // Disk first: if we die here, the memory copy is gone anyway.
        let files: Vec<(&GraphName, Vec<&Quad>)> = graphs
            .iter()
            .map(|(name, quads)| (name, quads.iter().collect()))
            .collect();
        let manifest = commit(&self.dir, &self.manifest, &files)?;
        self.set_manifest(manifest);
        drop(files);
        for (name, quads) in graphs {
            clear_graph(inner, name.as_ref())?;
            load_quads(inner, quads)?;
        }
        if let Some(statistics) = statistics {
            replace_in_memory(inner, statistics)?;
        }
        Ok(())
    }

    fn add_quads(
        &mut self,
        inner: &Oxigraph,
        quads: Vec<Quad>,
        touched: &Touched,
        statistics: Option<Vec<Quad>>,
    ) -> Result<(), StoreError> {
        // Only the touched graphs are rewritten: what they held, plus the
        // new quads. Files are written and committed (on all cores) while
        // this thread inserts into memory: the files are the store, memory
        // only a view of them rebuilt at open.
        let existing: Vec<Vec<Quad>> = touched
            .iter()
            .map(|(name, _)| graph_quads(inner, name))
            .collect::<Result<_, _>>()?;
        let files: Vec<(&GraphName, Vec<&Quad>)> = touched
            .iter()
            .zip(&existing)
            .map(|((name, added), old)| {
                let all = old.iter().chain(added.iter().map(|&k| &quads[k])).collect();
                (name, all)
            })
            .collect();
        let (dir, base) = (&self.dir, &self.manifest);
        // The memory copy changes in a transaction committed only once the
        // files are: a failed write leaves both as before.
        let (committed, inserted) = rayon::join(
            || commit(dir, base, &files),
            || {
                // By reference: the files need the quads too, and cloning
                // every term would cost as much as inserting.
                let mut transaction = inner.start_transaction()?;
                for quad in &quads {
                    transaction.insert(quad);
                }
                Ok::<_, StorageError>(transaction)
            },
        );
        let manifest = committed?;
        inserted?.commit()?;
        drop(files);
        self.set_manifest(manifest);
        if let Some(statistics) = statistics {
            replace_in_memory(inner, statistics)?;
        }
        Ok(())
    }

    fn writes_streams(&self) -> bool {
        true
    }

    fn write_streamed(
        &mut self,
        graphs: &[(&GraphName, QuadStream<'_>)],
        seen: &(dyn Fn(usize, &Quad) + Sync),
    ) -> Result<(), StoreError> {
        let manifest = commit_streamed(&self.dir, &self.manifest, graphs, seen)?;
        self.set_manifest(manifest);
        Ok(())
    }

    fn listed_from_source(&self, source: &str) -> Vec<(&str, &GraphName)> {
        let names = self.by_source.get(source).map_or(&[][..], Vec::as_slice);
        names
            .iter()
            .filter_map(|name| Some((name.as_str(), &self.manifest.entries.get(name)?.graph)))
            .collect()
    }

    fn commit_update(
        &mut self,
        inner: &Oxigraph,
        transaction: Transaction<'_>,
        changed: &[GraphName],
    ) -> Result<(), StoreError> {
        let mut rewrites = Vec::with_capacity(changed.len());
        for name in changed {
            let quads = transaction
                .quads_for_pattern(None, None, None, Some(name.as_ref()))
                .collect::<Result<Vec<_>, _>>()?;
            rewrites.push((name, quads));
        }
        let files: Vec<(&GraphName, Vec<&Quad>)> = rewrites
            .iter()
            .map(|(name, quads)| (*name, quads.iter().collect()))
            .collect();
        // Disk first: the memory copy changes only once it is done.
        let manifest = commit(&self.dir, &self.manifest, &files)?;
        self.set_manifest(manifest);
        transaction.commit()?;
        if let Some(statistics) = statistics::recount(inner)? {
            replace_in_memory(inner, statistics)?;
        }
        Ok(())
    }
}

/// Every quad of one graph of the in-memory store.
fn graph_quads(inner: &Oxigraph, graph: &GraphName) -> Result<Vec<Quad>, StoreError> {
    Ok(inner
        .quads_for_pattern(None, None, None, Some(graph.as_ref()))
        .collect::<Result<Vec<_>, _>>()?)
}

fn load_quads(into: &Oxigraph, quads: Vec<Quad>) -> Result<(), StoreError> {
    let mut loader = into.bulk_loader().with_num_threads(1);
    loader.load_quads(quads)?;
    loader.commit()?;
    Ok(())
}

/// Makes `quads` the whole content of their graph (they all name the same
/// one, and there is at least one) in the in-memory store.
pub(super) fn replace_in_memory(inner: &Oxigraph, quads: Vec<Quad>) -> Result<(), StoreError> {
    if let Some(first) = quads.first() {
        clear_graph(inner, first.graph_name.as_ref())?;
    }
    load_quads(inner, quads)
}

pub(super) fn clear_graph(inner: &Oxigraph, graph: GraphNameRef<'_>) -> Result<(), StoreError> {
    match graph {
        GraphNameRef::NamedNode(n) => inner.remove_named_graph(n)?,
        GraphNameRef::BlankNode(b) => inner.remove_named_graph(b)?,
        GraphNameRef::DefaultGraph => inner.clear_graph(graph)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! Crash recovery: each test leaves the store as a writer killed at one
    //! point of a commit would, then opens it.
    use super::*;
    use crate::store::{Access, Store};
    use oxigraph::model::Literal;

    #[test]
    fn an_unparsable_graph_file_keeps_the_parser_error() {
        let path = Path::new("graphs/0001.nq");
        let err = parse_graph_bytes(path, b"<a> <b> .\n", false).unwrap_err();
        assert!(matches!(&err, StoreError::Unparsable { path: p, .. } if p == path));
        let source = std::error::Error::source(&err).expect("the parser's error is kept");
        assert!(source.is::<oxigraph::io::RdfSyntaxError>());
    }

    fn graph(name: &str) -> GraphName {
        NamedNode::new(format!("https://e.org/{name}"))
            .unwrap()
            .into()
    }

    fn quads(graph_name: &GraphName, values: &[&str]) -> Vec<Quad> {
        values
            .iter()
            .map(|v| {
                Quad::new(
                    NamedNode::new("https://e.org/s").unwrap(),
                    NamedNode::new("https://e.org/p").unwrap(),
                    Literal::from(*v),
                    graph_name.clone(),
                )
            })
            .collect()
    }

    fn values(store: &Store, graph_name: &GraphName) -> Vec<String> {
        let mut values: Vec<String> = store
            .graph_quads(graph_name.as_ref())
            .unwrap()
            .into_iter()
            .map(|q| q.object.to_string())
            .collect();
        values.sort();
        values
    }

    fn write(dir: &Path, changes: Vec<(GraphName, Vec<Quad>)>) {
        let mut store = Store::open(dir, Access::Write { wait: false }).unwrap();
        store.replace_graphs(changes).unwrap();
    }

    #[test]
    fn the_manifest_reads_back_and_detects_any_change() {
        let mut manifest = Manifest::default();
        for (k, source) in [Some("p/a\tb\n%c.txt"), None].into_iter().enumerate() {
            let name = graph(&format!("g{k}"));
            manifest.set(
                &name,
                Some(Entry {
                    graph: name.clone(),
                    digest: "ab".repeat(32),
                    length: 7,
                    source: source.map(str::to_owned),
                }),
            );
        }
        let bytes = manifest.to_bytes();
        assert_eq!(Manifest::parse(&bytes).unwrap(), manifest);
        for k in 0..bytes.len() - 1 {
            let mut damaged = bytes.clone();
            damaged[k] ^= 1;
            assert!(
                Manifest::parse(&damaged).is_err(),
                "byte {k} changed unnoticed"
            );
        }
        let cut = bytes.iter().rposition(|&b| b == b'\n').unwrap();
        assert!(Manifest::parse(&bytes[..cut - 10]).is_err());
    }

    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn a_writer_killed_before_its_manifest_leaves_the_previous_state() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (graph("a"), graph("b"));
        write(
            dir.path(),
            vec![
                (a.clone(), quads(&a, &["1"])),
                (b.clone(), quads(&b, &["1"])),
            ],
        );
        // Killed after writing the new files (and a temporary file), before
        // the manifest: what that commit would have made is on disk.
        let graphs_dir = dir.path().join(GRAPHS_DIR);
        let new_a = quads(&a, &["2"]);
        let refs: Vec<&Quad> = new_a.iter().collect();
        let orphan = write_graph_file(&graphs_dir, &a, &refs, &BTreeSet::new(), true)
            .unwrap()
            .unwrap();
        std::fs::write(graphs_dir.join(".kg-killed.tmp"), "half").unwrap();

        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"1\""]);
        assert_eq!(values(&reader, &b), ["\"1\""]);
        let report = crate::store::check(dir.path()).unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.leftovers, 2);

        // The next writer starts from the previous state and cleans up.
        write(dir.path(), vec![(b.clone(), quads(&b, &["3"]))]);
        assert!(!graphs_dir.join(".kg-killed.tmp").exists());
        assert!(!graphs_dir.join(orphan.file_name()).exists());
        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"1\""]);
        assert_eq!(values(&reader, &b), ["\"3\""]);
    }

    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn repair_after_a_killed_writer_drops_nothing_and_removes_its_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let a = graph("a");
        write(dir.path(), vec![(a.clone(), quads(&a, &["1", "2"]))]);
        // Killed while writing a graph file and the manifest's temporary
        // copy: neither was renamed into place.
        let graphs_dir = dir.path().join(GRAPHS_DIR);
        let stray_graph = graphs_dir.join(format!(".{}.nq.tmp", "0".repeat(64)));
        std::fs::write(&stray_graph, "<https://e.org/s> <https://e.org/p").unwrap();
        let stray_manifest = dir.path().join(".manifest.tmp");
        std::fs::write(&stray_manifest, "kgraph manifest 1\nhalf").unwrap();

        let repaired = crate::store::repair(dir.path(), false).unwrap();
        assert!(repaired.dropped.is_empty(), "{:?}", repaired.dropped);
        assert!(!repaired.rebuilt_manifest);
        assert!(repaired.after.problems.is_empty());
        assert!(!stray_graph.exists());
        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"1\"", "\"2\""]);
    }

    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn the_previous_state_stays_readable_for_one_commit() {
        let dir = tempfile::tempdir().unwrap();
        let a = graph("a");
        write(dir.path(), vec![(a.clone(), quads(&a, &["1"]))]);
        let first = Manifest::read(dir.path()).unwrap();
        write(dir.path(), vec![(a.clone(), quads(&a, &["2"]))]);
        // A reader that read the first manifest can still load its files.
        let graphs_dir = dir.path().join(GRAPHS_DIR);
        for entry in first.entries.values() {
            read_verified(&graphs_dir, entry).unwrap();
        }
        write(dir.path(), vec![(a.clone(), quads(&a, &["3"]))]);
        for entry in first.entries.values() {
            assert!(matches!(
                read_verified(&graphs_dir, entry),
                Err(FileFault::Missing(_))
            ));
        }
        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"3\""]);
    }

    #[test]
    fn an_upgrade_killed_before_its_format_file_is_done_again() {
        let dir = tempfile::tempdir().unwrap();
        let graphs_dir = dir.path().join(GRAPHS_DIR);
        std::fs::create_dir_all(&graphs_dir).unwrap();
        std::fs::write(
            dir.path().join("FORMAT"),
            "kgraph store\nversion 1\nbackend files\n",
        )
        .unwrap();
        let a = graph("a");
        let mut bytes = Vec::new();
        let old = quads(&a, &["1", "2"]);
        write_statements(&old, 0..old.len(), Syntax::NQuads, &mut bytes);
        std::fs::write(graphs_dir.join(unlisted_file_name(&a)), &bytes).unwrap();
        // Killed after the new files and the manifest, before FORMAT: the
        // content-named copy is a duplicate a first-layout reader skips.
        let listed = write_graph_file(
            &graphs_dir,
            &a,
            &old.iter().collect::<Vec<_>>(),
            &BTreeSet::new(),
            true,
        )
        .unwrap()
        .unwrap();
        let mut manifest = Manifest::default();
        manifest.set(&a, Some(listed));
        manifest.write(dir.path()).unwrap();
        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"1\"", "\"2\""]);
        drop(reader);
        write(dir.path(), vec![(graph("b"), quads(&graph("b"), &["1"]))]);
        let reader = Store::open(dir.path(), Access::Read).unwrap();
        assert_eq!(values(&reader, &a), ["\"1\"", "\"2\""]);
        assert!(!graphs_dir.join(unlisted_file_name(&a)).exists());
        let format = std::fs::read_to_string(dir.path().join("FORMAT")).unwrap();
        assert!(format.contains("version 2"));
    }
}
