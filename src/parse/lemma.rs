//! Lemmas from a word and its UPOS tag, learned from a treebank.
//!
//! Two tables, both learned from (form, UPOS, lemma) triples: suffix rules
//! keyed by UPOS and the word's last one to four letters ("VERB, -ies → -y"),
//! the longest matching suffix winning; and exceptions, the words whose
//! most frequent lemma the rules get wrong (irregular forms: "went", "mice").
//! Proper nouns keep their form; other words are lemmatised in lower case.

use rustc_hash::FxHashMap;

use super::perceptron::{hash_str, Reader};
use super::{read_strings, write_strings, ModelFileError};

/// The first bytes of a lemmatiser file; the digit is the format version.
pub const MAGIC: &[u8; 8] = b"KGLEMM01";

/// Longest suffix a rule keys on, in characters.
const MAX_SUFFIX: usize = 4;
/// A rule is kept when it was seen at least this often for its suffix.
const MIN_RULE_COUNT: u32 = 2;

/// How to turn a form into its lemma: cut `cut` characters, then append `add`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Rule {
    cut: usize,
    add: String,
}

impl Rule {
    /// The rule that turns `form` into `lemma`.
    fn between(form: &str, lemma: &str) -> Self {
        let common = form
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        Rule {
            cut: form.chars().count() - common,
            add: lemma.chars().skip(common).collect(),
        }
    }

    fn apply(&self, form: &str) -> Option<String> {
        let keep = form.chars().count().checked_sub(self.cut)?;
        let mut out: String = form.chars().take(keep).collect();
        out.push_str(&self.add);
        (!out.is_empty()).then_some(out)
    }
}

fn key(upos: &str, text: &str) -> u64 {
    key_of(hash_str(upos), text)
}

/// [`key`] with the tag hashed already (a word's lookups share it).
fn key_of(upos_hash: u64, text: &str) -> u64 {
    upos_hash ^ hash_str(text).rotate_left(17)
}

/// The last `n` characters of `word`, if it has more than `n`.
fn suffix(word: &str, n: usize) -> Option<&str> {
    let (start, _) = word.char_indices().rev().nth(n - 1)?;
    (start > 0).then(|| &word[start..])
}

/// A trained lemmatiser.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    /// key(UPOS, suffix) → rule.
    rules: FxHashMap<u64, Rule>,
    /// key(UPOS, lower-case form) → lemma.
    exceptions: FxHashMap<u64, String>,
    /// The tables as strings, in sorted order, for `to_bytes`.
    rule_lines: Vec<String>,
    exception_lines: Vec<String>,
}

