//! The wire format's shapes, for the TypeScript declarations.
//!
//! The policy document, the rate cards and their enums derive `schemars::JsonSchema` in the
//! core, so their TypeScript comes from those very types. The other wire types (orders,
//! requests, quotes, decisions, labels, the RMA document) don't, and the core is not this
//! crate's to change, so this module mirrors them: each mirror has the same fields and the
//! same serde attributes as its core type, and derives `JsonSchema` for the generator.
//!
//! Two checks keep the mirrors true:
//! - at compile time, `fields` destructures every core struct and matches every core enum
//!   exhaustively, so a field or variant added, removed or renamed in the core stops the build
//!   (tests and clippy build it);
//! - at test time (`tests/types.rs`), every fixture input and every answer the engine gives
//!   for them deserializes into its mirror with unknown fields denied, and serializes back to
//!   the same JSON.
//!
//! Amounts are [`Decimal`]s: strings such as `"12.50"`, never numbers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use returnkit::label::{LabelBilling, LabelConstraints, LabelFormat, RateCard};
pub use returnkit::policy::{LabelPayer, PolicyDocument, ReasonClass};
pub use returnkit::ShippingRefund;
pub use returnkit::{Address, Condition, Currency, Exemption, FeeScope, QuoteMode, Resolution};

/// A decimal number written as a string, such as `"12.50"`: every amount of money, rate and
/// weight on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decimal(pub String);

impl Default for Decimal {
    fn default() -> Self {
        Decimal("0".into())
    }
}

/// An instant in RFC 3339, such as `"2026-11-10T14:00:00Z"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Timestamp(pub String);

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IsoDate(pub String);

// ---------------------------------------------------------------- order

/// An order snapshot: what the shop recorded when the order was placed and paid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// The shop's order id.
    pub id: String,
    /// The order's currency.
    pub currency: Currency,
    /// Whether unit prices include tax.
    #[serde(default)]
    pub prices_include_tax: bool,
    /// When the order was placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placed_at: Option<Timestamp>,
    /// Country of the customer (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the order was shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    /// The sales channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The order's tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The lines.
    pub lines: Vec<OrderLine>,
    /// Order-level discounts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<OrderDiscount>,
    /// Shipping charged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shipping_lines: Vec<ShippingLine>,
    /// How the order was paid.
    #[serde(default)]
    pub tenders: Vec<Tender>,
    /// The customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
    /// Whether the customer was told of their withdrawal right (true when absent).
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub withdrawal_notice_given: bool,
    /// What earlier returns already took.
    #[serde(default, skip_serializing_if = "PriorReturns::is_empty")]
    pub prior_returns: PriorReturns,
}

fn yes() -> bool {
    true
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderLine {
    /// The line id.
    pub id: String,
    /// SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Variant id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant_id: Option<String>,
    /// What the customer sees.
    #[serde(default)]
    pub title: String,
    /// Category paths, such as `apparel/outerwear`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Product tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Units ordered.
    pub quantity: i64,
    /// Units fulfilled, when fewer than ordered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_quantity: Option<i64>,
    /// Units delivered, when fewer than fulfilled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_quantity: Option<i64>,
    /// Price of one unit, before discounts.
    pub unit_price: Decimal,
    /// Discounts on this line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<LineDiscount>,
    /// Tax charged on this line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tax_lines: Vec<TaxLine>,
    /// Sold as final sale.
    #[serde(default)]
    pub final_sale: bool,
    /// A statutory exemption from withdrawal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
    /// Weight of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// Dimensions of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Dimensions>,
    /// When it was fulfilled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_at: Option<Timestamp>,
    /// When it was delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<Timestamp>,
}

/// A discount on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LineDiscount {
    /// The discount code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Amount off the whole line.
    pub amount: Decimal,
}

/// Tax charged at one rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxLine {
    /// Name, such as `VAT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Rate, such as `"0.19"`.
    pub rate: Decimal,
    /// Amount charged.
    pub amount: Decimal,
}

/// A discount on the whole order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderDiscount {
    /// The discount code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Amount off the order.
    pub amount: Decimal,
    /// How the shop spread it over the lines, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocations: Option<Vec<DiscountAllocation>>,
}

/// An order discount's share on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscountAllocation {
    /// The line.
    pub line_id: String,
    /// Its share.
    pub amount: Decimal,
}

/// Shipping charged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShippingLine {
    /// Id.
    #[serde(default)]
    pub id: String,
    /// Name.
    #[serde(default)]
    pub title: String,
    /// Price before discount.
    pub price: Decimal,
    /// Discount on shipping.
    #[serde(default)]
    pub discount: Decimal,
    /// Tax on shipping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tax_lines: Vec<TaxLine>,
    /// Price of the cheapest standard option, when this one was faster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_price: Option<Decimal>,
}

/// How a tender was paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TenderKind {
    /// A payment card.
    Card,
    /// A wallet (PayPal, Apple Pay, ...).
    Wallet,
    /// A gift card.
    GiftCard,
    /// Store credit.
    StoreCredit,
    /// Cash on delivery.
    CashOnDelivery,
    /// Anything else.
    Other,
}

/// A payment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tender {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: TenderKind,
    /// Amount paid.
    pub amount: Decimal,
    /// Amount refunded already.
    #[serde(default)]
    pub refunded: Decimal,
}

/// The customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// Id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Loyalty tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// Orders placed.
    #[serde(default)]
    pub order_count: i64,
    /// Returns made.
    #[serde(default)]
    pub return_count: i64,
    /// On the shop's blocklist.
    #[serde(default)]
    pub blocklisted: bool,
}

