//! Files replaced atomically: written to a temporary file beside the target,
//! synced, renamed into place, and the directory synced, so a reader or a
//! crash sees the old file or the new one, never half of one. Used for the
//! store's own files and for everything `kg` writes with `-o`.
//!
//! Temporary files come from [`tempfile`]: created exclusively (`O_EXCL`)
//! under an unpredictable name, so a symbolic link planted where kg writes
//! is never followed, and the rename replaces a link at the target itself,
//! never the file it points to. This is the only way kg creates files.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.ttl");
//! kgraph::atomic_file::write(&path, b"<urn:a> <urn:b> <urn:c> .\n").unwrap();
//! assert_eq!(std::fs::read(&path).unwrap(), b"<urn:a> <urn:b> <urn:c> .\n");
//! ```

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// Prefix of the temporary files, so a directory scan can recognise them.
pub const TEMPORARY_PREFIX: &str = ".kg-";

/// A new temporary file in `dir`, named [`TEMPORARY_PREFIX`]`…`: exclusive,
/// unpredictable, removed when dropped unless persisted.
pub fn temporary_in(dir: &Path) -> io::Result<NamedTempFile> {
    tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(".tmp")
        .tempfile_in(dir)
}

/// Renames a written (and, unless the caller syncs in bulk, synced)
/// temporary file to `path`, replacing what is there (a symbolic link
/// there is replaced, not followed).
pub fn persist(temporary: NamedTempFile, path: &Path) -> io::Result<File> {
    temporary.persist(path).map_err(|e| e.error)
}

/// Writes `path` through `write`, which gets a buffered temporary file; the
/// file replaces `path` only if `write` succeeds. On failure the temporary
/// file is removed and `path` is untouched.
pub fn write_with<T, E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E> {
    let dir = parent_dir(path);
    let temporary = temporary_in(&dir)?;
    let (file, temporary_path) = temporary.into_parts();
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    // Dropping `temporary_path` on any error below deletes the file.
    let value = write(&mut writer)?;
    let file = writer.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    let temporary = NamedTempFile::from_parts(file, temporary_path);
    persist(temporary, path)?;
    sync_dir(&dir)?;
    Ok(value)
}

/// Writes `bytes` as the whole of `path`, atomically.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |w| w.write_all(bytes))
}

/// Makes renames in `dir` durable. Directories cannot be opened for syncing
/// on every platform; where they cannot, this does nothing.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    if let Ok(handle) = File::open(dir) {
        handle.sync_all().or_else(|e| {
            if e.kind() == io::ErrorKind::InvalidInput
                || e.kind() == io::ErrorKind::PermissionDenied
            {
                Ok(())
            } else {
                Err(e)
            }
        })?;
    }
    Ok(())
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}
