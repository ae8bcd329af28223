//! The store directory: its `FORMAT` file (layout version and backend), the
//! writer `lock`, creation of a new store, leftover temporary files and the
//! change stamp long-running readers poll.
//!
//! ```text
//! kg.store/
//!   FORMAT      "kgraph store" / "version N" / "backend files|rocksdb"
//!   lock        held (OS file lock) by the one writer
//!   manifest    files backend, version 2: the commit record (see `files`)
//!   graphs/     files backend: one immutable N-Quads file per graph
//!   rocksdb/    rocksdb backend: Oxigraph's database
//! ```

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::{Backend, StoreError};
use crate::atomic_file;

/// The layout version this kg writes: 2 adds the manifest (files backend).
pub const FORMAT_VERSION: u32 = 2;
/// The first layout: every `graphs/*.nq` file is a graph, no manifest.
pub(super) const FORMAT_VERSION_UNLISTED: u32 = 1;
pub(super) const FORMAT_FILE: &str = "FORMAT";
pub(super) const LOCK_FILE: &str = "lock";
pub(super) const GRAPHS_DIR: &str = "graphs";
pub(super) const ROCKSDB_DIR: &str = "rocksdb";
pub(super) const MANIFEST_FILE: &str = "manifest";

/// What `FORMAT` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Format {
    pub version: u32,
    pub backend: Backend,
}

/// Reads `FORMAT`: `None` when the directory is missing, empty, or holds
/// only what an interrupted creation leaves.
pub(super) fn read_format(dir: &Path) -> Result<Option<Format>, StoreError> {
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
                            || matches!(
                                name.as_str(),
                                LOCK_FILE | GRAPHS_DIR | ROCKSDB_DIR | MANIFEST_FILE
                            )
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
    let backend = backend.ok_or_else(|| bad("no backend line"))?;
    Ok(Some(Format { version, backend }))
}

/// Writes `FORMAT` atomically.
pub(super) fn write_format(dir: &Path, format: Format) -> Result<(), StoreError> {
    let text = format!(
        "kgraph store\nversion {}\nbackend {}\n",
        format.version,
        format.backend.name()
    );
    let path = dir.join(FORMAT_FILE);
    atomic_file::write(&path, text.as_bytes()).map_err(|e| StoreError::io(&path, e))
}

/// Creates an empty store; `FORMAT` is written last, atomically, so a
/// half-created store reads as an empty directory. A new files store gets
/// its (empty) manifest before `FORMAT`.
pub(super) fn create_layout(dir: &Path) -> Result<Format, StoreError> {
    let backend = Backend::for_new_stores();
    fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let data = dir.join(match backend {
        Backend::Files => GRAPHS_DIR,
        Backend::RocksDb => ROCKSDB_DIR,
    });
    fs::create_dir_all(&data).map_err(|e| StoreError::io(&data, e))?;
    match backend {
        Backend::Files => super::files::Manifest::default().write(dir)?,
        // RocksDB writes its own files (`CURRENT`, the first log) when the
        // database is first opened: that happens here, before `FORMAT`, so
        // a kill in between leaves no store that claims to exist and
        // cannot be opened.
        Backend::RocksDb => drop(super::rocks::open_database(&data, true)?),
    }
    let format = Format {
        version: FORMAT_VERSION,
        backend,
    };
    write_format(dir, format)?;
    Ok(format)
}

/// Takes the writer lock: at once or failing with [`StoreError::Locked`],
/// or waiting for the writer holding it. The OS releases it if we die.
pub(super) fn take_lock(dir: &Path, wait: bool) -> Result<File, StoreError> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
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

/// Whether a file name is one of our temporary files (hidden, made by
/// [`atomic_file`] or by earlier kg versions): never data, removed by the
/// next writer.
pub(super) fn is_temporary(name: &str) -> bool {
    name.starts_with('.')
}