/// What earlier returns took.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorReturns {
    /// Units returned per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<PriorLineReturn>,
    /// Amounts refunded per tender.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenders: Vec<PriorTenderRefund>,
    /// Shipping refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Decimal>,
    /// Store credit issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<Decimal>,
}

impl PriorReturns {
    fn is_empty(&self) -> bool {
        self == &PriorReturns::default()
    }
}

/// Units of a line returned earlier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorLineReturn {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
}

/// An amount refunded to a tender earlier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorTenderRefund {
    /// The tender.
    pub tender_id: String,
    /// Amount.
    pub amount: Decimal,
}

/// A weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Weight {
    /// Value.
    pub value: Decimal,
    /// Unit.
    pub unit: WeightUnit,
}

/// A unit of weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WeightUnit {
    /// Grams.
    G,
    /// Kilograms.
    Kg,
    /// Ounces.
    Oz,
    /// Pounds.
    Lb,
}

/// Outer dimensions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dimensions {
    /// Length.
    pub length: Decimal,
    /// Width.
    pub width: Decimal,
    /// Height.
    pub height: Decimal,
    /// Unit.
    pub unit: LengthUnit,
}

/// A unit of length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LengthUnit {
    /// Centimetres.
    Cm,
    /// Inches.
    In,
}

// ---------------------------------------------------------------- refund request

/// What to quote: which units, in which mode, with which fees, to which resolution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundRequest {
    /// Must be the order's currency when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// `preview` before the items are back, `final` after inspection.
    #[serde(default)]
    pub mode: QuoteMode,
    /// The units returned.
    #[serde(default)]
    pub lines: Vec<RefundLine>,
    /// How much shipping to refund.
    #[serde(default)]
    pub shipping: ShippingRefund,
    /// Deductions.
    #[serde(default)]
    pub fees: Fees,
    /// Where the money goes.
    #[serde(default)]
    pub resolution: Resolution,
    /// Bonus on store credit or exchanges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<Bonus>,
    /// Which tenders are refunded first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tender_order: Vec<TenderSelector>,
    /// Replacement items, for an exchange.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exchange_items: Vec<ExchangeItem>,
}

/// Units of one line to refund.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundLine {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
    /// Units received (final quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<i64>,
    /// Units accepted (final quotes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<i64>,
    /// The grade found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The accepted units in batches graded apart, instead of one `condition`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<GradedUnits>,
    /// A restocking fee for this line only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking: Option<RestockingFee>,
    /// No fees on this line.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub waive_fees: bool,
}

/// Units of a line accepted at one grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradedUnits {
    /// Units.
    pub units: i64,
    /// Their grade; none for units accepted without inspection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
}

/// Deductions from a refund.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fees {
    /// Restocking fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking: Option<RestockingFee>,
    /// Flat fee per return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_fee: Option<Decimal>,
    /// Label cost charged to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Decimal>,
    /// Percent deducted by condition found at inspection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inspection: Vec<ConditionDeduction>,
}

/// A restocking fee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum RestockingFee {
    /// A percent of the merchandise refunded.
    Percent {
        /// 0 to 100.
        percent: Decimal,
    },
    /// A flat amount.
    Flat {
        /// Amount.
        amount: Decimal,
        /// Per unit, line or return.
        per: FeeScope,
    },
}

/// A percent deducted for a condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConditionDeduction {
    /// The condition.
    pub condition: Condition,
    /// 0 to 100.
    pub percent: Decimal,
}

/// A bonus on store credit or an exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Bonus {
    /// A percent of the refund.
    Percent {
        /// Percent.
        percent: Decimal,
    },
    /// A flat amount.
    Flat {
        /// Amount.
        amount: Decimal,
    },
}

/// A tender, by kind or by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TenderSelector {
    /// Every tender of a kind.
    Kind(TenderKind),
    /// One tender.
    Id(String),
}

/// A replacement item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExchangeItem {
    /// SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Name.
    #[serde(default)]
    pub title: String,
    /// Unit price, as the order's prices are given (with or without tax).
    pub unit_price: Decimal,
    /// Units.
    pub quantity: i64,
    /// Tax rate on it.
    #[serde(default)]
    pub tax_rate: Decimal,
}

// ---------------------------------------------------------------- refund quote

/// A refund quote, line by line, and where the money goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundQuote {
    /// The order.
    pub order_id: String,
    /// Its currency.
    pub currency: Currency,
    /// Preview or final.
    pub mode: QuoteMode,
    /// Where the money goes.
    pub resolution: Resolution,
    /// One per line returned.
    pub lines: Vec<QuoteLine>,
    /// Shipping refunded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<ShippingQuote>,
    /// Deductions on the return as a whole.
    #[serde(default)]
    pub deductions: Vec<Deduction>,
    /// The totals.
    pub totals: QuoteTotals,
    /// The refund per tender (original payment).
    #[serde(default)]
    pub tenders: Vec<TenderRefund>,
    /// Store credit, with its bonus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<StoreCreditQuote>,
    /// An exchange's balance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<ExchangeQuote>,
}

/// One line of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteLine {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
    /// Unit price.
    pub unit_price: Decimal,
    /// Price of the units.
    pub gross: Decimal,
    /// Their share of line discounts.
    pub line_discount: Decimal,
    /// Their share of order discounts.
    pub order_discount: Decimal,
    /// What was paid for them, as priced (with tax when prices include it).
    pub merchandise: Decimal,
    /// Without tax.
    pub net: Decimal,
    /// Tax per rate.
    pub taxes: Vec<TaxShare>,
    /// Tax.
    pub tax: Decimal,
    /// Net plus tax.
    pub subtotal: Decimal,
    /// Deductions on this line.
    pub deductions: Vec<Deduction>,
    /// Subtotal less deductions.
    pub total: Decimal,
}

