//! Offices and their holders as unseen releases write them (session 25):
//! offices whose portfolio holds "and"/"and the" right before the holder's
//! name (names no rule or tagger found, names with bare initials), two
//! offices joined before one name, and a ministry whose name holds a comma
//! list. One positive and one negative test per construction, on sentences
//! written for these tests with invented names.

use super::extract_constructions::Output;

#[test]
fn an_office_with_an_inner_and_ends_before_its_holders_name() {
    // Names no given-name list knows: the office's last portfolio word
    // ends it, the capitalised words after it are the holder.
    let out = Output::of(
        "Water accord signed\n\nKestria signed a memorandum with Minister for Water and the Environment Tala Brinsworth.\n\nNorland's Minister of Culture and the Arts Pela Varn welcomed the memorandum.\n\nMinister of State for Trade and Industry and Regional Development Ivo Marsh opened the forum.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Tala Brinsworth",
            "holdsPosition",
            "Minister for Water and the Environment"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("Tala Brinsworth", "signs", "memorandum"),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Pela Varn",
            "holdsPosition",
            "Minister of Culture and the Arts"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Ivo Marsh",
            "holdsPosition",
            "Minister of State for Trade and Industry and Regional Development"
        ),
        "{facts:?}"
    );
    // Second conjunct of a passive's agents.
    let out = Output::of(
        "Energy pact signed\n\nThe pact was signed by Kestrian Minister for Energy Pavo Lund and Minister of Trade and Industry Anna Kovac.",
    );
    let facts = out.facts();
    assert!(
        out.has("Pavo Lund", "holdsPosition", "Kestrian Minister for Energy"),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Anna Kovac",
            "holdsPosition",
            "Minister of Trade and Industry"
        ),
        "{facts:?}"
    );
    assert!(out.has("Pavo Lund", "signs", "pact"), "{facts:?}");
    assert!(out.has("Anna Kovac", "signs", "pact"), "{facts:?}");
}

