//! Incremental ingest: articles into a store, one named graph per document.
//!
//! A [`Builder`] extracts documents and writes each into its own graph.
//! A document is identified by its source, never by its text: the path
//! normalised (`./p/a.txt` and `p//a.txt` are `p/a.txt`; `..` is kept, the
//! path is not resolved against the working directory), with a name that
//! is not UTF-8 kept losslessly (see [`crate::text::source_name`]). Its
//! graph is named after the source and the content hash together, so
//!
//! * a source whose text has not changed since the store took it is
//!   **unchanged** and skipped (so is the same source given twice in one
//!   run);
//! * a source with a new text **replaces** its graph: the old one is
//!   removed in the same commit;
//! * two sources with the same text are two documents with two graphs;
//!   editing one leaves the other alone.
//!
//! With a user's ontology files the graph's name also takes their
//! content, so a build with another vocabulary extracts again.
//!
//! Text read from stdin (`-`) has no source to follow: it is identified by
//! its content hash alone, and never replaces anything.
//! * the ontology that drove extraction is kept in its own graph
//!   ([`crate::store::graph_names::ONTOLOGY`]), rewritten only when its
//!   text changed, so queries can ask about the vocabulary.
//!
//! Documents are extracted in parallel in batches of [`BATCH`], and each
//! batch is one commit of the store: an interrupted build loses at most
//! the batch in flight, and running it again completes it. Progress
//! and the warnings of reading go to a [`BuildProgress`], so a command line
//! can draw a bar and a server can ignore them.
//!
//! ```
//! use kgraph::build::Builder;
//! use kgraph::ontology::Ontology;
//! use kgraph::store::{Access, Store};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let first = dir.path().join("first.txt");
//! let second = dir.path().join("second.txt");
//! std::fs::write(&first, "Norway and Ghana signed a shipping accord in Oslo on Friday.").unwrap();
//! std::fs::write(&second, "The Ministry of Health issued a vaccination plan on Tuesday.").unwrap();
//!
//! let ontology = Ontology::builtin().unwrap();
//! let builder = Builder::new(&ontology);
//! let mut store = Store::open(dir.path().join("store"), Access::Write { wait: false }).unwrap();
//! let report = builder.build_inputs(&mut store, &[first.clone(), second], &mut ()).unwrap();
//! assert_eq!((report.built, report.unchanged, report.replaced), (2, 0, 0));
//!
//! // Built again: nothing to do. Edited: its graph is replaced.
//! let report = builder.build_inputs(&mut store, &[first.clone()], &mut ()).unwrap();
//! assert_eq!(report.unchanged, 1);
//! std::fs::write(&first, "Norway and Ghana signed a fishing accord in Accra on Friday.").unwrap();
//! let report = builder.build_inputs(&mut store, &[first], &mut ()).unwrap();
//! assert_eq!((report.built, report.replaced), (1, 1));
//! assert!(kgraph::build::article_statements(&store).unwrap() > 0);
//! ```

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use oxigraph::model::{GraphName, NamedNode, Quad};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::extract::{Extractor, SectionsDone};
use crate::ontology::Ontology;
use crate::parse::ner::NerModel;
use crate::rdf::RdfEmitter;
use crate::store::ontology::OntologyGraphError;
use crate::store::{self, GraphContent, Store, StoreError};
use crate::text::TextVocabulary;
use crate::text::{read_inputs_with, Document, Input, LoadError, LoadWarning, ReadOptions};

/// Documents extracted per parallel batch: bounds memory while keeping all
/// cores busy.
pub const BATCH: usize = 64;

/// Why a build stopped. Documents of batches written before the error stay
/// in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A path given to [`Builder::build_inputs`] does not exist or cannot
    /// be read.
    #[error("{}: {source}", path.display())]
    Input {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Reading the inputs failed.
    #[error(transparent)]
    Read(#[from] LoadError),
    /// A Turtle file of the ontology does not parse (it is stored as data).
    #[error("{name}: {source}")]
    Ontology {
        name: String,
        #[source]
        source: oxigraph::io::RdfSyntaxError,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<oxigraph::store::StorageError> for BuildError {
    fn from(e: oxigraph::store::StorageError) -> Self {
        BuildError::Store(StoreError::from(e))
    }
}

/// What became of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// Its graph was written; no earlier graph came from its source.
    Built,
    /// Its graph was written and these graphs, from the same source with
    /// another text, were removed.
    Replaced(Vec<NamedNode>),
    /// Its graph was in the store already (or the same text came earlier in
    /// this build): nothing was written.
    Unchanged,
}

/// One document of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocumentReport {
    /// Where the text came from (a path, `-`, or the name a caller gave).
    pub source: String,
    /// The document's graph (and node).
    pub graph: NamedNode,
    pub outcome: Outcome,
    /// Statements written into its graph (0 when unchanged).
    pub statements: usize,
}

/// What a build did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BuildReport {
    /// Documents read (built or not).
    pub documents: usize,
    /// Documents whose graph was written.
    pub built: usize,
    /// Documents skipped because their graph was in the store already.
    pub unchanged: usize,
    /// Graphs removed because a new text of their source replaced them.
    pub replaced: usize,
    /// Each document, in input order.
    pub outcomes: Vec<DocumentReport>,
}

