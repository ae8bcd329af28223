//! Dependency parsing: a greedy arc-hybrid transition parser scored by an
//! averaged perceptron, trained with a dynamic oracle.
//!
//! The parser reads the words left to right with a stack and a buffer. The
//! buffer holds the words not yet read and, last, an artificial root. Three
//! kinds of transition exist: SHIFT moves the next word onto the stack;
//! LEFT(label) makes the next word (or the root) the head of the word on top of
//! the stack and pops it; RIGHT(label) makes the second word on the stack the
//! head of the top word and pops it. Only one word may attach to the root, and
//! every word is shifted once and popped once, so a sentence of n words takes
//! exactly 2n transitions and always ends in one tree.
//!
//! Training follows Goldberg and Nivre's dynamic oracle: in any configuration,
//! the cost of a transition is the number of gold arcs it makes unreachable
//! (plus one for a wrong label), and the perceptron learns to prefer the best
//! zero-cost transition. After the first epoch the trainer usually follows its
//! own (possibly wrong) prediction, so the model learns to recover from errors.
//!
//! Scoring a configuration looks up each feature's weights in a table far
//! larger than the cache, so the lookups are most of a parse's time. The
//! features that read only the buffer are summed once per buffer position
//! and kept while LEFT and RIGHT moves leave the buffer alone
//! ([`ParseScratch`]); the weights are integers, so the scores are those of
//! the whole list summed at once.

use std::collections::BTreeMap;

use super::perceptron::{
    argmax, feature, hash_str, Model, ModelError, PartialSums, Perceptron, Reader,
};
use super::words::WordView;
use super::{read_strings, write_strings, ModelFileError};

/// The first bytes of a parser file; the digit is the format version.
/// Versions 3 and 4 hold two models: the unlabelled move (SHIFT, LEFT,
/// RIGHT) and the relation label of each arc made; version 4's move model
/// also reads [`extended_features`]. Version 1 (one model scoring every
/// labelled transition) is still read; version 2 (a split model whose label
/// model read the move model's features) was never bundled and is not.
pub const MAGIC: &[u8; 8] = b"KGPARS04";
/// The split format whose move model reads the base features only.
const MAGIC_V3: &[u8; 8] = b"KGPARS03";
/// The joint-model format written before the split ones.
const MAGIC_V1: &[u8; 8] = b"KGPARS01";

/// Classes of the move model.
const MOVE_SHIFT: usize = 0;
const MOVE_LEFT: usize = 1;
const MOVE_RIGHT: usize = 2;

const NONE: u32 = u32::MAX;

/// A transition. Class ids: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    Shift,
    Left(u16),
    Right(u16),
}

impl Move {
    fn from_class(class: usize) -> Self {
        match class {
            0 => Move::Shift,
            c if c % 2 == 1 => Move::Left(((c - 1) / 2) as u16),
            c => Move::Right(((c - 2) / 2) as u16),
        }
    }
}

/// The tag value the parser's features use for a (UPOS, XPOS) pair.
pub fn tag_value(upos: &str, xpos: &str) -> u64 {
    hash_str(upos) ^ hash_str(xpos).rotate_left(29)
}

/// A parser configuration plus the arcs built so far.
#[derive(Debug, Default, Clone)]
struct State {
    /// Number of words; the root is word `n`.
    n: u32,
    stack: Vec<u32>,
    /// The first word of the buffer (the buffer is `next..=n`).
    next: u32,
    heads: Vec<u32>,
    labels: Vec<u16>,
    /// Leftmost, second-leftmost, rightmost and second-rightmost dependents.
    left1: Vec<u32>,
    left2: Vec<u32>,
    right1: Vec<u32>,
    right2: Vec<u32>,
    left_count: Vec<u8>,
    right_count: Vec<u8>,
    /// The labels of each word's left and right dependents so far, one bit
    /// per label (label ids above 63 share bits).
    left_labels: Vec<u64>,
    right_labels: Vec<u64>,
}