impl Lemmatizer {
    /// Learns the tables from (form, UPOS, lemma) triples.
    pub fn train<'a>(triples: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> Self {
        use std::collections::BTreeMap;
        // (UPOS, lower-case form) → lemma → count, in sorted maps for determinism.
        let mut forms: BTreeMap<(String, String), BTreeMap<String, u32>> = BTreeMap::new();
        for (form, upos, lemma) in triples {
            if upos == "PROPN" || lemma == "_" || form.is_empty() {
                continue;
            }
            *forms
                .entry((upos.to_string(), form.to_lowercase()))
                .or_default()
                .entry(lemma.to_lowercase())
                .or_default() += 1;
        }
        let best = |lemmas: &BTreeMap<String, u32>| -> (String, u32) {
            let (l, &n) = lemmas
                .iter()
                .max_by_key(|&(l, &n)| (n, std::cmp::Reverse(l.clone())))
                .expect("a counted form has a lemma");
            (l.clone(), n)
        };
        // Rule counts per (UPOS, suffix), each form counted as often as seen.
        let mut counts: BTreeMap<(String, String), BTreeMap<Rule, u32>> = BTreeMap::new();
        for ((upos, form), lemmas) in &forms {
            let (lemma, _) = best(lemmas);
            let total: u32 = lemmas.values().sum();
            let rule = Rule::between(form, &lemma);
            for n in 1..=MAX_SUFFIX {
                if let Some(s) = suffix(form, n) {
                    *counts
                        .entry((upos.clone(), s.to_string()))
                        .or_default()
                        .entry(rule.clone())
                        .or_default() += total;
                }
            }
        }
        let mut out = Lemmatizer::default();
        for ((upos, suf), rules) in &counts {
            let (rule, &n) = rules
                .iter()
                .max_by_key(|&(r, &n)| (n, std::cmp::Reverse(r.clone())))
                .expect("a counted suffix has a rule");
            if n >= MIN_RULE_COUNT {
                out.rule_lines
                    .push(format!("{upos}\t{suf}\t{}\t{}", rule.cut, rule.add));
            }
        }
        out.index_rules();
        for ((upos, form), lemmas) in &forms {
            let (lemma, _) = best(lemmas);
            if out.by_rules(form, upos) != lemma {
                out.exception_lines.push(format!("{upos}\t{form}\t{lemma}"));
            }
        }
        out.index_exceptions();
        out
    }

    fn index_rules(&mut self) {
        self.rules = self
            .rule_lines
            .iter()
            .filter_map(|line| {
                let mut parts = line.split('\t');
                let (upos, suf, cut, add) =
                    (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
                Some((
                    key(upos, suf),
                    Rule {
                        cut: cut.parse().ok()?,
                        add: add.to_string(),
                    },
                ))
            })
            .collect();
    }

    fn index_exceptions(&mut self) {
        self.exceptions = self
            .exception_lines
            .iter()
            .filter_map(|line| {
                let mut parts = line.split('\t');
                let (upos, form, lemma) = (parts.next()?, parts.next()?, parts.next()?);
                Some((key(upos, form), lemma.to_string()))
            })
            .collect();
    }

    fn by_rules(&self, lower: &str, upos: &str) -> String {
        self.rule_lemma(lower, hash_str(upos))
            .unwrap_or_else(|| lower.to_string())
    }

    /// What the longest suffix rule that applies makes of `lower`, if any.
    fn rule_lemma(&self, lower: &str, upos_hash: u64) -> Option<String> {
        for n in (1..=MAX_SUFFIX).rev() {
            if let Some(s) = suffix(lower, n) {
                if let Some(rule) = self.rules.get(&key_of(upos_hash, s)) {
                    if let Some(lemma) = rule.apply(lower) {
                        return Some(lemma);
                    }
                }
            }
        }
        None
    }

    /// The lemma of `form` tagged `upos`.
    pub fn lemma(&self, form: &str, upos: &str) -> String {
        if upos == "PROPN" {
            return form.to_string();
        }
        let lower = form.to_lowercase();
        let upos_hash = hash_str(upos);
        if let Some(lemma) = self.exceptions.get(&key_of(upos_hash, &lower)) {
            return lemma.clone();
        }
        self.rule_lemma(&lower, upos_hash).unwrap_or(lower)
    }

    /// Magic, the rules, then the exceptions (each a sorted string table).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let rules: Vec<&str> = self.rule_lines.iter().map(String::as_str).collect();
        write_strings(&rules, &mut out);
        let exceptions: Vec<&str> = self.exception_lines.iter().map(String::as_str).collect();
        write_strings(&exceptions, &mut out);
        out
    }

    /// Reads bytes written by [`Lemmatizer::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelFileError> {
        if bytes.get(..MAGIC.len()) != Some(MAGIC) {
            return Err(ModelFileError::BadMagic("KGLEMM01"));
        }
        let mut r = Reader {
            bytes,
            pos: MAGIC.len(),
        };
        let rule_lines = read_strings(&mut r)?;
        let exception_lines = read_strings(&mut r)?;
        if r.pos != bytes.len() {
            return Err(ModelFileError::Inconsistent("bytes after the lemma tables"));
        }
        let mut out = Lemmatizer {
            rule_lines,
            exception_lines,
            ..Default::default()
        };
        out.index_rules();
        out.index_exceptions();
        Ok(out)
    }

    /// Number of rules and exceptions (for reports).
    pub fn sizes(&self) -> (usize, usize) {
        (self.rule_lines.len(), self.exception_lines.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_rules_and_exceptions() {
        let data = [
            ("walked", "VERB", "walk"),
            ("talked", "VERB", "talk"),
            ("jumped", "VERB", "jump"),
            ("went", "VERB", "go"),
            ("cities", "NOUN", "city"),
            ("ladies", "NOUN", "lady"),
            ("dogs", "NOUN", "dog"),
            ("cats", "NOUN", "cat"),
            ("Paris", "PROPN", "Paris"),
        ];
        let lem = Lemmatizer::train(data);
        assert_eq!(lem.lemma("parked", "VERB"), "park");
        assert_eq!(lem.lemma("Went", "VERB"), "go");
        assert_eq!(lem.lemma("parties", "NOUN"), "party");
        assert_eq!(lem.lemma("birds", "NOUN"), "bird");
        assert_eq!(lem.lemma("Lagos", "PROPN"), "Lagos");
        let again = Lemmatizer::from_bytes(&lem.to_bytes()).unwrap();
        assert_eq!(again.to_bytes(), lem.to_bytes());
        assert_eq!(again.lemma("parties", "NOUN"), "party");
        assert!(Lemmatizer::from_bytes(b"KGLEMM01\x05").is_err());
        // Odd input never panics.
        let _ = lem.lemma("", "NOUN");
        let _ = lem.lemma("ß", "VERB");
    }
}
