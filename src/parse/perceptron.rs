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
//! one probe in the table and one short run of memory; a model of a few
//! classes (the name tagger's nine) keeps each feature's whole weight row in
//! its slot instead. A feature voting for many classes has a dense row, one
//! `i16` per class, starting a cache line. The weights cannot be narrower
//! without changing scores: counted over the bundled parser and tagger
//! (BENCHMARKS.md, session 16), no dense row has all its weights within
//! `i8`, nor within `i8` after a common shift (the parser's pruning leaves
//! only weights of about a thousand and up in the `i16` scale, and every
//! tagger row has some weight past 127); and a row holding
//! only its non-zero weights behind a class mask (half the bytes) was slower
//! to add than the plain row, which is mostly in the cache anyway. What
//! scoring waits for is the table slots. [`Model::to_bytes`] and
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
#[non_exhaustive]
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
        let mut features = Runs::with_capacity(averaged.len());
        for (key, classes) in averaged {
            let before = features.pairs.len();
            features.pairs.extend(
                classes
                    .into_iter()
                    .map(|(c, avg)| (c, (avg / scale).round() as i16))
                    .filter(|&(_, q)| q != 0),
            );
            if features.pairs.len() > before {
                features.close(key);
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

/// Features with their weight runs, flat: feature `i` has key `keys[i]` and
/// the (class, weight) pairs `pairs[ends[i - 1]..ends[i]]` (from 0 for the
/// first). The form a model is built from, without one allocation per
/// feature.
#[derive(Debug, Default)]
struct Runs {
    keys: Vec<u64>,
    ends: Vec<u32>,
    pairs: Vec<(u16, i16)>,
}

impl Runs {
    fn with_capacity(features: usize) -> Self {
        Runs {
            keys: Vec::with_capacity(features),
            ends: Vec::with_capacity(features),
            pairs: Vec::with_capacity(features * 2),
        }
    }

    /// Ends the run of feature `key`: the pairs pushed since the last call.
    fn close(&mut self, key: u64) {
        self.keys.push(key);
        self.ends.push(self.pairs.len() as u32);
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    fn run(&self, i: usize) -> &[(u16, i16)] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.pairs[start..self.ends[i] as usize]
    }
}

/// One slot of a large model's table (16 bytes, four to a cache line).
///
/// Most features of the parser and the tagger vote for one or two classes,
/// so their weights live in the slot itself: finding the key finds the
/// weights, one memory access per feature. `first` and `second` then hold a
/// packed (class, weight) pair each ([`pack`]), `second` = [`NO_PAIR`] when
/// there is one. A feature with more weights (or none) has `first` =
/// [`SPILLED`] and `second` = where its run starts in `Model::spilled`: the
/// run's length, then its pairs.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    key: u64,
    first: u32,
    second: u32,
}

/// `Slot::first` of an empty slot.
const EMPTY: u32 = u32::MAX;
/// `Slot::first` of a feature whose weights are in `Model::spilled`.
const SPILLED: u32 = u32::MAX - 1;
/// `Slot::second` of a feature with one weight.
const NO_PAIR: u32 = u32::MAX;
/// `Slot::first` of a feature with many weights: `second` is the index of
/// its row in `Model::dense`, which scoring adds. Its run in
/// `Model::spilled` (from `Model::dense_runs`) is its length, the row
/// index, then its pairs, kept for [`Model::to_bytes`].
const DENSE: u32 = u32::MAX - 2;

/// A feature voting for at least this share of the classes (and at least
/// [`DENSE_MIN_WEIGHTS`] of them) gets a dense row: one `i16` per class,
/// added in one vectorised sweep instead of pair by pair. The parser's
/// features over its most common positions (the tag of the top of the
/// stack, …) vote for most of its classes and cost the most to add; at an
/// eighth (13 of the parser's 103) a sweep of the row, eight classes an
/// instruction, is still quicker than the pairs one by one, and the rows
/// stay few (about 4,800 of the parser's 651,000 features, 1 MB).
const DENSE_MIN_SHARE: usize = 8;
const DENSE_MIN_WEIGHTS: usize = 8;

/// A (class, weight) pair in 32 bits: class in the high half. Classes are
/// below `u16::MAX` (a model has at most `u16::MAX` classes), so a packed
/// pair is never [`EMPTY`], [`SPILLED`] or [`NO_PAIR`].
#[inline]
fn pack(class: u16, weight: i16) -> u32 {
    (u32::from(class) << 16) | u32::from(weight as u16)
}

#[inline]
fn unpack(pair: u32) -> (u16, i16) {
    ((pair >> 16) as u16, pair as u16 as i16)
}

impl Slot {
    const VACANT: Slot = Slot {
        key: 0,
        first: EMPTY,
        second: 0,
    };
}

/// Asks the processor to start loading the cache line at `item` now, so a
/// later read does not wait for memory. Only a hint: it never faults and
/// changes no result; on other architectures it does nothing.
#[inline(always)]
fn prefetch<T>(item: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: the intrinsic needs SSE, which every x86-64 processor has
        // (it is in the target's baseline). A prefetch is a hint: it does
        // not dereference the pointer for the program, cannot fault, and
        // the pointer comes from a reference, so it is valid anyway.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((item as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = item;
}

/// Tables at least this large are laid in huge pages where the system
/// allows it (see [`table_of`]).
const HUGE_PAGE_MIN_BYTES: usize = 4 << 20;

/// A table of `len` copies of `fill`, asked to live in transparent huge
/// pages when it is large. Scoring probes the parser's and the tagger's
/// tables at random: with 4 KB pages a probe can also miss the TLB, and
/// under a hypervisor a page walk is several more trips to memory (on the
/// 2-vCPU KVM machine of BENCHMARKS.md this saved about 2 % of `kg
/// extract`). The advice is given before the pages are first touched (the
/// kernel then faults 2 MB pages in directly); where it is refused, or on
/// other systems, the table is an ordinary one. Contents never change.
fn table_of<T: Copy>(len: usize, fill: T) -> Vec<T> {
    let mut table = Vec::with_capacity(len);
    advise_huge_pages(&table, len);
    table.resize(len, fill);
    table
}

/// [`table_of`] for contents already built.
fn table_from<T: Copy>(items: Vec<T>) -> Vec<T> {
    if std::mem::size_of_val(items.as_slice()) < HUGE_PAGE_MIN_BYTES {
        return items;
    }
    let mut table = Vec::with_capacity(items.len());
    advise_huge_pages(&table, items.len());
    table.extend_from_slice(&items);
    table
}

/// Advises huge pages for the whole 2 MB pages inside the first `len`
/// elements of `table`'s buffer (its capacity), when that is large enough.
#[allow(unused_variables)]
fn advise_huge_pages<T>(table: &Vec<T>, len: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE_PAGE: usize = 2 << 20;
        let bytes = len.saturating_mul(std::mem::size_of::<T>());
        if bytes < HUGE_PAGE_MIN_BYTES || table.capacity() < len {
            return;
        }
        let start = table.as_ptr() as usize;
        let first = start.next_multiple_of(HUGE_PAGE);
        let end = (start + bytes) / HUGE_PAGE * HUGE_PAGE;
        if end > first {
            // SAFETY: [first, end) lies inside the buffer `table` owns
            // (capacity ≥ len elements), page-aligned. MADV_HUGEPAGE only
            // changes how the kernel backs those pages, never their
            // contents or validity; a failure (no THP support) is harmless
            // and ignored.
            unsafe {
                libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
            }
        }
    }
}

