//! Goals and signing frames as unseen government releases write them
//! (issue 14): where a goal ends, "serve to" as a purpose, and a partner
//! named after the object of a verb of joint action. On sentences written
//! for these tests.

use super::extract_constructions::Output;

const SIGNED: &str = "Chile and Peru sign fisheries memorandum\n\nChile and Peru signed a Memorandum of Understanding on Fisheries on Monday. ";

#[test]
fn a_goal_ends_before_in_line_with() {
    let out = Output::of(&format!(
        "{SIGNED}The memorandum aims to protect coastal waters in line with the regional plan."
    ));
    let goals = out.goals_of("Memorandum of Understanding on Fisheries");
    assert!(goals.contains("protect coastal waters"), "{goals:?}");
    assert!(
        !goals.iter().any(|g| g.contains("regional plan")),
        "{goals:?}"
    );
}

#[test]
fn serving_to_do_states_one_goal_without_serve() {
    let out = Output::of(&format!(
        "{SIGNED}It will serve to strengthen research on fish stocks."
    ));
    let goals = out.goals_of("Memorandum of Understanding on Fisheries");
    assert!(
        goals.contains("strengthen research on fish stocks"),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.contains("serve")), "{goals:?}");
}

#[test]
fn a_partner_after_the_object_of_a_joint_action_signs_too() {
    let out = Output::of(
        "Chile signs fisheries agreement with Peru\n\nThe ministers met in Lima on Monday.",
    );
    assert!(
        out.has("Chile", "signs", "fisheries agreement"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Peru", "signs", "fisheries agreement"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    // A person signing with a country: the person signs, but people are
    // left out of cooperation.
    let out =
        Output::of("Fisheries pact\n\nMinister of Fisheries Ada Quist signed the pact with Peru.");
    assert!(out.has("Ada Quist", "signs", "pact"), "{:?}", out.facts());
    assert!(
        !out.has("Ada Quist", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_the_parse_leaves_one_word_is_read_on_the_surface() {
    // The tagger takes "reinforce and complement joint …" for nouns here.
    let out = Output::of(
        "Chile and Peru sign mining memorandum\n\nChile and Peru signed a Memorandum of Understanding on mining. This agreement will also serve to reinforce and complement joint U.S.-Peru research on copper.",
    );
    let goals = out.goals_of("Memorandum of Understanding");
    assert!(
        goals.contains("reinforce and complement joint U.S.-Peru research on copper"),
        "{goals:?}"
    );
}

#[test]
fn a_headline_joins_the_parties_of_a_joint_action_by_a_comma() {
    let out =
        Output::of("Chile, Peru sign fisheries memorandum\n\nThe ministers met in Lima on Monday.");
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    // People are left out.
    let out = Output::of(
        "Ada Quist, Peru sign fisheries memorandum\n\nThe ministers met in Lima on Monday.",
    );
    assert!(
        !out.has("Ada Quist", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_second_signing_clause_without_an_object_signs_the_first_clauses_document() {
    let out = Output::of(
        "Fisheries memorandum\n\nEnvoy for Fisheries Anna Berg signed the Memorandum for Chile and Minister of Foreign Affairs and Trade Omar Kabali signed for Peru.",
    );
    assert!(
        out.has("Anna Berg", "signs", "Memorandum"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Omar Kabali", "signs", "Memorandum"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Omar Kabali",
            "holdsPosition",
            "Minister of Foreign Affairs and Trade"
        ),
        "{:?}",
        out.facts()
    );
    // The document's name stops before the party the signer acts for.
    assert!(
        !out.names().keys().any(|n| n.contains("Memorandum for")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_second_signing_clause_with_its_own_object_keeps_it() {
    let out = Output::of(
        "Two accords\n\nAnna Berg signed the Harbour Accord and Omar Kabali signed the Fisheries Protocol.",
    );
    assert!(
        out.has("Omar Kabali", "signs", "Fisheries Protocol"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Omar Kabali", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_fronted_participle_clause_signs_with_the_main_clauses_subject() {
    let out = Output::of(
        "Harbour treaty\n\nChile and Peru signed the Harbour Treaty on Monday.\n\nSigning the treaty in Vell, the Foreign Minister Ada Quist said:\n\nThis is a good day for both our countries.",
    );
    assert!(
        out.has("Ada Quist", "signs", "Harbour Treaty"),
        "{:?}",
        out.facts()
    );
    // Welcoming is no signing.
    let out = Output::of(
        "Harbour treaty\n\nChile and Peru signed the Harbour Treaty on Monday.\n\nWelcoming the treaty in Vell, the Foreign Minister Ada Quist said it was a good day.",
    );
    assert!(
        !out.has("Ada Quist", "signs", "Harbour Treaty"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_perfect_signing_verb_after_a_bracketed_date_keeps_its_subject() {
    let out = Output::of(
        "Harbour treaty\n\nChile and Peru have today (12 March 2020) signed the Harbour Treaty.",
    );
    assert!(
        out.has("Chile", "signs", "Harbour Treaty"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Peru", "signs", "Harbour Treaty"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_passive_agent_may_follow_a_place_set_off_by_commas_and_hold_coordinated_offices() {
    let out = Output::of(
        "Fisheries agreement\n\nA new Fisheries Agreement was signed at the Town Hall, Santiago, by Fisheries Secretary Jane Ortiz and Deputy Prime Minister and Fisheries Minister Daniel Weatherby.",
    );
    assert!(
        out.has("Jane Ortiz", "signs", "Fisheries Agreement"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Daniel Weatherby", "signs", "Fisheries Agreement"),
        "{:?}",
        out.facts()
    );
}
