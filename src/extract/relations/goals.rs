//! Goals read over the dependency parse: the clauses that state what a
//! document, agreement or initiative is for, each cut into one goal per
//! coordinated verb phrase.
//!
//! The constructions (cue words come from the goal property's annotations
//! in the ontology: `kg:purposePhrase`, `kg:goalClauseMarker`,
//! `kg:futureMarker`, `kg:enablingVerb`, `kg:nonGoalVerb`, `kg:goalNoun`):
//!
//! * a purpose phrase: "the plan seeks to cut waste", "a fund aimed at
//!   training nurses", "…, in order to widen access" — the owner is the
//!   subject of the phrase's verb, the noun it modifies, or for an adjunct
//!   the nearest document or initiative before it in the sentence; a
//!   present participle of one after a clause's object with no comma
//!   between ("signed a memorandum with B seeking to …") is a reduced
//!   relative on that object, while after a comma ("released its plan
//!   yesterday, aiming for …") it speaks of the clause's subject;
//! * a purpose clause ("to" + verb) attached to a clause about a document:
//!   "Peru signed the accord to open markets", "an accord to open markets",
//!   "the deal will allow firms to export" — the owner is the verb's object,
//!   its passive subject, or its subject, whichever is a document or
//!   initiative;
//! * a future clause whose subject is a document or initiative: "the plan
//!   will cut waste and widen access", or that is set under one: "Under the
//!   accord, the two sides will open offices";
//! * a goal noun with a copula: "The aim is to cut waste" — the owner is
//!   the goal noun's "of X", else the document or initiative the text
//!   spoke of last.
//! * "for" + gerund completing a document's noun (`kg:gerundPurposeMarker`):
//!   "the Plan, a roadmap for cutting emissions".
//! * a purpose noun predicated of a document (`kg:purposeNoun`): "the
//!   strategy is an attempt to …", "the treaty outlines a commitment to …";
//! * a purpose of a verb acting on a document through a preposition
//!   (`kg:documentObjectPreposition`): "A and B are entering into an MOU to …";
//! * a title-case headline's purpose after a document's name: "… Sign
//!   Memorandum of Understanding to Enhance Water Cooperation";
//! * the parties' intention in the body of the document the text is
//!   (`kg:intentionPredicate`, `kg:intentionNoun`): "The Participants are
//!   determined to …", "… affirm their determination to …";
//! * what the parties a memorandum's preamble defined by a collective term
//!   (`defined_parties`) will do in its body: "The Participants will share
//!   data" states a goal of the document the text is.
//!
//! In a future clause, a relation verb states a goal only as a goal verb
//! (`kg:goalVerb`: "will support …"), an enabling verb with only an object
//! states it itself ("will enable faster exchange of data"), and a negation
//! between cue and verb ("will not raise …") denies the goal.
//!
//! A goal verb in the present tense whose object is an amount
//! (`kg:magnitudeNoun`: "which supports millions of jobs") or is counted by
//! a figure ("sustains 40,000 jobs") measures an effect of the document,
//! no goal of it.
//!
//! A thing named only by a bare common noun after "a" ("a strategy") is a
//! generic description and owns no goal, unless the sentence issues or
//! signs it ("adopted a strategy which includes an ambition to …",
//! "signed an agreement to …"): then it is a particular document.
//! "This will …" stands for a document only where its sentence or the
//! one before names it in its own clause: after "the skills needed to
//! carry out a project", "this" is the act, and what it will do is an
//! effect, not the project's goal ("it" names the thing either way).
//!
//! A referring noun (`kg:referringNoun`: "the measures", "these steps")
//! stands for the document the text is about, or owns nothing; a relative
//! pronoun after a time adjunct ("…, on Tuesday, which will …") for the
//! document before the adjunct. An infinitive completing a noun
//! (`kg:infinitiveComplementNoun`: "the desire to …") or after an expecting
//! verb's object (`kg:expectingVerb`: "expect the plan to …") is no goal.
//!
//! A goal is its verb with the verb's complements, up to the first part that
//! is not one (a coordinated verb, a clause after a comma): "to boost trade
//! and expand research" gives two goals. "Strengthen and diversify supply
//! chains", two verbs sharing one object, stays one goal, as does a noun
//! list running into a relative clause whose verbs are listed ("invest in
//! energy, ports and other projects that will support firms, create jobs
//! …": the verbs are the clause's, not goals of their own). After a comma, a
//! purpose clause (", to widen …") and a goal verb's participle (", creating
//! jobs") are goals of their own; another participle (", working in …")
//! describes a noun, no goal. A head that only says the parties act
//! together (`kg:jointActionVerb`, `kg:actionVerb` with a
//! `kg:jointActionAdverb`: "to work together to expand the port") gives way
//! to the purpose it serves.

use super::super::syntax::SentenceSyntax;
use super::super::view::DocView;
use super::dependency::antecedent;
use super::Frame;
use crate::extract::model::{EntityKey, Polarity};
use crate::parse::tagger::is_finite_verb;

/// The most goals one cue yields (coordinated verbs), and the longest goal.
const MAX_GOALS_PER_CUE: usize = 12;
/// The most words between an occasion preposition and its occasion noun
/// ("during the President's visit").
const MAX_OCCASION_GAP: usize = 4;
const MAX_GOAL_TOKENS: usize = 40;
/// How far into a goal (in tokens from its head) a clause describing one
/// of its nouns no longer belongs to it: by then the goal has said what it
/// is for.
const LONG_GOAL_TOKENS: usize = 6;
/// How far a subject is looked for up a chain of coordinated or controlled verbs.
const MAX_SUBJECT_WALK: usize = 4;
/// The longest noun phrase between "for" and "to" read as an infinitive's
/// own subject ("for Federal Departments and Agencies to").
const MAX_SUBJECT_PHRASE: usize = 8;

/// Whether a token is tagged as a verb (the tagger's universal or Penn tag).
pub(super) fn is_verb(syntax: &SentenceSyntax, t: usize) -> bool {
    let n = syntax.node(t);
    n.upos == "VERB" || n.xpos.starts_with("VB") && n.upos != "AUX"
}

impl Frame<'_, '_> {
    /// Reads the goals of a parsed sentence (see the module docs).
    pub(super) fn parsed_goal_frames(&mut self, syntax: &SentenceSyntax) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        let cues = &lex.goal_cues;
        // (goal head token, owner entity, cue tokens)
        let mut found: Vec<(usize, usize, std::ops::Range<usize>)> = Vec::new();
        let mut claimed = vec![false; b - a];
        let heading = super::super::mentions::is_heading(self.view, &self.range);
        // Fronted purposes read on the surface: (goal head, the comma
        // closing the purpose clause).
        let mut fronted: Vec<(usize, usize)> = Vec::new();
        // Goal heads that are a document's present-tense main predicate.
        let mut present_predicates: Vec<usize> = Vec::new();

        // Purpose phrases: "seeks to", "aimed at", "in order to".
        let mut k = a;
        while k < b {
            let Some(phrase) = lex.purpose_phrases.first_at(self.view, k, b) else {
                k += 1;
                continue;
            };
            let head = k + phrase.len();
            if head >= b || !self.view.is_word(head) {
                k = head;
                continue;
            }
            for c in k..head {
                claimed[c - a] = true;
            }
            // "in order to", "with the aim of": the purpose of the act, so of
            // the document the clause is about. A phrase with a verb has a
            // subject ("the plan seeks to", "Chile …, aiming for").
            let adjunct = !(k..head).any(|t| is_verb(syntax, t));
            let owner = if adjunct {
                // "In order to widen access, the ministry has launched the
                // Programme": fronted, the purpose is that of the main clause's thing.
                self.nearest_goal_owner_before(k)
                    .or_else(|| self.fronted_purpose_owner(syntax, k, head))
            } else {
                let verb = (k..head).rev().find(|&t| is_verb(syntax, t)).unwrap_or(k);
                self.participle_object(syntax, verb)
                    .or_else(|| self.owner_of_verb(syntax, verb, false))
                    .or_else(|| self.owner_of_content_clause(syntax, verb))
                    .or_else(|| self.owner_of_object_participle(syntax, verb))
                    .or_else(|| {
                        self.mention_ending_at(self.skip_aux_left(k))
                            .map(|m| m.1)
                            .filter(|&e| self.may_own_goal(e))
                    })
            };
            if let Some(owner) = owner {
                found.push((head, owner, k..head));
            }
            k = head;
        }

        for t in a..b {
            if claimed[t - a] || !is_verb(syntax, t) {
                continue;
            }
            let node = syntax.node(t);
            // A goal noun with a copula: "The aim is to cut waste."
            let goal_noun = syntax.children(t).find(|&c| {
                syntax.node(c).rel.starts_with("nsubj") && lex.goal_nouns.contains(self.view.low(c))
            });
            if let Some(noun) = goal_noun {
                if syntax.children(t).any(|c| syntax.node(c).rel == "cop") {
                    if let Some(owner) = self.owner_of_goal_noun(syntax, noun) {
                        found.push((t, owner, noun..noun + 1));
                    }
                    continue;
                }
            }
            // A gerund after a purpose preposition: "a roadmap for cutting emissions".
            if let Some(owner) = self.owner_of_gerund_purpose(syntax, t) {
                found.push((t, owner, t - 1..t));
                continue;
            }
            // A goal verb's participle on a document: "a new accord paving
            // the way for …", "the deal is a cornerstone …, deepening …".
            if let Some(owner) = self.owner_of_goal_participle(syntax, t) {
                found.push((t, owner, t..t + 1));
                continue;
            }
            // A purpose clause: "to" + verb, attached to a clause about a document.
            let marker = t
                .checked_sub(1)
                .filter(|&m| m >= a && cues.clause_markers.contains(self.view.low(m)));
            if let Some(m) = marker {
                // "Water Accord to Take Effect in May": a headline's "to" is
                // its future marker, and a verb that states no goal
                // (`kg:nonGoalVerb`) is no purpose there.
                if claimed[m - a] || heading && cues.non_goal_verbs.contains(self.view.low(t)) {
                    continue;
                }
                if let Some(owner) = self
                    .owner_of_purpose_clause(syntax, t)
                    .or_else(|| self.fronted_purpose_owner(syntax, m, t))
                {
                    found.push((t, owner, m..t));
                } else if let Some((owner, comma)) = self.fronted_purpose_on_surface(syntax, m, t) {
                    fronted.push((t, comma));
                    found.push((t, owner, m..t));
                }
                continue;
            }
            // "a memorandum that establishes a framework for …", "the
            // strategy is based on A and supports the transformation of B":
            // a goal verb (`kg:goalVerb`) in the present tense, in a relative
            // clause on a document or coordinated with its predicate, states
            // the document's goal as written.
            // A coordinated predicate that sets something up ("establishes
            // a council and creates 300 jobs", `kg:constitutiveVerb`) says
            // what the document does, like the predicate before it, as on
            // the surface (`present_goal_predicate_frames`).
            if node.xpos == "VBZ"
                && matches!(node.rel, "acl:relcl" | "conj")
                && lex.words.goal_verbs.contains(&node.lemma)
                && !(node.rel == "conj" && lex.words.constitutive_verbs.contains(&node.lemma))
                && !syntax
                    .children(t)
                    .any(|c| matches!(syntax.node(c).rel, "aux" | "aux:pass" | "nsubj:pass"))
                // The relative clause's subject is its relative pronoun, a
                // coordinated predicate has none of its own.
                && syntax.children(t).all(|c| {
                    syntax.node(c).rel != "nsubj"
                        || node.rel == "acl:relcl" && syntax.node(c).upos == "PRON"
                })
                && !self.measures_an_amount(syntax, t)
            {
                if let Some(owner) = self.owner_of_verb(syntax, t, false) {
                    found.push((t, owner, t..t + 1));
                }
                continue;
            }
            // "The MoU strengthens the collaboration between A and B": a goal
            // verb in the present tense as the main predicate of a document
            // names the effect the document is made for. One that sets
            // something up ("establishes a council", `kg:constitutiveVerb`)
            // says what the document does, as in a coordinated predicate.
            if node.head.is_none() && !heading && matches!(node.xpos, "VBZ" | "VBP") {
                if let Some(owner) = self.present_goal_predicate_owner(syntax, t) {
                    present_predicates.push(t);
                    found.push((t, owner, t..t + 1));
                }
                continue;
            }
            // A future clause with a document as subject: "the plan will cut waste".
            let is_future = |v: usize| {
                syntax.children(v).find(|&c| {
                    syntax.node(c).rel == "aux" && cues.future_markers.contains(self.view.low(c))
                })
            };
            // An enabling verb's bare infinitive: "the plan will help
            // farmers irrigate dry land" states the goal "irrigate dry land"
            // (with "to", the purpose clause above reads it). The parse may
            // make the helped party the infinitive's subject ("will help
            // both countries reduce emissions": a complement clause with a
            // subject and no marker or auxiliary of its own), any noun
            // phrase as the party.
            let bare_clause = node.rel == "ccomp"
                && verb_form(self.view, syntax, t) == "VB"
                && syntax.children(t).any(|c| syntax.node(c).rel == "nsubj")
                && !syntax
                    .children(t)
                    .any(|c| matches!(syntax.node(c).rel, "mark" | "aux" | "aux:pass" | "cop"));
            let enabled_by = node.head.filter(|&h| {
                (node.rel == "xcomp" || bare_clause)
                    && cues.enabling_verbs.contains(&syntax.node(h).lemma)
            });
            if let Some(h) = enabled_by {
                if let (Some(aux), Some(owner)) =
                    (is_future(h), self.owner_of_verb(syntax, h, true))
                {
                    // "will help secure trade": with no one helped, the goal
                    // is the enabling verb's phrase as written; so it is
                    // where the helped party is the infinitive's subject
                    // ("will help developing countries take part in …"),
                    // and where the infinitive alone is one word ("will help
                    // small firms grow"), which says nothing without the
                    // party helped.
                    let bare = (h + 1..t)
                        .all(|k| !matches!(syntax.node(k).upos, "NOUN" | "PROPN" | "PRON"));
                    let lone_word = self.goal_span(syntax, t).0.len() < 2;
                    let whole = bare || bare_clause || lone_word;
                    found.push((if whole { h } else { t }, owner, aux..aux + 1));
                }
                continue;
            }
            // "will protect X and promote Y": a later conjunct shares the marker.
            let future = is_future(t).or_else(|| {
                let head = node.head.filter(|_| node.rel == "conj")?;
                // "will be achieved through A and reduced B": only a base
                // form shares the marker, and never a passive's.
                if syntax
                    .children(t)
                    .any(|c| syntax.node(c).rel.starts_with("aux"))
                    || verb_form(self.view, syntax, t) != "VB"
                    || syntax
                        .children(head)
                        .any(|c| matches!(syntax.node(c).rel, "aux:pass" | "nsubj:pass"))
                {
                    return None;
                }
                std::iter::once(head)
                    .chain(
                        syntax
                            .children(head)
                            .filter(|&c| c < t && syntax.node(c).rel == "conj"),
                    )
                    .find_map(is_future)
            });
            if let Some(aux) = future {
                // "The plan will be reviewed": what is done to a document is no goal of it.
                let passive = syntax
                    .children(t)
                    .any(|c| matches!(syntax.node(c).rel, "aux:pass" | "nsubj:pass"));
                // "The accord will enable faster exchange of data": an
                // enabling verb with only an object states the goal itself;
                // with an infinitive ("will enable us to share data", "will
                // help farmers irrigate") the infinitive is the goal.
                let enabling = cues.enabling_verbs.contains(&node.lemma)
                    && syntax
                        .children(t)
                        .any(|c| matches!(syntax.node(c).rel, "xcomp" | "ccomp"));
                // A relation verb's form ("will support …") is read by the
                // relation rules, unless it is a goal verb (`kg:goalVerb`).
                let relation_verb = self.lex.verb_forms.contains_key(self.view.low(t))
                    && !self.lex.words.goal_verbs.contains(self.view.low(t));
                // "will make it easier for students to …": making a thing
                // easier (an object pronoun and an adjective) is a goal.
                let makes_adjective = syntax
                    .children(t)
                    .any(|c| syntax.node(c).rel == "obj" && syntax.node(c).upos == "PRON")
                    && syntax
                        .children(t)
                        .any(|c| syntax.node(c).rel == "xcomp" && syntax.node(c).upos == "ADJ");
                if passive
                    || self.opens_gerund_list(syntax, t)
                    || cues.non_goal_verbs.contains(&node.lemma) && !makes_adjective
                    || enabling
                    || relation_verb
                {
                    continue;
                }
                if let Some(owner) = self
                    .owner_of_verb(syntax, t, true)
                    .or_else(|| self.owner_of_nominal_root(syntax, t))
                    .or_else(|| self.owner_of_content_clause(syntax, t))
                {
                    found.push((t, owner, aux..aux + 1));
                }
            }
        }

