//! Cooperation, offices and issuers as unseen releases write them (session
//! 30): partners in an "in partnership with" adjunct of a subject whose
//! members carry acronyms; offices listed one per line under a lead-in
//! above the article; a possessive inside a long office; a style
//! ("Senator the Hon") between an office and its holder; a subject acting
//! "through" another body, and a document "and accompanying" another; a
//! body owned by a country after "and" inside a tagged name. One positive
//! and one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

fn facts_with(out: &Output, property: &str) -> Vec<(String, String)> {
    out.facts()
        .into_iter()
        .filter(|(_, p, _)| p == property)
        .map(|(s, _, o)| (s, o))
        .collect()
}

#[test]
fn partners_in_partnership_adjuncts_cooperate_with_each_member_of_the_subject() {
    let out = Output::of(
        "Water News\n\nThe Kestrian Water Authority (KWA) and the Centres for Coastal Research (CCR), in partnership with the Norland Ports Board, led the work on the new flood maps.",
    );
    let pairs = facts_with(&out, "cooperatesWith");
    for member in ["Kestrian Water Authority", "Centres for Coastal Research"] {
        assert!(
            pairs
                .iter()
                .any(|(s, o)| (s == member && o == "Norland Ports Board")
                    || (o == member && s == "Norland Ports Board")),
            "{member}: {:?}",
            out.facts()
        );
    }
    let out = Output::of(
        "Water News\n\nIn collaboration with the Norland Ports Board, the Kestrian Water Authority mapped the flood plains.",
    );
    assert!(
        out.has(
            "Kestrian Water Authority",
            "cooperatesWith",
            "Norland Ports Board"
        ) || out.has(
            "Norland Ports Board",
            "cooperatesWith",
            "Kestrian Water Authority"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_person_in_a_partnership_adjunct_is_no_partner() {
    let out = Output::of(
        "Water News\n\nThe Kestrian Water Authority, in partnership with Ada Quist, mapped the flood plains.",
    );
    assert!(
        facts_with(&out, "cooperatesWith").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn offices_listed_under_a_lead_in_above_the_article_are_read() {
    let out = Output::of(
        "Ministerial Talks on Fisheries\n\nJoint statement with:\n\n• Ada Quist, Minister for Coastal Affairs of Norway\n• Ivo Marsh, Minister for the Fisheries of Sweden\n\nThe ministers met in Oslo on Monday and agreed to share catch data.",
    );
    let held = facts_with(&out, "holdsPosition");
    assert!(
        held.iter()
            .any(|(s, o)| s == "Ivo Marsh" && o.starts_with("Minister for the Fisheries")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_list_above_the_article_without_a_lead_in_stays_out() {
    // Page furniture: the lines above the story are not introduced by a
    // lead-in ending with a colon.
    let out = Output::of(
        "Ministerial Talks on Fisheries\n\n• Ada Quist, Minister for Coastal Affairs of Norway\n• Ivo Marsh, Minister for the Fisheries of Sweden\n\nThe ministers met in Oslo on Monday and agreed to share catch data.",
    );
    assert!(
        facts_with(&out, "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_goes_on_past_a_possessive_of_its_own_name() {
    let out = Output::of(
        "Flood News\n\nAda Quist, President of the Queen’s Privy Council for Norland and Minister of Flood Preparedness, visited the coast.",
    );
    let offices = out.objects_of("Ada Quist", "holdsPosition");
    assert!(
        offices
            .iter()
            .any(|o| o == "President of the Queen’s Privy Council for Norland"),
        "{:?}",
        out.facts()
    );
    assert!(
        offices
            .iter()
            .any(|o| o == "Minister of Flood Preparedness"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_ends_before_a_named_owner_with_a_possessive() {
    let out = Output::of(
        "Flood News\n\nAda Quist, Director of Norway’s Flood Agency, visited the coast.",
    );
    assert!(
        !out.objects_of("Ada Quist", "holdsPosition")
            .iter()
            .any(|o| o.contains("Flood Agency")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_style_between_an_office_and_its_holder_is_no_office() {
    let out = Output::of(
        "Trade News\n\nMinister for Trade and Minister for Women Senator the Hon Ada Quist opened the fair.",
    );
    let mut offices = out.objects_of("Ada Quist", "holdsPosition");
    offices.sort();
    assert_eq!(
        offices,
        vec![
            "Minister for Trade".to_owned(),
            "Minister for Women".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_alone_before_a_name_is_still_an_office() {
    // ("Senator" alone before a name is a style since session 42:
    // extract_office_boundaries.)
    let out = Output::of("Trade News\n\nGovernor Ada Quist opened the fair.");
    assert_eq!(
        out.objects_of("Ada Quist", "holdsPosition"),
        vec!["Governor".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_subject_acting_through_a_body_and_the_body_issue_each_document() {
    let out = Output::of(
        "Water News\n\nToday, the Government of Norland, through the Norland Ministry of Water (NMW) released the 2025 National Water Strategy and accompanying Water Action Plan.",
    );
    for document in ["National Water Strategy", "Water Action Plan"] {
        let mut issuers = out.subjects_of("issues", document);
        issuers.sort();
        assert_eq!(
            issuers,
            vec![
                "Government of Norland".to_owned(),
                "Norland Ministry of Water".to_owned()
            ],
            "{document}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_body_after_through_behind_the_verb_issues_nothing() {
    let out = Output::of(
        "Water News\n\nThe Government of Norland released the National Water Strategy through the Norland Ministry of Water.",
    );
    assert_eq!(
        out.subjects_of("issues", "National Water Strategy"),
        vec!["Government of Norland".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_document_with_a_short_name_in_brackets_is_one_list_member() {
    let out = Output::of(
        "Water News\n\nThe Norland Ministry of Water released the National Water Strategy (the Strategy) and the Water Action Plan.",
    );
    for document in ["National Water Strategy", "Water Action Plan"] {
        assert_eq!(
            out.subjects_of("issues", document),
            vec!["Norland Ministry of Water".to_owned()],
            "{document}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_bracket_after_the_object_that_ends_the_list_adds_nobody() {
    let out = Output::of(
        "Water News\n\nThe Norland Ministry of Water released the National Water Strategy (the Strategy) with Ivo Marsh.",
    );
    assert_eq!(
        facts_with(&out, "issues"),
        vec![(
            "Norland Ministry of Water".to_owned(),
            "National Water Strategy".to_owned()
        )],
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_description_with_a_modifier_stands_for_its_one_holder() {
    let out = Output::of(
        "Water News\n\nWater Minister Ada Quist visited the Norland dam on Monday. The Water Minister signed the River Accord on Tuesday.",
    );
    assert!(
        out.has("Ada Quist", "signs", "River Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_description_two_holders_fit_stands_for_nobody() {
    let out = Output::of(
        "Water News\n\nKestrian Water Minister Ada Quist and Norwegian Water Minister Ivo Marsh visited the Norland dam on Monday. The Water Minister signed the River Accord on Tuesday.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "signs" && (s == "Ada Quist" || s == "Ivo Marsh")),
        "{:?}",
        out.facts()
    );
}
