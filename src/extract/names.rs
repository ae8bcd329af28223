//! Name classification: the pipeline step between [`super::mentions`] and
//! [`super::resolve`] that gives a class to capitalised names no rule
//! classified — names without a head word, a title, a known given name or a
//! telling left context ("Los Angeles Lakers", "Tomomi Mochizuki", "Kunene").
//!
//! The classifier is an averaged perceptron over sparse features of the name
//! and its neighbours (words, suffixes, shape, the words around it, what the
//! lexicon knows of each word). It answers one of [`NAME_CLASSES`] or nothing;
//! a name it leaves unclassified is dropped, as before. The model ships
//! inside the binary (`models/names.bin`); `--name-model FILE` replaces it
//! with one trained by `examples/train_name_model.rs`.
//!
//! ```
//! use kgraph::extract::names::NameModel;
//!
//! // Two examples, one feature each: the model learns to tell them apart.
//! let examples = vec![(vec![1u64], 1usize), (vec![2u64], 3usize)];
//! let model = NameModel::train(&examples, 5);
//! assert_eq!(model.predict(&[1]), 1);
//! assert_eq!(model.predict(&[2]), 3);
//! let bytes = model.to_bytes();
//! assert_eq!(NameModel::from_bytes(bytes).unwrap().predict(&[2]), 3);
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::lexicon::Lexicon;
use super::mentions::{MentionCand, MentionKind};
use super::view::DocView;

/// The answers of the classifier, by index: 0 is "not a name worth keeping";
/// the others are local names of ontology classes.
pub const NAME_CLASSES: [&str; 4] = ["", "Person", "Organization", "Place"];

const MAGIC: &[u8; 8] = b"KGNAMES1";
/// One entry: a feature key and a weight per class.
const ENTRY: usize = 8 + 4 * NAME_CLASSES.len();

/// The model bundled with kg, trained on the Re-DocRED development set.
static BUILTIN: &[u8] = include_bytes!("../../models/names.bin");

/// Why a model file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum NameModelError {
    #[error("not a kg name model (it does not start with \"KGNAMES1\")")]
    NotAModel,
    #[error("the model is cut short: {0} bytes after the header are not whole entries")]
    Truncated(usize),
    #[error("the model's entries are not sorted by key")]
    Unsorted,
}

/// A trained name classifier: feature keys, each with one weight per class.
/// The serialised entries are borrowed from the binary when built in; a
/// hash index over their keys finds a feature's weights in one probe.
#[derive(Clone)]
pub struct NameModel {
    bytes: Cow<'static, [u8]>,
    index: FxHashMap<u64, u32>,
}

impl std::fmt::Debug for NameModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameModel")
            .field("features", &self.len())
            .finish()
    }
}

impl NameModel {
    /// The model that ships with kg.
    pub fn builtin() -> Self {
        NameModel::from_bytes(Cow::Borrowed(BUILTIN)).expect("the bundled name model is valid")
    }

