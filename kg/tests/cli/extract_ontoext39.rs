//! A user extends extraction's vocabulary without recompiling: a word a
//! small Turtle file adds with `--ontology` to one of the ontology's word
//! lists makes `kg extract` find a fact it did not find without the file.
//! One row per word list a user would extend (the verbs and nouns of the
//! relations, goal and intention words, titles, document heads, pair
//! nouns, speech verbs, name heads); each row's sentence is our own, with
//! an invented word or a real one the bundled files do not list. Also:
//! what a user's file says that extraction cannot read is warned about,
//! naming the file and the property, and a file that does not parse is
//! bad input named with its line.

use std::path::Path;

use assert_cmd::Command;

use crate::common::write_file;

const KG: &str = "https://w3id.org/kgraph/ontology#";
const ENTITY: &str = "https://w3id.org/kgraph/entity/";

/// One word list extended by a user's file.
struct Row {
    /// What is extended, for messages.
    list: &'static str,
    /// The statements of the user's file (after the `kg:` prefix).
    turtle: &'static str,
    text: &'static str,
    /// The fact: subject's entity slug, property, object's slug (an
    /// object's local entity is matched by the end of its IRI).
    fact: (&'static str, &'static str, &'static str),
}

const ROWS: &[Row] = &[
    Row {
        list: "kg:verbTrigger of kg:issues",
        turtle: r#"kg:issues kg:verbTrigger "circulate" ."#,
        text: "The Ministry of Trade of Kestria circulated the Harbour Strategy on Monday.",
        fact: ("ministry-of-trade-of-kestria", "issues", "harbour-strategy"),
    },
    Row {
        list: "kg:verbTrigger of kg:signs",
        turtle: r#"kg:signs kg:verbTrigger "countersign" ."#,
        text: "Kestria and Vormark countersigned the Harbour Accord on Monday.",
        fact: ("vormark", "signs", "harbour-accord"),
    },
    Row {
        list: "kg:verbTrigger of kg:cooperatesWith",
        turtle: r#"kg:cooperatesWith kg:verbTrigger "liaise" ."#,
        text: "The Kestria Water Agency will liaise with the Vormark Port Authority on flood defences.",
        fact: ("kestria-water-agency", "cooperatesWith", "vormark-port-authority"),
    },
    Row {
        list: "kg:nounTrigger of kg:cooperatesWith",
        turtle: r#"kg:cooperatesWith kg:nounTrigger "synergy" ."#,
        text: "The Kestria Water Agency announced closer synergy with the Vormark Port Authority.",
        fact: ("kestria-water-agency", "cooperatesWith", "vormark-port-authority"),
    },
    Row {
        list: "kg:goalNoun of kg:goalOf",
        turtle: r#"kg:goalOf kg:goalNoun "remit" ."#,
        text: "The Kestria Water Agency released the Harbour Strategy.\n\n\
               The remit of the Harbour Strategy is to expand the port of Lindby.",
        fact: ("expand-the-port-of-lindby", "goalOf", "harbour-strategy"),
    },
    Row {
        list: "kg:purposePhrase of kg:goalOf",
        turtle: r#"kg:goalOf kg:purposePhrase "strives to" ."#,
        text: "The Kestria Water Agency released the Harbour Strategy on Monday. \
               The Harbour Strategy strives to expand the port of Lindby.",
        fact: ("expand-the-port-of-lindby", "goalOf", "harbour-strategy"),
    },
    Row {
        list: "kg:intentionPredicate",
        turtle: r#"<https://w3id.org/kgraph/ontology> kg:intentionPredicate "wish" ."#,
        text: "Memorandum of Understanding between Kestria and Vormark\n\n\
               The Participants wish to expand trade in farm products.",
        fact: (
            "expand-trade-in-farm-products",
            "goalOf",
            "memorandum-of-understanding",
        ),
    },
    Row {
        list: "kg:intentionNoun",
        turtle: r#"<https://w3id.org/kgraph/ontology> kg:intentionNoun "zeal" ."#,
        text: "Memorandum of Understanding between Kestria and Vormark\n\n\
               The Participants affirm their zeal to expand trade in farm products.",
        fact: (
            "expand-trade-in-farm-products",
            "goalOf",
            "memorandum-of-understanding",
        ),
    },
    Row {
        list: "kg:verbTrigger of kg:memberOf",
        turtle: r#"kg:memberOf kg:verbTrigger "rejoin" ."#,
        text: "Kestria rejoined the Ocean Fisheries Council in March.",
        fact: ("kestria", "memberOf", "ocean-fisheries-council"),
    },
    Row {
        list: "kg:nounTrigger of kg:memberOf",
        turtle: r#"kg:memberOf kg:nounTrigger "affiliate" ."#,
        text: "The Kestria Water Agency is an affiliate of the Ocean Fisheries Council.",
        fact: ("kestria-water-agency", "memberOf", "ocean-fisheries-council"),
    },
    Row {
        list: "kg:personTitle and kg:positionTitle",
        turtle: "kg:Person kg:personTitle \"Intendant\" .\n\
                 kg:Position kg:positionTitle \"Intendant\" .",
        text: "Intendant Ada Quist opened the new port of Lindby on Monday.",
        fact: ("ada-quist", "holdsPosition", "intendant"),
    },
    Row {
        list: "kg:descriptionHead of kg:Agreement",
        turtle: r#"kg:Agreement kg:descriptionHead "covenant" ."#,
        text: "Kestria and Vormark signed a covenant on fisheries in Lindby on Monday.",
        fact: ("vormark", "signs", "covenant-on-fisheries"),
    },
    Row {
        list: "kg:pairNoun of kg:Person",
        turtle: r#"kg:Person kg:pairNoun "governors" ."#,
        text: "Trade Minister Ola Berg met Foreign Minister Siv Arnadottir in Oslo.\n\n\
               The two governors signed the Fisheries Accord on Monday.",
        fact: ("siv-arnadottir", "signs", "fisheries-accord"),
    },
    Row {
        list: "kg:nameHead of kg:Organization",
        turtle: r#"kg:Organization kg:nameHead "Conclave" ."#,
        text: "The Lindby Harbour Conclave signed the Fisheries Accord with Vormark on Monday.",
        fact: ("lindby-harbour-conclave", "signs", "fisheries-accord"),
    },
];

/// `kg extract` of `text` as N-Triples, with the user's file if given;
/// also its standard error.
fn extract(dir: &Path, text: &Path, ontology: Option<&Path>) -> (String, String) {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.current_dir(dir).arg("extract");
    if let Some(file) = ontology {
        cmd.arg("--ontology").arg(file);
    }
    crate::common::output_of(cmd.arg(text).args(["--format", "ntriples"]))
}

/// Whether the N-Triples state the fact (entity IRIs matched by their end).
fn states(ntriples: &str, (subject, property, object): (&str, &str, &str)) -> bool {
    let predicate = format!("<{KG}{property}>");
    ntriples.lines().any(|line| {
        let mut parts = line.splitn(3, ' ');
        let (Some(s), Some(p), Some(o)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        p == predicate
            && s.starts_with(&format!("<{ENTITY}"))
            && s.ends_with(&format!("/{subject}>"))
            && o.trim_end_matches(" .").ends_with(&format!("/{object}>"))
    })
}

/// Each row: the fact is absent without the user's file and present with
/// it, and the file draws no warning.
#[test]
fn a_word_a_user_adds_to_a_word_list_makes_its_fact() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (i, row) in ROWS.iter().enumerate() {
        let text = write_file(dir.path(), &format!("text{i}.txt"), row.text);
        let turtle = format!("@prefix kg: <{KG}> .\n{}\n", row.turtle);
        let file = write_file(dir.path(), &format!("words{i}.ttl"), turtle);
        let (plain, _) = extract(dir.path(), &text, None);
        let (extended, warnings) = extract(dir.path(), &text, Some(&file));
        if states(&plain, row.fact) {
            failures.push(format!("{}: found without the user's file", row.list));
        }
        if !states(&extended, row.fact) {
            failures.push(format!("{}: not found with the user's file", row.list));
        }
        if !warnings.is_empty() {
            failures.push(format!("{}: warned {warnings}", row.list));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// What extraction cannot read is warned about on stderr, naming the file
/// and the property: a misspelt property, a list of the bundled files
/// only (`kg:newToTagger`), a class's list on a subject that is no class.
/// A file extraction reads whole draws no warning (above).
#[test]
fn a_statement_extraction_cannot_read_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(
        dir.path(),
        "text.txt",
        "The Ministry of Trade of Kestria circulated the Harbour Strategy on Monday.",
    );
    let file = write_file(
        dir.path(),
        "mine.ttl",
        format!(
            "@prefix kg: <{KG}> .\n\
             kg:issues kg:verbTriger \"circulate\" .\n\
             <https://w3id.org/kgraph/ontology> kg:newToTagger \"Intendant\" .\n\
             kg:issues kg:descriptionHead \"covenant\" .\n"
        ),
    );
    let (out, warnings) = extract(dir.path(), &text, Some(&file));
    let lines: Vec<&str> = warnings.lines().collect();
    for property in ["kg:verbTriger", "kg:newToTagger", "kg:descriptionHead"] {
        assert!(
            lines
                .iter()
                .any(|l| l.contains("warning") && l.contains("mine.ttl") && l.contains(property)),
            "{property}: {warnings}"
        );
    }
    assert_eq!(lines.len(), 3, "{warnings}");
    // The misspelt trigger is ignored.
    assert!(
        !states(
            &out,
            ("ministry-of-trade-of-kestria", "issues", "harbour-strategy")
        ),
        "{out}"
    );
}

/// A user's file that is no valid Turtle stops the run as bad input
/// (exit 2), naming the file and the line.
#[test]
fn a_malformed_user_file_is_bad_input_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "text.txt", "Kestria signed the Harbour Accord.");
    let file = write_file(
        dir.path(),
        "broken.ttl",
        format!("@prefix kg: <{KG}> .\n\nkg:signs kg:verbTrigger \"countersign\"\nkg:issues kg:verbTrigger \"circulate\" .\n"),
    );
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("extract")
        .arg(&text)
        .arg("--ontology")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.ttl"), "{stderr}");
    assert!(stderr.contains("line 4"), "{stderr}");
    assert!(out.stdout.is_empty());
}
