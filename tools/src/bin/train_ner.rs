//! Trains the name tagger (`models/ner.bin`) and measures it.
//!
//! Training data: the GUM corpus (CoNLL-U with `Entity=` spans in MISC;
//! its train split, i.e. every document not listed under dev or test in
//! `splits.md`) and Re-DocRED-style JSON (`sents` and `vertexSet`). Each
//! document is turned into text, segmented by kg itself and given the same
//! hints as at run time, so the tagger learns on exactly what it will see.
//!
//! What counts as a name in GUM: an entity span whose head token (the one
//! whose syntactic head lies outside the span) is a proper noun (UPOS PROPN
//! or XPOS NNP/NNPS). The name is the run of proper nouns around that head,
//! with connectors between them ("University of Portsmouth"), without a
//! leading title or honorific ("Mrs", "President"), and never a demonym
//! ("the Germans"). person → PER, organization → ORG, place → LOC, any
//! other type → MISC. Nested names give way to the outer one.
//!
//! The score is typed-name precision/recall/F1 as in
//! `../shared/eval/entity_eval.py`: per document, the set of (normalised
//! name, class) for PER/ORG/LOC, summed over documents. Run from the
//! project directory:
//!
//! ```text
//! cargo run --release -p kgraph-tools --bin train_ner -- --out models/ner.bin
//! cargo run --release -p kgraph-tools --bin train_ner -- --evaluate          # GUM test, bundled data
//! cargo run --release -p kgraph-tools --bin train_ner -- --evaluate --dev    # GUM dev (for choosing features)
//! cargo run --release -p kgraph-tools --bin train_ner -- --cross-validate 5  # Re-DocRED dev, 5 folds
//! ```

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use kgraph::extract::{EntityKey, Extractor};
use kgraph::ontology::Ontology;
use kgraph::parse::conllu::{self, Token};
use kgraph::parse::ner::{hint, tags_from_spans, NameClass, NameSpan, NerModel, TrainingSentence};
use kgraph::text::Document;
use kgraph_tools::headline::keeps_lowercase;
use serde_json::Value;

/// Training rounds over the sentences (`--epochs`).
const EPOCHS: usize = 8;
/// Averaged weights at most this small are dropped (`--prune`): they cost
/// space and hardly change a decision.
const PRUNE: f32 = 0.05;

struct Args {
    gum: PathBuf,
    redocred: PathBuf,
    out: Option<PathBuf>,
    epochs: usize,
    prune: f32,
    evaluate: bool,
    /// Score on GUM dev documents instead of test (for choosing features).
    dev: bool,
    cross_validate: Option<usize>,
    fold: Option<(usize, usize)>,
    held_out: Option<PathBuf>,
    /// `--title-case-train K`: also train on every K-th sentence written as
    /// a headline (see `title_case_sentences`).
    title_case_train: Option<usize>,
    /// `--title-case-eval`: `--evaluate` also scores the held-out documents
    /// with every sentence written as a headline.
    title_case_eval: bool,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        gum: PathBuf::from("../shared/corpus/gum"),
        redocred: PathBuf::from("../shared/corpus/redocred/dev_revised.json"),
        out: None,
        epochs: EPOCHS,
        prune: PRUNE,
        evaluate: false,
        dev: false,
        cross_validate: None,
        fold: None,
        held_out: None,
        title_case_train: None,
        title_case_eval: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--gum" => args.gum = value("--gum")?.into(),
            "--redocred" => args.redocred = value("--redocred")?.into(),
            "--out" => args.out = Some(value("--out")?.into()),
            "--epochs" => args.epochs = value("--epochs")?.parse()?,
            "--prune" => args.prune = value("--prune")?.parse()?,
            "--evaluate" => args.evaluate = true,
            "--dev" => args.dev = true,
            "--title-case-train" => {
                args.title_case_train = Some(value("--title-case-train")?.parse()?);
                if args.title_case_train == Some(0) {
                    bail!("--title-case-train needs a number above 0");
                }
            }
            "--title-case-eval" => args.title_case_eval = true,
            "--cross-validate" => args.cross_validate = Some(value("--cross-validate")?.parse()?),
            "--held-out" => args.held_out = Some(value("--held-out")?.into()),
            "--fold" => {
                let spec = value("--fold")?;
                let (k, n) = spec.split_once('/').context("--fold needs K/N")?;
                let (k, n): (usize, usize) = (k.parse()?, n.parse()?);
                if k >= n {
                    bail!("--fold {spec}: K must be below N");
                }
                args.fold = Some((k, n));
            }
            _ => bail!(
                "unexpected argument {arg}\nusage: train_ner [--gum DIR] [--redocred FILE] \
                 [--out MODEL] [--epochs N] [--prune W] [--evaluate [--dev]] [--cross-validate N] \
                 [--fold K/N --held-out FILE]"
            ),
        }
    }
    Ok(args)
}

