//! Extraction stage: from a document to entities and relations.
//!
//! [`Extractor::new`] compiles the ontology's lexicon and gazetteer once;
//! [`Extractor::extract`] runs per document through these steps:
//! segmentation (from [`crate::text`]) → part-of-speech tags → `mentions`
//! (gazetteer and patterns) → `names` (the named-entity tagger of
//! [`crate::parse::ner`], fed with what the rules found) → `resolve`
//! (aliases, acronyms, coreference) → `speakers`, `pronouns` and
//! `party_terms` (mentions only the resolved entities can settle: a
//! quotation's "I", a document's "it", the parties' defined term) →
//! `relations` (surface patterns and frames over the parse, both from the
//! lexicon; they read the resolution and hand back what they add). The dependency parse
//! (`syntax`, from [`crate::parse`], aligned to kg's tokens) is made
//! sentence by sentence when a relation rule asks for it. The
//! result is plain data ([`Extraction`]); [`crate::rdf`] turns it into quads.
//! [`Extractor::analyse`] stops before relations and reports what it saw
//! ([`analysis`], `kg parse`).
//!
//! ```
//! use kgraph::extract::Extractor;
//! use kgraph::ontology::Ontology;
//! use kgraph::text::Document;
//!
//! let ontology = Ontology::builtin().unwrap();
//! let extractor = Extractor::new(&ontology);
//! let doc = Document::from_text("memo.txt", "The Ministry of Commerce issued new guidelines on export controls.");
//! let extraction = extractor.extract(&doc);
//! assert!(extraction.entities.iter().any(|e| e.label == "Ministry of Commerce"));
//! ```

pub(crate) mod acronym_bodies;
pub mod analysis;
pub(crate) mod capitals;
pub(crate) mod document_titles;
pub(crate) mod heading_documents;
pub(crate) mod lexicon;
#[cfg(test)]
mod literals;
pub(crate) mod mentions;
pub mod model;
pub(crate) mod name_repairs;
pub(crate) mod names;
pub(crate) mod party_terms;
pub(crate) mod plural_offices;
pub(crate) mod positions;
pub(crate) mod programmes;
pub(crate) mod pronouns;
pub(crate) mod relations;
pub(crate) mod resolve;
pub(crate) mod sections;
pub(crate) mod short_forms;
pub(crate) mod speakers;
pub(crate) mod syntax;
pub(crate) mod view;

use std::collections::{BTreeMap, HashMap, HashSet};

pub use model::*;
pub use relations::dependency::FrameSyntaxError;

/// The `kg:frame` strings of an ontology that cannot be read (extraction
/// skips them), so a caller can refuse a user's ontology before extracting.
pub fn frame_errors(ontology: &Ontology) -> Vec<FrameSyntaxError> {
    relations::dependency::DependencyFrames::new(ontology.properties.values()).errors
}

use crate::ontology::Ontology;
use crate::text::{segment_with, Document, Sentence, TextVocabulary};

use crate::parse::ner::NerModel;
use crate::parse::tagger::is_finite_verb;
use lexicon::Lexicon;
use view::DocView;

/// Extracts entities and relations; built once, used for many documents
/// (it is `Sync`, so documents can be processed in parallel).
pub struct Extractor<'o> {
    ontology: &'o Ontology,
    lexicon: Lexicon,
    /// The lexicon of the bundled files alone, where a user's files were
    /// added ([`Ontology::bundled`]): the name tagger's hint bits and the
    /// mentions they are computed from read it, so a user's words reach
    /// the rules and never the inputs the bundled tagger was trained on.
    /// `None`: the hints read `lexicon`.
    tagger_lexicon: Option<Lexicon>,
    ner_model: NerModel,
    /// Tagger, lemmatiser and parser (bundled models, loaded once per process).
    annotator: &'static crate::parse::Annotator,
    /// Abbreviations and sentence starters for sentence splitting: the
    /// ontology's where it has a user's files; `None` is the built-in
    /// vocabulary.
    text_vocabulary: Option<std::sync::Arc<TextVocabulary>>,
    /// The largest section of a long document, in bytes ([`sections`]).
    section_bytes: usize,
    /// The evidence kept per fact ([`MAX_EVIDENCE_PER_FACT`]).
    evidence_limit: usize,
}

/// The evidence kept for one fact of a document by default: the first
/// quotes in reading order; the others are only counted
/// ([`Relation::evidence_omitted`]), so a fact a book repeats thousands of
/// times costs a bounded amount of RDF.
pub const MAX_EVIDENCE_PER_FACT: usize = 10;

/// How far extraction of one document has come: `done` of its `total`
/// sections are read (see `sections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionsDone {
    pub done: usize,
    pub total: usize,
}

/// A document's part-of-speech tags (class ids, one per token): `bundled`
/// as the bundled tagger gives them for every sentence, which the name
/// tagger's hints read (the name tagger learned from them); `routed` as
/// the syntax stage gives them, the title-case tagger's for a sentence in
/// title case ([`crate::parse::routes_to_title_case_tagger`]), which the
/// rules and the parse read.
struct PosTags {
    bundled: Vec<u16>,
    routed: Vec<u16>,
}

/// One sentence as the name tagger sees it (for training one: see
/// `tools/src/bin/train_ner.rs`).
#[derive(Debug, Clone)]
pub struct TaggerSentence {
    /// The tokens as written.
    pub words: Vec<String>,
    /// Byte range of each token in the document text.
    pub spans: Vec<std::ops::Range<usize>>,
    /// What the gazetteer, the lexicon and the rules say of each token
    /// (see [`crate::parse::ner::hint`]).
    pub hints: Vec<u32>,
}

impl<'o> Extractor<'o> {
    /// Compiles the ontology's lexicon and gazetteer.
    pub fn new(ontology: &'o Ontology) -> Self {
        // The bundled files' lexicon first, so that the rules' lexicon can
        // take its gazetteer where a user's files add no individual.
        let tagger_lexicon = ontology.bundled().map(Lexicon::new);
        Extractor {
            ontology,
            lexicon: Lexicon::sharing_gazetteer(ontology, tagger_lexicon.as_ref()),
            tagger_lexicon,
            ner_model: NerModel::builtin(),
            annotator: crate::parse::Annotator::builtin(),
            // A user's files may add abbreviations and sentence starters:
            // their text vocabulary, compiled once here, splits sentences.
            text_vocabulary: ontology
                .bundled()
                .map(|_| std::sync::Arc::new(TextVocabulary::from_ontology(ontology))),
            section_bytes: sections::SECTION_BYTES,
            evidence_limit: MAX_EVIDENCE_PER_FACT,
        }
    }

