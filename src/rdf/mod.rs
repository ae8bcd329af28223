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
        self.quads_in_graph(x, &self.document_iri(&x.document_id))
    }

    /// Every quad of one document, sorted, with `graph` as the document's
    /// node and graph name (and the prefix of its mention nodes) instead of
    /// the IRI minted from its content hash: a store names a document's
    /// graph after its source too.
    pub fn quads_in_graph(&self, x: &Extraction, graph: &NamedNode) -> Vec<Quad> {
        let mut quads = Vec::new();
        self.for_each_quad(x, graph, |quad| {
            quads.push(quad);
            Ok::<_, std::convert::Infallible>(())
        })
        .unwrap_or_else(|never| match never {});
        quads
    }

    /// Hands the quads of [`RdfEmitter::quads_in_graph`] to `sink` one at a
    /// time, in the same order, without holding them all: a long document
    /// has millions. Memory holds one IRI per statement subject (a mention,
    /// an entity, a piece of evidence) and the statements of one subject.
    pub fn for_each_quad<E>(
        &self,
        x: &Extraction,
        graph: &NamedNode,
        mut sink: impl FnMut(Quad) -> Result<(), E>,
    ) -> Result<(), E> {
        let document = DocumentTerms::new(self, x, graph);
        // Statements come out in the order of their N-Triples text, which
        // starts with the subject: every subject is listed once with the
        // part of the extraction its statements come from, the subjects
        // are sorted, and each one's statements are made, sorted and
        // written in turn.
        let mut subjects: Vec<(String, Part)> = self
            .parts(x)
            .map(|part| (document.subject(self, x, part).as_str().to_owned(), part))
            .collect();
        subjects.sort_unstable_by(|a, b| iri_order(&a.0, &b.0).then(a.1.cmp(&b.1)));
        let graph_name = GraphName::NamedNode(graph.clone());
        let mut triples = Vec::new();
        let mut start = 0;
        while start < subjects.len() {
            let iri = &subjects[start].0;
            let end = start
                + subjects[start..]
                    .iter()
                    .take_while(|(other, _)| other == iri)
                    .count();
            // Several parts can share a subject (two entities whose labels
            // mint one slug): their statements are sorted together.
            let subject = NamedNode::new_unchecked(iri.as_str());
            for (_, part) in &subjects[start..end] {
                document.statements(x, *part, &subject, &mut triples);
            }
            triples.sort_by(ntriples_order);
            triples.dedup();
            for triple in triples.drain(..) {
                sink(triple.in_graph(graph_name.clone()))?;
            }
            start = end;
        }
        Ok(())
    }

    /// Every part of an extraction that is the subject of statements.
    fn parts<'x>(&self, x: &'x Extraction) -> impl Iterator<Item = Part> + 'x {
        let full = self.provenance == Provenance::Full;
        let entities = x.entities.iter().enumerate().flat_map(move |(e, entity)| {
            let mentions = if full { entity.mentions.len() } else { 0 };
            std::iter::once(Part::Entity(e)).chain((0..mentions).map(move |m| Part::Mention(e, m)))
        });
        let evidence = x
            .relations
            .iter()
            .enumerate()
            .filter(move |_| full)
            .flat_map(|(r, relation)| {
                let omitted = (relation.evidence_omitted > 0).then_some(Part::Omitted(r));
                (0..relation.evidence.len())
                    .map(move |k| Part::Evidence(r, k))
                    .chain(omitted)
            });
        std::iter::once(Part::Document)
            .chain(entities)
            .chain(evidence)
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

/// A part of an extraction whose statements share one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    /// The document node: source, hash, title, date, publisher, place.
    Document,
    /// An entity: classes, labels, `owl:sameAs`, and the facts it is the
    /// subject of.
    Entity(usize),
    /// Mention `.1` of entity `.0`.
    Mention(usize, usize),
    /// Evidence `.1` of relation `.0`.
    Evidence(usize, usize),
    /// The count of relation `.0`'s evidence left out.
    Omitted(usize),
}

