//! Purposes set away from the document or initiative they are for, as
//! unseen government releases write them: a purpose clause fronted before
//! the main clause, a purpose inside a nested clause, a goal phrase set
//! off by a dash. The paragraphs are written for these tests (invented
//! names), each construction with a case that must give a goal and one
//! that must not. Each extracts in-process through the library calls
//! `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals, has_goal as has};

// ---- A fronted purpose clause: "To V, A has launched X".

#[test]
fn a_fronted_purpose_clause_is_the_goal_of_what_the_main_clause_launches() {
    let found = goals(
        "Ministers launch the Northern Trade Programme\n\n\
         To deepen trade ties, we are pleased to announce the launch of the Northern Trade \
         Programme between Valdoria and Kestria.\n",
    );
    assert!(
        has(&found, "deepen trade ties", "Northern Trade Programme"),
        "{found:?}"
    );
    let found = goals(
        "Valdoria launches new fund\n\n\
         In order to expand rural broadband, the Ministry of Digital Affairs has launched the \
         Rural Connect Programme.\n",
    );
    assert!(
        has(&found, "expand rural broadband", "Rural Connect Programme"),
        "{found:?}"
    );
}

#[test]
fn a_fronted_phrase_without_a_verb_or_a_document_in_its_clause_is_no_goal() {
    // "To that end" has no verb; a trip's purpose is no document's goal,
    // even where a document is named in a later clause.
    let found = goals(
        "Valdoria and Kestria sign the Harbour Accord\n\n\
         Valdoria and Kestria signed the Harbour Accord on Monday. To that end, the two \
         ministers launched the Harbour Skills Programme.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = goals(
        "Minister travels to Kestria\n\n\
         To deepen trade ties, Minister Tomas Reyes visited Kestria, where he discussed the \
         Harbour Accord with business leaders.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = goals(
        "Valdoria and Kestria sign the Harbour Accord\n\n\
         To mark the anniversary, the Harbour Accord will enter into force on Monday.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- Nested purpose: "a framework for the two countries to V".

#[test]
fn the_parties_purpose_in_a_frame_a_document_sets_up_is_its_goal() {
    let found = goals(
        "Valdoria and Kestria sign research agreement\n\n\
         Valdoria and Kestria signed the Research Cooperation Agreement on Friday. This \
         agreement establishes a framework for the two countries to enhance research \
         collaboration.\n",
    );
    assert!(
        has(
            &found,
            "enhance research collaboration",
            "Research Cooperation Agreement"
        ),
        "{found:?}"
    );
    assert!(
        found.iter().all(|(_, owner)| !owner.contains("framework")),
        "{found:?}"
    );
}

#[test]
fn an_infinitive_with_a_subject_other_than_the_parties_is_no_goal() {
    // Agencies are not the parties: the guidelines say what others do.
    let found = goals(
        "Valdoria publishes research agreement\n\n\
         Valdoria published the Research Cooperation Agreement on Friday. This agreement \
         establishes guidelines for federal agencies to review research grants.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // The parties' purpose in a frame no document sets up.
    let found = goals(
        "Ministers meet in Valdoria\n\n\
         The ministers of Valdoria and Kestria met on Friday. The meeting offered a venue for \
         the two countries to enhance research collaboration.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- A list after a counted noun and a colon, items set off by semicolons.

#[test]
fn every_gerund_after_a_counted_noun_and_a_colon_is_a_goal() {
    let found = goals(
        "Valdoria and Kestria launch the Northern Partnership\n\n\
         Valdoria and Kestria today launched the Northern Partnership. The partnership will \
         focus on four themes: expanding trade; fostering the safety and security of our \
         people; protecting the environment; and deepening ties.\n",
    );
    let owner = "Northern Partnership";
    assert_eq!(
        found,
        pairs(&[
            ("expanding trade", owner),
            ("fostering the safety and security of our people", owner),
            ("protecting the environment", owner),
            ("deepening ties", owner),
        ])
    );
}

#[test]
fn a_counted_noun_before_a_colon_without_gerunds_opens_no_goal_list() {
    // Names after the colon are no goals (the future clause's own goal,
    // cut at the first semicolon, is another rule's); nor is a list a visit's.
    let found = goals(
        "Valdoria and Kestria launch the Northern Partnership\n\n\
         Valdoria and Kestria today launched the Northern Partnership. The partnership will \
         focus on four regions: Arden; Belmont; Corvale; and Dunmore.\n",
    );
    assert!(
        found.iter().all(|(goal, _)| goal != "Arden"
            && !goal.contains("Belmont")
            && !goal.contains("Corvale")
            && !goal.contains("Dunmore")),
        "{found:?}"
    );
    let found = goals(
        "Minister travels to Kestria\n\n\
         Minister Tomas Reyes travelled to Kestria. His visit will focus on two themes: \
         expanding trade; and deepening ties.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}
