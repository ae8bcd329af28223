//! Goal boundaries of session 41, on sentences written for these tests: a
//! goal ends before a coordinated finite predicate of the document (", and
//! is backed by a fund"), while a modal's base-form verb after "and" stays a
//! goal of its own; an "-ing" list item may open with an adverb (", and
//! gradually moving …"); a goal noun's own infinitive keeps an "-ing" word
//! inside its phrase from opening a goal list ("our intention to address the
//! risks facing fishermen").

use super::extract_constructions::Output;

#[test]
fn a_goal_ends_before_a_coordinated_passive_of_the_document() {
    let out = Output::of(
        "The Velmora Harbour Strategy aims to double the port's cargo capacity by 2030, and is backed by a fund for dock workers.\n",
    );
    let goals = out.goals_of("Velmora Harbour Strategy");
    assert!(
        goals.contains("double the port's cargo capacity by 2030"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("backed")), "{goals:?}");
}

#[test]
fn a_future_verb_after_and_stays_a_goal_of_its_own() {
    let out = Output::of(
        "The Velmora Harbour Strategy aims to double the port's cargo capacity and will help create new shipping routes.\n",
    );
    let goals = out.goals_of("Velmora Harbour Strategy");
    assert!(
        goals.contains("double the port's cargo capacity"),
        "{goals:?}"
    );
    assert!(
        goals.contains("help create new shipping routes"),
        "{goals:?}"
    );
}

#[test]
fn an_adverb_before_a_gerund_opens_a_list_item() {
    let out = Output::of(
        "The Coastal Towns Plan focuses on repairing sea walls, reducing flood damage and erosion, and gradually moving homes away from the shore.\n",
    );
    let goals = out.goals_of("Coastal Towns Plan");
    assert!(
        goals.contains("reducing flood damage and erosion"),
        "{goals:?}"
    );
    assert!(
        goals.contains("gradually moving homes away from the shore"),
        "{goals:?}"
    );
}

#[test]
fn a_gerund_inside_a_goal_nouns_infinitive_opens_no_list() {
    let out = Output::of(
        "The Coastal Towns Plan was adopted in March. The council's annual budget states our intention to address the risks facing fishermen by repairing the harbour walls and dredging the channel.\n",
    );
    let goals = out.goals_of("Coastal Towns Plan");
    assert!(
        !goals.iter().any(|g| g.contains("facing fishermen")),
        "{goals:?}"
    );
}
