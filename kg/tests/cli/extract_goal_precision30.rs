//! Goals as unseen releases write them, read with precision first (session
//! 30): a short form a text defines in parentheses after a document's name
//! ("(hereinafter referred to as the “MoC”)") is another name of that
//! document and no part of it; a goal ends with the quotation it starts in;
//! the means of a goal ("through" + "-ing", "will be achieved through …")
//! is no goal; a goal never starts inside a noun list. One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

fn goals_of(out: &Output, owner: &str) -> Vec<String> {
    out.subjects_of("goalOf", owner)
}

#[test]
fn a_short_form_defined_in_parentheses_names_the_document_it_follows() {
    let out = Output::of(
        "Water News\n\nThe Ministry of Water of Velonia and the Ministry of Farming of Quessa signed a Memorandum of Cooperation (hereinafter referred to as the \u{201c}MoC\u{201d}) on Monday.\n\nThe MoC aims to expand drip irrigation in dry valleys.\n\nThe purpose of this Memorandum of Cooperation (hereinafter referred to as the \u{201c}MoC\u{201d}) is to train young engineers in both countries.",
    );
    assert_eq!(
        goals_of(&out, "Memorandum of Cooperation"),
        vec![
            "expand drip irrigation in dry valleys".to_owned(),
            "train young engineers in both countries".to_owned()
        ],
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(names.contains_key("MoC"), "{names:?}");
    assert!(
        !names.keys().any(|n| n.contains("hereinafter")),
        "{names:?}"
    );
}

#[test]
fn roles_and_asides_in_parentheses_are_no_short_forms() {
    // Roles ("a Participant", "the Participants"), a gazetteer name ("the
    // UK" is the country's) and an aside that quotes nothing name no party.
    let out = Output::of(
        "Water News\n\nThe Ministry of Water of Velonia (hereinafter referred to as the \u{201c}UK\u{201d}) and the Ministry of Farming of Quessa (hereinafter referred to individually as a \u{201c}Participant\u{201d} and collectively as the \u{201c}Participants\u{201d}) signed a Memorandum of Cooperation (signed in May) on Monday.",
    );
    let names = out.names();
    for short in ["Participant", "Participants", "signed in May"] {
        assert!(!names.contains_key(short), "{short}: {names:?}");
    }
    let uk_classes = names.get("UK").cloned().unwrap_or_default();
    assert!(!uk_classes.contains("GovernmentBody"), "{names:?}");
}

#[test]
fn a_goal_ends_with_the_quotation_it_starts_in() {
    let out = Output::of(
        "Water News\n\n\u{201c}The Water Plan is the national plan to address losses under the Agreement on Saving the Canals,\u{201d} Minister Ada Quist said.\n\nThe aim of the Water Plan is \u{201c}to train engineers for the canals\u{201d}, the Minister said.",
    );
    assert_eq!(
        goals_of(&out, "Water Plan"),
        vec![
            "address losses under the Agreement on Saving the Canals".to_owned(),
            "train engineers for the canals".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_quotation_opened_inside_a_goal_stays_in_it() {
    let out = Output::of(
        "Water News\n\nThe Water Plan will expand the \u{201c}Blue Valleys\u{201d} programme to ten provinces.",
    );
    assert_eq!(
        goals_of(&out, "Water Plan"),
        vec!["expand the \u{201c}Blue Valleys\u{201d} programme to ten provinces".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_means_of_a_goal_is_no_goal() {
    let out = Output::of(
        "Water News\n\nThe Water Plan aims to cut water losses through repairing old pipes.\n\nThis will be achieved through better metering, new pipes, and reduced leaks.\n\nThe aim of the Water Plan is to cut losses by backing farmers with investment in pipes, pumps and meters.",
    );
    let goals = goals_of(&out, "Water Plan");
    assert!(goals.contains(&"cut water losses".to_owned()), "{goals:?}");
    for means in ["repairing old pipes", "reduced leaks", "pumps and meters"] {
        assert!(
            !goals
                .iter()
                .any(|g| g.starts_with(means) || g.ends_with(means) && g.len() < 20),
            "{means}: {goals:?}"
        );
    }
}

#[test]
fn gerund_lists_and_prepositional_phrases_after_a_purpose_stay_goals() {
    let out = Output::of(
        "Water News\n\nThe Water Plan focuses on repairing old pipes and training plumbers.\n\nThe Water Plan aims to boost growth through better policy making.",
    );
    assert_eq!(
        goals_of(&out, "Water Plan"),
        vec![
            "boost growth through better policy making".to_owned(),
            "repairing old pipes".to_owned(),
            "training plumbers".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn no_goal_starts_inside_a_noun_list() {
    let out = Output::of(
        "Water News\n\nThe objective of the Water Charter is the exchange of information on pumps, meters, and pipes in dry valleys in order to promote water savings.",
    );
    let goals = goals_of(&out, "Water Charter");
    assert!(
        goals.contains(&"promote water savings".to_owned()),
        "{goals:?}"
    );
    assert!(
        !goals
            .iter()
            .any(|g| g.starts_with("meters") || g.starts_with("pipes")),
        "{goals:?}"
    );
}

#[test]
fn goals_listed_as_bare_nouns_stay_one_each() {
    let out = Output::of(
        "Water News\n\nThe goals of the Water Charter are jobs, growth, and cleaner rivers.",
    );
    assert_eq!(
        goals_of(&out, "Water Charter"),
        vec![
            "cleaner rivers".to_owned(),
            "growth".to_owned(),
            "jobs".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}
