//! The syntax stage as the rest of kg calls it: words in, tags, lemmas and a
//! dependency tree out, with the models bundled in the binary.
//!
//! kg's segmenter keeps hyphenated words ("long-term"), contractions
//! ("they're") and a few fused words ("cannot") as one token, while the
//! treebanks the models learned from split them ("long", "-", "term"; "they",
//! "'re"; "can", "not"). [`Annotator::annotate`]
//! splits such words the treebank way, annotates the pieces, and gives each
//! input word the annotation of its top piece (the one whose head lies outside
//! the word), so callers get exactly one [`AnnotatedToken`] per word they
//! passed, and the heads still form a tree over those words.
//!
//! ```
//! use kgraph::parse::Annotator;
//! let annotator = Annotator::builtin();
//! let words = ["The", "committee", "approved", "the", "new", "budget", "."];
//! let tokens = annotator.annotate(&words);
//! assert_eq!(tokens.len(), words.len());
//! assert_eq!(tokens[2].upos, "VERB");
//! assert_eq!(tokens[2].head, 0); // the root
//! assert_eq!(tokens[2].lemma, "approve");
//! assert_eq!(tokens[1].head, 3); // "committee" depends on "approved"
//! ```

use std::sync::OnceLock;

use super::lemma::Lemmatizer;
use super::parser::{tag_value, ParseScratch, Parser};
use super::perceptron::bundled;
use super::tagger::{TagScratch, Tagger};
use super::{routes_to_title_case_tagger, ModelFileError};

static LEMMA_BYTES: &[u8] = include_bytes!("../../models/lemmas.bin");

/// One word's syntax. Strings borrow from the annotator (or are owned, for
/// the lemma).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotatedToken<'a> {
    /// Universal part of speech (NOUN, VERB, PROPN, …).
    pub upos: &'a str,
    /// Penn Treebank tag (NN, VBD, NNP, …).
    pub xpos: &'a str,
    pub lemma: String,
    /// The head word's 1-based position, 0 for the root (as in CoNLL-U).
    pub head: usize,
    /// Universal Dependencies relation to the head (nsubj, obj, obl:tmod, …).
    pub deprel: &'a str,
}

/// Tagger, parser and lemmatiser together. `Sync`: share one across threads.
///
/// A sentence written in title case ([`routes_to_title_case_tagger`]) is
/// tagged by a second tagger, trained on title-cased copies of the training
/// sentences as well (`models/tagger-tc.bin`): the bundled tagger reads a
/// headline's verbs and common nouns as proper nouns. Every other sentence
/// gets the bundled tagger's tags; the parser and lemmatiser are shared.
#[derive(Debug, Clone)]
pub struct Annotator {
    tagger: Tagger,
    /// The tagger for sentences written in title case; without one every
    /// sentence gets `tagger`. Its tag set is `tagger`'s, so class ids mean
    /// the same whichever tagger gave them.
    title_case_tagger: Option<Tagger>,
    parser: Parser,
    lemmatizer: Lemmatizer,
    /// The parser's [`tag_value`] of each tagger class, hashed once.
    tag_values: Vec<u64>,
}

/// The tagger a sentence is given ([`Annotator::sentence_tagger`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SentenceTagger {
    /// The bundled tagger (`models/tagger.bin`).
    Bundled,
    /// The title-case tagger (`models/tagger-tc.bin`), for a sentence
    /// written in title case.
    TitleCase,
}

impl SentenceTagger {
    /// The name `kg parse` prints: `bundled` or `title-case`.
    pub fn as_str(self) -> &'static str {
        match self {
            SentenceTagger::Bundled => "bundled",
            SentenceTagger::TitleCase => "title-case",
        }
    }
}

/// Buffers reused across sentences by [`Annotator::annotate_into`].
#[derive(Debug, Default)]
pub struct AnnotateScratch {
    pieces: Pieces,
    /// For each piece, the input word it came from.
    owner: Vec<usize>,
    tag_scratch: TagScratch,
    parse_scratch: ParseScratch,
    tag_ids: Vec<u16>,
    tags: Vec<u64>,
    heads: Vec<usize>,
    labels: Vec<u16>,
}

