//! Relation frames over the dependency parse: a trigger (a verb or noun
//! lemma from the lexicon) and the grammatical roles that fill its subject
//! and object, declared in the ontology as `kg:frame` strings:
//!
//! ```text
//! kg:signs kg:frame "verb: nsubj -> obj", "passive: obl:agent -> nsubj:pass, ^acl" .
//! kg:cooperatesWith kg:frame "noun: nmod:poss, ^obj/nsubj -> nmod@prep", "noun: nmod@between <->" .
//! ```
//!
//! A frame is `KIND: ROLES -> ROLES` (subject roles, then object roles) or
//! `KIND: ROLES <->` (every filler is a party; facts between each pair).
//! `KIND` is `verb` (an active verb among the property's `kg:verbTrigger`
//! lemmas), `passive` (the same verbs in the passive, or a past participle
//! modifying a noun), `noun` (a `kg:nounTrigger`), `reciprocal` (a
//! `kg:reciprocalVerbTrigger`, read only with a reciprocal cue in its
//! clause), `stating` (an active `kg:statingVerbTrigger`, whose subject
//! issued the document an adjunct names: "In their declaration, A and B
//! reaffirmed …") or `group` (an active `kg:groupVerbTrigger`, whose subject is the
//! group: "the Forum comprises A and B" is `group: obj -> nsubj` on
//! `kg:memberOf`; a subject that is one of the property's own nouns stands
//! for its owner, "the Forum's members include A", and a multiword one's
//! later words are particles of the verb, "brings together"). A noun
//! trigger a former or hypothetical modifier qualifies ("a former member")
//! states no present fact. A frame may end with
//! `if ROLES is CLASS`: it then reads only where one of those roles is a
//! thing of the class (or the parse fills none of them) (`kg:cooperatesWith`'s passive: `if nsubj:pass, ^acl
//! is Document`). A role is:
//!
//! * `rel` — a dependent of the trigger attached with exactly `rel`;
//! * `rel@word` — such a dependent that has a `case` marker `word`
//!   (`@prep`: one of the property's `kg:preposition`s);
//! * `^rel` — the trigger's governor, when the trigger is attached with `rel`
//!   ("the agreement signed by …": `^acl`);
//! * `^rel/rel2` — the governor's `rel2` dependents, when the trigger is
//!   attached with `rel` ("A held talks with B": the subject of the verb
//!   whose object is the trigger, `^obj/nsubj`).
//!
//! Fillers are read the way English coordinates and embeds them: a filler's
//! `conj` dependents fill the role too ("A, B and C signed"); a verb with no
//! subject of its own takes the subject of the verb it is coordinated with
//! or controlled by ("agreed to sign", "met and signed"); a relative pronoun
//! stands for the noun its clause modifies. A filler counts when a mention of
//! the document covers its token. As for every fact, both ends must fit the
//! property's domain and range.

use rustc_hash::FxHashMap as HashMap;

use super::super::model::Polarity;
use super::super::syntax::SentenceSyntax;
use super::super::view::DocView;
use super::Frame;
use crate::ontology::Property;

/// Which use of a trigger word a frame reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FrameKind {
    /// An active verb.
    Verb,
    /// A verb in the passive, or a past participle modifying a noun.
    Passive,
    /// A noun.
    Noun,
    /// An active verb among the property's `kg:reciprocalVerbTrigger`
    /// lemmas, read only where a reciprocal cue (`kg:reciprocalCue`) stands
    /// in its clause: "A and B reaffirmed their shared ambition", "A and B
    /// jointly expressed …"; "A and B reaffirmed their support" is two
    /// parties each saying the same.
    Reciprocal,
    /// An active verb among the property's `kg:statingVerbTrigger` lemmas,
    /// whose subject states what a document named in an adjunct says, so
    /// issued it: "In their declaration, A and B reaffirmed …", "A said in
    /// its annual report that …". An agreement is no such document: its
    /// parties sign it.
    Stating,
    /// An active verb among the property's `kg:groupVerbTrigger` lemmas,
    /// whose subject is the group that holds the members its object names
    /// ("the Forum comprises A and B"). A subject that is one of the
    /// property's own nouns stands for its owner: "the Forum's members
    /// include A", "the Forum, whose members include A".
    Group,
    /// An active verb among the property's `kg:roleVerbTrigger` lemmas,
    /// whose object is an office written as a title (a position phrase):
    /// "Ada Quist will serve as Deputy Premier". Read by `role_positions`.
    RoleVerb,
    /// A `kg:appointingVerbTrigger` verb in the passive, or a past
    /// participle on a noun: "was sworn in as President", "with Ada Quist
    /// appointed as …".
    RolePassive,
    /// A `kg:roleNounTrigger` noun: "took up the post of Minister for X".
    RoleNoun,
}

impl FrameKind {
    pub(super) fn name(self) -> &'static str {
        match self {
            FrameKind::Verb => "verb",
            FrameKind::Passive => "passive",
            FrameKind::Noun => "noun",
            FrameKind::Reciprocal => "reciprocal",
            FrameKind::Stating => "stating",
            FrameKind::Group => "group",
            FrameKind::RoleVerb => "role-verb",
            FrameKind::RolePassive => "role-passive",
            FrameKind::RoleNoun => "role-noun",
        }
    }
}

/// Where a role's filler sits relative to the trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A dependent with this relation, optionally marked by a case word.
    Dependent { rel: String, case: Option<CaseWord> },
    /// The governor, when the trigger hangs from it with `rel`.
    Governor { rel: String },
    /// The governor's `of_governor` dependents (with their case marker),
    /// when the trigger, or a noun it completes, hangs from it with `rel`
    /// ("A has a long history of cooperation with B": "history", which
    /// "cooperation" completes, is the object of "has").
    GovernorDependent {
        rel: String,
        of_governor: String,
        case: Option<CaseWord>,
    },
    /// The `inner` dependents (with their case marker) of the trigger's `rel`
    /// dependents: "signed an accord with B", the parser having hung "with
    /// B" from the object.
    DependentOfDependent {
        rel: String,
        inner: String,
        case: Option<CaseWord>,
    },
}

/// The case marker a dependent must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseWord {
    /// One of the property's prepositions (`@prep`).
    PropertyPreposition,
    Word(String),
}

/// One compiled frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DependencyFrame {
    pub property: usize,
    pub kind: FrameKind,
    pub subject_roles: Vec<Role>,
    /// Empty when every filler is a party (`<->`).
    pub object_roles: Vec<Role>,
    pub parties: bool,
    /// `… if ROLES is CLASS`: the frame reads only where one of these
    /// roles is filled by a thing of the class (a mention of it, or a noun
    /// its `kg:descriptionHead`s name): "the treaty was signed by A and B"
    /// (`if nsubj:pass, ^acl is Document`), not "atrocities were committed
    /// by A and B". The class is a full IRI.
    pub condition: Option<(Vec<Role>, String)>,
    /// The later words of a multiword trigger ("together" of "bring
    /// together"), each a dependent of the verb the frame reads.
    pub particles: Vec<String>,
}

/// Why a `kg:frame` string is not a dependency frame.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameSyntaxError {
    #[error("frame {0:?}: expected \"verb:\", \"passive:\", \"noun:\" or \"reciprocal:\" before the roles")]
    Kind(String),
    #[error("frame {0:?}: expected \"SUBJECT ROLES -> OBJECT ROLES\" or \"ROLES <->\"")]
    Arrow(String),
    #[error("frame {frame:?}: role {role:?} is not REL, REL@WORD, ^REL or ^REL/REL")]
    Role { frame: String, role: String },
    #[error("frame {0:?}: expected \"if ROLES is CLASS\" after the roles")]
    Condition(String),
}

impl FrameSyntaxError {
    /// The `kg:frame` string that cannot be read.
    pub fn frame(&self) -> &str {
        match self {
            FrameSyntaxError::Kind(frame)
            | FrameSyntaxError::Arrow(frame)
            | FrameSyntaxError::Condition(frame) => frame,
            FrameSyntaxError::Role { frame, .. } => frame,
        }
    }
}

