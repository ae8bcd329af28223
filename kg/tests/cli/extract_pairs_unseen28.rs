//! Issuers and signers as unseen releases write them (session 28): a named
//! document owned by a party through a possessive ("the Chilean
//! government's Coastal Fisheries Strategy") is issued by it, and a place
//! adjunct before "to sign" after a meeting ("met with B in Lima, Peru to
//! sign") is where the signing took place, not who signed. One positive and
//! one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_party_owning_a_named_document_by_its_possessive_issues_it() {
    for (text, issuer) in [
        (
            "Fisheries News\n\nThe Chilean government's Coastal Fisheries Strategy will protect small boats.",
            "Government of Chile",
        ),
        (
            "Fisheries News\n\nThe Fisheries Agency's new Coastal Fisheries Strategy will protect small boats.",
            "Fisheries Agency",
        ),
    ] {
        let out = Output::of(text);
        assert_eq!(
            out.subjects_of("issues", "Coastal Fisheries Strategy"),
            vec![issuer.to_owned()],
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_possessive_before_a_thing_that_is_no_document_issues_nothing() {
    // Staff are no document, and a person's possessive is no party's.
    for text in [
        "Fisheries News\n\nThe Fisheries Agency's new Coastal Staff College will train small boat crews.",
        "Fisheries News\n\nThe minister's Coastal Fisheries Strategy will protect small boats.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts().iter().any(|(_, p, _)| p == "issues"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn meeting_a_partner_somewhere_to_sign_makes_both_signers_and_not_the_place() {
    let out = Output::of(
        "Energy News\n\nEnergy Minister Jo Vance met with Peruvian Trade Minister Luis Serra in Lima, Peru to sign a memorandum on battery supply chains.",
    );
    let signers: Vec<String> = out
        .facts()
        .into_iter()
        .filter(|(_, p, o)| p == "signs" && o == "memorandum on battery supply chains")
        .map(|(s, _, _)| s)
        .collect();
    // Peru signs as the owner of Luis Serra's office (session 29), not as
    // the place: Lima, the place's first name, signs nothing.
    assert_eq!(
        signers,
        vec![
            "Jo Vance".to_owned(),
            "Luis Serra".to_owned(),
            "Peru".to_owned()
        ],
        "{:?}",
        out.facts()
    );
    // Meeting someone about a memorandum is no signing.
    let out = Output::of(
        "Energy News\n\nEnergy Minister Jo Vance met with Peruvian Trade Minister Luis Serra in Lima, Peru to discuss a memorandum on battery supply chains.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}
