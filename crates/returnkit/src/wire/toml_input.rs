//! TOML documents (policies, rate cards), read through the JSON path.
//!
//! A TOML file is parsed into TOML's own value tree, turned into JSON text, and deserialized
//! by [`crate::from_json`]. So a TOML document means exactly what the same JSON means, its
//! errors name the same field paths, and each document type is deserialized by one generated
//! implementation instead of one per format (which roughly halves that code in the WASM
//! package).
//!
//! The tree is toml's `DeTable`, the parser's own, turned into JSON here directly: as
//! `toml::from_str::<toml::Table>` would (which reads the same `DeTable` into `toml::Value`
//! through toml's serde deserializer, code the WASM package can do without), with the same
//! errors for numbers out of range.

use toml::de::{DeTable, DeValue};

use crate::error::{Error, Result};

/// Parses `text` as TOML into `T`, naming the field of any error.
pub(crate) fn from_toml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    read(text).map(|(value, _)| value)
}

/// The JSON text that the TOML `text` means, once it is known to read as a `T`: reading this
/// JSON as a `T` gives what [`from_toml`] gives, and a `text` that doesn't read gets
/// [`from_toml`]'s error. For readers that take TOML as JSON made elsewhere (the WASM
/// package's storefront module leaves TOML's parser out).
pub(crate) fn to_checked_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<String> {
    read::<T>(text).map(|(_, json)| json)
}

/// `text` as TOML read into `T`, with the JSON it was read from.
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<(T, String)> {
    let json = document(text)
        .map_err(|message| Error::Parse {
            field: String::new(),
            message,
        })?
        .to_string();
    let value = crate::from_json(&json).map_err(|e| match e {
        // serde_json's position is in the JSON made from the file; say where in the file.
        Error::Parse { field, message } => {
            let message = match message.rfind(" at line ") {
                Some(at) => message.get(..at).unwrap_or(&message).to_string(),
                None => message,
            };
            let message = match position(text, &field) {
                Some((line, column)) => {
                    format!("TOML parse error at line {line}, column {column}: {message}")
                }
                None => message,
            };
            Error::Parse { field, message }
        }
        other => other,
    })?;
    Ok((value, json))
}

/// The 1-based line and column in `text` of the value at `path` (`rules[0].when`), or of the
/// deepest part of it that exists.
fn position(text: &str, path: &str) -> Option<(usize, usize)> {
    use toml::de::{DeTable, DeValue};
    let root = DeTable::parse(text).ok()?;
    let mut span = root.span();
    let mut table = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indices) = segment
            .split_once('[')
            .map_or((segment, ""), |(k, i)| (k, i));
        if !key.is_empty() {
            let current = table.or(match value {
                Some(DeValue::Table(t)) => Some(t),
                _ => None,
            })?;
            let Some(found) = current.get(key) else { break };
            span = found.span();
            value = Some(found.get_ref());
            table = None;
        }
        for index in indices
            .split('[')
            .map(|i| i.trim_end_matches(']'))
            .filter(|i| !i.is_empty())
        {
            let (Some(DeValue::Array(items)), Ok(i)) = (value, index.parse::<usize>()) else {
                break;
            };
            let Some(found) = items.get(i) else { break };
            span = found.span();
            value = Some(found.get_ref());
        }
    }
    let before = text.get(..span.start)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

/// The TOML document `text` as a JSON object, or toml's report of what is wrong with it.
fn document(text: &str) -> std::result::Result<serde_json::Value, String> {
    let root = DeTable::parse(text).map_err(|e| e.to_string())?;
    table(root.get_ref()).map_err(|(span, message)| report(text, span, &message))
}

/// Where a value is in the file, and what is wrong with it.
type ValueError = (std::ops::Range<usize>, String);

fn table(t: &DeTable<'_>) -> std::result::Result<serde_json::Value, ValueError> {
    let mut object = serde_json::Map::new();
    for (key, value) in t {
        object.insert(key.get_ref().to_string(), to_json(value)?);
    }
    Ok(serde_json::Value::Object(object))
}

