//! The policy document: a merchant's return policy as data, loaded from JSON or TOML and
//! validated into a [`Policy`](super::Policy). Every field here is what a merchant edits; the
//! JSON Schema in `docs/policy.schema.json` is generated from these types.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::reason::{CustomReason, ReasonClass};
use crate::money::Currency;
use crate::refund::{Condition as ItemCondition, FeeScope, Resolution};

/// A return policy, as the merchant writes it.
///
/// ```
/// use returnkit::policy::PolicyDocument;
/// let doc: PolicyDocument = returnkit::from_json(r#"{
///   "name": "Free 30-day returns",
///   "window": {"days": 30, "from": "delivery"}
/// }"#).unwrap();
/// assert_eq!(doc.window.days, Some(30));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicyDocument {
    /// Version of the policy format. This is version 1.
    #[serde(default = "one")]
    pub version: i64,
    /// The policy's name, for people.
    pub name: String,
    /// Currency of the policy's amounts (flat fees, thresholds). When given, orders in another
    /// currency are refused rather than mixed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// The shop's time zone, an IANA name such as `Europe/Berlin`. Windows close at the end of
    /// a calendar day there.
    #[serde(default = "utc")]
    pub timezone: String,
    /// Countries the policy applies to (ISO 3166-1 alpha-2), for publishing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// The return window.
    pub window: WindowSpec,
    /// Resolutions offered. Defaults to all three.
    #[serde(default = "all_resolutions")]
    pub resolutions: Vec<Resolution>,
    /// Fees charged on returns for customer remorse.
    #[serde(default)]
    pub fees: PolicyFees,
    /// Who pays the return label, by reason class.
    #[serde(default)]
    pub label: LabelPolicy,
    /// Bonus credit for choosing store credit or an exchange.
    #[serde(default)]
    pub bonus: BonusPolicy,
    /// When the customer may keep the item and still get a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_item: Option<KeepItemPolicy>,
    /// Days (counted from the window's start) after which refunds go to store credit only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit_only_after_days: Option<i64>,
    /// Refund the original shipping when the return is the merchant's fault.
    #[serde(default)]
    pub refund_shipping_on_merchant_fault: bool,
    /// Deductions for the condition found at inspection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inspection: Vec<InspectionDeduction>,
    /// When a request goes to a person instead of being approved automatically.
    #[serde(default)]
    pub review: ReviewThresholds,
    /// Reasons beyond the standard list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<CustomReason>,
    /// When refunds are paid: after inspection (the default), or earlier, on the first
    /// carrier scan, at a drop-off or on receipt, for lines no `hold_for_inspection` rule holds.
    #[serde(default, skip_serializing_if = "RefundTimingPolicy::is_default")]
    pub refund_timing: RefundTimingPolicy,
    /// How long store credit issued by a return lasts.
    #[serde(default, skip_serializing_if = "StoreCreditPolicy::is_empty")]
    pub store_credit: StoreCreditPolicy,
    /// Consumer law that clamps the policy: `eu` or `uk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// Rules, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Bundles and kits: whether a component may come back without the rest of its bundle.
    #[serde(default, skip_serializing_if = "BundlePolicy::is_default")]
    pub bundles: BundlePolicy,
    /// Where returned items can go. With destinations, every line that is not denied gets a
    /// route: the last `route_to` rule that fires for it, or the default destination.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub destinations: Vec<crate::routing::Destination>,
    /// The id of the destination for lines no rule routes; the first destination when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_destination: Option<String>,
}

/// How returns of bundles and kits are decided.
///
/// ```
/// use returnkit::policy::{BundlePolicy, PartialBundleReturns};
/// let b: BundlePolicy = returnkit::from_json(r#"{"partial_returns": "deny"}"#).unwrap();
/// assert_eq!(b.partial_returns, PartialBundleReturns::Deny);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BundlePolicy {
    /// Whether a component may be returned without the rest of its bundle.
    #[serde(default)]
    pub partial_returns: PartialBundleReturns,
}

impl BundlePolicy {
    /// Whether this is the default (partial returns allowed), which a written policy leaves
    /// out.
    pub fn is_default(&self) -> bool {
        *self == BundlePolicy::default()
    }
}