impl State {
    fn reset(&mut self, n: usize) {
        let n1 = n + 1;
        self.n = n as u32;
        self.stack.clear();
        self.next = 0;
        for v in [
            &mut self.heads,
            &mut self.left1,
            &mut self.left2,
            &mut self.right1,
            &mut self.right2,
        ] {
            v.clear();
            v.resize(n1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n1, u16::MAX);
        self.left_count.clear();
        self.left_count.resize(n1, 0);
        self.right_count.clear();
        self.right_count.resize(n1, 0);
        self.left_labels.clear();
        self.left_labels.resize(n1, 0);
        self.right_labels.clear();
        self.right_labels.resize(n1, 0);
    }

    fn terminal(&self) -> bool {
        self.stack.is_empty() && self.next == self.n
    }

    fn can_shift(&self) -> bool {
        self.next < self.n
    }

    fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.next < self.n || self.stack.len() == 1)
    }

    fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    fn valid(&self, class: usize) -> bool {
        match Move::from_class(class) {
            Move::Shift => self.can_shift(),
            Move::Left(_) => self.can_left(),
            Move::Right(_) => self.can_right(),
        }
    }

    fn add_arc(&mut self, head: u32, dependent: u32, label: u16) {
        let (h, d) = (head as usize, dependent as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        if dependent < head {
            // Each new left dependent lies further left than the previous ones.
            self.left2[h] = self.left1[h];
            self.left1[h] = dependent;
            self.left_count[h] = self.left_count[h].saturating_add(1);
            self.left_labels[h] |= 1 << (label & 63);
        } else {
            // Each new right dependent lies further right than the previous ones.
            self.right2[h] = self.right1[h];
            self.right1[h] = dependent;
            self.right_count[h] = self.right_count[h].saturating_add(1);
            self.right_labels[h] |= 1 << (label & 63);
        }
    }

    fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.next);
                self.next += 1;
            }
            Move::Left(label) => {
                let s0 = self.stack.pop().expect("LEFT needs a stack");
                self.add_arc(self.next, s0, label);
            }
            Move::Right(label) => {
                let s0 = self
                    .stack
                    .pop()
                    .expect("RIGHT needs two words on the stack");
                let s1 = *self
                    .stack
                    .last()
                    .expect("RIGHT needs two words on the stack");
                self.add_arc(s1, s0, label);
            }
        }
    }

    fn stack_at(&self, depth: usize) -> u32 {
        if depth < self.stack.len() {
            self.stack[self.stack.len() - 1 - depth]
        } else {
            NONE
        }
    }

    fn buffer_at(&self, offset: u32) -> u32 {
        let i = self.next + offset;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct ParseScratch {
    words: Vec<u64>,
    tags: Vec<u64>,
    state: State,
    features: Vec<u64>,
    scores: Vec<f32>,
    label_scores: Vec<f32>,
    label_feats: Vec<u64>,
    text: String,
    /// The joint model's sums of the features [`BUFFER_ONLY_FEATURES`]
    /// names, for the buffer starting at `buffer_sums_at` (`None`: none
    /// summed for this sentence yet).
    buffer_sums: PartialSums,
    buffer_sums_at: Option<u32>,
    /// The other features of a configuration.
    other_features: Vec<u64>,
}

impl ParseScratch {
    fn load(&mut self, words: &[&str], tags: &[u64]) {
        self.words.clear();
        for w in words {
            let norm = WordView::norm_of(w, &mut self.text);
            self.words.push(norm);
        }
        // The root's word and tag.
        self.words.push(hash_str("\u{0}<root>"));
        self.tags.clear();
        self.tags.extend_from_slice(tags);
        self.tags.push(hash_str("\u{0}<root>"));
        self.state.reset(words.len());
        self.buffer_sums_at = None;
    }

    /// The joint model's scores of the configuration whose
    /// [`parse_features`] are in `self.features`: the features that read
    /// only the buffer are summed once per buffer position (a LEFT or RIGHT
    /// move leaves the buffer as it is, so about every second configuration
    /// reuses them) and only the others looked up each time. Integer sums:
    /// the scores are those of `model.scores` on the whole list.
    fn joint_scores(&mut self, model: &Model) {
        if self.features.len() != PARSE_FEATURES || !model.sums_exactly(PARSE_FEATURES) {
            model.scores(&self.features, &mut self.scores);
            return;
        }
        let next = self.state.next;
        if self.buffer_sums_at != Some(next) {
            let buffer_only = BUFFER_ONLY_FEATURES.map(|i| self.features[i]);
            model.partial_sums(&buffer_only, &mut self.buffer_sums);
            self.buffer_sums_at = Some(next);
        }
        self.other_features.clear();
        self.other_features.extend(
            self.features
                .iter()
                .zip(IS_BUFFER_ONLY)
                .filter(|&(_, buffer_only)| !buffer_only)
                .map(|(&key, _)| key),
        );
        model.scores_after(&self.buffer_sums, &self.other_features, &mut self.scores);
    }
}

/// Positions in [`parse_features`]' list of the features that read nothing
/// (the bias) or only the buffer (its first three words and their tags):
/// the same in every configuration until a SHIFT moves the buffer on.
const BUFFER_ONLY_FEATURES: [usize; 11] = [0, 7, 8, 9, 10, 11, 12, 13, 14, 23, 28];

/// The length of [`parse_features`]' list.
const PARSE_FEATURES: usize = 65;

/// [`BUFFER_ONLY_FEATURES`] as one flag per position of the list.
const IS_BUFFER_ONLY: [bool; PARSE_FEATURES] = {
    let mut flags = [false; PARSE_FEATURES];
    let mut k = 0;
    while k < BUFFER_ONLY_FEATURES.len() {
        flags[BUFFER_ONLY_FEATURES[k]] = true;
        k += 1;
    }
    flags
};

/// Values for absent positions (no such word, no such dependent).
const ABSENT_WORD: u64 = 0x5bd1_e995_0000_0001;
const ABSENT_TAG: u64 = 0x5bd1_e995_0000_0002;
const ABSENT_LABEL: u64 = 0xffff;

/// The values the features read at a word of the configuration: its word
/// and tag values and the label of the arc it got. An absent position
/// ([`NONE`]: no such word, no such dependent) has values of its own.
#[derive(Clone, Copy)]
struct PositionValues<'a> {
    words: &'a [u64],
    tags: &'a [u64],
    labels: &'a [u16],
}

impl PositionValues<'_> {
    #[inline]
    fn word(self, i: u32) -> u64 {
        if i == NONE {
            ABSENT_WORD
        } else {
            self.words[i as usize]
        }
    }

    #[inline]
    fn tag(self, i: u32) -> u64 {
        if i == NONE {
            ABSENT_TAG
        } else {
            self.tags[i as usize]
        }
    }

    #[inline]
    fn label(self, i: u32) -> u64 {
        if i == NONE {
            ABSENT_LABEL
        } else {
            u64::from(self.labels[i as usize])
        }
    }
}

