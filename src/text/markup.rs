//! Markup removal: HTML (tags, scripts, styles, comments, boilerplate
//! containers, entities) and Markdown (headings, emphasis, links, code).
//! Both give plain text with paragraphs separated by blank lines, and the
//! title when the markup states one.

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
/// ```
/// let (text, title) = kgraph::text::markup::html_to_text(
///     "<html><head><title>A &amp; B</title></head><body><nav>Home</nav><p>One.</p><p>Two&nbsp;&#233;</p></body></html>");
/// assert_eq!(title.as_deref(), Some("A & B"));
/// assert_eq!(text, "One.\n\nTwo \u{e9}");
/// ```
pub fn html_to_text(html: &str) -> (String, Option<String>) {
    let lower = html.to_ascii_lowercase();
    let title = element_text(html, &lower, "title").or_else(|| element_text(html, &lower, "h1"));
    // Prefer the article itself when the page marks it.
    let (from, to) = ["article", "main"]
        .iter()
        .find_map(|tag| {
            let open = lower.find(&format!("<{tag}"))?;
            let close = lower.rfind(&format!("</{tag}"))?;
            (close > open).then_some((open, close))
        })
        .unwrap_or((0, html.len()));
    let text = strip_tags(&html[from..to], &lower[from..to]);
    (tidy(&text), title.map(|t| collapse_spaces(&t)))
}

/// The decoded text of the first element `tag`, if any.
fn element_text(html: &str, lower: &str, tag: &str) -> Option<String> {
    let open = lower.find(&format!("<{tag}"))?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find(&format!("</{tag}"))?;
    let inner = strip_tags(&html[start..end], &lower[start..end]);
    let t = collapse_spaces(&inner);
    (!t.is_empty()).then_some(t)
}

fn strip_tags(html: &str, lower: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        out.push_str(&decode_entities(&html[text_start..i]));
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
            text_start = i;
            continue;
        }
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_start = if closing { i + 2 } else { i + 1 };
        let name_end = lower[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(bytes.len(), |e| name_start + e);
        let name = &lower[name_start..name_end];
        if name.is_empty() && !closing {
            // A lone "<" in text.
            out.push('<');
            i += 1;
            text_start = i;
            continue;
        }
        let tag_end = find_tag_end(bytes, i).unwrap_or(bytes.len());
        i = tag_end;
        if !closing && SKIPPED.contains(&name) && !lower[..tag_end].ends_with("/>") {
            // Skip to the matching close tag (same-name elements may nest).
            let mut depth = 1;
            let mut j = i;
            while depth > 0 {
                let Some(next) = lower[j..].find('<').map(|e| j + e) else {
                    j = bytes.len();
                    break;
                };
                let rest = &lower[next..];
                if rest.starts_with(&format!("</{name}")) {
                    depth -= 1;
                } else if rest.starts_with(&format!("<{name}"))
                    && rest[name.len() + 1..].starts_with(|c: char| !c.is_ascii_alphanumeric())
                {
                    depth += 1;
                }
                j = find_tag_end(bytes, next).unwrap_or(bytes.len());
            }
            i = j;
        } else if name == "br" {
            out.push('\n');
        } else if BLOCKS.contains(&name) {
            out.push_str("\n\n");
        } else {
            // Inline elements (a, span, b, i…) join their neighbours.
        }
        text_start = i;
    }
    if text_start < bytes.len() {
        out.push_str(&decode_entities(&html[text_start..]));
    }
    out
}

/// The byte after the `>` closing the tag that opens at `start`, respecting quoted attributes.
fn find_tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote = None;
    for (k, &b) in bytes.iter().enumerate().skip(start + 1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(k + 1),
            _ => {}
        }
    }
    None
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
    fn prefers_the_article_element() {
        let (text, _) =
            html_to_text("<div>Menu</div><article><p>Story.</p></article><div>Related</div>");
        assert_eq!(text, "Story.");
    }
}
