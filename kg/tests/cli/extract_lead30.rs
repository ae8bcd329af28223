//! Signing said as "entering into" a text, a party named right after a
//! common noun that describes it ("the non-profit Lumen Foundation"), which
//! the parse may hang from that noun, the years that end a document's name
//! ("the Corporate Plan 2018-2019"), and a purpose participle set off by a
//! comma after a document ("the Coastal Plan, designed to …") (session 30).
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

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

#[test]
fn years_after_a_documents_name_are_part_of_it() {
    for (text, name) in [
        (
            "Health News\n\nThe ministry published the Coastal Health Plan 2021–2031 on Monday.",
            "Coastal Health Plan 2021–2031",
        ),
        (
            "Health News\n\nThe ministry published the Corporate Plan 2018-2019 on Monday.",
            "Corporate Plan 2018-2019",
        ),
        (
            "Water News\n\nThe ministry published the River Strategy 2030 to cut floods.",
            "River Strategy 2030",
        ),
    ] {
        let names = Output::of(text).names();
        assert!(names.contains_key(name), "{text}: {names:?}");
    }
}

#[test]
fn a_year_after_a_preposition_is_no_part_of_a_name() {
    let names =
        Output::of("Water News\n\nThe ministry adopted the River Strategy in 2030 to cut floods.")
            .names();
    assert!(
        names.contains_key("River Strategy") && !names.contains_key("River Strategy in 2030"),
        "{names:?}"
    );
}

#[test]
fn a_purpose_participle_after_a_comma_states_the_documents_goal() {
    let out = Output::of(
        "Coast News\n\nThe ministry published the Coastal Plan, designed to protect beaches from storms.",
    );
    assert_eq!(
        out.subjects_of("goalOf", "Coastal Plan"),
        vec!["protect beaches from storms".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_purpose_participle_on_a_body_states_no_goal() {
    // A ministry owns no goals: what it was designed to do is no goal of
    // the plan it published either.
    let out = Output::of(
        "Coast News\n\nThe Kestrel Ministry of Water, designed to run dams in 1950, published the Coastal Plan.",
    );
    assert!(
        out.facts().iter().all(|(_, p, _)| p != "goalOf"),
        "{:?}",
        out.facts()
    );
}
