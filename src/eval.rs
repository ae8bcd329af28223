//! Evaluation stage: score extracted RDF against a gold annotation file.
//!
//! It reads what the other stages wrote (triples), so it sits after
//! [`rdf`](crate::rdf) on the data path and depends on nothing but the
//! triples. The gold format and the matching rules are those of the
//! project's reference scorer (`eval/score.py` beside the repository), so
//! both give the same figures:
//!
//! * a relation is a triple whose predicate's local name (after the last `#`
//!   or `/`) is one of the relation kinds the gold file lists;
//! * an entity's names are its `rdfs:label`, `skos:prefLabel` and
//!   `skos:altLabel` literals, its types the local names of its `rdf:type`s;
//! * names match a gold alias after lower-casing, dropping a leading article
//!   and deleting punctuation; a goal matches when at least half of the
//!   content words of the longer of the two texts are shared;
//! * `cooperatesWith` is symmetric; a gold object `a|b` accepts either key;
//! * a fact is *found* when a gold `must` fact matches an extracted one, and
//!   *wrong* when an extracted one matches no `must` or `ok` fact.
//!
//! ```
//! use kgraph::eval::{GoldFile, score_document};
//! use oxigraph::model::{Literal, NamedNode, Triple, vocab::rdfs};
//!
//! let gold = GoldFile::from_json(br#"{"relations": ["memberOf"], "docs": {"d1": {
//!     "file": "d1.txt",
//!     "entities": {"fr": {"type": "Country", "aliases": ["France"]},
//!                  "eu": {"type": "Group", "aliases": ["European Union", "EU"]}},
//!     "must": [["fr", "memberOf", "eu"]]}}}"#).unwrap();
//! let node = |n: &str| NamedNode::new(format!("https://example.org/{n}")).unwrap();
//! let label = |n: &str, l: &str| Triple::new(node(n), rdfs::LABEL, Literal::new_simple_literal(l));
//! let triples = vec![
//!     label("a", "France"),
//!     label("b", "the EU"),
//!     Triple::new(node("a"), node("memberOf"), node("b")),
//! ];
//! let (id, doc) = &gold.docs[0];
//! let score = score_document(id, doc, &triples, &gold.relations);
//! assert_eq!((score.found, score.wrong), (1, 0));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use oxigraph::model::{Term, Triple};
use serde::{Deserialize, Serialize};

use crate::vocab::{RDF, RDFS, SKOS};

/// Relation kinds scored when a gold file does not list its own.
pub const DEFAULT_RELATIONS: [&str; 3] = ["issues", "cooperatesWith", "goalOf"];

/// Words left out when goal texts are compared.
const STOP_WORDS: [&str; 25] = [
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "by", "its", "their",
    "his", "her", "this", "that", "these", "those", "is", "are", "was", "were", "be",
];

/// For each gold type, the extracted classes (local names) that count as it;
/// a type not listed accepts only itself. This is the reference scorer's
/// table, kept identical so that both report the same entity typing.
const ACCEPTED_TYPES: &[(&str, &[&str])] = &[
    ("Country", &["Country"]),
    (
        "GovernmentBody",
        &[
            "GovernmentBody",
            "GovernmentOrganization",
            "GovernmentAgency",
            "Ministry",
        ],
    ),
    (
        "Organization",
        &[
            "Organization",
            "GovernmentBody",
            "GovernmentOrganization",
            "GovernmentAgency",
            "NewsAgency",
            "Company",
            "InternationalOrganization",
            "NewsMediaOrganization",
        ],
    ),
    (
        "Document",
        &[
            "Document",
            "Strategy",
            "PolicyDocument",
            "WhitePaper",
            "Regulation",
            "Guideline",
            "Rule",
            "Law",
            "Plan",
        ],
    ),
    (
        "Initiative",
        &["Initiative", "Programme", "Program", "Project"],
    ),
    (
        "CountryGroup",
        &["CountryGroup", "Group", "GroupOfCountries"],
    ),
    ("OrganizationGroup", &["OrganizationGroup", "Group"]),
    ("Group", &["Group", "CountryGroup", "OrganizationGroup"]),
    ("Person", &["Person"]),
    ("Agreement", &["Agreement", "Treaty", "Document"]),
    ("Activity", &["Activity", "Event"]),
    ("Position", &["Position"]),
    ("Company", &["Company", "Organization"]),
    (
        "Place",
        &[
            "Place",
            "City",
            "Country",
            "Region",
            "Continent",
            "AdministrativeArea",
        ],
    ),
];

