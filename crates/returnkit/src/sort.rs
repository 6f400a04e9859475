//! Sorting without a copy of the standard library's sort per element type.
//!
//! `slice::sort_by` is generic: each element type sorted gets its own instance of the whole
//! sort (several KB of WebAssembly each). These helpers sort positions (`usize`) through one
//! comparator behind `dyn`, so one instance serves every caller, then move the elements into
//! that order. The lists sorted here are short (labels, parcels, holidays), so the indirection
//! costs nothing measurable. Sizes: docs/performance.md, "Size".

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stably: equal items keep their order, as `slice::sort_by`.
pub(crate) fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    permute(items, &mut order);
}

/// The one instance of the standard sort: positions, compared through `cmp`.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `items[order[k]]` at position `k`, following each cycle of the permutation with swaps
/// (`order` is left as the identity).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

/// Three values, largest first by `cmp` (a parcel's or an item's sides).
pub(crate) fn three_descending<T>(v: &mut [T; 3], cmp: impl Fn(&T, &T) -> Ordering) {
    if cmp(&v[0], &v[1]).is_lt() {
        v.swap(0, 1);
    }
    if cmp(&v[1], &v[2]).is_lt() {
        v.swap(1, 2);
    }
    if cmp(&v[0], &v[1]).is_lt() {
        v.swap(0, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_as_the_standard_sort() {
        // Pairs sorted by their first member only: the second shows the order of equals.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for len in 0..40 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "{len} items");
        }
    }

    #[test]
    fn puts_three_values_largest_first() {
        for v in [
            [1, 2, 3],
            [1, 3, 2],
            [2, 1, 3],
            [2, 3, 1],
            [3, 1, 2],
            [3, 2, 1],
            [2, 2, 1],
            [1, 2, 2],
        ] {
            let mut got = v;
            three_descending(&mut got, |a, b| a.cmp(b));
            let mut expected = v;
            expected.sort_by(|a, b| b.cmp(a));
            assert_eq!(got, expected, "{v:?}");
        }
    }
}
