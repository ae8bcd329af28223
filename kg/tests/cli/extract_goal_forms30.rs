//! Goals not written as "to V" after a purpose verb (session 30): verb
//! lines under a heading that names aims, action nouns after "the
//! objective of X is", gerunds completing a purpose noun predicated of a
//! document ("an approach to reducing …"), and a plural document noun after
//! "these" as the documents named before. One positive and one negative
//! test per construction, on sentences written for these tests with
//! invented names.

use super::extract_constructions::Output;

const HEADING_RELEASE: &str = "Kestria releases Coastal Resilience Plan 2030\n\n\
The Ministry of Marine Affairs of Kestria today released the Coastal Resilience Plan 2030, \
a ten-year programme for the shoreline.\n\n\
Our aims\n\n\
• Restore mangrove forests along the northern coast.\n\
• Protect fishing villages from storm surges.\n\
• Better prepare harbours for rising seas.\n\n\
Our challenges\n\n\
• Funding for coastal works is limited.\n";

#[test]
fn verb_lines_under_a_heading_naming_aims_are_goals_of_the_release_document() {
    let out = Output::of(HEADING_RELEASE);
    let goals = out.goals_of("Coastal Resilience Plan 2030");
    for goal in [
        "Restore mangrove forests along the northern coast",
        "Protect fishing villages from storm surges",
        "Better prepare harbours for rising seas",
    ] {
        assert!(goals.contains(goal), "{goal}: {:?}", out.facts());
    }
}

#[test]
fn lines_under_a_heading_naming_no_aims_are_no_goals() {
    // The lines under "Our challenges" state problems, and a heading that
    // is a clause ("We set aims") opens no list.
    let out = Output::of(HEADING_RELEASE);
    assert!(
        !out.goals_of("Coastal Resilience Plan 2030")
            .iter()
            .any(|g| g.contains("Funding")),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Kestria releases Coastal Resilience Plan 2030\n\n\
         The Ministry of Marine Affairs of Kestria today released the Coastal Resilience Plan 2030, \
         a ten-year programme for the shoreline.\n\n\
         Ministers reviewed progress\n\n\
         • Restore mangrove forests along the northern coast.\n",
    );
    assert!(
        out.goals_of("Coastal Resilience Plan 2030").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_action_nouns_after_the_objective_of_a_document_are_goals_each() {
    let out = Output::of(
        "Kestria and Boravia sign rail memorandum\n\n\
         Kestria and Boravia signed a Memorandum of Understanding on Rail Cooperation in Velna on Monday. \
         The objective of this Memorandum of Understanding is the modernisation of cross-border rail links \
         and the exchange of expertise on signalling, timetables, and safety in order to promote rail travel.",
    );
    let goals = out.goals_of("Memorandum of Understanding on Rail Cooperation");
    assert!(
        goals.contains("modernisation of cross-border rail links"),
        "{goals:?}"
    );
    assert!(
        goals.contains("exchange of expertise on signalling, timetables, and safety"),
        "{goals:?}"
    );
    // A comma inside an action noun's complement splits no goal off it.
    assert!(!goals.contains("timetables"), "{goals:?}");
}

#[test]
fn semicolon_lists_after_a_goal_noun_keep_one_goal_per_item() {
    let out = Output::of(
        "Kestria and Boravia sign rail memorandum\n\n\
         Kestria and Boravia signed a Memorandum of Understanding on Rail Cooperation in Velna on Monday. \
         The objectives of this Memorandum of Understanding are: the modernisation of rail links; \
         faster freight; and the exchange of expertise on signalling.",
    );
    let goals = out.goals_of("Memorandum of Understanding on Rail Cooperation");
    assert!(goals.contains("faster freight"), "{goals:?}");
    assert!(
        !goals.iter().any(|g| g.contains("links; faster")),
        "{goals:?}"
    );
}

#[test]
fn gerunds_completing_a_purpose_noun_of_a_document_are_its_goals() {
    let out = Output::of(
        "Kestria releases wetland strategy\n\n\
         The Government of Kestria today released the National Wetland Strategy. \
         The National Wetland Strategy presents a practical approach to restoring peat bogs and protecting migratory birds.",
    );
    let goals = out.goals_of("National Wetland Strategy");
    assert!(goals.contains("restoring peat bogs"), "{goals:?}");
    assert!(goals.contains("protecting migratory birds"), "{goals:?}");
}

#[test]
fn gerunds_after_to_completing_a_noun_no_document_is_said_to_have_are_no_goals() {
    // A minister's commitment is no document's, and "key to" is no noun.
    let out = Output::of(
        "Kestria releases wetland strategy\n\n\
         The Government of Kestria today released the National Wetland Strategy. \
         Minister Ada Quist described her approach to restoring peat bogs. \
         Clean rivers are key to protecting migratory birds.",
    );
    assert!(
        out.goals_of("National Wetland Strategy").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn these_agreements_will_v_states_a_goal_of_an_agreement_named_before() {
    let out = Output::of(
        "Kestria and Boravia sign fisheries agreements\n\n\
         Kestria and Boravia signed the Northern Fisheries Agreement and the Coastal Trade Agreement in Velna on Monday. \
         These agreements will strengthen ties between the two fishing fleets.",
    );
    let goal = "strengthen ties between the two fishing fleets";
    let owners: Vec<String> = out
        .facts()
        .into_iter()
        .filter(|(s, p, _)| p == "goalOf" && s == goal)
        .map(|(_, _, o)| o)
        .collect();
    assert!(
        owners
            .iter()
            .all(|o| o == "Northern Fisheries Agreement" || o == "Coastal Trade Agreement")
            && !owners.is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn these_agreements_with_no_agreement_named_before_own_no_goal() {
    // Only documents of the noun's class named in the sentence before
    // stand for it: a strategy is no agreement.
    let out = Output::of(
        "Kestria releases wetland strategy\n\n\
         The Government of Kestria released the National Wetland Strategy on Monday. \
         These agreements will strengthen ties between the two fishing fleets.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "goalOf" && s.starts_with("strengthen ties")),
        "{:?}",
        out.facts()
    );
}
