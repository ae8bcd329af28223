//! Goals as unseen government releases state them (session 28): verb lists
//! after a document's "will" whose middle item the tagger took for a noun,
//! a short verb pair sharing a trailing phrase kept as one goal, purposes of
//! a framework a document provides, what a thing includes (no goal), goal
//! lines after "… such as:", a fronted purpose before a progressive main
//! clause, a goal verb coordinated after a document's present-tense
//! predicate, and "As envisioned in X, …". The paragraphs are written for these
//! tests (invented names), each construction with a case that must give a
//! goal and one that must not. Each extracts in-process through the library
//! calls `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals};

// ---- 1. Coordinated goal lists after a document's "will".

#[test]
fn a_verb_list_after_will_gives_one_goal_per_verb_phrase() {
    let found = goals(
        "Coastal Plan Released\n\n\
         The Ministry of Oceans of Norland released the Coastal Data Strategy on Monday. \
         The Strategy will expand access to marine records, train coastal scientists and \
         strengthen regional monitoring networks.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("expand access to marine records", "Coastal Data Strategy"),
            ("train coastal scientists", "Coastal Data Strategy"),
            (
                "strengthen regional monitoring networks",
                "Coastal Data Strategy"
            ),
        ]),
    );
}

#[test]
fn nouns_listed_in_one_object_stay_in_one_goal() {
    let found = goals(
        "Ports Plan\n\n\
         The Ministry of Transport of Ruritania released the Port Renewal Plan on Monday. \
         The Plan will expand access to shipping records, maps and charts.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "expand access to shipping records, maps and charts",
            "Port Renewal Plan"
        )]),
    );
}

#[test]
fn a_short_verb_pair_sharing_a_trailing_phrase_is_one_goal() {
    let found = goals(
        "Plan Released\n\n\
         The Ministry of Housing of Norland published the Levelling Plan on Monday. The \
         plan seeks to improve lives and expand opportunities across the whole country.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "improve lives and expand opportunities across the whole country",
            "Levelling Plan"
        )]),
    );
    // Each verb with its own longer object: two goals.
    let found = goals(
        "Plan Released\n\n\
         The Ministry of Housing of Norland published the Levelling Plan on Monday. The \
         plan seeks to raise wages in rural towns and end the long neglect of the north.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("raise wages in rural towns", "Levelling Plan"),
            ("end the long neglect of the north", "Levelling Plan"),
        ]),
    );
}

// ---- 2. A framework a document provides.

#[test]
fn the_purposes_of_a_framework_a_document_provides_are_the_documents() {
    let found = goals(
        "Strategy Released\n\n\
         The Ministry of Oceans of Norland released the Coastal Resilience Strategy on \
         Monday. The Strategy provides a framework to help coastal towns plan for floods, \
         protect fisheries, support tourism, and build local skills.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "help coastal towns plan for floods",
                "Coastal Resilience Strategy"
            ),
            ("protect fisheries", "Coastal Resilience Strategy"),
            ("support tourism", "Coastal Resilience Strategy"),
            ("build local skills", "Coastal Resilience Strategy"),
        ]),
    );
}

#[test]
fn a_named_framework_keeps_its_own_goals() {
    let found = goals(
        "Coastal Framework\n\n\
         The Ministry of Oceans of Ruritania launched the Coastal Framework on Monday. The \
         Ministry provides the Coastal Framework to protect local fisheries.\n",
    );
    assert_eq!(
        found,
        pairs(&[("protect local fisheries", "Coastal Framework")]),
    );
}

// ---- 3. What a thing includes is not its purpose.

#[test]
fn what_a_thing_includes_is_no_goal_of_it() {
    let found = goals(
        "Ports Plan\n\n\
         The Ministry of Transport of Norland released the Port Renewal Plan on Monday. The \
         specific measures include funding port upgrades, training inspectors, and \
         publishing annual reports.\n",
    );
    assert_eq!(found, pairs(&[]));
    let found = goals(
        "Ports Plan\n\n\
         The Ministry of Transport of Ruritania released the Port Renewal Plan on Monday. \
         The Port Renewal Plan includes funding port upgrades and training harbour \
         inspectors.\n",
    );
    assert_eq!(found, pairs(&[]));
}

#[test]
fn the_areas_a_document_covers_are_its_goals() {
    let found = goals(
        "Ports Plan\n\n\
         The Ministry of Transport of Ruritania released the Port Renewal Plan on Monday. \
         The areas covered by the Port Renewal Plan include funding port upgrades and \
         training harbour inspectors.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("funding port upgrades", "Port Renewal Plan"),
            ("training harbour inspectors", "Port Renewal Plan"),
        ]),
    );
}

