//! One test per English construction the extractor reads, on sentences
//! written for these tests. Each reads its text from a file and extracts it
//! in-process, through the library calls `kg extract` makes (read the
//! inputs, extract, emit RDF), so a construction test costs no process
//! start, ontology compile or model load of its own.

use std::collections::{BTreeMap, BTreeSet};

use std::sync::OnceLock;

use assert_cmd::Command;
use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::RdfEmitter;
use oxigraph::model::{Term, Triple};

const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const SKOS_ALT: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const KG: &str = "https://w3id.org/kgraph/ontology#";

/// The built-in ontology, compiled once for every test of the module.
fn extractor() -> &'static Extractor<'static> {
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    static EXTRACTOR: OnceLock<Extractor<'static>> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::new(ONTOLOGY.get_or_init(|| Ontology::builtin().expect("the built-in ontology")))
    })
}

/// RDF as `kg extract` writes it by default: kg's base IRI, full provenance.
fn emitter() -> &'static RdfEmitter {
    static EMITTER: OnceLock<RdfEmitter> = OnceLock::new();
    EMITTER.get_or_init(|| RdfEmitter::new(kgraph::vocab::DEFAULT_BASE).expect("a valid base IRI"))
}

/// The (subject, object) label pairs of `property` that the extraction of
/// `text` asserts.
pub(crate) fn facts_of(text: &str, property: &str) -> Vec<(String, String)> {
    Output::of(text)
        .facts()
        .into_iter()
        .filter(|(_, p, _)| p == property)
        .map(|(s, _, o)| (s, o))
        .collect()
}

/// The labels of the members of `group` the extraction of `text` states,
/// in label order.
pub(crate) fn members_of(text: &str, group: &str) -> Vec<String> {
    Output::of(text).subjects_of("memberOf", group)
}

/// The parsed output of one extraction.
pub(crate) struct Output {
    triples: Vec<Triple>,
    labels: BTreeMap<String, String>,
}

impl Output {
    pub(crate) fn of(text: &str) -> Output {
        Self::of_file("article.txt", text)
    }

    fn of_file(name: &str, text: &str) -> Output {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let mut triples = Vec::new();
        for item in kgraph::text::read_inputs(&[path]) {
            match item.expect("the input is readable") {
                kgraph::text::Input::Document(document) => {
                    let extraction = extractor().extract(&document);
                    triples.extend(emitter().quads(&extraction).into_iter().map(Triple::from));
                }
                kgraph::text::Input::Warning(warning) => panic!("{warning}"),
            }
        }
        Self::from_triples(triples)
    }

    fn from_triples(triples: Vec<Triple>) -> Output {
        let mut labels = BTreeMap::new();
        for t in &triples {
            if t.predicate.as_str() == RDFS_LABEL {
                if let Term::Literal(l) = &t.object {
                    labels.insert(t.subject.to_string(), l.value().to_owned());
                }
            }
        }
        Output { triples, labels }
    }

    fn label(&self, node: &str) -> String {
        self.labels
            .get(node)
            .cloned()
            .unwrap_or_else(|| node.to_owned())
    }

    /// The labels of what `property` relates to `object`, in label order
    /// (the signers of a document, the issuers of a plan).
    pub(crate) fn subjects_of(&self, property: &str, object: &str) -> Vec<String> {
        self.facts()
            .into_iter()
            .filter(|(_, p, o)| p == property && o == object)
            .map(|(s, _, _)| s)
            .collect()
    }

    /// The labels of what `subject` relates to by `property`, in label order
    /// (the offices a person holds).
    pub(crate) fn objects_of(&self, subject: &str, property: &str) -> Vec<String> {
        self.facts()
            .into_iter()
            .filter(|(s, p, _)| s == subject && p == property)
            .map(|(_, _, o)| o)
            .collect()
    }

    /// Asserted facts with a kg: predicate, as (subject label, property, object label).
    pub(crate) fn facts(&self) -> BTreeSet<(String, String, String)> {
        self.triples
            .iter()
            .filter(|t| {
                t.predicate.as_str().starts_with(KG) && matches!(t.object, Term::NamedNode(_))
            })
            .filter(|t| {
                self.labels.contains_key(&t.subject.to_string())
                    && self.labels.contains_key(&t.object.to_string())
            })
            .map(|t| {
                (
                    self.label(&t.subject.to_string()),
                    t.predicate.as_str()[KG.len()..].to_owned(),
                    self.label(&t.object.to_string()),
                )
            })
            .collect()
    }

    /// Whether `s p o` is asserted for some object whose label contains `part`.
    fn has_object_containing(&self, s: &str, p: &str, part: &str) -> bool {
        self.facts()
            .iter()
            .any(|(fs, fp, fo)| fs == s && fp == p && fo.contains(part))
    }

    /// Whether some fact is kept as negative evidence (`kg:polarity
    /// "negative"`), stated but not asserted.
    pub(crate) fn has_negative_evidence(&self) -> bool {
        self.triples.iter().any(|t| {
            t.predicate.as_str() == format!("{KG}polarity")
                && t.object.to_string() == "\"negative\""
        })
    }

    pub(crate) fn has(&self, s: &str, p: &str, o: &str) -> bool {
        let facts = self.facts();
        facts.contains(&(s.into(), p.into(), o.into()))
            || (p == "cooperatesWith" && facts.contains(&(o.into(), p.into(), s.into())))
    }

    /// The literal values of `kg:PROPERTY` on the entity labelled `label`
    /// ("honorific", "demonym").
    pub(crate) fn literals(&self, label: &str, property: &str) -> BTreeSet<String> {
        let predicate = format!("{KG}{property}");
        self.triples
            .iter()
            .filter(|t| {
                t.predicate.as_str() == predicate
                    && self.labels.get(&t.subject.to_string()).map(String::as_str) == Some(label)
            })
            .filter_map(|t| match &t.object {
                Term::Literal(l) => Some(l.value().to_owned()),
                _ => None,
            })
            .collect()
    }

    /// Every name (label or alias) of every entity, with its class local names.
    pub(crate) fn names(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for t in &self.triples {
            if t.predicate.as_str() == RDF_TYPE {
                let class = t.object.to_string();
                let local = class
                    .trim_matches(['<', '>'])
                    .rsplit(['#', '/'])
                    .next()
                    .unwrap_or("")
                    .to_owned();
                types
                    .entry(t.subject.to_string())
                    .or_default()
                    .insert(local);
            }
        }
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for t in &self.triples {
            if t.predicate.as_str() == RDFS_LABEL || t.predicate.as_str() == SKOS_ALT {
                if let Term::Literal(l) = &t.object {
                    out.entry(l.value().to_owned()).or_default().extend(
                        types
                            .get(&t.subject.to_string())
                            .cloned()
                            .unwrap_or_default(),
                    );
                }
            }
        }
        out
    }

    /// The labels (rdfs:label only) of the entities of a class, by its
    /// local name ("Person").
    pub(crate) fn labels_of_class(&self, class: &str) -> BTreeSet<String> {
        let class = format!("{KG}{class}");
        self.triples
            .iter()
            .filter(|t| {
                t.predicate.as_str() == RDF_TYPE
                    && matches!(&t.object, Term::NamedNode(n) if n.as_str() == class)
            })
            .filter_map(|t| self.labels.get(&t.subject.to_string()).cloned())
            .collect()
    }

    fn entity_iri(&self, label: &str) -> Option<String> {
        self.labels
            .iter()
            .find(|(_, l)| l.as_str() == label)
            .map(|(iri, _)| iri.clone())
    }

    pub(crate) fn goals_of(&self, owner: &str) -> BTreeSet<String> {
        self.facts()
            .into_iter()
            .filter(|(_, p, o)| p == "goalOf" && o == owner)
            .map(|(s, _, _)| s)
            .collect()
    }
}

