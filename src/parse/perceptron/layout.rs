//! The memory layout of a read-only perceptron [`super::Model`]: its table
//! slots, weight runs and dense rows, how a model file is read into them,
//! and how a laid-out model is written as one block of bytes that a
//! program can use where it lies.
//!
//! Laying out the parser's and the tagger's tables (some 650,000 and
//! 185,000 features) took about half of `kg`'s start-up. The build script
//! (`build.rs`, which includes this file as a module of its own) lays out
//! the bundled models once, at build time, with the very code the library
//! runs for a model read at run time ([`lay_out`]); the library then uses
//! those bytes in place ([`Block`]). So this module needs nothing beyond
//! `std`.

/// The first bytes of a stored model; the digit is the format version.
pub const MAGIC: &[u8; 8] = b"KGPERC01";

/// Why bytes are not a model.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelError {
    BadMagic,
    Truncated(usize),
    Unsorted(usize),
    BadClass {
        offset: usize,
        class: u16,
        classes: u16,
    },
    TrailingBytes(usize),
    NoClasses(u16),
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::BadMagic => {
                write!(
                    f,
                    "not a kg perceptron model (it does not start with \"KGPERC01\")"
                )
            }
            ModelError::Truncated(at) => write!(f, "the model is cut short at byte {at}"),
            ModelError::Unsorted(at) => {
                write!(
                    f,
                    "the model's features are not sorted by key (at byte {at})"
                )
            }
            ModelError::BadClass {
                offset,
                class,
                classes,
            } => write!(
                f,
                "feature at byte {offset} names class {class}, but the model has {classes} classes"
            ),
            ModelError::TrailingBytes(n) => {
                write!(f, "the model has {n} bytes after its last feature")
            }
            ModelError::NoClasses(n) => {
                write!(f, "the model declares {n} classes; at least one is needed")
            }
        }
    }
}

impl std::error::Error for ModelError {}

/// A cursor over model bytes that reports where they end too soon.
pub struct Reader<'a> {
    pub bytes: &'a [u8],
    pub pos: usize,
}

impl Reader<'_> {
    pub fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
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

/// Features with their weight runs, flat: feature `i` has key `keys[i]` and
/// the (class, weight) pairs `pairs[ends[i - 1]..ends[i]]` (from 0 for the
/// first). The form a model is laid out from, without one allocation per
/// feature.
#[derive(Debug, Default)]
pub struct Runs {
    pub keys: Vec<u64>,
    pub ends: Vec<u32>,
    pub pairs: Vec<(u16, i16)>,
}

impl Runs {
    pub fn with_capacity(features: usize) -> Self {
        Runs {
            keys: Vec::with_capacity(features),
            ends: Vec::with_capacity(features),
            pairs: Vec::with_capacity(features * 2),
        }
    }

    /// Ends the run of feature `key`: the pairs pushed since the last call.
    pub fn close(&mut self, key: u64) {
        self.keys.push(key);
        self.ends.push(self.pairs.len() as u32);
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn run(&self, i: usize) -> &[(u16, i16)] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.pairs[start..self.ends[i] as usize]
    }
}

/// A model's bytes (see `Model::to_bytes`) as its class count, scale and
/// feature runs, and how many bytes the model took: a model file may be
/// followed by more (another model), which the caller judges.
pub fn read_model(bytes: &[u8]) -> Result<(u16, f32, Runs, usize), ModelError> {
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
    Ok((classes, scale, features, r.pos))
}

/// One slot of a large model's table (16 bytes, four to a cache line).
///
/// Most features of the parser and the tagger vote for one or two classes,
/// so their weights live in the slot itself: finding the key finds the
/// weights, one memory access per feature. `first` and `second` then hold a
/// packed (class, weight) pair each ([`pack`]), `second` = [`NO_PAIR`] when
/// there is one. A feature with more weights (or none) has `first` =
/// [`SPILLED`] and `second` = where its run starts in `Laid::spilled`: the
/// run's length, then its pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, align(16))]
pub struct Slot {
    pub key: u64,
    pub first: u32,
    pub second: u32,
}

