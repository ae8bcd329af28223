//! The ontology: classes, properties, the extraction lexicon and the
//! gazetteer of known individuals, read from Turtle.
//!
//! The built-in files under `ontology/` are embedded in the binary; users add
//! their own with [`OntologyBuilder::with_path`] (`kg … --ontology FILE`).
//! This is the only module that knows the IRIs of our vocabulary: the
//! extractor receives plain Rust data ([`Class`], [`Property`],
//! [`Individual`], [`Cues`]).
//!
//! ```
//! let ontology = kgraph::ontology::Ontology::builtin().unwrap();
//! let issues = ontology.property_by_local_name("issues").unwrap();
//! assert!(issues.verb_triggers.iter().any(|verb| verb == "issue"));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use oxigraph::io::{RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use rustc_hash::FxHashMap;

use crate::vocab::{DCTERMS, KG, OWL, RDF, RDFS, SKOS};

include!(concat!(env!("OUT_DIR"), "/builtin_ontology.rs"));

/// Errors while reading ontology files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OntologyError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file that is not valid Turtle: the parser's error, which gives
    /// the line and column, kept as the source.
    #[error("{file}: {source}")]
    Syntax {
        file: String,
        #[source]
        source: RdfSyntaxError,
    },
    #[error("{path}: no Turtle (.ttl) files found")]
    Empty { path: PathBuf },
}

/// A class of the ontology with the lexicon that recognises its members.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Class {
    pub iri: String,
    pub label: String,
    /// Direct superclasses (any namespace, e.g. schema.org).
    pub parents: Vec<String>,
    /// Capitalised head words of proper names of this class ("Ministry").
    pub name_heads: Vec<String>,
    /// Capitalised first words of proper names of this class ("Mount").
    pub name_prefixes: Vec<String>,
    /// Words right before a capitalised name that make it a member ("in"
    /// for places, "joined" for organisations), multiword allowed.
    pub name_context_cues: Vec<String>,
    /// Lowercase nouns that, after a determiner, denote a member ("strategy").
    pub description_heads: Vec<String>,
    /// Plurals of description heads that a one-word head's regular
    /// plural does not give: Latin ones ("memoranda") and those of heads
    /// written with their complement ("memorandums of understanding").
    pub plural_heads: Vec<String>,
    /// Plural nouns that make a group ("countries").
    pub group_heads: Vec<String>,
    /// Plural nouns that after "both" or "the two" stand for the last two
    /// members of this class named ("ministers").
    pub pair_nouns: Vec<String>,
    /// Words that name a group when they precede a group head ("developing").
    pub group_modifiers: Vec<String>,
    /// Titles that precede a person's name ("Premier").
    pub person_titles: Vec<String>,
    /// Titles that are offices a person can hold ("Foreign Minister").
    pub position_titles: Vec<String>,
    /// Given names that start a person's name ("Maria").
    pub given_names: Vec<String>,
    /// Family names written first ("Wang").
    pub surnames_first: Vec<String>,
    /// Lowercase particles inside a person's name ("da", "von").
    pub name_particles: Vec<String>,
    /// Prepositions after a name of this class that introduce its parties
    /// ("the Trade Agreement between A and B").
    pub parties_prepositions: Vec<String>,
    /// Words joining the parties after such a preposition ("and").
    pub parties_joiners: Vec<String>,
    /// Prepositions after a name of this class that introduce the region
    /// it covers, as part of the name ("the Treaty of … in Southeast Asia").
    pub scope_prepositions: Vec<String>,
}

/// An object property with its domain, range and trigger words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Property {
    pub iri: String,
    pub label: String,
    pub local_name: String,
    /// Classes allowed as subject (empty: any).
    pub domain: Vec<String>,
    /// Classes allowed as object (empty: any).
    pub range: Vec<String>,
    pub symmetric: bool,
    /// Verb lemmas (inflected regularly by the extractor).
    pub verb_triggers: Vec<String>,
    /// Verb forms listed literally (irregular verbs).
    pub irregular_forms: Vec<String>,
    /// Verb lemmas that state the property between coordinated subjects
    /// only with a reciprocal cue in their clause (`kg:reciprocalVerbTrigger`:
    /// "A and B reaffirmed their shared ambition"), read by the property's
    /// `reciprocal:` frames alone.
    pub reciprocal_verb_triggers: Vec<String>,
    /// Verb lemmas of stating whose subject states what a document it
    /// names in an adjunct says, so issued it (`kg:statingVerbTrigger`:
    /// "In their declaration, A and B reaffirmed …"), read by the
    /// property's `stating:` frames alone.
    pub stating_verb_triggers: Vec<String>,
    /// Forms of those verbs inflection does not give (`kg:statingVerbForm`:
    /// "said"), the words the parse may give their lemma.
    pub stating_verb_forms: Vec<String>,
    /// Verb lemmas whose subject is the group that holds the property's
    /// objects' other ends (`kg:groupVerbTrigger`: "the Forum comprises A
    /// and B", "the Forum's members include A"), read by the property's
    /// `group:` frames alone; a multiword one ("bring together") is its
    /// verb and the particles the parse hangs from it.
    pub group_verb_triggers: Vec<String>,
    /// Verb lemmas whose subject holds an office written as a title
    /// (`kg:roleVerbTrigger`: "serve" in "will serve as Deputy Premier"),
    /// read by the property's `role verb:` frames alone.
    pub role_verb_triggers: Vec<String>,
    /// Verb lemmas of putting a person into an office, whose passive
    /// subject holds it (`kg:appointingVerbTrigger`: "was sworn in as
    /// President"), read by the property's `role passive:` frames alone.
    pub appointing_verb_triggers: Vec<String>,
    /// Nouns that link a person to an office written as a title
    /// (`kg:roleNounTrigger`: "post" in "took up the post of Minister for
    /// Transport"), read by the property's `role noun:` frames alone.
    pub role_noun_triggers: Vec<String>,
    /// Nominalisations ("cooperation") followed by a preposition.
    pub noun_triggers: Vec<String>,
    /// Prepositions that introduce the object.
    pub prepositions: Vec<String>,
    /// `kg:byPartiesOnly`: of a document named with its parties ("an MoU
    /// between A and B"), only those parties can be the subject.
    pub by_parties_only: bool,
    /// Prepositions after a document's name that introduce the subject,
    /// with no verb (`kg:authorPreposition`: "Joint Statement by A and B").
    pub author_prepositions: Vec<String>,
    /// `kg:possessedClass`: classes of the object whose possessor is the
    /// subject ("Kestria's Water Strategy"), exactly these classes.
    pub possessed_classes: Vec<String>,
    /// Nouns that introduce goals ("goals of X are: …").
    pub goal_nouns: Vec<String>,
    /// Phrases that introduce a purpose ("aims to", "in a bid to").
    pub purpose_phrases: Vec<String>,
    /// Markers of an infinitive clause that states a purpose ("to").
    pub goal_clause_markers: Vec<String>,
    /// Auxiliaries of a document's future action, read as its goal ("will").
    pub future_markers: Vec<String>,
    /// Verbs whose complement, not the verb, states the goal ("allow", "enable").
    pub enabling_verbs: Vec<String>,
    /// Verbs that never state a goal ("be", "enter" into force, "expect").
    pub non_goal_verbs: Vec<String>,
    /// Phrases after which a list of "-ing" goals follows ("focuses on", "by").
    pub goal_list_cues: Vec<String>,
    /// Words that, after a comma, start a part that is no longer the goal ("including").
    pub goal_boundary_words: Vec<String>,
    /// Words ending in "-ing" that are not verbs ("during", "according").
    pub non_gerunds: Vec<String>,
    /// Named constructions that express the property beyond its trigger
    /// words, e.g. `"title"`: a person's title ("Foreign Minister Wang Yi")
    /// states the position the person holds.
    pub frames: Vec<String>,
}

/// A word list of a class or property, reached from the whole record.
type WordList<T> = fn(&mut T) -> &mut Vec<String>;

/// The word lists a class reads, each under the `kg:` annotation property
/// that gives it: read on a subject typed as a class, from the bundled
/// files and a user's alike.
const CLASS_WORDS: &[(&str, WordList<Class>)] = &[
    ("nameHead", |c| &mut c.name_heads),
    ("namePrefix", |c| &mut c.name_prefixes),
    ("nameContextCue", |c| &mut c.name_context_cues),
    ("descriptionHead", |c| &mut c.description_heads),
    ("pluralHead", |c| &mut c.plural_heads),
    ("groupHead", |c| &mut c.group_heads),
    ("groupModifier", |c| &mut c.group_modifiers),
    ("pairNoun", |c| &mut c.pair_nouns),
    ("personTitle", |c| &mut c.person_titles),
    ("positionTitle", |c| &mut c.position_titles),
    ("givenName", |c| &mut c.given_names),
    ("surnameFirst", |c| &mut c.surnames_first),
    ("nameParticle", |c| &mut c.name_particles),
    ("partiesPreposition", |c| &mut c.parties_prepositions),
    ("partiesJoiner", |c| &mut c.parties_joiners),
    ("scopePreposition", |c| &mut c.scope_prepositions),
];

/// The word lists an object property reads, each under the `kg:`
/// annotation property that gives it: read on a subject typed as an
/// object property.
const PROPERTY_WORDS: &[(&str, WordList<Property>)] = &[
    ("verbTrigger", |p| &mut p.verb_triggers),
    ("irregularForm", |p| &mut p.irregular_forms),
    ("reciprocalVerbTrigger", |p| &mut p.reciprocal_verb_triggers),
    ("statingVerbTrigger", |p| &mut p.stating_verb_triggers),
    ("statingVerbForm", |p| &mut p.stating_verb_forms),
    ("groupVerbTrigger", |p| &mut p.group_verb_triggers),
    ("roleVerbTrigger", |p| &mut p.role_verb_triggers),
    ("appointingVerbTrigger", |p| &mut p.appointing_verb_triggers),
    ("roleNounTrigger", |p| &mut p.role_noun_triggers),
    ("nounTrigger", |p| &mut p.noun_triggers),
    ("preposition", |p| &mut p.prepositions),
    ("authorPreposition", |p| &mut p.author_prepositions),
    ("goalNoun", |p| &mut p.goal_nouns),
    ("purposePhrase", |p| &mut p.purpose_phrases),
    ("goalClauseMarker", |p| &mut p.goal_clause_markers),
    ("futureMarker", |p| &mut p.future_markers),
    ("enablingVerb", |p| &mut p.enabling_verbs),
    ("nonGoalVerb", |p| &mut p.non_goal_verbs),
    ("goalListCue", |p| &mut p.goal_list_cues),
    ("goalBoundaryWord", |p| &mut p.goal_boundary_words),
    ("nonGerund", |p| &mut p.non_gerunds),
];

