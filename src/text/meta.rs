//! What the text says about itself: title, date, publisher, and which lines
//! are the article (the body) rather than site navigation and boilerplate.
//!
//! Lines are classified one by one:
//! - a source line ("From: Xinhua | 2017-03-02 10:02", "Source: Reuters")
//!   gives publisher and date;
//! - a dateline opening a paragraph ("BEIJING, Oct. 10 (Xinhua) --") gives
//!   the publisher, and the body starts after it;
//! - navigation: separators (`|`, `>>`, `»`), menu phrases ("Follow us",
//!   "Subscribe", "Copyright"), or short lines without sentence punctuation
//!   before the article starts;
//! - prose: six words or more ending like a sentence, or any long line;
//! - the headline: the short line right before the source line or the first
//!   prose paragraph; it is the title and part of the body.

use std::ops::Range;

use super::load::DocumentMeta;

/// Phrases that mark a line as site furniture.
const BOILERPLATE: &[&str] = &[
    "welcome to",
    "follow us",
    "subscribe",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "contribute to us",
    "copyright",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "share this",
    "share on",
    "print this",
    "email this",
    "advertise",
    "sitemap",
    "newsletter",
    "related articles",
    "related stories",
    "read more",
    "click here",
    "cookie",
    "\u{a9}",
];

/// English month names, lowercase.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Source,
    Navigation,
    Prose,
    Short,
}

struct Line {
    range: Range<usize>,
    kind: Kind,
}

/// Reads metadata and the body ranges of a cleaned text.
pub fn read_meta(text: &str) -> DocumentMeta {
    let mut meta = DocumentMeta::default();
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        let range = offset + lead..offset + lead + trimmed.len();
        offset += raw.len();
        let kind = classify(trimmed);
        if kind == Kind::Source {
            read_source_line(trimmed, &mut meta);
        }
        lines.push(Line { range, kind });
    }
    let first_prose = lines.iter().position(|l| l.kind == Kind::Prose);
    let source = lines.iter().position(|l| l.kind == Kind::Source);
    // The headline: the nearest short line above the source line, or above the first prose line.
    let anchor = source.or(first_prose);
    let headline = anchor.and_then(|a| {
        lines[..a]
            .iter()
            .rposition(|l| l.kind != Kind::Blank)
            .filter(|&h| {
                lines[h].kind == Kind::Short && word_count(&text[lines[h].range.clone()]) >= 3
            })
    });
    if let Some(h) = headline {
        // A Markdown heading marker in a plain-text file is not part of the title.
        let title = text[lines[h].range.clone()].trim_start_matches('#').trim();
        meta.title = Some(title.to_owned());
    }
    let article_start = first_prose.unwrap_or(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let in_body = match line.kind {
            Kind::Prose => true,
            // Subheadings inside the article, and the headline.
            Kind::Short => {
                Some(i) == headline
                    || (i > article_start && word_count(&text[line.range.clone()]) >= 3)
            }
            _ => false,
        };
        if in_body {
            let mut range = line.range.clone();
            if let Some(after) = dateline(&text[range.clone()], &mut meta) {
                range.start += after;
            }
            if !range.is_empty() {
                meta.body.push(range);
            }
        }
    }
    if meta.date.is_none() {
        let head_end = lines
            .get(article_start.min(lines.len().saturating_sub(1)))
            .map_or(0, |l| l.range.end);
        meta.date = find_date(&text[..head_end.min(text.len())]);
    }
    meta
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    let lower = line.to_lowercase();
    if lower.starts_with("from:") || lower.starts_with("source:") {
        return Kind::Source;
    }
    let words = word_count(line);
    let separators =
        line.matches('|').count() + line.matches(">>").count() + line.matches('\u{bb}').count();
    if separators > 0 && !(words > 25 && separators == 1) {
        return Kind::Navigation;
    }
    if BOILERPLATE
        .iter()
        .any(|b| lower.starts_with(b) || (words < 12 && lower.contains(b)))
    {
        return Kind::Navigation;
    }
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '\u{201d}', ')', '\u{2019}', ':']);
    if (words >= 6 && ends_sentence) || words >= 15 {
        return Kind::Prose;
    }
    if words >= 3 && !ends_sentence {
        return Kind::Short;
    }
    Kind::Navigation
}

/// "From: Xinhua | 2017-03-02 10:02" or "Source: Reuters".
fn read_source_line(line: &str, meta: &mut DocumentMeta) {
    let Some((_, rest)) = line.split_once(':') else {
        return;
    };
    let publisher = rest.split('|').next().unwrap_or("").trim();
    if !publisher.is_empty() && word_count(publisher) <= 6 && find_date(publisher).is_none() {
        meta.publisher = Some(publisher.to_owned());
    }
    if let Some(date) = find_date(rest) {
        meta.date = Some(date);
    }
}

