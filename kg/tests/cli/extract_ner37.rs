//! The name tagger retrained on names derived as the session-36 study
//! recommends (issue 13): other names (works, events) are trained as no
//! name, and a person's name runs across a hyphen. kg's output over the
//! retrained model keeps what the rules read: people named with hyphens
//! whole, an event's name as an event and never a person, organisation or
//! place. On sentences written for these tests.

use super::extract_constructions::Output;

const RIVER_TALKS: &str = "Varnholm and Korvale agree to work together on water\n\n\
     Varnholm and Korvale signed a memorandum of understanding on Tuesday. The deputy \
     director of the Korvale water office, Anna-Lise Vorbek, said the two countries would \
     share river data. Senior engineer Tomas Ruud-Haldane, of the Varnholm Water Agency, \
     welcomed the deal.\n\n\
     The agreement was signed on the margins of the Varnholm Spring Festival. Officials \
     from the Philippines attended as observers.\n";

#[test]
fn a_persons_name_with_a_hyphen_is_one_person() {
    let out = Output::of(RIVER_TALKS);
    let people = out.labels_of_class("Person");
    assert!(people.contains("Anna-Lise Vorbek"), "{people:?}");
    assert!(people.contains("Tomas Ruud-Haldane"), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p == "Lise Vorbek" || p == "Anna" || p == "Haldane"),
        "{people:?}"
    );
}

#[test]
fn an_events_name_is_no_person_organisation_or_place() {
    let out = Output::of(RIVER_TALKS);
    let names = out.names();
    let festival = names
        .get("Varnholm Spring Festival")
        .expect("the festival is named");
    assert!(festival.contains("Event"), "{festival:?}");
    for class in ["Person", "Organization", "Place"] {
        assert!(!festival.contains(class), "{festival:?}");
    }
}

#[test]
fn a_country_named_in_the_plural_is_a_place() {
    let out = Output::of(RIVER_TALKS);
    let places = out.labels_of_class("Place");
    assert!(places.contains("Philippines"), "{places:?}");
}
