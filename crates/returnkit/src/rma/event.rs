//! Events: what happened to a return authorization. The state is a fold over them, so a host
//! can store the event log, a snapshot, or both.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::command::{Actor, ExtraItem, Inspection, LineUnits, Scan};
use crate::decision::Outcome;
use crate::order::Order;
use crate::policy::ReasonClass;
use crate::refund::{RefundRequest, Resolution};

/// One event, with who caused it, when, and the idempotency key of the command behind it;
/// what happened is its `event` member, named after the event and holding its fields.
///
/// ```
/// use returnkit::rma::{Event, EventKind, Scan};
/// let event: Event = returnkit::from_json(r#"{
///   "version": 3, "at": "2026-11-12T08:00:00Z", "actor": "carrier",
///   "idempotency_key": "scan-1Z999",
///   "event": {"carrier_scanned": {"parcel_id": "p1", "scan": "in_transit"}}
/// }"#).unwrap();
/// assert!(matches!(event.kind, EventKind::CarrierScanned { scan: Scan::InTransit, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Position in the log, from 1; the RMA's version after this event.
    pub version: u64,
    /// When it happened.
    #[serde(with = "crate::wire::timestamp")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub at: DateTime<Utc>,
    /// Who caused it.
    pub actor: Actor,
    /// The key of the command that caused it.
    pub idempotency_key: String,
    /// What happened.
    #[serde(rename = "event")]
    pub kind: EventKind,
}

/// What happened: in JSON, an object with one member named after the event and holding its
/// fields (`{"cancelled": {"reason": "..."}}`), or the name alone for `closed` and `expired`,
/// which have none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The RMA was opened from a decision.
    Submitted(Box<Submitted>),
    /// Approved, with the units per line.
    Approved {
        /// Units approved per line.
        lines: Vec<LineUnits>,
    },
    /// Refused.
    Rejected {
        /// The code.
        code: String,
        /// The message for the customer.
        message: String,
    },
    /// The customer was asked for more information.
    InfoRequested {
        /// What was asked.
        message: String,
    },
    /// A label was issued for a parcel.
    LabelIssued {
        /// The parcel.
        parcel_id: String,
        /// Carrier.
        carrier: String,
        /// Tracking number.
        tracking: String,
        /// Last day the label can be used.
        #[cfg_attr(
            feature = "json-schema",
            schemars(with = "Option<crate::wire::schema::IsoDate>")
        )]
        expires_on: Option<NaiveDate>,
    },
    /// A carrier scanned a parcel.
    CarrierScanned {
        /// The parcel.
        parcel_id: String,
        /// What the scan said.
        scan: Scan,
    },
    /// Units arrived.
    ItemsReceived {
        /// The parcel, if known.
        parcel_id: Option<String>,
        /// Units per line.
        lines: Vec<LineUnits>,
        /// Things that were not approved.
        extra: Vec<ExtraItem>,
    },
    /// Units were inspected; `refund_due` is the refund engine's final figure for every unit
    /// accepted so far.
    ItemsInspected {
        /// What inspection found.
        lines: Vec<Inspection>,
        /// The refund now due for all accepted units.
        #[serde(with = "crate::wire::WireDecimal")]
        refund_due: Decimal,
        /// In a mixed return, the store credit now due for the accepted units of its
        /// store-credit part; absent when none.
        #[serde(
            default,
            skip_serializing_if = "Decimal::is_zero",
            with = "crate::wire::WireDecimal"
        )]
        credit_due: Decimal,
    },
    /// Units of a lost parcel were accepted for refund.
    LostParcelSettled {
        /// The parcel.
        parcel_id: String,
        /// Units per line.
        lines: Vec<LineUnits>,
        /// The refund now due for all accepted units.
        #[serde(with = "crate::wire::WireDecimal")]
        refund_due: Decimal,
        /// In a mixed return, the store credit now due; absent when none.
        #[serde(
            default,
            skip_serializing_if = "Decimal::is_zero",
            with = "crate::wire::WireDecimal"
        )]
        credit_due: Decimal,
    },
    /// A refund paid before inspection became due (the parcel's first scan, its drop-off, or
    /// its receipt): the units of these lines count as accepted, at no deduction, until
    /// inspected.
    EarlyRefundDue {
        /// The units paid early, per line.
        lines: Vec<LineUnits>,
        /// What they add to what is due.
        #[serde(with = "crate::wire::WireDecimal")]
        early: Decimal,
        /// The refund now due.
        #[serde(with = "crate::wire::WireDecimal")]
        refund_due: Decimal,
        /// In a mixed return, the store credit now due; absent when none.
        #[serde(
            default,
            skip_serializing_if = "Decimal::is_zero",
            with = "crate::wire::WireDecimal"
        )]
        credit_due: Decimal,
    },
    /// Inspection found units paid early worth less than was paid (rejected or downgraded):
    /// the customer owes `amount`, recovered from the store credit issued first, the rest as
    /// an amount due.
    RecoveryDue {
        /// What the customer owes back.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The part to recover by revoking store credit issued.
        #[serde(with = "crate::wire::WireDecimal")]
        from_store_credit: Decimal,
        /// The part the customer pays.
        #[serde(with = "crate::wire::WireDecimal")]
        amount_due: Decimal,
    },
    /// Money owed back was recovered.
    RecoveryRecorded {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The reference.
        reference: String,
        /// Where it came from.
        from: super::command::RecoverySource,
    },
    /// A refund was paid.
    RefundRecorded {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The payment provider's reference.
        reference: String,
        /// The tender, if known.
        tender_id: Option<String>,
    },
    /// Store credit was issued.
    StoreCreditRecorded {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The reference.
        reference: String,
        /// The last day the credit can be used (shop time), when the terms say it expires.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
        #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
        #[cfg_attr(
            feature = "json-schema",
            schemars(with = "Option<crate::wire::schema::IsoDate>")
        )]
        expires_on: Option<NaiveDate>,
        /// The last day the bonus issued with it can be used, when it expires.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
        #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
        #[cfg_attr(
            feature = "json-schema",
            schemars(with = "Option<crate::wire::schema::IsoDate>")
        )]
        bonus_expires_on: Option<NaiveDate>,
    },
    /// The exchange's replacements shipped.
    ExchangeShipped {
        /// The shipment's reference.
        reference: String,
    },
    /// Withdrawn.
    Cancelled {
        /// Why.
        reason: String,
    },
    /// Closed.
    Closed,
    /// Not shipped in time.
    Expired,
    /// The refund-by date is near or past.
    RefundDeadlineFlagged {
        /// Due soon, or overdue.
        flag: RefundFlag,
        /// The date.
        #[cfg_attr(
            feature = "json-schema",
            schemars(with = "crate::wire::schema::IsoDate")
        )]
        refund_by: NaiveDate,
    },
}