/// A gold file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GoldError {
    /// Not JSON, or JSON of another shape (the message has line and column).
    #[error("not a gold file: {0}")]
    Json(#[from] serde_json::Error),
    /// A fact or `must_entities` entry names a key the document does not define.
    #[error("document {document}: {place} names {key:?}, which is neither an entity nor a goal of the document")]
    UnknownKey {
        document: String,
        place: String,
        key: String,
    },
}

/// A gold annotation file: the relation kinds it annotates and its
/// documents, in file order.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GoldFile {
    /// Relation kinds (predicate local names) that are scored.
    pub relations: BTreeSet<String>,
    /// Document id and annotation, in the order of the file.
    pub docs: Vec<(String, GoldDocument)>,
}

/// The annotation of one document.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct GoldDocument {
    /// The text's file name, relative to the folder of texts.
    pub file: String,
    /// Entity key → class and names.
    #[serde(default)]
    pub entities: BTreeMap<String, GoldEntity>,
    /// Goal key → the goal's text.
    #[serde(default)]
    pub goals: BTreeMap<String, String>,
    /// Facts the text states explicitly: each must be found.
    #[serde(default)]
    pub must: Vec<GoldFact>,
    /// Facts the text implies: extracting them is not wrong, missing them is fine.
    #[serde(default)]
    pub ok: Vec<GoldFact>,
    /// Entities that must be found (by name) and typed.
    #[serde(default)]
    pub must_entities: Vec<String>,
}

/// A gold entity: its class (local name) and every name the text uses for it.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub class: String,
    pub aliases: Vec<String>,
}

/// A gold fact `[subject, relation, object]`; subject and object are entity
/// or goal keys, `a|b` accepting either.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct GoldFact(pub String, pub String, pub String);

impl fmt::Display for GoldFact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.0, self.1, self.2)
    }
}

/// The raw shape of the file; documents are read in order by [`OrderedDocs`].
#[derive(Deserialize)]
struct RawGoldFile {
    #[serde(default)]
    relations: Option<Vec<String>>,
    docs: OrderedDocs,
}

/// Documents in the order the file lists them (a JSON object is a map, and
/// the report follows the author's order rather than a sorted one).
struct OrderedDocs(Vec<(String, GoldDocument)>);

impl<'de> Deserialize<'de> for OrderedDocs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = OrderedDocs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of document id → annotation")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<OrderedDocs, A::Error> {
                let mut docs = Vec::new();
                while let Some((id, doc)) = map.next_entry::<String, GoldDocument>()? {
                    docs.push((id, doc));
                }
                Ok(OrderedDocs(docs))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl GoldFile {
    /// Reads a gold file and checks that every fact names defined keys.
    pub fn from_json(bytes: &[u8]) -> Result<Self, GoldError> {
        let raw: RawGoldFile = serde_json::from_slice(bytes)?;
        let relations = match raw.relations {
            Some(kinds) => kinds.into_iter().collect(),
            None => DEFAULT_RELATIONS.iter().map(|k| k.to_string()).collect(),
        };
        let gold = GoldFile {
            relations,
            docs: raw.docs.0,
        };
        for (id, doc) in &gold.docs {
            doc.check_keys(id)?;
        }
        Ok(gold)
    }

    /// The number of `must` facts over all documents.
    pub fn must_count(&self) -> usize {
        self.docs.iter().map(|(_, d)| d.must.len()).sum()
    }
}

