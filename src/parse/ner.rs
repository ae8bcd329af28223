//! Named-entity tagger: finds whole name spans in a tokenised sentence and
//! gives each a class — person, organisation, place, or another kind of
//! name ([`NameClass::Other`]: events, works, nationalities used as nouns…,
//! which is what keeps such names from being taken for the first three).
//!
//! Each token gets a BIO tag (`O`, `B-`*class*, `I-`*class*); the best tag
//! sequence of a sentence is found by Viterbi decoding under the BIO
//! constraint (an `I-` tag only continues a span of its own class). The
//! score of a tag is a linear function of sparse features of the token and
//! its neighbours — the words, their shapes, suffixes and prefixes — plus
//! the previous tag, with weights learnt by an averaged perceptron
//! (`tools/src/bin/train_ner.rs`).
//!
//! The tagger knows nothing of the ontology: what the gazetteer and the
//! lexicon say of each token reaches it as plain [`hint`] bits, computed by
//! the caller (in kg, [`crate::extract`]), so the model learns how far to
//! trust each of them. Part-of-speech tags can join the same way later.
//!
//! ```
//! use kgraph::parse::ner::{NameClass, NerModel, Tag, TrainingSentence};
//!
//! // Two tiny sentences: the model learns that a word after "met" is a person.
//! let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
//! let sentences = vec![
//!     TrainingSentence::new(words("Ana met Bruno"), vec![0; 3],
//!         vec![Tag::begin(NameClass::Person), Tag::O, Tag::begin(NameClass::Person)]),
//!     TrainingSentence::new(words("Carla met Dario"), vec![0; 3],
//!         vec![Tag::begin(NameClass::Person), Tag::O, Tag::begin(NameClass::Person)]),
//! ];
//! let model = NerModel::train(&sentences, 5, 0.0);
//! let spans = model.tag(&["Ana", "met", "Dario"], &[0; 3]);
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[1].class, NameClass::Person);
//! // The model survives a round trip through its file format.
//! let again = NerModel::from_bytes(&model.to_bytes()).unwrap();
//! assert_eq!(again.tag(&["Ana", "met", "Dario"], &[0; 3]), spans);
//! ```

use std::ops::Range;

use super::perceptron::{feature, hash_str, Model, ModelError, Perceptron};

/// The classes of names the tagger tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameClass {
    Person,
    Organization,
    Place,
    /// A name of another kind (an event, a work, a product, a nationality…).
    Other,
}

impl NameClass {
    pub const ALL: [NameClass; 4] = [
        NameClass::Person,
        NameClass::Organization,
        NameClass::Place,
        NameClass::Other,
    ];

    /// The short label used in annotated corpora (PER, ORG, LOC, MISC).
    pub fn code(self) -> &'static str {
        match self {
            NameClass::Person => "PER",
            NameClass::Organization => "ORG",
            NameClass::Place => "LOC",
            NameClass::Other => "MISC",
        }
    }

    /// The class for a corpus label (PER, ORG, LOC, MISC), if it is a name class.
    pub fn from_code(code: &str) -> Option<NameClass> {
        NameClass::ALL.into_iter().find(|c| c.code() == code)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Number of BIO tags: `O` and a `B-`/`I-` pair per class.
pub const TAG_COUNT: usize = 1 + 2 * NameClass::ALL.len();

/// One BIO tag, by index: 0 is `O`, then `B-`/`I-` of each class in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag(pub u8);

impl Tag {
    pub const O: Tag = Tag(0);

    pub fn begin(class: NameClass) -> Tag {
        Tag(1 + 2 * class.index() as u8)
    }

    pub fn inside(class: NameClass) -> Tag {
        Tag(2 + 2 * class.index() as u8)
    }

    /// The class of a `B-` or `I-` tag.
    pub fn class(self) -> Option<NameClass> {
        (self.0 > 0).then(|| NameClass::ALL[usize::from(self.0 - 1) / 2])
    }

    pub fn is_inside(self) -> bool {
        self.0 > 0 && self.0.is_multiple_of(2)
    }

    /// Whether this tag may follow `prev` (`None`: the sentence start).
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        !self.is_inside() || prev.is_some_and(|p| p.class() == self.class())
    }
}

