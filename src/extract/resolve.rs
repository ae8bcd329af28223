//! Resolution: mentions become entities. Gazetteer mentions take their
//! individual; names merge by label; acronyms defined in parentheses and
//! surnames link back to their full names (and forward, from a titled
//! surname written before the one full name ending in it: one entity per
//! person, labelled by the full name); definite descriptions ("the
//! strategy", "the country") link to the most recent compatible entity.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use super::lexicon::Lexicon;
use super::mentions::{MentionCand, MentionKind};
use super::model::EntityKey;
use super::party_terms::DefinedParties;
use super::view::DocView;
use crate::ontology::Ontology;
use crate::text::meta::capitalised;

/// An entity while a document is being resolved.
#[derive(Debug, Clone)]
pub struct EntityDraft {
    pub key: EntityKey,
    pub class: String,
    pub label: String,
    pub alt_labels: BTreeSet<String>,
    /// Honorifics written before the person's name ("Dr", "Mrs"): not part
    /// of any name, so never a label.
    pub honorifics: BTreeSet<String>,
    /// Adjectives the text used for a place ("German" for Germany): an
    /// adjective is not a name of the place, so never a label.
    pub demonyms: BTreeSet<String>,
    pub same_as: Vec<String>,
    /// Global token ranges of its mentions, in text order.
    pub mentions: Vec<Range<usize>>,
    /// Title seen before a person's name ("Foreign Minister").
    pub titles: BTreeSet<String>,
    /// Known only from a bare description ("a white paper"): kept in the
    /// output only when a fact involves it.
    pub tentative: bool,
    /// How often each name (not demonyms, not descriptions) was written.
    pub names_seen: BTreeMap<String, usize>,
}

/// A mention attached to its entity.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub tokens: Range<usize>,
    pub entity: usize,
    pub kind: MentionKind,
    /// Title words right before a person's name, with their token range.
    pub title: Option<(Range<usize>, String)>,
}

/// Entities of a document and its resolved mentions (sorted by position, outer first).
pub struct Resolution {
    pub entities: Vec<EntityDraft>,
    pub mentions: Vec<Resolved>,
    /// The collective terms the text defines for its parties ("hereinafter
    /// the Participants"), filled by [`super::party_terms`].
    pub defined_parties: DefinedParties,
}

impl Resolution {
    /// Adds mentions of entities already made (a pronoun standing for one),
    /// keeping both the entities' mention lists and the document's in text
    /// order.
    pub fn add_mentions(&mut self, added: Vec<Resolved>) {
        if added.is_empty() {
            return;
        }
        for m in &added {
            let mentions = &mut self.entities[m.entity].mentions;
            mentions.push(m.tokens.clone());
            mentions.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        }
        self.mentions.extend(added);
        self.mentions
            .sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
    }

    /// Records the known names the relation rules read inside longer
    /// mentions ([`super::relations::ReadMention`]) as mentions of their
    /// entities, each range once per entity, after the entity's other
    /// mentions in the order read. Only the entities' lists change: the
    /// rules have read the document's mentions already.
    pub fn add_read_mentions(&mut self, read: Vec<(usize, Range<usize>)>) {
        for (e, tokens) in read {
            let mentions = &mut self.entities[e].mentions;
            if !mentions.contains(&tokens) {
                mentions.push(tokens);
            }
        }
    }
}