impl GoldDocument {
    fn check_keys(&self, id: &str) -> Result<(), GoldError> {
        let defined = |key: &str| self.entities.contains_key(key) || self.goals.contains_key(key);
        let unknown = |place: String, key: &str| GoldError::UnknownKey {
            document: id.to_string(),
            place,
            key: key.to_string(),
        };
        for (list, facts) in [("must", &self.must), ("ok", &self.ok)] {
            for fact in facts {
                for key in fact.0.split('|').chain(fact.2.split('|')) {
                    if !defined(key) {
                        return Err(unknown(format!("{list} fact [{fact}]"), key));
                    }
                }
            }
        }
        for key in &self.must_entities {
            if !self.entities.contains_key(key) {
                return Err(unknown("must_entities".to_string(), key));
            }
        }
        Ok(())
    }

    /// A readable name for a key: the entity's first alias or the goal text.
    pub fn describe(&self, key: &str) -> String {
        key.split('|')
            .map(|k| match (self.entities.get(k), self.goals.get(k)) {
                (_, Some(goal)) => format!("\"{goal}\""),
                (Some(entity), None) => match entity.aliases.first() {
                    Some(alias) => format!("\"{alias}\""),
                    None => k.to_string(),
                },
                (None, None) => k.to_string(),
            })
            .collect::<Vec<_>>()
            .join("|")
    }
}

/// Counts for one relation kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KindCounts {
    /// Gold `must` facts of this kind.
    pub must: usize,
    /// Of those, found.
    pub found: usize,
    /// Extracted facts of this kind.
    pub extracted: usize,
    /// Of those, matching no gold fact.
    pub wrong: usize,
}

impl KindCounts {
    fn add(&mut self, other: &KindCounts) {
        self.must += other.must;
        self.found += other.found;
        self.extracted += other.extracted;
        self.wrong += other.wrong;
    }

    /// Share of extracted facts that are right (0 when nothing was extracted).
    pub fn precision(&self) -> f64 {
        ratio(self.extracted - self.wrong, self.extracted)
    }

    /// Share of gold facts found (0 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.must)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// An extracted fact that matches no gold fact, by the names of its ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrongFact {
    pub subject: String,
    pub relation: String,
    pub object: String,
}

/// The score of one document.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct DocumentScore {
    pub id: String,
    /// Gold `must` facts.
    pub must: usize,
    /// Of those, found.
    pub found: usize,
    /// Distinct extracted facts of the scored kinds.
    pub extracted: usize,
    /// Of those, matching no gold fact.
    pub wrong: usize,
    /// Gold facts not found.
    pub missed: Vec<GoldFact>,
    /// Extracted facts matching no gold fact.
    pub wrong_facts: Vec<WrongFact>,
    /// Entities that must be found.
    pub entities: usize,
    /// Of those, found by name.
    pub entities_found: usize,
    /// Of those, found with an accepted class.
    pub entities_typed: usize,
    /// Entities not found by name.
    pub entities_missed: Vec<String>,
    /// Counts per relation kind.
    pub by_relation: BTreeMap<String, KindCounts>,
}

/// The score of a whole gold file.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// Counts per relation kind over all documents.
    pub by_relation: BTreeMap<String, KindCounts>,
    /// Counts over all kinds and documents.
    pub overall: KindCounts,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of the `must_entities` found by name.
    pub entity_recall: f64,
    /// Share of the `must_entities` found with an accepted class.
    pub entity_typed: f64,
    pub documents: Vec<DocumentScore>,
}

