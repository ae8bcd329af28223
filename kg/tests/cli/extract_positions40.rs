//! holdsPosition through role constructions (session 40): a verb or a
//! noun of holding a role links a person to an office written as a title
//! (`role verb:`, `role passive:`, `role noun:` frames on
//! `kg:holdsPosition`, with `kg:roleVerbTrigger`, `kg:appointingVerbTrigger`
//! and `kg:roleNounTrigger`), and a word saying when the office is held
//! (`kg:tenureModifier`: "current") does not block an apposed office.
//! Sentences and names written for these tests.

use super::extract_constructions::Output;

fn assert_holds(out: &Output, person: &str, office: &str) {
    assert!(
        out.has(person, "holdsPosition", office),
        "{person} holds {office}: {:?}",
        out.facts()
    );
}

fn positions_of(out: &Output, person: &str) -> Vec<String> {
    out.facts()
        .into_iter()
        .filter(|(s, p, _)| s == person && p == "holdsPosition")
        .map(|(_, _, o)| o)
        .collect()
}

#[test]
fn a_role_verb_links_its_subject_to_the_office() {
    let out = Output::of(
        "Kestria names its cabinet\n\nMaria Kovacs will serve as Deputy Premier. Tomas Lind will continue as Minister for Health and Sport. Ivo Brand remains Minister of Finance. Rita Sole took office as Governor of Eastvale in May. Mr Lind will also continue to serve as Chair of the Water Board.",
    );
    assert_holds(&out, "Maria Kovacs", "Deputy Premier");
    assert_holds(&out, "Tomas Lind", "Minister for Health and Sport");
    assert_holds(&out, "Ivo Brand", "Minister of Finance");
    assert_holds(&out, "Rita Sole", "Governor of Eastvale");
    assert_holds(&out, "Tomas Lind", "Chair of the Water Board");
}

#[test]
fn a_role_noun_names_the_office_of_its_verbs_subject() {
    let out = Output::of(
        "Department changes\n\nPeter Hale will step down from his role as Director General of the Department of Finance. Lena Duarte takes up the post of Minister for Transport. Ports will be central to Omar Hadi's remit as he takes up the post of Secretary for Rural Affairs and Ports.",
    );
    assert_holds(
        &out,
        "Peter Hale",
        "Director General of the Department of Finance",
    );
    assert_holds(&out, "Lena Duarte", "Minister for Transport");
    assert_holds(&out, "Omar Hadi", "Secretary for Rural Affairs and Ports");
}

#[test]
fn coordinated_absolute_clauses_give_each_person_their_office() {
    let out = Output::of(
        "Reshuffle\n\nThe reshuffle puts trade first, with Nora Pike appointed as Secretary for Trade and Ports and Bo Lind taking up the newly created post of Secretary for Skills, Jobs and Training.",
    );
    assert_holds(&out, "Nora Pike", "Secretary for Trade and Ports");
    assert_holds(&out, "Bo Lind", "Secretary for Skills, Jobs and Training");
    assert_eq!(
        positions_of(&out, "Nora Pike"),
        vec!["Secretary for Trade and Ports".to_owned()]
    );
}

#[test]
fn a_tenure_word_before_an_apposed_office_does_not_block_it() {
    let out = Output::of(
        "Staff changes\n\nFrom Monday, Ana Ruiz, current Director General of the Department of Trade will be appointed as Acting Director General of the Department of Finance.",
    );
    assert_holds(
        &out,
        "Ana Ruiz",
        "Director General of the Department of Trade",
    );
    assert_holds(
        &out,
        "Ana Ruiz",
        "Acting Director General of the Department of Finance",
    );
}

#[test]
fn who_appoints_or_only_speaks_of_a_role_holds_no_office() {
    let out = Output::of(
        "Cabinet news\n\nPremier Bran Holt appointed a new Minister for Health on Monday. Ada Quist discussed the role of Special Envoy for Water with the press. Cara Voss will not serve as Deputy Premier.",
    );
    assert_eq!(positions_of(&out, "Bran Holt"), vec!["Premier".to_owned()]);
    assert!(
        positions_of(&out, "Ada Quist").is_empty(),
        "{:?}",
        out.facts()
    );
    assert!(
        positions_of(&out, "Cara Voss").is_empty(),
        "{:?}",
        out.facts()
    );
}
