//! Fixes after the review of session 39's group descriptions and passive
//! co-signers (sentences written for these tests, most from the review):
//! a partitive or negative quantity before the group ("none of the three
//! countries") or an exception after it names no group; the passive
//! co-signer frame reads only a signed document; "provinces" counts only
//! provinces; "the three parties" counts no persons.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn atrocities_committed_by_two_countries_are_no_cooperation() {
    let out = Output::of(
        "War\n\nAtrocities were committed by Serbia and Croatia during the war.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn states_of_emergency_declared_by_two_countries_are_no_cooperation() {
    let out = Output::of(
        "Floods\n\nStates of emergency were declared by Kenya and Uganda after the floods.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn an_accord_signed_by_two_countries_is_still_cooperation() {
    let out = Output::of("Deal\n\nThe accord was signed by Kenya and Uganda on Monday.\n");
    assert!(cooperate(&out, "Kenya", "Uganda"), "{:?}", out.facts());
    let out = Output::of(
        "Deal\n\nThe treaty was signed by France, Germany and Italy and ratified by Spain.\n",
    );
    assert!(cooperate(&out, "France", "Italy"), "{:?}", out.facts());
}
