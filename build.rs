//! Embeds every Turtle file under `ontology/` into the binary, so `kg` works
//! from any directory without shipping data files beside it; and embeds the
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
    fs::write(out_dir.join("builtin_ontology.rs"), code).expect("OUT_DIR is writable");
    lay_out_models(&root, &out_dir);
}
