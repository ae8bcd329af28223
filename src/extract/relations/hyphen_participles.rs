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
            let Some(described) = self.described_by_hyphen_phrase(k) else {
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
    fn described_by_hyphen_phrase(&self, k: usize) -> Option<usize> {
        let a = self.range.start;
        if k + 1 < self.range.end && self.view.is_capitalised(k + 1) {
            if let Some((_, e)) = self.mentions.iter().find(|(r, _)| r.start == k + 1) {
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
}
