//! The persisted RMA: a versioned JSON document with the state and its event log. Documents
//! written by older schema versions keep loading; a document from a newer returnkit is refused
//! rather than misread.
//!
//! Version 2 writes each event's change as one member named after it (`"event":
//! {"carrier_scanned": {"parcel_id": "p1", "scan": "in_transit"}}`), the form serde reads in
//! place. Version 1 wrote the name as a tag beside the fields (`"event": "carrier_scanned",
//! "parcel_id": "p1", "scan": "in_transit"`); such a log is rewritten to the version 2 form,
//! event by event, and read as one, so both versions share every rule.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::command::{Action, Actor, Command, CommandKind};
use super::event::{Event, EventKind};
use super::quote::Grades;
use super::state::Rma;
use super::status::{status_view, StatusView};
use crate::error::{Error, Result};

/// The schema version this returnkit writes. It reads this one and every earlier one.
pub const SCHEMA_VERSION: u64 = 2;

/// An RMA as a host stores it: the state, its event log, and (on output) the customer-facing
/// status.
///
/// ```
/// use returnkit::rma::RmaDocument;
/// let doc = RmaDocument::from_json(include_str!("../../samples/rma-v1.json")).unwrap();
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

/// A stored RMA: the state, the customer-facing status and the event log.
// The written form, and so the JSON Schema of `RmaDocument`, whose serde is by hand. Reading
// takes this form too; it ignores the status, and needs only one of the snapshot and the log.
#[derive(Serialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub(crate) struct DocumentOut<'a> {
    /// The document format's version (2).
    schema_version: u64,
    /// The state.
    rma: &'a Rma,
    /// What the customer sees (derived; ignored on input).
    status: StatusView,
    /// Every event, oldest first.
    events: &'a [Event],
}

/// Writes the document as [`RmaDocument::to_json`] does: `schema_version`, `rma`, `status`
/// (derived) and `events`, in that order.
impl Serialize for RmaDocument {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.out().serialize(s)
    }
}

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for RmaDocument {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RmaDocument".into()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        "returnkit::rma::RmaDocument".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DocumentOut::json_schema(generator)
    }
}

impl RmaDocument {
    /// Opens an RMA with a `submit` command. Returns the document and the events made.
    pub fn submit(command: &Command) -> Result<(RmaDocument, Vec<Event>)> {
        let (rma, event) = super::apply::submit(command)
            .map_err(|e| super::apply::in_action(e, command.action.kind()))?;
        let events = vec![event];
        Ok((
            RmaDocument {
                rma,
                events: events.clone(),
            },
            events,
        ))
    }

    /// Applies a command: checks permission, version and state, then records its events. An
    /// error names its field within the command (`action.record_refund.amount`).
    ///
    /// The checks run in this order: permission (`not_permitted`), then the idempotency key,
    /// then the version (`version_conflict`), then the state. A key seen before returns the
    /// events it made the first time and changes nothing, whatever the version, if the
    /// command is the same one: the same actor, asking for what makes the same events from
    /// the state it met (its `at` and `expected_version` may differ, as in a retry). A key
    /// reused for a different command is a `duplicate_id` error on `idempotency_key`.
    /// Permission comes first so that a key can't lend one actor another's rights.
    pub fn apply(&mut self, command: &Command) -> Result<Vec<Event>> {
        self.apply_in_place(command)
            .map_err(|e| super::apply::in_action(e, command.action.kind()))
    }

