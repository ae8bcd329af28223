//! Hostile input and faults through the real binary: every case gets a
//! clear message naming the file, a non-zero exit only when nothing useful
//! could be done, never a panic, and never invalid RDF.
// With RocksDB the tests of the files backend's graph files are compiled
// out; the helpers they share stay, unused.
#![cfg_attr(feature = "rocksdb", allow(dead_code, unused_imports))]

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

use crate::common::{export_nquads, holds_no_graph_file, loaded_store, write_file};

fn kg() -> Command {
    Command::cargo_bin("kg").unwrap()
}

fn no_panic(out: &Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
}

/// Runs `kg extract --format ntriples` and checks the output re-parses.
fn extract(paths: &[&Path]) -> Output {
    let out = kg()
        .args(["extract", "--format", "ntriples"])
        .args(paths)
        .output()
        .unwrap();
    no_panic(&out);
    let parsed = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
        .for_slice(&out.stdout)
        .collect::<Result<Vec<_>, _>>();
    assert!(parsed.is_ok(), "invalid N-Triples: {parsed:?}");
    out
}

const ONE_TRIPLE: &str = "<https://e.org/a> <https://e.org/b> \"c\" .\n";

const ARTICLE: &str = "The Ministry of Commerce issued the Harbour Data Plan on Monday.\n";

#[test]
fn empty_and_whitespace_files_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write_file(dir.path(), "empty.txt", "");
    let blank = write_file(dir.path(), "blank.txt", " \n\t\n  ");
    let good = write_file(dir.path(), "good.txt", ARTICLE);
    let out = extract(&[&empty, &blank, &good]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt: empty file skipped"), "{stderr}");
    assert!(stderr.contains("blank.txt: empty file skipped"), "{stderr}");
    // Nothing useful at all: a non-zero exit.
    let out = extract(&[&empty]);
    assert!(!out.status.success());
}

#[test]
fn binary_files_are_skipped_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let png = write_file(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let elf = write_file(dir.path(), "tool", b"\x7FELF\x02\x01\x01\0\0\0");
    let zip = write_file(dir.path(), "archive.txt", b"PK\x03\x04\x14\0\0\0");
    let good = write_file(dir.path(), "good.txt", ARTICLE);
    let out = extract(&[&png, &elf, &zip, &good]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in [
        "image.png: binary file (PNG)",
        "tool: binary file (ELF)",
        "archive.txt: binary file (zip)",
    ] {
        assert!(stderr.contains(name), "{name}: {stderr}");
    }
}

#[test]
fn latin1_is_decoded_by_its_encoding_and_utf16_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut latin1 = ARTICLE.as_bytes().to_vec();
    latin1.extend_from_slice(b"Caf\xe9 owners welcomed it.\n");
    let bad = write_file(dir.path(), "latin1.txt", latin1);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in ARTICLE.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let wide = write_file(dir.path(), "wide.txt", utf16);
    let out = extract(&[&bad, &wide]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("latin1.txt: not UTF-8: read as windows-1252 (guessed from its bytes)"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.matches("ontology#issues> <").count(),
        2,
        "both files yield the fact: {stdout}"
    );
}

#[test]
fn a_huge_line_without_punctuation_and_a_million_tiny_sentences() {
    let dir = tempfile::tempdir().unwrap();
    // 50 MB on one line, no punctuation.
    let line = "word ".repeat(10_000_000);
    let huge = write_file(dir.path(), "huge.txt", &line);
    let out = extract(&[&huge]);
    assert!(out.status.success());
    // A million one-word sentences.
    let tiny = write_file(dir.path(), "tiny.txt", "Yes. ".repeat(1_000_000));
    let out = extract(&[&tiny]);
    assert!(out.status.success());
}

/// `kg build ARGS` into the store in `dir`: its output and its stderr.
fn build(dir: &Path, args: &[&std::ffi::OsStr]) -> (Output, String) {
    let store = dir.join("store");
    let mut cmd = kg();
    cmd.arg("--store").arg(&store).arg("build").args(args);
    cmd.timeout(std::time::Duration::from_secs(60));
    let out = cmd.output().unwrap();
    no_panic(&out);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr)
}

