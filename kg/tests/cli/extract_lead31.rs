//! Offices joined to the office they serve by a participle ("Minister
//! Assisting the Treasurer"), the page's document named by a headline in
//! sentence case ("Memorandum of understanding between A and B: …") below
//! which a "Published 9 May 2025" line gives the date, goal lists a goal
//! noun's genitive owns ("The purposes of this MoU are:"), and preamble
//! goals coordinated without a second "to", fiscal years ending a name, a
//! counted goal noun before a relative clause, and a name head alone in
//! a headline ("Agency publishes plan"), and known names a headline's
//! verb follows ("Chile, Peru Sign Fisheries Accord") (session 31). One positive and
//! one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

#[test]
fn an_office_assisting_another_office_is_one_position() {
    let out = Output::of(
        "Regional grants open\n\nMinister Assisting the Treasurer, the Hon Jane Doe, said the grants would help farmers in Lumia.\n\nMinister Assisting the Minister for Trade, Tom Reed, welcomed the grants.",
    );
    assert_eq!(
        out.objects_of("Jane Doe", "holdsPosition"),
        vec!["Minister Assisting the Treasurer".to_owned()],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        out.objects_of("Tom Reed", "holdsPosition"),
        vec!["Minister Assisting the Minister for Trade".to_owned()],
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Assisting", "holdsPosition").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_minister_assisting_someone_in_a_clause_keeps_the_office_alone() {
    let out = Output::of(
        "Flood response\n\nThe Minister for Health, Tom Reed, is assisting the Premier of Lumia with the flood response.",
    );
    assert_eq!(
        out.objects_of("Tom Reed", "holdsPosition"),
        vec!["Minister for Health".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_sentence_case_headline_names_the_page_document_and_its_goal_list() {
    let out = Output::of(
        "Memorandum of understanding between the ports of Chile and Peru: shared harbour data\n\nPublished 9 May 2025\n\nThe purposes of this MoU are:\n\n- to share harbour data between the two ports\n- to train harbour pilots together\n",
    );
    let names = out.names();
    let document = "Memorandum of understanding between the ports of Chile and Peru";
    assert!(
        names.get(document).is_some_and(|c| c.contains("Agreement"))
            && names.contains_key("Memorandum of understanding"),
        "{names:?}"
    );
    assert_eq!(
        out.goals_of(document),
        [
            "share harbour data between the two ports",
            "train harbour pilots together"
        ]
        .map(str::to_owned)
        .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_headline_that_is_a_clause_names_the_document_without_its_verb_phrase() {
    let out = Output::of(
        "Memorandum of understanding signed by Chile and Peru\n\nChile and Peru signed a memorandum on harbour data on Monday.\n",
    );
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.contains("signed") || n.contains("Chile and Peru")),
        "{names:?}"
    );
}

#[test]
fn a_goal_noun_owned_by_a_name_opens_a_list_but_not_by_a_common_noun() {
    let out = Output::of(
        "Ports agree on data\n\nChile and Peru signed the Harbour Data Accord on Monday.\n\nThe objectives of the Harbour Data Accord are as follows:\n\n- to share harbour data\n- to train harbour pilots together\n",
    );
    assert_eq!(
        out.goals_of("Harbour Data Accord"),
        ["share harbour data", "train harbour pilots together"]
            .map(str::to_owned)
            .into(),
        "{:?}",
        out.facts()
    );
    let common = Output::of(
        "Ports agree on data\n\nChile and Peru signed the Harbour Data Accord on Monday.\n\nThe objectives of cooperation are:\n\n- to share harbour data\n- to train harbour pilots together\n",
    );
    assert!(
        common.goals_of("Harbour Data Accord").is_empty(),
        "{:?}",
        common.facts()
    );
}

#[test]
fn preamble_goals_coordinated_by_a_bare_verb_are_two_unless_they_share_an_object() {
    let out = Output::of(
        "Memorandum of Cooperation between Chile and Peru on Harbours\n\nChile and Peru (the Participants);\n\nDesiring to build on their long friendship and deliver joint training for harbour pilots;\n\nDesiring to strengthen and expand their cooperation on harbour data;\n\nHave reached the following understanding.\n",
    );
    let goals = out.goals_of("Memorandum of Cooperation");
    assert!(
        goals.contains("build on their long friendship")
            && goals.contains("deliver joint training for harbour pilots")
            && goals.contains("strengthen and expand their cooperation on harbour data"),
        "{goals:?} {:?}",
        out.facts()
    );
}

#[test]
fn fiscal_years_end_a_document_name_whatever_dash_the_writer_typed() {
    let out = Output::of(
        "Kestria Water Agency publishes Veldora River Plan FY 2022-2026\n\nThe Kestria Water Agency today published the Veldora River Plan FY 2022–2026. The plan aims to restore wetlands along the river.\n",
    );
    let plans = out.labels_of_class("Plan");
    assert_eq!(
        plans.len(),
        1,
        "one plan, whatever the dash: {plans:?} {:?}",
        out.facts()
    );
    let plan = plans.first().unwrap();
    assert!(plan.starts_with("Veldora River Plan FY 2022"), "{plan}");
    assert_eq!(
        out.subjects_of("issues", plan),
        vec!["Kestria Water Agency".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_fiscal_year_marker_without_years_is_no_part_of_a_name() {
    let out = Output::of(
        "Agency publishes plan\n\nThe Kestria Water Agency published the Veldora River Plan in FY terms last week.\n",
    );
    assert!(
        out.labels_of_class("Plan")
            .iter()
            .all(|l| !l.contains("FY")),
        "{:?}",
        out.labels_of_class("Plan")
    );
}

#[test]
fn a_counted_goal_noun_before_a_relative_clause_announces_the_list_below() {
    let out = Output::of(
        "Agency publishes river plan\n\nThe Kestria Water Agency published the Veldora River Plan FY 2024–2028. The plan is guided by three broad goals, which are also reflected in the agency's budget.\n- Restore wetlands along the river\n- Protect drinking water sources\n- Train local water wardens\n",
    );
    assert_eq!(
        out.goals_of("Veldora River Plan FY 2024–2028"),
        [
            "Protect drinking water sources",
            "Restore wetlands along the river",
            "Train local water wardens"
        ]
        .map(str::to_owned)
        .into(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_relative_clause_with_a_list_of_its_own_announces_no_goals() {
    let out = Output::of(
        "Agency publishes river plan\n\nThe Kestria Water Agency published the Veldora River Plan FY 2024–2028. The plan is guided by three broad goals, which draw on farms, towns, and schools.\n- Restore wetlands along the river\n- Protect drinking water sources\n",
    );
    assert!(
        out.goals_of("Veldora River Plan FY 2024–2028").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_head_alone_in_the_headline_is_the_body_named_below() {
    let out = Output::of(
        "Ministry launches coastal plan\n\nThe Kestrian Ministry of Fisheries today launched the Coastal Plan. The plan aims to protect reefs.\n",
    );
    assert_eq!(
        out.subjects_of("issues", "Coastal Plan"),
        vec!["Kestrian Ministry of Fisheries".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_head_alone_in_the_headline_is_no_body_with_another_head() {
    let out = Output::of(
        "Ministry launches coastal plan\n\nThe Kestria Water Agency today launched the Coastal Plan. The plan aims to protect reefs.\n",
    );
    // The agency is not the ministry: the headline's word stays apart.
    assert_eq!(
        out.subjects_of("issues", "Coastal Plan"),
        vec!["Kestria Water Agency".to_owned(), "Ministry".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn countries_coordinated_by_a_comma_before_a_headline_verb_sign() {
    let out = Output::of(
        "Chile, Peru Sign Fisheries Accord\n\nThe two countries agreed on Monday to share data on fish stocks.\n",
    );
    assert_eq!(
        out.subjects_of("signs", "Fisheries Accord"),
        vec!["Chile".to_owned(), "Peru".to_owned()],
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plain_verb_form_after_a_lone_known_name_splits_no_name() {
    let out = Output::of(
        "Peru Sign Language Week Opens\n\nDeaf associations across the country held events on Monday.\n",
    );
    assert!(
        out.facts().iter().all(|(_, p, _)| p != "signs"),
        "{:?}",
        out.facts()
    );
}