/// Parses one `kg:frame` string. `Ok(None)` for named frames that are not
/// dependency frames (`"title"`).
pub fn parse_frame(
    property: usize,
    text: &str,
) -> Result<Option<DependencyFrame>, FrameSyntaxError> {
    let Some((kind, rest)) = text.split_once(':') else {
        return Ok(None);
    };
    let kind = match kind.trim() {
        "verb" => FrameKind::Verb,
        "passive" => FrameKind::Passive,
        "noun" => FrameKind::Noun,
        "reciprocal" => FrameKind::Reciprocal,
        "stating" => FrameKind::Stating,
        "group" => FrameKind::Group,
        "role verb" => FrameKind::RoleVerb,
        "role passive" => FrameKind::RolePassive,
        "role noun" => FrameKind::RoleNoun,
        _ => return Err(FrameSyntaxError::Kind(text.to_owned())),
    };
    let (rest, condition) = match rest.split_once(" if ") {
        Some((rest, condition)) => (rest, Some(condition)),
        None => (rest, None),
    };
    let (subjects, objects, parties) = if let Some(left) = rest.trim_end().strip_suffix("<->") {
        (left, "", true)
    } else if let Some((left, right)) = rest.split_once("->") {
        (left, right, false)
    } else {
        return Err(FrameSyntaxError::Arrow(text.to_owned()));
    };
    let roles = |list: &str| -> Result<Vec<Role>, FrameSyntaxError> {
        list.split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| {
                parse_role(r).ok_or_else(|| FrameSyntaxError::Role {
                    frame: text.to_owned(),
                    role: r.to_owned(),
                })
            })
            .collect()
    };
    let subject_roles = roles(subjects)?;
    let object_roles = roles(objects)?;
    if subject_roles.is_empty() || (!parties && object_roles.is_empty()) {
        return Err(FrameSyntaxError::Arrow(text.to_owned()));
    }
    let condition = match condition {
        None => None,
        Some(condition) => {
            let Some((list, class)) = condition.rsplit_once(" is ") else {
                return Err(FrameSyntaxError::Condition(text.to_owned()));
            };
            let class = class.trim();
            let roles = roles(list)?;
            if roles.is_empty()
                || class.is_empty()
                || !class.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                return Err(FrameSyntaxError::Condition(text.to_owned()));
            }
            Some((roles, format!("{}{class}", crate::vocab::KG)))
        }
    };
    Ok(Some(DependencyFrame {
        property,
        kind,
        subject_roles,
        object_roles,
        parties,
        condition,
        particles: Vec::new(),
    }))
}

fn parse_role(text: &str) -> Option<Role> {
    let valid = |rel: &str| {
        !rel.is_empty()
            && rel
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == ':' || c == '_')
    };
    if let Some(rest) = text.strip_prefix('^') {
        return match rest.split_once('/') {
            Some((rel, dep)) if valid(rel) => match parse_role(dep)? {
                Role::Dependent {
                    rel: of_governor,
                    case,
                } => Some(Role::GovernorDependent {
                    rel: rel.to_owned(),
                    of_governor,
                    case,
                }),
                _ => None,
            },
            None if valid(rest) => Some(Role::Governor {
                rel: rest.to_owned(),
            }),
            _ => None,
        };
    }
    if let Some((rel, inner)) = text.split_once('/') {
        let Role::Dependent { rel: inner, case } = parse_role(inner)? else {
            return None;
        };
        return valid(rel).then(|| Role::DependentOfDependent {
            rel: rel.to_owned(),
            inner,
            case,
        });
    }
    let (rel, case) = match text.split_once('@') {
        Some((rel, "prep")) => (rel, Some(CaseWord::PropertyPreposition)),
        Some((rel, word)) if !word.is_empty() && !word.contains(char::is_whitespace) => {
            (rel, Some(CaseWord::Word(word.to_lowercase())))
        }
        Some(_) => return None,
        None => (text, None),
    };
    valid(rel).then(|| Role::Dependent {
        rel: rel.to_owned(),
        case,
    })
}

/// The frames of every property, indexed by trigger lemma and kind.
#[derive(Debug, Clone, Default)]
pub struct DependencyFrames {
    by_trigger: HashMap<(String, FrameKind), Vec<DependencyFrame>>,
    /// `kg:frame` strings that could not be read (reported by `kg extract`).
    pub errors: Vec<FrameSyntaxError>,
}

impl DependencyFrames {
    /// Compiles the `kg:frame` strings of the properties (indexed as the
    /// lexicon indexes them). Multiword triggers ("team up") stay with the
    /// surface rules.
    pub fn new<'p>(properties: impl IntoIterator<Item = &'p Property>) -> Self {
        let mut frames = DependencyFrames::default();
        for (p, property) in properties.into_iter().enumerate() {
            for text in &property.frames {
                let frame = match parse_frame(p, text) {
                    Ok(Some(frame)) => frame,
                    Ok(None) => continue,
                    Err(e) => {
                        frames.errors.push(e);
                        continue;
                    }
                };
                let triggers = match frame.kind {
                    FrameKind::Verb | FrameKind::Passive => &property.verb_triggers,
                    FrameKind::Noun => &property.noun_triggers,
                    FrameKind::Reciprocal => &property.reciprocal_verb_triggers,
                    FrameKind::Stating => &property.stating_verb_triggers,
                    FrameKind::Group => &property.group_verb_triggers,
                    FrameKind::RoleVerb => &property.role_verb_triggers,
                    FrameKind::RolePassive => &property.appointing_verb_triggers,
                    FrameKind::RoleNoun => &property.role_noun_triggers,
                };
                for trigger in triggers {
                    let mut words = trigger.split_whitespace().map(str::to_lowercase);
                    let Some(lemma) = words.next() else {
                        continue;
                    };
                    let particles: Vec<String> = words.collect();
                    // Multiword triggers stay with the surface rules, but
                    // a group verb's particles are read from the parse.
                    if !particles.is_empty() && frame.kind != FrameKind::Group {
                        continue;
                    }
                    let frame = DependencyFrame {
                        particles,
                        ..frame.clone()
                    };
                    let list = frames.by_trigger.entry((lemma, frame.kind)).or_default();
                    if !list.contains(&frame) {
                        list.push(frame);
                    }
                }
            }
        }
        frames
    }

    pub fn is_empty(&self) -> bool {
        self.by_trigger.is_empty()
    }

    /// The frames a trigger with this lemma reads as `kind`.
    pub(super) fn get(&self, lemma: &str, kind: FrameKind) -> &[DependencyFrame] {
        self.by_trigger
            .get(&(lemma.to_owned(), kind))
            .map_or(&[], Vec::as_slice)
    }
}

/// What a subject pronoun says of the subject it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    /// Several, or a plural noun ("they").
    Plural,
    /// One thing that is not a person ("it").
    Thing,
    /// One person ("she").
    Person,
}

/// How far coordination and control are followed (a bound on every walk).
const MAX_CONJUNCTS: usize = 16;
const MAX_CONTROL_DEPTH: usize = 4;

