//! The return authorization's state: four independent axes (authorization, logistics per
//! parcel, line processing, money), each changed only by folding events.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::messages::Locale;

use super::command::{Disposition, ExtraItem};
use super::event::{Event, EventKind, RefundFlag};
use crate::error::{Error, Result};
use crate::order::Order;
use crate::policy::ReasonClass;
use crate::refund::{Condition, RefundRequest, Resolution};
use std::sync::Arc;

/// The authorization axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Authorization {
    /// Submitted, not yet decided.
    Requested,
    /// A person has to look.
    PendingReview,
    /// Approved: the customer may ship.
    Approved,
    /// Refused.
    Rejected,
    /// Withdrawn.
    Cancelled,
    /// Not shipped in time.
    Expired,
    /// Done.
    Closed,
}

/// The logistics axis, per parcel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Logistics {
    /// No label yet.
    AwaitingShipment,
    /// A label was issued.
    LabelIssued,
    /// Moving.
    InTransit,
    /// At the warehouse.
    DeliveredToWarehouse,
    /// Lost by the carrier.
    Lost,
}

/// The money axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MoneyState {
    /// Nothing accepted yet, or nothing to pay.
    NothingDue,
    /// A refund is due and none was paid.
    RefundPending,
    /// Part of the refund was paid.
    PartiallyRefunded,
    /// Refunded in full.
    Refunded,
    /// Paid as store credit in full.
    Credited,
    /// The exchange shipped.
    ExchangeShipped,
    /// Units paid before inspection failed it: money is owed back.
    RecoveryDue,
}

/// A return authorization: the aggregate a host stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Rma {
    /// The host's id.
    pub id: String,
    /// The human-friendly number, with a check symbol.
    pub number: String,
    /// Events applied so far.
    pub version: u64,
    /// The order as decided.
    // Shared: it never changes after submission, and each command works on a copy of the state.
    pub order: Arc<Order>,
    /// The resolution chosen.
    pub resolution: Resolution,
    /// The refund request behind the chosen resolution, to quote the final refund.
    // Shared, like the order.
    pub terms: Arc<RefundRequest>,
    /// The authorization axis.
    pub authorization: Authorization,
    /// The line-processing axis.
    pub lines: Vec<RmaLine>,
    /// The logistics axis.
    pub parcels: Vec<Parcel>,
    /// Things that came back but were not approved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_items: Vec<ExtraItem>,
    /// The refund due for every unit accepted so far.
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund_due: Decimal,
    /// In a mixed return (lines resolved different ways), the store credit due for the
    /// accepted units of its store-credit part; `refund_due` is then its cash parts'.
    #[serde(
        default,
        skip_serializing_if = "Decimal::is_zero",
        with = "crate::wire::WireDecimal"
    )]
    pub credit_due: Decimal,
    /// Refunds paid.
    #[serde(default)]
    pub refunds: Vec<Payment>,
    /// Store credit issued.
    #[serde(default)]
    pub credits: Vec<Payment>,
    /// What refunds paid before inspection made due, in all (the most that can be recovered).
    #[serde(
        default,
        skip_serializing_if = "Decimal::is_zero",
        with = "crate::wire::WireDecimal"
    )]
    pub paid_early: Decimal,
    /// Money owed back after units paid early failed inspection, and what was recovered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery: Option<Recovery>,
    /// Whether the exchange shipped.
    pub exchange_shipped: bool,
    /// Whether the customer keeps the items.
    pub keep_item: bool,
    /// Refund due date under consumer law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub refund_by: Option<NaiveDate>,
    /// Flag on the refund-by date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_flag: Option<RefundFlag>,
    /// The last day to ship the items back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub ship_by: Option<NaiveDate>,
    /// The rejection, if refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<(String, String)>,
    /// The open question to the customer, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info_requested: Option<String>,
    /// The shop's time zone, for dates.
    pub timezone: String,
    /// Whether the host tells the buyer about this return: false for a gift return, whose
    /// recipient is told instead (and shown no amounts). Absent means true.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub notify_buyer: bool,
    /// When it was submitted.
    #[serde(serialize_with = "crate::wire::timestamp::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub submitted_at: DateTime<Utc>,
    /// When it last changed.
    #[serde(serialize_with = "crate::wire::timestamp::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub updated_at: DateTime<Utc>,
    /// The customer's locale, set at submission (`de`): the status messages are written in
    /// it. Absent, they are English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

