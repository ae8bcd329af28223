//! Open-domain news (session 34): members of a political party named around
//! the party's name ("Ada Quist's centre-left Unity Party", "Unity Party
//! chairman Bran Holt"), a place that is no area placed in the area named
//! after it and a comma ("Denver, Colorado"), and a place hyphenated to a participle of
//! locating before a description and the name it describes ("the
//! Boston-based software startup Brightwave Energy Ltd"); and two goal
//! readings business news trips on: "it" as the subject of what a named
//! agent reports ("Orvia Bank said it will …") is the agent, not a document
//! named before, and what a document "will represent" or "would result in"
//! is no aim of it. One positive and one negative test per construction, on
//! sentences written for these tests with invented names.

use super::extract_constructions::Output;

const PARTY: &str = "Unity Party";

fn party_members(text: &str) -> Vec<String> {
    let mut found = Output::of(text).subjects_of("memberOf", PARTY);
    found.sort();
    found
}

#[test]
fn the_possessor_of_a_party_name_is_its_member() {
    assert_eq!(
        party_members(
            "Vote Count\n\nKestrel Vane's centre-left Unity Party backed the bill on Tuesday."
        ),
        ["Kestrel Vane"]
    );
    // Adjectives joined by a hyphen and set off by commas.
    assert_eq!(
        party_members(
            "Vote Count\n\nOrla Fenn's centre-left, pro-European Unity Party won the vote."
        ),
        ["Orla Fenn"]
    );
}

#[test]
fn a_noun_between_the_possessor_and_the_party_makes_no_member() {
    // The rival party is not the possessor's own.
    assert!(
        party_members("Vote Count\n\nKestrel Vane's rival Unity Party criticised the plan.")
            .is_empty()
    );
}

#[test]
fn a_title_right_after_a_party_name_makes_its_holder_a_member() {
    assert_eq!(
        party_members("Vote Count\n\nUnity Party chairman Tom Reyes met the press."),
        ["Tom Reyes"]
    );
}

#[test]
fn a_title_apart_from_the_party_name_makes_no_member() {
    // The party hosts the senator; the title is not the party's.
    assert!(
        party_members("Vote Count\n\nThe Unity Party hosted Senator Bran Holt on Monday.")
            .is_empty()
    );
}

fn located(text: &str, town: &str) -> Vec<String> {
    Output::of(text).objects_of(town, "locatedIn")
}

#[test]
fn a_town_before_a_comma_and_an_area_lies_in_the_area() {
    assert_eq!(
        located(
            "Office News\n\nThe firm opened an office in Denver, Colorado in May.",
            "Denver"
        ),
        ["Colorado"]
    );
}

#[test]
fn an_area_that_goes_on_with_a_list_or_a_clause_places_no_town() {
    // A list of parties after the town: Colorado and Utah act.
    assert!(located(
        "Water News\n\nIn Denver, Colorado and Utah signed a water pact.",
        "Denver"
    )
    .is_empty());
    // The area owns the subject of the clause.
    assert!(located(
        "Water News\n\nIn Denver, Mexico's envoy praised the water pact.",
        "Denver"
    )
    .is_empty()); // Two areas so written are a list, not one in the other.
    assert!(located(
        "Water News\n\nTrade fell in Chile, Peru last year.",
        "Chile"
    )
    .is_empty());
}

/// Regression (session 34 review): an adverbial phrase or an adverb between
/// the area and its verb made the area no party of the clause, so the town
/// of a phrase opening the sentence was placed in the clause's subject.
#[test]
fn an_area_that_is_the_subject_after_an_opening_phrase_places_no_town() {
    assert!(located(
        "Water News\n\nIn Denver, Mexico on Monday signed a water pact.",
        "Denver"
    )
    .is_empty());
    assert!(located(
        "Water News\n\nIn Denver, Mexico formally signed a water pact.",
        "Denver"
    )
    .is_empty());
    // Closed by its own comma, the opening phrase places the town.
    assert_eq!(
        located(
            "Water News\n\nIn Denver, Colorado, the council signed a water pact.",
            "Denver"
        ),
        ["Colorado"]
    );
}

fn company_places(text: &str) -> Vec<String> {
    Output::of(text).objects_of("Brightwave Energy Ltd", "locatedIn")
}

#[test]
fn a_hyphenated_place_before_a_description_locates_the_name_after_it() {
    assert_eq!(
        company_places(
            "Energy News\n\nThe Boston-based software startup Brightwave Energy Ltd raised funds."
        ),
        ["Boston"]
    );
}

#[test]
fn a_hyphenated_agent_before_a_description_relates_no_name_after_it() {
    // "Kestria-backed": Kestria backs the plan, and the company after the
    // noun is the subject of a relative clause, not the plan.
    let out = Output::of(
        "Energy News\n\nThe Kestria-backed plan Brightwave Energy Ltd rejected was dropped.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Brightwave Energy Ltd" && o == "Kestria"),
        "{:?}",
        out.facts()
    );
    // Past a possessive, the description is another noun's.
    assert!(company_places(
        "Energy News\n\nA Boston-based lawyer's client Brightwave Energy Ltd raised funds."
    )
    .is_empty());
}

fn accord_goals(text: &str) -> Vec<String> {
    Output::of(text)
        .goals_of("Harbour Accord")
        .into_iter()
        .collect()
}

#[test]
fn a_pronoun_reported_by_a_speaker_who_is_no_agent_names_the_document() {
    // "Officials" names no agent, so "it" is the accord named before.
    assert_eq!(
        accord_goals(
            "Port News\n\nThe Harbour Accord was signed in May. Officials said it will cut port fees."
        ),
        ["cut port fees"]
    );
}

#[test]
fn a_pronoun_reported_by_an_agent_speaks_of_the_agent() {
    // "Orvia Bank said it will …": the bank's plan, no aim of the accord.
    assert!(accord_goals(
        "Port News\n\nThe Harbour Accord was signed in May. Orvia Bank said it will cut port fees."
    )
    .is_empty());
}

#[test]
fn a_future_verb_of_effect_states_a_goal() {
    assert_eq!(
        accord_goals("Port News\n\nThe Harbour Accord will cut port fees."),
        ["cut port fees"]
    );
}

#[test]
fn what_a_document_will_represent_or_result_in_is_no_goal() {
    assert!(accord_goals(
        "Port News\n\nThe Harbour Accord will represent the largest port deal in a decade."
    )
    .is_empty());
    assert!(accord_goals(
        "Port News\n\nThe Harbour Accord would result in shareholders owning a quarter of the port."
    )
    .is_empty());
}
