//! Names and parties as unseen government releases write them (session
//! 31): a document's title that names its authors and then its topic ("the
//! Joint Statement by A and B on Water Security") is one name. One positive
//! and one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_title_naming_its_authors_and_its_topic_is_one_document_name() {
    let text = "Joint Statement by Kestria and Norland on Cooperation on Clean Water\n\nThe Joint Statement by Kestria and Norland on Cooperation on Clean Water sets out shared priorities.\n\nKestria and Norland will work together to:\n- restore river basins\n- share flood data";
    let out = Output::of(text);
    let title = "Joint Statement by Kestria and Norland on Cooperation on Clean Water";
    // The whole title is another name of the statement the text goes on to
    // call by its short name.
    let names = out.names();
    assert!(names.contains_key(title), "{names:?}");
    let statement = "Joint Statement";
    // The goals are the titled statement's, and its authors still issue it.
    assert_eq!(
        out.goals_of(statement),
        ["restore river basins", "share flood data"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Kestria", "issues", statement), "{:?}", out.facts());
}

#[test]
fn a_passive_agent_after_a_document_is_no_part_of_its_name() {
    // "by Member States" brings the adoption's agent, and no topic follows.
    let out = Output::of(
        "Water News\n\nMinisters welcomed the adoption of the Clean Water Plan by Member States of the Union last week.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("Plan by")),
        "{:?}",
        out.names()
    );
}

#[test]
fn the_second_verb_of_a_coordinated_predicate_has_the_first_verbs_subjects() {
    // Two offices coordinated before the second name, and an object with a
    // bracketed short form between the two verbs.
    let out = Output::of(
        "Joint Statement: Kestria and Norland at the Trade Council\n\nOSLO – Today, Kestrian Secretary of Trade Ada Quist and Norland Deputy Prime Minister and Minister of Trade and Industry Bo Lind held the 2024 Kestria-Norland Partnership for Growth and Innovation (PGI) Ministerial meeting and issued the following joint statement:\n\nThe two ministers agreed to expand trade.",
    );
    assert_eq!(
        out.subjects_of("issues", "Joint Statement"),
        vec!["Ada Quist".to_owned(), "Bo Lind".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_negated_first_verb_does_not_deny_the_second() {
    // "rejected" negates the proposal, not the statement Norland issued.
    let out = Output::of(
        "Trade News\n\nThe Kestrian Trade Minister said that Norland rejected the proposal and issued a statement.",
    );
    assert!(
        out.has("Norland", "issues", "statement"),
        "{:?}",
        out.facts()
    );
    assert!(!out.has_negative_evidence(), "{:?}", out.facts());
}

#[test]
fn a_plural_office_over_two_owners_is_one_phrase_and_no_party() {
    let out = Output::of(
        "Water News\n\nAs directed by their leaders, we, the Ministers of Water of Chile and Peru, have agreed to a Joint Action Plan to restore river basins.",
    );
    let names = out.names();
    assert!(
        names.contains_key("Ministers of Water of Chile and Peru"),
        "{names:?}"
    );
    // The two ministers are no party cooperating with one of their owners.
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "cooperatesWith"
            && (s.starts_with("Ministers") || o.starts_with("Ministers"))),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_singular_office_before_a_second_country_stays_one_owners() {
    // One minister, of one country: the second country is another party.
    let out = Output::of(
        "Water News\n\nThe Minister of Water of Chile and Peru have agreed to a Joint Action Plan to restore river basins.",
    );
    assert!(
        !out.names().keys().any(|n| n.ends_with("Chile and Peru")),
        "{:?}",
        out.names()
    );
}