impl Frame<'_, '_> {
    /// Reads every dependency frame whose trigger occurs in the sentence.
    pub(super) fn dependency_frames(&mut self, syntax: &SentenceSyntax) {
        let frames = &self.lex.dependency_frames;
        if frames.is_empty() {
            return;
        }
        for t in self.range.clone() {
            let node = syntax.node(t);
            let kind = match node.upos {
                "VERB" if is_passive(syntax, t) => FrameKind::Passive,
                "VERB" => FrameKind::Verb,
                "NOUN" | "PROPN" => FrameKind::Noun,
                _ => continue,
            };
            let lemma = if node.lemma.bytes().any(|b| b.is_ascii_uppercase()) {
                std::borrow::Cow::Owned(node.lemma.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(node.lemma.as_str())
            };
            for frame in frames.get(&lemma, kind) {
                self.read_frame(syntax, t, frame);
            }
            // A participle with no auxiliary and no object is passive in
            // meaning even with a subject of its own, where the tagger read
            // it as a past tense too ("with Ada Quist appointed as …"): a
            // verb of appointing always has an object in the active.
            let bare_participle = matches!(node.xpos, "VBN" | "VBD")
                && !syntax.children(t).any(|c| {
                    let rel = syntax.node(c).rel;
                    rel.starts_with("aux") || rel == "obj"
                });
            let roles: &[FrameKind] = match kind {
                FrameKind::Verb if bare_participle => {
                    &[FrameKind::RoleVerb, FrameKind::RolePassive]
                }
                FrameKind::Verb => &[FrameKind::RoleVerb],
                FrameKind::Passive => &[FrameKind::RolePassive],
                _ => &[FrameKind::RoleNoun],
            };
            for &role in roles {
                for frame in frames.get(&lemma, role) {
                    self.read_role_frame(syntax, t, frame);
                }
            }
            if kind == FrameKind::Verb {
                for frame in frames.get(&lemma, FrameKind::Group) {
                    let has_particle = |word: &String| {
                        syntax
                            .children(t)
                            .any(|c| c > t && self.view.low(c) == word.as_str())
                    };
                    if frame.particles.iter().all(has_particle) {
                        self.read_frame(syntax, t, frame);
                    }
                }
                for frame in frames.get(&lemma, FrameKind::Stating) {
                    self.read_frame(syntax, t, frame);
                }
                let reciprocal = frames.get(&lemma, FrameKind::Reciprocal);
                if !reciprocal.is_empty() && self.reciprocal_cue_in_clause(syntax, t) {
                    for frame in reciprocal {
                        self.read_frame(syntax, t, frame);
                    }
                }
            }
        }
        self.role_noun_complements(syntax);
    }

    /// Whether a reciprocal cue (`kg:reciprocalCue`) stands in the clause of
    /// verb `t` outside its subject: a dependent of the verb ("jointly
    /// reaffirmed") or of its object or complement ("reaffirmed their
    /// shared ambition").
    fn reciprocal_cue_in_clause(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let cues = &self.lex.words.reciprocal_cues;
        syntax.children(t).any(|c| {
            let rel = syntax.node(c).rel;
            !rel.starts_with("nsubj")
                && (cues.contains(self.view.low(c))
                    || (matches!(rel, "obj" | "obl" | "xcomp" | "ccomp")
                        && syntax.children(c).any(|d| cues.contains(self.view.low(d)))))
        })
    }

    fn read_frame(&mut self, syntax: &SentenceSyntax, trigger: usize, frame: &DependencyFrame) {
        let property = &self.lex.properties[frame.property];
        // A group verb with two subjects is a parse gone wrong ("Signatories
        // to the X Compact include A": the name taken for a second
        // subject): which one is the group is not known.
        if frame.kind == FrameKind::Group
            && syntax
                .children(trigger)
                .filter(|&c| syntax.node(c).rel == "nsubj")
                .count()
                > 1
        {
            return;
        }
        if let Some((roles, class)) = &frame.condition {
            if !self.condition_holds(syntax, trigger, roles, class, property) {
                return;
            }
        }
        // A stating verb's document is one the adjunct names: in a relative
        // clause ("a framework for cooperation in which the two countries
        // agree to …") the clause may say what is done within a thing the
        // subjects never wrote; and a bare head after an indefinite article
        // ("said in a statement") is the way a quotation reached the press,
        // no document of the text ("In a joint declaration, A and B
        // pledged …" names one).
        if frame.kind == FrameKind::Stating {
            let mut tokens = Vec::new();
            for role in &frame.object_roles {
                role_fillers(syntax, trigger, role, property, &mut tokens);
            }
            let unnamed = |t: usize| {
                matches!(syntax.node(t).xpos, "WDT" | "WP")
                    || (syntax.children(t).any(|c| {
                        syntax.node(c).rel == "det"
                            && self
                                .lex
                                .words
                                .indefinite_articles
                                .contains(self.view.low(c))
                    }) && !syntax
                        .children(t)
                        .any(|c| c < t && matches!(syntax.node(c).rel, "amod" | "compound")))
            };
            if tokens.iter().any(|&t| unnamed(t)) {
                return;
            }
        }
        // A trigger noun named as a thing of its own ("our strategic
        // partnership with B") is no filler of its own frame: a word inside
        // its name (the possessive) reads as it.
        let own = match frame.kind {
            FrameKind::Noun => self.entity_at(trigger),
            _ => None,
        };
        let mut subjects =
            self.role_entities(syntax, trigger, frame, &frame.subject_roles, property);
        if frame.kind == FrameKind::Group {
            for e in self.added_group_members(syntax, trigger) {
                if !subjects.contains(&e) {
                    subjects.push(e);
                }
            }
        }
        subjects.retain(|&e| Some(e) != own);
        let mut qualifiers = self.qualifiers(self.qualifier_start(syntax, trigger), trigger);
        if frame.kind == FrameKind::Noun
            && (self.stopped_by_head(syntax, trigger) || self.not_current(syntax, trigger))
        {
            qualifiers.0 = Polarity::Negative;
        }
        let rule = format!("dep-{}", frame.kind.name());
        // Subject–object pairs; for parties, each pair of fillers once.
        let pairs: Vec<(usize, usize)> = if frame.parties {
            // People acting together ("the two ministers signed") act for
            // their governments: parties are the bodies, not the people.
            let parties: Vec<usize> = subjects
                .iter()
                .copied()
                .filter(|&e| !self.is_person(e))
                .collect();
            if frame.kind == FrameKind::Verb && self.each_signs_their_own(syntax, trigger, &parties)
            {
                return;
            }
            super::each_pair(&parties).collect()
        } else {
            let mut objects =
                self.role_entities(syntax, trigger, frame, &frame.object_roles, property);
            objects.retain(|&e| Some(e) != own);
            // An agreement's parties sign it: what they state in it makes
            // them no issuers of it ("In the accord, A and B agreed …").
            if frame.kind == FrameKind::Stating {
                objects.retain(|&e| !self.is_signed_document(e));
            }
            // Likewise a person who "signed an accord with Jordan" on
            // behalf of a government: parties of a symmetric relation are
            // bodies, not the people acting for them.
            let party = |e: usize| !property.symmetric || !self.is_person(e);
            subjects
                .iter()
                .filter(|&&s| party(s))
                .flat_map(|&s| objects.iter().filter(|&&o| party(o)).map(move |&o| (s, o)))
                .filter(|&(s, o)| !self.named_between_others(frame.property, s, o))
                .collect()
        };
        for (s, o) in pairs {
            if !self.already_read(s, frame.property, o) {
                let span = trigger..trigger + 1;
                self.emit(s, frame.property, o, span, &rule, 0.85, qualifiers.clone());
            }
        }
    }

    /// Whether entity `e` is a document its parties sign (`kg:signedClass`).
    pub(super) fn is_signed_document(&self, e: usize) -> bool {
        let class = &self.entities[e].class;
        self.lex
            .classes
            .signed
            .iter()
            .any(|c| self.ontology.is_subclass_of(class, c))
    }

    /// Whether one of `roles` of `trigger` is a thing of `class`: a mention
    /// of it covers the filler, or a description head of the class starts
    /// at the filler ("the accord", "an agreement"). Where the parse fills
    /// none of the roles (it hung "a Memorandum … was signed by the three
    /// provinces" apart from its subject), the condition does not hold
    /// against the frame.
    fn condition_holds(
        &self,
        syntax: &SentenceSyntax,
        trigger: usize,
        roles: &[Role],
        class: &str,
        property: &Property,
    ) -> bool {
        let mut tokens = Vec::new();
        for role in roles {
            role_fillers(syntax, trigger, role, property, &mut tokens);
        }
        tokens.is_empty()
            || tokens.into_iter().any(|t| {
                let t = antecedent(syntax, trigger, t);
                self.entity_at(t)
                    .is_some_and(|e| self.ontology.is_subclass_of(&self.entities[e].class, class))
                    || self
                        .lex
                        .description_heads
                        .longest_at(self.view, t, self.range.end)
                        .is_some_and(|(_, c)| self.ontology.is_subclass_of(c, class))
            })
    }

    /// Whether noun `t` has a modifier saying that what it names is over or
    /// not yet begun (`kg:formerModifier`, `kg:hypotheticalModifier`): "A,
    /// a former member of Y, …" and "a prospective partner" name no
    /// present relation, wherever the noun stands.
    fn not_current(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let words = &self.lex.words;
        syntax.children(t).any(|c| {
            c < t
                && syntax.node(c).rel == "amod"
                && (words.former_modifiers.contains(self.view.low(c))
                    || words.hypothetical_modifiers.contains(self.view.low(c)))
        })
    }

    /// Whether noun `t` is the object or subject of a cessation word
    /// (`kg:cessationWord`): "A suspended its cooperation with B", "the
    /// partnership between A and B collapsed".
    fn stopped_by_head(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let node = syntax.node(t);
        let Some(head) = node.head else {
            return false;
        };
        matches!(node.rel, "obj" | "nsubj" | "nsubj:pass")
            && self
                .lex
                .words
                .cessation_words
                .phrase_at(self.view, head, self.range.end)
                .is_some()
    }

    /// "Four of them, namely A, B, C and D, have signed the memoranda":
    /// three parties or more coordinated as the subject of a verb whose
    /// object is plural (a plural noun, `kg:documentListNoun`), with no
    /// reciprocal cue in the clause ("jointly", "together"), each signed
    /// a document of its own: they are no partners of each other.
    fn each_signs_their_own(&self, syntax: &SentenceSyntax, t: usize, parties: &[usize]) -> bool {
        parties.len() >= 3
            && syntax.children(t).any(|c| {
                let node = syntax.node(c);
                node.rel == "obj"
                    && (matches!(node.xpos, "NNS" | "NNPS")
                        || self
                            .lex
                            .words
                            .document_list_nouns
                            .contains(self.view.low(c)))
            })
            && !self.reciprocal_cue_in_clause(syntax, t)
    }

    /// Whether a surface rule already read this fact in this sentence: the
    /// parse then adds no second evidence for the same sentence.
    pub(super) fn already_read(&self, subject: usize, property: usize, object: usize) -> bool {
        let symmetric = self.lex.properties[property].symmetric;
        self.out[self.first_fact..].iter().any(|f| {
            f.property == property
                && ((f.subject == subject && f.object == object)
                    || (symmetric && f.subject == object && f.object == subject))
        })
    }

    /// The entities filling any of `roles` (in role order, without repeats).
    fn role_entities(
        &self,
        syntax: &SentenceSyntax,
        trigger: usize,
        frame: &DependencyFrame,
        roles: &[Role],
        property: &Property,
    ) -> Vec<usize> {
        let mut tokens = Vec::new();
        for role in roles {
            role_fillers(syntax, trigger, role, property, &mut tokens);
        }
        if frame.kind == FrameKind::Group {
            tokens = tokens
                .into_iter()
                .flat_map(|t| self.owners_of_own_noun(syntax, trigger, t, property))
                .collect();
        }
        tokens.retain(|&t| !self.after_standard_preposition(syntax, t));
        let mut expanded = Vec::new();
        for t in tokens {
            let t = antecedent(syntax, trigger, t);
            match self.pronoun_antecedent(syntax, t) {
                Some(subjects) => expanded.extend(subjects),
                None => {
                    let from = expanded.len();
                    expand_conjuncts(syntax, t, &mut expanded);
                    let end = expanded.len();
                    for i in from..end {
                        let u = expanded[i];
                        self.conjuncts_inside_name(syntax, u, &mut expanded);
                    }
                }
            }
        }
        // A filler naming no entity may count named items after a colon.
        let mut entities = Vec::new();
        let mut listed = Vec::new();
        for t in expanded {
            match self
                .filler_entity(t)
                .or_else(|| self.name_after_descriptor(syntax, t))
            {
                Some(e) if !entities.contains(&e) => entities.push(e),
                Some(_) => {}
                None => {
                    // A plural noun standing for places it names ("the
                    // Kestrian and Norlandic governments") or for the last
                    // two named ("the two governments").
                    let mut parties = self.plural_noun_parties_ending_at(t + 1);
                    if parties.is_empty() {
                        // "Ministers from A and B": one person of each place.
                        let places = self.places_of_plural_office(syntax, t);
                        parties.extend(places.into_iter().map(|e| (t..t + 1, e)));
                    }
                    if parties.is_empty() {
                        colon_list(syntax, self.view, t, &mut listed);
                    }
                    for (_, e) in parties {
                        if !entities.contains(&e) {
                            entities.push(e);
                        }
                    }
                }
            }
        }
        for t in listed {
            if let Some(e) = self.entity_at(t) {
                if !entities.contains(&e) {
                    entities.push(e);
                }
            }
        }
        entities
    }

    /// A group verb's filler `t` that is one of the property's own nouns
    /// ("members") stands for its owner: the possessor ("the Forum's
    /// members include A"; "whose" in a relative clause on the group) or
    /// the complement after one of the property's prepositions ("the
    /// members of the Forum include A"). An own noun with no owner fills
    /// nothing; any other filler stands for itself.
    fn owners_of_own_noun(
        &self,
        syntax: &SentenceSyntax,
        trigger: usize,
        t: usize,
        property: &Property,
    ) -> Vec<usize> {
        let node = syntax.node(t);
        let own = property.noun_triggers.iter().any(|n| {
            n.eq_ignore_ascii_case(&node.lemma) || n.eq_ignore_ascii_case(self.view.low(t))
        });
        if !own {
            return self.group_of_group_head(syntax, trigger, t, property);
        }
        if self.entity_at(t).is_some() {
            // "member" inside a group phrase that is no organisation ("the
            // ASEAN member states include A", where the parse may read
            // "states" as a verb and "member" as its subject): the
            // organisation named right before the noun owns the group.
            if !self.names_organisation(t) {
                let owners = self.organisations_before_group_word(t);
                if !owners.is_empty() {
                    return owners;
                }
            }
            return vec![t];
        }
        syntax
            .children(t)
            .filter(|&c| {
                let rel = syntax.node(c).rel;
                rel == "nmod:poss"
                    || (rel == "nmod"
                        && has_case(syntax, c, &CaseWord::PropertyPreposition, property))
                    || (rel == "compound" && c < t && self.names_organisation(c))
            })
            .map(|c| {
                // "whose": the noun the relative clause of the trigger
                // modifies, or where the parser did not hang the clause
                // from it, the noun before the pronoun (past a comma).
                if syntax.node(c).xpos != "WP$" {
                    return c;
                }
                if syntax.node(trigger).rel == "acl:relcl" {
                    return syntax.node(trigger).head.unwrap_or(c);
                }
                let before = c.checked_sub(1).filter(|&b| syntax.node(b).upos != "PUNCT");
                before
                    .or_else(|| c.checked_sub(2))
                    .filter(|&b| matches!(syntax.node(b).upos, "NOUN" | "PROPN"))
                    .unwrap_or(c)
            })
            .collect()
    }

    /// Whether the case word of token `t` ends a multiword preposition of a
    /// standard (`kg:standardPreposition`: "work together in line with their
    /// partnership"): its "with" is not the frame's preposition.
    fn after_standard_preposition(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let phrases = &self.lex.words.standard_prepositions;
        syntax.children(t).any(|c| {
            syntax.node(c).rel == "case"
                && (c.saturating_sub(MAX_STANDARD_PREPOSITION_WORDS - 1)..c).any(|k| {
                    k >= self.range.start
                        && phrases.phrase_at(self.view, k, c + 1) == Some(c + 1 - k)
                })
        })
    }

    /// The subject a pronoun stands for, where English grammar all but
    /// fixes it, if the two agree:
    ///
    /// * the subject of a reported clause stands for the subject of the
    ///   verb that reports it ("A and B announced they have signed …": "they"
    ///   is A and B; "the ministry said it has adopted …");
    /// * a possessive on the object of a verb stands for that verb's subject
    ///   ("A and B reinforced their cooperation").
    ///
    /// A pronoun that does not agree (a person saying "it") is left alone.
    /// Returns the subject's tokens with their conjuncts (a parse may also
    /// give a coordinated subject as two subjects).
    pub(super) fn pronoun_antecedent(
        &self,
        syntax: &SentenceSyntax,
        t: usize,
    ) -> Option<Vec<usize>> {
        let node = syntax.node(t);
        if node.upos != "PRON" {
            return None;
        }
        let words = &self.lex.words;
        let word = self.view.low(t);
        let agreement = if words.plural_pronouns.contains(word) {
            Agreement::Plural
        } else if words.neuter_pronouns.contains(word) {
            Agreement::Thing
        } else if words.personal_pronouns.contains(word) {
            Agreement::Person
        } else {
            return None;
        };
        let mut head = node.head?;
        // "A met B on Monday, and they signed X", "A met with B where they
        // both signed X": the plural subject of a clause joined to a
        // meeting (coordinated with it or its adverbial clause) stands for
        // those who met, its subjects and its partners.
        if agreement == Agreement::Plural
            && node.rel.starts_with("nsubj")
            && matches!(syntax.node(head).rel, "conj" | "advcl")
        {
            if let Some((subjects, partners)) = syntax
                .node(head)
                .head
                .and_then(|verb| self.meeting_sides(syntax, verb))
            {
                let sides: Vec<usize> = subjects.into_iter().chain(partners).collect();
                let mut entities: Vec<usize> = Vec::new();
                for &s in &sides {
                    if let Some(e) = self.entity_at(s).filter(|e| !entities.contains(e)) {
                        entities.push(e);
                    }
                }
                if entities.len() >= 2 {
                    return Some(sides);
                }
            }
        }
        // The subject of a reported clause, or the possessor of an object
        // or of a noun completing it ("reaffirmed the importance of their
        // partnership").
        let reported = node.rel.starts_with("nsubj") && syntax.node(head).rel == "ccomp";
        if node.rel == "nmod:poss" {
            for _ in 0..MAX_CONTROL_DEPTH {
                if syntax.node(head).rel != "nmod" {
                    break;
                }
                head = syntax.node(head).head?;
            }
        }
        let possessor = node.rel == "nmod:poss" && matches!(syntax.node(head).rel, "obj" | "obl");
        if !(reported || possessor) {
            return None;
        }
        let verb = syntax.node(head).head?;
        let mut subjects = Vec::new();
        let subject_role = Role::Dependent {
            rel: "nsubj".to_owned(),
            case: None,
        };
        role_fillers(
            syntax,
            verb,
            &subject_role,
            &Property::default(),
            &mut subjects,
        );
        let &subject = subjects.first()?;
        let mut conjuncts = Vec::new();
        for &s in &subjects {
            expand_conjuncts(syntax, s, &mut conjuncts);
        }
        let mut entities: Vec<usize> = Vec::new();
        for &c in &conjuncts {
            if let Some(e) = self.entity_at(c).filter(|e| !entities.contains(e)) {
                entities.push(e);
            }
        }
        let person = &self.lex.classes.person;
        let plural_noun = matches!(syntax.node(subject).xpos, "NNS" | "NNPS");
        let agrees = match agreement {
            Agreement::Plural => entities.len() >= 2 || (entities.len() == 1 && plural_noun),
            Agreement::Thing => {
                conjuncts.len() == 1
                    && !plural_noun
                    && entities
                        .first()
                        .is_some_and(|&e| self.entities[e].class != *person)
            }
            Agreement::Person => {
                conjuncts.len() == 1
                    && entities
                        .first()
                        .is_some_and(|&e| self.entities[e].class == *person)
            }
        };
        agrees.then_some(conjuncts)
    }

    /// A group verb's subject `t` headed by a group head (`kg:groupHead`:
    /// "countries", "member states") stands for the organisation that
    /// owns it: a name before it ("the APU countries include A", also where
    /// the parse reads the name as an adjective: "the OECD countries"), its
    /// possessor ("the Union's member states include A") or its complement
    /// after one of the property's prepositions ("the member states of the
    /// Union include A"). Only an organisation owns such a group: "the
    /// Baltic Sea states", "the states of Europe" name places, no members.
    /// Any other filler, or a group head with no owner ("the two
    /// countries"), stands for itself.
    fn group_of_group_head(
        &self,
        syntax: &SentenceSyntax,
        trigger: usize,
        subject: usize,
        property: &Property,
    ) -> Vec<usize> {
        // A relative pronoun as the subject ("the APU countries, which
        // include A") stands for the noun the clause is on, whatever that
        // noun's role in its own clause.
        let t = antecedent(syntax, trigger, subject);
        if t == subject && !syntax.node(t).rel.starts_with("nsubj") {
            return vec![t];
        }
        // A group named as a thing of its own ("the Forum") stands for
        // itself, and so does a named group of countries no organisation
        // owns ("the Baltic Sea states").
        if !self.lex.group_heads.contains_key(self.view.low(t)) || self.names_organisation(t) {
            return vec![subject];
        }
        let owners: Vec<usize> = syntax
            .children(t)
            .filter(|&c| {
                let rel = syntax.node(c).rel;
                (rel == "nmod:poss"
                    || (matches!(rel, "compound" | "amod") && c < t)
                    || (rel == "nmod"
                        && has_case(syntax, c, &CaseWord::PropertyPreposition, property)))
                    && self.names_organisation(c)
            })
            .collect();
        if owners.is_empty() {
            vec![subject]
        } else {
            owners
        }
    }

    /// The members a group verb names besides its object: after an
    /// addition phrase (`kg:additionPhrase`) opening an adjunct of the verb
    /// ("the Forum, which, in addition to A, includes B and C", "the Forum
    /// comprises, besides A, B and C"), and after an additive phrase
    /// (`kg:additivePhrase`) right after the object's list ("includes A
    /// and B, as well as C"), where the parse may hang that name anywhere.
    fn added_group_members(&self, syntax: &SentenceSyntax, trigger: usize) -> Vec<usize> {
        let words = &self.lex.words;
        let b = self.range.end;
        let mut out = Vec::new();
        for c in syntax.children(trigger) {
            let rel = syntax.node(c).rel;
            let after = if matches!(rel, "obl" | "advmod" | "advcl") {
                let start = subtree_start(syntax, c);
                words
                    .addition_phrases
                    .phrase_at(self.view, start, b)
                    .map(|len| start + len)
            } else if rel == "obj" {
                let mut list = Vec::new();
                expand_conjuncts(syntax, c, &mut list);
                let last = list.into_iter().max().unwrap_or(c);
                let mut k = self
                    .mentions
                    .iter()
                    .filter(|(r, _)| r.contains(&last))
                    .map(|(r, _)| r.end)
                    .max()
                    .unwrap_or(last + 1);
                if k < b && self.view.is_punct(k, ",") {
                    k += 1;
                }
                words
                    .additive_phrases
                    .phrase_at(self.view, k, b)
                    .map(|len| k + len)
            } else {
                None
            };
            if let Some(start) = after.filter(|&k| k < b) {
                out.extend(self.objects_starting_at(start).into_iter().map(|(_, e)| e));
            }
        }
        out
    }

    /// The organisations named right before token `t`, a word of a group
    /// phrase ("the ASEAN member states", "the NV8 member states"): the
    /// words of the group's mention before `t` and the words right before
    /// that mention, as long as each names an organisation; one token per
    /// organisation.
    fn organisations_before_group_word(&self, t: usize) -> Vec<usize> {
        let start = self
            .mentions
            .iter()
            .filter(|(r, _)| r.contains(&t))
            .map(|(r, _)| r.start)
            .min()
            .unwrap_or(t);
        let mut first = start;
        while first > self.range.start && self.names_organisation(first - 1) {
            first -= 1;
        }
        let mut owners: Vec<usize> = Vec::new();
        let mut seen = Vec::new();
        for k in first..t {
            if !self.names_organisation(k) {
                continue;
            }
            if let Some(e) = self.entity_at(k).filter(|e| !seen.contains(e)) {
                seen.push(e);
                owners.push(k);
            }
        }
        owners
    }

    /// Whether token `t` is a word of a mention of an organisation.
    pub(super) fn names_organisation(&self, t: usize) -> bool {
        self.entity_at(t).is_some_and(|e| {
            self.ontology
                .is_subclass_of(&self.entities[e].class, &self.lex.classes.organization)
        })
    }

    /// The entity a role's filler stands for: a word of the title before a
    /// person's name stands for the person (the parse may head "Foreign
    /// Minister Ada Quist" on "Minister"), and so does a word of a position
    /// phrase the position rules found the person holding ("by Kestria's
    /// Minister for Energy, Ada Quist"); otherwise the entity of the
    /// innermost mention covering it.
    pub(super) fn filler_entity(&self, t: usize) -> Option<usize> {
        self.titles
            .iter()
            .find(|((tokens, _), _)| tokens.contains(&t))
            .map(|&(_, person)| person)
            .or_else(|| {
                self.held_positions
                    .iter()
                    .find(|(tokens, _)| tokens.contains(&t))
                    .map(|&(_, person)| person)
            })
            .or_else(|| self.entity_at(t))
    }

    /// The entity named right after a common noun that describes it ("with
    /// the non-profit Kestrel Trust", "the charity Lumen Aid"): the parse
    /// may make the describing noun the argument and hang the name from it
    /// as an apposition, though the name is what the clause speaks of.
    fn name_after_descriptor(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        if syntax.node(t).upos != "NOUN" {
            return None;
        }
        let name = t + 1;
        let hangs_as_apposition =
            syntax.node(name).head == Some(t) && syntax.node(name).rel == "appos";
        hangs_as_apposition.then(|| self.entity_at(name)).flatten()
    }

    /// The conjuncts the parse hangs from a word inside the name covering
    /// token `t` rather than from `t` ("signed by the Department for Energy
    /// and Trade and Kestrel Steel": "Kestrel" may hang from "Trade"): a
    /// conjunct outside the name is coordinated with the whole name.
    fn conjuncts_inside_name(&self, syntax: &SentenceSyntax, t: usize, out: &mut Vec<usize>) {
        let Some(name) = self
            .mentions
            .iter()
            .filter(|(r, _)| r.contains(&t))
            .max_by_key(|(r, _)| r.len())
            .map(|(r, _)| r.clone())
        else {
            return;
        };
        // "the Ministry of Water (MOW) and the Ministry of Roads": the
        // parse may hang the next conjunct from the short form in brackets
        // right after the name, which belongs to the name.
        let span = name.start..self.bracketed_short_form_end(name.end).unwrap_or(name.end);
        for u in span.clone().filter(|&u| u != t) {
            let outside: Vec<usize> = syntax
                .children(u)
                .filter(|&c| syntax.node(c).rel == "conj" && !span.contains(&c))
                .collect();
            for c in outside {
                if !out.contains(&c) {
                    expand_conjuncts(syntax, c, out);
                }
            }
        }
    }

    /// The genitive complements of token `t`: its `nmod` children marked by
    /// a genitive preposition ("the Minister of Kestria", "the terms of the
    /// accord").
    pub(super) fn genitive_complements<'s>(
        &'s self,
        syntax: &'s SentenceSyntax,
        t: usize,
    ) -> impl Iterator<Item = usize> + 's {
        syntax.children(t).filter(move |&c| {
            syntax.node(c).rel == "nmod"
                && syntax.children(c).any(|m| {
                    syntax.node(m).rel == "case"
                        && self
                            .lex
                            .words
                            .genitive_prepositions
                            .contains(self.view.low(m))
                })
        })
    }

    /// The entity of the innermost mention covering token `t`, but for the
    /// owner opening a name ("Kestria" of "Kestria's Ministry of Water"):
    /// the parse may hang the owner alone where the name stands ("A and
    /// Kestria's Ministry of Water signed": "Kestria" a conjunct of "A"),
    /// so it stands for the name; and for a known name ending a longer name
    /// the text wrote ("Ministry of Transport", a gazetteer name, in "the
    /// Kestria Ministry of Transport launched X"), which stands for the
    /// longer one.
    pub(super) fn entity_at(&self, t: usize) -> Option<usize> {
        let (inner, entity) = self
            .mentions
            .iter()
            .filter(|(r, _)| r.contains(&t))
            .min_by_key(|(r, _)| r.len())?;
        let written_whole = self
            .mentions
            .iter()
            .filter(|(r, _)| {
                r.end == inner.end
                    && r.start < inner.start
                    && (r.start..inner.start).all(|k| self.view.is_capitalised(k))
            })
            .max_by_key(|(r, _)| r.len());
        if let Some((_, whole)) = written_whole {
            return Some(*whole);
        }
        let owner_opening_name = inner.end < self.range.end
            && self.lex.is_possessive(self.view, inner.end)
            && self
                .mentions
                .iter()
                .any(|(r, _)| r.start == inner.start && r.end > inner.end + 1);
        if !owner_opening_name {
            return Some(*entity);
        }
        self.mentions
            .iter()
            .filter(|(r, _)| r.start == inner.start && r.end > inner.end + 1)
            .max_by_key(|(r, _)| r.len())
            .map(|(_, e)| *e)
    }

    /// Where negation and modality cues of the trigger's clause start: its
    /// auxiliaries and adverbs, and for a controlled verb ("plans to sign")
    /// the controlling verb and its own.
    pub(super) fn qualifier_start(&self, syntax: &SentenceSyntax, trigger: usize) -> usize {
        let mut start = trigger;
        let mut node = trigger;
        for _ in 0..MAX_CONTROL_DEPTH {
            for c in syntax.children(node) {
                if matches!(syntax.node(c).rel, "aux" | "aux:pass" | "advmod" | "mark") {
                    start = start.min(c);
                }
            }
            match syntax.node(node).head {
                Some(h) if syntax.node(node).rel == "xcomp" => {
                    start = start.min(h);
                    node = h;
                }
                _ => break,
            }
        }
        start.max(self.range.start)
    }
}

