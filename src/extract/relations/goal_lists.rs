//! Goal lists of "-ing" clauses: each clause of the list is one goal of the
//! document or initiative the sentence is about.
//!
//! The constructions (cue words come from the goal property's annotations
//! in the ontology: `kg:goalListCue`, `kg:goalNoun`, `kg:goalBoundaryWord`,
//! `kg:nonGerund`):
//!
//! * a cue, then "-ing" clauses in coordination: "the plan focuses on
//!   cutting waste, widening access and training staff" — the owner is the
//!   nearest document or initiative before the cue in the sentence;
//! * a goal noun, then "-ing" clauses a few words on: "its five targets look
//!   at raising output and cutting costs" — the owner is the document or
//!   initiative before it in the sentence, else the one the text spoke of
//!   last;
//! * a sentence that ends with a cue and a colon ("Under the plan, the two
//!   agencies are cooperating by:") and lines after it that each open with an
//!   "-ing" clause (a bulleted list): every line gives goals of the owner.
//!   A document named in a comma-set aside of the lead-in ("The council,
//!   as set up under the Water Treaty, seeks to:") is no owner: the aside
//!   is background to the subject; nor is a generic description a
//!   sentence before named ("provides a framework for …") the owner of a
//!   lead-in that names none. A verb line ends before a participle set off
//!   by a comma ("a. Explore joint patrols, reflecting …").
//!
//! A goal noun's "-ing" clause comes before any comma after the noun ("the
//! targets, towards plans easing …" is no list of its targets) and before
//! an infinitive of the noun ("the intention to address the risks facing
//! farms": the infinitive states the goal, "facing" describes "risks").
//!
//! A goal runs from its "-ing" word to the next coordinated "-ing" clause
//! (which may open with an adverb: ", and gradually widening …"), a
//! semicolon, or a comma before a boundary word (", including …"), at most
//! [`MAX_GOAL_TOKENS`] words.

use super::super::syntax::SentenceSyntax;
use super::Frame;
use crate::parse::tagger::is_finite_verb;
use crate::text::TokenKind;

/// The longest goal, in tokens, and the most goals one list yields.
const MAX_GOAL_TOKENS: usize = 40;
const MAX_GOALS_PER_LIST: usize = 12;
/// How many words may stand between a goal noun and its first "-ing" clause
/// ("targets look at raising").
pub(super) const MAX_NOUN_GAP: usize = 4;

/// A list whose items continue on the following lines: its owner, and
/// whether a line must open with a verb by its tag or the goal verbs (a
/// list opened by a bare "to:", which may be a preposition: "related to:"
/// lists nouns).
#[derive(Debug, Clone)]
pub(super) struct OpenList {
    pub owner: usize,
    pub verbs_only: bool,
    /// Opened by a goal list noun ("the six pillars of …:"): a bulleted
    /// or numbered line is an item whatever word opens it ("- a skilled
    /// workforce;").
    pub any_item: bool,
    /// A line of the list was read as a verb line: the list holds verb
    /// phrases, so a later lowercase or bulleted line is one too whatever
    /// the tagger made of its first word ("- train engineers").
    pub confirmed: bool,
}

impl OpenList {
    /// A list its lead-in has just opened, before any line was read.
    pub(super) fn opened(owner: usize, verbs_only: bool, any_item: bool) -> Self {
        OpenList {
            owner,
            verbs_only,
            any_item,
            confirmed: false,
        }
    }
}

impl Frame<'_, '_> {
    /// Whether token `t` is an "-ing" verb form: by the parse when the
    /// sentence was parsed, else by its spelling.
    fn is_gerund(&self, parse: Option<&SentenceSyntax>, t: usize) -> bool {
        if !self.lex.may_be_gerund(self.view, t) {
            return false;
        }
        parse.is_none_or(|syntax| {
            let node = syntax.node(t);
            node.xpos == "VBG" && !matches!(node.rel, "case" | "mark" | "amod")
        })
    }

    /// Whether the cue at `k` is a means marker after a purpose infinitive
    /// of the same clause: in "the plan aims to open markets by backing
    /// exporters", the "-ing" clause says how the goal is reached, it is no
    /// goal of its own.
    fn means_of_a_purpose(&self, k: usize) -> bool {
        let a = self.range.start;
        if !self.lex.words.means_markers.contains(self.view.low(k)) {
            return false;
        }
        (a..k.saturating_sub(1))
            .rev()
            .take_while(|&t| !self.view.is_punct(t, ";") && !self.view.is_punct(t, ":"))
            .any(|t| {
                self.lex.goal_cues.clause_markers.contains(self.view.low(t))
                    && self.syntax.tagger_tags(t + 1).1 == "VB"
            })
    }

    /// Whether token `t` is a word of a name: inside a mention that starts
    /// before it, or capitalised mid-sentence, not after a colon, in a
    /// sentence that is no heading ("the Agreement on Closing the Gap",
    /// a title the mention rules may not have read as one).
    fn inside_name(&self, t: usize) -> bool {
        let capitalised = t > self.range.start
            && self.view.is_capitalised(t)
            && !self.view.is_punct(t - 1, ":")
            && !super::super::mentions::is_heading(self.view, &self.range);
        capitalised || self.mentions.iter().any(|(r, _)| r.start < t && t < r.end)
    }

