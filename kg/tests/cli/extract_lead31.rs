//! Offices joined to the office they serve by a participle ("Minister
//! Assisting the Treasurer") (session 31). One positive and one negative
//! test per construction, on sentences written for these tests with
//! invented names.

use super::extract_constructions::Output;

#[test]
fn an_office_assisting_another_office_is_one_position() {
    let out = Output::of(
        "Regional grants open\n\nMinister Assisting the Treasurer, the Hon Jane Doe, said the grants would help farmers in Lumia.\n\nMinister Assisting the Minister for Trade, Tom Reed, welcomed the grants.",
    );
    assert_eq!(
        out.objects_of("Jane Doe", "holdsPosition"),
        vec!["Minister Assisting the Treasurer".to_owned()],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        out.objects_of("Tom Reed", "holdsPosition"),
        vec!["Minister Assisting the Minister for Trade".to_owned()],
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Assisting", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_minister_assisting_someone_in_a_clause_keeps_the_office_alone() {
    let out = Output::of(
        "Flood response\n\nThe Minister for Health, Tom Reed, is assisting the Premier of Lumia with the flood response.",
    );
    assert_eq!(
        out.objects_of("Tom Reed", "holdsPosition"),
        vec!["Minister for Health".to_owned()],
        "{:?}",
        out.facts()
    );
}
