//! `kg push` into another kg's `kg serve --writable`: credentials from the
//! environment, a refused push that says why, and the copy equal to the
//! original. Needs no external server, so it runs everywhere.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};

use assert_cmd::Command;

use crate::common::{kg, stdout_of};

/// A running `kg serve`, stopped when dropped.
struct Served {
    child: Child,
    base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve_writable(store: &Path, token: &str) -> Served {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("kg"))
        .arg("--store")
        .arg(store)
        .args([
            "serve",
            "--writable",
            "--bind",
            &format!("127.0.0.1:{port}"),
        ])
        .env("KG_SERVE_TOKEN", token)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let base = crate::common::wait_until_serving(&mut child, port);
    Served { child, base }
}

fn push(source: &Path, served: &Served, secret: Option<&str>) -> std::process::Output {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.arg("--store").arg(source).args([
        "push",
        &format!("{}/update", served.base),
        "--graph-store",
        &format!("{}/store", served.base),
        // Two writes at once: kg serve answers one with 503 (its writer
        // lock is taken), which the retry gets past.
        "--jobs",
        "2",
    ]);
    cmd.env_remove("KG_TEST_PUSH_SECRET");
    if let Some(secret) = secret {
        cmd.args(["--auth-env", "KG_TEST_PUSH_SECRET"])
            .env("KG_TEST_PUSH_SECRET", secret);
    }
    cmd.output().unwrap()
}

#[test]
fn a_push_into_kg_serve_needs_the_token_and_copies_every_graph() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("source.store");
    let copy = work.path().join("copy.store");
    let data = work.path().join("data.nq");
    std::fs::write(
        &data,
        "<http://e.example/a> <http://e.example/p> \"one\" <http://e.example/g1> .\n\
         <http://e.example/b> <http://e.example/p> \"two\" <http://e.example/g2> .\n\
         <http://e.example/c> <http://e.example/p> \"three\" <http://e.example/g2> .\n",
    )
    .unwrap();
    kg(&source).arg("load").arg(&data).assert().success();
    // The copy starts as a store with one unrelated graph.
    let other = work.path().join("other.nq");
    std::fs::write(
        &other,
        "<http://e.example/x> <http://e.example/p> \"mine\" <http://e.example/other> .\n",
    )
    .unwrap();
    kg(&copy).arg("load").arg(&other).assert().success();
    let served = serve_writable(&copy, "s3cret-token");

    let refused = push(&source, &served, None);
    assert_eq!(refused.status.code(), Some(1));
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("401"), "{message}");
    assert!(message.contains("push stopped after 0 graphs"), "{message}");

    let wrong = push(&source, &served, Some("not-the-token"));
    assert!(!wrong.status.success());

    let accepted = push(&source, &served, Some("s3cret-token"));
    let message = String::from_utf8_lossy(&accepted.stderr);
    assert!(accepted.status.success(), "{message}");
    assert!(
        message.contains("pushed 2 graphs (3 triples), 0 unchanged, 0 deleted"),
        "{message}"
    );
    drop(served);

    let graphs = stdout_of(kg(&copy).args([
        "query",
        "--format",
        "csv",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"http://e.example/\")) } GROUP BY ?g ORDER BY ?g",
    ]));
    assert_eq!(
        graphs.replace("\r\n", "\n"),
        "g,n\nhttp://e.example/g1,1\nhttp://e.example/g2,2\nhttp://e.example/other,1\n"
    );
}
