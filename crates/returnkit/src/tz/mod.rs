//! IANA time zones, as chrono-tz has them, in a compact table.
//!
//! Shops name their time zone (`Europe/Berlin`); windows and deadlines count calendar days
//! in it. This module answers exactly as chrono-tz does (same names, same transitions, same
//! lookups), from a table that `scripts/tzdata.py` writes from chrono-tz's own: only each
//! zone's total UTC offset over time is kept (no abbreviations, no split into standard and
//! daylight time), zones with the same transitions share one list, and the lists are packed
//! as varints, so the table is small enough for the WebAssembly package (sizes in
//! `docs/performance.md`). A list is unpacked the first time a zone that uses it is looked up,
//! and kept.
//!
//! The tests (`tz/tests.rs`) check every zone against chrono-tz itself, a dev-dependency at
//! the version the table was written from.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{
    FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};

mod zones;

/// An IANA time zone (or one of its aliases), by name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tz {
    /// Index into [`zones::ZONES`].
    zone: u16,
}

/// The error of parsing a name that is not an IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an IANA time zone")
    }
}

impl std::error::Error for ParseError {}

impl FromStr for Tz {
    type Err = ParseError;

    /// The zone of that exact name (case matters, as in chrono-tz).
    fn from_str(name: &str) -> Result<Tz, ParseError> {
        let (mut low, mut high) = (0, zones::ZONES);
        while low < high {
            let mid = low + (high - low) / 2;
            match zone_name(mid).cmp(name) {
                Ordering::Less => low = mid + 1,
                Ordering::Greater => high = mid,
                Ordering::Equal => {
                    return u16::try_from(mid)
                        .map(|zone| Tz { zone })
                        .map_err(|_| ParseError)
                }
            }
        }
        Err(ParseError)
    }
}

/// Name `i` of the table.
fn zone_name(i: usize) -> &'static str {
    let start = i
        .checked_sub(1)
        .and_then(|p| zones::ENDS.get(p))
        .map_or(0, |&e| usize::from(e));
    let end = zones::ENDS.get(i).map_or(0, |&e| usize::from(e));
    zones::NAMES.get(start..end).unwrap_or_default()
}

impl Tz {
    /// The zone's name.
    pub fn name(self) -> &'static str {
        zone_name(usize::from(self.zone))
    }

    fn spans(self) -> &'static Spans {
        static LISTS: [OnceLock<Spans>; zones::LISTS] = [const { OnceLock::new() }; zones::LISTS];
        static EMPTY: Spans = Spans {
            first: 0,
            rest: Vec::new(),
        };
        let list = zones::LIST
            .get(usize::from(self.zone))
            .map_or(0, |&list| usize::from(list));
        LISTS
            .get(list)
            .map_or(&EMPTY, |cell| cell.get_or_init(|| Spans::unpack(list)))
    }

    fn offset(self, seconds: i32) -> TzOffset {
        TzOffset {
            tz: self,
            fix: FixedOffset::east_opt(seconds).unwrap_or_else(|| Utc.fix()),
        }
    }
}

impl fmt::Debug for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A zone's offsets over time: `first` until the first transition, then each transition's
/// Unix time and the total offset (seconds east of UTC) from then on.
struct Spans {
    first: i32,
    rest: Vec<(i64, i32)>,
}

/// A half-open interval of seconds; `None` is unbounded.
struct Span {
    begin: Option<i64>,
    end: Option<i64>,
}

impl Span {
    fn contains(&self, x: i64) -> bool {
        self.cmp(x) == Ordering::Equal
    }

    /// Where the span lies relative to `x`: `Less` when it ends at or before `x`, `Greater`
    /// when it begins after it.
    fn cmp(&self, x: i64) -> Ordering {
        match (self.begin, self.end) {
            (Some(a), _) if x < a => Ordering::Greater,
            (_, Some(b)) if b <= x => Ordering::Less,
            _ => Ordering::Equal,
        }
    }
}

