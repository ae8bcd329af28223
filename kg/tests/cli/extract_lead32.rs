//! Session 32: a preposition fronting a definite description is no part of
//! a name ("Through the Agreement, …", "Under the Agreement, …"), so the
//! description refers back to the document named before. One positive and
//! one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

const SIGNING: &str = "Chile and Peru sign the Tidewater Energy Agreement\n\nChile and Peru today signed the Tidewater Energy Agreement.\n\n";

#[test]
fn a_fronted_preposition_before_a_definite_description_is_no_part_of_a_name() {
    for preposition in ["Through", "Under"] {
        let out = Output::of(&format!(
            "{SIGNING}{preposition} the Agreement, both countries will expand tidal power research."
        ));
        assert_eq!(
            out.subjects_of("goalOf", "Tidewater Energy Agreement"),
            vec!["expand tidal power research".to_owned()],
            "{preposition}: {:?}",
            out.facts()
        );
        let names = out.names();
        assert!(
            !names.contains_key(&format!("{preposition} the Agreement"))
                && !names.contains_key("the Agreement"),
            "{preposition}: {names:?}"
        );
    }
}

#[test]
fn a_determiner_inside_a_name_stays_in_it() {
    // Only a name's first words are trimmed: "the" after "for" is part of it.
    let out = Output::of(
        "Port news\n\nUnder the plan, the Commission for the Future of Ports will publish tide data.",
    );
    let names = out.names();
    assert!(
        names.contains_key("Commission for the Future of Ports"),
        "{names:?}"
    );
}

#[test]
fn a_goal_list_of_coordinated_gerunds_gives_one_goal_each() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement's objectives include mapping tidal currents and training harbour engineers."
    ));
    let mut goals = out.subjects_of("goalOf", "Tidewater Energy Agreement");
    goals.sort();
    assert_eq!(
        goals,
        vec![
            "mapping tidal currents".to_owned(),
            "training harbour engineers".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_gerund_goal_with_coordinated_nouns_stays_whole() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement's objectives include mapping currents in estuaries and harbours."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["mapping currents in estuaries and harbours".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_noun_with_of_and_a_gerund_states_the_goal() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement sets a target of doubling tidal power output by 2030."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["doubling tidal power output by 2030".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_noun_that_names_no_goal_with_of_and_a_gerund_states_none() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement follows a decade of mapping tidal currents."
    ));
    assert!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_clause_fronted_by_with_a_document_states_its_goal() {
    let out = Output::of(&format!(
        "{SIGNING}With this Agreement, Chile and Peru aim to expand tidal power research."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["expand tidal power research".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_clause_fronted_by_with_something_else_states_no_goal_of_the_document() {
    let out = Output::of(&format!(
        "{SIGNING}With the help of local fishers, Chile and Peru aim to double tidal power output."
    ));
    assert!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_present_enabling_verb_with_an_object_and_an_infinitive_states_the_goal() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement enables the two countries to share tide gauge records."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["share tide gauge records".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_object_of_another_verb_with_an_infinitive_states_no_goal() {
    // Only an enabling verb (`kg:enablingVerb`) passes its object's
    // infinitive on as the document's goal.
    let out = Output::of(&format!(
        "{SIGNING}The Agreement names the two ports to inspect first."
    ));
    assert!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_predicate_noun_for_a_document_gives_its_goals_to_the_subject() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement is a roadmap to expand tidal power research.\n\nThe Agreement is a landmark deal that will open new harbour routes."
    ));
    let mut goals = out.subjects_of("goalOf", "Tidewater Energy Agreement");
    goals.sort();
    assert_eq!(
        goals,
        vec![
            "expand tidal power research".to_owned(),
            "open new harbour routes".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn part_of_a_strategy_leaves_the_goal_to_the_strategy() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement is part of the Chilean Coastal Strategy to expand tidal power research."
    ));
    assert!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn aims_as_a_verb_in_a_relative_clause_lists_no_goals() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement, which aims to expand tidal power research and hire more harbour engineers, was signed in Lima."
    ));
    let mut goals = out.subjects_of("goalOf", "Tidewater Energy Agreement");
    goals.sort();
    assert_eq!(
        goals,
        vec![
            "expand tidal power research".to_owned(),
            "hire more harbour engineers".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_goals_are_stated_one_by_one_not_also_whole() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement's aims are to expand tidal power research and hire more harbour engineers.\n\nIts purpose is to expand trade and investment."
    ));
    let mut goals = out.subjects_of("goalOf", "Tidewater Energy Agreement");
    goals.sort();
    assert_eq!(
        goals,
        vec![
            "expand tidal power research".to_owned(),
            "expand trade and investment".to_owned(),
            "hire more harbour engineers".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plan_a_document_lays_out_states_the_document_goal() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement sets out a path to expand tidal power research.\n\nThe Chilean Energy Agency released the Tidal Power Plan, which outlines a strategy to cut harbour emissions."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["expand tidal power research".to_owned()],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        out.subjects_of("goalOf", "Tidal Power Plan"),
        vec!["cut harbour emissions".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plan_a_body_releases_keeps_its_own_goal() {
    let out = Output::of(&format!(
        "{SIGNING}The Chilean Energy Agency released a new strategy to cut harbour emissions."
    ));
    assert!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_noun_inside_an_infinitive_goal_adds_no_goal_of_its_own() {
    let out = Output::of(&format!(
        "{SIGNING}The Agreement is designed to pursue the shared objective of mapping every tidal current."
    ));
    assert_eq!(
        out.subjects_of("goalOf", "Tidewater Energy Agreement"),
        vec!["pursue the shared objective of mapping every tidal current".to_owned()],
        "{:?}",
        out.facts()
    );
}
