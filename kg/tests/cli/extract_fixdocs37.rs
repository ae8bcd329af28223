//! Review fixes of session 37's fronted adjuncts and counted documents: a
//! list of subjects cut by its own comma after an adjunct without one, a
//! participle clause that is the subject, and a figure that is a date or a
//! reference. One positive and one negative test per construction, on
//! sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn the_first_of_a_subject_list_after_an_adjunct_without_comma_keeps_its_fact() {
    let out = Output::of(
        "Following the talks Kenya, Rwanda and Burundi launched the Lake Energy Initiative.",
    );
    for country in ["Kenya", "Rwanda", "Burundi"] {
        assert!(
            out.has(country, "issues", "Lake Energy Initiative"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_name_inside_an_adjunct_with_its_own_comma_is_still_no_subject() {
    let out = Output::of(
        "According to diplomats in Lima, Peru and Bolivia will sign a trade pact on copper.",
    );
    assert!(
        out.has("Peru", "cooperatesWith", "Bolivia"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Lima" || o == "Lima"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_clause_as_subject_makes_its_object_list_no_cooperation() {
    let out = Output::of(
        "Signing the treaty with Kenya, Rwanda and Burundi strengthened the ties of Uganda.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_year_before_a_document_plural_counts_nothing() {
    let out = Output::of("In 2021 agreements were signed between Senegal and Mali on irrigation.");
    assert!(
        !out.names().keys().any(|n| n.contains("2021")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_day_of_the_month_or_an_article_number_counts_nothing() {
    for text in [
        "On June 7 agreements were signed by Greece and Cyprus.",
        "Article 9 memoranda of understanding between Norway and Finland must be published.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.names()
                .keys()
                .any(|n| n.starts_with("7 ") || n.starts_with("9 ")),
            "{text}: {:?}",
            out.names()
        );
    }
}

#[test]
fn a_figure_after_a_lowercase_verb_still_counts_documents() {
    let out = Output::of("Egypt and Jordan signed 12 memorandums of understanding on Tuesday.");
    let documents = "memorandums of understanding";
    assert!(out.has("Egypt", "signs", documents), "{:?}", out.facts());
    assert!(out.has("Jordan", "signs", documents), "{:?}", out.facts());
    assert!(
        out.names().contains_key("12 memorandums of understanding"),
        "{:?}",
        out.names()
    );
}
