//! A plural office or body over coordinated owners: "we, the Ministers of
//! Foreign Affairs of Kestria and Norland, have agreed …" names the two
//! ministers together, one phrase, and "the Governments of Kestria and
//! Norland", "the Ministries of Health of A and B" the two countries'
//! bodies. The name rules stop the phrase at the first owner ("Ministers of
//! Foreign Affairs of Kestria"), and the relation rules then read that
//! office and the second owner as coordinated parties, which they are not.
//! The owners keep their own mentions inside the phrase: the relation rules
//! read each owner as a party where the phrase is one
//! (`Frame::plural_owners`).

use super::lexicon::{singular_forms, Lexicon};
use super::mentions::{MentionCand, MentionKind};
use super::positions::plural_title_at;
use super::view::DocView;
use crate::parse::ner::NameClass;

/// Words of an office before its plural head, as `plural_title_at` reads
/// them ("Prime Ministers"), plus the head.
const MAX_PLURAL_TITLE_WORDS: usize = 3;

/// Whether token `t` is a body's head word in the plural ("Governments",
/// "Ministries", "Parliaments"): capitalised, its singular a name head of
/// the ontology's government bodies (`kg:nameHead` of
/// `kg:governmentBodyClass`).
pub(crate) fn plural_body_head_at(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let text = view.text(t);
    view.is_capitalised(t)
        && text.ends_with('s')
        && singular_forms(text).iter().any(|singular| {
            lex.name_heads.get(&singular.to_lowercase()) == Some(&lex.classes.government_body)
        })
}

/// Whether the phrase opening at token `s` (and ending by `e`) opens with a
/// plural office (`plural_title_at`: the plural of a `kg:positionTitle`)
/// or a plural body head ([`plural_body_head_at`]), also after one
/// capitalised word naming the bodies' field ("the Foreign Ministries of
/// Kestria and Norland", "the Health Ministries of …").
pub(crate) fn opens_with_plural_head(
    view: &DocView<'_>,
    lex: &Lexicon,
    s: usize,
    e: usize,
) -> bool {
    plural_body_head_at(view, lex, s)
        || (s + 1 < e && view.is_capitalised(s) && plural_body_head_at(view, lex, s + 1))
        || (s..e.min(s + MAX_PLURAL_TITLE_WORDS))
            .any(|t| plural_title_at(view, lex, s, t).is_some_and(|(start, _)| start == s))
}

/// Extends a name opening with a plural office or body head
/// ([`opens_with_plural_head`]) whose genitive complement, inside the name
/// or right after it, is a known place, over "and" and a second known place
/// of the same class (or over commas and a last "and", more) that ends the
/// capitalised run: "Ministers of Foreign
/// Affairs of Kestria and Norland", "Governments of Kestria and Norland"
/// are one mention each, the places' own mentions inside it.
pub fn plural_offices_over_coordinated_owners(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut [MentionCand],
) {
    let words = &lex.words;
    for i in 0..cands.len() {
        let c = &cands[i];
        if !matches!(c.kind, MentionKind::Name | MentionKind::Unclassified) {
            continue;
        }
        let (s, e) = (c.tokens.start, c.tokens.end);
        if !opens_with_plural_head(view, lex, s, e) {
            continue;
        }
        let limit = view.sentences[view.toks[s].sentence].end;
        let known_place_at = |k: usize| {
            cands.iter().position(|o| {
                o.kind == MentionKind::Known
                    && o.tokens.start == k
                    && lex.name_class.get(&o.class) == Some(&NameClass::Place)
            })
        };
        // The first owner: the end of the name ("… of Kestria" read as one
        // name), or a known place after "of" right after it.
        let (first_class, first_end) =
            if e + 1 < limit && words.genitive_prepositions.contains(view.low(e)) {
                let Some(f) = known_place_at(e + 1) else {
                    continue;
                };
                (cands[f].class.clone(), cands[f].tokens.end)
            } else {
                let Some(of) = (s + 1..e)
                    .rev()
                    .find(|&t| words.genitive_prepositions.contains(view.low(t)))
                else {
                    continue;
                };
                let owner = view.span_text(of + 1, e).to_lowercase();
                let Some(&id) = lex.surface_ids.get(&owner) else {
                    continue;
                };
                let Some(sense) = lex.surfaces[id].1.first() else {
                    continue;
                };
                (lex.individuals[sense.individual].class.clone(), e)
            };
        // The owners after the first, set apart by commas and a last "and"
        // ("of Kestria, Norland and Vell").
        let mut end = first_end;
        let mut closed = false;
        while !closed {
            let mut j = end;
            let comma = j < limit && view.is_punct(j, ",");
            if comma {
                j += 1;
            }
            closed = j < limit && words.conjunctions.contains(view.low(j));
            if closed {
                j += 1;
            }
            if !(comma || closed) || j >= limit {
                break;
            }
            match known_place_at(j) {
                Some(next) if cands[next].class == first_class => end = cands[next].tokens.end,
                _ => {
                    closed = false;
                    break;
                }
            }
        }
        if !closed || (end < limit && view.is_capitalised(end)) {
            continue;
        }
        cands[i].tokens.end = end;
        cands[i].label = view.span_text(s, end).to_owned();
    }
}

