//! RFC 3339 timestamps on the wire (`2026-10-06T13:20:00Z`): the serde `with` modules of the
//! order's times. The common form, `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, is read
//! directly; anything else goes to chrono, so what is accepted, and what it means, is
//! chrono's, in the years 0001 to 9999 only. A date that does not exist (`2026-02-29`) is
//! refused as such. Whole-second times and dates are written directly too, as chrono writes
//! them. Both are for `returnkit batch`, which reads and writes several per record (the
//! measured gain that keeps them: `docs/performance.md`).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::de::{Deserializer, Visitor};
use serde::ser::Error as _;
use serde::Serializer;

/// A required timestamp.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Scan {
///     #[serde(with = "returnkit::wire::timestamp")]
///     at: chrono::DateTime<chrono::Utc>,
/// }
/// let scan: Scan = serde_json::from_str(r#"{"at": "2026-10-06T15:20:00+02:00"}"#).unwrap();
/// assert_eq!(scan.at.to_rfc3339(), "2026-10-06T13:20:00+00:00");
/// ```
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(TimestampVisitor)
}

/// Writes a timestamp as chrono does: `2026-10-06T13:20:00Z`, with a fraction of a second
/// only when it has one. Whole seconds in years 0 to 9999 (every time the engine writes) are
/// written directly; anything else by chrono.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Scan {
///     #[serde(serialize_with = "returnkit::wire::timestamp::serialize")]
///     at: chrono::DateTime<chrono::Utc>,
/// }
/// let at = "2026-10-06T15:20:00+02:00".parse().unwrap();
/// assert_eq!(serde_json::to_string(&Scan { at }).unwrap(), r#"{"at":"2026-10-06T13:20:00Z"}"#);
/// ```
pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    match whole_second(t) {
        Some(text) => s.serialize_str(std::str::from_utf8(&text).map_err(S::Error::custom)?),
        None => serde::Serialize::serialize(t, s),
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for `t` to the second (any fraction dropped), as the wire writes
/// instants; `None` for years outside 0 to 9999, which the wire doesn't read.
pub(crate) fn instant_text(t: &DateTime<Utc>) -> Option<String> {
    use chrono::Timelike;
    let whole = t.with_nanosecond(0)?;
    whole_second(&whole).map(|b| b.iter().map(|c| char::from(*c)).collect())
}

/// `YYYY-MM-DD`, as the wire writes dates; `None` for years outside 0 to 9999.
pub(crate) fn date_text(d: NaiveDate) -> Option<String> {
    iso_date(d).map(|b| b.iter().map(|c| char::from(*c)).collect())
}

/// Two ASCII digits of `n` (below 100).
fn two_digits(n: u32) -> [u8; 2] {
    [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8]
}

/// `YYYY-MM-DD`, or `None` for years outside 0 to 9999, which chrono writes with a sign.
fn iso_date(d: NaiveDate) -> Option<[u8; 10]> {
    use chrono::Datelike;
    let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let [y1, y2] = two_digits(year / 100);
    let [y3, y4] = two_digits(year % 100);
    let [m1, m2] = two_digits(d.month());
    let [d1, d2] = two_digits(d.day());
    Some([y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2])
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a whole second (leap seconds excluded) in years 0 to 9999.
fn whole_second(t: &DateTime<Utc>) -> Option<[u8; 20]> {
    use chrono::Timelike;
    if t.nanosecond() != 0 {
        return None;
    }
    let [y1, y2, y3, y4, _, m1, m2, _, d1, d2] = iso_date(t.date_naive())?;
    let [h1, h2] = two_digits(t.hour());
    let [i1, i2] = two_digits(t.minute());
    let [s1, s2] = two_digits(t.second());
    Some([
        y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2, b'T', h1, h2, b':', i1, i2, b':', s1, s2, b'Z',
    ])
}

/// Calendar dates on the wire (`2026-11-05`), written as chrono writes them, read by
/// [`read_date`].
pub mod date {
    use super::*;

    /// Reads a date (`2026-11-05`) in the years 0001 to 9999.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Window {
    ///     #[serde(deserialize_with = "returnkit::wire::timestamp::date::deserialize")]
    ///     until: chrono::NaiveDate,
    /// }
    /// let e = serde_json::from_str::<Window>(r#"{"until": "2026-02-29"}"#).err().unwrap();
    /// assert_eq!(e.to_string(), "2026-02-29 does not exist at line 1 column 22");
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(DateVisitor)
    }

    struct DateVisitor;

    impl Visitor<'_> for DateVisitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a date such as \"2026-11-05\"")
        }

        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            read_date(s).map_err(E::custom)
        }
    }

    /// A date read as [`deserialize`] reads one.
    struct Date(NaiveDate);

    impl<'de> serde::Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
            super::date::deserialize(d).map(Date)
        }
    }

    /// A list of dates, each read as [`deserialize`] reads one.
    pub mod list {
        use super::*;

        /// Reads a list of dates.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
            let dates: Vec<Date> = serde::Deserialize::deserialize(d)?;
            Ok(dates.into_iter().map(|Date(d)| d).collect())
        }
    }

    /// Writes a date as chrono does; years 0 to 9999 directly, others by chrono.
    ///
    /// ```
    /// #[derive(serde::Serialize)]
    /// struct Window {
    ///     #[serde(serialize_with = "returnkit::wire::timestamp::date::serialize")]
    ///     deadline: chrono::NaiveDate,
    /// }
    /// let deadline = chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
    /// let text = serde_json::to_string(&Window { deadline }).unwrap();
    /// assert_eq!(text, r#"{"deadline":"2026-11-05"}"#);
    /// ```
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        match iso_date(*d) {
            Some(text) => s.serialize_str(std::str::from_utf8(&text).map_err(S::Error::custom)?),
            None => serde::Serialize::serialize(d, s),
        }
    }

    /// An optional date.
    pub mod option {
        use super::*;

        /// Reads `null` or a date; use with `#[serde(default)]`.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            let date: Option<super::Date> = serde::Deserialize::deserialize(d)?;
            Ok(date.map(|super::Date(d)| d))
        }

        /// Writes `null` or the date, as chrono does.
        ///
        /// ```
        /// #[derive(serde::Serialize)]
        /// struct Window {
        ///     #[serde(serialize_with = "returnkit::wire::timestamp::date::option::serialize")]
        ///     deadline: Option<chrono::NaiveDate>,
        /// }
        /// let deadline = chrono::NaiveDate::from_ymd_opt(2026, 11, 5);
        /// assert_eq!(serde_json::to_string(&Window { deadline }).unwrap(), r#"{"deadline":"2026-11-05"}"#);
        /// assert_eq!(serde_json::to_string(&Window { deadline: None }).unwrap(), r#"{"deadline":null}"#);
        /// ```
        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.serialize_some(&Date(*d)),
                None => s.serialize_none(),
            }
        }

        struct Date(NaiveDate);

        impl serde::Serialize for Date {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                super::serialize(&self.0, s)
            }
        }
    }
}

