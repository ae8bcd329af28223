//! A generic multi-class averaged perceptron over hashed sparse features.
//!
//! Features are `u64` keys (see [`feature`] and [`feature_str`]); every
//! feature present in an example has the value 1. Training happens in a
//! [`Perceptron`], which keeps, per feature, only the classes that feature
//! ever voted for, with the running sums needed for averaging. Averaging is
//! lazy: each weight remembers when it last changed, so an update touches only
//! the weights of the features in that example.
//!
//! [`Perceptron::finish`] averages the weights, drops the small ones and
//! quantises the rest to `i16`, giving a read-only [`Model`]: an
//! open-addressing table indexed by the feature key whose slot points at the
//! feature's (class, weight) pairs, stored contiguously. Scoring one feature is
//! one probe in the table and one short run of memory. [`Model::to_bytes`] and
//! [`Model::from_bytes`] store it; the bytes are deterministic (features sorted
//! by key), so retraining on the same data gives the same file.
//!
//! ```
//! use kgraph::parse::perceptron::{feature_str, Model, Perceptron};
//!
//! // Two classes: 0 = "short word", 1 = "long word".
//! let examples = [("a", 0), ("the", 0), ("elephant", 1), ("dictionary", 1)];
//! let mut learner = Perceptron::new(2);
//! for _epoch in 0..5 {
//!     for (word, truth) in examples {
//!         let features = [feature_str(1, if word.len() > 4 { "long" } else { "short" })];
//!         let guess = learner.predict(&features);
//!         learner.update(&features, truth, guess);
//!     }
//! }
//! let model = learner.finish(0.0);
//! let model = Model::from_bytes(&model.to_bytes()).unwrap();
//! assert_eq!(model.predict(&[feature_str(1, "long")]), 1);
//! assert_eq!(model.predict(&[feature_str(1, "short")]), 0);
//! ```

use rustc_hash::FxHashMap;

/// The first bytes of a stored model; the digit is the format version.
pub const MAGIC: &[u8; 8] = b"KGPERC01";

/// Why bytes are not a model.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a kg perceptron model (it does not start with \"KGPERC01\")")]
    BadMagic,
    #[error("the model is cut short at byte {0}")]
    Truncated(usize),
    #[error("the model's features are not sorted by key (at byte {0})")]
    Unsorted(usize),
    #[error("feature at byte {offset} names class {class}, but the model has {classes} classes")]
    BadClass {
        offset: usize,
        class: u16,
        classes: u16,
    },
    #[error("the model has {0} bytes after its last feature")]
    TrailingBytes(usize),
    #[error("the model declares {0} classes; at least one is needed")]
    NoClasses(u16),
}

/// A feature key for `template` applied to already-hashed values (word ids,
/// tag ids, …). Different templates give unrelated keys for the same values.
#[inline]
pub fn feature(template: u32, values: &[u64]) -> u64 {
    let mut h = mix(0x9e37_79b9_7f4a_7c15 ^ u64::from(template));
    for &v in values {
        h = mix(h ^ v).wrapping_add(0x632b_e59b_d9b4_e019);
    }
    h
}

/// A feature key for `template` applied to one string.
#[inline]
pub fn feature_str(template: u32, text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64_with_seed(text.as_bytes(), u64::from(template))
}

