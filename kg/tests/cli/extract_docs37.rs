//! Documents named by a plural the regular plural of a one-word head does
//! not give: a Latin plural, the plural of a head written with its
//! complement, counted by a figure or bare after a verb (session 37). One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::Output;

#[test]
fn a_counted_latin_plural_in_capitals_is_one_agreement_its_subjects_sign() {
    let out = Output::of(
        "Peru and Chile have signed three earlier Memoranda of Understanding on fisheries.",
    );
    let documents = "earlier Memoranda of Understanding on fisheries";
    assert!(out.has("Peru", "signs", documents), "{:?}", out.facts());
    assert!(out.has("Chile", "signs", documents), "{:?}", out.facts());
    let names = out.names();
    // The head written with its complement is another name of the set.
    assert!(
        names
            .get("Memoranda of Understanding")
            .is_some_and(|classes| classes.contains("Agreement")),
        "{names:?}"
    );
}

#[test]
fn an_uncounted_plural_after_a_clause_word_names_no_document() {
    let out = Output::of(
        "Peru and Chile said that memoranda of understanding on fisheries take years to draft.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("memoranda")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_figure_counts_documents_as_a_number_word_does() {
    let out = Output::of("Norway and Kenya signed 14 memorandums of understanding on trade.");
    let documents = "memorandums of understanding on trade";
    assert!(out.has("Norway", "signs", documents), "{:?}", out.facts());
    assert!(out.has("Kenya", "signs", documents), "{:?}", out.facts());
    assert!(
        out.names()
            .get(documents)
            .is_some_and(|classes| classes.contains("Agreement")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_figure_before_a_plural_that_is_no_document_counts_nothing() {
    let out = Output::of("Norway and Kenya signed the accord after 14 meetings on trade.");
    assert!(out.has("Norway", "signs", "accord"), "{:?}", out.facts());
    assert!(
        !out.names().keys().any(|n| n.contains("meetings")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_bare_plural_with_its_complement_after_a_signing_verb_is_signed_by_both_parties() {
    let out = Output::of(
        "Gamma Holdings Ltd signed statements of cooperation with the Ministry of Transport to \
         expand port capacity.",
    );
    let documents = "statements of cooperation";
    assert!(
        out.has("Gamma Holdings Ltd", "signs", documents),
        "{:?}",
        out.facts()
    );
    // The party of the with-phrase signs too.
    assert!(
        out.has("Ministry of Transport", "signs", documents),
        "{:?}",
        out.facts()
    );
    assert!(
        out.goals_of(documents).contains("expand port capacity"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_bare_plural_document_after_another_verb_is_signed_by_nobody() {
    let out = Output::of(
        "Gamma Holdings Ltd discussed statements of cooperation with the Ministry of Transport.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_modified_plural_in_capitals_is_one_agreement_with_its_head_as_another_name() {
    let out = Output::of(
        "Alpha Mining Ltd has signed individual Statements of Cooperation with the Ministry of \
         Energy.",
    );
    let documents = "individual Statements of Cooperation";
    assert!(
        out.has("Alpha Mining Ltd", "signs", documents),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ministry of Energy", "signs", documents),
        "{:?}",
        out.facts()
    );
    assert!(
        out.names().contains_key("Statements of Cooperation"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_plural_noun_with_another_complement_is_no_declared_plural_head() {
    // "statements on cooperation" is no plural of a document head.
    let out = Output::of(
        "Alpha Mining Ltd has published individual statements on cooperation with the Ministry \
         of Energy.",
    );
    assert!(
        !out.names().keys().any(|n| n.contains("statements")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_clause_after_a_fronted_participle_phrase_keeps_its_coordinated_subject() {
    // The parse read the names after the comma into the opening phrase.
    let out = Output::of(
        "Following a week of talks in Oslo, Kenya and Norway have signed a treaty on fisheries.",
    );
    assert!(
        out.has("Kenya", "signs", "treaty on fisheries"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Kenya", "cooperatesWith", "Norway"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_clause_after_a_fronted_prepositional_phrase_keeps_its_coordinated_subject() {
    let out = Output::of(
        "After a meeting of the Harbour Council in Mombasa, Kenya and Norway agreed to cooperate \
         on ports.",
    );
    assert!(
        out.has("Kenya", "cooperatesWith", "Norway"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_statement_of_cooperation_is_an_agreement_its_signers_sign() {
    let out = Output::of(
        "Harbour Talks\n\nThe Varnholm Water Agency and the Lumara Basin Authority signed a statement of cooperation on flood warnings.",
    );
    let document = "statement of cooperation on flood warnings";
    assert!(
        out.has("Varnholm Water Agency", "signs", document),
        "{:?}",
        out.facts()
    );
    assert!(
        out.names()
            .get(document)
            .is_some_and(|classes| classes.contains("Agreement")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_statement_on_a_topic_is_no_agreement() {
    let out = Output::of(
        "Flood Update\n\nThe Ministry of Health issued a statement on the floods in Lumara on Monday.",
    );
    assert!(
        !out.labels_of_class("Agreement")
            .iter()
            .any(|n| n.contains("statement")),
        "{:?}",
        out.names()
    );
}

#[test]
fn plural_records_of_discussion_are_one_agreement() {
    let out = Output::of(
        "Kestria Talks\n\nNorway and Kestria signed two records of discussion on fisheries.",
    );
    let documents = "records of discussion on fisheries";
    assert!(out.has("Norway", "signs", documents), "{:?}", out.facts());
    assert!(
        out.names()
            .get(documents)
            .is_some_and(|classes| classes.contains("Agreement")),
        "{:?}",
        out.names()
    );
}
