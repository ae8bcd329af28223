//! Relation frames: trigger words from the lexicon, read in the English
//! constructions that carry them.
//!
//! - verbs: active ("A and B issued X"), passive ("X was issued by A and B"),
//!   reduced relative ("a white paper released by A"), headline ("A releases
//!   white paper on …"), with prepositions ("A will work with B");
//! - nominalisations: "cooperation with B", "partnership between A and B";
//! - goals: "the goals of X are: G1; G2; and G3", "X aims to G", "…, in a
//!   bid to G" (the goal belongs to the clause's subject);
//! - qualifiers: negation (no positive fact), modality ("will", "plans to"),
//!   attribution ("…, the minister said", "according to X").
//!
//! A fact is kept only when both ends fit the property's domain and range.
//!
//! The rules read the resolution's mentions and the party terms defined
//! before them (`party_terms`) and change neither: a known name read inside
//! a longer mention is handed back with the facts ([`ReadMention`]). They
//! append the entities only they read (goals, activities, positions,
//! gazetteer names inside hyphenated pairs); see docs/ARCHITECTURE.md.

use std::ops::Range;

pub mod bare_offices;
mod clause_goals;
pub mod co_signers;
mod companions;
pub mod compound_nouns;
mod coordinated_predicates;
mod counted_goal_lists;
mod counterparts;
mod defined_parties;
pub mod dependency;
mod empty_goals;
mod generic_groups;
mod goal_forms;
mod goal_headings;
pub mod goal_lists;
pub mod goals;
mod groups;
mod hyphen_participles;
mod infinitive_subjects;
mod joint_speakers;
mod leader_meetings;
mod listed_parties;
mod meetings;
mod memberships;
mod nominal_goals;
mod office_descriptions;
mod parse_demand;
mod party_members;
mod place_appositions;
mod plural_documents;
mod relative_owners;
mod representatives;
mod role_goals;
mod role_positions;
mod signing_lists;
mod signing_nouns;
mod title_pairs;
mod visits;

use super::lexicon::{Lexicon, VerbForm, WordSet};
use super::mentions::MentionKind;
use super::model::{EntityKey, Evidence, Polarity};
use super::party_terms::DefinedParties;
use super::plural_offices::opens_with_plural_head;
use super::positions::{
    after_titles, appositive_head_offices, appositive_lowercase_offices,
    bare_appositive_lowercase_offices, definite_lowercase_offices, mark_cover,
    names_after_plural_title, office_beyond_its_title, plural_title_at, position_phrases,
    prenominal_lowercase_offices, Cover, PositionPhrase,
};
use super::resolve::{clean_label, EntityDraft, Resolution};
use super::syntax::DocSyntax;
use super::view::{is_dash, is_year, DocView};
use crate::ontology::{Ontology, Property};
use crate::parse::tagger::is_finite_verb;
use groups::GroupIndex;
use parse_demand::GoalOwners;

/// Time and place adjuncts read between a participle and its agent ("signed
/// in Oslo on Tuesday by").
const MAX_ADJUNCTS: usize = 3;

/// The most adjectives between a determiner and a document's name ("the
/// new", "an historic").
const MAX_DOCUMENT_MODIFIERS: usize = 2;
/// The most words between an infinitive's marker and the verb whose
/// subject does what the infinitive says ("took advantage of the global
/// summit to sign").
const MAX_CONTROL_DISTANCE: usize = 12;

/// A mention's tokens and the entity it names.
type Filler = (Range<usize>, usize);

/// The most words of one honorific ("Her Excellency").
const MAX_HONORIFIC_WORDS: usize = 3;

/// The most words of a place's name on one side of a hyphenated pair
/// ("Australia-New Zealand", "Papua New Guinea-Fiji").
const MAX_PAIR_NAME_WORDS: usize = 3;
/// Words between a cessation word and the cooperation noun it stops
/// ("suspended all further cooperation between").
const MAX_CESSATION_GAP: usize = 4;
/// The most words a goal noun's coordination runs over before the verb
/// that lists the goals ("its goals and targets are: …").
const MAX_COORDINATED_GOAL_NOUNS: usize = 6;
/// The most words of a plural office or body phrase before its owners'
/// genitive preposition ("Ministers for the Environment and Water").
const MAX_PLURAL_HEAD_WORDS: usize = 8;
/// Phrases of one preposition coordinated after the first ("by A and by B").
const MAX_REPEATED_PREPOSITIONS: usize = 8;
/// Capitalised words read after the article of a body an office's label
/// ends with, for the body's name head ("at the Eastvale Ministry of …").
const MAX_BODY_NAME_WORDS: usize = 4;

/// Each unordered pair of `items`, in list order: the parties of a joint
/// act, each of which acts with each other one ("cooperation among A, B
/// and C").
pub(super) fn each_pair<T: Copy>(items: &[T]) -> impl Iterator<Item = (T, T)> + '_ {
    items
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| items[i + 1..].iter().map(move |&b| (a, b)))
}

/// A fact found in one sentence.
#[derive(Debug, Clone)]
pub struct Found {
    pub subject: usize,
    pub property: usize,
    pub object: usize,
    pub polarity: Polarity,
    pub evidence: Evidence,
}

/// A known name the rules read inside a longer mention, where the
/// resolution held no mention of it ("Kestria" in an office phrase read as
/// one name): the entity and the name's tokens.
pub type ReadMention = (usize, Range<usize>);

/// Relation extraction over every sentence; new goal (and activity)
/// entities are appended to `resolution.entities`. A sentence is parsed
/// only when a rule over the parse could add something to what the
/// surface rules read (see `parse_demand`). Returns the facts and the
/// names the rules read inside longer mentions ([`ReadMention`], in the
/// order read), which the caller records as mentions
/// ([`Resolution::add_read_mentions`]).
pub fn find_relations(
    view: &DocView<'_>,
    syntax: &DocSyntax<'_, '_>,
    lex: &Lexicon,
    ontology: &Ontology,
    doc_id: &str,
    resolution: &mut Resolution,
) -> (Vec<Found>, Vec<ReadMention>) {
    let mut out = Vec::new();
    let mut read_mentions = Vec::new();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); view.sentences.len()];
    for (i, m) in resolution.mentions.iter().enumerate() {
        by_sentence[view.toks[m.tokens.start].sentence].push(i);
    }
    let goal_owners = GoalOwners::new(view, lex, ontology, resolution);
    // A goal list a sentence opened with a colon, read on the lines after it.
    let mut open_list = None;
    // A signing list a heading or lead opened, read on the lines after it.
    let mut open_signing = None;
    // A list of parties after "between:", one per line.
    let mut open_parties = None;
    // Parties listed one a line after "signed X:" or "X's members are:".
    let mut open_party_lines = None;
    // Documents a sentence stated agreed, for an agentless passive after it.
    let mut agreed = None;
    let groups = std::cell::RefCell::default();
    let owned_offices = std::cell::RefCell::default();
    for (s, range) in view.sentences.iter().enumerate() {
        let mut cover = vec![Cover::Free; range.len()];
        for &i in &by_sentence[s] {
            let m = &resolution.mentions[i];
            let class = &resolution.entities[m.entity].class;
            mark_cover(
                view,
                lex,
                &mut cover,
                range.start,
                m.tokens.clone(),
                m.kind,
                class,
            );
        }
        let mut positions = position_phrases(view, lex, range.clone(), &cover);
        let mut lowercase = appositive_lowercase_offices(view, lex, range.clone(), &cover);
        lowercase.extend(prenominal_lowercase_offices(
            view,
            lex,
            range.clone(),
            &cover,
        ));
        lowercase.extend(appositive_head_offices(view, lex, range.clone(), &cover));
        lowercase.extend(definite_lowercase_offices(view, lex, range.clone(), &cover));
        lowercase.extend(bare_appositive_lowercase_offices(
            view,
            lex,
            range.clone(),
            &cover,
        ));
        if !lowercase.is_empty() {
            positions.extend(lowercase);
            positions.sort_by_key(|p| p.tokens.start);
        }
        let first_fact = out.len();
        let joint = joint_speakers::joint_speakers(&by_sentence[s], &resolution.mentions);
        let mut frame = Frame {
            view,
            lex,
            ontology,
            doc_id,
            sentence: s,
            range: range.clone(),
            mentions: by_sentence[s]
                .iter()
                .filter(|&&i| resolution.mentions[i].kind != MentionKind::Demonym)
                .map(|&i| {
                    (
                        resolution.mentions[i].tokens.clone(),
                        resolution.mentions[i].entity,
                    )
                })
                .collect(),
            demonyms: by_sentence[s]
                .iter()
                .filter(|&&i| resolution.mentions[i].kind == MentionKind::Demonym)
                .map(|&i| {
                    (
                        resolution.mentions[i].tokens.clone(),
                        resolution.mentions[i].entity,
                    )
                })
                .collect(),
            titles: by_sentence[s]
                .iter()
                .filter_map(|&i| {
                    resolution.mentions[i]
                        .title
                        .clone()
                        .map(|t| (t, resolution.mentions[i].entity))
                })
                .collect(),
            positions,
            held_positions: Vec::new(),
            entities: &mut resolution.entities,
            attribution: None,
            out: &mut out,
            read_mentions: &mut read_mentions,
            first_fact,
            agreed_before: agreed.take(),
            agreed: None,
            syntax,
            groups: &groups,
            owned_offices: &owned_offices,
            defined: &resolution.defined_parties,
        };
        frame.office_descriptions();
        frame.attribution = frame.find_attribution();
        frame.verb_frames();
        frame.noun_frames();
        frame.authored_documents();
        frame.title_pair_authors();
        frame.possessed_documents();
        frame.compound_noun_frames();
        frame.membership_frames();
        frame.bracketed_group_members();
        frame.hyphen_participle_frames();
        frame.place_apposition_frames();
        frame.pair_frames();
        frame.coordinated_modifier_frames();
        frame.signing_noun_frames();
        frame.represented_passive_signers();
        frame.joint_phrase_frames();
        open_signing = frame.signing_lists(open_signing);
        open_parties = frame.party_lists(open_parties);
        open_party_lines = frame.listed_parties(open_party_lines);
        frame.goal_list_frames();
        frame.headline_purpose_frames();
        frame.enumerated_goal_frames();
        frame.preamble_goal_frames();
        frame.present_goal_predicate_frames();
        // The goal rules over the parse replace the surface purpose rule,
        // so whether they read it is decided before they run.
        let goal_parse = frame
            .goal_rules_need_parse(syntax, goal_owners.in_sentence(s), open_list.is_some())
            .then(|| syntax.sentence(s));
        // A heading that names aims opens a list of its own, ending any
        // list open before it.
        open_list = match frame
            .goal_heading_list()
            .or_else(|| frame.goal_noun_lead_list())
        {
            Some(list) => Some(list),
            None => frame.gerund_goal_lists(goal_parse, open_list),
        };
        match goal_parse {
            Some(parse) => frame.parsed_goal_frames(parse),
            None => frame.purpose_frames(),
        }
        frame.result_clause_goals();
        frame.position_frames();
        frame.title_frames();
        frame.plural_title_frames();
        frame.party_member_frames();
        // The frames over the parse only add facts the surface rules did not
        // read, so they ask for the parse last.
        let frame_parse = goal_parse.or_else(|| {
            (frame.frames_need_parse(syntax) || frame.role_frames_need_parse(syntax))
                .then(|| syntax.sentence(s))
        });
        if let Some(parse) = frame_parse {
            frame.dependency_frames(parse);
        }
        frame.joint_speaker_facts(&joint);
        // The parties people act for, once every rule read what they did.
        frame.represented_signers();
        frame.counterpart_parties();
        frame.representative_parties();
        frame.meeting_parties();
        frame.defined_party_frames();
        // Meetings read over the parse, once every rule read the offices
        // their people hold; then no two people cooperate but through the
        // parties they stand for.
        if frame_parse.is_some() || frame.may_state_leader_meeting(syntax) {
            frame.leader_meetings(syntax.sentence(s));
        }
        if frame_parse.is_some() || frame.may_state_visit(syntax) {
            frame.visits(syntax.sentence(s));
        }
        frame.people_for_their_parties();
        frame.drop_coordinated_goal_wholes();
        frame.drop_empty_goals();
        frame.drop_unstated_memberships();
        agreed = frame.agreed.take();
    }
    if let Some(title_property) = lex.title_property {
        bare_offices::fold_bare_offices(&mut out, view, resolution, title_property);
    }
    co_signers::parties_of_signers(&mut out, view, lex, ontology, resolution);
    title_pairs::drop_pairs_of_authored_documents(&mut out);
    generic_groups::drop_bare_group_parties(&mut out, view, lex, resolution);
    (out, read_mentions)
}

struct Frame<'a, 'v> {
    view: &'a DocView<'v>,
    lex: &'a Lexicon,
    ontology: &'a Ontology,
    doc_id: &'a str,
    sentence: usize,
    range: Range<usize>,
    /// (token range, entity) of the sentence's mentions, outer first at equal starts.
    mentions: Vec<(Range<usize>, usize)>,
    /// (token range, place) of the sentence's demonyms ("Kestrian").
    demonyms: Vec<(Range<usize>, usize)>,
    /// Titles before people's names: ((tokens, title), person).
    titles: Vec<((Range<usize>, String), usize)>,
    /// Position phrases of the sentence ("Minister for Trade and Industry").
    positions: Vec<PositionPhrase>,
    /// Position phrases with the person the position rules found holding
    /// each ("Kestria's Minister for Energy, Ada Quist").
    held_positions: Vec<(Range<usize>, usize)>,
    entities: &'a mut Vec<EntityDraft>,
    attribution: Option<usize>,
    out: &'a mut Vec<Found>,
    /// Known names read inside longer mentions, for the caller to record
    /// as mentions: the rules never change the resolution's mentions.
    read_mentions: &'a mut Vec<ReadMention>,
    /// Where this sentence's facts start in `out`.
    first_fact: usize,
    /// The parties the sentence before stated agreeing documents
    /// counted by a plural noun (see [`AgreedDocuments`]).
    agreed_before: Option<AgreedDocuments>,
    /// What this sentence states so, for the sentence after it.
    agreed: Option<AgreedDocuments>,
    /// The document's tags (and parses, asked for by the rules that need
    /// them).
    syntax: &'a DocSyntax<'a, 'v>,
    /// The counted groups' index of each pair noun class, built once per
    /// document ([`GroupIndex`]).
    groups: &'a std::cell::RefCell<rustc_hash::FxHashMap<String, GroupIndex>>,
    /// The document's position entities by owner and office as written
    /// without the owner ([`Frame::office_without_owner`]): "United States
    /// President" and "President of the United States" are one office.
    owned_offices: &'a std::cell::RefCell<rustc_hash::FxHashMap<(usize, String), usize>>,
    /// The parties the document names by a collective term it defines
    /// ([`DefinedParties`]).
    defined: &'a DefinedParties,
}

/// "A has agreed memoranda with six partners. Memoranda have already been
/// agreed with B, C and D.": the parties of an active symmetric verb
/// (`property`) whose object is a plural document noun
/// (`kg:documentListNoun`, `noun`), which a passive of the next sentence
/// on the same noun leaves unsaid as its agent.
#[derive(Clone)]
struct AgreedDocuments {
    property: usize,
    noun: String,
    parties: Vec<usize>,
}

