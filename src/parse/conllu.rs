//! Reading and writing CoNLL-U, the file format of Universal Dependencies.
//!
//! A file is a sequence of sentences separated by blank lines. Each sentence
//! has comment lines (`# key = value`; `# newdoc` and `# newpar` open a new
//! document or paragraph, `# text` gives the raw sentence) and one line per
//! token with ten tab-separated columns: ID, FORM, LEMMA, UPOS, XPOS, FEATS,
//! HEAD, DEPREL, DEPS, MISC. Multiword-token lines (ID `1-2`, a surface form
//! spanning syntactic words) and empty nodes (ID `1.1`, enhanced graphs only)
//! are skipped: the basic tree is over the plain word lines. MISC is kept raw
//! (GUM puts entity annotations there).
//!
//! ```
//! use kgraph::parse::conllu;
//! let text = "# newdoc id = d1\n# text = It rains.\n\
//!             1\tIt\tit\tPRON\tPRP\t_\t2\texpl\t_\t_\n\
//!             2\trains\train\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n\
//!             3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
//! let sentences = conllu::parse("example.conllu", text).unwrap();
//! assert_eq!(sentences[0].doc_id.as_deref(), Some("d1"));
//! assert_eq!(sentences[0].tokens[1].head, Some(0));
//! let mut out = String::new();
//! conllu::write_sentence(&sentences[0], &mut out);
//! assert_eq!(conllu::parse("again", &out).unwrap(), sentences);
//! ```

use std::fmt::Write as _;
use std::path::Path;

/// Why a CoNLL-U file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConlluError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
}

/// One syntactic word: the ten columns of a word line (`_` kept as is,
/// except HEAD, which is `None` when not given).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Token {
    /// 1-based position in the sentence.
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// The head's ID; 0 is the root.
    pub head: Option<usize>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// One sentence with its comments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The document this sentence belongs to (the latest `# newdoc id`).
    pub doc_id: Option<String>,
    /// True for the first sentence of a document (`# newdoc`).
    pub new_doc: bool,
    /// True for the first sentence of a paragraph (`# newpar`).
    pub new_par: bool,
    pub sent_id: Option<String>,
    pub text: Option<String>,
    /// Every comment line, without the leading `#` and space, in order.
    pub comments: Vec<String>,
    pub tokens: Vec<Token>,
}

/// Reads a CoNLL-U file.
pub fn read(path: &Path) -> Result<Vec<Sentence>, ConlluError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConlluError::Io {
        file: name.clone(),
        source,
    })?;
    parse(&name, &text)
}

/// Parses CoNLL-U text; `file` names it in error messages.
pub fn parse(file: &str, text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let error = |line: usize, message: String| ConlluError::Syntax {
        file: file.to_string(),
        line,
        message,
    };
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    let mut doc_id: Option<String> = None;
    let mut started = false;
    let finish =
        |current: &mut Sentence, sentences: &mut Vec<Sentence>, doc_id: &Option<String>| {
            let mut done = std::mem::take(current);
            done.doc_id = doc_id.clone();
            sentences.push(done);
        };
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if started {
                if current.tokens.is_empty() {
                    return Err(error(
                        line_no,
                        "a sentence without word lines ends here".into(),
                    ));
                }
                finish(&mut current, &mut sentences, &doc_id);
                started = false;
            }
            continue;
        }
        started = true;
        if let Some(comment) = line.strip_prefix('#') {
            if !current.tokens.is_empty() {
                return Err(error(
                    line_no,
                    "a comment line inside a sentence's word lines".into(),
                ));
            }
            let comment = comment.trim_start();
            let (key, value) = match comment.split_once('=') {
                Some((k, v)) => (k.trim(), Some(v.trim())),
                None => (comment.trim(), None),
            };
            match key {
                "newdoc" | "newdoc id" => {
                    current.new_doc = true;
                    doc_id = value.map(str::to_string);
                }
                "newpar" | "newpar id" => current.new_par = true,
                "sent_id" => current.sent_id = value.map(str::to_string),
                "text" => current.text = value.map(str::to_string),
                _ => {}
            }
            current.comments.push(comment.to_string());
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() != 10 {
            return Err(error(
                line_no,
                format!(
                    "a word line needs 10 tab-separated columns, this one has {}",
                    columns.len()
                ),
            ));
        }
        let id = columns[0];
        if id.contains('-') || id.contains('.') {
            // A multiword token's surface form or an empty node: not part of the basic tree.
            continue;
        }
        let id: usize = id
            .parse()
            .map_err(|_| error(line_no, format!("the ID column {id:?} is not a number")))?;
        if id != current.tokens.len() + 1 {
            return Err(error(
                line_no,
                format!(
                    "word ID {id} where {} was expected",
                    current.tokens.len() + 1
                ),
            ));
        }
        let head =
            match columns[6] {
                "_" => None,
                h => Some(h.parse::<usize>().map_err(|_| {
                    error(line_no, format!("the HEAD column {h:?} is not a number"))
                })?),
            };
        current.tokens.push(Token {
            id,
            form: columns[1].to_string(),
            lemma: columns[2].to_string(),
            upos: columns[3].to_string(),
            xpos: columns[4].to_string(),
            feats: columns[5].to_string(),
            head,
            deprel: columns[7].to_string(),
            deps: columns[8].to_string(),
            misc: columns[9].to_string(),
        });
    }
    if started {
        if current.tokens.is_empty() {
            return Err(error(
                text.lines().count(),
                "the file ends in a sentence without word lines".into(),
            ));
        }
        finish(&mut current, &mut sentences, &doc_id);
    }
    // Heads must point inside their sentence (checked once the length is known).
    for sentence in &sentences {
        let n = sentence.tokens.len();
        if let Some(bad) = sentence
            .tokens
            .iter()
            .find(|t| t.head.is_some_and(|h| h > n))
        {
            let line = locate(text, sentence, bad);
            return Err(error(
                line,
                format!(
                    "HEAD {} is beyond the sentence's {n} words",
                    bad.head.unwrap_or(0)
                ),
            ));
        }
    }
    Ok(sentences)
}