/// Tax at one rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxShare {
    /// Rate.
    pub rate: Decimal,
    /// Amount.
    pub amount: Decimal,
}

/// A deduction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deduction {
    /// What it is.
    pub kind: DeductionKind,
    /// The condition, for inspection deductions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// Amount.
    pub amount: Decimal,
    /// Cut down so the refund does not go below zero.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub capped: bool,
}

/// Kinds of deduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeductionKind {
    /// Restocking fee.
    RestockingFee,
    /// Return label.
    LabelFee,
    /// Flat return fee.
    ReturnFee,
    /// Condition found at inspection.
    Inspection,
}

/// Shipping refunded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShippingQuote {
    /// Without tax.
    pub net: Decimal,
    /// Tax per rate.
    pub taxes: Vec<TaxShare>,
    /// Tax.
    pub tax: Decimal,
    /// Total.
    pub total: Decimal,
    /// Cut to the standard option's price.
    pub capped_to_standard: bool,
}

/// A quote's totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteTotals {
    /// Merchandise.
    pub merchandise: Decimal,
    /// Net.
    pub net: Decimal,
    /// Tax per rate.
    pub taxes: Vec<TaxShare>,
    /// Tax.
    pub tax: Decimal,
    /// Shipping.
    pub shipping: Decimal,
    /// Deductions.
    pub deductions: Decimal,
    /// What the customer gets back.
    pub refund: Decimal,
}

/// The refund to one tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TenderRefund {
    /// The tender.
    pub tender_id: String,
    /// Its kind.
    pub kind: TenderKind,
    /// Amount.
    pub amount: Decimal,
}

/// Store credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoreCreditQuote {
    /// The refund as credit.
    pub amount: Decimal,
    /// The bonus on top.
    pub bonus: Decimal,
    /// Both.
    pub total: Decimal,
}

/// An exchange's balance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExchangeQuote {
    /// Value of what comes back.
    pub returned_value: Decimal,
    /// Bonus granted.
    pub bonus: Decimal,
    /// Bonus used towards the replacements.
    pub bonus_used: Decimal,
    /// Value of the replacements.
    pub replacement_value: Decimal,
    /// Who owes whom.
    pub balance: ExchangeBalance,
    /// What the customer pays.
    pub customer_owes: Decimal,
    /// What the customer gets back.
    pub refund_due: Decimal,
}

/// Who owes whom after an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExchangeBalance {
    /// The customer pays the difference.
    CustomerOwes,
    /// The customer gets the difference back.
    CustomerIsOwed,
    /// Even.
    Even,
}

// ---------------------------------------------------------------- decisions

/// A request to return items of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// The items.
    pub lines: Vec<ReturnLine>,
    /// The resolution asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    /// Photos attached.
    #[serde(default)]
    pub photos_provided: bool,
    /// Where the customer ships from; the order's shipping address when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Address>,
    /// Replacements, for an exchange.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exchange_items: Vec<ExchangeItem>,
}

/// One item to return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnLine {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
    /// A reason code: standard (`defective`, `size_or_fit`, ...) or the policy's own.
    pub reason: String,
    /// The condition the customer reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// A sealed item was unsealed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsealed: bool,
}

/// Approve, review or deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Approved.
    Approve,
    /// A person decides.
    Review,
    /// Refused.
    Deny,
}

/// A decision on a return request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// For the return as a whole.
    pub outcome: Outcome,
    /// One per requested line.
    pub lines: Vec<LineDecision>,
    /// Reasons about the whole return.
    #[serde(default)]
    pub reasons: Vec<DecisionReason>,
    /// The resolutions offered, each with its refund preview.
    #[serde(default)]
    pub resolutions: Vec<ResolutionOffer>,
    /// The customer keeps the items.
    pub keep_item: bool,
    /// Why they keep them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_item_reason: Option<String>,
    /// Who pays the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_payer: Option<LabelPayer>,
    /// The label quote, with rate cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<LabelQuote>,
    /// Last day a label issued today can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_expires_on: Option<IsoDate>,
    /// When the refund is due by law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_by: Option<IsoDate>,
    /// Statutory rules that applied.
    #[serde(default)]
    pub statutory: Vec<StatutoryRule>,
    /// Goodwill credit granted by a rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goodwill_credit: Option<Decimal>,
    /// Rules that fired.
    #[serde(default)]
    pub fired_rules: Vec<FiredRule>,
}

/// The decision on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LineDecision {
    /// The line.
    pub line_id: String,
    /// Units asked for.
    pub requested_quantity: i64,
    /// Units that can be returned.
    pub eligible_quantity: i64,
    /// Outcome.
    pub outcome: Outcome,
    /// Class of the reason given.
    pub reason_class: ReasonClass,
    /// Why the line is denied or reviewed.
    #[serde(default)]
    pub reasons: Vec<DecisionReason>,
    /// Last day to return it (shop time); absent for unlimited windows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<IsoDate>,
    /// The instant the window closes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<Timestamp>,
    /// The customer keeps this item.
    pub keep_item: bool,
    /// The statutory right that covers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory_right: Option<String>,
}

/// A reason, with a message for the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionReason {
    /// Stable code.
    pub code: String,
    /// For the customer.
    pub message: String,
    /// The rule that gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
}

/// A resolution on offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolutionOffer {
    /// The resolution.
    pub resolution: Resolution,
    /// The refund request behind the preview.
    pub request: RefundRequest,
    /// The refund preview.
    pub quote: RefundQuote,
}

