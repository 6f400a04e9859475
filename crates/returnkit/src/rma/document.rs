//! The persisted RMA: a versioned JSON document with the state and its event log. Documents
//! written by older schema versions keep loading; a document from a newer returnkit is refused
//! rather than misread.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::command::{Action, Actor, Command};
use super::event::Event;
use super::state::Rma;
use super::status::{status_view, StatusView};
use crate::error::{Error, Result};

/// The schema version this returnkit writes.
pub const SCHEMA_VERSION: u64 = 1;

/// An RMA as a host stores it: the state, its event log, and (on output) the customer-facing
/// status.
///
/// ```
/// use returnkit::rma::RmaDocument;
/// let doc = RmaDocument::from_json(include_str!("../../../../tests/fixtures/rma/v1-sample.json")).unwrap();
/// assert_eq!(doc.rma.number, "RMA-000-0AA-$");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RmaDocument {
    /// The state.
    pub rma: Rma,
    /// Every event, oldest first. May be empty when a host keeps only snapshots (then repeated
    /// commands can't be recognised by their idempotency keys).
    pub events: Vec<Event>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    schema_version: u64,
    rma: &'a Rma,
    status: StatusView,
    events: &'a [Event],
}

#[derive(Deserialize)]
struct DocumentIn {
    schema_version: u64,
    rma: Option<Rma>,
    #[serde(default)]
    events: Vec<Event>,
    // The status is derived; whatever a document says is ignored.
    #[serde(default, rename = "status")]
    _status: Option<serde_json::Value>,
}

impl RmaDocument {
    /// Opens an RMA with a `submit` command. Returns the document and the events made.
    pub fn submit(command: &Command) -> Result<(RmaDocument, Vec<Event>)> {
        let (rma, event) = super::apply::submit(command)?;
        let events = vec![event];
        Ok((
            RmaDocument {
                rma,
                events: events.clone(),
            },
            events,
        ))
    }

    /// Applies a command: checks permission, version and state, then records its events.
    /// A command whose idempotency key was seen before changes nothing and returns the events
    /// it made the first time.
    pub fn apply(&mut self, command: &Command) -> Result<Vec<Event>> {
        if let Some(first) = self
            .events
            .iter()
            .position(|e| e.idempotency_key == command.idempotency_key)
        {
            let key = &command.idempotency_key;
            return Ok(self
                .events
                .iter()
                .skip(first)
                .filter(|e| &e.idempotency_key == key)
                .cloned()
                .collect());
        }
        if matches!(command.action, Action::Submit(_)) {
            super::apply::check_permission(command.actor, super::command::CommandKind::Submit)?;
        }
        let kinds = self.rma.handle(command)?;
        let mut next = self.rma.clone();
        let mut made = Vec::with_capacity(kinds.len());
        for kind in kinds {
            let event = Event {
                version: next.version + 1,
                at: command.at,
                actor: command.actor,
                idempotency_key: command.idempotency_key.clone(),
                kind,
            };
            next.fold(&event)?;
            made.push(event);
        }
        self.rma = next;
        self.events.extend(made.iter().cloned());
        Ok(made)
    }

    /// Lets time pass for a backend job: expires approvals not shipped in time and flags
    /// refunds due or overdue. The key should be unique per run (`tick-2026-11-23`).
    pub fn tick(&mut self, now: DateTime<Utc>, idempotency_key: &str) -> Result<Vec<Event>> {
        self.apply(&Command {
            expected_version: self.rma.version,
            idempotency_key: idempotency_key.into(),
            actor: Actor::System,
            at: now,
            action: Action::Tick,
        })
    }

    /// The customer-facing status, with its timeline.
    pub fn status(&self) -> StatusView {
        status_view(&self.rma, &self.events)
    }

    /// The document as versioned JSON.
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string(&self.out()).map_err(|e| Error::Parse {
            field: String::new(),
            message: e.to_string(),
        })
    }

    /// The document as a JSON value.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self.out()).unwrap_or_default()
    }

    fn out(&self) -> DocumentOut<'_> {
        DocumentOut {
            schema_version: SCHEMA_VERSION,
            rma: &self.rma,
            status: self.status(),
            events: &self.events,
        }
    }

    /// Loads a document of any supported schema version. With an event log, the state is
    /// rebuilt from it and must match the stored snapshot.
    pub fn from_json(text: &str) -> Result<RmaDocument> {
        let doc: DocumentIn = crate::error::from_json(text)?;
        if doc.schema_version == 0 || doc.schema_version > SCHEMA_VERSION {
            return Err(Error::UnsupportedVersion {
                field: "schema_version".into(),
                version: doc.schema_version,
            });
        }
        let rma = match (doc.rma, doc.events.is_empty()) {
            (Some(snapshot), true) => snapshot,
            (snapshot, false) => {
                let folded = Rma::from_events(&doc.events)?;
                if let Some(snapshot) = snapshot {
                    if snapshot != folded {
                        return Err(Error::InvalidValue {
                            field: "rma".into(),
                            reason: "the snapshot does not match its event log".into(),
                        });
                    }
                }
                folded
            }
            (None, true) => {
                return Err(Error::InvalidValue {
                    field: "rma".into(),
                    reason: "a document needs a snapshot or an event log".into(),
                })
            }
        };
        Ok(RmaDocument {
            rma,
            events: doc.events,
        })
    }
}