// ---- 4. Goal lines after "such as:".

#[test]
fn lines_after_such_as_are_the_goals_and_the_lead_in_is_none() {
    let found = goals(
        "Chile and Peru sign MoU\n\n\
         Chile and Peru signed a Memorandum of Understanding on fisheries on Monday. Under \
         the MoU, Chile and Peru aim to cooperate on initiatives such as:\n\n\
         - sharing data on fish stocks;\n\
         - training fisheries inspectors; and\n\
         - developing joint research programmes.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("sharing data on fish stocks", "Memorandum of Understanding"),
            (
                "training fisheries inspectors",
                "Memorandum of Understanding"
            ),
            (
                "developing joint research programmes",
                "Memorandum of Understanding"
            ),
        ]),
    );
}

#[test]
fn noun_lines_after_such_as_are_no_goals() {
    let found = goals(
        "Fisheries MoU\n\n\
         Ruritania and Freedonia signed a Memorandum of Understanding on fisheries on \
         Monday. Under the MoU, Ruritania and Freedonia aim to cooperate in sectors such \
         as:\n\n\
         - fisheries;\n\
         - ports; and\n\
         - aquaculture.\n",
    );
    assert_eq!(found, pairs(&[]));
    // Without the cue the purpose is the goal.
    let found = goals(
        "Fisheries MoU\n\n\
         Ruritania and Freedonia signed a Memorandum of Understanding on fisheries on \
         Monday. Under the MoU, Ruritania and Freedonia aim to cooperate on fisheries \
         research.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "cooperate on fisheries research",
            "Memorandum of Understanding"
        )]),
    );
}

// ---- 5. A fronted purpose before a progressive main clause.

#[test]
fn a_fronted_purpose_before_a_progressive_clause_is_its_objects_goal() {
    let found = goals(
        "New Programme\n\n\
         The Ministry of Agriculture of Norland released the Farm Export Strategy on \
         Monday. To help small farmers reach new markets, the Government is establishing \
         the Rural Export Programme.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "help small farmers reach new markets",
            "Rural Export Programme"
        )]),
    );
}

#[test]
fn a_fronted_non_goal_verb_states_no_purpose() {
    let found = goals(
        "Farm Programme\n\n\
         The Ministry of Agriculture of Ruritania met farmers on Monday. To be eligible, \
         farmers are registering with the Rural Export Programme.\n",
    );
    assert_eq!(found, pairs(&[]));
}

// ---- 6. A document's present-tense goal predicate.

#[test]
fn a_goal_verb_coordinated_after_a_documents_present_predicate_is_a_goal() {
    let found = goals(
        "Trade Agreement\n\n\
         Norland and Kestria signed the Customs Cooperation Agreement on Monday. The \
         agreement complements existing trade rules and strengthens cooperation on customs.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "strengthens cooperation on customs",
            "Customs Cooperation Agreement"
        )]),
    );
}

#[test]
fn other_present_predicates_after_a_document_are_no_goals() {
    for predicate in [
        "enters into force in May and covers customs procedures",
        "complements existing trade rules and includes two annexes on customs",
    ] {
        let found = goals(&format!(
            "Trade Agreement\n\n\
             Norland and Kestria signed the Customs Cooperation Agreement on Monday. The \
             agreement {predicate}.\n"
        ));
        assert_eq!(found, pairs(&[]), "{predicate}");
    }
}

// ---- 7. "As envisioned in X, A will V".

#[test]
fn what_parties_will_do_as_envisioned_in_a_document_is_its_goal() {
    let found = goals(
        "Coastal MoU\n\n\
         Norland and Kestria signed a Memorandum of Understanding on coastal research on \
         Monday. As envisioned in the MoU, both nations will expand research on coastal \
         stocks.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "expand research on coastal stocks",
            "Memorandum of Understanding"
        )]),
    );
}

#[test]
fn as_without_a_document_sets_no_goal() {
    for opening in ["As expected", "As envisioned by the two ministers"] {
        let found = goals(&format!(
            "Coastal Research\n\n\
             Ruritania and Freedonia signed a Memorandum of Understanding on coastal \
             research on Monday. {opening}, both nations will expand research on coastal \
             stocks.\n"
        ));
        assert_eq!(found, pairs(&[]), "{opening}");
    }
}