    /// Separators between coordinated clauses from `t`: ",", ";", "and",
    /// "or", "as well as". Returns the token after them.
    pub(super) fn skip_separators(&self, mut t: usize) -> usize {
        let b = self.range.end;
        let words = &self.lex.words;
        loop {
            if t < b
                && (words.conjunctions.contains(self.view.low(t))
                    || words.disjunctions.contains(self.view.low(t))
                    || self.view.is_punct(t, ",")
                    || self.view.is_punct(t, ";"))
            {
                t += 1;
            } else if let Some(len) = words.additive_phrases.phrase_at(self.view, t, b) {
                t += len;
            } else {
                return t;
            }
        }
    }

    /// The "-ing" clauses coordinated from token `start` (itself an "-ing"
    /// word), one token range each.
    pub(super) fn gerund_items(
        &self,
        parse: Option<&SentenceSyntax>,
        start: usize,
    ) -> Vec<std::ops::Range<usize>> {
        let b = self.range.end;
        let boundary = &self.lex.goal_cues.boundary_words;
        let mut items = Vec::new();
        let mut item = start;
        let mut t = start + 1;
        while t <= b && items.len() < MAX_GOALS_PER_LIST {
            if t == b || t - item >= MAX_GOAL_TOKENS {
                items.push(item..t);
                break;
            }
            let separator = self.view.is_punct(t, ",")
                || self.view.is_punct(t, ";")
                || self.lex.words.conjunctions.contains(self.view.low(t))
                || self.lex.words.disjunctions.contains(self.view.low(t))
                || self.lex.words.additive_phrases.starts(self.view.low(t));
            if !separator {
                t += 1;
                continue;
            }
            let next = self.skip_separators(t);
            // In a list of "-ing" clauses, a later item spelt as one with
            // words of its own is one too, whatever the tagger made of it
            // ("training teachers and funding research").
            let parallel = || {
                next + 1 < b
                    && self.lex.may_be_gerund(self.view, next)
                    && self.view.is_word(next + 1)
                    && !self
                        .lex
                        .words
                        .conjunctions
                        .contains(self.view.low(next + 1))
            };
            // "securing jobs and will now consider …": a verb group after
            // "and" opens a clause of its own, no part of the goal.
            let clause = || {
                next < b
                    && self.lex.words.conjunctions.contains(self.view.low(t))
                    && (self
                        .lex
                        .goal_cues
                        .future_markers
                        .contains(self.view.low(next))
                        || parse.is_some_and(|syntax| is_finite_verb(syntax.node(next).xpos)))
            };
            // "supporting small ports, as well as a refocus on strengthening
            // coastal shipping": after an additive phrase, a noun phrase
            // leading to an "-ing" clause a few words on opens another goal.
            let additive = (t..next).any(|s| {
                self.lex
                    .words
                    .additive_phrases
                    .phrase_at(self.view, s, next)
                    .is_some()
            });
            let later_gerund = || {
                (next + 1..b.min(next + 2 + MAX_NOUN_GAP))
                    .take_while(|&g| self.view.is_word(g))
                    .find(|&g| {
                        self.is_gerund(parse, g)
                            && self
                                .lex
                                .goal_cues
                                .list_cues
                                .first_at(self.view, g - 1, g)
                                .is_some()
                    })
            };
            // "reducing poverty, and significantly stepping up efforts": an
            // adverb (by the parse) before the "-ing" word opens the item too;
            // the parser often makes that word an adjective of the noun
            // after it, so its tag decides, not its relation.
            let adverb_gerund = || {
                next + 1 < b
                    && self.lex.may_be_gerund(self.view, next + 1)
                    && parse.is_some_and(|syntax| {
                        syntax.node(next).upos == "ADV" && syntax.node(next + 1).xpos == "VBG"
                    })
            };
            if next < b && next > t && (self.is_gerund(parse, next) || parallel()) {
                items.push(item..t);
                item = next;
                t = next + 1;
            } else if next > t && adverb_gerund() {
                items.push(item..t);
                item = next;
                t = next + 2;
            } else if let Some(g) = (additive && next < b).then(later_gerund).flatten() {
                items.push(item..t);
                item = g;
                t = g + 1;
            } else if self.view.is_punct(t, ";")
                || self.view.is_punct(t, ",") && next < b && boundary.contains(self.view.low(next))
                || clause()
            {
                items.push(item..t);
                break;
            } else {
                t += 1;
            }
        }
        items
            .into_iter()
            .filter_map(|r| {
                // "the Statement on deepening ties and the Accord on
                // borders": a coordinator before a document's or
                // initiative's name closes the goal; what follows is
                // another thing named, no part of the goal.
                let mut end = (r.start + 1..r.end)
                    .find(|&t| {
                        self.lex.words.conjunctions.contains(self.view.low(t))
                            && self
                                .mention_starting_at(t + 1)
                                .is_some_and(|(_, e)| self.may_own_goal(e))
                    })
                    .unwrap_or(r.end);
                while end > r.start + 1
                    && (self.view.toks[end - 1].kind == TokenKind::Punct
                        || self.lex.words.conjunctions.contains(self.view.low(end - 1))
                        || self.lex.words.disjunctions.contains(self.view.low(end - 1)))
                {
                    end -= 1;
                }
                (end - r.start >= 2).then_some(r.start..end)
            })
            .collect()
    }

