//! Leaders meeting, read over the parse: "Prime Minister Ada Quist of
//! Kestria met President Bo Lind of Norland", "Ada Quist held talks with
//! her Norlandic counterpart", "Kestria and Norland held talks on trade",
//! "Ministers from Kestria and Norland met in Oslo", "Ada Quist had a
//! telephone conversation with Bo Lind".
//!
//! A meeting is a verb of meeting (`kg:meetingVerb`), a verb of talking
//! together (`kg:talkVerb`: "Kestria and Norland discussed fisheries",
//! whose object is the topic, never a side), or a light verb
//! (`kg:meetingLightVerb`) whose object is a meeting event noun
//! (`kg:meetingEventNoun`). Its sides are the verb's subjects (with their
//! conjuncts, or the subjects of the verb it is coordinated with), and
//! its partners: the object of the verb of meeting, and what follows the
//! partner preposition (`kg:meetingPartnerPreposition`, "with") on the
//! verb or on the event noun. A meeting event noun also names its sides
//! after a joint preposition (`kg:jointPreposition`): "the consultations
//! between Kestria and Norland", "a telephone conversation between the
//! President of Kestria and the President of Norland" (each with each).
//!
//! People meet for what they represent, and only that is stated: each
//! argument stands for a place or government body named itself, for the
//! one owner of the offices the document gives a person (so far, this
//! sentence too: "Prime Minister Ada Quist of Kestria"), for the owner of
//! an office phrase with no name in it ("the Minister of Trade of
//! Kestria"), for the place before a counterpart noun ("her Norlandic
//! counterpart"), or for the places of a plural office or body ("Ministers
//! from Kestria and Norland", "the Ministries of Foreign Affairs of Kestria
//! and Norland"). An argument standing for nothing known (a
//! person with no known office, "workers") adds no party: kg never guesses
//! the publishing country. Nor does an office, or the portfolio listed
//! after an office title ("held meetings with the Ministers of Agriculture,
//! Science and Technology"): an office and its field of government are no
//! partners. The parties of the subjects cooperate each with
//! each and with each partner; partners listed together only met the
//! subjects ("bilateral meetings with leaders from A, B and C"), so they
//! are not each other's. One party alone names no pair.
//!
//! The people themselves never cooperate: a cooperation fact between two
//! people, which other rules read from "A held talks with B" or "A and B
//! met and agreed …", is restated between the parties they stand for, or
//! dropped where either one's party is unknown
//! ([`Frame::people_for_their_parties`]).

use std::ops::Range;

use super::dependency::expand_conjuncts;
use super::{each_pair, Frame};
use crate::extract::model::EntityKey;
use crate::extract::plural_offices::plural_body_head_at;
use crate::extract::positions::plural_title_at;
use crate::extract::syntax::{DocSyntax, SentenceSyntax};

/// Words between a light verb and its meeting event noun ("held a
/// productive bilateral telephone conversation").
const MAX_EVENT_DISTANCE: usize = 6;
/// Words of an office title ("Minister of State", "Deputy Prime Ministers").
const MAX_TITLE_WORDS: usize = 3;

impl Frame<'_, '_> {
    /// Whether the sentence may state a meeting of two known parties, read
    /// from the tagger's tags before asking for the parse: a verb of
    /// meeting, or a light verb with a meeting event noun soon after it,
    /// and two names at least.
    pub(super) fn may_state_leader_meeting(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let Some(cooperation) = self.cooperation_property() else {
            return false;
        };
        if !self.names_two_possible_sides(cooperation) {
            return false;
        }
        let (a, b) = (self.range.start, self.range.end);
        let words = &self.lex.words;
        (a..b).any(|t| {
            let low = self.view.low(t);
            let tag = syntax.tagger_tags(t).1;
            (tag.starts_with("VB")
                && (words.meeting_verbs.contains(low)
                    || words.talk_verbs.contains(low)
                    || (words.meeting_light_verbs.contains(low)
                        && (t + 1..b.min(t + 1 + MAX_EVENT_DISTANCE))
                            .any(|n| words.meeting_event_nouns.contains(self.view.low(n))))))
                || (tag.starts_with("NN")
                    && words.meeting_event_nouns.contains(low)
                    && t + 1 < b
                    && words.joint_prepositions.contains(self.view.low(t + 1)))
        })
    }

