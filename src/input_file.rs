//! Reading one input file whole, safely: only a regular file, and no more
//! than a size limit. A FIFO would block forever, a device such as
//! `/dev/zero` (or a symbolic link to one) never ends, and a huge file would
//! be held in memory whole; each is refused with a reason instead. Every
//! command that reads a user's file whole goes through [`read_regular_file`]
//! (`kg build`, `extract`, `parse`, `eval`: articles; `kg load`: RDF), and
//! standard input through [`read_bounded`].
//!
//! ```
//! use kgraph::input_file::{read_regular_file, FileRefused};
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("a.txt");
//! std::fs::write(&path, "twelve bytes").unwrap();
//! assert_eq!(read_regular_file(&path, 12).unwrap(), b"twelve bytes");
//! assert!(matches!(
//!     read_regular_file(&path, 11),
//!     Err(FileRefused::TooLarge { size: 12, limit: 11 })
//! ));
//! assert!(matches!(read_regular_file(dir.path(), 100), Err(FileRefused::NotRegular { .. })));
//! ```

use std::fs;
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileRefused {
    /// A FIFO, a device, a socket or a directory (after following links).
    #[error("not a regular file ({kind})")]
    NotRegular { kind: &'static str },
    /// Larger than the limit (`size` is what was found: the file's size,
    /// or the bytes read before a file growing while read passed the limit).
    #[error("{size} bytes is more than the size limit ({limit} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// The bytes of the file at `path` (symbolic links followed), if it is a
/// regular file of at most `limit` bytes. The type is checked before the
/// file is opened, since opening a FIFO for reading blocks until a writer
/// comes; a file that grows past `limit` while it is read is refused too.
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, FileRefused> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(FileRefused::NotRegular {
            kind: file_kind(&meta),
        });
    }
    if meta.len() > limit {
        return Err(FileRefused::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = fs::File::open(path)?;
    // Replaced between the check and the open: check what was opened.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(FileRefused::NotRegular {
            kind: file_kind(&opened),
        });
    }
    read_bounded(file, limit)
}

/// Everything `reader` gives (standard input, a pipe), refused once it
/// passes `limit` bytes: at most `limit + 1` bytes are ever held.
pub fn read_bounded(reader: impl Read, limit: u64) -> Result<Vec<u8>, FileRefused> {
    let mut bytes = Vec::new();
    let read = reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if read as u64 > limit {
        return Err(FileRefused::TooLarge {
            size: read as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, in a few words.
pub fn file_kind(meta: &fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "not a file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_fifo_and_a_link_to_a_device_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.nt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        // Opening the FIFO would block this test forever.
        assert!(matches!(
            read_regular_file(&fifo, 1 << 20),
            Err(FileRefused::NotRegular { kind: "a FIFO" })
        ));
        let zero = dir.path().join("zero.nt");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(
            read_regular_file(&zero, 1 << 20),
            Err(FileRefused::NotRegular { kind: "a device" })
        ));
    }

    #[test]
    fn a_stream_is_cut_one_byte_past_the_limit() {
        assert_eq!(read_bounded(&b"abc"[..], 3).unwrap(), b"abc");
        assert!(matches!(
            read_bounded(io::repeat(0), 1000),
            Err(FileRefused::TooLarge {
                size: 1001,
                limit: 1000
            })
        ));
    }
}
