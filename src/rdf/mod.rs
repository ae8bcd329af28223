//! RDF stage: an [`Extraction`] becomes the quads of its document's named
//! graph.
//!
//! Identifiers are stable: gazetteer individuals keep their IRIs, named
//! entities get `{base}entity/{slug}` from their canonical label,
//! document-scoped ones `{base}entity/local/{doc}/{slug}`, documents
//! `{base}doc/{content hash}`, evidence `{base}evidence/{hash}`.
//!
//! Provenance uses classic RDF reification, readable by every RDF 1.1 tool:
//! each fact is asserted, and each supporting sentence gets an evidence
//! node (`a kg:Evidence, rdf:Statement`) with `rdf:subject/predicate/object`,
//! the sentence (`kg:quote`, `kg:sentenceIndex`, `kg:start`, `kg:end`), the
//! trigger, the rule, a confidence, and modality or attribution when the
//! text has them. Denied facts ("did not sign") are recorded as evidence
//! with `kg:polarity "negative"` and are not asserted. A fact stated in
//! more sentences than the extractor keeps evidence for
//! ([`crate::extract::MAX_EVIDENCE_PER_FACT`]) has one more node,
//! `a kg:OmittedEvidence` with the same `rdf:subject/predicate/object`,
//! `kg:polarity` and `kg:omittedCount`, the number of sentences left out.
//!
//! ```
//! use kgraph::rdf::{mint_slug, RdfEmitter};
//! assert_eq!(mint_slug("State Internet Information Office"), "state-internet-information-office");
//! let emitter = RdfEmitter::new("https://example.org/kg/").unwrap();
//! assert_eq!(emitter.document_iri("abc").as_str(), "https://example.org/kg/doc/abc");
//! ```

use std::io::Write;

pub(crate) mod syntax;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term, Triple};
use sha2::{Digest, Sha256};

use crate::extract::{Entity, EntityKey, Extraction, Polarity};
use crate::vocab::{DCTERMS, KG, OWL, PREFIXES, PROV, SCHEMA, SKOS};

/// Errors of the RDF stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RdfError {
    #[error(
        "invalid base IRI {base:?}: {message} (expected an absolute IRI ending in '/' or '#')"
    )]
    InvalidBase { base: String, message: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// How much provenance to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Provenance {
    /// Evidence nodes for every fact and mention records for every entity.
    #[default]
    Full,
    /// Facts, types, labels and document metadata only.
    None,
}

/// Turns extractions into quads.
#[derive(Debug, Clone)]
pub struct RdfEmitter {
    base: String,
    provenance: Provenance,
}

