//! The ontology's lexicon compiled into lookup tables, built once per run.

// The lexicon is read for nearly every token: FxHash is several times
// faster than SipHash on short words, and its keys come from our own files.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::view::DocView;
use crate::ontology::{ClassRoles, FunctionWords, Individual, Ontology};
use crate::parse::ner::NameClass;

/// How a gazetteer surface form relates to its individual.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurfaceKind {
    Label,
    Alias,
    Demonym,
}

/// One individual a surface form may denote.
#[derive(Debug, Clone, Copy)]
pub struct SurfaceSense {
    pub individual: usize,
    pub kind: SurfaceKind,
}

/// A verb form (possibly several words) that triggers a property.
#[derive(Debug, Clone)]
pub struct VerbForm {
    /// Lowercase words of the form ("put", "forward").
    pub words: Vec<String>,
    pub property: usize,
    /// Past participle or past tense: the form can head a passive.
    pub participle: bool,
}

/// Words declared on classes (class IRI → words), given to every class
/// as the union of its own and its ancestors' words.
fn inherited_words(
    ontology: &Ontology,
    declared: &HashMap<String, Vec<String>>,
) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::default();
    for class in ontology.classes.keys() {
        let mut inherited: Vec<String> = declared
            .iter()
            .filter(|(owner, _)| ontology.is_subclass_of(class, owner))
            .flat_map(|(_, words)| words.iter().cloned())
            .collect();
        inherited.sort();
        inherited.dedup();
        if !inherited.is_empty() {
            out.insert(class.clone(), inherited);
        }
    }
    out
}

/// Multiword phrases indexed by their first word, longest first, so a
/// phrase is matched at a token without allocating.
#[derive(Debug, Clone)]
pub struct PhraseTable<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
    /// The keys of `by_first`: the rules ask the table at nearly every
    /// token (offices, titles, descriptions), and few tokens start a phrase.
    first_words: WordFilter,
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable {
            by_first: HashMap::default(),
            first_words: WordFilter::default(),
        }
    }
}

impl<V> PhraseTable<V> {
    /// Adds a phrase (lowercased, split on whitespace); the first value added wins.
    pub fn insert(&mut self, phrase: &str, value: V) {
        let w = words(phrase);
        let Some(first) = w.first().cloned() else {
            return;
        };
        self.first_words.insert(&first);
        let entries = self.by_first.entry(first).or_default();
        if entries.iter().any(|(e, _)| *e == w) {
            return;
        }
        entries.push((w, value));
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    /// The longest phrase starting at token `k` (before `limit`): its length and value.
    pub fn longest_at(&self, view: &DocView<'_>, k: usize, limit: usize) -> Option<(usize, &V)> {
        // Nothing starts at or after the limit (a title may end a sentence).
        if k >= limit.min(view.toks.len()) {
            return None;
        }
        let first = view.low(k);
        if !self.first_words.may_contain(first) {
            return None;
        }
        let entries = self.by_first.get(first)?;
        entries
            .iter()
            .find(|(w, _)| view.words_at(k, w, limit))
            .map(|(w, v)| (w.len(), v))
    }

    /// The value of exactly this phrase (lowercase words separated by spaces).
    pub fn get(&self, phrase: &str) -> Option<&V> {
        let w = words(phrase);
        self.by_first
            .get(w.first()?)?
            .iter()
            .find(|(e, _)| *e == w)
            .map(|(_, v)| v)
    }

    /// Whether a single word is a whole phrase of the table.
    pub fn contains_word(&self, word: &str) -> bool {
        self.by_first
            .get(word)
            .is_some_and(|e| e.iter().any(|(w, _)| w.len() == 1))
    }
}

/// A quick and exact test that a word is in no set of words: one bit for
/// each (length, first byte) pair some word of the set has. The rules ask
/// small sets about every token, and most tokens are turned away here
/// without hashing.
#[derive(Debug, Clone, Default)]
struct WordFilter([u64; 16]);

impl WordFilter {
    /// The word's bit: lengths from 15 on share a row, and bytes share
    /// bits modulo 64 (a clash only lets a word through to the set).
    fn slot(word: &str) -> (usize, u32) {
        let bytes = word.as_bytes();
        let first = bytes.first().copied().unwrap_or(0);
        (bytes.len().min(15), u32::from(first & 63))
    }

    fn insert(&mut self, word: &str) {
        let (row, bit) = Self::slot(word);
        self.0[row] |= 1 << bit;
    }

    /// False only when the word is in no set this filter was built from.
    fn may_contain(&self, word: &str) -> bool {
        let (row, bit) = Self::slot(word);
        self.0[row] >> bit & 1 == 1
    }
}

/// A map keyed by lowercase words that asks a [`WordFilter`] before
/// hashing: the rules look most tokens up in it, and few are keys.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    /// The keys of `map`.
    filter: WordFilter,
}

impl<V> WordMap<V> {
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.filter.may_contain(word) {
            self.map.get(word)
        } else {
            None
        }
    }

    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<V> From<HashMap<String, V>> for WordMap<V> {
    fn from(map: HashMap<String, V>) -> Self {
        let mut filter = WordFilter::default();
        for word in map.keys() {
            filter.insert(word);
        }
        WordMap { map, filter }
    }
}

/// A set of lowercase words that asks a [`WordFilter`] before hashing (see
/// [`WordMap`]).
#[derive(Debug, Clone)]
pub struct WordLookup(WordMap<()>);

impl WordLookup {
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }
}

impl From<HashSet<String>> for WordLookup {
    fn from(set: HashSet<String>) -> Self {
        WordLookup(
            set.into_iter()
                .map(|w| (w, ()))
                .collect::<HashMap<_, _>>()
                .into(),
        )
    }
}

/// Phrases (lowercase word sequences) in their list's order, with the
/// positions of the phrases starting with each word: the rules scan these
/// lists at every token, and only the few phrases starting with the token's
/// word can match there. Any search keeps the list's order.
#[derive(Debug, Clone, Default)]
pub struct PhraseList {
    phrases: Vec<Vec<String>>,
    /// First word → positions in `phrases`, ascending.
    by_first: HashMap<String, Vec<usize>>,
    /// The keys of `by_first`.
    first_words: WordFilter,
    /// Whether a phrase has no words: it matches at every token, so every
    /// search scans the whole list to keep its order.
    has_empty: bool,
}

impl PhraseList {
    pub fn new(phrases: Vec<Vec<String>>) -> Self {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut first_words = WordFilter::default();
        for (i, p) in phrases.iter().enumerate() {
            if let Some(first) = p.first() {
                first_words.insert(first);
                by_first.entry(first.clone()).or_default().push(i);
            }
        }
        PhraseList {
            first_words,
            has_empty: phrases.iter().any(Vec::is_empty),
            phrases,
            by_first,
        }
    }

    /// The phrases that may match where the lowercase `word` stands, in
    /// list order.
    pub fn starting_with<'s>(&'s self, word: &str) -> impl Iterator<Item = &'s Vec<String>> + 's {
        let (indexed, all): (&[usize], &[Vec<String>]) = if self.has_empty {
            (&[], &self.phrases)
        } else if !self.first_words.may_contain(word) {
            (&[], &[])
        } else {
            (self.by_first.get(word).map_or(&[], Vec::as_slice), &[])
        };
        indexed.iter().map(|&i| &self.phrases[i]).chain(all)
    }

    /// The lowercase word of token `k`, or "" past `limit` (where only a
    /// phrase without words matches, and the token may not exist).
    fn word_at<'v>(view: &'v DocView<'_>, k: usize, limit: usize) -> &'v str {
        if k < limit && k < view.toks.len() {
            view.low(k)
        } else {
            ""
        }
    }

    /// The first phrase of the list matching at token `k` (before `limit`).
    pub fn first_at(&self, view: &DocView<'_>, k: usize, limit: usize) -> Option<&Vec<String>> {
        self.starting_with(Self::word_at(view, k, limit))
            .find(|p| view.words_at(k, p, limit))
    }

    /// The longest phrase matching at token `k` (before `limit`); of equally
    /// long ones, the last in list order.
    pub fn longest_at(&self, view: &DocView<'_>, k: usize, limit: usize) -> Option<&Vec<String>> {
        self.starting_with(Self::word_at(view, k, limit))
            .filter(|p| view.words_at(k, p, limit))
            .max_by_key(|p| p.len())
    }

    /// Whether some phrase starts with this lowercase word.
    pub fn starts(&self, word: &str) -> bool {
        self.first_words.may_contain(word) && self.by_first.contains_key(word)
    }
}

impl std::ops::Deref for PhraseList {
    type Target = [Vec<String>];

    fn deref(&self) -> &[Vec<String>] {
        &self.phrases
    }
}

