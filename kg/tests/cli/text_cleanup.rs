//! The text clean-up real inputs need, end to end: `kg extract` on wire
//! copy written for these tests (hard-wrapped lines, a dateline, a byline,
//! a credit line, list items), read back as N-Triples.

use assert_cmd::Command;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, Triple};

const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const PUBLISHER: &str = "http://purl.org/dc/terms/publisher";
const QUOTE: &str = "https://w3id.org/kgraph/ontology#quote";
const ISSUES: &str = "https://w3id.org/kgraph/ontology#issues";

fn extract(text: &str) -> Vec<Triple> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wire.txt");
    std::fs::write(&path, text).unwrap();
    let stdout = crate::common::stdout_of(
        Command::cargo_bin("kg")
            .unwrap()
            .args(["extract", "--format", "ntriples"])
            .arg(&path),
    );
    RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(stdout.as_bytes())
        .map(|q| Triple::from(q.unwrap()))
        .collect()
}

fn literals<'a>(triples: &'a [Triple], predicate: &'a str) -> impl Iterator<Item = &'a str> {
    triples
        .iter()
        .filter(move |t| t.predicate.as_str() == predicate)
        .filter_map(|t| match &t.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
}

fn label_of<'a>(triples: &'a [Triple], node: &Term) -> Option<&'a str> {
    triples
        .iter()
        .filter(|t| t.predicate.as_str() == RDFS_LABEL && Term::from(t.subject.clone()) == *node)
        .find_map(|t| match &t.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
}

const WIRE: &str = "Ministry issues export guidelines\n\
By Jane Roe\n\
\n\
BEIJING, May 4 (Reuters) - The Ministry of Commerce issued new export\n\
guidelines on rare earth metals on Friday.\n\
\n\
(Reporting by Jane Roe; Editing by John Doe)\n";

#[test]
fn a_fact_wrapped_over_two_lines_is_found_and_the_dateline_is_metadata() {
    let triples = extract(WIRE);
    let issued: Vec<(&str, &str)> = triples
        .iter()
        .filter(|t| t.predicate.as_str() == ISSUES)
        .filter_map(|t| {
            Some((
                label_of(&triples, &Term::from(t.subject.clone()))?,
                label_of(&triples, &t.object)?,
            ))
        })
        .collect();
    assert!(
        issued.contains(&(
            "Ministry of Commerce",
            "new export guidelines on rare earth metals"
        )),
        "{issued:?}"
    );
    // The dateline's agency is the publisher; the dateline is not quoted
    // as part of the sentence.
    let publisher = triples
        .iter()
        .find(|t| t.predicate.as_str() == PUBLISHER)
        .expect("a publisher");
    assert_eq!(label_of(&triples, &publisher.object), Some("Reuters"));
    for quote in literals(&triples, QUOTE) {
        assert!(!quote.contains("BEIJING"), "{quote}");
    }
}

#[test]
fn the_datelines_place_is_where_the_article_was_written() {
    let triples = extract(WIRE);
    let place = triples
        .iter()
        .find(|t| t.predicate.as_str() == "http://schema.org/locationCreated")
        .expect("a place of writing");
    // The capitals of the dateline become the gazetteer's city, with its name.
    assert_eq!(label_of(&triples, &place.object), Some("Beijing"));
    let city = "https://w3id.org/kgraph/ontology#City";
    assert!(triples
        .iter()
        .any(|t| Term::from(t.subject.clone()) == place.object
            && matches!(&t.object, Term::NamedNode(c) if c.as_str() == city)));

    // A place the gazetteer does not know is a place of its own.
    let triples = extract(
        "QUILLBY FALLS, May 4 - The county council published a flood plan for the valley on Friday.\n",
    );
    let place = triples
        .iter()
        .find(|t| t.predicate.as_str() == "http://schema.org/locationCreated")
        .expect("a place of writing");
    assert_eq!(label_of(&triples, &place.object), Some("Quillby Falls"));
}

#[test]
fn bylines_and_credit_lines_give_no_entities() {
    let triples = extract(WIRE);
    let labels: Vec<&str> = literals(&triples, RDFS_LABEL).collect();
    for name in ["Jane Roe", "John Doe", "Roe", "Doe"] {
        assert!(!labels.contains(&name), "{name} in {labels:?}");
    }
}

#[test]
fn list_items_are_sentences_of_their_own_without_their_markers() {
    let text = "The ministry said on Friday that two bodies had issued new rules this week:\n\
        (a) The Ministry of Commerce issued new export guidelines\n\
        (b) The Ministry of Finance issued a tax plan\n";
    let triples = extract(text);
    let mut quotes: Vec<&str> = literals(&triples, QUOTE).collect();
    quotes.sort();
    assert_eq!(
        quotes,
        [
            "The Ministry of Commerce issued new export guidelines",
            "The Ministry of Finance issued a tax plan"
        ]
    );
}

#[test]
fn name_and_office_lines_under_a_headline_give_their_offices() {
    use super::extract_constructions::Output;
    let text = "Joint Communique on the Second Velmar-Ostrava Trade Talks\n\n\
        The Hon Petra Quill MP, Minister for Trade\n\n\
        His Excellency Dr Aron Vesk, Minister of Economy\n\n\
        Trade ministers of the two countries met in Ostrava on Monday to review the talks.";
    let out = Output::of(text);
    assert!(
        out.has("Petra Quill", "holdsPosition", "Minister for Trade"),
        "{:?}",
        out.facts()
    );
    assert!(
        out.has("Aron Vesk", "holdsPosition", "Minister of Economy"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_speech_headline_above_its_salutations_gives_the_speakers_office() {
    use super::extract_constructions::Output;
    let text = "Address by Commissioner Ilse Varga at the Ports Forum in Gdansk\n\n\
        Dear Minister,\n\nDistinguished guests,\n\n\
        It is a pleasure to open this forum on the future of the Baltic ports today.";
    let out = Output::of(text);
    assert!(
        out.has("Ilse Varga", "holdsPosition", "Commissioner"),
        "{:?}",
        out.facts()
    );
    // The salutations are no part of the article: no entity "Minister".
    assert!(!out.names().contains_key("Minister"), "{:?}", out.names());
}