/// The pieces of a sentence's words. A piece overwrites the string an
/// earlier sentence's piece left in its place, so pieces allocate only while
/// the buffers grow.
#[derive(Debug, Default)]
struct Pieces {
    texts: Vec<String>,
    len: usize,
}

impl Pieces {
    fn clear(&mut self) {
        self.len = 0;
    }

    fn push(&mut self, text: &str) {
        if self.len == self.texts.len() {
            self.texts.push(String::new());
        }
        let slot = &mut self.texts[self.len];
        slot.clear();
        slot.push_str(text);
        self.len += 1;
    }

    fn as_slice(&self) -> &[String] {
        &self.texts[..self.len]
    }
}

/// Contractions the treebanks split off ("they're" → "they" + "'re").
const CLITICS: &[&str] = &[
    "'ll", "'re", "'ve", "'m", "'d", "’ll", "’re", "’ve", "’m", "’d",
];

/// Fused words the treebanks split in two, by their lower-case form: the
/// length in bytes of the first part.
const FUSED: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// Whether `word` might split at all: only fused words (five or six
/// letters), words ending in a clitic (an apostrophe) and hyphenated words
/// do, and most words are none of them. (A fused word's lower case is ASCII,
/// and only ASCII letters and the Kelvin sign lower to ASCII letters, one
/// character each, so its length in characters is the fused word's.)
fn may_split(word: &str) -> bool {
    word.contains(['-', '\'', '’']) || matches!(word.chars().count(), 5 | 6)
}

/// Splits one word the way UD English tokenises it, giving each piece to
/// `piece` in order.
pub(crate) fn split_word(word: &str, piece: &mut impl FnMut(&str)) {
    if !may_split(word) {
        piece(word);
        return;
    }
    let lower = word.to_lowercase();
    if let Some(&(_, cut)) = FUSED.iter().find(|(fused, _)| *fused == lower) {
        if word.is_char_boundary(cut) {
            piece(&word[..cut]);
            piece(&word[cut..]);
            return;
        }
    }
    for clitic in CLITICS {
        if lower.len() > clitic.len()
            && lower.ends_with(clitic)
            && word.is_char_boundary(word.len() - clitic.len())
        {
            let cut = word.len() - clitic.len();
            if word[..cut].chars().last().is_some_and(char::is_alphabetic) {
                piece(&word[..cut]);
                piece(&word[cut..]);
                return;
            }
        }
    }
    // Hyphens between letters: "long-term" → "long", "-", "term". Numbers
    // ("2020-21") and anything with a URL's characters stay whole.
    let splittable = word.contains('-')
        && !word.contains(['/', ':', '@', '.'])
        && word
            .split('-')
            .all(|part| !part.is_empty() && part.chars().any(char::is_alphabetic));
    if splittable {
        for (i, part) in word.split('-').enumerate() {
            if i > 0 {
                piece("-");
            }
            piece(part);
        }
    } else {
        piece(word);
    }
}

/// Whether the parse splits `word` into pieces the way UD English tokenises
/// it; a sentence with such a word is tagged again for the parse (see
/// [`Annotator::annotate_tagged_into`]), so its tags may differ from the
/// tagger's answer on the whole words.
pub fn word_splits(word: &str) -> bool {
    if !may_split(word) {
        return false;
    }
    let mut pieces = 0;
    split_word(word, &mut |_| pieces += 1);
    pieces > 1
}

