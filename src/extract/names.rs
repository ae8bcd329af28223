//! Name tagging: the pipeline step between [`super::mentions`] and
//! [`super::resolve`] that runs the named-entity tagger
//! ([`crate::parse::ner`]) over every sentence and merges its spans with the
//! rule mentions.
//!
//! The tagger gets what the gazetteer and the lexicon know of each token as
//! [`hint`] bits ([`token_hints`]): known places and organisations,
//! demonyms, given names, titles, head words, stop names, what the rules
//! made of a capitalised run, whether the word is also written in
//! lowercase in the document, and its part of speech from
//! [`crate::parse::tagger`]. Then:
//!
//! * rule mentions that are certain (gazetteer matches, names with a head
//!   word, people after a title, descriptions, groups) stay as they are;
//! * a capitalised name no rule classified takes the tagger's class and
//!   extent, or is dropped when the tagger sees no person, organisation or
//!   place in it ("Nor", "Health");
//! * a person, organisation or place the tagger finds where no rule found
//!   anything becomes a new mention.
//!
//! Every mention of the same name in a document votes, so a name gets one
//! class. Before the vote, what the tagger reads as a name but English
//! does not is set aside: a postnominal after a person's name ("Ada Quist,
//! QC"), a sentence's capitalised first word the document writes in
//! lowercase elsewhere ("Aquaculture is …" beside "aquaculture"), a
//! person named by one common word, name head, office or field of
//! government ("Vice President Relevant": see
//! [`super::mentions::no_name_word`], which asks the document's
//! [`super::mentions::FamilyNames`], the mention rules' own); after it,
//! a storm's name (`kg:stormWord`: "Cyclone Ada", and "Ada" alone in the
//! same document) loses its person, organisation or place class. `--ner-model FILE` replaces the bundled model with one trained by
//! `tools/src/bin/train_ner.rs`.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Lexicon;
use super::mentions::{
    head_class, is_heading, no_name_word, sort_in_text_order, FamilyNames, MentionCand, MentionKind,
};
use super::name_repairs;
use super::resolve::description_written_as_name;
use super::view::DocView;
use crate::parse::ner::{hint, NameClass, NerModel};
use crate::parse::tagger::{TagScratch, Tagger};
use crate::parse::Annotator;

/// The ontology class a tagged name gets.
pub fn class_iri(lex: &Lexicon, class: NameClass) -> Option<String> {
    let roles = &lex.classes;
    match class {
        NameClass::Person => Some(roles.person.clone()),
        NameClass::Organization => Some(roles.organization.clone()),
        NameClass::Place => Some(roles.place.clone()),
        NameClass::Other => None,
    }
}

/// The part-of-speech class id ([`Tagger::tag`]) of every token of the
/// document, one tagger run per sentence on kg's own tokens. Computed once
/// per document: the name tagger's hints and the parse both read it.
pub fn pos_tags(view: &DocView<'_>, pos_tagger: &Tagger) -> Vec<u16> {
    let mut tags = Vec::with_capacity(view.toks.len());
    let mut scratch = TagScratch::default();
    let (mut words, mut ids) = (Vec::new(), Vec::new());
    for range in &view.sentences {
        words.clear();
        words.extend(range.clone().map(|k| view.text(k)));
        pos_tagger.tag(&words, &mut scratch, &mut ids);
        tags.extend_from_slice(&ids);
    }
    tags
}

/// The document's part-of-speech tags two ways, in one pass over its
/// sentences: the bundled tagger's for every sentence (as [`pos_tags`]
/// gives them; the name tagger's hints read these), and the tags the rest
/// of extraction reads, where a sentence written in title case is tagged by
/// the annotator's title-case tagger instead ([`Annotator::routes_to_title_case`]).
pub fn bundled_and_routed_pos_tags(
    view: &DocView<'_>,
    annotator: &Annotator,
) -> (Vec<u16>, Vec<u16>) {
    let n = view.toks.len();
    let (mut bundled, mut routed) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut scratch = TagScratch::default();
    let (mut words, mut ids, mut title_case_ids) = (Vec::new(), Vec::new(), Vec::new());
    for range in &view.sentences {
        words.clear();
        words.extend(range.clone().map(|k| view.text(k)));
        annotator.tagger().tag(&words, &mut scratch, &mut ids);
        bundled.extend_from_slice(&ids);
        match annotator
            .title_case_tagger()
            .filter(|_| annotator.routes_to_title_case(&words))
        {
            Some(title_case) => {
                title_case.tag(&words, &mut scratch, &mut title_case_ids);
                routed.extend_from_slice(&title_case_ids);
            }
            None => routed.extend_from_slice(&ids),
        }
    }
    (bundled, routed)
}