/// A known individual from the gazetteer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Individual {
    pub iri: String,
    pub class: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    /// Adjectival forms ("Chinese" for China).
    pub demonyms: Vec<String>,
    /// `owl:sameAs` targets.
    pub same_as: Vec<String>,
    /// Places the individual lies in or answers to (`kg:locatedIn`, `kg:jurisdiction`).
    pub located_in: Vec<String>,
    /// `kg:newToTaggerName true`: the bundled name tagger was trained
    /// without the individual, so its hint bits never read its names.
    pub new_to_tagger: bool,
}

/// Sentence-level cue words that qualify facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cues {
    pub negation: Vec<String>,
    /// Phrases that tie a person to the party they act for ("on behalf of").
    pub representation: Vec<String>,
    pub modality: Vec<String>,
    pub reporting_verbs: Vec<String>,
    /// Capitalised words that are never names on their own.
    pub stop_names: Vec<String>,
    /// Common English words, lowercase: capitalised, they are usually not names.
    pub common_words: Vec<String>,
    /// Text-stage vocabulary (see `ontology/lexicon/text.ttl`): abbreviations
    /// whose dot may still end a sentence before a sentence starter ("Inc.").
    pub abbreviations: Vec<String>,
    /// Abbreviations that always lead into the next word ("Mr.", "vs."):
    /// their dot never ends a sentence.
    pub leading_abbreviations: Vec<String>,
    /// Abbreviations only before a number ("No. 5"); elsewhere a plain word.
    pub number_abbreviations: Vec<String>,
    /// Capitalised words that, after an abbreviation, start a new sentence.
    pub sentence_starters: Vec<String>,
    /// Phrases that open a byline ("By", "Reporting by").
    pub byline_cues: Vec<String>,
    /// Lowercase words that may stand between the names of a byline ("and").
    pub byline_joiners: Vec<String>,
    /// Labels that open a line naming the source ("From:", "Source:").
    pub source_line_cues: Vec<String>,
    /// Words that open a line giving the page's date ("Published 9 May").
    pub date_line_cues: Vec<String>,
    /// Phrases that mark a line as site furniture ("Follow us", "Copyright").
    pub boilerplate_phrases: Vec<String>,
    /// Reporting verbs that end a speaker's line before a quote ("said").
    pub speaker_line_verbs: Vec<String>,
    /// Month names in calendar order, one list of twelve per `kg:monthNames`
    /// statement (a language or a spelling each).
    pub month_names: Vec<Vec<String>>,
    /// Number words in counting order from one, one list per
    /// `kg:cardinalNumbers` statement: the n-th word counts n.
    pub cardinal_numbers: Vec<Vec<String>>,
    /// Closed-class words by the role the extraction rules give them.
    pub function_words: FunctionWords,
    /// The classes that play a part in the extraction rules.
    pub class_roles: ClassRoles,
}

impl Cues {
    /// The word list a `kg:` property fills, by the property's local name
    /// (`None` for the lists of lists, function words and class roles).
    fn list_mut(&mut self, local: &str) -> Option<&mut Vec<String>> {
        Some(match local {
            "negationCue" => &mut self.negation,
            "representationCue" => &mut self.representation,
            "modalityCue" => &mut self.modality,
            "reportingVerb" => &mut self.reporting_verbs,
            "stopName" => &mut self.stop_names,
            "commonWord" => &mut self.common_words,
            "abbreviation" => &mut self.abbreviations,
            "leadingAbbreviation" => &mut self.leading_abbreviations,
            "numberAbbreviation" => &mut self.number_abbreviations,
            "sentenceStarter" => &mut self.sentence_starters,
            "bylineCue" => &mut self.byline_cues,
            "bylineJoiner" => &mut self.byline_joiners,
            "sourceLineCue" => &mut self.source_line_cues,
            "dateLineCue" => &mut self.date_line_cues,
            "boilerplatePhrase" => &mut self.boilerplate_phrases,
            "speakerLineVerb" => &mut self.speaker_line_verbs,
            _ => return None,
        })
    }
}

