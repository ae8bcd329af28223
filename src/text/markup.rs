//! Markup removal: HTML (tags, scripts, styles, comments, boilerplate
//! containers, entities) and Markdown (headings, emphasis, links, code).
//! Both give plain text with paragraphs separated by blank lines, and the
//! title when the markup states one.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose whole content is dropped: code, styling, and the
/// navigation and boilerplate containers of web pages.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "menu",
    "svg", "iframe", "button", "select", "textarea", "head",
];

/// Elements that break paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "blockquote",
    "main",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "pre",
    "hr",
    "body",
    "html",
    "td",
    "th",
];

/// HTML to plain text; returns the text and the `<title>` (or first `<h1>`).
///
/// The markup is read by a WHATWG-conformant tokenizer (`html5gum`), so
/// character references without their `;`, quoted `>` in attributes, and
/// script or style bodies holding markup read as a browser reads them.
///
/// ```
/// let (text, title) = kgraph::text::markup::html_to_text(
///     "<html><head><title>A &amp; B</title></head><body><nav>Home</nav><p>One.</p><p>Two&nbsp;&#233;</p></body></html>");
/// assert_eq!(title.as_deref(), Some("A & B"));
/// assert_eq!(text, "One.\n\nTwo \u{e9}");
/// ```
pub fn html_to_text(html: &str) -> (String, Option<String>) {
    let mut reader = HtmlReader::default();
    let mut emitter = DefaultEmitter::default();
    // Script, style, title and textarea bodies are raw text: without the
    // switch a `<p>` inside a script string would read as a paragraph.
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        reader.read(token);
    }
    reader.finish()
}

/// Where the text of a page goes while its tokens are read.
#[derive(Default)]
struct HtmlReader {
    /// Text of the whole page, outside the skipped elements.
    page: String,
    /// Text inside `<article>` elements, then inside `<main>` elements:
    /// the article itself when the page marks it.
    regions: [Region; 2],
    /// The skipped element being passed over, with its nesting depth.
    skipping: Option<(Vec<u8>, usize)>,
    title: Option<String>,
    in_title: bool,
    first_heading: Option<String>,
    /// `Some` while inside the first `<h1>`.
    heading: Option<String>,
}

#[derive(Default)]
struct Region {
    depth: usize,
    seen: bool,
    text: String,
}

const REGION_TAGS: [&[u8]; 2] = [b"article", b"main"];

