//! Dense weight rows in few bytes: a mask of the classes a feature has a
//! weight for, then only those weights.
//!
//! The parser's and the tagger's most common features vote for many of
//! their ~100 classes, but not most: counted on a news corpus (BENCHMARKS.md,
//! session 16), a parser row probed holds 37 non-zero weights of 103 on
//! average, a tagger row 54 of 108. As one `i16` per class a row was 206 or
//! 216 bytes, four or five cache lines read from memory per probe. None of
//! the weights fits a narrower integer (pruning keeps only weights of at
//! least ~1,000 in the `i16` scale, and they are not multiples of a common
//! power of two), so the row drops the zeros instead: one mask byte per
//! eight classes, then the non-zero weights in class order, 13 + 2 × 37 = 87
//! bytes for the parser's typical row, two cache lines. Rows are laid so
//! that none crosses more cache lines than its size needs.
//!
//! Scores stay exact: the same integer weights are added, only fewer zeros.
//! With AVX2 a group of eight classes is one shuffle (a table maps its mask
//! byte to where each class's weight sits among the packed ones, or to
//! zero), one widening to `i32` and one add.

/// One cache line of the arena: rows are placed by line, so the arena's
/// lines must be the processor's.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Line([u8; LINE]);

/// Bytes in a cache line.
const LINE: usize = 64;

/// Bytes one group's weights are read as by the vectorised add (eight
/// `i16`); the reads of a row's last group may reach this far past its
/// first weight, so a row's footprint includes them.
const GROUP_READ: usize = 16;

/// Rows of one model, each: `groups` mask bytes (bit `b` of byte `g` set
/// when class `8g + b` has a weight), then the weights of the set bits as
/// little-endian `i16`, in class order.
#[derive(Debug, Clone)]
pub(super) struct Rows {
    lines: Vec<Line>,
    /// Bytes used so far (the next row may start here).
    used: usize,
    /// Mask bytes per row: the class count over eight, rounded up.
    groups: usize,
    /// 0xFF for each of the first `groups` bytes (up to 16), 0 after: what
    /// the vectorised add keeps of 16 bytes read from a row's start.
    keep: [u8; 16],
}

/// Where a row lies: its first byte, and how many cache lines from the one
/// holding that byte it touches (reads of its last group included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RowPlace {
    pub(super) offset: u32,
    pub(super) lines: u32,
}

impl Rows {
    pub(super) fn new(classes: usize) -> Self {
        Rows {
            lines: Vec::new(),
            used: 0,
            groups: classes.div_ceil(8),
            keep: std::array::from_fn(|i| if i < classes.div_ceil(8) { 0xFF } else { 0 }),
        }
    }

    /// Adds the row of `run` (classes strictly rising and below the class
    /// count, weights non-zero: what [`super::is_wide_row`] checks) and
    /// says where it lies; `None` when the arena would pass 4 GB.
    pub(super) fn push(&mut self, run: &[(u16, i16)]) -> Option<RowPlace> {
        let groups = self.groups;
        let mut mask = vec![0u8; groups];
        for &(class, _) in run {
            let class = usize::from(class);
            mask[class / 8] |= 1 << (class % 8);
        }
        // The last group's weights start after every earlier group's; its
        // vectorised read takes `GROUP_READ` bytes from there.
        let last_group = usize::from(run.last().map_or(0, |&(c, _)| c)) / 8;
        let before_last = run
            .iter()
            .filter(|&&(c, _)| usize::from(c) / 8 < last_group)
            .count();
        let size = groups + 2 * run.len();
        let footprint = size.max(groups + 2 * before_last + GROUP_READ);
        // Start in the current line when the row still fits in as few lines
        // as its footprint needs from there; else at the next line.
        let lines = footprint.div_ceil(LINE);
        let mut start = self.used;
        if start % LINE + footprint > lines * LINE {
            start = start.next_multiple_of(LINE);
        }
        let offset = u32::try_from(start).ok()?;
        let end = start + footprint;
        // A whole spare line at the end: reads never pass the buffer.
        let needed = end.div_ceil(LINE) + 1;
        if self.lines.len() < needed {
            self.lines.resize(needed, Line([0; LINE]));
        }
        let bytes = self.bytes_mut();
        bytes[start..start + groups].copy_from_slice(&mask);
        for (i, &(_, w)) in run.iter().enumerate() {
            let at = start + groups + 2 * i;
            bytes[at..at + 2].copy_from_slice(&w.to_le_bytes());
        }
        self.used = start + size;
        Some(RowPlace {
            offset,
            lines: lines as u32,
        })
    }

