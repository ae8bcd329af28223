//! Sentence splitting and tokenisation with byte offsets.
//!
//! One pass over the characters of each body range. Words keep internal
//! apostrophes, hyphens and the dots of abbreviations ("U.S.", "Mr.");
//! possessive `'s` and the `n't` of negations are tokens of their own;
//! numbers keep their decimal points and thousands separators. A sentence
//! ends at `.`, `!` or `?` (with any closing quotes or brackets) unless the
//! dot belongs to an abbreviation or an initial, at a blank line, and at the
//! end of a short line without final punctuation (a headline).
//!
//! ```
//! use kgraph::text::segment;
//! let text = "Mr. Li met U.S. officials on Oct. 3. Growth was 3.5 percent.";
//! let sentences = segment(text, &[0..text.len()]);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(&text[sentences[1].span.clone()], "Growth was 3.5 percent.");
//! ```

use std::ops::Range;

/// One sentence: its byte span in the document text and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
}

/// One token: a word, a number or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// Abbreviations whose dot does not end a sentence (lowercase, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "col", "lt",
    "capt", "sgt", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "nos", "co", "inc", "ltd", "corp", "bros", "vs", "etc",
    "approx", "dept", "est", "fig", "vol", "mt", "ft", "ave", "blvd", "rd", "univ", "assn", "e.g",
    "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
];

/// Words that, capitalised after an abbreviation, start a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "In",
    "On",
    "But",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "After",
    "When",
    "While",
    "However",
    "Meanwhile",
    "According",
];

/// Splits every body range of `text` into sentences.
pub fn segment(text: &str, body: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for range in body {
        let start = floor_char_boundary(text, range.start.min(text.len()));
        let end = floor_char_boundary(text, range.end.min(text.len()));
        if start < end {
            segment_range(text, start, end, &mut out);
        }
    }
    out
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_quote_or_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '}' | '\u{00bb}'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn segment_range(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut line_start_token = 0;
    let mut i = 0;
    let next_char = |i: usize| s[i..].chars().next();

    let flush = |tokens: &mut Vec<Token>, out: &mut Vec<Sentence>| {
        if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
            out.push(Sentence {
                span: first.span.start..last.span.end,
                tokens: std::mem::take(tokens),
            });
        }
    };

    while i < s.len() {
        let Some(c) = next_char(i) else { break };
        let clen = c.len_utf8();
        if c == '\n' {
            // Blank line: paragraph break. Single line break after a short
            // line without final punctuation: a headline or list item ends.
            let mut j = i + 1;
            let mut blank = false;
            while j < s.len() {
                match bytes[j] {
                    b'\n' => {
                        blank = true;
                        j += 1;
                    }
                    b' ' | b'\t' | b'\r' => j += 1,
                    _ => break,
                }
            }
            let line_tokens = &tokens[line_start_token.min(tokens.len())..];
            let ends_open = line_tokens.last().is_some_and(|t| {
                t.kind != TokenKind::Punct
                    || !matches!(&text[t.span.clone()], "," | ";" | ":" | "-" | "(")
            });
            let short_line = line_tokens.len() <= 12 && line_tokens.len() == tokens.len();
            if blank || (short_line && ends_open) {
                flush(&mut tokens, out);
            }
            line_start_token = tokens.len();
            i = j;
            continue;
        }
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let abs = start + i;
        if c.is_alphanumeric() {
            let (tok_end, kind) = scan_word(s, i);
            // Split a possessive "'s" and a negation "n't" into tokens of their own.
            let word = &s[i..tok_end];
            let (main_end, tail) = split_clitic(word);
            tokens.push(Token {
                span: abs..start + i + main_end,
                kind,
            });
            if let Some(tail_len) = tail {
                tokens.push(Token {
                    span: start + i + main_end..start + i + main_end + tail_len,
                    kind: TokenKind::Word,
                });
            }
            i = tok_end;
            // An abbreviation's dot is part of the word and does not end the sentence.
            continue;
        }
        // Possessive after a word: "China's", "countries'".
        if is_apostrophe(c)
            && !tokens.is_empty()
            && tokens
                .last()
                .is_some_and(|t| t.span.end == abs && t.kind == TokenKind::Word)
        {
            let rest = &s[i + clen..];
            if rest.starts_with('s') && !rest[1..].starts_with(|x: char| x.is_alphanumeric()) {
                tokens.push(Token {
                    span: abs..abs + clen + 1,
                    kind: TokenKind::Word,
                });
                i += clen + 1;
                continue;
            }
        }
        tokens.push(Token {
            span: abs..abs + clen,
            kind: TokenKind::Punct,
        });
        i += clen;
        if matches!(c, '.' | '!' | '?' | '\u{2026}') {
            // Take closing quotes and brackets into the sentence.
            while i < s.len() {
                match next_char(i) {
                    Some(q) if is_quote_or_close(q) || q == '.' => {
                        tokens.push(Token {
                            span: start + i..start + i + q.len_utf8(),
                            kind: TokenKind::Punct,
                        });
                        i += q.len_utf8();
                    }
                    _ => break,
                }
            }
            let at_end = i >= s.len() || next_char(i).is_some_and(char::is_whitespace);
            if at_end {
                flush(&mut tokens, out);
                line_start_token = 0;
            }
        }
    }
    flush(&mut tokens, out);
}

