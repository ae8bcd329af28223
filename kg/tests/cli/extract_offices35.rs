//! Offices written after a style of address (session 35): "His Excellency
//! President …", "Their Majesties King … and Queen …", "YB Senator …",
//! "H.E. Minister …". The style honours the holder and is no word of the
//! office. One positive and one negative test per construction, on
//! sentences written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_style_of_address_before_an_office_is_no_word_of_it() {
    let out = Output::of(
        "Harbour Talks\n\nHis Excellency President Ada Quist received the envoy in Norland on Monday.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "President"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ada Quist", "holdsPosition", "Excellency President"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plural_royal_style_before_coordinated_titles_is_no_word_of_them() {
    let out = Output::of(
        "Palace Visit\n\nThe envoy met Their Majesties King Harald Olsen and Queen Sonja Vik in Norland.",
    );
    assert!(
        out.has("Harald Olsen", "holdsPosition", "King"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Harald Olsen", "holdsPosition", "Majesties King"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_abbreviated_style_before_an_office_is_no_word_of_it() {
    let out = Output::of(
        "Harbour Talks\n\nYB Minister Ramli Osman opened the harbour in Kestria on Monday.",
    );
    assert!(
        out.has("Ramli Osman", "holdsPosition", "Minister"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ramli Osman", "holdsPosition", "YB Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_rank_word_before_an_office_stays_a_word_of_it() {
    // "Lieutenant" is a title of its own, but no style: it ranks the office.
    let out = Output::of(
        "Harbour Talks\n\nLieutenant Governor Ivo Marsh opened the harbour in Kestria on Monday.",
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Lieutenant Governor"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ivo Marsh", "holdsPosition", "Governor"),
        "{:?}",
        out.facts()
    );
}
