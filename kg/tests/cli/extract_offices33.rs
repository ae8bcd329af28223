//! Offices written in long or coordinated forms (session 33): an office
//! after its holder's name naming the body it sits in ("Minister in the
//! President's Office of Kestria") and a second office coordinated after
//! it; an office before the name whose modifiers are a list of portfolio
//! words ("Water, Forestry and Tourism Minister"). One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

#[test]
fn an_office_naming_the_body_it_sits_in_is_read_whole() {
    let out = Output::of(
        "Port Accord\n\nIvo Brand, Minister in the Governor's Office of Norland, signed the accord on Friday.",
    );
    assert!(
        out.has(
            "Ivo Brand",
            "holdsPosition",
            "Minister in the Governor's Office of Norland"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ivo Brand", "holdsPosition", "Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_place_after_in_is_no_body_an_office_sits_in() {
    let out = Output::of(
        "Port Accord\n\nIvo Brand, Minister in Norland since May, welcomed the accord on Friday.",
    );
    assert!(
        out.has("Ivo Brand", "holdsPosition", "Minister"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.names().keys().any(|n| n.starts_with("Minister in")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_second_office_closing_the_apposition_is_the_holders_too() {
    let out = Output::of(
        "Rail Talks\n\nThe talks were opened by Lena Varga, Minister in the Cabinet Office, and Deputy Minister for Rail and Ports, on Tuesday.",
    );
    assert!(
        out.has(
            "Lena Varga",
            "holdsPosition",
            "Minister in the Cabinet Office"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Lena Varga",
            "holdsPosition",
            "Deputy Minister for Rail and Ports"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_second_office_before_a_name_is_that_names() {
    let out = Output::of(
        "Rail Talks\n\nThe talks were opened by Lena Varga, Minister of Transport, and Deputy Minister for Ports Oskar Lind on Tuesday.",
    );
    assert!(
        out.has("Lena Varga", "holdsPosition", "Minister of Transport"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Oskar Lind", "holdsPosition", "Deputy Minister for Ports"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Lena Varga", "holdsPosition", "Deputy Minister for Ports"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn portfolio_words_listed_before_an_office_are_its_modifiers() {
    let out = Output::of(
        "Forest Pact\n\nThe Kestrian Water, Forestry and Tourism Minister Ada Quist signed the pact on Monday. The Energy and Trade Minister Ivo Brand attended.",
    );
    assert!(
        out.has(
            "Ada Quist",
            "holdsPosition",
            "Kestrian Water, Forestry and Tourism Minister"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ivo Brand", "holdsPosition", "Energy and Trade Minister"),
        "{:?}",
        out.facts()
    );
    // No word of the list is a person of its own.
    let names = out.names();
    assert!(!names.contains_key("Forestry"), "{names:?}");
    assert!(
        !out.has("Ada Quist", "holdsPosition", "Tourism Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_place_or_a_person_joined_before_an_office_is_no_portfolio() {
    let out = Output::of(
        "Forest Pact\n\nTalks between Kestria and Trade Minister Ada Quist ended. Secretary Bloom and Finance Minister Ivo Brand signed the pact.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "Trade Minister"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ivo Brand", "holdsPosition", "Finance Minister"),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.contains("and Trade Minister") || n.contains("and Finance Minister")),
        "{names:?}"
    );
}
