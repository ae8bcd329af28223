//! A light scan of SPARQL text, before and beside Oxigraph's parser: where
//! the prefixed names are, how deeply groups nest, what word starts the
//! query. It skips strings, IRIs and comments, and understands nothing else,
//! which is all that is needed to turn a parser error into a message naming
//! the likely mistake, to warn about a misspelt `kg:` term, and to refuse a
//! query nested so deeply that parsing it would overflow the stack.
//!
//! ```
//! use kgraph::sparql_text::{nesting_depth, prefixed_names};
//! let text = "SELECT ?x WHERE { ?x a kg:Contry . FILTER((1)) } # kg:Comment";
//! let names: Vec<_> = prefixed_names(text).into_iter().map(|n| n.text).collect();
//! assert_eq!(names, ["kg:Contry"]);
//! assert_eq!(nesting_depth(text), 3);
//! ```

/// A prefixed name (`kg:Country`) and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefixedName {
    /// The name as written.
    pub text: String,
    /// The prefix, without the colon (empty for `:name`).
    pub prefix: String,
    /// The local part after the colon.
    pub local: String,
    /// 1-based line and column (in characters) of its first character.
    pub line: usize,
    pub column: usize,
}

/// What the scanner sees at each significant character (byte offsets).
enum Piece {
    Open {
        at: usize,
    },
    Close,
    Word {
        start: usize,
        end: usize,
    },
    /// A string whose closing quote never comes (a short string ends at
    /// its line's end); `at` is its opening quote.
    UnclosedString {
        at: usize,
    },
    /// An operator character (`+`, `*`, `/`, `|`, `&`, `=`, `!`, `<`, `>`, `^`).
    Operator,
}

/// Walks `text`, calling `visit` for brackets and for words (runs of name
/// characters and colons, which include prefixed names and keywords) outside
/// strings, IRIs and comments. `visit` gets byte offsets.
fn scan(text: &str, mut visit: impl FnMut(Piece)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b"_-.:".contains(&b) || b >= 0x80;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let opened = i;
                let long = bytes[i..].starts_with(&[quote; 3]);
                i += if long { 3 } else { 1 };
                let mut closed = false;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if long {
                        if bytes[i..].starts_with(&[quote; 3]) {
                            i += 3;
                            closed = true;
                            break;
                        }
                    } else if bytes[i] == quote || bytes[i] == b'\n' {
                        closed = bytes[i] == quote;
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    visit(Piece::UnclosedString { at: opened });
                }
                continue;
            }
            b'<' => {
                // An IRI has no spaces; a `<` followed by one is a comparison.
                let end = bytes[i + 1..]
                    .iter()
                    .position(|&b| b == b'>' || b.is_ascii_whitespace() || b == b'<');
                match end {
                    Some(n) if bytes[i + 1 + n] == b'>' => i += n + 2,
                    _ => {
                        visit(Piece::Operator);
                        i += 1;
                    }
                }
                continue;
            }
            b'{' | b'(' | b'[' => visit(Piece::Open { at: i }),
            b'}' | b')' | b']' => visit(Piece::Close),
            b'?' | b'$' => {
                // A variable: skip its name so that it is not read as a word.
                i += 1;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80)
                {
                    i += 1;
                }
                continue;
            }
            b if word_byte(b) => {
                let start = i;
                while i < bytes.len() && word_byte(bytes[i]) {
                    i += 1;
                }
                // A name does not end in '.', which ends the triple instead.
                let mut end = i;
                while end > start && bytes[end - 1] == b'.' {
                    end -= 1;
                }
                if end > start && text.is_char_boundary(start) && text.is_char_boundary(end) {
                    visit(Piece::Word { start, end });
                }
                continue;
            }
            b'+' | b'*' | b'/' | b'|' | b'&' | b'=' | b'!' | b'>' | b'^' => visit(Piece::Operator),
            _ => {}
        }
        i += 1;
    }
}

