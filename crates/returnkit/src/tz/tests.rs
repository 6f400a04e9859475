//! The table against chrono-tz, zone by zone: the same names, and the same offsets at and
//! around every transition, in UTC and in local time, and across the years in between.

use super::*;
use chrono::{DateTime, Duration};

fn ours(name: &str) -> Tz {
    name.parse().unwrap()
}

fn theirs(name: &str) -> chrono_tz::Tz {
    name.parse().unwrap()
}

fn at(timestamp: i64) -> NaiveDateTime {
    DateTime::from_timestamp(timestamp, 0).unwrap().naive_utc()
}

/// Both zones agree at `t`: the offset of that UTC instant, and what `t` read as a local time
/// resolves to (none, one offset, or two).
fn agree(name: &str, a: Tz, b: chrono_tz::Tz, t: NaiveDateTime) {
    assert_eq!(
        a.offset_from_utc_datetime(&t).fix(),
        b.offset_from_utc_datetime(&t).fix(),
        "{name}: UTC {t}"
    );
    assert_eq!(
        a.offset_from_local_datetime(&t).map(|o| o.fix()),
        b.offset_from_local_datetime(&t).map(|o| o.fix()),
        "{name}: local {t}"
    );
}

#[test]
fn the_same_names_as_chrono_tz() {
    let mut names: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    names.sort_unstable();
    let table: Vec<&str> = (0..zones::ZONES).map(zone_name).collect();
    assert_eq!(table, names);
    for name in names {
        assert_eq!(ours(name).name(), name);
        for other in [name.to_lowercase(), name.to_uppercase(), format!(" {name}")] {
            assert_eq!(
                other.parse::<Tz>().is_ok(),
                other.parse::<chrono_tz::Tz>().is_ok(),
                "{other}"
            );
        }
    }
    assert!("Europe/Bonn".parse::<Tz>().is_err());
    assert!("".parse::<Tz>().is_err());
}

#[test]
fn every_transition_as_chrono_tz() {
    let nudges = [-7201, -3601, -3600, -1801, -1, 0, 1, 1799, 3599, 3600, 7200];
    for name in (0..zones::ZONES).map(zone_name) {
        let (a, b) = (ours(name), theirs(name));
        let spans = a.spans();
        let mut before = spans.first;
        for &(t, after) in &spans.rest {
            for local in [t + i64::from(before), t + i64::from(after)] {
                for nudge in nudges {
                    agree(name, a, b, at(local + nudge));
                }
            }
            for nudge in [-1, 0, 1] {
                agree(name, a, b, at(t + nudge));
            }
            // The midnights around it, as deadlines use them.
            let day = at(t).date();
            for d in [-1, 0, 1] {
                let date = day + Duration::days(d);
                agree(name, a, b, date.and_time(NaiveTime::MIN));
                assert_eq!(
                    a.offset_from_local_date(&date).map(|o| o.fix()),
                    b.offset_from_local_date(&date).map(|o| o.fix()),
                    "{name}: local date {date}"
                );
            }
            before = after;
        }
    }
}

#[test]
fn the_years_between_as_chrono_tz() {
    // Every 29 days and 7 hours from 1800 to 2200, and the ends of the calendar.
    let step = 29 * 86_400 + 7 * 3_600;
    let from = at(-5_364_662_400).and_utc().timestamp();
    let to = at(7_258_118_400).and_utc().timestamp();
    for name in (0..zones::ZONES).map(zone_name) {
        let (a, b) = (ours(name), theirs(name));
        let mut t = from;
        while t < to {
            agree(name, a, b, at(t));
            t += step;
        }
        for t in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            agree(name, a, b, t);
        }
    }
}

#[test]
fn names_are_sorted_and_every_list_unpacks_whole() {
    assert!((1..zones::ZONES).all(|i| zone_name(i - 1) < zone_name(i)));
    assert_eq!(
        zones::ENDS.last().map(|&e| usize::from(e)),
        Some(zones::NAMES.len())
    );
    for list in 0..zones::LISTS {
        let spans = Spans::unpack(list);
        assert!(
            spans.rest.windows(2).all(|w| w[0].0 < w[1].0),
            "list {list}"
        );
    }
    assert_eq!(
        zones::STARTS.last().map(|&s| s as usize),
        Some(zones::DATA.len())
    );
}

#[test]
fn formats_as_its_name() {
    let berlin = ours("Europe/Berlin");
    assert_eq!(
        format!("{berlin:?} {berlin}"),
        "Europe/Berlin Europe/Berlin"
    );
    let summer = at(1_782_000_000);
    assert_eq!(
        format!("{}", berlin.offset_from_utc_datetime(&summer)),
        "+02:00"
    );
}
