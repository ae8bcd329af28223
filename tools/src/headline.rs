//! How the training programs write a sentence as a headline: every word's
//! first letter upper-cased except the short function words headline
//! styles leave in lowercase after the first word. `train_syntax` trains
//! the title-case tagger on such copies; `train_ner --title-case-train`
//! adds them to the name tagger's training text.
//!
//! ```
//! use kgraph_tools::headline::keeps_lowercase;
//! assert!(keeps_lowercase("of", 2));
//! assert!(!keeps_lowercase("The", 0));
//! assert!(!keeps_lowercase("signs", 1));
//! ```

/// Words a headline leaves in lowercase (articles, coordinating
/// conjunctions, short prepositions), as the usual headline styles do.
const HEADLINE_LOWERCASE: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "per", "to", "up", "via", "vs", "vs.", "v.",
];

/// Whether a headline keeps `word`, the sentence's `position`-th word
/// (from 0), in lowercase: a function word of the list, not opening the
/// sentence.
pub fn keeps_lowercase(word: &str, position: usize) -> bool {
    position > 0 && HEADLINE_LOWERCASE.contains(&word.to_lowercase().as_str())
}
