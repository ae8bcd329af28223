//! Positions: the offices people hold, read as whole title phrases.
//!
//! An office is written around one of the ontology's `kg:positionTitle`
//! words (its head): capitalised modifiers before it ("Deputy Foreign
//! Minister", "Education and Science Minister"), a capitalised complement
//! after it introduced by a preposition ("Minister for Trade, Tourism and
//! Investment", "Ambassador to the United States", "Under Secretary of State
//! for Political Affairs"). The phrase is one position; the capitalised
//! words of its complement are the office's portfolio, not organisations of
//! their own, so the mention rules' names inside a complement are dropped
//! (gazetteer names stay: they say whose office it is, "President of Kestria").
//! A place, organisation or demonym leading the phrase ("Kestrian Foreign
//! Minister") is kept in the position's label and left out of a second one.
//!
//! Where the phrase ends, a person's name may start ("Minister for Trade Ada
//! Quist"); a given name followed by capitalised words starts one even when
//! no other rule found it, and so do initials written with full stops ("…
//! of the Kyrgyz Republic E.Tolvaev", glued to the surname or not). Which person holds the position is read in
//! [`super::relations`] (title before the name, apposition, "X is …").
//!
//! Nothing here is an English word: the heads come from the ontology, the
//! rest is capitalisation and the mention rules' findings.

use std::ops::Range;

use super::lexicon::{singular_forms, Lexicon};
use super::mentions::{
    head_class, hyphenated_particle_surname, in_capitals, is_shouted, sort_in_text_order,
    FamilyNames, MentionCand, MentionKind,
};
use super::names::is_given_name_with_diacritics;
use super::view::{is_dash, DocView};
use crate::parse::ner::NameClass;
use crate::text::meta::title_case;

/// The longest phrase read (tokens); also bounds every walk.
const MAX_PHRASE: usize = 24;
/// Capitalised modifiers read before a head.
const MAX_MODIFIERS: usize = 6;
/// Words of a person's name found after a position from its given name.
const MAX_NAME_WORDS: usize = 4;

/// What covers a token, as the position reader needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    Free,
    /// A person's name.
    Person,
    /// A gazetteer name or demonym (a name that may say whose office it is).
    Known,
    /// The first token of a name another rule or the name tagger found.
    NameStart,
    /// A later token of such a name.
    Name,
}

impl Cover {
    /// A place's or organisation's name.
    pub fn is_entity(self) -> bool {
        matches!(self, Cover::Known | Cover::NameStart | Cover::Name)
    }
}

/// One position phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionPhrase {
    /// The whole phrase.
    pub tokens: Range<usize>,
    /// The phrase without the names leading it ("Foreign Minister" of
    /// "Kestrian Foreign Minister"); equal to `tokens` when none do.
    pub bare: Range<usize>,
    /// The head word(s) from the ontology.
    pub head: Range<usize>,
}

impl PositionPhrase {
    /// The label: the phrase as written, on one line (in title case when it
    /// is written in capitals, as a transcript's speaker label may be).
    pub fn label(&self, view: &DocView<'_>, lex: &Lexicon) -> String {
        one_line(view.span_text(self.tokens.start, self.tokens.end), lex)
    }

    /// The label without leading names, when it differs.
    pub fn bare_label(&self, view: &DocView<'_>, lex: &Lexicon) -> Option<String> {
        (self.bare != self.tokens)
            .then(|| one_line(view.span_text(self.bare.start, self.bare.end), lex))
    }
}

/// The phrase on one line; a phrase in capitals ("MINISTER FOR TRADE") in
/// title case with its connectors in lower case ("Minister for Trade").
fn one_line(text: &str, lex: &Lexicon) -> String {
    if !is_shouted(text) {
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    text.split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && lex.words.name_connectors.contains(&lower) {
                lower
            } else {
                title_case(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The position phrases of one sentence (`range`), given what covers each
/// token of the sentence (`cover[t - range.start]`).
pub fn position_phrases(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let head_len = match lex.position_titles.longest_at(view, k, range.end) {
            Some((len, _)) if view.is_capitalised(k) && at(k) != Cover::Person => len,
            _ => {
                k += 1;
                continue;
            }
        };
        let mut head = k..k + head_len;
        // "Assistant Secretary General": two titles sharing a word
        // ("Assistant Secretary", "Secretary General") are one head, not an
        // office and a second one made of the last word ("General").
        while let Some((len, _)) = lex
            .position_titles
            .longest_at(view, head.end - 1, range.end)
        {
            if len < 2 || !view.is_capitalised(head.end) {
                break;
            }
            head.end += len - 1;
        }
        let head_len = head.len();
        // "Chief Ada Quist of the Kestrel Lake Nation": a rank word standing
        // alone as an office's head is one only before its holder's given
        // name; before another word it ranks that word's office ("Chief
        // Negotiator", "Chief Minister").
        let lone_rank = head_len == 1 && lex.words.office_ranks.contains(view.low(k));
        if lone_rank && !(head.end < range.end && is_given_name(view, lex, head.end)) {
            k = head.end;
            continue;
        }
        // A head inside a name ("Office of the Trade Representative") is
        // part of that name; a tagged name starting with a head is an office,
        // and so is one ending inside a head ("Deputy Press" of "Deputy Press
        // Secretary": the title's words run on past the name).
        let name_ends_inside = || {
            let mut e = k;
            while e < range.end && at(e) == Cover::Name {
                e += 1;
            }
            e < head.end
        };
        // A tagged name whose words before the head are a known name or
        // demonym ("French Minister for Europe" tagged as one place) is
        // an office that place leads, not a name holding a head.
        let led_by_known = || {
            let mut s = k;
            while s > range.start && at(s - 1) == Cover::Name {
                s -= 1;
            }
            if s == range.start || at(s - 1) != Cover::Known {
                return false;
            }
            // The known name opens the tagged one ("Office of the Kestria
            // Trade Representative" is a name).
            while s > range.start && at(s - 1) == Cover::Known {
                s -= 1;
            }
            s == range.start || !matches!(at(s - 1), Cover::Name | Cover::NameStart)
        };
        // A tagged name whose capitalised modifiers lead to the head, and
        // which ends there or goes on with the head's complement, is an
        // office ("Federal Interlocutor for Northern Affairs"); a name with
        // a head of names before ("Office of …", "… Agency Director") is not.
        let office_named = || {
            let mut s = k;
            while s > range.start && at(s - 1) == Cover::Name {
                s -= 1;
            }
            if s == range.start || at(s - 1) != Cover::NameStart {
                return false;
            }
            s -= 1;
            let modifiers =
                (s..k).all(|t| view.is_capitalised(t) && !lex.name_heads.contains_key(view.low(t)));
            let after = head.end;
            let ends = after >= range.end
                || at(after) != Cover::Name
                || lex.position_prepositions.contains(view.low(after))
                || connects(view, lex, after, range.end).is_some();
            modifiers && ends
        };
        if at(k) == Cover::Known
            || (at(k) == Cover::Name && !name_ends_inside() && !led_by_known() && !office_named())
        {
            k = head.end;
            continue;
        }
        let floor = out
            .last()
            .map_or(range.start, |p: &PositionPhrase| p.tokens.end);
        let mut start = modifiers_start(view, lex, floor, head.start, &at);
        // "Deputy to the Special Envoy": an office serving the one named.
        if let Some(serving) = serving_office_start(view, lex, floor, start, &at) {
            start = modifiers_start(view, lex, floor, serving, &at);
        }
        let end = complement_end(view, lex, range.end, head.end, &at);
        if end == head.end && needs_complement(view, lex, &head) {
            k = head.end;
            continue;
        }
        // "Minister for Women Senator the Hon Ada Quist": a bare title
        // right after another office and before an article and another
        // style is the holder's style, not an office ("Prime Minister the
        // Hon Ada Quist" alone is the office).
        let styled = start == head.start
            && end == head.end
            && out
                .last()
                .is_some_and(|p: &PositionPhrase| p.tokens.end == start)
            && end < range.end
            && lex.words.definite_articles.contains(view.low(end))
            && after_titles(view, lex, end, range.end).is_some();
        if styled {
            k = head.end;
            continue;
        }
        // "CARICOM Secretary General": an acronym no rule found, leading
        // an office whose title is not written in capitals, names the body
        // or place whose office it is, as a known name does.
        let head_in_capitals = is_shouted(view.span_text(head.start, head.end));
        let mut bare = start;
        while bare < head.start
            && (at(bare).is_entity()
                || !view.is_capitalised(bare)
                || (!head_in_capitals && at(bare) == Cover::Free && in_capitals(view.text(bare))))
        {
            bare += 1;
        }
        out.push(PositionPhrase {
            tokens: start..end,
            bare: bare..end,
            head,
        });
        k = end;
    }
    out
}

/// Whether an office phrase says more than its title: a place or body
/// leads it ("Kestrian Foreign Minister") or a complement follows its head
/// ("Minister of Trade"). Before a name, after another office and a
/// comma, such a phrase is a second office, not a rank ("Ambassador").
pub fn office_beyond_its_title(p: &PositionPhrase) -> bool {
    p.bare != p.tokens || p.tokens.end > p.head.end
}

/// Whether an office's head names an office only with its complement
/// (`kg:complementedOffice`: "Member of the Council", not "Member States").
fn needs_complement(view: &DocView<'_>, lex: &Lexicon, head: &Range<usize>) -> bool {
    head.len() == 1
        && lex
            .words
            .complemented_offices
            .contains(view.low(head.start))
}

/// Words of an office written before its plural head ("Prime" of "Prime
/// Ministers").
const MAX_PLURAL_MODIFIERS: usize = 2;
/// Capitalised words of one name in a list after a plural title.
const MAX_LISTED_NAME_WORDS: usize = 4;

/// An office's head written in the plural ending at token `k` ("Prime
/// Ministers", "Secretaries"): the first token of the title and the office
/// in the singular as written ("Prime Minister"). The singular is the head
/// without its regular plural ending, an office of the ontology's
/// (`kg:positionTitle`).
pub fn plural_title_at(
    view: &DocView<'_>,
    lex: &Lexicon,
    floor: usize,
    k: usize,
) -> Option<(usize, String)> {
    let text = view.text(k);
    if !view.is_capitalised(k) || text.chars().count() < 4 {
        return None;
    }
    for singular in singular_forms(text) {
        let low = singular.to_lowercase();
        for before in (0..=MAX_PLURAL_MODIFIERS.min(k - floor)).rev() {
            let start = k - before;
            if !(start..k).all(|t| view.is_capitalised(t)) {
                continue;
            }
            let mut words: Vec<&str> = (start..k).map(|t| view.low(t)).collect();
            words.push(&low);
            if lex.position_titles.get(&words.join(" ")).is_some() {
                let mut label: Vec<&str> = (start..k).map(|t| view.text(t)).collect();
                label.push(&singular);
                return Some((start, label.join(" ")));
            }
        }
    }
    None
}

/// The names listed after a plural title ending before token `k`
/// ("Ministers Ada Quist and Ivo Marsh"): capitalised runs of at most four
/// words, set apart by commas and a last "and", two names at least, the
/// list ending in a lowercase word or punctuation.
pub fn names_after_plural_title(
    view: &DocView<'_>,
    lex: &Lexicon,
    k: usize,
    limit: usize,
) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    let mut n = k;
    loop {
        let start = n;
        while n < limit && n - start < MAX_LISTED_NAME_WORDS && view.is_capitalised(n) {
            n += 1;
        }
        if n == start || (n < limit && view.is_capitalised(n)) {
            return Vec::new();
        }
        names.push(start..n);
        if n >= limit {
            break;
        }
        if view.is_punct(n, ",") && n + 1 < limit && view.is_capitalised(n + 1) {
            n += 1;
            continue;
        }
        let mut j = n;
        if view.is_punct(j, ",") {
            j += 1;
        }
        if j < limit && lex.words.conjunctions.contains(view.low(j)) {
            n = j + 1;
            let last = n;
            while n < limit && n - last < MAX_LISTED_NAME_WORDS && view.is_capitalised(n) {
                n += 1;
            }
            if n == last || (n < limit && view.is_capitalised(n)) {
                return Vec::new();
            }
            names.push(last..n);
        }
        break;
    }
    if names.len() < 2 {
        return Vec::new();
    }
    names
}

/// Whether token `k` ends an apposition in a sentence ending at `end`:
/// the sentence's end, a comma, a closing bracket, a full stop or a
/// semicolon.
fn closes_apposition(view: &DocView<'_>, k: usize, end: usize) -> bool {
    k == end || [",", ")", ".", ";"].iter().any(|p| view.is_punct(k, p))
}

/// Lowercase words read before a lowercase office in apposition.
const MAX_LOWER_MODIFIERS: usize = 3;

/// Offices written in lowercase in an apposition after their owner
/// ("Ada Quist, Kestria's vice president, said", "…, the Commission's
/// executive vice president.", "Ada Quist, Kestria's minister of
/// fisheries,", "Ada Quist, U.S. secretary of energy,"): an office's head
/// from the ontology, matched in any case, with the lowercase words before
/// it and a lowercase complement after it ([`lowercase_complement_end`]);
/// after a possessive mark that follows a name the rules found, or right
/// after a known place or its demonym (kept in the phrase, left out of its
/// bare form, as a capitalised office keeps it); that name set off by a
/// comma (perhaps with an article) and the office closing the apposition
/// (a comma, a closing bracket or the sentence's end). A lowercase noun
/// phrase without an office's head is no office.
pub fn appositive_lowercase_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let Some((len, _)) = lex.position_titles.longest_at(view, k, range.end) else {
            k += 1;
            continue;
        };
        let head = k..k + len;
        k = head.end;
        if head
            .clone()
            .any(|t| view.is_capitalised(t) || at(t) != Cover::Free)
        {
            continue;
        }
        let end = lowercase_complement_end(view, lex, head.end, range.end);
        if end == head.end && needs_complement(view, lex, &head) {
            continue;
        }
        if !closes_apposition(view, end, range.end) {
            continue;
        }
        let start = lowercase_modifiers_start(view, lex, range.start, head.start, &at);
        if start < range.start + 3 {
            continue;
        }
        // The possessive and its name, or a known name leading the office.
        let possessive = lex.is_possessive(view, start - 1);
        let mut o = if possessive { start - 1 } else { start };
        let owned = |t: usize| {
            if possessive {
                at(t).is_entity()
            } else {
                at(t) == Cover::Known
            }
        };
        let name_end = o;
        while o > range.start && owned(o - 1) {
            o -= 1;
        }
        if o == name_end {
            continue;
        }
        let leading = o;
        if o > range.start && lex.words.definite_articles.contains(view.low(o - 1)) {
            o -= 1;
        }
        if o > range.start && view.is_punct(o - 1, ",") {
            out.push(PositionPhrase {
                tokens: if possessive { start } else { leading }..end,
                bare: start..end,
                head,
            });
            k = end;
        }
    }
    out
}

