//! Fixes after the review of session 39's group descriptions and passive
//! co-signers (sentences written for these tests, most from the review):
//! a partitive or negative quantity before the group ("none of the three
//! countries") or an exception after it names no group; the passive
//! co-signer frame reads only a signed document; "provinces" counts only
//! provinces; "the three parties" counts no persons.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn atrocities_committed_by_two_countries_are_no_cooperation() {
    let out =
        Output::of("War\n\nAtrocities were committed by Serbia and Croatia during the war.\n");
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn states_of_emergency_declared_by_two_countries_are_no_cooperation() {
    let out = Output::of(
        "Floods\n\nStates of emergency were declared by Kenya and Uganda after the floods.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn an_accord_signed_by_two_countries_is_still_cooperation() {
    let out = Output::of("Deal\n\nThe accord was signed by Kenya and Uganda on Monday.\n");
    assert!(cooperate(&out, "Kenya", "Uganda"), "{:?}", out.facts());
    let out = Output::of(
        "Deal\n\nThe treaty was signed by France, Germany and Italy and ratified by Spain.\n",
    );
    assert!(cooperate(&out, "France", "Italy"), "{:?}", out.facts());
}

const MET: &str = "Summit\n\nFrance, Germany and Italy met. ";

#[test]
fn none_of_the_three_countries_signs_nothing() {
    let out = Output::of(&format!(
        "{MET}None of the three countries signed the Ocean Treaty.\n"
    ));
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn some_of_the_three_countries_are_no_group() {
    for some in ["One of", "Only two of", "Neither of", "Some of"] {
        let out = Output::of(&format!(
            "{MET}{some} the three countries signed the Ocean Treaty.\n"
        ));
        assert_eq!(facts_of(&out, "signs"), 0, "{some}: {:?}", out.facts());
    }
    let out = Output::of(
        "Summit\n\nFrance and Germany met. One of the two countries signed the Ocean Treaty.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn all_three_countries_except_one_are_no_group() {
    let out = Output::of(&format!(
        "{MET}All three countries except Italy signed the Ocean Treaty.\n"
    ));
    assert!(
        !out.has("Italy", "signs", "Ocean Treaty"),
        "{:?}",
        out.facts()
    );
    assert!(!cooperate(&out, "Italy", "France"), "{:?}", out.facts());
}

#[test]
fn each_of_the_three_countries_still_signs() {
    let out = Output::of(&format!(
        "{MET}Each of the three countries signed the Ocean Treaty.\n"
    ));
    for country in ["France", "Germany", "Italy"] {
        assert!(
            out.has(country, "signs", "Ocean Treaty"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn the_three_parties_are_no_persons() {
    let out = Output::of(
        "Health\n\nAda Quist, Ben Ola and Cy Dee represented the three companies. \
         The three parties signed the Supply Agreement.\n",
    );
    for person in ["Ada Quist", "Ben Ola", "Cy Dee"] {
        assert!(
            !out.has(person, "signs", "Supply Agreement"),
            "{person}: {:?}",
            out.facts()
        );
    }
    let out = Output::of(
        "Talks\n\nThe European Commission, the African Union and the World Bank met. \
         The three parties signed the Ocean Treaty.\n",
    );
    assert!(
        out.has("World Bank", "signs", "Ocean Treaty"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_two_states_are_no_us_states_named_in_passing() {
    let out = Output::of(
        "Diplomacy\n\nKenya and Uganda held talks in Nairobi, with observers from Texas and \
         California. The two states signed the Border Agreement.\n",
    );
    for state in ["Texas", "California"] {
        assert!(
            !out.has(state, "signs", "Border Agreement"),
            "{state}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn the_three_territories_are_no_provinces() {
    let out = Output::of(
        "Energy talks\n\nOntario, Quebec and Manitoba met in Ottawa on Monday. The three \
         territories signed the Northern Energy Agreement on Friday.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}

#[test]
fn the_four_provinces_lie_in_one_country() {
    let out = Output::of(
        "Summit\n\nOntario, Quebec and Manitoba met in Ottawa with officials of Texas. \
         All the four provinces signed the Energy Agreement.\n",
    );
    assert_eq!(facts_of(&out, "signs"), 0, "{:?}", out.facts());
}
