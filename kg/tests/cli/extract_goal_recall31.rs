//! Goals as unseen government releases state them outside a document's own
//! purpose phrase (session 31): an infinitive on a role noun after a
//! launch ("launched X as a pathfinder to V"); an infinitive on a
//! purpose noun a comma participle governs (", creating a basis to V");
//! purposes in a content clause a document sets out ("It sets out how we
//! aim to V"); a result clause after a document's goal (", so that …").
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

fn goals(out: &Output, owner: &str) -> Vec<String> {
    out.goals_of(owner).into_iter().collect()
}

#[test]
fn infinitives_on_the_role_a_document_is_launched_as_are_its_goals() {
    let out = Output::of(
        "Trade News\n\nThe Kestrian Ministry of Trade and the Norland Trade Office launched the Harbour Growth Initiative in May 2022 as a strategic pathfinder to widen port investment between the two countries, and to build on the close ties between their shipping firms.",
    );
    let got = goals(&out, "Harbour Growth Initiative");
    for goal in [
        "widen port investment between the two countries",
        "build on the close ties between their shipping firms",
    ] {
        assert!(got.iter().any(|g| g == goal), "{goal}: {got:?}");
    }
}

#[test]
fn infinitives_on_the_role_a_person_is_hired_as_are_no_goals() {
    let out = Output::of(
        "Trade News\n\nThe Kestrian Ministry of Trade hired Ada Quist in May 2022 as a senior adviser to widen port investment between the two countries.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_basis_a_comma_participle_creates_after_a_document_states_its_goal() {
    let out = Output::of(
        "Harbour News\n\nThe two governments have agreed a Kestria-Norland Harbour Partnership that fills a long gap in our ties, creating a strong basis to deepen our trade and port co-operation.",
    );
    assert_eq!(
        goals(&out, "Kestria-Norland Harbour Partnership"),
        vec!["deepen our trade and port co-operation".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_basis_a_comma_participle_creates_after_a_clause_about_no_document_states_no_goal() {
    // A meeting is no document; the Accord is named inside an aside about
    // the minister, the participle speaks of the minister's visit.
    for text in [
        "Harbour News\n\nThe two governments met in Varno last week, creating a strong basis to deepen our trade and port co-operation.",
        "Harbour News\n\nThe minister, who signed the Varno Harbour Accord in 2021, visited the northern ports, creating a strong basis to deepen our trade and port co-operation.",
        // "to" after the purpose noun is its preposition: no infinitive.
        "Cyber News\n\nThe Kestrian Cyberspace Strategy is the second Kestria has published, showing the ministry's approach to cyberspace security.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn what_a_document_sets_out_that_we_aim_at_is_its_goal() {
    let out = Output::of(
        "Coastal Plan\n\nThe Kestrian Coastal Strategy was published by the Ministry of Coasts today. It sets out how, over the next decade, we aim to restore the dunes along the northern shore.",
    );
    assert_eq!(
        goals(&out, "Kestrian Coastal Strategy"),
        vec!["restore the dunes along the northern shore".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn what_a_person_asks_that_we_aim_at_is_no_goal() {
    let out = Output::of(
        "Coastal Plan\n\nThe Kestrian Coastal Strategy was published by the Ministry of Coasts today. The minister asked how, over the next decade, we aim to restore the dunes along the northern shore.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_result_clause_after_a_documents_goal_is_its_goal_too() {
    let out = Output::of(
        "Coastal Plan\n\nThe Kestrian Coastal Strategy was published by the Ministry of Coasts today. The strategy aims to restore the dunes along the northern shore, so that coastal towns are safer from winter storms.",
    );
    assert_eq!(
        goals(&out, "Kestrian Coastal Strategy"),
        vec![
            "coastal towns are safer from winter storms".to_owned(),
            "restore the dunes along the northern shore".to_owned(),
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_result_clause_after_no_goal_is_none() {
    let out = Output::of(
        "Coastal Plan\n\nThe Kestrian Coastal Strategy was published by the Ministry of Coasts on Monday, so that coastal towns can comment before the winter.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}
