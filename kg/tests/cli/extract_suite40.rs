//! Constructions of session 40, on sentences written for these tests with
//! invented groups and documents: members named from the group's side ("the
//! Forum's members include A and B", "whose members include", "comprises",
//! "the three members of X are A, B and C"), negated ones
//! stating nothing; signing as "initialled" and "A's signature of X"; no membership from "a former
//! member of X".

use super::extract_constructions::{members_of, Output};

const COUNCIL: &str = "Coastal Fishing Council";

fn members(text: &str) -> Vec<String> {
    members_of(text, COUNCIL)
}

#[test]
fn a_groups_members_including_names_are_its_members() {
    assert_eq!(
        members("Fisheries News\n\nThe Coastal Fishing Council's members include Ghana, Togo and Benin."),
        ["Benin", "Ghana", "Togo"]
    );
}

#[test]
fn members_in_a_relative_clause_on_the_group_are_its_members() {
    assert_eq!(
        members("Fisheries News\n\nThe Coastal Fishing Council, whose members include Ghana and Togo, meets each spring."),
        ["Ghana", "Togo"]
    );
}

#[test]
fn a_group_comprising_names_has_them_as_members() {
    assert_eq!(
        members("Fisheries News\n\nThe Coastal Fishing Council comprises Senegal and Gambia."),
        ["Gambia", "Senegal"]
    );
}

#[test]
fn the_counted_members_of_a_group_after_a_copula_are_its_members() {
    // "Fishing" before "Council" is read as a verb here, so this test names
    // the group with a plural noun instead.
    let out = Output::of(
        "Fisheries News\n\nThe three members of the Coastal Fisheries Council are Ghana, Togo and Benin.",
    );
    let mut found = out.subjects_of("memberOf", "Coastal Fisheries Council");
    found.sort();
    assert_eq!(found, ["Benin", "Ghana", "Togo"]);
}

#[test]
fn a_negated_group_verb_states_no_members() {
    assert!(
        members("Fisheries News\n\nThe Coastal Fishing Council does not include Ghana.").is_empty()
    );
}

#[test]
fn a_group_verb_without_a_membership_subject_states_no_members() {
    // Partners are no members: only the property's own nouns stand for
    // their owner.
    assert!(members(
        "Fisheries News\n\nThe Coastal Fishing Council's partners include Ghana and Togo."
    )
    .is_empty());
}

fn signers(text: &str, document: &str) -> Vec<String> {
    let out = Output::of(text);
    let mut found = out.subjects_of("signs", document);
    found.sort();
    found
}

#[test]
fn parties_that_initialled_a_text_sign_it() {
    assert_eq!(
        signers(
            "Trade News\n\nKenya and Tanzania initialled the Lake Victoria Transport Accord in Mwanza.",
            "Lake Victoria Transport Accord"
        ),
        ["Kenya", "Tanzania"]
    );
}

#[test]
fn the_owner_of_a_signature_of_a_text_signs_it() {
    assert_eq!(
        signers(
            "Trade News\n\nUruguay's signature of the Plata Basin Charter was announced on Friday.",
            "Plata Basin Charter"
        ),
        ["Uruguay"]
    );
}

#[test]
fn a_former_member_in_apposition_is_no_member() {
    assert!(members(
        "Fisheries News\n\nGuinea, a former member of the Coastal Fishing Council, sent an observer."
    )
    .is_empty());
}
