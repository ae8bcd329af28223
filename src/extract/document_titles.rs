//! Document titles that name their authors before their topic: "the Joint
//! Statement by Kestria and Vell on Water Security" is one name, which the
//! name rules cut at "by" (a preposition that, in running text, as often
//! brings a passive's agent). So are titles that name their parties
//! before their topic: "the Agreement between Kestria and Vell on Economic
//! Partnership", whose topic the name rules read as a name of its own.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{after_party_separator, head_class, name_span_end, MentionCand, MentionKind};
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

/// Gives a document named with its parties the topic its title goes on
/// with after them: "the Declaration on the Transition of Relations between
/// Kestria and the Republic of Vell to the Level of Strategic Partnership"
/// and "the Agreement between Kestria and Vell on Economic Partnership" are
/// one title each. After the name, a parties preposition of its class
/// (`kg:partiesPreposition`), at least two parties (mentions joined by
/// commas and parties joiners, each perhaps after a determiner; the last
/// may be a capitalised word no rule named), then a title topic
/// preposition (`kg:titleTopicPreposition`) and a capitalised run: the
/// whole is another name of the document (as the name with its parties
/// alone is), and the names inside the topic are words of the title, not
/// things of their own. Where the name is its head word alone ("the
/// Agreement"), the whole title is its name: two such agreements in one
/// text are two things. A run opening with a known name or a person ("…
/// on Kestria's behalf"), a weekday or a month ("… on Monday") is no
/// topic. Where the last party's name ran on into the topic ("… and the
/// Government of Vell for Cooperation in Energy"), it ends where the known
/// name inside it ends, before the preposition, with the class its own
/// head gives; the parties stay parties. Runs
/// after the name tagger, whose spans it may cut.
pub fn documents_with_parties_and_topics(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &mut Vec<MentionCand>,
) {
    let topics = &lex.words.title_topic_prepositions;
    let mut title_words: Vec<Range<usize>> = Vec::new();
    for d in 0..cands.len() {
        let document = &cands[d];
        // A document's head word alone ("the Agreement"), which the
        // tagger may have left without a class.
        let lone_head = (document.kind.is_name_like() && !document.label.contains(' '))
            .then(|| lex.name_heads.get(&document.label.to_lowercase()))
            .flatten()
            .filter(|class| lex.document_classes.contains(*class))
            .cloned();
        let is_lone_head = lone_head.is_some();
        let class = match lone_head {
            Some(class) => class,
            None if document.kind == MentionKind::Name
                && lex.document_classes.contains(&document.class)
                && document.with_scope.is_none() =>
            {
                document.class.clone()
            }
            None => continue,
        };
        let Some(prepositions) = lex.parties_prepositions.get(&class) else {
            continue;
        };
        let at = document.tokens.end;
        let limit = view.sentences[view.toks[document.tokens.start].sentence].end;
        if at + 1 >= limit || !prepositions.iter().any(|p| p == view.low(at)) {
            continue;
        }
        let parties = parties_after(view, lex, cands, at + 1, limit);
        let Some((party, last)) = parties.last().filter(|_| parties.len() >= 2).cloned() else {
            continue;
        };
        // A known name ending inside the last party before a topic
        // preposition ("… of the United Mexican States for …"): the
        // party's name ran on into the title.
        let cut = last
            .filter(|&l| matches!(cands[l].kind, MentionKind::Name | MentionKind::Unclassified))
            .and_then(|_| {
                (party.start + 1..party.end.saturating_sub(1)).find(|&t| {
                    topics.contains(view.low(t))
                        && view.is_capitalised(t + 1)
                        && (party.start + 1..t).any(|s| {
                            lex.named_individual(view.span_text(s, t), |_| true)
                                .is_some()
                        })
                })
            });
        let topic_at = cut.unwrap_or(party.end);
        if topic_at + 1 >= limit || !topics.contains(view.low(topic_at)) {
            continue;
        }
        let mut start = topic_at + 1;
        if lex.words.definite_articles.contains(view.low(start)) {
            start += 1;
        }
        if start >= limit
            || !view.is_capitalised(start)
            || lex.stop_names.contains(view.text(start))
            || cands.iter().any(|c| {
                c.tokens.start == start
                    && matches!(
                        c.kind,
                        MentionKind::Known | MentionKind::Person | MentionKind::Demonym
                    )
            })
        {
            continue;
        }
        // The run, on over a complement continuation before a capitalised
        // word that opens no known name ("… for Cooperation in Energy
        // Science"; not "… on Trade in Lima"), and any name starting inside
        // it that goes on further ("… Partnership and Alliance", which the
        // run's rules read as two).
        let mut end = name_span_end(view, lex, start, limit);
        while end + 1 < limit
            && lex.words.complement_continuations.contains(view.low(end))
            && view.is_capitalised(end + 1)
            && !lex.stop_names.contains(view.text(end + 1))
            && !cands
                .iter()
                .any(|c| c.kind == MentionKind::Known && c.tokens.start == end + 1)
        {
            end = name_span_end(view, lex, end + 1, limit);
        }
        for c in cands.iter() {
            if c.kind.is_name_like() && (start..end).contains(&c.tokens.start) {
                end = end.max(c.tokens.end.min(limit));
            }
        }
        let title = view.span_text(cands[d].tokens.start, end).to_owned();
        if is_lone_head {
            let document = &mut cands[d];
            document.kind = MentionKind::Name;
            document.class = class;
            document.label = title.clone();
        }
        cands[d].with_parties = Some(title);
        if let (Some(cut), Some(last)) = (cut, last) {
            let party = &mut cands[last];
            party.tokens.end = cut;
            party.label = view.span_text(party.tokens.start, cut).to_owned();
            // The class the run-on read from the topic's words gives way
            // to the one the party's own head gives.
            if let Some(class) = head_class(view, lex, party.tokens.start, cut) {
                party.class = class;
            }
        }
        title_words.push(topic_at..end);
    }
    if title_words.is_empty() {
        return;
    }
    // The topic's own names are words of the title; a known place inside
    // it (a region the title covers) keeps its mention.
    cands.retain(|c| {
        c.kind == MentionKind::Known
            || !title_words
                .iter()
                .any(|t| t.start <= c.tokens.start && c.tokens.end <= t.end)
    });
}

/// The parties named from `k`: each the longest mention starting there
/// (perhaps after a determiner), joined by commas and parties joiners
/// (`kg:partiesJoiner`); after the first, a capitalised run no rule named
/// is one too. Each party's tokens, and its mention's index in `cands`.
fn parties_after(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    mut k: usize,
    limit: usize,
) -> Vec<(Range<usize>, Option<usize>)> {
    let mut parties = Vec::new();
    while k < limit {
        if lex.is_determiner(view.low(k)) {
            k += 1;
        }
        let mention = (0..cands.len())
            .filter(|&c| cands[c].tokens.start == k && !cands[c].tokens.is_empty())
            .max_by_key(|&c| cands[c].tokens.end);
        let party = match mention {
            Some(c) => (cands[c].tokens.clone(), Some(c)),
            None if !parties.is_empty() && k < limit && view.is_capitalised(k) => {
                (k..name_span_end(view, lex, k, limit), None)
            }
            None => break,
        };
        let end = party.0.end;
        parties.push(party);
        match after_party_separator(view, lex, end, limit) {
            Some(next) => k = next,
            None => break,
        }
    }
    parties
}