/// A TOML value as JSON, as `toml::Value` reads it. Dates and times become their RFC 3339
/// text, as the JSON documents write them.
fn to_json(
    value: &toml::Spanned<DeValue<'_>>,
) -> std::result::Result<serde_json::Value, ValueError> {
    use serde_json::Value as J;
    let fail = |message: String| Err((value.span(), message));
    Ok(match value.get_ref() {
        DeValue::String(s) => J::String(s.to_string()),
        DeValue::Integer(i) => {
            let (digits, radix) = (i.as_str(), i.radix());
            if let Ok(n) = i64::from_str_radix(digits, radix) {
                J::from(n)
            } else if u64::from_str_radix(digits, radix).is_ok() {
                return fail("u64 value was too large".into());
            } else if let Ok(n) = i128::from_str_radix(digits, radix) {
                return fail(format!(
                    "invalid type: integer `{n}` as i128, expected any valid TOML value"
                ));
            } else if let Ok(n) = u128::from_str_radix(digits, radix) {
                return fail(format!(
                    "invalid type: integer `{n}` as u128, expected any valid TOML value"
                ));
            } else {
                return fail("integer number overflowed".into());
            }
        }
        DeValue::Float(f) => {
            let text = f.as_str();
            match text.parse::<f64>() {
                Ok(x) if !x.is_infinite() || text.contains("inf") => {
                    // JSON text carries the number as written; serde_json reads it back
                    // exactly.
                    serde_json::Number::from_f64(x).map_or(J::Null, J::Number)
                }
                _ => return fail("floating-point number overflowed".into()),
            }
        }
        DeValue::Boolean(b) => J::Bool(*b),
        DeValue::Datetime(d) => J::String(d.to_string()),
        DeValue::Array(items) => J::Array(
            items
                .iter()
                .map(to_json)
                .collect::<std::result::Result<_, _>>()?,
        ),
        DeValue::Table(t) => table(t)?,
    })
}

/// An error at `span` of `text` as `toml::de::Error` shows it: the line, a caret under the
/// span, then the message.
fn report(text: &str, span: std::ops::Range<usize>, message: &str) -> String {
    use std::fmt::Write;
    let (line, column) = line_and_column(text.as_bytes(), span.start);
    let line_num = line + 1;
    let gutter = line_num.to_string().len();
    let content = text.split('\n').nth(line).unwrap_or_default();
    let highlight = (span.end - span.start).min(content.len().saturating_sub(column));
    let pad = " ".repeat(gutter + 1);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "TOML parse error at line {line_num}, column {}",
        column + 1
    );
    let _ = writeln!(out, "{pad}|");
    let _ = writeln!(out, "{line_num} | {content}");
    let _ = writeln!(
        out,
        "{pad}|{}^{}",
        " ".repeat(column + 1),
        "^".repeat(highlight.saturating_sub(1))
    );
    let _ = writeln!(out, "{message}");
    out
}

/// The 0-based line and column (in characters) of byte `index`, as toml counts them.
fn line_and_column(input: &[u8], index: usize) -> (usize, usize) {
    if input.is_empty() {
        return (0, index);
    }
    let safe = index.min(input.len() - 1);
    let past_end = index - safe;
    let line_start = input
        .get(..safe)
        .and_then(|before| before.iter().rposition(|b| *b == b'\n'))
        .map_or(0, |nl| nl + 1);
    let line = input
        .get(..line_start)
        .map_or(0, |before| before.iter().filter(|b| **b == b'\n').count());
    let column = input
        .get(line_start..=safe)
        .and_then(|s| std::str::from_utf8(s).ok())
        .map_or(safe - line_start, |s| s.chars().count() - 1);
    (line, column + past_end)
}

#[cfg(test)]
mod tests {
    use crate::policy::PolicyDocument;