    /// Reads a long document in sections of at most `bytes` bytes (at
    /// least 1) instead of the default 50,000 bytes.
    pub fn with_section_bytes(mut self, bytes: usize) -> Self {
        self.section_bytes = bytes.max(1);
        self
    }

    /// The largest section a long document is read in, in bytes.
    pub fn section_bytes(&self) -> usize {
        self.section_bytes
    }

    /// Keeps at most `limit` pieces of evidence per fact (at least 1)
    /// instead of [`MAX_EVIDENCE_PER_FACT`].
    pub fn with_evidence_limit(mut self, limit: usize) -> Self {
        self.evidence_limit = limit.max(1);
        self
    }

    /// The text vocabulary of the ontology's user files, where there are
    /// any (`None`: the built-in one), for reading files as the extractor
    /// splits them.
    pub fn user_text_vocabulary(&self) -> Option<std::sync::Arc<TextVocabulary>> {
        self.text_vocabulary.clone()
    }

    /// Splits sentences with this vocabulary (compiled from an ontology
    /// with user files, [`TextVocabulary::from_ontology`]) instead of the
    /// one the extractor compiled from its ontology.
    pub fn with_text_vocabulary(mut self, vocabulary: std::sync::Arc<TextVocabulary>) -> Self {
        self.text_vocabulary = Some(vocabulary);
        self
    }

    /// The document's sentences and tokens, split with the vocabulary in use.
    fn sentences(&self, doc: &Document) -> Vec<Sentence> {
        let vocabulary = match &self.text_vocabulary {
            Some(vocabulary) => vocabulary,
            None => TextVocabulary::builtin(),
        };
        segment_with(&doc.text, &doc.meta.body, vocabulary)
    }

    /// Replaces the bundled name tagger.
    pub fn with_ner_model(mut self, model: NerModel) -> Self {
        self.ner_model = model;
        self
    }

    pub fn ontology(&self) -> &Ontology {
        self.ontology
    }

    /// The lexicon the name tagger's hint bits are computed from.
    fn hint_lexicon(&self) -> &Lexicon {
        self.tagger_lexicon.as_ref().unwrap_or(&self.lexicon)
    }

    /// The name tagger's hint bits of a document on its own (as
    /// `tagger_sentences` and `tagged_names` give them): from the mentions
    /// the hint lexicon finds with the words the tagger was trained with,
    /// and the bundled tagger's tags.
    fn tagger_hints(&self, view: &DocView<'_>) -> Vec<u32> {
        let hint_lexicon = self.hint_lexicon();
        let candidates = mentions::find_mentions(
            view,
            hint_lexicon,
            &mentions::FamilyNames::new(view, hint_lexicon),
            lexicon::MentionWords::TaggerTrained,
        );
        let tagger = self.annotator.tagger();
        let pos = names::pos_tags(view, tagger);
        names::token_hints(view, hint_lexicon, tagger, &pos, &candidates)
    }

    /// The document's part-of-speech tags, both readings.
    fn pos_tags(&self, view: &DocView<'_>) -> PosTags {
        let (bundled, routed) = names::bundled_and_routed_pos_tags(view, self.annotator);
        PosTags { bundled, routed }
    }

