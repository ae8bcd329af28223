//! Documents and agreements that used to become no entity, so nothing
//! attached to them (session 32): heads the lexicon declares with their
//! complement ("Letter of Intent", "Record of Discussion", "Declaration of
//! Intent"), a document's name the tagger bounds inside a headline that
//! opens with a verb ("Signing of New Memorandum of Discussion …"), and a
//! sentence-case headline whose document follows a short topic and a colon
//! ("Fisheries: memorandum of understanding with the Government of A").
//! One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

fn has_class(out: &Output, name: &str, class: &str) -> bool {
    out.names().get(name).is_some_and(|c| c.contains(class))
}

#[test]
fn a_head_declared_with_its_complement_is_an_agreement_its_signers_sign() {
    let out = Output::of(
        "Fisheries deal\n\nChile and Peru signed a Letter of Intent on fisheries in Lima.\n\nChile and Peru also signed a Record of Discussion on harbour dues.",
    );
    assert!(
        has_class(&out, "Letter of Intent", "Agreement"),
        "{:?}",
        out.names()
    );
    assert!(
        has_class(&out, "Record of Discussion", "Agreement"),
        "{:?}",
        out.names()
    );
    assert_eq!(
        out.subjects_of("signs", "Letter of Intent"),
        vec!["Chile".to_owned(), "Peru".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_head_word_without_its_declared_complement_is_no_agreement() {
    let out = Output::of(
        "Fisheries deal\n\nChile and Peru exchanged a Letter of Thanks in Lima, and Peru signed a Joint Declaration on fisheries.",
    );
    assert!(
        !has_class(&out, "Letter of Thanks", "Agreement"),
        "{:?}",
        out.names()
    );
    assert!(
        out.subjects_of("signs", "Letter of Thanks").is_empty(),
        "{:?}",
        out.facts()
    );
    // "Declaration" alone stays a document, not an agreement.
    assert!(
        has_class(&out, "Joint Declaration", "Document"),
        "{:?}",
        out.names()
    );
    assert!(
        !has_class(&out, "Joint Declaration", "Agreement"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_document_name_the_tagger_bounds_after_a_headline_verb_is_a_document() {
    let out = Output::of(
        "Signing of New Memorandum of Discussion concerning the Andean Fisheries Programme\n\nChile and Peru signed a Memorandum of Discussion in Lima.",
    );
    assert!(
        has_class(&out, "New Memorandum of Discussion", "Agreement"),
        "{:?}",
        out.names()
    );
    assert!(
        !has_class(&out, "New Memorandum of Discussion", "Organization"),
        "{:?}",
        out.names()
    );
    assert_eq!(
        out.subjects_of("signs", "Memorandum of Discussion"),
        vec!["Chile".to_owned(), "Peru".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_the_tagger_bounds_after_a_headline_verb_without_a_document_head_keeps_its_class() {
    let out = Output::of(
        "Signing of Kestrel University charter\n\nChile and Peru signed a Memorandum of Discussion at Kestrel University.",
    );
    assert!(
        !has_class(&out, "Kestrel University", "Document"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_sentence_case_document_after_a_headline_topic_is_the_page_document() {
    let out = Output::of(
        "Fisheries: memorandum of understanding with the Government of Peru\n\nThe Government of Chile and the Government of Peru agree to share harbour data.",
    );
    let document = "memorandum of understanding with the Government of Peru";
    assert!(has_class(&out, document, "Agreement"), "{:?}", out.names());
}

#[test]
fn a_headline_topic_before_no_document_description_names_no_document() {
    let out = Output::of(
        "Fisheries: signing of a memorandum of understanding with the Government of Peru\n\nThe Government of Chile and the Government of Peru agree to share harbour data.",
    );
    assert!(
        !out.names()
            .keys()
            .any(|n| n.starts_with("signing of")
                || n.starts_with("memorandum of understanding with")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_sentence_case_declaration_of_intent_is_an_agreement_with_its_on_goal() {
    let out = Output::of(
        "Joint declaration of intent between the Government of Chile and the Government of Peru on establishing an Andean Fisheries Council\n\nBoth governments intend to meet each year.",
    );
    let document = "Joint declaration of intent between the Government of Chile and the Government of Peru on establishing an Andean Fisheries Council";
    assert!(has_class(&out, document, "Agreement"), "{:?}", out.names());
    assert_eq!(
        out.subjects_of("goalOf", document),
        vec!["establishing an Andean Fisheries Council".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_case_headline_verb_after_an_unknown_and_a_known_name_splits_the_signers() {
    let out = Output::of(
        "KDA and African Union Sign Loan Agreement\n\nThe Kestrel Development Agency (KDA) and the African Union signed the agreement in Lima.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("Sign Loan")),
        "{:?}",
        out.names()
    );
    assert!(
        has_class(&out, "Loan Agreement", "Agreement"),
        "{:?}",
        out.names()
    );
    let signers = out.subjects_of("signs", "Loan Agreement");
    assert!(
        signers.contains(&"African Union".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        signers
            .iter()
            .any(|s| s == "KDA" || s == "Kestrel Development Agency"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plain_verb_form_inside_a_body_name_with_and_stays_in_the_name() {
    let out = Output::of(
        "Fund opens\n\nThe Kestrel Health and Social Care Support Fund opened in Lima on Monday.",
    );
    assert!(
        out.names()
            .keys()
            .any(|n| n.ends_with("Social Care Support Fund")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_goal_verb_infinitive_after_an_ordinal_object_of_signing_is_its_goal() {
    let out = Output::of(
        "Trade news\n\nChile and Peru signed their first assistance agreement to boost trade.",
    );
    assert_eq!(
        out.subjects_of("goalOf", "first assistance agreement"),
        vec!["boost trade".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_infinitive_of_no_goal_verb_after_an_ordinal_stays_a_relative_clause() {
    let out = Output::of(
        "Trade news\n\nChile and Peru signed their first assistance agreement to include labour rules.",
    );
    assert!(
        out.subjects_of("goalOf", "first assistance agreement")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_participle_clause_after_a_signing_clause_is_the_document_goal() {
    let out = Output::of(
        "Training news\n\nChile and Peru signed a Memorandum of Understanding in Lima, providing a new framework for joint training programmes.",
    );
    assert_eq!(
        out.subjects_of("goalOf", "Memorandum of Understanding"),
        vec!["providing a new framework for joint training programmes".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_clause_of_no_goal_verb_after_a_signing_clause_is_no_goal() {
    let out = Output::of(
        "Training news\n\nChile and Peru signed a Memorandum of Understanding in Lima, praising the talks.",
    );
    assert!(
        out.subjects_of("goalOf", "Memorandum of Understanding")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn joint_work_on_a_gerund_among_a_documents_contents_is_no_goal() {
    let out = Output::of(
        "Lima Accord signed\n\nThe Lima Accord will deepen ties between Chile and Peru, with new agreements on trade and fisheries, and joint work on tackling marine pollution.",
    );
    let goals = out.subjects_of("goalOf", "Lima Accord");
    assert!(
        !goals.contains(&"tackling marine pollution".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        goals.contains(&"deepen ties between Chile and Peru".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn working_on_gerunds_as_a_verb_still_lists_goals() {
    let out = Output::of(
        "Lima Accord signed\n\nThe Lima Accord says that the two countries will work on tackling marine pollution and sharing harbour data.",
    );
    let goals = out.subjects_of("goalOf", "Lima Accord");
    assert!(
        goals.contains(&"tackling marine pollution".to_owned()),
        "{:?}",
        out.facts()
    );
}
