//! The catalogs: each locale's messages, compiled at build time from its Fluent file
//! (`locales/<locale>/returnkit.ftl`, by `build.rs` with Fluent's own parser) into a compact
//! form, read once into a table shared by every call, and formatted here: text, variables, and
//! selects on a count's plural form, the part of Fluent the catalogs use.
//!
//! English is always built in; the other locales are built in with the `locales` feature (on
//! by default), or added at run time in their compiled form ([`add_catalog`]), as the WASM
//! package does. Formatting reads no catalog text per call: a decision's messages cost a
//! table look-up and the text they write.
//!
//! The compiled form is a line per message: the id, a tab, the parts, where a variable is
//! `\x01name\x02` and a select `\x03name\x1fdefault`, then `\x1ekey\x1d` and its parts per
//! variant, then `\x04` (`build.rs`). It is read by hand, not as JSON with serde: the derived
//! reader of nested parts cost the WebAssembly storefront module its size budget
//! (docs/performance.md).

use std::sync::OnceLock;

use super::plural::category;
use super::{Locale, MessageId};
use crate::error::{Error, Result};

/// A message's variable: a count (which plural forms select on; a whole number, exact), a
/// date or an amount (written the locale's way, exactly: [`Locale`]), or text as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A whole number.
    Count(i64),
    /// A date.
    Date(chrono::NaiveDate),
    /// An amount, every digit kept.
    Amount(rust_decimal::Decimal),
    /// Text.
    Text(String),
}

/// One part of a compiled message.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(Box<str>),
    Var(Box<str>),
    Select {
        var: Box<str>,
        default: Box<str>,
        variants: Vec<(Box<str>, Vec<Part>)>,
    },
}

const VAR: char = '\u{1}';
const VAR_END: char = '\u{2}';
const SELECT: char = '\u{3}';
const SELECT_END: char = '\u{4}';
const DEFAULT: char = '\u{1f}';
const KEY: char = '\u{1e}';
const KEY_END: char = '\u{1d}';

/// A catalog read: each [`MessageId`]'s parts, by the message's position in
/// [`MessageId::ALL`]; `None` for a message the catalog lacks.
struct Catalog {
    by_id: Vec<Option<Message>>,
}

/// A message's parts, and the room its text takes before its variables.
struct Message {
    room: usize,
    parts: Vec<Part>,
}

impl Catalog {
    /// Reads a compiled catalog; a line that isn't one is an error on `catalog`. Ids the
    /// engine doesn't write are skipped.
    fn read(text: &str) -> Result<Catalog> {
        let mut by_id: Vec<Option<Message>> = MessageId::ALL.iter().map(|_| None).collect();
        for (n, line) in text.lines().enumerate() {
            let read = line.split_once('\t').and_then(|(id, mut rest)| {
                let parts = parts(&mut rest, false)?;
                rest.is_empty().then_some((id, parts))
            });
            let Some((id, parts)) = read else {
                return Err(Error::InvalidValue {
                    field: "catalog".into(),
                    reason: format!("line {} is not a message of a compiled catalog", n + 1),
                });
            };
            if let Some(slot) = MessageId::ALL
                .iter()
                .position(|m| m.id() == id)
                .and_then(|k| by_id.get_mut(k))
            {
                let room = line.len() - id.len();
                *slot = Some(Message { room, parts });
            }
        }
        Ok(Catalog { by_id })
    }
}

/// The parts at the start of `rest`, up to its end (or, in a variant, up to the next variant
/// or the end of the select, left in `rest`); `None` when they are malformed.
fn parts(rest: &mut &str, in_variant: bool) -> Option<Vec<Part>> {
    let mut out = Vec::new();
    loop {
        let end = rest.find(|c: char| c.is_control()).unwrap_or(rest.len());
        if end > 0 {
            out.push(Part::Text(rest.get(..end)?.into()));
        }
        *rest = rest.get(end..)?;
        let mut chars = rest.chars();
        match chars.next() {
            None => return (!in_variant).then_some(out),
            Some(VAR) => {
                let (name, after) = chars.as_str().split_once(VAR_END)?;
                out.push(Part::Var(name.into()));
                *rest = after;
            }
            Some(SELECT) => {
                let (var, after) = chars.as_str().split_once(DEFAULT)?;
                let (default, after) = after.split_at(after.find(KEY)?);
                *rest = after;
                let mut variants = Vec::new();
                while let Some(after) = rest.strip_prefix(KEY) {
                    let (key, after) = after.split_once(KEY_END)?;
                    *rest = after;
                    variants.push((key.into(), parts(rest, true)?));
                }
                *rest = rest.strip_prefix(SELECT_END)?;
                out.push(Part::Select {
                    var: var.into(),
                    default: default.into(),
                    variants,
                });
            }
            Some(KEY | SELECT_END) if in_variant => return Some(out),
            Some(_) => return None,
        }
    }
}

/// One catalog per locale, in [`Locale::ALL`] order, read on first use or added.
static CATALOGS: [OnceLock<Catalog>; 8] = [const { OnceLock::new() }; 8];