    /// The rules' mentions with the name tagger's names merged in.
    /// `tags`: the document's part-of-speech tags, the bundled tagger's the
    /// name tagger's hints read and the routed ones the rules read.
    fn mention_candidates(&self, view: &DocView<'_>, tags: &PosTags) -> Vec<mentions::MentionCand> {
        // The mention rules and the name tagger ask the same family names,
        // of the words as written.
        let family_names = mentions::FamilyNames::new(view, &self.lexicon);
        let (mut candidates, tagger_candidates) = match &self.tagger_lexicon {
            None => mentions::find_mentions_and_tagger_mentions(view, &self.lexicon, &family_names),
            Some(bundled) => (
                mentions::find_mentions(
                    view,
                    &self.lexicon,
                    &family_names,
                    lexicon::MentionWords::All,
                ),
                Some(mentions::find_mentions(
                    view,
                    bundled,
                    &mentions::FamilyNames::new(view, bundled),
                    lexicon::MentionWords::TaggerTrained,
                )),
            ),
        };
        let tagger = self.annotator.tagger();
        // The hints come from the mentions found with the words the tagger
        // was trained with, where those differ from the rules'
        // (`tagger_candidates`), and read the bundled files' lexicon where a
        // user's files were added, so their words never shift them; they read
        // the bundled tagger's tags, as the name tagger was trained on them.
        let hints = names::token_hints(
            view,
            self.hint_lexicon(),
            tagger,
            &tags.bundled,
            tagger_candidates.as_deref().unwrap_or(&candidates),
        );
        names::apply_name_tagger(
            view,
            &self.lexicon,
            &self.ner_model,
            &family_names,
            &hints,
            &mut candidates,
        );
        // None is asked once a line in capitals is read word by word.
        drop(family_names);
        // The tagger read the words as written; the rules from here on read
        // a line in capitals the way the rest of the document writes it.
        let pos = &tags.routed[..];
        // Whether the tagger reads a token as a finite verb (the capitals
        // reading and the description rule below ask the same question).
        let finite_verb_at = |t: usize| is_finite_verb(tagger.tag_name(pos[t]).1);
        if let Some(common) =
            capitals::common_words_in_capitals(view, &self.lexicon, &candidates, finite_verb_at)
        {
            view.read_capitals(common);
            capitals::names_without_common_words(view, &self.lexicon, &mut candidates);
        }
        mentions::split_names_before_people(view, &self.lexicon, &mut candidates);
        mentions::split_names_at_owned_bodies(view, &self.lexicon, &mut candidates);
        mentions::split_names_at_inner_determiners(view, &self.lexicon, &mut candidates);
        mentions::documents_before_represented_parties(view, &self.lexicon, &mut candidates);
        mentions::people_in_speaker_labels(view, &self.lexicon, &mut candidates);
        mentions::drop_descriptions_over_verbs(
            view,
            &self.lexicon,
            finite_verb_at,
            |t| tagger.tag_name(pos[t]).1 == "VB",
            &mut candidates,
        );
        mentions::names_after_opening_gerunds(
            view,
            &self.lexicon,
            |t| tagger.tag_name(pos[t]).1 == "VBG",
            &mut candidates,
        );
        mentions::bodies_with_capitalised_modifiers(view, &self.lexicon, &mut candidates);
        mentions::bodies_with_portfolio_lists(view, &self.lexicon, &mut candidates);
        let lemmatizer = self.annotator.lemmatizer();
        mentions::bodies_with_coordinated_portfolios(
            view,
            &self.lexicon,
            |t| lemmatizer.lemma(view.low(t), "NOUN") != view.low(t),
            &mut candidates,
        );
        mentions::names_after_headline_verbs(view, &self.lexicon, &mut candidates);
        mentions::known_names_before_headline_verbs(view, &self.lexicon, &mut candidates);
        mentions::names_ending_in_headline_verbs(view, &self.lexicon, &mut candidates);
        mentions::names_over_headline_common_words(
            view,
            &self.lexicon,
            &mentions::BodyWordReading {
                is_verb: |t| tagger.tag_name(pos[t]).1.starts_with("VB"),
                is_preposition: |t| tagger.tag_name(pos[t]).1 == "IN",
                verb_lemma: |w: &str| lemmatizer.lemma(w, "VERB"),
            },
            &mut candidates,
        );
        name_repairs::people_with_particle_given_names(view, &self.lexicon, &mut candidates);
        positions::bodies_running_into_offices(view, &self.lexicon, &mut candidates);
        // Family names as the rules now read the words (a line in capitals
        // word by word), asked afresh.
        let family_names = mentions::FamilyNames::new(view, &self.lexicon);
        positions::apply_positions(view, &self.lexicon, &family_names, &mut candidates);
        positions::people_after_offices(view, &self.lexicon, &mut candidates);
        positions::people_before_apposed_offices(view, &self.lexicon, &mut candidates);
        mentions::people_before_headline_verbs(view, &self.lexicon, &mut candidates);
        positions::people_after_plural_titles(view, &self.lexicon, &mut candidates);
        mentions::people_with_particle_surnames(view, &self.lexicon, &mut candidates);
        mentions::people_with_hyphenated_given_names(view, &self.lexicon, &mut candidates);
        mentions::documents_after_possessors(view, &self.lexicon, &mut candidates);
        acronym_bodies::acronyms_of_named_bodies(view, &self.lexicon, &mut candidates);
        mentions::short_forms_before_group_heads(view, &self.lexicon, &mut candidates);
        programmes::programmes_named_by_heads(
            view,
            &self.lexicon,
            |t| matches!(tagger.tag_name(pos[t]).1, "JJ" | "JJR" | "JJS" | "CD" | "$"),
            |t| tagger.tag_name(pos[t]).1 == "VB",
            |t| {
                matches!(
                    tagger.tag_name(pos[t]).1,
                    "VB" | "VBZ" | "VBP" | "VBD" | "MD"
                )
            },
            &mut candidates,
        );
        mentions::names_titling_documents(view, &self.lexicon, &mut candidates);
        mentions::documents_with_title_years(view, &self.lexicon, &mut candidates);
        mentions::documents_with_quoted_titles(view, &self.lexicon, &mut candidates);
        mentions::documents_over_joined_numbers(view, &self.lexicon, &mut candidates);
        mentions::document_names_with_leading_parties(view, &self.lexicon, &mut candidates);
        document_titles::documents_with_title_agents(view, &self.lexicon, &mut candidates);
        document_titles::documents_with_parties_and_topics(view, &self.lexicon, &mut candidates);
        plural_offices::plural_offices_over_coordinated_owners(
            view,
            &self.lexicon,
            &mut candidates,
        );
        plural_offices::names_over_places_coordinated_before_plural_bodies(
            view,
            &self.lexicon,
            &mut candidates,
        );
        mentions::descriptions_with_continued_complements(
            view,
            &self.lexicon,
            |t| matches!(tagger.tag_name(pos[t]).1, "NN" | "NNS" | "JJ"),
            |t| matches!(tagger.tag_name(pos[t]).1, "NN" | "NNS"),
            &mut candidates,
        );
        mentions::drop_names_a_known_name_covers(&mut candidates);
        mentions::bodies_named_by_places(view, &self.lexicon, &mut candidates);
        mentions::unshout_people(&self.lexicon, &mut candidates);
        candidates
    }

