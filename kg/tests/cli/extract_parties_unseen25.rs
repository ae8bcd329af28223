//! Parties of signings and cooperation in constructions that lost facts on
//! unseen releases (session 25): a signing stated once over a list of
//! documents, with label fields naming each document's signers; "A and B
//! are entering into …" and other joint verb phrases of several words;
//! cooperation nouns with a relative clause; infinitives of purpose that
//! sign; lists of parties after "between:"; and what is no cooperation
//! (hostile nouns, a unit with its parent body in apposition). One positive
//! and one negative test per construction, on sentences written for these
//! tests.

use super::extract_constructions::{facts_of, Output};

const SIGNING_LIST: &str = "State visit\n\nList of Agreements/MoUs signed between Chile and Peru during the state visit\n\n1. Memorandum of Understanding on Cooperation in Fisheries\n\nSignatory from Chile: Mr. Tomas Varga, Secretary, Ministry of Fisheries\n\nSignatory from Peru: Ms. Lucia Brenner, Director, Peruvian Ocean Institute\n\n2. Protocol on Double Taxation Avoidance\n\n3. Agreement on Cultural Exchange\n";

#[test]
fn a_signing_heading_over_a_list_gives_each_listed_document_both_signers() {
    let out = Output::of(SIGNING_LIST);
    for document in [
        "Memorandum of Understanding on Cooperation",
        "Protocol on Double Taxation Avoidance",
        "Agreement on Cultural Exchange",
    ] {
        for party in ["Chile", "Peru"] {
            assert!(
                out.has(party, "signs", document),
                "{party} {document}: {:?}",
                out.facts()
            );
        }
    }
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    // "The following … were signed by A and B:" over bulleted lines.
    let text = "Forestry\n\nThe following memoranda were signed by Chile and Peru in Lima:\n\n- Memorandum of Understanding on Forestry\n\n- Memorandum of Understanding on Port Logistics\n";
    let out = Output::of(text);
    for document in [
        "Memorandum of Understanding on Forestry",
        "Memorandum of Understanding on Port Logistics",
    ] {
        assert!(out.has("Chile", "signs", document), "{:?}", out.facts());
        assert!(out.has("Peru", "signs", document), "{:?}", out.facts());
    }
}

#[test]
fn a_list_under_a_heading_of_no_signing_gives_no_signers() {
    let text = "State visit\n\nList of Agreements discussed between Chile and Peru during the state visit\n\n1. Memorandum of Understanding on Cooperation in Fisheries\n\n2. Protocol on Double Taxation Avoidance\n";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
    // Body text after the list is no item of it.
    let text = "State visit\n\nList of Agreements signed between Chile and Peru during the state visit\n\n1. Protocol on Double Taxation Avoidance\n\nThe visit ended in Lima. Officials praised the talks. The Agreement on Cultural Exchange was discussed in Lima.\n\nAgreement on Air Services\n";
    let signed: Vec<String> = facts_of(text, "signs")
        .into_iter()
        .map(|(_, o)| o)
        .collect();
    assert!(
        signed
            .iter()
            .all(|o| o == "Protocol on Double Taxation Avoidance"),
        "{signed:?}"
    );
}

#[test]
fn a_signatory_label_field_names_the_signer_of_its_item() {
    let out = Output::of(SIGNING_LIST);
    let document = "Memorandum of Understanding on Cooperation";
    assert!(
        out.has("Tomas Varga", "signs", document),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Lucia Brenner", "signs", document),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Tomas Varga", "holdsPosition", "Secretary"),
        "{:?}",
        out.facts()
    );
    // A label signs only the item it stands under.
    assert!(!out.has(
        "Tomas Varga",
        "signs",
        "Protocol on Double Taxation Avoidance"
    ));
}

#[test]
fn a_signatory_label_without_a_signing_list_gives_no_signer() {
    let text = "Fisheries\n\nMemorandum of Understanding on Cooperation in Fisheries\n\nSignatory from Chile: Mr. Tomas Varga, Secretary, Ministry of Fisheries\n";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
}

#[test]
fn parties_entering_into_a_memorandum_cooperate() {
    for (text, a, b) in [
        (
            "Ocean research\n\nThe Ministry of Science of Chile and the Peruvian Ocean Institute are entering into a Memorandum of Understanding to advance marine research.",
            "Ministry of Science of Chile",
            "Peruvian Ocean Institute",
        ),
        (
            "Ports\n\nOfficials announced that Chile and Peru are entering into a Memorandum of Understanding on port security.",
            "Chile",
            "Peru",
        ),
        (
            "Fisheries\n\nThe Ministry of Fisheries of Chile entered into a memorandum with the Ministry of Oceans of Peru.",
            "Ministry of Fisheries of Chile",
            "Ministry of Oceans of Peru",
        ),
        (
            "Coast\n\nThe Government of Chile and the Government of Peru joined forces to protect the coast.",
            "Government of Chile",
            "Government of Peru",
        ),
    ] {
        let out = Output::of(text);
        assert!(out.has(a, "cooperatesWith", b), "{text}: {:?}", out.facts());
        // Entering into an accord is becoming a party to it, as acceding
        // is: both sign it (session 30). Joining forces signs nothing.
        let mut signers: Vec<String> = out
            .facts()
            .into_iter()
            .filter(|(_, p, _)| p == "signs")
            .map(|(s, _, _)| s)
            .collect();
        signers.sort();
        let expected: Vec<String> = if text.contains(" into ") {
            vec![a.to_owned(), b.to_owned()]
        } else {
            vec![]
        };
        assert_eq!(signers, expected, "{text}");
    }
}