/// A statutory rule that applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatutoryRule {
    /// Stable code.
    pub code: String,
    /// The rule, with its source.
    pub description: String,
}

/// A rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FiredRule {
    /// The rule.
    pub rule_id: String,
    /// The lines it fired for.
    pub line_ids: Vec<String>,
}

// ---------------------------------------------------------------- labels

/// What a label must carry, and from where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelRequest {
    /// Where the parcel starts.
    pub origin: Address,
    /// The units.
    pub items: Vec<ParcelItem>,
    /// The shop's box, if it sends one.
    #[serde(default)]
    pub packaging: Packaging,
    /// Which labels are acceptable.
    #[serde(default)]
    pub constraints: LabelConstraints,
    /// Share of pay-on-use labels expected to be used, 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_use_rate: Option<Decimal>,
}

/// Units of one line in a parcel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ParcelItem {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
    /// Weight of one unit.
    pub weight: Weight,
    /// Dimensions of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Dimensions>,
}

/// The shop's box.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Packaging {
    /// Weight of the empty box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tare: Option<Weight>,
    /// Its outer dimensions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub box_size: Option<Dimensions>,
}

/// A label quote: the cheapest acceptable service, the others, and those that can't.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelQuote {
    /// The cheapest acceptable option.
    pub chosen: LabelOption,
    /// The other acceptable options, cheapest first.
    pub alternatives: Vec<LabelOption>,
    /// Services that can't carry it, and why.
    pub rejected: Vec<RejectedService>,
}

/// A priced label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelOption {
    /// Carrier.
    pub carrier: String,
    /// Service.
    pub service: String,
    /// Priced from a sample card.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// Zone.
    pub zone: String,
    /// Prepaid or pay on use.
    pub billing: LabelBilling,
    /// Printed label or QR code.
    pub format: LabelFormat,
    /// Currency of the prices.
    pub currency: Currency,
    /// Unit of the weights.
    pub weight_unit: String,
    /// One per parcel.
    pub parcels: Vec<PricedParcel>,
    /// What the labels cost.
    pub cost: Decimal,
    /// What they are expected to cost (pay-on-use labels are paid only when used).
    pub expected_cost: Decimal,
    /// Days the label can be used.
    pub validity_days: i64,
    /// Transit days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transit_days: Option<i64>,
    /// Days an unused prepaid label can be voided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void_days: Option<i64>,
}

/// One parcel's price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PricedParcel {
    /// Units in it.
    pub units: i64,
    /// Actual weight.
    pub actual_weight: Decimal,
    /// Dimensional weight.
    pub dimensional_weight: Decimal,
    /// Billable weight.
    pub billable_weight: Decimal,
    /// Base price.
    pub base: Decimal,
    /// Fuel surcharge.
    pub fuel: Decimal,
    /// Residential surcharge.
    pub residential: Decimal,
    /// Per-label fee.
    pub per_label: Decimal,
    /// Fee charged when a pay-on-use label is used.
    pub on_use: Decimal,
    /// Total.
    pub total: Decimal,
}

/// A service that can't carry the return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectedService {
    /// Carrier.
    pub carrier: String,
    /// Service.
    pub service: String,
    /// Why not.
    pub reason: String,
}

// ---------------------------------------------------------------- RMA

/// Who acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The customer.
    Customer,
    /// A support agent.
    Agent,
    /// The warehouse.
    Warehouse,
    /// A carrier.
    Carrier,
    /// A backend job.
    System,
}

/// A command to a return authorization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Command {
    /// The version the caller last saw (0 to submit).
    pub expected_version: u64,
    /// Repeating a command with the same key changes nothing.
    pub idempotency_key: String,
    /// Who acts.
    pub actor: Actor,
    /// When.
    pub at: Timestamp,
    /// What.
    #[serde(flatten)]
    pub action: CommandAction,
}

/// What a command asks, by `type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CommandAction {
    /// Open a return authorization from a decision.
    Submit(Box<Submission>),
    /// Approve.
    Approve {
        /// Units approved per line; absent lines keep the decision's eligible units.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        lines: Vec<LineUnits>,
    },
    /// Refuse.
    Reject {
        /// A code.
        code: String,
        /// For the customer.
        #[serde(default)]
        message: String,
    },
    /// Ask the customer for more information.
    RequestInfo {
        /// What is asked.
        message: String,
    },
    /// A label was issued.
    IssueLabel {
        /// The parcel.
        parcel_id: String,
        /// Carrier.
        #[serde(default)]
        carrier: String,
        /// Tracking number.
        #[serde(default)]
        tracking: String,
        /// Last day it can be used.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expires_on: Option<IsoDate>,
    },
    /// A carrier scan.
    RecordCarrierScan {
        /// The parcel.
        parcel_id: String,
        /// What the scan says.
        scan: Scan,
    },
    /// Units arrived.
    ReceiveItems {
        /// The parcel.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parcel_id: Option<String>,
        /// Units per line.
        #[serde(default)]
        lines: Vec<LineUnits>,
        /// Things not approved.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        extra: Vec<ExtraItem>,
    },
    /// Units inspected.
    InspectItems {
        /// One per line.
        lines: Vec<Inspection>,
    },
    /// Accept the units of a lost parcel.
    SettleLostParcel {
        /// The parcel.
        parcel_id: String,
        /// Units per line in it.
        lines: Vec<LineUnits>,
    },
    /// A refund paid.
    RecordRefund {
        /// Amount.
        amount: Decimal,
        /// Payment provider's reference.
        reference: String,
        /// The tender.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tender_id: Option<String>,
    },
    /// Store credit issued.
    RecordStoreCredit {
        /// Amount.
        amount: Decimal,
        /// Reference.
        reference: String,
    },
    /// The exchange shipped.
    ShipExchange {
        /// Reference.
        reference: String,
    },
    /// Withdraw the return.
    Cancel {
        /// Why.
        #[serde(default)]
        reason: String,
    },
    /// Close a settled return.
    Close,
    /// Time passes.
    Tick,
}

