//! Goals as unseen government releases state them (session 26): lists after
//! a colon sentence about a document or its issuers (gerund lines, noun
//! lines after a goal list noun, title-case headings up to their colon,
//! inline enumerations), purpose phrases with coordinated gerunds, fronted
//! or on a document's object, a document's present-tense goal verb in a
//! relative clause or a coordinated predicate, coordinated goals kept
//! apart or together, and the negatives: counted generic nouns, temporal
//! adjuncts, lists of plain nouns. The paragraphs are written for these
//! tests (invented names), each construction with a case that must give a
//! goal and one that must not. Each extracts in-process through the
//! library calls `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals, has_goal};

// ---- 1. Lists after a colon sentence about a document.

#[test]
fn gerund_lines_after_the_issuers_commit_to_are_goals_of_their_statement() {
    let found = goals(
        "Ruritania and Freedonia issue Joint Statement\n\n\
         Ruritania and Freedonia issued a Joint Statement on Monday. Ruritania and Freedonia, \
         through this Joint Statement, commit to:\n\
         - deepening cooperation on renewable energy;\n\
         - expanding trade in farm goods; and\n\
         - strengthening ties between their universities.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "deepening cooperation on renewable energy",
                "Joint Statement"
            ),
            ("expanding trade in farm goods", "Joint Statement"),
            (
                "strengthening ties between their universities",
                "Joint Statement"
            ),
        ]),
    );
}

#[test]
fn lines_after_a_goal_list_noun_and_a_colon_are_goals_of_the_document() {
    // Gerund lines.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         The Strategy describes the six pillars of national resilience:\n\
         - modernising port infrastructure\n\
         - training a skilled maritime workforce\n\
         - protecting coastal ecosystems\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("modernising port infrastructure", "Harbour Strategy"),
            ("training a skilled maritime workforce", "Harbour Strategy"),
            ("protecting coastal ecosystems", "Harbour Strategy"),
        ]),
    );
    // Noun-phrase lines, one opening with an article.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         The Strategy sets out four priorities:\n\
         - modern port infrastructure;\n\
         - a skilled maritime workforce;\n\
         - protection of coastal ecosystems.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("modern port infrastructure", "Harbour Strategy"),
            ("a skilled maritime workforce", "Harbour Strategy"),
            ("protection of coastal ecosystems", "Harbour Strategy"),
        ]),
    );
}

#[test]
fn a_list_noun_with_no_closing_colon_or_plain_noun_lines_after_related_to_give_no_goals() {
    // "priorities" inside the sentence, no colon ending it: no list opens.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         The Strategy sets out four priorities for the coming decade.\n\
         - The ministry will report each year.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // Plain nouns after "related to:" are topics, not goals.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         The Strategy covers questions related to:\n\
         - Ports\n\
         - Shipping\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn title_case_headings_after_work_together_to_are_goals_up_to_their_colon() {
    let found = goals(
        "Ruritania and Freedonia sign Climate Partnership\n\n\
         Ruritania and Freedonia signed the Climate Partnership on Friday. The two governments \
         will work together to:\n\n\
         1. Expand Clean Energy and Create Good Jobs: The leaders agreed to build new solar \
         plants in both countries.\n\n\
         2. Protect Forests and Rivers: The two countries will fund new restoration projects.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            // Two title-case imperatives, each with its object, are two
            // goals (session 27).
            ("Expand Clean Energy", "Climate Partnership"),
            ("Create Good Jobs", "Climate Partnership"),
            ("Protect Forests and Rivers", "Climate Partnership"),
        ]),
    );
}

#[test]
fn title_case_goal_headings_after_guided_by_five_strategic_goals_are_goals() {
    let found = goals(
        "Ruritania releases the Rural Health Plan\n\n\
         The Ministry of Health of Ruritania released the Rural Health Plan on Monday. The \
         plan is guided by five strategic goals:\n\n\
         Improve Access to Primary Care\n\n\
         Train More Rural Nurses\n\n\
         Reduce Travel Times for Patients\n",
    );
    assert!(
        has_goal(
            &found,
            "Improve Access to Primary Care",
            "Rural Health Plan"
        ),
        "{found:?}"
    );
    assert!(
        has_goal(
            &found,
            "Reduce Travel Times for Patients",
            "Rural Health Plan"
        ),
        "{found:?}"
    );
}

#[test]
fn an_inline_enumeration_after_a_purpose_phrase_gives_one_goal_per_item() {
    let found = goals(
        "Ruritania and Freedonia sign fisheries memorandum\n\n\
         Ruritania and Freedonia signed the Fisheries Memorandum of Understanding on Monday. \
         The memorandum aims to (i) strengthen scientific cooperation on fish stocks, (ii) \
         enhance joint patrols in shared waters and (iii) address illegal fishing.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "strengthen scientific cooperation on fish stocks",
                "Fisheries Memorandum of Understanding"
            ),
            (
                "enhance joint patrols in shared waters",
                "Fisheries Memorandum of Understanding"
            ),
            (
                "address illegal fishing",
                "Fisheries Memorandum of Understanding"
            ),
        ]),
    );
}

