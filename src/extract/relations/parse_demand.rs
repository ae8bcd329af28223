//! When the rules over the parse need it: the relations stage asks
//! [`DocSyntax`] for a sentence's parse only where a rule reading it could
//! add something, since parsing is the costliest stage of extraction. Each
//! test states what the rules require, so a sentence it turns away could
//! give nothing from its parse.
//!
//! * The dependency frames (see `dependency`) run after the surface rules
//!   and add a fact only where none of them read it in the sentence
//!   (`already_read`). A frame's fact joins two different entities the
//!   sentence mentions (its fillers, pronouns bound to a subject and colon
//!   lists included, all name entities of the sentence), the subject's
//!   class in the property's domain and the object's in its range, at a
//!   trigger word the parse tags with the trigger's part of speech, and a
//!   role marked by a case word (`obl@prep`) is filled only where a word of
//!   the sentence has that lemma. The parse keeps the tagger's tags, and so
//!   the lemmas they give, unless it splits a word of the sentence (then any
//!   tag and lemma count). So the parse is asked for only when such a word,
//!   such roles and such a pair exist and the surface rules have not read
//!   that fact.
//! * The goal rules over the parse replace the surface purpose rule and
//!   read the parse for the goal lists' "-ing" words, so whether they get
//!   it is decided before they run. The sentence must first be one that
//!   could name a goal's owner (mentions a document or initiative, refers
//!   back with a pronoun, has a goal noun, or opens with a description of
//!   one, the way a headline does) and hold a goal cue. Then the parse is
//!   asked for only where a rule could give a goal from it (without it the
//!   surface rules give nothing there either):
//!   - the goal lists, where the parse could change what they read (it
//!     only tells a word spelt like an "-ing" form that is none, and a
//!     one-word list cue that completes the word before it): a line opening
//!     with such a word while a list opened before goes on; a list cue
//!     after a possible goal owner of the sentence followed by such a word,
//!     or ending the sentence with a colon after a word the tagger takes
//!     for a participle or adjective; a goal noun not followed by "of",
//!     with such a word a few words on (or right after a colon there) and
//!     a possible owner before it (in the sentence, or any the text
//!     mentioned);
//!   - the rules over the parse, when they could reach an owner: every
//!     owner they take fits goalOf's range and is mentioned in the sentence,
//!     named before by a description word the tagger takes for a noun, the
//!     last possible owner before a referring pronoun the tagger takes for
//!     a pronoun, or the topic document before a goal noun. A goal noun or
//!     purpose phrase is a cue wherever that owner stands; a future
//!     marker's owner is its clause's subject, so it stands before the
//!     marker unless the sentence asks; a purpose clause's ("to" + verb) is
//!     the noun it modifies or its governing verb's object or subject, so it
//!     stands before the marker, or after the clause when the clause opens
//!     its own (at the sentence's start, after a comma, a conjunction or a
//!     complementizer) and a comma closes it before the owner ("To open
//!     markets, the accord …"); an owner named only after it otherwise is
//!     inside it, part of the goal ("met on Monday to discuss routes under
//!     the accord"). A purpose clause with a subject of its own ("for
//!     agencies to act", by the tagger's tags) gives no goal.

use std::cell::OnceCell;

use super::super::lexicon::Lexicon;
use super::super::resolve::Resolution;
use super::super::syntax::DocSyntax;
use super::super::view::DocView;
use super::dependency::{CaseWord, DependencyFrame, FrameKind, Role};
use super::goal_lists::MAX_NOUN_GAP;
use super::Frame;
use crate::ontology::Ontology;

/// How far into a sentence a description without article may open it as a
/// headline's subject ("Historic trade accord will …").
const MAX_HEADLINE_NOUN_AT: usize = 4;

/// The lemmas a parse of one sentence will give, made when first asked
/// (`None` when the parse may retag: any lemma may then occur).
struct LemmasBeforeParse<'s, 'a, 'v> {
    syntax: &'s DocSyntax<'a, 'v>,
    sentence: usize,
    lemmas: OnceCell<Option<Vec<String>>>,
}

impl LemmasBeforeParse<'_, '_, '_> {
    /// Whether some token may have a lemma `wanted` accepts.
    fn any(&self, wanted: impl Fn(&str) -> bool) -> bool {
        self.lemmas
            .get_or_init(|| self.syntax.lemmas_before_parse(self.sentence))
            .as_ref()
            .is_none_or(|lemmas| lemmas.iter().any(|l| wanted(l)))
    }
}

