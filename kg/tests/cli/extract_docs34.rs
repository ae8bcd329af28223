//! Lowercase documents and initiatives described, counted or pointed at
//! with a clause (session 34). One positive and one negative test per
//! construction, on sentences written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_counted_set_of_initiatives_is_one_initiative_with_its_issuer_and_goals() {
    let out = Output::of(
        "The Tarvel Ministry of Water this month unveiled four new initiatives that will widen \
         access to clean water and restore river banks. These initiatives will also train \
         young engineers.",
    );
    assert!(
        out.has("Tarvel Ministry of Water", "issues", "new initiatives"),
        "{:?}",
        out.facts()
    );
    let goals = out.goals_of("new initiatives");
    assert!(
        goals
            .iter()
            .any(|g| g.starts_with("widen access to clean water")),
        "{goals:?}"
    );
    // The later definite plural refers back to the counted set.
    assert!(goals.contains("train young engineers"), "{goals:?}");
    // The set as counted is another name of it.
    assert!(
        out.names().contains_key("four new initiatives"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_definite_plural_with_no_counted_set_before_names_no_initiative() {
    // "the initiatives" with nothing counted before is any such things.
    let out = Output::of(
        "The Tarvel Ministry of Water said the initiatives will widen access to clean water.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("initiatives")),
        "{:?}",
        out.names()
    );
    assert!(out.goals_of("initiatives").is_empty(), "{:?}", out.facts());
}

#[test]
fn an_uncounted_plural_initiative_noun_makes_no_initiative() {
    // Without a count a plural initiative noun is no set of this text.
    let out = Output::of(
        "The Tarvel Ministry of Water supports new initiatives that widen access to clean water.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("initiatives")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_goal_noun_a_named_party_owns_is_no_goal_of_the_topic_initiative() {
    let out = Output::of(
        "The Tarvel Ministry of Water announced three new initiatives that will restore river \
         banks. The initiatives add to the Tarvel Ministry of Water's previously stated goal to \
         halve water losses by 2030.",
    );
    let goals = out.goals_of("new initiatives");
    assert!(goals.contains("restore river banks"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("halve")), "{goals:?}");
}

#[test]
fn a_purpose_of_a_relative_clause_acting_on_a_document_is_its_goal() {
    let out = Output::of(
        "Minister Ana Soto of Tarvel met her Corvany counterpart in Pellan. This is now the \
         third memorandum of understanding that our nations have adopted, going back to 2012, \
         to deepen our fisheries partnership.",
    );
    let goals = out.goals_of("third memorandum of understanding");
    assert!(
        goals.contains("deepen our fisheries partnership"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_purpose_of_a_relative_clause_on_no_document_is_no_documents_goal() {
    // The visit is no document: its purpose goes to no document named before.
    let out = Output::of(
        "The Corvany Water Accord took effect in May. This is now the third visit that our \
         ministers have made, going back to 2012, to deepen our fisheries partnership.",
    );
    assert!(
        out.goals_of("Corvany Water Accord").is_empty(),
        "{:?}",
        out.facts()
    );
}
