//! Part-of-speech tagging: a greedy left-to-right averaged perceptron that
//! gives each token a UPOS tag and a Penn Treebank (XPOS) tag at once.
//!
//! A class is one (UPOS, XPOS) pair seen in training. Features are the word,
//! its normalised form, affixes and shape, the two words on each side, and the
//! tags already given to the two words before it. Frequent words that always
//! carry the same tag in training ("the", "of", ",") are looked up in a tag
//! dictionary instead of scored, which is both faster and as accurate.

use rustc_hash::FxHashMap;

use super::perceptron::{argmax, feature, Model, Perceptron};
use super::words::{normalise, WordView};
use super::{read_strings, write_strings, ModelFileError};

/// The first bytes of a tagger file; the digit is the format version.
pub const MAGIC: &[u8; 8] = b"KGTAGR01";

/// A word goes into the tag dictionary when it was seen at least this often…
const DICT_MIN_COUNT: u32 = 20;
/// …with its most frequent tag at least this share of the time.
const DICT_MIN_SHARE: f64 = 0.97;

/// Whether a Penn Treebank tag marks a finite verb or a modal: a past
/// (`VBD`), a present (`VBZ`, `VBP`) or a modal (`MD`), the verb forms that
/// carry a clause's tense. A bare form, a participle or a gerund is none.
///
/// ```
/// use kgraph::parse::tagger::is_finite_verb;
/// assert!(is_finite_verb("VBZ") && is_finite_verb("MD"));
/// assert!(!is_finite_verb("VB") && !is_finite_verb("VBG") && !is_finite_verb("NN"));
/// ```
pub fn is_finite_verb(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")
}

/// Whether a Penn Treebank tag marks a verb of any form (`VB`, `VBD`,
/// `VBG`, `VBN`, `VBP`, `VBZ`) or a modal (`MD`).
///
/// ```
/// use kgraph::parse::tagger::is_verb_or_modal;
/// assert!(is_verb_or_modal("VBN") && is_verb_or_modal("MD"));
/// assert!(!is_verb_or_modal("NN") && !is_verb_or_modal("IN"));
/// ```
pub fn is_verb_or_modal(xpos: &str) -> bool {
    xpos.starts_with("VB") || xpos == "MD"
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// Class id → (UPOS, XPOS).
    tags: Vec<(String, String)>,
    /// Hash of the normalised word → its one tag.
    dictionary: FxHashMap<u64, u16>,
    model: Model,
}

/// Buffers reused from sentence to sentence, so tagging allocates nothing per
/// token once they have grown.
#[derive(Debug, Default)]
pub struct TagScratch {
    views: Vec<WordView>,
    features: Vec<u64>,
    scores: Vec<f32>,
    text: String,
}

/// Fills `views` with the views of `words` (no padding).
fn word_views(words: &[&str], scratch: &mut TagScratch) {
    scratch.views.clear();
    for w in words {
        let view = WordView::new(w, &mut scratch.text);
        scratch.views.push(view);
    }
}

/// The tag id standing for "no tag yet" (before the first word).
const START: u64 = u64::MAX;

/// The features of word `i` given the tags chosen for the words before it.
fn tag_features(views: &[WordView], i: usize, prev: u64, prev2: u64, out: &mut Vec<u64>) {
    let pad = WordView::padding();
    let at = |j: isize| -> WordView {
        if j < 0 || j as usize >= views.len() {
            pad
        } else {
            views[j as usize]
        }
    };
    let i = i as isize;
    let (w, p1, p2, n1, n2) = (at(i), at(i - 1), at(i - 2), at(i + 1), at(i + 2));
    out.clear();
    out.extend_from_slice(&[
        feature(1, &[]),
        feature(2, &[w.norm]),
        feature(3, &[w.form]),
        feature(4, &[w.suffix1]),
        feature(5, &[w.suffix2]),
        feature(6, &[w.suffix3]),
        feature(7, &[w.suffix4]),
        feature(8, &[w.prefix1]),
        feature(9, &[w.prefix3]),
        feature(10, &[w.shape]),
        feature(11, &[p1.norm]),
        feature(12, &[p2.norm]),
        feature(13, &[n1.norm]),
        feature(14, &[n2.norm]),
        feature(15, &[p1.suffix3]),
        feature(16, &[n1.suffix3]),
        feature(17, &[n1.shape]),
        feature(18, &[prev]),
        feature(19, &[prev, prev2]),
        feature(20, &[prev, w.norm]),
        feature(21, &[w.norm, n1.norm]),
        feature(22, &[p1.norm, w.norm]),
        feature(23, &[prev, w.suffix3]),
        feature(24, &[w.shape, p1.shape, n1.shape]),
    ]);
}

