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

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write;
use std::sync::LazyLock;

pub(crate) mod syntax;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term, Triple};
use sha2::{Digest, Sha256};

use crate::extract::{Entity, EntityKey, Extraction, Polarity};
use crate::vocab::{DCTERMS, KG, OWL, PREFIXES, PROV, SCHEMA, SKOS};

/// Errors of the RDF stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RdfError {
    #[error("invalid base IRI {base:?}: it does not end in '/' or '#'")]
    BaseWithoutSeparator { base: String },
    #[error("invalid base IRI {base:?} (expected an absolute IRI ending in '/' or '#'): {source}")]
    InvalidBase {
        base: String,
        source: oxigraph::model::IriParseError,
    },
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
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(RdfError::BaseWithoutSeparator {
                base: base.to_owned(),
            });
        }
        NamedNode::new(format!("{base}x")).map_err(|source| RdfError::InvalidBase {
            base: base.to_owned(),
            source,
        })?;
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
        let graph_name = GraphName::NamedNode(graph.clone());
        let mut triples = Vec::new();
        document.for_each_subject(self, x, |iri, parts| {
            let subject = NamedNode::new_unchecked(iri);
            let mut made = TripleSink {
                subject: &subject,
                triples: &mut triples,
            };
            for &part in parts {
                document.statements(x, part, &mut made);
            }
            triples.sort_by(ntriples_order);
            triples.dedup();
            for triple in triples.drain(..) {
                sink(triple.in_graph(graph_name.clone()))?;
            }
            Ok(())
        })
    }

    /// Writes the statements of [`RdfEmitter::quads_in_graph`] as
    /// N-Triples, byte for byte what an N-Triples serializer makes of those
    /// quads, without making a term of any of them.
    pub fn write_ntriples<W: Write + ?Sized>(
        &self,
        x: &Extraction,
        graph: &NamedNode,
        out: &mut W,
    ) -> std::io::Result<()> {
        self.write_lines(x, graph, false, out)
    }

    /// Writes the quads of [`RdfEmitter::quads_in_graph`] as N-Quads, byte
    /// for byte what an N-Quads serializer makes of them.
    pub fn write_nquads<W: Write + ?Sized>(
        &self,
        x: &Extraction,
        graph: &NamedNode,
        out: &mut W,
    ) -> std::io::Result<()> {
        self.write_lines(x, graph, true, out)
    }

    /// One line per statement, in the order of [`RdfEmitter::for_each_quad`]:
    /// each subject's objects are written once into a buffer, and the
    /// statements sorted by that text (the order of `ntriples_order`,
    /// which compares the same text).
    fn write_lines<W: Write + ?Sized>(
        &self,
        x: &Extraction,
        graph: &NamedNode,
        graph_in_lines: bool,
        out: &mut W,
    ) -> std::io::Result<()> {
        let document = DocumentTerms::new(self, x, graph);
        let mut lines = LineSink::default();
        document.for_each_subject(self, x, |iri, parts| {
            lines.objects.clear();
            lines.statements.clear();
            for &part in parts {
                document.statements(x, part, &mut lines);
            }
            let LineSink {
                objects,
                statements,
            } = &mut lines;
            let object = |range: &(usize, usize)| &objects.as_bytes()[range.0..range.1];
            statements
                .sort_by(|a, b| iri_order(a.0, b.0).then_with(|| object(&a.1).cmp(object(&b.1))));
            statements.dedup_by(|a, b| a.0 == b.0 && object(&a.1) == object(&b.1));
            for (predicate, range) in statements.iter() {
                out.write_all(b"<")?;
                out.write_all(iri.as_bytes())?;
                out.write_all(b"> <")?;
                out.write_all(predicate.as_bytes())?;
                out.write_all(b"> ")?;
                out.write_all(object(range))?;
                if graph_in_lines {
                    out.write_all(b" <")?;
                    out.write_all(graph.as_str().as_bytes())?;
                    out.write_all(b">")?;
                }
                out.write_all(b" .\n")?;
            }
            Ok(())
        })
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
        s: &str,
        p: &str,
        o: &str,
        sentence: usize,
        rule: &str,
        polarity: Polarity,
    ) -> String {
        let mut h = Sha256::new();
        for part in [
            x.document_id.as_str(),
            s,
            p,
            o,
            &sentence.to_string(),
            rule,
            &format!("{polarity:?}"),
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let digest = h.finalize();
        let hex = hex::encode(&digest[..12]);
        format!("{}evidence/{hex}", self.base)
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
    fn subject(&self, emitter: &RdfEmitter, x: &Extraction, part: Part) -> Cow<'_, str> {
        match part {
            Part::Document => Cow::Borrowed(self.graph.as_str()),
            Part::Entity(e) => Cow::Borrowed(self.entity_iris[e].as_str()),
            Part::Mention(e, m) => {
                let chars = &x.entities[e].mentions[m].chars;
                Cow::Owned(self.mention_iri(chars.start, chars.end))
            }
            Part::Evidence(r, k) => {
                let relation = &x.relations[r];
                let evidence = &relation.evidence[k];
                Cow::Owned(self.evidence_iri(emitter, x, r, evidence.sentence, &evidence.rule))
            }
            Part::Omitted(r) => Cow::Owned(self.evidence_iri(emitter, x, r, usize::MAX, "omitted")),
        }
    }

    /// Calls `each` with every subject of the document's statements and the
    /// parts whose statements it is the subject of, in the order of the
    /// subjects' N-Triples text.
    fn for_each_subject<E>(
        &self,
        emitter: &RdfEmitter,
        x: &Extraction,
        mut each: impl FnMut(&str, &[Part]) -> Result<(), E>,
    ) -> Result<(), E> {
        // Statements come out in the order of their N-Triples text, which
        // starts with the subject: every subject is listed once with the
        // part of the extraction its statements come from, the subjects
        // are sorted, and each one's statements are made, sorted and
        // written in turn.
        let mut subjects: Vec<(Cow<'_, str>, Part)> = emitter
            .parts(x)
            .map(|part| (self.subject(emitter, x, part), part))
            .collect();
        subjects.sort_unstable_by(|a, b| iri_order(&a.0, &b.0).then(a.1.cmp(&b.1)));
        let mut parts = Vec::new();
        let mut start = 0;
        while start < subjects.len() {
            let iri = &subjects[start].0;
            // Several parts can share a subject (two entities whose labels
            // mint one slug): their statements are sorted together.
            parts.clear();
            parts.extend(
                subjects[start..]
                    .iter()
                    .take_while(|(other, _)| other == iri)
                    .map(|(_, part)| *part),
            );
            each(iri, &parts)?;
            start += parts.len();
        }
        Ok(())
    }

    fn mention_iri(&self, start: usize, end: usize) -> String {
        format!("{}/mention/{start}-{end}", self.graph.as_str())
    }

    fn evidence_iri(
        &self,
        emitter: &RdfEmitter,
        x: &Extraction,
        r: usize,
        sentence: usize,
        rule: &str,
    ) -> String {
        let relation = &x.relations[r];
        emitter.evidence_iri(
            x,
            self.entity_iris[relation.subject].as_str(),
            relation.property.as_str(),
            self.entity_iris[relation.object].as_str(),
            sentence,
            rule,
            relation.polarity,
        )
    }

    /// Hands the statements of `part` to `sink`.
    fn statements<'x>(&self, x: &'x Extraction, part: Part, sink: &mut impl StatementSink<'x>) {
        let names = &*NAMES;
        let graph = self.graph.as_str();
        let entity = |e: usize| Object::Iri(self.entity_iris[e].as_str());
        let mut add = |p: &'x str, o: Object<'_>| sink.add(p, o);
        match part {
            Part::Document => {
                add(rdf::TYPE.as_str(), Object::Iri(&names.source_document));
                add(&names.dc_source, Object::Plain(&x.source));
                add(&names.content_hash, Object::Plain(&x.document_id));
                if let Some(title) = &x.meta.title {
                    add(&names.dc_title, Object::Plain(title));
                }
                if let Some(date) = &x.meta.date {
                    add(&names.dc_date, Object::Typed(date, xsd::DATE));
                }
                if let Some(p) = x.publisher {
                    add(&names.dc_publisher, entity(p));
                }
                if let Some(p) = x.place {
                    add(&names.location_created, entity(p));
                }
            }
            Part::Entity(e) => {
                let entity_data = &x.entities[e];
                for class in std::iter::once(&entity_data.class).chain(&entity_data.superclasses) {
                    if let Ok(class) = NamedNodeRef::new(class.as_str()) {
                        add(rdf::TYPE.as_str(), Object::Iri(class.as_str()));
                    }
                }
                add(rdfs::LABEL.as_str(), Object::English(&entity_data.label));
                for alt in &entity_data.alt_labels {
                    add(&names.alt_label, Object::English(alt));
                }
                for honorific in &entity_data.honorifics {
                    add(&names.honorific, Object::English(honorific));
                }
                for demonym in &entity_data.demonyms {
                    add(&names.demonym, Object::English(demonym));
                }
                for same in &entity_data.same_as {
                    if let Ok(same) = NamedNodeRef::new(same.as_str()) {
                        add(&names.same_as, Object::Iri(same.as_str()));
                    }
                }
                for &r in &self.facts_of[e] {
                    let relation = &x.relations[r];
                    if relation.polarity == Polarity::Positive {
                        add(relation.property.as_str(), entity(relation.object));
                    }
                }
            }
            Part::Mention(e, m) => {
                let mention = &x.entities[e].mentions[m];
                add(rdf::TYPE.as_str(), Object::Iri(&names.mention));
                add(&names.mention_of, entity(e));
                add(&names.was_derived_from, Object::Iri(graph));
                add(&names.sentence_index, Object::Integer(mention.sentence));
                add(&names.start, Object::Integer(mention.chars.start));
                add(&names.end, Object::Integer(mention.chars.end));
                add(&names.surface, Object::Plain(&mention.surface));
            }
            Part::Evidence(r, k) => {
                let relation = &x.relations[r];
                let ev = &relation.evidence[k];
                add(rdf::TYPE.as_str(), Object::Iri(&names.evidence));
                add(rdf::TYPE.as_str(), Object::Iri(rdf::STATEMENT.as_str()));
                add(rdf::SUBJECT.as_str(), entity(relation.subject));
                add(rdf::PREDICATE.as_str(), Object::Iri(&relation.property));
                add(rdf::OBJECT.as_str(), entity(relation.object));
                add(&names.was_derived_from, Object::Iri(graph));
                if let Some(sentence) = x.sentences.get(ev.sentence) {
                    add(&names.quote, Object::Plain(&sentence.text));
                    add(&names.start, Object::Integer(sentence.chars.start));
                    add(&names.end, Object::Integer(sentence.chars.end));
                }
                add(&names.sentence_index, Object::Integer(ev.sentence));
                add(&names.trigger_start, Object::Integer(ev.chars.start));
                add(&names.trigger_end, Object::Integer(ev.chars.end));
                add(&names.rule, Object::Plain(&ev.rule));
                add(
                    &names.confidence,
                    Object::Typed(&format!("{:.2}", ev.confidence), xsd::DECIMAL),
                );
                add(
                    &names.polarity,
                    Object::Plain(polarity_name(relation.polarity)),
                );
                if let Some(modality) = &ev.modality {
                    add(&names.modality, Object::Plain(modality));
                }
                if let Some(a) = ev.attributed_to {
                    add(&names.attributed_to, entity(a));
                }
            }
            Part::Omitted(r) => {
                // The evidence left out by the extractor's limit: counted
                // on a node of its own, so a reader knows the quotes given
                // are not all there are.
                let relation = &x.relations[r];
                add(rdf::TYPE.as_str(), Object::Iri(&names.omitted_evidence));
                add(rdf::SUBJECT.as_str(), entity(relation.subject));
                add(rdf::PREDICATE.as_str(), Object::Iri(&relation.property));
                add(rdf::OBJECT.as_str(), entity(relation.object));
                add(&names.was_derived_from, Object::Iri(graph));
                add(
                    &names.polarity,
                    Object::Plain(polarity_name(relation.polarity)),
                );
                add(
                    &names.omitted_count,
                    Object::Integer(relation.evidence_omitted),
                );
            }
        }
    }
}

