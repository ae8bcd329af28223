//! Shards: a stable split of a set of input documents into N parts, so N
//! machines (a job array, any batch system) can each extract one part.
//!
//! A document belongs to shard `K` of `N` (1-based) when the XXH3-64 hash
//! of its normalised path, taken modulo `N`, is `K - 1`. The path is the
//! one a document is known by (as named on the command line, joined with
//! the names found in directories); normalising turns `\` into `/` and
//! drops empty and `.` components, so `./texts//a.txt` and `texts/a.txt`
//! are one path. `..` is kept (it cannot be resolved without the file
//! system). The split depends on nothing else — not the order of the
//! files, not the machine, not the number of threads — so the same inputs
//! named the same way always split the same way, and together the N shards
//! hold every document exactly once.
//!
//! ```
//! use kgraph::shard::Shard;
//!
//! let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
//! for path in ["news/a.txt", "./news/b.txt", "news/c.html"] {
//!     // Exactly one shard takes each document.
//!     assert_eq!(shards.iter().filter(|s| s.contains(path)).count(), 1);
//! }
//! assert!(Shard::from_str_checked("4/3").is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use xxhash_rust::xxh3::xxh3_64;

/// Part `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u64,
    count: u64,
}

/// Why a shard could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not a shard K/N with 1 ≤ K ≤ N (for example 1/4)")]
#[non_exhaustive]
pub struct ShardError {
    text: String,
}

impl Shard {
    /// Part `index` (1-based) of `count`, if `1 <= index <= count`.
    pub fn new(index: u64, count: u64) -> Option<Self> {
        (1..=count)
            .contains(&index)
            .then_some(Shard { index, count })
    }

    /// [`FromStr`] under a name that reads well in examples.
    pub fn from_str_checked(text: &str) -> Result<Self, ShardError> {
        text.parse()
    }

    /// Whether the document known by `path` belongs to this shard.
    pub fn contains(&self, path: &str) -> bool {
        shard_of(path, self.count) == self.index
    }
}

/// The shard (1-based) of `count` that the document known by `path` is in.
pub fn shard_of(path: &str, count: u64) -> u64 {
    xxh3_64(normalised_path(path).as_bytes()) % count.max(1) + 1
}

/// `path` with `/` separators and no empty or `.` components; a leading
/// `/` stays.
pub fn normalised_path(path: &str) -> String {
    let unified = path.replace('\\', "/");
    let absolute = unified.starts_with('/');
    let parts: Vec<&str> = unified
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

impl FromStr for Shard {
    type Err = ShardError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || ShardError {
            text: text.to_owned(),
        };
        let (index, count) = text.trim().split_once('/').ok_or_else(error)?;
        let index: u64 = index.trim().parse().map_err(|_| error())?;
        let count: u64 = count.trim().parse().map_err(|_| error())?;
        Shard::new(index, count).ok_or_else(error)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_written_differently_are_one_path() {
        assert_eq!(normalised_path("./texts//a.txt"), "texts/a.txt");
        assert_eq!(normalised_path("texts\\a.txt"), "texts/a.txt");
        assert_eq!(normalised_path("/data/./x/../a.txt"), "/data/x/../a.txt");
        assert_eq!(shard_of("./texts//a.txt", 7), shard_of("texts/a.txt", 7));
    }

    #[test]
    fn the_split_is_fixed_and_roughly_even() {
        // Pinned values: the partition must not change between versions, or
        // a rerun of one shard would miss or repeat documents.
        assert_eq!(shard_of("texts/a.txt", 2), shard_of("texts/a.txt", 2));
        let pinned: Vec<u64> = ["a.txt", "b.txt", "c.txt", "d.txt"]
            .iter()
            .map(|p| shard_of(p, 4))
            .collect();
        assert_eq!(pinned, PINNED);
        let mut sizes = [0usize; 4];
        for k in 0..4_000 {
            sizes[(shard_of(&format!("corpus/doc-{k}.txt"), 4) - 1) as usize] += 1;
        }
        assert!(
            sizes.iter().all(|&n| (850..1_150).contains(&n)),
            "{sizes:?}"
        );
    }

    const PINNED: [u64; 4] = [1, 4, 4, 1];

    #[test]
    fn bad_shards_are_refused() {
        for text in ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", ""] {
            assert!(text.parse::<Shard>().is_err(), "{text}");
        }
        assert_eq!("2/5".parse::<Shard>().unwrap().to_string(), "2/5");
    }
}
