//! Sentence splitting and tokenisation with byte offsets.
//!
//! One pass over the characters of each body range (a paragraph, see
//! [`super::layout`]). Words keep internal apostrophes, hyphens and the dots
//! of abbreviations ("U.S.", "Mr."); a word broken by a hyphen at a line end
//! is one token spanning the break; possessive `'s` and the `n't` of
//! negations are tokens of their own; numbers keep their decimal points and
//! thousands separators.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets, and reference marks such as "[12]") followed by white space,
//! at a blank line, and before a list item. Not at the dot of an abbreviation or an initial, unless a sentence
//! starter follows ("… in the U.S. The ministry said …"); not when a
//! quotation, exclamation or ellipsis goes on in lowercase ("'Go!' he
//! said"). A single line break inside a paragraph is a space. The
//! abbreviations and sentence starters come from the ontology
//! ([`super::vocabulary`]).
//!
//! ```
//! use kgraph::text::segment;
//! let text = "Mr. Li met U.S. officials on Oct. 3. Growth was 3.5 percent.";
//! let sentences = segment(text, &[0..text.len()]);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(&text[sentences[1].span.clone()], "Growth was 3.5 percent.");
//! ```

use std::ops::Range;

use super::layout::list_marker;
use super::vocabulary::{Abbreviation, TextVocabulary};

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

/// Splits every body range of `text` into sentences, with the built-in
/// vocabulary ([`TextVocabulary::builtin`]).
pub fn segment(text: &str, body: &[Range<usize>]) -> Vec<Sentence> {
    segment_with(text, body, TextVocabulary::builtin())
}

/// Splits every body range of `text` into sentences, with the abbreviations
/// and sentence starters of `vocabulary`.
pub fn segment_with(
    text: &str,
    body: &[Range<usize>],
    vocabulary: &TextVocabulary,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    for range in body {
        let start = floor_char_boundary(text, range.start.min(text.len()));
        let end = floor_char_boundary(text, range.end.min(text.len()));
        if start < end {
            segment_range(text, start, end, vocabulary, &mut out);
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

fn segment_range(
    text: &str,
    start: usize,
    end: usize,
    vocabulary: &TextVocabulary,
    out: &mut Vec<Sentence>,
) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = list_marker(s).unwrap_or(0);
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
            // A blank line or a list item ends the sentence; a single line
            // break inside a paragraph is a space (hard-wrapped text).
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
            let marker = list_marker(&s[j..]);
            if blank || marker.is_some() {
                flush(&mut tokens, out);
            }
            // A list item's marker is not part of its sentence.
            i = j + marker.unwrap_or(0);
            continue;
        }
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let abs = start + i;
        if c.is_alphanumeric() {
            let (tok_end, kind) = scan_word(s, i, vocabulary);
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
            // Take closing quotes and brackets into the sentence, and the
            // other dots of an ellipsis.
            let mut quoted_or_elided = c == '\u{2026}';
            while i < s.len() {
                match next_char(i) {
                    Some(q) if is_quote_or_close(q) || q == '.' => {
                        tokens.push(Token {
                            span: start + i..start + i + q.len_utf8(),
                            kind: TokenKind::Punct,
                        });
                        quoted_or_elided = true;
                        i += q.len_utf8();
                    }
                    _ => break,
                }
            }
            // Reference marks after the full stop ("… in 1805. [6] [7]")
            // belong to the sentence they support.
            loop {
                let rest = &s[i..];
                let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                let Some(digits) = reference_mark(&rest[gap..]) else {
                    break;
                };
                let open = start + i + gap;
                tokens.extend([
                    Token {
                        span: open..open + 1,
                        kind: TokenKind::Punct,
                    },
                    Token {
                        span: open + 1..open + 1 + digits,
                        kind: TokenKind::Number,
                    },
                    Token {
                        span: open + 1 + digits..open + 2 + digits,
                        kind: TokenKind::Punct,
                    },
                ]);
                i += gap + digits + 2;
            }
            let at_end = i >= s.len() || next_char(i).is_some_and(char::is_whitespace);
            // After a quotation or an ellipsis, a lowercase word goes on
            // with the same sentence: "'Go!' he said." (After a bare "?" or
            // "!" it does not: web text starts sentences in lowercase.)
            let goes_on = quoted_or_elided && continues_in_lowercase(&s[i..]);
            if at_end && !goes_on {
                flush(&mut tokens, out);
            }
        }
    }
    flush(&mut tokens, out);
}

/// The number of digits of a reference mark ("[12]") at the start of `s`.
fn reference_mark(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && inner[digits..].starts_with(']')).then_some(digits)
}

/// Whether the next word (on this line or the next) starts with a
/// lowercase letter.
fn continues_in_lowercase(rest: &str) -> bool {
    rest.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Opening quotes and brackets, skipped to find the word after a full stop.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{00ab}'
    )
}

