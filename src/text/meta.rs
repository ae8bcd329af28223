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
//!   prose paragraph; it is the title and part of the body;
//! - a speech's or letter's salutations right above its first paragraph
//!   ("Dear Minister,") are passed over: the headline is above them;
//! - name-and-office lines stacked between a headline and the story ("The
//!   Hon Ann Lee MP, Minister for Trade", one per author of a joint release)
//!   are part of the body, often the only place the authors' offices are
//!   written.

use std::ops::Range;

use super::layout;
use super::load::DocumentMeta;
use super::vocabulary::TextVocabulary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Source,
    Navigation,
    Prose,
    Short,
    /// "By Jane Roe", "(Reporting by …; Editing by …)".
    Byline,
    /// A dateline on a line of its own: "WASHINGTON (Reuters) -".
    Dateline,
}

/// One paragraph of the text and what it is.
struct Block {
    range: Range<usize>,
    kind: Kind,
    list_item: bool,
    first_line: usize,
    last_line: usize,
}

/// Longest headline, in words, when it runs over several lines.
const MAX_HEADLINE_WORDS: usize = 30;

/// Reads metadata and the body ranges of a cleaned text, with the built-in
/// vocabulary.
pub fn read_meta(text: &str) -> DocumentMeta {
    read_meta_with(text, TextVocabulary::builtin())
}

/// Which layout readings [`read_meta_reading`] applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutReadings {
    /// Every reading: what `kg` runs.
    All,
    /// Without the readings newer than the bundled name tagger (a speech's
    /// salutations passed over, name-and-office lines under a headline kept
    /// as body): the body the tagger's training sentences were cut from, so
    /// that retraining reproduces `models/ner.bin`. Dropped when the tagger
    /// is next retrained (see models/README.md).
    TaggerTrained,
}

/// Reads metadata and the body ranges of a cleaned text: each body range is
/// a paragraph ([`layout::paragraphs`]), without datelines, bylines and list
/// markers.
pub fn read_meta_with(text: &str, vocabulary: &TextVocabulary) -> DocumentMeta {
    read_meta_reading(text, vocabulary, LayoutReadings::All)
}

