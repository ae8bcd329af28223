//! Members and signers listed apart from the verb, on sentences written for
//! these tests with invented groups and documents: parties after "signed
//! X:" (inline or one a line), "Signatories to X include A and B", "the
//! members of X are: A, B and C" (inline or one a line), "Members of X
//! include", "X brings together A, B and C", "X was signed on behalf of A
//! by P and on behalf of B by Q"; none from a description after the copula,
//! a negated signing or a group counted without names ("many nations").

use super::extract_constructions::{members_of, Output};

fn sorted_subjects(out: &Output, property: &str, object: &str) -> Vec<String> {
    let mut found = out.subjects_of(property, object);
    found.sort();
    found
}

fn signers(text: &str, document: &str) -> Vec<String> {
    sorted_subjects(&Output::of(text), "signs", document)
}

#[test]
fn countries_listed_after_a_colon_closing_a_signing_sign_the_document() {
    assert_eq!(
        signers(
            "Trade News\n\nFour countries signed the Lagoon Water Accord: Ghana, Togo, Benin and Niger.",
            "Lagoon Water Accord"
        ),
        ["Benin", "Ghana", "Niger", "Togo"]
    );
}

#[test]
fn countries_listed_one_a_line_after_a_signing_sign_the_document() {
    assert_eq!(
        signers(
            "Trade News\n\nThe following states signed the Savanna Grain Protocol:\n\n- Ghana\n- Togo\n- Benin\n\nThe ministers then met the press.",
            "Savanna Grain Protocol"
        ),
        ["Benin", "Ghana", "Togo"]
    );
}

#[test]
fn a_negated_signing_lists_no_signers() {
    assert!(signers(
        "Trade News\n\nTwo countries did not sign the Lagoon Water Accord: Mali and Chad.",
        "Lagoon Water Accord"
    )
    .is_empty());
}

#[test]
fn the_signatories_a_document_includes_sign_it() {
    assert_eq!(
        signers(
            "Trade News\n\nSignatories to the Lagoon Water Accord include Gabon and Cameroon.",
            "Lagoon Water Accord"
        ),
        ["Cameroon", "Gabon"]
    );
}

#[test]
fn each_party_and_the_person_signing_on_its_behalf_in_the_passive_sign() {
    let out = Output::of(
        "Trade News\n\nThe Savanna Grain Protocol was signed on behalf of Ghana by Trade Minister Kofi Mensah and on behalf of Togo by Trade Minister Ama Koffi.",
    );
    assert_eq!(
        sorted_subjects(&out, "signs", "Savanna Grain Protocol"),
        ["Ama Koffi", "Ghana", "Kofi Mensah", "Togo"]
    );
    let pair = out.facts().into_iter().any(|(s, p, o)| {
        p == "cooperatesWith" && ((s == "Ghana" && o == "Togo") || (s == "Togo" && o == "Ghana"))
    });
    assert!(pair, "the two parties signing together cooperate");
}

#[test]
fn members_listed_after_a_copula_and_a_colon_are_members() {
    assert_eq!(
        members_of(
            "Trade News\n\nThe members of the Harbour Cities Forum are: Ghana, Togo and Benin.",
            "Harbour Cities Forum"
        ),
        ["Benin", "Ghana", "Togo"]
    );
}

#[test]
fn members_listed_one_a_line_after_a_copula_are_members() {
    assert_eq!(
        members_of(
            "Trade News\n\nThe Desert Roads Commission's members are:\n\n- Chad\n- Sudan\n\nIt meets twice a year.",
            "Desert Roads Commission"
        ),
        ["Chad", "Sudan"]
    );
}

#[test]
fn a_group_bringing_together_names_has_them_as_members() {
    assert_eq!(
        members_of(
            "Trade News\n\nThe Sahel Energy Union brings together Senegal, Gambia and Guinea.",
            "Sahel Energy Union"
        ),
        ["Gambia", "Guinea", "Senegal"]
    );
}

#[test]
fn a_group_counted_without_names_is_no_member() {
    let out = Output::of("Trade News\n\nSo many nations have joined the Atlantic Rivers Group.");
    assert!(out
        .subjects_of("memberOf", "Atlantic Rivers Group")
        .is_empty());
}