impl Report {
    /// Sums the documents' scores.
    pub fn new(documents: Vec<DocumentScore>) -> Self {
        let mut by_relation: BTreeMap<String, KindCounts> = BTreeMap::new();
        let (mut entities, mut found, mut typed) = (0, 0, 0);
        let mut overall = KindCounts::default();
        for doc in &documents {
            for (kind, counts) in &doc.by_relation {
                by_relation.entry(kind.clone()).or_default().add(counts);
            }
            overall.add(&KindCounts {
                must: doc.must,
                found: doc.found,
                extracted: doc.extracted,
                wrong: doc.wrong,
            });
            entities += doc.entities;
            found += doc.entities_found;
            typed += doc.entities_typed;
        }
        Report {
            by_relation,
            precision: overall.precision(),
            recall: overall.recall(),
            f1: overall.f1(),
            overall,
            entity_recall: ratio(found, entities),
            entity_typed: ratio(typed, entities),
            documents,
        }
    }
}

/// Words of a name as the reference scorer compares them: lower case, a
/// leading article dropped, punctuation deleted (not replaced by a space, so
/// "U.S." is "us").
pub fn normalise(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    let mut rest = lower.trim();
    for article in ["the", "a", "an"] {
        if let Some(after) = rest.strip_prefix(article) {
            if after.starts_with(char::is_whitespace) {
                rest = after.trim_start();
                break;
            }
        }
    }
    let kept: String = rest
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '_' || c.is_whitespace())
        .collect();
    kept.split_whitespace().map(str::to_string).collect()
}

