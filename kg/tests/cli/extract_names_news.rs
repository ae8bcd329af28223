//! Names of people as government releases from many countries write them
//! (issues 13 and 14): honorifics and honours around the name, offices
//! written in several words, surnames opening with a particle. One test per
//! construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn indian_honorifics_are_not_part_of_the_name() {
    let out = Output::of("Solar accord\n\nThe accord was signed by Shri Arun Patel for India.");
    assert!(
        out.has("Arun Patel", "signs", "accord"),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Solar accord\n\nThe accord was signed by Smt. Meera Rao, Secretary of the Ministry of Power.",
    );
    assert!(out.has("Meera Rao", "signs", "accord"), "{:?}", out.facts());
}

#[test]
fn honours_after_a_name_are_not_part_of_it() {
    let out = Output::of(
        "Harbour visit\n\nThe Minister for Ports, the Hon Daniel Weatherby AM, MP, opened the new harbour.",
    );
    assert!(
        out.has("Daniel Weatherby", "holdsPosition", "Minister for Ports"),
        "{:?}",
        out.facts()
    );
    // The style is stated as an honorific, not kept in the label.
    assert!(
        out.literals("Daniel Weatherby", "honorific")
            .contains("Hon"),
        "{:?}",
        out.names()
    );
}

#[test]
fn parliamentary_styles_with_an_article_stand_between_an_office_and_a_name() {
    let out = Output::of(
        "Leaders meet\n\nThe talks were held between Prime Minister the Rt Hon Ada Quist and Prime Minister the Hon Oren Vashti MP.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "Prime Minister"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Oren Vashti", "holdsPosition", "Prime Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn several_honorifics_end_an_office_before_the_name() {
    // "H.E" is also written without its last full stop.
    for text in [
        "Defence talks\n\nMinister of Defence of Chile H.E Mr. Jorge Perez attended the talks.",
        "Defence talks\n\nMinister of Defence of Chile H.E. Mr. Jorge Perez attended the talks.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has(
                "Jorge Perez",
                "holdsPosition",
                "Minister of Defence of Chile"
            ),
            "{:?}",
            out.facts()
        );
    }
}

#[test]
fn an_office_with_a_postpositive_adjective_is_one_office() {
    for (text, office) in [
        (
            "Delegation welcomed\n\nGovernor General Anna Smith welcomed the delegation.",
            "Governor General",
        ),
        (
            "Delegation welcomed\n\nGovernor-General Anna Smith welcomed the delegation.",
            "Governor-General",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Anna Smith", "holdsPosition", office),
            "{:?}",
            out.facts()
        );
        assert!(
            !out.has("Anna Smith", "holdsPosition", "Governor"),
            "{:?}",
            out.facts()
        );
    }
}

#[test]
fn an_honorific_after_a_chairperson_and_a_bracketed_acronym_is_not_the_signer() {
    let out = Output::of(
        "Fisheries memorandum\n\nPacific Fisheries Commission (PFC) Chairperson Dr. Amina Diallo signed the memorandum.",
    );
    assert!(
        out.has("Amina Diallo", "signs", "memorandum"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.facts().iter().any(|(s, p, o)| s == "Amina Diallo"
            && p == "holdsPosition"
            && o.contains("Chairperson")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_surname_opening_with_a_particle_keeps_its_given_name_after_an_office() {
    let out = Output::of(
        "Mining memorandum\n\nThe Commission signed a Memorandum of Understanding with Chile's Minister for Mining Tarek El Molla.",
    );
    assert!(
        out.has("Tarek El Molla", "holdsPosition", "Minister for Mining"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Tarek El Molla", "signs", "Memorandum of Understanding"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_surname_joined_to_its_particle_by_a_hyphen_is_part_of_the_name() {
    let out = Output::of(
        "Grid memorandum\n\nMinister for Electricity Ahmed Samir El-Masri signed the memorandum.",
    );
    assert!(
        out.has(
            "Ahmed Samir El-Masri",
            "holdsPosition",
            "Minister for Electricity"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_titled_surname_may_open_with_particles() {
    let out = Output::of(
        "Hydrogen statement\n\nThe signing follows the Joint Statement issued by President von der Brenn and President Oren Vashti last week.",
    );
    assert!(
        out.has("von der Brenn", "holdsPosition", "President"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_deputy_to_an_office_holds_an_office_of_its_own() {
    let out = Output::of(
        "Climate talks\n\nDeputy to the Special Envoy for Climate Jane Ortiz attended the talks.",
    );
    assert!(
        out.has(
            "Jane Ortiz",
            "holdsPosition",
            "Deputy to the Special Envoy for Climate"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Jane Ortiz", "holdsPosition", "Special Envoy for Climate"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_surname_joined_to_a_lowercase_particle_is_part_of_the_name() {
    let out = Output::of(
        "Trade talks\n\nThe Minister of Finance Ali Hadi al-Nouri and the Minister of Energy Ali al-Kadir co-chaired the session.",
    );
    assert!(
        out.has("Ali Hadi al-Nouri", "holdsPosition", "Minister of Finance"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ali al-Kadir", "holdsPosition", "Minister of Energy"),
        "{:?}",
        out.facts()
    );
    // Two people sharing a given name stay two people.
    assert!(
        !out.has("Ali Hadi al-Nouri", "holdsPosition", "Minister of Energy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_with_and_before_a_particle_surname_names_its_holder() {
    let out = Output::of(
        "Defence talks\n\nDeputy Prime Minister and Minister of State for Defence Tariq al-Marzan attended the talks.",
    );
    assert!(
        out.has(
            "Tariq al-Marzan",
            "holdsPosition",
            "Minister of State for Defence"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Tariq al-Marzan", "holdsPosition", "Deputy Prime Minister"),
        "{:?}",
        out.facts()
    );
    // A lowercase word that is no particle does not join a name.
    let out = Output::of(
        "Defence talks\n\nMinister of State for Defence Tariq Marzan met co-chairs of the forum.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("co-chairs")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_titled_surname_may_be_joined_to_its_particle() {
    let out = Output::of("State visit\n\nPresident el-Sayed received the delegation in Vell.");
    assert!(
        out.has("el-Sayed", "holdsPosition", "President"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn in_a_list_of_names_each_set_off_with_an_office_each_holds_the_office_after_it() {
    let out = Output::of(
        "Ports council\n\nThe council was co-chaired by Peter Lund, Minister for Ports, alongside Sarah Byrne, State Secretary for Transport, and Paul Ferris, Deputy Minister for Fisheries.",
    );
    for (name, office) in [
        ("Peter Lund", "Minister for Ports"),
        ("Sarah Byrne", "State Secretary for Transport"),
        ("Paul Ferris", "Deputy Minister for Fisheries"),
    ] {
        assert!(
            out.has(name, "holdsPosition", office),
            "{name}: {:?}",
            out.facts()
        );
    }
    assert!(
        !out.has("Sarah Byrne", "holdsPosition", "Minister for Ports"),
        "{:?}",
        out.facts()
    );
    // An office set off before one name still goes to the name after it.
    let out = Output::of(
        "Ports council\n\nThe council heard the Minister for Ports, Peter Lund, on Monday.",
    );
    assert!(
        out.has("Peter Lund", "holdsPosition", "Minister for Ports"),
        "{:?}",
        out.facts()
    );
}