    /// Whether this sentence is a line of its own (a list item): a line
    /// break lies between it and the sentence before.
    pub(super) fn starts_line(&self) -> bool {
        let a = self.range.start;
        let from = if a == 0 { 0 } else { self.view.toks[a - 1].end };
        self.view.text[from..self.view.toks[a].start].contains('\n')
    }

    /// Whether this sentence is a list item: a line of its own opened by
    /// a list marker ("-", "1.", "(a)"), which is left out of the sentence
    /// but stands in the text before it.
    pub(super) fn starts_list_item(&self) -> bool {
        let a = self.range.start;
        let from = if a == 0 { 0 } else { self.view.toks[a - 1].end };
        let gap = &self.view.text[from..self.view.toks[a].start];
        gap.rsplit_once('\n')
            .is_some_and(|(_, marker)| !marker.trim().is_empty())
    }

    /// Reads the sentence's "-ing" goal lists (see the module docs). `open`
    /// is a list a previous sentence opened with a colon; the return value
    /// is the list still open after this sentence. `parse`: the sentence's
    /// parse when the goal rules read it.
    pub(super) fn gerund_goal_lists(
        &mut self,
        parse: Option<&SentenceSyntax>,
        open: Option<OpenList>,
    ) -> Option<OpenList> {
        let goal_property = self.lex.goal_property?;
        let (a, b) = (self.range.start, self.range.end);
        // A line of a list the previous sentence opened.
        if let Some(list) = open {
            // "- working together to expand …": the joint lead is no part
            // of the goal, the infinitive after it is.
            if let Some(item) = self.starts_line().then(|| self.joint_lead_goal()).flatten() {
                self.emit_goals(vec![item], list.owner, goal_property, a..a + 1);
                return Some(OpenList {
                    confirmed: true,
                    ..list
                });
            }
            if self.starts_line() && self.is_gerund(parse, a) {
                let items = self.gerund_items(parse, a);
                self.emit_goals(items, list.owner, goal_property, a..a + 1);
                return Some(OpenList {
                    confirmed: true,
                    ..list
                });
            }
            // "1. To cut losses.", "- expand storage": a line opening with
            // an infinitive or a bare verb is one goal of the list.
            if let Some(item) = self
                .starts_line()
                .then(|| self.verb_line_goal(parse, list.verbs_only && !list.confirmed))
                .flatten()
                .or_else(|| list.any_item.then(|| self.item_line_goal()).flatten())
            {
                let items = self.heading_items(parse, self.infinitive_items(vec![item]));
                self.emit_goals(items, list.owner, goal_property, a..a + 1);
                return Some(OpenList {
                    confirmed: true,
                    ..list
                });
            }
        }
        let lex = self.lex;
        // "The accord aims to:", "Under the plan, the parties will work
        // together to:" — its goals follow, one a line: a purpose phrase,
        // or an infinitive marker with nothing after it but the colon.
        if b >= a + 2 && self.view.is_punct(b - 1, ":") {
            let phrase = (a..b - 1).find(|&k| {
                lex.purpose_phrases
                    .first_at(self.view, k, b - 1)
                    .is_some_and(|p| k + p.len() == b - 1)
            });
            // "… to:", and "The two countries will:" (a future marker with
            // nothing after it but the colon): its verb phrases follow.
            let marker = (b >= a + 3
                && (lex.goal_cues.clause_markers.contains(self.view.low(b - 2))
                    || lex.goal_cues.future_markers.contains(self.view.low(b - 2))))
            .then_some(b - 2);
            // "A and B aim to cooperate on initiatives such as:": the lines
            // after the example cue spell out the goal, verb lines only.
            let example = self.example_list_cue().and_then(|cue| {
                (a..cue).find(|&k| {
                    lex.purpose_phrases.first_at(self.view, k, cue).is_some()
                        || lex.goal_cues.future_markers.contains(self.view.low(k))
                        || lex.goal_cues.clause_markers.contains(self.view.low(k))
                })
            });
            let verbs_only = phrase.is_none();
            let purpose = phrase.or(marker).or(example);
            // "The two governments will work together to:" with no document
            // in the sentence: the items are goals of the document the text
            // is about.
            // "The council, as set up under the Water Treaty, seeks to:":
            // a document named in a comma-set aside of the lead-in is
            // background to its subject, no owner of the goals after it.
            let aside = purpose.map_or_else(Vec::new, |k| self.owners_in_asides_before(k));
            if let Some(owner) = purpose
                .and_then(|k| {
                    self.mentions
                        .iter()
                        .filter(|(r, e)| r.end <= k && self.may_own_goal(*e) && !aside.contains(r))
                        .max_by_key(|(r, _)| (r.end, std::cmp::Reverse(r.start)))
                        .map(|(_, e)| *e)
                        .or_else(|| self.topic_owner_before(k))
                })
                .filter(|&o| {
                    self.may_own_goal(o) && !aside.iter().any(|r| self.mention_is_of(r, o))
                })
            {
                return Some(OpenList::opened(owner, verbs_only, false));
            }
        }
        if let Some((items, owner, cue)) = self.inline_verb_list(parse, goal_property) {
            self.emit_goals(items, owner, goal_property, cue);
        }
        let counted = self.counted_list_intro(goal_property);
        let mut k = a;
        let mut opened = None;
        while k < b {
            // "with new agreements on trade, and joint work on tackling …":
            // a verb's cue the parse reads as a noun, its preposition
            // included, names a topic of the thing listed, not its purpose.
            let topic = lex
                .goal_cues
                .list_cues
                .first_at(self.view, k, b)
                .filter(|c| {
                    c.len() > 1
                        && lex.verb_forms.contains_key(self.view.low(k))
                        && parse.is_some_and(|syntax| syntax.node(k).upos == "NOUN")
                });
            if let Some(topic) = topic {
                k += topic.len();
                continue;
            }
            let cue = lex
                .goal_cues
                .list_cues
                .first_at(self.view, k, b)
                .map(|c| k..k + c.len())
                // "based on", "keen on": a one-word cue after a participle or
                // an adjective completes that word, it opens no goals.
                .filter(|c| {
                    !(c.len() == 1
                        && k > a
                        && parse.is_some_and(|syntax| {
                            matches!(syntax.node(k - 1).xpos, "VBN" | "VBD" | "JJ")
                        }))
                });
            let list_noun = cue.is_none() && lex.words.goal_list_nouns.contains(self.view.low(k));
            let (cue, first, owner) = if let Some(cue) = cue {
                if self.means_of_a_purpose(k) {
                    k = cue.end;
                    continue;
                }
                let first = self.list_start_after_cue(parse, cue.end);
                let owner = self
                    .nearest_goal_owner_before(k)
                    .filter(|&o| !self.lists_own_contents(k, o));
                (cue, first, owner)
            } else if lex.words.goal_list_nouns.contains(self.view.low(k))
                && !lex.goal_nouns.contains(self.view.low(k))
                && b >= a + 2
                && self.view.is_punct(b - 1, ":")
                && k + 1 < b
                && b - 1 <= k + 1 + MAX_NOUN_GAP
                && (k + 1..b - 1).all(|t| self.view.is_word(t))
                && parse.is_none_or(|syntax| syntax.node(k).upos != "VERB")
            {
                // "The strategy describes the six pillars of national
                // resilience:" — its items follow, one a line.
                let owner = self
                    .nearest_goal_owner_before(k)
                    .or_else(|| self.earlier_list_owner(k, goal_property));
                (k..k + 1, b, owner)
            } else if lex.goal_nouns.contains(self.view.low(k))
                // "a strategy that aims to cut …": a goal noun's spelling
                // used as a verb opens a purpose clause, not a goal list.
                && parse.is_none_or(|syntax| syntax.node(k).upos != "VERB")
                // "The two sides will for that purpose:": a purpose referred
                // back to, the actions after it are no goals.
                && !(k >= a + 2
                    && lex
                        .words
                        .gerund_purpose_markers
                        .contains(self.view.low(k - 2))
                    && lex.words.anaphoric_determiners.contains(self.view.low(k - 1)))
                && !(k + 1 < b
                    && lex
                        .words
                        .genitive_prepositions
                        .contains(self.view.low(k + 1)))
            {
                // "targets look at raising …": the first "-ing" word a few
                // words on, before any comma: in "without missing the
                // targets, towards plans easing …" the noun's phrase ended
                // at the comma, and what comes after is no goal of it.
                // "our intention to address the challenges facing X": the
                // noun's own infinitive ("to" before a word that is no
                // "-ing" form) states the goal, and an "-ing" word inside
                // its phrase describes one of its nouns.
                let Some(first) = (k + 1..b.min(k + 2 + MAX_NOUN_GAP))
                    .take_while(|&t| {
                        let own_infinitive =
                            lex.goal_cues.clause_markers.contains(self.view.low(t))
                                && t + 1 < b
                                && self.view.is_word(t + 1)
                                && !self.is_gerund(parse, t + 1);
                        !self.view.is_punct(t, ",") && !own_infinitive
                    })
                    .find(|&t| self.view.is_punct(t, ":") || self.is_gerund(parse, t))
                else {
                    k += 1;
                    continue;
                };
                let first = if self.view.is_punct(first, ":") {
                    first + 1
                } else {
                    first
                };
                let owner = self
                    .nearest_goal_owner_before(k)
                    .or_else(|| self.earlier_list_owner(k, goal_property));
                (k..k + 1, first, owner)
            } else {
                k += 1;
                continue;
            };
            let Some(owner) = owner.filter(|&o| self.may_own_goal(o)) else {
                k = cue.end;
                continue;
            };
            if first >= b {
                // "… are cooperating by:" — the items follow on their own lines.
                if self.view.is_punct(b - 1, ":") {
                    opened = Some(OpenList::opened(owner, false, list_noun));
                }
                k = cue.end;
                continue;
            }
            // "the Agreement on Closing the Gap": an "-ing" word inside a
            // name is a word of that name, no goal.
            if !self.is_gerund(parse, first) || self.inside_name(first) {
                k = cue.end;
                continue;
            }
            let items = self.gerund_items(parse, first);
            let end = items.last().map_or(first, |r| r.end);
            self.emit_goals(items, owner, goal_property, cue);
            k = end.max(k + 1);
        }
        opened.or(counted)
    }