/// One annotated document: its text and gold names (byte range, class, name).
struct GoldDoc {
    name: String,
    text: String,
    names: Vec<(Range<usize>, NameClass)>,
    /// For scoring: the gold (normalised name, class) set, PER/ORG/LOC only.
    gold: BTreeSet<(String, NameClass)>,
    /// The Re-DocRED document as read, for `--held-out`.
    raw: Option<Value>,
}

// ---------------------------------------------------------------- GUM

/// An entity opened by `Entity=(…` and closed by `…)` in MISC.
struct GumEntity {
    tokens: Range<usize>,
    kind: String,
}

/// Entity spans of one sentence from the MISC column's bracket notation:
/// `(ID-type-…` opens an entity (closed at once by a directly following
/// `)`), `ID)` closes one.
fn gum_entities(tokens: &[Token]) -> Vec<GumEntity> {
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut out = Vec::new();
    for (i, tok) in tokens.iter().enumerate() {
        let Some(value) = tok.misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        let b = value.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            if b[pos] == b'(' {
                let end = (pos + 1..b.len())
                    .find(|&k| b[k] == b'(' || b[k] == b')')
                    .unwrap_or(b.len());
                let record = &value[pos + 1..end];
                let mut fields = record.split('-');
                let id = fields.next().unwrap_or("").to_owned();
                let kind = fields.next().unwrap_or("").to_owned();
                if end < b.len() && b[end] == b')' {
                    out.push(GumEntity {
                        tokens: i..i + 1,
                        kind,
                    });
                    pos = end + 1;
                } else {
                    open.push((id, kind, i));
                    pos = end;
                }
            } else if b[pos].is_ascii_digit() {
                let end = (pos..b.len()).find(|&k| b[k] == b')').unwrap_or(b.len());
                let id = &value[pos..end];
                if let Some(at) = open.iter().rposition(|(o, _, _)| o == id) {
                    let (_, kind, start) = open.remove(at);
                    out.push(GumEntity {
                        tokens: start..i + 1,
                        kind,
                    });
                }
                pos = end + 1;
            } else {
                pos += 1;
            }
        }
    }
    out
}

/// Connectors that may stand between the proper nouns of one name.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "&", "de", "du", "la", "von", "van", "der", "del", "-", "'s", "for", "on",
];

/// Connectors that never stand inside a person's name.
const PERSON_BREAKS: &[&str] = &["and", "&", "of", "the", "for", "on", "-", "'s"];

struct NameRules {
    /// Title and honorific words, lowercase, without a final dot.
    titles: HashSet<String>,
    /// Demonyms, lowercase (with plurals).
    demonyms: HashSet<String>,
}

impl NameRules {
    fn new(ontology: &Ontology) -> Self {
        let mut titles = HashSet::new();
        for class in ontology.classes.values() {
            for t in &class.person_titles {
                for w in t.split([' ', '-']) {
                    titles.insert(w.trim_end_matches('.').to_lowercase());
                }
            }
        }
        let mut demonyms = HashSet::new();
        for ind in ontology.individuals.iter() {
            for d in &ind.demonyms {
                let d = d.to_lowercase();
                demonyms.insert(format!("{d}s"));
                demonyms.insert(d);
            }
        }
        NameRules { titles, demonyms }
    }
}

