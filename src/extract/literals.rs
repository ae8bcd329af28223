//! The guard of "the ontology is data": no English word that extraction
//! matches against the text may be written in `src/extract`.
//!
//! Every trigger, cue and function word lives in `ontology/` (Turtle) and
//! reaches the rules through the compiled [`super::lexicon::Lexicon`]; the
//! classes the rules give a part are named by the ontology too
//! (`kg:personClass` …). The test below reads every `.rs` file under
//! `src/extract`, takes the string literals of its non-test code (comments,
//! doc comments and `#[cfg(test)]` items are skipped) and fails, naming
//! file and line, for each literal that reads like English text or a class
//! name. Grammatical labels (Universal Dependencies relations, the frame
//! language's keywords), rule names written into evidence, and the spelling
//! rules of regular inflection are the only words allowed, listed below with
//! the reason for each. Character literals are not checked: a single letter
//! is a spelling rule, not a word.

use std::path::{Path, PathBuf};

/// Words that are not English matched against the text, each with why.
const ALLOWED: &[(&str, &[&str])] = &[
    (
        // Universal Dependencies relation labels read from the parse (a
        // label with a subtype, "nsubj:pass", is never taken for English).
        "dependency labels",
        &[
            "acl",
            "advcl",
            "advmod",
            "amod",
            "appos",
            "aux",
            "case",
            "cc",
            "ccomp",
            "compound",
            "conj",
            "cop",
            "csubj",
            "det",
            "expl",
            "flat",
            "mark",
            "nmod",
            "nsubj",
            "nummod",
            "obj",
            "obl",
            "parataxis",
            "punct",
            "xcomp",
        ],
    ),
    (
        // Keywords of the `kg:frame` language ("verb: nsubj -> obj",
        // "REL@prep", "… if ROLES is CLASS", the named frame "title"): syntax of the ontology's
        // own strings, not words of the text.
        "frame keywords",
        &[
            "verb",
            "passive",
            "noun",
            "reciprocal",
            "stating",
            "group",
            "role verb",
            "role passive",
            "role noun",
            "role-verb",
            "role-passive",
            "role-noun",
            "role-complement",
            "role",
            "prep",
            "title",
            "office",
            "programme",
            "party",
            "place apposition",
            // "passive: obl:agent <-> if nsubj:pass, ^acl is Document"
            " if ",
            " is ",
        ],
    ),
    (
        // Rule names written into each fact's evidence (`kg:rule`).
        "rule names",
        &[
            "active",
            "active-partner",
            "apposed-members",
            "author",
            "bracketed-members",
            "ceremony",
            "comma-joined",
            "counterpart-party",
            "dep-",
            "example-members",
            "goal-enumeration",
            "goal-gerund-list",
            "goal-list",
            "headline-purpose",
            "hyphen-participle",
            "infinitive-subjects",
            "colon-signers",
            "coordinated-modifiers",
            "inverted",
            "joint-between",
            "joint-phrase",
            "joint-speaker",
            "joint-subjects",
            "joint-verb-phrase",
            "meeting-between",
            "meeting-parties",
            "defined-parties",
            "leader-meeting",
            "visit",
            "represented-people",
            "listed-members",
            "named-members",
            "noun-between",
            "noun-by",
            "noun-compound",
            "other-members",
            "pair",
            "parsed-goal",
            "partitive-member",
            "party-lines",
            "party-list",
            "party-possessor",
            "party-title",
            "place-apposition",
            "position",
            "possessor",
            "preamble-goal",
            "predicate-member",
            "present-goal-predicate",
            "purpose",
            "reduced-relative",
            "representative-party",
            "represented",
            "represented-passive",
            "result-clause",
            "role-members",
            "signatory-label",
            "signing-list",
            "stative",
            "title-pair",
        ],
    ),
];

/// Spelling rules of regular English inflection in `lexicon::inflect` and
/// `Lexicon::may_trigger`: letter patterns of the mechanism that inflects
/// the ontology's verb lemmas, allowed in that file only.
const INFLECTION_FILE: &str = "lexicon.rs";
const INFLECTION: &[&str] = &[
    "aeiou", "wxy", "ie", "sh", "ch", "es", "ed", "ing", "ies", "ied",
];

