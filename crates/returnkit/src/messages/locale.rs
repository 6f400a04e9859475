//! The locales returnkit ships catalogs for, how a requested BCP 47 tag is matched to one,
//! and how each writes a date and an amount.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A locale with a catalog: English (the fallback), German, French, Spanish, Dutch, Polish,
/// Romanian, Russian. In JSON, its tag (`de`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    /// English, the fallback.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
    /// Romanian.
    Ro,
    /// Russian.
    Ru,
}

impl Locale {
    /// Every shipped locale, English first.
    pub const ALL: [Locale; 8] = [
        Locale::En,
        Locale::De,
        Locale::Fr,
        Locale::Es,
        Locale::Nl,
        Locale::Pl,
        Locale::Ro,
        Locale::Ru,
    ];

    /// The locale's tag (`de`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Nl => "nl",
            Locale::Pl => "pl",
            Locale::Ro => "ro",
            Locale::Ru => "ru",
        }
    }

    /// The shipped locale of exactly this tag (`de`), if there is one.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The locale, among those with a catalog in this build (built in, or added with
    /// [`add_catalog`](super::add_catalog)), of a BCP 47 tag's language (`de-AT` → German,
    /// `pt-BR` → English); English for a language without one, or a tag that doesn't start
    /// with a language subtag. The region and script don't choose: each language has one
    /// catalog.
    ///
    /// ```
    /// use returnkit::messages::Locale;
    /// # #[cfg(feature = "locales")] {
    /// assert_eq!(Locale::negotiate("de-AT"), Locale::De);
    /// assert_eq!(Locale::negotiate("RU"), Locale::Ru);
    /// # }
    /// assert_eq!(Locale::negotiate("pt-BR"), Locale::En);
    /// assert_eq!(Locale::negotiate("not a tag"), Locale::En);
    /// ```
    pub fn negotiate(requested: &str) -> Locale {
        // The language subtag: 2 or 3 letters, up to the first `-` (or `_`, as POSIX writes).
        let language = requested.split(['-', '_']).next().unwrap_or_default();
        if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return Locale::En;
        }
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(language))
            .filter(|l| super::has_catalog(*l))
            .unwrap_or_default()
    }

    /// A date as the locale writes it: `2026-10-25` in English (as returnkit always wrote
    /// it), `25.10.2026` in German, Polish, Romanian and Russian, `25/10/2026` in French and
    /// Spanish, `25-10-2026` in Dutch.
    pub fn date(self, d: NaiveDate) -> String {
        let mut out = String::with_capacity(10);
        self.write_date(&mut out, d);
        out
    }

    /// [`Locale::date`], at the end of `out`.
    pub(crate) fn write_date(self, out: &mut String, d: NaiveDate) {
        use std::fmt::Write as _;
        let (y, m, day) = (d.year(), d.month(), d.day());
        // Writing to a String can't fail.
        let _ = match self {
            Locale::En => write!(out, "{d}"),
            Locale::Fr | Locale::Es => write!(out, "{day:02}/{m:02}/{y}"),
            Locale::Nl => write!(out, "{day:02}-{m:02}-{y}"),
            Locale::De | Locale::Pl | Locale::Ro | Locale::Ru => {
                write!(out, "{day:02}.{m:02}.{y}")
            }
        };
    }

    /// An amount as the locale writes it, exactly (every digit kept, no grouping): `1234.50`
    /// in English, `1234,50` with a decimal comma everywhere else.
    pub fn decimal(self, d: Decimal) -> String {
        let mut out = String::new();
        self.write_decimal(&mut out, d);
        out
    }

    /// [`Locale::decimal`], at the end of `out`.
    pub(crate) fn write_decimal(self, out: &mut String, d: Decimal) {
        use std::fmt::Write as _;
        let start = out.len();
        let _ = write!(out, "{d}");
        if self != Locale::En {
            if let Some(dot) = out.get(start..).and_then(|s| s.find('.')) {
                out.replace_range(start + dot..start + dot + 1, ",");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn dates_and_amounts_are_written_the_locales_way_exactly() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        let written: Vec<String> = Locale::ALL.iter().map(|l| l.date(d)).collect();
        assert_eq!(
            written,
            [
                "2026-03-05",
                "05.03.2026",
                "05/03/2026",
                "05/03/2026",
                "05-03-2026",
                "05.03.2026",
                "05.03.2026",
                "05.03.2026"
            ]
        );
        let amount = Decimal::new(123456789012345, 4);
        assert_eq!(Locale::En.decimal(amount), "12345678901.2345");
        assert_eq!(Locale::Pl.decimal(amount), "12345678901,2345");
        assert_eq!(Locale::De.decimal(Decimal::new(2000, 0)), "2000");
    }

    #[cfg(feature = "locales")]
    #[test]
    fn a_requested_tag_is_negotiated_to_a_shipped_locale() {
        for (asked, got) in [
            ("de", Locale::De),
            ("de-AT", Locale::De),
            ("de-CH", Locale::De),
            ("fr-CA", Locale::Fr),
            ("es-419", Locale::Es),
            ("nl-BE", Locale::Nl),
            ("pl-PL", Locale::Pl),
            ("ro-MD", Locale::Ro),
            ("ru-RU", Locale::Ru),
            ("en-GB", Locale::En),
            ("it", Locale::En),
            ("", Locale::En),
            ("--", Locale::En),
            ("DE_de", Locale::De),
            ("deu", Locale::En),
            ("d", Locale::En),
        ] {
            assert_eq!(Locale::negotiate(asked), got, "{asked}");
        }
    }
}