/// Defines [`Names`], the IRIs of the classes and properties the statements
/// use, made once from their namespaces.
macro_rules! names {
    ($($field:ident = $namespace:ident $local:literal,)*) => {
        /// The IRIs of the classes and properties the statements use.
        struct Names {
            $($field: String,)*
        }

        static NAMES: LazyLock<Names> = LazyLock::new(|| Names {
            $($field: format!("{}{}", $namespace, $local),)*
        });
    };
}

names! {
    source_document = KG "SourceDocument",
    content_hash = KG "contentHash",
    mention = KG "Mention",
    mention_of = KG "mentionOf",
    sentence_index = KG "sentenceIndex",
    start = KG "start",
    end = KG "end",
    surface = KG "surface",
    honorific = KG "honorific",
    demonym = KG "demonym",
    evidence = KG "Evidence",
    quote = KG "quote",
    trigger_start = KG "triggerStart",
    trigger_end = KG "triggerEnd",
    rule = KG "rule",
    confidence = KG "confidence",
    polarity = KG "polarity",
    modality = KG "modality",
    attributed_to = KG "attributedTo",
    omitted_evidence = KG "OmittedEvidence",
    omitted_count = KG "omittedCount",
    dc_source = DCTERMS "source",
    dc_title = DCTERMS "title",
    dc_date = DCTERMS "date",
    dc_publisher = DCTERMS "publisher",
    location_created = SCHEMA "locationCreated",
    alt_label = SKOS "altLabel",
    same_as = OWL "sameAs",
    was_derived_from = PROV "wasDerivedFrom",
}

