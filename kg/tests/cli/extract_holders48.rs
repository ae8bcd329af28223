//! Offices in list layouts and where an office's label ends (session 48).
//! Each test states the fact present and the wrong reading absent, on
//! texts written for these tests with invented names.

use super::extract_constructions::Output;

/// A list of office holders one a paragraph, "Name: Office": the office
/// after the colon is the holder's, and a bare title before the name that
/// the office after the colon spells out in full is no second office.
#[test]
fn a_name_then_a_colon_then_the_office_it_holds() {
    let text = "New Cabinet\n\n\
        The Prime Minister of Norland named the Cabinet on Monday. The members of the Cabinet are as follows:\n\n\
        Prime Minister Ada Quist: Minister of Finance, Trade & Investment\n\n\
        Deputy Prime Minister Bram Olde: Minister of Home Affairs and Minister of Justice\n\n\
        Minister Cato Finn: Minister of Health & Social Services\n\n\
        Hon. Dirk Vane: Minister of Education, Science and Culture.\n\n\
        Dr. Elsa Mork: Minister of Tourism & Sport,\n";
    let out = Output::of(text);
    for (holder, office) in [
        ("Ada Quist", "Minister of Finance, Trade & Investment"),
        ("Ada Quist", "Prime Minister"),
        ("Bram Olde", "Deputy Prime Minister"),
        ("Bram Olde", "Minister of Home Affairs"),
        ("Bram Olde", "Minister of Justice"),
        ("Cato Finn", "Minister of Health & Social Services"),
        ("Dirk Vane", "Minister of Education, Science and Culture"),
        ("Elsa Mork", "Minister of Tourism & Sport"),
    ] {
        assert!(
            out.has(holder, "holdsPosition", office),
            "{holder} / {office}: {:?}",
            out.facts()
        );
    }
    // One office of coordinated portfolios, not its last portfolio alone;
    // the bare title before the name folds into the full office.
    assert!(!out.has("Ada Quist", "holdsPosition", "Minister of Finance"));
    assert!(!out.has("Cato Finn", "holdsPosition", "Minister"));
}

/// A list of two, paragraphs without the heading's colon, and the reverse
/// layout "Office: Name".
#[test]
fn two_lines_of_names_and_offices_either_way_round() {
    let out = Output::of(
        "Board Appointments\n\nThe Governor of Eastvale named two officials on Friday.\n\n\
         Ivo Marsh: Director of Public Works\n\nLena Brook: Chief Executive Officer of the Eastvale Port Authority\n",
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Director of Public Works"),
        "{:?}",
        out.facts()
    );
    assert!(out.has(
        "Lena Brook",
        "holdsPosition",
        "Chief Executive Officer of the Eastvale Port Authority"
    ));
    assert!(!out.has("Lena Brook", "holdsPosition", "Director of Public Works"));
    let out = Output::of(
        "Port Board\n\nThe Governor of Eastvale named the board on Friday.\n\n\
         Chair of the Board: Ivo Marsh\n\nSecretary of the Board: Dr Lena Brook.\n",
    );
    assert!(
        out.has("Ivo Marsh", "holdsPosition", "Chair of the Board"),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Lena Brook", "holdsPosition", "Secretary of the Board"));
    assert!(!out.has("Ivo Marsh", "holdsPosition", "Secretary of the Board"));
}

/// "Name – Office" lines.
#[test]
fn a_name_then_a_dash_then_the_office_closing_the_line() {
    let out = Output::of(
        "Delegation\n\nThe delegation of Kestria arrived on Monday.\n\n\
         Cato Finn – Minister of Trade & Industry\n\nElsa Mork – Director of Customs.\n",
    );
    assert!(
        out.has("Cato Finn", "holdsPosition", "Minister of Trade & Industry"),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Elsa Mork", "holdsPosition", "Director of Customs"));
    assert!(!out.has("Cato Finn", "holdsPosition", "Director of Customs"));
}

/// A style of address before an office is no word of it.
#[test]
fn a_south_asian_style_is_no_word_of_the_office() {
    let out = Output::of(
        "Regional Talks\n\nHon’ble Foreign Minister Bram Olde welcomed the delegation of Kestria on Monday.\n",
    );
    assert!(
        out.has("Bram Olde", "holdsPosition", "Foreign Minister"),
        "{:?}",
        out.facts()
    );
    assert!(!out.has("Bram Olde", "holdsPosition", "Hon’ble Foreign Minister"));
}

/// The office named without the body it sits in or belongs to, where
/// its title has a complement of its own, and without an acronym leading
/// it: another name of the same position, not a position of its own.
#[test]
fn an_office_is_also_named_without_its_body_or_leading_acronym() {
    let out = Output::of(
        "Port Talks\n\n\
         The lease was signed by Director of the Port Directorate at the Eastvale Ministry of Transport Cato Finn on Monday.\n\n\
         Ivo Marsh, Director-General for Trade and Economic Affairs of the Ministry for Foreign Affairs, led the delegation.\n\n\
         KESCO Secretary General Ada Quist met the delegation.\n",
    );
    assert!(
        out.has(
            "Cato Finn",
            "holdsPosition",
            "Director of the Port Directorate at the Eastvale Ministry of Transport"
        ),
        "{:?}",
        out.facts()
    );
    assert!(out.has("Ada Quist", "holdsPosition", "KESCO Secretary General"));
    let names = out.names();
    let positions = out.labels_of_class("Position");
    for short in [
        "Director of the Port Directorate",
        "Director-General for Trade and Economic Affairs",
        "Secretary General",
    ] {
        assert!(
            names.get(short).is_some_and(|c| c.contains("Position")),
            "{short}: {names:?}"
        );
        assert!(!positions.contains(short), "{short}: {positions:?}");
    }
}

/// An office's seat naming another office ("the Office of the Premier")
/// is part of the office; the holder holds no title the seat names.
#[test]
fn an_office_named_in_the_seat_is_not_the_holders() {
    for (text, office, holder, wrong) in [
        (
            "Port Visit\n\nThe delegation included Permanent Secretary in the Office of the Premier Mrs. Ada Quist.\n",
            "Permanent Secretary in the Office of the Premier",
            "Ada Quist",
            "Premier",
        ),
        (
            "Port Visit\n\nThe delegation included the Financial Secretary Hon. Cato Finn and Chief of Staff in the Office of the Prime Minister Ivo Marsh.\n",
            "Chief of Staff in the Office of the Prime Minister",
            "Ivo Marsh",
            "Prime Minister",
        ),
    ] {
        let out = Output::of(text);
        assert!(out.has(holder, "holdsPosition", office), "{:?}", out.facts());
        assert!(!out.has(holder, "holdsPosition", wrong), "{:?}", out.facts());
    }
}