/// One cache line of [`DenseRows`].
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct DenseLine([i16; 32]);

/// Dense weight rows, one `i16` per class, each starting a cache line: a
/// row of the parser's 103 classes (206 bytes) then spans four lines, not
/// five as it does from most starts, and asking for its lines asks for
/// exactly those.
#[derive(Debug, Clone)]
struct DenseRows {
    lines: Vec<DenseLine>,
    classes: usize,
    /// Lines per row.
    stride: usize,
}

impl DenseRows {
    fn new(classes: usize) -> Self {
        DenseRows {
            lines: Vec::new(),
            classes,
            stride: classes.div_ceil(32),
        }
    }

    fn push(&mut self, row: &[i16]) {
        let at = self.lines.len();
        self.lines.resize(at + self.stride, DenseLine([0; 32]));
        for (chunk, line) in row.chunks(32).zip(&mut self.lines[at..]) {
            line.0[..chunk.len()].copy_from_slice(chunk);
        }
    }

    #[inline(always)]
    fn row(&self, row: u32) -> &[i16] {
        let lines = &self.lines[row as usize * self.stride..][..self.stride];
        // SAFETY: `DenseLine` is `repr(C)` over `[i16; 32]` with no padding
        // (64 bytes, a multiple of its alignment), so `lines` is
        // `32 * stride` initialised `i16`s, borrowed as long as `self`.
        let weights =
            unsafe { std::slice::from_raw_parts(lines.as_ptr().cast::<i16>(), lines.len() * 32) };
        &weights[..self.classes]
    }

