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

/// [`RmaDocument::from_json`], with paths inside the document.
pub(crate) fn read_document(text: &str) -> Result<RmaDocument> {
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
