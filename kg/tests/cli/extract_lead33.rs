//! Constructions of session 33 read by the lead: a multiword preposition of
//! a standard ("in line with") names no partner. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_partnership_after_in_line_with_is_no_partner() {
    let out = Output::of(
        "Canada and Mexico will work together on port security in line with their Atlantic Ports Partnership.",
    );
    assert!(
        out.has("Canada", "cooperatesWith", "Mexico"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "cooperatesWith" && o.contains("Partnership")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_partnership_after_a_plain_with_is_still_a_partner() {
    let out = Output::of("Canada will work with the Atlantic Ports Partnership on port security.");
    assert!(
        out.has("Canada", "cooperatesWith", "Atlantic Ports Partnership"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_indefinite_partner_country_is_no_party() {
    let out = Output::of("The EU signed a trade agreement with a partner country in the region.");
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "cooperatesWith"
            || s.contains("country")
            || o.contains("country")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_or_named_partner_country_is_still_a_party() {
    let out =
        Output::of("The EU signed a trade agreement with Japan, a partner country in the region.");
    assert!(
        out.has("European Union", "cooperatesWith", "Japan"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn parties_renewing_an_agreement_sign_it() {
    let out = Output::of(
        "Canada and Mexico renewed their memorandum of understanding on fisheries research today.",
    );
    let signed: Vec<_> = out
        .facts()
        .into_iter()
        .filter(|(_, p, o)| p == "signs" && o.contains("memorandum"))
        .map(|(s, _, _)| s)
        .collect();
    assert!(
        signed.contains(&"Canada".to_string()) && signed.contains(&"Mexico".to_string()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn renewing_a_relationship_signs_nothing() {
    let out = Output::of("The visit let Canada renew its bilateral relationship with Mexico.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

const DECLARATION_HEADLINE: &str =
    "Joint Declaration of Intent on Hydrogen Cooperation between Chile and Norway\n\n";

#[test]
fn the_headline_document_owns_the_parties_ambitions_over_a_document_cited_twice() {
    let out = Output::of(&format!(
        "{DECLARATION_HEADLINE}The Participants reaffirm their commitment to the Kyoto Protocol and recall the goals of the Kyoto Protocol.\n\n\
         The Participants share the ambition to expand hydrogen trade between the two countries."
    ));
    let goal = "expand hydrogen trade between the two countries";
    assert!(
        out.has(
            goal,
            "goalOf",
            "Joint Declaration of Intent on Hydrogen Cooperation"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has(goal, "goalOf", "Kyoto Protocol"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn without_a_headline_document_the_document_cited_twice_is_the_topic() {
    let out = Output::of(
        "Climate talks in Santiago\n\n\
         The Participants reaffirm their commitment to the Kyoto Protocol and recall the goals of the Kyoto Protocol.\n\n\
         The Participants share the ambition to expand hydrogen trade between the two countries.",
    );
    assert!(
        out.has(
            "expand hydrogen trade between the two countries",
            "goalOf",
            "Kyoto Protocol"
        ),
        "{:?}",
        out.facts()
    );
}
