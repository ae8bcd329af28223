//! Offices set around a person's name in lists (issue 14): several offices
//! coordinated before one name, and the office and bodies set off by
//! commas after a signatory's name. One test per construction, on
//! sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn offices_coordinated_before_a_name_are_all_its_holders() {
    let out = Output::of(
        "Fisheries pact\n\nMinister of Fisheries and Minister of Ports Ada Quist signed the pact with Peru.",
    );
    for office in ["Minister of Fisheries", "Minister of Ports"] {
        assert!(
            out.has("Ada Quist", "holdsPosition", office),
            "{office}: {:?}",
            out.facts()
        );
    }
    assert!(out.has("Ada Quist", "signs", "pact"), "{:?}", out.facts());
    // Three offices, the first two set apart by a comma.
    let out = Output::of(
        "Cabinet changes\n\nDeputy Prime Minister, Minister of Finance and Minister of Trade Oren Vashti met the delegation from Chile.",
    );
    for office in [
        "Deputy Prime Minister",
        "Minister of Finance",
        "Minister of Trade",
    ] {
        assert!(
            out.has("Oren Vashti", "holdsPosition", office),
            "{office}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_office_with_its_own_article_or_holder_is_not_shared() {
    // "the Governor and Deputy Governor X" may name two people.
    let out = Output::of(
        "Bank visit\n\nThe Governor and Deputy Governor Lena Ortiz met the delegation from Chile.",
    );
    assert!(
        out.has("Lena Ortiz", "holdsPosition", "Deputy Governor"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Lena Ortiz", "holdsPosition", "Governor"),
        "{:?}",
        out.facts()
    );
    // An office already someone's stays theirs.
    let out = Output::of(
        "Bank visit\n\nThe delegation met Ada Quist, Minister of Finance and Deputy Governor Lena Ortiz.",
    );
    assert!(
        !out.has("Lena Ortiz", "holdsPosition", "Minister of Finance"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn bodies_set_off_after_a_signatorys_office_are_not_signatories() {
    let out = Output::of(
        "Fisheries pact\n\nThe pact was signed by Ada Quist, Director, Office of Coastal Affairs, Government of Chile and Oren Vashti, Consul of Peru in Chile.",
    );
    assert!(out.has("Ada Quist", "signs", "pact"), "{:?}", out.facts());
    assert!(out.has("Oren Vashti", "signs", "pact"), "{:?}", out.facts());
    assert!(
        out.has("Ada Quist", "holdsPosition", "Director"),
        "{:?}",
        out.facts()
    );
    for body in ["Office of Coastal Affairs", "Government of Chile"] {
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, _)| s.starts_with(body) && p == "signs"),
            "{body}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_body_listed_without_an_office_before_it_still_signs() {
    let out = Output::of(
        "Fisheries pact\n\nThe pact was signed by Ada Quist, the Office of Coastal Affairs and Oren Vashti.",
    );
    assert!(out.has("Ada Quist", "signs", "pact"), "{:?}", out.facts());
    assert!(
        out.has("Office of Coastal Affairs", "signs", "pact"),
        "{:?}",
        out.facts()
    );
}
