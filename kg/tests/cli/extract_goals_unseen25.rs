//! Goals as unseen government releases state them (session 25): a
//! document's future predicate ("the memorandum will support …"), purpose
//! clauses cut before a following adjunct, the infinitive of a noun
//! predicated of a document ("the strategy is an attempt to …"), purpose
//! infinitives after "entering into an MOU", a title-case headline's
//! purpose, and negated clauses that state no goal. The paragraphs are
//! written for these tests (invented names), each construction with a case
//! that must give a goal and one that must not. Each extracts in-process
//! through the library calls `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals};

// ---- 1. A document's future predicate as its goal.

#[test]
fn a_future_predicate_of_a_memorandum_or_its_pronoun_is_its_goal() {
    // "support" is also a relation verb and "enable" an enabling verb: with
    // only an object, each states the goal itself.
    let found = goals(
        "Valdoria and Kestria sign water memorandum\n\n\
         Valdoria and Kestria signed the Coastal Water Memorandum of Understanding on \
         Monday. The MoU will support closer ties between the two water agencies. It will \
         enable faster exchange of flood data.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "support closer ties between the two water agencies",
                "Coastal Water Memorandum of Understanding"
            ),
            (
                "enable faster exchange of flood data",
                "Coastal Water Memorandum of Understanding"
            ),
        ]),
    );
}

#[test]
fn an_enabling_verb_with_an_infinitive_gives_the_infinitive_and_a_purpose_phrase_its_goal() {
    let found = goals(
        "Valdoria and Kestria sign data arrangement\n\n\
         Valdoria and Kestria signed the Border Data Arrangement on Friday. The arrangement \
         will enable the two agencies to share data on cross-border traffic.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "share data on cross-border traffic",
            "Border Data Arrangement"
        )]),
    );
    // "will aim to map": the phrase's infinitive is the goal, not "aim to map".
    let found = goals(
        "Kestria launches ocean project\n\n\
         The Kestrian Ministry of Science launched the Deep Ocean Project on Tuesday. The \
         Deep Ocean Project will conduct research on deep sea currents and will aim to map \
         the northern seabed.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "conduct research on deep sea currents",
                "Deep Ocean Project"
            ),
            ("map the northern seabed", "Deep Ocean Project"),
        ]),
    );
}

#[test]
fn entering_into_force_being_signed_running_or_a_ministry_as_subject_is_no_goal() {
    let found = goals(
        "Valdoria and Kestria sign river treaty\n\n\
         Valdoria and Kestria signed the Upper River Treaty on Monday. The treaty will enter \
         into force in March. It will be signed by Norland next year. The treaty will run \
         until 2040.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = goals(
        "Kestria backs farmers\n\n\
         The Kestrian Ministry of Agriculture will support farmers in the northern valleys.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 2. A purpose clause ends before a following adjunct.

#[test]
fn a_purpose_clause_stops_before_a_comma_set_adjunct_or_a_result_clause() {
    let found = goals(
        "Valdoria and Kestria sign fisheries accord\n\n\
         Valdoria and Kestria signed the Northern Fisheries Agreement to protect cod stocks, \
         during a visit by the Valdorian Prime Minister to Kestria.\n",
    );
    assert_eq!(
        found,
        pairs(&[("protect cod stocks", "Northern Fisheries Agreement")]),
    );
    let found = goals(
        "Valdoria and Kestria sign fisheries accord\n\n\
         The Northern Fisheries Agreement aims to protect cod stocks so that fishing \
         communities can plan ahead.\n",
    );
    assert_eq!(
        found,
        pairs(&[("protect cod stocks", "Northern Fisheries Agreement")]),
    );
}

#[test]
fn an_adjunct_without_a_comma_stays_in_the_goal() {
    let found = goals(
        "Valdoria and Kestria sign fisheries accord\n\n\
         Valdoria and Kestria signed the Northern Fisheries Agreement on Monday to protect \
         cod stocks in the northern sea during the spawning season.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "protect cod stocks in the northern sea during the spawning season",
            "Northern Fisheries Agreement"
        )]),
    );
}

// ---- 3. The infinitive of a noun predicated of a document.

