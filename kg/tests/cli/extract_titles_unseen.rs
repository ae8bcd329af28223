//! Titles, positions and people's names as unseen releases write them
//! (issue 14): offices chained in apposition, offices led by a demonym
//! that the name tagger reads as a place, offices in the language of
//! their country, long offices with an acronym in brackets, and people
//! coordinated each with an office in apposition. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn offices_chained_in_apposition_are_each_their_holders() {
    let out = Output::of(
        "Trade talks\n\nThe meeting was attended by Mr Anton Oduya, Head of Cabinet to Lena Varga, Executive Vice-President for Trade, as well as officials of Kestria.",
    );
    assert!(
        out.has("Anton Oduya", "holdsPosition", "Head of Cabinet"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Lena Varga",
            "holdsPosition",
            "Executive Vice-President for Trade"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.labels_of_class("Position").contains("Head of Cabinet"),
        "{:?}",
        out.labels_of_class("Position")
    );
    assert!(
        !out.labels_of_class("Organization")
            .contains("Head of Cabinet"),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn a_head_word_inside_an_organisations_name_is_no_office() {
    // "Head" opens an office only as a capitalised title word; the
    // served person keeps their own office, not the one serving them.
    let out = Output::of(
        "Trade talks\n\nMr Anton Oduya, Head of Cabinet to Lena Varga, met officials of Kestria.",
    );
    assert!(
        !out.has("Lena Varga", "holdsPosition", "Head of Cabinet"),
        "{:?}",
        out.facts()
    );
    let out = Output::of("Trade talks\n\nThe talks will head to Kestria in May.");
    assert!(
        out.labels_of_class("Position").is_empty(),
        "{:?}",
        out.labels_of_class("Position")
    );
}

#[test]
fn an_office_led_by_a_demonym_is_one_position_with_its_holder() {
    let out = Output::of(
        "Joint Press Conference with Mr Paul Girard, Danish Minister for Europe and Foreign Affairs\n\nThe two ministers spoke to the press.",
    );
    let office = "Danish Minister for Europe and Foreign Affairs";
    assert!(
        out.has("Paul Girard", "holdsPosition", office),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Place")
            .iter()
            .any(|l| l.contains("Minister")),
        "{:?}",
        out.labels_of_class("Place")
    );
    let out = Output::of(
        "Talks\n\nThe minister held a press conference with Mr Paul Girard, French Minister for Europe and Foreign Affairs, in Paris.",
    );
    assert!(
        out.has(
            "Paul Girard",
            "holdsPosition",
            "French Minister for Europe and Foreign Affairs"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_inside_a_name_a_known_name_does_not_open_stays_a_name() {
    // The known place sits inside the organisation's name, after "of the".
    let out = Output::of(
        "Trade visit\n\nThe Office of the Kestria Trade Representative published the report.",
    );
    assert!(
        !out.labels_of_class("Position")
            .iter()
            .any(|l| l.contains("Kestria Trade Representative")),
        "{:?}",
        out.labels_of_class("Position")
    );
}

#[test]
fn offices_in_the_language_of_their_country_are_positions() {
    let out = Output::of(
        "Paris talks\n\nThe Ministre d'Etat Jean Morel met the Secrétaire d'État Anne Dubois in Paris.",
    );
    assert!(
        out.has("Jean Morel", "holdsPosition", "Ministre d'Etat"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Anne Dubois", "holdsPosition", "Secrétaire d'État"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Place")
            .iter()
            .any(|l| l.contains("Ministre")),
        "{:?}",
        out.labels_of_class("Place")
    );
}

#[test]
fn a_foreign_office_word_in_lower_case_is_no_position() {
    // Lowercase, the words are not a title (a quoted phrase).
    let out = Output::of(
        "Paris talks\n\nThe press called Jean Morel the new ministre of the moment in Paris.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_acronym_in_brackets_does_not_end_a_long_office() {
    let out = Output::of(
        "Space accord\n\nChairman of the Northern Space Agency (NSA) Executive Board Karl-Heinz Brandt signed the accord with Peru.",
    );
    assert!(
        out.has(
            "Karl-Heinz Brandt",
            "holdsPosition",
            "Chairman of the Northern Space Agency (NSA) Executive Board"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Karl-Heinz Brandt", "signs", "accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_acronym_in_brackets_before_a_name_ends_the_office() {
    // After the brackets a name starts, not more of the office.
    let out = Output::of(
        "Space accord\n\nThe Director of the Northern Space Agency (NSA) Karl Brandt signed the accord with Peru.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o.contains("Karl")),
        "{:?}",
        out.facts()
    );
    // A lowercase word after the brackets ends the office too.
    let out = Output::of(
        "Space accord\n\nThe Chairman of the Northern Space Agency (NSA) signed the accord with Peru.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o.contains("signed")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_people_each_with_an_office_in_apposition_are_all_subjects() {
    let out = Output::of(
        "Trade statement\n\nMr Ali Kemal, Minister for Trade of Kestria, and Ms Jane Roe, Minister for Trade of Norland, have issued a joint statement on steel.",
    );
    for (person, office) in [
        ("Ali Kemal", "Minister for Trade of Kestria"),
        ("Jane Roe", "Minister for Trade of Norland"),
    ] {
        assert!(
            out.has(person, "holdsPosition", office),
            "{person}: {:?}",
            out.facts()
        );
        assert!(
            out.has(person, "issues", "joint statement on steel"),
            "{person}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_office_set_off_after_a_place_is_no_apposition_to_a_person() {
    // The comma before the office follows a place, not a person: the
    // place is no subject of the verb, and nobody else is added.
    let out = Output::of(
        "Trade statement\n\nIn Kestria, the Minister for Trade of Kestria, and Ms Jane Roe, Minister for Trade of Norland, have issued a joint statement on steel.",
    );
    assert!(
        !out.has("Kestria", "issues", "joint statement on steel"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Jane Roe", "issues", "joint statement on steel"),
        "{:?}",
        out.facts()
    );
}