/// A stable 64-bit hash of a string, to combine later with [`feature`].
#[inline]
pub fn hash_str(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// A strong 64-bit finaliser (from SplitMix64): every input bit affects every
/// output bit, so combined keys do not collide in patterns.
#[inline]
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// One trainable weight: a feature's vote for one class.
#[derive(Debug, Clone, Copy)]
struct Weight {
    class: u16,
    /// The current weight.
    value: f32,
    /// Sum of the weight over every instance up to `stamp`.
    total: f64,
    /// The instance count when `value` last changed.
    stamp: u64,
}

/// An averaged perceptron being trained.
#[derive(Debug, Clone)]
pub struct Perceptron {
    classes: u16,
    /// Feature key → index into `weights`.
    index: FxHashMap<u64, u32>,
    /// Per feature, the classes it has a weight for (few, searched linearly).
    weights: Vec<Vec<Weight>>,
    /// Instances seen so far (each call to `update` is one).
    instances: u64,
}

impl Perceptron {
    /// A perceptron with all weights zero over `classes` classes (at least 1).
    pub fn new(classes: u16) -> Self {
        assert!(classes > 0, "a perceptron needs at least one class");
        Self {
            classes,
            index: FxHashMap::default(),
            weights: Vec::new(),
            instances: 0,
        }
    }

    pub fn classes(&self) -> usize {
        usize::from(self.classes)
    }

    /// Adds each feature's current weights to `scores` (which must hold one
    /// entry per class; it is zeroed first).
    pub fn scores(&self, features: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        for key in features {
            if let Some(&row) = self.index.get(key) {
                for w in &self.weights[row as usize] {
                    scores[usize::from(w.class)] += w.value;
                }
            }
        }
    }

    /// The best-scoring class with the current weights (ties: lowest class).
    pub fn predict(&self, features: &[u64]) -> usize {
        let mut scores = vec![0.0; self.classes()];
        self.scores(features, &mut scores);
        argmax(&scores)
    }

    /// Counts one training instance; when `guess` is wrong, moves each
    /// feature's weight towards `truth` and away from `guess`.
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        self.instances += 1;
        if truth == guess {
            return;
        }
        assert!(
            truth < self.classes() && guess < self.classes(),
            "class out of range"
        );
        for &key in features {
            let next = self.weights.len() as u32;
            let row = *self.index.entry(key).or_insert(next);
            if row == next {
                self.weights.push(Vec::new());
            }
            let now = self.instances;
            let row = &mut self.weights[row as usize];
            Self::nudge(row, truth as u16, 1.0, now);
            Self::nudge(row, guess as u16, -1.0, now);
        }
    }

    fn nudge(row: &mut Vec<Weight>, class: u16, delta: f32, now: u64) {
        let w = match row.iter_mut().position(|w| w.class == class) {
            Some(i) => &mut row[i],
            None => {
                row.push(Weight {
                    class,
                    value: 0.0,
                    total: 0.0,
                    stamp: now,
                });
                row.last_mut().expect("just pushed")
            }
        };
        w.total += f64::from(w.value) * (now - w.stamp) as f64;
        w.stamp = now;
        w.value += delta;
    }

    /// Averages the weights over all instances seen, drops those whose
    /// absolute average is at most `prune`, and quantises the rest.
    pub fn finish(&self, prune: f32) -> Model {
        let now = self.instances.max(1);
        // Sorted by key so the result never depends on hash-map order.
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let mut averaged: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(keys.len());
        let mut max_abs = 0.0f32;
        for (key, row) in keys {
            let mut classes: Vec<(u16, f32)> = self.weights[row as usize]
                .iter()
                .map(|w| {
                    let total = w.total + f64::from(w.value) * (now - w.stamp) as f64;
                    (w.class, (total / now as f64) as f32)
                })
                .filter(|&(_, avg)| avg.abs() > prune && avg != 0.0)
                .collect();
            if classes.is_empty() {
                continue;
            }
            classes.sort_unstable_by_key(|&(c, _)| c);
            for &(_, avg) in &classes {
                max_abs = max_abs.max(avg.abs());
            }
            averaged.push((key, classes));
        }
        let scale = if max_abs > 0.0 {
            max_abs / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut features = Vec::with_capacity(averaged.len());
        for (key, classes) in averaged {
            let quantised: Vec<(u16, i16)> = classes
                .into_iter()
                .map(|(c, avg)| (c, (avg / scale).round() as i16))
                .filter(|&(_, q)| q != 0)
                .collect();
            if !quantised.is_empty() {
                features.push((key, quantised));
            }
        }
        Model::build(self.classes, scale, &features)
    }
}

/// Index of the highest score; the lowest index wins a tie.
#[inline]
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// One slot of the model's table: the feature's key and where its weights start.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u64,
    /// Index into `Model::entries` of the first weight; `u32::MAX` = empty.
    start: u32,
    /// Number of weights.
    len: u32,
}

