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
//! unless the person's office already names its owner. Where the verb's
//! object is left out because the sentence before named it ("A and B
//! signed an accord. C and D signed on behalf of their countries."), the
//! subjects act on the document that sentence named last.

use std::ops::Range;

use super::{each_pair, Frame, Polarity};

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
        let (r, e) = self.mention_starting_at(k)?;
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

    /// "C and D signed on behalf of their countries": a verb of a property
    /// whose object is a document, right before a representation cue
    /// (`kg:representationCue`), says what its subjects did to the
    /// document the sentence before named last; the party named after the
    /// cue did it too. A passive ("was signed on behalf of") has its
    /// document as its subject and is left to the other rules.
    pub(super) fn unstated_document_acts(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some(forms) = self.lex.verb_forms.get(self.view.low(k)) else {
                continue;
            };
            let acts: Vec<(usize, usize)> = forms
                .iter()
                .filter(|f| self.view.words_at(k, &f.words, b))
                .map(|f| (f.property, k + f.words.len()))
                .collect();
            for (property, verb_end) in acts {
                if self.property(property).symmetric {
                    continue;
                }
                let (b, view) = (self.range.end, self.view);
                if self
                    .lex
                    .representation
                    .first_at(view, verb_end, b)
                    .is_none()
                {
                    continue;
                }
                // "on behalf of their respective countries" names no party.
                let party = self.represented_party(verb_end);
                let aux_start = self.skip_aux_left(k);
                if (aux_start..k).any(|t| self.lex.words.be_forms.contains(self.view.low(t))) {
                    continue;
                }
                let subjects = self.active_subjects(k);
                if subjects.is_empty() {
                    continue;
                }
                let Some(document) = self.document_named_before() else {
                    continue;
                };
                let q = self.qualifiers(aux_start, k);
                let mut agents: Vec<usize> = subjects.iter().map(|&(_, e)| e).collect();
                agents.extend(party.map(|(_, e)| e).filter(|&e| !self.is_person(e)));
                for agent in agents {
                    self.emit(
                        agent,
                        property,
                        document,
                        k..verb_end,
                        "unstated-document",
                        0.75,
                        q.clone(),
                    );
                }
            }
        }
    }

    /// Of the documents the sentence before this one mentions, the one
    /// named last.
    fn document_named_before(&self) -> Option<usize> {
        let before = self.view.sentences.get(self.sentence.checked_sub(1)?)?;
        let document = &self.lex.classes.document;
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| self.ontology.is_subclass_of(&e.class, document))
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| before.start <= m.start && m.end <= before.end)
                    .map(|m| m.end)
                    .max()
                    .map(|end| (end, i))
            })
            .max()
            .map(|(_, i)| i)
    }
}
