//! Consumer-law profiles that clamp a merchant's policy: the EU right of withdrawal
//! (Directive 2011/83/EU) and, in the UK, the same right plus the 30-day short-term right to
//! reject faulty goods (Consumer Rights Act 2015, s. 22).

use chrono::{DateTime, Months, Utc};

use super::outcome::StatutoryRule;
use crate::order::{Exemption, Order, OrderLine};
use crate::policy::window::{add_days, Deadline, WindowClock};
use crate::policy::Jurisdiction;

/// Days to withdraw, from the day the consumer takes possession of the last item.
pub(crate) const WITHDRAWAL_DAYS: i64 = 14;
/// Extra months when the consumer was not told of the right (art. 10).
pub(crate) const UNINFORMED_EXTENSION_MONTHS: u32 = 12;
/// Days the trader has to refund after the withdrawal (art. 13).
pub(crate) const REFUND_DAYS: i64 = 14;
/// Days of the UK short-term right to reject.
pub(crate) const SHORT_TERM_REJECT_DAYS: i64 = 30;

/// The prefix of statutory codes for a jurisdiction.
pub(crate) fn prefix(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Eu => "eu",
        Jurisdiction::Uk => "uk",
    }
}

/// Whether the item is exempt from withdrawal: personalised and perishable goods always;
/// sealed hygiene and media items once unsealed.
pub(crate) fn exempt(line: &OrderLine, unsealed: bool) -> bool {
    match line.exemption {
        None => false,
        Some(Exemption::Personalised | Exemption::Perishable) => true,
        Some(Exemption::SealedHygiene | Exemption::SealedMedia) => unsealed,
    }
}

/// When the withdrawal period ends: 14 days from delivery of the order's last item, plus 12
/// months when the consumer was not informed, moved to the next working day when it ends on a
/// weekend or holiday (Regulation 1182/71 art. 3(4), recital 41 of the directive). `None` while
/// an item is not yet delivered: the period has not started, so withdrawal is open.
pub(crate) fn withdrawal_deadline(order: &Order, clock: &WindowClock) -> Option<Deadline> {
    let mut last: Option<DateTime<Utc>> = None;
    for line in &order.lines {
        let delivered = line.delivered_quantity.unwrap_or(line.quantity) > 0;
        match line.delivered_at {
            Some(t) if delivered => last = Some(last.map_or(t, |l| l.max(t))),
            // Not delivered yet: possession of the last item has not happened.
            _ => return None,
        }
    }
    let mut last_day = add_days(clock.local_date(last?), WITHDRAWAL_DAYS);
    if !order.withdrawal_notice_given {
        last_day = last_day
            .checked_add_months(Months::new(UNINFORMED_EXTENSION_MONTHS))
            .unwrap_or(last_day);
    }
    Some(clock.deadline_on(last_day, true))
}

/// The statutory rules a decision can cite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Statute {
    Withdrawal,
    Uninformed,
    NoRestocking,
    OriginalPayment,
    Delivery,
    RefundBy,
    ShortTermReject,
}

/// A statutory rule's code and description.
pub(crate) fn rule(j: Jurisdiction, statute: Statute) -> StatutoryRule {
    let (code, description) = match (j, statute) {
        (Jurisdiction::Eu, Statute::Withdrawal) => (
            "withdrawal_14_days",
            "Directive 2011/83/EU art. 9: 14 days to withdraw without giving a reason, from delivery of the last item",
        ),
        (Jurisdiction::Uk, Statute::Withdrawal) => (
            "withdrawal_14_days",
            "Consumer Contracts Regulations 2013 reg. 29-31: 14 days to cancel, from delivery of the last item",
        ),
        (_, Statute::Uninformed) => (
            "withdrawal_extended_12_months",
            "The consumer was not told of the right of withdrawal, so the period is extended by 12 months",
        ),
        (_, Statute::NoRestocking) => (
            "no_restocking_fee",
            "No fee may be charged for withdrawing; only diminished value from excess handling may be deducted",
        ),
        (_, Statute::OriginalPayment) => (
            "refund_to_original_payment",
            "The refund goes to the original means of payment; store credit may be offered, never imposed",
        ),
        (_, Statute::Delivery) => (
            "standard_delivery_refunded",
            "On withdrawal from the whole order, the original delivery is refunded up to the cheapest standard option",
        ),
        (_, Statute::RefundBy) => (
            "refund_within_14_days",
            "The refund is due within 14 days of the withdrawal notice, or of agreeing to a rejection of faulty goods",
        ),
        (_, Statute::ShortTermReject) => (
            "short_term_right_to_reject",
            "Consumer Rights Act 2015 s. 22: faulty goods may be rejected for a full refund within 30 days of delivery",
        ),
    };
    StatutoryRule {
        code: format!("{}_{code}", prefix(j)),
        description: description.into(),
    }
}
