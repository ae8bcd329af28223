//! People named only by the places they stand for: "Foreign Minister Ada
//! Quist and counterparts from Austria, Hungary and Slovenia signed the
//! accord". A plural counterpart noun or office title ("counterparts",
//! "ministers") before an origin preposition (`kg:originPreposition`,
//! "from") stands for one person of each place listed after it, so each
//! place is a member of the coordination the phrase stands in, the first
//! one too, which follows the preposition rather than a comma; the place
//! does what its person does ("Austria signs the accord").
//!
//! The party named before the phrase ("Ada Quist", acting for the owner of
//! her office, or a place itself) is the one the others are counterparts
//! of: where the act shares a verb with cooperation, that party cooperates
//! with each listed place, and the listed places are left unrelated to each
//! other (a list of partners of one party says nothing of how the partners
//! stand among themselves).
//!
//! In the parse, a plural office title as a verb's argument stands for the
//! places listed in its complement after an origin or genitive preposition
//! ("Ministers from A, B and C agreed to work together", "the ministers of
//! A and B will cooperate"): the places fill the role, each acting for its
//! minister, so a joint verb makes them partners each with each
//! ([`Frame::places_of_plural_office`]).
//!
//! A list that follows any other preposition after a common noun is that
//! noun's complement, never the clause's subject ("grants to A, B and C
//! have entered into force"): [`Frame::in_noun_complement`] keeps such a
//! list out of joint verb phrases.

use std::ops::Range;

use super::dependency::expand_conjuncts;
use super::Frame;
use crate::extract::lexicon::singular_forms;
use crate::extract::model::Polarity;
use crate::extract::syntax::SentenceSyntax;

/// Words of an office title before its plural head ("foreign ministers").
const MAX_TITLE_MODIFIERS: usize = 2;

impl Frame<'_, '_> {
    /// Where the representatives' phrase right before the place starting
    /// at token `k` starts ("and counterparts from " before "Austria": at
    /// "counterparts", or at a determiner before it).
    pub(super) fn representatives_before(&self, k: usize) -> Option<usize> {
        let (a, view, words) = (self.range.start, self.view, &self.lex.words);
        let mut k = k;
        if k > a && self.lex.is_determiner(view.low(k - 1)) {
            k -= 1;
        }
        if k < a + 2 || !words.origin_prepositions.contains(view.low(k - 1)) {
            return None;
        }
        let noun = k - 2;
        let plural = view.low(noun);
        let singulars = singular_forms(plural);
        let mut start = if singulars
            .iter()
            .any(|s| words.counterpart_nouns.contains(s.as_str()))
        {
            noun
        } else {
            self.plural_office_title_ending_at(noun)?
        };
        if start > a
            && (words.possessive_determiners.contains(view.low(start - 1))
                || self.lex.is_determiner(view.low(start - 1)))
        {
            start -= 1;
        }
        Some(start)
    }

    /// Where the plural office title whose head is token `noun` starts
    /// ("foreign ministers": at "foreign"), its words lowercased and its
    /// head made singular forming a position title; none when it is none.
    fn plural_office_title_ending_at(&self, noun: usize) -> Option<usize> {
        let (a, view) = (self.range.start, self.view);
        let singulars = singular_forms(view.low(noun));
        if singulars.iter().all(|s| s == view.low(noun)) {
            return None;
        }
        (noun.saturating_sub(MAX_TITLE_MODIFIERS).max(a)..=noun).find(|&s| {
            singulars.iter().any(|singular| {
                let mut title: Vec<&str> = (s..noun).map(|t| view.low(t)).collect();
                title.push(singular);
                self.lex.position_titles.get(&title.join(" ")).is_some()
            })
        })
    }

    /// The places a plural office title at token `t`, a filler of a frame
    /// over the parse, stands for: the places coordinated in its
    /// complement after an origin or genitive preposition ("Ministers from
    /// A, B and C", "the ministers of A and B"), or in the genitive
    /// complement of that complement's noun ("the ministers of foreign
    /// affairs of A and B"). Empty unless every conjunct there is a place
    /// and there is one at least.
    pub(super) fn places_of_plural_office(&self, syntax: &SentenceSyntax, t: usize) -> Vec<usize> {
        if !matches!(syntax.node(t).xpos, "NNS" | "NNPS")
            || self.plural_office_title_ending_at(t).is_none()
        {
            return Vec::new();
        }
        self.places_in_plural_complement(syntax, t)
    }

