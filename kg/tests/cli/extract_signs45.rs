//! Signers and issuers the rules missed or over-read (session 45): agents
//! of a passive repeated after an office in apposition and after an
//! honorific ("signed by Mr A, the Minister of X, and by Ms B"), a group
//! named by a name before its modifiers ("the 12 Harbour Alliance member
//! countries"), a body's short form in brackets before its "of" complement
//! ("the Council of Mayors (COM) of Chile": the council issues, not
//! Chile), and a counterpart's country, a party to what its person signs
//! and not to what its person issues. Sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

#[test]
fn passive_agents_repeat_their_preposition_after_an_apposed_office() {
    let out = Output::of(
        "Harbour accord signed\n\n\
         The Harbour Accord was signed by Mr Bo Lind, the Minister of Trade of Kestria, and by \
         Ms Ada Quist, the Minister of Energy of Norland.\n",
    );
    let signers = out.subjects_of("signs", "Harbour Accord");
    assert!(signers.contains(&"Bo Lind".to_owned()), "{:?}", out.facts());
    assert!(
        signers.contains(&"Ada Quist".to_owned()),
        "{:?}",
        out.facts()
    );
    // The offices describe the signers; they sign nothing themselves.
    assert!(
        !signers.iter().any(|s| s.starts_with("Minister")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn someone_present_at_a_signing_after_an_apposed_office_signs_nothing() {
    let out = Output::of(
        "Fisheries protocol signed\n\n\
         The Fisheries Protocol was signed by Mr Tor Halvard, the Deputy Director General of the \
         Ocean Council, in the presence of Ms Ilse Varga, the Minister of Fisheries of Norland.\n",
    );
    let signers = out.subjects_of("signs", "Fisheries Protocol");
    assert!(
        signers.contains(&"Tor Halvard".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !signers.contains(&"Ilse Varga".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_before_a_groups_modifiers_belongs_to_the_group() {
    let out = Output::of(
        "Protocol signed\n\n\
         Representatives of the 12 Harbour Alliance member countries today signed the Lorn \
         Protocol.\n",
    );
    let signers = out.subjects_of("signs", "Lorn Protocol");
    assert!(
        signers.contains(&"Harbour Alliance member countries".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !signers.contains(&"member countries".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_place_after_a_bodys_bracketed_short_form_is_its_complement_not_an_issuer() {
    let out = Output::of(
        "Governors meet in Lorn\n\n\
         The Union of Coastal Towns (UCT), the Council of Regions (COR) and the Council of \
         Mayors (COM) of Chile release the following joint statement as part of the 2019 Summer \
         Meeting:\n",
    );
    let issuers = out.subjects_of("issues", "joint statement");
    for body in [
        "Union of Coastal Towns",
        "Council of Regions",
        "Council of Mayors",
    ] {
        assert!(
            issuers.contains(&body.to_owned()),
            "{body}: {:?}",
            out.facts()
        );
    }
    assert!(!issuers.contains(&"Chile".to_owned()), "{:?}", out.facts());
}

#[test]
fn a_counterparts_country_signs_with_its_person_but_issues_nothing() {
    let signed = Output::of(
        "Rivers Agreement\n\n\
         Prime Minister Ada Quist and her Chilean counterpart Bo Lind on Monday signed the Rivers \
         Agreement.\n",
    );
    assert!(
        signed.has("Chile", "signs", "Rivers Agreement"),
        "{:?}",
        signed.facts()
    );
    let issued = Output::of(
        "Leaders meet in Lorn\n\n\
         Prime Minister Ada Quist and her Chilean counterpart Bo Lind on Saturday issued a joint \
         statement on the elevation of ties to a strategic partnership.\n",
    );
    let issuers = issued.subjects_of("issues", "joint statement");
    assert!(
        issuers.contains(&"Bo Lind".to_owned()),
        "{:?}",
        issued.facts()
    );
    assert!(
        !issuers.contains(&"Chile".to_owned()),
        "{:?}",
        issued.facts()
    );
}
