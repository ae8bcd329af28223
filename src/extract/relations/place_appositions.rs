//! A place that is no area (a city, a lake) named before a comma and the
//! name of an area (`kg:areaClass`: a country, a region) lies in that area
//! ("Denver, Colorado", "Calgary, Canada"; the `"place apposition"`
//! frame). Two areas so written are a list ("Chile, Peru"), not one in the
//! other. Only where the pair is no part of a list of places (no place and
//! comma before the first, no conjunction or comma and place after the
//! area) and the area is no party of the clause: a possessive mark or a
//! verb after it makes it one ("In Oslo, Kestria's envoy said …", "In Oslo,
//! Kestria said …").

use super::Frame;
use crate::extract::model::Polarity;

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
            if area.end < b && self.continues_clause(area.end) {
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
        self.mention_ending_at(k).is_some_and(|(_, e)| {
            self.ontology
                .is_subclass_of(&self.entities[e].class, &self.lex.classes.place)
        })
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
                && self.mention_starting_at(t + 1).is_some_and(|(_, e)| {
                    self.ontology
                        .is_subclass_of(&self.entities[e].class, &self.lex.classes.place)
                });
        }
        self.is_finite_verb(t)
    }
}