const EMPTY: u32 = u32::MAX;

/// Models with at most this many classes keep each feature's weights in its
/// table slot (one memory access per feature instead of two).
const INLINE_CLASSES: usize = 4;

/// A slot of a small model's table: key and the weight of every class. A
/// slot whose weights are all zero is empty (a stored feature has at least
/// one non-zero weight; one without any would add nothing).
#[derive(Debug, Clone, Copy, Default)]
struct InlineSlot {
    key: u64,
    weights: [i16; INLINE_CLASSES],
}

impl InlineSlot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.weights == [0; INLINE_CLASSES]
    }
}

/// A trained, read-only perceptron: averaged, pruned, quantised weights.
#[derive(Debug, Clone)]
pub struct Model {
    classes: u16,
    /// Multiplies an `i16` weight into the averaged weight it stands for.
    scale: f32,
    /// Open addressing, linear probing, power-of-two size, at most half full.
    /// Empty when the model has at most `INLINE_CLASSES` classes.
    slots: Vec<Slot>,
    /// The same table for models with at most `INLINE_CLASSES` classes
    /// (then `slots` and `entries` are empty).
    inline: Vec<InlineSlot>,
    mask: usize,
    /// (class, quantised weight) runs, one per feature, in key order.
    entries: Vec<(u16, i16)>,
    /// Number of features stored.
    features: usize,
}

impl Model {
    fn build(classes: u16, scale: f32, features: &[(u64, Vec<(u16, i16)>)]) -> Self {
        let size = (features.len() * 2).next_power_of_two().max(16);
        if usize::from(classes) <= INLINE_CLASSES {
            let mut inline = vec![InlineSlot::default(); size];
            let mask = size - 1;
            let mut stored = 0;
            for (key, weights) in features {
                let mut row = [0i16; INLINE_CLASSES];
                for &(class, w) in weights {
                    // Classes are checked on reading; a repeated class adds up.
                    if let Some(r) = row.get_mut(usize::from(class)) {
                        *r = r.saturating_add(w);
                    }
                }
                if row == [0; INLINE_CLASSES] {
                    continue;
                }
                let mut i = Self::home(*key, mask);
                while !inline[i].is_empty() {
                    i = (i + 1) & mask;
                }
                inline[i] = InlineSlot {
                    key: *key,
                    weights: row,
                };
                stored += 1;
            }
            return Self {
                classes,
                scale,
                slots: Vec::new(),
                inline,
                mask,
                entries: Vec::new(),
                features: stored,
            };
        }
        let mut slots = vec![
            Slot {
                key: 0,
                start: EMPTY,
                len: 0
            };
            size
        ];
        let mask = size - 1;
        let mut entries = Vec::with_capacity(features.iter().map(|f| f.1.len()).sum());
        for (key, weights) in features {
            let mut i = Self::home(*key, mask);
            while slots[i].start != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = Slot {
                key: *key,
                start: entries.len() as u32,
                len: weights.len() as u32,
            };
            entries.extend_from_slice(weights);
        }
        Self {
            classes,
            scale,
            slots,
            inline: Vec::new(),
            mask,
            entries,
            features: features.len(),
        }
    }

    #[inline]
    fn home(key: u64, mask: usize) -> usize {
        // Keys are hashes already; the high bits are as good as any.
        (key >> 17) as usize & mask
    }

    pub fn classes(&self) -> usize {
        usize::from(self.classes)
    }

    /// Number of features with at least one weight.
    pub fn len(&self) -> usize {
        self.features
    }

    pub fn is_empty(&self) -> bool {
        self.features == 0
    }

