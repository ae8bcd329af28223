//! Collective terms a text defines for its parties, as the text of a
//! memorandum or agreement does in its preamble: "The Ministry of Water of
//! Kestria and the Department of Ports of Norland (hereinafter referred to
//! as “the Participants”)", "A, B and C, hereinafter collectively referred
//! to as the “Parties”:".
//!
//! A definition is a definition cue (`kg:definitionCue`, "hereinafter",
//! "referred to as", with an adverb such as "collectively" between them)
//! right after a comma or an opening bracket, then a party term
//! (`kg:partyTerm`: "Participants", "Parties", "Sides"), with or without
//! an article and quotation marks. The parties are the agents named
//! before it in its sentence (after "between" where the sentence names
//! the document first, "This Memorandum between A and B (hereinafter …)"),
//! each a member of the list itself and one that can cooperate (no
//! person): a place in a body's complement ("the Department of Energy of
//! Kestria") or before a possessive mark ("Kestria's Ministry of Water"),
//! and a short form in brackets, are not.
//!
//! This stage runs after resolution, the speakers and the pronouns, before
//! the relations, and decides what the definitions make of the entities:
//! the term after the definition ("the Participants will …", "both Parties
//! signed …") is no name of its own, so its mentions are taken off the
//! entity the name rules made of it (and the term off the names of the
//! last party, whose short form a bracketed definition looked like). The
//! definitions stay in [`Resolution::defined_parties`], which the relation
//! rules read: the parties cooperate, and the group phrases that use the
//! term stand for them (`relations::defined_parties`).

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::MentionKind;
use super::resolve::Resolution;
use super::short_forms::is_quote;
use super::view::DocView;
use crate::ontology::Ontology;

/// Tokens a definition's cue and term may take after its bracket or comma
/// ("hereinafter collectively referred to as the “Participants”").
const MAX_DEFINITION_TOKENS: usize = 12;

/// One collective name the text gives its parties.
pub(crate) struct PartyDefinition {
    /// The party term, lowercase ("participants").
    pub(crate) term: String,
    /// From the definition cue to the end of the defined term.
    pub(crate) span: Range<usize>,
    /// The sentence the definition is in.
    pub(crate) sentence: usize,
    /// The parties, in text order, each once.
    pub(crate) parties: Vec<usize>,
}

/// The party definitions of a document, in text order.
#[derive(Default)]
pub(crate) struct DefinedParties {
    pub(crate) definitions: Vec<PartyDefinition>,
}

/// Finds the document's party definitions and keeps them in
/// `resolution.defined_parties`; the mentions of each defined term from its
/// definition on are taken off the entities they named.
pub(crate) fn define_party_terms(
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &mut Resolution,
) {
    let found = DefinedParties::find(view, lex, ontology, resolution);
    if !found.definitions.is_empty() {
        found.drop_term_mentions(view, lex, resolution);
    }
    resolution.defined_parties = found;
}

impl DefinedParties {
    /// The document's party definitions.
    fn find(
        view: &DocView<'_>,
        lex: &Lexicon,
        ontology: &Ontology,
        resolution: &Resolution,
    ) -> Self {
        let mut found = DefinedParties::default();
        // The parties of a definition are those that can cooperate.
        let props = &lex.properties;
        let Some(cooperation) =
            (0..props.len()).find(|&p| props[p].symmetric && !props[p].noun_triggers.is_empty())
        else {
            return found;
        };
        let domain = &lex.properties[cooperation].domain;
        let person = &lex.classes.person;
        for (s, range) in view.sentences.iter().enumerate() {
            for k in range.start + 1..range.end {
                if !(view.is_punct(k - 1, "(") || view.is_punct(k - 1, ",")) {
                    continue;
                }
                let Some((term, end)) = defined_term_at(view, lex, k, range.end) else {
                    continue;
                };
                let parties = listed_parties(view, lex, resolution, range.start..k - 1)
                    .into_iter()
                    .filter(|&e| {
                        let class = &resolution.entities[e].class;
                        !ontology.is_subclass_of(class, person) && ontology.fits(class, domain)
                    })
                    .collect::<Vec<usize>>();
                if parties.len() >= 2 {
                    found.definitions.push(PartyDefinition {
                        term,
                        span: k..end,
                        sentence: s,
                        parties,
                    });
                }
            }
        }
        found
    }

