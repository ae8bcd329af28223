//! Headlines in title case (session 44): every word of such a headline is
//! capitalised, its verb too, so the name tagger may run the subject's name
//! on over the verb ("Regional Queensland Strengthens Ties With Japan"). A
//! goal verb's third-person form ends the name before it; a plural noun
//! ending a name ("Ministers") stays inside it. Sentences written for these
//! tests.

use super::extract_constructions::Output;

const BODY: &str = "Premier Ada Quist and Minister for Trade Bo Lind today reaffirmed \
     the relationship at the annual meeting of the Joint Economic Committee, which aims \
     to strengthen ties between the regions.\n";

#[test]
fn a_name_ends_before_a_title_case_headline_goal_verb() {
    let out = Output::of(&format!(
        "Regional Queensland Strengthens Ties With Japan\n\n{BODY}"
    ));
    let names = out.names();
    assert!(
        !names.keys().any(|n| n.contains("Strengthens")),
        "{names:?}"
    );
    assert!(
        out.has("Queensland", "cooperatesWith", "Japan"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Queensland Strengthens", "cooperatesWith", "Japan"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_ends_before_another_title_case_headline_goal_verb() {
    let out = Output::of(&format!(
        "Regional Ontario Deepens Ties With Korea\n\n{BODY}"
    ));
    let names = out.names();
    assert!(!names.keys().any(|n| n.contains("Deepens")), "{names:?}");
    assert!(names.contains_key("Ontario"), "{names:?}");
}

#[test]
fn a_plural_noun_ending_a_title_case_headline_name_stays_in_it() {
    let out = Output::of(
        "Council of Veldorian Ministers Approves Harbour Plan\n\n\
         The Council of Veldorian Ministers approved the Harbour Plan on Monday.\n",
    );
    let names = out.names();
    assert!(
        names.contains_key("Council of Veldorian Ministers"),
        "{names:?}"
    );
    assert!(!names.contains_key("Council of Veldorian"), "{names:?}");
}
