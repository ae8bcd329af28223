//! Session 45: offices attached to their holder where a title or a
//! second office stands between them. Two offices stacked before a name,
//! each set off by a comma, are both the holder's (the second is no rank
//! before the name); a place qualifying an office before a second comma
//! lets honorifics stand before the name; a lowercase office after a
//! definite article with a capitalised complement is the office of the
//! name right after it. One positive and one negative test per
//! construction, on sentences written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn two_offices_stacked_before_a_name_are_both_held() {
    let out = Output::of(
        "Harbour Summit\n\nChair of the Summit, Prime Minister of Norland, the Honourable Ivo Marsh presided over the talks.",
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Chair of the Summit"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Prime Minister of Norland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_rank_title_before_a_name_is_still_no_second_office() {
    let out = Output::of(
        "Harbour Summit\n\nThe talks were opened by the Secretary of the Harbour Board, Ambassador Ada Quist, on Monday.",
    );
    assert!(
        out.has(
            "Ada Quist",
            "holdsPosition",
            "Secretary of the Harbour Board"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Ada Quist", "holdsPosition", "Ambassador"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn honorifics_may_follow_a_place_qualifying_the_office() {
    let out = Output::of(
        "Island Council\n\nMembers in attendance were: Premier of Tarvik, Honourable Lena Brandt; Acting Premier, Eastvale, Dr. the Hon. Bran Holt; and Chief Minister of Orla, Kara Dunn.",
    );
    assert!(
        out.has("Bran Holt", "holdsPosition", "Acting Premier"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Lena Brandt", "holdsPosition", "Acting Premier"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Bran Holt", "holdsPosition", "Premier of Tarvik"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_with_a_capitalised_complement_before_a_name() {
    let out = Output::of(
        "Assembly Visit\n\nThe minister received a delegation led by the president of the Kestria Coastal Assembly Mr. Ivo Marsh. Later the prime minister of Norland Ms. Ada Quist signed the declaration.",
    );
    assert!(
        out.has(
            "Ivo Marsh",
            "holdsPosition",
            "president of the Kestria Coastal Assembly"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ada Quist", "holdsPosition", "prime minister of Norland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_without_a_name_after_it_is_no_position() {
    let out = Output::of(
        "Assembly Visit\n\nThe president of the Kestria Coastal Assembly met Ivo Marsh, who chairs the Orla Council.",
    );
    assert!(
        !out.has(
            "Ivo Marsh",
            "holdsPosition",
            "president of the Kestria Coastal Assembly"
        ),
        "{:?}",
        out.facts()
    );
}
