//! General constructions of policy news read on sentences written for these
//! tests (issue 14, session 21): a portfolio holding "and" or "&", members
//! in brackets that end saying they name only some, "the <place>
//! Government" as that place's government, and goal-list lines that read
//! like descriptions.

use super::extract_constructions::Output;

#[test]
fn a_portfolio_with_and_is_one_position_before_a_name_in_apposition() {
    let out = Output::of(
        "Harbour works\n\nThe Minister for Ports and Shipping, Omar Said, opened the new terminal on Monday.\n\nThe Minister for Fisheries and Aquaculture, Jane Roe, visited the fish market.\n\nThe Minister for Forests & Wildlife, Ana Costa, planted the first tree.",
    );
    for (person, position) in [
        ("Omar Said", "Minister for Ports and Shipping"),
        ("Jane Roe", "Minister for Fisheries and Aquaculture"),
        ("Ana Costa", "Minister for Forests & Wildlife"),
    ] {
        assert!(
            out.has(person, "holdsPosition", position),
            "{person}: {:?}",
            out.facts()
        );
    }
    // The portfolio's last word is no person of its own.
    let labels = out.labels_of_class("Person");
    for word in ["Shipping", "Aquaculture", "Wildlife"] {
        assert!(!labels.contains(word), "{word}: {labels:?}");
    }
}

#[test]
fn two_offices_joined_by_and_stay_two_positions() {
    let out = Output::of(
        "Health and trade\n\nThe Minister of Trade, Ada Quist, and the Minister of Health, Ben Osei, signed the Clinic Supply Accord.",
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "Minister of Trade"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ben Osei", "holdsPosition", "Minister of Health"),
        "{:?}",
        out.facts()
    );
    let positions = out.labels_of_class("Position");
    assert!(
        !positions.iter().any(|p| p.contains(" and ")),
        "{positions:?}"
    );
}

#[test]
fn members_in_brackets_may_end_saying_they_are_only_some() {
    let out = Output::of(
        "Regional bodies\n\nThe Andean Community members (Bolivia, Colombia and Peru, among others) met in Lima.\n\nThe members of the Nordic Council (Denmark, Finland and others) agreed on a plan.\n\nThe Pacific Alliance has several members (Chile, Mexico, etc.) on the coast.",
    );
    for (member, body) in [
        ("Bolivia", "Andean Community"),
        ("Peru", "Andean Community"),
        ("Denmark", "Nordic Council"),
        ("Finland", "Nordic Council"),
        ("Chile", "Pacific Alliance"),
        ("Mexico", "Pacific Alliance"),
    ] {
        assert!(
            out.has(member, "memberOf", body),
            "{member}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_place_before_government_names_that_places_government() {
    let out = Output::of(
        "Cocoa research\n\nThe Kenyan Government and the Ghana Government agreed to cooperate on cocoa research.",
    );
    assert!(
        out.has(
            "Government of Kenya",
            "cooperatesWith",
            "Government of Ghana"
        ),
        "{:?}",
        out.facts()
    );
    // The governments, not the countries, are the parties here.
    for country in ["Kenya", "Ghana"] {
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, o)| p == "cooperatesWith" && (s == country || o == country)),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn the_place_government_is_the_government_of_the_place_named_before() {
    let out = Output::of(
        "Teacher training\n\nThe Government of Ghana signed the Teacher Training Accord with the Australian Government in Accra.\n\nUnder the accord, the Australian Government will work directly with the Ghana Government on school funding.",
    );
    let governments = out.labels_of_class("GovernmentBody");
    assert!(
        governments.contains("Government of Ghana")
            && governments.contains("Government of Australia"),
        "{governments:?}"
    );
    assert_eq!(governments.len(), 2, "{governments:?}");
    assert!(
        out.has(
            "Government of Australia",
            "cooperatesWith",
            "Government of Ghana"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ghana", "cooperatesWith", "Government of Australia"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn goal_list_lines_that_read_like_descriptions_stay_goals() {
    let out = Output::of(
        "Customs plan\n\nThe ministers adopted the Coastal Customs Plan, which sets out three goals:\n\nsimplify customs rules\n\ncut border waiting times\n\npromote the digital exchange of trade documents",
    );
    for goal in [
        "simplify customs rules",
        "cut border waiting times",
        "promote the digital exchange of trade documents",
    ] {
        assert!(
            out.has(goal, "goalOf", "Coastal Customs Plan"),
            "{goal}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.labels_of_class("Rule").is_empty(),
        "{:?}",
        out.labels_of_class("Rule")
    );
}
