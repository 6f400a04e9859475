//! The refund quote: what the engine answers, explained line by line, and how the money goes
//! back. Every amount is a decimal string with the currency's minor digits.

use smol_str::SmolStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::request::{Condition, QuoteMode, Resolution};
use crate::money::Currency;
use crate::order::TenderKind;

/// The version of the quote's wire form this returnkit writes: the first member of every
/// [`RefundQuote`], so that a stored quote says how to read it (see `docs/wire.md`).
///
/// ```
/// assert_eq!(returnkit::refund::QUOTE_SCHEMA_VERSION, 1);
/// ```
pub const QUOTE_SCHEMA_VERSION: u64 = 1;

/// The version of a stored quote that doesn't say: one written before quotes carried it, in
/// the form version 1 names.
fn unversioned() -> u64 {
    1
}

/// A refund quote that explains itself: per line, per tax rate, per deduction, per tender.
///
/// Every split adds up: the lines' totals, the shipping and the return's deductions make the
/// refund; the tenders (or the store credit) take exactly the refund.
///
/// ```
/// use returnkit::{from_json, quote, Order, RefundRequest};
/// let order: Order = from_json(r#"{
///   "id": "18319", "currency": "EUR", "prices_include_tax": true,
///   "lines": [{"id": "a", "quantity": 1, "unit_price": "150.00"},
///             {"id": "b", "quantity": 1, "unit_price": "60.00"}],
///   "discounts": [{"code": "20OFF", "amount": "42.00"}],
///   "tenders": [{"id": "card", "kind": "card", "amount": "168.00"}]
/// }"#).unwrap();
/// let request: RefundRequest = from_json(r#"{"lines": [{"line_id": "a", "quantity": 1}]}"#).unwrap();
/// let q = quote(&order, &request).unwrap();
/// assert_eq!(q.totals.refund.to_string(), "120.00");
/// assert_eq!(q.schema_version, returnkit::refund::QUOTE_SCHEMA_VERSION);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RefundQuote {
    /// The version of this wire form ([`QUOTE_SCHEMA_VERSION`]); read as 1 when absent, as in quotes
    /// stored before it was written.
    #[serde(default = "unversioned")]
    pub schema_version: u64,
    /// The order.
    pub order_id: SmolStr,
    /// Currency of every amount.
    pub currency: Currency,
    /// Preview or final.
    pub mode: QuoteMode,
    /// Where the money goes.
    pub resolution: Resolution,
    /// One entry per requested line.
    pub lines: Vec<QuoteLine>,
    /// Shipping refunded, if asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<ShippingQuote>,
    /// Deductions on the return as a whole (a label fee, a per-return restocking fee).
    #[serde(default)]
    pub deductions: Vec<Deduction>,
    /// Sums.
    pub totals: QuoteTotals,
    /// How the refund goes back to the order's payments.
    #[serde(default)]
    pub tenders: Vec<TenderRefund>,
    /// Store credit issued instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<StoreCreditQuote>,
    /// The exchange balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<ExchangeQuote>,
    /// For a return whose lines name resolutions of their own (a mixed return), each part
    /// settled on its own, in the order `original_payment`, `store_credit`, `exchange`. Only
    /// the original-payment part and an exchange's refund go to `tenders`; `store_credit`
    /// and `exchange` above are those parts'. Absent for a return settled one way.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settlements: Vec<Settlement>,
    /// The refund in the shop's currency, when the order was paid in another (it has
    /// `shop_money`).
    /// (Boxed: most quotes have none, and a quote is moved whole.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_money: Option<Box<ShopMoneyQuote>>,
}

