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

#[test]
fn what_is_judged_required_or_described_after_a_goal_is_no_goal() {
    // "It was pleasing to note …" judges the infinitive; "It requires us
    // to …" asks it of us; "which include: …" describes the fields.
    let out = Output::of(
        "Water News\n\nKestria and Velonia signed the Canal Accord on Monday.\n\nIt was pleasing today to note, Prime Minister, the growing trade between our two countries.\n\nIt requires us to work with farmers to monitor the levels of every canal.\n\nThe Canal Accord would strengthen the cooperation between Kestria and Velonia in the fields of water which include: dam repair, canal dredging and flood warnings.",
    );
    assert_eq!(
        goals_of(&out, "Canal Accord"),
        vec![
            "strengthen the cooperation between Kestria and Velonia in the fields of water"
                .to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn what_a_document_is_designed_or_aims_to_do_stays_its_goal() {
    let out = Output::of(
        "Water News\n\nKestria and Velonia signed the Canal Accord on Monday.\n\nIt is designed to cut water losses in old canals.\n\nThe Canal Accord will help farmers to share pumps.",
    );
    assert_eq!(
        goals_of(&out, "Canal Accord"),
        vec![
            "cut water losses in old canals".to_owned(),
            "share pumps".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_verb_phrases_after_a_purpose_are_one_goal_each() {
    // The golds split "V1 X and V2 Y" into two goals, each verb with its
    // own object, also where the tagger read the second verb as a noun.
    let out = Output::of(
        "Water News\n\nThe Water Plan aims to cut losses in canals and train young engineers.\n\nThe Water Plan will also shield farmers from droughts and help avoid the rising costs of floods.",
    );
    assert_eq!(
        goals_of(&out, "Water Plan"),
        vec![
            "cut losses in canals".to_owned(),
            "help avoid the rising costs of floods".to_owned(),
            "shield farmers from droughts".to_owned(),
            "train young engineers".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn verbs_sharing_an_object_and_nouns_before_a_time_adjunct_stay_one_goal() {
    let out = Output::of(
        "Water News\n\nThe Water Plan aims to protect and restore river banks.\n\nThe Water Plan will boost trade and investment this year.",
    );
    assert_eq!(
        goals_of(&out, "Water Plan"),
        vec![
            "boost trade and investment this year".to_owned(),
            "protect and restore river banks".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_clause_on_a_description_in_apposition_speaks_of_the_thing_before_it() {
    let out = Output::of(
        "Water News\n\nThe ministers will also preside over the signing of a canal framework agreement, an agreement that will enable cooperation in dam repair and canal dredging.",
    );
    assert_eq!(
        out.objects_of(
            "enable cooperation in dam repair and canal dredging",
            "goalOf"
        ),
        vec!["canal framework agreement".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_on_a_noun_far_into_a_goal_is_no_part_of_it() {
    let out = Output::of(
        "Water News\n\nKestria and Velonia signed the Canal Accord on Monday.\n\nThis historic accord establishes a strong framework for the two countries to expand cooperation around clean water research ranging from river science to dam engineering to create the tools needed to respond to droughts.",
    );
    assert_eq!(
        goals_of(&out, "Canal Accord"),
        vec!["expand cooperation around clean water research".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_near_the_goal_verb_stays_in_the_goal() {
    // Near its verb the participle is the goal's own phrase.
    let out = Output::of(
        "Water News\n\nKestria and Velonia signed the Canal Accord on Monday.\n\nThe Canal Accord aims to keep farms running during droughts.",
    );
    assert_eq!(
        goals_of(&out, "Canal Accord"),
        vec!["keep farms running during droughts".to_owned()],
        "{:?}",
        out.facts()
    );
}