/// The hint bits of every token of the document (see [`hint`]), from the
/// lexicon, the rule mentions `cands` and the part-of-speech tags
/// `pos` ([`pos_tags`] of `pos_tagger`).
pub fn token_hints(
    view: &DocView<'_>,
    lex: &Lexicon,
    pos_tagger: &Tagger,
    pos: &[u16],
    cands: &[MentionCand],
) -> Vec<u32> {
    let n = view.toks.len();
    let mut hints = vec![0u32; n];
    // The hint of each tagger class, found once per call rather than by
    // comparing tag names at every token.
    let upos_hints: Vec<u32> = pos_tagger
        .tags()
        .iter()
        .map(|(upos, _)| hint::upos(upos))
        .collect();
    for (h, &id) in hints.iter_mut().zip(pos) {
        *h |= upos_hints[usize::from(id)];
    }
    // Words written in lowercase somewhere in the document.
    let lower: FxHashSet<&str> = (0..n)
        .filter(|&k| view.is_word(k) && !view.is_capitalised(k))
        .map(|k| view.low(k))
        .collect();
    // Capitalised words seen inside a sentence (not first), and seen inside
    // a longer capitalised run ("Phailin" of "Cyclone Phailin"): what the
    // rest of the document says of a word at a sentence start or alone.
    let mut medial: FxHashSet<&str> = FxHashSet::default();
    let mut in_run: FxHashSet<&str> = FxHashSet::default();
    for range in &view.sentences {
        for k in range.clone().filter(|&k| view.is_capitalised(k)) {
            if k > range.start {
                medial.insert(view.low(k));
            }
            let run_before = k > range.start && view.is_capitalised(k - 1);
            let run_after = k + 1 < range.end && view.is_capitalised(k + 1);
            if run_before || run_after {
                in_run.insert(view.low(k));
            }
        }
    }
    for range in &view.sentences {
        let mut k = range.start;
        while k < range.end {
            let mut h = 0;
            let text = view.text(k);
            let low = view.low(k);
            if view.is_capitalised(k) {
                if lower.contains(low) {
                    h |= hint::LOWER_ELSEWHERE;
                }
                if k == range.start && medial.contains(low) {
                    h |= hint::CAPITAL_INSIDE_ELSEWHERE;
                }
                let in_a_run = k > range.start && view.is_capitalised(k - 1)
                    || k + 1 < range.end && view.is_capitalised(k + 1);
                let alone = !in_a_run;
                if alone && in_run.contains(low) {
                    h |= hint::IN_LONGER_NAME_ELSEWHERE;
                }
                if lex.given_names.contains(text) {
                    h |= hint::GIVEN_NAME;
                }
                if lex.surnames_first.contains(text) {
                    h |= hint::SURNAME_FIRST;
                }
                if lex.stop_names.contains(text) {
                    h |= hint::STOP_NAME;
                }
                if lex.common_words.contains(low) {
                    h |= hint::COMMON_WORD;
                }
                if let Some(class) = lex.name_heads.get(low) {
                    h |= match lex.name_class.get(class) {
                        Some(NameClass::Place) => hint::PLACE_PREFIX,
                        _ if *class == lex.classes.government_body => {
                            hint::ORG_HEAD | hint::GOVERNMENT_HEAD
                        }
                        _ => hint::ORG_HEAD,
                    };
                }
                if lex.name_prefixes.contains_key(text) {
                    h |= hint::PLACE_PREFIX;
                }
            }
            // Words of description heads declared since the tagger was
            // trained (`kg:newToTagger`) give no hint it never saw.
            if lex.description_heads.contains_word(low) && !lex.words.new_to_tagger.contains(low) {
                h |= hint::DESCRIPTION_HEAD;
            }
            hints[k] |= h;
            if let Some((len, _)) = lex.tagger_person_titles.longest_at(view, k, range.end) {
                let mut end = k + len;
                if end < range.end && view.is_punct(end, ".") {
                    end += 1;
                }
                hints[k..end].iter_mut().for_each(|t| *t |= hint::TITLE);
            }
            k += 1;
        }
    }
    for cand in cands {
        let class = lex.name_class.get(&cand.class).copied();
        let bits = match cand.kind {
            MentionKind::Known => match class {
                Some(NameClass::Place) => hint::KNOWN_PLACE,
                Some(NameClass::Organization) => hint::KNOWN_ORG,
                _ => hint::KNOWN_OTHER,
            },
            MentionKind::Demonym => hint::DEMONYM,
            MentionKind::Person => hint::RULE_PERSON,
            MentionKind::Name => match class {
                Some(NameClass::Person) => hint::RULE_PERSON,
                Some(NameClass::Place) => hint::RULE_PLACE,
                Some(NameClass::Organization) => hint::RULE_ORG,
                _ => 0,
            },
            MentionKind::Surname | MentionKind::Unclassified => {
                hint::RULE_UNCLASSIFIED
                    | described_as(view, lex, cand.tokens.end)
                    | match class {
                        Some(NameClass::Place) => hint::CONTEXT_PLACE,
                        Some(NameClass::Organization) => hint::CONTEXT_ORG,
                        _ => 0,
                    }
            }
            MentionKind::Description
            | MentionKind::Group
            | MentionKind::Speaker
            | MentionKind::JointSpeaker => 0,
        };
        for t in &mut hints[cand.tokens.clone()] {
            *t |= bits;
        }
        if cand.kind == MentionKind::Known {
            hints[cand.tokens.start] |= hint::KNOWN_START;
        }
        if let Some((title, _)) = &cand.title {
            hints[title.clone()]
                .iter_mut()
                .for_each(|t| *t |= hint::TITLE);
        }
    }
    hints
}

/// What the sentence says a name ending before token `end` is: "X, a
/// shipping company", "X is a small town" — the class of the first
/// description head within four words after the article, as a hint.
fn described_as(view: &DocView<'_>, lex: &Lexicon, end: usize) -> u32 {
    let limit = if end < view.toks.len() {
        view.sentence_end(end)
    } else {
        return 0;
    };
    let words = &lex.words;
    let introduces = words.introducing_copulas.contains(view.low(end)) || view.low(end) == ",";
    let article =
        |w: &str| words.indefinite_articles.contains(w) || words.definite_articles.contains(w);
    if !introduces || end + 2 >= limit || !article(view.low(end + 1)) {
        return 0;
    }
    for k in end + 2..(end + 6).min(limit) {
        if let Some((_, class)) = lex.description_heads.longest_at(view, k, limit) {
            return match lex.name_class.get(class) {
                Some(NameClass::Person) => hint::CONTEXT_PERSON,
                Some(NameClass::Organization) => hint::CONTEXT_ORG,
                Some(NameClass::Place) => hint::CONTEXT_PLACE,
                _ => 0,
            };
        }
    }
    0
}

