//! Signings that gave no `signs` fact on unseen releases (session 27):
//! counted or generic plural documents as the signed object, an
//! infinitive of signing after a clause whose subject does it ("took
//! advantage of the summit to sign", "joined with B to sign"), a portfolio
//! before a three-word name of a second signer, a passive's agents after an
//! adverb and a place set off by commas, an object after a date adjunct,
//! a named partnership signed by a titled person in apposition, and
//! "those signing X included A, B and C" after "In addition to D and E,". One
//! positive and one negative test per construction, on sentences written
//! for these tests.

use super::extract_constructions::{facts_of, Output};

#[test]
fn a_counted_plural_document_is_a_document_its_signer_signs() {
    let out = Output::of(
        "Harbour Minister Ada Quist today signed six bilateral agreements on behalf of the \
         Government of Kestria.\n",
    );
    assert!(
        out.has("Ada Quist", "signs", "bilateral agreements"),
        "{:?}",
        out.facts()
    );
    // A generic plural with a complement after the signing verb.
    let out = Output::of(
        "The Norland Fisheries Board has signed agreements for cooperation with three coastal \
         towns.\n",
    );
    assert!(
        out.has(
            "Norland Fisheries Board",
            "signs",
            "agreements for cooperation"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_count_before_no_document_noun_is_no_signed_document() {
    for text in [
        "Harbour Minister Ada Quist signed up to six new members of the board.\n",
        "Harbour Minister Ada Quist signed three times before the meeting ended.\n",
        "Harbour Minister Ada Quist signed two agency officials to the team.\n",
    ] {
        assert_eq!(facts_of(text, "signs"), vec![], "{text}");
    }
}

#[test]
fn the_subject_of_the_clause_signs_what_its_infinitive_says() {
    let out = Output::of(
        "Port Administrator Ada Quist took advantage of the regional summit to sign three new \
         agreements with partners.\n",
    );
    assert!(
        out.has("Ada Quist", "signs", "new agreements"),
        "{:?}",
        out.facts()
    );
    // "joined with B to sign": both sign.
    let out = Output::of(
        "Trade Secretary Ada Quist today joined with Transport Minister Maria Costa to sign two \
         arrangements to improve port safety.\n",
    );
    for signer in ["Ada Quist", "Maria Costa"] {
        assert!(
            out.has(signer, "signs", "arrangements"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_infinitive_of_signing_with_its_own_subject_is_not_the_clause_subjects() {
    for text in [
        "Port Administrator Ada Quist urged Norland to sign the Coastal Safety Accord.\n",
        "Port Administrator Ada Quist asked the two agencies to sign the Coastal Safety Accord.\n",
        "Port Administrator Ada Quist welcomed the decision of Norland to sign the Coastal \
         Safety Accord.\n",
    ] {
        let out = Output::of(text);
        assert!(
            !out.has("Ada Quist", "signs", "Coastal Safety Accord"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_second_signer_after_an_office_with_its_portfolio_keeps_its_name() {
    let out = Output::of(
        "Secretary Quist and Norlandic Minister of Agriculture Maria Costa Ruiz signed a \
         Memorandum of Understanding on seed research.\n",
    );
    assert!(
        out.has("Maria Costa Ruiz", "signs", "Memorandum of Understanding"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, _)| s.starts_with("Agriculture")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_two_word_name_after_an_office_with_its_portfolio_is_read_as_before() {
    // The given name opens the tagged span: nothing is cut from it.
    let out = Output::of(
        "Secretary Quist and Norlandic Minister of Agriculture Maria Costa signed a \
         Memorandum of Understanding on seed research.\n",
    );
    assert!(
        out.has("Maria Costa", "signs", "Memorandum of Understanding"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_passive_agent_after_an_adverb_and_a_place_set_off_by_commas_signs() {
    let out = Output::of(
        "The Coastal Shipping Agreement was signed yesterday at the Harbour Pavilion, Norvik, \
         by Transport Secretary Ada Quist and Deputy Prime Minister Bo Lind.\n",
    );
    for signer in ["Ada Quist", "Bo Lind"] {
        assert!(
            out.has(signer, "signs", "Coastal Shipping Agreement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_signing_in_the_presence_of_a_person_is_not_that_persons() {
    let text = "The Coastal Shipping Agreement was signed yesterday at the Harbour Pavilion, \
                Norvik, in the presence of Transport Secretary Ada Quist.\n";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
}

#[test]
fn the_object_of_a_signing_may_follow_a_date() {
    let out = Output::of(
        "The Kestrian Space Agency and the Norland Research Council signed on May 3 a \
         Memorandum of Understanding on satellite data.\n",
    );
    for signer in ["Kestrian Space Agency", "Norland Research Council"] {
        assert!(
            out.has(signer, "signs", "Memorandum of Understanding"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_place_after_a_date_is_no_signed_object() {
    let text = "The Kestrian Space Agency signed on May 3 in Norvik with little ceremony.\n";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
}

#[test]
fn a_named_partnership_is_signed_by_the_titled_person_in_apposition() {
    let out = Output::of(
        "The two leaders reviewed the Green Growth Partnership, which was signed by the Prime \
         Minister, Ada Quist, on 4 May 2015.\n",
    );
    assert!(
        out.has("Ada Quist", "signs", "Green Growth Partnership"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_partnership_welcomed_by_a_person_is_not_signed_by_them() {
    let text = "The two leaders reviewed the Green Growth Partnership, which was welcomed by the \
                Prime Minister, Ada Quist, on 4 May 2015.\n";
    assert_eq!(facts_of(text, "signs"), vec![], "{text}");
}

#[test]
fn those_signing_a_document_included_a_list_of_signers() {
    let out = Output::of(
        "Kestria and Norland signed a Memorandum of Understanding on water research. In \
         addition to Ada Quist and Bo Lind, those signing the MOU included Anna Holt, Secretary \
         of Agriculture; Carl Berg, Secretary of Commerce; and Lena Dorn, Administrator of the \
         Water Agency.\n",
    );
    for signer in [
        "Ada Quist",
        "Bo Lind",
        "Anna Holt",
        "Carl Berg",
        "Lena Dorn",
    ] {
        assert!(
            out.has(signer, "signs", "Memorandum of Understanding"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn those_attending_a_signing_do_not_sign() {
    let text = "Kestria and Norland signed a Memorandum of Understanding on water research. Those \
                attending the signing included Anna Holt, Secretary of Agriculture; Carl Berg, \
                Secretary of Commerce; and Lena Dorn, Administrator of the Water Agency.\n";
    let out = Output::of(text);
    for person in ["Anna Holt", "Carl Berg", "Lena Dorn"] {
        assert!(
            !out.has(person, "signs", "Memorandum of Understanding"),
            "{person}: {:?}",
            out.facts()
        );
    }
}
