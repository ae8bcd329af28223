//! Speakers: who "I" is. In a quotation attributed to a person ("“I signed
//! the accord today,” said Ada Quist") or in a transcript turn opened by a
//! person's name ("ADA QUIST: Today I signed …"), a first-person singular
//! pronoun (`kg:speakerPronoun`) stands for that person. Each such pronoun
//! becomes a mention of the speaker, so the relation rules read "I signed
//! the accord" as the speaker signing it.
//!
//! A quotation's speaker is the person a reporting verb (`kg:reportingVerb`)
//! names right after the closing quote ("…,” said Ada Quist", "…,” Quist
//! said") or right before the opening one ("Quist said: “…"); a quotation
//! without its own attribution takes that of another quotation in its
//! paragraph. A pronoun in a quotation nobody is named for stands for no one,
//! even inside a turn. A turn runs from a label at the start of a line (at
//! most [`MAX_LABEL_WORDS`](super::mentions::MAX_LABEL_WORDS) capitalised words, parenthesised notes aside,
//! then a colon) to the next label; a label naming no person ("QUESTION:")
//! ends the turn before it.
//!
//! A first-person plural pronoun (`kg:speakerGroupPronoun`: "we", "our")
//! in a quotation stands for the body that speaks it: a body the attribution
//! names as the speaker ("“We have released the roadmap,” said the
//! Department of Education"), or the body a speaking person is named of
//! ("said Minister Ada Quist of the Ministry of Health"). A person speaking
//! for no body the attribution names leaves "we" to no one: it may be the
//! person's country, government or a partnership.
//!
//! A speech between two sides: where the headline names two people
//! ("Remarks by Ada Quist and Bo Lind") or, naming none, two known places
//! joined by a hyphen ("Kestria-Norland Leaders' Meeting"), the subject
//! "we" (`kg:jointSpeakerPronoun`) said by one of the sides stands for
//! both: in a quotation of one of the two people, in a transcript turn of
//! one of them or of a speaker its label names only by an office ("PRIME
//! MINISTER:"), or outside quotations and turns under a headline with a
//! speech cue (`kg:speechHeadlineCue`: "remarks", "press conference"). A
//! quotation counts only under a speech cue or a headline that makes the
//! two act together (`kg:jointHeadlineCue`: "meet", "sign"). The
//! pronoun gets one mention of each side ([`MentionKind::JointSpeaker`]);
//! the relation rules state each side's facts (`relations::joint_speakers`).
//! A quotation of anyone else, a question turn, or a release's own "we" is
//! no pair.
//!
//! This stage runs after resolution (it needs the people) and before the
//! relation rules.

use std::ops::Range;

use super::lexicon::{Lexicon, WordSet};
use super::mentions::{speaker_label_colon, MentionKind};
use super::model::EntityKey;
use super::resolve::{in_headline, Resolution, Resolved};
use super::view::DocView;
use crate::ontology::Ontology;
use crate::text::TokenKind;

/// Tokens between a closing quote and the reporting verb of its attribution
/// (",” the minister, Ada Quist, said").
const MAX_ATTRIBUTION_GAP: usize = 8;
/// Tokens between a reporting verb and the speaker's name after it ("said
/// Fisheries Minister Ada Quist").
const MAX_NAME_GAP: usize = 4;

/// Adds a mention of the speaker for each first-person pronoun whose speaker
/// the text names (see the module documentation).
pub fn add_speaker_mentions(
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &mut Resolution,
) {
    let pronouns: Vec<usize> = (0..view.toks.len())
        .filter(|&t| is_speaker_pronoun(view, lex, t))
        .collect();
    let group_pronouns: Vec<usize> = (0..view.toks.len())
        .filter(|&t| is_speaker_group_pronoun(view, lex, t))
        .collect();
    if pronouns.is_empty() && group_pronouns.is_empty() {
        return;
    }
    let is_person =
        |e: usize| ontology.is_subclass_of(&resolution.entities[e].class, &lex.classes.person);
    let people = People {
        view,
        lex,
        mentions: &resolution.mentions,
        is_person,
    };
    let mut added = Vec::new();
    if !group_pronouns.is_empty() {
        // The same reading of attributions, with bodies for speakers.
        let bodies = People {
            view,
            lex,
            mentions: &resolution.mentions,
            is_person: |e: usize| {
                ontology.is_subclass_of(&resolution.entities[e].class, &lex.classes.organization)
            },
        };
        let quotes = bodies.attributed_quotes_with(|v| {
            bodies
                .speaker_of_verb(v)
                .or_else(|| people.body_of_person_after(v, &bodies))
        });
        for t in group_pronouns {
            if let Some(&(_, Some(body))) = quotes.iter().find(|(q, _)| q.contains(&t)) {
                added.push(Resolved {
                    tokens: t..t + 1,
                    entity: body,
                    kind: MentionKind::Speaker,
                    title: None,
                });
            }
        }
    }
    let quotes = people.attributed_quotes();
    let turns = people.turns();
    if let Some(sides) = headline_sides(view, lex, ontology, resolution) {
        let joint = JointSpeech {
            view,
            lex,
            sides,
            quotes: &quotes,
            turns: &turns,
        };
        for t in (0..view.toks.len()).filter(|&t| joint.stands_for_both(t)) {
            for side in sides {
                added.push(Resolved {
                    tokens: t..t + 1,
                    entity: side,
                    kind: MentionKind::JointSpeaker,
                    title: None,
                });
            }
        }
    }
    for t in pronouns {
        let speaker = match quotes.iter().find(|(q, _)| q.contains(&t)) {
            Some(&(_, speaker)) => speaker,
            None => turns
                .iter()
                .find(|(turn, _)| turn.contains(&t))
                .and_then(|&(_, speaker)| speaker),
        };
        if let Some(e) = speaker {
            added.push(Resolved {
                tokens: t..t + 1,
                entity: e,
                kind: MentionKind::Speaker,
                title: None,
            });
        }
    }
    resolution.add_mentions(added);
}

