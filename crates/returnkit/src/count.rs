//! Counts read back to be added up: a report's RMAs, lines and units, a simulation's records
//! and outcomes, as callers hand them in to be merged. Each is held to one bound when it is
//! read, and merging adds them with checked addition, so that a count never wraps and never
//! panics; both refusals are `invalid_value` (1002) on the count's field.

use crate::error::{Error, Result};

/// The largest count read back that a merge accepts: 10^15, more records, RMAs or units than
/// any real history holds, and small enough that thousands of such counts add up within `i64`.
pub(crate) const MOST_SUMMED_COUNT: u64 = 1_000_000_000_000_000;

/// A count a report or a simulation keeps: unsigned (`rmas`), or signed where it can be a
/// difference (a simulation's `delta.outcomes.deny`).
pub(crate) trait Count: Copy + std::fmt::Display {
    /// Whether the count can be negative.
    const SIGNED: bool;
    /// How far the count is from zero.
    fn magnitude(self) -> u64;
    /// `self + other`, or `None` when the type can't hold it.
    fn plus(self, other: Self) -> Option<Self>;
}

impl Count for u64 {
    const SIGNED: bool = false;
    fn magnitude(self) -> u64 {
        self
    }
    fn plus(self, other: u64) -> Option<u64> {
        self.checked_add(other)
    }
}

impl Count for i64 {
    const SIGNED: bool = true;
    fn magnitude(self) -> u64 {
        self.unsigned_abs()
    }
    fn plus(self, other: i64) -> Option<i64> {
        self.checked_add(other)
    }
}

/// Refuses a count read back whose magnitude is above [`MOST_SUMMED_COUNT`]
/// ([`InvalidValue`](Error::InvalidValue) on `field`), so that merging can't overflow.
pub(crate) fn check<C: Count>(count: C, field: impl FnOnce() -> String) -> Result<()> {
    if count.magnitude() > MOST_SUMMED_COUNT {
        return Err(beyond_bound(field(), &count, C::SIGNED));
    }
    Ok(())
}

/// Adds `count` to `into`; a sum beyond what the type holds is refused
/// ([`InvalidValue`](Error::InvalidValue) on `field`, the count added) and `into` is left as
/// it was.
pub(crate) fn add<C: Count>(into: &mut C, count: C, field: impl FnOnce() -> String) -> Result<()> {
    match into.plus(count) {
        Some(sum) => {
            *into = sum;
            Ok(())
        }
        None => Err(overflowed(field(), &count, &*into)),
    }
}

// The errors are built out of line, once for every count and field: the checks above are
// instantiated at each of their many call sites, and stay a comparison and a call.

#[cold]
#[inline(never)]
fn beyond_bound(field: String, count: &dyn std::fmt::Display, signed: bool) -> Error {
    let accepted = if signed {
        format!("from -{MOST_SUMMED_COUNT} to {MOST_SUMMED_COUNT}")
    } else {
        format!("at most {MOST_SUMMED_COUNT}")
    };
    Error::InvalidValue {
        field,
        reason: format!("must be {accepted}, got {count}"),
    }
}

#[cold]
#[inline(never)]
fn overflowed(field: String, count: &dyn std::fmt::Display, into: &dyn std::fmt::Display) -> Error {
    Error::InvalidValue {
        field,
        reason: format!("adding {count} to {into} goes beyond what a count can hold"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_is_inclusive_and_holds_for_differences() {
        assert_eq!(check(MOST_SUMMED_COUNT, || "rmas".into()), Ok(()));
        assert_eq!(check(-1_000_000_000_000_000i64, || "deny".into()), Ok(()));
        let e = check(MOST_SUMMED_COUNT + 1, || "rmas".into()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "rmas: must be at most 1000000000000000, got 1000000000000001"
        );
        let e = check(i64::MIN, || "deny".into()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "deny: must be from -1000000000000000 to 1000000000000000, got -9223372036854775808"
        );
        assert_eq!(e.code(), 1002);
    }

    #[test]
    fn a_sum_that_overflows_is_refused_and_leaves_the_count() {
        let mut n = u64::MAX - 1;
        assert_eq!(add(&mut n, 1, || "lines".into()), Ok(()));
        assert_eq!(n, u64::MAX);
        let e = add(&mut n, 1, || "lines".into()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "lines: adding 1 to 18446744073709551615 goes beyond what a count can hold"
        );
        assert_eq!(n, u64::MAX);
        let mut d = i64::MIN + 2;
        assert!(add(&mut d, -3, || "deny".into()).is_err());
        assert_eq!(d, i64::MIN + 2);
    }
}