/// One part of a mixed return: the lines resolved one way, and how their money is settled.
///
/// The parts' `amount`s add up to the quote's refund: each is its lines' totals, plus the
/// shipping refunded for the part of the request's own resolution, less its share of the
/// return's deductions (split by the parts' values, largest remainder first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Settlement {
    /// How this part is settled.
    pub resolution: Resolution,
    /// The lines in this part.
    pub line_ids: Vec<SmolStr>,
    /// Shipping refunded in this part (the request's own resolution's part only).
    #[serde(with = "crate::wire::WireDecimal")]
    pub shipping: Decimal,
    /// This part's share of the return's own deductions (label fee, handling fee).
    #[serde(with = "crate::wire::WireDecimal")]
    pub deductions: Decimal,
    /// The value settled in this part.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// What goes back to the order's payments from this part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenders: Vec<TenderRefund>,
    /// The store credit, for the store-credit part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<StoreCreditQuote>,
    /// The balance, for the exchange part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<ExchangeQuote>,
}

/// A refund's amounts in the shop's currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ShopMoneyQuote {
    /// The shop's currency.
    pub currency: Currency,
    /// The rate captured at payment: shop units per unit of the order's currency.
    #[serde(with = "crate::wire::WireDecimal")]
    pub exchange_rate: Decimal,
    /// Each quote line's subtotal (before deductions), in the quote's line order.
    pub lines: Vec<ShopMoneyLine>,
    /// Shipping refunded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub shipping: Option<Decimal>,
    /// All deductions.
    #[serde(with = "crate::wire::WireDecimal")]
    pub deductions: Decimal,
    /// The refund: line subtotals and shipping, less deductions.
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund: Decimal,
    /// What each tender refund is in the shop's currency.
    pub tenders: Vec<ShopMoneyTender>,
}

/// A quote line's subtotal in the shop's currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ShopMoneyLine {
    /// The order line.
    pub line_id: SmolStr,
    /// The bundle component, when the quote line is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<SmolStr>,
    /// The subtotal.
    #[serde(with = "crate::wire::WireDecimal")]
    pub subtotal: Decimal,
}

/// A tender refund in the shop's currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ShopMoneyTender {
    /// The tender.
    pub tender_id: SmolStr,
    /// The amount.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// A line's tax by rate. Almost every line has one rate, which is stored inline, so a quote
/// allocates nothing per line for its taxes.
pub type TaxShares = smallvec::SmallVec<[TaxShare; 1]>;

/// A line's deductions. A line has one at most (a restocking fee) unless it was inspected, so
/// one is stored inline and a quote, or a copy of one, allocates nothing for them.
pub type LineDeductions = smallvec::SmallVec<[Deduction; 1]>;

/// One line of a quote.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct QuoteLine {
    /// The order line.
    pub line_id: SmolStr,
    /// The bundle component refunded alone, when the line is a bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<SmolStr>,
    /// Units refunded (accepted units in a final quote).
    pub quantity: i64,
    /// Price of one unit.
    #[serde(with = "crate::wire::WireDecimal")]
    pub unit_price: Decimal,
    /// Unit price times units.
    #[serde(with = "crate::wire::WireDecimal")]
    pub gross: Decimal,
    /// These units' share of the line's own discounts.
    #[serde(with = "crate::wire::WireDecimal")]
    pub line_discount: Decimal,
    /// These units' share of the order-level discounts.
    #[serde(with = "crate::wire::WireDecimal")]
    pub order_discount: Decimal,
    /// Gross less discounts, as priced (tax included when the order's prices include it).
    #[serde(with = "crate::wire::WireDecimal")]
    pub merchandise: Decimal,
    /// Merchandise without tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub net: Decimal,
    /// Tax refunded, per rate, from the tax that was charged.
    pub taxes: TaxShares,
    /// Tax refunded in all.
    #[serde(with = "crate::wire::WireDecimal")]
    pub tax: Decimal,
    /// What the customer paid for these units: net plus tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub subtotal: Decimal,
    /// Deductions on this line.
    pub deductions: LineDeductions,
    /// Subtotal less deductions.
    #[serde(with = "crate::wire::WireDecimal")]
    pub total: Decimal,
}

