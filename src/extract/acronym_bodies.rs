//! An acronym in brackets names the name its letters spell: in "the
//! Framework Agreement of the Ocean Data Compact (ODC)" or "the Annual
//! Meeting of the Kestrian Port Council (KPC)" the body in the complement,
//! not the whole name, so the body is a mention of its own that the
//! acronym names: it exists as an entity, and a later "the ODC" is it, not
//! the agreement. So too where the name tagger cut the body's name at a
//! connector ("the Kestria Hotel and Tourist Association (KHTA)"): the
//! spelt name is one mention. Runs after the name tagger, which never sees
//! it.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{head_class, sort_in_text_order, MentionCand, MentionKind};
use super::view::DocView;

/// Letters one word may give an acronym beyond its initial ("CARICOM":
/// four of a word, three of the next).
const MAX_WORD_LETTERS: usize = 4;

/// Gives each acronym in brackets to the name its letters spell (see the
/// module). `cands` are the mentions after the name tagger.
pub fn acronyms_of_named_bodies(view: &DocView<'_>, lex: &Lexicon, cands: &mut Vec<MentionCand>) {
    let mut spelt: Vec<(Range<usize>, String)> = Vec::new();
    for range in &view.sentences {
        for open in range.clone() {
            let Some(acronym) = view.bracketed_token(open, range.end) else {
                continue;
            };
            let letters = letters_of(acronym);
            if letters.len() < 2 || acronym.chars().filter(|c| c.is_uppercase()).count() < 2 {
                continue;
            }
            if let Some(name) = spelt_name_before(view, lex, &letters, range.start, open) {
                spelt.push((name, acronym.to_owned()));
            }
        }
    }
    if spelt.is_empty() {
        return;
    }
    let name_like = |c: &MentionCand| {
        matches!(
            c.kind,
            MentionKind::Name | MentionKind::Unclassified | MentionKind::Surname
        )
    };
    let mut added = Vec::new();
    for (name, acronym) in spelt {
        let inside = |c: &MentionCand| name.start <= c.tokens.start && c.tokens.end <= name.end;
        let around = |c: &MentionCand| c.tokens.start <= name.start && name.end <= c.tokens.end;
        // A person or an office over part of the name, or any mention
        // running into it from outside, draws other edges: left as it is.
        let crossing = cands.iter().any(|c| {
            let overlaps = c.tokens.start < name.end && name.start < c.tokens.end;
            overlaps && !(inside(c) && (name_like(c) || c.kind == MentionKind::Known) || around(c))
        });
        if crossing {
            continue;
        }
        // The names around it ("the Framework Agreement of the Ocean Data
        // Compact") keep their words and lose the acronym.
        for c in cands.iter_mut() {
            if around(c) && c.tokens != name && c.acronym.as_deref() == Some(acronym.as_str()) {
                c.acronym = None;
            }
        }
        if let Some(c) = cands.iter_mut().find(|c| c.tokens == name) {
            // A gazetteer name keeps its identity and its own short forms.
            if c.kind != MentionKind::Known {
                c.acronym = Some(acronym);
            }
            continue;
        }
        // Pieces the tagger cut the name into ("Kestria Hotel", "Tourist
        // Association") give way to the name the acronym spells.
        cands.retain(|c| !(inside(c) && name_like(c)));
        let class = head_class(view, lex, name.start, name.end)
            .unwrap_or_else(|| lex.classes.organization.clone());
        let label = view.span_text(name.start, name.end).to_owned();
        let mut cand = MentionCand::new(name, MentionKind::Name, class, label);
        cand.acronym = Some(acronym);
        added.push(cand);
    }
    cands.extend(added);
    sort_in_text_order(cands);
}

/// The longest name ending right before the bracket at `open` whose words
/// spell `letters`: capitalised words and the connectors between them
/// (`kg:nameConnector`), starting at a capitalised word that opens the run
/// or follows a connector. A name with a title's words in it is none.
fn spelt_name_before(
    view: &DocView<'_>,
    lex: &Lexicon,
    letters: &[char],
    sentence: usize,
    open: usize,
) -> Option<Range<usize>> {
    let connector = |k: usize| lex.words.name_connectors.contains(view.low(k));
    let mut run = open;
    while run > sentence && (view.is_capitalised(run - 1) || connector(run - 1)) {
        run -= 1;
    }
    (run..open)
        .filter(|&s| {
            view.is_capitalised(s)
                && !lex.is_determiner(view.low(s))
                && (s == run || connector(s - 1))
        })
        .find(|&s| spells(view, lex, letters, s..open))
        .map(|s| s..open)
        // "the Deputy Inspector General of Police (DIGP)": an office's
        // title the acronym spells is left to the offices' rules.
        .filter(|name| {
            name.clone().all(|k| {
                lex.person_titles.longest_at(view, k, name.end).is_none()
                    && lex.position_titles.longest_at(view, k, name.end).is_none()
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

/// Whether `letters` spell the name over `tokens`: each capitalised word
/// gives the acronym the first letters of its own (at least one), and each
/// word in lower case (a connector, "and") gives its initial or nothing.
fn spells(view: &DocView<'_>, lex: &Lexicon, letters: &[char], tokens: Range<usize>) -> bool {
    let words: Vec<(Vec<char>, bool)> = tokens
        .filter(|&k| view.is_word(k) && !lex.is_determiner(view.low(k)))
        .map(|k| (view.low(k).chars().collect(), view.is_capitalised(k)))
        .collect();
    spelt_from(&words, letters)
}

/// Whether `letters` are spelt by `words` (see [`spells`]), by trying every
/// share of letters for the first word.
fn spelt_from(words: &[(Vec<char>, bool)], letters: &[char]) -> bool {
    let Some(((word, capitalised), rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if !capitalised && spelt_from(rest, letters) {
        return true;
    }
    let most = if *capitalised { MAX_WORD_LETTERS } else { 1 };
    (1..=most.min(word.len()).min(letters.len()))
        .take_while(|&n| word[n - 1] == letters[n - 1])
        .any(|n| spelt_from(rest, &letters[n..]))
}