/// How many operators chain operands in `text`: `UNION`s, `MINUS`es and
/// the operator characters of expressions and property paths. The parser
/// and the evaluator recurse once per operand of a chain (`1 + 1 + …`,
/// `{…} UNION {…} UNION …`), and parsing slows down faster than the
/// chain grows, so a server bounds it (see
/// [`crate::query::MAX_CHAIN`]).
///
/// ```
/// assert_eq!(kgraph::sparql_text::chain_length("SELECT * { ?s ?p ?o FILTER(?o > 1 + 2) }"), 3);
/// assert_eq!(kgraph::sparql_text::chain_length("ASK { {} UNION {} } # a + b"), 1);
/// assert_eq!(kgraph::sparql_text::chain_length("ASK { ?s <urn:a> \"x+y\" }"), 0);
/// ```
pub fn chain_length(text: &str) -> usize {
    let mut operators = 0;
    scan(text, |piece| match piece {
        Piece::Operator => operators += 1,
        Piece::Word { start, end } => {
            let word = &text[start..end];
            if word.eq_ignore_ascii_case("union")
                || word.eq_ignore_ascii_case("minus")
                || word.bytes().all(|b| b == b'-')
            {
                operators += 1;
            }
        }
        Piece::Open { .. } | Piece::Close | Piece::UnclosedString { .. } => {}
    });
    operators
}

/// 1-based line and column (in characters) of byte offset `at`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The prefixed names used in `text`, in order (declarations included).
pub fn prefixed_names(text: &str) -> Vec<PrefixedName> {
    let mut names = Vec::new();
    scan(text, |piece| {
        if let Piece::Word { start, end } = piece {
            let word = &text[start..end];
            let Some((prefix, local)) = word.split_once(':') else {
                return;
            };
            let starts_well = prefix.chars().next().is_none_or(|c| c.is_alphabetic());
            if starts_well && !word[prefix.len() + 1..].contains(':') {
                let (line, column) = line_column(text, start);
                names.push(PrefixedName {
                    text: word.to_owned(),
                    prefix: prefix.to_owned(),
                    local: local.to_owned(),
                    line,
                    column,
                });
            }
        }
    });
    names
}

/// The prefixes declared in `text` with `PREFIX name: <…>`.
pub fn declared_prefixes(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    scan(text, |piece| {
        if let Piece::Word { start, end } = piece {
            words.push(&text[start..end]);
        }
    });
    words
        .windows(2)
        .filter(|w| w[0].eq_ignore_ascii_case("prefix"))
        .filter_map(|w| w[1].strip_suffix(':'))
        .map(str::to_owned)
        .collect()
}

/// The deepest nesting of `{ }`, `( )` and `[ ]` in `text`.
pub fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    scan(text, |piece| match piece {
        Piece::Open { .. } => {
            depth += 1;
            deepest = deepest.max(depth);
        }
        Piece::Close => depth = depth.saturating_sub(1),
        Piece::Word { .. } | Piece::UnclosedString { .. } | Piece::Operator => {}
    });
    deepest
}

/// Where a likely mistake is, as 1-based line and column, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    pub line: usize,
    pub column: usize,
    pub kind: MistakeKind,
}

/// The mistakes [`find_mistake`] names.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MistakeKind {
    /// A word that is no SPARQL keyword or function, with the closest one.
    UnknownWord { word: String, closest: &'static str },
    /// `PREFIX name <iri>`: the name lacks its colon.
    PrefixWithoutColon { name: String },
    /// A string whose closing quote never comes.
    UnclosedString,
    /// A `{`, `(` or `[` never closed (the innermost one).
    UnclosedBracket { bracket: char },
}