impl Tagger {
    /// Tags one sentence: `out` gets one class id per word (see [`Tagger::tag_name`]).
    pub fn tag(&self, words: &[&str], scratch: &mut TagScratch, out: &mut Vec<u16>) {
        out.clear();
        self.tag_rest(words, scratch, out);
    }

    /// [`Tagger::tag`] for `words` whose first `shared` words are those of
    /// a sentence this tagger gave `tagged` (the split pieces of a sentence
    /// whose whole words were tagged, up to its first split word). A word's
    /// tag reads only the words up to two either side of it and the tags
    /// before it, so each of the first `shared - 2` words gets the tag it
    /// got there: those are copied, and tagging goes on after them. `out`
    /// is what [`Tagger::tag`] gives.
    pub fn tag_continuing(
        &self,
        words: &[&str],
        shared: usize,
        tagged: &[u16],
        scratch: &mut TagScratch,
        out: &mut Vec<u16>,
    ) {
        let keep = shared.min(tagged.len()).min(words.len()).saturating_sub(2);
        out.clear();
        out.extend_from_slice(&tagged[..keep]);
        self.tag_rest(words, scratch, out);
    }

    /// Tags the words of `words` after the `out.len()` whose tags `out`
    /// holds (see [`Tagger::tag_continuing`]).
    fn tag_rest(&self, words: &[&str], scratch: &mut TagScratch, out: &mut Vec<u16>) {
        let done = out.len();
        // The words a feature of a word still to tag reads: from two
        // before the first of them (index `i - first` in the views).
        let first = done.saturating_sub(2);
        word_views(&words[first..], scratch);
        scratch.scores.resize(self.model.classes(), 0.0);
        let tag_of = |i: Option<usize>| i.map_or(START, |i| u64::from(out[i]));
        let (mut prev, mut prev2) = (tag_of(done.checked_sub(1)), tag_of(done.checked_sub(2)));
        for i in done..words.len() {
            let at = i - first;
            let tag = match self.dictionary.get(&scratch.views[at].norm) {
                Some(&tag) => tag,
                None => {
                    tag_features(&scratch.views, at, prev, prev2, &mut scratch.features);
                    self.model.scores(&scratch.features, &mut scratch.scores);
                    argmax(&scratch.scores) as u16
                }
            };
            out.push(tag);
            prev2 = prev;
            prev = u64::from(tag);
        }
    }

    /// The (UPOS, XPOS) pair of a class id.
    pub fn tag_name(&self, id: u16) -> (&str, &str) {
        let (u, x) = &self.tags[usize::from(id)];
        (u, x)
    }

    /// All classes, by id.
    pub fn tags(&self) -> &[(String, String)] {
        &self.tags
    }

    /// Magic, the tag pairs, the dictionary (sorted by key), then the perceptron.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let flat: Vec<&str> = self
            .tags
            .iter()
            .flat_map(|(u, x)| [u.as_str(), x.as_str()])
            .collect();
        write_strings(&flat, &mut out);
        let mut dict: Vec<(u64, u16)> = self.dictionary.iter().map(|(&k, &v)| (k, v)).collect();
        dict.sort_unstable();
        out.extend_from_slice(&(dict.len() as u32).to_le_bytes());
        for (k, v) in dict {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.model.to_bytes());
        out
    }

    /// Reads bytes written by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelFileError> {
        let mut r = super::perceptron::Reader { bytes, pos: 0 };
        if bytes.get(..MAGIC.len()) != Some(MAGIC) {
            return Err(ModelFileError::BadMagic("KGTAGR01"));
        }
        r.pos = MAGIC.len();
        let flat = read_strings(&mut r)?;
        if flat.len() % 2 != 0 || flat.is_empty() {
            return Err(ModelFileError::Inconsistent(
                "the tag list is not a list of pairs",
            ));
        }
        let tags: Vec<(String, String)> = flat
            .chunks(2)
            .map(|p| (p[0].clone(), p[1].clone()))
            .collect();
        let count = u32::from_le_bytes(r.take()?) as usize;
        if count > bytes.len() / 10 {
            return Err(ModelFileError::Inconsistent(
                "the tag dictionary is longer than the file",
            ));
        }
        let mut dictionary = FxHashMap::default();
        for _ in 0..count {
            let key = u64::from_le_bytes(r.take()?);
            let tag = u16::from_le_bytes(r.take()?);
            if usize::from(tag) >= tags.len() {
                return Err(ModelFileError::Inconsistent(
                    "the tag dictionary names an unknown tag",
                ));
            }
            dictionary.insert(key, tag);
        }
        let model = Model::from_bytes(&bytes[r.pos..])?;
        if model.classes() != tags.len() {
            return Err(ModelFileError::Inconsistent(
                "the model's classes are not the tags",
            ));
        }
        Ok(Self {
            tags,
            dictionary,
            model,
        })
    }

    /// Number of features with weights (for reports).
    pub fn features(&self) -> usize {
        self.model.len()
    }
}

