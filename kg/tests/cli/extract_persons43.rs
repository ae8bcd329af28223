//! Persons cut out of text next to offices (session 43): a person's name is
//! never one common word, name head, office or field of government alone
//! ("Vice President Relevant", "General Assembly", "General Manager"); a
//! field of government the tagger ran into the name after "Minister of" is
//! the portfolio's last word ("Minister of Agriculture Bakirov"); a given
//! name written with diacritics the lexicon spells without starts the name
//! ("José"); a meeting verb in a headline ("Holds") is no word of a
//! name. Sentences and names written for these tests.

use super::extract_constructions::Output;

fn people_holding(out: &Output, office: &str) -> Vec<String> {
    out.facts()
        .into_iter()
        .filter(|(_, p, o)| p == "holdsPosition" && o == office)
        .map(|(s, _, _)| s)
        .collect()
}

#[test]
fn a_common_word_after_an_office_is_no_person() {
    let out = Output::of(
        "Premier Holt: Meeting With Norland's Vice President Relevant\n\n\
         Delegates discussed the 12th Kestria General Assembly, which will be held in Tarvo in May.\n",
    );
    for word in ["Relevant", "Assembly"] {
        assert!(!out.names().contains_key(word), "{word}: {:?}", out.names());
    }
    assert!(
        people_holding(&out, "Vice President").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_word_the_tagger_reads_as_a_person_is_none() {
    let out = Output::of(
        "Norland Ports names a new director\n\n\
         \"Ada Quist, who has been the General Manager of Norland Ports since 2019, will continue \
         to act as Deputy Director.\"\n",
    );
    assert!(!out.names().contains_key("Manager"), "{:?}", out.names());
    assert!(
        !out.facts().iter().any(|(s, _, _)| s == "Manager"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_family_name_that_is_a_common_word_stays_a_person() {
    let out = Output::of(
        "Norland elects a president\n\n\
         Ms Ada Young was elected President of Norland in May. On Monday President Young \
         opened the new harbour in Tarvo.\n",
    );
    assert!(
        out.has("Ada Young", "holdsPosition", "President of Norland"),
        "{:?}",
        out.facts()
    );
    // "President Young" is the same person: her family name is one of her names.
    assert!(
        out.names()
            .get("Young")
            .is_some_and(|c| c.contains("Person")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_field_of_government_before_a_surname_is_the_portfolio() {
    let out = Output::of(
        "Kestria and Norland hold talks\n\n\
         Foreign Minister Ada Quist was accompanied by Norland's Minister of Agriculture \
         Bakirov, Deputy Minister of Trade, and other officials.\n",
    );
    assert!(
        out.has("Bakirov", "holdsPosition", "Minister of Agriculture"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.names().contains_key("Agriculture Bakirov"),
        "{:?}",
        out.names()
    );
}

#[test]
fn an_accented_given_name_after_an_office_starts_the_name() {
    let out = Output::of(
        "Norland and Kestria discuss trade\n\n\
         The delegation met with Secretary of Foreign Relations José Luis Quintero in Tarvo.\n",
    );
    assert!(
        out.has(
            "José Luis Quintero",
            "holdsPosition",
            "Secretary of Foreign Relations"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_meeting_verb_in_a_headline_ends_the_name_before_it() {
    // A meeting verb right after the office names nobody. (After a surname,
    // "Foreign Secretary Meade Meets …", a rule before the tagger still
    // reads "Meade Meets" as the name.)
    for headline in ["Foreign Minister Holds Official Talks with Her Kestrian Counterpart"] {
        let out = Output::of(&format!(
            "{headline}\n\nForeign Minister Ada Meade held official talks today with Kestrian \
             Foreign Minister Bo Lind in Tarvo.\n"
        ));
        for name in ["Holds Official Talks", "Holds"] {
            assert!(
                !out.names().contains_key(name),
                "{headline}: {:?}",
                out.names()
            );
        }
        assert!(
            out.has("Bo Lind", "holdsPosition", "Kestrian Foreign Minister"),
            "{headline}: {:?}",
            out.facts()
        );
    }
}
