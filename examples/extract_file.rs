//! Extracts the facts of one or more articles and prints them as TriG:
//! one named graph per document, with the evidence of every fact.
//!
//! ```text
//! cargo run --release --example extract_file -- examples/articles/green_white_paper.txt
//! ```

use std::error::Error;
use std::io::{stdout, BufWriter};
use std::path::PathBuf;
use std::process::ExitCode;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{write_quads, RdfEmitter};
use kgraph::text::load::{read_inputs, Input};
use oxigraph::io::RdfFormat;

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: extract_file FILE|DIR...");
        return Ok(ExitCode::from(2));
    }
    let ontology = Ontology::builtin()?;
    let extractor = Extractor::new(&ontology);
    let emitter = RdfEmitter::new("https://example.org/kg/")?;
    let mut quads = Vec::new();
    for input in read_inputs(&paths) {
        match input? {
            Input::Document(article) => quads.extend(emitter.quads(&extractor.extract(&article))),
            Input::Warning(warning) => eprintln!("{}: {}", warning.path.display(), warning.message),
        }
    }
    write_quads(&quads, RdfFormat::TriG, BufWriter::new(stdout().lock()))?;
    Ok(ExitCode::SUCCESS)
}
