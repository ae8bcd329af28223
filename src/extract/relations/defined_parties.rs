//! What the relation rules read from the collective terms a text defines
//! for its parties (found by the `party_terms` stage before the relations:
//! "A and B (hereinafter referred to as “the Participants”)"):
//!
//! * the parties cooperate, each with each, as the parties of a
//!   memorandum do (rule "defined-parties");
//! * the group phrases the rules read ([`Frame::pair_ending_at`]) that use
//!   the term after its definition ("the Participants will …", "both
//!   Parties signed …") stand for the defined parties;
//! * in the body of the document the text is (its title line), what the
//!   defined parties will do is a goal of that document ("The Participants
//!   will share data", read by the goal rules through
//!   [`Frame::defined_parties_document`]), unless the sentence leads into
//!   a list with a colon.

use super::{each_pair, Frame};

impl Frame<'_, '_> {
    /// Whether token `t` is a defined party term after its definition
    /// ("the Participants").
    pub(super) fn is_defined_party_term(&self, t: usize) -> bool {
        let low = self.view.low(t);
        self.defined
            .definitions
            .iter()
            .any(|d| d.span.end <= t && d.term == low)
    }

    /// The document the text is (`title_document`), where token `t`, a
    /// clause's subject, is the parties' defined term: in the body of a
    /// memorandum, what "the Participants will …" do is what it is for.
    /// A sentence ending in a colon leads into a list ("The Participants
    /// will seek to achieve the following objectives:"): its own verbs
    /// only announce the goals.
    pub(super) fn defined_parties_document(&self, t: usize) -> Option<usize> {
        let lead_in =
            self.range.end > self.range.start && self.view.is_punct(self.range.end - 1, ":");
        if !lead_in && self.is_defined_party_term(t) {
            self.title_document()
        } else {
            None
        }
    }

    /// The parties of each definition in this sentence cooperate, each
    /// with each.
    pub(super) fn defined_party_frames(&mut self) {
        let Some(cooperation) = self.cooperation_property() else {
            return;
        };
        let (defined, sentence) = (self.defined, self.sentence);
        for d in defined
            .definitions
            .iter()
            .filter(|d| d.sentence == sentence)
        {
            let q = self.qualifiers(self.range.start, d.span.start);
            for (s, o) in each_pair(&d.parties) {
                if !self.already_read(s, cooperation, o) {
                    self.emit(
                        s,
                        cooperation,
                        o,
                        d.span.clone(),
                        "defined-parties",
                        0.8,
                        q.clone(),
                    );
                }
            }
        }
    }
}
