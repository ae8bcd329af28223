//! Names the tagger bounds where English does not (after the name tagger,
//! so its model reads what it was trained on):
//!
//! * a recital opens with keywords in capitals ("WHEREAS Alberta and Yukon
//!   …", "NOW, THEREFORE, …"): they are no part of the name after them;
//! * a country's or place's possessive before a body's name ("Japan's Tanaka
//!   Heavy Industries", "Korea's Gyeonggi Province") says whose the body
//!   is: the name starts after the possessive mark;
//! * a document's name with a year or number inside it ("the Baltic 2030
//!   Action Plan"), which the tagger ends at the number and starts again
//!   at the document's head, is one name;
//! * a person's name runs back over a lowercase particle to the given name
//!   before it ("Rashid bin Hamad Al Tamimi"), where the tagger began after
//!   the particle.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{
    in_capitals, known_name_spans, retain_unmarked, sort_in_text_order, MentionCand, MentionKind,
};
use super::positions::{names_after_plural_title, plural_title_at};
use super::view::DocView;
use crate::parse::ner::NameClass;

/// Where a person's name starts when the tagger began it at a plural
/// office heading a list of names ("Ambassadors Ada Quist, Ivo Marsh and
/// Bo Lind met …"): a plural title is no word of a name, so the name
/// starts after it, where the names after the title make a list
/// ([`names_after_plural_title`]: two names at least); elsewhere at
/// `person.start`.
pub(crate) fn after_plural_title(
    view: &DocView<'_>,
    lex: &Lexicon,
    person: &Range<usize>,
    sentence: &Range<usize>,
) -> usize {
    let title_end = (person.start..person.end.saturating_sub(1)).find(|&k| {
        plural_title_at(view, lex, person.start, k).is_some_and(|(s, _)| s == person.start)
    });
    match title_end {
        Some(k) if !names_after_plural_title(view, lex, k + 1, sentence.end).is_empty() => k + 1,
        _ => person.start,
    }
}

/// The most lowercase particles between two parts of a person's name ("van
/// der").
const MAX_PARTICLES: usize = 2;

/// Where the keywords opening a recital end in the sentence `range`: the
/// words in capitals of `kg:recitalKeyword` ("WHEREAS", "NOW, THEREFORE,")
/// from the sentence's start, with the commas between them; the start
/// itself when the sentence opens with none.
pub(crate) fn recital_opening_end(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: &Range<usize>,
) -> usize {
    let mut end = range.start;
    let mut k = range.start;
    while k < range.end {
        if in_capitals(view.text(k)) && lex.words.recital_keywords.contains(view.low(k)) {
            k += 1;
            end = k;
        } else if k > range.start && view.is_punct(k, ",") {
            k += 1;
        } else {
            break;
        }
    }
    while end < range.end && view.is_punct(end, ",") {
        end += 1;
    }
    end
}

/// A tagged name without a recital's opening keywords before it (before
/// `opening_end`), which are no part of any name. `None` when nothing is
/// left.
pub(crate) fn without_openings(
    mut tokens: Range<usize>,
    opening_end: usize,
) -> Option<Range<usize>> {
    tokens.start = tokens.start.max(opening_end.min(tokens.end));
    (!tokens.is_empty()).then_some(tokens)
}

/// A body's or place's name the tagger read from a place's possessive on
/// ("Japan's Tanaka Heavy Industries"): the name starts after the
/// possessive mark, where the possessor is a place the gazetteer knows
/// (by exactly the words before the mark) and a capitalised word follows
/// it. People keep theirs to the person rules.
pub(crate) fn without_place_possessors(
    view: &DocView<'_>,
    lex: &Lexicon,
    tagged: &mut [(Range<usize>, NameClass)],
) {
    for (range, class) in tagged.iter_mut() {
        if *class == NameClass::Person {
            continue;
        }
        if let Some((mark, _)) = place_possessor(view, lex, range) {
            range.start = mark + 1;
        }
    }
}

