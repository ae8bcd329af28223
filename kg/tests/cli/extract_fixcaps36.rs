//! Review fixes to the lines in capitals (session 36): a name in a
//! capitals headline ends before the first common word inside it, and a
//! name head with its complement keeps its capitals when the body writes
//! those words in lowercase. On sentences written for these tests.

use super::extract_constructions::Output;

const BANK_HEADLINE: &str = "BANK OF KORVALE RAISES LOAN RATES AS COSTS CLIMB\n\n\
     The Bank of Korvale raised its loan rates on Monday. Governor Ivo Fenn said the bank \
     would watch costs. Costs climb each winter.\n";

#[test]
fn a_name_in_a_capitals_headline_ends_before_a_common_word_inside_it() {
    let out = Output::of(BANK_HEADLINE);
    let names = out.names();
    assert!(
        names.contains_key("BANK OF KORVALE") || names.contains_key("Bank of Korvale"),
        "{names:?}"
    );
    assert!(
        !names
            .keys()
            .any(|n| n.contains("RAISES") || n.contains("RATES")),
        "{names:?}"
    );
}

#[test]
fn a_name_in_a_capitals_headline_is_labelled_by_its_cut_span() {
    // Two spaces inside the name: the label is the span that is left, not
    // the tagger's label with the cut words stripped off.
    let out = Output::of(&BANK_HEADLINE.replacen("OF KORVALE", "OF  KORVALE", 1));
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.contains("RAISES") || n.contains("CLIMB")),
        "{names:?}"
    );
}

#[test]
fn a_capitals_name_the_body_writes_capitalised_stays_whole() {
    let out = Output::of(
        "KORVALE HARBOUR TRUST ANNOUNCES NEW BERTHS FOR FERRIES\n\n\
         The Korvale Harbour Trust announced four new berths on Monday. The trust said ferries \
         would use them from May.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Korvale Harbour Trust"), "{names:?}");
    assert!(
        !names
            .keys()
            .any(|n| n.contains("ANNOUNCES") || n.contains("BERTHS")),
        "{names:?}"
    );
}

#[test]
fn a_body_head_and_its_complement_keep_their_capitals_in_a_headline() {
    // The body writes "the ministry" and "fisheries officers" in lowercase:
    // the anaphor and a common use, no evidence against the name.
    let out = Output::of(
        "MINISTRY OF FISHERIES OPENS TRAINING CENTRE IN DALSKOG\n\n\
         The ministry said fisheries officers would train there from May. The centre cost four \
         million.\n",
    );
    let names = out.names();
    assert!(
        names
            .get("MINISTRY OF FISHERIES")
            .or_else(|| names.get("Ministry of Fisheries"))
            .is_some_and(|classes| classes.contains("GovernmentBody")),
        "{names:?}"
    );
    // The complement ends at the headline's verb.
    assert!(
        !names
            .keys()
            .any(|n| n.contains("OPENS") || n.contains("TRAINING")),
        "{names:?}"
    );
}

#[test]
fn a_lowercase_body_word_that_heads_no_name_is_still_common_in_a_headline() {
    let out = Output::of(
        "ADA QUIST VISITS FISHERIES IN DALSKOG\n\n\
         Minister Ada Quist visited the fisheries of Dalskog on Tuesday. She said fisheries \
         needed new boats.\n",
    );
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.contains("VISITS") || n.contains("FISHERIES")),
        "{names:?}"
    );
}
