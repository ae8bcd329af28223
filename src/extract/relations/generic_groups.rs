//! Groups written as a bare plural ("like-minded countries", "member
//! states", "European countries") name a kind of party, not parties of
//! the text: "will work closely with like-minded countries, such as A and
//! B" says who the leaders mean to work with in general, and no release
//! counts such a kind among the parties of an agreement or a cooperation.
//! A group the text delimits is a party: one after a determiner, a count
//! or a possessive ("the 11 partner organizations", "Norway's partner
//! countries"), one a name modifies ("EU member states", "the NATO
//! member countries"), and one a relative group word opens
//! (`kg:relativeGroupWord`: "A will work with other countries", the rest
//! of the countries the text speaks of). This pass drops the facts the
//! rules read with a bare group at either end, once every rule has run,
//! so no rule has to ask itself.

use std::ops::Range;

use super::Found;
use crate::extract::lexicon::Lexicon;
use crate::extract::mentions::MentionKind;
use crate::extract::resolve::Resolution;
use crate::extract::view::DocView;

/// Drops the facts one of whose ends is a group the text names only as a
/// bare plural (see the module doc).
pub(super) fn drop_bare_group_parties(
    found: &mut Vec<Found>,
    view: &DocView<'_>,
    lex: &Lexicon,
    resolution: &Resolution,
) {
    let mut bare = vec![false; resolution.entities.len()];
    let mut delimited = vec![false; resolution.entities.len()];
    for m in &resolution.mentions {
        if m.entity >= bare.len() {
            continue;
        }
        if m.kind == MentionKind::Group && is_bare_group(view, lex, resolution, &m.tokens) {
            bare[m.entity] = true;
        } else {
            delimited[m.entity] = true;
        }
    }
    let generic = |e: usize| e < bare.len() && bare[e] && !delimited[e];
    if !(0..bare.len()).any(generic) {
        return;
    }
    found.retain(|f| !generic(f.subject) && !generic(f.object));
}

/// Whether a group mention stands alone as a bare plural: nothing that
/// delimits the group before it (a determiner, a count, a possessive, a
/// capitalised word of a name running into it), no relative group word
/// opening it and no name inside it.
fn is_bare_group(
    view: &DocView<'_>,
    lex: &Lexicon,
    resolution: &Resolution,
    tokens: &Range<usize>,
) -> bool {
    if lex
        .words
        .relative_group_words
        .contains(view.low(tokens.start))
    {
        return false;
    }
    let sentence = &view.sentences[view.toks[tokens.start].sentence];
    if tokens.start > sentence.start {
        let before = tokens.start - 1;
        let low = view.low(before);
        if lex.is_determiner(low)
            || lex.is_number_word(low)
            || lex.is_possessive(view, before)
            || view.is_capitalised(before)
        {
            return false;
        }
    }
    // A name inside the group's words ("EU member states", "countries
    // along the Belt and Road") says which group it is.
    !resolution.mentions.iter().any(|n| {
        !matches!(n.kind, MentionKind::Group | MentionKind::Demonym)
            && n.tokens.start >= tokens.start
            && n.tokens.end <= tokens.end
            && n.tokens != *tokens
    })
}
