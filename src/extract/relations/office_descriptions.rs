//! An office written as a definite description stands for the one person
//! the document named holding it: "The Minister for Trade, Ada Quist, met
//! … The Minister signed the accord" (Ada Quist signed it).
//!
//! The description is a bare office head after a definite article ("the
//! Minister", "the Ambassador"), with no modifier, complement or name of
//! its own. An office fits it when its label opens with the same head and
//! goes on, if at all, with a position preposition ("Minister for Trade",
//! "Ambassador to Kestria"); an office with words before its head ("Prime
//! Minister", "Deputy Minister", "Trade Minister") may be another office,
//! so it does not fit. Only people named before the description count, and
//! only when exactly one person holds a fitting office: with two ministers
//! named, "the Minister" could be either. A description with modifiers
//! before its head ("the Water Minister") fits an office whose label ends
//! with the same words ("Water Minister", "Kestrian Water Minister").

use super::Frame;

impl Frame<'_, '_> {
    /// Adds a mention of its holder for each office description of the
    /// sentence (see the module doc), for the rules that read the sentence.
    pub(super) fn office_descriptions(&mut self) {
        let Some(title) = self.lex.title_property else {
            return;
        };
        let a = self.range.start;
        let mut added = Vec::new();
        for p in &self.positions {
            let start = p.tokens.start;
            // "the Water Minister": modifiers before the head, no name
            // leading them and no complement after it.
            let modified = p.tokens != p.head && p.bare == p.tokens && p.tokens.end == p.head.end;
            if (p.tokens != p.head && !modified)
                || start <= a
                || !self
                    .lex
                    .words
                    .definite_articles
                    .contains(self.view.low(start - 1))
                || self.mentions.iter().any(|(r, _)| {
                    r.start < p.tokens.end && p.tokens.start < r.end
                        || r.start == p.tokens.end
                        || r.start == p.tokens.end + 1 && self.view.is_punct(p.tokens.end, ",")
                })
            {
                continue;
            }
            let words: Vec<String> = (p.tokens.clone())
                .map(|t| self.view.low(t).to_owned())
                .collect();
            let mut holders: Vec<usize> = self.out[..self.first_fact]
                .iter()
                .filter(|f| f.property == title && f.evidence.sentence < self.sentence)
                .filter(|f| {
                    if modified {
                        self.office_ends_with(f.object, &words)
                    } else {
                        self.office_fits(f.object, &words)
                    }
                })
                .map(|f| f.subject)
                .collect();
            holders.sort_unstable();
            holders.dedup();
            if let [holder] = holders[..] {
                added.push((start - 1..p.tokens.end, holder));
            }
        }
        if added.is_empty() {
            return;
        }
        self.mentions.extend(added);
        self.mentions
            .sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    }

    /// Whether the label of office `office` ends with the words `phrase`
    /// ("Kestrian Water Minister", "Water Minister" for "the Water
    /// Minister"): the same office, perhaps with its owner before it.
    fn office_ends_with(&self, office: usize, phrase: &[String]) -> bool {
        let label = self.entities[office].label.to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        words.len() >= phrase.len()
            && words[words.len() - phrase.len()..]
                .iter()
                .zip(phrase)
                .all(|(w, p)| w == p)
    }

    /// Whether the label of office `office` opens with the words `head` and
    /// goes on, if at all, with a position preposition.
    fn office_fits(&self, office: usize, head: &[String]) -> bool {
        let label = self.entities[office].label.to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        words.len() >= head.len()
            && words.iter().zip(head).all(|(w, h)| w == h)
            && words
                .get(head.len())
                .is_none_or(|w| self.lex.position_prepositions.contains(*w))
    }
}
