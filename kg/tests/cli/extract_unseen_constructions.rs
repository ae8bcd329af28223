//! Constructions of government releases the dev set had few of, read on
//! sentences written for these tests (issue 14): offices listing fields
//! of government, cooperation without a verb of cooperating, issuing and
//! signing as nouns, signatories after a copula, inverted signing, the
//! party a signer acts for before the agent, and title-case headlines.

use super::extract_constructions::Output;

fn holds_office_containing(out: &Output, person: &str, part: &str) -> bool {
    out.facts()
        .iter()
        .any(|(s, p, o)| s == person && p == "holdsPosition" && o.contains(part))
}

#[test]
fn fields_of_government_in_a_comma_list_stay_in_the_office() {
    let out = Output::of(
        "Harbour accord\n\nThe Harbour Accord was signed by Ada Quist, Minister of Defence, Justice and Security, and Bram Olver, Minister of Housing, Works and Water.",
    );
    let facts = out.facts();
    assert!(
        holds_office_containing(&out, "Ada Quist", "Defence, Justice and Security"),
        "{facts:?}"
    );
    assert!(
        holds_office_containing(&out, "Bram Olver", "Housing, Works and Water"),
        "{facts:?}"
    );
    for signer in ["Ada Quist", "Bram Olver"] {
        assert!(out.has(signer, "signs", "Harbour Accord"), "{facts:?}");
    }
    // No field of the list is a party or an office of its own.
    assert!(
        facts
            .iter()
            .all(|(s, _, o)| s != "Security" && s != "Justice" && o != "Justice"),
        "{facts:?}"
    );
}

#[test]
fn a_body_after_an_office_is_still_a_signer() {
    // "Port Authority" is no field of government: the list ends before it.
    let out = Output::of(
        "Harbour accord\n\nThe Harbour Accord was signed by Ada Quist, Minister of Trade, and the Valdivia Port Authority.",
    );
    assert!(
        out.has("Valdivia Port Authority", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn partnership_in_an_adjunct_or_apposition_makes_the_subject_a_partner() {
    for text in [
        "Bridge\n\nChile, in partnership with Peru, will build a bridge across the bay.",
        "Bridge\n\nChile will build the bridge in collaboration with Peru.",
        "Bridge\n\nThe bridge fund is a joint initiative of Chile and Peru.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Chile", "cooperatesWith", "Peru"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn partnership_without_a_partner_or_an_initiative_of_one_is_no_cooperation() {
    for text in [
        "Bridge\n\nChile will build a bridge across the bay in partnership with local towns.",
        "Bridge\n\nThe bridge fund is an initiative of Chile. Peru will pay for the road.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.has("Chile", "cooperatesWith", "Peru"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn adoption_and_publication_as_nouns_name_the_issuer() {
    let out = Output::of(
        "Water plan\n\nChile's adoption of the National Water Plan was welcomed by farmers. The publication of the Coastal Resilience Strategy by the Ministry of Environment marks a new phase.",
    );
    let facts = out.facts();
    assert!(
        out.has("Chile", "issues", "National Water Plan"),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Ministry of Environment",
            "issues",
            "Coastal Resilience Strategy"
        ),
        "{facts:?}"
    );
}

#[test]
fn welcoming_a_publication_is_no_issuing() {
    let out = Output::of(
        "Coasts\n\nThe Ministry of Environment welcomed the publication of the Coastal Resilience Strategy.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn signatories_named_around_a_copula_sign() {
    let out = Output::of(
        "Harbours\n\nAmong the signatories of the Harbour Safety Agreement were Chile and Bolivia. Peru is a signatory to the Harbour Safety Agreement.",
    );
    let facts = out.facts();
    for signer in ["Chile", "Bolivia", "Peru"] {
        assert!(
            out.has(signer, "signs", "Harbour Safety Agreement"),
            "{signer}: {facts:?}"
        );
    }
    assert!(out.has("Chile", "cooperatesWith", "Bolivia"), "{facts:?}");
}

#[test]
fn a_denied_or_unrelated_signatory_signs_nothing() {
    let out = Output::of(
        "Harbours\n\nChile is not a signatory of the Harbour Safety Agreement. The signatories of the Harbour Safety Agreement met Peru in Lima.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn inverted_signing_puts_the_signers_last() {
    let out =
        Output::of("River accord\n\nSigning the Delta River Accord were Chile, Peru and Bolivia.");
    let facts = out.facts();
    for signer in ["Chile", "Peru", "Bolivia"] {
        assert!(
            out.has(signer, "signs", "Delta River Accord"),
            "{signer}: {facts:?}"
        );
    }
    assert!(out.has("Peru", "cooperatesWith", "Bolivia"), "{facts:?}");
}

#[test]
fn an_opening_signing_clause_without_signers_after_the_copula_names_none() {
    let out =
        Output::of("River accord\n\nSigning the Delta River Accord was a big step for Chile.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_party_a_signer_acts_for_may_come_before_the_agent() {
    let out = Output::of(
        "Border trade\n\nThe Border Trade Agreement was signed on behalf of Chile by Ada Quist.",
    );
    assert!(
        out.has("Ada Quist", "signs", "Border Trade Agreement"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_case_headline_verb_after_a_title_is_no_name() {
    let out = Output::of(
        "Minister Announces New Partnership With Peru On Clean Energy\n\nThe Ministry of Energy of Chile announced a new partnership with Peru on Monday.",
    );
    let names = out.names();
    assert!(names.keys().all(|n| !n.contains("Announces")), "{names:?}");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ministry of Energy of Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn together_with_makes_partners_of_the_clause_subject() {
    for text in [
        "Coastal fund\n\nTogether with Peru, Chile launched a new fund for coastal towns.",
        "Coastal fund\n\nChile, together with Peru and Bolivia, launched a new fund for coastal towns.",
        "Coastal fund\n\nTogether with Bolivia and Peru, Chile launched a new fund for coastal towns.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Chile", "cooperatesWith", "Peru"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn together_with_a_person_or_without_a_subject_name_joins_no_parties() {
    for text in [
        "Coastal fund\n\nTogether with local towns, Chile launched a new fund.",
        "Coastal fund\n\nThe minister travelled to Lima together with Peru's envoy. Chile paid for the trip.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn coordinated_long_document_names_are_two_documents() {
    let out = Output::of(
        "Two plans\n\nThe Ministry of Environment of Chile published the National Strategy for Biodiversity and the Action Plan on Marine Litter.",
    );
    for document in [
        "National Strategy for Biodiversity",
        "Action Plan on Marine Litter",
    ] {
        assert!(
            out.has("Ministry of Environment of Chile", "issues", document),
            "{document}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn serving_as_an_office_links_the_person_to_it() {
    for text in [
        "Energy\n\nAda Quist, who serves as Minister of Energy, opened the plant.",
        "Energy\n\nAda Quist, serving as Minister of Energy, opened the plant.",
    ] {
        let out = Output::of(text);
        assert!(
            holds_office_containing(&out, "Ada Quist", "Minister of Energy"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn serving_as_no_office_links_nothing() {
    let out =
        Output::of("Energy\n\nAda Quist, who serves as a guide for visitors, opened the plant.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}