    /// For each meeting of the sentence, the parties its sides stand for
    /// cooperate: the subjects' each with each and with each partner.
    pub(super) fn leader_meetings(&mut self, syntax: &SentenceSyntax) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for v in a..b {
            let Some((subjects, partners)) = self.meeting_sides(syntax, v) else {
                continue;
            };
            let subjects = self.parties_standing_for(syntax, &subjects, cooperation);
            let partners: Vec<usize> = self
                .parties_standing_for(syntax, &partners, cooperation)
                .into_iter()
                .filter(|e| !subjects.contains(e))
                .collect();
            let mut pairs: Vec<(usize, usize)> = each_pair(&subjects).collect();
            for &s in &subjects {
                pairs.extend(partners.iter().map(|&p| (s, p)));
            }
            if pairs.is_empty() {
                continue;
            }
            let qualifiers = self.qualifiers(self.qualifier_start(syntax, v), v);
            for (s, o) in pairs {
                if !self.already_read(s, cooperation, o) {
                    self.emit(
                        s,
                        cooperation,
                        o,
                        v..v + 1,
                        "leader-meeting",
                        0.8,
                        qualifiers.clone(),
                    );
                }
            }
        }
        for n in a..b {
            let sides = self.sides_between(syntax, n, cooperation);
            let parties = self.parties_standing_for(syntax, &sides, cooperation);
            let pairs: Vec<(usize, usize)> = each_pair(&parties).collect();
            if pairs.is_empty() {
                continue;
            }
            // The clause the meeting noun is an argument of qualifies it, and
            // so does its determiner: "no consultations between A and B were
            // held", "talks between A and B may take place".
            let clause = syntax
                .node(n)
                .head
                .filter(|&h| {
                    matches!(syntax.node(n).rel, "nsubj" | "nsubj:pass" | "obj" | "obl")
                        && syntax.node(h).upos == "VERB"
                })
                .unwrap_or(n);
            let from = syntax
                .children(n)
                .filter(|&c| syntax.node(c).rel == "det")
                .fold(self.qualifier_start(syntax, clause), usize::min);
            let qualifiers = self.qualifiers(from, clause.max(n) + 1);
            for (s, o) in pairs {
                if !self.already_read(s, cooperation, o) {
                    self.emit(
                        s,
                        cooperation,
                        o,
                        n..n + 1,
                        "meeting-between",
                        0.8,
                        qualifiers.clone(),
                    );
                }
            }
        }
    }

    /// The sides of the meeting named by the event noun at `n`
    /// (`kg:meetingEventNoun`) after a joint preposition
    /// (`kg:jointPreposition`) hung from it, with their conjuncts: "a
    /// telephone conversation between the President of Kestria and the
    /// President of Norland", "the consultations between A and B". Sides
    /// named elsewhere in the clause are the verbs' (see `meeting_sides`).
    ///
    /// A side named by a long office phrase ("the President of the Republic
    /// of Kestria Ada Quist and the President of …") often gets the next
    /// side hung as a conjunct of a word deep inside it, so the conjuncts
    /// are gathered from the whole noun phrase of the first side (through
    /// its nominal dependents, never into a clause).
    ///
    /// A noun that is itself a cooperation trigger ("talks") is left to the
    /// noun frames, which know a unit's parent body set off by a comma
    /// ("the talks between the Department of X, Ministry of Y of A and …")
    /// for one side.
    fn sides_between(&self, syntax: &SentenceSyntax, n: usize, cooperation: usize) -> Vec<usize> {
        let words = &self.lex.words;
        let mut sides = Vec::new();
        let low = self.view.low(n);
        if !syntax.node(n).xpos.starts_with("NN")
            || !words.meeting_event_nouns.contains(low)
            || self
                .lex
                .noun_triggers
                .get(low)
                .is_some_and(|properties| properties.contains(&cooperation))
        {
            return sides;
        }
        for c in syntax.children(n) {
            if syntax.node(c).rel == "nmod"
                && syntax.children(c).any(|m| {
                    syntax.node(m).rel == "case"
                        && words.joint_prepositions.contains(self.view.low(m))
                })
            {
                let mut phrase = vec![c];
                while let Some(t) = phrase.pop() {
                    if !sides.contains(&t) && (t == c || syntax.node(t).rel == "conj") {
                        sides.push(t);
                    }
                    phrase.extend(syntax.children(t).filter(|&d| {
                        matches!(
                            syntax.node(d).rel,
                            "nmod" | "conj" | "appos" | "flat" | "compound"
                        )
                    }));
                }
            }
        }
        sides
    }

    /// The argument tokens of the meeting whose verb is token `v`, if it is
    /// one: its subjects, and its partners (the object of a verb of
    /// meeting; after the partner preposition on the verb or its event
    /// noun), each with its conjuncts. A passive ("was met by") is left
    /// alone.
    pub(super) fn meeting_sides(
        &self,
        syntax: &SentenceSyntax,
        v: usize,
    ) -> Option<(Vec<usize>, Vec<usize>)> {
        let words = &self.lex.words;
        let node = syntax.node(v);
        if !node.xpos.starts_with("VB") {
            return None;
        }
        let low = self.view.low(v);
        let has = |t: usize, rel: &str| syntax.children(t).any(|c| syntax.node(c).rel == rel);
        if has(v, "nsubj:pass") || has(v, "aux:pass") {
            return None;
        }
        let mut partner_heads: Vec<usize> = vec![v];
        let mut partners = Vec::new();
        if words.meeting_verbs.contains(low) {
            for c in syntax.children(v).filter(|&c| syntax.node(c).rel == "obj") {
                expand_conjuncts(syntax, c, &mut partners);
            }
        } else if words.talk_verbs.contains(low) {
            // "A and B discussed fisheries": the object is the topic, but
            // the partner may hang from it ("A discussed cooperation with
            // B").
            partner_heads.extend(syntax.children(v).filter(|&c| syntax.node(c).rel == "obj"));
        } else if words.meeting_light_verbs.contains(low) {
            let event = syntax.children(v).find(|&c| {
                syntax.node(c).rel == "obj" && words.meeting_event_nouns.contains(self.view.low(c))
            })?;
            partner_heads.push(event);
        } else {
            return None;
        }
        for head in partner_heads {
            for c in syntax.children(head) {
                if matches!(syntax.node(c).rel, "obl" | "nmod")
                    && syntax.children(c).any(|m| {
                        syntax.node(m).rel == "case"
                            && words
                                .meeting_partner_prepositions
                                .contains(self.view.low(m))
                    })
                {
                    expand_conjuncts(syntax, c, &mut partners);
                }
            }
        }
        let mut subjects = Vec::new();
        // Where the parse leaves a coordination of long appositive phrases
        // uncoordinated ("His Excellency A, President of X, and His
        // Excellency B, President of Y, met"), each conjunct hangs from the
        // verb as a subject of its own, the coordinator between them hung
        // from the verb too: then each is a subject. Otherwise the first is
        // the one ("We, the Ministers of X, met": the second restates it).
        let subjects_of = |t: usize| -> Vec<usize> {
            let all: Vec<usize> = syntax
                .children(t)
                .filter(|&c| syntax.node(c).rel == "nsubj")
                .collect();
            let coordinated = match (all.first(), all.last()) {
                (Some(&first), Some(&last)) if first < last => syntax
                    .children(t)
                    .any(|c| syntax.node(c).rel == "cc" && first < c && c < last),
                _ => false,
            };
            if coordinated {
                all
            } else {
                all.into_iter().take(1).collect()
            }
        };
        let mut subject_tokens = subjects_of(v);
        if subject_tokens.is_empty() && node.rel == "conj" {
            // "A arrived in Oslo and met B": the subject of the first verb.
            if let Some(h) = node.head {
                subject_tokens = subjects_of(h);
            }
        }
        for s in subject_tokens {
            match (syntax.node(s).xpos, node.rel, node.head) {
                // "A, who met B": the noun the relative clause is on (or
                // that the parse hangs the clause from).
                ("WP" | "WDT", _, Some(noun))
                    if matches!(syntax.node(noun).upos, "NOUN" | "PROPN") =>
                {
                    expand_conjuncts(syntax, noun, &mut subjects)
                }
                ("WP" | "WDT", _, _) => {}
                _ => expand_conjuncts(syntax, s, &mut subjects),
            }
        }
        Some((subjects, partners))
    }

    /// The parties the argument tokens `tokens` stand for, in order, each
    /// once (see the module docs).
    pub(super) fn parties_standing_for(
        &mut self,
        syntax: &SentenceSyntax,
        tokens: &[usize],
        cooperation: usize,
    ) -> Vec<usize> {
        let mut parties: Vec<usize> = Vec::new();
        for &t in tokens {
            for party in self.standing_for(syntax, t, cooperation) {
                if !parties.contains(&party) {
                    parties.push(party);
                }
            }
        }
        parties
    }

    /// What the argument token `t` stands for: a place or body, a person's
    /// party, an office phrase's owner, a counterpart's place, a plural
    /// office's places.
    fn standing_for(
        &mut self,
        syntax: &SentenceSyntax,
        t: usize,
        cooperation: usize,
    ) -> Vec<usize> {
        // "discussed cooperation with Norlandic officials": the officials'
        // place.
        let senders = self.senders_of_delegates(syntax, t, cooperation);
        if !senders.is_empty() {
            return senders;
        }
        let mut plural = self.places_of_plural_office(syntax, t);
        // "consultations between the Ministries of Foreign Affairs of A and
        // B": each place's body meets for its place. The head is read by its
        // form, whatever the tagger's tag (it may tag "Ministries" singular).
        if plural.is_empty() && plural_body_head_at(self.view, self.lex, t) {
            plural = self.places_in_plural_complement(syntax, t);
        }
        if !plural.is_empty() {
            return plural
                .into_iter()
                .filter(|&e| self.is_acting_place(e, cooperation))
                .collect();
        }
        if self.lex.words.counterpart_nouns.contains(self.view.low(t)) {
            if let Some((_, Some(place))) = self.counterpart_before(t + 1) {
                return self.kept_party(place, cooperation).into_iter().collect();
            }
        }
        if let Some(e) = self.entity_at(t) {
            let name = self.mention_of_at(t, e);
            // "the Ministers of Trade of Kestria and Norland", one name: its
            // owners.
            if let Some(owners) = name.as_ref().and_then(|r| self.plural_owners(r)) {
                return owners
                    .into_iter()
                    .map(|(_, owner)| owner)
                    .filter(|&owner| self.is_acting_place(owner, cooperation))
                    .collect();
            }
            if name.is_some_and(|r| self.office_or_portfolio_at(r, e, cooperation)) {
                return Vec::new();
            }
            let party = if self.is_person(e) {
                self.party_of_offices(e)
            } else {
                Some(e)
            };
            return party
                .and_then(|p| self.kept_party(p, cooperation))
                .into_iter()
                .collect();
        }
        // An office phrase with no name of its holder in it ("the Minister
        // of Trade of Kestria"), or one the parse hangs its holder from
        // ("the Prime Minister of Kestria, Ada Quist"): the holder's party,
        // else the office's owner.
        let mut heads = vec![t];
        heads.extend(
            syntax
                .children(t)
                .filter(|&c| syntax.node(c).rel == "appos"),
        );
        for &h in &heads {
            let holder = self.entity_at(h).filter(|&e| self.is_person(e));
            if let Some(party) = holder
                .and_then(|person| self.party_of_offices(person))
                .and_then(|p| self.kept_party(p, cooperation))
            {
                return vec![party];
            }
        }
        for &h in &heads {
            if let Some(owner) = self.owner_of_office_at(syntax, h, cooperation) {
                return vec![owner];
            }
        }
        Vec::new()
    }

    /// The innermost mention of entity `e` over token `t`.
    fn mention_of_at(&self, t: usize, e: usize) -> Option<Range<usize>> {
        self.mentions
            .iter()
            .filter(|(r, m)| *m == e && r.contains(&t))
            .map(|(r, _)| r.clone())
            .min_by_key(|r| r.len())
    }

    /// Whether the name `name` (of entity `e`) names an office or an
    /// office's portfolio, not a body: people meet office holders, and an
    /// office or its field of government is no partner. A name opening with
    /// an office title before its preposition or alone ("the Ministers of
    /// Commerce and Foreign Affairs", which the name tagger may read as a
    /// body), or a name the gazetteer does not know that stands in the list
    /// of portfolios after an office title and its preposition ("the
    /// Ministers of Agriculture and Food Processing Industries, Science and
    /// Technology"). A place there is the office's owner ("the Ministers of
    /// Kestria and Norland").
    fn office_or_portfolio_at(&self, name: Range<usize>, e: usize, cooperation: usize) -> bool {
        if self.is_person(e) || self.is_acting_place(e, cooperation) {
            return false;
        }
        let view = self.view;
        let title_len = self
            .lex
            .position_titles
            .longest_at(view, name.start, name.end)
            .map(|(len, _)| len)
            .or_else(|| {
                (name.start..name.end.min(name.start + MAX_TITLE_WORDS)).find_map(|k| {
                    plural_title_at(view, self.lex, name.start, k)
                        .filter(|&(start, _)| start == name.start)
                        .map(|_| k + 1 - name.start)
                })
            });
        if let Some(len) = title_len {
            let after = name.start + len;
            if after == name.end || self.lex.position_prepositions.contains(view.low(after)) {
                return true;
            }
        }
        if matches!(self.entities[e].key, EntityKey::Known(_)) {
            return false;
        }
        // Back over the portfolios listed before the name to the preposition
        // after the office title.
        let floor = self.range.start;
        let mut k = name.start;
        while k > floor
            && (view.is_capitalised(k - 1)
                || view.is_punct(k - 1, ",")
                || self.is_coordinator(view.low(k - 1)))
        {
            k -= 1;
        }
        if k <= floor + 1 || !self.lex.position_prepositions.contains(view.low(k - 1)) {
            return false;
        }
        let last = k - 2;
        plural_title_at(view, self.lex, floor, last).is_some()
            || (floor.max(last.saturating_sub(MAX_TITLE_WORDS))..=last).any(|s| {
                self.lex
                    .position_titles
                    .longest_at(view, s, last + 1)
                    .is_some_and(|(len, _)| s + len == last + 1)
            })
    }

    /// The owner of the office phrase token `t` is in: the one the office
    /// rules read, a known name after its last genitive preposition, or a
    /// place the parse hangs from `t` after a genitive preposition ("the
    /// Prime Minister of Kestria" where the office phrase stops before
    /// "of").
    fn owner_of_office_at(
        &mut self,
        syntax: &SentenceSyntax,
        t: usize,
        cooperation: usize,
    ) -> Option<usize> {
        let office = self
            .positions
            .iter()
            .find(|p| p.tokens.contains(&t))
            .cloned()?;
        let owner = self
            .office_owner(&office)
            .map(|(owner, _)| owner)
            .or_else(|| self.known_owner_in_office(&office, cooperation))
            .or_else(|| {
                self.genitive_complements(syntax, t).find_map(|c| {
                    self.entity_at(c)
                        .filter(|&e| self.is_acting_place(e, cooperation))
                })
            })?;
        self.kept_party(owner, cooperation)
    }

    /// Whether the sentence names two things at least that may stand for a
    /// side of a meeting or a visit: people, places and bodies that can
    /// cooperate (no city, no document), and demonyms.
    pub(super) fn names_two_possible_sides(&self, cooperation: usize) -> bool {
        let named = self
            .mentions
            .iter()
            .filter(|&&(_, e)| self.is_person(e) || self.kept_party(e, cooperation).is_some())
            .count();
        named + self.demonyms.len() >= 2
    }

    /// `e` where it can be a party of `cooperation` that no person is: a
    /// country or a government body, not a city.
    pub(super) fn kept_party(&self, e: usize, cooperation: usize) -> Option<usize> {
        let fits = self
            .ontology
            .fits(&self.entities[e].class, &self.property(cooperation).domain);
        (fits && !self.is_person(e)).then_some(e)
    }

    /// Each cooperation fact of this sentence between two people: restated
    /// between the parties the two stand for (the one owner of each one's
    /// offices), or dropped where either has none or both have the same.
    pub(super) fn people_for_their_parties(&mut self) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let mut i = self.first_fact;
        while i < self.out.len() {
            let f = &self.out[i];
            if f.property != cooperation || !self.is_person(f.subject) || !self.is_person(f.object)
            {
                i += 1;
                continue;
            }
            let (subject, object) = (f.subject, f.object);
            let parties = (
                self.party_of_offices(subject)
                    .and_then(|p| self.kept_party(p, cooperation)),
                self.party_of_offices(object)
                    .and_then(|p| self.kept_party(p, cooperation)),
            );
            let mut fact = self.out.remove(i);
            if let (Some(s), Some(o)) = parties {
                if s != o && !self.already_read(s, cooperation, o) {
                    fact.subject = s;
                    fact.object = o;
                    fact.evidence.rule = format!(
                        "{}/represented-people",
                        self.property(cooperation).local_name
                    );
                    self.out.insert(i, fact);
                    i += 1;
                }
            }
        }
    }
}
