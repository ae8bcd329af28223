//! Issuers and goals as releases write them (session 29): an issuing verb
//! in any aspect and voice ("is releasing", "will be publishing", "has
//! launched", "is being launched by", "is developing"); "we" and "our" in
//! a quotation a body speaks, or a person named of a body, standing for
//! that body;
//! coordinated verb phrases in a relative clause on a document, one goal
//! each; a programme set up for a purpose owning that purpose as a goal; and
//! what a document sets up, or what someone says it does, no goal of it.
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

// ---- 1. Issuing verbs in every aspect and voice.

#[test]
fn an_issuing_verb_in_progressive_perfect_or_passive_form_names_the_issuer() {
    for sentence in [
        "The Ministry of Fisheries is releasing the Coastal Fisheries Plan next week.",
        "The Ministry of Fisheries will be publishing the Coastal Fisheries Plan in May.",
        "The Ministry of Fisheries has launched the Coastal Fisheries Plan.",
        "The Coastal Fisheries Plan is being launched by the Ministry of Fisheries.",
        "The Coastal Fisheries Plan has been unveiled by the Ministry of Fisheries.",
        "The Ministry of Fisheries is developing a Coastal Fisheries Plan.",
        "The Ministry of Fisheries is preparing a Coastal Fisheries Plan.",
        "The Ministry of Fisheries is set to publish the Coastal Fisheries Plan.",
    ] {
        let text = format!("Fisheries News\n\n{sentence}\n");
        let out = Output::of(&text);
        assert_eq!(
            out.subjects_of("issues", "Coastal Fisheries Plan"),
            vec!["Ministry of Fisheries".to_owned()],
            "{sentence}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_progressive_of_another_verb_issues_nothing() {
    // Reviewing or criticising a plan is no issuing of it; its issuer is
    // the agent of the participle that describes it.
    for (sentence, expected) in [
        (
            "The Ministry of Fisheries is reviewing the Coastal Fisheries Plan.",
            vec![],
        ),
        (
            "The Ministry of Fisheries is criticising the Coastal Fisheries Plan released by the Department of Marine Parks.",
            vec!["Department of Marine Parks".to_owned()],
        ),
    ] {
        let text = format!("Fisheries News\n\n{sentence}\n");
        let out = Output::of(&text);
        assert_eq!(
            out.subjects_of("issues", "Coastal Fisheries Plan"),
            expected,
            "{sentence}: {:?}",
            out.facts()
        );
    }
}

// ---- 2. "we" in a quotation a body speaks.

#[test]
fn we_in_a_quotation_a_body_speaks_is_that_body() {
    // The possessive owns a named strategy as "the department's" would.
    for (sentence, document) in [
        (
            "\u{201c}We have released the Digital Skills Roadmap,\u{201d} said the Department of Education.",
            "Digital Skills Roadmap",
        ),
        (
            "The Department of Education said: \u{201c}We have released the Digital Skills Roadmap.\u{201d}",
            "Digital Skills Roadmap",
        ),
        (
            "\u{201c}We have released the Digital Skills Roadmap,\u{201d} said Minister Ada Quist of the Department of Education.",
            "Digital Skills Roadmap",
        ),
        (
            "\u{201c}Our new Digital Skills Strategy will train rural teachers,\u{201d} said the Department of Education.",
            "Digital Skills Strategy",
        ),
    ] {
        let text = format!("Schools News\n\n{sentence}\n");
        let out = Output::of(&text);
        assert_eq!(
            out.subjects_of("issues", document),
            vec!["Department of Education".to_owned()],
            "{sentence}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn we_with_no_speaking_body_stands_for_no_one() {
    // A person speaking for no named body: "we" may be a government or a
    // partnership. Outside a quotation "we" has no speaker.
    for sentence in [
        "\u{201c}We have released the Digital Skills Roadmap,\u{201d} said Education Minister Ada Quist.",
        "The Department of Education met teachers. We have released the Digital Skills Roadmap.",
    ] {
        let text = format!("Schools News\n\n{sentence}\n");
        let out = Output::of(&text);
        assert!(
            out.subjects_of("issues", "Digital Skills Roadmap").is_empty(),
            "{sentence}: {:?}",
            out.facts()
        );
    }
}

// ---- 3. Coordinated verb phrases in a relative clause on a document.

#[test]
fn coordinated_verb_phrases_in_a_relative_clause_are_one_goal_each() {
    let out = Output::of(
        "Water News\n\nThe Ministry of Water released a Rural Water Roadmap that will protect coral reefs and expand rural water supplies.\n",
    );
    assert_eq!(
        out.goals_of("Rural Water Roadmap"),
        ["expand rural water supplies", "protect coral reefs"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_objects_of_one_verb_in_a_relative_clause_are_one_goal() {
    let out = Output::of(
        "Water News\n\nThe Ministry of Water released a Rural Water Roadmap that will protect coral reefs and sea grass meadows.\n",
    );
    assert_eq!(
        out.goals_of("Rural Water Roadmap"),
        ["protect coral reefs and sea grass meadows"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn two_verbs_sharing_one_object_in_a_relative_clause_are_one_goal() {
    // The parser hangs the shared object on the first verb.
    let out = Output::of(
        "Water News\n\nThe Ministry of Water released a Rural Water Roadmap that will protect and restore coral reefs.\n",
    );
    assert_eq!(
        out.goals_of("Rural Water Roadmap"),
        ["protect and restore coral reefs"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
}

// ---- 4. A programme set up for a purpose.

#[test]
fn a_programme_established_to_do_something_has_that_goal() {
    let out = Output::of(
        "Energy News\n\nThe Green Growth Programme was established to support clean energy projects in small towns.\n",
    );
    assert_eq!(
        out.goals_of("Green Growth Programme"),
        ["support clean energy projects in small towns"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_body_established_to_do_something_owns_no_goal() {
    // A body is no initiative: what it was set up for is no goal in the
    // graph (goals belong to documents, agreements and initiatives).
    let out = Output::of(
        "Energy News\n\nThe Clean Energy Council was established to support clean energy projects in small towns.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

// ---- 5. What a document sets up, or is said to do, is no goal of it.

#[test]
fn a_goal_verb_coordinated_after_a_documents_predicate_is_its_goal() {
    let out = Output::of(
        "Fisheries News\n\nThe Coastal Fisheries Plan sets out new catch limits and strengthens protection for coral reefs.\n",
    );
    assert_eq!(
        out.goals_of("Coastal Fisheries Plan"),
        ["strengthens protection for coral reefs"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn what_a_document_sets_up_or_is_said_to_do_is_no_goal() {
    for sentence in [
        "The Coastal Fisheries Plan establishes a new council and creates 300 jobs.",
        "The Ministry of Fisheries said the Coastal Fisheries Plan creates 300 jobs.",
    ] {
        let text = format!("Fisheries News\n\n{sentence}\n");
        let out = Output::of(&text);
        assert!(
            out.goals_of("Coastal Fisheries Plan").is_empty(),
            "{sentence}: {:?}",
            out.facts()
        );
    }
}