/// [`read_meta_with`], with the layout readings `readings` allows.
pub fn read_meta_reading(
    text: &str,
    vocabulary: &TextVocabulary,
    readings: LayoutReadings,
) -> DocumentMeta {
    let newer = readings == LayoutReadings::All;
    let mut meta = DocumentMeta::default();
    let mut blocks: Vec<Block> = layout::paragraphs_with(text, vocabulary)
        .into_iter()
        .map(|p| {
            let content = &text[p.range.clone()];
            let kind = if is_byline(content, vocabulary) {
                Kind::Byline
            } else {
                classify(content, vocabulary)
            };
            if kind == Kind::Source {
                read_source_line(content, vocabulary, &mut meta);
            }
            Block {
                range: p.range,
                kind,
                list_item: p.list_item,
                first_line: p.first_line,
                last_line: p.last_line,
            }
        })
        .collect();
    // A dateline opens the story: on the first prose paragraph, or on a
    // line of its own before it.
    let first_prose = blocks.iter().position(|b| b.kind == Kind::Prose);
    // A long headline reads as prose; without a closing full stop it is
    // not the story's first paragraph, so the dateline may open the next.
    let dateline_blocks = first_prose.map_or(0, |p| {
        let unfinished = !text[blocks[p].range.clone()]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}', ')']);
        p + 1 + usize::from(unfinished)
    });
    for block in blocks.iter_mut().take(dateline_blocks) {
        if matches!(block.kind, Kind::Byline | Kind::Source) {
            continue;
        }
        if let Some(found) = dateline(&text[block.range.clone()], vocabulary) {
            if meta.publisher.is_none() {
                meta.publisher = found.agency.map(str::to_owned);
            }
            meta.place = Some(title_case(found.place));
            block.range.start += found.prose_start;
            if block.range.is_empty() {
                block.kind = Kind::Dateline;
            }
            break;
        }
    }
    // A list introduced by a lead-in line above the first prose paragraph
    // ("Joint statement with:" over one line per signatory) is the
    // article's, like a list inside it: the lead-in and its items. The
    // headline is above them.
    let mut introduced = vec![false; blocks.len()];
    for i in 0..first_prose.unwrap_or(blocks.len()) {
        let block = &blocks[i];
        if !block.list_item
            && matches!(block.kind, Kind::Short | Kind::Navigation)
            && leads_into_list(&text[block.range.clone()], blocks.get(i + 1), vocabulary)
        {
            introduced[i] = true;
            for (j, item) in blocks
                .iter()
                .enumerate()
                .take(first_prose.unwrap_or(blocks.len()))
                .skip(i + 1)
            {
                if !item.list_item || !matches!(item.kind, Kind::Short | Kind::Navigation) {
                    break;
                }
                introduced[j] = true;
            }
        }
    }
    let source = blocks.iter().position(|b| b.kind == Kind::Source);
    // The headline: the nearest short paragraph above the source line, or
    // above the first prose paragraph (datelines and bylines between them
    // do not count); with the short lines right above it, when it runs
    // over several lines.
    // A line that opens with a date ("March 3, 2024 Ottawa, Ontario") is
    // the page's date and place, never the headline.
    let anchor = source.or(first_prose);
    let dated: Vec<bool> = blocks
        .iter()
        .map(|b| b.kind != Kind::Prose && opens_with_date(&text[b.range.clone()], vocabulary))
        .collect();
    // The salutations of a speech or a letter right above its first
    // paragraph ("Dear Minister," / "Distinguished guests,") are neither
    // headline nor article: the headline is above them.
    let mut salutation = vec![false; blocks.len()];
    if let Some(first) = first_prose.filter(|_| newer) {
        for i in (0..first).rev() {
            if blocks[i].kind == Kind::Prose || !is_salutation(&text[blocks[i].range.clone()]) {
                break;
            }
            salutation[i] = true;
        }
    }
    let headline_like = |b: &Block| {
        b.kind == Kind::Short && !b.list_item && word_count(&text[b.range.clone()]) >= 3
    };
    // Name-and-office lines stacked under a headline ("The Hon Ann Lee MP,
    // Minister for Trade", one per author of a joint release) belong to the
    // article: they are often the only place the authors' offices are
    // written. Only a run right above the story with a headline above it
    // is read so; a lone "Name, Office" line above prose stays the headline.
    // What the headline search passes over, but for name-and-office lines.
    let skipped = |i: usize| {
        matches!(blocks[i].kind, Kind::Byline | Kind::Dateline)
            || dated[i]
            || introduced[i]
            || salutation[i]
    };
    let mut signatory = vec![false; blocks.len()];
    if let Some(a) = anchor.filter(|_| newer) {
        let mut run = Vec::new();
        let mut above = None;
        for i in (0..a).rev().filter(|&i| !skipped(i)) {
            let b = &blocks[i];
            if headline_like(b) && is_name_and_office(&text[b.range.clone()]) {
                run.push(i);
            } else {
                above = Some(i);
                break;
            }
        }
        let headed = above.is_some_and(|i| headline_like(&blocks[i]));
        if headed {
            for i in run {
                signatory[i] = true;
            }
        }
    }
    let passed_over = |i: usize| skipped(i) || signatory[i];
    let mut deck = None;
    let headline = anchor.and_then(|a| {
        let words = |b: &Block| word_count(&text[b.range.clone()]);
        let mut h = (0..a).rev().find(|&i| !passed_over(i))?;
        if !headline_like(&blocks[h]) {
            return None;
        }
        // "Title / March 3, 2024 / Deck": a short line below the date line
        // is a subheading that says more; the headline is the line above.
        if let Some(above) = (0..h).rev().find(|&i| !passed_over(i)) {
            if (above + 1..h).any(|i| dated[i]) && headline_like(&blocks[above]) {
                deck = Some(h);
                h = above;
            }
        }
        let mut top = h;
        let mut total = words(&blocks[h]);
        while top > 0 {
            let above = &blocks[top - 1];
            if above.kind != Kind::Short
                || dated[top - 1]
                || above.list_item
                || above.last_line + 1 != blocks[top].first_line
                || total + words(above) > MAX_HEADLINE_WORDS
            {
                break;
            }
            total += words(above);
            top -= 1;
        }
        Some(top..h + 1)
    });
    if let Some(lines) = &headline {
        let range = blocks[lines.start].range.start..blocks[lines.end - 1].range.end;
        // A Markdown heading marker in a plain-text file is not part of the title.
        let title = text[range].trim_start_matches('#');
        meta.title = Some(title.split_whitespace().collect::<Vec<_>>().join(" "));
        // One body range: the headline is one sentence.
        blocks[lines.start].range.end = blocks[lines.end - 1].range.end;
        for block in &mut blocks[lines.start + 1..lines.end] {
            block.range.end = block.range.start;
        }
    }
    let article_start = first_prose.unwrap_or(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        let in_body = match block.kind {
            Kind::Prose => true,
            // The headline, subheadings and list items inside the article.
            Kind::Short | Kind::Navigation => {
                // A text with no prose paragraph at all (one short
                // sentence, a few list items) is all article but furniture.
                headline.as_ref().is_some_and(|h| h.start == i)
                    || deck == Some(i)
                    || introduced[i]
                    || signatory[i]
                    || ((i > article_start || first_prose.is_none())
                        && (inside_article(&text[block.range.clone()], block, vocabulary)
                            || leads_into_list(
                                &text[block.range.clone()],
                                blocks.get(i + 1),
                                vocabulary,
                            )
                            || heads_list(
                                &text[block.range.clone()],
                                blocks.get(i + 1),
                                vocabulary,
                            )
                            || introduces_quote(
                                &text[block.range.clone()],
                                blocks.get(i + 1).map(|b| &text[b.range.clone()]),
                                vocabulary,
                            )))
            }
            Kind::Source | Kind::Byline | Kind::Dateline => false,
        };
        if in_body && !block.range.is_empty() {
            meta.body.push(block.range.clone());
        }
    }
    if meta.date.is_none() {
        let head_end = blocks
            .get(article_start.min(blocks.len().saturating_sub(1)))
            .map_or(0, |b| b.range.end);
        meta.date = find_date(&text[..head_end.min(text.len())], vocabulary);
    }
    meta
}