#[test]
fn build_reads_only_text_formats_and_skips_hidden_entries_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join(".cache")).unwrap();
    write_file(&corpus, "article.txt", ARTICLE);
    write_file(&corpus, "notes.md", ARTICLE.replace("Monday", "Friday"));
    write_file(&corpus, "data.json", "{\"the Ministry of Commerce\": 1}");
    write_file(&corpus, "graph.dot", "digraph { a -> b }");
    write_file(&corpus, "report.pdf", ARTICLE.replace("Monday", "Tuesday"));
    write_file(
        &corpus.join(".cache"),
        "old.txt",
        ARTICLE.replace("Monday", "Sunday"),
    );
    write_file(&corpus, ".draft.txt", ARTICLE.replace("Monday", "Saturday"));
    let (out, stderr) = build(dir.path(), &[corpus.as_os_str()]);
    assert!(out.status.success(), "{stderr}");
    for said in [
        "data.json: skipped: .json is not a text format",
        "graph.dot: skipped: .dot is not a text format",
        "report.pdf: skipped: .pdf is not a text format",
        ".cache: skipped: hidden",
        ".draft.txt: skipped: hidden",
    ] {
        assert!(stderr.contains(said), "{said}: {stderr}");
    }
    assert!(stderr.contains("built 2 document(s)"), "{stderr}");
    // --hidden reads them; a file named on the command line is read whatever its name.
    let again = tempfile::tempdir().unwrap();
    let pdf = corpus.join("report.pdf");
    let (out, stderr) = build(
        again.path(),
        &["--hidden".as_ref(), corpus.as_os_str(), pdf.as_os_str()],
    );
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("built 5 document(s)"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_oversized_files_are_skipped_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    write_file(&corpus, "article.txt", ARTICLE);
    write_file(&corpus, "long.txt", ARTICLE.repeat(100));
    let fifo = corpus.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
    let started = std::time::Instant::now();
    let (out, stderr) = build(
        dir.path(),
        &[
            "--max-file-size".as_ref(),
            "1K".as_ref(),
            corpus.as_os_str(),
        ],
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("pipe.txt: skipped: not a regular file (a FIFO)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("zero.txt: skipped: not a regular file (a device)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("long.txt: skipped: 6500 bytes is more than --max-file-size (1024 bytes)"),
        "{stderr}"
    );
    assert!(stderr.contains("built 1 document(s)"), "{stderr}");
    // Named on the command line, a FIFO is still not opened.
    let (out, stderr) = build(dir.path(), &[fifo.as_os_str()]);
    assert!(!out.status.success());
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_dangling_links_do_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    std::fs::create_dir_all(root.join("a")).unwrap();
    write_file(&root.join("a"), "one.txt", ARTICLE);
    std::os::unix::fs::symlink(&root, root.join("a").join("loop")).unwrap();
    std::os::unix::fs::symlink(root.join("missing"), root.join("dangling.txt")).unwrap();
    let out = extract(&[&root]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("dangling.txt: skipped"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("ontology#issues> <").count(), 1, "read once");
}

#[test]
fn html_scripts_styles_comments_and_entities() {
    let dir = tempfile::tempdir().unwrap();
    let html = write_file(
        dir.path(),
        "page.html",
        "<html><head><title>Plan</title><style>p { color: red }</style>\
         <script>var x = \"The Ministry of Finance issued the Fake Plan.\";</script></head>\
         <body><nav>Home | News | Contact</nav><!-- The Ministry of Defence issued the Hidden Plan. -->\
         <p>The Ministry of Commerce issued the Harbour&nbsp;Data Plan on Monday &amp; Tuesday.</p></body></html>",
    );
    let out = extract(&[&html]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Harbour Data Plan"), "{stdout}");
    for hidden in ["Fake Plan", "Hidden Plan", "color: red"] {
        assert!(!stdout.contains(hidden), "{hidden}: {stdout}");
    }
}

#[test]
fn other_scripts_and_hostile_names_stay_inside_literals() {
    let dir = tempfile::tempdir().unwrap();
    let long_name = format!("The {} Office", "Very".repeat(250));
    let text = format!(
        "中国外交部 said 🚀 the Ministry of Commerce issued the \"Quote\\Back <Angle> {{Brace}}\" Plan.\n\
         العربية The {long_name} issued the Harbour Data Plan.\n\
         The Ministry of Commerce issued the Plan\u{7} of\u{1b}[31m Colours.\n"
    );
    let file = write_file(dir.path(), "mixed.txt", text);
    for format in ["turtle", "ntriples", "nquads", "trig", "jsonld"] {
        let out = kg()
            .args(["extract", "--format", format])
            .arg(&file)
            .output()
            .unwrap();
        no_panic(&out);
        assert!(out.status.success());
        let rdf_format = match format {
            "turtle" => oxigraph::io::RdfFormat::Turtle,
            "ntriples" => oxigraph::io::RdfFormat::NTriples,
            "nquads" => oxigraph::io::RdfFormat::NQuads,
            "trig" => oxigraph::io::RdfFormat::TriG,
            _ => oxigraph::io::RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        };
        let parsed = oxigraph::io::RdfParser::from_format(rdf_format)
            .for_slice(&out.stdout)
            .collect::<Result<Vec<_>, _>>();
        assert!(parsed.is_ok(), "{format}: {parsed:?}");
    }
}

#[test]
fn unknown_format_and_missing_files_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(dir.path(), "good.txt", ARTICLE);
    kg().args(["extract", "--format", "yaml"])
        .arg(&good)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("yaml"));
    kg().args(["extract"])
        .arg(dir.path().join("nowhere.txt"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nowhere.txt"));
}

/// Regression (issue 18): `kg serve`, before it was a command, suggested
/// `remove`. A command is suggested only when it is a likely misspelling;
/// otherwise the commands are listed.
#[test]
fn an_unknown_command_suggests_only_a_close_one() {
    let out = kg().arg("publish").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no command `publish`"), "{stderr}");
    assert!(!stderr.contains("did you mean"), "{stderr}");
    assert!(stderr.contains("commands: extract, build"), "{stderr}");
    kg().arg("querry")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `query`?"));
}

#[test]
fn malformed_nquads_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let bad = write_file(
        dir.path(),
        "bad.nq",
        "<https://e.org/a> <https://e.org/b> <https://e.org/c> .\n<https://e.org/a> <https://e.org/b> \"x\"^^ .\n",
    );
    kg().arg("--store")
        .arg(&store)
        .arg("load")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.nq"))
        .stderr(predicates::str::contains("line 2"));
    assert!(holds_no_graph_file(&store));
}

#[test]
fn two_concurrent_builds_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    for i in 0..120 {
        write_file(
            &articles,
            &format!("a{i:03}.txt"),
            format!("The Ministry of Commerce issued the Harbour Plan {i} on Monday.\n"),
        );
    }
    let bin = assert_cmd::cargo::cargo_bin("kg");
    let spawn = |wait: bool| {
        let mut cmd = std::process::Command::new(&bin);
        cmd.arg("--store").arg(&store).arg("--quiet");
        if wait {
            cmd.arg("--wait");
        }
        cmd.arg("build")
            .arg(&articles)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    // Without --wait, one of two simultaneous builds may fail, clearly.
    let (a, b) = (spawn(false), spawn(false));
    let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    assert!(outs.iter().any(|o| o.status.success()));
    for out in &outs {
        no_panic(out);
        if !out.status.success() {
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("another kg process"),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // With --wait, both complete.
    let (a, b) = (spawn(true), spawn(true));
    assert!(a.wait_with_output().unwrap().status.success());
    assert!(b.wait_with_output().unwrap().status.success());
    kg().arg("--store")
        .arg(&store)
        .arg("check")
        .assert()
        .success();
}

#[cfg(not(feature = "rocksdb"))]
#[test]
fn a_failed_write_reports_clearly_and_leaves_the_store_unchanged() {
    let (dir, store, data) = loaded_store("data.nt", ONE_TRIPLE);
    let before = export_nquads(&store);
    let more = write_file(
        dir.path(),
        "more.nt",
        "<https://e.org/a> <https://e.org/b> \"d\" .\n",
    );
    let load_more = |store: &std::path::Path| {
        kg().arg("--store")
            .arg(store)
            .args(["load", "--graph"])
            .arg(format!("file://{}", data.display()))
            .arg(&more)
            .output()
            .unwrap()
    };
    // Graph files are named by their content, and temporary names are
    // unpredictable: learn the file this write creates on a copy of the
    // store, then put a directory at that name, so the write fails the way
    // a full or read-only disk does.
    let graphs = store.join("graphs");
    let copy = dir.path().join("copy");
    std::fs::create_dir_all(copy.join("graphs")).unwrap();
    for entry in std::fs::read_dir(&store).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, copy.join(path.file_name().unwrap())).unwrap();
        }
    }
    for entry in std::fs::read_dir(&graphs).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, copy.join("graphs").join(path.file_name().unwrap())).unwrap();
    }
    assert!(load_more(&copy).status.success());
    let file = std::fs::read_dir(copy.join("graphs"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .find(|name| !graphs.join(name).exists())
        .expect("the write creates a file");
    let blocker = graphs.join(&file);
    std::fs::create_dir(&blocker).unwrap();
    std::fs::write(blocker.join("x"), "x").unwrap();
    let out = load_more(&store);
    no_panic(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&*file.to_string_lossy()), "{stderr}");
    // The OS error is named once, not once per layer that wraps it.
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
    std::fs::remove_dir_all(&blocker).unwrap();
    let after = export_nquads(&store);
    assert_eq!(before, after);
}

