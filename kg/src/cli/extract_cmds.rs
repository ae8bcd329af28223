//! Commands that read articles: `kg extract` (print RDF) and `kg build`
//! (store one named graph per document).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use rayon::prelude::*;

use kgraph::build::{BuildError, BuildProgress, Builder};
use kgraph::extract::{Extraction, Extractor};
use kgraph::ontology::Ontology;
use kgraph::parse::ner::NerModel;
use kgraph::rdf::{write_quads, Provenance, QuadWriter, RdfEmitter};
use kgraph::text::{read_inputs_with, Document, Input, Inputs, ReadOptions, TextVocabulary};

use super::args::*;
use super::store_cmds::open_writer;
use super::{bad_input, note, stdout};

/// Documents extracted per parallel batch, as `kg build` does.
const BATCH: usize = kgraph::build::BATCH;
/// The first size of a document's line buffer, in bytes of N-Triples per
/// byte of text: with full provenance a news release gives 13–83 (median
/// 39 on the dev texts), so a buffer sized for the median is grown and
/// copied for half of them. Capacity never written is never touched.
const LINE_BYTES_PER_TEXT_BYTE: usize = 64;

/// What every extracting command needs, built once from the arguments.
pub(super) struct Pipeline {
    ontology: Ontology,
    /// A model given with `--ner-model`; the extractor has the bundled one.
    ner_model: Option<NerModel>,
    pub(super) emitter: RdfEmitter,
    /// The text vocabulary of an ontology with user files (`--ontology`);
    /// `None` keeps the built-in one.
    text_vocabulary: Option<Arc<TextVocabulary>>,
}

impl Pipeline {
    pub(super) fn from_args(global: &GlobalArgs, options: &ExtractionOptions) -> Result<Self> {
        if let Some(jobs) = options.jobs {
            // Only fails when a global pool exists already, which is harmless.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(jobs.max(1))
                .build_global();
        }
        let ontology = super::load_ontology(global, &options.ontology)?;
        let provenance = match options.provenance {
            ProvenanceArg::Full => Provenance::Full,
            ProvenanceArg::None => Provenance::None,
        };
        let emitter = RdfEmitter::new(&options.base)
            .map_err(bad_input)?
            .with_provenance(provenance);
        let ner_model = match &options.ner_model {
            None => None,
            Some(path) => {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("cannot read {}", path.display()))
                    .map_err(bad_input)?;
                let model = NerModel::from_bytes(&bytes)
                    .with_context(|| format!("{}", path.display()))
                    .map_err(bad_input)?;
                Some(model)
            }
        };
        // User files may add abbreviations, sentence starters, byline cues
        // and agencies: reading and sentence splitting must see them.
        let text_vocabulary = (!options.ontology.is_empty())
            .then(|| Arc::new(TextVocabulary::from_ontology(&ontology)));
        Ok(Pipeline {
            ontology,
            ner_model,
            emitter,
            text_vocabulary,
        })
    }

    /// A builder extracting as [`Pipeline::extractor`] does.
    pub(super) fn builder(&self) -> Builder<'_> {
        let mut builder = Builder::new(&self.ontology).with_emitter(self.emitter.clone());
        if let Some(model) = &self.ner_model {
            builder = builder.with_ner_model(model.clone());
        }
        if let Some(vocabulary) = &self.text_vocabulary {
            builder = builder.with_text_vocabulary(Arc::clone(vocabulary));
        }
        builder
    }

    pub(super) fn extractor(&self) -> Extractor<'_> {
        let mut extractor = Extractor::new(&self.ontology);
        if let Some(model) = &self.ner_model {
            extractor = extractor.with_ner_model(model.clone());
        }
        if let Some(vocabulary) = &self.text_vocabulary {
            extractor = extractor.with_text_vocabulary(Arc::clone(vocabulary));
        }
        extractor
    }

    /// Reads the inputs with the text vocabulary in use.
    pub(super) fn read_inputs(&self, inputs: &[PathBuf], options: &ReadOptions) -> Inputs {
        let reader = read_inputs_with(inputs, options);
        match &self.text_vocabulary {
            Some(vocabulary) => reader.with_vocabulary(Arc::clone(vocabulary)),
            None => reader,
        }
    }
}

