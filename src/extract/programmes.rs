//! Programmes named by a head kg reads only in context (`kg:programmeHead`:
//! "the Rural Growth Fund", "the Clean Water Challenge"). Such a name is a
//! programme (`kg:programmeClass`) where the text treats it as one: the
//! object of the verb of the property with the "programme" frame ("launched
//! the Rural Growth Fund", "the Fund was launched"), the means of funding
//! after a funding cue ("funded by the Harbour Fund"), a thing a body or
//! country owns before a possessive ("the Ministry's Harbour Fund", the
//! owner split off as its own mention), or the subject of a future marker
//! ("the Harbour Fund will invest …") or the owner of the purpose clause
//! right after it ("the Harbour grants Program to help firms export"), or
//! the subject of a purpose phrase's verb right after it, itself or through
//! a relative pronoun ("the Harbour Fund aims to …", "the Harbour Fund
//! which is designed to …": only a programme is made for a purpose). A
//! name headed by a cooperation noun (`kg:cooperationHead`: "the Green
//! Alliance with Kestria") is an initiative where it links places.
//! Elsewhere the name keeps the class
//! its head gives: a gazetteer fund stays an organisation, and so does a
//! fund that only acts like one ("the Fund's board said"). Runs after the
//! name tagger, so the tagger's hints read the names as it was trained on.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{sort_in_text_order, MentionCand, MentionKind};
use super::view::DocView;
use crate::parse::ner::NameClass;

/// Tokens (determiners, adjectives, amounts) read between the verb or
/// funding cue and the name it treats as a programme ("launched a new
/// £20 million Harbour Fund").
const MAX_MODIFIERS: usize = 5;

/// Words of a verb group read between a name and its verb's participle
/// ("the Fund has now been launched").
const MAX_VERB_GROUP: usize = 3;

/// A programme name the text treats as one, with the body or country that
/// owns it before a possessive.
struct Programme {
    tokens: Range<usize>,
    owner: Option<MentionCand>,
}

