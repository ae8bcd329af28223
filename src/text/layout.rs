//! Paragraphs of plain text, from its line layout.
//!
//! The text is never rewritten: a paragraph is a byte range of the document
//! text, and a single line break inside it is read as a space by
//! [`super::segment`]. What ends a paragraph:
//!
//! - a blank line;
//! - a list item on the next line (`-`, `*`, `•`, `1.`, `2)`, `(a)`, `b)`);
//! - a next line indented deeper (a first-line indent), except the
//!   continuation lines of a list item;
//! - a line ending a sentence (not with an abbreviation) before a
//!   capitalised word;
//! - a line the next word would have fitted on. Hard-wrapped text (wire copy
//!   broken every ~70 characters) wraps a line only when the next word does
//!   not fit, so a line that had room left — a headline, a dateline, a
//!   paragraph's last line — ends its paragraph. The wrap width is estimated
//!   per text (the 90th percentile of its line lengths), with a tenth of it
//!   to spare; a text whose lines are longer than [`MAX_WRAP_WIDTH`] is not
//!   hard-wrapped, and each of its lines is a paragraph.
//!
//! ```
//! use kgraph::text::layout::paragraphs;
//! let text = "Port deal signed\n\
//!             The two port authorities signed a memorandum on data sharing on\n\
//!             Monday, officials said, after two years of talks between them.\n\
//!             - Terminals share berth plans\n";
//! let found: Vec<&str> = paragraphs(text).iter().map(|p| &text[p.range.clone()]).collect();
//! assert_eq!(found, [
//!     "Port deal signed",
//!     "The two port authorities signed a memorandum on data sharing on\nMonday, officials said, after two years of talks between them.",
//!     "Terminals share berth plans",
//! ]);
//! ```

use std::ops::Range;

use super::vocabulary::TextVocabulary;

/// Longest line width (in characters) taken for hard-wrapped text; texts
/// with longer lines put one paragraph on each line.
pub const MAX_WRAP_WIDTH: usize = 100;

/// One paragraph: where it is, and how it was laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in the text, without leading and trailing white space and
    /// without a list marker.
    pub range: Range<usize>,
    /// Whether the paragraph is a list item (its marker is left out of `range`).
    pub list_item: bool,
    /// Index of its first line in the text (0-based): paragraphs on
    /// consecutive lines are not separated by a blank line.
    pub first_line: usize,
    /// Index of its last line.
    pub last_line: usize,
}

/// One line of the text, trimmed.
struct Line {
    /// Trimmed content (byte range into the text).
    range: Range<usize>,
    /// Leading white space, in characters (a tab counts as four).
    indent: usize,
    /// Content length in characters.
    width: usize,
}

/// The paragraphs of `text`, in order, with the built-in vocabulary.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    paragraphs_with(text, TextVocabulary::builtin())
}

/// The paragraphs of `text`, in order; `vocabulary` tells an abbreviation's
/// dot at a line end from a full stop.
pub fn paragraphs_with(text: &str, vocabulary: &TextVocabulary) -> Vec<Paragraph> {
    let lines = lines(text);
    let wrap_width = wrap_width(&lines);
    let mut out: Vec<Paragraph> = Vec::new();
    // The paragraph being built, and its first line's indent.
    let mut open: Option<(Paragraph, usize)> = None;
    let mut previous: Option<usize> = None;
    for (index, line) in lines.iter().enumerate() {
        if line.range.is_empty() {
            out.extend(open.take().map(|(p, _)| p));
            previous = None;
            continue;
        }
        let content = &text[line.range.clone()];
        let marker = list_marker(content);
        let continues = match (&open, previous) {
            (Some((paragraph, first_indent)), Some(prev)) => {
                marker.is_none()
                    && if paragraph.list_item {
                        // An item's continuation lines hang under its text.
                        line.indent > *first_indent || lines[prev].indent == line.indent
                    } else {
                        line.indent <= lines[prev].indent
                    }
                    && wraps_onto(text, &lines[prev], content, wrap_width, vocabulary)
            }
            _ => false,
        };
        if continues {
            if let Some((paragraph, _)) = &mut open {
                paragraph.range.end = line.range.end;
                paragraph.last_line = index;
            }
        } else {
            out.extend(open.take().map(|(p, _)| p));
            let start = line.range.start + marker.unwrap_or(0);
            open = Some((
                Paragraph {
                    range: start..line.range.end,
                    list_item: marker.is_some(),
                    first_line: index,
                    last_line: index,
                },
                line.indent,
            ));
        }
        previous = Some(index);
    }
    out.extend(open.map(|(p, _)| p));
    out.retain(|p| !p.range.is_empty());
    out
}

