//! Readings that hold under every reasonable parse (session 39). A past
//! participle set off by a comma after a noun ("Norway's harbour
//! strategy, announced in March, to protect …") is a reduced relative
//! clause on that noun, whether the parser attaches it to the noun (`acl`)
//! or to the clause over the noun (`parataxis`). Positive and negative
//! tests on sentences written for these tests, with invented names.

use super::extract_constructions::Output;

#[test]
fn a_comma_participle_after_a_document_names_its_issuer_and_goal() {
    let out = Output::of(
        "Harbour Memorandum\n\nThe memorandum is part of Norway's coastal strategy, announced in March 2024, to protect the fishing villages of the northern coast.",
    );
    assert!(
        out.has("Norway", "issues", "coastal strategy"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "protect the fishing villages of the northern coast",
            "goalOf",
            "coastal strategy"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_comma_clause_with_its_own_subject_is_no_reduced_relative() {
    // "the minister announced" has a subject of its own: a clause of its
    // own, no participle on the strategy, so it names no issuer.
    let out = Output::of(
        "Harbour Memorandum\n\nThe memorandum is part of Norway's coastal strategy, the minister announced in March 2024.",
    );
    assert!(
        !out.has("Norway", "issues", "coastal strategy"),
        "{:?}",
        out.facts()
    );
}