/// A name the tagger found: token range within the sentence and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    pub tokens: Range<usize>,
    pub class: NameClass,
}

/// The tags of a sentence from its spans (spans must not overlap; later
/// overlapping ones are skipped).
pub fn tags_from_spans(len: usize, spans: &[NameSpan]) -> Vec<Tag> {
    let mut tags = vec![Tag::O; len];
    for span in spans {
        let range = span.tokens.start.min(len)..span.tokens.end.min(len);
        if range.is_empty() || tags[range.clone()].iter().any(|t| *t != Tag::O) {
            continue;
        }
        tags[range.start] = Tag::begin(span.class);
        for t in &mut tags[range.start + 1..range.end] {
            *t = Tag::inside(span.class);
        }
    }
    tags
}

/// The spans a tag sequence describes (an `I-` tag without its `B-` starts a span).
pub fn spans_from_tags(tags: &[Tag]) -> Vec<NameSpan> {
    let mut spans: Vec<NameSpan> = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        let Some(class) = tag.class() else { continue };
        match spans.last_mut() {
            Some(last) if tag.is_inside() && last.tokens.end == i && last.class == class => {
                last.tokens.end = i + 1;
            }
            _ => spans.push(NameSpan {
                tokens: i..i + 1,
                class,
            }),
        }
    }
    spans
}

/// What the caller knows of each token, as bits of a `u32`: gazetteer and
/// lexicon knowledge that the model weighs like any other feature. Several
/// bits may be set at once; none is required.
pub mod hint {
    /// A given name that starts a person's name ("Maria").
    pub const GIVEN_NAME: u32 = 1 << 0;
    /// A family name written first ("Wang").
    pub const SURNAME_FIRST: u32 = 1 << 1;
    /// Part of a person's title or honorific ("Minister", "Mrs", "H.E.").
    pub const TITLE: u32 = 1 << 2;
    /// A head word of organisation names ("Ministry", "Institute").
    pub const ORG_HEAD: u32 = 1 << 3;
    /// A word that opens place names ("Mount", "Lake").
    pub const PLACE_PREFIX: u32 = 1 << 4;
    /// Part of a known place (gazetteer).
    pub const KNOWN_PLACE: u32 = 1 << 5;
    /// Part of a known organisation (gazetteer).
    pub const KNOWN_ORG: u32 = 1 << 6;
    /// Part of another known individual (gazetteer).
    pub const KNOWN_OTHER: u32 = 1 << 7;
    /// An adjective or demonym of a known place ("Iranian").
    pub const DEMONYM: u32 = 1 << 8;
    /// The first token of a gazetteer match.
    pub const KNOWN_START: u32 = 1 << 9;
    /// A capitalised word that is never a name on its own ("The", "Monday").
    pub const STOP_NAME: u32 = 1 << 10;
    /// The word is also written in lowercase elsewhere in the document.
    pub const LOWER_ELSEWHERE: u32 = 1 << 11;
    /// The extraction rules read a person here (after a title, a given name…).
    pub const RULE_PERSON: u32 = 1 << 12;
    /// The extraction rules read an organisation name here (by its head word).
    pub const RULE_ORG: u32 = 1 << 13;
    /// The extraction rules read a place name here (by its first word).
    pub const RULE_PLACE: u32 = 1 << 14;
    /// The context suggests a place ("in …", "near …", "…, a small town").
    pub const CONTEXT_PLACE: u32 = 1 << 15;
    /// The context suggests an organisation ("joined …", "…, a shipping company").
    pub const CONTEXT_ORG: u32 = 1 << 16;
    /// A description head of the lexicon ("strategy", "ministry").
    pub const DESCRIPTION_HEAD: u32 = 1 << 17;
    /// Part of a capitalised run the rules found but could not classify.
    pub const RULE_UNCLASSIFIED: u32 = 1 << 18;
    /// A head word of government bodies ("Ministry", "Parliament").
    pub const GOVERNMENT_HEAD: u32 = 1 << 19;
    /// A capitalised common English word ("Health", "Data").
    pub const COMMON_WORD: u32 = 1 << 20;
    /// The sentence describes the name as a person ("X, a retired diplomat").
    pub const CONTEXT_PERSON: u32 = 1 << 21;
    /// A capitalised word at a sentence start that the document also
    /// writes capitalised inside a sentence.
    pub const CAPITAL_INSIDE_ELSEWHERE: u32 = 1 << 22;
    /// A capitalised word standing alone that the document also writes
    /// inside a longer capitalised run ("Phailin", "Cyclone Phailin").
    pub const IN_LONGER_NAME_ELSEWHERE: u32 = 1 << 23;
    /// Number of defined bits.
    pub const COUNT: u32 = 24;
    /// The bits above are flags; the part-of-speech tag (see [`upos`])
    /// sits from this bit up.
    pub const POS_SHIFT: u32 = 24;
    /// The flag bits.
    pub const FLAGS: u32 = (1 << COUNT) - 1;

