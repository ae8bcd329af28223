//! Documents and initiatives as unseen government releases name them, and
//! the goals and issuers tied to them: "the following joint statement:",
//! a party written before a document's name, a description's complement
//! going on past "in", a possessor before a participle of issuing, "the
//! purpose of which", numbered guidelines. The paragraphs are written for
//! these tests (invented names, real countries); each construction has a
//! case that must give the fact and one that must not. Each extracts
//! in-process through the library calls `kg extract` makes.

use std::collections::BTreeSet;

use crate::common::extract_in_process;

const KG: &str = "https://w3id.org/kgraph/ontology#";

/// What `kg extract` states for `text`: the facts of the six relations as
/// (subject label, property, object label), and every node's label.
struct Read {
    facts: BTreeSet<(String, String, String)>,
    labels: BTreeSet<String>,
}

impl Read {
    fn has(&self, subject: &str, property: &str, object: &str) -> bool {
        self.facts
            .contains(&(subject.to_owned(), property.to_owned(), object.to_owned()))
    }

    /// The objects of `property` facts whose subject is `subject`.
    fn objects(&self, subject: &str, property: &str) -> Vec<&str> {
        self.facts
            .iter()
            .filter(|(s, p, _)| s == subject && p == property)
            .map(|(_, _, o)| o.as_str())
            .collect()
    }

    /// The goals stated of `owner`.
    fn goals_of(&self, owner: &str) -> Vec<&str> {
        self.facts
            .iter()
            .filter(|(_, p, o)| p == "goalOf" && o == owner)
            .map(|(s, _, _)| s.as_str())
            .collect()
    }
}

fn read(text: &str) -> Read {
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
    let facts = triples
        .iter()
        .filter_map(|t| {
            let property = t.predicate.as_str().strip_prefix(KG)?;
            relations.contains(&property).then(|| {
                (
                    label(t.subject.to_string()),
                    property.to_owned(),
                    label(t.object.to_string()),
                )
            })
        })
        .collect();
    Read {
        facts,
        labels: labels.into_values().collect(),
    }
}

// ---- "the following joint statement:": the document is the joint statement.

#[test]
fn a_cataphoric_following_is_no_part_of_the_document_name() {
    let found = read(
        "Ministers meet in Lima\n\nThe foreign ministers of Chile and Peru met in Lima on \
         Monday. Chile and Peru issued the following joint statement:\n\nThe two countries \
         will work together to protect fisheries in the northern seas.\n",
    );
    assert!(
        found.has("Chile", "issues", "joint statement"),
        "{:?}",
        found.facts
    );
    assert!(
        found.has("Peru", "issues", "joint statement"),
        "{:?}",
        found.facts
    );
    assert!(
        !found.labels.iter().any(|l| l.starts_with("following")),
        "{:?}",
        found.labels
    );
}

#[test]
fn a_headline_naming_the_statement_names_the_following_statement() {
    let found = read(
        "Joint Statement by Chile and Peru on Ports\n\nChile and Peru issued the following \
         joint statement:\n\nThe two countries will deepen their cooperation on port safety.\n",
    );
    let issued = found.objects("Chile", "issues");
    assert_eq!(issued.len(), 1, "{:?}", found.facts);
    assert!(
        issued[0].to_lowercase().starts_with("joint statement"),
        "{:?}",
        found.facts
    );
    assert!(
        !found.labels.iter().any(|l| l.starts_with("following")),
        "{:?}",
        found.labels
    );
}

#[test]
fn following_without_an_article_stays_a_preposition() {
    // "Following the talks" opens the sentence: no document is named by it,
    // and the joint statement keeps its own complement.
    let found = read(
        "Talks in Lima\n\nFollowing the talks, Chile and Peru issued a joint statement on \
         fisheries.\n",
    );
    assert!(
        found.has("Chile", "issues", "joint statement on fisheries"),
        "{:?}",
        found.facts
    );
    assert!(!found
        .labels
        .iter()
        .any(|l| l.contains("following") || l.contains("Following")));
}

// ---- A party written before a document's name stays in the name.

#[test]
fn a_party_joined_by_a_dash_or_a_space_stays_in_the_document_name() {
    for (written, name) in [
        (
            "the EU\u{2013}Chile Framework Agreement",
            "EU\u{2013}Chile Framework Agreement",
        ),
        (
            "the EU Chile Framework Agreement",
            "EU Chile Framework Agreement",
        ),
        (
            "the EU-Chile Framework Agreement",
            "EU-Chile Framework Agreement",
        ),
    ] {
        let found = read(&format!(
            "Trade ministers meet\n\nThe EU and Chile signed {written} on Monday. The \
             agreement aims to expand trade in services.\n"
        ));
        assert!(
            found.has("Chile", "signs", name),
            "{written}: {:?}",
            found.facts
        );
        assert!(
            found.has("expand trade in services", "goalOf", name),
            "{written}: {:?}",
            found.facts
        );
        assert!(
            !found.labels.contains("Chile Framework Agreement"),
            "{written}: {:?}",
            found.labels
        );
    }
}

