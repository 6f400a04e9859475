//! The return authorization's state: four independent axes (authorization, logistics per
//! parcel, line processing, money), each changed only by folding events.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
    /// Refunds paid.
    #[serde(default)]
    pub refunds: Vec<Payment>,
    /// Store credit issued.
    #[serde(default)]
    pub credits: Vec<Payment>,
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
}

impl Rma {
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
            order: Arc::new(s.order.clone()),
            resolution: s.resolution,
            terms: Arc::new(s.terms.clone()),
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
                })
                .collect(),
            parcels: Vec::new(),
            extra_items: Vec::new(),
            refund_due: Decimal::ZERO,
            refunds: Vec::new(),
            credits: Vec::new(),
            exchange_shipped: false,
            keep_item: s.keep_item,
            refund_by: s.refund_by,
            refund_flag: None,
            ship_by: s.ship_by,
            rejection: (authorization == Authorization::Rejected).then(|| {
                (
                    "denied".to_string(),
                    "The return was not approved.".to_string(),
                )
            }),
            info_requested: None,
            timezone: s.timezone.clone(),
            submitted_at: event.at,
            updated_at: event.at,
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
                    super::command::Scan::InTransit => Logistics::InTransit,
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
            EventKind::ItemsInspected { lines, refund_due } => {
                for i in lines {
                    let line = self.line_mut(&i.line_id)?;
                    line.accepted += i.accepted;
                    line.rejected += i.rejected;
                    line.condition = Some(i.condition);
                    line.disposition = Some(i.disposition);
                }
                self.refund_due = *refund_due;
            }
            EventKind::LostParcelSettled {
                lines, refund_due, ..
            } => {
                for units in lines {
                    let line = self.line_mut(&units.line_id)?;
                    line.received += units.quantity;
                    line.accepted += units.quantity;
                }
                self.refund_due = *refund_due;
            }
            EventKind::RefundRecorded {
                amount,
                reference,
                tender_id,
            } => self.refunds.push(Payment {
                amount: *amount,
                reference: reference.clone(),
                tender_id: tender_id.clone(),
            }),
            EventKind::StoreCreditRecorded { amount, reference } => self.credits.push(Payment {
                amount: *amount,
                reference: reference.clone(),
                tender_id: None,
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

    /// The money axis, derived.
    pub fn money(&self) -> MoneyState {
        if self.exchange_shipped {
            return MoneyState::ExchangeShipped;
        }
        let paid = self.paid();
        if self.refund_due <= Decimal::ZERO {
            return MoneyState::NothingDue;
        }
        if paid.is_zero() {
            MoneyState::RefundPending
        } else if paid < self.refund_due {
            MoneyState::PartiallyRefunded
        } else if self.credits.iter().map(|c| c.amount).sum::<Decimal>() >= self.refund_due {
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
