//! A bare title repeating an office its holder was given in full ("Ada
//! Quist, Minister for Trade, … Minister Quist said") is that office
//! written short, not a second position (issue 14). Sentences written for
//! these tests.

use super::extract_constructions::Output;

#[test]
fn a_bare_title_after_the_full_office_is_that_office() {
    let out = Output::of(
        "Trade talks in Capeville\n\nThe Minister for Trade and Industry of Kestria, Ada Quist, met the Norlandic Minister for Fisheries, Bo Lind, in Capeville on Monday.\n\nMinister Quist said the talks had gone well. Minister Lind agreed.\n",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Ada Quist",
            "holdsPosition",
            "Minister for Trade and Industry of Kestria"
        ),
        "{facts:?}"
    );
    assert!(
        !out.has("Ada Quist", "holdsPosition", "Minister"),
        "{facts:?}"
    );
    assert!(
        !out.has("Bo Lind", "holdsPosition", "Minister"),
        "{facts:?}"
    );
    assert!(
        !out.labels_of_class("Position").contains("Minister"),
        "{:?}",
        out.labels_of_class("Position")
    );
}

#[test]
fn a_bare_title_with_no_full_office_stays_a_position() {
    // Nothing says which ministry: "Minister" is all the text gives.
    let out = Output::of(
        "Trade talks in Capeville\n\nMinister Ada Quist met business leaders in Capeville on Monday.\n",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_bare_title_is_not_folded_into_another_persons_office() {
    let out = Output::of(
        "Trade talks in Capeville\n\nAda Quist, the Minister for Trade of Kestria, met Minister Bo Lind in Capeville on Monday.\n",
    );
    let facts = out.facts();
    assert!(out.has("Bo Lind", "holdsPosition", "Minister"), "{facts:?}");
    assert!(
        !out.has("Bo Lind", "holdsPosition", "Minister for Trade of Kestria"),
        "{facts:?}"
    );
}
