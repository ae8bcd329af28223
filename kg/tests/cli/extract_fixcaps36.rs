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

/// The names of `text` that hold one of `words`.
fn names_holding(text: &str, words: &[&str]) -> Vec<String> {
    Output::of(text)
        .names()
        .into_keys()
        .filter(|n| words.iter().any(|w| n.contains(w)))
        .collect()
}

#[test]
fn a_headline_verb_after_a_body_complement_stays_out_of_the_name() {
    // The body writes "cuts" in lowercase, or never writes it.
    for body in [
        "The ministry said the cuts would hit small ports. Officials in Dalskog were told on Friday.",
        "The ministry said small ports would receive less money. Officials in Dalskog were told on Friday.",
    ] {
        let text = format!("MINISTRY OF FISHERIES CUTS GRANTS FOR HARBOUR TOWNS\n\n{body}\n");
        let out = Output::of(&text);
        let names = out.names();
        assert!(names.contains_key("MINISTRY OF FISHERIES"), "{names:?}");
        assert!(names_holding(&text, &["CUTS", "GRANTS"]).is_empty(), "{names:?}");
    }
}

#[test]
fn a_later_complement_word_the_body_writes_in_lowercase_ends_the_name() {
    let text = "COLLEGE OF VARNHOLM TEACHERS STRIKE OVER WAGES\n\n\
                The teachers walked out on Monday. The college said classes would resume soon.\n";
    let out = Output::of(text);
    let names = out.names();
    assert!(names.contains_key("COLLEGE OF VARNHOLM"), "{names:?}");
    assert!(
        names_holding(text, &["TEACHERS", "STRIKE"]).is_empty(),
        "{names:?}"
    );
}

#[test]
fn a_one_word_preposition_ends_a_name_complement_in_a_headline() {
    // "IN" ends the complement, whether the body writes "warns" or not.
    for body in [
        "The ministry warns of delays on the northern line. Works begin in Varnholm on Monday.",
        "Travellers should expect longer journeys on the northern line from Monday.",
    ] {
        let text = format!("MINISTRY OF TRANSPORT IN VARNHOLM WARNS OF DELAYS\n\n{body}\n");
        let out = Output::of(&text);
        let names = out.names();
        assert!(names.contains_key("MINISTRY OF TRANSPORT"), "{names:?}");
        assert!(
            names_holding(&text, &["TRANSPORT IN", "WARNS"]).is_empty(),
            "{names:?}"
        );
    }
    // "TO" ends the walk after "COURSE": no headline verb in the name.
    let text = "RESERVE BANK ON COURSE TO TRIM RATES IN JUNE\n\n\
                The reserve bank said it was on course to trim rates. Traders expect a move in June.\n";
    assert!(names_holding(text, &["TRIM", "RATES"]).is_empty());
}

#[test]
fn a_name_cut_in_a_headline_does_not_end_in_its_connector() {
    let text = "AGENCY OF THE STATE CURBED BY NEW STATUTE SAYS MAYOR\n\n\
                The agency lost some of its powers on Tuesday. The mayor said the statute was fair.\n";
    let out = Output::of(text);
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.ends_with(" OF") || n.contains("CURBED")),
        "{names:?}"
    );
}

#[test]
fn a_name_head_with_its_complement_still_keeps_its_capitals_before_a_headline_verb() {
    let out = Output::of(
        "MINISTRY OF FISHERIES LAUNCHES NEW TRAINING SCHEME\n\n\
         The ministry said the scheme would start in May.\n",
    );
    let names = out.names();
    assert!(names.contains_key("MINISTRY OF FISHERIES"), "{names:?}");
    assert!(!names.keys().any(|n| n.contains("LAUNCHES")), "{names:?}");
}
