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
}

/// One item the customer wants to return.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReturnLine {
    /// The order line.
    pub line_id: SmolStr,
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
}