impl Annotator {
    /// The models bundled in the binary, loaded once on first use.
    pub fn builtin() -> &'static Annotator {
        static BUILTIN: OnceLock<Annotator> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The tagger and the parser are embedded by `build.rs` with
            // their perceptron models laid out: reading these very bytes
            // (read from the static at run time, not copied into another
            // static, which would be a copy) uses the layout.
            let (tagger, parser) = (bundled::TAGGER.bytes, bundled::PARSER.bytes);
            Annotator::from_bytes(tagger, parser, LEMMA_BYTES)
                .and_then(|a| a.with_title_case_tagger(bundled::TAGGER_TC.bytes))
                .expect("the bundled syntax models load (checked by the tests)")
        })
    }

    /// This annotator with a tagger for the sentences written in title
    /// case (a model file's bytes), which must have the same tag set.
    pub fn with_title_case_tagger(mut self, bytes: &[u8]) -> Result<Self, ModelFileError> {
        let tagger = Tagger::from_bytes(bytes)?;
        if tagger.tags() != self.tagger.tags() {
            return Err(ModelFileError::Inconsistent(
                "the title-case tagger's tag set is not the tagger's",
            ));
        }
        self.title_case_tagger = Some(tagger);
        Ok(self)
    }

    /// Which tagger tags the sentence `words`: the title-case tagger for a
    /// sentence written in title case, where the annotator has one, the
    /// bundled one for the others. The one statement of the routing rule:
    /// [`Annotator::sentence_tagger`] and [`Annotator::routes_to_title_case`]
    /// read it.
    pub fn sentence_tagger_kind(&self, words: &[&str]) -> SentenceTagger {
        if self.title_case_tagger.is_some() && routes_to_title_case_tagger(words) {
            SentenceTagger::TitleCase
        } else {
            SentenceTagger::Bundled
        }
    }

    /// Whether `words`, one sentence, are tagged by the title-case tagger.
    pub fn routes_to_title_case(&self, words: &[&str]) -> bool {
        self.sentence_tagger_kind(words) == SentenceTagger::TitleCase
    }

    /// The tagger that tags the sentence `words`
    /// ([`Annotator::sentence_tagger_kind`]).
    pub fn sentence_tagger(&self, words: &[&str]) -> &Tagger {
        self.tagger_of(self.sentence_tagger_kind(words))
    }

    /// The tagger of a kind: the bundled one where the annotator has no
    /// title-case tagger (a kind it never gives a sentence).
    fn tagger_of(&self, kind: SentenceTagger) -> &Tagger {
        match (kind, &self.title_case_tagger) {
            (SentenceTagger::TitleCase, Some(title_case)) => title_case,
            _ => &self.tagger,
        }
    }

    /// An annotator from model files' bytes.
    pub fn from_bytes(tagger: &[u8], parser: &[u8], lemmas: &[u8]) -> Result<Self, ModelFileError> {
        let tagger = Tagger::from_bytes(tagger)?;
        let tag_values = tagger
            .tags()
            .iter()
            .map(|(upos, xpos)| tag_value(upos, xpos))
            .collect();
        Ok(Self {
            tagger,
            title_case_tagger: None,
            parser: Parser::from_bytes(parser)?,
            lemmatizer: Lemmatizer::from_bytes(lemmas)?,
            tag_values,
        })
    }

    /// The bundled tagger, which tags every sentence not written in title
    /// case, and whose tags the name tagger's hints read for every sentence.
    /// Its class ids name the same tags as the title-case tagger's.
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// The tagger for sentences written in title case, if any.
    pub fn title_case_tagger(&self) -> Option<&Tagger> {
        self.title_case_tagger.as_ref()
    }

    pub fn parser(&self) -> &Parser {
        &self.parser
    }

    pub fn lemmatizer(&self) -> &Lemmatizer {
        &self.lemmatizer
    }

    /// Annotates one sentence's words.
    pub fn annotate(&self, words: &[&str]) -> Vec<AnnotatedToken<'_>> {
        let mut out = Vec::with_capacity(words.len());
        self.annotate_into(words, &mut AnnotateScratch::default(), &mut out);
        out
    }

    /// Annotates one sentence's words into `out`, reusing `scratch`.
    pub fn annotate_into<'a>(
        &'a self,
        words: &[&str],
        scratch: &mut AnnotateScratch,
        out: &mut Vec<AnnotatedToken<'a>>,
    ) {
        self.annotate_tagged_into(words, None, scratch, out);
    }

    /// [`Annotator::annotate_into`] for words already run through
    /// [`Annotator::sentence_tagger`]: `word_tags` holds [`Tagger::tag`]'s
    /// class id of each word. When no word splits the treebank way the tagger would
    /// see exactly these words again, so its answer is reused instead of
    /// tagging a second time (same result, by construction); a sentence with
    /// a split word ("long-term") is tagged again, piece by piece.
    pub fn annotate_tagged_into<'a>(
        &'a self,
        words: &[&str],
        word_tags: Option<&[u16]>,
        scratch: &mut AnnotateScratch,
        out: &mut Vec<AnnotatedToken<'a>>,
    ) {
        let given = match word_tags.filter(|tags| tags.len() == words.len()) {
            Some(tags) => Given::Words(tags),
            None => Given::Nothing,
        };
        self.annotate_given_into(words, given, scratch, out);
    }

    /// [`Annotator::annotate_into`] for words whose pieces were already
    /// tagged by [`Annotator::tag_pieces`] (`piece_tags`, one class id per
    /// piece): the same tags the annotation would compute, so they are
    /// reused (tags for another number of pieces are not used).
    pub fn annotate_piece_tagged_into<'a>(
        &'a self,
        words: &[&str],
        piece_tags: &[u16],
        scratch: &mut AnnotateScratch,
        out: &mut Vec<AnnotatedToken<'a>>,
    ) {
        self.annotate_given_into(words, Given::Pieces(piece_tags), scratch, out);
    }

    /// Tags one sentence's words the way the annotation does before it
    /// parses them: split the treebank way, piece by piece, without the
    /// parse. Each piece's class id goes to `tags` and the index of the word
    /// it belongs to to `owner`, in order; a word's annotation takes the tag
    /// of one of its pieces (the one the parse makes its top piece), so a
    /// word of one piece gets exactly its piece's tag.
    /// `word_tags`, when given, are [`Tagger::tag`]'s class ids of the
    /// whole words: the pieces up to the first split word are those words,
    /// so their tags are taken from there (see [`Tagger::tag_continuing`]).
    pub fn tag_pieces(
        &self,
        words: &[&str],
        word_tags: Option<&[u16]>,
        scratch: &mut AnnotateScratch,
        tags: &mut Vec<u16>,
        owner: &mut Vec<usize>,
    ) {
        scratch.pieces.clear();
        owner.clear();
        for (i, word) in words.iter().enumerate() {
            let pieces = &mut scratch.pieces;
            split_word(word, &mut |piece| {
                pieces.push(piece);
                owner.push(i);
            });
        }
        let pieces: Vec<&str> = scratch
            .pieces
            .as_slice()
            .iter()
            .map(String::as_str)
            .collect();
        let tagger = self.sentence_tagger(words);
        match word_tags.filter(|t| t.len() == words.len()) {
            Some(word_tags) => tagger.tag_continuing(
                &pieces,
                unsplit_prefix(owner),
                word_tags,
                &mut scratch.tag_scratch,
                tags,
            ),
            None => tagger.tag(&pieces, &mut scratch.tag_scratch, tags),
        }
    }

    /// The lemma the annotation gives `word` when its top piece is `piece`
    /// tagged `upos`; `split`: the word has more than one piece.
    pub fn word_lemma(&self, word: &str, piece: &str, split: bool, upos: &str) -> String {
        if split && piece != word && word.contains('-') {
            // A hyphenated word: its lemma is itself, lower case unless a name.
            if upos == "PROPN" {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        } else {
            self.lemmatizer.lemma(piece, upos)
        }
    }

    /// The annotation with `given` tags: the words' tags when none splits,
    /// or the pieces' tags; tags for another number of pieces are not used.
    fn annotate_given_into<'a>(
        &'a self,
        words: &[&str],
        given: Given<'_>,
        scratch: &mut AnnotateScratch,
        out: &mut Vec<AnnotatedToken<'a>>,
    ) {
        out.clear();
        scratch.pieces.clear();
        scratch.owner.clear();
        // How many pieces each word has.
        let mut piece_counts = vec![0usize; words.len()];
        for (i, word) in words.iter().enumerate() {
            let (pieces, owner) = (&mut scratch.pieces, &mut scratch.owner);
            split_word(word, &mut |piece| {
                pieces.push(piece);
                owner.push(i);
                piece_counts[i] += 1;
            });
        }
        let piece_texts = scratch.pieces.as_slice();
        let pieces: Vec<&str> = piece_texts.iter().map(String::as_str).collect();
        match given {
            // One tag per piece: the words' tags when each word is one
            // piece (the pieces are the words themselves), or the pieces'.
            Given::Words(tags) | Given::Pieces(tags) if tags.len() == pieces.len() => {
                scratch.tag_ids.clear();
                scratch.tag_ids.extend_from_slice(tags);
            }
            // A word splits: the pieces before it are the words, tagged.
            Given::Words(tags) => self.sentence_tagger(words).tag_continuing(
                &pieces,
                unsplit_prefix(&scratch.owner),
                tags,
                &mut scratch.tag_scratch,
                &mut scratch.tag_ids,
            ),
            _ => self.sentence_tagger(words).tag(
                &pieces,
                &mut scratch.tag_scratch,
                &mut scratch.tag_ids,
            ),
        }
        scratch.tags.clear();
        scratch.tags.extend(
            scratch
                .tag_ids
                .iter()
                .map(|&id| self.tag_values[usize::from(id)]),
        );
        self.parser.parse(
            &pieces,
            &scratch.tags,
            &mut scratch.parse_scratch,
            &mut scratch.heads,
            &mut scratch.labels,
        );
        // Each word's top piece: the first whose head is outside the word.
        let mut top = vec![usize::MAX; words.len()];
        for (p, &w) in scratch.owner.iter().enumerate() {
            let head = scratch.heads[p];
            let outside = head == 0 || scratch.owner[head - 1] != w;
            if outside && top[w] == usize::MAX {
                top[w] = p;
            }
        }
        let mut heads: Vec<usize> = Vec::with_capacity(words.len());
        for (w, &p) in top.iter().enumerate() {
            // A word whose pieces all point inside it cannot occur in a tree;
            // fall back to its first piece all the same.
            let p = if p == usize::MAX {
                scratch.owner.iter().position(|&o| o == w).unwrap_or(0)
            } else {
                p
            };
            let head = scratch.heads[p];
            heads.push(if head == 0 {
                0
            } else {
                scratch.owner[head - 1] + 1
            });
            let (upos, xpos) = self.tagger.tag_name(scratch.tag_ids[p]);
            let lemma = self.word_lemma(words[w], &piece_texts[p], piece_counts[w] > 1, upos);
            out.push(AnnotatedToken {
                upos,
                xpos,
                lemma,
                head: 0,
                deprel: &self.parser.labels()[usize::from(scratch.labels[p])],
            });
        }
        make_tree(&mut heads);
        for (token, head) in out.iter_mut().zip(heads) {
            token.head = head;
        }
    }
}