    /// Bytes the arena holds (rows and padding).
    pub(super) fn byte_len(&self) -> usize {
        self.lines.len() * LINE
    }

    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        // SAFETY: `Line` is `repr(C)` over `[u8; 64]` (its alignment adds
        // no padding: 64 is a multiple of 64), so the lines are
        // `len * 64` initialised bytes, borrowed for as long as `self`.
        unsafe { std::slice::from_raw_parts(self.lines.as_ptr().cast::<u8>(), self.byte_len()) }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        let len = self.byte_len();
        // SAFETY: as in `bytes`, borrowed mutably for as long as `self`.
        unsafe { std::slice::from_raw_parts_mut(self.lines.as_mut_ptr().cast::<u8>(), len) }
    }

    /// Asks for the cache lines of the row at `place` (see
    /// [`super::prefetch`]).
    #[inline(always)]
    pub(super) fn prefetch(&self, place: RowPlace) {
        let first = place.offset as usize / LINE;
        for line in self.lines.iter().skip(first).take(place.lines as usize) {
            super::prefetch(line);
        }
    }

    /// Appends the (class, weight) pairs of the row at `offset` to `out`,
    /// in class order.
    pub(super) fn pairs(&self, offset: u32, out: &mut Vec<(u16, i16)>) {
        self.add_to(offset, |class, w| out.push((class as u16, w)));
    }

    /// Calls `add` with each class of the row at `offset` and its weight,
    /// in class order.
    #[inline(always)]
    pub(super) fn add_to(&self, offset: u32, mut add: impl FnMut(usize, i16)) {
        let bytes = self.bytes();
        let start = offset as usize;
        let mut at = start + self.groups;
        for (group, &mask) in bytes[start..start + self.groups].iter().enumerate() {
            let mut bits = mask;
            while bits != 0 {
                let class = group * 8 + bits.trailing_zeros() as usize;
                add(class, i16::from_le_bytes([bytes[at], bytes[at + 1]]));
                at += 2;
                bits &= bits - 1;
            }
        }
    }

    /// Adds the row at `place` to `sums`, eight classes an instruction.
    /// `sums` has room for every group's eight classes (a model of at most
    /// 128 classes, so at most 16 groups); the classes past the model's
    /// stay zero.
    ///
    /// # Safety
    ///
    /// The processor must support AVX2; `place` must be one [`Rows::push`]
    /// gave for this arena, of a model of at most 128 classes.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    pub(super) unsafe fn add_avx2(&self, place: RowPlace, sums: &mut [i32; 128]) {
        use std::arch::x86_64::{
            __m128i, __m256i, _mm256_add_epi32, _mm256_cvtepi16_epi32, _mm256_loadu_si256,
            _mm256_storeu_si256, _mm_add_epi8, _mm_and_si128, _mm_load_si128, _mm_loadu_si128,
            _mm_min_epu8, _mm_set1_epi8, _mm_setr_epi8, _mm_shuffle_epi8, _mm_slli_si128,
            _mm_srli_epi16, _mm_storeu_si128, _mm_sub_epi8,
        };
        let bytes = self.bytes();
        let start = place.offset as usize;
        let data = start + self.groups;
        // Every read of the row stays below `last_read + GROUP_READ`: the
        // end of its lines, which were asked for, inside the arena (it
        // keeps a spare line after the last row).
        let last_read = (start / LINE + place.lines as usize) * LINE - GROUP_READ;
        assert!(last_read + GROUP_READ <= bytes.len() && data <= last_read);
        let base = bytes.as_ptr();
        let mut masks = [0u8; 16];
        let mut offsets = [0u8; 16];
        // SAFETY: AVX2 (with SSSE3 and SSE4.1) is available, the caller
        // promises. The mask read takes 16 bytes from `start`, below
        // `last_read` (a row's footprint is more than `GROUP_READ` past
        // its masks). A group's weights are read from `data` plus its
        // offset, at most `last_read` (the clamp below; a group with
        // weights never needs it, since the row's footprint covers its
        // read), 16 bytes in the arena; the table entries are 16 bytes
        // aligned to 16; `sums` has eight `i32` for each of at most 16
        // groups.
        unsafe {
            // Each group's offset among the packed weights: twice the sum
            // of the set bits of the masks before it, all groups at once.
            let keep = _mm_loadu_si128(self.keep.as_ptr().cast());
            let mask_bytes = _mm_and_si128(_mm_loadu_si128(base.add(start).cast()), keep);
            let nibbles = _mm_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
            let low = _mm_set1_epi8(0x0f);
            let counts = _mm_add_epi8(
                _mm_shuffle_epi8(nibbles, _mm_and_si128(mask_bytes, low)),
                _mm_shuffle_epi8(nibbles, _mm_and_si128(_mm_srli_epi16(mask_bytes, 4), low)),
            );
            let mut sum = _mm_add_epi8(counts, _mm_slli_si128(counts, 1));
            sum = _mm_add_epi8(sum, _mm_slli_si128(sum, 2));
            sum = _mm_add_epi8(sum, _mm_slli_si128(sum, 4));
            sum = _mm_add_epi8(sum, _mm_slli_si128(sum, 8));
            let before = _mm_sub_epi8(sum, counts);
            let clamp = (last_read - data).min(255) as u8;
            let at = _mm_min_epu8(_mm_add_epi8(before, before), _mm_set1_epi8(clamp as i8));
            _mm_storeu_si128(masks.as_mut_ptr().cast(), mask_bytes);
            _mm_storeu_si128(offsets.as_mut_ptr().cast(), at);
            let data = base.add(data);
            for (group, sum) in sums.chunks_exact_mut(8).take(self.groups).enumerate() {
                let order = _mm_load_si128(EXPAND.0[usize::from(masks[group])].as_ptr().cast());
                let packed =
                    _mm_loadu_si128(data.add(usize::from(offsets[group])).cast::<__m128i>());
                let weights = _mm256_cvtepi16_epi32(_mm_shuffle_epi8(packed, order));
                let sum = sum.as_mut_ptr().cast::<__m256i>();
                _mm256_storeu_si256(sum, _mm256_add_epi32(_mm256_loadu_si256(sum), weights));
            }
        }
    }
}

