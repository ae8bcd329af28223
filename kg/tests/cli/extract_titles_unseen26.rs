//! Offices and their holders as unseen releases write them (session 26):
//! a second conjunct whose office is tied to a country, lowercase offices
//! in apposition after a possessive, two offices coordinated in one
//! apposition, plural titles over coordinated names, an office's acronym
//! in brackets before its holder, and headline verbs after a name. One
//! positive and one negative test per construction, on sentences written
//! for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn a_second_conjuncts_office_tied_to_a_country_names_its_holder() {
    // A known country after "of" ends the office, the words after it are
    // its holder (even where the tagger ran the country into the name);
    // a surname written first that the tagger left out of the name opens
    // it; a comma-listed portfolio ends before the holder.
    let out = Output::of(
        "Trade memorandum signed\n\nThe memorandum was signed by the Minister of Foreign Affairs of Malaysia Saifudin Abdullah and Secretary Orven.\n\nMinister Harlow and Vietnam's Minister of Industry and Trade Nguyen Hong Dian today signed the memorandum.\n\nThe memorandum was signed by Secretary Orven and Japanese Minister of Economy, Trade and Industry Nishimora Yasutoshi.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Saifudin Abdullah",
            "holdsPosition",
            "Minister of Foreign Affairs of Malaysia"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("Saifudin Abdullah", "signs", "memorandum"),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Nguyen Hong Dian",
            "holdsPosition",
            "Minister of Industry and Trade"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("Minister of Industry and Trade", "positionOf", "Vietnam"),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Nishimora Yasutoshi",
            "holdsPosition",
            "Japanese Minister of Economy, Trade and Industry"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("Nishimora Yasutoshi", "signs", "memorandum"),
        "{facts:?}"
    );
}