/// Whether verb `t` is passive: it has a passive subject or auxiliary, or it
/// is a past participle modifying a noun, after it ("the plan adopted by
/// …") or before it ("the recently announced plan").
/// A passive subject beside an active one and no passive auxiliary
/// ("A and B have reaffirmed …" parsed with A as a passive subject) is the
/// parser's slip: the verb is active, both are its subjects.
fn is_passive(syntax: &SentenceSyntax, t: usize) -> bool {
    let rels = || syntax.children(t).map(|c| syntax.node(c).rel);
    rels().any(|rel| matches!(rel, "aux:pass" | "obl:agent"))
        || (rels().any(|rel| rel == "nsubj:pass") && !rels().any(|rel| rel == "nsubj"))
        || (matches!(syntax.node(t).rel, "acl" | "amod") && syntax.node(t).xpos == "VBN")
}

/// Whether dependent `c` of `node` fills a role read by relation `rel`: its
/// own relation is `rel`, or, for an active verb's subject, a passive
/// subject the parser gave the verb beside an active one (see
/// [`is_passive`]).
fn fills_relation(syntax: &SentenceSyntax, node: usize, c: usize, rel: &str) -> bool {
    let own = syntax.node(c).rel;
    own == rel
        || (rel == "nsubj"
            && own == "nsubj:pass"
            && syntax.node(node).upos == "VERB"
            && !is_passive(syntax, node))
        || (rel == "obj" && own == "obl" && bare_oblique_object(syntax, node, c))
}