fn is_proper(t: &Token) -> bool {
    t.upos == "PROPN" || t.xpos == "NNP" || t.xpos == "NNPS"
}

/// The name inside a GUM entity span, if it has one (see the module docs).
fn gum_name(tokens: &[Token], e: &GumEntity, rules: &NameRules) -> Option<NameSpan> {
    let class = match e.kind.as_str() {
        "person" => NameClass::Person,
        "organization" => NameClass::Organization,
        "place" => NameClass::Place,
        _ => NameClass::Other,
    };
    let span = e.tokens.clone();
    // The head: the first token whose head lies outside the span.
    let head = span.clone().find(|&k| {
        let h = tokens[k].head.unwrap_or(0);
        h == 0 || !span.contains(&(h - 1))
    })?;
    // "the Danish linguist Rasmus Rask", "the city of Paris": a common
    // noun heads the span, and the name closes it.
    let head = if is_proper(&tokens[head]) {
        head
    } else if is_proper(&tokens[span.end - 1]) {
        let mut k = span.end - 1;
        while k > span.start && is_proper(&tokens[k - 1]) {
            k -= 1;
        }
        k
    } else {
        return None;
    };
    let head_word = tokens[head].form.trim_end_matches('.').to_lowercase();
    if !is_proper(&tokens[head]) || rules.demonyms.contains(&head_word) {
        return None;
    }
    // People named by a title ("the Governor") or as a group ("Democrats",
    // "Texans") are not names of a person.
    if class == NameClass::Person
        && (rules.titles.contains(&head_word) || tokens[head].xpos == "NNPS")
    {
        return None;
    }
    // A person's name never runs across "and" or "of": GUM marks "Kirk Bart
    // and Celeste Pollock" as one (group) entity over two people's names,
    // and "Mario Lucero of Heaven Sent Gaming" as one person.
    let inner = |k: usize| {
        let form = tokens[k].form.to_lowercase();
        is_proper(&tokens[k])
            || CONNECTORS.contains(&form.as_str())
                && !(class == NameClass::Person && PERSON_BREAKS.contains(&form.as_str()))
    };
    let mut start = head;
    while start > span.start && inner(start - 1) {
        start -= 1;
    }
    let mut end = head + 1;
    while end < span.end && (inner(end) || tokens[end].upos == "NUM" && is_proper(&tokens[end - 1]))
    {
        end += 1;
    }
    while start < head && !is_proper(&tokens[start]) {
        start += 1;
    }
    while end > head + 1 && !is_proper(&tokens[end - 1]) && tokens[end - 1].upos != "NUM" {
        end -= 1;
    }
    // Titles and honorifics are not part of a person's name, nor is what
    // precedes them ("U.S. Senator John Cornyn").
    if class == NameClass::Person {
        let title = |k: usize| {
            rules
                .titles
                .contains(tokens[k].form.trim_end_matches('.').to_lowercase().as_str())
        };
        if let Some(last_title) = (start..head).rev().find(|&k| title(k)) {
            start = last_title + 1;
        }
        while start < head && !is_proper(&tokens[start]) {
            start += 1;
        }
    }
    Some(NameSpan {
        tokens: start..end,
        class,
    })
}

/// Document names listed under a heading of `splits.md`.
fn split_names(gum: &Path, heading: &str) -> Result<HashSet<String>> {
    let path = gum.join("splits.md");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut inside = false;
    let mut names = HashSet::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            inside = h.trim() == heading;
        } else if inside {
            if let Some(name) = line.trim().strip_prefix("* ") {
                names.insert(name.trim().to_owned());
            }
        }
    }
    Ok(names)
}

