//! Documents listed one per field (session 35). Positive and negative
//! tests per construction, on sentences written for these tests (real
//! country names where a party must be known).

use super::extract_constructions::Output;

#[test]
fn a_counted_plural_over_listed_fields_names_one_signed_document_per_field() {
    let out = Output::of(
        "Chile and Peru signed three agreements on mining, forestry and ports in Lima on \
         Monday.",
    );
    for field in ["mining", "forestry", "ports"] {
        let document = format!("agreement on {field}");
        assert!(out.has("Chile", "signs", &document), "{:?}", out.facts());
        assert!(out.has("Peru", "signs", &document), "{:?}", out.facts());
    }
    assert!(
        !out.names().keys().any(|n| n.contains("agreements")),
        "{:?}",
        out.names()
    );
}

#[test]
fn two_fields_without_a_count_stay_one_plural_document() {
    // "agreements on trade and investment" may be agreements each covering
    // both fields: nothing splits them.
    let out = Output::of("Chile and Peru signed agreements on mining and forestry.");
    assert!(
        out.has("Chile", "signs", "agreements on mining and forestry"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.names().contains_key("agreement on forestry"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_field_list_phrase_names_one_document_per_field() {
    let out = Output::of(
        "Chile and Peru signed cooperation agreements in the fields of fisheries and water \
         management.",
    );
    for document in [
        "cooperation agreement in fisheries",
        "cooperation agreement in water management",
    ] {
        assert!(out.has("Chile", "signs", document), "{:?}", out.facts());
        assert!(out.has("Peru", "signs", document), "{:?}", out.facts());
    }
}

#[test]
fn a_repeated_preposition_splits_a_plural_noun_with_its_own_complement() {
    let out = Output::of(
        "Chile and Peru exchanged and signed memoranda of understanding on customs and on \
         aviation.",
    );
    for field in ["customs", "aviation"] {
        let document = format!("memoranda of understanding on {field}");
        assert!(out.has("Peru", "signs", &document), "{:?}", out.facts());
    }
}

#[test]
fn a_singular_document_over_coordinated_fields_is_not_split() {
    // One agreement that covers three fields is one document.
    let out = Output::of("Chile and Peru signed an agreement on mining, forestry and ports.");
    assert!(
        !out.names().contains_key("agreement on forestry"),
        "{:?}",
        out.names()
    );
    assert!(
        !out.names().contains_key("agreement on ports"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_field_list_ends_where_no_conjunction_closes_it() {
    // A comma after the first field that opens no coordinated field
    // ("…, a day after …") is no list.
    let out = Output::of(
        "Chile and Peru signed three agreements on mining, a day after their ministers met.",
    );
    assert!(
        !out.names()
            .keys()
            .any(|n| n.starts_with("agreement on day")),
        "{:?}",
        out.names()
    );
    assert!(
        out.has("Chile", "signs", "agreements on mining"),
        "{:?}",
        out.facts()
    );
}