/// The object of a statement as [`DocumentTerms::statements`] hands it
/// over: the sinks make an `oxrdf` term of it or write its N-Triples text.
#[derive(Debug, Clone, Copy)]
enum Object<'t> {
    Iri(&'t str),
    /// A simple literal (`xsd:string`).
    Plain(&'t str),
    /// A literal tagged `@en`.
    English(&'t str),
    /// An `xsd:integer`.
    Integer(usize),
    /// A literal of a datatype other than `xsd:string` (which would make
    /// it simple).
    Typed(&'t str, NamedNodeRef<'static>),
}

/// Where the statements of a subject go; `'p` is how long the predicates
/// live (the extraction's, or static).
trait StatementSink<'p> {
    fn add(&mut self, predicate: &'p str, object: Object<'_>);
}

/// Makes `oxrdf` triples of the statements.
struct TripleSink<'s> {
    subject: &'s NamedNode,
    triples: &'s mut Vec<Triple>,
}

impl<'p> StatementSink<'p> for TripleSink<'_> {
    fn add(&mut self, predicate: &'p str, object: Object<'_>) {
        let object: Term = match object {
            Object::Iri(iri) => NamedNode::new_unchecked(iri).into(),
            Object::Plain(value) => Literal::new_simple_literal(value).into(),
            Object::English(value) => {
                Literal::new_language_tagged_literal_unchecked(value, "en").into()
            }
            Object::Integer(n) => Literal::new_typed_literal(n.to_string(), xsd::INTEGER).into(),
            Object::Typed(value, datatype) => Literal::new_typed_literal(value, datatype).into(),
        };
        self.triples.push(Triple::new(
            self.subject.clone(),
            NamedNode::new_unchecked(predicate),
            object,
        ));
    }
}