    /// The goals a goal list noun lists inline after a colon, each a verb
    /// phrase, the phrases set apart by semicolons: "X is a five-year plan
    /// with broad goals: expand …; train …; and improve …", "The
    /// objectives of the Accord are: widen …; cut …". The colon comes a few
    /// words after the noun (only words between), and every item opens,
    /// after a conjunction or an infinitive marker, with a lowercase base
    /// verb (a goal verb, `kg:goalVerb`, whatever its tag, or a word tagged
    /// one: a verb heading a phrase after a colon is often tagged a noun);
    /// the list ends before the first item that does not.
    ///
    /// The owner is a document or initiative in the noun's genitive ("the
    /// objectives of the Accord are:"), else the one before the noun, where
    /// that one is a predicate noun the subject of its copula ("X is a
    /// plan with goals:"), since a predicate says what its subject is.
    fn inline_verb_list(
        &self,
        parse: Option<&SentenceSyntax>,
        goal_property: usize,
    ) -> Option<(Vec<std::ops::Range<usize>>, usize, std::ops::Range<usize>)> {
        let (a, b) = (self.range.start, self.range.end);
        let (view, lex) = (self.view, self.lex);
        let words = &lex.words;
        let (noun, colon) = (a..b).find_map(|k| {
            if !words.goal_list_nouns.contains(view.low(k))
                || parse.is_some_and(|syntax| syntax.node(k).upos == "VERB")
            {
                return None;
            }
            let colon = (k + 1..b.min(k + 2 + MAX_NOUN_GAP)).find(|&t| !view.is_word(t))?;
            (view.is_punct(colon, ":") && colon + 2 < b).then_some((k, colon))
        })?;
        let tagged_base_verb = |t: usize| {
            parse.is_some_and(|syntax| matches!(syntax.node(t).xpos, "VB" | "VBP"))
                || matches!(self.syntax.tagger_tags(t).1, "VB" | "VBP")
        };
        let mut items = Vec::new();
        let mut start = colon + 1;
        while start < b && items.len() < MAX_GOALS_PER_LIST {
            let mut head = start;
            while head < b
                && (words.conjunctions.contains(view.low(head))
                    || lex.goal_cues.clause_markers.contains(view.low(head)))
            {
                head += 1;
            }
            // Once one item opened with a verb the items are parallel: a
            // later one opens with a verb whatever its tag ("train staff"
            // tagged a noun), unless a function word opens a noun phrase.
            let verb = head < b
                && view.is_word(head)
                && !view.is_capitalised(head)
                && (words.goal_verbs.contains(view.low(head))
                    || tagged_base_verb(head)
                    || !items.is_empty()
                        && !lex.is_determiner(view.low(head))
                        && !words.noun_phrase_prepositions.contains(view.low(head)));
            if !verb {
                break;
            }
            let next = (head..b).find(|&t| view.is_punct(t, ";")).unwrap_or(b);
            let mut end = next;
            while end > head && view.toks[end - 1].kind == TokenKind::Punct {
                end -= 1;
            }
            let end = self.before_goal_boundary(head, end);
            if end >= head + 2 && end - head <= MAX_GOAL_TOKENS {
                items.push(head..end);
            }
            start = next + 1;
        }
        if items.is_empty() {
            return None;
        }
        let genitive = self
            .mentions
            .iter()
            .filter(|(r, e)| r.start > noun && r.end <= colon && self.may_own_goal(*e))
            .map(|(_, e)| *e)
            .next();
        let owner = genitive
            .or_else(|| {
                let (r, e) = self
                    .mentions
                    .iter()
                    .filter(|(r, e)| r.end <= noun && self.may_own_goal(*e))
                    .max_by_key(|(r, _)| (r.end, std::cmp::Reverse(r.start)))?;
                Some(self.copula_subject_owner(r).unwrap_or(*e))
            })
            // "Its aims: …" goes on about the document before; a sentence
            // naming something else before the noun ("The council has two
            // aims:") states that one's aims.
            .or_else(|| {
                let named_before = self.mentions.iter().any(|(r, _)| r.end <= noun);
                (!named_before)
                    .then(|| self.earlier_list_owner(noun, goal_property))
                    .flatten()
            })
            .filter(|&o| self.may_own_goal(o))?;
        Some((items, owner, noun..noun + 1))
    }

