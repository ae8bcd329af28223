//! Pairs and lists of cooperating parties (issue 14): parties of a joint
//! act listed after "between" or "among" (each pair of them cooperates,
//! not only the first with the others), a hyphenated pair whose second
//! name has several words ("the Chile-New Zealand relationship"), and
//! parties coordinated as the subject of a copular noun of partnership
//! ("A and B are close partners"). Sentences written for these tests.

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

#[test]
fn a_hyphenated_pair_may_name_a_place_of_several_words() {
    let out = Output::of(
        "Ties\n\nThe Chile-New Zealand relationship is close, and so is the Papua New Guinea-Fiji partnership.\n",
    );
    let facts = out.facts();
    assert!(
        out.has("Chile", "cooperatesWith", "New Zealand"),
        "{facts:?}"
    );
    assert!(
        out.has("Papua New Guinea", "cooperatesWith", "Fiji"),
        "{facts:?}"
    );
    // A hyphenated word that is no pair of places relates nobody.
    let out = Output::of("Ties\n\nChile built a New Zealand-style relationship with its ports.\n");
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{facts:?}"
    );
}

#[test]
fn parties_coordinated_as_subject_of_a_partnership_noun_cooperate() {
    let out = Output::of(
        "Ties\n\nChile and Norway are close partners in ocean science. Peru and Japan have long been allies.\n",
    );
    let facts = out.facts();
    assert!(out.has("Chile", "cooperatesWith", "Norway"), "{facts:?}");
    assert!(out.has("Peru", "cooperatesWith", "Japan"), "{facts:?}");
}

#[test]
fn parties_coordinated_as_subject_of_another_noun_do_not_cooperate() {
    let out = Output::of(
        "Forum\n\nChile and Norway are members of the forum, and Peru and Japan are rivals in fishing.\n",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{facts:?}"
    );
}
