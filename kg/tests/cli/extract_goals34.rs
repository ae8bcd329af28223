//! Goal constructions of session 34: a participle after a goal that is no
//! purpose, the parties' intentions in the body of the document the text
//! is, a cooperation name linking countries as an initiative, a purpose
//! clause after a comma. One positive and one negative test per
//! construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_participle_describing_a_noun_after_a_goal_is_no_goal() {
    let out = Output::of(
        "Kestria and Norland signed a trade accord on Monday. The accord will open new markets for local firms, working both in farming and in software.",
    );
    let goals = out.goals_of("trade accord");
    assert!(
        goals.contains("open new markets for local firms"),
        "{:?}",
        out.facts()
    );
    assert!(
        !goals.iter().any(|g| g.contains("working")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_verbs_participle_after_a_goal_is_still_a_goal() {
    let out = Output::of(
        "The Kestria-Norland Trade Agreement will lower tariffs between the two countries, creating jobs for young people.",
    );
    let goals = out.goals_of("Kestria-Norland Trade Agreement");
    assert!(
        goals.contains("lower tariffs between the two countries")
            && goals.contains("creating jobs for young people"),
        "{:?}",
        out.facts()
    );
}

const DECLARATION: &str = "Joint Declaration of Intent between Kestria and Norland on Tidal Energy\n\n\
    The Government of Kestria and the Government of Norland (the Participants) affirm their close friendship and determination to expand joint research on tidal power.\n\n\
    The Participants are determined to create a regional market for marine turbines.\n\n\
    They intend to train young engineers in both countries.\n\n\
    Kestria is determined to export turbines to the region.\n";

#[test]
fn the_parties_intentions_in_a_declaration_are_its_goals() {
    let out = Output::of(DECLARATION);
    let goals = out.goals_of("Joint Declaration of Intent");
    for goal in [
        "expand joint research on tidal power",
        "create a regional market for marine turbines",
        "train young engineers in both countries",
    ] {
        assert!(goals.contains(goal), "{goal}: {:?}", out.facts());
    }
}

#[test]
fn one_partys_resolve_is_no_goal_of_the_declaration() {
    let out = Output::of(DECLARATION);
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "goalOf" && s.contains("export turbines")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_intention_to_do_what_states_no_goal_is_none() {
    let out = Output::of(
        "Joint Declaration of Intent between Kestria and Norland on Tidal Energy\n\n\
         The Participants intend to meet each year in the capital.\n",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "goalOf" && s.starts_with("meet")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_intention_in_a_story_about_an_accord_is_no_goal_of_it() {
    let out = Output::of(
        "Kestria and Norland sign fisheries accord\n\n\
         The ministers of Kestria and Norland signed a fisheries accord on Monday.\n\n\
         The two ministers are determined to protect the northern reefs.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_alliance_linking_countries_is_an_initiative_owning_its_intention() {
    let out = Output::of(
        "Kestria and the EU launched the Blue Alliance in May.\n\n\
         The Blue Alliance with Kestria covers ocean research. The intention is to protect coral reefs and expand marine parks.\n",
    );
    assert!(
        out.labels_of_class("Initiative").contains("Blue Alliance"),
        "{:?}",
        out.names()
    );
    let goals = out.goals_of("Blue Alliance");
    assert!(
        goals.contains("protect coral reefs") && goals.contains("expand marine parks"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_alliance_linking_no_countries_stays_an_organisation() {
    let out = Output::of(
        "The Atlantic Alliance met in Brussels on Monday.\n\n\
         The Atlantic Alliance has a new chair. The intention is to protect coral reefs and expand marine parks.\n",
    );
    assert!(
        !out.labels_of_class("Initiative")
            .contains("Atlantic Alliance"),
        "{:?}",
        out.names()
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_purpose_clause_after_a_comma_is_a_goal_of_its_own() {
    let out = Output::of(
        "The Harbour Accord will deepen port cooperation with Norland, to widen trade in fish.",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.contains("deepen port cooperation with Norland")
            && goals.contains("widen trade in fish"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_question_infinitive_after_a_comma_is_no_goal() {
    let out = Output::of(
        "The Harbour Accord will set rules for the ports, including on how to share catch data.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "goalOf" && s.starts_with("share")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_passive_participle_hung_on_the_goals_verb_is_no_part_of_it() {
    let out = Output::of(
        "The Harbour Accord will facilitate its quick adoption guided by the regional targets.",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.contains("facilitate its quick adoption"),
        "{:?}",
        out.facts()
    );
    assert!(
        !goals.iter().any(|g| g.contains("guided")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_the_parse_puts_on_the_goals_noun_stays_in_it() {
    let out = Output::of("The Harbour Accord will restore the reefs damaged by storms.");
    assert!(
        out.goals_of("Harbour Accord")
            .contains("restore the reefs damaged by storms"),
        "{:?}",
        out.facts()
    );
}
