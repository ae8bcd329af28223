//! Sections of a long document: runs of whole sentences that the
//! document-level stages (mention finding, name classes, coreference and
//! relation windows) see one at a time, so their cost grows linearly with
//! the length of a text rather than with its square.
//!
//! A section follows the text's own structure: it ends at a paragraph
//! break (a blank line between two sentences; headings are paragraphs of
//! their own) and holds as many whole paragraphs as fit in the byte limit.
//! A paragraph longer than the limit is cut between sentences; a single
//! sentence longer than the limit is a section by itself. A text no longer
//! than the limit is one section, so ordinary articles are read exactly as
//! a whole.

use std::ops::Range;

use crate::text::Sentence;

/// The default largest section, in bytes of text (about ten pages): far
/// above a news article, so articles stay one section, and small enough
/// that a book's chapters are read one part at a time.
pub const SECTION_BYTES: usize = 50_000;

/// Splits `sentences` (of `text`, in order) into sections of at most
/// `limit` bytes, cut at paragraph breaks where possible; returns the
/// sentence index range of each section, covering every sentence once, in
/// order. No sentences give no sections.
pub fn split_sections(text: &str, sentences: &[Sentence], limit: usize) -> Vec<Range<usize>> {
    let mut sections = Vec::new();
    let mut start = 0;
    for paragraph in paragraphs(text, sentences) {
        if bytes(sentences, start..paragraph.end) <= limit {
            continue;
        }
        // The paragraph does not fit with what came before it: the section
        // in hand ends before it.
        if start < paragraph.start {
            sections.push(start..paragraph.start);
            start = paragraph.start;
        }
        // A paragraph longer than the limit on its own is cut between
        // sentences.
        for s in paragraph.clone() {
            if s > start && bytes(sentences, start..s + 1) > limit {
                sections.push(start..s);
                start = s;
            }
        }
    }
    if start < sentences.len() {
        sections.push(start..sentences.len());
    }
    sections
}

/// The bytes of text from the first sentence of `range` to the end of its
/// last one.
fn bytes(sentences: &[Sentence], range: Range<usize>) -> usize {
    match (
        sentences.get(range.start),
        sentences.get(range.end.wrapping_sub(1)),
    ) {
        (Some(first), Some(last)) if range.start < range.end => {
            last.span.end.saturating_sub(first.span.start)
        }
        _ => 0,
    }
}

/// Sentence ranges of the paragraphs: a paragraph ends where the text
/// between two sentences holds a blank line.
fn paragraphs<'t>(
    text: &'t str,
    sentences: &'t [Sentence],
) -> impl Iterator<Item = Range<usize>> + 't {
    let mut start = 0;
    (1..=sentences.len()).filter_map(move |s| {
        let ends = s == sentences.len()
            || text
                .get(sentences[s - 1].span.end..sentences[s].span.start)
                .is_some_and(holds_blank_line);
        if !ends {
            return None;
        }
        let paragraph = start..s;
        start = s;
        Some(paragraph)
    })
}

/// Whether the text between two sentences holds an empty line (two line
/// breaks with only spaces between them).
fn holds_blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next();
    // Every piece after the first ends a line; a piece before the last
    // that is blank is an empty line.
    let pieces: Vec<&str> = lines.collect();
    pieces.len() >= 2
        && pieces[..pieces.len() - 1]
            .iter()
            .any(|p| p.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    #[test]
    fn whole_paragraphs_fill_a_section() {
        let text = "Ruritania opened a port.\n\nOsterlich built a bridge.\n\nBorduria sent a ship.";
        let body = 0..text.len();
        let sentences = segment(text, std::slice::from_ref(&body));
        // Everything fits: one section.
        assert_eq!(split_sections(text, &sentences, 10_000), vec![0..3]);
        // Two paragraphs fit in 60 bytes, the third starts a new section.
        assert_eq!(split_sections(text, &sentences, 60), vec![0..2, 2..3]);
    }

    fn sentences(text: &str) -> Vec<Sentence> {
        let body = 0..text.len();
        segment(text, std::slice::from_ref(&body))
    }

    #[test]
    fn a_short_text_is_one_section() {
        let text = "The Velmar council met on Monday. It approved a budget.\n\nA vote followed.";
        let s = sentences(text);
        assert_eq!(s.len(), 3);
        assert_eq!(split_sections(text, &s, SECTION_BYTES), vec![0..3]);
    }

    #[test]
    fn no_sentences_give_no_sections() {
        assert!(split_sections("", &[], 100).is_empty());
    }

    #[test]
    fn sections_end_at_paragraph_breaks() {
        // Three paragraphs of two sentences each (about 50 bytes each).
        let text = "Ruritania opened a port. It hired many dockers.\n\n\
                    Osterlich built a bridge. It took three years.\n\n\
                    Borduria sent a ship. The ship was small.";
        let s = sentences(text);
        assert_eq!(s.len(), 6);
        // Two paragraphs fit in 110 bytes; never a cut inside a paragraph.
        assert_eq!(split_sections(text, &s, 110), vec![0..4, 4..6]);
        // One paragraph per section.
        assert_eq!(split_sections(text, &s, 60), vec![0..2, 2..4, 4..6]);
    }

    #[test]
    fn a_line_break_without_a_blank_line_does_not_end_a_paragraph() {
        let text = "Ruritania opened a port.\nOsterlich built a bridge.\n\nBorduria sent a ship.";
        let s = sentences(text);
        assert_eq!(s.len(), 3);
        assert_eq!(split_sections(text, &s, 55), vec![0..2, 2..3]);
    }

    #[test]
    fn a_long_paragraph_is_cut_between_sentences() {
        let text = "Ruritania opened a port. It hired many dockers. The dockers were paid well. \
                    A strike followed in May.";
        let s = sentences(text);
        assert_eq!(s.len(), 4);
        let sections = split_sections(text, &s, 50);
        assert_eq!(sections, vec![0..2, 2..3, 3..4]);
        for section in &sections {
            assert!(bytes(&s, section.clone()) <= 50);
        }
    }

    #[test]
    fn a_sentence_longer_than_the_limit_stands_alone() {
        let text =
            "Ruritania opened a very large port on the northern coast of the bay.\n\nIt grew.";
        let s = sentences(text);
        assert_eq!(split_sections(text, &s, 20), vec![0..1, 1..2]);
    }

    #[test]
    fn sections_cover_every_sentence_once_in_order() {
        let paragraph = "Kestrel Dynamics hired Mara Voss. She runs the Oakport office.";
        let text = vec![paragraph; 40].join("\n\n");
        let s = sentences(&text);
        for limit in [1, 70, 150, 1000, 100_000] {
            let sections = split_sections(&text, &s, limit);
            let mut next = 0;
            for section in &sections {
                assert_eq!(section.start, next);
                assert!(section.end > section.start);
                next = section.end;
            }
            assert_eq!(next, s.len(), "limit {limit}");
        }
    }
}