/// The features of a configuration.
fn parse_features(words: &[u64], tags: &[u64], st: &State, out: &mut Vec<u64>) {
    let values = PositionValues {
        words,
        tags,
        labels: &st.labels,
    };
    let (w, t, l) = (|i| values.word(i), |i| values.tag(i), |i| values.label(i));
    let child = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
    let (s0, s1, s2) = (st.stack_at(0), st.stack_at(1), st.stack_at(2));
    let (b0, b1, b2) = (st.buffer_at(0), st.buffer_at(1), st.buffer_at(2));
    let (s0l, s0l2, s0r, s0r2) = (
        child(&st.left1, s0),
        child(&st.left2, s0),
        child(&st.right1, s0),
        child(&st.right2, s0),
    );
    let (s1l, s1r) = (child(&st.left1, s1), child(&st.right1, s1));
    let (b0l, b0l2) = (child(&st.left1, b0), child(&st.left2, b0));
    let (s0w, s0t, s1w, s1t, b0w, b0t) = (w(s0), t(s0), w(s1), t(s1), w(b0), t(b0));
    let (b1w, b1t, b2w, b2t, s2t) = (w(b1), t(b1), w(b2), t(b2), t(s2));
    let distance = |a: u32, b: u32| -> u64 {
        if a == NONE || b == NONE {
            99
        } else {
            u64::from(b.abs_diff(a).min(6))
        }
    };
    let d_s0b0 = distance(s0, b0);
    let d_s1s0 = distance(s1, s0);
    let count = |v: &Vec<u8>, i: u32| {
        if i == NONE {
            99
        } else {
            u64::from(v[i as usize])
        }
    };
    let (s0_lc, s0_rc, b0_lc, s1_rc) = (
        count(&st.left_count, s0),
        count(&st.right_count, s0),
        count(&st.left_count, b0),
        count(&st.right_count, s1),
    );
    out.clear();
    out.extend_from_slice(&[
        feature(1, &[]),
        // Single positions.
        feature(2, &[s0w]),
        feature(3, &[s0t]),
        feature(4, &[s0w, s0t]),
        feature(5, &[s1w]),
        feature(6, &[s1t]),
        feature(7, &[s1w, s1t]),
        feature(8, &[b0w]),
        feature(9, &[b0t]),
        feature(10, &[b0w, b0t]),
        feature(11, &[b1w]),
        feature(12, &[b1t]),
        feature(13, &[b1w, b1t]),
        feature(14, &[b2w]),
        feature(15, &[b2t]),
        feature(16, &[s2t]),
        // Pairs and triples.
        feature(20, &[s0w, s0t, b0w, b0t]),
        feature(21, &[s0w, s0t, b0w]),
        feature(22, &[s0w, s0t, b0t]),
        feature(23, &[s0w, b0w, b0t]),
        feature(24, &[s0t, b0w, b0t]),
        feature(25, &[s0w, b0w]),
        feature(26, &[s0t, b0t]),
        feature(27, &[b0t, b1t]),
        feature(28, &[s1t, s0t]),
        feature(29, &[s1w, s0w]),
        feature(30, &[s1t, s0t, b0t]),
        feature(31, &[s0t, b0t, b1t]),
        feature(32, &[b0t, b1t, b2t]),
        feature(33, &[s2t, s1t, s0t]),
        feature(34, &[s1w, s1t, s0t]),
        feature(35, &[s1t, s0w, s0t]),
        feature(36, &[s0w, b0t, b1t]),
        feature(37, &[s1w, s1t, s0w, s0t]),
        feature(38, &[s1w, s0w, s0t]),
        feature(39, &[s1w, s1t, s0w]),
        // Dependents built so far.
        feature(40, &[t(s0l), l(s0l)]),
        feature(41, &[t(s0r), l(s0r)]),
        feature(42, &[s0t, t(s0l), t(s0r)]),
        feature(43, &[s0t, l(s0l), l(s0l2)]),
        feature(44, &[s0t, l(s0r), l(s0r2)]),
        feature(45, &[s0t, t(s0l), b0t]),
        feature(46, &[s0t, t(s0r), b0t]),
        feature(47, &[s1t, t(s1l), s0t]),
        feature(48, &[s1t, t(s1r), s0t]),
        feature(49, &[s1t, l(s1r), s0t]),
        feature(50, &[b0t, t(b0l), l(b0l)]),
        feature(51, &[b0t, l(b0l), l(b0l2)]),
        feature(52, &[s0t, b0t, t(b0l)]),
        feature(53, &[s0w, l(s0l), l(s0r)]),
        feature(54, &[s0t, t(s0l), t(s0l2)]),
        feature(55, &[b0t, t(b0l), t(b0l2)]),
        feature(56, &[s0t, w(s0l)]),
        feature(57, &[s0t, w(s0r)]),
        feature(58, &[b0t, w(b0l)]),
        feature(59, &[s1t, w(s1r)]),
        // Distance and valency.
        feature(60, &[d_s0b0, s0w]),
        feature(61, &[d_s0b0, s0t, b0t]),
        feature(62, &[d_s1s0, s1t, s0t]),
        feature(63, &[d_s0b0, b0w]),
        feature(64, &[s0_lc, s0w]),
        feature(65, &[s0_rc, s0t]),
        feature(66, &[b0_lc, b0t]),
        feature(67, &[s1_rc, s1t]),
        feature(68, &[s0_lc, s0_rc, s0t]),
    ]);
}

/// The move features version 4 adds to [`parse_features`]: the sets of
/// labels the top words' dependents have so far (a word that already has an
/// object or a subject takes another less readily), and the second word on
/// the stack against the next word, the two candidate heads of the top word
/// (LEFT gives it to the next word, RIGHT to the second on the stack).
fn extended_features(words: &[u64], tags: &[u64], st: &State, out: &mut Vec<u64>) {
    let values = PositionValues {
        words,
        tags,
        labels: &st.labels,
    };
    let (w, t, l) = (|i| values.word(i), |i| values.tag(i), |i| values.label(i));
    let set = |v: &Vec<u64>, i: u32| {
        if i == NONE {
            1 << 63 | 1
        } else {
            v[i as usize]
        }
    };
    let (s0, s1, b0) = (st.stack_at(0), st.stack_at(1), st.buffer_at(0));
    let s0r = if s0 == NONE {
        NONE
    } else {
        st.right1[s0 as usize]
    };
    let (s0t, s1t, b0t) = (t(s0), t(s1), t(b0));
    let s0_left = set(&st.left_labels, s0);
    let d_s1b0 = if s1 == NONE || b0 == NONE {
        99
    } else {
        u64::from(b0.abs_diff(s1).min(8))
    };
    out.extend_from_slice(&[
        feature(69, &[s0t, s0_left]),
        feature(70, &[s0t, set(&st.right_labels, s0)]),
        feature(71, &[b0t, set(&st.left_labels, b0)]),
        feature(72, &[s1t, set(&st.right_labels, s1)]),
        feature(73, &[s1t, s0t, w(b0)]),
        feature(74, &[w(s1), s0t, b0t]),
        feature(75, &[s1t, w(s0), b0t]),
        feature(76, &[s0t, l(s0r), w(b0)]),
        feature(77, &[s1t, s0t, s0_left]),
        feature(78, &[d_s1b0, s1t, b0t]),
    ]);
}

/// How transitions are scored.
#[derive(Debug, Clone)]
enum Scoring {
    /// Version 1: one model over SHIFT and LEFT/RIGHT × labels. (Boxed,
    /// as the split models are: a model's tables are behind pointers
    /// anyway, and unboxed it would make every `Scoring` a model's size.)
    Joint(Box<Model>),
    /// Versions 3 and 4: `moves` picks SHIFT, LEFT or RIGHT; when an arc is
    /// made, `labels` picks its relation (one class per label) from
    /// [`label_features`]. `extended`: the move model also reads
    /// [`extended_features`] (version 4).
    /// (Boxed: the two models would make every `Scoring` twice a model's size.)
    Split {
        moves: Box<Model>,
        labels: Box<Model>,
        extended: bool,
    },
}

/// The move model's features of a configuration: [`parse_features`], and
/// with `extended` also [`extended_features`].
fn move_features(words: &[u64], tags: &[u64], st: &State, extended: bool, out: &mut Vec<u64>) {
    parse_features(words, tags, st, out);
    if extended {
        extended_features(words, tags, st, out);
    }
}

/// Which way an arc points: the dependent is the top of the stack, its head
/// the next word (LEFT) or the second word on the stack (RIGHT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Left,
    Right,
}

impl Direction {
    fn of(m: usize) -> Self {
        if m == MOVE_RIGHT {
            Direction::Right
        } else {
            Direction::Left
        }
    }
}