/// Declares [`FunctionWords`]: one field per role, each read from the
/// `kg:` annotation property named beside it.
macro_rules! function_word_roles {
    ($($(#[$doc:meta])* $field:ident = $local:literal;)*) => {
        /// The closed-class English words extraction reacts to, grouped by
        /// the role the rules give them. Each role is one `kg:` annotation
        /// property on the ontology itself (declared in `ontology/kgraph.ttl`,
        /// the words in `ontology/lexicon/function-words.ttl`); a file given
        /// with `--ontology` adds words to a role. `T` is the list as read
        /// (`Vec<String>`) or as the extractor compiles it.
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct FunctionWords<T = Vec<String>> {
            $($(#[$doc])* pub $field: T,)*
        }

        impl<T> FunctionWords<T> {
            /// The local names of the role properties, in field order.
            pub const PROPERTIES: &'static [&'static str] = &[$($local),*];

            /// The same roles with each list turned into a `U`.
            pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> FunctionWords<U> {
                FunctionWords { $($field: f(&self.$field),)* }
            }
        }

        impl FunctionWords {
            /// The list of the role whose property has the local name
            /// `local`, if one has.
            fn list_mut(&mut self, local: &str) -> Option<&mut Vec<String>> {
                match local {
                    $($local => Some(&mut self.$field),)*
                    _ => None,
                }
            }

        }
    };
}

function_word_roles! {
    /// `kg:determiner`: never starts or ends a name; descriptions skip it.
    determiners = "determiner";
    /// `kg:definiteArticle`.
    definite_articles = "definiteArticle";
    /// `kg:indefiniteArticle`.
    indefinite_articles = "indefiniteArticle";
    /// `kg:anaphoricDeterminer`: points back to something named before.
    anaphoric_determiners = "anaphoricDeterminer";
    /// `kg:possessiveDeterminer`: points back to the owner last named.
    possessive_determiners = "possessiveDeterminer";
    /// `kg:referringPronoun`: stands for the document last named.
    referring_pronouns = "referringPronoun";
    /// `kg:pairQuantifier`: before a pair noun, two things named before ("both").
    pair_quantifiers = "pairQuantifier";
    /// `kg:pairNumber`, deprecated (`kg:cardinalNumbers` gives "two" its
    /// value): after a determiner and before a pair noun, two things named
    /// before ("the two"); the bundled files list none, a user's words are
    /// read until it goes.
    pair_numbers = "pairNumber";
    /// `kg:wholeGroupQuantifier`: before a number and a pair noun, every
    /// one of the things counted ("all four partners").
    whole_group_quantifiers = "wholeGroupQuantifier";
    /// `kg:exceptionWord`: right after a counted or pair noun phrase, takes
    /// some of the group out ("all three countries except Italy").
    exception_words = "exceptionWord";
    /// `kg:personRelativePronoun`: opens a relative clause about a person
    /// ("who").
    person_relative_pronouns = "personRelativePronoun";
    /// `kg:appointmentVerbForm`: between a copula and an office, makes the
    /// subject its holder ("was appointed").
    appointment_verb_forms = "appointmentVerbForm";
    /// `kg:pluralPronoun`: a subject pronoun for a plural or coordinated
    /// subject ("they").
    plural_pronouns = "pluralPronoun";
    /// `kg:neuterPronoun`: a subject pronoun for one thing, not a person ("it").
    neuter_pronouns = "neuterPronoun";
    /// `kg:personalPronoun`: a subject pronoun for one person ("she").
    personal_pronouns = "personalPronoun";
    /// `kg:speakerPronoun`: stands for the person whose quotation or
    /// transcript turn it is in ("I").
    speaker_pronouns = "speakerPronoun";
    /// `kg:speakerGroupPronoun`: stands for the body whose quotation it is
    /// in ("we").
    speaker_group_pronouns = "speakerGroupPronoun";
    /// `kg:jointSpeakerPronoun`: the first-person plural subject pronoun
    /// that, in a speech between the two sides its headline names, stands
    /// for both ("we").
    joint_speaker_pronouns = "jointSpeakerPronoun";
    /// `kg:speechHeadlineCue`: a headline word or phrase that makes the
    /// text what its speaker said ("remarks", "press conference").
    speech_headline_cues = "speechHeadlineCue";
    /// `kg:jointHeadlineCue`: a headline word that makes the two people it
    /// names act together ("meet", "sign"), so a quoted "we" of one of them
    /// is both.
    joint_headline_cues = "jointHeadlineCue";
    /// `kg:possessiveClitic`: the possessive ending as a token.
    possessive_clitics = "possessiveClitic";
    /// `kg:relativeGroupWord`: makes a group relative to its context.
    relative_group_words = "relativeGroupWord";
    /// `kg:nameConnector`: allowed inside a capitalised name.
    name_connectors = "nameConnector";
    /// `kg:speltNameConnector`: a preposition inside a name an acronym
    /// in brackets spells.
    spelt_name_connectors = "speltNameConnector";
    /// `kg:nameHeadConnector`: ends the head part of a name.
    name_head_connectors = "nameHeadConnector";
    /// `kg:genitivePreposition`: its object owns the noun before it.
    genitive_prepositions = "genitivePreposition";
    /// `kg:postnominal`: after a person's name, never part of it ("MP").
    postnominals = "postnominal";
    /// `kg:newToTagger`: titles and postnominals the bundled name tagger was
    /// trained without; left out of what its hint bits read.
    new_to_tagger = "newToTagger";
    /// `kg:goalEndPhrase`: a goal ends before it ("in line with").
    goal_end_phrases = "goalEndPhrase";
    /// `kg:standardPreposition`: a multiword preposition whose object is
    /// the standard an act is measured against ("in line with"), never a
    /// party to it.
    standard_prepositions = "standardPreposition";
    /// `kg:resultClauseCue`: after a document's goal and a comma, opens a
    /// clause that states the end the goal serves ("…, so that farms
    /// thrive").
    result_clause_cues = "resultClauseCue";
    /// `kg:titleYearMarker`: stands before the years that end a
    /// document's name ("the Strategic Plan FY 2022–2026").
    title_year_markers = "titleYearMarker";
    /// `kg:exampleListCue`: before a colon ending a goal's sentence, opens
    /// the lines that spell the goal out ("… cooperate on initiatives such as:").
    example_list_cues = "exampleListCue";
    /// `kg:accordanceMarker`: opens a comment clause of accordance whose
    /// document frames the main clause ("As envisioned in the MoU, …").
    accordance_markers = "accordanceMarker";
    /// `kg:subordinateOffice`: heads an office that serves the office after
    /// "to" ("Deputy to the Special Envoy").
    subordinate_offices = "subordinateOffice";
    /// `kg:officeSeatPreposition`: after an office's head, introduces the
    /// body the office sits in ("Minister in the President's Office").
    office_seat_prepositions = "officeSeatPreposition";
    /// `kg:officeTopicPreposition`: after an office's or a body's head,
    /// introduces the matter it is charged with ("Special Envoy on Coastal
    /// Security", "Chair of the Committee on Rural Affairs").
    office_topic_prepositions = "officeTopicPreposition";
    /// `kg:officeRemitNoun`: a lowercase noun between two position
    /// prepositions that hands an office its portfolio ("Minister with
    /// responsibility for Information").
    office_remit_nouns = "officeRemitNoun";
    /// `kg:appositiveOfficeHead`: a lowercase noun naming an office only
    /// in an apposition after a person's name, with a capitalised body
    /// as its genitive complement ("Ada Quist, the head of the Kestria
    /// Water Agency,").
    appositive_office_heads = "appositiveOfficeHead";
    /// `kg:addressStyle`: a word of a style of address before a title
    /// ("Excellency"), never a word of the office.
    address_styles = "addressStyle";
    /// `kg:recitalKeyword`: written in capitals, opens a recital
    /// ("WHEREAS", "NOW, THEREFORE,"); no word of the name after it.
    recital_keywords = "recitalKeyword";
    /// `kg:officeRank`: ranks the office whose head follows it ("Deputy
    /// Secretary"); where a body's name runs into an office, the office
    /// starts at its rank words.
    office_ranks = "officeRank";
    /// `kg:complementedOffice`: an office's head that needs its complement
    /// ("Member of …").
    complemented_offices = "complementedOffice";
    /// `kg:portfolioWord`: a field of government an office's portfolio
    /// lists ("Finance, Trade and Energy"), never a name of its own there.
    portfolio_words = "portfolioWord";
    /// `kg:documentListNoun`: counts documents a signing participle says
    /// who signed, named one per line after it ("Agreements signed between").
    document_list_nouns = "documentListNoun";
    /// `kg:signatoryLabel`: opens a label field naming a listed document's
    /// signer ("Signatory from Kestria: …").
    signatory_labels = "signatoryLabel";
    /// `kg:subunitHead`: a unit of a larger body ("Department").
    subunit_heads = "subunitHead";
    /// `kg:parentBodyHead`: names a unit's parent in apposition ("Ministry").
    parent_body_heads = "parentBodyHead";
    /// `kg:hostileNoun`: hostility between parties, never cooperation
    /// ("war", "invasion", "sanctions").
    hostile_nouns = "hostileNoun";
    /// `kg:cessationWord`: stops or sours the joint thing a cooperation
    /// noun names ("suspended", "broke off", "deteriorated").
    cessation_words = "cessationWord";
    /// `kg:jointPhrase`: makes the names after it partners of the clause's
    /// subject ("together with").
    joint_phrases = "jointPhrase";
    /// `kg:intermediaryPreposition`: after a comma that follows a
    /// subject, introduces the body the subject acts through; both are the
    /// verb's agents ("A, through B, released …").
    intermediary_prepositions = "intermediaryPreposition";
    /// `kg:companionModifier`: after a coordinator, a word that presents
    /// the name after it as a companion of the one before ("X and
    /// accompanying Y"): the name is the next list member.
    companion_modifiers = "companionModifier";
    /// `kg:linkingVerbForm`: links a person before it to the office after
    /// it without a copula ("serves as").
    linking_verb_forms = "linkingVerbForm";
    /// `kg:groupComplementPreposition`: joins a name to a group head.
    group_complement_prepositions = "groupComplementPreposition";
    /// `kg:descriptionModifierStop`: never between a determiner and a head.
    description_modifier_stops = "descriptionModifierStop";
    /// `kg:descriptionComplementPreposition`: opens a description's complement.
    description_complement_prepositions = "descriptionComplementPreposition";
    /// `kg:complementStop`: ends a description's complement.
    complement_stops = "complementStop";
    /// `kg:complementContinuation`: goes on with nouns inside a
    /// description's complement ("in aviation and space research").
    complement_continuations = "complementContinuation";
    /// `kg:cataphoricModifier`: points at what the text gives next, no
    /// part of a description's name ("the following statement").
    cataphoric_modifiers = "cataphoricModifier";
    /// `kg:evaluativeModifier`: praise before a description's classifying
    /// modifiers, no part of its name ("an important asset sharing agreement").
    evaluative_modifiers = "evaluativeModifier";
    /// `kg:relativeOwnerWord`: stands for the noun before its clause when
    /// a goal noun is said of it ("the purpose of which", "whose aim").
    relative_owner_words = "relativeOwnerWord";
    /// `kg:titleCue`: between a document head and its quoted title.
    title_cues = "titleCue";
    /// `kg:definitionCue`: in parentheses after a name, introduces the
    /// quoted short form the text uses for it ("hereinafter referred to as").
    definition_cues = "definitionCue";
    /// `kg:birthCue`: in parentheses after a person's name.
    birth_cues = "birthCue";
    /// `kg:stormWord`: opens a storm's name ("Cyclone Ada"), which is no
    /// person's, organisation's or place's.
    storm_words = "stormWord";
    /// `kg:introducingCopula`: "X is a …", "X was Minister …".
    introducing_copulas = "introducingCopula";
    /// `kg:stateBodyHead`: after a place's name or adjective, names that
    /// place's body ("the Kestrian Government": Government of Kestria).
    state_body_heads = "stateBodyHead";
    /// `kg:conjunction`: joins parties into one group.
    conjunctions = "conjunction";
    /// `kg:disjunction`: joins alternatives.
    disjunctions = "disjunction";
    /// `kg:additivePhrase`: a multiword connective like a conjunction.
    additive_phrases = "additivePhrase";
    /// `kg:openListEnd`: after a list's last item, says the list names
    /// only some ("among others").
    open_list_ends = "openListEnd";
    /// `kg:verbGroupWord`: may stand between a subject and its verb.
    verb_group_words = "verbGroupWord";
    /// `kg:adverbSuffix`: the ending of adverbs inside a verb group.
    adverb_suffixes = "adverbSuffix";
    /// `kg:negationSuffix`: a negation fused to an auxiliary token.
    negation_suffixes = "negationSuffix";
    /// `kg:gerundSuffix`: the ending of the forms that start listed goals.
    gerund_suffixes = "gerundSuffix";
    /// `kg:presentTenseSuffix`: the endings of a verb's third-person
    /// present tense ("strengthens", "addresses").
    present_tense_suffixes = "presentTenseSuffix";
    /// `kg:beForm`: makes a passive before a participle.
    be_forms = "beForm";
    /// `kg:membershipCopula`: links a member to a membership noun phrase
    /// ("Peru became the Union's newest member").
    membership_copulas = "membershipCopula";
    /// `kg:tensedBeForm`: a form of "be" with tense or perfect aspect.
    tensed_be_forms = "tensedBeForm";
    /// `kg:agentPreposition`: introduces a passive's agent.
    agent_prepositions = "agentPreposition";
    /// `kg:jointPreposition`: introduces the parties of a joint act.
    joint_prepositions = "jointPreposition";
    /// `kg:counterpartPreposition`: after a headline's document
    /// description, introduces the party it is made with.
    counterpart_prepositions = "counterpartPreposition";
    /// `kg:counterpartNoun`: introduces a person as another's counterpart
    /// ("her Kestrian counterpart, Bo Lind").
    counterpart_nouns = "counterpartNoun";
    /// `kg:originPreposition`: after a plural counterpart noun or office
    /// title, introduces the places its people stand for ("counterparts
    /// from A, B and C").
    origin_prepositions = "originPreposition";
    /// `kg:meetingNoun`: a meeting whose genitive complement may name the
    /// people meeting ("the meeting of Kestrian and Norlandic Prime
    /// Ministers").
    meeting_nouns = "meetingNoun";
    /// `kg:partyTerm`: the collective name a text defines for its parties
    /// ("hereinafter referred to as the Participants"), standing for them
    /// after the definition.
    party_terms = "partyTerm";
    /// `kg:attendanceVerb`: in the passive after a meeting noun, introduces
    /// the people who came ("the summit was attended by …").
    attendance_verbs = "attendanceVerb";
    /// `kg:meetingVerb`: a form of "meet", whose subjects, object and
    /// partner meet ("A met B", "A and B met", "A met with B").
    meeting_verbs = "meetingVerb";
    /// `kg:companionVerb`: a form of "join" whose object acts with its
    /// subject ("A joined B to sign …").
    companion_verbs = "companionVerb";
    /// `kg:companionActMarker`: before the gerund of the act a companion
    /// verb's object does with its subject ("joined B in signing").
    companion_act_markers = "companionActMarker";
    /// `kg:meetingLightVerb`: with a meeting event noun as its object,
    /// states a meeting ("held talks", "had a conversation").
    meeting_light_verbs = "meetingLightVerb";
    /// `kg:meetingEventNoun`: the object that makes a light verb a
    /// meeting ("talks", "a telephone conversation").
    meeting_event_nouns = "meetingEventNoun";
    /// `kg:talkVerb`: a form of "discuss", whose subjects and partner meet
    /// and whose object is the topic ("A and B discussed trade").
    talk_verbs = "talkVerb";
    /// `kg:meetingPartnerPreposition`: before the other side of a meeting
    /// ("met with B", "held talks with B").
    meeting_partner_prepositions = "meetingPartnerPreposition";
    /// `kg:visitNoun`: a trip to a place or body ("a visit to B").
    visit_nouns = "visitNoun";
    /// `kg:visitDestinationPreposition`: before what a visit goes to.
    visit_destination_prepositions = "visitDestinationPreposition";
    /// `kg:visitLightVerb`: the lemma of a verb whose subject makes the
    /// visit that is its object ("paid a visit to B").
    visit_light_verbs = "visitLightVerb";
    /// `kg:visitAdjunctPreposition`: before a visit that is an adjunct of
    /// the visitor's clause ("during a visit to B, A met …").
    visit_adjunct_prepositions = "visitAdjunctPreposition";
    /// `kg:delegateNoun`: people sent by the party named with them
    /// ("Norlandic officials", "a delegation from Norland").
    delegate_nouns = "delegateNoun";
    /// `kg:nounPhrasePreposition`: heads only a noun phrase, never a clause.
    noun_phrase_prepositions = "nounPhrasePreposition";
    /// `kg:ownerBoundaryWord`: the search for a noun's owner stops at it.
    owner_boundary_words = "ownerBoundaryWord";
    /// `kg:roleMarker`: the capacity a person acts in ("as Minister").
    role_markers = "roleMarker";
    /// `kg:weekday`.
    weekdays = "weekday";
    /// `kg:monthName`, and every name of a `kg:monthNames` list.
    month_names = "monthName";
    /// `kg:monthAbbreviation`.
    month_abbreviations = "monthAbbreviation";
    /// `kg:timeSpanNoun`: "week" in "last week".
    time_span_nouns = "timeSpanNoun";
    /// `kg:timeSpanDeterminer`: "last" in "last week".
    time_span_determiners = "timeSpanDeterminer";
    /// `kg:adjunctAdverb`: "X jointly issued".
    adjunct_adverbs = "adjunctAdverb";
    /// `kg:reciprocalCue`: in the clause of a reciprocal verb, makes its
    /// coordinated subjects act together ("jointly", "shared").
    reciprocal_cues = "reciprocalCue";
    /// `kg:dayPreposition`: "on June 3".
    day_prepositions = "dayPreposition";
    /// `kg:yearPreposition`: "in 2017".
    year_prepositions = "yearPreposition";
    /// `kg:placePreposition`: "at" in "signed at Parliament House by A".
    place_prepositions = "placePreposition";
    /// `kg:motionVerbForm`: "travelled" in "travelled to Lima to sign".
    motion_verb_forms = "motionVerbForm";
    /// `kg:motionPreposition`: "to" in "travelled to Lima to sign".
    motion_prepositions = "motionPreposition";
    /// `kg:titleAgentPreposition`: "by" in "the Joint Statement by A and B
    /// on Trade", a document's title naming its authors.
    title_agent_prepositions = "titleAgentPreposition";
    /// `kg:titleTopicPreposition`: "on" in "the Agreement between A and B
    /// on Trade", a document's title going on with its topic after its
    /// parties.
    title_topic_prepositions = "titleTopicPreposition";
    /// `kg:ceremonyNoun`: "ceremony" in "a signing ceremony for the accord".
    ceremony_nouns = "ceremonyNoun";
    /// `kg:ceremonyPreposition`: "for" in "a signing ceremony for the accord".
    ceremony_prepositions = "ceremonyPreposition";
    /// `kg:ceremonyVerbForm`: "held" in "held a signing ceremony for".
    ceremony_verb_forms = "ceremonyVerbForm";
    /// `kg:attributionCue`: attributes facts to the mention after it.
    attribution_cues = "attributionCue";
    /// `kg:complementizer`: opens reported content after its source.
    complementizers = "complementizer";
    /// `kg:reportingVerbForm`: irregular forms of reporting verbs.
    reporting_verb_forms = "reportingVerbForm";
    /// `kg:goalListVerb`: between a goal noun's owner and its goals.
    goal_list_verbs = "goalListVerb";
    /// `kg:goalListFiller`: skipped before a list of goals ("as follows").
    goal_list_fillers = "goalListFiller";
    /// `kg:adjunctPurposeStart`: a purpose phrase that is an adjunct.
    adjunct_purpose_starts = "adjunctPurposeStart";
    /// `kg:infinitiveSubjectMarker`: "for X to do".
    infinitive_subject_markers = "infinitiveSubjectMarker";
    /// `kg:frameworkPreposition`: "projects under this accord".
    framework_prepositions = "frameworkPreposition";
    /// `kg:clauseBoundaryWord`: opens a clause that is no part of a goal.
    clause_boundary_words = "clauseBoundaryWord";
    /// `kg:absoluteClauseStart`: ", with X to do" gives the infinitive a subject.
    absolute_clause_starts = "absoluteClauseStart";
    /// `kg:referringNoun`: after a determiner, refers back to the document
    /// or initiative the text is about ("the measures"), never owning a goal itself.
    referring_nouns = "referringNoun";
    /// `kg:placeholderNoun`: as a goal verb's whole object, names nothing
    /// the goal is about ("explore ways"), so the goal states no aim.
    placeholder_nouns = "placeholderNoun";
    /// `kg:infinitiveComplementNoun`: its "to" infinitive is its
    /// complement, not a purpose ("the desire to work together").
    infinitive_complement_nouns = "infinitiveComplementNoun";
    /// `kg:expectingVerb`: its object and infinitive say what is expected
    /// of the object ("expect the plan to attract investment").
    expecting_verbs = "expectingVerb";
    /// `kg:gerundPurposeMarker`: before a gerund, states a document's
    /// purpose ("a roadmap for cutting emissions").
    gerund_purpose_markers = "gerundPurposeMarker";
    /// `kg:goalVerb`: a verb that opens goals, read as one after a
    /// conjunction however the tagger took it ("and promote joint …").
    goal_verbs = "goalVerb";
    /// `kg:occasionPreposition`: before an occasion noun, ends a goal
    /// ("during the visit").
    occasion_prepositions = "occasionPreposition";
    /// `kg:occasionNoun`: an event an act is done on the occasion of.
    occasion_nouns = "occasionNoun";
    /// `kg:goalListNoun`: a few words before a colon ending the sentence,
    /// opens a goal list, one item a line ("the six pillars of …:").
    goal_list_nouns = "goalListNoun";
    /// `kg:cardinalWord`: a count word with no place in the counting order
    /// of `kg:cardinalNumbers` ("twenty", "dozens"; the extractor adds the
    /// number words there above one): counting a goal list noun that ends
    /// a sentence, it opens a list; before a plural document noun, it makes
    /// the phrase a document ("six agreements").
    cardinal_words = "cardinalWord";
    /// `kg:partitiveWord`: before a genitive and a counted noun of
    /// membership, the one thing of the group the sentence names ("A is
    /// one of the twelve members of B").
    partitive_words = "partitiveWord";
    /// `kg:additiveGroupWord`: after a name and a conjunction, opens a
    /// plural noun of the group the name belongs to ("A and other members
    /// of B").
    additive_group_words = "additiveGroupWord";
    /// `kg:preambleCue`: opens a preamble line of a titled declaration
    /// ("Intending to …;"), whose infinitive is the declaration's goal.
    preamble_cues = "preambleCue";
    /// `kg:indefiniteQuantifier`: opens a noun phrase that names no
    /// document ("several measures"), so owns no goal.
    indefinite_quantifiers = "indefiniteQuantifier";
    /// `kg:hypotheticalModifier`: opens a description of a thing not made
    /// yet ("a future strategy"), which owns no goal.
    hypothetical_modifiers = "hypotheticalModifier";
    /// `kg:formerModifier`: before a role noun, says the role is over ("a
    /// former member"), so the phrase names no present membership.
    former_modifiers = "formerModifier";
    /// `kg:soughtMembershipCue`: between a member and the membership
    /// trigger, or right before the member, says the membership is sought
    /// or offered ("bid", "applied", "hopes", "invited"), not held.
    sought_membership_cues = "soughtMembershipCue";
    /// `kg:tenureModifier`: between a person's comma and an office in
    /// apposition, says when the office is held ("current", "incoming");
    /// no word of the office.
    tenure_modifiers = "tenureModifier";
    /// `kg:participantWord`: before a participle, the people the clause's
    /// verb names ("those signing the accord included …").
    participant_words = "participantWord";
    /// `kg:inclusionVerb`: names the participants after a participant
    /// word's participle ("included").
    inclusion_verbs = "inclusionVerb";
    /// `kg:presenceComplement`: between a plural membership phrase and
    /// the copula listing its members, says they were there ("Members of
    /// the Council in attendance were: …").
    presence_complements = "presenceComplement";
    /// `kg:compositionCue`: after a plural membership phrase, opens the
    /// list of its members ("the Member States of the Union comprising …").
    composition_cues = "compositionCue";
    /// `kg:possessionVerb`: a group as the subject of the members a plural
    /// membership noun after it lists ("The Forum has three members: …").
    possession_verbs = "possessionVerb";
    /// `kg:additionPhrase`: opens a fronted adjunct whose names do what the
    /// participants do ("In addition to A and B, …").
    addition_phrases = "additionPhrase";
    /// `kg:purposeNoun`: a noun predicated of a document whose "to"
    /// infinitive is the document's goal ("the plan is an effort to …").
    purpose_nouns = "purposeNoun";
    /// `kg:documentObjectPreposition`: between a verb and the document it
    /// acts on ("entering into an MOU to …"), which owns the verb's purpose.
    document_object_prepositions = "documentObjectPreposition";
    /// `kg:infinitivalRelativeModifier`: before a noun, makes its "to"
    /// infinitive a relative clause ("the first agreement to enter into force").
    infinitival_relative_modifiers = "infinitivalRelativeModifier";
    /// `kg:intentionNoun`: a document's resolve or wish, whose "to"
    /// infinitive is the document's goal ("reaffirms the determination to …").
    intention_nouns = "intentionNoun";
    /// `kg:intentionPredicate`: the parties' resolve as a predicate ("are
    /// determined to", "intend to"), whose infinitive is a goal of the
    /// document the text is.
    intention_predicates = "intentionPredicate";
    /// `kg:constitutiveVerb`: its participle on a document says what the
    /// document sets up, no goal ("a memorandum establishing a partnership").
    constitutive_verbs = "constitutiveVerb";
    /// `kg:subjectMatterVerb`: a goal verb whose present tense as a
    /// document's main predicate says what the document deals with ("the
    /// strategy addresses the threats …"), no goal.
    subject_matter_verbs = "subjectMatterVerb";
    /// `kg:meansMarker`: "by" + gerund, the means of a goal, no part of it.
    means_markers = "meansMarker";
    /// `kg:magnitudeNoun`: a large amount ("millions"); a present goal
    /// verb's object counted by one measures an effect, no goal.
    magnitude_nouns = "magnitudeNoun";
    /// `kg:jointActionVerb`: a head that by itself says the parties act
    /// together ("cooperate"); its purpose infinitive is the goal.
    joint_action_verbs = "jointActionVerb";
    /// `kg:actionVerb`: a head that says only that someone acts ("work");
    /// its purpose infinitive is the goal with a joint action adverb only.
    action_verbs = "actionVerb";
    /// `kg:jointActionAdverb`: how parties act together ("together").
    joint_action_adverbs = "jointActionAdverb";
    /// `kg:documentActNoun`: "the launch of X to V" states X's goal.
    document_act_nouns = "documentActNoun";
    /// `kg:programmeHead`: the head of a funding or action programme's
    /// name ("Fund"), a programme where the text treats it as one.
    programme_heads = "programmeHead";
    /// `kg:cooperationHead`: the head of the name of a joint undertaking
    /// ("Alliance"), an initiative where the name links places.
    cooperation_heads = "cooperationHead";
    /// `kg:fundingCue`: before the name of what pays for something
    /// ("funded by").
    funding_cues = "fundingCue";
}

/// The classes the extraction rules give a part, each named by a `kg:`
/// annotation on the ontology itself (`kg:personClass kg:Person`), so no
/// rule names a class IRI.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassRoles {
    /// `kg:personClass`.
    pub person: String,
    /// `kg:placeClass`.
    pub place: String,
    /// `kg:organizationClass`.
    pub organization: String,
    /// `kg:governmentBodyClass`: its name heads mark state bodies.
    pub government_body: String,
    /// `kg:publisherClass`: a publisher the gazetteer does not know.
    pub publisher: String,
    /// `kg:documentClass`.
    pub document: String,
    /// `kg:jointClass`: classes whose members parties make together.
    pub joint: Vec<String>,
    /// `kg:signedClass`: classes whose members the parties sign rather
    /// than write (a title's pair names no authors of one).
    pub signed: Vec<String>,
    /// `kg:activityClass`.
    pub activity: String,
    /// `kg:goalClass`.
    pub goal: String,
    /// `kg:positionClass`.
    pub position: String,
    /// `kg:programmeClass`: what a name with a programme head names where
    /// the text treats it as a programme.
    pub programme: String,
    /// `kg:scopeClass`: classes of the places a name's scope phrase may
    /// name ("… in Southeast Asia").
    pub scope: Vec<String>,
    /// `kg:partyClass`: the class of political parties, whose members a
    /// possessor or a title after the name states.
    pub party: String,
    /// `kg:areaClass`: classes of the areas (countries, regions) a place
    /// that is none is placed in by naming the area after it and a comma
    /// ("Denver, Colorado").
    pub area: Vec<String>,
}

impl ClassRoles {
    /// Reads one `kg:` property of a subject (`local`, its local name) if
    /// it names a role (`iris` gives its IRI values, in order); a later
    /// file overrides a single-class role.
    fn read(&mut self, local: &str, iris: impl FnOnce() -> Vec<String>) {
        let single = match local {
            "personClass" => &mut self.person,
            "placeClass" => &mut self.place,
            "organizationClass" => &mut self.organization,
            "governmentBodyClass" => &mut self.government_body,
            "publisherClass" => &mut self.publisher,
            "documentClass" => &mut self.document,
            "activityClass" => &mut self.activity,
            "goalClass" => &mut self.goal,
            "positionClass" => &mut self.position,
            "programmeClass" => &mut self.programme,
            "partyClass" => &mut self.party,
            _ => {
                let list = match local {
                    "jointClass" => &mut self.joint,
                    "signedClass" => &mut self.signed,
                    "scopeClass" => &mut self.scope,
                    "areaClass" => &mut self.area,
                    _ => return,
                };
                for iri in iris() {
                    if !list.contains(&iri) {
                        list.push(iri);
                    }
                }
                return;
            }
        };
        if let Some(iri) = iris().pop() {
            *single = iri;
        }
    }
}

/// The whole vocabulary that drives extraction.
#[derive(Debug, Clone, Default)]
pub struct Ontology {
    pub classes: BTreeMap<String, Class>,
    pub properties: BTreeMap<String, Property>,
    /// The gazetteer's individuals, sorted by IRI. Shared: where a user's
    /// files add no individual, the ontology and its bundled part
    /// ([`Ontology::bundled`]) hold one list, and the lexicons compiled
    /// from them one gazetteer.
    pub individuals: Arc<Vec<Individual>>,
    pub cues: Cues,
    /// Every source file: (name, Turtle text), in load order, so the
    /// ontology itself can be stored and queried.
    pub sources: Vec<(String, String)>,
    /// Looked up for every fact's domain and range check and never
    /// iterated, so a fast hash is safe.
    ancestors: FxHashMap<String, BTreeSet<String>>,
    /// What the bundled files alone give, where a user's files were added
    /// to them (see [`Ontology::bundled`]).
    bundled: Option<Box<Ontology>>,
    /// The statements of a user's files that extraction does not read.
    pub warnings: Vec<OntologyWarning>,
    /// The `kg:frame` statements of a user's files: (file, the property's
    /// IRI, the frame), so that a frame that cannot be read is named with
    /// its file ([`Ontology::frame_source`]).
    user_frames: Vec<(String, String, String)>,
}

/// Collects ontology files, then builds an [`Ontology`].
///
/// ```
/// use kgraph::ontology::OntologyBuilder;
/// let extra = "@prefix kg: <https://w3id.org/kgraph/ontology#> .
/// @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
/// <https://example.org/Treaty> a <http://www.w3.org/2002/07/owl#Class> ;
///     rdfs:subClassOf kg:Agreement ; rdfs:label \"Treaty\"@en ; kg:nameHead \"Treaty\" .";
/// let ontology = OntologyBuilder::new().with_builtin().with_text("extra.ttl", extra).build().unwrap();
/// assert!(ontology.is_subclass_of("https://example.org/Treaty", "https://w3id.org/kgraph/ontology#Document"));
/// ```
#[derive(Debug, Default)]
pub struct OntologyBuilder {
    sources: Vec<(String, String)>,
    /// Per source, whether it is one of the files built into the binary.
    builtin: Vec<bool>,
    error: Option<OntologyError>,
}

impl OntologyBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the files embedded in the binary.
    pub fn with_builtin(mut self) -> Self {
        for (name, text) in BUILTIN_FILES {
            self = self.with_builtin_file(name, text);
        }
        self
    }

    /// Adds one of the files embedded in the binary (`name` relative to
    /// `ontology/`).
    pub(crate) fn with_builtin_file(mut self, name: &str, text: &str) -> Self {
        self.sources
            .push((format!("ontology/{name}"), text.to_owned()));
        self.builtin.push(true);
        self
    }

    /// Adds a Turtle text under a name used in error messages.
    pub fn with_text(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.push((name.into(), text.into()));
        self.builtin.push(false);
        self
    }

    /// Adds a Turtle file, or every `.ttl` file under a directory (sorted).
    pub fn with_path(mut self, path: &Path) -> Self {
        if self.error.is_some() {
            return self;
        }
        if let Err(e) = self.read_path(path) {
            self.error = Some(e);
        }
        self
    }

    fn read_path(&mut self, path: &Path) -> Result<(), OntologyError> {
        let io = |source| OntologyError::Io {
            path: path.to_owned(),
            source,
        };
        let meta = fs::metadata(path).map_err(io)?;
        let mut files = Vec::new();
        if meta.is_dir() {
            collect_ttl(path, &mut files, 0).map_err(io)?;
            files.sort();
            if files.is_empty() {
                return Err(OntologyError::Empty {
                    path: path.to_owned(),
                });
            }
        } else {
            files.push(path.to_owned());
        }
        for file in files {
            let text = fs::read_to_string(&file).map_err(|source| OntologyError::Io {
                path: file.clone(),
                source,
            })?;
            self.sources.push((file.display().to_string(), text));
            self.builtin.push(false);
        }
        Ok(())
    }

    /// Parses every source and interprets the vocabulary: the bundled
    /// files first, then the user's in the order given. Where both are
    /// given, the ontology keeps what the bundled files alone give too
    /// ([`Ontology::bundled`]), and a warning for each statement of a
    /// user's file that extraction cannot read ([`Ontology::warnings`]).
    pub fn build(self) -> Result<Ontology, OntologyError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let has_bundled = self.builtin.iter().any(|&b| b);
        let order = (0..self.sources.len())
            .filter(|&i| self.builtin[i])
            .chain((0..self.sources.len()).filter(|&i| !self.builtin[i]));
        let mut graph = TripleIndex::default();
        let mut bundled: Option<Ontology> = None;
        let mut bundled_only = BTreeSet::new();
        let mut deprecated = BTreeMap::new();
        let mut user_statements = Vec::new();
        let mut user_frames = Vec::new();
        let mut no_kgraph_term = Vec::new();
        for i in order {
            let (name, text) = &self.sources[i];
            let builtin = self.builtin[i];
            if !builtin && has_bundled && bundled.is_none() {
                let alone = graph.interpret();
                bundled_only = graph.bundled_only_properties();
                deprecated = graph.deprecated_properties();
                bundled = Some(alone);
            }
            if builtin {
                if let Some(triples) = pre_read_triples(name, text) {
                    for triple in triples {
                        graph.insert(triple);
                    }
                    continue;
                }
            }
            let mut parser = RdfParser::from_format(RdfFormat::Turtle);
            if builtin {
                // The built-in files are valid (the tests parse them with
                // every check, `builtin_files_parse_the_same_checked`):
                // skipping the IRI and language-tag checks reads the same
                // triples faster. User files keep every check.
                parser = parser.lenient();
            }
            let parser = parser.for_slice(text.as_bytes());
            // Whether a statement of a user's file names a term of the
            // kgraph namespace (as property or object), and the first
            // property under kgraph's IRIs but outside that namespace (a
            // wrong `kg:` prefix).
            let (mut names_kgraph, mut near_miss) = (false, None);
            for triple in parser {
                let quad = triple.map_err(|source| OntologyError::Syntax {
                    file: name.clone(),
                    source,
                })?;
                let triple = Triple::from(quad);
                if !builtin && !names_kgraph {
                    let predicate = triple.predicate.as_str();
                    names_kgraph = predicate.starts_with(KG)
                        || matches!(&triple.object, Term::NamedNode(n) if n.as_str().starts_with(KG));
                    if near_miss.is_none() && predicate.starts_with(KGRAPH_IRIS) {
                        near_miss = Some(predicate.to_owned());
                    }
                }
                if !builtin {
                    if let Some(local) = triple.predicate.as_str().strip_prefix(KG) {
                        if let (true, Term::Literal(frame)) = (local == "frame", &triple.object) {
                            user_frames.push((
                                name.clone(),
                                triple.subject.to_string(),
                                frame.value().trim().to_owned(),
                            ));
                        }
                        let ignored = bundled_only.contains(local);
                        // Kept only where a warning can result: a list a
                        // user cannot extend, a property the bundled files
                        // do not declare (the user's may), or a word list
                        // read on classes or properties.
                        if ignored
                            || deprecated.contains_key(local)
                            || !graph.declares(local)
                            || CLASS_WORDS.iter().any(|(l, _)| *l == local)
                            || PROPERTY_WORDS.iter().any(|(l, _)| *l == local)
                        {
                            user_statements.push(UserStatement {
                                file: i,
                                subject: triple.subject.clone(),
                                property: local.to_owned(),
                                ignored,
                            });
                        }
                        if ignored {
                            continue;
                        }
                    }
                }
                graph.insert(triple);
            }
            if let (false, Some(property)) = (names_kgraph, near_miss) {
                no_kgraph_term.push(OntologyWarning {
                    file: name.clone(),
                    property: String::new(),
                    kind: OntologyWarningKind::NoKgraphTerm { property },
                    statements: 0,
                });
            }
        }
        let mut ontology = graph.interpret();
        if let Some(alone) = &bundled {
            // A user's file seldom names an individual: then the whole
            // ontology's individuals are the bundled part's, held once.
            if alone.individuals == ontology.individuals {
                ontology.individuals = Arc::clone(&alone.individuals);
            }
        }
        ontology.warnings = graph.warnings(&ontology, user_statements, &self.sources, &deprecated);
        ontology.warnings.extend(no_kgraph_term);
        ontology.bundled = bundled.map(Box::new);
        ontology.user_frames = user_frames;
        ontology.sources = self.sources;
        Ok(ontology)
    }
}

