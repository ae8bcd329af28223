//! A plural office over coordinated owners: "we, the Ministers of Foreign
//! Affairs of Kestria and Norland, have agreed …" names the two ministers
//! together, one phrase. The name rules stop the office at the first owner
//! ("Ministers of Foreign Affairs of Kestria"), and the relation rules then
//! read that office and the second owner as coordinated parties, which
//! they are not.

use super::lexicon::Lexicon;
use super::mentions::{MentionCand, MentionKind};
use super::positions::plural_title_at;
use super::view::DocView;
use crate::parse::ner::NameClass;

/// Words of an office before its plural head, as `plural_title_at` reads
/// them ("Prime Ministers"), plus the head.
const MAX_PLURAL_TITLE_WORDS: usize = 3;

/// Extends a name opening with a plural office (`plural_title_at`: the
/// plural of a `kg:positionTitle`) whose genitive complement, inside the
/// name or right after it, is a known place, over "and" and a second known
/// place of the same class that ends the capitalised run: "Ministers of
/// Foreign Affairs of Kestria and Norland" is one mention, and the places'
/// own mentions inside it go.
pub fn plural_offices_over_coordinated_owners(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let words = &lex.words;
    let mut drop = Vec::new();
    for i in 0..cands.len() {
        let c = &cands[i];
        if !matches!(c.kind, MentionKind::Name | MentionKind::Unclassified) {
            continue;
        }
        let (s, e) = (c.tokens.start, c.tokens.end);
        let plural = (s..e.min(s + MAX_PLURAL_TITLE_WORDS))
            .any(|t| plural_title_at(view, lex, s, t).is_some_and(|(start, _)| start == s));
        if !plural {
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
        let (first_class, first_end, first) =
            if e + 1 < limit && words.genitive_prepositions.contains(view.low(e)) {
                let Some(f) = known_place_at(e + 1) else {
                    continue;
                };
                (cands[f].class.clone(), cands[f].tokens.end, Some(f))
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
                (lex.individuals[sense.individual].class.clone(), e, None)
            };
        if first_end + 1 >= limit || !words.conjunctions.contains(view.low(first_end)) {
            continue;
        }
        let Some(second) = known_place_at(first_end + 1) else {
            continue;
        };
        let end = cands[second].tokens.end;
        if cands[second].class != first_class || (end < limit && view.is_capitalised(end)) {
            continue;
        }
        cands[i].tokens.end = end;
        cands[i].label = view.span_text(s, end).to_owned();
        drop.push(second);
        drop.extend(first);
    }
    drop.sort_unstable();
    drop.dedup();
    for k in drop.into_iter().rev() {
        cands.remove(k);
    }
}