/// What opens a return authorization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// The host's id for the RMA.
    pub rma_id: String,
    /// A sequence number the host allocates; the RMA number is made from it.
    pub sequence: u64,
    /// The order, as decided.
    pub order: Order,
    /// The decision.
    pub decision: Decision,
    /// The resolution chosen among those offered.
    pub resolution: Resolution,
    /// The shop's time zone (IANA).
    #[serde(default = "utc")]
    pub timezone: String,
}

fn utc() -> String {
    "UTC".into()
}

/// Units of one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LineUnits {
    /// The line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
}

/// A carrier scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scan {
    /// Moving.
    InTransit,
    /// Delivered to the warehouse.
    Delivered,
    /// Lost.
    Lost,
}

/// Something in a parcel that was not approved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraItem {
    /// What it is.
    pub description: String,
    /// Units.
    pub quantity: i64,
}

/// What inspection found for one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inspection {
    /// The line.
    pub line_id: String,
    /// Units accepted.
    #[serde(default)]
    pub accepted: i64,
    /// Units rejected.
    #[serde(default)]
    pub rejected: i64,
    /// The grade.
    pub condition: Condition,
    /// What happens to them.
    pub disposition: Disposition,
}

/// What happens to a returned unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    /// Back to stock.
    Restock,
    /// Refurbished first.
    Refurbish,
    /// Sold as used.
    ResellAsUsed,
    /// Recycled.
    Recycle,
    /// Donated.
    Donate,
    /// Sent back to the customer.
    ReturnToCustomer,
}

/// A stored RMA: the state, the customer-facing status and the event log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RmaDocument {
    /// The document format's version (1).
    pub schema_version: u64,
    /// The state.
    pub rma: Rma,
    /// What the customer sees (derived; ignored on input).
    pub status: StatusView,
    /// Every event, oldest first.
    pub events: Vec<Event>,
}

/// A document and the events a command made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RmaOutcome {
    /// The document after the command.
    pub document: RmaDocument,
    /// The events the command made (the original ones for a repeated command).
    pub events: Vec<Event>,
}

/// Authorization states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Authorization {
    /// Submitted.
    Requested,
    /// A person decides.
    PendingReview,
    /// Approved.
    Approved,
    /// Rejected.
    Rejected,
    /// Cancelled.
    Cancelled,
    /// Not shipped in time.
    Expired,
    /// Settled and closed.
    Closed,
}

/// A parcel's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Logistics {
    /// No label yet.
    AwaitingShipment,
    /// Label issued.
    LabelIssued,
    /// Moving.
    InTransit,
    /// At the warehouse.
    DeliveredToWarehouse,
    /// Lost.
    Lost,
}

/// The money axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoneyState {
    /// Nothing due yet.
    NothingDue,
    /// A refund is due.
    RefundPending,
    /// Part paid.
    PartiallyRefunded,
    /// Paid.
    Refunded,
    /// Credited.
    Credited,
    /// Exchange shipped.
    ExchangeShipped,
}

/// A return authorization's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rma {
    /// The host's id.
    pub id: String,
    /// The RMA number the customer sees.
    pub number: String,
    /// Version: the number of events.
    pub version: u64,
    /// The order.
    pub order: Order,
    /// Where the money goes.
    pub resolution: Resolution,
    /// The refund request the decision priced.
    pub terms: RefundRequest,
    /// The authorization axis.
    pub authorization: Authorization,
    /// Per line.
    pub lines: Vec<RmaLine>,
    /// Parcels.
    pub parcels: Vec<Parcel>,
    /// Things received that were not approved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_items: Vec<ExtraItem>,
    /// Refund due for the accepted units.
    pub refund_due: Decimal,
    /// Refunds paid.
    #[serde(default)]
    pub refunds: Vec<Payment>,
    /// Credits issued.
    #[serde(default)]
    pub credits: Vec<Payment>,
    /// The exchange shipped.
    pub exchange_shipped: bool,
    /// The customer keeps the items.
    pub keep_item: bool,
    /// When the refund is due by law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_by: Option<IsoDate>,
    /// Due or overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_flag: Option<RefundFlag>,
    /// Ship by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_by: Option<IsoDate>,
    /// Code and message of a rejection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<(String, String)>,
    /// What the shop asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info_requested: Option<String>,
    /// The shop's time zone.
    pub timezone: String,
    /// When it was submitted.
    pub submitted_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

/// One line of an RMA.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RmaLine {
    /// The line.
    pub line_id: String,
    /// Reason class.
    pub reason_class: ReasonClass,
    /// Units asked for.
    pub requested: i64,
    /// Units eligible.
    pub eligible: i64,
    /// Units approved.
    pub approved: i64,
    /// Units received.
    pub received: i64,
    /// Units accepted.
    pub accepted: i64,
    /// Units rejected.
    pub rejected: i64,
    /// Grade found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// What happens to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition: Option<Disposition>,
}

/// A parcel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Parcel {
    /// The host's id.
    pub id: String,
    /// State.
    pub state: Logistics,
    /// Carrier.
    pub carrier: String,
    /// Tracking number.
    pub tracking: String,
    /// Last day the label can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<IsoDate>,
}

/// A refund or credit paid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// Amount.
    pub amount: Decimal,
    /// Reference.
    pub reference: String,
    /// The tender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tender_id: Option<String>,
}