/// Whether oblique `c` of verb `node` is its object misread: an oblique
/// noun has a preposition, so one without any ("launched the country's
/// first water strategy", which the parser may hang as `obl` after a
/// possessive and an ordinal), on an active verb with no object of its own,
/// after it is the object. Bare temporal nouns ("signed last week") fill no role
/// that wants an entity.
fn bare_oblique_object(syntax: &SentenceSyntax, node: usize, c: usize) -> bool {
    let verb = syntax.node(node);
    verb.upos == "VERB"
        && c > node
        && !is_passive(syntax, node)
        && matches!(syntax.node(c).upos, "NOUN" | "PROPN")
        && !syntax.children(c).any(|g| syntax.node(g).rel == "case")
        && !syntax.children(node).any(|g| syntax.node(g).rel == "obj")
}

/// The tokens filling `role` of `trigger`, appended to `out`.
/// How many nouns down a dependent's complement a `REL/REL2` role looks.
const MAX_COMPLEMENT_DEPTH: usize = 2;

/// Most words of a multiword preposition of a standard ("in accordance with").
const MAX_STANDARD_PREPOSITION_WORDS: usize = 4;

pub(super) fn role_fillers(
    syntax: &SentenceSyntax,
    trigger: usize,
    role: &Role,
    property: &Property,
    out: &mut Vec<usize>,
) {
    match role {
        Role::Dependent { rel, case } => {
            let mut node = trigger;
            for _ in 0..MAX_CONTROL_DEPTH {
                let before = out.len();
                out.extend(syntax.children(node).filter(|&c| {
                    fills_relation(syntax, node, c, rel)
                        && case
                            .as_ref()
                            .is_none_or(|w| has_case(syntax, c, w, property))
                        && !(rel.starts_with("nsubj") && parenthetical(syntax, c))
                }));
                // A verb without a subject of its own shares the subject of the
                // verb it is coordinated with or that controls it.
                // So does a participle clause of the verb ("Signing the
                // accord, the minister said": the minister signed; the
                // parser may take the clause for a clausal subject).
                // And a verb the parser hung from its own auxiliary ("A
                // and B have today (date) signed": the bracket misleads it).
                let head_is_aux = syntax
                    .node(node)
                    .head
                    .is_some_and(|h| syntax.node(h).upos == "AUX");
                // So does an infinitive of purpose ("A used the summit to
                // sign …", "A joined with B to sign …"): its subject is the
                // main clause's (the infinitive's marker tagged `TO`).
                let purpose_infinitive = syntax.node(node).rel == "advcl"
                    && syntax
                        .children(node)
                        .any(|c| syntax.node(c).rel == "mark" && syntax.node(c).xpos == "TO");
                // "A urged Kestria to sign …": a verb controlling its
                // infinitive through a named object (object control) gives
                // the infinitive that object for subject, not its own.
                if out.len() == before
                    && rel.starts_with("nsubj")
                    && syntax.node(node).rel == "xcomp"
                {
                    if let Some(h) = syntax.node(node).head {
                        let named_objects = syntax.children(h).filter(|&c| {
                            syntax.node(c).rel == "obj" && syntax.node(c).upos == "PROPN"
                        });
                        let from = out.len();
                        out.extend(named_objects);
                        if out.len() > from {
                            break;
                        }
                    }
                }
                let inherits = out.len() == before
                    && rel.starts_with("nsubj")
                    && (matches!(syntax.node(node).rel, "conj" | "xcomp")
                        || purpose_infinitive
                        || (matches!(syntax.node(node).rel, "advcl" | "csubj")
                            && syntax.node(node).xpos == "VBG")
                        || head_is_aux);
                match syntax.node(node).head {
                    Some(h) if inherits => node = h,
                    _ => break,
                }
            }
            // "A signed the accord for X and B signed for Y": a verb repeated
            // in a second clause without an object of its own shares the
            // object of the first.
            if *rel == "obj" && !out.iter().any(|&o| syntax.node(o).head == Some(trigger)) {
                let node = syntax.node(trigger);
                if let Some(h) = node.head.filter(|_| {
                    matches!(node.rel, "conj" | "parataxis" | "advcl")
                        && syntax
                            .children(trigger)
                            .any(|c| syntax.node(c).rel.starts_with("nsubj"))
                }) {
                    if syntax.node(h).lemma == node.lemma {
                        out.extend(
                            syntax
                                .children(h)
                                .filter(|&c| syntax.node(c).rel == *rel && case.is_none()),
                        );
                    }
                }
            }
        }
        Role::Governor { rel } => {
            if syntax.node(trigger).rel == *rel {
                out.extend(syntax.node(trigger).head);
            }
        }
        Role::DependentOfDependent { rel, inner, case } => {
            // The phrase may be hung lower, from a noun of the dependent's
            // own complement ("a memorandum of understanding with B").
            let mut phrase: Vec<usize> = syntax
                .children(trigger)
                .filter(|&d| syntax.node(d).rel == *rel)
                .collect();
            for _ in 0..MAX_COMPLEMENT_DEPTH {
                let mut deeper = Vec::new();
                for &d in &phrase {
                    for c in syntax.children(d) {
                        let node = syntax.node(c);
                        if node.rel == *inner
                            && case
                                .as_ref()
                                .is_none_or(|w| has_case(syntax, c, w, property))
                        {
                            out.push(c);
                        } else if matches!(node.rel, "nmod" | "appos") {
                            // "appos": the parser may split a name ("the
                            // Mekong Water Accord by A": "Accord" apposed to
                            // "Water", "by A" hung from "Accord").
                            deeper.push(c);
                        }
                    }
                }
                phrase = deeper;
            }
        }
        Role::GovernorDependent {
            rel,
            of_governor,
            case,
        } => {
            // The trigger, or the noun it completes: a noun's complement or
            // a word of a name ("history of cooperation", "the … Initiative,
            // in partnership with B,").
            let mut node = trigger;
            for _ in 0..=MAX_COMPLEMENT_DEPTH {
                let n = syntax.node(node);
                if n.rel == *rel {
                    if let Some(h) = n.head {
                        out.extend(syntax.children(h).filter(|&c| {
                            syntax.node(c).rel == *of_governor
                                && case
                                    .as_ref()
                                    .is_none_or(|w| has_case(syntax, c, w, property))
                        }));
                    }
                    break;
                }
                match n.head {
                    Some(h)
                        if matches!(n.rel, "nmod" | "flat" | "compound")
                            && matches!(syntax.node(h).upos, "NOUN" | "PROPN") =>
                    {
                        node = h;
                    }
                    _ => break,
                }
            }
        }
    }
}