/// The statements of one subject as text: each object's N-Triples form
/// written into one buffer, with its predicate and its place there.
#[derive(Default)]
struct LineSink<'p> {
    objects: String,
    statements: Vec<(&'p str, (usize, usize))>,
}

impl<'p> StatementSink<'p> for LineSink<'p> {
    fn add(&mut self, predicate: &'p str, object: Object<'_>) {
        let start = self.objects.len();
        write_object(&mut self.objects, object);
        self.statements
            .push((predicate, (start, self.objects.len())));
    }
}

/// Appends an object's N-Triples text, as `oxrdf`'s `Display` writes it.
fn write_object(out: &mut String, object: Object<'_>) {
    match object {
        Object::Iri(iri) => {
            out.push('<');
            out.push_str(iri);
            out.push('>');
        }
        Object::Plain(value) => write_quoted(out, value),
        Object::English(value) => {
            write_quoted(out, value);
            out.push_str("@en");
        }
        Object::Integer(n) => {
            out.push('"');
            let _ = write!(out, "{n}");
            out.push_str("\"^^<");
            out.push_str(xsd::INTEGER.as_str());
            out.push('>');
        }
        Object::Typed(value, datatype) => {
            write_quoted(out, value);
            out.push_str("^^<");
            out.push_str(datatype.as_str());
            out.push('>');
        }
    }
}

