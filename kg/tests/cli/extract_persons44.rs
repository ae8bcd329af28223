//! Person names (session 44): a style the ontology lists ("Dato'", "Tan
//! Sri") is never part of the name it precedes, so the styled and the
//! bare mentions of one person are one entity holding the office.
//! Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_malaysian_style_is_no_part_of_the_name() {
    let out = Output::of(
        "Trade talks in Kelang\n\n\
         Trade Minister Ada Quist met the Minister of Transport of Malaysia, Dato’ Rahim \
         Kassim, in Kelang on Monday. Dato’ Rahim and Minister Quist discussed port fees.\n",
    );
    let holders = out.subjects_of("holdsPosition", "Minister of Transport of Malaysia");
    assert_eq!(holders, ["Rahim Kassim"], "{:?}", out.facts());
    assert!(
        !out.facts().iter().any(|(s, _, _)| s.starts_with("Dato")),
        "{:?}",
        out.facts()
    );
    assert!(
        out.literals("Rahim Kassim", "honorific").contains("Dato’"),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_style_the_tagger_cut_off_at_its_apostrophe_is_nobody() {
    let out = Output::of(
        "Press Statement: Trade Minister Ada Quist's Meeting with Dato' Rahim Kassim, \
         Minister of Transport of Malaysia\n\n\
         Trade Minister Ada Quist met Dato' Rahim Kassim in Kelang on Monday.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Rahim Kassim"), "{names:?}");
    assert!(
        !names.keys().any(|name| name == "Dato" || name == "Dato'"),
        "{names:?}"
    );
}

#[test]
fn a_name_written_straight_before_its_office_ends_at_the_office() {
    let out = Output::of(
        "Delegations\n\n\
         Lorn was represented by Hon. Bran T. Holt Deputy Premier and Minister of Home \
         Affairs; Kestria was represented by the Hon. Ada Quist Minister of Trade.\n",
    );
    let names = out.names();
    assert!(
        names
            .get("Bran T. Holt")
            .is_some_and(|c| c.contains("Person")),
        "{names:?}"
    );
    assert!(
        names.get("Ada Quist").is_some_and(|c| c.contains("Person")),
        "{names:?}"
    );
    assert!(
        !names
            .keys()
            .any(|name| name.contains("Holt Deputy") || name.contains("Quist Minister")),
        "{names:?}"
    );
}
