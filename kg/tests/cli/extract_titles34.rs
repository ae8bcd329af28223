//! Documents named by their titles (session 34): a joint document's
//! authors given only as a hyphenated pair inside its title, and a quoted
//! title set off by a comma after a document's head. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_joint_documents_title_pair_names_its_authors() {
    let out = Output::of(
        "Chile-Peru Joint Declaration on Ocean Research\n\nThe two governments agreed to expand \
         research on coral reefs along the Pacific coast.\n",
    );
    let mut authors = out.subjects_of("issues", "Chile-Peru Joint Declaration on Ocean Research");
    authors.sort();
    assert_eq!(
        authors,
        vec!["Chile".to_string(), "Peru".to_string()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_pair_names_no_authors_of_a_document_that_is_not_joint() {
    let out = Output::of(
        "Chile-Peru Fisheries Report on Ocean Research\n\nThe report counts the catch along the \
         Pacific coast.\n",
    );
    assert!(
        out.subjects_of("issues", "Chile-Peru Fisheries Report on Ocean Research")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_pair_gives_way_to_the_authors_the_text_names() {
    let out = Output::of(
        "The Tarvel Ministry of Water published the Joint Statement on the Chile-Peru Water \
         Talks on Friday.",
    );
    let authors = out.subjects_of("issues", "Joint Statement on the Chile-Peru Water Talks");
    assert_eq!(
        authors,
        vec!["Tarvel Ministry of Water".to_string()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_quoted_title_after_a_comma_names_the_document() {
    let out = Output::of(
        "The Tarvel Energy Agency has published a Communication, \u{2018}Charting the path to \
         clean power\u{2019}. The Communication sets out how the grid will change.",
    );
    assert!(
        out.has(
            "Tarvel Energy Agency",
            "issues",
            "Charting the path to clean power"
        ),
        "{:?}",
        out.facts()
    );
}

/// Regression (session 34 review): a document already named took the quoted
/// words after it as its name and lost its own, with its gazetteer identity.
#[test]
fn a_quoted_title_after_a_named_document_leaves_its_name() {
    let out = Output::of(
        "Canada has ratified the Paris Agreement, \u{2018}A Turning Point for the Climate\u{2019}, \
         after a long debate.",
    );
    assert!(
        out.names().contains_key("Paris Agreement"),
        "{:?}",
        out.names()
    );
    assert!(
        !out.names().contains_key("A Turning Point for the Climate"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_quoted_remark_after_a_comma_is_no_title() {
    // The quotation ends on its own comma: a remark, not a title.
    let out = Output::of(
        "The Tarvel Energy Agency published the report, \u{201c}We must act on the grid now,\u{201d} \
         its director said.",
    );
    assert!(
        !out.names().contains_key("We must act on the grid now"),
        "{:?}",
        out.names()
    );
    assert!(
        out.objects_of("Tarvel Energy Agency", "issues")
            .iter()
            .all(|o| !o.starts_with("We must")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_documents_name_runs_on_over_a_joined_number_and_the_words_after_it() {
    let out = Output::of(
        "Joint Statement on the Third Chile-Peru Foreign and Defence Ministers 2+2 Meeting\n\nThe \
         four ministers met in Lima on Monday to review maritime security.\n",
    );
    let title = "Joint Statement on the Third Chile-Peru Foreign and Defence Ministers 2+2 Meeting";
    let mut authors = out.subjects_of("issues", title);
    authors.sort();
    assert_eq!(
        authors,
        vec!["Chile".to_string(), "Peru".to_string()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_joined_number_before_lowercase_words_stays_out_of_a_documents_name() {
    let out = Output::of(
        "The Tarvel Ministry of Defence released the Harbour Security Strategy 2+2 weeks ago.",
    );
    assert!(
        out.has(
            "Tarvel Ministry of Defence",
            "issues",
            "Harbour Security Strategy"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_bodys_name_in_a_heading_ends_before_the_headlines_verb() {
    let out = Output::of(
        "Ministry of Health and the Ministry of Land, Water and Transport Conclude an MOU on Rural \
         Clinics\n\nThe memorandum takes effect in May.\n",
    );
    let names = out.names();
    assert!(
        names.contains_key("Ministry of Land, Water and Transport"),
        "{names:?}"
    );
    assert!(!names.keys().any(|n| n.ends_with("Conclude")), "{names:?}");
    assert!(
        out.has(
            "Ministry of Land, Water and Transport",
            "signs",
            "MOU on Rural Clinics"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_in_running_text_keeps_a_capitalised_word_before_a_determiner() {
    // Not a heading: the capitalised word is the name's own ("the
    // Ministry of Health Release" is a document of the ministry's).
    let out = Output::of(
        "Doctors praised the Ministry of Health and Sport Release a week after it appeared.",
    );
    let names = out.names();
    assert!(
        !names.contains_key("Ministry of Health and Sport"),
        "{names:?}"
    );
}

#[test]
fn a_name_before_an_apposed_office_is_its_holder_whatever_the_tagger_read() {
    // "Jordan Banks" reads as an organisation to the name tagger.
    let out = Output::of(
        "The Harbour Accord was signed by Jordan Banks, Minister of Trade of Kestria, and Omar \
         Tide, Minister of Fisheries of Dorvan.",
    );
    assert!(
        out.has(
            "Jordan Banks",
            "holdsPosition",
            "Minister of Trade of Kestria"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Jordan Banks", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_company_before_an_office_and_its_holder_stays_a_company() {
    // The office goes on to its holder's name: no apposition to the company.
    let out = Output::of("The port contract went to Lumio Labs, Minister of Trade Ada Quist said.");
    assert!(
        !out.labels_of_class("Person").contains("Lumio Labs"),
        "{:?}",
        out.names()
    );
    assert!(
        out.objects_of("Lumio Labs", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}
