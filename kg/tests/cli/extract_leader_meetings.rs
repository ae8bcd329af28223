//! Leaders meeting (session 42): a verb of meeting or a light verb with a
//! meeting noun ("met", "held talks with", "had a telephone conversation
//! with", "A and B held talks") makes the places or bodies the people
//! stand for cooperate; people never cooperate themselves. Sentences
//! written for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b)
}

fn cooperation_facts(out: &Output) -> usize {
    out.facts()
        .iter()
        .filter(|(_, p, _)| p == "cooperatesWith")
        .count()
}

#[test]
fn leaders_named_with_their_countries_meet_for_them() {
    let out = Output::of(
        "Leaders meet\n\n\
         Prime Minister Carl Jensen of Norway met President Ana Loto of Fiji in Oslo on \
         Monday.\n",
    );
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
    assert!(
        !cooperate(&out, "Carl Jensen", "Ana Loto"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn talks_with_a_counterpart_stand_for_the_counterparts_country() {
    let out = Output::of(
        "Talks in Suva\n\n\
         Norwegian Prime Minister Carl Jensen held talks with his Fijian counterpart in \
         Suva.\n",
    );
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
}

#[test]
fn coordinated_subjects_holding_talks_cooperate() {
    let out = Output::of("Trade talks\n\nNorway and Fiji held talks on trade.\n");
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
}

#[test]
fn people_named_with_an_office_earlier_meet_for_its_country() {
    let out = Output::of(
        "Fisheries talks\n\n\
         Prime Minister Carl Jensen of Norway arrived in Suva on Sunday. President Ana Loto \
         of Fiji welcomed the visit. Jensen and Loto held talks on fisheries.\n",
    );
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
    assert!(
        !cooperate(&out, "Carl Jensen", "Ana Loto"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn ministers_from_two_places_meet_for_them() {
    let out = Output::of("Lima meeting\n\nMinisters from Chile and Peru met in Lima.\n");
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
}

#[test]
fn a_telephone_conversation_is_a_meeting() {
    let out = Output::of(
        "Phone call\n\n\
         Foreign Minister Erik Berg of Norway had a telephone conversation with Foreign \
         Minister Tui Vaka of Tonga.\n",
    );
    assert!(cooperate(&out, "Norway", "Tonga"), "{:?}", out.facts());
}

#[test]
fn a_meeting_that_did_not_happen_is_negative() {
    let out = Output::of(
        "No meeting\n\n\
         Foreign Minister Erik Berg of Norway arrived in Suva. Foreign Minister Tui Vaka of \
         Tonga was abroad. Berg did not meet Vaka in Suva.\n",
    );
    assert!(!cooperate(&out, "Norway", "Tonga"), "{:?}", out.facts());
    assert!(out.has_negative_evidence());
}

#[test]
fn a_leader_with_no_known_country_names_no_pair() {
    // The publishing country is never guessed, and partners met one by
    // one are not each other's partners.
    let out = Output::of(
        "Busy week\n\n\
         The Prime Minister held bilateral meetings with leaders from Canada, Japan and \
         Kenya.\n",
    );
    assert_eq!(cooperation_facts(&out), 0, "{:?}", out.facts());
}

#[test]
fn meetings_of_bodies_alone_or_unnamed_people_name_no_pair() {
    let out = Output::of(
        "Cabinet\n\n\
         The Council of Ministers met in Oslo on Friday. Carl Jensen met with local farmers \
         in Bergen.\n",
    );
    assert_eq!(cooperation_facts(&out), 0, "{:?}", out.facts());
}

#[test]
fn people_with_no_known_party_cooperate_with_nobody() {
    let out = Output::of(
        "Talks\n\n\
         Carl Jensen held talks with Ana Loto on Monday. Carl Jensen will work with Ana Loto \
         on fisheries.\n",
    );
    assert_eq!(cooperation_facts(&out), 0, "{:?}", out.facts());
}