    /// The Universal Dependencies part-of-speech tags, in the order their
    /// hint value counts (1 = `ADJ`): a fixed list, so a retrained POS
    /// tagger does not shift what the name tagger's features mean.
    const UPOS: [&str; 17] = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ];

    /// The hint bits of a token's UPOS tag (0 for an unknown tag).
    ///
    /// ```
    /// use kgraph::parse::ner::hint;
    /// assert_ne!(hint::upos("PROPN"), hint::upos("NOUN"));
    /// assert_eq!(hint::upos("PROPN") & hint::FLAGS, 0);
    /// assert_eq!(hint::upos("nonsense"), 0);
    /// ```
    pub fn upos(tag: &str) -> u32 {
        UPOS.iter()
            .position(|t| *t == tag)
            .map_or(0, |i| (i as u32 + 1) << POS_SHIFT)
    }

    /// Whether the part-of-speech bits of `hints` are one of `tags`.
    fn pos_is(hints: u32, tags: &[&str]) -> bool {
        let pos = hints & !FLAGS;
        pos != 0 && tags.iter().any(|t| upos(t) == pos)
    }

    /// Whether the token is a closed-class word (adposition, conjunction,
    /// determiner, pronoun, auxiliary, particle): such a word may join the
    /// words of a name ("Bank of Kestria") but never starts or ends one,
    /// even when a heading writes it in capitals ("… QUIST ON BEHALF …").
    ///
    /// ```
    /// use kgraph::parse::ner::hint;
    /// assert!(hint::closed_class(hint::upos("ADP") | hint::TITLE));
    /// assert!(!hint::closed_class(hint::upos("PROPN")));
    /// assert!(!hint::closed_class(0));
    /// ```
    pub fn closed_class(hints: u32) -> bool {
        pos_is(
            hints,
            &["ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART"],
        )
    }

    /// Whether the token is a verb, adverb or interjection: a sentence's
    /// first word of that kind is capitalised only because it starts the
    /// sentence ("Joining the Kestrel River, …").
    pub fn verb_or_adverb(hints: u32) -> bool {
        pos_is(hints, &["VERB", "ADV", "INTJ"])
    }
}

// ---------------------------------------------------------------- features

/// A feature key: the template number and its hashed parts.
fn key(template: u32, parts: &[u64]) -> u64 {
    feature(template, parts)
}

/// The per-token pieces features are built from, hashed once per token.
#[derive(Clone, Copy)]
struct Atoms {
    word: u64,
    shape: u64,
    suffix2: u64,
    suffix3: u64,
    prefix3: u64,
    /// The flag bits of the hints.
    hints: u32,
    /// The part-of-speech tag's number (0: none).
    pos: u64,
    capitalised: bool,
}

/// Marks sentence padding.
const PAD: Atoms = Atoms {
    word: 1,
    shape: 1,
    suffix2: 1,
    suffix3: 1,
    prefix3: 1,
    hints: 0,
    pos: 99,
    capitalised: false,
};

