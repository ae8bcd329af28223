//! Members listed after a plural membership phrase and its group (session
//! 45): past a presence complement before the copula ("Members of the
//! Council in attendance were: A, B and C"), past a composition cue
//! ("the member states of the Union (the Members) comprising A, B and
//! C"); a list set off by semicolons read item by item, so an item the
//! rules cannot read ends only itself; a serial list ends at the item its
//! conjunction opens ("A, B and C and D": D joins the whole phrase); a
//! colon right after the phrase opens its list, also after a group that
//! "has" the members ("The Union has three members: A, B and C"). On
//! sentences written for these tests, with invented groups and people.

use super::extract_constructions::{facts_of, members_of};

const UNION: &str = "Andean Ports Union";
const COUNCIL: &str = "Harbour Council";

fn text(sentence: &str) -> String {
    format!("Ports Union meets in Lima\n\n{sentence}\n")
}

#[test]
fn members_in_attendance_listed_after_the_copula_are_members() {
    assert_eq!(
        members_of(
            &text("Members of the Andean Ports Union present were Peru, Chile and Ecuador and the Republic of Paraguay."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"],
        "Paraguay, joined after the closed list, is no listed member"
    );
}

#[test]
fn members_listed_after_a_composition_cue_are_members() {
    assert_eq!(
        members_of(
            &text("The member states of the Andean Ports Union (the Members) comprising Peru, Chile and Ecuador and the Republic of Paraguay signed the Lima Accord."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"]
    );
    assert_eq!(
        members_of(
            &text("The member states of the Andean Ports Union, namely Peru, Chile and Ecuador, signed the Lima Accord."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"]
    );
}

#[test]
fn a_semicolon_list_of_office_holders_is_read_item_by_item() {
    // "MP" names nobody: it ends its own item, not the list.
    assert_eq!(
        members_of(
            &text("Other Members of the Harbour Council in attendance were: Prime Minister of Norland, Honourable Ada Quist, Q.C; MP; President of Valoria, His Excellency Bran Holt; and the Prime Minister of Estmark, Dr the Honourable Cora Lind."),
            COUNCIL
        ),
        ["Ada Quist", "Bran Holt", "Cora Lind"]
    );
}

#[test]
fn a_representative_in_a_listed_item_is_no_member() {
    assert_eq!(
        members_of(
            &text("Members of the Andean Ports Union present were: Peru; Chile, represented by Ada Quist; and Ecuador."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"]
    );
}

#[test]
fn members_in_attendance_of_no_named_group_are_no_members() {
    // No group after the noun: the rule has no owner to give them.
    assert!(facts_of(
        &text("Associate Members in attendance were: Bermuda and Aruba."),
        "memberOf"
    )
    .is_empty());
}

#[test]
fn a_colon_after_the_membership_phrase_opens_its_list() {
    assert_eq!(
        members_of(
            &text("The meeting brought together the ministers of the member states of the Andean Ports Union: Peru, Chile and Ecuador."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"]
    );
    // A colon after a phrase that names no membership lists no members.
    assert!(facts_of(
        &text("The ministers discussed the future of the Andean Ports Union: Peru, Chile and Ecuador spoke."),
        "memberOf"
    )
    .is_empty());
}

#[test]
fn a_group_that_has_members_lists_them_after_a_colon() {
    assert_eq!(
        members_of(
            &text("The Andean Ports Union has three members: Peru, Chile and Ecuador."),
            UNION
        ),
        ["Chile", "Ecuador", "Peru"]
    );
    // A count word the title-case tagger reads as a verb in a line of names.
    assert_eq!(
        members_of(
            &text("The Harbour Council has eleven members: Peru, Chile, Ecuador, Bolivia, Colombia, Brazil, Argentina, Uruguay, Paraguay, Venezuela and Guyana."),
            COUNCIL
        )
        .len(),
        11
    );
    // Members had somewhere else, or counted with no list, are none listed.
    assert!(facts_of(
        &text("The Andean Ports Union has three members on its board, and Peru, Chile and Ecuador sent observers."),
        "memberOf"
    )
    .is_empty());
    assert!(facts_of(
        &text("Peru said the Andean Ports Union has three members."),
        "memberOf"
    )
    .is_empty());
}
