//! Lines written in capitals ("PRESIDENT ADA QUIST ARRIVES IN LUMA FOR
//! TALKS WITH PRESIDENT IVO MARSH"), as many government sites write
//! headlines, lead-ins and captions. Every word of such a line starts with a
//! capital, so a rule that reads a capital as the start or the continuation
//! of a name or an office would run over the whole line. A reader reads each
//! word the way the document writes it elsewhere: a word the body writes in
//! lowercase ("arrives in", "talks with") is a common word in the line too;
//! one the body capitalises inside a sentence ("President", "Marsh") or
//! writes in capitals as an acronym keeps its capital. A word the body never
//! writes is read by what the lexicon knows of it: a function word or a
//! common word is common unless a title, a name head, a given name or a
//! gazetteer name takes it in.

use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::Lexicon;
use super::mentions::{
    body_words, head_class, in_capitals, name_complement, BodyWriting, MentionCand, MentionKind,
};
use super::view::DocView;
use crate::text::meta::title_case;

/// The fewest words of two letters or more a run of words in capitals
/// has: fewer are an acronym pair ("EU NATO") or a dateline ("NEW DELHI,
/// INDIA"), not a line in capitals.
const MIN_SHOUTED_WORDS: usize = 4;

/// The most words of a name's complement after its head and connector
/// ("HEALTH" in "MINISTRY OF HEALTH") that keep their capitals however the
/// body writes them.
const MAX_COMPLEMENT_WORDS: usize = 3;

/// The runs of a sentence written in capitals: at least
/// [`MIN_SHOUTED_WORDS`] words in capitals, with only punctuation, numbers
/// and one-letter words ("A") between them.
fn shouted_runs(view: &DocView<'_>, sentence: &Range<usize>) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = None;
    let mut words = 0;
    let mut last = 0;
    let close = |start: Option<usize>, last: usize, words: usize, runs: &mut Vec<_>| {
        if let Some(s) = start {
            if words >= MIN_SHOUTED_WORDS {
                runs.push(s..last + 1);
            }
        }
    };
    for t in sentence.clone() {
        let text = view.text(t);
        if !view.is_word(t) || !text.chars().any(char::is_alphabetic) {
            continue;
        }
        if text.chars().any(char::is_lowercase) {
            close(start.take(), last, words, &mut runs);
            words = 0;
            continue;
        }
        if in_capitals(text) {
            start.get_or_insert(t);
            words += 1;
            last = t;
        }
    }
    close(start, last, words, &mut runs);
    runs
}

/// How the body (every word outside the runs in capitals) writes a word,
/// by its lowercase form.
#[derive(Default)]
struct BodyCase {
    /// Uses written in lowercase.
    lowercase: usize,
    /// Uses capitalised inside a sentence (not its first word).
    capitalised: usize,
    /// Whether the body writes the word in capitals (an acronym: "UN").
    acronym: bool,
}

/// One flag per token of the view: the words of the lines in capitals that
/// read as common words ("IN", "TALKS", "WITH"), or `None` when the view
/// has no such line. `cands` are the mentions found so far: a word inside
/// a gazetteer name keeps its capital. `is_verb`: whether
/// the tagger reads a token as a finite verb ("ARRIVES"), for the words the
/// body never writes.
pub fn common_words_in_capitals(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    is_verb: impl Fn(usize) -> bool,
) -> Option<Vec<bool>> {
    let runs: Vec<Range<usize>> = view
        .sentences
        .iter()
        .flat_map(|s| shouted_runs(view, s))
        .collect();
    if runs.is_empty() {
        return None;
    }
    let in_run = |t: usize| runs.iter().any(|r| r.contains(&t));
    let mut body: HashMap<&str, BodyCase> = HashMap::default();
    for (t, written) in body_words(view, |t| !in_run(t)) {
        let text = view.text(t);
        let case = body.entry(view.low(t)).or_default();
        if in_capitals(text) {
            case.acronym = true;
        } else if written == BodyWriting::CapitalisedInside {
            case.capitalised += 1;
        } else if text.starts_with(char::is_lowercase) {
            case.lowercase += 1;
        }
    }
    let mut named: HashSet<usize> = HashSet::default();
    for c in cands {
        if c.kind == MentionKind::Known {
            named.extend(c.tokens.clone());
        }
    }
    let function_word = |k: usize| is_function_word(lex, view.low(k));
    let mut common = vec![false; view.toks.len()];
    for run in &runs {
        // A name head and its complement keep their capitals ("MINISTRY OF
        // HEALTH"), even where the body writes them in lowercase: "the
        // ministry" in the body is the name's anaphor, and "health workers"
        // no evidence against the name.
        let mut kept: HashSet<usize> = HashSet::default();
        for k in run
            .clone()
            .filter(|&k| lex.name_heads.contains_key(view.low(k)))
        {
            kept.insert(k);
            let connector = k + 1;
            let Some(after) = name_complement(view, lex, connector, run.end) else {
                continue;
            };
            // The first word after the connector is the complement; a later
            // one only where the body does not read it as a common word
            // ("MINISTRY OF HEALTH CUTS FUNDING": "cuts" in the body). The
            // connector stays only with a complement.
            let complement: Vec<usize> = after
                .take_while(|&j| view.is_word(j) && !function_word(j) && !is_verb(j))
                .take(MAX_COMPLEMENT_WORDS)
                .enumerate()
                .take_while(|&(i, j)| {
                    i == 0 || !reads_as_common_word(view, lex, j, body.get(view.low(j)), &is_verb)
                })
                .map(|(_, j)| j)
                .collect();
            if !complement.is_empty() {
                kept.insert(connector);
                kept.extend(complement);
            }
        }
        let mut k = run.start;
        while k < run.end {
            // A title the lexicon knows keeps its capitals, every word of it
            // ("PRIME MINISTER", "MINISTER OF STATE").
            let title = lex
                .person_titles
                .longest_at(view, k, run.end)
                .map(|(len, _)| len)
                .max(
                    lex.position_titles
                        .longest_at(view, k, run.end)
                        .map(|(len, _)| len),
                );
            if let Some(len) = title {
                k += len;
                continue;
            }
            common[k] = view.is_word(k)
                && !named.contains(&k)
                && !kept.contains(&k)
                && reads_as_common_word(view, lex, k, body.get(view.low(k)), &is_verb);
            k += 1;
        }
    }
    common.iter().any(|&c| c).then_some(common)
}