/// The words of one function-word role, lowercase: single words for
/// membership tests, and every entry as a word sequence (longest first, then
/// in order of their words) for phrases and suffixes.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: HashSet<String>,
    /// The members of `words`.
    filter: WordFilter,
    phrases: PhraseList,
}

impl WordSet {
    fn new(list: &[String]) -> Self {
        let mut phrases: Vec<Vec<String>> = list.iter().map(|w| words(w)).collect();
        phrases.retain(|p| !p.is_empty());
        phrases.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
        phrases.dedup();
        let words: HashSet<String> = list.iter().map(|w| w.trim().to_ascii_lowercase()).collect();
        let mut filter = WordFilter::default();
        for w in &words {
            filter.insert(w);
        }
        WordSet {
            words,
            filter,
            phrases: PhraseList::new(phrases),
        }
    }

    /// Whether a lowercase token is one of the role's words.
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word) && self.words.contains(word)
    }

    /// Whether some entry of the role starts with this lowercase word.
    pub fn starts(&self, word: &str) -> bool {
        self.phrases.starts(word)
    }

    /// Whether a lowercase word ends with one of the role's entries (suffixes).
    pub fn ends(&self, word: &str) -> bool {
        self.words.iter().any(|s| word.ends_with(s.as_str()))
    }

    /// What is left of a lowercase word without each of the role's entries
    /// (suffixes) it ends with.
    pub fn stems<'w>(&'w self, word: &'w str) -> impl Iterator<Item = &'w str> + 'w {
        self.words
            .iter()
            .filter_map(move |s| word.strip_suffix(s.as_str()))
    }

    /// The length of the longest entry at token `k` (before `limit`).
    pub fn phrase_at(&self, view: &DocView<'_>, k: usize, limit: usize) -> Option<usize> {
        self.phrases.first_at(view, k, limit).map(Vec::len)
    }

    /// The entries as word sequences, longest first.
    pub fn phrases(&self) -> &[Vec<String>] {
        &self.phrases
    }
}

/// Per gazetteer pattern: the surface as written (every casing the
/// gazetteer gives) and its senses.
pub type Surfaces = Vec<(Vec<String>, Vec<SurfaceSense>)>;

/// A gazetteer compiled over some of the individuals: the automaton over
/// their lowercased surfaces, each pattern's forms and senses, and each
/// lowercased surface's pattern id (as [`Lexicon`] holds them for all).
#[derive(Debug)]
pub struct KnownNames {
    pub automaton: Option<AhoCorasick>,
    pub surfaces: Surfaces,
    pub surface_ids: HashMap<String, usize>,
}

/// Compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    /// Closed-class words by role (`ontology/lexicon/function-words.ttl`).
    pub words: FunctionWords<WordSet>,
    /// The classes the rules give a part (`kg:personClass` …).
    pub classes: ClassRoles,
    /// `kg:nameContextCue`: words right before a name (as word sequences,
    /// longest first) → the class they make it.
    pub name_context_cues: Vec<(Vec<String>, String)>,
    /// The ontology's individuals (its list, shared).
    pub individuals: Arc<Vec<Individual>>,
    /// Lowercased surface forms, matched with Aho-Corasick over the
    /// lowercased text (cloned, the automaton is shared).
    pub gazetteer: Option<AhoCorasick>,
    /// Pattern id → the surface as written in the gazetteer (every casing
    /// given there) and its senses.
    pub surfaces: Arc<Surfaces>,
    /// Lowercase surface → pattern id, for exact lookups (publisher names).
    pub surface_ids: Arc<HashMap<String, usize>>,
    /// The gazetteer of the individuals the bundled name tagger was trained
    /// with, which the mentions its hint bits read are found with; `None`
    /// where no individual is new to it (`kg:newToTaggerName`) and the one
    /// gazetteer serves both.
    pub tagger_gazetteer: Option<Arc<KnownNames>>,
    /// Head word(s) of proper names, lowercase → class IRI.
    pub name_heads: HashMap<String, String>,
    /// The name heads of more than one word ("Letter of Intent", "Hall of
    /// Fame"), to match inside a name without allocating.
    pub multiword_name_heads: PhraseTable<String>,
    /// First words of proper names, as written → class IRI.
    pub name_prefixes: HashMap<String, String>,
    /// Common-noun heads of descriptions (multiword allowed) → class IRI.
    pub description_heads: PhraseTable<String>,
    /// Classes that are documents (subclasses of `kg:Document`).
    pub document_classes: HashSet<String>,
    /// Every inflected form of the verbs whose object says who is to act
    /// (`kg:expectingVerb`, `kg:enablingVerb`): "urged", "asks".
    pub object_control_forms: HashSet<String>,
    /// The regular plural of each one-word description head → its class
    /// (the least IRI where two classes share it): "agreements" → Agreement.
    plural_heads: HashMap<String, String>,
    /// The plurals regular inflection does not give (`kg:pluralHead`,
    /// multiword allowed) → class: "memoranda", "memorandums of
    /// understanding" → Agreement.
    pub declared_plural_heads: PhraseTable<String>,
    /// Plural group heads → group class IRI.
    pub group_heads: HashMap<String, String>,
    /// `kg:pairNoun`: plural noun → the class of the two things it stands for.
    pub pair_nouns: WordMap<String>,
    /// A number word, lowercase → the number it counts (`kg:cardinalNumbers`).
    pub cardinal_numbers: WordMap<usize>,
    /// Group modifiers (multiword allowed).
    pub group_modifiers: PhraseTable<()>,
    /// Person titles → whether the title is an office.
    pub person_titles: PhraseTable<bool>,
    /// The person titles the name tagger was trained with (`person_titles`
    /// without `kg:newToTagger`): what its hint bits read.
    pub tagger_person_titles: PhraseTable<bool>,
    /// Offices (`kg:positionTitle`, multiword allowed): the head of a
    /// position phrase (see [`super::positions`]).
    pub position_titles: PhraseTable<()>,
    /// Prepositions joining a position's head to its portfolio ("Minister
    /// for Trade"): the `kg:preposition`s of the title property.
    pub position_prepositions: HashSet<String>,
    /// Property index (into `properties`) per property IRI.
    pub properties: Vec<crate::ontology::Property>,
    /// First lowercase word → verb forms starting with it.
    pub verb_forms: WordMap<Vec<VerbForm>>,
    /// A one-word verb form → the symmetric properties whose one-word verb
    /// or reciprocal verb trigger it inflects ("signed", "agreed"), in
    /// property order: what coordinated subjects acting together state.
    pub joint_act_verbs: WordMap<Vec<usize>>,
    /// Lowercase noun → properties it nominalises.
    pub noun_triggers: WordMap<Vec<usize>>,
    /// Goal nouns → the goal property.
    pub goal_nouns: WordLookup,
    /// Purpose phrases as lowercase word sequences.
    pub purpose_phrases: PhraseList,
    /// Goal cues read over the parse (see `relations::goals`), lowercase.
    pub goal_cues: GoalCues,
    pub goal_property: Option<usize>,
    /// The property a person's title expresses (the `"title"` frame).
    pub title_property: Option<usize>,
    /// The property tying a position to its owner (the `"office"` frame).
    pub office_property: Option<usize>,
    /// The property whose verb makes a programme of a name with a
    /// programme head (the `"programme"` frame; see [`super::programmes`]).
    pub programme_property: Option<usize>,
    /// The property a person stands in to a party named with the person as
    /// its possessor or with the person's title after it (the `"party"`
    /// frame; see `relations::party_members`).
    pub party_property: Option<usize>,
    /// The property a place stands in to the area named after it and a
    /// comma (the `"place apposition"` frame; see
    /// `relations::place_appositions`).
    pub place_apposition_property: Option<usize>,
    /// Frames over the dependency parse (`kg:frame "verb: nsubj -> obj"`).
    pub dependency_frames: super::relations::dependency::DependencyFrames,
    /// Single-word verb forms of the properties with a verb or passive
    /// dependency frame, each with those properties (see [`Lexicon::may_trigger`]).
    frame_verb_forms: HashMap<String, Vec<usize>>,
    /// Trigger nouns of the properties with a noun dependency frame, each
    /// with those properties.
    frame_nouns: HashMap<String, Vec<usize>>,
    /// The lemmas of the properties' role triggers (`kg:roleVerbTrigger`,
    /// `kg:appointingVerbTrigger`, `kg:roleNounTrigger`), lowercase: a
    /// sentence where a word may carry one, with an office no rule gave a
    /// holder, is parsed for the role frames.
    pub role_trigger_lemmas: HashSet<String>,
    pub negation: PhraseList,
    /// `kg:representationCue`: "on behalf of", "for" (a person acting for a party), longest first.
    pub representation: PhraseList,
    pub modality: PhraseList,
    /// Inflected reporting verbs ("said", "added").
    pub reporting_verbs: WordLookup,
    pub stop_names: HashSet<String>,
    /// Common English words (lowercase) that are usually not names.
    pub common_words: HashSet<String>,
    /// Given names that start a person's name (as written).
    pub given_names: HashSet<String>,
    /// Family names written first (as written).
    pub surnames_first: HashSet<String>,
    /// Lowercase particles inside a person's name ("da", "von"), lowercase.
    pub name_particles: HashSet<String>,
    /// Class IRI → the prepositions introducing the parties after a name of
    /// that class ("between"), lowercase.
    pub parties_prepositions: HashMap<String, Vec<String>>,
    /// Words joining those parties ("and"), lowercase.
    pub parties_joiners: HashSet<String>,
    /// Class IRI → prepositions introducing the region a name of the class
    /// covers (`kg:scopePreposition`, inherited by subclasses).
    pub scope_prepositions: HashMap<String, Vec<String>>,
    /// Every class a scope phrase's place may have (`kg:scopeClass` and
    /// its subclasses).
    pub scope_place_classes: HashSet<String>,
    /// Class IRI → the name class of the tagger it falls under (people,
    /// organisations and places, with their subclasses).
    pub name_class: HashMap<String, NameClass>,
}

