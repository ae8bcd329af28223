//! Goals in clauses tied to a document (session 27): a document's future
//! or conditional verb behind an aside ("The X Roadmap, a first for the
//! region, will …", "would boost"), an enabling verb kept in its goal
//! ("will help secure …"), a goal verb's participle on a document ("an
//! accord paving the way for …"), a document's determination or wish to V,
//! the counted parties of a framework ("for the two agencies to V"), "will
//! make it easier for …", and the negatives: non-goal verbs, constitutive
//! participles ("a memorandum establishing a partnership"), a person's or
//! country's determination, ordinals making an infinitive a relative clause
//! ("the first agreement to enter into force"), and a reporting clause cut
//! from the goal. The paragraphs are written for these tests (invented
//! names), each construction with a case that must give a goal and one that
//! must not. Each extracts in-process through the library calls `kg
//! extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals, has_goal};

// ---- 1. A goal verb predicated of the document, future or conditional.

#[test]
fn a_future_verb_after_an_appositive_aside_is_the_documents_goal() {
    let found = goals(
        "Ruritania and Freedonia sign shipping roadmap\n\n\
         The Ruritania-Freedonia Roadmap, a first for the region, will cut emissions from \
         shipping.\n",
    );
    assert_eq!(
        found,
        pairs(&[("cut emissions from shipping", "Ruritania-Freedonia Roadmap")])
    );
}

#[test]
fn a_future_verb_after_a_dashed_aside_is_the_documents_goal() {
    let found = goals(
        "Ruritania and Freedonia sign research memorandum\n\n\
         This Memorandum between Ruritania and Freedonia\u{2014}a milestone for both \
         universities\u{2014}will widen our research ties.\n",
    );
    assert!(
        has_goal(&found, "widen our research ties", "Memorandum"),
        "{found:?}"
    );
}

#[test]
fn an_aside_before_a_non_goal_verb_gives_nothing() {
    let found = goals(
        "Ruritania and Freedonia sign shipping roadmap\n\n\
         The Ruritania-Freedonia Roadmap, a first for the region, will expire in 2030.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // A subject of its own (a person) is no document behind an aside.
    let person = goals(
        "Ruritania and Freedonia sign shipping roadmap\n\n\
         The Ruritania-Freedonia Roadmap was signed today. Minister Ada Quist, a sailor \
         herself, will visit the port.\n",
    );
    assert!(person.is_empty(), "{person:?}");
}

#[test]
fn a_conditional_verb_of_a_document_is_its_goal_without_the_reporting_clause() {
    let found = goals(
        "Ruritania and Freedonia sign farm accord\n\n\
         The accord would lift farm incomes in both countries, the minister said.\n",
    );
    assert_eq!(
        found,
        pairs(&[("lift farm incomes in both countries", "farm accord")])
    );
    let negative = goals(
        "Ruritania and Freedonia sign farm accord\n\n\
         The accord would replace the 1998 treaty. The treaty could expire next year.\n",
    );
    assert!(negative.is_empty(), "{negative:?}");
}

#[test]
fn an_enabling_verb_without_an_object_stays_in_the_goal() {
    let found = goals(
        "Ruritania and Freedonia sign customs arrangement\n\n\
         The new customs arrangement will help secure trade across the border, allowing \
         small firms to export more.\n",
    );
    assert!(
        has_goal(
            &found,
            "help secure trade across the border",
            "customs arrangement"
        ),
        "{found:?}"
    );
    // The comma-set participle is no part of the first goal, and an
    // enabling participle keeps its infinitive.
    assert!(
        !found
            .iter()
            .any(|(g, _)| g.starts_with("help") && g.contains("allowing")
                || g == "allowing small firms"),
        "{found:?}"
    );
}

// ---- 3. A purpose part of a noun tied to the document.

#[test]
fn a_framework_for_counted_parties_states_the_documents_goal() {
    let found = goals(
        "Ruritania and Freedonia sign flood protocol\n\n\
         The Flood Protocol establishes a framework for the two agencies to share river \
         gauge data.\n",
    );
    assert!(
        has_goal(&found, "share river gauge data", "Flood Protocol"),
        "{found:?}"
    );
    // Uncounted others as the infinitive's subject: what they are to do.
    let others = goals(
        "Ruritania and Freedonia sign flood protocol\n\n\
         The Flood Protocol sets rules for farmers to report their wells.\n",
    );
    assert!(others.is_empty(), "{others:?}");
}

#[test]
fn a_documents_determination_to_v_is_its_goal() {
    let found = goals(
        "Ruritania and Freedonia sign reef accord\n\n\
         The Reef Accord reaffirms the shared determination to protect coral reefs.\n",
    );
    assert_eq!(found, pairs(&[("protect coral reefs", "Reef Accord")]));
    // A country's determination is no document's goal.
    let country = goals(
        "Ruritania and Freedonia sign reef accord\n\n\
         The Reef Accord was signed today. Ruritania reaffirms its determination to protect \
         coral reefs.\n",
    );
    assert!(country.is_empty(), "{country:?}");
}

#[test]
fn an_ordinal_makes_the_infinitive_no_purpose() {
    let found = goals(
        "Ruritania and Freedonia sign river treaty\n\n\
         The river treaty is the first agreement to enter into force this year. It is the only \
         accord to cover both rivers.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // A purpose noun keeps its purpose after an ordinal.
    let purpose = goals(
        "Ruritania and Freedonia sign river treaty\n\n\
         The river treaty is the first step to restore wetlands along the border.\n",
    );
    assert!(
        has_goal(
            &purpose,
            "restore wetlands along the border",
            "river treaty"
        ),
        "{purpose:?}"
    );
}

#[test]
fn a_goal_verbs_participle_on_a_predicate_noun_is_the_subjects_goal() {
    let found = goals(
        "Ruritania and Freedonia sign trade deal\n\n\
         The trade deal is a new cornerstone of the relationship, deepening our economic \
         links.\n",
    );
    assert_eq!(
        found,
        pairs(&[("deepening our economic links", "trade deal")])
    );
    let negative = goals(
        "Ruritania and Freedonia sign trade deal\n\n\
         The trade deal is a new cornerstone of the relationship, coming after years of talks.\n",
    );
    assert!(negative.is_empty(), "{negative:?}");
}

// ---- 4. A relative clause or participle on the document noun.

#[test]
fn a_relative_clause_making_something_easier_is_the_documents_goal() {
    let found = goals(
        "Ruritania and Freedonia sign student accord\n\n\
         The Student Accord, which will make it easier for nurses to train abroad, was signed \
         today.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "make it easier for nurses to train abroad",
            "Student Accord"
        )])
    );
    let negative = goals(
        "Ruritania and Freedonia sign student accord\n\n\
         The Student Accord, which was signed in 2019, will make way for a new text.\n",
    );
    assert!(negative.is_empty(), "{negative:?}");
}