/// A document's name with a year or number inside it ("the Baltic 2030
/// Action Plan"): the rules' name starts at the document's head words
/// ("Action Plan"), as a run of capitalised words ends at a number, while
/// the tagger reads the whole title. Where the tagger's name ends with the
/// rules' document name and runs back from it over a number to
/// capitalised words, the document's name starts where the tagger's does,
/// and the names the rules read inside those words (a place: "Baltic")
/// are words of the title. A person's name is never part of it.
pub(crate) fn documents_over_numbers(
    view: &DocView<'_>,
    lex: &Lexicon,
    tagged: &[(Range<usize>, NameClass)],
    cands: &mut Vec<MentionCand>,
) {
    let mut inside = Vec::new();
    for cand in cands.iter_mut() {
        if cand.kind != MentionKind::Name || !lex.document_classes.contains(&cand.class) {
            continue;
        }
        let start = cand.tokens.start;
        let Some((range, _)) = tagged.iter().find(|(range, class)| {
            *class != NameClass::Person
                && range.end == cand.tokens.end
                && range.start + 2 <= start
                && view.sentence_start(range.start) == view.sentence_start(start)
        }) else {
            continue;
        };
        let number = |k: usize| view.text(k).bytes().all(|b| b.is_ascii_digit());
        if !number(start - 1)
            || !view.is_capitalised(range.start)
            || !(range.start..start).all(|k| view.is_capitalised(k) || number(k))
        {
            continue;
        }
        inside.push(range.start..start);
        cand.tokens.start = range.start;
        cand.label = view.span_text(range.start, cand.tokens.end).to_owned();
    }
    if inside.is_empty() {
        return;
    }
    let person = &lex.classes.person;
    cands.retain(|c| {
        !inside
            .iter()
            .any(|r| r.start <= c.tokens.start && c.tokens.end <= r.end && c.class != *person)
    });
}

/// A document's title naming its parties joined by slashes before its
/// head ("the Canada/Prince Edward Island Agreement on Regional Economic
/// Development"), where the tagger ended a party's name at the slash and
/// began the document's after it: the slash, written with no space on
/// either side, joins the names into one title, as a hyphen does
/// ("the Kestria-Norland Accord"). The document's name starts where the
/// first party's does; the parties' names stay mentions of their own.
pub(crate) fn documents_over_slashed_parties(
    view: &DocView<'_>,
    lex: &Lexicon,
    tagged: &[(Range<usize>, NameClass)],
    cands: &mut [MentionCand],
) {
    let glued = |k: usize| {
        k >= 1
            && k + 1 < view.toks.len()
            && view.is_punct(k, "/")
            && view.toks[k - 1].end == view.toks[k].start
            && view.toks[k].end == view.toks[k + 1].start
    };
    for cand in cands.iter_mut() {
        if cand.kind != MentionKind::Name || !lex.document_classes.contains(&cand.class) {
            continue;
        }
        let mut start = cand.tokens.start;
        while start >= 2 && glued(start - 1) {
            let Some((party, _)) = tagged.iter().find(|(range, class)| {
                *class != NameClass::Person
                    && range.end + 1 == start
                    && view.sentence_start(range.start) == view.sentence_start(start)
                    && (range.start..range.end).all(|k| view.is_capitalised(k))
            }) else {
                break;
            };
            start = party.start;
        }
        if start < cand.tokens.start {
            cand.tokens.start = start;
            cand.label = view.span_text(start, cand.tokens.end).to_owned();
        }
    }
}

/// The possessive mark in the name `tokens` after a place's name
/// ("Japan's Tanaka Heavy Industries"), with the gazetteer's place: the
/// first possessive after the name's first word, a capitalised word after
/// it, and the words before it exactly a place the gazetteer knows.
fn place_possessor(
    view: &DocView<'_>,
    lex: &Lexicon,
    tokens: &Range<usize>,
) -> Option<(usize, usize)> {
    let mark = (tokens.start + 1..tokens.end).find(|&k| lex.is_possessive(view, k))?;
    if mark + 1 >= tokens.end || !view.is_capitalised(mark + 1) {
        return None;
    }
    known_place_individual(view, lex, tokens.start..mark).map(|place| (mark, place))
}