/// The compiled catalog built into this returnkit for `locale`: always English's, the
/// others' with the `locales` feature. The WASM package ships these as `locales/<tag>.txt`,
/// for [`add_catalog`].
pub fn compiled_catalog(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => Some(include_str!(concat!(env!("OUT_DIR"), "/en.txt"))),
        #[cfg(feature = "locales")]
        Locale::De => Some(include_str!(concat!(env!("OUT_DIR"), "/de.txt"))),
        #[cfg(feature = "locales")]
        Locale::Fr => Some(include_str!(concat!(env!("OUT_DIR"), "/fr.txt"))),
        #[cfg(feature = "locales")]
        Locale::Es => Some(include_str!(concat!(env!("OUT_DIR"), "/es.txt"))),
        #[cfg(feature = "locales")]
        Locale::Nl => Some(include_str!(concat!(env!("OUT_DIR"), "/nl.txt"))),
        #[cfg(feature = "locales")]
        Locale::Pl => Some(include_str!(concat!(env!("OUT_DIR"), "/pl.txt"))),
        #[cfg(feature = "locales")]
        Locale::Ro => Some(include_str!(concat!(env!("OUT_DIR"), "/ro.txt"))),
        #[cfg(feature = "locales")]
        Locale::Ru => Some(include_str!(concat!(env!("OUT_DIR"), "/ru.txt"))),
        #[cfg(not(feature = "locales"))]
        _ => None,
    }
}

/// The catalog of `locale`: the one added, or the built-in one, read on first use; `None`
/// when this returnkit has none for it.
fn catalog(locale: Locale) -> Option<&'static Catalog> {
    let cell = CATALOGS.get(locale as usize)?;
    if let Some(c) = cell.get() {
        return Some(c);
    }
    let text = compiled_catalog(locale)?;
    // A built-in catalog is the build's own output; the catalogs' tests read every one.
    let read = Catalog::read(text).ok()?;
    Some(cell.get_or_init(|| read))
}

/// Whether `locale` has a catalog now (built in, or added).
pub fn has_catalog(locale: Locale) -> bool {
    compiled_catalog(locale).is_some()
        || CATALOGS
            .get(locale as usize)
            .is_some_and(|c| c.get().is_some())
}

/// Adds the catalog of the locale tagged `tag` (`de`) from its compiled form (what
/// [`compiled_catalog`] gives, and the WASM package ships as `locales/de.txt`), for a build
/// without that catalog built in. Answers whether it was added: `false` when the locale has
/// a catalog already (built in, or added before), which stays. A tag returnkit doesn't ship
/// is an error on `locale`, text that isn't a compiled catalog one on `catalog`. A message
/// the catalog lacks is written in English.
///
/// ```
/// let english = returnkit::messages::compiled_catalog(returnkit::messages::Locale::En).unwrap();
/// assert!(!returnkit::messages::add_catalog("en", english).unwrap(), "English is always built in");
/// let e = returnkit::messages::add_catalog("it", english).unwrap_err();
/// assert_eq!(e.field(), "locale");
/// ```
pub fn add_catalog(tag: &str, text: &str) -> Result<bool> {
    let locale = Locale::from_tag(tag).ok_or_else(|| Error::InvalidValue {
        field: "locale".into(),
        reason: format!("`{tag}` is not a locale returnkit has messages for"),
    })?;
    if has_catalog(locale) {
        return Ok(false);
    }
    let read = Catalog::read(text)?;
    Ok(CATALOGS
        .get(locale as usize)
        .is_some_and(|cell| cell.set(read).is_ok()))
}

/// `id` in `locale` with `args`; English when that locale has no catalog or its catalog lacks
/// the message; the id itself if even English lacks it (the catalogs' test rules that out).
pub fn format(locale: Locale, id: MessageId, args: &[(&str, Arg)]) -> String {
    let message = |l: Locale| catalog(l)?.by_id.get(id as usize)?.as_ref();
    match message(locale)
        .map(|m| (locale, m))
        .or_else(|| message(Locale::En).map(|m| (Locale::En, m)))
    {
        Some((used, m)) => {
            // Room for the text and the variables at once: one allocation per message.
            let mut out = String::with_capacity(m.room + 24 * args.len());
            write(&mut out, used, &m.parts, args);
            out
        }
        None => id.id().to_owned(),
    }
}

/// Writes `parts` with `args` as Fluent does, with isolation marks off: a variable's value as
/// it is (a count in digits); a select's variant whose key is the count itself, else the
/// count's plural category in `locale`, else the default; a variable not given as `{$name}`.
fn write(out: &mut String, locale: Locale, parts: &[Part], args: &[(&str, Arg)]) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var(var) => match arg(var) {
                Some(Arg::Count(n)) => out.push_str(itoa::Buffer::new().format(*n)),
                Some(Arg::Date(d)) => locale.write_date(out, *d),
                Some(Arg::Amount(a)) => locale.write_decimal(out, *a),
                Some(Arg::Text(t)) => out.push_str(t),
                None => {
                    out.push_str("{$");
                    out.push_str(var);
                    out.push('}');
                }
            },
            Part::Select {
                var,
                default,
                variants,
            } => {
                let variant =
                    |key: &str| variants.iter().find(|(k, _)| &**k == key).map(|(_, p)| p);
                let chosen = match arg(var) {
                    Some(Arg::Count(n)) => variant(itoa::Buffer::new().format(*n))
                        .or_else(|| variant(category(locale, *n))),
                    Some(Arg::Text(t)) => variant(t),
                    Some(Arg::Date(_) | Arg::Amount(_)) | None => None,
                }
                .or_else(|| variant(default));
                if let Some(chosen) = chosen {
                    write(out, locale, chosen, args);
                }
            }
        }
    }
}
