//! Offices, people and names (session 32): a body's name running straight
//! into an office and its holder, an owner named after the holder ("Mayor
//! Ada Quist of Brinsworth City"), names opening with a hyphenated given
//! name, and relative clauses naming an office. One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

#[test]
fn a_body_running_into_an_office_and_its_holder_is_three_things() {
    let out = Output::of(
        "Fisheries Forum\n\nNorland Ministry of Fisheries Deputy Secretary Ada Quist opened the forum on Monday.",
    );
    let office = "Norland Ministry of Fisheries Deputy Secretary";
    assert!(
        out.has("Ada Quist", "holdsPosition", office),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(office, "positionOf", "Norland Ministry of Fisheries"),
        "{:?}",
        out.facts()
    );
    // The office without its body is another name of it, and no body's
    // name holds the person's.
    let names = out.names();
    assert!(names.contains_key("Deputy Secretary"), "{names:?}");
    assert!(
        !names.keys().any(|n| n.contains("Secretary Ada")),
        "{names:?}"
    );
}

#[test]
fn an_office_read_apart_from_the_body_ending_in_its_rank_word_still_splits() {
    // The tagger may end the body on "Deputy" and read the title and the
    // holder as one name of their own.
    let out = Output::of(
        "Aid Accord\n\nThe accord was signed by Kestria Commission Deputy Chairperson Ivo Brand in Lima.",
    );
    let office = "Kestria Commission Deputy Chairperson";
    assert!(
        out.has("Ivo Brand", "holdsPosition", office),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(office, "positionOf", "Kestria Commission"),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Ivo Brand", "signs", "accord"), "{:?}", out.facts());
    assert!(
        !out.names().contains_key("Kestria Commission Deputy"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_body_running_into_an_office_without_a_holder_keeps_its_name() {
    // "Office" heads a body's name: no person follows the office.
    let out = Output::of(
        "Water Talks\n\nThe Kestria Water Agency Deputy Director Office published the annual report.",
    );
    let facts = out.facts();
    assert!(
        !facts
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o.contains("Deputy Director")),
        "{facts:?}"
    );
    assert!(
        !out.names().contains_key("Kestria Water Agency"),
        "{:?}",
        out.names()
    );
}

#[test]
fn the_body_or_place_named_after_the_holder_owns_the_office() {
    let out = Output::of(
        "City Visit\n\nMayor Dana Holt of Brinsworth City welcomed the delegation. Chief Rosa Quill of the Kestrel Lake Nation welcomed the treaty.",
    );
    assert!(
        out.has("Dana Holt", "holdsPosition", "Mayor"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Mayor", "positionOf", "Brinsworth City"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Rosa Quill", "holdsPosition", "Chief"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chief", "positionOf", "Kestrel Lake Nation"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_place_after_another_preposition_or_a_rank_word_before_another_word_owns_nothing() {
    // "in" says where the meeting was, not whose office it is; "Chief"
    // before "Negotiator" ranks another office.
    let out = Output::of(
        "City Visit\n\nMayor Dana Holt met the delegation in Brinsworth City. Chief Negotiator Ada Quist said the talks would resume.",
    );
    let facts = out.facts();
    assert!(out.has("Dana Holt", "holdsPosition", "Mayor"), "{facts:?}");
    assert!(
        !facts.iter().any(|(_, p, _)| p == "positionOf"),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o == "Chief"),
        "{facts:?}"
    );
}

#[test]
fn a_hyphenated_given_name_opens_a_person_with_a_particle_surname() {
    let out = Output::of(
        "Trade Talks\n\nJean-Marc Le Brun said the plan would help exporters. Trade Minister Anne-Sophie van der Berg and Deputy Minister Luis de la Cruz signed the accord.",
    );
    let people = out.labels_of_class("Person");
    assert!(people.contains("Jean-Marc Le Brun"), "{people:?}");
    // Names with particles keep their offices.
    assert!(
        out.has(
            "Anne-Sophie van der Berg",
            "holdsPosition",
            "Trade Minister"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Luis de la Cruz", "holdsPosition", "Deputy Minister"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_surname_joined_to_its_particle_opens_no_person_before_a_head() {
    // "Al" is a given name and a particle: "Al-Ghaza" is a surname, here a
    // hotel's name.
    let out = Output::of("Port Report\n\nThe Al-Ghaza Hotel stands near the old port.");
    let people = out.labels_of_class("Person");
    assert!(!people.iter().any(|p| p.contains("Al-Ghaza")), "{people:?}");
}

#[test]
fn a_who_clause_with_a_copula_or_linking_verb_names_the_office() {
    let out = Output::of(
        "Water Talks\n\nDara Voss, who is also Kestria's Minister for Water, opened the session. Mira Jansen, who currently serves as the Director General of the Orvia Water Agency, chaired the meeting.",
    );
    let facts = out.facts();
    assert!(
        out.objects_of("Dara Voss", "holdsPosition")
            .iter()
            .any(|o| o.contains("Minister for Water")),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Mira Jansen",
            "holdsPosition",
            "Director General of the Orvia Water Agency"
        ),
        "{facts:?}"
    );
}

#[test]
fn a_who_clause_with_another_verb_names_no_office() {
    let out = Output::of(
        "Water Talks\n\nIvo Marsh, who met Kestria's Minister for Water on Monday, left early.",
    );
    assert!(
        out.objects_of("Ivo Marsh", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}