/// The triples the build script read from a built-in file (`build.rs`,
/// `pre_read_turtle`, with every check), if `name` and `text` are one of
/// [`BUILTIN_FILES`] as embedded: the same triples, in the same order, as
/// parsing its Turtle gives, blank nodes aside (test
/// `pre_read_triples_are_the_turtle_files`), read without parsing Turtle at
/// start-up, which was most of the fixed cost of every `kg` run.
fn pre_read_triples<'a>(name: &str, text: &str) -> Option<impl Iterator<Item = Triple> + 'a> {
    let index = BUILTIN_FILES.iter().position(|(file, embedded)| {
        name.strip_prefix("ontology/") == Some(*file) && *embedded == text
    })?;
    let records = BUILTIN_TRIPLES.get(index)?;
    Some(records.split_terminator('\u{1e}').map(|record| {
        // Subject, predicate, the object's kind, the object, and its
        // language or datatype (see `build.rs`).
        let mut fields = record.split('\u{1f}');
        let mut field = || fields.next().unwrap_or_default();
        let (subject, predicate, kind, object, extra) =
            (field(), field(), field(), field(), field());
        let subject: NamedOrBlankNode = match subject.strip_prefix("_:") {
            Some(id) => BlankNode::new_unchecked(id).into(),
            None => NamedNode::new_unchecked(subject).into(),
        };
        let object: Term = match kind {
            "I" => NamedNode::new_unchecked(object).into(),
            "B" => BlankNode::new_unchecked(object).into(),
            "G" => Literal::new_language_tagged_literal_unchecked(object, extra).into(),
            "T" => Literal::new_typed_literal(object, NamedNode::new_unchecked(extra)).into(),
            _ => Literal::new_simple_literal(object).into(),
        };
        Triple::new(subject, NamedNode::new_unchecked(predicate), object)
    }))
}