/// `Slot::first` of an empty slot.
pub const EMPTY: u32 = u32::MAX;
/// `Slot::first` of a feature whose weights are in `Laid::spilled`.
pub const SPILLED: u32 = u32::MAX - 1;
/// `Slot::second` of a feature with one weight.
pub const NO_PAIR: u32 = u32::MAX;
/// `Slot::first` of a feature with many weights: `second` is the index of
/// its row in `Laid::dense`, which scoring adds. Its run in
/// `Laid::spilled` (from `Laid::dense_runs`) is its length, the row
/// index, then its pairs, kept for writing the model's bytes.
pub const DENSE: u32 = u32::MAX - 2;

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
pub fn pack(class: u16, weight: i16) -> u32 {
    (u32::from(class) << 16) | u32::from(weight as u16)
}

#[inline]
pub fn unpack(pair: u32) -> (u16, i16) {
    ((pair >> 16) as u16, pair as u16 as i16)
}

impl Slot {
    pub const VACANT: Slot = Slot {
        key: 0,
        first: EMPTY,
        second: 0,
    };
}

/// One cache line of dense rows: 32 weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, align(64))]
pub struct DenseLine(pub [i16; 32]);

/// Lines per dense row of a model of `classes` classes: each row starts a
/// cache line, so a row of the parser's 103 classes (206 bytes) spans four
/// lines, not five as it does from most starts.
pub const fn dense_stride(classes: usize) -> usize {
    classes.div_ceil(32)
}

/// Fills `row` (one weight per class) from `run`; false, leaving the run
/// sparse, when a class appears twice (the `i16` row could not hold the sum
/// exactly) or lies outside the row.
pub fn dense_row(run: &[(u16, i16)], row: &mut [i16]) -> bool {
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

/// Models with at most this many classes keep each feature's weights in its
/// table slot (one memory access per feature instead of two).
pub const INLINE_CLASSES: usize = 3;

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
/// `Laid::inline_keys`, read only to write the model's bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C)]
pub struct InlineSlot {
    pub check: u16,
    pub weights: [i16; INLINE_CLASSES],
}

impl InlineSlot {
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.weights == [0; INLINE_CLASSES]
    }

    /// The key bits a slot keeps: the lowest ones (the home slot is chosen
    /// by the highest, so the two are independent).
    #[inline]
    pub fn check_of(key: u64) -> u16 {
        key as u16
    }
}

/// Models with more than [`INLINE_CLASSES`] and at most this many classes
/// keep every feature's whole weight row in its table slot ([`WideSlot`]).
pub const WIDE_CLASSES: usize = 12;

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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C, align(32))]
pub struct WideSlot {
    pub key: u64,
    pub weights: [i16; WIDE_CLASSES],
}

impl WideSlot {
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.weights == [0; WIDE_CLASSES]
    }
}

/// Whether a feature's run can be a [`WideSlot`] row and written back as
/// the same bytes: classes strictly rising, each below `classes` (so never
/// one twice), every weight non-zero, at least one pair. What
/// training writes always is; a model file need not be.
fn is_wide_row(run: &[(u16, i16)], classes: usize) -> bool {
    !run.is_empty()
        && run.iter().all(|&(c, w)| usize::from(c) < classes && w != 0)
        && run.windows(2).all(|p| p[0].0 < p[1].0)
}

/// The home slot of a key: its top bits. Keys are hashes already, so
/// these are as good as any; and a model file lists its features in
/// key order, so laying out fills the table from front to back instead of
/// writing to random places in many megabytes.
#[inline]
pub fn home(key: u64, shift: u32) -> usize {
    (key >> shift) as usize
}

/// The [`home`] shift of a table of `size` slots (a power of two).
fn shift_of(size: usize) -> u32 {
    64 - size.trailing_zeros()
}

/// Where a model's tables are allocated: the library asks for large ones
/// in huge pages; the build script takes plain vectors.
pub trait Tables {
    /// A table of `len` copies of `fill`.
    fn table_of<T: Copy>(len: usize, fill: T) -> Vec<T>;
    /// A table of contents already built.
    fn table_from<T: Copy>(items: Vec<T>) -> Vec<T>;
}

/// A slot of a compact table (8 bytes, eight to a cache line), the table
/// of the parser and the tagger: the low 32 bits of the feature's key
/// ([`CompactSlot::check_of`]) and one word of weights ([`Payload`]).
///
/// Scoring a feature waits for its slot's cache line, in tables far larger
/// than the cache: half the bytes of a [`Slot`] makes the tables half as
/// large, so more of them stay in the cache. The key's high half lives
/// apart, in `Laid::compact_keys`, read only to write the model's bytes.
///
/// A probe compares only the kept 32 bits, so a key that is not in the
/// model could take the weights of a stored feature with the same low 32
/// bits on its probe path: about once in 2^32 occupied slots compared
/// (BENCHMARKS.md, session 18, gives the figures). A key that is in the
/// model always finds its own slot: [`lay_out`] refuses a compact table in
/// which a feature's probe path passes a slot with its check, and lays the
/// model out in [`Slot`]s instead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C, align(8))]
pub struct CompactSlot {
    pub check: u32,
    /// Zero in an empty slot (no stored feature gives zero, see
    /// [`Payload`]).
    pub payload: u32,
}

