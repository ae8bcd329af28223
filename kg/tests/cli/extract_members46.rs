//! A group's members named by a verb of composition whose subject is the
//! group (session 46): a group head owned by an organisation stands for
//! it ("the APU countries include A", "the member states of the Union
//! comprise A"); members named after an addition phrase opening an adjunct of the verb
//! ("which, in addition to A, includes B") or after "as well as" closing
//! its list; and an accession still on its way, or a roadmap to one, is
//! no membership ("the roadmap for A's accession as a full member of
//! Y"). On sentences written for these tests, with invented groups.

use super::extract_constructions::{facts_of, members_of};

const UNION: &str = "Andean Ports Union";

fn text(body: &str) -> String {
    format!("Harbour ministers meet in Lima\n\nThe Andean Ports Union (APU) was founded in 1998 in Lima.\n\n{body}\n")
}

#[test]
fn a_group_head_after_the_groups_short_form_stands_for_the_group() {
    for sentence in [
        "The APU countries include Peru, Chile, Ecuador and Bolivia.",
        "The APU members comprise Peru, Chile, Ecuador and Bolivia.",
        "The APU nations, founded as a customs area in 1998, bring together Peru, Chile, Ecuador and Bolivia.",
    ] {
        assert_eq!(
            members_of(&text(sentence), UNION),
            ["Bolivia", "Chile", "Ecuador", "Peru"],
            "{sentence}"
        );
    }
    assert_eq!(
        members_of(&text("The APU economies include Peru and Chile."), UNION),
        ["Chile", "Peru"]
    );
}

#[test]
fn the_member_states_of_a_group_stand_for_the_group() {
    let facts = facts_of(
        &text("The member states of the Andean Ports Union include Ecuador and Bolivia."),
        "memberOf",
    );
    assert!(
        facts.contains(&("Ecuador".into(), UNION.into())),
        "{facts:?}"
    );
    assert!(
        facts.iter().all(|(_, group)| group == UNION),
        "the member states are no group of their own: {facts:?}"
    );
}

#[test]
fn members_named_besides_the_object_of_a_composition_verb_are_members() {
    assert_eq!(
        members_of(
            &text("The Pacific Rim Forum, which, in addition to Norway, includes Denmark, Sweden and Finland, as well as the European Union, met in Oslo."),
            "Pacific Rim Forum"
        ),
        ["Denmark", "European Union", "Finland", "Norway", "Sweden"]
    );
    assert_eq!(
        members_of(
            &text("Besides Norway, the Ocean Council brings together Denmark and Sweden."),
            "Ocean Council"
        ),
        ["Denmark", "Norway", "Sweden"]
    );
    assert_eq!(
        members_of(
            &text("The Ocean Council comprises Denmark, Sweden, Finland and Estonia, as well as Norway, since 2004."),
            "Ocean Council"
        ),
        ["Denmark", "Estonia", "Finland", "Norway", "Sweden"]
    );
}

#[test]
fn observers_and_non_groups_named_with_a_composition_verb_are_no_members() {
    let sentences = [
        "The Lima Trade Council comprises Peru and Chile, as well as observers from Bolivia.",
        "The agenda includes Peru, Chile and Ecuador.",
        "The delegation included the Minister of Trade of Peru, Ada Quist.",
    ];
    for sentence in sentences {
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(
            !facts.iter().any(|(member, _)| member == "Bolivia"
                || member == "Ecuador"
                || member == "Ada Quist"),
            "{sentence}: {facts:?}"
        );
    }
    assert_eq!(
        members_of(&text(sentences[0]), "Lima Trade Council"),
        ["Chile", "Peru"]
    );
}

#[test]
fn an_accession_on_its_way_is_no_membership() {
    for sentence in [
        "The council approved the roadmap for Ecuador's accession as a full member of the Andean Ports Union.",
        "Ministers reviewed progress on Ecuador's accession as the fifth member of the Andean Ports Union.",
    ] {
        assert!(members_of(&text(sentence), UNION).is_empty(), "{sentence}");
    }
    // A member named as one still is.
    assert_eq!(
        members_of(
            &text("Ecuador, a full member of the Andean Ports Union, approved the roadmap."),
            UNION
        ),
        ["Ecuador"]
    );
}
