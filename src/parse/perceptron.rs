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
//! open-addressing table indexed by the feature key whose slot holds the
//! feature's weights when they fit or points at its (class, weight) pairs,
//! stored contiguously. The parser's and the tagger's tables keep 32 bits of
//! each key in 8-byte slots (`layout::CompactSlot`: half the bytes of a slot
//! with the whole key, so more of the table stays in the cache). Scoring one
//! feature is one probe in the table and at most one short run of memory; a
//! model of a few
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

mod layout;

use rustc_hash::FxHashMap;

pub(crate) use layout::Reader;
use layout::{
    dense_stride, unpack, Block, CompactSlot, DenseLine, InlineSlot, Laid, Payload, Runs, Slot,
    Tables, WideSlot, DENSE, EMPTY, INLINE_CLASSES, NO_PAIR, SPILLED, WIDE_CLASSES,
};
pub use layout::{ModelError, MAGIC};

/// The bundled model files and the layouts of their perceptron models
/// (written by `build.rs`): `bundled::FILES` lists per file its bytes
/// and, per model in it, where the model's bytes start and end in the file
/// and its laid-out block.
pub(crate) mod bundled {
    /// A block of bytes starting at a multiple of
    /// [`super::layout::BLOCK_ALIGN`] bytes, as [`super::layout::Block`]
    /// reads it in place.
    #[repr(C, align(64))]
    pub struct Aligned<B: ?Sized>(pub B);

    /// One bundled model file.
    pub struct File {
        pub bytes: &'static [u8],
        /// Per perceptron model in the file: (start, end) of its bytes,
        /// and its layout.
        pub models: &'static [(usize, usize, &'static Aligned<[u8]>)],
    }

    include!(concat!(env!("OUT_DIR"), "/bundled_models.rs"));
}

/// A model read from the bundled bytes `bytes`, laid out at build time;
/// `None` unless `bytes` are exactly one of the bundled models (the same
/// bytes of the binary, not a copy: static data never changes, so those
/// bytes are what `build.rs` laid out).
fn bundled_model(bytes: &[u8]) -> Option<Model> {
    for file in bundled::FILES {
        for &(start, end, block) in file.models {
            let model = file.bytes.get(start..end)?;
            if std::ptr::eq(model, bytes) {
                return Block::new(&block.0).map(Model::from_block);
            }
        }
    }
    None
}

/// A table of a [`Model`]: built when the model was read, or laid out at
/// build time and read in place from the binary (a bundled model: nothing
/// to allocate, fill or copy at start-up).
#[derive(Debug, Clone)]
enum Table<T: 'static> {
    Built(Vec<T>),
    Bundled(&'static [T]),
}

impl<T> std::ops::Deref for Table<T> {
    type Target = [T];

    #[inline(always)]
    fn deref(&self) -> &[T] {
        match self {
            Table::Built(items) => items,
            Table::Bundled(items) => items,
        }
    }
}

/// Tables laid out at run time, large ones in huge pages.
struct RunTime;

impl Tables for RunTime {
    fn table_of<T: Copy>(len: usize, fill: T) -> Vec<T> {
        table_of(len, fill)
    }

    fn table_from<T: Copy>(items: Vec<T>) -> Vec<T> {
        table_from(items)
    }
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

/// Appends one feature of [`Model::to_bytes`]: its key, its number of
/// weights and its (class, weight) pairs.
fn push_feature(out: &mut Vec<u8>, key: u64, pairs: &[(u16, i16)]) {
    out.extend_from_slice(&key.to_le_bytes());
    out.extend_from_slice(&(pairs.len() as u16).to_le_bytes());
    for &(class, w) in pairs {
        out.extend_from_slice(&class.to_le_bytes());
        out.extend_from_slice(&w.to_le_bytes());
    }
}

/// Index of the highest score; the lowest index wins a tie.
///
/// The index a scan keeping the first strictly higher score returns
/// ([`argmax_scan`]), found in one sweep that the compiler vectorises (see
/// [`argmax_lanes`]), compiled for AVX2 when the processor has it. The
/// parser and the tagger ask this for a hundred classes per word, where
/// the one-by-one scan cost more than a tenth of their scoring.
#[inline]
pub fn argmax(scores: &[f32]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor supports AVX2, checked just above.
        return unsafe { argmax_avx2(scores) };
    }
    argmax_lanes(scores)
}