impl CompactSlot {
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.payload == 0
    }

    /// The key bits a slot keeps: the lowest ones (the home slot is chosen
    /// by the highest, so the two are independent).
    #[inline]
    pub fn check_of(key: u64) -> u32 {
        key as u32
    }
}

/// Models with at most this many classes can use a compact table (a class
/// takes seven bits of a [`CompactSlot`]'s payload).
pub const COMPACT_CLASSES: usize = 128;

/// A [`CompactSlot::payload`] with this bit refers to weights elsewhere;
/// without it, it holds them.
const PAYLOAD_REFERS: u32 = 1 << 31;
/// With [`PAYLOAD_REFERS`]: the low bits are a dense row's index (else a
/// spilled run's start). Without it: a second pair follows.
const PAYLOAD_FLAG: u32 = 1 << 30;
/// The index bits of a referring payload.
const PAYLOAD_INDEX: u32 = PAYLOAD_FLAG - 1;

/// What a [`CompactSlot`]'s payload word says about a feature's weights.
///
/// Weights in the word: a weight `w` (16 bits, never zero, so no stored
/// feature's word is zero), its class (7 bits) and, with [`PAYLOAD_FLAG`],
/// a second class (7 bits) whose weight is `-w`. A perceptron moves a
/// feature's weights in such pairs (towards the truth, away from the
/// guess), so most features of two weights have opposite ones: all but 243
/// of the tagger's 123,030, 177,458 of the parser's 307,072. Other
/// features refer to a spilled run or a dense row as in a [`Slot`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload {
    /// One (class, weight) pair, and the class of a second of the opposite
    /// weight.
    Pairs(u16, i16, Option<u16>),
    /// The start of a run in `Laid::spilled`.
    Spilled(u32),
    /// The index of a dense row.
    Dense(u32),
}

impl Payload {
    #[inline(always)]
    pub fn of(word: u32) -> Payload {
        if let Some((class, w)) = Payload::first_pair(word) {
            Payload::Pairs(class, w, Payload::second_class(word))
        } else if let Some(row) = Payload::dense_row(word) {
            Payload::Dense(row)
        } else {
            Payload::Spilled(Payload::spilled_start(word))
        }
    }

    /// The first (class, weight) pair of a word that holds its weights.
    #[inline(always)]
    pub fn first_pair(word: u32) -> Option<(u16, i16)> {
        (word & PAYLOAD_REFERS == 0).then_some((((word >> 16) & 0x7f) as u16, word as u16 as i16))
    }

    /// The class of the second pair (weight: the first's negated) of a
    /// word that holds its weights.
    #[inline(always)]
    pub fn second_class(word: u32) -> Option<u16> {
        (word & (PAYLOAD_REFERS | PAYLOAD_FLAG) == PAYLOAD_FLAG)
            .then_some(((word >> 23) & 0x7f) as u16)
    }

    /// The dense row a referring word names.
    #[inline(always)]
    pub fn dense_row(word: u32) -> Option<u32> {
        (word & (PAYLOAD_REFERS | PAYLOAD_FLAG) == PAYLOAD_REFERS | PAYLOAD_FLAG)
            .then_some(word & PAYLOAD_INDEX)
    }

    /// Where the spilled run of a word that refers to one starts.
    #[inline(always)]
    pub fn spilled_start(word: u32) -> u32 {
        word & PAYLOAD_INDEX
    }

    /// The word of a run that fits in it: one pair, or two of opposite
    /// weights, classes below [`COMPACT_CLASSES`]. The pairs read back in
    /// the run's order.
    fn inline(run: &[(u16, i16)]) -> Option<u32> {
        let word = |class: u16, w: i16| u32::from(class) << 16 | u32::from(w as u16);
        match *run {
            [(c, w)] if usize::from(c) < COMPACT_CLASSES && w != 0 => Some(word(c, w)),
            [(c1, w1), (c2, w2)]
                if usize::from(c1.max(c2)) < COMPACT_CLASSES
                    && w1 != 0
                    && w1.checked_neg() == Some(w2) =>
            {
                Some(word(c1, w1) | u32::from(c2) << 23 | PAYLOAD_FLAG)
            }
            _ => None,
        }
    }