/// The tagger's names in the document: global token ranges and classes.
/// `family_names`: the document's, made with `lex`.
pub fn tag_names(
    view: &DocView<'_>,
    lex: &Lexicon,
    model: &NerModel,
    family_names: &FamilyNames<'_>,
    hints: &[u32],
) -> Vec<(Range<usize>, NameClass)> {
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for range in &view.sentences {
        words.clear();
        words.extend(range.clone().map(|k| view.text(k)));
        let opening_end = name_repairs::recital_opening_end(view, lex, range);
        for span in model.tag(&words, &hints[range.clone()]) {
            let tokens = range.start + span.tokens.start..range.start + span.tokens.end;
            let Some(tokens) = name_repairs::without_openings(tokens, opening_end) else {
                continue;
            };
            if span.class == NameClass::Person {
                let mut people = Vec::new();
                split_people(view, lex, tokens, &mut people);
                for person in people {
                    let mut person = without_office(view, lex, person, range.end);
                    person.start = name_repairs::after_plural_title(view, lex, &person, range);
                    person.start = after_portfolio(view, lex, person.clone(), range.start);
                    if person.is_empty() {
                        continue;
                    }
                    person.start = with_accented_given_name(view, lex, hints, person.clone());
                    if is_heading(view, range) {
                        person.end = headline_words_start(view, lex, person.clone());
                        if person.is_empty() {
                            continue;
                        }
                    }
                    if let Some(tokens) = without_titles(view, hints, person) {
                        out.push((tokens, span.class));
                    }
                }
            } else if let Some(tokens) = without_titles(view, hints, tokens) {
                out.push((tokens, span.class));
            }
        }
    }
    without_postnominals_after_people(view, lex, &mut out);
    out.retain(|(r, _)| !common_word_opening_sentence(view, hints, r));
    one_class_per_name(view, &mut out);
    surnames_of_people(view, &mut out);
    without_common_words_as_people(view, lex, family_names, hints, &mut out);
    storm_names(view, lex, &mut out);
    out
}

/// A person's name is never one common word, office word, field of
/// government or name head alone: the tagger reads "Relevant" after "Vice
/// President", "Manager" after "General" or "Assembly" after "General" as a
/// person, but English names nobody so. A known given name stays ("Will"),
/// and so does a family name the document gives a longer person's name
/// ("Brown" beside "Ada Brown").
fn without_common_words_as_people(
    view: &DocView<'_>,
    lex: &Lexicon,
    family_names: &FamilyNames<'_>,
    hints: &[u32],
    names: &mut Vec<(Range<usize>, NameClass)>,
) {
    let surnames: FxHashSet<&str> = names
        .iter()
        .filter(|(r, c)| *c == NameClass::Person && r.len() > 1)
        .map(|(r, _)| view.low(r.end - 1))
        .collect();
    names.retain(|(r, class)| {
        let k = r.start;
        !(*class == NameClass::Person
            && r.len() == 1
            && hints[k] & hint::GIVEN_NAME == 0
            && !surnames.contains(view.low(k))
            && (no_name_word(view, lex, family_names, k) || is_style(view, lex, k)))
    });
}

/// Whether token `k` is a style alone, a person title that is no office
/// ("Dato" of "Dato' Ada Quist", whose apostrophe the tagger read as a
/// possessive and so ended a name there): a courtesy, never a name.
fn is_style(view: &DocView<'_>, lex: &Lexicon, k: usize) -> bool {
    lex.person_titles
        .longest_at(view, k, k + 1)
        .is_some_and(|(_, office)| !*office)
}

/// Where a person's name starts when the tagger began it one word late,
/// after a given name written with a diacritic that the lexicon of given
/// names spells without ("José" of "Secretary José Antonio Meade", the
/// lexicon's "Jose"): the given name starts the name.
fn with_accented_given_name(
    view: &DocView<'_>,
    lex: &Lexicon,
    hints: &[u32],
    person: Range<usize>,
) -> usize {
    let Some(before) = person.start.checked_sub(1) else {
        return person.start;
    };
    let text = view.text(before);
    let accented_given = view.sentence_start(person.start) <= before
        && view.is_capitalised(before)
        && hints[before] & (hint::TITLE | hint::GIVEN_NAME) == 0
        && is_given_name_with_diacritics(lex, text);
    if accented_given {
        before
    } else {
        person.start
    }
}

/// Whether `text` is a given name written with diacritics the lexicon
/// spells without ("José" for "Jose").
pub(crate) fn is_given_name_with_diacritics(lex: &Lexicon, text: &str) -> bool {
    !text.is_ascii() && lex.given_names.contains(fold_diacritics(text).as_str())
}

/// A word with the diacritics of its letters taken off ("José" → "Jose",
/// "Zoë" → "Zoe"): the canonical decomposition without its combining
/// marks; letters with no decomposition ("ø") are kept as they are.
fn fold_diacritics(word: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    word.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

/// Whether a one-word name is a sentence's capitalised first word that
/// the document writes in lowercase elsewhere and never capitalises inside
/// a sentence ("Homeopathy is …" beside "homeopathy" in the text): a
/// common word capitalised by its position, not a name.
fn common_word_opening_sentence(view: &DocView<'_>, hints: &[u32], r: &Range<usize>) -> bool {
    let k = r.start;
    r.len() == 1
        && view.sentence_start(k) == k
        && hints[k] & hint::LOWER_ELSEWHERE != 0
        && hints[k] & hint::CAPITAL_INSIDE_ELSEWHERE == 0
}

/// A postnominal set off after a person's name ("Ada Quist, QC, said") is
/// the person's, never a name of its own, though the tagger may read the
/// capitals as an organisation's acronym.
fn without_postnominals_after_people(
    view: &DocView<'_>,
    lex: &Lexicon,
    names: &mut Vec<(Range<usize>, NameClass)>,
) {
    let person_ends: FxHashSet<usize> = names
        .iter()
        .filter(|(_, c)| *c == NameClass::Person)
        .map(|(r, _)| r.end)
        .collect();
    names.retain(|(r, _)| {
        // Right after the name ("Ada Quist QC") or after its comma.
        let after_person = |k: usize| {
            person_ends.contains(&k)
                || (k > 0 && view.is_punct(k - 1, ",") && person_ends.contains(&(k - 1)))
        };
        !(r.len() == 1
            && lex.words.postnominals.contains(view.low(r.start))
            && after_person(r.start))
    });
}

/// A storm is named like a person ("Cyclone Ada") but is none, nor an
/// organisation or a place: a name a storm word opens (`kg:stormWord`),
/// the storm word alone ("the Cyclone"), and any name ending in a storm's
/// own name ("Ada's winds", "T C Ada" with the kind abbreviated) keep no
/// person, organisation or place class.
fn storm_names(view: &DocView<'_>, lex: &Lexicon, names: &mut [(Range<usize>, NameClass)]) {
    let opens_storm = |r: &Range<usize>| lex.words.storm_words.contains(view.low(r.start));
    let storms: FxHashSet<&str> = names
        .iter()
        .filter(|(r, _)| r.len() > 1 && opens_storm(r))
        .map(|(r, _)| view.low(r.end - 1))
        .collect();
    for (r, class) in names.iter_mut() {
        if opens_storm(r) || storms.contains(view.low(r.end - 1)) {
            *class = NameClass::Other;
        }
    }
}

/// The words of a tagged name, lowercased and joined by spaces: the key
/// under which one document's mentions of the same name meet.
fn name_key(view: &DocView<'_>, tokens: &Range<usize>) -> String {
    let mut key = String::new();
    for k in tokens.clone() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(view.low(k));
    }
    key
}

