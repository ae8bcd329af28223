//! Cooperation parties (session 45). An office or the portfolio of an
//! office met by a leader is no partner: "held meetings with the Ministers
//! of Agriculture and Food Processing Industries, Science and Technology"
//! names offices and their fields of government, while the owner of an
//! office met stays one. Bodies or places coordinated as the modifiers of a
//! cooperation noun ("USAID and JICA collaboration projects") cooperate,
//! each with each. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn portfolios_of_the_offices_met_are_no_partners() {
    let out = Output::of(
        "Trade mission news\n\nIn Nairobi, Premier Ada Quist of Manitoba held meetings with the Ministers of Agriculture and Food Processing Industries, Science and Technology and the Prime Minister of Kenya.\n",
    );
    assert!(
        out.has("Manitoba", "cooperatesWith", "Kenya"),
        "{:?}",
        out.facts()
    );
    for portfolio in [
        "Ministers of Agriculture",
        "Food Processing Industries",
        "Science and Technology",
    ] {
        assert!(
            !out.has("Manitoba", "cooperatesWith", portfolio)
                && !out.has("Kenya", "cooperatesWith", portfolio),
            "{portfolio}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_office_written_as_a_name_is_no_partner() {
    let out = Output::of(
        "Trade mission news\n\nIn Dhaka, Premier Ada Quist of Manitoba met with the Ministers of Commerce and Foreign Affairs.\n",
    );
    assert!(
        !out.has(
            "Manitoba",
            "cooperatesWith",
            "Ministers of Commerce and Foreign Affairs"
        ),
        "{:?}",
        out.facts()
    );
    let owners = Output::of(
        "Trade mission news\n\nIn Nairobi, Premier Ada Quist of Manitoba met with the Ministers of Trade of Kenya and Uganda.\n",
    );
    assert!(
        owners.has("Manitoba", "cooperatesWith", "Kenya")
            && owners.has("Manitoba", "cooperatesWith", "Uganda"),
        "{:?}",
        owners.facts()
    );
}

#[test]
fn names_coordinated_before_a_cooperation_noun_cooperate() {
    let out = Output::of(
        "Farming news\n\nThe plan supports farmers in Kenya and Uganda cooperation projects on irrigation.\n",
    );
    assert!(
        out.has("Kenya", "cooperatesWith", "Uganda"),
        "{:?}",
        out.facts()
    );
    let three = Output::of(
        "Farming news\n\nThe fund pays for Kenya, Uganda and Tanzania partnership projects.\n",
    );
    assert!(
        three.has("Kenya", "cooperatesWith", "Tanzania")
            && three.has("Uganda", "cooperatesWith", "Tanzania"),
        "{:?}",
        three.facts()
    );
}

#[test]
fn a_list_after_a_partner_preposition_is_no_pair_of_modifiers() {
    let out = Output::of(
        "Farming news\n\nRwanda signed with Uganda and Tanzania cooperation agreements on irrigation.\n",
    );
    assert!(
        !out.has("Uganda", "cooperatesWith", "Tanzania"),
        "{:?}",
        out.facts()
    );
    let people = Output::of(
        "Farming news\n\nThe report praises the Ada Quist and Ivo Marsh collaboration on irrigation.\n",
    );
    assert!(
        !people.has("Ada Quist", "cooperatesWith", "Ivo Marsh"),
        "{:?}",
        people.facts()
    );
}
