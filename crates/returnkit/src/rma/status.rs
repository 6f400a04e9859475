//! What the customer sees: one status derived from the four axes, with a message and a
//! timeline, for portal pages and notification emails.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::event::Event;
use super::state::{Authorization, Logistics, MoneyState, Rma};

/// The customer-facing status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CustomerStatus {
    /// Submitted, waiting for a decision.
    Submitted,
    /// Being reviewed by the shop.
    UnderReview,
    /// The shop needs more information.
    InformationNeeded,
    /// Approved; ship the items.
    Approved,
    /// Approved; nothing to send back.
    KeepItems,
    /// A label is ready.
    LabelReady,
    /// The parcel is on its way.
    OnItsWay,
    /// The shop has the items.
    Received,
    /// Money is on its way back.
    RefundIssued,
    /// Store credit was issued.
    CreditIssued,
    /// The replacement shipped.
    ExchangeShipped,
    /// All done.
    Completed,
    /// Not approved.
    Declined,
    /// Withdrawn.
    Cancelled,
    /// Not shipped in time.
    Expired,
}

impl CustomerStatus {
    /// A sentence for the customer.
    pub fn message(self) -> &'static str {
        match self {
            CustomerStatus::Submitted => "We have your return request.",
            CustomerStatus::UnderReview => "We're reviewing your return request.",
            CustomerStatus::InformationNeeded => {
                "We need a little more information about your return."
            }
            CustomerStatus::Approved => "Your return is approved. Please send the items back.",
            CustomerStatus::KeepItems => {
                "Your return is approved. Keep the items; there's nothing to send back."
            }
            CustomerStatus::LabelReady => "Your return label is ready.",
            CustomerStatus::OnItsWay => "Your return is on its way to us.",
            CustomerStatus::Received => "We've received your return and are checking it.",
            CustomerStatus::RefundIssued => "Your refund has been issued.",
            CustomerStatus::CreditIssued => "Your store credit has been issued.",
            CustomerStatus::ExchangeShipped => "Your replacement is on its way.",
            CustomerStatus::Completed => "Your return is complete.",
            CustomerStatus::Declined => "Your return was not approved.",
            CustomerStatus::Cancelled => "Your return was cancelled.",
            CustomerStatus::Expired => {
                "Your return expired because the items were not sent in time."
            }
        }
    }
}

/// The status, its message and how it came about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct StatusView {
    /// The status now.
    pub status: CustomerStatus,
    /// What to tell the customer.
    pub message: String,
    /// The money axis, for the shop.
    pub money: MoneyState,
    /// Every change of status, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// One change of status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct TimelineEntry {
    /// When.
    #[serde(serialize_with = "crate::wire::timestamp::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::schema::Timestamp")
    )]
    pub at: DateTime<Utc>,
    /// The new status.
    pub status: CustomerStatus,
    /// Its message.
    pub message: String,
}

impl Rma {
    /// The customer-facing status, derived from the authorization, logistics and money axes.
    pub fn customer_status(&self) -> CustomerStatus {
        match self.authorization {
            Authorization::Requested => CustomerStatus::Submitted,
            Authorization::PendingReview if self.info_requested.is_some() => {
                CustomerStatus::InformationNeeded
            }
            Authorization::PendingReview => CustomerStatus::UnderReview,
            Authorization::Rejected => CustomerStatus::Declined,
            Authorization::Cancelled => CustomerStatus::Cancelled,
            Authorization::Expired => CustomerStatus::Expired,
            Authorization::Closed => CustomerStatus::Completed,
            Authorization::Approved => match self.money() {
                MoneyState::Refunded | MoneyState::PartiallyRefunded => {
                    CustomerStatus::RefundIssued
                }
                MoneyState::Credited => CustomerStatus::CreditIssued,
                MoneyState::ExchangeShipped => CustomerStatus::ExchangeShipped,
                _ if self.lines.iter().any(|l| l.received > 0) => CustomerStatus::Received,
                _ if self
                    .parcels
                    .iter()
                    .any(|p| p.state == Logistics::DeliveredToWarehouse) =>
                {
                    CustomerStatus::Received
                }
                _ if self.parcels.iter().any(|p| p.state == Logistics::InTransit) => {
                    CustomerStatus::OnItsWay
                }
                _ if self
                    .parcels
                    .iter()
                    .any(|p| p.state == Logistics::LabelIssued) =>
                {
                    CustomerStatus::LabelReady
                }
                _ if self.keep_item => CustomerStatus::KeepItems,
                _ => CustomerStatus::Approved,
            },
        }
    }
}

/// The status view of the RMA whose log is `events`.
pub(crate) fn status_view(rma: &Rma, events: &[Event]) -> StatusView {
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    let mut replay: Option<Rma> = None;
    for event in events {
        let next = match replay.take() {
            None => Rma::submitted(event).ok(),
            Some(mut r) => r.fold(event).ok().map(|_| r),
        };
        let Some(r) = next else { break };
        let status = r.customer_status();
        if timeline.last().is_none_or(|t| t.status != status) {
            timeline.push(TimelineEntry {
                at: event.at,
                status,
                message: status.message().into(),
            });
        }
        replay = Some(r);
    }
    let status = rma.customer_status();
    StatusView {
        status,
        message: status.message().into(),
        money: rma.money(),
        timeline,
    }
}
