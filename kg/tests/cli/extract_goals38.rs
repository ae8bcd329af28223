//! Goals of bodies the text creates (session 38): a body (an
//! organisation, `kg:createdObjectClass`) that is the object or passive
//! subject of a creation verb (`kg:creationVerb`: "establish", "set up",
//! "create", "form") owns the purpose clause of that clause; a body named
//! in any other role owns no goal. Positive and negative tests on
//! sentences written for these tests.

use super::extract_constructions::Output;

#[test]
fn a_body_established_for_a_purpose_owns_each_purpose() {
    let out = Output::of(
        "The Tidewater Ports Council was established in March, under the joint chairmanship \
         of both harbour masters, to share berth schedules and to cut pilotage fees.\n",
    );
    let goals = out.goals_of("Tidewater Ports Council");
    assert!(goals.contains("share berth schedules"), "{goals:?}");
    assert!(goals.contains("cut pilotage fees"), "{goals:?}");
}

#[test]
fn a_body_set_up_by_the_parties_owns_its_purpose() {
    let out = Output::of(
        "Kestria and Norland set up the Joint Drought Working Group to map dry wells.\n",
    );
    let goals = out.goals_of("Joint Drought Working Group");
    assert!(goals.contains("map dry wells"), "{goals:?}");
}

#[test]
fn a_body_that_only_acts_owns_no_goal() {
    // The body meets, and it creates something else: neither is its
    // purpose.
    let out = Output::of(
        "The Tidewater Ports Council will meet in May to review berth schedules. \
         The Tidewater Ports Council set up a hotline to answer questions from skippers.\n",
    );
    let goals = out.goals_of("Tidewater Ports Council");
    assert!(goals.is_empty(), "{goals:?}");
}
