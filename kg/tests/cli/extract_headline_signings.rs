//! Title-case headlines of signing (issue 14): "Minister Quist Signs
//! Fisheries Agreement", "Secretary Vance and Minister Okafor Sign
//! Memorandum of Understanding". The name tagger or the name rules may read
//! the headline's tail as one name with the person; the verb (a trigger
//! verb's third-person form, or its plain form after coordinated subjects)
//! ends the person and starts the document. "MOU"/"MoU" head a document's
//! name ("Salmon MOU"). Sentences written for these tests.

use super::extract_constructions::facts_of;

fn signs(text: &str) -> Vec<(String, String)> {
    facts_of(text, "signs")
}

fn pair(s: &str, o: &str) -> (String, String) {
    (s.to_string(), o.to_string())
}

#[test]
fn a_titled_person_signs_the_document_after_a_headline_verb() {
    for (text, signer, document) in [
        (
            "Minister Quist Signs Fisheries Agreement\n\nThe agreement covers fish stocks.\n",
            "Quist",
            "Fisheries Agreement",
        ),
        (
            "Trade Secretary Ada Quist Signs Memorandum of Understanding on Fisheries\n\nThe memorandum covers fish stocks.\n",
            "Ada Quist",
            "Memorandum of Understanding on Fisheries",
        ),
        (
            "Trade Secretary Ada Quist Signs Memorandum of Understanding\n\nThe memorandum covers fish stocks.\n",
            "Ada Quist",
            "Memorandum of Understanding",
        ),
    ] {
        let found = signs(text);
        assert!(found.contains(&pair(signer, document)), "{text}: {found:?}");
    }
}

#[test]
fn coordinated_titled_people_sign_with_the_plain_verb() {
    for (text, first, second, document) in [
        (
            "Secretary Vance and Minister Okafor Sign Memorandum of Understanding\n\nThe memorandum covers fish stocks.\n",
            "Vance",
            "Okafor",
            "Memorandum of Understanding",
        ),
        (
            "Secretary Jo Vance and Minister Lena Okafor Sign Fisheries Agreement\n\nThe agreement covers fish stocks.\n",
            "Jo Vance",
            "Lena Okafor",
            "Fisheries Agreement",
        ),
    ] {
        let found = signs(text);
        assert!(found.contains(&pair(first, document)), "{text}: {found:?}");
        assert!(found.contains(&pair(second, document)), "{text}: {found:?}");
        let people = facts_of(text, "holdsPosition");
        assert!(
            people.iter().all(|(s, _)| !s.contains("Sign")),
            "the verb is no part of a name: {people:?}"
        );
    }
}

#[test]
fn an_mou_heads_a_document_name() {
    let text = "Chile and Peru Sign Salmon MOU\n\nThe two countries will share data.\n";
    let found = signs(text);
    assert!(found.contains(&pair("Chile", "Salmon MOU")), "{found:?}");
    assert!(found.contains(&pair("Peru", "Salmon MOU")), "{found:?}");
}

#[test]
fn a_headline_verb_that_is_no_signing_signs_nothing() {
    for text in [
        "Minister Ada Quist Visits Fisheries Agency\n\nThe agency manages fish stocks.\n",
        "Secretary Vance and Minister Okafor Meet Fisheries Council\n\nThe council manages fish stocks.\n",
    ] {
        let found = signs(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