#[test]
fn entering_without_into_is_no_joint_act() {
    let text = "Markets\n\nThe Ministry of Fisheries of Chile entered the market with a new vessel. Chile and Peru entered the final round of the talks on tariffs.";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn a_cooperation_noun_with_a_relative_clause_of_two_parties() {
    let text = "Trade\n\nThe minister praised the close relationship Chile and Peru have on trade.";
    let out = Output::of(text);
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_relative_clause_on_a_noun_of_no_cooperation_gives_no_partners() {
    let text = "Trade\n\nThe minister praised the report Chile and Peru published on trade.";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn an_infinitive_of_purpose_signs_with_the_main_clause_subject() {
    for (text, a, b) in [
        (
            "Coast\n\nThe Ministry of Trade of Chile joined with the Ministry of Trade of Peru to sign the Coastal Safety Accord.",
            "Ministry of Trade of Chile",
            "Ministry of Trade of Peru",
        ),
        (
            "Coast\n\nThe Government of Chile and the Government of Peru met in Lima to sign the Coastal Safety Accord.",
            "Government of Chile",
            "Government of Peru",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.has(a, "signs", "Coastal Safety Accord"),
            "{text}: {:?}",
            out.facts()
        );
        assert!(
            out.has(b, "signs", "Coastal Safety Accord"),
            "{text}: {:?}",
            out.facts()
        );
        assert!(out.has(a, "cooperatesWith", b), "{text}: {:?}", out.facts());
    }
}

#[test]
fn refusing_to_sign_or_meeting_to_discuss_signs_nothing() {
    let text = "Coast\n\nThe Government of Chile refused to sign the Coastal Safety Accord. The Government of Peru met in Lima to discuss the Coastal Safety Accord.";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
}

#[test]
fn parties_listed_one_per_line_after_between_cooperate() {
    let text = "Rail\n\nMemorandum of Understanding on cooperation in rail transport, between:\n\n- the Ministry of Transport of Chile\n\n- the Ministry of Railways of Peru\n\nThe participants will meet each year.\n";
    let out = Output::of(text);
    assert!(
        out.has(
            "Ministry of Transport of Chile",
            "cooperatesWith",
            "Ministry of Railways of Peru"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn lines_after_a_colon_of_no_joint_thing_are_no_parties() {
    let text = "Rail\n\nThe Ministry of Transport of Chile sent letters to:\n\n- the Ministry of Railways of Peru\n\n- the Ministry of Ports of Bolivia\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn talks_and_partnerships_between_parties_still_cooperate() {
    let text =
        "Talks\n\nChile held talks with Bolivia. The partnership between Peru and Bolivia is new.";
    let out = Output::of(text);
    assert!(
        out.has("Chile", "cooperatesWith", "Bolivia"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Peru", "cooperatesWith", "Bolivia"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn hostile_nouns_never_make_partners() {
    for text in [
        "War\n\nThe war between Chile and Peru continued.",
        "Sanctions\n\nChile imposed sanctions against Peru after talks with Bolivia.",
        "Dispute\n\nThe dispute between Chile and Peru is old.",
    ] {
        let found = facts_of(text, "cooperatesWith");
        assert!(
            !found.iter().any(|(s, o)| s == "Peru" || o == "Peru"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn three_bodies_listed_after_between_are_three_parties() {
    let text = "Talks\n\nThe talks between the Department of Fisheries, the Ministry of Agriculture and the Ministry of Oceans were fruitful.";
    let out = Output::of(text);
    assert!(
        out.has(
            "Department of Fisheries",
            "cooperatesWith",
            "Ministry of Agriculture"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Department of Fisheries",
            "cooperatesWith",
            "Ministry of Oceans"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_unit_with_its_parent_ministry_in_apposition_is_one_party() {
    let text = "Talks\n\nThe talks between the Department of Fisheries, Ministry of Agriculture of Chile and the Ministry of Oceans of Peru were fruitful.";
    let out = Output::of(text);
    assert!(
        !out.has(
            "Department of Fisheries",
            "cooperatesWith",
            "Ministry of Agriculture of Chile"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Department of Fisheries",
            "cooperatesWith",
            "Ministry of Oceans of Peru"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_pair_phrase_after_between_stands_for_the_two_countries_named() {
    // The countries named only as modifiers of the ministers' offices.
    let text = "Talks\n\nThe Peruvian Minister of Trade, Ana Lopez, met Chile's Minister of Industry, Karel Dvorsky, in Lima. They reviewed relations between the two countries.";
    let out = Output::of(text);
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_pair_phrase_after_between_is_not_a_place_named_in_an_aside() {
    let text = "Drought\n\nChile and Peru signed a memorandum on Monday. Chile and Peru will share rainfall data. The drought in Bolivia worsened. Officials welcomed the partnership between the two countries.";
    let found = facts_of(text, "cooperatesWith");
    assert!(
        !found.iter().any(|(s, o)| s == "Bolivia" || o == "Bolivia"),
        "{found:?}"
    );
}
