//! The parties people sign for: "U.S. Secretary of Commerce Ada Quist and
//! Kestrian Trade Minister Bo Lind signed the accord". People acting
//! together act for the bodies whose offices they hold, so those bodies
//! cooperate, as they would had they signed in their own names ("the
//! United States and Kestria signed the accord"). The frames leave people
//! out of the parties of a symmetric relation; this pass adds the parties
//! they stand for, once the positions are read.
//!
//! People sign together when one sentence says they each signed the same
//! document. Each one's party is the one owner of the offices they hold in
//! the document (`kg:positionOf`: "U.S. Secretary of Commerce" of the
//! United States); someone holding offices of two owners stands for
//! neither. The two parties are alike, places or bodies: the President of
//! a commission and the Prime Minister of a country sign for a union and a
//! country, which the commission only acts for. Signing is told by the properties it shares a verb with the
//! cooperation property (`kg:verbTrigger` "sign" of both), so the
//! vocabulary stays in the ontology.
//!
//! The same party signs what its person signs ("Kestria's Minister of
//! Water, Ada Quist, signed the accord": Kestria signs it), as a release
//! says when it names the countries for their ministers. A document the
//! text says is between bodies ("the MoU between the Kestrian Ministry of
//! Water and the Norland Harbour Board", "signed an MoU with Kestria's
//! Ministry of Water") is theirs: the minister of a country signs it for
//! the ministry, and the country is no party of its own. Not so a
//! document between governments ("between the Government of Kestria and
//! the Government of Norland"): a state body (`kg:stateBodyHead`) acts as
//! its country does.

use std::collections::{BTreeMap, BTreeSet};

use super::Found;
use crate::extract::lexicon::Lexicon;
use crate::extract::model::{Evidence, Polarity};
use crate::extract::resolve::Resolution;
use crate::extract::view::DocView;
use crate::ontology::Ontology;

/// Confidence of a cooperation read from its parties' signers: one step
/// removed from what the sentence says.
const CO_SIGNER_CONFIDENCE: f32 = 0.8;

/// What both passes read from the document's facts: the cooperation
/// property, the signing properties sharing a verb with it, and each
/// person's party (the one owner of the offices they hold).
struct Signers {
    cooperation: usize,
    joint: BTreeSet<usize>,
    parties: BTreeMap<usize, BTreeSet<usize>>,
}

impl Signers {
    fn read(found: &[Found], lex: &Lexicon) -> Option<Signers> {
        let (title, office) = (lex.title_property?, lex.office_property?);
        let props = &lex.properties;
        let cooperation =
            (0..props.len()).find(|&p| props[p].symmetric && !props[p].noun_triggers.is_empty())?;
        let joint: BTreeSet<usize> = (0..props.len())
            .filter(|&p| !props[p].symmetric && lex.share_a_verb_trigger(p, cooperation))
            .collect();
        if joint.is_empty() {
            return None;
        }
        let mut owners: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for f in found.iter().filter(|f| f.property == office) {
            owners.entry(f.subject).or_default().insert(f.object);
        }
        let mut parties: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for f in found.iter().filter(|f| f.property == title) {
            if let Some(o) = owners.get(&f.object) {
                parties.entry(f.subject).or_default().extend(o);
            }
        }
        Some(Signers {
            cooperation,
            joint,
            parties,
        })
    }

    /// Whether `f` says a person signed something.
    fn is_person_signing(&self, f: &Found, is_person: &dyn Fn(usize) -> bool) -> bool {
        self.joint.contains(&f.property) && f.polarity == Polarity::Positive && is_person(f.subject)
    }

    /// The one party `person` acts for; none when their offices have no
    /// owner or several.
    fn party(&self, person: usize) -> Option<usize> {
        match self.parties.get(&person) {
            Some(set) if set.len() == 1 => set.first().copied(),
            _ => None,
        }
    }
}

/// Adds what people's signing says of the parties they act for: each
/// party signs what its person signs, then the parties of people signing
/// one document in one sentence cooperate. The signers are read once for
/// both: the first pass adds no office, so the second would read the same.
pub fn parties_of_signers(
    found: &mut Vec<Found>,
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &Resolution,
) {
    let Some(signers) = Signers::read(found, lex) else {
        return;
    };
    let entities = &resolution.entities;
    let is_person = |e: usize| ontology.is_subclass_of(&entities[e].class, &lex.classes.person);
    // The owners first: the co-signers' cooperation is read from the
    // offices, not from the parties a sentence names.
    owners_of_signers(found, &signers, view, lex, ontology, resolution, &is_person);
    parties_of_co_signers(found, &signers, lex, ontology, resolution, &is_person);
}

