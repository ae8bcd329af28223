//! Visits and missions, read over the parse: "Prime Minister Ada Quist of
//! Kestria paid an official visit to Norland", "Kestria's first trade
//! mission to Peru and Chile", "During a working visit to Ghana, the
//! Minister of Foreign Affairs of Kestria met …", "President Bo Lind of
//! Kestria is on a state visit to Ghana", "the Andean Council mission to
//! the Pacific Development Bank", "a visit to Ghana by the Premier of
//! Kestria".
//!
//! A visit noun (`kg:visitNoun`) goes to what follows its destination
//! preposition (`kg:visitDestinationPreposition`, on the noun or, where the
//! noun is the object of a light verb, on the verb: "sent a mission to
//! Peru"). Its visitor is named on the noun (a possessor, a name before it,
//! the agent after "by"), or else is the subject of the clause the noun
//! belongs to: of the light verb whose object it is (`kg:visitLightVerb`:
//! "paid a visit", "led a trade mission"), of the clause it is an adjunct
//! of (`kg:visitAdjunctPreposition`: "during a visit to B, A met …"), or of
//! the copula it is the predicate of ("A is on a visit to B"). Each side
//! stands for its party as a meeting's side does (a person for the one
//! owner of the offices, an office phrase for its owner, officials for the
//! place named with them); a city visited, a pronoun or a person with no
//! known office stands for nothing, and no fact is read. The parties of the
//! visitors cooperate with those of the visited: a visit is a meeting of
//! the two.

use super::dependency::expand_conjuncts;
use super::Frame;
use crate::extract::syntax::{DocSyntax, SentenceSyntax};

impl Frame<'_, '_> {
    /// Whether the sentence may state a visit, read from the tagger's tags
    /// before asking for the parse: a visit noun right before its
    /// destination preposition, or with one word between ("a visit today
    /// to"), and two names at least.
    pub(super) fn may_state_visit(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let Some(cooperation) = self.cooperation_property() else {
            return false;
        };
        if !self.names_two_possible_sides(cooperation) {
            return false;
        }
        let words = &self.lex.words;
        let (a, b) = (self.range.start, self.range.end);
        (a..b).any(|t| {
            syntax.tagger_tags(t).1.starts_with("NN")
                && words.visit_nouns.contains(self.view.low(t))
                && (t + 1..b.min(t + 3)).any(|k| {
                    words
                        .visit_destination_prepositions
                        .contains(self.view.low(k))
                })
        })
    }