/// Whether the dot of an abbreviation (that may end a sentence) is also a
/// full stop: when a sentence starter follows ("… in the U.S. The ministry
/// said …"), or nothing does.
fn abbreviation_ends_sentence(word: &str, after: &str, vocabulary: &TextVocabulary) -> bool {
    if !after.starts_with(char::is_whitespace) {
        return false;
    }
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || is_opening(c));
    if rest.is_empty() {
        return true;
    }
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // After an initial, "A" and "I" are more initials ("J. A. Smith").
    let initial = word.chars().count() == 1;
    vocabulary.is_sentence_starter(next)
        && !(initial && next.len() == 1)
        && !vocabulary.opens_with_starter_office(rest)
}

/// Where a word broken over a line end with a hyphen goes on: a hyphen
/// right after a letter, then the line break, then a lowercase letter
/// ("govern-\nment", "well-\nknown"). The token then spans the break; the
/// text is not rewritten.
fn line_break_hyphen(s: &str, hyphen: usize) -> Option<usize> {
    let before = s[..hyphen].chars().next_back()?;
    if !before.is_alphabetic() {
        return None;
    }
    let after = &s[hyphen + 1..];
    let line_end = after.trim_start_matches([' ', '\t', '\r']);
    let next_line = line_end.strip_prefix('\n')?;
    let word = next_line.trim_start_matches([' ', '\t']);
    word.starts_with(char::is_lowercase)
        .then(|| s.len() - word.len())
}