/// Appends a quoted N-Triples string with the escapes `oxrdf` uses
/// (`print_quoted_str`): the short forms for the common control
/// characters, `\uXXXX` for the other controls and the two noncharacters
/// U+FFFE and U+FFFF; everything else as it is.
fn write_quoted(out: &mut String, value: &str) {
    out.push('"');
    let plain = value
        .bytes()
        .all(|b| b >= 0x20 && b != 0x7F && b != b'"' && b != b'\\')
        && !value.contains(['\u{FFFE}', '\u{FFFF}']);
    if plain {
        out.push_str(value);
    } else {
        for c in value.chars() {
            match c {
                '\u{8}' => out.push_str("\\b"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\u{C}' => out.push_str("\\f"),
                '\r' => out.push_str("\\r"),
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
                    let _ = write!(out, "\\u{:04X}", u32::from(c));
                }
                _ => out.push(c),
            }
        }
    }
    out.push('"');
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

/// Turns the expanded JSON-LD Oxigraph writes (full IRIs everywhere, every
/// value an array of objects) into a compacted document: an `@context` with
/// kg's prefixes; every IRI that starts with one of them (property keys,
/// `@id` and `@type` values) written as a compact IRI (`kg:issues`);
/// `rdf:type` as `@type`; `xsd:string` literals as plain strings; a value
/// that is the only one of its property not in an array; and, when every
/// string literal has one language tag, that tag as the context's
/// `@language` and its literals as plain strings. Any JSON-LD processor
/// expands it back to the same statements. Keys come out sorted, so the
/// bytes are stable.
pub fn compact_json_ld(expanded: &[u8]) -> std::io::Result<Vec<u8>> {
    use serde_json::{Map, Value};
    let document: Value = serde_json::from_slice(expanded).map_err(std::io::Error::other)?;
    let graph = match document {
        Value::Object(mut map) => map.remove("@graph").unwrap_or(Value::Array(Vec::new())),
        array @ Value::Array(_) => array,
        other => other,
    };
    let mut languages = LiteralLanguages::default();
    languages.read(&graph);
    let language = languages.common();
    let mut context = Map::new();
    for (prefix, iri) in PREFIXES {
        context.insert((*prefix).to_owned(), Value::String((*iri).to_owned()));
    }
    if let Some(language) = &language {
        context.insert("@language".to_owned(), Value::String(language.clone()));
    }
    let compactor = JsonLdCompactor { language };
    let mut compacted = Map::new();
    compacted.insert("@context".to_owned(), Value::Object(context));
    compacted.insert("@graph".to_owned(), compactor.nodes(graph));
    let mut out =
        serde_json::to_vec_pretty(&Value::Object(compacted)).map_err(std::io::Error::other)?;
    out.push(b'\n');
    Ok(out)
}

/// The language tags of the string literals of an expanded document.
#[derive(Default)]
struct LiteralLanguages {
    tags: std::collections::BTreeSet<String>,
    /// Whether a literal without a tag (an `xsd:string`) was seen.
    untagged: bool,
}

impl LiteralLanguages {
    fn read(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.read(item)),
            Value::Object(map) if map.contains_key("@value") => {
                match map.get("@language").and_then(Value::as_str) {
                    Some(tag) => {
                        self.tags.insert(tag.to_owned());
                    }
                    None if !map.contains_key("@type") => self.untagged = true,
                    None => {}
                }
            }
            Value::Object(map) => map.values().for_each(|item| self.read(item)),
            _ => {}
        }
    }

    /// The one tag of every string literal, if they all have the same.
    fn common(&self) -> Option<String> {
        match (self.untagged, self.tags.len()) {
            (false, 1) => self.tags.first().cloned(),
            _ => None,
        }
    }
}

