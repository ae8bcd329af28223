//! A meeting named by the people who meet, each standing for a place:
//! "the meeting of Kestrian, Norlandic and Ostrian Prime Ministers",
//! "a summit of the Foreign Ministers of A, B and C". A meeting noun
//! (`kg:meetingNoun`) whose genitive complement is a plural office title
//! led by coordinated demonyms, or a plural office phrase over coordinated
//! places, names the places whose leaders meet; as when two leaders meet,
//! the places cooperate, each with each.
//!
//! Only an office title makes the people stand for their places: "the
//! meeting of Kestrian and Norlandic farmers" names no party.
//!
//! A meeting may also name who came after a passive attending verb
//! (`kg:attendanceVerb`): "the summit, which was attended by the Prime
//! Minister of A, the President of B and the Foreign Minister of C". Each
//! office listed after the agent preposition stands for its owner, so the
//! owners that are places cooperate, each with each, as when the meeting
//! names them in its complement. The list ends at the next finite verb
//! ("…, who said …") or semicolon: an office named in a later clause did
//! not come. One place alone ("attended by the Ambassador of A") names
//! no pair.

use std::ops::Range;

use super::{each_pair, opens_with_plural_head, plural_title_at, Filler, Frame};
use crate::extract::positions::PositionPhrase;

/// Words between the demonyms and the plural head of the title
/// ("Estonian, Latvian and Lithuanian Foreign Ministers": "Foreign").
const MAX_TITLE_WORDS: usize = 3;

/// Words of a plural office or body head before its genitive preposition
/// ("Ministers of Foreign Affairs of": the first "of").
const MAX_OFFICE_WORDS: usize = 6;

