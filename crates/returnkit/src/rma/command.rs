//! Commands: what actors ask of a return authorization, and the permission table that says
//! who may ask what.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::decision::{Decision, LineDecision, Outcome, ResolutionOffer};
use crate::order::Order;
use crate::policy::ReasonClass;
use crate::refund::{Condition, RefundRequest, Resolution};

/// Who is acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The customer, through the returns portal.
    Customer,
    /// A support agent.
    Agent,
    /// The warehouse.
    Warehouse,
    /// A carrier, through its tracking webhooks.
    Carrier,
    /// A backend job.
    System,
}

/// Every actor, for tables and tests.
pub const ACTORS: [Actor; 5] = [
    Actor::Customer,
    Actor::Agent,
    Actor::Warehouse,
    Actor::Carrier,
    Actor::System,
];

/// A command to a return authorization: who asks, when, against which version, and what
/// (`action`, one member named after the command).
///
/// ```
/// use returnkit::rma::{Command, Actor};
/// let cmd: Command = returnkit::from_json(r#"{
///   "expected_version": 2, "idempotency_key": "scan-1Z999", "actor": "carrier",
///   "at": "2026-11-12T08:00:00Z",
///   "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "in_transit"}}
/// }"#).unwrap();
/// assert_eq!(cmd.actor, Actor::Carrier);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Command {
    /// The version the caller last saw; a different current version is a conflict.
    pub expected_version: u64,
    /// A key the caller chooses; repeating a command with the same key changes nothing and
    /// returns the original events.
    pub idempotency_key: String,
    /// Who acts.
    pub actor: Actor,
    /// When.
    #[serde(with = "crate::wire::timestamp")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub at: DateTime<Utc>,
    /// What.
    pub action: Action,
}

/// What a command asks: in JSON, an object with one member named after the command and
/// holding its fields (`{"cancel": {"reason": "..."}}`), or the name alone for `close` and
/// `tick`, which have none.
// Named `CommandAction` in the JSON Schema and TypeScript, where `Action` is a policy rule's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "json-schema", schemars(rename = "CommandAction"))]
pub enum Action {
    /// Open a return authorization from a decision.
    Submit(Box<Submission>),
    /// Approve, for the units given or, by default, the units the decision found eligible.
    Approve {
        /// Units approved per line; absent lines keep the decision's eligible units.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        lines: Vec<LineUnits>,
    },
    /// Refuse the return.
    Reject {
        /// A code, such as `outside_window`.
        code: String,
        /// What the customer is told.
        #[serde(default)]
        message: String,
    },
    /// Ask the customer for more information; the return waits in review.
    RequestInfo {
        /// What is asked.
        message: String,
    },
    /// Record a label issued for a parcel.
    IssueLabel {
        /// The host's parcel id.
        parcel_id: String,
        /// Carrier.
        #[serde(default)]
        carrier: String,
        /// Tracking number.
        #[serde(default)]
        tracking: String,
        /// Last day the label can be used.
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::wire::timestamp::date::option::deserialize"
        )]
        #[cfg_attr(
            feature = "json-schema",
            schemars(with = "Option<crate::wire::schema::IsoDate>")
        )]
        expires_on: Option<NaiveDate>,
    },
    /// A carrier scan of a parcel.
    RecordCarrierScan {
        /// The parcel.
        parcel_id: String,
        /// What the scan says.
        scan: Scan,
    },
    /// Units arrived at the warehouse.
    ReceiveItems {
        /// The parcel they came in, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parcel_id: Option<String>,
        /// Units per line.
        #[serde(default)]
        lines: Vec<LineUnits>,
        /// Things in the parcel that were not approved (extra units, other products).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        extra: Vec<ExtraItem>,
    },
    /// Units inspected: accepted or rejected, with a grade and a disposition.
    InspectItems {
        /// One entry per line inspected.
        lines: Vec<Inspection>,
    },
    /// Accept units of a parcel the carrier lost, so that they are refunded.
    SettleLostParcel {
        /// The lost parcel.
        parcel_id: String,
        /// Units per line that were in it.
        lines: Vec<LineUnits>,
    },
    /// A refund paid through the payment provider.
    RecordRefund {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The payment provider's reference.
        reference: String,
        /// The tender refunded, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tender_id: Option<String>,
    },
    /// Store credit issued.
    RecordStoreCredit {
        /// The amount (the refund part; any bonus is on top).
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The gift card or credit reference.
        reference: String,
    },
    /// Money an early refund overpaid, recovered: store credit revoked, or paid by the
    /// customer.
    RecordRecovery {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// The reference of the revocation or the payment.
        reference: String,
        /// Where it came from.
        from: RecoverySource,
    },
    /// The replacement items of an exchange shipped.
    ShipExchange {
        /// The shipment's reference.
        reference: String,
    },
    /// Withdraw the return.
    Cancel {
        /// Why.
        #[serde(default)]
        reason: String,
    },
    /// Close a settled return.
    Close,
    /// Time passes: expire returns not shipped in time, flag refunds due or overdue.
    Tick,
}

