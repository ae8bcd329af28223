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
//! named, "the Minister" could be either.

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
            if p.tokens != p.head
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
            let head: Vec<String> = (p.head.clone())
                .map(|t| self.view.low(t).to_owned())
                .collect();
            let mut holders: Vec<usize> = self.out[..self.first_fact]
                .iter()
                .filter(|f| f.property == title && f.evidence.sentence < self.sentence)
                .filter(|f| self.office_fits(f.object, &head))
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
