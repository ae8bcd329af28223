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

#[test]
fn what_parties_will_do_in_or_through_a_document_is_its_goal() {
    let out = Output::of(
        "Water and skills\n\nIn the Memorandum of Understanding on Water, the governments of Ghana and Togo will map shared aquifers and will monitor river levels.\n\nGhana and Togo adopted the Volta Skills Plan on Monday. Through this plan, the Ministry of Labour will train young welders.",
    );
    for goal in ["map shared aquifers", "monitor river levels"] {
        assert!(
            out.has(goal, "goalOf", "Memorandum of Understanding on Water"),
            "{goal}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("train young welders", "goalOf", "Volta Skills Plan"),
        "{:?}",
        out.facts()
    );
}

/// "In" before a place or a time opens no document's work.
#[test]
fn in_before_a_place_names_no_goal() {
    let out = Output::of(
        "Talks\n\nGhana and Togo signed the Volta Water Accord on Monday.\n\nIn Accra, the ministers will meet again next year to review progress.",
    );
    assert!(
        out.goals_of("Volta Water Accord").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_arrangement_is_an_agreement() {
    let out = Output::of(
        "Fish stocks\n\nGhana and Togo signed a fisheries arrangement. The arrangement aims to protect coastal fish stocks.\n\nThe Coastal Fisheries Arrangement was signed by Benin and Nigeria in Lagos.",
    );
    assert!(
        out.has(
            "protect coastal fish stocks",
            "goalOf",
            "fisheries arrangement"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.labels_of_class("Agreement")
            .contains("Coastal Fisheries Arrangement"),
        "{:?}",
        out.labels_of_class("Agreement")
    );
    for signer in ["Benin", "Nigeria"] {
        assert!(
            out.has(signer, "signs", "Coastal Fisheries Arrangement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}
