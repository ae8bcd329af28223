//! An office named by a lowercase noun only in an apposition after a
//! person's name, with a capitalised body as its complement ("Ada Quist,
//! the head of the Kestria Water Agency,"; kg:appositiveOfficeHead).
//! Session 38 also measured the plural office over a list apposed after a
//! comma ("Permanent Secretaries, A and B") and withdrew it (it fired only
//! on the sentence it was made for). One positive and one negative test,
//! on sentences written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_lowercase_head_of_a_body_in_apposition_is_an_office() {
    let out = Output::of(
        "Water Talks\n\nThe talks in Tarvik brought together Ms Lina Varga, head of the Lakes and Rivers Division of Norland’s Ministry of Water, and two engineers. Pavel Dorn, the head of the Kestria Port Authority, opened the meeting.",
    );
    assert!(
        out.has(
            "Lina Varga",
            "holdsPosition",
            "head of the Lakes and Rivers Division of Norland’s Ministry of Water"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Pavel Dorn",
            "holdsPosition",
            "head of the Kestria Port Authority"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_head_outside_an_apposition_or_of_no_body_is_no_office() {
    let out = Output::of(
        "Water Talks\n\nPavel Dorn, the head of state, opened the meeting. Lina Varga said the head of the Kestria Port Authority would attend.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
}

#[test]
fn head_of_at_the_end_of_a_text_is_no_crash() {
    // Regression (review 38a): "head of" as the last words, with no full
    // stop, read past the last token.
    for text in [
        "Bo Lind met Ada Quist, head of",
        "Bo Lind met Ada Quist, the head of the",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
            "{:?}",
            out.facts()
        );
    }
}

#[test]
fn head_of_two_bodies_is_no_office_of_one() {
    // Regression (review 38a): "and the" starts a second body; the office
    // was tied to the first one only.
    let out = Output::of(
        "Port Talks\n\nAda Quist, head of the Kestria Water Agency and the Norland Port Authority, opened the meeting.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
}
