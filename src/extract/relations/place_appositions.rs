//! A place that is no area (a city, a lake) named before a comma and the
//! name of an area (`kg:areaClass`: a country, a region) lies in that area
//! ("Denver, Colorado", "Calgary, Canada"; the `"place apposition"`
//! frame). Two areas so written are a list ("Chile, Peru"), not one in the
//! other. Only where the pair is no part of a list of places (no place and
//! comma before the first, no conjunction or comma and place after the
//! area) and the area is no party of the clause: a possessive mark or a
//! verb after it makes it one ("In Oslo, Kestria's envoy said …", "In Oslo,
//! Kestria said …"): only punctuation or a preposition ends the pair, and in
//! a phrase opening the sentence only a comma.

use super::Frame;
use crate::extract::model::Polarity;
use crate::parse::tagger::is_verb_or_modal;

impl Frame<'_, '_> {
    /// Reads the place-and-area pairs of the sentence.
    pub(super) fn place_apposition_frames(&mut self) {
        let Some(property) = self.lex.place_apposition_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let mut pairs = Vec::new();
        for (town, e) in &self.mentions {
            let class = &self.entities[*e].class;
            if !self.ontology.is_subclass_of(class, &self.lex.classes.place) || self.is_area(*e) {
                continue;
            }
            let comma = town.end;
            if comma + 1 >= b || !self.view.is_punct(comma, ",") {
                continue;
            }
            if town.start > a + 1
                && self.view.is_punct(town.start - 1, ",")
                && self.place_ending_at(town.start - 1)
            {
                continue;
            }
            let Some((area, place)) = self.mention_starting_at(comma + 1) else {
                continue;
            };
            if area.start != comma + 1 || !self.is_area(place) {
                continue;
            }
            // Before the clause's first verb, the comma after the town may
            // close a phrase that opens the sentence ("In Oslo, Kestria on
            // Monday signed …"): the area then has to close it too.
            let fronted = (a..town.start).all(|k| !self.is_tagged_verb(k));
            if area.end < b && !self.closes_pair(area.end, fronted) {
                continue;
            }
            pairs.push((*e, place, town.start..area.end));
        }
        for (town, area, tokens) in pairs {
            self.emit(
                town,
                property,
                area,
                tokens,
                "place-apposition",
                0.8,
                (Polarity::Positive, None),
            );
        }
    }

    fn is_area(&self, entity: usize) -> bool {
        let class = &self.entities[entity].class;
        self.lex
            .classes
            .area
            .iter()
            .any(|c| self.ontology.is_subclass_of(class, c))
    }

    fn place_ending_at(&self, k: usize) -> bool {
        self.mention_ending_at(k)
            .is_some_and(|(_, e)| self.is_place(e))
    }

    /// Whether the token at `t`, right after an area's name, ends the pair:
    /// punctuation or a preposition ("Denver, Colorado, said …", "in Denver,
    /// Colorado in May"), unless it goes on with a list or makes the area a
    /// party of the clause. Any other word (an adverb, a verb, a noun) reads
    /// the area as the clause's subject ("In Oslo, Kestria formally signed
    /// …"). In a phrase that opens the sentence only a comma ends it.
    fn closes_pair(&self, t: usize, fronted: bool) -> bool {
        if self.continues_clause(t) {
            return false;
        }
        if fronted {
            return self.view.is_punct(t, ",");
        }
        !self.view.is_word(t) || self.syntax.tagger_tags(t).1 == "IN"
    }

    /// Whether the tagger tagged token `t` a verb of any form or a modal
    /// (the tagger's tags, so this rule asks for no parse).
    fn is_tagged_verb(&self, t: usize) -> bool {
        is_verb_or_modal(self.syntax.tagger_tags(t).1)
    }

    /// Whether the word at `t`, right after an area's name, goes on with a
    /// list of places or makes the area a party of the clause: a
    /// conjunction, a comma before another place, a possessive mark or a
    /// verb.
    fn continues_clause(&self, t: usize) -> bool {
        let low = self.view.low(t);
        if self.lex.words.conjunctions.contains(low) || self.lex.is_possessive(self.view, t) {
            return true;
        }
        if self.view.is_punct(t, ",") {
            return t + 1 < self.range.end
                && self
                    .mention_starting_at(t + 1)
                    .is_some_and(|(_, e)| self.is_place(e));
        }
        self.is_finite_verb(t)
    }
}
