//! Writes statements as Turtle, N-Triples or N-Quads, straight into bytes.
//!
//! Oxigraph's serialisers format every term through `fmt`, build a new
//! string for each prefixed name and clone each subject and predicate they
//! group by. On a sorted export, and on the store's graph files, that was
//! most of the cost of writing. This writer appends to a byte buffer and, for
//! the same statements in the same order, writes the same bytes as
//! Oxigraph's serialisers (the tests check it), so the choice is invisible
//! in the output.

use std::fmt::Write as _;

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

/// The syntaxes this writer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax<'a> {
    /// Turtle with prefixes in the order of [`prefix_order`], grouping
    /// statements that share a subject (`;`) or a subject and predicate (`,`).
    Turtle(&'a [(&'a str, &'a str)]),
    /// One triple per line (the graph is left out).
    NTriples,
    /// One quad per line.
    NQuads,
}

/// Prefixes in the order Turtle declares and tries them: longest namespace
/// first, so the most specific prefix wins. Ties are ordered the way
/// Oxigraph's serialiser orders them (by name, then an unstable sort by
/// length), so both write the same bytes.
pub(crate) fn prefix_order<'a>(prefixes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut ordered = prefixes.to_vec();
    ordered.sort_by_key(|(name, _)| *name);
    ordered.dedup_by_key(|(name, _)| *name);
    ordered.sort_unstable_by_key(|(_, namespace)| std::cmp::Reverse(namespace.len()));
    ordered
}

/// Appends the statements of `quads` listed in `order` to `out`, in that
/// order. Turtle output starts with the `@prefix` lines, unless there is
/// nothing to write.
pub(crate) fn write_statements(
    quads: &[impl std::borrow::Borrow<Quad>],
    order: impl IntoIterator<Item = usize>,
    syntax: Syntax,
    out: &mut Vec<u8>,
) {
    let mut order = order.into_iter().peekable();
    if order.peek().is_none() {
        return;
    }
    match syntax {
        Syntax::NTriples | Syntax::NQuads => {
            for k in order {
                let q = quads[k].borrow();
                write_subject(&q.subject, None, out);
                out.push(b' ');
                write_iri(q.predicate.as_str(), None, out);
                out.push(b' ');
                write_object(&q.object, None, out);
                if syntax == Syntax::NQuads {
                    match &q.graph_name {
                        GraphName::NamedNode(n) => {
                            out.push(b' ');
                            write_iri(n.as_str(), None, out);
                        }
                        GraphName::BlankNode(b) => {
                            out.extend_from_slice(b" _:");
                            out.extend_from_slice(b.as_str().as_bytes());
                        }
                        GraphName::DefaultGraph => {}
                    }
                }
                out.extend_from_slice(b" .\n");
            }
        }
        Syntax::Turtle(prefixes) => {
            for (name, iri) in prefixes {
                out.extend_from_slice(b"@prefix ");
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b": <");
                out.extend_from_slice(iri.as_bytes());
                out.extend_from_slice(b"> .\n");
            }
            let prefixes = Some(prefixes);
            let mut previous: Option<&Quad> = None;
            for k in order {
                let q = quads[k].borrow();
                match previous {
                    Some(p) if p.subject == q.subject && p.predicate == q.predicate => {
                        out.extend_from_slice(b" , ");
                    }
                    Some(p) if p.subject == q.subject => {
                        out.extend_from_slice(b" ;\n\t");
                        write_predicate(&q.predicate, prefixes, out);
                        out.push(b' ');
                    }
                    _ => {
                        if previous.is_some() {
                            out.extend_from_slice(b" .\n");
                        }
                        write_subject(&q.subject, prefixes, out);
                        out.push(b' ');
                        write_predicate(&q.predicate, prefixes, out);
                        out.push(b' ');
                    }
                }
                write_object(&q.object, prefixes, out);
                previous = Some(q);
            }
            if previous.is_some() {
                out.extend_from_slice(b" .\n");
            }
        }
    }
}

type Prefixes<'a> = Option<&'a [(&'a str, &'a str)]>;

fn write_subject(subject: &NamedOrBlankNode, prefixes: Prefixes<'_>, out: &mut Vec<u8>) {
    match subject {
        NamedOrBlankNode::NamedNode(n) => write_iri(n.as_str(), prefixes, out),
        NamedOrBlankNode::BlankNode(b) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(b.as_str().as_bytes());
        }
    }
}

