//! Goals (`kg:goalOf`) as unseen government releases state them, and the
//! purpose phrases in such releases that are no goal of a document: the
//! paragraphs are written for these tests (invented names), each
//! construction with a case that must give a goal and one that must not.
//! Each extracts in-process through the library calls `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals, has_goal as has};

// ---- "the measures", "these steps": a referring noun is the topic document.

#[test]
fn a_referring_noun_states_the_goal_of_the_document_the_text_is_about() {
    let found = goals(
        "Government unveils Clean Air Action Plan\n\nThe Government of Kestria today published the Clean Air Action Plan. The measures will also improve air quality in large cities.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "improve air quality in large cities",
            "Clean Air Action Plan"
        )])
    );
    let steps = goals(
        "Kestria adopts National Education Strategy\n\nThe Cabinet of Kestria adopted the National Education Strategy on Wednesday. These steps will raise teacher salaries and expand early schooling, officials said.\n",
    );
    assert_eq!(
        steps,
        pairs(&[
            ("raise teacher salaries", "National Education Strategy"),
            ("expand early schooling", "National Education Strategy"),
        ])
    );
}

#[test]
fn a_referring_noun_with_nothing_named_before_owns_no_goal() {
    let found = goals(
        "New package of measures for farmers\n\nThe Ministry of Agriculture of Kestria announced support measures for dairy farmers on Friday. The measures will help farmers cope with rising feed costs.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // A document named once in passing is not what the text is about.
    let passing = goals(
        "The Cabinet of Kestria met on Wednesday. Ministers discussed the Water Charter briefly. These steps will raise teacher salaries, officials said.\n",
    );
    assert!(passing.is_empty(), "{passing:?}");
}

// ---- ", which will …": a non-restrictive relative clause of the document.

#[test]
fn a_relative_clause_of_a_document_states_its_goal() {
    let found = goals(
        "Ministry launches Rural Broadband Strategy\n\nThe Ministry of Digital Affairs of Kestria today launched the Rural Broadband Strategy, which aims to connect every village to fast internet by 2030.\n",
    );
    assert!(
        has(
            &found,
            "connect every village to fast internet by 2030",
            "Rural Broadband Strategy"
        ),
        "{found:?}"
    );
    let designed = goals(
        "The Green Shipping Partnership, which is designed to cut emissions from cargo vessels, was launched today by Kestria and Norland.\n",
    );
    assert!(
        has(
            &designed,
            "cut emissions from cargo vessels",
            "Green Shipping Partnership"
        ),
        "{designed:?}"
    );
    // After a time adjunct the relative pronoun still speaks of the document.
    let dated = goals(
        "Kestria and Norland signed a Memorandum of Understanding on Health Cooperation on Tuesday, which will strengthen joint research on rare diseases.\n",
    );
    assert_eq!(
        dated,
        pairs(&[(
            "strengthen joint research on rare diseases",
            "Memorandum of Understanding on Health Cooperation"
        )])
    );
}

#[test]
fn a_relative_clause_of_a_place_or_a_meeting_states_no_goal() {
    let place = goals(
        "Kestria and Norland signed the Port Accord in Valport, which will open a new ferry terminal next year.\n",
    );
    assert!(place.is_empty(), "{place:?}");
    let meeting = goals(
        "The ministers of Kestria and Norland met on Tuesday, which will be remembered as a turning point for the region.\n",
    );
    assert!(meeting.is_empty(), "{meeting:?}");
}

// ---- "a roadmap for cutting emissions": "for" + gerund as a purpose.

#[test]
fn for_and_a_gerund_after_a_documents_noun_states_its_goal() {
    let found = goals(
        "Government unveils Clean Air Action Plan\n\nThe Government of Kestria today published the Clean Air Action Plan, a roadmap for cutting emissions from heavy transport.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "cutting emissions from heavy transport",
            "Clean Air Action Plan"
        )])
    );
    let two = goals(
        "Kestria launched the Blue Ports Programme on Monday, a scheme for training harbour pilots and modernising small ports.\n",
    );
    assert_eq!(
        two,
        pairs(&[
            ("training harbour pilots", "Blue Ports Programme"),
            ("modernising small ports", "Blue Ports Programme"),
        ])
    );
}

#[test]
fn for_and_a_gerund_after_a_verb_or_inside_a_name_states_no_goal() {
    let thanks =
        goals("Kestria thanked Norland for hosting the talks on the Port Accord last week.\n");
    assert!(thanks.is_empty(), "{thanks:?}");
    let name = goals("Kestria and Norland signed the Fund for Saving Lakes Agreement on Monday.\n");
    assert!(name.is_empty(), "{name:?}");
}

// ---- "to boost trade and support …": a second verb that is a relation trigger.

#[test]
fn a_relation_verb_coordinated_in_a_goal_opens_a_goal_of_its_own() {
    let found = goals(
        "Kestria and Norland signed the Green Trade Accord on Monday. The accord will boost trade in farm goods and support small farmers in the border region.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("boost trade in farm goods", "Green Trade Accord"),
            (
                "support small farmers in the border region",
                "Green Trade Accord"
            ),
        ])
    );
    let purpose = goals(
        "Kestria and Norland signed the Green Trade Accord on Monday to boost trade in farm goods and back small farmers in the border region.\n",
    );
    assert_eq!(
        purpose,
        pairs(&[
            ("boost trade in farm goods", "Green Trade Accord"),
            (
                "back small farmers in the border region",
                "Green Trade Accord"
            ),
        ])
    );
}