#[test]
fn control_characters_in_file_names_are_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write_file(dir.path(), "e\u{1b}[31mmpty.txt", "");
    let out = kg()
        .arg("--store")
        .arg(dir.path().join("store"))
        .arg("build")
        .arg(&empty)
        .output()
        .unwrap();
    no_panic(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(stderr.contains("e\\u{1b}[31mmpty.txt"), "{stderr:?}");
    let out = kg()
        .arg("--store")
        .arg(dir.path().join("store"))
        .arg("load")
        .arg(write_file(dir.path(), "b\u{1b}[1min.png", "x"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(stderr.contains("b\\u{1b}[1min.png"), "{stderr:?}");
}

#[test]
fn export_to_an_unwritable_place_keeps_nothing_half_written() {
    let (dir, store, _data) = loaded_store("data.nt", ONE_TRIPLE);
    let target = dir.path().join("no-such-dir").join("out.ttl");
    kg().arg("--store")
        .arg(&store)
        .args(["export", "-o"])
        .arg(&target)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("out.ttl"));
    assert!(!target.exists());
}

#[test]
fn a_bad_ner_model_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let article = write_file(
        dir.path(),
        "a.txt",
        "The Ministry of Commerce issued new rules.",
    );
    let model = write_file(dir.path(), "ner.bin", "KGPERC01 but not whole entries");
    let out = kg()
        .args(["extract", "--ner-model"])
        .arg(&model)
        .arg(&article)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ner.bin") && err.contains("cut short"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn nested_xml_entities_in_rdf_xml_are_refused_not_expanded() {
    let dir = tempfile::tempdir().unwrap();
    let mut entities = vec![r#"<!ENTITY e0 "ha">"#.to_owned()];
    for i in 1..10 {
        entities.push(format!(
            r#"<!ENTITY e{i} "{}">"#,
            format!("&e{};", i - 1).repeat(10)
        ));
    }
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n{}\n]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n<rdf:Description rdf:about=\"http://example.org/a\"><ex:p>&e9;</ex:p></rdf:Description>\n</rdf:RDF>\n",
        entities.join("\n")
    );
    let file = write_file(dir.path(), "laughs.rdf", xml);
    let out = kg()
        .arg("--store")
        .arg(dir.path().join("store"))
        .arg("load")
        .arg(&file)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    no_panic(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("laughs.rdf: XML entities would expand"),
        "{stderr}"
    );
    assert!(holds_no_graph_file(&dir.path().join("store")));
}