fn content_words(text: &str) -> BTreeSet<String> {
    normalise(text)
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// The last segment of an IRI, after `#` or `/` (trailing ones ignored).
fn local_name(iri: &str) -> &str {
    let trimmed = iri.trim_end_matches(['#', '/']);
    trimmed.rsplit(['#', '/']).next().unwrap_or(trimmed)
}

/// What the triples say about the nodes: names and class local names.
struct NodeFacts {
    labels: BTreeMap<String, BTreeSet<String>>,
    types: BTreeMap<String, BTreeSet<String>>,
}

impl NodeFacts {
    fn new(triples: &[Triple]) -> Self {
        let label_predicates = [
            format!("{RDFS}label"),
            format!("{SKOS}prefLabel"),
            format!("{SKOS}altLabel"),
        ];
        let type_predicate = format!("{RDF}type");
        let mut labels: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for triple in triples {
            let predicate = triple.predicate.as_str();
            if label_predicates.iter().any(|p| p == predicate) {
                if let Term::Literal(literal) = &triple.object {
                    labels
                        .entry(triple.subject.to_string())
                        .or_default()
                        .insert(literal.value().to_string());
                }
            } else if predicate == type_predicate {
                if let Term::NamedNode(class) = &triple.object {
                    types
                        .entry(triple.subject.to_string())
                        .or_default()
                        .insert(local_name(class.as_str()).to_string());
                }
            }
        }
        NodeFacts { labels, types }
    }

    /// Whether the node (by its N-Triples form) is the gold entity or goal `key`.
    fn matches(&self, doc: &GoldDocument, node: &str, key: &str) -> bool {
        let Some(names) = self.labels.get(node) else {
            return false;
        };
        if let Some(goal) = doc.goals.get(key) {
            let goal = content_words(goal);
            return names.iter().any(|name| {
                let words = content_words(name);
                let shared = goal.intersection(&words).count();
                let longer = goal.len().max(words.len().max(1));
                shared as f64 / longer as f64 >= 0.5
            });
        }
        let Some(entity) = doc.entities.get(key) else {
            return false;
        };
        names.iter().any(|name| {
            let name = normalise(name).join(" ");
            entity
                .aliases
                .iter()
                .any(|alias| normalise(alias).join(" ") == name)
        })
    }

    fn matches_any(&self, doc: &GoldDocument, node: &str, keys: &str) -> bool {
        keys.split('|').any(|key| self.matches(doc, node, key))
    }

    /// A node's name for reports: its first label in sort order, or itself.
    fn name(&self, node: &str) -> String {
        self.labels
            .get(node)
            .and_then(|names| names.iter().next().cloned())
            .unwrap_or_else(|| node.to_string())
    }
}

/// Whether an extracted class (local name) counts as the gold class.
fn accepts(gold_class: &str, extracted: &str) -> bool {
    match ACCEPTED_TYPES.iter().find(|(gold, _)| *gold == gold_class) {
        Some((_, accepted)) => accepted.contains(&extracted),
        None => gold_class == extracted,
    }
}

/// An extracted fact in N-Triples forms: subject, relation kind, object.
type Fact = (String, String, String);

fn fact_matches(facts: &NodeFacts, doc: &GoldDocument, fact: &Fact, gold: &GoldFact) -> bool {
    let (subject, kind, object) = fact;
    if *kind != gold.1 {
        return false;
    }
    let oriented =
        |s: &str, o: &str| facts.matches_any(doc, s, &gold.0) && facts.matches_any(doc, o, &gold.2);
    oriented(subject, object) || (kind == "cooperatesWith" && oriented(object, subject))
}

/// Scores the triples extracted from one document against its annotation.
pub fn score_document(
    id: &str,
    doc: &GoldDocument,
    triples: &[Triple],
    relations: &BTreeSet<String>,
) -> DocumentScore {
    let nodes = NodeFacts::new(triples);
    let extracted: BTreeSet<Fact> = triples
        .iter()
        .filter_map(|t| {
            let kind = local_name(t.predicate.as_str());
            relations.contains(kind).then(|| {
                (
                    t.subject.to_string(),
                    kind.to_string(),
                    t.object.to_string(),
                )
            })
        })
        .collect();
    let found: Vec<&GoldFact> = doc
        .must
        .iter()
        .filter(|g| extracted.iter().any(|f| fact_matches(&nodes, doc, f, g)))
        .collect();
    let wrong: Vec<&Fact> = extracted
        .iter()
        .filter(|f| {
            !doc.must
                .iter()
                .chain(&doc.ok)
                .any(|g| fact_matches(&nodes, doc, f, g))
        })
        .collect();
    let (mut entities_found, mut entities_typed, mut entities_missed) = (0, 0, Vec::new());
    for key in &doc.must_entities {
        let named: Vec<&String> = nodes
            .labels
            .keys()
            .filter(|node| nodes.matches(doc, node, key))
            .collect();
        if named.is_empty() {
            entities_missed.push(key.clone());
            continue;
        }
        entities_found += 1;
        let class = &doc.entities[key].class;
        let typed = named.iter().any(|node| {
            nodes
                .types
                .get(*node)
                .is_some_and(|types| types.iter().any(|t| accepts(class, t)))
        });
        if typed {
            entities_typed += 1;
        }
    }
    let by_relation = relations
        .iter()
        .map(|kind| {
            let counts = KindCounts {
                must: doc.must.iter().filter(|g| g.1 == *kind).count(),
                found: found.iter().filter(|g| g.1 == *kind).count(),
                extracted: extracted.iter().filter(|f| f.1 == *kind).count(),
                wrong: wrong.iter().filter(|f| f.1 == *kind).count(),
            };
            (kind.clone(), counts)
        })
        .collect();
    DocumentScore {
        id: id.to_string(),
        must: doc.must.len(),
        found: found.len(),
        extracted: extracted.len(),
        wrong: wrong.len(),
        missed: doc
            .must
            .iter()
            .filter(|g| !found.contains(g))
            .cloned()
            .collect(),
        wrong_facts: wrong
            .iter()
            .map(|(s, kind, o)| WrongFact {
                subject: nodes.name(s),
                relation: kind.clone(),
                object: nodes.name(o),
            })
            .collect(),
        entities: doc.must_entities.len(),
        entities_found,
        entities_typed,
        entities_missed,
        by_relation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{vocab::rdf, vocab::rdfs, Literal, NamedNode};

    fn node(name: &str) -> NamedNode {
        NamedNode::new(format!("https://example.org/{name}")).unwrap()
    }

    fn label(name: &str, text: &str) -> Triple {
        Triple::new(node(name), rdfs::LABEL, Literal::new_simple_literal(text))
    }

    fn class(name: &str, class: &str) -> Triple {
        Triple::new(node(name), rdf::TYPE, node(&format!("ontology#{class}")))
    }

    fn fact(s: &str, kind: &str, o: &str) -> Triple {
        Triple::new(node(s), node(&format!("ontology#{kind}")), node(o))
    }

    const GOLD: &str = r#"{"relations": ["cooperatesWith", "goalOf", "signs"], "docs": {
        "second": {"file": "b.txt", "entities": {}, "must": []},
        "first": {"file": "a.txt",
          "entities": {
            "nl": {"type": "Country", "aliases": ["the Netherlands", "Holland"]},
            "cl": {"type": "Country", "aliases": ["Chile"]},
            "pact": {"type": "Agreement", "aliases": ["Green Hydrogen Pact"]},
            "plan": {"type": "Document", "aliases": ["Port Plan"]}},
          "goals": {"g1": "expand the export of green hydrogen"},
          "must": [["cl", "cooperatesWith", "nl"], ["g1", "goalOf", "pact|plan"],
                   ["nl", "signs", "pact"]],
          "ok": [["cl", "signs", "pact"]],
          "must_entities": ["nl", "cl", "plan"]}}}"#;

    #[test]
    fn documents_keep_the_order_of_the_file() {
        let gold = GoldFile::from_json(GOLD.as_bytes()).unwrap();
        let ids: Vec<&str> = gold.docs.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["second", "first"]);
        assert_eq!(gold.must_count(), 3);
    }

    #[test]
    fn symmetric_alternative_goal_and_ok_facts_score_as_the_reference_does() {
        let gold = GoldFile::from_json(GOLD.as_bytes()).unwrap();
        let (id, doc) = &gold.docs[1];
        let triples = vec![
            label("n", "Netherlands"),
            class("n", "Country"),
            label("c", "CHILE"),
            class("c", "Organization"),
            label("p", "the Port Plan"),
            label("g", "to expand green hydrogen exports quickly"),
            label("x", "Peru"),
            // reversed order still matches the symmetric relation
            fact("n", "cooperatesWith", "c"),
            // the goal shares "expand", "green", "hydrogen" of 4 and 5 words
            fact("g", "goalOf", "p"),
            // an `ok` fact is not wrong, though not required
            fact("c", "signs", "p"),
            fact("x", "cooperatesWith", "n"),
        ];
        let score = score_document(id, doc, &triples, &gold.relations);
        assert_eq!(score.found, 2, "missed: {:?}", score.missed);
        assert_eq!(
            score.missed,
            [GoldFact("nl".into(), "signs".into(), "pact".into())]
        );
        assert_eq!(score.extracted, 4);
        assert_eq!(score.wrong, 2, "{:?}", score.wrong_facts);
        assert_eq!(
            (score.entities_found, score.entities_typed),
            (3, 1),
            "Chile is typed Organization, the plan has no class"
        );
        let report = Report::new(vec![score]);
        assert_eq!(report.by_relation["cooperatesWith"].wrong, 1);
        assert!((report.precision - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_fact_naming_an_undefined_key_is_an_error() {
        let bad = r#"{"docs": {"d": {"file": "d.txt", "must": [["x", "issues", "y"]]}}}"#;
        let err = GoldFile::from_json(bad.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("\"x\""), "{err}");
    }

    #[test]
    fn names_are_compared_without_articles_case_or_punctuation() {
        assert_eq!(normalise("The U.S.–Japan  Pact"), ["usjapan", "pact"]);
        assert_eq!(normalise("An"), ["an"]);
        assert_eq!(local_name("https://x.org/onto#goalOf"), "goalOf");
        assert_eq!(local_name("https://x.org/onto/issues/"), "issues");
    }
}
