//! Goals as unseen government releases state them (session 27): lists on
//! the lines after an introducing sentence that has no colon but counts
//! its goals, or whose subject is the parties ("… will:", "… commit to:"),
//! title-case headings of two imperatives, the span of a list line (cut
//! before ", in particular …", "within the framework of …", without a
//! leading "working together to"), fronted purposes whose owner stands
//! later in the main clause, declaration preambles, goal nouns whose owner
//! stands elsewhere in the sentence, and the negatives of each. The
//! paragraphs are written for these tests (invented names), each
//! construction with a case that must give a goal and one that must not.
//! Each extracts in-process through the library calls `kg extract` makes.

use crate::common::{goal_pairs as pairs, goals_in_process as goals};

// ---- 1. Line lists after an introducing sentence.

#[test]
fn title_case_lines_after_a_counted_goal_noun_without_a_colon_are_goals() {
    let found = goals(
        "Ruritania Publishes National Water Plan\n\n\
         The Ministry of Environment of Ruritania published the National Water Plan on \
         Monday. In addition, this plan lays out a broad approach guided by three strategic \
         goals.\n\
         - Protect and Strengthen Access to Clean Water\n\
         - Expand Rural Broadband\n\
         - Improve Flood Resilience\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "Protect and Strengthen Access to Clean Water",
                "National Water Plan"
            ),
            ("Expand Rural Broadband", "National Water Plan"),
            ("Improve Flood Resilience", "National Water Plan"),
        ]),
    );
}

#[test]
fn a_counted_goal_noun_opens_no_list_over_prose_or_when_not_counted() {
    // Prose paragraphs after the counted noun are no items.
    let found = goals(
        "Ruritania publishes Health Strategy\n\n\
         Ruritania published the Health Strategy on Monday. The strategy has four \
         priorities.\n\n\
         The Minister said the work had only begun.\n\n\
         Officials will present the details in May.\n",
    );
    assert_eq!(found, pairs(&[]));
    // Without a count the sentence introduces nothing.
    let found = goals(
        "Ruritania publishes Health Strategy\n\n\
         Ruritania published the Health Strategy on Monday. Nobody doubts its goals.\n\
         - Expand Rural Clinics\n\
         - Improve Nurse Training\n",
    );
    assert_eq!(found, pairs(&[]));
}

#[test]
fn verb_lines_after_the_parties_will_are_goals_of_the_titled_document() {
    let found = goals(
        "Roadmap for Energy Cooperation between Ruritania and Freedonia\n\n\
         Ruritania and Freedonia held talks in Oslo on Monday. The two countries will:\n\
         1. Expand trade in renewable energy;\n\
         2. Strengthen cooperation on grid security;\n\
         3. Train engineers in both countries.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "Expand trade in renewable energy",
                "Roadmap for Energy Cooperation"
            ),
            (
                "Strengthen cooperation on grid security",
                "Roadmap for Energy Cooperation"
            ),
            (
                "Train engineers in both countries",
                "Roadmap for Energy Cooperation"
            ),
        ]),
    );
    // A later line whose first word the tagger may take for a noun is an
    // item of a list already read as verb phrases.
    let found = goals(
        "Joint Statement by Ruritania and Freedonia on Energy Cooperation\n\n\
         Ruritania and Freedonia held talks in Oslo on Monday. To that end, Ruritania and \
         Freedonia will work together to:\n\
         - expand trade in renewable energy;\n\
         - train engineers in both countries.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("expand trade in renewable energy", "Joint Statement"),
            ("train engineers in both countries", "Joint Statement"),
        ]),
    );
}