impl Frame<'_, '_> {
    /// One goal per coordinated goal: where one rule read "to strengthen
    /// A and expand B" as a whole and another as its two goals, the whole
    /// (a goal span of the sentence holding two others) goes.
    fn drop_coordinated_goal_wholes(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let range = self.range.clone();
        let entities = &*self.entities;
        let span_of = |f: &Found| {
            (f.property == goal_property)
                .then(|| {
                    entities[f.subject]
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| m.start >= range.start && m.end <= range.end)
                        .cloned()
                })
                .flatten()
        };
        let spans: Vec<Range<usize>> = self.out[self.first_fact..]
            .iter()
            .filter_map(span_of)
            .collect();
        let whole = |w: &Range<usize>| {
            let mut parts: Vec<&Range<usize>> = spans
                .iter()
                .filter(|p| *p != w && p.start >= w.start && p.end <= w.end)
                .collect();
            parts.sort_by_key(|p| (p.start, p.end));
            parts.dedup();
            parts.len() >= 2
        };
        let wholes: Vec<Range<usize>> = spans.iter().filter(|w| whole(w)).cloned().collect();
        if wholes.is_empty() {
            return;
        }
        let mut k = self.first_fact;
        while k < self.out.len() {
            if span_of(&self.out[k]).is_some_and(|s| wholes.contains(&s)) {
                self.out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Whether the tagger tagged token `t` a finite verb or a modal.
    fn is_finite_verb(&self, t: usize) -> bool {
        is_finite_verb(self.syntax.tagger_tags(t).1)
    }

    /// Whether the tagger tagged token `t` a present participle: after a
    /// form of "be" it makes the progressive, an active verb ("the ministry
    /// is releasing the plan").
    fn is_present_participle(&self, t: usize) -> bool {
        self.syntax.tagger_tags(t).1 == "VBG"
    }

    /// Whether the tagger tagged token `t` an adjective or an adverb, the
    /// words that modify a noun before it ("new", "first").
    fn is_noun_modifier(&self, t: usize) -> bool {
        matches!(self.syntax.tagger_tags(t).1, "JJ" | "JJR" | "JJS" | "RB")
    }

    /// The outermost mention ending right before token `k`.
    fn mention_ending_at(&self, k: usize) -> Option<(Range<usize>, usize)> {
        self.mentions
            .iter()
            .filter(|(r, _)| r.end == k)
            .min_by_key(|(r, _)| r.start)
            .cloned()
    }

    /// The noun a relative goal-noun phrase ending before `k` speaks of:
    /// "the accord, the purpose of which …", "the fund, whose aim …" (`k`
    /// at the goal noun, or after "whose"): back over determiners and
    /// relative owner words (`kg:relativeOwnerWord`) to a comma, the goal
    /// owner mentioned right before it.
    fn relative_goal_owner(&self, k: usize) -> Option<usize> {
        let a = self.range.start;
        let mut j = k.min(self.range.end);
        while j > a
            && (self.lex.is_determiner(self.view.low(j - 1))
                || self
                    .lex
                    .words
                    .relative_owner_words
                    .contains(self.view.low(j - 1)))
        {
            j -= 1;
        }
        if j <= a || !self.view.is_punct(j - 1, ",") {
            return None;
        }
        self.mention_ending_at(j - 1)
            .map(|(_, e)| e)
            .filter(|&e| self.may_own_goal(e))
    }

    /// The outermost mention starting at token `k` (or after a determiner there).
    fn mention_starting_at(&self, k: usize) -> Option<(Range<usize>, usize)> {
        let direct = self
            .mentions
            .iter()
            .filter(|(r, _)| r.start == k)
            .max_by_key(|(r, _)| r.end)
            .cloned();
        if direct.is_some() || k >= self.range.end || !self.lex.is_determiner(self.view.low(k)) {
            return direct;
        }
        // "the 2024 National Strategy": a year between the article and the name.
        let mut n = k + 1;
        if n + 1 < self.range.end && is_year(self.view.text(n)) {
            n += 1;
        }
        self.mentions
            .iter()
            .filter(|(r, _)| r.start == k + 1 || r.start == n)
            .max_by_key(|(r, _)| r.end)
            .cloned()
    }

    /// Entities coordinated leftwards from a mention ending at `end`:
    /// "A, B and C", "A and B", "A; B; and C".
    fn subjects_ending_at(&self, end: usize) -> Vec<(Range<usize>, usize)> {
        let mut list = Vec::new();
        let Some(mut m) = self
            .mention_ending_at(end)
            .or_else(|| self.mention_before_parenthesis(end))
        else {
            return self.plural_noun_parties_ending_at(end);
        };
        // "the Council of Governors (COG) of Kestria released …": a name
        // after "of" past a body's short form in brackets is the body's
        // complement; the body is the subject.
        if let Some(body) =
            m.0.start
                .checked_sub(1)
                .filter(|&of| {
                    of > self.range.start
                        && self
                            .lex
                            .words
                            .genitive_prepositions
                            .contains(self.view.low(of))
                })
                .and_then(|of| self.mention_before_parenthesis(of))
        {
            m = body;
        }
        loop {
            list.push(m.clone());
            let mut k = m.0.start;
            // Skip a determiner in front of the mention.
            if k > self.range.start && self.lex.is_determiner(self.view.low(k - 1)) {
                k -= 1;
            }
            // Honorifics before the name ("and Ms Bo Lind").
            k = self.skip_honorifics_left(k);
            // A title before the name, or set off by a comma ("Kestria's
            // Secretary of Energy, Bo Lind, and …").
            k = self.skip_title_left(k);
            // "and her Norlandic counterpart, Bo Lind": the phrase
            // introduces the name.
            if let Some((phrase, _)) = self.counterpart_before(k) {
                k = phrase;
            }
            // "and counterparts from A, B and C": the phrase stands for a
            // person of each place; the coordination goes on before it.
            if let Some(phrase) = self.representatives_before(k) {
                k = phrase;
            }
            let mut j = k;
            let mut joined = false;
            let mut by_and = false;
            while j > self.range.start
                && (self.lex.words.conjunctions.contains(self.view.low(j - 1))
                    || self.view.is_punct(j - 1, ",")
                    || self.view.is_punct(j - 1, ";"))
            {
                j -= 1;
                joined = true;
                by_and |= self.lex.words.conjunctions.contains(self.view.low(j));
            }
            if !joined {
                break;
            }
            // "Ada Quist, Minister for Trade of Kestria, and Bo Lind, …": an
            // office set off by commas after a person is that person's
            // apposition; the list member is the person.
            if let Some(holder) = self.appositive_holder_ending_at(j) {
                m = holder;
                continue;
            }
            // "A (AX) and B (BX)": a member may carry its acronym too.
            match self
                .mention_ending_at(j)
                .or_else(|| self.mention_before_parenthesis(j))
            {
                // A name after a comma alone may end an adjunct ("in Kestria,
                // A and B signed"): a list member opens the sentence or follows
                // punctuation, a joiner or a capitalised word.
                // So does the first owner after a plural office or body
                // ("the Parliaments of A, B and C").
                Some(prev)
                    if by_and
                        || self.opens_list_member(prev.0.start)
                        || self.plural_head_before(prev.0.start).is_some()
                        || self.representatives_before(prev.0.start).is_some() =>
                {
                    m = prev
                }
                _ => break,
            }
        }
        list.reverse();
        self.with_plural_owners(list)
    }

    /// From token `k`, leftwards over the person titles right before it
    /// ("Ms", "H.E. Mr."), each with or without its full stop; `k` itself
    /// when none is there.
    fn skip_honorifics_left(&self, k: usize) -> usize {
        let a = self.range.start;
        let mut s = k;
        loop {
            let mut e = s;
            if e > a && self.view.is_punct(e - 1, ".") {
                e -= 1;
            }
            let title = (e.saturating_sub(MAX_HONORIFIC_WORDS).max(a)..e).find(|&t| {
                self.lex
                    .person_titles
                    .longest_at(self.view, t, e)
                    .is_some_and(|(len, _)| t + len == e)
            });
            match title {
                Some(t) if !self.positions.iter().any(|p| p.tokens.contains(&t)) => s = t,
                _ => return s,
            }
        }
    }

    /// The person a position phrase ending at `end` is set off after by a
    /// comma ("Ada Quist, the Minister for Trade of Kestria"), when one is.
    fn appositive_holder_ending_at(&self, end: usize) -> Option<(Range<usize>, usize)> {
        let a = self.range.start;
        let p = self.positions.iter().find(|p| p.tokens.end == end)?;
        let mut s = p.tokens.start;
        if s > a && self.lex.is_determiner(self.view.low(s - 1)) {
            s -= 1;
        }
        if s < a + 2 || !self.view.is_punct(s - 1, ",") {
            return None;
        }
        self.mention_ending_at(s - 1)
            .filter(|(_, e)| self.is_person(*e))
    }

    /// A pair phrase ("the two countries", "both ministries") opening at
    /// token `start`: the two entities it stands for, or none.
    fn pair_starting_at(&self, start: usize) -> Vec<(Range<usize>, usize)> {
        let b = self.range.end;
        let last = (start + 3 + MAX_PAIR_MODIFIERS).min(b);
        let Some(noun) = (start..last)
            .take_while(|&t| self.view.is_word(t))
            .find(|&t| {
                self.lex.pair_nouns.contains_key(self.view.low(t))
                    || self.lex.words.party_terms.contains(self.view.low(t))
            })
        else {
            return Vec::new();
        };
        let pair = self.pair_ending_at(noun + 1, true);
        if pair.first().is_some_and(|(r, _)| r.start == start) {
            pair
        } else {
            Vec::new()
        }
    }

    /// "The two ministers", "both countries", "the three provinces", "all
    /// four partners" ending at `end`: the entities of the pair noun's class
    /// the text named before the phrase, in the order they were last named.
    ///
    /// A pair ("both", "the two") stands for the last two named, or with
    /// `most_named` the two named most often before the phrase (the more
    /// recent first at equal counts; none where a third is named as often
    /// as the second), where a pair phrase after a preposition ("between the
    /// two countries") names the document's parties rather than a place an
    /// aside named last. A larger count ("the three provinces") stands for
    /// the things of the class the text names before it, everything from
    /// the headline on, only where it names exactly that many: a count
    /// that does not match leaves the phrase unresolved.
    ///
    /// A plural of people after the article alone ("the leaders signed
    /// the statement") is a pair too, of the two people the text named
    /// before it, only where it named exactly two and no complement
    /// follows ("the leaders of the region" are others).
    ///
    /// Counting a larger group, a thing named only inside the name of
    /// another of the class ("Kestria" in "the Government of Kestria") is
    /// that one's part, not one more member; a pair counts every mention,
    /// the place inside a government's name too (the place is the party
    /// the text names most).
    fn pair_ending_at(&self, end: usize, most_named: bool) -> Vec<(Range<usize>, usize)> {
        let (a, view, words) = (self.range.start, self.view, &self.lex.words);
        if end < a + 2 {
            return Vec::new();
        }
        // "The Participants", "both Parties": the parties the text defined
        // by that term.
        if let Some((start, parties)) = self.defined.group_ending_at(view, self.lex, a, end) {
            return parties.iter().map(|&e| (start..end, e)).collect();
        }
        let Some(class) = self.lex.pair_nouns.get(view.low(end - 1)) else {
            return Vec::new();
        };
        let determiner = |t: usize| {
            self.lex.is_determiner(view.low(t))
                || words.possessive_determiners.contains(view.low(t))
        };
        let count = |t: usize| self.lex.group_count(view.low(t));
        let whole = |t: usize| words.whole_group_quantifiers.contains(view.low(t));
        // Up to two modifiers of the noun ("the two foreign ministers",
        // "both trading nations").
        let is_pair_word = |t: usize| {
            words.pair_quantifiers.contains(view.low(t)) || count(t).is_some() || determiner(t)
        };
        let mut bare_people = false;
        let Some(q) = (end.saturating_sub(1 + MAX_PAIR_MODIFIERS).max(a)..end - 1)
            .rev()
            .find(|&t| is_pair_word(t) || !view.is_word(t))
            .filter(|&t| is_pair_word(t))
        else {
            return Vec::new();
        };
        let (start, size) = if words.pair_quantifiers.contains(view.low(q)) {
            (q, 2)
        } else if let Some(n) = count(q).filter(|_| q > a) {
            if determiner(q - 1) {
                // "the two ministers", "all the three provinces"
                if q - 1 > a && whole(q - 2) {
                    (q - 2, n)
                } else {
                    (q - 1, n)
                }
            } else if whole(q - 1) {
                // "all four partners"
                (q - 1, n)
            } else {
                return Vec::new();
            }
        } else if q > a && determiner(q) && words.pair_quantifiers.contains(view.low(q - 1)) {
            // "both the countries"
            (q - 1, 2)
        } else if q + 2 == end
            && words.definite_articles.contains(view.low(q))
            && *class == self.lex.classes.person
        {
            // "the leaders", "the ministers": a plural of people after the
            // article alone, checked below to name a pair.
            bare_people = true;
            (q, 2)
        } else {
            return Vec::new();
        };
        // "The leaders of the region": a complement says which people
        // are meant, not the ones named before.
        if bare_people
            && end < self.range.end
            && words.genitive_prepositions.contains(view.low(end))
        {
            return Vec::new();
        }
        if size < 2 {
            return Vec::new();
        }
        // "None of the three countries", "two of the three countries",
        // "neither of the two": some of the group (or none), never all.
        if start >= a + 2 && words.genitive_prepositions.contains(view.low(start - 1)) {
            let before = view.low(start - 2);
            if words.partitive_words.contains(before)
                || self.lex.group_count(before).is_some()
                || self.lex.is_number_word(before)
            {
                return Vec::new();
            }
        }
        // "All three countries except Italy": the group less some of it.
        if end < self.range.end && words.exception_words.contains(view.low(end)) {
            return Vec::new();
        }
        let fits = |e: &EntityDraft| self.ontology.is_subclass_of(&e.class, class);
        if size > 2 {
            let mut groups = self.groups.borrow_mut();
            let stale = groups
                .get(class.as_str())
                .is_none_or(|g| g.built_for != self.entities.len());
            if stale {
                // "The three parties" are bodies: the persons named with
                // them act for them (persons have pair nouns of their own,
                // "the three ministers"). A pair keeps every agent.
                let person = &self.lex.classes.person;
                let bodies = self.ontology.is_subclass_of(person, class)
                    && !self.ontology.is_subclass_of(class, person);
                let counts = |e: &EntityDraft| fits(e) && !(bodies && &e.class == person);
                let index = GroupIndex::new(self.entities, counts, |_| false);
                groups.insert(class.clone(), index);
            }
            let group = groups[class.as_str()].group_before(start, size);
            if !self.in_one_place(class, &group) {
                return Vec::new();
            }
            return group.into_iter().map(|e| (start..end, e)).collect();
        }
        // A pair: every mention of the class before the phrase counts.
        let mut latest: Vec<(usize, usize, usize)> = Vec::new();
        for (i, e) in self.entities.iter().enumerate().filter(|(_, e)| fits(e)) {
            let (mut times, mut last) = (0, None);
            for m in e.mentions.iter().filter(|m| m.end <= start) {
                times += 1;
                last = last.max(Some(m.start));
            }
            if let Some(last) = last {
                latest.push((if most_named { times } else { 0 }, last, i));
            }
        }
        // A bare plural of people is the pair only where the text has
        // named exactly two people before it: with a third, "the
        // ministers" may be any of them, or more than were named.
        if latest.len() < 2 || (bare_people && latest.len() > 2) {
            return Vec::new();
        }
        latest.sort_unstable_by(|x, y| y.cmp(x));
        // The two named most often stand out from a third named as often
        // ("counterparts from A, B and C" before "between the two
        // countries"), or the phrase names no pair the text makes clear.
        if most_named && latest.len() > 2 && latest[1].0 == latest[2].0 {
            return Vec::new();
        }
        let latest: Vec<(usize, usize)> = latest.into_iter().map(|(_, s, i)| (s, i)).collect();
        let mut pair = [latest[1], latest[0]];
        pair.sort_unstable();
        pair.iter().map(|&(_, e)| (start..end, e)).collect()
    }

    /// Whether the places of a counted group (of a place class) lie in one
    /// place where the gazetteer locates them: "the four provinces" are not
    /// three Canadian provinces and Texas.
    fn in_one_place(&self, class: &str, group: &[usize]) -> bool {
        if !self.ontology.is_subclass_of(class, &self.lex.classes.place) {
            return true;
        }
        let individuals = &self.ontology.individuals;
        let located: Vec<&[String]> = group
            .iter()
            .filter_map(|&e| match &self.entities[e].key {
                EntityKey::Known(iri) => individuals
                    .binary_search_by(|i| i.iri.as_str().cmp(iri))
                    .ok()
                    .map(|k| individuals[k].located_in.as_slice()),
                _ => None,
            })
            .filter(|places| !places.is_empty())
            .collect();
        located
            .first()
            .is_none_or(|first| first.iter().any(|p| located.iter().all(|l| l.contains(p))))
    }

    /// "Kestrian and Norlandic farmers" from `start`: two or more
    /// demonyms joined by commas and a final coordinator, before the noun
    /// they modify; the places they name, each once.
    fn coordinated_demonyms_starting_at(&self, start: usize) -> Vec<usize> {
        self.coordinated_demonyms_from(start)
            .map(|(places, _)| places)
            .unwrap_or_default()
    }

    /// [`Self::coordinated_demonyms_starting_at`], with the token the
    /// modified noun starts at.
    fn coordinated_demonyms_from(&self, start: usize) -> Option<(Vec<usize>, usize)> {
        let b = self.range.end;
        let demonym_at = |k: usize| {
            self.demonyms
                .iter()
                .filter(|(r, _)| r.start == k)
                .max_by_key(|(r, _)| r.end)
                .cloned()
        };
        let mut places = Vec::new();
        let mut k = start;
        let mut joined_by_and = false;
        while let Some((r, e)) = demonym_at(k) {
            if !places.contains(&e) {
                places.push(e);
            }
            k = r.end;
            let mut j = k;
            while j < b && (self.is_coordinator(self.view.low(j)) || self.view.is_punct(j, ",")) {
                joined_by_and |= self.is_coordinator(self.view.low(j));
                j += 1;
            }
            if j == k || j >= b {
                break;
            }
            k = j;
        }
        // The modified noun follows the last demonym.
        let noun_follows = k < b && self.view.is_word(k) && demonym_at(k).is_none();
        (places.len() >= 2 && joined_by_and && noun_follows).then_some((places, k))
    }

    /// The parties a plural noun ending at `end` stands for: the two named
    /// most often before it ("the two governments", [`Self::pair_ending_at`];
    /// a third named last in passing is seldom one of them) or the places
    /// modifying it ("the Kestrian and Norlandic governments",
    /// [`Self::coordinated_modifiers_ending_at`]); the two never both apply.
    fn plural_noun_parties_ending_at(&self, end: usize) -> Vec<(Range<usize>, usize)> {
        let pair = self.pair_ending_at(end, true);
        if pair.is_empty() {
            self.coordinated_modifiers_ending_at(end)
        } else {
            pair
        }
    }

    /// The owners a plural office or body phrase names, each a party where
    /// the phrase is one: "the Governments of Kestria and Norland", "the
    /// Ministries of Health of A and B", "we, the Ministers of Energy of A
    /// and B, …" (the phrase, one mention, see `plural_offices`). The owners
    /// are the places mentioned inside the phrase after its last genitive
    /// preposition, coordinated up to its end; none when `r` is no such
    /// phrase.
    fn plural_owners(&self, r: &Range<usize>) -> Option<Vec<Filler>> {
        let (view, words) = (self.view, &self.lex.words);
        if !opens_with_plural_head(view, self.lex, r.start, r.end) {
            return None;
        }
        let mut owners: Vec<Filler> = Vec::new();
        let mut end = r.end;
        loop {
            let (m, e) = self
                .mentions
                .iter()
                .filter(|(m, e)| m.end == end && m.start > r.start && m != r && self.is_place(*e))
                .min_by_key(|(m, _)| m.start)?
                .clone();
            owners.push((m.clone(), e));
            let before = m.start - 1;
            if words.genitive_prepositions.contains(view.low(before)) {
                break;
            }
            if before <= r.start
                || !(self.is_coordinator(view.low(before)) || view.is_punct(before, ","))
            {
                return None;
            }
            end = before;
            if view.is_punct(end - 1, ",") {
                end -= 1;
            }
        }
        owners.reverse();
        (owners.len() >= 2).then_some(owners)
    }

    /// Where the plural office or body head starts whose genitive
    /// complement opens at token `k` ("the Ministries of Health of" before
    /// "A and B"), after a determiner or opening the sentence: the words
    /// between are capitalised, genitive prepositions, coordinators or
    /// articles ("Ministers for the Environment and Water of").
    fn plural_head_before(&self, k: usize) -> Option<usize> {
        let (a, view, words) = (self.range.start, self.view, &self.lex.words);
        if k < a + 2 || !words.genitive_prepositions.contains(view.low(k - 1)) {
            return None;
        }
        let of = k - 1;
        let mut t = of;
        while t > a && of - t < MAX_PLURAL_HEAD_WORDS {
            t -= 1;
            let word = view.low(t);
            if opens_with_plural_head(view, self.lex, t, of)
                && (t == a || self.lex.is_determiner(view.low(t - 1)))
            {
                return Some(t);
            }
            if !(view.is_capitalised(t)
                || words.genitive_prepositions.contains(word)
                || words.definite_articles.contains(word)
                || self.is_coordinator(word))
            {
                return None;
            }
        }
        None
    }

    /// `list` with each plural office or body phrase in it replaced by the
    /// owners it names ([`Self::plural_owners`]).
    fn with_plural_owners(&self, list: Vec<Filler>) -> Vec<Filler> {
        if !list.iter().any(|(r, _)| self.plural_owners(r).is_some()) {
            return list;
        }
        let mut out: Vec<Filler> = Vec::new();
        for (r, e) in list {
            match self.plural_owners(&r) {
                Some(owners) => {
                    for owner in owners {
                        if !out.iter().any(|(_, o)| *o == owner.1) {
                            out.push(owner);
                        }
                    }
                }
                None => out.push((r, e)),
            }
        }
        out
    }

    /// The one country a body is tied to by the words of its name in the
    /// sentence (`r`): a country named or written as an adjective inside
    /// it ("the Kestrian Ministry of Energy", "the Department of Mines of
    /// Norland", "Norland's Department of Mines"). None for a person, a
    /// place, or a name tying it to no country or to two.
    fn country_of_body(&self, r: &Range<usize>, e: usize, property: usize) -> Option<usize> {
        let class = &self.entities[e].class;
        if self.is_person(e) || self.ontology.is_subclass_of(class, &self.lex.classes.place) {
            return None;
        }
        let mut countries: Vec<usize> = self
            .mentions
            .iter()
            .chain(&self.demonyms)
            .filter(|(m, o)| {
                *o != e
                    && m != r
                    && r.start <= m.start
                    && m.end <= r.end
                    && self.is_acting_place(*o, property)
            })
            .map(|(_, o)| *o)
            .collect();
        countries.sort_unstable();
        countries.dedup();
        match countries.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Whether entity `e` is of the place class (`kg:placeClass`) or below.
    fn is_place(&self, e: usize) -> bool {
        self.ontology
            .is_subclass_of(&self.entities[e].class, &self.lex.classes.place)
    }

    /// Whether entity `e` is a place that can be a party of `property` (a
    /// country, not a city).
    fn is_acting_place(&self, e: usize, property: usize) -> bool {
        self.is_place(e)
            && self
                .ontology
                .fits(&self.entities[e].class, &self.property(property).domain)
    }

    /// Whether one of two parties of symmetric `property` is a place that
    /// can be one (a country, a state) and the other an area the gazetteer
    /// does not know ("cooperation between Greenland and Iceland", "the
    /// relationship between East Java and Western Australia"): named as the
    /// partner of a governed place, an area stands for its own government,
    /// as a known state or province does. A city, or an area the gazetteer
    /// knows to govern nothing (a continent), stays a place.
    fn area_beside_acting_place(&self, first: usize, second: usize, property: usize) -> bool {
        let unknown_area = |e: usize| {
            let entity = &self.entities[e];
            matches!(entity.key, EntityKey::Named(_))
                && (entity.class == self.lex.classes.place
                    || self
                        .lex
                        .classes
                        .area
                        .iter()
                        .any(|c| self.ontology.is_subclass_of(&entity.class, c)))
        };
        (self.is_acting_place(first, property) && unknown_area(second))
            || (self.is_acting_place(second, property) && unknown_area(first))
    }

    /// Whether coordinated `subjects` act together as parties of `property`
    /// (a symmetric one): the owners a
    /// plural office or body phrase names together ("the Governments of A
    /// and B"), or bodies each tied to a different country ("the Kestrian
    /// Ministry of Energy and the Department of Mines of Norland"). Bodies
    /// of one country, or of none, may each act alone.
    fn joint_parties(&self, subjects: &[Filler], property: usize) -> bool {
        if subjects.len() < 2 {
            return false;
        }
        let named_together = subjects
            .first()
            .is_some_and(|(r, _)| self.plural_head_before(r.start).is_some())
            && subjects
                .iter()
                .all(|(_, e)| self.is_acting_place(*e, property));
        if named_together {
            return true;
        }
        let mut countries = Vec::new();
        for (r, e) in subjects {
            match self.country_of_body(r, *e, property) {
                Some(c) if !countries.contains(&c) => countries.push(c),
                _ => return false,
            }
        }
        true
    }

    /// The symmetric properties a verb (`verb`, its first word the verb
    /// proper) states of coordinated subjects acting together: those whose
    /// one-word verb triggers or reciprocal verb triggers it inflects
    /// ("signed", "issued", "agreed" of "agreed to"; `Lexicon::joint_act_verbs`).
    fn joint_act_properties(&self, verb: &Range<usize>) -> Vec<usize> {
        self.lex
            .joint_act_verbs
            .get(self.view.low(verb.start))
            .cloned()
            .unwrap_or_default()
    }

    /// "The Kestrian and Norlandic governments", "the UK and Kestrian
    /// governments" ending at `end`: a plural noun (`kg:pairNoun`) modified
    /// by two or more coordinated places of its class (countries for
    /// "governments"), named or as adjectives. Each place is a party.
    fn coordinated_modifiers_ending_at(&self, end: usize) -> Vec<(Range<usize>, usize)> {
        let (a, view) = (self.range.start, self.view);
        if end < a + 4 {
            return Vec::new();
        }
        let Some(class) = self.lex.pair_nouns.get(view.low(end - 1)) else {
            return Vec::new();
        };
        // A place the plural noun can stand for: a country for "governments".
        let fits = |e: usize| {
            let c = &self.entities[e].class;
            self.ontology.is_subclass_of(c, &self.lex.classes.place)
                && self.ontology.is_subclass_of(c, class)
        };
        let country_ending_at = |k: usize| {
            self.demonyms
                .iter()
                .chain(&self.mentions)
                .filter(|(r, e)| r.end == k && fits(*e))
                .min_by_key(|(r, _)| r.start)
                .cloned()
        };
        let mut list = Vec::new();
        let mut k = end - 1;
        let mut joined_by_and = false;
        while let Some(item) = country_ending_at(k) {
            k = item.0.start;
            list.push(item);
            let mut j = k;
            while j > a && (self.is_coordinator(view.low(j - 1)) || view.is_punct(j - 1, ",")) {
                j -= 1;
                joined_by_and |= self.is_coordinator(view.low(j));
            }
            if j == k {
                break;
            }
            k = j;
        }
        if list.len() < 2 || !joined_by_and {
            return Vec::new();
        }
        list.reverse();
        list
    }

    /// The places of a coordinated modifier list (see
    /// [`Self::coordinated_modifiers_ending_at`]) starting at token `start`
    /// or after a determiner there.
    fn modifier_list_starting_at(&self, start: usize) -> Option<Vec<(Range<usize>, usize)>> {
        let b = self.range.end;
        let first = if start < b && self.lex.is_determiner(self.view.low(start)) {
            start + 1
        } else {
            start
        };
        (first + 3..b.min(first + MAX_MODIFIER_LIST_WORDS + 1))
            .find(|&t| self.lex.pair_nouns.contains_key(self.view.low(t)))
            .map(|noun| self.coordinated_modifiers_ending_at(noun + 1))
            .filter(|list| list.first().is_some_and(|(r, _)| r.start == first))
    }

    /// Whether a mention starting at `start` can be a member of a list:
    /// nothing before it in the sentence but a determiner, punctuation, a
    /// joiner or a capitalised word.
    fn opens_list_member(&self, start: usize) -> bool {
        let a = self.range.start;
        let mut s = start;
        if s > a && self.lex.is_determiner(self.view.low(s - 1)) {
            s -= 1;
        }
        s == a
            || self.view.toks[s - 1].kind == crate::text::TokenKind::Punct
            || self.view.is_capitalised(s - 1)
            || self.lex.words.conjunctions.contains(self.view.low(s - 1))
    }

    /// Entities coordinated rightwards from token `start`.
    fn objects_starting_at(&self, start: usize) -> Vec<(Range<usize>, usize)> {
        // "between the two countries", "with both ministries": a pair
        // phrase stands for the last two of its noun's class named.
        if self
            .mention_starting_at(self.skip_title_right(start))
            .is_none()
        {
            let pair = self.pair_starting_at(start);
            if !pair.is_empty() {
                return pair;
            }
        }
        let mut list = Vec::new();
        let mut k = start;
        while let Some(m) = self.member_starting_at(k) {
            k = self.list_member_end(&m);
            list.push(m);
            // "the National Strategy (the Strategy) and …": a short name in
            // brackets after a member belongs to it.
            if let Some(next) = self.bracketed_short_form_end(k) {
                if next < self.range.end
                    && (self.is_coordinator(self.view.low(next)) || self.view.is_punct(next, ","))
                {
                    k = next;
                }
            }
            let mut j = k;
            while j < self.range.end
                && (self.is_coordinator(self.view.low(j))
                    || self.view.is_punct(j, ",")
                    || self.view.is_punct(j, ";"))
            {
                j += 1;
            }
            if j == k || j >= self.range.end {
                break;
            }
            // "the Strategy and accompanying Action Plan"
            if j > k
                && self.is_coordinator(self.view.low(j - 1))
                && self
                    .lex
                    .words
                    .companion_modifiers
                    .contains(self.view.low(j))
            {
                j += 1;
            }
            // "as well as"
            k = j;
        }
        self.with_plural_owners(list)
    }

    /// The list member named from token `k`: past a title ("Energy
    /// Secretary Bo Lind") and past honorifics the name's mention leaves
    /// out ("by Mr Bo Lind, …").
    fn member_starting_at(&self, k: usize) -> Option<(Range<usize>, usize)> {
        self.mention_starting_at(self.skip_title_right(k))
            .or_else(|| {
                let past = self.skip_honorifics_right(k);
                (past > k)
                    .then(|| self.mention_starting_at(self.skip_title_right(past)))
                    .flatten()
            })
    }

    /// From token `k`, rightwards over person titles that open no office
    /// ("Mr", "H.E. Dr."), each with or without its full stop; `k` itself
    /// when none is there.
    fn skip_honorifics_right(&self, k: usize) -> usize {
        let b = self.range.end;
        let mut s = k;
        for _ in 0..MAX_HONORIFIC_WORDS {
            if self.positions.iter().any(|p| p.tokens.start == s) {
                break;
            }
            let Some((len, _)) = self.lex.person_titles.longest_at(self.view, s, b) else {
                break;
            };
            let mut e = s + len;
            if e < b && self.view.is_punct(e, ".") {
                e += 1;
            }
            if e >= b {
                break;
            }
            s = e;
        }
        s
    }

    /// Where list member `m` ends with what belongs to it after its name:
    /// the party a person acts for ("A for Kestria, and B": Kestria is not
    /// listed), then a person's office set off by commas ("A, the Minister
    /// of Energy, and B") or a unit's parent body.
    fn list_member_end(&self, m: &(Range<usize>, usize)) -> usize {
        let k = self.skip_representation_right(m.0.end);
        if self.is_person(m.1) {
            self.skip_affiliation_right(k)
        } else {
            self.skip_parent_body_right(m.0.clone(), k)
        }
    }

    /// "the Department of Fisheries, Ministry of Agriculture of Kestria and
    /// …": a unit's name (`kg:subunitHead`) followed by a comma and, without
    /// a determiner, the name of its parent body (`kg:parentBodyHead`) that
    /// no further comma follows is the unit in apposition, one party: from
    /// `k` (the unit's end), past the parent; `k` itself otherwise.
    fn skip_parent_body_right(&self, unit: Range<usize>, k: usize) -> usize {
        let words = &self.lex.words;
        let b = self.range.end;
        if unit.is_empty() || k + 1 >= b || !self.view.is_punct(k, ",") {
            return k;
        }
        let head = if self.lex.is_determiner(self.view.low(unit.start)) && unit.len() > 1 {
            unit.start + 1
        } else {
            unit.start
        };
        if !words.subunit_heads.contains(self.view.low(head))
            || !words.parent_body_heads.contains(self.view.low(k + 1))
        {
            return k;
        }
        match self
            .mentions
            .iter()
            .filter(|(r, e)| r.start == k + 1 && !self.is_person(*e))
            .max_by_key(|(r, _)| r.end)
        {
            Some((parent, _)) if !(parent.end < b && self.view.is_punct(parent.end, ",")) => {
                parent.end
            }
            _ => k,
        }
    }

    /// Where the short form in brackets right after a name that ends at
    /// token `k` ends ("(MOW)"): the token after the closing bracket.
    fn bracketed_short_form_end(&self, k: usize) -> Option<usize> {
        let b = self.range.end;
        if k >= b || !self.view.is_punct(k, "(") {
            return None;
        }
        (k + 2..b.min(k + 2 + MAX_ACRONYM_TOKENS))
            .find(|&t| self.view.is_punct(t, ")"))
            .map(|close| close + 1)
    }

    /// Entities coordinated rightwards from token `start`, right after a
    /// preposition, going on where a coordinator repeats that preposition
    /// ("signed by A on Monday and by B on Tuesday", "a member of A and of
    /// B"), past time and place adjuncts before it.
    fn objects_repeating_preposition(&self, start: usize) -> Vec<(Range<usize>, usize)> {
        let mut list = self.objects_starting_at(start);
        let b = self.range.end;
        if start <= self.range.start || start > b {
            return list;
        }
        let preposition = self.view.low(start - 1);
        for _ in 0..MAX_REPEATED_PREPOSITIONS {
            let Some(last) = list.last() else {
                break;
            };
            // "signed by A, the Director-General of X, and by B": the
            // preposition repeats after what belongs to the last member.
            let mut k = self.skip_adjuncts_right(self.list_member_end(last));
            while k < b && self.view.is_punct(k, ",") {
                k += 1;
            }
            if !(k + 1 < b && self.is_coordinator(self.view.low(k))) {
                break;
            }
            // "and later by B"
            let mut at = k + 1;
            while at < b
                && (self.lex.is_adverb(self.view.low(at))
                    || self.lex.words.adjunct_adverbs.contains(self.view.low(at)))
            {
                at += 1;
            }
            if !(at + 1 < b && self.view.low(at) == preposition) {
                break;
            }
            let more = self.objects_starting_at(at + 1);
            if more.is_empty() {
                break;
            }
            list.extend(more);
        }
        list
    }

    /// The mention before a parenthesis that ends at `end`: "the Accord
    /// (TCA) was signed" — the acronym in brackets repeats the name.
    fn mention_before_parenthesis(&self, end: usize) -> Option<(Range<usize>, usize)> {
        let a = self.range.start;
        if end <= a + 2 || !self.view.is_punct(end - 1, ")") {
            return None;
        }
        let open = (a..end - 1)
            .rev()
            .take(8)
            .find(|&t| self.view.is_punct(t, "("))?;
        self.mention_ending_at(open)
    }

    /// From token `k` (the start of a name), leftwards over a title that
    /// belongs to the name: one right before it ("Energy Secretary Bo
    /// Lind") or one set off by a comma ("Kestria's Secretary of Energy, Bo
    /// Lind"), with its possessor and determiner.
    fn skip_title_left(&self, k: usize) -> usize {
        let a = self.range.start;
        let mut j = k;
        if j > a + 1 && self.view.is_punct(j - 1, ",") {
            j -= 1;
        }
        let Some(mut p) = self.positions.iter().find(|p| p.tokens.end == j) else {
            return k;
        };
        // Offices coordinated before one name, as `skip_title_right` reads
        // them: "Deputy Prime Minister and Minister of Trade Bo Lind".
        for _ in 0..MAX_REPEATED_PREPOSITIONS {
            let s = p.tokens.start;
            let before = (s > a + 1 && self.is_coordinator(self.view.low(s - 1)))
                .then(|| self.positions.iter().find(|q| q.tokens.end == s - 1))
                .flatten();
            match before {
                Some(q) => p = q,
                None => break,
            }
        }
        let mut s = p.tokens.start;
        if s > a + 1 && self.lex.is_possessive(self.view, s - 1) {
            if let Some(owner) = self.mention_ending_at(s - 1) {
                s = owner.0.start;
            }
        }
        if s > a && self.lex.is_determiner(self.view.low(s - 1)) {
            s -= 1;
        }
        s
    }

    /// From token `k`, rightwards over a title that introduces the name
    /// after it ("Foreign Secretary Ada Quist", "Minister of Finance, Bo
    /// Lind"); `k` itself when no title starts there.
    fn skip_title_right(&self, k: usize) -> usize {
        let b = self.range.end;
        let start = if k < b && self.lex.is_determiner(self.view.low(k)) {
            k + 1
        } else {
            k
        };
        let Some(mut p) = self.positions.iter().find(|p| p.tokens.start == start) else {
            return k;
        };
        // Offices coordinated before one name: "Deputy Prime Minister and
        // Defence Minister Ada Quist".
        for _ in 0..MAX_REPEATED_PREPOSITIONS {
            let e = p.tokens.end;
            let next = (e + 1 < b && self.is_coordinator(self.view.low(e)))
                .then(|| self.positions.iter().find(|q| q.tokens.start == e + 1))
                .flatten();
            match next {
                Some(q) => p = q,
                None => break,
            }
        }
        let mut j = p.tokens.end;
        if j < b && self.view.is_punct(j, ",") {
            j += 1;
        }
        if self.mention_starting_at(j).is_some() {
            j
        } else {
            self.apposed_name_after(p.tokens.end).unwrap_or(k)
        }
    }

    /// The party a person named right before token `k` acts for: the name
    /// or adjective after a representation cue ("… on behalf of the
    /// Government of Kestria", "… for the Kestrian government"), with its
    /// tokens.
    fn represented_party(&self, k: usize) -> Option<(Range<usize>, usize)> {
        let b = self.range.end;
        let cue = self.lex.representation.first_at(self.view, k, b)?;
        let mut j = k + cue.len();
        // A description's mention starts at its determiner ("on behalf of
        // the government of Chile"), a name's after it.
        if let Some(description) = self.mention_starting_at(j) {
            return Some(description);
        }
        if j < b && self.lex.is_determiner(self.view.low(j)) {
            j += 1;
        }
        self.mention_starting_at(j)
            .or_else(|| self.demonyms.iter().find(|d| d.0.start == j).cloned())
    }

    /// From token `k` (after a name), rightwards over the party the person
    /// acts for: "on behalf of the Government of Kestria", "for Kestria".
    fn skip_representation_right(&self, k: usize) -> usize {
        self.represented_party(k).map_or(k, |(party, _)| {
            // "on behalf of the government of Kestria": the party's
            // complement names whose government it is.
            let end = self.skip_genitive_complement(party.end);
            self.skip_noun_words_to_list_break(end)
        })
    }

    /// From token `k` (after a person's name), rightwards over the office
    /// and the bodies set off by commas after it: "Ada Quist, Secretary,
    /// Ministry of Energy, Government of Kestria and Bo Lind …" lists two
    /// people, the ministry and the government are where the first works.
    /// It needs the office: without it a comma-set body is a list member of
    /// its own ("Ada Quist, the Ministry of Energy and Bo Lind"). Stops at
    /// a person (the next member, perhaps after its title) and before a
    /// coordinator; `k` itself when no office follows.
    fn skip_affiliation_right(&self, k: usize) -> usize {
        let b = self.range.end;
        if k + 1 >= b || !self.view.is_punct(k, ",") {
            return k;
        }
        let mut start = k + 1;
        if self.is_article(start) {
            start += 1;
        }
        let Some(office) = self.positions.iter().find(|p| p.tokens.start == start) else {
            return k;
        };
        let mut j = office.tokens.end;
        if self
            .mention_starting_at(j)
            .is_some_and(|(_, e)| self.is_person(e))
        {
            return k;
        }
        while j + 1 < b && self.view.is_punct(j, ",") {
            let mut at = j + 1;
            if self.lex.is_determiner(self.view.low(at)) {
                at += 1;
            }
            match self.mention_starting_at(at) {
                Some((r, e)) if !self.is_person(e) && r.start == at => j = r.end,
                _ => break,
            }
        }
        // The person after the office's comma is the next member, with the
        // office as its title ("Ada Quist, Minister of Trade, Bo Lind"):
        // leave that reading to the caller.
        if j + 1 < b
            && self.view.is_punct(j, ",")
            && self
                .mention_starting_at(j + 1)
                .is_some_and(|(_, e)| self.is_person(e))
            && j == office.tokens.end
        {
            return k;
        }
        j
    }

    /// From token `k`, rightwards over "of [the] <mention>"; `k` itself
    /// when no such complement follows.
    fn skip_genitive_complement(&self, k: usize) -> usize {
        let b = self.range.end;
        if k + 1 >= b
            || !self
                .lex
                .words
                .genitive_prepositions
                .contains(self.view.low(k))
        {
            return k;
        }
        let mut j = k + 1;
        if j < b && self.lex.is_determiner(self.view.low(j)) {
            j += 1;
        }
        self.mention_starting_at(j).map_or(k, |(m, _)| m.end)
    }

    /// From token `k`, rightwards over the lowercase nouns that end a party's
    /// phrase ("on behalf of the Kestrian government and …"), when a list
    /// break (a coordinator, punctuation, the sentence's end) follows within
    /// [`MAX_PARTY_NOUN_WORDS`] words; `k` itself otherwise.
    fn skip_noun_words_to_list_break(&self, k: usize) -> usize {
        let (view, b) = (self.view, self.range.end);
        let mut j = k;
        while j < b && j - k <= MAX_PARTY_NOUN_WORDS {
            if self.is_coordinator(view.low(j))
                || view.toks[j].kind == crate::text::TokenKind::Punct
            {
                return j;
            }
            if !view.is_word(j) || view.is_capitalised(j) {
                return k;
            }
            j += 1;
        }
        if j == b {
            j
        } else {
            k
        }
    }

    /// The directed (not symmetric) property a one-word verb form at `k`
    /// states, if it is one; `participle` asks for a form that can head a
    /// passive ("signed", not "signs").
    fn directed_verb_property(&self, k: usize, participle: bool) -> Option<usize> {
        let lex = self.lex;
        lex.verb_forms
            .get(self.view.low(k))?
            .iter()
            .find(|f| {
                (f.participle || !participle)
                    && f.words.len() == 1
                    && !lex.properties[f.property].symmetric
            })
            .map(|f| f.property)
    }

    /// Whether a verb form of the word at `k` states `property`.
    fn verb_states(&self, k: usize, property: usize) -> bool {
        self.lex
            .verb_forms
            .get(self.view.low(k))
            .is_some_and(|forms| forms.iter().any(|f| f.property == property))
    }

    /// Walks left over auxiliaries, modals, negation and adverbs from `k`.
    fn skip_aux_left(&self, mut k: usize) -> usize {
        while k > self.range.start
            && (self.lex.is_verb_group_word(self.view.low(k - 1))
                || self.lex.words.negation_suffixes.ends(self.view.low(k - 1)))
        {
            k -= 1;
        }
        k
    }

    /// Walks left over a time adjunct between a subject and its verb:
    /// "X on Tuesday released", "X last week signed", "X in 2017 issued",
    /// "X on June 3 published", "X jointly issued".
    fn skip_time_left(&self, mut k: usize) -> usize {
        let words = &self.lex.words;
        let is_month =
            |w: &str| words.month_names.contains(w) || words.month_abbreviations.contains(w);
        let start = self.range.start;
        loop {
            let before = k;
            if k > start {
                let last = self.view.low(k - 1);
                let is_number = last.chars().all(|c| c.is_ascii_digit()) && !last.is_empty();
                if words.weekdays.contains(last) || words.time_span_nouns.contains(last) {
                    k -= 1;
                    if k > start && words.time_span_determiners.contains(self.view.low(k - 1)) {
                        k -= 1;
                    }
                } else if words.adjunct_adverbs.contains(last) {
                    k -= 1;
                } else if is_number && k - 1 > start && is_month(self.view.low(k - 2)) {
                    k -= 2;
                    if k > start && words.day_prepositions.contains(self.view.low(k - 1)) {
                        k -= 1;
                    }
                } else if (is_number && last.len() == 4 || is_month(last))
                    && k - 1 > start
                    && words.year_prepositions.contains(self.view.low(k - 2))
                {
                    k -= 2;
                }
            }
            if k == before {
                return k;
            }
        }
    }

    /// Whether a lowercase word joins items of a list (`kg:conjunction`, `kg:disjunction`).
    fn is_coordinator(&self, word: &str) -> bool {
        self.lex.words.conjunctions.contains(word) || self.lex.words.disjunctions.contains(word)
    }

    /// Walks right over adverbs and over time and place adjuncts between a
    /// participle and its agent: "signed on Tuesday by", "adopted in March
    /// 2021 by", "signed in Oslo by", "signed last week by".
    fn skip_adjuncts_right(&self, mut k: usize) -> usize {
        let words = &self.lex.words;
        let b = self.range.end;
        let is_month =
            |w: &str| words.month_names.contains(w) || words.month_abbreviations.contains(w);
        let is_year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
        let is_day = |w: &str| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
        for _ in 0..MAX_ADJUNCTS {
            let start = k;
            k = self.skip_adverbs_right(k);
            if k + 1 >= b {
                return k;
            }
            // "signed on behalf of Kestria by A": the party the agent acts
            // for comes between the participle and its agent.
            if self.represented_party(k).is_some() {
                k = self.skip_representation_right(k);
                continue;
            }
            let (word, next) = (self.view.low(k), self.view.low(k + 1));
            let preposition =
                words.day_prepositions.contains(word) || words.year_prepositions.contains(word);
            if words.adjunct_adverbs.contains(word) {
                // "signed today at the Grand Hall by A".
                k += 1;
            } else if preposition && (words.weekdays.contains(next) || is_year(next)) {
                k += 2;
            } else if preposition
                && (is_month(next) || is_day(next) && k + 2 < b && is_month(self.view.low(k + 2)))
            {
                k += if is_month(next) { 2 } else { 3 };
                if k < b && is_day(self.view.low(k)) {
                    k += 1;
                }
                if k < b && is_year(self.view.low(k)) {
                    k += 1;
                }
            } else if words.time_span_determiners.contains(word)
                && words.time_span_nouns.contains(next)
            {
                k += 2;
            } else if preposition || words.place_prepositions.contains(word) {
                let place = |(r, e): (Range<usize>, usize)| self.is_place(e).then_some(r);
                let first = self.mention_starting_at(k + 1);
                // "at Parliament House, Vell, by A": a place set off by
                // commas narrows the name before it, a place or a building.
                let narrowed = first.clone().and_then(|(r, _)| {
                    (r.end + 1 < b && self.view.is_punct(r.end, ","))
                        .then(|| self.mention_starting_at(r.end + 1).and_then(place))
                        .flatten()
                });
                match (first.and_then(place), narrowed) {
                    (_, Some(r)) => {
                        k = r.end;
                        if k + 1 < b && self.view.is_punct(k, ",") {
                            k += 1;
                        }
                    }
                    (Some(r), None) => k = r.end,
                    (None, None) => return k,
                }
            }
            if k == start {
                return k;
            }
        }
        k
    }

    fn skip_adverbs_right(&self, mut k: usize) -> usize {
        while k < self.range.end && self.lex.is_adverb(self.view.low(k)) {
            k += 1;
        }
        k
    }

    /// Negation and modality cues between `from` and `to` (tokens).
    fn qualifiers(&self, from: usize, to: usize) -> (Polarity, Option<String>) {
        let mut polarity = Polarity::Positive;
        let mut modality = None;
        for k in from..to {
            if self.negation_at(k, to) {
                polarity = Polarity::Negative;
            }
            if modality.is_none() {
                if let Some(c) = self.lex.modality.longest_at(self.view, k, to) {
                    modality = Some(c.join(" "));
                }
            }
        }
        (polarity, modality)
    }

    /// Whether a negation cue starts at token `k` and ends before `to` (a
    /// word with a negative ending, or a negation phrase).
    fn negation_at(&self, k: usize, to: usize) -> bool {
        self.lex.words.negation_suffixes.ends(self.view.low(k))
            || self.lex.negation.first_at(self.view, k, to).is_some()
    }

    /// The polarity of a cooperation noun: negative where it was stopped
    /// or soured, by a cessation word (`kg:cessationWord`) starting in
    /// `before` (tokens, clipped to the sentence: "suspended its
    /// cooperation with") or as the verb after its parties, which end at
    /// `parties_end` ("relations between A and B have deteriorated").
    fn cooperation_polarity(&self, before: Range<usize>, parties_end: Option<usize>) -> Polarity {
        let to = before.end.min(self.range.end);
        let before_noun = (before.start.max(self.range.start)..to).any(|k| {
            self.lex
                .words
                .cessation_words
                .phrase_at(self.view, k, to)
                .is_some()
        });
        if before_noun || parties_end.is_some_and(|end| self.ceased_after(end)) {
            Polarity::Negative
        } else {
            Polarity::Positive
        }
    }

    /// Whether the verb right after token `end`, past its auxiliaries and
    /// adverbs, is a cessation word: the joint thing whose parties end at
    /// `end` was stopped ("relations between A and B have deteriorated").
    fn ceased_after(&self, end: usize) -> bool {
        let mut k = end;
        // One complement of the noun before its verb: "cooperation with B
        // on fisheries has been suspended".
        if k < self.range.end
            && self
                .lex
                .words
                .noun_phrase_prepositions
                .contains(self.view.low(k))
        {
            let limit = (k + 1 + MAX_CESSATION_GAP).min(self.range.end);
            k += 1;
            while k < limit
                && self.view.is_word(k)
                && !self.lex.is_verb_group_word(self.view.low(k))
            {
                k += 1;
            }
        }
        while k < self.range.end && self.lex.is_verb_group_word(self.view.low(k)) {
            k += 1;
        }
        k < self.range.end
            && self
                .lex
                .words
                .cessation_words
                .phrase_at(self.view, k, self.range.end)
                .is_some()
    }

    /// Whether a negation cue stands between `from` and `to` (tokens): what
    /// makes [`Frame::qualifiers`] negative.
    fn negated(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.negation_at(k, to))
    }

    /// "…, X said." / "X said …" / "according to X".
    fn find_attribution(&self) -> Option<usize> {
        let view = self.view;
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            if let Some(len) = self.lex.words.attribution_cues.phrase_at(view, k, b) {
                if let Some((_, e)) = self.mention_starting_at(k + len) {
                    return Some(e);
                }
            }
            if self.lex.reporting_verbs.contains(view.low(k)) {
                // Speaker before the verb ("…, Wang said", "Wang said that …",
                // "Wang said <clause>" opening the sentence) or after it ("said Wang").
                if let Some((r, e)) = self.mention_ending_at(k) {
                    let opens =
                        r.start == a || (r.start == a + 1 && self.lex.is_determiner(view.low(a)));
                    if opens
                        || k + 1 >= b
                        || view.toks[k + 1].kind == crate::text::TokenKind::Punct
                        || self.lex.words.complementizers.contains(view.low(k + 1))
                    {
                        return Some(e);
                    }
                }
                if k > a && view.is_punct(k - 1, ",") {
                    if let Some((_, e)) = self.mention_starting_at(k + 1) {
                        return Some(e);
                    }
                }
            }
        }
        None
    }

    fn property(&self, p: usize) -> &Property {
        &self.lex.properties[p]
    }

    /// Whether an entity is a phrase counting things of a kind without
    /// naming any ("many nations", "several states"): whoever joined or
    /// signed, the phrase is no party a fact can be stated of; the named
    /// ones are.
    fn counts_unnamed(&self, e: usize) -> bool {
        self.entities[e]
            .label
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                self.lex
                    .words
                    .indefinite_quantifiers
                    .contains(&w.to_lowercase())
            })
    }

    /// Records a fact if both ends fit the property (symmetric properties may be read either way).
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        subject: usize,
        property: usize,
        object: usize,
        trigger: Range<usize>,
        rule: &str,
        confidence: f32,
        qualifiers: (Polarity, Option<String>),
    ) {
        if subject == object || self.counts_unnamed(subject) || self.counts_unnamed(object) {
            return;
        }
        let p = self.property(property);
        let (sc, oc) = (&self.entities[subject].class, &self.entities[object].class);
        let fits =
            |s: &str, o: &str| self.ontology.fits(s, &p.domain) && self.ontology.fits(o, &p.range);
        if !(fits(sc, oc)
            || (p.symmetric && fits(oc, sc))
            || (p.symmetric && self.area_beside_acting_place(subject, object, property)))
        {
            return;
        }
        // Parties of a symmetric relation are alike: a person cooperates
        // with people, a country or body with bodies.
        if p.symmetric && self.is_person(subject) != self.is_person(object) {
            return;
        }
        let toks = &self.view.toks;
        let evidence = Evidence {
            sentence: self.sentence,
            chars: toks[trigger.start].start..toks[trigger.end - 1].end,
            rule: format!("{}/{rule}", p.local_name),
            confidence,
            modality: qualifiers.1,
            attributed_to: self.attribution.filter(|&a| a != subject),
        };
        self.out.push(Found {
            subject,
            property,
            object,
            polarity: qualifiers.0,
            evidence,
        });
    }

    fn verb_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        let mut k = a;
        while k < b {
            let lex = self.lex;
            let Some(forms) = lex.verb_forms.get(self.view.low(k)) else {
                k += 1;
                continue;
            };
            // Every property the longest matching form triggers ("signed":
            // signing, and the signers' cooperation).
            let Some(longest) = forms.iter().find(|f| self.view.words_at(k, &f.words, b)) else {
                k += 1;
                continue;
            };
            let len = longest.words.len();
            let mut next = k + len;
            for form in forms
                .iter()
                .filter(|f| f.words.len() == len && self.view.words_at(k, &f.words, b))
            {
                let verb = k..k + form.words.len();
                let after = self.skip_adverbs_right(verb.end);
                if self.inverted_agents(form.property, verb.clone(), after) {
                    continue;
                }
                let preps = &lex.properties[form.property].prepositions;
                let words = &lex.words;
                // "signed between A and B": the parties are the agents; a
                // time or a place may come first ("signed in Oslo by A").
                let agent_at = self.skip_adjuncts_right(after);
                // "the agreement signed between A and B": a participle right
                // after a document is a reduced relative on it. Only where
                // the words name that document: a description resolved to
                // another document named before may be a new one.
                let on_document = || {
                    self.mention_ending_at(k).is_some_and(|(r, e)| {
                        let entity = &self.entities[e];
                        let mut start = r.start;
                        if start + 1 < r.end && lex.is_determiner(self.view.low(start)) {
                            start += 1;
                        }
                        let written = self.view.span_text(start, r.end).to_lowercase();
                        self.ontology
                            .is_subclass_of(&entity.class, &lex.classes.document)
                            && (entity.label.to_lowercase() == written
                                || entity
                                    .alt_labels
                                    .iter()
                                    .any(|l| l.to_lowercase() == written))
                    })
                };
                let by_follows = agent_at < b
                    && (words.agent_prepositions.contains(self.view.low(agent_at))
                        || words.joint_prepositions.contains(self.view.low(agent_at))
                            && form.participle
                            && ((self.skip_aux_left(k)..k)
                                .any(|t| words.tensed_be_forms.contains(self.view.low(t)))
                                || on_document()));
                let left_aux_start = self.skip_aux_left(verb.start);
                let be_before =
                    (left_aux_start..verb.start).any(|t| words.be_forms.contains(self.view.low(t)));
                // "is releasing", "will be publishing": aspect, not voice;
                // the progressive is as active as the simple form.
                let progressive =
                    be_before && !form.participle && self.is_present_participle(verb.start);
                // A symmetric property needs its parties as agents
                // ("A and B signed"), not a document and its signer.
                let symmetric = lex.properties[form.property].symmetric;
                if form.participle && by_follows && symmetric {
                    // Nothing: the passive names no two parties.
                } else if form.participle && by_follows {
                    // Passive or reduced relative: objects on the left, agents after "by".
                    let agents = self.objects_repeating_preposition(agent_at + 1);
                    let mut patients = self.subjects_ending_at(left_aux_start);
                    // A participle's phrase set off by commas describes the
                    // name before it: "The accord, signed by A and B on
                    // Friday, covers …".
                    if patients.is_empty()
                        && left_aux_start > a + 1
                        && left_aux_start == verb.start
                        && self.view.is_punct(left_aux_start - 1, ",")
                    {
                        patients = self.subjects_ending_at(left_aux_start - 1);
                    }
                    // A participle opening the sentence describes the
                    // main clause's subject, after the comma that closes
                    // the participle's phrase: "Published by A on Monday,
                    // the plan sets out …".
                    if patients.is_empty() && left_aux_start == a {
                        if let Some(comma) = agents
                            .last()
                            .and_then(|(r, _)| (r.end..b).find(|&t| self.view.is_punct(t, ",")))
                        {
                            patients = self.objects_starting_at(comma + 1);
                        }
                    }
                    let rule = if be_before {
                        "passive"
                    } else {
                        "reduced-relative"
                    };
                    let q = self.qualifiers(left_aux_start, verb.start);
                    for (_, s) in &agents {
                        for (_, o) in &patients {
                            self.emit(*s, form.property, *o, verb.clone(), rule, 0.9, q.clone());
                        }
                    }
                } else if be_before
                    && form.participle
                    && after < b
                    && preps.iter().any(|p| p == self.view.low(after))
                {
                    // Stative passive with a preposition: "X is based in Y", "X was located in Y".
                    // Documents counted by a plural noun are no party of a
                    // symmetric property: "Memoranda have been agreed with
                    // B" leaves its agent to the sentence before, which
                    // agreed such documents ("A has agreed memoranda …").
                    let subjects = match symmetric
                        .then(|| self.document_noun_in(a..left_aux_start))
                        .flatten()
                    {
                        Some(noun) => self.agreed_before_on(form.property, noun, verb.clone()),
                        None => self.subjects_ending_at(left_aux_start),
                    };
                    let objects = self.objects_starting_at(after + 1);
                    let q = self.qualifiers(left_aux_start, verb.start);
                    for (_, s) in &subjects {
                        for (_, o) in &objects {
                            self.emit(
                                *s,
                                form.property,
                                *o,
                                verb.clone(),
                                "stative",
                                0.85,
                                q.clone(),
                            );
                        }
                    }
                } else if symmetric
                    && form.words.len() > 1
                    && !(after < b && preps.iter().any(|p| p == self.view.low(after)))
                {
                    let ends_with_preposition = form
                        .words
                        .last()
                        .is_some_and(|w| preps.iter().any(|p| p == w));
                    self.joint_verb_phrase(
                        form.property,
                        verb.clone(),
                        after,
                        ends_with_preposition,
                    );
                } else if !be_before || progressive {
                    let mut subjects = self.active_subjects(verb.start);
                    let mut subjects_from = left_aux_start;
                    let domain = &lex.properties[form.property].domain;
                    let fitting = subjects
                        .iter()
                        .any(|(_, e)| self.ontology.fits(&self.entities[*e].class, domain));
                    // "A joined with B to sign …": the partner before the
                    // infinitive acts with the clause's subject.
                    let partners = fitting
                        && subjects.first().is_some_and(|(r, _)| {
                            self.after_symmetric_preposition(
                                self.skip_honorifics_left(self.skip_title_left(r.start)),
                            )
                        });
                    // "A met B in Lima, Peru to sign …": a place after
                    // "in" or "at" is where, not who.
                    let placed = verb.start > a
                        && lex
                            .goal_cues
                            .clause_markers
                            .contains(self.view.low(verb.start - 1))
                        && self.place_adjunct_before(subjects_from).is_some();
                    if placed {
                        subjects.clear();
                    }
                    // "A and B held talks and issued a statement": the
                    // second verb's subjects are the first's.
                    if !fitting && !placed {
                        if let Some((t, found)) = self.coordinated_predicate_subjects(verb.start) {
                            subjects = found;
                            subjects_from = t;
                        }
                    }
                    // "opportunities for A and B to work together": the
                    // names after the infinitive's subject marker act.
                    // The parser may hang them from the noun before the
                    // marker, and the subjects read leftwards from the
                    // infinitive are the same names: they are read here.
                    let mut marked = false;
                    if !placed {
                        if let Some((t, found)) = self.infinitive_subjects(verb.start) {
                            subjects = found;
                            subjects_from = t;
                            marked = true;
                        }
                    }
                    // "A joined B to sign …", "to join B in signing …":
                    // the joined names act with the one who joins them.
                    if !placed && !marked {
                        if let Some((t, found)) = self.companion_agents(form.property, verb.start) {
                            subjects = found;
                            subjects_from = t;
                            marked = true;
                        }
                    }
                    if (!fitting || partners) && !marked || placed {
                        if let Some((t, found)) =
                            self.controlling_subjects(form.property, verb.start)
                        {
                            if partners {
                                for s in found {
                                    if !subjects.iter().any(|(_, e)| *e == s.1) {
                                        subjects.push(s);
                                    }
                                }
                            } else {
                                subjects = found;
                            }
                            subjects_from = t;
                        }
                    }
                    // "work with B" takes the object after its preposition;
                    // otherwise the object is direct ("supported the plan").
                    // A symmetric property's partner is never the direct
                    // object: "A and B signed the Partnership" names what
                    // they signed, not who A works with.
                    let object_start = if after < b
                        && preps.iter().any(|p| p == self.view.low(after))
                    {
                        Some(after + 1)
                    } else if symmetric {
                        self.comma_joined_parties(&subjects, form.property, verb.clone());
                        let q = self.qualifiers(subjects_from.saturating_sub(2).max(a), verb.start);
                        self.joint_subjects(&subjects, verb.clone(), &q);
                        if marked {
                            self.marked_joint_subjects(&subjects, form.property, verb.clone(), &q);
                        }
                        None
                    } else {
                        Some(after)
                    };
                    if symmetric && object_start.is_none() && !subjects.is_empty() {
                        self.note_agreed_documents(form.property, after, &subjects);
                    }
                    if let Some(start) = object_start {
                        let mut objects = if start > after {
                            self.objects_repeating_preposition(start)
                        } else {
                            self.objects_starting_at(start)
                        };
                        // "signed on April 6 a memorandum": the object after
                        // a time or place adjunct.
                        if objects.is_empty() && start == after {
                            let past = self.skip_adjuncts_right(after);
                            if past > after {
                                objects = self.objects_starting_at(past);
                            }
                        }
                        let q = self.qualifiers(subjects_from.saturating_sub(2).max(a), verb.start);
                        for (_, s) in &subjects {
                            for (_, o) in &objects {
                                if self.named_between_others(form.property, *s, *o) {
                                    continue;
                                }
                                self.emit(
                                    *s,
                                    form.property,
                                    *o,
                                    verb.clone(),
                                    "active",
                                    0.9,
                                    q.clone(),
                                );
                            }
                        }
                        if !symmetric && !objects.is_empty() {
                            self.joint_subjects(&subjects, verb.clone(), &q);
                        }
                        if start == after && !subjects.is_empty() {
                            let partner_at = objects.last().map_or(start, |(r, _)| r.end);
                            self.partners_after_object(
                                forms,
                                form.property,
                                (verb.clone(), partner_at),
                                &subjects,
                                &objects,
                                &q,
                            );
                        }
                    }
                }
                next = verb.end;
            }
            k = next;
        }
    }

    /// "The Governments of A and B issued a statement", "the Kestrian
    /// Ministry of Energy and the Department of Mines of Norland launched a
    /// roadmap": coordinated subjects acting together ([`Self::joint_parties`])
    /// on something the verb makes or signs are partners in what a
    /// symmetric property the verb triggers states
    /// ([`Self::joint_act_properties`]), with or without a reciprocal cue.
    fn joint_subjects(
        &mut self,
        subjects: &[Filler],
        verb: Range<usize>,
        qualifiers: &(Polarity, Option<String>),
    ) {
        for property in self.joint_act_properties(&verb) {
            if !self.joint_parties(subjects, property) {
                continue;
            }
            self.emit_between_each_pair(subjects, property, &verb, "joint-subjects", qualifiers);
        }
    }

    /// States symmetric `property` between each pair of `subjects` not yet
    /// so related, as rule `rule`.
    pub(super) fn emit_between_each_pair(
        &mut self,
        subjects: &[Filler],
        property: usize,
        verb: &Range<usize>,
        rule: &'static str,
        qualifiers: &(Polarity, Option<String>),
    ) {
        let parties: Vec<usize> = subjects.iter().map(|(_, e)| *e).collect();
        for (a, b) in each_pair(&parties) {
            if !self.already_read(a, property, b) {
                self.emit(a, property, b, verb.clone(), rule, 0.85, qualifiers.clone());
            }
        }
    }

    /// The facts of this sentence stating that a person did something to a
    /// thing (signed, issued): subject, property, object and polarity; no
    /// symmetric property, no office or title held.
    pub(super) fn person_acts_of_sentence(&self) -> Vec<(usize, usize, usize, Polarity)> {
        let own = [self.lex.title_property, self.lex.office_property];
        self.out[self.first_fact..]
            .iter()
            .filter(|f| {
                !self.property(f.property).symmetric
                    && !own.contains(&Some(f.property))
                    && self.is_person(f.subject)
            })
            .map(|f| (f.subject, f.property, f.object, f.polarity))
            .collect()
    }

    /// Whether `object`, named in the sentence with its parties ("an MoU
    /// between A and B"), has parties other than `subject`, where only
    /// parties can be the subject of `property` (`kg:byPartiesOnly`). A
    /// person holding an office a party owns acts for that party ("Ada
    /// Quist, Prime Minister of Kestria, …; the two leaders announced a
    /// Joint Declaration between Kestria and Norland").
    pub(super) fn named_between_others(
        &self,
        property: usize,
        subject: usize,
        object: usize,
    ) -> bool {
        if !self.property(property).by_parties_only {
            return false;
        }
        self.mentions.iter().any(|(r, e)| {
            if *e != object
                || r.end + 1 >= self.range.end
                || !self
                    .lex
                    .words
                    .joint_prepositions
                    .contains(self.view.low(r.end))
            {
                return false;
            }
            let mut k = r.end + 1;
            if k + 1 < self.range.end && self.lex.is_determiner(self.view.low(k)) {
                k += 1;
            }
            let parties = self.objects_starting_at(k);
            !parties.is_empty()
                && !parties
                    .iter()
                    .any(|&(_, p)| p == subject || self.holds_office_of(subject, p))
        })
    }

    /// Whether `person` holds an office `party` owns, by the facts read so
    /// far in the document (a title or position phrase and the office's
    /// owner: "Ada Quist, Prime Minister of Kestria").
    fn holds_office_of(&self, person: usize, party: usize) -> bool {
        let (Some(title), Some(office)) = (self.lex.title_property, self.lex.office_property)
        else {
            return false;
        };
        let stated = |f: &Found, subject: usize, property: usize| {
            f.subject == subject && f.property == property && f.polarity == Polarity::Positive
        };
        self.out.iter().any(|held| {
            stated(held, person, title)
                && self
                    .out
                    .iter()
                    .any(|owned| stated(owned, held.object, office) && owned.object == party)
        })
    }

    /// "Joint Statement by A and B", "the report by the agency": a
    /// document's name followed by a property's author preposition
    /// (`kg:authorPreposition`) and agents, with no verb between.
    fn authored_documents(&mut self) {
        let b = self.range.end;
        let lex = self.lex;
        let documents: Vec<(Range<usize>, usize)> = self
            .mentions
            .iter()
            .filter(|(r, e)| {
                r.end < b
                    && self
                        .ontology
                        .is_subclass_of(&self.entities[*e].class, &lex.classes.document)
            })
            .cloned()
            .collect();
        for (r, document) in documents {
            let word = self.view.low(r.end);
            let act = self.acting_noun_before(r.start).map(<[usize]>::to_vec);
            for (p, property) in lex.properties.iter().enumerate() {
                if !property.author_prepositions.iter().any(|w| w == word) {
                    continue;
                }
                // "the signing of the accord by A": the agents are the
                // signing's, not the accord's authors.
                if act
                    .as_ref()
                    .is_some_and(|props| props.iter().any(|&q| q != p))
                {
                    continue;
                }
                for (_, agent) in self.objects_repeating_preposition(r.end + 1) {
                    self.emit(
                        agent,
                        p,
                        document,
                        r.end..r.end + 1,
                        "author",
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
            }
        }
    }

    /// The properties of a noun trigger whose "of" complement starts at
    /// token `start` (after a determiner there): "signing" in "the signing
    /// of the accord".
    fn acting_noun_before(&self, start: usize) -> Option<&[usize]> {
        let a = self.range.start;
        let mut k = self.skip_document_modifiers_left(start);
        if k > a && self.lex.is_determiner(self.view.low(k - 1)) {
            k -= 1;
        }
        if k < a + 2
            || !self
                .lex
                .words
                .genitive_prepositions
                .contains(self.view.low(k - 1))
        {
            return None;
        }
        self.lex
            .noun_triggers
            .get(self.view.low(k - 2))
            .map(Vec::as_slice)
    }

    /// From token `start`, where a document's name begins, leftwards over
    /// the lowercase adjectives modifying it ("a new", "the historic"), up
    /// to [`MAX_DOCUMENT_MODIFIERS`]; `start` itself when none is there or
    /// no determiner comes before them.
    pub(super) fn skip_document_modifiers_left(&self, start: usize) -> usize {
        let a = self.range.start;
        let mut k = start;
        while k > a
            && start - k < MAX_DOCUMENT_MODIFIERS
            && !self.view.is_capitalised(k - 1)
            && self.is_noun_modifier(k - 1)
        {
            k -= 1;
        }
        if k < start && k > a && self.lex.is_determiner(self.view.low(k - 1)) {
            k
        } else {
            start
        }
    }

    /// "Kestria's National Water Strategy", "the agency's new white
    /// paper": the possessor of a document of a class the property lists
    /// (`kg:possessedClass`), a party that is no person, is its subject.
    /// Adjectives and adverbs may stand between the possessive mark and
    /// the name ("new", "first"). Only a document with a capitalised word
    /// of its name after the mark.
    fn possessed_documents(&mut self) {
        let a = self.range.start;
        let lex = self.lex;
        for (p, property) in lex.properties.iter().enumerate() {
            if property.possessed_classes.is_empty() {
                continue;
            }
            let documents: Vec<(Range<usize>, usize)> = self
                .mentions
                .iter()
                .filter(|(_, e)| {
                    property
                        .possessed_classes
                        .contains(&self.entities[*e].class)
                })
                .cloned()
                .collect();
            for (r, document) in documents {
                let mut mark = r.start;
                // A participle of the property's own verb may modify the
                // name ("Kestria's recently adopted Water Strategy"); any
                // other says what others did to it ("widely criticised").
                let own_participle = |k: usize| {
                    lex.verb_forms.get(self.view.low(k)).is_some_and(|forms| {
                        forms
                            .iter()
                            .any(|f| f.property == p && f.participle && f.words.len() == 1)
                    })
                };
                while mark > a
                    && mark + 2 >= r.start
                    && !lex.is_possessive(self.view, mark)
                    && (self.is_noun_modifier(mark - 1) || own_participle(mark - 1))
                {
                    mark -= 1;
                }
                // "our new Water Strategy" in a body's quotation: the
                // pronoun is the speaking body's mention and its own mark.
                let speaker = mark > a
                    && lex
                        .words
                        .speaker_group_pronouns
                        .contains(self.view.low(mark - 1));
                let (mark, owner_end) = if lex.is_possessive(self.view, mark) {
                    (mark, mark)
                } else if mark > a && lex.is_possessive(self.view, mark - 1) {
                    (mark - 1, mark - 1)
                } else if speaker {
                    (mark - 1, mark)
                } else {
                    continue;
                };
                // A named document ("Kestria's new Water Strategy"), not a
                // description ("Kestria's next agenda"), which may name a
                // thing its owner only pursues.
                if !(mark + 1..r.end).any(|k| self.view.is_capitalised(k)) {
                    continue;
                }
                let Some((_, owner)) = self.mention_ending_at(owner_end) else {
                    continue;
                };
                if self.is_person(owner) {
                    continue;
                }
                self.emit(
                    owner,
                    p,
                    document,
                    mark..mark + 1,
                    "possessor",
                    0.7,
                    (Polarity::Positive, None),
                );
            }
        }
    }

    /// A plural document noun (`kg:documentListNoun`) standing in `span`
    /// outside every mention: the head of a subject such as "Memoranda of
    /// understanding".
    fn document_noun_in(&self, span: Range<usize>) -> Option<usize> {
        span.into_iter().find(|&t| {
            self.lex
                .words
                .document_list_nouns
                .contains(self.view.low(t))
                && !self
                    .mentions
                    .iter()
                    .any(|(r, _)| r.contains(&t) && r.start != t)
        })
    }

    /// The parties the sentence before stated agreeing documents under the
    /// same plural noun (token `noun`) by `property`, as fillers of `span`.
    fn agreed_before_on(
        &self,
        property: usize,
        noun: usize,
        span: Range<usize>,
    ) -> Vec<(Range<usize>, usize)> {
        self.agreed_before
            .as_ref()
            .filter(|g| g.property == property && g.noun == self.view.low(noun))
            .map(|g| g.parties.iter().map(|&e| (span.clone(), e)).collect())
            .unwrap_or_default()
    }

    /// Notes "A has agreed memoranda …" for the sentence after it: the
    /// active verb's object at `after` (past determiners and figures) a
    /// plural document noun, its subjects the parties.
    fn note_agreed_documents(
        &mut self,
        property: usize,
        after: usize,
        subjects: &[(Range<usize>, usize)],
    ) {
        let mut k = after;
        while k < self.range.end
            && (self.lex.is_determiner(self.view.low(k))
                || self.view.low(k).bytes().all(|b| b.is_ascii_digit()))
        {
            k += 1;
        }
        if k < self.range.end
            && self
                .lex
                .words
                .document_list_nouns
                .contains(self.view.low(k))
            && !self.mentions.iter().any(|(r, e)| {
                r.contains(&k) && !self.lex.document_classes.contains(&self.entities[*e].class)
            })
        {
            let parties = subjects
                .iter()
                .map(|&(_, e)| e)
                .filter(|&e| !self.is_person(e))
                .collect::<Vec<_>>();
            if !parties.is_empty() {
                self.agreed = Some(AgreedDocuments {
                    property,
                    noun: self.view.low(k).to_string(),
                    parties,
                });
            }
        }
    }

    /// "Signing the accord were A, B and C": a clause opening with the
    /// trigger and its object, then a tensed "be" and the agents (English
    /// inverts subject and predicate to put a list last). Whether the
    /// inversion was read; the agents of a symmetric property are parties
    /// together, people left out.
    fn inverted_agents(&mut self, property: usize, verb: Range<usize>, after: usize) -> bool {
        let (a, b) = (self.range.start, self.range.end);
        let lex = self.lex;
        let words = &lex.words;
        let adverbs_only = |from: usize| {
            (from..verb.start).all(|t| {
                lex.is_adverb(self.view.low(t)) || words.adjunct_adverbs.contains(self.view.low(t))
            })
        };
        // "those signing the accord included A, B and C", perhaps after a
        // fronted adjunct set off by a comma.
        let participants = verb.start > a
            && words
                .participant_words
                .contains(self.view.low(verb.start - 1))
            && (verb.start - 1 == a || self.view.is_punct(verb.start - 2, ","));
        if !(adverbs_only(a) || participants) {
            return false;
        }
        let objects = self.objects_starting_at(after);
        let Some((last, _)) = objects.last() else {
            return false;
        };
        let be = self.skip_adjuncts_right(last.end);
        let names_agents = |w: &str| {
            words.tensed_be_forms.contains(w) || participants && words.inclusion_verbs.contains(w)
        };
        if be + 1 >= b || !names_agents(self.view.low(be)) {
            return false;
        }
        let mut agents = self.objects_starting_at(be + 1);
        if agents.is_empty() {
            return false;
        }
        // "In addition to A and B, those signing …": A and B too.
        if participants && verb.start - 1 > a {
            if let Some(len) = words.addition_phrases.phrase_at(self.view, a, verb.start) {
                let comma = verb.start - 2;
                let domain = &lex.properties[property].domain;
                for (r, e) in self.subjects_ending_at(comma) {
                    if r.start >= a + len
                        && self.ontology.fits(&self.entities[e].class, domain)
                        && !agents.iter().any(|(_, x)| *x == e)
                    {
                        agents.push((r, e));
                    }
                }
            }
        }
        let q = self.qualifiers(a, verb.start);
        if lex.properties[property].symmetric {
            let parties: Vec<usize> = agents
                .iter()
                .map(|(_, e)| *e)
                .filter(|&e| !self.is_person(e))
                .collect();
            for (s, o) in each_pair(&parties) {
                self.emit(s, property, o, verb.clone(), "inverted", 0.85, q.clone());
            }
        } else {
            for (_, s) in &agents {
                for (_, o) in &objects {
                    self.emit(*s, property, *o, verb.clone(), "inverted", 0.85, q.clone());
                }
            }
        }
        true
    }

    /// A joint verb phrase of several words (a multiword trigger of a
    /// symmetric property, which the dependency frames leave to the
    /// surface): its coordinated subjects are parties together, in any
    /// tense or aspect ("A and B are entering into a memorandum", "A and B
    /// joined forces"); a lone subject cooperates with the partner a
    /// property preposition names after the object ("A entered into an
    /// accord with B"), or with the object of a phrase ending in such a
    /// preposition ("A joined with B to …"). People are left out of
    /// symmetric frames.
    fn joint_verb_phrase(
        &mut self,
        property: usize,
        verb: Range<usize>,
        after: usize,
        ends_with_preposition: bool,
    ) {
        let b = self.range.end;
        let mut parties: Vec<usize> = Vec::new();
        let subjects = self.active_subjects(verb.start);
        // "grants to A, B and C have entered into force": the list is the
        // complement of the subject's noun, not the subject.
        if subjects
            .first()
            .is_some_and(|(r, _)| self.in_noun_complement(r.start))
        {
            return;
        }
        for (_, e) in subjects {
            if !self.is_person(e) && !parties.contains(&e) {
                parties.push(e);
            }
        }
        let q = self.qualifiers(
            self.skip_aux_left(verb.start).max(self.range.start),
            verb.start,
        );
        if parties.len() == 1 && ends_with_preposition {
            for (_, partner) in self.objects_starting_at(after) {
                if !self.is_person(partner) && !parties.contains(&partner) {
                    parties.push(partner);
                }
            }
        } else if parties.len() == 1 {
            let objects = self.objects_starting_at(after);
            let mut at = objects.last().map_or(after, |(r, _)| r.end);
            // The object may be a description no mention covers ("a
            // memorandum"): the partner's preposition follows within it.
            if objects.is_empty() {
                at = (after..b.min(after + JOINT_NOUN_WINDOW))
                    .take_while(|&t| self.view.is_word(t))
                    .find(|&t| {
                        self.lex.properties[property]
                            .prepositions
                            .iter()
                            .any(|p| p == self.view.low(t))
                    })
                    .unwrap_or(b);
            }
            if at < b
                && self.lex.properties[property]
                    .prepositions
                    .iter()
                    .any(|p| p == self.view.low(at))
            {
                for (_, partner) in self.objects_starting_at(at + 1) {
                    if !self.is_person(partner) && !parties.contains(&partner) {
                        parties.push(partner);
                    }
                }
            }
        }
        for (s, o) in each_pair(&parties) {
            if !self.already_read(s, property, o) {
                self.emit(
                    s,
                    property,
                    o,
                    verb.clone(),
                    "joint-verb-phrase",
                    0.85,
                    q.clone(),
                );
            }
        }
    }

    /// "Kestria, Norland sign accord": a headline joins the parties of a
    /// joint action by a comma alone, which the parser rarely reads as a
    /// coordination (with "and" the dependency frames read it). People are
    /// left out of symmetric frames.
    fn comma_joined_parties(
        &mut self,
        subjects: &[(Range<usize>, usize)],
        property: usize,
        verb: Range<usize>,
    ) {
        let view = self.view;
        let comma_only = subjects.windows(2).all(|pair| {
            let gap = pair[0].0.end..pair[1].0.start;
            gap.len() == 1 && view.is_punct(gap.start, ",")
        });
        if subjects.len() < 2 || !comma_only {
            return;
        }
        let parties: Vec<usize> = subjects
            .iter()
            .map(|(_, e)| *e)
            .filter(|&e| !self.is_person(e))
            .collect();
        if let [first, rest @ ..] = parties.as_slice() {
            for other in rest {
                if other != first {
                    self.emit(
                        *first,
                        property,
                        *other,
                        verb.clone(),
                        "comma-joined",
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
            }
        }
    }

    /// "A signs an accord with B" (a headline's word order, which the parser
    /// often misreads): after the object of a verb of joint action (one that
    /// also triggers cooperation), the names after a partner preposition
    /// (`kg:preposition` of cooperation, "with") did the act too, and
    /// cooperate with the subjects.
    fn partners_after_object(
        &mut self,
        forms: &[VerbForm],
        property: usize,
        (verb, partner_at): (Range<usize>, usize),
        subjects: &[(Range<usize>, usize)],
        objects: &[(Range<usize>, usize)],
        q: &(Polarity, Option<String>),
    ) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let joint_action = forms.iter().any(|f| f.property == cooperation);
        let b = self.range.end;
        if property == cooperation
            || !joint_action
            || objects.is_empty()
            || partner_at + 1 >= b
            || !self.lex.properties[cooperation]
                .prepositions
                .iter()
                .any(|p| p == self.view.low(partner_at))
        {
            return;
        }
        let partners = self.objects_starting_at(partner_at + 1);
        for (_, partner) in &partners {
            for (_, o) in objects {
                self.emit(
                    *partner,
                    property,
                    *o,
                    verb.clone(),
                    "active-partner",
                    0.85,
                    q.clone(),
                );
            }
            // People are left out of symmetric frames: the parties are
            // the bodies and countries.
            for (_, s) in subjects {
                if s != partner && !self.is_person(*s) && !self.is_person(*partner) {
                    self.emit(
                        *s,
                        cooperation,
                        *partner,
                        verb.clone(),
                        "active-partner",
                        0.85,
                        q.clone(),
                    );
                }
            }
        }
    }

    /// Subjects of an active verb: the coordination ending before the
    /// auxiliaries, skipping one appositive (", home to …,").
    fn active_subjects(&self, verb_start: usize) -> Vec<(Range<usize>, usize)> {
        let mut end = self.skip_time_left(self.skip_aux_left(verb_start));
        // "refused to", "plans to": the cue sits between subject and verb.
        for cue in self.lex.negation.iter().chain(self.lex.modality.iter()) {
            if end >= cue.len()
                && end - cue.len() >= self.range.start
                && self.view.words_at(end - cue.len(), cue, verb_start)
            {
                end = self.skip_aux_left(end - cue.len());
            }
        }
        let found = self.subjects_ending_at(end);
        if !found.is_empty() {
            return self.with_principals(found);
        }
        // A person set off by commas after a title: "…, Bo Lind, also signed".
        if end > self.range.start && self.view.is_punct(end - 1, ",") {
            let found = self.subjects_ending_at(end - 1);
            if found.last().is_some_and(|(_, e)| self.is_person(*e)) {
                return found;
            }
        }
        // Appositive: "X, <apposition>, issued …".
        if end > self.range.start && self.view.is_punct(end - 1, ",") {
            let open = (self.range.start..end - 1)
                .rev()
                .take(20)
                .find(|&t| self.view.is_punct(t, ","));
            if let Some(open) = open {
                let mut found = self.subjects_ending_at(open);
                // "A, through B, released": B acts for A; both are agents.
                if !found.is_empty()
                    && open + 2 < end
                    && self
                        .lex
                        .words
                        .intermediary_prepositions
                        .contains(self.view.low(open + 1))
                {
                    found.extend(self.objects_starting_at(open + 2));
                }
                if !found.is_empty() {
                    return found;
                }
            }
            // "We, the Ministers of Energy of A and B, have adopted …": a
            // plural office or body phrase in apposition to a pronoun names
            // the parties.
            let found = self.subjects_ending_at(end - 1);
            if found.len() >= 2
                && found
                    .first()
                    .is_some_and(|(r, _)| self.plural_head_before(r.start).is_some())
            {
                return found;
            }
        }
        Vec::new()
    }

    /// "Minister for the Armed Forces of Kestria": an office whose
    /// portfolio complement is followed by "of" and its owner's name, which
    /// ends the phrase, is also written without the owner; that shorter
    /// label, when there is one.
    fn portfolio_before_owner(&self, p: &PositionPhrase, owner: usize) -> Option<String> {
        let (name, _) = self
            .mentions
            .iter()
            .find(|(r, e)| *e == owner && r.end == p.tokens.end && r.start > p.head.end)?;
        let mut of = name.start - 1;
        if self.lex.words.definite_articles.contains(self.view.low(of)) {
            of -= 1;
        }
        let complement_before = of > p.head.end + 1
            && self
                .lex
                .position_prepositions
                .contains(self.view.low(p.head.end));
        (complement_before && self.lex.position_prepositions.contains(self.view.low(of))).then(
            || {
                self.view
                    .span_text(p.tokens.start, of)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        )
    }

    /// "A, through B released …": subjects `found` right after an
    /// intermediary preposition (`kg:intermediaryPreposition`) that follows
    /// a comma act for the subjects before that comma, which are agents as
    /// well; `found` itself otherwise.
    fn with_principals(&self, mut found: Vec<(Range<usize>, usize)>) -> Vec<(Range<usize>, usize)> {
        let Some(mut k) = found.first().map(|(r, _)| r.start) else {
            return found;
        };
        if k > self.range.start && self.lex.is_determiner(self.view.low(k - 1)) {
            k -= 1;
        }
        let a = self.range.start;
        if k < a + 3
            || !self
                .lex
                .words
                .intermediary_prepositions
                .contains(self.view.low(k - 1))
            || !self.view.is_punct(k - 2, ",")
        {
            return found;
        }
        let principals = self.subjects_ending_at(k - 2);
        if principals.is_empty() {
            return found;
        }
        let mut all = principals;
        all.append(&mut found);
        all
    }

    /// Whether the word before token `k` is a preposition of a symmetric
    /// property ("joined with B"): B is a partner of the clause's subject
    /// (any other agent named before an infinitive has it for its own).
    fn after_symmetric_preposition(&self, k: usize) -> bool {
        k > self.range.start
            && self
                .lex
                .properties
                .iter()
                .any(|p| p.symmetric && p.prepositions.iter().any(|w| w == self.view.low(k - 1)))
    }

    /// "A took advantage of the summit to sign …", "A travelled to Oslo
    /// to sign …": an infinitive with no subject of its own before it
    /// (`kg:goalClauseMarker` right before the verb) is done by the
    /// subject of the clause's verb, found leftwards without crossing
    /// punctuation. Not where a name stands between that verb and the
    /// infinitive ("urged Kestria to sign": the object signs), nor after a
    /// verb whose object says who is to act (`kg:expectingVerb`,
    /// `kg:enablingVerb`: "asked the two countries to sign"). Returns where
    /// the controlling verb's group starts, and its subjects.
    fn controlling_subjects(
        &self,
        property: usize,
        verb_start: usize,
    ) -> Option<(usize, Vec<Filler>)> {
        let (a, lex) = (self.range.start, self.lex);
        let marker = verb_start.checked_sub(1).filter(|&m| m > a)?;
        if !lex.goal_cues.clause_markers.contains(self.view.low(marker)) {
            return None;
        }
        let domain = &lex.properties[property].domain;
        // A place adjunct before the infinitive ("met B in Lima, Peru to
        // sign") is stepped over whole, commas and all, also where a comma
        // closes it ("travelled to Lima, Peru, to sign").
        let named_end = self
            .place_adjunct_before(marker)
            .or_else(|| {
                (marker > a + 1 && self.view.is_punct(marker - 1, ","))
                    .then(|| self.place_adjunct_before(marker - 1))
                    .flatten()
            })
            .unwrap_or(marker);
        let mut t = named_end;
        while t > a && marker - t < MAX_CONTROL_DISTANCE {
            t -= 1;
            if !self.view.is_word(t) {
                return None;
            }
            let word = self.view.low(t);
            if lex.words.clause_boundary_words.contains(word) {
                return None;
            }
            if !self.is_finite_verb(t)
                || self.mentions.iter().any(|(r, _)| r.contains(&t))
                || self.view.is_capitalised(t)
                || lex.is_determiner(word)
                || lex.words.conjunctions.contains(word)
                || lex.words.description_modifier_stops.contains(word)
                || lex.words.place_prepositions.contains(word)
            {
                continue;
            }
            let found = self.active_subjects(t);
            if found.is_empty() {
                continue;
            }
            let named_between = self.mentions.iter().any(|(r, e)| {
                r.start > t
                    && r.end <= named_end
                    && !self.after_symmetric_preposition(
                        self.skip_honorifics_left(self.skip_title_left(r.start)),
                    )
                    && self.ontology.fits(&self.entities[*e].class, domain)
            });
            // "welcomed the decision of Kestria to sign", "Kestria's
            // readiness to sign": a noun taking the infinitive with an owner
            // of its own.
            let owned_noun = (t + 1..marker)
                .rev()
                .find(|&n| {
                    lex.words
                        .infinitive_complement_nouns
                        .contains(self.view.low(n))
                })
                .is_some_and(|n| {
                    (t + 1..n).any(|k| lex.is_possessive(self.view, k))
                        || (n + 1..marker).any(|k| self.view.is_capitalised(k))
                });
            if named_between || owned_noun || lex.object_control_forms.contains(word) {
                return None;
            }
            // "A met with B … to sign": the partner after a symmetric
            // preposition acts with the subject.
            let mut found = found;
            for (r, e) in &self.mentions {
                if r.start > t
                    && r.end <= named_end
                    && self.after_symmetric_preposition(
                        self.skip_honorifics_left(self.skip_title_left(r.start)),
                    )
                    && self.ontology.fits(&self.entities[*e].class, domain)
                    && !found.iter().any(|(_, f)| f == e)
                {
                    found.push((r.clone(), *e));
                }
            }
            return Some((self.skip_aux_left(t), found));
        }
        None
    }

    /// Where a place adjunct ending right before token `end` starts: its
    /// preposition (`kg:placePreposition`: "in Lima, Peru", "at the
    /// Pavilion"; a `kg:motionPreposition` after a verb of going: "travelled
    /// to Lima, Peru"), over the names it holds, commas between them and
    /// determiners; the first name after the preposition a place (what
    /// follows it narrows it down, whatever class the rules gave it).
    /// None when no such adjunct ends there.
    fn place_adjunct_before(&self, end: usize) -> Option<usize> {
        let a = self.range.start;
        let lex = self.lex;
        let mut k = end;
        let mut first = None;
        while k > a {
            if let Some((r, e)) = self.mention_ending_at(k) {
                first = Some(e);
                k = r.start;
            } else if first.is_some()
                && (self.view.is_punct(k - 1, ",") || lex.is_determiner(self.view.low(k - 1)))
            {
                k -= 1;
            } else if lex.words.place_prepositions.contains(self.view.low(k - 1))
                || self.after_motion_verb(k - 1)
            {
                let class = &self.entities[first?].class;
                return self
                    .ontology
                    .is_subclass_of(class, &lex.classes.place)
                    .then_some(k - 1);
            } else {
                return None;
            }
        }
        None
    }

    /// Whether token `k` is a preposition of going somewhere after a verb
    /// of going (`kg:motionPreposition` after a `kg:motionVerbForm`:
    /// "travelled to Lima"): the place after it is where, not who.
    fn after_motion_verb(&self, k: usize) -> bool {
        let words = &self.lex.words;
        k > self.range.start
            && words.motion_prepositions.contains(self.view.low(k))
            && words.motion_verb_forms.contains(self.view.low(k - 1))
    }

    fn noun_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some(props) = self.lex.noun_triggers.get(self.view.low(k)).cloned() else {
                continue;
            };
            if k + 1 >= b {
                continue;
            }
            let prep = self.view.low(k + 1).to_owned();
            for p in props {
                let property = self.property(p).clone();
                if self.lex.words.joint_prepositions.contains(&prep) && property.symmetric {
                    // "cooperation between A and B"
                    // "cooperation among A, B and C": each pair of them.
                    // "collaboration between Kestrian and Norlandic
                    // farmers": the places the coordinated adjectives name.
                    let found = self.objects_starting_at(k + 2);
                    let polarity = self.cooperation_polarity(
                        k.saturating_sub(MAX_CESSATION_GAP)..k,
                        found.last().map(|(r, _)| r.end),
                    );
                    let mut parties: Vec<usize> = found.into_iter().map(|(_, e)| e).collect();
                    if parties.is_empty() {
                        parties = self.coordinated_demonyms_starting_at(k + 2);
                    }
                    for (first, other) in each_pair(&parties) {
                        self.emit(
                            first,
                            p,
                            other,
                            k..k + 1,
                            "noun-between",
                            0.8,
                            (polarity, None),
                        );
                    }
                    continue;
                }
                if !property.prepositions.contains(&prep) {
                    continue;
                }
                let objects = self.objects_repeating_preposition(k + 2);
                if objects.is_empty() {
                    continue;
                }
                // The agent: a possessor right before ("China's cooperation with"),
                // or the clause subject a few words to the left with nothing in between.
                let Some((subject_range, subject)) = self.noun_agent(k) else {
                    continue;
                };
                let mut q = self.qualifiers(subject_range.end, k);
                let stopped = self
                    .cooperation_polarity(subject_range.end..k, objects.last().map(|(r, _)| r.end));
                if stopped == Polarity::Negative {
                    q.0 = Polarity::Negative;
                }
                for (_, o) in &objects {
                    self.emit(subject, p, *o, k..k + 1, "noun", 0.8, q.clone());
                }
            }
        }
    }

    fn noun_agent(&self, noun: usize) -> Option<(Range<usize>, usize)> {
        let view = self.view;
        let mut k = noun;
        // Skip adjectives and light verbs back to the nearest mention; stop at
        // punctuation, another mention's end, or after eight words.
        while k > self.range.start && noun - k < 8 {
            if let Some(m) = self.mention_ending_at(k) {
                // "sanctions against A after talks with B": a name in a
                // hostile noun's complement is no agent.
                let mut j = m.0.start;
                if j > self.range.start && self.lex.is_determiner(view.low(j - 1)) {
                    j -= 1;
                }
                if j >= self.range.start + 2
                    && self.lex.words.hostile_nouns.contains(view.low(j - 2))
                {
                    return None;
                }
                return Some(m);
            }
            if self.lex.is_possessive(view, k - 1) {
                return self.mention_ending_at(k - 1);
            }
            if view.toks[k - 1].kind == crate::text::TokenKind::Punct
                || self
                    .lex
                    .words
                    .owner_boundary_words
                    .contains(view.low(k - 1))
            {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// "The (strategic) goals of X are: A; B; and C[, according to Y]."
    fn goal_list_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            // "the accord, which aims to …": the verb is read by the purpose
            // rules; only the noun lists goals.
            if !self.lex.goal_nouns.contains(self.view.low(k))
                || self.syntax.tagger_tags(k).1.starts_with("VB")
            {
                continue;
            }
            // Owner: "goals of X" or "X's goals".
            let (owner, after_owner) = if k + 1 < b
                && self
                    .lex
                    .words
                    .genitive_prepositions
                    .contains(self.view.low(k + 1))
            {
                let Some(end) = (k + 2..b).find(|&t| {
                    self.lex.words.goal_list_verbs.contains(self.view.low(t))
                        || self.view.is_punct(t, ":")
                }) else {
                    continue;
                };
                if end == k + 2 {
                    continue;
                }
                // "the accord, the purpose of which is to …": the accord's.
                if end == k + 3
                    && self
                        .lex
                        .words
                        .relative_owner_words
                        .contains(self.view.low(k + 2))
                {
                    (self.relative_goal_owner(k), end)
                } else {
                    (self.owner_phrase(k + 2, end), end)
                }
            } else {
                let mut j = k;
                while j > a
                    && !self.lex.is_possessive(self.view, j - 1)
                    && k - j < 3
                    && self.view.is_word(j - 1)
                    && !self.view.is_capitalised(j - 1)
                {
                    j -= 1;
                }
                if j > a && self.lex.is_possessive(self.view, j - 1) {
                    (self.mention_ending_at(j - 1).map(|m| m.1), k + 1)
                } else if let Some(r) = (j.saturating_sub(1).max(a)..k).find(|&t| {
                    self.lex
                        .words
                        .relative_owner_words
                        .contains(self.view.low(t))
                }) {
                    // "the fund, whose aim is to …": the fund's.
                    (self.relative_goal_owner(r + 1), k + 1)
                } else if j > a
                    && self
                        .lex
                        .words
                        .possessive_determiners
                        .contains(self.view.low(j - 1))
                {
                    (self.most_recent_entity_before(j - 1, goal_property), k + 1)
                } else {
                    continue;
                }
            };
            // "the Plan's goals, objectives, and strategies": a goal noun
            // coordinated with other nouns names parts of the document, it
            // lists no goals; "its goals and targets are: …" does, after
            // the verb.
            let after_owner = if after_owner == k + 1 {
                match self.after_coordinated_goal_nouns(k + 1) {
                    Some(t) => t,
                    None => continue,
                }
            } else {
                after_owner
            };
            let Some(owner) = owner.filter(|&o| {
                self.ontology
                    .fits(&self.entities[o].class, &self.property(goal_property).range)
            }) else {
                continue;
            };
            let mut start = after_owner;
            while start < b
                && (self
                    .lex
                    .words
                    .goal_list_verbs
                    .contains(self.view.low(start))
                    || self
                        .lex
                        .words
                        .goal_list_fillers
                        .contains(self.view.low(start))
                    || self.view.is_punct(start, ":"))
            {
                start += 1;
            }
            if start >= b || self.describes_the_goal(start, b) {
                continue;
            }
            // "… is the restoration of A and the exchange of B": one goal per
            // action noun phrase, commas inside them kept.
            let items = self
                .action_noun_items(start, b)
                .unwrap_or_else(|| self.infinitive_items(self.list_items(start, b)));
            let items = self.coordinated_gerund_items(items);
            for item in items {
                let goal = self.goal_entity(item.clone());
                self.emit(
                    goal,
                    goal_property,
                    owner,
                    k..k + 1,
                    "goal-list",
                    0.85,
                    (Polarity::Positive, None),
                );
            }
        }
    }

    /// Whether the words at `t` after a goal noun's copula say what the
    /// goal is like rather than list it: a passive participle ("The aim of
    /// the visit was achieved within a week", "are listed in its annex") or
    /// a predicative adjective ("The goal is ambitious"), neither modifying
    /// a noun after it ("The aims are improved access to ports" lists one).
    /// After a colon the list has begun. A preposition that opens no
    /// infinitive's subject ("The priorities were to a large extent
    /// fulfilled", "The aims are in line with …") says how the goals fare,
    /// it lists none.
    fn describes_the_goal(&self, t: usize, b: usize) -> bool {
        let tag = self.syntax.tagger_tags(t).1;
        if self.view.is_punct(t - 1, ":") {
            return false;
        }
        if tag == "IN" {
            return !self
                .lex
                .words
                .infinitive_subject_markers
                .contains(self.view.low(t));
        }
        if !(tag == "VBN" || tag.starts_with("JJ")) {
            return false;
        }
        let next = t + 1;
        next >= b || !self.view.is_word(next) || {
            let next_tag = self.syntax.tagger_tags(next).1;
            !(next_tag.starts_with("NN") || next_tag.starts_with("JJ"))
        }
    }

    /// Where the goals listed after a goal noun ending before `t` start:
    /// `t` itself, unless the noun is coordinated with others ("goals,
    /// objectives and strategies"); then after the goal list verb or colon
    /// that the coordination's last noun leads into, with no comma after
    /// the conjunction ("goals and targets are: …"), or nowhere.
    fn after_coordinated_goal_nouns(&self, t: usize) -> Option<usize> {
        let b = self.range.end;
        let words = &self.lex.words;
        let conjunction =
            |k: usize| words.conjunctions.contains(self.view.low(k)) || self.view.is_punct(k, ",");
        if t >= b || !conjunction(t) {
            return Some(t);
        }
        // Past "and", the next comma closes the coordination: what comes
        // after it ("…, and strategies, there is …") is another clause.
        let mut closing = words.conjunctions.contains(self.view.low(t));
        for k in t + 1..b.min(t + 2 + MAX_COORDINATED_GOAL_NOUNS) {
            if words.goal_list_verbs.contains(self.view.low(k)) || self.view.is_punct(k, ":") {
                return self.view.is_word(k - 1).then_some(k);
            }
            if self.view.is_punct(k, ",") && closing || !self.view.is_word(k) && !conjunction(k) {
                return None;
            }
            closing |= words.conjunctions.contains(self.view.low(k));
        }
        None
    }

    /// The entity an owner phrase denotes: a mention spanning it, else a new
    /// activity entity named by the phrase ("China's participation in …").
    fn owner_phrase(&mut self, start: usize, end: usize) -> Option<usize> {
        if let Some((r, e)) = self.mention_starting_at(start) {
            // A bracketed aside after the name ("the Accord (hereinafter
            // the “Accord”)", "the Fund (FND)") is no part of what it names.
            let aside = r.end < end
                && self.view.is_punct(r.end, "(")
                && self.view.is_punct(end - 1, ")")
                && !(r.end + 1..end - 1)
                    .any(|t| self.view.is_punct(t, "(") || self.view.is_punct(t, ")"));
            if r.end == end || aside {
                return Some(e);
            }
        }
        // "The objective of the 10 year, whole-of-nation framework is to
        // …": a definite description ending in a description head refers
        // back to the thing of that class the text named.
        if end > start + 1
            && self
                .lex
                .words
                .anaphoric_determiners
                .contains(self.view.low(start))
        {
            if let Some(e) = self
                .lex
                .description_heads
                .longest_at(self.view, end - 1, end)
                .and_then(|(_, class)| self.antecedent_of_class(start, class))
            {
                return Some(e);
            }
        }
        let label = clean_label(self.lex, self.view.span_text(start, end));
        if label.is_empty() {
            return None;
        }
        let class = self.lex.classes.activity.clone();
        Some(self.local_entity(&label, &class))
    }

    pub(super) fn most_recent_entity_before(&self, k: usize, property: usize) -> Option<usize> {
        let range = &self.property(property).range;
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| self.ontology.fits(&e.class, range))
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| m.end <= k)
                    .map(|m| m.start)
                    .max()
                    .map(|s| (s, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// One goal per "-ing" clause of a list item that coordinates them
    /// without a comma ("include reducing emissions and promoting
    /// investment"), as the "-ing" list rule reads them: the whole
    /// coordination is no goal of its own.
    fn coordinated_gerund_items(&self, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
        items
            .into_iter()
            .flat_map(|item| {
                let opens_gerund = self.syntax.tagger_tags(item.start).1 == "VBG"
                    && self.lex.may_be_gerund(self.view, item.start);
                let parts = if opens_gerund {
                    self.gerund_items(None, item.start)
                } else {
                    Vec::new()
                };
                if parts.len() >= 2 && parts.iter().all(|p| p.end <= item.end) {
                    parts
                } else {
                    vec![item]
                }
            })
            .collect()
    }

    /// Splits a list on semicolons (or commas when there are none), dropping
    /// "and"/"or" and a trailing attribution (", according to …", ", X said").
    fn list_items(&self, start: usize, end: usize) -> Vec<Range<usize>> {
        let view = self.view;
        let mut stop = end;
        while stop > start && view.toks[stop - 1].kind == crate::text::TokenKind::Punct {
            stop -= 1;
        }
        if let Some(acc) = (start..stop).find(|&t| {
            self.lex
                .words
                .attribution_cues
                .phrase_at(view, t, stop)
                .is_some()
        }) {
            stop = acc;
        }
        // "is “to train engineers”, the Minister said": the list ends with
        // the quotation it starts in.
        let stop = self.within_quotation(start..stop).end;
        let semicolons = (start..stop).any(|t| view.is_punct(t, ";"));
        let sep = if semicolons { ";" } else { "," };
        let mut items = Vec::new();
        // Whether the item before ends in a noun list a comma goes on with.
        let mut in_noun_list = false;
        let mut item_start = start;
        for t in start..=stop {
            if t == stop || view.is_punct(t, sep) {
                let mut s = item_start;
                let mut e = t;
                while s < e && (self.is_coordinator(view.low(s)) || view.is_punct(s, sep)) {
                    s += 1;
                }
                let bare_noun = s < e && matches!(self.syntax.tagger_tags(s).1, "NN" | "NNS");
                while s < e
                    && (self.lex.words.definite_articles.contains(view.low(s))
                        || self.lex.words.indefinite_articles.contains(view.low(s))
                        || view.toks[s].kind == crate::text::TokenKind::Punct)
                {
                    s += 1;
                }
                while e > s && view.toks[e - 1].kind == crate::text::TokenKind::Punct {
                    e -= 1;
                }
                // "the exchange of information on policies, research, and
                // programmes in this field": after an item ending in a
                // preposition's nouns, a comma item opening with a bare noun
                // goes on with that noun list; no goal starts inside it.
                let continues = sep == "," && in_noun_list && bare_noun;
                if e > s && !continues {
                    items.push(s..e);
                }
                in_noun_list = e > s && (continues || self.ends_in_prepositional_nouns(s..e));
                item_start = t + 1;
            }
        }
        items
    }

    /// Whether a phrase ends in a preposition's object of bare nouns and
    /// adjectives by the tagger's tags ("information on policies").
    fn ends_in_prepositional_nouns(&self, phrase: Range<usize>) -> bool {
        let tag = |t: usize| self.syntax.tagger_tags(t).1;
        let mut k = phrase.end;
        while k > phrase.start && matches!(tag(k - 1), "NN" | "NNS" | "JJ") {
            k -= 1;
        }
        k < phrase.end && k > phrase.start && tag(k - 1) == "IN"
    }

    /// List items that are infinitives ("to cut waste, to widen access and
    /// to train staff") without their marker, one per verb: the marker is
    /// no part of the goal, and "and to" joins two goals as a comma does.
    fn infinitive_items(&self, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
        let view = self.view;
        let markers = &self.lex.goal_cues.clause_markers;
        let marker_at = |t: usize, end: usize| t + 1 < end && markers.contains(view.low(t));
        if !items.first().is_some_and(|i| marker_at(i.start, i.end)) {
            return items;
        }
        // "to back firms with investment in skills, industries and
        // infrastructure": an item opening with neither the marker nor a
        // verb continues a noun list of the item before it, no goal of
        // its own.
        let mut joined: Vec<Range<usize>> = Vec::new();
        for item in items {
            let verb = self.syntax.tagger_tags(item.start).1.starts_with("VB");
            match joined.last_mut() {
                Some(last) if !verb && !marker_at(item.start, item.end) => last.end = item.end,
                _ => joined.push(item),
            }
        }
        let mut out = Vec::new();
        for item in joined {
            let mut s = item.start;
            for t in item.start..=item.end {
                let joins = t + 1 < item.end
                    && t > s
                    && self.is_coordinator(view.low(t))
                    && (marker_at(t + 1, item.end)
                        || self.bare_goal_verb_at(t + 1, item.end)
                            && !self.infinitive_between(s + 1, t));
                if t == item.end || joins {
                    if marker_at(s, t) {
                        s += 1;
                    }
                    if t > s {
                        out.push(s..t);
                    }
                    s = t + 1;
                }
            }
        }
        out
    }

    /// Whether a goal verb (`kg:goalVerb`) in its bare form opens a phrase
    /// at `t` (before `end`): "to enhance X and address key gaps" — a
    /// determiner, adjective, possessive or number after it shows a verb
    /// with its object, whatever the tagger made of the verb.
    fn bare_goal_verb_at(&self, t: usize, end: usize) -> bool {
        t + 1 < end
            && self.view.is_word(t)
            && !self.view.is_capitalised(t)
            && self.lex.words.goal_verbs.contains(self.view.low(t))
            && matches!(
                self.syntax.tagger_tags(t + 1).1,
                "DT" | "JJ" | "JJR" | "PRP$" | "CD"
            )
    }

    /// Whether an infinitive ("to" and a verb by its tag) opens between
    /// `start` and `end`: "to boost output by backing firms to create jobs
    /// and increase pay" — a bare verb after it may be its conjunct, not
    /// the outer goal's.
    fn infinitive_between(&self, start: usize, end: usize) -> bool {
        (start..end).any(|t| {
            self.lex.goal_cues.clause_markers.contains(self.view.low(t))
                && self.syntax.tagger_tags(t + 1).1 == "VB"
        })
    }

    /// A goal entity, scoped to the document, labelled by its phrase.
    fn goal_entity(&mut self, tokens: Range<usize>) -> usize {
        let tokens = self.before_trailing_bracket(self.within_quotation(tokens));
        let label = self
            .view
            .span_text(tokens.start, tokens.end)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let class = self.lex.classes.goal.clone();
        let e = self.local_entity(&label, &class);
        // A description the mention rules read over the same words
        // ("simplify customs rules" taken for rules of that kind) is the
        // goal misread: the goal keeps its key and its class.
        if self.entities[e].class != class && self.entities[e].mentions.contains(&tokens) {
            self.entities[e].class = class;
            self.entities[e].tentative = false;
        }
        self.entities[e].mentions.push(tokens);
        e
    }

    /// A goal span cut before a bracket it leaves open ("implement the
    /// Kestrel Accord (KA" cut at the sentence's edge) or before a short
    /// form in brackets that ends it ("… the Kestrel Accord (KA)"): the
    /// goal is the phrase, not the name's abbreviation.
    fn before_trailing_bracket(&self, tokens: Range<usize>) -> Range<usize> {
        let Some(open) = (tokens.start + 1..tokens.end)
            .rev()
            .find(|&t| self.view.is_punct(t, "("))
        else {
            return tokens;
        };
        let close = (open + 1..tokens.end).find(|&t| self.view.is_punct(t, ")"));
        let short_form = close.is_some_and(|c| {
            c + 1 == tokens.end && c == open + 2 && self.view.is_capitalised(open + 1)
        });
        if close.is_some() && !short_form {
            return tokens;
        }
        let mut end = open;
        while end > tokens.start + 1
            && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
        {
            end -= 1;
        }
        tokens.start..end
    }

    /// A goal span cut before the closing quotation mark of a quotation
    /// it starts in: "“… to widen the port,” the Minister said" ends at
    /// "port". A quotation opened inside the span ("the “Blue Ports”
    /// scheme") stays whole. A straight quote closes when the sentence
    /// holds an odd number of them before the span.
    fn within_quotation(&self, tokens: Range<usize>) -> Range<usize> {
        const STRAIGHT: &str = "\"";
        let sentence_start = self.view.sentence_start(tokens.start);
        // Quotes opening the span open the quotation it starts in.
        let mut first = tokens.start;
        while first + 1 < tokens.end && matches!(self.view.text(first), "\u{201c}" | STRAIGHT) {
            first += 1;
        }
        let outer_straight = (sentence_start..first)
            .filter(|&t| self.view.is_punct(t, STRAIGHT))
            .count()
            % 2
            == 1;
        let (mut curly_inside, mut straight_inside) = (0usize, false);
        let mut end = tokens.end;
        for t in first..tokens.end {
            let closes_outer = match self.view.text(t) {
                "\u{201c}" => {
                    curly_inside += 1;
                    false
                }
                "\u{201d}" if curly_inside > 0 => {
                    curly_inside -= 1;
                    false
                }
                "\u{201d}" => true,
                STRAIGHT if straight_inside => {
                    straight_inside = false;
                    false
                }
                STRAIGHT if outer_straight => true,
                STRAIGHT => {
                    straight_inside = true;
                    false
                }
                _ => false,
            };
            if closes_outer {
                end = t;
                break;
            }
        }
        // A closing quote opening the span closes nothing of it.
        if end == tokens.end || end <= first {
            return tokens;
        }
        while end > tokens.start + 1
            && self.view.toks[end - 1].kind == crate::text::TokenKind::Punct
        {
            end -= 1;
        }
        tokens.start..end
    }

    fn local_entity(&mut self, label: &str, class: &str) -> usize {
        self.local_entity_keyed(label, label, class)
    }

    /// A document-scoped entity told apart by `key` (its label may be
    /// shared by another: two countries' "Trade Minister").
    fn local_entity_keyed(&mut self, key: &str, label: &str, class: &str) -> usize {
        let key = EntityKey::Local(format!("{}/{}", self.doc_id, key.to_lowercase()));
        if let Some(i) = self.entities.iter().position(|e| e.key == key) {
            return i;
        }
        self.entities.push(EntityDraft {
            key,
            class: class.to_owned(),
            label: label.to_owned(),
            alt_labels: Default::default(),
            honorifics: Default::default(),
            demonyms: Default::default(),
            same_as: Vec::new(),
            mentions: Vec::new(),
            titles: Default::default(),
            tentative: false,
            names_seen: Default::default(),
        });
        self.entities.len() - 1
    }

    /// "X aims to G" (owner X) and adjuncts "…, in a bid to G" / "…, aiming
    /// for G" (owner: the subject of the sentence).
    fn purpose_frames(&mut self) {
        let Some(goal_property) = self.lex.goal_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        // The lexicon outlives the frame: borrowed apart from `self`, no copy.
        let lex = self.lex;
        let phrases = &lex.purpose_phrases;
        let mut k = a;
        while k < b {
            let Some(phrase) = phrases.first_at(self.view, k, b) else {
                k += 1;
                continue;
            };
            let goal_start = k + phrase.len();
            let goal_end = (goal_start..b)
                .find(|&t| {
                    self.view.toks[t].kind == crate::text::TokenKind::Punct
                        && !self.view.is_punct(t, "-")
                })
                .unwrap_or(b);
            let adjunct = k > a && self.view.is_punct(k - 1, ",")
                || self
                    .lex
                    .words
                    .adjunct_purpose_starts
                    .contains(phrase[0].as_str());
            let owner = if adjunct {
                self.sentence_subject()
            } else {
                self.mention_ending_at(self.skip_aux_left(k)).map(|m| m.1)
            };
            let owner = owner.filter(|&o| {
                self.ontology
                    .fits(&self.entities[o].class, &self.property(goal_property).range)
            });
            if let (Some(owner), true) = (owner, goal_end > goal_start) {
                let goal = self.goal_entity(goal_start..goal_end);
                let q = self.qualifiers(a, k);
                self.emit(
                    goal,
                    goal_property,
                    owner,
                    k..goal_start,
                    "purpose",
                    0.75,
                    q,
                );
            }
            k = goal_end.max(k + 1);
        }
    }

    /// The first mention of the sentence when it opens the sentence (after an optional determiner).
    fn sentence_subject(&self) -> Option<usize> {
        let a = self.range.start;
        self.mention_starting_at(a).map(|m| m.1)
    }
}

impl Frame<'_, '_> {
    /// Position phrases and who holds them: "Minister for Trade Ada Quist",
    /// "Minister for Trade, Ada Quist,", "Ada Quist, Minister for Trade",
    /// "Ada Quist (Minister for Trade)", "Ada Quist is Minister for Trade and
    /// Deputy Leader" (one holder for coordinated positions). Each position
    /// is an entity of the document, labelled by the phrase, and also by the
    /// phrase without the names leading it ("Foreign Minister" of "Kestrian
    /// Foreign Minister").
    fn position_frames(&mut self) {
        if self.lex.title_property.is_none() {
            return;
        }
        let mut previous: Option<(usize, usize)> = None; // (phrase end, holder before it)
        let phrases = self.positions.clone();
        // "Minister for X/ Deputy Leader Ada Quist": offices joined by a
        // slash share the holder named after the last; so do offices
        // coordinated before a name ("Minister of Energy, Minister of Mines
        // and Minister of Trade Ada Quist"), unless an office is someone
        // else's already ("Ada Quist, Minister of Energy and …") or stands
        // with an article of its own ("the President and Prime Minister
        // Ada Quist" may name two people). One article over offices whose
        // holder is set off after a comma opens one noun phrase, which the
        // apposition names ("the Deputy Prime Minister and Minister for
        // Trade, Ada Quist").
        let mut after: Vec<Option<usize>> = phrases.iter().map(|p| self.holder_after(p)).collect();
        let mut coordinated = vec![false; phrases.len()];
        // Whether the holder after each office is set off by a comma.
        let mut apposed: Vec<bool> = phrases
            .iter()
            .zip(&after)
            .map(|(p, holder)| {
                holder.is_some()
                    && p.tokens.end < self.range.end
                    && self.view.is_punct(p.tokens.end, ",")
            })
            .collect();
        for i in (0..phrases.len().saturating_sub(1)).rev() {
            let end = phrases[i].tokens.end;
            if after[i].is_some() || phrases[i + 1].tokens.start != end + 1 {
                continue;
            }
            let joiner = self.view.low(end);
            let slash = self.view.is_punct(end, "/");
            let listed = self.lex.words.conjunctions.contains(joiner)
                || (self.view.is_punct(end, ",") && coordinated[i + 1]);
            if slash
                || (listed
                    && (apposed[i + 1] || !self.office_has_article(&phrases[i]))
                    && !self.office_runs_over_a_name(&phrases[i])
                    && self.holder_before(&phrases[i]).is_none())
            {
                after[i] = after[i + 1];
                coordinated[i] = listed;
                apposed[i] = apposed[i + 1];
            }
        }
        // "the Secretary of X, Ambassador Ada Quist": the office is the
        // first; the title right before the name is a rank. An office set
        // off from the name by a comma is no rank but a second office
        // stacked on the first ("Chair of the Conference, Prime Minister
        // of Norland, the Hon Ivo Marsh"), and so is one a place leads
        // or a complement follows ("the OSCE Chairman-in-Office, Kestrian
        // Foreign Minister Ada Quist"): a rank is a title alone.
        for i in (1..phrases.len()).rev() {
            let gap = phrases[i - 1].tokens.end..phrases[i].tokens.start;
            if after[i].is_some()
                && !apposed[i]
                && !office_beyond_its_title(&phrases[i])
                && after[i] == after[i - 1]
                && !coordinated[i - 1]
                && self.view.is_punct(gap.start, ",")
                && gap.len() <= 3
            {
                after[i] = None;
            }
        }
        // "A, Minister of X, B, Minister of Y": in a list of names each set
        // off with its office, the name after an office holds the next one,
        // so the office goes to the name before it.
        let befores: Vec<Option<usize>> = phrases.iter().map(|p| self.holder_before(p)).collect();
        for i in 0..phrases.len() {
            let end = phrases[i].tokens.end;
            if let (Some(a), Some(b)) = (after[i], befores[i]) {
                if a != b
                    && end < self.range.end
                    && self.view.is_punct(end, ",")
                    && befores[i + 1..].contains(&Some(a))
                {
                    after[i] = None;
                }
            }
        }
        // "A, senator, Mr. B, M.P.": an office in lowercase, no article
        // before it, right after a comma that closes a name is that name's
        // apposition; the name after it starts the next item.
        for (i, p) in phrases.iter().enumerate() {
            let s = p.tokens.start;
            if befores[i].is_some()
                && s > self.range.start
                && self.view.is_punct(s - 1, ",")
                && !self.view.is_capitalised(s)
            {
                after[i] = None;
            }
        }
        for (p, holder_after) in phrases.into_iter().zip(after) {
            let holder_before = self.holder_before(&p).or_else(|| {
                // "… is Director of X and Deputy Leader": the holder of the first.
                let (end, holder) = previous?;
                let joined = p.tokens.start == end + 1
                    && (self.lex.words.conjunctions.contains(self.view.low(end))
                        || self.view.is_punct(end, ","));
                // "Ada Quist, Minister of Trade, and Second Minister for
                // Energy, said": an office closing the apposition after a
                // comma and a joiner is the holder's too (before a name,
                // it is that name's).
                let closes =
                    p.tokens.end >= self.range.end || !self.view.is_capitalised(p.tokens.end);
                let listed = p.tokens.start == end + 2
                    && self.view.is_punct(end, ",")
                    && self.lex.words.conjunctions.contains(self.view.low(end + 1))
                    && closes;
                (joined || listed).then_some(holder)
            });
            previous = holder_before.map(|h| (p.tokens.end, h));
            let Some(holder) = holder_after.or(holder_before) else {
                continue;
            };
            let span = p.tokens.clone();
            self.hold_position(
                &p,
                holder,
                holder_after,
                (span, "position", 0.9),
                (Polarity::Positive, None),
            );
        }
    }

    /// States that `holder` holds the office of position phrase `p`: the
    /// position entity of the document labelled by the phrase (one per
    /// owner the phrase or its context names), the fact with `evidence`
    /// (trigger span, rule, confidence) and its qualifiers, and the
    /// office's owner. `holder_after` is the holder named right after the
    /// phrase, whose owner may follow the name.
    fn hold_position(
        &mut self,
        p: &PositionPhrase,
        holder: usize,
        holder_after: Option<usize>,
        evidence: (Range<usize>, &str, f32),
        qualifiers: (Polarity, Option<String>),
    ) {
        let Some(property) = self.lex.title_property else {
            return;
        };
        let class = self.lex.classes.position.clone();
        let (span, rule, confidence) = evidence;
        self.held_positions.push((p.tokens.clone(), holder));
        // "Former Premier Ada Quist", "the former Minister for Trade, Ada
        // Quist": an office that is over is no position held. The phrase
        // still counts as read, so no other rule gives it to the holder.
        if self.office_is_over(p) {
            return;
        }
        let label = p.label(self.view, self.lex);
        let owner = self.office_owner(p).or_else(|| {
            holder_after
                .and_then(|h| self.owner_after_holder(p, h))
                .map(|o| (o, true))
        });
        // One office per owner: Kestria's Trade Minister and Norland's
        // are two positions, though both are written "Trade Minister";
        // and one office of one owner however the owner is placed: "the
        // Kestria Trade Minister" and "the Trade Minister of Kestria".
        let office = owner.and_then(|(o, outside)| {
            self.office_without_owner(p, o, outside)
                .map(|words| (o, words))
        });
        let written_before = office
            .as_ref()
            .and_then(|office| self.owned_offices.borrow().get(office).copied());
        let position = match (written_before, owner) {
            (Some(position), _) => {
                // The office as this phrase writes it is another name of it.
                if label != self.entities[position].label {
                    self.entities[position].alt_labels.insert(label);
                }
                position
            }
            (None, Some((o, true))) => {
                let key = format!("{} {label}", self.entities[o].label);
                self.local_entity_keyed(&key, &label, &class)
            }
            // "Deputy Foreign Minister Son" after "Vietnam's Deputy
            // Foreign Minister Son": the one office of that name, if one.
            (None, _) => {
                let mut same = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.class == class && e.label == label)
                    .map(|(i, _)| i);
                match (same.next(), same.next()) {
                    (Some(i), None) => i,
                    _ => self.local_entity(&label, &class),
                }
            }
        };
        if let Some(office) = office {
            self.owned_offices
                .borrow_mut()
                .entry(office)
                .or_insert(position);
        }
        if let Some(bare) = p.bare_label(self.view, self.lex) {
            self.entities[position].alt_labels.insert(bare);
        }
        if let Some(short) = self.office_without_its_body(p) {
            if short != self.entities[position].label {
                self.entities[position].alt_labels.insert(short);
            }
        }
        if let Some(portfolio) = owner.and_then(|(o, _)| self.portfolio_before_owner(p, o)) {
            self.entities[position].alt_labels.insert(portfolio);
        }
        self.entities[position].mentions.push(p.tokens.clone());
        let positive = qualifiers.0 == Polarity::Positive;
        self.emit(
            holder, property, position, span, rule, confidence, qualifiers,
        );
        if let (Some(office), Some((o, _)), true) = (self.lex.office_property, owner, positive) {
            self.emit(
                position,
                office,
                o,
                p.tokens.clone(),
                "office",
                0.9,
                (Polarity::Positive, None),
            );
        }
    }

    /// The words of office phrase `p` without its owner `owner`, in lower
    /// case: the phrase without the names leading it ("trade minister" of
    /// "Kestrian Trade Minister", and of "Trade Minister" after "Kestria's"
    /// when the owner is named `outside` the phrase), or without the owner
    /// closing its complement after a genitive preposition ("trade
    /// minister" of "Trade Minister of Kestria"). `None` where the owner
    /// is named elsewhere in the phrase.
    fn office_without_owner(
        &self,
        p: &PositionPhrase,
        owner: usize,
        outside: bool,
    ) -> Option<String> {
        let view = self.view;
        let words = |r: Range<usize>| r.map(|t| view.low(t)).collect::<Vec<_>>().join(" ");
        if outside || p.bare.start > p.tokens.start {
            return Some(words(p.bare.clone()));
        }
        let (name, _) = self
            .mentions
            .iter()
            .find(|(r, e)| *e == owner && r.end == p.tokens.end && r.start > p.head.end)?;
        let mut j = name.start - 1;
        if j > p.head.end && self.lex.words.definite_articles.contains(view.low(j)) {
            j -= 1;
        }
        (j >= p.head.end && self.lex.words.genitive_prepositions.contains(view.low(j)))
            .then(|| words(p.bare.start..j))
    }

    /// Whether a word saying a role is over (`kg:formerModifier`) opens the
    /// position phrase ("Former Premier"), opens it after the names leading
    /// it, or stands right before it in lower case ("the former Minister
    /// for Trade").
    fn office_is_over(&self, p: &PositionPhrase) -> bool {
        let before = p
            .tokens
            .start
            .checked_sub(1)
            .filter(|&t| t >= self.range.start);
        [Some(p.tokens.start), Some(p.bare.start), before]
            .into_iter()
            .flatten()
            .any(|t| self.lex.words.former_modifiers.contains(self.view.low(t)))
    }

    /// Whether a position phrase seems to run on over its holder's name
    /// ("Under Secretary for Trade Ada Quist" where no rule found the
    /// name): its complement holds a known given name before a capitalised
    /// word, or ends on two capitalised words, the last no common word and
    /// no mention ("Foreign Affairs" and "of Chile" end offices; "Ada
    /// Quist" does not).
    fn office_runs_over_a_name(&self, p: &PositionPhrase) -> bool {
        let (view, lex) = (self.view, self.lex);
        let last = p.tokens.end - 1;
        let given_name = (p.head.end..last)
            .any(|t| lex.given_names.contains(view.text(t)) && view.is_capitalised(t + 1));
        let odd_end = last > p.head.end
            && view.is_capitalised(last - 1)
            && view.is_capitalised(last)
            && !lex.common_words.contains(view.low(last))
            && !self.mentions.iter().any(|(r, _)| r.contains(&last));
        given_name || odd_end
    }

    /// Whether an article opens the position phrase or stands right before
    /// it ("the President").
    fn office_has_article(&self, p: &PositionPhrase) -> bool {
        let start = p.tokens.start;
        self.is_article(start) || (start > self.range.start && self.is_article(start - 1))
    }

    /// The organisation or country whose office a position phrase names,
    /// and whether it is written outside the phrase: a possessive before it
    /// ("Kestria's Trade Minister", outside), a name or adjective leading it
    /// ("Kestrian Trade Minister"), else the last "of X" of its complement
    /// ("Minister of Trade of Kestria"; not "Ambassador to X", whose X is
    /// where the office serves).
    fn office_owner(&self, p: &PositionPhrase) -> Option<(usize, bool)> {
        let property = self.property(self.lex.office_property?);
        let fits = |e: usize| self.ontology.fits(&self.entities[e].class, &property.range);
        let start = p.tokens.start;
        if start > self.range.start + 1 && self.lex.is_possessive(self.view, start - 1) {
            if let Some((_, e)) = self.mention_ending_at(start - 1).filter(|m| fits(m.1)) {
                return Some((e, true));
            }
        }
        let within = |r: &Range<usize>, from: usize, to: usize| r.start >= from && r.end <= to;
        let leading = self
            .mentions
            .iter()
            .chain(&self.demonyms)
            .filter(|(r, e)| within(r, start, p.bare.start) && fits(*e))
            // The first, and of two at one word the shorter: "Kestrian" over
            // a name the rules ran on into the office ("Kestrian Education").
            .min_by_key(|(r, _)| (r.start, r.len()));
        if let Some((_, e)) = leading {
            return Some((*e, false));
        }
        let genitives = &self.lex.words.genitive_prepositions;
        self.mentions
            .iter()
            .filter(|(r, e)| {
                within(r, p.head.end, p.tokens.end)
                    && r.start > 0
                    && self.preceded_by(r.start, genitives)
                    && fits(*e)
            })
            .max_by_key(|(r, _)| r.start)
            .map(|(_, e)| (*e, false))
    }

    /// The body or place named after the holder who follows a position
    /// ("Mayor Ada Quist of Orvia City", "Chief Ada Quist of the Kestrel
    /// Lake Nation"): right after the holder's name, a genitive preposition
    /// (perhaps with an article) and a name that may own an office.
    fn owner_after_holder(&self, p: &PositionPhrase, holder: usize) -> Option<usize> {
        let end = p.tokens.end;
        let named = after_titles(self.view, self.lex, end, self.range.end).unwrap_or(end);
        let (name, e) = self.mention_starting_at(named)?;
        if e != holder || name.end + 1 >= self.range.end {
            return None;
        }
        let mut k = name.end + 1;
        if !self
            .lex
            .words
            .genitive_prepositions
            .contains(self.view.low(name.end))
        {
            return None;
        }
        if self.lex.words.definite_articles.contains(self.view.low(k)) {
            k += 1;
        }
        let property = self.property(self.lex.office_property?);
        self.mentions
            .iter()
            .filter(|(r, o)| {
                r.start == k
                    && self
                        .ontology
                        .fits(&self.entities[*o].class, &property.range)
            })
            .max_by_key(|(r, _)| r.end)
            .map(|(_, o)| *o)
    }

    /// Whether the token before `k` is one of `words`, perhaps with a
    /// definite article between ("of the Commission").
    fn preceded_by(&self, k: usize, words: &WordSet) -> bool {
        let view = self.view;
        let mut j = k - 1;
        if j > self.range.start && self.lex.words.definite_articles.contains(view.low(j)) {
            j -= 1;
        }
        j >= self.range.start && words.contains(view.low(j))
    }

    /// The person whose name follows a position: right after it, or after a
    /// comma and a few honorific words ("…, the Hon Ada Quist").
    fn holder_after(&self, p: &PositionPhrase) -> Option<usize> {
        let end = p.tokens.end;
        let person = |k: usize| {
            self.mention_starting_at(k)
                .filter(|(r, e)| r.start == k && self.is_person(*e))
                .map(|(_, e)| e)
        };
        if end >= self.range.end {
            return None;
        }
        // "High Representative / Vice-President (HR/VP), Ada Quist": the
        // office's acronym in brackets stands between it and the name.
        let end = self.bracketed_acronym_end(end).unwrap_or(end);
        if end >= self.range.end {
            return None;
        }
        // Titles between the office and the name ("… Affairs Dr Ada Quist",
        // "Prime Minister the Rt Hon Ada Quist").
        let named = after_titles(self.view, self.lex, end, self.range.end).unwrap_or(end);
        if named >= self.range.end {
            return None;
        }
        if let Some(e) = person(named) {
            return Some(e);
        }
        self.apposed_name_after(end)
            .and_then(person)
            .or_else(|| self.line_label_holder_after(p))
    }

    /// The person a line of a list of office holders names before a colon
    /// or a dash and the office starting the rest of the line: "Ada Quist:
    /// Minister of Trade", "Minister Ivo Marsh: Minister of Health &
    /// Sport", "Ada Quist – Minister of Trade". The name opens its line,
    /// after its styles and titles, so the colon labels the whole line
    /// with its name; and the office, or the offices coordinated with it,
    /// close the line. A transcript's turn ("Ada Quist: Prime Minister,
    /// thank you") addresses the office it opens with, and a dash inside
    /// a sentence sets off a clause.
    fn line_label_holder_before(&self, p: &PositionPhrase) -> Option<usize> {
        let (a, view) = (self.range.start, self.view);
        let k = p.tokens.start;
        if k < a + 2
            || !(view.is_punct(k - 1, ":") || is_dash(view.text(k - 1)))
            || !self.offices_close_line(p)
        {
            return None;
        }
        let (name, holder) = self
            .mention_ending_at(k - 1)
            .filter(|(_, e)| self.is_person(*e))?;
        let opening = self.skip_title_left(self.skip_honorifics_left(name.start));
        (opening == a).then_some(holder)
    }

    /// The person a line of a list of office holders names after the
    /// office opening it and a colon or a dash, the name closing the line:
    /// "Minister of Trade: Ada Quist", "Director of Ports – Dr Ivo Marsh".
    fn line_label_holder_after(&self, p: &PositionPhrase) -> Option<usize> {
        let (view, end) = (self.view, p.tokens.end);
        if p.tokens.start != self.range.start
            || end + 1 >= self.range.end
            || !(view.is_punct(end, ":") || is_dash(view.text(end)))
        {
            return None;
        }
        let named = after_titles(view, self.lex, end + 1, self.range.end).unwrap_or(end + 1);
        let (name, holder) = self
            .mention_starting_at(named)
            .filter(|(r, e)| r.start == named && self.is_person(*e))?;
        self.closes_line(name.end).then_some(holder)
    }

    /// Whether office phrase `p`, or the last of the offices coordinated
    /// after it ("Minister of Trade and Minister of Energy"), closes the
    /// line.
    fn offices_close_line(&self, p: &PositionPhrase) -> bool {
        let mut end = p.tokens.end;
        while !self.closes_line(end) {
            let joined = self.view.is_punct(end, ",")
                || self.lex.words.conjunctions.contains(self.view.low(end));
            match self.positions.iter().find(|q| q.tokens.start == end + 1) {
                Some(q) if joined => end = q.tokens.end,
                _ => return false,
            }
        }
        true
    }

    /// Whether nothing but punctuation follows token `k` in the sentence.
    fn closes_line(&self, k: usize) -> bool {
        (k..self.range.end).all(|t| !self.view.is_word(t))
    }

    /// The office without the body it sits in or the body owning it, where
    /// its title has a complement of its own before them: "Director of the
    /// Port Directorate" of "Director of the Port Directorate at the
    /// Ministry of Transport", "Director-General for Trade" of
    /// "Director-General for Trade of the Ministry for Foreign Affairs".
    /// The shorter phrase names the same office, as "Foreign Minister"
    /// does "Kestrian Foreign Minister"; a title alone before the body
    /// ("Minister of State at the Ministry of Finance") is no name of it.
    /// The body is a definite name with a body's name head among its first
    /// capitalised words.
    fn office_without_its_body(&self, p: &PositionPhrase) -> Option<String> {
        let (view, lex) = (self.view, self.lex);
        let words = &lex.words;
        let head_end = p.head.end;
        if head_end + 4 > p.tokens.end || !lex.position_prepositions.contains(view.low(head_end)) {
            return None;
        }
        let bodies = [&lex.classes.government_body, &lex.classes.organization];
        let body_at = |n: usize| {
            (n..p.tokens.end)
                .take(MAX_BODY_NAME_WORDS)
                .take_while(|&t| view.is_capitalised(t))
                .any(|t| {
                    lex.name_heads
                        .get(view.low(t))
                        .is_some_and(|class| bodies.contains(&class))
                })
        };
        let end = (head_end + 2..p.tokens.end - 2).find(|&j| {
            (words.office_seat_prepositions.contains(view.low(j))
                || words.genitive_prepositions.contains(view.low(j)))
                && words.definite_articles.contains(view.low(j + 1))
                && body_at(j + 2)
        })?;
        let short = PositionPhrase {
            tokens: p.bare.start..end,
            bare: p.bare.start..end,
            head: p.head.clone(),
        };
        Some(short.label(view, self.lex))
    }

    /// Where an acronym in brackets starting at token `k` ends ("(HR/VP)",
    /// "(USTR)"): capitals, digits and the slashes, hyphens or ampersands
    /// between them, a few tokens at most; the token after the bracket.
    fn bracketed_acronym_end(&self, k: usize) -> Option<usize> {
        let view = self.view;
        if !view.is_punct(k, "(") {
            return None;
        }
        let mut j = k + 1;
        let mut letters = false;
        while j < self.range.end && j - k <= MAX_ACRONYM_TOKENS {
            if view.is_punct(j, ")") {
                return letters.then_some(j + 1);
            }
            let text = view.text(j);
            let acronym_part = text
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '-' | '&'));
            if !acronym_part {
                return None;
            }
            letters |= text.chars().any(char::is_uppercase);
            j += 1;
        }
        None
    }

    /// Where the name set off by a comma after a position's end starts:
    /// after honorifics ("…, the Hon Ada Quist"), or after a qualifier of
    /// the office that names its body or place and a second comma
    /// ("Chargé d'affaires, a.i. of the Embassy of Kestria, Ada Quist",
    /// "Acting Premier, Eastvale, Dr. the Hon. Ada Quist"), honorifics
    /// again allowed after that comma.
    fn apposed_name_after(&self, end: usize) -> Option<usize> {
        if end >= self.range.end || !self.view.is_punct(end, ",") {
            return None;
        }
        let mut qualified = false;
        // The qualifier closed by its comma: honorifics may follow.
        let mut closed = false;
        // Inside a qualifier's body named by words no mention covers.
        let (mut in_body, mut body_words) = (false, 0);
        let mut k = end + 1;
        while k < self.range.end && k - end <= MAX_APPOSITION {
            let covering = self.mentions.iter().find(|(r, _)| r.contains(&k));
            match covering {
                Some((r, e)) if r.start == k && self.is_person(*e) => {
                    return (!qualified || closed).then_some(k);
                }
                Some((r, _)) if !qualified && r.start == k => {
                    qualified = true;
                    k = r.end;
                    continue;
                }
                Some(_) => return None,
                None => {}
            }
            let low = self.view.low(k);
            let honorific = self.view.is_capitalised(k)
                || self.lex.is_determiner(low)
                || self.view.is_punct(k, ".")
                || (self.view.is_word(k) && low.contains('.'));
            let preposition = !qualified && self.lex.position_prepositions.contains(low);
            let comma = self.view.is_punct(k, ",");
            // The body may be a name no rule or tagger found ("of the Embassy
            // of Kestria"): capitalised words after the preposition name it,
            // and the comma after them closes the qualifier.
            if comma && body_words > 0 {
                qualified = true;
            }
            closed |= comma && qualified;
            if !(honorific || preposition || comma) || (comma && !qualified) {
                return None;
            }
            if preposition {
                in_body = true;
            } else if in_body && self.view.is_capitalised(k) {
                body_words += 1;
            }
            k += 1;
        }
        None
    }

    /// The person named before a position: "Ada Quist, Minister …", "Ada
    /// Quist (Minister …)", "Ada Quist, as Minister …", "Ada Quist is
    /// Minister …", "Ada Quist MP, Minister …", and a parliament's record
    /// naming the member's seat first: "Ada Quist (Eastvale—Minister …)".
    fn holder_before(&self, p: &PositionPhrase) -> Option<usize> {
        if let Some(holder) = self.line_label_holder_before(p) {
            return Some(holder);
        }
        let mut k = p.tokens.start;
        // "named Ada Quist as Trade Envoy": "as" links the name before it.
        let marker = self.role_marker_before(k);
        if let Some(m) = marker {
            k = m;
        }
        if k <= self.range.start {
            return None;
        }
        if let Some(open) = self.seat_before(k) {
            k = open + 1;
        }
        // "Ada Quist, the Minister of Trade", "Ada Quist, Kestria's Minister
        // of Trade": an apposition's determiner or possessive owner stands
        // between the comma and the office.
        if marker.is_none() {
            k = self.apposition_start(k);
            if k <= self.range.start {
                return None;
            }
        }
        let linker = self.view.is_punct(k - 1, ",")
            || self.view.is_punct(k - 1, "(")
            || self
                .lex
                .words
                .introducing_copulas
                .contains(self.view.low(k - 1));
        if !linker && marker.is_none() {
            return self.holder_before_copula(k);
        }
        // The name, or the name before its postnominals ("Ada Quist MP").
        let mut end = if linker { k - 1 } else { k };
        loop {
            let holder = self
                .mention_ending_at(end)
                .map(|(_, e)| e)
                .filter(|&e| self.is_person(e));
            if holder.is_some() {
                return holder;
            }
            if end <= self.range.start
                || !self.lex.words.postnominals.contains(self.view.low(end - 1))
            {
                // "Ada Quist was named as Minister": the marker follows a
                // copula and a participle, not the name.
                return marker.and_then(|_| self.holder_before_copula(p.tokens.start));
            }
            end -= 1;
        }
    }

    /// The person a copula before an office starting at `k` links it to,
    /// across the office's article, an appointing participle and a
    /// relative pronoun: "Ada Quist is the Minister of Trade", "Ada Quist
    /// was appointed Minister of Trade", "Ada Quist, who is the Minister of
    /// Trade".
    fn holder_before_copula(&self, k: usize) -> Option<usize> {
        let (a, view, words) = (self.range.start, self.view, &self.lex.words);
        let mut j = k;
        // "…, who is Kestria's Minister of Trade": the office's owner.
        if j > a + 1 && self.lex.is_possessive(view, j - 1) {
            if let Some((r, _)) = self.mention_ending_at(j - 1) {
                j = r.start;
            }
        }
        if j > a && self.is_article(j - 1) {
            j -= 1;
        }
        // "…, who is also the Minister of Trade": adverbs before the office.
        while j > a && !view.is_capitalised(j - 1) && {
            let word = view.low(j - 1);
            words.adjunct_adverbs.contains(word) || self.lex.is_adverb(word)
        } {
            j -= 1;
        }
        let before_verb = j;
        // Longest first: "appointed as" before "appointed".
        if let Some(form) = words
            .appointment_verb_forms
            .phrases()
            .iter()
            .find(|f| f.len() <= j - a && view.words_at(j - f.len(), f, j))
        {
            j -= form.len();
        }
        // "Ada Quist, who serves as the Minister of Trade": a linking verb
        // (`kg:linkingVerbForm`) stands where the copula would.
        let linking = (j == before_verb)
            .then(|| {
                words
                    .linking_verb_forms
                    .phrases()
                    .iter()
                    .find(|f| f.len() <= j - a && view.words_at(j - f.len(), f, j))
            })
            .flatten();
        if let Some(form) = linking {
            j -= form.len();
        } else if j == k || j <= a || !words.be_forms.contains(view.low(j - 1)) {
            return None;
        } else {
            j -= 1;
        }
        // The rest of the verb group before the copula: "Ada Quist has
        // been appointed as …", "…, who will today be named …". Lowercase
        // words only, so the walk stops at the holder's name; a negation
        // ("has not been named") states no office.
        while j > a && k - j < MAX_VERB_GROUP && {
            let t = j - 1;
            !view.is_capitalised(t)
                && self.lex.is_verb_group_word(view.low(t))
                && self.lex.negation.first_at(view, t, k).is_none()
        } {
            j -= 1;
        }
        if j > a + 1
            && words.person_relative_pronouns.contains(view.low(j - 1))
            && view.is_punct(j - 2, ",")
        {
            j -= 2;
        }
        // "Ada Quist, serving as Minister of Trade": the participle right
        // after the name's comma.
        if linking.is_some() && j > a + 1 && view.is_punct(j - 1, ",") {
            j -= 1;
        }
        self.mention_ending_at(j)
            .map(|(_, e)| e)
            .filter(|&e| self.is_person(e))
            .or_else(|| self.apposed_office_holder_ending_at(j))
    }

    /// The holder of an office set off after the holder's name that ends
    /// at token `j`, perhaps before its closing comma: "Ada Quist, Director
    /// of Trade, was appointed as …" (the verb's subject is the name the
    /// apposition follows).
    fn apposed_office_holder_ending_at(&self, j: usize) -> Option<usize> {
        let end = if j > self.range.start && self.view.is_punct(j - 1, ",") {
            j - 1
        } else {
            j
        };
        self.held_positions
            .iter()
            .find(|(r, _)| {
                r.end == end
                    && r.start > self.range.start
                    && self.view.is_punct(self.apposition_start(r.start) - 1, ",")
            })
            .map(|&(_, holder)| holder)
    }

    /// Whether token `t` is an article ("the", "a").
    fn is_article(&self, t: usize) -> bool {
        let (words, word) = (&self.lex.words, self.view.low(t));
        words.definite_articles.contains(word) || words.indefinite_articles.contains(word)
    }

    /// Where an apposition whose office starts at `k` begins: before the
    /// office's article ("the"), or before its possessive owner ("Kestria's",
    /// "the Ministry's"), if the token before that is a comma; else `k`.
    fn apposition_start(&self, k: usize) -> usize {
        let view = self.view;
        let a = self.range.start;
        // "Ada Quist, current Director of Trade", "…, the newly appointed
        // Director": words saying when the office is held (`kg:tenureModifier`).
        let mut j = self.tenure_modifiers_start(k);
        if j > a + 1 && self.lex.is_possessive(view, j - 1) {
            if let Some((r, _)) = self.mention_ending_at(j - 1) {
                j = r.start;
            }
        }
        if j > a + 1 && self.is_article(j - 1) {
            j -= 1;
        }
        if j < k && j > a && view.is_punct(j - 1, ",") {
            j
        } else {
            k
        }
    }

    /// Where the lowercase words saying when an office starting at `k` is
    /// held (`kg:tenureModifier`: "current", "newly appointed") begin, right
    /// before it; `k` when none stand there.
    fn tenure_modifiers_start(&self, k: usize) -> usize {
        let modifiers = &self.lex.words.tenure_modifiers;
        let mut j = k;
        'outer: while j > self.range.start {
            for len in 1..=MAX_TENURE_WORDS.min(j - self.range.start) {
                let from = j - len;
                if !self.view.is_capitalised(from)
                    && modifiers.phrase_at(self.view, from, j) == Some(len)
                {
                    j = from;
                    continue 'outer;
                }
            }
            break;
        }
        j
    }

    /// "as" before an office starting at `k`, perhaps with the office's
    /// determiner, owner and lowercase modifiers between ("named Ada Quist as
    /// Kestria's new Trade Envoy"); the marker's token.
    fn role_marker_before(&self, k: usize) -> Option<usize> {
        let view = self.view;
        let mut m = k;
        while m > self.range.start && k - m <= MAX_ROLE_MODIFIERS {
            let t = m - 1;
            if self.lex.words.role_markers.contains(view.low(t)) {
                return Some(t);
            }
            let owner = self
                .mention_ending_at(t + 1)
                .filter(|(r, _)| r.end == t + 1);
            if let Some((r, _)) = owner.filter(|_| m < k && self.lex.is_possessive(view, m)) {
                m = r.start;
                continue;
            }
            let modifier = view.is_word(t) && !view.is_capitalised(t);
            if !(modifier || self.lex.is_possessive(view, t)) {
                return None;
            }
            m = t;
        }
        None
    }

    /// "(Eastvale—" before token `k`: an opening parenthesis, a few
    /// capitalised words (a seat) and a dash; the parenthesis's token.
    fn seat_before(&self, k: usize) -> Option<usize> {
        let dash = k.checked_sub(1)?;
        let dashed = self.view.toks[dash].kind == crate::text::TokenKind::Punct
            && is_dash(self.view.text(dash));
        if !dashed || dash <= self.range.start {
            return None;
        }
        let mut s = dash;
        while s > self.range.start && dash - s < MAX_SEAT_WORDS && self.view.is_capitalised(s - 1) {
            s -= 1;
        }
        (s < dash && s > self.range.start && self.view.is_punct(s - 1, "(")).then_some(s - 1)
    }

    fn is_person(&self, entity: usize) -> bool {
        self.entities[entity].class == self.lex.classes.person
    }

    /// "Foreign Minister Wang Yi": the person holds the position the title names.
    fn title_frames(&mut self) {
        let Some(property) = self.lex.title_property else {
            return;
        };
        for ((tokens, title), person) in self.titles.clone() {
            let is_office = self
                .lex
                .person_titles
                .get(&title.to_ascii_lowercase())
                .copied()
                .unwrap_or(false);
            let in_position = self
                .positions
                .iter()
                .any(|p| p.tokens.start < tokens.end && tokens.start < p.tokens.end);
            // A title before a name whose office the sentence spells out
            // ("the Secretary of X, Ambassador Ada Quist") is a rank.
            let has_office = self.out.iter().any(|f| {
                f.evidence.sentence == self.sentence
                    && f.property == property
                    && f.subject == person
                    && f.evidence.rule.ends_with("/position")
            });
            // "Senator Ada Quist": an office's head that is an office only
            // with its complement (`kg:complementedOffice`) is a style
            // before a name.
            let style = self
                .lex
                .words
                .complemented_offices
                .contains(&title.to_lowercase());
            if !is_office || in_position || has_office || style {
                continue;
            }
            let class = self.lex.classes.position.clone();
            let position = self.local_entity(&title, &class);
            self.entities[position].mentions.push(tokens.clone());
            self.emit(
                person,
                property,
                position,
                tokens,
                "title",
                0.9,
                (Polarity::Positive, None),
            );
        }
    }
}