/// Fails unless every path named on the command line exists: checked
/// before anything is written, so a typo leaves no output and no store.
fn check_inputs_exist(inputs: &[std::path::PathBuf]) -> Result<()> {
    kgraph::build::check_inputs_exist(inputs).map_err(bad_input)
}

/// Reads the inputs lazily and hands them over in batches of [`BATCH`]
/// documents, printing warnings as they come: memory holds one batch, not
/// the corpus. Returns the number of documents.
fn for_each_batch(
    global: &GlobalArgs,
    pipeline: &Pipeline,
    inputs: &[PathBuf],
    read_options: &ReadOptions,
    mut handle: impl FnMut(Vec<Document>) -> Result<()>,
) -> Result<usize> {
    let mut batch = Vec::with_capacity(BATCH);
    let mut documents = 0;
    for item in pipeline.read_inputs(inputs, read_options) {
        match item.map_err(bad_input)? {
            Input::Warning(warning) => note(
                global,
                format_args!("kg: warning: {}", super::input_warning(&warning)),
            ),
            Input::Document(document) => {
                documents += 1;
                batch.push(document);
                if batch.len() == BATCH {
                    handle(std::mem::take(&mut batch))?;
                }
            }
        }
    }
    if !batch.is_empty() {
        handle(batch)?;
    }
    Ok(documents)
}

/// A document's statements made on a worker thread, or (for a long
/// document) its extraction, whose statements are written one at a time.
enum Emitted {
    Quads(Vec<Quad>),
    /// N-Triples or N-Quads lines, written on the worker thread.
    Lines(std::io::Result<Vec<u8>>),
    Long(Box<Extraction>),
}

/// `kg extract`: prints the RDF of every input document.
pub fn extract(global: &GlobalArgs, args: &ExtractArgs) -> Result<ExitCode> {
    check_inputs_exist(&args.inputs)?;
    let pipeline = Pipeline::from_args(global, &args.options)?;
    let extractor = pipeline.extractor();
    let format = match args.format {
        // One line per statement, each naming its graph: shards concatenate.
        _ if args.shard.is_some() => RdfFormat::NQuads,
        ExtractFormat::Turtle => RdfFormat::Turtle,
        ExtractFormat::Ntriples => RdfFormat::NTriples,
        ExtractFormat::Nquads => RdfFormat::NQuads,
        ExtractFormat::Trig => RdfFormat::TriG,
        ExtractFormat::Jsonld => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
    };
    let mut out = stdout();
    // JSON-LD is one JSON document: it is written once, at the end.
    let one_document = matches!(format, RdfFormat::JsonLd { .. });
    // Line formats are written straight from the extraction, without
    // making a term of any statement.
    let lines = matches!(format, RdfFormat::NTriples | RdfFormat::NQuads);
    let write_lines = |extraction: &Extraction, out: &mut dyn Write| {
        let emitter = &pipeline.emitter;
        let graph = emitter.document_iri(&extraction.document_id);
        if matches!(format, RdfFormat::NQuads) {
            emitter.write_nquads(extraction, &graph, out)
        } else {
            emitter.write_ntriples(extraction, &graph, out)
        }
    };
    let mut held: Vec<Quad> = Vec::new();
    let documents = for_each_batch(
        global,
        &pipeline,
        &args.inputs,
        &args.input_options.read_options(),
        |mut batch| {
            if let Some(shard) = &args.shard {
                batch.retain(|d| shard.contains(&d.source));
            }
            // A long document's statements are written as they are made
            // (one at a time, in order): held whole they would take many
            // times the memory of its text. Others are made in parallel.
            let results: Vec<Emitted> = batch
                .par_iter()
                .map(|d| {
                    let extraction = extractor.extract(d);
                    if d.text.len() > extractor.section_bytes() && !one_document {
                        Emitted::Long(Box::new(extraction))
                    } else if lines {
                        // Sized for the usual output at once: grown from
                        // empty, the buffer is copied a dozen times.
                        let mut text = Vec::with_capacity(
                            d.text.len().saturating_mul(LINE_BYTES_PER_TEXT_BYTE),
                        );
                        Emitted::Lines(write_lines(&extraction, &mut text).map(|()| text))
                    } else {
                        Emitted::Quads(pipeline.emitter.quads(&extraction))
                    }
                })
                .collect();
            for result in results {
                match result {
                    Emitted::Quads(quads) if one_document => held.extend(quads),
                    Emitted::Quads(quads) => {
                        write_quads(&quads, format, &mut out)?;
                    }
                    Emitted::Lines(text) => out.write_all(&text?)?,
                    Emitted::Long(extraction) if lines => write_lines(&extraction, &mut out)?,
                    Emitted::Long(extraction) => {
                        let emitter = &pipeline.emitter;
                        let graph = emitter.document_iri(&extraction.document_id);
                        let mut writer = QuadWriter::new(format, &mut out)?;
                        emitter.for_each_quad(&extraction, &graph, |quad| writer.write(&quad))?;
                        writer.finish()?;
                    }
                }
            }
            Ok(())
        },
    )?;
    if one_document {
        write_quads(&held, format, &mut out)?;
    }
    out.flush()?;
    if documents == 0 {
        anyhow::bail!("no documents to extract (every input was empty or skipped)");
    }
    Ok(ExitCode::SUCCESS)
}