impl HtmlReader {
    fn read(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => self.start(&tag.name, tag.self_closing),
            Token::EndTag(tag) => self.end(&tag.name),
            Token::String(s) => self.text(&String::from_utf8_lossy(&s.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }

    fn start(&mut self, name: &[u8], self_closing: bool) {
        // The title sits in `<head>`, which is otherwise skipped.
        if name == b"title" && self.title.is_none() && !self_closing {
            self.in_title = true;
            self.title = Some(String::new());
            return;
        }
        if let Some((skipped, depth)) = &mut self.skipping {
            if skipped.as_slice() == name && !self_closing {
                *depth += 1;
            }
            return;
        }
        if is_one_of(name, SKIPPED) {
            if !self_closing {
                self.skipping = Some((name.to_vec(), 1));
            }
            return;
        }
        if name == b"h1" && self.first_heading.is_none() && self.heading.is_none() {
            self.heading = Some(String::new());
        }
        for (region, tag) in self.regions.iter_mut().zip(REGION_TAGS) {
            if name == tag && !self_closing {
                region.depth += 1;
                region.seen = true;
            }
        }
        if name == b"br" {
            self.push("\n");
        } else if is_one_of(name, BLOCKS) {
            self.push("\n\n");
        }
        // Inline elements (a, span, b, i…) join their neighbours.
    }

    fn end(&mut self, name: &[u8]) {
        if name == b"title" && self.in_title {
            self.in_title = false;
            return;
        }
        if let Some((skipped, depth)) = &mut self.skipping {
            // The end of the body ends an element left open in it.
            if skipped.as_slice() == name {
                *depth -= 1;
            }
            if *depth == 0 || name == b"body" || name == b"html" {
                self.skipping = None;
            }
            return;
        }
        if name == b"h1" {
            if let Some(heading) = self.heading.take() {
                self.first_heading = Some(heading);
            }
        }
        if is_one_of(name, BLOCKS) || name == b"br" {
            self.push(if name == b"br" { "\n" } else { "\n\n" });
        }
        for (region, tag) in self.regions.iter_mut().zip(REGION_TAGS) {
            if name == tag {
                region.depth = region.depth.saturating_sub(1);
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_title {
            if let Some(title) = &mut self.title {
                title.push_str(text);
            }
            return;
        }
        if self.skipping.is_some() {
            return;
        }
        if let Some(heading) = &mut self.heading {
            heading.push_str(text);
        }
        self.push(text);
    }

    fn push(&mut self, text: &str) {
        self.page.push_str(text);
        for region in &mut self.regions {
            if region.depth > 0 {
                region.text.push_str(text);
            }
        }
    }

    fn finish(mut self) -> (String, Option<String>) {
        let heading = self.heading.take().or(self.first_heading.take());
        let title = [self.title.take(), heading]
            .into_iter()
            .flatten()
            .map(|t| collapse_spaces(&without_controls(&t)))
            .find(|t| !t.is_empty());
        let text = match self.regions.into_iter().find(|r| r.seen) {
            Some(region) => region.text,
            None => self.page,
        };
        (tidy(&without_controls(&text)), title)
    }
}

fn is_one_of(name: &[u8], names: &[&str]) -> bool {
    names.iter().any(|n| n.as_bytes() == name)
}

/// Control characters (from references such as `&#1;`) become spaces;
/// line breaks stay.
fn without_controls(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// Decodes named, decimal and hexadecimal character references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                named_entity(name)
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                // Control characters from references become spaces.
                out.push(if c.is_control() && c != '\n' { ' ' } else { c });
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "laquo" => '\u{ab}',
        "raquo" => '\u{bb}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "trade" => '\u{2122}',
        "middot" => '\u{b7}',
        "bull" => '\u{2022}',
        "eacute" => '\u{e9}',
        "egrave" => '\u{e8}',
        "aacute" => '\u{e1}',
        "oacute" => '\u{f3}',
        "uuml" => '\u{fc}',
        "ouml" => '\u{f6}',
        "auml" => '\u{e4}',
        "ccedil" => '\u{e7}',
        "ntilde" => '\u{f1}',
        "euro" => '\u{20ac}',
        "pound" => '\u{a3}',
        "yen" => '\u{a5}',
        _ => return None,
    })
}

/// Markdown to plain text; returns the text and the first heading.
///
/// ```
/// let (text, title) = kgraph::text::markup::markdown_to_text("# Big news\n\nThe **ministry** issued [rules](http://x).\n\n```\ncode\n```\n");
/// assert_eq!(title.as_deref(), Some("Big news"));
/// assert_eq!(text, "Big news\n\nThe ministry issued rules.");
/// ```
pub fn markdown_to_text(md: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(md.len());
    let mut title = None;
    let mut in_code = false;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let mut content = trimmed;
        let heading = content.starts_with('#');
        content = content.trim_start_matches('#').trim_start();
        for marker in ["> ", "- ", "* ", "+ "] {
            if let Some(rest) = content.strip_prefix(marker) {
                content = rest;
            }
        }
        let content = inline_markdown(content);
        if heading {
            if title.is_none() && !content.is_empty() {
                title = Some(content.clone());
            }
            out.push_str("\n\n");
            out.push_str(&content);
            out.push_str("\n\n");
        } else {
            out.push_str(&content);
            out.push('\n');
        }
    }
    (tidy(&out), title)
}

/// Removes images, link syntax, emphasis markers, code ticks and HTML tags.
fn inline_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => {
                // Image: drop alt text and target.
                if let Some(end) = link_end(&chars, i + 1) {
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '[' => {
                if let (Some(close), Some(end)) = (
                    chars[i..].iter().position(|&x| x == ']').map(|p| i + p),
                    link_end(&chars, i),
                ) {
                    out.extend(&chars[i + 1..close]);
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '*' | '`' => {}
            '_' if chars.get(i + 1) == Some(&'_') => i += 1,
            '<' => {
                if let Some(p) = chars[i..].iter().position(|&x| x == '>') {
                    i += p + 1;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    decode_entities(&out)
}

/// For `[text](target)` starting at `open`: the index after `)`.
fn link_end(chars: &[char], open: usize) -> Option<usize> {
    let close = open + chars[open..].iter().position(|&x| x == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = close + 1 + chars[close + 1..].iter().position(|&x| x == ')')?;
    Some(paren + 1)
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collapses spaces inside lines and keeps at most one blank line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.lines() {
        let line = collapse_spaces(line);
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_scripts_styles_comments_and_boilerplate() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><header>Site</header><!-- note -->\
            <script>var x = '<p>no</p>';</script><p>Kept &lt;here&gt;.</p><footer>Copyright</footer></body></html>";
        let (text, title) = html_to_text(html);
        assert_eq!(text, "Kept <here>.");
        assert_eq!(title.as_deref(), Some("T"));
    }

    #[test]
    fn malformed_html_never_panics() {
        for html in [
            "<p>open",
            "<",
            "<<>>",
            "a < b and c > d",
            "<script>never closed",
            "<p a=\"x>y\">ok</p>",
            "&#xFFFFFFFF; &#0; &bogus;",
            "<nav><nav>x</nav>y</nav>z",
        ] {
            let (text, _) = html_to_text(html);
            assert!(!text.contains('\u{0}'));
        }
        assert_eq!(html_to_text("<nav><nav>x</nav>y</nav>z").0, "z");
    }

    #[test]
    fn references_without_semicolons_read_as_a_browser_reads_them() {
        let (text, _) =
            html_to_text("<p>Fish &amp chips &copy 2024 &lt;b&gt; AT&T &notit; &#233</p>");
        assert_eq!(text, "Fish & chips \u{a9} 2024 <b> AT&T \u{ac}it; \u{e9}");
    }

    #[test]
    fn markup_inside_scripts_and_attributes_is_not_text() {
        let html = "<body><script>document.write('<p>Ad</p></div>');</script>\
            <p title=\"a > b\">Kept.</p><style>p::after{content:'<b>x</b>'}</style>\
            <p>Also <b>kept</b>.</p></body>";
        assert_eq!(html_to_text(html).0, "Kept.\n\nAlso kept.");
    }

    #[test]
    fn an_unclosed_boilerplate_element_ends_with_the_body() {
        let html = "<html><body><header>Site menu<p>Story one.</p></body></html>";
        assert_eq!(html_to_text(html).0, "");
        // Paragraphs left open close at the next block, as in HTML.
        let (text, title) = html_to_text("<h1>Headline</h1><p>First.<p>Second.<li>Item");
        assert_eq!(text, "Headline\n\nFirst.\n\nSecond.\n\nItem");
        assert_eq!(title.as_deref(), Some("Headline"));
    }

    #[test]
    fn prefers_the_article_element() {
        let (text, _) =
            html_to_text("<div>Menu</div><article><p>Story.</p></article><div>Related</div>");
        assert_eq!(text, "Story.");
    }
}