/// "the Kestria and Norland Governments", "between the Kenya, Uganda and
/// Tanzania Governments": places coordinated before one plural body head
/// name each place's body, so the head belongs to every place and the last
/// place is no name of its own with it. The name rules and the tagger join
/// the last place and the head into one name ("Norland Governments", a new
/// organisation that cooperates or signs in the places' stead); that name
/// gives way to the last place's gazetteer mention, and the relation rules
/// read the places as the parties, as they read "the Kestrian and
/// Norlandic governments". Only where the place before the coordinator is
/// a known place too (its name or its adjective: "the UK and Kestrian
/// Governments"), and no capitalised word after the head makes a longer
/// name.
pub fn names_over_places_coordinated_before_plural_bodies(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let is_place_class = |class: &String| lex.name_class.get(class) == Some(&NameClass::Place);
    let places: Vec<std::ops::Range<usize>> = cands
        .iter()
        .filter(|c| {
            matches!(c.kind, MentionKind::Known | MentionKind::Demonym)
                && c.individual.is_some()
                && is_place_class(&c.class)
        })
        .map(|c| c.tokens.clone())
        .collect();
    let mut dropped = vec![false; cands.len()];
    let mut made: Vec<MentionCand> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let (s, e) = (c.tokens.start, c.tokens.end);
        if !matches!(c.kind, MentionKind::Name | MentionKind::Unclassified)
            || e < s + 2
            || !plural_body_head_at(view, lex, e - 1)
        {
            continue;
        }
        let sentence = &view.sentences[view.toks[s].sentence];
        let longer = e < sentence.end && view.is_word(e) && view.is_capitalised(e);
        let coordinated = s > sentence.start + 1
            && lex.words.conjunctions.contains(view.low(s - 1))
            && places.iter().any(|p| p.end == s - 1);
        if longer || !coordinated {
            continue;
        }
        // The last place ends before the head, or before one capitalised
        // word naming the bodies' field ("the Kestria and Norland Foreign
        // Ministries").
        let place_ending_at = |end: usize| {
            if places.contains(&(s..end)) {
                return Some(None);
            }
            lex.named_individual(view.span_text(s, end), |_| true)
                .filter(|&k| is_place_class(&lex.individuals[k].class))
                .map(Some)
        };
        let Some((end, individual)) =
            place_ending_at(e - 1)
                .map(|found| (e - 1, found))
                .or_else(|| {
                    (e > s + 2 && view.is_capitalised(e - 2))
                        .then(|| place_ending_at(e - 2).map(|found| (e - 2, found)))
                        .flatten()
                })
        else {
            continue;
        };
        dropped[i] = true;
        let Some(individual) = individual else {
            continue;
        };
        let mut known = MentionCand::new(
            s..end,
            MentionKind::Known,
            lex.individuals[individual].class.clone(),
            view.span_text(s, end).to_owned(),
        );
        known.individual = Some(individual);
        made.push(known);
    }
    super::mentions::retain_unmarked(cands, &dropped);
    if !made.is_empty() {
        cands.extend(made);
        super::mentions::sort_in_text_order(cands);
    }
}