const RDF_TYPE_KEY: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// Compacts the nodes of an expanded document (see [`compact_json_ld`]).
struct JsonLdCompactor {
    /// The context's default language, if any.
    language: Option<String>,
}

impl JsonLdCompactor {
    /// A list of node objects (the top-level `@graph`, a named graph's).
    fn nodes(&self, nodes: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match nodes {
            Value::Array(items) => Value::Array(items.into_iter().map(|n| self.node(n)).collect()),
            other => self.node(other),
        }
    }

    /// One node object: its `@id`, its named graph, `rdf:type` IRIs as
    /// `@type`, its properties' values.
    fn node(&self, node: serde_json::Value) -> serde_json::Value {
        use serde_json::{Map, Value};
        let Value::Object(map) = node else {
            return node;
        };
        let mut out = Map::new();
        for (key, value) in map {
            match key.as_str() {
                "@id" => {
                    out.insert(key, compact_strings(value));
                }
                "@graph" => {
                    out.insert(key, self.nodes(value));
                }
                "@type" => {
                    out.insert(key, single(compact_strings(value)));
                }
                RDF_TYPE_KEY => {
                    // Types that are IRIs become `@type`; a blank node or
                    // literal object stays an rdf:type statement.
                    let (types, others): (Vec<Value>, Vec<Value>) =
                        as_items(value).into_iter().partition(|v| {
                            v.get("@id")
                                .and_then(Value::as_str)
                                .is_some_and(|id| !id.starts_with("_:"))
                                && v.as_object().is_some_and(|o| o.len() == 1)
                        });
                    if !types.is_empty() {
                        let ids = types
                            .into_iter()
                            .filter_map(|v| v.get("@id").and_then(Value::as_str).map(compact_iri))
                            .map(Value::String)
                            .collect();
                        out.insert("@type".to_owned(), single(Value::Array(ids)));
                    }
                    if !others.is_empty() {
                        let values = others.into_iter().map(|v| self.value(v)).collect();
                        out.insert(compact_iri(&key), single(Value::Array(values)));
                    }
                }
                _ if key.starts_with('@') => {
                    out.insert(key, value);
                }
                _ => {
                    let values = as_items(value).into_iter().map(|v| self.value(v)).collect();
                    out.insert(compact_iri(&key), single(Value::Array(values)));
                }
            }
        }
        Value::Object(out)
    }

