//! Goals of session 45: a delegation sent abroad for a purpose, a
//! "mission", is an initiative that owns the goals stated for it ("The
//! trade mission is designed to V"); a goal noun's goals stated in the past
//! tense ("The aim of the mission was to V"), as a report of a finished
//! visit states them; and after a goal noun's copula a passive participle
//! or a predicative adjective ("The aim of X was achieved", "is
//! ambitious") says what the goal is like and lists no goal. Sentences
//! written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_missions_designed_purpose_is_its_goal() {
    let out = Output::of(
        "Kestria and Norland signed the Harbour Memorandum on Monday as the Premier's trade \
         mission got underway. The trade mission is designed to open new markets for Kestrian \
         grain.\n",
    );
    let goals = out.goals_of("trade mission");
    assert!(
        goals.contains("open new markets for Kestrian grain"),
        "{goals:?}"
    );
    // The memorandum named before owns no goal of the mission.
    let memorandum = out.goals_of("Harbour Memorandum");
    assert!(
        !memorandum.iter().any(|g| g.contains("markets")),
        "{memorandum:?}"
    );
}

#[test]
fn a_goal_stated_in_the_past_tense_is_a_goal() {
    let out = Output::of(
        "Kestria sent a trade mission to Norland in May. The main purpose of the mission was \
         to sign supply contracts for Kestrian wheat.\n",
    );
    let goals = out.goals_of("trade mission");
    assert!(
        goals.contains("sign supply contracts for Kestrian wheat"),
        "{goals:?}"
    );
}

#[test]
fn a_participle_or_adjective_after_a_goal_nouns_copula_is_no_goal() {
    for predicate in [
        "was achieved within a week",
        "were set out in a letter",
        "is ambitious",
        "are listed in its annex",
        // A preposition opens no goal (regression: pool57, "priorities …
        // were to a large extent fulfilled" gave the phrase as a goal).
        "were to a large extent fulfilled",
        "are in line with the plan",
    ] {
        let out = Output::of(&format!(
            "Kestria and Norland signed a fisheries agreement in May. The aims of the \
             agreement {predicate}.\n"
        ));
        let facts = out.facts();
        assert!(
            !facts.iter().any(|(_, p, _)| p == "goalOf"),
            "{predicate}: {facts:?}"
        );
    }
    // A goal that opens with a modifier of its noun is still listed.
    let out = Output::of(
        "Kestria and Norland signed a fisheries agreement in May. The aims of the agreement \
         are improved access to Norlandic ports and lower fees.\n",
    );
    let facts = out.facts();
    assert!(
        facts
            .iter()
            .any(|(s, p, _)| p == "goalOf" && s.contains("access to Norlandic ports")),
        "{facts:?}"
    );
}