/// The start of every kgraph IRI: a property under it but outside [`KG`]
/// is a wrong prefix.
const KGRAPH_IRIS: &str = "https://w3id.org/kgraph/";

/// A statement of a user's file with a `kg:` property, kept to warn where
/// extraction does not read it.
struct UserStatement {
    /// The file's index in the builder's sources.
    file: usize,
    subject: NamedOrBlankNode,
    /// The property's local name in the `kg:` namespace.
    property: String,
    /// Left out: the property lists the bundled files' words only.
    ignored: bool,
}

/// The statements of a user's ontology file with one property that
/// extraction does not read, for one reason (one warning per file,
/// property and kind, however many statements), so that `--ontology` says
/// so rather than silently doing nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OntologyWarning {
    /// The file, as given.
    pub file: String,
    /// The `kg:` property's local name.
    pub property: String,
    /// Why it is not read; a subject named is the first of `statements`.
    pub kind: OntologyWarningKind,
    /// How many statements of the file the warning stands for (at least 1).
    pub statements: usize,
}

/// Why a user's statement is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OntologyWarningKind {
    /// The property is not declared by the ontology (a misspelling).
    UnknownProperty,
    /// The property lists words of the bundled files only (declared
    /// `kg:bundledOnly`, see `ontology/README.md`).
    BundledOnly,
    /// The property is deprecated (`owl:deprecated true` in `kgraph.ttl`):
    /// its statements are still read, for one release, and `replacement`
    /// (a `kg:` local name, empty if none is named) says the same.
    Deprecated { replacement: String },
    /// A class's word list said of a subject that is no class.
    NotAClass { subject: String },
    /// An object property's word list said of a subject that is no object
    /// property.
    NotAProperty { subject: String },
    /// No statement of the file names a term of the kgraph namespace (as
    /// property or object), and `property`, under kgraph's IRIs, is
    /// outside it: a wrong `kg:` prefix. The warning's `property` is empty.
    NoKgraphTerm { property: String },
}