    /// Runs the whole pipeline on one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        self.extract_reporting(doc, &mut |_| {})
    }

    /// Runs the whole pipeline on one document, telling `progress` after
    /// each of its `sections` (a long document is read in sections of at
    /// most [`Extractor::section_bytes`] bytes; an article is one).
    pub fn extract_reporting(
        &self,
        doc: &Document,
        progress: &mut dyn FnMut(SectionsDone),
    ) -> Extraction {
        let sentences = self.sentences(doc);
        let view = DocView::new(&doc.text, &sentences);
        let sections = sections::split_sections(&doc.text, &sentences, self.section_bytes);
        // The view holds every token: the segmenter's copy can go.
        drop(sentences);
        let total = sections.len();
        let (mut resolution, found) = if total <= 1 {
            let read = self.read_section(doc, &view);
            progress(SectionsDone { done: total, total });
            read
        } else {
            let mut merged = SectionMerge::default();
            for (done, range) in sections.into_iter().enumerate() {
                let first_token = view.sentences[range.start].start;
                let first_sentence = range.start;
                let section = view.section(range);
                let (resolution, found) = self.read_section(doc, &section);
                merged.add(first_token, first_sentence, resolution, found);
                progress(SectionsDone {
                    done: done + 1,
                    total,
                });
            }
            merged.finish()
        };
        let metadata = MetadataEntities {
            publisher: self.publisher(doc, &mut resolution.entities),
            place: self.dateline_place(doc, &mut resolution.entities),
        };
        self.assemble(doc, &view, resolution, found, metadata)
    }

    /// Reads the entities and facts of one section (the whole document
    /// when it is short): mentions, names, coreference and relations all
    /// stay inside the view.
    fn read_section(
        &self,
        doc: &Document,
        view: &DocView<'_>,
    ) -> (resolve::Resolution, Vec<relations::Found>) {
        // Tagged once: the name tagger's hints and the parse share the tags
        // (but for the sentences in title case, tagged again for the parse).
        let pos = self.pos_tags(view);
        // Parsed sentence by sentence as the relation rules ask.
        let syntax = syntax::DocSyntax::new(view, self.annotator, &pos.routed);
        self.read_tagged_section(doc, view, &pos, &syntax)
    }

    /// [`Extractor::read_section`] once the section is tagged (`pos`).
    fn read_tagged_section(
        &self,
        doc: &Document,
        view: &DocView<'_>,
        pos: &PosTags,
        syntax: &syntax::DocSyntax<'_, '_>,
    ) -> (resolve::Resolution, Vec<relations::Found>) {
        let candidates = self.mention_candidates(view, pos);
        let mut resolution =
            resolve::resolve(view, &self.lexicon, self.ontology, &doc.id, &candidates);
        speakers::add_speaker_mentions(view, &self.lexicon, self.ontology, &mut resolution);
        let tagger = self.annotator.tagger();
        pronouns::add_pronoun_mentions(
            view,
            &self.lexicon,
            self.ontology,
            |t| tagger.tag_name(pos.routed[t]).1,
            &mut resolution,
        );
        party_terms::define_party_terms(view, &self.lexicon, self.ontology, &mut resolution);
        let (found, read_mentions) = relations::find_relations(
            view,
            syntax,
            &self.lexicon,
            self.ontology,
            &doc.id,
            &mut resolution,
        );
        resolution.add_read_mentions(read_mentions);
        (resolution, found)
    }

    /// The sentences of a short document the relation rules had parsed.
    #[cfg(test)]
    fn parsed_sentences(&self, doc: &Document) -> Vec<usize> {
        let sentences = self.sentences(doc);
        let view = DocView::new(&doc.text, &sentences);
        let pos = self.pos_tags(&view);
        let syntax = syntax::DocSyntax::new(&view, self.annotator, &pos.routed);
        self.read_tagged_section(doc, &view, &pos, &syntax);
        (0..view.sentences.len())
            .filter(|&s| syntax.is_parsed(s))
            .collect()
    }

    /// The document's sentences with their syntax and the entity mentions
    /// extraction found in them, before relations are read (`kg parse`).
    pub fn analyse(&self, doc: &Document) -> analysis::DocumentAnalysis {
        let sentences = self.sentences(doc);
        let view = DocView::new(&doc.text, &sentences);
        let pos = self.pos_tags(&view);
        let syntax = syntax::DocSyntax::new(&view, self.annotator, &pos.routed);
        let candidates = self.mention_candidates(&view, &pos);
        let resolution =
            resolve::resolve(&view, &self.lexicon, self.ontology, &doc.id, &candidates);
        let mut counter = analysis::CharCounter::new(&doc.text);
        let mut out = Vec::with_capacity(view.sentences.len());
        for (s, range) in view.sentences.iter().enumerate() {
            let span = &view.sentence_spans[s];
            let sentence_start = counter.at(span.start);
            let entities: Vec<analysis::EntitySpan> = resolution
                .mentions
                .iter()
                .filter(|m| range.contains(&m.tokens.start))
                .map(|m| {
                    let entity = &resolution.entities[m.entity];
                    analysis::EntitySpan {
                        tokens: m.tokens.start - range.start
                            ..m.tokens.end.min(range.end) - range.start,
                        class: local_name(&entity.class).to_owned(),
                        label: entity.label.clone(),
                    }
                })
                .collect();
            // BIO tags of the outermost mention over each token.
            let mut tags = vec![String::new(); range.len()];
            for e in &entities {
                if e.tokens.clone().all(|t| tags[t].is_empty()) {
                    for t in e.tokens.clone() {
                        let edge = if t == e.tokens.start { 'B' } else { 'I' };
                        tags[t] = format!("Entity={edge}-{}", e.class);
                    }
                }
            }
            // `kg parse` prints every sentence's parse.
            let parse = syntax.sentence(s);
            let mut tokens = Vec::with_capacity(range.len());
            let mut token_chars = Vec::with_capacity(range.len());
            for (i, t) in range.clone().enumerate() {
                let chars = counter.at(view.toks[t].start)..counter.at(view.toks[t].end);
                let node = parse.node(t);
                let mut misc = format!("Offset={}:{}", chars.start, chars.end);
                if t + 1 < range.end && view.toks[t + 1].start == view.toks[t].end {
                    misc.push_str("|SpaceAfter=No");
                }
                if !tags[i].is_empty() {
                    misc = format!("{}|{misc}", tags[i]);
                }
                tokens.push(crate::parse::conllu::Token {
                    id: i + 1,
                    form: view.text(t).to_owned(),
                    lemma: node.lemma.clone(),
                    upos: node.upos.to_owned(),
                    xpos: node.xpos.to_owned(),
                    head: Some(node.head.map_or(0, |h| h - range.start + 1)),
                    deprel: node.rel.to_owned(),
                    misc,
                    ..Default::default()
                });
                token_chars.push(chars);
            }
            let sentence_end = counter.at(span.end);
            let words: Vec<&str> = range.clone().map(|t| view.text(t)).collect();
            let tagger = self.annotator.sentence_tagger_kind(&words);
            out.push(analysis::SentenceAnalysis {
                text: doc.text[span.clone()].to_owned(),
                chars: sentence_start..sentence_end,
                tokens,
                token_chars,
                entities,
                tagger,
            });
        }
        analysis::DocumentAnalysis {
            source: doc.source.clone(),
            sentences: out,
        }
    }

    /// The sentences of a document with the hints the name tagger gets:
    /// the input a tagger is trained on.
    pub fn tagger_sentences(&self, doc: &Document) -> Vec<TaggerSentence> {
        let sentences = self.sentences(doc);
        let view = DocView::new(&doc.text, &sentences);
        let hints = self.tagger_hints(&view);
        view.sentences
            .iter()
            .map(|range| TaggerSentence {
                words: range.clone().map(|k| view.text(k).to_owned()).collect(),
                spans: range
                    .clone()
                    .map(|k| view.toks[k].start..view.toks[k].end)
                    .collect(),
                hints: hints[range.clone()].to_vec(),
            })
            .collect()
    }

    /// The names the tagger finds in a document: byte ranges and classes,
    /// before they are merged with the rule mentions.
    pub fn tagged_names(
        &self,
        doc: &Document,
    ) -> Vec<(std::ops::Range<usize>, crate::parse::ner::NameClass)> {
        let sentences = self.sentences(doc);
        let view = DocView::new(&doc.text, &sentences);
        let hints = self.tagger_hints(&view);
        let family_names = mentions::FamilyNames::new(&view, &self.lexicon);
        names::tag_names(&view, &self.lexicon, &self.ner_model, &family_names, &hints)
            .into_iter()
            .map(|(r, c)| (view.toks[r.start].start..view.toks[r.end - 1].end, c))
            .collect()
    }

    /// The publisher named in the metadata, as an entity of the document.
    fn publisher(&self, doc: &Document, entities: &mut Vec<resolve::EntityDraft>) -> Option<usize> {
        let name = doc.meta.publisher.as_deref()?;
        let roles = &self.lexicon.classes;
        self.metadata_entity(name, &roles.organization, &roles.publisher, entities)
    }

    /// The place of the dateline ("OAKPORT, May 2 -"), as an entity of the
    /// document: where the article was written, not a fact about anything.
    fn dateline_place(
        &self,
        doc: &Document,
        entities: &mut Vec<resolve::EntityDraft>,
    ) -> Option<usize> {
        let name = doc.meta.place.as_deref()?;
        let place = &self.lexicon.classes.place;
        self.metadata_entity(name, place, place, entities)
    }

    /// An entity named by the document's metadata rather than by its
    /// sentences: the gazetteer individual of that name whose class is a
    /// `kind` (a class IRI) when there is one, else a new named entity of
    /// class `fallback`.
    /// An entity the sentences already found is reused.
    fn metadata_entity(
        &self,
        name: &str,
        kind: &str,
        fallback: &str,
        entities: &mut Vec<resolve::EntityDraft>,
    ) -> Option<usize> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let known = self
            .lexicon
            .surface_ids
            .get(&name.to_ascii_lowercase())
            .and_then(|&id| {
                let senses = &self.lexicon.surfaces[id].1;
                let individual =
                    |sense: &lexicon::SurfaceSense| &self.lexicon.individuals[sense.individual];
                senses
                    .iter()
                    .find(|sense| self.ontology.is_subclass_of(&individual(sense).class, kind))
                    .or(senses.first())
                    .map(individual)
            });
        let (key, class, label, same_as) = match known {
            Some(ind) => (
                EntityKey::Known(ind.iri.clone()),
                ind.class.clone(),
                ind.label.clone(),
                ind.same_as.clone(),
            ),
            None => (
                EntityKey::Named(name.to_owned()),
                fallback.to_owned(),
                name.to_owned(),
                Vec::new(),
            ),
        };
        if let Some(i) = entities.iter().position(|e| e.key == key) {
            return Some(i);
        }
        let mut alt_labels = std::collections::BTreeSet::new();
        if label != name {
            alt_labels.insert(name.to_owned());
        }
        entities.push(resolve::EntityDraft {
            key,
            class,
            label,
            alt_labels,
            honorifics: Default::default(),
            demonyms: Default::default(),
            same_as,
            mentions: Vec::new(),
            titles: Default::default(),
            tentative: false,
            names_seen: Default::default(),
        });
        Some(entities.len() - 1)
    }

    fn assemble(
        &self,
        doc: &Document,
        view: &DocView<'_>,
        resolution: resolve::Resolution,
        found: Vec<relations::Found>,
        metadata: MetadataEntities,
    ) -> Extraction {
        // Relations: symmetric facts are stored once whatever the direction.
        // Evidence: one per sentence and rule, the first `evidence_limit`
        // kept, the others counted.
        let mut merged: BTreeMap<(usize, usize, usize, Polarity), Vec<Evidence>> = BTreeMap::new();
        let mut omitted: BTreeMap<(usize, usize, usize, Polarity), usize> = BTreeMap::new();
        let mut seen: HashSet<(usize, usize, usize, Polarity, usize, String)> = HashSet::new();
        for f in found {
            let symmetric = self.lexicon.properties[f.property].symmetric;
            let (s, o) = if symmetric && f.object < f.subject {
                (f.object, f.subject)
            } else {
                (f.subject, f.object)
            };
            let key = (s, f.property, o, f.polarity);
            let evidence = merged.entry(key).or_default();
            if evidence
                .iter()
                .any(|e| e.sentence == f.evidence.sentence && e.rule == f.evidence.rule)
            {
                continue;
            }
            if evidence.len() < self.evidence_limit {
                evidence.push(f.evidence);
            } else if seen.insert((
                s,
                f.property,
                o,
                f.polarity,
                f.evidence.sentence,
                f.evidence.rule,
            )) {
                *omitted.entry(key).or_default() += 1;
            }
        }
        // A denied fact that is also asserted elsewhere in the document stays asserted.
        // Keep only entities that are mentioned, related, or named by the metadata.
        let entities = resolution.entities;
        let offsets = CharOffsets::new(&doc.text, view, &entities, &merged);
        let mut keep: Vec<bool> = entities
            .iter()
            .map(|e| !e.mentions.is_empty() && !e.tentative)
            .collect();
        for named in [metadata.publisher, metadata.place].into_iter().flatten() {
            keep[named] = true;
        }
        for (s, _, o, _) in merged.keys() {
            keep[*s] = true;
            keep[*o] = true;
        }
        let mut new_index = vec![usize::MAX; entities.len()];
        let mut out_entities = Vec::new();
        for (i, e) in entities.into_iter().enumerate() {
            if !keep[i] {
                continue;
            }
            new_index[i] = out_entities.len();
            let (label, alt_labels) = document_label(&e);
            let mentions = e
                .mentions
                .iter()
                .map(|r| {
                    let (a, b) = (view.toks[r.start].start, view.toks[r.end - 1].end);
                    Mention {
                        sentence: view.toks[r.start].sentence,
                        chars: offsets.get(a)..offsets.get(b),
                        surface: doc.text[a..b].to_owned(),
                    }
                })
                .collect();
            out_entities.push(Entity {
                key: e.key,
                superclasses: self.ontology.superclasses(&e.class),
                class: e.class,
                label,
                alt_labels,
                honorifics: e.honorifics,
                demonyms: e.demonyms,
                same_as: e.same_as,
                mentions,
            });
        }
        let relations = merged
            .into_iter()
            .map(|(key, evidence)| (omitted.get(&key).copied().unwrap_or(0), key, evidence))
            .map(
                |(evidence_omitted, (s, p, o, polarity), evidence)| Relation {
                    evidence_omitted,
                    subject: new_index[s],
                    property: self.lexicon.properties[p].iri.clone(),
                    object: new_index[o],
                    polarity,
                    evidence: evidence
                        .into_iter()
                        .map(|mut ev| {
                            ev.chars = offsets.get(ev.chars.start)..offsets.get(ev.chars.end);
                            ev.attributed_to = ev
                                .attributed_to
                                .map(|a| new_index[a])
                                .filter(|&a| a != usize::MAX);
                            ev
                        })
                        .collect(),
                },
            )
            .collect();
        let sentences = view
            .sentence_spans
            .iter()
            .map(|span| SentenceRecord {
                chars: offsets.get(span.start)..offsets.get(span.end),
                text: doc.text[span.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        Extraction {
            document_id: doc.id.clone(),
            source: doc.source.clone(),
            meta: doc.meta.clone(),
            sentences,
            entities: out_entities,
            relations,
            publisher: metadata.publisher.map(|p| new_index[p]),
            place: metadata.place.map(|p| new_index[p]),
            char_len: offsets.get(doc.text.len()),
        }
    }
}

/// The entities and facts of a long document's sections joined into the
/// document's: an entity read in several sections (same [`EntityKey`]) is
/// one entity with all their mentions; token and sentence numbers become
/// the document's.
#[derive(Default)]
struct SectionMerge {
    entities: Vec<resolve::EntityDraft>,
    by_key: HashMap<EntityKey, usize>,
    found: Vec<relations::Found>,
}

impl SectionMerge {
    /// Adds a section whose first token and first sentence are these of the
    /// document.
    fn add(
        &mut self,
        first_token: usize,
        first_sentence: usize,
        resolution: resolve::Resolution,
        found: Vec<relations::Found>,
    ) {
        let index: Vec<usize> = resolution
            .entities
            .into_iter()
            .map(|mut entity| {
                for mention in &mut entity.mentions {
                    *mention = mention.start + first_token..mention.end + first_token;
                }
                match self.by_key.get(&entity.key) {
                    Some(&i) => {
                        absorb(&mut self.entities[i], entity);
                        i
                    }
                    None => {
                        self.by_key.insert(entity.key.clone(), self.entities.len());
                        self.entities.push(entity);
                        self.entities.len() - 1
                    }
                }
            })
            .collect();
        self.found.extend(found.into_iter().map(|mut f| {
            f.subject = index[f.subject];
            f.object = index[f.object];
            f.evidence.sentence += first_sentence;
            f.evidence.attributed_to = f.evidence.attributed_to.map(|a| index[a]);
            f
        }));
    }

    fn finish(self) -> (resolve::Resolution, Vec<relations::Found>) {
        let resolution = resolve::Resolution {
            entities: self.entities,
            // Mentions and party terms only serve the sections' own
            // relation windows.
            mentions: Vec::new(),
            defined_parties: Default::default(),
        };
        (resolution, self.found)
    }
}

/// Joins `other`, the same entity read in a later section, into `entity`:
/// the first section's class and label stay; names, mentions and titles
/// add up; it stays tentative only if both were.
fn absorb(entity: &mut resolve::EntityDraft, other: resolve::EntityDraft) {
    if other.label != entity.label {
        entity.alt_labels.insert(other.label);
    }
    entity.alt_labels.extend(other.alt_labels);
    entity.honorifics.extend(other.honorifics);
    entity.demonyms.extend(other.demonyms);
    for same in other.same_as {
        if !entity.same_as.contains(&same) {
            entity.same_as.push(same);
        }
    }
    entity.mentions.extend(other.mentions);
    entity.titles.extend(other.titles);
    entity.tentative &= other.tentative;
    for (name, count) in other.names_seen {
        *entity.names_seen.entry(name).or_default() += count;
    }
}

/// Entities the document's metadata names (indices into the drafts).
struct MetadataEntities {
    publisher: Option<usize>,
    place: Option<usize>,
}

/// The label an entity carries in its document's graph: its canonical name
/// (a gazetteer individual's `rdfs:label`, e.g. "United States" even when the
/// article only wrote "American"), so every graph that mentions an entity
/// gives it the same label. Every other name the article wrote becomes an
/// alternative label.
fn document_label(e: &resolve::EntityDraft) -> (String, std::collections::BTreeSet<String>) {
    let mut alt = e.alt_labels.clone();
    alt.remove(&e.label);
    (e.label.clone(), alt)
}

/// Byte → character offset conversion for the offsets provenance needs,
/// computed in one pass over the text.
struct CharOffsets {
    map: HashMap<usize, usize>,
}

impl CharOffsets {
    fn new(
        text: &str,
        view: &DocView<'_>,
        entities: &[resolve::EntityDraft],
        relations: &BTreeMap<(usize, usize, usize, Polarity), Vec<Evidence>>,
    ) -> Self {
        let mut wanted: Vec<usize> = vec![text.len()];
        for span in &view.sentence_spans {
            wanted.extend([span.start, span.end]);
        }
        for e in entities {
            for r in &e.mentions {
                wanted.extend([view.toks[r.start].start, view.toks[r.end - 1].end]);
            }
        }
        for evidence in relations.values() {
            for ev in evidence {
                wanted.extend([ev.chars.start, ev.chars.end]);
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        let mut map = HashMap::with_capacity(wanted.len());
        let mut next = wanted.iter().peekable();
        for (chars, (byte, _)) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
            .enumerate()
        {
            while let Some(&&w) = next.peek() {
                if w > byte {
                    break;
                }
                map.insert(w, chars);
                next.next();
            }
        }
        CharOffsets { map }
    }

    fn get(&self, byte: usize) -> usize {
        self.map.get(&byte).copied().unwrap_or(0)
    }
}

/// The part of an IRI after its last `#` or `/`.
fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FACT: &str = "The Ministry of Commerce issued new guidelines on export controls.";

    /// The name tagger's hint bits, as the Extractor computes them, read
    /// the bundled files alone: a user's title and name heads reach the
    /// rules' lexicon and leave every hint as it was without the file.
    #[test]
    fn a_users_words_leave_the_name_taggers_hints_as_they_were() {
        use crate::ontology::OntologyBuilder;
        let doc = Document::from_text(
            "t.txt",
            "Quaymaster Ola Berg of the Vardia Ropewalk met the chandlers of Lindby Sailloft.",
        );
        let extra = format!(
            "@prefix kg: <{}> .\n\
             kg:Person kg:personTitle \"Quaymaster\" .\n\
             kg:Organization kg:nameHead \"Ropewalk\", \"Sailloft\" .\n",
            crate::vocab::KG
        );
        let bundled = Ontology::builtin().unwrap();
        let ontology = OntologyBuilder::new()
            .with_builtin()
            .with_text("mine.ttl", extra)
            .build()
            .unwrap();
        let hints = |extractor: &Extractor<'_>| -> Vec<Vec<u32>> {
            extractor
                .tagger_sentences(&doc)
                .into_iter()
                .map(|s| s.hints)
                .collect()
        };
        let plain = hints(&Extractor::new(&bundled));
        assert_eq!(hints(&Extractor::new(&ontology)), plain);
        // The check can fail: hints read from the rules' lexicon (the
        // user's words in it) differ.
        let mut wired_to_the_rules = Extractor::new(&ontology);
        wired_to_the_rules.tagger_lexicon = None;
        assert_ne!(hints(&wired_to_the_rules), plain);
    }

    /// With a user's file that adds no individual, the ontology and its
    /// bundled part hold one list of individuals, and the rules' lexicon
    /// takes the name tagger's gazetteer instead of compiling its own; a
    /// user's individual makes the rules' gazetteer its own, with the name
    /// in it and never in the tagger's.
    #[test]
    fn the_lexicons_share_one_gazetteer_unless_a_user_adds_individuals() {
        use crate::ontology::OntologyBuilder;
        use std::sync::Arc;
        let with = |turtle: &str| {
            OntologyBuilder::new()
                .with_builtin()
                .with_text(
                    "mine.ttl",
                    format!(
                        "@prefix kg: <{}> .\n@prefix rdfs: <{}> .\n{turtle}\n",
                        crate::vocab::KG,
                        crate::vocab::RDFS
                    ),
                )
                .build()
                .unwrap()
        };
        let words = with("kg:Person kg:personTitle \"Quaymaster\" .");
        let bundled = words.bundled().expect("bundled and user files");
        assert!(Arc::ptr_eq(&words.individuals, &bundled.individuals));
        let extractor = Extractor::new(&words);
        let tagger = extractor.tagger_lexicon.as_ref().expect("a tagger lexicon");
        assert!(Arc::ptr_eq(&extractor.lexicon.surfaces, &tagger.surfaces));
        assert!(Arc::ptr_eq(
            &extractor.lexicon.surface_ids,
            &tagger.surface_ids
        ));

        let place = with("<https://example.org/vardia> a kg:Country ; rdfs:label \"Vardia\"@en .");
        let bundled = place.bundled().expect("bundled and user files");
        assert!(!Arc::ptr_eq(&place.individuals, &bundled.individuals));
        let extractor = Extractor::new(&place);
        let tagger = extractor.tagger_lexicon.as_ref().expect("a tagger lexicon");
        assert!(extractor.lexicon.surface_ids.contains_key("vardia"));
        assert!(!tagger.surface_ids.contains_key("vardia"));
    }

    fn issues(x: &Extraction) -> &Relation {
        x.relations
            .iter()
            .find(|r| r.property.ends_with("#issues"))
            .expect("an issues fact")
    }

    #[test]
    fn evidence_beyond_the_limit_is_counted_not_kept() {
        let ontology = Ontology::builtin().unwrap();
        let text = [FACT; 8].join(" ");
        let doc = Document::from_text("memo.txt", &text);
        let bounded = Extractor::new(&ontology)
            .with_evidence_limit(3)
            .extract(&doc);
        let fact = issues(&bounded);
        // The first quotes in reading order are kept, the others counted.
        let sentences: Vec<usize> = fact.evidence.iter().map(|e| e.sentence).collect();
        assert_eq!(sentences, vec![0, 1, 2]);
        assert_eq!(fact.evidence_omitted, 5);
        // Within the default limit nothing is left out.
        let whole = Extractor::new(&ontology).extract(&doc);
        assert_eq!(issues(&whole).evidence.len(), 8);
        assert_eq!(issues(&whole).evidence_omitted, 0);
    }

    #[test]
    fn a_document_read_in_sections_keeps_one_entity_per_thing() {
        let ontology = Ontology::builtin().unwrap();
        let text = [FACT; 6].join("\n\n");
        let doc = Document::from_text("long.txt", &text);
        let whole = Extractor::new(&ontology).extract(&doc);
        // Two paragraphs fit in a section: three sections.
        let mut reports = Vec::new();
        let sectioned = Extractor::new(&ontology)
            .with_section_bytes(2 * FACT.len() + 2)
            .extract_reporting(&doc, &mut |done| reports.push(done));
        let progress: Vec<(usize, usize)> = reports.iter().map(|d| (d.done, d.total)).collect();
        assert_eq!(progress, vec![(1, 3), (2, 3), (3, 3)]);
        for x in [&whole, &sectioned] {
            let ministries: Vec<&Entity> = x
                .entities
                .iter()
                .filter(|e| e.label == "Ministry of Commerce")
                .collect();
            assert_eq!(ministries.len(), 1);
            let sentences: Vec<usize> = ministries[0].mentions.iter().map(|m| m.sentence).collect();
            assert_eq!(sentences, vec![0, 1, 2, 3, 4, 5]);
            let fact = issues(x);
            let quoted: Vec<usize> = fact.evidence.iter().map(|e| e.sentence).collect();
            assert_eq!(quoted, vec![0, 1, 2, 3, 4, 5]);
        }
        assert_eq!(sectioned.relations.len(), whole.relations.len());
        assert_eq!(sectioned.entities.len(), whole.entities.len());
    }

    #[test]
    fn the_goal_rules_ask_for_a_parse_only_where_they_could_find_an_owner() {
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        // A purpose clause after the accord it is for; one before the only
        // document of its sentence (no comma ends it, so it opens no
        // sentence: the document is inside the goal); a pronoun and a
        // future marker with no document or initiative named before.
        let parsed = |text: &str| extractor.parsed_sentences(&Document::from_text("a.txt", text));
        assert_eq!(
            parsed(
                "Kestria and Norland signed the Harbour Accord to widen access to ports. \
                 Officials met in Varn on Monday to discuss ferry routes under the Harbour Accord."
            ),
            vec![0]
        );
        assert_eq!(
            parsed("Kestria held talks with Norland on Monday. It will take time to agree, officials said."),
            Vec::<usize>::new()
        );
        // The purpose clause has its own subject; the fronted one has its
        // owner after the comma that closes it.
        assert_eq!(
            parsed(
                "The Harbour Plan sets out rules for port operators to cut emissions. \
                 To cut emissions, the Harbour Plan sets out new rules."
            ),
            vec![1]
        );
    }

    #[test]
    fn the_goal_rules_ask_for_no_parse_where_a_negation_or_the_verbs_rule_a_goal_out() {
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        let parsed = |text: &str| extractor.parsed_sentences(&Document::from_text("a.txt", text));
        // A future marker and a purpose clause the rules read, each then
        // after a negation; a future whose only verb is one no goal is read
        // from.
        assert_eq!(
            parsed(
                "The Harbour Plan will cut port fees. \
                 Neither the Harbour Plan nor the Port Code will cut port fees. \
                 The Harbour Plan sets out new rules to cut emissions. \
                 The Harbour Plan does not set out new rules to cut emissions. \
                 The Harbour Plan will take effect in the spring."
            ),
            vec![0, 2]
        );
    }

    #[test]
    fn the_frames_ask_for_no_parse_where_a_name_is_only_a_modifier() {
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        let parsed = |text: &str| extractor.parsed_sentences(&Document::from_text("a.txt", text));
        // The only body that could have issued the plan is named in a
        // prepositional phrase, which no finite verb takes as its subject.
        assert_eq!(
            parsed(
                "During a visit to the Varn Port Authority, officials published the Harbour Plan."
            ),
            Vec::<usize>::new()
        );
        assert_eq!(
            parsed("Officials from the Varn Port Authority published the Harbour Plan."),
            Vec::<usize>::new()
        );
        // A relative pronoun stands for its noun, which may be a modifier.
        assert_eq!(
            parsed(
                "The rules on export controls, which the Ministry of Commerce issued last week, \
                 took effect on Monday."
            ),
            vec![0]
        );
    }

    #[test]
    fn the_frames_ask_for_a_parse_only_where_english_could_place_their_fillers() {
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        let parsed = |text: &str| extractor.parsed_sentences(&Document::from_text("a.txt", text));
        // No possessive marks a party of the partnership, no case word
        // marks one; the only named agents come after the verb of
        // welcoming, where its subject does not stand, and no agent
        // preposition follows it for a passive.
        assert_eq!(
            parsed("A trade partnership links Kestria and Norland."),
            Vec::<usize>::new()
        );
        assert_eq!(
            parsed("Officials welcomed the news, and Kestria thanked Norland."),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn a_sentence_the_parse_retags_is_judged_by_its_pieces_tags() {
        // Each sentence has a word the parser splits ("long-standing"), so
        // its tags come from the pieces, tagged without the parse: no
        // possessive marks a party before the trigger (or only the first),
        // no preposition marks one, and the second party does not stand
        // before the trigger as a subject would.
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        let parsed = |text: &str| extractor.parsed_sentences(&Document::from_text("a.txt", text));
        // (A cooperation noun as a subject, "A long-standing relationship
        // links …", is parsed since the copular signatory frame "noun:
        // ^nsubj, nsubj <->" is also cooperatesWith's: the demand cannot
        // bound a governor's role before the parse.)
        for text in [
            "The Ministry of Commerce praised the long-awaited talks on Monday, the Varn Port \
             Authority said.",
            "The Ministry of Commerce's long-awaited talks ended, the Varn Port Authority said.",
        ] {
            assert_eq!(parsed(text), Vec::<usize>::new(), "{text}");
        }
    }

    #[test]
    fn a_sentence_is_parsed_only_for_a_fact_the_surface_rules_miss() {
        let ontology = Ontology::builtin().unwrap();
        let extractor = Extractor::new(&ontology);
        // The first sentence's fact is read without the parse; the second
        // puts it in a relative clause, which only the parse reads; the
        // third names one entity, and no frame joins an entity to itself.
        let text = format!(
            "{FACT} The rules on export controls, which the Ministry of Commerce \
             issued last week, took effect on Monday. The Ministry of Commerce met on Monday."
        );
        let doc = Document::from_text("memo.txt", &text);
        assert_eq!(extractor.parsed_sentences(&doc), vec![1]);
        let x = extractor.extract(&doc);
        let rules: Vec<&str> = x
            .relations
            .iter()
            .filter(|r| r.property.ends_with("#issues"))
            .flat_map(|r| r.evidence.iter().map(|e| e.rule.as_str()))
            .collect();
        assert_eq!(rules, vec!["issues/active", "issues/dep-verb"]);
    }
}
