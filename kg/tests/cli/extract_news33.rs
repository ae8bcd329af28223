//! Memberships and offices in general news (session 33): members named
//! around a membership noun ("A and B, both members of Y", "As members of
//! Y, A and B", "A is one of the twelve members of Y", "Y's members,
//! including A and B", "Y members A and B", "A and other Y members"), and a
//! demonym that is also a given name before a one-word title ("German
//! Chancellor Ada Quist": the office is Germany's), and a place hyphenated
//! to a participle of locating ("a Boston-based startup"). One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::{members_of, Output};

const UNION: &str = "Andean Ports Union";

fn members(text: &str) -> Vec<String> {
    members_of(text, UNION)
}

#[test]
fn names_set_off_before_a_plural_membership_noun_are_members() {
    assert_eq!(
        members("Port Talks\n\nChile and Peru, both members of the Andean Ports Union, signed the accord."),
        ["Chile", "Peru"]
    );
}

#[test]
fn names_set_off_before_another_plural_noun_are_no_members() {
    assert!(members(
        "Port Talks\n\nChile and Peru, both critics of the Andean Ports Union, signed the accord."
    )
    .is_empty());
}

#[test]
fn a_fronted_role_phrase_of_members_names_the_names_after_it() {
    assert_eq!(
        members("Port Talks\n\nAs members of the Andean Ports Union, Chile and Peru voted against the plan."),
        ["Chile", "Peru"]
    );
}

#[test]
fn members_as_the_subject_of_a_fronted_clause_name_no_one_after_it() {
    // "As members … arrived": the members are the clause's subject, and the
    // names of the main clause are not said to be members.
    assert!(members(
        "Port Talks\n\nAs members of the Andean Ports Union arrived, Chile and Peru left the hall."
    )
    .is_empty());
}

#[test]
fn one_of_the_counted_members_after_a_copula_is_a_member() {
    assert_eq!(
        members("Port Talks\n\nPeru is one of the twelve members of the Andean Ports Union."),
        ["Peru"]
    );
    assert_eq!(
        members("Port Talks\n\nPeru, one of the founding members of the Andean Ports Union, signed the accord."),
        ["Peru"]
    );
}

#[test]
fn meeting_one_of_the_members_makes_no_member() {
    assert!(
        members("Port Talks\n\nPeru met one of the twelve members of the Andean Ports Union.")
            .is_empty()
    );
}

#[test]
fn an_example_list_after_the_members_names_members() {
    assert_eq!(
        members("Port Talks\n\nThe Andean Ports Union's members, including Chile and Peru, met in Lima."),
        ["Chile", "Peru"]
    );
    assert_eq!(
        members("Port Talks\n\nMember states of the Andean Ports Union such as Chile and Peru backed the plan."),
        ["Chile", "Peru"]
    );
}

#[test]
fn names_after_the_members_verb_are_no_members() {
    assert!(
        members("Port Talks\n\nMembers of the Andean Ports Union met Chile and Peru in Lima.")
            .is_empty()
    );
}

#[test]
fn names_right_after_a_named_membership_noun_are_members() {
    assert_eq!(
        members("Port Talks\n\nAndean Ports Union members Chile and Peru voted against the plan."),
        ["Chile", "Peru"]
    );
}

#[test]
fn names_after_the_verb_of_named_members_are_no_members() {
    assert!(
        members("Port Talks\n\nAndean Ports Union members met Chile and Peru in Lima.").is_empty()
    );
}

#[test]
fn a_name_coordinated_with_other_members_is_a_member() {
    assert_eq!(
        members("Port Talks\n\nTrade with Chile and other Andean Ports Union members grew."),
        ["Chile"]
    );
}

#[test]
fn a_name_coordinated_with_some_of_the_members_is_no_member() {
    // "some" names part of the group without counting Chile in it.
    assert!(members(
        "Port Talks\n\nTrade with Chile and some members of the Andean Ports Union grew."
    )
    .is_empty());
}

#[test]
fn a_name_coordinated_with_members_without_other_is_no_member() {
    assert!(
        members("Port Talks\n\nTrade with Chile and Andean Ports Union members grew.").is_empty()
    );
}

#[test]
fn a_demonym_that_is_a_given_name_before_a_title_names_the_office_country() {
    let out = Output::of("Berlin Talks\n\nGerman Chancellor Ada Quist met Kestrian officials.");
    assert!(
        out.has("Ada Quist", "holdsPosition", "German Chancellor"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("German Chancellor", "positionOf", "Germany"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_given_name_that_is_a_demonym_before_a_surname_stays_a_name() {
    let out = Output::of("Berlin Talks\n\nGerman Ivanov met Kestrian officials on Monday.");
    // Without a title after it, the given name opens the person's name.
    let names = out.names();
    assert!(
        names
            .get("German Ivanov")
            .is_some_and(|c| c.contains("Person")),
        "{names:?}"
    );
}

fn located(text: &str) -> Vec<String> {
    Output::of(text).objects_of("Brightwave Energy Ltd", "locatedIn")
}

#[test]
fn a_place_hyphenated_to_based_locates_the_name_it_describes() {
    assert_eq!(
        located("Energy News\n\nBrightwave Energy Ltd, a Boston-based startup, raised funds."),
        ["Boston"]
    );
    assert_eq!(
        located("Energy News\n\nThe Boston-based Brightwave Energy Ltd raised funds."),
        ["Boston"]
    );
    assert_eq!(
        located("Energy News\n\nBrightwave Energy Ltd is a Boston-based startup."),
        ["Boston"]
    );
}

#[test]
fn a_hyphenated_place_describing_another_noun_locates_no_name() {
    // The phrase describes the lawyer, not the company that hired one.
    assert!(
        located("Energy News\n\nBrightwave Energy Ltd hired a Boston-based lawyer.").is_empty()
    );
    let out = Output::of("Energy News\n\nThe Kestria-backed Coastal Plan was adopted in May.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "locatedIn"),
        "{:?}",
        out.facts()
    );
}
