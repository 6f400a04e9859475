//! What the customer sees: one status derived from the four axes, with a message and a
//! timeline, for portal pages and notification emails.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::event::Event;
use super::state::{Authorization, Logistics, MoneyState, Rma};
use crate::messages::{Locale, MessageId};

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
    /// The message of this status in the catalogs (`status-refund-issued`).
    pub fn message_id(self) -> MessageId {
        match self {
            CustomerStatus::Submitted => MessageId::StatusSubmitted,
            CustomerStatus::UnderReview => MessageId::StatusUnderReview,
            CustomerStatus::InformationNeeded => MessageId::StatusInformationNeeded,
            CustomerStatus::Approved => MessageId::StatusApproved,
            CustomerStatus::KeepItems => MessageId::StatusKeepItems,
            CustomerStatus::LabelReady => MessageId::StatusLabelReady,
            CustomerStatus::OnItsWay => MessageId::StatusOnItsWay,
            CustomerStatus::Received => MessageId::StatusReceived,
            CustomerStatus::RefundIssued => MessageId::StatusRefundIssued,
            CustomerStatus::CreditIssued => MessageId::StatusCreditIssued,
            CustomerStatus::ExchangeShipped => MessageId::StatusExchangeShipped,
            CustomerStatus::Completed => MessageId::StatusCompleted,
            CustomerStatus::Declined => MessageId::StatusDeclined,
            CustomerStatus::Cancelled => MessageId::StatusCancelled,
            CustomerStatus::Expired => MessageId::StatusExpired,
        }
    }

    /// A sentence for the customer, in English.
    ///
    /// ```
    /// use returnkit::rma::CustomerStatus;
    /// assert_eq!(CustomerStatus::OnItsWay.message(), "Your return is on its way to us.");
    /// ```
    pub fn message(self) -> String {
        self.message_in(Locale::En)
    }

    /// A sentence for the customer, in `locale`.
    pub fn message_in(self, locale: Locale) -> String {
        crate::messages::message(locale, self.message_id())
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
    /// Where the items go now, one sentence per destination, when the policy routes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub going_to: Vec<String>,
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
    /// Where the items go, one sentence per destination, when that changed (a routed return:
    /// at approval, and when inspection sends an item elsewhere).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub going_to: Vec<String>,
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

/// The status view of the RMA whose log is `events`, in the customer's locale (the one set
/// at submission; English without one).
pub(crate) fn status_view(rma: &Rma, events: &[Event]) -> StatusView {
    status_view_in(rma, events, rma.locale())
}

/// The status view of the RMA whose log is `events`, its messages in `locale`.
pub(crate) fn status_view_in(rma: &Rma, events: &[Event], locale: Locale) -> StatusView {
    let mut timeline: Vec<TimelineEntry> = Vec::new();
    let mut replay: Option<Rma> = None;
    let mut named: Vec<String> = Vec::new();
    for event in events {
        let next = match replay.take() {
            None => Rma::submitted(event).ok(),
            Some(mut r) => r.fold(event).ok().map(|_| r),
        };
        let Some(r) = next else { break };
        let status = r.customer_status();
        let going = r.going_to_in(locale);
        let moved = going != named;
        if timeline.last().is_none_or(|t| t.status != status) || moved {
            timeline.push(TimelineEntry {
                at: event.at,
                status,
                message: status.message_in(locale),
                going_to: if moved { going.clone() } else { Vec::new() },
            });
            named = going;
        }
        replay = Some(r);
    }
    let status = rma.customer_status();
    StatusView {
        status,
        message: status.message_in(locale),
        money: rma.money(),
        timeline,
        going_to: rma.going_to_in(locale),
    }
}

impl Rma {
    /// Where the approved items go, one sentence per destination in line order, in the
    /// customer's locale (English without one); empty when nothing is routed or nothing is
    /// approved.
    pub fn going_to(&self) -> Vec<String> {
        self.going_to_in(self.locale())
    }

    /// Where the approved items go, as [`Rma::going_to`], in `locale`.
    pub fn going_to_in(&self, locale: Locale) -> Vec<String> {
        let mut seen: Vec<&str> = Vec::new();
        let mut said = Vec::new();
        for route in self
            .lines
            .iter()
            .filter(|l| l.approved > 0)
            .filter_map(|l| l.route.as_ref())
        {
            if !seen.contains(&route.destination.as_str()) {
                seen.push(&route.destination);
                said.push(crate::routing::route_message_in(route, locale));
            }
        }
        said
    }
}