pub fn resolve(
    view: &DocView<'_>,
    lex: &Lexicon,
    ontology: &Ontology,
    doc_id: &str,
    cands: &[MentionCand],
) -> Resolution {
    let mut r = Resolver {
        ontology,
        doc_id,
        entities: Vec::new(),
        by_key: HashMap::new(),
        aliases: HashMap::new(),
        mentions: Vec::new(),
        named_places: cands
            .iter()
            .filter(|c| matches!(c.kind, MentionKind::Known | MentionKind::Demonym))
            .filter_map(|c| c.individual)
            .map(|i| lex.individuals[i].iri.clone())
            .collect(),
    };
    // A capitalised adjective of a known place ("German engineers") is also
    // seen as a one-word name; it is that place's mention, not a name.
    let demonym_spans: BTreeSet<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == MentionKind::Demonym && c.individual.is_some())
        .map(|c| (c.tokens.start, c.tokens.end))
        .collect();
    // The names as written with an honorific ("Mr Kelly"), by entity, and
    // the entities the document also names without one: the courtesy form
    // is another name only of a person the text never names bare.
    let mut honorific_forms: Vec<(usize, String)> = Vec::new();
    let mut named_bare: BTreeSet<usize> = BTreeSet::new();
    // Every person's full name, labelled once, for the titled surnames
    // written before it.
    let later_full_names = LaterFullNames::new(view, lex, cands);
    for (ci, cand) in cands.iter().enumerate() {
        // The name as this mention writes it with its honorific, if it has one.
        let mut honorific_form: Option<String> = None;
        // Whether `honorific_form` was read from the text before the name
        // (a person's mention), so that no one asks the text twice.
        let mut honorific_read = false;
        let demonym_as_name = matches!(
            cand.kind,
            MentionKind::Name | MentionKind::Surname | MentionKind::Unclassified
        ) && demonym_spans.contains(&(cand.tokens.start, cand.tokens.end));
        if demonym_as_name {
            continue;
        }
        let place_body = (cand.kind == MentionKind::Name)
            .then(|| r.body_named_by_place(view, lex, cand))
            .flatten();
        let entity = match cand.kind {
            MentionKind::Name if place_body.is_some() => place_body,
            MentionKind::Known if r.body_elsewhere(lex, cand) => Some(r.entity_of_name(lex, cand)),
            MentionKind::Known | MentionKind::Demonym => {
                let ind = cand.individual.map(|i| &lex.individuals[i]);
                ind.map(|ind| {
                    let e = r.entity(EntityKey::Known(ind.iri.clone()), &ind.class, &ind.label);
                    r.entities[e].same_as.clone_from(&ind.same_as);
                    // An acronym in brackets its letters spell: "the
                    // Council of … (CROP)" is "CROP" below.
                    if let Some(acronym) = &cand.acronym {
                        r.aliases.insert(alias_key(acronym), e);
                        if !ind.alt_labels.contains(acronym) {
                            r.entities[e].alt_labels.insert(acronym.clone());
                        }
                    }
                    e
                })
            }
            // "the MOU", "this Agreement": a capitalised word that is all
            // a description head refers back like "the memorandum" does.
            MentionKind::Name if description_written_as_name(view, lex, cand).is_some() => {
                let (class, definite) =
                    description_written_as_name(view, lex, cand).unwrap_or_default();
                let as_description = MentionCand {
                    kind: MentionKind::Description,
                    class,
                    definite,
                    ..cand.clone()
                };
                r.description(view, lex, cands, ci, &as_description)
            }
            // "the Commission", "the Alliance": a name head alone after a
            // definite determiner refers back to the body named in full
            // before ("the European Commission"); with none, it names
            // something of this document only, never a global entity.
            MentionKind::Name if lone_head_after_determiner(view, lex, cand) => {
                let label = clean_label(lex, &cand.label);
                match r.head_word_antecedent(&label) {
                    Some(e) => Some(e),
                    None => {
                        let key = EntityKey::Local(format!("{doc_id}/{}", label.to_lowercase()));
                        Some(r.entity(key, &cand.class, &label))
                    }
                }
            }
            // "Agency publishes plan" over "The Kestria Water Agency today
            // published …": a name head alone in the headline is the body
            // the lines below name in full, no body of its own.
            MentionKind::Name | MentionKind::Surname
                if headline_head_named_below(view, lex, cands, ci).is_some() =>
            {
                headline_head_named_below(view, lex, cands, ci)
                    .map(|name| r.entity_of_name(lex, name))
            }
            MentionKind::Name | MentionKind::Person => {
                let mut label = clean_label(lex, &cand.label);
                let mut inner_honorific = None;
                if cand.kind == MentionKind::Person || cand.class == lex.classes.person {
                    // An honorific the name's span opens with, after a
                    // title ("Foreign Minister Dr Ada Quist"), is no part
                    // of the name either.
                    if let Some(len) = honorific_opening(view, lex, &cand.tokens) {
                        let rest = cand.tokens.start + len..cand.tokens.end;
                        inner_honorific = Some((
                            clean_label(lex, view.span_text(cand.tokens.start, rest.start)),
                            label.clone(),
                        ));
                        label = clean_label(lex, view.span_text(rest.start, rest.end));
                    }
                    label = without_postnominals(lex, &label);
                }
                // A surname alone in the headline names the person the lines
                // below name in full ("Minister Quist Visits Port" over
                // "Foreign Minister Ada Quist …"): one entity from the start.
                // So does a surname alone anywhere before the one full name
                // ending in it ("President Holt arrived …" before "President
                // Bran Holt of Kestria").
                if cand.kind == MentionKind::Person
                    && !label.contains(' ')
                    && !r.aliases.contains_key(&alias_key(&label))
                {
                    let full = if in_headline(view, cand.tokens.start) {
                        full_name_below(view, lex, cands, ci, &label)
                    } else {
                        None
                    };
                    // Only a surname written after a title or honorific:
                    // a lone capitalised word the tagger took for a person
                    // may be a place named in someone's title.
                    let styled = cand.title.is_some()
                        || inner_honorific.is_some()
                        || title_right_before(view, lex, cand.tokens.start);
                    if let Some(full) = full.or_else(|| {
                        styled
                            .then(|| later_full_names.only_after(ci, &label))
                            .flatten()
                    }) {
                        label = full;
                    }
                }
                // A name with its scope is the thing's full name; the
                // name without it stays another name, for later mentions.
                let short = cand
                    .with_scope
                    .as_ref()
                    .map(|full| std::mem::replace(&mut label, clean_label(lex, full)));
                let e = match short
                    .as_ref()
                    .and_then(|short| r.aliases.get(&alias_key(short)))
                    .or_else(|| r.aliases.get(&alias_key(&label)))
                {
                    Some(&e) => e,
                    None => r.entity(EntityKey::Named(label.clone()), &cand.class, &label),
                };
                if let Some(short) = short {
                    r.aliases.entry(alias_key(&short)).or_insert(e);
                    r.aliases.entry(alias_key(&label)).or_insert(e);
                    for name in [short, label.clone()] {
                        if name != r.entities[e].label {
                            r.entities[e].alt_labels.insert(name);
                        }
                    }
                }
                if let Some(acronym) = &cand.acronym {
                    r.aliases.insert(alias_key(acronym), e);
                    r.entities[e].alt_labels.insert(acronym.clone());
                }
                if let Some(long) = &cand.with_parties {
                    r.entities[e].alt_labels.insert(clean_label(lex, long));
                }
                if let Some(titled) = &cand.written_title {
                    r.entities[e].alt_labels.insert(clean_label(lex, titled));
                }
                if cand.kind == MentionKind::Person {
                    let words: Vec<&str> = label.split_whitespace().collect();
                    if words.len() > 1 {
                        for w in [words[0], words[words.len() - 1]] {
                            r.aliases.entry(alias_key(w)).or_insert(e);
                        }
                    }
                    if let Some((_, t)) = &cand.title {
                        r.entities[e].titles.insert(t.clone());
                    }
                    let honorific = inner_honorific
                        .map(|(h, written)| (bare_honorific(&h), written))
                        .or_else(|| honorific_before(view, lex, &cand.tokens));
                    if let Some((honorific, written)) = honorific {
                        r.entities[e].honorifics.insert(honorific);
                        honorific_form = Some(written);
                    }
                    honorific_read = true;
                }
                Some(e)
            }
            MentionKind::Surname => match r.aliases.get(&alias_key(&cand.label)) {
                Some(&e) => Some(e),
                // "the Government", "the Forum": a name head the tagger
                // leaves without a class still refers back to the body
                // the document named in full with that head ("the
                // Australian Government"); with none, it is read as any
                // other lone word.
                None if lone_head_after_determiner(view, lex, cand)
                    && r.head_word_antecedent(&clean_label(lex, &cand.label))
                        .is_some() =>
                {
                    r.head_word_antecedent(&clean_label(lex, &cand.label))
                }
                None if !cand.class.is_empty() => {
                    let label = clean_label(lex, &cand.label);
                    Some(r.entity(EntityKey::Named(label.clone()), &cand.class, &label))
                }
                None => None,
            },
            // Speakers are found after resolution, never as candidates.
            MentionKind::Unclassified | MentionKind::Speaker | MentionKind::JointSpeaker => None,
            MentionKind::Group => {
                let label = clean_label(lex, &cand.label);
                let first = label.split_whitespace().next().unwrap_or("").to_lowercase();
                let key = if lex.words.relative_group_words.contains(&first) {
                    EntityKey::Local(format!("{doc_id}/{label}"))
                } else {
                    EntityKey::Named(label.clone())
                };
                Some(r.entity(key, &cand.class, &label))
            }
            MentionKind::Description => {
                let e = r.description(view, lex, cands, ci, cand);
                // A headline's document keeps its description as another
                // name, the one the body refers to it by.
                if let (Some(e), Some(short)) = (e, &cand.short_name) {
                    let short = clean_label(lex, short);
                    r.aliases.entry(alias_key(&short)).or_insert(e);
                    if short != r.entities[e].label {
                        r.entities[e].alt_labels.insert(short);
                    }
                }
                // "six new initiatives": the set as counted is another name
                // of it.
                if let Some(e) = e.filter(|_| cand.plural_head.is_some() && !cand.definite) {
                    let counted =
                        clean_label(lex, view.span_text(cand.tokens.start, cand.tokens.end));
                    if counted != r.entities[e].label {
                        r.entities[e].alt_labels.insert(counted);
                    }
                    // "five previous Memoranda of Understanding on
                    // fisheries": the count with its head, the topic left
                    // off, names the set as well.
                    if let Some(head_end) = counted_head_end(view, lex, cand) {
                        let counted = clean_label(lex, view.span_text(cand.tokens.start, head_end));
                        if counted != r.entities[e].label {
                            r.entities[e].alt_labels.insert(counted);
                        }
                    }
                }
                // "the Federal government": a description with a capitalised
                // modifier is a name the text gives the body it stands for.
                if let Some(e) = e.filter(|_| capitalised_modifier(view, lex, cand)) {
                    let label = clean_label(lex, &cand.label);
                    if label != r.entities[e].label {
                        r.entities[e].alt_labels.insert(label);
                    }
                }
                e
            }
        };
        // A description in apposition says what the named thing is ("a
        // venture capital firm"): no other name of it.
        let appositive = cand.kind == MentionKind::Description
            && entity.is_some()
            && r.apposition_head(view, lex, cand) == entity;
        if let Some(e) = entity {
            let surface = clean_label(lex, &cand.label);
            let ent = &mut r.entities[e];
            if matches!(
                cand.kind,
                MentionKind::Known | MentionKind::Name | MentionKind::Person | MentionKind::Surname
            ) && !surface.is_empty()
            {
                *ent.names_seen.entry(surface.clone()).or_default() += 1;
            }
            if matches!(cand.kind, MentionKind::Person | MentionKind::Surname)
                && honorific_form.is_none()
                && (honorific_read || honorific_before(view, lex, &cand.tokens).is_none())
            {
                named_bare.insert(e);
            }
            // The name as written with its honorific is decided on once
            // the whole document is read (below); the surface is that form
            // where the span holds the honorific ("Dr. Ada Quist" tagged
            // whole).
            let surface_honorific = honorific_form.as_ref() == Some(&surface);
            if let Some(written) = honorific_form {
                honorific_forms.push((e, written));
            }
            if cand.kind == MentionKind::Demonym {
                if !surface.is_empty() {
                    ent.demonyms.insert(surface);
                }
            } else if !surface_honorific
                && (cand.kind != MentionKind::Description || !cand.definite || cand.specific)
                && !appositive
                && surface != ent.label
                && !surface.is_empty()
            {
                ent.alt_labels.insert(surface);
            }
            ent.mentions.push(cand.tokens.clone());
            r.mentions.push(Resolved {
                tokens: cand.tokens.clone(),
                entity: e,
                kind: cand.kind,
                title: cand.title.clone(),
            });
        }
    }
    // A person the document names only with an honorific keeps the name
    // as written with it as another name ("Dr Ada Quist"): it is how the
    // text names them, and how readers (and the gold files relations are
    // scored on) know them. Where the bare name is written too ("Ada Quist
    // … Dr Quist"), the courtesy is no name: it is stated as the
    // `kg:honorific` alone, as name annotation everywhere leaves titles out.
    for (e, written) in honorific_forms {
        if !named_bare.contains(&e) && written != r.entities[e].label {
            r.entities[e].alt_labels.insert(written);
        }
    }
    Resolution {
        entities: r.entities,
        mentions: r.mentions,
        defined_parties: DefinedParties::default(),
    }
}