        // "aim to cooperate on initiatives such as:": the lines after the
        // colon are the goals, the phrase before the cue is none.
        let lead_in_end = self.example_list_cue();
        let mut done: Vec<usize> = Vec::new();
        for (head, owner, cue) in found {
            if done.contains(&head) {
                continue;
            }
            // "The plan will not raise taxes": a negation between the cue
            // and the goal's verb denies the goal as one before the cue does.
            let q = self.qualifiers(a, cue.start);
            if q.0 == Polarity::Negative || self.negated(cue.start, head) {
                continue;
            }
            let mut pending = vec![head];
            let mut emitted = 0;
            while let Some(h) = pending.pop() {
                // "will conduct surveys and will aim to map …": a coordinated
                // verb of a purpose phrase is no goal; the phrase's goal is.
                if emitted == MAX_GOALS_PER_CUE || done.contains(&h) || claimed[h - a] {
                    continue;
                }
                done.push(h);
                // "signed the Harbour Accord to work together to expand the
                // port": a head that only says the parties act jointly gives
                // way to the purpose it serves.
                let h = match self.joint_action_purpose(syntax, h) {
                    Some(inner) if !done.contains(&inner) => {
                        done.push(inner);
                        inner
                    }
                    _ => h,
                };
                let (mut span, more) = match fronted.iter().find(|&&(f, _)| f == h) {
                    // The parse hung the main clause inside the purpose
                    // clause: the goal is what the comma closes.
                    Some(&(_, comma)) => (h..self.before_goal_boundary(h, comma), Vec::new()),
                    None => self.goal_span(syntax, h),
                };
                if span.len() < 2 && more.is_empty() {
                    span = self.surface_goal_span(h);
                }
                let clause_close = self.relative_clause_close(syntax, h);
                if let Some(close) = clause_close {
                    span.end = span.end.min(close);
                }
                if present_predicates.contains(&h) {
                    span.end = self.second_present_predicate(syntax, span.clone());
                }
                // A conjunct merged into this goal ("protect and restore
                // coral reefs") is no goal of its own; a gerund after the
                // infinitive ("protect X and promoting Y") is.
                let gerund_goal =
                    self.gerund_after_infinitive(syntax, span.clone(), self.range.end);
                done.extend(span.clone().filter(|&k| {
                    k != h
                        && Some(k) != gerund_goal
                        && !more.contains(&k)
                        && syntax.node(k).rel == "conj"
                        && syntax.node(k).head == Some(h)
                }));
                pending.extend(more);
                for mut item in self.verb_list_items(syntax, span) {
                    if let Some(close) = clause_close {
                        item.end = item.end.min(close);
                    }
                    if item.len() < 2
                        || emitted == MAX_GOALS_PER_CUE
                        || lead_in_end == Some(item.end)
                    {
                        continue;
                    }
                    if item.start != h {
                        if done.contains(&item.start) {
                            continue;
                        }
                        done.push(item.start);
                    }
                    emitted += 1;
                    let goal = self.goal_entity(item);
                    self.emit(
                        goal,
                        goal_property,
                        owner,
                        cue.clone(),
                        "parsed-goal",
                        0.75,
                        q.clone(),
                    );
                }
            }
        }
    }

    /// A title-case headline's purpose: "Kestria and Norland Sign
    /// Memorandum of Understanding to Enhance Water Cooperation" states the
    /// goal "Enhance Water Cooperation" of the document named right before
    /// the goal clause marker, where the capitalised word after the marker
    /// is a goal verb (`kg:goalVerb`; a headline's tags do not tell verbs).
    /// Read on the surface, up to the headline's end or a goal boundary.
    pub(super) fn headline_purpose_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        if !super::super::mentions::is_heading(self.view, &self.range) {
            return;
        }
        let markers = &self.lex.goal_cues.clause_markers;
        for k in a + 1..b.saturating_sub(2) {
            let verb = k + 1;
            if !markers.contains(self.view.low(k))
                || !self.view.is_capitalised(verb)
                || !self.lex.words.goal_verbs.contains(self.view.low(verb))
            {
                continue;
            }
            let Some(owner) = self
                .mention_ending_at(k)
                .map(|m| m.1)
                .filter(|&e| self.may_own_goal(e))
            else {
                continue;
            };
            let span = self.surface_goal_span(verb);
            if span.len() < 2 || self.negated(a, k) {
                continue;
            }
            let goal = self.goal_entity(span);
            let q = self.qualifiers(a, k);
            self.emit(
                goal,
                goal_property,
                owner,
                k..verb,
                "headline-purpose",
                0.7,
                q,
            );
            return;
        }
    }

    /// Whether an entity may own a goal (a document, initiative or activity).
    pub(super) fn may_own_goal(&self, e: usize) -> bool {
        let Some(p) = self.lex.goal_property else {
            return false;
        };
        let entity = &self.entities[e];
        // "several measures": a phrase counting things of a kind names no
        // document that could own a goal.
        let counted = entity.label.split_whitespace().next().is_some_and(|w| {
            self.lex
                .words
                .indefinite_quantifiers
                .contains(&w.to_lowercase())
        });
        // "will provide a framework to …": a thing named only by a bare
        // common noun after "a" is a generic description, no document of
        // its own;
        // "a future strategy which could …" describes one not made yet.
        let described = entity.label.chars().all(|c| !c.is_uppercase());
        let hypothetical = entity
            .label
            .split_whitespace()
            .map(str::to_lowercase)
            .find(|w| !self.lex.is_determiner(w))
            .is_some_and(|w| self.lex.words.hypothetical_modifiers.contains(&w));
        // "The programme aims to …" (definite) still speaks of one.
        let indefinite = !entity.mentions.is_empty()
            && entity
                .mentions
                .iter()
                .all(|m| self.indefinite_article_of(m).is_some());
        let generic = described
            && (indefinite && !entity.label.contains(' ') && !self.issued_or_signed(e)
                || hypothetical);
        !counted
            && !generic
            && self
                .ontology
                .fits(&entity.class, &self.lex.properties[p].range)
    }

    /// The indefinite article ("a", "an") a mention opens with or follows
    /// at once: its token.
    pub(super) fn indefinite_article_of(&self, m: &std::ops::Range<usize>) -> Option<usize> {
        let articles = &self.lex.words.indefinite_articles;
        if articles.contains(self.view.low(m.start)) {
            Some(m.start)
        } else {
            m.start
                .checked_sub(1)
                .filter(|&t| articles.contains(self.view.low(t)))
        }
    }

    /// Whether a mention of entity `e` in the sentence being read opens
    /// with an indefinite article right after a verb that only ever acts
    /// on documents or initiatives (a verb trigger of a property whose
    /// range holds the entity's class but not the property's own subjects:
    /// issuing, signing). "adopted a strategy which …", "signed an
    /// agreement to …": a thing someone adopts or signs is a particular
    /// document, not a generic description, in the sentence that says so;
    /// elsewhere "a statement" may be another one.
    fn issued_or_signed(&self, e: usize) -> bool {
        let entity = &self.entities[e];
        let in_sentence = |m: &std::ops::Range<usize>| self.range.contains(&m.start);
        entity.mentions.iter().filter(|m| in_sentence(m)).any(|m| {
            let Some(article) = self.indefinite_article_of(m) else {
                return false;
            };
            let Some(verb) = article.checked_sub(1).filter(|&v| self.view.is_word(v)) else {
                return false;
            };
            let low = self.view.low(verb);
            self.lex.verb_forms.get(low).is_some_and(|forms| {
                forms.iter().any(|form| {
                    let property = &self.lex.properties[form.property];
                    form.words.len() == 1
                        && form.words[0] == low
                        && Some(form.property) != self.lex.goal_property
                        && !property.range.is_empty()
                        && self.ontology.fits(&entity.class, &property.range)
                        && !property.domain.is_empty()
                        && property
                            .domain
                            .iter()
                            .all(|d| !self.ontology.fits(d, &property.range))
                })
            })
        })
    }

    /// The document a text is: the goal owner whose mention opens the
    /// title line ("Joint Declaration of Intent between A and B on …",
    /// "Memorandum of Understanding between …"), not one a news headline
    /// names after its actors ("A and B sign Memorandum").
    pub(super) fn title_document(&self) -> Option<usize> {
        let headline = self.view.sentences.first()?;
        if !super::super::mentions::is_heading(self.view, headline) {
            return None;
        }
        self.entities
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.may_own_goal(i))
            .find(|(_, e)| e.mentions.iter().any(|m| m.start == headline.start))
            .map(|(i, _)| i)
    }

    /// Preamble lines of a titled declaration or memorandum: a line opening
    /// with a preamble cue (`kg:preambleCue`: "Intending to deepen …;",
    /// "Desiring to build …,") states a goal of the document the text is
    /// (`title_document`), up to a semicolon, a comma or a goal boundary;
    /// "… and to V" coordinates a second goal. Read on the surface.
    pub(super) fn preamble_goal_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let Some(len) = self.lex.words.preamble_cues.phrase_at(self.view, a, b) else {
            return;
        };
        let start = a + len;
        if start + 1 >= b || !self.view.is_word(start) || !self.starts_line() {
            return;
        }
        let Some(owner) = self.title_document() else {
            return;
        };
        let mut end = (start..b)
            .find(|&t| self.view.is_punct(t, ";") || self.view.is_punct(t, ","))
            .unwrap_or(b);
        while end > start && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct {
            end -= 1;
        }
        let end = self.before_goal_boundary(start, end);
        if end < start + 2 {
            return;
        }
        // "to deepen X and to expand Y", "to build on X and deliver Y":
        // two goals, the second opening with its marker or a bare verb.
        let mut items = Vec::new();
        let mut s = start;
        for t in start + 1..end {
            if t + 2 < end && self.lex.words.conjunctions.contains(self.view.low(t)) {
                if self
                    .lex
                    .goal_cues
                    .clause_markers
                    .contains(self.view.low(t + 1))
                {
                    items.push(s..t);
                    s = t + 2;
                } else if matches!(self.syntax.tagger_tags(t + 1).1, "VB" | "VBP")
                    // "to strengthen and expand their ties": verbs sharing
                    // one object are one goal.
                    && !self.syntax.tagger_tags(t - 1).1.starts_with("VB")
                {
                    items.push(s..t);
                    s = t + 1;
                }
            }
        }
        items.push(s..end);
        let q = self.qualifiers(a, start);
        if q.0 == Polarity::Negative {
            return;
        }
        for item in items.into_iter().filter(|i| i.len() >= 2) {
            let goal = self.goal_entity(item);
            self.emit(
                goal,
                goal_property,
                owner,
                a..start,
                "preamble-goal",
                0.7,
                q.clone(),
            );
        }
    }

    /// A document's present-tense goal predicate, read on the surface where
    /// taggers take the verbs for plural nouns: "The agreement complements
    /// existing trade rules and strengthens cooperation on customs" states
    /// the goal "strengthens cooperation on customs". The document's mention
    /// opens the sentence (after determiners) and a word right after it
    /// spelled like a present tense (`kg:presentTenseSuffix`) starts the
    /// predicate; each word
    /// after a conjunction that is the present tense of a goal verb
    /// (`kg:goalVerb`, not a `kg:constitutiveVerb`: "establishes") opens a
    /// goal, as written, up to the next such verb, a comma or a goal
    /// boundary. A later one the tagger read as a present tense is the parse
    /// rules' business.
    pub(super) fn present_goal_predicate_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let Some((subject, owner)) = self
            .mentions
            .iter()
            .filter(|(r, e)| {
                r.start >= a
                    && r.end < b
                    && self.may_own_goal(*e)
                    && (a..r.start).all(|t| self.lex.is_determiner(self.view.low(t)))
            })
            .min_by_key(|(r, _)| r.start)
            .cloned()
        else {
            return;
        };
        let first = subject.end;
        let present = |t: usize| {
            let low = self.view.low(t);
            t < b
                && self.view.is_word(t)
                && low.len() > 2
                && low.chars().all(|c| c.is_ascii_lowercase())
                && self.lex.words.present_tense_suffixes.ends(low)
        };
        let words = &self.lex.words;
        let goal_present = |t: usize| {
            let low = self.view.low(t);
            present(t)
                && words.present_tense_suffixes.stems(low).any(|stem| {
                    words.goal_verbs.contains(stem) && !words.constitutive_verbs.contains(stem)
                })
        };
        if !present(first) {
            return;
        }
        // The first predicate is what the document does ("addresses the
        // threats identified …" describes it); a goal verb coordinated
        // after it says what the document is for.
        let mut starts = Vec::new();
        for t in first + 1..b.saturating_sub(1) {
            if words.conjunctions.contains(self.view.low(t))
                && goal_present(t + 1)
                && !self.is_finite_verb(t + 1)
            {
                starts.push(t + 1);
            }
        }
        let q = self.qualifiers(a, first);
        if q.0 == Polarity::Negative || self.negated(a, first) {
            return;
        }
        for (i, &start) in starts.iter().enumerate() {
            let next = starts.get(i + 1).map_or(b, |&n| n - 1);
            let mut end = (start + 1..next)
                .find(|&k| self.view.is_punct(k, ","))
                .unwrap_or(next);
            while end > start + 1 && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct {
                end -= 1;
            }
            let end = self.before_goal_boundary(start, end);
            if end < start + 2 {
                continue;
            }
            let goal = self.goal_entity(start..end);
            self.emit(
                goal,
                goal_property,
                owner,
                start..start + 1,
                "present-goal-predicate",
                0.7,
                q.clone(),
            );
        }
    }

    /// An enumerator at token `t`: "(i)", "ii)", "(b)", "III)" — a roman
    /// numeral or one letter, closed by a bracket. Returns its length in
    /// tokens and whether it is a roman numeral.
    fn enumerator_at(&self, t: usize) -> Option<(usize, bool)> {
        let b = self.range.end;
        let open = t < b && self.view.is_punct(t, "(");
        let label = t + usize::from(open);
        if label + 1 >= b || !self.view.is_word(label) || !self.view.is_punct(label + 1, ")") {
            return None;
        }
        let word = self.view.low(label);
        let roman = word.len() <= 4 && word.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
        let letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic());
        (roman || letter).then_some((label + 2 - t, roman))
    }

    /// Goals enumerated inline after a purpose phrase or an infinitive
    /// marker: "the memorandum aims to (i) strengthen X, (ii) enhance Y and
    /// (iii) address Z" — one goal per item, of the document or initiative
    /// named before the cue in the sentence. Read on the surface: parsers
    /// take the enumerators for words of the clause.
    pub(super) fn enumerated_goal_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        let mut k = a;
        while k < b {
            let cue_end = match lex.purpose_phrases.first_at(self.view, k, b) {
                Some(p) => k + p.len(),
                None if lex.goal_cues.clause_markers.contains(self.view.low(k)) => k + 1,
                None => {
                    k += 1;
                    continue;
                }
            };
            let Some((len, roman)) = self.enumerator_at(cue_end) else {
                k = cue_end;
                continue;
            };
            // The enumerators of the list: (start, length), each of the kind
            // the first one is.
            let mut marks = vec![(cue_end, len)];
            let mut t = cue_end + len;
            while t < b && marks.len() < MAX_GOALS_PER_CUE {
                if self.view.is_punct(t, ";") && t + 1 < b && self.enumerator_at(t + 1).is_none() {
                    break;
                }
                match self.enumerator_at(t) {
                    Some((l, r)) if r == roman && t > marks[marks.len() - 1].0 + 2 => {
                        marks.push((t, l));
                        t += l;
                    }
                    _ => t += 1,
                }
            }
            if marks.len() < 2 {
                k = cue_end;
                continue;
            }
            let Some(owner) = self
                .nearest_goal_owner_before(k)
                .filter(|&o| self.may_own_goal(o))
            else {
                k = t;
                continue;
            };
            let q = self.qualifiers(a, k);
            if q.0 == Polarity::Negative {
                k = t;
                continue;
            }
            for (i, &(start, l)) in marks.iter().enumerate() {
                let first = start + l;
                let mut end = match marks.get(i + 1) {
                    Some(&(next, _)) => next,
                    None => {
                        let end = (first..b)
                            .find(|&e| self.view.is_punct(e, ";"))
                            .unwrap_or(b);
                        if first < end {
                            self.before_goal_boundary(first, end)
                        } else {
                            end
                        }
                    }
                };
                while end > first
                    && (self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
                        || lex.words.conjunctions.contains(self.view.low(end - 1))
                        || lex.words.disjunctions.contains(self.view.low(end - 1)))
                {
                    end -= 1;
                }
                if end < first + 2 || end - first > MAX_GOAL_TOKENS {
                    continue;
                }
                let goal = self.goal_entity(first..end);
                self.emit(
                    goal,
                    goal_property,
                    owner,
                    k..cue_end,
                    "goal-enumeration",
                    0.75,
                    q.clone(),
                );
            }
            k = t;
        }
    }

    /// The entity a token stands for: the mention covering it, the noun a
    /// relative pronoun stands for, or for "it"/"this" the document or
    /// initiative spoken of last.
    pub(super) fn goal_owner_at(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
        t: usize,
    ) -> Option<usize> {
        let relative = t;
        let t = antecedent(syntax, verb, t);
        // "a cooperation framework agreement, an agreement that will …": a
        // description in apposition says what the thing before it is, so
        // what is said of it is said of that thing.
        if let Some(e) = syntax
            .node(t)
            .head
            .filter(|_| syntax.node(t).rel == "appos")
            .and_then(|h| self.entity_at(h))
            .filter(|&e| self.may_own_goal(e))
        {
            return Some(e);
        }
        // "The Strategy is a plan to cut emissions", "the accord is a
        // landmark deal that will …": a predicate noun says what its
        // subject is, so what it is for is the subject's goal.
        // Only a noun for such a thing ("plan", "deal"): "is part of the
        // strategy to …" leaves the goal to the strategy.
        let copular = matches!(syntax.node(t).upos, "NOUN" | "PROPN")
            && syntax.children(t).any(|c| syntax.node(c).rel == "cop")
            && self
                .lex
                .description_heads
                .longest_at(self.view, t, t + 1)
                .is_some();
        if let Some(e) = copular
            .then(|| {
                syntax
                    .children(t)
                    .find(|&c| syntax.node(c).rel == "nsubj" && c < t)
            })
            .flatten()
            .and_then(|s| self.goal_owner_at(syntax, t, s))
        {
            return Some(e);
        }
        if let Some(owner) = self.referring_noun_owner(syntax, t) {
            return owner;
        }
        if let Some(e) = self.entity_at(t).filter(|&e| self.may_own_goal(e)) {
            return Some(e);
        }
        // "signed the accord on Tuesday, which will widen …": a relative
        // pronoun after a time adjunct speaks of the thing before the adjunct.
        if relative != t && self.is_time_word(syntax, t) {
            return self.nearest_goal_owner_before(t);
        }
        if let Some(e) = self
            .definite_antecedent(syntax, t)
            .filter(|&e| self.may_own_goal(e))
            .or_else(|| self.plural_document_antecedent(syntax, t))
        {
            return Some(e);
        }
        if let Some(e) = self.framework_of(syntax, t) {
            return Some(e);
        }
        if let Some(e) = self.nearer_relative_owner(syntax, relative, t) {
            return Some(e);
        }
        if syntax.node(t).upos == "PRON"
            && self.lex.words.referring_pronouns.contains(self.view.low(t))
        {
            if self.reports_of_its_speaker(syntax, t) {
                return None;
            }
            let demonstrative = !self.lex.words.neuter_pronouns.contains(self.view.low(t));
            let continued = (!demonstrative)
                .then(|| self.subject_continued(syntax, t))
                .flatten();
            let e = continued.or_else(|| {
                self.lex
                    .goal_property
                    .and_then(|p| self.most_recent_entity_before(t, p))
            })?;
            // "… the know-how needed to carry out a solar project. This will
            // also bring jobs": a demonstrative ("this", no neuter pronoun)
            // speaks of what the sentence before said, so it stands for a
            // document only where that sentence names it in its own clause.
            if demonstrative && !self.named_in_clause_before(e, t) {
                return None;
            }
            if !demonstrative && self.nearer_agent_before(syntax, e, t) {
                return None;
            }
            return Some(e);
        }
        None
    }

    /// The thing a neuter pronoun subject of a main clause ("It will …")
    /// continues: the subject of the sentence before's main clause, where
    /// that is a document or initiative and `t`'s sentence names none
    /// before the pronoun. A sentence's subject is what the next one goes
    /// on speaking of, before a thing it only names later ("The Strategy
    /// sets out a framework to V. It will also V": the strategy, not the
    /// framework).
    fn subject_continued(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        let node = syntax.node(t);
        let verb = node.head.filter(|_| node.rel == "nsubj")?;
        if syntax.node(verb).head.is_some() {
            return None;
        }
        let s = self.view.toks.get(t)?.sentence;
        let sentence = &self.view.sentences[s];
        let named_before = self
            .mentions
            .iter()
            .any(|(r, e)| sentence.start <= r.start && r.end <= t && self.may_own_goal(*e));
        if named_before {
            return None;
        }
        let before = s.checked_sub(1)?;
        let range = self.view.sentences[before].clone();
        let previous = self.syntax.sentence(before);
        let root = range.clone().find(|&k| previous.node(k).head.is_none())?;
        let subject = previous
            .children(root)
            .find(|&c| previous.node(c).rel == "nsubj")?;
        // The relation rules' mentions are the sentence's own: the
        // subject's entity is the one a mention of the document covers it.
        self.entities
            .iter()
            .enumerate()
            .filter_map(|(e, entity)| {
                let m = entity.mentions.iter().find(|m| m.contains(&subject))?;
                Some((m.len(), e))
            })
            .min()
            .map(|(_, e)| e)
            .filter(|&e| self.may_own_goal(e))
    }

    /// Whether entity `e` is named before token `t` in `t`'s sentence, or
    /// in the sentence before it outside any non-finite clause of that
    /// sentence (an infinitive, a participle: "the skills needed to carry
    /// out a project"), where its act is what is said, not the thing.
    fn named_in_clause_before(&self, e: usize, t: usize) -> bool {
        let sentences = &self.view.sentences;
        // The token knows its sentence: no search over the sentences.
        let Some(s) = self.view.toks.get(t).map(|tok| tok.sentence) else {
            return false;
        };
        let mentions = &self.entities[e].mentions;
        if mentions
            .iter()
            .any(|m| m.end <= t && sentences[s].contains(&m.start))
        {
            return true;
        }
        let Some(before) = s.checked_sub(1) else {
            return false;
        };
        let syntax = self.syntax.sentence(before);
        mentions
            .iter()
            .filter(|m| sentences[before].contains(&m.start))
            .any(|m| {
                // The mention's head: its token governed from outside it.
                let Some(mut k) = m
                    .clone()
                    .find(|&k| syntax.node(k).head.is_none_or(|h| !m.contains(&h)))
                else {
                    return false;
                };
                for _ in 0..sentences[before].len() {
                    let Some(h) = syntax.node(k).head else {
                        return true;
                    };
                    let node = syntax.node(k);
                    let non_finite = is_verb(syntax, k)
                        && matches!(node.rel, "xcomp" | "acl" | "advcl" | "csubj")
                        && !syntax.children(k).any(|c| {
                            matches!(
                                syntax.node(c).rel,
                                "aux" | "aux:pass" | "nsubj" | "nsubj:pass"
                            )
                        });
                    if non_finite {
                        return false;
                    }
                    k = h;
                }
                true
            })
    }

    /// Whether a neuter pronoun at `t` ("it") speaks of a thing its own
    /// sentence names before it, not of the document `e` an earlier
    /// sentence named: where the sentence does not name `e` before the
    /// pronoun and a subject or possessor before it is a thing that owns no
    /// goal and is no person ("Despite the firm's admission that it was
    /// seeking to …": the firm). That subject or possessor governs the
    /// pronoun's clause: the clause is the content clause of the noun or
    /// verb it depends on, in the tree or, where the parser hung the clause
    /// elsewhere, opening right after that word with its marker ("the
    /// firm's admission that it …"). A subject of an unrelated clause
    /// ("Although the company objected, it aims to …") does not count.
    fn nearer_agent_before(&self, syntax: &SentenceSyntax, e: usize, t: usize) -> bool {
        if self.mentions.iter().any(|(r, x)| *x == e && r.end <= t) {
            return false;
        }
        let Some(clause) = syntax.node(t).head else {
            return false;
        };
        let governs = |h: usize| {
            let node = syntax.node(clause);
            node.head == Some(h) && matches!(node.rel, "acl" | "ccomp")
                || syntax
                    .children(clause)
                    .any(|m| m == h + 1 && m < t && syntax.node(m).rel == "mark")
        };
        (self.range.start..t).any(|k| {
            matches!(syntax.node(k).rel, "nsubj" | "nsubj:pass" | "nmod:poss")
                && !syntax.node(k).upos.starts_with("PRON")
                && syntax.node(k).head.is_some_and(governs)
                && self
                    .entity_at(k)
                    .is_some_and(|x| x != e && !self.is_person(x) && !self.may_own_goal(x))
        })
    }

    /// Whether the pronoun at `t` is the subject of a content clause of a
    /// reporting verb whose own subject names an agent ("Orvia Bank said it
    /// will combine the staff"): the pronoun speaks of the speaker, which
    /// owns no goal, not of a document named before.
    fn reports_of_its_speaker(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let node = syntax.node(t);
        let Some(clause) = node.head.filter(|_| node.rel == "nsubj") else {
            return false;
        };
        let clause_node = syntax.node(clause);
        let Some(verb) = clause_node.head.filter(|_| clause_node.rel == "ccomp") else {
            return false;
        };
        if !self.lex.reporting_verbs.contains(self.view.low(verb)) {
            return false;
        }
        syntax
            .children(verb)
            .filter(|&c| c < verb && syntax.node(c).rel == "nsubj")
            .filter_map(|c| self.entity_at(c))
            .any(|e| !self.may_own_goal(e))
    }

    /// The owner a referring noun stands for (`kg:referringNoun` after a
    /// determiner: "the measures", "these steps"): `Some(owner)` for such a
    /// noun, where the owner is the named document the resolver joined it
    /// to, else the document or initiative the text is about, else none (a
    /// generic description is no goal owner); `None` for any other token.
    fn referring_noun_owner(&self, syntax: &SentenceSyntax, t: usize) -> Option<Option<usize>> {
        let words = &self.lex.words;
        if syntax.node(t).upos != "NOUN" || !words.referring_nouns.contains(self.view.low(t)) {
            return None;
        }
        let determined = syntax.children(t).any(|c| {
            let low = self.view.low(c);
            c < t
                && (syntax.node(c).rel == "nmod:poss"
                    || syntax.node(c).rel == "det"
                        && words.determiners.contains(low)
                        && !words.indefinite_articles.contains(low))
        });
        if !determined {
            return None;
        }
        let named = self.entity_at(t).filter(|&e| {
            self.may_own_goal(e) && !matches!(self.entities[e].key, EntityKey::Local(_))
        });
        Some(named.or_else(|| self.topic_owner_before(t)))
    }

    /// Whether token `t` is the noun of a time adjunct: a weekday, a month,
    /// a time span ("week"), or a number (a day or year).
    fn is_time_word(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let words = &self.lex.words;
        let low = self.view.low(t);
        words.weekdays.contains(low)
            || words.month_names.contains(low)
            || words.time_span_nouns.contains(low)
            || syntax.node(t).upos == "NUM"
    }

    /// The owner of a gerund after a purpose preposition
    /// (`kg:gerundPurposeMarker`) completing a noun: "a roadmap for cutting
    /// emissions" (the noun's owner, or that of the name the noun is in
    /// apposition to: "the Clean Air Plan, a roadmap for cutting …"). Not a
    /// gerund inside a name or description ("the Fund for Saving Lakes").
    fn owner_of_gerund_purpose(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        let node = syntax.node(t);
        if node.xpos != "VBG" || !matches!(node.rel, "acl" | "nmod" | "advcl") {
            return None;
        }
        // "sets a target of producing …": after a goal noun, "of" and a
        // gerund spell out the goal as "to" and a verb do.
        let of_goal_noun = |m: usize| {
            self.lex
                .words
                .genitive_prepositions
                .contains(self.view.low(m))
                && node.head.is_some_and(|h| self.is_goal_noun(syntax, h))
        };
        let marker = t.checked_sub(1).filter(|&m| {
            m >= self.range.start
                && syntax.node(m).head == Some(t)
                && (self
                    .lex
                    .words
                    .gerund_purpose_markers
                    .contains(self.view.low(m))
                    || of_goal_noun(m))
        })?;
        let noun = node.head.filter(|&h| h < marker)?;
        if !matches!(syntax.node(noun).upos, "NOUN" | "PROPN") {
            return None;
        }
        if of_goal_noun(marker) {
            // "… to pursue our objective of combating X": the goal noun
            // lies inside a goal of its own, which already says it.
            let n = syntax.node(noun);
            let inside_infinitive = n.rel == "obj"
                && n.head.is_some_and(|v| {
                    syntax.children(v).any(|c| {
                        syntax.node(c).rel == "mark"
                            && self.lex.goal_cues.clause_markers.contains(self.view.low(c))
                    })
                });
            if inside_infinitive {
                return None;
            }
            return self.owner_of_listed_goals(syntax, noun);
        }
        // Within a mention: a description of a named thing ("the Plan, a
        // roadmap for cutting …" joined to the Plan) gives its goal; a name
        // or description spelled with the gerund is the thing itself.
        if let Some(e) = self.entity_at(t) {
            let spelled = self.entities[e]
                .label
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(self.view.low(t)));
            return (!spelled && self.entity_at(noun) == Some(e) && self.may_own_goal(e))
                .then_some(e);
        }
        self.goal_owner_at(syntax, t, noun)
            .or_else(|| {
                let n = syntax.node(noun);
                let renamed = n.head.filter(|&h| n.rel == "appos" && h < noun)?;
                self.goal_owner_at(syntax, noun, renamed)
            })
            // "The strategy presents an approach to reducing risk": a purpose
            // noun predicated of a document states the document's goal, as
            // with an infinitive ("an attempt to reduce risk").
            .or_else(|| self.owner_of_purpose_noun(syntax, noun))
    }

    /// Whether the infinitive `verb` completes a noun that takes one
    /// (`kg:infinitiveComplementNoun`: "the desire of both nations to work
    /// together", "an opportunity to meet"), read on the surface over the
    /// noun phrase before its marker, however the parser attached it.
    fn completes_a_noun(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let nouns = &self.lex.words.infinitive_complement_nouns;
        let mut k = verb.saturating_sub(1);
        while k > self.range.start && verb - k <= MAX_SUBJECT_PHRASE {
            k -= 1;
            if nouns.contains(self.view.low(k)) && syntax.node(k).upos == "NOUN" {
                return true;
            }
            if !matches!(
                syntax.node(k).upos,
                "NOUN" | "PROPN" | "ADJ" | "DET" | "NUM" | "ADP" | "PRON"
            ) || self.view.toks[k].kind == crate::text::TokenKind::Punct
            {
                return false;
            }
        }
        false
    }

    /// The document a noun's things are done under: "the projects
    /// (carried out) under this MoU will …" stand for the MoU's work, so
    /// what they will do is its goal.
    fn framework_of(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        if !matches!(syntax.node(t).upos, "NOUN" | "PROPN") {
            return None;
        }
        let under = |n: usize| self.has_framework_case(syntax, n);
        // The noun's own "under X", or that of a participle modifying it
        // (which the parser may have made the noun's governor).
        let governing_participle = syntax
            .node(t)
            .head
            .filter(|&h| {
                syntax.node(t).rel == "nsubj" && matches!(syntax.node(h).xpos, "VBN" | "VBD")
            })
            .into_iter()
            .flat_map(|h| syntax.children(h).filter(|&d| syntax.node(d).rel == "obl"));
        let objects = syntax.children(t).flat_map(|c| {
            let rel = syntax.node(c).rel;
            let own = (rel == "nmod").then_some(c);
            let of_participle = (rel == "acl")
                .then(|| syntax.children(c).filter(|&d| syntax.node(d).rel == "obl"))
                .into_iter()
                .flatten();
            own.into_iter().chain(of_participle)
        });
        let objects = objects.chain(governing_participle);
        objects
            .filter(|&o| under(o))
            .find_map(|o| self.framework_owner(syntax, o))
    }

    /// Whether a noun has a framework preposition as its case marker
    /// ("under the accord").
    fn has_framework_case(&self, syntax: &SentenceSyntax, n: usize) -> bool {
        let prepositions = &self.lex.words.framework_prepositions;
        syntax
            .children(n)
            .any(|c| syntax.node(c).rel == "case" && prepositions.contains(self.view.low(c)))
    }

    /// The goal owner noun `n` names: its own mention, or the thing a
    /// definite description refers back to.
    fn noun_goal_owner(&self, syntax: &SentenceSyntax, n: usize) -> Option<usize> {
        self.entity_at(n)
            .filter(|&e| self.may_own_goal(e))
            .or_else(|| self.definite_antecedent(syntax, n))
            .filter(|&e| self.may_own_goal(e))
    }

    /// The goal owner a framework's noun stands for ([`Self::noun_goal_owner`]).
    fn framework_owner(&self, syntax: &SentenceSyntax, o: usize) -> Option<usize> {
        let own = |n: usize| self.noun_goal_owner(syntax, n);
        // "Through the implementation of this agreement, …", "Under the
        // terms of the accord, …": a noun naming no document stands for
        // the document its "of" complement names.
        own(o).or_else(|| {
            (self.entity_at(o).is_none())
                .then(|| self.genitive_complements(syntax, o).next())
                .flatten()
                .and_then(own)
        })
    }

    /// The document a clause is set under: the verb's oblique with a
    /// framework preposition ("Under the accord, A will …").
    fn clause_framework(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        // A parser may make the fronted phrase the root and hang the clause
        // from it as parataxis, or as a relative clause after the comma
        // ("With this accord, A and B aim to …": a relative clause has no
        // comma between its noun and its subject unless a pronoun opens it).
        let misread_relative = |h: usize| {
            syntax.node(verb).rel == "acl:relcl"
                && syntax.node(h).head.is_none()
                && (h + 1..verb).any(|k| self.view.is_punct(k, ","))
                && syntax
                    .children(verb)
                    .all(|c| c > verb || syntax.node(c).upos != "PRON")
        };
        let fronted = syntax
            .node(verb)
            .head
            .filter(|&h| h < verb && (syntax.node(verb).rel == "parataxis" || misread_relative(h)));
        // "As envisioned in the MoU, both nations will …": a comment clause
        // of accordance (`kg:accordanceMarker` and a participle) sets the
        // clause under the document, whichever of the two the parser made
        // the other's adverbial clause.
        let accordance = |h: usize| {
            syntax.node(h).xpos == "VBN"
                && syntax.children(h).any(|c| {
                    c < h
                        && syntax.node(c).rel == "mark"
                        && self.lex.words.accordance_markers.contains(self.view.low(c))
                })
        };
        let governing = syntax
            .node(verb)
            .head
            .filter(|&h| syntax.node(verb).rel == "advcl" && h < verb && accordance(h));
        let comments = syntax
            .children(verb)
            .filter(|&c| c < verb && syntax.node(c).rel == "advcl" && accordance(c))
            .chain(governing)
            .flat_map(|h| syntax.children(h).filter(|&o| syntax.node(o).rel == "obl"));
        syntax
            .children(verb)
            .filter(|&o| syntax.node(o).rel == "obl")
            .chain(fronted)
            .chain(comments)
            .filter(|&o| self.has_framework_case(syntax, o))
            .find_map(|o| self.framework_owner(syntax, o))
    }

    /// The entity a definite description without a mention of its own
    /// stands for ("the Agreement", "this MoU"): of the entities of the
    /// description's class mentioned before it, the one mentioned most
    /// (the article's subject), the latest on a tie.
    pub(super) fn definite_antecedent(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        let node = syntax.node(t);
        if !matches!(node.upos, "NOUN" | "PROPN") {
            return None;
        }
        let definite = syntax.children(t).any(|c| {
            syntax.node(c).rel == "det"
                && self
                    .lex
                    .words
                    .anaphoric_determiners
                    .contains(self.view.low(c))
        });
        if !definite && !self.headline_noun(syntax, t) {
            return None;
        }
        let (_, class) = self.lex.description_heads.longest_at(self.view, t, t + 1)?;
        self.antecedent_of_class(t, class)
    }

    /// Of the entities of `class` mentioned before token `t`, the one
    /// mentioned most (the article's subject), the latest on a tie: what a
    /// definite description of that class refers back to.
    pub(super) fn antecedent_of_class(&self, t: usize, class: &str) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| self.ontology.is_subclass_of(&e.class, class))
            .filter_map(|(i, e)| {
                let before = e.mentions.iter().filter(|m| m.end <= t);
                let last = before.clone().map(|m| m.start).max()?;
                Some(((before.count(), last), i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// The object a participle right after it describes, however the
    /// parser attached the participle: "launch a partnership aimed at …",
    /// "signed a memorandum with B seeking to widen …".
    fn participle_object(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let node = syntax.node(verb);
        let subjectless = !syntax
            .children(verb)
            .any(|c| syntax.node(c).rel.starts_with("nsubj"));
        // "submit a bill to the Assembly aimed at cutting …": the tagger may
        // read a reduced relative's participle as a past tense, which the
        // parse then hangs from the clause's verb; a past tense with no
        // subject of its own is that participle. A purpose phrase's
        // present participle ("signed an accord with B seeking to …") is
        // hung there too and reads as a reduced relative on the object it
        // follows; set off by a comma ("released its plan yesterday,
        // aiming for …") it is a free adjunct of the clause's subject.
        let present = node.xpos == "VBG";
        let participle = node.xpos == "VBN" || matches!(node.xpos, "VBD" | "VBG") && subjectless;
        if !participle || !matches!(node.rel, "xcomp" | "advcl") {
            return None;
        }
        let governor = node.head?;
        let object = syntax
            .children(governor)
            .find(|&c| c < verb && syntax.node(c).rel == "obj")?;
        if present && (object..verb).any(|k| self.view.is_punct(k, ",")) {
            return None;
        }
        self.goal_owner_at(syntax, governor, object)
    }

    /// The document or initiative inside the noun phrase of `noun`, before
    /// `before`, nearest to it: "part of the agency's strategy, announced
    /// in May, to support …" (the phrase of "part" holds the strategy).
    fn owner_within(&self, syntax: &SentenceSyntax, noun: usize, before: usize) -> Option<usize> {
        // Only a predicate noun ("X is part of …"): after other nouns
        // ("countries along the Belt and Road to build …") the purpose is
        // the clause subject's.
        if !syntax.children(noun).any(|c| syntax.node(c).rel == "cop") {
            return None;
        }
        let mut best = None;
        let mut level = vec![noun];
        for _ in 0..2 {
            let mut next = Vec::new();
            for n in level {
                for c in syntax.children(n) {
                    if c < before && syntax.node(c).rel.starts_with("nmod") {
                        if let Some(e) = self.entity_at(c).filter(|&e| self.may_own_goal(e)) {
                            best = best.max(Some((c, e)));
                        }
                        next.push(c);
                    }
                }
            }
            level = next;
        }
        best.map(|(_, e)| e)
    }

    /// Whether `t` is a singular noun without determiner opening its
    /// sentence, the way a headline names what the article is about
    /// ("Historic accord will cut tariffs"): it refers like "the accord".
    fn headline_noun(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let node = syntax.node(t);
        node.xpos == "NN"
            && syntax.children(t).all(|c| {
                !matches!(syntax.node(c).rel, "det" | "nmod:poss" | "nummod" | "case")
                    && (c > t || matches!(syntax.node(c).rel, "amod" | "compound"))
            })
            && (self.range.start..t).all(|k| syntax.node(k).head == Some(t))
    }

    /// Whether verb `verb`'s object is an amount (`kg:magnitudeNoun`:
    /// "supports millions of jobs") or is counted by a figure or one
    /// ("sustains 40,000 jobs", "2 million jobs"): the predicate measures
    /// an effect of its subject, it states no goal.
    fn measures_an_amount(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let magnitudes = &self.lex.words.magnitude_nouns;
        let is_amount = |k: usize| {
            magnitudes.contains(self.view.low(k))
                || self.view.text(k).starts_with(|c: char| c.is_ascii_digit())
        };
        syntax
            .children(verb)
            .filter(|&o| syntax.node(o).rel == "obj")
            .any(|o| {
                magnitudes.contains(self.view.low(o))
                    || syntax
                        .children(o)
                        .any(|c| syntax.node(c).rel == "nummod" && is_amount(c))
            })
    }

    /// The document a present-tense goal verb (`kg:goalVerb`, neither a
    /// `kg:constitutiveVerb` nor a `kg:subjectMatterVerb`: "addresses the
    /// threats" says what the document deals with) at `verb`, its clause's
    /// main predicate, is said of: its nominal subject, where that names a
    /// document or initiative. Not where an auxiliary or a passive changes what the
    /// clause says ("is strengthened by", "does strengthen"), nor where
    /// the verb measures an amount ("supports 40,000 jobs").
    fn present_goal_predicate_owner(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let words = &self.lex.words;
        let lemma = &syntax.node(verb).lemma;
        if !words.goal_verbs.contains(lemma)
            || words.constitutive_verbs.contains(lemma)
            || words.subject_matter_verbs.contains(lemma)
            || self.measures_an_amount(syntax, verb)
            || syntax.children(verb).any(|c| {
                matches!(
                    syntax.node(c).rel,
                    "aux" | "aux:pass" | "nsubj:pass" | "cop" | "expl"
                )
            })
            || !syntax.children(verb).any(|c| syntax.node(c).rel == "obj")
        {
            return None;
        }
        let subject = syntax
            .children(verb)
            .find(|&c| syntax.node(c).rel == "nsubj" && syntax.node(c).upos != "PRON")?;
        self.goal_owner_at(syntax, verb, subject)
    }

    /// Where a second present-tense predicate of the same subject opens
    /// inside `span`, the goal of a document's first predicate: "strengthens
    /// the collaboration between A and B and serves to optimise …" ends
    /// before "and serves", a conjunction, a present-tense form and a
    /// purpose clause marker before a verb (the tagger may take the form
    /// for a plural noun). The purpose clause is read as a goal of its own.
    fn second_present_predicate(
        &self,
        syntax: &SentenceSyntax,
        span: std::ops::Range<usize>,
    ) -> usize {
        let words = &self.lex.words;
        (span.start + 2..span.end.saturating_sub(2))
            .find(|&k| {
                let low = self.view.low(k);
                words.conjunctions.contains(self.view.low(k - 1))
                    && low.chars().all(|c| c.is_ascii_lowercase())
                    && words.present_tense_suffixes.ends(low)
                    && self
                        .lex
                        .goal_cues
                        .clause_markers
                        .contains(self.view.low(k + 1))
                    && is_verb(syntax, k + 2)
            })
            .map_or(span.end, |k| k - 1)
    }

    /// The owner of a verb's goal: its subject (or passive subject), looked
    /// for up a chain of coordinated and controlled verbs; for a participle
    /// modifying a noun ("a fund aimed at …"), that noun. With
    /// `future_only`, the chain must carry a future marker.
    fn owner_of_verb(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
        future_only: bool,
    ) -> Option<usize> {
        let mut node = verb;
        for _ in 0..MAX_SUBJECT_WALK {
            let subject = syntax
                .children(node)
                .find(|&c| matches!(syntax.node(c).rel, "nsubj" | "nsubj:pass"));
            if let Some(s) = subject {
                // "Its aims are to cut waste, to widen …": what the goal noun's owner aims at.
                let copula = syntax.children(node).any(|c| syntax.node(c).rel == "cop");
                if copula && self.is_goal_noun(syntax, s) {
                    return self.owner_of_goal_noun(syntax, s);
                }
                // "Under the accord, the two sides will widen …": what is
                // done under a document is its goal.
                // "The Participants will widen …" in the body of the
                // document the text is: what its defined parties do under
                // it (`defined_parties`).
                return self
                    .goal_owner_at(syntax, node, s)
                    .or_else(|| self.clause_framework(syntax, node))
                    .or_else(|| self.defined_parties_document(s));
            }
            let rel = syntax.node(node).rel;
            let head = syntax.node(node).head?;
            // "three targets: to cut …, to protect …": the verb spells out
            // a goal noun, so the goals are the owner's of that noun.
            if !future_only && matches!(rel, "appos" | "acl") && self.is_goal_noun(syntax, head) {
                return self.owner_of_listed_goals(syntax, head);
            }
            if !future_only && matches!(rel, "acl" | "acl:relcl") {
                return self.goal_owner_at(syntax, node, head);
            }
            if !matches!(rel, "conj" | "xcomp") {
                return None;
            }
            // "It requires us to work with experts to …": what a verb of
            // expecting asks of its object is that object's to do, no goal
            // of the subject.
            if rel == "xcomp"
                && self
                    .lex
                    .words
                    .expecting_verbs
                    .contains(&syntax.node(head).lemma)
                && syntax.children(head).any(|c| syntax.node(c).rel == "obj")
            {
                return None;
            }
            // A verb the parser coordinated with a noun ("builds on the accord
            // and will widen …") belongs to the clause of that noun's verb.
            let head_node = syntax.node(head);
            node = match head_node.head {
                Some(up) if rel == "conj" && matches!(head_node.upos, "NOUN" | "PROPN") => up,
                _ => head,
            };
        }
        None
    }

    /// The owner of a purpose clause ("to" + `verb`): the noun it modifies,
    /// or the governing verb's object, passive subject or subject.
    pub(super) fn owner_of_purpose_clause(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
    ) -> Option<usize> {
        let node = syntax.node(verb);
        // ", and to build on …" hung from the main verb: the infinitive
        // before it decides (`role_goals`).
        if node.rel == "conj" {
            return self.parallel_infinitive_owner(syntax, verb);
        }
        if !matches!(node.rel, "advcl" | "acl" | "xcomp" | "appos") {
            return None;
        }
        // "guidelines for agencies to act on": the clause has its own
        // subject, so it says what others are to do, not what the document is for.
        let markers = &self.lex.words.infinitive_subject_markers;
        if syntax.children(verb).any(|c| {
            let n = syntax.node(c);
            n.rel.starts_with("nsubj") || n.rel == "mark" && markers.contains(&n.lemma)
        }) || self.infinitive_subject_before(syntax, verb)
        {
            return self.owner_for_the_parties(syntax, verb);
        }
        if self.strands_preposition(syntax, verb) {
            return None;
        }
        let governor = node.head?;
        let g = syntax.node(governor);
        // "reflects the desire of both nations to work together", "expect
        // the roadmap to attract investment": what is wished or expected,
        // not what a document is for.
        let expecting = |v: usize| {
            is_verb(syntax, v)
                && self
                    .lex
                    .words
                    .expecting_verbs
                    .contains(&syntax.node(v).lemma)
        };
        if let Some(owner) = self
            .owner_of_intention(syntax, governor)
            .or_else(|| self.parties_intention_owner(syntax, verb))
        {
            return Some(owner);
        }
        if self.extraposed_infinitive(syntax, governor) || self.completes_its_verb(syntax, verb) {
            return None;
        }
        if node.rel == "xcomp" && expecting(governor) && self.expected_of_subject(syntax, verb) {
            return self.owner_of_verb(syntax, governor, true);
        }
        if self.completes_a_noun(syntax, verb)
            || expecting(governor)
            || matches!(g.upos, "NOUN" | "PROPN") && g.rel == "obj" && g.head.is_some_and(expecting)
        {
            return None;
        }
        if self.is_goal_noun(syntax, governor) {
            return self.owner_of_listed_goals(syntax, governor);
        }
        if node.rel == "appos" {
            return None;
        }
        if let Some(owner) = self.owner_of_purpose_noun(syntax, governor) {
            return Some(owner);
        }
        if matches!(g.upos, "NOUN" | "PROPN") {
            // "the first agreement to enter into force": an ordinal or
            // superlative makes the infinitive a relative clause, but not
            // a goal verb's on a verb's object ("signed their first
            // agreement to advance growth": what the signing is for).
            let purpose_on_object =
                g.rel == "obj" && self.lex.words.goal_verbs.contains(&node.lemma);
            let relative = !purpose_on_object
                && syntax.children(governor).any(|c| {
                    c < governor
                        && (syntax.node(c).xpos == "JJS"
                            || self
                                .lex
                                .words
                                .infinitival_relative_modifiers
                                .contains(self.view.low(c)))
                });
            if relative {
                return None;
            }
            // "The accord enables the two countries to share data": the
            // parser may hang an enabling verb's infinitive on its object;
            // it is the verb's, as with "will enable … to".
            let enabling = g.head.filter(|&h| {
                g.rel == "obj"
                    && is_verb(syntax, h)
                    && self
                        .lex
                        .goal_cues
                        .enabling_verbs
                        .contains(&syntax.node(h).lemma)
            });
            if let Some(h) = enabling {
                return self.owner_of_verb(syntax, h, false);
            }
            // "The Plan joins the Accord with our strategies to build …":
            // the parser hung the purpose on the object.
            if g.rel == "obj" {
                if let Some(owner) = g
                    .head
                    .and_then(|h| self.document_subject_over(syntax, h, governor))
                {
                    return Some(owner);
                }
            }
            return self
                .goal_owner_at(syntax, verb, governor)
                .or_else(|| self.owner_of_role_noun(syntax, governor))
                .or_else(|| self.owner_of_document_act(syntax, governor))
                .or_else(|| self.owner_within(syntax, governor, verb));
        }
        if !is_verb(syntax, governor) {
            return None;
        }
        if let Some(owner) = self.owner_of_participle_purpose(syntax, governor, verb) {
            return Some(owner);
        }
        if let Some(owner) = self.relative_object_owner(syntax, governor) {
            return Some(owner);
        }
        // "signed the accord to open markets": a verb that states no goal
        // of its own still passes the purpose on to the document it acts on.
        let non_goal = self.lex.goal_cues.non_goal_verbs.contains(&g.lemma);
        if let Some(o) = syntax
            .children(governor)
            .find(|&c| syntax.node(c).rel == "obj")
        {
            if let Some(owner) = self.document_subject_over(syntax, governor, o) {
                return Some(owner);
            }
        }
        for rel in ["obj", "nsubj:pass"] {
            if let Some(o) = syntax
                .children(governor)
                .find(|&c| syntax.node(c).rel == rel)
            {
                if let Some(e) = self.goal_owner_at(syntax, governor, o) {
                    return Some(e);
                }
            }
        }
        // "A and B are entering into an MOU to share data": the document a
        // verb acts on through a preposition (`kg:documentObjectPreposition`).
        let prepositions = &self.lex.words.document_object_prepositions;
        let through_preposition = syntax.children(governor).find_map(|o| {
            let by_preposition = syntax.node(o).rel == "obl"
                && syntax.children(o).any(|c| {
                    syntax.node(c).rel == "case" && prepositions.contains(self.view.low(c))
                });
            by_preposition
                .then(|| self.goal_owner_at(syntax, governor, o))
                .flatten()
        });
        if through_preposition.is_some() {
            return through_preposition;
        }
        if non_goal {
            return None;
        }
        self.owner_of_verb(syntax, governor, false)
            .or_else(|| self.owner_of_content_clause(syntax, verb))
    }

    /// Whether the infinitive `verb` completing a verb of expecting in
    /// the passive says what its subject is to do: "The accord is
    /// expected to widen trade" names no one who expects, so the document
    /// is the one that acts, as with "will"; what others expect of an
    /// object ("officials expect the accord to …") stays theirs. A verb
    /// that states no goal ("is expected to enter into force",
    /// `kg:nonGoalVerb`) or a passive ("is expected to be signed") says
    /// what happens to the document, no goal of it.
    fn expected_of_subject(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let Some(governor) = syntax.node(verb).head else {
            return false;
        };
        let rels = |t: usize| syntax.children(t).map(|c| syntax.node(c).rel);
        rels(governor).any(|r| r == "aux:pass")
            && !rels(governor).any(|r| r == "obj")
            && !rels(verb).any(|r| matches!(r, "aux:pass" | "nsubj:pass"))
            && !self
                .lex
                .goal_cues
                .non_goal_verbs
                .contains(&syntax.node(verb).lemma)
    }

    /// The document a relative clause's verb acts on, where the clause
    /// has its own subject and leaves its object to the noun it modifies
    /// ("the fourth memorandum that our nations have adopted, …, to deepen
    /// X"): the purpose of that act is the document's goal.
    fn relative_object_owner(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let node = syntax.node(verb);
        if !matches!(node.rel, "acl" | "acl:relcl") {
            return None;
        }
        let noun = node.head.filter(|&h| h < verb)?;
        let has = |rel: &str| {
            syntax
                .children(verb)
                .any(|c| syntax.node(c).rel == rel && c > noun && c < verb)
        };
        let object_gap = !syntax
            .children(verb)
            .any(|c| matches!(syntax.node(c).rel, "obj" | "nsubj:pass" | "ccomp" | "xcomp"));
        if !(has("nsubj") && object_gap) {
            return None;
        }
        self.goal_owner_at(syntax, verb, noun)
    }

    /// The document subject of `verb` when its object `object` is a
    /// document too: "The Action Plan joins the Accord with … to build X"
    /// — a purpose clause of a document's own act is that document's goal,
    /// not the goal of the named document it acts on (a named document
    /// takes no infinitival relative clause, unlike "a fund to help …").
    fn document_subject_over(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
        object: usize,
    ) -> Option<usize> {
        if !is_verb(syntax, verb) {
            return None;
        }
        let acted_on = self.entity_at(object).filter(|&e| self.may_own_goal(e))?;
        let subject = syntax
            .children(verb)
            .find(|&c| syntax.node(c).rel == "nsubj")?;
        self.noun_goal_owner(syntax, subject)
            .filter(|&e| e != acted_on)
    }

    /// Whether the infinitive `verb` ends in a preposition with no object
    /// ("initiatives to work toward together", "issues to focus on."): an
    /// infinitival relative clause on the noun before it, which is the
    /// preposition's object; it says what the noun is, no purpose.
    fn strands_preposition(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let p = verb + 1;
        // A verb's particle ("to build up") is no stranded preposition.
        if p >= self.range.end
            || syntax.node(p).upos != "ADP"
            || syntax.node(p).rel == "compound:prt"
        {
            return false;
        }
        let next = p + 1;
        let ends_phrase = |t: usize| {
            t == self.range.end
                || self.view.toks[t].kind == crate::text::TokenKind::Punct
                || matches!(syntax.node(t).upos, "ADP" | "SCONJ" | "CCONJ")
        };
        // "to work toward together as partners": an adverb and then no
        // noun after the preposition, however the parser attached it.
        ends_phrase(next)
            || syntax.node(next).xpos == "RB" && ends_phrase(next + 1)
            || syntax
                .node(p)
                .head
                .is_none_or(|h| h < p || syntax.node(h).upos == "ADV")
    }

    /// Whether `governor` is an adjective (or an adjectival "-ing" form
    /// that is no goal verb and opens no purpose phrase, unlike "aiming
    /// to") predicated of "it" by a form of "be": "It was
    /// pleasing to note …", "it is important to act": the infinitive is
    /// the clause's real subject, what is judged, not what "it" is for.
    fn extraposed_infinitive(&self, syntax: &SentenceSyntax, governor: usize) -> bool {
        let g = syntax.node(governor);
        let words = &self.lex.words;
        let adjectival = matches!(g.xpos, "JJ" | "JJR")
            || g.xpos == "VBG"
                && !words.goal_verbs.contains(&g.lemma)
                && self
                    .lex
                    .purpose_phrases
                    .first_at(self.view, governor, self.range.end)
                    .is_none();
        adjectival
            && syntax.children(governor).any(|c| {
                syntax.node(c).rel == "nsubj" && words.neuter_pronouns.contains(self.view.low(c))
            })
            && syntax.children(governor).any(|c| {
                matches!(syntax.node(c).rel, "cop" | "aux")
                    && words.be_forms.contains(self.view.low(c))
            })
    }

    /// Whether the infinitive `verb` completes the verb phrase it hangs on,
    /// so that it is part of that phrase's goal, no purpose of its own:
    /// after an infinitive with an object, the object's part ("aims to
    /// urge councils to share data": what the councils are to do, where no
    /// enabling verb (`kg:enablingVerb`) makes it the goal), and after
    /// "it" and an adjective, the thing judged ("will make it possible to
    /// share data", "make it easier to trade": "it" stands for the
    /// infinitive, not for a document).
    fn completes_its_verb(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let node = syntax.node(verb);
        let Some(governor) = node.head.filter(|_| node.rel == "xcomp") else {
            return false;
        };
        if !is_verb(syntax, governor) {
            return false;
        }
        let words = &self.lex.words;
        let has = |test: &dyn Fn(usize) -> bool| syntax.children(governor).any(test);
        let object_before = |c: usize| c > governor && c < verb && syntax.node(c).rel == "obj";
        let extraposed =
            has(&|c| object_before(c) && words.neuter_pronouns.contains(self.view.low(c)))
                && has(&|c| {
                    c < verb && syntax.node(c).rel == "xcomp" && syntax.node(c).upos == "ADJ"
                });
        // "to sign the accord to boost trade": a document as the object
        // keeps the purpose its own (the purpose clause reads it).
        let party_object =
            |c: usize| object_before(c) && self.entity_at(c).is_none_or(|e| !self.may_own_goal(e));
        let controlled = has(&party_object)
            && has(&|c| {
                c < governor
                    && syntax.node(c).rel == "mark"
                    && self.lex.goal_cues.clause_markers.contains(self.view.low(c))
            })
            && !self
                .lex
                .goal_cues
                .enabling_verbs
                .contains(&syntax.node(governor).lemma);
        extraposed || controlled
    }

    /// The document an act noun (`kg:documentActNoun`) brings about, its
    /// "of X" ("welcomed the launch of the X Dialogue to discuss …"): the
    /// act's purpose is the document's goal.
    fn owner_of_document_act(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        let acts = &self.lex.words.document_act_nouns;
        syntax.children(noun).find_map(|n| {
            let case = syntax
                .children(n)
                .find(|&c| c < n && syntax.node(c).rel == "case")?;
            let act = case.checked_sub(1).filter(|&k| k >= self.range.start)?;
            let one = acts.contains(self.view.low(act));
            // A two-word act ("setting up") ending right before the case word.
            let two = act > self.range.start && acts.phrase_at(self.view, act - 1, case) == Some(2);
            (syntax.node(n).rel == "nmod" && (one || two))
                .then(|| self.entity_at(n).filter(|&e| self.may_own_goal(e)))
                .flatten()
        })
    }

    /// The document whose resolve or wish an intention noun
    /// (`kg:intentionNoun`) is: the subject of the verb the noun is the
    /// object of, where that is a document ("The charter reaffirms the
    /// shared determination to protect reefs"). A person's or country's
    /// determination owns no goal.
    fn owner_of_intention(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        let n = syntax.node(noun);
        if n.upos != "NOUN"
            || n.rel != "obj"
            || !self.lex.words.intention_nouns.contains(self.view.low(noun))
        {
            return None;
        }
        let verb = n.head.filter(|&h| is_verb(syntax, h))?;
        let subject = syntax
            .children(verb)
            .find(|&c| syntax.node(c).rel == "nsubj")?;
        self.noun_goal_owner(syntax, subject)
    }

    /// The document the text is (`title_document`), for an intention its
    /// parties state in its body: "the Participants are determined to V",
    /// "They intend to V" (a `kg:intentionPredicate` with the parties as
    /// its subject), "… affirm their close friendship and determination to
    /// V" (a `kg:intentionNoun` right before the marker, the parties' by a
    /// possessive or as the subject of the verb it is the object of). A
    /// declaration's or agreement's goals are what its parties resolve to
    /// do in it. One party's intention ("Kestria is determined to …") is
    /// that party's, and in a text that is not the document (a news story
    /// about it) the intention is the speaker's: neither states a goal.
    /// Nor does a verb that states none in a future clause ("intend to
    /// meet each year").
    fn parties_intention_owner(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let words = &self.lex.words;
        // "Both governments intend to meet each year": a verb that states
        // no goal (`kg:nonGoalVerb`) states none as an intention either.
        if self
            .lex
            .goal_cues
            .non_goal_verbs
            .contains(&syntax.node(verb).lemma)
        {
            return None;
        }
        let marker = syntax.children(verb).find(|&c| {
            c < verb
                && syntax.node(c).rel == "mark"
                && self.lex.goal_cues.clause_markers.contains(self.view.low(c))
        })?;
        let subject_of = |v: usize| syntax.children(v).find(|&c| syntax.node(c).rel == "nsubj");
        let noun = marker
            .checked_sub(1)
            .filter(|&k| k >= self.range.start)
            .filter(|&k| {
                syntax.node(k).upos == "NOUN" && words.intention_nouns.contains(self.view.low(k))
            });
        let stated = if let Some(noun) = noun {
            // "their close friendship and determination to V": the
            // possessive and the verb belong to the first conjunct.
            let mut first = noun;
            for _ in 0..MAX_SUBJECT_WALK {
                match syntax.node(first).head {
                    Some(h) if syntax.node(first).rel == "conj" => first = h,
                    _ => break,
                }
            }
            let possessor = [noun, first].into_iter().find_map(|n| {
                syntax
                    .children(n)
                    .find(|&c| c < n && syntax.node(c).rel == "nmod:poss")
            });
            match possessor {
                Some(p) => self.are_the_parties(syntax, p),
                None => {
                    let n = syntax.node(first);
                    n.rel == "obj"
                        && n.head
                            .filter(|&v| is_verb(syntax, v))
                            .and_then(subject_of)
                            .is_some_and(|s| self.are_the_parties(syntax, s))
                }
            }
        } else {
            let governor = syntax.node(verb).head?;
            matches!(syntax.node(verb).rel, "xcomp" | "advcl")
                && words.intention_predicates.contains(self.view.low(governor))
                && subject_of(governor).is_some_and(|s| self.are_the_parties(syntax, s))
        };
        if stated {
            self.title_document()
        } else {
            None
        }
    }

    /// Whether token `t` stands for the parties of a joint text: a plural
    /// pronoun (`kg:pluralPronoun`: "they", "their"), a plural noun ("the
    /// Participants", "the two countries") or coordinated nouns ("the
    /// Government of A and the Government of B"), none of them a document
    /// or initiative.
    fn are_the_parties(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let node = syntax.node(t);
        if node.upos == "PRON" {
            return self.lex.words.plural_pronouns.contains(self.view.low(t));
        }
        if !matches!(node.upos, "NOUN" | "PROPN")
            || self.entity_at(t).is_some_and(|e| self.may_own_goal(e))
        {
            return false;
        }
        matches!(node.xpos, "NNS" | "NNPS")
            || syntax.children(t).any(|c| {
                syntax.node(c).rel == "conj" && matches!(syntax.node(c).upos, "NOUN" | "PROPN")
            })
    }

    /// The owner of a goal verb's (`kg:goalVerb`) participle modifying a
    /// noun without a marker of its own: the noun's document ("launched a
    /// new accord paving the way for …"; also a participle clause after a
    /// comma that goes on from the verb's object), or for a predicate noun the
    /// copula's subject ("The deal is a cornerstone of the relationship,
    /// deepening our links").
    fn owner_of_goal_participle(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        let node = syntax.node(t);
        if node.xpos != "VBG"
            || !matches!(node.rel, "acl" | "advcl")
            || !self.lex.words.goal_verbs.contains(&node.lemma)
            || syntax
                .children(t)
                .any(|c| c < t && matches!(syntax.node(c).rel, "mark" | "case" | "aux"))
        {
            return None;
        }
        // "a memorandum establishing a council" names what the memorandum
        // sets up; set off after the whole signing clause (", providing a
        // new framework for …") the participle says what the signing brings.
        if node.rel == "acl" && self.lex.words.constitutive_verbs.contains(&node.lemma) {
            return None;
        }
        let head = node.head.filter(|&h| h < t)?;
        let noun = if node.rel == "advcl" {
            self.object_before_comma_participle(syntax, head, t)?
        } else {
            head
        };
        if !matches!(syntax.node(noun).upos, "NOUN" | "PROPN") {
            return None;
        }
        if syntax.children(noun).any(|c| syntax.node(c).rel == "cop") {
            let subject = syntax
                .children(noun)
                .find(|&c| syntax.node(c).rel == "nsubj")?;
            return self.goal_owner_at(syntax, noun, subject);
        }
        self.goal_owner_at(syntax, t, noun)
    }

    /// The object of `verb` that a goal verb's participle clause after a
    /// comma goes on from ("signed a memorandum in Lima, providing a new
    /// framework for …": the participle says what the memorandum does):
    /// the participle at `t` modifies the clause, its object is the noun.
    fn object_before_comma_participle(
        &self,
        syntax: &SentenceSyntax,
        verb: usize,
        t: usize,
    ) -> Option<usize> {
        if !is_verb(syntax, verb) || !self.view.is_punct(t - 1, ",") {
            return None;
        }
        syntax
            .children(verb)
            .find(|&c| c < t && syntax.node(c).rel == "obj")
    }

    /// The subject of a future verb that the parser hung from an aside
    /// instead: "The X Roadmap, a first for the region, will cut …", "This
    /// Memorandum between A and B—a champion of …—will strengthen …" parse
    /// with the subject as a nominal root and the verb under the aside.
    /// A verb without a subject of its own, reached from a nominal root
    /// before it through appositions and conjuncts only, with punctuation
    /// setting off the aside between them, has that root as its subject.
    fn owner_of_nominal_root(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        if syntax
            .children(verb)
            .any(|c| syntax.node(c).rel.starts_with("nsubj"))
        {
            return None;
        }
        let mut t = verb;
        for _ in 0..MAX_SUBJECT_WALK {
            let n = syntax.node(t);
            let Some(h) = n.head else {
                break;
            };
            if !matches!(n.rel, "appos" | "conj") || is_verb(syntax, h) {
                return None;
            }
            t = h;
        }
        let root = syntax.node(t);
        if t == verb
            || root.head.is_some()
            || !matches!(root.upos, "NOUN" | "PROPN")
            || syntax
                .children(t)
                .any(|c| matches!(syntax.node(c).rel, "cop" | "case"))
            || !(t + 1..verb).any(|k| self.view.toks[k].kind == crate::text::TokenKind::Punct)
        {
            return None;
        }
        self.goal_owner_at(syntax, verb, t)
    }

    /// The document a purpose noun (`kg:purposeNoun`) is predicated of,
    /// whose infinitive is then that document's goal: the subject of the
    /// noun's copula ("The strategy is an attempt to …") or of the verb
    /// whose object the noun is ("The treaty outlines a commitment to …").
    fn owner_of_purpose_noun(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        let n = syntax.node(noun);
        if n.upos != "NOUN" || !self.lex.words.purpose_nouns.contains(self.view.low(noun)) {
            return None;
        }
        let predicate = if syntax.children(noun).any(|c| syntax.node(c).rel == "cop") {
            noun
        } else if n.rel == "obj" {
            n.head.filter(|&h| is_verb(syntax, h))?
        } else {
            return None;
        };
        match syntax
            .children(predicate)
            .find(|&c| syntax.node(c).rel == "nsubj")
        {
            Some(subject) => self.goal_owner_at(syntax, predicate, subject),
            // "It gives an overview and presents a framework for …": a
            // coordinated verb's subject is its first conjunct's.
            None if syntax.node(predicate).rel == "conj" && predicate != noun => {
                self.owner_of_verb(syntax, predicate, false)
            }
            // ", creating a strong basis to …": a participle's purpose
            // noun is the clause's document's (`role_goals`).
            None if predicate != noun && self.completed_by_goal_verb(syntax, noun) => {
                self.owner_of_comma_participle(syntax, predicate)
            }
            None => None,
        }
    }

    /// The owner of a participle modifying a verb's object, or a noun
    /// inside it: "The strategy contains a set of measures aimed at cutting
    /// …" states the goal of the verb's subject, a document.
    fn owner_of_object_participle(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let node = syntax.node(verb);
        if node.rel != "acl" {
            return None;
        }
        let mut n = node.head?;
        for _ in 0..MAX_SUBJECT_WALK {
            let noun = syntax.node(n);
            match noun.rel {
                "nmod" => n = noun.head?,
                "obj" => {
                    let h = noun.head?;
                    let subject = syntax
                        .children(h)
                        .find(|&c| syntax.node(c).rel == "nsubj")?;
                    return self
                        .goal_owner_at(syntax, h, subject)
                        .filter(|&o| self.may_own_goal(o));
                }
                _ => return None,
            }
        }
        None
    }

    /// The owner of a purpose clause opening the sentence, set off by a
    /// comma ("To deepen ties, we are pleased to announce the launch of the
    /// X Programme", "In order to widen access, the ministry has launched
    /// the X Programme"): the first document or initiative after the comma
    /// that the main clause is about, reached from the clause's governor
    /// down through objects, subjects, nominal modifiers and controlled
    /// clauses, never through a verb that states no goal of its own
    /// (`kg:nonGoalVerb`) but as its object ("signed the accord").
    fn fronted_purpose_owner(
        &self,
        syntax: &SentenceSyntax,
        first: usize,
        verb: usize,
    ) -> Option<usize> {
        let node = syntax.node(verb);
        // "With the aim of modernising the ports, the government has
        // committed to the Strategy": the purpose completes a noun of the
        // phrase, itself an adjunct of the main clause, whose document
        // complement owns it.
        let through_noun = node.rel == "acl"
            && node
                .head
                .is_some_and(|n| n >= first && n < verb && syntax.node(n).rel == "obl");
        // "To strengthen X, A and B launched the Y": a parser may make the
        // fronted clause the root and hang the main clause from it (as a
        // complement, parataxis or conjunct with a subject of its own):
        // that clause's verb governs the main clause.
        let inverted = || {
            node.head
                .is_none()
                .then(|| {
                    syntax.children(verb).find(|&c| {
                        c > verb
                            && matches!(syntax.node(c).rel, "ccomp" | "parataxis" | "conj")
                            && is_verb(syntax, c)
                            && syntax
                                .children(c)
                                .any(|d| d < c && syntax.node(d).rel.starts_with("nsubj"))
                    })
                })
                .flatten()
        };
        if first != self.range.start {
            return None;
        }
        let governor = if node.rel == "advcl" || through_noun {
            let clause = if through_noun { node.head? } else { verb };
            syntax.node(clause).head.filter(|&g| g > verb)?
        } else {
            inverted()?
        };
        let comma = (verb + 1..governor).find(|&k| self.view.is_punct(k, ","))?;
        let non_goal = &self.lex.goal_cues.non_goal_verbs;
        let reaches_governor = |r: &std::ops::Range<usize>| {
            // The mention's head: its token whose head lies outside it.
            let Some(mut t) = r
                .clone()
                .find(|&t| syntax.node(t).head.is_none_or(|h| !r.contains(&h)))
            else {
                return false;
            };
            for _ in 0..MAX_GOAL_TOKENS {
                if t == governor {
                    return true;
                }
                let n = syntax.node(t);
                let Some(h) = n.head else {
                    return false;
                };
                let through_object = matches!(n.rel, "obj" | "nsubj:pass")
                    || through_noun && n.rel == "obl" && h == governor;
                let allowed = through_object
                    || matches!(
                        n.rel,
                        "nmod" | "nsubj" | "xcomp" | "csubj" | "conj" | "compound" | "appos"
                    );
                if !allowed
                    || is_verb(syntax, h)
                        && non_goal.contains(&syntax.node(h).lemma)
                        && !through_object
                {
                    return false;
                }
                t = h;
            }
            false
        };
        self.mentions
            .iter()
            .filter(|(r, e)| r.start > comma && self.may_own_goal(*e) && reaches_governor(r))
            .min_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)))
            .map(|(_, e)| *e)
    }

    /// The owner of a purpose clause opening the sentence ("To support
    /// exporters, the two countries signed a Memorandum on …") where the
    /// parse gives none (parsers often hang the main clause inside the
    /// purpose clause): the first document or initiative after the comma
    /// closing the purpose clause — the last comma before it with a verb
    /// between the two and no finite verb before it — with no semicolon, clause boundary
    /// word (`kg:clauseBoundaryWord`) or purpose clause of its own between.
    /// A verb that states no goal (`kg:nonGoalVerb`: "To be eligible, …",
    /// "To mark the day, …") opens none. Returns the owner and the comma.
    fn fronted_purpose_on_surface(
        &self,
        syntax: &SentenceSyntax,
        marker: usize,
        verb: usize,
    ) -> Option<(usize, usize)> {
        let view = self.view;
        let lex = self.lex;
        if marker != self.range.start
            || verb != marker + 1
            || lex
                .goal_cues
                .non_goal_verbs
                .contains(&syntax.node(verb).lemma)
        {
            return None;
        }
        self.mentions
            .iter()
            .filter(|(r, e)| r.start > verb + 2 && self.may_own_goal(*e))
            .min_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)))
            .and_then(|(r, e)| {
                let comma = (verb + 1..r.start).rev().find(|&k| view.is_punct(k, ","))?;
                let clause = comma + 1..r.start;
                let verb_between = clause.clone().any(|j| is_verb(syntax, j));
                let interrupted = clause.clone().any(|j| {
                    view.is_punct(j, ";")
                        || lex.words.clause_boundary_words.contains(view.low(j))
                        || j + 1 < r.start
                            && lex.goal_cues.clause_markers.contains(view.low(j))
                            && is_verb(syntax, j + 1)
                });
                // The purpose clause itself holds no finite verb ("To deepen
                // ties, A visited B, where …" closes it at the first comma).
                // A verb the purpose's verb controls is none ("To help farmers
                // reach markets, …", "reach" tagged as a present tense).
                let finite = (verb + 1..comma)
                    .any(|j| is_finite_verb(syntax.node(j).xpos) && syntax.node(j).rel != "xcomp");
                (verb_between && !interrupted && !finite && comma > verb + 1).then_some((*e, comma))
            })
    }

    /// The owner of an infinitive whose own subject is the parties
    /// (`kg:pairNoun`: "the two countries", "both sides") of a document
    /// that sets up a frame for them: "This agreement establishes a
    /// framework for the two countries to enhance research" states the
    /// agreement's goal. The noun the parties complete is the object of a
    /// verb whose subject is the document; a named document or initiative
    /// in that place owns the goal itself. Any other own subject
    /// ("guidelines for agencies to act") makes no goal of a document.
    fn owner_for_the_parties(&self, syntax: &SentenceSyntax, verb: usize) -> Option<usize> {
        let node = syntax.node(verb);
        // The parser may hang the infinitive from the verb and leave its
        // subject in the noun phrase before the marker ("establishes a
        // framework for the two agencies to share …").
        let before_marker = verb
            .checked_sub(2)
            .filter(|&k| k >= self.range.start && syntax.node(k).rel == "nmod");
        let subject = syntax
            .children(verb)
            .find(|&c| syntax.node(c).rel.starts_with("nsubj"))
            .or_else(|| node.head.filter(|&h| node.rel == "acl" && h < verb))
            .or(before_marker)?;
        let s = syntax.node(subject);
        // "the two countries", or a counted plural: "the two agencies".
        let counted = s.xpos == "NNS"
            && syntax
                .children(subject)
                .any(|c| c < subject && syntax.node(c).rel == "nummod");
        if s.upos != "NOUN" || !self.lex.pair_nouns.contains_key(self.view.low(subject)) && !counted
        {
            return None;
        }
        // The parties complete a noun ("a framework for the two countries").
        let frame = s.head.filter(|&h| s.rel == "nmod" && h < subject)?;
        if let Some(e) = self.entity_at(frame).filter(|&e| {
            self.may_own_goal(e) && !matches!(self.entities[e].key, EntityKey::Local(_))
        }) {
            return Some(e);
        }
        let f = syntax.node(frame);
        let governor = f.head.filter(|_| f.rel == "obj")?;
        if !is_verb(syntax, governor) {
            return None;
        }
        let doer = syntax
            .children(governor)
            .find(|&c| syntax.node(c).rel == "nsubj")?;
        self.goal_owner_at(syntax, governor, doer)
    }

    /// Whether the infinitive `verb` has a subject of its own written before
    /// it, "for" + noun phrase + "to" ("guidelines for agencies to act"),
    /// whatever the parser attached the noun phrase to.
    fn infinitive_subject_before(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        self.infinitive_subject_tagged(verb, |k| syntax.node(k).upos)
    }

    /// [`Frame::infinitive_subject_before`] by the universal tags `upos`
    /// gives (the parse's, or before it the tagger's).
    pub(super) fn infinitive_subject_tagged(
        &self,
        verb: usize,
        upos: impl Fn(usize) -> &'static str,
    ) -> bool {
        let markers = &self.lex.words.infinitive_subject_markers;
        let a = self.range.start;
        // verb - 1 is the clause marker; walk left over the noun phrase.
        let mut k = verb.saturating_sub(1);
        let mut nominal = false;
        while k > a && verb - k <= MAX_SUBJECT_PHRASE {
            k -= 1;
            if markers.contains(self.view.low(k))
                || k > a
                    && self.view.is_punct(k - 1, ",")
                    && self
                        .lex
                        .words
                        .absolute_clause_starts
                        .contains(self.view.low(k))
            {
                return nominal;
            }
            match upos(k) {
                "NOUN" | "PROPN" | "PRON" => nominal = true,
                "ADJ" | "DET" | "NUM" | "CCONJ" => {}
                _ if self.view.is_punct(k, "-") => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether token `t` is a goal noun ("aims", "targets") used as a noun.
    fn is_goal_noun(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        matches!(syntax.node(t).upos, "NOUN" | "PROPN")
            && self.lex.goal_nouns.contains(self.view.low(t))
    }

    /// The owner of the goals a goal noun lists ("the plan's three aims:
    /// to …", "the strategy sets out four targets: to …"): the noun's own
    /// "of X" or possessor, else the subject of the verb it is the object
    /// of, else the document or initiative the text is about.
    fn owner_of_listed_goals(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        let of_noun = syntax.children(noun).find_map(|c| {
            matches!(syntax.node(c).rel, "nmod" | "nmod:poss")
                .then(|| self.goal_owner_at(syntax, noun, c))
                .flatten()
        });
        if of_noun.is_some() {
            return of_noun;
        }
        if self.goal_noun_of_party(syntax, noun) {
            return None;
        }
        let node = syntax.node(noun);
        let of_verb = node
            .head
            .filter(|&v| node.rel == "obj" && is_verb(syntax, v))
            .and_then(|v| self.owner_of_verb(syntax, v, false));
        of_verb.or_else(|| self.topic_owner_before(noun))
    }

    /// The owner of "the aim (of X) is to …": X, else the document or
    /// initiative the text is about.
    fn owner_of_goal_noun(&self, syntax: &SentenceSyntax, noun: usize) -> Option<usize> {
        for c in syntax.children(noun) {
            if matches!(syntax.node(c).rel, "nmod" | "nmod:poss")
                && self
                    .lex
                    .words
                    .relative_owner_words
                    .contains(self.view.low(c))
            {
                // "the fund, whose aim is to …": the fund's goal, or none.
                return self.relative_goal_owner(c + 1);
            }
            if matches!(syntax.node(c).rel, "nmod" | "nmod:poss") {
                if let Some(e) = self.entity_at(c).filter(|&e| self.may_own_goal(e)) {
                    return Some(e);
                }
            }
        }
        if self.goal_noun_of_party(syntax, noun) {
            return None;
        }
        self.topic_owner_before(noun)
    }

    /// Whether a goal noun's possessor is a party named by its name, not a
    /// document or initiative ("the Ministry's previously announced goal
    /// to cut prices"): the goal is the party's own, so the document the
    /// text is about does not own it. The possessor is read off the words
    /// before the noun too, since the parser may hang it elsewhere. A
    /// possessive pronoun ("our shared goals") is left to the other rules.
    fn goal_noun_of_party(&self, syntax: &SentenceSyntax, noun: usize) -> bool {
        let party_name = |t: usize| {
            self.view.is_capitalised(t) && self.entity_at(t).is_some_and(|e| !self.may_own_goal(e))
        };
        let possessor = syntax
            .children(noun)
            .any(|c| syntax.node(c).rel == "nmod:poss" && party_name(c));
        if possessor {
            return true;
        }
        // Modifiers between the possessive mark and the noun.
        let start = self.range.start;
        let mut k = noun;
        while k > start
            && noun - k < 3
            && !self.view.is_capitalised(k - 1)
            && matches!(syntax.node(k - 1).upos, "ADV" | "ADJ" | "VERB")
        {
            k -= 1;
        }
        k > start + 1 && self.lex.is_possessive(self.view, k - 1) && party_name(k - 2)
    }

    /// The document or initiative the text is about, as far as it has gone
    /// by token `k`: the one the headline names, else of those mentioned
    /// before, the one mentioned most (the latest on a tie), provided it was
    /// mentioned more than once. A passing mention owns no goal stated in
    /// general terms, nor does a document the body cites twice where the
    /// headline names another ("the Participants' determination to …" in a
    /// declaration citing the Paris Agreement).
    pub(super) fn topic_owner_before(&self, k: usize) -> Option<usize> {
        let headline_end = self.view.sentences.first().map_or(0, |s| s.end);
        self.entities
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.may_own_goal(i))
            .filter_map(|(i, e)| {
                let before = e.mentions.iter().filter(|m| m.end <= k);
                let count = before.clone().count();
                let last = before.clone().map(|m| m.start).max()?;
                let in_headline = before.clone().any(|m| m.end <= headline_end);
                (count > 1 || in_headline).then_some(((in_headline, count, last), i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// The nearest document or initiative mentioned before token `k` in the
    /// sentence (the owner of an adjunct: "X signed the deal in order to …").
    pub(super) fn nearest_goal_owner_before(&self, k: usize) -> Option<usize> {
        self.mentions
            .iter()
            .filter(|(r, e)| r.end <= k && self.may_own_goal(*e))
            .max_by_key(|(r, _)| (r.end, std::cmp::Reverse(r.start)))
            .map(|(_, e)| *e)
    }

    /// The tokens of the goal headed by `head` (the head and its complements,
    /// up to the first part that is not one), and the heads of the goals
    /// coordinated with it.
    fn goal_span(
        &self,
        syntax: &SentenceSyntax,
        head: usize,
    ) -> (std::ops::Range<usize>, Vec<usize>) {
        let b = self.range.end;
        let mut keep = vec![false; b - head];
        let mut others = Vec::new();
        keep[0] = true;
        // "strengthen and diversify X": two verbs sharing one object stay one goal.
        let shares_object = !syntax
            .children(head)
            .any(|c| c > head && !is_coordination(syntax, c));
        let mut stack: Vec<usize> = syntax.children(head).collect();
        let mut visited = 0;
        while let Some(c) = stack.pop() {
            visited += 1;
            if visited > 4 * MAX_GOAL_TOKENS || c < head || c >= b {
                continue;
            }
            let node = syntax.node(c);
            let after_comma = c > head + 1 && self.view.is_punct(c - 1, ",")
                || syntax
                    .children(c)
                    .next()
                    .is_some_and(|f| f < c && self.view.is_punct(f, ","));
            let parent = node.head.unwrap_or(head);
            // A coordinated verb starts a goal of its own when it has the
            // form of the verb it is coordinated with ("to boost X and
            // expand Y"); a word the tagger took for another verb form
            // ("value chains") stays in the phrase.
            let verb_conj = node.rel == "conj"
                && is_verb(syntax, c)
                && verb_form(self.view, syntax, parent) == verb_form(self.view, syntax, c);
            // "help people to start and grow small firms": a verb inside the
            // goal that shares its object with its conjunct stays with it.
            let parent_shares_object = parent != head
                && parent > head
                && !syntax
                    .children(parent)
                    .any(|d| d > parent && !is_coordination(syntax, d));
            // "protect and restore coral reefs": the parser hangs the shared
            // object on the first verb, after a conjunct with no complement
            // of its own.
            let conjunct_shares_object = parent == head
                && !syntax
                    .children(c)
                    .any(|d| d > c && !is_coordination(syntax, d))
                && syntax
                    .children(head)
                    .any(|d| d > c && syntax.node(d).rel == "obj");
            if node.rel == "conj" && self.finite_conjunct(syntax, parent, c) {
                // "aims to double X, and is backed by a fund": a conjunct
                // with a finite verb or auxiliary cannot continue an
                // infinitive or gerund; it is a second predicate of the
                // clause's subject the parser hung on the goal, no part of it.
                continue;
            } else if self.main_predicate_in_goal(syntax, c) {
                continue;
            } else if verb_conj
                && parent == head
                && (shares_object || conjunct_shares_object)
                && c <= head + 3
                && others.is_empty()
            {
                // Merge: keep the conjunct and its object in this goal.
            } else if verb_conj
                && parent == head
                && self.shared_phrase_pair(syntax, head) == Some(c)
            {
                // Merge: "improve lives and expand opportunities across the
                // country" is one goal.
            } else if verb_conj && parent_shares_object && c <= parent + 3 && keep[parent - head] {
                // Merge: the two verbs share the object after the second.
            } else if verb_conj {
                others.push(c);
                continue;
            } else if node.rel == "advcl"
                && parent == head
                && !self
                    .lex
                    .goal_cues
                    .enabling_verbs
                    .contains(&syntax.node(head).lemma)
                && self.is_purpose_infinitive(syntax, c)
                && !self.infinitive_subject_before(syntax, c)
                && syntax.children(head).any(|d| syntax.node(d).rel == "obj")
            {
                // "strengthen ties to join forces": a purpose of the purpose is
                // a goal of its own; "work with partners to pursue X", with no
                // object before it, stays one goal.
                others.push(c);
                continue;
            } else if matches!(node.rel, "advcl" | "acl")
                && node.xpos == "VBG"
                && syntax.children(c).any(|d| {
                    d < c
                        && syntax.node(d).rel == "mark"
                        && self.lex.words.means_markers.contains(self.view.low(d))
                })
            {
                // "deepen cooperation by sharing data": the means is no part
                // of the goal, wherever the parser hung it ("cut losses
                // through repairing pipes" as a clause on "losses").
                continue;
            } else if matches!(node.rel, "advcl" | "acl:relcl" | "ccomp" | "parataxis")
                && self.opens_with_boundary_word(syntax, c)
            {
                // "…, while widening Y", "markets which in turn will …": a
                // clause a boundary word opens says more than the goal,
                // wherever the parser hung it ("in the fields which
                // include: …" as a clause beside the goal's verb).
                continue;
            } else if after_comma && self.opens_example_list(c) {
                // "… across many areas, ranging from A, B and C": the
                // clause only illustrates what the goal covers, neither it
                // nor its conjuncts are goals.
                continue;
            } else if matches!(node.rel, "xcomp" | "advcl")
                && parent == head
                && node.xpos == "VBN"
                && c > head + 1
                && matches!(syntax.node(c - 1).upos, "NOUN" | "PROPN")
                && syntax
                    .children(c)
                    .any(|d| syntax.node(d).rel == "obl:agent")
            {
                // "facilitate its implementation underlined by the targets":
                // a passive participle with its agent right after the goal's
                // noun describes that noun (a reduced relative clause the
                // parser hung on the verb), it is no part of the goal.
                continue;
            } else if node.rel == "advcl" && after_comma {
                // "liberalise trade, creating jobs": a goal verb's participle
                // (`kg:goalVerb`) after the goal says what the goal brings
                // about, a goal of its own. Another participle describes the
                // noun before it or the manner of the act ("new openings for
                // firms, working both in farming and in software"): no purpose.
                if node.xpos == "VBG"
                    && !syntax.children(c).any(|d| syntax.node(d).rel == "mark")
                    && self.lex.words.goal_verbs.contains(&node.lemma)
                {
                    others.push(c);
                }
                continue;
            } else if matches!(node.rel, "conj" | "parataxis" | "advcl")
                && (head + 1..c).any(|k| self.view.is_punct(k, ","))
                && syntax
                    .children(c)
                    .any(|d| syntax.node(d).rel.starts_with("nsubj"))
            {
                // "…, the minister said": a clause with its own subject after
                // a comma is no part of the goal; what the parser hung from
                // it before the comma is.
                let comma = (head + 1..c).find(|&k| self.view.is_punct(k, ","));
                stack.extend(syntax.children(c).filter(|&d| comma.is_some_and(|k| d < k)));
                continue;
            } else if parent == head
                && node.rel == "ccomp"
                && (head + 1..c).any(|k| self.view.is_punct(k, ","))
                && syntax
                    .children(c)
                    .any(|d| d < c && syntax.node(d).rel.starts_with("nsubj"))
            {
                // "To strengthen X, A and B launched …" parsed with the main
                // clause under the purpose: a clause with its own subject
                // after a comma is no part of the goal.
                continue;
            } else if (node.rel == "acl:relcl"
                || node.rel == "acl" && matches!(node.xpos, "VBG" | "VBN"))
                && c >= head + LONG_GOAL_TOKENS
                && matches!(syntax.node(parent).upos, "NOUN" | "PROPN")
                && !syntax.children(c).any(|d| {
                    syntax.node(d).rel.starts_with("nsubj")
                        && !matches!(syntax.node(d).xpos, "WDT" | "WP")
                })
            {
                // "continue research on batteries that delivers X and
                // accelerates Y", "collaboration around energy innovation
                // ranging from A to B": a clause describing a noun far into
                // a goal says what that noun is, not what the goal is for.
                // A clause with a subject of its own other than a relative
                // pronoun, "a message that both sides agree", is the noun's
                // content and stays.
                continue;
            } else if node.rel == "advcl"
                && node.xpos == "VBG"
                && c >= head + LONG_GOAL_TOKENS
                && matches!(syntax.node(c - 1).upos, "NOUN" | "PROPN")
                && !syntax
                    .children(c)
                    .any(|d| d < c && syntax.node(d).rel == "mark")
            {
                // "… around energy innovation ranging from A to B" with the
                // participle hung from the goal's verb: right after a noun
                // far into the goal, it still describes that noun.
                continue;
            } else if after_comma && matches!(node.rel, "acl:relcl" | "parataxis" | "appos")
                || parent == head
                    && (node.rel.starts_with("nsubj")
                        || matches!(node.rel, "aux" | "aux:pass" | "mark" | "cop" | "expl"))
            {
                continue;
            }
            keep[c - head] = true;
            stack.extend(syntax.children(c));
        }
        let mut end = head + 1;
        while end < b && end - head < MAX_GOAL_TOKENS && keep[end - head] {
            end += 1;
        }
        end = self.crossing_phrase_end(syntax, head, end);
        end = self.before_goal_boundary(head, end);
        // A goal ends on a word, not on a comma or a dangling "and".
        while end > head + 1
            && (self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
                || matches!(syntax.node(end - 1).rel, "cc"))
        {
            end -= 1;
        }
        others.sort_unstable();
        others.reverse();
        (head..end, others)
    }
}

impl Frame<'_, '_> {
    /// Where a goal ending at `end` ends with the prepositional phrase
    /// right after it that the parser hung on a noun before the goal's
    /// `head` ("a new accord paving the way for joint patrols", with "for
    /// … patrols" attached to "accord"): a phrase crossing the goal that way
    /// belongs to it. The phrase runs over the words that descend from its noun.
    fn crossing_phrase_end(&self, syntax: &SentenceSyntax, head: usize, end: usize) -> usize {
        let b = self.range.end;
        if end >= b || syntax.node(end).upos != "ADP" {
            return end;
        }
        let Some(noun) = syntax.node(end).head.filter(|&n| n > end && n < b) else {
            return end;
        };
        let n = syntax.node(noun);
        if !n.rel.starts_with("nmod") || n.head.is_none_or(|h| h >= head) {
            return end;
        }
        let descends = |mut t: usize| {
            for _ in 0..MAX_SUBJECT_PHRASE {
                if t == noun {
                    return true;
                }
                match syntax.node(t).head {
                    Some(h) if h > end && h < b => t = h,
                    _ => return false,
                }
            }
            false
        };
        let mut last = end;
        while last + 1 < b && last + 1 - head < MAX_GOAL_TOKENS && descends(last + 1) {
            last += 1;
        }
        if last < noun {
            return end;
        }
        last + 1
    }

    /// Whether `c`, a conjunct of the infinitive or gerund `head` inside a
    /// goal, is finite (it carries a finite auxiliary or modal, or is a
    /// present or past form after a comma): a finite verb has a subject of
    /// its own, so it cannot be one of the goal's
    /// verb phrases. A past form spelt like its base form ("set", "cut")
    /// may be the base form the tagger misread, and stays.
    fn finite_conjunct(&self, syntax: &SentenceSyntax, head: usize, c: usize) -> bool {
        if !matches!(syntax.node(head).xpos, "VB" | "VBG") || !is_verb(syntax, c) {
            return false;
        }
        let unambiguous_finite = |t: usize| {
            let n = syntax.node(t);
            matches!(n.xpos, "VBZ" | "MD") || n.xpos == "VBD" && self.view.low(t) != n.lemma
        };
        let after_comma = syntax
            .children(c)
            .any(|d| d < c && self.view.is_punct(d, ","));
        // "…, and will help create X": a modal before a base form keeps the
        // conjunct a verb phrase of its own (a future predicate of the
        // document, read as a goal of its own); "…, and will be backed by
        // a fund" is a passive, no goal.
        let base_form = verb_form(self.view, syntax, c) == "VB";
        let finite_auxiliary = syntax.children(c).any(|d| {
            d < c
                && matches!(syntax.node(d).rel, "aux" | "aux:pass")
                && unambiguous_finite(d)
                && (!base_form || syntax.node(d).xpos != "MD")
        });
        // A finite form alone may be a plural noun the tagger misread
        // ("value chains"): only a comma before the conjunction confirms a
        // clause of its own.
        finite_auxiliary || after_comma && unambiguous_finite(c)
    }

    /// A goal that opens a list of verb phrases, "accelerate growth, raise
    /// output, widen access, as well as improve services", cut into one goal
    /// per verb phrase, read on the surface: parsers often take such a list
    /// for nouns or loose clauses. A new item starts after a separator at a
    /// base-form verb, or at a word standing between two commas where the
    /// item after it starts with one (a verb the tagger took for a noun).
    /// The list ends at a semicolon or a comma before a goal boundary word.
    /// Without a verb after a separator the goal is `span` as the parse gave it.
    fn verb_list_items(
        &self,
        syntax: &SentenceSyntax,
        span: std::ops::Range<usize>,
    ) -> Vec<std::ops::Range<usize>> {
        let b = self.range.end;
        // "improve lives and expand opportunities across …": one goal.
        if self.shared_phrase_pair(syntax, span.start).is_some() {
            return vec![span];
        }
        let boundary = &self.lex.goal_cues.boundary_words;
        let words = &self.lex.words;
        let is_separator = |t: usize| {
            self.view.is_punct(t, ",")
                || words.conjunctions.contains(self.view.low(t))
                || words.disjunctions.contains(self.view.low(t))
                || words.additive_phrases.starts(self.view.low(t))
        };
        let base_verb = |t: usize| {
            let n = syntax.node(t);
            t < b
                && self.view.is_word(t)
                && !self.view.is_capitalised(t)
                && matches!(n.xpos, "VB" | "VBP")
                && n.upos != "AUX"
        };
        // Where the sentence's list can run: to a semicolon, a comma before
        // a boundary word, or a closing bracket or quote.
        let mut limit = span.start + 1;
        while limit < b && limit - span.start < MAX_GOAL_TOKENS {
            let next_word = self.skip_separators(limit);
            if self.view.is_punct(limit, ";")
                || self.view.is_punct(limit, ",")
                    && next_word < b
                    && boundary.contains(self.view.low(next_word))
                || matches!(self.view.text(limit), ")" | "\u{201d}" | "\"" | ":")
            {
                break;
            }
            limit += 1;
        }
        // "boost trade and support small farmers", "… and promote joint
        // investment": a relation verb's base form (`kg:verbTrigger`) or a
        // goal verb (`kg:goalVerb`) the tagger took for another word opens
        // an item when a determiner, adjective, pronoun or number follows it.
        // "cut red tape and attract investment": a goal verb the tagger made
        // a compound of the noun after it opens an item too.
        let trigger_verb = |t: usize| {
            let low = self.view.low(t);
            t + 1 < b
                && self.view.is_word(t)
                && !self.view.is_capitalised(t)
                && (matches!(syntax.node(t + 1).upos, "DET" | "ADJ" | "PRON" | "NUM")
                    || words.goal_verbs.contains(low)
                        && syntax.node(t).rel == "compound"
                        && syntax.node(t).head == Some(t + 1)
                        && syntax.node(t + 1).upos == "NOUN")
                && (words.goal_verbs.contains(low)
                    || self.lex.verb_forms.get(low).is_some_and(|forms| {
                        forms.iter().any(|f| {
                            f.words.len() == 1
                                && self.lex.properties[f.property]
                                    .verb_triggers
                                    .iter()
                                    .any(|l| l == low)
                        })
                    }))
        };
        // "cut losses in canals and train young engineers", "shield farms
        // from droughts and help avoid costs": right after a conjunction, a
        // singular noun by the tagger followed by an adjective, pronoun,
        // number or bare verb is a verb it missed; nouns are not followed
        // so (a determiner may open a time adjunct: "and investment this
        // year").
        let missed_verb = |t: usize| {
            t + 1 < b
                && t > span.start
                && words.conjunctions.contains(self.view.low(t - 1))
                && self.view.is_word(t)
                && !self.view.is_capitalised(t)
                && syntax.node(t).xpos == "NN"
                && (matches!(syntax.node(t + 1).upos, "ADJ" | "PRON" | "NUM")
                    || syntax.node(t + 1).xpos == "VB")
        };
        // "expanding trade in farm goods and further deepening ties": a
        // goal verb's gerund after "and" (and at most one adverb) opens a
        // goal of its own, however the parser attached it.
        if self.lex.may_be_gerund(self.view, span.start) && syntax.node(span.start).xpos == "VBG" {
            let gerund_goal = |g: usize| {
                g < limit
                    && self.lex.may_be_gerund(self.view, g)
                    && syntax.node(g).xpos == "VBG"
                    && words.goal_verbs.contains(&syntax.node(g).lemma)
            };
            let split = (span.start + 2..limit.min(span.end)).find_map(|t| {
                if !words.conjunctions.contains(self.view.low(t)) {
                    return None;
                }
                if gerund_goal(t + 1) {
                    Some((t, t + 1))
                } else if t + 2 < limit
                    && matches!(syntax.node(t + 1).xpos, "RB" | "RBR" | "JJ" | "JJR")
                    && gerund_goal(t + 2)
                {
                    Some((t, t + 2))
                } else {
                    None
                }
            });
            if let Some((t, g)) = split {
                let mut end = t;
                while end > span.start + 1
                    && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
                {
                    end -= 1;
                }
                return vec![span.start..end, g..span.end.max(g + 1)];
            }
        }
        if let Some(g) = self.gerund_after_infinitive(syntax, span.clone(), limit) {
            let mut end = g - 1;
            while end > span.start + 1
                && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
            {
                end -= 1;
            }
            // The infinitive's part may itself be a list ("to protect
            // reefs, restore mangroves and promoting …").
            let mut items = self.verb_list_items(syntax, span.start..end);
            items.push(g..span.end);
            return items;
        }
        let mut starts = vec![span.start];
        let mut ends = Vec::new();
        // An item holding a subordinate clause ("ensure that progress
        // continues to be made") is no flat verb phrase: the verbs after it
        // belong to that clause.
        let mut nested = false;
        let mut t = span.start + 1;
        while t < limit {
            if !is_separator(t) {
                let n = syntax.node(t);
                // A hyphenated participle is an adjective ("so-called").
                nested |= n.xpos == "TO"
                    || n.xpos == "WDT"
                    || words.complementizers.contains(self.view.low(t))
                    || matches!(n.xpos, "VBD" | "VBN" | "VBZ" | "VBG")
                        && !self.view.text(t).contains('-');
                t += 1;
                continue;
            }
            if nested {
                break;
            }
            let mut next = self.skip_separators(t);
            // "to support X and to respond to Y": the marker is no part of the goal.
            if next + 1 < limit
                && self
                    .lex
                    .goal_cues
                    .clause_markers
                    .contains(self.view.low(next))
                && base_verb(next + 1)
            {
                next += 1;
            }
            let item_len = t - starts.last().copied().unwrap_or(span.start);
            let verb_next =
                next < limit && (base_verb(next) || trigger_verb(next) || missed_verb(next));
            // "…, boost roads and ports, build …", "expand X, train staff
            // and strengthen Y": the word after a comma opens an item when
            // the item after it (past a comma or a conjunction) opens with
            // a verb.
            let parallel = !verb_next
                && next < limit
                && self.view.is_punct(t, ",")
                && self.view.is_word(next)
                && !self.view.is_capitalised(next)
                && matches!(syntax.node(next).upos, "NOUN" | "VERB")
                && (next + 2..limit)
                    .find(|&c| {
                        self.view.is_punct(c, ",") || words.conjunctions.contains(self.view.low(c))
                    })
                    .is_some_and(|c| {
                        let v = self.skip_separators(c);
                        // "in energy, tourism and other projects that will
                        // strengthen industries, create jobs …": verbs after
                        // a clause opened inside the nouns belong to that
                        // clause, and the nouns are one list.
                        let opens_clause = (next + 1..c).any(|k| {
                            let n = syntax.node(k);
                            // A hyphenated participle is an adjective
                            // ("community-oriented"), as for `nested`.
                            matches!(n.xpos, "WDT" | "MD" | "TO" | "VBD" | "VBZ" | "VBN" | "VBG")
                                && !self.view.text(k).contains('-')
                                || words.complementizers.contains(self.view.low(k))
                        });
                        v < limit && !opens_clause && (base_verb(v) || trigger_verb(v))
                    });
            if (verb_next || parallel) && item_len >= 2 {
                ends.push(t);
                starts.push(next);
                nested = false;
                t = next + 1;
            } else {
                t += 1;
            }
        }
        if starts.len() == 1 {
            return vec![span];
        }
        // The last item ends where its verb's phrase ends, when the parse
        // gives it one ("… and open markets which will …").
        let last = starts[starts.len() - 1];
        let parsed_end = self.goal_span(syntax, last).0.end;
        ends.push(if parsed_end > last + 1 {
            parsed_end.min(limit)
        } else {
            limit
        });
        starts
            .into_iter()
            .zip(ends)
            .map(|(s, mut end)| {
                while end > s + 1
                    && (is_separator(end - 1)
                        || self.view.toks[end - 1].kind == crate::text::TokenKind::Punct)
                {
                    end -= 1;
                }
                s..end
            })
            .collect()
    }

    /// The second verb of a pair that reads as one goal: "improve lives and
    /// expand opportunities across the whole country", a verb with a bare
    /// one-word object, "and", and a verb whose phrase ends in a
    /// prepositional phrase both may share. Two verbs only, no comma.
    fn shared_phrase_pair(&self, syntax: &SentenceSyntax, head: usize) -> Option<usize> {
        let b = self.range.end;
        if head + 4 >= b || !is_verb(syntax, head) {
            return None;
        }
        let (object, and, second) = (head + 1, head + 2, head + 3);
        let bare_object = syntax.node(object).head == Some(head)
            && syntax.node(object).rel == "obj"
            && syntax.node(object).upos == "NOUN"
            && syntax.children(object).next().is_none();
        let pair = bare_object
            && self.lex.words.conjunctions.contains(self.view.low(and))
            && syntax.node(second).head == Some(head)
            && syntax.node(second).rel == "conj"
            && is_verb(syntax, second)
            && verb_form(self.view, syntax, head) == verb_form(self.view, syntax, second)
            && syntax
                .children(head)
                .all(|c| c <= second || syntax.node(c).rel == "punct")
            && !syntax
                .children(second)
                .any(|c| syntax.node(c).rel == "conj" || self.view.is_punct(c, ","));
        if !pair {
            return None;
        }
        // The second verb's phrase holds a preposition (its oblique's or its
        // object's modifier's), before any comma.
        let descends = |mut t: usize| {
            for _ in 0..MAX_SUBJECT_WALK {
                match syntax.node(t).head {
                    Some(h) if h == second => return true,
                    Some(h) if h > second && h < b => t = h,
                    _ => return false,
                }
            }
            false
        };
        (second + 1..b)
            .take_while(|&k| self.view.is_word(k))
            .any(|k| syntax.node(k).rel == "case" && syntax.node(k).upos == "ADP" && descends(k))
            .then_some(second)
    }

    /// Whether the clause headed by `c` opens with a clause boundary word,
    /// a subordinator or relative word ("while", "which"; a preposition
    /// does not end the goal: "boost growth by cutting taxes").
    fn opens_with_boundary_word(&self, syntax: &SentenceSyntax, c: usize) -> bool {
        syntax.children(c).next().is_some_and(|first| {
            first < c
                && self
                    .lex
                    .words
                    .clause_boundary_words
                    .contains(self.view.low(first))
        })
    }

    /// The purpose infinitive a joint action head serves, where nothing but
    /// joint action adverbs stands between them: "work together to expand
    /// the port", "cooperate to cut costs" (`kg:jointActionVerb`,
    /// `kg:jointActionAdverb`). A verb that says only that someone acts
    /// (`kg:actionVerb`, "work") is joint action with an adverb only: "allows
    /// young people to work to support their families" is their purpose,
    /// not the document's. A head with a complement of its own ("work with
    /// partners to pursue X") says more than joint action: none.
    fn joint_action_purpose(&self, syntax: &SentenceSyntax, head: usize) -> Option<usize> {
        let words = &self.lex.words;
        if !is_verb(syntax, head) {
            return None;
        }
        let lemma = &syntax.node(head).lemma;
        let needs_adverb = if words.joint_action_verbs.contains(lemma) {
            false
        } else if words.action_verbs.contains(lemma) {
            true
        } else {
            return None;
        };
        let purpose = syntax.children(head).find(|&c| {
            c > head
                && matches!(syntax.node(c).rel, "advcl" | "xcomp")
                && self.is_purpose_infinitive(syntax, c)
        })?;
        let marker = syntax
            .children(purpose)
            .find(|&m| syntax.node(m).rel == "mark")?;
        // The purpose's verb right after its "to": a word between them (a
        // negation, "to not compete"; a copula or passive auxiliary, "to be
        // ready", "to be seen as") belongs to the goal the head's span
        // reads, and a span from the purpose's head would drop it.
        (marker > head
            && (!needs_adverb || marker > head + 1)
            && marker + 1 == purpose
            && is_verb(syntax, purpose)
            && (head + 1..marker).all(|k| words.joint_action_adverbs.contains(self.view.low(k))))
        .then_some(purpose)
    }

    /// Where the relative clause holding the goal at `head` closes when
    /// the parse found no main verb after it: in "The X Accord, which aims
    /// to A and B, enters into force on 1 March", with "enters" tagged a
    /// noun, the clause set off by a comma and a relative pronoun hangs
    /// from the sentence's root, the subject's noun, and the predicate
    /// runs on inside the goal. The clause closes at the first comma after
    /// `head` that no coordinating word follows up to the sentence's end
    /// (the commas of a list "A, B and C" are followed by its conjunction);
    /// none where every comma is, the predicate then being unknown.
    fn relative_clause_close(&self, syntax: &SentenceSyntax, head: usize) -> Option<usize> {
        let (a, b) = (self.range.start, self.range.end);
        let mut t = head;
        let mut clause = None;
        for _ in 0..MAX_SUBJECT_PHRASE {
            let node = syntax.node(t);
            let Some(governor) = node.head else {
                break;
            };
            if node.rel == "acl:relcl" {
                let root = syntax.node(governor);
                if root.head.is_none() && matches!(root.upos, "NOUN" | "PROPN") {
                    clause = Some((t, governor));
                }
                break;
            }
            t = governor;
        }
        let (verb, root) = clause?;
        let pronoun = syntax.children(verb).find(|&c| {
            c < verb
                && syntax.node(c).rel.starts_with("nsubj")
                && matches!(syntax.node(c).xpos, "WDT" | "WP")
        })?;
        if pronoun <= a + 1 || root >= pronoun || !self.view.is_punct(pronoun - 1, ",") {
            return None;
        }
        let words = &self.lex.words;
        let coordinating = |k: usize| {
            words.conjunctions.contains(self.view.low(k))
                || words.disjunctions.contains(self.view.low(k))
        };
        let close = (head + 1..b).find(|&k| self.view.is_punct(k, ","))?;
        let close =
            (close..b).find(|&k| self.view.is_punct(k, ",") && !(k + 1..b).any(&coordinating))?;
        // The predicate after the comma has words of its own.
        (close + 2 < b).then_some(close)
    }

    /// Whether `verb` is an infinitive that a goal clause marker ("to")
    /// opens: not "on how to develop it", a question, not a purpose. A
    /// comma before the marker (", to make it visible") is no word of the
    /// clause.
    fn is_purpose_infinitive(&self, syntax: &SentenceSyntax, verb: usize) -> bool {
        let mut children = syntax.children(verb);
        children
            .find(|&m| syntax.node(m).rel != "punct")
            .is_some_and(|m| {
                m < verb
                    && syntax.node(m).rel == "mark"
                    && self.lex.goal_cues.clause_markers.contains(self.view.low(m))
            })
    }

    /// A goal read on the surface from `head`, where the parse gives its
    /// head no words (a tagger that took "reinforce and complement joint …"
    /// for nouns): up to the first comma or the sentence's end, within
    /// [`MAX_GOAL_TOKENS`], cut before a goal end phrase.
    fn surface_goal_span(&self, head: usize) -> std::ops::Range<usize> {
        let b = self.range.end;
        let mut end = head + 1;
        while end < b
            && end - head < MAX_GOAL_TOKENS
            && !self.view.is_punct(end, ",")
            && !self.view.is_punct(end, ";")
            && !(end + 1 == b && self.view.toks[end].kind == crate::text::TokenKind::Punct)
        {
            end += 1;
        }
        head..self.before_goal_boundary(head, end)
    }

    /// Where a goal spanning `head..end` ends: at a semicolon, before a comma followed by a
    /// goal boundary word (`kg:goalBoundaryWord`: ", including …", ", which
    /// …") or before a goal end phrase (`kg:goalEndPhrase`: "in line with
    /// …"): what follows qualifies the goal, it is not part of it.
    pub(super) fn before_goal_boundary(&self, head: usize, end: usize) -> usize {
        let boundary = &self.lex.goal_cues.boundary_words;
        let end_phrases = &self.lex.words.goal_end_phrases;
        (head + 1..end.saturating_sub(1))
            .find(|&k| {
                self.view.is_punct(k, ";")
                    || self.view.is_punct(k, ",") && boundary.contains(self.view.low(k + 1))
                    // "… to European security – for example, …": examples
                    // set off by a comma or dash illustrate the goal.
                    || self.view.toks[k].kind == crate::text::TokenKind::Punct
                        && self.opens_example_list(k + 1)
                    // A phrase starting inside the goal ends it even where
                    // the parse closed the goal inside the phrase ("… for
                    // rural towns with a focus | on repairing pipes").
                    || end_phrases.phrase_at(self.view, k, self.range.end).is_some()
                    || self.opens_occasion(k, end)
                    || k > head + 1 && self.opens_example_phrase(k, end)
            })
            .unwrap_or(end)
    }
}

impl Frame<'_, '_> {
    /// Whether an example list cue (`kg:exampleListCue`: "such as",
    /// "ranging from") starts at token `k`.
    fn opens_example_list(&self, k: usize) -> bool {
        self.lex
            .words
            .example_list_cues
            .phrase_at(self.view, k, self.range.end)
            .is_some()
    }

    /// Whether token `k` is a preposition whose noun is followed by an
    /// example list cue, one or two words on, before `end`: "develop trade
    /// between A and B in areas such as …", "in fields like …". The
    /// examples name where the goal applies, the goal ends before the
    /// phrase (the caller keeps a verb and its object before it). A
    /// genitive ("a range of fields including …") is no such phrase.
    fn opens_example_phrase(&self, k: usize, end: usize) -> bool {
        // "a range of fields including …": a genitive completes the noun
        // before it, inside the goal.
        self.syntax.tagger_tags(k).1 == "IN"
            && !self
                .lex
                .words
                .genitive_prepositions
                .contains(self.view.low(k))
            && (k + 2..end.min(k + 4))
                .any(|j| (k + 1..j).all(|t| self.view.is_word(t)) && self.opens_example_list(j))
    }

    /// Whether token `k` opens the occasion of an act (`kg:occasionPreposition`
    /// with a `kg:occasionNoun` at most [`MAX_OCCASION_GAP`] words on, before
    /// `end`): "during the President's visit to Freedonia".
    fn opens_occasion(&self, k: usize, end: usize) -> bool {
        let words = &self.lex.words;
        words.occasion_prepositions.contains(self.view.low(k))
            && (k + 1..end.min(k + 2 + MAX_OCCASION_GAP))
                .any(|j| words.occasion_nouns.contains(self.view.low(j)))
    }
}

/// A verb's form for coordination: the Penn tag, with the present tense
/// (VBP) read as the base form it is spelled like.
fn verb_form<'s>(view: &DocView<'_>, syntax: &'s SentenceSyntax, t: usize) -> &'s str {
    let node = syntax.node(t);
    match node.xpos {
        "VBP" => "VB",
        // "set", "cut", "put": a participle or past spelt like its base
        // form may be the base form the tagger took for another one.
        "VBN" | "VBD" if view.low(t) == node.lemma => "VB",
        other => other,
    }
}

/// A coordinating word or a coordinated verb (not a complement).
fn is_coordination(syntax: &SentenceSyntax, t: usize) -> bool {
    matches!(syntax.node(t).rel, "cc" | "conj" | "punct")
}
