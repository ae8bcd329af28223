//! Goals listed inline after a goal noun, goals that end before their
//! examples, and documents' titles naming their parties joined by slashes,
//! session 48, on texts written for these tests (real countries and
//! provinces, invented documents and places).
//!
//! A goal list noun ("goals", "objectives", "aims") a colon follows lists
//! the goals inline, one verb phrase an item, the items set apart by
//! semicolons: the goals of a document in the noun's genitive ("The
//! objectives of the Charter are: …"), or of the document before the noun,
//! where that is a predicate noun the subject of its copula ("X is a
//! four-year plan with broad goals: …": X's goals, not the plan's).
//!
//! A goal ends before a prepositional phrase whose noun an example list
//! follows ("develop trade between A and B in areas such as …"): the
//! examples say where the goal applies, they are not the goal.
//!
//! A slash written with no space around it joins the parties' names before
//! a document's head into one title ("the Canada/Manitoba Agreement on …"),
//! as a hyphen does.

use crate::common::{goals_in_process as goals, has_goal as has};

#[test]
fn goals_listed_inline_after_a_goal_noun_and_a_colon() {
    for (text, owner, listed) in [
        (
            "The Veltria-Norland Harbour Accord is a four-year plan (2025-2029) with broad goals: expand port capacity along the northern coast; train customs officers; and improve rail links between the two ports.",
            "Veltria-Norland Harbour Accord",
            &[
                "expand port capacity along the northern coast",
                "train customs officers",
                "improve rail links between the two ports",
            ][..],
        ),
        (
            "The objectives of the Tarsin Water Charter are: protect the upper river basin; restore wetlands near Ostrel; reduce farm runoff into the lakes; and build four new treatment plants.",
            "Tarsin Water Charter",
            &[
                "protect the upper river basin",
                "restore wetlands near Ostrel",
                "reduce farm runoff into the lakes",
                "build four new treatment plants",
            ][..],
        ),
        (
            "The aims of the Pellon Energy Agreement are: to widen access to clean energy in rural towns; to cut household bills.",
            "Pellon Energy Agreement",
            &[
                "widen access to clean energy in rural towns",
                "cut household bills",
            ][..],
        ),
    ] {
        let found = goals(text);
        for goal in listed {
            assert!(has(&found, goal, owner), "{goal}: {found:?}");
        }
        // The predicate noun ("a four-year plan") owns none of them.
        assert!(found.iter().all(|(_, o)| o == owner), "{found:?}");
    }
}

#[test]
fn a_colon_after_a_goal_noun_lists_no_goals_that_are_no_verb_phrases() {
    let found = goals(
        "The Varna Compact was signed in May. The Compact is a plan with two goals: growth; jobs.",
    );
    assert!(
        found.iter().all(|(g, _)| g != "growth" && g != "jobs"),
        "{found:?}"
    );
    // Another owner named before the noun keeps the earlier document's
    // goals apart: the council's aims are not the charter's.
    let found = goals(
        "The Ostrel Water Charter was signed in May. The Ostrel River Council has two aims: restore the wetlands; cut farm runoff.",
    );
    assert!(
        !has(&found, "restore the wetlands", "Ostrel Water Charter"),
        "{found:?}"
    );
}

#[test]
fn a_goal_ends_before_a_phrase_its_examples_follow() {
    for (text, owner, goal, long) in [
        (
            "The Dunmore Trade Agreement will help develop trade between Veltria and Norland in areas such as farm machinery, textiles and software.",
            "Dunmore Trade Agreement",
            "help develop trade between Veltria and Norland",
            "help develop trade between Veltria and Norland in areas such as farm machinery, textiles and software",
        ),
        (
            "The Harlow Research Accord aims to deepen cooperation between the two universities in fields like marine biology and robotics.",
            "Harlow Research Accord",
            "deepen cooperation between the two universities",
            "deepen cooperation between the two universities in fields like marine biology and robotics",
        ),
    ] {
        let found = goals(text);
        assert!(has(&found, goal, owner), "{goal}: {found:?}");
        assert!(!has(&found, long, owner), "{found:?}");
    }
    // A genitive completes the noun before it: "a range of fields
    // including …" is no phrase the goal ends before.
    let found = goals(
        "The Memorandum of Cooperation will help the two regions share knowledge and skills in a range of fields including crop cultivation.",
    );
    assert!(
        found
            .iter()
            .all(|(g, _)| g != "share knowledge and skills in a range"),
        "{found:?}"
    );
}

#[test]
fn a_slash_between_parties_names_joins_them_into_the_title() {
    let text = "The Canada/Manitoba Agreement on Rural Water is a five-year plan with broad goals: expand water storage in farm districts; and train local water operators.";
    let owner = "Canada/Manitoba Agreement on Rural Water";
    let found = goals(text);
    assert!(
        has(&found, "expand water storage in farm districts", owner),
        "{found:?}"
    );
    assert!(
        !has(
            &found,
            "expand water storage in farm districts",
            "Manitoba Agreement on Rural Water"
        ),
        "{found:?}"
    );
}