struct Resolver<'o> {
    ontology: &'o Ontology,
    doc_id: &'o str,
    entities: Vec<EntityDraft>,
    by_key: HashMap<EntityKey, usize>,
    aliases: HashMap<String, usize>,
    mentions: Vec<Resolved>,
    /// The gazetteer places the document names, by name or adjective (see
    /// `body_elsewhere`).
    named_places: BTreeSet<String>,
}

impl Resolver<'_> {
    /// "The Ministry of Education" in a text that never names the country
    /// whose ministry the gazetteer lists under that name: many states
    /// have a body so named, so the mention is a name like any other, not
    /// the gazetteer's body. A gazetteer state body answering to
    /// places (`kg:jurisdiction`, `kg:locatedIn`) is taken for itself when
    /// the document names one of them, by name or adjective, or when its
    /// own surface does ("Ministry of Foreign Affairs of Japan").
    fn body_elsewhere(&self, lex: &Lexicon, cand: &MentionCand) -> bool {
        let Some(ind) = cand.individual.map(|i| &lex.individuals[i]) else {
            return false;
        };
        if ind.located_in.is_empty()
            || !self
                .ontology
                .is_subclass_of(&ind.class, &lex.classes.government_body)
            || ind.located_in.iter().any(|p| self.named_places.contains(p))
        {
            return false;
        }
        let surface = cand.label.to_lowercase();
        let names_place = lex
            .individuals
            .iter()
            .filter(|place| ind.located_in.contains(&place.iri))
            .flat_map(|place| {
                std::iter::once(&place.label)
                    .chain(&place.alt_labels)
                    .chain(&place.demonyms)
            })
            .any(|name| !name.is_empty() && surface.contains(&name.to_lowercase()));
        !names_place
    }

    /// The entity a name candidate stands for: its gazetteer individual or
    /// the named entity of its label (also a gazetteer body's, with the
    /// body's class, where the text does not speak of its place:
    /// `body_elsewhere`).
    fn entity_of_name(&mut self, lex: &Lexicon, name: &MentionCand) -> usize {
        match name.individual.map(|i| &lex.individuals[i]) {
            Some(ind) if !self.body_elsewhere(lex, name) => {
                self.entity(EntityKey::Known(ind.iri.clone()), &ind.class, &ind.label)
            }
            ind => {
                let label = clean_label(lex, &name.label);
                let class = ind.map_or(&name.class, |ind| &ind.class).clone();
                self.entity(EntityKey::Named(label.clone()), &class, &label)
            }
        }
    }

    fn entity(&mut self, key: EntityKey, class: &str, label: &str) -> usize {
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        self.entities.push(EntityDraft {
            key: key.clone(),
            class: class.to_owned(),
            label: label.to_owned(),
            alt_labels: BTreeSet::new(),
            honorifics: BTreeSet::new(),
            demonyms: BTreeSet::new(),
            same_as: Vec::new(),
            mentions: Vec::new(),
            titles: BTreeSet::new(),
            tentative: false,
            names_seen: BTreeMap::new(),
        });
        let e = self.entities.len() - 1;
        self.by_key.insert(key, e);
        self.aliases.entry(alias_key(label)).or_insert(e);
        e
    }

    /// "The government of Chile": a definite description of a state body
    /// followed by "of" and a known place is that place's body, named as a
    /// capitalised name would name it ("Government of Chile"), never
    /// another body the text names nearby.
    fn body_of_place(
        &mut self,
        view: &DocView<'_>,
        lex: &Lexicon,
        cands: &[MentionCand],
        cand: &MentionCand,
    ) -> Option<usize> {
        if !cand.definite
            || !self
                .ontology
                .is_subclass_of(&cand.class, &lex.classes.government_body)
        {
            return None;
        }
        let end = cand.tokens.end;
        let limit = view.sentence_end(cand.tokens.start);
        if end + 1 >= limit || !lex.words.genitive_prepositions.contains(view.low(end)) {
            return None;
        }
        let mut at = end + 1;
        if lex.words.definite_articles.contains(view.low(at)) {
            at += 1;
        }
        let place = cands.iter().find(|c| {
            c.tokens.start == at
                && c.kind == MentionKind::Known
                && self.ontology.is_subclass_of(&c.class, &lex.classes.place)
        })?;
        let mut first = cand.tokens.start;
        while first < end && lex.is_determiner(view.low(first)) {
            first += 1;
        }
        if first == end {
            return None;
        }
        // "the government of Chile" → "Government of Chile": the words of
        // the description capitalised, as a body's proper name writes them.
        let mut label = String::new();
        for t in first..end {
            label.push_str(&capitalised(view.text(t)));
            label.push(' ');
        }
        label.push_str(view.span_text(end, place.tokens.end));
        Some(match self.aliases.get(&alias_key(&label)) {
            Some(&e) => e,
            None => self.entity(EntityKey::Named(label.clone()), &cand.class, &label),
        })
    }

    /// "The Kestrian Government", "the Norland Government": a name made of
    /// a place's name or adjective and a state body's head
    /// (`kg:stateBodyHead`) names that place's body, the one "the
    /// Government of Norland" names: one entity under that name, never the
    /// place, nor another body named as "the Government" before. The place
    /// is a gazetteer place or a place the document named before.
    fn body_named_by_place(
        &mut self,
        view: &DocView<'_>,
        lex: &Lexicon,
        cand: &MentionCand,
    ) -> Option<usize> {
        let Range { start, end } = cand.tokens;
        if end < start + 2 {
            return None;
        }
        let head = end - 1;
        let head_word = view.low(head);
        if !lex.words.state_body_heads.contains(head_word) {
            return None;
        }
        let class = lex.name_heads.get(head_word)?;
        if !self
            .ontology
            .is_subclass_of(class, &lex.classes.government_body)
        {
            return None;
        }
        let written = view.span_text(start, head);
        let is_place = |c: &str| self.ontology.is_subclass_of(c, &lex.classes.place);
        let known = lex
            .surface_ids
            .get(&written.to_ascii_lowercase())
            .and_then(|&id| {
                lex.surfaces[id]
                    .1
                    .iter()
                    .map(|sense| &lex.individuals[sense.individual])
                    .find(|ind| is_place(&ind.class))
            })
            .map(|ind| ind.label.clone());
        let place = match known {
            Some(label) => label,
            None => {
                let &e = self.aliases.get(&alias_key(written))?;
                if !is_place(&self.entities[e].class) {
                    return None;
                }
                self.entities[e].label.clone()
            }
        };
        let head_label = capitalised(&view.text(head).to_lowercase());
        let of = lex.words.genitive_prepositions.phrases().first()?.join(" ");
        let label = format!("{head_label} {of} {place}");
        // "the Government of the United States" names the same body.
        let with_article = lex
            .words
            .definite_articles
            .phrases()
            .iter()
            .map(|article| format!("{head_label} {of} {} {place}", article.join(" ")));
        let existing = std::iter::once(label.clone())
            .chain(with_article)
            .find_map(|l| self.aliases.get(&alias_key(&l)).copied());
        let e =
            existing.unwrap_or_else(|| self.entity(EntityKey::Named(label.clone()), class, &label));
        let surface = clean_label(lex, &cand.label);
        if surface != self.entities[e].label {
            self.entities[e].alt_labels.insert(surface.clone());
        }
        self.aliases.entry(alias_key(&surface)).or_insert(e);
        Some(e)
    }

    /// The entity named right before a description's comma ("X, a plan …"),
    /// when the description does not go on into a list ("…, a plan and Y").
    fn apposition_head(
        &self,
        view: &DocView<'_>,
        lex: &Lexicon,
        cand: &MentionCand,
    ) -> Option<usize> {
        let (start, end) = (cand.tokens.start, cand.tokens.end);
        let sentence = view.toks[start].sentence;
        if start < 2 || !view.is_punct(start - 1, ",") || view.toks[start - 2].sentence != sentence
        {
            return None;
        }
        let list_goes_on = end < view.toks.len()
            && view.toks[end].sentence == sentence
            && (lex.words.conjunctions.contains(view.low(end))
                || lex.words.disjunctions.contains(view.low(end))
                || view.is_punct(end, ",")
                    && end + 1 < view.toks.len()
                    && lex.is_determiner(view.low(end + 1)));
        if list_goes_on {
            return None;
        }
        self.mentions
            .iter()
            .rev()
            .find(|m| m.tokens.end == start - 1 && m.kind != MentionKind::Description)
            .map(|m| m.entity)
    }

    /// The entity mentioned last whose name has `head` as its head word
    /// ("European Commission", "Department for Transport" for "Department").
    fn head_word_antecedent(&self, head: &str) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.label.split_whitespace().count() > 1
                    && head_word(&e.label).eq_ignore_ascii_case(head)
            })
            .filter_map(|(i, e)| e.mentions.last().map(|m| (m.start, i)))
            .max()
            .map(|(_, i)| i)
    }

    /// Definite descriptions refer back to the compatible entity mentioned
    /// most often so far (the one the article is about; the latest on a tie);
    /// with no antecedent, to a name of that class in the next sentences;
    /// otherwise they make an entity of their own, scoped to the document.
    fn description(
        &mut self,
        view: &DocView<'_>,
        lex: &Lexicon,
        cands: &[MentionCand],
        ci: usize,
        cand: &MentionCand,
    ) -> Option<usize> {
        let compatible = |class: &str| self.ontology.is_subclass_of(class, &cand.class);
        // "the Andean Water Strategy, a plan to share data": a description
        // in apposition to a name is that name's thing, unless it is the
        // next item of a list ("the Accord, a plan and a roadmap").
        if let Some(e) = self.apposition_head(view, lex, cand) {
            // Sibling document classes agree ("Strategy, a plan").
            let class = &self.entities[e].class;
            let documents =
                lex.document_classes.contains(class) && lex.document_classes.contains(&cand.class);
            if compatible(class) || self.ontology.is_subclass_of(&cand.class, class) || documents {
                return Some(e);
            }
        }
        if let Some(e) = self.body_of_place(view, lex, cands, cand) {
            return Some(e);
        }
        // The most mentioned thing of a compatible class that `keep` accepts,
        // the latest mentioned first among equals.
        let most_mentioned = |keep: &dyn Fn(&EntityDraft) -> bool| {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| compatible(&e.class) && keep(e))
                .filter_map(|(i, e)| e.mentions.last().map(|m| ((e.mentions.len(), m.start), i)))
                .max()
                .map(|(_, i)| i)
        };
        if let (true, Some(plural)) = (cand.definite, &cand.plural_head) {
            // "the initiatives", "these six agreements": the counted set of
            // that head named before ("six new initiatives"). With none, a
            // definite plural is any such things, unless it counts them
            // itself ("the four new initiatives").
            let same_set = |e: &EntityDraft| {
                e.alt_labels.iter().any(|name| {
                    let words: Vec<String> = super::lexicon::words(name);
                    words.last() == Some(plural)
                        && words.first().is_some_and(|w| lex.is_count_word(w))
                })
            };
            let antecedent = most_mentioned(&same_set);
            if antecedent.is_some() {
                return antecedent;
            }
            let counts = cand.tokens.clone().any(|t| lex.is_count_word(view.low(t)));
            if !counts {
                return None;
            }
        } else if cand.definite {
            // A head that names a kind narrower than its class ("the
            // declaration", a Document) refers back to a thing of the
            // class itself or one so named, not to any narrower thing
            // ("the accord" is no declaration); the class's own word ("the
            // document") refers to any.
            let head = super::mentions::description_head_in(view, lex, cand.tokens.clone())
                .map(|h| view.span_text(h.start, h.end).to_lowercase());
            let class_word = self
                .ontology
                .classes
                .get(&cand.class)
                .is_some_and(|c| head.as_deref() == Some(c.label.to_lowercase().as_str()));
            // Whether a thing's name has the head word ("the memorandum":
            // the Coastal Safety Memorandum).
            let written_with_head = |e: &EntityDraft| {
                head.as_deref().is_some_and(|h| {
                    std::iter::once(&e.label)
                        .chain(&e.alt_labels)
                        .any(|l| l.to_lowercase().contains(h))
                })
            };
            let named_by_head = |e: &EntityDraft| {
                class_word || e.class == cand.class || head.is_none() || written_with_head(e)
            };
            // A thing written with the head word comes before one that only
            // shares its class (an agreement named otherwise).
            let antecedent =
                most_mentioned(&written_with_head).or_else(|| most_mentioned(&named_by_head));
            if let Some(e) = antecedent {
                return Some(e);
            }
            // Cataphora: "its strategy … The International Strategy of …".
            let sentence = view.toks[cand.tokens.start].sentence;
            let ahead = cands[ci + 1..]
                .iter()
                .take_while(|c| view.toks[c.tokens.start].sentence <= sentence + 1)
                .find(|c| {
                    matches!(c.kind, MentionKind::Name | MentionKind::Known)
                        && self.ontology.is_subclass_of(&c.class, &cand.class)
                });
            if let Some(next) = ahead {
                return Some(self.entity_of_name(lex, next));
            }
        }
        // A headline's description of what the text names in full below
        // ("… sign fisheries accord" over "the Coastal Fisheries Accord"):
        // the first name of its class ahead that has all its words.
        if in_headline(view, cand.tokens.start) {
            let words: Vec<String> = super::lexicon::words(&clean_label(lex, &cand.label));
            let names: Vec<&MentionCand> = mentions_below(view, cands, ci)
                .filter(|c| {
                    matches!(c.kind, MentionKind::Name | MentionKind::Known)
                        && self.ontology.is_subclass_of(&c.class, &cand.class)
                })
                .collect();
            let has_all = |c: &&MentionCand, words: &[String]| {
                let name = super::lexicon::words(&c.label);
                !words.is_empty() && words.iter().all(|w| name.contains(w))
            };
            // Failing that, the one thing so headed that the lines below
            // name ("… sign new accord" over "the Andean Water Accord").
            let head: Vec<String> = words.last().cloned().into_iter().collect();
            let mut headed = names.iter().filter(|c| has_all(c, &head));
            let only_headed = headed
                .next()
                .filter(|first| headed.all(|c| c.label == first.label))
                .copied();
            let named = names
                .iter()
                .find(|c| has_all(c, &words))
                .copied()
                .or(only_headed);
            if let Some(next) = named {
                return Some(self.entity_of_name(lex, next));
            }
        }
        // A description that says more ("new export guidelines", "rules on
        // data") names a document of this article. A bare one ("a white
        // paper") may still take part in a fact ("a white paper released by
        // …"): it is kept only then. "The country" with nothing to refer
        // to makes no entity and no link.
        // Other descriptions ("a landscape painter", "a venture capital
        // firm") are not names: kept only when they take part in a fact.
        let is_document = lex.document_classes.contains(&cand.class);
        let bare = !(cand.specific || cand.modified);
        if bare && !is_document {
            return None;
        }
        // "with a partner country", "a neighbouring government": an
        // indefinite description of a party or place without a complement
        // is any such one, no particular one; it takes part in no fact.
        let party_or_place = [
            &lex.classes.person,
            &lex.classes.organization,
            &lex.classes.place,
        ]
        .into_iter()
        .any(|class| self.ontology.is_subclass_of(&cand.class, class));
        if !cand.definite && !cand.specific && party_or_place {
            return None;
        }
        let tentative = bare || !is_document;
        let label = clean_label(lex, &cand.label);
        // "… signed a critical minerals agreement" after a headline naming
        // the Critical Minerals Agreement: the same words, the same thing.
        if let Some(&e) = self.aliases.get(&alias_key(&label)) {
            if self
                .ontology
                .is_subclass_of(&self.entities[e].class, &cand.class)
            {
                return Some(e);
            }
        }
        let key = EntityKey::Local(format!("{}/{}", self.doc_id, label.to_lowercase()));
        let fresh = !self.by_key.contains_key(&key);
        let e = self.entity(key, &cand.class, &label);
        if fresh {
            self.entities[e].tentative = tentative;
        } else {
            self.entities[e].tentative &= tentative;
        }
        Some(e)
    }
}