/// Whether a refund is due or overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RefundFlag {
    /// Due.
    Due,
    /// Overdue.
    Overdue,
}

/// An event in an RMA's log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// The version it made.
    pub version: u64,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// The command's key.
    pub idempotency_key: String,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What happened, by `event`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// Submitted.
    Submitted(Box<Submitted>),
    /// Approved.
    Approved {
        /// Units per line.
        lines: Vec<LineUnits>,
    },
    /// Rejected.
    Rejected {
        /// Code.
        code: String,
        /// Message.
        message: String,
    },
    /// Information requested.
    InfoRequested {
        /// What.
        message: String,
    },
    /// Label issued.
    LabelIssued {
        /// Parcel.
        parcel_id: String,
        /// Carrier.
        carrier: String,
        /// Tracking.
        tracking: String,
        /// Last day.
        expires_on: Option<IsoDate>,
    },
    /// Carrier scan.
    CarrierScanned {
        /// Parcel.
        parcel_id: String,
        /// Scan.
        scan: Scan,
    },
    /// Items received.
    ItemsReceived {
        /// Parcel.
        parcel_id: Option<String>,
        /// Units per line.
        lines: Vec<LineUnits>,
        /// Not approved.
        extra: Vec<ExtraItem>,
    },
    /// Items inspected.
    ItemsInspected {
        /// Per line.
        lines: Vec<Inspection>,
        /// Refund due after it.
        refund_due: Decimal,
    },
    /// Lost parcel settled.
    LostParcelSettled {
        /// Parcel.
        parcel_id: String,
        /// Units per line.
        lines: Vec<LineUnits>,
        /// Refund due after it.
        refund_due: Decimal,
    },
    /// Refund recorded.
    RefundRecorded {
        /// Amount.
        amount: Decimal,
        /// Reference.
        reference: String,
        /// Tender.
        tender_id: Option<String>,
    },
    /// Store credit recorded.
    StoreCreditRecorded {
        /// Amount.
        amount: Decimal,
        /// Reference.
        reference: String,
    },
    /// Exchange shipped.
    ExchangeShipped {
        /// Reference.
        reference: String,
    },
    /// Cancelled.
    Cancelled {
        /// Why.
        reason: String,
    },
    /// Closed.
    Closed,
    /// Expired.
    Expired,
    /// Refund deadline flagged.
    RefundDeadlineFlagged {
        /// Due or overdue.
        flag: RefundFlag,
        /// The deadline.
        refund_by: IsoDate,
    },
}

/// The submission event's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Submitted {
    /// RMA id.
    pub rma_id: String,
    /// RMA number.
    pub number: String,
    /// The order.
    pub order: Order,
    /// Resolution.
    pub resolution: Resolution,
    /// The decision's outcome.
    pub outcome: Outcome,
    /// Per line.
    pub lines: Vec<SubmittedLine>,
    /// Refund terms.
    pub terms: RefundRequest,
    /// Refund deadline.
    pub refund_by: Option<IsoDate>,
    /// Ship-by date.
    pub ship_by: Option<IsoDate>,
    /// Keep the items.
    pub keep_item: bool,
    /// Time zone.
    pub timezone: String,
}

/// One line of a submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmittedLine {
    /// The line.
    pub line_id: String,
    /// Units asked for.
    pub requested: i64,
    /// Units eligible.
    pub eligible: i64,
    /// Reason class.
    pub reason_class: ReasonClass,
}

/// The customer-facing status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CustomerStatus {
    /// Submitted.
    Submitted,
    /// Being reviewed.
    UnderReview,
    /// More information needed.
    InformationNeeded,
    /// Approved; ship the items.
    Approved,
    /// Approved; keep the items.
    KeepItems,
    /// Label ready.
    LabelReady,
    /// On its way.
    OnItsWay,
    /// Received.
    Received,
    /// Refund issued.
    RefundIssued,
    /// Credit issued.
    CreditIssued,
    /// Replacement shipped.
    ExchangeShipped,
    /// Done.
    Completed,
    /// Not approved.
    Declined,
    /// Withdrawn.
    Cancelled,
    /// Not shipped in time.
    Expired,
}

/// The status, its message and its timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusView {
    /// Now.
    pub status: CustomerStatus,
    /// For the customer.
    pub message: String,
    /// The money axis.
    pub money: MoneyState,
    /// Every change of status, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// One change of status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    /// When.
    pub at: Timestamp,
    /// The new status.
    pub status: CustomerStatus,
    /// Its message.
    pub message: String,
}

// ---------------------------------------------------------------- wire envelopes

/// Input of a refund quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteInput {
    /// The order.
    pub order: Order,
    /// What to quote.
    pub request: RefundRequest,
}

/// Input of a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecideInput {
    /// The order.
    pub order: Order,
    /// The return request.
    pub request: ReturnRequest,
    /// The instant of the decision (RFC 3339).
    pub now: Timestamp,
}

/// Input of an exact split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AllocateInput {
    /// The amount.
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// Non-negative weights.
    pub weights: Vec<Decimal>,
}

/// An error record: what `ReturnKitError` carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// Stable code (1xxx argument, 2xxx policy, 3xxx transition, 4xxx money, 9001 internal).
    pub code: u32,
    /// Stable snake_case name.
    pub kind: String,
    /// Path of the input field at fault.
    pub field: String,
    /// What went wrong.
    pub message: String,
}

/// Every problem in a policy document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyCheck {
    /// No problems.
    pub ok: bool,
    /// The problems, in document order.
    pub errors: Vec<ErrorRecord>,
}