fn yes() -> bool {
    true
}

/// One line of an RMA: quantities through processing, the grade found and what happens to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RmaLine {
    /// The order line.
    pub line_id: String,
    /// Class of the reason given.
    pub reason_class: ReasonClass,
    /// Units requested.
    pub requested: i64,
    /// Units the decision found eligible.
    pub eligible: i64,
    /// Units approved.
    pub approved: i64,
    /// Units received.
    pub received: i64,
    /// Units accepted for refund (items the customer keeps are accepted when approved).
    pub accepted: i64,
    /// Units rejected at inspection.
    pub rejected: i64,
    /// The last grade found. Each inspected batch keeps its own grade in the log's
    /// `items_inspected` events, and is refunded at it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// What happens to the units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition: Option<Disposition>,
    /// When its refund is due, when before inspection (`first_scan`, `drop_off`, `receipt`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_on: Option<crate::policy::RefundTiming>,
    /// Units paid before inspection and not inspected yet: they count as accepted, at no
    /// deduction, until inspection says otherwise.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub advanced: i64,
    /// Where the units go: the decision's route, or the one inspection's disposition chose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Box<crate::routing::Route>>,
    /// Where the units go for each disposition inspection may find, when the decision routed
    /// any disposition elsewhere (see `docs/routing.md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reroutes: Vec<crate::routing::Reroute>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// Money an early refund overpaid: what the customer owes back, and what was recovered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Recovery {
    /// Owed back, in all.
    #[serde(with = "crate::wire::WireDecimal")]
    pub owed: Decimal,
    /// Of it, to recover from store credit first.
    #[serde(with = "crate::wire::WireDecimal")]
    pub from_store_credit: Decimal,
    /// Store credit revoked.
    #[serde(with = "crate::wire::WireDecimal")]
    pub credit_revoked: Decimal,
    /// Paid back by the customer.
    #[serde(with = "crate::wire::WireDecimal")]
    pub collected: Decimal,
}

impl Recovery {
    /// What is still to recover.
    pub fn outstanding(&self) -> Decimal {
        self.owed - self.credit_revoked - self.collected
    }

    /// What the customer still has to pay: what is outstanding beyond the store credit still
    /// to revoke.
    pub fn amount_due(&self) -> Decimal {
        let credit_left = (self.from_store_credit - self.credit_revoked).max(Decimal::ZERO);
        (self.outstanding() - credit_left).max(Decimal::ZERO)
    }
}

/// A parcel coming back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Parcel {
    /// The host's parcel id.
    pub id: String,
    /// Where it is.
    pub state: Logistics,
    /// Carrier.
    pub carrier: String,
    /// Tracking number.
    pub tracking: String,
    /// Last day the label can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub expires_on: Option<NaiveDate>,
}

/// A refund or store credit paid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Payment {
    /// The amount.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// The provider's reference.
    pub reference: String,
    /// The tender, for refunds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tender_id: Option<String>,
    /// For store credit that expires: the last day it can be used (shop time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub expires_on: Option<NaiveDate>,
    /// For store credit whose bonus expires: the last day the bonus can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[serde(deserialize_with = "crate::wire::timestamp::date::option::deserialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub bonus_expires_on: Option<NaiveDate>,
}

impl Rma {
    /// The locale of the customer's messages: the one set at submission, English without one.
    pub fn locale(&self) -> Locale {
        self.locale
            .as_deref()
            .map(Locale::negotiate)
            .unwrap_or_default()
    }

    /// Rebuilds an RMA from its event log.
    ///
    /// ```
    /// # use returnkit::rma::*;
    /// # fn demo(events: &[Event], rma: &Rma) {
    /// assert_eq!(&Rma::from_events(events).unwrap(), rma);
    /// # }
    /// ```
    pub fn from_events(events: &[Event]) -> Result<Rma> {
        let mut iter = events.iter();
        let first = iter.next().ok_or_else(|| Error::InvalidValue {
            field: "events".into(),
            reason: "an RMA's log starts with its submission".into(),
        })?;
        let mut rma = Rma::submitted(first)?;
        for event in iter {
            rma.fold(event)?;
        }
        Ok(rma)
    }