#[test]
fn the_parties_lists_give_nothing_without_a_document_or_over_people() {
    // No document named anywhere in the text.
    let found = goals(
        "Ruritania and Freedonia hold talks\n\n\
         Ruritania and Freedonia held talks in Oslo on Monday. The two countries will:\n\
         - expand trade in renewable energy;\n\
         - strengthen cooperation on grid security.\n",
    );
    assert_eq!(found, pairs(&[]));
    // Lines that are not verb phrases.
    let found = goals(
        "Ruritania and Freedonia sign Harbour Accord\n\n\
         Ruritania and Freedonia signed the Harbour Accord on Monday. The agreement was \
         signed by:\n\
         - Minister Ada Quist;\n\
         - Minister Bo Lind.\n",
    );
    assert_eq!(found, pairs(&[]));
}

#[test]
fn meetings_after_for_that_purpose_or_the_following_measures_are_no_goals() {
    for intro in [
        "The two sides will for that purpose:",
        "The two sides agree to the following measures:",
    ] {
        let found = goals(&format!(
            "Joint Declaration on Harbour Cooperation between Ruritania and Freedonia\n\n\
             Ruritania and Freedonia adopted the Joint Declaration on Monday. {intro}\n\
             1. Hold regular consultations between their port authorities;\n\
             2. Meet once a year at ministerial level.\n"
        ));
        assert_eq!(found, pairs(&[]), "{intro}");
    }
}

#[test]
fn a_numbered_heading_of_two_imperatives_is_two_goals() {
    let found = goals(
        "Ruritania and Freedonia adopt Roadmap for Maritime Cooperation\n\n\
         Ruritania and Freedonia adopted the Roadmap for Maritime Cooperation on Monday. The \
         Roadmap sets out two priorities:\n\n\
         1. Modernise Ports and Expand Rail: The two sides will invest in new container \
         terminals.\n\n\
         2. Protect Marine Life: The two sides will create new marine reserves.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("Modernise Ports", "Roadmap for Maritime Cooperation"),
            ("Expand Rail", "Roadmap for Maritime Cooperation"),
            ("Protect Marine Life", "Roadmap for Maritime Cooperation"),
        ]),
    );
    // Two verbs sharing one object stay one goal.
    let found = goals(
        "Ruritania and Freedonia adopt Roadmap for Maritime Cooperation\n\n\
         Ruritania and Freedonia adopted the Roadmap for Maritime Cooperation on Monday. The \
         Roadmap sets out two priorities:\n\n\
         1. Protect and Restore Coastal Wetlands: The two sides will plant mangroves.\n\n\
         2. Protect Marine Life: The two sides will create new marine reserves.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "Protect and Restore Coastal Wetlands",
                "Roadmap for Maritime Cooperation"
            ),
            ("Protect Marine Life", "Roadmap for Maritime Cooperation"),
        ]),
    );
}

#[test]
fn a_list_line_stops_before_its_adjuncts_and_drops_a_joint_lead() {
    let found = goals(
        "Ruritania publishes Health Strategy\n\n\
         Ruritania published the Health Strategy on Monday. The strategy sets out three \
         goals:\n\
         - working together to expand rural clinics;\n\
         - train nurses, in particular in remote districts;\n\
         - cut waiting times within the framework of the national budget.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            ("expand rural clinics", "Health Strategy"),
            ("train nurses", "Health Strategy"),
            ("cut waiting times", "Health Strategy"),
        ]),
    );
}

#[test]
fn nouns_coordinated_after_a_goal_gerund_are_no_goals_of_their_own() {
    let found = goals(
        "Ruritania publishes Health Strategy\n\n\
         Ruritania published the Health Strategy on Monday. The strategy has a focus on \
         expanding access, reducing gaps in dental care, school meals, and social outcomes.\n",
    );
    assert!(!found
        .iter()
        .any(|(g, _)| g == "school meals" || g == "social outcomes"));
    assert!(found.contains(&("expanding access".to_owned(), "Health Strategy".to_owned())));
}

// ---- 2. Fronted purposes whose owner stands later in the main clause.