/// Scans a word or number starting at `i`; returns its end and kind. Dots
/// stay inside abbreviations ("U.S.", "Mr.") and initials ("F."), and
/// inside numbers ("3.5"); hyphens and apostrophes stay inside words, and
/// a hyphen at a line end joins the word's two halves.
fn scan_word(s: &str, i: usize, vocabulary: &TextVocabulary) -> (usize, TokenKind) {
    let mut j = i;
    let mut pos = i;
    let mut all_digits = true;
    while let Some(c) = s[pos..].chars().next() {
        let clen = c.len_utf8();
        if c.is_alphanumeric() {
            all_digits &= c.is_ascii_digit();
            pos += clen;
            j = pos;
            continue;
        }
        let next = s[pos + clen..].chars().next();
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        if (c == '-' || is_apostrophe(c)) && next_alnum {
            if c == '-' && pos > i && dotted_abbreviation_follows(&s[pos + clen..], vocabulary) {
                // "Canada-U.S. talks": the word ends before the hyphen, as
                // "U.S.-Canada" ends after the abbreviation, so that the
                // abbreviation keeps its dots and is a token of its own.
                break;
            }
            all_digits = false;
            pos += clen;
            continue;
        }
        if c == '-' {
            if let Some(resume) = line_break_hyphen(s, pos) {
                all_digits = false;
                pos = resume;
                continue;
            }
        }
        if (c == '.' || c == ',') && all_digits && next.is_some_and(|n| n.is_ascii_digit()) {
            // 3.5 or 1,000
            pos += clen;
            continue;
        }
        if c == '.' {
            let word = &s[i..pos];
            let after = &s[pos + 1..];
            let keeps_dot = match vocabulary.abbreviation(word) {
                Some(Abbreviation::Leading) => true,
                Some(Abbreviation::BeforeNumber) => {
                    after.trim_start().starts_with(|x: char| x.is_ascii_digit())
                }
                Some(Abbreviation::MayEnd) => !abbreviation_ends_sentence(word, after, vocabulary),
                // "e.g": single letters joined by dots.
                None => next_alnum && word.chars().count() == 1,
            };
            if keeps_dot {
                pos += 1;
                j = pos;
                // "U.S" goes on: keep scanning letters and dots. A
                // capitalised word run into the abbreviation for want of a
                // space ("U.S.Secretary") is a token of its own.
                let mut rest = after.chars();
                let runs_on = matches!(
                    (rest.next(), rest.next()),
                    (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
                );
                if next_alnum && !runs_on {
                    continue;
                }
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

/// Whether `s` opens with a dotted abbreviation ("U.S.", "U.K", "E.U."):
/// letters with a dot inside, which the vocabulary knows as an
/// abbreviation or which are single letters joined by dots.
fn dotted_abbreviation_follows(s: &str, vocabulary: &TextVocabulary) -> bool {
    let run = s
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(s, |end| &s[..end]);
    let word = run.trim_end_matches('.');
    word.contains('.') && vocabulary.abbreviation(word).is_some()
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
    fn a_word_run_into_an_abbreviation_is_a_token_of_its_own() {
        assert_eq!(
            tokens("The U.S.Secretary of Energy met Mr.Lind."),
            [
                "The",
                "U.S.",
                "Secretary",
                "of",
                "Energy",
                "met",
                "Mr.",
                "Lind",
                "."
            ]
        );
    }

    #[test]
    fn a_dotted_abbreviation_after_a_hyphen_keeps_its_dots() {
        assert_eq!(
            tokens("The Canada-U.S. partnership and the EU-U.K. deal, not a well-known T-shirt."),
            [
                "The",
                "Canada",
                "-",
                "U.S.",
                "partnership",
                "and",
                "the",
                "EU",
                "-",
                "U.K.",
                "deal",
                ",",
                "not",
                "a",
                "well-known",
                "T-shirt",
                "."
            ]
        );
        assert_eq!(
            sentences("Talks on the Japan-U.S. alliance ended. Both sides spoke."),
            [
                "Talks on the Japan-U.S. alliance ended.",
                "Both sides spoke."
            ]
        );
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
    fn an_office_opening_with_a_sentence_starter_goes_on_after_an_abbreviation() {
        assert_eq!(
            sentences("The U.S. Under Secretary of Water Ivo Brandt spoke."),
            ["The U.S. Under Secretary of Water Ivo Brandt spoke."]
        );
        // "Under" alone, not opening an office, still starts a sentence.
        assert_eq!(
            sentences("The plant opened in the U.S. Under the plan, more will follow."),
            [
                "The plant opened in the U.S.",
                "Under the plan, more will follow."
            ]
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
    fn blank_lines_and_list_items_end_sentences() {
        assert_eq!(
            sentences("The strategy was issued today\n\nSecond paragraph here\n- first item\n2. Second item"),
            ["The strategy was issued today", "Second paragraph here", "first item", "Second item"]
        );
    }

    #[test]
    fn long_lines_wrapped_inside_a_paragraph_continue() {
        let text = "The ministry said on Monday that the new rules would apply to all\ncompanies from next year.";
        assert_eq!(sentences(text).len(), 1);
    }

    #[test]
    fn listed_abbreviations_keep_their_dots() {
        for text in [
            "Gen. Lee met H.E. Amina Diallo and Dr. Roe in St. Paul on Jan. 5 to sign it.",
            "Mrs. Roe, Mr. Doe and Prof. Kay flew to the U.K. and the U.S. for talks.",
            "Shares of Acme Corp. and Widget Inc. rose 2.5 percent vs. last year.",
            "Some ports, e.g. Oakport, and some cities, i.e. most of them, agreed.",
            "The council met at No. 10 Harbour Road in Port Ellen last week.",
            "J. R. Smith and Anna B. Clark wrote the report for the council.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_sentence_starter() {
        assert_eq!(
            sentences("Talks were held in the U.S. The ministry said they went well."),
            [
                "Talks were held in the U.S.",
                "The ministry said they went well."
            ]
        );
        assert_eq!(
            sentences("The deal was signed with Acme Corp. It takes effect in Jan. We will see."),
            [
                "The deal was signed with Acme Corp.",
                "It takes effect in Jan.",
                "We will see."
            ]
        );
        // Before a name the dot stays: "the U.S. Congress" is one phrase.
        assert_eq!(
            sentences("He briefed the U.S. Congress on Monday.").len(),
            1
        );
        // A title never ends a sentence, whatever follows.
        assert_eq!(
            sentences("The ruling came from Gen. The Hague is next.").len(),
            1
        );
    }

    #[test]
    fn number_abbreviations_only_before_numbers() {
        assert_eq!(
            sentences("She said no. Then she left for No. 10 Harbour Road."),
            ["She said no.", "Then she left for No. 10 Harbour Road."]
        );
    }

    #[test]
    fn quotes_brackets_and_ellipses() {
        assert_eq!(
            sentences(
                "He said: \"We will build it.\" The board agreed. (The vote was close.) It passed."
            ),
            [
                "He said: \"We will build it.\"",
                "The board agreed.",
                "(The vote was close.)",
                "It passed."
            ]
        );
        assert_eq!(
            sentences("\u{201c}Build it now!\u{201d} she said. Prices rose ... and then fell\u{2026} slowly."),
            ["\u{201c}Build it now!\u{201d} she said.", "Prices rose ... and then fell\u{2026} slowly."]
        );
        assert_eq!(
            sentences("Prices rose... Then they fell."),
            ["Prices rose...", "Then they fell."]
        );
    }

    #[test]
    fn reference_marks_stay_with_their_sentence() {
        assert_eq!(
            sentences(
                "The bridge opened in 1805. [6] [12] It closed in 1900.[7] Then it fell. [a]"
            ),
            [
                "The bridge opened in 1805. [6] [12]",
                "It closed in 1900.[7]",
                "Then it fell.",
                "[a]"
            ]
        );
    }

    #[test]
    fn a_line_break_inside_a_paragraph_is_a_space() {
        let text = "The ministry said on Monday that the new\nrules would apply to all companies.";
        assert_eq!(sentences(text), [text]);
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_one_token() {
        let text = "The new cyber-\nsecurity rules cover Asia-\nPacific ports - \nnot others.";
        assert_eq!(
            tokens(text),
            [
                "The",
                "new",
                "cyber-\nsecurity",
                "rules",
                "cover",
                "Asia",
                "-",
                "Pacific",
                "ports",
                "-",
                "not",
                "others",
                "."
            ]
        );
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
