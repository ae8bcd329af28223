//! What the tagger and the parser see of a word: hashes of its normalised
//! form, affixes and shape, computed once per token so that every feature is
//! a cheap combination of integers.

use super::perceptron::hash_str;

/// Longest word (in characters) whose affixes and shape are computed in full;
/// longer tokens (URLs, runs of symbols) are cut here, which bounds the work.
const MAX_CHARS: usize = 40;

/// Hashed views of one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordView {
    /// The form exactly as written.
    pub form: u64,
    /// Lower case, every digit replaced by `0`.
    pub norm: u64,
    pub suffix1: u64,
    pub suffix2: u64,
    pub suffix3: u64,
    pub suffix4: u64,
    pub prefix1: u64,
    pub prefix3: u64,
    /// Character classes (`X` upper, `x` lower, `d` digit, other kept),
    /// runs longer than two shortened to two: "Kenya-2" → `Xxx-d`.
    pub shape: u64,
}

impl WordView {
    /// Computes the views of `word`, using `scratch` as working space.
    pub fn new(word: &str, scratch: &mut String) -> Self {
        let chars = normalise_into(word, scratch);
        let norm_text = scratch.as_str();
        let suffix = |n: usize| -> u64 {
            let start = norm_text
                .char_indices()
                .rev()
                .nth(n - 1)
                .map_or(0, |(i, _)| i);
            hash_str(&norm_text[start..]) ^ (n as u64)
        };
        let prefix = |n: usize| -> u64 {
            let end = norm_text
                .char_indices()
                .nth(n)
                .map_or(norm_text.len(), |(i, _)| i);
            hash_str(&norm_text[..end]) ^ ((n as u64) << 8)
        };
        let view = Self {
            form: hash_str(word),
            norm: hash_str(norm_text),
            suffix1: suffix(1),
            suffix2: suffix(2),
            suffix3: suffix(3),
            suffix4: if chars >= 4 { suffix(4) } else { 0 },
            prefix1: prefix(1),
            prefix3: prefix(3),
            shape: 0,
        };
        // The normalised text is hashed already: its buffer holds the shape
        // now, so no word allocates.
        let shape = scratch;
        shape.clear();
        let (mut last, mut run) = ('\0', 0);
        for c in word.chars().take(MAX_CHARS) {
            let class = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if class == last {
                run += 1;
            } else {
                last = class;
                run = 1;
            }
            if run <= 2 {
                shape.push(class);
            }
        }
        Self {
            shape: hash_str(shape),
            ..view
        }
    }

    /// Only the `norm` field of [`WordView::new`], for callers that need no more.
    pub fn norm_of(word: &str, scratch: &mut String) -> u64 {
        normalise_into(word, scratch);
        hash_str(scratch)
    }

    /// The view of a position outside the sentence (before the first word or
    /// after the last): distinct from every real word.
    pub fn padding() -> Self {
        let h = hash_str("\u{0}<pad>");
        Self {
            form: h,
            norm: h,
            suffix1: h,
            suffix2: h,
            suffix3: h,
            suffix4: h,
            prefix1: h,
            prefix3: h,
            shape: h,
        }
    }
}

/// Writes the normalised form of `word` (lower case, digits as `0`, at most
/// `MAX_CHARS` characters) into `out`; returns the characters read.
fn normalise_into(word: &str, out: &mut String) -> usize {
    out.clear();
    let mut chars = 0;
    for c in word.chars().take(MAX_CHARS) {
        chars += 1;
        if c.is_ascii_digit() {
            out.push('0');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    chars
}

/// Lower case with digits as `0`: the key of the tag dictionary and the
/// lemmatiser's tables.
pub fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalise_into(word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_share_what_the_words_share() {
        let mut s = String::new();
        let a = WordView::new("Running", &mut s);
        let b = WordView::new("running", &mut s);
        let c = WordView::new("jumping", &mut s);
        assert_eq!(a.norm, b.norm);
        assert_ne!(a.form, b.form);
        assert_ne!(a.shape, b.shape);
        assert_eq!(b.suffix3, c.suffix3);
        assert_ne!(b.suffix4, c.suffix4);
        assert_eq!(
            WordView::new("1999", &mut s).norm,
            WordView::new("2024", &mut s).norm
        );
        // Non-ASCII and very long tokens are handled without panicking.
        let _ = WordView::new("Zürich–Genève", &mut s);
        let _ = WordView::new(&"é".repeat(500), &mut s);
        let _ = WordView::new("", &mut s);
        for w in ["Running", "ÉTÉ", "x1", ""] {
            assert_eq!(WordView::norm_of(w, &mut s), WordView::new(w, &mut s).norm);
            assert_eq!(hash_str(&normalise(w)), WordView::new(w, &mut s).norm);
        }
    }
}
