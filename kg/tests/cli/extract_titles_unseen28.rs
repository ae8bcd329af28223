//! Offices and their holders as unseen releases write them (session 28):
//! names the tagger cut after an office (a portfolio word or a word before
//! initials read as the name's first word, a surname taken for a place, a
//! hyphenated given name), lowercase offices with a complement in
//! apposition after a country, coordinated lowercase offices before a name
//! led by a demonym, and seats of a legislature. One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

fn people(out: &Output) -> Vec<String> {
    out.labels_of_class("Person").into_iter().collect()
}

#[test]
fn a_portfolio_word_or_a_word_before_initials_goes_back_to_the_office() {
    let out = Output::of(
        "Peru's Minister of Energy Mark Tennant opened the session.\n\nMinister for Foreign Affairs and Minister For Law K Castell met the delegation.",
    );
    let facts = out.facts();
    assert!(
        out.has("Mark Tennant", "holdsPosition", "Minister of Energy"),
        "{facts:?}"
    );
    assert!(
        out.has("K Castell", "holdsPosition", "Minister For Law"),
        "{facts:?}"
    );
    assert!(
        out.has("K Castell", "holdsPosition", "Minister for Foreign Affairs"),
        "{facts:?}"
    );
    assert!(!people(&out)
        .iter()
        .any(|p| p.starts_with("Energy") || p.starts_with("Law")));
}

#[test]
fn a_given_name_after_an_offices_preposition_stays_in_the_name() {
    // "Ada" is a given name, no word of the office: the name keeps it.
    let out = Output::of("Secretary of Education Ada Quist Moreno spoke.");
    assert_eq!(
        out.objects_of("Ada Quist Moreno", "holdsPosition"),
        ["Secretary of Education"]
    );
    assert!(!people(&out).contains(&"Quist Moreno".to_owned()));
}

#[test]
fn a_name_read_short_after_an_office_runs_on_to_the_end_of_its_noun_phrase() {
    // "Serra" is also a place's name: after the given name it is the surname.
    let out = Output::of("Trade Secretary Paulo Serra signed the accord.");
    let facts = out.facts();
    assert!(
        out.has("Paulo Serra", "holdsPosition", "Trade Secretary"),
        "{facts:?}"
    );
    assert!(out.has("Paulo Serra", "signs", "accord"), "{facts:?}");
}

#[test]
fn a_headline_verb_after_a_name_read_short_is_no_surname() {
    let out = Output::of("Trade Secretary Paulo Signs Accord\n\nThe accord covers ports.");
    let facts = out.facts();
    assert!(
        out.has("Paulo", "holdsPosition", "Trade Secretary"),
        "{facts:?}"
    );
    assert!(
        !people(&out).iter().any(|p| p.contains("Signs")),
        "{facts:?}"
    );
}

#[test]
fn a_hyphenated_given_name_ends_an_offices_complement() {
    let out = Output::of("Chairman of the Harbour Board Johann-Dietrich Castell visited Lima.");
    assert_eq!(
        out.objects_of("Johann-Dietrich Castell", "holdsPosition"),
        ["Chairman of the Harbour Board"]
    );
}

