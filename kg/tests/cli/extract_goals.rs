//! Goals (`kg:goalOf`) and the documents or initiatives they belong to, one
//! test per English construction, on sentences written for these tests.
//! Each extracts in-process through the library calls `kg extract` makes.

use std::collections::BTreeSet;

use crate::common::{extract_in_process as extract, goals_in_process as goals, has_goal as has};

const GOAL: &str = "https://w3id.org/kgraph/ontology#Goal";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The labels of every `kg:Goal` entity `kg extract` makes for `text`,
/// whether or not a fact names it.
fn goal_entities(text: &str) -> BTreeSet<String> {
    let (triples, labels) = extract(text);
    triples
        .iter()
        .filter(|t| t.predicate.as_str() == RDF_TYPE && t.object.to_string() == format!("<{GOAL}>"))
        .filter_map(|t| labels.get(&t.subject.to_string()).cloned())
        .collect()
}

#[test]
fn signing_a_document_to_do_something_states_its_goal() {
    let found = goals(
        "Kestria today signed a memorandum of understanding with Norland to expand cooperation on river transport.",
    );
    assert!(
        has(
            &found,
            "expand cooperation on river transport",
            "memorandum of understanding"
        ),
        "{found:?}"
    );
}

#[test]
fn for_with_a_noun_phrase_gives_the_infinitive_its_own_subject() {
    let found = goals(
        "The Harbour Plan sets out guidelines for port operators and regional shippers to cut emissions.",
    );
    assert!(
        found.iter().all(|(g, _)| !g.contains("cut emissions")),
        "{found:?}"
    );
}

#[test]
fn an_absolute_clause_with_its_own_subject_is_no_goal() {
    let found = goals(
        "Kestria adopted the Ocean Charter in May. The Ocean Charter will form the basis of new fishing rules, with the council to review the findings.",
    );
    assert!(
        found
            .iter()
            .all(|(g, _)| !g.contains("review the findings")),
        "{found:?}"
    );
}

#[test]
fn a_purpose_of_a_purpose_is_a_goal_of_its_own() {
    let found = goals(
        "Kestria signed the Valley Water Accord with Norland to strengthen regional ties to fight drought across the valley.",
    );
    for goal in [
        "strengthen regional ties",
        "fight drought across the valley",
    ] {
        assert!(
            has(&found, goal, "Valley Water Accord"),
            "{goal}: {found:?}"
        );
    }
}

#[test]
fn what_the_projects_under_a_document_will_do_are_its_goals() {
    let found = goals(
        "Kestria and Norland signed the Delta Accord on Monday. The projects carried out under this accord will expand irrigation, repair old canals, train local engineers, as well as improve water quality for farmers, while creating jobs.",
    );
    for goal in [
        "expand irrigation",
        "repair old canals",
        "train local engineers",
        "improve water quality for farmers",
    ] {
        assert!(has(&found, goal, "Delta Accord"), "{goal}: {found:?}");
    }
}

#[test]
fn a_headline_noun_without_article_refers_to_the_headline_document() {
    let found = goals(
        "Chile and Peru Sign River Trade Accord\n\nLandmark accord will widen river trade between the two countries and protect the fish stocks of the northern lakes\n\nChile and Peru signed the River Trade Accord in Lima on Monday, officials said.\n",
    );
    for goal in [
        "widen river trade between the two countries",
        "protect the fish stocks of the northern lakes",
    ] {
        assert!(has(&found, goal, "River Trade Accord"), "{goal}: {found:?}");
    }
}

#[test]
fn a_description_with_a_names_words_is_that_name() {
    let found = goals(
        "Water Sharing Agreement\n\nKestria today signed a water sharing agreement with Norland. It builds on the 2015 Fisheries Agreement between the two countries. \"This agreement will protect the shared lakes of both countries,\" the minister said.\n",
    );
    assert!(
        has(
            &found,
            "protect the shared lakes of both countries",
            "Water Sharing Agreement"
        ),
        "{found:?}"
    );
}

#[test]
fn a_goal_noun_belongs_to_the_document_the_text_is_about() {
    let about = goals(
        "Ocean Charter\n\nKestria adopted the Ocean Charter on Monday. Ministers also discussed the Fisheries Protocol. The intention is to protect fish stocks in the northern bays.\n",
    );
    assert!(
        has(
            &about,
            "protect fish stocks in the northern bays",
            "Ocean Charter"
        ),
        "{about:?}"
    );
    // Named once in passing, a document owns no goal stated in general terms.
    let passing = goals(
        "Ministers of six countries met in Lima on Monday. They discussed the Fisheries Protocol among other texts. The intention is to protect fish stocks in the northern bays.\n",
    );
    assert!(passing.is_empty(), "{passing:?}");
}

#[test]
fn a_participle_after_an_object_describes_it() {
    let found = goals(
        "The minister will launch a new partnership with Norland aimed at boosting coastal tourism.",
    );
    assert!(
        has(&found, "boosting coastal tourism", "new partnership"),
        "{found:?}"
    );
}

#[test]
fn a_public_consultation_is_an_initiative_with_a_purpose() {
    let found = goals(
        "The agency will launch a UK-wide public consultation in the spring to gather the views of farmers.",
    );
    assert!(
        has(
            &found,
            "gather the views of farmers",
            "UK-wide public consultation"
        ),
        "{found:?}"
    );
}

#[test]
fn a_document_on_doing_something_has_that_goal() {
    let found = goals("Kestria signed the Delta Accord with Norland on expanding river trade.");
    assert!(
        has(&found, "expanding river trade", "Delta Accord"),
        "{found:?}"
    );
    let based = goals("The Delta Accord is based on sharing river data between the two countries.");
    assert!(based.is_empty(), "{based:?}");
}

#[test]
fn a_relative_clause_a_boundary_word_opens_is_no_part_of_the_goal() {
    let found = goals(
        "Kestria adopted the Ocean Charter in May. The Ocean Charter will open new markets which in turn will create jobs for fishers.",
    );
    assert!(
        has(&found, "open new markets", "Ocean Charter"),
        "{found:?}"
    );
}

#[test]
fn to_do_this_and_to_do_that_are_two_goals() {
    let found = goals(
        "The pact is part of the Kestrian River Strategy, adopted in March, to support the so-called blue economy and to respond to floods along the coast.",
    );
    for goal in [
        "support the so-called blue economy",
        "respond to floods along the coast",
    ] {
        assert!(
            has(&found, goal, "Kestrian River Strategy"),
            "{goal}: {found:?}"
        );
    }
}

#[test]
fn what_no_document_or_initiative_is_to_do_is_no_goal() {
    // "the ministry" refers back to a ministry, which owns no goal: what it
    // will do gives no goal, and no goal entity without its fact.
    let text = "Kestria and Norland sign harbour accord\n\n\
        The Ministry of Trade of Kestria and the Norland Trade Agency signed the Harbour Accord on Monday.\n\n\
        The ministry will widen access to ports for farmers under the Harbour Accord.\n";
    let entities = goal_entities(text);
    assert!(
        !entities.iter().any(|g| g.starts_with("widen access")),
        "{entities:?}"
    );
}
