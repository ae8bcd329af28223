//! Session 44: offices read whole where their complement goes on past the
//! words the reader stopped at. An office's or a body's head followed by
//! "on" and the matter it is charged with (`kg:officeTopicPreposition`);
//! an office followed by "at" and the government body it sits in
//! (`kg:officeSeatPreposition`); two titles sharing a word ("Assistant
//! Secretary" and "Secretary General") as one head; and a name opening the
//! next clause after "and" kept out of an office's complement. One positive
//! and one negative test per construction, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_topic_after_an_office_or_its_body_is_part_of_the_office() {
    let out = Output::of(
        "Harbour Talks\n\nAda Quist, Chair of the Standing Committee on Rural Affairs, welcomed the plan. Ivo Marsh has been appointed Special Representative on Coastal Security.",
    );
    assert!(
        out.has(
            "Ada Quist",
            "holdsPosition",
            "Chair of the Standing Committee on Rural Affairs"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has(
            "Ada Quist",
            "holdsPosition",
            "Chair of the Standing Committee"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Ivo Marsh",
            "holdsPosition",
            "Special Representative on Coastal Security"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_weekday_after_on_is_no_topic_of_an_office() {
    let out = Output::of(
        "Harbour Talks\n\nKara Dunn, Special Envoy on Monday, opened the harbour talks in Tarvik.",
    );
    assert!(
        out.has("Kara Dunn", "holdsPosition", "Special Envoy"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Kara Dunn", "holdsPosition", "Special Envoy on Monday"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_government_body_after_at_is_the_seat_of_the_office() {
    let out = Output::of(
        "Budget Day\n\nLena Brandt is the Minister of State at the Ministry of Fisheries.",
    );
    assert!(
        out.has(
            "Lena Brandt",
            "holdsPosition",
            "Minister of State at the Ministry of Fisheries"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Lena Brandt", "holdsPosition", "Minister of State"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_opening_the_next_clause_after_and_is_no_portfolio() {
    let out = Output::of(
        "Budget Day\n\nLena Brandt is the Minister of State at the Ministry of Fisheries and Ivo Marsh Tandoh will serve as the Deputy Minister of Trade.",
    );
    let offices = out.objects_of("Lena Brandt", "holdsPosition");
    assert!(
        offices.contains(&"Minister of State at the Ministry of Fisheries".to_owned()),
        "{offices:?}"
    );
    assert!(
        offices.iter().all(|office| !office.contains("Tandoh")),
        "{offices:?}"
    );
}

#[test]
fn two_titles_sharing_a_word_are_one_office() {
    let out = Output::of(
        "Harbour Talks\n\nThe officials present included the Assistant Secretary General, Mr. Pavo Lind, and two engineers.",
    );
    assert!(
        out.has("Pavo Lind", "holdsPosition", "Assistant Secretary General"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Pavo Lind", "holdsPosition", "General"),
        "{:?}",
        out.facts()
    );
}