    /// The owner named as the subject of an introducing copula
    /// (`kg:introducingCopula`) right before the predicate mention `r`
    /// (an article between): "X is a plan" → X.
    fn copula_subject_owner(&self, r: &std::ops::Range<usize>) -> Option<usize> {
        let (view, lex) = (self.view, self.lex);
        let mut s = r.start;
        if s > self.range.start && lex.is_determiner(view.low(s - 1)) {
            s -= 1;
        }
        if s <= self.range.start || !lex.words.introducing_copulas.contains(view.low(s - 1)) {
            return None;
        }
        self.mentions
            .iter()
            .find(|(m, e)| m.end == s - 1 && self.may_own_goal(*e))
            .map(|(_, e)| *e)
    }

    /// The mentions of goal owners before token `k` that stand in a
    /// comma-set aside of the sentence: a comma before the mention (with
    /// only words between) and another after it, before `k` ("The council,
    /// as set up under the Water Treaty, seeks to:"). A mention opening the
    /// sentence ("Under the plan, the parties will:") is in no aside, nor
    /// is one after a framework preposition (`kg:frameworkPreposition`:
    /// "A and B, through this Joint Statement, commit to:").
    fn owners_in_asides_before(&self, k: usize) -> Vec<std::ops::Range<usize>> {
        let a = self.range.start;
        self.mentions
            .iter()
            .filter(|(r, e)| r.end <= k && self.may_own_goal(*e))
            .filter(|(r, _)| {
                // ", through this Joint Statement, commit to:": an aside
                // opening with a framework preposition names the document
                // the subject acts through, the owner.
                let opened = (a..r.start)
                    .rev()
                    .find(|&t| !self.view.is_word(t))
                    .is_some_and(|t| {
                        self.view.is_punct(t, ",")
                            && !self
                                .lex
                                .words
                                .framework_prepositions
                                .contains(self.view.low(t + 1))
                    });
                let closed = (r.end..k)
                    .find(|&t| !self.view.is_word(t))
                    .is_some_and(|t| self.view.is_punct(t, ","));
                opened && closed
            })
            .map(|(r, _)| r.clone())
            .collect()
    }

