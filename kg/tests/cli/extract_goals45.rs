//! Goals of session 45, on sentences written for these tests: a phrase a
//! purpose cue leads to that opens with a possessive pronoun ("with a view
//! to its entry into force", "aims at its ratification") names an event of
//! the thing the pronoun points back to, what is to happen to it, not an
//! effect it is made for: no goal. The sentence's other goals stay.
//! A document's infinitive after a verb of expecting in the passive ("The
//! accord is expected to serve as the framework for …") says what the
//! document is to do, as "will" does: a goal; not so a verb that states no
//! goal ("is expected to enter into force"), a passive ("is expected to be
//! ratified"), or what a named party expects of it ("officials expect the
//! accord to …").

use super::extract_constructions::Output;

#[test]
fn a_possessed_event_after_with_a_view_to_is_no_goal() {
    let out = Output::of(
        "Kestria and Norland signed the Velm Fisheries Accord to widen trade in fish. The ministers agreed to start talks on a new customs agreement as soon as possible with a view to its entry into force next spring.\n",
    );
    let accord = out.goals_of("Velm Fisheries Accord");
    assert!(accord.contains("widen trade in fish"), "{accord:?}");
    let customs = out.goals_of("new customs agreement");
    assert!(
        !customs.iter().any(|g| g.starts_with("its ")),
        "{customs:?}"
    );
}

#[test]
fn a_possessed_event_after_aims_at_is_no_goal_and_a_future_goal_stays() {
    let out = Output::of(
        "The Kestrian Trade Minister welcomed the Harbour Services Agreement, which aims at its ratification by both parliaments within a year and will cut port fees for small exporters.\n",
    );
    let goals = out.goals_of("Harbour Services Agreement");
    assert!(
        goals.contains("cut port fees for small exporters"),
        "{goals:?}"
    );
    assert!(
        !goals.iter().any(|g| g.contains("ratification")),
        "{goals:?}"
    );
}

#[test]
fn a_documents_infinitive_after_is_expected_states_its_goal() {
    let out = Output::of(
        "Kestria and Norland signed the Harbour Accord on Monday. The Harbour Accord is expected to serve as the framework for future collaboration between the two ports.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.contains("serve as the framework for future collaboration between the two ports"),
        "{goals:?}"
    );
}

#[test]
fn what_is_expected_to_happen_to_a_document_is_no_goal() {
    let out = Output::of(
        "Kestria and Norland signed the Harbour Accord on Monday. The Harbour Accord is expected to enter into force in May and is expected to be ratified by both parliaments. Officials expect the Harbour Accord to raise port fees. The Harbour Accord will widen trade in fish.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(goals.contains("widen trade in fish"), "{goals:?}");
    assert!(
        !goals
            .iter()
            .any(|g| g.contains("enter") || g.contains("ratified") || g.contains("raise")),
        "{goals:?}"
    );
}
