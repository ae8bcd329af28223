//! Typed names after the name tagger (issue 13, session 40), on sentences
//! written for these tests: a courtesy form is another name only of a
//! person the text never names bare; storms are no persons or places; a
//! postnominal after a person's name is no organisation; a sentence's
//! capitalised first word the text writes in lowercase elsewhere is no name.

use super::extract_constructions::Output;

/// The classes (local names) of every entity named `name`, empty if none is.
fn classes_of(out: &Output, name: &str) -> Vec<String> {
    out.names()
        .get(name)
        .map(|c| c.iter().cloned().collect())
        .unwrap_or_default()
}

fn is_person_org_or_place(classes: &[String]) -> bool {
    classes.iter().any(|c| {
        matches!(
            c.as_str(),
            "Person" | "Organization" | "Place" | "City" | "Country" | "GovernmentBody" | "Company"
        )
    })
}

#[test]
fn the_courtesy_form_of_a_name_written_bare_too_is_no_name() {
    let out = Output::of(
        "Harbour works\n\nHalima Osei, who chairs the Vell Port Board, opened the new quay on \
         Monday. Dr Osei thanked the engineers.",
    );
    let names = out.names();
    assert!(names.contains_key("Halima Osei"), "{names:?}");
    assert!(!names.contains_key("Dr Osei"), "{names:?}");
    // The honorific is still stated, on its own.
    assert!(
        out.literals("Halima Osei", "honorific").contains("Dr"),
        "{:?}",
        out.literals("Halima Osei", "honorific")
    );
}

#[test]
fn the_courtesy_form_of_a_name_only_written_that_way_stays_a_name() {
    let out = Output::of(
        "Harbour works\n\nThe quay was opened by Dr Halima Osei, Minister for Ports of Kestria.",
    );
    assert!(
        out.names().contains_key("Dr Halima Osei"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_storm_is_no_person_organisation_or_place() {
    let out = Output::of(
        "Storm season\n\nCyclone Marlo made landfall near Vell on Monday, and Hurricane Teodor \
         is expected to reach the coast of Norland on Friday. Marlo's winds weakened as it moved \
         inland.",
    );
    for storm in ["Cyclone Marlo", "Hurricane Teodor", "Marlo", "Teodor"] {
        let classes = classes_of(&out, storm);
        assert!(
            !is_person_org_or_place(&classes),
            "{storm}: {:?}",
            out.names()
        );
    }
}

#[test]
fn a_postnominal_after_a_persons_name_is_no_organisation() {
    let out = Output::of(
        "Appeal\n\nCounsel for the appellant, Tomas Brandt, QC, told the court that the ruling \
         was wrong. Greta Lund, SC, replied for the state.",
    );
    for postnominal in ["QC", "SC"] {
        let classes = classes_of(&out, postnominal);
        assert!(
            !is_person_org_or_place(&classes),
            "{postnominal}: {:?}",
            out.names()
        );
    }
    assert!(
        classes_of(&out, "Tomas Brandt")
            .iter()
            .any(|c| c == "Person"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_name() {
    // The bundled tagger reads the lone capitalised word as a person here.
    let out = Output::of(
        "Clinics\n\nDoctors in Kestria say homeopathy is losing patients. Homeopathy grew.",
    );
    let classes = classes_of(&out, "Homeopathy");
    assert!(!is_person_org_or_place(&classes), "{:?}", out.names());
    let out = Output::of(
        "Farming\n\nFarmers in Kestria say aquaculture needs clean water. Aquaculture is now the \
         largest employer on the coast of Norland.",
    );
    let classes = classes_of(&out, "Aquaculture");
    assert!(!is_person_org_or_place(&classes), "{:?}", out.names());
    // A name the text also writes inside a sentence stays one.
    let out = Output::of(
        "Trade\n\nOfficials from Norland met in Vell. Norland signed the accord on Monday.",
    );
    assert!(
        is_person_org_or_place(&classes_of(&out, "Norland")),
        "{:?}",
        out.names()
    );
}
