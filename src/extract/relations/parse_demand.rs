//! When the rules over the parse need it: the relations stage asks
//! [`DocSyntax`] for a sentence's parse only where a rule reading it could
//! add something, since parsing is the costliest stage of extraction. Each
//! test states what the rules require, so a sentence it turns away could
//! give nothing from its parse.
//!
//! * The dependency frames (see `dependency`) run after the surface rules
//!   and add a fact only where none of them read it in the sentence
//!   (`already_read`). The parse keeps the tagger's tags, and so the lemmas
//!   they give, unless it splits a word of the sentence ("retags"): then
//!   it tags the words' pieces afresh and each word takes the tag of one of
//!   its pieces, and its tree is no longer the parser's own projective one
//!   (pieces merged into words). The pieces are tagged without the parse
//!   to tell its tags (`DocSyntax::parse_tags`): exactly the parse's for a
//!   word it does not split, one of its pieces' for a word it does; the
//!   lemmas follow from them. The parse is asked for only where, for some
//!   trigger token and frame, all of these hold:
//!   - the trigger's lemma for a tag the parse may give it (a verb's for
//!     `VERB`, a noun's for `NOUN` or `PROPN`) is one of the frame's
//!     triggers, and its spelling one of the lexicon's forms of one;
//!   - a pair of different entities fits the property the way `emit`
//!     checks (either way round for a symmetric property) and no rule read
//!     that fact in the sentence; an entity counts only where a token reads
//!     as it (`entity_at`, the innermost mention); people are left out of
//!     a party frame and of both ends of a symmetric property, as the
//!     frame leaves them out;
//!   - the subject can fill a subject role and the object an object role
//!     (for a party frame, both a party role), where a role reaches:
//!     - marked by a case word (`obl@with`, `obj/nmod@prep`): nothing
//!       unless some other word may get that lemma. The case word hangs from
//!       the filler, the filler (or the dependent it hangs from) from the
//!       trigger, so in a projective tree the filler's subtree, its
//!       conjuncts and colon list included, stands on one side of the
//!       trigger with the case word: only an entity on a side of the
//!       trigger where such a word stands, unless the parse may retag, the
//!       filler may stand for a subject named elsewhere (an `nsubj` or
//!       `nmod:poss` filler: a pronoun, an inherited subject) or a relative
//!       pronoun (tagged `WDT`, `WP`) stands on such a side;
//!     - a possessor (`nmod:poss`, the noun frames, and `^acl/nmod:poss`,
//!       whose participle follows its noun): English puts it before the
//!       noun it owns, marked by a possessive ending or as a possessive
//!       pronoun, so only an entity before a token the parse may tag `POS`
//!       before the trigger, or a possessive pronoun (`PRP$`, `WP$`) there;
//!       anything where such a pronoun may stand for a subject named
//!       elsewhere;
//!     - a subject (`nsubj…`, and `^obj/nsubj`, the subject of the verb
//!       whose object the trigger is, unless the sentence asks): before
//!       the trigger, where English puts a subject (a relative pronoun's
//!       noun and an inherited subject stand before it too); anything
//!       where a subject pronoun (a word the parse may tag `PRP`) before it
//!       may stand for a subject named elsewhere, or where the trigger may
//!       be a participle (`VBG`) opening the sentence, whose clause takes
//!       the subject of the clause it hangs from ("Signing the accord, A
//!       said");
//!     - a passive agent (`obl:agent`): after an agent preposition after
//!       the trigger;
//!     - any other role: anything.
//!
//!     A subject (but a gerund's: "of Kestria joining") or a direct object
//!     (`obj`) is no name written only as a modifier of a noun phrase:
//!     after a `kg:nounPhrasePreposition` and determiners ("the visit of
//!     the Varn Port Authority") or before a possessive mark. Not where a
//!     filler may stand for such a name: a relative pronoun before the
//!     trigger (for its noun), a pair noun with "two" or "both", a pronoun
//!     that may stand for another clause's subject.
//!
//!   The first two are what the frame code checks whatever the parse; the
//!   case words' side follows from the parser's projective trees; the
//!   possessor, subject, agent and modifier bounds are English word order
//!   and marking, so a parse against them would give a wrong fact.
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
//!     or ending the sentence with a colon after a word the parse may take
//!     for a participle or adjective; a goal noun not followed by "of",
//!     with such a word a few words on (or right after a colon there) and
//!     a possible owner before it (in the sentence, or any the text
//!     mentioned);
//!   - the rules over the parse, when they could reach an owner: every
//!     owner they take fits goalOf's range and is mentioned in the sentence,
//!     named before by a description word the parse may take for a noun,
//!     the last possible owner before a referring pronoun it may take for
//!     a pronoun, or the topic document before a goal noun. A purpose
//!     phrase is a cue wherever that owner stands; a goal noun only as the
//!     subject of a copular clause ("the aim is to …"), so before a copula
//!     (a word the parse may tag `AUX`) and a word it may tag as a verb,
//!     unless the sentence asks; a future marker's owner is its clause's subject, so it stands before the
//!     marker unless the sentence asks; a purpose clause's ("to" + verb) is
//!     the noun it modifies or its governing verb's object or subject, so it
//!     stands before the marker, or after the clause when the clause opens
//!     its own (at the sentence's start, after a comma, a conjunction or a
//!     complementizer) and a comma closes it before the owner ("To open
//!     markets, the accord …"); an owner named only after it otherwise is
//!     inside it, part of the goal ("met on Monday to discuss routes under
//!     the accord"). A purpose clause with a subject of its own ("for
//!     agencies to act", by the parse's tags, none taken where a word the
//!     parser splits decides) gives no goal. The rules drop a goal whose
//!     cue (a goal noun, future or clause marker) a negation cue before it
//!     qualifies (a purpose phrase still asks: without the parse the
//!     surface rule reads it, negated); a future marker gives one only
//!     where a word the parse may tag as a verb has a lemma that is no
//!     `kg:nonGoalVerb` or `kg:enablingVerb` and is no relation verb's
//!     form, or where an enabling verb may head a bare infinitive.
//!
//! "The tags the parse may give" a word are the tagger's unless the parse
//! retags; then its pieces' tags (see the dependency frames above).