/// Whether word `k` of a line in capitals reads as a common word: the body
/// writes it in lowercase more often than capitalised inside a sentence
/// and never as an acronym; or the body never writes it, and it is a
/// function word, a common word (`kg:commonWord`) or a word the tagger
/// reads as a finite verb, that heads no name and is no given name.
fn reads_as_common_word(
    view: &DocView<'_>,
    lex: &Lexicon,
    k: usize,
    body: Option<&BodyCase>,
    is_verb: impl Fn(usize) -> bool,
) -> bool {
    let word = view.low(k);
    match body {
        Some(case) if case.acronym => false,
        Some(case) if case.lowercase + case.capitalised > 0 => case.lowercase > case.capitalised,
        _ => {
            (is_function_word(lex, word) || lex.common_words.contains(word) || is_verb(k))
                && !lex.name_heads.contains_key(word)
                && !lex.given_names.contains(title_case(view.text(k)).as_str())
        }
    }
}

/// Whether a lowercased word is a function word: a determiner, a
/// conjunction, a name connector, a preposition (a phrase, or one word:
/// `kg:nounPhrasePreposition`, `kg:descriptionModifierStop`), a possessive determiner,
/// a personal pronoun or a form of "be".
pub(super) fn is_function_word(lex: &Lexicon, word: &str) -> bool {
    lex.is_determiner(word)
        || lex.words.conjunctions.contains(word)
        || lex.words.name_connectors.contains(word)
        || lex.words.standard_prepositions.contains(word)
        || lex.words.noun_phrase_prepositions.contains(word)
        || lex.words.description_modifier_stops.contains(word)
        || lex.words.possessive_determiners.contains(word)
        || lex.words.personal_pronouns.contains(word)
        || lex.words.be_forms.contains(word)
}

/// A name found before the line was read ([`common_words_in_capitals`])
/// over a word the line reads as common: a name ends before the first such
/// word after its start ("ADA QUIST ARRIVES IN LUMARA", "BANK OF LUMARA
/// RAISES RATES"; a name particle or connector before a word that keeps its
/// capital stays inside it); it starts after the common words leading it.
/// Another name than a person's that ends in common words took its class
/// from words the line does not name ("KESTRIA AND NORLAND SIGN
/// MEMORANDUM"): what is left keeps the class its own head gives ("BANK
/// OF KORVALE"), or is dropped. The names the gazetteer finds stay.
/// The label is the span that is left, as written.
pub fn names_without_common_words(view: &DocView<'_>, lex: &Lexicon, cands: &mut Vec<MentionCand>) {
    let common = |t: usize| view.is_word(t) && !view.is_capitalised(t) && in_capitals(view.text(t));
    cands.retain_mut(|c| {
        let person = c.class == lex.classes.person;
        if !matches!(
            c.kind,
            MentionKind::Name
                | MentionKind::Person
                | MentionKind::Surname
                | MentionKind::Unclassified
        ) {
            return true;
        }
        let mut start = c.tokens.start;
        while start < c.tokens.end && common(start) {
            start += 1;
        }
        // A word inside a name: a person's name particle ("VAN"), or a
        // connector ("OF") before a word that keeps its capital.
        let inside = |t: usize| {
            if person {
                lex.name_particles.contains(view.low(t))
            } else {
                lex.words.name_connectors.contains(view.low(t))
                    && t + 1 < c.tokens.end
                    && !common(t + 1)
            }
        };
        let mut end = (start..c.tokens.end)
            .find(|&t| common(t) && !inside(t))
            .unwrap_or(c.tokens.end);
        // A cut name does not end in its connector ("AUTHORITY OF").
        if end < c.tokens.end {
            while end > start && lex.words.name_connectors.contains(view.low(end - 1)) {
                end -= 1;
            }
        }
        if !person && common(c.tokens.end - 1) {
            // The class came from words the line does not name; what is
            // left keeps a name only where its own head names a class.
            match (start < end)
                .then(|| head_class(view, lex, start, end))
                .flatten()
            {
                Some(class) => c.class = class,
                None => return false,
            }
        }
        if start == c.tokens.start && end == c.tokens.end {
            return true;
        }
        if start >= end {
            return false;
        }
        c.label = view.span_text(start, end).to_owned();
        c.tokens = start..end;
        true
    });
}
