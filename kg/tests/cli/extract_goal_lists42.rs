//! Goal lists and goal precision of session 42, on sentences written for
//! these tests: a lead-in cut before its list ("will underpin this approach
//! by:") and a verb whose whole object is a pronoun or a placeholder noun
//! ("address them", "explore ways") state no aim; lines lettered "a.",
//! "b." are list items, each ending before a participle after a comma; a
//! colon list's owner is never a document named in a comma-set aside of the
//! lead-in, nor a generic description ("a framework for …") a sentence
//! before it named.

use super::extract_constructions::Output;

const ROADMAP: &str = "Kestria releases Grain Roadmap\n\n\
    The Kestrian Grain Roadmap will guide farm policy for ten years. \
    The roadmap will underpin this approach by:\n\n\
    widening access to irrigation in dry districts\n\n\
    training young farmers in soil care\n";

#[test]
fn a_lead_in_ending_in_a_preposition_is_no_goal_but_its_lines_are() {
    let goals = Output::of(ROADMAP).goals_of("Kestrian Grain Roadmap");
    assert!(
        !goals
            .iter()
            .any(|g| g.ends_with(" by") || g.contains("approach")),
        "{goals:?}"
    );
    assert!(
        goals.contains("widening access to irrigation in dry districts"),
        "{goals:?}"
    );
    assert!(
        goals.contains("training young farmers in soil care"),
        "{goals:?}"
    );
}

#[test]
fn a_verb_with_only_a_pronoun_as_its_object_is_no_goal() {
    let out = Output::of(
        "Kestria releases Grain Roadmap\n\n\
         The Kestrian Grain Roadmap will guide farm policy for ten years. \
         A first step under the roadmap is mapping soil types. \
         This will allow us to see gaps in storage and find the best ways to address them.\n",
    );
    let goals = out.goals_of("Kestrian Grain Roadmap");
    assert!(!goals.contains("address them"), "{goals:?}");
    assert!(
        goals.contains("guide farm policy for ten years"),
        "{goals:?}"
    );
}

#[test]
fn a_verb_with_only_a_placeholder_noun_as_its_object_is_no_goal() {
    let out = Output::of(
        "The Kestria-Norland Port Agreement aims to cut harbour fees and to explore ways, with shippers, of widening the berths.\n",
    );
    let goals = out.goals_of("Kestria-Norland Port Agreement");
    assert!(!goals.contains("explore ways"), "{goals:?}");
    assert!(goals.contains("cut harbour fees"), "{goals:?}");
}

#[test]
fn a_verb_with_a_noun_object_stays_a_goal() {
    let out = Output::of(
        "The Kestrian Grain Roadmap will widen access to irrigation and train young farmers.\n",
    );
    let goals = out.goals_of("Kestrian Grain Roadmap");
    assert!(goals.contains("widen access to irrigation"), "{goals:?}");
}

const LETTERED: &str = "Kestria and Norland sign Fisheries Accord\n\n\
    The Fisheries Accord between Kestria and Norland was signed in Port Aven on Monday.\n\n\
    The Participants will seek to achieve the following objectives:\n\n\
    a. Explore joint patrols in the northern waters, reflecting each country's capabilities.\n\n\
    b. Share catch data to support sustainable quotas, which may help coastal towns.\n\n\
    c. Closely cooperate on port inspections, including training for inspectors.\n";

#[test]
fn lines_lettered_a_b_c_are_goals_of_the_list() {
    let goals = Output::of(LETTERED).goals_of("Fisheries Accord");
    assert!(
        goals.contains("Share catch data to support sustainable quotas"),
        "{goals:?}"
    );
    assert!(
        goals.contains("Closely cooperate on port inspections"),
        "{goals:?}"
    );
}

#[test]
fn a_list_line_ends_before_a_participle_after_a_comma() {
    let goals = Output::of(LETTERED).goals_of("Fisheries Accord");
    assert!(
        goals.contains("Explore joint patrols in the northern waters"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("reflecting")), "{goals:?}");
}

#[test]
fn a_document_in_an_aside_of_the_lead_in_owns_none_of_its_goals() {
    let out = Output::of(
        "Kestrian and Norlandic officials open river council\n\n\
         The River Basin Council, as set up under the Kestria-Norland Water Treaty, seeks to:\n\n\
         - Protect the wetlands of the lower valley, including the bird reserves.\n\
         - Share flood warnings between the two countries.\n",
    );
    let goals = out.goals_of("Kestria-Norland Water Treaty");
    assert!(goals.is_empty(), "{goals:?}");
}

#[test]
fn a_document_opening_the_lead_in_owns_its_goals() {
    let out = Output::of(
        "Kestria and Norland sign Water Treaty\n\n\
         Under the Kestria-Norland Water Treaty, the two countries will work together to:\n\n\
         - Protect the wetlands of the lower valley, including the bird reserves.\n\
         - Share flood warnings between the two countries.\n",
    );
    let goals = out.goals_of("Kestria-Norland Water Treaty");
    assert!(
        goals.contains("Share flood warnings between the two countries"),
        "{goals:?}"
    );
}

#[test]
fn a_generic_description_before_a_lead_in_owns_none_of_its_goals() {
    let out = Output::of(
        "Kestria and Norland agree fisheries partnership\n\n\
         The fisheries ministries of Kestria and Norland met in Port Aven on Monday.\n\n\
         The partnership provides a framework for sharing catch data between Kestria and Norland.\n\n\
         The ministries will seek to achieve the following objectives:\n\n\
         a. Explore joint patrols in the northern waters.\n\n\
         b. Train port inspectors in both countries.\n",
    );
    let owned_by_the_description: Vec<_> = out
        .facts()
        .into_iter()
        .filter(|(_, p, o)| p == "goalOf" && o.starts_with("framework"))
        .collect();
    assert!(
        owned_by_the_description.is_empty(),
        "{owned_by_the_description:?}"
    );
}