#[test]
fn active_voice_with_gazetteer_body() {
    let out = Output::of(
        "The Ministry of Commerce issued new export guidelines on rare earth metals on Friday.",
    );
    assert!(
        out.has(
            "Ministry of Commerce",
            "issues",
            "new export guidelines on rare earth metals"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn passive_voice_with_a_list_of_issuers() {
    let out = Output::of(
        "The Global Data Security Strategy was published by the Ministry of Finance, the People's Bank of China and the National Health Commission.",
    );
    for issuer in [
        "Ministry of Finance",
        "People's Bank of China",
        "National Health Commission",
    ] {
        assert!(
            out.has(issuer, "issues", "Global Data Security Strategy"),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn reduced_relative_clause() {
    let out = Output::of("Analysts praised a white paper released by the State Council Information Office last week.");
    let facts = out.facts();
    assert!(
        facts
            .iter()
            .any(|(s, p, _)| s == "State Council Information Office" && p == "issues"),
        "{facts:?}"
    );
}

/// Announcing, finalising, setting out or tabling a document issues it,
/// like publishing it (issue 14's trigger list); a reporting use of the
/// same verb ("announced that ...") names no document.
#[test]
fn announcing_finalising_or_tabling_a_document_issues_it() {
    for (text, issuer, document) in [
        (
            "The Ministry of Transport announced a Road Safety Strategy on Tuesday.",
            "Ministry of Transport",
            "Road Safety Strategy",
        ),
        (
            "The Department of Energy has finalised the Grid Resilience Plan.",
            "Department of Energy",
            "Grid Resilience Plan",
        ),
        (
            "The Treasury set out a Fiscal Sustainability Framework in March.",
            "Treasury",
            "Fiscal Sustainability Framework",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.has(issuer, "issues", document),
            "{text}: {:?}",
            out.facts()
        );
    }
    let out = Output::of("The Ministry of Transport announced that the bridge will reopen in May.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn headline_form_without_articles() {
    let out = Output::of("Ministry of Education releases guideline on school safety\n\nThe guideline covers every primary school in the country.");
    assert!(
        out.has(
            "Ministry of Education",
            "issues",
            "guideline on school safety"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn cooperation_verb_with_preposition_and_modality() {
    let out = Output::of("Kenya will work with the African Union to improve disease surveillance.");
    assert!(
        out.has("Kenya", "cooperatesWith", "African Union"),
        "{:?}",
        out.facts()
    );
    let modality = out.triples.iter().any(|t| {
        t.predicate.as_str() == format!("{KG}modality") && t.object.to_string() == "\"will\""
    });
    assert!(modality, "the modality is recorded on the evidence");
}

#[test]
fn nominal_cooperation_with_groups() {
    // A group the text delimits (here by its article) is a partner; a bare
    // plural ("with developing countries") names a kind of partner, no
    // party (relations::generic_groups).
    let out = Output::of(
        "Brazil will deepen its cooperation with the developing countries in agriculture.",
    );
    assert!(
        out.has("Brazil", "cooperatesWith", "developing countries"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn groups_along_an_initiative() {
    let out = Output::of(
        "Indonesia would carry out joint research with countries along the Belt and Road.",
    );
    assert!(
        out.has(
            "Indonesia",
            "cooperatesWith",
            "countries along the Belt and Road"
        ),
        "{:?}",
        out.facts()
    );
    let names = out.names();
    assert!(
        names
            .keys()
            .any(|n| n.contains("Belt and Road") && names[n].contains("Initiative")),
        "{names:?}"
    );
}

#[test]
fn negation_blocks_the_fact() {
    let out = Output::of("Japan did not sign the agreement on fishing quotas. Japan never cooperated with the Arctic Council.");
    assert!(
        out.facts()
            .iter()
            .all(|(_, p, _)| p != "signs" && p != "cooperatesWith"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has_negative_evidence(),
        "a denied fact is kept as negative evidence"
    );
}

#[test]
fn colon_list_of_goals_with_attribution_trimmed() {
    let out = Output::of(
        "The National Water Strategy was issued by the Ministry of Water Resources. The goals of the strategy are: cleaner rivers in every province; safer drinking water for rural households; and fewer floods in river basins, according to the strategy.",
    );
    let goals = out.goals_of("National Water Strategy");
    assert_eq!(
        goals,
        BTreeSet::from([
            "cleaner rivers in every province".to_owned(),
            "safer drinking water for rural households".to_owned(),
            "fewer floods in river basins".to_owned()
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn purpose_clause_of_an_initiative() {
    let out =
        Output::of("The Clean Seas Initiative aims to remove plastic waste from coastal waters.");
    assert!(
        out.goals_of("Clean Seas Initiative")
            .contains("remove plastic waste from coastal waters"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn purpose_adjunct_belongs_to_the_sentence_subject() {
    // The goal is the country's, not the strategy's: no goal for the document.
    let out = Output::of(
        "Chile released its strategy on ocean data yesterday, aiming for a cleaner coastline.",
    );
    assert!(
        out.facts().iter().all(|(_, p, _)| p != "goalOf"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Chile", "issues", "strategy on ocean data"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn definite_descriptions_resolve_to_the_latest_compatible_antecedent() {
    let out = Output::of(
        "Vietnam adopted the Coastal Protection Plan on Monday. The plan was drafted by the Ministry of Natural Resources and Environment. The country supported the plan.",
    );
    assert!(
        out.has(
            "Ministry of Natural Resources and Environment",
            "issues",
            "Coastal Protection Plan"
        ) || out
            .facts()
            .iter()
            .any(|(_, p, o)| p == "issues" && o == "Coastal Protection Plan"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Vietnam", "supports", "Coastal Protection Plan"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_subject_pronoun_of_a_reported_clause_stands_for_the_reporting_subject() {
    // "they" for a coordinated subject, "it" for one body.
    let out = Output::of(
        "Water plan\n\nChile and Peru announced they have finalised the Andean Water Plan.\n\nThe Ministry of Trade said it has adopted the National Export Strategy.",
    );
    for (issuer, document) in [
        ("Chile", "Andean Water Plan"),
        ("Peru", "Andean Water Plan"),
        ("Ministry of Trade", "National Export Strategy"),
    ] {
        assert!(out.has(issuer, "issues", document), "{:?}", out.facts());
    }
    // A pronoun that does not agree with the reporting subject is not it:
    // a person is not "it", two countries are not "it", one is not "they".
    let out = Output::of(
        "Fisheries\n\nThe minister Ada Quist said it has adopted the Coastal Fisheries Strategy.\n\nChile and Peru said it has adopted the Pacific Fisheries Strategy.\n\nChile said they have adopted the Southern Fisheries Strategy.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "issues"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_possessive_on_the_object_stands_for_the_subject() {
    let out =
        Output::of("Fisheries\n\nChile and Peru strengthened their cooperation on fisheries.");
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    // One subject does not make a pair.
    let out = Output::of("Fisheries\n\nChile strengthened its cooperation on fisheries.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_colon_list_names_what_a_plural_noun_counts() {
    let out = Output::of(
        "Harbours\n\nThe Port Authority signed agreements for cooperation with the harbour boards of three of its towns: the Valdivia Harbour Board, the Osorno Harbour Board and the Castro Harbour Board.",
    );
    for partner in [
        "Valdivia Harbour Board",
        "Osorno Harbour Board",
        "Castro Harbour Board",
    ] {
        assert!(
            out.has("Port Authority", "cooperatesWith", partner),
            "{:?}",
            out.facts()
        );
    }
}

#[test]
fn acronym_defined_in_parentheses_becomes_an_alias() {
    let out = Output::of("The Coastal Fisheries Commission (CFC) met in Lima. Peru will work with the CFC on quotas.");
    assert!(out.names().contains_key("CFC"), "{:?}", out.names());
    assert!(
        out.has("Peru", "cooperatesWith", "Coastal Fisheries Commission"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn titled_person_and_surname_and_reported_speech() {
    let out = Output::of(
        "Foreign Minister Wang Yi met reporters in Beijing. Thailand will cooperate with China on rail safety, Wang said.",
    );
    let names = out.names();
    assert!(
        names.get("Wang Yi").is_some_and(|t| t.contains("Person")),
        "{names:?}"
    );
    assert!(
        names.get("Wang").is_some_and(|t| t.contains("Person")),
        "the surname is an alias: {names:?}"
    );
    let attributed = out
        .triples
        .iter()
        .any(|t| t.predicate.as_str() == format!("{KG}attributedTo"));
    assert!(attributed, "the fact is attributed to the speaker");
}

#[test]
fn navigation_lines_do_not_become_entities() {
    let out = Output::of(
        "Home | World | Business | Ministry of Fun\nFollow us\nHome >> China >> Article\n\nThe Ministry of Commerce issued a plan on trade fairs last week, officials said.",
    );
    assert!(
        out.entity_iri("Ministry of Fun").is_none(),
        "{:?}",
        out.names()
    );
    assert!(out.entity_iri("Ministry of Commerce").is_some());
}

#[test]
fn untitled_documents_of_two_articles_are_not_merged() {
    let a = Output::of_file("a.txt", "The Ministry of Commerce released the white paper on Monday.\n\nThe white paper was praised.");
    let b = Output::of_file("b.txt", "The Ministry of Finance released a white paper on taxes.\n\nThe white paper was criticised.");
    let docs_a: BTreeSet<String> = a
        .facts()
        .into_iter()
        .filter(|f| f.1 == "issues")
        .map(|f| a.entity_iri(&f.2).unwrap())
        .collect();
    let docs_b: BTreeSet<String> = b
        .facts()
        .into_iter()
        .filter(|f| f.1 == "issues")
        .map(|f| b.entity_iri(&f.2).unwrap())
        .collect();
    assert!(docs_a.is_disjoint(&docs_b), "{docs_a:?} {docs_b:?}");
}

#[test]
fn named_entities_share_one_iri_across_documents() {
    let a = Output::of_file(
        "a.txt",
        "The Arctic Fisheries Strategy was issued by the Ministry of Commerce.",
    );
    let b = Output::of_file(
        "b.txt",
        "Norway will cooperate with the Ministry of Commerce under the Arctic Fisheries Strategy.",
    );
    assert_eq!(
        a.entity_iri("Arctic Fisheries Strategy"),
        b.entity_iri("Arctic Fisheries Strategy")
    );
    assert_eq!(
        a.entity_iri("Ministry of Commerce"),
        b.entity_iri("Ministry of Commerce")
    );
}

#[test]
fn domain_and_range_block_ill_typed_facts() {
    // A document does not cooperate: the subject is outside the domain.
    let out = Output::of("The Trade Strategy cooperated with the Ministry of Commerce.");
    assert!(
        out.facts().iter().all(|(_, p, _)| p != "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn output_is_deterministic() {
    let text = std::fs::read_to_string(
        crate::common::repo_root().join("examples/articles/digital_trade_strategy.txt"),
    )
    .unwrap();
    let run = || {
        Command::cargo_bin("kg")
            .unwrap()
            .args(["extract", "-", "--format", "turtle"])
            .write_stdin(text.clone())
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn time_adjuncts_between_subject_and_verb() {
    for sentence in [
        "The Ministry of Commerce on Tuesday released the Harbour Data Plan.",
        "The Ministry of Commerce last week issued the Harbour Data Plan.",
        "The Ministry of Commerce in 2024 issued the Harbour Data Plan.",
        "The Ministry of Commerce on June 3 published the Harbour Data Plan.",
    ] {
        let out = Output::of(sentence);
        assert!(
            out.has("Ministry of Commerce", "issues", "Harbour Data Plan"),
            "{sentence}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_known_name_opening_a_longer_name_gives_way() {
    let out = Output::of(
        "Survey ships of the United States Navy crossed the Pacific Ocean last spring. \
         The plan was drafted by the Ministry of Natural Resources and Environment.",
    );
    let names = out.names();
    for name in [
        "United States Navy",
        "Pacific Ocean",
        "Ministry of Natural Resources and Environment",
    ] {
        assert!(names.contains_key(name), "{name}: {names:?}");
    }
    assert!(
        !names.contains_key("Ministry of Natural Resources"),
        "{names:?}"
    );
}

#[test]
fn names_introduced_as_people() {
    let out = Output::of(
        "Tavita Oloa (born 1961) is a boat builder from the coast. \
         Rangi Whetu is a retired diplomat who lives in the capital. \
         The Harbour Fund, a venture capital firm, declined to comment.",
    );
    let names = out.names();
    for person in ["Tavita Oloa", "Rangi Whetu"] {
        assert!(
            names
                .get(person)
                .is_some_and(|c| c.iter().any(|c| c.ends_with("Person"))),
            "{person}: {names:?}"
        );
    }
    assert!(!names.contains_key("venture capital firm"), "{names:?}");
}

#[test]
fn a_known_body_of_another_country_is_that_countrys_body() {
    let out = Output::of(
        "The white paper released by the Ministry of Transport of Malaysia last year called for closer partnership with regional ports.",
    );
    let names = out.names();
    assert!(
        names.contains_key("Ministry of Transport of Malaysia"),
        "{names:?}"
    );
    assert!(!names.contains_key("Ministry of Transport"), "{names:?}");
}

/// The subjects labelled `label`, as IRIs.
fn subjects_labelled(out: &Output, label: &str) -> BTreeSet<String> {
    out.triples
        .iter()
        .filter(|t| t.predicate.as_str() == RDFS_LABEL)
        .filter(|t| matches!(&t.object, Term::Literal(l) if l.value() == label))
        .map(|t| t.subject.to_string())
        .collect()
}

/// Regression: a ministry's generic name linked to the one state body the
/// gazetteer lists under it (China's), in texts that never name China.
#[test]
fn a_known_body_in_a_text_that_never_names_its_country_is_not_the_gazetteers() {
    let text = |opening: &str| {
        format!(
            "Reading plan\n\n{opening} Ministry of Education published a new plan to improve reading in rural schools."
        )
    };
    let out = Output::of(&text("The"));
    let bodies = subjects_labelled(&out, "Ministry of Education");
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    assert!(bodies.iter().all(|b| !b.contains("china")), "{bodies:?}");
    assert!(has_class(&out, "Ministry of Education", "GovernmentBody"));
    assert!(
        out.has("Ministry of Education", "issues", "new plan"),
        "{:?}",
        out.facts()
    );
    // Named with its country, by name or adjective, it is that country's.
    for opening in ["China's", "The Chinese"] {
        let out = Output::of(&text(opening));
        let bodies = subjects_labelled(&out, "Ministry of Education");
        assert!(
            bodies.iter().any(|b| b.contains("china")),
            "{opening}: {bodies:?}"
        );
    }
}

/// Whether `name` was found with a class whose local name is `class`.
fn has_class(out: &Output, name: &str, class: &str) -> bool {
    out.names().get(name).is_some_and(|c| c.contains(class))
}

#[test]
fn names_without_cues_get_a_class_from_the_name_tagger() {
    let out = Output::of(
        "The terminal is run by Kestrel Dynamics, a shipping company. \
         He was born in Tamberlin, a small town on the coast. \
         The talks took place in Vrelsk last week.",
    );
    let names = out.names();
    assert!(
        has_class(&out, "Kestrel Dynamics", "Organization"),
        "{names:?}"
    );
    assert!(has_class(&out, "Tamberlin", "Place"), "{names:?}");
    assert!(has_class(&out, "Vrelsk", "Place"), "{names:?}");
}

#[test]
fn names_joined_by_and_are_two_names() {
    let out = Output::of("The accord was later signed by Oren Vashti and Mirela Quon.");
    let names = out.names();
    assert!(has_class(&out, "Oren Vashti", "Person"), "{names:?}");
    assert!(
        !names.keys().any(|n| n.contains(" and ")),
        "one name across 'and': {names:?}"
    );
}

#[test]
fn a_person_name_ending_in_a_place_name_is_a_person() {
    let out = Output::of("William Washington, who chairs the port board, welcomed the deal.");
    let names = out.names();
    assert!(has_class(&out, "William Washington", "Person"), "{names:?}");
    assert!(!names.contains_key("Washington"), "{names:?}");
}

#[test]
fn a_name_does_not_run_on_across_in() {
    let out = Output::of("She taught at Lakefield College School in Lakefield, Ontario.");
    let names = out.names();
    assert!(
        has_class(&out, "Lakefield College School", "Organization"),
        "{names:?}"
    );
    assert!(has_class(&out, "Lakefield", "Place"), "{names:?}");
}

// Constructions read from the dependency parse (frames in
// ontology/lexicon/frames.ttl).

#[test]
fn coordinated_verbs_share_their_coordinated_subjects() {
    let out =
        Output::of("Peru and Chile met in Lima on Tuesday and signed a new fisheries agreement.");
    for signer in ["Peru", "Chile"] {
        assert!(
            out.has_object_containing(signer, "signs", "fisheries agreement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_controlled_verb_takes_its_controllers_subject() {
    let out = Output::of(
        "Norway and Iceland agreed yesterday to sign a joint agreement on Arctic shipping.",
    );
    for signer in ["Norway", "Iceland"] {
        assert!(
            out.has_object_containing(signer, "signs", "agreement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_relative_clause_reads_its_pronoun_as_the_noun_it_modifies() {
    let out = Output::of(
        "Parliament debated the Ministry of Health, which published a national strategy on mental health in May.",
    );
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, o)| s == "Ministry of Health" && p == "issues" && o.contains("strategy")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_participle_after_its_noun_with_coordinated_agents() {
    let out = Output::of(
        "Traders welcomed the customs agreement signed by Ghana, Togo and Benin in March.",
    );
    for signer in ["Ghana", "Togo", "Benin"] {
        assert!(
            out.has_object_containing(signer, "signs", "agreement"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn membership_across_a_relative_clause() {
    let out = Output::of(
        "Kenya, which joined the East African Community in 2000, is also a member of the African Union.",
    );
    for group in ["East African Community", "African Union"] {
        assert!(
            out.facts()
                .iter()
                .any(|(s, p, o)| s == "Kenya" && p == "memberOf" && o == group),
            "{group}: {:?}",
            out.facts()
        );
    }
}

/// `kg parse` shows the parse and the mentions extraction works from.
fn parse_output(text: &str, format: &str) -> String {
    String::from_utf8(run_on_file(
        &["parse", "--format", format],
        "note.txt",
        text,
    ))
    .unwrap()
}

/// Runs kg with `args` on a file holding `text`; its stdout (the command must succeed).
fn run_on_file(args: &[&str], name: &str, text: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let out = Command::cargo_bin("kg")
        .unwrap()
        .args(args)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "kg {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn kg_parse_prints_conllu_with_mentions_and_offsets() {
    let conllu = parse_output(
        "Ghana signed the regional customs accord in Accra on Monday.\n\nTogo welcomed the customs accord a day later.",
        "conllu",
    );
    let words: Vec<Vec<&str>> = conllu
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(words.iter().all(|w| w.len() == 10), "{conllu}");
    assert_eq!(conllu.matches("# text = ").count(), 2, "{conllu}");
    let signed = words.iter().find(|w| w[1] == "signed").unwrap();
    assert_eq!(
        (signed[2], signed[3], signed[6], signed[7]),
        ("sign", "VERB", "0", "root")
    );
    let ghana = words.iter().find(|w| w[1] == "Ghana").unwrap();
    assert_eq!((ghana[6], ghana[7]), ("2", "nsubj"));
    assert!(
        ghana[9].starts_with("Entity=B-Country|Offset=0:5"),
        "{}",
        ghana[9]
    );
    let togo = words.iter().find(|w| w[1] == "Togo").unwrap();
    assert!(
        togo[9].contains("Offset=62:66"),
        "character offsets into the text: {}",
        togo[9]
    );
}

#[test]
fn kg_parse_json_has_one_object_per_document() {
    let json = parse_output(
        "Kenya joined the African Union in the summer of 1963, after independence.",
        "json",
    );
    let doc: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    let sentence = &doc["sentences"][0];
    assert_eq!(sentence["tokens"][1]["lemma"], "join");
    let entities: Vec<&str> = sentence["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert!(
        entities.contains(&"Kenya") && entities.contains(&"African Union"),
        "{entities:?}"
    );
}

#[test]
fn purpose_clause_of_a_signed_agreement_splits_coordinated_goals() {
    let out = Output::of(
        "Norway and Chile signed a fisheries agreement on Monday to protect coastal fish stocks and expand joint research on salmon.",
    );
    let goals = out.goals_of("fisheries agreement");
    assert!(
        goals.contains("protect coastal fish stocks")
            && goals.contains("expand joint research on salmon"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn future_clause_of_a_document_named_by_a_definite_description() {
    let out = Output::of(
        "Peru and Chile signed a fisheries agreement on Monday.\n\nThe Agreement builds on the 2015 Lima Accord and will protect coastal fish stocks and promote the use of better nets.",
    );
    let goals = out.goals_of("fisheries agreement");
    assert!(
        goals.contains("protect coastal fish stocks")
            && goals.contains("promote the use of better nets"),
        "{:?}",
        out.facts()
    );
    assert!(out.goals_of("Lima Accord").is_empty(), "{:?}", out.facts());
}

#[test]
fn goal_noun_with_a_copula_belongs_to_the_document_spoken_of() {
    let out = Output::of(
        "The Ministry of Water Resources published the Rural Water Strategy on Tuesday. The aim is to bring clean water to every village by 2030.",
    );
    assert!(
        out.goals_of("Rural Water Strategy")
            .iter()
            .any(|g| g.starts_with("bring clean water to every village")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn enabling_verbs_give_their_complement_as_the_goal() {
    let out = Output::of(
        "Kenya and Ghana signed a seed trade agreement. The agreement will allow farmers to sell certified seed across the border.",
    );
    let goals = out.goals_of("seed trade agreement");
    assert!(
        goals.contains("sell certified seed across the border"),
        "{:?}",
        out.facts()
    );
    assert!(
        goals.iter().all(|g| !g.starts_with("allow")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn clauses_that_are_not_purposes_give_no_goal() {
    // A passive future says what is done to the plan; "for X to V" says what
    // others are to do; "enter into force" is no aim.
    let out = Output::of(
        "The Ministry of Water Resources adopted the Coastal Flood Plan. The Coastal Flood Plan will be reviewed every year. The Coastal Flood Plan sets out guidelines for local councils to follow. The Coastal Flood Plan will enter into force in May.",
    );
    assert!(
        out.goals_of("Coastal Flood Plan").is_empty(),
        "{:?}",
        out.facts()
    );
}

/// Regression (issue 18): a country written only as an adjective was
/// labelled by the adjective ("German"); its label is the gazetteer's name.
/// The adjective is a word for the country, not a name of it: it is stated
/// as the country's `kg:demonym`, never as a label (issue 13).
#[test]
fn a_country_named_only_by_its_adjective_keeps_its_gazetteer_label() {
    let out = Output::of(
        "German engineers and American investors toured a solar farm near the coast on Monday.",
    );
    let labels: BTreeSet<&str> = out.labels.values().map(String::as_str).collect();
    for country in ["Germany", "United States"] {
        assert!(labels.contains(country), "{country}: {labels:?}");
    }
    let names = out.names();
    for (adjective, country) in [("German", "Germany"), ("American", "United States")] {
        assert!(!names.contains_key(adjective), "{adjective}: {names:?}");
        assert!(
            out.literals(country, "demonym").contains(adjective),
            "{country}: {:?}",
            out.literals(country, "demonym")
        );
    }
}

#[test]
fn demonyms_resolve_to_their_country_and_are_never_places_of_their_own() {
    let out = Output::of("Iranian negotiators met German diplomats in Vienna on Tuesday.");
    let names = out.names();
    // The adjective points at the country's one entity, labelled by the
    // country's name; no place of its own is minted for it.
    for (demonym, country) in [("Iranian", "Iran"), ("German", "Germany")] {
        let iri = out.entity_iri(country);
        assert!(
            iri.as_deref()
                .is_some_and(|i| i.ends_with(&format!("/{}>", country.to_lowercase()))),
            "{country} → {iri:?}; {names:?}"
        );
        assert!(!names.contains_key(demonym), "{names:?}");
        assert!(
            out.literals(country, "demonym").contains(demonym),
            "{names:?}"
        );
        assert_eq!(
            out.triples
                .iter()
                .filter(|t| t.predicate.as_str() == RDF_TYPE
                    && t.object.to_string().ends_with("#Country>"))
                .count(),
            2,
            "one country entity each: {names:?}"
        );
    }
}

/// Issue 13: an honorific is not part of a name: the label leaves it out,
/// and it is stated on its own (`kg:honorific`). The name as written with it
/// is another name of a person the text never names without it (see
/// extract_parties and extract_ner40).
#[test]
fn honorifics_are_not_part_of_a_name() {
    let out = Output::of(
        "Mrs Halvorsen welcomed H.E. Tomasz Wielgosz to the summit, \
         and Dr. Amara Nwosu opened the session. Dr Nwosu thanked the hosts.",
    );
    let names = out.names();
    for person in ["Halvorsen", "Tomasz Wielgosz", "Amara Nwosu"] {
        assert!(has_class(&out, person, "Person"), "{person}: {names:?}");
    }
    let labels: Vec<&String> = out.labels.values().collect();
    assert!(
        !labels
            .iter()
            .any(|n| n.starts_with("Mrs") || n.starts_with("H.E") || n.starts_with("Dr")),
        "{labels:?}"
    );
    for (person, honorific) in [
        ("Halvorsen", "Mrs"),
        ("Tomasz Wielgosz", "H.E."),
        ("Amara Nwosu", "Dr"),
    ] {
        assert_eq!(
            out.literals(person, "honorific"),
            BTreeSet::from([honorific.to_owned()]),
            "{person}"
        );
    }
    // After an office, too ("Foreign Minister Dr Nwosu").
    let out = Output::of("Kestria's Foreign Minister Dr Nwosu visited Lagos on Monday.");
    assert!(has_class(&out, "Nwosu", "Person"), "{:?}", out.names());
    assert_eq!(
        out.literals("Nwosu", "honorific"),
        BTreeSet::from(["Dr".to_owned()])
    );
}

#[test]
fn capitalised_common_words_are_not_entities() {
    let out = Output::of(
        "Health officials said the ministry would act soon. \
         Nor did the agency publish its Data figures for the year.",
    );
    let names = out.names();
    for word in ["Health", "Nor", "Data"] {
        assert!(!names.contains_key(word), "{word}: {names:?}");
    }
}

#[test]
fn a_title_word_inside_a_title_is_not_a_person() {
    let out = Output::of(
        "The Director General of the agency will visit Lagos. \
         The Secretary General did not comment. \
         Director General Ines Varga met officials on Monday.",
    );
    let names = out.names();
    assert!(has_class(&out, "Ines Varga", "Person"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|(n, c)| n.contains("General") && c.contains("Person")),
        "{names:?}"
    );
}

#[test]
fn a_name_made_of_a_place_and_a_head_word_is_one_organisation() {
    let out = Output::of(
        "Researchers at the Leiden University Libraries digitised the maps. \
         The Leiden University Libraries lent them to a museum in Utrecht.",
    );
    let names = out.names();
    assert!(
        names.contains_key("Leiden University Libraries"),
        "{names:?}"
    );
    assert!(!names.contains_key("Leiden"), "{names:?}");
    assert!(!names.contains_key("University Libraries"), "{names:?}");
}

#[test]
fn a_name_neither_starts_nor_ends_with_a_lowercase_word() {
    let out = Output::of(
        "The appeal was argued by Marguerite T. Olander on behalf of the council. \
         Olander later spoke about the history of Tavrin.",
    );
    let names = out.names();
    assert!(
        !names
            .keys()
            .any(|n| n.starts_with("of ") || n.ends_with(" on") || n.starts_with("on ")),
        "{names:?}"
    );
}

#[test]
fn position_with_a_portfolio_before_a_name() {
    let out = Output::of(
        "Minister for Energy and Mines Maria Keller visited the new wind farm near Oslo on Monday.",
    );
    assert!(
        out.has(
            "Maria Keller",
            "holdsPosition",
            "Minister for Energy and Mines"
        ),
        "{:?}",
        out.facts()
    );
    // The portfolio is part of the office, not an organisation of its own.
    let names = out.names();
    assert!(
        !names.contains_key("Energy and Mines") && !names.contains_key("Mines"),
        "{names:?}"
    );
}

#[test]
fn positions_in_apposition_on_either_side_of_the_name() {
    let out = Output::of(
        "Norway's Ambassador to Chile, Tomas Brandt, met Ana Ruiz, Minister of Fisheries, in Valparaiso.",
    );
    let facts = out.facts();
    assert!(
        out.has("Tomas Brandt", "holdsPosition", "Ambassador to Chile"),
        "{facts:?}"
    );
    assert!(
        out.has("Ana Ruiz", "holdsPosition", "Minister of Fisheries"),
        "{facts:?}"
    );
}

#[test]
fn position_with_a_listed_portfolio_and_a_country_modifier() {
    let out = Output::of(
        "Chilean Deputy Foreign Minister Ana Ruiz and the Secretary for Trade, Industry and Tourism, Senator Paul Weber, spoke in Santiago.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Ana Ruiz",
            "holdsPosition",
            "Chilean Deputy Foreign Minister"
        ),
        "{facts:?}"
    );
    // The office is also named without the country in front of it.
    assert!(
        out.names().contains_key("Deputy Foreign Minister"),
        "{:?}",
        out.names()
    );
    assert!(
        out.has(
            "Paul Weber",
            "holdsPosition",
            "Secretary for Trade, Industry and Tourism"
        ),
        "{facts:?}"
    );
}

#[test]
fn coordinated_positions_after_a_copula_share_their_holder() {
    let out = Output::of(
        "Laura Stein is Director of Planning for the National Water Board and Deputy Press Secretary.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Laura Stein",
            "holdsPosition",
            "Director of Planning for the National Water Board"
        ),
        "{facts:?}"
    );
    assert!(
        out.has("Laura Stein", "holdsPosition", "Deputy Press Secretary"),
        "{facts:?}"
    );
}

#[test]
fn a_title_before_two_joined_people_is_not_a_modifier_of_the_next() {
    let out =
        Output::of("Prime Minister Ana Ruiz and President Paul Weber opened the summit in Lima.");
    let facts = out.facts();
    assert!(
        out.has("Paul Weber", "holdsPosition", "President"),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|(_, p, o)| p == "holdsPosition" && o.contains(" and ")),
        "{facts:?}"
    );
}

#[test]
fn a_pair_of_parties_before_a_joint_noun_cooperates() {
    let out = Output::of("Officials praised the Chile-Peru trade agreement on Monday.");
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
    let out = Output::of("The Norway–Iceland dialogue on fisheries resumed in May.");
    assert!(
        out.has("Norway", "cooperatesWith", "Iceland"),
        "{:?}",
        out.facts()
    );
    // A hyphenated pair before no joint noun states nothing.
    let out = Output::of("Chile-Peru flights were cancelled because of the storm.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_agreement_between_two_parties() {
    let out = Output::of(
        "Ministers reviewed the memorandum between Norway and Iceland on fishing quotas.",
    );
    assert!(
        out.has("Norway", "cooperatesWith", "Iceland"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_signers_cooperate_and_each_signs() {
    let out = Output::of("Chile and Argentina signed the Border Crossing Treaty in Santiago.");
    let facts = out.facts();
    assert!(out.has("Chile", "cooperatesWith", "Argentina"), "{facts:?}");
    assert!(
        out.has("Chile", "signs", "Border Crossing Treaty")
            && out.has("Argentina", "signs", "Border Crossing Treaty"),
        "{facts:?}"
    );
    // People signing together act for their governments.
    let out = Output::of("Ana Ruiz and Paul Weber signed the Border Crossing Treaty.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn gerund_goal_list_after_a_cue_splits_into_one_goal_per_clause() {
    let out = Output::of(
        "The Coastal Resilience Plan focuses on restoring tidal wetlands, widening river channels and training local rescue teams, including volunteers from fishing villages.",
    );
    assert_eq!(
        out.goals_of("Coastal Resilience Plan"),
        BTreeSet::from([
            "restoring tidal wetlands".to_owned(),
            "widening river channels".to_owned(),
            "training local rescue teams".to_owned(),
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn bulleted_gerund_goals_after_a_colon_belong_to_the_document_of_the_lead_sentence() {
    let out = Output::of(
        "Ports Cooperation Accord\n\nThe Ports Cooperation Accord was signed in Valdoria on Monday.\n\nUnder the Ports Cooperation Accord, the two port authorities are working together by:\n\n  • modernising cargo cranes at both terminals\n  • sharing customs data, including cargo manifests; and\n  • training dock workers in safety procedures.\n\nThe authorities met again in June.",
    );
    assert_eq!(
        out.goals_of("Ports Cooperation Accord"),
        BTreeSet::from([
            "modernising cargo cranes at both terminals".to_owned(),
            "sharing customs data".to_owned(),
            "training dock workers in safety procedures".to_owned(),
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn goal_noun_followed_by_gerund_clauses_states_goals_of_the_last_document() {
    let out = Output::of(
        "The Ministry of Health published the National Nutrition Strategy on Friday. The four targets look at reducing child obesity, expanding school meals and ensuring that every clinic offers dietary advice.",
    );
    assert_eq!(
        out.goals_of("National Nutrition Strategy"),
        BTreeSet::from([
            "reducing child obesity".to_owned(),
            "expanding school meals".to_owned(),
            "ensuring that every clinic offers dietary advice".to_owned(),
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn gerunds_without_a_goal_cue_are_no_goals() {
    let out = Output::of(
        "The National Soil Report was published on Tuesday. The report is based on interviewing farmers and sampling fields across the region.",
    );
    assert!(
        out.goals_of("National Soil Report").is_empty(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_signers_with_titles_set_off_by_commas() {
    let out = Output::of(
        "Deputy Minister Ada Quist and Kestria's Secretary of Energy, Bo Lind, also today signed a Memorandum of Understanding on offshore wind.",
    );
    assert!(
        out.has("Ada Quist", "signs", "Memorandum of Understanding"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Bo Lind", "signs", "Memorandum of Understanding"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn passive_signers_after_titles_and_the_party_they_act_for() {
    let out = Output::of(
        "Norland and Kestria agreed a Memorandum of Understanding on river transport in May. The MOU was signed by Transport Minister Ada Quist for Norland, and Minister of Finance, Bo Lind.",
    );
    let facts = out.facts();
    assert!(
        out.has("Ada Quist", "signs", "Memorandum of Understanding"),
        "{facts:?}"
    );
    assert!(
        out.has("Bo Lind", "signs", "Memorandum of Understanding"),
        "{facts:?}"
    );
    // The passive names a document and its signers, not two cooperating parties.
    assert!(
        !facts
            .iter()
            .any(|(s, p, o)| p == "cooperatesWith" && (s == "MOU" || o == "MOU")),
        "{facts:?}"
    );
}

#[test]
fn titled_names_run_over_name_particles() {
    let out = Output::of(
        "On Monday, in Brazil, Trade Minister Inês da Rocha e Prado and Finance Minister Jorn van der Holt signed the Harbour Accord.",
    );
    let facts = out.facts();
    for signer in ["Inês da Rocha e Prado", "Jorn van der Holt"] {
        assert!(
            out.has(signer, "signs", "Harbour Accord"),
            "{signer}: {facts:?}"
        );
    }
    assert!(
        out.has("Inês da Rocha e Prado", "holdsPosition", "Trade Minister"),
        "{facts:?}"
    );
    // A place set off by a comma before the signers is no signer.
    assert!(!out.has("Brazil", "signs", "Harbour Accord"), "{facts:?}");
}

#[test]
fn a_headline_verb_ends_a_titled_name() {
    let out = Output::of(
        "Energy Minister Quist Signs Wind Accord With Norland\n\nEnergy Minister Ada Quist signed the Wind Accord on Friday.",
    );
    let names = out.names();
    assert!(!names.keys().any(|n| n.contains("Signs")), "{names:?}");
}

#[test]
fn a_sentence_opening_preposition_is_not_part_of_a_title() {
    let out = Output::of(
        "During Foreign Minister Ada Quist's visit to Norland, the two sides agreed to meet again.",
    );
    let facts = out.facts();
    assert!(
        out.has("Ada Quist", "holdsPosition", "Foreign Minister"),
        "{facts:?}"
    );
    assert!(
        !facts.iter().any(|(_, _, o)| o.starts_with("During")),
        "{facts:?}"
    );
}

#[test]
fn an_agreement_named_with_its_parties() {
    let out = Output::of(
        "Ministers signed the Fisheries Agreement between Chile and the Republic of Korea in June. The Fisheries Agreement will open both markets to small fleets.",
    );
    let names = out.names();
    assert!(
        names.contains_key("Fisheries Agreement between Chile and the Republic of Korea"),
        "{names:?}"
    );
}

#[test]
fn a_dateline_after_a_long_headline_without_a_full_stop() {
    let out = Output::of(
        "Transport Department Sets Out Its Long Term Priorities for Ports, Shipping Lanes and the Coastal Freight Network\n\nLONDON - The Department for Transport today published the National Ports Strategy. The strategy covers every major port.",
    );
    assert!(
        out.has(
            "Department for Transport",
            "issues",
            "National Ports Strategy"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.names().keys().any(|n| n.starts_with("LONDON")),
        "{:?}",
        out.names()
    );
}

#[test]
fn a_goal_ends_before_an_including_clause() {
    let out = Output::of(
        "The Harbour Renewal Plan was published on Monday. The Harbour Renewal Plan will expand port capacity, including new berths, cranes and rail sidings.",
    );
    let goals = out.goals_of("Harbour Renewal Plan");
    assert!(goals.contains("expand port capacity"), "{goals:?}");
}

#[test]
fn a_headline_verb_between_two_names() {
    let out = Output::of(
        "Ministry of Trade Releases Harbour Strategy for Coastal Freight\n\nThe strategy sets out how goods will move along the coast.",
    );
    let names = out.names();
    assert!(!names.keys().any(|n| n.contains("Releases")), "{names:?}");
    assert!(
        out.has_object_containing("Ministry of Trade", "issues", "Harbour Strategy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_joint_communique_issued_by_two_countries() {
    let out = Output::of(
        "At the end of their talks Chile and Peru issued a joint communiqué on fisheries and ports.",
    );
    for country in ["Chile", "Peru"] {
        assert!(
            out.has_object_containing(country, "issues", "communiqué"),
            "{country}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_stop_name_inside_a_headed_name() {
    let out = Output::of(
        "The ministry published the National Strategy for Countering Fraud and Other Financial Crimes on Monday.",
    );
    let names = out.names();
    assert!(
        names.contains_key("National Strategy for Countering Fraud and Other Financial Crimes"),
        "{names:?}"
    );
}

#[test]
fn members_named_after_a_compound_noun() {
    let out =
        Output::of("As NATO members, Norway and Canada agreed to share more training grounds.");
    for member in ["Norway", "Canada"] {
        assert!(
            out.has(member, "memberOf", "NATO"),
            "{member}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_plural_headline_verb_after_coordinated_names() {
    let out = Output::of(
        "Chile and Peru Sign Coastal Fisheries Agreement\n\nThe agreement covers the small fleets of both coasts and sets common rules for catches, landings and the inspection of boats in each other's ports.",
    );
    for party in ["Chile", "Peru"] {
        assert!(
            out.has(party, "signs", "Coastal Fisheries Agreement"),
            "{party}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_name_before_a_lowercase_document_head_titles_the_document() {
    let out = Output::of(
        "The council adopted the Harbourline 2040 strategy in March. The strategy aims to cut river pollution and expand ferry links.",
    );
    let facts = out.facts();
    let names = out.names();
    assert!(
        names
            .get("Harbourline 2040 strategy")
            .is_some_and(|classes| classes.contains("Document")),
        "{names:?}"
    );
    assert!(
        out.has_object_containing("cut river pollution", "goalOf", "Harbourline 2040 strategy"),
        "{facts:?}"
    );
}

#[test]
fn a_country_before_a_document_head_stays_the_owner() {
    let out = Output::of("Kestria published the Kestria strategy on Monday to widen trade.");
    let names = out.names();
    assert!(!names.contains_key("Kestria strategy"), "{names:?}");
}

#[test]
fn the_possessor_of_a_published_document_issues_it() {
    let out = Output::of(
        "The new port levy follows the Maritime Authority's coastal freight action plan published in June, which set out stricter limits.",
    );
    let facts = out.facts();
    assert!(
        out.has(
            "Maritime Authority",
            "issues",
            "coastal freight action plan"
        ),
        "{facts:?}"
    );
}

#[test]
fn infinitives_after_a_goal_noun_and_a_colon_are_goals_of_its_owner() {
    // The goal noun is the object of the document's verb: "X sets out N targets: to …".
    let out = Output::of(
        "The Ministry of Lakes published the Inland Waters Strategy in June. The strategy sets out four targets: to restore wetlands along the river, to test every well twice a year and to train local wardens.",
    );
    assert_eq!(
        out.goals_of("Inland Waters Strategy"),
        BTreeSet::from([
            "restore wetlands along the river".to_owned(),
            "test every well twice a year".to_owned(),
            "train local wardens".to_owned(),
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_noun_with_a_copula_lists_infinitives_one_goal_each_without_their_marker() {
    let out = Output::of(
        "The ministry adopted the Rural Roads Plan. Its main aims are to pave village roads, to repair old bridges and to cut travel times.",
    );
    assert_eq!(
        out.goals_of("Rural Roads Plan"),
        BTreeSet::from([
            "pave village roads".to_owned(),
            "repair old bridges".to_owned(),
            "cut travel times".to_owned(),
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_apposition_saying_someone_is_a_member_states_membership() {
    let out = Output::of(
        "Chile, a founding member of the Pacific Alliance, signed the Ocean Data Accord. Rosa Medina, a member of the Green Party, opposed it.",
    );
    assert!(
        out.has("Chile", "memberOf", "Pacific Alliance"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Rosa Medina", "memberOf", "Green Party"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_lone_head_word_after_the_refers_back_to_the_body_named_in_full() {
    let out = Output::of(
        "The Coastal Shipping Commission met in Lisbon. The Commission then adopted the Harbour Safety Code.",
    );
    assert!(
        out.has(
            "Coastal Shipping Commission",
            "issues",
            "Harbour Safety Code"
        ),
        "{:?}",
        out.facts()
    );
    assert!(out.entity_iri("Commission").is_none(), "{:?}", out.facts());
}

#[test]
fn a_lone_head_word_with_nothing_to_refer_to_stays_in_its_document() {
    let out = Output::of("The Commission adopted the Harbour Safety Code on Monday.");
    let iri = out
        .entity_iri("Commission")
        .expect("the Commission is an entity of this document");
    assert!(iri.contains("/local/"), "{iri}");
}

#[test]
fn an_office_in_apposition_after_an_article_or_owner_is_held_by_the_name_before() {
    let out = Output::of(
        "Lena Vik, the Minister of Fisheries, opened the port. Omar Said, Kestria's Minister of Water, visited the dam.",
    );
    assert!(
        out.has("Lena Vik", "holdsPosition", "Minister of Fisheries"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Omar Said", "holdsPosition", "Minister of Water"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_position_is_tied_to_the_country_or_body_whose_office_it_is() {
    let out = Output::of(
        "Chile's Trade Minister Rosa Medina met Peru's Trade Minister Hugo Salas in Lima. Ana Ruiz, President of the European Commission, and Ada Quist, Ambassador to Japan, joined them.",
    );
    let facts = out.facts();
    assert!(
        out.has("Trade Minister", "positionOf", "Chile"),
        "{facts:?}"
    );
    assert!(out.has("Trade Minister", "positionOf", "Peru"), "{facts:?}");
    assert!(
        out.has(
            "President of the European Commission",
            "positionOf",
            "European Commission"
        ),
        "{facts:?}"
    );
    // An ambassador serves in Japan; the office is not Japan's.
    assert!(
        !facts
            .iter()
            .any(|(s, p, _)| s == "Ambassador to Japan" && p == "positionOf"),
        "{facts:?}"
    );
    // Two countries' trade ministers are two offices, whatever their label.
    let offices: BTreeSet<&String> = facts
        .iter()
        .filter(|(s, p, _)| (s == "Rosa Medina" || s == "Hugo Salas") && p == "holdsPosition")
        .map(|(_, _, o)| o)
        .collect();
    assert_eq!(
        offices.len(),
        1,
        "both are labelled Trade Minister: {facts:?}"
    );
    let iris: BTreeSet<String> = out
        .triples
        .iter()
        .filter(|t| t.predicate.as_str().ends_with("#holdsPosition"))
        .map(|t| t.object.to_string())
        .collect();
    assert_eq!(iris.len(), 4, "{iris:?}");
}

#[test]
fn an_adjective_leading_an_office_names_its_country() {
    let out = Output::of("Norwegian Foreign Minister Ada Quist arrived on Monday.");
    assert!(
        out.has("Norwegian Foreign Minister", "positionOf", "Norway"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn signing_a_document_with_a_party_hung_from_the_document_still_names_both_parties() {
    // The parser may hang "with Y" from the object (or from its "of" noun)
    // rather than from the verb; both readings name the same parties.
    for text in [
        "Ghana signed an MoU with Togo on Friday.",
        "Ghana signed a memorandum of understanding with Togo on Friday.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Ghana", "cooperatesWith", "Togo"),
            "{text}: {:?}",
            out.facts()
        );
        let signers: BTreeSet<String> = out
            .facts()
            .into_iter()
            .filter(|(_, p, _)| p == "signs")
            .map(|(s, _, _)| s)
            .collect();
        assert_eq!(
            signers,
            BTreeSet::from(["Ghana".to_owned(), "Togo".to_owned()]),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_person_signing_with_a_country_is_no_party_to_a_cooperation() {
    let out = Output::of(
        "Ada Quist, Parliamentary Secretary to the Minister of Trade, signed an MoU with Jordan on Monday.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, o)| p == "cooperatesWith" && (s == "Ada Quist" || o == "Ada Quist")),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_place_joined_to_a_lowercase_word_is_no_part_of_the_name_after_it() {
    let out = Output::of(
        "The Lagos-based Centre for Coastal Studies signed the Mangrove Accord with the University of Ghana.",
    );
    assert!(
        out.entity_iri("Centre for Coastal Studies").is_some(),
        "{:?}",
        out.facts()
    );
    assert!(
        out.entity_iri("Lagos-based Centre for Coastal Studies")
            .is_none(),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_office_led_by_an_adjective_belongs_to_its_country_not_to_a_name_run_on_from_it() {
    // Regression: the rules also read "Russian Education" as a place here,
    // and the office went to that instead of Russia.
    let out = Output::of(
        "U.S. Education Secretary Ann Lee and Russian Education and Science Minister Ivan Orlov today signed the Memorandum of Understanding on student exchanges.",
    );
    let owners: BTreeSet<String> = out
        .facts()
        .into_iter()
        .filter(|(s, p, _)| p == "positionOf" && s.starts_with("Russian"))
        .map(|(_, _, o)| o)
        .collect();
    assert_eq!(
        owners,
        BTreeSet::from(["Russia".to_owned()]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_description_in_apposition_to_a_name_is_the_named_document() {
    let out = Output::of(
        "Chile and Peru on Tuesday launched the Andean River Strategy, a plan to share river data and to build flood defences.",
    );
    assert_eq!(
        out.goals_of("Andean River Strategy"),
        BTreeSet::from([
            "share river data".to_owned(),
            "build flood defences".to_owned()
        ]),
        "{:?}",
        out.facts()
    );
    assert!(out.entity_iri("plan").is_none(), "{:?}", out.facts());
}

#[test]
fn a_description_going_on_into_a_list_is_no_apposition() {
    let out = Output::of(
        "The Ministry of Ports published the Coastal Safety Code, a white paper and a harbour plan on Monday.",
    );
    for document in ["Coastal Safety Code", "white paper", "harbour plan"] {
        assert!(
            out.has("Ministry of Ports", "issues", document),
            "{document}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_named_partnership_is_an_initiative_its_signers_do_not_cooperate_with() {
    let out = Output::of(
        "Trade Minister Ola Berg and Farm Minister Tove Lund signed the Coastal Fisheries \
         Partnership in Bergen on Friday.",
    );
    assert!(
        has_class(&out, "Coastal Fisheries Partnership", "Initiative"),
        "{:?}",
        out.facts()
    );
    // What two parties sign is not a third party they cooperate with.
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn launching_an_initiative_issues_it() {
    let out = Output::of(
        "The Government of Norland is launching the Warm Homes Initiative to help families \
         insulate their houses.",
    );
    assert!(
        out.has("Government of Norland", "issues", "Warm Homes Initiative"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_goal_noun_spelt_as_a_verb_opens_no_goal_list() {
    let out = Output::of(
        "The Ministry of Health has unveiled a National Cancer Strategy that aims to cut \
         waiting times and improve early diagnosis.",
    );
    let goals: BTreeSet<String> = out
        .facts()
        .into_iter()
        .filter(|(_, p, _)| p == "goalOf")
        .map(|(g, _, _)| g)
        .collect();
    assert_eq!(
        goals,
        BTreeSet::from([
            "cut waiting times".to_owned(),
            "improve early diagnosis".to_owned()
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_sentence_opening_participle_with_its_agent_describes_the_subject() {
    let out = Output::of(
        "Published by the Ministry of Transport on Monday, the National Cycling Strategy sets \
         out new targets.",
    );
    assert!(
        out.has(
            "Ministry of Transport",
            "issues",
            "National Cycling Strategy"
        ),
        "{:?}",
        out.facts()
    );
    let out = Output::of("The Rail Strategy was drawn up by the Department for Transport.");
    assert!(
        out.has("Department for Transport", "issues", "Rail Strategy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_description_does_not_run_over_a_verb() {
    let out = Output::of("The report recommends measures to cut costs.");
    let labels: Vec<&String> = out.labels.values().collect();
    assert!(
        !labels.iter().any(|l| l.contains("recommends")),
        "{labels:?}"
    );
}

#[test]
fn what_a_clause_set_under_a_document_will_do_are_its_goals() {
    let out = Output::of(
        "Norway and Iceland signed the Fisheries Accord in Oslo on Monday.\n\n\
         Under the accord, the two countries will share catch data and set up joint patrols.",
    );
    let goals: BTreeSet<String> = out
        .facts()
        .into_iter()
        .filter(|(_, p, o)| p == "goalOf" && o == "Fisheries Accord")
        .map(|(g, _, _)| g)
        .collect();
    assert_eq!(
        goals,
        BTreeSet::from([
            "share catch data".to_owned(),
            "set up joint patrols".to_owned()
        ]),
        "{:?}",
        out.facts()
    );
}

#[test]
fn the_two_ministers_are_the_last_two_people_named() {
    let out = Output::of(
        "Trade Minister Ola Berg met his Icelandic counterpart, Foreign Minister Siv Arnadottir, \
         in Oslo.\n\nThe two ministers signed the Fisheries Accord on Monday.",
    );
    assert!(
        out.has("Ola Berg", "signs", "Fisheries Accord")
            && out.has("Siv Arnadottir", "signs", "Fisheries Accord"),
        "{:?}",
        out.facts()
    );
    // Modifiers may stand between the pair word and the noun.
    let out = Output::of(
        "Prime Minister Ana Ruiz met President Tomas Berg in Lima.\n\n\
         The two prime ministers signed the Andes Water Accord.",
    );
    assert!(
        out.has("Ana Ruiz", "signs", "Andes Water Accord")
            && out.has("Tomas Berg", "signs", "Andes Water Accord"),
        "{:?}",
        out.facts()
    );
    // "Two ministers" without a determiner refers to no one named before.
    let out = Output::of(
        "Trade Minister Ola Berg met Foreign Minister Siv Arnadottir in Oslo.\n\n\
         Two ministers signed the Fisheries Accord on Monday.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_pair_phrase_alone_may_be_the_parties_of_a_cooperation_verb() {
    // The sentence names no one itself: the pair stands for the two
    // countries named before.
    for sentence in [
        "The two countries will cooperate on fisheries.",
        "Both countries agreed to work together on port security.",
    ] {
        let out = Output::of(&format!(
            "Talks in Lima\n\nThe foreign ministers of Chile and Peru met in Lima on Monday.\n\n{sentence}"
        ));
        assert!(
            out.has("Chile", "cooperatesWith", "Peru"),
            "{sentence}: {:?}",
            out.facts()
        );
    }
    // The parties are the two named most often, not the last two: a
    // third country named in passing is not one of them.
    let out = Output::of(
        "Talks in Lima\n\nChile and Peru held talks in Lima. Chile and Peru share a long border. \
         The ministers also discussed refugees from Ecuador.\n\n\
         The two countries agreed to cooperate on fisheries.",
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru")
            && !out
                .facts()
                .iter()
                .any(|(s, p, o)| p == "cooperatesWith" && (s == "Ecuador" || o == "Ecuador")),
        "{:?}",
        out.facts()
    );
    // One country named before makes no pair.
    let out = Output::of(
        "Talks in Lima\n\nChile hosted the talks on Monday.\n\n\
         The two countries will cooperate on fisheries.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_body_owned_by_a_named_place_after_and_is_a_name_of_its_own() {
    // The name tagger runs the two bodies into one name over "and".
    let out = Output::of(
        "Bodies Sign Accord\n\nThe Memorandum of Understanding between the Chilean Fisheries \
         Agency and Peru's Ministry of Water was signed on Monday.",
    );
    assert!(
        out.has(
            "Chilean Fisheries Agency",
            "cooperatesWith",
            "Peru's Ministry of Water"
        ),
        "{:?}",
        out.facts()
    );
    // As coordinated subjects the owner does not sign on its own, though
    // the parse may hang it alone as the conjunct.
    let out = Output::of(
        "Water Talks\n\nThe Chilean Fisheries Agency and Peru's Ministry of Water \
         signed the accord.",
    );
    assert!(
        out.has("Peru's Ministry of Water", "signs", "accord")
            && out.has("Chilean Fisheries Agency", "signs", "accord")
            && !out.has("Peru", "signs", "accord"),
        "{:?}",
        out.facts()
    );
    // A possessive after "and" whose owner is no known name stays inside
    // the name: "Women's" owns nothing here.
    let out = Output::of(
        "Water Talks\n\nThe Department of Sport and Women's Football signed the accord.",
    );
    assert!(
        out.has(
            "Department of Sport and Women's Football",
            "signs",
            "accord"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn people_signing_together_make_the_countries_of_their_offices_cooperate() {
    let out = Output::of(
        "Trade Talks\n\nU.S. Secretary of Commerce Jo Vance and Kenyan Trade Minister Lena \
         Okafor signed a memorandum on Monday.",
    );
    assert!(
        out.has("United States", "cooperatesWith", "Kenya")
            && out.has("Jo Vance", "signs", "memorandum"),
        "{:?}",
        out.facts()
    );
    // Officials of one country make no pair; signing in different
    // sentences is not signing together.
    for text in [
        "Trade Talks\n\nU.S. Secretary of Commerce Jo Vance and U.S. Trade Representative \
         Lena Okafor signed a memorandum on Monday.",
        "Trade Talks\n\nU.S. Secretary of Commerce Jo Vance signed the memorandum on Monday. \
         Kenyan Trade Minister Lena Okafor signed it in Nairobi a week later.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts().iter().any(|(_, p, _)| p == "cooperatesWith"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_country_may_be_a_member_of_a_named_partnership() {
    let out = Output::of("Norway is a member of the Arctic Minerals Partnership.");
    assert!(
        out.has("Norway", "memberOf", "Arctic Minerals Partnership"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn holding_talks_with_a_party_is_cooperating_with_it() {
    let out = Output::of("Ghana held talks with Togo on border security on Monday.");
    assert!(
        out.has("Ghana", "cooperatesWith", "Togo"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_named_programme_is_an_initiative_with_goals() {
    let out = Output::of(
        "The Ministry of Energy launched the Rooftop Solar Programme, aimed at installing \
         panels on public buildings.",
    );
    assert!(
        out.has("Ministry of Energy", "issues", "Rooftop Solar Programme"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "installing panels on public buildings",
            "goalOf",
            "Rooftop Solar Programme"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_later_item_of_a_gerund_list_is_a_goal_whatever_its_tag() {
    let out = Output::of(
        "The Digital Skills Initiative has three objectives: training teachers, connecting \
         rural schools and funding research.",
    );
    for goal in [
        "training teachers",
        "connecting rural schools",
        "funding research",
    ] {
        assert!(
            out.has(goal, "goalOf", "Digital Skills Initiative"),
            "{goal}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_holder_linked_to_an_office_by_a_copula_across_an_article_or_appointment() {
    for text in [
        "Anna Berg, who is the Minister of Culture, opened the festival.",
        "Anna Berg is the Minister of Culture.",
        "Anna Berg was appointed Minister of Culture in May.",
        "Anna Berg was named as Minister of Culture last week.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Anna Berg", "holdsPosition", "Minister of Culture"),
            "{text}: {:?}",
            out.facts()
        );
    }
    // A copula after a place links no holder.
    let out = Output::of("The guest of honour in Oslo was the Minister of Culture.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_description_of_a_narrower_kind_refers_back_only_to_one_so_named() {
    let out = Output::of(
        "Morocco and Senegal signed the Fisheries Accord in Dakar.\n\n\
         The declaration was endorsed by Austria and Hungary.",
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(_, _, o)| o == "Fisheries Accord" && out.has("Austria", "supports", o)),
        "{:?}",
        out.facts()
    );
    // The agreement named before is what "the agreement" stands for.
    let out = Output::of(
        "Morocco and Senegal signed the Fisheries Accord in Dakar.\n\n\
         The accord was welcomed by Austria.",
    );
    assert!(
        out.has("Austria", "supports", "Fisheries Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_known_name_after_a_hyphenated_place_is_one_entity() {
    let out = Output::of("The Nairobi-based UN Environment Programme published a study.");
    let mention_of = format!("{KG}mentionOf");
    let targets: BTreeSet<String> = out
        .triples
        .iter()
        .filter(|t| t.predicate.as_str() == mention_of)
        .map(|t| out.label(&t.object.to_string()))
        .collect();
    assert_eq!(
        targets,
        BTreeSet::from(["United Nations Environment Programme".to_owned()]),
        "{targets:?}"
    );
}

#[test]
fn signatories_acting_for_parties_sign_and_their_parties_cooperate() {
    let out = Output::of(
        "The Coastal Fisheries Accord was signed between Lars Holm on behalf of the \
         Government of Norway and Elena Rojas on behalf of the Government of Chile.",
    );
    for signer in ["Lars Holm", "Elena Rojas"] {
        assert!(
            out.has(signer, "signs", "Coastal Fisheries Accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    // The parties cooperate, not the people who signed for them; and a
    // person's name after "and" does not run on from the body's name.
    assert!(
        out.has(
            "Government of Norway",
            "cooperatesWith",
            "Government of Chile"
        ) || out.has(
            "Government of Chile",
            "cooperatesWith",
            "Government of Norway"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, o)| p == "cooperatesWith" && (s == "Lars Holm" || o == "Lars Holm")),
        "{:?}",
        out.facts()
    );
    // A party written as an adjective with its noun.
    let out = Output::of(
        "The Coastal Fisheries Accord was signed between Lars Holm on behalf of the \
         Norwegian government and Elena Rojas on behalf of the Chilean government.",
    );
    assert!(
        out.has("Elena Rojas", "signs", "Coastal Fisheries Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_heading_a_coordinated_subject_stands_for_the_person() {
    let out = Output::of(
        "Foreign Minister Paolo Rossi visits Brazil and signs the Amazon Research Agreement.",
    );
    assert!(
        out.has("Paolo Rossi", "signs", "Amazon Research Agreement"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn coordinated_country_adjectives_before_a_plural_noun_are_the_parties() {
    let out = Output::of(
        "The Kenyan and Ghanaian governments signed the Digital Trade Accord on Monday.",
    );
    for party in ["Kenya", "Ghana"] {
        assert!(
            out.has(party, "signs", "Digital Trade Accord"),
            "{party}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has("Kenya", "cooperatesWith", "Ghana") || out.has("Ghana", "cooperatesWith", "Kenya"),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "The Digital Trade Accord is the widest agreement ever concluded between the \
         Kenyan and Ghanaian governments.",
    );
    assert!(
        out.has("Kenya", "cooperatesWith", "Ghana") || out.has("Ghana", "cooperatesWith", "Kenya"),
        "{:?}",
        out.facts()
    );
    // People are not countries: the adjectives stand for no minister.
    let out =
        Output::of("The Kenyan and Ghanaian ministers signed the Digital Trade Accord on Monday.");
    assert!(
        !out.has("Kenya", "signs", "Digital Trade Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn i_in_a_quotation_or_a_transcript_turn_is_its_speaker() {
    // Attribution after the quotation, before it, and a second quotation
    // of the same paragraph without its own.
    for text in [
        "“Today I signed the Coastal Fisheries Accord,” said Lars Holm.",
        "Lars Holm said: “I signed the Coastal Fisheries Accord.”",
        "“We are pleased,” Lars Holm said. “Last week I signed the Coastal Fisheries Accord.”",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Lars Holm", "signs", "Coastal Fisheries Accord"),
            "{text}: {:?}",
            out.facts()
        );
    }
    // A turn opened by a person's name runs to the next label.
    let out = Output::of(
        "MINISTER LARS HOLM: Good morning. Today I signed the Coastal Fisheries Accord.\n\n\
         QUESTION: When did you arrive?\n\n\
         MINISTER ANA DIAZ: I signed the Coastal Fisheries Accord too.",
    );
    // Names and titles written in capitals are labelled in title case.
    assert!(
        out.has("Lars Holm", "signs", "Coastal Fisheries Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ana Diaz", "signs", "Coastal Fisheries Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Ana Diaz", "holdsPosition", "Minister"),
        "{:?}",
        out.facts()
    );
    // A label without a title: a known given name in capitals opens it; a
    // label naming no one ("MODERATOR") opens a turn of no one.
    let out = Output::of(
        "MARTA OLSEN: Good afternoon. This morning I signed the Baltic Grid Accord.\n\n\
         MODERATOR: Next question.\n\n\
         LEIF STRAND (by video link): I signed the Baltic Grid Accord as well.",
    );
    assert!(
        out.has("Marta Olsen", "signs", "Baltic Grid Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Leif Strand", "signs", "Baltic Grid Accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, _, _)| s.eq_ignore_ascii_case("moderator")),
        "{:?}",
        out.facts()
    );
    // A quotation nobody is named for, and a Roman numeral, stand for no one.
    for text in [
        "Lars Holm arrived on Monday. “I signed the Coastal Fisheries Accord,” an official said.",
        "MINISTER LARS HOLM: The veterans of World War I signed the Coastal Fisheries Accord.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.facts()
                .iter()
                .any(|(s, p, _)| s.eq_ignore_ascii_case("Lars Holm") && p == "signs"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_headline_description_is_the_thing_named_in_full_below() {
    let out = Output::of(
        "Peru and Chile sign water accord\n\n\
         Peru and Chile signed the Andean Water Accord on Friday.",
    );
    let signed: BTreeSet<String> = out
        .facts()
        .into_iter()
        .filter(|(s, p, _)| s == "Peru" && p == "signs")
        .map(|(_, _, o)| o)
        .collect();
    assert_eq!(
        signed,
        BTreeSet::from(["Andean Water Accord".to_owned()]),
        "{:?}",
        out.facts()
    );
    // Failing its words, the one thing so headed named below; two such
    // things leave the headline's description apart.
    let out = Output::of(
        "Peru and Chile sign new accord\n\n\
         Peru and Chile signed the Andean Water Accord on Friday.",
    );
    assert!(
        out.facts()
            .iter()
            .all(|(_, p, o)| p != "signs" || o == "Andean Water Accord"),
        "{:?}",
        out.facts()
    );
    let out = Output::of(
        "Peru and Chile sign new accord\n\n\
         Peru and Chile signed the Andean Water Accord, after the Lima Trade Accord of 2019.",
    );
    assert!(
        out.facts()
            .iter()
            .any(|(_, p, o)| p == "signs" && o == "new accord"),
        "{:?}",
        out.facts()
    );
    // A sentence ending with a full stop is no headline.
    let out = Output::of(
        "Peru and Chile signed a water accord.\n\n\
         Peru and Chile later signed the Andean Water Accord.",
    );
    assert!(
        out.facts()
            .iter()
            .any(|(s, p, o)| s == "Peru" && p == "signs" && o != "Andean Water Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn acceding_to_a_treaty_signs_it() {
    let out =
        Output::of("The European Union acceded to the Convention on Migratory Species in 1983.");
    assert!(
        out.has("European Union", "signs", "Convention on Migratory Species"),
        "{:?}",
        out.facts()
    );
    // "to" opens no object of signing where a purpose follows.
    let out = Output::of("The Digital Trade Accord was signed to boost trade.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn it_as_an_object_or_a_passive_subject_is_the_document_just_named() {
    for text in [
        "The Arctic Shipping Accord was agreed in Tromso last year. Denmark signed it in March.",
        "Norway and Iceland agreed the Arctic Shipping Accord. Last week Denmark formally signed it.",
        "The Arctic Shipping Accord was drafted in 2019. It was signed by Denmark in March.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("Denmark", "signs", "Arctic Shipping Accord"),
            "{text}: {:?}",
            out.facts()
        );
    }
    // Two documents named before it, or "it" as the subject of what is
    // said: no antecedent is read.
    for text in [
        "The Arctic Shipping Accord and the Polar Code were discussed. Denmark signed it in March.",
        "The Arctic Shipping Accord was discussed. Denmark said it would sign the Polar Code.",
    ] {
        let out = Output::of(text);
        assert!(
            !out.has("Denmark", "signs", "Arctic Shipping Accord"),
            "{text}: {:?}",
            out.facts()
        );
    }
}

#[test]
fn a_passive_reaches_its_agent_over_time_and_place_adjuncts() {
    let out =
        Output::of("The Nordic Data Agreement was signed last week in Oslo by Norway and Sweden.");
    for party in ["Norway", "Sweden"] {
        assert!(
            out.has(party, "signs", "Nordic Data Agreement"),
            "{party}: {:?}",
            out.facts()
        );
    }
    // The agent a position phrase names is the person holding it.
    let out = Output::of(
        "The accord was signed on 3 March 2024 in Riga by the Prime Minister of Latvia, Evika Silina.",
    );
    assert!(
        out.has("Evika Silina", "signs", "accord"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.facts()
            .iter()
            .any(|(s, p, _)| s.starts_with("Prime Minister") && p == "signs"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_definite_description_refers_to_the_thing_its_head_word_names() {
    // The agreement is mentioned more often, but only the memorandum is
    // written with the description's head word.
    let out = Output::of(
        "Chile and Peru signed the Andes Water Agreement on Monday. The Andes Water Agreement \
         takes effect in May. Norway and Iceland signed the Coastal Safety Memorandum in Oslo. \
         The memorandum was later signed by Denmark.",
    );
    assert!(
        out.has("Denmark", "signs", "Coastal Safety Memorandum"),
        "{:?}",
        out.facts()
    );
    assert!(
        !out.has("Denmark", "signs", "Andes Water Agreement"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_enabling_verbs_bare_infinitive_is_the_goal() {
    for text in [
        "Peru and Chile signed the Andean Water Accord, which will help farmers irrigate dry land.",
        "Peru and Chile signed the Andean Water Accord. The accord will help farmers to irrigate dry land.",
    ] {
        let out = Output::of(text);
        assert!(
            out.has("irrigate dry land", "goalOf", "Andean Water Accord"),
            "{text}: {:?}",
            out.facts()
        );
    }
    // Without a future marker, what an enabling verb says is no goal.
    let out = Output::of(
        "Peru and Chile signed the Andean Water Accord. Rain helped farmers irrigate dry land.",
    );
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "goalOf"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_treaty_name_goes_on_with_the_region_it_covers() {
    // "in Central Asia" after "Treaty of …" is part of the name: the treaty
    // is labelled by its full name, and "the treaty" later refers to it.
    let out = Output::of(
        "Ten years ago the members rewrote the Treaty of Friendship and Trade in Central Asia \
         so that regional bodies could join. Kestria signed the treaty in 2015.",
    );
    let full = "Treaty of Friendship and Trade in Central Asia";
    assert!(out.has("Kestria", "signs", full), "{:?}", out.facts());
    assert!(
        out.names().contains_key("Treaty of Friendship and Trade"),
        "the name without its region stays another name: {:?}",
        out.names()
    );
    // A city after the name is where it was signed, not part of the name;
    // so is a region after a name without a complement.
    let out = Output::of(
        "Norland signed the Convention on Coastal Fisheries in Oslo. \
         Vell signed the Harbour Accord in Central Asia.",
    );
    assert!(
        out.has("Norland", "signs", "Convention on Coastal Fisheries"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Vell", "signs", "Harbour Accord"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_government_named_by_its_country_in_lower_case_is_that_countrys() {
    // "the government of Norway" is Norway's government, not the other
    // government named later in the sentence; the signatory after it, whose
    // title comes before a comma, signs too; and the passive's subject, with
    // its acronym in brackets, is what the two parties cooperate on.
    let out = Output::of(
        "The Coastal Fisheries Memorandum (CFM) was signed between Lars Holm on behalf of the \
         government of Norway and Minister of Foreign Affairs, Elena Rojas on behalf of the \
         government of Chile.",
    );
    for signer in ["Lars Holm", "Elena Rojas"] {
        assert!(
            out.has(signer, "signs", "Coastal Fisheries Memorandum"),
            "{signer}: {:?}",
            out.facts()
        );
    }
    assert!(
        out.has(
            "Government of Norway",
            "cooperatesWith",
            "Government of Chile"
        ),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has(
            "Elena Rojas",
            "holdsPosition",
            "Minister of Foreign Affairs"
        ),
        "{:?}",
        out.facts()
    );
    // A subject named in full, with a complement, is the joint thing too.
    let out = Output::of(
        "The Memorandum of Understanding on Coastal Fisheries was signed between Lars Holm on \
         behalf of the government of Norway and Elena Rojas on behalf of the government of Chile.",
    );
    assert!(
        out.has(
            "Government of Norway",
            "cooperatesWith",
            "Government of Chile"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn an_appointment_in_a_perfect_or_future_verb_group_links_the_holder() {
    for (text, holder, office) in [
        (
            "Ana Silva has been appointed as Minister of Culture.",
            "Ana Silva",
            "Minister of Culture",
        ),
        (
            "Ben Moro, who has been named Ambassador to Peru, left Lima on Friday.",
            "Ben Moro",
            "Ambassador to Peru",
        ),
        (
            "Eva Lind will today be appointed Minister of Finance.",
            "Eva Lind",
            "Minister of Finance",
        ),
    ] {
        let out = Output::of(text);
        assert!(
            out.has(holder, "holdsPosition", office),
            "{text}: {:?}",
            out.facts()
        );
    }
    // A negated appointment gives no office.
    let out = Output::of("Eva Lind has not been appointed as Minister of Finance.");
    assert!(
        !out.facts().iter().any(|(_, p, _)| p == "holdsPosition"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn names_coordinated_with_and_stay_two_names() {
    // "and the" or "and" before a head word with its complement starts a
    // second name, even where the name tagger reads one span.
    for text in [
        "Nokia Networks and the Government of Chile signed a Memorandum of Understanding on \
         rural broadband.",
        "The Department for Energy and Trade and Nokia Networks signed a Memorandum of \
         Understanding on rural broadband.",
    ] {
        let out = Output::of(text);
        let facts = out.facts();
        assert!(
            facts
                .iter()
                .all(|(s, _, o)| !s.contains(" and the ") && !o.contains(" and Nokia")),
            "{text}: {facts:?}"
        );
        assert!(
            out.has("Nokia Networks", "signs", "Memorandum of Understanding"),
            "{text}: {facts:?}"
        );
    }
}

#[test]
fn a_participle_set_off_by_commas_reaches_every_coordinated_agent() {
    let out = Output::of(
        "The accord, signed by the Department for Energy and Trade and Nokia Networks on \
         Friday, covers rural broadband.",
    );
    for signer in ["Department for Energy and Trade", "Nokia Networks"] {
        assert!(
            out.has(signer, "signs", "accord"),
            "{signer}: {:?}",
            out.facts()
        );
    }
}

/// A release page's date line ("March 3, 2024 Tallinn, Water Agency")
/// between the headline and the story is no headline: the headline above
/// it is read, with its verb between the coordinated issuers and the plan.
#[test]
fn the_headline_above_a_date_line_is_read() {
    let out = Output::of(
        "Chile and Peru Finalize Joint Plan on River Data Sharing\n\n\
         March 3, 2024 Santiago, Water Agency of Chile\n\n\
         The two governments said the plan sets out how both countries will share flood \
         readings over the next ten years.\n",
    );
    for issuer in ["Chile", "Peru"] {
        assert!(
            out.has(issuer, "issues", "Joint Plan on River Data Sharing"),
            "{issuer}: {:?}",
            out.facts()
        );
    }
}

/// A surname alone in the headline ("Minister Quist Visits …") is the
/// person the story names in full below: one entity, one set of facts.
#[test]
fn a_headline_surname_is_the_person_named_in_full_below() {
    let out = Output::of(
        "Minister Quist Visits Harbour Works in Port Elm\n\n\
         Kestrian Transport Minister Ada Quist toured the new harbour works in Port Elm \
         on Monday and met engineers from the port authority.\n",
    );
    let names = out.names();
    assert!(names.contains_key("Ada Quist"), "{names:?}");
    assert!(
        !names
            .keys()
            .any(|n| n == "Quist" && !out.labels.values().any(|l| l == "Ada Quist")),
        "{names:?}"
    );
    let people: Vec<_> = out
        .labels
        .values()
        .filter(|l| l.ends_with("Quist"))
        .collect();
    assert_eq!(people, ["Ada Quist"], "{:?}", out.facts());
}

/// A subheading that leaves its subject to the headline opens with its
/// verb ("Signs … Accord to …"): the verb is no part of the accord's name,
/// so the goal after "to" is the accord's.
#[test]
fn a_subheading_opening_with_its_verb_names_the_accord_after_it() {
    let out = Output::of(
        "Fisheries Ministers Meet in Lima\n\nJune 4, 2024\n\n\
         Signs Regional Fisheries Accord to Protect Fish Stocks Along the Coast\n\n\
         The fisheries ministers of Chile and Peru met in Lima on Tuesday and agreed on new \
         catch limits for the coming season.\n",
    );
    assert!(
        out.has(
            "Protect Fish Stocks Along the Coast",
            "goalOf",
            "Regional Fisheries Accord"
        ),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_name_goes_on_over_an_elided_particle_whatever_the_apostrophe() {
    // "d’Ivoire" is a capitalised word after an elided particle: the
    // body's name runs on over it instead of stopping at "Côte", and the
    // name written with a straight apostrophe later is the same body.
    let out = Output::of(
        "The Government of Ghana signed a cocoa pricing accord with the Government of \
         Côte d\u{2019}Ivoire.\n\nThe Government of Côte d'Ivoire will publish the accord next month.",
    );
    assert!(
        out.has(
            "Government of Ghana",
            "cooperatesWith",
            "Government of Côte d\u{2019}Ivoire"
        ),
        "{:?}",
        out.facts()
    );
    let bodies: Vec<&String> = out
        .labels
        .values()
        .filter(|l| l.starts_with("Government of C"))
        .collect();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    assert!(
        !out.names().contains_key("Government of Côte"),
        "{:?}",
        out.names()
    );
}
