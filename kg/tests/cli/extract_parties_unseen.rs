//! Cooperation stated without a verb of cooperating (issue 14): parties
//! coordinated as the subject of a joint verb, cooperation nouns reached
//! through the noun they complete, and partners of an initiative launched
//! in the passive. One positive and one negative test per construction, on
//! sentences written for these tests.

use super::extract_constructions::Output;

fn cooperating(text: &str) -> Vec<(String, String)> {
    Output::of(text)
        .facts()
        .into_iter()
        .filter(|(_, p, _)| p == "cooperatesWith")
        .map(|(s, _, o)| (s, o))
        .collect()
}

#[test]
fn coordinated_subjects_of_a_joint_verb_cooperate() {
    for (text, a, b) in [
        (
            "Fisheries objectives\n\nThe Government of Chile and the Government of Peru declare the following objectives for the coastal fisheries.",
            "Government of Chile",
            "Government of Peru",
        ),
        (
            "Tariffs\n\nChile and Peru committed to lower tariffs on copper wire.",
            "Chile",
            "Peru",
        ),
    ] {
        let out = Output::of(text);
        assert!(out.has(a, "cooperatesWith", b), "{text}: {:?}", out.facts());
    }
}

#[test]
fn a_reciprocal_verb_makes_partners_only_with_a_reciprocal_cue() {
    for (text, a, b) in [
        (
            "Wetlands\n\nThe African Union and the Pacific states have reaffirmed their mutual commitment to restore wetlands.",
            "African Union",
            "Pacific states",
        ),
        (
            "Wetlands\n\nThe African Union and the Government of Peru have reaffirmed their shared ambition to restore wetlands.",
            "African Union",
            "Government of Peru",
        ),
        (
            "Drought\n\nChile and Peru jointly expressed concern about the drought in the highlands.",
            "Chile",
            "Peru",
        ),
    ] {
        let out = Output::of(text);
        assert!(out.has(a, "cooperatesWith", b), "{text}: {:?}", out.facts());
    }
}

#[test]
fn coordinated_subjects_acting_each_alone_do_not_cooperate() {
    for text in [
        "Harvests\n\nChile and Peru both reported record harvests of quinoa.",
        "Harvests\n\nChile and Peru said the harvest of quinoa was good.",
        // A reciprocal verb without a reciprocal cue: each party on its own.
        "Peace plan\n\nChile and Peru reaffirmed their support for the peace plan.",
        // "together" with a verb that is no joint act.
        "Catch\n\nChile and Peru together account for half of the anchovy catch.",
    ] {
        assert_eq!(cooperating(text), vec![], "{text}");
    }
}

#[test]
fn a_cooperation_noun_completing_the_object_of_the_subjects_verb() {
    let text = "Fisheries\n\nThe Ministry of Fisheries of Kestria has a long history of successful cooperation with the Government of Peru.";
    let out = Output::of(text);
    assert!(
        out.has(
            "Ministry of Fisheries of Kestria",
            "cooperatesWith",
            "Government of Peru"
        ),
        "{:?}",
        out.facts()
    );
    // A matter between two countries is no cooperation without a noun of
    // cooperating.
    let text = "Aviation\n\nThe talks covered aviation security between Chile and Peru.";
    assert_eq!(cooperating(text), vec![], "{text}");
}

#[test]
fn an_initiative_launched_in_partnership_makes_its_launcher_the_partner() {
    let text = "Harbours\n\nThe Blue Harbours Initiative, in partnership with the Association of Coastal Towns, was launched by the Ministry of Fisheries of Kestria.";
    let out = Output::of(text);
    assert!(
        out.has(
            "Ministry of Fisheries of Kestria",
            "cooperatesWith",
            "Association of Coastal Towns"
        ),
        "{:?}",
        out.facts()
    );
    // The initiative itself is no party.
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "cooperatesWith"
            && (s.contains("Initiative") || o.contains("Initiative"))),
        "{:?}",
        out.facts()
    );
    // Launched alone, it gives no partner.
    let text = "Harbours\n\nThe Blue Harbours Initiative, which the Association of Coastal Towns welcomed, was launched by the Ministry of Fisheries of Kestria.";
    assert_eq!(cooperating(text), vec![], "{text}");
}