/// The words mention finding reads: every word the ontology gives (the
/// rules' mentions), or only those the bundled name tagger was trained
/// with (the mentions its hint bits are computed from: the tagger sees at
/// run time what it saw in training; see `kg:newToTagger`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionWords {
    All,
    TaggerTrained,
}

/// How a mention pass reads: its [`MentionWords`], and for a pass with
/// every word, a flag set when a reading the tagger's words lack applied.
/// Both passes make the same choices up to the first such reading, so
/// while the flag is clear the tagger's pass would find the same mentions
/// and need not run.
#[derive(Debug, Clone, Copy)]
pub struct MentionReadings<'a> {
    words: MentionWords,
    newer_applied: Option<&'a std::cell::Cell<bool>>,
}

impl<'a> MentionReadings<'a> {
    pub fn new(words: MentionWords) -> Self {
        MentionReadings {
            words,
            newer_applied: None,
        }
    }

    /// Every word, setting `newer_applied` when a reading newer than the
    /// name tagger applies.
    pub fn recording(newer_applied: &'a std::cell::Cell<bool>) -> Self {
        MentionReadings {
            words: MentionWords::All,
            newer_applied: Some(newer_applied),
        }
    }

    fn note_newer(self) {
        if let Some(flag) = self.newer_applied {
            flag.set(true);
        }
    }

    /// What a reading newer than the name tagger gives (`reading` is asked
    /// with every word only); with the tagger's words, nothing.
    pub fn newer<T>(self, reading: impl FnOnce() -> Option<T>) -> Option<T> {
        if self.words != MentionWords::All {
            return None;
        }
        let found = reading();
        if found.is_some() {
            self.note_newer();
        }
        found
    }

    /// Whether a reading newer than the name tagger applies where `applies`
    /// says it does (asked with every word only).
    pub fn newer_applies(self, applies: impl FnOnce() -> bool) -> bool {
        self.newer(|| applies().then_some(())).is_some()
    }

    /// The length of the longest person title at token `k` (before `limit`)
    /// these words know.
    pub fn person_title_at(
        self,
        lex: &Lexicon,
        view: &DocView<'_>,
        k: usize,
        limit: usize,
    ) -> Option<usize> {
        match self.words {
            MentionWords::TaggerTrained => lex
                .tagger_person_titles
                .longest_at(view, k, limit)
                .map(|(len, _)| len),
            MentionWords::All => {
                let len = lex.person_titles.longest_at(view, k, limit)?.0;
                // The tagger's titles are a subset: only where every word
                // finds a title can the tagger's find another or none.
                if self.newer_applied.is_some()
                    && lex
                        .tagger_person_titles
                        .longest_at(view, k, limit)
                        .map(|(len, _)| len)
                        != Some(len)
                {
                    self.note_newer();
                }
                Some(len)
            }
        }
    }

    /// The gazetteer these words read: the automaton and its patterns'
    /// forms and senses (without the individuals new to the tagger, for
    /// the tagger's words).
    pub fn gazetteer(self, lex: &Lexicon) -> (Option<&AhoCorasick>, &Surfaces) {
        match (self.words, &lex.tagger_gazetteer) {
            (MentionWords::TaggerTrained, Some(known)) => {
                (known.automaton.as_ref(), &known.surfaces)
            }
            _ => (lex.gazetteer.as_ref(), &lex.surfaces),
        }
    }

    /// Whether a gazetteer surface's senses name an individual new to the
    /// name tagger: a reading newer than it, noted as one. Matching it at
    /// all is: the gazetteer's longest match hides the shorter ones the
    /// tagger's gazetteer finds there.
    pub fn names_new_individual(self, lex: &Lexicon, senses: &[SurfaceSense]) -> bool {
        senses
            .iter()
            .any(|s| lex.individuals[s.individual].new_to_tagger)
            && self.newer_applies(|| true)
    }

    /// Whether a lowercased text is a surface of the gazetteer these words
    /// read.
    pub fn knows_surface(self, lex: &Lexicon, low: &str) -> bool {
        match (self.words, &lex.tagger_gazetteer) {
            (_, None) => lex.surface_ids.contains_key(low),
            (MentionWords::TaggerTrained, Some(known)) => known.surface_ids.contains_key(low),
            (MentionWords::All, Some(known)) => {
                let all = lex.surface_ids.contains_key(low);
                if all && !known.surface_ids.contains_key(low) {
                    self.note_newer();
                }
                all
            }
        }
    }

    /// Whether a lowercase word is a postnominal ("MP") with these words.
    pub fn is_postnominal(self, lex: &Lexicon, low: &str) -> bool {
        lex.words.postnominals.contains(low)
            && (!lex.words.new_to_tagger.contains(low) || self.newer_applies(|| true))
    }
}

impl Lexicon {
    /// The individual a gazetteer name written `written` denotes, as a
    /// name (a label or alias, never a demonym): the first such sense of
    /// the surface, when one of the ways the gazetteer writes it `fits`
    /// (an exact case, a case that fits a headline, or any).
    pub fn named_individual(&self, written: &str, fits: impl Fn(&str) -> bool) -> Option<usize> {
        let id = *self.surface_ids.get(&written.to_lowercase())?;
        let (forms, senses) = &self.surfaces[id];
        if !forms.iter().any(|w| fits(w)) {
            return None;
        }
        senses
            .iter()
            .find(|s| s.kind != SurfaceKind::Demonym)
            .map(|s| s.individual)
    }

    pub fn new(ontology: &Ontology) -> Self {
        Self::sharing_gazetteer(ontology, None)
    }

    /// Compiles the ontology's lexicon, taking the gazetteer from
    /// `compiled` where that lexicon was compiled from the same list of
    /// individuals (the bundled files' lexicon, where a user's files add no
    /// individual: [`Ontology::individuals`]). The gazetteer is made from
    /// the individuals alone, so sharing it changes nothing but the work
    /// and the memory: the costliest part of a lexicon is compiled and
    /// held once.
    pub fn sharing_gazetteer(ontology: &Ontology, compiled: Option<&Lexicon>) -> Self {
        let individuals = Arc::clone(&ontology.individuals);
        let (gazetteer, surfaces, surface_ids, tagger_gazetteer) = match compiled {
            Some(lexicon) if Arc::ptr_eq(&lexicon.individuals, &individuals) => (
                lexicon.gazetteer.clone(),
                Arc::clone(&lexicon.surfaces),
                Arc::clone(&lexicon.surface_ids),
                lexicon.tagger_gazetteer.clone(),
            ),
            _ => {
                let (gazetteer, surfaces, surface_ids) = compile_gazetteer(&individuals, |_| true);
                // The tagger's pass reads the gazetteer it was trained
                // with: one without the individuals new to it.
                let tagger_gazetteer = individuals.iter().any(|i| i.new_to_tagger).then(|| {
                    let (automaton, surfaces, surface_ids) =
                        compile_gazetteer(&individuals, |i| !i.new_to_tagger);
                    Arc::new(KnownNames {
                        automaton,
                        surfaces,
                        surface_ids,
                    })
                });
                (
                    gazetteer,
                    Arc::new(surfaces),
                    Arc::new(surface_ids),
                    tagger_gazetteer,
                )
            }
        };
        let mut lexicon =
            Self::with_gazetteer(ontology, individuals, gazetteer, surfaces, surface_ids);
        lexicon.tagger_gazetteer = tagger_gazetteer;
        lexicon
    }