/// A document names one thing by one name: where the tagger gave the same
/// words different classes in different sentences ("Tarvo" once a place,
/// twice a person), every mention takes the class most of them have (on a
/// tie, they stay as tagged: the sentences disagree evenly).
fn one_class_per_name(view: &DocView<'_>, names: &mut [(Range<usize>, NameClass)]) {
    let keys: Vec<String> = names.iter().map(|(r, _)| name_key(view, r)).collect();
    let mut votes: FxHashMap<&str, [usize; 4]> = FxHashMap::default();
    for ((_, class), key) in names.iter().zip(&keys) {
        votes.entry(key.as_str()).or_default()[*class as usize] += 1;
    }
    for ((_, class), key) in names.iter_mut().zip(&keys) {
        let counts = votes[key.as_str()];
        let best = (0..4)
            .max_by_key(|&c| (counts[c], c == *class as usize))
            .unwrap_or(0);
        if counts[best] > counts[*class as usize] {
            *class = NameClass::ALL[best];
        }
    }
}

/// A person named in full once is named by the family name alone later
/// ("Ada Quist … Quist said"): a one-word name that is the last word of a
/// longer person's name in the same document is that person.
fn surnames_of_people(view: &DocView<'_>, names: &mut [(Range<usize>, NameClass)]) {
    let surnames: FxHashSet<&str> = names
        .iter()
        .filter(|(r, c)| *c == NameClass::Person && r.len() > 1)
        .map(|(r, _)| view.low(r.end - 1))
        .collect();
    for (r, class) in names.iter_mut() {
        if r.len() == 1 && *class != NameClass::Person && surnames.contains(view.low(r.start)) {
            *class = NameClass::Person;
        }
    }
}

/// Where a person's name the tagger found in a title-case heading runs into
/// the headline's other words: at its first capitalised preposition ("…
/// With Kestria", "… On Clean Energy"), trigger verb in the third person
/// ("Announces") or meeting verb ("Meets", "Holds"), none of which a
/// person's name holds.
fn headline_words_start(view: &DocView<'_>, lex: &Lexicon, person: Range<usize>) -> usize {
    person
        .clone()
        .find(|&t| {
            let low = view.low(t);
            super::mentions::headline_meeting_verb(view, lex, t)
                || (view.is_capitalised(t)
                    && (lex.words.noun_phrase_prepositions.contains(low)
                        || lex.position_prepositions.contains(low)
                        || (low.len() > 3
                            && low.ends_with('s')
                            && lex.verb_forms.contains_key(low)
                            && !lex.name_heads.contains_key(low))))
        })
        .unwrap_or(person.end)
}

/// A person's name without an office whose head starts it ("Parliamentary
/// Secretary Ada Quist", or "Parliamentary" alone when the tagger stopped
/// inside the head): the office is read as a position of its own. Nor is a
/// postnominal after it ("Ada Quist MP") part of the name.
fn without_office(
    view: &DocView<'_>,
    lex: &Lexicon,
    mut tokens: Range<usize>,
    limit: usize,
) -> Range<usize> {
    while !tokens.is_empty() && view.is_capitalised(tokens.start) {
        let Some((len, _)) = lex.position_titles.longest_at(view, tokens.start, limit) else {
            break;
        };
        tokens.start = (tokens.start + len).min(tokens.end);
    }
    while tokens.len() > 1 && lex.words.postnominals.contains(view.low(tokens.end - 1)) {
        tokens.end -= 1;
    }
    tokens
}

/// Capitalised words of an office's complement read back from a tagged
/// person's name to the complement's preposition ("of National" before
/// "Defense Ngo Xuan Lich").
const MAX_COMPLEMENT_WORDS: usize = 4;

/// Where a person's name the tagger found inside an office's complement
/// starts. Right after the office's preposition, "Minister of Agriculture
/// Ana Costa Ruiz": the capitalised words before the first known given
/// name are the office's portfolio, not the name. Later in the complement,
/// "Minister of National Defense Ngo Xuan Lich" tagged from "Defense": the
/// fields of government (`kg:portfolioWord`) opening the name are the
/// portfolio's last words, where two words of the name at least are left
/// (a field of government is no given name; one word alone may be the
/// surname the tagger was sure of).
fn after_portfolio(view: &DocView<'_>, lex: &Lexicon, person: Range<usize>, first: usize) -> usize {
    if person.start <= first {
        return person.start;
    }
    let preposition = |t: usize| lex.position_prepositions.contains(view.low(t));
    if preposition(person.start - 1) {
        let given = person
            .clone()
            .skip(1)
            .find(|&t| lex.given_names.contains(view.text(t)))
            .filter(|&t| (person.start..t).all(|k| !lex.given_names.contains(view.text(k))));
        if let Some(given) = given {
            return given;
        }
        // "Minister of Agriculture Quist" tagged from "Agriculture": a field
        // of government is never a name's first word, so the portfolio's
        // words come off even where the surname alone is left (or nothing).
        let portfolio_ends = person
            .clone()
            .find(|&t| !lex.words.portfolio_words.contains(view.low(t)))
            .unwrap_or(person.end);
        if portfolio_ends > person.start {
            return portfolio_ends;
        }
    }
    let mut s = person.start;
    while s > first
        && person.start - s < MAX_COMPLEMENT_WORDS
        && view.is_capitalised(s - 1)
        && !preposition(s - 1)
    {
        s -= 1;
    }
    let in_complement = s > first + 1 && preposition(s - 1) && view.is_capitalised(s - 2);
    let portfolio =
        |t: usize| view.is_capitalised(t) && lex.words.portfolio_words.contains(view.low(t));
    let mut start = person.start;
    while in_complement && person.end - start > 2 && portfolio(start) {
        start += 1;
    }
    start
}

