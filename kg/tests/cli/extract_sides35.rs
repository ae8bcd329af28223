//! The sides of a text (session 35): the parties a text gives only as a
//! pair. "The two ministries" stands for the two ministries the text names
//! most; a slash pair of countries before a cooperation noun ("the
//! Chile/Peru relationship") is a pair, and so is a hyphenated pair before
//! a possessive plural and a joint noun ("the Chile-Peru Leaders' Summit").
//! One
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

#[test]
fn a_hyphenated_pair_before_a_possessive_plural_and_a_joint_noun_is_a_pair() {
    for mark in ["\u{2019}", "'"] {
        let out = Output::of(&format!(
            "Talks in Lima\n\n\
             The visit is the third annual Chile-Peru Leaders{mark} Summit, held in Lima.\n"
        ));
        assert!(
            cooperate(&out, "Chile", "Peru"),
            "{mark}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_hyphenated_pair_before_a_possessive_and_no_joint_noun_is_no_pair() {
    let out = Output::of(
        "Fishing dispute\n\n\
         The Chile-Peru fishermen's protest blocked the harbour of Arica on Monday.\n",
    );
    assert!(!any_cooperation(&out), "{:?}", out.facts());
}
