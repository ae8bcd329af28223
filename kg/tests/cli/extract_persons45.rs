//! Person names next to offices (session 45): a surname written first
//! that the tagger ran the office's portfolio on into ("… for Maritime
//! Security Goh Wee Huat", tagged "Maritime Security Goh" and "Wee
//! Huat") opens its holder's name; an acronym after "the" in an office's
//! complement ("Ambassador to the KFS Haruki Tanabe") says whose office it
//! is, and the words after it are the holder's name, not the office's;
//! so are capitalised words after a known owner ending in a word the text
//! writes as a family name elsewhere ("… to Indonesia Grant Fisher …, Mr
//! Fisher said"), whatever else its words may be.
//! Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_surname_the_tagger_ran_a_portfolio_into_opens_the_holders_name() {
    let out = Output::of(
        "Ports agreement\n\n\
         The delegation accompanied Minister for Maritime Security Goh Wee Huat on a \
         working visit to Kelang.\n",
    );
    let holders = out.subjects_of("holdsPosition", "Minister for Maritime Security");
    assert_eq!(holders, ["Goh Wee Huat"], "{:?}", out.facts());
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, o)| p == "holdsPosition" && (s == "Wee Huat" || o.contains("Goh"))),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_acronym_after_the_article_ends_the_office_before_its_holder() {
    let out = Output::of(
        "Fisheries notes exchanged\n\n\
         The exchange took place in the conference room with the attendance of Secretary \
         Alo Tevita, Norland Ambassador to the KFS Haruki Tanabe, and staff from the \
         embassy.\n",
    );
    let holders = out.subjects_of("holdsPosition", "Norland Ambassador to the KFS");
    assert_eq!(holders, ["Haruki Tanabe"], "{:?}", out.facts());
    assert!(
        !out.facts().iter().any(|(s, p, o)| p == "holdsPosition"
            && (o.contains("Tanabe") || s == "Alo Tevita" && o.contains("Ambassador"))),
        "{:?}",
        out.facts()
    );
}

#[test]
fn words_the_text_writes_as_a_family_name_end_the_holders_name_after_the_owner() {
    let out = Output::of(
        "Sister-state visit\n\n\
         Norland's Ambassador to Indonesia Grant Fisher welcomed the visit to Surabaya.\n\n\
         \"The agreement has served both provinces well,\" Mr Fisher said.\n",
    );
    // Whether the possessor is part of the office's label is the office
    // reader's business; the holder's name is what is asserted here.
    let offices = out.objects_of("Grant Fisher", "holdsPosition");
    assert!(
        offices.len() == 1 && offices[0].ends_with("Ambassador to Indonesia"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o.contains("Fisher")),
        "{:?}",
        out.facts()
    );
}