/// A name without the titles and honorifics in front of it ("Mrs", "Dr.",
/// "H.E.", "Director General"): they are never part of a name. Nor are
/// lowercase words at either edge ("of Athens", "Ada Quist on"): a name
/// starts and ends with a capitalised word or a number. A closed-class word
/// (by its part of speech) is no edge either, even in capitals ("ADA QUIST
/// ON"), and neither is a sentence's first word when it is a verb or adverb
/// ("Joining the Kestrel River"); a known given name always is ("Will").
/// `None` when nothing else is left.
fn without_titles(
    view: &DocView<'_>,
    hints: &[u32],
    mut tokens: Range<usize>,
) -> Option<Range<usize>> {
    let several = tokens.len() > 1;
    while !tokens.is_empty()
        && (hints[tokens.start] & hint::TITLE != 0
            || !name_edge(view, hints, tokens.start, several)
            || capitalised_as_sentence_start(view, hints, tokens.start))
    {
        tokens.start += 1;
    }
    while !tokens.is_empty() && !name_edge(view, hints, tokens.end - 1, several) {
        tokens.end -= 1;
    }
    (!tokens.is_empty()).then_some(tokens)
}

/// Whether token `k` may start or end a name of `several` words (see
/// [`without_titles`]): a closed-class word of one letter ("Norton I") or
/// a name of one word ("WHO") stays.
fn name_edge(view: &DocView<'_>, hints: &[u32], k: usize, several: bool) -> bool {
    let h = hints[k];
    if h & hint::GIVEN_NAME != 0 {
        return true;
    }
    let written = view.is_capitalised(k)
        || view.is_elided_name(k)
        || view.text(k).starts_with(|c: char| c.is_ascii_digit());
    written
        && !(several && view.text(k).len() > 1 && hint::closed_class(h))
        && !(several && super::mentions::is_hyphenated_modifier(view.text(k)))
}

/// Whether token `k` is a sentence's first word that is a verb or adverb,
/// capitalised only because it starts the sentence.
fn capitalised_as_sentence_start(view: &DocView<'_>, hints: &[u32], k: usize) -> bool {
    k == view.sentence_start(k)
        && hints[k] & hint::GIVEN_NAME == 0
        && hint::verb_or_adverb(hints[k])
}

/// Rule names (not gazetteer matches) cut to a name's edges as
/// [`without_titles`] draws them: a capitalised run the rules read may
/// start with a sentence's first verb ("Renamed the Kestrel Lake Centre")
/// or end in a word a heading wrote in capitals. A title before a person's
/// name is already outside the mention.
fn trim_rule_names(view: &DocView<'_>, lex: &Lexicon, hints: &[u32], cands: &mut [MentionCand]) {
    for cand in cands.iter_mut() {
        // A one-word mention is left to the tagger ("May" may be a surname);
        // a document's title may start with a verb ("Taking Stock of …").
        if !matches!(
            cand.kind,
            MentionKind::Name | MentionKind::Person | MentionKind::Unclassified
        ) || cand.tokens.len() < 2
            || lex.document_classes.contains(&cand.class)
            || cand.acronym.is_some()
            || cand.with_parties.is_some()
            || cand.with_scope.is_some()
        {
            continue;
        }
        // "President von der Brenn": after a title, a surname may open
        // with its particles.
        let particle_opened = cand.kind == MentionKind::Person
            && cand.title.is_some()
            && lex.name_particles.contains(view.low(cand.tokens.start));
        let mut trimmed = cand.tokens.clone();
        while !trimmed.is_empty()
            && !particle_opened
            && (!name_edge(view, hints, trimmed.start, true)
                || capitalised_as_sentence_start(view, hints, trimmed.start))
        {
            trimmed.start += 1;
        }
        while !trimmed.is_empty() && !name_edge(view, hints, trimmed.end - 1, true) {
            trimmed.end -= 1;
        }
        if trimmed.is_empty() || trimmed == cand.tokens {
            continue;
        }
        cand.label = view.span_text(trimmed.start, trimmed.end).to_owned();
        cand.tokens = trimmed;
    }
}

/// An organisation or place name the tagger sees as one, which the rules
/// found in pieces ("Leiden" + "University Libraries", "British" +
/// "Library"), becomes one mention: a place or demonym inside a longer name
/// names the thing, not the place. The class is that of a rule's head word
/// closing the name ("… University" → a university), else the tagger's.
fn merge_pieces(
    view: &DocView<'_>,
    lex: &Lexicon,
    tagged: &[(Range<usize>, NameClass)],
    class_of: &dyn Fn(&Range<usize>) -> NameClass,
    cands: &mut Vec<MentionCand>,
) {
    for (range, _) in tagged {
        let class = class_of(range);
        if !matches!(class, NameClass::Organization | NameClass::Place) {
            continue;
        }
        for part in coordinated_names(view, lex, range.clone(), cands) {
            merge_name(view, lex, part, class, cands);
        }
    }
    sort_in_text_order(cands);
}

