//! An acronym in brackets names the name its letters spell: in "the
//! Framework Agreement of the Ocean Data Council (ODC)" or "the Annual
//! Meeting of the Kestrian Port Council (KPC)" the body in the complement,
//! not the whole name, so the body is a mention of its own that the
//! acronym names: it exists as an entity, and a later "the ODC" is it, not
//! the agreement. So too where the name tagger cut the body's name at a
//! connector ("the Kestria Hotel and Tourist Association (KHTA)"): the
//! spelt name is one mention. Runs after the name tagger, which never sees
//! it. Only a genitive complement (`kg:genitivePreposition`, "of") names a
//! body: the topic after "on" or "for" ("the Regulation on Foreign Direct
//! Investment (FDI)") is no body, and the acronym stays with the whole
//! name; so too for a name in a complement without an organisation's head
//! word ("the Report of the Ocean Data Compact (ODC)").
//!
//! The spelling test is not graph/build.rs's `is_acronym_of` (initials
//! only): here a word may give several letters ("CARICOM"). It is a table
//! of words × letters, under [`MAX_ACRONYM_LETTERS`] and
//! [`MAX_WORDS_PER_LETTER`].

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{acronym_after, head_class, sort_in_text_order, MentionCand, MentionKind};
use super::view::DocView;
use crate::parse::ner::NameClass;

/// Letters one word may give an acronym beyond its initial ("CARICOM":
/// four of a word, three of the next).
const MAX_WORD_LETTERS: usize = 4;

/// The longest acronym read: a longer bracketed word spells no name here.
const MAX_ACRONYM_LETTERS: usize = 12;

/// The words (tokens) before the bracket a spelt name may start in, for
/// each letter of the acronym.
const MAX_WORDS_PER_LETTER: usize = 3;

/// Gives each acronym in brackets to the name its letters spell (see the
/// module). `cands` are the mentions after the name tagger.
pub fn acronyms_of_named_bodies(view: &DocView<'_>, lex: &Lexicon, cands: &mut Vec<MentionCand>) {
    let mut spelt: Vec<(SpeltName, String)> = Vec::new();
    for range in &view.sentences {
        for open in range.clone() {
            let Some(acronym) = acronym_after(view, open, range.end) else {
                continue;
            };
            let letters = letters_of(&acronym);
            if letters.len() > MAX_ACRONYM_LETTERS {
                continue;
            }
            if let Some(name) = spelt_name_before(view, lex, &letters, range.start, open) {
                spelt.push((name, acronym));
            } else if let Some(known) = known_name_spelt(view, lex, &letters, cands, open) {
                // A gazetteer name whose words (connectors and all) the
                // letters spell: "the Council of Regional Organisations in
                // the Pacific (CROP)".
                cands[known].acronym = Some(acronym);
            }
        }
    }
    if spelt.is_empty() {
        return;
    }
    let is_body = |class: &str| lex.name_class.get(class) == Some(&NameClass::Organization);
    let mut added = Vec::new();
    for (
        SpeltName {
            tokens: name,
            inner,
        },
        acronym,
    ) in spelt
    {
        let inside = |c: &MentionCand| name.start <= c.tokens.start && c.tokens.end <= name.end;
        let around = |c: &MentionCand| c.tokens.start <= name.start && name.end <= c.tokens.end;
        // A person or an office over part of the name, or any mention
        // running into it from outside, draws other edges: left as it is.
        let crossing = cands.iter().any(|c| {
            let overlaps = c.tokens.start < name.end && name.start < c.tokens.end;
            overlaps
                && !(inside(c) && (c.kind.is_name_like() || c.kind == MentionKind::Known)
                    || around(c))
        });
        if crossing {
            continue;
        }
        let exact = cands.iter().position(|c| c.tokens == name);
        // The body's class: the mention's over its words, or its head
        // word's. A name in a complement is a body only by its class; a
        // name that is the whole run is one by default.
        let class = match exact {
            Some(i) => Some(cands[i].class.clone()),
            None => head_class(view, lex, name.start, name.end),
        };
        let class = match class {
            Some(class) if !inner || is_body(&class) => class,
            None if !inner => lex.classes.organization.clone(),
            _ => continue,
        };
        // The names around it ("the Framework Agreement of the Ocean Data
        // Compact") keep their words and lose the acronym.
        for c in cands.iter_mut() {
            if around(c) && c.tokens != name && c.acronym.as_deref() == Some(acronym.as_str()) {
                c.acronym = None;
            }
        }
        if let Some(c) = exact.map(|i| &mut cands[i]) {
            // A gazetteer name keeps its identity, and the acronym its
            // letters spell is another name of it in this document.
            c.acronym = Some(acronym);
            continue;
        }
        // Pieces the tagger cut the name into ("Kestria Hotel", "Tourist
        // Association") give way to the name the acronym spells.
        cands.retain(|c| !(inside(c) && c.kind.is_name_like()));
        let label = view.span_text(name.start, name.end).to_owned();
        let mut cand = MentionCand::new(name, MentionKind::Name, class, label);
        cand.acronym = Some(acronym);
        added.push(cand);
    }
    cands.extend(added);
    sort_in_text_order(cands);
}