/// Whether a short paragraph after the article's first prose paragraph
/// belongs to the article: a subheading (three words or more), a list item,
/// or a short sentence ("Prices rose.") — anything but site furniture.
fn inside_article(content: &str, block: &Block, vocabulary: &TextVocabulary) -> bool {
    let words = word_count(content);
    let sentence = words >= 2 && content.ends_with(['.', '!', '?', '"', '\u{201d}']);
    (block.list_item || sentence || (block.kind == Kind::Short && words >= 3))
        && !is_furniture(content, &content.to_lowercase(), vocabulary)
}

/// Whether a short line ending with a colon introduces the list item on
/// the line after it ("The plan has four aims:"): the list's lead-in,
/// article like its items.
fn leads_into_list(content: &str, next: Option<&Block>, vocabulary: &TextVocabulary) -> bool {
    word_count(content) >= 3
        && content.ends_with(':')
        && next.is_some_and(|b| b.list_item)
        && !is_furniture(content, &content.to_lowercase(), vocabulary)
}

/// Most words of a heading over a list ("Our aims", "Key objectives").
const MAX_LIST_HEADING_WORDS: usize = 4;

/// Whether a short line of a few words with no sentence punctuation heads
/// the list item on the line after it ("Our aims" over bulleted aims): it
/// says what the items are, article like them.
fn heads_list(content: &str, next: Option<&Block>, vocabulary: &TextVocabulary) -> bool {
    (1..=MAX_LIST_HEADING_WORDS).contains(&word_count(content))
        && !content.ends_with(['.', '!', '?', ',', ';'])
        && next.is_some_and(|b| b.list_item)
        && !is_furniture(content, &content.to_lowercase(), vocabulary)
}

/// Whether a short line ending with a colon introduces the quotation in
/// the paragraph after it ("Trade Minister Ada Quist said:"): the speaker's
/// line, article like the quote, and often the only place the speaker's
/// title is written. The quote opens with a quotation mark, or the line
/// ends with a reporting verb (`kg:speakerLineVerb`; pages often drop the
/// marks).
fn introduces_quote(content: &str, next: Option<&str>, vocabulary: &TextVocabulary) -> bool {
    let Some(next) = next else {
        return false;
    };
    let quoted = next
        .trim_start()
        .starts_with(['"', '\u{201c}', '\u{2018}', '\'']);
    let reported = content
        .trim_end_matches(':')
        .split_whitespace()
        .next_back()
        .is_some_and(|w| vocabulary.is_speaker_line_verb(w));
    word_count(content) >= 2
        && content.ends_with(':')
        && (quoted || reported)
        && !is_furniture(content, &content.to_lowercase(), vocabulary)
}

/// Most words of a salutation line.
const MAX_SALUTATION_WORDS: usize = 6;