    /// Asks for the lines of row `row` (see [`prefetch`]).
    #[inline(always)]
    fn prefetch(&self, row: u32) {
        for line in &self.lines[row as usize * self.stride..][..self.stride] {
            prefetch(line);
        }
    }
}

/// Fills `row` (one weight per class) from `run`; false, leaving the run
/// sparse, when a class appears twice (the `i16` row could not hold the sum
/// exactly) or lies outside the row.
fn dense_row(run: &[(u16, i16)], row: &mut [i16]) -> bool {
    row.fill(0);
    let mut seen = vec![false; row.len()];
    for &(class, w) in run {
        match seen.get_mut(usize::from(class)) {
            Some(s) if !*s => {
                *s = true;
                row[usize::from(class)] = w;
            }
            _ => return false,
        }
    }
    true
}

/// Large models with at most this many classes sum their scores as
/// integers in a buffer on the stack.
const STACK_CLASSES: usize = 128;

/// Feature lists at most this long are summed as integers: 512 weights of
/// at most `i16::MAX` stay below 2^24, where every integer is an exact `f32`.
const EXACT_FEATURES: usize = 512;

/// Models with at most this many classes keep each feature's weights in its
/// table slot (one memory access per feature instead of two).
const INLINE_CLASSES: usize = 3;

/// A slot of a small model's table (8 bytes, eight to a cache line): 16 bits
/// of the key ([`InlineSlot::check_of`]) and the weight of every class. A
/// slot whose weights are all zero is empty (a stored feature has at least
/// one non-zero weight; one without any would add nothing).
///
/// The parser's move model is probed some 60 times per move in a table far
/// larger than the cache; half the bytes of a slot with the whole key makes
/// the table half as large (fewer cache and TLB misses). The price: a probe
/// that meets another feature's slot with the same 16 bits takes that
/// feature's weights, about once in 65,536 occupied slots probed (a rare,
/// small and deterministic change to one score). The whole keys live in
/// `Model::inline_keys`, read only to write the model's bytes.
#[derive(Debug, Clone, Copy, Default)]
struct InlineSlot {
    check: u16,
    weights: [i16; INLINE_CLASSES],
}

impl InlineSlot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.weights == [0; INLINE_CLASSES]
    }

    /// The key bits a slot keeps: the lowest ones (the home slot is chosen
    /// by the highest, so the two are independent).
    #[inline]
    fn check_of(key: u64) -> u16 {
        key as u16
    }
}

/// Models with more than [`INLINE_CLASSES`] and at most this many classes
/// keep every feature's whole weight row in its table slot ([`WideSlot`]).
const WIDE_CLASSES: usize = 12;

/// A slot of a middle-sized model's table (32 bytes, two to a cache line):
/// the whole key and one weight per class, zero for the classes the feature
/// does not vote for. A slot whose weights are all zero is empty (a stored
/// feature has at least one non-zero weight).
///
/// The name tagger (9 tags) is scored some 35 times per token, and most of
/// its features vote for three to nine tags: in [`Slot`]s their weights are
/// a second trip to memory (the spilled run) and an add per pair. Here
/// finding the key finds the row, added in one vectorised sweep. Unlike
/// [`InlineSlot`] the key is whole, so scores are exactly those of the
/// general table.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct WideSlot {
    key: u64,
    weights: [i16; WIDE_CLASSES],
}

impl WideSlot {
    #[inline]
    fn is_empty(&self) -> bool {
        self.weights == [0; WIDE_CLASSES]
    }
}

/// Whether a feature's run can be a [`WideSlot`] row and written back as
/// the same bytes: classes strictly rising, each below `classes` (so never
/// one twice), every weight non-zero, at least one pair. What
/// [`Perceptron::finish`] writes always is; a model file need not be.
fn is_wide_row(run: &[(u16, i16)], classes: usize) -> bool {
    !run.is_empty()
        && run.iter().all(|&(c, w)| usize::from(c) < classes && w != 0)
        && run.windows(2).all(|p| p[0].0 < p[1].0)
}

