//! Where a goal ends (session 29): a relative clause or a participle
//! describing one of a goal's nouns far into it says what that noun is, not
//! what the goal is for, and is left out; a clause with a subject of its own
//! ("a message that both sides agree") is the noun's content and stays, and
//! so does a describing clause close to the goal's verb. "The agreement",
//! the class's own word, refers back to the thing named with it before one
//! mentioned more often. "-ing" clauses after "by" that follows a purpose
//! infinitive are its means, no goal list. The paragraphs are
//! written for these tests (invented names).

use crate::common::{goal_pairs as pairs, goals_in_process as goals};

#[test]
fn a_relative_clause_on_a_noun_far_into_a_goal_is_left_out() {
    let found = goals(
        "Research Pact\n\n\
         The Ministry of Science of Norland signed the Ocean Research Memorandum on Monday. \
         The memorandum aims to continue a long partnership on deep ocean research that \
         delivers cheaper sensors and speeds up their use.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "continue a long partnership on deep ocean research",
            "Ocean Research Memorandum"
        )]),
    );
}

#[test]
fn a_participle_on_a_noun_far_into_a_goal_is_left_out() {
    let found = goals(
        "Energy Pact\n\n\
         The Ministry of Energy of Norland signed the Clean Power Agreement on Monday. \
         The agreement aims to widen joint work on clean power storage ranging from small \
         home batteries to large grid plants.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "widen joint work on clean power storage",
            "Clean Power Agreement"
        )]),
    );
}

#[test]
fn a_content_clause_of_a_goal_noun_stays_in_the_goal() {
    let found = goals(
        "Trade Pact\n\n\
         Norland and Kestria signed the Harbour Trade Agreement on Monday. The agreement \
         aims to send a signal to the region that both countries value open markets.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "send a signal to the region that both countries value open markets",
            "Harbour Trade Agreement"
        )]),
    );
}

#[test]
fn a_describing_clause_close_to_the_goal_verb_stays() {
    let found = goals(
        "Farm Plan\n\n\
         The Ministry of Agriculture of Norland released the Rural Farms Plan on Monday. \
         The plan aims to support farmers growing grain in dry regions.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "support farmers growing grain in dry regions",
            "Rural Farms Plan"
        )]),
    );
}

// ---- Whose goal: "the agreement" after two documents.

#[test]
fn the_class_word_refers_back_to_the_thing_written_with_it() {
    // "the agreement" is kg:Agreement's own word, yet a memorandum
    // mentioned more often is no better antecedent than the one agreement
    // named with that word.
    let found = goals(
        "Research and Power Pacts\n\n\
         The Ministry of Science of Norland signed the Ocean Research Memorandum on Monday. \
         The memorandum aims to map the deep sea floor.\n\n\
         The Ministry of Energy of Norland signed the Clean Power Agreement on Tuesday. \
         The agreement aims to widen joint work on power storage.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("map the deep sea floor", "Ocean Research Memorandum"),
            ("widen joint work on power storage", "Clean Power Agreement"),
        ]),
    );
}

#[test]
fn the_class_word_alone_still_refers_to_the_thing_most_mentioned() {
    let found = goals(
        "Research Pact\n\n\
         The Ministry of Science of Norland signed the Ocean Research Memorandum on Monday. \
         The memorandum was drafted over two years. The agreement aims to map the deep sea \
         floor.\n",
    );
    assert_eq!(
        found,
        pairs(&[("map the deep sea floor", "Ocean Research Memorandum")]),
    );
}

// ---- "by" after a purpose: the means, not a list of goals.

#[test]
fn gerunds_after_by_in_a_purpose_are_its_means_not_goals() {
    let found = goals(
        "Export Plan\n\n\
         The Ministry of Trade of Norland released the Export Plan on Monday. The plan aims \
         to open new markets by backing small exporters to reach buyers abroad.\n",
    );
    assert_eq!(found, pairs(&[("open new markets", "Export Plan")]));
}

#[test]
fn gerunds_after_by_with_no_purpose_before_are_still_a_goal_list() {
    let found = goals(
        "Export Plan\n\n\
         The Ministry of Trade of Norland released the Export Plan on Monday. Under the \
         plan, the ministry will help exporters by opening new markets and training staff.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("help exporters", "Export Plan"),
            ("opening new markets", "Export Plan"),
            ("training staff", "Export Plan"),
        ]),
    );
}