/// SPARQL 1.1's keywords and built-in function names (and Oxigraph's
/// `LATERAL` and `ADJUST`), for naming a misspelt one. Keywords of two
/// words are written with their space, so `GROUP_BY` is one edit away;
/// Oxigraph also reads them without it (`GROUPBY`), so those are known too.
pub const SPARQL_WORDS: &[&str] = &[
    "BASE",
    "PREFIX",
    "SELECT",
    "CONSTRUCT",
    "DESCRIBE",
    "ASK",
    "DISTINCT",
    "REDUCED",
    "AS",
    "FROM",
    "NAMED",
    "WHERE",
    "GROUP",
    "BY",
    "GROUP BY",
    "HAVING",
    "ORDER",
    "ORDER BY",
    "ASC",
    "DESC",
    "LIMIT",
    "OFFSET",
    "VALUES",
    "LOAD",
    "SILENT",
    "INTO",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "TO",
    "INSERT",
    "DELETE",
    "DATA",
    "WITH",
    "USING",
    "DEFAULT",
    "GRAPH",
    "ALL",
    "OPTIONAL",
    "SERVICE",
    "BIND",
    "UNDEF",
    "MINUS",
    "UNION",
    "FILTER",
    "NOT",
    "IN",
    "EXISTS",
    "SEPARATOR",
    "LATERAL",
    "a",
    "true",
    "false",
    "COUNT",
    "SUM",
    "MIN",
    "MAX",
    "AVG",
    "SAMPLE",
    "GROUP_CONCAT",
    "STR",
    "LANG",
    "LANGMATCHES",
    "DATATYPE",
    "BOUND",
    "IRI",
    "URI",
    "BNODE",
    "RAND",
    "ABS",
    "CEIL",
    "FLOOR",
    "ROUND",
    "CONCAT",
    "STRLEN",
    "UCASE",
    "LCASE",
    "ENCODE_FOR_URI",
    "CONTAINS",
    "STRSTARTS",
    "STRENDS",
    "STRBEFORE",
    "STRAFTER",
    "YEAR",
    "MONTH",
    "DAY",
    "HOURS",
    "MINUTES",
    "SECONDS",
    "TIMEZONE",
    "TZ",
    "NOW",
    "UUID",
    "STRUUID",
    "MD5",
    "SHA1",
    "SHA256",
    "SHA384",
    "SHA512",
    "COALESCE",
    "IF",
    "STRLANG",
    "STRDT",
    "sameTerm",
    "isIRI",
    "isURI",
    "isBLANK",
    "isLITERAL",
    "isNUMERIC",
    "REGEX",
    "SUBSTR",
    "REPLACE",
    "ADJUST",
    "GROUPBY",
    "ORDERBY",
];

/// The likely mistake behind a parser error at byte offset `error_at` of
/// `text`, if the text shows one at or before it: an unclosed string, a
/// misspelt keyword or function name (the closest one given), a prefix
/// declared without its colon, or, for an error at the end of the text, a
/// bracket never closed (named by where it opens).
pub fn find_mistake(text: &str, error_at: usize) -> Option<Mistake> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut unclosed_string = None;
    scan(text, |piece| match piece {
        Piece::Word { start, end } => words.push((start, end)),
        Piece::Open { at } => open.push(at),
        Piece::Close => {
            open.pop();
        }
        Piece::UnclosedString { at } => {
            unclosed_string.get_or_insert(at);
        }
        Piece::Operator => {}
    });
    let at = |offset: usize, kind: MistakeKind| {
        let (line, column) = line_column(text, offset);
        Some(Mistake { line, column, kind })
    };
    let first_word_problem = words.iter().enumerate().find_map(|(i, &(start, end))| {
        if start > error_at {
            return None;
        }
        let word = &text[start..end];
        let previous = i.checked_sub(1).map(|p| &text[words[p].0..words[p].1]);
        if previous.is_some_and(|p| p.eq_ignore_ascii_case("prefix")) && !word.ends_with(':') {
            return Some((
                start,
                MistakeKind::PrefixWithoutColon {
                    name: word.to_owned(),
                },
            ));
        }
        // Only bare words: prefixed names, numbers and language tags
        // ("…"@en) are not keywords.
        let bare = !word.contains(':')
            && word.starts_with(|c: char| c.is_ascii_alphabetic())
            && !text[..start].ends_with('@');
        if !bare || SPARQL_WORDS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
            return None;
        }
        let closest = closest(word, SPARQL_WORDS.iter().copied())?;
        Some((
            start,
            MistakeKind::UnknownWord {
                word: word.to_owned(),
                closest,
            },
        ))
    });
    match (unclosed_string, first_word_problem) {
        (Some(s), Some((w, _))) if s <= w && s <= error_at => {
            return at(s, MistakeKind::UnclosedString)
        }
        (Some(s), None) if s <= error_at => return at(s, MistakeKind::UnclosedString),
        (_, Some((w, kind))) => return at(w, kind),
        _ => {}
    }
    let at_end = error_at >= text.trim_end().len();
    match open.last() {
        Some(&bracket) if at_end => at(
            bracket,
            MistakeKind::UnclosedBracket {
                bracket: char::from(text.as_bytes()[bracket]),
            },
        ),
        _ => None,
    }
}