/// Regression (issue 18): `kg load` read a FIFO forever and a `*.nt` link
/// to `/dev/zero` until it was killed. It reads only regular files, within
/// `--max-file-size`, and one refused file keeps the others out too.
#[cfg(unix)]
#[test]
fn load_refuses_fifos_devices_and_oversized_files_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let good = write_file(dir.path(), "good.nt", ONE_TRIPLE);
    let fifo = dir.path().join("pipe.nt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let zero = dir.path().join("zero.nt");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let load = |args: &[&std::ffi::OsStr], stdin: &[u8]| {
        let started = std::time::Instant::now();
        let out = kg()
            .arg("--store")
            .arg(&store)
            .arg("load")
            .args(args)
            .write_stdin(stdin.to_vec())
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        no_panic(&out);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for (file, said) in [
        (&fifo, "pipe.nt: not a regular file (a FIFO)"),
        (&zero, "zero.nt: not a regular file (a device)"),
    ] {
        let (code, stderr) = load(&[good.as_os_str(), file.as_os_str()], b"");
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains(said), "{said}: {stderr}");
        assert!(holds_no_graph_file(&store), "nothing half-loaded");
    }
    let (code, stderr) = load(
        &[
            "/dev/zero".as_ref(),
            "--format".as_ref(),
            "ntriples".as_ref(),
        ],
        b"",
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("/dev/zero: not a regular file (a device)"),
        "{stderr}"
    );
    let (code, stderr) = load(
        &["--max-file-size".as_ref(), "10".as_ref(), good.as_os_str()],
        b"",
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "good.nt: {} bytes is more than the size limit (10 bytes); raise it with --max-file-size",
            ONE_TRIPLE.len()
        )),
        "{stderr}"
    );
    // Standard input is bounded by the same option.
    let (code, stderr) = load(
        &["--max-file-size", "1K", "--format", "ntriples", "-"].map(std::ffi::OsStr::new),
        ONE_TRIPLE.repeat(100).as_bytes(),
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>: 1025 bytes is more than the size limit (1024 bytes)"),
        "{stderr}"
    );
    assert!(holds_no_graph_file(&store));
    let (code, stderr) = load(&[good.as_os_str()], b"");
    assert_eq!(code, Some(0), "{stderr}");
}

