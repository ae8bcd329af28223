//! Entity spans and names (session 41), seen from the command line: a
//! dateline whose hyphen is typed against the place ("PORT CITY- The …")
//! is cut off before the first name of the story, and a known country
//! read from a hyphenated pair keeps the form the text writes it in
//! ("U.S." of "U.S.-Canada") as another name. Sentences written for these
//! tests.

use assert_cmd::Command;

use crate::common::{stdout_of, write_file};

const RDFS_LABEL: &str = "<http://www.w3.org/2000/01/rdf-schema#label>";
const SKOS_ALT_LABEL: &str = "<http://www.w3.org/2004/02/skos/core#altLabel>";

/// The N-Triples `kg extract` writes for `text`.
fn ntriples_of(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "story.txt", text);
    stdout_of(
        Command::cargo_bin("kg")
            .unwrap()
            .arg("extract")
            .arg(&file)
            .arg("--format")
            .arg("ntriples"),
    )
}

/// The literals of `predicate` in `ntriples`.
fn literals_of<'a>(ntriples: &'a str, predicate: &str) -> Vec<&'a str> {
    ntriples
        .lines()
        .filter(|line| line.contains(predicate))
        .filter_map(|line| line.split('"').nth(1))
        .collect()
}

#[test]
fn a_dateline_with_its_hyphen_against_the_place_stays_out_of_the_first_name() {
    let out = ntriples_of(
        "Water agency signs memorandum\n\n\
         PORT ELLIS CITY- The Kestria Water Agency signed a memorandum of understanding \
         with the Lindby Fisheries Council on Monday.\n",
    );
    let labels = literals_of(&out, RDFS_LABEL);
    assert!(
        labels.contains(&"Kestria Water Agency"),
        "{labels:?}\n{out}"
    );
    assert!(
        !labels
            .iter()
            .any(|l| l.contains("CITY") || l.contains("City-")),
        "{labels:?}"
    );
}

#[test]
fn a_suspended_hyphen_in_capitals_is_no_dateline() {
    let out = ntriples_of(
        "Clinics reopen in the valley\n\n\
         EU- and UN-funded clinics reopened in the valley on Monday, the Lindby Health \
         Board said.\n",
    );
    let labels = literals_of(&out, RDFS_LABEL);
    assert!(labels.contains(&"Lindby Health Board"), "{labels:?}\n{out}");
}

#[test]
fn a_country_read_from_a_hyphenated_pair_keeps_its_written_form() {
    let out = ntriples_of(
        "Ministers meet in Lindby\n\n\
         The U.S.-Canada Joint Statement on Harbour Safety was released in Lindby on Monday.\n",
    );
    let alt_labels: Vec<&str> = out
        .lines()
        .filter(|line| line.starts_with("<https://w3id.org/kgraph/entity/united-states>"))
        .filter(|line| line.contains(SKOS_ALT_LABEL))
        .filter_map(|line| line.split('"').nth(1))
        .collect();
    assert!(alt_labels.contains(&"U.S."), "{alt_labels:?}\n{out}");
}