/// The label model's features for the arc a LEFT or RIGHT would make now.
///
/// A relation depends on the two words it joins more than on where they sit
/// in the configuration, so these features speak of the head and the
/// dependent: their words and tags, the direction and length of the arc, the
/// dependents the dependent already has (in the arc-hybrid system a word
/// leaves the stack with all its dependents attached, so "has a `case`
/// child" or "its leftmost dependent is *to*" is known), the dependents the
/// head has so far, and the tags beside the dependent.
fn label_features(words: &[u64], tags: &[u64], st: &State, dir: Direction, out: &mut Vec<u64>) {
    out.clear();
    let d = st.stack_at(0);
    let h = match dir {
        Direction::Left => st.buffer_at(0),
        Direction::Right => st.stack_at(1),
    };
    if d == NONE || h == NONE {
        return;
    }
    let values = PositionValues {
        words,
        tags,
        labels: &st.labels,
    };
    let (w, t, l) = (|i| values.word(i), |i| values.tag(i), |i| values.label(i));
    let child = |v: &Vec<u32>, i: u32| v[i as usize];
    let arrow = match dir {
        Direction::Left => 1u64,
        Direction::Right => 2u64,
    };
    // The root (word n) is not a word of the sentence: its distance is its own.
    let length = if h == st.n {
        99
    } else {
        u64::from(h.abs_diff(d).min(7))
    };
    let before = if d == 0 { NONE } else { d - 1 };
    let after = d + 1;
    let (dw, dt, hw, ht) = (w(d), t(d), w(h), t(h));
    let (dl, dl2, dr, dr2) = (
        child(&st.left1, d),
        child(&st.left2, d),
        child(&st.right1, d),
        child(&st.right2, d),
    );
    let (hl, hr) = (child(&st.left1, h), child(&st.right1, h));
    let (d_lc, d_rc) = (
        u64::from(st.left_count[d as usize].min(3)),
        u64::from(st.right_count[d as usize].min(3)),
    );
    out.extend_from_slice(&[
        feature(101, &[arrow]),
        feature(102, &[arrow, dw]),
        feature(103, &[arrow, dt]),
        feature(104, &[arrow, dw, dt]),
        feature(105, &[arrow, hw]),
        feature(106, &[arrow, ht]),
        feature(107, &[arrow, hw, ht]),
        feature(108, &[arrow, dt, ht]),
        feature(109, &[arrow, dw, ht]),
        feature(110, &[arrow, dt, hw]),
        feature(111, &[arrow, dw, hw]),
        feature(112, &[arrow, dw, dt, ht]),
        feature(113, &[arrow, dt, hw, ht]),
        feature(114, &[arrow, length, dt, ht]),
        feature(115, &[arrow, length, dw]),
        feature(116, &[arrow, dt, l(dl), l(dr)]),
        feature(117, &[arrow, dt, l(dl), l(dl2)]),
        feature(118, &[arrow, dt, l(dr), l(dr2)]),
        feature(119, &[arrow, dw, l(dl)]),
        feature(120, &[arrow, dw, l(dr)]),
        feature(121, &[arrow, dt, ht, l(dl)]),
        feature(122, &[arrow, dt, ht, l(dr)]),
        feature(123, &[arrow, dt, ht, l(hl)]),
        feature(124, &[arrow, dt, ht, l(hr)]),
        feature(125, &[arrow, dt, t(before), t(after)]),
        feature(126, &[arrow, dt, ht, t(after)]),
        feature(127, &[arrow, dt, ht, w(dl)]),
        feature(128, &[arrow, dt, w(dl), w(dl2)]),
        feature(129, &[arrow, dt, t(dl), ht]),
        feature(130, &[arrow, dt, d_lc, d_rc]),
        feature(131, &[arrow, ht, w(hl)]),
        feature(132, &[arrow, dt, ht, w(dr)]),
    ]);
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    labels: Vec<String>,
    scoring: Scoring,
}

/// The best label among label scores; ties: the lowest label.
fn best_label(scores: &[f32]) -> u16 {
    argmax(scores) as u16
}

/// The highest-scoring valid move (SHIFT, LEFT, RIGHT; ties: the first).
fn best_move(state: &State, scores: &[f32]) -> usize {
    let valid = [state.can_shift(), state.can_left(), state.can_right()];
    let mut best = usize::MAX;
    for m in 0..3 {
        if valid[m] && (best == usize::MAX || scores[m] > scores[best]) {
            best = m;
        }
    }
    best
}

impl Parser {
    /// Parses one sentence. `tags` holds one [`tag_value`] per word. `heads`
    /// gets each word's head (1-based, 0 = root, as in CoNLL-U) and `labels`
    /// each word's relation (an index into [`Parser::labels`]).
    pub fn parse(
        &self,
        words: &[&str],
        tags: &[u64],
        scratch: &mut ParseScratch,
        heads: &mut Vec<usize>,
        labels: &mut Vec<u16>,
    ) {
        assert_eq!(words.len(), tags.len(), "one tag per word");
        scratch.load(words, tags);
        match &self.scoring {
            Scoring::Joint(model) => {
                scratch.scores.resize(model.classes(), 0.0);
                // 2n transitions; the bound is explicit in case of a bug.
                for _ in 0..2 * words.len() + 1 {
                    if scratch.state.terminal() {
                        break;
                    }
                    if scratch.state.stack.is_empty() {
                        // SHIFT is the only valid transition: nothing to score.
                        scratch.state.apply(Move::Shift);
                        continue;
                    }
                    parse_features(
                        &scratch.words,
                        &scratch.tags,
                        &scratch.state,
                        &mut scratch.features,
                    );
                    scratch.joint_scores(model);
                    let best = best_valid(&scratch.state, &scratch.scores);
                    scratch.state.apply(Move::from_class(best));
                }
            }
            Scoring::Split {
                moves,
                labels,
                extended,
            } => {
                let ParseScratch {
                    words: word_values,
                    tags: tag_values,
                    state,
                    features,
                    scores,
                    label_scores,
                    label_feats,
                    ..
                } = &mut *scratch;
                scores.resize(moves.classes(), 0.0);
                label_scores.resize(labels.classes(), 0.0);
                for _ in 0..2 * words.len() + 1 {
                    if state.terminal() {
                        break;
                    }
                    if state.stack.is_empty() {
                        // SHIFT is the only valid move: nothing to score.
                        state.apply(Move::Shift);
                        continue;
                    }
                    move_features(word_values, tag_values, state, *extended, features);
                    moves.scores(features, scores);
                    let m = match best_move(state, scores) {
                        MOVE_SHIFT => Move::Shift,
                        m => {
                            let dir = Direction::of(m);
                            label_features(word_values, tag_values, state, dir, label_feats);
                            labels.scores(label_feats, label_scores);
                            let l = best_label(label_scores);
                            match dir {
                                Direction::Left => Move::Left(l),
                                Direction::Right => Move::Right(l),
                            }
                        }
                    };
                    state.apply(m);
                }
            }
        }
        heads.clear();
        labels.clear();
        let n = words.len() as u32;
        for i in 0..words.len() {
            let h = scratch.state.heads[i];
            // Unreachable with a correct transition system; a tree all the same.
            let h = if h == NONE { n } else { h };
            heads.push(if h == n { 0 } else { h as usize + 1 });
            labels.push(scratch.state.labels[i].min(self.labels.len() as u16 - 1));
        }
    }

