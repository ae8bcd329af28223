//! Visits and missions (session 48): the party a visitor stands for
//! cooperates with the country or body visited, whether the visit is the
//! object of a light verb ("paid an official visit to B", "led a trade
//! mission to B", "sent a mission to B"), names its visitor on the noun (a
//! possessor, a demonym, the agent after "by"), is an adjunct of the
//! visitor's clause ("During a working visit to B, A met …") or the
//! predicate of a copula ("A is on a state visit to B"). Places visited
//! together are not each other's partners; a city visited, a pronoun
//! visitor and a mission only wished for name no pair. People sent by a country ("Peruvian officials") stand
//! for it in a meeting. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_visit_made_through_a_light_verb_links_the_visitor_s_party_and_the_host() {
    let out = Output::of(
        "Regional news\n\nPrime Minister Ada Quist of Kenya paid an official visit to Ghana on 4 March 2023.\n",
    );
    assert!(
        out.has("Kenya", "cooperatesWith", "Ghana"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ada Quist", "cooperatesWith", "Ghana"),
        "{:?}",
        out.facts()
    );
    let four = Output::of(
        "Regional news\n\nThe Minister of Foreign Affairs of Ghana, Kofi Mensah, undertook a two-day visit to Togo, Benin, Niger and Mali from 3 to 5 May 2024.\n",
    );
    for host in ["Togo", "Benin", "Niger", "Mali"] {
        assert!(
            four.has("Ghana", "cooperatesWith", host),
            "{host}: {:?}",
            four.facts()
        );
    }
    assert!(
        !four.has("Togo", "cooperatesWith", "Mali"),
        "{:?}",
        four.facts()
    );
    let led = Output::of(
        "Regional news\n\nThe Premier of Manitoba will lead a trade mission to India and Bangladesh in November.\n",
    );
    for host in ["India", "Bangladesh"] {
        assert!(
            led.has("Manitoba", "cooperatesWith", host),
            "{host}: {:?}",
            led.facts()
        );
    }
    assert!(
        !led.has("India", "cooperatesWith", "Bangladesh"),
        "{:?}",
        led.facts()
    );
    let sent = Output::of(
        "Regional news\n\nThe Government of Kenya sent a trade mission to Peru and Chile last week.\n",
    );
    assert!(
        sent.has("Government of Kenya", "cooperatesWith", "Peru"),
        "{:?}",
        sent.facts()
    );
    assert!(
        !sent.has("Peru", "cooperatesWith", "Chile"),
        "{:?}",
        sent.facts()
    );
}

#[test]
fn a_visit_names_its_visitor_by_a_possessor_a_demonym_or_an_agent() {
    let owned = Output::of(
        "Regional news\n\nKenya's first trade mission to Brazil, Chile, Peru and Ecuador ended on Friday.\n",
    );
    for host in ["Brazil", "Chile", "Peru", "Ecuador"] {
        assert!(
            owned.has("Kenya", "cooperatesWith", host),
            "{host}: {:?}",
            owned.facts()
        );
    }
    assert!(
        !owned.has("Brazil", "cooperatesWith", "Peru"),
        "{:?}",
        owned.facts()
    );
    assert!(
        !owned.has("trade mission", "cooperatesWith", "Peru"),
        "{:?}",
        owned.facts()
    );
    let demonym =
        Output::of("Regional news\n\nA Kenyan trade mission to Peru and Chile ended on Friday.\n");
    assert!(
        demonym.has("Kenya", "cooperatesWith", "Chile"),
        "{:?}",
        demonym.facts()
    );
    assert!(
        !demonym.has("Peru", "cooperatesWith", "Chile"),
        "{:?}",
        demonym.facts()
    );
    let agent = Output::of(
        "Regional news\n\nThe visit to Ghana by the Prime Minister of Kenya was a success.\n",
    );
    assert!(
        agent.has("Kenya", "cooperatesWith", "Ghana"),
        "{:?}",
        agent.facts()
    );
}

#[test]
fn a_visit_as_an_adjunct_or_a_predicate_is_the_subject_s() {
    let during = Output::of(
        "Regional news\n\nDuring a working visit to Ghana, the Minister of Foreign Affairs of Kenya, Bo Lind, met students.\n",
    );
    assert!(
        during.has("Kenya", "cooperatesWith", "Ghana"),
        "{:?}",
        during.facts()
    );
    assert!(
        !during.has("Bo Lind", "cooperatesWith", "Ghana"),
        "{:?}",
        during.facts()
    );
    let on = Output::of(
        "Regional news\n\nPresident Bo Lind of Kenya is on a three-day state visit to Ghana, the first by a Kenyan leader.\n",
    );
    assert!(
        on.has("Kenya", "cooperatesWith", "Ghana"),
        "{:?}",
        on.facts()
    );
}

#[test]
fn cities_pronouns_and_wished_missions_name_no_pair() {
    let cities = Output::of(
        "Regional news\n\nPrime Minister Ada Quist of Kenya paid a short visit to Lyon and Nice in May.\n",
    );
    assert!(
        !cities.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        cities.facts()
    );
    let pronoun =
        Output::of("Regional news\n\nDuring his visit to Ghana, the delegation toured a port.\n");
    assert!(
        !pronoun
            .facts()
            .iter()
            .any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        pronoun.facts()
    );
    let wished = Output::of(
        "Regional news\n\nThe minister said Kenya would support the sending of a European Union mission to Chad as soon as possible.\n",
    );
    assert!(
        !wished.has("European Union", "cooperatesWith", "Chad"),
        "{:?}",
        wished.facts()
    );
}

#[test]
fn officials_stand_for_the_country_that_sends_them() {
    let out = Output::of(
        "Regional news\n\nPresident Bo Lind of Ghana discussed trade with Peruvian officials on Monday.\n",
    );
    assert!(
        out.has("Ghana", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Bo Lind", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}