/// Whether token `t` comes right after an opening bracket ("(12 March
/// 2020)"): a parenthetical, which fills no subject role.
fn parenthetical(syntax: &SentenceSyntax, t: usize) -> bool {
    t > 0 && syntax.node(t - 1).xpos == "-LRB-"
}

fn has_case(syntax: &SentenceSyntax, t: usize, word: &CaseWord, property: &Property) -> bool {
    syntax.children(t).any(|c| {
        let node = syntax.node(c);
        node.rel == "case"
            && match word {
                CaseWord::PropertyPreposition => property.prepositions.contains(&node.lemma),
                CaseWord::Word(w) => *w == node.lemma,
            }
    })
}

/// A relative pronoun ("which", "who") stands for the noun its clause
/// modifies: the clause's governor when the parse attaches it as a relative
/// clause, otherwise the word right before the pronoun (past one comma), the
/// end of the noun phrase a relative pronoun follows in English.
pub(super) fn antecedent(syntax: &SentenceSyntax, trigger: usize, t: usize) -> usize {
    if !matches!(syntax.node(t).xpos, "WDT" | "WP") {
        return t;
    }
    match syntax.node(trigger).head {
        Some(h) if syntax.node(trigger).rel == "acl:relcl" => h,
        _ => {
            let before = t.checked_sub(1).filter(|&b| syntax.node(b).upos != "PUNCT");
            let before = before.or_else(|| t.checked_sub(2));
            before
                .filter(|&b| matches!(syntax.node(b).upos, "NOUN" | "PROPN"))
                .unwrap_or(t)
        }
    }
}

