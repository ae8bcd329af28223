//! Goal constructions of session 40, on sentences written for these tests:
//! a present predicate that measures an amount ("which supports millions of
//! jobs") states an effect, no goal; a goal ends before "with a focus on"
//! (whose "-ing" clauses are goals of their own); a goal noun's "-ing"
//! clause comes before any comma after it. One positive and one negative
//! test per construction.

use super::extract_constructions::Output;

#[test]
fn a_relative_clause_measuring_an_amount_is_no_goal() {
    let out = Output::of(
        "The ministers praised the Harbour Trade Agreement which supports millions of jobs in both countries.\n",
    );
    let goals = out.goals_of("Harbour Trade Agreement");
    assert!(
        !goals.iter().any(|g| g.contains("millions of jobs")),
        "{goals:?}"
    );
}

#[test]
fn a_relative_clause_counted_by_a_figure_is_no_goal() {
    let out = Output::of(
        "The ministers praised the Harbour Trade Agreement which supports 40,000 jobs in the region.\n",
    );
    let goals = out.goals_of("Harbour Trade Agreement");
    assert!(
        !goals.iter().any(|g| g.contains("40,000 jobs")),
        "{goals:?}"
    );
}

#[test]
fn a_relative_clause_with_a_goal_verb_and_no_amount_stays_a_goal() {
    let out = Output::of(
        "The ministers praised the Harbour Trade Agreement which supports small exporters in both countries.\n",
    );
    let goals = out.goals_of("Harbour Trade Agreement");
    assert!(
        goals.iter().any(|g| g.contains("supports small exporters")),
        "{goals:?}"
    );
}

#[test]
fn a_goal_ends_before_with_a_focus_on() {
    let out = Output::of(
        "The Delta Water Strategy aims to secure clean water for rural towns with a focus on repairing old pipes.\n",
    );
    let goals = out.goals_of("Delta Water Strategy");
    assert!(
        goals.contains("secure clean water for rural towns"),
        "{goals:?}"
    );
    assert!(goals.contains("repairing old pipes"), "{goals:?}");
}

#[test]
fn a_gerund_after_a_comma_is_no_goal_of_the_goal_noun_before_it() {
    let out = Output::of(
        "The Harbour Plan was adopted in May. Both mayors called for budgets that grow without missing the targets, towards projects easing traffic in the port.\n",
    );
    let goals = out.goals_of("Harbour Plan");
    assert!(
        !goals.iter().any(|g| g.contains("easing traffic")),
        "{goals:?}"
    );
}

#[test]
fn a_gerund_a_few_words_after_a_goal_noun_stays_its_goal() {
    let out = Output::of(
        "The Harbour Plan was adopted in May. Its five targets look at raising exports and cutting port fees.\n",
    );
    let goals = out.goals_of("Harbour Plan");
    assert!(goals.contains("raising exports"), "{goals:?}");
}
