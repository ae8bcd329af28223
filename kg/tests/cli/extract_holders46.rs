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
        out.has(
            "Piet Ranulf",
            "holdsPosition",
            "High Commissioner to Norland"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has(
            "Amb. Piet Ranulf",
            "holdsPosition",
            "High Commissioner to Norland"
        ),
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

#[test]
fn a_plural_office_before_a_list_of_names_is_no_word_of_the_first_name() {
    let out = Output::of(
        "Harbour Talks\n\nAmbassadors Ada Quist, Bram Olde and Cato Finn met the minister in Norland.",
    );
    for name in ["Ada Quist", "Bram Olde", "Cato Finn"] {
        assert!(
            out.has(name, "holdsPosition", "Ambassador"),
            "{name}: {:?}",
            out.facts()
        );
    }
    assert!(
        !out.has("Ambassadors Ada Quist", "holdsPosition", "Ambassador"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plural_office_before_a_list_of_four_names_is_held_by_each() {
    let out = Output::of(
        "Harbour Talks\n\nOn Monday, Governors Ada Quist, Bram Olde, Cato Finn and Dirk Vane signed the compact in Norland.",
    );
    for name in ["Ada Quist", "Bram Olde", "Cato Finn", "Dirk Vane"] {
        assert!(
            out.has(name, "holdsPosition", "Governor"),
            "{name}: {:?}",
            out.facts()
        );
    }
    assert!(
        !out.has("Governors Ada Quist", "holdsPosition", "Governor"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_alone_in_apposition_after_a_name_is_held_by_it() {
    let out = Output::of(
        "Delegation to Norland\n\nThe other members of the delegation were the Honourable Ada Quist, senator, the Honourable Bram Olde, senator, and Mr. Cato Finn, deputy minister of fisheries.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Bram Olde", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Cato Finn", "holdsPosition", "deputy minister of fisheries"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Cato Finn", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_that_runs_on_into_the_clause_is_no_apposition() {
    let out = Output::of(
        "Delegation to Norland\n\nAda Quist, senator and farmer from the north, met students in Norland.",
    );
    assert!(
        !out.has("Ada Quist", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_in_a_list_is_the_name_befores_not_the_next_ones() {
    let out = Output::of(
        "Delegation to Norland\n\nThe delegation was led by the Honourable Ada Quist, senator, the Honourable Bram Olde, senator, Mr. Cato Finn, M.P., and Mr. Dirk Vane, M.P.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Bram Olde", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Cato Finn", "holdsPosition", "senator"),
        "{:?}",
        out.facts()
    );
}
