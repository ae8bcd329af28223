//! An area the gazetteer does not know, named as the partner of a place
//! that governs itself (a country, a state or province) in a cooperation
//! construction ("cooperation between Vestmark and Iceland", "the
//! agreement between East Kalimar and Manitoba"), stands for its own
//! government and cooperates (session 44). Two unknown places, a city or
//! an area the gazetteer knows to govern nothing (a continent) make no
//! party. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn an_unknown_area_cooperates_with_the_country_named_beside_it() {
    let out = Output::of(
        "Fisheries news\n\nBilateral cooperation between Vestmark and Iceland has grown in recent years.\n",
    );
    assert!(
        out.has("Vestmark", "cooperatesWith", "Iceland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_unknown_area_is_a_party_beside_a_known_province() {
    let out = Output::of(
        "Fisheries news\n\nThe sister-state agreement between East Kalimar and Manitoba was renewed on Monday.\n",
    );
    assert!(
        out.has("East Kalimar", "cooperatesWith", "Manitoba"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn two_unknown_places_make_no_parties() {
    let out = Output::of(
        "Fisheries news\n\nCooperation between Vestmark and Ostland has grown in recent years.\n",
    );
    assert!(
        !out.has("Vestmark", "cooperatesWith", "Ostland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_city_or_a_continent_stays_a_place() {
    let city = Output::of(
        "Fisheries news\n\nCooperation between Toronto and Iceland has grown in recent years.\n",
    );
    assert!(
        !city.has("Toronto", "cooperatesWith", "Iceland"),
        "{:?}",
        city.facts()
    );
    let continent = Output::of(
        "Fisheries news\n\nCooperation between Asia and Iceland has grown in recent years.\n",
    );
    assert!(
        !continent.has("Asia", "cooperatesWith", "Iceland"),
        "{:?}",
        continent.facts()
    );
}