    /// For each visit of the sentence, the parties of its visitors
    /// cooperate with the parties of what it goes to.
    pub(super) fn visits(&mut self, syntax: &SentenceSyntax) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for n in a..b {
            let Some((visitors, destinations, clause)) = self.visit_sides(syntax, n, cooperation)
            else {
                continue;
            };
            let visitors = self.visiting_parties(syntax, &visitors, cooperation);
            let destinations = self.visiting_parties(syntax, &destinations, cooperation);
            let qualifiers = self.qualifiers(self.qualifier_start(syntax, clause), clause + 1);
            for &s in &visitors {
                for &o in &destinations {
                    if s != o
                        && !self.organ_of(s, o)
                        && !self.organ_of(o, s)
                        && !self.already_read(s, cooperation, o)
                    {
                        self.emit(
                            s,
                            cooperation,
                            o,
                            n..n + 1,
                            "visit",
                            0.7,
                            qualifiers.clone(),
                        );
                    }
                }
            }
        }
    }

    /// The visitor and destination tokens of the visit noun at `n`, if it
    /// is one, and the token whose clause qualifies the visit (see the
    /// module docs).
    fn visit_sides(
        &self,
        syntax: &SentenceSyntax,
        n: usize,
        cooperation: usize,
    ) -> Option<(Vec<usize>, Vec<usize>, usize)> {
        let words = &self.lex.words;
        let node = syntax.node(n);
        if !node.xpos.starts_with("NN") || !words.visit_nouns.contains(self.view.low(n)) {
            return None;
        }
        // A visit that is itself an argument of the clause, or a headline's
        // head, is one made or under way; one inside another noun phrase
        // ("support the sending of a mission to B") may be no more than
        // wished.
        if node.head.is_some() && !matches!(node.rel, "nsubj" | "nsubj:pass" | "obj" | "obl") {
            return None;
        }
        // "the Permanent Mission of Kestria to the UN" is a body, not a trip
        // (a lowercase "trade mission" is an initiative's name, and a trip).
        if self.view.is_capitalised(n)
            && self
                .entity_at(n)
                .is_some_and(|e| self.kept_party(e, cooperation).is_some())
        {
            return None;
        }
        let case_in = |t: usize, list: &dyn Fn(&str) -> bool| {
            syntax
                .children(t)
                .any(|m| syntax.node(m).rel == "case" && list(self.view.low(m)))
        };
        let is_destination = |w: &str| words.visit_destination_prepositions.contains(w);
        let is_agent = |w: &str| words.agent_prepositions.contains(w);
        let mut destinations = Vec::new();
        let mut visitors = Vec::new();
        for c in syntax.children(n) {
            match syntax.node(c).rel {
                "nmod" if case_in(c, &is_destination) => {
                    expand_conjuncts(syntax, c, &mut destinations)
                }
                "nmod" if case_in(c, &is_agent) => expand_conjuncts(syntax, c, &mut visitors),
                "nmod:poss" => visitors.push(c),
                // "the Andean Council mission", "a Kestrian trade mission",
                // never the "trade" of "a trade mission".
                "compound" | "amod" if self.names_side(c, cooperation) => visitors.push(c),
                _ => {}
            }
        }
        let mut clause = n;
        let head = node.head.filter(|&h| syntax.node(h).upos == "VERB");
        let light_verb = head.filter(|&h| {
            node.rel == "obj"
                && words
                    .visit_light_verbs
                    .contains(syntax.node(h).lemma.as_str())
                && !syntax
                    .children(h)
                    .any(|c| matches!(syntax.node(c).rel, "nsubj:pass" | "aux:pass"))
        });
        if let Some(v) = light_verb {
            // "sent a trade mission to Peru": the destination hung from the verb.
            for c in syntax.children(v) {
                if syntax.node(c).rel == "obl" && case_in(c, &is_destination) {
                    expand_conjuncts(syntax, c, &mut destinations);
                }
            }
        }
        if destinations.is_empty() {
            return None;
        }
        if visitors.is_empty() {
            let is_adjunct = |w: &str| words.visit_adjunct_prepositions.contains(w);
            let subject_host = if syntax.children(n).any(|c| syntax.node(c).rel == "nsubj")
                && syntax.children(n).any(|c| syntax.node(c).rel == "cop")
            {
                // "A is on a visit to B".
                Some(n)
            } else if light_verb.is_some() {
                light_verb
            } else if node.rel == "obl" && case_in(n, &is_adjunct) {
                head
            } else {
                None
            };
            let host = subject_host?;
            clause = host;
            let mut subject_of = host;
            if !syntax.children(host).any(|c| syntax.node(c).rel == "nsubj")
                && syntax.node(host).rel == "conj"
            {
                // "A arrived in Oslo and paid a visit to B".
                subject_of = syntax.node(host).head?;
            }
            let subject = syntax
                .children(subject_of)
                .find(|&c| syntax.node(c).rel == "nsubj")?;
            if matches!(syntax.node(subject).xpos, "WP" | "WDT") {
                return None;
            }
            expand_conjuncts(syntax, subject, &mut visitors);
        }
        Some((visitors, destinations, clause))
    }

    /// The parties the side tokens `tokens` stand for, each once: agents,
    /// never an initiative ("the trade mission" itself is no side).
    fn visiting_parties(
        &mut self,
        syntax: &SentenceSyntax,
        tokens: &[usize],
        cooperation: usize,
    ) -> Vec<usize> {
        let mut parties: Vec<usize> = Vec::new();
        for &t in tokens {
            // "a Kestrian trade mission": the demonym's place.
            let demonym = self
                .demonym_place_at(t)
                .filter(|&e| self.is_acting_place(e, cooperation));
            let stood = match demonym {
                Some(place) => vec![place],
                None => self.parties_standing_for(syntax, &[t], cooperation),
            };
            for e in stood {
                if !parties.contains(&e) && !self.is_programme(e) {
                    parties.push(e);
                }
            }
        }
        parties
    }

    /// Whether entity `e` is of the programme class (`kg:programmeClass`).
    fn is_programme(&self, e: usize) -> bool {
        self.ontology
            .is_subclass_of(&self.entities[e].class, &self.lex.classes.programme)
    }

    /// Whether entity `part` is named as an organ of entity `whole`, its
    /// name opened by a name of the whole ("the ECOWAS Commission" of
    /// "ECOWAS"): a visit to one's own organ is no meeting of two parties.
    fn organ_of(&self, part: usize, whole: usize) -> bool {
        let whole = &self.entities[whole];
        let label = &self.entities[part].label;
        std::iter::once(&whole.label)
            .chain(&whole.alt_labels)
            .any(|name| {
                label
                    .strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            })
    }

    /// Whether token `t`, a modifier, names a side: a person, a place or
    /// body that can cooperate, or a demonym.
    fn names_side(&self, t: usize, cooperation: usize) -> bool {
        self.demonym_place_at(t).is_some()
            || self.entity_at(t).is_some_and(|e| {
                self.is_person(e)
                    || (self.kept_party(e, cooperation).is_some() && !self.is_programme(e))
            })
    }

    /// The place of the demonym over token `t` ("Kestrian").
    pub(super) fn demonym_place_at(&self, t: usize) -> Option<usize> {
        self.demonyms
            .iter()
            .find(|(r, _)| r.contains(&t))
            .map(|&(_, e)| e)
    }

    /// The places or bodies the people of the delegate noun at `t`
    /// (`kg:delegateNoun`) are sent by: named before it ("Norlandic
    /// officials", "Norland's delegation") or after an origin preposition
    /// ("a delegation from Norland"). None where `t` is no such noun.
    pub(super) fn senders_of_delegates(
        &self,
        syntax: &SentenceSyntax,
        t: usize,
        cooperation: usize,
    ) -> Vec<usize> {
        let words = &self.lex.words;
        let mut senders = Vec::new();
        if !syntax.node(t).xpos.starts_with("NN")
            || !words.delegate_nouns.contains(self.view.low(t))
        {
            return senders;
        }
        for c in syntax.children(t) {
            let named = match syntax.node(c).rel {
                "compound" | "amod" | "nmod:poss" => true,
                "nmod" => syntax.children(c).any(|m| {
                    syntax.node(m).rel == "case"
                        && words.origin_prepositions.contains(self.view.low(m))
                }),
                _ => false,
            };
            if !named {
                continue;
            }
            let party = self.demonym_place_at(c).or_else(|| {
                self.entity_at(c)
                    .and_then(|e| self.kept_party(e, cooperation))
            });
            if let Some(p) = party.filter(|p| !senders.contains(p)) {
                senders.push(p);
            }
        }
        senders
    }
}