/// [`argmax_lanes`] compiled for AVX2: eight scores an instruction.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn argmax_avx2(scores: &[f32]) -> usize {
    argmax_lanes(scores)
}

/// [`argmax`] over eight lanes: lane `k` keeps the highest of the scores
/// at `k`, `k + 8`, … and the first index it was met at (by `>`, as the
/// plain scan does, so the first of equal scores stays); then the highest
/// lane, the lowest index among equal lanes, and the last few scores in
/// order. Every lane starts from the first score at index 0, which is
/// where a tie with it must end. Equal to the plain scan for every input:
/// a NaN is never higher than anything in either (a NaN first score is
/// never beaten and equals nothing, so both give 0), and -0.0 equals 0.0
/// in both.
// Indexed lanes, not zipped iterators: four arrays read at one index is
// the shape the compiler turns into vector compares and blends.
#[allow(clippy::needless_range_loop)]
#[inline(always)]
fn argmax_lanes(scores: &[f32]) -> usize {
    let Some(&first) = scores.first() else {
        return 0;
    };
    let mut lanes = [first; 8];
    let mut lane_at = [0u32; 8];
    let mut at: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    let chunks = scores.chunks_exact(8);
    let rest = chunks.remainder();
    for chunk in chunks {
        for k in 0..8 {
            let higher = chunk[k] > lanes[k];
            lanes[k] = if higher { chunk[k] } else { lanes[k] };
            lane_at[k] = if higher { at[k] } else { lane_at[k] };
            at[k] += 8;
        }
    }
    let (mut best, mut best_at) = (first, 0usize);
    for (&s, &i) in lanes.iter().zip(&lane_at) {
        let i = i as usize;
        if s > best || (s == best && i < best_at) {
            best = s;
            best_at = i;
        }
    }
    let start = scores.len() - rest.len();
    for (i, &s) in rest.iter().enumerate() {
        if s > best {
            best = s;
            best_at = start + i;
        }
    }
    best_at
}

/// [`argmax`] as the plain scan it stands for (the reference the tests
/// compare it with).
#[cfg(test)]
fn argmax_scan(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
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

/// Large models with at most this many classes sum their scores as
/// integers in a buffer on the stack.
const STACK_CLASSES: usize = 128;

/// Feature lists at most this long are summed as integers: 512 weights of
/// at most `i16::MAX` stay below 2^24, where every integer is an exact `f32`.
const EXACT_FEATURES: usize = 512;

/// Dense weight rows, one `i16` per class, each starting a cache line: a
/// row of the parser's 103 classes (206 bytes) then spans four lines, not
/// five as it does from most starts, and asking for its lines asks for
/// exactly those.
#[derive(Debug, Clone)]
struct DenseRows {
    lines: Table<DenseLine>,
    classes: usize,
    /// Lines per row.
    stride: usize,
}

impl DenseRows {
    #[inline(always)]
    fn row(&self, row: u32) -> &[i16] {
        &self.padded_row(row)[..self.classes]
    }

    /// The weights of row `row`, padding included: all its `stride` lines,
    /// whose weights past the row's `classes` are zero.
    #[inline(always)]
    fn padded_row(&self, row: u32) -> &[i16] {
        let lines = &self.lines[row as usize * self.stride..][..self.stride];
        // SAFETY: `DenseLine` is `repr(C)` over `[i16; 32]` with no padding
        // (64 bytes, a multiple of its alignment), so `lines` is
        // `32 * stride` initialised `i16`s, borrowed as long as `self`.
        unsafe { std::slice::from_raw_parts(lines.as_ptr().cast::<i16>(), lines.len() * 32) }
    }

    /// Asks for the lines of row `row` (see [`prefetch`]).
    #[inline(always)]
    fn prefetch(&self, row: u32) {
        let start = row as usize * self.stride;
        // One bounds check for the row, not one per line; a row past the
        // table (never, in a laid-out model) is only not asked for.
        if let Some(lines) = self.lines.get(start..start + self.stride) {
            for line in lines {
                prefetch(line);
            }
        }
    }
}

/// Where [`Model::add_compact`] adds the weights it finds: one sum per
/// class.
trait CompactSums {
    /// Adds weight `w` to class `class`.
    fn add(&mut self, class: u16, w: i16);
    /// Adds dense row `row` of `dense`, one weight per class.
    fn add_row(&mut self, dense: &DenseRows, row: u32);
}

/// Integer sums over [`STACK_CLASSES`] lanes, at least as many as a
/// compact model has classes and exactly as many as the lines of its
/// widest dense row hold (`dense_stride(COMPACT_CLASSES)` lines of 32).
/// A dense row is added whole lines at a time, padding included: fixed
/// 32-weight sweeps with no remainder loop for the last few classes (the
/// parser's label model and the tagger have about a hundred classes, so
/// every row ended in a one-class-at-a-time tail). The padding lanes get
/// only the padding's weights and are never read, so the class sums are
/// those of adding the row class by class.
struct PaddedSums<'a>(&'a mut [i32; STACK_CLASSES]);