/// The atoms of one word; `low` and `shape` are working space, reused from
/// word to word so that no word allocates.
fn atoms(word: &str, hints: u32, low: &mut String, shape: &mut String) -> Atoms {
    // Lowercase, with digits folded together ("1963" and "2002" look
    // alike), and the shape: "Xxxx" → "Xx", "U.S." → "X.X.", "1963" → "dd".
    low.clear();
    shape.clear();
    let (mut last, mut run) = ('\0', 0);
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
        // Runs are collapsed after two: "Xx", "XXx" and "XXxx" differ from "Xxxxx" only so far.
        if s != last {
            (last, run) = (s, 0);
        }
        run += 1;
        if run <= 2 {
            shape.push(s);
        }
        if c.is_ascii_digit() {
            low.push('0');
        } else if c.is_ascii() {
            // What `to_lowercase` gives an ASCII letter, without its iterator.
            low.push(c.to_ascii_lowercase());
        } else {
            low.extend(c.to_lowercase());
        }
    }
    let low = low.as_str();
    let from_end = |k: usize| low.char_indices().rev().nth(k - 1).map(|(i, _)| &low[i..]);
    let prefix_end = low.char_indices().nth(3).map_or(low.len(), |(i, _)| i);
    let word_hash = hash_str(low);
    Atoms {
        word: word_hash,
        shape: hash_str(shape),
        suffix2: from_end(2).map_or(word_hash, |s| key(100, &[hash_str(s)])),
        suffix3: from_end(3).map_or(word_hash, |s| key(101, &[hash_str(s)])),
        prefix3: key(102, &[hash_str(&low[..prefix_end])]),
        hints: hints & hint::FLAGS,
        pos: u64::from(hints >> hint::POS_SHIFT),
        capitalised: word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Feature template numbers (part of every key: changing one retires the model).
mod template {
    pub const BIAS: u32 = 0;
    pub const WORD: u32 = 1;
    pub const PREV_WORD: u32 = 2;
    pub const NEXT_WORD: u32 = 3;
    pub const PREV2_WORD: u32 = 4;
    pub const NEXT2_WORD: u32 = 5;
    pub const SHAPE: u32 = 6;
    pub const PREV_SHAPE_SHAPE: u32 = 7;
    pub const SHAPE_NEXT_SHAPE: u32 = 8;
    pub const SUFFIX2: u32 = 9;
    pub const SUFFIX3: u32 = 10;
    pub const PREFIX3: u32 = 11;
    pub const PREV_WORD_WORD: u32 = 12;
    pub const WORD_NEXT_WORD: u32 = 13;
    pub const PREV_WORD_SHAPE: u32 = 14;
    pub const SHAPE_NEXT_WORD: u32 = 15;
    pub const HINT: u32 = 16;
    pub const PREV_HINT: u32 = 17;
    pub const NEXT_HINT: u32 = 18;
    pub const HINT_SHAPE: u32 = 19;
    pub const SENTENCE_START: u32 = 20;
    pub const ALL_HINTS: u32 = 21;
    pub const CAPS_RUN: u32 = 22;
    pub const DESCRIBED: u32 = 23;
    pub const TITLE_CASE: u32 = 24;
    pub const POS: u32 = 25;
    pub const POS_CONTEXT: u32 = 26;
    pub const POS_PAIR: u32 = 27;
    pub const POS_SHAPE: u32 = 28;
    pub const POS_WORD: u32 = 29;
    pub const PREV_TAG: u32 = 30;
}

/// Appends the feature keys of token `i` (without the previous tag).
fn token_features(atoms: &[Atoms], i: usize, out: &mut Vec<u64>) {
    use template::*;
    let at = |k: isize| -> Atoms {
        let k = i as isize + k;
        if k < 0 || k as usize >= atoms.len() {
            PAD
        } else {
            atoms[k as usize]
        }
    };
    let (p2, p1, t, n1, n2) = (at(-2), at(-1), at(0), at(1), at(2));
    out.push(key(BIAS, &[]));
    out.push(key(WORD, &[t.word]));
    out.push(key(PREV_WORD, &[p1.word]));
    out.push(key(NEXT_WORD, &[n1.word]));
    out.push(key(PREV2_WORD, &[p2.word]));
    out.push(key(NEXT2_WORD, &[n2.word]));
    out.push(key(SHAPE, &[t.shape]));
    out.push(key(PREV_SHAPE_SHAPE, &[p1.shape, t.shape]));
    out.push(key(SHAPE_NEXT_SHAPE, &[t.shape, n1.shape]));
    out.push(key(SUFFIX2, &[t.suffix2]));
    out.push(key(SUFFIX3, &[t.suffix3]));
    out.push(key(PREFIX3, &[t.prefix3]));
    out.push(key(PREV_WORD_WORD, &[p1.word, t.word]));
    out.push(key(WORD_NEXT_WORD, &[t.word, n1.word]));
    out.push(key(PREV_WORD_SHAPE, &[p1.word, t.shape]));
    out.push(key(SHAPE_NEXT_WORD, &[t.shape, n1.word]));
    out.push(key(SENTENCE_START, &[u64::from(i == 0), t.shape]));
    out.push(key(ALL_HINTS, &[u64::from(t.hints)]));
    // Part of speech: what the sentence makes of the word, and around it.
    out.push(key(POS, &[t.pos]));
    out.push(key(POS_CONTEXT, &[0, p1.pos]));
    out.push(key(POS_CONTEXT, &[1, n1.pos]));
    out.push(key(POS_CONTEXT, &[2, p2.pos]));
    out.push(key(POS_CONTEXT, &[3, n2.pos]));
    out.push(key(POS_PAIR, &[0, p1.pos, t.pos]));
    out.push(key(POS_PAIR, &[1, t.pos, n1.pos]));
    out.push(key(POS_PAIR, &[2, p1.pos, n1.pos]));
    out.push(key(POS_SHAPE, &[t.pos, t.shape]));
    out.push(key(POS_WORD, &[p1.word, t.pos]));
    // How many capitalised words in a row surround this one (capped).
    let run = |step: isize| {
        let mut n = 0u64;
        let mut k = i as isize + step;
        while n < 3 && k >= 0 && (k as usize) < atoms.len() && atoms[k as usize].capitalised {
            n += 1;
            k += step;
        }
        n
    };
    if t.capitalised {
        out.push(key(CAPS_RUN, &[run(-1), run(1)]));
    }
    // Only the bits set on one of the three words, in rising order (the
    // order of the features is the order training adds them in).
    let mut bits = (t.hints | p1.hints | n1.hints) & hint::FLAGS;
    while bits != 0 {
        let bit = bits.trailing_zeros();
        bits &= bits - 1;
        let mask = 1 << bit;
        if t.hints & mask != 0 {
            out.push(key(HINT, &[u64::from(bit)]));
            out.push(key(HINT_SHAPE, &[u64::from(bit), t.shape]));
        }
        if p1.hints & mask != 0 {
            out.push(key(PREV_HINT, &[u64::from(bit)]));
        }
        if n1.hints & mask != 0 {
            out.push(key(NEXT_HINT, &[u64::from(bit)]));
        }
    }
}

/// The key of the previous-tag feature (`None`: the sentence start).
fn prev_tag_key(prev: Option<Tag>) -> u64 {
    key(template::PREV_TAG, &[prev.map_or(99, |t| u64::from(t.0))])
}

/// Features of every token of a sentence, flattened, with offsets.
struct SentenceFeatures {
    keys: Vec<u64>,
    /// `keys[bounds[i]..bounds[i + 1]]` are token `i`'s.
    bounds: Vec<usize>,
}

/// Words that introduce what a name is: "X, a shipping company", "X is a town".
fn introduces(word: &str) -> bool {
    matches!(word, "," | "is" | "was" | "are" | "were" | "(")
}

fn is_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "the" | "A" | "An" | "The")
}

