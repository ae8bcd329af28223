//! Offices linked to their holder by a verb or a noun of holding a role,
//! read over the parse: "Ada Quist will serve as Deputy Premier", "… will
//! continue as …", "remains Minister of Finance", "took office as
//! Governor", "was sworn in as President", "with Ada Quist appointed as
//! Minister for Trade", "takes up the post of Minister for Transport",
//! "will step down from his role as Director General".
//!
//! The constructions are `kg:frame` strings of the kinds `role verb:`,
//! `role passive:` and `role noun:` (see `dependency.rs` for the role
//! syntax), whose triggers are the property's `kg:roleVerbTrigger`,
//! `kg:appointingVerbTrigger` and `kg:roleNounTrigger` words. They differ
//! from the other dependency frames in two ways:
//!
//! * the object is an office written as a title, a position phrase of the
//!   sentence (`positions.rs`) that no surface rule gave a holder, not a
//!   mention; its entity is made as the position rules make it;
//! * the subject roles are tried in order and the first that holds a
//!   person names the one holder. A personal pronoun stands for the one
//!   person the sentence names before it ("as he takes up the post of …"),
//!   and a possessive one for the clause's subject ("his role as").
//!
//! A role noun followed by "of" or "as" (`kg:genitivePreposition`,
//! `kg:roleMarker`) and an office names that office whatever tag the
//! tagger gave the noun ("taking up the newly created post of Minister for
//! X", where "post" may be read as a preposition): the holder is then the
//! subject of the nearest verb above the noun in the parse.
//!
//! Where the parser gave the trigger's verb no subject of its own and hung
//! it from another verb ("with A appointed as X and B taking up the post
//! of Y", "taking" read as controlled by "appointed"), the person named
//! right before the verb, across its auxiliaries only, is its subject:
//! English writes a clause's subject there.

use super::super::syntax::{DocSyntax, SentenceSyntax};
use super::dependency::{
    antecedent, expand_conjuncts, role_fillers, DependencyFrame, FrameKind, Role,
};
use super::Frame;

/// How many heads up from a role noun its verb is looked for.
const MAX_VERB_WALK: usize = 4;
impl Frame<'_, '_> {
    /// Whether the sentence may state a role frame's fact no surface rule
    /// read: an office no rule gave a holder, a person (a mention or a
    /// personal pronoun), and a word whose lemma, for one of the tags the
    /// tagger may give it, is a role trigger.
    pub(super) fn role_frames_need_parse(&self, syntax: &DocSyntax<'_, '_>) -> bool {
        let lex = self.lex;
        if lex.role_trigger_lemmas.is_empty() || !self.positions.iter().any(|p| self.is_free(p)) {
            return false;
        }
        let person = self.mentions.iter().any(|&(_, e)| self.is_person(e))
            || self
                .range
                .clone()
                .any(|t| lex.words.personal_pronouns.contains(self.view.low(t)));
        if !person {
            return false;
        }
        let mut lemmas = Vec::new();
        self.range.clone().any(|t| {
            lemmas.clear();
            syntax.parse_lemmas(t, &mut lemmas);
            lemmas
                .iter()
                .any(|(_, lemma)| lex.role_trigger_lemmas.contains(&lemma.to_lowercase()))
        })
    }