/// A name an acronym spells: its tokens, and whether it starts inside a
/// longer name (after its genitive connector).
struct SpeltName {
    tokens: Range<usize>,
    inner: bool,
}

/// The longest name ending right before the bracket at `open` whose words
/// spell `letters`: capitalised words and the connectors between them
/// (`kg:nameConnector`), starting at a capitalised word that opens the run
/// (after its determiners) or follows a genitive connector
/// (`kg:genitivePreposition`, then determiners). A name with a title's
/// words in it is none.
fn spelt_name_before(
    view: &DocView<'_>,
    lex: &Lexicon,
    letters: &[char],
    sentence: usize,
    open: usize,
) -> Option<SpeltName> {
    // A place phrase inside the spelt name ("… Bodies in the Pacific
    // (CRBP)") runs on before a determiner or a capitalised word.
    let connector = |k: usize| {
        lex.words.name_connectors.contains(view.low(k))
            || (lex.words.spelt_name_connectors.contains(view.low(k))
                && k + 1 < open
                && (lex.is_determiner(view.low(k + 1)) || view.is_capitalised(k + 1)))
    };
    let mut run = open;
    while run > sentence && (view.is_capitalised(run - 1) || connector(run - 1)) {
        run -= 1;
    }
    // Where a start at `s` stands: the run's start, after a genitive
    // connector, or neither. Determiners before it are skipped.
    let after = |s: usize| {
        let mut p = s;
        while p > run && lex.is_determiner(view.low(p - 1)) {
            p -= 1;
        }
        if p == run {
            Some(false)
        } else if lex.words.genitive_prepositions.contains(view.low(p - 1)) {
            Some(true)
        } else {
            None
        }
    };
    let first = run.max(open.saturating_sub(MAX_WORDS_PER_LETTER * letters.len()));
    // Every start's words run on to the bracket, so one table over the
    // longest run answers for each start.
    let spelling = Spelling::new(view, lex, letters, first..open);
    (first..open)
        .filter(|&s| view.is_capitalised(s) && !lex.is_determiner(view.low(s)))
        .find_map(|s| {
            let inner = after(s)?;
            spelling.spelt_from(s).then_some(SpeltName {
                tokens: s..open,
                inner,
            })
        })
        // "the Deputy Inspector General of Police (DIGP)": an office's
        // title the acronym spells is left to the offices' rules.
        .filter(|name| {
            name.tokens.clone().all(|k| {
                lex.person_titles
                    .longest_at(view, k, name.tokens.end)
                    .is_none()
                    && lex
                        .position_titles
                        .longest_at(view, k, name.tokens.end)
                        .is_none()
            })
        })
}

