//! A bound on XML entity expansion, checked before RDF/XML is parsed.
//!
//! An RDF/XML file can declare internal entities in its DOCTYPE, each
//! expanding to others ("billion laughs"): 1 KB of text then asks the
//! parser for gigabytes. This scan reads the declarations, computes how
//! long every entity and the whole document would become, and refuses the
//! file when that passes a limit, before any parser sees it.
//!
//! ```
//! use kgraph::rdf::xml_entities::check_expansion;
//! let laughs = r#"<!DOCTYPE r [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
//! <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><r>&c;&c;&c;</r>"#;
//! assert!(check_expansion(laughs.as_bytes(), 1 << 20).is_ok());
//! assert!(check_expansion(laughs.as_bytes(), 2_000).is_err());
//! ```

use std::collections::HashMap;

/// Why a file's entities were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EntityError {
    #[error("XML entities would expand to more than {limit} bytes (entity {name:?}); refused to protect memory")]
    TooLarge { name: String, limit: u64 },
    #[error("XML entity {name:?} refers to itself")]
    Recursive { name: String },
}

/// Default bound on the text that entities of one file may expand to.
pub const DEFAULT_LIMIT: u64 = 16 << 20;

/// Checks that expanding every entity reference in `xml` gives at most
/// `limit` bytes in all.
pub fn check_expansion(xml: &[u8], limit: u64) -> Result<(), EntityError> {
    let text = String::from_utf8_lossy(xml);
    let Some(declarations) = declarations(&text) else {
        return Ok(());
    };
    let mut sizes: HashMap<&str, u64> = HashMap::new();
    let mut visiting = Vec::new();
    for name in declarations.keys() {
        size_of(name, &declarations, &mut sizes, &mut visiting, limit)?;
    }
    // The document body: every reference costs its entity's expansion.
    let body = text.rsplit_once("]>").map_or(&*text, |(_, body)| body);
    let mut total: u64 = 0;
    for (name, count) in references(body) {
        if let Some(size) = sizes.get(name) {
            total = total.saturating_add(size.saturating_mul(count));
            if total > limit {
                return Err(EntityError::TooLarge {
                    name: name.to_owned(),
                    limit,
                });
            }
        }
    }
    Ok(())
}

/// The internal general entities declared in the DOCTYPE: name → value.
fn declarations(text: &str) -> Option<HashMap<&str, &str>> {
    let start = text.find("<!DOCTYPE")?;
    let mut found = HashMap::new();
    let mut rest = &text[start..];
    while let Some(at) = rest.find("<!ENTITY") {
        rest = rest[at + "<!ENTITY".len()..].trim_start();
        if rest.starts_with('%') {
            continue; // parameter entities are not expanded in content
        }
        let name_end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        let name = &rest[..name_end];
        let after = rest[name_end..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue; // an external entity: not read by the parser
        };
        let Some(end) = after[1..].find(quote) else {
            break;
        };
        found.entry(name).or_insert(&after[1..1 + end]);
        rest = &after[1 + end..];
    }
    Some(found)
}

/// `&name;` references in `text` and how often each occurs (character
/// references such as `&#38;` are not entities).
fn references(text: &str) -> HashMap<&str, u64> {
    let mut counts = HashMap::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        rest = &rest[at + 1..];
        if let Some(end) = rest.find(';') {
            let name = &rest[..end];
            if !name.is_empty()
                && !name.starts_with('#')
                && !name.contains(|c: char| c.is_whitespace() || c == '&' || c == '<')
            {
                *counts.entry(name).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn size_of<'a>(
    name: &'a str,
    declarations: &HashMap<&'a str, &'a str>,
    sizes: &mut HashMap<&'a str, u64>,
    visiting: &mut Vec<&'a str>,
    limit: u64,
) -> Result<u64, EntityError> {
    if let Some(&size) = sizes.get(name) {
        return Ok(size);
    }
    let Some(value) = declarations.get(name) else {
        return Ok(0); // predefined (&amp;) or undeclared: the parser decides
    };
    if visiting.contains(&name) {
        return Err(EntityError::Recursive {
            name: name.to_owned(),
        });
    }
    // Declarations nest only as deep as their number; bound it anyway.
    if visiting.len() > 64 {
        return Err(EntityError::TooLarge {
            name: name.to_owned(),
            limit,
        });
    }
    visiting.push(name);
    let mut size = value.len() as u64;
    for (inner, count) in references(value) {
        let inner_size = size_of(inner, declarations, sizes, visiting, limit)?;
        size = size.saturating_add(inner_size.saturating_mul(count));
        if size > limit {
            return Err(EntityError::TooLarge {
                name: name.to_owned(),
                limit,
            });
        }
    }
    visiting.pop();
    sizes.insert(name, size);
    Ok(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recursion_and_many_references_are_refused() {
        let looped = r#"<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>"#;
        assert!(matches!(
            check_expansion(looped.as_bytes(), 1000),
            Err(EntityError::Recursive { .. })
        ));
        let wide = format!(
            r#"<!DOCTYPE r [<!ENTITY a "{}">]><r>{}</r>"#,
            "x".repeat(100),
            "&a;".repeat(100)
        );
        assert!(check_expansion(wide.as_bytes(), 5_000).is_err());
        assert!(check_expansion(wide.as_bytes(), 50_000).is_ok());
        assert!(check_expansion(b"<r>&amp; &#38;</r>", 10).is_ok());
    }
}