    /// The relation names, by index.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of features with weights (for reports).
    pub fn features(&self) -> usize {
        match &self.scoring {
            Scoring::Joint(model) => model.len(),
            Scoring::Split { moves, labels, .. } => moves.len() + labels.len(),
        }
    }

    /// Version 3: magic, the relation names, the move model's length in
    /// bytes (u32), the move model, then the label model. A version 1 parser
    /// is written back in its own format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let labels: Vec<&str> = self.labels.iter().map(String::as_str).collect();
        match &self.scoring {
            Scoring::Joint(model) => {
                let mut out = MAGIC_V1.to_vec();
                write_strings(&labels, &mut out);
                out.extend_from_slice(&model.to_bytes());
                out
            }
            Scoring::Split {
                moves,
                labels: label_model,
                extended,
            } => {
                let mut out = if *extended { MAGIC } else { MAGIC_V3 }.to_vec();
                write_strings(&labels, &mut out);
                let moves = moves.to_bytes();
                out.extend_from_slice(&(moves.len() as u32).to_le_bytes());
                out.extend_from_slice(&moves);
                out.extend_from_slice(&label_model.to_bytes());
                out
            }
        }
    }

    /// Reads bytes written by [`Parser::to_bytes`] (format 1, 3 or 4).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelFileError> {
        let version = match bytes.get(..MAGIC.len()) {
            Some(m) if m == MAGIC => 4,
            Some(m) if m == MAGIC_V3 => 3,
            Some(m) if m == MAGIC_V1 => 1,
            _ => return Err(ModelFileError::BadMagic("KGPARS04")),
        };
        let mut r = Reader {
            bytes,
            pos: MAGIC.len(),
        };
        let labels = read_strings(&mut r)?;
        if labels.is_empty() || labels.len() > usize::from(u16::MAX / 2 - 1) {
            return Err(ModelFileError::Inconsistent(
                "the parser has no relation labels, or too many",
            ));
        }
        let scoring = if version == 1 {
            let model = Model::from_bytes(&bytes[r.pos..])?;
            if model.classes() != 1 + 2 * labels.len() {
                return Err(ModelFileError::Inconsistent(
                    "the model's classes do not match the relation labels",
                ));
            }
            Scoring::Joint(Box::new(model))
        } else {
            let len = u32::from_le_bytes(r.take()?) as usize;
            let end = r
                .pos
                .checked_add(len)
                .filter(|&e| e <= bytes.len())
                .ok_or(ModelError::Truncated(bytes.len()))?;
            let moves = Model::from_bytes(&bytes[r.pos..end])?;
            let label_model = Model::from_bytes(&bytes[end..])?;
            if moves.classes() != 3 || label_model.classes() != labels.len() {
                return Err(ModelFileError::Inconsistent(
                    "the models' classes do not match the moves and relation labels",
                ));
            }
            Scoring::Split {
                moves: Box::new(moves),
                labels: Box::new(label_model),
                extended: version == 4,
            }
        };
        Ok(Self { labels, scoring })
    }
}

/// The highest-scoring valid transition (ties: the lowest class).
fn best_valid(state: &State, scores: &[f32]) -> usize {
    let valid = [state.can_shift(), state.can_left(), state.can_right()];
    if valid == [true; 3] {
        // Most configurations: every class is valid, so this is the plain
        // argmax, whose sweeps are vectorised.
        return argmax(scores);
    }
    let mut best = usize::MAX;
    for (class, &score) in scores.iter().enumerate() {
        // SHIFT, LEFT, RIGHT by class number, as `Move::from_class` reads it.
        let kind = match class {
            0 => MOVE_SHIFT,
            c if c % 2 == 1 => MOVE_LEFT,
            _ => MOVE_RIGHT,
        };
        if valid[kind] && (best == usize::MAX || score > scores[best]) {
            best = class;
        }
    }
    best
}

/// One training sentence: words, tag values and the gold tree (0-based heads,
/// `None` for the root; label names).
pub struct TreeSentence<'a> {
    pub words: Vec<&'a str>,
    pub tags: Vec<u64>,
    pub heads: Vec<Option<usize>>,
    pub labels: Vec<&'a str>,
}

/// The relation labels of the training data, sorted, each once ("dep"
/// where the data has none): both trainers' label classes.
fn training_labels(data: &[TreeSentence]) -> Vec<String> {
    let mut labels: Vec<String> = data
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| l.to_string()))
        .collect();
    labels.sort();
    labels.dedup();
    if labels.is_empty() {
        labels.push("dep".to_string());
    }
    labels
}

/// Each label's class id, its place in `labels`.
fn label_ids(labels: &[String]) -> BTreeMap<String, u16> {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.clone(), i as u16))
        .collect()
}

/// A training sentence's gold tree into `heads` (a root's head is the
/// sentence's length) and `labels` (class ids, 0 for a label not in
/// `label_ids`).
fn gold_tree(
    s: &TreeSentence,
    label_ids: &BTreeMap<String, u16>,
    heads: &mut Vec<u32>,
    labels: &mut Vec<u16>,
) {
    let n = s.words.len() as u32;
    heads.clear();
    heads.extend(s.heads.iter().map(|h| h.map_or(n, |h| h as u32)));
    labels.clear();
    labels.extend(
        s.labels
            .iter()
            .map(|&l| label_ids.get(l).copied().unwrap_or(0)),
    );
}

/// The next number in [0, 1) of the trainers' exploration state
/// (xorshift64, so training stays deterministic).
fn next_unit(rng: &mut u64) -> f64 {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    (*rng >> 11) as f64 / (1u64 << 53) as f64
}

/// Trains a joint (version 1) parser epoch by epoch: one model over SHIFT and
/// LEFT/RIGHT × labels, whose oracle cost counts a wrong label as one. The
/// bundled `models/parser.bin` is trained this way.
pub struct JointParserTrainer {
    labels: Vec<String>,
    perceptron: Perceptron,
    scratch: ParseScratch,
    /// Exploration random state (fixed seed).
    rng: u64,
}

