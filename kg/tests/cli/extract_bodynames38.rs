//! Names with "and" inside them (session 38): a body's portfolio goes on
//! over "and" ("the Council for Foreign and Community Relations"), up to
//! an "and" that starts a new name. Positive and negative tests on
//! sentences written for these tests, with invented names.

use super::extract_constructions::Output;

#[test]
fn a_body_s_portfolio_goes_on_over_and() {
    let out = Output::of(
        "Harbour Accord\n\nThe Council for Foreign and Community Relations signed the Harbour Accord with Lumara on Monday.",
    );
    assert!(
        out.has(
            "Council for Foreign and Community Relations",
            "signs",
            "Harbour Accord"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Community Relations", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_portfolio_run_into_the_next_body_stops_at_its_and() {
    let out = Output::of(
        "Hospital Ships Accord\n\nKestria's Department of Health and Community Services and Norland's Board for Ports & Shipping have signed an accord on hospital ships.",
    );
    assert!(
        out.has(
            "Kestria's Department of Health and Community Services",
            "signs",
            "accord on hospital ships"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_article_after_and_starts_a_new_name() {
    let out = Output::of(
        "Harbour Accord\n\nThe Ministry for Foreign Affairs and the Varnholm Institute signed the Harbour Accord on Monday.",
    );
    assert!(
        out.has("Varnholm Institute", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ministry for Foreign Affairs", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_after_and_starts_a_new_name() {
    let out = Output::of(
        "Harbour Accord\n\nThe Council for Trade and Minister Ada Quist signed the Harbour Accord on Monday.",
    );
    assert!(
        out.has("Council for Trade", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ada Quist", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_singular_name_after_the_and_is_a_second_body() {
    // Regression (review 38b F3): modifiers joined by "and" share a plural
    // head; "Coast Guard" is a body of its own.
    let out = Output::of(
        "Harbour Talks\n\nThe Ministry of Defence and Coast Guard signed the Harbour Accord.",
    );
    assert!(
        !out.names()
            .keys()
            .any(|n| n == "Ministry of Defence and Coast Guard"),
        "{:?}",
        out.names()
    );
}
