//! Parties of a joint act listed after "between" or "among" (issue 14):
//! each pair of the listed parties cooperates, not only the first with the
//! others. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn cooperation_among_three_parties_relates_each_pair() {
    let out = Output::of(
        "Ocean science\n\nThe agreement strengthens cooperation among Chile, Norway and Peru on ocean science.\n",
    );
    let facts = out.facts();
    for (a, b) in [("Chile", "Norway"), ("Chile", "Peru"), ("Norway", "Peru")] {
        assert!(out.has(a, "cooperatesWith", b), "{a} {b}: {facts:?}");
    }
}

#[test]
fn an_agreement_between_three_parties_relates_each_pair() {
    let out = Output::of(
        "Ocean science\n\nAn agreement between Chile, Norway and Peru on ocean science was signed on Monday.\n",
    );
    let facts = out.facts();
    for (a, b) in [("Chile", "Norway"), ("Chile", "Peru"), ("Norway", "Peru")] {
        assert!(out.has(a, "cooperatesWith", b), "{a} {b}: {facts:?}");
    }
}

#[test]
fn among_after_a_word_that_is_no_joint_noun_relates_nobody() {
    let out = Output::of(
        "Fish exports\n\nChile ranked first among Norway, Peru and Japan in fish exports last year.\n",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{facts:?}"
    );
}
