//! Parties of cooperation, signing and issuing facts the rules already
//! read, kept to the parties the text means (session 42): a group named
//! as a bare plural ("like-minded countries", "member states") is a kind
//! of party and no party of a fact, while a group the text delimits ("the
//! 11 partner organizations of …") stays one; a document between two
//! bodies is not signed by the country of one body's minister; a pair in
//! an agreement's title names its parties, not its issuers. Sentences
//! written for these tests.

use super::extract_constructions::Output;

fn involves(out: &Output, label: &str) -> bool {
    out.facts().iter().any(|(s, _, o)| s == label || o == label)
}

#[test]
fn a_bare_plural_group_is_no_partner() {
    let out = Output::of(
        "Ocean talks\n\n\
         Portugal and Chile will continue to work closely with like-minded countries, such as \
         Peru and Ecuador, on ocean governance.\n",
    );
    assert!(
        !involves(&out, "like-minded countries"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Portugal", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn member_states_after_a_named_body_are_no_partner() {
    let out = Output::of(
        "Fisheries policy\n\n\
         Iceland's cooperation with EU institutions and member states covers fisheries and \
         energy.\n",
    );
    assert!(!involves(&out, "member states"), "{:?}", out.facts());
}

#[test]
fn a_counted_group_stays_a_partner() {
    let out = Output::of(
        "Energy partners\n\n\
         The Department of Energy signed a memorandum of understanding with the 11 partner \
         organizations of the Harbour Power project on Monday.\n",
    );
    let partners: Vec<_> = out
        .facts()
        .into_iter()
        .filter(|(s, p, o)| {
            p == "cooperatesWith"
                && (s.contains("partner organizations") || o.contains("partner organizations"))
        })
        .collect();
    assert!(!partners.is_empty(), "{:?}", out.facts());
}

#[test]
fn a_memorandum_between_two_departments_is_not_their_country_s() {
    let out = Output::of(
        "Energy and defence memorandum\n\n\
         Deputy Secretary of Energy Ann Cole announced a memorandum of understanding between \
         the U.S. Department of Energy and the U.S. Department of Defense to speed up clean \
         energy research.\n\n\
         The memorandum, signed by Deputy Secretary Cole and U.S. Deputy Secretary of Defense \
         Tom Ray, covers energy efficiency and fuels.\n",
    );
    assert!(
        out.has("Tom Ray", "signs", "memorandum of understanding"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("United States", "signs", "memorandum of understanding"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn ministers_of_two_countries_still_sign_for_them() {
    let out = Output::of(
        "Trade ministers meet\n\n\
         Canadian Minister of International Trade Ann Cole and Chilean Minister of Foreign Trade \
         Tom Ray signed the agreement on trade in services in Ottawa.\n",
    );
    for country in ["Canada", "Chile"] {
        assert!(
            out.has(country, "signs", "agreement on trade in services"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_memorandum_between_governments_is_their_countries_too() {
    let out = Output::of(
        "Fisheries memorandum\n\n\
         The memorandum of understanding between the Government of Canada and the Government \
         of Chile covers fisheries research.\n\n\
         Canadian Minister of Fisheries Ann Cole and Chilean Minister of Economy Tom Ray signed \
         the memorandum in Ottawa.\n",
    );
    for country in ["Canada", "Chile"] {
        assert!(
            out.has(country, "signs", "memorandum of understanding"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn an_agreement_s_title_pair_names_no_issuers() {
    let out = Output::of(
        "Leaders meet in Lisbon\n\n\
         The leaders welcomed progress on the Portugal-Chile Reciprocal Access Agreement, which \
         is being negotiated.\n\n\
         The leaders also released the Portugal-Chile Joint Statement on Ocean Research.\n",
    );
    for country in ["Portugal", "Chile"] {
        assert!(
            !out.has(
                country,
                "issues",
                "Portugal-Chile Reciprocal Access Agreement"
            ),
            "{country}: {:?}",
            out.facts()
        );
        assert!(
            out.has(
                country,
                "issues",
                "Portugal-Chile Joint Statement on Ocean Research"
            ),
            "{country}: {:?}",
            out.facts()
        );
    }
}