    /// Reads a model from its serialised form (see [`NameModel::to_bytes`]).
    pub fn from_bytes(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Self, NameModelError> {
        let bytes = bytes.into();
        if !bytes.starts_with(MAGIC) {
            return Err(NameModelError::NotAModel);
        }
        let rest = bytes.len() - MAGIC.len();
        if !rest.is_multiple_of(ENTRY) {
            return Err(NameModelError::Truncated(rest));
        }
        let mut model = NameModel {
            bytes,
            index: FxHashMap::default(),
        };
        if (1..model.len()).any(|i| model.key(i - 1) >= model.key(i)) {
            return Err(NameModelError::Unsorted);
        }
        model.index = (0..model.len()).map(|i| (model.key(i), i as u32)).collect();
        Ok(model)
    }

    /// The serialised model: a magic string, then entries of a little-endian
    /// `u64` key and one `f32` weight per class, sorted by key.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.bytes.to_vec()
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        (self.bytes.len() - MAGIC.len()) / ENTRY
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn entry(&self, i: usize) -> &[u8] {
        let at = MAGIC.len() + i * ENTRY;
        &self.bytes[at..at + ENTRY]
    }

    fn key(&self, i: usize) -> u64 {
        u64::from_le_bytes(self.entry(i)[..8].try_into().expect("8 bytes"))
    }

    fn weights(&self, key: u64) -> Option<[f32; NAME_CLASSES.len()]> {
        let e = self.entry(*self.index.get(&key)? as usize);
        let mut w = [0f32; NAME_CLASSES.len()];
        for (c, w) in w.iter_mut().enumerate() {
            let at = 8 + 4 * c;
            *w = f32::from_le_bytes(e[at..at + 4].try_into().expect("4 bytes"));
        }
        Some(w)
    }

    /// The score of each class for a set of features.
    pub fn scores(&self, features: &[u64]) -> [f32; NAME_CLASSES.len()] {
        let mut scores = [0f32; NAME_CLASSES.len()];
        for &f in features {
            if let Some(w) = self.weights(f) {
                scores.iter_mut().zip(w).for_each(|(s, w)| *s += w);
            }
        }
        scores
    }

    /// The best class index for a set of features (ties go to the lower index).
    pub fn predict(&self, features: &[u64]) -> usize {
        best(&self.scores(features))
    }

    /// Trains an averaged perceptron on `(features, class index)` examples,
    /// visiting them in a fixed pseudo-random order for `epochs` rounds, so
    /// the same examples always give the same model.
    pub fn train(examples: &[(Vec<u64>, usize)], epochs: usize) -> Self {
        let mut trainer = Trainer::default();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &i in &order {
                let (features, class) = &examples[i];
                trainer.learn(features, *class);
            }
        }
        trainer.finish()
    }
}

fn best(scores: &[f32]) -> usize {
    let mut top = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[top] {
            top = i;
        }
    }
    top
}

/// Perceptron weights with lazily averaged totals.
#[derive(Default)]
struct Trainer {
    /// Per feature and class: current weight, running total, step of the last change.
    weights: HashMap<u64, [(f32, f64, u64); NAME_CLASSES.len()]>,
    step: u64,
}

impl Trainer {
    fn learn(&mut self, features: &[u64], truth: usize) {
        self.step += 1;
        let mut scores = [0f32; NAME_CLASSES.len()];
        for f in features {
            if let Some(w) = self.weights.get(f) {
                scores.iter_mut().zip(w).for_each(|(s, w)| *s += w.0);
            }
        }
        let guess = best(&scores);
        if guess == truth {
            return;
        }
        for f in features {
            let w = self.weights.entry(*f).or_default();
            for (class, delta) in [(truth, 1.0), (guess, -1.0)] {
                let (weight, total, last) = &mut w[class];
                *total += f64::from(*weight) * (self.step - *last) as f64;
                *last = self.step;
                *weight += delta;
            }
        }
    }

    fn finish(self) -> NameModel {
        let step = self.step.max(1);
        let mut entries: Vec<(u64, [f32; NAME_CLASSES.len()])> = self
            .weights
            .into_iter()
            .map(|(key, w)| {
                let avg = w.map(|(weight, total, last)| {
                    ((total + f64::from(weight) * (step - last) as f64) / step as f64) as f32
                });
                (key, avg)
            })
            // Features whose averaged weights vanish only cost space.
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-4))
            .collect();
        entries.sort_unstable_by_key(|(key, _)| *key);
        let mut bytes = Vec::with_capacity(MAGIC.len() + entries.len() * ENTRY);
        bytes.extend_from_slice(MAGIC);
        for (key, w) in entries {
            bytes.extend_from_slice(&key.to_le_bytes());
            for x in w {
                bytes.extend_from_slice(&x.to_le_bytes());
            }
        }
        NameModel::from_bytes(bytes).expect("entries are sorted and whole")
    }
}

/// Feature keys: FNV-1a over a feature's kind and its parts.
struct Features<'v> {
    keys: &'v mut Vec<u64>,
}