/// The terms of one document every part's statements draw on.
struct DocumentTerms {
    graph: NamedNode,
    entity_iris: Vec<NamedNode>,
    /// The relations each entity is the subject of, by entity.
    facts_of: Vec<Vec<usize>>,
}

impl DocumentTerms {
    fn new(emitter: &RdfEmitter, x: &Extraction, graph: &NamedNode) -> Self {
        let mut facts_of = vec![Vec::new(); x.entities.len()];
        for (r, relation) in x.relations.iter().enumerate() {
            if let Some(facts) = facts_of.get_mut(relation.subject) {
                facts.push(r);
            }
        }
        DocumentTerms {
            graph: graph.clone(),
            entity_iris: x.entities.iter().map(|e| emitter.entity_iri(e)).collect(),
            facts_of,
        }
    }

    /// The subject of a part's statements.
    fn subject(&self, emitter: &RdfEmitter, x: &Extraction, part: Part) -> NamedNode {
        match part {
            Part::Document => self.graph.clone(),
            Part::Entity(e) => self.entity_iris[e].clone(),
            Part::Mention(e, m) => {
                let chars = &x.entities[e].mentions[m].chars;
                self.mention_iri(chars.start, chars.end)
            }
            Part::Evidence(r, k) => {
                let relation = &x.relations[r];
                let evidence = &relation.evidence[k];
                self.evidence_iri(emitter, x, r, evidence.sentence, &evidence.rule)
            }
            Part::Omitted(r) => self.evidence_iri(emitter, x, r, usize::MAX, "omitted"),
        }
    }