/// An optional timestamp; use with `#[serde(default)]`.
pub mod option {
    use super::*;

    /// Reads `null` or a timestamp.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Scan {
    ///     #[serde(default, deserialize_with = "returnkit::wire::timestamp::option::deserialize")]
    ///     at: Option<chrono::DateTime<chrono::Utc>>,
    /// }
    /// let scan: Scan = serde_json::from_str(r#"{"at": "2026-11-10T14:00:00Z"}"#).unwrap();
    /// assert_eq!(scan.at.unwrap().to_rfc3339(), "2026-11-10T14:00:00+00:00");
    /// assert!(serde_json::from_str::<Scan>(r#"{"at": null}"#).unwrap().at.is_none());
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(OptionVisitor)
    }

    /// Writes `null` or the timestamp, as chrono does.
    ///
    /// ```
    /// #[derive(serde::Serialize)]
    /// struct Scan {
    ///     #[serde(serialize_with = "returnkit::wire::timestamp::option::serialize")]
    ///     at: Option<chrono::DateTime<chrono::Utc>>,
    /// }
    /// let at = "2026-11-10T14:00:00Z".parse().ok();
    /// assert_eq!(serde_json::to_string(&Scan { at }).unwrap(), r#"{"at":"2026-11-10T14:00:00Z"}"#);
    /// ```
    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_some(&Timestamp(*t)),
            None => s.serialize_none(),
        }
    }

    struct Timestamp(DateTime<Utc>);

    impl serde::Serialize for Timestamp {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            super::serialize(&self.0, s)
        }
    }

    struct OptionVisitor;

    impl<'de> Visitor<'de> for OptionVisitor {
        type Value = Option<DateTime<Utc>>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an RFC 3339 timestamp or null")
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            super::deserialize(d).map(Some)
        }
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(EXPECTED_INSTANT)
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
        read_instant(s).map_err(E::custom)
    }
}