/// Best-effort line number of a token, for an error found after parsing.
fn locate(text: &str, sentence: &Sentence, token: &Token) -> usize {
    let needle = format!("{}\t{}\t", token.id, token.form);
    let anchor = sentence.sent_id.as_deref().unwrap_or("");
    let mut seen_anchor = anchor.is_empty();
    for (i, line) in text.lines().enumerate() {
        if !seen_anchor && line.starts_with('#') && line.contains(anchor) {
            seen_anchor = true;
        }
        if seen_anchor && line.starts_with(&needle) {
            return i + 1;
        }
    }
    0
}

/// Appends one sentence in CoNLL-U (its comments, its word lines and the
/// blank line that ends it) to `out`.
pub fn write_sentence(sentence: &Sentence, out: &mut String) {
    for comment in &sentence.comments {
        out.push_str("# ");
        out.push_str(comment);
        out.push('\n');
    }
    for t in &sentence.tokens {
        let head = t.head.map_or_else(|| "_".to_string(), |h| h.to_string());
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            t.id,
            field(&t.form),
            field(&t.lemma),
            field(&t.upos),
            field(&t.xpos),
            field(&t.feats),
            head,
            field(&t.deprel),
            field(&t.deps),
            field(&t.misc)
        );
    }
    out.push('\n');
}

/// A column value that keeps the line well-formed: empty becomes `_`, and
/// tabs or line breaks inside become spaces.
fn field(value: &str) -> std::borrow::Cow<'_, str> {
    if value.is_empty() {
        "_".into()
    } else if value.contains(['\t', '\n', '\r']) {
        value.replace(['\t', '\n', '\r'], " ").into()
    } else {
        value.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = first\n\
# newpar\n\
# sent_id = first-1\n\
# text = Ann's cat didn't sleep.\n\
1-2\tAnn's\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tAnn\tAnn\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t3:nmod:poss\tEntity=(person-1\n\
2\t's\t's\tPART\tPOS\t_\t1\tcase\t1:case\tEntity=person-1)\n\
3\tcat\tcat\tNOUN\tNN\tNumber=Sing\t6\tnsubj\t6:nsubj\t_\n\
4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n\
4\tdid\tdo\tAUX\tVBD\t_\t6\taux\t6:aux\t_\n\
5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t6:advmod\t_\n\
5.1\tslept\tsleep\tVERB\tVBD\t_\t_\t_\t3:conj\t_\n\
6\tsleep\tsleep\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t6:punct\t_\n\
\n\
# sent_id = first-2\n\
1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n\
\n\
# newdoc id = second\n\
1\tNo\tno\tINTJ\tUH\t_\t0\troot\t0:root\t_\n\
\n";

    #[test]
    fn reads_documents_paragraphs_and_skips_ranges_and_empty_nodes() {
        let s = parse("sample", SAMPLE).unwrap();
        assert_eq!(s.len(), 3);
        assert!(s[0].new_doc && s[0].new_par);
        assert_eq!(s[0].doc_id.as_deref(), Some("first"));
        assert_eq!(s[1].doc_id.as_deref(), Some("first"));
        assert!(!s[1].new_doc && !s[1].new_par);
        assert_eq!(s[2].doc_id.as_deref(), Some("second"));
        assert_eq!(s[0].text.as_deref(), Some("Ann's cat didn't sleep."));
        let forms: Vec<&str> = s[0].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(forms, ["Ann", "'s", "cat", "did", "n't", "sleep", "."]);
        assert_eq!(s[0].tokens[0].misc, "Entity=(person-1");
        assert_eq!(s[0].tokens[5].head, Some(0));
        assert_eq!(s[0].tokens[1].deprel, "case");
    }

    #[test]
    fn writes_what_it_reads() {
        let s = parse("sample", SAMPLE).unwrap();
        let mut out = String::new();
        for sentence in &s {
            write_sentence(sentence, &mut out);
        }
        assert_eq!(parse("again", &out).unwrap(), s);
    }

    #[test]
    fn errors_name_file_and_line() {
        let bad = "# text = x\n1\tx\tx\tX\tX\t_\t0\troot\n\n";
        let e = parse("bad.conllu", bad).unwrap_err().to_string();
        assert!(e.starts_with("bad.conllu:2: "), "{e}");
        let bad = "1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n3\ty\ty\tX\tX\t_\t1\tdep\t_\t_\n";
        let e = parse("gap.conllu", bad).unwrap_err().to_string();
        assert!(e.starts_with("gap.conllu:2: word ID 3"), "{e}");
        let bad = "1\tx\tx\tX\tX\t_\tzero\troot\t_\t_\n";
        assert!(parse("h", bad)
            .unwrap_err()
            .to_string()
            .starts_with("h:1: "));
        let bad = "1\tx\tx\tX\tX\t_\t5\troot\t_\t_\n";
        let e = parse("far", bad).unwrap_err().to_string();
        assert!(e.starts_with("far:1: HEAD 5"), "{e}");
        let e = read(Path::new("/no/such/file.conllu"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("/no/such/file.conllu: "), "{e}");
    }

    #[test]
    fn a_file_without_final_blank_line_keeps_its_last_sentence() {
        let s = parse("x", "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_").unwrap();
        assert_eq!(s.len(), 1);
    }
}
