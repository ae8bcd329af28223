//! A bare title that repeats an office its holder was given in full: "Ada
//! Quist, Minister for Trade of Kestria, … Minister Quist said". The later
//! "Minister" is the same office written short, not a second position, so
//! its fact is read as the full office's (one more piece of evidence for
//! it) and the bare position is left without holders, and so out of the
//! graph where nothing else names it.
//!
//! A short office folds into a full one when its words stand, in order and
//! together, among the full office's words ("Minister" in "Minister for
//! Trade", "Secretary" in "Secretary of State") and the same person holds
//! the full office in the same document section. Where the person holds
//! two such offices ("Minister for Trade and Minister for Energy Ada Quist
//! … Minister Quist") the short one may stand for either, so its fact is
//! dropped rather than given to one. An office that is more than a holder's
//! title (the subject of a fact of its own, such as its country) stays.

use std::collections::{BTreeMap, BTreeSet};

use super::Found;
use crate::extract::resolve::Resolution;
use crate::extract::view::DocView;

/// What a short office's fact becomes.
enum Fold {
    /// The holder's one full office of which it is a part.
    Into(usize),
    /// The holder has several; the fact says nothing they do not.
    Drop,
}

/// Folds the facts of short offices into their holders' full offices, and
/// moves each folded mention to the office it now stands for.
pub fn fold_bare_offices(
    found: &mut Vec<Found>,
    view: &DocView<'_>,
    resolution: &mut Resolution,
    title_property: usize,
) {
    let entities = &resolution.entities;
    let words = |e: usize| -> Vec<String> {
        entities[e]
            .label
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    };
    // Offices that are the subject of some fact are more than a title.
    let described: BTreeSet<usize> = found
        .iter()
        .filter(|f| f.property != title_property)
        .map(|f| f.subject)
        .collect();
    let mut held: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for f in found.iter().filter(|f| f.property == title_property) {
        held.entry(f.subject).or_default().insert(f.object);
    }
    let mut folds: Vec<Option<Fold>> = Vec::with_capacity(found.len());
    for f in found.iter() {
        if f.property != title_property || described.contains(&f.object) {
            folds.push(None);
            continue;
        }
        let short = words(f.object);
        let fuller: Vec<usize> = held[&f.subject]
            .iter()
            .copied()
            .filter(|&o| o != f.object && contains_run(&words(o), &short))
            .collect();
        folds.push(match fuller.as_slice() {
            [] => None,
            [one] => Some(Fold::Into(*one)),
            _ => Some(Fold::Drop),
        });
    }
    if folds.iter().all(Option::is_none) {
        return;
    }
    let mut kept = Vec::with_capacity(found.len());
    for (mut f, fold) in std::mem::take(found).into_iter().zip(folds) {
        let Some(fold) = fold else {
            kept.push(f);
            continue;
        };
        let short = f.object;
        // The mention the fact was read from: the position phrase its
        // evidence points at.
        let at = resolution.entities[short].mentions.iter().position(|r| {
            view.toks[r.start].start == f.evidence.chars.start
                && view.toks[r.end - 1].end == f.evidence.chars.end
        });
        let mention = at.map(|i| resolution.entities[short].mentions.remove(i));
        if let Fold::Into(full) = fold {
            if let Some(r) = mention {
                let mentions = &mut resolution.entities[full].mentions;
                mentions.push(r);
                mentions.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            }
            f.object = full;
            kept.push(f);
        }
    }
    *found = kept;
}

/// Whether `run` stands, in order and together, among `words`, and is
/// shorter than them.
fn contains_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && run.len() < words.len() && words.windows(run.len()).any(|w| w == run)
}

#[cfg(test)]
mod tests {
    use super::contains_run;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn a_run_must_stand_together_and_be_shorter() {
        assert!(contains_run(&w("minister for trade"), &w("minister")));
        assert!(contains_run(&w("secretary of state"), &w("secretary of")));
        assert!(!contains_run(&w("minister"), &w("minister")));
        assert!(!contains_run(
            &w("deputy prime minister"),
            &w("deputy minister")
        ));
        assert!(!contains_run(&w("minister for trade"), &[]));
    }
}