/// Per sentence, whether it mentions an entity that may own a goal.
pub(super) struct GoalOwners(Vec<bool>);

impl GoalOwners {
    pub(super) fn new(
        view: &DocView<'_>,
        lex: &Lexicon,
        ontology: &Ontology,
        resolution: &Resolution,
    ) -> Self {
        let mut owner_in = vec![false; view.sentences.len()];
        let goal_range = lex.goal_property.map(|p| &lex.properties[p].range);
        if let Some(range) = goal_range.filter(|r| !r.is_empty()) {
            for m in &resolution.mentions {
                if ontology.fits(&resolution.entities[m.entity].class, range) {
                    owner_in[view.toks[m.tokens.start].sentence] = true;
                }
            }
        }
        GoalOwners(owner_in)
    }

    pub(super) fn in_sentence(&self, s: usize) -> bool {
        self.0[s]
    }
}

impl Frame<'_, '_> {
    /// Whether the goal rules read this sentence's parse (see the module
    /// docs). `owner_here`: the sentence mentions a possible goal owner;
    /// `list_open`: a goal list an earlier sentence opened with a colon
    /// may go on in this one.
    pub(super) fn goal_rules_need_parse(
        &self,
        syntax: &DocSyntax<'_, '_>,
        owner_here: bool,
        list_open: bool,
    ) -> bool {
        let (view, lex) = (self.view, self.lex);
        let (start, end) = (self.range.start, self.range.end);
        let Some(goal_property) = lex.goal_property else {
            return false;
        };
        let goal_range = &lex.properties[goal_property].range;
        let headline_noun = |t: usize| {
            lex.description_heads
                .longest_at(view, t, end)
                .is_some_and(|(_, class)| self.ontology.fits(class, goal_range))
        };
        let may_own = owner_here
            || self.range.clone().any(|t| {
                lex.words.referring_pronouns.contains(view.low(t))
                    || lex.goal_nouns.contains(view.low(t))
            })
            || (start..end.min(start + MAX_HEADLINE_NOUN_AT)).any(headline_noun);
        if !may_own {
            return false;
        }
        // A purpose-clause marker is a cue only before a word tagged as a
        // verb (the rules ask the parse the same). The goal lists need the
        // parse only for some sentences, and there keep the wider test (any
        // word that may state a goal).
        let verb_at = |t: usize| {
            let (upos, xpos) = syntax.tagger_tags(t);
            upos == "VERB"
                || xpos.starts_with("VB") && upos != "AUX"
                || syntax.may_retag(self.sentence)
        };
        let goal_cue_at = |t: usize| {
            lex.may_state_goal_at(view, t, end)
                || t + 1 < end
                    && lex.goal_cues.clause_markers.contains(view.low(t))
                    && verb_at(t + 1)
        };
        let list = lex.may_read_goal_list(view, self.range.clone())
            && self.range.clone().any(|t| lex.may_state_goal(view.low(t)));
        if list && self.goal_list_may_emit(syntax, goal_property, list_open) {
            return true;
        }
        if !self.range.clone().any(goal_cue_at) {
            return false;
        }
        let Some((first_owner, last_owner)) = self.goal_owner_span(syntax, goal_property) else {
            return false;
        };
        // Where the owner must stand for each cue (see the module docs).
        let question = view.is_punct(end - 1, "?");
        let owner_before = |t: usize| first_owner < t;
        let words = &lex.words;
        let opens_clause = |t: usize| {
            t == start
                || view.is_punct(t - 1, ",")
                || words.conjunctions.contains(view.low(t - 1))
                || words.complementizers.contains(view.low(t - 1))
        };
        let fronted_clause_before_owner =
            |t: usize| opens_clause(t) && (t + 1..last_owner).any(|c| view.is_punct(c, ","));
        // "guidelines for agencies to act": the clause has its own subject,
        // the rule reads no goal from it (by the tagger's tags, which the
        // parse keeps unless it retags).
        let own_subject = |t: usize| {
            !syntax.may_retag(self.sentence)
                && self.infinitive_subject_tagged(t + 1, |k| syntax.tagger_tags(k).0)
        };
        self.range.clone().any(|t| {
            let word = view.low(t);
            if lex.goal_nouns.contains(word)
                || lex
                    .purpose_phrases
                    .iter()
                    .any(|p| p[0] == word && view.words_at(t, p, end))
            {
                return true;
            }
            if lex.goal_cues.future_markers.contains(word) && (owner_before(t) || question) {
                return true;
            }
            t + 1 < end
                && lex.goal_cues.clause_markers.contains(word)
                && verb_at(t + 1)
                && (owner_before(t) || fronted_clause_before_owner(t))
                && !own_subject(t)
        })
    }

