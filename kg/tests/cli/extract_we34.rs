//! First-person plural in speeches (session 34): "we" said by one of the
//! two sides a speech's headline names (two people, or two places joined by
//! a hyphen) stands for both sides, so what "we" did each side did, and a
//! joint act (signing) makes the two sides cooperate. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn we_in_a_turn_of_one_of_two_headline_people_is_both() {
    let out = Output::of(
        "Remarks by Minister Ada Quist and Minister Bo Lind at the Signing of the Fisheries Accord\n\n\
         MINISTER QUIST: Good morning. Bo, thank you for coming to Oslo. Today we signed the \
         Northern Fisheries Accord, which will protect our fish stocks.\n\n\
         MINISTER LIND: Thank you, Ada.\n",
    );
    for signer in ["Ada Quist", "Bo Lind"] {
        assert!(
            out.has(signer, "signs", "Northern Fisheries Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    // People cooperate only through the places they stand for (session
    // 42): the two ministers name none.
    assert!(
        !out.has("Ada Quist", "cooperatesWith", "Bo Lind")
            && !out.has("Bo Lind", "cooperatesWith", "Ada Quist"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_in_a_question_turn_is_neither_side() {
    let out = Output::of(
        "Remarks by Minister Ada Quist and Minister Bo Lind in Oslo\n\n\
         MINISTER QUIST: Good morning, and welcome to Oslo.\n\n\
         QUESTION: Will we sign the Coastal Energy Pact this year?\n",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "signs" && o.contains("Coastal Energy Pact")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_under_a_hyphenated_pair_of_countries_in_an_office_turn_is_both_countries() {
    let out = Output::of(
        "Chile-Peru Leaders Meeting: Remarks\n\n\
         PRESIDENT: Welcome to Santiago, President Lopez. Peru is a close friend of Chile. \
         Today we sign the Pacific Harbour Treaty.\n",
    );
    for signer in ["Chile", "Peru"] {
        assert!(
            out.has(signer, "signs", "Pacific Harbour Treaty"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn we_in_an_unquoted_release_under_two_names_is_no_pair() {
    let out = Output::of(
        "Ada Quist and Bo Lind meet in Oslo\n\n\
         Kestrian minister Ada Quist and Norlandic minister Bo Lind met in Oslo on Monday. \
         Today we signed the Northern Fisheries Accord.\n",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "signs" && o.contains("Northern Fisheries Accord")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_unquoted_under_a_speech_headline_naming_two_people_is_both() {
    let out = Output::of(
        "Joint Remarks by Minister Ada Quist and Minister Bo Lind\n\n\
         Today we signed the Northern Fisheries Accord.\n",
    );
    for signer in ["Ada Quist", "Bo Lind"] {
        assert!(
            out.has(signer, "signs", "Northern Fisheries Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn we_in_a_ministry_release_is_the_ministry_alone() {
    let out = Output::of(
        "Ministry of Fisheries signs accord with Norland\n\n\
         The Ministry of Fisheries of Kestria signed the Northern Fisheries Accord on Monday. \
         \"We signed the accord because our fishers need it,\" said Ada Quist, the minister. \
         We are proud of the Northern Fisheries Accord.\n",
    );
    assert!(
        out.facts()
            .iter()
            .filter(|(_, p, o)| p == "signs" && o.contains("Northern Fisheries Accord"))
            .all(|(s, _, _)| s.contains("Ministry of Fisheries")),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_quoted_from_one_of_two_headline_people_is_both() {
    let out = Output::of(
        "Ada Quist and Bo Lind meet in Oslo\n\n\
         Kestrian minister Ada Quist and Norlandic minister Bo Lind met in Oslo on Monday. \
         \"Today we signed the Northern Fisheries Accord,\" said Ada Quist.\n",
    );
    for signer in ["Ada Quist", "Bo Lind"] {
        assert!(
            out.has(signer, "signs", "Northern Fisheries Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

/// Regression (session 34 review): two people named in a headline may be at
/// odds; a quoted "we" of one of them made the other sign too.
#[test]
fn we_quoted_under_a_headline_of_two_people_at_odds_is_one_side() {
    let out = Output::of(
        "Ada Quist and Bo Lind clash over fishing quotas\n\n\
         Kestrian minister Ada Quist and Norlandic minister Bo Lind disagreed in Oslo on Monday. \
         \"Last year we signed the Northern Fisheries Accord,\" said Ada Quist.\n",
    );
    assert!(
        !out.has("Bo Lind", "signs", "Northern Fisheries Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_quoted_from_a_third_person_is_neither_side() {
    let out = Output::of(
        "Ada Quist and Bo Lind meet in Oslo\n\n\
         Kestrian minister Ada Quist and Norlandic minister Bo Lind met in Oslo on Monday. \
         \"We signed the Coastal Energy Pact,\" said Eva Holm, a trade official.\n",
    );
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "signs"
            && o.contains("Coastal Energy Pact")
            && (s == "Ada Quist" || s == "Bo Lind")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_speakers_office_in_the_attribution_is_not_the_counterparts() {
    let out = Output::of(
        "Ada Quist and Bo Lind meet in Oslo\n\n\
         Kestrian minister Ada Quist and Norlandic minister Bo Lind met in Oslo on Monday. \
         \"We face many challenges as neighbours,\" said Minister of Fisheries Ada Quist.\n",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, o)| s == "Bo Lind" && p == "holdsPosition" && o.contains("Fisheries")),
        "{:?}",
        out.facts()
    );
}
