//! Issuers of documents (session 46): a document named by a "Vision" or a
//! "Resolution" head is a document its issuers release or approve, and
//! those who state in the active what a document named in an adjunct of
//! their verb says issued it ("In their declaration, A and B confirmed
//! …"). Each construction is asserted present and its wrong reading
//! absent, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn leaders_listed_with_titles_release_a_vision() {
    let out = Output::of(
        "Northland Premier Ada Quist, Westland Premier Bo Lind and Eastland Premier Cy Ward \
         today released the Northern Vision for Clean Energy.\n",
    );
    for issuer in ["Ada Quist", "Bo Lind", "Cy Ward"] {
        assert!(
            out.has(issuer, "issues", "Northern Vision for Clean Energy"),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_vision_with_a_year_is_a_document_its_publisher_issues() {
    let out =
        Output::of("The Kestrian Ministry of Trade published its Trade Vision 2040 on Monday.\n");
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, o)| s.contains("Ministry of Trade")
                && p == "issues"
                && o.contains("Trade Vision 2040")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lowercase_vision_is_an_aim_not_a_document() {
    let out = Output::of("Canada announced its vision for a cleaner Arctic on Monday.\n");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_council_approves_a_government_resolution_past_its_adjuncts() {
    let out = Output::of(
        "The Council of Ministers, at its meeting on 3 March 2025, after a presentation by the \
         Ministry of Fisheries, approved the draft Government Resolution on Coastal Fisheries.\n",
    );
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, o)| s == "Council of Ministers"
                && p == "issues"
                && o.starts_with("Government Resolution")),
        "{:?}",
        out.facts()
    );
    // The ministry only presented it.
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| s.contains("Ministry of Fisheries") && p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_resolution_of_a_dispute_is_no_document() {
    let out = Output::of(
        "Canada and Norway welcomed the peaceful resolution of the fisheries dispute on Monday.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn leaders_in_apposition_stating_in_their_declaration_issued_it() {
    let out = Output::of(
        "In the Harbour Declaration, Ada Quist, the Kestrian Prime Minister, Bo Lind, the \
         Norlandic Prime Minister, and Cy Ward, the Ostrian Prime Minister, confirmed that \
         their countries would deepen trade.\n",
    );
    for issuer in ["Ada Quist", "Bo Lind", "Cy Ward"] {
        assert!(
            out.has(issuer, "issues", "Harbour Declaration"),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn countries_stating_in_a_dated_statement_issued_it() {
    let out = Output::of(
        "In their Joint Statement of 4 May 2021, Canada and Norway stressed the need to protect \
         Arctic fisheries.\n",
    );
    for issuer in ["Canada", "Norway"] {
        assert!(
            out.facts()
                .iter()
                .any(|(s, p, o)| s == issuer && p == "issues" && o.contains("Joint Statement")),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_body_saying_in_its_report_issued_it() {
    let out = Output::of(
        "The Kestrian Ministry of Health said in its Annual Health Report that hospital waiting \
         times fell.\n",
    );
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, o)| s.contains("Ministry of Health")
                && p == "issues"
                && o.contains("Annual Health Report")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn parties_stating_in_an_agreement_sign_it_and_issue_nothing() {
    let out = Output::of("In the Harbour Agreement, Canada and Norway agreed to cut port fees.\n");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_subject_described_in_a_document_or_ranked_in_it_issued_nothing() {
    for text in [
        "In the Harbour Declaration, Norway is described as a close partner of Canada.\n",
        "In the Global Ports Report, Norway ranked third among the northern countries.\n",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, _)| s == "Norway" && p == "issues"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_quotation_said_in_a_statement_names_no_document() {
    let out = Output::of(
        "\u{201c}Our ports are busier than ever,\u{201d} the Minister of Transport, Ada Quist, \
         said in a statement.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
    // A joint declaration is a document of the text.
    let out = Output::of(
        "In a joint declaration, Canada and Norway pledged to expand student exchanges.\n",
    );
    for issuer in ["Canada", "Norway"] {
        assert!(
            out.has(issuer, "issues", "joint declaration"),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}
