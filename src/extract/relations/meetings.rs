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

use std::ops::Range;

use super::{each_pair, opens_with_plural_head, plural_title_at, Filler, Frame};

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
                let places: Vec<usize> = places
                    .into_iter()
                    .filter(|&e| self.is_acting_place(e, cooperation))
                    .fold(Vec::new(), |mut kept, e| {
                        if !kept.contains(&e) {
                            kept.push(e);
                        }
                        kept
                    });
                if places.len() >= 2 {
                    meetings.push((k..end, places));
                }
            }
        }
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