#[test]
fn an_office_with_an_inner_and_and_no_name_after_it_holds_no_person() {
    // A portfolio ending in words that are no name ("Care Standards"), or
    // an office alone: no person, no position held.
    let out = Output::of(
        "Water plan published\n\nThe Minister for Water and the Environment said the plan would help farmers.\n\nThe Minister for Health and Social Care Standards spoke in Oakport.\n\nMinister of State for Trade and Industry and Regional Development visited Norland on Monday.",
    );
    assert!(
        out.labels_of_class("Person").is_empty(),
        "{:?}",
        out.labels_of_class("Person")
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn initials_after_an_inner_and_start_the_holders_name() {
    let out = Output::of(
        "Justice review\n\nMinister for Justice and Equality VK Rao visited Norland.\n\nThe report was welcomed by the Minister for Home Affairs and Equality K Tan and by Minister for Rural and Community Development Mary J Ollen.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "VK Rao",
            "holdsPosition",
            "Minister for Justice and Equality"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "K Tan",
            "holdsPosition",
            "Minister for Home Affairs and Equality"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "Mary J Ollen",
            "holdsPosition",
            "Minister for Rural and Community Development"
        ),
        "{facts:?}"
    );
    let people = out.labels_of_class("Person");
    assert!(
        !people.iter().any(|p| p.starts_with("Equality")),
        "{people:?}"
    );
}

#[test]
fn a_capitalised_word_after_an_inner_and_is_no_initial() {
    // "Equality VK" with no name after the letters: no person.
    let out = Output::of(
        "Justice review\n\nThe Minister for Justice and Equality VK announced the review.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn two_offices_joined_by_and_before_one_name_are_both_held() {
    let out = Output::of(
        "Visit to Norland\n\nMinister for Foreign Affairs and Minister for Law K Tan met the delegation.",
    );
    let facts = out.facts();
    assert!(
        out.has("K Tan", "holdsPosition", "Minister for Foreign Affairs"),
        "{facts:?}"
    );
    assert!(
        out.has("K Tan", "holdsPosition", "Minister for Law"),
        "{facts:?}"
    );
}

#[test]
fn two_offices_with_their_own_articles_are_two_people() {
    // "the President and the Minister for Law Ada Quist": the first office
    // has an article of its own, so it may be someone else's.
    let out = Output::of(
        "Visit to Norland\n\nThe President and the Minister for Law Ada Quist met the delegation.",
    );
    let facts = out.facts();
    assert!(
        out.has("Ada Quist", "holdsPosition", "Minister for Law"),
        "{facts:?}"
    );
    assert!(
        !out.has("Ada Quist", "holdsPosition", "President"),
        "{facts:?}"
    );
}

#[test]
fn a_bare_title_then_a_name_with_a_postnominal_in_apposition() {
    let out = Output::of(
        "Ports accord\n\nThe Taoiseach, Ann Byrne T.D., said the accord was good.\n\nThe Tánaiste, Orla Kinsella TD, welcomed it.\n\nThe Ports Agreement, which was signed by the Premier, Joe Blake MP, on 3 May, enters into force next year.",
    );
    let facts = out.facts();
    assert!(
        out.has("Ann Byrne", "holdsPosition", "Taoiseach"),
        "{facts:?}"
    );
    assert!(
        out.has("Orla Kinsella", "holdsPosition", "Tánaiste"),
        "{facts:?}"
    );
    assert!(
        out.has("Joe Blake", "holdsPosition", "Premier"),
        "{facts:?}"
    );
    assert!(
        out.has("Joe Blake", "signs", "Ports Agreement"),
        "{facts:?}"
    );
    // The postnominal is not part of the name.
    let people = out.labels_of_class("Person");
    assert!(
        people.contains("Ann Byrne") && people.contains("Orla Kinsella"),
        "{people:?}"
    );
    assert!(
        !people
            .iter()
            .any(|p| p.ends_with("TD") || p.ends_with("T.D.")),
        "{people:?}"
    );
}

#[test]
fn a_bare_title_without_a_name_in_apposition_holds_nobody() {
    // The title alone, then a clause: no holder; the country code "TD" in
    // running text is no postnominal.
    let out = Output::of(
        "Ports accord\n\nThe Taoiseach, speaking in Oakport, said the accord was good.\n\nThe Premier met officials of Kestria on 3 May.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.labels_of_class("Person").is_empty(),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn a_ministry_named_with_a_comma_list_stays_one_body() {
    let out = Output::of(
        "Heritage accord signed\n\nThe Department of Arts, Heritage and the Islands issued the strategy.\n\nThe accord was signed by the Department of Arts, Heritage and the Islands and the Ministry of Culture of Kestria.",
    );
    let facts = out.facts();
    let body = "Department of Arts, Heritage and the Islands";
    assert!(out.has(body, "issues", "strategy"), "{facts:?}");
    assert!(out.has(body, "signs", "accord"), "{facts:?}");
    // The list ends at its last item: the next party is a party of its own.
    assert!(
        out.has("Ministry of Culture of Kestria", "signs", "accord"),
        "{facts:?}"
    );
}

#[test]
fn the_items_of_a_ministrys_comma_list_are_no_parties_or_people() {
    let out = Output::of(
        "Heritage accord signed\n\nThe Department of Arts, Heritage and the Islands issued the strategy.\n\nThe accord was signed by the Department of Arts, Heritage and the Islands and the Ministry of Culture of Kestria.",
    );
    let names = out.names();
    for piece in ["Heritage", "Islands", "Department of Arts"] {
        assert!(!names.contains_key(piece), "{piece}: {names:?}");
        assert!(
            !out.facts().iter().any(|(s, _, _)| s == piece),
            "{piece}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.labels_of_class("Person").is_empty(),
        "{:?}",
        out.labels_of_class("Person")
    );
}

#[test]
fn an_inverted_attribution_names_the_holder_of_an_office_with_an_inner_and() {
    let out = Output::of(
        "Water plan\n\n\"This is a good day for farmers,\" said Minister for Housing and the Environment Tala Brinsworth.\n\n\"We will act,\" said Minister for Justice and Equality K Tan.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Tala Brinsworth",
            "holdsPosition",
            "Minister for Housing and the Environment"
        ),
        "{facts:?}"
    );
    assert!(
        out.has(
            "K Tan",
            "holdsPosition",
            "Minister for Justice and Equality"
        ),
        "{facts:?}"
    );
}

#[test]
fn an_inverted_attribution_to_an_office_alone_holds_nobody() {
    let out = Output::of(
        "Water plan\n\n\"This is a good day for farmers,\" said the Minister for Housing and the Environment.",
    );
    assert!(
        out.labels_of_class("Person").is_empty(),
        "{:?}",
        out.labels_of_class("Person")
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_list_of_title_name_pairs_gives_each_their_office() {
    let out = Output::of(
        "Charter signed\n\nThe charter was signed in the presence of the Council's Vice-Chairman Adam Dale and Chief Executive Dara Moss.",
    );
    let facts = out.facts();
    assert!(
        out.has("Adam Dale", "holdsPosition", "Vice-Chairman"),
        "{facts:?}"
    );
    assert!(
        out.has("Dara Moss", "holdsPosition", "Chief Executive"),
        "{facts:?}"
    );
}

#[test]
fn a_vice_chairmans_office_without_a_name_holds_nobody() {
    let out = Output::of(
        "Charter signed\n\nThe Vice-Chairman of the Council met officials of Kestria on Monday.",
    );
    assert!(
        out.labels_of_class("Person").is_empty(),
        "{:?}",
        out.labels_of_class("Person")
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}
