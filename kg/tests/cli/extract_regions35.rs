//! Parties kg did not see as agents (session 35): a state or province
//! named as a party acts for its government (`kg:Subdivision`), "partner"
//! as a copular predicate, and a short form in brackets between two
//! coordinated parties. One positive and one negative test per
//! construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn provinces_coordinated_as_signers_sign_and_cooperate() {
    let out = Output::of(
        "Two provinces sign energy pact\n\n\
         Ontario and Alberta signed the Northern Grid Accord on Monday in Toronto.\n",
    );
    for signer in ["Ontario", "Alberta"] {
        assert!(
            out.has(signer, "signs", "Northern Grid Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Ontario", "cooperatesWith", "Alberta"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_state_with_a_partner_after_the_object_cooperates() {
    let out = Output::of(
        "Queensland signed the Hydrogen Corridor Memorandum with Chile in Brisbane on Friday.\n",
    );
    assert!(
        out.has("Queensland", "signs", "Hydrogen Corridor Memorandum"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Queensland", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_province_that_is_only_where_something_happens_is_no_party() {
    let out = Output::of(
        "Chile and Peru signed the Lake Fisheries Accord in Ontario. \
         An Ontario-based firm will train the inspectors.\n",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Ontario" || o == "Ontario"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_continent_is_no_party() {
    let out = Output::of("Chile signed the Green Shipping Charter with Africa on Monday.\n");
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, o)| s == "Africa" || o == "Africa"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_predicate_partner_for_a_country_cooperates_with_it() {
    let out = Output::of("Peru is an important partner for Norway in fisheries and shipping.\n");
    assert!(
        out.has("Peru", "cooperatesWith", "Norway"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_partner_for_a_topic_is_no_cooperation() {
    let out = Output::of("Peru is an important partner for growth in the fisheries sector.\n");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_short_form_in_brackets_does_not_break_the_coordination() {
    let out = Output::of(
        "The Ministry of Lakes (MOL) and the Ministry of Ports (MOP) have signed an agreement on \
         flood defences.\n",
    );
    assert!(
        out.has("Ministry of Lakes", "cooperatesWith", "Ministry of Ports"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_short_form_in_brackets_is_no_party() {
    let out = Output::of("The Ministry of Lakes (MOL) signed an agreement on flood defences.\n");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}
