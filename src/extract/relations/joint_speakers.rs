//! "we" said for both sides of a speech ("Minister, today we sign the
//! Fisheries Accord"; see [`crate::extract::speakers`]): the pronoun holds
//! one mention of each side, and a rule reading it states the fact of one of
//! them. The other side did the same. Where the fact is a joint act (its
//! property shares a verb with cooperation: signing), the two sides did it
//! together, so they cooperate, as the coordinated subjects of "A and B
//! signed the accord" do.

use std::ops::Range;

use super::{Found, Frame};
use crate::extract::mentions::MentionKind;
use crate::extract::resolve::Resolved;
use crate::text::TokenKind;

/// The joint speaker pronouns among a sentence's mentions (`sentence`
/// indexes `mentions`): each pronoun's tokens with its two sides.
pub(super) fn joint_speakers(
    sentence: &[usize],
    mentions: &[Resolved],
) -> Vec<(Range<usize>, [usize; 2])> {
    let mut joint: Vec<(Range<usize>, [usize; 2])> = Vec::new();
    for m in sentence.iter().map(|&i| &mentions[i]) {
        if m.kind != MentionKind::JointSpeaker {
            continue;
        }
        match joint.iter_mut().find(|(r, _)| *r == m.tokens) {
            Some((_, sides)) => sides[1] = m.entity,
            None => joint.push((m.tokens.clone(), [m.entity, m.entity])),
        }
    }
    joint.retain(|(_, sides)| sides[0] != sides[1]);
    joint
}

impl Frame<'_, '_> {
    /// For each joint speaker pronoun of the sentence, the facts of one side
    /// for the other, and the two sides' cooperation after a joint act.
    /// Only the facts of a side the sentence names nowhere but in joint
    /// pronouns, so that they came through one.
    pub(super) fn joint_speaker_facts(&mut self, joint: &[(Range<usize>, [usize; 2])]) {
        let cooperation = self.cooperation_property();
        for (tokens, sides) in joint {
            // A side's mentions other than joint pronouns, on the
            // pronoun's side of any quotation mark ("…,” said Ada Quist"
            // names the speaker outside what she said).
            let only_here = |e: usize| {
                !self.mentions.iter().any(|(r, m)| {
                    *m == e
                        && !joint.iter().any(|(j, _)| j == r)
                        && !self.quote_mark_between(tokens.start, r.start)
                })
            };
            // The fact's other end is named where the pronoun stands, not
            // across a quotation mark (the speaker's office in the
            // attribution is not what "we" relates to).
            let said_with = |e: usize| {
                self.mentions
                    .iter()
                    .any(|(r, m)| *m == e && !self.quote_mark_between(tokens.start, r.start))
            };
            let read: Vec<(Found, usize, usize)> = self.out[self.first_fact..]
                .iter()
                .filter(|f| sides.contains(&f.subject) != sides.contains(&f.object))
                .filter_map(|f| {
                    let side = if sides.contains(&f.subject) {
                        f.subject
                    } else {
                        f.object
                    };
                    let other = if side == sides[0] { sides[1] } else { sides[0] };
                    let thing = if side == f.subject {
                        f.object
                    } else {
                        f.subject
                    };
                    (only_here(side) && said_with(thing)).then(|| (f.clone(), side, other))
                })
                .collect();
            for (fact, side, other) in read {
                let swap = |e: usize| if e == side { other } else { e };
                let (subject, object) = (swap(fact.subject), swap(fact.object));
                let qualifiers = (fact.polarity, fact.evidence.modality.clone());
                let confidence = fact.evidence.confidence;
                if !self.already_read(subject, fact.property, object) {
                    self.emit(
                        subject,
                        fact.property,
                        object,
                        tokens.clone(),
                        "joint-speaker",
                        confidence,
                        qualifiers.clone(),
                    );
                }
                let Some(cooperation) =
                    cooperation.filter(|&c| self.lex.share_a_verb_trigger(c, fact.property))
                else {
                    continue;
                };
                if !self.already_read(side, cooperation, other) {
                    self.emit(
                        side,
                        cooperation,
                        other,
                        tokens.clone(),
                        "joint-speaker",
                        confidence,
                        qualifiers,
                    );
                }
            }
        }
    }

    /// Whether a quotation mark stands between tokens `x` and `y`.
    fn quote_mark_between(&self, x: usize, y: usize) -> bool {
        (x.min(y)..x.max(y)).any(|k| {
            self.view.toks[k].kind == TokenKind::Punct
                && matches!(self.view.text(k), "\"" | "\u{201c}" | "\u{201d}")
        })
    }
}
