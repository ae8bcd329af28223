//! Parties and signers (session 47). Places coordinated before one plural
//! body head ("the Manitoba and Ontario Governments") are each a party,
//! never the last place fused with the head into a body of its own; and a
//! signing noun's document may carry adjectives after its determiner ("the
//! signing of a new Memorandum of Understanding by A and B"): the agents
//! sign it and issue nothing. "They" as the subject of a clause joined to
//! a meeting ("A met B, and they signed X", "A met with B where they both
//! signed X") stands for those who met. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn places_coordinated_before_a_plural_government_head_cooperate() {
    let out = Output::of(
        "Regional news\n\nThe memorandum strengthens the collaboration between the Manitoba and Ontario Governments.\n",
    );
    assert!(
        out.has("Manitoba", "cooperatesWith", "Ontario"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Manitoba", "cooperatesWith", "Ontario Governments"),
        "{:?}",
        out.facts()
    );
    let three = Output::of(
        "Trade news\n\nThe accord deepens cooperation between the Kenya, Uganda and Tanzania Governments on cross-border trade.\n",
    );
    for (x, y) in [
        ("Kenya", "Uganda"),
        ("Kenya", "Tanzania"),
        ("Uganda", "Tanzania"),
    ] {
        assert!(
            three.has(x, "cooperatesWith", y),
            "{x}-{y}: {:?}",
            three.facts()
        );
    }
    assert!(
        !three.has("Kenya", "cooperatesWith", "Tanzania Governments"),
        "{:?}",
        three.facts()
    );
}

#[test]
fn places_coordinated_before_a_plural_head_sign_as_subjects() {
    let out = Output::of(
        "Fisheries news\n\nOn 4 March 2023 the Ghana and Peru Governments signed a memorandum of understanding on fisheries.\n",
    );
    for party in ["Ghana", "Peru"] {
        assert!(
            out.subjects_of("signs", "memorandum of understanding on fisheries")
                .contains(&party.to_owned()),
            "{party}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Ghana", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Peru Governments" || o == "Peru Governments"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_field_word_between_the_places_and_the_plural_head_keeps_each_place_a_party() {
    let out = Output::of(
        "Diplomacy news\n\nThe Ghana and Peru Foreign Ministries signed a memorandum of understanding on consular affairs.\n",
    );
    assert!(
        out.has("Ghana", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Peru Foreign Ministries" || o == "Peru Foreign Ministries"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn adjectives_before_the_document_of_a_signing_noun_keep_its_agents_signers() {
    for text in [
        "Health news\n\nThe signing of a new Memorandum of Understanding by the Executive Secretary of the Kestria Health Council, Ms. Cato Finn, and the Secretary-General of the Norland Medical Union, Mr. Dirk Vale, took place on Monday.\n",
        "Health news\n\nThey witnessed the signing of the historic Memorandum of Understanding by Cato Finn and Dirk Vale in Accra.\n",
    ] {
        let out = Output::of(text);
        for person in ["Cato Finn", "Dirk Vale"] {
            assert!(
                out.has(person, "signs", "Memorandum of Understanding"),
                "{person}: {:?}",
                out.facts()
            );
            assert!(
                !out.has(person, "issues", "Memorandum of Understanding"),
                "{person}: {:?}",
                out.facts()
            );
        }
    }
}

#[test]
fn they_after_a_meeting_stands_for_those_who_met() {
    for text in [
        "Energy news\n\nCato Finn welcomed the visit. Manitoba Premier Ada Quist met Ontario Premier Bram Olde on Monday, and they signed a memorandum of understanding on energy.\n",
        "Water news\n\nCato Finn welcomed the visit. On 2 May 2022, Ada Quist, Premier of Manitoba, met with Bram Olde, Premier of Ontario, where they both signed a memorandum of understanding on energy.\n",
    ] {
        let out = Output::of(text);
        let signers = out.subjects_of("signs", "memorandum of understanding on energy");
        for person in ["Ada Quist", "Bram Olde"] {
            assert!(
                signers.contains(&person.to_owned()),
                "{person}: {:?}",
                out.facts()
            );
        }
        assert!(
            !signers.contains(&"Cato Finn".to_owned()),
            "{:?}",
            out.facts()
        );
    }
}