    /// The owner of a lead-in that names none ("Its priorities are:", "The
    /// parties will seek the following objectives:"): the goal owner the
    /// text mentioned last, unless that is a description only ever written
    /// after "a" ("provides a framework for building …"): a generic thing
    /// a sentence before spoke of is no referent of a later lead-in.
    fn earlier_list_owner(&self, k: usize, goal_property: usize) -> Option<usize> {
        self.most_recent_entity_before(k, goal_property)
            .filter(|&o| !self.indefinite_description(o))
    }

    /// Whether entity `e` is a description (no capital in its label) whose
    /// every mention opens with, or follows, an indefinite article.
    fn indefinite_description(&self, e: usize) -> bool {
        let entity = &self.entities[e];
        entity.label.chars().all(|c| !c.is_uppercase())
            && !entity.mentions.is_empty()
            && entity
                .mentions
                .iter()
                .all(|m| self.indefinite_article_of(m).is_some())
    }

    /// Whether the mention over `r` in this sentence is one of entity `e`.
    fn mention_is_of(&self, r: &std::ops::Range<usize>, e: usize) -> bool {
        self.mentions.iter().any(|(m, o)| m == r && *o == e)
    }

    /// "In addition, the plan lays out an approach guided by four broad
    /// strategic goals." — a sentence ending (without a colon) with a goal
    /// list noun a cardinal counts (`kg:cardinalWord`, or digits) opens a
    /// list of the goals, one a line, of the document or initiative before
    /// the noun in the sentence, else the one the text spoke of last. A
    /// line must open as a verb line does (`verb_line_goal`).
    fn counted_list_intro(&self, goal_property: usize) -> Option<OpenList> {
        let (a, b) = (self.range.start, self.range.end);
        let view = self.view;
        let words = &self.lex.words;
        let end = if b > a && view.is_punct(b - 1, ".") {
            b - 1
        } else {
            b
        };
        if end < a + 3 {
            return None;
        }
        // "… guided by five goals, which are also …": a relative clause
        // after the counted noun leaves it the list's announcement.
        let noun = self.before_trailing_clause(end).unwrap_or(end - 1);
        if !words.goal_list_nouns.contains(view.low(noun)) {
            return None;
        }
        let counted = (noun.saturating_sub(MAX_NOUN_GAP).max(a)..noun)
            .rev()
            .take_while(|&t| view.is_word(t))
            .any(|t| self.lex.is_number_word(view.low(t)));
        if !counted {
            return None;
        }
        let owner = self
            .nearest_goal_owner_before(noun)
            .or_else(|| self.most_recent_entity_before(noun, goal_property))
            .filter(|&o| self.may_own_goal(o))?;
        Some(OpenList::opened(owner, false, false))
    }

