//! Goals of session 44: a goal verb in the present tense as a document's
//! main predicate ("The memorandum strengthens the collaboration between A
//! and B") states the document's goal, up to a second predicate of the
//! same subject ("… and serves to V"); a verb saying what the document
//! deals with ("addresses the risks") or sets up ("establishes a council")
//! states none. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_documents_present_goal_predicate_states_its_goal() {
    let out = Output::of(
        "Kestria and Norland renewed the Harbour Memorandum on Monday. The Harbour Memorandum \
         strengthens the collaboration between the Kestrian and Norlandic port authorities and \
         serves to improve shipping safety.\n",
    );
    let goals = out.goals_of("Harbour Memorandum");
    assert!(
        goals.contains(
            "strengthens the collaboration between the Kestrian and Norlandic port authorities"
        ),
        "{goals:?}"
    );
    // The second predicate's purpose is a goal of its own, not the first one's tail.
    assert!(goals.contains("improve shipping safety"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("serves")), "{goals:?}");
}

#[test]
fn a_present_predicate_naming_the_subject_matter_or_a_body_set_up_is_no_goal() {
    for predicate in [
        "addresses the risks to the river ports of both countries",
        "establishes a joint council of harbour masters",
    ] {
        let out = Output::of(&format!(
            "Kestria and Norland renewed the Harbour Memorandum on Monday. The Harbour \
             Memorandum {predicate}.\n"
        ));
        let goals = out.goals_of("Harbour Memorandum");
        assert!(goals.is_empty(), "{predicate}: {goals:?}");
    }
}

#[test]
fn a_present_goal_predicate_of_a_person_is_no_documents_goal() {
    let out = Output::of(
        "Kestria and Norland renewed the Harbour Memorandum on Monday. Minister Ada Quist \
         strengthens the collaboration between the two port authorities.\n",
    );
    let goals = out.goals_of("Harbour Memorandum");
    assert!(
        !goals.iter().any(|g| g.contains("collaboration")),
        "{goals:?}"
    );
}
