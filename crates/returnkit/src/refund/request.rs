//! What a caller asks the refund engine for: which units, in which mode, with which fees,
//! and to which resolution.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Currency;
use crate::order::TenderKind;

/// A request for a refund quote.
///
/// ```
/// use returnkit::{from_json, RefundRequest, QuoteMode};
/// let req: RefundRequest = from_json(r#"{"lines": [{"line_id": "a", "quantity": 1}]}"#).unwrap();
/// assert_eq!(req.mode, QuoteMode::Preview);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RefundRequest {
    /// The currency the caller expects. When given, it must be the order's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// A preview for the units requested, or the final refund for the units accepted.
    #[serde(default)]
    pub mode: QuoteMode,
    /// The lines and units to refund.
    #[serde(default)]
    pub lines: Vec<RefundLine>,
    /// Whether to refund the original shipping.
    #[serde(default)]
    pub shipping: ShippingRefund,
    /// Deductions from the refund.
    #[serde(default)]
    pub fees: Fees,
    /// Where the money goes.
    #[serde(default)]
    pub resolution: Resolution,
    /// Bonus for taking store credit or an exchange. Never paid to a card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<Bonus>,
    /// Which tenders are refunded first. Tenders not named follow in the order's own order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tender_order: Vec<TenderSelector>,
    /// Replacement items, for an exchange.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exchange_items: Vec<ExchangeItem>,
    /// In a return whose lines name resolutions of their own (a mixed return), the bonus of
    /// each part that is not the request's own resolution; the request's own part takes
    /// `bonus`. Never for the original payment. Not written when none or empty.
    // Boxed, like the expiry below: most requests have neither, and a request is moved whole.
    #[serde(default, skip_serializing_if = "no_part_bonuses")]
    #[cfg_attr(feature = "json-schema", schemars(with = "PartBonuses"))]
    pub bonuses: Option<Box<PartBonuses>>,
    /// How long the store credit lasts from the day it is issued, as the policy and the
    /// jurisdiction set it; an RMA dates the credit it issues by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit_expiry: Option<Box<CreditExpiry>>,
}

/// Whether a request's part bonuses are absent or name none, and so are not written.
fn no_part_bonuses(bonuses: &Option<Box<PartBonuses>>) -> bool {
    bonuses.as_deref().is_none_or(PartBonuses::is_empty)
}

impl RefundRequest {
    /// The bonus of each non-cash part of a mixed return; none when the request has none.
    pub(crate) fn part_bonuses(&self) -> &PartBonuses {
        const NONE: &PartBonuses = &PartBonuses {
            store_credit: None,
            exchange: None,
        };
        self.bonuses.as_deref().unwrap_or(NONE)
    }

    /// How long the store credit lasts; no limit when the request says none.
    pub(crate) fn credit_expiry(&self) -> CreditExpiry {
        self.store_credit_expiry
            .as_deref()
            .copied()
            .unwrap_or_default()
    }
}

/// How long store credit lasts, in days from the day it is issued (shop time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CreditExpiry {
    /// The refunded part; it never expires when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    /// The bonus part; it never expires when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_expires_after_days: Option<i64>,
}

/// The bonus of each non-cash part of a mixed return.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartBonuses {
    /// The bonus on the lines taken as store credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<Bonus>,
    /// The bonus on the lines exchanged; it only pays towards replacements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<Bonus>,
}

impl PartBonuses {
    /// Whether no part has a bonus.
    pub fn is_empty(&self) -> bool {
        self.store_credit.is_none() && self.exchange.is_none()
    }
}

/// Preview or final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteMode {
    /// What the customer would get for the units requested.
    #[default]
    Preview,
    /// What is refunded for the units accepted after inspection: nothing for units that did
    /// not arrive or were rejected.
    Final,
}

