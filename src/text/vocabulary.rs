//! The words the text stage needs, read from the ontology: abbreviations
//! (`kg:abbreviation`, `kg:leadingAbbreviation`, `kg:numberAbbreviation`),
//! the words that start a sentence after one (`kg:sentenceStarter`), byline
//! cues (`kg:bylineCue`) and the news agencies a dateline names (the
//! gazetteer's media organisations). The built-in lists are in
//! `ontology/lexicon/text.ttl`; Rust holds only how they are used.
//!
//! ```
//! use kgraph::text::vocabulary::{Abbreviation, TextVocabulary};
//! let vocabulary = TextVocabulary::builtin();
//! assert_eq!(vocabulary.abbreviation("Gen"), Some(Abbreviation::Leading));
//! assert_eq!(vocabulary.abbreviation("Inc"), Some(Abbreviation::MayEnd));
//! assert_eq!(vocabulary.abbreviation("No"), Some(Abbreviation::BeforeNumber));
//! assert_eq!(vocabulary.abbreviation("ministry"), None);
//! assert!(vocabulary.is_agency("Reuters"));
//! ```

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::ontology::{Ontology, OntologyBuilder, BUILTIN_FILES};
use crate::vocab::KG;

/// How an abbreviation's final dot behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// Not a full stop, unless a sentence starter follows ("Inc.", "U.S.").
    MayEnd,
    /// Never a full stop: the abbreviation leads into the next word ("Mr.").
    Leading,
    /// An abbreviation only before a number ("No. 5").
    BeforeNumber,
}

/// Longest abbreviation looked up, in bytes (without its final dot): longer
/// words are never abbreviations, which keeps look-ups allocation-free.
const MAX_ABBREVIATION: usize = 16;

/// The text stage's vocabulary, compiled for fast look-ups.
#[derive(Debug, Clone, Default)]
pub struct TextVocabulary {
    /// Lowercase, without the final dot: "mr", "u.s", "e.g".
    abbreviations: FxHashMap<Box<str>, Abbreviation>,
    /// As written: "The", "However".
    sentence_starters: FxHashSet<Box<str>>,
    /// Lowercase, longest first, so "reporting by" wins over "by".
    byline_cues: Vec<String>,
    /// Lowercase names and short names of news agencies and media.
    agencies: FxHashSet<String>,
}

impl TextVocabulary {
    /// Compiles the vocabulary of an ontology (built-in plus user files).
    pub fn from_ontology(ontology: &Ontology) -> Self {
        let mut vocabulary = TextVocabulary::default();
        let cues = &ontology.cues;
        // Later kinds win: a word listed as leading is never a sentence end.
        for (list, kind) in [
            (&cues.abbreviations, Abbreviation::MayEnd),
            (&cues.number_abbreviations, Abbreviation::BeforeNumber),
            (&cues.leading_abbreviations, Abbreviation::Leading),
        ] {
            for written in list {
                let key = written.trim().trim_end_matches('.').to_ascii_lowercase();
                if !key.is_empty() && key.len() <= MAX_ABBREVIATION {
                    vocabulary.abbreviations.insert(key.into(), kind);
                }
            }
        }
        vocabulary.sentence_starters = cues
            .sentence_starters
            .iter()
            .map(|w| w.trim().into())
            .collect();
        vocabulary.byline_cues = cues
            .byline_cues
            .iter()
            .map(|c| c.trim().to_lowercase())
            .filter(|c| !c.is_empty())
            .collect();
        vocabulary
            .byline_cues
            .sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        vocabulary.byline_cues.dedup();
        let media = format!("{KG}MediaOrganization");
        for individual in &ontology.individuals {
            if ontology.is_subclass_of(&individual.class, &media) {
                for name in std::iter::once(&individual.label).chain(&individual.alt_labels) {
                    vocabulary.agencies.insert(name.to_lowercase());
                }
            }
        }
        vocabulary
    }

