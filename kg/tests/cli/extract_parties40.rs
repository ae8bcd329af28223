//! Parties of cooperation and signing named through people (session 40):
//! "A and counterparts from B, C and D signed X" (each listed place signs,
//! the first one too, and cooperates with A's party, never with the other
//! listed places), "ministers from B and C", a list that is a noun's
//! complement and no subject ("grants to A, B and C have entered into
//! force"), and a meeting named by the offices of the people meeting
//! ("the meeting of A-ian, B-ian and C-ian Prime Ministers"). Sentences
//! written for these tests.

use super::extract_constructions::Output;

fn cooperate(out: &Output, a: &str, b: &str) -> bool {
    out.has(a, "cooperatesWith", b) || out.has(b, "cooperatesWith", a)
}

fn facts_of(out: &Output, property: &str) -> usize {
    out.facts().iter().filter(|(_, p, _)| p == property).count()
}

#[test]
fn counterparts_from_a_list_each_sign_the_first_place_too() {
    let out = Output::of(
        "Consular pact signed\n\n\
         Foreign Minister Anna Berg and counterparts from Austria, Hungary and Slovenia \
         signed an agreement on consular cooperation.\n",
    );
    for signer in ["Anna Berg", "Austria", "Hungary", "Slovenia"] {
        assert!(
            out.has(signer, "signs", "agreement on consular cooperation"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    // No party of Anna Berg is named, and the counterparts are no
    // partners of each other.
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn counterparts_cooperate_with_the_party_named_before_them_only() {
    let out = Output::of(
        "Consular pact signed\n\n\
         Swedish Foreign Minister Anna Berg and counterparts from Austria, Hungary and \
         Slovenia signed an agreement on consular cooperation in Malmo.\n",
    );
    for partner in ["Austria", "Hungary", "Slovenia"] {
        assert!(
            cooperate(&out, "Sweden", partner),
            "{partner}: {:?}",
            out.facts()
        );
    }
    assert!(!cooperate(&out, "Austria", "Hungary"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Hungary", "Slovenia"), "{:?}", out.facts());
    assert!(!cooperate(&out, "Austria", "Slovenia"), "{:?}", out.facts());
    assert!(
        out.has("Sweden", "signs", "agreement on consular cooperation"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn ministers_from_a_list_stand_for_every_listed_place() {
    let out = Output::of(
        "Fruit accord\n\n\
         Trade ministers from Chile, Peru and Colombia signed the Andean Fruit Accord in Lima.\n",
    );
    for signer in ["Chile", "Peru", "Colombia"] {
        assert!(
            out.has(signer, "signs", "Andean Fruit Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn people_from_a_list_with_no_office_stand_for_no_place() {
    // "farmers" is no office title: the sentence names no representatives.
    let out = Output::of(
        "Dairy letter\n\n\
         Farmers from Chile, Peru and Colombia met in Lima on Monday to discuss milk prices.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn a_list_completing_the_subjects_noun_makes_no_partners() {
    let out = Output::of(
        "Loans take effect\n\n\
         The Kestrian Development Bank's loans to Ghana, Kenya and Zambia have entered into \
         force.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn a_meeting_of_prime_ministers_named_by_demonyms_makes_the_places_partners() {
    let out = Output::of(
        "Prime ministers meet\n\n\
         The agenda of the meeting of Austrian, Hungarian and Slovenian Prime Ministers \
         included energy security and rail links.\n",
    );
    assert!(cooperate(&out, "Austria", "Hungary"), "{:?}", out.facts());
    assert!(cooperate(&out, "Austria", "Slovenia"), "{:?}", out.facts());
    assert!(cooperate(&out, "Hungary", "Slovenia"), "{:?}", out.facts());
}

#[test]
fn a_meeting_of_people_with_no_office_makes_no_partners() {
    let out = Output::of(
        "Growers meet\n\n\
         The agenda of the meeting of Austrian, Hungarian and Slovenian wine growers \
         included frost insurance.\n",
    );
    assert_eq!(facts_of(&out, "cooperatesWith"), 0, "{:?}", out.facts());
}

#[test]
fn a_summit_of_the_foreign_ministers_of_listed_countries_makes_them_partners() {
    let out = Output::of(
        "Ministers meet\n\n\
         A summit of the Foreign Ministers of Chile, Peru and Bolivia took place in Arica \
         on Friday.\n",
    );
    assert!(cooperate(&out, "Chile", "Peru"), "{:?}", out.facts());
    assert!(cooperate(&out, "Chile", "Bolivia"), "{:?}", out.facts());
    assert!(cooperate(&out, "Peru", "Bolivia"), "{:?}", out.facts());
}