/// The two sides of a speech its headline names: two people ("Remarks by
/// Ada Quist and Bo Lind"), or else two known places joined by a hyphen in
/// one word ("Kestria-Norland Leaders' Meeting"), each already an entity of
/// the document. Anything else names no pair.
fn headline_sides(
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &Resolution,
) -> Option<[usize; 2]> {
    let headline = view
        .sentences
        .first()
        .filter(|_| in_headline(view, 0))?
        .clone();
    let is_person =
        |e: usize| ontology.is_subclass_of(&resolution.entities[e].class, &lex.classes.person);
    let mut people: Vec<usize> = resolution
        .mentions
        .iter()
        .filter(|m| headline.start <= m.tokens.start && m.tokens.end <= headline.end)
        .map(|m| m.entity)
        .filter(|&e| is_person(e))
        .collect();
    people.sort_unstable();
    people.dedup();
    match people.as_slice() {
        [a, b] => return Some([*a, *b]),
        [] => {}
        _ => return None,
    }
    let known = |part: &str| {
        let individual = lex.named_individual(part, |w| w == part)?;
        let key = EntityKey::Known(lex.individuals[individual].iri.clone());
        resolution.entities.iter().position(|e| e.key == key)
    };
    let mut pairs = headline.filter_map(|k| {
        let (left, right) = view.text(k).split_once(['-', '\u{2013}'])?;
        let pair = [known(left)?, known(right)?];
        (pair[0] != pair[1]).then_some(pair)
    });
    let pair = pairs.next()?;
    pairs.all(|other| other == pair).then_some(pair)
}

/// A speech between two sides: where its first-person plural subject
/// stands for both.
struct JointSpeech<'a, 'v> {
    view: &'a DocView<'v>,
    lex: &'a Lexicon,
    sides: [usize; 2],
    quotes: &'a [(Range<usize>, Option<usize>)],
    turns: &'a [(Range<usize>, Option<usize>)],
}

impl JointSpeech<'_, '_> {
    /// Whether token `t` is a joint speaker pronoun said by one of the two
    /// sides: in a quotation of one of them under a headline that makes them
    /// act together or speak; in a transcript turn of one of them, or of a
    /// speaker the label names only by an office; or outside quotations and
    /// turns under a headline with a speech cue. A quotation of anyone else,
    /// or of no one named, is not the two sides' word.
    fn stands_for_both(&self, t: usize) -> bool {
        let view = self.view;
        if !view.is_word(t)
            || !self.lex.words.joint_speaker_pronouns.contains(view.low(t))
            || !view.text(t).chars().skip(1).all(char::is_lowercase)
        {
            return false;
        }
        if let Some((_, speaker)) = self.quotes.iter().find(|(q, _)| q.contains(&t)) {
            return speaker.is_some_and(|s| self.sides.contains(&s))
                && (self.headline_is_speech() || self.headline_is_joint());
        }
        if let Some((turn, speaker)) = self.turns.iter().find(|(turn, _)| turn.contains(&t)) {
            return match speaker {
                Some(s) => self.sides.contains(s),
                None => self.label_is_office(turn.start),
            };
        }
        self.headline_is_speech()
    }

    /// Whether the label before the turn starting at token `start` (after
    /// its colon) is an office and nothing else ("PRIME MINISTER:").
    fn label_is_office(&self, start: usize) -> bool {
        let colon = start - 1;
        let label = self.view.sentence_start(colon);
        self.lex
            .position_titles
            .longest_at(self.view, label, colon)
            .is_some_and(|(len, _)| label + len == colon)
    }

