//! Goal lists written one goal a line (issue 14): title-case headings that
//! open with a goal verb however the tagger took it ("Strengthen Flood
//! Defences"), and lines after a sentence ending in an infinitive marker
//! and a colon ("the two countries will work together to:"). Sentences
//! written for these tests.

use crate::common::{goals_in_process as goals, has_goal as has};

#[test]
fn title_case_headings_after_a_goal_noun_and_colon_are_each_a_goal() {
    let found = goals(
        "Kestria publishes Water Strategy\n\n\
         The Ministry of Water of Kestria today published the National Water Strategy. \
         The Strategy is guided by four strategic goals:\n\n\
         Protect Rivers and Lakes\n\n\
         Expand Access to Clean Water\n\n\
         Strengthen Flood Defences\n\n\
         Build a Skilled Water Workforce\n\n\
         The Minister said the Strategy would take effect in May.\n",
    );
    for goal in [
        "Protect Rivers and Lakes",
        "Expand Access to Clean Water",
        "Strengthen Flood Defences",
        "Build a Skilled Water Workforce",
    ] {
        assert!(
            has(&found, goal, "National Water Strategy"),
            "{goal}: {found:?}"
        );
    }
    assert_eq!(found.len(), 4, "{found:?}");
}

#[test]
fn lines_after_an_infinitive_marker_and_colon_are_goals() {
    let found = goals(
        "Ocean plan\n\n\
         Chile and Norway today adopted the Joint Ocean Action Plan. Under the Joint Ocean \
         Action Plan, the two countries will work together to:\n\n\
         - expand research on fish stocks;\n\
         - share data on coastal pollution; and\n\
         - train young marine scientists.\n",
    );
    for goal in [
        "expand research on fish stocks",
        "share data on coastal pollution",
        "train young marine scientists",
    ] {
        assert!(
            has(&found, goal, "Joint Ocean Action Plan"),
            "{goal}: {found:?}"
        );
    }
}

#[test]
fn nouns_listed_after_a_prepositional_to_are_no_goals() {
    // "related to:" ends on a preposition: the lines name topics.
    let found = goals(
        "Ocean plan\n\n\
         Chile and Norway today adopted the Joint Ocean Action Plan, with new commitments \
         including those related to:\n\n\
         - protection of fish stocks;\n\
         - monitoring of coastal pollution; and\n\
         - training of young marine scientists.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}