#[test]
fn a_party_apart_from_the_document_name_stays_a_party() {
    // "the EU" is the object of "with", not part of the name after it.
    let found = read(
        "Trade ministers meet\n\nChile signed the Andes Framework Agreement with the EU on \
         Monday. The EU welcomed the Andes Framework Agreement.\n",
    );
    assert!(
        found.has("Chile", "signs", "Andes Framework Agreement"),
        "{:?}",
        found.facts
    );
    assert!(
        found.labels.contains("European Union"),
        "{:?}",
        found.labels
    );
    assert!(
        !found.labels.iter().any(|l| l.starts_with("EU ")),
        "{:?}",
        found.labels
    );
}

// ---- A description's complement goes on past "in" and "and".

#[test]
fn a_description_keeps_its_whole_prepositional_phrase() {
    let found = read(
        "Space cooperation\n\nChile and Peru signed a framework agreement for cooperative \
         activities in aviation and space research on Tuesday. The agreement aims to support \
         joint satellite missions.\n",
    );
    let name = "framework agreement for cooperative activities in aviation and space research";
    assert!(found.has("Chile", "signs", name), "{:?}", found.facts);
    assert!(
        found.has("support joint satellite missions", "goalOf", name),
        "{:?}",
        found.facts
    );
}

#[test]
fn a_description_stops_before_a_place_or_a_verb_phrase() {
    let found = read(
        "Fisheries\n\nChile and Peru signed an agreement on fisheries in Lima and agreed to \
         meet again in May.\n",
    );
    assert!(
        found.has("Chile", "signs", "agreement on fisheries"),
        "{:?}",
        found.facts
    );
    assert!(
        !found
            .labels
            .iter()
            .any(|l| l.starts_with("agreement on fisheries ")),
        "{:?}",
        found.labels
    );
}

// ---- "A's recently announced X": A issued X.

#[test]
fn the_possessor_of_a_recently_announced_plan_issued_it() {
    let found = read(
        "Ocean plans\n\nNorway's recently announced Ocean Plan aims to cut marine pollution \
         by half.\n",
    );
    assert!(
        found.has("Norway", "issues", "Ocean Plan"),
        "{:?}",
        found.facts
    );
}

#[test]
fn the_possessor_of_a_criticised_plan_did_not_issue_it() {
    let found = read(
        "Ocean plans\n\nNorway's widely criticised Ocean Plan aims to cut marine pollution by \
         half.\n",
    );
    assert!(
        found.objects("Norway", "issues").is_empty(),
        "{:?}",
        found.facts
    );
}

// ---- "X, the purpose of which is to V", "X, whose aim is to V".

#[test]
fn a_relative_goal_noun_states_the_goal_of_the_noun_before_it() {
    let found = read(
        "A new accord\n\nChile and Peru signed the Lima Accord, the purpose of which is to \
         reduce barriers to trade. They also launched the Fjord Initiative, whose aim is to \
         restore river habitats.\n",
    );
    assert!(
        found.has("reduce barriers to trade", "goalOf", "Lima Accord"),
        "{:?}",
        found.facts
    );
    assert!(
        found.has("restore river habitats", "goalOf", "Fjord Initiative"),
        "{:?}",
        found.facts
    );
    assert!(
        !found.has("restore river habitats", "goalOf", "Lima Accord"),
        "{:?}",
        found.facts
    );
    assert!(!found.labels.contains("which"), "{:?}", found.labels);
}

#[test]
fn a_relative_goal_noun_of_a_country_states_no_goal() {
    let found = read(
        "A new accord\n\nChile and Peru signed the Lima Accord on Monday. Peru thanked Chile, \
         whose aim is to restore river habitats.\n",
    );
    assert!(
        found.goals_of("Lima Accord").is_empty(),
        "{:?}",
        found.facts
    );
    assert!(!found.labels.contains("which"), "{:?}", found.labels);
}

// ---- Numbered imperatives after "the following guidelines:".

#[test]
fn numbered_imperatives_are_no_goals_of_the_following_guidelines() {
    let found = read(
        "Leaders agree guidelines\n\nChile and Peru adopted the following guidelines:\n\n1. \
         Hold regular talks between their foreign ministers.\n\n2. Expand exchanges of \
         students.\n",
    );
    assert!(
        !found.facts.iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        found.facts
    );
    assert!(
        found.has("Chile", "issues", "guidelines"),
        "{:?}",
        found.facts
    );
}

// ---- A goal list after a participle stops before a coordinated verb group.

#[test]
fn a_gerund_goal_stops_before_a_coordinated_verb_group() {
    let found = read(
        "Youth jobs\n\nThe Step Forward programme, which is a set of activities, focused on \
         securing jobs for young people and will now consider new funding.\n",
    );
    let goals = found.goals_of("Step Forward programme");
    assert_eq!(
        goals,
        vec!["securing jobs for young people"],
        "{:?}",
        found.facts
    );
}

#[test]
fn a_gerund_goal_list_still_joins_coordinated_gerunds() {
    let found = read(
        "Youth jobs\n\nThe Step Forward programme focused on securing jobs for young people \
         and training new teachers.\n",
    );
    let goals = found.goals_of("Step Forward programme");
    assert!(
        goals.contains(&"securing jobs for young people")
            && goals.contains(&"training new teachers"),
        "{:?}",
        found.facts
    );
}
