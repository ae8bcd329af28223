//! Parties named in plural and coordinated forms (session 32): a plural
//! body or office over coordinated countries ("the Governments of A and
//! B", "the Ministries of Health of A and B", "we, the Ministers of Energy
//! of A and B, …") distributes over the countries, each a party, who act
//! together; bodies of two different countries acting as coordinated
//! subjects cooperate without a "jointly" cue; "agreed to" a document
//! adopts it; a second signer written "Country's Office Name" after a
//! titled first signer signs for that country. One positive and one
//! negative test per construction, on sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_plural_government_head_over_two_countries_makes_each_country_a_party() {
    let out = Output::of(
        "Fisheries news\n\nThe Governments of Norway and Chile issued a joint statement on fisheries on Monday.\n",
    );
    let statement = "joint statement on fisheries";
    assert!(out.has("Norway", "issues", statement), "{:?}", out.facts());
    assert!(out.has("Chile", "issues", statement), "{:?}", out.facts());
    assert!(
        out.has("Norway", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
    // The phrase names no issuer of its own.
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| p == "issues" && s.starts_with("Governments")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_plural_ministry_with_a_portfolio_over_three_countries_signs_for_each() {
    let out = Output::of(
        "Vaccine news\n\nThe Parliaments of Norway, Chile and Peru adopted the Ocean Declaration on Monday. The Ministries of Health of Peru and Chile signed a memorandum on vaccine research.\n",
    );
    for country in ["Norway", "Chile", "Peru"] {
        assert!(
            out.has(country, "issues", "Ocean Declaration"),
            "{country}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Norway", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    let memorandum = "memorandum on vaccine research";
    assert!(out.has("Peru", "signs", memorandum), "{:?}", out.facts());
    assert!(out.has("Chile", "signs", memorandum), "{:?}", out.facts());
    assert!(
        out.has("Peru", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn plural_ministries_of_one_country_make_no_partnership() {
    let out = Output::of(
        "School news\n\nThe Ministries of Health and Education of Chile issued new guidelines on school meals with Peru.\n",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| s == "Peru" && p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn bodies_of_two_countries_launching_one_roadmap_cooperate() {
    let out = Output::of(
        "Lithium roadmap\n\nThe Chilean Ministry of Energy and the Department of Mines of Peru launched a roadmap on lithium on Friday.\n",
    );
    let roadmap = "roadmap on lithium";
    assert!(
        out.has("Chilean Ministry of Energy", "issues", roadmap),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Department of Mines of Peru", "issues", roadmap),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Chilean Ministry of Energy",
            "cooperatesWith",
            "Department of Mines of Peru"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn bodies_of_one_country_or_of_none_launching_a_roadmap_do_not_cooperate() {
    let same = Output::of(
        "Lithium roadmap\n\nThe Chilean Ministry of Energy and the Chilean Department of Mines launched a roadmap on lithium on Friday.\n",
    );
    assert!(
        same.has(
            "Chilean Department of Mines",
            "issues",
            "roadmap on lithium"
        ),
        "{:?}",
        same.facts()
    );
    assert!(
        !same.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        same.facts()
    );
    let none = Output::of(
        "Lithium roadmap\n\nThe Energy Council and the Mining Board launched a roadmap on lithium on Friday.\n",
    );
    assert!(
        !none.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        none.facts()
    );
}

#[test]
fn we_the_ministers_of_two_countries_adopt_a_plan_for_both() {
    let out = Output::of(
        "Hydrogen news\n\nWe, the Ministers of Energy of Norway and Chile, have adopted an Action Plan on Clean Hydrogen.\n",
    );
    let plan = "Action Plan on Clean Hydrogen";
    assert!(out.has("Norway", "issues", plan), "{:?}", out.facts());
    assert!(out.has("Chile", "issues", plan), "{:?}", out.facts());
    assert!(
        out.has("Norway", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn ministers_agreeing_to_a_plan_adopt_it() {
    let out = Output::of(
        "Water news\n\nAs tasked by our leaders, we, the Ministers of Water of Peru and Chile, have agreed to a Joint River Plan.\n",
    );
    assert!(
        out.has("Peru", "issues", "Joint River Plan"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chile", "issues", "Joint River Plan"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Peru", "cooperatesWith", "Chile"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn we_the_friends_of_two_countries_are_no_plural_office() {
    let out = Output::of(
        "Hydrogen news\n\nWe, the friends of Norway and Chile, have adopted an Action Plan on Clean Hydrogen.\n",
    );
    assert!(
        out.subjects_of("issues", "Action Plan on Clean Hydrogen")
            .is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn agreeing_to_act_is_no_document_and_the_parties_still_cooperate() {
    let out =
        Output::of("Fisheries news\n\nChile and Peru agreed to strengthen ties on fisheries.\n");
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_second_signer_written_with_a_countrys_office_signs_for_that_country() {
    for text in [
        "Trade accord signed\n\nSecretary Ann Pell and Chile's Minister of Trade Lio Mara signed the MoU on Friday.\n",
        "Trade accord signed\n\nLIMA, Peru - Secretary Ann Pell and Chile's Minister of Trade Lio Mara signed the MoU on Friday.\n",
    ] {
        let out = Output::of(text);
        assert!(out.has("Ann Pell", "signs", "MoU"), "{:?}", out.facts());
        assert!(out.has("Lio Mara", "signs", "MoU"), "{:?}", out.facts());
        assert!(
            out.has("Lio Mara", "holdsPosition", "Minister of Trade"),
            "{:?}",
            out.facts()
        );
        assert!(out.has("Chile", "signs", "MoU"), "{:?}", out.facts());
        // The first signer's office is no office of the second's country,
        // and the dateline's place signs nothing.
        assert!(
            out.has("Ann Pell", "holdsPosition", "Secretary")
                && !out.has("Secretary", "positionOf", "Chile"),
            "{:?}",
            out.facts()
        );
        assert!(!out.has("Peru", "signs", "MoU"), "{:?}", out.facts());
    }
}