/// The class of a name that is only a description head after a
/// determiner ("the MOU", "this Accord", "an MoU"), and whether the
/// determiner is definite: such a name refers back ("the MOU") or
/// introduces a document ("an MoU") rather than naming something new.
pub(crate) fn description_written_as_name(
    view: &DocView<'_>,
    lex: &Lexicon,
    cand: &MentionCand,
) -> Option<(String, bool)> {
    let (start, end) = (cand.tokens.start, cand.tokens.end);
    if cand.acronym.is_some()
        || start == 0
        || view.toks[start - 1].sentence != view.toks[start].sentence
    {
        return None;
    }
    let determiner = view.low(start - 1);
    let definite = lex.words.anaphoric_determiners.contains(determiner);
    if !definite && !lex.words.indefinite_articles.contains(determiner) {
        return None;
    }
    let (len, class) = lex.description_heads.longest_at(view, start, end)?;
    (len == end - start && lex.document_classes.contains(class)).then(|| (class.clone(), definite))
}

/// Whether token `t` is in a headline: the view's first sentence, ending
/// without a full stop, question or exclamation mark.
pub(super) fn in_headline(view: &DocView<'_>, t: usize) -> bool {
    let Some(first) = view.sentences.first() else {
        return false;
    };
    first.contains(&t) && !first.is_empty() && !matches!(view.text(first.end - 1), "." | "!" | "?")
}