    /// Takes the mentions of a defined term (with an article or quotation
    /// marks around it) off the entities the name rules made of them, from
    /// the definition on: the term names the parties, no entity of its own.
    fn drop_term_mentions(&self, view: &DocView<'_>, lex: &Lexicon, resolution: &mut Resolution) {
        let is_term_mention = |r: &Range<usize>| {
            let words: Vec<usize> = r
                .clone()
                .filter(|&t| {
                    view.is_word(t)
                        && !is_quote(view, t)
                        && !lex.words.definite_articles.contains(view.low(t))
                })
                .collect();
            words.len() == 1
                && self
                    .definitions
                    .iter()
                    .any(|d| d.span.start <= r.start && d.term == view.low(words[0]))
        };
        let dropped: Vec<bool> = resolution
            .mentions
            .iter()
            .map(|m| m.kind != MentionKind::Demonym && is_term_mention(&m.tokens))
            .collect();
        let mut kept = Vec::with_capacity(resolution.mentions.len());
        for (m, drop) in std::mem::take(&mut resolution.mentions)
            .into_iter()
            .zip(dropped)
        {
            if drop {
                resolution.entities[m.entity]
                    .mentions
                    .retain(|r| *r != m.tokens);
            } else {
                kept.push(m);
            }
        }
        resolution.mentions = kept;
        // A bracketed definition right after the last party made the term
        // a short form of that party's name too.
        for e in &mut resolution.entities {
            e.alt_labels.retain(|l| {
                let low = l.to_ascii_lowercase();
                !self.definitions.iter().any(|d| low == d.term)
            });
        }
    }

    /// The parties a group phrase ending at `end` stands for: a defined
    /// term after its definition, after a definite article or a pair
    /// quantifier ("the Participants", "both Parties"); the phrase's start
    /// and the parties.
    pub(crate) fn group_ending_at(
        &self,
        view: &DocView<'_>,
        lex: &Lexicon,
        from: usize,
        end: usize,
    ) -> Option<(usize, &[usize])> {
        if end < from + 2 {
            return None;
        }
        let term = view.low(end - 1);
        let definition = self
            .definitions
            .iter()
            .rev()
            .find(|d| d.span.end < end && d.term == term)?;
        let before = view.low(end - 2);
        let words = &lex.words;
        (words.definite_articles.contains(before) || words.pair_quantifiers.contains(before))
            .then_some((end - 2, definition.parties.as_slice()))
    }
}

/// The party term a definition starting at token `k` defines (before
/// `limit`), and where it ends: cues ("hereinafter", "referred to as")
/// with adverbs between them, an optional article, the term in optional
/// quotation marks.
fn defined_term_at(
    view: &DocView<'_>,
    lex: &Lexicon,
    k: usize,
    limit: usize,
) -> Option<(String, usize)> {
    let words = &lex.words;
    let limit = limit.min(k + MAX_DEFINITION_TOKENS);
    let mut j = k;
    let mut cued = false;
    loop {
        if let Some(len) = words.definition_cues.phrase_at(view, j, limit) {
            j += len;
            cued = true;
        } else if cued && j + 1 < limit && lex.is_adverb(view.low(j)) {
            // "hereinafter collectively referred to as"
            let len = words.definition_cues.phrase_at(view, j + 1, limit)?;
            j += 1 + len;
        } else {
            break;
        }
    }
    if !cued {
        return None;
    }
    let skip = |j: &mut usize| {
        while *j < limit && (is_quote(view, *j) || words.definite_articles.contains(view.low(*j))) {
            *j += 1;
        }
    };
    skip(&mut j);
    if j >= limit || !words.party_terms.contains(view.low(j)) {
        return None;
    }
    let term = view.low(j).to_owned();
    let mut end = j + 1;
    while end < limit && is_quote(view, end) {
        end += 1;
    }
    Some((term, end))
}

/// The entities listed as members in `span` (a definition's sentence up to
/// its bracket or comma), in text order, each once: the outermost mentions
/// after the last joint preposition ("between"), leaving out short forms in
/// brackets, places in a name's complement ("of Kestria") and possessors
/// ("Kestria's").
fn listed_parties(
    view: &DocView<'_>,
    lex: &Lexicon,
    resolution: &Resolution,
    span: Range<usize>,
) -> Vec<usize> {
    let words = &lex.words;
    let from = span
        .clone()
        .rev()
        .find(|&t| words.joint_prepositions.contains(view.low(t)))
        .map_or(span.start, |t| t + 1);
    let inside: Vec<(Range<usize>, usize)> = resolution
        .mentions
        .iter()
        .filter(|m| {
            m.kind != MentionKind::Demonym && m.tokens.start >= from && m.tokens.end <= span.end
        })
        .map(|m| (m.tokens.clone(), m.entity))
        .collect();
    let mut parties = Vec::new();
    for (r, e) in &inside {
        let nested = inside
            .iter()
            .any(|(o, _)| o != r && o.start <= r.start && o.end >= r.end);
        let depth = (from..r.start).fold(0i32, |d, t| {
            if view.is_punct(t, "(") {
                d + 1
            } else if view.is_punct(t, ")") {
                d - 1
            } else {
                d
            }
        });
        let mut before = r.start;
        if before > from && words.definite_articles.contains(view.low(before - 1)) {
            before -= 1;
        }
        let complement =
            before > from && words.genitive_prepositions.contains(view.low(before - 1));
        let possessor = r.end < span.end && lex.is_possessive(view, r.end);
        if !nested && depth == 0 && !complement && !possessor && !parties.contains(e) {
            parties.push(*e);
        }
    }
    parties
}
