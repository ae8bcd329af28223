//! `kg eval`: extracts the texts a gold file annotates and scores the
//! result with [`kgraph::eval`].

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context, Result};
use oxigraph::model::Triple;
use rayon::prelude::*;

use kgraph::eval::{score_document, DocumentScore, GoldDocument, GoldFile, Report};
use kgraph::text::{Document, Input, ReadOptions};

use super::args::{EvalArgs, EvalFormat, GlobalArgs};
use super::extract_cmds::Pipeline;
use super::{bad_input, note, stdout};

/// Missing texts named in one error before "and N more".
const MISSING_SHOWN: usize = 10;

/// `kg eval GOLD.json TEXTDIR`: the reference scorer's figures for kg's own
/// extraction, without leaving the product.
pub fn eval(global: &GlobalArgs, args: &EvalArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.gold)
        .map_err(|e| bad_input(anyhow!("{}: {e}", args.gold.display())))?;
    let gold = GoldFile::from_json(&bytes)
        .with_context(|| args.gold.display().to_string())
        .map_err(bad_input)?;
    if !args.texts.is_dir() {
        return Err(bad_input(anyhow!(
            "{}: not a folder of texts",
            args.texts.display()
        )));
    }
    let paths = text_paths(&gold, &args.texts)?;
    let pipeline = Pipeline::from_args(global, &args.options)?;
    let read_options = args.input_options.read_options();
    let mut documents = Vec::with_capacity(paths.len());
    for path in &paths {
        documents.push(read_one(global, &pipeline, path, &read_options)?);
    }
    let extractor = pipeline.extractor();
    let scores: Vec<DocumentScore> = gold
        .docs
        .par_iter()
        .zip(documents.par_iter())
        .map(|((id, annotation), document)| {
            let triples: Vec<Triple> = pipeline
                .emitter
                .quads(&extractor.extract(document))
                .into_iter()
                .map(Triple::from)
                .collect();
            score_document(id, annotation, &triples, &gold.relations)
        })
        .collect();
    let report = Report::new(scores);
    let mut out = stdout();
    match args.format {
        EvalFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        EvalFormat::Table => write_table(&mut out, &gold, &report)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The text file of every gold document; all missing ones are named in one
/// error before anything is extracted.
fn text_paths(gold: &GoldFile, texts: &Path) -> Result<Vec<PathBuf>> {
    let paths: Vec<PathBuf> = gold.docs.iter().map(|(_, d)| texts.join(&d.file)).collect();
    let missing: Vec<String> = gold
        .docs
        .iter()
        .zip(&paths)
        .filter(|(_, path)| !path.is_file())
        .map(|((id, _), path)| format!("{id} ({})", path.display()))
        .collect();
    if missing.is_empty() {
        return Ok(paths);
    }
    let mut listed = missing[..missing.len().min(MISSING_SHOWN)].join(", ");
    if missing.len() > MISSING_SHOWN {
        listed.push_str(&format!(" and {} more", missing.len() - MISSING_SHOWN));
    }
    Err(bad_input(anyhow!(
        "{} of {} gold documents have no text file in {}: {listed}",
        missing.len(),
        gold.docs.len(),
        texts.display()
    )))
}

/// Reads one text as `kg extract` would; a file the reader skips (too
/// large, not text) is an error here, since its facts would all count as
/// missed.
fn read_one(
    global: &GlobalArgs,
    pipeline: &Pipeline,
    path: &Path,
    options: &ReadOptions,
) -> Result<Document> {
    let mut skipped = None;
    for item in pipeline.read_inputs(&[path.to_path_buf()], options) {
        match item.map_err(bad_input)? {
            Input::Document(document) => return Ok(document),
            Input::Warning(warning) => {
                let warning = super::input_warning(&warning);
                note(global, format_args!("kg: warning: {warning}"));
                skipped = Some(warning);
            }
        }
    }
    Err(bad_input(anyhow!(
        "{}: {}",
        path.display(),
        skipped.unwrap_or_else(|| "no text to score".to_string())
    )))
}

fn write_table(out: &mut impl Write, gold: &GoldFile, report: &Report) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<16} {:>5} {:>6} {:>7} {:>10} {:>6} {:>10} {:>6}",
        "relation", "must", "found", "recall", "extracted", "wrong", "precision", "F1"
    )?;
    let rows = report
        .by_relation
        .iter()
        .map(|(kind, counts)| (kind.as_str(), counts))
        .chain([("all", &report.overall)]);
    for (kind, c) in rows {
        writeln!(
            out,
            "{:<16} {:>5} {:>6} {:>7.2} {:>10} {:>6} {:>10.2} {:>6.2}",
            kind,
            c.must,
            c.found,
            c.recall(),
            c.extracted,
            c.wrong,
            c.precision(),
            c.f1()
        )?;
    }
    writeln!(
        out,
        "\nprecision {:.2} recall {:.2} F1 {:.2} entity-recall {:.2} typed {:.2}\n",
        report.precision, report.recall, report.f1, report.entity_recall, report.entity_typed
    )?;
    writeln!(
        out,
        "{:<12} {:>5} {:>6} {:>10} {:>6} {:>9} {:>6}",
        "document", "must", "found", "extracted", "wrong", "entities", "typed"
    )?;
    for doc in &report.documents {
        writeln!(
            out,
            "{:<12} {:>5} {:>6} {:>10} {:>6} {:>9} {:>6}",
            doc.id,
            doc.must,
            doc.found,
            doc.extracted,
            doc.wrong,
            format!("{}/{}", doc.entities_found, doc.entities),
            doc.entities_typed
        )?;
    }
    let annotations = |id: &str| -> Option<&GoldDocument> {
        gold.docs.iter().find(|(d, _)| d == id).map(|(_, a)| a)
    };
    let missed: usize = report.documents.iter().map(|d| d.missed.len()).sum();
    let unnamed: usize = report
        .documents
        .iter()
        .map(|d| d.entities_missed.len())
        .sum();
    writeln!(out, "\nmissed ({missed} facts, {unnamed} entities):")?;
    for doc in &report.documents {
        let Some(annotation) = annotations(&doc.id) else {
            continue;
        };
        for fact in &doc.missed {
            writeln!(
                out,
                "  {}  {} {} {}",
                doc.id,
                annotation.describe(&fact.0),
                fact.1,
                annotation.describe(&fact.2)
            )?;
        }
        for key in &doc.entities_missed {
            writeln!(out, "  {}  entity {}", doc.id, annotation.describe(key))?;
        }
    }
    let wrong: usize = report.documents.iter().map(|d| d.wrong_facts.len()).sum();
    writeln!(out, "\nwrong ({wrong} facts):")?;
    for doc in &report.documents {
        for fact in &doc.wrong_facts {
            writeln!(
                out,
                "  {}  \"{}\" {} \"{}\"",
                doc.id, fact.subject, fact.relation, fact.object
            )?;
        }
    }
    Ok(())
}