/// The full name, as a person's entity is labelled, of the first person
/// named below the headline mention `ci` whose name ends in `surname`.
fn full_name_below(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &[MentionCand],
    ci: usize,
    surname: &str,
) -> Option<String> {
    mentions_below(view, cands, ci)
        .filter(|c| c.kind == MentionKind::Person)
        .map(|c| person_label(view, lex, c))
        .find(|full| ends_in_surname(full, surname))
}

/// One person's full name as a mention writes it, among the mentions of
/// the same surname.
struct FullName {
    /// The mention's index among the candidates.
    mention: usize,
    name: String,
    /// Whether every later mention of the surname writes this same name.
    same_to_end: bool,
}

/// The full names (two words or more) of the document's person mentions,
/// by their last word, in text order: each mention labelled once, so that
/// a titled surname asks in one lookup which full names come after it.
struct LaterFullNames {
    by_surname: HashMap<String, Vec<FullName>>,
}

impl LaterFullNames {
    fn new(view: &DocView<'_>, lex: &Lexicon, cands: &[MentionCand]) -> Self {
        let mut by_surname: HashMap<String, Vec<FullName>> = HashMap::new();
        for (mention, c) in cands.iter().enumerate() {
            if c.kind != MentionKind::Person {
                continue;
            }
            let name = person_label(view, lex, c);
            let Some(surname) = surname_of(&name) else {
                continue;
            };
            by_surname
                .entry(surname.to_owned())
                .or_default()
                .push(FullName {
                    mention,
                    name,
                    same_to_end: true,
                });
        }
        for names in by_surname.values_mut() {
            for i in (0..names.len().saturating_sub(1)).rev() {
                names[i].same_to_end =
                    names[i + 1].same_to_end && names[i + 1].name == names[i].name;
            }
        }
        LaterFullNames { by_surname }
    }