/// The words that say what the capitalised run ending before `end` is:
/// up to four words after "…, a" / "… is the", to the next punctuation.
fn description<S: AsRef<str>>(words: &[S], end: usize) -> Range<usize> {
    let at = |k: usize| words.get(k).map_or("", |w| w.as_ref());
    if !introduces(at(end)) || !is_article(at(end + 1)) {
        return 0..0;
    }
    let start = end + 2;
    let mut stop = start;
    while stop < words.len() && stop < start + 4 && at(stop).chars().any(char::is_alphanumeric) {
        stop += 1;
    }
    start..stop
}

fn sentence_features<S: AsRef<str>>(words: &[S], hints: &[u32]) -> SentenceFeatures {
    let (mut low, mut shape) = (String::new(), String::new());
    let atoms: Vec<Atoms> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let hints = hints.get(i).copied().unwrap_or(0);
            atoms(w.as_ref(), hints, &mut low, &mut shape)
        })
        .collect();
    let mut keys = Vec::with_capacity(words.len() * 28);
    let mut bounds = Vec::with_capacity(words.len() + 1);
    bounds.push(0);
    // A headline or title in title case: capitals say little there.
    let title_case = super::written_in_title_case(words);
    let mut described = 0..0;
    let mut run_end = 0;
    for i in 0..words.len() {
        token_features(&atoms, i, &mut keys);
        if title_case {
            keys.push(key(template::TITLE_CASE, &[atoms[i].shape]));
            keys.push(key(template::TITLE_CASE, &[atoms[i].word]));
            if atoms[i].hints & hint::LOWER_ELSEWHERE != 0 {
                keys.push(key(template::TITLE_CASE, &[0]));
            }
        }
        if atoms[i].capitalised {
            // Every word of a capitalised run sees what the run is said to be.
            if i >= run_end {
                run_end = i;
                while run_end < atoms.len() && atoms[run_end].capitalised {
                    run_end += 1;
                }
                described = description(words, run_end);
            }
            for k in described.clone() {
                keys.push(key(template::DESCRIBED, &[atoms[k].word]));
            }
        }
        bounds.push(keys.len());
    }
    SentenceFeatures { keys, bounds }
}

