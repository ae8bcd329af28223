//! Constructions of policy news read on sentences written for these
//! tests (issue 14): signing and ratifying as nouns, agents repeated with
//! their preposition, members listed in brackets, a lone name head
//! referring back to the full name, and goal lists with one item a line.

use super::extract_constructions::Output;

#[test]
fn signing_as_a_noun_names_its_signers_and_their_cooperation() {
    let out = Output::of(
        "River accord\n\nThe signing of the Mekong Water Accord by Laos and Cambodia drew a large crowd in Vientiane.",
    );
    for signer in ["Laos", "Cambodia"] {
        assert!(
            out.has(signer, "signs", "Mekong Water Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Laos", "cooperatesWith", "Cambodia"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn signing_of_an_agreement_between_parties_names_both_signers() {
    let out = Output::of(
        "Weather data\n\nFollowing the signing of the Polar Weather Agreement between Norway and Iceland, the two services will share their forecasts.",
    );
    for signer in ["Norway", "Iceland"] {
        assert!(
            out.has(signer, "signs", "Polar Weather Agreement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn ratification_by_one_party_is_its_signing_alone() {
    let out = Output::of(
        "Grid treaty\n\nThe ratification of the Baltic Grid Treaty by Latvia was completed in June, while Estonia is still debating it.",
    );
    assert!(
        out.has("Latvia", "signs", "Baltic Grid Treaty"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Estonia", "signs", "Baltic Grid Treaty")
            && !out.has("Latvia", "cooperatesWith", "Estonia"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_second_agent_repeats_by() {
    let out = Output::of(
        "Reef charter\n\nThe Coral Reef Charter was signed by Fiji and by Samoa.\n\nThe Rail Freight Accord was signed by Poland on Monday and later by Slovakia on Thursday.",
    );
    for (signer, document) in [
        ("Fiji", "Coral Reef Charter"),
        ("Samoa", "Coral Reef Charter"),
        ("Poland", "Rail Freight Accord"),
        ("Slovakia", "Rail Freight Accord"),
    ] {
        assert!(
            out.has(signer, "signs", document),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn membership_of_coordinated_of_phrases() {
    let out = Output::of(
        "Island states\n\nMalta is a member of the Commonwealth, of the European Union and of the Council of Europe.",
    );
    // "the Commonwealth" inside a sentence is the gazetteer's Commonwealth of
    // Nations, labelled by its full name.
    for body in [
        "Commonwealth of Nations",
        "European Union",
        "Council of Europe",
    ] {
        assert!(
            out.has("Malta", "memberOf", body),
            "{body}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn members_listed_in_brackets_after_a_body() {
    let out = Output::of(
        "Regional bodies\n\nThe Andean Community members (Bolivia, Colombia, Ecuador and Peru) met in Lima.\n\nThe members of the Pacific Alliance (Chile and Mexico) agreed on a trade plan.\n\nThe Nordic Council has three members (Denmark, Finland and Sweden).",
    );
    for (member, body) in [
        ("Bolivia", "Andean Community"),
        ("Peru", "Andean Community"),
        ("Chile", "Pacific Alliance"),
        ("Mexico", "Pacific Alliance"),
        ("Denmark", "Nordic Council"),
        ("Sweden", "Nordic Council"),
    ] {
        assert!(
            out.has(member, "memberOf", body),
            "{member}: {:?}",
            out.facts()
        );
    }
    assert!(!out.has("Lima", "memberOf", "Andean Community"));
}

/// Brackets that hold more than a list of names may say the opposite of
/// membership: none is read.
#[test]
fn brackets_holding_more_than_a_list_name_no_members() {
    let out = Output::of(
        "Regional bodies\n\nThe Nordic Council members (Denmark and Norway excepted) met in Oslo.",
    );
    let facts = out.facts();
    assert!(!facts.iter().any(|(_, p, _)| p == "memberOf"), "{facts:?}");
}

#[test]
fn a_lone_name_head_refers_back_to_the_full_name() {
    let out = Output::of(
        "Ghana schools\n\nThe Australian Government has announced new funding for schools in Ghana.\n\nNext year the Government will work with Ghana on teacher training.\n\nLeaders of the Pacific Islands Forum met in Suva. The Forum will work with Japan on ocean science.",
    );
    assert!(
        // "The Australian Government" is Australia's government, named
        // "Government of Australia".
        out.has("Government of Australia", "cooperatesWith", "Ghana"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Pacific Islands Forum", "cooperatesWith", "Japan"),
        "{:?}",
        out.facts()
    );
}

/// With no full name written before, "the Government" names nothing the
/// facts could be about.
#[test]
fn a_lone_name_head_without_a_full_name_stays_unresolved() {
    let out =
        Output::of("Schools\n\nNext year the Government will work with Ghana on teacher training.");
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{facts:?}"
    );
}

#[test]
fn numbered_infinitive_goals_one_a_line() {
    let out = Output::of(
        "Water plan\n\nThe Ministry of Water today published the National Water Plan. The plan sets out three goals:\n\n1. To halve leaks in town mains.\n2. To store more rainwater in dry districts.\n3. To train new plumbers.\n\nThe ministry will report on progress in 2027.",
    );
    let goals = out.goals_of("National Water Plan");
    for goal in [
        "halve leaks in town mains",
        "store more rainwater in dry districts",
        "train new plumbers",
    ] {
        assert!(goals.contains(goal), "{goal}: {goals:?}");
    }
    assert_eq!(goals.len(), 3, "{goals:?}");
}

#[test]
fn bulleted_and_lettered_bare_verb_goals_one_a_line() {
    let out = Output::of(
        "Roads and air\n\nThe Rural Roads Strategy has two aims:\n\n- extend gravel roads to every village\n- shorten travel times to clinics\n\nThe Clean Air Programme has two objectives:\n\n(a) improve monitoring of city air;\n(b) replace old diesel buses.",
    );
    let roads = out.goals_of("Rural Roads Strategy");
    for goal in [
        "extend gravel roads to every village",
        "shorten travel times to clinics",
    ] {
        assert!(roads.contains(goal), "{goal}: {roads:?}");
    }
    let air = out.goals_of("Clean Air Programme");
    for goal in ["improve monitoring of city air", "replace old diesel buses"] {
        assert!(air.contains(goal), "{goal}: {air:?}");
    }
}

/// A line opening with a verb after a colon that announced no goals states
/// none.
#[test]
fn verb_lines_after_a_colon_without_a_goal_noun_are_no_goals() {
    let out = Output::of(
        "Water plan\n\nThe Ministry of Water today published the National Water Plan. The minister told reporters:\n\n- Expect more rain next year.",
    );
    let goals = out.goals_of("National Water Plan");
    assert!(goals.is_empty(), "{goals:?}");
}

/// "the Federal government" is a government body, never a place named
/// "Federal"; after the body's full name it refers back to it, and the
/// text's way of writing it is another name of that body.
#[test]
fn a_capitalised_modifier_of_government_is_no_name_of_its_own() {
    let out = Output::of(
        "Roads funding\n\nNigeria and Benin met in Abuja on Monday. The Federal government will cooperate with Benin on roads.",
    );
    assert!(
        out.has("Federal government", "cooperatesWith", "Benin"),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(!names.contains_key("Federal"), "{names:?}");
    assert!(
        names
            .get("Federal government")
            .is_some_and(|classes| classes.contains("GovernmentBody")),
        "{names:?}"
    );

    let out = Output::of(
        "Port works\n\nThe Government of Ghana signed the Tema Port Accord on Monday. Under the accord, the Federal government will work with Togo on customs.",
    );
    assert!(
        out.has("Government of Ghana", "cooperatesWith", "Togo"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.names().contains_key("Federal government"),
        "{:?}",
        out.names()
    );
}

/// A short line ending with a colon right above a list is the list's
/// lead-in, part of the article; after a purpose phrase ("aims to:") it
/// opens a goal list too, and a marked item is a goal whatever its first
/// word's case.
#[test]
fn goal_list_lead_in_right_above_its_items() {
    let out = Output::of(
        "Rail memorandum\n\nThe Ministry of Transport signed the Northern Rail Memorandum with the Rail Board on Friday.\n\nThe Memorandum aims to:\n(a) Improve cross-border freight services;\n(b) harmonise signalling on both networks.\n\nThe Coastal Path Programme has two objectives:\n- widen the coastal path\n- Plant dune grasses\n\nBoth bodies will meet again in May.",
    );
    let rail = out.goals_of("Northern Rail Memorandum");
    for goal in [
        "Improve cross-border freight services",
        "harmonise signalling on both networks",
    ] {
        assert!(rail.contains(goal), "{goal}: {rail:?}");
    }
    let path = out.goals_of("Coastal Path Programme");
    for goal in ["widen the coastal path", "Plant dune grasses"] {
        assert!(path.contains(goal), "{goal}: {path:?}");
    }
    assert!(
        !path.iter().chain(&rail).any(|g| g.contains("meet again")),
        "{rail:?} {path:?}"
    );
}

/// A country's adjective before "government" stays the country's: the
/// phrase is no description referring back to another body named before.
#[test]
fn a_country_adjective_before_government_is_no_modifier_of_a_description() {
    let out = Output::of(
        "Customs\n\nThe Togolese Ministry of Trade met officials from Accra. The Ghanaian government will work with Togo on customs.",
    );
    assert!(
        !out.has("Togolese Ministry of Trade", "cooperatesWith", "Togo"),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(
        names.contains_key("Ghana") && !names.contains_key("Ghanaian government"),
        "{names:?}"
    );
}