    /// "- working together to expand trade;": a list line opening with an
    /// "-ing" verb, a reciprocal cue (`kg:reciprocalCue`) and an infinitive
    /// marker: the infinitive's phrase, up to a semicolon or a goal boundary,
    /// is the goal.
    fn joint_lead_goal(&self) -> Option<std::ops::Range<usize>> {
        let (a, b) = (self.range.start, self.range.end);
        let view = self.view;
        if a + 4 > b
            || !self.lex.may_be_gerund(view, a)
            || !self.lex.words.reciprocal_cues.contains(view.low(a + 1))
            || !self.lex.goal_cues.clause_markers.contains(view.low(a + 2))
            || !view.is_word(a + 3)
        {
            return None;
        }
        let start = a + 3;
        let mut end = (start..b)
            .find(|&t| view.is_punct(t, ";") || view.is_punct(t, ":"))
            .unwrap_or(b);
        while end > start && view.toks[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let end = self.before_goal_boundary(start, end);
        (end >= start + 2).then_some(start..end)
    }

    /// A title-case heading of two imperatives ("Modernise Ports and Expand
    /// Rail") is two goals: in an item opening with a capitalised word,
    /// split at a conjunction between a capitalised word and a capitalised
    /// verb (a goal verb, or a base-form verb by the parse), each side at
    /// least two words. Other items stay as they are.
    fn heading_items(
        &self,
        parse: Option<&SentenceSyntax>,
        items: Vec<std::ops::Range<usize>>,
    ) -> Vec<std::ops::Range<usize>> {
        let view = self.view;
        let words = &self.lex.words;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let verb = |t: usize| {
                t < item.end
                    && view.is_capitalised(t)
                    && (words.goal_verbs.contains(view.low(t))
                        || parse.is_some_and(|syntax| syntax.node(t).xpos == "VB"))
            };
            // The line was read as a verb line: its first word is the
            // first verb, however the tagger took a title-case word.
            let title_case = view.is_capitalised(item.start);
            let split = title_case
                .then(|| {
                    (item.start + 2..item.end.saturating_sub(2)).find(|&j| {
                        words.conjunctions.contains(view.low(j))
                            && view.is_capitalised(j - 1)
                            && verb(j + 1)
                    })
                })
                .flatten();
            match split {
                Some(j) => {
                    out.push(item.start..j);
                    out.push(j + 1..item.end);
                }
                None => out.push(item),
            }
        }
        out
    }

    /// Where an example list cue (`kg:exampleListCue`: "such as") starts
    /// that ends the sentence before its closing colon.
    pub(super) fn example_list_cue(&self) -> Option<usize> {
        let (a, b) = (self.range.start, self.range.end);
        if b < a + 3 || !self.view.is_punct(b - 1, ":") {
            return None;
        }
        let cues = &self.lex.words.example_list_cues;
        (a + 1..b - 1).find(|&k| cues.phrase_at(self.view, k, b - 1) == Some(b - 1 - k))
    }

    /// Whether the cue at `k` is an inclusion verb (`kg:inclusionVerb`)
    /// whose subject, opening the sentence, is `owner`: "The specific
    /// measures include funding …" lists what the measures are, not what
    /// they are for ("The areas covered by the MOU include …" lists the
    /// MOU's goals).
    fn lists_own_contents(&self, k: usize, owner: usize) -> bool {
        let a = self.range.start;
        self.lex.words.inclusion_verbs.contains(self.view.low(k))
            && self
                .mention_ending_at(self.skip_aux_left(k))
                .is_some_and(|(r, e)| {
                    e == owner && (a..r.start).all(|t| self.lex.is_determiner(self.view.low(t)))
                })
    }

    /// Whether a goal-list cue at token `t` opens a list of "-ing" clauses
    /// ("will focus on cutting waste …", "focus on four themes: expanding
    /// …"): the list's items are the goals, not the clause the cue opens.
    pub(super) fn opens_gerund_list(&self, syntax: &SentenceSyntax, t: usize) -> bool {
        let b = self.range.end;
        let Some(cue) = self.lex.goal_cues.list_cues.first_at(self.view, t, b) else {
            return false;
        };
        let first = self.list_start_after_cue(Some(syntax), t + cue.len());
        first < b && self.is_gerund(Some(syntax), first)
    }

    /// Where a goal list's first item starts after its cue ending before
    /// `after`: past a colon right there, or past one closing a counted
    /// noun ("focus on four themes: expanding trade; …"); else `after`.
    fn list_start_after_cue(&self, parse: Option<&SentenceSyntax>, after: usize) -> usize {
        if after < self.range.end && self.view.is_punct(after, ":") {
            after + 1
        } else if let Some(colon) = self.counted_noun_colon(parse, after) {
            colon + 1
        } else {
            after
        }
    }

