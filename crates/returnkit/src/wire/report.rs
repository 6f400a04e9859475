//! The returns report on the wire: RMA records (bare documents, or `{"document", "request",
//! "decision"}`) and orders in, as a JSON array or JSON Lines, the report out; and reports
//! merged. An error names the record and the field within it: `documents[3].rma.status` in an
//! array, `line 4.rma.status` in JSON Lines.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::analytics::{DecisionNotes, ReportRecord, RequestNotes, ReturnsReport};
use crate::error::{Error, Result, Within};
use crate::order::Order;
use crate::wire::from_json;

/// A record with its parts apart, or a bare document (no `document` member).
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    document: Option<&'a RawValue>,
    #[serde(borrow, default)]
    request: Option<&'a RawValue>,
    #[serde(borrow, default)]
    decision: Option<&'a RawValue>,
}

/// Reads one report record: an RMA document as stored (`{"schema_version", "rma",
/// "events"}`), or `{"document": ..., "request": ..., "decision": ...}` with the request and
/// decision optional. Errors name the field within the record (`rma.status`;
/// `document.rma.status`, `request.lines[0].reason` in the second form).
pub fn read_report_record(text: &str) -> Result<ReportRecord> {
    if let Some(record) = read_in_one_pass(text) {
        return record;
    }
    read_in_parts(text)
}

/// A record whose document is of schema version 2, in either form, read in one pass (see
/// [`super::rma_document::read_in_one_pass`]); `None` for any other, to be read in parts, so
/// that an error names its field as it always has.
fn read_in_one_pass(text: &str) -> Option<Result<ReportRecord>> {
    if let Some(document) = super::rma_document::read_in_one_pass(text) {
        return Some(document.map(ReportRecord::from));
    }
    let record: RecordRead = crate::wire::reader::from_str(text).ok()?;
    Some(record.into_record())
}

/// A record `{"document", "request", "decision"}` read in one pass.
#[derive(Deserialize)]
struct RecordRead {
    document: super::rma_document::DocumentV2,
    #[serde(default)]
    request: Option<RequestNotes>,
    #[serde(default)]
    decision: Option<DecisionNotes>,
}

impl RecordRead {
    fn into_record(self) -> Result<ReportRecord> {
        let document = self.document.into_document().within("document")?;
        record(document, self.request, self.decision)
    }
}

/// The record of a document and what was kept of its request and decision, the decision
/// checked against the document's order.
fn record(
    document: crate::rma::RmaDocument,
    request: Option<RequestNotes>,
    decision: Option<DecisionNotes>,
) -> Result<ReportRecord> {
    if let Some(notes) = &decision {
        notes
            .check(document.rma.order.currency)
            .within("decision")?;
    }
    Ok(ReportRecord {
        document,
        request,
        decision,
    })
}

/// A record read as an [`Envelope`], then its parts.
fn read_in_parts(text: &str) -> Result<ReportRecord> {
    let envelope: Envelope = crate::wire::reader::from_str(text)
        .map_err(|e| crate::wire::reader::parse_error(text, &e))?;
    let Some(document) = envelope.document else {
        return Ok(ReportRecord::from(super::rma_document::read_document(
            text,
        )?));
    };
    let document = super::rma_document::read_document(document.get()).within("document")?;
    let request = envelope
        .request
        .map(|r| from_json::<RequestNotes>(r.get()).within("request"))
        .transpose()?;
    let decision = envelope
        .decision
        .map(|d| from_json::<DecisionNotes>(d.get()).within("decision"))
        .transpose()?;
    record(document, request, decision)
}

/// Calls `each` on every item of `text`, a JSON array or JSON Lines (blank lines skipped),
/// with the place to name in its errors: `{name}[i]` in an array, `line n` in JSON Lines.
pub fn for_each_item(
    text: &str,
    name: &str,
    mut each: impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    if text.trim_start().starts_with('[') {
        let items: Vec<&RawValue> = crate::wire::reader::from_str(text)
            .map_err(|e| crate::wire::reader::parse_error(text, &e).within(name))?;
        for (i, item) in items.iter().enumerate() {
            each(item.get()).within(&format!("{name}[{i}]"))?;
        }
        return Ok(());
    }
    for (i, line) in text.lines().enumerate() {
        if !line.trim().is_empty() {
            each(line).within(&format!("line {}", i + 1))?;
        }
    }
    Ok(())
}