// ---------------------------------------------------------------- decoding

/// Best tag sequence given per-token tag scores and `transition[prev][tag]`
/// (row `TAG_COUNT` is the sentence start), under the BIO constraint.
fn viterbi(
    emissions: &[[f32; TAG_COUNT]],
    transition: &[[f32; TAG_COUNT]; TAG_COUNT + 1],
) -> Vec<Tag> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = [[f32::NEG_INFINITY; TAG_COUNT]; 2];
    let mut back = vec![[0u8; TAG_COUNT]; n];
    // Each tag's possible predecessors, in increasing order (an inside tag
    // has two: its class's begin and inside tags), found once per sentence
    // instead of at every token.
    let mut preds = [[0u8; TAG_COUNT]; TAG_COUNT];
    let mut pred_counts = [0usize; TAG_COUNT];
    for (t, (row, count)) in preds.iter_mut().zip(&mut pred_counts).enumerate() {
        for p in 0..TAG_COUNT {
            if Tag(t as u8).may_follow(Some(Tag(p as u8))) {
                row[*count] = p as u8;
                *count += 1;
            }
        }
    }
    for t in 0..TAG_COUNT {
        if Tag(t as u8).may_follow(None) {
            score[0][t] = emissions[0][t] + transition[TAG_COUNT][t];
        }
    }
    for i in 1..n {
        let (cur, prev) = (i % 2, (i + 1) % 2);
        for t in 0..TAG_COUNT {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for &p in &preds[t][..pred_counts[t]] {
                let p = usize::from(p);
                let s = score[prev][p] + transition[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[cur][t] = best + emissions[i][t];
            back[i][t] = arg;
        }
    }
    let last = &score[(n - 1) % 2];
    let mut t = (0..TAG_COUNT).fold(0, |b, t| if last[t] > last[b] { t } else { b });
    let mut tags = vec![Tag::O; n];
    for i in (0..n).rev() {
        tags[i] = Tag(t as u8);
        t = usize::from(back[i][t]);
    }
    tags
}

// ---------------------------------------------------------------- the model

/// The model bundled with kg (see `models/README.md`).
/// Embedded by `build.rs` with its perceptron model laid out: reading these
/// very bytes uses the layout. (Read from the static at run time: copied
/// into another static, the bytes would be a copy.)
fn builtin_bytes() -> &'static [u8] {
    super::perceptron::bundled::NER.bytes
}