    /// One value of a property: a node reference with a compact `@id`, a
    /// literal as a plain string where that reads back the same.
    fn value(&self, value: serde_json::Value) -> serde_json::Value {
        use serde_json::{Map, Value};
        let Value::Object(map) = value else {
            return value;
        };
        if !map.contains_key("@value") {
            return self.node(Value::Object(map));
        }
        let language = map.get("@language").and_then(Value::as_str);
        let plain = match (&self.language, language, map.contains_key("@type")) {
            // An xsd:string, with no default language to take.
            (None, None, false) => true,
            // A tagged literal in the default language.
            (Some(default), Some(tag), _) => default == tag,
            _ => false,
        };
        if plain && map.len() == 1 + usize::from(language.is_some()) {
            if let Some(text @ Value::String(_)) = map.get("@value") {
                return text.clone();
            }
        }
        let mut out = Map::new();
        for (key, value) in map {
            let value = if key == "@type" {
                compact_strings(value)
            } else {
                value
            };
            out.insert(key, value);
        }
        Value::Object(out)
    }
}

/// The items of a JSON-LD value: an array's, or the value alone.
fn as_items(value: serde_json::Value) -> Vec<serde_json::Value> {
    match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    }
}

/// A one-item array as its item (compacted JSON-LD drops such arrays).
fn single(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Array(mut items) if items.len() == 1 => items.remove(0),
        other => other,
    }
}

/// Compact IRIs for a string or the strings of an array (`@id`, `@type`).
fn compact_strings(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(text) => Value::String(compact_iri(&text)),
        Value::Array(items) => Value::Array(items.into_iter().map(compact_strings).collect()),
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
    fn a_bad_base_is_refused_and_keeps_the_iri_error() {
        let err = RdfEmitter::new("https://example.org/data").unwrap_err();
        assert!(matches!(err, RdfError::BaseWithoutSeparator { .. }));
        let err = RdfEmitter::new("not an iri/").unwrap_err();
        assert!(matches!(err, RdfError::InvalidBase { .. }));
        let source = std::error::Error::source(&err).expect("the IRI error is kept");
        assert!(source.is::<oxigraph::model::IriParseError>());
        assert!(err
            .to_string()
            .starts_with("invalid base IRI \"not an iri/\""));
    }

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
    fn lines_written_straight_are_the_serializers_bytes() {
        let emitter = RdfEmitter::new("https://example.org/kg/").unwrap();
        let ontology = crate::ontology::Ontology::builtin().unwrap();
        let extractor = crate::extract::Extractor::new(&ontology);
        // Quotes, backslashes, controls and a noncharacter in the source
        // name, the title and the sentences: every escape of a literal.
        let odd = crate::text::Document::from_text(
            "odd \"name\" \\ \u{1}\u{7f}\u{fffe}.txt",
            "The \"Harbour Council\" of Velmar met on Monday.\u{b}\n\n\
             The Ministry of Commerce \\ signed an agreement with Oakport\u{ffff} on \
             Tuesday.\tIt said\r the rules would start in May.",
        );
        for x in [long_extraction(), extractor.extract(&odd)] {
            let graph = emitter.document_iri(&x.document_id);
            let quads = emitter.quads(&x);
            for (format, with_graph) in [(RdfFormat::NTriples, false), (RdfFormat::NQuads, true)] {
                let expected = write_quads(&quads, format, Vec::new()).unwrap();
                let mut written = Vec::new();
                if with_graph {
                    emitter.write_nquads(&x, &graph, &mut written).unwrap();
                } else {
                    emitter.write_ntriples(&x, &graph, &mut written).unwrap();
                }
                assert_eq!(
                    String::from_utf8(written).unwrap(),
                    String::from_utf8(expected).unwrap()
                );
            }
        }
        let mut quoted = String::new();
        write_quoted(
            &mut quoted,
            "a\"b\\c\u{8}\t\n\u{c}\r\u{0}\u{1f}\u{7f}\u{fffe}\u{ffff}é",
        );
        let literal = Literal::new_simple_literal(
            "a\"b\\c\u{8}\t\n\u{c}\r\u{0}\u{1f}\u{7f}\u{fffe}\u{ffff}é",
        );
        assert_eq!(quoted, literal.to_string());
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