/// The gazetteer's place named by exactly the words `tokens` ("Japan",
/// "South Korea").
fn known_place_individual(
    view: &DocView<'_>,
    lex: &Lexicon,
    tokens: Range<usize>,
) -> Option<usize> {
    if tokens.is_empty() || !view.is_capitalised(tokens.start) {
        return None;
    }
    let surface = view.span_text(tokens.start, tokens.end).to_lowercase();
    let &id = lex.surface_ids.get(&surface)?;
    lex.surfaces[id]
        .1
        .iter()
        .map(|sense| sense.individual)
        .find(|&i| lex.name_class.get(&lex.individuals[i].class) == Some(&NameClass::Place))
}

/// The most words of an office's portfolio between its title and the
/// holder's name ("Minister of Energy and Water").
const MAX_PORTFOLIO: usize = 6;

/// Whether a person title or an office ends right before token `k`
/// ("Minister of Energy Rashid", "Sheikh Rashid"): a title of
/// `kg:personTitle` or `kg:positionTitle` begins at most
/// [`MAX_PORTFOLIO`] words back, with only capitalised words and name
/// connectors ("of", "and") after it up to `k`.
fn office_ends_before(view: &DocView<'_>, lex: &Lexicon, k: usize) -> bool {
    let first = view.sentence_start(k);
    let connector = |t: usize| lex.words.name_connectors.contains(view.low(t));
    let mut s = k;
    while s > first && k - s <= MAX_PORTFOLIO {
        s -= 1;
        if !view.is_capitalised(s) {
            if connector(s) {
                continue;
            }
            return false;
        }
        let len = lex
            .person_titles
            .longest_at(view, s, k)
            .map(|(len, _)| len)
            .or_else(|| {
                lex.position_titles
                    .longest_at(view, s, k)
                    .map(|(len, _)| len)
            });
        if let Some(len) = len {
            // The words after the title are capitalised or connectors (the
            // walk back saw them); a portfolio opens with a connector.
            if s + len == k || connector(s + len) {
                return true;
            }
        }
    }
    false
}

/// Whether token `k` may be a given name before a person's particle: a
/// known given name, or, right after an office or a title ("Minister of
/// Energy Rashid bin Hamad"), a capitalised word of letters that no rule
/// reads as anything else (a title, an office, a name's head, a common
/// word, a verb, a known name). After a particle that is also an English
/// word (`kg:commonWord`: "do", "ten"), only a known given name.
fn given_name_word(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    k: usize,
    english_particle: bool,
) -> bool {
    let low = view.low(k);
    let text = view.text(k);
    if !view.is_capitalised(k) || !text.chars().all(char::is_alphabetic) || in_capitals(text) {
        return false;
    }
    if lex.given_names.contains(text) {
        return true;
    }
    !english_particle
        && office_ends_before(view, lex, k)
        && !lex.common_words.contains(low)
        && !lex.name_heads.contains_key(low)
        && !lex.verb_forms.contains_key(low)
        && !lex.stop_names.contains(text)
        && lex.position_titles.longest_at(view, k, k + 1).is_none()
        && lex.person_titles.longest_at(view, k, k + 1).is_none()
        && !cands.iter().any(|c| {
            c.tokens.contains(&k)
                && match c.kind {
                    MentionKind::Known | MentionKind::Demonym => true,
                    // A name the tagger ran on into the given name ("Energy
                    // Rashid" after "Minister of") gives it up.
                    MentionKind::Name => c.tokens.start == k || c.tokens.end != k + 1,
                    _ => false,
                }
        })
}