/// Compile-time checks: every core struct destructured and every core enum matched
/// exhaustively, so a change to a wire type in the core stops the build until its mirror
/// follows. (The test `tests/types.rs` checks the serde side.)
#[allow(dead_code, clippy::too_many_lines)]
mod fields {
    use returnkit::decision as d;
    use returnkit::label as l;
    use returnkit::rma as r;

    macro_rules! same_fields {
        ($($path:path { $($f:ident),* $(,)? })*) => {
            $( const _: fn($path) = |v| { let $path { $($f: _),* } = v; }; )*
        };
    }

    same_fields! {
        returnkit::Order { id, currency, prices_include_tax, placed_at, country, shipping_address,
            channel, tags, lines, discounts, shipping_lines, tenders, customer,
            withdrawal_notice_given, prior_returns }
        returnkit::OrderLine { id, sku, product_id, variant_id, title, categories, tags, quantity,
            fulfilled_quantity, delivered_quantity, unit_price, discounts, tax_lines, final_sale,
            exemption, weight, dimensions, fulfilled_at, delivered_at }
        returnkit::LineDiscount { code, amount }
        returnkit::TaxLine { title, rate, amount }
        returnkit::OrderDiscount { code, amount, allocations }
        returnkit::DiscountAllocation { line_id, amount }
        returnkit::ShippingLine { id, title, price, discount, tax_lines, standard_price }
        returnkit::Tender { id, kind, amount, refunded }
        returnkit::Customer { id, tags, tier, order_count, return_count, blocklisted }
        returnkit::PriorReturns { lines, tenders, shipping, store_credit }
        returnkit::PriorLineReturn { line_id, quantity }
        returnkit::PriorTenderRefund { tender_id, amount }
        returnkit::Weight { value, unit }
        returnkit::Dimensions { length, width, height, unit }
        returnkit::RefundRequest { currency, mode, lines, shipping, fees, resolution, bonus,
            tender_order, exchange_items }
        returnkit::RefundLine { line_id, quantity, received, accepted, condition, grades,
            restocking, waive_fees }
        returnkit::GradedUnits { units, condition }
        returnkit::Fees { restocking, return_fee, label, inspection }
        returnkit::ConditionDeduction { condition, percent }
        returnkit::ExchangeItem { sku, title, unit_price, quantity, tax_rate }
        returnkit::RefundQuote { order_id, currency, mode, resolution, lines, shipping,
            deductions, totals, tenders, store_credit, exchange }
        returnkit::QuoteLine { line_id, quantity, unit_price, gross, line_discount,
            order_discount, merchandise, net, taxes, tax, subtotal, deductions, total }
        returnkit::TaxShare { rate, amount }
        returnkit::Deduction { kind, condition, amount, capped }
        returnkit::ShippingQuote { net, taxes, tax, total, capped_to_standard }
        returnkit::QuoteTotals { merchandise, net, taxes, tax, shipping, deductions, refund }
        returnkit::TenderRefund { tender_id, kind, amount }
        returnkit::StoreCreditQuote { amount, bonus, total }
        returnkit::ExchangeQuote { returned_value, bonus, bonus_used, replacement_value,
            balance, customer_owes, refund_due }
        d::ReturnRequest { lines, resolution, photos_provided, origin, exchange_items }
        d::ReturnLine { line_id, quantity, reason, condition, unsealed }
        d::Decision { outcome, lines, reasons, resolutions, keep_item, keep_item_reason,
            label_payer, label, label_expires_on, refund_by, statutory, goodwill_credit,
            fired_rules }
        d::LineDecision { line_id, requested_quantity, eligible_quantity, outcome, reason_class,
            reasons, deadline, closes_at, keep_item, statutory_right }
        d::DecisionReason { code, message, rule_id }
        d::ResolutionOffer { resolution, request, quote }
        d::StatutoryRule { code, description }
        d::FiredRule { rule_id, line_ids }
        l::LabelRequest { origin, items, packaging, constraints, expected_use_rate }
        l::ParcelItem { line_id, quantity, weight, dimensions }
        l::Packaging { tare, box_size }
        l::LabelQuote { chosen, alternatives, rejected }
        l::LabelOption { carrier, service, sample, zone, billing, format, currency, weight_unit,
            parcels, cost, expected_cost, validity_days, transit_days, void_days }
        l::PricedParcel { units, actual_weight, dimensional_weight, billable_weight, base, fuel,
            residential, per_label, on_use, total }
        l::RejectedService { carrier, service, reason }
        r::Command { expected_version, idempotency_key, actor, at, action }
        r::Submission { rma_id, sequence, order, decision, resolution, timezone }
        r::LineUnits { line_id, quantity }
        r::ExtraItem { description, quantity }
        r::Inspection { line_id, accepted, rejected, condition, disposition }
        r::Rma { id, number, version, order, resolution, terms, authorization, lines, parcels,
            extra_items, refund_due, refunds, credits, exchange_shipped, keep_item, refund_by,
            refund_flag, ship_by, rejection, info_requested, timezone, submitted_at, updated_at }
        r::RmaLine { line_id, reason_class, requested, eligible, approved, received, accepted,
            rejected, condition, disposition }
        r::Parcel { id, state, carrier, tracking, expires_on }
        r::Payment { amount, reference, tender_id }
        r::Event { version, at, actor, idempotency_key, kind }
        r::Submitted { rma_id, number, order, resolution, outcome, lines, terms, refund_by,
            ship_by, keep_item, timezone }
        r::SubmittedLine { line_id, requested, eligible, reason_class }
        r::StatusView { status, message, money, timeline }
        r::TimelineEntry { at, status, message }
    }

