//! The function words extraction reacts to are data: a word a user adds to
//! one of their roles with `--ontology` changes what `kg extract` finds.

use assert_cmd::Command;

use crate::common::stdout_of;

const ATTRIBUTED_TO: &str = "<https://w3id.org/kgraph/ontology#attributedTo>";

fn extract(dir: &std::path::Path, ontology: Option<&std::path::Path>) -> String {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.arg("extract");
    if let Some(file) = ontology {
        cmd.arg("--ontology").arg(file);
    }
    stdout_of(
        cmd.arg(dir.join("article.txt"))
            .args(["--format", "ntriples"]),
    )
}

/// `kg:attributionCue` ("according to" built in): a user's own phrase
/// makes the sentence's facts attributed to the person it names.
#[test]
fn a_user_attribution_cue_attributes_the_facts_of_its_sentence() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("article.txt"),
        "In the words of Ada Quist, the Ministry of Trade of Kestria signed the Harbour Accord with Vormark.\n",
    )
    .unwrap();
    let cue = dir.path().join("cue.ttl");
    std::fs::write(
        &cue,
        "@prefix kg: <https://w3id.org/kgraph/ontology#> .\n\
         <https://w3id.org/kgraph/ontology> kg:attributionCue \"in the words of\" .\n",
    )
    .unwrap();

    let plain = extract(dir.path(), None);
    assert!(plain.contains("ontology#signs>"), "{plain}");
    assert!(!plain.contains(ATTRIBUTED_TO), "{plain}");

    let with_cue = extract(dir.path(), Some(&cue));
    let attributed: Vec<&str> = with_cue
        .lines()
        .filter(|l| l.contains(ATTRIBUTED_TO))
        .collect();
    assert!(!attributed.is_empty(), "{with_cue}");
    assert!(
        attributed
            .iter()
            .all(|l| l.contains("<https://w3id.org/kgraph/entity/ada-quist>")),
        "{attributed:?}"
    );
}
