//! Meeting sides (session 46). Two leaders each written with a style and an
//! appositive office ("His Excellency A, President of X, and His
//! Excellency B, President of Y, met"), a coordination the parse leaves as
//! two subjects of the verb, meet for the owners of their offices; a
//! subject restated by an apposition ("We, the Ministers of X, met") is one
//! side. A plural body over coordinated countries ("the Ministries of
//! Foreign Affairs of A and B", "the Foreign Ministries of A and B") meets
//! for each country. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn styled_leaders_with_appositive_offices_meet_for_their_countries() {
    for text in [
        "Summit news\n\nHis Excellency Tomas Varga, President of the Republic of Kenya, and His Excellency Ilan Morrow, President of the Republic of Peru, held talks in Lima.\n",
        "Summit news\n\nHer Excellency Ada Quist, Minister of Foreign Affairs of Kenya, and His Excellency Ilan Morrow, Minister of Foreign Affairs of Peru, met in Nairobi on 4 May.\n",
        "Summit news\n\nHis Excellency Tomas Varga, President of Kenya, and Her Excellency Ada Quist, Prime Minister of Peru, met to discuss trade and investment.\n",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Kenya", "cooperatesWith", "Peru"),
            "{text}: {:?}",
            out.facts()
        );
        // People meet for their countries; the people are no parties.
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, o)| p == "cooperatesWith"
                    && (s.contains("Excellency") || o.contains("Excellency"))),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_subject_restated_by_an_apposition_is_one_side() {
    let out = Output::of(
        "Ministers meet\n\nWe, the Indian Ocean Rim Association (IORA) Ministers Responsible for Fisheries, met in Nairobi on 4 May.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plural_body_over_countries_meets_for_each_country() {
    for text in [
        "Consultations\n\nConsultations between the Ministries of Foreign Affairs of Kenya and Peru were held in Lima.\n",
        "Consultations\n\nThe Ministries of Trade of Kenya and Peru met in Lima to discuss tariffs.\n",
        "Consultations\n\nThe foreign office consultations between the Foreign Ministries of Kenya and Peru were held at Lima on 30 August 2018.\n",
        "Consultations\n\nThe Health Ministries of Kenya, Peru and Chile held talks in Lima.\n",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Kenya", "cooperatesWith", "Peru"),
            "{text}: {:?}",
            out.facts()
        );
        // The body's name is never cut at its first country.
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, o)| p == "cooperatesWith"
                    && (s.contains("Ministries") || o.contains("Ministries"))),
            "{text}: {:?}",
            out.facts()
        );
    }
    let three = Output::of(
        "Consultations\n\nThe Health Ministries of Kenya, Peru and Chile held talks in Lima.\n",
    );
    assert!(
        three.has("Kenya", "cooperatesWith", "Chile")
            && three.has("Peru", "cooperatesWith", "Chile"),
        "{:?}",
        three.facts()
    );
    // Ministries named by their portfolios only stand for no country.
    let portfolios = Output::of(
        "Consultations\n\nThe Ministries of Trade and Agriculture held talks with farmers in Lima.\n",
    );
    assert!(
        !portfolios
            .facts()
            .iter()
            .any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        portfolios.facts()
    );
}

/// Regression: a country the gazetteer knows by an alias led by a lowercase
/// article ("the Netherlands", "the Philippines") was a plain place inside a
/// sentence, so it signed and cooperated with nothing; the alias matched
/// only at a sentence's start. An alias that goes on into a longer name
/// ("the Commonwealth Secretariat") still names nothing of its own.
#[test]
fn a_country_written_with_its_article_inside_a_sentence_is_the_country() {
    for (text, other) in [
        (
            "Treaty news\n\nKenya and the Netherlands signed the Lakeside Agreement on Monday.\n",
            "Netherlands",
        ),
        (
            "Treaty news\n\nPeru, the Philippines and Kenya signed the Lakeside Agreement on Monday.\n",
            "Philippines",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.has(other, "signs", "Lakeside Agreement") && out.has("Kenya", "cooperatesWith", other),
            "{text}: {:?}",
            out.facts()
        );
    }
    let out = Output::of(
        "Talks\n\nThe Commonwealth Secretariat and the Kestrian Ministry of Trade signed the Lakeside Agreement.\n",
    );
    assert!(
        out.has("Commonwealth Secretariat", "signs", "Lakeside Agreement"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, _)| s == "Commonwealth of Nations"),
        "{:?}",
        out.facts()
    );
}
