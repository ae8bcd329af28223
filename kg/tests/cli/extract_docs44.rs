//! Agreements named by heads the lexicon lacked (session 44): a plural
//! agreement head ("Practical Arrangements", "Protocols of Accession"),
//! "Exchange of Notes" and the short "memo"; and a name the tagger ran
//! over a lone determiner into the next name ("Under the Exchange of
//! Notes the Government of Kestria shall …") split in two. Sentences
//! written for these tests, with invented names.

use super::extract_constructions::Output;

#[test]
fn practical_arrangements_are_an_agreement_its_parties_sign() {
    let out = Output::of(
        "Space data\n\n\
         The Kestrian Space Office and the Norland Energy Agency signed Practical \
         Arrangements in Varn yesterday to promote cooperation in satellite data.\n",
    );
    assert!(
        out.has("Kestrian Space Office", "signs", "Practical Arrangements"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Norland Energy Agency", "signs", "Practical Arrangements"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.labels_of_class("Agreement")
            .contains("Practical Arrangements"),
        "{:?}",
        out.labels_of_class("Agreement")
    );
    assert!(
        !out.labels_of_class("Organization")
            .contains("Practical Arrangements"),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn protocols_of_accession_are_an_agreement() {
    let out = Output::of(
        "Accession\n\n\
         The Government of Kestria signed the Protocols of Accession in Varn on Monday.\n",
    );
    assert!(
        out.has("Government of Kestria", "signs", "Protocols of Accession"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.labels_of_class("Organization")
            .contains("Protocols of Accession"),
        "{:?}",
        out.labels_of_class("Organization")
    );
}

#[test]
fn governments_sign_an_exchange_of_notes() {
    let out = Output::of(
        "Grant\n\n\
         The Government of Kestria and the Government of Norland signed the Exchange of \
         Notes in Varn on Monday.\n",
    );
    assert!(
        out.has("Government of Kestria", "signs", "Exchange of Notes"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Government of Norland", "signs", "Exchange of Notes"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn two_ministers_sign_a_memo_the_places_in_its_complement_do_not() {
    let out = Output::of(
        "Ministries\n\n\
         Foreign Minister Arlo Venn and his Norlandic counterpart Tomas Brell signed a memo \
         of cooperation between the ministries of foreign affairs of Kestria and Norland.\n",
    );
    let signed = out.objects_of("Arlo Venn", "signs");
    assert!(
        signed.iter().any(|d| d.starts_with("memo of cooperation")),
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Tomas Brell", "signs") == signed,
        "{:?}",
        out.facts()
    );
    assert!(
        out.objects_of("Kestria", "signs").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_run_over_a_lone_determiner_is_two_names() {
    let out = Output::of(
        "Grant\n\n\
         Under the terms of the Exchange of Notes the Government of Kestria shall extend to \
         the Government of Norland a grant of ten million dollars.\n",
    );
    let names: Vec<String> = out.names().into_keys().collect();
    assert!(
        names.iter().any(|n| n == "Government of Kestria"),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.contains("Notes the Government")),
        "{names:?}"
    );
}

#[test]
fn a_determiner_after_a_connector_stays_inside_a_name() {
    let out = Output::of(
        "Interior\n\n\
         The Ministry of the Interior of Kestria signed the Exchange of Notes on Monday.\n",
    );
    assert!(
        out.has(
            "Ministry of the Interior of Kestria",
            "signs",
            "Exchange of Notes"
        ),
        "{:?}",
        out.facts()
    );
}
