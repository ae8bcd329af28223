//! Pronouns for documents: what "it" stands for when it is the object of a
//! verb ("Denmark signed it in March") or the subject of a passive ("It was
//! signed in Oslo"). A referring pronoun (`kg:referringPronoun`) in either
//! place stands for the document, agreement or initiative last named, when
//! the sentence before it and its own sentence up to it name exactly one such
//! thing; it then becomes a mention of that thing, so the relation rules read
//! "Denmark signed it" as Denmark signing the accord.
//!
//! Only those two places are read: there English leaves little doubt that
//! "it" is a thing acted on, while "it" as the subject of an active verb is
//! as often the country or body just named ("the ministry said it …"),
//! which the relation rules resolve from the parse where the grammar fixes it.
//!
//! This stage runs after resolution and the speakers, before the relations.

use super::lexicon::Lexicon;
use super::mentions::MentionKind;
use super::resolve::{Resolution, Resolved};
use super::view::DocView;
use crate::ontology::Ontology;
use crate::parse::tagger::is_verb_or_modal;

/// Adds a mention of the named document, agreement or initiative for each
/// referring pronoun standing for one (see the module documentation).
/// `xpos(t)` is token `t`'s Penn Treebank tag.
pub fn add_pronoun_mentions<'t>(
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    xpos: impl Fn(usize) -> &'t str,
    resolution: &mut Resolution,
) {
    let classes = &lex.classes;
    let is_thing = |e: usize| {
        let class = &resolution.entities[e].class;
        ontology.is_subclass_of(class, &classes.document)
            || ontology.is_subclass_of(class, &classes.activity)
            || classes
                .joint
                .iter()
                .any(|j| ontology.is_subclass_of(class, j))
    };
    let mut added = Vec::new();
    for t in 0..view.toks.len() {
        if !view.is_word(t)
            || !lex.words.referring_pronouns.contains(view.low(t))
            || xpos(t) != "PRP"
            || !(is_object(view, &xpos, t) || is_passive_subject(view, lex, &xpos, t))
        {
            continue;
        }
        let sentence = view.toks[t].sentence;
        let from = view.sentences[sentence.saturating_sub(1)].start;
        let mut named = resolution
            .mentions
            .iter()
            .filter(|m| m.tokens.start >= from && m.tokens.end <= t && is_thing(m.entity))
            .map(|m| m.entity);
        let Some(first) = named.next() else {
            continue;
        };
        if named.all(|e| e == first) {
            added.push(Resolved {
                tokens: t..t + 1,
                entity: first,
                kind: MentionKind::Description,
                title: None,
            });
        }
    }
    resolution.add_mentions(added);
}

/// Whether pronoun `t` is a verb's object: a verb right before it, and no
/// verb right after it (after "said", "it" is the subject of what was said).
fn is_object<'t>(view: &DocView<'_>, xpos: &impl Fn(usize) -> &'t str, t: usize) -> bool {
    let start = view.sentence_start(t);
    let end = view.sentence_end(t);
    let verb_before = t > start && xpos(t - 1).starts_with("VB");
    let verb_after = t + 1 < end && is_verb_or_modal(xpos(t + 1));
    verb_before && !verb_after
}

/// Whether pronoun `t` is the subject of a passive: a form of "be" and a
/// past participle after it ("it was signed", "it has been adopted").
fn is_passive_subject<'t>(
    view: &DocView<'_>,
    lex: &Lexicon,
    xpos: &impl Fn(usize) -> &'t str,
    t: usize,
) -> bool {
    let end = view.sentence_end(t);
    let mut k = t + 1;
    let mut be = false;
    while k < end && (xpos(k) == "MD" || lex.words.verb_group_words.contains(view.low(k))) {
        be |= lex.words.be_forms.contains(view.low(k));
        k += 1;
    }
    be && k < end && xpos(k) == "VBN"
}
