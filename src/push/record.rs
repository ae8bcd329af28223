//! The push record: which content of which graph was last pushed to an
//! endpoint, kept in the store directory (`push/`), one record per endpoint.
//!
//! A record is two files named by a hash of the endpoint's URL:
//!
//! * `KEY.json`, the record as of the end of the last push (written
//!   atomically): the endpoint and, per graph, the fingerprint of what was
//!   sent;
//! * `KEY.journal`, one line per graph sent or dropped since then, appended
//!   as each request succeeds, so a push that is killed keeps what it did
//!   and the next one resumes after it. A line cut short by a crash is
//!   ignored (its graph is sent again, which changes nothing remotely).
//!
//! At the end of every push the journal is folded into `KEY.json` and
//! removed. A third file, `KEY.lock`, keeps two pushes to one endpoint
//! apart.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::PushError;

/// Layout version of `KEY.json`.
const RECORD_FORMAT: u32 = 1;

#[derive(Debug, Default, Serialize, Deserialize)]
struct RecordFile {
    format: u32,
    endpoint: String,
    /// Graph IRI → fingerprint of the N-Triples last sent.
    graphs: BTreeMap<String, String>,
}

/// What was pushed to one endpoint, open for a push (holds its lock).
#[derive(Debug)]
pub struct PushRecord {
    endpoint: String,
    record_path: PathBuf,
    journal_path: PathBuf,
    graphs: BTreeMap<String, String>,
    journal: Option<File>,
    _lock: File,
}

impl PushRecord {
    /// Opens the record of `endpoint` in `dir` (created if needed), reading
    /// the journal a killed push left behind.
    pub fn open(dir: &Path, endpoint: &str) -> Result<Self, PushError> {
        fs::create_dir_all(dir).map_err(|e| record_io(dir, e))?;
        let key = endpoint_key(endpoint);
        let lock_path = dir.join(format!("{key}.lock"));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| record_io(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(PushError::Busy {
                    endpoint: endpoint.to_owned(),
                })
            }
            Err(fs::TryLockError::Error(e)) => return Err(record_io(&lock_path, e)),
        }
        let record_path = dir.join(format!("{key}.json"));
        let journal_path = dir.join(format!("{key}.journal"));
        let mut graphs = match fs::read(&record_path) {
            Ok(bytes) => {
                let file: RecordFile =
                    serde_json::from_slice(&bytes).map_err(|source| PushError::RecordSyntax {
                        path: record_path.clone(),
                        source,
                    })?;
                if file.format != RECORD_FORMAT {
                    return Err(PushError::BadRecord {
                        path: record_path,
                        message: format!("unknown record format {}", file.format),
                    });
                }
                file.graphs
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(record_io(&record_path, e)),
        };
        match fs::read_to_string(&journal_path) {
            Ok(text) => replay_journal(&text, &mut graphs),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(record_io(&journal_path, e)),
        }
        Ok(PushRecord {
            endpoint: endpoint.to_owned(),
            record_path,
            journal_path,
            graphs,
            journal: None,
            _lock: lock,
        })
    }

    /// The fingerprint last pushed for `graph`.
    pub fn fingerprint(&self, graph: &str) -> Option<&str> {
        self.graphs.get(graph).map(String::as_str)
    }

    /// Every graph pushed and not dropped since, sorted.
    pub fn graphs(&self) -> impl Iterator<Item = &str> {
        self.graphs.keys().map(String::as_str)
    }

    /// Notes that `graph` now holds the content with `fingerprint` remotely.
    pub fn pushed(&mut self, graph: &str, fingerprint: &str) -> Result<(), PushError> {
        self.append(&format!("P\t{fingerprint}\t{graph}\n"))?;
        self.graphs.insert(graph.to_owned(), fingerprint.to_owned());
        Ok(())
    }

    /// Notes that `graph` was dropped remotely.
    pub fn dropped(&mut self, graph: &str) -> Result<(), PushError> {
        self.append(&format!("D\t-\t{graph}\n"))?;
        self.graphs.remove(graph);
        Ok(())
    }

