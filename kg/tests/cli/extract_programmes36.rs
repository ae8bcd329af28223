//! Session 36: an acronym in brackets names the name its letters spell
//! (the body in the complement of a longer name, or a body's name the name
//! tagger cut at a connector), and a reduced relative's participle the
//! tagger reads as a past tense states the goal of the object before it.
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn an_acronym_spelling_the_body_in_a_complement_names_that_body() {
    let out = Output::of(
        "Ports pact\n\nKestria signed the Charter of the Ocean Data Council (ODC) on Monday. Norland joined the ODC in 2019.",
    );
    assert_eq!(
        out.objects_of("Norland", "memberOf"),
        ["Ocean Data Council"]
    );
    let names = out.names();
    assert!(names["ODC"].contains("Organization"), "{names:?}");
    assert!(!out
        .labels_of_class("Document")
        .iter()
        .any(|l| l.contains("ODC")));
}

#[test]
fn an_acronym_spelling_the_whole_name_stays_with_it() {
    // "COTN" spells the charter's whole name: no body of its own.
    let out = Output::of(
        "Ports pact\n\nKestria signed the Charter of the Ocean Tide Network (COTN) on Monday.",
    );
    let names = out.names();
    assert!(!names.contains_key("Ocean Tide Network"), "{names:?}");
    assert!(names["COTN"].contains("Document"), "{names:?}");
}

#[test]
fn an_acronym_joins_a_body_name_cut_at_its_connector() {
    let out = Output::of(
        "Hotel training\n\nThe Ministry of Labour signed an agreement with the Harbour Chapter of the Kestria Hotel and Tourist Association (KHTA).",
    );
    let names = out.names();
    assert!(
        names.contains_key("Kestria Hotel and Tourist Association"),
        "{names:?}"
    );
    assert!(!names.contains_key("Tourist Association"), "{names:?}");
}

#[test]
fn an_acronym_spelling_an_office_makes_no_body() {
    // The letters spell a title and its body: left to the offices' rules.
    let out = Output::of(
        "Harbour visit\n\nThe envoy met the Deputy Director General of Ports (DDGP) in Lime.",
    );
    let names = out.names();
    assert!(
        !names
            .get("Deputy Director General of Ports")
            .is_some_and(|classes| classes.contains("Organization")),
        "{names:?}"
    );
}

#[test]
fn a_participle_read_as_a_past_tense_states_the_goal_of_the_object() {
    let out = Output::of(
        "Seats bill\n\nThe two parties agreed to submit a bill to the Assembly aimed at cutting the number of seats. The bill was drafted in May.",
    );
    assert_eq!(
        out.goals_of("bill").into_iter().collect::<Vec<_>>(),
        ["cutting the number of seats"]
    );
}

#[test]
fn a_past_tense_with_its_own_subject_states_no_goal_of_the_object() {
    let out = Output::of(
        "Seats bill\n\nThe two parties agreed to submit a bill to the Assembly, and they aimed at cutting the number of seats. The bill was drafted in May.",
    );
    assert!(out.goals_of("bill").is_empty());
}
