//! Goals of session 43: a purpose phrase's present participle hung from a
//! clause acting on a document ("signed the accord with B seeking to …")
//! states the document's goal; a noun list running into a relative clause
//! ("in energy, ports and other projects that will V, V and V") stays in
//! one goal. Sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_seeking_participle_after_a_signed_document_states_its_goal() {
    let out = Output::of(
        "Kestria signed the Harbour Accord with Norland seeking to widen barge traffic on the \
         river.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals.iter().any(|g| g.contains("widen barge traffic")),
        "{goals:?}"
    );
}

#[test]
fn a_noun_list_before_a_relative_clause_stays_in_one_goal() {
    let out = Output::of(
        "Kestria signed the Harbour Accord with Norland to attract investments in energy, \
         fisheries and other port projects that will support local firms, create jobs, and \
         lift exports.\n",
    );
    let goals = out.goals_of("Harbour Accord");
    assert!(
        goals
            .iter()
            .any(|g| g.contains("attract investments in energy, fisheries and other port projects")),
        "{goals:?}"
    );
    assert!(
        !goals.iter().any(|g| g.starts_with("fisheries")),
        "{goals:?}"
    );
}