#[test]
fn an_office_ending_in_a_country_with_no_name_after_it_holds_no_person() {
    // Nothing after the country, or a country ending the office before a
    // lowercase word, or an office whose last word comes right after its
    // preposition: no person is made of the office's own words.
    let out = Output::of(
        "Talks held\n\nThe Minister of Foreign Affairs of Malaysia welcomed the plan.\n\nThe talks with the Ambassador to Norland Tessa Quill were held in Oakport.\n\nThe Minister of Foreign Affairs of Malaysia Press Office issued a statement.",
    );
    let people = out.labels_of_class("Person");
    assert!(
        people.iter().all(|p| p == "Tessa Quill"),
        "{people:?} {:?}",
        out.facts()
    );
    assert!(
        out.has("Tessa Quill", "holdsPosition", "Ambassador to Norland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_office_after_a_possessive_in_apposition_is_held() {
    let out = Output::of(
        "Forum opened\n\nTessa Quill, Canada's vice president, opened the forum.\n\n\"We welcome the plan,\" said Marc Duval, the Commission's executive vice president.",
    );
    let facts = out.facts();
    assert!(
        out.has("Tessa Quill", "holdsPosition", "vice president"),
        "{facts:?}"
    );
    assert!(
        out.has("vice president", "positionOf", "Canada"),
        "{facts:?}"
    );
    assert!(
        out.has("Marc Duval", "holdsPosition", "executive vice president"),
        "{facts:?}"
    );
}

#[test]
fn a_lowercase_noun_phrase_without_an_office_head_is_no_office() {
    // No office's head, no apposition (the office goes on with a verb),
    // or no possessive: no position.
    let out = Output::of(
        "Forum opened\n\nTessa Quill, Canada's oldest farmer, opened the forum.\n\nIvo Marsh said Canada's vice president would attend the forum.\n\nTessa Quill, a former vice president, opened the forum.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
}

#[test]
fn two_offices_coordinated_in_one_apposition_are_two_positions() {
    let out = Output::of(
        "Plan published\n\nTessa Quill, Minister of Health and Member of Parliament for Eastvale, said the plan would help.\n\nIvo Marsh, Minister of Trade and Federal Interlocutor for Northern Affairs, signed the memorandum.",
    );
    let mut quill = out.objects_of("Tessa Quill", "holdsPosition");
    quill.sort();
    assert_eq!(
        quill,
        ["Member of Parliament for Eastvale", "Minister of Health"],
        "{:?}",
        out.facts()
    );
    let mut marsh = out.objects_of("Ivo Marsh", "holdsPosition");
    marsh.sort();
    assert_eq!(
        marsh,
        [
            "Federal Interlocutor for Northern Affairs",
            "Minister of Trade"
        ],
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_inner_and_without_an_office_head_after_it_stays_one_office() {
    // Session 25's office with an inner "and" before its holder: the part
    // after "and" opens with no office head, so one office.
    let out = Output::of(
        "Plan published\n\nTessa Quill, Minister for Water and the Environment, said the plan would help.\n\nMinister of Culture and the Arts Pela Varn opened the gallery.",
    );
    assert_eq!(
        out.objects_of("Tessa Quill", "holdsPosition"),
        ["Minister for Water and the Environment"],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        out.objects_of("Pela Varn", "holdsPosition"),
        ["Minister of Culture and the Arts"],
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_names_after_a_plural_title_each_hold_the_office() {
    let out = Output::of(
        "Memorandum signed\n\nPrime Ministers Quill and Marsh signed the memorandum.\n\nThe Foreign Secretaries Tessa Orven and Ivo Harlow met in Oakport.",
    );
    let facts = out.facts();
    for person in ["Quill", "Marsh"] {
        assert!(
            out.has(person, "holdsPosition", "Prime Minister"),
            "{facts:?}"
        );
        assert!(out.has(person, "signs", "memorandum"), "{facts:?}");
    }
    for person in ["Tessa Orven", "Ivo Harlow"] {
        assert!(
            out.has(person, "holdsPosition", "Foreign Secretary"),
            "{facts:?}"
        );
    }
}

#[test]
fn a_plural_title_without_a_list_of_names_holds_nothing() {
    // A plural title before a preposition, a heading's verb, or a single
    // name: no list, no position.
    let out = Output::of(
        "Ministers Meet In Oakport\n\nPrime Ministers from ten countries met in Oakport.\n\nThe Foreign Secretaries and Tessa Orven met on Monday.",
    );
    let facts = out.facts();
    assert!(
        !facts.iter().any(|(_, p, _)| p == "holdsPosition"),
        "{facts:?}"
    );
    assert!(
        out.labels_of_class("Person")
            .iter()
            .all(|p| p == "Tessa Orven"),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn an_offices_acronym_in_brackets_stands_between_it_and_its_holder() {
    let out = Output::of(
        "Dialogue held\n\nThe dialogue was co-chaired by the High Representative for Foreign Affairs and Security Policy / Vice-President of the Commission (HR/VP), Tessa Quill, and the Minister of Foreign Affairs of Japan, Ivo Marsh.\n\nThe Special Envoy for Northern Waters (SENW) Pela Varn opened the session.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Tessa Quill",
            "holdsPosition",
            "High Representative for Foreign Affairs and Security Policy"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Tessa Quill",
            "holdsPosition",
            "Vice-President of the Commission"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Ivo Marsh",
            "holdsPosition",
            "Minister of Foreign Affairs of Japan"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Pela Varn",
            "holdsPosition",
            "Special Envoy for Northern Waters"
        ),
        "{facts:?}"
    );
}

#[test]
fn words_in_brackets_that_are_no_acronym_link_no_holder() {
    // A bracket holding lowercase words is no acronym: the name after it
    // is not the office's holder.
    let out = Output::of(
        "Dialogue held\n\nThe Special Envoy for Northern Waters (since last year) Pela Varn opened the session.",
    );
    let facts = out.facts();
    assert!(
        !out.has(
            "Pela Varn",
            "holdsPosition",
            "Special Envoy for Northern Waters"
        ),
        "{facts:?}"
    );
}

#[test]
fn a_headline_verb_ends_the_name_before_it() {
    let out = Output::of(
        "Trade Secretary Tessa Quill Meets With Norland Ministers\n\nThe talks were held in Oakport on Monday.",
    );
    let facts = out.facts();
    assert!(
        out.has("Tessa Quill", "holdsPosition", "Trade Secretary"),
        "{facts:?}"
    );
    let people = out.labels_of_class("Person");
    assert!(people.iter().all(|p| p == "Tessa Quill"), "{people:?}");
}

#[test]
fn a_name_in_a_sentence_or_too_short_keeps_its_words() {
    // Outside a heading, or where the word would leave one word of the
    // name, the name keeps its words.
    let out = Output::of(
        "Visit to Oakport\n\nTrade Secretary Tessa Fields met the delegation.\n\nTrade Secretary Ivo Marsh visits Oakport.",
    );
    let facts = out.facts();
    assert!(
        out.has("Tessa Fields", "holdsPosition", "Trade Secretary"),
        "{facts:?}"
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Trade Secretary"),
        "{facts:?}"
    );
}

// Regression: the surname-first rule read an honorific between an office
// and its holder as a surname, and the office lost its holder.
#[test]
fn an_honorific_between_an_office_and_its_holder_is_no_surname() {
    let out = Output::of(
        "Talks\n\nThe minister met Indian Minister of State for Trade Dr Ravi Kumar in Delhi.\n\nMinister for Fisheries Hon Tane Rewi and the Minister for Ports, the Hon Ada Quist, signed the arrangement.",
    );
    assert_eq!(
        out.objects_of("Ravi Kumar", "holdsPosition"),
        vec!["Indian Minister of State for Trade".to_owned()],
        "{:?}",
        out.facts()
    );
    assert_eq!(
        out.objects_of("Tane Rewi", "holdsPosition"),
        vec!["Minister for Fisheries".to_owned()],
        "{:?}",
        out.facts()
    );
}
