//! The parties of agreements and offices (issue 14): who signs, who holds
//! which position, written the ways English news and parliamentary records
//! write them. One test per construction, on sentences written for these
//! tests.

use super::extract_constructions::Output;

#[test]
fn a_name_written_with_an_honorific_keeps_that_form_as_another_name() {
    let out = Output::of(
        "Fisheries talks\n\nThe talks were opened by Dr Halima Osei, Minister for Fisheries of Kestria.",
    );
    assert!(
        out.has(
            "Halima Osei",
            "holdsPosition",
            "Minister for Fisheries of Kestria"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.names().contains_key("Dr Halima Osei"),
        "{:?}",
        out.names()
    );
    // The honorific is also stated on its own.
    assert!(out.literals("Halima Osei", "honorific").contains("Dr"));
    // An office before a name is not a way of writing the name.
    let out = Output::of("Ports\n\nForeign Minister Ada Quist opened the port of Vell.");
    assert!(
        !out.names().contains_key("Foreign Minister Ada Quist"),
        "{:?}",
        out.names()
    );
}

#[test]
fn parliamentary_styles_and_postnominals_are_not_part_of_the_name() {
    let out = Output::of(
        "Harbour accord\n\nThe Kestrian Trade Minister signed the Harbour Accord with the Rt Hon. Miriam Okafor-Lund MP, Norland Secretary of State for Fisheries and Ports.",
    );
    assert!(
        out.has(
            "Miriam Okafor-Lund",
            "holdsPosition",
            "Norland Secretary of State for Fisheries and Ports"
        ),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Ports\n\nSpeaking after the talks, Norland Minister of State, the Rt. Hon Daniel Weatherby MP, said the ports would reopen.",
    );
    assert!(
        out.has(
            "Daniel Weatherby",
            "holdsPosition",
            "Norland Minister of State"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_members_seat_stands_between_the_name_and_the_office() {
    let out = Output::of(
        "Harbour report\n\nMs Quist (Eastvale\u{2014}Minister for Ports and Harbours) (10:02): I table the annual report on the harbours.",
    );
    assert!(
        out.has("Quist", "holdsPosition", "Minister for Ports and Harbours"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_the_name_tagger_cut_is_read_whole() {
    let out = Output::of(
        "Harbour talks\n\nAda Quist, Parliamentary Secretary to the Minister of Fisheries, today opened the talks in Vell.",
    );
    assert!(
        out.has(
            "Ada Quist",
            "holdsPosition",
            "Parliamentary Secretary to the Minister of Fisheries"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_qualified_by_its_body_before_the_holder() {
    let out = Output::of(
        "Accord signed\n\nThe accord was signed by Foreign Minister Ada Quist for Kestria, and Chargé d'affaires, a.i. of the Embassy of Norland, Ben Moro.",
    );
    for fact in [
        ("Ben Moro", "holdsPosition", "Chargé d'affaires"),
        ("Ben Moro", "signs", "accord"),
        ("Ada Quist", "signs", "accord"),
    ] {
        assert!(
            out.has(fact.0, fact.1, fact.2),
            "{fact:?}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_known_name_typeset_with_a_curly_apostrophe() {
    let out = Output::of(
        "Fisheries\n\nKestria signed a fisheries accord with C\u{f4}te d\u{2019}Ivoire on Monday.",
    );
    assert!(
        out.names()
            .get("Côte d'Ivoire")
            .is_some_and(|classes| classes.contains("Country")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_known_body_continued_by_a_longer_name_gives_way() {
    let out = Output::of(
        "Memorandum\n\nThe memorandum between the Kestrian Department of Labour and the Ministry of Education and Science of the Republic of Norland was signed on Friday.",
    );
    assert!(
        out.has(
            "Kestrian Department of Labour",
            "cooperatesWith",
            "Ministry of Education and Science of the Republic of Norland"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_given_an_office_with_as() {
    let out = Output::of(
        "Trade envoy\n\nThe Prime Minister said he had named Owen Talbot MP as Kestria\u{2019}s new Trade Envoy to Norland.",
    );
    assert!(
        out.has("Owen Talbot", "holdsPosition", "Trade Envoy to Norland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_community_of_states_is_an_international_organisation() {
    let out = Output::of(
        "Trade bloc\n\nGhana, which joined the Coastal States Community in 2004, is also a member of the African Union.",
    );
    assert!(
        out.has("Ghana", "memberOf", "Coastal States Community"),
        "{:?}",
        out.facts()
    );
}