/// One training sentence: words and their gold (UPOS, XPOS) tags.
pub struct TaggedSentence<'a> {
    pub words: Vec<&'a str>,
    pub tags: Vec<(&'a str, &'a str)>,
}

/// Trains a tagger epoch by epoch.
pub struct TaggerTrainer {
    tags: Vec<(String, String)>,
    tag_ids: FxHashMap<(String, String), u16>,
    dictionary: FxHashMap<u64, u16>,
    perceptron: Perceptron,
    scratch: TagScratch,
}

impl TaggerTrainer {
    /// Collects the tag set and the tag dictionary from the training data.
    pub fn new(data: &[TaggedSentence]) -> Self {
        let mut tags: Vec<(String, String)> = data
            .iter()
            .flat_map(|s| s.tags.iter().map(|&(u, x)| (u.to_string(), x.to_string())))
            .collect();
        tags.sort();
        tags.dedup();
        let tag_ids: FxHashMap<(String, String), u16> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u16))
            .collect();
        // Word → tag counts, in a sorted map so ties resolve the same way every run.
        let mut counts: std::collections::BTreeMap<String, FxHashMap<u16, u32>> =
            Default::default();
        for s in data {
            for (w, &(u, x)) in s.words.iter().zip(&s.tags) {
                let id = tag_ids[&(u.to_string(), x.to_string())];
                *counts
                    .entry(normalise(w))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        let mut dictionary = FxHashMap::default();
        for (word, per_tag) in &counts {
            let total: u32 = per_tag.values().sum();
            let (&best, &n) = per_tag
                .iter()
                .max_by_key(|&(&t, &n)| (n, std::cmp::Reverse(t)))
                .expect("a counted word has a tag");
            if total >= DICT_MIN_COUNT && f64::from(n) / f64::from(total) >= DICT_MIN_SHARE {
                dictionary.insert(super::perceptron::hash_str(word), best);
            }
        }
        let classes = tags.len().max(1) as u16;
        Self {
            tags,
            tag_ids,
            dictionary,
            perceptron: Perceptron::new(classes),
            scratch: TagScratch::default(),
        }
    }

    /// One pass over `data` in the given order; returns the share of words
    /// tagged right during the pass.
    pub fn epoch(&mut self, data: &[TaggedSentence], order: &[usize]) -> f64 {
        let (mut right, mut total) = (0usize, 0usize);
        let mut scores = vec![0.0; self.perceptron.classes()];
        for &k in order {
            let s = &data[k];
            word_views(&s.words, &mut self.scratch);
            let (mut prev, mut prev2) = (START, START);
            for i in 0..s.words.len() {
                let truth = self.tag_ids[&(s.tags[i].0.to_string(), s.tags[i].1.to_string())];
                let guess = match self.dictionary.get(&self.scratch.views[i].norm) {
                    Some(&t) => t,
                    None => {
                        tag_features(
                            &self.scratch.views,
                            i,
                            prev,
                            prev2,
                            &mut self.scratch.features,
                        );
                        self.perceptron.scores(&self.scratch.features, &mut scores);
                        let guess = argmax(&scores);
                        self.perceptron
                            .update(&self.scratch.features, usize::from(truth), guess);
                        guess as u16
                    }
                };
                right += usize::from(guess == truth);
                total += 1;
                prev2 = prev;
                prev = u64::from(guess);
            }
        }
        right as f64 / total.max(1) as f64
    }

    /// The averaged tagger as it stands (training can go on afterwards).
    pub fn finish(&self, prune: f32) -> Tagger {
        Tagger {
            tags: self.tags.clone(),
            dictionary: self.dictionary.clone(),
            model: self.perceptron.finish(prune),
        }
    }
}