/// A trained tagger: an averaged perceptron over the tags, whose
/// previous-tag features also give the transition scores Viterbi uses.
#[derive(Clone)]
pub struct NerModel {
    model: Model,
    /// Previous tag (row `TAG_COUNT`: the sentence start) → tag.
    transition: [[f32; TAG_COUNT]; TAG_COUNT + 1],
}

impl std::fmt::Debug for NerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerModel")
            .field("features", &self.model.len())
            .finish()
    }
}

/// Transition scores from the previous-tag features of a scorer.
fn transitions(mut scores: impl FnMut(&[u64], &mut [f32])) -> [[f32; TAG_COUNT]; TAG_COUNT + 1] {
    let mut table = [[0.0; TAG_COUNT]; TAG_COUNT + 1];
    for (p, row) in table.iter_mut().enumerate() {
        let prev = (p < TAG_COUNT).then_some(Tag(p as u8));
        scores(&[prev_tag_key(prev)], row);
    }
    table
}

/// Per-token tag scores of a sentence (without the previous tag).
/// `prefetch` is told the next token's features before a token is scored,
/// so the model's memory for them is on its way meanwhile.
fn emissions(
    features: &SentenceFeatures,
    mut scores: impl FnMut(&[u64], &mut [f32]),
    mut prefetch: impl FnMut(&[u64]),
) -> Vec<[f32; TAG_COUNT]> {
    let token = |i: usize| &features.keys[features.bounds[i]..features.bounds[i + 1]];
    let tokens = features.bounds.len() - 1;
    (0..tokens)
        .map(|i| {
            if i + 1 < tokens {
                prefetch(token(i + 1));
            }
            let mut row = [0.0; TAG_COUNT];
            scores(token(i), &mut row);
            row
        })
        .collect()
}

impl NerModel {
    /// The model that ships with kg.
    pub fn builtin() -> Self {
        NerModel::from_bytes(builtin_bytes()).expect("the bundled name-tagger model is valid")
    }

    /// Reads a model from its serialised form (see [`NerModel::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Ok(NerModel::from_model(Model::from_bytes(bytes)?))
    }

    fn from_model(model: Model) -> Self {
        let transition = transitions(|f, s| model.scores(f, s));
        NerModel { model, transition }
    }

    /// The serialised model (the perceptron's format, see [`Model::to_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.model.len()
    }

    pub fn is_empty(&self) -> bool {
        self.model.is_empty()
    }

    /// The names of one sentence: `words` as written, `hints` one per word
    /// (see [`hint`]; missing ones count as none).
    pub fn tag<S: AsRef<str>>(&self, words: &[S], hints: &[u32]) -> Vec<NameSpan> {
        spans_from_tags(&self.tag_sequence(words, hints))
    }

    /// The BIO tag of every word of one sentence.
    pub fn tag_sequence<S: AsRef<str>>(&self, words: &[S], hints: &[u32]) -> Vec<Tag> {
        let features = sentence_features(words, hints);
        viterbi(
            &emissions(
                &features,
                |f, s| self.model.scores(f, s),
                |f| self.model.prefetch(f),
            ),
            &self.transition,
        )
    }

    /// Trains a tagger: `epochs` rounds over the sentences in a fixed
    /// pseudo-random order; each round decodes every sentence with the
    /// current weights and, where a tag is wrong, moves the weights of that
    /// token's features (with the gold previous tag) towards the gold tag.
    /// Averaged weights at most `prune` are dropped. The same sentences
    /// always give the same model.
    pub fn train(sentences: &[TrainingSentence], epochs: usize, prune: f32) -> Self {
        let mut learner = Perceptron::new(TAG_COUNT as u16);
        let features: Vec<SentenceFeatures> = sentences
            .iter()
            .map(|s| sentence_features(&s.words, &s.hints))
            .collect();
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = 0x2545_f491_4f6c_dd1d_u64;
        let mut keys = Vec::new();
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &s in &order {
                let gold = &sentences[s].tags;
                let sf = &features[s];
                let transition = transitions(|f, sc| learner.scores(f, sc));
                let guess = viterbi(
                    &emissions(sf, |f, sc| learner.scores(f, sc), |_| {}),
                    &transition,
                );
                for (i, (&g, &p)) in gold.iter().zip(&guess).enumerate() {
                    if g == p {
                        // Still one instance for the averages.
                        learner.update(&[], 0, 0);
                        continue;
                    }
                    // The token's features and both previous tags: the
                    // gold one gains the gold tag, the guessed one loses
                    // the guessed tag (each also moves the other way, as a
                    // multi-class update does; without the guessed one,
                    // nothing would ever hold a transition back).
                    keys.clear();
                    keys.extend_from_slice(&sf.keys[sf.bounds[i]..sf.bounds[i + 1]]);
                    let gold_prev = i.checked_sub(1).map(|k| gold[k]);
                    let guess_prev = i.checked_sub(1).map(|k| guess[k]);
                    keys.push(prev_tag_key(gold_prev));
                    if guess_prev != gold_prev {
                        keys.push(prev_tag_key(guess_prev));
                    }
                    learner.update(&keys, usize::from(g.0), usize::from(p.0));
                }
            }
        }
        NerModel::from_model(learner.finish(prune))
    }
}