impl Frame<'_, '_> {
    /// For each meeting noun of the sentence whose complement names the
    /// places of the people meeting, the places cooperate pairwise.
    pub(super) fn meeting_parties(&mut self) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let mut meetings: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
        for k in a..b.saturating_sub(2) {
            if !self.lex.words.meeting_nouns.contains(self.view.low(k))
                || !self
                    .lex
                    .words
                    .genitive_prepositions
                    .contains(self.view.low(k + 1))
            {
                continue;
            }
            let mut start = k + 2;
            if start < b && self.lex.is_determiner(self.view.low(start)) {
                start += 1;
            }
            let found = self
                .demonym_led_title(start)
                .or_else(|| self.plural_office_owners(start));
            if let Some((end, places)) = found {
                let places = self.acting_places_once(places, cooperation);
                if places.len() >= 2 {
                    meetings.push((k..end, places));
                }
            }
        }
        meetings.extend(self.attended_meetings(cooperation));
        for (trigger, places) in meetings {
            let q = self.qualifiers(a, trigger.start);
            for (s, o) in each_pair(&places) {
                if !self.already_read(s, cooperation, o) {
                    self.emit(
                        s,
                        cooperation,
                        o,
                        trigger.clone(),
                        "meeting-parties",
                        0.8,
                        q.clone(),
                    );
                }
            }
        }
    }

    /// For each passive attending verb after a meeting noun of the sentence
    /// ("was attended by"): the attending verb and its preposition, and the
    /// places that own the offices listed after it, in order, each once.
    fn attended_meetings(&mut self, cooperation: usize) -> Vec<(Range<usize>, Vec<usize>)> {
        let (a, b) = (self.range.start, self.range.end);
        let (view, words) = (self.view, &self.lex.words);
        let mut found = Vec::new();
        for v in a + 2..b.saturating_sub(1) {
            if !words.attendance_verbs.contains(view.low(v))
                || !words.be_forms.contains(view.low(v - 1))
                || !words.agent_prepositions.contains(view.low(v + 1))
                || !(a..v - 1).any(|k| words.meeting_nouns.contains(view.low(k)))
            {
                continue;
            }
            let start = v + 2;
            let end = (start..b)
                .find(|&t| {
                    view.is_punct(t, ";")
                        || (self.is_finite_verb(t)
                            && !self.positions.iter().any(|p| p.tokens.contains(&t))
                            && !self.mentions.iter().any(|(r, _)| r.contains(&t)))
                })
                .unwrap_or(b);
            let mut places: Vec<usize> = Vec::new();
            let mut first = start;
            if first < end && self.lex.is_determiner(view.low(first)) {
                first += 1;
            }
            if let Some((_, owners)) = self
                .demonym_led_title(first)
                .or_else(|| self.plural_office_owners(first))
            {
                places.extend(owners);
            }
            let listed: Vec<PositionPhrase> = self
                .positions
                .iter()
                .filter(|p| p.tokens.start >= start && p.tokens.end <= end)
                .cloned()
                .collect();
            for p in &listed {
                if let Some(owner) = self
                    .office_owner(p)
                    .map(|(owner, _)| owner)
                    .or_else(|| self.known_owner_in_office(p, cooperation))
                {
                    places.push(owner);
                }
            }
            let kept = self.acting_places_once(places, cooperation);
            if kept.len() >= 2 {
                found.push((v..v + 2, kept));
            }
        }
        found
    }

    /// The places of `candidates` that can be parties of `cooperation`, in
    /// order, each once: a place named twice (two of its offices attended)
    /// is one party.
    fn acting_places_once(&self, candidates: Vec<usize>, cooperation: usize) -> Vec<usize> {
        let mut kept: Vec<usize> = Vec::with_capacity(candidates.len());
        for e in candidates {
            if self.is_acting_place(e, cooperation) && !kept.contains(&e) {
                kept.push(e);
            }
        }
        kept
    }

    /// The gazetteer place named after the last genitive preposition of an
    /// office phrase ("Minister of Foreign Affairs of the Republic of
    /// Kestria"), where the mentions of the sentence hold none there: an
    /// office phrase read as one name may hide its owner's mention. Only a
    /// place that can be a party of `cooperation` counts.
    pub(super) fn known_owner_in_office(
        &mut self,
        p: &PositionPhrase,
        cooperation: usize,
    ) -> Option<usize> {
        let words = &self.lex.words;
        let of = (p.head.end..p.tokens.end)
            .rev()
            .find(|&t| words.genitive_prepositions.contains(self.view.low(t)))?;
        let mut first = of + 1;
        if first < p.tokens.end && words.definite_articles.contains(self.view.low(first)) {
            first += 1;
        }
        if first >= p.tokens.end || !self.view.is_capitalised(first) {
            return None;
        }
        let text = self.view.text(first).to_owned();
        let (owner, last) = self.known_name_run(&text, first, true)?;
        if last >= p.tokens.end || !self.is_acting_place(owner, cooperation) {
            return None;
        }
        // The name as written is a mention of the place the document's
        // own mentions lacked (the name itself is already one of its names:
        // `known_entity` keeps it), recorded once the rules are done.
        self.read_mentions.push((owner, first..last + 1));
        Some(owner)
    }

    /// "Kestrian, Norlandic and Ostrian Prime Ministers" from token `start`:
    /// coordinated demonyms, then a plural office title; where the title
    /// ends, and the demonyms' places.
    fn demonym_led_title(&self, start: usize) -> Option<(usize, Vec<usize>)> {
        let (places, k) = self.coordinated_demonyms_from(start)?;
        let b = self.range.end;
        let head = (k..b.min(k + MAX_TITLE_WORDS))
            .find(|&t| plural_title_at(self.view, self.lex, k, t).is_some_and(|(s, _)| s == k))?;
        Some((head + 1, places))
    }

    /// "the Foreign Ministers of A, B and C" from token `start`: a plural
    /// office or body phrase over coordinated places, one mention or a
    /// plural head with the places coordinated after its genitive
    /// preposition; where it ends, and the places.
    fn plural_office_owners(&self, start: usize) -> Option<(usize, Vec<usize>)> {
        let phrase: Option<Filler> = self
            .mentions
            .iter()
            .filter(|(r, _)| r.start == start)
            .max_by_key(|(r, _)| r.end)
            .cloned();
        if let Some(owners) = phrase.as_ref().and_then(|(r, _)| self.plural_owners(r)) {
            let end = phrase.map_or(start, |(r, _)| r.end);
            return Some((end, owners.into_iter().map(|(_, e)| e).collect()));
        }
        let b = self.range.end;
        let places = (start + 1..b.min(start + MAX_OFFICE_WORDS))
            .filter(|&t| {
                self.lex
                    .words
                    .genitive_prepositions
                    .contains(self.view.low(t))
                    && opens_with_plural_head(self.view, self.lex, start, t)
            })
            .map(|of| self.objects_starting_at(of + 1))
            .find(|places| !places.is_empty())?;
        let end = places.last()?.0.end;
        Some((end, places.into_iter().map(|(_, e)| e).collect()))
    }
}
