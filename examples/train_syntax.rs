//! Trains the part-of-speech tagger (`models/tagger.bin`), the dependency
//! parser (`models/parser.bin`) and the lemmatiser (`models/lemmas.bin`) from
//! the UD English Web Treebank and GUM, and reports their accuracy.
//!
//! ```text
//! cargo run --release --example train_syntax -- \
//!     ../shared/corpus/ud-english-ewt ../shared/corpus/gum --out models/
//! cargo run --release --example train_syntax -- \
//!     ../shared/corpus/ud-english-ewt ../shared/corpus/gum --eval models/
//! cargo run --release --example train_syntax -- \
//!     ../shared/corpus/ud-english-ewt ../shared/corpus/gum --bench models/
//! ```
//!
//! Training data: EWT train and every GUM document that `splits.md` puts in
//! neither dev nor test. The number of epochs is chosen on EWT dev (the best
//! of at most `--epochs`). Shuffles use a fixed seed and nothing that reaches
//! the model bytes depends on hash-map order, so the same data gives the same
//! files byte for byte. `--eval DIR` scores the models in DIR on EWT dev, EWT
//! test and GUM test; `--bench DIR` measures tokens per second.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use kgraph::parse::conllu::{self, Sentence};
use kgraph::parse::tagger::{TagScratch, TaggedSentence, Tagger, TaggerTrainer};

/// At most this many passes over the training data for each model.
const MAX_EPOCHS: usize = 8;

/// Averaged weights at most this large are dropped from the bundled models.
const TAGGER_PRUNE: f32 = 0.01;

struct Args {
    ewt: PathBuf,
    gum: PathBuf,
    out: Option<PathBuf>,
    eval: Option<PathBuf>,
    bench: Option<PathBuf>,
    epochs: usize,
    /// Train on only the first N training sentences (quick experiments).
    limit: Option<usize>,
}

fn parse_args() -> Result<Args> {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let (mut out, mut eval, mut bench, mut limit) = (None, None, None, None);
    let mut epochs = MAX_EPOCHS;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => {
                out = Some(PathBuf::from(
                    args.next().context("--out needs a directory")?,
                ))
            }
            "--eval" => {
                eval = Some(PathBuf::from(
                    args.next().context("--eval needs a directory")?,
                ))
            }
            "--bench" => {
                bench = Some(PathBuf::from(
                    args.next().context("--bench needs a directory")?,
                ))
            }
            "--epochs" => epochs = args.next().context("--epochs needs a number")?.parse()?,
            "--limit" => limit = Some(args.next().context("--limit needs a number")?.parse()?),
            _ if arg.starts_with("--") => bail!("unknown option {arg}"),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let usage = "usage: train_syntax EWT_DIR GUM_DIR (--out DIR | --eval DIR | --bench DIR) [--epochs N] [--limit N]";
    if positional.len() != 2 || (out.is_none() && eval.is_none() && bench.is_none()) {
        bail!(usage);
    }
    let gum = positional.pop().expect("two positional arguments");
    let ewt = positional.pop().expect("two positional arguments");
    Ok(Args {
        ewt,
        gum,
        out,
        eval,
        bench,
        epochs,
        limit,
    })
}

/// The corpora, split.
struct Corpora {
    train: Vec<Sentence>,
    ewt_dev: Vec<Sentence>,
    ewt_test: Vec<Sentence>,
    gum_test: Vec<Sentence>,
}

/// Document names listed under `## {section}` in GUM's splits.md.
fn gum_split(splits: &str, section: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in splits.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            inside = title.trim() == section;
        } else if inside {
            if let Some(name) = line.trim().strip_prefix("* ") {
                names.push(name.trim().to_string());
            }
        }
    }
    names
}

