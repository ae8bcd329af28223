//! Goal constructions of session 35: a document described only by a bare
//! common noun that the sentence says someone adopts or signs is a
//! particular document and owns the goals stated of it there; what a
//! document "will reflect" describes it and is no goal; "This will …"
//! states a goal of a document only where the sentence before names the
//! document in its own clause, not inside an infinitive or participle
//! (there "this" is the act). One positive and
//! one negative test per construction, on sentences written for these
//! tests.

use super::extract_constructions::Output;

#[test]
fn an_adopted_strategy_owns_the_ambition_its_relative_clause_includes() {
    let out = Output::of(
        "The Harbour Council adopted a strategy which includes an ambition to halve plastic waste by 2035.",
    );
    assert!(
        out.goals_of("strategy")
            .contains("halve plastic waste by 2035"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_signed_agreement_owns_the_purpose_after_it() {
    let out = Output::of(
        "The Ministry of Water and the Ministry of Roads have signed an agreement to train nurses in rural clinics.",
    );
    assert!(
        out.goals_of("agreement")
            .contains("train nurses in rural clinics"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_bare_strategy_nobody_adopts_or_signs_stays_a_generic_description() {
    for text in [
        "The ministers will discuss a strategy to cut red tape for exporters.",
        "The council needs a strategy to cut plastic waste.",
        // Released in one sentence, "a statement" in the next may be another.
        "The ministry released a statement on Monday. A statement alone aims to calm markets.",
    ] {
        let out = Output::of(text);
        assert!(
            out.goals_of("strategy").is_empty() && out.goals_of("statement").is_empty(),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn what_a_document_will_reflect_is_no_goal_what_it_will_protect_is() {
    let out = Output::of(
        "The Ocean Accord will also reflect the shared views of both ministries. The Ocean Accord will also protect spawning grounds along the coast.",
    );
    let goals = out.goals_of("Ocean Accord");
    assert!(
        goals.contains("protect spawning grounds along the coast"),
        "{:?}",
        out.facts()
    );
    assert!(
        !goals.iter().any(|g| g.contains("reflect")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn this_after_a_project_named_inside_an_infinitive_states_no_goal_of_it() {
    let out = Output::of(
        "Kestria and Norland have the skills needed to carry out a Solar Harbour Project. This will also bring new trade to local firms.",
    );
    assert!(
        out.goals_of("Solar Harbour Project").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn this_or_it_after_a_project_named_in_the_clause_before_states_its_goal() {
    for text in [
        "The two ministries launched the Solar Harbour Project on Monday. This will bring new trade to local firms.",
        // "it" names a thing, never the act: the infinitive does not matter.
        "Kestria and Norland have the skills needed to carry out a Solar Harbour Project. It will also bring new trade to local firms.",
    ] {
        let out = Output::of(text);
        assert!(
            out.goals_of("Solar Harbour Project")
                .contains("bring new trade to local firms"),
            "{text}: {:?}",
            out.facts()
        );
    }
}
