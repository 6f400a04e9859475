//! RMA documents as text: writing a document, and reading one of any schema version this
//! returnkit reads. A version 1 log is migrated here, event by event, to the version 2 form,
//! and read as one, so both versions share every rule of the domain's
//! [`RmaDocument::from_parts`].

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::{Error, Result, Within};
use crate::rma::{Event, Rma, RmaDocument};

/// A stored document as first read: its version, with the snapshot and the log kept as text
/// until the version says how to read them (and so that a newer document is refused for its
/// version, not for a shape this returnkit does not know).
#[derive(Deserialize)]
struct DocumentIn<'a> {
    schema_version: u64,
    #[serde(borrow, default)]
    rma: Option<&'a RawValue>,
    #[serde(borrow, default)]
    events: Option<&'a RawValue>,
    // The status is derived; whatever a document says is ignored.
    #[serde(default, rename = "status")]
    _status: Option<IgnoredAny>,
}

impl RmaDocument {
    /// The document as versioned JSON.
    pub fn to_json(&self) -> Result<String> {
        super::writer::to_string(&self.out()).map_err(|e| Error::Parse {
            field: String::new(),
            message: e.to_string(),
        })
    }

    /// The document as a JSON value.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self.out()).unwrap_or_default()
    }

    /// Loads a document of any supported schema version. With an event log, the state is
    /// rebuilt from it and must match the stored snapshot. Every error's path starts with
    /// `document` (`document.events[2].at`; `document.schema_version`).
    pub fn from_json(text: &str) -> Result<RmaDocument> {
        read_document(text).within("document")
    }
}

/// A version 2 document read in one pass: its snapshot and log read where they stand, not
/// kept as text first and read again. Only a document that this fails to read as version 2
/// (an error anywhere, or another version) is read again as a [`DocumentIn`], so that its
/// error names the field within the document as it always has, and a version 1 log is
/// migrated.
// Unknown members, which a document may have, are left to the reading in parts: so a report
// record (`{"document", ...}`) fails here at its first member, and isn't read as a document.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentV2 {
    #[serde(rename = "schema_version")]
    _schema_version: Version2,
    #[serde(default)]
    rma: Option<Rma>,
    #[serde(default)]
    events: Option<Vec<Event>>,
    #[serde(default, rename = "status")]
    _status: Option<IgnoredAny>,
}

/// The schema version 2, read: any other fails the one-pass read where it stands (first, in
/// every document returnkit writes), before the rest of an older document is read in vain.
struct Version2;

impl<'de> Deserialize<'de> for Version2 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match u64::deserialize(d)? {
            2 => Ok(Version2),
            _ => Err(serde::de::Error::custom("not schema version 2")),
        }
    }
}

/// [`RmaDocument::from_json`], with paths inside the document.
pub(crate) fn read_document(text: &str) -> Result<RmaDocument> {
    if let Some(doc) = read_in_one_pass(text) {
        return doc;
    }
    read_in_parts(text)
}

/// A version 2 document read as a [`DocumentV2`]; `None` if it isn't one, to be read in parts.
pub(super) fn read_in_one_pass(text: &str) -> Option<Result<RmaDocument>> {
    let doc = super::reader::from_str::<DocumentV2>(text).ok()?;
    Some(doc.into_document())
}

impl DocumentV2 {
    /// The document of this snapshot and log, checked as every document is.
    pub(super) fn into_document(self) -> Result<RmaDocument> {
        RmaDocument::from_parts(self.rma, self.events.unwrap_or_default())
    }
}

/// A document of any version read as a [`DocumentIn`], then its parts as its version says.
fn read_in_parts(text: &str) -> Result<RmaDocument> {
    let doc: DocumentIn =
        super::reader::from_str(text).map_err(|e| super::reader::parse_error(text, &e))?;
    let events = match (doc.schema_version, doc.events) {
        (1 | 2, None) => Vec::new(),
        (1, Some(events)) => read_v1_events(text, events)?,
        (2, Some(events)) => read_part(text, events)?,
        (version, _) => {
            return Err(Error::UnsupportedVersion {
                field: "schema_version".into(),
                version,
            })
        }
    };
    let snapshot: Option<Rma> = match doc.rma {
        Some(rma) => read_part(text, rma)?,
        None => None,
    };
    RmaDocument::from_parts(snapshot, events)
}

