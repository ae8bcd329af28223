//! Builds articles into a persistent store, incrementally: a text already
//! in the store is skipped, an edited one replaces its graph. Run it twice
//! on the same folder and the second run writes nothing.
//!
//! ```text
//! cargo run --release --example build_store -- my.store examples/articles
//! cargo run --release --example query_store -- my.store "SELECT (COUNT(*) AS ?facts) WHERE { ?s ?p ?o }"
//! ```

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use kgraph::build::{BuildProgress, Builder, Outcome};
use kgraph::ontology::Ontology;
use kgraph::store::{Access, Store};
use kgraph::text::load::LoadWarning;

/// Prints what a build skipped or read lossily; a command line would also
/// draw a bar from `documents_done`.
struct PrintWarnings;

impl BuildProgress for PrintWarnings {
    fn warning(&mut self, warning: &LoadWarning) {
        eprintln!("{}: {}", warning.path.display(), warning.message);
    }
}

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let mut args = std::env::args_os().skip(1);
    let (Some(store_dir), inputs) = (args.next(), args.map(PathBuf::from).collect::<Vec<_>>())
    else {
        eprintln!("usage: build_store STORE_DIR FILE|DIR...");
        return Ok(ExitCode::from(2));
    };
    if inputs.is_empty() {
        eprintln!("usage: build_store STORE_DIR FILE|DIR...");
        return Ok(ExitCode::from(2));
    }
    let ontology = Ontology::builtin()?;
    let builder = Builder::new(&ontology);
    // A writer: fails at once if another process is writing this store.
    let mut store = Store::open(&store_dir, Access::Write { wait: false })?;
    let report = builder.build_inputs(&mut store, &inputs, &mut PrintWarnings)?;
    for document in &report.outcomes {
        let what = match &document.outcome {
            Outcome::Built => "built",
            Outcome::Replaced(_) => "replaced an older text",
            Outcome::Unchanged => "unchanged",
            _ => "done",
        };
        println!(
            "{}: {what} ({} statements)",
            document.source, document.statements
        );
    }
    println!(
        "{} documents: {} built, {} unchanged, {} graphs replaced",
        report.documents, report.built, report.unchanged, report.replaced
    );
    Ok(ExitCode::SUCCESS)
}