const _: () = assert!(STACK_CLASSES == layout::COMPACT_CLASSES);
const _: () = assert!(dense_stride(STACK_CLASSES) * 32 == STACK_CLASSES);

impl CompactSums for PaddedSums<'_> {
    #[inline(always)]
    fn add(&mut self, class: u16, w: i16) {
        if let Some(s) = self.0.get_mut(usize::from(class)) {
            *s += i32::from(w);
        }
    }

    #[inline(always)]
    fn add_row(&mut self, dense: &DenseRows, row: u32) {
        // One loop over the padded row (a multiple of 32 weights): a
        // fixed-length loop per line was unrolled into scalar adds.
        for (s, &w) in self.0.iter_mut().zip(dense.padded_row(row)) {
            *s += i32::from(w);
        }
    }
}

/// `f32` sums, one per class (a feature list too long for exact `i32`
/// sums, see [`EXACT_FEATURES`]).
struct ClassSums<'a>(&'a mut [f32]);

impl CompactSums for ClassSums<'_> {
    #[inline(always)]
    fn add(&mut self, class: u16, w: i16) {
        if let Some(s) = self.0.get_mut(usize::from(class)) {
            *s += f32::from(w);
        }
    }

    #[inline(always)]
    fn add_row(&mut self, dense: &DenseRows, row: u32) {
        for (s, &w) in self.0.iter_mut().zip(dense.row(row)) {
            *s += f32::from(w);
        }
    }
}

/// Integer class sums of part of a feature list ([`Model::partial_sums`]).
#[derive(Clone)]
pub struct PartialSums {
    sums: [i32; STACK_CLASSES],
}

impl Default for PartialSums {
    fn default() -> Self {
        PartialSums {
            sums: [0; STACK_CLASSES],
        }
    }
}

impl std::fmt::Debug for PartialSums {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PartialSums").finish_non_exhaustive()
    }
}

/// A trained, read-only perceptron: averaged, pruned, quantised weights,
/// in the tables of [`layout::Laid`] (see there for what each holds).
#[derive(Debug, Clone)]
pub struct Model {
    classes: u16,
    /// Multiplies an `i16` weight into the averaged weight it stands for.
    scale: f32,
    compact: Table<CompactSlot>,
    compact_keys: Table<u32>,
    slots: Table<Slot>,
    inline: Table<InlineSlot>,
    inline_keys: Table<u64>,
    wide: Table<WideSlot>,
    mask: usize,
    shift: u32,
    spilled: Table<u32>,
    dense: DenseRows,
    dense_runs: Table<u32>,
    /// Number of features stored.
    features: usize,
}