/// `kg parse`: the sentences, syntax and mentions of each document, as
/// CoNLL-U or JSON lines, in input order.
pub fn parse(global: &GlobalArgs, args: &ParseArgs) -> Result<ExitCode> {
    check_inputs_exist(&args.inputs)?;
    let pipeline = Pipeline::from_args(global, &args.options)?;
    let extractor = pipeline.extractor();
    let mut out = stdout();
    let read_options = args.input_options.read_options();
    let documents = for_each_batch(global, &pipeline, &args.inputs, &read_options, |batch| {
        let analyses: Vec<_> = batch.par_iter().map(|d| extractor.analyse(d)).collect();
        let mut text = String::new();
        for analysis in &analyses {
            text.clear();
            match args.format {
                ParseFormat::Conllu => {
                    text.push_str("# newdoc id = ");
                    text.push_str(&analysis.source.replace(['\n', '\r'], " "));
                    text.push('\n');
                    for (i, sentence) in analysis.sentences.iter().enumerate() {
                        sentence.to_conllu(&format!("{}-{}", analysis.source, i + 1), &mut text);
                    }
                }
                ParseFormat::Json => {
                    text.push_str(&analysis_json(analysis).to_string());
                    text.push('\n');
                }
            }
            out.write_all(text.as_bytes())?;
        }
        Ok(())
    })?;
    out.flush()?;
    if documents == 0 {
        anyhow::bail!("no documents to parse (every input was empty or skipped)");
    }
    Ok(ExitCode::SUCCESS)
}

/// One document's analysis as a JSON object (ids and heads 1-based, as in CoNLL-U).
fn analysis_json(analysis: &kgraph::extract::analysis::DocumentAnalysis) -> serde_json::Value {
    let sentences: Vec<serde_json::Value> = analysis
        .sentences
        .iter()
        .map(|s| {
            let tokens: Vec<serde_json::Value> = s
                .tokens
                .iter()
                .zip(&s.token_chars)
                .map(|(t, chars)| {
                    serde_json::json!({
                        "id": t.id,
                        "form": t.form,
                        "lemma": t.lemma,
                        "upos": t.upos,
                        "xpos": t.xpos,
                        "head": t.head,
                        "deprel": t.deprel,
                        "start": chars.start,
                        "end": chars.end,
                    })
                })
                .collect();
            let entities: Vec<serde_json::Value> = s
                .entities
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "first": e.tokens.start + 1,
                        "last": e.tokens.end,
                        "class": e.class,
                        "label": e.label,
                    })
                })
                .collect();
            serde_json::json!({
                "text": s.text,
                "start": s.chars.start,
                "end": s.chars.end,
                "tokens": tokens,
                "entities": entities,
                "tagger": s.tagger.as_str(),
            })
        })
        .collect();
    serde_json::json!({ "source": analysis.source, "sentences": sentences })
}