/// Words of a body's name read after an appositive office's head.
const MAX_APPOSED_BODY_WORDS: usize = 16;

/// Offices named by a lowercase noun that is an office only in an
/// apposition after a person's name (`kg:appositiveOfficeHead`): "Ada
/// Quist, the head of the Kestria Water Agency, said", "Ivo Marsh, head of
/// the Asia and Pacific Branch of Norland's Trade Office, and …". The noun
/// (perhaps after a definite article) follows a person's name and a comma;
/// a genitive preposition, perhaps an article, and a capitalised body's
/// name follow it (its capitalised words, name connectors and possessive
/// marks), up to the apposition's end (a comma, a closing bracket or the
/// sentence's end). The office is the noun with its complement, whatever
/// the name tagger made of the body's name ("and" inside it), where the
/// body's name starts with a name found before (a gazetteer name, or one
/// another rule or the name tagger found) and holds no second body ("and
/// the").
pub fn appositive_head_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    for k in range.clone() {
        if !lex.words.appositive_office_heads.contains(view.low(k))
            || view.is_capitalised(k)
            || at(k) != Cover::Free
        {
            continue;
        }
        let mut o = k;
        if o > range.start && lex.words.definite_articles.contains(view.low(o - 1)) {
            o -= 1;
        }
        let apposed =
            o >= range.start + 2 && view.is_punct(o - 1, ",") && at(o - 2) == Cover::Person;
        if !apposed
            || k + 1 >= range.end
            || !lex.words.genitive_prepositions.contains(view.low(k + 1))
        {
            continue;
        }
        let mut n = k + 2;
        if n < range.end && lex.words.definite_articles.contains(view.low(n)) {
            n += 1;
        }
        let first = n;
        let mut last_capital = None;
        while n < range.end && n - first < MAX_APPOSED_BODY_WORDS {
            if at(n) == Cover::Person {
                break;
            }
            // "the A Agency and the B Authority" heads two bodies: no one
            // office names both.
            if lex.words.conjunctions.contains(view.low(n))
                && n + 1 < range.end
                && lex.words.definite_articles.contains(view.low(n + 1))
            {
                break;
            }
            if view.is_capitalised(n) {
                last_capital = Some(n);
            } else if !(lex.words.name_connectors.contains(view.low(n))
                || lex.is_possessive(view, n))
            {
                break;
            }
            n += 1;
        }
        let closes = closes_apposition(view, n, range.end);
        // The body's name must start with one a rule or the name tagger
        // found; checked after the run's end, so that an empty run at the
        // text's end reads no token.
        if !closes || last_capital != Some(n - 1) || !at(first).is_entity() {
            continue;
        }
        out.push(PositionPhrase {
            tokens: k..n,
            bare: k..n,
            head: k..k + 1,
        });
    }
    out
}

/// Offices written in lowercase before their holder's name, led by a known
/// place or its demonym ("Kestrian first deputy prime minister and
/// minister of economy Ada Quist", "the Kestrian trade minister Ada
/// Quist"): each office an office's head with its lowercase modifiers and
/// complement, offices joined by "and" or a comma, the last right before a
/// person's name (perhaps after honorifics). The first office keeps the
/// place in its phrase, as a capitalised office does; the offices after it
/// share the holder the way coordinated capitalised offices do.
pub fn prenominal_lowercase_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        if at(k) != Cover::Known || (k > range.start && at(k - 1) == Cover::Known) {
            k += 1;
            continue;
        }
        let mut s = k;
        while s < range.end && at(s) == Cover::Known {
            s += 1;
        }
        let mut offices: Vec<(usize, Range<usize>, usize)> = Vec::new();
        while let Some((start, head)) = lowercase_office_at(view, lex, s, range.end, &at) {
            let end = lowercase_complement_end(view, lex, head.end, range.end);
            if end == head.end && needs_complement(view, lex, &head) {
                break;
            }
            offices.push((start, head, end));
            if end + 1 < range.end && (lex.is_joiner(view, end) || view.is_punct(end, ",")) {
                s = end + 1;
                continue;
            }
            break;
        }
        let held = offices.last().is_some_and(|&(_, _, end)| {
            let named = after_titles(view, lex, end, range.end).unwrap_or(end);
            named < range.end && at(named) == Cover::Person
        });
        if !held {
            k = s.max(k + 1);
            continue;
        }
        // Offices coordinated by a comma end with "and" before the last.
        let (_, _, last_end) = offices[offices.len() - 1].clone();
        for (i, (start, head, end)) in offices.into_iter().enumerate() {
            out.push(PositionPhrase {
                tokens: if i == 0 { k } else { start }..end,
                bare: start..end,
                head,
            });
        }
        k = last_end;
    }
    out
}

/// Offices written in lowercase after a definite article, with a
/// capitalised complement, right before their holder's name ("the prime
/// minister of Kestria Ms. Ada Quist", "a delegation led by the president
/// of the Kestria Trade Assembly Ivo Marsh"): the article makes the noun
/// phrase one office, the name closing it is its holder. The office is an
/// office's head with its lowercase modifiers and the complement a
/// capitalised office's complement reads ([`complement_end`]); the name
/// follows it at once, perhaps after honorifics. The article is left out
/// of the phrase.
pub fn definite_lowercase_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    let mut k = range.start;
    while k + 1 < range.end {
        let article = lex.words.definite_articles.contains(view.low(k)) && at(k) == Cover::Free;
        let Some((start, head)) = article
            .then(|| lowercase_office_at(view, lex, k + 1, range.end, &at))
            .flatten()
        else {
            k += 1;
            continue;
        };
        let end = complement_end(view, lex, range.end, head.end, &at);
        let capitalised = end > head.end && view.is_capitalised(end - 1);
        let named = after_titles(view, lex, end, range.end).unwrap_or(end);
        if capitalised && named < range.end && at(named) == Cover::Person {
            out.push(PositionPhrase {
                tokens: start..end,
                bare: start..end,
                head,
            });
            k = end;
            continue;
        }
        k = head.end;
    }
    out
}

