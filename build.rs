//! Embeds every Turtle file under `ontology/` into the binary, so `kg` works
//! from any directory without shipping data files beside it, with its
//! triples read here (so start-up does not parse Turtle); and embeds the
//! bundled models (`models/*.bin`) with their perceptron models already laid
//! out as the library scores them, so `kg` starts without building tables
//! (see `src/parse/perceptron/layout.rs`, included here as a module).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

// The library's own layout code, so a bundled model is laid out exactly as
// one read at run time. The build script uses only part of it.
#[allow(dead_code)]
#[path = "src/parse/perceptron/layout.rs"]
mod layout;

/// The model files whose perceptron models are laid out here, and the
/// name of each one's static in the generated `bundled_models.rs`.
const MODEL_FILES: [(&str, &str); 4] = [
    ("tagger.bin", "TAGGER"),
    ("tagger-tc.bin", "TAGGER_TC"),
    ("parser.bin", "PARSER"),
    ("ner.bin", "NER"),
];

/// Tables laid out for the binary: plain vectors (the library's huge-page
/// advice is for tables built at run time).
struct BuildTime;

impl layout::Tables for BuildTime {
    fn table_of<T: Copy>(len: usize, fill: T) -> Vec<T> {
        vec![fill; len]
    }

    fn table_from<T: Copy>(items: Vec<T>) -> Vec<T> {
        items
    }
}

/// The perceptron models of a model file, as (start, end) byte ranges.
/// Every file format keeps its models last, one after another (the
/// parser's move model, then its label model): the models are the first
/// run of well-formed models, starting at the perceptron magic, that ends
/// exactly where the file does. Empty when there is none (then the library
/// reads the file at run time, as it would any file).
fn model_ranges(bytes: &[u8]) -> Vec<(usize, usize)> {
    let magic = layout::MAGIC;
    let mut from = 0;
    while let Some(found) = bytes[from..].windows(magic.len()).position(|w| w == magic) {
        let start = from + found;
        let mut ranges = Vec::new();
        let mut at = start;
        while let Ok((_, _, _, used)) = layout::read_model(&bytes[at..]) {
            ranges.push((at, at + used));
            at += used;
            if at == bytes.len() || bytes.get(at..at + magic.len()) != Some(&magic[..]) {
                break;
            }
        }
        if at == bytes.len() && !ranges.is_empty() {
            return ranges;
        }
        from = start + 1;
    }
    Vec::new()
}

