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
    /// Lowercase words that may join the names of a byline ("and", "von").
    byline_joiners: FxHashSet<Box<str>>,
    /// Lowercase labels opening a source line ("from:", "source:").
    source_line_cues: Vec<String>,
    /// Lowercase words opening a line that gives the page's date
    /// ("published", "last updated"), longest first.
    date_line_cues: Vec<String>,
    /// Lowercase phrases of site furniture ("follow us").
    boilerplate_phrases: Vec<String>,
    /// Lowercase reporting verbs ending a speaker's line ("said").
    speaker_line_verbs: FxHashSet<Box<str>>,
    /// Lowercase month names with their number in the year (1–12).
    months: Vec<(Box<str>, u32)>,
    /// Lowercase offices of several words whose first word is a sentence
    /// starter ("under secretary"): after an abbreviation they go on with
    /// its sentence ("the U.S. Under Secretary of …").
    starter_offices: Vec<String>,
}

/// Trimmed, lowercase, without empty entries; longest first, so that the
/// longer of two overlapping phrases is tried first.
fn lowercase_phrases(phrases: &[String]) -> Vec<String> {
    let mut out: Vec<String> = phrases
        .iter()
        .map(|p| p.trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out.dedup();
    out
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
        vocabulary.byline_cues = lowercase_phrases(&cues.byline_cues);
        vocabulary.byline_joiners = cues
            .byline_joiners
            .iter()
            .map(|w| w.trim().to_lowercase().into())
            .collect();
        vocabulary.source_line_cues = lowercase_phrases(&cues.source_line_cues);
        vocabulary.date_line_cues = lowercase_phrases(&cues.date_line_cues);
        vocabulary.boilerplate_phrases = lowercase_phrases(&cues.boilerplate_phrases);
        vocabulary.speaker_line_verbs = cues
            .speaker_line_verbs
            .iter()
            .map(|w| w.trim().to_lowercase().into())
            .collect();
        // A list's position gives the month's number; names past the twelfth
        // have no month to stand for.
        for names in &cues.month_names {
            for (index, name) in names.iter().take(12).enumerate() {
                let name = name.trim().to_lowercase();
                if !name.is_empty() {
                    vocabulary.months.push((name.into(), index as u32 + 1));
                }
            }
        }
        let offices: Vec<String> = ontology
            .classes
            .values()
            .flat_map(|c| &c.position_titles)
            .filter(|title| {
                let first = title.split([' ', '-']).next().unwrap_or("");
                first.len() < title.trim().len() && vocabulary.is_sentence_starter(first)
            })
            .map(|title| title.trim().to_lowercase())
            .collect();
        vocabulary.starter_offices = lowercase_phrases(&offices);
        let media = format!("{KG}MediaOrganization");
        for individual in ontology.individuals.iter() {
            if ontology.is_subclass_of(&individual.class, &media) {
                for name in std::iter::once(&individual.label).chain(&individual.alt_labels) {
                    vocabulary.agencies.insert(name.to_lowercase());
                }
            }
        }
        vocabulary
    }

    /// The vocabulary of the built-in ontology, compiled once. Only the files
    /// that hold it are read (the ontology, the text lexicon, the offices and
    /// the organisations), so this is cheap even where the whole ontology is
    /// not needed.
    pub fn builtin() -> &'static TextVocabulary {
        static BUILTIN: OnceLock<TextVocabulary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut builder = OntologyBuilder::new();
            for (name, text) in BUILTIN_FILES {
                if matches!(
                    *name,
                    "kgraph.ttl"
                        | "lexicon/text.ttl"
                        | "lexicon/positions.ttl"
                        | "gazetteer/organizations.ttl"
                ) {
                    builder = builder.with_builtin_file(name, text);
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

    /// Whether `text` opens with an office whose first word is a sentence
    /// starter ("Under Secretary of …").
    pub fn opens_with_starter_office(&self, text: &str) -> bool {
        self.starter_offices.iter().any(|office| {
            text.get(..office.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(office))
                && !text[office.len()..].starts_with(char::is_alphanumeric)
        })
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

    /// Whether a lowercase word may stand between the names of a byline.
    pub fn is_byline_joiner(&self, word: &str) -> bool {
        self.byline_joiners.contains(word)
    }

    /// Whether a lowercase line opens with a source label ("source: reuters").
    pub fn is_source_line(&self, lower: &str) -> bool {
        self.source_line_cues
            .iter()
            .any(|cue| lower.starts_with(cue.as_str()))
    }

    /// The line after a date-line cue it opens with ("Published 9 May
    /// 2025" → "9 May 2025"); the line itself without one.
    pub fn without_date_line_cue<'l>(&self, line: &'l str) -> &'l str {
        let trimmed = line.trim_start();
        for cue in &self.date_line_cues {
            let Some(head) = trimmed.get(..cue.len()) else {
                continue;
            };
            let rest = &trimmed[cue.len()..];
            // A cue is a whole word or phrase: "Published:" or "Published 9".
            if head.eq_ignore_ascii_case(cue)
                && rest.starts_with(|c: char| c.is_whitespace() || c == ':')
            {
                return rest.trim_start_matches(':').trim_start();
            }
        }
        line
    }

    /// The lowercase phrases that mark a line as site furniture.
    pub fn is_speaker_line_verb(&self, word: &str) -> bool {
        self.speaker_line_verbs
            .contains(word.to_lowercase().as_str())
    }

    pub fn boilerplate_phrases(&self) -> &[String] {
        &self.boilerplate_phrases
    }

    /// The number (1–12) of the month a word names, written out or shortened
    /// to three letters or more, with or without a dot ("March", "Mar.", "Sept").
    pub fn month_number(&self, word: &str) -> Option<u32> {
        let word = word.trim_end_matches('.').to_lowercase();
        if word.chars().count() < 3 {
            return None;
        }
        self.months
            .iter()
            .find(|(name, _)| name.starts_with(word.as_str()))
            .map(|&(_, number)| number)
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
        assert_eq!(v.month_number("March"), Some(3));
        assert_eq!(v.month_number("Sept."), Some(9));
        assert_eq!(v.month_number("Ma"), None);
        assert_eq!(v.month_number("Monday"), None);
        assert!(v.is_byline_joiner("von") && !v.is_byline_joiner("said"));
        assert!(v.is_source_line("source: reuters") && !v.is_source_line("sources said"));
        assert!(v.boilerplate_phrases().iter().any(|p| p == "follow us"));
        assert!(v.is_speaker_line_verb("Said") && !v.is_speaker_line_verb("share"));
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

    /// The vocabulary of the built-in ontology and one user file.
    fn with_user_file(turtle: &str) -> TextVocabulary {
        let ontology = OntologyBuilder::new()
            .with_builtin()
            .with_text("mine.ttl", turtle)
            .build()
            .unwrap();
        TextVocabulary::from_ontology(&ontology)
    }

    #[test]
    fn user_ontologies_extend_the_lists() {
        let extra = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
            <https://example.org/mine> kg:leadingAbbreviation \"Insp.\", \"Supt.\" ; kg:abbreviation \"Pty.\" .";
        let v = with_user_file(extra);
        assert_eq!(v.abbreviation("Pty"), Some(Abbreviation::MayEnd));
        assert_eq!(v.abbreviation("Insp"), Some(Abbreviation::Leading));
    }

    #[test]
    fn user_ontologies_add_month_names_and_furniture() {
        let extra = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
            <https://example.org/mine> kg:boilerplatePhrase \"Listen to this story\" ;
                kg:monthNames (\"janvier\" \"février\" \"mars\" \"avril\" \"mai\" \"juin\"
                    \"juillet\" \"août\" \"septembre\" \"octobre\" \"novembre\" \"décembre\") .";
        let v = with_user_file(extra);
        assert_eq!(v.month_number("août"), Some(8));
        assert_eq!(v.month_number("August"), Some(8));
        assert!(v
            .boilerplate_phrases()
            .iter()
            .any(|p| p == "listen to this story"));
        assert_eq!(
            crate::text::meta::find_date("le 14 juillet 2021", &v).as_deref(),
            Some("2021-07-14")
        );
    }
}
