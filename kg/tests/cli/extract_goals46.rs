//! Goals of documents, session 46, on sentences written for these tests.
//!
//! A goal verb's gerund after "and" in an infinitive goal ("to protect
//! wetlands and promoting their restoration") opens a second goal of the
//! same document: the whole phrase is no one goal. A gerund describing the
//! noun after it ("and developing countries") stays in the phrase.
//!
//! A goal on the subject of a sentence ("The Charter aimed at improving river
//! management was adopted on Tuesday") ends before the sentence's finite
//! predicate, which has no subject of its own: the predicate is said of the
//! document, it is no part of the goal.

use crate::common::{goals_in_process as goals, has_goal as has};

#[test]
fn a_gerund_after_an_infinitive_goal_is_a_second_goal() {
    for (text, owner, first, second) in [
        (
            "The Ministry of Fisheries of Kestria signed a Memorandum of Understanding with the Norland Ocean Trust to protect marine habitats and promoting sustainable fishing in the Gulf of Tessa.",
            "Memorandum of Understanding",
            "protect marine habitats",
            "promoting sustainable fishing in the Gulf of Tessa",
        ),
        (
            "Kestria and Norland signed the Harbour Accord on Monday. The accord aims to protect coastal wetlands and promoting their restoration along the Varna coast.",
            "Harbour Accord",
            "protect coastal wetlands",
            "promoting their restoration along the Varna coast",
        ),
    ] {
        let found = goals(text);
        assert!(has(&found, first, owner), "{first}: {found:?}");
        assert!(has(&found, second, owner), "{second}: {found:?}");
        assert!(
            found
                .iter()
                .all(|(g, _)| !(g.contains(first) && g.contains(second))),
            "{found:?}"
        );
    }
}

#[test]
fn a_gerund_describing_a_noun_stays_in_the_goal() {
    let found = goals(
        "Kestria and Norland signed an agreement to support small states and developing countries in the region.",
    );
    assert!(
        has(
            &found,
            "support small states and developing countries in the region",
            "agreement"
        ),
        "{found:?}"
    );
    assert!(
        found.iter().all(|(g, _)| g != "support small states"),
        "{found:?}"
    );
}

#[test]
fn a_goal_on_the_subject_ends_before_the_main_predicate() {
    for (text, owner, goal) in [
        (
            "The Valley Water Charter aimed at improving river management across the region was adopted on Tuesday.",
            "Valley Water Charter",
            "improving river management across the region",
        ),
        (
            "The Harbour Plan designed to cut shipping emissions was approved by the Kestrian cabinet.",
            "Harbour Plan",
            "cut shipping emissions",
        ),
    ] {
        let found = goals(text);
        assert!(has(&found, goal, owner), "{goal}: {found:?}");
        assert!(
            found
                .iter()
                .all(|(g, _)| !g.contains(" was ")),
            "{found:?}"
        );
    }
}

#[test]
fn a_clause_with_its_own_subject_stays_in_the_goal() {
    let found = goals("The Ocean Accord aims to ensure that fish stocks are restored by 2030.");
    assert!(
        has(
            &found,
            "ensure that fish stocks are restored by 2030",
            "Ocean Accord"
        ),
        "{found:?}"
    );
}
