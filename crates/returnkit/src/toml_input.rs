//! TOML documents (policies, rate cards), read through the JSON path.
//!
//! A TOML file is parsed into TOML's own value tree, turned into JSON text, and deserialized
//! by [`crate::from_json`]. So a TOML document means exactly what the same JSON means, its
//! errors name the same field paths, and each document type is deserialized by one generated
//! implementation instead of one per format (which roughly halves that code in the WASM
//! package).

use crate::error::{Error, Result};

/// Parses `text` as TOML into `T`, naming the field of any error.
pub(crate) fn from_toml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    let table: toml::Table = toml::from_str(text).map_err(|e| Error::Parse {
        field: String::new(),
        message: e.to_string(),
    })?;
    let json = serde_json::Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect());
    crate::from_json(&json.to_string()).map_err(|e| match e {
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
    })
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

/// A TOML value as JSON. Dates and times become their RFC 3339 text, as the JSON documents
/// write them.
fn to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        // JSON text carries the number as written; serde_json reads it back exactly.
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect()),
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::PolicyDocument;

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
        assert_eq!(err.field(), "rules[1].then[0].window_days");
        assert_eq!(
            err.to_string(),
            "rules[1].then[0].window_days: TOML parse error at line 12, column 25: \
             invalid type: string \"ten\", expected i64"
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
        assert_eq!(err.field(), "");
        assert!(
            err.to_string()
                .contains("TOML parse error at line 2, column 8"),
            "{err}"
        );
    }
}
