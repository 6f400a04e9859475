//! What a customer (or a backend job on their behalf) asks to return.

use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use crate::refund::{Condition, ExchangeItem, Resolution};

/// A request to return items of an order.
///
/// ```
/// use returnkit::decision::ReturnRequest;
/// let req: ReturnRequest = returnkit::from_json(r#"{
///   "lines": [{"line_id": "a", "quantity": 1, "reason": "size_or_fit"}],
///   "resolution": "store_credit"
/// }"#).unwrap();
/// assert_eq!(req.lines[0].reason, "size_or_fit");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// The items.
    pub lines: Vec<ReturnLine>,
    /// The resolution the customer asked for, if they chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    /// Whether the customer attached photos.
    #[serde(default)]
    pub photos_provided: bool,
    /// Where the customer ships from, for the label; the order's shipping address when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<crate::order::Address>,
    /// Replacement items, for an exchange.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exchange_items: Vec<ExchangeItem>,
    /// A gift return: the recipient returns from a gift receipt (its code) or the order
    /// number. They get store credit or an exchange, never money to the buyer's payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift: Option<GiftReturn>,
    /// Who starts the return: the customer who bought, or the recipient of a gift (which
    /// makes it a gift return, as `gift` does).
    #[serde(default, skip_serializing_if = "Initiator::is_customer")]
    pub initiated_by: Initiator,
    /// The customer's locale (BCP 47, `de-AT`): the decision's messages are written in the
    /// shipped locale that best serves it (`de`), English for one returnkit doesn't ship.
    /// Absent, the messages are English and the decision doesn't name a locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

impl ReturnRequest {
    /// Whether the recipient of a gift returns it.
    ///
    /// ```
    /// use returnkit::decision::ReturnRequest;
    /// let req: ReturnRequest = returnkit::from_json(r#"{"lines": [], "gift": {"code": "G-7Q2"}}"#).unwrap();
    /// assert!(req.is_gift());
    /// ```
    pub fn is_gift(&self) -> bool {
        self.gift.is_some() || self.initiated_by == Initiator::GiftRecipient
    }
}

/// How a gift recipient identified the gift.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GiftReturn {
    /// The code on the gift receipt, if the recipient had one (the host found the order by
    /// it, or by the order number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// Who starts a return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Initiator {
    /// The customer who bought.
    #[default]
    Customer,
    /// The recipient of a gift.
    GiftRecipient,
}

impl Initiator {
    fn is_customer(&self) -> bool {
        *self == Initiator::Customer
    }
}

/// One item the customer wants to return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReturnLine {
    /// The order line.
    pub line_id: SmolStr,
    /// The bundle component returned alone, when the line is a bundle; `quantity` then
    /// counts the component's units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<SmolStr>,
    /// Units.
    pub quantity: i64,
    /// A reason code: standard (`defective`, `size_or_fit`, ...) or the policy's own.
    pub reason: String,
    /// The condition the customer reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// Whether a sealed item (hygiene, media) was unsealed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsealed: bool,
    /// The resolution for this item, instead of the request's: one item back to the card,
    /// another as store credit, a third exchanged, in one return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
}