    /// The word of a reference to a spilled run or a dense row; `None` when
    /// the index does not fit its bits.
    fn refer(index: usize, dense: bool) -> Option<u32> {
        let index = u32::try_from(index).ok().filter(|&i| i <= PAYLOAD_INDEX)?;
        Some(PAYLOAD_REFERS | index | if dense { PAYLOAD_FLAG } else { 0 })
    }
}

/// A laid-out model: everything scoring reads. Exactly one of `compact`,
/// `slots`, `inline` and `wide` is non-empty (see [`lay_out`]).
#[derive(Debug, Default, PartialEq)]
pub struct Laid {
    pub classes: u16,
    /// Multiplies an `i16` weight into the averaged weight it stands for.
    pub scale: f32,
    /// Open addressing, linear probing, power-of-two size, at most two
    /// thirds full. Empty when the model has at most `INLINE_CLASSES`
    /// classes or fits in `wide` or `compact`.
    pub slots: Vec<Slot>,
    /// The same table in [`CompactSlot`]s, for models of more than
    /// `WIDE_CLASSES` (or with runs that are not rows) and at most
    /// [`COMPACT_CLASSES`] classes, unless a stored feature would meet
    /// another's check on its probe path (then `slots`).
    pub compact: Vec<CompactSlot>,
    /// The high half of each key in `compact`, at the same index.
    pub compact_keys: Vec<u32>,
    /// The same table for models with at most `INLINE_CLASSES` classes
    /// (then `slots` and `spilled` are empty).
    pub inline: Vec<InlineSlot>,
    /// The whole key of each feature in `inline`, at the same index.
    pub inline_keys: Vec<u64>,
    /// The same table for models with more than `INLINE_CLASSES` and at
    /// most `WIDE_CLASSES` classes whose runs are all rows (then `slots`,
    /// `inline` and `spilled` are empty).
    pub wide: Vec<WideSlot>,
    /// The runs of features whose weights do not fit in their slot: per
    /// run, its length (as a pair's bits), then its packed pairs (for a
    /// [`DENSE`] feature: length, row index, pairs).
    pub spilled: Vec<u32>,
    /// Dense rows (see [`DENSE`]): `classes` weights each, every row
    /// starting a cache line ([`dense_stride`] lines a row).
    pub dense: Vec<DenseLine>,
    /// Per dense row, where its feature's run starts in `spilled`.
    pub dense_runs: Vec<u32>,
    /// The table's size minus one.
    pub mask: usize,
    /// How far a key is shifted right to give its home slot (the table's
    /// size is `2^(64 - shift)`).
    pub shift: u32,
    /// Number of features stored.
    pub features: usize,
}