// By hand, to copy the taxes and deductions as plain data rather than one by one: a decision
// copies every quote line for each resolution it offers.
impl Clone for QuoteLine {
    fn clone(&self) -> Self {
        QuoteLine {
            line_id: self.line_id.clone(),
            component_id: self.component_id.clone(),
            quantity: self.quantity,
            unit_price: self.unit_price,
            gross: self.gross,
            line_discount: self.line_discount,
            order_discount: self.order_discount,
            merchandise: self.merchandise,
            net: self.net,
            taxes: TaxShares::from_slice(&self.taxes),
            tax: self.tax,
            subtotal: self.subtotal,
            deductions: LineDeductions::from_slice(&self.deductions),
            total: self.total,
        }
    }
}

/// Tax at one rate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct TaxShare {
    /// The rate, as a fraction.
    #[serde(with = "crate::wire::WireDecimal")]
    pub rate: Decimal,
    /// The amount.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// A deduction from the refund.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Deduction {
    /// What it is for.
    pub kind: DeductionKind,
    /// The condition it is for, for inspection deductions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The amount deducted.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// Whether the fee was cut down so that the refund does not go below zero.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub capped: bool,
}

/// Kinds of deduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeductionKind {
    /// Restocking fee.
    RestockingFee,
    /// Return label fee.
    LabelFee,
    /// Per-return handling fee.
    ReturnFee,
    /// Diminished value found at inspection.
    Inspection,
}

/// Shipping refunded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ShippingQuote {
    /// Shipping without tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub net: Decimal,
    /// Its tax, per rate.
    pub taxes: TaxShares,
    /// Its tax in all.
    #[serde(with = "crate::wire::WireDecimal")]
    pub tax: Decimal,
    /// Net plus tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub total: Decimal,
    /// Whether the refund was held to the standard-delivery price.
    pub capped_to_standard: bool,
}

/// Sums over the quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct QuoteTotals {
    /// Merchandise (gross less discounts) over all lines.
    #[serde(with = "crate::wire::WireDecimal")]
    pub merchandise: Decimal,
    /// Net of tax, lines and shipping.
    #[serde(with = "crate::wire::WireDecimal")]
    pub net: Decimal,
    /// Tax, lines and shipping, per rate.
    pub taxes: TaxShares,
    /// Tax in all.
    #[serde(with = "crate::wire::WireDecimal")]
    pub tax: Decimal,
    /// Shipping refunded, with tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub shipping: Decimal,
    /// All deductions, line and return.
    #[serde(with = "crate::wire::WireDecimal")]
    pub deductions: Decimal,
    /// The refund: net plus tax less deductions.
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund: Decimal,
}

/// Money going back to one of the order's payments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct TenderRefund {
    /// The tender.
    pub tender_id: SmolStr,
    /// Its kind.
    pub kind: TenderKind,
    /// The amount.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// Store credit issued for the return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct StoreCreditQuote {
    /// The refund, as credit.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// The bonus on top.
    #[serde(with = "crate::wire::WireDecimal")]
    pub bonus: Decimal,
    /// Amount plus bonus.
    #[serde(with = "crate::wire::WireDecimal")]
    pub total: Decimal,
    /// Days from issue until the amount expires, when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    /// Days from issue until the bonus expires, when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_expires_after_days: Option<i64>,
}

/// The balance of an exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ExchangeQuote {
    /// Value of the returned items (the refund).
    #[serde(with = "crate::wire::WireDecimal")]
    pub returned_value: Decimal,
    /// Bonus offered for exchanging; it only pays towards replacements.
    #[serde(with = "crate::wire::WireDecimal")]
    pub bonus: Decimal,
    /// The part of the bonus used.
    #[serde(with = "crate::wire::WireDecimal")]
    pub bonus_used: Decimal,
    /// Value of the replacement items, with tax.
    #[serde(with = "crate::wire::WireDecimal")]
    pub replacement_value: Decimal,
    /// Who owes whom.
    pub balance: ExchangeBalance,
    /// What the customer still pays.
    #[serde(with = "crate::wire::WireDecimal")]
    pub customer_owes: Decimal,
    /// What goes back to the customer's payments (listed under `tenders`).
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund_due: Decimal,
}

/// Who owes whom after an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExchangeBalance {
    /// The customer pays the difference.
    CustomerOwes,
    /// The shop refunds the difference.
    CustomerIsOwed,
    /// Even.
    Even,
}