impl JointParserTrainer {
    /// Collects the relation labels from the training data.
    pub fn new(data: &[TreeSentence]) -> Self {
        let labels = training_labels(data);
        let classes = (1 + 2 * labels.len()) as u16;
        Self {
            labels,
            perceptron: Perceptron::new(classes),
            scratch: ParseScratch::default(),
            rng: 0x853c_49e6_748f_ea9b,
        }
    }

    fn random(&mut self) -> f64 {
        next_unit(&mut self.rng)
    }

    /// One pass over `data` in the given order. With `explore`, the trainer
    /// follows its own prediction 90% of the time even when it is wrong.
    /// Returns the share of transitions predicted at the lowest cost.
    pub fn epoch(&mut self, data: &[TreeSentence], order: &[usize], explore: bool) -> f64 {
        let label_ids = label_ids(&self.labels);
        let (mut right, mut total) = (0usize, 0usize);
        let classes = self.perceptron.classes();
        let mut scores = vec![0.0f32; classes];
        let mut gold_heads: Vec<u32> = Vec::new();
        let mut gold_labels: Vec<u16> = Vec::new();
        for &k in order {
            let s = &data[k];
            let n = s.words.len() as u32;
            if n == 0 {
                continue;
            }
            gold_tree(s, &label_ids, &mut gold_heads, &mut gold_labels);
            self.scratch.load(&s.words, &s.tags);
            for _ in 0..2 * n + 1 {
                if self.scratch.state.terminal() {
                    break;
                }
                let st = &self.scratch.state;
                parse_features(
                    &self.scratch.words,
                    &self.scratch.tags,
                    st,
                    &mut self.scratch.features,
                );
                self.perceptron.scores(&self.scratch.features, &mut scores);
                let guess = best_valid(st, &scores);
                let costs = MoveCosts::of(st, &gold_heads);
                let cost = |class: usize| costs.of_class(class, st, &gold_heads, &gold_labels);
                let mut min_cost = u32::MAX;
                for class in 0..classes {
                    if st.valid(class) {
                        min_cost = min_cost.min(cost(class));
                    }
                }
                let mut truth = usize::MAX;
                for class in 0..classes {
                    if st.valid(class)
                        && cost(class) == min_cost
                        && (truth == usize::MAX || scores[class] > scores[truth])
                    {
                        truth = class;
                    }
                }
                let guess_cost = cost(guess);
                let follow = if guess_cost == min_cost {
                    right += 1;
                    self.perceptron.update(&self.scratch.features, guess, guess);
                    guess
                } else {
                    self.perceptron.update(&self.scratch.features, truth, guess);
                    if explore && self.random() < 0.9 {
                        guess
                    } else {
                        truth
                    }
                };
                total += 1;
                self.scratch.state.apply(Move::from_class(follow));
            }
        }
        right as f64 / total.max(1) as f64
    }

    /// The averaged parser as it stands (training can go on afterwards).
    pub fn finish(&self, prune: f32) -> Parser {
        Parser {
            labels: self.labels.clone(),
            scoring: Scoring::Joint(Box::new(self.perceptron.finish(prune))),
        }
    }
}

/// Trains a split parser epoch by epoch: a move model and a label model
/// (version 4; version 3 with [`ParserTrainer::base_features`]).
pub struct ParserTrainer {
    labels: Vec<String>,
    /// SHIFT, LEFT, RIGHT.
    moves: Perceptron,
    /// One class per relation label.
    arc_labels: Perceptron,
    /// Whether the move model reads [`extended_features`] (version 4).
    extended: bool,
    scratch: ParseScratch,
    /// Exploration random state (fixed seed).
    rng: u64,
}

impl ParserTrainer {
    /// Collects the relation labels from the training data.
    pub fn new(data: &[TreeSentence]) -> Self {
        let labels = training_labels(data);
        let label_classes = labels.len() as u16;
        Self {
            labels,
            moves: Perceptron::new(3),
            arc_labels: Perceptron::new(label_classes),
            extended: true,
            scratch: ParseScratch::default(),
            rng: 0x853c_49e6_748f_ea9b,
        }
    }

    /// Trains a version 3 parser instead: the move model reads the base
    /// features only (for comparison).
    pub fn base_features(mut self) -> Self {
        self.extended = false;
        self
    }

    fn random(&mut self) -> f64 {
        next_unit(&mut self.rng)
    }

    /// One pass over `data` in the given order. The move model learns from
    /// the dynamic oracle (structural cost only); the label model learns the
    /// gold label of every gold arc that a zero-cost LEFT or RIGHT would make.
    /// With `explore`, the trainer follows its own move 90% of the time even
    /// when it is wrong, and arcs get the label model's label, as at run
    /// time. Returns the share of moves predicted at the lowest cost.
    pub fn epoch(&mut self, data: &[TreeSentence], order: &[usize], explore: bool) -> f64 {
        let label_ids = label_ids(&self.labels);
        let (mut right, mut total) = (0usize, 0usize);
        let mut scores = [0.0f32; 3];
        let mut label_scores = vec![0.0f32; self.arc_labels.classes()];
        let mut gold_heads: Vec<u32> = Vec::new();
        let mut gold_labels: Vec<u16> = Vec::new();
        for &k in order {
            let s = &data[k];
            let n = s.words.len() as u32;
            if n == 0 {
                continue;
            }
            gold_tree(s, &label_ids, &mut gold_heads, &mut gold_labels);
            self.scratch.load(&s.words, &s.tags);
            for _ in 0..2 * n + 1 {
                if self.scratch.state.terminal() {
                    break;
                }
                let st = &self.scratch.state;
                move_features(
                    &self.scratch.words,
                    &self.scratch.tags,
                    st,
                    self.extended,
                    &mut self.scratch.features,
                );
                self.moves.scores(&self.scratch.features, &mut scores);
                let guess = best_move(st, &scores);
                let costs = MoveCosts::of(st, &gold_heads);
                let cost = [costs.shift, costs.left, costs.right];
                let valid = [st.can_shift(), st.can_left(), st.can_right()];
                let min_cost = (0..3)
                    .filter(|&m| valid[m])
                    .map(|m| cost[m])
                    .min()
                    .unwrap_or(0);
                let mut truth = usize::MAX;
                for m in 0..3 {
                    if valid[m]
                        && cost[m] == min_cost
                        && (truth == usize::MAX || scores[m] > scores[truth])
                    {
                        truth = m;
                    }
                }
                // The gold arc a LEFT or RIGHT would make here, if any.
                let s0 = st.stack_at(0);
                let gold_dir = if s0 == NONE {
                    None
                } else {
                    let h = gold_heads[s0 as usize];
                    if valid[MOVE_LEFT] && cost[MOVE_LEFT] == min_cost && h == st.next {
                        Some(Direction::Left)
                    } else if valid[MOVE_RIGHT]
                        && cost[MOVE_RIGHT] == min_cost
                        && h == st.stack_at(1)
                    {
                        Some(Direction::Right)
                    } else {
                        None
                    }
                };
                let wander = cost[guess] != min_cost && explore && self.random() < 0.9;
                let st = &self.scratch.state;
                let features = &self.scratch.features;
                let follow = if cost[guess] == min_cost {
                    right += 1;
                    self.moves.update(features, guess, guess);
                    guess
                } else {
                    self.moves.update(features, truth, guess);
                    if wander {
                        guess
                    } else {
                        truth
                    }
                };
                total += 1;
                let mut label_guess = None;
                let lf = &mut self.scratch.label_feats;
                let (words, tags) = (&self.scratch.words, &self.scratch.tags);
                if let Some(dir) = gold_dir {
                    label_features(words, tags, st, dir, lf);
                    self.arc_labels.scores(lf, &mut label_scores);
                    let l = best_label(&label_scores);
                    let gold = gold_labels[s0 as usize];
                    self.arc_labels
                        .update(lf, usize::from(gold), usize::from(l));
                    label_guess = Some((dir, l, gold));
                }
                let m = match follow {
                    MOVE_SHIFT => Move::Shift,
                    m => {
                        let dir = Direction::of(m);
                        let l = match label_guess {
                            Some((d, l, gold)) if d == dir => {
                                if explore {
                                    l
                                } else {
                                    gold
                                }
                            }
                            _ => {
                                label_features(words, tags, st, dir, lf);
                                self.arc_labels.scores(lf, &mut label_scores);
                                best_label(&label_scores)
                            }
                        };
                        match dir {
                            Direction::Left => Move::Left(l),
                            Direction::Right => Move::Right(l),
                        }
                    }
                };
                self.scratch.state.apply(m);
            }
        }
        right as f64 / total.max(1) as f64
    }