use std::cell::{OnceCell, RefCell};

use super::super::lexicon::Lexicon;
use super::super::resolve::Resolution;
use super::super::syntax::DocSyntax;
use super::super::view::DocView;
use super::dependency::{CaseWord, DependencyFrame, FrameKind, Role};
use super::goal_lists::MAX_NOUN_GAP;
use super::Frame;
use crate::ontology::{Ontology, Property};

/// How far into a sentence a description without article may open it as a
/// headline's subject ("Historic trade accord will …").
const MAX_HEADLINE_NOUN_AT: usize = 4;

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
        // A line of an open list may open with an infinitive or a bare
        // verb (`goal_lists::verb_line_goal` reads the parse's tag; both
        // ask `opens_like_verb_line`).
        let base_verb = |t: usize| {
            t < end
                && (lex.words.goal_verbs.contains(view.low(t))
                    || syntax
                        .parse_tags(t)
                        .any(|(upos, xpos)| upos == "VERB" && xpos == "VB"))
        };
        if list_open && self.starts_line() && self.opens_like_verb_line(base_verb).is_some() {
            return true;
        }
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
                    || lex.words.referring_nouns.contains(view.low(t))
            })
            // "the Participants are determined to …", "their determination
            // to …": the document the text is (`parties_intention_owner`).
            || self.range.clone().any(|t| self.states_intention(t))
            // "The Participants will …": the document the text is, whose
            // defined parties they are (`defined_parties_document`).
            || self
                .range
                .clone()
                .any(|t| self.defined_parties_document(t).is_some())
            // "These agreements will …": the documents the sentence before
            // named (`plural_document_antecedent`).
            || (start + 1..end).any(|t| {
                lex.words.anaphoric_determiners.contains(view.low(t - 1))
                    && lex.plural_document_class(view.low(t)).is_some()
            })
            || (start..end.min(start + MAX_HEADLINE_NOUN_AT)).any(headline_noun);
        if !may_own {
            return false;
        }
        // A purpose-clause marker is a cue only before a word the parse may
        // tag as a verb (the rules ask the parse's tag). The goal lists need the
        // parse only for some sentences, and there keep the wider test (any
        // word that may state a goal).
        let verb_at = |t: usize| {
            syntax
                .parse_tags(t)
                .any(|(upos, xpos)| upos == "VERB" || xpos.starts_with("VB") && upos != "AUX")
        };
        // "a roadmap for cutting emissions": a gerund purpose marker before a
        // word the parse may tag as a gerund.
        let gerund_cue_at = |t: usize| {
            t + 1 < end
                && (lex.words.gerund_purpose_markers.contains(view.low(t))
                    || t > start
                        && lex.words.genitive_prepositions.contains(view.low(t))
                        && lex.goal_nouns.contains(view.low(t - 1)))
                && syntax.parse_tags(t + 1).any(|(_, xpos)| xpos == "VBG")
        };
        // "a memorandum that establishes …", "… and supports …": a goal
        // verb's present-tense form (the rules read it in a relative clause
        // or coordinated predicate on a document), or its participle ("an
        // accord paving the way for …").
        let present_goal_verb_at = |t: usize| {
            syntax
                .parse_tags(t)
                .any(|(_, xpos)| matches!(xpos, "VBZ" | "VBG"))
                && {
                    let mut tagged = Vec::new();
                    syntax.parse_lemmas(t, &mut tagged);
                    tagged
                        .iter()
                        .any(|(_, lemma)| lex.words.goal_verbs.contains(&lemma.to_lowercase()))
                }
        };
        let goal_cue_at = |t: usize| {
            present_goal_verb_at(t)
                || lex.may_state_goal_at(view, t, end)
                || t + 1 < end
                    && lex.goal_cues.clause_markers.contains(view.low(t))
                    && verb_at(t + 1)
                || gerund_cue_at(t)
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
        // the rule reads no goal from it (by the parse's tags, known before
        // it but for a word the parser splits: no subject is taken there).
        // The parties as that subject ("a framework for the two countries
        // to …") make the goal of the document setting up the frame.
        let own_subject = |t: usize| {
            self.infinitive_subject_tagged(t + 1, |k| syntax.parse_tag(k).map_or("", |tag| tag.0))
                && !(t > start && lex.pair_nouns.contains_key(view.low(t - 1)))
                // A counted plural as the parties: "for the two agencies to …".
                && !(t > start + 1
                    && syntax.parse_tags(t - 1).any(|(_, xpos)| xpos == "NNS")
                    && syntax.parse_tags(t - 2).any(|(upos, _)| upos == "NUM"))
        };
        // A goal noun is a cue only as the subject of a copular clause ("the
        // aim is to …"): a copula (tagged `AUX` by the parse) and a verb
        // after it, unless the sentence asks.
        let copular_after = |t: usize| {
            question
                || (t + 1..end).any(|k| syntax.parse_tags(k).any(|tag| tag.0 == "AUX"))
                    && (t + 1..end).any(verb_at)
        };
        // The rules over the parse drop a goal whose cue a negation before it
        // qualifies ("will not cut", "no plan to cut"). A purpose phrase
        // asks whatever the negation: without the parse the surface rule
        // reads it, and states the goal negated.
        let negated = |t: usize| self.negated(start, t);
        let future_verb = OnceCell::new();
        let future_goal_verb =
            || *future_verb.get_or_init(|| self.may_have_future_goal_verb(syntax));
        self.range.clone().any(|t| {
            let word = view.low(t);
            if lex.purpose_phrases.first_at(view, t, end).is_some()
                || lex.goal_nouns.contains(word) && copular_after(t) && !negated(t)
            {
                return true;
            }
            if lex.goal_cues.future_markers.contains(word)
                && (owner_before(t) || question)
                && !negated(t)
                && future_goal_verb()
            {
                return true;
            }
            if gerund_cue_at(t) && owner_before(t) && !negated(t) {
                return true;
            }
            if present_goal_verb_at(t) && owner_before(t) && !negated(t) {
                return true;
            }
            t + 1 < end
                && lex.goal_cues.clause_markers.contains(word)
                && verb_at(t + 1)
                && (owner_before(t) || fronted_clause_before_owner(t))
                && !own_subject(t)
                && !negated(t)
        })
    }

    /// Whether a future marker of this sentence could have a verb the rules
    /// over the parse read a goal from, whatever the parse: a word the parse
    /// may tag as a verb whose lemma is no `kg:nonGoalVerb` or
    /// `kg:enablingVerb` and whose spelling is no relation verb's form (the
    /// relation rules read those) unless a goal verb's (`kg:goalVerb`:
    /// "will support …"), or any verb when a word may take an
    /// enabling verb's lemma (its bare infinitive, "will help farmers
    /// irrigate", is the goal).
    fn may_have_future_goal_verb(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let (view, lex) = (self.view, self.lex);
        let cues = &lex.goal_cues;
        let mut lemmas = Vec::new();
        let mut lemma_of = |t: usize, wanted: &dyn Fn(&str) -> bool| {
            lemmas.clear();
            syntax.parse_lemmas(t, &mut lemmas);
            lemmas
                .iter()
                .any(|(_, lemma)| wanted(&lemma.to_lowercase()))
        };
        let verb_at = |t: usize| {
            syntax
                .parse_tags(t)
                .any(|(upos, xpos)| upos == "VERB" || xpos.starts_with("VB") && upos != "AUX")
        };
        // The lemmas last: telling them allocates.
        let goal_verb = self.range.clone().any(|t| {
            verb_at(t)
                && (!lex.verb_forms.contains_key(view.low(t))
                    || lex.words.goal_verbs.contains(view.low(t)))
                && lemma_of(t, &|l| {
                    !cues.non_goal_verbs.contains(l) && !cues.enabling_verbs.contains(l)
                })
        });
        goal_verb
            || self.range.clone().any(verb_at)
                && self
                    .range
                    .clone()
                    .any(|t| lemma_of(t, &|l| cues.enabling_verbs.contains(l)))
    }

    /// Where the goal rules over the parse could find an owner for a goal of
    /// this sentence, whatever the parse: the first and last token that may
    /// stand for one, `None` when none does. Every owner they take is a
    /// possible goal owner (goalOf's range) that is
    /// * mentioned in the sentence (the subject, object or noun a purpose
    ///   is read from, a relative pronoun's noun, a goal noun's "of X");
    /// * or named before by a description word of the sentence that the
    ///   parse may take for a noun ("the accord", a headline's "Accord"), of
    ///   a class the owner's is a subclass of;
    /// * or, for a referring pronoun the parse may take for a pronoun, the
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
        for t in self.range.clone() {
            let word = view.low(t);
            let tagged = |tag: &str| syntax.parse_tags(t).any(|(upos, _)| upos == tag);
            // The tags last: telling them may tag a sentence's pieces.
            let described = || {
                lex.description_heads
                    .longest_at(view, t, t + 1)
                    .is_some_and(|(_, class)| {
                        self.entities.iter().enumerate().any(|(i, e)| {
                            self.ontology.is_subclass_of(&e.class, class)
                                && self.may_own_goal(i)
                                && e.mentions.iter().any(|m| m.end <= t)
                        })
                    })
                    && (tagged("NOUN") || tagged("PROPN"))
            };
            let referring = || {
                lex.words.referring_pronouns.contains(word)
                    && tagged("PRON")
                    && self.most_recent_entity_before(t, goal_property).is_some()
            };
            // "the measures", "these steps": the topic document.
            let topic = || {
                (lex.goal_nouns.contains(word) || lex.words.referring_nouns.contains(word))
                    && self.topic_owner_before(t).is_some()
            };
            // "these agreements": documents of the noun's class named
            // before (`plural_document_antecedent`).
            let plural = || {
                t > self.range.start
                    && lex.words.anaphoric_determiners.contains(view.low(t - 1))
                    && lex.plural_document_class(word).is_some_and(|class| {
                        self.entities.iter().enumerate().any(|(i, e)| {
                            self.ontology.is_subclass_of(&e.class, class)
                                && self.may_own_goal(i)
                                && e.mentions.iter().any(|m| m.end <= t)
                        })
                    })
            };
            if described()
                || referring()
                || topic()
                || plural()
                || self.states_intention(t)
                || self.defined_parties_document(t).is_some()
            {
                add(t, t);
            }
        }
        span
    }

    /// Whether token `t` may state the parties' intention in the body of
    /// the document the text is (an intention noun or predicate, in a text
    /// with a title document): the goal rules then own its infinitive by
    /// that document.
    fn states_intention(&self, t: usize) -> bool {
        let (view, words) = (self.view, &self.lex.words);
        (words.intention_nouns.contains(view.low(t))
            || words.intention_predicates.contains(view.low(t)))
            && self.title_document().is_some()
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
            let cue = lex.goal_cues.list_cues.first_at(view, k, end);
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
                        && syntax
                            .parse_tags(k - 1)
                            .any(|(_, xpos)| matches!(xpos, "VBN" | "VBD" | "JJ"))
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
        // A filler counts through the entity its token reads as.
        let mut reach: Vec<Option<usize>> = self.range.clone().map(|t| self.entity_at(t)).collect();
        // Two places written as adjectives may be the parties a plural noun
        // stands for ("the Kestrian and Norlandic governments"): they count
        // where they are written.
        let mut places = self.demonyms.iter().map(|&(_, e)| e);
        if let Some(first) = places.next() {
            if places.any(|e| e != first) {
                for (tokens, e) in &self.demonyms {
                    for t in tokens.clone() {
                        let slot = &mut reach[t - self.range.start];
                        slot.get_or_insert(*e);
                    }
                }
            }
        }
        let mut entities: Vec<usize> = Vec::new();
        for &e in reach.iter().flatten() {
            if !entities.contains(&e) {
                entities.push(e);
            }
        }
        // "The two countries will cooperate": a pair phrase stands for the
        // last two of its noun's class the text named, maybe only in the
        // sentences before. Which role it fills is the parse's to tell, so a
        // sentence with one and a trigger word is parsed.
        let mut pair_phrase = false;
        for t in self.range.clone() {
            if lex.pair_nouns.contains_key(self.view.low(t)) {
                for (_, e) in self.pair_ending_at(t + 1, true) {
                    pair_phrase = true;
                    if !entities.contains(&e) {
                        entities.push(e);
                    }
                }
            }
        }
        if entities.len() < 2 {
            return false;
        }
        if pair_phrase {
            return self
                .range
                .clone()
                .any(|t| lex.may_trigger(self.view.low(t)));
        }
        let sentence = FrameSentence {
            syntax,
            start: self.range.start,
            retagged: syntax.may_retag(self.sentence),
            reach,
            modifiers: OnceCell::new(),
            entities,
            lemmas: OnceCell::new(),
            pairs: RefCell::default(),
        };
        let mut properties = Vec::new();
        let reciprocal_cue = OnceCell::new();
        let cue = || {
            self.range
                .clone()
                .any(|k| lex.words.reciprocal_cues.contains(self.view.low(k)))
        };
        for t in self.range.clone() {
            let word = self.view.low(t);
            if !lex.may_trigger(word) {
                continue;
            }
            for as_verb in [true, false] {
                properties.clear();
                lex.frame_properties_into(word, as_verb, &mut properties);
                if properties.is_empty() {
                    continue;
                }
                let kinds: &[FrameKind] = if as_verb {
                    &[
                        FrameKind::Verb,
                        FrameKind::Passive,
                        FrameKind::Reciprocal,
                        FrameKind::Stating,
                        FrameKind::Group,
                    ]
                } else {
                    &[FrameKind::Noun]
                };
                // A frame joins only pairs of its property's (fewer where it
                // leaves people out): without any, no lemma need be told (which
                // may tag the sentence's pieces).
                let property_pairs = |p: usize| {
                    let at = self.pairs_at(p, self.lex.properties[p].symmetric, &sentence);
                    !sentence.pairs.borrow()[at].1.is_empty()
                };
                if !properties.iter().any(|&p| property_pairs(p)) {
                    continue;
                }
                // A reciprocal frame reads only with a reciprocal cue in the
                // trigger's clause, so somewhere in the sentence.
                let may_read = |f: &DependencyFrame| {
                    properties.contains(&f.property)
                        && (f.kind != FrameKind::Reciprocal || *reciprocal_cue.get_or_init(&cue))
                        && self.frame_may_add(f, t, &sentence)
                };
                let fires = sentence.trigger_lemmas(t, as_verb).iter().any(|lemma| {
                    kinds
                        .iter()
                        .any(|&k| lex.dependency_frames.get(lemma, k).iter().any(&may_read))
                });
                if fires {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `frame`, triggered at token `trigger`, could give a fact no
    /// rule read in this sentence yet: each side has entities its roles
    /// could hold ([`Frame::role_reach`]), and some pair of them fits the
    /// property (what `emit` checks: either way round for a symmetric
    /// property), people left out where the frame leaves them out (every
    /// filler of a party frame, both ends of a symmetric property).
    fn frame_may_add(
        &self,
        frame: &DependencyFrame,
        trigger: usize,
        sentence: &FrameSentence<'_, '_, '_>,
    ) -> bool {
        let property = &self.lex.properties[frame.property];
        let no_people = frame.parties || property.symmetric;
        // The pairs `emit` would take and no rule read yet, whatever the
        // roles (the same for every frame of the property); the roles'
        // reach only then.
        let at = self.pairs_at(frame.property, no_people, sentence);
        let known = sentence.pairs.borrow();
        let pairs = &known[at].1;
        if pairs.is_empty() {
            return false;
        }
        let reaches = |roles: &[Role]| -> Vec<Reach> {
            roles
                .iter()
                .map(|r| self.role_reach(r, trigger, property, sentence))
                .collect()
        };
        let subject_reach = reaches(&frame.subject_roles);
        let object_reach = if frame.parties {
            subject_reach.clone()
        } else {
            reaches(&frame.object_roles)
        };
        let holds =
            |reach: &[Reach], e: usize| reach.iter().any(|r| sentence.may_hold(r, trigger, e));
        pairs
            .iter()
            .any(|&(s, o)| holds(&subject_reach, s) && holds(&object_reach, o))
    }

    /// Where in `sentence.pairs` the pairs of different entities of the
    /// sentence that fit property `p` (either way round when symmetric) and
    /// that no rule read yet stand, people left out of both ends if
    /// `no_people`; found on first asking.
    fn pairs_at(&self, p: usize, no_people: bool, sentence: &FrameSentence<'_, '_, '_>) -> usize {
        let property = &self.lex.properties[p];
        let key = (p, no_people);
        let mut known = sentence.pairs.borrow_mut();
        if let Some(at) = known.iter().position(|(k, _)| *k == key) {
            return at;
        }
        let class = |e: usize| self.entities[e].class.as_str();
        let fits = |s: usize, o: usize| {
            self.ontology.fits(class(s), &property.domain)
                && self.ontology.fits(class(o), &property.range)
        };
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &s in &sentence.entities {
            for &o in &sentence.entities {
                if o != s
                    && !(no_people && (self.is_person(s) || self.is_person(o)))
                    && (fits(s, o) || property.symmetric && fits(o, s))
                    && !self.already_read(s, p, o)
                {
                    pairs.push((s, o));
                }
            }
        }
        known.push((key, pairs));
        known.len() - 1
    }

    /// Where the entities a role of a frame triggered at `trigger` could
    /// hold stand (see the module docs).
    fn role_reach(
        &self,
        role: &Role,
        trigger: usize,
        property: &Property,
        sentence: &FrameSentence<'_, '_, '_>,
    ) -> Reach {
        let (filler_rel, case) = match role {
            Role::Dependent { rel, case } => (rel, case),
            Role::DependentOfDependent { inner, case, .. } => (inner, case),
            Role::GovernorDependent {
                rel,
                of_governor,
                case,
            } => {
                // A marked filler needs its case word somewhere in the
                // sentence (the governor may stand on either side).
                let marked = |w: &CaseWord| {
                    self.range.clone().any(|c| {
                        sentence.may_have_lemma(c, |l| match w {
                            CaseWord::PropertyPreposition => {
                                property.prepositions.iter().any(|p| p == l)
                            }
                            CaseWord::Word(word) => l == word,
                        })
                    })
                };
                if !case.as_ref().is_none_or(marked) {
                    return Reach::Nothing;
                }
                return self.governor_dependent_reach(rel, of_governor, trigger, sentence);
            }
            Role::Governor { .. } => return Reach::Anywhere,
        };
        let Some(case) = case else {
            return self.unmarked_reach(role, filler_rel, trigger, sentence);
        };
        let marks = |l: &str| match case {
            CaseWord::PropertyPreposition => property.prepositions.iter().any(|p| p == l),
            CaseWord::Word(word) => l == word,
        };
        let (mut before, mut after) = (false, false);
        for c in self.range.clone().filter(|&c| c != trigger) {
            if sentence.may_have_lemma(c, marks) {
                if c < trigger {
                    before = true;
                } else {
                    after = true;
                }
            }
        }
        if !(before || after) {
            return Reach::Nothing;
        }
        // Where the tree may not be the parser's own projective one, or a
        // filler may stand for a subject elsewhere (an inherited subject, a
        // pronoun, a relative pronoun's noun), the side tells nothing.
        let far = filler_rel.starts_with("nsubj")
            || filler_rel == "nmod:poss"
            || sentence.retagged
            || self.range.clone().any(|k| {
                (k < trigger && before || k > trigger && after)
                    && matches!(sentence.syntax.tagger_tags(k).1, "WDT" | "WP")
            });
        if far {
            Reach::Anywhere
        } else {
            Reach::Sides { before, after }
        }
    }
}

impl Frame<'_, '_> {
    /// Where the entities a role without a case word could hold stand, by
    /// English word order and marking (see the module docs): a possessor
    /// (`nmod:poss`) before a possessive marker before the trigger, or a
    /// possessive pronoun there; a subject (`nsubj…`) before the trigger; a
    /// passive agent (`obl:agent`) after an agent preposition after it. A
    /// pronoun that may stand for a subject named elsewhere lifts the bound.
    fn unmarked_reach(
        &self,
        role: &Role,
        filler_rel: &str,
        trigger: usize,
        sentence: &FrameSentence<'_, '_, '_>,
    ) -> Reach {
        if !matches!(role, Role::Dependent { .. }) {
            return Reach::Anywhere;
        }
        match filler_rel {
            "nmod:poss" => self.possessor_reach(trigger, sentence),
            "obl:agent" => {
                let words = &self.lex.words;
                let agent_marker = (trigger + 1..self.range.end)
                    .find(|&k| words.agent_prepositions.contains(self.view.low(k)));
                agent_marker.map_or(Reach::Nothing, Reach::After)
            }
            rel if rel.starts_with("nsubj") => self.subject_reach(trigger, sentence),
            "obj"
                if self
                    .modifiers(sentence)
                    .is_some_and(|m| !m.may_fill_before(trigger)) =>
            {
                Reach::Head
            }
            _ => Reach::Anywhere,
        }
    }

    /// `^acl/nmod:poss`: the possessor of the noun a participle modifies
    /// stands before that noun, and the noun before its participle; `^obj/nsubj`:
    /// the subject of the verb whose object the trigger is stands before
    /// the verb, and the verb before its object (unless the sentence asks).
    fn governor_dependent_reach(
        &self,
        rel: &str,
        of_governor: &str,
        trigger: usize,
        sentence: &FrameSentence<'_, '_, '_>,
    ) -> Reach {
        let question = self.view.is_punct(self.range.end - 1, "?");
        match (rel, of_governor) {
            ("acl" | "amod", "nmod:poss") => self.possessor_reach(trigger, sentence),
            ("obj", subject) if subject.starts_with("nsubj") && !question => {
                self.subject_reach(trigger, sentence)
            }
            _ => Reach::Anywhere,
        }
    }

    /// A possessor standing before `bound`: before a possessive marker
    /// (tagged `POS`) or itself a possessive pronoun (`PRP$`, `WP$`); a
    /// possessive pronoun that may stand for a subject named elsewhere
    /// reaches anything. The marks are the parse's tags, known before it
    /// (any of its pieces' for a word the parser splits).
    fn possessor_reach(&self, bound: usize, sentence: &FrameSentence<'_, '_, '_>) -> Reach {
        let syntax = sentence.syntax;
        let mut before = None;
        for k in self.range.start..bound {
            for (_, xpos) in syntax.parse_tags(k) {
                match xpos {
                    "POS" => before = before.max(Some(k)),
                    "PRP$" | "WP$" if self.may_stand_for_subject(self.view.low(k)) => {
                        return Reach::Anywhere
                    }
                    "PRP$" | "WP$" => before = before.max(Some(k + 1)),
                    _ => {}
                }
            }
        }
        before.map_or(Reach::Nothing, Reach::Before)
    }

    /// A subject standing before `bound`; a subject pronoun before it that
    /// may stand for a subject named elsewhere reaches anything.
    fn subject_reach(&self, bound: usize, sentence: &FrameSentence<'_, '_, '_>) -> Reach {
        let syntax = sentence.syntax;
        let pronoun = (self.range.start..bound).any(|k| {
            self.may_stand_for_subject(self.view.low(k))
                && syntax.parse_tags(k).any(|(_, xpos)| xpos == "PRP")
        });
        // A participle clause opening the sentence takes the subject of the
        // clause it hangs from, which follows it ("Signing the accord, A
        // said"; "After signing it, A said"): only conjunctions, adverbs
        // and prepositions may stand before it.
        let participle = bound < self.range.end
            && syntax.parse_tags(bound).any(|(_, xpos)| xpos == "VBG")
            && (self.range.start..bound).all(|k| {
                syntax
                    .parse_tags(k)
                    .all(|(_, xpos)| matches!(xpos, "CC" | "RB" | "IN"))
            });
        if pronoun || participle {
            Reach::Anywhere
        } else if self
            .modifiers(sentence)
            .is_some_and(|m| !m.may_fill_before(bound))
        {
            Reach::HeadBefore(bound)
        } else {
            Reach::Before(bound)
        }
    }

    /// Where the sentence names entities only as modifiers (see
    /// [`Modifiers`]), found on first asking; `None` where the parse may
    /// retag.
    fn modifiers<'s>(&self, sentence: &'s FrameSentence<'_, '_, '_>) -> Option<&'s Modifiers> {
        sentence
            .modifiers
            .get_or_init(|| {
                if sentence.retagged {
                    return None;
                }
                let (view, syntax, words) = (self.view, sentence.syntax, &self.lex.words);
                let (start, end) = (self.range.start, self.range.end);
                let modifier = self
                    .range
                    .clone()
                    .map(|t| self.only_modifier_at(t, syntax))
                    .collect();
                let tag = |k: usize| syntax.tagger_tags(k).1;
                let mut gerund_after = vec![usize::MAX; self.range.len()];
                for (i, slot) in gerund_after.iter_mut().enumerate() {
                    let mut k = start + i + 1;
                    while k < end
                        && (sentence.reach[k - start].is_some()
                            || words.conjunctions.contains(view.low(k))
                            || view.is_punct(k, ",")
                            || tag(k) == "POS")
                    {
                        k += 1;
                    }
                    if k < end && tag(k) == "VBG" {
                        *slot = k;
                    }
                }
                Some(Modifiers {
                    modifier,
                    gerund_after,
                    may_fill: self.modifiers_may_fill(syntax),
                    first_relative: self.range.clone().find(|&k| matches!(tag(k), "WDT" | "WP")),
                })
            })
            .as_ref()
    }

    /// Whether token `t` reads as an entity named there only as a modifier
    /// of a noun phrase, which no finite verb takes as its subject or
    /// object: the mention it reads as (`entity_at`) follows a noun-phrase
    /// preposition, determiners between ("the visit of the Kestrian
    /// minister"), or precedes a possessive mark ("Kestria's minister").
    fn only_modifier_at(&self, t: usize, syntax: &DocSyntax<'_, '_>) -> bool {
        let Some((mention, _)) = self
            .mentions
            .iter()
            .filter(|(r, _)| r.contains(&t))
            .min_by_key(|(r, _)| r.len())
        else {
            return false;
        };
        let (view, lex) = (self.view, self.lex);
        let mut k = mention.start;
        while k > self.range.start && lex.is_determiner(view.low(k - 1)) {
            k -= 1;
        }
        if k > self.range.start && lex.words.noun_phrase_prepositions.contains(view.low(k - 1)) {
            return true;
        }
        let end = mention.end;
        end < self.range.end && {
            let mut tags = syntax.parse_tags(end).peekable();
            tags.peek().is_some() && tags.all(|(_, xpos)| xpos == "POS")
        }
    }

    /// Whether a filler of a subject or object role may stand for an entity
    /// named elsewhere in the sentence, maybe as a modifier (relative
    /// pronouns aside, see [`FrameSentence::modifiers_may_fill_before`]): a
    /// pair noun after a pair quantifier or number for the things of its
    /// class named before ("the two countries", "the three provinces"), a
    /// pronoun for the subject of another clause.
    fn modifiers_may_fill(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let (view, lex) = (self.view, self.lex);
        let words = &lex.words;
        let pair_word = self.range.clone().any(|k| {
            words.pair_quantifiers.contains(view.low(k)) || lex.group_count(view.low(k)).is_some()
        });
        self.range.clone().any(|k| {
            let word = view.low(k);
            pair_word && lex.pair_nouns.contains_key(word)
                || self.may_stand_for_subject(word)
                    && syntax
                        .parse_tags(k)
                        .any(|(_, xpos)| matches!(xpos, "PRP" | "PRP$"))
        })
    }

    /// Whether a pronoun may stand for the subject of another clause
    /// (`dependency::pronoun_antecedent`).
    fn may_stand_for_subject(&self, word: &str) -> bool {
        let words = &self.lex.words;
        words.plural_pronouns.contains(word)
            || words.neuter_pronouns.contains(word)
            || words.personal_pronouns.contains(word)
    }
}

/// Where a role's fillers may stand: whatever the parse, a role marked by
/// a case word holds only what stands on the trigger's side of that word.
#[derive(Debug, Clone, Copy)]
enum Reach {
    Nothing,
    Anywhere,
    /// Before the trigger, after it, or both.
    Sides {
        before: bool,
        after: bool,
    },
    /// Before this token.
    Before(usize),
    /// Before this token, where its entity is not named only as a modifier
    /// (or may be the subject of a gerund up to the token).
    HeadBefore(usize),
    /// Anywhere its entity is not named only as a modifier.
    Head,
    /// After this token.
    After(usize),
}

/// Where a sentence names entities only as modifiers of a noun phrase, which
/// no finite verb takes as its subject or object.
struct Modifiers {
    /// Per token, whether its entity is named only as a modifier there
    /// ([`Frame::only_modifier_at`]).
    modifier: Vec<bool>,
    /// Per token, the gerund its entity may be the subject of ("of Kestria
    /// and Norland joining the alliance"): a word the parse may tag `VBG`
    /// after it and the names, conjunctions, commas and possessive marks
    /// that follow it (`usize::MAX` for none).
    gerund_after: Vec<usize>,
    /// Whether a filler may stand for an entity named as a modifier
    /// ([`Frame::modifiers_may_fill`]).
    may_fill: bool,
    /// The first token the parse may tag as a relative pronoun (`WDT`,
    /// `WP`): as a filler it stands for its noun, which may be a modifier.
    first_relative: Option<usize>,
}

impl Modifiers {
    /// Whether a subject or object filler of a trigger before `bound` may
    /// stand for an entity named only as a modifier: where any may
    /// ([`Frame::modifiers_may_fill`]), or a relative pronoun, which stands
    /// before the verb of its clause, stands before `bound`.
    fn may_fill_before(&self, bound: usize) -> bool {
        self.may_fill || self.first_relative.is_some_and(|k| k < bound)
    }
}

/// The (subject, object) pairs a frame of a property could join, keyed by
/// (property, people left out).
type PairsOf = ((usize, bool), Vec<(usize, usize)>);

/// Per token of a sentence, the lemmas its parse may give it.
#[derive(Default)]
struct TokenLemmas {
    lemmas: Vec<String>,
    /// Where each token's lemmas start in `lemmas`, and where the last
    /// token's end.
    starts: Vec<usize>,
}

/// What the frames' demand knows of one sentence before its parse.
struct FrameSentence<'s, 'a, 'v> {
    syntax: &'s DocSyntax<'a, 'v>,
    start: usize,
    /// Whether the parse may tag the sentence afresh.
    retagged: bool,
    /// The entity each token reads as (`entity_at`).
    reach: Vec<Option<usize>>,
    /// Where entities are named only as modifiers (made when first asked,
    /// `None` where the parse may retag: telling its tags would tag the
    /// sentence's pieces, costlier than what the bound saves).
    modifiers: OnceCell<Option<Modifiers>>,
    /// The entities some token reads as, each once.
    entities: Vec<usize>,
    /// Per token, the lemmas the parse may give it (made when first asked).
    lemmas: OnceCell<TokenLemmas>,
    /// Per (property, people left out), the pairs of entities a frame of
    /// the property could join that no rule read yet.
    pairs: RefCell<Vec<PairsOf>>,
}

impl FrameSentence<'_, '_, '_> {
    /// The lemmas (lower case) the parse may give token `t` as a verb
    /// (`as_verb`) or a noun: for each tag it may give the token (see
    /// [`DocSyntax::parse_tags`]) that reads so, the lemma it gives then.
    fn trigger_lemmas(&self, t: usize, as_verb: bool) -> Vec<String> {
        let mut tagged = Vec::new();
        self.syntax.parse_lemmas(t, &mut tagged);
        let mut lemmas: Vec<String> = Vec::new();
        for (upos, lemma) in tagged {
            let fits = if as_verb {
                upos == "VERB"
            } else {
                matches!(upos, "NOUN" | "PROPN")
            };
            let lemma = lemma.to_lowercase();
            if fits && !lemmas.contains(&lemma) {
                lemmas.push(lemma);
            }
        }
        lemmas
    }

    /// Whether token `t` may get a lemma `wanted` accepts: one the parse may
    /// give it (see [`DocSyntax::parse_lemmas`]).
    fn may_have_lemma(&self, t: usize, wanted: impl Fn(&str) -> bool) -> bool {
        let lemmas = self.lemmas.get_or_init(|| {
            let syntax = self.syntax;
            let mut lemmas = TokenLemmas::default();
            let mut tagged = Vec::new();
            for k in self.start..self.start + self.reach.len() {
                tagged.clear();
                syntax.parse_lemmas(k, &mut tagged);
                lemmas.starts.push(lemmas.lemmas.len());
                lemmas
                    .lemmas
                    .extend(tagged.drain(..).map(|(_, lemma)| lemma));
            }
            lemmas.starts.push(lemmas.lemmas.len());
            lemmas
        });
        let i = t - self.start;
        lemmas.lemmas[lemmas.starts[i]..lemmas.starts[i + 1]]
            .iter()
            .any(|lemma| wanted(lemma))
    }

    /// Whether entity `e` may fill a role that reaches `reach` of a frame
    /// triggered at `trigger`.
    fn may_hold(&self, reach: &Reach, trigger: usize, e: usize) -> bool {
        match *reach {
            Reach::Nothing => false,
            Reach::Anywhere => true,
            Reach::After(bound) => self
                .reach
                .iter()
                .enumerate()
                .any(|(i, r)| *r == Some(e) && self.start + i > bound),
            Reach::Before(bound) => self
                .reach
                .iter()
                .enumerate()
                .any(|(i, r)| *r == Some(e) && self.start + i < bound),
            // "of Kestria joining the alliance": a gerund's subject may
            // follow a preposition.
            Reach::HeadBefore(bound) => {
                let Some(Some(m)) = self.modifiers.get() else {
                    return self.may_hold(&Reach::Before(bound), trigger, e);
                };
                self.reach.iter().enumerate().any(|(i, r)| {
                    *r == Some(e)
                        && self.start + i < bound
                        && (!m.modifier[i] || m.gerund_after[i] <= bound)
                })
            }
            Reach::Head => {
                let Some(Some(m)) = self.modifiers.get() else {
                    return true;
                };
                self.reach
                    .iter()
                    .enumerate()
                    .any(|(i, r)| *r == Some(e) && !m.modifier[i])
            }
            Reach::Sides { before, after } => self.reach.iter().enumerate().any(|(i, r)| {
                let k = self.start + i;
                *r == Some(e) && (k < trigger && before || k > trigger && after)
            }),
        }
    }
}
