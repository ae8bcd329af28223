//! Goals of session 46, on sentences written for these tests: a
//! restrictive relative clause ("which", "that", no comma) right after a
//! programme's or initiative's name that completes another noun ("part
//! of", "the second phase of", "the progress of") speaks of the name, the
//! noun phrase right before it, wherever the parse hung the clause; a noun
//! before the pronoun that is no programme ("in two provinces which …")
//! leaves the programme without that goal.
//! A name with a programme head ("Fund", "Scheme") whose verb is a purpose
//! phrase's, itself or through a relative pronoun ("the Kestria Skills
//! Fund aims to …", "… which is designed to …"), is a programme made for
//! that purpose and owns it; a purpose adjunct after the name ("paid into
//! the Fund in order to …") is said of the clause, not of the fund.

use super::extract_constructions::Output;

/// Every goal the text gives, with its owner.
fn all_goals(out: &Output) -> Vec<(String, String)> {
    out.facts()
        .into_iter()
        .filter(|(_, p, _)| p == "goalOf")
        .map(|(g, _, o)| (g, o))
        .collect()
}

#[test]
fn a_relative_after_an_initiative_that_completes_part_of_states_its_goal() {
    let out = Output::of(
        "The talks were part of the Harbour Friendship Initiative which aims to improve relations and promote better cooperation between the city and foreign missions.\n",
    );
    let goals = out.goals_of("Harbour Friendship Initiative");
    assert!(
        goals.contains(
            "improve relations and promote better cooperation between the city and foreign missions"
        ),
        "{goals:?}"
    );
    let all = all_goals(&out);
    assert!(
        all.iter()
            .all(|(_, o)| o == "Harbour Friendship Initiative"),
        "{all:?}"
    );
}

#[test]
fn a_passive_purpose_in_a_relative_after_a_project_is_its_goal() {
    let out = Output::of(
        "Kestria and Norland discussed the second phase of the Coastal Skills Project which is intended to train young nurses, teachers, engineers and farmers.\n",
    );
    let goals = out.goals_of("Coastal Skills Project");
    assert!(
        goals.contains("train young nurses, teachers, engineers and farmers"),
        "{goals:?}"
    );
    assert!(
        !goals.iter().any(|g| g == "train young nurses"),
        "{goals:?}"
    );
}

#[test]
fn a_that_relative_after_a_dated_clause_is_the_initiatives_goal() {
    let out = Output::of(
        "On Monday, the ministers reviewed the progress of the Norland Green Jobs Initiative that is designed to create jobs for young workers.\n",
    );
    let goals = out.goals_of("Norland Green Jobs Initiative");
    assert!(goals.contains("create jobs for young workers"), "{goals:?}");
    let all = all_goals(&out);
    assert_eq!(all.len(), 1, "{all:?}");
}

#[test]
fn a_relative_after_a_noun_that_is_no_programme_gives_the_programme_no_goal() {
    let out = Output::of(
        "Kestria funds the Velm Water Programme in two provinces which aim to widen access to clean water.\n",
    );
    let goals = out.goals_of("Velm Water Programme");
    assert!(goals.is_empty(), "{goals:?}");
}

#[test]
fn a_fund_whose_verb_is_a_purpose_phrase_owns_its_goals() {
    let out = Output::of(
        "The Kestria Skills Fund aims to train young nurses and support rural clinics.\n",
    );
    let goals = out.goals_of("Kestria Skills Fund");
    assert!(goals.contains("train young nurses"), "{goals:?}");
    assert!(goals.contains("support rural clinics"), "{goals:?}");
}

#[test]
fn a_fund_a_relative_purpose_phrase_follows_owns_its_goal() {
    let out = Output::of(
        "The grants are part of the Kestria Skills Fund which is designed to train young nurses.\n",
    );
    let goals = out.goals_of("Kestria Skills Fund");
    assert!(goals.contains("train young nurses"), "{goals:?}");
}

#[test]
fn a_purpose_adjunct_after_a_fund_is_no_goal_of_the_fund() {
    let out = Output::of(
        "Kestria paid into the Norland Harbour Fund in order to avoid port taxes. The Velm Harbour Fund said on Monday that its board will meet in May.\n",
    );
    let all = all_goals(&out);
    assert!(
        !all.iter().any(|(_, o)| o.contains("Harbour Fund")),
        "{all:?}"
    );
}