    fn apply_in_place(&mut self, command: &Command) -> Result<Vec<Event>> {
        super::apply::check_permission(command.actor, command.action.kind())?;
        if let Some(first) = self
            .events
            .iter()
            .position(|e| e.idempotency_key == command.idempotency_key)
        {
            return self.replay(command, first);
        }
        let grades = Grades::from_events(&self.events);
        let kinds = self.rma.handle(command, &grades)?;
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

    /// A command whose key the log has from event `first` on: the events it made, if it is
    /// the same command. It is the same if, run again by the same actor at the same time on
    /// the state it met, it makes the same events; commands are pure, so this compares what
    /// they ask without storing them.
    fn replay(&self, command: &Command, first: usize) -> Result<Vec<Event>> {
        let key = &command.idempotency_key;
        let original: Vec<Event> = self.events[first..]
            .iter()
            .take_while(|e| &e.idempotency_key == key)
            .cloned()
            .collect();
        let reused = || Error::DuplicateId {
            field: "idempotency_key".into(),
            id: key.clone(),
        };
        let Some(head) = original.first() else {
            return Err(reused());
        };
        if original.iter().any(|e| e.actor != command.actor) {
            return Err(reused());
        }
        let whole_log = self
            .events
            .first()
            .is_some_and(|e| e.version == 1 && matches!(e.kind, EventKind::Submitted(_)));
        if !whole_log {
            // The log starts mid-way (a snapshot, then events): the state the command met
            // can't be rebuilt, so only its kind can be compared.
            return if made_by(command.action.kind(), &head.kind) {
                Ok(original)
            } else {
                Err(reused())
            };
        }
        let before = &self.events[..first];
        let mut again = command.clone();
        again.at = head.at;
        again.expected_version = before.len() as u64;
        let kinds = if before.is_empty() {
            super::apply::submit(&again).map(|(_, event)| vec![event.kind])
        } else {
            Rma::from_events(before)
                .and_then(|rma| rma.handle(&again, &Grades::from_events(before)))
        };
        let same = kinds.is_ok_and(|kinds| {
            kinds.len() == original.len() && kinds.iter().zip(&original).all(|(k, e)| *k == e.kind)
        });
        if same {
            Ok(original)
        } else {
            Err(reused())
        }
    }

    /// The final refund quote for the units accepted so far, each batch at the grade it was
    /// inspected with (read from the log): what to pay, and how it splits across the
    /// order's tenders. Without a log, as [`Rma::final_quote`].
    pub fn final_quote(&self) -> Result<crate::refund::RefundQuote> {
        self.rma.quote_accepted(&Grades::from_events(&self.events))
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

    /// The document as it is written: its version, the state, the derived status, the log.
    pub(crate) fn out(&self) -> DocumentOut<'_> {
        DocumentOut {
            schema_version: SCHEMA_VERSION,
            rma: &self.rma,
            status: self.status(),
            events: &self.events,
        }
    }

    /// A document from what a host stored: the state's snapshot, its event log, or both.
    /// With a log, the state is rebuilt from it and must match the snapshot; a snapshot
    /// alone is taken as it is. Either way the state is then checked against its own order
    /// and lines, so that no edit to the document can make returnkit pay more than the
    /// accepted units are worth or the order's tenders can take back (docs/wire.md, "What a
    /// document is trusted with").
    pub fn from_parts(snapshot: Option<Rma>, events: Vec<Event>) -> Result<RmaDocument> {
        let whole_log = matches!(
            events.first().map(|e| &e.kind),
            Some(EventKind::Submitted(_))
        );
        let rma = match (snapshot, events.is_empty()) {
            (Some(snapshot), true) => snapshot,
            // A snapshot, then the events since one the host kept (as every command on a
            // snapshot writes): the state before them can't be rebuilt, so the snapshot is
            // taken as it is, its log's versions leading up to it.
            (Some(snapshot), false) if !whole_log => {
                check_versions_lead_to(&events, snapshot.version)?;
                snapshot
            }
            (snapshot, false) => {
                let folded = Rma::from_events(&events)?;
                if let Some(snapshot) = snapshot {
                    if snapshot != folded && !written_before_kept_refunds(snapshot, &folded) {
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
        rma.check_integrity(&events)?;
        Ok(RmaDocument { rma, events })
    }
}

/// The versions of `events`, a log that starts after a snapshot, run one by one up to
/// `version`, the snapshot's.
fn check_versions_lead_to(events: &[Event], version: u64) -> Result<()> {
    let first = (version + 1)
        .checked_sub(events.len() as u64)
        .filter(|v| *v > 1);
    for (i, event) in events.iter().enumerate() {
        if first.map(|f| f + i as u64) != Some(event.version) {
            return Err(Error::InvalidValue {
                field: format!("events[{i}].version"),
                reason: format!(
                    "a log after a snapshot runs up to its version {version} one by one, not {}",
                    event.version
                ),
            });
        }
    }
    Ok(())
}

/// Whether `snapshot` is `folded` as a returnkit from before returnless refunds wrote it: an
/// approved keep-item RMA with nothing accepted and nothing due. Those documents keep loading,
/// with the refund now due.
fn written_before_kept_refunds(mut snapshot: Rma, folded: &Rma) -> bool {
    if !folded.keep_item || !snapshot.refund_due.is_zero() {
        return false;
    }
    snapshot.refund_due = folded.refund_due;
    for (s, f) in snapshot.lines.iter_mut().zip(&folded.lines) {
        if s.accepted == 0 {
            s.accepted = f.accepted;
        }
    }
    snapshot == *folded
}

/// Whether a command of `kind` makes events of the kind of `event` (first of its events).
fn made_by(kind: CommandKind, event: &EventKind) -> bool {
    use CommandKind as K;
    use EventKind as E;
    matches!(
        (kind, event),
        (K::Submit, E::Submitted(_))
            | (K::Approve, E::Approved { .. })
            | (K::Reject, E::Rejected { .. })
            | (K::RequestInfo, E::InfoRequested { .. })
            | (K::IssueLabel, E::LabelIssued { .. })
            | (K::RecordCarrierScan, E::CarrierScanned { .. })
            | (K::ReceiveItems, E::ItemsReceived { .. })
            | (K::InspectItems, E::ItemsInspected { .. })
            | (K::SettleLostParcel, E::LostParcelSettled { .. })
            | (K::RecordRefund, E::RefundRecorded { .. })
            | (K::RecordStoreCredit, E::StoreCreditRecorded { .. })
            | (K::RecordRecovery, E::RecoveryRecorded { .. })
            | (K::ShipExchange, E::ExchangeShipped { .. })
            | (K::Cancel, E::Cancelled { .. })
            | (K::Close, E::Closed)
            | (K::Tick, E::Expired | E::RefundDeadlineFlagged { .. })
    )
}
