//! A person named as another's counterpart: "Kestrian Trade Minister Ada
//! Quist and her Norlandic counterpart, Bo Lind, signed the accord". The
//! counterpart noun (`kg:counterpartNoun`) introduces the name after it, so
//! the name is a member of the coordination the phrase stands in; the
//! demonym or country before the noun is the party the person acts for,
//! which signs what the person signs ("Norland signs the accord"), and
//! which, where the person signs with others whose offices have owners,
//! cooperates with each of those owners, as the owners of co-signers'
//! offices do (`co_signers`).

use super::{Filler, Frame};

impl Frame<'_, '_> {
    /// The counterpart phrase right before the name starting at token `k`
    /// ("her Norlandic counterpart, " before "Bo Lind"): where it starts
    /// (at its determiner), and the place its demonym or name gives.
    pub(super) fn counterpart_before(&self, k: usize) -> Option<(usize, Option<usize>)> {
        let (a, view, words) = (self.range.start, self.view, &self.lex.words);
        let mut j = k;
        if j > a + 1 && view.is_punct(j - 1, ",") {
            j -= 1;
        }
        let noun = j
            .checked_sub(1)
            .filter(|&n| n >= a && words.counterpart_nouns.contains(view.low(n)))?;
        let place: Option<Filler> = self
            .demonyms
            .iter()
            .chain(&self.mentions)
            .filter(|(r, e)| r.end == noun && r.start >= a && self.is_place(*e))
            .min_by_key(|(r, _)| r.start)
            .cloned();
        let mut s = place.as_ref().map_or(noun, |(r, _)| r.start);
        if s > a
            && (words.possessive_determiners.contains(view.low(s - 1))
                || self.lex.is_determiner(view.low(s - 1)))
        {
            s -= 1;
        }
        Some((s, place.map(|(_, e)| e)))
    }

    /// The one owner of the offices the facts read so far give `person`.
    pub(super) fn party_of_offices(&self, person: usize) -> Option<usize> {
        let (title, office) = (self.lex.title_property?, self.lex.office_property?);
        let mut owners: Vec<usize> = self
            .out
            .iter()
            .filter(|held| held.property == title && held.subject == person)
            .flat_map(|held| {
                self.out
                    .iter()
                    .filter(move |owned| owned.property == office && owned.subject == held.object)
                    .map(|owned| owned.object)
            })
            .collect();
        owners.sort_unstable();
        owners.dedup();
        match owners.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// For each fact of this sentence that a person named after a
    /// counterpart phrase signed a thing: the phrase's place signed it too,
    /// and cooperates with the owner of the offices of each other person
    /// who signed the same thing here. Only an act sharing a verb with
    /// cooperation (signing) binds the place: a statement two leaders issue
    /// is theirs ("A and his Kestrian counterpart B issued a joint
    /// statement" says nothing Kestria issued), as `co_signers` gives a
    /// signer's party and no issuer's.
    pub(super) fn counterpart_parties(&mut self) {
        let facts = self.person_acts_of_sentence();
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        for &(person, p, thing, polarity) in &facts {
            if !self.lex.share_a_verb_trigger(cooperation, p) {
                continue;
            }
            let named: Vec<Filler> = self
                .mentions
                .iter()
                .filter(|(_, e)| *e == person)
                .cloned()
                .collect();
            for (r, _) in named {
                let start = self.skip_honorifics_left(self.skip_title_left(r.start));
                let Some((phrase, Some(place))) = self.counterpart_before(start) else {
                    continue;
                };
                if !self.is_acting_place(place, p) {
                    continue;
                }
                let trigger = phrase..r.end;
                self.emit(
                    place,
                    p,
                    thing,
                    trigger.clone(),
                    "counterpart-party",
                    0.8,
                    (polarity, None),
                );
                let partners: Vec<usize> = facts
                    .iter()
                    .filter(|g| g.0 != person && g.1 == p && g.2 == thing && g.3 == polarity)
                    .filter_map(|g| self.party_of_offices(g.0))
                    .filter(|&owner| owner != place && self.is_acting_place(owner, cooperation))
                    .collect();
                for partner in partners {
                    if !self.already_read(partner, cooperation, place) {
                        self.emit(
                            partner,
                            cooperation,
                            place,
                            trigger.clone(),
                            "counterpart-party",
                            0.8,
                            (polarity, None),
                        );
                    }
                }
            }
        }
    }
}