    /// The full name ending in `surname` of the people named after mention
    /// `ci` anywhere in the document, when they are all one name: with two
    /// people of that surname ("Ada Holt", later "Bran Holt"), the surname
    /// alone before them names neither for sure.
    fn only_after(&self, ci: usize, surname: &str) -> Option<String> {
        let names = self.by_surname.get(surname)?;
        let first = names[names.partition_point(|n| n.mention <= ci)..].first()?;
        first.same_to_end.then(|| first.name.clone())
    }
}

/// The last word of a name of two words or more: the surname a later
/// mention may name the person by.
fn surname_of(full: &str) -> Option<&str> {
    let mut words = full.split_whitespace();
    words.next()?;
    words.last()
}

/// Whether a person title (`kg:personTitle`, an office or an honorific:
/// "President", "Ms") ends right before token `start`, in its sentence.
fn title_right_before(view: &DocView<'_>, lex: &Lexicon, start: usize) -> bool {
    let sentence = view.toks[start].sentence;
    // Titles are at most a few words ("Deputy Prime Minister").
    (start.saturating_sub(3)..start)
        .filter(|&k| view.toks[k].sentence == sentence && view.is_capitalised(k))
        .any(|k| {
            lex.person_titles
                .longest_at(view, k, start)
                .is_some_and(|(len, _)| k + len == start)
        })
}

