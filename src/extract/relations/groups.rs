//! The things a counted group description ("the three provinces", "all
//! four partners") stands for, indexed once per document and class: the
//! mentions of the class that stand as a member of their own (not inside
//! another member's name, "Kestria" in "the Government of Kestria"), by
//! where they end, so that a group phrase costs a binary search, not a
//! walk over every mention before it.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::super::resolve::EntityDraft;

pub(super) struct GroupIndex {
    /// How many entities the document had when the index was built (it is
    /// rebuilt when a rule adds one).
    pub(super) built_for: usize,
    /// The members' own mentions' ends, in order.
    ends: Vec<usize>,
    /// `distinct[k]`: how many entities the first `k` mentions of `ends` name.
    distinct: Vec<usize>,
    /// The entities in the order their first own mention ends.
    first_seen: Vec<usize>,
    /// Each entity's own mentions: (end, the latest start up to it), by end.
    own: HashMap<usize, Vec<(usize, usize)>>,
}

impl GroupIndex {
    /// The index over the mentions of the entities `counts` accepts,
    /// leaving out those `skip` accepts.
    pub(super) fn new(
        entities: &[EntityDraft],
        counts: impl Fn(&EntityDraft) -> bool,
        skip: impl Fn(&Range<usize>) -> bool,
    ) -> Self {
        let mut all: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| counts(e))
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
            .collect();
        // By start, the longer first at equal starts.
        all.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
        all.dedup();
        // The mentions of the two entities reaching furthest so far: a
        // mention inside another entity's longer mention is inside one of
        // them.
        let mut reach: Vec<(usize, usize, usize)> = Vec::with_capacity(3);
        let mut inner: Vec<(usize, usize, usize)> = Vec::new();
        for &(s, e, i) in &all {
            let inside = reach
                .iter()
                .any(|&(re, rs, j)| j != i && re >= e && (rs, re) != (s, e));
            if !inside && !skip(&(s..e)) {
                inner.push((e, s, i));
            }
            match reach.iter_mut().find(|r| r.2 == i) {
                Some(r) if r.0 < e => *r = (e, s, i),
                Some(_) => {}
                None => reach.push((e, s, i)),
            }
            reach.sort_unstable_by(|x, y| y.cmp(x));
            reach.truncate(2);
        }
        inner.sort_unstable();
        let mut index = GroupIndex {
            built_for: entities.len(),
            ends: Vec::with_capacity(inner.len()),
            distinct: Vec::with_capacity(inner.len() + 1),
            first_seen: Vec::new(),
            own: HashMap::default(),
        };
        index.distinct.push(0);
        for (e, s, i) in inner {
            index.ends.push(e);
            let own = index.own.entry(i).or_default();
            if own.is_empty() {
                index.first_seen.push(i);
            }
            let latest = own.last().map_or(s, |&(_, l)| l.max(s));
            own.push((e, latest));
            index.distinct.push(index.first_seen.len());
        }
        index
    }

    /// The members named before token `start`, where exactly `size` are,
    /// in the order they were last named; none otherwise.
    pub(super) fn group_before(&self, start: usize, size: usize) -> Vec<usize> {
        let k = self.ends.partition_point(|&e| e <= start);
        if self.distinct[k] != size {
            return Vec::new();
        }
        let mut group: Vec<(usize, usize)> = self.first_seen[..size]
            .iter()
            .map(|&i| {
                let own = &self.own[&i];
                let j = own.partition_point(|&(e, _)| e <= start);
                (own[j - 1].1, i)
            })
            .collect();
        group.sort_unstable();
        group.into_iter().map(|(_, i)| i).collect()
    }
}
