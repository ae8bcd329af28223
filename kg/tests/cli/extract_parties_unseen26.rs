//! Parties of signings, cooperation and issuing in constructions that lost
//! facts or added wrong ones on unseen releases (session 26): co-subjects
//! each signing a document of their own, an agentless passive of agreeing
//! after the sentence that names the agreeing party, issuers named after a
//! document with "by", a possessive on a cooperation noun completing the
//! object, coordinated demonyms after "between", an announcer of a document
//! between others, and symmetric relations between a person and a country.
//! One positive and one negative test per construction, on sentences
//! written for these tests.

use super::extract_constructions::{facts_of, Output};

#[test]
fn co_subjects_signing_plural_documents_without_a_joint_cue_are_no_partners() {
    let text = "Fisheries\n\nJapan has agreed memoranda of understanding on \
                fisheries with six partners. Four of them, namely Chile, Peru, Norway and Kenya, \
                have already signed the memoranda.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
    let text = "Trade\n\nChile, Peru and Norway have signed memoranda of understanding on trade.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn co_subjects_signing_jointly_or_as_two_stay_partners() {
    let out = Output::of(
        "Trade\n\nChile, Peru and Norway jointly signed memoranda of understanding on trade.\n",
    );
    for (a, b) in [("Chile", "Peru"), ("Chile", "Norway"), ("Peru", "Norway")] {
        assert!(
            out.has(a, "cooperatesWith", b),
            "{a} {b}: {:?}",
            out.facts()
        );
    }
    // Two parties signing several documents signed them with each other.
    let out = Output::of("Trade\n\nChile and Peru signed three agreements on trade.\n");
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_agentless_passive_of_agreeing_takes_the_party_of_the_sentence_before() {
    let out = Output::of(
        "Fisheries\n\nJapan has agreed memoranda of understanding on \
         fisheries with six partners. Memoranda have already been agreed with Chile, Peru, \
         Norway, Kenya, Ghana and Mongolia.\n",
    );
    for partner in ["Chile", "Peru", "Norway", "Kenya", "Ghana", "Mongolia"] {
        assert!(
            out.has("Japan", "cooperatesWith", partner),
            "{partner}: {:?}",
            out.facts()
        );
    }
    // The partners are not each other's, and the document noun is no party.
    let facts = out.facts();
    assert!(
        facts
            .iter()
            .filter(|(_, p, _)| p == "cooperatesWith")
            .all(|(s, _, o)| s == "Japan" || o == "Japan"),
        "{facts:?}"
    );
}

#[test]
fn an_agentless_passive_of_agreeing_with_no_agreeing_party_before_gives_no_partners() {
    let text = "Fisheries\n\nTalks went on in Brussels. Memoranda have already been agreed \
                with Chile, Peru and Norway.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
    // The active with a list relates the agreeing party to each, never the
    // listed parties among themselves.
    let text = "Fisheries\n\nJapan has agreed memoranda of understanding with \
                Chile, Peru and Norway.\n";
    let pairs = facts_of(text, "cooperatesWith");
    assert_eq!(pairs.len(), 3, "{pairs:?}");
    assert!(
        pairs.iter().all(|(s, o)| s == "Japan" || o == "Japan"),
        "{pairs:?}"
    );
}

#[test]
fn a_document_named_with_by_and_its_issuers_is_issued_by_each() {
    let out = Output::of(
        "Joint Statement by the Prime Minister of Norway, Ana Lind, and the President of Chile, \
         Marc Duval\n\nThe two leaders met in Oslo on Monday to discuss trade.\n",
    );
    for person in ["Ana Lind", "Marc Duval"] {
        assert!(
            out.has(person, "issues", "Joint Statement"),
            "{person}: {:?}",
            out.facts()
        );
    }
    assert!(out.has("Ana Lind", "holdsPosition", "Prime Minister of Norway"));
    assert!(out.has("Marc Duval", "holdsPosition", "President of Chile"));
    let out = Output::of("Joint Statement by Norway and Chile\n\nThe two countries met in Oslo.\n");
    assert!(
        out.has("Norway", "issues", "Joint Statement"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chile", "issues", "Joint Statement"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_document_not_followed_by_by_names_no_issuer() {
    let text = "Joint Statement on Ports\n\nThe two countries met in Oslo. Norway and Chile \
                discussed port safety on Monday.\n";
    assert_eq!(facts_of(text, "issues"), vec![], "{text}");
}

#[test]
fn a_possessive_on_a_cooperation_noun_completing_the_object_joins_the_subjects() {
    let out = Output::of(
        "Fisheries\n\nNorway and Chile reaffirmed the importance of their close partnership.\n",
    );
    assert!(
        out.has("Norway", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Fisheries\n\nNorway and Chile stressed the value of our partnership on fisheries.\n",
    );
    assert!(
        out.has("Norway", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_possessive_with_a_single_subject_joins_no_one() {
    let text = "Fisheries\n\nNorway reaffirmed the importance of their close partnership.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn coordinated_demonyms_after_between_are_the_parties() {
    let out = Output::of(
        "Farming\n\nThe programme supports collaboration between Norwegian and Chilean farmers.\n",
    );
    assert!(
        out.has("Norway", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn demonyms_each_on_their_own_noun_are_no_pair_of_parties() {
    let text = "Farming\n\nThe fund backs collaboration between Norwegian farmers and Chilean \
                buyers.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
    let text = "Farming\n\nThe fund backs collaboration between Norwegian farmers.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn an_announcer_of_a_document_between_others_does_not_issue_it() {
    let text = "Ports\n\nThe Deputy Secretary, Ana Lind, announced an agreement between Norway \
                and Chile.\n";
    assert_eq!(facts_of(text, "issues"), vec![], "{text}");
    let out = Output::of(
        "Ports\n\nPeru announced an MOU between the Maritime Agency and the Fisheries Agency.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Maritime Agency", "cooperatesWith", "Fisheries Agency"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_party_announcing_its_own_document_issues_it() {
    let out =
        Output::of("Ports\n\nNorway announced an agreement between Norway and Chile on ports.\n");
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, _)| s == "Norway" && p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_person_and_a_country_are_no_partners() {
    let text = "Ports\n\nMinister Ana Lind will work with Chile on port safety.\n";
    assert_eq!(facts_of(text, "cooperatesWith"), vec![], "{text}");
}

#[test]
fn two_people_working_together_with_no_known_party_cooperate_with_nobody() {
    // People cooperate only through the places or bodies they stand for
    // (session 42): two ministers of no named country give no fact.
    let out = Output::of(
        "Ports\n\nMinister Ana Lind will work with Minister Marc Duval on port safety.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}
