//! The order snapshot: what a shop passes in about the order being returned. Plain serde data,
//! as the shop recorded it when the order was placed and paid. Amounts are decimal strings in
//! the order's currency; tax is what was charged, never recomputed.

use smol_str::SmolStr;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Currency;

/// An order as the shop recorded it.
///
/// ```
/// use returnkit::{from_json, Order};
/// let order: Order = from_json(r#"{
///   "id": "1001", "currency": "EUR", "prices_include_tax": true,
///   "lines": [{"id": "a", "quantity": 1, "unit_price": "150.00"}],
///   "tenders": [{"id": "card", "kind": "card", "amount": "150.00"}]
/// }"#).unwrap();
/// assert_eq!(order.lines[0].quantity, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// The shop's order id.
    pub id: SmolStr,
    /// Currency of every amount in the order.
    pub currency: Currency,
    /// Whether unit prices and shipping prices include tax (as in the EU and UK), or tax is
    /// charged on top (as in the US).
    #[serde(default)]
    pub prices_include_tax: bool,
    /// When the order was placed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::wire::timestamp::option"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub placed_at: Option<DateTime<Utc>>,
    /// Two-letter country the order ships to (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the order was shipped, and where a return label is picked up from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    /// Sales channel, such as `online_store` or `pos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The shop's tags on the order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The items bought.
    pub lines: Vec<OrderLine>,
    /// Discounts on the whole order (a code for 20% off, say), spread over the lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<OrderDiscount>,
    /// Shipping charged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shipping_lines: Vec<ShippingLine>,
    /// The payments on the order.
    #[serde(default)]
    pub tenders: Vec<Tender>,
    /// Who bought.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
    /// Whether the customer was told of their right of withdrawal. Where they were not, EU
    /// and UK law extend the withdrawal period by 12 months.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub withdrawal_notice_given: bool,
    /// What earlier returns on this order already took back.
    #[serde(default, skip_serializing_if = "PriorReturns::is_empty")]
    pub prior_returns: PriorReturns,
    /// The shop's own currency, when the customer paid in another: `currency` is then the
    /// presentment currency (what the customer saw and paid), and refunds are also given in
    /// the shop's money (see `docs/currencies.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shop_money: Option<ShopMoney>,
}

/// How an order paid in the customer's currency was booked in the shop's.
///
/// ```
/// use returnkit::{from_json, ShopMoney};
/// let s: ShopMoney = from_json(r#"{"currency": "USD", "exchange_rate": "1.0850"}"#).unwrap();
/// assert_eq!(s.exchange_rate.to_string(), "1.0850");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShopMoney {
    /// The shop's currency.
    pub currency: Currency,
    /// Units of the shop's currency per unit of the order's, as captured at payment.
    #[serde(with = "crate::wire::WireDecimal")]
    pub exchange_rate: Decimal,
    /// What each line was booked at in the shop's currency (its merchandise paid, with tax
    /// when tax is charged on top), as the shop's books hold it (Shopify's `shop_money`).
    /// When given, every line is listed, and refunds of a line telescope over its booked
    /// amount, so that returning all of it refunds exactly what was booked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<ShopLineAmount>,
    /// What shipping was booked at (with its tax when charged on top); converted at the rate
    /// when absent.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub shipping: Option<Decimal>,
}

/// A line's amount as booked in the shop's currency.
///
/// ```
/// use returnkit::{from_json, ShopLineAmount};
/// let a: ShopLineAmount = from_json(r#"{"line_id": "a", "amount": "162.75"}"#).unwrap();
/// assert_eq!(a.line_id, "a");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShopLineAmount {
    /// The line.
    pub line_id: String,
    /// Its amount in the shop's currency.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

fn yes() -> bool {
    true
}