/// The items of a list after a colon that names what plural noun `t`
/// counts: "with the regional authorities of three sites: A, B and C". The
/// parse attaches the list as an apposition of the noun or of a noun
/// modifying it ("the authorities of … locations: A, …"); the items are
/// appended to `out`.
fn colon_list(syntax: &SentenceSyntax, view: &DocView<'_>, t: usize, out: &mut Vec<usize>) {
    if !matches!(syntax.node(t).xpos, "NNS" | "NNPS") {
        return;
    }
    let nouns = std::iter::once(t).chain(
        syntax
            .children(t)
            .filter(|&c| syntax.node(c).rel == "nmod" && syntax.node(c).upos == "NOUN"),
    );
    for noun in nouns {
        for item in syntax.children(noun).filter(|&c| {
            c > noun
                && syntax.node(c).rel == "appos"
                && syntax
                    .children(c)
                    .any(|p| p < c && syntax.node(p).rel == "punct" && view.is_punct(p, ":"))
        }) {
            // Inside the list the parse may chain items as appositions of
            // each other as well as conjuncts.
            expand_along(syntax, item, &["conj", "appos"], out);
        }
    }
}

/// Token `t` and the tokens coordinated with it, in text order.
/// The first token of the subtree headed by `t`.
fn subtree_start(syntax: &SentenceSyntax, t: usize) -> usize {
    let mut start = t;
    let mut pending = vec![t];
    while let Some(n) = pending.pop() {
        for c in syntax.children(n) {
            start = start.min(c);
            pending.push(c);
        }
    }
    start
}

