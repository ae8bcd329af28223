//! Helpers shared by the integration tests that drive the `kg` binary.

use std::path::Path;

/// The repository's root, where `examples/` and `../shared` are found.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the kg crate sits inside the repository")
}

use assert_cmd::Command;

/// `kg --store STORE --quiet`, ready for a subcommand.
pub fn kg(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kg").unwrap();
    cmd.arg("--store").arg(store).arg("--quiet");
    cmd
}

/// Runs the command, asserts it succeeded and returns its standard output.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a SPARQL query on the store and returns its CSV results.
pub fn query_csv(store: &Path, sparql: &str) -> String {
    stdout_of(kg(store).args(["query", "--format", "csv", sparql]))
}
