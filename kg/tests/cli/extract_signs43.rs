//! Signers named indirectly (session 43): someone a joining verb takes as
//! its object signs with its subject ("A joined B to sign", "to join B in
//! signing"), and "the leaders" after a text that named exactly two people
//! stands for the two. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn the_person_joined_to_sign_signs_with_the_one_who_joined() {
    let out = Output::of(
        "Fisheries memorandum\n\n\
         Trade Minister Ada Quist today joined President Bran Holt to sign a memorandum of \
         understanding on fisheries.\n",
    );
    let signers = out.subjects_of("signs", "memorandum of understanding on fisheries");
    assert!(
        signers.contains(&"Ada Quist".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        signers.contains(&"Bran Holt".to_owned()),
        "{:?}",
        out.facts()
    );
}

#[test]
fn joining_someone_in_signing_makes_both_signers() {
    let out = Output::of(
        "Customs agreement\n\n\
         Interior Minister Cara Lind travelled to Lorn to join Prosecutor General Dov Brenn \
         in signing a customs cooperation agreement.\n",
    );
    let signers = out.subjects_of("signs", "customs cooperation agreement");
    assert!(
        signers.contains(&"Cara Lind".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        signers.contains(&"Dov Brenn".to_owned()),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| s == "Lorn" && p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_leaders_after_two_named_people_are_those_two() {
    let out = Output::of(
        "Summit in Lorn\n\n\
         Prime Minister Ada Quist met President Bran Holt in Lorn on Monday. After the \
         meeting, the leaders signed a joint statement on fisheries.\n",
    );
    let signers = out.subjects_of("signs", "joint statement on fisheries");
    assert_eq!(signers, ["Ada Quist", "Bran Holt"], "{:?}", out.facts());
}

#[test]
fn the_leaders_after_three_named_people_stay_unresolved() {
    let out = Output::of(
        "Summit in Lorn\n\n\
         Prime Minister Ada Quist met President Bran Holt and Chancellor Cara Lind in Lorn \
         on Monday. After the meeting, the leaders signed a joint statement on fisheries.\n",
    );
    let signers = out.subjects_of("signs", "joint statement on fisheries");
    assert!(signers.is_empty(), "{:?}", out.facts());
}

#[test]
fn the_leaders_of_a_region_are_not_the_people_named_before() {
    let out = Output::of(
        "Summit in Lorn\n\n\
         Prime Minister Ada Quist met President Bran Holt in Lorn on Monday. Later, the \
         leaders of the Baltic region signed a joint statement on fisheries.\n",
    );
    let signers = out.subjects_of("signs", "joint statement on fisheries");
    assert!(
        !signers.contains(&"Ada Quist".to_owned()),
        "{:?}",
        out.facts()
    );
}
