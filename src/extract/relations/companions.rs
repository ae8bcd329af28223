//! Someone joined by another to act: "Ada Quist joined Norlandic President
//! Bo Lind to sign the accord", "A travelled to Lorn to join B in signing
//! the accord". A verb of joining someone (`kg:companionVerb`) takes as
//! its object the person (or body) who does the act with its subject, and
//! the act follows as an infinitive ("to sign") or, after a companion
//! marker (`kg:companionActMarker`: "in"), as a gerund ("in signing"). The
//! joined names are no object of the act: the act's agents are the
//! joining verb's subjects and the names it joins, both.
//!
//! Without this reading a name right before "to sign" is taken as the
//! infinitive's only subject ("urged Kestria to sign": the object signs),
//! so the one who joined was lost.

use super::{Filler, Frame};

impl Frame<'_, '_> {
    /// The agents of the act whose verb starts at `verb_start`, where a
    /// joining verb's object list and an infinitive or companion marker
    /// stand right before it: where the joining verb's group starts, and
    /// its subjects followed by the names it joins. None elsewhere, and
    /// where either side names no agent.
    pub(super) fn companion_agents(
        &self,
        property: usize,
        verb_start: usize,
    ) -> Option<(usize, Vec<Filler>)> {
        let (a, lex, view) = (self.range.start, self.lex, self.view);
        let marker = verb_start.checked_sub(1).filter(|&m| m > a)?;
        let low = view.low(marker);
        if !lex.goal_cues.clause_markers.contains(low)
            && !lex.words.companion_act_markers.contains(low)
        {
            return None;
        }
        // The names joined: a coordination ending at the marker, each with
        // its title ("joined Norlandic President Bo Lind").
        let joined = self.subjects_ending_at(marker);
        let first = joined.first()?.0.start;
        let domain = &lex.properties[property].domain;
        if !joined
            .iter()
            .all(|(_, e)| self.ontology.fits(&self.entities[*e].class, domain))
        {
            return None;
        }
        let mut k = self.skip_title_left(self.skip_honorifics_left(first));
        if k > a && lex.is_determiner(view.low(k - 1)) {
            k -= 1;
        }
        let companion = k.checked_sub(1).filter(|&c| c >= a)?;
        if !lex.words.companion_verbs.contains(view.low(companion)) {
            return None;
        }
        // Who joins: the verb's own subjects, or, for "to join", the
        // subjects of the verb it completes ("travelled to Lorn to join").
        let infinitive = companion > a
            && lex
                .goal_cues
                .clause_markers
                .contains(view.low(companion - 1));
        let (start, mut agents) = if infinitive {
            self.controlling_subjects(property, companion)?
        } else {
            (
                self.skip_aux_left(companion),
                self.active_subjects(companion),
            )
        };
        if agents.is_empty() {
            return None;
        }
        for filler in joined {
            if !agents.iter().any(|(_, e)| *e == filler.1) {
                agents.push(filler);
            }
        }
        Some((start, agents))
    }
}
