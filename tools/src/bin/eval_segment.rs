//! Sentence-boundary evaluation of the text stage against UD gold.
//!
//! Each CoNLL-U document (`# newdoc`) is rebuilt as plain text from its
//! sentences' `# text =` lines: sentences of one paragraph (`# newpar`) are
//! joined by a space, paragraphs by a blank line. The text then goes through
//! the text stage exactly as `kg extract` runs it (`Document::from_text`:
//! metadata and body, then `segment`), and the sentence ends found are
//! compared with the gold ones.
//!
//! Two figures per corpus: *inside paragraphs* counts only the boundaries
//! between two sentences of the same paragraph (the hard ones: a blank line
//! gives the others away); *all* counts every sentence end, so it also
//! charges sentences the body detection dropped or glued together.
//!
//! ```sh
//! cargo run --release -p kgraph-tools --bin eval_segment                 # EWT dev/test, GUM test, all GUM
//! cargo run --release -p kgraph-tools --bin eval_segment -- FILE.conllu  # any CoNLL-U files
//! KG_CORPUS=/path/to/corpus cargo run --release -p kgraph-tools --bin eval_segment
//! ```
//!
//! `--errors N` prints up to N missed and N spurious boundaries of each corpus
//! with some context, to see what goes wrong.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::{Path, PathBuf};

use kgraph::text::{segment, Document};

/// One document rebuilt from its sentences.
struct GoldDocument {
    text: String,
    /// Byte offsets where a gold sentence ends (after its last character).
    ends: BTreeSet<usize>,
    /// The ends followed by another sentence of the same paragraph.
    inner_ends: BTreeSet<usize>,
}

#[derive(Default)]
struct Counts {
    true_positive: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, gold: &BTreeSet<usize>, predicted: &BTreeSet<usize>) {
        self.gold += gold.len();
        self.predicted += predicted.len();
        self.true_positive += gold.intersection(predicted).count();
    }

    fn scores(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.true_positive, self.predicted);
        let recall = ratio(self.true_positive, self.gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        (precision, recall, f1)
    }
}

/// Reads the documents of one CoNLL-U file.
fn read_conllu(path: &Path) -> Result<Vec<GoldDocument>, Box<dyn Error>> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut documents = Vec::new();
    let mut current: Option<GoldDocument> = None;
    // Whether the next sentence starts a new paragraph.
    let mut new_paragraph = true;
    for line in content.lines() {
        if line.starts_with("# newdoc") {
            if let Some(doc) = current.take() {
                documents.push(doc);
            }
            new_paragraph = true;
        } else if line == "# newpar" || line.starts_with("# newpar ") {
            new_paragraph = true;
        } else if let Some(sentence) = line.strip_prefix("# text = ") {
            let sentence = sentence.trim();
            if sentence.is_empty() {
                continue;
            }
            let doc = current.get_or_insert_with(|| GoldDocument {
                text: String::new(),
                ends: BTreeSet::new(),
                inner_ends: BTreeSet::new(),
            });
            if !doc.text.is_empty() {
                if new_paragraph {
                    doc.text.push_str("\n\n");
                } else {
                    let previous_end = doc.text.len();
                    doc.inner_ends.insert(previous_end);
                    doc.text.push(' ');
                }
            }
            doc.text.push_str(sentence);
            doc.ends.insert(doc.text.len());
            new_paragraph = false;
        }
    }
    documents.extend(current);
    Ok(documents)
}

/// The sentence ends the text stage finds.
fn predicted_ends(text: &str) -> BTreeSet<usize> {
    let document = Document::from_text("gold.txt", text);
    segment(&document.text, &document.meta.body)
        .iter()
        .map(|s| s.span.end)
        .collect()
}

/// A few words either side of a byte offset, with `|` at the offset.
fn context(text: &str, at: usize) -> String {
    let mut from = at.saturating_sub(50);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + 50).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    format!("{}|{}", &text[from..at], &text[at..to]).replace('\n', "¶")
}

fn evaluate(name: &str, files: &[PathBuf], errors: usize) -> Result<(), Box<dyn Error>> {
    let (mut inner, mut all) = (Counts::default(), Counts::default());
    let (mut missed, mut spurious) = (Vec::new(), Vec::new());
    let mut sentences = 0;
    for file in files {
        for doc in read_conllu(file)? {
            let predicted = predicted_ends(&doc.text);
            sentences += doc.ends.len();
            all.add(&doc.ends, &predicted);
            // Inside paragraphs: predicted ends that are not paragraph ends.
            let paragraph_ends: BTreeSet<usize> =
                doc.ends.difference(&doc.inner_ends).copied().collect();
            let predicted_inner: BTreeSet<usize> =
                predicted.difference(&paragraph_ends).copied().collect();
            inner.add(&doc.inner_ends, &predicted_inner);
            for &end in doc.inner_ends.difference(&predicted_inner) {
                if missed.len() < errors {
                    missed.push(context(&doc.text, end));
                }
            }
            for &end in predicted_inner.difference(&doc.inner_ends) {
                if spurious.len() < errors {
                    spurious.push(context(&doc.text, end));
                }
            }
        }
    }
    let (ip, ir, if1) = inner.scores();
    let (ap, ar, af1) = all.scores();
    println!(
        "| {name} | {sentences} | {ip:.4} | {ir:.4} | {if1:.4} | {ap:.4} | {ar:.4} | {af1:.4} |"
    );
    for m in &missed {
        println!("    missed:   {m}");
    }
    for s in &spurious {
        println!("    spurious: {s}");
    }
    Ok(())
}

/// A named set of CoNLL-U files scored together.
type CorpusSet = (String, Vec<PathBuf>);

/// The default corpora beside the project: EWT dev and test, the GUM test
/// documents listed in `splits.md` that are present, and all GUM documents.
fn default_sets(corpus: &Path) -> Result<Vec<CorpusSet>, Box<dyn Error>> {
    let ewt = corpus.join("ud-english-ewt");
    let gum = corpus.join("gum");
    let mut gum_all: Vec<PathBuf> = std::fs::read_dir(&gum)
        .map_err(|e| format!("{}: {e}", gum.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    gum_all.sort();
    let splits = std::fs::read_to_string(gum.join("splits.md")).unwrap_or_default();
    let test_names: Vec<&str> = splits
        .split("## test\n")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .unwrap_or("")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("* "))
        .collect();
    let gum_test: Vec<PathBuf> = gum_all
        .iter()
        .filter(|p| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|s| test_names.contains(&s))
        })
        .cloned()
        .collect();
    Ok(vec![
        ("EWT dev".into(), vec![ewt.join("en_ewt-ud-dev.conllu")]),
        ("EWT test".into(), vec![ewt.join("en_ewt-ud-test.conllu")]),
        (format!("GUM test ({} docs)", gum_test.len()), gum_test),
        (format!("GUM all ({} docs)", gum_all.len()), gum_all),
    ])
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut errors = 0;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--errors" {
            errors = args
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or("--errors needs a number")?;
        } else {
            files.push(PathBuf::from(arg));
        }
    }
    let sets = if files.is_empty() {
        let corpus = std::env::var("KG_CORPUS").unwrap_or_else(|_| "../shared/corpus".to_owned());
        default_sets(Path::new(&corpus))?
    } else {
        files
            .into_iter()
            .map(|f| (f.display().to_string(), vec![f]))
            .collect()
    };
    println!("| corpus | sentences | P inside paragraphs | R | F1 | P all | R | F1 |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, files) in sets {
        evaluate(&name, &files, errors)?;
    }
    Ok(())
}
