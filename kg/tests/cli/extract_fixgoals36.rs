//! Review fixes to goal precision (session 36): "it" speaks of a thing its
//! own sentence names before it only where that thing's noun or verb
//! governs the clause holding "it" ("the board's claim that it …"); the
//! subject of an unrelated clause before it ("Although the board
//! protested, it …") leaves "it" to the document named earlier. Sentences
//! written for these tests.

use super::extract_constructions::Output;

#[test]
fn it_after_the_subject_of_an_unrelated_clause_speaks_of_the_earlier_document() {
    let out = Output::of(
        "The Coral Accord was signed in June by Tavia and Osmer. Although the Osmer Fishing \
         Board protested, it aims to halve trawler catches in the bay.\n",
    );
    let goals = out.goals_of("Coral Accord");
    assert!(
        goals.iter().any(|g| g.contains("halve trawler catches")),
        "{goals:?}"
    );
}

#[test]
fn it_in_the_content_clause_of_a_possessors_noun_speaks_of_the_possessor() {
    let out = Output::of(
        "The Coral Accord was signed in June.\n\n\
         Despite the Osmer Fishing Board's claim that it was seeking to widen its quotas, the \
         judges ruled against the board.\n",
    );
    let goals = out.goals_of("Coral Accord");
    assert!(goals.is_empty(), "{goals:?}");
}