    fn mention_iri(&self, start: usize, end: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}/mention/{start}-{end}", self.graph.as_str()))
    }

    fn evidence_iri(
        &self,
        emitter: &RdfEmitter,
        x: &Extraction,
        r: usize,
        sentence: usize,
        rule: &str,
    ) -> NamedNode {
        let relation = &x.relations[r];
        emitter.evidence_iri(
            x,
            &self.entity_iris[relation.subject],
            &NamedNode::new_unchecked(relation.property.as_str()),
            &self.entity_iris[relation.object],
            sentence,
            rule,
            relation.polarity,
        )
    }

    /// Appends the statements of `part`, whose subject is `node`, to `triples`.
    fn statements(&self, x: &Extraction, part: Part, node: &NamedNode, triples: &mut Vec<Triple>) {
        let graph = &self.graph;
        let entity_iris = &self.entity_iris;
        let kg = |local: &str| NamedNode::new_unchecked(format!("{KG}{local}"));
        let lit = |s: &str| Term::from(Literal::new_simple_literal(s));
        let lang = |s: &str| Term::from(Literal::new_language_tagged_literal_unchecked(s, "en"));
        let int = |n: usize| Term::from(Literal::new_typed_literal(n.to_string(), xsd::INTEGER));
        let mut add = |p: NamedNode, o: Term| triples.push(Triple::new(node.clone(), p, o));
        match part {
            Part::Document => {
                add(rdf::TYPE.into_owned(), kg("SourceDocument").into());
                add(dc("source"), lit(&x.source));
                add(kg("contentHash"), lit(&x.document_id));
                if let Some(title) = &x.meta.title {
                    add(dc("title"), lit(title));
                }
                if let Some(date) = &x.meta.date {
                    add(
                        dc("date"),
                        Literal::new_typed_literal(date.as_str(), xsd::DATE).into(),
                    );
                }
                if let Some(p) = x.publisher {
                    add(dc("publisher"), entity_iris[p].clone().into());
                }
                if let Some(p) = x.place {
                    add(schema("locationCreated"), entity_iris[p].clone().into());
                }
            }
            Part::Entity(e) => {
                let entity = &x.entities[e];
                for class in std::iter::once(&entity.class).chain(&entity.superclasses) {
                    if let Ok(class) = NamedNode::new(class.as_str()) {
                        add(rdf::TYPE.into_owned(), class.into());
                    }
                }
                add(rdfs::LABEL.into_owned(), lang(&entity.label));
                for alt in &entity.alt_labels {
                    add(skos("altLabel"), lang(alt));
                }
                for same in &entity.same_as {
                    if let Ok(same) = NamedNode::new(same.as_str()) {
                        add(
                            NamedNode::new_unchecked(format!("{OWL}sameAs")),
                            same.into(),
                        );
                    }
                }
                for &r in &self.facts_of[e] {
                    let relation = &x.relations[r];
                    if relation.polarity == Polarity::Positive {
                        add(
                            NamedNode::new_unchecked(relation.property.as_str()),
                            entity_iris[relation.object].clone().into(),
                        );
                    }
                }
            }
            Part::Mention(e, m) => {
                let mention = &x.entities[e].mentions[m];
                add(rdf::TYPE.into_owned(), kg("Mention").into());
                add(kg("mentionOf"), entity_iris[e].clone().into());
                add(prov("wasDerivedFrom"), graph.clone().into());
                add(kg("sentenceIndex"), int(mention.sentence));
                add(kg("start"), int(mention.chars.start));
                add(kg("end"), int(mention.chars.end));
                add(kg("surface"), lit(&mention.surface));
            }
            Part::Evidence(r, k) => {
                let relation = &x.relations[r];
                let ev = &relation.evidence[k];
                let (s, o) = (
                    &entity_iris[relation.subject],
                    &entity_iris[relation.object],
                );
                let p = NamedNode::new_unchecked(relation.property.as_str());
                add(rdf::TYPE.into_owned(), kg("Evidence").into());
                add(rdf::TYPE.into_owned(), rdf::STATEMENT.into_owned().into());
                add(rdf::SUBJECT.into_owned(), s.clone().into());
                add(rdf::PREDICATE.into_owned(), p.into());
                add(rdf::OBJECT.into_owned(), o.clone().into());
                add(prov("wasDerivedFrom"), graph.clone().into());
                if let Some(sentence) = x.sentences.get(ev.sentence) {
                    add(kg("quote"), lit(&sentence.text));
                    add(kg("start"), int(sentence.chars.start));
                    add(kg("end"), int(sentence.chars.end));
                }
                add(kg("sentenceIndex"), int(ev.sentence));
                add(kg("triggerStart"), int(ev.chars.start));
                add(kg("triggerEnd"), int(ev.chars.end));
                add(kg("rule"), lit(&ev.rule));
                add(
                    kg("confidence"),
                    Literal::new_typed_literal(format!("{:.2}", ev.confidence), xsd::DECIMAL)
                        .into(),
                );
                add(kg("polarity"), lit(polarity_name(relation.polarity)));
                if let Some(modality) = &ev.modality {
                    add(kg("modality"), lit(modality));
                }
                if let Some(a) = ev.attributed_to {
                    add(kg("attributedTo"), entity_iris[a].clone().into());
                }
            }
            Part::Omitted(r) => {
                // The evidence left out by the extractor's limit: counted
                // on a node of its own, so a reader knows the quotes given
                // are not all there are.
                let relation = &x.relations[r];
                let (s, o) = (
                    &entity_iris[relation.subject],
                    &entity_iris[relation.object],
                );
                let p = NamedNode::new_unchecked(relation.property.as_str());
                add(rdf::TYPE.into_owned(), kg("OmittedEvidence").into());
                add(rdf::SUBJECT.into_owned(), s.clone().into());
                add(rdf::PREDICATE.into_owned(), p.into());
                add(rdf::OBJECT.into_owned(), o.clone().into());
                add(prov("wasDerivedFrom"), graph.clone().into());
                add(kg("polarity"), lit(polarity_name(relation.polarity)));
                add(kg("omittedCount"), int(relation.evidence_omitted));
            }
        }
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
    if matches!(format, RdfFormat::JsonLd { .. }) {
        let mut writer = QuadWriter::new(format, Vec::new())?;
        for quad in quads {
            writer.write(quad)?;
        }
        let mut out = out;
        out.write_all(&compact_json_ld(&writer.finish()?)?)?;
        return Ok(out);
    }
    let mut writer = QuadWriter::new(format, out)?;
    for quad in quads {
        writer.write(quad)?;
    }
    writer.finish()
}