/// Whether `line` goes on onto the next line (`next`, its content): the
/// text is hard-wrapped, the line does not end a sentence before a
/// capitalised word, and the next word would not have fitted on it with
/// room to spare (a tenth of the width: wrapping is not always greedy).
fn wraps_onto(
    text: &str,
    line: &Line,
    next: &str,
    wrap_width: Option<usize>,
    vocabulary: &TextVocabulary,
) -> bool {
    let Some(width) = wrap_width else {
        return false;
    };
    let content = &text[line.range.clone()];
    if ends_sentence(content, vocabulary)
        && next
            .trim_start_matches(is_opening_quote)
            .starts_with(char::is_uppercase)
    {
        return false;
    }
    line.width + 1 + first_word_width(next) + width / 10 > width
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[')
}

/// Whether a line ends with a full stop, `!` or `?` (and closing quotes
/// or brackets), not with an abbreviation's dot.
fn ends_sentence(content: &str, vocabulary: &TextVocabulary) -> bool {
    let core = content.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']']);
    if core.ends_with(['!', '?']) {
        return true;
    }
    let Some(word) = core.strip_suffix('.') else {
        return false;
    };
    let last = word
        .rsplit(|c: char| c.is_whitespace() || is_opening_quote(c))
        .next()
        .unwrap_or("");
    last.ends_with('.') || vocabulary.abbreviation(last).is_none()
}

fn first_word_width(content: &str) -> usize {
    content
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count())
}

fn lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end();
        let trimmed = content.trim_start();
        let lead = &content[..content.len() - trimmed.len()];
        let start = offset + lead.len();
        lines.push(Line {
            range: start..start + trimmed.len(),
            indent: lead.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum(),
            width: trimmed.chars().count(),
        });
        offset += raw.len();
    }
    lines
}

/// The width text was hard-wrapped at, if it was: the 90th percentile of
/// the line lengths, when that is at most [`MAX_WRAP_WIDTH`].
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let mut widths: Vec<usize> = lines.iter().map(|l| l.width).filter(|&w| w > 0).collect();
    if widths.len() < 2 {
        return None;
    }
    widths.sort_unstable();
    let width = widths[(widths.len() * 9 / 10).min(widths.len() - 1)];
    (width <= MAX_WRAP_WIDTH).then_some(width)
}

/// The byte length of the list marker a line starts with, with the white
/// space after it: `-`, `*`, `•`, `‣`, `◦`, `▪`, `–` (a dash then a space),
/// `1.`, `12)`, `(a)`, `a)`, `(iv)`, `b.`, `iv.`. None when the line has
/// nothing after the marker. A number, a lowercase letter or a lowercase
/// roman numeral followed by a dot needs a capital letter after it, so a
/// sentence that starts with a year ("2024. ") is rare enough to ignore,
/// while "3.5 percent" and "e.g. the port" never match, and a capital
/// initial ("A. Quist said") is no marker.
///
/// ```
/// use kgraph::text::layout::list_marker;
/// assert_eq!(list_marker("- Cut tariffs"), Some(2));
/// assert_eq!(list_marker("(b) Open ports"), Some(4));
/// assert_eq!(list_marker("12. Share data"), Some(4));
/// assert_eq!(list_marker("-5 degrees"), None);
/// assert_eq!(list_marker("3.5 percent growth"), None);
/// assert_eq!(list_marker("c. Explore joint patrols"), Some(3));
/// assert_eq!(list_marker("iv. Share data"), Some(4));
/// assert_eq!(list_marker("A. Quist said"), None);
/// assert_eq!(list_marker("e.g. the port"), None);
/// ```
pub fn list_marker(line: &str) -> Option<usize> {
    let marker = bullet(line)
        .or_else(|| enumerator(line))
        .filter(|&m| m < line.len())?;
    let rest = &line[marker..];
    let after = rest.trim_start();
    // A marker is followed by white space, then the item's text.
    (after.len() < rest.len() && !after.is_empty()).then_some(line.len() - after.len())
}

fn bullet(line: &str) -> Option<usize> {
    let c = line.chars().next()?;
    matches!(
        c,
        '-' | '*' | '\u{2022}' | '\u{2023}' | '\u{25e6}' | '\u{25aa}' | '\u{2013}' | '\u{00b7}'
    )
    .then(|| c.len_utf8())
}