/// Reads the programmes of the document (see the module). `is_modifier`:
/// whether a token may stand between a verb and its object's name (an
/// adjective, a number, a currency sign); `is_base_verb`: whether a token
/// is a verb's base form; `is_verb_group`: whether a token is a verb or a
/// modal (a purpose phrase's verb, not an adjunct's preposition).
pub fn programmes_named_by_heads(
    view: &DocView<'_>,
    lex: &Lexicon,
    is_modifier: impl Fn(usize) -> bool,
    is_base_verb: impl Fn(usize) -> bool,
    is_verb_group: impl Fn(usize) -> bool,
    cands: &mut Vec<MentionCand>,
) {
    let class = lex.classes.programme.clone();
    if class.is_empty()
        || lex.words.programme_heads.phrases().is_empty()
            && lex.words.cooperation_heads.phrases().is_empty()
    {
        return;
    }
    let mut programmes: Vec<Programme> = Vec::new();
    for range in &view.sentences {
        for k in range.clone() {
            let Some(len) = lex.words.programme_heads.phrase_at(view, k, range.end) else {
                continue;
            };
            let end = k + len;
            // The head's last word is capitalised; a word before it may be
            // written in lower case inside the name ("the Go-Ahead
            // Harbour grants Program").
            if !view.is_capitalised(end - 1)
                || (k..end - 1).any(|t| !view.is_word(t))
                || end < range.end && view.is_capitalised(end)
            {
                continue;
            }
            let start = name_start(view, lex, range.start, k);
            // A head alone ("the Fund") names what the text named in full.
            if start == k {
                continue;
            }
            let known = |c: &MentionCand| {
                matches!(c.kind, MentionKind::Known | MentionKind::Person)
                    && c.tokens.start < end
                    && start < c.tokens.end
            };
            if cands.iter().any(known) {
                continue;
            }
            let owner = owner_before(view, lex, cands, range.start, start);
            let before = owner.as_ref().map_or(start, |o| o.tokens.start);
            let treated = owner.is_some()
                || founded_or_funded_before(view, lex, &is_modifier, range.start, before)
                || founded_after(view, lex, end, range.end)
                || future_after(view, lex, end, range.end)
                || purpose_after(view, lex, &is_base_verb, end, range.end)
                || purpose_phrase_after(view, lex, &is_verb_group, end, range.end);
            if treated {
                programmes.push(Programme {
                    tokens: start..end,
                    owner,
                });
            }
        }
    }
    // "the Green Alliance with Kestria", "the Blue Alliance between A and
    // B": a name headed by a cooperation noun (`kg:cooperationHead`) that
    // links countries, by a partner preposition and a place after it, is
    // their joint undertaking, an initiative like a programme, not a body.
    for range in &view.sentences {
        for k in range.clone() {
            let Some(len) = lex.words.cooperation_heads.phrase_at(view, k, range.end) else {
                continue;
            };
            let end = k + len;
            if !view.is_capitalised(end - 1) {
                continue;
            }
            let start = name_start(view, lex, range.start, k);
            let known = cands.iter().any(|c| {
                matches!(c.kind, MentionKind::Known | MentionKind::Person)
                    && c.tokens.start < end
                    && start < c.tokens.end
            });
            if start == k || known || !links_places(view, lex, cands, end, range.end) {
                continue;
            }
            programmes.push(Programme {
                tokens: start..end,
                owner: None,
            });
        }
    }
    if programmes.is_empty() {
        return;
    }
    let mut labels: Vec<String> = Vec::new();
    let mut added: Vec<MentionCand> = Vec::new();
    for p in programmes {
        let label = view.span_text(p.tokens.start, p.tokens.end).to_owned();
        let from = p.owner.as_ref().map_or(p.tokens.start, |o| o.tokens.start);
        // The name as a mention: the one over its words, or one the
        // tagger ran from the owner into it, cut to the name.
        let exact = cands
            .iter()
            .position(|c| c.kind.is_name_like() && c.tokens == p.tokens);
        let over = exact.or_else(|| {
            cands.iter().position(|c| {
                c.kind.is_name_like() && c.tokens.start >= from && c.tokens.end == p.tokens.end
            })
        });
        match over {
            Some(i) => {
                let c = &mut cands[i];
                c.tokens = p.tokens.clone();
                c.kind = MentionKind::Name;
                c.class.clone_from(&class);
                c.label.clone_from(&label);
            }
            None => added.push(MentionCand::new(
                p.tokens.clone(),
                MentionKind::Name,
                class.clone(),
                label.clone(),
            )),
        }
        // Other names over the words from the owner to the name give way.
        cands.retain(|c| {
            !(c.kind.is_name_like()
                && c.tokens != p.tokens
                && c.tokens.start < p.tokens.end
                && from < c.tokens.end)
        });
        if let Some(owner) = p.owner {
            if !cands.iter().any(|c| c.tokens == owner.tokens) {
                added.push(owner);
            }
        }
        labels.push(label.to_lowercase());
    }
    // The same name elsewhere, and its head alone ("the Fund"), name the
    // same programme.
    for c in cands.iter_mut() {
        if !matches!(
            c.kind,
            MentionKind::Name | MentionKind::Unclassified | MentionKind::Surname
        ) {
            continue;
        }
        let low = c.label.to_lowercase();
        let same = labels.contains(&low);
        let head_alone = c.tokens.len() == 1
            && (lex.words.programme_heads.contains(&low)
                || lex.words.cooperation_heads.contains(&low))
            && labels
                .iter()
                .any(|l| l.rsplit(' ').next() == Some(low.as_str()));
        if same || head_alone {
            c.kind = MentionKind::Name;
            c.class.clone_from(&class);
        }
    }
    cands.extend(added);
    sort_in_text_order(cands);
}