/// The names a tagged span coordinates: "and" that no rule mention covers,
/// before a determiner or before a head word with its complement, joins
/// two names ("Kestrel Energy and the Government of Norland", "… and
/// Ministry of Health of Norland"), as the name rules read it. Each part
/// is returned without its leading determiner; a span with no such "and"
/// is one part.
fn coordinated_names(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    cands: &[MentionCand],
) -> Vec<Range<usize>> {
    let starts_name = |k: usize| {
        lex.is_determiner(view.low(k))
            || k + 1 < range.end
                && lex.name_heads.contains_key(view.low(k))
                && lex.words.name_head_connectors.contains(view.low(k + 1))
    };
    let mut parts = Vec::new();
    let mut start = range.start;
    for k in range.clone() {
        if k > start
            && k + 1 < range.end
            && lex.words.conjunctions.contains(view.low(k))
            && starts_name(k + 1)
            && !cands.iter().any(|c| c.tokens.contains(&k))
        {
            parts.push(start..k);
            start = k + 1;
            if lex.is_determiner(view.low(start)) {
                start += 1;
            }
        }
    }
    parts.push(start..range.end);
    parts
}

/// Merges the rule mentions inside one tagged name (see [`merge_pieces`]).
fn merge_name(
    view: &DocView<'_>,
    lex: &Lexicon,
    range: Range<usize>,
    class: NameClass,
    cands: &mut Vec<MentionCand>,
) {
    if range.is_empty() {
        return;
    }
    let pieces: Vec<usize> = (0..cands.len())
        .filter(|&i| overlaps(&cands[i].tokens, &range))
        .collect();
    // A lone capitalised word ("Airport" of "Kestria Airport") is a
    // piece of the name too.
    let mergeable = |c: &MentionCand| {
        c.tokens.start >= range.start
            && c.tokens.end <= range.end
            && c.tokens.len() < range.len()
            && matches!(
                c.kind,
                MentionKind::Known
                    | MentionKind::Demonym
                    | MentionKind::Name
                    | MentionKind::Unclassified
                    | MentionKind::Surname
            )
    };
    let certain = pieces
        .iter()
        .any(|&i| matches!(cands[i].kind, MentionKind::Known | MentionKind::Demonym));
    if !certain || !pieces.iter().all(|&i| mergeable(&cands[i])) {
        return;
    }
    // A trigger verb the rules left between the pieces is a headline's
    // verb ("Kestria and Norland Sign Trade Accord"), not part of a name.
    let verb_between = range.clone().any(|k| {
        !pieces.iter().any(|&i| cands[i].tokens.contains(&k))
            && lex.verb_forms.contains_key(view.low(k))
    });
    if verb_between {
        return;
    }
    let head = pieces
        .iter()
        .map(|&i| &cands[i])
        .find(|c| c.kind == MentionKind::Name && c.tokens.end == range.end);
    let Some(class) = head
        .filter(|c| !c.class.is_empty())
        .map(|c| c.class.clone())
        .or_else(|| class_iri(lex, class))
    else {
        return;
    };
    for &i in pieces.iter().rev() {
        cands.remove(i);
    }
    let label = view.span_text(range.start, range.end).to_owned();
    cands.push(MentionCand::new(range, MentionKind::Name, class, label));
}