/// What an instant is expected to look like, for messages.
const EXPECTED_INSTANT: &str = "an RFC 3339 date and time such as \"2026-10-06T13:20:00Z\"";

/// Reads an instant as the wire format does (RFC 3339, any offset), in the years 0001 to 9999,
/// with a message for people when it can't: `2026-02-29 does not exist`.
///
/// ```
/// use returnkit::wire::timestamp::read_instant;
/// assert_eq!(read_instant("2026-10-06T15:20:00+02:00").unwrap().to_rfc3339(), "2026-10-06T13:20:00+00:00");
/// assert_eq!(read_instant("2026-02-29T10:00:00Z").unwrap_err(), "2026-02-29 does not exist");
/// assert_eq!(read_instant("0000-12-31T10:00:00Z").unwrap_err(), "year 0 is outside 0001 to 9999");
/// assert_eq!(read_instant("soon").unwrap_err(), r#"expected an RFC 3339 date and time such as "2026-10-06T13:20:00Z", got "soon""#);
/// ```
pub fn read_instant(s: &str) -> Result<DateTime<Utc>, String> {
    match parse(s) {
        Ok(t) => in_years(t.year()).map(|()| t),
        Err(_) => Err(date_problem(s.get(..10).unwrap_or(s))
            .or_else(|| long_year(s))
            .unwrap_or_else(|| {
                format!(
                    "expected {EXPECTED_INSTANT}, got \"{}\"",
                    crate::error::clip(s)
                )
            })),
    }
}

/// Reads a date as the wire format does (`YYYY-MM-DD`), in the years 0001 to 9999, with a
/// message for people when it can't.
///
/// ```
/// use returnkit::wire::timestamp::read_date;
/// assert_eq!(read_date("2028-02-29").unwrap().to_string(), "2028-02-29");
/// assert_eq!(read_date("2026-02-29").unwrap_err(), "2026-02-29 does not exist");
/// assert_eq!(read_date("+10000-01-01").unwrap_err(), "year 10000 is outside 0001 to 9999");
/// ```
pub fn read_date(s: &str) -> Result<NaiveDate, String> {
    match s.parse::<NaiveDate>() {
        Ok(d) => in_years(d.year()).map(|()| d),
        Err(_) => Err(date_problem(s).or_else(|| long_year(s)).unwrap_or_else(|| {
            format!(
                "expected a date such as \"2026-11-05\", got \"{}\"",
                crate::error::clip(s)
            )
        })),
    }
}

/// Refuses a year outside 0001 to 9999, which RFC 3339 and ISO 8601 dates without a sign hold.
fn in_years(year: i32) -> Result<(), String> {
    if (1..=9999).contains(&year) {
        Ok(())
    } else {
        Err(format!("year {year} is outside 0001 to 9999"))
    }
}

/// For `YYYY-MM-DD` text of a date that does not exist (`2026-02-29`, `2026-13-01`), saying so.
fn date_problem(ymd: &str) -> Option<String> {
    let b = ymd.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = ymd.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let year = i32::try_from(year).ok()?;
    match NaiveDate::from_ymd_opt(year, month, day) {
        None => Some(format!("{ymd} does not exist")),
        Some(_) => in_years(year).err(),
    }
}

/// For a date or time whose year has more than four digits (`10000-01-01`, `+10000-01-01`),
/// saying that the year is out of range.
fn long_year(s: &str) -> Option<String> {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    if digits <= 4 || unsigned.as_bytes().get(digits) != Some(&b'-') {
        return None;
    }
    let year = unsigned.get(..digits)?;
    let sign = if s.starts_with('-') { "-" } else { "" };
    Some(format!(
        "year {sign}{} is outside 0001 to 9999",
        crate::error::clip(year.trim_start_matches('0'))
    ))
}

/// Parses an RFC 3339 timestamp as chrono's `DateTime<Utc>` deserializer does.
pub(crate) fn parse(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match fast(s.as_bytes()) {
        Some(t) => Ok(t),
        None => s
            .parse::<DateTime<FixedOffset>>()
            .map(|t| t.with_timezone(&Utc)),
    }
}

