//! The plural category of a whole number in each shipped locale: CLDR's cardinal rules for
//! integers, which the catalogs' selects match on. A test in the repository
//! (`tests/rust/messages.rs`) holds every message, formatted with these, to what Fluent's own
//! formatter (`fluent-bundle`, with CLDR's rules from `intl_pluralrules`) writes.

use super::Locale;

/// `one`, `few`, `many` or `other`: the form `n` takes in `locale`.
pub(crate) fn category(locale: Locale, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    let (tens, hundreds) = (n % 10, n % 100);
    let slavic_few = (2..=4).contains(&tens) && !(12..=14).contains(&hundreds);
    match locale {
        Locale::En | Locale::De | Locale::Nl => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Es | Locale::Fr => {
            if n == 1 || (locale == Locale::Fr && n == 0) {
                "one"
            } else if n != 0 && n % 1_000_000 == 0 {
                "many"
            } else {
                "other"
            }
        }
        Locale::Pl => {
            if n == 1 {
                "one"
            } else if slavic_few {
                "few"
            } else {
                "many"
            }
        }
        Locale::Ro => {
            if n == 1 {
                "one"
            } else if n == 0 || (1..=19).contains(&hundreds) {
                "few"
            } else {
                "other"
            }
        }
        Locale::Ru => {
            if tens == 1 && hundreds != 11 {
                "one"
            } else if slavic_few {
                "few"
            } else {
                "many"
            }
        }
    }
}