/// Per mask byte, the byte shuffle that spreads a group's packed weights to
/// their classes' lanes: lane `j` (bytes `2j`, `2j + 1`) takes the `k`-th
/// packed weight when bit `j` is the `k`-th set bit, and zero (index 0x80)
/// when bit `j` is clear.
#[repr(C, align(16))]
struct ExpandTable([[u8; 16]; 256]);

static EXPAND: ExpandTable = ExpandTable(expand_table());

const fn expand_table() -> [[u8; 16]; 256] {
    let mut table = [[0x80u8; 16]; 256];
    let mut mask = 0;
    while mask < 256 {
        let mut k = 0u8;
        let mut j = 0;
        while j < 8 {
            if mask & (1 << j) != 0 {
                table[mask][2 * j] = 2 * k;
                table[mask][2 * j + 1] = 2 * k + 1;
                k += 1;
            }
            j += 1;
        }
        mask += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pseudo-random row over `classes` classes: about `share` in 256 of
    /// the classes get a weight, drawn from the i8 edges, the i16 edges and
    /// in between.
    fn random_run(seed: u64, classes: u16, share: u64) -> Vec<(u16, i16)> {
        const EDGES: [i16; 12] = [
            -128,
            127,
            128,
            -129,
            1,
            -1,
            i16::MAX,
            i16::MIN,
            i16::MIN + 1,
            1024,
            -3226,
            255,
        ];
        let mut x = seed;
        let mut run = Vec::new();
        for class in 0..classes {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            if (x >> 33) % 256 < share {
                let w = if (x >> 20) % 3 == 0 {
                    EDGES[((x >> 40) % 12) as usize]
                } else {
                    (x >> 48) as i16
                };
                if w != 0 {
                    run.push((class, w));
                }
            }
        }
        run
    }

    fn plain_sum(runs: &[&[(u16, i16)]], classes: usize) -> Vec<i32> {
        let mut sums = vec![0i32; classes];
        for run in runs {
            for &(c, w) in *run {
                sums[usize::from(c)] += i32::from(w);
            }
        }
        sums
    }

    #[test]
    fn rows_give_back_their_pairs_and_sum_exactly() {
        for classes in [1u16, 7, 8, 9, 50, 103, 108, 128] {
            let mut rows = Rows::new(usize::from(classes));
            let mut runs = Vec::new();
            let mut places = Vec::new();
            for seed in 0..200u64 {
                let share = [0, 3, 40, 128, 250, 256][(seed % 6) as usize];
                let run = random_run(seed * 31 + u64::from(classes), classes, share);
                if run.is_empty() {
                    continue;
                }
                places.push(rows.push(&run).unwrap());
                runs.push(run);
            }
            let mut pairs = Vec::new();
            for (run, place) in runs.iter().zip(&places) {
                pairs.clear();
                rows.pairs(place.offset, &mut pairs);
                assert_eq!(&pairs, run);
                // No row crosses more lines than its footprint needs.
                let footprint = place.lines as usize * LINE;
                let in_line = place.offset as usize % LINE;
                assert!(in_line + usize::from(classes).div_ceil(8) + 2 * run.len() <= footprint);
            }
            // Scalar and (where the processor has it) vectorised sums of
            // every row, and of rows taken in turn, equal the plain sums.
            let all: Vec<&[(u16, i16)]> = runs.iter().map(Vec::as_slice).collect();
            let expected = plain_sum(&all, usize::from(classes));
            let mut scalar = vec![0i32; usize::from(classes)];
            for place in &places {
                rows.add_to(place.offset, |c, w| scalar[c] += i32::from(w));
            }
            assert_eq!(scalar, expected, "{classes} classes");
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                let mut sums = [0i32; 128];
                for place in &places {
                    // SAFETY: AVX2 was detected just above; the places are the arena's.
                    unsafe { rows.add_avx2(*place, &mut sums) };
                }
                assert_eq!(
                    sums[..usize::from(classes)],
                    expected[..],
                    "{classes} classes"
                );
                assert!(sums[usize::from(classes)..].iter().all(|&s| s == 0));
                for (run, place) in all.iter().zip(&places).take(20) {
                    let mut one = [0i32; 128];
                    // SAFETY: as above.
                    unsafe { rows.add_avx2(*place, &mut one) };
                    assert_eq!(
                        one[..usize::from(classes)],
                        plain_sum(&[run], usize::from(classes))[..]
                    );
                }
            }
        }
    }

    #[test]
    fn the_expand_table_spreads_each_mask() {
        // Mask 0b1010_0101: weights 0, 1, 2, 3 go to lanes 0, 2, 5, 7.
        let order = EXPAND.0[0b1010_0101];
        assert_eq!(&order[0..2], &[0, 1]);
        assert_eq!(&order[2..4], &[0x80, 0x80]);
        assert_eq!(&order[4..6], &[2, 3]);
        assert_eq!(&order[10..12], &[4, 5]);
        assert_eq!(&order[14..16], &[6, 7]);
        assert_eq!(EXPAND.0[0], [0x80; 16]);
    }
}
