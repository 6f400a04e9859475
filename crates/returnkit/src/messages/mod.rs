//! Customer messages: every reason and status sentence a customer reads, written from Project
//! Fluent catalogs (`locales/<locale>/returnkit.ftl`) in the locale a request names, English
//! when it names none or one returnkit doesn't ship.
//!
//! The English catalog writes today's English answers byte for byte; a request without a
//! locale is answered in English and its answer doesn't say which locale it used. Developer
//! errors ([`crate::Error`]) stay English.

mod catalog;
mod locale;
mod plural;

pub use catalog::{add_catalog, compiled_catalog, format, has_catalog, Arg};
pub use locale::Locale;

macro_rules! message_ids {
    ($($(#[$doc:meta])* $variant:ident => $id:literal,)*) => {
        /// A message the engine writes, named by its catalog id. Every catalog has every one
        /// (a test in the repository, `tests/rust/messages.rs`, holds them to it).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum MessageId {
            $($(#[$doc])* $variant,)*
        }

        impl MessageId {
            /// Every message, in catalog order.
            pub const ALL: &'static [MessageId] = &[$(MessageId::$variant,)*];

            /// The message's id in the catalogs (`reason-outside-window`).
            pub fn id(self) -> &'static str {
                match self {
                    $(MessageId::$variant => $id,)*
                }
            }
        }
    };
}

message_ids! {
    /// `not_delivered`: nothing delivered yet.
    ReasonNotDelivered => "reason-not-delivered",
    /// `not_delivered`: the window hasn't started.
    ReasonNotDeliveredWindow => "reason-not-delivered-window",
    /// `already_returned`.
    ReasonAlreadyReturned => "reason-already-returned",
    /// `partially_returnable`: `$eligible`, `$requested`.
    ReasonPartiallyReturnable => "reason-partially-returnable",
    /// `final_sale`.
    ReasonFinalSale => "reason-final-sale",
    /// `outside_window`: `$date`.
    ReasonOutsideWindow => "reason-outside-window",
    /// `photos_required`.
    ReasonPhotosRequired => "reason-photos-required",
    /// `review_value`: `$limit` (an amount).
    ReasonReviewValue => "reason-review-value",
    /// `review_items`: `$limit` (a count).
    ReasonReviewItems => "reason-review-items",
    /// `review_return_rate`.
    ReasonReviewReturnRate => "reason-review-return-rate",
    /// `no_common_resolution`.
    ReasonNoCommonResolution => "reason-no-common-resolution",
    /// `no_label_service`: `$detail` (the label engine's own words).
    ReasonNoLabelService => "reason-no-label-service",
    /// `partial_bundle`, denied: a set's item alone.
    ReasonPartialBundle => "reason-partial-bundle",
    /// `partial_bundle`, reviewed: a set's item alone.
    ReasonPartialBundleReview => "reason-partial-bundle-review",
    /// `gift_original_payment`.
    ReasonGiftOriginalPayment => "reason-gift-original-payment",
    /// `review_value` for a gift (its recipient is shown no amounts).
    ReasonReviewValueGift => "reason-review-value-gift",
    /// `line_resolution_not_offered`.
    ReasonLineResolutionNotOffered => "reason-line-resolution-not-offered",
    /// Keep the items: a rule said so.
    KeepItemRule => "keep-item-rule",
    /// Keep the items: `$value` at or below `$threshold`.
    KeepItemThreshold => "keep-item-threshold",
    /// Keep the items: `$cost` (`$label` + `$handling`) at least `$recovery`.
    KeepItemUneconomic => "keep-item-uneconomic",
    /// Keep the items: a gift (its recipient is shown no amounts).
    KeepItemGift => "keep-item-gift",
    /// EU right of withdrawal.
    StatuteWithdrawalEu => "statute-withdrawal-eu",
    /// UK right to cancel.
    StatuteWithdrawalUk => "statute-withdrawal-uk",
    /// Withdrawal period extended: not informed.
    StatuteUninformed => "statute-uninformed",
    /// No restocking fee on withdrawal.
    StatuteNoRestocking => "statute-no-restocking",
    /// Refund to the original means of payment.
    StatuteOriginalPayment => "statute-original-payment",
    /// Standard delivery refunded.
    StatuteDelivery => "statute-delivery",
    /// Refund within 14 days.
    StatuteRefundBy => "statute-refund-by",
    /// UK short-term right to reject.
    StatuteShortTermReject => "statute-short-term-reject",
    /// The minimum life of store credit given for a refund.
    StatuteCreditMinimum => "statute-credit-minimum",
    /// A return opened from a denied decision.
    RejectionDenied => "rejection-denied",
    /// Status `submitted`.
    StatusSubmitted => "status-submitted",
    /// Status `under_review`.
    StatusUnderReview => "status-under-review",
    /// Status `information_needed`.
    StatusInformationNeeded => "status-information-needed",
    /// Status `approved`.
    StatusApproved => "status-approved",
    /// Status `keep_items`.
    StatusKeepItems => "status-keep-items",
    /// Status `label_ready`.
    StatusLabelReady => "status-label-ready",
    /// Status `on_its_way`.
    StatusOnItsWay => "status-on-its-way",
    /// Status `received`.
    StatusReceived => "status-received",
    /// Status `refund_issued`.
    StatusRefundIssued => "status-refund-issued",
    /// Status `credit_issued`.
    StatusCreditIssued => "status-credit-issued",
    /// Status `exchange_shipped`.
    StatusExchangeShipped => "status-exchange-shipped",
    /// Status `completed`.
    StatusCompleted => "status-completed",
    /// Status `declined`.
    StatusDeclined => "status-declined",
    /// Status `cancelled`.
    StatusCancelled => "status-cancelled",
    /// Status `expired`.
    StatusExpired => "status-expired",
    /// Going to a warehouse: `$name`.
    RouteWarehouse => "route-warehouse",
    /// Going to a store: `$name`.
    RouteStore => "route-store",
    /// Going to a refurbisher: `$name`.
    RouteRefurbisher => "route-refurbisher",
    /// Going to a liquidator: `$name`.
    RouteLiquidator => "route-liquidator",
    /// Going to a recycler: `$name`.
    RouteRecycler => "route-recycler",
    /// Going to a donation partner: `$name`.
    RouteDonation => "route-donation",
    /// Going back to the maker: `$name`.
    RouteSupplier => "route-supplier",
    /// Standard reason `defective`.
    ReturnReasonDefective => "return-reason-defective",
    /// Standard reason `damaged_in_transit`.
    ReturnReasonDamagedInTransit => "return-reason-damaged-in-transit",
    /// Standard reason `wrong_item`.
    ReturnReasonWrongItem => "return-reason-wrong-item",
    /// Standard reason `not_as_described`.
    ReturnReasonNotAsDescribed => "return-reason-not-as-described",
    /// Standard reason `arrived_late`.
    ReturnReasonArrivedLate => "return-reason-arrived-late",
    /// Standard reason `size_or_fit`.
    ReturnReasonSizeOrFit => "return-reason-size-or-fit",
    /// Standard reason `changed_mind`.
    ReturnReasonChangedMind => "return-reason-changed-mind",
    /// Standard reason `other`.
    ReturnReasonOther => "return-reason-other",
    /// Summary: window unlimited.
    SummaryWindowUnlimited => "summary-window-unlimited",
    /// Summary: window same day (`$from`).
    SummaryWindowSameDay => "summary-window-same-day",
    /// Summary: window days (`$days`, `$from`).
    SummaryWindowDays => "summary-window-days",
    /// Summary: transit buffer (`$days`).
    SummaryTransitBuffer => "summary-transit-buffer",
    /// Summary: transit none.
    SummaryTransitNone => "summary-transit-none",
    /// Summary: deadline (`$timezone`).
    SummaryDeadline => "summary-deadline",
    /// Summary: business day.
    SummaryBusinessDay => "summary-business-day",
    /// Summary: business day holidays (`$holidays`).
    SummaryBusinessDayHolidays => "summary-business-day-holidays",
    /// Summary: refund options (`$options`).
    SummaryRefundOptions => "summary-refund-options",
    /// Summary: resolution (`$resolution`).
    SummaryResolution => "summary-resolution",
    /// Summary: credit only after (`$days`, `$from`).
    SummaryCreditOnlyAfter => "summary-credit-only-after",
    /// Summary: bonus store credit (`$bonus`).
    SummaryBonusStoreCredit => "summary-bonus-store-credit",
    /// Summary: bonus exchange (`$bonus`).
    SummaryBonusExchange => "summary-bonus-exchange",
    /// Summary: restocking fee (`$fee`, `$applies`).
    SummaryRestockingFee => "summary-restocking-fee",
    /// Summary: handling fee (`$fee`, `$applies`).
    SummaryHandlingFee => "summary-handling-fee",
    /// Summary: fee percent (`$percent`).
    SummaryFeePercent => "summary-fee-percent",
    /// Summary: fee flat (`$amount`, `$per`).
    SummaryFeeFlat => "summary-fee-flat",
    /// Summary: remorse.
    SummaryRemorse => "summary-remorse",
    /// Summary: fault.
    SummaryFault => "summary-fault",
    /// Summary: shipping (`$payer`, `$fee`).
    SummaryShipping => "summary-shipping",
    /// Summary: fault no fees.
    SummaryFaultNoFees => "summary-fault-no-fees",
    /// Summary: fault refunds shipping.
    SummaryFaultRefundsShipping => "summary-fault-refunds-shipping",
    /// Summary: inspection (`$condition`, `$percent`).
    SummaryInspection => "summary-inspection",
    /// Summary: keep threshold (`$amount`).
    SummaryKeepThreshold => "summary-keep-threshold",
    /// Summary: keep uneconomic.
    SummaryKeepUneconomic => "summary-keep-uneconomic",
    /// Summary: final sale.
    SummaryFinalSale => "summary-final-sale",
    /// Summary: final sale statutory.
    SummaryFinalSaleStatutory => "summary-final-sale-statutory",
    /// Summary: review value (`$amount`).
    SummaryReviewValue => "summary-review-value",
    /// Summary: review items (`$count`).
    SummaryReviewItems => "summary-review-items",
    /// Summary: percent (`$percent`).
    SummaryPercent => "summary-percent",
    /// Summary: and (`$first`, `$second`).
    SummaryAnd => "summary-and",
    /// Summary: or (`$first`, `$second`).
    SummaryOr => "summary-or",
    /// Summary: quoted (`$text`).
    SummaryQuoted => "summary-quoted",
    /// Summary: range (`$bound`, `$low`, `$high`).
    SummaryRange => "summary-range",
    /// Summary: condition (`$condition`).
    SummaryCondition => "summary-condition",
    /// Summary: exemption (`$exemption`).
    SummaryExemption => "summary-exemption",
    /// Summary: rule (`$subject`, `$actions`).
    SummaryRule => "summary-rule",
    /// Summary: all returns.
    SummaryAllReturns => "summary-all-returns",
    /// A rule's subject: not (`$subject`).
    SummaryWhenNot => "summary-when-not",
    /// A rule's subject: sku (`$count`, `$list`).
    SummaryWhenSku => "summary-when-sku",
    /// A rule's subject: product (`$count`, `$list`).
    SummaryWhenProduct => "summary-when-product",
    /// A rule's subject: category (`$count`, `$list`).
    SummaryWhenCategory => "summary-when-category",
    /// A rule's subject: product tag (`$list`).
    SummaryWhenProductTag => "summary-when-product-tag",
    /// A rule's subject: price (`$range`).
    SummaryWhenPrice => "summary-when-price",
    /// A rule's subject: final sale (`$final_sale`).
    SummaryWhenFinalSale => "summary-when-final-sale",
    /// A rule's subject: exemption (`$list`).
    SummaryWhenExemption => "summary-when-exemption",
    /// A rule's subject: order total (`$range`).
    SummaryWhenOrderTotal => "summary-when-order-total",
    /// A rule's subject: discount code (`$count`, `$list`).
    SummaryWhenDiscountCode => "summary-when-discount-code",
    /// A rule's subject: channel (`$list`).
    SummaryWhenChannel => "summary-when-channel",
    /// A rule's subject: country (`$list`).
    SummaryWhenCountry => "summary-when-country",
    /// A rule's subject: order tag (`$list`).
    SummaryWhenOrderTag => "summary-when-order-tag",
    /// A rule's subject: days since order (`$range`).
    SummaryWhenDaysSinceOrder => "summary-when-days-since-order",
    /// A rule's subject: days since delivery (`$range`).
    SummaryWhenDaysSinceDelivery => "summary-when-days-since-delivery",
    /// A rule's subject: order date (`$first_day`, `$last_day`).
    SummaryWhenOrderDate => "summary-when-order-date",
    /// A rule's subject: customer tag (`$list`).
    SummaryWhenCustomerTag => "summary-when-customer-tag",
    /// A rule's subject: customer tier (`$count`, `$list`).
    SummaryWhenCustomerTier => "summary-when-customer-tier",
    /// A rule's subject: past returns (`$range`).
    SummaryWhenPastReturns => "summary-when-past-returns",
    /// A rule's subject: return rate (`$range`).
    SummaryWhenReturnRate => "summary-when-return-rate",
    /// A rule's subject: blocklisted (`$blocklisted`).
    SummaryWhenBlocklisted => "summary-when-blocklisted",
    /// A rule's subject: reason (`$list`).
    SummaryWhenReason => "summary-when-reason",
    /// A rule's subject: reason class (`$class`).
    SummaryWhenReasonClass => "summary-when-reason-class",
    /// A rule's subject: resolution (`$list`).
    SummaryWhenResolution => "summary-when-resolution",
    /// A rule's subject: item count (`$range`).
    SummaryWhenItemCount => "summary-when-item-count",
    /// A rule's subject: return value (`$range`).
    SummaryWhenReturnValue => "summary-when-return-value",
    /// A rule's subject: full return (`$full`).
    SummaryWhenFullReturn => "summary-when-full-return",
    /// A rule's subject: reported condition (`$list`).
    SummaryWhenReportedCondition => "summary-when-reported-condition",
    /// A rule's subject: photos (`$photos`).
    SummaryWhenPhotos => "summary-when-photos",
    /// A rule's subject: disposition.
    SummaryWhenDisposition => "summary-when-disposition",
    /// A rule's action: deny.
    SummaryThenDeny => "summary-then-deny",
    /// A rule's action: review.
    SummaryThenReview => "summary-then-review",
    /// A rule's action: window days (`$days`, `$from`).
    SummaryThenWindowDays => "summary-then-window-days",
    /// A rule's action: window until (`$date`).
    SummaryThenWindowUntil => "summary-then-window-until",
    /// A rule's action: restocking (`$fee`).
    SummaryThenRestocking => "summary-then-restocking",
    /// A rule's action: no restocking.
    SummaryThenNoRestocking => "summary-then-no-restocking",
    /// A rule's action: handling fee (`$fee`).
    SummaryThenHandlingFee => "summary-then-handling-fee",
    /// A rule's action: no handling fee.
    SummaryThenNoHandlingFee => "summary-then-no-handling-fee",
    /// A rule's action: label fee (`$fee`).
    SummaryThenLabelFee => "summary-then-label-fee",
    /// A rule's action: no label fee.
    SummaryThenNoLabelFee => "summary-then-no-label-fee",
    /// A rule's action: waive fees.
    SummaryThenWaiveFees => "summary-then-waive-fees",
    /// A rule's action: only (`$list`).
    SummaryThenOnly => "summary-then-only",
    /// A rule's action: also (`$list`).
    SummaryThenAlso => "summary-then-also",
    /// A rule's action: bonus (`$list`).
    SummaryThenBonus => "summary-then-bonus",
    /// A rule's action: no bonus.
    SummaryThenNoBonus => "summary-then-no-bonus",
    /// Summary: bonus with (`$bonus`, `$with`).
    SummaryBonusWith => "summary-bonus-with",
    /// A rule's action: keep.
    SummaryThenKeep => "summary-then-keep",
    /// A rule's action: photos.
    SummaryThenPhotos => "summary-then-photos",
    /// A rule's action: inspect.
    SummaryThenInspect => "summary-then-inspect",
    /// A rule's action: bypass final sale.
    SummaryThenBypassFinalSale => "summary-then-bypass-final-sale",
    /// A rule's action: goodwill (`$bonus`).
    SummaryThenGoodwill => "summary-then-goodwill",
    /// A rule's action: label (`$payer`, `$fee`).
    SummaryThenLabel => "summary-then-label",
    /// A rule's action: route (`$name`).
    SummaryThenRoute => "summary-then-route",
    /// Consumer law: withdrawal (`$jurisdiction`, `$days`).
    SummaryStatuteWithdrawal => "summary-statute-withdrawal",
    /// Consumer law: refund (`$jurisdiction`, `$days`).
    SummaryStatuteRefund => "summary-statute-refund",
    /// Consumer law: exempt.
    SummaryStatuteExempt => "summary-statute-exempt",
    /// Consumer law: shipping (`$jurisdiction`).
    SummaryStatuteShipping => "summary-statute-shipping",
    /// Consumer law: reject (`$days`).
    SummaryStatuteReject => "summary-statute-reject",
}

impl MessageId {
    /// The message of a standard return reason's label (`size_or_fit`), `None` for a code
    /// not on the standard list.
    pub fn return_reason(code: &str) -> Option<MessageId> {
        let id = format!("return-reason-{}", code.replace('_', "-"));
        MessageId::ALL.iter().copied().find(|m| m.id() == id)
    }
}

/// The text of a message without variables in `locale` (English when that locale's catalog
/// lacks it).
///
/// ```
/// use returnkit::messages::{message, Locale, MessageId};
/// assert_eq!(message(Locale::En, MessageId::StatusRefundIssued), "Your refund has been issued.");
/// # #[cfg(feature = "locales")]
/// assert_eq!(message(Locale::De, MessageId::StatusRefundIssued), "Ihre Erstattung wurde veranlasst.");
/// ```
pub fn message(locale: Locale, id: MessageId) -> String {
    catalog::format(locale, id, &[])
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The English catalog writes every message exactly as returnkit wrote it before the
    /// catalogs, with the same figures in the same places.
    #[test]
    fn english_is_the_text_returnkit_always_wrote() {
        let text = |s: &str| Arg::Text(s.to_owned());
        type Case<'a> = (MessageId, Vec<(&'a str, Arg)>, &'a str);
        let cases: Vec<Case<'_>> = vec![
            (M::ReasonNotDelivered, vec![], "This item hasn't been delivered yet."),
            (
                M::ReasonNotDeliveredWindow,
                vec![],
                "This item hasn't been delivered yet, so its return window has not started.",
            ),
            (M::ReasonAlreadyReturned, vec![], "This item has already been returned."),
            (
                M::ReasonPartiallyReturnable,
                vec![("eligible", Arg::Count(1)), ("requested", Arg::Count(3))],
                "Only 1 of the 3 asked for can be returned.",
            ),
            (
                M::ReasonFinalSale,
                vec![],
                "This item was sold as final sale and can't be returned.",
            ),
            (
                M::ReasonOutsideWindow,
                vec![("date", text("2026-10-25"))],
                "The return window for this item closed on 2026-10-25.",
            ),
            (
                M::ReasonReviewValue,
                vec![("limit", text("200.00"))],
                "Returns worth more than 200.00 are checked by our team.",
            ),
            (
                M::ReasonReviewItems,
                vec![("limit", Arg::Count(1))],
                "Returns of more than 1 items are checked by our team.",
            ),
            (
                M::ReasonNoCommonResolution,
                vec![],
                "These items can't be resolved the same way; our team will contact you.",
            ),
            (
                M::ReasonNoLabelService,
                vec![("detail", text("no rate cards"))],
                "We can't offer a return label from your address (no rate cards); our team will contact you.",
            ),
            (
                M::KeepItemThreshold,
                vec![("value", text("9.90")), ("threshold", text("10"))],
                "The items are worth 9.90 before tax, at or below the shop's 10 keep-item threshold: keep them.",
            ),
            (
                M::KeepItemUneconomic,
                vec![
                    ("cost", text("12.00")),
                    ("label", text("7.00")),
                    ("handling", text("5.00")),
                    ("recovery", text("11.50")),
                ],
                "Shipping the items back would cost 12.00 (label 7.00 and handling 5.00), at least the 11.50 they would recover: keep them.",
            ),
            (M::RejectionDenied, vec![], "The return was not approved."),
            (
                M::ReasonPartialBundle,
                vec![],
                "This item is part of a set and can only be returned with the rest of the set.",
            ),
            (
                M::ReasonPartialBundleReview,
                vec![],
                "This item is part of a set; we'll review returning it on its own.",
            ),
            (
                M::ReasonGiftOriginalPayment,
                vec![],
                "A gift is returned for store credit or an exchange, not a refund to the original payment.",
            ),
            (M::ReasonReviewValueGift, vec![], "This return is checked by our team."),
            (
                M::ReasonLineResolutionNotOffered,
                vec![],
                "This item can't be resolved the way you asked; our team will contact you.",
            ),
            (
                M::KeepItemGift,
                vec![],
                "You can keep the items; there's nothing to send back.",
            ),
            (
                M::RouteSupplier,
                vec![("name", text("Acme"))],
                "Going to the maker, Acme.",
            ),
        ];
        for (id, args, want) in cases {
            assert_eq!(format(Locale::En, id, &args), want, "{}", id.id());
        }
    }

    #[test]
    fn every_id_is_unique_and_a_standard_reason_has_its_label() {
        let mut ids: Vec<&str> = MessageId::ALL.iter().map(|m| m.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), MessageId::ALL.len());
        for (code, _, label) in crate::policy::STANDARD_REASONS {
            let id = MessageId::return_reason(code);
            assert!(id.is_some(), "{code}");
            assert_eq!(id.map(|m| message(Locale::En, m)).as_deref(), Some(*label));
        }
        assert_eq!(MessageId::return_reason("missing_parts"), None);
    }

    /// Without the built-in catalogs, a locale is English until its catalog is added; then
    /// it is negotiated to and written in. (The only test of this build that adds one.)
    #[cfg(not(feature = "locales"))]
    #[test]
    fn a_catalog_added_at_run_time_is_used_from_then_on() {
        assert!(!has_catalog(Locale::De));
        assert_eq!(Locale::negotiate("de-AT"), Locale::En);
        assert_eq!(
            message(Locale::De, M::StatusReceived),
            message(Locale::En, M::StatusReceived)
        );
        let bad = add_catalog("fr", "status-received\tWe have \u{1}it").unwrap_err();
        assert_eq!(bad.field(), "catalog");
        assert!(!has_catalog(Locale::Fr));
        let german = include_str!(concat!(env!("OUT_DIR"), "/de.txt"));
        assert_eq!(add_catalog("de", german).ok(), Some(true));
        assert_eq!(
            add_catalog("de", "").ok(),
            Some(false),
            "the first catalog stays"
        );
        assert_eq!(Locale::negotiate("de-AT"), Locale::De);
        assert_eq!(
            message(Locale::De, M::StatusReceived),
            "Wir haben Ihre Rücksendung erhalten und prüfen sie."
        );
    }

    use MessageId as M;
}