/// Lays out the perceptron models of the bundled model files into
/// `OUT_DIR` and writes `bundled_models.rs`, which embeds each file and
/// its models' blocks.
fn lay_out_models(root: &Path, out_dir: &Path) {
    let mut code = String::new();
    for (file, name) in MODEL_FILES {
        let path = root.join("models").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = fs::read(&path).expect("the bundled model files are readable");
        let mut models = String::new();
        for (i, (start, end)) in model_ranges(&bytes).into_iter().enumerate() {
            let (classes, scale, runs, _) =
                layout::read_model(&bytes[start..end]).expect("read once already");
            let laid = layout::lay_out::<BuildTime>(classes, scale, &runs);
            let block = out_dir.join(format!("{file}.{i}.laid"));
            fs::write(&block, laid.to_block()).expect("OUT_DIR is writable");
            let _ = write!(
                models,
                "({start}, {end}, &Aligned(*include_bytes!({:?}))), ",
                block.display().to_string()
            );
        }
        let _ = writeln!(
            code,
            "/// `models/{file}`.\npub static {name}: File = File {{ bytes: include_bytes!({:?}), models: &[{models}] }};",
            path.display().to_string()
        );
    }
    let names: Vec<&str> = MODEL_FILES.iter().map(|(_, name)| *name).collect();
    let _ = writeln!(
        code,
        "/// Every bundled model file.\npub static FILES: &[&File] = &[{}];",
        names
            .iter()
            .map(|n| format!("&{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    fs::write(out_dir.join("bundled_models.rs"), code).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "ttl") {
            out.push(path);
        }
    }
}

/// Separates the fields of a triple in a pre-read file (ASCII unit separator).
const FIELD: char = '\u{1f}';
/// Ends a triple in a pre-read file (ASCII record separator).
const RECORD: char = '\u{1e}';

/// Reads one built-in Turtle file here, with every check, and returns its
/// triples in the order read, one record each: subject, predicate, the
/// object's kind (`I` IRI, `B` blank node, `L` plain literal, `G` literal
/// with a language, `T` typed literal), the object, and its language or
/// datatype. Blank nodes are numbered from `blank_nodes` on, so no two files
/// share one (their labels are local to a file). Reading the files at start-up
/// was most of `kg`'s fixed cost; the library reads these records instead
/// (`src/ontology/mod.rs`, `pre_read_triples`).
fn pre_read_turtle(path: &Path, text: &str, blank_nodes: &mut usize) -> String {
    use oxrdf::{NamedOrBlankNode, Term};
    let mut labels: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut blank = |id: &str| -> String {
        labels
            .entry(id.to_owned())
            .or_insert_with(|| {
                *blank_nodes += 1;
                format!("builtin{}", *blank_nodes)
            })
            .clone()
    };
    let mut out = String::new();
    for triple in oxttl::TurtleParser::new().for_slice(text.as_bytes()) {
        let triple = triple.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let subject = match &triple.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", blank(b.as_str())),
        };
        let (kind, object, extra) = match &triple.object {
            Term::NamedNode(n) => ('I', n.as_str().to_owned(), String::new()),
            Term::BlankNode(b) => ('B', blank(b.as_str()), String::new()),
            Term::Literal(l) => match l.language() {
                Some(language) => ('G', l.value().to_owned(), language.to_owned()),
                None if l.datatype() == oxrdf::vocab::xsd::STRING => {
                    ('L', l.value().to_owned(), String::new())
                }
                None => ('T', l.value().to_owned(), l.datatype().as_str().to_owned()),
            },
            #[allow(unreachable_patterns)]
            _ => panic!("{}: a triple term kg does not read", path.display()),
        };
        let fields = [
            subject.as_str(),
            triple.predicate.as_str(),
            &kind.to_string(),
            &object,
            &extra,
        ];
        for (i, field) in fields.iter().enumerate() {
            assert!(
                !field.contains([FIELD, RECORD]),
                "{}: a term holds a control character",
                path.display()
            );
            if i > 0 {
                out.push(FIELD);
            }
            out.push_str(field);
        }
        out.push(RECORD);
    }
    out
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let ontology = root.join("ontology");
    println!("cargo:rerun-if-changed=ontology");
    let mut files = Vec::new();
    collect(&ontology, &mut files);
    files.sort();
    let mut code = String::from("/// Built-in ontology files: (path relative to `ontology/`, Turtle text).\npub const BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file
            .strip_prefix(&ontology)
            .expect("collected under ontology/");
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            rel.to_string_lossy().replace('\\', "/"),
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    code.push_str(
        "/// The triples of each of `BUILTIN_FILES` (same order), read by the build script.\npub(crate) const BUILTIN_TRIPLES: &[&str] = &[\n",
    );
    let mut blank_nodes = 0;
    for (i, file) in files.iter().enumerate() {
        let text = fs::read_to_string(file).expect("the ontology files are readable");
        let records = pre_read_turtle(file, &text, &mut blank_nodes);
        let name = format!("builtin_triples_{i}.txt");
        fs::write(out_dir.join(&name), records).expect("OUT_DIR is writable");
        let _ = writeln!(
            code,
            "    include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\")),"
        );
    }
    code.push_str("];\n");
    fs::write(out_dir.join("builtin_ontology.rs"), code).expect("OUT_DIR is writable");
    lay_out_models(&root, &out_dir);
}
