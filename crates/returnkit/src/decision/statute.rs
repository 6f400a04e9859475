//! Consumer-law profiles that clamp a merchant's policy: the EU right of withdrawal
//! (Directive 2011/83/EU) and, in the UK, the same right plus the 30-day short-term right to
//! reject faulty goods (Consumer Rights Act 2015, s. 22).

use chrono::{DateTime, Months, Utc};

use super::outcome::StatutoryRule;
use crate::messages::{Locale, MessageId as M};
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
    CreditMinimum,
}

/// The `eu` profile's minimum life of store credit issued for a return, in days from issue:
/// three years (see [`store_credit_minimum_days`]).
pub(crate) const EU_STORE_CREDIT_MINIMUM_DAYS: i64 = 1095;

/// The shortest life, in days from issue, that the jurisdiction's profile gives store credit
/// issued for a return, where it sets one. Data of the profile, with its source and the
/// assumption behind it in `docs/store-credit.md`: no EU act sets a minimum, so the `eu`
/// profile takes the strictest widely applied national rule, Germany's three-year regular
/// limitation period (BGB ss. 195, 199), under which courts held shorter voucher terms void;
/// UK law sets none. It holds for the refunded part only: a bonus was never paid for.
pub(crate) fn store_credit_minimum_days(j: Jurisdiction) -> Option<i64> {
    match j {
        Jurisdiction::Eu => Some(EU_STORE_CREDIT_MINIMUM_DAYS),
        Jurisdiction::Uk => None,
    }
}

/// A statutory rule's code and description, the description in `locale`.
pub(crate) fn rule(j: Jurisdiction, statute: Statute, locale: Locale) -> StatutoryRule {
    let (code, description) = match (j, statute) {
        (Jurisdiction::Eu, Statute::Withdrawal) => ("withdrawal_14_days", M::StatuteWithdrawalEu),
        (Jurisdiction::Uk, Statute::Withdrawal) => ("withdrawal_14_days", M::StatuteWithdrawalUk),
        (_, Statute::Uninformed) => ("withdrawal_extended_12_months", M::StatuteUninformed),
        (_, Statute::NoRestocking) => ("no_restocking_fee", M::StatuteNoRestocking),
        (_, Statute::OriginalPayment) => ("refund_to_original_payment", M::StatuteOriginalPayment),
        (_, Statute::Delivery) => ("standard_delivery_refunded", M::StatuteDelivery),
        (_, Statute::RefundBy) => ("refund_within_14_days", M::StatuteRefundBy),
        (_, Statute::CreditMinimum) => ("store_credit_minimum_3_years", M::StatuteCreditMinimum),
        (_, Statute::ShortTermReject) => ("short_term_right_to_reject", M::StatuteShortTermReject),
    };
    StatutoryRule {
        code: format!("{}_{code}", prefix(j)),
        description: crate::messages::message(locale, description),
    }
}
