//! Goal spans drawn around coordination and trailing phrases (session 37):
//! a head that only says the parties act together ("work together to")
//! gives way to the purpose it serves; a comma list the parser took for a
//! participle's subject stays in the goal; "and another on …" ends a goal
//! (what follows is a second document's); a passive infinitive after the
//! goal's object ("to be raced each spring") and a result participle after
//! its noun ("allowing for growth") are no part of it. One positive and
//! one negative test per construction, on sentences written for these tests.

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

#[test]
fn a_comma_list_taken_for_a_participles_subject_stays_in_the_goal() {
    let out = Output::of(
        "The Varn Harbour Plan will find savings in regulation, skills, fuels, and \
         infrastructure required to build a strong shipping sector.\n",
    );
    let goals = out.goals_of("Varn Harbour Plan");
    assert!(
        goals.contains(
            "find savings in regulation, skills, fuels, and infrastructure required to build \
             a strong shipping sector"
        ),
        "{goals:?}"
    );
    assert!(!goals.contains("find savings in regulation"), "{goals:?}");
}

#[test]
fn a_clause_with_its_own_subject_after_a_comma_still_ends_the_goal() {
    let out = Output::of("The Varn Plan aims to cut port fees, the minister said.\n");
    let goals = out.goals_of("Varn Plan");
    assert!(goals.contains("cut port fees"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("minister")), "{goals:?}");
}

#[test]
fn a_goal_ends_before_another_document_named_by_a_pronoun() {
    let out = Output::of(
        "The two ministers signed an MOU on creating a forum on water to hold yearly meetings \
         between the two ministries and another on linking research centres to share data.\n",
    );
    let goals = out.goals_of("MOU");
    assert!(
        goals.contains("hold yearly meetings between the two ministries"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("another")), "{goals:?}");
}

#[test]
fn another_before_a_noun_is_no_second_document() {
    let out =
        Output::of("The Varn Accord aims to build one bridge and another dam on the river.\n");
    let goals = out.goals_of("Varn Accord");
    assert!(
        goals.contains("build one bridge and another dam on the river"),
        "{goals:?}"
    );
}

#[test]
fn a_passive_infinitive_after_the_goals_object_is_no_goal() {
    let out = Output::of(
        "The Premier announced a new partnership between the Varn Rowing Club and the Kestria \
         Boat Society to found the Harbour Cup, to be raced each spring in Cork.\n",
    );
    let goals = out.goals_of("new partnership");
    assert!(goals.contains("found the Harbour Cup"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("raced")), "{goals:?}");
}

#[test]
fn an_active_purpose_of_the_purpose_stays_a_goal() {
    let out = Output::of("The Varn Accord aims to build new docks to attract more shipping.\n");
    let goals = out.goals_of("Varn Accord");
    assert!(goals.contains("build new docks"), "{goals:?}");
    assert!(goals.contains("attract more shipping"), "{goals:?}");
}

#[test]
fn a_result_participle_after_the_goals_noun_is_no_part_of_it() {
    let out = Output::of(
        "The Varn Plan has three priorities that focus on keeping rents low and raising the \
         number of skilled jobs allowing for steady growth.\n",
    );
    let goals = out.goals_of("Varn Plan");
    assert!(
        goals.contains("raising the number of skilled jobs"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("allowing")), "{goals:?}");
    let out = Output::of(
        "The Varn Plan aims to raise the number of skilled jobs allowing for steady growth.\n",
    );
    let goals = out.goals_of("Varn Plan");
    assert!(
        goals.contains("raise the number of skilled jobs"),
        "{goals:?}"
    );
}

#[test]
fn a_participle_describing_the_goals_noun_stays_in_it() {
    let out = Output::of(
        "The Varn Plan has three priorities that focus on keeping rents low and raising the \
         number of firms offering apprenticeships.\n",
    );
    let goals = out.goals_of("Varn Plan");
    assert!(
        goals.contains("raising the number of firms offering apprenticeships"),
        "{goals:?}"
    );
}
