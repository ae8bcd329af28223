//! Where an office ends and its holder's name starts (session 42): a
//! parliamentary style before a name is no position ("Senator the Hon Ada
//! Quist", kg:complementedOffice), one owner's office written two ways is
//! one position ("President of Peru" and "Peru President"). Sentences
//! written for these tests, invented names.

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