/// What happens to a request that returns a bundle's component without the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartialBundleReturns {
    /// Allowed: the component refunds its share of the bundle.
    #[default]
    Allow,
    /// Denied, with the reason code `partial_bundle`.
    Deny,
    /// Sent to a person, with the reason code `partial_bundle`.
    Review,
}

fn one() -> i64 {
    1
}

fn utc() -> String {
    "UTC".into()
}

fn all_resolutions() -> Vec<Resolution> {
    vec![
        Resolution::OriginalPayment,
        Resolution::StoreCredit,
        Resolution::Exchange,
    ]
}

/// The return window.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WindowSpec {
    /// Days to return. Give this or `unlimited`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// No time limit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unlimited: bool,
    /// What the window counts from.
    #[serde(default)]
    pub from: WindowStart,
    /// Days added to the fulfillment date when delivery is not known.
    #[serde(default)]
    pub transit_buffer_days: i64,
    /// Move a deadline that falls on a weekend or holiday to the next business day.
    #[serde(default)]
    pub extend_to_business_day: bool,
    /// Holidays, for the business-day extension.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::wire::timestamp::date::list::deserialize"
    )]
    pub holidays: Vec<NaiveDate>,
}

/// What a return window counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WindowStart {
    /// The item's delivery; when unknown, its fulfillment plus the transit buffer.
    #[default]
    Delivery,
    /// The item's fulfillment.
    Fulfillment,
    /// The order date.
    Order,
}

/// Fees on remorse returns. Merchant-fault returns are free unless `charge_merchant_fault`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicyFees {
    /// Restocking fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking: Option<RestockingSpec>,
    /// A flat handling fee per return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_fee: Option<Decimal>,
    /// What the customer is charged for the label when they pay for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fee: Option<Decimal>,
    /// Charge the fees on merchant-fault returns too.
    #[serde(default)]
    pub charge_merchant_fault: bool,
}

/// A restocking fee in a policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum RestockingSpec {
    /// A percent of the refunded merchandise.
    Percent {
        /// The percent, 0 to 100.
        percent: Decimal,
    },
    /// A flat amount per unit, line or return.
    Flat {
        /// The amount.
        amount: Decimal,
        /// What it is charged on.
        per: FeeScope,
    },
}

/// Who pays for a return label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LabelPayer {
    /// The merchant: free returns.
    Merchant,
    /// The customer, through a deduction from the refund.
    Customer,
    /// The customer ships it back at their own cost, without a label from the shop.
    CustomerArranged,
}

/// Who pays the label, by reason class, what the customer is charged for it, and which labels
/// the shop accepts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabelPolicy {
    /// For remorse returns.
    #[serde(default = "merchant")]
    pub remorse: LabelPayer,
    /// For merchant-fault returns.
    #[serde(default = "merchant")]
    pub merchant_fault: LabelPayer,
    /// When the customer pays: the flat `fees.label_fee`, or the label's actual cost.
    #[serde(default)]
    pub deduction: LabelDeduction,
    /// Which labels are acceptable (billing, format, transit time).
    #[serde(default)]
    pub constraints: crate::label::LabelConstraints,
    /// Share of pay-on-use labels expected to be used, from 0 to 1 (1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_use_rate: Option<Decimal>,
}

/// What a customer who pays for the label is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LabelDeduction {
    /// The flat `fees.label_fee`.
    #[default]
    Flat,
    /// What the chosen label costs.
    ActualCost,
}

fn merchant() -> LabelPayer {
    LabelPayer::Merchant
}

impl Default for LabelPolicy {
    fn default() -> Self {
        LabelPolicy {
            remorse: LabelPayer::Merchant,
            merchant_fault: LabelPayer::Merchant,
            deduction: LabelDeduction::Flat,
            constraints: crate::label::LabelConstraints::default(),
            expected_use_rate: None,
        }
    }
}

/// A bonus: a percent of the refund, or a flat amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum BonusSpec {
    /// A percent of the refund.
    Percent {
        /// The percent, 0 to 100.
        percent: Decimal,
    },
    /// A flat amount.
    Flat {
        /// The amount.
        amount: Decimal,
    },
}

/// Bonus credit by resolution.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BonusPolicy {
    /// For store credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_credit: Option<BonusSpec>,
    /// For an exchange.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<BonusSpec>,
}