impl std::fmt::Display for OntologyWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (file, property) = (&self.file, &self.property);
        let statements = match self.statements {
            0 | 1 => "its statement is ignored".to_owned(),
            n => format!("its {n} statements are ignored"),
        };
        let more = match self.statements {
            0 | 1 => String::new(),
            2 => " (nor is 1 more subject)".to_owned(),
            n => format!(" (nor are {} more subjects)", n - 1),
        };
        match &self.kind {
            OntologyWarningKind::UnknownProperty => write!(
                f,
                "{file}: kg:{property} is no property of the kgraph ontology; {statements}"
            ),
            OntologyWarningKind::BundledOnly => write!(
                f,
                "{file}: kg:{property} lists the bundled files' words only and cannot be extended (see ontology/README.md); {statements}"
            ),
            OntologyWarningKind::Deprecated { replacement } => {
                let read = match self.statements {
                    0 | 1 => "its statement is still read".to_owned(),
                    n => format!("its {n} statements are still read"),
                };
                write!(
                    f,
                    "{file}: kg:{property} is deprecated and goes in the next release; {read}"
                )?;
                if !replacement.is_empty() {
                    write!(f, ", but use kg:{replacement} instead")?;
                }
                write!(f, " (see ontology/README.md)")
            }
            OntologyWarningKind::NotAClass { subject } => write!(
                f,
                "{file}: kg:{property} is read on classes, and {subject} is none{more}; {statements}"
            ),
            OntologyWarningKind::NoKgraphTerm { property } => write!(
                f,
                "{file}: no statement uses the kgraph ontology's namespace <{KG}>, and <{property}> is no term of it (check the kg: prefix); such statements are ignored"
            ),
            OntologyWarningKind::NotAProperty { subject } => write!(
                f,
                "{file}: kg:{property} is read on object properties, and {subject} is none{more}; {statements}"
            ),
        }
    }
}

fn collect_ttl(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) -> std::io::Result<()> {
    // Bounded depth: a symlink loop must not hang us.
    if depth > 16 {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_ttl(&path, out, depth + 1)?;
        } else if path.extension().is_some_and(|e| e == "ttl") {
            out.push(path);
        }
    }
    Ok(())
}

impl Ontology {
    /// The built-in ontology alone.
    pub fn builtin() -> Result<Self, OntologyError> {
        OntologyBuilder::new().with_builtin().build()
    }

    /// The built-in ontology plus user files or directories.
    pub fn with_extra(paths: &[PathBuf]) -> Result<Self, OntologyError> {
        paths
            .iter()
            .fold(OntologyBuilder::new().with_builtin(), |b, p| b.with_path(p))
            .build()
    }

    /// The ontology the bundled files alone give, where a user's files
    /// were added to them (`None` otherwise: the ontology is that one, or
    /// has no bundled files). The name tagger's hint bits are computed
    /// from it, so a user's words reach the rules and never shift what the
    /// bundled tagger was trained to read.
    pub fn bundled(&self) -> Option<&Ontology> {
        self.bundled.as_deref()
    }

    /// Where a user's file states the `kg:frame` string `frame`: the file
    /// as given and the subject as Turtle writes it (`<iri>`); `None` if
    /// no user's file does (the bundled files' frames).
    pub fn frame_source(&self, frame: &str) -> Option<(&str, &str)> {
        self.user_frames
            .iter()
            .find(|(_, _, f)| f == frame)
            .map(|(file, subject, _)| (file.as_str(), subject.as_str()))
    }

    /// Whether `class` is `ancestor` or one of its (transitive) subclasses.
    pub fn is_subclass_of(&self, class: &str, ancestor: &str) -> bool {
        class == ancestor
            || self
                .ancestors
                .get(class)
                .is_some_and(|set| set.contains(ancestor))
    }

    /// The declared superclasses of a class (transitively), sorted.
    pub fn superclasses(&self, class: &str) -> Vec<String> {
        self.ancestors
            .get(class)
            .into_iter()
            .flatten()
            .filter(|c| self.classes.contains_key(*c))
            .cloned()
            .collect()
    }

    /// Whether a class fits a domain or range list (empty list: anything fits).
    pub fn fits(&self, class: &str, allowed: &[String]) -> bool {
        allowed.is_empty() || allowed.iter().any(|a| self.is_subclass_of(class, a))
    }

    /// A property by its local name ("issues").
    pub fn property_by_local_name(&self, name: &str) -> Option<&Property> {
        self.properties.values().find(|p| p.local_name == name)
    }

    /// The class IRI for a local name in our namespace ("Country").
    pub fn kg_class(&self, local: &str) -> String {
        format!("{KG}{local}")
    }
}

/// Subject-indexed triples, used once while interpreting the files.
/// Never iterated (`subjects` keeps the order), so a fast hash is safe;
/// the bundled files hold tens of thousands of subjects, each looked up
/// once per annotation property read at every start.
#[derive(Default)]
struct TripleIndex {
    by_subject: FxHashMap<NamedOrBlankNode, Vec<(String, Term)>>,
    subjects: Vec<NamedOrBlankNode>,
}

impl TripleIndex {
    fn insert(&mut self, triple: Triple) {
        let pair = (triple.predicate.into_string(), triple.object);
        match self.by_subject.entry(triple.subject) {
            std::collections::hash_map::Entry::Occupied(mut entry) => entry.get_mut().push(pair),
            std::collections::hash_map::Entry::Vacant(entry) => {
                self.subjects.push(entry.key().clone());
                entry.insert(vec![pair]);
            }
        }
    }

