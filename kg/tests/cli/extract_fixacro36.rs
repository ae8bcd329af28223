//! Review fix of session 36's acronym bodies: the spelling test is a table
//! of words × letters under named limits, so a long run of capitalised
//! words before a long acronym ends; only a genitive complement ("of")
//! names a body of its own, and only with an organisation's head word, so
//! a topic after "on" or "for" keeps its acronym with the whole name. On
//! sentences written for these tests with invented names.

use super::extract_constructions::Output;

/// "Kestria hosted the Aaaa Aaaa … (AAA…B) on Monday.": `words`
/// capitalised words before an acronym of `letters` letters, each word able
/// to give one to four of them.
fn long_run(words: usize, letters: usize) -> String {
    let run = vec!["Aaaa"; words].join(" ");
    let acronym = format!("{}B", "A".repeat(letters.saturating_sub(1)));
    format!(
        "Harbour talks\n\nKestria hosted the {run} ({acronym}) on Monday. Norland sent two envoys."
    )
}

#[test]
fn a_long_run_before_a_long_acronym_gives_output() {
    // Forty words and fifty letters: every share of the letters among the
    // words would never be tried to the end.
    let out = Output::of(&long_run(40, 50));
    assert!(out.names().contains_key("Norland"), "{:?}", out.names());
}

#[test]
fn a_long_run_before_an_acronym_at_the_letter_limit_gives_output() {
    // Twelve letters, within the limit, over a run of words and connectors.
    let run = ["Aaaa of Aaaa and"; 10].join(" ");
    let text = format!(
        "Harbour talks\n\nKestria hosted the {run} Aaaa (AAAAAAAAAAAB) on Monday. Norland sent two envoys."
    );
    let out = Output::of(&text);
    assert!(out.names().contains_key("Norland"), "{:?}", out.names());
}

#[test]
fn an_acronym_at_the_letter_limit_still_spells_a_body() {
    // Twelve letters spelt by a body in a genitive complement.
    let out = Output::of(
        "Harbour talks\n\nKestria signed the Charter of the Vorla Amber Lime Tide Fen Reed Opal Sand Wren Mire Cove Council (VALTFROSWMCC) on Monday. Norland joined the VALTFROSWMCC in 2019.",
    );
    let names = out.names();
    assert!(
        names
            .get("VALTFROSWMCC")
            .is_some_and(|classes| classes.contains("Organization")),
        "{names:?}"
    );
}

#[test]
fn a_topic_after_on_is_no_body_and_keeps_the_acronym_with_the_name() {
    let out = Output::of(
        "Fishing rules\n\nKestria adopted the Charter on Coastal Fishing Rights (CFR) on Monday. The CFR enters into force in June.",
    );
    let names = out.names();
    assert!(!names.contains_key("Coastal Fishing Rights"), "{names:?}");
    assert!(
        !names
            .get("CFR")
            .is_some_and(|classes| classes.contains("Organization")),
        "{names:?}"
    );
}

#[test]
fn a_topic_after_for_is_no_body() {
    let out = Output::of(
        "Fishing rules\n\nNorland launched the Plan for Rural Water Supply (RWS) in May. The RWS covers four districts.",
    );
    let names = out.names();
    assert!(!names.contains_key("Rural Water Supply"), "{names:?}");
}

#[test]
fn a_complement_after_of_without_a_body_head_is_no_body() {
    // "Compact" is no organisation's head word: no body by default.
    let out = Output::of(
        "Ports pact\n\nKestria signed the Report of the Ocean Data Compact (ODC) on Monday.",
    );
    let names = out.names();
    assert!(
        !names
            .get("Ocean Data Compact")
            .is_some_and(|classes| classes.contains("Organization")),
        "{names:?}"
    );
}

#[test]
fn a_complement_after_of_with_a_body_head_is_a_body() {
    let out = Output::of(
        "Ports pact\n\nKestria adopted the Report of the Lime Coast Fisheries Agency (LCFA) on Monday. Norland joined the LCFA in 2020.",
    );
    assert_eq!(
        out.objects_of("Norland", "memberOf"),
        ["Lime Coast Fisheries Agency"]
    );
}
