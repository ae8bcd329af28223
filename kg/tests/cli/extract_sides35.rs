//! The sides of a text (session 35): the parties a text gives only through
//! their people or as a pair. People who issue one joint statement together
//! act for the countries of their offices, so those countries cooperate, as
//! they do when the people sign together; "the two ministries" stands for
//! the two ministries the text names most; a slash pair of countries before
//! a cooperation noun ("the Chile/Peru relationship") is a pair. One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn any_cooperation(out: &Output) -> bool {
    out.facts().iter().any(|(_, p, _)| p == "cooperatesWith")
}

#[test]
fn co_issuers_of_a_joint_statement_make_their_countries_cooperate() {
    let out = Output::of(
        "Energy statement from Santiago\n\n\
         Chile's Minister of Trade Ana Soto and Peru's Minister of Mines Luis Vega issued a \
         joint statement on clean power.\n",
    );
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
    // Issuing together makes no country an issuer: the people issued it.
    assert!(
        !out.has("Chile", "issues", "joint statement on clean power"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn co_issuers_of_one_country_or_separate_statements_make_no_pair() {
    let one_country = Output::of(
        "Energy statement from Santiago\n\n\
         Chile's Minister of Trade Ana Soto and Chile's Minister of Mines Luis Vega issued a \
         joint statement on clean power.\n",
    );
    assert!(!any_cooperation(&one_country), "{:?}", one_country.facts());
    let apart = Output::of(
        "Energy statements from Santiago\n\n\
         Chile's Minister of Trade Ana Soto issued a statement on clean power. Peru's Minister \
         of Mines Luis Vega issued a statement on copper.\n",
    );
    assert!(!any_cooperation(&apart), "{:?}", apart.facts());
}

#[test]
fn the_two_ministries_stand_for_the_two_ministries_named_before() {
    let out = Output::of(
        "Roads and ports talks in Lima\n\n\
         The Ministry of Roads of Chile published its yearly report on Monday. The Ministry of \
         Ports of Peru welcomed the report on Tuesday. The report calls for closer cooperation \
         between the two ministries on coastal freight.\n",
    );
    assert!(
        cooperate(
            &out,
            "Ministry of Roads of Chile",
            "Ministry of Ports of Peru"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_two_ministries_after_one_ministry_stand_for_nothing() {
    let out = Output::of(
        "Roads report published\n\n\
         The Ministry of Roads of Chile published its yearly report on Monday. The report calls \
         for closer cooperation between the two ministries on coastal freight.\n",
    );
    assert!(!any_cooperation(&out), "{:?}", out.facts());
}

#[test]
fn a_slash_pair_of_countries_before_a_cooperation_noun_is_a_pair() {
    let out = Output::of(
        "Fisheries talks end in Santiago\n\n\
         The fisheries ministers met in Santiago on Friday. The talks will deepen the Chile/Peru \
         relationship in fisheries and ports.\n",
    );
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
}

#[test]
fn a_slash_pair_before_no_cooperation_noun_is_no_pair() {
    let out = Output::of(
        "Copper prices rise\n\n\
         The price of Chile/Peru copper rose by four percent in May, traders said.\n",
    );
    assert!(!any_cooperation(&out), "{:?}", out.facts());
}
