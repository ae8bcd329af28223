//! Documents' names and the goals they own, session 47, on texts written
//! for these tests (real countries, invented documents and places).
//!
//! A country's possessive written before a document's title, with no
//! article before it ("Norway's National Ocean Strategy"), is the title as
//! the text writes it: the document keeps its name without the owner, the
//! owner issues it, and the title with the possessive is another name of
//! it. After an article ("the Harbour Ministry's Coastal Plan") the
//! possessive is a phrase about the name, no name.
//!
//! A title before a lowercase head of its kind ("the Varna Accord
//! agreement") names the document without the head too, where it has a
//! document's head of its own.
//!
//! A year or number inside a document's title ("the Nordic 2030 Action
//! Plan") is a word of that one title: the document's name starts at the
//! title's first word, not at its head words, and the goal is its.
//!
//! A neuter pronoun subject of a main clause ("It will also …") speaks of
//! the subject of the sentence before, where that is a document, before
//! anything that sentence names later ("The Charter sets out a framework to
//! V. It will also V": the charter's goal, not the framework's).

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::Term;

use crate::common::{extract_in_process, goals_in_process as goals, has_goal as has};

const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const ISSUES: &str = "https://w3id.org/kgraph/ontology#issues";

/// Every node's names (its label and other labels), by its label.
type Names = BTreeMap<String, BTreeSet<String>>;

/// Every node's names and the issues facts, as (issuer label, document
/// label).
fn names_and_issuers(text: &str) -> (Names, BTreeSet<(String, String)>) {
    let (triples, labels) = extract_in_process(text);
    let label = |node: String| labels.get(&node).cloned().unwrap_or(node);
    let mut names: Names = BTreeMap::new();
    let mut issued = BTreeSet::new();
    for t in &triples {
        let predicate = t.predicate.as_str();
        if predicate == RDFS_LABEL || predicate == ALT_LABEL {
            if let Term::Literal(l) = &t.object {
                names
                    .entry(label(t.subject.to_string()))
                    .or_default()
                    .insert(l.value().to_owned());
            }
        } else if predicate == ISSUES {
            issued.insert((label(t.subject.to_string()), label(t.object.to_string())));
        }
    }
    (names, issued)
}

#[test]
fn a_possessive_before_a_title_is_another_name_of_the_document() {
    for (text, owner, name, goal) in [
        (
            "Norway's National Ocean Strategy: summary\n\nThis strategy sets out how we aim to protect coastal waters from plastic waste.",
            "Norway",
            "National Ocean Strategy",
            "protect coastal waters from plastic waste",
        ),
        (
            "Ministers discussed Japan's Clean Ports Strategy on Monday. The strategy aims to cut emissions from ships at berth.",
            "Japan",
            "Clean Ports Strategy",
            "cut emissions from ships at berth",
        ),
    ] {
        let titled = format!("{owner}'s {name}");
        let (names, issued) = names_and_issuers(text);
        let document = names.get(name).unwrap_or_else(|| panic!("{names:?}"));
        assert!(document.contains(&titled), "{titled}: {names:?}");
        // The owner is no word of the document's own name, and the title
        // as written names no second node.
        assert!(!names.contains_key(&titled), "{names:?}");
        assert!(
            issued.contains(&(owner.to_owned(), name.to_owned())),
            "{issued:?}"
        );
        let found = goals(text);
        assert!(has(&found, goal, name), "{goal}: {found:?}");
    }
}

#[test]
fn a_possessive_after_an_article_is_no_title() {
    let text = "The committee reviewed the Harbour Ministry's Coastal Plan on Tuesday. The plan aims to protect the dunes of Varna Bay.";
    let (names, _) = names_and_issuers(text);
    assert!(
        names
            .values()
            .all(|n| !n.contains("Harbour Ministry's Coastal Plan")),
        "{names:?}"
    );
}

#[test]
fn a_year_inside_a_title_is_a_word_of_the_document_name() {
    for (text, owner, goal) in [
        (
            "The Nordic 2030 Action Plan aimed at promoting clean shipping across the region was approved on Monday.",
            "Nordic 2030 Action Plan",
            "promoting clean shipping across the region",
        ),
        (
            "Ministers adopted the Varna 2040 Water Strategy to protect the rivers of the valley.",
            "Varna 2040 Water Strategy",
            "protect the rivers of the valley",
        ),
        (
            "The Kestria 2035 Roadmap was launched on Friday. The Kestria 2035 Roadmap seeks to double the share of rail freight.",
            "Kestria 2035 Roadmap",
            "double the share of rail freight",
        ),
    ] {
        let found = goals(text);
        assert!(has(&found, goal, owner), "{goal}: {found:?}");
        // Neither the head words alone nor the words before the year own it.
        assert!(
            found.iter().all(|(g, o)| g != goal || o == owner),
            "{found:?}"
        );
        let (names, _) = names_and_issuers(text);
        let before_year: String = owner.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert!(!names.contains_key(&before_year), "{names:?}");
    }
}

#[test]
fn a_pronoun_subject_goes_on_speaking_of_the_document_before() {
    for (text, owner, goal, wrong_owner) in [
        (
            "Kestria launches the National Water Charter\n\nThe Charter sets out a framework to guide regional investment. It will also increase public accountability by setting out clear targets.",
            "National Water Charter",
            "increase public accountability",
            "framework",
        ),
        (
            "Norland and Kestria signed the Varna River Accord on Monday.\n\nThe Accord establishes a programme of joint patrols along the border. It will also improve the exchange of flood warnings between the two countries.",
            "Varna River Accord",
            "improve the exchange of flood warnings between the two countries",
            "programme",
        ),
    ] {
        let found = goals(text);
        assert!(has(&found, goal, owner), "{goal}: {found:?}");
        assert!(!has(&found, goal, wrong_owner), "{found:?}");
    }
}

#[test]
fn a_pronoun_after_a_body_as_subject_is_not_read_back_to_it() {
    // The sentence before has a body as its subject, which owns no goal:
    // the pronoun stands for the plan it published, as before.
    let found = goals(
        "The Ministry of Transport of Kestria published the Coastal Freight Plan on Monday. It will cut the cost of moving goods between the ports of Varna and Tessa.",
    );
    assert!(
        has(
            &found,
            "cut the cost of moving goods between the ports of Varna and Tessa",
            "Coastal Freight Plan"
        ),
        "{found:?}"
    );
}

#[test]
fn a_title_before_a_lowercase_head_names_the_document_alone_too() {
    // "the Varna Accord agreement": "Varna Accord" has a document's head of
    // its own, so it names the agreement without the lowercase head; "the
    // Delta 2030 strategy" names it only with its head.
    let (names, _) = names_and_issuers(
        "Kestria and Norland signed the Varna Accord agreement on Monday to protect the wetlands of the delta.",
    );
    let agreement = names
        .get("Varna Accord agreement")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(agreement.contains("Varna Accord"), "{names:?}");
    let (names, _) = names_and_issuers(
        "Officials reviewed the Delta 2030 strategy on Monday. The strategy aims to protect the wetlands of the delta.",
    );
    let strategy = names
        .get("Delta 2030 strategy")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(!strategy.contains("Delta 2030"), "{names:?}");
}