impl Features<'_> {
    fn add(&mut self, kind: &str, parts: &[&str]) {
        let mut h = 0xcbf2_9ce4_8422_2325_u64;
        for part in std::iter::once(kind).chain(parts.iter().copied()) {
            for b in part.bytes().chain([0xff]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        self.keys.push(h);
    }
}

/// Coarse shape of a word: "Xx", "XX", "Xx-Xx", "dd" (runs collapsed).
fn shape(word: &str, out: &mut String) {
    let mut last = ' ';
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s != last {
            out.push(s);
            last = s;
        }
    }
}

/// The last `n` characters of a lowercase word.
fn suffix(word: &str, n: usize) -> &str {
    let cut = word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &word[cut..]
}

/// The first `n` characters of a lowercase word.
fn prefix(word: &str, n: usize) -> &str {
    let cut = word.char_indices().nth(n).map_or(word.len(), |(i, _)| i);
    &word[..cut]
}

/// Features of the name at tokens `start..stop`, appended to `keys`.
pub fn name_features(
    view: &DocView<'_>,
    lex: &Lexicon,
    start: usize,
    stop: usize,
    keys: &mut Vec<u64>,
) {
    let mut f = Features { keys };
    let sentence = view.sentences[view.toks[start].sentence].clone();
    let word = |k: usize| {
        if k < sentence.start || k >= sentence.end {
            "<s>"
        } else {
            view.low(k)
        }
    };
    f.add("bias", &[]);
    let len = (stop - start).min(5).to_string();
    f.add("len", &[&len]);
    let mut span_shape = String::new();
    for k in start..stop {
        let low = view.low(k);
        f.add("w", &[low]);
        f.add("suf3", &[suffix(low, 3)]);
        f.add("suf4", &[suffix(low, 4)]);
        f.add("pre3", &[prefix(low, 3)]);
        if !span_shape.is_empty() {
            span_shape.push(' ');
        }
        shape(view.text(k), &mut span_shape);
        // What the lexicon knows of each word on its own.
        if lex.given_names.contains(view.text(k)) {
            f.add("given", &[if k == start { "first" } else { "inner" }]);
        }
        if lex.surnames_first.contains(view.text(k)) {
            f.add("surname-first", &[]);
        }
        if let Some(class) = lex.name_heads.get(low) {
            f.add("head", &[class]);
        }
        if let Some(&id) = lex.surface_ids.get(low) {
            if let Some(sense) = lex.surfaces[id].1.first() {
                f.add("known", &[&lex.individuals[sense.individual].class]);
            }
        }
    }
    f.add("shape", &[&span_shape]);
    let first = view.low(start);
    let last = view.low(stop - 1);
    f.add("first", &[first]);
    f.add("last", &[last]);
    f.add("last-suf2", &[suffix(last, 2)]);
    f.add("last-suf4", &[suffix(last, 4)]);
    let prev = word(start.wrapping_sub(1));
    let prev2 = word(start.wrapping_sub(2));
    let next = word(stop);
    let next2 = word(stop + 1);
    f.add("prev", &[prev]);
    f.add("prev2", &[prev2, prev]);
    f.add("next", &[next]);
    f.add("next2", &[next, next2]);
    f.add("around", &[prev, next]);
    if start == sentence.start {
        f.add("sentence-start", &[]);
    }
    // Words nearby, without their position.
    for k in start.saturating_sub(3).max(sentence.start)..start {
        f.add("before", &[view.low(k)]);
    }
    for k in stop..(stop + 3).min(sentence.end) {
        f.add("after", &[view.low(k)]);
    }
    // What the sentence says the name is: "X is a town in …", "X, a band from …".
    let introduces = matches!(next, "is" | "was" | "," | "are" | "were");
    if introduces && matches!(next2, "a" | "an" | "the") {
        for k in stop + 2..(stop + 6).min(sentence.end) {
            if view.is_punct(k, ",") || view.is_punct(k, ".") {
                break;
            }
            f.add("described", &[view.low(k)]);
        }
    }
    if (start..stop).all(|k| view.text(k).chars().all(|c| !c.is_lowercase())) {
        f.add("all-caps", &[]);
    }
}