impl Spans {
    /// Unpacks list `list` of `zones.bin` (its layout is in `scripts/tzdata.py`).
    fn unpack(list: usize) -> Spans {
        let start = zones::STARTS.get(list).map_or(0, |&s| s as usize);
        let end = zones::STARTS.get(list + 1).map_or(0, |&s| s as usize);
        let mut bytes = zones::DATA.get(start..end).unwrap_or_default().iter();
        let mut unsigned = || -> u64 {
            let mut value = 0u64;
            let mut shift = 0;
            for &b in bytes.by_ref() {
                value |= u64::from(b & 0x7f) << shift;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
            }
            value
        };
        let signed = |u: u64| (u >> 1) as i64 ^ -((u & 1) as i64);
        let count = unsigned() as usize;
        let offsets: Vec<i32> = (0..count)
            .map(|_| i32::try_from(signed(unsigned())).unwrap_or(0))
            .collect();
        let offset = |i: u64| offsets.get(i as usize).copied().unwrap_or(0);
        let transitions = unsigned() as usize;
        let first = offset(unsigned());
        let mut at = 0i64;
        let times: Vec<i64> = (0..transitions)
            .map(|_| {
                at += signed(unsigned());
                at
            })
            .collect();
        let rest = times.into_iter().map(|t| (t, offset(unsigned()))).collect();
        Spans { first, rest }
    }

    fn len(&self) -> usize {
        1 + self.rest.len()
    }

    fn time(&self, index: usize) -> Option<i64> {
        self.rest.get(index).map(|&(t, _)| t)
    }

    /// The offset of span `index` (0 is the one before the first transition).
    fn get(&self, index: usize) -> i32 {
        match index.checked_sub(1) {
            None => self.first,
            Some(i) => self.rest.get(i).map_or(self.first, |&(_, o)| o),
        }
    }

    /// Span `index` in UTC.
    fn utc_span(&self, index: usize) -> Span {
        Span {
            begin: index.checked_sub(1).and_then(|i| self.time(i)),
            end: self.time(index),
        }
    }

    /// Span `index` in local time: its UTC span shifted by its own offset.
    fn local_span(&self, index: usize) -> Span {
        let offset = i64::from(self.get(index));
        Span {
            begin: index
                .checked_sub(1)
                .and_then(|i| self.time(i))
                .map(|t| t + offset),
            end: self.time(index).map(|t| t + offset),
        }
    }

    /// Binary search over span indices, as chrono-tz does it (local spans may overlap, so
    /// the probes must be the same ones for the same answers).
    fn search(&self, mut f: impl FnMut(usize) -> Ordering) -> Result<usize, usize> {
        let (mut start, mut end) = (0, self.len());
        loop {
            let mid = start + (end - start) / 2;
            if mid == end {
                return Err(start);
            }
            match f(mid) {
                Ordering::Less => start = mid + 1,
                Ordering::Greater => end = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
    }
}

/// An offset of a [`Tz`] at some instant.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TzOffset {
    tz: Tz,
    fix: FixedOffset,
}

impl fmt::Debug for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.fix, f)
    }
}

impl fmt::Display for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fix, f)
    }
}

impl Offset for TzOffset {
    fn fix(&self) -> FixedOffset {
        self.fix
    }
}

impl TimeZone for Tz {
    type Offset = TzOffset;

    fn from_offset(offset: &TzOffset) -> Tz {
        offset.tz
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<TzOffset> {
        // As chrono-tz: the offset at the day's first moment, else at its last.
        let earliest = self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN));
        let last = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
        let latest = self.offset_from_local_datetime(&local.and_time(last));
        match (earliest, latest) {
            (result @ LocalResult::Single(_), _) | (_, result @ LocalResult::Single(_)) => result,
            (LocalResult::Ambiguous(offset, _), _) | (_, LocalResult::Ambiguous(offset, _)) => {
                LocalResult::Single(offset)
            }
            (LocalResult::None, LocalResult::None) => LocalResult::None,
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<TzOffset> {
        let timestamp = local.and_utc().timestamp();
        let spans = self.spans();
        let index = spans.search(|i| spans.local_span(i).cmp(timestamp));
        let single = |i: usize| LocalResult::Single(self.offset(spans.get(i)));
        let both = |i: usize| {
            LocalResult::Ambiguous(self.offset(spans.get(i)), self.offset(spans.get(i + 1)))
        };
        match index {
            Ok(0) if spans.len() == 1 => single(0),
            Ok(0) if spans.local_span(1).contains(timestamp) => both(0),
            Ok(0) => single(0),
            Ok(i) if spans.local_span(i - 1).contains(timestamp) => both(i - 1),
            Ok(i) if i == spans.len() - 1 => single(i),
            Ok(i) if spans.local_span(i + 1).contains(timestamp) => both(i),
            Ok(i) => single(i),
            Err(_) => LocalResult::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> TzOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> TzOffset {
        let timestamp = utc.and_utc().timestamp();
        let spans = self.spans();
        // Exactly one span holds any instant.
        let index = spans
            .search(|i| spans.utc_span(i).cmp(timestamp))
            .unwrap_or(0);
        self.offset(spans.get(index))
    }
}

#[cfg(test)]
mod tests;
