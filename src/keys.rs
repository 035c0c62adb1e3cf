//! The crate's one sort: `u64` keys, by heapsort.
//!
//! Every ordering in the pipeline (reading order, the key facts' ranking, supporting articles)
//! is packed into `u64` keys and sorted here. The standard library's `sort_unstable` and
//! `select_nth_unstable` are faster on large slices, but together they were 5 KB of the
//! wasm module; the slices sorted here are small (a summary's sentences, an article list) or
//! only partly needed (the head of the key-fact ranking), where a heap does as well.

/// Sorts `keys` ascending, in place: heapsort, O(n log n) at worst, no recursion and no
/// allocation.
pub(crate) fn sort_keys(keys: &mut [u64]) {
    heapify(keys);
    for end in (1..keys.len()).rev() {
        keys.swap(0, end);
        sift_down(&mut keys[..end], 0);
    }
}

/// `keys` smallest first, ordered lazily: O(n) to start, then O(log n) per key taken, so
/// taking the first k costs O(n + k log n).
pub(crate) fn ascending(keys: Vec<u64>) -> Ascending {
    // A max-heap of the complements pops the smallest key first.
    let mut heap: Vec<u64> = keys.into_iter().map(|k| !k).collect();
    heapify(&mut heap);
    Ascending { heap }
}

/// The iterator of [`ascending`].
pub(crate) struct Ascending {
    heap: Vec<u64>,
}

impl Iterator for Ascending {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        if self.heap.is_empty() {
            return None;
        }
        // The last key takes the root's place and sinks to where it belongs.
        let top = self.heap.swap_remove(0);
        sift_down(&mut self.heap, 0);
        Some(!top)
    }
}

/// Arranges `heap` as a max-heap.
fn heapify(heap: &mut [u64]) {
    for root in (0..heap.len() / 2).rev() {
        sift_down(heap, root);
    }
}

/// Moves `heap[root]` down until neither child is larger.
fn sift_down(heap: &mut [u64], mut root: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= heap.len() {
            return;
        }
        if child + 1 < heap.len() && heap[child] < heap[child + 1] {
            child += 1;
        }
        if heap[root] >= heap[child] {
            return;
        }
        heap.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random keys with many repeats (a 64-bit LCG's high bits).
    fn keys(n: usize, seed: u64, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library() {
        for n in [0, 1, 2, 3, 7, 8, 64, 1000] {
            for range in [2, 50, u64::MAX] {
                let mut got = keys(n, (n as u64).wrapping_add(range), range);
                let mut want = got.clone();
                sort_keys(&mut got);
                want.sort_unstable();
                assert_eq!(got, want, "n = {n}, range = {range}");
            }
        }
        let mut edges = vec![u64::MAX, 0, u64::MAX, 1, 0];
        sort_keys(&mut edges);
        assert_eq!(edges, [0, 0, 1, u64::MAX, u64::MAX]);
    }

    #[test]
    fn ascending_yields_the_sorted_keys_one_at_a_time() {
        for n in [0, 1, 5, 333] {
            let k = keys(n, 7, 40);
            let mut want = k.clone();
            want.sort_unstable();
            assert_eq!(ascending(k.clone()).collect::<Vec<_>>(), want);
            assert_eq!(
                ascending(k).take(3).collect::<Vec<_>>(),
                want[..want.len().min(3)]
            );
        }
    }
}
