//! Memberships whose group is named before the membership noun (session
//! 44): the subject of a membership copula ("Peru became the Union's
//! newest Member", "Chile and Peru are Union member states"), and the names
//! right before a role phrase ("the role of A, B and C as full Union
//! members", "praised A and B as members of the Union"). One positive and
//! one negative test per construction, on sentences written for these
//! tests with invented groups.

use super::extract_constructions::members_of;

const UNION: &str = "Andean Ports Union";

fn members(text: &str) -> Vec<String> {
    members_of(text, UNION)
}

#[test]
fn the_subject_of_a_copula_before_the_groups_possessive_member_is_a_member() {
    assert_eq!(
        members(
            "Port Talks\n\nIn March 2019, Peru became the Andean Ports Union’s first Member from the Pacific coast."
        ),
        ["Peru"]
    );
}

#[test]
fn coordinated_subjects_of_a_copula_before_named_member_states_are_members() {
    assert_eq!(
        members(
            "Port Talks\n\nChile and Peru are Andean Ports Union member states with shared views on tariffs."
        ),
        ["Chile", "Peru"]
    );
}

#[test]
fn a_membership_hoped_for_planned_or_denied_is_no_membership() {
    // An infinitive, a modal or a negation in the verb group: no
    // membership is held.
    assert!(members(
        "Port Talks\n\nEcuador is determined to become the tenth Andean Ports Union member state."
    )
    .is_empty());
    assert!(members(
        "Port Talks\n\nEcuador will become the Andean Ports Union’s newest member next year."
    )
    .is_empty());
    assert!(members("Port Talks\n\nEcuador is not an Andean Ports Union member.").is_empty());
    assert!(members(
        "Port Talks\n\nTwo days later, Ecuador and Paraguay were invited to become Andean Ports Union Members."
    )
    .is_empty());
}

#[test]
fn a_former_member_after_the_copula_is_no_member() {
    assert!(members(
        "Port Talks\n\nEcuador is a former Andean Ports Union member with its own tariffs."
    )
    .is_empty());
}

#[test]
fn names_right_before_a_role_phrase_with_the_group_before_the_noun_are_members() {
    assert_eq!(
        members(
            "Port Talks\n\nThe ministers stressed the role of the United States, Chile, Peru and Bolivia as fully-fledged Andean Ports Union members in support of smaller ports."
        ),
        ["Bolivia", "Chile", "Peru", "United States"]
    );
}

#[test]
fn names_right_before_a_role_phrase_with_the_group_after_the_noun_are_members() {
    assert_eq!(
        members(
            "Port Talks\n\nThe envoy thanked Chile and Peru as members of the Andean Ports Union."
        ),
        ["Chile", "Peru"]
    );
}

#[test]
fn a_role_marker_opening_a_clause_names_no_members() {
    // "as" opens a clause whose subject is the members: the names before
    // it are no members.
    assert!(members(
        "Port Talks\n\nThe envoy thanked Chile and Peru as members of the Andean Ports Union arrived in Lima."
    )
    .is_empty());
}