/// Reads `part`, a member of the document `text`, naming the field of any error by its place
/// in the whole document.
fn read_part<'a, T: Deserialize<'a>>(text: &str, part: &'a RawValue) -> Result<T> {
    let inner = part.get();
    super::reader::from_str(inner).map_err(|e| {
        let start = (inner.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        super::reader::parse_error_within(text, start, inner, &e)
    })
}

/// `s` as a JSON string.
fn json_string(s: &str) -> Result<String> {
    super::writer::to_string(s).map_err(|e| Error::Internal {
        field: String::new(),
        message: e.to_string(),
    })
}

/// The event names of schema version 1 that have no fields.
const V1_UNIT_EVENTS: [&str; 2] = ["closed", "expired"];

/// The members every event has, beside what happened.
const EVENT_MEMBERS: [&str; 4] = ["version", "at", "actor", "idempotency_key"];

/// Reads the log of a schema version 1 document: each event's fields sit beside its name,
/// `event`. Each is rewritten to the version 2 form and read as one; an error names the
/// field where the version 1 event has it.
fn read_v1_events(text: &str, events: &RawValue) -> Result<Vec<Event>> {
    let events: Vec<&RawValue> = read_part(text, events)?;
    events
        .iter()
        .enumerate()
        .map(|(i, event)| read_v1_event(text, i, event))
        .collect()
}

fn read_v1_event(text: &str, index: usize, event: &RawValue) -> Result<Event> {
    let place = format!("events[{index}]");
    // Members as their JSON text, rewritten as text: the values are copied, not read.
    let members: BTreeMap<String, &RawValue> = read_part(text, event)?;
    let name: String = match members.get("event") {
        Some(name) => super::reader::from_str(name.get()).map_err(|_| Error::Parse {
            field: format!("{place}.event"),
            message: "expected the event's name, a string".into(),
        })?,
        None => {
            return Err(Error::Parse {
                field: place,
                message: "missing field `event`".into(),
            })
        }
    };
    let (mut common, mut fields) = (String::new(), String::new());
    for (key, value) in &members {
        let into = match key.as_str() {
            "event" => continue,
            k if EVENT_MEMBERS.contains(&k) => &mut common,
            _ => &mut fields,
        };
        if !into.is_empty() {
            into.push(',');
        }
        into.push_str(&json_string(key)?);
        into.push(':');
        into.push_str(value.get());
    }
    let change = if fields.is_empty() && V1_UNIT_EVENTS.contains(&name.as_str()) {
        json_string(&name)?
    } else {
        format!("{{{}:{{{fields}}}}}", json_string(&name)?)
    };
    let comma = if common.is_empty() { "" } else { "," };
    let rewritten = format!("{{{common}{comma}\"event\":{change}}}");
    super::reader::from_str(&rewritten).map_err(|e| {
        let (field, message) = match super::reader::parse_error(&rewritten, &e) {
            Error::Parse { field, message } => (field, message),
            other => (other.field().to_string(), other.to_string()),
        };
        let in_change = format!("event.{name}");
        let field = match field.strip_prefix(&in_change) {
            Some(rest) if rest.is_empty() || rest.starts_with(['.', '[']) => {
                format!("{place}{rest}")
            }
            _ if field == "." => place,
            _ => format!("{place}.{field}"),
        };
        // The position is in the rewritten event; the field says where the error is.
        let message = match message.rsplit_once(" at line ") {
            Some((message, _)) => message.to_string(),
            None => message,
        };
        Error::Parse { field, message }
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use serde_json::{json, Value};

    use super::{read_document, read_in_one_pass, read_in_parts};

    const V2: [&str; 2] = [
        include_str!("../../samples/rma-v2.json"),
        include_str!("../../samples/rma-v2-on-its-way.json"),
    ];
    const V1: [&str; 2] = [
        include_str!("../../samples/rma-v1.json"),
        include_str!("../../samples/rma-v1-on-its-way.json"),
    ];

    /// Version 2 documents in every shape a host may store: whole, snapshot only, log only,
    /// members in another order, `null` for a part.
    fn shapes(text: &str) -> Vec<String> {
        let whole: Value = serde_json::from_str(text).unwrap();
        let without = |member: &str| {
            let mut doc = whole.clone();
            doc.as_object_mut().unwrap().remove(member);
            doc
        };
        let mut snapshot_null = without("status");
        snapshot_null["rma"] = Value::Null;
        let mut log_null = whole.clone();
        log_null["events"] = Value::Null;
        let reordered = json!({"events": whole["events"], "status": whole["status"],
            "rma": whole["rma"], "schema_version": 2});
        [
            whole.clone(),
            without("events"),
            without("rma"),
            snapshot_null,
            log_null,
            reordered,
        ]
        .iter()
        .map(Value::to_string)
        .collect()
    }

    #[test]
    fn a_version_2_document_reads_the_same_in_one_pass_as_in_parts() {
        let mut read = 0;
        for text in V2.iter().flat_map(|t| shapes(t)) {
            let in_parts = read_in_parts(&text);
            let in_one_pass = read_in_one_pass(&text).expect("a version 2 document");
            assert_eq!(in_one_pass.is_ok(), in_parts.is_ok(), "{text}");
            match (in_one_pass, in_parts) {
                (Ok(one), Ok(parts)) => {
                    assert!(!one.rma.lines.is_empty());
                    assert_eq!(one, parts);
                    read += 1;
                }
                (Err(one), Err(parts)) => assert_eq!(one.to_string(), parts.to_string()),
                _ => unreachable!(),
            }
        }
        // Each shape has a snapshot or a log, so each reads.
        assert_eq!(read, 12);
    }

    /// Every single edit of the samples (each value replaced by another of another kind or
    /// changed, each member removed, or joined by one no document has, the version too) reads
    /// as it does in parts: the same document, or the same error with the same field.
    #[test]
    fn an_edited_document_reads_as_it_does_in_parts() {
        let (same, errors) = crate::wire::edits::read_every_edit(
            &V2.map(str::to_string),
            read_document,
            read_in_parts,
        );
        assert!(same > 100 && errors > 100, "{same} read, {errors} refused");
    }

    #[test]
    fn other_versions_and_bad_documents_are_read_in_parts() {
        for text in V1 {
            assert!(read_in_one_pass(text).is_none());
            assert_eq!(read_document(text).unwrap(), read_in_parts(text).unwrap());
        }
        let mut newer: Value = serde_json::from_str(V2[0]).unwrap();
        newer["schema_version"] = json!(3);
        assert!(read_in_one_pass(&newer.to_string()).is_none());
        assert_eq!(
            read_document(&newer.to_string()).unwrap_err().to_string(),
            "schema_version: schema version 3 is not one this returnkit reads"
        );
        let mut bad: Value = serde_json::from_str(V2[0]).unwrap();
        bad["events"][1]["at"] = json!("yesterday");
        assert!(read_in_one_pass(&bad.to_string()).is_none());
        let err = read_document(&bad.to_string()).unwrap_err();
        assert_eq!(err.field(), "events[1].at", "{err}");
    }
}