    /// The RMA as its first event opens it.
    pub(crate) fn submitted(event: &Event) -> Result<Rma> {
        let EventKind::Submitted(s) = &event.kind else {
            return Err(Error::InvalidValue {
                field: "events[0]".into(),
                reason: "an RMA's log starts with its submission".into(),
            });
        };
        if event.version != 1 {
            return Err(Error::InvalidValue {
                field: "events[0].version".into(),
                reason: format!("the first event is version 1, not {}", event.version),
            });
        }
        let authorization = match s.outcome {
            crate::decision::Outcome::Approve => Authorization::Approved,
            crate::decision::Outcome::Review => Authorization::PendingReview,
            crate::decision::Outcome::Deny => Authorization::Rejected,
        };
        let approve = authorization == Authorization::Approved;
        let mut rma = Rma {
            id: s.rma_id.clone(),
            number: s.number.clone(),
            version: 1,
            order: Arc::clone(&s.order),
            resolution: s.resolution,
            terms: Arc::clone(&s.terms),
            authorization,
            lines: s
                .lines
                .iter()
                .map(|l| RmaLine {
                    line_id: l.line_id.clone(),
                    reason_class: l.reason_class,
                    requested: l.requested,
                    eligible: l.eligible,
                    approved: if approve { l.eligible } else { 0 },
                    received: 0,
                    accepted: 0,
                    rejected: 0,
                    condition: None,
                    disposition: None,
                    refund_on: l.refund_on,
                    advanced: 0,
                    route: l.route.clone(),
                    reroutes: crate::routing::every_disposition(l.route.as_deref(), &l.reroutes),
                })
                .collect(),
            parcels: Vec::new(),
            extra_items: Vec::new(),
            refund_due: Decimal::ZERO,
            credit_due: Decimal::ZERO,
            refunds: Vec::new(),
            credits: Vec::new(),
            paid_early: Decimal::ZERO,
            recovery: None,
            exchange_shipped: false,
            keep_item: s.keep_item,
            refund_by: s.refund_by,
            refund_flag: None,
            ship_by: s.ship_by,
            rejection: (authorization == Authorization::Rejected).then(|| {
                let locale = s
                    .locale
                    .as_deref()
                    .map(Locale::negotiate)
                    .unwrap_or_default();
                (
                    "denied".to_string(),
                    crate::messages::message(locale, crate::messages::MessageId::RejectionDenied),
                )
            }),
            info_requested: None,
            timezone: s.timezone.clone(),
            notify_buyer: s.notify_buyer,
            submitted_at: event.at,
            updated_at: event.at,
            locale: s.locale.clone(),
        };
        if approve && rma.keep_item {
            rma.keep_approved_units()?;
        }
        Ok(rma)
    }