/// Lays out a model of `classes` classes (at least 1) from its feature runs.
pub fn lay_out<A: Tables>(classes: u16, scale: f32, features: &Runs) -> Laid {
    if usize::from(classes) <= INLINE_CLASSES {
        let size = (features.len() * 2).next_power_of_two().max(16);
        let mut inline = A::table_of(size, InlineSlot::default());
        let mut inline_keys = vec![0u64; size];
        let mask = size - 1;
        let shift = shift_of(size);
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
            let mut i = home(key, shift);
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
        return Laid {
            classes,
            scale,
            inline,
            inline_keys,
            mask,
            shift,
            features: stored,
            ..Laid::default()
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
        let mut wide = A::table_of(size, WideSlot::default());
        let mask = size - 1;
        let shift = shift_of(size);
        for (i, &key) in features.keys.iter().enumerate() {
            let mut weights = [0i16; WIDE_CLASSES];
            for &(class, w) in features.run(i) {
                weights[usize::from(class)] = w;
            }
            let mut at = home(key, shift);
            while !wide[at].is_empty() {
                at = (at + 1) & mask;
            }
            wide[at] = WideSlot { key, weights };
        }
        return Laid {
            classes,
            scale,
            wide,
            mask,
            shift,
            features: features.len(),
            ..Laid::default()
        };
    }
    if let Some(laid) = lay_out_compact::<A>(classes, scale, features) {
        return laid;
    }
    let size = table_size(features.len());
    let mut slots = A::table_of(size, Slot::VACANT);
    let mask = size - 1;
    let shift = shift_of(size);
    let mut spilled = Vec::new();
    let mut dense = Vec::new();
    let mut dense_runs = Vec::new();
    let mut row = vec![0i16; class_count];
    for (i, &key) in features.keys.iter().enumerate() {
        let run = features.run(i);
        let (first, second) = match *run {
            [(c, w)] => (pack(c, w), NO_PAIR),
            [(c1, w1), (c2, w2)] => (pack(c1, w1), pack(c2, w2)),
            _ if is_dense(run, &mut row) => {
                let index = push_dense(run, &row, &mut spilled, &mut dense, &mut dense_runs);
                (DENSE, index)
            }
            _ => (SPILLED, push_spilled(run, &mut spilled) as u32),
        };
        let mut at = home(key, shift);
        while slots[at].first != EMPTY {
            at = (at + 1) & mask;
        }
        slots[at] = Slot { key, first, second };
    }
    Laid {
        classes,
        scale,
        slots,
        spilled: A::table_from(spilled),
        dense,
        dense_runs,
        mask,
        shift,
        features: features.len(),
        ..Laid::default()
    }
}

/// The size of a table of slots for `features` features: at most two
/// thirds full, so a probe usually ends in the home slot's cache line, and
/// half the size a half-full table would be.
fn table_size(features: usize) -> usize {
    (features + features / 2).next_power_of_two().max(16)
}

/// Whether a feature's weights go in a dense row: enough of them, for a
/// large enough share of the classes, and each fits the row (then `row`
/// holds them, see [`dense_row`]).
fn is_dense(run: &[(u16, i16)], row: &mut [i16]) -> bool {
    run.len() >= DENSE_MIN_WEIGHTS
        && run.len() * DENSE_MIN_SHARE >= row.len()
        && dense_row(run, row)
}

/// Appends `run` to `spilled` as a spilled run (length, pairs); returns
/// where it starts.
fn push_spilled(run: &[(u16, i16)], spilled: &mut Vec<u32>) -> usize {
    let start = spilled.len();
    spilled.push(run.len() as u32);
    spilled.extend(run.iter().map(|&(c, w)| pack(c, w)));
    start
}

/// Appends `run` to `spilled` as a dense feature's run (length, row index,
/// pairs) and its row to `dense`; returns the row's index.
fn push_dense(
    run: &[(u16, i16)],
    row: &[i16],
    spilled: &mut Vec<u32>,
    dense: &mut Vec<DenseLine>,
    dense_runs: &mut Vec<u32>,
) -> u32 {
    let index = dense_runs.len() as u32;
    dense_runs.push(spilled.len() as u32);
    spilled.push(run.len() as u32);
    spilled.push(index);
    spilled.extend(run.iter().map(|&(c, w)| pack(c, w)));
    let at = dense.len();
    dense.resize(at + dense_stride(row.len()), DenseLine([0; 32]));
    for (chunk, line) in row.chunks(32).zip(&mut dense[at..]) {
        line.0[..chunk.len()].copy_from_slice(chunk);
    }
    index
}

/// Lays out a model in a [`CompactSlot`] table; `None` when it has more
/// than [`COMPACT_CLASSES`] classes, when its runs outgrow a payload's
/// index bits, or when a stored feature's probe path would pass another
/// slot with its check (about one model in 3,000 of the parser's size;
/// [`lay_out`] then uses [`Slot`]s, whose keys are whole).
fn lay_out_compact<A: Tables>(classes: u16, scale: f32, features: &Runs) -> Option<Laid> {
    let class_count = usize::from(classes);
    if class_count > COMPACT_CLASSES {
        return None;
    }
    // As full as the table of `Slot`s, at half the bytes.
    let size = table_size(features.len());
    let mut compact = A::table_of(size, CompactSlot::default());
    let mut compact_keys = vec![0u32; size];
    let mask = size - 1;
    let shift = shift_of(size);
    let mut spilled = Vec::new();
    let mut dense = Vec::new();
    let mut dense_runs = Vec::new();
    let mut row = vec![0i16; class_count];
    for (i, &key) in features.keys.iter().enumerate() {
        let run = features.run(i);
        let payload = if let Some(word) = Payload::inline(run) {
            word
        } else if is_dense(run, &mut row) {
            let index = push_dense(run, &row, &mut spilled, &mut dense, &mut dense_runs);
            Payload::refer(index as usize, true)?
        } else {
            Payload::refer(push_spilled(run, &mut spilled), false)?
        };
        let check = CompactSlot::check_of(key);
        let mut at = home(key, shift);
        while !compact[at].is_empty() {
            if compact[at].check == check {
                return None;
            }
            at = (at + 1) & mask;
        }
        compact[at] = CompactSlot { check, payload };
        compact_keys[at] = (key >> 32) as u32;
    }
    Some(Laid {
        classes,
        scale,
        compact,
        compact_keys,
        spilled: A::table_from(spilled),
        dense,
        dense_runs,
        mask,
        shift,
        features: features.len(),
        ..Laid::default()
    })
}

/// The first bytes of a laid-out model block (see [`Laid::to_block`]).
pub const BLOCK_MAGIC: &[u8; 8] = b"KGLAID02";

/// Every table of a block starts at a multiple of this many bytes from
/// the block's start (the largest alignment of a table's items, a dense
/// line's), and so does the block itself in memory.
pub const BLOCK_ALIGN: usize = 64;

/// Bytes of a block's header: magic, classes (u16), padding (u16), scale
/// (f32), mask, shift, features (u64 each), then per table its item count
/// (u64) in the order of [`Laid::to_block`].
const BLOCK_HEADER: usize = 8 + 2 + 2 + 4 + 3 * 8 + BLOCK_TABLES * 8;

/// Tables in a block.
const BLOCK_TABLES: usize = 9;

impl Laid {
    /// The model as one block of little-endian bytes, every table as it
    /// lies in memory on a little-endian machine, each starting at a
    /// multiple of [`BLOCK_ALIGN`] (see [`Block::new`]). Written by the
    /// build script; the library only checks it against its own tables.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn to_block(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(BLOCK_MAGIC);
        out.extend_from_slice(&self.classes.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for n in [
            self.mask as u64,
            u64::from(self.shift),
            self.features as u64,
        ] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        let counts: [usize; BLOCK_TABLES] = [
            self.compact.len(),
            self.compact_keys.len(),
            self.slots.len(),
            self.inline.len(),
            self.inline_keys.len(),
            self.wide.len(),
            self.spilled.len(),
            self.dense.len(),
            self.dense_runs.len(),
        ];
        for n in counts {
            out.extend_from_slice(&(n as u64).to_le_bytes());
        }
        let pad = |out: &mut Vec<u8>| out.resize(out.len().next_multiple_of(BLOCK_ALIGN), 0);
        pad(&mut out);
        for s in &self.compact {
            out.extend_from_slice(&s.check.to_le_bytes());
            out.extend_from_slice(&s.payload.to_le_bytes());
        }
        pad(&mut out);
        for k in &self.compact_keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        pad(&mut out);
        for s in &self.slots {
            out.extend_from_slice(&s.key.to_le_bytes());
            out.extend_from_slice(&s.first.to_le_bytes());
            out.extend_from_slice(&s.second.to_le_bytes());
        }
        pad(&mut out);
        for s in &self.inline {
            out.extend_from_slice(&s.check.to_le_bytes());
            for w in s.weights {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        pad(&mut out);
        for k in &self.inline_keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        pad(&mut out);
        for s in &self.wide {
            out.extend_from_slice(&s.key.to_le_bytes());
            for w in s.weights {
                out.extend_from_slice(&w.to_le_bytes());
            }
            // The slot's padding to its 32-byte alignment.
            out.resize(
                out.len() + std::mem::size_of::<WideSlot>() - 8 - 2 * WIDE_CLASSES,
                0,
            );
        }
        pad(&mut out);
        for n in &self.spilled {
            out.extend_from_slice(&n.to_le_bytes());
        }
        pad(&mut out);
        for line in &self.dense {
            for w in line.0 {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        pad(&mut out);
        for n in &self.dense_runs {
            out.extend_from_slice(&n.to_le_bytes());
        }
        pad(&mut out);
        out
    }
}

/// A laid-out model read in place from a block of bytes (see
/// [`Laid::to_block`]): the tables borrow the block.
#[derive(Debug)]
pub struct Block<'a> {
    pub classes: u16,
    pub scale: f32,
    pub compact: &'a [CompactSlot],
    pub compact_keys: &'a [u32],
    pub slots: &'a [Slot],
    pub inline: &'a [InlineSlot],
    pub inline_keys: &'a [u64],
    pub wide: &'a [WideSlot],
    pub spilled: &'a [u32],
    pub dense: &'a [DenseLine],
    pub dense_runs: &'a [u32],
    pub mask: usize,
    pub shift: u32,
    pub features: usize,
}

/// Borrows `count` items of type `T` at `*at` bytes into `block`, moving
/// `*at` past them to the next multiple of [`BLOCK_ALIGN`]; `None` when
/// they are out of the block or misaligned.
///
/// Only for the item types of a block ([`CompactSlot`], [`Slot`], [`InlineSlot`],
/// [`WideSlot`], [`DenseLine`], `u32`, `u64`): plain integers and arrays
/// of them, for which every bit pattern is a valid value.
#[cfg(target_endian = "little")]
fn items<'a, T>(block: &'a [u8], at: &mut usize, count: usize) -> Option<&'a [T]> {
    let bytes = count.checked_mul(std::mem::size_of::<T>())?;
    let end = at.checked_add(bytes)?;
    let region = block.get(*at..end)?;
    if !(region.as_ptr() as usize).is_multiple_of(std::mem::align_of::<T>()) {
        return None;
    }
    *at = end.next_multiple_of(BLOCK_ALIGN);
    // SAFETY: `region` is `count * size_of::<T>()` initialised bytes,
    // aligned for `T`, borrowed for 'a; `T` is one of the block's item
    // types (see above), whose fields are integers with no invalid bit
    // pattern (a `WideSlot`'s padding may hold any byte), and the bytes
    // were written little-endian, this machine's order.
    Some(unsafe { std::slice::from_raw_parts(region.as_ptr().cast::<T>(), count) })
}

impl<'a> Block<'a> {
    /// Reads a block in place: `None` when it is not a well-formed block,
    /// is not aligned to [`BLOCK_ALIGN`], or (on a big-endian machine,
    /// where the bytes are not the tables) always.
    pub fn new(block: &'a [u8]) -> Option<Self> {
        #[cfg(target_endian = "little")]
        {
            let mut r = Reader {
                bytes: block,
                pos: 0,
            };
            if r.take::<8>().ok()? != *BLOCK_MAGIC
                || !(block.as_ptr() as usize).is_multiple_of(BLOCK_ALIGN)
            {
                return None;
            }
            let classes = u16::from_le_bytes(r.take().ok()?);
            let _padding: [u8; 2] = r.take().ok()?;
            let scale = f32::from_le_bytes(r.take().ok()?);
            let mut number =
                || -> Option<usize> { usize::try_from(u64::from_le_bytes(r.take().ok()?)).ok() };
            let (mask, shift, features) = (number()?, number()?, number()?);
            let shift = u32::try_from(shift).ok()?;
            let mut counts = [0usize; BLOCK_TABLES];
            for count in &mut counts {
                *count = number()?;
            }
            let mut at = BLOCK_HEADER.next_multiple_of(BLOCK_ALIGN);
            let block = Block {
                classes,
                scale,
                compact: items(block, &mut at, counts[0])?,
                compact_keys: items(block, &mut at, counts[1])?,
                slots: items(block, &mut at, counts[2])?,
                inline: items(block, &mut at, counts[3])?,
                inline_keys: items(block, &mut at, counts[4])?,
                wide: items(block, &mut at, counts[5])?,
                spilled: items(block, &mut at, counts[6])?,
                dense: items(block, &mut at, counts[7])?,
                dense_runs: items(block, &mut at, counts[8])?,
                mask,
                shift,
                features,
            };
            // The table's size is what the mask and the shift say, so
            // every home slot and probe stays inside it.
            let tables = [
                block.compact.len(),
                block.slots.len(),
                block.inline.len(),
                block.wide.len(),
            ];
            let size: usize = tables.iter().sum();
            let one_table = tables.iter().filter(|&&n| n > 0).count() == 1;
            let consistent = one_table
                && size.is_power_of_two()
                && mask == size - 1
                && shift == shift_of(size)
                && classes > 0
                && (block.inline.is_empty() || block.inline_keys.len() == size)
                && block.compact_keys.len() == block.compact.len()
                && block.dense.len() == block.dense_runs.len() * dense_stride(usize::from(classes));
            consistent.then_some(block)
        }
        #[cfg(not(target_endian = "little"))]
        {
            let _ = block;
            None
        }
    }
}