/// When a return's refund is paid.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RefundTimingPolicy {
    /// The event that makes the refund of a line not held for inspection due.
    #[serde(default)]
    pub on: RefundTiming,
}

impl RefundTimingPolicy {
    /// Whether refunds wait for inspection, as by default.
    pub fn is_default(&self) -> bool {
        self.on == RefundTiming::Inspection
    }
}

/// The event that makes a line's refund due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundTiming {
    /// The parcel's first carrier scan (any scan: drop-off, in transit, delivered).
    FirstScan,
    /// The parcel's drop-off at a drop point (a `dropped_off` scan); on receipt when there is none.
    DropOff,
    /// The items' arrival at the warehouse.
    Receipt,
    /// Inspection of the items: the refund is paid for the units accepted.
    #[default]
    Inspection,
}

/// How long store credit issued by a return lasts. A jurisdiction may set a minimum for the
/// refunded part (see `docs/store-credit.md`); the bonus part may expire sooner.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoreCreditPolicy {
    /// Days from issue after which the credit (the refunded part) expires; never when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    /// Days from issue after which the bonus part expires; as the refunded part when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_expires_after_days: Option<i64>,
}

impl StoreCreditPolicy {
    /// Whether the policy sets no expiry.
    pub fn is_empty(&self) -> bool {
        self.expires_after_days.is_none() && self.bonus_expires_after_days.is_none()
    }
}

/// Returnless refunds: the customer keeps items not worth shipping back.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeepItemPolicy {
    /// The whole return's value, excluding tax, at or below which the customer keeps the items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Decimal>,
    /// Let the customer keep the items when the expected label and handling cost is at least
    /// what they would recover (value times resale rate). Needs rate cards.
    #[serde(default)]
    pub when_uneconomic: bool,
    /// What handling a return costs the shop, per return.
    #[serde(default)]
    pub handling_cost: Decimal,
    /// Share of an item's value recovered on resale, by category and condition. The first match
    /// applies; an item that matches none recovers its full value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resale_rates: Vec<ResaleRate>,
}

/// The share of value a returned item recovers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ResaleRate {
    /// Applies to this category (and those below it); any when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Applies to items reported in this condition; any when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<ItemCondition>,
    /// Percent of the value recovered.
    pub percent: Decimal,
}

/// A deduction for a condition found at inspection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InspectionDeduction {
    /// The condition.
    pub condition: ItemCondition,
    /// Percent of the line's refund deducted.
    pub percent: Decimal,
}

/// When a request goes to review.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewThresholds {
    /// The return's value (excluding tax) above which a person looks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_over: Option<Decimal>,
    /// Items (units) above which a person looks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items_over: Option<i64>,
    /// The customer's return rate, in percent of orders, above which a person looks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_rate_over: Option<Decimal>,
}

/// Consumer-law profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// EU Directive 2011/83/EU: 14-day withdrawal.
    Eu,
    /// UK: the same withdrawal right, plus the 30-day short-term right to reject faulty goods.
    Uk,
}

/// A rule: when its conditions hold, its actions apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// An id, listed in decisions when the rule fires.
    pub id: String,
    /// What the rule is for, for people.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// When it applies. Absent means always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// What it does.
    pub then: Vec<Action>,
}

/// An inclusive range; either end may be open.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "json-schema", schemars(rename = "Range_of_{T}"))]
pub struct Range<T> {
    /// The lowest value that matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<T>,
    /// The highest value that matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<T>,
}

/// A range of dates, both ends included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// First day.
    #[serde(deserialize_with = "crate::wire::timestamp::date::deserialize")]
    pub from: NaiveDate,
    /// Last day.
    #[serde(deserialize_with = "crate::wire::timestamp::date::deserialize")]
    pub to: NaiveDate,
}

