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

use std::collections::{BTreeMap, BTreeSet};

use super::Found;
use crate::extract::lexicon::Lexicon;
use crate::extract::model::{Evidence, Polarity};
use crate::extract::resolve::Resolution;
use crate::ontology::Ontology;

/// Confidence of a cooperation read from its parties' signers: one step
/// removed from what the sentence says.
const CO_SIGNER_CONFIDENCE: f32 = 0.8;

/// Adds a cooperation between the parties of people who signed the same
/// document in one sentence (see the module doc).
pub fn parties_of_co_signers(
    found: &mut Vec<Found>,
    lex: &Lexicon,
    ontology: &Ontology,
    resolution: &Resolution,
) {
    let (Some(title), Some(office)) = (lex.title_property, lex.office_property) else {
        return;
    };
    let props = &lex.properties;
    let Some(cooperation) =
        (0..props.len()).find(|&p| props[p].symmetric && !props[p].noun_triggers.is_empty())
    else {
        return;
    };
    let joint: BTreeSet<usize> = (0..props.len())
        .filter(|&p| {
            !props[p].symmetric
                && props[p]
                    .verb_triggers
                    .iter()
                    .any(|v| props[cooperation].verb_triggers.contains(v))
        })
        .collect();
    if joint.is_empty() {
        return;
    }
    let entities = &resolution.entities;
    let is_person = |e: usize| ontology.is_subclass_of(&entities[e].class, &lex.classes.person);
    let is_place = |e: usize| ontology.is_subclass_of(&entities[e].class, &lex.classes.place);
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
    let party = |person: usize| match parties.get(&person) {
        Some(set) if set.len() == 1 => set.first().copied(),
        _ => None,
    };
    // Signers of one document in one sentence, with the fact each signed by.
    let mut signings: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        if joint.contains(&f.property) && f.polarity == Polarity::Positive && is_person(f.subject) {
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
