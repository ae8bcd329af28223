//! Fixes to `--ontology` (review of session 39): the warnings on a user's
//! file come one line per file, property and kind however many statements
//! it holds; a `kg:frame` that cannot be read stops every command that
//! takes `--ontology`, `kg serve` too, naming the file.

use std::path::Path;

use assert_cmd::Command;

use crate::common::write_file;

const KG: &str = "https://w3id.org/kgraph/ontology#";

/// `kg extract --quiet`-less run of `text` with the user's `ontology`:
/// its exit code, standard output and standard error.
fn extract_with(dir: &Path, text: &Path, ontology: &Path) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("kg")
        .unwrap()
        .current_dir(dir)
        .arg("extract")
        .arg(text)
        .arg("--ontology")
        .arg(ontology)
        .args(["--format", "ntriples"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A generated file of many statements putting a class's word list on
/// individuals (an easy mistake) draws one warning line, counting them.
#[test]
fn many_misplaced_statements_give_one_grouped_warning() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "text.txt", "Vardia signed the Lakeside Accord.");
    let mut turtle = format!("@prefix kg: <{KG}> .\n@prefix ex: <https://example.org/yards/> .\n");
    for i in 0..3000 {
        turtle.push_str(&format!("ex:yard{i} kg:nameHead \"Quayward{i}\" .\n"));
    }
    let file = write_file(dir.path(), "yards.ttl", turtle);
    let (code, _, stderr) = extract_with(dir.path(), &text, &file);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", lines[..lines.len().min(3)].join("\n"));
    assert!(lines[0].contains("yards.ttl"), "{stderr}");
    assert!(lines[0].contains("kg:nameHead"), "{stderr}");
    assert!(lines[0].contains("yard0>"), "{stderr}");
    assert!(lines[0].contains("2999 more subjects"), "{stderr}");
    assert!(lines[0].contains("3000 statements"), "{stderr}");
}

/// A user's file whose `kg:frame` cannot be read (`<->` with an object).
fn bad_frame_file(dir: &Path) -> std::path::PathBuf {
    write_file(
        dir,
        "frames.ttl",
        format!(
            "@prefix kg: <{KG}> .\nkg:cooperatesWith kg:frame \"verb: nsubj <-> obl@beside\" .\n"
        ),
    )
}

/// The error of a frame that cannot be read names the file, the property
/// and the frame.
fn assert_names_the_frame(stderr: &str) {
    assert!(stderr.contains("frames.ttl: kg:frame on"), "{stderr}");
    assert!(stderr.contains("cooperatesWith"), "{stderr}");
    assert!(stderr.contains("verb: nsubj <-> obl@beside"), "{stderr}");
}

/// `kg extract` refuses a frame it cannot read as bad input, naming the
/// file, the property and the frame; nothing is written to stdout.
#[test]
fn extract_names_the_file_of_a_frame_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "text.txt", "Vardia worked beside Ostland.");
    let file = bad_frame_file(dir.path());
    let (code, stdout, stderr) = extract_with(dir.path(), &text, &file);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_names_the_frame(&stderr);
}

/// A frame whose condition cannot be read ("if" with no "is CLASS") is
/// refused the same way, naming the file and the frame (the condition
/// and the file-naming error came in two branches merged together).
#[test]
fn extract_names_the_file_of_a_frame_condition_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "text.txt", "Vardia worked beside Ostland.");
    let file = write_file(
        dir.path(),
        "frames.ttl",
        format!(
            "@prefix kg: <{KG}> .\nkg:cooperatesWith kg:frame \"verb: nsubj <-> if nsubj\" .\n"
        ),
    );
    let (code, stdout, stderr) = extract_with(dir.path(), &text, &file);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("frames.ttl: kg:frame on"), "{stderr}");
    assert!(stderr.contains("verb: nsubj <-> if nsubj"), "{stderr}");
}

/// `kg serve --ontology` checks the frames at start-up as `extract` does:
/// it exits with bad input instead of serving with the frame unread.
#[test]
fn serve_refuses_a_frame_it_cannot_read_at_start_up() {
    let (dir, store, _) =
        crate::common::loaded_store("one.nt", "<urn:x:a> <urn:x:b> <urn:x:c> .\n");
    let file = bad_frame_file(dir.path());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("--store")
        .arg(&store)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .arg("--ontology")
        .arg(&file)
        .env_remove("KG_SERVE_TOKEN")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_names_the_frame(&stderr);
}

/// Whether the store states that the ministry issues the strategy.
fn states_the_issuing(store: &Path) -> bool {
    crate::common::export_nquads(store).lines().any(|line| {
        line.contains("/ministry-of-trade-of-vardia> <https://w3id.org/kgraph/ontology#issues> ")
    })
}

/// `kg build --ontology` with another vocabulary extracts the document
/// again (the user's files are part of its graph's name): the fact the
/// first file's verb gave goes, and comes back with that file; the same
/// vocabulary again keeps the document unchanged.
#[test]
fn a_build_with_another_vocabulary_extracts_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let text = write_file(
        dir.path(),
        "notice.txt",
        "The Ministry of Trade of Vardia gazetted the Lakeside Strategy on Monday.",
    );
    let gazette = write_file(
        dir.path(),
        "gazette.ttl",
        format!("@prefix kg: <{KG}> .\nkg:issues kg:verbTrigger \"gazette\" .\n"),
    );
    let other = write_file(
        dir.path(),
        "other.ttl",
        format!("@prefix kg: <{KG}> .\nkg:signs kg:verbTrigger \"countersign\" .\n"),
    );
    let build = |ontology: Option<&Path>| {
        let mut cmd = crate::common::kg(&store);
        cmd.arg("build").arg(&text);
        if let Some(file) = ontology {
            cmd.arg("--ontology").arg(file);
        }
        cmd.assert().success();
    };
    build(Some(&gazette));
    assert!(states_the_issuing(&store));
    build(Some(&other));
    assert!(!states_the_issuing(&store));
    build(Some(&gazette));
    assert!(states_the_issuing(&store));
    build(None);
    assert!(!states_the_issuing(&store));
    let before = crate::common::export_nquads(&store);
    build(None);
    assert_eq!(crate::common::export_nquads(&store), before);
}

/// A user's file whose `kg:` prefix is wrong (a slash for the `#`) names
/// no term of the kgraph namespace: one warning names the file and says
/// to check the prefix; a file that names one draws none.
#[test]
fn a_file_with_a_wrong_kgraph_prefix_is_warned_about_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(
        dir.path(),
        "text.txt",
        "The Ministry of Trade of Vardia gazetted the Lakeside Strategy on Monday.",
    );
    let wrong = write_file(
        dir.path(),
        "slash.ttl",
        "@prefix kg: <https://w3id.org/kgraph/ontology/> .\n\
         kg:issues kg:verbTrigger \"gazette\" .\n\
         kg:signs kg:verbTrigger \"countersign\" .\n",
    );
    let (code, _, stderr) = extract_with(dir.path(), &text, &wrong);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("slash.ttl"), "{stderr}");
    assert!(lines[0].contains("kg: prefix"), "{stderr}");
    let right = write_file(
        dir.path(),
        "hash.ttl",
        format!("@prefix kg: <{KG}> .\nkg:issues kg:verbTrigger \"gazette\" .\n"),
    );
    let (code, _, stderr) = extract_with(dir.path(), &text, &right);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
