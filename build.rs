//! Embeds every Turtle file under `ontology/` into the binary, so `kg` works
//! from any directory without shipping data files beside it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

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
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_ontology.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