#[test]
fn a_relation_noun_coordinated_in_a_goal_stays_in_it() {
    let found = goals(
        "Kestria and Norland signed the Green Trade Accord on Monday. The accord will boost trade and support for small farmers.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "boost trade and support for small farmers",
            "Green Trade Accord"
        )])
    );
}

// ---- Purposes in releases that are no goal of a document.

#[test]
fn the_purpose_of_a_visit_or_a_meeting_is_no_goal_of_a_document() {
    for text in [
        "Kestria hosts meeting on water security\n\nMinisters from Kestria and Norland met in Valport on Monday to discuss water security in the border region. The meeting was held to prepare the next summit. They also used the opportunity to exchange views on fisheries.\n",
        "Kestria and Norland review fisheries accord\n\nThe Foreign Minister of Kestria, Ida Holm, met her Norlandic counterpart on Friday to discuss the Arctic Fisheries Agreement. Holm said Kestria has the capacity to monitor its own waters and welcomed the chance to review the first year of the agreement.\n",
        "Border Roads Treaty turns ten\n\nOfficials from Kestria and Norland gathered in Valport on Sunday to mark the tenth anniversary of the Border Roads Treaty. The ceremony was organised to honour the engineers who built the roads.\n",
        "Joint statement on the Harbour Partnership\n\nKestria and Norland agreed today to deepen their ties and sign a new port agreement later this year. The two ministers met in Valport to review progress on the Harbour Partnership.\n",
    ] {
        let found = goals(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A minister's visit has a purpose; the agreement signed during it has its own goal.
    let visit = goals(
        "Minister visits Norland\n\nMinister Alma Reyes of Kestria is visiting Norland this week to strengthen bilateral relations and promote investment. During the visit she will sign the Cultural Exchange Agreement, which will expand student exchanges between the two countries.\n",
    );
    assert_eq!(
        visit,
        pairs(&[(
            "expand student exchanges between the two countries",
            "Cultural Exchange Agreement"
        )])
    );
}

#[test]
fn an_infinitive_completing_a_noun_is_no_goal_of_a_document() {
    for text in [
        "Trade Agreement signed\n\nKestria and Norland signed a Free Trade Agreement on Monday. Minister Jonas Berg said the agreement reflects the desire of both nations to work together.\n",
        "Ministry announces new clinics\n\nThe Ministry of Health of Kestria announced plans to open ten new clinics in rural districts. The National Health Strategy, adopted last year, remains in force.\n",
    ] {
        let found = goals(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let ability = goals(
        "Partnership for Green Shipping\n\nThe Green Shipping Partnership, which is designed to cut emissions from cargo vessels, was launched today by Kestria and Norland. Both governments reaffirmed their ability to meet the targets of the partnership on time.\n",
    );
    assert_eq!(
        ability,
        pairs(&[(
            "cut emissions from cargo vessels",
            "Green Shipping Partnership"
        )])
    );
}

#[test]
fn what_is_expected_or_wanted_of_a_document_is_no_goal_of_it() {
    let found = goals(
        "Kestria publishes Digital Skills Roadmap\n\nThe Government of Kestria published the Digital Skills Roadmap today. The roadmap will guide training for civil servants. Officials expect the roadmap to attract new investment, and the ministry will hold workshops to explain it.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "guide training for civil servants",
            "Digital Skills Roadmap"
        )])
    );
    let quoted = goals(
        "Ministry announces new clinics\n\nThe National Health Strategy, adopted last year, remains in force. \"We want the strategy to reach every family,\" the minister said.\n",
    );
    assert!(quoted.is_empty(), "{quoted:?}");
}

#[test]
fn a_quoted_resolve_and_a_next_meeting_are_no_goal_of_an_accord() {
    let found = goals(
        "Statement after the summit\n\nLeaders of Kestria and Norland reaffirmed their commitment to the Valley Water Accord. \"We are determined to protect our rivers for the next generation,\" the Kestrian president said. The leaders agreed to meet again next year to take stock of progress.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_goal_verb_the_tagger_took_for_a_noun_opens_a_goal_of_its_own() {
    let found = goals(
        "Kestria and Norland launched the Energy Transition Initiative on Thursday to boost trade in clean technology and promote joint investment in wind power.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "boost trade in clean technology",
                "Energy Transition Initiative"
            ),
            (
                "promote joint investment in wind power",
                "Energy Transition Initiative"
            ),
        ])
    );
    // Before a noun, a goal verb's spelling is read as the noun it is.
    let noun = goals(
        "Kestria and Norland launched the Energy Transition Initiative on Thursday to widen access to credit and support schemes for farmers.\n",
    );
    assert_eq!(
        noun,
        pairs(&[(
            "widen access to credit and support schemes for farmers",
            "Energy Transition Initiative"
        )])
    );
}
