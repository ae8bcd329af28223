//! Signing stated once over a list of documents: a headline or lead counts
//! documents with a plural noun (`kg:documentListNoun`) that a signing
//! participle says who signed ("List of Agreements signed between Kestria
//! and Norland during the visit", "The following memoranda were signed by
//! A and B:"), and the lines after it name one document each ("1.
//! Memorandum of Understanding on Fisheries", a heading "Protocol on …").
//! Each listed document is signed by those parties, and parties that sign
//! together cooperate. A label field under an item (`kg:signatoryLabel`:
//! "Signatory from Kestria: Ada Quist, Minister of Trade") names the
//! person who signed that item's document.

use std::ops::Range;

use super::{Frame, Polarity};

/// How many sentences that are neither a listed document nor a label field
/// a signing list survives (a line describing an item) before it ends.
const MAX_IDLE_SENTENCES: usize = 2;

/// The most words a list line holds besides the document it names.
const MAX_ITEM_TAIL: usize = 12;

/// The parties of a joint thing listed one per line after its joint
/// preposition and a colon ("Memorandum of Understanding on rail transport,
/// between:" then "- the Ministry of Transport of Kestria", "- the …"):
/// each listed party cooperates with the ones listed before it.
#[derive(Debug, Clone)]
pub(super) struct OpenParties {
    parties: Vec<usize>,
}

/// A signing list a sentence opened, read on the lines after it.
#[derive(Debug, Clone)]
pub(super) struct OpenSigning {
    /// The signing property of the participle that opened the list.
    property: usize,
    /// The parties that signed every listed document.
    parties: Vec<usize>,
    /// The document of the last item line, which a label field is under.
    current: Option<usize>,
    /// Sentences read since the last item or label field.
    idle: usize,
}

impl Frame<'_, '_> {
    /// Reads the sentence as a line of an open list of parties, or as the
    /// opening of one; returns the list still open after it.
    pub(super) fn party_lists(&mut self, open: Option<OpenParties>) -> Option<OpenParties> {
        let (a, b) = (self.range.start, self.range.end);
        if let Some(mut list) = open {
            if self.starts_list_item() {
                let party = self
                    .mention_starting_at(a)
                    .filter(|(_, e)| !self.is_person(*e));
                if let (Some(cooperation), Some((tokens, party))) =
                    (self.cooperation_property(), party)
                {
                    for earlier in list.parties.clone() {
                        if earlier != party {
                            self.emit(
                                earlier,
                                cooperation,
                                party,
                                tokens.clone(),
                                "party-list",
                                0.8,
                                (Polarity::Positive, None),
                            );
                        }
                    }
                    if !list.parties.contains(&party) {
                        list.parties.push(party);
                    }
                    return Some(list);
                }
            }
        }
        // "…, between:" closing a sentence that names a joint thing.
        let cooperation = self.cooperation_property()?;
        let k = b.checked_sub(2).filter(|&k| k > a)?;
        let opens = self.view.is_punct(k + 1, ":")
            && self.lex.words.joint_prepositions.contains(self.view.low(k))
            && (a..k).any(|t| {
                self.is_joint_head(t, cooperation)
                    || self.entity_at(t).is_some_and(|e| self.is_joint_thing(e))
            });
        opens.then(|| OpenParties {
            parties: Vec::new(),
        })
    }

    /// Reads the sentence as a line of the open signing list, or as the
    /// opening of a new one; returns the list still open after it.
    pub(super) fn signing_lists(&mut self, open: Option<OpenSigning>) -> Option<OpenSigning> {
        if let Some(mut list) = open {
            if self.starts_line() {
                if let Some((tokens, document)) = self.listed_document() {
                    for party in list.parties.clone() {
                        self.emit(
                            party,
                            list.property,
                            document,
                            tokens.clone(),
                            "signing-list",
                            0.8,
                            (Polarity::Positive, None),
                        );
                    }
                    list.current = Some(document);
                    list.idle = 0;
                    return Some(list);
                }
                if let Some((tokens, signer)) = self.labelled_signatory() {
                    if let Some(document) = list.current {
                        self.emit(
                            signer,
                            list.property,
                            document,
                            tokens,
                            "signatory-label",
                            0.8,
                            (Polarity::Positive, None),
                        );
                    }
                    list.idle = 0;
                    return Some(list);
                }
            }
            if let Some(opened) = self.opens_signing_list() {
                return Some(opened);
            }
            list.idle += 1;
            return (list.idle <= MAX_IDLE_SENTENCES).then_some(list);
        }
        self.opens_signing_list()
    }