/// The tags [`Annotator::annotate_given_into`] is given.
#[derive(Clone, Copy)]
enum Given<'t> {
    Nothing,
    /// One per word, as [`Tagger::tag`] tags the whole words (unused when
    /// their number is not the words').
    Words(&'t [u16]),
    /// One per piece, as [`Annotator::tag_pieces`] tags them (unused when
    /// their number is not the pieces').
    Pieces(&'t [u16]),
}

/// How many words come before the first that splits, given `owner`, the
/// word of each piece in order: each of those is one piece, the word itself
/// (a word that splits has two pieces or more, the next piece's owner).
fn unsplit_prefix(owner: &[usize]) -> usize {
    owner
        .iter()
        .enumerate()
        .find(|&(piece, &word)| piece != word)
        .map_or(owner.len(), |(_, &word)| word)
}

/// Keeps `heads` (1-based, 0 = root) a tree: exactly one root, no cycles.
/// Merging split words can, rarely, join two pieces' arcs into a cycle;
/// every word on a cycle, and every extra root, is attached to the root word.
fn make_tree(heads: &mut [usize]) {
    let n = heads.len();
    if n == 0 {
        return;
    }
    let root = match heads.iter().position(|&h| h == 0) {
        Some(r) => r,
        None => {
            heads[0] = 0;
            0
        }
    };
    for (i, h) in heads.iter_mut().enumerate() {
        if *h == 0 && i != root {
            *h = root + 1;
        }
    }
    for start in 0..n {
        let mut at = start;
        let mut steps = 0;
        while heads[at] != 0 && steps <= n {
            at = heads[at] - 1;
            steps += 1;
        }
        if steps > n {
            heads[start] = root + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_the_treebank_way() {
        let mut p = Vec::new();
        for w in [
            "long-term",
            "they're",
            "2020-21",
            "e-mail",
            "www.a-b.org",
            "can",
            "Cannot",
            "-",
        ] {
            split_word(w, &mut |piece| p.push(piece.to_string()));
        }
        assert_eq!(
            p,
            [
                "long",
                "-",
                "term",
                "they",
                "'re",
                "2020-21",
                "e",
                "-",
                "mail",
                "www.a-b.org",
                "can",
                "Can",
                "not",
                "-"
            ]
        );
    }

    #[test]
    fn make_tree_breaks_cycles_and_extra_roots() {
        let mut heads = [2, 1, 0, 0];
        make_tree(&mut heads);
        assert_eq!(heads, [3, 1, 0, 3]);
    }

    #[test]
    fn one_token_per_input_word_and_always_a_tree() {
        let a = Annotator::builtin();
        let words = [
            "The",
            "state-owned",
            "firm",
            "said",
            "they're",
            "ready",
            "to",
            "sign",
            "a",
            "long-term",
            "deal",
            ".",
        ];
        let tokens = a.annotate(&words);
        assert_eq!(tokens.len(), words.len());
        assert_eq!(tokens.iter().filter(|t| t.head == 0).count(), 1);
        assert_eq!(tokens[1].lemma, "state-owned");
        assert_eq!(tokens[3].upos, "VERB");
        assert_eq!(tokens[3].lemma, "say");
        assert!(a.annotate(&[]).is_empty());
        let long: Vec<&str> = (0..300)
            .map(|i| ["and", "the", "big", "cat", ","][i % 5])
            .collect();
        let tokens = a.annotate(&long);
        assert_eq!(tokens.len(), 300);
        assert_eq!(tokens.iter().filter(|t| t.head == 0).count(), 1);
    }

    #[test]
    fn tags_given_for_the_words_give_the_same_annotation() {
        // Reusing the caller's tags must not change anything: for a sentence
        // without split words they are the tags the annotator would compute;
        // a sentence with a split word ignores them and tags its pieces.
        let a = Annotator::builtin();
        let mut scratch = AnnotateScratch::default();
        let (mut tag_scratch, mut tags) = (TagScratch::default(), Vec::new());
        for words in [
            &[
                "The", "council", "approved", "a", "new", "plan", "on", "Monday", ".",
            ][..],
            &[
                "They",
                "signed",
                "a",
                "long-term",
                "deal",
                "they're",
                "proud",
                "of",
                ".",
            ][..],
        ] {
            a.tagger().tag(words, &mut tag_scratch, &mut tags);
            let mut given = Vec::new();
            a.annotate_tagged_into(words, Some(&tags), &mut scratch, &mut given);
            assert_eq!(given, a.annotate(words));
            // Tags for the wrong number of words are not used.
            let mut wrong = Vec::new();
            a.annotate_tagged_into(words, Some(&tags[1..]), &mut scratch, &mut wrong);
            assert_eq!(wrong, given);
        }
    }

    #[test]
    fn pieces_tagged_after_the_words_tags_are_tagged_afresh() {
        // The pieces before the first split word are the words: taking their
        // tags from the words' tagging gives what tagging the pieces gives,
        // wherever the split word stands, and reads no tag from within two
        // words of it.
        let a = Annotator::builtin();
        let mut scratch = AnnotateScratch::default();
        let (mut tag_scratch, mut word_tags) = (TagScratch::default(), Vec::new());
        let words = [
            "The", "minister", "said", "that", "they", "signed", "a", "deal", "on", "trade", "in",
            "May", ".",
        ];
        let mut checked = 0;
        for at in 0..words.len() {
            for split in ["long-term", "they're", "cannot"] {
                let mut sentence = words.to_vec();
                sentence[at] = split;
                a.tagger().tag(&sentence, &mut tag_scratch, &mut word_tags);
                let (mut afresh, mut owner) = (Vec::new(), Vec::new());
                a.tag_pieces(&sentence, None, &mut scratch, &mut afresh, &mut owner);
                assert_eq!(unsplit_prefix(&owner), at);
                let mut continued = Vec::new();
                a.tag_pieces(
                    &sentence,
                    Some(&word_tags),
                    &mut scratch,
                    &mut continued,
                    &mut owner,
                );
                assert_eq!(continued, afresh, "split word at {at}");
                // Only the tags of the first `at - 2` words are read.
                let mut spoilt = word_tags.clone();
                for t in spoilt.iter_mut().skip(at.saturating_sub(2)) {
                    *t = u16::MAX;
                }
                a.tag_pieces(
                    &sentence,
                    Some(&spoilt),
                    &mut scratch,
                    &mut continued,
                    &mut owner,
                );
                assert_eq!(continued, afresh, "split word at {at}, later tags spoilt");
                // And they are read, not recomputed.
                if at >= 3 {
                    let mut other = word_tags.clone();
                    other[0] = other[0].wrapping_add(1);
                    a.tag_pieces(
                        &sentence,
                        Some(&other),
                        &mut scratch,
                        &mut continued,
                        &mut owner,
                    );
                    assert_eq!(continued[0], other[0]);
                }
                // The parse of the sentence given the words' tags is the
                // parse without them.
                let mut given = Vec::new();
                a.annotate_tagged_into(&sentence, Some(&word_tags), &mut scratch, &mut given);
                assert_eq!(given, a.annotate(&sentence));
                checked += 1;
            }
        }
        assert_eq!(checked, 3 * words.len());
    }

    #[test]
    fn only_sentences_in_title_case_go_to_the_title_case_tagger() {
        let a = Annotator::builtin();
        let title_case = a.title_case_tagger().expect("bundled");
        assert_eq!(title_case.tags(), a.tagger().tags());
        let headline = [
            "Velmora", "Agency", "Opens", "Regional", "Office", "In", "Brisk",
        ];
        assert!(std::ptr::eq(a.sentence_tagger(&headline), title_case));
        assert_eq!(a.sentence_tagger_kind(&headline), SentenceTagger::TitleCase);
        assert_eq!(a.annotate(&headline)[2].upos, "VERB");
        let prose = ["The", "Velmora", "Agency", "opened", "an", "office", "."];
        let capitals = ["VELMORA", "AGENCY", "OPENS", "REGIONAL", "OFFICE"];
        for words in [&prose[..], &capitals[..], &["Statement"][..]] {
            assert!(!a.routes_to_title_case(words), "{words:?}");
            assert_eq!(a.sentence_tagger_kind(words), SentenceTagger::Bundled);
            assert!(std::ptr::eq(a.sentence_tagger(words), a.tagger()));
        }
        // Without a title-case tagger every sentence gets the tagger.
        let plain =
            Annotator::from_bytes(bundled::TAGGER.bytes, bundled::PARSER.bytes, LEMMA_BYTES)
                .unwrap();
        assert!(!plain.routes_to_title_case(&headline));
        assert_eq!(
            plain.sentence_tagger_kind(&headline),
            SentenceTagger::Bundled
        );
        assert!(std::ptr::eq(
            plain.sentence_tagger(&headline),
            plain.tagger()
        ));
    }

    #[test]
    fn annotator_is_sync() {
        fn sync<T: Sync + Send>() {}
        sync::<Annotator>();
    }
}