    /// The lexicon around a compiled gazetteer of `individuals`.
    fn with_gazetteer(
        ontology: &Ontology,
        individuals: Arc<Vec<Individual>>,
        gazetteer: Option<AhoCorasick>,
        surfaces: Arc<Surfaces>,
        surface_ids: Arc<HashMap<String, usize>>,
    ) -> Self {
        let mut name_heads = HashMap::default();
        let mut name_prefixes = HashMap::default();
        let mut description_heads = PhraseTable::default();
        let mut plural_heads: HashMap<String, String> = HashMap::default();
        let mut declared_plural_heads = PhraseTable::default();
        let mut group_heads = HashMap::default();
        let mut pair_nouns: HashMap<String, String> = HashMap::default();
        let mut group_modifiers = PhraseTable::default();
        let mut titles: HashMap<String, bool> = HashMap::default();
        let positions = class_positions(ontology);
        let mut given_names = HashSet::default();
        let mut surnames_first = HashSet::default();
        let mut name_particles = HashSet::default();
        let mut parties_prepositions: HashMap<String, Vec<String>> = HashMap::default();
        let mut scope_prepositions: HashMap<String, Vec<String>> = HashMap::default();
        let mut parties_joiners = HashSet::default();
        for class in ontology.classes.values() {
            name_particles.extend(class.name_particles.iter().map(|p| p.to_lowercase()));
            parties_joiners.extend(class.parties_joiners.iter().map(|p| p.to_lowercase()));
            for (declared, words) in [
                (&mut parties_prepositions, &class.parties_prepositions),
                (&mut scope_prepositions, &class.scope_prepositions),
            ] {
                if !words.is_empty() {
                    declared.insert(
                        class.iri.clone(),
                        words.iter().map(|p| p.to_lowercase()).collect(),
                    );
                }
            }
            given_names.extend(class.given_names.iter().cloned());
            surnames_first.extend(class.surnames_first.iter().cloned());
            for h in &class.name_heads {
                name_heads.insert(h.to_ascii_lowercase(), class.iri.clone());
            }
            for p in &class.name_prefixes {
                name_prefixes.insert(p.clone(), class.iri.clone());
            }
            for h in &class.description_heads {
                description_heads.insert(h, class.iri.clone());
                if !h.contains(' ') {
                    if let Some((plural, _)) = inflect(h).into_iter().nth(1) {
                        let least = plural_heads
                            .get(&plural)
                            .is_none_or(|c: &String| class.iri < *c);
                        if least {
                            plural_heads.insert(plural, class.iri.clone());
                        }
                    }
                }
            }
            for h in &class.plural_heads {
                declared_plural_heads.insert(h, class.iri.clone());
            }
            for h in &class.pair_nouns {
                pair_nouns.insert(h.to_ascii_lowercase(), class.iri.clone());
            }
            for h in &class.group_heads {
                group_heads.insert(h.to_ascii_lowercase(), class.iri.clone());
            }
            for m in &class.group_modifiers {
                group_modifiers.insert(m, ());
            }
            for t in &class.person_titles {
                let office = positions.contains(&t.to_ascii_lowercase());
                *titles.entry(words(t).join(" ")).or_default() |= office;
            }
        }
        // Subclasses take their ancestors' parties and scope prepositions
        // (a treaty is an agreement).
        let parties_prepositions = inherited_words(ontology, &parties_prepositions);
        let scope_prepositions = inherited_words(ontology, &scope_prepositions);
        let scope_place_classes = ontology
            .classes
            .keys()
            .filter(|class| {
                ontology
                    .cues
                    .class_roles
                    .scope
                    .iter()
                    .any(|scope| ontology.is_subclass_of(class, scope))
            })
            .cloned()
            .collect();
        // Indexed by first word, longest first ("Foreign Minister" before "Minister").
        let mut person_titles = PhraseTable::default();
        let mut tagger_person_titles = PhraseTable::default();
        let new_to_tagger = WordSet::new(&ontology.cues.function_words.new_to_tagger);
        for (title, office) in titles {
            person_titles.insert(&title, office);
            if !new_to_tagger.contains(&title) {
                tagger_person_titles.insert(&title, office);
            }
        }
        let mut position_titles = PhraseTable::default();
        for title in &positions {
            position_titles.insert(title, ());
        }

        let properties: Vec<_> = ontology.properties.values().cloned().collect();
        let mut verb_forms: HashMap<String, Vec<VerbForm>> = HashMap::default();
        let mut noun_triggers: HashMap<String, Vec<usize>> = HashMap::default();
        let mut goal_nouns: HashSet<String> = HashSet::default();
        let mut purpose_phrases = Vec::new();
        let mut list_cues: Vec<Vec<String>> = Vec::new();
        let mut goal_cues = GoalCues::default();
        let mut goal_property = None;
        let mut title_property = None;
        let mut office_property = None;
        let mut programme_property = None;
        let mut party_property = None;
        let mut place_apposition_property = None;
        for (pi, p) in properties.iter().enumerate() {
            for lemma in &p.verb_triggers {
                for (form, participle) in inflect(lemma) {
                    let w = words(&form);
                    if let Some(first) = w.first() {
                        verb_forms.entry(first.clone()).or_default().push(VerbForm {
                            words: w,
                            property: pi,
                            participle,
                        });
                    }
                }
            }
            for form in &p.irregular_forms {
                let w = words(form);
                if let Some(first) = w.first() {
                    verb_forms.entry(first.clone()).or_default().push(VerbForm {
                        words: w,
                        property: pi,
                        participle: true,
                    });
                }
            }
            for n in &p.noun_triggers {
                noun_triggers
                    .entry(n.to_ascii_lowercase())
                    .or_default()
                    .push(pi);
            }
            if p.frames.iter().any(|f| f == "title") {
                title_property = Some(pi);
            }
            if p.frames.iter().any(|f| f == "office") {
                office_property = Some(pi);
            }
            if p.frames.iter().any(|f| f == "programme") {
                programme_property = Some(pi);
            }
            if p.frames.iter().any(|f| f == "party") {
                party_property = Some(pi);
            }
            if p.frames.iter().any(|f| f == "place apposition") {
                place_apposition_property = Some(pi);
            }
            if !p.goal_nouns.is_empty() || !p.purpose_phrases.is_empty() {
                goal_property = Some(pi);
            }
            goal_nouns.extend(p.goal_nouns.iter().map(|g| g.to_ascii_lowercase()));
            purpose_phrases.extend(p.purpose_phrases.iter().map(|g| words(g)));
            let lower = |list: &[String]| -> Vec<String> {
                list.iter().map(|w| w.to_ascii_lowercase()).collect()
            };
            goal_cues
                .clause_markers
                .extend(lower(&p.goal_clause_markers));
            goal_cues.future_markers.extend(lower(&p.future_markers));
            goal_cues.enabling_verbs.extend(lower(&p.enabling_verbs));
            goal_cues.non_goal_verbs.extend(lower(&p.non_goal_verbs));
            list_cues.extend(p.goal_list_cues.iter().map(|c| words(c)));
            goal_cues
                .boundary_words
                .extend(lower(&p.goal_boundary_words));
            goal_cues.non_gerunds.extend(lower(&p.non_gerunds));
        }
        for forms in verb_forms.values_mut() {
            // Longest forms first: "join hands" before "join".
            forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        purpose_phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        // Longest cues first ("focuses on" before "on"), then in text order of the words.
        list_cues.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
        list_cues.dedup();
        goal_cues.list_cues = PhraseList::new(list_cues);
        let purpose_phrases = PhraseList::new(purpose_phrases);

        let cues = &ontology.cues;
        let mut reporting_verbs: HashSet<String> = HashSet::default();
        for v in &cues.reporting_verbs {
            for (form, _) in inflect(v) {
                reporting_verbs.insert(form);
            }
        }
        // Irregular forms are listed literally (`kg:reportingVerbForm`).
        for form in &cues.function_words.reporting_verb_forms {
            reporting_verbs.insert(form.to_ascii_lowercase());
        }

        // Person first: a class under several (a country is a place and an
        // agent) takes the first that fits, and agents are not names.
        let classes = cues.class_roles.clone();
        let mut name_class = HashMap::default();
        for class in ontology.classes.keys() {
            let fits = [
                (&classes.person, NameClass::Person),
                (&classes.place, NameClass::Place),
                (&classes.organization, NameClass::Organization),
            ]
            .into_iter()
            .find(|(role, _)| ontology.is_subclass_of(class, role));
            if let Some((_, c)) = fits {
                name_class.insert(class.clone(), c);
            }
        }

        let document_classes = ontology
            .classes
            .keys()
            .filter(|c| ontology.is_subclass_of(c, &classes.document))
            .cloned()
            .collect();
        let mut name_context_cues: Vec<(Vec<String>, String)> = ontology
            .classes
            .values()
            .flat_map(|c| {
                c.name_context_cues
                    .iter()
                    .map(|w| (words(w), c.iri.clone()))
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        name_context_cues.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then_with(|| x.cmp(y)));
        let position_prepositions = title_property
            .map(|p| {
                properties[p]
                    .prepositions
                    .iter()
                    .map(|w| w.to_ascii_lowercase())
                    .collect()
            })
            .unwrap_or_default();
        let dependency_frames = super::relations::dependency::DependencyFrames::new(&properties);
        let (frame_verb_forms, frame_nouns) =
            frame_trigger_words(&properties, &verb_forms, &noun_triggers);
        let role_trigger_lemmas = role_trigger_lemmas(&properties);
        // The number words of `kg:cardinalNumbers` above one count the
        // things of a plural noun as `kg:cardinalWord`'s do: the values are
        // stated once, and the count words list only counts outside them.
        let mut function_words = cues.function_words.map(|list| WordSet::new(list));
        let count_words: Vec<String> = cues
            .function_words
            .cardinal_words
            .iter()
            .chain(
                cues.cardinal_numbers
                    .iter()
                    .flat_map(|list| list.iter().skip(1)),
            )
            .cloned()
            .collect();
        function_words.cardinal_words = WordSet::new(&count_words);
        // Verbs whose object says who is to act ("urged B to sign",
        // `kg:expectingVerb`, `kg:enablingVerb`), in every inflected form.
        let object_control_forms = function_words
            .expecting_verbs
            .words
            .iter()
            .chain(&goal_cues.enabling_verbs)
            .flat_map(|lemma| inflect(lemma).into_iter().map(|(form, _)| form))
            .collect();
        let joint_act_verbs = joint_act_verbs(&properties);
        let mut cardinal_numbers: HashMap<String, usize> = HashMap::default();
        for list in &ontology.cues.cardinal_numbers {
            for (i, word) in list.iter().enumerate() {
                cardinal_numbers.insert(word.to_lowercase(), i + 1);
            }
        }
        Lexicon {
            words: function_words,
            object_control_forms,
            classes,
            name_context_cues,
            frame_verb_forms,
            frame_nouns,
            role_trigger_lemmas,
            individuals,
            document_classes,
            plural_heads,
            declared_plural_heads,
            gazetteer,
            surfaces,
            surface_ids,
            tagger_gazetteer: None,
            multiword_name_heads: {
                let mut table = PhraseTable::default();
                for (head, class) in &name_heads {
                    if head.contains(' ') {
                        table.insert(head, class.clone());
                    }
                }
                table
            },
            name_heads,
            name_prefixes,
            description_heads,
            group_heads,
            pair_nouns: pair_nouns.into(),
            group_modifiers,
            person_titles,
            tagger_person_titles,
            position_titles,
            position_prepositions,
            properties,
            verb_forms: verb_forms.into(),
            joint_act_verbs: joint_act_verbs.into(),
            cardinal_numbers: cardinal_numbers.into(),
            noun_triggers: noun_triggers.into(),
            goal_nouns: goal_nouns.into(),
            purpose_phrases,
            goal_cues,
            goal_property,
            title_property,
            office_property,
            programme_property,
            party_property,
            place_apposition_property,
            dependency_frames,
            negation: PhraseList::new(cues.negation.iter().map(|c| words(c)).collect()),
            representation: {
                let mut r: Vec<Vec<String>> =
                    cues.representation.iter().map(|c| words(c)).collect();
                r.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
                PhraseList::new(r)
            },
            modality: PhraseList::new(cues.modality.iter().map(|c| words(c)).collect()),
            reporting_verbs: reporting_verbs.into(),
            stop_names: cues.stop_names.iter().cloned().collect(),
            common_words: cues
                .common_words
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            given_names,
            surnames_first,
            name_particles,
            parties_prepositions,
            parties_joiners,
            scope_prepositions,
            scope_place_classes,
            name_class,
        }
    }

    /// Whether a lowercase word may introduce a goal: a goal noun, the first
    /// word of a purpose phrase, a purpose-clause marker or a future marker.
    pub fn may_state_goal(&self, word: &str) -> bool {
        self.goal_nouns.contains(word)
            || self.goal_cues.clause_markers.contains(word)
            || self.goal_cues.future_markers.contains(word)
            || self.purpose_phrases.starts(word)
    }

    /// Whether token `t` is spelt like an "-ing" verb form: a lowercase
    /// word of five letters or more with a gerund suffix, not listed as a
    /// non-gerund (the parse decides whether it is one).
    pub fn may_be_gerund(&self, view: &DocView<'_>, t: usize) -> bool {
        let word = view.low(t);
        view.is_word(t)
            && word.len() >= 5
            && self.words.gerund_suffixes.ends(word)
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !self.goal_cues.non_gerunds.contains(word)
    }

    /// Whether token `t` is a common English word that is no known given
    /// name ("Services" of "Secretary of Human Services Al Brenn"): before
    /// a surname opening with a particle, it ends an office's portfolio or
    /// a body's name, and is no given name of the person.
    pub fn is_common_word_of_no_name(&self, view: &DocView<'_>, t: usize) -> bool {
        self.common_words.contains(view.low(t)) && !self.given_names.contains(view.text(t))
    }

    /// Whether the goal lists (see `relations::goal_lists`) could read the
    /// parse of the sentence `range`: what they ask of it is whether a word
    /// spelt like a gerund is one, and whether a one-word list cue completes
    /// the word before it. So the sentence needs a list cue or a goal noun
    /// and a word spelt like a gerund (or a colon at its end, which opens a
    /// list on the lines after), or has to open with such a word (a line of
    /// a list opened before).
    pub fn may_read_goal_list(&self, view: &DocView<'_>, range: std::ops::Range<usize>) -> bool {
        let (a, b) = (range.start, range.end);
        if a >= b {
            return false;
        }
        if self.may_be_gerund(view, a) {
            return true;
        }
        let cue = range.clone().any(|t| {
            self.goal_nouns.contains(view.low(t))
                || self.goal_cues.list_cues.first_at(view, t, b).is_some()
        });
        cue && (view.is_punct(b - 1, ":") || range.clone().any(|t| self.may_be_gerund(view, t)))
    }

    /// Whether a lowercase word may be a form of a verb or noun trigger of a
    /// property with a dependency frame of that kind (nouns also in the
    /// plural): sentences without one need no parse.
    pub fn may_trigger(&self, word: &str) -> bool {
        self.frame_verb_forms.contains_key(word)
            || any_noun_form(word, |w| self.frame_nouns.contains_key(w))
    }

    /// Appends to `out` the properties whose dependency frames a lowercase
    /// word may trigger as a verb (`as_verb`) or as a noun, singular or
    /// plural (the forms [`Lexicon::may_trigger`] accepts). A property may
    /// be appended twice.
    pub fn frame_properties_into(&self, word: &str, as_verb: bool, out: &mut Vec<usize>) {
        if as_verb {
            out.extend(self.frame_verb_forms.get(word).into_iter().flatten());
            return;
        }
        any_noun_form(word, |w| {
            out.extend(self.frame_nouns.get(w).into_iter().flatten());
            false
        });
    }

    /// Whether some goal rule over the parse could start at token `t` of a
    /// sentence ending at `end`: a goal noun, a future marker, or a whole
    /// purpose phrase (its first word alone is no cue). A purpose-clause
    /// marker is a cue only before a verb, which the caller tells.
    pub fn may_state_goal_at(&self, view: &DocView<'_>, t: usize, end: usize) -> bool {
        let word = view.low(t);
        self.goal_nouns.contains(word)
            || self.goal_cues.future_markers.contains(word)
            || self.purpose_phrases.first_at(view, t, end).is_some()
    }

    /// Whether a lowercase word may stand between a subject and its verb:
    /// a `kg:verbGroupWord`, or an adverb by its ending (longer than four letters).
    pub fn is_verb_group_word(&self, word: &str) -> bool {
        self.words.verb_group_words.contains(word) || self.is_adverb(word)
    }

    /// Whether a lowercase word longer than four letters ends like an adverb
    /// (`kg:adverbSuffix`).
    pub fn is_adverb(&self, word: &str) -> bool {
        word.len() > 4 && self.words.adverb_suffixes.ends(word)
    }

    /// Whether properties `a` and `b` share a verb trigger: an act that is
    /// both (signing together is cooperating), so the rules that read one
    /// of them for joint parties state the other too.
    pub fn share_a_verb_trigger(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.properties[a], &self.properties[b]);
        a.verb_triggers.iter().any(|v| b.verb_triggers.contains(v))
    }

    /// Whether the token is a possessive marker: a `kg:possessiveClitic`
    /// ("'s") or a lone apostrophe.
    pub fn is_possessive(&self, view: &DocView<'_>, i: usize) -> bool {
        let low = view.low(i);
        self.words.possessive_clitics.contains(low) || matches!(low, "'" | "\u{2019}")
    }

    /// Whether the token joins two items of a list or of a name: a
    /// conjunction (`kg:conjunction`) or an ampersand ("Ports & Shipping").
    pub fn is_joiner(&self, view: &DocView<'_>, t: usize) -> bool {
        self.words.conjunctions.contains(view.low(t)) || view.is_punct(t, "&")
    }

    /// Whether a lowercase word is a determiner (`kg:determiner`).
    pub fn is_determiner(&self, word: &str) -> bool {
        self.words.determiners.contains(word)
    }

    /// The class of a plural noun counting documents (`kg:documentListNoun`,
    /// lowercase): the class of the description head it is the plural of
    /// ("treaties": a treaty's), else the document class ("memoranda").
    pub fn plural_document_class(&self, word: &str) -> Option<&str> {
        if !self.words.document_list_nouns.contains(word) {
            return None;
        }
        let class = self
            .plural_heads
            .get(word)
            .filter(|c| self.document_classes.contains(*c))
            .unwrap_or(&self.classes.document);
        Some(class)
    }

    /// The class of a plural noun after a count ("six new initiatives",
    /// "three agreements"): a plural document noun's, or the programme
    /// class's where the noun is the plural of one of its description
    /// heads. A counted set of initiatives is one initiative of the text,
    /// as a counted set of documents is one document.
    pub fn counted_plural_class(&self, word: &str) -> Option<&str> {
        self.plural_document_class(word).or_else(|| {
            self.plural_heads
                .get(word)
                .filter(|c| **c == self.classes.programme)
                .map(String::as_str)
        })
    }

    /// How many things a number before a pair noun counts: the place of a
    /// number word in the counting order (`kg:cardinalNumbers`), a
    /// figure's value, or two for a word of a user's file under the
    /// deprecated `kg:pairNumber` (read until it goes).
    pub fn group_count(&self, word: &str) -> Option<usize> {
        if self.words.pair_numbers.contains(word) {
            return Some(2);
        }
        if let Some(n) = self.cardinal_numbers.get(word) {
            return Some(*n);
        }
        if !word.is_empty() && word.len() < 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            return word.parse().ok();
        }
        None
    }

