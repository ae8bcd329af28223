//! Session 46: the span of an office. A portfolio written in brackets
//! right after the head ("Secretary (Bilateral & Consular)") is the
//! office's, and closes it; a remit noun between two position prepositions
//! (`kg:officeRemitNoun`: "Minister with responsibility for Information")
//! hands the office its portfolio; a possessor after a definite article
//! inside the complement ("Head of the Kestria Assembly's Norlandic
//! Delegation") keeps the office going to the body it possesses; and titles
//! with no "of" (`kg:positionTitle`: "Co-Chair", "Chairman-in-Office",
//! "Apostolic Nuncio", "Chargé d´Affaires" typed with an acute accent).
//! Each test asserts the whole office held and the cut one absent, on
//! sentences written for these tests with invented names.

use super::extract_constructions::Output;

fn holds(out: &Output, person: &str, office: &str) -> bool {
    out.has(person, "holdsPosition", office)
}

#[test]
fn a_bracketed_portfolio_after_the_head_is_the_offices() {
    for (text, person, office) in [
        (
            "Talks in Orlan\n\nThe Kestrian side was led by Ada Quist, Secretary (Bilateral & Consular) of the Foreign Ministry.",
            "Ada Quist",
            "Secretary (Bilateral & Consular)",
        ),
        (
            "Talks in Orlan\n\nIvo Marsh, Additional Secretary (East Asia and Pacific), met the delegation on 4 May.",
            "Ivo Marsh",
            "Additional Secretary (East Asia and Pacific)",
        ),
        (
            "Talks in Orlan\n\nBran Holt, Joint Secretary (Trade, Investment, Energy and Shipping), opened the talks.",
            "Bran Holt",
            "Joint Secretary (Trade, Investment, Energy and Shipping)",
        ),
    ] {
        let out = Output::of(text);
        assert!(holds(&out, person, office), "{text}: {:?}", out.facts());
        let bare = office.split(" (").next().unwrap();
        assert!(!holds(&out, person, bare), "{text}: {:?}", out.facts());
    }
}