impl RdfEmitter {
    /// An emitter minting IRIs under `base` (absolute, ending in `/` or `#`).
    pub fn new(base: &str) -> Result<Self, RdfError> {
        let invalid = |message: String| RdfError::InvalidBase {
            base: base.to_owned(),
            message,
        };
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(invalid("it does not end in '/' or '#'".into()));
        }
        NamedNode::new(format!("{base}x")).map_err(|e| invalid(e.to_string()))?;
        Ok(RdfEmitter {
            base: base.to_owned(),
            provenance: Provenance::Full,
        })
    }

    /// Sets how much provenance to write.
    pub fn with_provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = provenance;
        self
    }

    /// The IRI of a document, which is also the name of its graph.
    pub fn document_iri(&self, document_id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}doc/{}", self.base, mint_slug(document_id)))
    }

    /// The IRI of an entity.
    pub fn entity_iri(&self, entity: &Entity) -> NamedNode {
        match &entity.key {
            EntityKey::Known(iri) => {
                NamedNode::new(iri.as_str()).unwrap_or_else(|_| self.minted("entity/", iri))
            }
            EntityKey::Named(label) => self.minted("entity/", label),
            EntityKey::Local(key) => {
                let (doc, label) = key.split_once('/').unwrap_or(("", key));
                let doc = &doc[..doc.len().min(16)];
                self.minted(&format!("entity/local/{}/", mint_slug(doc)), label)
            }
        }
    }

    fn minted(&self, path: &str, label: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}{}", self.base, mint_slug(label)))
    }

    /// Every quad of one document's graph, sorted (deterministic).
    pub fn quads(&self, x: &Extraction) -> Vec<Quad> {
        let graph = self.document_iri(&x.document_id);
        let mut triples = Vec::new();
        let kg = |local: &str| NamedNode::new_unchecked(format!("{KG}{local}"));
        let lit = |s: &str| Term::from(Literal::new_simple_literal(s));
        let lang = |s: &str| Term::from(Literal::new_language_tagged_literal_unchecked(s, "en"));
        let int = |n: usize| Term::from(Literal::new_typed_literal(n.to_string(), xsd::INTEGER));
        let mut add =
            |s: &NamedNode, p: NamedNode, o: Term| triples.push(Triple::new(s.clone(), p, o));

        // The document node.
        add(&graph, rdf::TYPE.into_owned(), kg("SourceDocument").into());
        add(&graph, dc("source"), lit(&x.source));
        add(&graph, kg("contentHash"), lit(&x.document_id));
        if let Some(title) = &x.meta.title {
            add(&graph, dc("title"), lit(title));
        }
        if let Some(date) = &x.meta.date {
            add(
                &graph,
                dc("date"),
                Literal::new_typed_literal(date.as_str(), xsd::DATE).into(),
            );
        }
        let entity_iris: Vec<NamedNode> = x.entities.iter().map(|e| self.entity_iri(e)).collect();
        if let Some(p) = x.publisher {
            add(&graph, dc("publisher"), entity_iris[p].clone().into());
        }
        if let Some(p) = x.place {
            add(
                &graph,
                schema("locationCreated"),
                entity_iris[p].clone().into(),
            );
        }

        for (e, iri) in x.entities.iter().zip(&entity_iris) {
            for class in std::iter::once(&e.class).chain(&e.superclasses) {
                if let Ok(class) = NamedNode::new(class.as_str()) {
                    add(iri, rdf::TYPE.into_owned(), class.into());
                }
            }
            add(iri, rdfs::LABEL.into_owned(), lang(&e.label));
            for alt in &e.alt_labels {
                add(iri, skos("altLabel"), lang(alt));
            }
            for same in &e.same_as {
                if let Ok(node) = NamedNode::new(same.as_str()) {
                    add(
                        iri,
                        NamedNode::new_unchecked(format!("{OWL}sameAs")),
                        node.into(),
                    );
                }
            }
            if self.provenance == Provenance::Full {
                for m in &e.mentions {
                    let node = NamedNode::new_unchecked(format!(
                        "{}/mention/{}-{}",
                        graph.as_str(),
                        m.chars.start,
                        m.chars.end
                    ));
                    add(&node, rdf::TYPE.into_owned(), kg("Mention").into());
                    add(&node, kg("mentionOf"), iri.clone().into());
                    add(&node, prov("wasDerivedFrom"), graph.clone().into());
                    add(&node, kg("sentenceIndex"), int(m.sentence));
                    add(&node, kg("start"), int(m.chars.start));
                    add(&node, kg("end"), int(m.chars.end));
                    add(&node, kg("surface"), lit(&m.surface));
                }
            }
        }

        for r in &x.relations {
            let (s, o) = (&entity_iris[r.subject], &entity_iris[r.object]);
            let p = NamedNode::new_unchecked(r.property.as_str());
            if r.polarity == Polarity::Positive {
                add(s, p.clone(), o.clone().into());
            }
            if self.provenance == Provenance::None {
                continue;
            }
            for ev in &r.evidence {
                let node = self.evidence_iri(x, s, &p, o, ev.sentence, &ev.rule, r.polarity);
                add(&node, rdf::TYPE.into_owned(), kg("Evidence").into());
                add(
                    &node,
                    rdf::TYPE.into_owned(),
                    rdf::STATEMENT.into_owned().into(),
                );
                add(&node, rdf::SUBJECT.into_owned(), s.clone().into());
                add(&node, rdf::PREDICATE.into_owned(), p.clone().into());
                add(&node, rdf::OBJECT.into_owned(), o.clone().into());
                add(&node, prov("wasDerivedFrom"), graph.clone().into());
                if let Some(sentence) = x.sentences.get(ev.sentence) {
                    add(&node, kg("quote"), lit(&sentence.text));
                    add(&node, kg("start"), int(sentence.chars.start));
                    add(&node, kg("end"), int(sentence.chars.end));
                }
                add(&node, kg("sentenceIndex"), int(ev.sentence));
                add(&node, kg("triggerStart"), int(ev.chars.start));
                add(&node, kg("triggerEnd"), int(ev.chars.end));
                add(&node, kg("rule"), lit(&ev.rule));
                add(
                    &node,
                    kg("confidence"),
                    Literal::new_typed_literal(format!("{:.2}", ev.confidence), xsd::DECIMAL)
                        .into(),
                );
                add(&node, kg("polarity"), lit(polarity_name(r.polarity)));
                if let Some(modality) = &ev.modality {
                    add(&node, kg("modality"), lit(modality));
                }
                if let Some(a) = ev.attributed_to {
                    add(&node, kg("attributedTo"), entity_iris[a].clone().into());
                }
            }
            if r.evidence_omitted > 0 {
                // The evidence left out by the extractor's limit: counted
                // on a node of its own, so a reader knows the quotes given
                // are not all there are.
                let node = self.evidence_iri(x, s, &p, o, usize::MAX, "omitted", r.polarity);
                add(&node, rdf::TYPE.into_owned(), kg("OmittedEvidence").into());
                add(&node, rdf::SUBJECT.into_owned(), s.clone().into());
                add(&node, rdf::PREDICATE.into_owned(), p.clone().into());
                add(&node, rdf::OBJECT.into_owned(), o.clone().into());
                add(&node, prov("wasDerivedFrom"), graph.clone().into());
                add(&node, kg("polarity"), lit(polarity_name(r.polarity)));
                add(&node, kg("omittedCount"), int(r.evidence_omitted));
            }
        }
        // The order of the triples' N-Triples text, compared without
        // writing each one out (a long document has millions).
        triples.sort_by(ntriples_order);
        triples.dedup();
        let graph = GraphName::NamedNode(graph);
        triples
            .into_iter()
            .map(|t| t.in_graph(graph.clone()))
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn evidence_iri(
        &self,
        x: &Extraction,
        s: &NamedNode,
        p: &NamedNode,
        o: &NamedNode,
        sentence: usize,
        rule: &str,
        polarity: Polarity,
    ) -> NamedNode {
        let mut h = Sha256::new();
        for part in [
            x.document_id.as_str(),
            s.as_str(),
            p.as_str(),
            o.as_str(),
            &sentence.to_string(),
            rule,
            &format!("{polarity:?}"),
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let digest = h.finalize();
        let hex = hex::encode(&digest[..12]);
        NamedNode::new_unchecked(format!("{}evidence/{hex}", self.base))
    }
}

/// Compares two triples as their N-Triples text compares (`<s> <p> <o>`),
/// writing out only objects that are not IRIs, and only when subject and
/// predicate are equal.
fn ntriples_order(a: &Triple, b: &Triple) -> std::cmp::Ordering {
    use oxigraph::model::NamedOrBlankNode;
    let (NamedOrBlankNode::NamedNode(sa), NamedOrBlankNode::NamedNode(sb)) =
        (&a.subject, &b.subject)
    else {
        return a.to_string().cmp(&b.to_string());
    };
    iri_order(sa.as_str(), sb.as_str())
        .then_with(|| iri_order(a.predicate.as_str(), b.predicate.as_str()))
        .then_with(|| match (&a.object, &b.object) {
            (Term::NamedNode(oa), Term::NamedNode(ob)) => iri_order(oa.as_str(), ob.as_str()),
            (oa, ob) => oa.to_string().cmp(&ob.to_string()),
        })
}

/// Compares `<a>` with `<b>`: an IRI holds no `>`, so the closing bracket
/// decides when one IRI starts the other.
fn iri_order(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.len().min(b.len());
    a[..common].cmp(&b[..common]).then_with(|| {
        let next = |iri: &[u8]| iri.get(common).copied().unwrap_or(b'>');
        next(a).cmp(&next(b))
    })
}

/// The value of `kg:polarity`.
fn polarity_name(polarity: Polarity) -> &'static str {
    match polarity {
        Polarity::Positive => "positive",
        Polarity::Negative => "negative",
    }
}