/// A salutation line: a few words ending with a comma, opening with a
/// capital ("Dear Prime Minister,", "Excellencies,").
fn is_salutation(content: &str) -> bool {
    let content = content.trim();
    content.ends_with(',')
        && (1..=MAX_SALUTATION_WORDS).contains(&word_count(content))
        && content.chars().next().is_some_and(char::is_uppercase)
}

/// Most words of a name-and-office line.
const MAX_NAME_AND_OFFICE_WORDS: usize = 20;

/// The shape of a name-and-office line: capitalised words, a comma, and
/// capitalised words again ("Senator Jo Bloggs, Minister for Finance"), with
/// nothing after the comma that ends a sentence.
fn is_name_and_office(content: &str) -> bool {
    let content = content.trim();
    let Some((name, office)) = content.split_once(", ") else {
        return false;
    };
    let opens_capitalised = |s: &str| {
        s.trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    word_count(content) <= MAX_NAME_AND_OFFICE_WORDS
        && opens_capitalised(name)
        && opens_capitalised(office)
        && !content.ends_with([',', ':', ';'])
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn classify(line: &str, vocabulary: &TextVocabulary) -> Kind {
    let lower = line.to_lowercase();
    if vocabulary.is_source_line(&lower) {
        return Kind::Source;
    }
    if is_furniture(line, &lower, vocabulary) {
        return Kind::Navigation;
    }
    let words = word_count(line);
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '\u{201d}', ')', '\u{2019}', ':']);
    if (words >= 6 && ends_sentence) || words >= 15 {
        return Kind::Prose;
    }
    if words >= 3 && !ends_sentence {
        return Kind::Short;
    }
    Kind::Navigation
}

/// Site furniture: menu separators (`|`, `>>`, `»`) or boilerplate phrases.
fn is_furniture(line: &str, lower: &str, vocabulary: &TextVocabulary) -> bool {
    let words = word_count(line);
    let separators =
        line.matches('|').count() + line.matches(">>").count() + line.matches('\u{bb}').count();
    (separators > 0 && !(words > 25 && separators == 1))
        || vocabulary
            .boilerplate_phrases()
            .iter()
            .any(|b| lower.starts_with(b) || (words < 12 && lower.contains(b)))
}

/// Longest byline, in words: "By" and a few names; credit lines
/// ("Reporting by …; Editing by …") may run longer.
const MAX_BYLINE_WORDS: usize = 12;
const MAX_CREDIT_WORDS: usize = 60;

/// "By Jane Roe", "BY JANE ROE and JOHN DOE, Reuters", "(Reporting by Jane
/// Roe; Editing by John Doe)". A line starting "By" is a byline only when
/// names follow ("By 2030, …" and "By the end of …" are prose).
fn is_byline(paragraph: &str, vocabulary: &TextVocabulary) -> bool {
    let inner = paragraph
        .strip_prefix('(')
        .unwrap_or(paragraph)
        .trim_start();
    let Some(cue) = vocabulary.byline_cue(inner) else {
        return false;
    };
    let rest = &inner[cue..];
    let words = word_count(rest);
    // A cue of several words opens a credit line ("Reporting by …"); a
    // one-word cue ("By") only a byline of names.
    if inner[..cue].split_whitespace().nth(1).is_some() {
        return words <= MAX_CREDIT_WORDS;
    }
    words > 0
        && words <= MAX_BYLINE_WORDS
        && !rest.trim_end().ends_with(['.', '!', '?', ':'])
        && rest.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.starts_with(char::is_uppercase)
                || vocabulary.is_byline_joiner(&w.to_lowercase())
        })
}

/// "From: Xinhua | 2017-03-02 10:02" or "Source: Reuters".
fn read_source_line(line: &str, vocabulary: &TextVocabulary, meta: &mut DocumentMeta) {
    let Some((_, rest)) = line.split_once(':') else {
        return;
    };
    let publisher = rest.split('|').next().unwrap_or("").trim();
    if !publisher.is_empty()
        && word_count(publisher) <= 6
        && find_date(publisher, vocabulary).is_none()
    {
        meta.publisher = Some(publisher.to_owned());
    }
    if let Some(date) = find_date(rest, vocabulary) {
        meta.date = Some(date);
    }
}

/// What a dateline says, and where the story's prose starts after it.
#[derive(Debug, PartialEq, Eq)]
struct Dateline<'a> {
    place: &'a str,
    agency: Option<&'a str>,
    /// Byte offset in the paragraph where the prose starts.
    prose_start: usize,
}