/// A dateline at the start of a paragraph: "BEIJING, Oct. 10 (Xinhua) --".
/// Sets the publisher and returns where the prose starts.
fn dateline(line: &str, meta: &mut DocumentMeta) -> Option<usize> {
    let head = line.get(..line.len().min(120))?;
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let place = &head[..open];
    // The place is written in capitals: "BEIJING, Oct. 10 ".
    let first = place.split(',').next()?.trim();
    if first.is_empty()
        || first.chars().any(char::is_lowercase)
        || !first.chars().any(char::is_alphabetic)
    {
        return None;
    }
    let after = head[close + 1..].trim_start();
    let dash = ["--", "\u{2014}", "\u{2013}", "-"]
        .iter()
        .find(|d| after.starts_with(**d))?;
    let agency = head[open + 1..close].trim();
    if !agency.is_empty() && word_count(agency) <= 4 && meta.publisher.is_none() {
        meta.publisher = Some(agency.to_owned());
    }
    let prose = close + 1 + (head[close + 1..].len() - after.len()) + dash.len();
    Some(prose + (line[prose..].len() - line[prose..].trim_start().len()))
}

/// The first date in the text: `2017-03-02`, `March 2, 2017`, `Mar. 2, 2017` or `2 March 2017`.
pub fn find_date(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    for i in 0..bytes.len().saturating_sub(9) {
        let w = &bytes[i..i + 10];
        if w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8..10].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
        {
            let (m, d): (u32, u32) = (
                s[i + 5..i + 7].parse().ok()?,
                s[i + 8..i + 10].parse().ok()?,
            );
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some(s[i..i + 10].to_owned());
            }
        }
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for k in 0..words.len() {
        let month = |w: &str| {
            let w = w.trim_end_matches('.').to_lowercase();
            MONTHS
                .iter()
                .position(|m| w.len() >= 3 && m.starts_with(&w))
                .map(|p| p + 1)
        };
        let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        let year = |w: &str| {
            w.trim_end_matches('.')
                .parse::<u32>()
                .ok()
                .filter(|y| (1800..=2200).contains(y))
        };
        // "March 2, 2017"
        if let (Some(m), Some(d), Some(y)) = (
            month(words[k]),
            words.get(k + 1).and_then(|w| day(w)),
            words.get(k + 2).and_then(|w| year(w)),
        ) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        // "2 March 2017"
        if let (Some(d), Some(m), Some(y)) = (
            day(words[k]),
            words.get(k + 1).and_then(|w| month(w)),
            words.get(k + 2).and_then(|w| year(w)),
        ) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Welcome to example.com\nHome | World | Business\nFollow us\nTop Stories\n\nHome >> World >> Article\nPorts agree to share data\nFrom:Xinhua  |  2024-05-14 09:30\n\nThe two port authorities signed a memorandum on data sharing on Monday.\n\nShort subhead here\n\nOfficials said the deal covers all container terminals in both ports.\nCopyright 2024 Example. All rights reserved.\n";

    #[test]
    fn reads_title_date_publisher_and_body() {
        let meta = read_meta(PAGE);
        assert_eq!(meta.title.as_deref(), Some("Ports agree to share data"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-14"));
        assert_eq!(meta.publisher.as_deref(), Some("Xinhua"));
        let body: Vec<&str> = meta.body.iter().map(|r| &PAGE[r.clone()]).collect();
        assert_eq!(
            body,
            [
                "Ports agree to share data",
                "The two port authorities signed a memorandum on data sharing on Monday.",
                "Short subhead here",
                "Officials said the deal covers all container terminals in both ports."
            ]
        );
    }

    #[test]
    fn datelines_give_the_publisher_and_start_the_body() {
        let text = "SINGAPORE, Aug. 21 (Reuters) -- Singapore and Malaysia signed a pact on Wednesday, officials said.";
        let meta = read_meta(text);
        assert_eq!(meta.publisher.as_deref(), Some("Reuters"));
        assert!(text[meta.body[0].clone()].starts_with("Singapore and Malaysia"));
    }

    #[test]
    fn finds_dates_in_several_styles() {
        assert_eq!(
            find_date("Posted March 2, 2017 at noon").as_deref(),
            Some("2017-03-02")
        );
        assert_eq!(find_date("2 Mar. 2017").as_deref(), Some("2017-03-02"));
        assert_eq!(find_date("on 2017-13-40"), None);
    }
}
