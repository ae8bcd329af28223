//! Issuing written as a noun and goals in a relative clause whose
//! sentence's main verb the tagger read as a noun (session 33). One
//! positive and one negative test per construction, on sentences written
//! for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_possessor_or_agent_of_an_announcement_issues_the_document_announced() {
    let out = Output::of(
        "Farm groups welcomed the Tarvel Ministry of Water's announcement of the Dry Season Plan. \
         Growers praised the announcement of the Orchard Export Strategy by the Tarvel Trade Agency.",
    );
    assert!(
        out.has("Tarvel Ministry of Water", "issues", "Dry Season Plan"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Tarvel Trade Agency", "issues", "Orchard Export Strategy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_announcement_names_no_issuer_through_another_nouns_of_phrase() {
    // The plan completes "the timing", not the announcement.
    let out = Output::of(
        "The Tarvel Trade Agency's announcement on Monday covered the timing of the Orchard \
         Export Strategy.",
    );
    assert!(
        out.subjects_of("issues", "Orchard Export Strategy")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_in_a_relative_clause_ends_at_the_comma_before_the_predicate() {
    let out = Output::of(
        "Fisheries\n\nThe Corvany-Pellan Fisheries Agreement, which aims to protect coastal \
         stocks and support small fishing firms, enters into force on 1 March.\n",
    );
    let goals = out.goals_of("Corvany-Pellan Fisheries Agreement");
    assert!(goals.contains("protect coastal stocks"), "{goals:?}");
    assert!(goals.contains("support small fishing firms"), "{goals:?}");
    assert!(!goals.iter().any(|g| g.contains("force")), "{goals:?}");
}

#[test]
fn a_goal_list_with_a_serial_comma_keeps_every_item_before_the_closing_comma() {
    let out = Output::of(
        "Fisheries\n\nThe Corvany-Pellan Fisheries Agreement, which aims to cut bycatch, protect \
         coastal stocks, and support small fishing firms, enters into force on 1 March.\n",
    );
    let goals = out.goals_of("Corvany-Pellan Fisheries Agreement");
    for goal in [
        "cut bycatch",
        "protect coastal stocks",
        "support small fishing firms",
    ] {
        assert!(goals.contains(goal), "{goal}: {goals:?}");
    }
    assert!(!goals.iter().any(|g| g.contains("force")), "{goals:?}");
}

#[test]
fn a_body_named_with_its_country_issues_in_a_relative_clause_not_the_known_name_inside() {
    let out = Output::of(
        "Schools\n\nThe Digital Skills Initiative, which the Orvania Ministry of Transport \
         launched in May, has trained 400 drivers.\n",
    );
    assert_eq!(
        out.subjects_of("issues", "Digital Skills Initiative"),
        vec!["Orvania Ministry of Transport".to_string()],
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Roads\n\nThe Orvania Ministry of Transport last month unveiled the Road Safety \
         Strategy.\n",
    );
    assert_eq!(
        out.subjects_of("issues", "Road Safety Strategy"),
        vec!["Orvania Ministry of Transport".to_string()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_known_body_name_written_alone_still_issues() {
    let out = Output::of(
        "Roads\n\nThe Ministry of Transport last month unveiled the Road Safety Strategy.\n",
    );
    assert!(
        out.has("Ministry of Transport", "issues", "Road Safety Strategy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn leaders_holding_the_parties_offices_issue_a_declaration_named_with_its_parties() {
    let out = Output::of(
        "Chile-Peru Summit Meeting\n\nOn May 6, Mr. Tomas Vell, Prime Minister of Chile, held \
         talks with Ms. Ana Rusk, President of Peru, in Lima.\n\nAfter the talks, the two leaders \
         announced a “Joint Declaration on Fisheries Partnership between Chile and Peru.”\n",
    );
    for leader in ["Tomas Vell", "Ana Rusk"] {
        assert!(
            out.has(
                leader,
                "issues",
                "Joint Declaration on Fisheries Partnership"
            ),
            "{leader}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_official_of_neither_party_announcing_a_declaration_between_them_does_not_issue_it() {
    let out = Output::of(
        "Fisheries\n\nMs. Ana Rusk, President of Peru, met Mr. Tomas Vell, Prime Minister of \
         Chile, in Lima.\n\nOn Friday, Mr. Jon Saar, the Director of the Coastal Institute, \
         announced a Joint Declaration on Fisheries Partnership between Chile and Peru.\n",
    );
    assert!(
        out.subjects_of("issues", "Joint Declaration on Fisheries Partnership")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}
