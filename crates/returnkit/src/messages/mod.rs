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