/// Scans a word or number starting at `i`; returns its end and kind. Dots
/// stay inside abbreviations ("U.S.", "Mr.") and initials ("F."), and
/// inside numbers ("3.5"); hyphens and apostrophes stay inside words.
fn scan_word(s: &str, i: usize) -> (usize, TokenKind) {
    let mut j = i;
    let mut all_digits = true;
    let mut chars = s[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = i + off;
        if c.is_alphanumeric() {
            all_digits &= c.is_ascii_digit();
            j = pos + c.len_utf8();
            continue;
        }
        let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if (c == '-' || is_apostrophe(c)) && next_alnum {
            all_digits = false;
            continue;
        }
        if (c == '.' || c == ',')
            && next_alnum
            && all_digits
            && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit())
        {
            // 3.5 or 1,000
            continue;
        }
        if c == '.' {
            let word = &s[i..pos];
            let number_sign = matches!(word, "No" | "no" | "Nos" | "nos");
            let before_number = s[pos + 1..]
                .trim_start()
                .starts_with(|x: char| x.is_ascii_digit());
            if is_abbreviation(word) && (!number_sign || before_number) {
                // Include the dot; a following sentence starter still ends the sentence.
                let after = &s[pos + 1..];
                let next_word = after
                    .trim_start()
                    .split(|x: char| !x.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let ends = after.starts_with(char::is_whitespace)
                    && (SENTENCE_STARTERS.contains(&next_word) || after.trim_start().is_empty())
                    && word.len() > 1
                    && word.contains('.');
                if !ends {
                    j = pos + 1;
                    if next_alnum {
                        // "U.S" continues: keep scanning letters and dots.
                        continue;
                    }
                }
            } else if next_alnum
                && word.chars().all(char::is_alphabetic)
                && word.chars().count() == 1
            {
                // "U.S": single letters joined by dots.
                j = pos + 1;
                continue;
            }
        }
        break;
    }
    let kind = if all_digits || s[i..j].chars().next().is_some_and(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (
        j.max(i + s[i..].chars().next().map_or(1, char::len_utf8)),
        kind,
    )
}

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let mut chars = word.chars();
    // A single capital letter is an initial ("John F. Kennedy").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // Letters separated by dots: "U.S", "e.g".
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)
}

/// "China's" → ("China", 's); "didn't" → ("did", n't).
fn split_clitic(word: &str) -> (usize, Option<usize>) {
    for suffix in ["'s", "\u{2019}s", "'S"] {
        if word.len() > suffix.len() && word.ends_with(suffix) {
            return (word.len() - suffix.len(), Some(suffix.len()));
        }
    }
    for suffix in ["n't", "n\u{2019}t"] {
        if word.len() > suffix.len() + 1 && word.to_ascii_lowercase().ends_with(suffix) {
            return (word.len() - suffix.len(), Some(suffix.len()));
        }
    }
    (word.len(), None)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // body ranges are slices of ranges
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text, &[0..text.len()])
            .into_iter()
            .map(|s| &text[s.span])
            .collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        segment(text, &[0..text.len()])
            .into_iter()
            .flat_map(|s| s.tokens)
            .map(|t| &text[t.span])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("Mr. Smith met Dr. Lee in the U.S. on Oct. 3. John F. Kennedy spoke. It rose 3.5 percent!"),
            ["Mr. Smith met Dr. Lee in the U.S. on Oct. 3.", "John F. Kennedy spoke.", "It rose 3.5 percent!"]
        );
    }

    #[test]
    fn abbreviation_before_a_sentence_starter_ends_the_sentence() {
        assert_eq!(
            sentences("He moved to the U.S. The move was quick."),
            ["He moved to the U.S.", "The move was quick."]
        );
    }

    #[test]
    fn quotes_after_the_stop_stay_in_the_sentence() {
        assert_eq!(
            sentences("He said \u{201c}no.\u{201d} Then he left."),
            ["He said \u{201c}no.\u{201d}", "Then he left."]
        );
    }

    #[test]
    fn headlines_and_paragraphs_end_sentences() {
        assert_eq!(
            sentences("China unveils new strategy\nThe strategy was issued today.\n\nSecond paragraph here"),
            ["China unveils new strategy", "The strategy was issued today.", "Second paragraph here"]
        );
    }

    #[test]
    fn long_lines_wrapped_inside_a_paragraph_continue() {
        let text = "The ministry said on Monday that the new rules would apply to all\ncompanies from next year.";
        assert_eq!(sentences(text).len(), 1);
    }

    #[test]
    fn possessives_and_negations_are_tokens() {
        assert_eq!(
            tokens("China's plan didn't work."),
            ["China", "'s", "plan", "did", "n't", "work", "."]
        );
        assert_eq!(
            tokens("China\u{2019}s U.S.-based Asia-Pacific"),
            ["China", "\u{2019}s", "U.S.", "-", "based", "Asia-Pacific"]
        );
    }

    #[test]
    fn numbers_keep_separators() {
        let toks = segment("It cost 1,000 yuan, or 3.5 percent.", &[0..35]);
        let kinds: Vec<_> = toks[0].tokens.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[2], TokenKind::Number);
        assert_eq!(
            &"It cost 1,000 yuan, or 3.5 percent."[toks[0].tokens[2].span.clone()],
            "1,000"
        );
    }

    #[test]
    fn other_scripts_and_emoji_never_split_inside_a_character() {
        let text = "国务院 issued 🙂 rules. مرحبا!";
        for s in segment(text, &[0..text.len()]) {
            for t in &s.tokens {
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
        }
    }

    #[test]
    fn body_ranges_bound_sentences() {
        let text = "Menu | Home\nThe strategy was issued. It has goals.";
        let body = [12..text.len()];
        assert_eq!(
            segment(text, &body)
                .into_iter()
                .map(|s| &text[s.span])
                .collect::<Vec<_>>(),
            ["The strategy was issued.", "It has goals."]
        );
    }
}
