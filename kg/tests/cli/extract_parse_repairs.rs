//! Readings that survive a known misparse (issue 14). The parser sometimes
//! hangs a verb's object as an oblique with no preposition after a
//! possessive and an ordinal ("launched the country's first … Strategy");
//! an oblique noun without a preposition on an active verb that has no
//! object is read as its object. Obliques with a preposition stay what they
//! are. Sentences written for these tests.

use super::extract_constructions::facts_of;

#[test]
fn an_object_after_a_possessive_and_an_ordinal_is_still_the_object() {
    for (text, issuer, document) in [
        (
            "Water\n\nPrime Minister Anna Holt launched the country's first National Water Strategy on 23 January 2013.\n",
            "Anna Holt",
            "National Water Strategy",
        ),
        (
            "Shipping\n\nTrade Minister Jo Vance unveiled the nation's first Coastal Shipping Plan in May.\n",
            "Jo Vance",
            "Coastal Shipping Plan",
        ),
    ] {
        let issues = facts_of(text, "issues");
        assert!(
            issues.contains(&(issuer.to_string(), document.to_string())),
            "{text}: {issues:?}"
        );
    }
}

#[test]
fn an_oblique_with_a_preposition_is_no_object() {
    let text =
        "Water\n\nPrime Minister Anna Holt launched the review under the National Water Strategy on Monday.\n";
    let issues = facts_of(text, "issues");
    assert!(
        !issues.iter().any(|(_, o)| o == "National Water Strategy"),
        "{issues:?}"
    );
}
