//! Files replaced atomically: written to a temporary file beside the target,
//! synced, renamed into place, and the directory synced, so a reader or a
//! crash sees the old file or the new one, never half of one. Used for the
//! store's own files and for everything `kg` writes with `-o`.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.ttl");
//! kgraph::atomic_file::write(&path, b"<urn:a> <urn:b> <urn:c> .\n").unwrap();
//! assert_eq!(std::fs::read(&path).unwrap(), b"<urn:a> <urn:b> <urn:c> .\n");
//! ```

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Prefix of the temporary files, so a directory scan can recognise them.
pub const TEMPORARY_PREFIX: &str = ".kg-";

/// Writes `path` through `write`, which gets a buffered temporary file; the
/// file replaces `path` only if `write` succeeds. On failure the temporary
/// file is removed and `path` is untouched.
pub fn write_with<T, E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E> {
    let dir = parent_dir(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(
        "{TEMPORARY_PREFIX}{name}.{}.tmp",
        std::process::id()
    ));
    let mut writer = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
    let result = write(&mut writer).and_then(|value| {
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        sync_dir(&dir)?;
        Ok(value)
    });
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
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