    /// The way this module read TOML before: `toml::Table` through toml's serde deserializer.
    fn through_toml_value(text: &str) -> Result<serde_json::Value, String> {
        fn json(value: toml::Value) -> serde_json::Value {
            use serde_json::Value as J;
            match value {
                toml::Value::String(s) => J::String(s),
                toml::Value::Integer(i) => J::from(i),
                toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
                toml::Value::Boolean(b) => J::Bool(b),
                toml::Value::Datetime(d) => J::String(d.to_string()),
                toml::Value::Array(a) => J::Array(a.into_iter().map(json).collect()),
                toml::Value::Table(t) => {
                    J::Object(t.into_iter().map(|(k, v)| (k, json(v))).collect())
                }
            }
        }
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        Ok(json(toml::Value::Table(table)))
    }

    #[test]
    fn reads_as_toml_value_reads() {
        let values = [
            "1",
            "-7",
            "0x7fffffffffffffff",
            "0xffffffffffffffff",
            "0o777",
            "0b101",
            "+99",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "170141183460469231731687303715884105727",
            "170141183460469231731687303715884105728",
            "340282366920938463463374607431768211455",
            "340282366920938463463374607431768211456",
            "-170141183460469231731687303715884105729",
            "1_000",
            "1.5",
            "-0.0",
            "1e400",
            "-1e400",
            "inf",
            "-inf",
            "nan",
            "+nan",
            "1e-400",
            "6.02e23",
            "true",
            "false",
            "\"text\"",
            "'lit'",
            "\"\"\"multi\nline\"\"\"",
            "\"é ✓\"",
            "1979-05-27T07:32:00Z",
            "1979-05-27T00:32:00.999999-07:00",
            "1979-05-27T07:32:00",
            "1979-05-27",
            "07:32:00",
            "00:32:00.5",
            "[1, 2, [3, \"x\"]]",
            "[]",
            "{ a = 1, b = { c = 9223372036854775808 } }",
            "{}",
            "[{ a = 1e400 }]",
        ];
        for value in values {
            for text in [
                format!("x = {value}\n"),
                format!("# é ✓\n[t]\nname = \"é\"\nx = {value}\ny = 2\n"),
                format!("a = [\n  1,\n  {value},\n]\n[[b]]\nv = {value}\n[[b]]\nw = 0\n"),
            ] {
                assert_eq!(super::document(&text), through_toml_value(&text), "{text}");
            }
        }
        for broken in [
            "x = ",
            "x = 1\nx = 2\n",
            "[t]\n[t]\n",
            "x = 1979-13-01",
            "x = [1,",
            "é = 1",
        ] {
            assert_eq!(
                super::document(broken),
                through_toml_value(broken),
                "{broken}"
            );
        }
    }

    const POLICY: &str = r#"name = "Holiday"
[window]
days = 30

[[rules]]
id = "gifts"
when = { order_date = { from = 2026-11-20, to = "2026-12-24" } }
then = [{ window_until = 2027-01-31 }]

[[rules]]
id = "sale"
then = [{ window_days = "ten" }]
"#;

    #[test]
    fn a_type_error_names_the_field_and_its_place_in_the_file() {
        let err = PolicyDocument::from_toml(POLICY).unwrap_err();
        assert_eq!(err.field(), "policy.rules[1].then[0].window_days");
        assert_eq!(
            err.to_string(),
            "policy.rules[1].then[0].window_days: TOML parse error at line 12, column 25: \
             invalid type: string \"ten\", expected a whole number"
        );
    }

    #[test]
    fn toml_dates_read_as_the_json_dates() {
        let fixed = POLICY.replace("\"ten\"", "10");
        let doc = PolicyDocument::from_toml(&fixed).unwrap();
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["rules"][0]["when"]["order_date"]["from"], "2026-11-20");
        assert_eq!(json["rules"][0]["then"][0]["window_until"], "2027-01-31");
        assert_eq!(json["rules"][1]["then"][0]["window_days"], 10);
    }

    #[test]
    fn a_syntax_error_keeps_tomls_report() {
        let err = PolicyDocument::from_toml("name = \"x\"\n[window\ndays = 30\n").unwrap_err();
        assert_eq!(err.field(), "policy");
        assert!(
            err.to_string()
                .starts_with("policy: TOML parse error at line 2, column 8"),
            "{err}"
        );
    }
}