    /// Offices named as a role noun's complement on the surface ("the post
    /// of Minister for X", "his role as Chair"), where no frame read them:
    /// the holder is the subject of the nearest verb above the noun.
    pub(super) fn role_noun_complements(&mut self, syntax: &SentenceSyntax) {
        let lex = self.lex;
        let Some(property) = lex.title_property else {
            return;
        };
        let nouns = &lex.properties[property].role_noun_triggers;
        if nouns.is_empty() {
            return;
        }
        let end = self.range.end;
        for t in self.range.start..end.saturating_sub(2) {
            let word = self.view.low(t);
            if !nouns.iter().any(|n| n.eq_ignore_ascii_case(word)) {
                continue;
            }
            let marker = self.view.low(t + 1);
            if !(lex.words.genitive_prepositions.contains(marker)
                || lex.words.role_markers.contains(marker))
            {
                continue;
            }
            // "the post of the Minister of X": an article may open the office.
            let article = self.is_article(t + 2);
            let Some(p) = self
                .positions
                .iter()
                .find(|p| {
                    (p.tokens.start == t + 2 || (article && p.tokens.start == t + 3))
                        && self.is_free(p)
                })
                .cloned()
            else {
                continue;
            };
            let Some(verb) = self.verb_above(syntax, t) else {
                continue;
            };
            // The verb must be one of holding or being given a role ("took
            // up the post of", "was appointed to the post of"), not one
            // that only speaks of it ("discussed the role of").
            let lemma = syntax.node(verb).lemma.to_lowercase();
            let is = |list: &[String]| list.iter().any(|l| l.eq_ignore_ascii_case(&lemma));
            let holding = &lex.properties[property];
            // An appointing verb's holder is its passive subject or object,
            // never the subject of its active.
            let rels: &[&str] = if is(&holding.appointing_verb_triggers) {
                &["nsubj:pass", "obj"]
            } else if is(&holding.role_verb_triggers) {
                &["nsubj"]
            } else {
                continue;
            };
            let roles: Vec<Role> = rels
                .iter()
                .map(|rel| Role::Dependent {
                    rel: (*rel).to_owned(),
                    case: None,
                })
                .collect();
            let Some(holder) = self.holder_in_roles(syntax, verb, &roles, holding) else {
                continue;
            };
            if self.positions_overlap_holder(&p, holder) {
                continue;
            }
            let qualifiers = self.qualifiers(self.qualifier_start(syntax, verb), verb);
            self.hold_position(
                &p,
                holder,
                None,
                (t..t + 1, "role-complement", 0.8),
                qualifiers,
            );
        }
    }

    /// The nearest active verb above token `t` in the parse with a
    /// subject of its own or a person named right before it (a participle
    /// modifying the noun, "the newly created post", is passed over).
    fn verb_above(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        let mut node = t;
        for _ in 0..MAX_VERB_WALK {
            node = syntax.node(node).head?;
            if syntax.node(node).upos != "VERB" {
                continue;
            }
            let subject = syntax
                .children(node)
                .any(|c| syntax.node(c).rel.starts_with("nsubj"));
            if subject || self.subject_written_before(syntax, node).is_some() {
                return Some(node);
            }
        }
        None
    }

    /// Whether no rule has given position phrase `p` a holder yet.
    fn is_free(&self, p: &super::PositionPhrase) -> bool {
        !self.held_positions.iter().any(|(r, _)| *r == p.tokens)
    }

    /// Reads one role frame at `trigger`: each office its object roles hold
    /// (with the offices coordinated with it) goes to the holder its
    /// subject roles name.
    pub(super) fn read_role_frame(
        &mut self,
        syntax: &SentenceSyntax,
        trigger: usize,
        frame: &DependencyFrame,
    ) {
        let property = &self.lex.properties[frame.property];
        if !self
            .ontology
            .fits(&self.lex.classes.position, &property.range)
        {
            return;
        }
        if frame.kind == FrameKind::RoleNoun && !self.noun_names_a_held_role(syntax, trigger) {
            return;
        }
        let mut tokens = Vec::new();
        for role in &frame.object_roles {
            role_fillers(syntax, trigger, role, property, &mut tokens);
        }
        let mut expanded = Vec::new();
        for t in tokens {
            expand_conjuncts(syntax, t, &mut expanded);
        }
        let mut offices: Vec<super::PositionPhrase> = Vec::new();
        for t in expanded {
            let Some(p) = self.positions.iter().find(|p| p.tokens.contains(&t)) else {
                continue;
            };
            if self.is_free(p) && !offices.contains(p) {
                offices.push(p.clone());
            }
        }
        if offices.is_empty() {
            return;
        }
        let Some(holder) = self.role_holder(syntax, trigger, frame) else {
            return;
        };
        let qualifiers = self.qualifiers(self.qualifier_start(syntax, trigger), trigger);
        let rule = [frame.kind.name(), "role"].join("-");
        for p in offices {
            if self.positions_overlap_holder(&p, holder) {
                continue;
            }
            let span = trigger..trigger + 1;
            self.hold_position(&p, holder, None, (span, &rule, 0.85), qualifiers.clone());
        }
    }

    /// Whether role noun `t` speaks of a role someone holds: its possessor
    /// is a name ("Ada Quist's role as Chair"), or the verb it is the
    /// object or oblique of is one of holding or being given a role
    /// ("took up the post of", "stepped down from his role as"); not a verb
    /// that only speaks of it ("discussed the role of", "praised his role
    /// as").
    fn noun_names_a_held_role(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let named_possessor = syntax.children(t).any(|c| {
            let node = syntax.node(c);
            node.rel == "nmod:poss" && node.upos != "PRON"
        });
        let Some(head) = syntax.node(t).head else {
            return named_possessor;
        };
        if named_possessor || syntax.node(head).upos != "VERB" {
            return named_possessor;
        }
        self.is_role_verb(&syntax.node(head).lemma)
    }