pub(super) fn expand_conjuncts(syntax: &SentenceSyntax, t: usize, out: &mut Vec<usize>) {
    expand_along(syntax, t, &["conj"], out);
}

/// Token `t` and the tokens reached from it by dependents attached with one
/// of `rels`, at most [`MAX_CONJUNCTS`] of them.
fn expand_along(syntax: &SentenceSyntax, t: usize, rels: &[&str], out: &mut Vec<usize>) {
    let mut pending = vec![t];
    let mut seen = 0;
    while let Some(n) = pending.pop() {
        if seen == MAX_CONJUNCTS {
            break;
        }
        seen += 1;
        if !out.contains(&n) {
            out.push(n);
        }
        pending.extend(
            syntax
                .children(n)
                .filter(|&c| rels.contains(&syntax.node(c).rel)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dependents_dependent_role_parses_with_its_case_word() {
        let f = parse_frame(1, "verb: nsubj -> obl@prep, obj/nmod@with")
            .unwrap()
            .unwrap();
        assert_eq!(
            f.object_roles[1],
            Role::DependentOfDependent {
                rel: "obj".into(),
                inner: "nmod".into(),
                case: Some(CaseWord::Word("with".into())),
            }
        );
        assert!(parse_frame(1, "verb: nsubj -> obj/^nmod").is_err());
        assert!(parse_frame(1, "verb: nsubj -> obj/").is_err());
    }

    #[test]
    fn frame_strings_parse_into_roles() {
        let f = parse_frame(3, "passive: obl:agent -> nsubj:pass, ^acl")
            .unwrap()
            .unwrap();
        assert_eq!(f.kind, FrameKind::Passive);
        assert_eq!(
            f.subject_roles,
            vec![Role::Dependent {
                rel: "obl:agent".into(),
                case: None
            }]
        );
        assert_eq!(
            f.object_roles,
            vec![
                Role::Dependent {
                    rel: "nsubj:pass".into(),
                    case: None
                },
                Role::Governor { rel: "acl".into() }
            ]
        );
        let f = parse_frame(0, "noun: nmod:poss, ^obj/nsubj -> nmod@prep")
            .unwrap()
            .unwrap();
        assert_eq!(
            f.subject_roles[1],
            Role::GovernorDependent {
                rel: "obj".into(),
                of_governor: "nsubj".into(),
                case: None,
            }
        );
        assert_eq!(
            f.object_roles,
            vec![Role::Dependent {
                rel: "nmod".into(),
                case: Some(CaseWord::PropertyPreposition)
            }]
        );
        let f = parse_frame(0, "noun: nmod@between <->").unwrap().unwrap();
        assert!(f.parties && f.object_roles.is_empty());
    }

    use crate::extract::syntax::DepNode;

    /// "Japan and Canada agreed to sign the accord, which the ministry drafted."
    fn control_and_relative_clause() -> SentenceSyntax {
        SentenceSyntax::new(
            0,
            vec![
                DepNode::new("japan", "PROPN", "NNP", Some(3), "nsubj"),
                DepNode::new("and", "CCONJ", "CC", Some(2), "cc"),
                DepNode::new("canada", "PROPN", "NNP", Some(0), "conj"),
                DepNode::new("agree", "VERB", "VBD", None, "root"),
                DepNode::new("to", "PART", "TO", Some(5), "mark"),
                DepNode::new("sign", "VERB", "VB", Some(3), "xcomp"),
                DepNode::new("the", "DET", "DT", Some(7), "det"),
                DepNode::new("accord", "NOUN", "NN", Some(5), "obj"),
                DepNode::new(",", "PUNCT", ",", Some(12), "punct"),
                DepNode::new("which", "PRON", "WDT", Some(12), "obj"),
                DepNode::new("the", "DET", "DT", Some(11), "det"),
                DepNode::new("ministry", "NOUN", "NN", Some(12), "nsubj"),
                DepNode::new("draft", "VERB", "VBD", Some(7), "acl:relcl"),
            ],
        )
    }

    fn fillers(syntax: &SentenceSyntax, trigger: usize, role: &str) -> Vec<usize> {
        let property = Property::default();
        let mut tokens = Vec::new();
        role_fillers(
            syntax,
            trigger,
            &parse_role(role).unwrap(),
            &property,
            &mut tokens,
        );
        let mut out = Vec::new();
        for t in tokens {
            expand_conjuncts(syntax, antecedent(syntax, trigger, t), &mut out);
        }
        out
    }

    #[test]
    fn a_controlled_verb_takes_the_coordinated_subject_of_its_controller() {
        let syntax = control_and_relative_clause();
        assert_eq!(fillers(&syntax, 5, "nsubj"), vec![0, 2]);
        assert_eq!(fillers(&syntax, 5, "obj"), vec![7]);
    }

    #[test]
    fn a_relative_pronoun_stands_for_the_noun_its_clause_modifies() {
        let syntax = control_and_relative_clause();
        assert_eq!(fillers(&syntax, 12, "obj"), vec![7]);
        assert_eq!(fillers(&syntax, 12, "nsubj"), vec![11]);
        assert_eq!(fillers(&syntax, 12, "^acl:relcl"), vec![7]);
    }

    #[test]
    fn case_marked_roles_need_their_preposition() {
        // "Chile works with Peru on mining."
        let syntax = SentenceSyntax::new(
            0,
            vec![
                DepNode::new("chile", "PROPN", "NNP", Some(1), "nsubj"),
                DepNode::new("work", "VERB", "VBZ", None, "root"),
                DepNode::new("with", "ADP", "IN", Some(3), "case"),
                DepNode::new("peru", "PROPN", "NNP", Some(1), "obl"),
                DepNode::new("on", "ADP", "IN", Some(5), "case"),
                DepNode::new("mining", "NOUN", "NN", Some(1), "obl"),
            ],
        );
        let property = Property {
            prepositions: vec!["with".into()],
            ..Property::default()
        };
        let mut out = Vec::new();
        role_fillers(
            &syntax,
            1,
            &parse_role("obl@prep").unwrap(),
            &property,
            &mut out,
        );
        assert_eq!(out, vec![3]);
        out.clear();
        role_fillers(
            &syntax,
            1,
            &parse_role("obl@on").unwrap(),
            &property,
            &mut out,
        );
        assert_eq!(out, vec![5]);
        assert!(!is_passive(&syntax, 1));
    }

    #[test]
    fn the_bundled_frames_all_compile() {
        let ontology = crate::ontology::Ontology::builtin().unwrap();
        let frames = DependencyFrames::new(ontology.properties.values());
        assert_eq!(frames.errors, vec![]);
        assert!(!frames.get("sign", FrameKind::Passive).is_empty());
        assert!(!frames.get("cooperation", FrameKind::Noun).is_empty());
        assert!(frames.get("cooperation", FrameKind::Verb).is_empty());
    }

    #[test]
    fn named_frames_are_not_dependency_frames() {
        assert_eq!(parse_frame(0, "title"), Ok(None));
    }

    #[test]
    fn malformed_frames_are_reported() {
        assert!(matches!(
            parse_frame(0, "adjective: nsubj -> obj"),
            Err(FrameSyntaxError::Kind(_))
        ));
        assert!(matches!(
            parse_frame(0, "verb: nsubj obj"),
            Err(FrameSyntaxError::Arrow(_))
        ));
        assert!(matches!(
            parse_frame(0, "verb: nsubj -> "),
            Err(FrameSyntaxError::Arrow(_))
        ));
        assert!(matches!(
            parse_frame(0, "verb: NSUBJ -> obj"),
            Err(FrameSyntaxError::Role { .. })
        ));
        assert!(matches!(
            parse_frame(0, "verb: nsubj -> obl@"),
            Err(FrameSyntaxError::Role { .. })
        ));
    }
}
