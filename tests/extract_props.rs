//! Properties of the extractor over arbitrary text: it never panics, every
//! IRI it mints is valid, and its output always re-parses.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Term};
use proptest::prelude::*;
use std::sync::LazyLock;

use kgraph::extract::Extractor;
use kgraph::ontology::Ontology;
use kgraph::rdf::{mint_slug, write_quads, RdfEmitter};
use kgraph::text::{Document, DocumentMeta};

fn document(text: String) -> Document {
    let meta = DocumentMeta {
        body: std::iter::once(0..text.len()).collect(),
        ..DocumentMeta::default()
    };
    Document {
        id: "prop".into(),
        source: "prop.txt".into(),
        text,
        meta,
    }
}

/// Text made of words the extractor reacts to, glued by hostile characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "The",
        "the",
        "Ministry",
        "of",
        "Commerce",
        "issued",
        "was",
        "by",
        "and",
        ",",
        ";",
        ":",
        ".",
        "strategy",
        "China",
        "'s",
        "\u{2019}s",
        "goals",
        "are",
        "with",
        "countries",
        "other",
        "developing",
        "Belt",
        "Road",
        "aims",
        "to",
        "not",
        "will",
        "(",
        ")",
        "ASEAN",
        "\"",
        "\u{201c}",
        "titled",
        "white",
        "paper",
        "Office",
        "State",
        "Council",
        "said",
        "Wang",
        "Yi",
        "Foreign",
        "Minister",
        "\n\n",
        "国务院",
        "🙂",
        "\\",
        "<",
        ">",
        "{",
        "}",
        "\u{0}",
        "\t",
        "according",
        "cooperation",
        "in",
        "a",
        "bid",
        "Initiative",
        "-",
    ]);
    prop::collection::vec(words, 0..80).prop_map(|w| w.join(" "))
}

// Built once for all cases: building the ontology and the extractor's
// lexicon per case made these properties take two minutes.
static ONTOLOGY: LazyLock<Ontology> = LazyLock::new(|| Ontology::builtin().unwrap());
static EXTRACTOR: LazyLock<Extractor<'static>> = LazyLock::new(|| Extractor::new(&ONTOLOGY));
static EMITTER: LazyLock<RdfEmitter> =
    LazyLock::new(|| RdfEmitter::new("https://example.org/kg/").unwrap());

fn check(text: String) {
    let extraction = EXTRACTOR.extract(&document(text));
    let quads = EMITTER.quads(&extraction);
    for q in &quads {
        for term in [
            Term::from(q.subject.clone()),
            Term::from(q.predicate.clone()),
            q.object.clone(),
        ] {
            if let Term::NamedNode(n) = term {
                assert!(NamedNode::new(n.as_str()).is_ok(), "invalid IRI {n}");
            }
        }
    }
    let nt = write_quads(&quads, RdfFormat::NTriples, Vec::new()).unwrap();
    let reparsed = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(&nt)
        .count();
    assert_eq!(reparsed, quads.len());
    let ttl = write_quads(&quads, RdfFormat::Turtle, Vec::new()).unwrap();
    for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(&ttl) {
        t.expect("Turtle output re-parses");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extraction_never_panics_on_arbitrary_text(text in "\\PC{0,300}") {
        check(text);
    }

    #[test]
    fn extraction_never_panics_on_newsy_text(text in newsy_text()) {
        check(text);
    }

    #[test]
    fn minted_slugs_are_valid_iri_segments(label in "\\PC{0,200}") {
        let slug = mint_slug(&label);
        prop_assert!(!slug.is_empty());
        let iri = format!("https://example.org/{slug}");
        prop_assert!(NamedNode::new(iri).is_ok());
    }

    #[test]
    fn dot_strings_are_always_well_formed(label in any::<String>(), width in 0usize..60) {
        let quoted = kgraph::graph::quote_lines(&kgraph::graph::wrap(&label, width));
        prop_assert!(dot_string_is_well_formed(&quoted), "{quoted:?}");
        prop_assert!(dot_string_is_well_formed(&kgraph::graph::quote(&label)));
    }
}

/// A DOT double-quoted string: opens and closes with `"`, every inner `"`
/// escaped, no raw control characters.
fn dot_string_is_well_formed(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return false;
    };
    let mut escaped = false;
    for c in inner.chars() {
        if c.is_control() {
            return false;
        }
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            return false;
        }
    }
    !escaped
}

/// Regression (stop 34's CI): a text that is one title and nothing after it.
#[test]
fn a_lone_title_is_read_without_a_panic() {
    check("Minister".into());
    check("The Foreign Minister".into());
}
