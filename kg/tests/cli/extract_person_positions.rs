//! People and the offices they hold (session 41): a surname written after
//! a title or honorific before the one full name ending in it is that
//! person, one entity labelled by the full name; an office a word of
//! `kg:formerModifier` says is over ("Former Premier", "the former
//! Minister for Trade") is no position held; initials with full stops
//! end an office before them and start its holder's name ("… of the
//! Kyrgyz Republic E.Tolvaev"). Sentences and names written for these
//! tests.

use super::extract_constructions::Output;

fn positions_of(out: &Output, person: &str) -> Vec<String> {
    out.objects_of(person, "holdsPosition")
}

fn people(out: &Output) -> Vec<String> {
    let mut found: Vec<String> = out
        .facts()
        .into_iter()
        .filter(|(_, p, _)| p == "holdsPosition")
        .map(|(s, _, _)| s)
        .collect();
    found.dedup();
    found
}

#[test]
fn a_titled_surname_before_the_full_name_is_that_person() {
    let out = Output::of(
        "Port talks open in Lima\n\nPresident Holt arrived in Lima on Monday for two days of talks on the new port.\n\nThe talks were opened by President Bran Holt of Kestria and Trade Minister Ilse Varga of Norland.",
    );
    assert_eq!(
        people(&out),
        ["Bran Holt", "Ilse Varga"],
        "{:?}",
        out.facts()
    );
    assert!(
        positions_of(&out, "Bran Holt").contains(&"President".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_surname_shared_by_two_full_names_stays_apart() {
    let out = Output::of(
        "Bridge opens on Friday\n\nMinister Holt will open the bridge on Friday.\n\nThe bridge was funded by Minister for Transport Ada Holt and Minister for Finance Bran Holt.",
    );
    assert_eq!(
        positions_of(&out, "Ada Holt"),
        ["Minister for Transport"],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        positions_of(&out, "Bran Holt"),
        ["Minister for Finance"],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_former_office_is_no_position_held() {
    let out = Output::of(
        "Ports deal renewed\n\n\u{201c}Former Premier Ada Quist and I worked hard on this deal,\u{201d} Premier Nora Lind said.\n\nThe former Minister for Trade, Bran Holt, also welcomed the deal.",
    );
    assert_eq!(people(&out), ["Nora Lind"], "{:?}", out.facts());
    assert_eq!(positions_of(&out, "Nora Lind"), ["Premier"]);
}

#[test]
fn initials_glued_to_a_surname_end_the_office_before_them() {
    let out = Output::of(
        "Talks in Lima\n\nThe meeting was attended by the Minister of Foreign Affairs of the Republic of Kestria A.Brannov, the Minister of Foreign Affairs of the Kyrgyz Republic E.Tolvaev and the Minister of Trade of Norland B.Olsen.",
    );
    assert_eq!(
        positions_of(&out, "E.Tolvaev"),
        ["Minister of Foreign Affairs of the Kyrgyz Republic"],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        positions_of(&out, "A.Brannov"),
        ["Minister of Foreign Affairs of the Republic of Kestria"],
        "{:?}",
        out.facts()
    );
}