/// A person's name the tagger began after a lowercase particle
/// (`kg:nameParticle`: "bin", "ibn", "van der") starts at the given name
/// before the particle: "Rashid bin Hamad Al Tamimi", also over several
/// ("Ali bin Omar bin Saad Al Harthy").
pub(crate) fn people_with_particle_given_names(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let is_person =
        |c: &MentionCand| c.kind == MentionKind::Person || c.class == lex.classes.person;
    let mut moved = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if !is_person(c) {
            continue;
        }
        let first = view.sentence_start(c.tokens.start);
        let particle =
            |k: usize| !view.is_capitalised(k) && lex.name_particles.contains(view.low(k));
        let mut start = c.tokens.start;
        loop {
            let mut p = start;
            while p > first && start - p < MAX_PARTICLES && particle(p - 1) {
                p -= 1;
            }
            // A name another rule opened with its particle ("bin Omar …")
            // also goes back to the given name.
            let opens_with_particle = p == c.tokens.start && particle(c.tokens.start);
            if (p == start && !opens_with_particle)
                || p == first
                || !given_name_word(
                    view,
                    lex,
                    cands,
                    p - 1,
                    (p..start.max(p + 1)).any(|t| lex.common_words.contains(view.low(t))),
                )
            {
                break;
            }
            start = p - 1;
        }
        if start < c.tokens.start {
            moved.push((i, start));
        }
    }
    if moved.is_empty() {
        return;
    }
    let mut dropped = vec![false; cands.len()];
    for &(i, start) in &moved {
        let person = start..cands[i].tokens.start;
        // A capitalised run the rules left unread ("Trade Rashid") ends
        // where the person's name now starts.
        for (j, o) in cands.iter_mut().enumerate() {
            if j == i || !(o.tokens.start < person.end && person.start < o.tokens.end) {
                continue;
            }
            if o.tokens.start < person.start {
                o.tokens.end = person.start;
                o.label = view.span_text(o.tokens.start, o.tokens.end).to_owned();
            } else {
                dropped[j] = true;
            }
        }
    }
    for (i, start) in moved {
        let c = &mut cands[i];
        c.tokens.start = start;
        c.label = view.span_text(start, c.tokens.end).to_owned();
    }
    retain_unmarked(cands, &dropped);
    sort_in_text_order(cands);
}

/// The rules' names cut as [`without_openings`] and
/// [`without_place_possessors`] cut the tagger's: a capitalised run from a
/// recital's keyword ("WHEREAS Alberta"), and a body's name from a place's
/// possessive on ("Japan's
/// Tanaka Heavy Industries", where the place is a mention of its own). A
/// name left with the words of a known name only is that name.
pub(crate) fn rule_names_without_openings(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let known = known_name_spans(cands);
    let mut changed = false;
    let mut owners = Vec::new();
    let mut dropped = vec![false; cands.len()];
    for (i, c) in cands.iter_mut().enumerate() {
        if !matches!(
            c.kind,
            MentionKind::Name | MentionKind::Person | MentionKind::Unclassified
        ) || lex.document_classes.contains(&c.class)
        {
            continue;
        }
        let range = &view.sentences[view.toks[c.tokens.start].sentence];
        let opening_end = recital_opening_end(view, lex, range);
        let mut tokens = match without_openings(c.tokens.clone(), opening_end) {
            Some(tokens) => tokens,
            None => {
                dropped[i] = true;
                continue;
            }
        };
        if c.kind != MentionKind::Person && c.class != lex.classes.person {
            if let Some((mark, place)) = place_possessor(view, lex, &tokens) {
                let possessor = tokens.start..mark;
                tokens.start = mark + 1;
                // The possessor stays a mention of the place.
                if !known.contains(&possessor) {
                    let mut owner = MentionCand::new(
                        possessor.clone(),
                        MentionKind::Known,
                        lex.individuals[place].class.clone(),
                        view.span_text(possessor.start, possessor.end).to_owned(),
                    );
                    owner.individual = Some(place);
                    owners.push(owner);
                }
            }
        }
        if tokens == c.tokens {
            continue;
        }
        changed = true;
        if known.contains(&tokens) {
            dropped[i] = true;
            continue;
        }
        c.label = view.span_text(tokens.start, tokens.end).to_owned();
        c.tokens = tokens;
    }
    if !changed && !dropped.contains(&true) {
        return;
    }
    retain_unmarked(cands, &dropped);
    cands.extend(owners);
    sort_in_text_order(cands);
}