/// The common form, or `None` to leave it to chrono.
fn fast(b: &[u8]) -> Option<DateTime<Utc>> {
    let num = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let mut i = 19;
    let mut nanos = 0u32;
    if at(i, b'.') {
        let digits = b
            .get(i + 1..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        // chrono reads up to nine digits of a fraction; leave longer ones to it.
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = num(i + 1, digits)? * 10u32.pow(9 - digits as u32);
        i += 1 + digits;
    }
    let offset = match b.get(i..)? {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            // chrono refuses minutes past 59 (`+00:60`); so does this, by leaving them to it.
            let minutes = num(i + 4, 2).filter(|m| *m < 60)?;
            let secs = (num(i + 1, 2)? * 3600 + minutes * 60) as i32;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    // Leap seconds and anything out of range: chrono decides.
    if second > 59 {
        return None;
    }
    let local = NaiveDate::from_ymd_opt(year as i32, month, day)?
        .and_hms_nano_opt(hour, minute, second, nanos)?;
    let offset = FixedOffset::east_opt(offset)?;
    offset
        .from_local_datetime(&local)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrono(s: &str) -> Option<DateTime<Utc>> {
        s.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    #[derive(serde::Serialize)]
    struct Written {
        #[serde(serialize_with = "serialize")]
        at: DateTime<Utc>,
        #[serde(serialize_with = "option::serialize")]
        maybe_at: Option<DateTime<Utc>>,
        #[serde(serialize_with = "date::serialize")]
        on: NaiveDate,
        #[serde(serialize_with = "date::option::serialize")]
        maybe_on: Option<NaiveDate>,
    }

    #[derive(serde::Serialize)]
    struct Chrono {
        at: DateTime<Utc>,
        maybe_at: Option<DateTime<Utc>>,
        on: NaiveDate,
        maybe_on: Option<NaiveDate>,
    }

    proptest::proptest! {
        #[test]
        fn writes_what_chrono_writes(
            // From before year 0 to after 9999, so that chrono's signed years are covered.
            secs in -70_000_000_000i64..260_000_000_000,
            nanos in proptest::prop_oneof![proptest::strategy::Just(0u32), 0u32..2_000_000_000],
            some in proptest::prelude::any::<bool>(),
        ) {
            let Some(at) = DateTime::<Utc>::from_timestamp(secs, nanos) else {
                return Ok(());
            };
            let on = at.date_naive();
            let ours = Written { at, maybe_at: some.then_some(at), on, maybe_on: some.then_some(on) };
            let theirs = Chrono { at, maybe_at: some.then_some(at), on, maybe_on: some.then_some(on) };
            proptest::prop_assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&theirs).unwrap()
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn reads_what_chrono_reads(
            secs in -62_000_000_000i64..250_000_000_000,
            nanos in 0u32..1_000_000_000,
            digits in 0usize..12,
            offset_minutes in -1439i32..1440,
            zulu in proptest::prelude::any::<bool>(),
            mangle in 0usize..40,
            with in proptest::prelude::any::<u8>(),
        ) {
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            let offset = FixedOffset::east_opt(if zulu { 0 } else { offset_minutes * 60 }).unwrap();
            let local = t.with_timezone(&offset);
            let mut s = local.format("%Y-%m-%dT%H:%M:%S").to_string();
            if digits > 0 {
                let fraction = format!("{:09}{}", nanos, "123");
                s.push('.');
                s.push_str(&fraction[..digits]);
            }
            if zulu {
                s.push('Z');
            } else {
                s.push_str(&local.format("%:z").to_string());
            }
            proptest::prop_assert_eq!(parse(&s).ok(), chrono(&s), "{}", s);
            // And a broken copy: one byte changed.
            let mut bytes = s.clone().into_bytes();
            if let Some(b) = bytes.get_mut(mangle % s.len()) {
                *b = with % 128;
            }
            if let Ok(broken) = String::from_utf8(bytes) {
                proptest::prop_assert_eq!(parse(&broken).ok(), chrono(&broken), "{}", broken);
            }
        }
    }

    #[test]
    fn other_forms_are_chronos() {
        for s in [
            "2026-10-06 13:20:00Z",
            "2026-10-06t13:20:00z",
            "2016-12-31T23:59:60Z",
            "2026-02-30T00:00:00Z",
            "2026-10-06T13:20:00+0200",
            "2026-10-06T13:20Z",
            "",
        ] {
            assert_eq!(parse(s).ok(), chrono(s), "{s}");
        }
    }
}
