//! The holder's side of an office (session 47): where the office's words
//! start and where the holder's name starts. Each test states the fact
//! present and the wrong reading absent, on sentences written for these
//! tests with invented names.

use super::extract_constructions::Output;

/// A sentence opening with a participle clause: the participle is the
/// clause's verb, no word of the office after it.
#[test]
fn an_opening_participle_is_no_word_of_the_office_after_it() {
    for (text, office, holder) in [
        (
            "Harbour Talks\n\nWelcoming President Ada Quist to the Assembly, the chair said Norland was ready to help.",
            "President",
            "Ada Quist",
        ),
        (
            "Harbour Talks\n\nWelcoming Prime Minister Bram Olde and his delegation, the mayor spoke of the port.",
            "Prime Minister",
            "Bram Olde",
        ),
        (
            "Harbour Talks\n\nWelcoming Foreign Minister Cato Finn of Kestria on 3 May, the hosts praised the talks.",
            "Foreign Minister",
            "Cato Finn",
        ),
    ] {
        assert!(out_has(text, holder, office), "{text}");
        let wrong = format!("Welcoming {office}");
        let out = Output::of(text);
        assert!(!out.has(holder, "holdsPosition", &wrong), "{:?}", out.facts());
    }
}

/// Ranks and tenure words are words of the office, also first in a
/// sentence.
#[test]
fn an_opening_rank_or_tenure_word_stays_a_word_of_the_office() {
    let out = Output::of(
        "Harbour Talks\n\nActing President Dirk Vane opened the session in Norland on Monday.",
    );
    assert!(
        out.has("Dirk Vane", "holdsPosition", "Acting President"),
        "{:?}",
        out.facts()
    );
}

/// A portfolio's last word that is a common English word, before a
/// surname opening with a capitalised particle, is no given name of the
/// holder: the portfolio keeps it.
#[test]
fn a_portfolio_word_before_a_particle_surname_stays_in_the_office() {
    for (text, office, holder, wrong_holder, wrong_office) in [
        (
            "Harbour Talks\n\nSecretary of Human Services Al Brenner and Port Commissioner Ivo Marsh joined the governor.",
            "Secretary of Human Services",
            "Al Brenner",
            "Services Al Brenner",
            "Secretary of Human",
        ),
        (
            "Harbour Talks\n\nOn Monday, the Minister of Social Services Al Tarbek signed the lease with Norland.",
            "Minister of Social Services",
            "Al Tarbek",
            "Services Al Tarbek",
            "Minister of Social",
        ),
        (
            "Harbour Talks\n\nMinister of Energy Services El Brenn and Trade Commissioner Ivo Marsh met the governor.",
            "Minister of Energy Services",
            "El Brenn",
            "Services El Brenn",
            "Minister of Energy",
        ),
    ] {
        let out = Output::of(text);
        assert!(out.has(holder, "holdsPosition", office), "{:?}", out.facts());
        assert!(
            !out.has(wrong_holder, "holdsPosition", wrong_office),
            "{:?}",
            out.facts()
        );
        assert!(
            !out.has(wrong_holder, "holdsPosition", office),
            "{:?}",
            out.facts()
        );
    }
}

/// After a title, the word before a particle surname is the given name
/// ("Sheikh Said Al Brenner").
#[test]
fn a_given_name_after_a_title_still_joins_a_particle_surname() {
    let out = Output::of(
        "Harbour Talks\n\nThe talks were opened by Minister of Trade Tarek El Brenn on Monday.",
    );
    assert!(
        out.has("Tarek El Brenn", "holdsPosition", "Minister of Trade"),
        "{:?}",
        out.facts()
    );
}

fn out_has(text: &str, holder: &str, office: &str) -> bool {
    let out = Output::of(text);
    let found = out.has(holder, "holdsPosition", office);
    if !found {
        eprintln!("{:?}", out.facts());
    }
    found
}