    /// Where the goal rules over the parse could find an owner for a goal of
    /// this sentence, whatever the parse: the first and last token that may
    /// stand for one, `None` when none does. Every owner they take is a
    /// possible goal owner (goalOf's range) that is
    /// * mentioned in the sentence (the subject, object or noun a purpose
    ///   is read from, a relative pronoun's noun, a goal noun's "of X");
    /// * or named before by a description word of the sentence that the
    ///   tagger takes for a noun ("the accord", a headline's "Accord"), of
    ///   a class the owner's is a subclass of;
    /// * or, for a referring pronoun the tagger takes for a pronoun, the
    ///   possible owner mentioned last before it;
    /// * or, for a goal noun, the topic document mentioned before it.
    fn goal_owner_span(
        &self,
        syntax: &DocSyntax<'_, '_>,
        goal_property: usize,
    ) -> Option<(usize, usize)> {
        let (view, lex) = (self.view, self.lex);
        let mut span: Option<(usize, usize)> = None;
        let mut add = |first: usize, last: usize| {
            span = Some(span.map_or((first, last), |(a, b)| (a.min(first), b.max(last))));
        };
        for (tokens, e) in &self.mentions {
            if self.may_own_goal(*e) {
                add(tokens.start, tokens.end - 1);
            }
        }
        let retagged = || syntax.may_retag(self.sentence);
        for t in self.range.clone() {
            let word = view.low(t);
            let upos = syntax.tagger_tags(t).0;
            let described = || {
                (matches!(upos, "NOUN" | "PROPN") || retagged())
                    && lex
                        .description_heads
                        .longest_at(view, t, t + 1)
                        .is_some_and(|(_, class)| {
                            self.entities.iter().enumerate().any(|(i, e)| {
                                self.ontology.is_subclass_of(&e.class, class)
                                    && self.may_own_goal(i)
                                    && e.mentions.iter().any(|m| m.end <= t)
                            })
                        })
            };
            let referring = || {
                lex.words.referring_pronouns.contains(word)
                    && (upos == "PRON" || retagged())
                    && self.most_recent_entity_before(t, goal_property).is_some()
            };
            let topic = || lex.goal_nouns.contains(word) && self.topic_owner_before(t).is_some();
            if described() || referring() || topic() {
                add(t, t);
            }
        }
        span
    }

    /// Whether the goal lists could give a goal in this sentence (see
    /// `goal_lists`), read from the spelling alone (the parse only tells a
    /// word spelt like an "-ing" form that is none): a line opening with
    /// such a word while a list an earlier sentence opened goes on; a list
    /// cue after a possible goal owner of the sentence, then such a word (a
    /// colon between) or the colon ending the sentence; a goal noun after
    /// such an owner or one the text mentioned before, with such a word or
    /// a colon a few words on.
    fn goal_list_may_emit(
        &self,
        syntax: &DocSyntax<'_, '_>,
        goal_property: usize,
        list_open: bool,
    ) -> bool {
        let (view, lex) = (self.view, self.lex);
        let (start, end) = (self.range.start, self.range.end);
        if list_open && lex.may_be_gerund(view, start) {
            return true;
        }
        let words = &lex.words;
        let gerund_after = |t: usize| {
            lex.may_be_gerund(view, t)
                || view.is_punct(t, ":") && t + 1 < end && lex.may_be_gerund(view, t + 1)
        };
        self.range.clone().any(|k| {
            let cue = lex
                .goal_cues
                .list_cues
                .iter()
                .find(|c| view.words_at(k, c, end));
            if let Some(cue) = cue {
                let mut first = k + cue.len();
                if first < end && view.is_punct(first, ":") {
                    first += 1;
                }
                // A list the sentence only opens reads the parse for one
                // thing: whether a one-word cue completes the word before.
                let parse_read = if first < end {
                    lex.may_be_gerund(view, first)
                } else {
                    view.is_punct(end - 1, ":")
                        && cue.len() == 1
                        && k > start
                        && (syntax.may_retag(self.sentence)
                            || matches!(syntax.tagger_tags(k - 1).1, "VBN" | "VBD" | "JJ"))
                };
                return parse_read && self.nearest_goal_owner_before(k).is_some();
            }
            // A goal noun opens no list before "of"; a list it opens with a
            // colon ending the sentence opens whatever the parse.
            lex.goal_nouns.contains(view.low(k))
                && !(k + 1 < end && words.genitive_prepositions.contains(view.low(k + 1)))
                && (k + 1..end.min(k + 2 + MAX_NOUN_GAP)).any(gerund_after)
                && (self.nearest_goal_owner_before(k).is_some()
                    || self.most_recent_entity_before(k, goal_property).is_some())
        })
    }