/// One item line of an order.
///
/// ```
/// use returnkit::{from_json, OrderLine};
/// let line: OrderLine = from_json(r#"{"id": "l1", "quantity": 2, "unit_price": "89.00"}"#).unwrap();
/// assert_eq!((line.id.as_str(), line.quantity), ("l1", 2));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderLine {
    /// The shop's line id, unique within the order.
    pub id: SmolStr,
    /// Stock keeping unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Variant id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant_id: Option<String>,
    /// Title shown to the customer.
    #[serde(default)]
    pub title: String,
    /// Product categories (`shoes`, `electronics/phones`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Product tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Units bought.
    pub quantity: i64,
    /// Units shipped; absent means all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_quantity: Option<i64>,
    /// Units delivered; absent means all that were shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_quantity: Option<i64>,
    /// Price of one unit before discounts (tax included if the order's prices include tax).
    #[serde(with = "crate::wire::WireDecimal")]
    pub unit_price: Decimal,
    /// Discounts on this line alone, each for the whole line (not per unit).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discounts: Vec<LineDiscount>,
    /// Tax charged on this line, one entry per rate, for the whole line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tax_lines: Vec<TaxLine>,
    /// Sold as final sale (not returnable under the shop's policy), as at purchase time.
    #[serde(default)]
    pub final_sale: bool,
    /// Why the item is exempt from the statutory right of withdrawal, if it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
    /// Weight of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// Dimensions of one unit, packed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Dimensions>,
    /// When the line was shipped.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::wire::timestamp::option"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub fulfilled_at: Option<DateTime<Utc>>,
    /// When the line was delivered.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::wire::timestamp::option"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub delivered_at: Option<DateTime<Utc>>,
    /// The components, when the line is a bundle or kit sold at one price. A component
    /// returned alone refunds its share of the line (see `docs/bundles.md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<BundleComponent>,
}

/// One component of a bundle or kit.
///
/// Its share of the bundle's price, discounts and tax follows its weight. When every
/// component has a `weight`, those are the weights; otherwise, when every component has a
/// `unit_price`, its list price times its quantity; otherwise each counts its quantity.
///
/// ```
/// use returnkit::{from_json, BundleComponent};
/// let c: BundleComponent = from_json(r#"{"id": "lens", "quantity": 2, "weight": "3"}"#).unwrap();
/// assert_eq!((c.id.as_str(), c.quantity), ("lens", 2));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BundleComponent {
    /// The component's id, unique within the line.
    pub id: SmolStr,
    /// Stock keeping unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Title shown to the customer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Units of this component in one bundle.
    #[serde(default = "one")]
    pub quantity: i64,
    /// Declared weight of the component (all its units in one bundle) in the bundle's price.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub weight: Option<Decimal>,
    /// List price of one unit sold alone, used as its weight when weights are not declared.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub unit_price: Option<Decimal>,
}

fn one() -> i64 {
    1
}

impl OrderLine {
    /// Units that can be returned at all: delivered, or shipped when delivery is not reported,
    /// or bought when neither is.
    ///
    /// ```
    /// use returnkit::{from_json, OrderLine};
    /// let line: OrderLine = from_json(
    ///     r#"{"id": "l1", "quantity": 3, "unit_price": "10.00", "fulfilled_quantity": 2}"#,
    /// ).unwrap();
    /// assert_eq!(line.returnable_quantity(), 2);
    /// ```
    pub fn returnable_quantity(&self) -> i64 {
        self.delivered_quantity
            .or(self.fulfilled_quantity)
            .unwrap_or(self.quantity)
    }
}

/// Why an item is exempt from the EU and UK right of withdrawal (Directive 2011/83/EU,
/// article 16).
///
/// ```
/// use returnkit::{from_json, Exemption};
/// assert_eq!(from_json::<Exemption>(r#""sealed_hygiene""#).unwrap(), Exemption::SealedHygiene);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
// The policy schema (docs/policy.schema.json) describes it without the Rust example.
#[cfg_attr(
    feature = "json-schema",
    schemars(
        description = "Why an item is exempt from the EU and UK right of withdrawal (Directive 2011/83/EU,\narticle 16)."
    )
)]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    /// Made to the consumer's specifications or clearly personalised.
    Personalised,
    /// Liable to deteriorate or expire rapidly.
    Perishable,
    /// Sealed goods not suitable for return for health or hygiene reasons, once unsealed.
    SealedHygiene,
    /// Sealed audio, video or software, once unsealed.
    SealedMedia,
}

/// A discount on a single line, for the whole line.
///
/// ```
/// use returnkit::{from_json, LineDiscount};
/// use rust_decimal_macros::dec;
/// let d: LineDiscount = from_json(r#"{"code": "SPRING", "amount": "5.00"}"#).unwrap();
/// assert_eq!(d.amount, dec!(5.00));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LineDiscount {
    /// Discount code or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Amount taken off the line.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// Tax charged at one rate.
///
/// ```
/// use returnkit::{from_json, TaxLine};
/// use rust_decimal_macros::dec;
/// let t: TaxLine = from_json(r#"{"title": "VAT", "rate": "0.20", "amount": "4.00"}"#).unwrap();
/// assert_eq!((t.rate, t.amount), (dec!(0.20), dec!(4.00)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TaxLine {
    /// Name, such as `VAT` or `CA State Tax`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Rate as a fraction: `0.20` for 20%.
    #[serde(with = "crate::wire::WireDecimal")]
    pub rate: Decimal,
    /// Tax charged, for the whole line.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// A discount on the whole order.