/// What opens a return authorization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// The host's id for the RMA.
    pub rma_id: String,
    /// A number the host allocates (a sequence), from which the RMA number is made.
    pub sequence: u64,
    /// The order, as decided.
    pub order: Order,
    /// The decision on the request, as `decide` gave it (in JSON, the whole [`Decision`]).
    #[cfg_attr(feature = "json-schema", schemars(with = "Decision"))]
    pub decision: SubmittedDecision,
    /// The resolution the customer chose among those offered.
    pub resolution: Resolution,
    /// The shop's time zone (IANA), in which ship-by and refund-by dates are counted.
    #[serde(default = "utc")]
    pub timezone: String,
    /// The customer's locale (BCP 47, `de-AT`), in whose shipped match (`de`) the RMA's status
    /// messages are written from then on; the decision's `locale` when absent; English when
    /// neither names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

fn utc() -> String {
    "UTC".into()
}

/// What a return authorization keeps of the [`Decision`] it opens from: the outcome, each
/// line's quantities, class and deadline, the terms of each resolution offered, and the dates.
///
/// A `submit` command carries the whole decision as `decide` wrote it; its other members (the
/// refund previews, the label quote, the reasons, the rules that fired) are neither read nor
/// checked, since the authorization quotes its refund afresh from the chosen terms. Reading
/// only these keeps the readers of quotes and labels out of the RMA (21 KB of the WASM
/// package, gzipped). In Rust, `Decision::into()` makes one.
///
/// ```
/// use returnkit::rma::SubmittedDecision;
/// let decision = r#"{"outcome": "approve", "keep_item": false, "lines": [{
///     "line_id": "A", "requested_quantity": 1, "eligible_quantity": 1, "outcome": "approve",
///     "reason_class": "remorse", "keep_item": false, "deadline": "2026-12-05"}],
///     "reasons": [], "fired_rules": []}"#;
/// let kept: SubmittedDecision = returnkit::wire::reader::from_str(decision).unwrap();
/// assert_eq!(kept.lines[0].eligible_quantity, 1);
/// // Stored before decisions carried their version: read as version 1.
/// assert_eq!(kept.schema_version, None);
/// assert!(kept.check_version().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmittedDecision {
    /// The version of the decision's wire form; absent in decisions stored before it was
    /// written, which read as version 1. A version this returnkit doesn't know is refused
    /// ([`SubmittedDecision::check_version`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<u64>,
    /// For the return as a whole.
    pub outcome: Outcome,
    /// One per requested line.
    pub lines: Vec<DecidedLine>,
    /// The resolutions offered, with their terms.
    #[serde(default)]
    pub resolutions: Vec<OfferedTerms>,
    /// Whether the customer keeps the items (a returnless refund); absent is `false`, as in a
    /// compact decision.
    #[serde(default)]
    pub keep_item: bool,
    /// The last day the label can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
    pub label_expires_on: Option<NaiveDate>,
    /// The date by which the refund must be paid, where consumer law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
    pub refund_by: Option<NaiveDate>,
    /// A gift return: the RMA it opens doesn't notify the buyer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gift: bool,
    /// The locale the decision was written in, if the request named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// What a return authorization keeps of a [`LineDecision`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecidedLine {
    /// The order line.
    pub line_id: String,
    /// Units asked for.
    pub requested_quantity: i64,
    /// Units that can be returned.
    pub eligible_quantity: i64,
    /// The outcome for this line.
    pub outcome: Outcome,
    /// Class of the reason given.
    pub reason_class: ReasonClass,
    /// Last day to return the item, in shop time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
    pub deadline: Option<NaiveDate>,
    /// When its refund is due, when before inspection. A decision's `"inspection"` (a held
    /// line) is read as absent, as `From<&Decision>` keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "early_refund_on")]
    pub refund_on: Option<crate::policy::RefundTiming>,
    /// Where the item goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Box<crate::routing::Route>>,
    /// Where it goes instead for a disposition found at inspection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reroutes: Vec<crate::routing::Reroute>,
}

/// What a return authorization keeps of a [`ResolutionOffer`]: the resolution and its terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferedTerms {
    /// The resolution.
    pub resolution: Resolution,
    /// The refund request behind the offer's preview.
    pub request: RefundRequest,
}