    /// Applies one event. Events are facts: the only failure is one out of sequence or naming
    /// something the RMA does not have.
    pub fn fold(&mut self, event: &Event) -> Result<()> {
        if event.version != self.version + 1 {
            return Err(Error::InvalidValue {
                field: "events".into(),
                reason: format!("event {} follows version {}", event.version, self.version),
            });
        }
        match &event.kind {
            EventKind::Submitted(_) => {
                return Err(Error::InvalidValue {
                    field: "events".into(),
                    reason: "an RMA is submitted once".into(),
                })
            }
            EventKind::Approved { lines } => {
                self.authorization = Authorization::Approved;
                self.info_requested = None;
                for units in lines {
                    self.line_mut(&units.line_id)?.approved = units.quantity;
                }
                if self.keep_item {
                    self.keep_approved_units()?;
                }
            }
            EventKind::Rejected { code, message } => {
                self.authorization = Authorization::Rejected;
                self.rejection = Some((code.clone(), message.clone()));
            }
            EventKind::InfoRequested { message } => {
                self.authorization = Authorization::PendingReview;
                self.info_requested = Some(message.clone());
            }
            EventKind::LabelIssued {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            } => {
                self.parcels.push(Parcel {
                    id: parcel_id.clone(),
                    state: Logistics::LabelIssued,
                    carrier: carrier.clone(),
                    tracking: tracking.clone(),
                    expires_on: *expires_on,
                });
                // The customer may ship as long as the label is valid.
                if let Some(e) = expires_on {
                    self.ship_by = Some(self.ship_by.map_or(*e, |s| s.max(*e)));
                }
            }
            EventKind::CarrierScanned { parcel_id, scan } => {
                self.parcel_mut(parcel_id)?.state = match scan {
                    super::command::Scan::InTransit | super::command::Scan::DroppedOff => {
                        Logistics::InTransit
                    }
                    super::command::Scan::Delivered => Logistics::DeliveredToWarehouse,
                    super::command::Scan::Lost => Logistics::Lost,
                };
            }
            EventKind::ItemsReceived {
                parcel_id,
                lines,
                extra,
            } => {
                if let Some(p) = parcel_id {
                    self.parcel_mut(p)?.state = Logistics::DeliveredToWarehouse;
                }
                for units in lines {
                    self.line_mut(&units.line_id)?.received += units.quantity;
                }
                self.extra_items.extend(extra.iter().cloned());
            }
            EventKind::ItemsInspected {
                lines,
                refund_due,
                credit_due,
            } => {
                for i in lines {
                    let line = self.line_mut(&i.line_id)?;
                    line.accepted += i.accepted;
                    line.rejected += i.rejected;
                    line.advanced -= line.advanced.min(i.accepted + i.rejected);
                    line.condition = Some(i.condition);
                    line.disposition = Some(i.disposition);
                    if let Some(r) = line
                        .reroutes
                        .iter()
                        .find(|r| r.disposition == i.disposition)
                    {
                        line.route = Some(Box::new(r.route.clone()));
                    }
                }
                self.refund_due = *refund_due;
                self.credit_due = *credit_due;
            }
            EventKind::LostParcelSettled {
                lines,
                refund_due,
                credit_due,
                ..
            } => {
                for units in lines {
                    let line = self.line_mut(&units.line_id)?;
                    line.received += units.quantity;
                    line.accepted += units.quantity;
                    line.advanced -= line.advanced.min(units.quantity);
                }
                self.refund_due = *refund_due;
                self.credit_due = *credit_due;
            }
            EventKind::EarlyRefundDue { .. }
            | EventKind::RecoveryDue { .. }
            | EventKind::RecoveryRecorded { .. } => self.fold_early(&event.kind)?,
            EventKind::RefundRecorded {
                amount,
                reference,
                tender_id,
            } => self.refunds.push(Payment {
                amount: *amount,
                reference: reference.clone(),
                tender_id: tender_id.clone(),
                expires_on: None,
                bonus_expires_on: None,
            }),
            EventKind::StoreCreditRecorded {
                amount,
                reference,
                expires_on,
                bonus_expires_on,
            } => self.credits.push(Payment {
                amount: *amount,
                reference: reference.clone(),
                tender_id: None,
                expires_on: *expires_on,
                bonus_expires_on: *bonus_expires_on,
            }),
            EventKind::ExchangeShipped { .. } => self.exchange_shipped = true,
            EventKind::Cancelled { .. } => self.authorization = Authorization::Cancelled,
            EventKind::Closed => self.authorization = Authorization::Closed,
            EventKind::Expired => self.authorization = Authorization::Expired,
            EventKind::RefundDeadlineFlagged { flag, .. } => self.refund_flag = Some(*flag),
        }
        self.version = event.version;
        self.updated_at = event.at;
        Ok(())
    }

    /// What has been paid back: refunds and store credit.
    pub fn paid(&self) -> Decimal {
        self.refunds
            .iter()
            .chain(&self.credits)
            .map(|p| p.amount)
            .sum()
    }