///
/// ```
/// use returnkit::{from_json, OrderDiscount};
/// let d: OrderDiscount = from_json(r#"{"code": "WELCOME10", "amount": "17.80"}"#).unwrap();
/// assert!(d.allocations.is_none()); // spread in proportion to the lines' prices
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderDiscount {
    /// Discount code or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Total taken off the order's lines.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// How the shop spread the discount over lines. When absent, returnkit spreads it in
    /// proportion to each line's price after line discounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocations: Option<Vec<DiscountAllocation>>,
}

/// The part of an order discount that one line carries.
///
/// ```
/// use returnkit::{from_json, DiscountAllocation};
/// let a: DiscountAllocation = from_json(r#"{"line_id": "l1", "amount": "17.80"}"#).unwrap();
/// assert_eq!(a.line_id, "l1");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DiscountAllocation {
    /// The line.
    pub line_id: String,
    /// Its share of the discount.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// Shipping charged on the order.
///
/// ```
/// use returnkit::{from_json, ShippingLine};
/// use rust_decimal_macros::dec;
/// let s: ShippingLine = from_json(
///     r#"{"id": "s1", "title": "Express", "price": "15.00", "standard_price": "5.00"}"#,
/// ).unwrap();
/// assert_eq!(s.standard_price, Some(dec!(5.00)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShippingLine {
    /// The shop's id.
    #[serde(default)]
    pub id: String,
    /// Title, such as `Express`.
    #[serde(default)]
    pub title: String,
    /// Price charged (tax included if the order's prices include tax).
    #[serde(with = "crate::wire::WireDecimal")]
    pub price: Decimal,
    /// Discount on shipping (free-shipping codes).
    #[serde(default, with = "crate::wire::WireDecimal")]
    pub discount: Decimal,
    /// Tax charged on shipping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tax_lines: Vec<TaxLine>,
    /// What standard delivery would have cost, when the customer chose a dearer option. EU
    /// law refunds delivery only up to the cheapest standard option. Absent means the whole
    /// price is standard delivery.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub standard_price: Option<Decimal>,
}

/// The kind of a payment.
///
/// ```
/// use returnkit::{from_json, TenderKind};
/// assert_eq!(from_json::<TenderKind>(r#""gift_card""#).unwrap(), TenderKind::GiftCard);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TenderKind {
    /// A payment card.
    Card,
    /// A wallet such as PayPal or Apple Pay.
    Wallet,
    /// A gift card.
    GiftCard,
    /// Store credit.
    StoreCredit,
    /// Cash on delivery.
    CashOnDelivery,
    /// Anything else (bank transfer, invoice).
    Other,
}

/// One payment on the order.
///
/// ```
/// use returnkit::{from_json, Tender, TenderKind};
/// let t: Tender = from_json(r#"{"id": "card", "kind": "card", "amount": "80.00"}"#).unwrap();
/// assert_eq!(t.kind, TenderKind::Card);
/// assert!(t.refunded.is_zero());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tender {
    /// The shop's or payment provider's id for the payment.
    pub id: SmolStr,
    /// What kind of payment it is.
    pub kind: TenderKind,
    /// Amount captured.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
    /// Already refunded on this payment by anything other than the returns listed in
    /// [`Order::prior_returns`] (cancellations, goodwill refunds).
    #[serde(default, with = "crate::wire::WireDecimal")]
    pub refunded: Decimal,
}

/// An address, as far as shipping prices need it.
///
/// ```
/// use returnkit::{from_json, Address};
/// let a: Address = from_json(r#"{"country": "US", "postal_code": "94110", "residential": true}"#).unwrap();
/// assert!(a.residential);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Country (ISO 3166-1 alpha-2).
    pub country: String,
    /// Postal code.
    #[serde(default)]
    pub postal_code: String,
    /// A home rather than a business address (carriers charge more to pick up there).
    #[serde(default)]
    pub residential: bool,
}