/// The byte offset of 1-based `line` and `column` (in characters) of
/// `text`, clamped to its end.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line {
        match text[offset..].find('\n') {
            Some(n) => offset += n + 1,
            None => return text.len(),
        }
    }
    let rest = &text[offset..];
    offset
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The first word after the `PREFIX` and `BASE` declarations (the query
/// form, such as `SELECT`), with its line and column.
pub fn first_keyword(text: &str) -> Option<(String, usize, usize)> {
    let mut words = Vec::new();
    scan(text, |piece| {
        if let Piece::Word { start, end } = piece {
            words.push((start, &text[start..end]));
        }
    });
    let mut i = 0;
    while i < words.len() {
        let word = words[i].1;
        if word.eq_ignore_ascii_case("prefix") {
            i += 2;
        } else if word.eq_ignore_ascii_case("base") {
            i += 1;
        } else {
            let (line, column) = line_column(text, words[i].0);
            return Some((word.to_owned(), line, column));
        }
    }
    None
}

/// Edit distance (insertions, deletions, substitutions) between two words,
/// ignoring case.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The candidate closest to `word`, if it is close enough to be a likely
/// misspelling (at most a third of the word's letters differ).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let most = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= most)
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_iris_comments_and_variables_are_not_names() {
        let text = "PREFIX ex: <http://e.org/a:b>\nSELECT ?kg WHERE { ?s ex:p \"kg:no\" , 'x:y' ; <urn:a:b> ?o } # kg:no";
        let names: Vec<_> = prefixed_names(text).into_iter().map(|n| n.text).collect();
        assert_eq!(names, ["ex:", "ex:p"]);
        assert_eq!(declared_prefixes(text), ["ex"]);
        assert_eq!(first_keyword(text), Some(("SELECT".to_owned(), 2, 1)));
    }

    #[test]
    fn positions_and_depth() {
        let text = "SELECT *\nWHERE { ?s  kg:issues ?o . ?o a kg:Strategy. }";
        let names = prefixed_names(text);
        assert_eq!((names[0].line, names[0].column), (2, 13));
        assert_eq!(names[1].text, "kg:Strategy");
        let nested = format!("SELECT * WHERE {}{}", "{".repeat(50), "}".repeat(50));
        assert_eq!(nesting_depth(&nested), 50);
        // A comparison is not an IRI.
        assert_eq!(nesting_depth("ASK { FILTER(1 < 2 && (3 > 2)) }"), 3);
    }

    #[test]
    fn mistakes_are_named_where_they_are() {
        let kind = |text: &str| find_mistake(text, text.len()).map(|m| (m.line, m.column, m.kind));
        let unknown = |word: &str, closest: &'static str| MistakeKind::UnknownWord {
            word: word.to_owned(),
            closest,
        };
        assert_eq!(
            kind("SELECT ?x WHRE { ?x ?p ?o }"),
            Some((1, 11, unknown("WHRE", "WHERE")))
        );
        assert_eq!(
            kind("SELECT ?x {\n ?x ?p ?o } GROUP_BY ?x"),
            Some((2, 13, unknown("GROUP_BY", "GROUP BY")))
        );
        // Language tags, prefixed names and numbers are not keywords.
        assert_eq!(
            kind("ASK { ?x ?p \"x\"@en , kg:Thing , 12 } LIMT 1").map(|k| k.1),
            Some(38)
        );
        assert_eq!(
            kind("PREFIX ex <urn:x#>\nASK {}"),
            Some((
                1,
                8,
                MistakeKind::PrefixWithoutColon {
                    name: "ex".to_owned()
                }
            ))
        );
        assert_eq!(
            kind("ASK {\n FILTER(?x = \"open)\n}"),
            Some((2, 14, MistakeKind::UnclosedString))
        );
        assert_eq!(
            kind("SELECT * WHERE {\n  { ?s ?p ?o }\n"),
            Some((1, 16, MistakeKind::UnclosedBracket { bracket: '{' }))
        );
        // A word after the parser's error is not its cause.
        assert_eq!(find_mistake("SELECT ?x WHRE", 3), None);
        assert_eq!(offset_of("ab\ncdé f", 2, 4), 7);
    }

    #[test]
    fn closest_word() {
        assert_eq!(
            closest("SELCT", ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]),
            Some("SELECT")
        );
        assert_eq!(
            closest("Contry", ["Country", "CountryGroup"]),
            Some("Country")
        );
        assert_eq!(closest("Banana", ["Country", "CountryGroup"]), None);
    }
}
