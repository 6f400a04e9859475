//! The report as one CSV table in long form: a row per figure, `section,key,metric,value`
//! (`by_sku,TRAIL-RUN-42,return_rate,0.0833`), from the same written form as the JSON, so the
//! two never disagree. Rows are sorted by section, then by each name along the key;
//! `null` is an empty value.

use serde_json::Value;

use super::report::ReturnsReport;

/// The table's header row.
pub const CSV_HEADER: &str = "section,key,metric,value";

/// The rows written: a record per figure, its fields quoted when they hold a comma, a quote
/// or a line break (RFC 4180), each ending in `\n`.
type Rows = csv::Writer<Vec<u8>>;

fn rows_writer() -> Rows {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new())
}

/// The name an array element goes by in a key: a bucket by its bound (`le_60`, `le_over`), a
/// denial reason by its code, anything else by its index.
fn element_name(index: usize, element: &Value) -> String {
    match element {
        Value::Object(o) if o.contains_key("le_minutes") => match o.get("le_minutes") {
            Some(Value::Number(n)) => format!("le_{n}"),
            _ => "le_over".into(),
        },
        Value::Object(o) => match o.get("code") {
            Some(Value::String(code)) => code.clone(),
            _ => index.to_string(),
        },
        _ => index.to_string(),
    }
}

fn rows(path: &mut Vec<String>, value: &Value, out: &mut Rows) -> csv::Result<()> {
    match value {
        Value::Object(members) => {
            // Sorted by name here, whatever order the JSON map keeps (it depends on a feature
            // of serde_json that other crates of a build may turn on).
            let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(b.0));
            for (name, v) in sorted {
                path.push(name.clone());
                rows(path, v, out)?;
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(element_name(i, v));
                rows(path, v, out)?;
                path.pop();
            }
        }
        scalar => {
            let text = match scalar {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let (section, rest) = path
                .split_first()
                .map_or(("", &[][..]), |(s, r)| (s.as_str(), r));
            let (metric, key) = rest
                .split_last()
                .map_or(("", &[][..]), |(m, k)| (m.as_str(), k));
            out.write_record([section, &key.join("/"), metric, &text])?;
        }
    }
    Ok(())
}

impl ReturnsReport {
    /// The report as CSV: [`CSV_HEADER`], then a row per figure, each ending in `\n`.
    pub fn to_csv(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or(Value::Null);
        let mut out = rows_writer();
        // Writing to memory fails only on a record of another length, which `rows` never
        // writes; the text is UTF-8 because every field is.
        let written = out
            .write_record(CSV_HEADER.split(','))
            .and_then(|()| rows(&mut Vec::new(), &value, &mut out))
            .and_then(|()| out.flush().map_err(csv::Error::from));
        let bytes = written
            .ok()
            .and_then(|()| out.into_inner().ok())
            .unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        let mut out = rows_writer();
        let record = ["plain", "a,b", "say \"hi\"", "two\nlines", "a\rb", ""];
        let written = out.write_record(record).and_then(|()| Ok(out.flush()?));
        assert!(written.is_ok());
        let text = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
        assert_eq!(
            text,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"a\rb\",\n"
        );
    }

    #[test]
    fn an_empty_report_has_its_scalars() {
        let csv = ReturnsReport::new().to_csv();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(CSV_HEADER));
        // Empty maps make no row: the first figure is a cycle-time bucket.
        assert_eq!(
            lines.next(),
            Some("cycle_times,first_scan_to_received/buckets/le_1,count,0")
        );
        assert!(csv.contains("\nrmas,,,0\n"));
        assert!(csv.contains("\nschema_version,,,1\n"));
        assert!(csv.ends_with("\ntotals,,units_requested,0\n"));
        assert!(csv.contains("\ncycle_times,requested_to_label/buckets/le_60,count,0\n"));
        assert!(
            csv.contains("\ncycle_times,requested_to_label/percentiles_minutes,p50,\n"),
            "{csv}"
        );
    }
}
