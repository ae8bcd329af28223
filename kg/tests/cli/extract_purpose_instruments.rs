//! The infinitive of an instrument predicated of a document (issue 14):
//! "the plan is an important tool to V", "the strategy is the best way to
//! V", "the agreement provides a mechanism to V" give the document goals,
//! as the purpose nouns of `kg:purposeNoun` do. Paragraphs written for
//! these tests. Also "with the aim to V", a purpose phrase.

use crate::common::{goal_pairs as pairs, goals_in_process as goals};

#[test]
fn a_tool_a_way_or_a_mechanism_of_a_document_gives_its_goals() {
    let found = goals(
        "Ports\n\nThe Harbour Plan is an important tool to reduce congestion and improve safety.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("reduce congestion", "Harbour Plan"),
            ("improve safety", "Harbour Plan")
        ]),
    );
    let found = goals("Fish\n\nThe new Ocean Strategy is the best way to protect fish stocks.\n");
    assert_eq!(found, pairs(&[("protect fish stocks", "Ocean Strategy")]));
    let found = goals(
        "Fleets\n\nThe Coastal Agreement provides a mechanism to settle disputes between fishing fleets.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "settle disputes between fishing fleets",
            "Coastal Agreement"
        )]),
    );
}

#[test]
fn an_instrument_without_an_infinitive_or_of_no_document_gives_no_goal() {
    for text in [
        "Ports\n\nThe minister said the Harbour Plan is a tool that ports can use.\n",
        "Ports\n\nThe harbour was a long way from the city centre to reach.\n",
        "Ports\n\nA new crane is the best way to unload ships faster.\n",
    ] {
        let found = goals(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

// "with the aim to V" is a purpose phrase as "with the aim of V-ing" is
// (`kg:purposePhrase`).
#[test]
fn with_the_aim_to_gives_the_goal_of_the_document_it_follows() {
    let found = goals(
        "Sea\n\nFrance and Germany signed the Ocean Agreement on Monday, with the aim to protect fish stocks.\n",
    );
    assert_eq!(found, pairs(&[("protect fish stocks", "Ocean Agreement")]));
    let found =
        goals("Sea\n\nThe fleet sailed north on Monday, with the aim to protect fish stocks.\n");
    assert!(found.is_empty(), "{found:?}");
}