#[test]
fn an_acronym_or_a_place_in_brackets_is_no_portfolio() {
    let out = Output::of(
        "Talks in Orlan\n\nThe statement was read by Ada Quist, Director (DTR) of the Trade Office, and by Ivo Marsh, Minister (Ghana).",
    );
    assert!(
        !out.objects_of("Ada Quist", "holdsPosition")
            .iter()
            .any(|o| o.contains("(DTR)")),
        "{:?}",
        out.facts()
    );
    assert!(
        !holds(&out, "Ivo Marsh", "Minister (Ghana)"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_remit_noun_hands_the_office_its_portfolio() {
    for (text, person, office) in [
        (
            "Launch in Orlan\n\nIvo Marsh, Minister with responsibility for Information, launched the plan on Monday.",
            "Ivo Marsh",
            "Minister with responsibility for Information",
        ),
        (
            "Launch in Orlan\n\nThe Minister with special responsibility for Sport and Culture, Ada Quist, opened the games.",
            "Ada Quist",
            "Minister with special responsibility for Sport and Culture",
        ),
        (
            "Launch in Orlan\n\nThe plan was presented by Minister of State with responsibility for Rural Affairs Bran Holt.",
            "Bran Holt",
            "Minister of State with responsibility for Rural Affairs",
        ),
    ] {
        let out = Output::of(text);
        assert!(holds(&out, person, office), "{text}: {:?}", out.facts());
        let bare = office.split(" with").next().unwrap();
        assert!(!holds(&out, person, bare), "{text}: {:?}", out.facts());
    }
}

#[test]
fn a_lowercase_complement_after_with_is_no_remit() {
    let out = Output::of(
        "Launch in Orlan\n\nIvo Marsh, Minister with responsibility, said the plan was ready.",
    );
    assert!(holds(&out, "Ivo Marsh", "Minister"), "{:?}", out.facts());
    assert!(
        !holds(&out, "Ivo Marsh", "Minister with responsibility"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_possessor_after_an_article_stays_inside_the_office() {
    for (text, person, office, cut) in [
        (
            "Envoys in Orlan\n\nIvo Marsh, Head of the Kestria Assembly's Norlandic Delegation, was appointed on Monday.",
            "Ivo Marsh",
            "Head of the Kestria Assembly's Norlandic Delegation",
            "Head of the Kestria",
        ),
        (
            "Envoys in Orlan\n\nAda Quist, Chair of the Coastal League’s Youth Council and former Mayor of Tarvik, spoke first.",
            "Ada Quist",
            "Chair of the Coastal League’s Youth Council",
            "Chair of the Coastal League",
        ),
    ] {
        let out = Output::of(text);
        assert!(holds(&out, person, office), "{text}: {:?}", out.facts());
        assert!(!holds(&out, person, cut), "{text}: {:?}", out.facts());
    }
}

#[test]
fn a_possessor_with_no_article_still_ends_the_office() {
    let out = Output::of(
        "Envoys in Orlan\n\nAda Quist, Ambassador of Kestria's Trade Mission, met the press.",
    );
    assert!(
        !holds(&out, "Ada Quist", "Ambassador of Kestria's Trade Mission"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn titles_with_no_of_are_offices() {
    for (text, person, office) in [
        (
            "Envoys in Orlan\n\nThe Honourable Ivo Marsh, Co-Chair of the Kestrian Section of the Harbour Trade Group, led a delegation.",
            "Ivo Marsh",
            "Co-Chair of the Kestrian Section of the Harbour Trade Group",
        ),
        (
            "Envoys in Orlan\n\nThe OSCE Chairman-in-Office, Ivo Marsh, visited Norland on Tuesday.",
            "Ivo Marsh",
            "OSCE Chairman-in-Office",
        ),
        (
            "Envoys in Orlan\n\nThe Honourable Bran Holt, Co-Chairman of the Joint Committee of the Kestria–Norland Trade Council, spoke.",
            "Bran Holt",
            "Co-Chairman of the Joint Committee of the Kestria–Norland Trade Council",
        ),
        (
            "Envoys in Orlan\n\nArchbishop Ada Quist, Apostolic Nuncio to Kestria, spoke at the dinner.",
            "Ada Quist",
            "Apostolic Nuncio to Kestria",
        ),
        (
            "Envoys in Orlan\n\nHe was joined by the Charge d\u{b4}Affaires of the Kestrian Embassy to Norland, Ada Quist.",
            "Ada Quist",
            "Charge d\u{b4}Affaires of the Kestrian Embassy to Norland",
        ),
    ] {
        let out = Output::of(text);
        assert!(holds(&out, person, office), "{text}: {:?}", out.facts());
        // The office is read whole, never cut at its hyphen, accent or dash.
        assert!(
            out.objects_of(person, "holdsPosition")
                .iter()
                .all(|o| o == office),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_office_a_place_leads_after_another_office_is_a_second_office() {
    let out = Output::of(
        "Envoys in Orlan\n\nThe OSCE Chairman-in-Office, Norwegian Trade Minister Ada Quist, opened the conference in Tarvik. The Secretary of the Harbour Board, Ambassador Ivo Marsh, closed it.",
    );
    assert!(
        holds(&out, "Ada Quist", "OSCE Chairman-in-Office"),
        "{:?}",
        out.facts()
    );
    assert!(
        holds(&out, "Ada Quist", "Norwegian Trade Minister"),
        "{:?}",
        out.facts()
    );
    // A title alone before the name is still a rank.
    assert!(
        holds(&out, "Ivo Marsh", "Secretary of the Harbour Board"),
        "{:?}",
        out.facts()
    );
    assert!(!holds(&out, "Ivo Marsh", "Ambassador"), "{:?}", out.facts());
}
