//! The text of a memorandum or agreement as a government publishes it
//! (session 42): a preamble names the parties and then a collective term
//! for them ("(hereinafter referred to as “the Participants”)", ",
//! hereinafter collectively referred to as the “Parties”:"). The parties
//! cooperate, each with each; a later "the Participants" or "both Parties"
//! stands for them (so "The Participants signed …" makes each a signer),
//! and the term is no name of any one of them. A place in a party's
//! complement ("of Kestria") or before its possessive mark is no party.
//! Texts written for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b)
}

#[test]
fn a_bracketed_party_term_makes_the_listed_bodies_partners_and_signers() {
    let out = Output::of(
        "Memorandum of Understanding on Forest Fire Prevention\n\n\
         The Forestry Agency of Kestria and the Department of Lands of Norland \
         (hereinafter referred to as \"the Participants\"),\n\n\
         Desiring to reduce the damage caused by forest fires;\n\n\
         Have reached the following understanding:\n\n\
         The Participants signed this Memorandum in two copies.\n",
    );
    let (a, b) = (
        "Forestry Agency of Kestria",
        "Department of Lands of Norland",
    );
    assert!(cooperate(&out, a, b), "{:?}", out.facts());
    let memorandum = "Memorandum of Understanding on Forest Fire Prevention";
    for party in [a, b] {
        assert!(
            out.has(party, "signs", memorandum),
            "{party}: {:?}",
            out.facts()
        );
    }
    // The term names the two together, neither one alone.
    let names = out.names();
    assert!(
        !names.keys().any(|n| n.eq_ignore_ascii_case("participants")),
        "{names:?}"
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, _)| s.contains("Participants")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn three_parties_defined_after_a_comma_cooperate_each_with_each() {
    let out = Output::of(
        "Agreement on Rail Freight\n\n\
         The Rail Authority of Kestria, the Transport Ministry of Norland and the Ostrian \
         Railways Board, hereinafter collectively referred to as the \"Parties\":\n\n\
         Wishing to shorten freight journeys across their borders,\n\n\
         Have agreed as follows:\n\n\
         The Parties will share timetables each month.\n",
    );
    let parties = [
        "Rail Authority of Kestria",
        "Transport Ministry of Norland",
        "Ostrian Railways Board",
    ];
    for (i, a) in parties.iter().enumerate() {
        for b in &parties[i + 1..] {
            assert!(cooperate(&out, a, b), "{a}-{b}: {:?}", out.facts());
        }
    }
}

#[test]
fn places_in_the_parties_names_are_no_parties_of_the_definition() {
    let out = Output::of(
        "Arrangement on Seed Banks\n\n\
         Under this Arrangement, Kenya's Plant Institute and the Seed Council of Uganda \
         (hereinafter \"the Sides\") will exchange seed samples every spring.\n",
    );
    assert!(
        cooperate(&out, "Plant Institute", "Seed Council of Uganda"),
        "{:?}",
        out.facts()
    );
    for place in ["Kenya", "Uganda"] {
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, o)| p == "cooperatesWith" && (s == place || o == place)),
            "{place}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn the_parties_after_between_are_the_defined_ones() {
    let out = Output::of(
        "Memorandum of Cooperation on Tidal Energy\n\n\
         This Memorandum of Cooperation between the Energy Office of Kestria and the Marine \
         Council of Norland (hereinafter referred to as \"the Parties\") sets out how they \
         will share tidal data.\n",
    );
    assert!(
        cooperate(
            &out,
            "Energy Office of Kestria",
            "Marine Council of Norland"
        ),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(
        !names.keys().any(|n| n.eq_ignore_ascii_case("parties")),
        "{names:?}"
    );
}

#[test]
fn what_the_defined_parties_will_do_is_a_goal_of_the_titled_document() {
    let out = Output::of(
        "Agreement on Rail Freight\n\n\
         The Rail Authority of Kestria, the Transport Ministry of Norland and the Ostrian \
         Railways Board, hereinafter collectively referred to as the \"Parties\":\n\n\
         Have agreed as follows:\n\n\
         The Parties will share timetables each month.\n\n\
         The Parties will work together to open a freight terminal in the south.\n",
    );
    let goals = out.goals_of("Agreement on Rail Freight");
    for goal in [
        "share timetables each month",
        "open a freight terminal in the south",
    ] {
        assert!(goals.contains(goal), "{goal}: {goals:?}");
    }
}

#[test]
fn what_the_defined_parties_did_is_no_goal() {
    let out = Output::of(
        "Memorandum of Understanding on Forest Fire Prevention\n\n\
         The Forestry Agency of Kestria and the Department of Lands of Norland \
         (hereinafter referred to as \"the Participants\"),\n\n\
         Have reached the following understanding:\n\n\
         The Participants signed this Memorandum in two copies.\n",
    );
    let goals = out.goals_of("Memorandum of Understanding on Forest Fire Prevention");
    assert!(goals.is_empty(), "{goals:?}");
}

#[test]
fn a_lead_in_to_a_list_of_objectives_is_no_goal() {
    let out = Output::of(
        "Agreement on Rail Freight\n\n\
         The Rail Authority of Kestria, the Transport Ministry of Norland and the Ostrian \
         Railways Board, hereinafter collectively referred to as the \"Parties\":\n\n\
         Have agreed as follows:\n\n\
         The Parties will seek to achieve the following objectives:\n\n\
         a. Explore joint research on rail safety.\n",
    );
    let goals = out.goals_of("Agreement on Rail Freight");
    assert!(
        !goals.iter().any(|g| g.contains("following objectives")),
        "{goals:?}"
    );
}
