//! Memberships stated of listed parties (session 48): a role phrase right
//! after an intransitive verb speaks of the verb's subjects ("A, B and C
//! attended as members of Y", "A participated as a member of Y"), also
//! through a relative pronoun ("A and B, which are members of Y": each
//! listed name, not only the last); and a name an acronym in brackets
//! spells runs across a place phrase inside it ("the Council of Regional
//! Bodies in the Pacific (CRBP)"). On sentences written for these tests,
//! with invented names.

use super::extract_constructions::{facts_of, members_of};

fn text(body: &str) -> String {
    format!("Ministers meet in Lindmar\n\nForeign ministers met in Lindmar on Tuesday.\n\n{body}\n")
}

#[test]
fn a_role_phrase_after_an_intransitive_verb_names_its_subjects_members() {
    for (sentence, group, members) in [
        (
            "The Kestrian Institute (KI), the Norland Fisheries Agency (NFA) and the Tarvan University (TU) attended as members of the Council of Regional Bodies.",
            "Council of Regional Bodies",
            &["Kestrian Institute", "Norland Fisheries Agency", "Tarvan University"][..],
        ),
        (
            "The Kestrian Institute and the Norland Fisheries Agency participated as members of the Council of Regional Bodies.",
            "Council of Regional Bodies",
            &["Kestrian Institute", "Norland Fisheries Agency"][..],
        ),
        (
            "Chile, Peru, Ecuador and Bolivia, which participated as members of the Andean Forum, signed the charter.",
            "Andean Forum",
            &["Bolivia", "Chile", "Ecuador", "Peru"][..],
        ),
        (
            "The Kestrian Institute (KI) and the Norland Fisheries Agency (NFA) have participated as members of the Council of Regional Bodies since 2001.",
            "Council of Regional Bodies",
            &["Kestrian Institute", "Norland Fisheries Agency"][..],
        ),
        (
            "Bolivia attended as a member of the Andean Forum.",
            "Andean Forum",
            &["Bolivia"][..],
        ),
    ] {
        assert_eq!(members_of(&text(sentence), group), members, "{sentence}");
    }
}

#[test]
fn a_role_phrase_after_a_verb_states_no_membership_not_held() {
    // A modal, a negation, an infinitive or a former membership: no
    // membership held; an observer is no member.
    for sentence in [
        "Chile and Peru will attend as members of the Andean Forum.",
        "Chile and Peru did not participate as members of the Andean Forum.",
        "Chile and Peru hope to participate as members of the Andean Forum.",
        "Chile and Peru attended as former members of the Andean Forum.",
        "Chile attended as an observer of the Andean Forum.",
    ] {
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(facts.is_empty(), "{sentence}: {facts:?}");
    }
}

#[test]
fn a_relative_clause_on_a_list_states_each_name_a_member() {
    for (sentence, members) in [
        (
            "Chile and Peru, which are members of the Andean Forum, signed the declaration.",
            &["Chile", "Peru"][..],
        ),
        (
            "Chile, Peru, Ecuador and Bolivia are members of the Andean Forum.",
            &["Bolivia", "Chile", "Ecuador", "Peru"][..],
        ),
        (
            "Chile and Peru have been members of the Andean Forum since 1990.",
            &["Chile", "Peru"][..],
        ),
    ] {
        assert_eq!(
            members_of(&text(sentence), "Andean Forum"),
            members,
            "{sentence}"
        );
    }
    for sentence in [
        "Chile and Peru hope to become members of the Andean Forum.",
        "Chile and Peru are not members of the Andean Forum.",
        "Chile and Peru, which are expected to become members of the Andean Forum, signed.",
    ] {
        let facts = facts_of(&text(sentence), "memberOf");
        assert!(facts.is_empty(), "{sentence}: {facts:?}");
    }
}

#[test]
fn an_acronym_spells_a_name_across_a_place_phrase() {
    let sentence = "The Kestrian Institute (KI) and the Tarvan University (TU) attended as members of the Council of Regional Bodies in the Pacific (CRBP).";
    assert_eq!(
        members_of(&text(sentence), "Council of Regional Bodies in the Pacific"),
        ["Kestrian Institute", "Tarvan University"]
    );
    let facts = facts_of(&text(sentence), "memberOf");
    assert!(
        facts
            .iter()
            .all(|(_, g)| g == "Council of Regional Bodies in the Pacific"),
        "the group is the whole spelt name: {facts:?}"
    );
    // Letters the place phrase's name does not end give the name no
    // place phrase.
    let sentence = "The Kestrian Institute (KI) attended as a member of the Council of Regional Bodies in the Pacific (CRB).";
    let facts = facts_of(&text(sentence), "memberOf");
    assert!(
        facts
            .iter()
            .all(|(_, g)| g != "Council of Regional Bodies in the Pacific"),
        "{facts:?}"
    );
}
