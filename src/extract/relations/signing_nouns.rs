//! Signing said with a noun, and the party a signer acts for.
//!
//! A signing noun (a `kg:nounTrigger` of a property, "signing") with the
//! document as its "of" complement and the agents after the agent
//! preposition: "witnessed the signing of the accord by A and B" (A and B
//! sign it, whoever witnessed). A ceremony of signing held by its subjects:
//! "A and B held a signing ceremony for the accord" (`kg:ceremonyNoun`
//! after the signing noun, `kg:ceremonyPreposition` before the document,
//! `kg:ceremonyVerbForm` before it all); one who only hosts or attends a
//! ceremony signs nothing, so only the verbs of holding it are listed.
//!
//! A person who signs for a party ("A signed the accord on behalf of
//! Kestria", `kg:representationCue`) makes that party a signer too; so
//! for any act of a person on a thing ("issued the plan for the agency"),
//! unless the person's office already names its owner. In the passive the
//! party comes first and the signer after the agent preposition, pair
//! after pair: "The accord was signed on behalf of Kestria by A and on
//! behalf of Norland by B" (Kestria, A, Norland and B sign it; the two
//! parties, signing together, cooperate).

use std::ops::Range;

use super::{each_pair, Frame, Polarity, MAX_DOCUMENT_MODIFIERS};

/// The most modifiers ("a virtual", "the formal") between a ceremony verb
/// and the signing noun.
const MAX_CEREMONY_MODIFIERS: usize = 3;