/// A person mention's name as its entity is labelled: without an
/// honorific opening the span or postnominals closing it.
fn person_label(view: &DocView<'_>, lex: &Lexicon, c: &MentionCand) -> String {
    let label = match honorific_opening(view, lex, &c.tokens) {
        Some(len) => clean_label(lex, view.span_text(c.tokens.start + len, c.tokens.end)),
        None => clean_label(lex, &c.label),
    };
    without_postnominals(lex, &label)
}

/// Whether a name of two words or more ends in `surname`.
fn ends_in_surname(full: &str, surname: &str) -> bool {
    surname_of(full) == Some(surname)
}

/// Sentences after a headline in which its description may be named in full.
const MAX_HEADLINE_LOOKAHEAD: usize = 3;

/// The candidates after `ci` up to [`MAX_HEADLINE_LOOKAHEAD`] sentences
/// below its own: where a headline's short mention is named in full.
fn mentions_below<'c, 'v>(
    view: &'v DocView<'_>,
    cands: &'c [MentionCand],
    ci: usize,
) -> impl Iterator<Item = &'c MentionCand> + use<'c, 'v> {
    let sentence = view.toks[cands[ci].tokens.start].sentence;
    cands[ci + 1..].iter().take_while(move |c| {
        view.toks[c.tokens.start].sentence <= sentence + MAX_HEADLINE_LOOKAHEAD
    })
}

/// Whether a description opens with a capitalised modifier after its
/// determiner ("the Federal government"), not a hyphenated one ("an
/// EU-wide consultation").
fn capitalised_modifier(view: &DocView<'_>, lex: &Lexicon, cand: &MentionCand) -> bool {
    let Some(first) = cand
        .tokens
        .clone()
        .find(|&t| !lex.is_determiner(view.low(t)))
    else {
        return false;
    };
    first > view.sentence_start(first)
        && first + 1 < cand.tokens.end
        && view.is_capitalised(first)
        && view.is_word(first + 1)
        && !super::mentions::is_hyphenated_modifier(view.text(first))
}

/// Whether a name is one name head word ("Commission") right after a
/// definite determiner of its sentence ("the Commission").
fn lone_head_after_determiner(view: &DocView<'_>, lex: &Lexicon, cand: &MentionCand) -> bool {
    let start = cand.tokens.start;
    cand.tokens.len() == 1
        && cand.acronym.is_none()
        && start > 0
        && view.toks[start - 1].sentence == view.toks[start].sentence
        && lex.words.definite_articles.contains(view.low(start - 1))
        && lex.name_heads.contains_key(view.low(start))
}

/// The name a lone name head in the headline ("Agency", "Ministry")
/// stands for: the first name of several words with that head word in the
/// sentences just below the headline.
fn headline_head_named_below<'c>(
    view: &DocView<'_>,
    lex: &Lexicon,
    cands: &'c [MentionCand],
    ci: usize,
) -> Option<&'c MentionCand> {
    let cand = &cands[ci];
    let start = cand.tokens.start;
    if cand.tokens.len() != 1
        || !in_headline(view, start)
        || !lex.name_heads.contains_key(view.low(start))
    {
        return None;
    }
    mentions_below(view, cands, ci).find(|c| {
        matches!(c.kind, MentionKind::Name | MentionKind::Known)
            && c.tokens.len() > 1
            && head_word(&c.label).eq_ignore_ascii_case(view.text(start))
    })
}

/// The head word of a name: its last capitalised word before the first
/// lowercase connector ("Commission" of "European Commission",
/// "Department" of "Department for Transport").
fn head_word(label: &str) -> &str {
    label
        .split_whitespace()
        .take_while(|w| !w.starts_with(|c: char| c.is_lowercase()))
        .last()
        .unwrap_or("")
}

/// A person's name without the postnominals after it ("Ada Quist MP").
fn without_postnominals(lex: &Lexicon, label: &str) -> String {
    let mut words: Vec<&str> = label.split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| lex.words.postnominals.contains(&w.to_ascii_lowercase()))
    {
        words.pop();
    }
    words.join(" ")
}