    fn append(&mut self, line: &str) -> Result<(), PushError> {
        if self.journal.is_none() {
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.journal_path)
                .map_err(|e| record_io(&self.journal_path, e))?;
            self.journal = Some(file);
        }
        let journal = self.journal.as_mut().expect("opened above");
        // One write per line: a kill leaves whole lines and at most one cut one.
        journal
            .write_all(line.as_bytes())
            .map_err(|e| record_io(&self.journal_path, e))
    }

    /// Folds the journal into the record file and removes the journal.
    pub fn compact(&mut self) -> Result<(), PushError> {
        let file = RecordFile {
            format: RECORD_FORMAT,
            endpoint: self.endpoint.clone(),
            graphs: self.graphs.clone(),
        };
        let mut bytes = serde_json::to_vec_pretty(&file).expect("a map of strings serialises");
        bytes.push(b'\n');
        crate::atomic_file::write(&self.record_path, &bytes)
            .map_err(|e| record_io(&self.record_path, e))?;
        self.journal = None;
        match fs::remove_file(&self.journal_path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(record_io(&self.journal_path, e)),
        }
    }
}

/// Applies the whole lines of a journal to `graphs`.
fn replay_journal(text: &str, graphs: &mut BTreeMap<String, String>) {
    for line in text.split_inclusive('\n') {
        let Some(line) = line.strip_suffix('\n') else {
            break; // cut short by a crash
        };
        let mut fields = line.splitn(3, '\t');
        match (fields.next(), fields.next(), fields.next()) {
            (Some("P"), Some(fingerprint), Some(graph)) => {
                graphs.insert(graph.to_owned(), fingerprint.to_owned());
            }
            (Some("D"), Some(_), Some(graph)) => {
                graphs.remove(graph);
            }
            _ => {}
        }
    }
}

/// A file-name-safe key for an endpoint URL.
fn endpoint_key(endpoint: &str) -> String {
    let digest = Sha256::digest(endpoint.as_bytes());
    hex::encode(&digest[..8])
}

fn record_io(path: &Path, source: io::Error) -> PushError {
    PushError::Record {
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_record_names_its_file_and_keeps_the_json_error() {
        let dir = tempfile::tempdir().unwrap();
        let key = endpoint_key("http://example.org/update");
        let path = dir.path().join(format!("{key}.json"));
        fs::write(&path, b"{ not json").unwrap();
        let err = PushRecord::open(dir.path(), "http://example.org/update").unwrap_err();
        assert!(matches!(&err, PushError::RecordSyntax { path: p, .. } if *p == path));
        let source = std::error::Error::source(&err).expect("the JSON error is kept");
        assert!(source.is::<serde_json::Error>());
        assert!(err.to_string().contains(&path.display().to_string()));
    }

    #[test]
    fn a_journal_resumes_and_a_cut_line_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut record = PushRecord::open(dir.path(), "http://example.org/update").unwrap();
            record.pushed("http://example.org/g1", "aa").unwrap();
            record.pushed("http://example.org/g2", "bb").unwrap();
            record.dropped("http://example.org/g1").unwrap();
        }
        let key = endpoint_key("http://example.org/update");
        let journal = dir.path().join(format!("{key}.journal"));
        let mut file = OpenOptions::new().append(true).open(&journal).unwrap();
        file.write_all(b"P\tcc\thttp://example.org/g3").unwrap();
        drop(file);
        let mut record = PushRecord::open(dir.path(), "http://example.org/update").unwrap();
        assert_eq!(
            record.graphs().collect::<Vec<_>>(),
            ["http://example.org/g2"]
        );
        assert_eq!(record.fingerprint("http://example.org/g2"), Some("bb"));
        record.compact().unwrap();
        assert!(!journal.exists());
        drop(record);
        let record = PushRecord::open(dir.path(), "http://example.org/update").unwrap();
        assert_eq!(record.fingerprint("http://example.org/g2"), Some("bb"));
        assert_eq!(record.fingerprint("http://example.org/g1"), None);
    }

    #[test]
    fn two_pushes_to_one_endpoint_exclude_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let _first = PushRecord::open(dir.path(), "http://example.org/a").unwrap();
        assert!(matches!(
            PushRecord::open(dir.path(), "http://example.org/a"),
            Err(PushError::Busy { .. })
        ));
        PushRecord::open(dir.path(), "http://example.org/b").unwrap();
    }
}
