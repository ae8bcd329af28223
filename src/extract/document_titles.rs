//! Document titles that name their authors before their topic: "the Joint
//! Statement by Kestria and Vell on Water Security" is one name, which the
//! name rules cut at "by" (a preposition that, in running text, as often
//! brings a passive's agent).

use super::lexicon::Lexicon;
use super::mentions::{name_span_end, MentionCand, MentionKind};
use super::view::DocView;

/// Gives a document's name the authors and topic its title goes on with:
/// after the name, a title agent preposition (`kg:titleAgentPreposition`,
/// "by"), a capitalised run (the name rules' span: names joined by "and"
/// and name connectors), and in that run a topic, a name head connector
/// that is no genitive ("on", "for") before a capitalised word. Without a
/// topic, "the adoption of the Plan by Member States" would make "Plan by
/// Member States" a title. The whole title is another name of the thing
/// (as the parties after an agreement's name are); the name stays the
/// short one, which the text goes on to use, and the authors' own mentions
/// stay, for the rules that read them as issuers.
pub fn documents_with_title_agents(view: &DocView<'_>, lex: &Lexicon, cands: &mut [MentionCand]) {
    let words = &lex.words;
    for cand in cands.iter_mut() {
        if cand.kind != MentionKind::Name
            || !lex.document_classes.contains(&cand.class)
            || cand.with_scope.is_some()
            || cand.with_parties.is_some()
        {
            continue;
        }
        let limit = view.sentences[view.toks[cand.tokens.start].sentence].end;
        let at = cand.tokens.end;
        if at + 1 >= limit
            || !words.title_agent_prepositions.contains(view.low(at))
            || !view.is_capitalised(at + 1)
        {
            continue;
        }
        let end = name_span_end(view, lex, at + 1, limit);
        let topic = (at + 2..end.saturating_sub(1)).any(|k| {
            words.name_head_connectors.contains(view.low(k))
                && !words.genitive_prepositions.contains(view.low(k))
                && view.is_capitalised(k + 1)
        });
        if topic {
            cand.with_parties = Some(view.span_text(cand.tokens.start, end).to_owned());
        }
    }
}