fn write_predicate(predicate: &NamedNode, prefixes: Prefixes<'_>, out: &mut Vec<u8>) {
    if prefixes.is_some() && predicate.as_ref() == rdf::TYPE {
        out.push(b'a');
    } else {
        write_iri(predicate.as_str(), prefixes, out);
    }
}

fn write_object(object: &Term, prefixes: Prefixes<'_>, out: &mut Vec<u8>) {
    match object {
        Term::NamedNode(n) => write_iri(n.as_str(), prefixes, out),
        Term::BlankNode(b) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(b.as_str().as_bytes());
        }
        Term::Literal(l) => write_literal(l, prefixes, out),
        #[allow(unreachable_patterns)] // RDF 1.2 triple terms, if enabled
        other => write_displayed(other, out),
    }
}

/// An IRI as a prefixed name when a prefix covers it and the rest is a
/// valid local name (the first such prefix, in order), else in `<>`.
fn write_iri(iri: &str, prefixes: Prefixes<'_>, out: &mut Vec<u8>) {
    for (name, start) in prefixes.unwrap_or_default() {
        // Most namespaces differ in their last character: a cheap first test.
        if iri.as_bytes().get(start.len().wrapping_sub(1)) != start.as_bytes().last() {
            continue;
        }
        if let Some(local) = iri.strip_prefix(start) {
            let mark = out.len();
            out.extend_from_slice(name.as_bytes());
            out.push(b':');
            if write_local_name(local, out) {
                return;
            }
            out.truncate(mark);
        }
    }
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

/// Writes a Turtle local name (PN_LOCAL), escaping the punctuation that may
/// be escaped; false (with `out` partly written) if `local` cannot be one.
fn write_local_name(local: &str, out: &mut Vec<u8>) -> bool {
    // Most local names are ASCII letters, digits, `_` and `-`: one copy.
    let simple = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b':');
    if let Some((first, rest)) = local.as_bytes().split_first() {
        if simple(first) && *first != b'-' && rest.iter().all(simple) {
            out.extend_from_slice(local.as_bytes());
            return true;
        }
    }
    let mut chars = local.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let plain = if first {
            is_pn_chars_u(c) || c == ':' || c.is_ascii_digit()
        } else {
            is_pn_chars(c) || c == ':' || (c == '.' && chars.peek().is_some())
        };
        first = false;
        if plain {
            push_char(c, out);
        } else if is_escapable_in_local_name(c) {
            out.push(b'\\');
            push_char(c, out);
        } else {
            return false;
        }
    }
    true
}

fn push_char(c: char, out: &mut Vec<u8>) {
    let mut buffer = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
}

/// PN_CHARS_BASE of the Turtle grammar.
fn is_pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z'
        | 'a'..='z'
        | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}'
        | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// PN_CHARS_U: PN_CHARS_BASE or `_`.
fn is_pn_chars_u(c: char) -> bool {
    c == '_' || is_pn_chars_base(c)
}