    /// The averaged parser as it stands (training can go on afterwards).
    pub fn finish(&self, prune: f32) -> Parser {
        Parser {
            labels: self.labels.clone(),
            scoring: Scoring::Split {
                moves: Box::new(self.moves.finish(prune)),
                labels: Box::new(self.arc_labels.finish(prune)),
                extended: self.extended,
            },
        }
    }
}

/// The structural costs of SHIFT, LEFT and RIGHT in one configuration: how
/// many gold arcs each makes unreachable.
struct MoveCosts {
    shift: u32,
    left: u32,
    right: u32,
}

impl MoveCosts {
    fn of(st: &State, gold: &[u32]) -> Self {
        let n = st.n;
        let in_buffer = |i: u32| i != NONE && i >= st.next && i <= n;
        let s0 = st.stack_at(0);
        let s1 = st.stack_at(1);
        let b = st.next;
        let mut shift = 0;
        if st.can_shift() {
            // The next word loses its dependents on the stack and a head
            // below the top of the stack.
            for (depth, &d) in st.stack.iter().rev().enumerate() {
                if gold[d as usize] == b {
                    shift += 1;
                }
                if depth > 0 && gold[b as usize] == d {
                    shift += 1;
                }
            }
        }
        let (mut left, mut right) = (0, 0);
        if s0 != NONE {
            // Popping s0 loses its dependents still in the buffer.
            let lost_children = (st.next..n).filter(|&d| gold[d as usize] == s0).count() as u32;
            let h = gold[s0 as usize];
            left = lost_children + u32::from(h != b && (h == s1 || in_buffer(h)));
            right = lost_children + u32::from(h != s1 && in_buffer(h));
        }
        Self { shift, left, right }
    }

