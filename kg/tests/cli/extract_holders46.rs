//! The holder's side of an office (session 46): who holds it, named
//! without the styles and honorifics before the name. Each test states
//! the fact present and the wrong reading absent, on sentences written
//! for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn an_ambassadors_style_is_no_word_of_the_holders_name() {
    let out = Output::of(
        "Harbour Talks\n\nH.E. Amb. Piet Ranulf, Kestria's High Commissioner to Norland, led the delegation on Monday.",
    );
    assert!(
        out.has("Piet Ranulf", "holdsPosition", "High Commissioner to Norland"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Amb. Piet Ranulf", "holdsPosition", "High Commissioner to Norland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_ambassadors_style_after_an_office_and_a_comma_is_no_word_of_the_name() {
    let out = Output::of(
        "Harbour Talks\n\nThe Secretary General of the Coastal Union, Amb. Talia Verhoek, attended the talks in Norland.",
    );
    assert!(
        out.has(
            "Talia Verhoek",
            "holdsPosition",
            "Secretary General of the Coastal Union"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has(
            "Amb. Talia Verhoek",
            "holdsPosition",
            "Secretary General of the Coastal Union"
        ),
        "{:?}",
        out.facts()
    );
}
