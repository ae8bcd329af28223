//! A plural office over a list of names (sessions 37 and 38): each person
//! listed holds the office in the singular, the office keeps its written
//! plural as a name ("Ministers A, B and C"), and the list may stand in
//! apposition after a comma ("Permanent Secretaries, A and B"), unless the
//! plural is the genitive complement of a body ("the Council of Ministers,
//! A and B …"). One positive and one negative test per construction, on
//! sentences written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_plural_office_over_places_gives_no_person_an_office() {
    let out = Output::of(
        "Island Talks\n\nThe Ministers of Kestria and Norland met in Oslo on Monday to review the fisheries pact.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
}

#[test]
fn names_apposed_to_a_plural_office_after_a_comma_hold_it() {
    let out = Output::of(
        "Harbour Review\n\nThe two mayors met in Norvik on Tuesday, alongside Permanent Secretaries, Ann Holt and Mark Rees, and several harbour officials.",
    );
    for person in ["Ann Holt", "Mark Rees"] {
        assert!(
            out.has(person, "holdsPosition", "Permanent Secretary"),
            "{person}: {:?}",
            out.facts()
        );
    }
    let names = out.names();
    assert!(
        names
            .get("Permanent Secretaries")
            .is_some_and(|c| c.contains("Position")),
        "{names:?}"
    );
}

#[test]
fn names_after_a_body_of_plural_officers_hold_no_office() {
    let out = Output::of(
        "Harbour Review\n\nAt a meeting of the Council of Ministers, Ann Holt and Mark Rees presented the new harbour plan.",
    );
    let facts = out.facts();
    assert!(
        !facts
            .iter()
            .any(|(s, p, _)| p == "holdsPosition" && (s == "Ann Holt" || s == "Mark Rees")),
        "{facts:?}"
    );
}