/// A person's name never runs across "and": "Ada Quist and Ben Moro" are two
/// people. Other names may ("Bosnia and Herzegovina").
fn split_people(
    view: &DocView<'_>,
    lex: &Lexicon,
    tokens: Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    let mut start = tokens.start;
    for k in tokens.clone() {
        if lex.words.conjunctions.contains(view.low(k)) || view.low(k) == "&" {
            if start < k {
                out.push(start..k);
            }
            start = k + 1;
        }
    }
    if start < tokens.end {
        out.push(start..tokens.end);
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The pipeline step: tags the names of the document and merges them with
/// the rule mentions (see the module documentation). `hints`: the
/// tagger's [`token_hints`]; `family_names`: the document's, made with
/// `lex`.
pub fn apply_name_tagger(
    view: &DocView<'_>,
    lex: &Lexicon,
    model: &NerModel,
    family_names: &FamilyNames<'_>,
    hints: &[u32],
    cands: &mut Vec<MentionCand>,
) {
    let mut tagged = tag_names(view, lex, model, family_names, hints);
    name_repairs::without_place_possessors(view, lex, &mut tagged);
    name_repairs::rule_names_without_openings(view, lex, cands);
    trim_rule_names(view, lex, hints, cands);
    name_repairs::documents_over_numbers(view, lex, &tagged, cands);
    name_repairs::documents_over_slashed_parties(view, lex, &tagged, cands);
    sort_in_text_order(cands);
    // One class per name: every tagged mention of it votes.
    let mut votes: FxHashMap<String, [u32; 4]> = FxHashMap::default();
    for (range, class) in &tagged {
        let label = view.span_text(range.start, range.end).to_lowercase();
        votes.entry(label).or_default()[*class as usize] += 1;
    }
    let class_of = |range: &Range<usize>| {
        let counts = votes[&view.span_text(range.start, range.end).to_lowercase()];
        NameClass::ALL
            .into_iter()
            .max_by_key(|c| (counts[*c as usize], std::cmp::Reverse(*c as usize)))
            .unwrap_or(NameClass::Other)
    };
    merge_pieces(view, lex, &tagged, &class_of, cands);
    let certain: Vec<Range<usize>> = cands
        .iter()
        .filter(|c| !c.kind.awaits_name_class())
        .map(|c| c.tokens.clone())
        .collect();
    // A name the text itself describes ("Kestrel Dynamics, a shipping
    // company") takes the class of that description, in every mention.
    let mut described: FxHashMap<String, String> = FxHashMap::default();
    for cand in cands.iter().filter(|c| c.kind.awaits_name_class()) {
        if let Some(class) = appositive_class(view, lex, cand.tokens.end) {
            described
                .entry(cand.label.to_lowercase())
                .or_insert_with(|| class.to_owned());
        }
    }
    let mut used = vec![false; tagged.len()];
    cands.retain_mut(|cand| {
        if let Some(class) = described.get(&cand.label.to_lowercase()) {
            if cand.kind.awaits_name_class() {
                // The description is the text's own word on the class; the
                // tagger's extent only matters for names it did not describe.
                cand.class = class.clone();
                cand.kind = if *class == lex.classes.person {
                    MentionKind::Person
                } else {
                    MentionKind::Name
                };
                return true;
            }
        }
        if !cand.kind.awaits_name_class() {
            return true;
        }
        // "the MOU": a document's head written as a name refers back the
        // way "the memorandum" does, whatever the tagger makes of it.
        if let Some((class, _)) = description_written_as_name(view, lex, cand) {
            cand.kind = MentionKind::Name;
            cand.class = class;
            return true;
        }
        let found = tagged
            .iter()
            .enumerate()
            .find(|(_, (range, _))| overlaps(range, &cand.tokens));
        let Some((i, (range, _))) = found else {
            // The tagger sees no name here: a lone word may still be a
            // known person's surname, but gets no class of its own.
            cand.class.clear();
            return cand.kind == MentionKind::Surname;
        };
        if used[i] {
            // Another piece of the same tagged name took it already.
            return false;
        }
        used[i] = true;
        // A name the tagger bounds with a document's head word ("Signing of
        // New Memorandum of Discussion", where the rules' run started at the
        // verb) is that document, whatever class the tagger gives it.
        let class = head_class(view, lex, range.start, range.end)
            .filter(|c| lex.document_classes.contains(c))
            .or_else(|| class_iri(lex, class_of(range)));
        let Some(class) = class else {
            cand.class.clear();
            return cand.kind == MentionKind::Surname;
        };
        // The tagger's extent, unless it runs into a certain mention; never a title.
        let tokens = if certain.iter().any(|c| overlaps(c, range)) {
            without_titles(view, hints, cand.tokens.clone())
        } else {
            Some(range.clone())
        };
        let Some(tokens) = tokens else {
            return false;
        };
        cand.label = view.span_text(tokens.start, tokens.end).to_owned();
        cand.tokens = tokens;
        cand.kind = if class == lex.classes.person {
            MentionKind::Person
        } else {
            MentionKind::Name
        };
        cand.class = class;
        true
    });
    for (i, (range, _)) in tagged.iter().enumerate() {
        if used[i] || cands.iter().any(|c| overlaps(&c.tokens, range)) {
            continue;
        }
        let Some(class) = class_iri(lex, class_of(range)) else {
            continue;
        };
        let kind = if class == lex.classes.person {
            MentionKind::Person
        } else {
            MentionKind::Name
        };
        let label = view.span_text(range.start, range.end).to_owned();
        cands.push(MentionCand::new(range.clone(), kind, class, label));
    }
    sort_in_text_order(cands);
}

/// The class of an indefinite description in apposition right after a name
/// ending at token `end`: ", a|an [modifiers] HEAD" with a description head
/// of the lexicon, ended by punctuation or the sentence end.
fn appositive_class<'l>(view: &DocView<'_>, lex: &'l Lexicon, end: usize) -> Option<&'l str> {
    if end >= view.toks.len() {
        return None;
    }
    let limit = view.sentence_end(end.saturating_sub(1));
    if end + 2 >= limit
        || !view.is_punct(end, ",")
        || !lex.words.indefinite_articles.contains(view.low(end + 1))
    {
        return None;
    }
    // The description runs to the next punctuation (at most eight words).
    let stop = (end + 2..limit.min(end + 10))
        .find(|&k| !view.is_word(k))
        .unwrap_or(limit.min(end + 10));
    let mut class = None;
    let mut k = end + 2;
    while k < stop {
        match lex.description_heads.longest_at(view, k, stop) {
            Some((len, c)) => {
                // Only a head that ends the description names its class.
                class = (k + len == stop).then_some(c.as_str());
                k += len;
            }
            None => k += 1,
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{segment, Document};

    /// The words of `range` in a one-sentence document.
    fn words(view: &DocView<'_>, range: Range<usize>) -> String {
        view.span_text(range.start, range.end).to_owned()
    }

    /// The document and sentences of `text`.
    fn view_of(text: &str) -> (Document, Vec<crate::text::Sentence>) {
        let doc = Document::from_text("t.txt", text);
        let sentences = segment(&doc.text, &doc.meta.body);
        (doc, sentences)
    }

    /// The `n`th token written `w`.
    fn nth(view: &DocView<'_>, w: &str, n: usize) -> usize {
        (0..view.toks.len())
            .filter(|&k| view.text(k) == w)
            .nth(n)
            .unwrap()
    }

    #[test]
    fn a_name_the_tagger_typed_two_ways_takes_the_class_most_mentions_have() {
        let (doc, sentences) = view_of(
            "Brevik hosted the summit. Talks in Brevik ran late. Brevik sent a note to Ostra.",
        );
        let view = DocView::new(&doc.text, &sentences);
        let brevik = |n: usize| nth(&view, "Brevik", n);
        let ostra = nth(&view, "Ostra", 0);
        let mut names = vec![
            (brevik(0)..brevik(0) + 1, NameClass::Person),
            (brevik(1)..brevik(1) + 1, NameClass::Place),
            (brevik(2)..brevik(2) + 1, NameClass::Place),
            (ostra..ostra + 1, NameClass::Organization),
        ];
        one_class_per_name(&view, &mut names);
        assert!(names[..3].iter().all(|(_, c)| *c == NameClass::Place));
        // A name tagged once keeps its class.
        assert_eq!(names[3].1, NameClass::Organization);
    }

    #[test]
    fn a_name_typed_two_ways_evenly_stays_as_tagged() {
        let (doc, sentences) = view_of("Corvel rose early. Corvel lies north of the pass.");
        let view = DocView::new(&doc.text, &sentences);
        let corvel = |n: usize| nth(&view, "Corvel", n);
        let mut names = vec![
            (corvel(0)..corvel(0) + 1, NameClass::Person),
            (corvel(1)..corvel(1) + 1, NameClass::Place),
        ];
        one_class_per_name(&view, &mut names);
        assert_eq!(names[0].1, NameClass::Person);
        assert_eq!(names[1].1, NameClass::Place);
    }

    #[test]
    fn a_family_name_alone_is_the_person_named_in_full_before() {
        let (doc, sentences) =
            view_of("Ilse Varnholt spoke first. Later Varnholt left for Dunmere.");
        let view = DocView::new(&doc.text, &sentences);
        let ilse = nth(&view, "Ilse", 0);
        let varnholt = nth(&view, "Varnholt", 1);
        let dunmere = nth(&view, "Dunmere", 0);
        let mut names = vec![
            (ilse..ilse + 2, NameClass::Person),
            (varnholt..varnholt + 1, NameClass::Place),
            (dunmere..dunmere + 1, NameClass::Place),
        ];
        surnames_of_people(&view, &mut names);
        assert_eq!(names[1].1, NameClass::Person);
        // A place that is no part of a person's name stays a place.
        assert_eq!(names[2].1, NameClass::Place);
    }

    #[test]
    fn a_word_of_a_longer_place_name_is_not_made_a_person() {
        // Only a person's name lends its last word: "Port Halden" is a place.
        let (doc, sentences) = view_of("Port Halden grew fast. Halden now has a ferry.");
        let view = DocView::new(&doc.text, &sentences);
        let port = nth(&view, "Port", 0);
        let halden = nth(&view, "Halden", 1);
        let mut names = vec![
            (port..port + 2, NameClass::Place),
            (halden..halden + 1, NameClass::Organization),
        ];
        surnames_of_people(&view, &mut names);
        assert_eq!(names[1].1, NameClass::Organization);
    }

    #[test]
    fn fields_of_government_opening_a_name_inside_an_office_are_the_portfolio() {
        let lex = Lexicon::new(&crate::ontology::Ontology::builtin().unwrap());
        let (doc, sentences) = view_of(
            "Ada Quist met the Minister of National Defense Teo Van Minh and the Minister of Trade Lo Pham in Tarvik. Yesterday Health Teo Van Minh spoke.",
        );
        let view = DocView::new(&doc.text, &sentences);
        let first = view.sentences[0].start;
        // The tagger's span runs back over the portfolio's last word.
        let defense = nth(&view, "Defense", 0);
        let start = after_portfolio(&view, &lex, defense..defense + 4, first);
        assert_eq!(words(&view, start..defense + 4), "Teo Van Minh");
        // Right after the office's preposition a field of government is
        // never a name's first word, even where one word is left: "Trade
        // Lo" is the portfolio's word and the surname.
        let trade = nth(&view, "Trade", 0);
        let start = after_portfolio(&view, &lex, trade..trade + 3, first);
        assert_eq!(words(&view, start..trade + 3), "Lo Pham");
        let start = after_portfolio(&view, &lex, trade..trade + 2, first);
        assert_eq!(start, trade + 1);
        // Outside an office's complement the word stays.
        let health = nth(&view, "Health", 0);
        let second = view.sentences[1].start;
        assert_eq!(
            after_portfolio(&view, &lex, health..health + 4, second),
            health
        );
    }

    #[test]
    fn lowercase_edges_and_titles_are_trimmed_from_a_name() {
        let doc = Document::from_text(
            "t.txt",
            "He thanked Dr. Ada Quist on Monday in the city of Tavrin.",
        );
        let sentences = segment(&doc.text, &doc.meta.body);
        let view = DocView::new(&doc.text, &sentences);
        let at = |w: &str| {
            (0..view.toks.len())
                .find(|&k| view.text(k).trim_end_matches('.') == w)
                .unwrap()
        };
        let mut hints = vec![0; view.toks.len()];
        hints[at("Dr")] = hint::TITLE;
        let person = without_titles(&view, &hints, at("Dr")..at("Monday")).unwrap();
        assert_eq!(words(&view, person), "Ada Quist");
        let place = without_titles(&view, &hints, at("of")..at("Tavrin") + 1).unwrap();
        assert_eq!(words(&view, place), "Tavrin");
        assert!(without_titles(&view, &hints, at("on")..at("on") + 1).is_none());
    }

    #[test]
    fn closed_class_words_and_sentence_initial_verbs_are_no_name_edges() {
        let doc = Document::from_text(
            "t.txt",
            "Joining the Tavrin River, it flows past ADA QUIST ON MONDAY as Norton I saw.",
        );
        let sentences = segment(&doc.text, &doc.meta.body);
        let view = DocView::new(&doc.text, &sentences);
        let at = |w: &str| (0..view.toks.len()).find(|&k| view.text(k) == w).unwrap();
        let mut hints = vec![hint::upos("PROPN"); view.toks.len()];
        hints[at("Joining")] = hint::upos("VERB");
        hints[at("the")] = hint::upos("DET");
        hints[at("ON")] = hint::upos("ADP");
        hints[at("I")] = hint::upos("PRON");
        let river = without_titles(&view, &hints, at("Joining")..at("River") + 1).unwrap();
        assert_eq!(words(&view, river), "Tavrin River");
        let person = without_titles(&view, &hints, at("ADA")..at("ON") + 1).unwrap();
        assert_eq!(words(&view, person), "ADA QUIST");
        let emperor = without_titles(&view, &hints, at("Norton")..at("I") + 1).unwrap();
        assert_eq!(words(&view, emperor), "Norton I");
    }

    #[test]
    fn two_people_joined_by_and_are_two_names() {
        let doc = Document::from_text("t.txt", "Ada Quist and Ben Moro signed it.");
        let sentences = segment(&doc.text, &doc.meta.body);
        let view = DocView::new(&doc.text, &sentences);
        let mut people = Vec::new();
        let lexicon = Lexicon::new(&crate::ontology::Ontology::builtin().unwrap());
        split_people(&view, &lexicon, 0..5, &mut people);
        let names: Vec<String> = people.into_iter().map(|r| words(&view, r)).collect();
        assert_eq!(names, ["Ada Quist", "Ben Moro"]);
    }
}