    /// The vocabulary of the built-in ontology, compiled once. Only the files
    /// that hold it are read (the ontology, the text lexicon and the
    /// organisations), so this is cheap even where the whole ontology is not
    /// needed.
    pub fn builtin() -> &'static TextVocabulary {
        static BUILTIN: OnceLock<TextVocabulary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut builder = OntologyBuilder::new();
            for (name, text) in BUILTIN_FILES {
                if matches!(
                    *name,
                    "kgraph.ttl" | "lexicon/text.ttl" | "gazetteer/organizations.ttl"
                ) {
                    builder = builder.with_text(format!("ontology/{name}"), *text);
                }
            }
            // The built-in files are checked by the tests (see
            // `builtin_vocabulary_is_complete`); an empty vocabulary is the
            // only sensible answer if they ever failed to parse.
            builder
                .build()
                .map(|ontology| TextVocabulary::from_ontology(&ontology))
                .unwrap_or_default()
        })
    }

    /// How `word` (written without its final dot) behaves as an
    /// abbreviation, if it is one: listed words, single capital letters
    /// (initials: "J. R. Smith") and letters joined by dots ("U.S", "H.E").
    pub fn abbreviation(&self, word: &str) -> Option<Abbreviation> {
        if word.is_empty() || word.len() > MAX_ABBREVIATION || !word.is_ascii() {
            // Non-ASCII: a single capital letter is still an initial ("Ö.").
            let mut chars = word.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_uppercase() => Some(Abbreviation::MayEnd),
                _ => None,
            };
        }
        let mut buffer = [0u8; MAX_ABBREVIATION];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        if let Some(&kind) = self.abbreviations.get(lower) {
            return Some(kind);
        }
        let bytes = word.as_bytes();
        if bytes.len() == 1 {
            return bytes[0]
                .is_ascii_uppercase()
                .then_some(Abbreviation::MayEnd);
        }
        let dotted = word.contains('.')
            && word
                .split('.')
                .all(|part| part.len() == 1 && part.as_bytes()[0].is_ascii_alphabetic());
        dotted.then_some(Abbreviation::MayEnd)
    }

    /// Whether a capitalised word starts a new sentence after an abbreviation.
    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word)
    }

    /// The byte length of the byline cue `line` starts with ("By ",
    /// "Reporting by "), if any; the cue must be followed by a space.
    pub fn byline_cue(&self, line: &str) -> Option<usize> {
        self.byline_cues.iter().find_map(|cue| {
            let head = line.get(..cue.len())?;
            let next = line[cue.len()..].chars().next()?;
            (head.eq_ignore_ascii_case(cue) && next.is_whitespace()).then_some(cue.len())
        })
    }

    /// Whether a name is a news agency or medium known to the gazetteer.
    pub fn is_agency(&self, name: &str) -> bool {
        self.agencies.contains(&name.trim().to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_vocabulary_is_complete() {
        let v = TextVocabulary::builtin();
        for (word, kind) in [
            ("Mr", Abbreviation::Leading),
            ("H.E", Abbreviation::Leading),
            ("Dr", Abbreviation::Leading),
            ("Gen", Abbreviation::Leading),
            ("St", Abbreviation::Leading),
            ("vs", Abbreviation::Leading),
            ("e.g", Abbreviation::Leading),
            ("i.e", Abbreviation::Leading),
            ("U.S", Abbreviation::MayEnd),
            ("U.K", Abbreviation::MayEnd),
            ("Jan", Abbreviation::MayEnd),
            ("Dec", Abbreviation::MayEnd),
            ("Corp", Abbreviation::MayEnd),
            ("Ltd", Abbreviation::MayEnd),
            ("No", Abbreviation::BeforeNumber),
        ] {
            assert_eq!(v.abbreviation(word), Some(kind), "{word}");
        }
        assert!(v.is_sentence_starter("The") && !v.is_sentence_starter("Congress"));
        assert!(v.is_agency("AFP") && v.is_agency("Associated Press"));
        assert!(!v.is_agency("Ministry of Commerce"));
    }

    #[test]
    fn shapes_are_abbreviations_without_a_list() {
        let v = TextVocabulary::default();
        assert_eq!(v.abbreviation("J"), Some(Abbreviation::MayEnd));
        assert_eq!(v.abbreviation("N.A.T.O"), Some(Abbreviation::MayEnd));
        assert_eq!(v.abbreviation("j"), None);
        assert_eq!(v.abbreviation("3.5"), None);
        assert_eq!(v.abbreviation("Ministry"), None);
        assert_eq!(v.abbreviation(&"x".repeat(40)), None);
    }

    #[test]
    fn byline_cues_match_whole_words_longest_first() {
        let v = TextVocabulary::builtin();
        assert_eq!(
            v.byline_cue("Reporting by Jane Roe"),
            Some("reporting by".len())
        );
        assert_eq!(v.byline_cue("BY JANE ROE"), Some(2));
        assert_eq!(v.byline_cue("Bypass roads opened"), None);
    }

    #[test]
    fn user_ontologies_extend_the_lists() {
        let extra = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
            <https://example.org/mine> kg:leadingAbbreviation \"Insp.\", \"Supt.\" ; kg:abbreviation \"Pty.\" .";
        let ontology = OntologyBuilder::new()
            .with_builtin()
            .with_text("mine.ttl", extra)
            .build()
            .unwrap();
        let v = TextVocabulary::from_ontology(&ontology);
        assert_eq!(v.abbreviation("Pty"), Some(Abbreviation::MayEnd));
        assert_eq!(v.abbreviation("Insp"), Some(Abbreviation::Leading));
    }
}
