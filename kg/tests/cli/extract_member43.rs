//! Memberships that a sentence does not state (session 43): a group named
//! only by a description that another body's entity took ("joined the
//! cabinet" resolved to a department named before), and a membership
//! sought, planned or offered rather than held (`kg:soughtMembershipCue`:
//! "a bid for membership", "has applied for membership", "hopes to become a
//! member", "invited Peru to join"). Each has a counterpart that still
//! states the membership, on sentences written for these tests.

use super::extract_constructions::facts_of;

fn memberships(text: &str) -> Vec<(String, String)> {
    facts_of(text, "memberOf")
}

fn pair(member: &str, group: &str) -> (String, String) {
    (member.to_owned(), group.to_owned())
}

#[test]
fn a_description_resolved_to_a_body_of_another_name_names_no_group() {
    // "the cabinet" refers back by class to the department named before;
    // the cabinet is no department.
    let text = "Cabinet Changes\n\nPremier Tom Berling today announced a new Department of \
                Coastal Affairs.\n\nAda Quist joined the cabinet on Monday as Minister of Trade.";
    assert!(memberships(text).is_empty(), "{:?}", memberships(text));
}

#[test]
fn a_description_whose_head_is_in_the_group_name_names_the_group() {
    let text = "River Talks\n\nThe Andean River Commission met in Lima on Monday.\n\n\
                Peru joined the commission in 2019.";
    assert!(memberships(text).contains(&pair("Peru", "Andean River Commission")));
}

#[test]
fn the_generic_organisation_word_names_the_group_it_refers_to() {
    let text = "Port Talks\n\nThe Andean Ports Union met in Lima on Monday.\n\n\
                Peru joined the organization in 2019.";
    assert!(memberships(text).contains(&pair("Peru", "Andean Ports Union")));
}

#[test]
fn a_bid_for_membership_states_no_membership() {
    let text = "Port Talks\n\nChile backed Peru's bid for membership of the Andean Ports Union.";
    assert!(memberships(text).is_empty(), "{:?}", memberships(text));
}

#[test]
fn an_application_for_membership_states_no_membership() {
    let text = "Port Talks\n\nPeru has applied for membership in the Andean Ports Union.";
    assert!(memberships(text).is_empty(), "{:?}", memberships(text));
}

#[test]
fn hoping_to_become_a_member_states_no_membership() {
    let text = "Port Talks\n\nPeru hopes to become a member of the Andean Ports Union next year.";
    assert!(memberships(text).is_empty(), "{:?}", memberships(text));
}

#[test]
fn an_invitation_to_join_states_no_membership() {
    let text = "Port Talks\n\nChile invited Peru to join the Andean Ports Union.";
    assert!(memberships(text).is_empty(), "{:?}", memberships(text));
}

#[test]
fn a_member_welcomed_or_become_is_a_member() {
    let text = "Port Talks\n\nChile welcomed Peru as a new member of the Andean Ports Union.\n\n\
                Bolivia became a member of the Andean Ports Union in 2019.";
    let found = memberships(text);
    assert!(
        found.contains(&pair("Peru", "Andean Ports Union")),
        "{found:?}"
    );
    assert!(
        found.contains(&pair("Bolivia", "Andean Ports Union")),
        "{found:?}"
    );
}