#[test]
fn a_goal_verbs_participle_on_a_document_is_its_goal() {
    let found = goals(
        "Ruritania and Freedonia launch border accord\n\n\
         The ministers launched a new accord paving the way for joint coast guard patrols.\n",
    );
    assert!(
        has_goal(
            &found,
            "paving the way for joint coast guard patrols",
            "new accord"
        ),
        "{found:?}"
    );
}

#[test]
fn a_constitutive_or_non_goal_participle_on_a_document_is_no_goal() {
    let found = goals(
        "Ruritania and Freedonia sign memorandum\n\n\
         The two presidents signed a Memorandum of Understanding establishing a strategic \
         partnership between Ruritania and Freedonia. The accord, replacing a 1998 treaty, \
         was welcomed.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 2. A purpose infinitive after a verb acting on the document.

#[test]
fn a_purpose_after_adjuncts_of_a_signing_verb_is_the_documents_goal() {
    let found = goals(
        "Ruritania and Freedonia sign Delta Accord\n\n\
         Ruritania and Freedonia signed the Delta Accord in Oslo today to deepen grid \
         cooperation by sharing data.\n",
    );
    // The means ("by sharing data") is no part of the goal.
    assert!(
        has_goal(&found, "deepen grid cooperation", "Delta Accord"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(g, _)| g.starts_with("deepen") && g.contains(" by ")),
        "{found:?}"
    );
    let negative = goals(
        "Ruritania and Freedonia sign Delta Accord\n\n\
         The ministers met in Oslo to sign the Delta Accord. It runs from 2020 to 2025.\n",
    );
    assert!(negative.is_empty(), "{negative:?}");
}

#[test]
fn the_purpose_of_launching_a_document_is_its_goal() {
    for text in [
        "Ruritania and Freedonia meet in Oslo\n\n\
         The leaders welcomed the launch of the Delta Initiative to discuss common challenges.\n",
        "Ruritania and Freedonia meet in Oslo\n\n\
         The leaders welcomed the setting up of the Delta Initiative to discuss common \
         challenges.\n",
    ] {
        let found = goals(text);
        assert_eq!(
            found,
            pairs(&[("discuss common challenges", "Delta Initiative")]),
            "{text}"
        );
    }
    // A meeting of the initiative is no act bringing it about.
    let meeting = goals(
        "Ruritania and Freedonia meet in Oslo\n\n\
         The leaders attended a meeting of the Delta Initiative to discuss common challenges.\n",
    );
    assert!(meeting.is_empty(), "{meeting:?}");
}

// ---- 3. The purpose part of an instrument noun, cut into its verb phrases.

#[test]
fn a_goal_verb_taken_for_a_compound_noun_opens_a_goal_of_its_own() {
    let found = goals(
        "Ruritania and Freedonia sign fishing accord\n\n\
         The Fishing Accord is a vital tool to cut red tape and attract investment.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("cut red tape", "Fishing Accord"),
            ("attract investment", "Fishing Accord"),
        ])
    );
    // A noun that is no goal verb stays in the one goal.
    let one = goals(
        "Ruritania and Freedonia sign fishing accord\n\n\
         The Fishing Accord is a vital tool to cut red tape and trade barriers.\n",
    );
    assert_eq!(
        one,
        pairs(&[("cut red tape and trade barriers", "Fishing Accord")])
    );
}