/// One string literal of the source: its line and its text as written
/// (escapes not decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Literal {
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(Literal),
    Ident(String),
    Punct(char),
}

/// Splits Rust source into identifiers, punctuation and string literals,
/// dropping comments, whitespace, numbers, character literals and lifetimes.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|&&c| c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            // Block comments nest.
            let start = i;
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i.min(chars.len()));
        } else if let Some((hashes, open)) = raw_string_start(&chars, i) {
            // r"…", r#"…"#, br"…": no escapes, ends at a quote and the hashes.
            let start = open + 1;
            let mut j = start;
            let end = loop {
                if j >= chars.len() {
                    break chars.len();
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    break j;
                }
                j += 1;
            };
            out.push(Token::Literal(Literal {
                line,
                text: chars[start..end].iter().collect(),
            }));
            line += count_lines(i, end);
            i = (end + 1 + hashes).min(chars.len());
        } else if c == '"' || (c == 'b' && next == Some('"')) {
            let start = if c == 'b' { i + 2 } else { i + 1 };
            let mut j = start;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = j.min(chars.len());
            out.push(Token::Literal(Literal {
                line,
                text: chars[start..end].iter().collect(),
            }));
            line += count_lines(i, end);
            i = end + 1;
        } else if c == '\'' || (c == 'b' && next == Some('\'')) {
            // A character literal ('x', '\n', '\u{2019}', b'x') or a lifetime ('a).
            let q = if c == 'b' { i + 1 } else { i };
            if chars.get(q + 1) == Some(&'\\') {
                // Past the backslash and the escaped character ('\'').
                let mut j = q + 3;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if chars.get(q + 2) == Some(&'\'') {
                i = q + 3;
            } else {
                i = q + 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            if c == '\n' {
                line += 1;
            } else if !c.is_whitespace() {
                out.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    out
}

/// At a raw string's prefix (`r"`, `r#"`, `br"` …): the number of hashes
/// and the index of the opening quote.
fn raw_string_start(chars: &[char], i: usize) -> Option<(usize, usize)> {
    // Not the end of an identifier ("br" in "abbr#"): raw strings start a token.
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let r = match chars.get(i) {
        Some('r') => i,
        Some('b') if chars.get(i + 1) == Some(&'r') => i + 1,
        _ => return None,
    };
    let mut j = r + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    (chars.get(j) == Some(&'"')).then_some((j - r - 1, j))
}

/// The string literals of the source's non-test code: an item under
/// `#[cfg(test)]` (a module, a function, a `use`) is skipped whole.
pub(crate) fn code_literals(source: &str) -> Vec<Literal> {
    let tokens = tokens(source);
    let cfg_test = [
        Token::Punct('#'),
        Token::Punct('['),
        Token::Ident("cfg".into()),
        Token::Punct('('),
        Token::Ident("test".into()),
        Token::Punct(')'),
        Token::Punct(']'),
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i..].starts_with(&cfg_test) {
            // The item ends at its first `;` outside braces or at the
            // brace that closes its body.
            i += cfg_test.len();
            let mut depth = 0usize;
            while i < tokens.len() {
                match tokens[i] {
                    Token::Punct('{') => depth += 1,
                    Token::Punct('}') => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Punct(';') if depth == 0 => break,
                    _ => {}
                }
                i += 1;
            }
        } else if let Token::Literal(literal) = &tokens[i] {
            out.push(literal.clone());
        }
        i += 1;
    }
    out
}

/// A literal's text without its format placeholders (`"{verb}ing"` → `"ing"`).
fn without_placeholders(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// Whether a literal (without placeholders) reads like English text or a class name: once its
/// format placeholders (`{…}`) are removed, two letters or more and nothing
/// but letters, spaces, apostrophes, dots and hyphens. All-capital tags
/// ("NOUN", "VBG") are grammatical labels.
fn reads_as_english(plain: &str) -> bool {
    let letters = plain.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && plain
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '\u{2019}' | '.' | '-'))
        && !plain
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_ascii_uppercase())
}