    /// The places a plural noun at token `t` that is no name of its own
    /// ("ministers", "Ministries") names in its complement, as
    /// [`Frame::places_of_plural_office`] reads them for an office title.
    pub(super) fn places_in_plural_complement(
        &self,
        syntax: &SentenceSyntax,
        t: usize,
    ) -> Vec<usize> {
        let words = &self.lex.words;
        if self.entity_at(t).is_some() {
            return Vec::new();
        }
        let marked_by = |c: usize, origin: bool| {
            syntax.node(c).rel == "nmod"
                && syntax.children(c).any(|m| {
                    let low = self.view.low(m);
                    syntax.node(m).rel == "case"
                        && (words.genitive_prepositions.contains(low)
                            || (origin && words.origin_prepositions.contains(low)))
                })
        };
        let mut complements: Vec<usize> =
            syntax.children(t).filter(|&c| marked_by(c, true)).collect();
        if let [only] = complements[..] {
            if self.entity_at(only).is_none() {
                complements = syntax
                    .children(only)
                    .filter(|&c| marked_by(c, false))
                    .collect();
            }
        }
        let [complement] = complements[..] else {
            return Vec::new();
        };
        let mut tokens = Vec::new();
        expand_conjuncts(syntax, complement, &mut tokens);
        let mut places: Vec<usize> = Vec::new();
        for u in tokens {
            match self.entity_at(u) {
                Some(e) if self.is_place(e) => {
                    if !places.contains(&e) {
                        places.push(e);
                    }
                }
                _ => return Vec::new(),
            }
        }
        places
    }

    /// Whether the coordination starting at token `start` is the
    /// complement of a common noun before it rather than a subject: after a
    /// noun-phrase preposition (`kg:nounPhrasePreposition`) that follows a
    /// word the tagger tags a common noun ("grants to A, B and C"), also
    /// where the list's first member was cut off at the comma after it.
    pub(super) fn in_noun_complement(&self, start: usize) -> bool {
        let (a, view) = (self.range.start, self.view);
        let skip_determiner = |s: usize| {
            if s > a && self.lex.is_determiner(view.low(s - 1)) {
                s - 1
            } else {
                s
            }
        };
        let mut s = skip_determiner(start);
        if s > a && view.is_punct(s - 1, ",") {
            if let Some((r, _)) = self.mention_ending_at(s - 1) {
                s = skip_determiner(r.start);
            }
        }
        s >= a + 2
            && self
                .lex
                .words
                .noun_phrase_prepositions
                .contains(view.low(s - 1))
            && matches!(self.syntax.tagger_tags(s - 2).1, "NN" | "NNS")
            && self.representatives_before(s).is_none()
    }

    /// For each fact of this sentence that a place listed after a
    /// representatives' phrase did something to a thing (signed): the
    /// party named before the phrase cooperates with the place, where the
    /// property shares a verb with cooperation.
    pub(super) fn representative_parties(&mut self) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let mut lists: Vec<(usize, Range<usize>, Vec<usize>)> = Vec::new();
        for k in a + 2..b {
            let Some(phrase) = self.representatives_before(k) else {
                continue;
            };
            let Some(hub) = self.party_before_representatives(phrase) else {
                continue;
            };
            let places: Vec<usize> = self
                .objects_starting_at(k)
                .into_iter()
                .map(|(_, e)| e)
                .filter(|&e| e != hub && self.is_acting_place(e, cooperation))
                .collect();
            if !places.is_empty() && self.is_acting_place(hub, cooperation) {
                lists.push((hub, phrase..k, places));
            }
        }
        let acts: Vec<(usize, Polarity)> = self.out[self.first_fact..]
            .iter()
            .filter(|f| {
                !self.property(f.property).symmetric
                    && self.lex.share_a_verb_trigger(cooperation, f.property)
            })
            .map(|f| (f.subject, f.polarity))
            .collect();
        for (hub, phrase, places) in lists {
            for place in places {
                let Some(&(_, polarity)) = acts.iter().find(|(s, _)| *s == place) else {
                    continue;
                };
                if !self.already_read(hub, cooperation, place) {
                    self.emit(
                        hub,
                        cooperation,
                        place,
                        phrase.clone(),
                        "representative-party",
                        0.8,
                        (polarity, None),
                    );
                }
            }
        }
    }

    /// The party coordinated right before a representatives' phrase
    /// starting at `phrase` ("Ada Quist and counterparts from …"): a place
    /// or body named there, or the one owner of the offices the person
    /// named there holds.
    fn party_before_representatives(&self, phrase: usize) -> Option<usize> {
        let a = self.range.start;
        if phrase <= a || !self.is_coordinator(self.view.low(phrase - 1)) {
            return None;
        }
        let (_, named) = self.mention_ending_at(phrase - 1)?;
        if self.is_person(named) {
            self.party_of_offices(named)
        } else {
            Some(named)
        }
    }
}