impl Frame<'_, '_> {
    /// "Prime Ministers Quist and Marsh signed …": each person listed after
    /// a plural title holds the office in the singular.
    fn plural_title_frames(&mut self) {
        let Some(property) = self.lex.title_property else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some((start, label)) = plural_title_at(self.view, self.lex, a, k) else {
                continue;
            };
            let names = names_after_plural_title(self.view, self.lex, k + 1, b);
            let people: Vec<usize> = names
                .iter()
                .filter_map(|r| {
                    self.mention_starting_at(r.start)
                        .filter(|(m, e)| m.end == r.end && self.is_person(*e))
                        .map(|(_, e)| e)
                })
                .collect();
            if people.len() < 2 || people.len() != names.len() {
                continue;
            }
            let class = self.lex.classes.position.clone();
            let position = self.local_entity(&label, &class);
            self.entities[position].mentions.push(start..k + 1);
            for person in people {
                self.emit(
                    person,
                    property,
                    position,
                    start..k + 1,
                    "title",
                    0.85,
                    (Polarity::Positive, None),
                );
            }
        }
    }
}

/// Words between "as" and the office it introduces.
const MAX_ROLE_MODIFIERS: usize = 6;
/// Most words of a phrase saying when an office is held ("newly appointed").
const MAX_TENURE_WORDS: usize = 3;
/// Words of a verb group read back from an appointing copula ("has today
/// been appointed"), with the participle and the office's article.
const MAX_VERB_GROUP: usize = 8;
/// Modifiers between a pair word and its noun ("the two foreign ministers").
const MAX_PAIR_MODIFIERS: usize = 2;
/// Lowercase words that may end a party's phrase after its name or
/// adjective ("the Kestrian government", "the Kestrian federal authorities").
const MAX_PARTY_NOUN_WORDS: usize = 2;
/// Words of a coordinated list of places modifying a plural noun ("the UK,
/// Kestrian and Norlandic governments").
const MAX_MODIFIER_LIST_WORDS: usize = 8;

