//! Memberships named by a role phrase (session 35): "A and B, as members of
//! Y, …", "A, as a founding member of Y, …", "A and B, directly and as
//! members of Y" (the phrase set off by a comma after the names), and the
//! singular fronted phrase "As a member of Y, A …". One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::members_of;

const UNION: &str = "Andean Ports Union";

fn members(text: &str) -> Vec<String> {
    members_of(text, UNION)
}

#[test]
fn names_before_a_role_phrase_of_members_are_members() {
    assert_eq!(
        members("Port Talks\n\nChile and Peru, as members of the Andean Ports Union, voted against the plan."),
        ["Chile", "Peru"]
    );
}

#[test]
fn names_before_a_role_phrase_after_adverbs_are_members() {
    assert_eq!(
        members(
            "Port Talks\n\nOfficials spoke of the ties linking Chile and Peru, regionally and as members of the Andean Ports Union."
        ),
        ["Chile", "Peru"]
    );
}

#[test]
fn members_as_the_subject_of_a_clause_after_the_names_name_no_one() {
    // "…, as members … arrived": the members are the clause's subject.
    assert!(members(
        "Port Talks\n\nChile thanked Peru, as members of the Andean Ports Union arrived in Lima."
    )
    .is_empty());
}

#[test]
fn members_after_an_additive_phrase_name_no_one() {
    // "as well as members": the names before are no members.
    assert!(members(
        "Port Talks\n\nThe envoy met Chile, as well as members of the Andean Ports Union, in Lima."
    )
    .is_empty());
}

#[test]
fn a_name_before_a_singular_role_phrase_is_a_member() {
    assert_eq!(
        members(
            "Port Talks\n\nPeru, as a founding member of the Andean Ports Union, hosted the talks."
        ),
        ["Peru"]
    );
}

#[test]
fn a_fronted_singular_role_phrase_names_the_one_name_after_it() {
    assert_eq!(
        members("Port Talks\n\nAs a member of the Andean Ports Union, Peru backed the plan."),
        ["Peru"]
    );
}

#[test]
fn a_singular_role_phrase_names_no_coordinated_names() {
    // One member for a singular noun: the phrase belongs to neither name.
    assert!(members(
        "Port Talks\n\nAs a member of the Andean Ports Union, Chile and Peru backed the plan."
    )
    .is_empty());
}

// Regression (review of session 35): a role phrase whose membership is over
// or not yet begun stated a present membership.
#[test]
fn a_former_or_prospective_member_is_no_member() {
    assert!(members(
        "Port Talks\n\nAs a former member of the Andean Ports Union, Chile kept its own tariffs."
    )
    .is_empty());
    assert!(members(
        "Port Talks\n\nPeru, as a prospective member of the Andean Ports Union, watched the vote."
    )
    .is_empty());
    // The present membership of the same shape still counts.
    assert_eq!(
        members("Port Talks\n\nAs a member of the Andean Ports Union, Chile kept its own tariffs."),
        ["Chile"]
    );
}

#[test]
fn one_of_the_former_members_is_no_member() {
    assert!(
        members("Port Talks\n\nChile is one of the former members of the Andean Ports Union.")
            .is_empty()
    );
}