/// A trained, read-only perceptron: averaged, pruned, quantised weights.
#[derive(Debug, Clone)]
pub struct Model {
    classes: u16,
    /// Multiplies an `i16` weight into the averaged weight it stands for.
    scale: f32,
    /// Open addressing, linear probing, power-of-two size, at most two
    /// thirds full. Empty when the model has at most `INLINE_CLASSES`
    /// classes.
    slots: Vec<Slot>,
    /// The same table for models with at most `INLINE_CLASSES` classes
    /// (then `slots` and `spilled` are empty).
    inline: Vec<InlineSlot>,
    /// The whole key of each feature in `inline`, at the same index.
    inline_keys: Vec<u64>,
    /// The same table for models with more than `INLINE_CLASSES` and at
    /// most `WIDE_CLASSES` classes whose runs are all [`is_wide_row`] (then
    /// `slots`, `inline` and `spilled` are empty).
    wide: Vec<WideSlot>,
    mask: usize,
    /// How far a key is shifted right to give its home slot (the table's
    /// size is `2^(64 - shift)`).
    shift: u32,
    /// The runs of features whose weights do not fit in their slot: per
    /// run, its length (as a pair's bits), then its packed pairs (for a
    /// [`DENSE`] feature: length, row index, pairs).
    spilled: Vec<u32>,
    /// Dense rows (see [`DENSE`]): `classes` weights each, every row
    /// starting a cache line.
    dense: DenseRows,
    /// Per dense row, where its feature's run starts in `spilled`.
    dense_runs: Vec<u32>,
    /// Number of features stored.
    features: usize,
}

impl Model {
    fn build(classes: u16, scale: f32, features: &Runs) -> Self {
        if usize::from(classes) <= INLINE_CLASSES {
            let size = (features.len() * 2).next_power_of_two().max(16);
            let mut inline = table_of(size, InlineSlot::default());
            let mut inline_keys = vec![0u64; size];
            let mask = size - 1;
            let shift = Self::shift(size);
            let mut stored = 0;
            for (i, &key) in features.keys.iter().enumerate() {
                let mut row = [0i16; INLINE_CLASSES];
                for &(class, w) in features.run(i) {
                    // Classes are checked on reading; a repeated class adds up.
                    if let Some(r) = row.get_mut(usize::from(class)) {
                        *r = r.saturating_add(w);
                    }
                }
                if row == [0; INLINE_CLASSES] {
                    continue;
                }
                let mut i = Self::home(key, shift);
                while !inline[i].is_empty() {
                    i = (i + 1) & mask;
                }
                inline[i] = InlineSlot {
                    check: InlineSlot::check_of(key),
                    weights: row,
                };
                inline_keys[i] = key;
                stored += 1;
            }
            return Self {
                classes,
                scale,
                slots: Vec::new(),
                inline,
                inline_keys,
                wide: Vec::new(),
                mask,
                shift,
                spilled: Vec::new(),
                dense: DenseRows::new(0),
                dense_runs: Vec::new(),
                features: stored,
            };
        }
        let class_count = usize::from(classes);
        if class_count <= WIDE_CLASSES
            && (0..features.len()).all(|i| is_wide_row(features.run(i), class_count))
        {
            // Two thirds full at most, as below.
            let size = (features.len() + features.len() / 2)
                .next_power_of_two()
                .max(16);
            let mut wide = table_of(size, WideSlot::default());
            let mask = size - 1;
            let shift = Self::shift(size);
            for (i, &key) in features.keys.iter().enumerate() {
                let mut weights = [0i16; WIDE_CLASSES];
                for &(class, w) in features.run(i) {
                    weights[usize::from(class)] = w;
                }
                let mut at = Self::home(key, shift);
                while !wide[at].is_empty() {
                    at = (at + 1) & mask;
                }
                wide[at] = WideSlot { key, weights };
            }
            return Self {
                classes,
                scale,
                slots: Vec::new(),
                inline: Vec::new(),
                inline_keys: Vec::new(),
                wide,
                mask,
                shift,
                spilled: Vec::new(),
                dense: DenseRows::new(0),
                dense_runs: Vec::new(),
                features: features.len(),
            };
        }
        // At most two thirds full: a probe usually ends in the home slot's
        // cache line, and the table is half the size a half-full one would be.
        let size = (features.len() + features.len() / 2)
            .next_power_of_two()
            .max(16);
        let mut slots = table_of(size, Slot::VACANT);
        let mask = size - 1;
        let shift = Self::shift(size);
        let mut spilled = Vec::new();
        let mut dense = DenseRows::new(class_count);
        let mut dense_runs = Vec::new();
        let mut row = vec![0i16; class_count];
        for (i, &key) in features.keys.iter().enumerate() {
            let run = features.run(i);
            let (first, second) = match *run {
                [(c, w)] => (pack(c, w), NO_PAIR),
                [(c1, w1), (c2, w2)] => (pack(c1, w1), pack(c2, w2)),
                _ if run.len() >= DENSE_MIN_WEIGHTS
                    && run.len() * DENSE_MIN_SHARE >= class_count
                    && dense_row(run, &mut row) =>
                {
                    let index = dense_runs.len() as u32;
                    dense_runs.push(spilled.len() as u32);
                    spilled.push(run.len() as u32);
                    spilled.push(index);
                    spilled.extend(run.iter().map(|&(c, w)| pack(c, w)));
                    dense.push(&row);
                    (DENSE, index)
                }
                _ => {
                    let start = spilled.len() as u32;
                    spilled.push(run.len() as u32);
                    spilled.extend(run.iter().map(|&(c, w)| pack(c, w)));
                    (SPILLED, start)
                }
            };
            let mut at = Self::home(key, shift);
            while slots[at].first != EMPTY {
                at = (at + 1) & mask;
            }
            slots[at] = Slot { key, first, second };
        }
        Self {
            classes,
            scale,
            slots,
            inline: Vec::new(),
            inline_keys: Vec::new(),
            wide: Vec::new(),
            mask,
            shift,
            spilled: table_from(spilled),
            dense,
            dense_runs,
            features: features.len(),
        }
    }