#[test]
fn a_fronted_purpose_is_the_goal_of_the_document_the_main_clause_names() {
    // The parser may hang the main clause inside the purpose clause.
    let found = goals(
        "Kenya and Japan launch Rice Partnership\n\n\
         To strengthen food security, Kenya and Japan launched the Rice Partnership on \
         Monday.\n",
    );
    assert_eq!(
        found,
        pairs(&[("strengthen food security", "Rice Partnership")])
    );
    let found = goals(
        "Ruritania and Freedonia agree on trade\n\n\
         To support exporters, the two countries signed a Memorandum of Understanding on \
         Trade Facilitation.\n",
    );
    assert_eq!(
        found,
        pairs(&[(
            "support exporters",
            "Memorandum of Understanding on Trade Facilitation"
        )])
    );
}

#[test]
fn a_fronted_purpose_gives_nothing_without_a_document_in_its_main_clause() {
    let found = goals(
        "Leaders meet in Paris\n\n\
         Ruritania and Freedonia signed the Harbour Accord in 2020. To celebrate the \
         anniversary, the leaders met in Paris to review the Harbour Accord. To mark the \
         day, the ministers planted trees. To be eligible, firms must apply under the \
         Harbour Accord by May.\n",
    );
    assert_eq!(found, pairs(&[]));
    let found = goals(
        "Leaders meet in Paris\n\n\
         To strengthen food security, the leaders met in Paris on Monday.\n",
    );
    assert_eq!(found, pairs(&[]));
}

#[test]
fn what_parties_will_do_through_the_implementation_of_a_document_is_its_goal() {
    let found = goals(
        "Ruritania and Freedonia sign Grain Agreement\n\n\
         Ruritania and Freedonia signed the Grain Agreement on Monday. Through the \
         implementation of this agreement, the two countries will boost trade in grain.\n",
    );
    assert_eq!(found, pairs(&[("boost trade in grain", "Grain Agreement")]));
    // A noun of no document: nothing.
    let found = goals(
        "Ruritania and Freedonia hold talks\n\n\
         Ruritania and Freedonia held talks on Monday. Through the implementation of these \
         talks, the two countries will boost trade in grain.\n",
    );
    assert_eq!(found, pairs(&[]));
}

// ---- 3. Declaration preambles.

#[test]
fn preamble_lines_of_a_titled_declaration_are_its_goals() {
    let found = goals(
        "Joint Declaration of Intent between Ruritania and Freedonia on Hydrogen Cooperation\n\n\
         The Ministry of Energy of Ruritania and the Ministry of Economy of Freedonia,\n\n\
         Intending to deepen their cooperation on green hydrogen;\n\n\
         Desiring to build a joint market for clean fuels and to train skilled workers,\n\n\
         have reached the following understanding.\n",
    );
    assert_eq!(
        found,
        pairs(&[
            (
                "deepen their cooperation on green hydrogen",
                "Joint Declaration of Intent"
            ),
            (
                "build a joint market for clean fuels",
                "Joint Declaration of Intent"
            ),
            ("train skilled workers", "Joint Declaration of Intent"),
        ]),
    );
}

#[test]
fn a_preamble_participle_outside_a_titled_document_gives_nothing() {
    // An ordinary news sentence, no document at all.
    let found = goals(
        "Ministers meet in Oslo\n\n\
         Intending to deepen their cooperation on green hydrogen, the ministers of Ruritania \
         and Freedonia met in Oslo on Monday.\n",
    );
    assert_eq!(found, pairs(&[]));
    // A news headline naming a document after its actors is no title line.
    let found = goals(
        "Ruritania and Freedonia sign Hydrogen Memorandum\n\n\
         Ruritania and Freedonia signed the Hydrogen Memorandum on Monday.\n\n\
         Intending to deepen their cooperation, the ministers will meet again in May.\n",
    );
    assert!(
        !found.iter().any(|(g, _)| g.starts_with("deepen")),
        "{found:?}"
    );
}