    /// Whether a dependency frame could read a fact in this sentence that
    /// the surface rules did not (see the module docs); asked after them.
    pub(super) fn frames_need_parse(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let lex = self.lex;
        if lex.dependency_frames.is_empty() {
            return false;
        }
        let mut entities: Vec<usize> = Vec::new();
        for &(_, e) in &self.mentions {
            if !entities.contains(&e) {
                entities.push(e);
            }
        }
        // Two places written as adjectives may be the parties a plural noun
        // stands for ("the Kestrian and Norlandic governments").
        let mut places = self.demonyms.iter().map(|&(_, e)| e);
        if let Some(first) = places.next() {
            if places.any(|e| e != first) {
                for &(_, e) in &self.demonyms {
                    if !entities.contains(&e) {
                        entities.push(e);
                    }
                }
            }
        }
        if entities.len() < 2 {
            return false;
        }
        let lemmas = LemmasBeforeParse {
            syntax,
            sentence: self.sentence,
            lemmas: OnceCell::new(),
        };
        let (mut verb_properties, mut noun_properties) = (Vec::new(), Vec::new());
        for t in self.range.clone() {
            let word = self.view.low(t);
            if !lex.may_trigger(word) {
                continue;
            }
            let upos = syntax.tagger_tags(t).0;
            let retagged = || syntax.may_retag(self.sentence);
            verb_properties.clear();
            noun_properties.clear();
            if upos == "VERB" || retagged() {
                lex.frame_properties_into(word, true, &mut verb_properties);
            }
            if matches!(upos, "NOUN" | "PROPN") || retagged() {
                lex.frame_properties_into(word, false, &mut noun_properties);
            }
            let uses = (verb_properties.iter().map(|&p| (p, true)))
                .chain(noun_properties.iter().map(|&p| (p, false)));
            for (p, as_verb) in uses {
                let frames = lex.dependency_frames.of_property(p);
                if frames
                    .iter()
                    .filter(|f| (f.kind != FrameKind::Noun) == as_verb)
                    .any(|f| self.frame_may_add(f, &entities, &lemmas))
                {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `frame` could give a fact no rule read in this sentence yet:
    /// each side has a role the sentence can fill (a case-marked role needs
    /// a word with that lemma to mark its filler) and some ordered pair of
    /// `entities` fits the property (what `emit` checks), people left out
    /// where every filler is a party (the frames read their bodies).
    fn frame_may_add(
        &self,
        frame: &DependencyFrame,
        entities: &[usize],
        lemmas: &LemmasBeforeParse<'_, '_, '_>,
    ) -> bool {
        let property = &self.lex.properties[frame.property];
        let may_fill = |role: &Role| match role {
            Role::Dependent {
                case: Some(CaseWord::PropertyPreposition),
                ..
            } => lemmas.any(|l| property.prepositions.iter().any(|p| p == l)),
            Role::Dependent {
                case: Some(CaseWord::Word(word)),
                ..
            } => lemmas.any(|l| l == word),
            _ => true,
        };
        if !frame.subject_roles.iter().any(may_fill)
            || !frame.parties && !frame.object_roles.iter().any(may_fill)
        {
            return false;
        }
        if frame.parties {
            let bodies: Vec<usize> = entities
                .iter()
                .copied()
                .filter(|&e| !self.is_person(e))
                .collect();
            return self.may_read_unread(frame.property, &bodies);
        }
        self.may_read_unread(frame.property, entities)
    }

    /// Whether some ordered pair of `entities` fits property `p` (what
    /// `emit` checks) with a fact no rule read in this sentence yet.
    fn may_read_unread(&self, p: usize, entities: &[usize]) -> bool {
        let property = &self.lex.properties[p];
        let class = |e: usize| self.entities[e].class.as_str();
        entities.iter().any(|&s| {
            self.ontology.fits(class(s), &property.domain)
                && entities.iter().any(|&o| {
                    o != s
                        && self.ontology.fits(class(o), &property.range)
                        && !self.already_read(s, p, o)
                })
        })
    }
}
