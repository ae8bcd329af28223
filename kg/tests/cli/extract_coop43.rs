//! Meetings named by their sides (session 43): a meeting event noun with
//! its sides after "between" ("the consultations between A and B", "a
//! telephone conversation between the President of A … and the President
//! of B …") makes the places or bodies the sides stand for cooperate; a
//! person with no known place adds none, and a negated meeting states
//! none. A verb of talking together ("A and B discussed fisheries")
//! makes its subjects and "with" partner cooperate, never its topic.
//! Sentences written for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b)
}

#[test]
fn consultations_between_two_countries_are_their_cooperation() {
    let out = Output::of(
        "Consultations\n\n\
         The annual consultations between Norway and Fiji were held in Suva on Monday.\n",
    );
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
}

#[test]
fn a_conversation_between_two_presidents_stands_for_their_countries() {
    let out = Output::of(
        "Phone call\n\n\
         Fisheries were discussed during a telephone conversation between the President of \
         Chile Ana Soto and the President of Peru Luis Vega.\n",
    );
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
    assert!(
        !cooperate(&out, "Ana Soto", "Luis Vega"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_meeting_between_people_of_no_known_place_names_no_party() {
    let out = Output::of(
        "Meeting\n\n\
         A meeting between Carl Jensen and Ana Loto took place in Suva.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn no_consultations_between_two_countries_state_no_cooperation() {
    let out = Output::of(
        "Consultations\n\n\
         No consultations between Norway and Fiji were held in Suva this year.\n",
    );
    assert!(!cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
}

#[test]
fn two_countries_discussing_a_topic_cooperate() {
    let out = Output::of("Fisheries\n\nNorway and Fiji discussed fisheries in Suva on Monday.\n");
    assert!(cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
}

#[test]
fn the_topic_of_a_discussion_is_no_partner() {
    let out = Output::of(
        "Talks in Oslo\n\n\
         Norway and Tonga discussed Fiji in Oslo on Monday.\n",
    );
    assert!(cooperate(&out, "Norway", "Tonga"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Norway", "Fiji"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Tonga", "Fiji"), "{:?}", out.facts());
}