/// The first word of a capitalised name ending with the head at `head`:
/// capitalised words back to a determiner, a possessive mark or a verb of
/// a relation ("Ministry Launches Harbour Fund" in a headline names the
/// fund alone).
fn name_start(view: &DocView<'_>, lex: &Lexicon, sentence: usize, head: usize) -> usize {
    let mut start = head;
    while start > sentence
        && view.is_capitalised(start - 1)
        && !lex.is_determiner(view.low(start - 1))
        && !lex
            .verb_forms
            .get(view.low(start - 1))
            .is_some_and(|forms| forms.iter().any(|f| f.words.len() == 1))
    {
        start -= 1;
    }
    start
}

/// Whether the name ending at `end` links places: a partner preposition
/// (`kg:counterpartPreposition` "with", `kg:jointPreposition` "between")
/// right after it and, past determiners, a place's mention.
fn links_places(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    end: usize,
    limit: usize,
) -> bool {
    if end >= limit {
        return false;
    }
    let low = view.low(end);
    if !lex.words.counterpart_prepositions.contains(low)
        && !lex.words.joint_prepositions.contains(low)
    {
        return false;
    }
    let mut at = end + 1;
    while at < limit && lex.is_determiner(view.low(at)) {
        at += 1;
    }
    cands
        .iter()
        .any(|c| c.tokens.start == at && lex.name_class.get(&c.class) == Some(&NameClass::Place))
}

/// The body or country owning the name that starts at `start` before a
/// possessive mark ("the Ministry's Harbour Fund", "Kestria’s Harbour
/// Fund"): the mention over its words, else a gazetteer place or
/// organisation, else a name headed as an organisation ("Ministry").
fn owner_before(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    sentence: usize,
    start: usize,
) -> Option<MentionCand> {
    if start < sentence + 2 || !lex.is_possessive(view, start - 1) {
        return None;
    }
    let mark = start - 1;
    // Capitalised words and the connectors between them ("the Department
    // of Water's …").
    let mut from = mark;
    while from > sentence {
        let word = from - 1;
        let capitalised = view.is_capitalised(word) && !lex.is_determiner(view.low(word));
        let connector = word > sentence
            && from < mark
            && lex.words.name_connectors.contains(view.low(word))
            && view.is_capitalised(word - 1);
        if !(capitalised || connector) {
            break;
        }
        from -= 1;
    }
    if from == mark {
        return None;
    }
    let body_or_place = |class: &str| {
        matches!(
            lex.name_class.get(class),
            Some(NameClass::Place | NameClass::Organization)
        )
    };
    if let Some(c) = cands.iter().find(|c| c.tokens == (from..mark)) {
        return body_or_place(&c.class).then(|| c.clone());
    }
    let written = view.span_text(from, mark);
    if let Some(k) = lex.named_individual(written, |w| w == written) {
        let individual = &lex.individuals[k];
        if !body_or_place(&individual.class) {
            return None;
        }
        let mut owner = MentionCand::new(
            from..mark,
            MentionKind::Known,
            individual.class.clone(),
            written.to_owned(),
        );
        owner.individual = Some(k);
        return Some(owner);
    }
    // The head: the word before the first head connector ("Department"
    // of "Department of Water"), else the last.
    let head_end = (from + 1..mark)
        .find(|&k| lex.words.name_head_connectors.contains(view.low(k)))
        .unwrap_or(mark);
    let class = lex.name_heads.get(view.low(head_end - 1))?;
    (lex.name_class.get(class) == Some(&NameClass::Organization)).then(|| {
        MentionCand::new(
            from..mark,
            MentionKind::Name,
            class.clone(),
            written.to_owned(),
        )
    })
}

/// Whether a form of the programme property's verb ends at token `end`
/// (after `sentence`): "launched", "unveiled".
fn founding_verb_ends(view: &DocView<'_>, lex: &Lexicon, sentence: usize, end: usize) -> bool {
    let Some(p) = lex.programme_property else {
        return false;
    };
    (1..=3).filter(|&n| end >= sentence + n).any(|n| {
        lex.verb_forms.get(view.low(end - n)).is_some_and(|forms| {
            forms.iter().any(|f| {
                f.property == p && f.words.len() == n && view.words_at(end - n, &f.words, end)
            })
        })
    })
}