    /// Sums the weights of `features` per class into `scores` (one entry per
    /// class; zeroed first).
    #[inline]
    pub fn scores(&self, features: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        if !self.inline.is_empty() {
            let mut sums = [0i32; INLINE_CLASSES];
            for &key in features {
                let mut i = Self::home(key, self.mask);
                loop {
                    let slot = &self.inline[i];
                    if slot.is_empty() {
                        break;
                    }
                    if slot.key == key {
                        for (s, &w) in sums.iter_mut().zip(&slot.weights) {
                            *s += i32::from(w);
                        }
                        break;
                    }
                    i = (i + 1) & self.mask;
                }
            }
            for (s, &sum) in scores.iter_mut().zip(&sums) {
                *s = sum as f32 * self.scale;
            }
            return;
        }
        // Two passes over the features, a block at a time: first find every
        // feature's slot, then add the weights. The table is far larger than
        // the cache, and separating the probes lets the processor wait for
        // all their cache misses at once instead of one after another.
        const BLOCK: usize = 32;
        let mut found = [(0u32, 0u32); BLOCK];
        for block in features.chunks(BLOCK) {
            let mut count = 0;
            for &key in block {
                let run = self.find(key);
                if run.1 > 0 {
                    found[count] = run;
                    count += 1;
                }
            }
            for &(start, len) in &found[..count] {
                let start = start as usize;
                for &(class, w) in &self.entries[start..start + len as usize] {
                    scores[usize::from(class)] += f32::from(w);
                }
            }
        }
        for s in scores.iter_mut() {
            *s *= self.scale;
        }
    }