    /// Whether a word is a number: a figure, a number word above one
    /// (`kg:cardinalNumbers`) or another count word (`kg:cardinalWord`).
    pub fn is_number_word(&self, word: &str) -> bool {
        (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
            || self.words.cardinal_words.contains(word)
    }

    /// Whether a word counts the things of a plural noun after it: a
    /// number ([`Lexicon::is_number_word`]) or an indefinite quantifier
    /// ("several").
    pub fn is_count_word(&self, word: &str) -> bool {
        self.is_number_word(word) || self.words.indefinite_quantifiers.contains(word)
    }
}

/// The words that mark goals in the parse, from the goal property's
/// `kg:goalClauseMarker`, `kg:futureMarker`, `kg:enablingVerb` and
/// `kg:nonGoalVerb` annotations (lowercase).
#[derive(Debug, Clone, Default)]
pub struct GoalCues {
    pub clause_markers: HashSet<String>,
    pub future_markers: HashSet<String>,
    pub enabling_verbs: HashSet<String>,
    pub non_goal_verbs: HashSet<String>,
    /// `kg:goalListCue`: phrases a list of "-ing" goals follows, longest first.
    pub list_cues: PhraseList,
    /// `kg:goalBoundaryWord`: after a comma, the goal has ended ("including").
    pub boundary_words: HashSet<String>,
    /// `kg:nonGerund`: "-ing" words that are not verbs ("during").
    pub non_gerunds: HashSet<String>,
}

fn class_positions(ontology: &Ontology) -> HashSet<String> {
    ontology
        .classes
        .values()
        .flat_map(|c| c.position_titles.iter().map(|t| t.to_ascii_lowercase()))
        .collect()
}

/// The gazetteer of the individuals of a list that `keep` keeps: the
/// automaton over their lowercased surface forms (labels, aliases,
/// demonyms, each also with a typographic apostrophe), each pattern's forms
/// as written and senses (individuals by their index in the whole list),
/// and each lowercased surface's pattern id.
fn compile_gazetteer(
    individuals: &[Individual],
    keep: impl Fn(&Individual) -> bool,
) -> (Option<AhoCorasick>, Surfaces, HashMap<String, usize>) {
    let mut surface_ids: HashMap<String, usize> = HashMap::default();
    let mut surfaces: Surfaces = Vec::new();
    for (i, ind) in individuals.iter().enumerate().filter(|(_, ind)| keep(ind)) {
        let forms = std::iter::once((&ind.label, SurfaceKind::Label))
            .chain(ind.alt_labels.iter().map(|a| (a, SurfaceKind::Alias)))
            .chain(ind.demonyms.iter().map(|d| (d, SurfaceKind::Demonym)));
        // "Côte d'Ivoire" is also typeset "Côte d’Ivoire": the
        // typographic apostrophe makes a second written form.
        let forms = forms.flat_map(|(form, kind)| {
            let curly = form
                .contains('\'')
                .then(|| (form.replace('\'', "\u{2019}"), kind));
            std::iter::once((form.clone(), kind)).chain(curly)
        });
        for (form, kind) in forms {
            let form = form.trim();
            if form.is_empty() {
                continue;
            }
            let key = form.to_ascii_lowercase();
            let id = *surface_ids.entry(key).or_insert_with(|| {
                surfaces.push((Vec::new(), Vec::new()));
                surfaces.len() - 1
            });
            if !surfaces[id].0.iter().any(|w| w == form) {
                surfaces[id].0.push(form.to_owned());
            }
            let senses = &mut surfaces[id].1;
            if !senses.iter().any(|s| s.individual == i) {
                senses.push(SurfaceSense {
                    individual: i,
                    kind,
                });
            }
        }
    }
    let gazetteer = if surfaces.is_empty() {
        None
    } else {
        let mut patterns: Vec<String> = vec![String::new(); surfaces.len()];
        for (key, &id) in &surface_ids {
            patterns[id] = key.clone();
        }
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()
    };
    (gazetteer, surfaces, surface_ids)
}

/// Lowercase words of a phrase.
pub fn words(phrase: &str) -> Vec<String> {
    phrase
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// The singulars a plural noun may have by the regular spelling rules
/// ("Secretaries" → "Secretary", "Ministers" → "Minister"), as written.
pub fn singular_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ies") {
        let mut singular = stem.to_owned();
        singular.push('y');
        out.push(singular);
    }
    if let Some(stem) = word.strip_suffix('s') {
        out.push(stem.to_owned());
    }
    out
}

