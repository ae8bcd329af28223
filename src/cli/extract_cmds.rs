//! Commands that read articles: `kg extract` (print RDF) and `kg build`
//! (store one named graph per document).

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use rayon::prelude::*;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{write_quads, Provenance, RdfEmitter};
use kgraph::text::{load_inputs, Document};

use super::args::*;
use super::{bad_input, note, stdout};

/// Documents extracted per parallel batch: bounds memory while keeping all cores busy.
const BATCH: usize = 64;

/// What every extracting command needs, built once from the arguments.
struct Pipeline {
    ontology: Ontology,
    emitter: RdfEmitter,
}

impl Pipeline {
    fn from_args(options: &ExtractionOptions) -> Result<Self> {
        if let Some(jobs) = options.jobs {
            // Only fails when a global pool exists already, which is harmless.
            let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.max(1)).build_global();
        }
        let ontology = Ontology::with_extra(&options.ontology).map_err(bad_input)?;
        let provenance = match options.provenance {
            ProvenanceArg::Full => Provenance::Full,
            ProvenanceArg::None => Provenance::None,
        };
        let emitter = RdfEmitter::new(&options.base).map_err(bad_input)?.with_provenance(provenance);
        Ok(Pipeline { ontology, emitter })
    }
}

fn load_documents(global: &GlobalArgs, inputs: &[std::path::PathBuf]) -> Result<Vec<Document>> {
    let loaded = load_inputs(inputs).map_err(bad_input)?;
    for warning in &loaded.warnings {
        note(global, format_args!("kg: warning: {warning}"));
    }
    Ok(loaded.documents)
}

/// `kg extract`: prints the RDF of every input document.
pub fn extract(global: &GlobalArgs, args: &ExtractArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::from_args(&args.options)?;
    let documents = load_documents(global, &args.inputs)?;
    let extractor = Extractor::new(&pipeline.ontology);
    let format = match args.format {
        ExtractFormat::Turtle => RdfFormat::Turtle,
        ExtractFormat::Ntriples => RdfFormat::NTriples,
        ExtractFormat::Nquads => RdfFormat::NQuads,
        ExtractFormat::Trig => RdfFormat::TriG,
        ExtractFormat::Jsonld => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
    };
    let mut out = stdout();
    if matches!(format, RdfFormat::JsonLd { .. }) {
        // JSON-LD is one JSON document: serialise everything at once.
        let quads: Vec<Quad> = documents
            .par_iter()
            .map(|d| pipeline.emitter.quads(&extractor.extract(d)))
            .collect::<Vec<_>>()
            .concat();
        write_quads(&quads, format, &mut out)?;
    } else {
        for batch in documents.chunks(BATCH) {
            let results: Vec<Vec<Quad>> = batch.par_iter().map(|d| pipeline.emitter.quads(&extractor.extract(d))).collect();
            for quads in results {
                write_quads(&quads, format, &mut out)?;
            }
        }
    }
    out.flush()?;
    if documents.is_empty() {
        anyhow::bail!("no documents to extract (every input was empty or skipped)");
    }
    Ok(ExitCode::SUCCESS)
}

/// `kg build`: waits for the store.
pub fn build(_global: &GlobalArgs, _args: &BuildArgs) -> Result<ExitCode> {
    anyhow::bail!("not yet implemented")
}