/// One annotated sentence for training: words, hints and gold tags.
#[derive(Debug, Clone)]
pub struct TrainingSentence {
    pub words: Vec<String>,
    pub hints: Vec<u32>,
    pub tags: Vec<Tag>,
}

impl TrainingSentence {
    pub fn new(words: Vec<String>, hints: Vec<u32>, tags: Vec<Tag>) -> Self {
        TrainingSentence { words, hints, tags }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_spans_round_trip() {
        let spans = vec![
            NameSpan {
                tokens: 0..2,
                class: NameClass::Person,
            },
            NameSpan {
                tokens: 3..4,
                class: NameClass::Place,
            },
        ];
        let tags = tags_from_spans(5, &spans);
        assert_eq!(tags[1], Tag::inside(NameClass::Person));
        assert_eq!(tags[2], Tag::O);
        assert_eq!(spans_from_tags(&tags), spans);
    }

    #[test]
    fn viterbi_never_starts_a_name_with_an_inside_tag() {
        // Emissions favour I-ORG everywhere; the constraint forces a B-ORG first.
        let mut row = [0.0; TAG_COUNT];
        row[Tag::inside(NameClass::Organization).0 as usize] = 5.0;
        row[Tag::begin(NameClass::Organization).0 as usize] = 1.0;
        let tags = viterbi(&[row, row, row], &[[0.0; TAG_COUNT]; TAG_COUNT + 1]);
        assert_eq!(tags[0], Tag::begin(NameClass::Organization));
        assert!(tags[1..]
            .iter()
            .all(|t| *t == Tag::inside(NameClass::Organization)));
    }

    #[test]
    fn bad_models_are_refused() {
        assert!(NerModel::from_bytes(b"not a model").is_err());
        let mut cut = NerModel::builtin().to_bytes();
        cut.truncate(cut.len() - 3);
        assert!(NerModel::from_bytes(&cut).is_err());
    }

    #[test]
    fn the_bundled_model_writes_back_its_own_bytes() {
        // The table the model is loaded into keeps every weight: written
        // out again, it is the bundled file.
        assert!(NerModel::builtin().to_bytes() == builtin_bytes());
    }

    #[test]
    fn the_bundled_model_tags_a_plain_sentence() {
        let model = NerModel::builtin();
        assert!(model.len() > 1000);
        let words = [
            "Dana", "Okafor", "flew", "to", "Lisbon", "on", "Monday", ".",
        ];
        // The part of speech is part of the hints, as the extractor gives it.
        let hints = [
            "PROPN", "PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT",
        ]
        .map(hint::upos);
        let spans = model.tag(&words, &hints);
        assert!(spans.contains(&NameSpan {
            tokens: 0..2,
            class: NameClass::Person
        }));
        assert!(spans.contains(&NameSpan {
            tokens: 4..5,
            class: NameClass::Place
        }));
        // The tagger is deterministic: same input, same output.
        assert_eq!(model.tag(&words, &hints), spans);
    }
}