/// `kg build`: one named graph per document, skipping documents already
/// stored and replacing those whose source has a new text (see
/// [`kgraph::build`]).
pub fn build(global: &GlobalArgs, args: &BuildArgs) -> Result<ExitCode> {
    check_inputs_exist(&args.inputs)?;
    let pipeline = Pipeline::from_args(global, &args.options)?;
    let builder = pipeline
        .builder()
        .with_read_options(args.input_options.read_options());
    let mut store = open_writer(global)?;
    // Nothing here queries the graphs once written: a long document's
    // graph goes to its file without being held whole.
    store.hold_written(false);

    let terminal = !global.quiet && std::io::stderr().is_terminal();
    let bar = if terminal {
        ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {pos} documents  {msg}  {elapsed}  {per_sec}")
                .expect("the template is valid"),
        )
    } else {
        ProgressBar::hidden()
    };
    let mut progress = BuildBar {
        global,
        bar,
        terminal,
        tenths_told: Default::default(),
    };
    let report = builder
        .build_inputs(&mut store, &args.inputs, &mut progress)
        .map_err(build_error)?;
    progress.bar.finish_and_clear();
    // What this build wrote (0 for an unchanged document), not the
    // store's total, which holds loaded data and earlier builds too.
    let extracted: usize = report.outcomes.iter().map(|o| o.statements).sum();
    note(
        global,
        format_args!(
            "built {} document(s) ({} unchanged, {} replaced): {extracted} statement(s) from the articles in {}",
            report.built,
            report.unchanged,
            report.replaced,
            global.store.display()
        ),
    );
    if report.documents == 0 {
        anyhow::bail!("no documents to build (every input was empty or skipped)");
    }
    Ok(ExitCode::SUCCESS)
}

/// A build's progress on the terminal: a spinner counting documents, the
/// sections read of a long document, and the warnings of reading. Off a
/// terminal (a log, a batch job) a long document's progress is a line at
/// every tenth of its sections instead.
struct BuildBar<'g> {
    global: &'g GlobalArgs,
    bar: ProgressBar,
    terminal: bool,
    /// Off a terminal: the tenths told so far of each long document being
    /// read (documents of a batch are read in parallel).
    tenths_told: std::collections::HashMap<String, usize>,
}

impl BuildProgress for BuildBar<'_> {
    fn warning(&mut self, warning: &kgraph::text::LoadWarning) {
        note(
            self.global,
            format_args!("kg: warning: {}", super::input_warning(warning)),
        );
    }

    fn documents_done(&mut self, count: usize) {
        self.bar.inc(count as u64);
        self.bar.set_message("");
    }

    fn sections_done(&mut self, source: &str, done: kgraph::extract::SectionsDone) {
        // An article is one section: only a long document has a progress
        // of its own.
        if done.total <= 1 {
            return;
        }
        if self.terminal {
            self.bar
                .set_message(format!("{source}: {}/{} sections", done.done, done.total));
            return;
        }
        let tenths = done.done * 10 / done.total;
        let told = self.tenths_told.entry(source.to_owned()).or_insert(0);
        let first = done.done == 1;
        let news = tenths > *told;
        *told = tenths;
        if done.done == done.total {
            self.tenths_told.remove(source);
        }
        if first || news {
            note(
                self.global,
                format_args!("kg: {source}: {}/{} sections read", done.done, done.total),
            );
        }
    }
}

/// What the user can fix (a missing input, an unreadable file, a bad
/// ontology file) is bad input; a failing store is not.
fn build_error(e: BuildError) -> anyhow::Error {
    match e {
        BuildError::Store(store) => store.into(),
        other => bad_input(other),
    }
}