    /// The full cost of a class: structure, plus one for a wrong label on the
    /// gold arc.
    fn of_class(&self, class: usize, st: &State, gold: &[u32], labels: &[u16]) -> u32 {
        match Move::from_class(class) {
            Move::Shift => self.shift,
            Move::Left(l) => {
                let s0 = st.stack_at(0) as usize;
                self.left + u32::from(gold[s0] == st.next && labels[s0] != l)
            }
            Move::Right(l) => {
                let s0 = st.stack_at(0) as usize;
                self.right + u32::from(gold[s0] == st.stack_at(1) && labels[s0] != l)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny treebank: "dogs bark", "big dogs bark loudly", "cats sleep".
    fn toy() -> Vec<TreeSentence<'static>> {
        let t = |u: &str| tag_value(u, u);
        vec![
            TreeSentence {
                words: vec!["dogs", "bark"],
                tags: vec![t("NOUN"), t("VERB")],
                heads: vec![Some(1), None],
                labels: vec!["nsubj", "root"],
            },
            TreeSentence {
                words: vec!["big", "dogs", "bark", "loudly"],
                tags: vec![t("ADJ"), t("NOUN"), t("VERB"), t("ADV")],
                heads: vec![Some(1), Some(2), None, Some(2)],
                labels: vec!["amod", "nsubj", "root", "advmod"],
            },
            TreeSentence {
                words: vec!["cats", "sleep"],
                tags: vec![t("NOUN"), t("VERB")],
                heads: vec![Some(1), None],
                labels: vec!["nsubj", "root"],
            },
        ]
    }

    fn trained() -> Parser {
        let data = toy();
        let mut trainer = ParserTrainer::new(&data);
        for epoch in 0..10 {
            trainer.epoch(&data, &[0, 1, 2], epoch > 0);
        }
        trainer.finish(0.0)
    }

    /// Configurations of a five-word sentence reached by a fixed sequence
    /// of moves, each with the move that follows it.
    fn configurations() -> Vec<(State, Move)> {
        let moves = [
            Move::Shift,
            Move::Shift,
            Move::Shift,
            Move::Right(2),
            Move::Left(1),
            Move::Shift,
            Move::Left(0),
            Move::Shift,
            Move::Right(3),
            Move::Left(4),
        ];
        let mut state = State::default();
        state.reset(5);
        let mut out = Vec::new();
        for m in moves {
            out.push((state.clone(), m));
            state.apply(m);
        }
        out
    }

    #[test]
    fn buffer_only_features_stay_until_a_shift() {
        let words: Vec<u64> = (0..6).map(|i| hash_str(&format!("w{i}"))).collect();
        let tags: Vec<u64> = (0..6).map(|i| hash_str(&format!("t{i}"))).collect();
        let (mut before, mut after) = (Vec::new(), Vec::new());
        let mut arcs = 0;
        for (state, m) in configurations() {
            if m == Move::Shift {
                continue;
            }
            arcs += 1;
            parse_features(&words, &tags, &state, &mut before);
            let mut next = state.clone();
            next.apply(m);
            parse_features(&words, &tags, &next, &mut after);
            assert_eq!(before.len(), PARSE_FEATURES);
            for i in BUFFER_ONLY_FEATURES {
                assert_eq!(before[i], after[i], "feature {i} after {m:?}");
            }
            // The stack's features do move.
            assert_ne!(before, after);
        }
        assert_eq!(arcs, 5);
    }

    #[test]
    fn kept_buffer_sums_score_like_the_whole_feature_list() {
        let parser = crate::parse::annotate::Annotator::builtin().parser();
        let Scoring::Joint(model) = &parser.scoring else {
            return;
        };
        let words: Vec<u64> = ["the", "council", "signed", "an", "accord", "."]
            .iter()
            .map(|w| hash_str(w))
            .collect();
        let tags: Vec<u64> = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
            .iter()
            .map(|t| tag_value(t, t))
            .collect();
        let mut scratch = ParseScratch {
            words,
            tags,
            ..ParseScratch::default()
        };
        scratch.scores.resize(model.classes(), 0.0);
        let mut whole = vec![0.0; model.classes()];
        for (state, _) in configurations() {
            if state.stack.is_empty() {
                continue;
            }
            scratch.state = state;
            parse_features(
                &scratch.words,
                &scratch.tags,
                &scratch.state,
                &mut scratch.features,
            );
            scratch.joint_scores(model);
            model.scores(&scratch.features, &mut whole);
            assert_eq!(scratch.scores, whole);
        }
        assert!(scratch.buffer_sums_at.is_some());
    }

    #[test]
    fn learns_a_toy_treebank_and_round_trips() {
        let parser = Parser::from_bytes(&trained().to_bytes()).unwrap();
        let t = |u: &str| tag_value(u, u);
        let mut scratch = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        parser.parse(
            &["big", "cats", "sleep", "loudly"],
            &[t("ADJ"), t("NOUN"), t("VERB"), t("ADV")],
            &mut scratch,
            &mut heads,
            &mut labels,
        );
        assert_eq!(heads, [2, 3, 0, 3]);
        let names: Vec<&str> = labels
            .iter()
            .map(|&l| parser.labels()[usize::from(l)].as_str())
            .collect();
        assert_eq!(names, ["amod", "nsubj", "root", "advmod"]);
    }

    /// Every word has a head, exactly one word is attached to the root, and
    /// following heads from any word reaches the root.
    fn assert_tree(heads: &[usize]) {
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
        for start in 1..=heads.len() {
            let mut at = start;
            for _ in 0..=heads.len() {
                if at == 0 {
                    break;
                }
                at = heads[at - 1];
            }
            assert_eq!(at, 0, "a cycle from word {start}: {heads:?}");
        }
    }

    #[test]
    fn always_gives_a_tree_even_for_empty_and_long_sentences() {
        let parser = trained();
        let mut scratch = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        parser.parse(&[], &[], &mut scratch, &mut heads, &mut labels);
        assert!(heads.is_empty());
        for n in [1, 2, 7, 300] {
            let words: Vec<String> = (0..n).map(|i| format!("w{}", i % 13)).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let tags: Vec<u64> = (0..n)
                .map(|i| tag_value(["NOUN", "VERB", "ADJ"][i % 3], "X"))
                .collect();
            parser.parse(&words, &tags, &mut scratch, &mut heads, &mut labels);
            assert_eq!(heads.len(), n);
            assert_tree(&heads);
        }
    }

    #[test]
    fn the_oracle_reproduces_a_projective_tree() {
        // Following the zero-cost transitions from the start builds the gold tree.
        let data = toy();
        let s = &data[1];
        let n = s.words.len() as u32;
        let gold: Vec<u32> = s.heads.iter().map(|h| h.map_or(n, |h| h as u32)).collect();
        let labels = vec![0u16; s.words.len()];
        let mut st = State::default();
        st.reset(s.words.len());
        while !st.terminal() {
            let costs = MoveCosts::of(&st, &gold);
            let class = (0..3)
                .find(|&c| st.valid(c) && costs.of_class(c, &st, &gold, &labels) == 0)
                .expect("a zero-cost transition exists for a projective tree");
            st.apply(Move::from_class(class));
        }
        assert_eq!(&st.heads[..s.words.len()], &gold[..]);
    }

    #[test]
    fn the_joint_format_still_trains_reads_and_parses() {
        let data = toy();
        let mut trainer = JointParserTrainer::new(&data);
        for epoch in 0..10 {
            trainer.epoch(&data, &[0, 1, 2], epoch > 0);
        }
        let bytes = trainer.finish(0.0).to_bytes();
        assert_eq!(&bytes[..8], MAGIC_V1);
        let parser = Parser::from_bytes(&bytes).unwrap();
        assert_eq!(parser.to_bytes(), bytes);
        let t = |u: &str| tag_value(u, u);
        let mut scratch = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        parser.parse(
            &["big", "cats", "sleep", "loudly"],
            &[t("ADJ"), t("NOUN"), t("VERB"), t("ADV")],
            &mut scratch,
            &mut heads,
            &mut labels,
        );
        assert_eq!(heads, [2, 3, 0, 3]);
    }

    #[test]
    fn the_base_feature_split_format_still_trains_reads_and_parses() {
        let data = toy();
        let mut trainer = ParserTrainer::new(&data).base_features();
        for epoch in 0..10 {
            trainer.epoch(&data, &[0, 1, 2], epoch > 0);
        }
        let bytes = trainer.finish(0.0).to_bytes();
        assert_eq!(&bytes[..8], MAGIC_V3);
        let parser = Parser::from_bytes(&bytes).unwrap();
        assert_eq!(parser.to_bytes(), bytes);
        assert_eq!(&trained().to_bytes()[..8], MAGIC);
    }

    #[test]
    fn bad_bytes_are_errors() {
        assert!(Parser::from_bytes(b"KGPARS01").is_err());
        assert!(Parser::from_bytes(b"KGPARS02").is_err());
        assert!(Parser::from_bytes(b"KGPARS03").is_err());
        assert!(Parser::from_bytes(b"KGPARS04").is_err());
        assert!(Parser::from_bytes(b"nope").is_err());
        let mut bytes = trained().to_bytes();
        bytes.truncate(bytes.len() - 3);
        assert!(Parser::from_bytes(&bytes).is_err());
    }
}