/// Told what a build is doing, as it goes. Both methods do nothing by
/// default; `()` is a progress that ignores everything.
pub trait BuildProgress {
    /// A problem with one input that did not stop the build (a binary file
    /// skipped, text decoded lossily…).
    fn warning(&mut self, _warning: &LoadWarning) {}
    /// `count` more documents are done (written or skipped).
    fn documents_done(&mut self, _count: usize) {}
    /// A document (named by its source) is being extracted: `done` of its
    /// sections are read. Told after every section; a long text has many
    /// (`extract::sections`), an article one.
    fn sections_done(&mut self, _source: &str, _done: SectionsDone) {}
}

impl BuildProgress for () {}

/// One build in progress: the documents read but not yet built, and what
/// was done so far.
#[derive(Default)]
struct Run {
    report: BuildReport,
    /// Ids of the documents met so far in this build.
    seen: HashSet<String>,
    batch: Vec<Document>,
}

/// Builds documents into a store; made once, used for many builds.
pub struct Builder<'o> {
    ontology: &'o Ontology,
    extractor: Extractor<'o>,
    emitter: RdfEmitter,
    read_options: ReadOptions,
    /// The vocabulary files are read with: the ontology's where it has a
    /// user's files; `None` keeps the built-in one.
    text_vocabulary: Option<Arc<TextVocabulary>>,
    /// A digest of the user's ontology files where there are any: part of
    /// each document's graph name, so a build with another vocabulary
    /// extracts again rather than keeping the graphs the old one gave.
    user_vocabulary: Option<[u8; 32]>,
}

/// The SHA-256 of the ontology's sources that are not bundled files (names
/// and texts), or `None` where every source is a bundled file.
fn user_vocabulary_digest(ontology: &Ontology) -> Option<[u8; 32]> {
    let mut user = ontology
        .sources
        .iter()
        .filter(|(name, text)| {
            !crate::ontology::BUILTIN_FILES
                .iter()
                .any(|(n, t)| n == name && t == text)
        })
        .peekable();
    user.peek()?;
    let mut hasher = Sha256::new();
    for (name, text) in user {
        for part in [name, text] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
    }
    Some(hasher.finalize().into())
}

impl<'o> Builder<'o> {
    /// A builder extracting with `ontology` and the bundled models, minting
    /// IRIs under [`crate::vocab::DEFAULT_BASE`] with full provenance.
    pub fn new(ontology: &'o Ontology) -> Self {
        let extractor = Extractor::new(ontology);
        // Files are read with the vocabulary the extractor splits with (a
        // user's abbreviations and byline cues count in both).
        let text_vocabulary = extractor.user_text_vocabulary();
        Builder {
            ontology,
            extractor,
            emitter: RdfEmitter::new(crate::vocab::DEFAULT_BASE)
                .expect("the default base is a valid IRI"),
            read_options: ReadOptions::default(),
            text_vocabulary,
            user_vocabulary: user_vocabulary_digest(ontology),
        }
    }

    /// Emits RDF with this emitter (its base IRI and provenance).
    #[must_use]
    pub fn with_emitter(mut self, emitter: RdfEmitter) -> Self {
        self.emitter = emitter;
        self
    }

    /// Tags names with this model instead of the bundled one.
    #[must_use]
    pub fn with_ner_model(mut self, model: NerModel) -> Self {
        self.extractor = self.extractor.with_ner_model(model);
        self
    }

    /// Reads files and splits sentences with this vocabulary (compiled from
    /// an ontology with user files) instead of the built-in one.
    #[must_use]
    pub fn with_text_vocabulary(mut self, vocabulary: Arc<TextVocabulary>) -> Self {
        self.extractor = self.extractor.with_text_vocabulary(Arc::clone(&vocabulary));
        self.text_vocabulary = Some(vocabulary);
        self
    }