/// Reads one GUM CoNLL-U file into a document: tokens joined as written
/// (`SpaceAfter=No`), one sentence per paragraph.
fn read_gum(path: &Path, rules: &NameRules) -> Result<GoldDoc> {
    let mut text = String::new();
    let mut names = Vec::new();
    for sentence in conllu::read(path)? {
        let tokens = &sentence.tokens;
        let mut offsets = Vec::with_capacity(tokens.len());
        for t in tokens {
            let start = text.len();
            text.push_str(&t.form);
            offsets.push(start..text.len());
            if !t.misc.split('|').any(|f| f == "SpaceAfter=No") {
                text.push(' ');
            }
        }
        let mut spans: Vec<NameSpan> = gum_entities(tokens)
            .iter()
            .filter_map(|e| gum_name(tokens, e, rules))
            .collect();
        // Outer names first; nested ones give way.
        spans.sort_by_key(|s| (std::cmp::Reverse(s.tokens.len()), s.tokens.start));
        let mut taken = vec![false; tokens.len()];
        for s in spans {
            if taken[s.tokens.clone()].iter().any(|&t| t) {
                continue;
            }
            taken[s.tokens.clone()].iter_mut().for_each(|t| *t = true);
            names.push((
                offsets[s.tokens.start].start..offsets[s.tokens.end - 1].end,
                s.class,
            ));
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        text.push_str("\n\n");
    }
    let gold = gold_set(&text, &names);
    Ok(GoldDoc {
        name: path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
        text,
        names,
        gold,
        raw: None,
    })
}

fn gold_set(text: &str, names: &[(Range<usize>, NameClass)]) -> BTreeSet<(String, NameClass)> {
    names
        .iter()
        .filter(|(_, c)| *c != NameClass::Other)
        .map(|(r, c)| (normalise(&text[r.clone()]), *c))
        .filter(|(n, _)| !n.is_empty())
        .collect()
}

// ---------------------------------------------------------------- Re-DocRED

/// Whether a token is written without a space before it (as `entity_eval.py` detokenises).
fn closes(token: &str) -> bool {
    token.starts_with([',', '.', ';', ':', '!', '?', ')', ']', '\''])
}

fn read_redocred(path: &Path) -> Result<Vec<GoldDoc>> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let docs: Vec<Value> =
        serde_json::from_str(&raw).with_context(|| format!("parsing {}", path.display()))?;
    let mut out = Vec::new();
    for (i, doc) in docs.into_iter().enumerate() {
        let mut text = String::new();
        // Byte range of every token, per sentence.
        let mut offsets: Vec<Vec<Range<usize>>> = Vec::new();
        for sent in doc["sents"].as_array().into_iter().flatten() {
            let mut row = Vec::new();
            let mut glue = !text.is_empty();
            for tok in sent
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if glue && !closes(tok) {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(tok);
                row.push(start..text.len());
                glue = !tok.ends_with(['(', '[']);
            }
            offsets.push(row);
        }
        let mut names = Vec::new();
        let mut gold = BTreeSet::new();
        for mention in doc["vertexSet"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|v| v.as_array().into_iter().flatten())
        {
            let class = mention["type"].as_str().and_then(NameClass::from_code);
            let (Some(class), Some(sent), Some(pos)) = (
                class,
                mention["sent_id"].as_u64(),
                mention["pos"].as_array(),
            ) else {
                continue;
            };
            if class != NameClass::Other {
                if let Some(name) = mention["name"].as_str() {
                    gold.insert((normalise(name), class));
                }
            }
            let (Some(a), Some(b)) = (
                pos.first().and_then(Value::as_u64),
                pos.get(1).and_then(Value::as_u64),
            ) else {
                continue;
            };
            let Some(row) = offsets.get(sent as usize) else {
                continue;
            };
            let (a, b) = (a as usize, b as usize);
            if a < b && b <= row.len() {
                names.push((row[a].start..row[b - 1].end, class));
            }
        }
        // Overlapping mentions: the longer one stays.
        names.sort_by_key(|(r, _)| (std::cmp::Reverse(r.len()), r.start));
        let mut kept: Vec<(Range<usize>, NameClass)> = Vec::new();
        for (r, c) in names {
            if !kept.iter().any(|(k, _)| k.start < r.end && r.start < k.end) {
                kept.push((r, c));
            }
        }
        out.push(GoldDoc {
            name: format!("redocred-{i}"),
            text,
            names: kept,
            gold,
            raw: Some(doc),
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------- training and scoring

/// A name compared loosely, as `entity_eval.py` does: lowercase, without a
/// leading article, punctuation as spaces.
fn normalise(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace('\u{2019}', "'");
    let lower = ["the", "a", "an"]
        .iter()
        .find_map(|a| {
            lower
                .strip_prefix(a)
                .filter(|rest| rest.starts_with(char::is_whitespace))
        })
        .unwrap_or(&lower);
    let spaced: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tagger's training sentences of a document: kg's own sentences and
/// hints, with the gold names that fall on token boundaries.
/// `only`: keep just the sentences that start inside one of these byte ranges.
fn training_sentences(
    extractor: &Extractor,
    doc: &GoldDoc,
    only: Option<&[Range<usize>]>,
) -> Vec<TrainingSentence> {
    // The body as the bundled model was trained on it (layout readings
    // added since are left out until the next retrain, models/README.md).
    let document = Document::from_text_as_tagger_trained(&format!("{}.txt", doc.name), &doc.text);
    let mut out = Vec::new();
    for s in extractor.tagger_sentences(&document) {
        if let Some(ranges) = only {
            let start = s.spans.first().map_or(usize::MAX, |r| r.start);
            if !ranges.iter().any(|r| r.contains(&start)) {
                continue;
            }
        }
        let spans: Vec<NameSpan> = doc
            .names
            .iter()
            .filter_map(|(r, class)| {
                let start = s.spans.iter().position(|t| t.start == r.start)?;
                let end = s.spans.iter().position(|t| t.end == r.end)?;
                (start <= end).then(|| NameSpan {
                    tokens: start..end + 1,
                    class: *class,
                })
            })
            .collect();
        // A demonym is never a name of its own (Re-DocRED calls "German" a
        // place): the rules resolve it to its country, the tagger leaves it.
        let spans: Vec<NameSpan> = spans
            .into_iter()
            .filter(|span| {
                !s.hints[span.tokens.clone()]
                    .iter()
                    .all(|h| h & hint::DEMONYM != 0)
            })
            .collect();
        let tags = tags_from_spans(s.words.len(), &spans);
        out.push(TrainingSentence::new(s.words, s.hints, tags));
    }
    out
}

/// The document's text with every `every`-th of kg's sentences (counted
/// across documents by `counter`) written as a headline: each token's first
/// letter upper-cased, except the headline function words
/// ([`keeps_lowercase`]) after the first and a token that continues the previous one ("n't" after "do").
/// Only ASCII letters change, so every byte offset (and so every gold name's
/// range) stays. Also returns the byte ranges of the chosen sentences.
fn title_case_sentences(
    extractor: &Extractor,
    doc: &GoldDoc,
    every: usize,
    counter: &mut usize,
) -> (String, Vec<Range<usize>>) {
    let document = Document::from_text_as_tagger_trained(&format!("{}.txt", doc.name), &doc.text);
    let mut bytes = doc.text.clone().into_bytes();
    let mut ranges = Vec::new();
    for s in extractor.tagger_sentences(&document) {
        let chosen = counter.is_multiple_of(every);
        *counter += 1;
        let (Some(first), Some(last)) = (s.spans.first(), s.spans.last()) else {
            continue;
        };
        if !chosen {
            continue;
        }
        ranges.push(first.start..last.end);
        let (mut prev_end, mut prev_alnum) = (None, false);
        for (i, (w, r)) in s.words.iter().zip(&s.spans).enumerate() {
            let continues = prev_end == Some(r.start) && prev_alnum;
            let function = keeps_lowercase(w, i);
            if !continues && !function && bytes[r.start].is_ascii_lowercase() {
                bytes[r.start] = bytes[r.start].to_ascii_uppercase();
            }
            prev_end = Some(r.end);
            prev_alnum = w.chars().last().is_some_and(char::is_alphanumeric);
        }
    }
    let text = String::from_utf8(bytes).expect("an ASCII case change keeps UTF-8");
    (text, ranges)
}

/// A copy of `doc` with `text` (of the same byte offsets) in place of its own.
fn with_text(doc: &GoldDoc, text: String) -> GoldDoc {
    GoldDoc {
        name: doc.name.clone(),
        text,
        names: doc.names.clone(),
        gold: doc.gold.clone(),
        raw: None,
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(
        &mut self,
        gold: &BTreeSet<(String, NameClass)>,
        predicted: &BTreeSet<(String, NameClass)>,
    ) {
        self.tp += predicted.intersection(gold).count();
        self.fp += predicted.difference(gold).count();
        self.fn_ += gold.difference(predicted).count();
    }

    fn line(&self) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "tp {} fp {} fn {}  precision {p:.3} recall {r:.3} F1 {f:.3}",
            self.tp, self.fp, self.fn_
        )
    }
}

/// Scores a model on documents: the tagger's own names, and the typed
/// entities kg outputs with it (what `entity_eval.py` sees).
fn score(ontology: &Ontology, model: &NerModel, docs: &[&GoldDoc]) -> (Counts, Counts) {
    let extractor = Extractor::new(ontology).with_ner_model(model.clone());
    let (mut tagger, mut pipeline) = (Counts::default(), Counts::default());
    for doc in docs {
        let document = Document::from_text(&format!("{}.txt", doc.name), &doc.text);
        let tagged: BTreeSet<(String, NameClass)> = extractor
            .tagged_names(&document)
            .into_iter()
            .filter(|(_, c)| *c != NameClass::Other)
            .map(|(r, c)| (normalise(&doc.text[r]), c))
            .collect();
        tagger.add(&doc.gold, &tagged);
        if std::env::var_os("NER_DEBUG").is_some() {
            for g in doc.gold.difference(&tagged) {
                eprintln!("{}: missed {} {:?}", doc.name, g.1.code(), g.0);
            }
            for g in tagged.difference(&doc.gold) {
                eprintln!("{}: wrong  {} {:?}", doc.name, g.1.code(), g.0);
            }
        }
        let extraction = extractor.extract(&document);
        let mut output = BTreeSet::new();
        // Where each output name came from, for the error list.
        let mut origin = std::collections::BTreeMap::new();
        for e in &extraction.entities {
            let class = |local: &str| {
                e.class.ends_with(&format!("#{local}"))
                    || e.superclasses
                        .iter()
                        .any(|s| s.ends_with(&format!("#{local}")))
            };
            let c = if class("Person") {
                NameClass::Person
            } else if class("Place") {
                NameClass::Place
            } else if class("Organization") {
                NameClass::Organization
            } else {
                continue;
            };
            let key = match &e.key {
                EntityKey::Known(_) => "known",
                EntityKey::Named(_) => "named",
                EntityKey::Local(_) => "local",
            };
            let class_name = e.class.rsplit(['#', '/']).next().unwrap_or_default();
            for (k, label) in std::iter::once(&e.label).chain(&e.alt_labels).enumerate() {
                let kind = if k == 0 { "label" } else { "alt" };
                origin
                    .entry((normalise(label), c))
                    .or_insert_with(|| format!("{kind} {key} {class_name} of {:?}", e.label));
                output.insert((normalise(label), c));
            }
        }
        pipeline.add(&doc.gold, &output);
        if std::env::var_os("NER_DEBUG_KG").is_some() {
            for g in doc.gold.difference(&output) {
                eprintln!("{}: kg missed {} {:?}", doc.name, g.1.code(), g.0);
            }
            for g in output.difference(&doc.gold) {
                let tagger_too = if tagged.contains(g) {
                    "tagger"
                } else {
                    "rules"
                };
                eprintln!(
                    "{}: kg wrong  {} {:?}\t{}\t{tagger_too}",
                    doc.name,
                    g.1.code(),
                    g.0,
                    origin.get(g).map(String::as_str).unwrap_or_default()
                );
            }
        }
    }
    (tagger, pipeline)
}

fn train(extractor: &Extractor, docs: &[&GoldDoc], args: &Args) -> NerModel {
    let mut sentences: Vec<TrainingSentence> = docs
        .iter()
        .flat_map(|d| training_sentences(extractor, d, None))
        .collect();
    if let Some(every) = args.title_case_train {
        let mut counter = 0;
        let before = sentences.len();
        for d in docs {
            let (text, ranges) = title_case_sentences(extractor, d, every, &mut counter);
            if !ranges.is_empty() {
                let copy = with_text(d, text);
                sentences.extend(training_sentences(extractor, &copy, Some(&ranges)));
            }
        }
        eprintln!(
            "title case: {} headline copies of {before} sentences",
            sentences.len() - before
        );
    }
    let aligned = sentences
        .iter()
        .flat_map(|s| &s.tags)
        .filter(|t| t.0 > 0 && !t.is_inside())
        .count();
    let names: usize = docs.iter().map(|d| d.names.len()).sum();
    eprintln!(
        "training on {} sentences: {aligned} of {names} gold names fall on token boundaries",
        sentences.len()
    );
    let model = NerModel::train(&sentences, args.epochs, args.prune);
    if std::env::var_os("NER_TRAINING_FIT").is_some() {
        let (mut right, mut all) = (0, 0);
        for s in sentences.iter().take(3000) {
            let tags = model.tag_sequence(&s.words, &s.hints);
            right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
            all += tags.len();
        }
        eprintln!("training token accuracy {right}/{all}");
    }
    model
}

fn run() -> Result<()> {
    let args = parse_args()?;
    let ontology = Ontology::builtin()?;
    let extractor = Extractor::new(&ontology);
    let rules = NameRules::new(&ontology);
    let dev = split_names(&args.gum, "dev")?;
    let test = split_names(&args.gum, "test")?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.gum)
        .with_context(|| format!("reading {}", args.gum.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    // `--dev`: GUM dev documents take the place of the test documents.
    let held_split = if args.dev { &dev } else { &test };
    let (mut gum_train, mut gum_test) = (Vec::new(), Vec::new());
    for path in &files {
        let doc = read_gum(path, &rules)?;
        if held_split.contains(&doc.name) {
            gum_test.push(doc);
        } else if !dev.contains(&doc.name) && !test.contains(&doc.name) {
            gum_train.push(doc);
        }
    }
    let redocred = read_redocred(&args.redocred)?;
    eprintln!(
        "GUM: {} training and {} test documents; Re-DocRED: {} documents",
        gum_train.len(),
        gum_test.len(),
        redocred.len()
    );
    if let Some(folds) = args.cross_validate {
        let (mut tagger, mut pipeline) = (Counts::default(), Counts::default());
        for k in 0..folds {
            let (held, rest): (Vec<&GoldDoc>, Vec<&GoldDoc>) = redocred
                .iter()
                .enumerate()
                .partition(|(i, _)| i % folds == k)
                .map_pair();
            let training: Vec<&GoldDoc> = gum_train.iter().chain(rest).collect();
            let model = train(&extractor, &training, &args);
            let (t, p) = score(&ontology, &model, &held);
            println!(
                "fold {k}/{folds}: tagger {}\nfold {k}/{folds}: kg     {}",
                t.line(),
                p.line()
            );
            for (total, c) in [(&mut tagger, t), (&mut pipeline, p)] {
                total.tp += c.tp;
                total.fp += c.fp;
                total.fn_ += c.fn_;
            }
        }
        println!(
            "Re-DocRED dev, {folds}-fold cross-validated: tagger {}",
            tagger.line()
        );
        println!(
            "Re-DocRED dev, {folds}-fold cross-validated: kg     {}",
            pipeline.line()
        );
        return Ok(());
    }
    let (held, rest): (Vec<&GoldDoc>, Vec<&GoldDoc>) = match args.fold {
        Some((k, n)) => redocred
            .iter()
            .enumerate()
            .partition(|(i, _)| i % n == k)
            .map_pair(),
        None => (Vec::new(), redocred.iter().collect()),
    };
    let training: Vec<&GoldDoc> = gum_train.iter().chain(rest).collect();
    let model = train(&extractor, &training, &args);
    eprintln!("{} features", model.len());
    if let Ok(text) = std::env::var("NER_SHOW") {
        let document = Document::from_text("show.txt", &text);
        for s in extractor.tagger_sentences(&document) {
            let tags = model.tag_sequence(&s.words, &s.hints);
            for ((w, h), t) in s.words.iter().zip(&s.hints).zip(tags) {
                eprintln!(
                    "{w}\t{h:#x}\t{:?}{}",
                    t.class().map(|c| c.code()),
                    if t.is_inside() { " I" } else { "" }
                );
            }
        }
    }
    if let Some(path) = &args.held_out {
        let raw: Vec<&Value> = held.iter().filter_map(|d| d.raw.as_ref()).collect();
        std::fs::write(path, serde_json::to_vec(&raw)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if let Some(path) = &args.out {
        std::fs::write(path, model.to_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if args.evaluate {
        let test: Vec<&GoldDoc> = gum_test.iter().collect();
        let (t, p) = score(&ontology, &model, &test);
        let split = if args.dev { "dev" } else { "test" };
        println!(
            "GUM {split} ({} documents): tagger {}",
            test.len(),
            t.line()
        );
        println!(
            "GUM {split} ({} documents): kg     {}",
            test.len(),
            p.line()
        );
        if args.title_case_eval {
            let extractor = Extractor::new(&ontology);
            let mut counter = 0;
            let copies: Vec<GoldDoc> = gum_test
                .iter()
                .map(|d| with_text(d, title_case_sentences(&extractor, d, 1, &mut counter).0))
                .collect();
            let copies: Vec<&GoldDoc> = copies.iter().collect();
            let (t, p) = score(&ontology, &model, &copies);
            println!(
                "GUM {split} title case ({} documents): tagger {}",
                copies.len(),
                t.line()
            );
            println!(
                "GUM {split} title case ({} documents): kg     {}",
                copies.len(),
                p.line()
            );
        }
        if std::env::var_os("NER_TRAINING_FIT").is_some() {
            let (t, _) = score(
                &ontology,
                &model,
                &training[gum_train.len()..training.len().min(gum_train.len() + 100)],
            );
            println!("Re-DocRED training documents (fit): tagger {}", t.line());
        }
        if !held.is_empty() {
            let (t, p) = score(&ontology, &model, &held);
            println!("Re-DocRED held-out fold: tagger {}", t.line());
            println!("Re-DocRED held-out fold: kg     {}", p.line());
        }
    }
    Ok(())
}

/// Splits `(index, item)` pairs into their items.
trait MapPair<'a> {
    fn map_pair(self) -> (Vec<&'a GoldDoc>, Vec<&'a GoldDoc>);
}

impl<'a> MapPair<'a> for (Vec<(usize, &'a GoldDoc)>, Vec<(usize, &'a GoldDoc)>) {
    fn map_pair(self) -> (Vec<&'a GoldDoc>, Vec<&'a GoldDoc>) {
        (
            self.0.into_iter().map(|(_, d)| d).collect(),
            self.1.into_iter().map(|(_, d)| d).collect(),
        )
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_ner: {e:#}");
            ExitCode::FAILURE
        }
    }
}