/// Regression (issue 18): files written with `-o` were mode 0600 whatever
/// the umask; they get 0666 less the umask, as a file made with `>` does.
#[cfg(unix)]
#[test]
fn files_written_with_output_get_the_mode_the_umask_gives() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, store, _data) = loaded_store("data.nt", ONE_TRIPLE);
    let kg_path = assert_cmd::cargo::cargo_bin("kg");
    for (umask, mode) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        for (name, command) in [("out.ttl", "export"), ("out.dot", "dot")] {
            let target = dir.path().join(format!("{umask}-{name}"));
            let status = std::process::Command::new("sh")
                .arg("-c")
                .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
                .arg(&kg_path)
                .arg("--store")
                .arg(&store)
                .args([command, "-o"])
                .arg(&target)
                .status()
                .unwrap();
            assert!(status.success());
            let found = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
            assert_eq!(found, mode, "{command} under umask {umask}: {found:o}");
        }
    }
}

/// Regression (stop 34's CI): a heading that ends the text on a title
/// ("Remarks by the Foreign Minister") left the person finder looking for a
/// name one word past the end, and the binary panicked.
#[test]
fn a_closing_heading_that_ends_on_a_title_is_read_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "Ports Agreement Signed\n\nThe Ministry of Commerce issued the Harbour Data Plan on \
                Monday. Officials welcomed it.\n\nRemarks by the Foreign Minister\n";
    let file = write_file(dir.path(), "closing.txt", text);
    let out = extract(&[&file]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("harbour-data-plan"), "{stdout}");
}
