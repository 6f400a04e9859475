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
