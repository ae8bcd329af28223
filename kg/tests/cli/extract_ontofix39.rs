//! Fixes to `--ontology` (review of session 39): the warnings on a user's
//! file come one line per file, property and kind however many statements
//! it holds; a `kg:frame` that cannot be read stops every command that
//! takes `--ontology`, `kg serve` too, naming the file.

use std::path::Path;

use assert_cmd::Command;

use crate::common::write_file;

const KG: &str = "https://w3id.org/kgraph/ontology#";

/// `kg extract --quiet`-less run of `text` with the user's `ontology`:
/// its exit code, standard output and standard error.
fn extract_with(dir: &Path, text: &Path, ontology: &Path) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("kg")
        .unwrap()
        .current_dir(dir)
        .arg("extract")
        .arg(text)
        .arg("--ontology")
        .arg(ontology)
        .args(["--format", "ntriples"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A generated file of many statements putting a class's word list on
/// individuals (an easy mistake) draws one warning line, counting them.
#[test]
fn many_misplaced_statements_give_one_grouped_warning() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "text.txt", "Vardia signed the Lakeside Accord.");
    let mut turtle = format!("@prefix kg: <{KG}> .\n@prefix ex: <https://example.org/yards/> .\n");
    for i in 0..3000 {
        turtle.push_str(&format!("ex:yard{i} kg:nameHead \"Quayward{i}\" .\n"));
    }
    let file = write_file(dir.path(), "yards.ttl", turtle);
    let (code, _, stderr) = extract_with(dir.path(), &text, &file);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", lines[..lines.len().min(3)].join("\n"));
    assert!(lines[0].contains("yards.ttl"), "{stderr}");
    assert!(lines[0].contains("kg:nameHead"), "{stderr}");
    assert!(lines[0].contains("yard0>"), "{stderr}");
    assert!(lines[0].contains("2999 more subjects"), "{stderr}");
    assert!(lines[0].contains("3000 statements"), "{stderr}");
}

