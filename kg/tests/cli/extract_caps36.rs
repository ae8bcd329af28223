//! Lines written in capitals (session 36): a headline, lead-in or caption
//! in capitals reads each word the way the rest of the document writes it,
//! so a name or an office starts and ends where the body's would. One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::Output;

#[test]
fn an_office_in_a_capitals_headline_does_not_run_back_over_common_words() {
    let out = Output::of(
        "PRESIDENT ADA QUIST ARRIVES IN LUMARA FOR TRADE TALKS WITH PRESIDENT IVO MARSH\n\n\
         President Ada Quist of Kestria arrived in Lumara on Tuesday for trade talks with her \
         Norland counterpart, President Ivo Marsh. The two leaders will discuss fisheries.\n",
    );
    let offices = out.objects_of("Ivo Marsh", "holdsPosition");
    assert!(
        offices.contains(&"President".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s.contains("Talks") || o.contains("Talks") || s.contains("Arrives")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_in_a_capitals_headline_keeps_the_words_the_body_capitalises() {
    // "NEW" is a common word to the lexicon; the body writes it in the
    // office's name, so the headline's office keeps it.
    let out = Output::of(
        "MINISTER FOR NEW TOWNS BRAN HOLT OPENS HARBOUR BRIDGE IN LUMARA\n\n\
         The Minister for New Towns, Bran Holt, opened the harbour bridge in Lumara on Friday. \
         Minister for New Towns Bran Holt said the bridge would open new routes.\n",
    );
    assert_eq!(
        out.objects_of("Bran Holt", "holdsPosition"),
        vec!["Minister for New Towns".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_in_a_capitals_headline_ends_before_a_common_word() {
    let out = Output::of(
        "FOREIGN MINISTER BRAN HOLT WELCOMES AMBASSADOR TOVA LINDQVIST TO NEW POST\n\n\
         Foreign Minister Bran Holt welcomed Ambassador Tova Lindqvist of Norland at the ministry \
         on Monday. He said the new post would bring closer ties.\n",
    );
    assert!(
        out.objects_of("Tova Lindqvist", "holdsPosition")
            .contains(&"Ambassador".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s.contains("Post") || o.contains("Welcomes")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_in_a_capitals_headline_keeps_a_common_word_the_body_capitalises() {
    // "post" is a common word to the lexicon, but this body writes it as
    // the president's surname.
    let out = Output::of(
        "PRESIDENT ADA POST RECEIVES ENVOY IVO MARSH IN LUMARA\n\n\
         President Ada Post received the envoy of Norland, Ivo Marsh, in Lumara on Monday. \
         President Ada Post said the talks went well.\n",
    );
    assert!(
        out.objects_of("Ada Post", "holdsPosition")
            .contains(&"President".to_owned()),
        "{:?}",
        out.facts()
    );
}