/// Longest dateline before its dash, in bytes.
const MAX_DATELINE: usize = 100;

/// A dateline at the start of a paragraph: "WASHINGTON, March 3 (Reuters) -",
/// "KYIV, Ukraine (AP) —", "CAIRO, Egypt, March 3 —", "LONDON --",
/// "PORT CITY- The …" (the hyphen typed against the place),
/// "Beijing, Oct. 10 (Xinhua) --". The place is written in capitals, or the
/// parentheses name a news agency the gazetteer knows; a dash ends it.
fn dateline<'a>(paragraph: &'a str, vocabulary: &TextVocabulary) -> Option<Dateline<'a>> {
    let (dash_start, dash_end) = find_dash(paragraph, vocabulary)?;
    let mut before = paragraph[..dash_start].trim_end();
    let mut agency = None;
    if let Some(inner) = before.strip_suffix(')') {
        let open = inner.rfind('(')?;
        agency = Some(inner[open + 1..].trim());
        before = inner[..open].trim_end();
    }
    let mut parts = before.split(',').map(str::trim);
    let place = parts.next()?;
    let capitalised = |s: &str| {
        !s.is_empty()
            && word_count(s) <= 4
            && s.chars().any(char::is_alphabetic)
            && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    if !capitalised(place) || !parts.all(capitalised) {
        return None;
    }
    let in_capitals = !place.chars().any(char::is_lowercase)
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let known_agency = agency.is_some_and(|a| vocabulary.is_agency(a));
    if let Some(a) = agency {
        if !capitalised(a) {
            return None;
        }
    }
    if !(in_capitals || known_agency) {
        return None;
    }
    let after = &paragraph[dash_end..];
    Some(Dateline {
        place,
        agency,
        prose_start: paragraph.len() - after.trim_start().len(),
    })
}

/// The first dash of a paragraph's head that can end a dateline: `-` or
/// `--` between spaces (or after a closing bracket), or an en or em dash.
/// Returns its byte range.
fn find_dash(paragraph: &str, vocabulary: &TextVocabulary) -> Option<(usize, usize)> {
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i > MAX_DATELINE {
            return None;
        }
        match c {
            '\u{2014}' | '\u{2013}' => return Some((i, i + c.len_utf8())),
            '-' => {
                let end = if paragraph[i + 1..].starts_with('-') {
                    i + 2
                } else {
                    i + 1
                };
                let spaced_before = paragraph[..i].ends_with(char::is_whitespace);
                let spaced_after = paragraph[end..].is_empty()
                    || paragraph[end..].starts_with(char::is_whitespace);
                // "(Reuters) -The …" is a dateline too.
                let after_agency = paragraph[..i].trim_end().ends_with(')');
                if spaced_before && (spaced_after || after_agency) {
                    return Some((i, end));
                }
                // "PORT CITY- The …": a hyphen typed against a place in
                // capitals, then a space and a capitalised word. The word
                // after the space keeps a suspended hyphen out ("US- and
                // EU-funded"), and `dateline` still asks for the place in
                // capitals.
                let after_capital = paragraph[..i].ends_with(char::is_uppercase);
                let capital_next = paragraph[end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase));
                if after_capital && capital_next {
                    return Some((i, end));
                }
                if end == i + 2 {
                    chars.next();
                }
            }
            // A sentence ended before any dash: not a dateline.
            '.' | '!' | '?' if paragraph[i + 1..].starts_with(char::is_whitespace) => {
                let word_start = paragraph[..i]
                    .rfind(|c: char| c.is_whitespace())
                    .map_or(0, |s| s + 1);
                // "Oct. 10" is still a dateline.
                if vocabulary.abbreviation(&paragraph[word_start..i]).is_some() {
                    continue;
                }
                return None;
            }
            _ => {}
        }
    }
    None
}

/// A word with its first letter in upper case and the rest as written:
/// "government" → "Government", "d'Ivoire" → "D'Ivoire".
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    let mut out = String::with_capacity(word.len());
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// A phrase written in capitals in title case: "WASHINGTON" → "Washington",
/// "NEW YORK" → "New York", "O'BRIEN-SMITH" → "O'Brien-Smith" (each word's
/// first letter and each letter after a hyphen or an apostrophe upper case);
/// a phrase with a lowercase letter stays as written.
pub fn title_case(phrase: &str) -> String {
    if phrase.chars().any(char::is_lowercase) {
        return phrase.to_owned();
    }
    let mut out = String::with_capacity(phrase.len());
    let mut upper_next = true;
    for c in phrase.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper_next = matches!(c, ' ' | '-' | '\'' | '\u{2019}');
    }
    out
}