fn dc(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DCTERMS}{local}"))
}

fn schema(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SCHEMA}{local}"))
}

fn skos(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SKOS}{local}"))
}

fn prov(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{PROV}{local}"))
}

/// A slug for IRIs: lowercase ASCII letters and digits joined by `-`.
/// Labels without any (other scripts) or very long ones get a hash, so the
/// result is never empty, always a valid IRI segment, and stable.
pub fn mint_slug(label: &str) -> String {
    let mut slug = String::with_capacity(label.len());
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' || c == '.' {
            // "China's" → "chinas", "U.S." → "us"
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    let non_ascii = label.chars().any(|c| !c.is_ascii() && c.is_alphanumeric());
    if slug.is_empty() || slug.len() > 80 || non_ascii {
        let digest = Sha256::digest(label.as_bytes());
        let hex = hex::encode(&digest[..6]);
        slug.truncate(60);
        while slug.ends_with('-') {
            slug.pop();
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&hex);
    }
    slug
}

/// Writes quads in any RDF format, with our prefixes where the format has
/// them. Triple formats get the triples of every graph. Callers sort the
/// quads; the serializers keep their order, so output is deterministic.
pub fn write_quads<W: Write>(quads: &[Quad], format: RdfFormat, out: W) -> Result<W, RdfError> {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, iri) in PREFIXES {
        serializer = serializer
            .with_prefix(*prefix, *iri)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
    }
    if matches!(format, RdfFormat::JsonLd { .. }) {
        let mut writer = serializer.for_writer(Vec::new());
        for quad in quads {
            writer.serialize_quad(quad)?;
        }
        let mut out = out;
        out.write_all(&compact_json_ld(&writer.finish()?)?)?;
        return Ok(out);
    }
    let mut writer = serializer.for_writer(out);
    for quad in quads {
        if format.supports_datasets() {
            writer.serialize_quad(quad)?;
        } else {
            writer.serialize_triple(quad.as_ref())?;
        }
    }
    Ok(writer.finish()?)
}

