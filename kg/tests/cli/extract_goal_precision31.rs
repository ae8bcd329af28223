//! Goals as unseen government releases write them, read with precision
//! first (session 31): examples after "ranging from" or "such as" only
//! illustrate a goal; a goal noun coordinated with other nouns ("the Plan's
//! goals, objectives and measures") lists no goals; an infinitive stranding
//! its preposition ("projects to work toward together") is a relative
//! clause, no purpose; a document's own act passes its purpose to it, not
//! to the named document it acts on; a definite description ("the 10 year,
//! nationwide framework") is the document of its kind named before; "to
//! enhance A and address B" is two goals; a bare common noun ("a
//! framework") owns no goals; a goal ends before a bracketed short form.
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

fn goals_of(out: &Output, owner: &str) -> Vec<String> {
    out.subjects_of("goalOf", owner)
}

fn all_goals(out: &Output) -> Vec<(String, String)> {
    out.facts()
        .into_iter()
        .filter(|(_, p, _)| p == "goalOf")
        .map(|(s, _, o)| (s, o))
        .collect()
}

#[test]
fn items_after_ranging_from_illustrate_a_goal_and_are_no_goals() {
    let out = Output::of(
        "Harbour News\n\nThe Velonia-Quessa Harbour Partnership will enable closer cooperation across a wide range of areas, ranging from port safety, tackling smuggling, and improving the resilience of our harbours, to fishing and tourism.\n",
    );
    assert_eq!(
        goals_of(&out, "Velonia-Quessa Harbour Partnership"),
        vec!["enable closer cooperation across a wide range of areas".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_gerunds_without_an_example_cue_stay_goals() {
    let out = Output::of(
        "Harbour News\n\nThe Velonia-Quessa Harbour Partnership will enable closer cooperation on port safety, tackling smuggling and improving the resilience of our harbours.\n",
    );
    let goals = goals_of(&out, "Velonia-Quessa Harbour Partnership");
    assert!(
        goals.iter().any(|g| g.starts_with("tackling smuggling")),
        "{goals:?}"
    );
}

#[test]
fn a_goal_noun_coordinated_with_other_nouns_lists_no_goals() {
    let out = Output::of(
        "Harbour News\n\nVelonia published the Harbour Plan on Monday. Across the Harbour Plan's goals, objectives, and measures, there is a focus on cleaner ports.\n",
    );
    let goals = goals_of(&out, "Harbour Plan");
    for not_goal in [
        "objectives",
        "measures",
        "there is a focus on cleaner ports",
    ] {
        assert!(!goals.iter().any(|g| g == not_goal), "{goals:?}");
    }
}

#[test]
fn coordinated_goal_nouns_before_their_verb_list_goals() {
    let out = Output::of(
        "Harbour News\n\nVelonia published the Harbour Plan on Monday. The Harbour Plan's goals and targets are: cleaner ports; safer ships.\n",
    );
    assert_eq!(
        goals_of(&out, "Harbour Plan"),
        vec!["cleaner ports".to_owned(), "safer ships".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_infinitive_stranding_its_preposition_is_no_purpose() {
    let out = Output::of(
        "Harbour News\n\nThe Harbour Plan expands on the Velonia Port Strategy with shared projects to work toward together as partners.\n",
    );
    assert_eq!(all_goals(&out), Vec::<(String, String)>::new());
}

#[test]
fn an_infinitive_whose_preposition_has_an_object_is_a_purpose() {
    let out = Output::of(
        "Harbour News\n\nThe Harbour Plan expands on the Velonia Port Strategy with shared projects to work toward cleaner ports.\n",
    );
    assert_eq!(
        goals_of(&out, "Harbour Plan"),
        vec!["work toward cleaner ports".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_document_acting_on_a_named_document_owns_the_purpose() {
    let out = Output::of(
        "Harbour News\n\nThe Harbour Plan joins together the Velonia Port Strategy with our coastal strategies to build toward a stronger friendship.\n",
    );
    assert_eq!(
        all_goals(&out),
        vec![(
            "build toward a stronger friendship".to_owned(),
            "Harbour Plan".to_owned()
        )]
    );
}

#[test]
fn a_purpose_of_adopting_a_document_is_still_that_documents() {
    let out = Output::of(
        "Harbour News\n\nThe ministers adopted the Velonia Port Strategy to protect small boats.\n",
    );
    assert_eq!(
        goals_of(&out, "Velonia Port Strategy"),
        vec!["protect small boats".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_description_of_the_goal_noun_owner_is_the_document_named_before() {
    let out = Output::of(
        "Harbour News\n\nVelonia released the National Rivers Strategy 2024-2030 on Monday. The objective of the 10 year, nationwide framework is to clean rivers in every region.\n",
    );
    let goals = all_goals(&out);
    assert!(
        goals
            .iter()
            .any(|(g, o)| g == "clean rivers in every region"
                && o.starts_with("National Rivers Strategy")),
        "{goals:?}"
    );
    assert!(
        !goals.iter().any(|(_, o)| o.contains("framework")),
        "{goals:?}"
    );
}

#[test]
fn a_description_with_no_document_named_before_owns_its_goal() {
    let out = Output::of(
        "Harbour News\n\nThe objective of the new river framework is to clean rivers in every region.\n",
    );
    assert_eq!(
        all_goals(&out),
        vec![(
            "clean rivers in every region".to_owned(),
            "new river framework".to_owned()
        )]
    );
}

#[test]
fn a_bare_goal_verb_after_and_opens_a_second_goal() {
    let out = Output::of(
        "Harbour News\n\nThe objective of the Harbour Plan is to enhance the safety of ports and address the gaps in crew training.\n",
    );
    assert_eq!(
        goals_of(&out, "Harbour Plan"),
        vec![
            "address the gaps in crew training".to_owned(),
            "enhance the safety of ports".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_bare_verb_after_an_inner_infinitive_is_no_goal_of_its_own() {
    let out = Output::of(
        "Harbour News\n\nThe aim of the Harbour Plan is to back ports to build ships and improve the skills of crews.\n",
    );
    let goals = goals_of(&out, "Harbour Plan");
    assert!(
        !goals.iter().any(|g| g == "improve the skills of crews"),
        "{goals:?}"
    );
}

#[test]
fn a_thing_named_by_a_bare_common_noun_owns_no_goals() {
    let out = Output::of(
        "Harbour News\n\n\"This meeting will provide a framework to making progress on port safety,\" the Minister said.\n",
    );
    let goals = all_goals(&out);
    assert!(!goals.iter().any(|(_, o)| o == "framework"), "{goals:?}");
}

#[test]
fn a_named_framework_owns_its_goals() {
    let out = Output::of("Harbour News\n\nThe Harbour Framework will protect small ports.\n");
    assert_eq!(
        goals_of(&out, "Harbour Framework"),
        vec!["protect small ports".to_owned()]
    );
}

#[test]
fn a_goal_ends_before_a_bracketed_short_form() {
    let out = Output::of(
        "Harbour News\n\nThe two ministers agreed to a Harbour Plan to implement the Velonia-Quessa Harbour Partnership (VQHP).\n",
    );
    let goals = all_goals(&out);
    assert!(
        goals
            .iter()
            .any(|(g, _)| g == "implement the Velonia-Quessa Harbour Partnership"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|(g, _)| g.contains('(')), "{goals:?}");
}

#[test]
fn a_bracket_inside_a_goal_stays_in_it() {
    let out = Output::of(
        "Harbour News\n\nThe Harbour Plan aims to protect small ports (under 50 berths) in the north.\n",
    );
    assert_eq!(
        goals_of(&out, "Harbour Plan"),
        vec!["protect small ports (under 50 berths) in the north".to_owned()]
    );
}

#[test]
fn a_described_document_not_made_yet_owns_no_goals() {
    let out = Output::of(
        "Harbour News\n\nI am today publishing a Harbour Plan to set out steps for developing a future strategy which could further grow our small ports.\n",
    );
    let goals = all_goals(&out);
    assert!(
        !goals.iter().any(|(_, o)| o.contains("future strategy")),
        "{goals:?}"
    );
}

#[test]
fn a_named_future_strategy_owns_its_goals() {
    let out = Output::of("Harbour News\n\nThe Future Ports Strategy will grow our small ports.\n");
    assert_eq!(
        goals_of(&out, "Future Ports Strategy"),
        vec!["grow our small ports".to_owned()]
    );
}