/// The customer.
///
/// ```
/// use returnkit::{from_json, Customer};
/// let c: Customer = from_json(r#"{"id": "c-7", "tags": ["vip"], "order_count": 12}"#).unwrap();
/// assert_eq!((c.tags.len(), c.return_count), (1, 0));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The shop's customer id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The shop's tags (`vip`, `wholesale`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Loyalty tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// Orders the customer has placed, this one included.
    #[serde(default)]
    pub order_count: i64,
    /// Returns the customer has made before this one.
    #[serde(default)]
    pub return_count: i64,
    /// On the shop's blocklist.
    #[serde(default)]
    pub blocklisted: bool,
}

/// What earlier returns on the order already took back. Units listed here are never refunded
/// again, and amounts listed here count against what the tenders can still refund.
///
/// ```
/// use returnkit::{from_json, PriorReturns};
/// let prior: PriorReturns = from_json(
///     r#"{"lines": [{"line_id": "l1", "quantity": 1}], "tenders": [{"tender_id": "card", "amount": "80.00"}]}"#,
/// ).unwrap();
/// assert_eq!(prior.lines[0].quantity, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorReturns {
    /// Units already refunded, per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<PriorLineReturn>,
    /// Amounts already refunded by returns, per tender.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tenders: Vec<PriorTenderRefund>,
    /// Shipping (with its tax) already refunded.
    #[serde(
        default,
        with = "crate::wire::WireDecimal",
        skip_serializing_if = "Decimal::is_zero"
    )]
    pub shipping: Decimal,
    /// Store credit already issued for returns of this order (bonus excluded).
    #[serde(
        default,
        with = "crate::wire::WireDecimal",
        skip_serializing_if = "Decimal::is_zero"
    )]
    pub store_credit: Decimal,
}

impl PriorReturns {
    /// Whether no earlier return took anything.
    ///
    /// ```
    /// use returnkit::PriorReturns;
    /// assert!(PriorReturns::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
            && self.tenders.is_empty()
            && self.shipping.is_zero()
            && self.store_credit.is_zero()
    }
}

/// Units of a line already refunded by earlier returns.
///
/// ```
/// use returnkit::{from_json, PriorLineReturn};
/// let r: PriorLineReturn = from_json(r#"{"line_id": "l1", "quantity": 1}"#).unwrap();
/// assert_eq!(r.quantity, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorLineReturn {
    /// The line.
    pub line_id: String,
    /// The bundle component returned alone, when the units are that component's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<String>,
    /// Units already refunded.
    pub quantity: i64,
}

/// An amount already refunded to a tender by earlier returns.
///
/// ```
/// use returnkit::{from_json, PriorTenderRefund};
/// use rust_decimal_macros::dec;
/// let r: PriorTenderRefund = from_json(r#"{"tender_id": "card", "amount": "80.00"}"#).unwrap();
/// assert_eq!(r.amount, dec!(80.00));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorTenderRefund {
    /// The tender.
    pub tender_id: String,
    /// Amount refunded.
    #[serde(with = "crate::wire::WireDecimal")]
    pub amount: Decimal,
}

/// A weight.
///
/// ```
/// use returnkit::{from_json, Weight, WeightUnit};
/// let w: Weight = from_json(r#"{"value": "0.9", "unit": "kg"}"#).unwrap();
/// assert_eq!(w.unit, WeightUnit::Kg);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Weight {
    /// The value.
    #[serde(with = "crate::wire::WireDecimal")]
    pub value: Decimal,
    /// Its unit.
    pub unit: WeightUnit,
}

/// Units of weight.
///
/// ```
/// use returnkit::{from_json, WeightUnit};
/// assert_eq!(from_json::<WeightUnit>(r#""lb""#).unwrap(), WeightUnit::Lb);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
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

/// Packed dimensions of one unit.
///
/// ```
/// use returnkit::{from_json, Dimensions, LengthUnit};
/// let d: Dimensions = from_json(r#"{"length": "30", "width": "20", "height": "10", "unit": "cm"}"#).unwrap();
/// assert_eq!(d.unit, LengthUnit::Cm);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dimensions {
    /// Length.
    #[serde(with = "crate::wire::WireDecimal")]
    pub length: Decimal,
    /// Width.
    #[serde(with = "crate::wire::WireDecimal")]
    pub width: Decimal,
    /// Height.
    #[serde(with = "crate::wire::WireDecimal")]
    pub height: Decimal,
    /// Unit of all three.
    pub unit: LengthUnit,
}

/// Units of length.
///
/// ```
/// use returnkit::{from_json, LengthUnit};
/// assert_eq!(from_json::<LengthUnit>(r#""in""#).unwrap(), LengthUnit::In);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LengthUnit {
    /// Centimetres.
    Cm,
    /// Inches.
    In,
}