/// The gazetteer's mention (its index in `cands`) ending right before the
/// bracket at `open` whose words spell `letters`, determiners left out.
fn known_name_spelt(
    view: &DocView<'_>,
    lex: &Lexicon,
    letters: &[char],
    cands: &[MentionCand],
    open: usize,
) -> Option<usize> {
    cands.iter().position(|c| {
        c.kind == MentionKind::Known
            && c.tokens.end == open
            && c.tokens
                .clone()
                .find(|&k| !lex.is_determiner(view.low(k)))
                .is_some_and(|first| {
                    Spelling::new(view, lex, letters, c.tokens.clone()).spelt_from(first)
                })
    })
}

/// The letters of an acronym, lowercased ("U.S.A." gives "usa").
fn letters_of(acronym: &str) -> Vec<char> {
    acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which words of a run spell an acronym's letters from there to the
/// run's end: each capitalised word gives the acronym the first letters of
/// its own (at least one), and each word in lower case (a connector, "and")
/// gives its initial or nothing. Determiners give nothing.
struct Spelling {
    /// The run's words (tokens), in text order.
    words: Vec<usize>,
    /// For each word, whether the words from it on spell the letters.
    spelt: Vec<bool>,
}

impl Spelling {
    fn new(view: &DocView<'_>, lex: &Lexicon, letters: &[char], run: Range<usize>) -> Self {
        let (words, spellings): (Vec<usize>, Vec<(Vec<char>, bool)>) = run
            .filter(|&k| view.is_word(k) && !lex.is_determiner(view.low(k)))
            .map(|k| (k, (view.low(k).chars().collect(), view.is_capitalised(k))))
            .unzip();
        let spelt = spelling_suffixes(&spellings, letters);
        Spelling { words, spelt }
    }

    /// Whether the words from token `start` to the run's end spell the
    /// letters (false where `start` is none of the run's words).
    fn spelt_from(&self, start: usize) -> bool {
        self.words
            .binary_search(&start)
            .is_ok_and(|w| self.spelt[w])
    }
}

/// For each of `words`, whether the words from it on spell all of
/// `letters` (see [`Spelling`]): a table of whether the words from `w` on
/// spell the letters from `l` on, filled from the last word back (words ×
/// letters entries, each from at most [`MAX_WORD_LETTERS`] others).
fn spelling_suffixes(words: &[(Vec<char>, bool)], letters: &[char]) -> Vec<bool> {
    let width = letters.len() + 1;
    let mut table = vec![false; (words.len() + 1) * width];
    table[words.len() * width + letters.len()] = true;
    for (w, (word, capitalised)) in words.iter().enumerate().rev() {
        for l in 0..=letters.len() {
            let skipped = !capitalised && table[(w + 1) * width + l];
            let most = if *capitalised { MAX_WORD_LETTERS } else { 1 };
            let rest = &letters[l..];
            let shared = || {
                (1..=most.min(word.len()).min(rest.len()))
                    .take_while(|&n| word[n - 1] == rest[n - 1])
                    .any(|n| table[(w + 1) * width + l + n])
            };
            let spelt = skipped || shared();
            table[w * width + l] = spelt;
        }
    }
    (0..words.len()).map(|w| table[w * width]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[(&str, bool)]) -> Vec<(Vec<char>, bool)> {
        list.iter()
            .map(|(w, capitalised)| (w.chars().collect(), *capitalised))
            .collect()
    }

    #[test]
    fn each_start_is_read_from_one_table() {
        let letters: Vec<char> = "kcom".chars().collect();
        // "Kestrel Council of Marlow": K, CO, (of), M; from "Council" on
        // the words no longer give the initial K.
        let run = words(&[
            ("kestrel", true),
            ("council", true),
            ("of", false),
            ("marlow", true),
        ]);
        assert_eq!(
            spelling_suffixes(&run, &letters),
            [true, false, false, false]
        );
        let letters: Vec<char> = "com".chars().collect();
        assert_eq!(
            spelling_suffixes(&run, &letters),
            [false, true, false, false]
        );
    }
}