#[test]
fn an_enumeration_with_one_item_or_of_no_document_gives_no_enumerated_goals() {
    // "(i)" alone enumerates nothing; an enumeration after "refer to" in a
    // sentence naming no document has no owner.
    let found = goals(
        "Ruritania issues port rules\n\n\
         Port operators in Ruritania should refer to (a) the safety code and (b) the annual \
         port report.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 2. Purpose phrases.

#[test]
fn with_a_view_to_two_coordinated_gerunds_gives_two_goals() {
    let found = goals(
        "Ruritania and Freedonia sign trade memorandum\n\n\
         Ruritania and Freedonia signed the Trade Memorandum of Understanding on Monday. The \
         two ministries signed the memorandum with a view to expanding trade in farm goods \
         and further deepening ties between their ports.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "expanding trade in farm goods",
                "Trade Memorandum of Understanding"
            ),
            (
                "deepening ties between their ports",
                "Trade Memorandum of Understanding"
            ),
        ]),
    );
}

#[test]
fn a_fronted_with_the_aim_of_is_the_goal_of_the_document_the_clause_commits_to() {
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         With the aim of modernising the national port network, the government has committed \
         to the Harbour Strategy.\n",
    );
    assert_eq!(
        found,
        pairs(&[("modernising the national port network", "Harbour Strategy")]),
    );
}

#[test]
fn measures_aimed_at_in_a_document_s_object_are_its_goals_but_not_of_a_person() {
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. The \
         Harbour Strategy contains a set of measures aimed at reducing congestion in the main \
         ports.\n",
    );
    assert_eq!(
        found,
        pairs(&[("reducing congestion in the main ports", "Harbour Strategy")]),
    );
    // A person's proposals are no document's.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. \
         Minister Ada Quist presented a set of ideas aimed at reducing congestion in the main \
         ports.\n",
    );
    assert!(
        !has_goal(
            &found,
            "reducing congestion in the main ports",
            "Harbour Strategy"
        ),
        "{found:?}"
    );
}

// ---- 3. and 4. A document's present-tense goal verb.

#[test]
fn a_goal_verb_coordinated_with_a_document_s_predicate_is_its_goal_as_written() {
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. The \
         strategy is based on a review of port traffic and supports the transformation of the \
         northern ports.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "supports the transformation of the northern ports",
            "Harbour Strategy"
        )]),
    );
    let found = goals(
        "Ruritania and Freedonia renew science memorandum\n\n\
         Ruritania and Freedonia renewed the Science Memorandum of Understanding on Monday. \
         The MoU builds on earlier work, and will broaden collaboration on marine research.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "broaden collaboration on marine research",
            "Science Memorandum of Understanding"
        )]),
    );
}

#[test]
fn a_relative_clause_with_a_goal_verb_on_a_memorandum_is_its_goal() {
    let found = goals(
        "Ruritania and Freedonia sign memorandum\n\n\
         Ruritania and Freedonia signed a Memorandum of Understanding that establishes a \
         framework for cooperation on water management.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "establishes a framework for cooperation on water management",
            "Memorandum of Understanding"
        )]),
    );
}

#[test]
fn a_present_goal_verb_of_a_ministry_or_a_non_goal_verb_of_a_document_is_no_goal() {
    // The ministry's own predicate, and a relative clause with a verb that
    // states no goal.
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport published the Harbour Strategy on Tuesday and supports \
         the port authorities. Ruritania signed a Memorandum of Understanding that expires \
         in 2030.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 6. Coordinated goals and fragments.

#[test]
fn as_well_as_a_refocus_on_opens_a_second_goal_never_one_merged_span() {
    let found = goals(
        "Ruritania publishes the Harbour Strategy\n\n\
         The Ministry of Transport of Ruritania published the Harbour Strategy on Tuesday. The \
         Harbour Strategy focuses on supporting small ports, as well as a refocus on \
         strengthening coastal shipping.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("supporting small ports", "Harbour Strategy"),
            ("strengthening coastal shipping", "Harbour Strategy"),
        ]),
    );
}

#[test]
fn a_coordinated_complement_of_a_goal_gives_no_goals_of_its_own() {
    let found = goals(
        "Ruritania publishes the Rural Health Plan\n\n\
         The Ministry of Health of Ruritania published the Rural Health Plan on Tuesday. The \
         Rural Health Plan aims at reducing gaps in health care, public health, and social \
         outcomes.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "reducing gaps in health care, public health, and social outcomes",
            "Rural Health Plan"
        )]),
    );
}

#[test]
fn two_verbs_sharing_an_object_inside_a_goal_give_no_partial_goal() {
    let found = goals(
        "Ruritania launches the Small Firms Programme\n\n\
         The Ministry of Industry of Ruritania launched the Small Firms Programme on Tuesday. \
         The programme aims to help people to start and grow small firms.\n",
    );
    assert!(
        !found.iter().any(|(g, _)| g == "grow small firms"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(g, _)| g == "help people to start"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(g, _)| g.ends_with("start and grow small firms")),
        "{found:?}"
    );
}

// ---- 7. Negatives.

#[test]
fn a_purpose_after_a_counted_generic_noun_gives_it_no_goal() {
    let found = goals(
        "Ruritania announces measures\n\n\
         The Ministry of Industry of Ruritania announced several measures to foster links \
         between universities and small firms.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_goal_stops_before_a_temporal_adjunct_without_a_comma() {
    let found = goals(
        "Ruritania and Freedonia sign memorandum\n\n\
         Ruritania and Freedonia signed the Port Memorandum of Understanding on Monday to \
         expand shipping between their ports during the President's visit to Freedonia.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "expand shipping between their ports",
            "Port Memorandum of Understanding"
        )]),
    );
}