/// Declares, for each scoring method named, a dispatcher that runs the
/// method compiled for AVX2 when the processor has it and the portable one
/// otherwise. The AVX2 copy is the same `#[inline(always)]` body compiled
/// with the feature enabled, so both give the same integer sums.
macro_rules! avx2_dispatch {
    ($($(#[$doc:meta])* $dispatch:ident, $avx2:ident => $method:ident(sums: $sums:ty);)*) => {$(
        $(#[$doc])*
        #[inline]
        fn $dispatch(&self, features: &[u64], sums: $sums) {
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: the processor supports AVX2, checked just above.
                unsafe { self.$avx2(features, sums) };
                return;
            }
            self.$method(features, sums);
        }

        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2")]
        fn $avx2(&self, features: &[u64], sums: $sums) {
            self.$method(features, sums);
        }
    )*};
}

impl Model {
    fn build(classes: u16, scale: f32, features: &Runs) -> Self {
        let laid: Laid = layout::lay_out::<RunTime>(classes, scale, features);
        Model {
            classes: laid.classes,
            scale: laid.scale,
            compact: Table::Built(laid.compact),
            compact_keys: Table::Built(laid.compact_keys),
            slots: Table::Built(laid.slots),
            inline: Table::Built(laid.inline),
            inline_keys: Table::Built(laid.inline_keys),
            wide: Table::Built(laid.wide),
            mask: laid.mask,
            shift: laid.shift,
            spilled: Table::Built(laid.spilled),
            dense: DenseRows {
                lines: Table::Built(laid.dense),
                classes: usize::from(classes),
                stride: dense_stride(usize::from(classes)),
            },
            dense_runs: Table::Built(laid.dense_runs),
            features: laid.features,
        }
    }

    /// A model whose tables are a block of the binary's static data.
    fn from_block(block: Block<'static>) -> Self {
        Model {
            classes: block.classes,
            scale: block.scale,
            compact: Table::Bundled(block.compact),
            compact_keys: Table::Bundled(block.compact_keys),
            slots: Table::Bundled(block.slots),
            inline: Table::Bundled(block.inline),
            inline_keys: Table::Bundled(block.inline_keys),
            wide: Table::Bundled(block.wide),
            mask: block.mask,
            shift: block.shift,
            spilled: Table::Bundled(block.spilled),
            dense: DenseRows {
                lines: Table::Bundled(block.dense),
                classes: usize::from(block.classes),
                stride: dense_stride(usize::from(block.classes)),
            },
            dense_runs: Table::Bundled(block.dense_runs),
            features: block.features,
        }
    }

    /// Whether the tables are the binary's static data (a bundled model
    /// laid out at build time) rather than built at run time.
    pub fn is_bundled(&self) -> bool {
        matches!(self.spilled, Table::Bundled(_))
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
                    *home = layout::home(key, self.shift);
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
            if self.compact.is_empty() {
                self.add_weights_dispatch(features, &mut sums[..class_count]);
            } else {
                // The whole buffer: dense rows are added line by line,
                // padding included (see `PaddedSums`); only the first
                // `class_count` sums are read.
                self.add_compact_dispatch(features, PaddedSums(&mut sums));
            }
            for (s, &sum) in scores.iter_mut().zip(&sums[..class_count]) {
                *s = sum as f32 * self.scale;
            }
        } else {
            if self.compact.is_empty() {
                self.add_weights(features, scores);
            } else {
                self.add_compact(features, ClassSums(scores));
            }
            for s in scores.iter_mut() {
                *s *= self.scale;
            }
        }
    }

    /// Whether [`Model::scores`] sums `features` features as exact
    /// integers in the compact table (a large model of at most
    /// [`STACK_CLASSES`] classes, at most [`EXACT_FEATURES`] features): the
    /// case [`Model::partial_sums`] and [`Model::scores_after`] serve.
    pub fn sums_exactly(&self, features: usize) -> bool {
        self.inline.is_empty()
            && self.wide.is_empty()
            && !self.compact.is_empty()
            && self.classes() <= STACK_CLASSES
            && features <= EXACT_FEATURES
    }

    /// The integer class sums of `features`, to be completed by
    /// [`Model::scores_after`] with the rest of a feature list (only where
    /// [`Model::sums_exactly`] holds for the whole list). A caller whose
    /// configurations share some features keeps their sums instead of
    /// looking them up again: integer sums add up the same in any grouping.
    pub fn partial_sums(&self, features: &[u64], partial: &mut PartialSums) {
        partial.sums.fill(0);
        self.add_compact_dispatch(features, PaddedSums(&mut partial.sums));
    }

    /// [`Model::scores`] of a feature list of which `partial` holds the
    /// sums of one part ([`Model::partial_sums`]) and `features` is the
    /// rest: the same scores as the whole list gives where
    /// [`Model::sums_exactly`] holds for it.
    pub fn scores_after(&self, partial: &PartialSums, features: &[u64], scores: &mut [f32]) {
        let mut sums = partial.sums;
        self.add_compact_dispatch(features, PaddedSums(&mut sums));
        scores.fill(0.0);
        for (s, &sum) in scores.iter_mut().zip(&sums[..self.classes()]) {
            *s = sum as f32 * self.scale;
        }
    }

    avx2_dispatch! {
        /// [`Model::add_weights`] compiled for AVX2 when the processor has it:
        /// a dense row is then added eight classes an instruction instead of
        /// four (the default x86-64 target stops at SSE2).
        add_weights_dispatch, add_weights_avx2 => add_weights(sums: &mut [i32]);
        /// [`Model::add_compact`] compiled for AVX2 when the processor has it.
        add_compact_dispatch, add_compact_avx2 => add_compact(sums: PaddedSums<'_>);
        /// [`Model::add_wide`] compiled for AVX2 when the processor has it (a
        /// row is widened and added in one instruction).
        add_wide_dispatch, add_wide_avx2 => add_wide(sums: &mut [i32; WIDE_CLASSES]);
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
                *home = layout::home(key, self.shift);
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
                *home = layout::home(key, self.shift);
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

    /// [`Model::add_weights`] for a [`CompactSlot`] table: the same blocks
    /// of prefetched home slots, eight to a cache line instead of four.
    #[inline(always)]
    fn add_compact<S: CompactSums>(&self, features: &[u64], mut sums: S) {
        const BLOCK: usize = 72;
        let mut homes = [0usize; BLOCK];
        let mut runs = [0u32; BLOCK];
        let mut rows = [0u32; BLOCK];
        for block in features.chunks(BLOCK) {
            for (home, &key) in homes.iter_mut().zip(block) {
                *home = layout::home(key, self.shift);
                prefetch(&self.compact[*home]);
            }
            let (mut spilled, mut dense) = (0, 0);
            for (&home, &key) in homes.iter().zip(block) {
                let mut at = home;
                let check = CompactSlot::check_of(key);
                loop {
                    let slot = &self.compact[at];
                    if slot.is_empty() {
                        break;
                    }
                    if slot.check == check {
                        // `Payload::of` spelt out on the word's bits: the
                        // weights in the slot first, the commonest case.
                        let word = slot.payload;
                        if let Some((class, w)) = Payload::first_pair(word) {
                            sums.add(class, w);
                            if let Some(other) = Payload::second_class(word) {
                                // `Payload::inline` keeps only weights
                                // whose negation is an `i16`.
                                sums.add(other, w.wrapping_neg());
                            }
                        } else if let Some(row) = Payload::dense_row(word) {
                            self.dense.prefetch(row);
                            rows[dense] = row;
                            dense += 1;
                        } else {
                            let start = Payload::spilled_start(word);
                            prefetch(&self.spilled[start as usize]);
                            runs[spilled] = start;
                            spilled += 1;
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
                    let (class, w) = unpack(pair);
                    sums.add(class, w);
                }
            }
            for &row in &rows[..dense] {
                sums.add_row(&self.dense, row);
            }
        }
    }

    /// Asks for the table slots of `features` ahead of a [`Model::scores`]
    /// call on them, so their loads overlap with other work. Only a hint:
    /// no result changes.
    #[inline]
    pub fn prefetch(&self, features: &[u64]) {
        for &key in features {
            let home = layout::home(key, self.shift);
            if let Some(slot) = self.compact.get(home) {
                prefetch(slot);
            } else if let Some(slot) = self.slots.get(home) {
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

    /// The (class, weight) pairs of a spilled run starting at `start`
    /// (after a dense feature's row index when `dense`).
    fn run_pairs(&self, start: usize, dense: bool, out: &mut Vec<(u16, i16)>) {
        let len = self.spilled[start] as usize;
        let pairs = start + 1 + usize::from(dense);
        out.extend(self.spilled[pairs..pairs + len].iter().map(|&p| unpack(p)));
    }

    /// The (class, weight) pairs of a stored compact slot, in the order read.
    fn compact_pairs(&self, slot: &CompactSlot, out: &mut Vec<(u16, i16)>) {
        out.clear();
        match Payload::of(slot.payload) {
            Payload::Pairs(class, w, second) => {
                out.push((class, w));
                if let Some(other) = second {
                    out.push((other, w.wrapping_neg()));
                }
            }
            Payload::Spilled(start) => self.run_pairs(start as usize, false, out),
            Payload::Dense(row) => {
                self.run_pairs(self.dense_runs[row as usize] as usize, true, out);
            }
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
            // A dense feature's run holds its row index before the pairs.
            self.run_pairs(start, slot.first == DENSE, out);
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
                .zip(self.inline.iter())
                .filter(|(_, s)| !s.is_empty())
                .map(|(&key, s)| (key, &s.weights[..]));
            return self.rows_to_bytes(rows.collect());
        }
        if !self.wide.is_empty() {
            let rows = self.wide.iter().filter(|s| !s.is_empty());
            return self.rows_to_bytes(rows.map(|s| (s.key, &s.weights[..])).collect());
        }
        if !self.compact.is_empty() {
            let mut features: Vec<(u64, &CompactSlot)> = self
                .compact_keys
                .iter()
                .zip(self.compact.iter())
                .filter(|(_, s)| !s.is_empty())
                .map(|(&high, s)| (u64::from(high) << 32 | u64::from(s.check), s))
                .collect();
            features.sort_unstable_by_key(|&(key, _)| key);
            let mut out = self.bytes_header(features.len());
            let mut pairs = Vec::new();
            for (key, slot) in features {
                self.compact_pairs(slot, &mut pairs);
                push_feature(&mut out, key, &pairs);
            }
            return out;
        }
        let mut features: Vec<Slot> = self
            .slots
            .iter()
            .copied()
            .filter(|s| s.first != EMPTY)
            .collect();
        features.sort_unstable_by_key(|s| s.key);
        let mut out = self.bytes_header(features.len());
        let mut pairs = Vec::new();
        for slot in features {
            self.slot_pairs(&slot, &mut pairs);
            push_feature(&mut out, slot.key, &pairs);
        }
        out
    }

    /// The first bytes of [`Model::to_bytes`], for `count` features.
    fn bytes_header(&self, count: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(18 + count * 18);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.classes.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(count as u32).to_le_bytes());
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
    /// The models bundled with kg, given as the binary's own bytes, are
    /// not read but used as laid out at build time (the same tables).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        if let Some(model) = bundled_model(bytes) {
            return Ok(model);
        }
        let (classes, scale, features, used) = layout::read_model(bytes)?;
        if used != bytes.len() {
            return Err(ModelError::TrailingBytes(bytes.len() - used));
        }
        Ok(Self::build(classes, scale, &features))
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
    fn argmax_returns_what_the_plain_scan_returns() {
        // Few distinct values, so ties are common; zeros of both signs, a
        // NaN now and then, lengths around the eight-lane sweeps and the
        // parser's 103 classes.
        let values = [-2.5f32, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, f32::NAN];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for len in (0..40).chain([103, 104, 111]) {
            for _ in 0..300 {
                let nan_allowed = next() % 4 == 0;
                let scores: Vec<f32> = (0..len)
                    .map(|_| values[(next() % if nan_allowed { 8 } else { 7 }) as usize])
                    .collect();
                assert_eq!(argmax(&scores), argmax_scan(&scores), "scores {scores:?}");
            }
        }
        for len in [0, 7, 8, 9, 103] {
            let scores: Vec<f32> = (0..len).map(|i| (i % 5) as f32).collect();
            assert_eq!(argmax_lanes(&scores), argmax_scan(&scores));
        }
        assert_eq!(argmax(&[]), 0);
        assert_eq!(argmax(&[f32::NAN, 1.0, 2.0]), 0);
        assert_eq!(argmax(&[1.0, f32::NAN, 2.0, 2.0]), 2);
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
        assert!(model
            .compact
            .iter()
            .any(|s| matches!(Payload::of(s.payload), Payload::Spilled(_))));
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
        let mut runs = Runs::default();
        let mut pushed = Vec::new();
        for r in 0..9usize {
            let row: Vec<i16> = (0..103).map(|c| edges[(c + r) % edges.len()]).collect();
            runs.pairs.extend(
                (0..103u16)
                    .zip(&row)
                    .filter(|&(_, &w)| w != 0)
                    .map(|(c, &w)| (c, w)),
            );
            runs.close(feature(4, &[r as u64]));
            pushed.push(row);
        }
        let model = Model::build(103, 1.0, &runs);
        assert_eq!(model.dense_runs.len(), pushed.len());
        for (r, row) in pushed.iter().enumerate() {
            let got = model.dense.row(r as u32);
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

    /// Runs of every shape a table meets: one pair, two of opposite
    /// weights (also at the `i16` edges, where `i16::MIN` has no
    /// opposite), two others, three to seven, none, dense rows, a class
    /// twice; `classes` classes, 400 features, sorted by key.
    fn runs_of_every_shape(classes: u16) -> Runs {
        let mut features: Vec<(u64, Vec<(u16, i16)>)> = Vec::new();
        for n in 0u64..400 {
            let c = |k: u64| ((n * 31 + k * 17) % u64::from(classes)) as u16;
            let w = (n as i16 * 97 % 3000 + 1) * if n % 2 == 0 { 1 } else { -1 };
            let mut run = match n % 9 {
                0 => vec![(c(0), w)],
                1 => vec![(c(0), w), (c(1), -w)],
                2 => vec![(c(0), i16::MAX), (c(1), -i16::MAX)],
                3 => vec![(c(0), i16::MIN), (c(1), i16::MAX)],
                4 => vec![(c(0), w), (c(1), w)],
                5 => (0..(n % 5 + 3)).map(|k| (c(k), w + k as i16)).collect(),
                6 => Vec::new(),
                7 => (0..u64::from(classes) / 2)
                    .map(|k| (c(k), w - k as i16))
                    .collect(),
                _ => vec![(c(0), w), (c(0), 5), (c(1), -w)],
            };
            // Classes rising, as training writes them (a repeated class
            // stays where it is).
            if n % 9 != 8 {
                run.sort_unstable_by_key(|&(class, _)| class);
                run.dedup_by_key(|&mut (class, _)| class);
            }
            features.push((feature(11, &[n]), run));
        }
        features.sort_unstable_by_key(|&(key, _)| key);
        let mut runs = Runs::default();
        for (key, run) in features {
            runs.pairs.extend(run);
            runs.close(key);
        }
        runs
    }

    #[test]
    fn compact_tables_read_back_every_weight() {
        // 103 classes (the parser's) lay out in a compact table; the same
        // runs under 200 classes (more than a payload's 7 bits) in the
        // table of whole keys. Every feature alone scores exactly its run
        // in both, and the model writes back the bytes it was read from.
        let runs = runs_of_every_shape(103);
        let compact = Model::build(103, 0.25, &runs);
        let slots = Model::build(200, 0.25, &runs);
        assert!(!compact.compact.is_empty() && compact.slots.is_empty());
        assert!(compact
            .compact
            .iter()
            .any(|s| matches!(Payload::of(s.payload), Payload::Pairs(_, _, Some(_)))));
        assert!(!compact.dense_runs.is_empty());
        assert!(slots.compact.is_empty() && !slots.slots.is_empty());
        assert_eq!(compact.len(), runs.len());
        for i in 0..runs.len() {
            let mut expected = [0i32; 103];
            for &(class, w) in runs.run(i) {
                expected[usize::from(class)] += i32::from(w);
            }
            let expected = expected.map(|e| e as f32 * 0.25);
            let (mut a, mut b) = ([0.0f32; 103], [0.0f32; 200]);
            compact.scores(&[runs.keys[i]], &mut a);
            slots.scores(&[runs.keys[i]], &mut b);
            assert_eq!(a, expected, "feature {i}");
            assert_eq!(a[..], b[..103]);
        }
        // All together, and absent keys among them.
        let mut keys = runs.keys.clone();
        keys.extend((0..50).map(|n| feature(12, &[n])));
        let (mut a, mut b) = ([0.0f32; 103], [0.0f32; 200]);
        compact.scores(&keys, &mut a);
        slots.scores(&keys, &mut b);
        assert_eq!(a[..], b[..103]);
        let bytes = compact.to_bytes();
        assert_eq!(bytes[10..], slots.to_bytes()[10..]);
        let again = Model::from_bytes(&bytes).unwrap();
        assert_eq!(again.to_bytes(), bytes);
        let block = laid(&compact).to_block();
        assert_eq!(block, laid(&again).to_block());
    }

    #[test]
    fn a_check_met_on_a_probe_path_keeps_whole_keys() {
        // Two stored keys with the same low 32 bits and the same home
        // would be told apart by nothing in a compact table: the model is
        // laid out in slots of whole keys instead, and scores right.
        let mut runs = Runs::default();
        let low = 0x1234_5678u64;
        let keys = [low, 1 << 32 | low, 0x00ff_0000_0000_0001];
        for (i, &key) in keys.iter().enumerate() {
            runs.pairs.push((i as u16, 10 + i as i16));
            runs.close(key);
        }
        let model = Model::build(20, 1.0, &runs);
        assert!(model.compact.is_empty() && !model.slots.is_empty());
        for (i, &key) in keys.iter().enumerate() {
            let mut scores = [0.0f32; 20];
            model.scores(&[key], &mut scores);
            let mut expected = [0.0f32; 20];
            expected[i] = 10.0 + i as f32;
            assert_eq!(scores, expected);
        }
        // Without the clash, the same model is compact.
        let mut apart = Runs::default();
        for (i, &key) in [low, keys[2]].iter().enumerate() {
            apart.pairs.push((i as u16, 10));
            apart.close(key);
        }
        assert!(!Model::build(20, 1.0, &apart).compact.is_empty());
    }

    /// The tables of a model, copied out.
    fn laid(model: &Model) -> Laid {
        Laid {
            classes: model.classes,
            scale: model.scale,
            compact: model.compact.to_vec(),
            compact_keys: model.compact_keys.to_vec(),
            slots: model.slots.to_vec(),
            inline: model.inline.to_vec(),
            inline_keys: model.inline_keys.to_vec(),
            wide: model.wide.to_vec(),
            spilled: model.spilled.to_vec(),
            dense: model.dense.lines.to_vec(),
            dense_runs: model.dense_runs.to_vec(),
            mask: model.mask,
            shift: model.shift,
            features: model.features,
        }
    }

    #[test]
    fn bundled_models_are_used_as_laid_out_at_build_time() {
        // Each bundled model, read from the binary's bytes, uses the block
        // `build.rs` wrote; read from a copy of the same bytes, it is laid
        // out at run time into the very same tables, and both write back
        // the model's bytes.
        let mut models = 0;
        for file in bundled::FILES {
            for &(start, end, block) in file.models {
                let bytes = &file.bytes[start..end];
                let bundled = Model::from_bytes(bytes).unwrap();
                assert!(bundled.is_bundled());
                let copy = bytes.to_vec();
                let built = Model::from_bytes(&copy).unwrap();
                assert!(!built.is_bundled());
                assert_eq!(laid(&built), laid(&bundled));
                assert_eq!(laid(&built).to_block(), &block.0);
                assert_eq!(bundled.to_bytes(), bytes);
                // The parser and the tagger in compact tables, the name
                // tagger in wide slots.
                assert!(!bundled.compact.is_empty() || !bundled.wide.is_empty());
                models += 1;
            }
        }
        assert_eq!(
            models, 4,
            "the tagger's, the title-case tagger's, the parser's and the name tagger's"
        );
    }

    #[test]
    fn blocks_round_trip_and_bad_blocks_are_refused() {
        let model = trained().finish(0.0);
        let block = laid(&model).to_block();
        // A block in memory aligned as the binary's are.
        let mut lines = vec![DenseLine([0; 32]); block.len().div_ceil(64)];
        // SAFETY: `lines` is plain integers, `block.len()` bytes of it are
        // written as bytes, then read back as bytes.
        let aligned = unsafe {
            let bytes =
                std::slice::from_raw_parts_mut(lines.as_mut_ptr().cast::<u8>(), block.len());
            bytes.copy_from_slice(&block);
            &*std::ptr::from_ref(bytes)
        };
        let read = Block::new(aligned).unwrap();
        assert_eq!(read.slots, &laid(&model).slots[..]);
        assert!(Block::new(&aligned[..aligned.len() - 64]).is_none());
        assert!(Block::new(&aligned[1..]).is_none());
        assert!(Block::new(b"KGLAID01").is_none());
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