    /// Reads input files with these limits (hidden files, largest size).
    #[must_use]
    pub fn with_read_options(mut self, options: ReadOptions) -> Self {
        self.read_options = options;
        self
    }

    /// The extractor documents go through.
    pub fn extractor(&self) -> &Extractor<'o> {
        &self.extractor
    }

    /// The emitter that turns extractions into quads.
    pub fn emitter(&self) -> &RdfEmitter {
        &self.emitter
    }

    /// The vocabulary texts are read with.
    pub fn text_vocabulary(&self) -> &TextVocabulary {
        match &self.text_vocabulary {
            Some(vocabulary) => vocabulary,
            None => TextVocabulary::builtin(),
        }
    }

    /// Builds the files and directories `inputs` (`-` is stdin), read
    /// lazily: memory holds one batch of documents, not the corpus. Fails
    /// before writing anything when a path does not exist.
    pub fn build_inputs(
        &self,
        store: &mut Store,
        inputs: &[PathBuf],
        progress: &mut dyn BuildProgress,
    ) -> Result<BuildReport, BuildError> {
        check_inputs_exist(inputs)?;
        let mut reader = read_inputs_with(inputs, &self.read_options);
        if let Some(vocabulary) = &self.text_vocabulary {
            reader = reader.with_vocabulary(Arc::clone(vocabulary));
        }
        self.store_ontology(store)?;
        let mut run = Run::default();
        for item in reader {
            match item? {
                Input::Warning(warning) => progress.warning(&warning),
                Input::Document(document) => self.add(&mut run, store, document, progress)?,
            }
        }
        self.finish(run, store, progress)
    }

    /// Builds documents already in memory (for example one sent to a
    /// server, named by its sender).
    pub fn build_documents(
        &self,
        store: &mut Store,
        documents: impl IntoIterator<Item = Document>,
        progress: &mut dyn BuildProgress,
    ) -> Result<BuildReport, BuildError> {
        self.store_ontology(store)?;
        let mut run = Run::default();
        for document in documents {
            self.add(&mut run, store, document, progress)?;
        }
        self.finish(run, store, progress)
    }

    /// Adds a document to the batch in hand, building the batch when full.
    fn add(
        &self,
        run: &mut Run,
        store: &mut Store,
        document: Document,
        progress: &mut dyn BuildProgress,
    ) -> Result<(), BuildError> {
        run.batch.push(document);
        if run.batch.len() == BATCH {
            self.build_batch(store, run, progress)?;
            progress.documents_done(run.batch.len());
            run.batch.clear();
        }
        Ok(())
    }

    /// Builds the last, partial batch.
    fn finish(
        &self,
        mut run: Run,
        store: &mut Store,
        progress: &mut dyn BuildProgress,
    ) -> Result<BuildReport, BuildError> {
        if !run.batch.is_empty() {
            self.build_batch(store, &mut run, progress)?;
            progress.documents_done(run.batch.len());
        }
        Ok(run.report)
    }

    /// Extracts the batch's new documents in parallel, then writes their
    /// graphs (and removes the graphs they replace) in one write.
    fn build_batch(
        &self,
        store: &mut Store,
        run: &mut Run,
        progress: &mut dyn BuildProgress,
    ) -> Result<(), BuildError> {
        let Run {
            report,
            seen,
            batch,
        } = run;
        let mut fresh = Vec::new();
        let mut slots = Vec::with_capacity(batch.len());
        for document in batch.iter_mut() {
            document.source = normalise_source(&document.source);
            let graph = self.document_graph(document);
            report.documents += 1;
            // The same source and text given twice in one run is stored once.
            if !seen.insert(graph.as_str().to_owned()) || store.contains_graph(graph.as_ref())? {
                report.unchanged += 1;
                slots.push(DocumentReport {
                    source: document.source.clone(),
                    graph,
                    outcome: Outcome::Unchanged,
                    statements: 0,
                });
            } else {
                fresh.push((&*document, slots.len()));
                slots.push(DocumentReport {
                    source: document.source.clone(),
                    graph,
                    outcome: Outcome::Built,
                    statements: 0,
                });
            }
        }
        // Extraction runs on other threads; their progress inside each
        // document comes back here, where `progress` lives.
        let (sender, receiver) = std::sync::mpsc::channel::<(usize, SectionsDone)>();
        // A long document's quads are made as its file is written when the
        // store does not hold what it writes (see `Store::hold_written`).
        let stream_long = !store.holds_written();
        let mut extracted: Vec<Made> = std::thread::scope(|scope| {
            let fresh = &fresh;
            let slots = &slots;
            let worker = scope.spawn(move || {
                fresh
                    .par_iter()
                    .enumerate()
                    .map(|(k, (d, slot))| {
                        let mut report = |done| {
                            // The receiver outlives the worker.
                            let _ = sender.send((k, done));
                        };
                        let extraction = self.extractor.extract_reporting(d, &mut report);
                        let graph = &slots[*slot].graph;
                        if stream_long && d.text.len() > self.extractor.section_bytes() {
                            Made::Long(Box::new(extraction), Box::new(text_quad(d, graph)))
                        } else {
                            let mut quads = self.emitter.quads_in_graph(&extraction, graph);
                            quads.push(text_quad(d, graph));
                            Made::Quads(quads)
                        }
                    })
                    .collect()
            });
            for (k, done) in receiver {
                progress.sections_done(&fresh[k].0.source, done);
            }
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        let counted: Vec<AtomicUsize> = extracted.iter().map(|_| AtomicUsize::new(0)).collect();
        let mut writes: Vec<(GraphName, GraphContent<'_>)> = Vec::new();
        let mut long = Vec::new();
        for (k, ((document, slot), made)) in fresh.iter().zip(extracted.iter_mut()).enumerate() {
            let slot_index = *slot;
            let slot = &mut slots[slot_index];
            if document.source != STDIN_SOURCE {
                let mut previous = Vec::new();
                for old in store::graphs_from_source(store, &document.source)? {
                    if old != slot.graph {
                        report.replaced += 1;
                        writes.push((old.clone().into(), GraphContent::Quads(Vec::new())));
                        previous.push(old);
                    }
                }
                if !previous.is_empty() {
                    slot.outcome = Outcome::Replaced(previous);
                }
            }
            let content = match made {
                Made::Quads(quads) => {
                    slot.statements = quads.len();
                    GraphContent::Quads(std::mem::take(quads))
                }
                Made::Long(extraction, text) => {
                    long.push((k, slot_index));
                    let (emitter, graph, counter) =
                        (&self.emitter, slot.graph.clone(), &counted[k]);
                    let text = &*text;
                    GraphContent::Stream(Box::new(move |sink: &mut dyn FnMut(&Quad)| {
                        emitter
                            .for_each_quad(extraction, &graph, |quad| {
                                counter.fetch_add(1, Ordering::Relaxed);
                                sink(&quad);
                                Ok::<_, std::convert::Infallible>(())
                            })
                            .unwrap_or_else(|never| match never {});
                        counter.fetch_add(1, Ordering::Relaxed);
                        sink(text);
                    }))
                }
            };
            writes.push((slot.graph.clone().into(), content));
            report.built += 1;
        }
        store.replace_graph_contents(writes)?;
        for (k, slot) in long {
            slots[slot].statements = counted[k].load(Ordering::Relaxed);
        }
        report.outcomes.append(&mut slots);
        Ok(())
    }

    /// The graph (and node) of a document: named after its source and its
    /// content hash together (and the user's ontology files, where given),
    /// or the content hash alone for stdin.
    fn document_graph(&self, document: &Document) -> NamedNode {
        if document.source == STDIN_SOURCE {
            return self.emitter.document_iri(&document.id);
        }
        let mut hasher = Sha256::new();
        hasher.update(document.source.as_bytes());
        hasher.update([0]);
        hasher.update(document.id.as_bytes());
        // A user's vocabulary is part of what the graph was extracted from.
        if let Some(vocabulary) = &self.user_vocabulary {
            hasher.update([0]);
            hasher.update(vocabulary);
        }
        let digest = hasher.finalize();
        let key: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.emitter.document_iri(&key)
    }

    /// Keeps the ontology that drove extraction in the store (its schema
    /// and gazetteer graphs, see [`crate::store::ontology`]), rewritten only
    /// when its text changed, so queries can ask about the vocabulary.
    fn store_ontology(&self, store: &mut Store) -> Result<(), BuildError> {
        match crate::store::ontology::store_ontology(store, self.ontology) {
            Ok(_) => Ok(()),
            Err(OntologyGraphError::Syntax { file, source }) => {
                Err(BuildError::Ontology { name: file, source })
            }
            Err(OntologyGraphError::Store(e)) => Err(BuildError::Store(e)),
        }
    }
}

/// A document's graph made on a worker thread, or (for a long document
/// written to a store that does not hold it) its extraction, whose quads
/// are made as the graph's file is written.
enum Made {
    Quads(Vec<Quad>),
    /// A long document's extraction and the statement of its text.
    Long(Box<crate::extract::Extraction>, Box<Quad>),
}

/// The statement keeping a document's whole text (`schema:text`) in its
/// graph, so that the explorer can show the text its offsets point into.
/// In the document's own graph, text and facts are written, replaced and
/// removed together (see the module docs).
fn text_quad(document: &Document, graph: &NamedNode) -> Quad {
    Quad::new(
        graph.clone(),
        NamedNode::new_unchecked(format!("{}text", crate::vocab::SCHEMA)),
        oxigraph::model::Literal::new_simple_literal(&document.text),
        graph.clone(),
    )
}

/// The source name of text read from stdin.
const STDIN_SOURCE: &str = "-";

/// A source path written one way: `.` components and repeated separators
/// dropped (`./p//a.txt` is `p/a.txt`). `..` is kept: resolving it would
/// need the filesystem, and through a symbolic link it means another place.
pub fn normalise_source(source: &str) -> String {
    if source == STDIN_SOURCE {
        return source.to_owned();
    }
    let absolute = source.starts_with('/');
    let parts: Vec<&str> = source
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    match (absolute, parts.is_empty()) {
        (true, _) => format!("/{}", parts.join("/")),
        (false, true) => ".".to_owned(),
        (false, false) => parts.join("/"),
    }
}

/// Fails unless every path in `inputs` exists (`-` is stdin): checked
/// before anything is written, so a typo leaves no output and no store.
pub fn check_inputs_exist(inputs: &[PathBuf]) -> Result<(), BuildError> {
    for input in inputs.iter().filter(|i| i.as_os_str() != "-") {
        std::fs::metadata(input).map_err(|source| BuildError::Input {
            path: input.clone(),
            source,
        })?;
    }
    Ok(())
}

/// The statements the articles gave: every statement of the store but the
/// stored ontology and the derived statistics. Reads the whole store.
pub fn article_statements(store: &Store) -> Result<usize, StoreError> {
    let mut count = store.statements_not_held();
    for quad in store.oxigraph().iter() {
        if store::is_data_graph(quad?.graph_name.as_ref()) {
            count += 1;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Access;

    /// A store that does not hold what it writes streams a long document's
    /// graph to its file: reopened, it holds what a store that holds its
    /// writes holds, and with the files backend the same files.
    #[test]
    fn a_long_document_streamed_to_its_file_is_stored_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("long.txt");
        let paragraph = "Traders in Oakport met on Monday. The Ministry of Commerce issued \
                         new guidelines on export controls. It said the rules start in May.";
        std::fs::write(&text, vec![paragraph; 40].join("\n\n")).unwrap();
        let ontology = Ontology::builtin().unwrap();
        let mut contents = Vec::new();
        let mut manifests = Vec::new();
        for hold in [true, false] {
            let path = dir.path().join(format!("store-{hold}"));
            let mut store = Store::open(&path, Access::Write { wait: false }).unwrap();
            store.hold_written(hold);
            // Sections of 1,000 bytes: the text is a long document.
            let builder = Builder {
                extractor: Extractor::new(&ontology).with_section_bytes(1_000),
                ..Builder::new(&ontology)
            };
            let report = builder
                .build_inputs(&mut store, std::slice::from_ref(&text), &mut ())
                .unwrap();
            assert_eq!(report.built, 1);
            assert!(report.outcomes[0].statements > 0);
            let statements = article_statements(&store).unwrap();
            assert_eq!(statements, report.outcomes[0].statements);
            // Built again: unchanged, whether or not it is held.
            let again = builder
                .build_inputs(&mut store, std::slice::from_ref(&text), &mut ())
                .unwrap();
            assert_eq!(again.unchanged, 1);
            let backend = store.backend();
            drop(store);
            let reopened = Store::open(&path, Access::Read).unwrap();
            let mut quads: Vec<String> = reopened
                .oxigraph()
                .iter()
                .map(|quad| quad.unwrap().to_string())
                .collect();
            quads.sort_unstable();
            assert!(!quads.is_empty());
            contents.push(quads);
            // The RocksDB backend keeps no manifest: its content is compared above.
            if backend == crate::store::Backend::Files {
                manifests.push(std::fs::read(path.join("manifest")).unwrap());
            }
        }
        assert_eq!(contents[0], contents[1]);
        assert_eq!(manifests.first(), manifests.last());
    }
}
