//! The document a page is, when its headline names it in sentence case:
//! "Memorandum of understanding between A and B: rail links", "Joint
//! statement on water security". Official sites title a text they publish
//! this way: the headline opens with a document's description (a
//! `kg:descriptionHead` of a document class) whose later words are in lower
//! case, then goes on with the parties, author or subject of the text. Such
//! a description is no generic "memorandum": it is the document the page
//! holds, labelled with the headline up to its subtitle, and the description
//! alone stays another name of it, the one the body and readers use.
//!
//! A short topic and a colon may come first ("Climate change: memorandum of
//! understanding with the Government of A"); the description then opens
//! in lower case and may go on with the party it is made with.
//!
//! A headline in title case ("Memorandum of Understanding between …") is a
//! name the name rules read; a headline that is a clause ("Joint statement
//! issued after talks") ends its label before the verb.

use super::lexicon::{Lexicon, MentionReadings};
use super::mentions::{is_heading, MentionCand, MentionKind};
use super::view::{is_dash, DocView};

/// Tokens of a headline label; a longer headline keeps only its description.
const MAX_LABEL_TOKENS: usize = 24;

/// Tokens of a topic a headline may set before its document's description.
const MAX_TOPIC_WORDS: usize = 4;

/// Adds the mention of the page's document in a sentence-case headline
/// (see the module docs) to `cands`, unless a mention there already covers
/// its description; a capitalised first word read as a lone name
/// ("Memorandum") is the description's and goes.
pub(crate) fn add_heading_document(
    view: &DocView<'_>,
    lex: &Lexicon,
    readings: MentionReadings<'_>,
    cands: &mut Vec<MentionCand>,
) {
    if let Some(m) = heading_document(view, lex, readings, cands) {
        cands.retain(|c| !(c.kind == MentionKind::Surname && m.tokens.contains(&c.tokens.start)));
        cands.push(m);
    }
}

/// A topic may come before the description only with every word of
/// `readings` (a reading newer than the name tagger's hint bits).
fn heading_document(
    view: &DocView<'_>,
    lex: &Lexicon,
    readings: MentionReadings<'_>,
    cands: &[MentionCand],
) -> Option<MentionCand> {
    let headline = view.sentences.first()?;
    if !is_heading(view, headline) {
        return None;
    }
    let limit = headline.end;
    let start = if view.is_capitalised(headline.start) {
        headline.start
    } else {
        return None;
    };
    // "Climate change: memorandum of understanding with A": a short topic
    // and a colon may come before the description, which then opens in
    // lower case.
    let after_topic = || {
        (start + 1..limit.min(start + MAX_TOPIC_WORDS + 1))
            .find(|&t| view.is_punct(t, ":"))
            .map(|t| t + 1)
            .filter(|&t| readings.newer_applies(|| t < limit && !view.is_capitalised(t)))
    };
    let (start, (len, class)) = match lex.description_heads.longest_at(view, start, limit) {
        Some(found) => (start, found),
        None => {
            let start = after_topic()?;
            (start, lex.description_heads.longest_at(view, start, limit)?)
        }
    };
    let head_end = start + len;
    let lone_word = |c: &MentionCand| c.kind == MentionKind::Surname && c.tokens.len() == 1;
    if cands
        .iter()
        .any(|c| c.tokens.start < head_end && c.tokens.end > start && !lone_word(c))
    {
        return None;
    }
    // One word at the start of a headline is capitalised whatever it is; a
    // description of several words shows the case of the headline.
    if len < 2
        || !lex.document_classes.contains(class)
        || (start + 1..head_end).any(|t| view.is_capitalised(t))
    {
        return None;
    }
    let subtitle = |t: usize| view.is_punct(t, ":") || is_dash(view.text(t));
    if head_end < limit && !subtitle(head_end) && !introduces_more(view, lex, head_end) {
        return None;
    }
    // The label runs to the subtitle, or to a trigger verb of a headline
    // written as a clause, or to the headline's end.
    let mut end = (head_end..limit)
        .find(|&t| subtitle(t) || lex.verb_forms.contains_key(view.low(t)))
        .unwrap_or(limit);
    while end > head_end && !view.is_word(end - 1) {
        end -= 1;
    }
    if end - start > MAX_LABEL_TOKENS {
        end = head_end;
    }
    let description = view.span_text(start, head_end).to_owned();
    let mut m = MentionCand::new(
        start..head_end,
        MentionKind::Description,
        class.clone(),
        view.span_text(start, end).to_owned(),
    );
    m.specific = true;
    if end > head_end {
        m.short_name = Some(description);
    }
    Some(m)
}

/// Whether the word at `t` goes on from a document's description to what
/// names it: its parties ("between"), subject ("on", "for") or author ("by").
fn introduces_more(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let low = view.low(t);
    lex.words.description_complement_prepositions.contains(low)
        || lex.words.counterpart_prepositions.contains(low)
        || lex
            .parties_prepositions
            .values()
            .any(|ps| ps.iter().any(|p| p == low))
        || lex
            .properties
            .iter()
            .any(|p| p.author_prepositions.iter().any(|a| a == low))
}