/// Regular English inflections of a verb lemma (the first word of a
/// multiword lemma inflects): (form, is past/participle).
pub fn inflect(lemma: &str) -> Vec<(String, bool)> {
    let lemma = lemma.trim().to_ascii_lowercase();
    let (verb, rest) = match lemma.split_once(' ') {
        Some((v, r)) => (v.to_owned(), format!(" {r}")),
        None => (lemma.clone(), String::new()),
    };
    if verb.is_empty() {
        return Vec::new();
    }
    let bytes = verb.as_bytes();
    let last = bytes[bytes.len() - 1];
    let before = if bytes.len() > 1 {
        bytes[bytes.len() - 2]
    } else {
        b' '
    };
    let vowel = |c: u8| b"aeiou".contains(&c);
    let (third, past, gerund) = if last == b'e' {
        let stem = &verb[..verb.len() - 1];
        (format!("{verb}s"), format!("{verb}d"), format!("{stem}ing"))
    } else if last == b'y' && !vowel(before) {
        let stem = &verb[..verb.len() - 1];
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{verb}ing"),
        )
    } else if verb.ends_with('s')
        || verb.ends_with("sh")
        || verb.ends_with("ch")
        || verb.ends_with('x')
        || verb.ends_with('z')
    {
        (
            format!("{verb}es"),
            format!("{verb}ed"),
            format!("{verb}ing"),
        )
    } else if is_short_cvc(bytes) {
        let c = last as char;
        (
            format!("{verb}s"),
            format!("{verb}{c}ed"),
            format!("{verb}{c}ing"),
        )
    } else {
        (
            format!("{verb}s"),
            format!("{verb}ed"),
            format!("{verb}ing"),
        )
    };
    vec![
        (format!("{verb}{rest}"), false),
        (format!("{third}{rest}"), false),
        (format!("{past}{rest}"), true),
        (format!("{gerund}{rest}"), false),
    ]
}

