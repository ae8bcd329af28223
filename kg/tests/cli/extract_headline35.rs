//! Title-case headlines (session 35): a name the tagger ran over a common
//! word the headline capitalises only because it capitalises every word
//! ends before that word or starts after it. A heading word is a common
//! word where the body writes it in lowercase as a verb (another form of
//! the same verb will do), as an "-ing" word that is no verb
//! (`kg:nonGerund`) or as a preposition, and never capitalised inside a
//! sentence. One positive and one negative test per reading, on sentences
//! written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_headline_verb_the_body_uses_opens_no_name() {
    let out = Output::of(
        "Harbour Agency Unveils Plan to Tackle Ocean Pollution\n\nThe Harbour Agency on Tuesday \
         unveiled a plan that will help tackle pollution along the coast of Kestria.\n",
    );
    assert!(
        out.has("Tackle Ocean Pollution", "goalOf", "Plan"),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(
        !names
            .get("Tackle Ocean Pollution")
            .is_some_and(|classes| classes.contains("Place")),
        "{names:?}"
    );
}

#[test]
fn a_headline_verb_before_a_document_is_no_word_of_its_name() {
    let out = Output::of(
        "Minister Ada Quist Meets Norland Envoy, Signs Memorandum of Understanding\n\nTrade \
         Minister Ada Quist met the Norland envoy on Monday and signed a memorandum of \
         understanding on fisheries.\n",
    );
    let names = out.names();
    assert!(
        names.contains_key("Memorandum of Understanding"),
        "{names:?}"
    );
    assert!(!names.keys().any(|n| n.starts_with("Signs")), "{names:?}");
}

/// A participle before a name's head modifies it, even where the body uses
/// the verb: "Signing Ceremony" stays one name.
#[test]
fn a_headline_participle_stays_in_the_name_it_modifies() {
    let out = Output::of(
        "Remarks at Signing Ceremony and Kestria-Norland Leaders Meeting\n\nPrime Minister, today \
         we are signing the Fisheries Accord, and I thank you for the signing of this accord.\n",
    );
    let names = out.names();
    assert!(
        names.keys().any(|n| n.starts_with("Signing Ceremony")),
        "{names:?}"
    );
}

#[test]
fn a_headline_following_the_body_writes_in_lowercase_ends_a_name() {
    let out = Output::of(
        "Joint Statement by Baltic Forestry Ministers Following Talks in Riga\n\nThe forestry \
         ministers of Latvia and Estonia issued the statement below following two days of talks \
         in Riga on timber trade and forest fires.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Baltic Forestry Ministers"), "{names:?}");
    assert!(!names.keys().any(|n| n.contains("Following")), "{names:?}");
}

/// Without the body's lowercase "following" nothing shows the heading's
/// word to be a common one: the name is left as the tagger read it.
#[test]
fn a_headline_word_the_body_never_writes_in_lowercase_stays_in_the_name() {
    let out = Output::of(
        "Joint Statement by Baltic Forestry Ministers Following Talks in Riga\n\nThe forestry \
         ministers of Latvia and Estonia issued the statement below after two days of talks in \
         Riga on timber trade and forest fires.\n",
    );
    let names = out.names();
    assert!(names.keys().any(|n| n.contains("Following")), "{names:?}");
}

#[test]
fn a_headline_preposition_the_body_writes_in_lowercase_ends_a_name() {
    let out = Output::of(
        "Lumio Labs Close To Merger With Harbour Data Group\n\nLumio Labs is close to a merger \
         with Harbour Data Group, the two firms said on Monday.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Harbour Data Group"), "{names:?}");
    assert!(
        !names.keys().any(|n| n.contains("With Harbour")),
        "{names:?}"
    );
}

/// The body writes "With" capitalised inside a name ("Partners With
/// Purpose"): the heading's "With" may be a name word too.
#[test]
fn a_headline_preposition_the_body_capitalises_stays_in_the_name() {
    let out = Output::of(
        "Lumio Labs Close To Deal With Harbour Data Group\n\nLumio Labs is close to a deal with \
         Harbour Data Group, the firm said. Partners With Purpose, a charity, praised the deal.\n",
    );
    let names = out.names();
    assert!(
        names.keys().any(|n| n.contains("With Harbour")),
        "{names:?}"
    );
}

/// The name before the verb is no agreement because the whole ended in one:
/// "Norland Shipping Board" keeps no class of "Harbour Safety Agreement".
#[test]
fn a_headline_verb_splits_a_body_from_the_agreement_it_signs() {
    let out = Output::of(
        "Tarvel Ports Authority and Norland Shipping Board Sign Harbour Safety Agreement\n\nThe \
         Tarvel Ports Authority and the Norland Shipping Board signed an agreement on harbour \
         safety on Monday.\n",
    );
    let names = out.names();
    assert!(
        names
            .get("Harbour Safety Agreement")
            .is_some_and(|classes| classes.contains("Agreement")),
        "{names:?}"
    );
    assert!(!names.keys().any(|n| n.contains(" Sign ")), "{names:?}");
    assert!(
        !names
            .get("Norland Shipping Board")
            .is_some_and(|classes| classes.contains("Agreement")),
        "{names:?}"
    );
}

/// A company's name in a business headline ends before the verb the body
/// uses ("acquires"), and what follows is the other company.
#[test]
fn a_business_headline_verb_ends_the_buyers_name() {
    let out = Output::of(
        "Lumio Labs Acquires Harbour Data Group\n\nLumio Labs has agreed to buy Harbour Data \
         Group, and it acquires the firm for cash. The deal closes in May.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Lumio Labs"), "{names:?}");
    assert!(!names.keys().any(|n| n.contains("Acquires")), "{names:?}");
}