/// The report of `documents` (report records, as [`read_report_record`] reads them) against
/// `orders` (the order feed, for return rates; may be empty), each a JSON array or JSON Lines.
///
/// ```
/// let doc = include_str!("../../samples/rma-v1.json");
/// let out = returnkit::wire::report(&format!("[{doc}]"), "").unwrap();
/// assert!(out.starts_with(r#"{"schema_version":1,"rmas":1,"#));
/// let e = returnkit::wire::report(r#"[{"schema_version": 9}]"#, "").unwrap_err();
/// assert_eq!(e.field(), "documents[0].schema_version");
/// ```
pub fn report(documents: &str, orders: &str) -> Result<String> {
    let mut report = ReturnsReport::new();
    for_each_item(documents, "documents", |text| {
        report.add_record(&read_report_record(text)?);
        Ok(())
    })?;
    for_each_item(orders, "orders", |text| {
        report.add_order(&from_json::<Order>(text)?);
        Ok(())
    })?;
    report_json(&report)
}

/// Reads a report as written (its derived figures are ignored). Errors name the field
/// (`report.cycle_times.requested_to_label.buckets`).
pub fn read_report(text: &str) -> Result<ReturnsReport> {
    let report: ReturnsReport = from_json(text).within("report")?;
    report.check().within("report")?;
    Ok(report)
}

/// One report of `reports`, a JSON array (or JSON Lines) of reports: exactly the report of
/// every shard's documents and orders together.
pub fn report_merge(reports: &str) -> Result<String> {
    let mut merged = ReturnsReport::new();
    for_each_item(reports, "reports", |text| {
        let report: ReturnsReport = from_json(text)?;
        report.check()?;
        merged.merge(&report)
    })?;
    report_json(&merged)
}

/// The report as JSON.
pub fn report_json(report: &ReturnsReport) -> Result<String> {
    crate::wire::writer::to_string(report).map_err(|e| Error::Internal {
        field: String::new(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use serde_json::{json, Value};

    use super::{read_in_one_pass, read_in_parts, read_report_record};

    const V2: &str = include_str!("../../samples/rma-v2.json");
    const V1: &str = include_str!("../../samples/rma-v1.json");

    /// The sample document's record in each form: bare, and with a request and a decision
    /// kept (members in either order, `null` for what wasn't kept, a member the report
    /// doesn't read).
    fn records(document: &str) -> Vec<String> {
        let document: Value = serde_json::from_str(document).unwrap();
        let line = document["rma"]["lines"][0]["line_id"].clone();
        let request = json!({"lines": [{"line_id": line, "quantity": 1, "reason": "damaged"}]});
        let decision = json!({"outcome": "approve", "keep_item_saving": "4.10",
            "lines": [{"line_id": line, "outcome": "approve"}]});
        [
            document.clone(),
            json!({"document": document}),
            json!({"document": document, "request": request, "decision": decision}),
            json!({"decision": decision, "request": null, "document": document, "note": 1}),
        ]
        .iter()
        .map(Value::to_string)
        .collect()
    }

    #[test]
    fn a_record_reads_the_same_in_one_pass_as_in_parts() {
        for text in records(V2) {
            let one = read_in_one_pass(&text)
                .expect("a version 2 record")
                .unwrap();
            assert_eq!(one, read_in_parts(&text).unwrap(), "{text}");
        }
        let with_notes = &records(V2)[2];
        let record = read_report_record(with_notes).unwrap();
        assert_eq!(record.request.unwrap().lines[0].reason, "damaged");
        assert_eq!(
            record.decision.unwrap().keep_item_saving,
            Some("4.10".parse().unwrap())
        );
    }

    /// Every single edit of the samples (each value replaced by another of another kind or
    /// changed, each member removed, or joined by one no record has, the version too) reads
    /// as it does in parts: the same record, or the same error with the same field.
    #[test]
    fn an_edited_record_reads_as_it_does_in_parts() {
        let (same, errors) =
            crate::wire::edits::read_every_edit(&records(V2), read_report_record, read_in_parts);
        assert!(same > 100 && errors > 100, "{same} read, {errors} refused");
    }

    #[test]
    fn other_records_are_read_in_parts_with_their_errors() {
        for text in records(V1) {
            assert!(read_in_one_pass(&text).is_none(), "{text}");
            assert_eq!(
                read_report_record(&text).unwrap(),
                read_in_parts(&text).unwrap()
            );
        }
        let mut bad: Value = serde_json::from_str(&records(V2)[2]).unwrap();
        bad["request"]["lines"][0]["reason"] = json!(7);
        assert!(read_in_one_pass(&bad.to_string()).is_none());
        let err = read_report_record(&bad.to_string()).unwrap_err();
        assert_eq!(err.field(), "request.lines[0].reason", "{err}");
        // A domain error after a good read is the same either way, with its field.
        bad["request"] = Value::Null;
        bad["decision"]["keep_item_saving"] = json!("-1.00");
        let one = read_in_one_pass(&bad.to_string()).unwrap().unwrap_err();
        assert_eq!(one.field(), "decision.keep_item_saving");
        assert_eq!(one, read_in_parts(&bad.to_string()).unwrap_err());
    }
}
