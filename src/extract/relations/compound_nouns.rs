//! A trigger noun with a name as its modifier, set off before the names it
//! describes: "As UN members, Kestria and Norland voted …", "Council
//! members, A and B, …". The names after the comma are the agents; the
//! modifier is the object ("member" of the UN). Symmetric properties are
//! left to the frames that name both parties.

use super::Frame;
use crate::extract::model::Polarity;

impl Frame<'_, '_> {
    /// Reads "<name> <trigger noun>, A and B" in the sentence.
    pub(super) fn compound_noun_frames(&mut self) {
        let (a, b) = (self.range.start, self.range.end);
        for k in a + 1..b.saturating_sub(2) {
            if !self.view.is_punct(k + 1, ",") {
                continue;
            }
            let word = self.view.low(k);
            let props = self
                .lex
                .noun_triggers
                .get(word)
                .or_else(|| {
                    word.strip_suffix('s')
                        .and_then(|w| self.lex.noun_triggers.get(w))
                })
                .cloned()
                .unwrap_or_default();
            if props.is_empty() {
                continue;
            }
            let Some((_, modifier)) = self.mention_ending_at(k) else {
                continue;
            };
            let agents = self.objects_starting_at(k + 2);
            for p in props {
                if self.property(p).symmetric {
                    continue;
                }
                for (_, agent) in &agents {
                    self.emit(
                        *agent,
                        p,
                        modifier,
                        k..k + 1,
                        "noun-compound",
                        0.75,
                        (Polarity::Positive, None),
                    );
                }
            }
        }
    }
}
