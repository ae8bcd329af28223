//! Names the tagger bounds where English does not (session 37): particles
//! inside a person's name ("bin", "van der"), a place's possessive before a
//! body's name ("Japan's Tanaka Heavy Industries") and the keywords in
//! capitals opening a recital ("WHEREAS A and B …"). One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

#[test]
fn a_person_s_name_keeps_the_given_name_before_a_particle() {
    let out = Output::of(
        "Harbour Accord\n\nThe Varnholm Water Agency welcomed Minister of Energy Rashid bin Hamad Al Tamimi, who signed the Harbour Accord with Lumara.",
    );
    assert!(
        out.has(
            "Rashid bin Hamad Al Tamimi",
            "holdsPosition",
            "Minister of Energy"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Person").contains("Hamad Al Tamimi"),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn an_office_before_a_particle_is_no_given_name() {
    // "Director" is an office: the name starts at the particle.
    let out = Output::of(
        "Harbour Report\n\nThe harbour report was presented in Kestria by Director van der Molen on Monday.",
    );
    assert!(
        !out.labels_of_class("Person")
            .iter()
            .any(|p| p.starts_with("Director")),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn a_place_s_possessive_is_no_part_of_the_body_s_name() {
    let out = Output::of(
        "Hydrogen Accord\n\nJapan's Tanaka Heavy Industries signed the Hydrogen Accord with the State Government on Monday.",
    );
    assert!(
        out.has("Tanaka Heavy Industries", "signs", "Hydrogen Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Organization")
            .contains("Japan's Tanaka Heavy Industries"),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn a_possessive_of_no_known_place_stays_in_the_name() {
    // "Lumara" is no place the gazetteer knows: the name is read as before.
    let out = Output::of(
        "Steel Accord\n\nLumara's Tanaka Heavy Industries signed the Steel Accord with the State Government on Monday.",
    );
    assert!(
        !out.labels_of_class("Organization")
            .contains("Tanaka Heavy Industries"),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn a_recital_keyword_in_capitals_is_no_part_of_the_name_after_it() {
    let out = Output::of(
        "Memorandum of Understanding\n\nWHEREAS Alberta and Yukon share common goals in northern trade;\n\nNOW, THEREFORE, Alberta and Yukon agree to sign the Northern Trade Accord.",
    );
    assert!(
        out.has("Alberta", "cooperatesWith", "Yukon")
            || out.has("Yukon", "cooperatesWith", "Alberta"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Organization")
            .iter()
            .any(|l| l.starts_with("WHEREAS")),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn a_keyword_in_lowercase_or_inside_a_sentence_stays() {
    // "Whereas" in sentence case opens no recital; "NOW" after the first
    // word is no recital's opening.
    let out = Output::of(
        "Trade Talks\n\nThe Kestria NOW Trust signed the Northern Trade Accord with Yukon on Monday.",
    );
    assert!(
        out.labels_of_class("Organization")
            .iter()
            .any(|l| l.contains("NOW")),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

// Review 37c, F1: a word that is not a known given name reaches into a
// person's name before a particle only right after an office or a title,
// and never over a particle that is also an English word.

#[test]
fn an_unknown_given_name_after_an_office_and_portfolio_is_kept() {
    let out = Output::of(
        "Port Treaty\n\nThe Lumara Water Agency welcomed Minister of Water Tarvesh bin Saleh Al Noor, who signed the Port Treaty with Varnholm.",
    );
    assert!(
        out.labels_of_class("Person")
            .contains("Tarvesh bin Saleh Al Noor"),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn a_job_word_opening_the_sentence_is_no_given_name() {
    let out =
        Output::of("Harbour Hall\n\nSculptor van der Aalst designed the new hall in Varnholm.");
    assert!(
        !out.labels_of_class("Person")
            .iter()
            .any(|p| p.starts_with("Sculptor")),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn an_english_verb_among_the_particles_joins_no_name() {
    // "do" is a particle and an English verb: "Lumara" stays out of the name.
    let out =
        Output::of("Port Treaty\n\nVarnholm and Lumara do Omar Nasser a kindness, officials said.");
    let people = out.labels_of_class("Person");
    assert!(
        !people.iter().any(|p| p.starts_with("Lumara")),
        "{people:?}"
    );
}