    /// Whether the headline has a speech cue (`kg:speechHeadlineCue`).
    fn headline_is_speech(&self) -> bool {
        self.headline_has(&self.lex.words.speech_headline_cues)
    }

    /// Whether the headline makes its two people act together
    /// (`kg:jointHeadlineCue`: "A and B meet in Oslo"). Two people named in
    /// a headline may as well be at odds ("A and B clash over quotas"),
    /// where "we" in a quotation of one is that one's side alone.
    fn headline_is_joint(&self) -> bool {
        self.headline_has(&self.lex.words.joint_headline_cues)
    }

    fn headline_has(&self, cues: &WordSet) -> bool {
        let headline = &self.view.sentences[0];
        headline
            .clone()
            .any(|k| cues.phrase_at(self.view, k, headline.end).is_some())
    }
}

/// Whether token `t` is a first-person singular pronoun: a listed form as
/// written ("I", "me"), not a Roman numeral after a capitalised word that
/// follows another word ("World War I"; "Today I …" is a pronoun).
fn is_speaker_pronoun(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    let text = view.text(t);
    if !view.is_word(t)
        || !lex.words.speaker_pronouns.contains(view.low(t))
        || (text.len() == 1 && !view.is_capitalised(t))
    {
        return false;
    }
    let start = view.sentence_start(t);
    let numeral =
        t >= start + 2 && view.is_capitalised(t - 1) && view.toks[t - 2].kind != TokenKind::Punct;
    !numeral
}

/// Whether token `t` is a first-person plural pronoun as a pronoun is
/// written, not in capitals ("US" is a country's abbreviation).
fn is_speaker_group_pronoun(view: &DocView<'_>, lex: &Lexicon, t: usize) -> bool {
    view.is_word(t)
        && lex.words.speaker_group_pronouns.contains(view.low(t))
        && view.text(t).chars().skip(1).all(char::is_lowercase)
}

struct People<'a, 'v, F> {
    view: &'a DocView<'v>,
    lex: &'a Lexicon,
    mentions: &'a [Resolved],
    is_person: F,
}

impl<F: Fn(usize) -> bool> People<'_, '_, F> {
    /// The person a mention starting at token `k` names.
    fn person_starting_at(&self, k: usize) -> Option<usize> {
        self.mentions
            .iter()
            .find(|m| m.tokens.start == k && (self.is_person)(m.entity))
            .map(|m| m.entity)
    }

    /// The person a mention ending right before token `k` names.
    fn person_ending_at(&self, k: usize) -> Option<usize> {
        self.mentions
            .iter()
            .find(|m| m.tokens.end == k && (self.is_person)(m.entity))
            .map(|m| m.entity)
    }

    /// The person a mention within `tokens` names.
    fn person_within(&self, tokens: Range<usize>) -> Option<usize> {
        self.mentions
            .iter()
            .find(|m| {
                tokens.start <= m.tokens.start
                    && m.tokens.end <= tokens.end
                    && (self.is_person)(m.entity)
            })
            .map(|m| m.entity)
    }

    fn is_reporting_verb(&self, k: usize) -> bool {
        self.lex.reporting_verbs.contains(self.view.low(k))
    }

    /// The speaker a reporting verb at `v` names: the person right before
    /// it ("Quist said") or shortly after it ("said Minister Ada Quist").
    fn speaker_of_verb(&self, v: usize) -> Option<usize> {
        let end = self.view.sentence_end(v);
        self.person_ending_at(v).or_else(|| {
            (v + 1..end.min(v + 1 + MAX_NAME_GAP))
                .take_while(|&k| self.view.toks[k].kind != TokenKind::Punct)
                .find_map(|k| self.person_starting_at(k))
        })
    }

    /// "said Minister Ada Quist of the Ministry of Health": the body named
    /// after a genitive preposition (`kg:genitivePreposition`) right after
    /// the person a reporting verb at `v` names after it (`bodies` reads
    /// the bodies' mentions).
    fn body_of_person_after<G: Fn(usize) -> bool>(
        &self,
        v: usize,
        bodies: &People<'_, '_, G>,
    ) -> Option<usize> {
        let end = self.view.sentence_end(v);
        let person = (v + 1..end.min(v + 1 + MAX_NAME_GAP))
            .take_while(|&k| self.view.toks[k].kind != TokenKind::Punct)
            .find_map(|k| {
                self.mentions
                    .iter()
                    .find(|m| m.tokens.start == k && (self.is_person)(m.entity))
            })?;
        let mut k = person.tokens.end;
        if k >= end
            || !self
                .lex
                .words
                .genitive_prepositions
                .contains(self.view.low(k))
        {
            return None;
        }
        k += 1;
        if k < end && self.lex.is_determiner(self.view.low(k)) {
            k += 1;
        }
        bodies.person_starting_at(k)
    }