impl SubmittedDecision {
    /// Refuses a decision written in a version this returnkit doesn't read: 0, or one above
    /// [`crate::decision::DECISION_SCHEMA_VERSION`] (from a newer returnkit). The error names
    /// `decision.schema_version`, which a `submit` command names within its action
    /// (`action.submit.decision.schema_version`).
    ///
    /// ```
    /// use returnkit::rma::SubmittedDecision;
    /// let decision = r#"{"schema_version": 2, "outcome": "deny", "keep_item": false, "lines": []}"#;
    /// let kept: SubmittedDecision = returnkit::wire::reader::from_str(decision).unwrap();
    /// let e = kept.check_version().unwrap_err();
    /// assert_eq!((e.code(), e.field()), (1009, "decision.schema_version"));
    /// ```
    pub fn check_version(&self) -> crate::Result<()> {
        crate::decision::refuse_unknown_version(self.schema_version, "decision.schema_version")
    }
}

impl From<&Decision> for SubmittedDecision {
    fn from(d: &Decision) -> SubmittedDecision {
        SubmittedDecision {
            schema_version: Some(d.schema_version),
            outcome: d.outcome,
            lines: d.lines.iter().map(DecidedLine::from).collect(),
            resolutions: d.resolutions.iter().map(OfferedTerms::from).collect(),
            keep_item: d.keep_item,
            label_expires_on: d.label_expires_on,
            refund_by: d.refund_by,
            gift: d.gift,
            locale: d.locale.map(|l| l.tag().to_owned()),
        }
    }
}

impl From<Decision> for SubmittedDecision {
    fn from(d: Decision) -> SubmittedDecision {
        SubmittedDecision::from(&d)
    }
}

impl From<&LineDecision> for DecidedLine {
    fn from(l: &LineDecision) -> DecidedLine {
        DecidedLine {
            line_id: l.line_id.to_string(),
            requested_quantity: l.requested_quantity,
            eligible_quantity: l.eligible_quantity,
            outcome: l.outcome,
            reason_class: l.reason_class,
            deadline: l.deadline,
            refund_on: l
                .refund_on
                .filter(|t| *t != crate::policy::RefundTiming::Inspection),
            route: l.route.clone(),
            reroutes: l.reroutes.clone(),
        }
    }
}

impl From<&ResolutionOffer> for OfferedTerms {
    fn from(o: &ResolutionOffer) -> OfferedTerms {
        OfferedTerms {
            resolution: o.resolution,
            request: o.request.clone(),
        }
    }
}

/// Units of one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LineUnits {
    /// The order line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
}

/// A carrier scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scan {
    /// Picked up or dropped off; moving.
    InTransit,
    /// Handed in at a drop point (a drop-off bar or locker), which scanned it in.
    DroppedOff,
    /// Delivered to the warehouse.
    Delivered,
    /// Lost by the carrier.
    Lost,
}

/// Where money recovered from the customer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecoverySource {
    /// Unspent store credit revoked (first).
    StoreCredit,
    /// Paid or charged to the customer (the amount due).
    Customer,
}

/// Something in a parcel that was not approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExtraItem {
    /// What it is (a SKU, or a description).
    pub description: String,
    /// Units.
    pub quantity: i64,
}

/// What inspection found for one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inspection {
    /// The order line.
    pub line_id: String,
    /// Units accepted for refund.
    #[serde(default)]
    pub accepted: i64,
    /// Units rejected (not refunded).
    #[serde(default)]
    pub rejected: i64,
    /// The grade found.
    pub condition: Condition,
    /// What happens to the units.
    pub disposition: Disposition,
}

/// What happens to a returned unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    /// Back to stock as new.
    Restock,
    /// Repaired or refurbished first.
    Refurbish,
    /// Sold as used.
    ResellAsUsed,
    /// Recycled.
    Recycle,
    /// Donated.
    Donate,
    /// Sent back to the customer (a rejected item).
    ReturnToCustomer,
}

/// The kinds of command, for the permission table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommandKind {
    /// [`Action::Submit`]
    Submit,
    /// [`Action::Approve`]
    Approve,
    /// [`Action::Reject`]
    Reject,
    /// [`Action::RequestInfo`]
    RequestInfo,
    /// [`Action::IssueLabel`]
    IssueLabel,
    /// [`Action::RecordCarrierScan`]
    RecordCarrierScan,
    /// [`Action::ReceiveItems`]
    ReceiveItems,
    /// [`Action::InspectItems`]
    InspectItems,
    /// [`Action::SettleLostParcel`]
    SettleLostParcel,
    /// [`Action::RecordRefund`]
    RecordRefund,
    /// [`Action::RecordStoreCredit`]
    RecordStoreCredit,
    /// [`Action::RecordRecovery`]
    RecordRecovery,
    /// [`Action::ShipExchange`]
    ShipExchange,
    /// [`Action::Cancel`]
    Cancel,
    /// [`Action::Close`]
    Close,
    /// [`Action::Tick`]
    Tick,
}

