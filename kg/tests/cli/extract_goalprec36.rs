//! Goal precision on fresh text (session 36): an infinitive that completes
//! the verb phrase it hangs on is part of that phrase's goal, no goal of
//! its own; a goal read from a list of "-ing" clauses ends before a
//! coordinator that names another document; "it" after a subject or
//! possessor of its own sentence that is a thing owning no goal speaks of
//! that thing, not of a document named earlier. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn an_infinitive_after_an_infinitive_and_its_object_is_no_goal_of_its_own() {
    let out = Output::of(
        "The Harbour Plan, which aims to encourage councils to share port data, was adopted in May.\n",
    );
    let goals = out.goals_of("Harbour Plan");
    assert!(
        goals.contains("encourage councils to share port data"),
        "{goals:?}"
    );
    assert!(!goals.contains("share port data"), "{goals:?}");
}

#[test]
fn an_infinitive_after_a_document_object_stays_its_goal() {
    let out =
        Output::of("The ministers met in Lima to sign the Lumen Accord to boost river trade.\n");
    let goals = out.goals_of("Lumen Accord");
    assert!(goals.contains("boost river trade"), "{goals:?}");
}

#[test]
fn an_enabling_verbs_infinitive_stays_a_goal() {
    let out = Output::of("The Lumen Accord aims to help farmers to sell their grain abroad.\n");
    let goals = out.goals_of("Lumen Accord");
    assert!(goals.contains("sell their grain abroad"), "{goals:?}");
}

#[test]
fn an_infinitive_extraposed_after_it_and_an_adjective_is_no_goal_of_its_own() {
    let out = Output::of(
        "Under the Delta Accord, the agency will train pilots and make it possible to ship grain by rail.\n",
    );
    let goals = out.goals_of("Delta Accord");
    assert!(
        goals
            .iter()
            .any(|g| g.contains("make it possible to ship grain")),
        "{goals:?}"
    );
    assert!(!goals.contains("ship grain by rail"), "{goals:?}");
}

#[test]
fn a_gerund_goal_ends_before_a_coordinated_document() {
    let out = Output::of(
        "The heads of state signed the Joint Declaration on strengthening friendship and trust \
         and the Treaty on the State Border.\n",
    );
    let goals = out.goals_of("Joint Declaration");
    assert!(
        goals.contains("strengthening friendship and trust"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("Treaty")), "{goals:?}");
}

#[test]
fn a_gerund_goal_runs_on_over_a_coordinated_common_noun() {
    let out = Output::of(
        "The heads of state signed the Joint Declaration on strengthening friendship and trust \
         and the border crossings.\n",
    );
    let goals = out.goals_of("Joint Declaration");
    assert!(
        goals.contains("strengthening friendship and trust and the border crossings"),
        "{goals:?}"
    );
}

#[test]
fn it_after_a_possessor_in_its_own_sentence_is_no_earlier_document() {
    let out = Output::of(
        "The Tidal Accord was signed in March.\n\n\
         Despite Norvik Bank's admission that it was seeking to widen its lending, the court \
         ruled against the lender.\n",
    );
    let goals = out.goals_of("Tidal Accord");
    assert!(goals.is_empty(), "{goals:?}");
}

#[test]
fn it_after_a_person_subject_still_speaks_of_the_earlier_document() {
    let out = Output::of(
        "The Tidal Accord was signed in March.\n\n\
         The minister said it will widen lending to farmers in the north.\n",
    );
    let goals = out.goals_of("Tidal Accord");
    assert!(
        goals.contains("widen lending to farmers in the north"),
        "{goals:?}"
    );
}