/// Tokens of an office's acronym in brackets ("( HR / VP )").
const MAX_ACRONYM_TOKENS: usize = 6;

/// Tokens between a position's comma and its holder's name.
const MAX_APPOSITION: usize = 12;

/// Capitalised words of a member's seat before an office ("(Eastvale—Minister …)").
const MAX_SEAT_WORDS: usize = 4;

/// Words after a pair of parties that may name their joint thing.
const JOINT_NOUN_WINDOW: usize = 6;

impl Frame<'_, '_> {
    /// "Together with B, A launched …", "A, together with B, will …": a
    /// joint phrase (`kg:jointPhrase`) makes the names after it partners of
    /// the clause's subject: the names after the comma that closes the
    /// phrase when it opens the sentence, or the names right before the
    /// comma that opens it. People are left out (parties are bodies).
    fn joint_phrase_frames(&mut self) {
        let Some(property) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let Some(len) = self.lex.words.joint_phrases.phrase_at(self.view, k, b) else {
                continue;
            };
            let mut partners = self.objects_starting_at(k + len);
            let Some(end) = partners.last().map(|(r, _)| r.end) else {
                continue;
            };
            let subjects = if k == a {
                // The comma closing the phrase also joins the list before
                // it: "Together with B and C, A …" reads as the list "B, C,
                // A", whose last item after a lone comma is the subject.
                let comma_set_last = partners.len() >= 2 && {
                    let (prev, last) = (
                        &partners[partners.len() - 2].0,
                        &partners[partners.len() - 1].0,
                    );
                    last.start == prev.end + 1 && self.view.is_punct(prev.end, ",")
                };
                if comma_set_last && !(end < b && self.view.is_punct(end, ",")) {
                    partners.pop().into_iter().collect()
                } else if end < b && self.view.is_punct(end, ",") {
                    self.objects_starting_at(end + 1)
                } else {
                    Vec::new()
                }
            } else if k > a + 1 && self.view.is_punct(k - 1, ",") {
                self.subjects_ending_at(k - 1)
            } else {
                Vec::new()
            };
            let q = self.qualifiers(a, b);
            // "The Initiative, in partnership with B, was launched by A":
            // a thing two parties hold together is no party.
            let party = |e: usize| !self.is_person(e) && !self.is_joint_thing(e);
            let subjects: Vec<usize> = subjects
                .iter()
                .map(|(_, e)| *e)
                .filter(|&e| party(e))
                .collect();
            let partners: Vec<usize> = partners
                .iter()
                .map(|(_, e)| *e)
                .filter(|&e| party(e))
                .collect();
            for s in &subjects {
                for o in &partners {
                    self.emit(*s, property, *o, k..k + len, "joint-phrase", 0.8, q.clone());
                }
            }
        }
    }

    /// Joint action named by a pair of parties: "the Kestria–Norland
    /// partnership", "a Kestria-Norland trade agreement", "the EU-Norland
    /// summit", "the Kestria/Norland relationship" (two known agents joined
    /// by a hyphen, dash or slash before a cooperation noun, or the head of
    /// an agreement, document, initiative or event), and "an agreement
    /// between A and B" (any such head). The
    /// symmetric property of the cooperation nouns is stated once per pair.
    fn pair_frames(&mut self) {
        let Some(property) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            if let Some((x, y, last)) = self.pair_at(k) {
                if self.joint_noun_follows(last + 1, property) {
                    self.emit(
                        x,
                        property,
                        y,
                        k..last + 1,
                        "pair",
                        0.8,
                        (Polarity::Positive, None),
                    );
                }
                continue;
            }
            // "an agreement between A and B", "the accord (TCA) was signed
            // between A and B"
            let head_end = self.joint_head_end(k);
            let hostile = (head_end.saturating_sub(3).max(a)..head_end)
                .any(|t| self.lex.words.hostile_nouns.contains(self.view.low(t)));
            if self.lex.words.joint_prepositions.contains(self.view.low(k))
                && !hostile
                && ((head_end.saturating_sub(3).max(a)..head_end)
                    .any(|t| self.is_joint_head(t, property))
                    || self
                        .mention_ending_at(head_end)
                        .is_some_and(|(_, e)| self.is_joint_thing(e)))
            {
                // Signatories acting for parties: the parties are joined
                // ("between A on behalf of Kestria and B on behalf of Norland").
                let mut parties: Vec<(Range<usize>, usize)> = self
                    .objects_starting_at(k + 1)
                    .into_iter()
                    .map(|(r, e)| {
                        let party = self.represented_party(r.end).map_or(e, |(_, p)| p);
                        (r, party)
                    })
                    .collect();
                if parties.len() < 2 {
                    // "between the Kestrian and Norlandic governments"
                    if let Some(list) = self.modifier_list_starting_at(k + 1) {
                        parties = list;
                    }
                }
                // "suspended the partnership between A and B", "relations
                // between A and B soured": stopped, so no cooperation.
                let polarity = self.cooperation_polarity(
                    head_end.saturating_sub(MAX_CESSATION_GAP)..head_end,
                    parties.last().map(|(r, _)| r.end),
                );
                // "an agreement between A, B and C": each pair of them.
                let parties: Vec<usize> = parties.into_iter().map(|(_, e)| e).collect();
                for (first, other) in each_pair(&parties) {
                    self.emit(
                        first,
                        property,
                        other,
                        k..k + 1,
                        "joint-between",
                        0.8,
                        (polarity, None),
                    );
                }
            }
        }
    }

    /// "USAID and AMEXCID collaboration projects", "the Kestria, Norland
    /// and Vell partnership": bodies or places coordinated as the modifiers
    /// of a cooperation noun (a lowercase noun trigger of the cooperation
    /// property, so no name's own head word) are the parties of that
    /// cooperation, each with each. People, documents and initiatives are
    /// no such parties, and a list after a partner or joint preposition
    /// ("signed with A and B cooperation agreements") is left to the rules
    /// of that preposition: it may name the partners of the clause's
    /// subject.
    fn coordinated_modifier_frames(&mut self) {
        let Some(property) = self.cooperation_property() else {
            return;
        };
        let (a, b) = (self.range.start, self.range.end);
        let view = self.view;
        for n in a + 3..b {
            let low = view.low(n);
            if view.is_capitalised(n)
                || self.lex.words.hostile_nouns.contains(low)
                || !self
                    .lex
                    .noun_triggers
                    .get(low)
                    .is_some_and(|ps| ps.contains(&property))
            {
                continue;
            }
            let mut parties: Vec<usize> = Vec::new();
            let mut joined = false;
            let mut start = n;
            let mut k = n;
            while let Some((r, e)) = self.mention_ending_at(k) {
                let fits = !self.is_person(e)
                    && !self.is_joint_thing(e)
                    && self
                        .ontology
                        .fits(&self.entities[e].class, &self.property(property).domain);
                if !fits {
                    parties.clear();
                    break;
                }
                if !parties.contains(&e) {
                    parties.push(e);
                }
                start = r.start;
                let mut j = r.start;
                while j > a && (self.is_coordinator(view.low(j - 1)) || view.is_punct(j - 1, ",")) {
                    j -= 1;
                    joined |= self.is_coordinator(view.low(j));
                }
                if j == r.start {
                    break;
                }
                k = j;
            }
            if parties.len() < 2 || !joined {
                continue;
            }
            let mut before = start;
            if before > a && self.lex.is_determiner(view.low(before - 1)) {
                before -= 1;
            }
            let words = &self.lex.words;
            if before > a
                && (words
                    .meeting_partner_prepositions
                    .contains(view.low(before - 1))
                    || words.joint_prepositions.contains(view.low(before - 1)))
            {
                continue;
            }
            let polarity = self.cooperation_polarity(
                before.saturating_sub(MAX_CESSATION_GAP)..before,
                Some(n + 1),
            );
            parties.reverse();
            for (first, other) in each_pair(&parties) {
                if !self.already_read(first, property, other) {
                    self.emit(
                        first,
                        property,
                        other,
                        n..n + 1,
                        "coordinated-modifiers",
                        0.8,
                        (polarity, None),
                    );
                }
            }
        }
    }

    /// The symmetric property whose noun triggers name cooperation.
    fn cooperation_property(&self) -> Option<usize> {
        let props = &self.lex.properties;
        (0..props.len()).find(|&p| props[p].symmetric && !props[p].noun_triggers.is_empty())
    }

    /// Whether token `t` names a joint thing: a noun trigger of the
    /// cooperation property, or a head (name or description) of a document,
    /// initiative or event class.
    /// Where the words naming a joint thing end before its parties'
    /// preposition at `k`: right before it, or before the passive verb
    /// group the thing is the subject of ("the accord was signed between")
    /// and an acronym in brackets after its name ("the Accord (TCA)").
    fn joint_head_end(&self, k: usize) -> usize {
        let a = self.range.start;
        let mut end = k;
        let participle = k > a
            && self
                .lex
                .verb_forms
                .get(self.view.low(k - 1))
                .is_some_and(|forms| forms.iter().any(|f| f.participle && f.words.len() == 1));
        if participle {
            let aux = self.skip_aux_left(k - 1);
            if (aux..k - 1).any(|t| self.lex.words.be_forms.contains(self.view.low(t))) {
                end = aux;
            }
        }
        if end > a + 2 && self.view.is_punct(end - 1, ")") && self.view.is_punct(end - 3, "(") {
            end -= 3;
        }
        end
    }

    /// Whether an entity is of a class parties make together (an
    /// agreement, an initiative: `kg:jointClass`).
    fn is_joint_thing(&self, e: usize) -> bool {
        self.is_joint_class(&self.entities[e].class)
    }

    /// Whether `class` is one of the kinds of thing two parties hold
    /// together (`kg:jointClass` in the ontology) or a narrower one.
    fn is_joint_class(&self, class: &str) -> bool {
        self.lex
            .classes
            .joint
            .iter()
            .any(|c| self.ontology.is_subclass_of(class, c))
    }

    fn is_joint_head(&self, t: usize, property: usize) -> bool {
        let low = self.view.low(t);
        if self.lex.words.hostile_nouns.contains(low) {
            return false;
        }
        if self
            .lex
            .noun_triggers
            .get(low)
            .is_some_and(|ps| ps.contains(&property))
        {
            return true;
        }
        self.lex
            .description_heads
            .longest_at(self.view, t, self.range.end)
            .is_some_and(|(_, class)| self.is_joint_class(class))
            || self
                .lex
                .name_heads
                .get(low)
                .is_some_and(|class| self.is_joint_class(class))
    }

    /// A joint noun within a few words after a pair ("Energy Dialogue",
    /// "green economy agreement"), before any punctuation but a possessive
    /// mark ("the Kestria-Norland Leaders' Summit": the summit of the
    /// leaders of both).
    fn joint_noun_follows(&self, from: usize, property: usize) -> bool {
        (from..(from + JOINT_NOUN_WINDOW).min(self.range.end))
            .take_while(|&t| self.view.is_word(t) || self.lex.is_possessive(self.view, t))
            .any(|t| self.is_joint_head(t, property))
    }

    /// Two known agents joined by a hyphen or dash at token `k`:
    /// "Kestria-Norland" as one token, or "Kestria" "-" "Norland" (at the
    /// dash), or by a slash written without spaces ("Kestria/Norland"). The
    /// two, and the last token of the second's name.
    fn pair_at(&mut self, k: usize) -> Option<(usize, usize, usize)> {
        let (a, b) = (self.range.start, self.range.end);
        if self.view.is_word(k) {
            self.hyphenated_pair(k)
        } else if (self.view.is_punct(k, "-")
            || self.view.is_punct(k, "\u{2013}")
            || self.view.is_punct(k, "/"))
            && k > a
            && k + 1 < b
            && self.view.toks[k - 1].end == self.view.toks[k].start
            && self.view.toks[k].end == self.view.toks[k + 1].start
        {
            let left = self.view.text(k - 1).to_owned();
            let right = self.view.text(k + 1).to_owned();
            self.known_name_run(&left, k - 1, false)
                .zip(self.known_name_run(&right, k + 1, true))
                .filter(|((x, _), (y, _))| x != y)
                .map(|((x, _), (y, last))| (x, y, last))
        } else {
            None
        }
    }

    /// "Kestria-Norland": both halves of a hyphenated word are known agents.
    fn hyphenated_pair(&mut self, k: usize) -> Option<(usize, usize, usize)> {
        let text = self.view.text(k).to_owned();
        let (left, right) = text.split_once(['-', '\u{2013}'])?;
        if left.is_empty() || right.is_empty() || right.contains(['-', '\u{2013}']) {
            return None;
        }
        let x = self.known_name_run(left, k, false)?.0;
        let (y, last) = self.known_name_run(right, k, true)?;
        (x != y).then_some((x, y, last))
    }

    /// The gazetteer entity named by `part` of token `k`, alone or with the
    /// words written after it (`forward`, "Australia-New Zealand") or
    /// before it ("Papua New Guinea-Fiji"), and the last token of the name
    /// on that side. The longest name wins ("Papua New Guinea", not
    /// "Guinea").
    fn known_name_run(&mut self, part: &str, k: usize, forward: bool) -> Option<(usize, usize)> {
        let mut names = vec![(part.to_owned(), k)];
        let mut at = k;
        for _ in 1..MAX_PAIR_NAME_WORDS {
            let next = if forward {
                at + 1
            } else {
                match at.checked_sub(1) {
                    Some(n) => n,
                    None => break,
                }
            };
            if next < self.range.start || next >= self.range.end || !self.view.is_word(next) {
                break;
            }
            let (first, second) = if forward { (at, next) } else { (next, at) };
            // One space between the words, as in a name.
            if self.view.toks[second].start != self.view.toks[first].end + 1 {
                break;
            }
            let name = &names[names.len() - 1].0;
            let longer = if forward {
                format!("{name} {}", self.view.text(next))
            } else {
                format!("{} {name}", self.view.text(next))
            };
            names.push((longer, next));
            at = next;
        }
        names
            .into_iter()
            .rev()
            .find_map(|(name, last)| self.known_entity(&name).map(|e| (e, last)))
    }

    /// The entity of a gazetteer name (not a demonym), created if the
    /// document has not mentioned it yet. The name as written ("U.S." of
    /// "U.S.-Kestria") is kept as another name where it is not the label:
    /// it may be the only way the text names the entity, and readers (and
    /// the gold files) know it by that form.
    fn known_entity(&mut self, surface: &str) -> Option<usize> {
        let individual = self.lex.named_individual(surface, |w| w == surface)?;
        let individual = &self.lex.individuals[individual];
        let key = EntityKey::Known(individual.iri.clone());
        let written = (surface != individual.label).then(|| surface.to_owned());
        if let Some(i) = self.entities.iter().position(|e| e.key == key) {
            self.entities[i].alt_labels.extend(written);
            return Some(i);
        }
        self.entities.push(EntityDraft {
            key,
            class: individual.class.clone(),
            label: individual.label.clone(),
            alt_labels: written.into_iter().collect(),
            honorifics: Default::default(),
            demonyms: Default::default(),
            same_as: individual.same_as.clone(),
            mentions: Vec::new(),
            titles: Default::default(),
            tentative: false,
            names_seen: Default::default(),
        });
        Some(self.entities.len() - 1)
    }
}
