//! Offices in lists and stacked titles (session 37): a comma list of
//! "Title Name MP" items, where each office belongs to the name right after
//! it and an office written before another office's head is a word of that
//! office ("Justice Minister"); a holder's rank between an office and the
//! name ("Secretary-General Ambassador Li Wei"); a plural office over a
//! list of names ("Ministers A, B and C"), its written plural kept as a
//! name of the office. One positive and one negative test per
//! construction, on sentences written for these tests with invented names.

use super::extract_constructions::Output;

fn offices_of(out: &Output, person: &str) -> Vec<String> {
    out.objects_of(person, "holdsPosition")
}

#[test]
fn an_office_head_before_another_head_is_one_office() {
    let out = Output::of(
        "Harbour Talks\n\nOn Friday the envoy saw several guests, including the Attorney General Ada Quist MP and Justice Minister Ivo Marsh MP, and two trade experts.",
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Justice Minister"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "Attorney General"),
        "{:?}",
        out.facts()
    );
    // Neither half of the office is an office, and the postnominal before
    // it is no word of it.
    let offices = offices_of(&out, "Ivo Marsh");
    assert_eq!(offices.len(), 1, "{offices:?}");
    assert!(
        !out.names().keys().any(|n| n.starts_with("MP and")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_lone_office_before_a_name_stays_an_office() {
    // No head follows "Justice": it is the judge's office.
    let out = Output::of(
        "Court Ruling\n\nThe appeal was heard by Justice Tamsin Greer in the High Court of Kestria.",
    );
    assert!(
        out.has("Tamsin Greer", "holdsPosition", "Justice"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_in_a_list_goes_to_the_styled_name_after_it() {
    let out = Output::of(
        "Panel Hearing\n\nThe panel heard from Tom Hale and Jo Kay, Chair of the Senate Justice Committee Sir Ian Moss MP, and two experts.",
    );
    let office = "Chair of the Senate Justice Committee";
    assert!(
        out.has("Ian Moss", "holdsPosition", office),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Jo Kay", "holdsPosition", office),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_closing_an_apposition_stays_with_the_name_before() {
    // No name follows the office: the name before it holds it.
    let out = Output::of(
        "Panel Hearing\n\nJo Kay, Chair of the Senate Defence Committee, said the hearing would resume on Monday.",
    );
    assert!(
        out.has(
            "Jo Kay",
            "holdsPosition",
            "Chair of the Senate Defence Committee"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_rank_between_an_office_and_the_name_is_no_second_office() {
    let out = Output::of(
        "Bank Accord\n\nThe accord was signed by the Union's Secretary-General Ambassador Li Wei and the Council's Director-General Admiral Omar Haddad.",
    );
    let li = offices_of(&out, "Li Wei");
    assert!(li.iter().any(|o| o.contains("Secretary-General")), "{li:?}");
    assert!(!li.iter().any(|o| o.contains("Ambassador")), "{li:?}");
    let omar = offices_of(&out, "Omar Haddad");
    assert!(
        omar.iter().any(|o| o.contains("Director-General")),
        "{omar:?}"
    );
    assert!(!omar.iter().any(|o| o.contains("Admiral")), "{omar:?}");
}

#[test]
fn a_rank_with_no_office_before_it_is_the_office() {
    let out =
        Output::of("Embassy Visit\n\nAmbassador Li Wei visited the port of Norland on Tuesday.");
    assert!(
        out.has("Li Wei", "holdsPosition", "Ambassador"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plural_office_over_a_list_of_names_keeps_its_written_form() {
    let out = Output::of(
        "Island Talks\n\nThe delegation met Ministers Karl Berg, Lena Vos and Piet Dahl in Norland on Monday.",
    );
    for person in ["Karl Berg", "Lena Vos", "Piet Dahl"] {
        assert!(
            out.has(person, "holdsPosition", "Minister"),
            "{person}: {:?}",
            out.facts()
        );
    }
    let names = out.names();
    assert!(
        names
            .get("Ministers")
            .is_some_and(|c| c.contains("Position")),
        "{names:?}"
    );
    assert!(!names.contains_key("Ministers Karl Berg"), "{names:?}");
}

#[test]
fn a_plural_office_over_places_gives_no_person_an_office() {
    let out = Output::of(
        "Island Talks\n\nThe Ministers of Kestria and Norland met in Oslo on Monday to review the fisheries pact.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
}