fn load(args: &Args) -> Result<Corpora> {
    let read = |p: PathBuf| conllu::read(&p).map_err(anyhow::Error::from);
    let mut train = read(args.ewt.join("en_ewt-ud-train.conllu"))?;
    let ewt_dev = read(args.ewt.join("en_ewt-ud-dev.conllu"))?;
    let ewt_test = read(args.ewt.join("en_ewt-ud-test.conllu"))?;
    let splits_path = args.gum.join("splits.md");
    let splits = std::fs::read_to_string(&splits_path)
        .with_context(|| format!("{}", splits_path.display()))?;
    let held_out: Vec<String> = gum_split(&splits, "dev")
        .into_iter()
        .chain(gum_split(&splits, "test"))
        .collect();
    let test = gum_split(&splits, "test");
    if test.is_empty() {
        bail!("{}: no documents under \"## test\"", splits_path.display());
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.gum)
        .with_context(|| format!("{}", args.gum.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let mut gum_test = Vec::new();
    for file in files {
        let name = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if test.contains(&name) {
            gum_test.extend(read(file)?);
        } else if !held_out.contains(&name) {
            train.extend(read(file)?);
        }
    }
    if let Some(limit) = args.limit {
        train.truncate(limit);
    }
    Ok(Corpora {
        train,
        ewt_dev,
        ewt_test,
        gum_test,
    })
}

/// A fixed-seed permutation of `0..n` for epoch `epoch` (xorshift, Fisher–Yates).
fn shuffled(n: usize, epoch: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = 0x2545_f491_4f6c_dd1d_u64 ^ ((epoch as u64 + 1) * 0x9e37_79b9_7f4a_7c15);
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}

fn tagged(sentences: &[Sentence]) -> Vec<TaggedSentence<'_>> {
    sentences
        .iter()
        .map(|s| TaggedSentence {
            words: s.tokens.iter().map(|t| t.form.as_str()).collect(),
            tags: s
                .tokens
                .iter()
                .map(|t| (t.upos.as_str(), t.xpos.as_str()))
                .collect(),
        })
        .collect()
}

/// Share of words whose UPOS (and XPOS) the tagger gets right.
fn tag_accuracy(tagger: &Tagger, sentences: &[Sentence]) -> (f64, f64) {
    let (mut upos, mut xpos, mut total) = (0usize, 0usize, 0usize);
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    for s in sentences {
        let words: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        tagger.tag(&words, &mut scratch, &mut out);
        for (t, &id) in s.tokens.iter().zip(&out) {
            let (u, x) = tagger.tag_name(id);
            upos += usize::from(u == t.upos);
            xpos += usize::from(x == t.xpos);
            total += 1;
        }
    }
    (
        upos as f64 / total.max(1) as f64,
        xpos as f64 / total.max(1) as f64,
    )
}

fn train_tagger(corpora: &Corpora, epochs: usize) -> Tagger {
    let data = tagged(&corpora.train);
    let mut trainer = TaggerTrainer::new(&data);
    let mut best: Option<(f64, usize, Tagger)> = None;
    for epoch in 0..epochs {
        let started = Instant::now();
        let train_acc = trainer.epoch(&data, &shuffled(data.len(), epoch));
        let tagger = trainer.finish(TAGGER_PRUNE);
        let (dev_upos, _) = tag_accuracy(&tagger, &corpora.ewt_dev);
        eprintln!(
            "tagger epoch {}: train {:.4}, EWT dev UPOS {:.4}, {} features, {:.1}s",
            epoch + 1,
            train_acc,
            dev_upos,
            tagger.features(),
            started.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|(acc, _, _)| dev_upos > *acc) {
            best = Some((dev_upos, epoch + 1, tagger));
        }
    }
    let (acc, epoch, tagger) = best.expect("at least one epoch");
    eprintln!("tagger: kept epoch {epoch} (EWT dev UPOS {acc:.4})");
    tagger
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("{}", path.display()))
}

fn read_model(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("{}", path.display()))
}

fn evaluate(dir: &Path, corpora: &Corpora) -> Result<()> {
    let tagger = Tagger::from_bytes(&read_model(&dir.join("tagger.bin"))?)
        .with_context(|| format!("{}", dir.join("tagger.bin").display()))?;
    println!("| data | sentences | words | UPOS | XPOS |");
    println!("|---|---|---|---|---|");
    for (name, data) in [
        ("EWT dev", &corpora.ewt_dev),
        ("EWT test", &corpora.ewt_test),
        ("GUM test", &corpora.gum_test),
    ] {
        let (u, x) = tag_accuracy(&tagger, data);
        let words: usize = data.iter().map(|s| s.tokens.len()).sum();
        println!(
            "| {name} | {} | {words} | {:.2}% | {:.2}% |",
            data.len(),
            u * 100.0,
            x * 100.0
        );
    }
    Ok(())
}

fn bench(dir: &Path, corpora: &Corpora) -> Result<()> {
    let tagger = Tagger::from_bytes(&read_model(&dir.join("tagger.bin"))?)?;
    let sentences: Vec<Vec<&str>> = corpora
        .ewt_test
        .iter()
        .chain(&corpora.gum_test)
        .map(|s| s.tokens.iter().map(|t| t.form.as_str()).collect())
        .collect();
    let words: usize = sentences.iter().map(Vec::len).sum();
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        for s in &sentences {
            tagger.tag(s, &mut scratch, &mut out);
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "tagger: {words} tokens, best of 5: {:.0} tokens/s ({:.2} µs/token)",
        words as f64 / best,
        best * 1e6 / words as f64
    );
    Ok(())
}

fn run() -> Result<()> {
    let args = parse_args()?;
    let started = Instant::now();
    let corpora = load(&args)?;
    eprintln!(
        "training sentences: {}, EWT dev {}, EWT test {}, GUM test {}",
        corpora.train.len(),
        corpora.ewt_dev.len(),
        corpora.ewt_test.len(),
        corpora.gum_test.len()
    );
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out).with_context(|| format!("{}", out.display()))?;
        let tagger = train_tagger(&corpora, args.epochs);
        write(&out.join("tagger.bin"), &tagger.to_bytes())?;
        eprintln!("trained in {:.1}s", started.elapsed().as_secs_f64());
    }
    if let Some(dir) = &args.eval {
        evaluate(dir, &corpora)?;
    }
    if let Some(dir) = &args.bench {
        bench(dir, &corpora)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_syntax: {e:#}");
            ExitCode::from(2)
        }
    }
}