    /// Whether a lemma is one of the role or appointing verbs of the
    /// property holding offices.
    fn is_role_verb(&self, lemma: &str) -> bool {
        self.lex.title_property.is_some_and(|p| {
            let holding = &self.lex.properties[p];
            holding
                .role_verb_triggers
                .iter()
                .chain(&holding.appointing_verb_triggers)
                .any(|l| l.eq_ignore_ascii_case(lemma))
        })
    }

    /// Whether the holder's own mention lies inside the office phrase (a
    /// parse slip naming a word of the office as its subject).
    fn positions_overlap_holder(&self, p: &super::PositionPhrase, holder: usize) -> bool {
        self.mentions
            .iter()
            .any(|(r, e)| *e == holder && r.start < p.tokens.end && p.tokens.start < r.end)
    }

    /// The person holding the office: the person named right before the
    /// trigger's verb where the parse gave that verb no subject of its own,
    /// else the first subject role that holds a person.
    fn role_holder(
        &self,
        syntax: &SentenceSyntax,
        trigger: usize,
        frame: &DependencyFrame,
    ) -> Option<usize> {
        let property = &self.lex.properties[frame.property];
        self.holder_in_roles(syntax, trigger, &frame.subject_roles, property)
    }

    /// The person holding an office whose verb (or trigger) is `at`: the
    /// person named right before it where the parse gave it no subject of
    /// its own, else the first of `roles`, in order, that holds a person.
    fn holder_in_roles(
        &self,
        syntax: &SentenceSyntax,
        at: usize,
        roles: &[Role],
        property: &crate::ontology::Property,
    ) -> Option<usize> {
        self.subject_written_before(syntax, at).or_else(|| {
            roles.iter().find_map(|role| {
                let mut tokens = Vec::new();
                role_fillers(syntax, at, role, property, &mut tokens);
                tokens
                    .into_iter()
                    .map(|t| antecedent(syntax, at, t))
                    .find_map(|t| self.person_filler(syntax, t))
            })
        })
    }

    /// The person a filler token stands for: a mention of a person (or the
    /// title or office before one), a possessive or reported pronoun's
    /// antecedent, or for a personal pronoun the one person the sentence
    /// names before it.
    fn person_filler(&self, syntax: &SentenceSyntax, t: usize) -> Option<usize> {
        if let Some(conjuncts) = self.pronoun_antecedent(syntax, t) {
            let mut people = conjuncts.iter().filter_map(|&c| self.filler_entity(c));
            let first = people.next()?;
            return (self.is_person(first) && people.all(|e| e == first)).then_some(first);
        }
        if self.lex.words.personal_pronouns.contains(self.view.low(t)) {
            let mut before = self
                .mentions
                .iter()
                .filter(|(r, e)| r.end <= t && self.is_person(*e))
                .map(|&(_, e)| e);
            let first = before.next()?;
            return before.all(|e| e == first).then_some(first);
        }
        self.filler_entity(t).filter(|&e| self.is_person(e))
    }

    /// Where the parse gave the trigger's verb (the trigger, or the verb a
    /// role noun is the object or oblique of) no subject of its own: the
    /// person whose mention ends right before the verb, across lowercase
    /// verb-group words ("Ada Quist will", "B taking").
    fn subject_written_before(&self, syntax: &SentenceSyntax, trigger: usize) -> Option<usize> {
        let node = syntax.node(trigger);
        let verb = if node.upos == "VERB" {
            trigger
        } else if matches!(node.rel, "obj" | "obl") {
            node.head?
        } else {
            return None;
        };
        let own_subject = syntax
            .children(verb)
            .any(|c| syntax.node(c).rel.starts_with("nsubj"));
        if own_subject || syntax.node(verb).upos != "VERB" {
            return None;
        }
        let mut k = verb;
        while k > self.range.start && {
            let t = k - 1;
            !self.view.is_capitalised(t) && self.lex.is_verb_group_word(self.view.low(t))
        } {
            k -= 1;
        }
        self.mention_ending_at(k)
            .map(|(_, e)| e)
            .filter(|&e| self.is_person(e))
    }
}
