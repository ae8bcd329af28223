//! Memberships a list's heading states (session 48): "The members of the
//! Cabinet are as follows:" and one office holder a line after it. Each
//! test states the fact present and the wrong reading absent, on texts
//! written for these tests with invented names.

use super::extract_constructions::Output;

/// "The Cabinet Members are now as follows:", five "Name: Office" lines
/// with styles and titles, and a sub-heading line inside the list: each
/// listed holder is a member of the body; a person named in the prose
/// after the list is not.
#[test]
fn holders_listed_under_a_heading_of_members_are_members() {
    let out = Output::of(
        "New Cabinet\n\n\
         The President of Norland addressed the Cabinet on Friday.\n\n\
         The Cabinet Members are now as follows:\n\n\
         Dr. Ada Quist: Minister of Finance & Trade\n\n\
         Hon. Ivo Marsh: Minister of Health\n\n\
         Newly Appointed Ministers\n\n\
         Minister Bram Olde: Minister of Justice\n\n\
         Mrs. Lena Brook: Minister of Education, Science and Culture.\n\n\
         Minister Cato Finn: Minister of Tourism & Sport\n\n\
         The President addressed Elsa Mork, Minister of Labour, after the ceremony.\n",
    );
    for member in [
        "Ada Quist",
        "Ivo Marsh",
        "Bram Olde",
        "Lena Brook",
        "Cato Finn",
    ] {
        assert!(
            out.has(member, "memberOf", "Cabinet"),
            "{member}: {:?}",
            out.facts()
        );
    }
    assert!(out.has("Cato Finn", "holdsPosition", "Minister of Tourism & Sport"));
    assert!(!out.has("Elsa Mork", "memberOf", "Cabinet"));
}

/// "Cabinet members:" then two lines the other way round, "Office: Name";
/// a sentence after the list ends it.
#[test]
fn a_short_heading_of_members_and_office_first_lines() {
    let out = Output::of(
        "Cabinet Reshuffle\n\n\
         The President of Norland named a new Cabinet on Monday. Cabinet members:\n\n\
         Minister of Finance: Ada Quist\n\n\
         Minister of Health: Ivo Marsh\n\n\
         Ada Quist thanked Olaf Berg, the Governor of Eastvale.\n",
    );
    assert!(
        out.has("Ada Quist", "memberOf", "Cabinet"),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Ivo Marsh", "memberOf", "Cabinet"));
    assert!(!out.has("Olaf Berg", "memberOf", "Cabinet"));
}

/// "The members of the Cabinet are as follows:" with two lines; a heading
/// that names no body of members ("The following officials were
/// appointed:") makes no one a member.
#[test]
fn only_a_heading_of_members_makes_the_listed_members() {
    let out = Output::of(
        "Cabinet Named\n\n\
         The members of the Cabinet are as follows:\n\n\
         Ada Quist: Minister of Finance\n\n\
         Ivo Marsh: Minister of Health\n",
    );
    assert!(
        out.has("Ada Quist", "memberOf", "Cabinet"),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Ivo Marsh", "memberOf", "Cabinet"));
    let out = Output::of(
        "Board Appointments\n\n\
         The Board of the Eastvale Port Authority met on Friday. The following officials were appointed:\n\n\
         Ivo Marsh: Director of Public Works\n\n\
         Lena Brook: Director of Ports\n",
    );
    assert!(out.has("Ivo Marsh", "holdsPosition", "Director of Public Works"));
    assert!(!out.has(
        "Ivo Marsh",
        "memberOf",
        "Board of the Eastvale Port Authority"
    ));
}

/// The list one a line with single newlines between its lines, under a
/// heading of members; the sentence after the list is no line of it.
#[test]
fn list_lines_that_single_newlines_separate_are_read_each() {
    let out = Output::of(
        "New Cabinet\n\n\
         The President of Norland addressed the Cabinet on Friday, after a long meeting of the ruling party in the capital that lasted well into the night, officials said.\n\n\
         The members of the Cabinet are as follows:\n\
         Dr. Ada Quist: Minister of Finance & Trade\n\
         Hon. Ivo Marsh: Minister of Health\n\
         Minister Bram Olde: Minister of Justice\n\
         Mrs. Lena Brook: Minister of Education, Science and Culture\n\
         The President later thanked Olaf Berg, the Governor of Eastvale, for his service to the country.\n",
    );
    for member in ["Ada Quist", "Ivo Marsh", "Bram Olde", "Lena Brook"] {
        assert!(
            out.has(member, "memberOf", "Cabinet"),
            "{member}: {:?}",
            out.facts()
        );
    }
    assert!(out.has("Bram Olde", "holdsPosition", "Minister of Justice"));
    assert!(!out.has("Bram Olde", "holdsPosition", "Minister of Health"));
    assert!(!out.has("Olaf Berg", "memberOf", "Cabinet"));
}