/// Adds the party a person signs for as a signer of the same document:
/// "Kestria's Minister of Water, Ada Quist, signed the accord" (Kestria
/// signs it). The party is the one owner of the offices the person holds
/// in the document (see the module doc); it must be able to sign (a
/// country or a body, not a city), and a person holding offices of two
/// owners stands for neither.
fn owners_of_signers(
    found: &mut Vec<Found>,
    signers: &Signers,
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &Resolution,
    is_person: &dyn Fn(usize) -> bool,
) {
    let entities = &resolution.entities;
    // The sentences where each person signs something.
    let mut signing_sentences: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for f in found.iter() {
        if signers.is_person_signing(f, is_person) {
            signing_sentences
                .entry(f.subject)
                .or_default()
                .insert(f.evidence.sentence);
        }
    }
    let named_parties = |person: usize| -> BTreeSet<usize> {
        let Some(sentences) = signing_sentences.get(&person) else {
            return BTreeSet::new();
        };
        found
            .iter()
            .filter(|g| {
                g.property == signers.cooperation
                    && g.polarity == Polarity::Positive
                    && sentences.contains(&g.evidence.sentence)
            })
            .flat_map(|g| [g.subject, g.object])
            .filter(|&e| !is_person(e))
            .collect()
    };
    let is_place = |e: usize| ontology.is_subclass_of(&entities[e].class, &lex.classes.place);
    // The sentences naming each document.
    let mut naming: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for m in &resolution.mentions {
        naming
            .entry(m.entity)
            .or_default()
            .insert(view.toks[m.tokens.start].sentence);
    }
    // A government, cabinet or parliament: the state acting, so its
    // country is a party with it.
    let is_state_body = |e: usize| {
        let label = &entities[e].label;
        let first = label.split_whitespace().next().unwrap_or_default();
        let last = label.split_whitespace().last().unwrap_or_default();
        [first, last]
            .iter()
            .any(|w| lex.words.state_body_heads.contains(&w.to_lowercase()))
    };
    // Whether a sentence naming the document states two bodies cooperating,
    // none a place, a person or a state body: the document is between them.
    let between_bodies = |document: usize| {
        let Some(sentences) = naming.get(&document) else {
            return false;
        };
        found.iter().any(|g| {
            g.property == signers.cooperation
                && g.polarity == Polarity::Positive
                && sentences.contains(&g.evidence.sentence)
                && [g.subject, g.object]
                    .iter()
                    .all(|&e| !is_person(e) && !is_place(e) && !is_state_body(e))
        })
    };
    let mut added: Vec<Found> = Vec::new();
    for f in found.iter() {
        if !signers.is_person_signing(f, is_person) {
            continue;
        }
        let property = &lex.properties[f.property];
        let Some(party) = signers
            .party(f.subject)
            .filter(|&p| !is_person(p) && ontology.fits(&entities[p].class, &property.domain))
        else {
            continue;
        };
        // "Kestrian Minister Ada Quist signed the MoU between the Kestrian
        // Ministry of Water and B": where a sentence of the person's
        // signing names the parties cooperating, the person signs for one
        // of them, and their office's country is no party of its own.
        let named = named_parties(f.subject);
        if !named.is_empty() && !named.contains(&party) {
            continue;
        }
        // A document between bodies is no country's (see the module doc).
        if is_place(party) && between_bodies(f.object) {
            continue;
        }
        let stated = |facts: &[Found]| {
            facts
                .iter()
                .any(|g| g.property == f.property && g.subject == party && g.object == f.object)
        };
        if stated(found) || stated(&added) {
            continue;
        }
        added.push(Found {
            subject: party,
            property: f.property,
            object: f.object,
            polarity: Polarity::Positive,
            evidence: Evidence {
                sentence: f.evidence.sentence,
                chars: f.evidence.chars.clone(),
                rule: format!("{}/office-owner", property.local_name),
                confidence: CO_SIGNER_CONFIDENCE.min(f.evidence.confidence),
                modality: f.evidence.modality.clone(),
                attributed_to: f.evidence.attributed_to,
            },
        });
    }
    found.extend(added);
}

/// Adds a cooperation between the parties of people who signed the same
/// document in one sentence (see the module doc).
fn parties_of_co_signers(
    found: &mut Vec<Found>,
    signers: &Signers,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &Resolution,
    is_person: &dyn Fn(usize) -> bool,
) {
    let cooperation = signers.cooperation;
    let props = &lex.properties;
    let entities = &resolution.entities;
    let is_place = |e: usize| ontology.is_subclass_of(&entities[e].class, &lex.classes.place);
    let party = |person: usize| signers.party(person);
    // Signers of one document in one sentence, with the fact each signed by.
    let mut signings: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        if signers.is_person_signing(f, is_person) {
            signings
                .entry((f.evidence.sentence, f.property, f.object))
                .or_default()
                .push(i);
        }
    }
    let related = |found: &[Found], a: usize, b: usize| {
        found.iter().any(|f| {
            f.property == cooperation
                && (f.subject == a && f.object == b || f.subject == b && f.object == a)
        })
    };
    let property = &props[cooperation];
    let fits = |e: usize| {
        ontology.fits(&entities[e].class, &property.domain)
            && ontology.fits(&entities[e].class, &property.range)
    };
    let mut added = Vec::new();
    for facts in signings.values() {
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for &i in facts {
            if let Some(p) = party(found[i].subject).filter(|&p| fits(p) && !is_person(p)) {
                if !seen.iter().any(|&(q, _)| q == p) {
                    seen.push((p, i));
                }
            }
        }
        for (x, &(a, _)) in seen.iter().enumerate() {
            for &(b, i) in &seen[x + 1..] {
                if is_place(a) != is_place(b) || related(found, a, b) || related(&added, a, b) {
                    continue;
                }
                let signed = &found[i].evidence;
                added.push(Found {
                    subject: a,
                    property: cooperation,
                    object: b,
                    polarity: Polarity::Positive,
                    evidence: Evidence {
                        sentence: signed.sentence,
                        chars: signed.chars.clone(),
                        rule: format!("{}/co-signers", property.local_name),
                        confidence: CO_SIGNER_CONFIDENCE.min(signed.confidence),
                        modality: signed.modality.clone(),
                        attributed_to: signed.attributed_to,
                    },
                });
            }
        }
    }
    found.extend(added);
}