    macro_rules! same_variants {
        ($($ty:path => [$($v:pat),* $(,)?])*) => {
            $( const _: fn($ty) = |v| match v { $($v => {}),* }; )*
        };
    }

    same_variants! {
        returnkit::TenderKind => [returnkit::TenderKind::Card, returnkit::TenderKind::Wallet,
            returnkit::TenderKind::GiftCard, returnkit::TenderKind::StoreCredit,
            returnkit::TenderKind::CashOnDelivery, returnkit::TenderKind::Other]
        returnkit::WeightUnit => [returnkit::WeightUnit::G, returnkit::WeightUnit::Kg,
            returnkit::WeightUnit::Oz, returnkit::WeightUnit::Lb]
        returnkit::LengthUnit => [returnkit::LengthUnit::Cm, returnkit::LengthUnit::In]
        returnkit::RestockingFee => [returnkit::RestockingFee::Percent { percent: _ },
            returnkit::RestockingFee::Flat { amount: _, per: _ }]
        returnkit::Bonus => [returnkit::Bonus::Percent { percent: _ },
            returnkit::Bonus::Flat { amount: _ }]
        returnkit::TenderSelector => [returnkit::TenderSelector::Kind(_),
            returnkit::TenderSelector::Id(_)]
        returnkit::DeductionKind => [returnkit::DeductionKind::RestockingFee,
            returnkit::DeductionKind::LabelFee, returnkit::DeductionKind::ReturnFee,
            returnkit::DeductionKind::Inspection]
        returnkit::ExchangeBalance => [returnkit::ExchangeBalance::CustomerOwes,
            returnkit::ExchangeBalance::CustomerIsOwed, returnkit::ExchangeBalance::Even]
        d::Outcome => [d::Outcome::Approve, d::Outcome::Review, d::Outcome::Deny]
        r::Actor => [r::Actor::Customer, r::Actor::Agent, r::Actor::Warehouse, r::Actor::Carrier,
            r::Actor::System]
        r::Action => [r::Action::Submit(_), r::Action::Approve { lines: _ },
            r::Action::Reject { code: _, message: _ }, r::Action::RequestInfo { message: _ },
            r::Action::IssueLabel { parcel_id: _, carrier: _, tracking: _, expires_on: _ },
            r::Action::RecordCarrierScan { parcel_id: _, scan: _ },
            r::Action::ReceiveItems { parcel_id: _, lines: _, extra: _ },
            r::Action::InspectItems { lines: _ },
            r::Action::SettleLostParcel { parcel_id: _, lines: _ },
            r::Action::RecordRefund { amount: _, reference: _, tender_id: _ },
            r::Action::RecordStoreCredit { amount: _, reference: _ },
            r::Action::ShipExchange { reference: _ }, r::Action::Cancel { reason: _ },
            r::Action::Close, r::Action::Tick]
        r::Scan => [r::Scan::InTransit, r::Scan::Delivered, r::Scan::Lost]
        r::Disposition => [r::Disposition::Restock, r::Disposition::Refurbish,
            r::Disposition::ResellAsUsed, r::Disposition::Recycle, r::Disposition::Donate,
            r::Disposition::ReturnToCustomer]
        r::Authorization => [r::Authorization::Requested, r::Authorization::PendingReview,
            r::Authorization::Approved, r::Authorization::Rejected, r::Authorization::Cancelled,
            r::Authorization::Expired, r::Authorization::Closed]
        r::Logistics => [r::Logistics::AwaitingShipment, r::Logistics::LabelIssued,
            r::Logistics::InTransit, r::Logistics::DeliveredToWarehouse, r::Logistics::Lost]
        r::MoneyState => [r::MoneyState::NothingDue, r::MoneyState::RefundPending,
            r::MoneyState::PartiallyRefunded, r::MoneyState::Refunded, r::MoneyState::Credited,
            r::MoneyState::ExchangeShipped]
        r::RefundFlag => [r::RefundFlag::Due, r::RefundFlag::Overdue]
        r::EventKind => [r::EventKind::Submitted(_), r::EventKind::Approved { lines: _ },
            r::EventKind::Rejected { code: _, message: _ },
            r::EventKind::InfoRequested { message: _ },
            r::EventKind::LabelIssued { parcel_id: _, carrier: _, tracking: _, expires_on: _ },
            r::EventKind::CarrierScanned { parcel_id: _, scan: _ },
            r::EventKind::ItemsReceived { parcel_id: _, lines: _, extra: _ },
            r::EventKind::ItemsInspected { lines: _, refund_due: _ },
            r::EventKind::LostParcelSettled { parcel_id: _, lines: _, refund_due: _ },
            r::EventKind::RefundRecorded { amount: _, reference: _, tender_id: _ },
            r::EventKind::StoreCreditRecorded { amount: _, reference: _ },
            r::EventKind::ExchangeShipped { reference: _ }, r::EventKind::Cancelled { reason: _ },
            r::EventKind::Closed, r::EventKind::Expired,
            r::EventKind::RefundDeadlineFlagged { flag: _, refund_by: _ }]
        r::CustomerStatus => [r::CustomerStatus::Submitted, r::CustomerStatus::UnderReview,
            r::CustomerStatus::InformationNeeded, r::CustomerStatus::Approved,
            r::CustomerStatus::KeepItems, r::CustomerStatus::LabelReady,
            r::CustomerStatus::OnItsWay, r::CustomerStatus::Received,
            r::CustomerStatus::RefundIssued, r::CustomerStatus::CreditIssued,
            r::CustomerStatus::ExchangeShipped, r::CustomerStatus::Completed,
            r::CustomerStatus::Declined, r::CustomerStatus::Cancelled, r::CustomerStatus::Expired]
    }
}
