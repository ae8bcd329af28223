//! The routed title-case tagger (session 39): a sentence written in title
//! case, as headlines are, is tagged by a tagger trained on title-cased
//! copies of the training sentences too (`models/tagger-tc.bin`), so its
//! verbs and common nouns are no proper nouns to the parse; every other
//! sentence keeps the bundled tagger. `kg parse` says which tagger a
//! sentence was given. Positive and negative tests on sentences written for
//! these tests.

use assert_cmd::Command;

use super::extract_constructions::Output;
use crate::common::output_of;

/// A parsed word: form, UPOS, its head's form, relation.
type Word = (String, String, String, String);

/// `kg parse --format json` of `text`: per sentence, the tagger it was
/// given and its words.
fn parsed(text: &str) -> Vec<(String, Vec<Word>)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.txt");
    std::fs::write(&path, text).unwrap();
    let (stdout, _) = output_of(
        Command::cargo_bin("kg")
            .unwrap()
            .args(["parse", "--format", "json"])
            .arg(&path),
    );
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let tokens = s["tokens"].as_array().unwrap();
            let form = |id: u64| {
                tokens
                    .iter()
                    .find(|t| t["id"].as_u64() == Some(id))
                    .map_or(String::new(), |t| t["form"].as_str().unwrap().to_owned())
            };
            let words = tokens
                .iter()
                .map(|t| {
                    (
                        t["form"].as_str().unwrap().to_owned(),
                        t["upos"].as_str().unwrap().to_owned(),
                        form(t["head"].as_u64().unwrap()),
                        t["deprel"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            (s["tagger"].as_str().unwrap().to_owned(), words)
        })
        .collect()
}

/// The (upos, head, deprel) of `form` in a parsed sentence.
fn word<'a>(words: &'a [Word], form: &str) -> (&'a str, &'a str, &'a str) {
    let (_, upos, head, rel) = words
        .iter()
        .find(|(f, ..)| f == form)
        .unwrap_or_else(|| panic!("no {form} in {words:?}"));
    (upos, head, rel)
}

#[test]
fn a_title_case_headline_s_verb_is_a_verb_with_its_subject_and_object() {
    for (headline, verb, subject, object) in [
        (
            "Velmora Agency Opens Regional Office In Brisk",
            "Opens",
            "Velmora",
            "Office",
        ),
        (
            "President Hale Meets Envoy Of Ostrava To Discuss Grain Exports",
            "Meets",
            "Hale",
            "Envoy",
        ),
        (
            "Minister Quell Launches New Water Strategy",
            "Launches",
            "Minister",
            "Strategy",
        ),
    ] {
        let text = format!("{headline}\n\nThe agency said more would follow in the spring.\n");
        let sentences = parsed(&text);
        let (tagger, words) = &sentences[0];
        assert_eq!(tagger, "title-case", "{headline}");
        assert_eq!(word(words, verb).0, "VERB", "{words:?}");
        assert_eq!(word(words, subject).1, verb, "{words:?}");
        assert_eq!(word(words, subject).2, "nsubj", "{words:?}");
        assert_eq!(word(words, object), ("NOUN", verb, "obj"), "{words:?}");
        // The body's sentence keeps the bundled tagger.
        assert_eq!(sentences[1].0, "bundled");
    }
    // CoNLL-U says so in a comment.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.txt");
    std::fs::write(&path, "Velmora Agency Opens Regional Office In Brisk\n").unwrap();
    let out = Command::cargo_bin("kg")
        .unwrap()
        .arg("parse")
        .arg(&path)
        .output()
        .unwrap();
    let conllu = String::from_utf8(out.stdout).unwrap();
    assert!(conllu.contains("\n# tagger = title-case\n"), "{conllu}");
}

#[test]
fn an_ordinary_sentence_with_many_capitalised_names_keeps_the_bundled_tagger() {
    let sentences = parsed(
        "Prime Minister Ada Quist of Kestria met President Bran Holt of Norland in Velmora \
         City on Monday.\n",
    );
    let (tagger, words) = &sentences[0];
    assert_eq!(tagger, "bundled");
    assert_eq!(word(words, "met").0, "VERB");
    assert_eq!(word(words, "Quist").0, "PROPN");
}

#[test]
fn a_line_in_capitals_or_of_one_word_is_not_routed() {
    let sentences = parsed(
        "KESTRIA AND NORLAND SIGN HARBOUR ACCORD\n\nThe ministers of both countries met in \
         Lima on Friday.\n",
    );
    assert_eq!(sentences.len(), 2, "{sentences:?}");
    for (tagger, words) in &sentences {
        assert_eq!(tagger, "bundled", "{words:?}");
    }
    // The same headline in title case is routed; one or two capitalised
    // words are too few to call a line title case.
    use kgraph::parse::routes_to_title_case_tagger as routed;
    assert!(routed(&[
        "Kestria", "and", "Norland", "Sign", "Harbour", "Accord"
    ]));
    assert!(!routed(&[
        "KESTRIA", "AND", "NORLAND", "SIGN", "HARBOUR", "ACCORD"
    ]));
    assert!(!routed(&["Statement"]));
    assert!(!routed(&["Joint", "Statement", "."]));
}

#[test]
fn a_title_case_headline_s_signing_is_read_as_cooperation() {
    let out = Output::of(
        "Chile and Peru Sign New Fisheries Agreements\n\nOfficials of the two countries met \
         in Lima on Friday to discuss port fees.\n",
    );
    assert!(
        out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}

#[test]
fn a_title_case_headline_s_other_verb_is_no_cooperation() {
    let out = Output::of(
        "Chile and Peru Debate New Fisheries Rules\n\nOfficials of the two countries met in \
         Lima on Friday to discuss port fees.\n",
    );
    assert!(
        !out.has("Chile", "cooperatesWith", "Peru"),
        "{:?}",
        out.facts()
    );
}