fn enumerator(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b'(') {
        // "(a)", "(12)", "(iv)"
        let close = bytes.iter().take(7).position(|&b| b == b')')?;
        let inner = &line[1..close];
        return is_enumerator(inner).then_some(close + 1);
    }
    // Bounded look-ahead: an enumerator has at most four characters.
    let end = bytes
        .iter()
        .take(5)
        .position(|b| !b.is_ascii_alphanumeric())
        .filter(|&e| e > 0)?;
    let inner = &line[..end];
    match bytes[end] {
        b')' if is_enumerator(inner) => Some(end + 1),
        // "1." but not "U.S." or a sentence's first word: digits only, and
        // a capital letter after the space.
        // "a. Explore …", "iv. Share …": a lowercase letter or roman
        // numeral (no capital: "A. Quist" opens a name) under the same rule.
        b'.' if (inner.bytes().all(|b| b.is_ascii_digit())
            || is_enumerator(inner) && inner.bytes().all(|b| b.is_ascii_lowercase()))
            && line[end + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201c}') =>
        {
            Some(end + 1)
        }
        _ => None,
    }
}

/// "12", "a", "B", "iv": what numbers a list item.
fn is_enumerator(inner: &str) -> bool {
    !inner.is_empty()
        && (inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit())
            || inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_alphabetic())
            || inner.len() <= 4 && inner.bytes().all(|b| b"ivxIVX".contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .iter()
            .map(|p| &text[p.range.clone()])
            .collect()
    }

    /// A story hard-wrapped at about 60 characters.
    const WIRE: &str = "Harbour board backs new berth\n\
        \n\
        The harbour board voted on Tuesday to build a deep-water berth\n\
        for container ships, ending a dispute that had delayed the\n\
        project for three years.\n\
        The vote was close, board members said.\n\
        \n\
        Work will start in the spring and take about two years, the\n\
        board's chair told reporters after the meeting.\n";

    #[test]
    fn hard_wrapped_lines_join_into_paragraphs() {
        assert_eq!(
            texts(WIRE),
            [
                "Harbour board backs new berth",
                "The harbour board voted on Tuesday to build a deep-water berth\nfor container ships, ending a dispute that had delayed the\nproject for three years.",
                "The vote was close, board members said.",
                "Work will start in the spring and take about two years, the\nboard's chair told reporters after the meeting.",
            ]
        );
    }

    #[test]
    fn a_short_headline_line_ends_its_paragraph_without_a_blank_line() {
        let text = "Harbour board backs new berth\n\
            The harbour board voted on Tuesday to build a deep-water berth\n\
            for container ships, ending a dispute that had delayed the\n\
            project for three years, its chair said after the meeting.\n";
        assert_eq!(texts(text)[0], "Harbour board backs new berth");
        assert_eq!(texts(text).len(), 2);
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        let text = "    The harbour board voted on Tuesday to build a deep-water\n\
            berth for container ships, ending a long and bitter dispute\n\
            \x20   work will start in the spring and take about two years,\n\
            the board's chair told reporters after the vote was taken.\n";
        assert_eq!(texts(text).len(), 2);
        assert!(texts(text)[1].starts_with("work will start"));
    }

    #[test]
    fn list_items_are_paragraphs_and_keep_their_continuation_lines() {
        let text = "The plan has three goals for the coming years, officials said:\n\
            - cut the waiting time of ships at the outer anchorage by half\n\
            \x20 within two years of the opening of the berth;\n\
            * share berth plans;\n\
            \u{2022} train crane operators.\n\
            1. First item\n\
            (b) Second item\n\
            c) Third item\n";
        assert_eq!(
            texts(text),
            [
                "The plan has three goals for the coming years, officials said:",
                "cut the waiting time of ships at the outer anchorage by half\n  within two years of the opening of the berth;",
                "share berth plans;",
                "train crane operators.",
                "First item",
                "Second item",
                "Third item",
            ]
        );
        assert!(paragraphs(text)[1].list_item && !paragraphs(text)[0].list_item);
    }

    #[test]
    fn long_lines_are_paragraphs_of_their_own() {
        let long = "The harbour board voted on Tuesday to build a deep-water berth for container ships, ending a dispute.";
        let text = format!("{long}\n{long}\n");
        assert_eq!(texts(&text).len(), 2);
    }

    #[test]
    fn list_markers_need_a_space_and_text() {
        assert_eq!(list_marker("-"), None);
        assert_eq!(list_marker("- "), None);
        assert_eq!(list_marker("--dry-run"), None);
        assert_eq!(list_marker("1.5 million"), None);
        assert_eq!(list_marker("2024. it was"), None);
        assert_eq!(list_marker("U.S. officials"), None);
        assert_eq!(list_marker("Ships) sail"), None);
        assert_eq!(list_marker("(iv) Fourth"), Some(5));
    }
}