/// Writes quads one at a time in an RDF format, with our prefixes where the
/// format has them; triple formats get the triples of every graph. JSON-LD
/// comes out expanded ([`write_quads`] compacts it, which needs the whole
/// document).
pub struct QuadWriter<W: Write> {
    writer: oxigraph::io::WriterQuadSerializer<W>,
    datasets: bool,
}

impl<W: Write> QuadWriter<W> {
    pub fn new(format: RdfFormat, out: W) -> Result<Self, RdfError> {
        let mut serializer = RdfSerializer::from_format(format);
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
        Ok(QuadWriter {
            writer: serializer.for_writer(out),
            datasets: format.supports_datasets(),
        })
    }

    pub fn write(&mut self, quad: &Quad) -> Result<(), RdfError> {
        if self.datasets {
            self.writer.serialize_quad(quad)?;
        } else {
            self.writer.serialize_triple(quad.as_ref())?;
        }
        Ok(())
    }

    /// Ends the document (closing what the format needs closed) and gives
    /// the output back.
    pub fn finish(self) -> Result<W, RdfError> {
        Ok(self.writer.finish()?)
    }
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

    /// A long text of our own, read in small sections with little evidence
    /// kept: facts and entities span sections, and evidence is left out.
    fn long_extraction() -> Extraction {
        let ontology = crate::ontology::Ontology::builtin().unwrap();
        let extractor = crate::extract::Extractor::new(&ontology)
            .with_section_bytes(300)
            .with_evidence_limit(2);
        let towns = ["Oakport", "Velmar", "Kestrel Bay"];
        let paragraphs: Vec<String> = (0..12)
            .map(|k| {
                format!(
                    "Traders in {} met on Monday. The Ministry of Commerce issued new \
                     guidelines on export controls. It said the rules would start in May.",
                    towns[k % towns.len()]
                )
            })
            .collect();
        let doc = crate::text::Document::from_text("long.txt", &paragraphs.join("\n\n"));
        extractor.extract(&doc)
    }

    /// The N-Triples lines of `quads`.
    fn lines(quads: &[Quad]) -> Vec<String> {
        let text = write_quads(quads, RdfFormat::NTriples, Vec::new()).unwrap();
        String::from_utf8(text)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn statements_made_subject_by_subject_are_in_global_order() {
        let x = long_extraction();
        assert!(x.relations.iter().any(|r| r.evidence_omitted > 0));
        let emitter = RdfEmitter::new("https://example.org/kg/").unwrap();
        let quads = emitter.quads(&x);
        let written = lines(&quads);
        // As if every statement of the document were sorted at once.
        let mut sorted = written.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(written, sorted);
        // Streamed one at a time: the same quads.
        let graph = emitter.document_iri(&x.document_id);
        let mut streamed = Vec::new();
        emitter
            .for_each_quad(&x, &graph, |quad| {
                streamed.push(quad);
                Ok::<_, RdfError>(())
            })
            .unwrap();
        assert_eq!(streamed, quads);
    }

    #[test]
    fn a_graph_named_up_front_replaces_the_content_hash_everywhere() {
        let x = long_extraction();
        let emitter = RdfEmitter::new("https://example.org/kg/").unwrap();
        let by_content = emitter.document_iri(&x.document_id);
        let graph = emitter.document_iri("named-after-the-source");
        let renamed: Vec<String> = lines(&emitter.quads(&x))
            .iter()
            .map(|line| line.replace(by_content.as_str(), graph.as_str()))
            .collect();
        let quads = emitter.quads_in_graph(&x, &graph);
        assert!(quads
            .iter()
            .all(|q| q.graph_name == GraphName::NamedNode(graph.clone())));
        assert_eq!(lines(&quads), renamed);
    }

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
