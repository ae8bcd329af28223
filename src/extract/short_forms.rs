//! Short forms a text defines for a name in parentheses right after it:
//! "the Memorandum of Cooperation (hereinafter referred to as the “MoC”)",
//! "the Trade Framework (the “Framework”)". The name stops before the
//! parenthetical, and the short form becomes another name of the same
//! thing, so a later "The MoC aims to …" speaks of the memorandum.

use super::lexicon::Lexicon;
use super::view::DocView;

/// Tokens a defining parenthetical may hold up to its closing bracket.
const MAX_DEFINITION_TOKENS: usize = 16;

/// Words of a defined short form.
const MAX_SHORT_FORM_WORDS: usize = 6;

/// Whether token `k` opens or closes a quotation.
pub(crate) fn is_quote(view: &DocView<'_>, k: usize) -> bool {
    matches!(
        view.text(k),
        "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}"
    )
}

/// The short form defined in a parenthetical opening at token `open`
/// (before `limit`): "(" then definition cues (`kg:definitionCue`,
/// "hereinafter referred to as") or nothing, an optional definite article,
/// one quoted capitalised phrase, ")". A phrase after an indefinite article
/// ("referred to as a “Participant”") names a role, not this thing, and a
/// parenthetical with two quoted forms ("individually as a “Party” and
/// collectively as the “Parties”") defines roles too: neither is read.
/// Words `known` marks (the gazetteer's names: "the “UK”") keep their own
/// entity, so a short form made of them is not read either.
pub(crate) fn defined_short_form(
    view: &DocView<'_>,
    lex: &Lexicon,
    known: &[bool],
    open: usize,
    limit: usize,
) -> Option<String> {
    if open >= limit || !view.is_punct(open, "(") {
        return None;
    }
    let words = &lex.words;
    let end = limit.min(open + MAX_DEFINITION_TOKENS);
    let close = (open + 1..end).find(|&k| view.is_punct(k, ")") || view.is_punct(k, "("))?;
    if !view.is_punct(close, ")") {
        return None;
    }
    let mut k = open + 1;
    let mut cued = false;
    while let Some(len) = words.definition_cues.phrase_at(view, k, close) {
        k += len;
        cued = true;
    }
    if k < close && words.definite_articles.contains(view.low(k)) {
        k += 1;
    } else if !cued {
        // "(“the Agreement”)" needs no article before its quote; any
        // other uncued parenthetical is an aside, not a definition.
        if !is_quote(view, k) {
            return None;
        }
    }
    if k >= close || !is_quote(view, k) {
        return None;
    }
    let first = k + 1;
    let last = close - 1;
    if last <= first || !is_quote(view, last) {
        return None;
    }
    let mut inner = first;
    if words.definite_articles.contains(view.low(inner)) {
        inner += 1;
    }
    if inner >= last
        || last - inner > MAX_SHORT_FORM_WORDS
        || !view.is_capitalised(inner)
        || (inner..last).any(|t| is_quote(view, t) || known[t] || !view.is_word(t))
    {
        return None;
    }
    Some(view.span_text(inner, last).to_owned())
}