#[test]
fn an_attempt_a_commitment_or_an_effort_of_a_document_gives_its_goal() {
    let found = goals(
        "Kestria publishes coastal strategy\n\n\
         The Kestrian Ministry of Environment published the Coastal Resilience Strategy on \
         Monday. The Strategy is an attempt to reduce flood damage along the southern coast.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "reduce flood damage along the southern coast",
            "Coastal Resilience Strategy"
        )]),
    );
    let found = goals(
        "Valdoria and Kestria sign river treaty\n\n\
         Valdoria and Kestria signed the Upper River Treaty on Monday. The treaty outlines a \
         commitment to restore wetlands in the river basin.\n",
    );
    assert_eq!(
        found,
        pairs(&[("restore wetlands in the river basin", "Upper River Treaty")]),
    );
    let found = goals(
        "Kestria publishes housing plan\n\n\
         The Kestrian Ministry of Housing published the Affordable Homes Plan on Monday. The \
         plan represents an effort to double the supply of social housing by 2030.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "double the supply of social housing by 2030",
            "Affordable Homes Plan"
        )]),
    );
}

#[test]
fn a_commitment_of_a_country_or_an_attempt_without_an_infinitive_is_no_goal() {
    let found = goals(
        "Kestria publishes housing plan\n\n\
         The Kestrian Ministry of Housing published the Affordable Homes Plan on Monday. \
         Valdoria made a commitment to restore wetlands in the river basin. The plan \
         represents the first attempt of the ministry in a decade.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 4. Purpose infinitives after "entering into an MOU", coordinated.

#[test]
fn coordinated_purposes_of_entering_into_a_memorandum_are_its_goals() {
    let found = goals(
        "Valdoria and Kestria to sign water memorandum\n\n\
         The Valdorian Ministry of Water announced that the ministry and the Kestrian Water \
         Agency are entering into a memorandum of understanding to share flood forecasts and \
         to improve early warning systems.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("share flood forecasts", "memorandum of understanding"),
            (
                "improve early warning systems",
                "memorandum of understanding"
            ),
        ]),
    );
    let found = goals(
        "Kestria publishes export strategy\n\n\
         The Kestrian Ministry of Trade published the Export Growth Strategy on Monday. It is \
         designed to open new markets for small firms and cut the cost of shipping.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("open new markets for small firms", "Export Growth Strategy"),
            ("cut the cost of shipping", "Export Growth Strategy"),
        ]),
    );
}

#[test]
fn a_purpose_of_going_to_a_place_is_no_goal() {
    let found = goals(
        "Valdoria and Kestria sign water memorandum\n\n\
         The Valdorian Ministry of Water and the Kestrian Water Agency travelled to Lake Orra \
         to inspect the new dam.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 5. A title-case headline's purpose.

#[test]
fn a_title_case_headline_purpose_is_the_goal_of_the_document_before_it() {
    let found = goals(
        "Kestrian Water Agency Signs Memorandum of Understanding to Enhance Flood Forecasting\n\n\
         The Kestrian Water Agency signed a memorandum of understanding with the Valdorian \
         Ministry of Water on Monday.\n",
    );
    assert!(
        found.contains(&(
            "Enhance Flood Forecasting".to_owned(),
            "Memorandum of Understanding".to_owned()
        )),
        "{found:?}"
    );
}

#[test]
fn a_headline_trip_or_a_headline_future_of_taking_effect_is_no_goal() {
    let found = goals(
        "Minister Travels to Lima to Boost Trade Ties\n\n\
         The Valdorian Minister of Trade, Ada Quist, travelled to Lima on Monday.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = goals(
        "Kestrian Water Accord to Take Effect in May\n\n\
         The Kestrian Water Accord will take effect in May.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

// ---- 6. Negated or modal clauses state no goal.

#[test]
fn negated_and_modal_clauses_about_a_strategy_are_no_goals() {
    let found = goals(
        "Kestria publishes growth strategy\n\n\
         The Kestrian Ministry of Finance published the Regional Growth Strategy on Monday. \
         The strategy says that growth cannot happen without public support. The strategy \
         should not be seen as a final word on regional policy. The strategy will not raise \
         taxes.\n",
    );
    assert!(found.is_empty(), "{found:?}");
    // The same future without the negation is a goal.
    let found = goals(
        "Kestria publishes growth strategy\n\n\
         The Kestrian Ministry of Finance published the Regional Growth Strategy on Monday. \
         The strategy will raise investment in rural towns.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "raise investment in rural towns",
            "Regional Growth Strategy"
        )]),
    );
}
