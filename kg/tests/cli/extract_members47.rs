//! A group's members named from the group's side (session 47): a short
//! form in capitals that no rule or tagger knows, right before a group
//! head ("the NV8 countries include A, B …"), names the group itself; a
//! known organisation read by the parse as an adjective of the group head
//! ("the OECD countries") owns the group; and a relative pronoun as a
//! composition verb's subject stands for the group the clause is on; a
//! membership noun inside a group phrase the parse breaks up ("the ASEAN
//! member states include …", "states" read as a verb) is owned by the
//! organisation named before it; names listed in brackets after an
//! organisation's group are its members ("the four AFC States (A, B, C
//! and D)", "the member states of the Council (A and B)"). On
//! sentences written for these tests, with invented short forms.

use super::extract_constructions::{facts_of, members_of};

fn text(body: &str) -> String {
    format!(
        "Ministers meet in Reykjavik\n\nForeign ministers met in Reykjavik on Tuesday.\n\n{body}\n"
    )
}

#[test]
fn an_unknown_short_form_before_a_group_head_names_the_group() {
    for (sentence, group, members) in [
        (
            "The NV8 countries include Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden.",
            "NV8",
            &["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"][..],
        ),
        (
            "The KTQ countries bring together Chile, Peru and Ecuador.",
            "KTQ",
            &["Chile", "Ecuador", "Peru"][..],
        ),
        (
            "The four ZRB member states include Ghana, Togo, Benin and Niger.",
            "ZRB",
            &["Benin", "Ghana", "Niger", "Togo"][..],
        ),
        (
            "The XYZ5 economies have included Chile, Peru, Fiji and Nepal since 2004.",
            "XYZ5",
            &["Chile", "Fiji", "Nepal", "Peru"][..],
        ),
    ] {
        assert_eq!(members_of(&text(sentence), group), members, "{sentence}");
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(
            facts.iter().all(|(_, g)| g == group),
            "the group is the short form alone: {facts:?}"
        );
    }
}

#[test]
fn a_short_form_before_a_group_head_without_a_composition_names_no_members() {
    // Countries given as examples of a group, or a group doing something,
    // are not stated to make it up.
    for sentence in [
        "The LQD countries such as Chad and Mali face hardship.",
        "The NV8 countries met Denmark and Norway in Oslo.",
    ] {
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(
            facts.iter().all(|(_, g)| g != "NV8" && g != "LQD"),
            "{sentence}: {facts:?}"
        );
    }
    // A short form in a line of capitals or before a capitalised word is
    // no group's name read here.
    let facts = facts_of(
        &text("The NV8 Ministers include Denmark's foreign minister."),
        "memberOf",
    );
    assert!(facts.is_empty(), "{facts:?}");
}

#[test]
fn a_known_organisation_read_as_an_adjective_of_a_group_head_owns_it() {
    for sentence in [
        "The OECD countries include Chile, Peru and Ghana.",
        "The OECD member countries include Chile, Peru and Ghana.",
    ] {
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(
            facts.contains(&("Chile".into(), "OECD".into())),
            "{sentence}: {facts:?}"
        );
        assert!(
            facts.iter().all(|(_, g)| g == "OECD"),
            "the countries are no group of their own: {facts:?}"
        );
    }
}

#[test]
fn member_before_a_group_head_the_parse_reads_as_a_verb_is_no_group_of_its_own() {
    // The parse may read "states" as a verb with "member" its subject: the
    // organisation before "member" owns the group still.
    for (sentence, group) in [
        (
            "The ASEAN member states include Ghana, Togo, Benin and Niger.",
            "Association of Southeast Asian Nations",
        ),
        (
            "The ZRB member states include Ghana, Togo, Benin and Niger.",
            "ZRB",
        ),
    ] {
        assert_eq!(
            members_of(&text(sentence), group),
            ["Benin", "Ghana", "Niger", "Togo"],
            "{sentence}"
        );
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(
            facts.iter().all(|(_, g)| g == group),
            "the member states are no group of their own: {facts:?}"
        );
    }
}

#[test]
fn a_relative_pronoun_subject_stands_for_the_group_its_clause_is_on() {
    let sentence =
        "The talks were attended by the OECD countries, which include Chile, Peru and Ghana.";
    assert_eq!(
        members_of(&text(sentence), "OECD"),
        ["Chile", "Ghana", "Peru"]
    );
    // "which" on a group no organisation owns stands for nothing named.
    let facts = facts_of(
        &text("The ministers praised the two countries, which include Chile and Peru."),
        "memberOf",
    );
    assert!(facts.is_empty(), "{facts:?}");
}

fn council_text(body: &str) -> String {
    format!("Fisheries council meets\n\nThe Arctic Fisheries Council (AFC) met in Tromso on Monday.\n\n{body}\n")
}

#[test]
fn names_in_brackets_after_an_organisations_group_are_its_members() {
    const COUNCIL: &str = "Arctic Fisheries Council";
    for (sentence, members) in [
        (
            "Ministers of the three AFC States (Iceland, Norway and Denmark) adopted a plan.",
            &["Denmark", "Iceland", "Norway"][..],
        ),
        (
            "The four AFC member countries (Iceland, Norway, Denmark and Finland) adopted a plan on 3 May.",
            &["Denmark", "Finland", "Iceland", "Norway"][..],
        ),
        (
            "Delegates from the member states of the Arctic Fisheries Council (Iceland and Norway) adopted a plan.",
            &["Iceland", "Norway"][..],
        ),
        (
            "The AFC members (Iceland and Norway) adopted a plan.",
            &["Iceland", "Norway"][..],
        ),
    ] {
        assert_eq!(members_of(&council_text(sentence), COUNCIL), members, "{sentence}");
        let facts = facts_of(&council_text(sentence), "memberOf");
        assert!(
            facts.iter().all(|(_, g)| g == COUNCIL),
            "the members belong to the council only: {facts:?}"
        );
    }
}

#[test]
fn names_in_brackets_that_are_no_list_of_an_organisations_members_are_none() {
    for sentence in [
        // Examples, a group no organisation owns, people.
        "The AFC countries (notably Iceland and Norway) adopted a plan.",
        "Leaders of the two countries (Iceland and Norway) adopted a plan.",
        "The AFC States (Ada Quist and Bo Lind) adopted a plan.",
    ] {
        let facts = facts_of(&council_text(sentence), "memberOf");
        assert!(facts.is_empty(), "{sentence}: {facts:?}");
    }
}