#[test]
fn a_hyphenated_region_in_an_offices_complement_is_no_name() {
    let out = Output::of("The Envoy for Northern Indo-Pacific Waters spoke.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn lowercase_offices_with_a_complement_in_apposition_after_a_country() {
    let out = Output::of(
        "Dr. Lena Vossberg, U.S. secretary of energy, met Karl Ostrander, Canada's minister of natural resources, in Ottawa.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Karl Ostrander",
            "holdsPosition",
            "minister of natural resources"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("minister of natural resources", "positionOf", "Canada"),
        "{facts:?}"
    );
    // The country leads the phrase, as with a capitalised office; the
    // office without it is the position's other label.
    let held = out.objects_of("Lena Vossberg", "holdsPosition");
    assert_eq!(held, ["U.S. secretary of energy"], "{facts:?}");
    assert!(
        facts
            .iter()
            .any(|(s, p, _)| s == "U.S. secretary of energy" && p == "positionOf"),
        "{facts:?}"
    );
}

#[test]
fn a_lowercase_noun_phrase_without_an_office_after_a_country_is_no_office() {
    let out = Output::of(
        "Ivo Brandt, Canada's expert on natural resources, met Lena Okafor, a U.S. adviser on trade, in Ottawa.",
    );
    assert!(
        out.objects_of("Ivo Brandt", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Lena Okafor", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_lowercase_offices_before_a_name_after_a_demonym() {
    let out = Output::of(
        "Ukrainian first deputy prime minister and minister of economy Olha Marchenko visited the port.",
    );
    let facts = out.facts();
    let mut held = out.objects_of("Olha Marchenko", "holdsPosition");
    held.sort();
    assert_eq!(
        held,
        [
            "Ukrainian first deputy prime minister",
            "minister of economy"
        ],
        "{facts:?}"
    );
    assert!(
        out.has(
            "Ukrainian first deputy prime minister",
            "positionOf",
            "Ukraine"
        ),
        "{facts:?}"
    );
}

#[test]
fn a_lowercase_noun_without_an_offices_head_before_a_name_is_no_office() {
    let out = Output::of(
        "Ukrainian grain exporter Olha Marchenko visited the port with Chilean farmers and Ivo Brandt.",
    );
    assert!(
        out.objects_of("Olha Marchenko", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Ivo Brandt", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn seats_of_an_assembly_in_a_semicolon_list_of_names_with_initials() {
    let out = Output::of(
        "The delegation included D.Batbayar, Vice Speaker of the Grand Assembly; T.Enkhtuya, Member of the Grand Assembly; and B.Ganzorig, Minister of Finance.",
    );
    assert_eq!(
        out.objects_of("D.Batbayar", "holdsPosition"),
        ["Vice Speaker of the Grand Assembly"]
    );
    assert_eq!(
        out.objects_of("T.Enkhtuya", "holdsPosition"),
        ["Member of the Grand Assembly"]
    );
    assert_eq!(
        out.objects_of("B.Ganzorig", "holdsPosition"),
        ["Minister of Finance"]
    );
}

#[test]
fn member_without_a_complement_is_no_office() {
    let out = Output::of("Lena Okafor welcomed the Member States’ progress on trade.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_opening_with_a_sentence_starter_goes_on_after_an_abbreviation() {
    let out = Output::of("The U.S. Under Secretary of Water Mark W. Tennant opened the session.");
    // One sentence: the country leads the office, as before any office.
    assert_eq!(
        out.objects_of("Mark W. Tennant", "holdsPosition"),
        ["U.S. Under Secretary of Water"],
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "U.S. Under Secretary of Water",
            "positionOf",
            "United States"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_word_no_rule_read_after_a_portfolio_or_honorifics_opens_the_name() {
    let out = Output::of(
        "Kestria's Minister of Foreign Affairs and Cooperation Oldemiro Julio Braga met the delegation.\n\nThe meeting was attended by the Prime Minister of Samoa Hon Fiame Lena Okafor.",
    );
    let facts = out.facts();
    assert_eq!(
        out.objects_of("Oldemiro Julio Braga", "holdsPosition"),
        ["Minister of Foreign Affairs and Cooperation"],
        "{facts:?}"
    );
    assert_eq!(
        out.objects_of("Fiame Lena Okafor", "holdsPosition"),
        ["Prime Minister of Samoa"],
        "{facts:?}"
    );
}

#[test]
fn a_common_word_ending_a_portfolio_stays_in_the_office() {
    let out = Output::of("Chile's Minister for Trade Policy Ada Quist met the delegation.");
    assert_eq!(
        out.objects_of("Ada Quist", "holdsPosition"),
        ["Minister for Trade Policy"],
        "{:?}",
        out.facts()
    );
}
