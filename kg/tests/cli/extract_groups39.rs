//! Parties named by a group description (session 39): "the three
//! provinces", "all four countries", "both governments" stand for the
//! things of the noun's class the text named before, where it names
//! exactly as many as the count says; and co-signers given as the agent of
//! a passive signing cooperate, as the subjects of the active do. One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn the_three_provinces_stand_for_the_three_provinces_named_before() {
    let out = Output::of(
        "Prairie rail talks\n\n\
         Alberta, Manitoba and Ontario held talks on grain freight in Winnipeg on Tuesday. \
         The three provinces signed the Prairie Rail Charter at the close of the meeting.\n",
    );
    for province in ["Alberta", "Manitoba", "Ontario"] {
        assert!(
            out.has(province, "signs", "Prairie Rail Charter"),
            "{province}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn the_three_provinces_as_a_passive_agent_sign_and_cooperate() {
    let out = Output::of(
        "Prairie rail talks\n\n\
         Alberta, Manitoba and Ontario held talks on grain freight in Winnipeg on Tuesday. \
         The Prairie Rail Charter was signed by the three provinces on Friday.\n",
    );
    for province in ["Alberta", "Manitoba", "Ontario"] {
        assert!(
            out.has(province, "signs", "Prairie Rail Charter"),
            "{province}: {:?}",
            out.facts()
        );
    }
    assert!(cooperate(&out, "Alberta", "Ontario"), "{:?}", out.facts());
    assert!(cooperate(&out, "Manitoba", "Ontario"), "{:?}", out.facts());
}

#[test]
fn the_three_provinces_after_two_named_stand_for_nothing() {
    let out = Output::of(
        "Prairie rail talks\n\n\
         Alberta and Manitoba held talks on grain freight in Winnipeg on Tuesday. \
         The Prairie Rail Charter was signed by the three provinces on Friday.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
    // The talks make the two named provinces partners (session 42), and
    // nothing more: no third province is read into the signing.
    let cooperation: Vec<(String, String, String)> = out
        .facts()
        .into_iter()
        .filter(|(_, p, _)| p == "cooperatesWith")
        .collect();
    assert!(
        cooperation.iter().all(|(s, _, o)| {
            matches!(
                (s.as_str(), o.as_str()),
                ("Alberta", "Manitoba") | ("Manitoba", "Alberta")
            )
        }),
        "{cooperation:?}"
    );
}

#[test]
fn the_three_provinces_with_none_named_before_stand_for_nothing() {
    let out = Output::of(
        "Prairie rail talks\n\n\
         The Prairie Rail Charter was signed by the three provinces on Friday. Alberta, \
         Manitoba and Ontario will meet again in May.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn the_three_provinces_count_only_provinces() {
    // Two countries and one province make no three provinces.
    let out = Output::of(
        "Copper talks\n\n\
         Chile, Peru and Ontario opened copper talks in Lima on Monday. \
         The three provinces signed the Andean Copper Accord on Friday.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn all_four_countries_stand_for_the_four_countries_named_before() {
    let out = Output::of(
        "Copper talks\n\n\
         Chile, Peru, Bolivia and Ecuador opened copper talks in Lima on Monday. \
         All four countries signed the Andean Copper Accord on Friday.\n",
    );
    for country in ["Chile", "Peru", "Bolivia", "Ecuador"] {
        assert!(
            out.has(country, "signs", "Andean Copper Accord"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn all_four_countries_after_five_named_stand_for_nothing() {
    let out = Output::of(
        "Copper talks\n\n\
         Chile, Peru, Bolivia, Ecuador and Colombia opened copper talks in Lima on Monday. \
         All four countries signed the Andean Copper Accord on Friday.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn both_governments_stand_for_the_two_countries_named_before() {
    let out = Output::of(
        "Copper talks\n\n\
         Chile and Peru opened copper talks in Lima on Monday. Both governments agreed to cut \
         tariffs on refined copper.\n",
    );
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
}

#[test]
fn both_governments_with_none_named_before_stand_for_nothing() {
    let out = Output::of(
        "Copper talks\n\n\
         Both governments agreed to cut tariffs on refined copper, officials in Lima said.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn co_signers_as_a_passive_agent_cooperate() {
    let out = Output::of(
        "Rail charter signed\n\n\
         The Prairie Rail Charter was signed by Alberta and Manitoba in Regina on Friday.\n",
    );
    assert!(
        out.has("Alberta", "signs", "Prairie Rail Charter"),
        "{:?}",
        out.facts()
    );
    assert!(cooperate(&out, "Alberta", "Manitoba"), "{:?}", out.facts());
}

#[test]
fn a_passive_signer_and_a_witness_do_not_cooperate() {
    let out = Output::of(
        "Rail charter signed\n\n\
         The Prairie Rail Charter was signed by Alberta and witnessed by Manitoba in Regina on \
         Friday.\n",
    );
    assert!(
        out.has("Alberta", "signs", "Prairie Rail Charter"),
        "{:?}",
        out.facts()
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}