/// The honorific written right before a person's name, without its full
/// stop ("Dr" in "Dr. Ada Quist"), and the name as written with it ("Dr.
/// Ada Quist"). The honorific is a courtesy, not part of the name, so the
/// label leaves it out and it is stated on its own. Only a title that is no
/// office counts ("Minister Ada Quist" names the office, not the person).
fn honorific_before(
    view: &DocView<'_>,
    lex: &Lexicon,
    name: &Range<usize>,
) -> Option<(String, String)> {
    let sentence = view.toks[name.start].sentence;
    let in_sentence = |k: usize| view.toks[k].sentence == sentence;
    let mut end = name.start;
    if end > 0 && view.is_punct(end - 1, ".") && in_sentence(end - 1) {
        end -= 1;
    }
    let spaced = |a: usize, b: usize| {
        let text = view.span_text(a, b).split_whitespace();
        text.collect::<Vec<_>>().join(" ")
    };
    // Titles are at most a few words ("His Excellency").
    (end.saturating_sub(3)..end)
        .filter(|&k| in_sentence(k) && view.is_capitalised(k))
        .find(|&k| {
            lex.person_titles
                .longest_at(view, k, end)
                .is_some_and(|(len, office)| k + len == end && !*office)
        })
        .map(|k| (bare_honorific(&spaced(k, end)), spaced(k, name.end)))
}

/// "Dr." and "Dr" are one honorific; a dotted one keeps its dots ("H.E.").
fn bare_honorific(honorific: &str) -> String {
    match honorific.strip_suffix('.') {
        Some(bare) if !bare.contains('.') => bare.to_owned(),
        _ => honorific.to_owned(),
    }
}

/// The length in tokens of the honorifics (titles that are no office: "Dr",
/// "Mrs", "H.E.") opening a person's name span, when a name follows them:
/// one or several ("H.E. Mr."), the first after an article ("the Hon").
fn honorific_opening(view: &DocView<'_>, lex: &Lexicon, name: &Range<usize>) -> Option<usize> {
    let mut len = 0;
    loop {
        let mut k = name.start + len;
        if len == 0 && k < name.end && lex.words.definite_articles.contains(view.low(k)) {
            k += 1;
        }
        let Some((title_len, office)) = lex.person_titles.longest_at(view, k, name.end) else {
            break;
        };
        if *office {
            break;
        }
        let mut next = k + title_len;
        // "Dr." written with its full stop as a token of its own.
        if next < name.end && view.is_punct(next, ".") {
            next += 1;
        }
        if next >= name.end || !view.is_capitalised(next) {
            break;
        }
        len = next - name.start;
    }
    (len > 0).then_some(len)
}

/// Removes leading determiners and possessive markers and normalises spaces.
pub fn clean_label(lex: &Lexicon, label: &str) -> String {
    let mut words: Vec<&str> = label.split_whitespace().collect();
    while let Some(first) = words.first() {
        let low = first.to_ascii_lowercase();
        if lex.is_determiner(&low) {
            words.remove(0);
        } else {
            break;
        }
    }
    let joined = words.join(" ");
    let mut label = joined.as_str();
    for clitic in lex.words.possessive_clitics.phrases() {
        label = label.trim_end_matches(clitic[0].as_str());
    }
    label
        .trim_matches(|c: char| c.is_ascii_punctuation() && c != '.' && c != ')' && c != '&')
        .trim()
        .to_owned()
}

/// The key a name is looked up by among the document's names: lower case,
/// with typographic apostrophes written straight, so "Côte d’Ivoire" and
/// "Côte d'Ivoire" name one thing.
fn alias_key(name: &str) -> String {
    // "Plan 2022-2026" in a headline and "Plan 2022–2026" below it: the
    // same name whatever dash or apostrophe the writer typed.
    name.to_lowercase()
        .replace('\u{2019}', "'")
        .replace(['\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}'], "-")
}

/// Where the plural head of a description opened by a count ends, where a
/// complement follows it inside the description ("five Memoranda of
/// Understanding on fisheries": after "Understanding"); none where the head
/// ends it, or where no count opens it (a bare "agreements" names nothing).
fn counted_head_end(view: &DocView<'_>, lex: &Lexicon, cand: &MentionCand) -> Option<usize> {
    if !lex.is_count_word(view.low(cand.tokens.start)) {
        return None;
    }
    let head = cand.plural_head.as_deref()?;
    let words = head.split_whitespace().count();
    let tokens = cand.tokens.clone();
    tokens
        .clone()
        .filter(|&t| t + words < tokens.end)
        .find(|&t| view.span_text(t, t + words).to_lowercase() == head)
        .map(|t| t + words)
}

#[cfg(test)]
mod tests {
    use super::{EntityDraft, EntityKey, Resolution};

    fn entity(mentions: Vec<std::ops::Range<usize>>) -> EntityDraft {
        EntityDraft {
            key: EntityKey::Known("urn:x".to_owned()),
            class: String::new(),
            label: String::new(),
            alt_labels: Default::default(),
            honorifics: Default::default(),
            demonyms: Default::default(),
            same_as: Vec::new(),
            mentions,
            titles: Default::default(),
            tentative: false,
            names_seen: Default::default(),
        }
    }

    #[test]
    fn read_mentions_are_recorded_once_each_in_the_order_read() {
        let mut named = entity(Vec::new());
        named.mentions.push(2..4);
        let mut resolution = Resolution {
            entities: vec![named, entity(Vec::new())],
            mentions: Vec::new(),
            defined_parties: Default::default(),
        };
        // The rules read one name twice (two meeting rules over one office
        // phrase) and another entity's name once.
        resolution.add_read_mentions(vec![(0, 9..10), (1, 5..7), (0, 9..10), (0, 2..4)]);
        assert_eq!(resolution.entities[0].mentions, vec![2..4, 9..10]);
        assert_eq!(resolution.entities[1].mentions.len(), 1);
        assert_eq!(resolution.entities[1].mentions[0], 5..7);
        // The document's mention list, which the rules read, stays as it was.
        assert!(resolution.mentions.is_empty());
    }
}
