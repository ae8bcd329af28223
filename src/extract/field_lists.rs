//! One document per listed field. A plural document noun whose complement
//! coordinates fields ("signed three agreements on tourism, fisheries and
//! education", "agreements in the fields of health and transport were
//! signed", "exchanged memoranda of understanding on customs and on
//! aviation") names one document per field: each is a document of its own,
//! labelled by the head in the singular and its field ("agreement on
//! fisheries"), and what the sentence states of the first (who signed it,
//! what it is for) it states of each.
//!
//! A list of two fields needs a count before the noun, the preposition
//! repeated ("on customs and on aviation") or a field list phrase ("in the
//! fields of"): "agreements on trade and investment" may well be
//! agreements each covering both.

use std::collections::BTreeMap;
use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{sort_in_text_order, MentionCand, MentionKind};
use super::relations::Found;
use super::resolve::Resolution;
use super::view::DocView;

/// The most words one listed field has ("renewable energy research").
const MAX_FIELD_WORDS: usize = 4;

/// Splits each plural document description whose complement coordinates
/// fields into one document per field. `modifier`: whether the tagger
/// tagged a token as a noun or an adjective; `noun`: as a common noun (a
/// field ends at its last noun). Runs after the name tagger (descriptions
/// give it no hints).
pub fn documents_per_listed_field(
    view: &DocView<'_>,
    lex: &Lexicon,
    modifier: impl Fn(usize) -> bool,
    noun: impl Fn(usize) -> bool,
    cands: &mut Vec<MentionCand>,
) {
    let mut added = Vec::new();
    for i in 0..cands.len() {
        let Some(list) = listed_fields(view, lex, &modifier, &noun, cands, i) else {
            continue;
        };
        let cand = &mut cands[i];
        let label = |field: &Range<usize>| {
            format!(
                "{} {}",
                list.label_base,
                view.span_text(field.start, field.end)
            )
        };
        cand.tokens.end = list.fields[0].end;
        cand.label = label(&list.fields[0]);
        cand.specific = true;
        cand.plural_head = None;
        cand.field_list = Some(list.head);
        for field in &list.fields[1..] {
            let mut m = MentionCand::new(
                field.clone(),
                MentionKind::Description,
                cand.class.clone(),
                label(field),
            );
            m.specific = true;
            m.modified = cand.modified;
            m.field_list = Some(list.head);
            added.push(m);
        }
    }
    if !added.is_empty() {
        cands.extend(added);
        sort_in_text_order(cands);
    }
}

/// The fields a plural document description lists, and the label words
/// each field's document starts with.
struct FieldList {
    /// The plural noun's token.
    head: usize,
    /// The label before each field: the modifiers, the head in the
    /// singular and the preposition ("cooperation agreement in").
    label_base: String,
    fields: Vec<Range<usize>>,
}

fn listed_fields(
    view: &DocView<'_>,
    lex: &Lexicon,
    modifier: &impl Fn(usize) -> bool,
    noun: &impl Fn(usize) -> bool,
    cands: &[MentionCand],
    i: usize,
) -> Option<FieldList> {
    let cand = &cands[i];
    let plural = cand.plural_head.as_deref()?;
    if cand.kind != MentionKind::Description
        || cand.definite
        || cand.field_list.is_some()
        || !lex.document_classes.contains(&cand.class)
    {
        return None;
    }
    let head = cand.tokens.clone().find(|&t| view.low(t) == plural)?;
    let limit = view.sentence_end(head);
    // The label starts where the candidate's label does (after any count
    // or determiner).
    let label_start = (cand.tokens.start..=head)
        .find(|&t| view.span_text(t, cand.tokens.end) == cand.label)
        .unwrap_or(head);
    let counted = (cand.tokens.start..label_start).any(|t| lex.is_number_word(view.low(t)));
    let covered =
        |k: usize| (cands.iter().enumerate()).any(|(j, c)| j != i && c.tokens.contains(&k));
    let field_at = |k: usize| -> Option<usize> {
        let mut last_noun = None;
        let mut e = k;
        while e < limit
            && e - k < MAX_FIELD_WORDS
            && view.is_word(e)
            && !view.is_capitalised(e)
            && !covered(e)
            && !lex.words.complement_stops.contains(view.low(e))
            && !lex.words.conjunctions.contains(view.low(e))
            && modifier(e)
        {
            if noun(e) {
                last_noun = Some(e);
            }
            e += 1;
        }
        last_noun.map(|n| n + 1)
    };
    // The fields follow a complement preposition right after the noun, or
    // after the noun's own complement ("memoranda of understanding on …"),
    // or a field list phrase ("in the fields of").
    let (prep, fields, by_field) = [head + 1, cand.tokens.end]
        .into_iter()
        .filter(|&p| p > head && p < limit)
        .find_map(|p| {
            if let Some(len) = lex.words.field_list_phrases.phrase_at(view, p, limit) {
                // "agreements in the fields of X and Y": the phrase says
                // the documents go by field.
                let (fields, _) = coordinated_fields(view, lex, &field_at, p + len, None)?;
                return Some((p, fields, true));
            }
            if !lex
                .words
                .description_complement_prepositions
                .contains(view.low(p))
            {
                return None;
            }
            let (fields, repeated) = coordinated_fields(view, lex, &field_at, p + 1, Some(p))?;
            Some((p, fields, repeated))
        })?;
    if fields.len() < 3 && !(counted || by_field) {
        return None;
    }
    let singular = lex.singular_head(plural).unwrap_or(view.text(head));
    let modifiers = (label_start < head).then(|| view.span_text(label_start, head));
    let mut label_base: Vec<&str> = modifiers.into_iter().collect();
    label_base.push(singular);
    // The noun's own complement stays ("memorandum of understanding on").
    if head + 1 < prep {
        label_base.push(view.span_text(head + 1, prep));
    }
    // A field list phrase is labelled by its preposition alone ("agreement
    // in health").
    label_base.push(view.text(prep));
    let label_base = label_base.join(" ");
    Some(FieldList {
        head,
        label_base,
        fields,
    })
}

