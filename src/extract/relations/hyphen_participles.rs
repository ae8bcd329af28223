//! A place joined by a hyphen to the participle of a property's verb
//! ("a Boston-based startup", "the Leeds-headquartered bank"): the name
//! the participle's phrase describes stands in the property to the place,
//! as in the participle's clause ("based in Boston"). The described name
//! follows the hyphenated word ("the Boston-based Lumio Labs"), or the
//! phrase is its apposition ("Lumio Labs, a Boston-based startup") or the
//! predicate of its copula ("Lumio Labs is a Boston-based startup").
//! Both ends must fit the property, the name as its subject and the place
//! as its object, so a participle whose hyphenated word is the agent ("a
//! Kestria-backed plan") states nothing here.

use super::Frame;
use crate::extract::model::Polarity;

/// The most common words between a place's hyphenated participle and the
/// name the phrase describes ("the Boston-based software startup Lumio").
const MAX_DESCRIPTION_WORDS: usize = 3;

impl Frame<'_, '_> {
    /// Reads the hyphenated participles of the sentence.
    pub(super) fn hyphen_participle_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a..b {
            let text = self.view.text(k);
            let Some((left, right)) = text.rsplit_once('-') else {
                continue;
            };
            if left.is_empty() || !right.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let properties: Vec<usize> = self
                .lex
                .verb_forms
                .get(right)
                .into_iter()
                .flatten()
                .filter(|f| f.words.len() == 1 && f.participle)
                .map(|f| f.property)
                .filter(|&p| !self.property(p).symmetric)
                .collect();
            if properties.is_empty() {
                continue;
            }
            let left = left.to_owned();
            let Some((place, _)) = self.known_name_run(&left, k, false) else {
                continue;
            };
            // Common words between the hyphenated word and the name ("the
            // Boston-based startup Lumio Labs") describe the name where the
            // property places it; a participle whose hyphenated word is the
            // agent ("the Kestria-backed plan Norland rejected") may precede
            // a name its phrase does not describe.
            let placing = properties.iter().all(|&p| self.places_its_object(p));
            let Some(described) = self.described_by_hyphen_phrase(k, placing) else {
                continue;
            };
            for p in properties {
                self.emit(
                    described,
                    p,
                    place,
                    k..k + 1,
                    "hyphen-participle",
                    0.8,
                    (Polarity::Positive, None),
                );
            }
        }
    }

    /// The name a phrase with the hyphenated word at `k` describes: the
    /// name right after it, or, where an article opens the phrase, the
    /// name before the comma or the copula in front of the article.
    fn described_by_hyphen_phrase(&self, k: usize, placing: bool) -> Option<usize> {
        let a = self.range.start;
        let mut name = k + 1;
        if placing {
            while name < self.range.end
                && name < k + 1 + MAX_DESCRIPTION_WORDS
                && !self.view.is_capitalised(name)
                && self.is_description_word(name)
            {
                name += 1;
            }
        }
        if name < self.range.end && self.view.is_capitalised(name) {
            if let Some((_, e)) = self.mentions.iter().find(|(r, _)| r.start == name) {
                return Some(*e);
            }
        }
        if k < a + 2 || !self.lex.is_determiner(self.view.low(k - 1)) {
            return None;
        }
        let before = k - 1;
        if self.view.is_punct(before - 1, ",") {
            return self.mention_ending_at(before - 1).map(|(_, e)| e);
        }
        let start = self.skip_aux_left(before);
        let copula = (start..before).any(|t| self.lex.words.be_forms.contains(self.view.low(t)));
        if !copula {
            return None;
        }
        self.mention_ending_at(start).map(|(_, e)| e)
    }

    /// Whether every object the property allows is a place ("based in"),
    /// so the hyphenated word is where the described name is.
    fn places_its_object(&self, property: usize) -> bool {
        let range = &self.property(property).range;
        !range.is_empty()
            && range
                .iter()
                .all(|c| self.ontology.is_subclass_of(c, &self.lex.classes.place))
    }

    /// Whether the tagger tagged token `t` a common noun or an adjective,
    /// the words of a description before a name ("startup", "nonprofit").
    fn is_description_word(&self, t: usize) -> bool {
        matches!(self.syntax.tagger_tags(t).1, "NN" | "JJ")
    }
}
