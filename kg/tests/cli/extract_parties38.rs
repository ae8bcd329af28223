//! Parties and documents named elsewhere (session 38): a verb of signing
//! whose object is left out, right before a representation cue, acts on
//! the document the sentence before named. One positive and one negative
//! test, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn signing_on_behalf_of_with_no_object_signs_the_document_named_before() {
    let out = Output::of(
        "Peru and Chile have concluded a Harbour Safety Accord in Lima. \
         Peru's Minister of Transport Ada Quist and Chile's Minister of Ports Bo Lind \
         signed on behalf of their governments.",
    );
    let accord = "Harbour Safety Accord";
    assert!(out.has("Ada Quist", "signs", accord), "{:?}", out.facts());
    assert!(out.has("Bo Lind", "signs", accord), "{:?}", out.facts());
}

#[test]
fn signing_on_behalf_of_reaches_no_further_back_than_the_sentence_before() {
    let out = Output::of(
        "Peru and Chile have concluded a Harbour Safety Accord in Lima. \
         The delegations then held talks on harbour safety. \
         Peru's Minister of Transport Ada Quist and Chile's Minister of Ports Bo Lind \
         signed on behalf of their governments.",
    );
    let accord = "Harbour Safety Accord";
    assert!(!out.has("Ada Quist", "signs", accord), "{:?}", out.facts());
    assert!(!out.has("Bo Lind", "signs", accord), "{:?}", out.facts());
}