/// How an RMA began.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Submitted {
    /// The host's id.
    pub rma_id: String,
    /// The human-friendly number.
    pub number: String,
    /// The order as decided.
    // Shared with the state this event opens: it never changes after submission.
    pub order: Arc<Order>,
    /// The resolution chosen.
    pub resolution: Resolution,
    /// The decision's outcome: approve opens approved, review opens pending review, deny
    /// opens rejected.
    pub outcome: Outcome,
    /// The lines requested.
    pub lines: Vec<SubmittedLine>,
    /// The refund request behind the chosen resolution's preview, to quote the final refund.
    // Shared, like the order.
    pub terms: Arc<RefundRequest>,
    /// Refund due date under consumer law, if any.
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub refund_by: Option<NaiveDate>,
    /// The last day to ship the items back.
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub ship_by: Option<NaiveDate>,
    /// Whether the customer keeps the items (nothing to ship).
    pub keep_item: bool,
    /// The shop's time zone, for dates.
    pub timezone: String,
    /// Whether the host tells the buyer about this return: false for a gift return, whose
    /// recipient is told instead. Absent means true.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub notify_buyer: bool,
    /// The customer's locale (`de`), when the submission named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

fn yes() -> bool {
    true
}

/// A requested line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct SubmittedLine {
    /// The order line.
    pub line_id: String,
    /// Units requested.
    pub requested: i64,
    /// Units the decision found eligible.
    pub eligible: i64,
    /// Class of the reason given.
    pub reason_class: ReasonClass,
    /// When its refund is due, when before inspection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_on: Option<crate::policy::RefundTiming>,
    /// Where the item goes, from the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Box<crate::routing::Route>>,
    /// Where it goes instead for a disposition found at inspection, from the decision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reroutes: Vec<crate::routing::Reroute>,
}

/// A refund deadline flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundFlag {
    /// Due within three days.
    Due,
    /// Past the date.
    Overdue,
}