    /// "Agreements signed between A and B", "the following MoUs were signed
    /// by A and B": a document list noun, the participle of a signing verb
    /// (after a form of "be" or none), and the parties after an agent or
    /// joint preposition (past time and place adjuncts). The parties are
    /// the bodies and countries; signers who are people sign the listed
    /// documents only through their label fields.
    fn opens_signing_list(&mut self) -> Option<OpenSigning> {
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        let words = &lex.words;
        for k in a + 1..b {
            let Some(property) = self.directed_verb_property(k, true) else {
                continue;
            };
            // The counted noun right before the verb group.
            let group = self.skip_aux_left(k);
            if group == a || !words.document_list_nouns.contains(self.view.low(group - 1)) {
                continue;
            }
            let agent_at = self.skip_adjuncts_right(self.skip_adverbs_right(k + 1));
            if agent_at >= b
                || !(words.agent_prepositions.contains(self.view.low(agent_at))
                    || words.joint_prepositions.contains(self.view.low(agent_at)))
            {
                continue;
            }
            let mut parties: Vec<usize> = Vec::new();
            for (_, e) in self.objects_repeating_preposition(agent_at + 1) {
                if !self.is_person(e) && !parties.contains(&e) {
                    parties.push(e);
                }
            }
            if parties.is_empty() {
                continue;
            }
            // Signing together is joint action (the participle also
            // triggers cooperation); publishing a list is not.
            let joint = self
                .cooperation_property()
                .filter(|&c| self.verb_states(k, c));
            if let Some(cooperation) = joint {
                for (x, y) in super::each_pair(&parties) {
                    if !self.already_read(x, cooperation, y) {
                        self.emit(
                            x,
                            cooperation,
                            y,
                            k..k + 1,
                            "signing-list",
                            0.8,
                            (Polarity::Positive, None),
                        );
                    }
                }
            }
            return Some(OpenSigning {
                property,
                parties,
                current: None,
                idle: 0,
            });
        }
        None
    }

    /// The document a list line names: a document mention opening the line
    /// (after any marker or number), with at most a short tail and no verb
    /// of a property's after it ("Protocol on Fisheries (2024)").
    fn listed_document(&self) -> Option<(Range<usize>, usize)> {
        let (a, b) = (self.range.start, self.range.end);
        let mut start = a;
        while start < b
            && (!self.view.is_word(start)
                || self.view.low(start).chars().all(|c| c.is_ascii_digit()))
        {
            start += 1;
        }
        let (tokens, document) = self.mention_starting_at(start)?;
        if !self
            .lex
            .document_classes
            .contains(&self.entities[document].class)
        {
            return None;
        }
        let tail = tokens.end..b;
        let verb_after = tail.clone().any(|t| {
            self.lex.verb_forms.contains_key(self.view.low(t))
                || self.lex.words.be_forms.contains(self.view.low(t))
        });
        (!verb_after && tail.len() <= MAX_ITEM_TAIL).then_some((tokens, document))
    }

    /// "Signatory from Kestria: Ada Quist, Minister of Trade", "Signed by:
    /// Ms Ada Quist": a label field (`kg:signatoryLabel` opening the line,
    /// a colon closing the label) whose value opens with a person, who
    /// signed.
    fn labelled_signatory(&self) -> Option<(Range<usize>, usize)> {
        let (a, b) = (self.range.start, self.range.end);
        let len = self.lex.words.signatory_labels.phrase_at(self.view, a, b)?;
        let colon = (a + len..b).find(|&t| self.view.is_punct(t, ":"))?;
        // The first name after the colon, past honorifics ("Mr.", "H.E.").
        let (tokens, person) = self
            .mentions
            .iter()
            .filter(|(r, e)| r.start > colon && self.is_person(*e))
            .min_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)))
            .cloned()?;
        (self.skip_honorifics_left(tokens.start) == colon + 1).then_some((tokens, person))
    }
}
