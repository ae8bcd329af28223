//! Documents' names as a text writes them: a title that goes on with its
//! topic after the parties it names ("the Agreement between A and B on
//! Fisheries Cooperation"), a party's name that ran on into that topic,
//! praise before a document's classifying modifiers ("an important asset
//! sharing agreement"), and generic document nouns ("a fact sheet"). The
//! paragraphs are written for these tests (real countries, invented
//! people and documents); each construction has a case that must change
//! the name and one that must not. Each extracts in-process through the
//! library calls `kg extract` makes.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::Term;

use crate::common::extract_in_process;

const KG: &str = "https://w3id.org/kgraph/ontology#";
const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

/// What `kg extract` states for a text: the facts of the six relations
/// as (subject label, property, object label), and every node's names
/// (its label and other labels).
struct Read {
    facts: BTreeSet<(String, String, String)>,
    names: BTreeMap<String, BTreeSet<String>>,
}

impl Read {
    fn has(&self, subject: &str, property: &str, object: &str) -> bool {
        self.facts
            .contains(&(subject.to_owned(), property.to_owned(), object.to_owned()))
    }

    /// Whether one node is called `name`, by its label or another label.
    fn names_a_node(&self, name: &str) -> bool {
        self.names.values().any(|names| names.contains(name))
    }

    /// Every node's label.
    fn labels(&self, labels: &BTreeMap<String, String>) -> BTreeSet<String> {
        labels.values().cloned().collect()
    }
}

fn read(text: &str) -> (Read, BTreeSet<String>) {
    let (triples, labels) = extract_in_process(text);
    let label = |node: String| labels.get(&node).cloned().unwrap_or(node);
    let relations = [
        "issues",
        "cooperatesWith",
        "goalOf",
        "signs",
        "holdsPosition",
        "memberOf",
    ];
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut facts = BTreeSet::new();
    for t in &triples {
        let predicate = t.predicate.as_str();
        if predicate == RDFS_LABEL || predicate == ALT_LABEL {
            if let Term::Literal(l) = &t.object {
                names
                    .entry(t.subject.to_string())
                    .or_default()
                    .insert(l.value().to_owned());
            }
        } else if let Some(property) = predicate.strip_prefix(KG) {
            if relations.contains(&property) {
                facts.insert((
                    label(t.subject.to_string()),
                    property.to_owned(),
                    label(t.object.to_string()),
                ));
            }
        }
    }
    let found = Read { facts, names };
    let all_labels = found.labels(&labels);
    (found, all_labels)
}

// ---- "the Agreement between A and B on Fisheries Cooperation": one title.

#[test]
fn a_title_goes_on_with_its_topic_after_its_parties() {
    let (found, labels) = read(
        "Fisheries pact signed\n\nThe Minister of Fisheries of Chile, Ada Quist, and the \
         Minister of Production of Peru, Bran Holt, signed the Agreement between the Republic \
         of Chile and the Republic of Peru on Coastal Fisheries Management in Lima.\n",
    );
    assert!(
        found.names_a_node(
            "Agreement between the Republic of Chile and the Republic of Peru on Coastal \
             Fisheries Management"
        ),
        "{:?}",
        found.names
    );
    // The topic is words of the title, not a thing of its own.
    assert!(
        !labels.contains("Coastal Fisheries Management"),
        "{labels:?}"
    );
    // The parties stay parties.
    assert!(
        labels.contains("Chile") && labels.contains("Peru"),
        "{labels:?}"
    );
}

#[test]
fn a_title_goes_on_after_its_parties_with_to() {
    let (found, labels) = read(
        "Leaders meet in Santiago\n\nThe two presidents signed the Declaration on the \
         Renewal of Relations between the Republic of Chile and the Argentine Republic to the \
         Level of Enhanced Strategic Partnership.\n",
    );
    assert!(
        found.names_a_node(
            "Declaration on the Renewal of Relations between the Republic of Chile and the \
             Argentine Republic to the Level of Enhanced Strategic Partnership"
        ),
        "{:?}",
        found.names
    );
    assert!(
        !labels.iter().any(|l| l.starts_with("Enhanced Strategic")),
        "{labels:?}"
    );
}

#[test]
fn a_weekday_after_the_parties_is_no_topic() {
    let (found, _) = read(
        "Fisheries pact signed\n\nMinisters signed the Agreement between Chile and Peru on \
         Tuesday in Lima.\n",
    );
    assert!(
        !found
            .names
            .values()
            .flatten()
            .any(|name| name.contains("Tuesday")),
        "{:?}",
        found.names
    );
}

#[test]
fn a_party_that_ran_into_the_topic_ends_with_its_place() {
    let (found, labels) = read(
        "Energy research pact\n\nThe ministers recalled the Agreement among the Government of \
         Chile, the Government of Peru and the Government of Ecuador for Cooperation in Marine \
         Energy Research, signed in Quito in 2015.\n",
    );
    assert!(
        found.names_a_node(
            "Agreement among the Government of Chile, the Government of Peru and the \
             Government of Ecuador for Cooperation in Marine Energy Research"
        ) || !labels.iter().any(|l| l.contains("for Cooperation")),
        "{:?}",
        found.names
    );
    assert!(
        !labels
            .iter()
            .any(|l| l.starts_with("Government of Ecuador for")),
        "{labels:?}"
    );
}

// ---- "an important asset sharing agreement": praise is no part of a name.

#[test]
fn praise_before_a_classifying_modifier_is_no_part_of_the_name() {
    let (found, labels) = read(
        "Justice ministers sign accord\n\nAttorney General Ada Quist travelled to Lima to join \
         Prosecutor General Bran Holt in signing an important asset recovery agreement that \
         ends a long fraud case.\n",
    );
    assert!(labels.contains("asset recovery agreement"), "{labels:?}");
    assert!(
        !labels.contains("important asset recovery agreement"),
        "{labels:?}"
    );
    assert!(
        found.has("Ada Quist", "signs", "asset recovery agreement"),
        "{:?}",
        found.facts
    );
}

#[test]
fn praise_before_the_bare_head_stays() {
    let (_, labels) = read(
        "Volunteers to serve in Peru\n\nToday the director of the volunteer service, Ada \
         Quist, signed a historic agreement with Peru that will bring volunteers to the \
         country.\n",
    );
    assert!(labels.contains("historic agreement"), "{labels:?}");
}

// ---- "a fact sheet", "the Government's policy platform": generic documents.

#[test]
fn a_fact_sheet_is_a_document() {
    let (found, _) = read(
        "Trade deals announced\n\nThe Government of Chile issued a fact sheet on the new \
         trade deals.\n",
    );
    assert!(
        found.has("Government of Chile", "issues", "fact sheet"),
        "{:?}",
        found.facts
    );
}

#[test]
fn a_policy_platform_is_a_document() {
    let (found, _) = read(
        "Government sets out its course\n\nThe Government of Chile issued a new policy \
         platform to restore the northern forests.\n",
    );
    assert!(
        found.has("Government of Chile", "issues", "new policy platform"),
        "{:?}",
        found.facts
    );
    assert!(
        found.has(
            "restore the northern forests",
            "goalOf",
            "new policy platform"
        ),
        "{:?}",
        found.facts
    );
}
