//! Funding and action programmes named by heads kg reads only in context
//! (`kg:programmeHead`: "Fund", "Facility", "Scheme", "Challenge" …): an
//! initiative where the text treats the name as one (the object of an
//! issuing verb, active or passive; the means of funding; a thing a body
//! owns before a possessive, the owner split off; the subject of a future
//! marker), an organisation elsewhere (session 32). One positive and one negative test per construction,
//! on sentences written for these tests with invented names.

use super::extract_constructions::Output;

/// Whether `name` was found with the class whose local name is `class`.
fn has_class(out: &Output, name: &str, class: &str) -> bool {
    out.names().get(name).is_some_and(|c| c.contains(class))
}

#[test]
fn a_fund_a_body_launches_is_an_initiative_it_issues() {
    let out = Output::of(
        "The Ministry of Fisheries launched the Tidewater Growth Fund on Monday to support small boat owners.",
    );
    assert!(
        has_class(&out, "Tidewater Growth Fund", "Initiative"),
        "{:?}",
        out.names()
    );
    assert!(
        out.has("Ministry of Fisheries", "issues", "Tidewater Growth Fund"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.goals_of("Tidewater Growth Fund")
            .contains("support small boat owners"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_fund_that_acts_like_a_body_or_that_the_gazetteer_knows_stays_an_organisation() {
    let out = Output::of(
        "The Tidewater Growth Fund's board met in Lumia on Monday. \
         The International Monetary Fund said growth would slow.",
    );
    for name in ["Tidewater Growth Fund", "International Monetary Fund"] {
        assert!(
            !has_class(&out, name, "Initiative"),
            "{name}: {:?}",
            out.names()
        );
    }
}

#[test]
fn launching_or_unveiling_a_scheme_issues_it_active_or_passive() {
    let active = Output::of("The Ministry of Fisheries launched the Reef Recovery Scheme in 2021.");
    assert!(
        active.has("Ministry of Fisheries", "issues", "Reef Recovery Scheme"),
        "{:?}",
        active.facts()
    );
    let passive =
        Output::of("The Reef Recovery Facility was unveiled by the Department of Ports in 2021.");
    assert!(
        has_class(&passive, "Reef Recovery Facility", "Initiative"),
        "{:?}",
        passive.names()
    );
    assert!(
        passive.has("Department of Ports", "issues", "Reef Recovery Facility"),
        "{:?}",
        passive.facts()
    );
}

#[test]
fn a_scheme_a_body_only_reviews_is_not_issued_by_it() {
    let out = Output::of("The Department of Ports reviewed the Reef Recovery Scheme in 2021.");
    assert!(
        out.subjects_of("issues", "Reef Recovery Scheme").is_empty(),
        "{:?}",
        out.facts()
    );
    assert!(
        !has_class(&out, "Reef Recovery Scheme", "Initiative"),
        "{:?}",
        out.names()
    );
}

#[test]
fn the_fund_that_pays_for_a_project_is_an_initiative() {
    let out = Output::of("The new pilot will be funded by the Harbour Renewal Fund.");
    assert!(
        has_class(&out, "Harbour Renewal Fund", "Initiative"),
        "{:?}",
        out.names()
    );
    let praised = Output::of("The new pilot was praised by the Harbour Renewal Fund.");
    assert!(
        !has_class(&praised, "Harbour Renewal Fund", "Initiative"),
        "{:?}",
        praised.names()
    );
}

#[test]
fn a_possessor_inside_a_programme_name_is_split_off() {
    for mark in ["'s", "\u{2019}s"] {
        let out = Output::of(&format!(
            "The pilot builds on the Department of Water{mark} Clean Water Challenge."
        ));
        assert!(
            has_class(&out, "Clean Water Challenge", "Initiative"),
            "{mark}: {:?}",
            out.names()
        );
        assert!(
            out.names().contains_key("Department of Water"),
            "{mark}: {:?}",
            out.names()
        );
    }
}

#[test]
fn a_possessor_that_names_no_body_stays_in_the_name() {
    let out = Output::of("The Women's Enterprise Fund opened its doors in Lumia on Monday.");
    assert!(
        !out.names().contains_key("Enterprise Fund"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_fund_launched_or_investing_to_do_something_owns_that_goal() {
    let launched =
        Output::of("The Reef Recovery Fund was launched in 2020 to restore damaged coral.");
    assert!(
        launched
            .goals_of("Reef Recovery Fund")
            .contains("restore damaged coral"),
        "{:?}",
        launched.facts()
    );
    let investing = Output::of(
        "The Ministry of Fisheries launched the Reef Recovery Fund on Monday. \
         The Fund will invest $40 million to restore damaged coral.",
    );
    assert!(
        investing
            .goals_of("Reef Recovery Fund")
            .iter()
            .any(|g| g.ends_with("restore damaged coral")),
        "{:?}",
        investing.facts()
    );
}

#[test]
fn what_a_funds_staff_want_or_its_managers_say_is_no_goal_of_it() {
    for text in [
        "The Reef Recovery Fund's staff want to restore damaged coral.",
        "The Ministry of Fisheries launched the Reef Recovery Fund on Monday. \
         The Fund's managers said prices would rise.",
    ] {
        let out = Output::of(text);
        assert!(
            out.goals_of("Reef Recovery Fund").is_empty(),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn helping_any_party_do_something_states_a_goal() {
    let pair = Output::of(
        "Kestria and Norland signed the Harbour Accord on Monday. \
         The accord will help both countries reduce emissions.",
    );
    assert!(
        pair.goals_of("Harbour Accord")
            .contains("help both countries reduce emissions"),
        "{:?}",
        pair.facts()
    );
    // A one-word infinitive says nothing without the party helped.
    let firms = Output::of(
        "The Ministry of Fisheries launched the Reef Recovery Fund on Monday. \
         The Reef Recovery Fund will help small firms grow.",
    );
    assert!(
        firms
            .goals_of("Reef Recovery Fund")
            .contains("help small firms grow"),
        "{:?}",
        firms.facts()
    );
}

#[test]
fn helping_without_a_future_marker_states_no_goal() {
    let out = Output::of(
        "Kestria and Norland signed the Harbour Accord on Monday. \
         Rain helped both countries reduce emissions.",
    );
    assert!(
        out.goals_of("Harbour Accord").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_programme_a_purpose_clause_follows_is_an_initiative_even_with_a_lowercase_head_word() {
    let out = Output::of("Firms may apply to the Blue Coast grants Program to expand exports.");
    assert!(
        has_class(&out, "Blue Coast grants Program", "Initiative"),
        "{:?}",
        out.names()
    );
    let fund = Output::of("Firms may apply to the Blue Coast Fund to expand exports.");
    assert!(
        fund.goals_of("Blue Coast Fund").contains("expand exports"),
        "{:?}",
        fund.facts()
    );
}

#[test]
fn a_programme_name_with_no_purpose_or_issuer_is_no_initiative() {
    let out = Output::of("Letters about the Blue Coast grants Program arrived on Monday.");
    assert!(
        !has_class(&out, "Blue Coast grants Program", "Initiative"),
        "{:?}",
        out.names()
    );
    let fund = Output::of("Letters about the Blue Coast Fund arrived on Monday.");
    assert!(
        !has_class(&fund, "Blue Coast Fund", "Initiative"),
        "{:?}",
        fund.names()
    );
}
