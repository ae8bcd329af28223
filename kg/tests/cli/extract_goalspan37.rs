//! Goal spans drawn around a controlling head (session 37): a head that
//! only says the parties act together ("work together to", "cooperate
//! closely to") gives way to the purpose it serves, and coordinated
//! purposes after it stay one goal each; a head with a partner or topic
//! of its own stays in the goal. Positive and negative tests on sentences
//! written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_joint_action_head_gives_way_to_its_coordinated_purposes() {
    let out = Output::of(
        "The two cities signed the Harbour Accord to work together to expand the port \
         and to lower shipping costs.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(goals.contains("expand the port"), "{goals:?}");
    assert!(goals.contains("lower shipping costs"), "{goals:?}");
    assert!(
        !goals.iter().any(|g| g.starts_with("work together")),
        "{goals:?}"
    );
}

#[test]
fn a_joint_action_adverb_alone_lets_the_purpose_stand() {
    let out = Output::of(
        "Under the Varn Accord, the two agencies will cooperate closely to restore the wetlands.\n",
    );
    let goals = out.goals_of("Varn Accord");
    assert!(goals.contains("restore the wetlands"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("cooperate")), "{goals:?}");
}

#[test]
fn a_head_with_a_partner_or_topic_stays_in_the_goal() {
    let out = Output::of(
        "The two cities signed the Harbour Accord to work with local councils to expand the port.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.contains("work with local councils to expand the port"),
        "{goals:?}"
    );
    let out = Output::of(
        "The two cities signed the Harbour Accord to work together on port safety to cut accidents.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.contains("work together on port safety to cut accidents"),
        "{goals:?}"
    );
}

// Review 37a (F1, F2): the head gives way only where the purpose's verb
// stands right after its "to"; a negation or a copula between them belongs
// to the goal, which the head's own span keeps.

#[test]
fn a_negated_purpose_after_a_joint_action_head_stays_negated() {
    let out = Output::of(
        "The two towns signed the Kestle Accord to work together to not close the ferry.\n",
    );
    let goals = out.goals_of("Kestle Accord");
    assert!(
        goals.contains("work together to not close the ferry"),
        "{goals:?}"
    );
    assert!(!goals.contains("close the ferry"), "{goals:?}");
    let out = Output::of(
        "The two towns signed the Kestle Accord to work together to reopen the ferry.\n",
    );
    let goals = out.goals_of("Kestle Accord");
    assert!(goals.contains("reopen the ferry"), "{goals:?}");
}

#[test]
fn a_copula_after_a_joint_action_head_stays_in_the_goal() {
    let out =
        Output::of("Both sides signed the Tavy Agreement to cooperate to be ready for droughts.\n");
    let goals = out.goals_of("Tavy Agreement");
    assert!(
        goals.contains("cooperate to be ready for droughts"),
        "{goals:?}"
    );
    assert!(!goals.contains("ready for droughts"), "{goals:?}");
    let out =
        Output::of("Both sides signed the Tavy Agreement to cooperate to restore the ferry.\n");
    let goals = out.goals_of("Tavy Agreement");
    assert!(goals.contains("restore the ferry"), "{goals:?}");
}

// Review 37a (F3): "work" says only that someone acts; it is joint action
// with a joint action adverb only, while "cooperate" is joint in itself.

#[test]
fn work_gives_way_to_its_purpose_only_with_a_joint_action_adverb() {
    let out = Output::of("The plan allows young people to work to support their families.\n");
    let goals = out.goals_of("plan");
    assert!(!goals.contains("support their families"), "{goals:?}");
    let out = Output::of("The Moray Plan allows young people to work to support their families.\n");
    let goals = out.goals_of("Moray Plan");
    assert!(
        goals.contains("work to support their families"),
        "{goals:?}"
    );
    assert!(!goals.contains("support their families"), "{goals:?}");
    let out = Output::of(
        "The two towns signed the Kestle Accord to work jointly to restore the ferry.\n",
    );
    let goals = out.goals_of("Kestle Accord");
    assert!(goals.contains("restore the ferry"), "{goals:?}");
}