/// The past and "-ing" forms with a doubled last consonant of a verb ending
/// in a vowel and a consonant that English doubles ("commit": "committed",
/// "committing"); none for other verbs.
fn doubled_forms(verb: &str) -> Vec<String> {
    let b = verb.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    match b {
        [.., v, c] if vowel(*v) && c.is_ascii_alphabetic() && !vowel(*c) && !b"wxy".contains(c) => {
            let c = *c as char;
            vec![format!("{verb}{c}ed"), format!("{verb}{c}ing")]
        }
        _ => Vec::new(),
    }
}

/// [`Lexicon::joint_act_verbs`]: each one-word verb trigger and reciprocal
/// verb trigger of a symmetric property, as written and in every form
/// [`inflect`] gives it.
fn joint_act_verbs(properties: &[crate::ontology::Property]) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::default();
    for (p, property) in properties.iter().enumerate() {
        if !property.symmetric {
            continue;
        }
        let lemmas = property
            .verb_triggers
            .iter()
            .chain(&property.reciprocal_verb_triggers)
            .filter(|lemma| !lemma.contains(' '));
        for lemma in lemmas {
            let forms =
                std::iter::once(lemma.clone()).chain(inflect(lemma).into_iter().map(|f| f.0));
            for form in forms {
                let list = out.entry(form).or_default();
                if !list.contains(&p) {
                    list.push(p);
                }
            }
        }
    }
    out
}

/// One-syllable consonant-vowel-consonant verbs double their last consonant ("ban" → "banned").
fn is_short_cvc(b: &[u8]) -> bool {
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    n >= 3
        && !vowel(b[n - 1])
        && !b"wxy".contains(&b[n - 1])
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && b[..n - 2].iter().filter(|&&c| vowel(c)).count() == 0
}

/// Whether `found` holds for a form a noun trigger may take in the
/// lowercase `word`: the word itself or, for a plural, the singular English
/// spells it from ("agreements", "partnerships", "treaties"). Tries them in
/// that order and stops at the first that holds.
fn any_noun_form(word: &str, mut found: impl FnMut(&str) -> bool) -> bool {
    if found(word) {
        return true;
    }
    let Some(singular) = word.strip_suffix('s') else {
        return false;
    };
    found(singular)
        || singular.strip_suffix('e').is_some_and(&mut found)
        || singular
            .strip_suffix("ie")
            .is_some_and(|stem| found(format!("{stem}y").as_str()))
}

/// [`Lexicon::role_trigger_lemmas`]: the role verbs and nouns of every
/// property, lowercase.
fn role_trigger_lemmas(properties: &[crate::ontology::Property]) -> HashSet<String> {
    properties
        .iter()
        .flat_map(|p| {
            p.role_verb_triggers
                .iter()
                .chain(&p.appointing_verb_triggers)
                .chain(&p.role_noun_triggers)
        })
        .map(|lemma| lemma.trim().to_lowercase())
        .collect()
}

/// The properties (of one trigger word's entries) that have a frame of the
/// word's kind, sorted and each once; `None` when there are none.
fn with_frames(properties: impl Iterator<Item = usize>) -> Option<Vec<usize>> {
    let mut properties: Vec<usize> = properties.collect();
    properties.sort_unstable();
    properties.dedup();
    (!properties.is_empty()).then_some(properties)
}