/// PN_CHARS: PN_CHARS_U, `-`, digits and a few combining marks.
fn is_pn_chars(c: char) -> bool {
    is_pn_chars_u(c)
        || matches!(c, '-' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// PN_LOCAL_ESC: the characters a local name may carry behind a backslash.
fn is_escapable_in_local_name(c: char) -> bool {
    matches!(
        c,
        '_' | '~'
            | '.'
            | '-'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '='
            | '/'
            | '?'
            | '#'
            | '@'
            | '%'
    )
}

fn write_literal(literal: &Literal, prefixes: Prefixes<'_>, out: &mut Vec<u8>) {
    let value = literal.value();
    let datatype = literal.datatype();
    if datatype == xsd::STRING {
        write_quoted(value, out);
    } else if datatype == rdf::LANG_STRING {
        write_quoted(value, out);
        out.push(b'@');
        out.extend_from_slice(literal.language().unwrap_or_default().as_bytes());
    } else if literal.language().is_some() {
        // RDF 1.2 directional language strings, if enabled.
        write_displayed(literal, out);
    } else if prefixes.is_some() && is_inline_in_turtle(value, datatype.as_str()) {
        out.extend_from_slice(value.as_bytes());
    } else {
        write_quoted(value, out);
        out.extend_from_slice(b"^^");
        write_iri(datatype.as_str(), prefixes, out);
    }
}

/// Whether Turtle can write this typed value bare (`true`, `42`, `1.5`, `1e3`).
fn is_inline_in_turtle(value: &str, datatype: &str) -> bool {
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value).as_bytes();
    let digits = |bytes: &[u8]| bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if datatype == xsd::BOOLEAN.as_str() {
        matches!(value, "true" | "false")
    } else if datatype == xsd::INTEGER.as_str() {
        !unsigned.is_empty() && digits(unsigned) == unsigned.len()
    } else if datatype == xsd::DECIMAL.as_str() {
        // [0-9]* '.' [0-9]+
        let whole = digits(unsigned);
        match unsigned[whole..].split_first() {
            Some((b'.', fraction)) => !fraction.is_empty() && digits(fraction) == fraction.len(),
            _ => false,
        }
    } else if datatype == xsd::DOUBLE.as_str() {
        // ([0-9]+ '.' [0-9]* | '.' [0-9]+ | [0-9]+) [eE] [+-]? [0-9]+
        let whole = digits(unsigned);
        let mut rest = &unsigned[whole..];
        let mut fraction = 0;
        if let Some((b'.', after)) = rest.split_first() {
            fraction = digits(after);
            rest = &after[fraction..];
        }
        let Some((b'e' | b'E', exponent)) = rest.split_first() else {
            return false;
        };
        let exponent = exponent
            .strip_prefix(b"+")
            .or_else(|| exponent.strip_prefix(b"-"))
            .unwrap_or(exponent);
        (whole > 0 || fraction > 0) && !exponent.is_empty() && digits(exponent) == exponent.len()
    } else {
        false
    }
}

/// A string in double quotes, escaped as N-Triples and Turtle both read it.
fn write_quoted(value: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let mut plain_from = 0;
    for (at, c) in value.char_indices() {
        let escape: &[u8] = match c {
            '\u{8}' => b"\\b",
            '\t' => b"\\t",
            '\n' => b"\\n",
            '\u{C}' => b"\\f",
            '\r' => b"\\r",
            '"' => b"\\\"",
            '\\' => b"\\\\",
            '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => b"",
            _ => continue,
        };
        out.extend_from_slice(&value.as_bytes()[plain_from..at]);
        plain_from = at + c.len_utf8();
        if escape.is_empty() {
            let mut code = String::new();
            let _ = write!(code, "\\u{:04X}", u32::from(c));
            out.extend_from_slice(code.as_bytes());
        } else {
            out.extend_from_slice(escape);
        }
    }
    out.extend_from_slice(&value.as_bytes()[plain_from..]);
    out.push(b'"');
}

/// Terms this writer has no fast path for, through their own `Display`.
fn write_displayed(term: &impl std::fmt::Display, out: &mut Vec<u8>) {
    let mut text = String::new();
    let _ = write!(text, "{term}");
    out.extend_from_slice(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfSerializer};
    use oxigraph::model::BlankNode;

    // Overlapping namespaces, and two of the same length.
    const PREFIXES: &[(&str, &str)] = &[
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("ex", "https://example.org/"),
        ("exs", "https://example.org/s/"),
        ("ext", "https://example.org/t/"),
    ];

    fn iri(s: &str) -> NamedNode {
        NamedNode::new(s).unwrap()
    }

    /// Statements that exercise every branch: grouping, prefixes that fit
    /// or not, escapes, blank nodes, every inline number form and its
    /// near misses, language tags and other datatypes.
    fn sample() -> Vec<Quad> {
        let ex = |local: &str| iri(&format!("https://example.org/{local}"));
        let typed = |value: &str, datatype: NamedNode| {
            Term::from(Literal::new_typed_literal(value, datatype))
        };
        let mut objects: Vec<Term> = vec![
            ex("plain").into(),
            ex("").into(),
            ex("s/nested").into(),
            ex("with.dot").into(),
            ex("ends.").into(),
            ex("-starts").into(),
            ex("9lives").into(),
            ex("a/b?c=d#e").into(),
            ex("tilde~x").into(),
            ex("caf\u{e9}").into(),
            ex("space%20here").into(),
            ex("a:b").into(),
            iri("http://other.example/x").into(),
            BlankNode::new("b0").unwrap().into(),
            Literal::new_simple_literal("plain text").into(),
            Literal::new_simple_literal("quote \" backslash \\ tab\t nl\n cr\r bell\u{7} del\u{7f} \u{fffe} \u{8}\u{c} caf\u{e9}").into(),
            Literal::new_language_tagged_literal("Beijing", "en").unwrap().into(),
            Literal::new_language_tagged_literal("Pékin", "fr-FR").unwrap().into(),
            typed("2026-01-05", xsd::DATE.into_owned()),
            typed("odd", iri("https://elsewhere.example/type")),
        ];
        for (value, datatype) in [
            ("true", xsd::BOOLEAN),
            ("TRUE", xsd::BOOLEAN),
            ("42", xsd::INTEGER),
            ("-7", xsd::INTEGER),
            ("+", xsd::INTEGER),
            ("4.2", xsd::DECIMAL),
            (".5", xsd::DECIMAL),
            ("5.", xsd::DECIMAL),
            ("-1.25", xsd::DECIMAL),
            ("1e3", xsd::DOUBLE),
            ("1.5E-3", xsd::DOUBLE),
            (".5e+2", xsd::DOUBLE),
            ("5.e1", xsd::DOUBLE),
            ("e3", xsd::DOUBLE),
            ("1e", xsd::DOUBLE),
            ("INF", xsd::DOUBLE),
            ("NaN", xsd::FLOAT),
        ] {
            objects.push(typed(value, datatype.into_owned()));
        }
        let subjects: Vec<NamedOrBlankNode> = vec![
            ex("s/one").into(),
            ex("two").into(),
            BlankNode::new("subject").unwrap().into(),
        ];
        let predicates = [rdf::TYPE.into_owned(), ex("p"), ex("q")];
        let graphs: [GraphName; 3] = [
            GraphName::DefaultGraph,
            ex("g").into(),
            BlankNode::new("g").unwrap().into(),
        ];
        let mut quads = Vec::new();
        for (k, subject) in subjects.iter().enumerate() {
            for predicate in &predicates {
                for object in &objects {
                    quads.push(Quad::new(
                        subject.clone(),
                        predicate.clone(),
                        object.clone(),
                        graphs[k % graphs.len()].clone(),
                    ));
                }
            }
        }
        quads
    }

    fn oxigraph_bytes(quads: &[Quad], format: RdfFormat) -> Vec<u8> {
        let mut serializer = RdfSerializer::from_format(format);
        if format == RdfFormat::Turtle {
            for (name, iri) in PREFIXES {
                serializer = serializer.with_prefix(*name, *iri).unwrap();
            }
        }
        let mut writer = serializer.for_writer(Vec::new());
        for q in quads {
            if format.supports_datasets() {
                writer.serialize_quad(q).unwrap();
            } else {
                writer.serialize_triple(q.as_ref()).unwrap();
            }
        }
        writer.finish().unwrap()
    }

    #[test]
    fn writes_the_same_bytes_as_oxigraphs_serialisers() {
        let quads = sample();
        let order: Vec<usize> = (0..quads.len()).collect();
        let prefixes = prefix_order(PREFIXES);
        for (syntax, format) in [
            (Syntax::Turtle(&prefixes), RdfFormat::Turtle),
            (Syntax::NTriples, RdfFormat::NTriples),
            (Syntax::NQuads, RdfFormat::NQuads),
        ] {
            let mut ours = Vec::new();
            write_statements(&quads, order.iter().copied(), syntax, &mut ours);
            let theirs = oxigraph_bytes(&quads, format);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap(),
                "{format}"
            );
        }
    }

    #[test]
    fn writes_only_the_listed_statements_in_the_listed_order() {
        let quads = sample();
        let order: Vec<usize> = (0..quads.len()).rev().step_by(3).collect();
        let picked: Vec<Quad> = order.iter().map(|&k| quads[k].clone()).collect();
        let mut ours = Vec::new();
        write_statements(
            &quads,
            order,
            Syntax::Turtle(&prefix_order(PREFIXES)),
            &mut ours,
        );
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(oxigraph_bytes(&picked, RdfFormat::Turtle)).unwrap()
        );
    }
}
