//! Signing said as "entering into" a text, and a party named right after a
//! common noun that describes it ("the non-profit Lumen Foundation"), which
//! the parse may hang from that noun (session 30). One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

#[test]
fn a_body_entering_into_a_memorandum_signs_it() {
    let out = Output::of(
        "Health News\n\nThe Kestrian Ministry of Health is entering into a Partnership Agreement with the Norland Institute of Health.",
    );
    assert_eq!(
        out.subjects_of("signs", "Partnership Agreement"),
        vec![
            "Kestrian Ministry of Health".to_owned(),
            "Norland Institute of Health".to_owned()
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn entering_into_force_or_into_talks_is_no_signing() {
    let out = Output::of(
        "Trade News\n\nNorland entered into force the Fisheries Protocol last year. The Kestria Ports Authority entered into talks with Lumen Shipping on the Harbour Accord.",
    );
    assert!(
        out.subjects_of("signs", "Fisheries Protocol").is_empty()
            && out.subjects_of("signs", "Harbour Accord").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_party_named_after_a_describing_noun_signs_and_cooperates() {
    let out = Output::of(
        "Water News\n\nOn Monday, the Kestria Water Agency (KWA) signed a Memorandum of Understanding (MOU) with the non-profit Lumen Foundation to improve river monitoring.",
    );
    assert_eq!(
        out.subjects_of("signs", "Memorandum of Understanding"),
        vec![
            "Kestria Water Agency".to_owned(),
            "Lumen Foundation".to_owned()
        ],
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Kestria Water Agency", "cooperatesWith")
            .contains(&"Lumen Foundation".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_describing_noun_with_no_name_after_it_is_no_party() {
    // "the non-profit" names nobody: the memorandum has one signer.
    let out = Output::of(
        "Water News\n\nOn Monday, the Kestria Water Agency (KWA) signed a Memorandum of Understanding (MOU) with a local non-profit to improve river monitoring.",
    );
    assert_eq!(
        out.subjects_of("signs", "Memorandum of Understanding"),
        vec!["Kestria Water Agency".to_owned()],
        "{:?}",
        out.facts()
    );
}