impl Frame<'_, '_> {
    /// Reads both signing-noun constructions of the module doc.
    pub(super) fn signing_noun_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b.saturating_sub(2) {
            let Some(props) = self.lex.noun_triggers.get(self.view.low(k)).cloned() else {
                continue;
            };
            let words = &self.lex.words;
            let next = self.view.low(k + 1);
            if words.genitive_prepositions.contains(next) {
                let Some((document, doc_end)) = self.document_at(k + 2) else {
                    continue;
                };
                let by = self.skip_adjuncts_right(doc_end);
                if by + 1 >= b || !words.agent_prepositions.contains(self.view.low(by)) {
                    continue;
                }
                let agents = self.objects_repeating_preposition(by + 1);
                self.each_signs(&props, &agents, document, k..k + 1, "noun-by");
            } else if words.ceremony_nouns.contains(next)
                && k + 2 < b
                && words.ceremony_prepositions.contains(self.view.low(k + 2))
            {
                let Some((document, _)) = self.document_at(k + 3) else {
                    continue;
                };
                let Some(verb) = self.ceremony_verb_before(k) else {
                    continue;
                };
                let holders = self.active_subjects(verb);
                let q = self.qualifiers(self.skip_aux_left(verb), verb);
                if q.0 != Polarity::Positive {
                    continue;
                }
                self.each_signs(&props, &holders, document, k..k + 2, "ceremony");
            }
        }
    }

    /// The document named at token `k` (or after a determiner there), with
    /// where its mention ends.
    fn document_at(&self, k: usize) -> Option<(usize, usize)> {
        let (r, e) = self.mention_starting_at(k).or_else(|| {
            // "the signing of a new Memorandum by A": adjectives between the
            // determiner and the name.
            let b = self.range.end;
            let mut n = k + 1;
            while n < b && n - k <= MAX_DOCUMENT_MODIFIERS && !self.view.is_capitalised(n) {
                n += 1;
            }
            (n < b && self.skip_document_modifiers_left(n) == k + 1)
                .then(|| self.mention_starting_at(n))
                .flatten()
        })?;
        let class = &self.entities[e].class;
        (self
            .ontology
            .is_subclass_of(class, &self.lex.classes.document)
            || self.is_joint_class(class))
        .then_some((e, r.end))
    }

    /// The ceremony verb before the signing noun at `noun`, past a
    /// determiner and modifiers ("held a virtual signing ceremony").
    fn ceremony_verb_before(&self, noun: usize) -> Option<usize> {
        let a = self.range.start;
        let mut k = noun;
        let mut skipped = 0;
        while k > a
            && skipped < MAX_CEREMONY_MODIFIERS
            && (self.lex.is_determiner(self.view.low(k - 1)) || self.is_noun_modifier(k - 1))
        {
            k -= 1;
            skipped += 1;
        }
        (k > a
            && self
                .lex
                .words
                .ceremony_verb_forms
                .contains(self.view.low(k - 1)))
        .then_some(k - 1)
    }

    /// Each agent signs the document under every property of the signing
    /// noun: the signing one for each agent, a symmetric one (signers
    /// cooperate) for each pair of agents that are no people.
    fn each_signs(
        &mut self,
        props: &[usize],
        agents: &[(Range<usize>, usize)],
        document: usize,
        trigger: Range<usize>,
        rule: &str,
    ) {
        let parties: Vec<usize> = agents
            .iter()
            .map(|&(_, e)| e)
            .filter(|&e| !self.is_person(e))
            .collect();
        for &p in props {
            if self.property(p).symmetric {
                for (x, y) in each_pair(&parties) {
                    self.emit(
                        x,
                        p,
                        y,
                        trigger.clone(),
                        rule,
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
            } else {
                for &(_, agent) in agents {
                    self.emit(
                        agent,
                        p,
                        document,
                        trigger.clone(),
                        rule,
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
            }
        }
    }

    /// Whether the facts read so far give `person` an office some party owns.
    fn office_owned(&self, person: usize) -> bool {
        let (Some(title), Some(office)) = (self.lex.title_property, self.lex.office_property)
        else {
            return false;
        };
        self.out.iter().any(|held| {
            held.property == title
                && held.subject == person
                && self
                    .out
                    .iter()
                    .any(|owned| owned.property == office && owned.subject == held.object)
        })
    }

    /// "A signed the accord on behalf of Kestria": for each fact of this
    /// sentence that a person did something to a thing (signed, issued),
    /// the party named after a representation cue right after the person's
    /// name, or right after the thing when the person is the only one the
    /// sentence says did it, did it too.
    pub(super) fn represented_signers(&mut self) {
        let facts = self.person_acts_of_sentence();
        for &(person, p, thing, polarity) in &facts {
            // "U.S. Secretary of Commerce A, on behalf of the government of
            // the United States": the office's owner already says whom the
            // person acts for (see `co_signers::owners_of_signers`), and
            // one party is named twice.
            if self.office_owned(person) {
                continue;
            }
            let alone = facts
                .iter()
                .filter(|g| g.1 == p && g.2 == thing)
                .all(|g| g.0 == person);
            let ends: Vec<usize> = self
                .mentions
                .iter()
                .filter(|(_, e)| *e == person || alone && *e == thing)
                .map(|(r, _)| r.end)
                .collect();
            for end in ends {
                let Some((party_at, party)) = self.represented_party(end) else {
                    continue;
                };
                if self.is_person(party)
                    || !self
                        .ontology
                        .fits(&self.entities[party].class, &self.property(p).domain)
                {
                    continue;
                }
                self.emit(
                    party,
                    p,
                    thing,
                    end..party_at.end,
                    "represented",
                    0.8,
                    (polarity, None),
                );
            }
        }
    }

    /// "The accord was signed on behalf of Kestria by A and on behalf of
    /// Norland by B" (see the module docs): a signing verb's passive whose
    /// subject is a document, then pairs of a party after a representation
    /// cue and the person after the agent preposition, coordinated.
    pub(super) fn represented_passive_signers(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        for k in a + 1..b {
            let Some(property) = self.directed_verb_property(k, true) else {
                continue;
            };
            let aux = self.skip_aux_left(k);
            if !(aux..k).any(|t| lex.words.be_forms.contains(self.view.low(t)))
                || self.negated(aux, k + 1)
            {
                continue;
            }
            let Some((_, document)) = self.mention_ending_at(aux) else {
                continue;
            };
            if !lex
                .document_classes
                .contains(&self.entities[document].class)
            {
                continue;
            }
            let mut parties = Vec::new();
            let mut signers = Vec::new();
            let mut j = self.skip_adverbs_right(k + 1);
            while let Some((party_at, party)) = self.represented_party(j) {
                let by = self.skip_genitive_complement(party_at.end);
                if by + 1 >= b || !lex.words.agent_prepositions.contains(self.view.low(by)) {
                    break;
                }
                let Some((person_at, person)) =
                    self.mention_starting_at(self.skip_title_right(by + 1))
                else {
                    break;
                };
                if self.is_person(party) || !self.is_person(person) {
                    break;
                }
                parties.push(party);
                signers.extend([party, person]);
                j = self.skip_affiliation_right(person_at.end);
                if j < b && self.view.is_punct(j, ",") {
                    j += 1;
                }
                if j < b && self.is_coordinator(self.view.low(j)) {
                    j += 1;
                }
            }
            for signer in signers {
                if !self.already_read(signer, property, document) {
                    self.emit(
                        signer,
                        property,
                        document,
                        k..k + 1,
                        "represented-passive",
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
            }
            let joint = self
                .cooperation_property()
                .filter(|&c| self.verb_states(k, c));
            if let Some(cooperation) = joint {
                for (x, y) in each_pair(&parties) {
                    if !self.already_read(x, cooperation, y) {
                        self.emit(
                            x,
                            cooperation,
                            y,
                            k..k + 1,
                            "represented-passive",
                            0.8,
                            (Polarity::Positive, None),
                        );
                    }
                }
            }
        }
    }
}