    /// Applies an event of a refund paid before inspection: one made due, or money owed back
    /// and recovered.
    fn fold_early(&mut self, kind: &EventKind) -> Result<()> {
        match kind {
            EventKind::EarlyRefundDue {
                lines,
                early,
                refund_due,
                credit_due,
            } => {
                for units in lines {
                    self.line_mut(&units.line_id)?.advanced += units.quantity;
                }
                self.paid_early += *early;
                self.refund_due = *refund_due;
                self.credit_due = *credit_due;
            }
            EventKind::RecoveryDue {
                amount,
                from_store_credit,
                ..
            } => {
                let zero = Decimal::new(0, self.order.currency.minor_digits());
                let r = self.recovery.get_or_insert(Recovery {
                    owed: zero,
                    from_store_credit: zero,
                    credit_revoked: zero,
                    collected: zero,
                });
                r.owed += *amount;
                r.from_store_credit += *from_store_credit;
            }
            EventKind::RecoveryRecorded { amount, from, .. } => {
                if let Some(r) = self.recovery.as_mut() {
                    match from {
                        super::command::RecoverySource::StoreCredit => r.credit_revoked += *amount,
                        super::command::RecoverySource::Customer => r.collected += *amount,
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// What is owed back and not yet recovered.
    pub fn recovering(&self) -> Decimal {
        self.recovery
            .as_ref()
            .map_or(Decimal::ZERO, Recovery::outstanding)
    }

    /// Owed back after inspection, in all: paid, but no longer due.
    pub fn owed_back(&self) -> Decimal {
        self.recovery.as_ref().map_or(Decimal::ZERO, |r| r.owed)
    }

    /// Whether some line's refund is paid before inspection.
    pub fn pays_early(&self) -> bool {
        self.lines.iter().any(|l| l.refund_on.is_some())
    }

    /// Refunds paid, in all.
    pub fn refunds_paid(&self) -> Decimal {
        self.refunds.iter().map(|p| p.amount).sum()
    }

    /// Store credit issued, in all.
    pub fn credits_paid(&self) -> Decimal {
        self.credits.iter().map(|p| p.amount).sum()
    }

    /// Whether the lines are resolved different ways (a mixed return): then refunds pay
    /// `refund_due` and store credit pays `credit_due`, each on its own.
    pub fn mixed(&self) -> bool {
        self.terms.lines.iter().any(|l| l.resolution.is_some())
    }

    /// Whether some line of a mixed return is resolved by `r`.
    fn has_part(&self, r: Resolution) -> bool {
        let own = self.terms.resolution;
        self.terms
            .lines
            .iter()
            .any(|l| l.resolution.unwrap_or(own) == r)
    }

    /// Whether refunds are paid on this return: any but a store-credit return, or, mixed,
    /// one with lines to the original payment or exchanged.
    pub(crate) fn pays_refunds(&self) -> bool {
        if self.mixed() {
            self.has_part(Resolution::OriginalPayment) || self.has_part(Resolution::Exchange)
        } else {
            self.resolution != Resolution::StoreCredit
        }
    }

    /// Whether store credit is issued on this return: a store-credit return, or, mixed, one
    /// with lines as store credit.
    pub(crate) fn pays_credit(&self) -> bool {
        if self.mixed() {
            self.has_part(Resolution::StoreCredit)
        } else {
            self.resolution == Resolution::StoreCredit
        }
    }

    /// Whether a replacement ships on this return: an exchange, or, mixed, one with lines
    /// exchanged.
    pub(crate) fn ships_exchange(&self) -> bool {
        if self.mixed() {
            self.has_part(Resolution::Exchange)
        } else {
            self.resolution == Resolution::Exchange
        }
    }

    /// The money axis, derived.
    pub fn money(&self) -> MoneyState {
        if self.recovering() > Decimal::ZERO {
            return MoneyState::RecoveryDue;
        }
        if self.exchange_shipped {
            return MoneyState::ExchangeShipped;
        }
        let paid = self.paid();
        let due = self.refund_due + self.credit_due;
        if due <= Decimal::ZERO {
            return MoneyState::NothingDue;
        }
        if paid.is_zero() {
            MoneyState::RefundPending
        } else if paid < due {
            MoneyState::PartiallyRefunded
        } else if self.credits_paid() >= due {
            MoneyState::Credited
        } else {
            MoneyState::Refunded
        }
    }

    /// Whether anything has left the customer: a parcel scanned or delivered, or units received.
    /// (Not the exchange's replacement: see `exchange_shipped`.)
    pub fn shipped(&self) -> bool {
        self.parcels.iter().any(|p| {
            matches!(
                p.state,
                Logistics::InTransit | Logistics::DeliveredToWarehouse | Logistics::Lost
            )
        }) || self.lines.iter().any(|l| l.received > 0)
    }

    pub(crate) fn line_mut(&mut self, line_id: &str) -> Result<&mut RmaLine> {
        self.lines
            .iter_mut()
            .find(|l| l.line_id == line_id)
            .ok_or_else(|| Error::UnknownLine {
                field: "lines".into(),
                line_id: line_id.into(),
            })
    }

    pub(crate) fn parcel_mut(&mut self, parcel_id: &str) -> Result<&mut Parcel> {
        self.parcels
            .iter_mut()
            .find(|p| p.id == parcel_id)
            .ok_or_else(|| Error::InvalidValue {
                field: "parcel_id".into(),
                reason: format!("the RMA has no parcel `{parcel_id}`"),
            })
    }
}