    /// The statements whose subject is `s`.
    fn of(&self, s: &NamedOrBlankNode) -> Statements<'_> {
        Statements(self.by_subject.get(s).map_or(&[], Vec::as_slice))
    }

    /// Class IRIs named directly or through `owl:unionOf` lists.
    fn class_list(&self, statements: Statements<'_>, namespace: &str, local: &str) -> Vec<String> {
        let mut out = Vec::new();
        for term in statements.values(namespace, local) {
            match term {
                Term::NamedNode(n) => out.push(n.as_str().to_owned()),
                Term::BlankNode(b) => {
                    let node = NamedOrBlankNode::BlankNode(b.clone());
                    for list in self.of(&node).values(OWL, "unionOf") {
                        out.extend(self.rdf_list(list));
                    }
                }
                _ => {}
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The items of an RDF collection, in order.
    fn list_items(&self, head: &Term) -> Vec<Term> {
        let mut out = Vec::new();
        let mut current = head.clone();
        // Bounded walk: a malformed cyclic list must not hang us.
        for _ in 0..10_000 {
            let node = match &current {
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
                _ => break,
            };
            let statements = self.of(&node);
            if let Some(item) = statements.values(RDF, "first").next() {
                out.push(item.clone());
            }
            match statements.values(RDF, "rest").next() {
                Some(next) => current = next.clone(),
                None => break,
            }
        }
        out
    }

    /// The IRIs of an RDF collection, in order.
    fn rdf_list(&self, head: &Term) -> Vec<String> {
        self.list_items(head)
            .into_iter()
            .filter_map(|item| match item {
                Term::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect()
    }

    /// The literals of an RDF collection, in order (`("January" "February")`).
    fn literal_list(&self, head: &Term) -> Vec<String> {
        self.list_items(head)
            .into_iter()
            .filter_map(|item| match item {
                Term::Literal(l) => Some(l.value().trim().to_owned()),
                _ => None,
            })
            .collect()
    }

    /// The local names of the annotation properties declared
    /// `kg:bundledOnly true`: lists a user's file cannot extend.
    fn bundled_only_properties(&self) -> BTreeSet<String> {
        self.subjects
            .iter()
            .filter(|s| {
                self.of(s)
                    .strings(KG, "bundledOnly")
                    .iter()
                    .any(|v| v == "true")
            })
            .filter_map(|s| match s {
                NamedOrBlankNode::NamedNode(n) => n.as_str().strip_prefix(KG).map(str::to_owned),
                NamedOrBlankNode::BlankNode(_) => None,
            })
            .collect()
    }

    /// The local names of the annotation properties declared
    /// `owl:deprecated true`, each with the local name of the `kg:`
    /// property that replaces it (`dcterms:isReplacedBy`; empty if none):
    /// a user's statements with them are read, and warned of.
    fn deprecated_properties(&self) -> BTreeMap<String, String> {
        self.subjects
            .iter()
            .filter_map(|s| {
                let statements = self.of(s);
                if !statements
                    .strings(OWL, "deprecated")
                    .iter()
                    .any(|v| v == "true")
                {
                    return None;
                }
                let NamedOrBlankNode::NamedNode(n) = s else {
                    return None;
                };
                let local = n.as_str().strip_prefix(KG)?.to_owned();
                let replacement = statements
                    .iris(DCTERMS, "isReplacedBy")
                    .into_iter()
                    .find_map(|iri| iri.strip_prefix(KG).map(str::to_owned))
                    .unwrap_or_default();
                Some((local, replacement))
            })
            .collect()
    }

    /// Whether the triples declare `kg:local` (give it a type).
    fn declares(&self, local: &str) -> bool {
        let node = NamedOrBlankNode::NamedNode(oxigraph::model::NamedNode::new_unchecked(format!(
            "{KG}{local}"
        )));
        self.of(&node).values(RDF, "type").next().is_some()
    }

    /// One warning per file, property and kind for the statements of a
    /// user's file extraction does not read, counting them (linear in the
    /// statements: a file of many misplaced statements gives one line).
    fn warnings(
        &self,
        ontology: &Ontology,
        statements: Vec<UserStatement>,
        sources: &[(String, String)],
        deprecated: &BTreeMap<String, String>,
    ) -> Vec<OntologyWarning> {
        /// The kind without its subject: what a warning is keyed by.
        #[derive(PartialEq, Eq, Hash)]
        enum Key {
            Unknown,
            BundledOnly,
            Deprecated,
            NotAClass,
            NotAProperty,
        }
        let mut declared: FxHashMap<String, bool> = FxHashMap::default();
        let mut index: FxHashMap<(usize, String, Key), usize> = FxHashMap::default();
        let mut out: Vec<OntologyWarning> = Vec::new();
        for statement in statements {
            let iri = match &statement.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str(),
                NamedOrBlankNode::BlankNode(_) => "",
            };
            let is_declared = *declared
                .entry(statement.property.clone())
                .or_insert_with(|| self.declares(&statement.property));
            let (key, kind) = if statement.ignored {
                (Key::BundledOnly, OntologyWarningKind::BundledOnly)
            } else if !is_declared {
                (Key::Unknown, OntologyWarningKind::UnknownProperty)
            } else if let Some(replacement) = deprecated.get(&statement.property) {
                (
                    Key::Deprecated,
                    OntologyWarningKind::Deprecated {
                        replacement: replacement.clone(),
                    },
                )
            } else if CLASS_WORDS.iter().any(|(l, _)| *l == statement.property)
                && !ontology.classes.contains_key(iri)
            {
                (
                    Key::NotAClass,
                    OntologyWarningKind::NotAClass {
                        subject: statement.subject.to_string(),
                    },
                )
            } else if PROPERTY_WORDS.iter().any(|(l, _)| *l == statement.property)
                && !ontology.properties.contains_key(iri)
            {
                (
                    Key::NotAProperty,
                    OntologyWarningKind::NotAProperty {
                        subject: statement.subject.to_string(),
                    },
                )
            } else {
                continue;
            };
            match index.entry((statement.file, statement.property, key)) {
                std::collections::hash_map::Entry::Occupied(entry) => {
                    out[*entry.get()].statements += 1;
                }
                std::collections::hash_map::Entry::Vacant(entry) => {
                    let (file, property) = (entry.key().0, entry.key().1.clone());
                    entry.insert(out.len());
                    out.push(OntologyWarning {
                        file: sources[file].0.clone(),
                        property,
                        kind,
                        statements: 1,
                    });
                }
            }
        }
        out
    }

    fn interpret(&self) -> Ontology {
        let mut ontology = Ontology::default();
        let class_types = [format!("{OWL}Class"), format!("{RDFS}Class")];
        let property_type = format!("{OWL}ObjectProperty");
        let symmetric_type = format!("{OWL}SymmetricProperty");

        for subject in &self.subjects {
            let NamedOrBlankNode::NamedNode(node) = subject else {
                continue;
            };
            let iri = node.as_str().to_owned();
            let statements = self.of(subject);
            let types = statements.iris(RDF, "type");
            if types.iter().any(|t| class_types.contains(t)) {
                let class = ontology.classes.entry(iri.clone()).or_default();
                class.iri = iri.clone();
                if class.label.is_empty() {
                    class.label = statements
                        .label()
                        .unwrap_or_else(|| local_name(&iri).to_owned());
                }
                class.parents.extend(statements.iris(RDFS, "subClassOf"));
                for (local, list) in CLASS_WORDS {
                    list(class).extend(statements.strings(KG, local));
                }
            }
            if types
                .iter()
                .any(|t| *t == property_type || *t == symmetric_type)
            {
                let property = ontology.properties.entry(iri.clone()).or_default();
                property.iri = iri.clone();
                property.local_name = local_name(&iri).to_owned();
                if property.label.is_empty() {
                    property.label = statements
                        .label()
                        .unwrap_or_else(|| local_name(&iri).to_owned());
                }
                property.symmetric |= types.contains(&symmetric_type);
                property
                    .domain
                    .extend(self.class_list(statements, RDFS, "domain"));
                property
                    .range
                    .extend(self.class_list(statements, RDFS, "range"));
                for (local, list) in PROPERTY_WORDS {
                    list(property).extend(statements.strings(KG, local));
                }
                property.by_parties_only |= statements
                    .strings(KG, "byPartiesOnly")
                    .iter()
                    .any(|v| v == "true");
                property.possessed_classes.extend(self.class_list(
                    statements,
                    KG,
                    "possessedClass",
                ));
                property.frames.extend(statements.strings(KG, "frame"));
            }
            // The `kg:` statements of this subject, grouped by property
            // (a stable sort: each group keeps the statements' order).
            // Each property is then read once into the list it fills: the
            // ontology's own subject holds thousands of word statements
            // under a hundred and more properties, and the gazetteer's
            // thousands of subjects none of these, so asking every list of
            // every subject scanned the same statements again and again
            // (what is read is the same).
            let mut kg_statements: Vec<(&str, &Term)> = statements
                .0
                .iter()
                .filter_map(|(predicate, object)| Some((predicate.strip_prefix(KG)?, object)))
                .collect();
            if kg_statements.is_empty() {
                continue;
            }
            kg_statements.sort_by_key(|(local, _)| *local);
            let cues = &mut ontology.cues;
            for group in kg_statements.chunk_by(|a, b| a.0 == b.0) {
                let local = group[0].0;
                let objects = group.iter().map(|(_, object)| *object);
                let lists = match local {
                    "monthNames" => Some(&mut cues.month_names),
                    "cardinalNumbers" => Some(&mut cues.cardinal_numbers),
                    _ => None,
                };
                if let Some(lists) = lists {
                    lists.extend(objects.map(|head| self.literal_list(head)));
                } else if let Some(list) = cues.list_mut(local) {
                    list.extend(Statements::literal_strings(objects));
                } else if let Some(list) = cues.function_words.list_mut(local) {
                    list.extend(Statements::literal_strings(objects));
                } else {
                    cues.class_roles
                        .read(local, || Statements::iri_values(objects));
                }
            }
        }

        // The month lists of the text stage are the extraction's month names
        // too, so the twelve words are written once.
        let cues = &mut ontology.cues;
        for names in &cues.month_names {
            cues.function_words
                .month_names
                .extend(names.iter().map(|name| name.to_lowercase()));
        }

        // Individuals: typed by a known class and labelled. Each subject's
        // statements are read in one pass: asking for the seven properties
        // one by one scanned them seven times, on each of the gazetteer's
        // thousands of subjects. What is read is what `Statements::iris`
        // and `Statements::strings` give: IRIs in order, literals trimmed,
        // empty ones left out and neighbouring repeats once.
        let [type_iri, label_iri, alt_label_iri, demonym_iri, same_as_iri, located_in_iri, jurisdiction_iri, new_to_tagger_iri] =
            [
                (RDF, "type"),
                (RDFS, "label"),
                (SKOS, "altLabel"),
                (KG, "demonym"),
                (OWL, "sameAs"),
                (KG, "locatedIn"),
                (KG, "jurisdiction"),
                (KG, "newToTaggerName"),
            ]
            .map(|(namespace, local)| format!("{namespace}{local}"));
        let mut individuals = Vec::new();
        for subject in &self.subjects {
            let NamedOrBlankNode::NamedNode(node) = subject else {
                continue;
            };
            let mut class = None;
            let mut label = None;
            let mut alt_labels = Vec::new();
            let mut demonyms = Vec::new();
            let mut same_as = Vec::new();
            let mut located_in = Vec::new();
            let mut jurisdictions = Vec::new();
            let mut new_to_tagger = false;
            for (predicate, object) in self.of(subject).0 {
                match object {
                    Term::NamedNode(n) => {
                        let iri = n.as_str();
                        if *predicate == type_iri {
                            if class.is_none() && ontology.classes.contains_key(iri) {
                                class = Some(iri.to_owned());
                            }
                        } else if *predicate == same_as_iri {
                            same_as.push(iri.to_owned());
                        } else if *predicate == located_in_iri {
                            located_in.push(iri.to_owned());
                        } else if *predicate == jurisdiction_iri {
                            jurisdictions.push(iri.to_owned());
                        }
                    }
                    Term::Literal(literal) => {
                        let value = literal.value().trim();
                        if value.is_empty() {
                            continue;
                        }
                        if *predicate == label_iri {
                            if label.is_none() {
                                label = Some(value.to_owned());
                            }
                        } else if *predicate == alt_label_iri {
                            alt_labels.push(value.to_owned());
                        } else if *predicate == demonym_iri {
                            demonyms.push(value.to_owned());
                        } else if *predicate == new_to_tagger_iri {
                            new_to_tagger = value == "true";
                        }
                    }
                    _ => {}
                }
            }
            let (Some(class), Some(label)) = (class, label) else {
                continue;
            };
            alt_labels.dedup();
            demonyms.dedup();
            located_in.extend(jurisdictions);
            individuals.push(Individual {
                iri: node.as_str().to_owned(),
                class,
                label,
                alt_labels,
                demonyms,
                same_as,
                located_in,
                new_to_tagger,
            });
        }
        individuals.sort_by(|a, b| a.iri.cmp(&b.iri));
        individuals.dedup_by(|a, b| a.iri == b.iri);
        ontology.individuals = Arc::new(individuals);

        for class in ontology.classes.values_mut() {
            for (_, list) in CLASS_WORDS {
                let list = list(class);
                list.sort();
                list.dedup();
            }
            class.parents.sort();
            class.parents.dedup();
        }
        ontology.ancestors = transitive_ancestors(&ontology.classes);
        ontology
    }
}

/// The (predicate, object) pairs of one subject, looked up once and then
/// read property by property. Predicates are matched as namespace + local
/// name, so reading one makes no string.
#[derive(Clone, Copy)]
struct Statements<'a>(&'a [(String, Term)]);

impl<'a> Statements<'a> {
    fn values<'p>(self, namespace: &'p str, local: &'p str) -> impl Iterator<Item = &'a Term> + 'p
    where
        'a: 'p,
    {
        self.0
            .iter()
            .filter(move |(predicate, _)| predicate.strip_prefix(namespace) == Some(local))
            .map(|(_, object)| object)
    }

    /// The trimmed, non-empty literal values of a property (neighbouring
    /// repeats once).
    fn strings(self, namespace: &str, local: &str) -> Vec<String> {
        Self::literal_strings(self.values(namespace, local))
    }

    /// The trimmed, non-empty literal values among `objects` (neighbouring
    /// repeats once), as [`Statements::strings`] reads a property's.
    fn literal_strings<'t>(objects: impl Iterator<Item = &'t Term>) -> Vec<String> {
        let mut out: Vec<String> = objects
            .filter_map(|t| match t {
                Term::Literal(l) => Some(l.value().trim().to_owned()),
                _ => None,
            })
            .filter(|v| !v.is_empty())
            .collect();
        out.dedup();
        out
    }

    fn iris(self, namespace: &str, local: &str) -> Vec<String> {
        Self::iri_values(self.values(namespace, local))
    }

    /// The IRI values among `objects`, in order, as [`Statements::iris`]
    /// reads a property's.
    fn iri_values<'t>(objects: impl Iterator<Item = &'t Term>) -> Vec<String> {
        objects
            .filter_map(|t| match t {
                Term::NamedNode(n) => Some(n.as_str().to_owned()),
                _ => None,
            })
            .collect()
    }

    fn label(self) -> Option<String> {
        self.strings(RDFS, "label").into_iter().next()
    }
}