/// The fields coordinated from token `k` on ("tourism, fisheries and
/// education"), each ending where `field_at` says, with whether the
/// preposition at `prep` opens a later field again ("on customs and on
/// aviation"). A list closes with a conjunction before its last field.
fn coordinated_fields(
    view: &DocView<'_>,
    lex: &Lexicon,
    field_at: &impl Fn(usize) -> Option<usize>,
    mut k: usize,
    prep: Option<usize>,
) -> Option<(Vec<Range<usize>>, bool)> {
    let limit = view.sentence_end(k.saturating_sub(1));
    let mut fields = Vec::new();
    let mut repeated = false;
    loop {
        let end = field_at(k)?;
        fields.push(k..end);
        let mut next = end;
        let comma = next < limit && view.is_punct(next, ",");
        if comma {
            next += 1;
        }
        let joined = next < limit && lex.words.conjunctions.contains(view.low(next));
        if joined {
            next += 1;
        }
        if !comma && !joined {
            return None;
        }
        if prep.is_some_and(|p| next < limit && view.low(next) == view.low(p)) {
            next += 1;
            repeated = true;
        }
        if joined {
            fields.push(next..field_at(next)?);
            return Some((fields, repeated));
        }
        k = next;
    }
}

/// Gives every document of a field list the facts its sentence states of
/// the list's first document: "A and B signed three agreements on X, Y and
/// Z" has A and B sign each one. The copies keep the evidence, with the
/// rule marked.
pub fn share_facts_across_fields(
    view: &DocView<'_>,
    cands: &[MentionCand],
    resolution: &Resolution,
    found: &mut Vec<Found>,
) {
    let mut lists: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for c in cands {
        let Some(head) = c.field_list else { continue };
        let entity = resolution
            .mentions
            .iter()
            .find(|m| m.tokens == c.tokens)
            .map(|m| m.entity);
        if let Some(e) = entity {
            let documents = lists.entry(head).or_default();
            if !documents.contains(&e) {
                documents.push(e);
            }
        }
    }
    let mut copies = Vec::new();
    for (head, documents) in &lists {
        let Some((&first, others)) = documents.split_first() else {
            continue;
        };
        let sentence = view.toks[*head].sentence;
        for f in found
            .iter()
            .filter(|f| f.object == first && f.evidence.sentence == sentence)
        {
            for &other in others {
                let stated = found.iter().chain(&copies).any(|g: &Found| {
                    g.subject == f.subject
                        && g.property == f.property
                        && g.object == other
                        && g.evidence.sentence == sentence
                });
                if stated {
                    continue;
                }
                let mut copy = f.clone();
                copy.object = other;
                copy.evidence.rule = format!("{}/{}", f.evidence.rule, FIELD_LIST_RULE);
                copies.push(copy);
            }
        }
    }
    found.extend(copies);
}

/// The mark a copied fact's rule gets (`kg:rule`).
const FIELD_LIST_RULE: &str = "field-list";