/// The words that may trigger a dependency frame: single-word forms of the
/// verb triggers of properties with a verb or passive frame, and the trigger
/// nouns of properties with a noun frame. Dependency frames skip multiword
/// triggers, and a property without a frame of a kind never reads the parse
/// for that kind, so other trigger words need no parse.
fn frame_trigger_words(
    properties: &[crate::ontology::Property],
    verb_forms: &HashMap<String, Vec<VerbForm>>,
    noun_triggers: &HashMap<String, Vec<usize>>,
) -> (HashMap<String, Vec<usize>>, HashMap<String, Vec<usize>>) {
    use super::relations::dependency::{parse_frame, FrameKind};
    // Per property: (has a verb or passive frame, has a noun frame).
    let kinds: Vec<(bool, bool)> = properties
        .iter()
        .enumerate()
        .map(|(p, property)| {
            let mut kinds = (false, false);
            for text in &property.frames {
                match parse_frame(p, text) {
                    Ok(Some(frame)) if frame.kind == FrameKind::Noun => kinds.1 = true,
                    // Role frames read their own triggers (`role_trigger_lemmas`).
                    Ok(Some(frame))
                        if matches!(
                            frame.kind,
                            FrameKind::RoleVerb | FrameKind::RolePassive | FrameKind::RoleNoun
                        ) => {}
                    Ok(Some(_)) => kinds.0 = true,
                    _ => {}
                }
            }
            kinds
        })
        .collect();
    let has = |p: usize, noun: bool| kinds.get(p).is_some_and(|k| if noun { k.1 } else { k.0 });
    let mut verbs: HashMap<String, Vec<usize>> = verb_forms
        .iter()
        .filter_map(|(word, forms)| {
            let framed = forms
                .iter()
                .filter(|f| f.words.len() == 1 && has(f.property, false))
                .map(|f| f.property);
            Some((word.clone(), with_frames(framed)?))
        })
        .collect();
    // The parse gives the lemma; these are only the words that may carry
    // one. Reciprocal and stating verbs (which the surface rules do not read), and the
    // doubled last consonant English writes for a stressed last syllable
    // ("commit" → "committed"), which spelling alone cannot tell: a form
    // no text writes costs nothing.
    for (p, property) in properties.iter().enumerate() {
        if !has(p, false) {
            continue;
        }
        // A group verb's later words are particles the parse hangs from
        // its verb ("bring together"): the verb carries the lemma.
        let group_verbs = property
            .group_verb_triggers
            .iter()
            .filter_map(|l| l.split_whitespace().next());
        let lemmas = property
            .verb_triggers
            .iter()
            .chain(&property.reciprocal_verb_triggers)
            .chain(&property.stating_verb_triggers)
            .map(String::as_str)
            .filter(|l| !l.trim().contains(' '))
            .chain(group_verbs);
        for lemma in lemmas {
            let lemma = lemma.trim().to_ascii_lowercase();
            let mut forms: Vec<String> = inflect(&lemma).into_iter().map(|(f, _)| f).collect();
            forms.extend(doubled_forms(&lemma));
            for form in forms {
                let list = verbs.entry(form).or_default();
                if !list.contains(&p) {
                    list.push(p);
                    list.sort_unstable();
                }
            }
        }
        // Irregular forms of stating verbs, listed literally ("said").
        for form in &property.stating_verb_forms {
            let list = verbs.entry(form.trim().to_lowercase()).or_default();
            if !list.contains(&p) {
                list.push(p);
                list.sort_unstable();
            }
        }
    }
    let nouns = noun_triggers
        .iter()
        .filter_map(|(word, props)| {
            let framed = props.iter().copied().filter(|&p| has(p, true));
            Some((word.clone(), with_frames(framed)?))
        })
        .collect();
    (verbs, nouns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The number words are stated once, with their values
    /// (`kg:cardinalNumbers`): "two" counts a pair, the words above one
    /// count a plural noun as `kg:cardinalWord`'s words do, "one" does not;
    /// a user's word under the deprecated `kg:pairNumber` still counts two.
    #[test]
    fn number_words_take_their_values_and_counts_from_one_list() {
        let ontology = Ontology::builtin().unwrap();
        let lexicon = Lexicon::new(&ontology);
        for (word, count) in [
            ("two", 2),
            ("2", 2),
            ("three", 3),
            ("twelve", 12),
            ("14", 14),
        ] {
            assert_eq!(lexicon.group_count(word), Some(count), "{word}");
        }
        for word in ["twenty", "dozens", "both"] {
            assert_eq!(lexicon.group_count(word), None, "{word}");
        }
        for word in [
            "two", "seven", "twelve", "fifteen", "twenty", "dozens", "40",
        ] {
            assert!(lexicon.is_number_word(word), "{word}");
        }
        for word in ["one", "both", "several"] {
            assert!(!lexicon.is_number_word(word), "{word}");
        }
        let extra = format!(
            "@prefix kg: <{}> .\n<https://w3id.org/kgraph/ontology> kg:pairNumber \"deux\" .\n",
            crate::vocab::KG
        );
        let ontology = crate::ontology::OntologyBuilder::new()
            .with_builtin()
            .with_text("old.ttl", extra)
            .build()
            .unwrap();
        assert_eq!(Lexicon::new(&ontology).group_count("deux"), Some(2));
    }

    #[test]
    fn only_words_that_can_trigger_a_dependency_frame_ask_for_a_parse() {
        let ontology = Ontology::builtin().unwrap();
        let lexicon = Lexicon::new(&ontology);
        // Verb forms of properties with verb or passive frames, and nouns
        // (also plural) of properties with noun frames.
        for word in [
            "signed",
            "signs",
            "issuing",
            "issuance",
            "partnership",
            "partnerships",
            "members",
        ] {
            assert!(lexicon.may_trigger(word), "{word}");
        }
        // The first word of a multiword trigger ("team up"): frames skip
        // those. A word that is no trigger.
        for word in ["team", "minister"] {
            assert!(!lexicon.may_trigger(word), "{word}");
        }
    }

    #[test]
    fn a_trigger_word_names_the_properties_of_its_part_of_speech() {
        let ontology = Ontology::builtin().unwrap();
        let lexicon = Lexicon::new(&ontology);
        let names = |word: &str, as_verb: bool| {
            let mut found = Vec::new();
            lexicon.frame_properties_into(word, as_verb, &mut found);
            let mut names: Vec<&str> = found
                .iter()
                .map(|&p| lexicon.properties[p].local_name.as_str())
                .collect();
            names.sort_unstable();
            names.dedup();
            names
        };
        assert!(
            names("issued", true).contains(&"issues"),
            "{:?}",
            names("issued", true)
        );
        assert!(names("issued", false).is_empty());
        // Plural nouns find the singular's properties; a noun is no verb.
        assert!(!names("partnerships", false).is_empty());
        assert_eq!(names("partnerships", false), names("partnership", false));
        assert!(names("partnership", true).is_empty());
    }

    #[test]
    fn a_purpose_phrase_is_a_goal_cue_only_when_whole() {
        use crate::text::segment;
        let ontology = Ontology::builtin().unwrap();
        let lexicon = Lexicon::new(&ontology);
        let phrase = lexicon
            .purpose_phrases
            .iter()
            .find(|p| {
                let cue = |w: &String| {
                    lexicon.goal_nouns.contains(w)
                        || lexicon.goal_cues.clause_markers.contains(w)
                        || lexicon.goal_cues.future_markers.contains(w)
                };
                p.len() > 1 && !cue(&p[0])
            })
            .expect("a purpose phrase of two words or more")
            .clone();
        let whole = format!("Ruritania acted {} grow.", phrase.join(" "));
        let cut = format!("Ruritania acted {} grow.", phrase[0]);
        for (text, cue) in [(whole, true), (cut, false)] {
            let body = [std::ops::Range {
                start: 0,
                end: text.len(),
            }];
            let sentences = segment(&text, &body);
            let view = DocView::new(&text, &sentences);
            let end = view.sentences[0].end;
            let found = (0..end).any(|t| lexicon.may_state_goal_at(&view, t, end));
            assert_eq!(found, cue, "{text}");
        }
    }

    #[test]
    fn a_goal_list_reads_the_parse_only_near_a_word_spelt_like_a_gerund() {
        use crate::text::segment;
        let ontology = Ontology::builtin().unwrap();
        let lexicon = Lexicon::new(&ontology);
        let cue = lexicon.goal_cues.list_cues[0].join(" ");
        let reads = |text: &str| {
            let body = [std::ops::Range {
                start: 0,
                end: text.len(),
            }];
            let sentences = segment(text, &body);
            let view = DocView::new(text, &sentences);
            lexicon.may_read_goal_list(&view, view.sentences[0].clone())
        };
        assert!(!reads(&format!("Ruritania acted {cue} the harbour works.")));
        assert!(reads(&format!(
            "Ruritania acted {cue} widening the harbour."
        )));
        assert!(reads(&format!("Ruritania acted {cue}:")));
        // A line that may continue a list opened before.
        assert!(reads("Widening the harbour."));
    }

    #[test]
    fn inflects_regular_verbs() {
        let forms: Vec<String> = inflect("issue").into_iter().map(|f| f.0).collect();
        assert_eq!(forms, ["issue", "issues", "issued", "issuing"]);
        let forms: Vec<String> = inflect("join hands").into_iter().map(|f| f.0).collect();
        assert_eq!(
            forms,
            ["join hands", "joins hands", "joined hands", "joining hands"]
        );
        assert_eq!(inflect("ban")[2].0, "banned");
        assert_eq!(inflect("sign")[2].0, "signed");
        assert_eq!(inflect("ratify")[2].0, "ratified");
        assert_eq!(inflect("publish")[1].0, "publishes");
    }

    /// Every word list of the ontology is a user's to extend: a word a
    /// user's file adds to any annotation property that lists words in the
    /// bundled files (on a subject that holds such words there) reaches the
    /// compiled lexicon or the text vocabulary, and never the lexicon the
    /// name tagger's hint bits read; a list declared `kg:bundledOnly` keeps
    /// the bundled words alone, with a warning naming the file and property.
    #[test]
    fn a_user_word_reaches_every_word_list_and_never_the_taggers_hints() {
        use crate::ontology::{OntologyBuilder, OntologyWarningKind, BUILTIN_FILES};
        use crate::vocab::KG as KG_NAMESPACE;
        use oxigraph::io::{RdfFormat, RdfParser};
        use oxigraph::model::vocab::xsd;
        use oxigraph::model::Term;

        // The annotation properties every bundled file declares (from their
        // parsed triples), then for each one that lists literals in the
        // bundled files, the first subject listing them.
        let annotation = format!("{}AnnotationProperty", crate::vocab::OWL);
        let mut declared: Vec<String> = Vec::new();
        for (_, text) in BUILTIN_FILES {
            for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
                let triple = triple.unwrap();
                let subject = triple.subject.to_string();
                if triple.predicate.as_str() == format!("{}type", crate::vocab::RDF)
                    && matches!(&triple.object, Term::NamedNode(n) if n.as_str() == annotation)
                {
                    if let Some(local) = subject.strip_prefix(&format!("<{KG_NAMESPACE}")) {
                        declared.push(local.trim_end_matches('>').to_owned());
                    }
                }
            }
        }
        for local in [
            "abbreviation",
            "frame",
            "namePrefix",
            "givenName",
            "nonGerund",
        ] {
            assert!(declared.iter().any(|d| d == local), "{local} not declared");
        }
        let mut holders: BTreeMap<String, String> = BTreeMap::new();
        for (_, text) in BUILTIN_FILES {
            for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
                let triple = triple.unwrap();
                let Some(local) = triple.predicate.as_str().strip_prefix(KG_NAMESPACE) else {
                    continue;
                };
                // Words are plain or language-tagged strings; a flag
                // (`kg:byPartiesOnly true`) is no word list.
                let words = matches!(&triple.object, Term::Literal(l)
                    if l.datatype() == xsd::STRING || l.language().is_some());
                if declared.iter().any(|d| d == local) && words {
                    holders
                        .entry(local.to_owned())
                        .or_insert_with(|| triple.subject.to_string());
                }
            }
        }
        assert!(holders.len() > 150, "{}", holders.len());
        // One short word per property, numbered and delimited so that one
        // property's word is never inside another's (`zqx1q` is not in
        // `zqx12q`), found with the quotes of the Debug text; short, as
        // abbreviations are.
        let number: BTreeMap<&str, usize> = holders
            .keys()
            .enumerate()
            .map(|(i, local)| (local.as_str(), i))
            .collect();
        let word = |local: &str| format!("zqx{}q", number[local]);
        let quoted = |local: &str| format!("\"{}\"", word(local));
        let mut extra = String::new();
        for (local, subject) in &holders {
            extra.push_str(&format!(
                "{subject} <{KG_NAMESPACE}{local}> \"{}\" .\n",
                word(local)
            ));
        }
        let ontology = OntologyBuilder::new()
            .with_builtin()
            .with_text("mine.ttl", extra)
            .build()
            .unwrap();
        let compiled = format!(
            "{:?}{:?}",
            Lexicon::new(&ontology),
            crate::text::TextVocabulary::from_ontology(&ontology)
        )
        .to_ascii_lowercase();
        let bundled = ontology.bundled().expect("bundled and user files");
        let hints = format!("{:?}", Lexicon::new(bundled)).to_ascii_lowercase();
        let mut unread = Vec::new();
        for local in holders.keys() {
            let bundled_only = ontology
                .warnings
                .iter()
                .any(|w| w.property == *local && w.kind == OntologyWarningKind::BundledOnly);
            if compiled.contains(&quoted(local)) == bundled_only {
                unread.push(local.clone());
            }
            assert!(!hints.contains(&quoted(local)), "{local} reaches the hints");
        }
        assert!(
            unread.is_empty(),
            "word lists a user cannot extend: {unread:?}"
        );
        assert!(ontology
            .warnings
            .iter()
            .any(|w| w.file == "mine.ttl" && w.property == "newToTagger"));
    }
}
