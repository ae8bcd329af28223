//! A joint document's authors named only as a hyphenated pair inside its
//! title: "the Kestria-Norland Joint Declaration", "Joint Statement on the
//! Fifth Kestria-Norland Ministers' Meeting". A document whose name holds a
//! word of joint action (`kg:reciprocalCue`: "Joint") is made by the parties
//! acting together, and the title names them the way "the Joint Statement
//! by A and B" does after its author preposition: both are its authors (the
//! property of `kg:authorPreposition`). Two known agents joined by a hyphen
//! or dash, as the cooperation pairs read them.
//!
//! An agreement's title names its parties, not its authors: "the
//! Kestria-Norland Reciprocal Access Agreement" binds the two, who sign it
//! (maybe not yet: "the agreement, which is being negotiated"), and no
//! release says a party "issues" an agreement. So a document of a class
//! the parties sign (`kg:signedClass`) gets no authors from its title.
//!
//! The title names its authors only where nothing else does: a pair inside
//! a title may name the subject of the document rather than its authors
//! ("the Joint Statement on the Kestria-Norland Border" by a third party),
//! so once any other rule reads an author of the same document, the pair
//! gives way.

use super::{Found, Frame};
use crate::extract::model::Polarity;

/// The rule name of an author read from a pair in a title.
const TITLE_PAIR_RULE: &str = "title-pair";

/// Confidence of a pair in a title as the document's authors: the title
/// does not say who wrote it, the joint word says the two acted together.
const TITLE_PAIR_CONFIDENCE: f32 = 0.7;

impl Frame<'_, '_> {
    /// Reads the pairs inside the names of the sentence's joint documents.
    pub(super) fn title_pair_authors(&mut self) {
        let lex = self.lex;
        let authoring: Vec<usize> = (0..lex.properties.len())
            .filter(|&p| !lex.properties[p].author_prepositions.is_empty())
            .collect();
        if authoring.is_empty() {
            return;
        }
        let documents: Vec<(std::ops::Range<usize>, usize)> = self
            .mentions
            .iter()
            .filter(|(r, e)| {
                let class = &self.entities[*e].class;
                self.ontology.is_subclass_of(class, &lex.classes.document)
                    && !self.is_signed_document(*e)
                    && r.clone()
                        .any(|t| lex.words.reciprocal_cues.contains(self.view.low(t)))
            })
            .cloned()
            .collect();
        for (r, document) in documents {
            for k in r.clone() {
                let Some((x, y, last)) = self.pair_at(k) else {
                    continue;
                };
                if last >= r.end || self.is_person(x) || self.is_person(y) {
                    continue;
                }
                let trigger = k.min(last)..last + 1;
                for &p in &authoring {
                    for party in [x, y] {
                        self.emit(
                            party,
                            p,
                            document,
                            trigger.clone(),
                            TITLE_PAIR_RULE,
                            TITLE_PAIR_CONFIDENCE,
                            (Polarity::Positive, None),
                        );
                    }
                }
            }
        }
    }
}

/// Drops the authors a title's pair named of a document whose authors
/// another rule read (the pair may name the document's subject).
pub(super) fn drop_pairs_of_authored_documents(out: &mut Vec<Found>) {
    let from_pair = |f: &Found| {
        f.evidence
            .rule
            .rsplit_once('/')
            .is_some_and(|(_, rule)| rule == TITLE_PAIR_RULE)
    };
    let authored: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| !from_pair(f))
        .map(|f| (f.property, f.object))
        .collect();
    out.retain(|f| !from_pair(f) || !authored.contains(&(f.property, f.object)));
}