    /// The colon closing a short noun phrase that counts or names the
    /// items a list cue introduces ("focus on four themes: expanding …",
    /// "focus on the following areas: …"), from token `start`: at most
    /// [`MAX_NOUN_GAP`] words, none a verb by the parse, the last a noun.
    fn counted_noun_colon(&self, parse: Option<&SentenceSyntax>, start: usize) -> Option<usize> {
        let b = self.range.end;
        let colon = (start..b.min(start + MAX_NOUN_GAP + 1)).find(|&t| !self.view.is_word(t))?;
        if colon == start || !self.view.is_punct(colon, ":") {
            return None;
        }
        let syntax = parse?;
        let nominal = (start..colon).all(|t| {
            matches!(
                syntax.node(t).upos,
                "DET" | "NUM" | "ADJ" | "NOUN" | "PROPN" | "VERB"
            ) && !(syntax.node(t).upos == "VERB" && syntax.node(t).xpos != "VBG")
        });
        (nominal && syntax.node(colon - 1).upos == "NOUN").then_some(colon)
    }

    /// The goal a list line states when it opens with an infinitive ("To
    /// cut losses by half.") or a bare verb ("expand storage;"): the line
    /// up to a semicolon, without its closing punctuation. The parse tells
    /// a capitalised verb; a line opening with a lowercase word (or the
    /// marker and a lowercase word) is a line of the list whatever the
    /// tagger made of that word ("simplify customs rules" read as an
    /// adjective before a noun), unless it is a function word opening a
    /// noun phrase. A goal verb (`kg:goalVerb`) opens a line however it
    /// was tagged ("Strengthen Flood Defences" as a heading); with
    /// `verbs_only` only such a verb or the parse's base-form verb does.
    fn verb_line_goal(
        &self,
        parse: Option<&SentenceSyntax>,
        verbs_only: bool,
    ) -> Option<std::ops::Range<usize>> {
        let (a, b) = (self.range.start, self.range.end);
        let view = self.view;
        let words = &self.lex.words;
        let item_line = self.starts_list_item();
        // A goal verb opens a line however the tagger took it: a list of
        // title-case headings ("Strengthen Flood Defences") reads as names.
        let bare_verb = |t: usize| {
            t < b
                && (parse.is_some_and(|syntax| {
                    syntax.node(t).xpos == "VB" && syntax.node(t).upos == "VERB"
                }) || words.goal_verbs.contains(view.low(t))
                    || !verbs_only
                        && (!view.is_capitalised(t) || item_line)
                        && view.is_word(t)
                        && !self.lex.is_determiner(view.low(t))
                        && !words.conjunctions.contains(view.low(t))
                        && !words.noun_phrase_prepositions.contains(view.low(t)))
        };
        let marked = self.opens_like_verb_line(bare_verb)?;
        // "1. Expand Clean Energy: The leaders agreed …": a heading up to
        // its colon is the goal, the paragraph after it says more.
        let mut end = (a..b)
            .find(|&t| self.view.is_punct(t, ";") || self.view.is_punct(t, ":"))
            .unwrap_or(b);
        while end > a && self.view.toks[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let end = self.before_goal_boundary(a, end);
        // "a. Explore joint patrols, reflecting each side's means": a
        // participle set off by a comma says how or why, the line's goal
        // ends before it.
        let end = (a + 1..end.saturating_sub(1))
            .find(|&t| {
                self.view.is_punct(t, ",")
                    && parse.map_or(self.syntax.tagger_tags(t + 1).1, |syntax| {
                        syntax.node(t + 1).xpos
                    }) == "VBG"
            })
            .unwrap_or(end);
        (end >= a + 2 + usize::from(marked)).then_some(a..end)
    }

    /// A bulleted or numbered line as one goal, whatever opens it: up to a
    /// semicolon or colon, without closing punctuation, at least two words.
    fn item_line_goal(&self) -> Option<std::ops::Range<usize>> {
        let (a, b) = (self.range.start, self.range.end);
        if !self.starts_list_item() {
            return None;
        }
        let mut end = (a..b)
            .find(|&t| self.view.is_punct(t, ";") || self.view.is_punct(t, ":"))
            .unwrap_or(b);
        while end > a && self.view.toks[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        (end >= a + 2).then_some(a..end)
    }

    /// Whether this sentence opens the way one goal line of a list does:
    /// with a base verb, or with a clause marker ("to") and then a base
    /// verb; `Some(true)` when a marker opens it. `base_verb` says whether
    /// the word at an index may be that verb (and is in the sentence): the
    /// goal rule asks the parse's tag, the parse demand every tag the
    /// parse may give, so the demand cannot drift from the rule.
    pub(super) fn opens_like_verb_line(&self, base_verb: impl Fn(usize) -> bool) -> Option<bool> {
        let a = self.range.start;
        let marked = self.lex.goal_cues.clause_markers.contains(self.view.low(a));
        (base_verb(a) || marked && base_verb(a + 1)).then_some(marked)
    }

    fn emit_goals(
        &mut self,
        items: Vec<std::ops::Range<usize>>,
        owner: usize,
        goal_property: usize,
        cue: std::ops::Range<usize>,
    ) {
        let q = self.qualifiers(self.range.start, cue.start.max(self.range.start));
        if q.0 == crate::extract::model::Polarity::Negative {
            return;
        }
        for item in items {
            let goal = self.goal_entity(item);
            self.emit(
                goal,
                goal_property,
                owner,
                cue.clone(),
                "goal-gerund-list",
                0.7,
                q.clone(),
            );
        }
    }
}