fn transitive_ancestors(classes: &BTreeMap<String, Class>) -> FxHashMap<String, BTreeSet<String>> {
    let mut out = FxHashMap::default();
    for iri in classes.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&str> = vec![iri];
        while let Some(c) = stack.pop() {
            if let Some(class) = classes.get(c) {
                for p in &class.parents {
                    if seen.insert(p.clone()) {
                        stack.push(p);
                    }
                }
            }
        }
        out.insert(iri.clone(), seen);
    }
    out
}

/// The part of an IRI after the last `#` or `/`.
pub fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each built-in file's triples as the build script read them are the
    /// ones its Turtle gives here, blank nodes numbered by first use.
    #[test]
    fn pre_read_triples_are_the_turtle_files() {
        fn numbered(triples: &[Triple]) -> Vec<String> {
            let mut ids: FxHashMap<String, usize> = FxHashMap::default();
            let mut term = |term: String, blank: Option<&BlankNode>| match blank {
                Some(b) => {
                    let next = ids.len();
                    format!("_:{}", ids.entry(b.as_str().to_owned()).or_insert(next))
                }
                None => term,
            };
            triples
                .iter()
                .map(|t| {
                    let subject = match &t.subject {
                        NamedOrBlankNode::BlankNode(b) => term(String::new(), Some(b)),
                        s => term(s.to_string(), None),
                    };
                    let object = match &t.object {
                        Term::BlankNode(b) => term(String::new(), Some(b)),
                        o => term(o.to_string(), None),
                    };
                    format!("{subject} {} {object}", t.predicate)
                })
                .collect()
        }
        for (name, text) in BUILTIN_FILES {
            let pre_read: Vec<Triple> = pre_read_triples(&format!("ontology/{name}"), text)
                .expect("a built-in file is pre-read")
                .collect();
            let parsed: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
                .for_slice(text.as_bytes())
                .map(|quad| Triple::from(quad.unwrap()))
                .collect();
            assert!(!parsed.is_empty(), "{name}");
            assert_eq!(numbered(&pre_read), numbered(&parsed), "{name}");
        }
        // A text that is not the embedded file is parsed, not pre-read.
        assert!(pre_read_triples("ontology/kgraph.ttl", "").is_none());
    }

    /// The built-in files, read leniently at start-up, give what they give
    /// with every check (as a user's files are read).
    #[test]
    fn builtin_files_parse_the_same_checked() {
        let lenient = Ontology::builtin().unwrap();
        let checked = BUILTIN_FILES
            .iter()
            .fold(OntologyBuilder::new(), |b, (name, text)| {
                b.with_text(format!("ontology/{name}"), *text)
            })
            .build()
            .unwrap();
        assert_eq!(lenient.classes, checked.classes);
        assert_eq!(lenient.properties, checked.properties);
        assert_eq!(lenient.individuals, checked.individuals);
        assert_eq!(lenient.cues, checked.cues);
        assert_eq!(lenient.sources, checked.sources);
        assert_eq!(lenient.ancestors, checked.ancestors);
    }

    /// Every function-word role is declared with what it does, and the
    /// built-in ontology gives it words; every class role names a class.
    #[test]
    fn every_function_word_role_is_declared_and_filled() {
        let schema = BUILTIN_FILES
            .iter()
            .find(|(name, _)| *name == "kgraph.ttl")
            .map(|(_, text)| *text)
            .unwrap();
        let ontology = Ontology::builtin().unwrap();
        // Whether each role has words, in field order (the order of PROPERTIES).
        let mut flags = Vec::new();
        ontology
            .cues
            .function_words
            .map(|list| flags.push(!list.is_empty()));
        let mut empty = Vec::new();
        for (local, filled) in FunctionWords::<()>::PROPERTIES.iter().zip(flags) {
            let declaration = format!("kg:{local} a owl:AnnotationProperty");
            let at = schema.find(&declaration);
            assert!(at.is_some(), "{local} is not declared in kgraph.ttl");
            let rest = &schema[at.unwrap()..];
            let statement = &rest[..rest.find(" .\n").unwrap_or(rest.len())];
            assert!(statement.contains("rdfs:comment"), "{local} has no comment");
            // A deprecated role (`kg:pairNumber`) keeps its declaration
            // for a user's old files, with no bundled words.
            if !filled && !statement.contains("owl:deprecated true") {
                empty.push(*local);
            }
        }
        assert!(empty.is_empty(), "roles without words: {empty:?}");
        let roles = &ontology.cues.class_roles;
        for class in [
            &roles.person,
            &roles.place,
            &roles.organization,
            &roles.government_body,
            &roles.publisher,
            &roles.document,
            &roles.activity,
            &roles.goal,
            &roles.position,
        ]
        .into_iter()
        .chain(&roles.joint)
        {
            assert!(ontology.classes.contains_key(class), "{class:?}");
        }
    }

    const SMALL: &str = r#"
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
kg:Agent a owl:Class ; rdfs:label "agent"@en .
kg:Document a owl:Class ; rdfs:label "document"@en .
kg:Strategy a owl:Class ; rdfs:subClassOf kg:Document ; kg:descriptionHead "strategy" .
kg:Country a owl:Class ; rdfs:subClassOf kg:Agent .
kg:issues a owl:ObjectProperty ; rdfs:domain kg:Agent ;
    rdfs:range [ owl:unionOf ( kg:Document kg:Strategy ) ] ; kg:verbTrigger "issue", "release" .
<https://w3id.org/kgraph/entity/china> a kg:Country ; rdfs:label "China"@en ;
    skos:altLabel "PRC"@en ; kg:demonym "Chinese"@en .
"#;

    #[test]
    fn reads_classes_properties_and_individuals() {
        let o = OntologyBuilder::new()
            .with_text("small.ttl", SMALL)
            .build()
            .unwrap();
        assert!(o.is_subclass_of(&format!("{KG}Strategy"), &format!("{KG}Document")));
        assert!(!o.is_subclass_of(&format!("{KG}Country"), &format!("{KG}Document")));
        let issues = o.property_by_local_name("issues").unwrap();
        assert_eq!(
            issues.range,
            vec![format!("{KG}Document"), format!("{KG}Strategy")]
        );
        assert_eq!(issues.verb_triggers, vec!["issue", "release"]);
        assert_eq!(o.individuals.len(), 1);
        assert_eq!(o.individuals[0].demonyms, vec!["Chinese"]);
    }

    #[test]
    fn syntax_errors_name_the_file_and_position() {
        let err = OntologyBuilder::new()
            .with_text(
                "broken.ttl",
                "@prefix kg: <https://example.org/#> .\nkg:a kg:b .",
            )
            .build()
            .unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("broken.ttl: "), "{message}");
        assert!(message.contains("line 2"), "{message}");
        // The parser's own error is kept as the source, with its position.
        let source = std::error::Error::source(&err).expect("the parser's error as source");
        let syntax = source
            .downcast_ref::<RdfSyntaxError>()
            .expect("an RdfSyntaxError");
        assert_eq!(syntax.location().map(|l| l.start.line), Some(1));
    }

    /// A user's statement with a deprecated property (`kg:pairNumber`) is
    /// read and warned of once per file and property, naming the property
    /// to use instead.
    #[test]
    fn a_deprecated_property_is_read_and_warned_of() {
        let extra = format!(
            "@prefix kg: <{KG}> .\n\
             <https://w3id.org/kgraph/ontology> kg:pairNumber \"deux\", \"zwei\" .\n"
        );
        let o = OntologyBuilder::new()
            .with_builtin()
            .with_text("old.ttl", extra)
            .build()
            .unwrap();
        assert_eq!(o.cues.function_words.pair_numbers, vec!["deux", "zwei"]);
        assert_eq!(o.warnings.len(), 1, "{:?}", o.warnings);
        let warning = &o.warnings[0];
        assert_eq!(
            warning.kind,
            OntologyWarningKind::Deprecated {
                replacement: "cardinalNumbers".to_owned()
            }
        );
        assert_eq!(
            (warning.property.as_str(), warning.statements),
            ("pairNumber", 2)
        );
        let message = warning.to_string();
        assert!(
            message.starts_with("old.ttl: kg:pairNumber is deprecated"),
            "{message}"
        );
        assert!(message.contains("use kg:cardinalNumbers"), "{message}");
        // The bundled files no longer use it.
        assert!(Ontology::builtin()
            .unwrap()
            .cues
            .function_words
            .pair_numbers
            .is_empty());
    }

    /// A user's file that is not Turtle fails with the parser's error as
    /// the source (`Error::source`), and the message names the file and
    /// the line.
    #[test]
    fn a_malformed_user_file_keeps_the_parsers_error_as_source() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mine.ttl");
        fs::write(
            &path,
            "@prefix kg: <https://w3id.org/kgraph/ontology#> .\nkg:issues kg:verbTrigger \"endorse\" kg:x .\n",
        )
        .unwrap();
        let err = Ontology::with_extra(std::slice::from_ref(&path)).unwrap_err();
        let source = std::error::Error::source(&err).expect("a source");
        assert!(source.is::<RdfSyntaxError>(), "{source:?}");
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("{}: ", path.display())),
            "{message}"
        );
        assert!(message.contains("line 2"), "{message}");
    }

    #[test]
    fn builtin_ontology_parses() {
        let o = Ontology::builtin().unwrap();
        assert!(!o.classes.is_empty());
    }
}