/// A condition over the facts of a return: the product, the order, the customer and the
/// request. Lists match when any value is in them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "json-schema", schemars(rename = "RuleCondition"))]
pub enum Condition {
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// The line's SKU is one of these.
    Sku(Vec<String>),
    /// The product id is one of these.
    ProductId(Vec<String>),
    /// The product is in one of these categories (or below one: `shoes` matches `shoes/boots`).
    Category(Vec<String>),
    /// The product has one of these tags.
    ProductTag(Vec<String>),
    /// The unit price is in this range.
    Price(Range<Decimal>),
    /// The item was sold as final sale.
    FinalSale(bool),
    /// The withdrawal exemption the item carries, if any.
    Exemption(Vec<crate::order::Exemption>),
    /// The order's total paid is in this range.
    OrderTotal(Range<Decimal>),
    /// The order used one of these discount codes.
    DiscountCode(Vec<String>),
    /// The order came through one of these channels.
    Channel(Vec<String>),
    /// The order ships to one of these countries.
    Country(Vec<String>),
    /// The order has one of these tags.
    OrderTag(Vec<String>),
    /// Whole days since the order was placed, in the shop's time zone.
    DaysSinceOrder(Range<i64>),
    /// Whole days since the item was delivered, in the shop's time zone.
    DaysSinceDelivery(Range<i64>),
    /// The order was placed within these dates (holiday windows).
    OrderDate(DateRange),
    /// The customer has one of these tags.
    CustomerTag(Vec<String>),
    /// The customer is in one of these tiers.
    CustomerTier(Vec<String>),
    /// The customer's count of past returns is in this range.
    PastReturns(Range<i64>),
    /// The customer's return rate, in percent of orders, is in this range.
    ReturnRate(Range<Decimal>),
    /// The customer is on the shop's blocklist.
    Blocklisted(bool),
    /// The return reason is one of these codes.
    Reason(Vec<String>),
    /// The reason is of this class.
    ReasonClass(ReasonClass),
    /// The customer asked for one of these resolutions.
    RequestedResolution(Vec<Resolution>),
    /// Units in the whole return.
    ItemCount(Range<i64>),
    /// The whole return's value, excluding tax.
    ReturnValue(Range<Decimal>),
    /// The return takes back every unit of the order.
    FullReturn(bool),
    /// The condition the customer reported is one of these.
    ReportedCondition(Vec<ItemCondition>),
    /// The customer attached photos.
    PhotosProvided(bool),
    /// The disposition inspection found is one of these. Only inspection knows it, so it holds
    /// only for `route_to` rules choosing where an inspected item goes; at decision time it
    /// never holds.
    Disposition(Vec<crate::rma::Disposition>),
}

/// What a rule does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// Refuse the line, with a code and a message for the customer.
    Deny(Verdict),
    /// Send the request to a person.
    Review(Verdict),
    /// Set the window to this many days from its start.
    WindowDays(i64),
    /// Let returns in until the end of this date (shop time).
    WindowUntil(#[serde(deserialize_with = "crate::wire::timestamp::date::deserialize")] NaiveDate),
    /// Set the restocking fee.
    SetRestocking(RestockingSpec),
    /// Set the per-return handling fee.
    SetReturnFee(Decimal),
    /// Set the label fee.
    SetLabelFee(Decimal),
    /// Waive every fee set so far (later rules may set one again).
    WaiveFees,
    /// Offer only these resolutions.
    RestrictResolutions(Vec<Resolution>),
    /// Offer these resolutions as well.
    AddResolutions(Vec<Resolution>),
    /// Bonus for store credit or exchange.
    Bonus(BonusPolicy),
    /// Let the customer keep the item: a returnless refund.
    KeepItem,
    /// Ask for photos; without them the request goes to review.
    RequirePhotos,
    /// Accept the item even though it was sold as final sale.
    BypassFinalSale,
    /// Grant store credit as goodwill on top of the refund (a percent of it, or flat). Pair it
    /// with a `reason_class: merchant_fault` condition to grant it only for the shop's own
    /// mistakes.
    GoodwillCredit(BonusSpec),
    /// Who pays the label.
    LabelPayer(LabelPayer),
    /// Pay this line's refund only after inspection, whatever the policy's `refund_timing`
    /// (a high value, a customer who returns a lot, a category that is often swapped), with a
    /// code and a message saying why.
    HoldForInspection(Verdict),
    /// Send the item to this destination (an id from `destinations`). The last rule that
    /// routes a line wins.
    RouteTo(String),
}

/// A code and a message, for a denial or a review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// A stable code, such as `hygiene`.
    pub code: String,
    /// What the customer is told.
    #[serde(default)]
    pub message: String,
}
