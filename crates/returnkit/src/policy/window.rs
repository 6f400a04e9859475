//! The return-window clock: calendar days in the shop's time zone, deadlines that close at the
//! end of a local day, and the extension of a deadline to the next business day.

use crate::tz::Tz;
use chrono::{DateTime, Datelike, Days, NaiveDate, Offset, TimeZone, Utc, Weekday};

/// When a window closes: its last day in shop time, and the instant it closes (the start of
/// the next local day), so that `now < closes_at` means "still open".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Deadline {
    pub last_day: NaiveDate,
    pub closes_at: DateTime<Utc>,
}

/// Calendar arithmetic in the shop's time zone.
#[derive(Debug, Clone)]
pub(crate) struct WindowClock {
    tz: Tz,
    extend_to_business_day: bool,
    holidays: Vec<NaiveDate>,
}

impl WindowClock {
    pub fn new(tz: Tz, extend_to_business_day: bool, mut holidays: Vec<NaiveDate>) -> Self {
        crate::sort::sort_by(&mut holidays, Ord::cmp);
        holidays.dedup();
        WindowClock {
            tz,
            extend_to_business_day,
            holidays,
        }
    }

    /// The calendar date of `t` in shop time.
    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        local_date(self.tz, t)
    }

    /// Whole calendar days from `from` to `to`, in shop time (negative when `to` is earlier).
    pub fn days_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        (self.local_date(to) - self.local_date(from)).num_days()
    }

    /// Whether the policy moves deadlines that fall on a weekend or holiday.
    pub fn policy_extends(&self) -> bool {
        self.extend_to_business_day
    }

    /// The deadline `days` calendar days after the local date of `start`, moved to the next
    /// business day when `extend`. Decisions compute it through their own memo.
    #[cfg(test)]
    pub fn deadline_after(&self, start: DateTime<Utc>, days: i64, extend: bool) -> Deadline {
        let base = self.local_date(start);
        let last = add_days(base, days);
        self.deadline_on(last, extend)
    }

    /// The deadline whose last day is `last`.
    pub fn deadline_on(&self, mut last: NaiveDate, extend: bool) -> Deadline {
        if extend {
            // A bounded walk: at most a year of consecutive holidays.
            for _ in 0..366 {
                if self.is_business_day(last) {
                    break;
                }
                last = add_days(last, 1);
            }
        }
        Deadline {
            last_day: last,
            closes_at: self.start_of_day(add_days(last, 1)),
        }
    }

    fn is_business_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
            && self.holidays.binary_search(&day).is_err()
    }

    /// The instant local day `day` begins. Where midnight falls in a DST gap, the day begins
    /// at the first valid local time after it.
    pub fn start_of_day(&self, day: NaiveDate) -> DateTime<Utc> {
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        for hour_shift in 0..4 {
            let local = midnight + chrono::Duration::hours(hour_shift);
            if let Some(t) = self.tz.from_local_datetime(&local).earliest() {
                return t.with_timezone(&Utc);
            }
        }
        // No zone skips four hours; fall back to UTC midnight.
        Utc.from_utc_datetime(&midnight)
    }
}

/// The calendar date of `t` in `tz`. At the very ends of the calendar, where the local time
/// would fall outside it, the UTC date.
pub(crate) fn local_date(tz: Tz, t: DateTime<Utc>) -> NaiveDate {
    let offset = tz
        .offset_from_utc_datetime(&t.naive_utc())
        .fix()
        .local_minus_utc();
    t.naive_utc()
        .checked_add_signed(chrono::Duration::seconds(i64::from(offset)))
        .map_or(t.date_naive(), |local| local.date())
}

/// `t` plus `days`, or `t` itself where that would leave the calendar.
pub(crate) fn later_by_days(t: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    chrono::Duration::try_days(days)
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(t)
}

/// `day` plus `days` (which may be negative), saturating at the calendar's ends.
pub(crate) fn add_days(day: NaiveDate, days: i64) -> NaiveDate {
    let magnitude = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        day.checked_add_days(magnitude)
    } else {
        day.checked_sub_days(magnitude)
    };
    moved.unwrap_or(if days >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_window_closes_at_the_end_of_a_local_day_across_dst() {
        // Berlin leaves summer time on 2026-10-25. Delivered 2026-09-25 at 23:30 local
        // (21:30 UTC) with 30 days: the last day is 2026-10-25, and the window closes at
        // 2026-10-26 00:00 CET, which is 2026-10-25 23:00 UTC (not 22:00, as the summer
        // offset would say).
        let clock = WindowClock::new("Europe/Berlin".parse().unwrap(), false, vec![]);
        let d = clock.deadline_after(utc("2026-09-25T21:30:00Z"), 30, clock.policy_extends());
        assert_eq!(d.last_day, NaiveDate::from_ymd_opt(2026, 10, 25).unwrap());
        assert_eq!(d.closes_at, utc("2026-10-25T23:00:00Z"));
    }

    #[test]
    fn deadlines_on_weekends_and_holidays_move_to_the_next_business_day() {
        let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        let clock = WindowClock::new("America/New_York".parse().unwrap(), true, vec![christmas]);
        // 2026-12-24 is a Thursday; +1 day is Christmas (holiday), then a weekend: Monday 28th.
        let d = clock.deadline_after(utc("2026-12-24T15:00:00Z"), 1, true);
        assert_eq!(d.last_day, NaiveDate::from_ymd_opt(2026, 12, 28).unwrap());
        assert_eq!(d.closes_at, utc("2026-12-29T05:00:00Z"));
        // Without the extension the deadline stays on the holiday.
        let d = clock.deadline_after(utc("2026-12-24T15:00:00Z"), 1, false);
        assert_eq!(d.last_day, christmas);
    }

    #[test]
    fn days_are_counted_in_shop_time() {
        let clock = WindowClock::new("Asia/Tokyo".parse().unwrap(), false, vec![]);
        // 14:59 UTC is 23:59 in Tokyo; 15:00 UTC is the next day there.
        assert_eq!(
            clock.days_between(utc("2026-03-01T14:59:00Z"), utc("2026-03-01T15:00:00Z")),
            1
        );
    }
}