    /// The home slot of a key: its top bits. Keys are hashes already, so
    /// these are as good as any; and a model file lists its features in
    /// key order, so loading fills the table from front to back instead of
    /// writing to random places in many megabytes.
    #[inline]
    fn home(key: u64, shift: u32) -> usize {
        (key >> shift) as usize
    }

    /// The [`Model::home`] shift of a table of `size` slots (a power of two).
    fn shift(size: usize) -> u32 {
        64 - size.trailing_zeros()
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
            // As in `add_weights`: ask for a block of home slots at once so
            // their trips to memory overlap, then probe them. One block holds
            // every move feature of a split parser configuration (75).
            const BLOCK: usize = 96;
            let mut homes = [0usize; BLOCK];
            let mut sums = [0i32; INLINE_CLASSES];
            for block in features.chunks(BLOCK) {
                for (home, &key) in homes.iter_mut().zip(block) {
                    *home = Self::home(key, self.shift);
                    prefetch(&self.inline[*home]);
                }
                for (&home, &key) in homes.iter().zip(block) {
                    let mut i = home;
                    let check = InlineSlot::check_of(key);
                    loop {
                        let slot = &self.inline[i];
                        if slot.is_empty() {
                            break;
                        }
                        if slot.check == check {
                            for (s, &w) in sums.iter_mut().zip(&slot.weights) {
                                *s += i32::from(w);
                            }
                            break;
                        }
                        i = (i + 1) & self.mask;
                    }
                }
            }
            for (s, &sum) in scores.iter_mut().zip(&sums) {
                *s = sum as f32 * self.scale;
            }
            return;
        }
        if !self.wide.is_empty() {
            // Summed as `i32` whatever the list's length: below 2^24 (any
            // list of up to `EXACT_FEATURES` features, every one the name
            // tagger gives a token), exactly what the general table gives.
            let mut sums = [0i32; WIDE_CLASSES];
            self.add_wide_dispatch(features, &mut sums);
            for (s, &sum) in scores.iter_mut().zip(&sums) {
                *s = sum as f32 * self.scale;
            }
            return;
        }
        // The weights are integers. Summed as `i32` (the parser and the
        // tagger), no partial sum of at most `EXACT_FEATURES`
        // weights reaches 2^24, so converting the sum gives exactly the
        // `f32` sum the weights would add up to in any order.
        let class_count = self.classes();
        if class_count <= STACK_CLASSES && features.len() <= EXACT_FEATURES {
            let mut sums = [0i32; STACK_CLASSES];
            let sums = &mut sums[..class_count];
            self.add_weights_dispatch(features, sums);
            for (s, &sum) in scores.iter_mut().zip(sums.iter()) {
                *s = sum as f32 * self.scale;
            }
        } else {
            self.add_weights(features, scores);
            for s in scores.iter_mut() {
                *s *= self.scale;
            }
        }
    }

    /// [`Model::add_weights`] compiled for AVX2 when the processor has it:
    /// a dense row is then added eight classes an instruction instead of
    /// four (the default x86-64 target stops at SSE2).
    #[inline]
    fn add_weights_dispatch(&self, features: &[u64], sums: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.add_weights_avx2(features, sums) };
            return;
        }
        self.add_weights(features, sums);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn add_weights_avx2(&self, features: &[u64], sums: &mut [i32]) {
        self.add_weights(features, sums);
    }

    /// [`Model::add_wide`] compiled for AVX2 when the processor has it (a
    /// row is widened and added in one instruction).
    #[inline]
    fn add_wide_dispatch(&self, features: &[u64], sums: &mut [i32; WIDE_CLASSES]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.add_wide_avx2(features, sums) };
            return;
        }
        self.add_wide(features, sums);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn add_wide_avx2(&self, features: &[u64], sums: &mut [i32; WIDE_CLASSES]) {
        self.add_wide(features, sums);
    }

    /// Adds the weight rows of `features` of a [`WideSlot`] table to `sums`.
    #[inline(always)]
    fn add_wide(&self, features: &[u64], sums: &mut [i32; WIDE_CLASSES]) {
        // As in `add_weights`: ask for a block of home slots at once so their
        // trips to memory overlap, then probe them.
        const BLOCK: usize = 72;
        let mut homes = [0usize; BLOCK];
        for block in features.chunks(BLOCK) {
            for (home, &key) in homes.iter_mut().zip(block) {
                *home = Self::home(key, self.shift);
                prefetch(&self.wide[*home]);
            }
            for (&home, &key) in homes.iter().zip(block) {
                let mut at = home;
                loop {
                    let slot = &self.wide[at];
                    if slot.is_empty() {
                        break;
                    }
                    if slot.key == key {
                        for (s, &w) in sums.iter_mut().zip(&slot.weights) {
                            *s += i32::from(w);
                        }
                        break;
                    }
                    at = (at + 1) & self.mask;
                }
            }
        }
    }

    /// Adds the weights of `features` of a large model to `sums` (one per
    /// class).
    #[inline(always)]
    fn add_weights<T: Copy + std::ops::AddAssign + From<i16>>(
        &self,
        features: &[u64],
        sums: &mut [T],
    ) {
        // The table is far larger than the cache, so each feature costs a
        // trip to memory. A block at a time: first ask for every feature's
        // home slot at once (the loads overlap instead of queueing), then
        // probe and add the weights kept in the slots, asking for the spilled
        // runs and dense rows as they are found, then add those. Integer
        // weights: the sums are the same whatever the order.
        const BLOCK: usize = 72;
        let mut homes = [0usize; BLOCK];
        let mut runs = [0u32; BLOCK];
        let mut rows = [0u32; BLOCK];
        let add = |sums: &mut [T], pair: u32| {
            let (class, w) = unpack(pair);
            if let Some(s) = sums.get_mut(usize::from(class)) {
                *s += T::from(w);
            }
        };
        for block in features.chunks(BLOCK) {
            for (home, &key) in homes.iter_mut().zip(block) {
                *home = Self::home(key, self.shift);
                prefetch(&self.slots[*home]);
            }
            let (mut spilled, mut dense) = (0, 0);
            for (&home, &key) in homes.iter().zip(block) {
                let mut at = home;
                loop {
                    let slot = &self.slots[at];
                    if slot.first == EMPTY {
                        break;
                    }
                    if slot.key == key {
                        if slot.first == SPILLED {
                            prefetch(&self.spilled[slot.second as usize]);
                            runs[spilled] = slot.second;
                            spilled += 1;
                        } else if slot.first == DENSE {
                            let row = slot.second;
                            self.dense.prefetch(row);
                            rows[dense] = row;
                            dense += 1;
                        } else {
                            add(sums, slot.first);
                            if slot.second != NO_PAIR {
                                add(sums, slot.second);
                            }
                        }
                        break;
                    }
                    at = (at + 1) & self.mask;
                }
            }
            for &start in &runs[..spilled] {
                let start = start as usize;
                let len = self.spilled[start] as usize;
                for &pair in &self.spilled[start + 1..start + 1 + len] {
                    add(sums, pair);
                }
            }
            for &row in &rows[..dense] {
                for (s, &w) in sums.iter_mut().zip(self.dense.row(row)) {
                    *s += T::from(w);
                }
            }
        }
    }

    /// Asks for the table slots of `features` ahead of a [`Model::scores`]
    /// call on them, so their loads overlap with other work. Only a hint:
    /// no result changes.
    #[inline]
    pub fn prefetch(&self, features: &[u64]) {
        for &key in features {
            let home = Self::home(key, self.shift);
            if let Some(slot) = self.slots.get(home) {
                prefetch(slot);
            } else if let Some(slot) = self.wide.get(home) {
                prefetch(slot);
            } else if let Some(slot) = self.inline.get(home) {
                prefetch(slot);
            }
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

    /// The (class, weight) pairs of a stored slot, in the order read.
    fn slot_pairs(&self, slot: &Slot, out: &mut Vec<(u16, i16)>) {
        out.clear();
        if slot.first == SPILLED || slot.first == DENSE {
            let start = if slot.first == DENSE {
                self.dense_runs[slot.second as usize] as usize
            } else {
                slot.second as usize
            };
            let len = self.spilled[start] as usize;
            // A dense feature's run holds its row index before the pairs.
            let pairs = start + 1 + usize::from(slot.first == DENSE);
            out.extend(self.spilled[pairs..pairs + len].iter().map(|&p| unpack(p)));
        } else {
            out.push(unpack(slot.first));
            if slot.second != NO_PAIR {
                out.push(unpack(slot.second));
            }
        }
    }

    /// The model as bytes: magic, class count (u16), scale (f32), feature
    /// count (u32), then per feature in key order its key (u64), its number
    /// of weights (u16) and (class u16, weight i16) pairs; all little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        if !self.inline.is_empty() {
            let rows = self
                .inline_keys
                .iter()
                .zip(&self.inline)
                .filter(|(_, s)| !s.is_empty())
                .map(|(&key, s)| (key, &s.weights[..]));
            return self.rows_to_bytes(rows.collect());
        }
        if !self.wide.is_empty() {
            let rows = self.wide.iter().filter(|s| !s.is_empty());
            return self.rows_to_bytes(rows.map(|s| (s.key, &s.weights[..])).collect());
        }
        let mut features: Vec<Slot> = self
            .slots
            .iter()
            .copied()
            .filter(|s| s.first != EMPTY)
            .collect();
        features.sort_unstable_by_key(|s| s.key);
        let mut out = Vec::with_capacity(18 + features.len() * 18);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.classes.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(features.len() as u32).to_le_bytes());
        let mut pairs = Vec::new();
        for slot in features {
            self.slot_pairs(&slot, &mut pairs);
            out.extend_from_slice(&slot.key.to_le_bytes());
            out.extend_from_slice(&(pairs.len() as u16).to_le_bytes());
            for &(class, w) in &pairs {
                out.extend_from_slice(&class.to_le_bytes());
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// [`Model::to_bytes`] of a table of weight rows (one weight per class,
    /// zero where a feature has none): each feature's non-zero weights in
    /// class order.
    fn rows_to_bytes(&self, mut features: Vec<(u64, &[i16])>) -> Vec<u8> {
        features.sort_unstable_by_key(|&(key, _)| key);
        let mut out = Vec::with_capacity(18 + features.len() * 22);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.classes.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(features.len() as u32).to_le_bytes());
        for (key, weights) in features {
            out.extend_from_slice(&key.to_le_bytes());
            let nonzero = weights.iter().filter(|&&w| w != 0).count() as u16;
            out.extend_from_slice(&nonzero.to_le_bytes());
            for (class, &w) in weights.iter().enumerate() {
                if w != 0 {
                    out.extend_from_slice(&(class as u16).to_le_bytes());
                    out.extend_from_slice(&w.to_le_bytes());
                }
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
        let mut features = Runs::with_capacity(count);
        let mut previous: Option<u64> = None;
        for _ in 0..count {
            let at = r.pos;
            let key = u64::from_le_bytes(r.take()?);
            if previous.is_some_and(|p| p >= key) {
                return Err(ModelError::Unsorted(at));
            }
            previous = Some(key);
            let len = u16::from_le_bytes(r.take()?);
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
                features.pairs.push((class, i16::from_le_bytes(r.take()?)));
            }
            features.close(key);
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
    fn weights_in_slots_and_spilled_runs_all_count() {
        // Runs of one and two weights live in the table's slots, longer ones
        // (and empty ones) in the spilled runs; 100 features probe far and
        // share cache lines. Every weight must count exactly once.
        let mut runs = Runs::default();
        let mut expected = [0.0f32; 6];
        let mut keys = Vec::new();
        for n in 0u64..100 {
            let key = feature(7, &[n]);
            for class in 0..(n % 5) as u16 {
                let w = (n as i16 + 1) * if class % 2 == 0 { 1 } else { -1 };
                runs.pairs.push((class, w));
                if n % 3 != 0 {
                    expected[usize::from(class)] += f32::from(w);
                }
            }
            if n % 3 != 0 {
                keys.push(key);
            }
            runs.close(key);
        }
        keys.push(feature_str(9, "absent"));
        let model = Model::build(6, 1.0, &runs);
        assert_eq!(model.len(), 100);
        let mut scores = [0.0f32; 6];
        model.scores(&keys, &mut scores);
        assert_eq!(scores, expected);
        // Written sorted by key, read back, written again: the same bytes.
        let bytes = model.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
    }

    #[test]
    fn dense_rows_score_like_their_pairs_and_round_trip() {
        // 40 classes: runs of 10 or more weights get a dense row, unless a
        // class repeats; shorter ones stay sparse. Every weight counts once.
        const CLASSES: u16 = 40;
        let mut runs = Runs::default();
        let mut expected = [0.0f32; CLASSES as usize];
        let mut keys = Vec::new();
        for n in 0u64..60 {
            let key = feature(3, &[n]);
            let len = (n % 40) as u16;
            for k in 0..len {
                let class = (k * 7 + n as u16) % CLASSES;
                let w = (k as i16 + 1) * if n % 2 == 0 { 3 } else { -2 };
                runs.pairs.push((class, w));
                expected[usize::from(class)] += f32::from(w);
            }
            if n == 59 {
                // A repeated class keeps the run sparse; both weights count.
                runs.pairs.push((19, 11));
                expected[19] += 11.0;
            }
            keys.push(key);
            runs.close(key);
        }
        let model = Model::build(CLASSES, 1.0, &runs);
        assert!(!model.dense_runs.is_empty());
        assert!(model.slots.iter().any(|s| s.first == SPILLED));
        let mut scores = [0.0f32; CLASSES as usize];
        model.scores(&keys, &mut scores);
        assert_eq!(scores, expected);
        // A list too long to sum as integers (summed as `f32`): the same.
        let long: Vec<u64> = keys.iter().copied().cycle().take(keys.len() * 10).collect();
        assert!(long.len() > EXACT_FEATURES);
        model.scores(&long, &mut scores);
        assert_eq!(scores, expected.map(|e| e * 10.0));
        let bytes = model.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
    }

    #[test]
    fn dense_rows_start_cache_lines_and_keep_their_weights() {
        // Rows of 103 classes (the parser's), with weights at the i8 and
        // i16 edges: each starts a 64-byte line and reads back exactly.
        let edges = [-128i16, 127, 128, -129, i16::MAX, i16::MIN, 1, -1, 0];
        let mut rows = DenseRows::new(103);
        let mut pushed = Vec::new();
        for r in 0..9usize {
            let row: Vec<i16> = (0..103).map(|c| edges[(c + r) % edges.len()]).collect();
            rows.push(&row);
            pushed.push(row);
        }
        for (r, row) in pushed.iter().enumerate() {
            let got = rows.row(r as u32);
            assert_eq!(got, &row[..]);
            assert_eq!(got.as_ptr() as usize % 64, 0);
        }
    }

    #[test]
    fn wide_rows_score_like_the_general_table() {
        // 9 classes (every run a row in its slot) against the same runs
        // under 20 classes (the general table): the same scores, the same
        // bytes but for the class count.
        let mut runs = Runs::default();
        let mut keys = Vec::new();
        for n in 0u64..300 {
            let key = feature(5, &[n]);
            for class in (0..9u16).filter(|c| (n + u64::from(*c)) % 3 != 0) {
                let w = (n as i16 % 50 + 1) * if class % 2 == 0 { 7 } else { -5 };
                runs.pairs.push((class, w));
            }
            runs.close(key);
            keys.push(key);
        }
        keys.push(feature_str(9, "absent"));
        let (wide, general) = (Model::build(9, 0.5, &runs), Model::build(20, 0.5, &runs));
        assert!(!wide.wide.is_empty() && general.wide.is_empty());
        assert_eq!(wide.len(), general.len());
        for probe in keys.chunks(7) {
            let (mut a, mut b) = ([0.0f32; 9], [0.0f32; 20]);
            wide.scores(probe, &mut a);
            general.scores(probe, &mut b);
            assert_eq!(a[..], b[..9]);
        }
        let bytes = wide.to_bytes();
        assert_eq!(bytes[10..], general.to_bytes()[10..]);
        assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
        // A run a row would not write back as read (a class twice) keeps
        // the model in the general table, bytes and all.
        runs.pairs.extend([(3, 4), (3, 5)]);
        runs.close(feature(5, &[1000]));
        let mixed = Model::build(9, 0.5, &runs);
        assert!(mixed.wide.is_empty());
        assert_eq!(
            Model::from_bytes(&mixed.to_bytes()).unwrap().to_bytes(),
            mixed.to_bytes()
        );
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