/// The pipeline step: classifies every [`MentionKind::Unclassified`] name
/// (dropping those the model does not keep) and gives lone capitalised words
/// ([`MentionKind::Surname`]) a class to fall back on when they do not turn
/// out to be a known person's surname. Every mention of the same name in the
/// document votes, so a name gets one class from all its contexts.
pub fn classify_names(
    view: &DocView<'_>,
    lex: &Lexicon,
    model: &NameModel,
    cands: &mut Vec<MentionCand>,
) {
    let mut votes: HashMap<String, [f32; NAME_CLASSES.len()]> = HashMap::new();
    // A name the text itself describes ("Kestrel Dynamics, a shipping
    // company") takes the class of that description, in every mention.
    let mut described: HashMap<String, String> = HashMap::new();
    for cand in cands.iter().filter(|c| c.kind.awaits_name_class()) {
        if let Some(class) = appositive_class(view, lex, cand.tokens.end) {
            described
                .entry(cand.label.to_lowercase())
                .or_insert_with(|| class.to_owned());
        }
    }
    let mut keys = Vec::new();
    for cand in cands.iter().filter(|c| c.kind.awaits_name_class()) {
        keys.clear();
        name_features(view, lex, cand.tokens.start, cand.tokens.end, &mut keys);
        let scores = model.scores(&keys);
        let total = votes.entry(cand.label.to_lowercase()).or_default();
        total.iter_mut().zip(scores).for_each(|(t, s)| *t += s);
    }
    cands.retain_mut(|cand| {
        if !cand.kind.awaits_name_class() {
            return true;
        }
        let unclassified = cand.kind == MentionKind::Unclassified;
        let label = cand.label.to_lowercase();
        if let Some(class) = described.get(&label) {
            cand.class = class.clone();
        } else {
            let class = NAME_CLASSES[best(&votes[&label])];
            // What the context suggested stands when the model keeps nothing.
            if !class.is_empty() {
                cand.class = Lexicon::kg(class);
            }
        }
        if cand.class.is_empty() {
            return !unclassified;
        }
        if unclassified {
            cand.kind = if cand.class == Lexicon::kg("Person") {
                MentionKind::Person
            } else {
                MentionKind::Name
            };
        }
        true
    });
}

/// The class of an indefinite description in apposition right after a name
/// ending at token `end`: ", a|an [modifiers] HEAD" with a description head
/// of the lexicon, ended by punctuation or the sentence end.
fn appositive_class<'l>(view: &DocView<'_>, lex: &'l Lexicon, end: usize) -> Option<&'l str> {
    let limit = view.sentence_end(end.saturating_sub(1));
    if end + 2 >= limit || !view.is_punct(end, ",") || !matches!(view.low(end + 1), "a" | "an") {
        return None;
    }
    // The description runs to the next punctuation (at most eight words).
    let stop = (end + 2..limit.min(end + 10))
        .find(|&k| !view.is_word(k))
        .unwrap_or(limit.min(end + 10));
    let mut class = None;
    let mut k = end + 2;
    while k < stop {
        match lex.description_heads.longest_at(view, k, stop) {
            Some((len, c)) => {
                // Only a head that ends the description names its class.
                class = (k + len == stop).then_some(c.as_str());
                k += len;
            }
            None => k += 1,
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_loads() {
        assert!(NameModel::builtin().len() > 1000);
    }

    #[test]
    fn bad_models_are_refused() {
        assert!(matches!(
            NameModel::from_bytes(b"not a model".to_vec()),
            Err(NameModelError::NotAModel)
        ));
        let mut cut = NameModel::builtin().to_bytes();
        cut.pop();
        assert!(matches!(
            NameModel::from_bytes(cut),
            Err(NameModelError::Truncated(_))
        ));
    }

    #[test]
    fn suffixes_count_characters() {
        assert_eq!(suffix("münster", 3), "ter");
        assert_eq!(suffix("ål", 3), "ål");
        assert_eq!(suffix("sø", 1), "ø");
    }
}
