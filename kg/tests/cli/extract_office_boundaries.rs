//! Where an office ends and its holder's name starts (session 42): a
//! parliamentary style before a name is no position ("Senator the Hon Ada
//! Quist", kg:complementedOffice), one owner's office written two ways is
//! one position ("President of Peru" and "Peru President"), and a body's or
//! a place's name the name tagger ran into an office gives the office back
//! where the holder follows after a comma ("Chile's Ministry of Water
//! Permanent Secretary, Ivo Marsh", "the Kingdom of Norland Acting Prime
//! Minister, Bo Lind"), and offices coordinated under one article share the
//! holder apposed after them ("the Deputy Prime Minister and Minister for
//! Trade, Ada Quist"). Sentences written for these tests, invented names.

use super::extract_constructions::Output;

#[test]
fn senator_before_a_name_is_a_style_and_with_its_complement_a_seat() {
    let out = Output::of(
        "Harbour Talks\n\nSenator the Hon Ada Quist, Minister for Trade, opened the fair in Tarvik. Senator Quist said the fair would grow. Bo Lind, Senator for Kestria, also spoke.",
    );
    let facts = out.facts();
    assert!(
        out.has("Ada Quist", "holdsPosition", "Minister for Trade"),
        "{facts:?}"
    );
    assert!(
        out.has("Bo Lind", "holdsPosition", "Senator for Kestria"),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o == "Senator"),
        "{facts:?}"
    );
}

#[test]
fn one_owners_office_written_two_ways_is_one_position() {
    let out = Output::of(
        "Prime Minister Ada Quist meets with President of the Republic of Peru, Bo Lind\n\nToday, Prime Minister Ada Quist met with Republic of Peru President Bo Lind in Tarvik.",
    );
    let offices = out.objects_of("Bo Lind", "holdsPosition");
    assert_eq!(
        offices,
        ["President of the Republic of Peru"],
        "{offices:?}"
    );
    let names = out.names();
    assert!(
        names
            .get("Republic of Peru President")
            .is_some_and(|classes| classes.contains("Position")),
        "{names:?}"
    );
}

#[test]
fn an_office_a_body_or_place_ran_into_before_a_comma_is_the_holders() {
    let out = Output::of(
        "Water Talks\n\nChile’s Ministry of Water Permanent Secretary, Ivo Marsh, opened the meeting in Tarvik. The Kingdom of Norland Acting Prime Minister, Bo Lind paid a visit to the port.",
    );
    let facts = out.facts();
    assert!(
        out.objects_of("Ivo Marsh", "holdsPosition")
            .iter()
            .any(|o| o.ends_with("Ministry of Water Permanent Secretary")),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Bo Lind",
            "holdsPosition",
            "Kingdom of Norland Acting Prime Minister"
        ),
        "{facts:?}"
    );
    let places = out.labels_of_class("Place");
    assert!(places.contains("Kingdom of Norland"), "{places:?}");
    assert!(
        !out.labels_of_class("Organization")
            .iter()
            .any(|l| l.ends_with("Secretary")),
        "{facts:?}"
    );
}

#[test]
fn offices_under_one_article_share_the_holder_set_off_after_a_comma() {
    let out = Output::of(
        "Trade Talks\n\nThe Deputy Prime Minister and Minister for Trade, Ada Quist, opened the fair.",
    );
    let offices = out.objects_of("Ada Quist", "holdsPosition");
    assert_eq!(
        offices,
        ["Deputy Prime Minister", "Minister for Trade"],
        "{offices:?}"
    );
    // Right before the name, the article still keeps the first office
    // apart: "the President and Prime Minister Ada Quist" may be two people.
    let out = Output::of(
        "Trade Talks\n\nThe Deputy Prime Minister and Minister for Trade Ada Quist opened the fair.",
    );
    let offices = out.objects_of("Ada Quist", "holdsPosition");
    assert_eq!(offices, ["Minister for Trade"], "{offices:?}");
}