pub mod xml_entities;

/// Turns the expanded JSON-LD Oxigraph writes (full IRIs everywhere) into a
/// compacted document: an `@context` with kg's prefixes, and every IRI that
/// starts with one of them (property keys, `@id` and `@type` values) written
/// as a compact IRI (`kg:issues`). Any JSON-LD processor expands it back to
/// the same statements. Keys come out sorted, so the bytes are stable.
pub fn compact_json_ld(expanded: &[u8]) -> std::io::Result<Vec<u8>> {
    use serde_json::{Map, Value};
    let document: Value = serde_json::from_slice(expanded).map_err(std::io::Error::other)?;
    let graph = match document {
        Value::Object(mut map) => map.remove("@graph").unwrap_or(Value::Array(Vec::new())),
        array @ Value::Array(_) => array,
        other => other,
    };
    let mut context = Map::new();
    for (prefix, iri) in PREFIXES {
        context.insert((*prefix).to_owned(), Value::String((*iri).to_owned()));
    }
    let mut compacted = Map::new();
    compacted.insert("@context".to_owned(), Value::Object(context));
    compacted.insert("@graph".to_owned(), compact_value(graph, false));
    let mut out =
        serde_json::to_vec_pretty(&Value::Object(compacted)).map_err(std::io::Error::other)?;
    out.push(b'\n');
    Ok(out)
}

/// Compacts the IRIs of one JSON-LD value; `is_iri` says whether a string
/// here is an IRI (the value of `@id` or `@type`).
fn compact_value(value: serde_json::Value, is_iri: bool) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(text) if is_iri => Value::String(compact_iri(&text)),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| compact_value(item, is_iri))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| {
                    let iri_valued = key == "@id" || key == "@type";
                    let key = if key.starts_with('@') {
                        key
                    } else {
                        compact_iri(&key)
                    };
                    (key, compact_value(value, iri_valued))
                })
                .collect(),
        ),
        other => other,
    }
}

/// `prefix:rest` for an IRI under one of kg's prefixes, when the rest
/// cannot be mistaken for an absolute IRI (it must not start with `//`);
/// the IRI itself otherwise.
fn compact_iri(iri: &str) -> String {
    crate::vocab::compact_iri(iri, |rest| !rest.starts_with("//")).unwrap_or_else(|| iri.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_and_stable() {
        assert_eq!(
            mint_slug("China's cyberspace strategy"),
            "chinas-cyberspace-strategy"
        );
        assert_eq!(mint_slug("U.S."), "us");
        let chinese = mint_slug("国务院");
        assert_eq!(chinese.len(), 12);
        assert_eq!(chinese, mint_slug("国务院"));
        let long = mint_slug(&"a b ".repeat(500));
        assert!(long.len() < 80);
        for hostile in ["\"<>{}\\\n\t", "", " ", "a/b?c#d"] {
            let s = mint_slug(hostile);
            assert!(!s.is_empty());
            assert!(
                NamedNode::new(format!("https://example.org/{s}")).is_ok(),
                "{hostile:?} -> {s}"
            );
        }
    }
}