/// The literals of one file that read as English and are not allowed there.
pub(crate) fn offending(file_name: &str, source: &str) -> Vec<Literal> {
    code_literals(source)
        .into_iter()
        .filter(|l| {
            let plain = without_placeholders(&l.text);
            let text = plain.as_str();
            reads_as_english(text)
                && !ALLOWED.iter().any(|(_, words)| words.contains(&text))
                && !(file_name == INFLECTION_FILE && INFLECTION.contains(&text))
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_english_literal_is_used_for_matching_in_src_extract() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 5, "found the extraction sources");
    let mut report = Vec::new();
    for path in files {
        // This file is the test: its literals are the allowlist and the planted examples.
        if path.file_name().is_some_and(|n| n == "literals.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable source");
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        for literal in offending(&name, &source) {
            let shown = path.strip_prefix(&root).unwrap_or(&path).display();
            report.push(format!(
                "src/extract/{shown}:{}: {:?}",
                literal.line, literal.text
            ));
        }
    }
    assert!(
        report.is_empty(),
        "English literals in src/extract (move them to ontology/, see ontology/lexicon/function-words.ttl):\n{}",
        report.join("\n")
    );
}

/// The text stage's reading of prose (sentences, paragraphs, datelines,
/// bylines, dates) takes its words from the ontology too
/// (`ontology/lexicon/text.ttl`); markup and file loading name HTML tags and
/// file formats, which are not English, and are left out.
#[test]
fn no_english_literal_is_used_for_matching_in_the_text_stage() {
    // Not words of the text: the digits of Roman numerals, the contracted
    // negation the tokenizer splits off as its own token (as the treebanks
    // do), the ontology's IRIs and the names of its files.
    let allowed = |text: &str| {
        matches!(text, "ivxIVX" | "n't") || text.starts_with("{KG}") || text.ends_with(".ttl")
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text");
    let mut report = Vec::new();
    for name in ["meta.rs", "layout.rs", "segment.rs", "vocabulary.rs"] {
        let source = std::fs::read_to_string(root.join(name)).expect("readable source");
        for literal in offending(name, &source)
            .into_iter()
            .filter(|literal| !allowed(&literal.text))
        {
            report.push(format!(
                "src/text/{name}:{}: {:?}",
                literal.line, literal.text
            ));
        }
    }
    assert!(
        report.is_empty(),
        "English literals in src/text (move them to ontology/lexicon/text.ttl):\n{}",
        report.join("\n")
    );
}

#[test]
fn the_scanner_reports_a_planted_phrase() {
    let source = "fn attribution(view: &V, k: usize) -> bool {\n    // \"said\" in a comment is fine\n    view.low(k) == \"according to\"\n}\n";
    let found = offending("relations.rs", source);
    assert_eq!(
        found,
        [Literal {
            line: 3,
            text: "according to".into()
        }]
    );
    // Class names and format strings that spell one are reported too.
    let found = offending(
        "x.rs",
        "let c = format!(\"{}Person\", KG); let d = \"Place\";",
    );
    let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["{}Person", "Place"]);
}

#[test]
fn the_scanner_skips_test_code_comments_and_labels() {
    let source = r####"
/// Doc comment: "the" and "a".
fn rule(n: &Node) -> bool {
    /* block "of" /* nested "and" */ still comment "or" */
    let c = '"'; let q = '\''; let l: &'static str = "nsubj";
    n.upos == "NOUN" && n.rel == "aux:pass" && n.text != "{}-{}" && r#"x"# != "&"
}

#[cfg(test)]
mod tests {
    #[test]
    fn planted() {
        assert_eq!(low(0), "according to");
    }
}

#[cfg(test)]
fn helper() -> &'static str { "between" }
"####;
    assert!(
        offending("x.rs", source).is_empty(),
        "{:?}",
        offending("x.rs", source)
    );
    let all: Vec<String> = code_literals(source).into_iter().map(|l| l.text).collect();
    assert_eq!(all, ["nsubj", "NOUN", "aux:pass", "{}-{}", "x", "&"]);
    // A raw string's line is its first; lines after it count on.
    let lines: Vec<usize> = code_literals("let a = r\"x\ny\";\nlet b = \"z\";")
        .into_iter()
        .map(|l| l.line)
        .collect();
    assert_eq!(lines, [1, 3]);
}
