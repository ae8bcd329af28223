//! Session 40's clean-up, seen from the command line: a user's file that
//! still uses a deprecated property (`kg:pairNumber`, replaced by
//! `kg:cardinalNumbers`) is read, with one warning on stderr naming the
//! file, the property and its replacement.

use assert_cmd::Command;

use crate::common::write_file;

const KG: &str = "https://w3id.org/kgraph/ontology#";

#[test]
fn a_deprecated_property_is_read_with_a_warning_naming_its_replacement() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(
        dir.path(),
        "text.txt",
        "Kestria and Norland met in Lindby. The deux countries signed the Harbour Accord.",
    );
    let file = write_file(
        dir.path(),
        "old.ttl",
        format!(
            "@prefix kg: <{KG}> .\n<https://w3id.org/kgraph/ontology> kg:pairNumber \"deux\" .\n"
        ),
    );
    let (_, stderr) = crate::common::output_of(
        Command::cargo_bin("kg")
            .unwrap()
            .current_dir(dir.path())
            .arg("extract")
            .arg("--ontology")
            .arg(&file)
            .arg(&text),
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains("warning")
            && lines[0].contains("old.ttl")
            && lines[0].contains("kg:pairNumber is deprecated")
            && lines[0].contains("kg:cardinalNumbers"),
        "{stderr}"
    );
}