    /// Quotations (the tokens between their marks), each with the speaker
    /// the text names for it, if any.
    fn attributed_quotes(&self) -> Vec<(Range<usize>, Option<usize>)> {
        self.attributed_quotes_with(|v| self.speaker_of_verb(v))
    }

    /// [`Self::attributed_quotes`], with `speaker_of_verb` finding the
    /// speaker a reporting verb names.
    fn attributed_quotes_with(
        &self,
        speaker_of_verb: impl Fn(usize) -> Option<usize>,
    ) -> Vec<(Range<usize>, Option<usize>)> {
        let view = self.view;
        let mut quotes: Vec<(Range<usize>, Option<usize>, usize)> = Vec::new();
        let mut open: Option<usize> = None;
        let mut paragraph = 0;
        for t in 0..view.toks.len() {
            if t == view.sentence_start(t) && t > 0 && starts_paragraph(view, t) {
                paragraph += 1;
                open = None;
            }
            if view.toks[t].kind != TokenKind::Punct {
                continue;
            }
            let mark = view.text(t);
            let closes = match (mark, open) {
                ("\u{201d}", Some(_)) | ("\"", Some(_)) => true,
                ("\u{201c}", _) | ("\"", None) => {
                    open = Some(t);
                    false
                }
                _ => false,
            };
            if closes {
                let o = open.take().unwrap_or(t);
                let speaker = self
                    .speaker_after(t, &speaker_of_verb)
                    .or_else(|| self.speaker_before(o, &speaker_of_verb));
                quotes.push((o + 1..t, speaker, paragraph));
            }
        }
        // A quotation without its own attribution: the speaker of the
        // others in its paragraph, when they all name the same person.
        quotes
            .iter()
            .map(|(range, speaker, p)| {
                let speaker = speaker.or_else(|| {
                    let mut named = quotes
                        .iter()
                        .filter(|(_, _, q)| q == p)
                        .filter_map(|(_, s, _)| *s);
                    let first = named.next()?;
                    named.all(|s| s == first).then_some(first)
                });
                (range.clone(), speaker)
            })
            .collect()
    }

    /// The speaker an attribution right after closing quote `close` names.
    fn speaker_after(
        &self,
        close: usize,
        speaker_of_verb: &impl Fn(usize) -> Option<usize>,
    ) -> Option<usize> {
        let end = self.view.sentence_end(close);
        (close + 1..end.min(close + 1 + MAX_ATTRIBUTION_GAP))
            .find(|&k| self.is_reporting_verb(k))
            .and_then(speaker_of_verb)
    }

    /// The speaker an attribution right before opening quote `open` names,
    /// after a colon or comma: "Quist said: “…", "said Ada Quist: “…".
    fn speaker_before(
        &self,
        open: usize,
        speaker_of_verb: &impl Fn(usize) -> Option<usize>,
    ) -> Option<usize> {
        let view = self.view;
        let start = view.sentence_start(open);
        if open < start + 2 || !(view.is_punct(open - 1, ":") || view.is_punct(open - 1, ",")) {
            return None;
        }
        let before = open - 1;
        if self.is_reporting_verb(before - 1) {
            return speaker_of_verb(before - 1);
        }
        let name = self
            .mentions
            .iter()
            .find(|m| m.tokens.end == before && (self.is_person)(m.entity))?;
        (start..name.tokens.start)
            .rev()
            .take(MAX_NAME_GAP)
            .any(|k| self.is_reporting_verb(k))
            .then_some(name.entity)
    }

    /// Transcript turns: the tokens after each label to the next label,
    /// with the person the label names.
    fn turns(&self) -> Vec<(Range<usize>, Option<usize>)> {
        let view = self.view;
        let mut labels: Vec<(usize, Option<usize>)> = Vec::new();
        for s in 0..view.sentences.len() {
            let a = view.sentences[s].start;
            if let Some(colon) = speaker_label_colon(view, view.sentences[s].clone()) {
                labels.push((colon + 1, self.person_within(a..colon)));
            }
        }
        let mut turns = Vec::with_capacity(labels.len());
        for (i, &(start, speaker)) in labels.iter().enumerate() {
            let end = labels.get(i + 1).map_or(view.toks.len(), |&(next, _)| next);
            turns.push((start..end, speaker));
        }
        turns
    }
}

/// Whether token `t` (a sentence's first) opens a paragraph: a blank line
/// before it.
fn starts_paragraph(view: &DocView<'_>, t: usize) -> bool {
    let gap = &view.text[view.toks[t - 1].end..view.toks[t].start];
    gap.matches('\n').count() >= 2
}