    /// The (start, length) of a feature's weights in `entries`; length 0
    /// when the model has no weight for it.
    #[inline]
    fn find(&self, key: u64) -> (u32, u32) {
        let mut i = Self::home(key, self.mask);
        loop {
            let slot = self.slots[i];
            if slot.start == EMPTY {
                return (0, 0);
            }
            if slot.key == key {
                return (slot.start, slot.len);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The best-scoring class (ties: lowest class).
    pub fn predict(&self, features: &[u64]) -> usize {
        let mut buf = [0.0f32; 64];
        if self.classes() <= buf.len() {
            let scores = &mut buf[..self.classes()];
            self.scores(features, scores);
            argmax(scores)
        } else {
            let mut scores = vec![0.0; self.classes()];
            self.scores(features, &mut scores);
            argmax(&scores)
        }
    }

    /// The model as bytes: magic, class count (u16), scale (f32), feature
    /// count (u32), then per feature in key order its key (u64), its number
    /// of weights (u16) and (class u16, weight i16) pairs; all little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        if !self.inline.is_empty() {
            let mut features: Vec<InlineSlot> = self
                .inline
                .iter()
                .copied()
                .filter(|s| !s.is_empty())
                .collect();
            features.sort_unstable_by_key(|s| s.key);
            let mut out = Vec::with_capacity(18 + features.len() * 22);
            out.extend_from_slice(MAGIC);
            out.extend_from_slice(&self.classes.to_le_bytes());
            out.extend_from_slice(&self.scale.to_le_bytes());
            out.extend_from_slice(&(features.len() as u32).to_le_bytes());
            for slot in features {
                out.extend_from_slice(&slot.key.to_le_bytes());
                let nonzero = slot.weights.iter().filter(|&&w| w != 0).count() as u16;
                out.extend_from_slice(&nonzero.to_le_bytes());
                for (class, &w) in slot.weights.iter().enumerate() {
                    if w != 0 {
                        out.extend_from_slice(&(class as u16).to_le_bytes());
                        out.extend_from_slice(&w.to_le_bytes());
                    }
                }
            }
            return out;
        }
        let mut features: Vec<Slot> = self
            .slots
            .iter()
            .copied()
            .filter(|s| s.start != EMPTY)
            .collect();
        features.sort_unstable_by_key(|s| s.key);
        let mut out = Vec::with_capacity(18 + features.len() * 10 + self.entries.len() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.classes.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(features.len() as u32).to_le_bytes());
        for slot in features {
            out.extend_from_slice(&slot.key.to_le_bytes());
            out.extend_from_slice(&(slot.len as u16).to_le_bytes());
            let start = slot.start as usize;
            for &(class, w) in &self.entries[start..start + slot.len as usize] {
                out.extend_from_slice(&class.to_le_bytes());
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// Reads bytes written by [`Model::to_bytes`]; never panics on bad bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let mut r = Reader { bytes, pos: 0 };
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        r.pos = MAGIC.len();
        let classes = u16::from_le_bytes(r.take()?);
        if classes == 0 {
            return Err(ModelError::NoClasses(classes));
        }
        let scale = f32::from_le_bytes(r.take()?);
        let count = u32::from_le_bytes(r.take()?) as usize;
        // Each feature takes at least 10 bytes: do not trust a huge count.
        if count > (bytes.len() - r.pos) / 10 {
            return Err(ModelError::Truncated(bytes.len()));
        }
        let mut features: Vec<(u64, Vec<(u16, i16)>)> = Vec::with_capacity(count);
        let mut previous: Option<u64> = None;
        for _ in 0..count {
            let at = r.pos;
            let key = u64::from_le_bytes(r.take()?);
            if previous.is_some_and(|p| p >= key) {
                return Err(ModelError::Unsorted(at));
            }
            previous = Some(key);
            let len = u16::from_le_bytes(r.take()?);
            let mut weights = Vec::with_capacity(usize::from(len).min(64));
            for _ in 0..len {
                let offset = r.pos;
                let class = u16::from_le_bytes(r.take()?);
                if class >= classes {
                    return Err(ModelError::BadClass {
                        offset,
                        class,
                        classes,
                    });
                }
                weights.push((class, i16::from_le_bytes(r.take()?)));
            }
            features.push((key, weights));
        }
        if r.pos != bytes.len() {
            return Err(ModelError::TrailingBytes(bytes.len() - r.pos));
        }
        Ok(Self::build(classes, scale, &features))
    }
}

/// A cursor over model bytes that reports where they end too soon.
pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl Reader<'_> {
    pub(crate) fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let end = self
            .pos
            .checked_add(N)
            .ok_or(ModelError::Truncated(self.pos))?;
        let chunk = self
            .bytes
            .get(self.pos..end)
            .ok_or(ModelError::Truncated(self.pos))?;
        self.pos = end;
        Ok(chunk.try_into().expect("slice of length N"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Learns "class = parity of the number" from one feature per number,
    /// plus a noise feature shared by all.
    fn trained() -> Perceptron {
        let mut p = Perceptron::new(3);
        for _ in 0..4 {
            for n in 0u64..30 {
                let truth = (n % 3) as usize;
                let features = [feature(1, &[n % 3]), feature(2, &[n])];
                let guess = p.predict(&features);
                p.update(&features, truth, guess);
            }
        }
        p
    }

    #[test]
    fn learns_separable_data_and_round_trips() {
        let p = trained();
        let model = p.finish(0.0);
        for n in 0u64..30 {
            let features = [feature(1, &[n % 3]), feature(2, &[n])];
            assert_eq!(model.predict(&features), (n % 3) as usize);
        }
        let bytes = model.to_bytes();
        let again = Model::from_bytes(&bytes).unwrap();
        assert_eq!(again.to_bytes(), bytes);
        assert_eq!(again.len(), model.len());
        let mut a = [0.0; 3];
        let mut b = [0.0; 3];
        let f = [feature(1, &[2]), feature(2, &[5])];
        model.scores(&f, &mut a);
        again.scores(&f, &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn small_and_large_tables_score_alike() {
        // The same data over 3 classes (weights in the slots) and over 6
        // (weights in runs) gives the same scores for the first 3.
        let train = |classes: u16| {
            let mut p = Perceptron::new(classes);
            for _ in 0..4 {
                for n in 0u64..30 {
                    let truth = (n % 3) as usize;
                    let features = [feature(1, &[n % 3]), feature(2, &[n]), feature(3, &[])];
                    let guess = p.predict(&features);
                    p.update(&features, truth, guess);
                }
            }
            p.finish(0.0)
        };
        let (small, large) = (train(3), train(6));
        assert!(!small.inline.is_empty() && large.inline.is_empty());
        assert_eq!(small.len(), large.len());
        for n in 0u64..30 {
            let features = [feature(1, &[n % 3]), feature(2, &[n]), feature(3, &[])];
            let (mut a, mut b) = ([0.0; 3], [0.0; 6]);
            small.scores(&features, &mut a);
            large.scores(&features, &mut b);
            assert_eq!(a[..], b[..3]);
        }
        let bytes = large.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
    }

    #[test]
    fn averaging_matches_a_hand_computed_case() {
        // One feature; truth 1 twice while the guess is 0, then two correct
        // instances. A weight changed during instance t counts from instance
        // t + 1 on: class 1 has weight 0, 1, 2, 2 in instances 1 to 4, so
        // its average is 5 / 4.
        let mut p = Perceptron::new(2);
        let f = [feature_str(0, "x")];
        p.update(&f, 1, 0);
        p.update(&f, 1, 0);
        p.update(&f, 1, 1);
        p.update(&f, 1, 1);
        let m = p.finish(0.0);
        let mut s = [0.0; 2];
        m.scores(&f, &mut s);
        assert!((s[1] - 1.25).abs() < 1e-3, "{s:?}");
        assert!((s[0] + 1.25).abs() < 1e-3, "{s:?}");
    }

    #[test]
    fn pruning_drops_small_weights() {
        // Feature b is moved once and moved back: its average is 1/100 per
        // class. Feature a keeps a weight of 1 for almost every instance.
        let (a, b) = ([feature_str(1, "a")], [feature_str(1, "b")]);
        let mut p = Perceptron::new(2);
        p.update(&a, 1, 0);
        p.update(&b, 1, 0);
        p.update(&b, 0, 1);
        for _ in 0..97 {
            p.update(&a, 1, 1);
        }
        assert_eq!(p.finish(0.0).len(), 2);
        let pruned = p.finish(0.05);
        assert_eq!(pruned.len(), 1);
        assert_eq!(pruned.predict(&a), 1);
    }

    #[test]
    fn unknown_features_score_zero() {
        let model = trained().finish(0.0);
        let mut s = [1.0; 3];
        model.scores(&[feature_str(99, "never seen")], &mut s);
        assert_eq!(s, [0.0; 3]);
        assert_eq!(model.predict(&[]), 0);
    }

    #[test]
    fn training_is_deterministic() {
        assert_eq!(
            trained().finish(0.0).to_bytes(),
            trained().finish(0.0).to_bytes()
        );
    }

    #[test]
    fn bad_bytes_give_errors_not_panics() {
        let bytes = trained().finish(0.0).to_bytes();
        assert_eq!(
            Model::from_bytes(b"nonsense").unwrap_err(),
            ModelError::BadMagic
        );
        assert_eq!(Model::from_bytes(b"").unwrap_err(), ModelError::BadMagic);
        for cut in MAGIC.len()..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(
            Model::from_bytes(&longer).unwrap_err(),
            ModelError::TrailingBytes(1)
        );
        // A class index beyond the class count.
        let mut bad = bytes.clone();
        let first_class = MAGIC.len() + 2 + 4 + 4 + 8 + 2;
        bad[first_class..first_class + 2].copy_from_slice(&7u16.to_le_bytes());
        assert!(matches!(
            Model::from_bytes(&bad).unwrap_err(),
            ModelError::BadClass { class: 7, .. }
        ));
        // Garbage of every length never panics.
        let mut x = 0x1234_5678u64;
        for len in 0..200 {
            let mut junk = MAGIC.to_vec();
            for _ in 0..len {
                x = mix(x);
                junk.push(x as u8);
            }
            let _ = Model::from_bytes(&junk);
        }
    }

    #[test]
    fn feature_keys_depend_on_template_and_values() {
        assert_ne!(feature(1, &[5]), feature(2, &[5]));
        assert_ne!(feature(1, &[5, 6]), feature(1, &[6, 5]));
        assert_ne!(feature_str(1, "a"), feature_str(2, "a"));
        assert_eq!(feature(3, &[hash_str("x")]), feature(3, &[hash_str("x")]));
    }
}