/// A lowercase office starting at token `s`: up to three lowercase
/// modifiers and an office's head no name covers ("first deputy prime
/// minister"); its first token and its head.
fn lowercase_office_at(
    view: &DocView<'_>,
    lex: &Lexicon,
    s: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> Option<(usize, Range<usize>)> {
    let mut j = s;
    while j < limit && j - s <= MAX_LOWER_MODIFIERS {
        if let Some((len, _)) = lex.position_titles.longest_at(view, j, limit) {
            let head = j..j + len;
            return head
                .clone()
                .all(|t| !view.is_capitalised(t) && at(t) == Cover::Free)
                .then_some((s, head));
        }
        if !lower_modifier(view, lex, j, at) {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether token `t` may be a lowercase modifier of a lowercase office.
fn lower_modifier(
    view: &DocView<'_>,
    lex: &Lexicon,
    t: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    view.is_word(t)
        && !view.is_capitalised(t)
        && !lex.is_possessive(view, t)
        && !lex.is_determiner(view.low(t))
        && !lex.is_joiner(view, t)
        && !lex.position_prepositions.contains(view.low(t))
        && at(t) == Cover::Free
}

/// Where the lowercase modifiers before a lowercase office's head start.
fn lowercase_modifiers_start(
    view: &DocView<'_>,
    lex: &Lexicon,
    floor: usize,
    head_start: usize,
    at: &dyn Fn(usize) -> Cover,
) -> usize {
    let mut start = head_start;
    while start > floor
        && head_start - start < MAX_LOWER_MODIFIERS
        && lower_modifier(view, lex, start - 1, at)
    {
        start -= 1;
    }
    start
}

/// Lowercase words of a lowercase office's complement.
const MAX_LOWER_COMPLEMENT: usize = 4;

/// Where a lowercase office's complement ends: a position preposition
/// right after the head, perhaps an article, then one to four lowercase
/// words, joined by "and" unless another office follows it ("minister of
/// agriculture and fisheries", not "minister of economy and minister of
/// trade"); `head_end` when there is none.
fn lowercase_complement_end(
    view: &DocView<'_>,
    lex: &Lexicon,
    head_end: usize,
    limit: usize,
) -> usize {
    if head_end >= limit || !lex.position_prepositions.contains(view.low(head_end)) {
        return head_end;
    }
    let mut n = head_end + 1;
    if n < limit && lex.is_determiner(view.low(n)) {
        n += 1;
    }
    let first = n;
    let mut end = head_end;
    while n < limit && n - first < MAX_LOWER_COMPLEMENT {
        let word = view.is_word(n)
            && !view.is_capitalised(n)
            && !lex.is_possessive(view, n)
            && !lex.is_determiner(view.low(n));
        if !word {
            break;
        }
        if lex.is_joiner(view, n) {
            let office_follows = (n + 1..(n + 2 + MAX_LOWER_MODIFIERS).min(limit))
                .any(|t| lex.position_titles.longest_at(view, t, limit).is_some());
            if office_follows || end != n {
                break;
            }
            n += 1;
            continue;
        }
        if lex.position_prepositions.contains(view.low(n)) {
            break;
        }
        n += 1;
        end = n;
    }
    end
}

/// Where the modifiers before a head start: capitalised words (names
/// included), joined by "and"/"&" between capitalised words; never a
/// person's name, a possessive or a sentence-opening function word.
fn modifiers_start(
    view: &DocView<'_>,
    lex: &Lexicon,
    sentence_start: usize,
    head_start: usize,
    at: &dyn Fn(usize) -> Cover,
) -> usize {
    let mut s = head_start;
    // Joiners and commas of a list of portfolio words read so far (not
    // counted among the modifiers).
    let mut list_marks = 0;
    // Whether the word before `s` is an item of such a list.
    let mut in_list = false;
    while s > sentence_start && head_start - s - list_marks < MAX_MODIFIERS {
        let t = s - 1;
        if in_list {
            in_list = false;
            // "Climate, Energy and Utilities Minister": the tagger may take
            // a lone portfolio word inside the list for a person's name.
            if at(t) == Cover::Person && (t == sentence_start || at(t - 1) != Cover::Person) {
                s = t;
                continue;
            }
        }
        // "Climate, Energy and Utilities Minister", "Finance and Trade
        // Minister" (the head's first word a portfolio word): portfolio
        // words joined by commas and a last joiner before the head.
        if portfolio_list_mark(view, lex, sentence_start, t, s, head_start, at) {
            list_marks += 1;
            in_list = true;
            s = t;
            continue;
        }
        // "Education and Science Minister", but not "Ada Quist and Minister":
        // a joiner right before the head joins two people or offices.
        let joiner = lex.is_joiner(view, t)
            && t + 1 < head_start
            && t > sentence_start
            && modifier_word(view, lex, t - 1);
        // "Ministry of Trade Deputy Secretary": a word inside a name that
        // no capital shows ("of") — the whole name leads the office.
        if matches!(at(t), Cover::Name | Cover::Known) && !view.is_capitalised(t) && !joiner {
            let mut first = t;
            while first > sentence_start
                && at(first) != Cover::NameStart
                && at(first - 1).is_entity()
            {
                first -= 1;
            }
            s = first;
            break;
        }
        // "His Excellency President", "Their Majesties King": a style of
        // address honours the holder and is no word of the office.
        if at(t) == Cover::Person
            || lex.words.address_styles.contains(view.low(t))
            || opening_participle(view, lex, t)
            || !(modifier_word(view, lex, t) || joiner)
        {
            break;
        }
        if joiner && at(t - 1) == Cover::Person {
            break;
        }
        s = t;
    }
    while s < head_start && (lex.is_joiner(view, s) || view.is_punct(s, ",")) {
        s += 1;
    }
    s
}

/// Whether token `t` opens its sentence with a participle clause
/// ("Welcoming President Ada Quist, the chair said …", "Congratulating
/// Prime Minister Ivo Marsh, …"): a common word spelt like an "-ing" verb
/// form, capitalised only by its place, is the clause's verb, no modifier
/// of the office after it. An office's rank or tenure word ("Acting",
/// "Outgoing") stays one.
fn opening_participle(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let low = view.low(t);
    view.sentence_start(t) == t
        && lex.may_be_gerund(view, t)
        && lex.common_words.contains(low)
        && !lex.words.office_ranks.contains(low)
        && !lex.words.tenure_modifiers.contains(low)
}

/// Whether token `t`, right before `next` (the first modifier read so far
/// or the head's first word), is a comma or joiner between two portfolio
/// words (`kg:portfolioWord`) of an office's modifiers: a joiner before a
/// portfolio word the head opens ("Finance and Trade Minister"), or a
/// comma of a list whose last joiner comes before the head ("Climate,
/// Energy and Utilities Minister"). The word before it is no person's
/// name but a lone one the tagger read there, and no place or body.
fn portfolio_list_mark(
    view: &DocView<'_>,
    lex: &Lexicon,
    sentence_start: usize,
    t: usize,
    next: usize,
    head_start: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    let portfolio =
        |k: usize| view.is_capitalised(k) && lex.words.portfolio_words.contains(view.low(k));
    let comma = view.is_punct(t, ",");
    if t <= sentence_start || !(comma || lex.is_joiner(view, t)) {
        return false;
    }
    let before = t - 1;
    if !portfolio(before) || !portfolio(next) || at(before) == Cover::Known {
        return false;
    }
    if at(before) == Cover::Person && before > sentence_start && at(before - 1) == Cover::Person {
        return false;
    }
    if comma {
        // The list's joiner comes later, among the words read.
        (next..head_start).any(|k| lex.is_joiner(view, k))
    } else {
        // A joiner right before a one-word head is the reading of "Education
        // and Science Minister" already; before a longer head whose first
        // word is a portfolio word, the head's words are the last item.
        next < head_start || !at(next).is_entity()
    }
}

/// Where an office serving the office starting at `start` starts, when one
/// is written before it with a position preposition ("Deputy to the
/// Special Envoy …"): its head word (`kg:subordinateOffice`), not a name.
fn serving_office_start(
    view: &DocView<'_>,
    lex: &Lexicon,
    floor: usize,
    start: usize,
    at: &dyn Fn(usize) -> Cover,
) -> Option<usize> {
    let mut t = start;
    if t > floor && lex.is_determiner(view.low(t - 1)) {
        t -= 1;
    }
    if t < floor + 2 || !lex.position_prepositions.contains(view.low(t - 1)) {
        return None;
    }
    let head = t - 2;
    (view.is_capitalised(head)
        && at(head) == Cover::Free
        && lex.words.subordinate_offices.contains(view.low(head)))
    .then_some(head)
}

fn modifier_word(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    view.is_capitalised(t) && !lex.stop_names.contains(view.text(t))
}

/// Whether token `t` is a preposition of positions (`kg:preposition` of
/// the title property: "of", "for", …) followed by a capitalised word or by
/// a determiner and a capitalised word; the token where the words resume.
/// A topic preposition (`kg:officeTopicPreposition`) connects the same way
/// after an office's head or a body's name head, before a word that is no
/// weekday or month ("Special Envoy on Coastal Security", "Chair of the
/// Committee on Rural Affairs"; not "the Special Envoy on Monday").
fn connects(view: &DocView<'_>, lex: &Lexicon, t: usize, limit: usize) -> Option<usize> {
    let topic = lex.words.office_topic_prepositions.contains(view.low(t));
    if !topic && !lex.position_prepositions.contains(view.low(t)) {
        return None;
    }
    if topic && !(t > 0 && office_or_body_head_ends_at(view, lex, t - 1)) {
        return None;
    }
    let mut n = t + 1;
    if n < limit && lex.is_determiner(view.low(n)) {
        n += 1;
    }
    let resumes = n < limit && view.is_capitalised(n);
    if resumes
        && topic
        && (lex.words.weekdays.contains(view.low(n)) || lex.words.month_names.contains(view.low(n)))
    {
        return None;
    }
    resumes.then_some(n)
}

/// Whether token `e` ends an office's head ("Representative") or is the
/// name head of a body ("Committee", "Council"): what a topic may follow.
fn office_or_body_head_ends_at(view: &DocView<'_>, lex: &Lexicon, e: usize) -> bool {
    let body = lex.name_heads.get(view.low(e)).is_some_and(|class| {
        *class == lex.classes.government_body || *class == lex.classes.organization
    });
    body || (e.saturating_sub(MAX_MODIFIERS)..=e).any(|s| {
        lex.position_titles
            .longest_at(view, s, e + 1)
            .is_some_and(|(len, _)| s + len == e + 1)
    })
}

/// Where a head's complement ends: after a preposition, capitalised words
/// joined by function words, "and", "&" and comma lists ("Trade, Tourism
/// and Investment"); it stops before a person's name, a given name starting
/// a name, or another position.
fn complement_end(
    view: &DocView<'_>,
    lex: &Lexicon,
    limit: usize,
    head_end: usize,
    at: &dyn Fn(usize) -> Cover,
) -> usize {
    // A name the rules or the tagger found, unless it is a lone word inside
    // a list ("Trade, Industry and Tourism"); or a given name and more; or
    // the given name of a surname that opens with a particle ("… for Mining
    // Tarek El Molla", "… Ute von Brenn"): such a surname is never a name
    // alone.
    // "Defence, Justice and Security": a capitalised run of fields of
    // government (`kg:portfolioWord`) is an item of the portfolio, whatever
    // the tagger or the title list makes of its words.
    let portfolio_run = |t: usize| {
        let mut k = t;
        while k < limit && view.is_capitalised(k) {
            if !lex.words.portfolio_words.contains(view.low(k)) {
                return false;
            }
            k += 1;
        }
        k > t
    };
    let starts_name = |t: usize| {
        if portfolio_run(t) {
            return false;
        }
        let listed = t + 1 < limit && at(t + 1) != Cover::Person && lex.is_joiner(view, t + 1);
        (at(t) == Cover::Person && !listed)
            || surname_before_person(view, lex, t, limit, at)
            || (is_given_name(view, lex, t)
                && t + 1 < limit
                && view.is_capitalised(t + 1)
                && !at(t + 1).is_entity())
            || (at(t) == Cover::Free
                && view.is_capitalised(t)
                && !lex.is_common_word_of_no_name(view, t)
                && particle_surname_at(view, lex, t + 1, limit, at))
            || dotted_initials_start_name(view, lex, t, limit, at)
            || (view.is_capitalised(t)
                && t + 1 < limit
                && hyphenated_particle_surname(view, lex, t + 1))
    };
    // Whether the capitalised run from `t` holds a position head or a name.
    let run_is_other = |t: usize| {
        if portfolio_run(t) {
            return false;
        }
        let mut k = t;
        while k < limit && view.is_capitalised(k) && k - t < MAX_PHRASE {
            if starts_name(k) {
                // A name later in the run only ends the complement there.
                return k == t;
            }
            if lex.position_titles.longest_at(view, k, limit).is_some() {
                return true;
            }
            k += 1;
        }
        false
    };
    // "Minister for Fisheries and Aquaculture, Jane Roe": the tagger may
    // take the last portfolio word before a name in apposition for a
    // one-word name. After "and" inside a complement, a lone capitalised
    // word taken for a person, neither a given name nor followed by more
    // of a name, is the portfolio's last item; a person there is written
    // with a given name ("the Minister for Trade and Ada Quist").
    // So is a portfolio word the tagger ran into the name after it
    // ("… and Environment Ada Quist"), and a word before initials
    // ("… and Equality K Tan", "… and Justice VK Rao"): initials start
    // the name.
    let lone_portfolio_word = |t: usize| {
        at(t) == Cover::Person
            && !lex.given_names.contains(view.text(t))
            && (t + 1 >= limit
                // A lowercase particle inside the same name ("Rashid bin
                // Hamad") goes on with it.
                || (!view.is_capitalised(t + 1) && at(t + 1) != Cover::Person)
                || lex.words.portfolio_words.contains(view.low(t))
                || initials_start_name(view, t + 1, limit, at))
    };
    let mut end = head_end;
    let mut j = head_end;
    let mut in_complement = false;
    while j < limit && j - head_end < MAX_PHRASE {
        // "Secretary (Bilateral & Consular) of the Ministry": the bracket
        // closes the office's name; what follows says whose office it is.
        if j == head_end {
            if let Some(after) = bracketed_portfolio_end(view, lex, j, limit, at) {
                end = after;
                break;
            }
        }
        if let Some(after) = seat_body_end(view, lex, j, limit, at) {
            in_complement = true;
            j = after;
            end = after;
            continue;
        }
        if let Some(next) =
            connects(view, lex, j, limit).or_else(|| remit_connects(view, lex, j, limit))
        {
            if starts_name(next) {
                break;
            }
            in_complement = true;
            j = next;
            continue;
        }
        if !in_complement {
            break;
        }
        if lex.is_joiner(view, j) || view.is_punct(j, ",") {
            let next = if view.is_punct(j, ",") {
                // "Economy, Trade and Industry Ada Quist": the list's last
                // item may be a portfolio word the tagger ran into the name.
                let item_is_other = |n: usize| run_is_other(n) && !lone_portfolio_word(n);
                if !comma_list_follows(view, lex, j, limit, &item_is_other) {
                    break;
                }
                j + 1
            } else {
                j + 1
            };
            let mut n = next;
            if n < limit
                && (lex.is_joiner(view, n) || lex.words.definite_articles.contains(view.low(n)))
            {
                n += 1;
            }
            if n >= limit || !view.is_capitalised(n) {
                break;
            }
            if lex.is_joiner(view, j) && opens_next_clause(view, lex, n, limit) {
                break;
            }
            if run_is_other(n) {
                if !lone_portfolio_word(n) {
                    break;
                }
                j = n + 1;
                end = j;
                continue;
            }
            j = n;
            continue;
        }
        // "Permanent Secretary in the Office of the Premier Mrs. Ada
        // Quist": a title after a body's name head and "of the" names the
        // office the body serves, a word of the body's name, not a title
        // before the holder's name.
        if j >= head_end + 3
            && lex.words.definite_articles.contains(view.low(j - 1))
            && lex.words.genitive_prepositions.contains(view.low(j - 2))
            && lex.name_heads.get(view.low(j - 3)) == Some(&lex.classes.government_body)
            && at(j) == Cover::Free
        {
            if let Some((len, _)) = lex.position_titles.longest_at(view, j, limit) {
                j += len;
                end = j;
                continue;
            }
        }
        // A possessive ends the office ("Secretary General of Kestria's
        // Ministry"): what follows is whose it is. Titles start a name ("…
        // of Kestria H.E. Mr. Ada Quist").
        let possessor = j + 1 < limit && lex.is_possessive(view, j + 1);
        // "President of the King's Privy Council for Canada": a possessor
        // after a definite article that no rule read as a name is a word of
        // the office's own name, which goes on after the possessive.
        if possessor
            && j > head_end
            && at(j) == Cover::Free
            && lex.words.definite_articles.contains(view.low(j - 1))
            && j + 2 < limit
            && view.is_capitalised(j + 2)
            && !starts_name(j + 2)
            && !run_is_other(j + 2)
        {
            j += 2;
            end = j;
            continue;
        }
        if possessor
            && article_possessor_goes_on(
                view,
                lex,
                j,
                head_end,
                limit,
                at,
                &starts_name,
                &run_is_other,
            )
        {
            j += 2;
            end = j;
            continue;
        }
        // "… of Kestria Hon Fiame Ada Quist": or a word no rule read before
        // a person's name the tagger found.
        let titled = after_titles(view, lex, j, limit).is_some_and(|n| {
            n < limit
                && (starts_name(n)
                    || (n + 1 < limit
                        && at(n) == Cover::Free
                        && view.is_capitalised(n)
                        && at(n + 1) == Cover::Person))
        });
        if possessor || titled {
            break;
        }
        // "Chairman of the Northern Space Agency (NSA) Executive Board": an
        // acronym in brackets after a name of the complement, and the
        // complement going on after it.
        if end == j && acronym_in_brackets(view, j, limit) {
            let n = j + 3;
            if n < limit && view.is_capitalised(n) && !starts_name(n) && !run_is_other(n) {
                j = n;
                continue;
            }
        }
        if view.is_capitalised(j) && !starts_name(j) {
            j += 1;
            end = j;
            continue;
        }
        if end == j && closed_up_dash_joins(view, j, limit) && !starts_name(j + 1) {
            j += 1;
            continue;
        }
        break;
    }
    end
}

/// Whether token `j` is a dash written closed up between two capitalised
/// words of an office's complement ("… of the Kestria–Norland Trade
/// Group"): the two names it links are one word of the body's name, not
/// the office's end.
fn closed_up_dash_joins(view: &DocView<'_>, j: usize, limit: usize) -> bool {
    j > 0
        && j + 1 < limit
        && is_dash(view.text(j))
        && view.is_capitalised(j - 1)
        && view.is_capitalised(j + 1)
        && !view.span_text(j - 1, j + 2).contains(char::is_whitespace)
}

/// Where a portfolio written in brackets right after an office's head
/// ends ("Secretary (Bilateral & Consular)", "Additional Secretary (East
/// Asia)"): an opening bracket at `j`, one to six capitalised words joined
/// by "and", "&" or commas, and the closing bracket; the token after it.
/// An acronym (one word in capitals) in brackets is a short form, a lone
/// place a delegate's country, and a person no portfolio.
fn bracketed_portfolio_end(
    view: &DocView<'_>,
    lex: &Lexicon,
    j: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> Option<usize> {
    if !view.is_punct(j, "(") {
        return None;
    }
    let start = j + 1;
    let mut n = start;
    let mut words = 0;
    while n < limit && n - start <= 2 * MAX_MODIFIERS {
        if view.is_punct(n, ")") {
            break;
        }
        let joins = n > start && (lex.is_joiner(view, n) || view.is_punct(n, ","));
        let word = view.is_capitalised(n) && view.is_word(n) && at(n) != Cover::Person;
        if !joins && !word {
            return None;
        }
        words += usize::from(word);
        n += 1;
    }
    if n >= limit || !view.is_punct(n, ")") || words == 0 || words > MAX_MODIFIERS {
        return None;
    }
    let acronym = n == start + 1 && view.text(start).chars().all(|c| !c.is_lowercase());
    let place = (start..n).all(|t| at(t) == Cover::Known);
    let last_joins = lex.is_joiner(view, n - 1) || view.is_punct(n - 1, ",");
    (!acronym && !place && !last_joins).then_some(n + 1)
}

/// Where the words of an office's portfolio resume when token `t` is a
/// position preposition, a remit noun (`kg:officeRemitNoun`), perhaps
/// after one lowercase word, and a second position preposition
/// ("Minister with responsibility for Information", "Minister with
/// special responsibility for Sport"): the complement's next word.
fn remit_connects(view: &DocView<'_>, lex: &Lexicon, t: usize, limit: usize) -> Option<usize> {
    if !lex.position_prepositions.contains(view.low(t)) {
        return None;
    }
    let mut n = t + 1;
    if n + 1 < limit
        && !view.is_capitalised(n)
        && view.is_word(n)
        && !lex.words.office_remit_nouns.contains(view.low(n))
        && lex.words.office_remit_nouns.contains(view.low(n + 1))
    {
        n += 1;
    }
    if n >= limit || !lex.words.office_remit_nouns.contains(view.low(n)) {
        return None;
    }
    let after = n + 1;
    if after >= limit || !lex.position_prepositions.contains(view.low(after)) {
        return None;
    }
    connects(view, lex, after, limit)
}

/// Whether the possessive after token `j` of an office's complement is a
/// body's possessor inside the office's name ("Head of the Kestria
/// Assembly's Norlandic Delegation"): the possessor's words follow a
/// definite article after the head, which opens a noun phrase the
/// possessive stays inside, and capitalised words no rule reads as a
/// person or another office follow the possessive. Without the article
/// ("Secretary General of Kestria's Ministry") the possessor says whose
/// office it is and ends it.
#[allow(clippy::too_many_arguments)]
fn article_possessor_goes_on(
    view: &DocView<'_>,
    lex: &Lexicon,
    j: usize,
    head_end: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
    starts_name: &dyn Fn(usize) -> bool,
    run_is_other: &dyn Fn(usize) -> bool,
) -> bool {
    if j <= head_end || j + 2 >= limit || !view.is_capitalised(j + 2) {
        return false;
    }
    let mut s = j;
    while s > head_end && view.is_capitalised(s - 1) && at(s - 1) != Cover::Person {
        s -= 1;
    }
    s > head_end
        && (s..=j).all(|t| view.is_capitalised(t) && at(t) != Cover::Person)
        && lex.words.definite_articles.contains(view.low(s - 1))
        && !starts_name(j + 2)
        && !run_is_other(j + 2)
}

/// Where the body an office sits in ends, when token `j` is a seat
/// preposition (`kg:officeSeatPreposition`) followed by a definite article
/// and a capitalised body's name, perhaps with a possessor ("Minister in
/// the President's Office of Kestria"), whose last word is a government
/// body's name head. A place or a person after the preposition is no body
/// the office sits in ("Minister in Kestria").
fn seat_body_end(
    view: &DocView<'_>,
    lex: &Lexicon,
    j: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> Option<usize> {
    if j + 2 >= limit
        || !lex.words.office_seat_prepositions.contains(view.low(j))
        || !lex.words.definite_articles.contains(view.low(j + 1))
    {
        return None;
    }
    let start = j + 2;
    let mut n = start;
    while n < limit && n - start < MAX_MODIFIERS {
        if view.is_capitalised(n) && at(n) != Cover::Person {
            n += 1;
            continue;
        }
        if n > start && lex.is_possessive(view, n) && n + 1 < limit && view.is_capitalised(n + 1) {
            n += 1;
            continue;
        }
        break;
    }
    (n > start && lex.name_heads.get(view.low(n - 1)) == Some(&lex.classes.government_body))
        .then_some(n)
}

/// Whether token `t` is a person's initials ("K", "VK", "J.", "V.K.")
/// followed by a capitalised word no place or organisation covers: the
/// start of a name ("K Tan", "VK Rao"), not a word of an office.
fn initials_start_name(
    view: &DocView<'_>,
    t: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    let mut n = t + 1;
    if n < limit && view.is_punct(n, ".") {
        n += 1;
    }
    n < limit
        && is_initials(view, t)
        && !at(t).is_entity()
        && view.is_capitalised(n)
        && !at(n).is_entity()
}

/// Whether token `t` is initials written with full stops, glued to the
/// surname or not ("E.Tolvaev", "V.K. Rao"), before a capitalised word that
/// is no word of an office (a title, a portfolio word) and no common word:
/// a person's name the office ran on over where the tagger found none ("…
/// of the Kyrgyz Republic E.Tolvaev"). Without full stops, capital letters
/// may be an acronym of the office ("Minister for ICT Development").
fn dotted_initials_start_name(
    view: &DocView<'_>,
    lex: &Lexicon,
    t: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    let separate_stop = t + 1 < limit && view.is_punct(t + 1, ".");
    let n = if separate_stop { t + 2 } else { t + 1 };
    // The tagger or a rule may have read the initials and the surname as
    // a name of unknown kind: only a gazetteer name is no person's.
    (view.text(t).contains('.') || separate_stop)
        && n < limit
        && is_initials(view, t)
        && at(t) != Cover::Known
        && at(n) != Cover::Known
        && view.is_capitalised(n)
        && !lex.common_words.contains(view.low(n))
        && !lex.words.portfolio_words.contains(view.low(n))
        && lex.position_titles.longest_at(view, n, limit).is_none()
        && lex.person_titles.longest_at(view, n, limit).is_none()
}

/// Whether token `t` is a capitalised word no rule found (or the last word
/// of a body's name the tagger ran on into it), right before a
/// person's name the tagger found from the next word ("… and Trade Nguyen
/// Hong Dian" tagged "Hong Dian"): a first word of that name the tagger
/// left out, unless it is a word of offices (a portfolio word, an office's
/// head), a common word or a stop name. Only after another capitalised
/// word of the office ("Ambassador to Norland Ada Quist": after a
/// preposition the word is the office's) and before a name not opening
/// with a given name, unless the word is a surname written first
/// (`kg:surnameFirst`: "Nguyen Hong Dian").
fn surname_before_person(
    view: &DocView<'_>,
    lex: &Lexicon,
    t: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    // "… for National Security Teo Chee Hean" with "National Security
    // Teo" tagged as a body's name and "Chee Hean" as a person: the tagger
    // ran the portfolio on into the surname, which ends that name; a word
    // heading bodies' names ends a body's name, not a person's.
    // A closure: `t` may be the sentence's end, where no cover is read.
    let free_or_run_on = || {
        at(t) == Cover::Free || (at(t) == Cover::Name && !lex.name_heads.contains_key(view.low(t)))
    };
    t > 0
        && t + 1 < limit
        && free_or_run_on()
        && at(t + 1) == Cover::Person
        && view.is_capitalised(t - 1)
        && (!is_given_name(view, lex, t + 1)
            || lex.surnames_first.contains(view.text(t))
            // "… Affairs and Cooperation Oldemiro Julio Baloi": after the
            // portfolio's last word, a word no rule read opens the name.
            || lex.words.portfolio_words.contains(view.low(t - 1)))
        // Initials start the name ("… For Law K Tan").
        && !is_initials(view, t + 1)
        && view.is_capitalised(t)
        && view.is_word(t)
        && !lex.words.portfolio_words.contains(view.low(t))
        && !lex.common_words.contains(view.low(t))
        && !lex.stop_names.contains(view.text(t))
        && lex.position_titles.longest_at(view, t, limit).is_none()
        // An honorific before the holder ("… of Trade Dr Ravi Kumar") is
        // no surname.
        && lex.person_titles.longest_at(view, t, limit).is_none()
}

/// Whether token `t` is an acronym (two or more capital letters, no full
/// stops) right after a definite article and before a word written in
/// mixed case: a body or place named by its letters ("… to the FSM Eiichi
/// Suzuki"), never initials, which no article precedes. In a line written
/// in capitals every word looks like one, so a capitalised word must follow.
fn acronym_owner(view: &DocView<'_>, lex: &Lexicon, t: usize, limit: usize) -> bool {
    let text = view.text(t);
    t > 0
        && t + 1 < limit
        && lex.words.definite_articles.contains(view.low(t - 1))
        && text.chars().count() >= 2
        && text.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && view.is_capitalised(t + 1)
        && view.text(t + 1).chars().any(char::is_lowercase)
}

/// Whether token `t` is written as initials: one to three capital letters,
/// each perhaps with its full stop.
fn is_initials(view: &DocView<'_>, t: usize) -> bool {
    let text = view.text(t);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && text.chars().all(|c| c.is_uppercase() || c == '.')
        && !text.starts_with('.')
}

/// The name of a person written at the end of a position phrase that ran
/// on over it because no rule or tagger found it ("Minister for Water and
/// the Environment Tala Brinsworth"): the last capitalised words of the
/// complement after a portfolio word (`kg:portfolioWord`), two to four of
/// them (initials allowed), none a portfolio word, an office's head, a
/// common word opening the name, or a known name's word (a name the tagger
/// read there, a place's or an organisation's, is the office's words, which
/// the phrase drops), and nothing capitalised after the phrase.
fn name_ending_complement(
    view: &DocView<'_>,
    lex: &Lexicon,
    p: &PositionPhrase,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
    known: &dyn Fn(usize) -> bool,
    family_name: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let end = p.tokens.end;
    if end < limit && view.is_capitalised(end) {
        return None;
    }
    let mut s = end;
    while s > p.head.end
        && end - s < MAX_NAME_WORDS
        && view.is_capitalised(s - 1)
        && !matches!(at(s - 1), Cover::Known | Cover::Person)
        && !known(s - 1)
        && !lex.words.portfolio_words.contains(view.low(s - 1))
        && lex.position_titles.longest_at(view, s - 1, end).is_none()
    {
        s -= 1;
    }
    let portfolio_before = s > p.head.end
        && view.is_capitalised(s - 1)
        && lex.words.portfolio_words.contains(view.low(s - 1));
    // "Minister of Foreign Affairs of Kestria Ada Quist": a known place or
    // organisation after a position preposition ends the office; the
    // capitalised words after it are its holder (also where the tagger ran
    // the known name on into them).
    let owner_before = s > p.head.end + 1 && known(s - 1) && {
        let mut o = s - 1;
        while o > p.head.end && known(o - 1) {
            o -= 1;
        }
        if o > p.head.end && lex.words.definite_articles.contains(view.low(o - 1)) {
            o -= 1;
        }
        o > p.head.end && lex.position_prepositions.contains(view.low(o - 1))
    };
    // "… to Indonesia Bill Farmer …, Mr Farmer said": words the document
    // writes as a family name elsewhere end a person's name, whatever
    // else its words may be (a bill, a farmer).
    let surnamed = s + 1 < end && family_name(end - 1);
    let opens_name = s < end
        && (surnamed || is_initials(view, s) || !lex.common_words.contains(view.low(s)))
        && !lex.stop_names.contains(view.text(s));
    // After the owner, no word of the holder's name is a common word or a
    // head of names ("… of Kestria Press Office" is a body).
    let owner_before = owner_before
        && (surnamed
            || (s..end).all(|t| {
                !lex.common_words.contains(view.low(t)) && !lex.name_heads.contains_key(view.low(t))
            }));
    ((portfolio_before || owner_before) && opens_name && end - s >= 2).then_some(s..end)
}

/// The name of a person opening with a hyphenated given name at the end of
/// a position phrase that ran on over it ("Chairman of the Ocean Board
/// Johann-Dietrich Castell"): a word of two or three capitalised parts
/// joined by hyphens after a capitalised word of the complement, then one
/// or two capitalised words, the phrase's last, nothing capitalised after
/// them; none of the words a word of offices, a common word, a head of
/// names, or a word of a name the rules or the tagger found ("Envoy for
/// Northern Indo-Pacific Waters" with "Indo-Pacific Waters" read as a
/// region).
fn hyphenated_name_ending_complement(
    view: &DocView<'_>,
    lex: &Lexicon,
    p: &PositionPhrase,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
    known: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let end = p.tokens.end;
    if end < limit && view.is_capitalised(end) {
        return None;
    }
    let name_word = |t: usize| {
        let low = view.low(t);
        view.is_capitalised(t)
            && at(t) != Cover::Person
            && !at(t).is_entity()
            && !known(t)
            && !lex.words.portfolio_words.contains(low)
            && !lex.common_words.contains(low)
            && !lex.name_heads.contains_key(low)
            && !lex.stop_names.contains(view.text(t))
            && lex.position_titles.longest_at(view, t, end).is_none()
    };
    let hyphenated = |t: usize| {
        let parts: Vec<&str> = view.text(t).split('-').collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|part| part.chars().count() >= 2 && is_capitalised_part(part))
    };
    (2..=3)
        .filter(|len| end > p.head.end + len)
        .map(|len| end - len)
        .find(|&s| {
            hyphenated(s)
                && view.is_capitalised(s - 1)
                && !lex.words.portfolio_words.contains(view.low(s))
                && (s..end).all(name_word)
        })
        .map(|s| s..end)
}

/// Whether token `t` is a given name, or a given name joined by hyphens to
/// more capitalised words ("Karl-Heinz", "Anne-Marie"). A given name
/// written with diacritics the lexicon spells without ("José" for "Jose")
/// is one too.
fn is_given_name(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let text = view.text(t);
    if lex.given_names.contains(text) || is_given_name_with_diacritics(lex, text) {
        return true;
    }
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let mut rest = parts.peekable();
    rest.peek().is_some() && lex.given_names.contains(first) && rest.all(is_capitalised_part)
}

/// Whether one part of a hyphenated word is a capitalised word of letters
/// only ("Dietrich" of "Johann-Dietrich").
fn is_capitalised_part(part: &str) -> bool {
    part.starts_with(|c: char| c.is_uppercase()) && part.chars().all(char::is_alphabetic)
}

/// Whether tokens `k..k + 3` are an acronym in brackets ("( NSA )").
fn acronym_in_brackets(view: &DocView<'_>, k: usize, limit: usize) -> bool {
    view.bracketed_token(k, limit).is_some_and(|word| {
        word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Where a person's name may start after the titles and honorifics from
/// token `k` ("H.E. Mr. Ada Quist", "the Rt Hon Ada Quist"), each with its
/// full stop as a token of its own or not, the first after an article;
/// `None` when no title starts at `k`.
pub fn after_titles(view: &DocView<'_>, lex: &Lexicon, k: usize, limit: usize) -> Option<usize> {
    let mut n = k;
    let mut titled = false;
    loop {
        let mut t = n;
        // "the Hon Ada Quist", and between styles: "Senator the Hon Ada Quist".
        if t < limit && lex.words.definite_articles.contains(view.low(t)) {
            t += 1;
        }
        let Some((len, _)) = lex.person_titles.longest_at(view, t, limit) else {
            break;
        };
        n = t + len;
        if n < limit && view.is_punct(n, ".") {
            n += 1;
        }
        titled = true;
    }
    titled.then_some(n)
}

/// Whether a person's name covers token `k` on, opening with a name
/// particle written as a word of its own ("El Molla", "von der Brenn").
fn particle_surname_at(
    view: &DocView<'_>,
    lex: &Lexicon,
    k: usize,
    limit: usize,
    at: &dyn Fn(usize) -> Cover,
) -> bool {
    k < limit && at(k) == Cover::Person && lex.name_particles.contains(view.low(k))
}

/// After a comma inside a complement: whether a list of capitalised items
/// closed by "and"/"&" follows ("Power, Coal, and New Energy"), with no
/// position or name in it.
fn comma_list_follows(
    view: &DocView<'_>,
    lex: &Lexicon,
    comma: usize,
    limit: usize,
    run_is_other: &dyn Fn(usize) -> bool,
) -> bool {
    let mut k = comma + 1;
    let mut item_start = true;
    while k < limit && k - comma < MAX_PHRASE {
        if lex.is_joiner(view, k) {
            let mut n = k + 1;
            if n < limit && lex.is_determiner(view.low(n)) {
                n += 1;
            }
            return n < limit && view.is_capitalised(n) && !run_is_other(n);
        }
        if view.is_punct(k, ",") {
            item_start = true;
        } else if view.is_capitalised(k) {
            if item_start && run_is_other(k) {
                return false;
            }
            item_start = false;
        } else {
            return false;
        }
        k += 1;
    }
    false
}

/// Marks the tokens of one mention in `cover` (indexed from `offset`): a
/// person's name from after any office heading it ("Science Minister Ada
/// Quist" as one tagged name), other names by whether the gazetteer knows them.
pub fn mark_cover(
    view: &DocView<'_>,
    lex: &Lexicon,
    cover: &mut [Cover],
    offset: usize,
    tokens: Range<usize>,
    kind: MentionKind,
    class: &str,
) {
    let person = kind == MentionKind::Person || class == lex.classes.person;
    let mut start = tokens.start;
    let cover_kind = if person {
        for k in tokens.clone() {
            if let Some((len, _)) = lex.position_titles.longest_at(view, k, tokens.end) {
                start = start.max(k + len);
            }
        }
        // "… and Mines Ada Quist" tagged as one name: it starts at the given name.
        if let Some(given) = (start + 1..tokens.end).find(|&k| is_given_name(view, lex, k)) {
            // "Rashid bin Omar …": a lowercase particle before the given
            // name joins the words before it to the name.
            let particle_before = (start..given)
                .any(|k| !view.is_capitalised(k) && lex.name_particles.contains(view.low(k)));
            if !lex.given_names.contains(view.text(start)) && !particle_before {
                start = given;
            }
        }
        Cover::Person
    } else if matches!(kind, MentionKind::Known | MentionKind::Demonym) {
        Cover::Known
    } else if kind == MentionKind::Name && lex.name_class.contains_key(class) {
        Cover::NameStart
    } else {
        return;
    };
    for t in start..tokens.end {
        let Some(c) = cover.get_mut(t.wrapping_sub(offset)) else {
            continue;
        };
        if *c != Cover::Person {
            *c = if cover_kind == Cover::NameStart && t > start {
                Cover::Name
            } else {
                cover_kind
            };
        }
    }
}

/// What covers each token, from the mention candidates.
fn candidate_cover(view: &DocView<'_>, lex: &Lexicon, cands: &[MentionCand]) -> Vec<Cover> {
    let mut cover = vec![Cover::Free; view.toks.len()];
    for c in cands {
        mark_cover(view, lex, &mut cover, 0, c.tokens.clone(), c.kind, &c.class);
    }
    cover
}

/// People listed after a plural title ("Prime Ministers Quist and Marsh",
/// "Ministers Ada Quist and Ivo Marsh"): each name of the list is a
/// person, replacing a tagged name no gazetteer knows.
pub fn people_after_plural_titles(view: &DocView<'_>, lex: &Lexicon, cands: &mut Vec<MentionCand>) {
    let mut added = Vec::new();
    for range in &view.sentences {
        for k in range.clone() {
            if plural_title_at(view, lex, range.start, k).is_none() {
                continue;
            }
            for name in names_after_plural_title(view, lex, k + 1, range.end) {
                let overlapping =
                    |c: &MentionCand| c.tokens.start < name.end && name.start < c.tokens.end;
                let person = |c: &MentionCand| {
                    c.kind == MentionKind::Person || c.class == lex.classes.person
                };
                if cands
                    .iter()
                    .any(|c| overlapping(c) && (person(c) || c.kind == MentionKind::Known))
                {
                    continue;
                }
                cands.retain(|c| !overlapping(c));
                added.push(MentionCand::person(view, lex, name.clone()));
            }
        }
    }
    if !added.is_empty() {
        cands.extend(added);
        sort_in_text_order(cands);
    }
}

/// Bodies whose names run straight into an office and its holder ("the
/// Kestria Ministry of Trade Deputy Secretary Ada Quist said", "the Norland
/// Water Agency Director Ivo Marsh"), which the name tagger may read as one
/// organisation, or as an organisation ending in the office's rank words
/// ("… of Trade Deputy" before "Secretary Ada Quist"): the body's name ends
/// where the office starts, at the rank words before the office's head
/// (`kg:officeRank`) or at the head, and the holder named after the office
/// is a person. So does a place's name ("the Kingdom of Kestria Acting
/// Prime Minister, Ada Quist"). Only where the words left before the
/// office are a body's or a place's name by its head word (`kg:nameHead`),
/// and a person's name follows the office: one the rules found (perhaps
/// after a comma closing the tagged name: "the Kestria Ministry of Trade
/// Permanent Secretary, Ada Quist"), or the tagged name's last words after
/// an office with no complement, two to four capitalised words that may go
/// on a person's name (initials among them after the first: "Ada B. Quist").
pub fn bodies_running_into_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let is_person =
        |c: &MentionCand| c.kind == MentionKind::Person || c.class == lex.classes.person;
    let people: Vec<Range<usize>> = cands
        .iter()
        .filter(|c| is_person(c))
        .map(|c| c.tokens.clone())
        .collect();
    // Where each known name that another name follows starts, by the
    // token after it.
    let known_before: rustc_hash::FxHashMap<usize, usize> = cands
        .iter()
        .filter(|c| matches!(c.kind, MentionKind::Known | MentionKind::Demonym))
        .map(|c| (c.tokens.end, c.tokens.start))
        .collect();
    // Where the name of another kind than a person's that covers each
    // token starts.
    let mut claimed = vec![None; view.toks.len()];
    for c in cands.iter().filter(|c| {
        !is_person(c) && !matches!(c.kind, MentionKind::Surname | MentionKind::Unclassified)
    }) {
        claimed[c.tokens.clone()]
            .iter_mut()
            .for_each(|t| *t = Some(c.tokens.start));
    }
    // The office's heads whose names (the office and holder read as one,
    // "Chairperson Ada Quist") give way to the holder.
    let mut read_over = Vec::new();
    let mut added = Vec::new();
    let mut changed = false;
    // A body's or a place's name: "the Kingdom of Kestria Acting Prime
    // Minister, Ada Quist" runs a place into its office as a ministry's
    // name does.
    let body_or_place = |class: &String| {
        matches!(
            lex.name_class.get(class),
            Some(NameClass::Organization | NameClass::Place)
        )
    };
    for cand in cands.iter_mut() {
        if cand.kind != MentionKind::Name || !body_or_place(&cand.class) {
            continue;
        }
        let Range { start, end } = cand.tokens;
        let limit = view.sentence_end(start);
        let split = (start + 1..=end.min(limit.saturating_sub(1))).find_map(|h| {
            let (len, _) = lex.position_titles.longest_at(view, h, limit)?;
            if !view.is_capitalised(h) {
                return None;
            }
            let mut office = h;
            while office > start + 1
                && view.is_capitalised(office - 1)
                && lex.words.office_ranks.contains(view.low(office - 1))
            {
                office -= 1;
            }
            // A name ending right before the head is the body's own.
            if office == end {
                return None;
            }
            if !view.is_capitalised(office - 1)
                || lex.words.name_connectors.contains(view.low(office - 1))
            {
                return None;
            }
            // A body named by its head alone after a known name ("AU
            // Commission" with "AU" read apart) starts at that name.
            let body = if head_class(view, lex, start, office).is_none() {
                known_before.get(&start).copied().unwrap_or(start)
            } else {
                start
            };
            let class = head_class(view, lex, body, office).filter(body_or_place)?;
            let head_end = h + len;
            // A word of the holder's name: no word of offices, names' heads
            // or verbs; a common word only after the first ("Ivo Brand").
            // Initials after the first word ("Ada B. Quist") are the name's.
            let name_word = |t: usize, first: usize| {
                let low = view.low(t);
                if t > first && is_initials(view, t) {
                    return true;
                }
                view.is_capitalised(t)
                    && low
                        .chars()
                        .all(|c| c.is_alphabetic() || "-'\u{2019}".contains(c))
                    && (t > first || !lex.common_words.contains(low))
                    && !lex.name_heads.contains_key(low)
                    && !lex.verb_forms.contains_key(low)
                    && !lex.words.portfolio_words.contains(low)
                    && !lex.stop_names.contains(view.text(t))
                    && lex.position_titles.longest_at(view, t, limit).is_none()
                    && lex.person_titles.longest_at(view, t, limit).is_none()
            };
            // The holder the rules found right after the office (perhaps
            // after honorifics, perhaps set off by a comma: "… Permanent
            // Secretary, Ada Quist"), or ending the tagged name after the
            // office's complement.
            let apposed = head_end == end && head_end < limit && view.is_punct(head_end, ",");
            let after = if apposed { head_end + 1 } else { head_end };
            let named = after_titles(view, lex, after, limit).unwrap_or(after);
            let found = people.iter().any(|r| {
                ((after..=named).contains(&r.start) || (r.start > head_end && r.end == end))
                    && r.clone().all(|t| name_word(t, r.start))
            });
            // Else the tagged name's words after the office, or the
            // capitalised words after an office the name ran into, claimed
            // by no name but one read from the office's head on.
            let run_end = if head_end < end {
                end
            } else {
                (head_end..limit)
                    .find(|&t| !view.is_capitalised(t) || claimed[t].is_some_and(|c| c != h))
                    .unwrap_or(limit)
            };
            let rest = (!found
                && (2..=MAX_NAME_WORDS).contains(&(run_end - head_end))
                && (run_end == limit || !view.is_capitalised(run_end))
                && (head_end..run_end).all(|t| name_word(t, head_end)))
            .then_some(head_end..run_end);
            (found || rest.is_some()).then_some((body..office, class, rest, h))
        });
        let Some((body, class, rest, head)) = split else {
            continue;
        };
        if head >= end {
            read_over.push(head);
        }
        cand.narrow_to(view, body);
        cand.class = class;
        changed = true;
        if let Some(name) = rest {
            added.push(MentionCand::person(view, lex, name.clone()));
        }
    }
    if changed {
        // A word the tagger left unclassified is the holder's, and so is a
        // name read from the office's head on.
        cands.retain(|c| {
            let holders = matches!(c.kind, MentionKind::Surname | MentionKind::Unclassified)
                || (c.kind == MentionKind::Name && read_over.contains(&c.tokens.start));
            !holders
                || !added.iter().any(|a: &MentionCand| {
                    c.tokens.start < a.tokens.end && a.tokens.start < c.tokens.end
                })
        });
        cands.extend(added);
        sort_in_text_order(cands);
    }
}

/// Applies the position phrases to the mention candidates (after the name
/// tagger): a position's complement holds no names of its own but the
/// gazetteer's; a person's name does not start with a title; a name starts
/// at a given name right after a position.
pub fn apply_positions(
    view: &DocView<'_>,
    lex: &Lexicon,
    family_names: &FamilyNames<'_>,
    cands: &mut Vec<MentionCand>,
) {
    if view.toks.is_empty() {
        return;
    }
    let cover = candidate_cover(view, lex, cands);
    // The gazetteer's names and demonyms, whatever tagged name covers them.
    let mut known_tokens = vec![false; view.toks.len()];
    for c in cands
        .iter()
        .filter(|c| matches!(c.kind, MentionKind::Known | MentionKind::Demonym))
    {
        for t in c.tokens.clone() {
            if let Some(k) = known_tokens.get_mut(t) {
                *k = true;
            }
        }
    }
    let mut added = Vec::new();
    let mut changed = false;
    for range in &view.sentences {
        let phrases = position_phrases(view, lex, range.clone(), &cover[range.clone()]);
        for p in phrases {
            let inside = p.head.start..p.tokens.end;
            let at = |t: usize| cover[t];
            // A one-word gazetteer name the tagger ran on into the next words
            // ("Kestria Ada Quist" tagged as one name) is still known.
            let known = |t: usize| {
                known_tokens[t]
                    || (view.is_capitalised(t) && lex.surface_ids.contains_key(view.low(t)))
            };
            // "Ambassador to the FSM Eiichi Suzuki": an acronym the office's
            // complement names after a definite article is whose office it
            // is, as a known name is, though no gazetteer knows it.
            let owner = |t: usize| known(t) || acronym_owner(view, lex, t, range.end);
            let family_name = |t: usize| family_names.used_elsewhere(t);
            let tail_name =
                name_ending_complement(view, lex, &p, range.end, &at, &owner, &family_name)
                    .or_else(|| {
                        hyphenated_name_ending_complement(view, lex, &p, range.end, &at, &known)
                    })
                    .filter(|name| {
                        !cands.iter().any(|c| {
                            c.tokens.start < name.end
                                && name.start < c.tokens.end
                                && (c.kind == MentionKind::Person || c.class == lex.classes.person)
                        })
                    });
            cands.retain_mut(|c| {
                let person = c.kind == MentionKind::Person || c.class == lex.classes.person;
                // "Climate, Energy and Utilities Minister": a portfolio word
                // of the office's modifiers the tagger took for a person.
                if person && c.tokens.start >= p.tokens.start && c.tokens.end <= p.head.start {
                    changed = true;
                    return false;
                }
                let overlaps = c.tokens.start < inside.end && inside.start < c.tokens.end;
                if !overlaps {
                    return true;
                }
                if person {
                    // "Science Minister Ada Quist": the name starts after the title.
                    if c.tokens.start < p.tokens.end && c.tokens.end > p.tokens.end {
                        c.tokens.start = p.tokens.end;
                        c.label = view.span_text(c.tokens.start, c.tokens.end).to_owned();
                        changed = true;
                    }
                    return c.tokens.start >= p.tokens.end || c.tokens.end <= p.tokens.start;
                }
                let within = c.tokens.start >= inside.start && c.tokens.end <= inside.end;
                let known = matches!(c.kind, MentionKind::Known | MentionKind::Demonym);
                // A name the head's words run on from is part of the title.
                let cut_by_head = !known && c.tokens.end < p.head.end;
                // A name opening inside the phrase's modifiers and running into
                // its head is the office read as a name ("French Minister for
                // Europe" tagged as a place).
                let opens_inside = c.tokens.start >= p.tokens.start;
                let keep = within && known
                    || (c.tokens.start < inside.start && !cut_by_head && !opens_inside);
                changed |= !keep;
                keep
            });
            // "… for Water and the Environment Tala Brinsworth": a name the
            // phrase ran on over, after its last portfolio word.
            if let Some(name) = tail_name {
                cands.retain(|c| c.tokens.end <= name.start || c.tokens.start >= name.end);
                added.push(MentionCand::person(view, lex, name.clone()));
                continue;
            }
            // "… for Political Affairs Ada Quist": a given name starts a name.
            // "… for Defence Tariq al-Marzan": so does a capitalised word
            // before a surname joined to its particle.
            let e = p.tokens.end;
            // "… and Trade Nguyen Hong Dian" with "Hong Dian" tagged: the
            // word the office stopped before opens the tagged name.
            if surname_before_person(view, lex, e, range.end, &at) {
                if let Some(c) = cands.iter_mut().find(|c| {
                    c.tokens.start == e + 1
                        && (c.kind == MentionKind::Person || c.class == lex.classes.person)
                }) {
                    c.tokens.start = e;
                    c.label = view.span_text(e, c.tokens.end).to_owned();
                    changed = true;
                    continue;
                }
            }
            let particle_named = e + 1 < range.end
                && view.is_capitalised(e)
                && hyphenated_particle_surname(view, lex, e + 1);
            // "… of the Kyrgyz Republic E.Tolvaev": so do initials with
            // full stops.
            let initialled =
                e < range.end && dotted_initials_start_name(view, lex, e, range.end, &at);
            if e < range.end
                && (is_given_name(view, lex, e) || particle_named || initialled)
                && !cands
                    .iter()
                    .any(|c| c.tokens.contains(&e) && c.kind == MentionKind::Person)
            {
                let mut end = e + 1;
                while end < range.end && end - e < MAX_NAME_WORDS && view.is_capitalised(end) {
                    end += 1;
                }
                if particle_named && end == e + 1 {
                    end = e + 2;
                }
                if end > e + 1 {
                    cands.retain(|c| c.tokens.end <= e || c.tokens.start >= end);
                    let label = view.span_text(e, end).to_owned();
                    added.push(MentionCand::new(
                        e..end,
                        MentionKind::Person,
                        lex.classes.person.clone(),
                        label,
                    ));
                }
            }
        }
    }
    if changed || !added.is_empty() {
        cands.extend(added);
        sort_in_text_order(cands);
    }
}

/// People named before an office in apposition whose names the tagger read
/// as another kind of name ("signed by Jordan Banks, Minister of Trade of
/// Kestria, and …", "Jordan Banks" tagged an organisation): a name of two
/// to four capitalised words, none of which heads a name, set off by a
/// comma before an office phrase that closes the apposition (a comma, a
/// semicolon, a closing bracket, a conjunction or the sentence's end) is
/// the name of the office's holder: a body is named with its office, not
/// apposed to it. Gazetteer names inside it are words of the person's name
/// ("Jordan"); a gazetteer name itself stays what the gazetteer says.
pub fn people_before_apposed_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    if view.toks.is_empty() {
        return;
    }
    let cover = candidate_cover(view, lex, cands);
    let mut people = Vec::new();
    for range in &view.sentences {
        for p in position_phrases(view, lex, range.clone(), &cover[range.clone()]) {
            let (start, end) = (p.tokens.start, p.tokens.end);
            if start < range.start + 3 || !view.is_punct(start - 1, ",") {
                continue;
            }
            let closes = end >= range.end
                || matches!(view.text(end), "," | ";" | ")" | ".")
                || lex.words.conjunctions.contains(view.low(end));
            if !closes {
                continue;
            }
            let renamed = cands.iter().position(|c| {
                c.tokens.end == start - 1
                    && matches!(c.kind, MentionKind::Name | MentionKind::Unclassified)
                    && c.class != lex.classes.person
                    && (2..=MAX_NAME_WORDS).contains(&c.tokens.len())
                    && c.tokens.clone().all(|t| {
                        view.is_capitalised(t) && !lex.name_heads.contains_key(view.low(t))
                    })
            });
            if let Some(n) = renamed {
                people.push(n);
            }
        }
    }
    if people.is_empty() {
        return;
    }
    let mut spans = Vec::new();
    for n in people {
        let c = &mut cands[n];
        c.kind = MentionKind::Person;
        c.class = lex.classes.person.clone();
        spans.push(c.tokens.clone());
    }
    cands.retain(|c| {
        !spans
            .iter()
            .any(|s| *s != c.tokens && s.start <= c.tokens.start && c.tokens.end <= s.end)
    });
}

/// Words a person's name after an office runs on over past the word(s) the
/// tagger read ("Trade Secretary Paulo Serra" read as "Paulo").
const MAX_NAME_RUN_ON: usize = 2;

/// People's names after an office, where the tagger cut them (after
/// [`apply_positions`]):
/// - a word of the office's portfolio read as the first word of the name
///   after the office's preposition ("Minister of Energy Mark Tennant"
///   read as "Energy Mark Tennant", "Minister for Law K Tan"): a portfolio
///   word, or a word no given name before initials or a given name, goes
///   back to the office when two words of the name stay;
/// - a name read short right after the office ("Trade Secretary Paulo
///   Serra" read as "Paulo", the surname taken for a place): it runs on over
///   the capitalised words up to where the noun phrase ends, none of them a
///   common word, a word of offices, titles, dates or names' heads, a
///   trigger verb's form or a postnominal. Not in a title-case heading,
///   whose verbs and objects are capitalised too;
/// - a word no rule read between the office's honorifics and the name the
///   tagger found ("… of Samoa Hon Fiame Ada Quist") opens the name.
pub fn people_after_offices(view: &DocView<'_>, lex: &Lexicon, cands: &mut Vec<MentionCand>) {
    if view.toks.is_empty() {
        return;
    }
    let cover = candidate_cover(view, lex, cands);
    let is_person =
        |c: &MentionCand| c.kind == MentionKind::Person || c.class == lex.classes.person;
    let mut changed = false;
    for range in &view.sentences {
        let phrases = position_phrases(view, lex, range.clone(), &cover[range.clone()]);
        for p in phrases {
            let e = p.tokens.end;
            if e >= range.end {
                continue;
            }
            if lex.position_prepositions.contains(view.low(e)) {
                let mut n = e + 1;
                if n < range.end && lex.is_determiner(view.low(n)) {
                    n += 1;
                }
                if let Some(c) = cands
                    .iter_mut()
                    .find(|c| c.tokens.start == n && c.tokens.len() >= 3 && is_person(c))
                {
                    if office_word_before_name(view, lex, n) {
                        c.tokens.start = n + 1;
                        c.label = view.span_text(n + 1, c.tokens.end).to_owned();
                        changed = true;
                    }
                }
                continue;
            }
            if super::mentions::is_heading(view, range) {
                continue;
            }
            let named = after_titles(view, lex, e, range.end).unwrap_or(e);
            // "… of Kestria Hon Fiame Ada Quist" with "Ada Quist" found: the
            // word after the honorifics opens the name.
            if named > e
                && named + 1 < range.end
                && cover[named] == Cover::Free
                && name_run_on_word(view, lex, named)
            {
                if let Some(c) = cands
                    .iter_mut()
                    .find(|c| c.tokens.start == named + 1 && is_person(c))
                {
                    c.tokens.start = named;
                    c.label = view.span_text(named, c.tokens.end).to_owned();
                    changed = true;
                    continue;
                }
            }
            let Some(i) = cands.iter().position(|c| {
                c.tokens.start == named && c.tokens.len() <= MAX_NAME_RUN_ON && is_person(c)
            }) else {
                continue;
            };
            let x = cands[i].tokens.end;
            let mut m = x;
            while m < range.end
                && m - x < MAX_NAME_RUN_ON
                && cover[m] != Cover::Person
                && name_run_on_word(view, lex, m)
            {
                m += 1;
            }
            if m == x || (m < range.end && view.is_capitalised(m)) {
                continue;
            }
            // What another rule made of the words (a place) is the surname.
            if cands
                .iter()
                .any(|c| c.tokens.start < m && x < c.tokens.end && c.tokens.end > m)
            {
                continue;
            }
            cands.retain(|c| !(c.tokens.start >= x && c.tokens.end <= m));
            if let Some(c) = cands
                .iter_mut()
                .find(|c| c.tokens.start == named && c.tokens.end == x && is_person(c))
            {
                c.tokens.end = m;
                c.label = view.span_text(named, m).to_owned();
                changed = true;
            }
        }
    }
    if changed {
        sort_in_text_order(cands);
    }
}

/// Whether token `n`, opening a name read after an office's preposition,
/// is the office's last word: a portfolio word, or a capitalised word that
/// is no given name before initials or a given name ("Law K Tan").
fn office_word_before_name(view: &DocView<'_>, lex: &Lexicon, n: usize) -> bool {
    view.is_capitalised(n)
        && !is_given_name(view, lex, n)
        && !lex.surnames_first.contains(view.text(n))
        && (lex.words.portfolio_words.contains(view.low(n))
            || is_initials(view, n + 1)
            || is_given_name(view, lex, n + 1))
}

/// Whether the capitalised run at `n`, after "and" inside an office's
/// complement, is the subject of the next clause ("… is the Minister of
/// State at the Ministry of Fisheries and Ivo Marsh Tandoh will serve as
/// …"): two words or more that may be words of a person's name and no word
/// of a portfolio, right before a word of a verb group. The tagger may read
/// such a name into the body's name before it.
fn opens_next_clause(view: &DocView<'_>, lex: &Lexicon, n: usize, limit: usize) -> bool {
    let mut e = n;
    while e < limit && name_run_on_word(view, lex, e) {
        e += 1;
    }
    e >= n + 2
        && e < limit
        && !view.is_capitalised(e)
        && lex.words.verb_group_words.contains(view.low(e))
}

/// Whether capitalised token `t` may go on a person's name read short.
fn name_run_on_word(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let low = view.low(t);
    let limit = view.sentence_end(t);
    view.is_capitalised(t)
        && low
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\u{2019}' || c == '\'')
        && !lex.common_words.contains(low)
        && !lex.stop_names.contains(view.text(t))
        && !lex.name_heads.contains_key(low)
        && !lex.verb_forms.contains_key(low)
        && !lex.words.portfolio_words.contains(low)
        && !lex.words.postnominals.contains(low)
        && !lex.words.weekdays.contains(low)
        && !lex.words.month_names.contains(low)
        && lex.position_titles.longest_at(view, t, limit).is_none()
        && lex.person_titles.longest_at(view, t, limit).is_none()
}

/// Offices written in lowercase alone in an apposition after a person's
/// name, with no owner before them ("the Honourable Ada Quist, senator,
/// the Honourable Ivo Marsh, senator, and …", "Bo Lind, deputy minister of
/// fisheries, said"): an office's head from the ontology with its
/// lowercase modifiers and complement, right after a comma that closes a
/// person's name, the office closing the apposition (a comma, a closing
/// bracket or the sentence's end). The apposition says what the person
/// is, as a capitalised office there does; an owner's possessive or a
/// place before the office is [`appositive_lowercase_offices`]'s.
pub fn bare_appositive_lowercase_offices(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cover: &[Cover],
) -> Vec<PositionPhrase> {
    let at = |t: usize| cover[t - range.start];
    let mut out = Vec::new();
    let mut k = range.start + 2;
    while k < range.end {
        if !view.is_punct(k - 1, ",") || at(k - 2) != Cover::Person {
            k += 1;
            continue;
        }
        let Some((start, head)) = lowercase_office_at(view, lex, k, range.end, &at) else {
            k += 1;
            continue;
        };
        let end = lowercase_complement_end(view, lex, head.end, range.end);
        // An office named a seat only with its complement may be a style
        // before a name ("Senator Ada Quist"); after the name, alone in the
        // apposition, it says what the person is ("Ada Quist, senator,").
        let style = lex
            .person_titles
            .longest_at(view, head.start, head.end)
            .is_some();
        if (end == head.end && needs_complement(view, lex, &head) && !style)
            || !closes_apposition(view, end, range.end)
        {
            k = head.end;
            continue;
        }
        out.push(PositionPhrase {
            tokens: start..end,
            bare: start..end,
            head,
        });
        k = end;
    }
    out
}
