//! Files replaced atomically: written to a temporary file beside the target,
//! synced, renamed into place, and the directory synced, so a reader or a
//! crash sees the old file or the new one, never half of one. Used for the
//! store's own files and for everything `kg` writes with `-o`.
//!
//! Temporary files come from [`tempfile`]: created exclusively (`O_EXCL`)
//! under an unpredictable name, so a symbolic link planted where kg writes
//! is never followed, and the rename replaces a link at the target itself,
//! never the file it points to. This is the only way kg creates files.
//! `tempfile` makes them readable by their owner only (0600); kg gives them
//! the mode any new file gets (0666 less the umask) before they are renamed
//! into place, so `kg export -o` writes a file as `>` would.
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
    let temporary = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = 0o666 & !umask();
        temporary
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    Ok(temporary)
}

/// The process's file mode creation mask, read once. The only way to read
/// it is to set it: it is set to 0o077 for that moment, so a file another
/// thread creates then is only ever more private than it would be.
#[cfg(unix)]
fn umask() -> u32 {
    static UMASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *UMASK.get_or_init(|| {
        // SAFETY: umask only swaps the process's mask; it cannot fail.
        let previous = unsafe { libc::umask(0o077) };
        // SAFETY: as above, putting the mask back.
        unsafe { libc::umask(previous) };
        #[allow(clippy::useless_conversion)] // mode_t is u16 on some systems
        u32::from(previous)
    })
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_written_file_gets_the_mode_of_a_new_file_under_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.ttl");
        write(&path, b"x").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask(), "{mode:o}");
    }
}