/// "launched the new Harbour Fund", "funded by the Harbour Fund": the
/// programme property's verb or a funding cue before the name at `start`,
/// with determiners and modifiers between.
fn founded_or_funded_before(
    view: &DocView<'_>,
    lex: &Lexicon,
    is_modifier: &impl Fn(usize) -> bool,
    sentence: usize,
    start: usize,
) -> bool {
    let mut at = start;
    let mut read = 0;
    loop {
        if founding_verb_ends(view, lex, sentence, at) {
            return true;
        }
        let funded = lex
            .words
            .funding_cues
            .phrases()
            .iter()
            .any(|cue| at >= sentence + cue.len() && view.words_at(at - cue.len(), cue, at));
        if funded {
            return true;
        }
        if at == sentence
            || read == MAX_MODIFIERS
            || !(lex.is_determiner(view.low(at - 1)) || is_modifier(at - 1))
        {
            return false;
        }
        at -= 1;
        read += 1;
    }
}

/// "the Harbour Fund was unveiled", "the Harbour Fund, launched in May": the
/// programme property's participle after the name ending at `end`, past
/// the words of a verb group or a comma.
fn founded_after(view: &DocView<'_>, lex: &Lexicon, end: usize, limit: usize) -> bool {
    let Some(p) = lex.programme_property else {
        return false;
    };
    let participle_at = |t: usize| {
        t < limit
            && lex.verb_forms.get(view.low(t)).is_some_and(|forms| {
                forms
                    .iter()
                    .any(|f| f.property == p && f.participle && view.words_at(t, &f.words, limit))
            })
    };
    if end < limit && view.is_punct(end, ",") {
        return participle_at(end + 1);
    }
    let words = &lex.words;
    let mut t = end;
    while t < limit
        && t < end + MAX_VERB_GROUP
        && (words.verb_group_words.contains(view.low(t))
            || words.be_forms.contains(view.low(t))
            || words.tensed_be_forms.contains(view.low(t)))
    {
        t += 1;
    }
    t > end && participle_at(t)
}

/// "the Harbour Fund will invest …": a future marker and a lowercase verb
/// after the name ending at `end`: the name owns a purpose.
fn future_after(view: &DocView<'_>, lex: &Lexicon, end: usize, limit: usize) -> bool {
    end + 1 < limit
        && lex.goal_cues.future_markers.contains(view.low(end))
        && view.is_word(end + 1)
        && !view.is_capitalised(end + 1)
}

/// "the Harbour grants Program to help small firms export": a purpose
/// clause (a goal clause marker and a verb's base form) right after the
/// name ending at `end`: the name owns a purpose.
fn purpose_after(
    view: &DocView<'_>,
    lex: &Lexicon,
    is_base_verb: &impl Fn(usize) -> bool,
    end: usize,
    limit: usize,
) -> bool {
    end + 1 < limit && lex.goal_cues.clause_markers.contains(view.low(end)) && is_base_verb(end + 1)
}

/// "the Harbour Fund aims to train nurses", "the Harbour Fund which is
/// designed to …": a purpose phrase (`kg:purposePhrase`) whose first word
/// is a verb right after the name ending at `end`, or after a relative
/// word there (`kg:relativeOwnerWord`): the name is what the phrase's verb
/// is said of, a thing made for a purpose. A phrase opening with a
/// preposition ("… the Harbour Fund in order to …") is an adjunct of the
/// clause, said of no name.
fn purpose_phrase_after(
    view: &DocView<'_>,
    lex: &Lexicon,
    is_verb_group: &impl Fn(usize) -> bool,
    end: usize,
    limit: usize,
) -> bool {
    let start = if end < limit && lex.words.relative_owner_words.contains(view.low(end)) {
        end + 1
    } else {
        end
    };
    start < limit
        && is_verb_group(start)
        && lex.purpose_phrases.first_at(view, start, limit).is_some()
}
