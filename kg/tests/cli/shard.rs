//! `kg extract --shard K/N`: the shards of a corpus split it without gaps
//! or overlaps, the same way every time.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::{kg, stdout_of};

/// Short articles written for this test.
fn write_corpus(dir: &Path) {
    let places = [
        "Norway", "Chile", "Kenya", "Japan", "Canada", "Peru", "Ghana", "Spain",
    ];
    for (k, place) in places.iter().enumerate() {
        let text = format!(
            "The Ministry of Fisheries of {place} published a plan on coastal fishing.\n\n\
             The plan aims to protect young fish in the bays of {place}.\n"
        );
        std::fs::write(dir.join(format!("note-{k}.txt")), text).unwrap();
    }
}

fn lines(text: &str) -> BTreeSet<String> {
    text.lines().map(str::to_owned).collect()
}

/// Graph names (the fourth term) of N-Quads lines.
fn graphs(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|l| l.trim_end_matches(" .").rsplit(' ').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn shards_together_are_the_whole_extraction_and_each_document_is_in_one() {
    let work = tempfile::tempdir().unwrap();
    let corpus = work.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write_corpus(&corpus);
    let store = work.path().join("unused.store");
    let whole = stdout_of(
        kg(&store)
            .arg("extract")
            .arg(&corpus)
            .args(["--format", "nquads"]),
    );
    let shards: Vec<String> = (1..=3)
        .map(|k| {
            stdout_of(
                kg(&store)
                    .arg("extract")
                    .arg(&corpus)
                    .args(["--shard", &format!("{k}/3")]),
            )
        })
        .collect();
    let mut union = BTreeSet::new();
    let mut documents = 0;
    for (k, shard) in shards.iter().enumerate() {
        union.extend(lines(shard));
        let mine = graphs(shard);
        documents += mine.len();
        for (j, other) in shards.iter().enumerate() {
            if j != k {
                assert!(
                    mine.is_disjoint(&graphs(other)),
                    "shards {k} and {j} share a document"
                );
            }
        }
    }
    assert_eq!(union, lines(&whole));
    assert_eq!(documents, graphs(&whole).len());
    assert!(
        shards.iter().filter(|s| !s.is_empty()).count() >= 2,
        "a split this size uses several shards"
    );
    // The same command gives the same bytes, and `./` does not move a file.
    let again = stdout_of(
        kg(&store)
            .arg("extract")
            .arg(&corpus)
            .args(["--shard", "2/3"]),
    );
    assert_eq!(again, shards[1]);
    let dotted = stdout_of(
        kg(&store)
            .current_dir(work.path())
            .args(["extract", "./corpus", "--shard", "2/3"]),
    );
    let plain = stdout_of(
        kg(&store)
            .current_dir(work.path())
            .args(["extract", "corpus", "--shard", "2/3"]),
    );
    assert_eq!(graphs(&dotted), graphs(&plain));
}

#[test]
fn a_shard_outside_one_to_n_is_bad_usage() {
    let work = tempfile::tempdir().unwrap();
    write_corpus(work.path());
    let out = kg(&work.path().join("s"))
        .arg("extract")
        .arg(work.path())
        .args(["--shard", "0/2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 ≤ K ≤ N"));
}