/// Removes the temporary files a killed writer left in `dir` (the caller
/// holds the writer lock, so none is being written).
pub(super) fn remove_temporary_files(dir: &Path) -> Result<usize, StoreError> {
    let mut removed = 0;
    for path in list_dir(dir)? {
        if is_temporary(&file_name(&path)) && path.is_file() {
            fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// When the store in `dir` last changed, as far as a reader can tell
/// without opening it: for its FORMAT file, its manifest (replaced by
/// every commit of the files backend) and the folder its backend writes
/// into (RocksDB adds and removes files in its folder), the modification
/// time, the file's identity (inode) and its length. A long-running reader
/// (`kg serve`) reopens the store when this value moves.
///
/// The identity is what tells two commits apart that land within one tick
/// of the file system's clock (a few milliseconds): each commit renames a
/// new manifest into place, and the new file cannot have the inode of the
/// one it replaces, which was still in use when it was made.
pub fn change_stamp(dir: &Path) -> Result<ChangeStamp, StoreError> {
    let mut parts = Vec::with_capacity(4);
    for path in [
        dir.join(FORMAT_FILE),
        dir.join(MANIFEST_FILE),
        dir.join(GRAPHS_DIR),
        dir.join(ROCKSDB_DIR),
    ] {
        match fs::metadata(&path).and_then(|m| Ok((m.modified()?, file_identity(&m), m.len()))) {
            Ok(part) => parts.push(part),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&path, e)),
        }
    }
    Ok(ChangeStamp(parts))
}

/// What [`change_stamp`] reads: equal stamps mean no change was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeStamp(Vec<(std::time::SystemTime, u64, u64)>);

#[cfg(unix)]
fn file_identity(metadata: &fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    metadata.ino()
}

/// Elsewhere the time and the length stand alone.
#[cfg(not(unix))]
fn file_identity(_: &fs::Metadata) -> u64 {
    0
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The entries of `dir`, sorted; none when it does not exist.
pub(super) fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
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

#[cfg(all(test, feature = "rocksdb"))]
mod tests {
    use super::*;

    /// A new RocksDB store has its database files before `FORMAT` claims it
    /// exists: a build killed right after `FORMAT` once left a store no
    /// command could open (no `rocksdb/CURRENT`).
    #[test]
    fn a_new_rocksdb_store_is_openable_as_soon_as_format_exists() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        let format = create_layout(&store).unwrap();
        assert_eq!(format.backend, Backend::RocksDb);
        assert!(store.join(FORMAT_FILE).exists());
        assert!(store.join(ROCKSDB_DIR).join("CURRENT").exists());
        super::super::rocks::open_database(&store.join(ROCKSDB_DIR), false).unwrap();
    }
}

#[cfg(all(test, unix))]
mod stamp_tests {
    use super::*;

    // Regression (session 22): two commits within one tick of the file
    // system's clock left the stamp unchanged, and `kg serve` kept showing
    // a replaced document.
    #[test]
    fn a_manifest_replaced_within_one_clock_tick_moves_the_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join(MANIFEST_FILE);
        fs::write(&manifest, "graphs 1\n").unwrap();
        let before = change_stamp(dir.path()).unwrap();
        let written = fs::metadata(&manifest).unwrap().modified().unwrap();
        // The next commit's manifest: same length, same time.
        let next = dir.path().join("manifest.next");
        fs::write(&next, "graphs 2\n").unwrap();
        fs::File::options()
            .write(true)
            .open(&next)
            .unwrap()
            .set_modified(written)
            .unwrap();
        fs::rename(&next, &manifest).unwrap();
        assert_eq!(
            fs::metadata(&manifest).unwrap().modified().unwrap(),
            written
        );
        assert_ne!(change_stamp(dir.path()).unwrap(), before);
        assert_eq!(
            change_stamp(dir.path()).unwrap(),
            change_stamp(dir.path()).unwrap()
        );
    }
}