/// Every command kind, for tables and tests.
pub const COMMAND_KINDS: [CommandKind; 16] = [
    CommandKind::Submit,
    CommandKind::Approve,
    CommandKind::Reject,
    CommandKind::RequestInfo,
    CommandKind::IssueLabel,
    CommandKind::RecordCarrierScan,
    CommandKind::ReceiveItems,
    CommandKind::InspectItems,
    CommandKind::SettleLostParcel,
    CommandKind::RecordRefund,
    CommandKind::RecordStoreCredit,
    CommandKind::RecordRecovery,
    CommandKind::ShipExchange,
    CommandKind::Cancel,
    CommandKind::Close,
    CommandKind::Tick,
];

impl Action {
    /// The kind of this action.
    pub fn kind(&self) -> CommandKind {
        match self {
            Action::Submit(_) => CommandKind::Submit,
            Action::Approve { .. } => CommandKind::Approve,
            Action::Reject { .. } => CommandKind::Reject,
            Action::RequestInfo { .. } => CommandKind::RequestInfo,
            Action::IssueLabel { .. } => CommandKind::IssueLabel,
            Action::RecordCarrierScan { .. } => CommandKind::RecordCarrierScan,
            Action::ReceiveItems { .. } => CommandKind::ReceiveItems,
            Action::InspectItems { .. } => CommandKind::InspectItems,
            Action::SettleLostParcel { .. } => CommandKind::SettleLostParcel,
            Action::RecordRefund { .. } => CommandKind::RecordRefund,
            Action::RecordStoreCredit { .. } => CommandKind::RecordStoreCredit,
            Action::RecordRecovery { .. } => CommandKind::RecordRecovery,
            Action::ShipExchange { .. } => CommandKind::ShipExchange,
            Action::Cancel { .. } => CommandKind::Cancel,
            Action::Close => CommandKind::Close,
            Action::Tick => CommandKind::Tick,
        }
    }
}

/// Whether `actor` may issue commands of `kind`. A customer can submit and cancel, never
/// approve, receive, inspect or refund; carriers only scan; the warehouse receives, inspects
/// and ships exchanges; agents do everything but scan and tick; backend jobs do what can be
/// automated.
///
/// | command | customer | agent | warehouse | carrier | system |
/// |---|---|---|---|---|---|
/// | submit | yes | yes | | | yes |
/// | approve, reject | | yes | | | yes |
/// | request_info | | yes | | | |
/// | issue_label | | yes | | | yes |
/// | record_carrier_scan | | | | yes | yes |
/// | receive_items, inspect_items | | yes | yes | | |
/// | settle_lost_parcel | | yes | | | yes |
/// | record_refund, record_store_credit | | yes | | | yes |
/// | ship_exchange | | yes | yes | | yes |
/// | cancel | yes | yes | | | yes |
/// | close | | yes | | | yes |
/// | tick | | | | | yes |
///
/// ```
/// use returnkit::rma::{may, Actor, CommandKind};
/// assert!(may(Actor::Customer, CommandKind::Cancel));
/// assert!(!may(Actor::Customer, CommandKind::Approve));
/// ```
pub fn may(actor: Actor, kind: CommandKind) -> bool {
    use Actor::*;
    use CommandKind as K;
    match kind {
        K::Submit | K::Cancel => matches!(actor, Customer | Agent | System),
        K::Approve | K::Reject | K::IssueLabel | K::SettleLostParcel => {
            matches!(actor, Agent | System)
        }
        K::RecordRefund | K::RecordStoreCredit | K::RecordRecovery | K::Close => {
            matches!(actor, Agent | System)
        }
        K::RequestInfo => actor == Agent,
        K::RecordCarrierScan => matches!(actor, Carrier | System),
        K::ReceiveItems | K::InspectItems => matches!(actor, Agent | Warehouse),
        K::ShipExchange => matches!(actor, Agent | Warehouse | System),
        K::Tick => actor == System,
    }
}

/// Reads a decided line's `refund_on`, keeping only the timings before inspection.
fn early_refund_on<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<crate::policy::RefundTiming>, D::Error> {
    let timing: Option<crate::policy::RefundTiming> = serde::Deserialize::deserialize(d)?;
    Ok(timing.filter(|t| *t != crate::policy::RefundTiming::Inspection))
}