/// Whether a line opens with a date: "March 3, 2024", "3 March 2024" or
/// "2024-03-03" as its first words, perhaps after a date-line cue
/// (`kg:dateLineCue`: "Published 9 May 2025"), whatever follows.
fn opens_with_date(line: &str, vocabulary: &TextVocabulary) -> bool {
    let first_words = vocabulary
        .without_date_line_cue(line)
        .split_whitespace()
        .take(DATE_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    find_date(&first_words, vocabulary).is_some()
}

/// The most words a written date takes ("March 3, 2024").
const DATE_WORDS: usize = 3;

/// The first date in the text: `2017-03-02`, `March 2, 2017`, `Mar. 2, 2017` or `2 March 2017`.
/// Month names come from `vocabulary`.
pub fn find_date(s: &str, vocabulary: &TextVocabulary) -> Option<String> {
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
        let month = |w: &str| vocabulary.month_number(w);
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
    fn a_published_date_line_is_the_date_not_the_headline() {
        let page = "Memorandum of understanding between two ports: data\n\nPublished 9 May 2025\n\nThe two port authorities will share data on ships.\n";
        let meta = read_meta(page);
        assert_eq!(
            meta.title.as_deref(),
            Some("Memorandum of understanding between two ports: data")
        );
        assert_eq!(meta.date.as_deref(), Some("2025-05-09"));
        let body: Vec<&str> = meta.body.iter().map(|r| &page[r.clone()]).collect();
        assert_eq!(
            body,
            [
                "Memorandum of understanding between two ports: data",
                "The two port authorities will share data on ships."
            ]
        );
    }

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

    fn body(text: &str) -> Vec<&str> {
        read_meta(text).body.into_iter().map(|r| &text[r]).collect()
    }

    /// A wire story hard-wrapped at about 65 characters, with a headline,
    /// a byline, a dateline and a credit line.
    const WIRE: &str = "Harbour board backs deep-water berth\n\
        By Jane Roe and John Doe\n\
        \n\
        PORT ELLEN, Scotland, May 4 (Reuters) - The harbour board voted on\n\
        Tuesday to build a deep-water berth for container ships, ending a\n\
        dispute that had delayed the project for three years.\n\
        \n\
        Work will start in the spring, the board's chair told reporters.\n\
        \n\
        (Reporting by Jane Roe; Editing by John Doe)\n";

    #[test]
    fn wire_story_parts_are_recognised() {
        let meta = read_meta(WIRE);
        assert_eq!(
            meta.title.as_deref(),
            Some("Harbour board backs deep-water berth")
        );
        assert_eq!(meta.publisher.as_deref(), Some("Reuters"));
        assert_eq!(meta.place.as_deref(), Some("Port Ellen"));
        assert_eq!(
            body(WIRE),
            [
                "Harbour board backs deep-water berth",
                "The harbour board voted on\nTuesday to build a deep-water berth for container ships, ending a\ndispute that had delayed the project for three years.",
                "Work will start in the spring, the board's chair told reporters.",
            ]
        );
    }

    #[test]
    fn dateline_styles() {
        for (text, place, agency, prose) in [
            ("KYIV, Ukraine (AP) \u{2014} Engineers reopened the bridge on Monday after repairs.", "Kyiv", Some("AP"), "Engineers"),
            ("CAIRO, Egypt, March 3 \u{2014} Engineers reopened the bridge on Monday after repairs.", "Cairo", None, "Engineers"),
            ("Beijing, Oct. 10 (Xinhua) -- Engineers reopened the bridge on Monday after repairs.", "Beijing", Some("Xinhua"), "Engineers"),
            ("LONDON -- Engineers reopened the bridge on Monday after repairs, the council said.", "London", None, "Engineers"),
            ("NEW YORK (Reuters) -Engineers reopened the bridge on Monday after repairs.", "New York", Some("Reuters"), "Engineers"),
            ("PORT ELLIS CITY- The Harbour Board reopened the bridge on Monday after repairs.", "Port Ellis City", None, "The Harbour"),
        ] {
            let meta = read_meta(text);
            assert_eq!(meta.place.as_deref(), Some(place), "{text}");
            assert_eq!(meta.publisher.as_deref(), agency, "{text}");
            assert!(text[meta.body[0].clone()].starts_with(prose), "{text}");
        }
    }

    #[test]
    fn dashes_in_prose_are_not_datelines() {
        for text in [
            "The council - which met on Monday - reopened the bridge after repairs.",
            "Engineers (from Acme) - all of them - reopened the bridge after repairs.",
            "The U.S. and Canada agreed. Then - after a pause - the talks ended in Ottawa.",
            "EU- and UN-funded clinics reopened in the valley after the floods.",
            "Engineers from ACME- Works reopened the bridge after repairs.",
        ] {
            let meta = read_meta(text);
            assert_eq!(meta.place, None, "{text}");
            assert_eq!(&text[meta.body[0].clone()], text);
        }
    }

    #[test]
    fn a_dateline_on_its_own_line_is_left_out() {
        let text = "WASHINGTON (Reuters) -\nThe council reopened the bridge on Monday after two years of repairs.";
        let meta = read_meta(text);
        assert_eq!(meta.place.as_deref(), Some("Washington"));
        assert_eq!(
            body(text),
            ["The council reopened the bridge on Monday after two years of repairs."]
        );
    }

    #[test]
    fn bylines_need_names_after_by() {
        let text = "By 2030, the council plans to reopen every bridge in the county.\n\
            By the end of the year the first bridge will open again, it said.";
        assert_eq!(body(text).len(), 2);
        let text = "The council reopened the bridge on Monday after two years of repairs.\n\
            BY JANE ROE, Reuters\nWritten by John Doe";
        assert_eq!(
            body(text),
            ["The council reopened the bridge on Monday after two years of repairs."]
        );
    }

    #[test]
    fn list_items_inside_the_article_are_body_paragraphs() {
        let text = "The council set three goals for the coming year on Monday, officials said:\n\
            - reopen the bridge\n* Repair roads.\n\u{2022} hire engineers\n1. Open a depot\n(b) Buy a ferry\n\n\
            Short sentence here.\nFollow us on social media";
        assert_eq!(
            body(text),
            [
                "The council set three goals for the coming year on Monday, officials said:",
                "reopen the bridge",
                "Repair roads.",
                "hire engineers",
                "Open a depot",
                "Buy a ferry",
                "Short sentence here.",
            ]
        );
    }

    #[test]
    fn a_speaker_line_before_a_quote_is_article() {
        // Regression: "Harbour Master Ada Quist said:" before a quote was
        // dropped as furniture, and with it the speaker's title.
        let text = "The harbour board voted on Tuesday to build a deep-water berth for ships.\n\n\
            Harbour Master Ada Quist said:\n\n\
            \u{201c}The berth will carry grain.\u{201d}\n\n\
            Share this page:\n\nFollow us\n\n\
            The chair, Bo Lind, said:\n\nThe vote was close.\n";
        assert_eq!(
            body(text),
            [
                "The harbour board voted on Tuesday to build a deep-water berth for ships.",
                "Harbour Master Ada Quist said:",
                "\u{201c}The berth will carry grain.\u{201d}",
                "The chair, Bo Lind, said:",
                "The vote was close.",
            ]
        );
    }

    #[test]
    fn a_text_of_short_sentences_alone_is_all_article() {
        // Regression: "Benin works with Togo." alone had no body (a short
        // line counted as site furniture when no prose paragraph followed).
        assert_eq!(body("Benin works with Togo.\n"), ["Benin works with Togo."]);
        assert_eq!(
            body("Ghana signed the accord.\nTogo signed it too.\n"),
            ["Ghana signed the accord.", "Togo signed it too."]
        );
        // Furniture alone is still no article.
        assert!(body("Home | World | Business\nFollow us\nHome.\n").is_empty());
    }

    #[test]
    fn a_headline_over_two_lines_is_one_title() {
        let text = "Harbour board backs new berth after\nthree years of talks\n\n\
            The harbour board voted on Tuesday to build a deep-water berth for container ships.";
        let meta = read_meta(text);
        assert_eq!(
            meta.title.as_deref(),
            Some("Harbour board backs new berth after three years of talks")
        );
        assert_eq!(
            body(text)[0],
            "Harbour board backs new berth after\nthree years of talks"
        );
    }

    #[test]
    fn a_date_line_is_neither_headline_nor_body() {
        let text = "Harbour Board Approves Plan for New Berth\n\n\
            March 3, 2024 Port Elm, Harbour Agency\n\n\
            The harbour board voted on Tuesday to build a deep-water berth for container ships.";
        let meta = read_meta(text);
        assert_eq!(
            meta.title.as_deref(),
            Some("Harbour Board Approves Plan for New Berth")
        );
        assert_eq!(meta.date.as_deref(), Some("2024-03-03"));
        assert_eq!(
            body(text),
            [
                "Harbour Board Approves Plan for New Berth",
                "The harbour board voted on Tuesday to build a deep-water berth for container ships."
            ]
        );
    }

    #[test]
    fn a_subheading_below_the_date_line_follows_the_headline() {
        let text = "Kestria Opens Second Border Crossing\n\n2 April 2023\n\n\
            New Crossing to Ease Freight Traffic on the River\n\n\
            The government of Kestria opened a second crossing on its northern border on Sunday.";
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Kestria Opens Second Border Crossing")
        );
        assert_eq!(
            body(text),
            [
                "Kestria Opens Second Border Crossing",
                "New Crossing to Ease Freight Traffic on the River",
                "The government of Kestria opened a second crossing on its northern border on Sunday."
            ]
        );
    }

    #[test]
    fn name_and_office_lines_under_a_headline_are_article() {
        let text = "Joint Communique on the Second Velmar-Ostrava Trade Talks\n\n\
            The Hon Petra Quill MP, Minister for Trade\n\n\
            His Excellency Dr Aron Vesk, Minister of Economy\n\n\
            Trade ministers of the two countries met in Ostrava on Monday to review the talks.";
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Joint Communique on the Second Velmar-Ostrava Trade Talks")
        );
        assert_eq!(
            body(text),
            [
                "Joint Communique on the Second Velmar-Ostrava Trade Talks",
                "The Hon Petra Quill MP, Minister for Trade",
                "His Excellency Dr Aron Vesk, Minister of Economy",
                "Trade ministers of the two countries met in Ostrava on Monday to review the talks."
            ]
        );
    }

    #[test]
    fn a_lone_name_and_office_line_above_the_story_is_its_headline() {
        let text = "Senator the Hon Lea Norn, Minister for Energy\n\n\
            The minister opened the new grid control centre in Darwin on Friday morning.";
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Senator the Hon Lea Norn, Minister for Energy")
        );
        // Site furniture above a headline is still left out.
        let text = "Home, Media Centre\n\nPort authority opens new terminal\n\n\
            The port authority opened a new container terminal in the north harbour today.";
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Port authority opens new terminal")
        );
        assert_eq!(
            body(text),
            [
                "Port authority opens new terminal",
                "The port authority opened a new container terminal in the north harbour today."
            ]
        );
    }

    #[test]
    fn the_tagger_trained_layout_leaves_the_newer_readings_out() {
        let text = "Address by Commissioner Ilse Varga at the Ports Forum in Gdansk\n\n\
            Dear Minister,\n\nDistinguished guests,\n\n\
            It is a pleasure to open this forum on the future of the Baltic ports today.";
        let trained = read_meta_reading(
            text,
            TextVocabulary::builtin(),
            LayoutReadings::TaggerTrained,
        );
        assert_eq!(trained.title, None);
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Address by Commissioner Ilse Varga at the Ports Forum in Gdansk")
        );
    }

    #[test]
    fn salutations_of_a_speech_are_passed_over() {
        let text = "Address by Commissioner Ilse Varga at the Ports Forum in Gdansk\n\n\
            Dear Minister,\n\nDistinguished guests,\n\n\
            It is a pleasure to open this forum on the future of the Baltic ports today.";
        assert_eq!(
            read_meta(text).title.as_deref(),
            Some("Address by Commissioner Ilse Varga at the Ports Forum in Gdansk")
        );
        assert_eq!(
            body(text),
            [
                "Address by Commissioner Ilse Varga at the Ports Forum in Gdansk",
                "It is a pleasure to open this forum on the future of the Baltic ports today."
            ]
        );
    }

    #[test]
    fn finds_dates_in_several_styles() {
        assert_eq!(
            find_date("Posted March 2, 2017 at noon", TextVocabulary::builtin()).as_deref(),
            Some("2017-03-02")
        );
        assert_eq!(
            find_date("2 Mar. 2017", TextVocabulary::builtin()).as_deref(),
            Some("2017-03-02")
        );
        assert_eq!(find_date("on 2017-13-40", TextVocabulary::builtin()), None);
    }
}