/// One line of a refund request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RefundLine {
    /// The order line.
    pub line_id: smol_str::SmolStr,
    /// The bundle component returned alone, when the line is a bundle; its units are then
    /// the component's units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<smol_str::SmolStr>,
    /// Units requested.
    pub quantity: i64,
    /// Units that arrived at the warehouse (final quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<i64>,
    /// Units accepted after inspection. Required in a final quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<i64>,
    /// Condition found at inspection (or reported by the customer for a preview).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The accepted units in batches graded apart (one shirt like new, the other used), in
    /// the order they were accepted, instead of one `condition` for all. The batches' units
    /// add up to the units refunded; each batch's inspection deduction is taken from its own
    /// share of the line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<GradedUnits>,
    /// This line's restocking fee, instead of the request's (per unit or per line only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking: Option<RestockingFee>,
    /// Charge no restocking fee or per-return fee for this line (a merchant-fault reason, or a
    /// statutory withdrawal). Inspection deductions still apply.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub waive_fees: bool,
    /// Where this line's money goes, instead of the request's `resolution`: a return whose
    /// lines name their own is settled in parts, one per resolution (see `settlements` in the
    /// quote).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
}

/// Units of a line accepted at one grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GradedUnits {
    /// Units.
    pub units: i64,
    /// Their condition; none for units accepted without inspection (a lost parcel's, or
    /// items the customer keeps), which bear no inspection deduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
}

/// The condition of a returned item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "json-schema", schemars(rename = "ItemCondition"))]
pub enum Condition {
    /// Unused, in its packaging.
    New,
    /// Opened, no sign of use.
    LikeNew,
    /// Used.
    Used,
    /// Damaged.
    Damaged,
    /// Not in the parcel.
    Missing,
    /// Not the item that was sold.
    WrongItem,
}

/// Whether to refund the order's shipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShippingRefund {
    /// No shipping refund.
    #[default]
    None,
    /// All shipping paid, with its tax.
    Full,
    /// Shipping up to the standard-delivery price, with its tax (EU withdrawal).
    Standard,
}

/// Deductions from a refund.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fees {
    /// Restocking fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking: Option<RestockingFee>,
    /// Handling fee, once per return.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub return_fee: Option<Decimal>,
    /// Return label fee, once per return.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub label: Option<Decimal>,
    /// Deductions by the condition found at inspection, as a percent of the line's refund.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inspection: Vec<ConditionDeduction>,
}

/// A restocking fee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum RestockingFee {
    /// A percent of each line's refunded merchandise, such as `"15"` for 15%.
    Percent {
        /// The percent.
        #[serde(with = "crate::wire::WireDecimal")]
        percent: Decimal,
    },
    /// A flat amount per unit, per line or per return.
    Flat {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
        /// What it is charged on.
        per: FeeScope,
    },
}

/// What a flat fee is charged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeeScope {
    /// Each unit refunded.
    Unit,
    /// Each line with units refunded.
    Line,
    /// The return as a whole.
    Return,
}

/// A deduction for a condition found at inspection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionDeduction {
    /// The condition.
    pub condition: Condition,
    /// Percent of the line's refund deducted.
    #[serde(with = "crate::wire::WireDecimal")]
    pub percent: Decimal,
}

/// Where the refund goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Back to the payments the customer made.
    #[default]
    OriginalPayment,
    /// As store credit.
    StoreCredit,
    /// Against replacement items; any balance is refunded or owed.
    Exchange,
}

/// A bonus for choosing store credit or an exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Bonus {
    /// A percent of the refund.
    Percent {
        /// The percent.
        #[serde(with = "crate::wire::WireDecimal")]
        percent: Decimal,
    },
    /// A flat amount.
    Flat {
        /// The amount.
        #[serde(with = "crate::wire::WireDecimal")]
        amount: Decimal,
    },
}

/// Names tenders to refund first: by kind (`{"kind": "gift_card"}`) or by id
/// (`{"id": "pay_1"}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TenderSelector {
    /// Every tender of this kind.
    Kind(TenderKind),
    /// The tender with this id.
    Id(String),
}

/// A replacement item in an exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExchangeItem {
    /// SKU of the replacement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Price of one unit, on the same tax basis as the order's prices.
    #[serde(with = "crate::wire::WireDecimal")]
    pub unit_price: Decimal,
    /// Units.
    pub quantity: i64,
    /// Tax rate charged on top, for orders whose prices exclude tax (`0.0725`).
    #[serde(default, with = "crate::wire::WireDecimal")]
    pub tax_rate: Decimal,
}
