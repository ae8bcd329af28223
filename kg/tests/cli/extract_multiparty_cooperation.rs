//! Cooperation among more than two parties named through their people
//! (session 41): a meeting that "was attended by" office holders of
//! several places (each place with each; one place alone names no pair;
//! an office named in a later clause did not come), and a plural office
//! title in the parse standing for the places of its complement
//! ("Ministers from A, B and C agreed to work together", "the ministers of
//! A and B will cooperate"). Sentences written for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn a_meeting_attended_by_office_holders_makes_their_places_partners() {
    let out = Output::of(
        "Fisheries talks\n\n\
         The meeting was attended by the Minister of Fisheries of Norway, the Minister of \
         Agriculture of Chile and the Foreign Minister of Peru.\n",
    );
    for (a, b) in [("Norway", "Chile"), ("Norway", "Peru"), ("Chile", "Peru")] {
        assert!(cooperate(&out, a, b), "{a}-{b}: {:?}", out.facts());
    }
}

#[test]
fn a_relative_clause_on_the_meeting_names_who_came() {
    let out = Output::of(
        "River basin summit\n\n\
         A summit on river management was held in Arusha, which was attended by the \
         Minister of Water of Kenya and the Minister of Environment of the Republic of \
         Uganda.\n",
    );
    assert!(cooperate(&out, "Kenya", "Uganda"), "{:?}", out.facts());
}

#[test]
fn one_attending_place_names_no_pair() {
    let out = Output::of(
        "Port opening\n\n\
         The meeting was attended by the Ambassador of Japan and local business leaders.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn an_office_named_in_a_later_clause_did_not_attend() {
    let out = Output::of(
        "Energy summit\n\n\
         The summit was attended by the Prime Minister of Norway and the President of Chile, \
         who praised the Minister of Energy of Peru for his plan.\n",
    );
    assert!(cooperate(&out, "Norway", "Chile"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Norway", "Peru"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
}

#[test]
fn ministers_from_a_list_act_together_for_their_places() {
    let out = Output::of(
        "Coastal plan\n\n\
         Ministers from Senegal, Gambia and Guinea agreed to work together on mangrove \
         restoration.\n",
    );
    for (a, b) in [
        ("Senegal", "Gambia"),
        ("Senegal", "Guinea"),
        ("Gambia", "Guinea"),
    ] {
        assert!(cooperate(&out, a, b), "{a}-{b}: {:?}", out.facts());
    }
}

#[test]
fn the_ministers_of_two_places_cooperate_for_them() {
    let out = Output::of(
        "Rail links\n\n\
         The transport ministers of Austria and Slovenia will cooperate on cross-border rail \
         freight.\n",
    );
    assert!(cooperate(&out, "Austria", "Slovenia"), "{:?}", out.facts());
}

#[test]
fn people_from_places_with_no_office_stand_for_none() {
    let out = Output::of(
        "Coastal plan\n\n\
         Fishermen from Senegal, Gambia and Guinea agreed to work together on mangrove \
         restoration.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}
