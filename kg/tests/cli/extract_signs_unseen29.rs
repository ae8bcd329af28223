//! Who signs, as releases write it (session 29): the party a signer's
//! office belongs to or the signer acts for, a signer named only by an
//! office the document gave one person, signing said with a noun ("held a
//! signing ceremony for", "the signing of X by A and B"), and those who
//! only witness, host or travel somewhere to sign. One positive and one
//! negative test per construction, on sentences written for these tests
//! with invented names.

use super::extract_constructions::Output;

fn owned(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
fn the_country_owning_a_signers_office_signs_too() {
    for text in [
        "Water News\n\nThe Minister of Water of Kenya, Jane Wambui, signed the Lake Basin Accord with Peru's Minister of Energy, Carlos Ibarra, on Tuesday.",
        "Water News\n\nKenyan Water Minister Jane Wambui and Peruvian Energy Minister Carlos Ibarra signed the Lake Basin Accord on Tuesday.",
    ] {
        let out = Output::of(text);
        assert_eq!(
            out.subjects_of("signs", "Lake Basin Accord"),
            owned(&["Carlos Ibarra", "Jane Wambui", "Kenya", "Peru"]),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_signers_country_is_no_party_where_the_sentence_names_the_parties_or_is_a_city() {
    // The memorandum's parties are two ministries: the minister signs for
    // one of them, not for the country. A city's mayor signs, the city is
    // no party that signs.
    let out = Output::of(
        "Water News\n\nKenyan Water Minister Jane Wambui signed the Lake Basin Memorandum between the Ministry of Water of Kenya and the Ministry of Energy of Peru.",
    );
    let found = out.subjects_of("signs", "Lake Basin Memorandum");
    assert!(!found.contains(&"Kenya".to_owned()), "{:?}", out.facts());
    assert!(
        found.contains(&"Jane Wambui".to_owned()),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "City News\n\nThe Mayor of Lima, Rosa Paz, signed the Harbour Cleanup Accord on Friday.",
    );
    assert_eq!(
        out.subjects_of("signs", "Harbour Cleanup Accord"),
        owned(&["Rosa Paz"]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_party_a_signer_acts_for_signs_too() {
    for text in [
        "Trade News\n\nMaria Lopez signed the Coastal Shipping Accord on behalf of Argentina.",
        "Trade News\n\nThe Coastal Shipping Accord was signed by Maria Lopez on behalf of Argentina and Tomas Reyes for Chile.",
    ] {
        let out = Output::of(text);
        let found = out.subjects_of("signs", "Coastal Shipping Accord");
        assert!(
            found.contains(&"Maria Lopez".to_owned()) && found.contains(&"Argentina".to_owned()),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_person_after_a_representation_cue_signs_nothing() {
    // Acting for a person is no party's signing.
    let out = Output::of(
        "Trade News\n\nMaria Lopez signed the Coastal Shipping Accord on behalf of President Tomas Reyes.",
    );
    assert_eq!(
        out.subjects_of("signs", "Coastal Shipping Accord"),
        owned(&["Maria Lopez"]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_agents_of_a_signing_noun_sign_and_its_witness_does_not() {
    let out = Output::of(
        "Water News\n\nPresident Tomas Varga witnessed the signing of the Lake Basin Accord by Kenyan Water Minister Jane Wambui and Peruvian Energy Minister Carlos Ibarra.",
    );
    let found = out.subjects_of("signs", "Lake Basin Accord");
    assert!(
        found.contains(&"Jane Wambui".to_owned()) && found.contains(&"Carlos Ibarra".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !found.contains(&"Tomas Varga".to_owned()),
        "{:?}",
        out.facts()
    );
    // The agents of the signing are no authors of the accord.
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn one_who_witnesses_or_hosts_a_signing_signs_nothing() {
    for text in [
        "Water News\n\nKenya and Peru signed the Lake Basin Accord in the presence of President Tomas Varga of Norway.",
        "Water News\n\nNorway hosted the signing ceremony of the Lake Basin Accord, which Kenya and Peru signed on Tuesday.",
        "Water News\n\nPresident Tomas Varga welcomed the signing of the Lake Basin Accord between Kenya and Peru.",
    ] {
        let out = Output::of(text);
        assert_eq!(
            out.subjects_of("signs", "Lake Basin Accord"),
            owned(&["Kenya", "Peru"]),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn those_holding_a_signing_ceremony_for_a_document_sign_it() {
    for text in [
        "Water News\n\nKenya and Peru held a signing ceremony for the Lake Basin Accord in Nairobi on Tuesday.",
        "Water News\n\nKenya and Peru held a virtual signing ceremony for the Lake Basin Accord.",
    ] {
        let out = Output::of(text);
        assert_eq!(
            out.subjects_of("signs", "Lake Basin Accord"),
            owned(&["Kenya", "Peru"]),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn hosting_or_attending_a_signing_ceremony_is_no_signing() {
    for text in [
        "Water News\n\nNorway hosted a signing ceremony for the Lake Basin Accord in Oslo.",
        "Water News\n\nNorway attended a signing ceremony for the Lake Basin Accord in Oslo.",
    ] {
        let out = Output::of(text);
        assert!(
            out.subjects_of("signs", "Lake Basin Accord").is_empty(),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_place_travelled_to_before_to_sign_is_no_signer() {
    for text in [
        "Water News\n\nJane Wambui travelled to Lima, Peru to sign the Lake Basin Accord.",
        "Water News\n\nJane Wambui flew to Peru to sign the Lake Basin Accord.",
    ] {
        let out = Output::of(text);
        assert_eq!(
            out.subjects_of("signs", "Lake Basin Accord"),
            owned(&["Jane Wambui"]),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_place_named_as_the_object_of_a_verb_other_than_going_still_signs() {
    // "urged Peru to sign": the object of the urging is the one to sign
    // (no verb of going before "to").
    let out = Output::of("Water News\n\nJane Wambui urged Peru to sign the Lake Basin Accord.");
    assert_eq!(
        out.subjects_of("signs", "Lake Basin Accord"),
        owned(&["Peru"]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_office_signs_as_the_one_person_named_holding_it() {
    for (text, holder) in [
        (
            "Trade News\n\nThe Minister for Trade, Maria Lopez, met business leaders in Brenholt on Monday. The Minister signed the Coastal Shipping Accord on behalf of Argentina.",
            "Maria Lopez",
        ),
        (
            "Trade News\n\nThe Ambassador to Chile, Maria Lopez, met business leaders in Brenholt on Monday. Later the Ambassador signed the Coastal Shipping Accord.",
            "Maria Lopez",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.subjects_of("signs", "Coastal Shipping Accord").contains(&holder.to_owned()),
            "{text}: {:?}",
            out.facts()
        );
    }
    // Acting for a party, the holder makes it a signer.
    let out = Output::of(
        "Trade News\n\nThe Minister for Trade, Maria Lopez, met business leaders in Brenholt on Monday. The Minister signed the Coastal Shipping Accord on behalf of Argentina.",
    );
    assert!(
        out.subjects_of("signs", "Coastal Shipping Accord")
            .contains(&"Argentina".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_office_with_two_holders_or_only_a_longer_office_stands_for_no_one() {
    // Two ministers: "the Minister" may be either. A Prime Minister is
    // not what "the Minister" names.
    for text in [
        "Trade News\n\nThe Minister for Trade, Maria Lopez, and the Minister for Energy, Tomas Reyes, met business leaders in Brenholt on Monday. The Minister signed the Coastal Shipping Accord.",
        "Trade News\n\nPrime Minister Maria Lopez met business leaders in Brenholt on Monday. The Minister signed the Coastal Shipping Accord.",
    ] {
        let out = Output::of(text);
        assert!(
            out.subjects_of("signs", "Coastal Shipping Accord").is_empty(),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_document_signed_between_parties_in_a_reduced_relative_is_signed_by_them() {
    let out = Output::of(
        "Cabinet News\n\nThe minister praised the agreement signed between Kenya and Tanzania.",
    );
    assert_eq!(
        out.subjects_of("signs", "agreement"),
        owned(&["Kenya", "Tanzania"]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn parties_after_a_signing_verb_with_a_subject_of_its_own_are_no_reduced_relative() {
    // "signed" is the clause's verb here, and "between" a time span.
    let out =
        Output::of("Cabinet News\n\nKenya signed the Lake Basin Accord between March and May.");
    assert_eq!(
        out.subjects_of("signs", "Lake Basin Accord"),
        owned(&["Kenya"]),
        "{:?}",
        out.facts()
    );
}
