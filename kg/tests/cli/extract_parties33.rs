//! Parties given indirectly (session 33): the names after an infinitive
//! subject marker ("opportunities for A and B to work together", also
//! through a coordinated infinitive: "for the Governments of A and B to
//! share data, and to cooperate") do what the infinitive says; a pair
//! phrase ("between the two countries") stands for the two named most
//! often only where no third is named as often ("counterparts from A, B
//! and C" leave the pair open); a person named after a counterpart phrase
//! ("A and her Peruvian counterpart, B, signed X") is a signer, the
//! phrase's place signs for them and cooperates with the owner of the
//! other signer's office. One positive and one negative test per
//! construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn coordinated_names_after_for_are_the_subjects_of_a_joint_infinitive() {
    let out = Output::of(
        "Ports news\n\nThe new fund creates openings for Chile and Peru to work together on port safety.\n",
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_coordinated_infinitive_shares_the_marked_subjects_of_the_first() {
    let out = Output::of(
        "Ports news\n\nIt sets out a path for the Governments of Chile and Peru to share port data, and to cooperate on safety at sea.\n",
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    // The plural phrase names no party of its own.
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "cooperatesWith"
            && (s.starts_with("Governments") || o.starts_with("Governments"))),
        "{:?}",
        out.facts()
    );
}

#[test]
fn each_for_phrase_marks_only_its_own_infinitive_subject() {
    let out = Output::of(
        "Ports news\n\nThe report calls for Chile to cut its tariffs and for Peru to work with Brazil on port safety.\n",
    );
    assert!(
        out.has("Peru", "cooperatesWith", "Brazil"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Chile", "cooperatesWith", "Brazil"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_pair_phrase_after_counterparts_from_three_countries_names_no_pair() {
    let out = Output::of(
        "Trade news\n\nMinister Ada Quist held talks with her counterparts from Chile, Peru and Colombia on Monday. Minister Quist and the Peru Minister of Trade Juan Soto reviewed relations between the two countries.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_pair_phrase_stands_for_the_two_named_more_often_than_a_third() {
    let out = Output::of(
        "Trade news\n\nChile hosted the president of Peru on Monday. The leader of Chile greeted the delegation from Peru, and Colombia sent an observer. Cooperation between the two countries will grow.\n",
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Chile", "cooperatesWith", "Colombia"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Peru", "cooperatesWith", "Colombia"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_counterpart_named_with_a_demonym_signs_and_gives_the_party() {
    let out = Output::of(
        "Trade news\n\nChilean Trade Minister Ada Quist and her Peruvian counterpart, Juan Soto, signed the Port Safety Agreement in Lima on Monday.\n",
    );
    let accord = "Port Safety Agreement";
    for signer in ["Ada Quist", "Juan Soto", "Chile", "Peru"] {
        assert!(
            out.has(signer, "signs", accord),
            "{signer}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_counterpart_without_a_place_signs_for_no_country() {
    let out = Output::of(
        "Trade news\n\nChilean Trade Minister Ada Quist and her counterpart, Juan Soto, signed the Port Safety Agreement in Lima on Monday.\n",
    );
    let accord = "Port Safety Agreement";
    assert!(out.has("Ada Quist", "signs", accord), "{:?}", out.facts());
    assert!(out.has("Juan Soto", "signs", accord), "{:?}", out.facts());
    assert_eq!(
        out.subjects_of("signs", accord),
        vec!["Ada Quist", "Chile", "Juan Soto"],
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}
