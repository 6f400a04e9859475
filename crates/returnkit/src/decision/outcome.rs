//! The decision: per line and for the whole return, with every reason, deadline, offer and
//! rule that fired.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;
use std::sync::Arc;

use crate::policy::{LabelPayer, ReasonClass};
use crate::refund::{RefundQuote, Resolution};

/// Approve, send to review, or deny. Deny beats review, and review beats approve.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Approved automatically.
    Approve,
    /// A person decides.
    Review,
    /// Refused.
    Deny,
}

/// A decision on a return request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Decision {
    /// For the return as a whole: deny when no line can be returned, review when any line or
    /// the return as a whole needs a person, approve otherwise.
    pub outcome: Outcome,
    /// One per requested line.
    pub lines: Vec<LineDecision>,
    /// Reasons that concern the whole return (review thresholds).
    #[serde(default)]
    pub reasons: Vec<DecisionReason>,
    /// The resolutions offered, each with its refund preview.
    #[serde(default)]
    pub resolutions: Vec<ResolutionOffer>,
    /// Whether the customer keeps the items (a returnless refund).
    pub keep_item: bool,
    /// Why the customer keeps the items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_item_reason: Option<String>,
    /// Who pays the return label; absent when nothing is shipped back or nothing is approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_payer: Option<LabelPayer>,
    /// The return label quote, when the policy has rate cards and something is shipped back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<crate::label::LabelQuote>,
    /// The last day the chosen label can be used, if issued today (shop time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[schemars(with = "Option<crate::wire::schema::IsoDate>")]
    pub label_expires_on: Option<NaiveDate>,
    /// The date by which the refund must be paid, where consumer law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[schemars(with = "Option<crate::wire::schema::IsoDate>")]
    pub refund_by: Option<NaiveDate>,
    /// Statutory rules that applied.
    #[serde(default)]
    pub statutory: Vec<StatutoryRule>,
    /// Goodwill store credit granted by a rule, on top of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<crate::wire::decimal::WireDecimal>")]
    pub goodwill_credit: Option<Decimal>,
    /// Every rule that fired, in rule order, with the lines it fired for.
    #[serde(default)]
    pub fired_rules: Vec<FiredRule>,
}

/// The decision on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct LineDecision {
    /// The order line.
    pub line_id: SmolStr,
    /// Units asked for.
    pub requested_quantity: i64,
    /// Units that can be returned.
    pub eligible_quantity: i64,
    /// The outcome for this line.
    pub outcome: Outcome,
    /// Class of the reason given.
    pub reason_class: ReasonClass,
    /// Why the line is denied or reviewed, with messages for the customer.
    #[serde(default)]
    pub reasons: Vec<DecisionReason>,
    /// Last day to return the item, in shop time; absent for unlimited windows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[schemars(with = "Option<crate::wire::schema::IsoDate>")]
    pub deadline: Option<NaiveDate>,
    /// The instant the window closes (the start of the day after the deadline, shop time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::option::serialize")]
    #[schemars(with = "Option<crate::wire::schema::Timestamp>")]
    pub closes_at: Option<DateTime<Utc>>,
    /// Whether the customer keeps this item.
    pub keep_item: bool,
    /// The statutory right that covers this line, if any (`eu_withdrawal`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory_right: Option<String>,
}

/// A reason code with a message for the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DecisionReason {
    /// Stable code: `outside_window`, `final_sale`, a rule's own code, ...
    pub code: String,
    /// What the customer is told.
    pub message: String,
    /// The rule that gave this reason, if a rule did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
}

/// A resolution on offer, with what the customer would get.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ResolutionOffer {
    /// The resolution.
    pub resolution: Resolution,
    /// The refund request behind the preview: the units, fees, shipping and bonus the policy
    /// set. A return authorization keeps it, to quote the final refund for accepted units.
    pub request: crate::refund::RefundRequest,
    /// The refund preview. For an exchange without replacement items chosen yet, this is the
    /// credit available towards them (the refund as store credit, with the exchange bonus).
    pub quote: RefundQuote,
}

/// A statutory rule that applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StatutoryRule {
    /// Stable code, such as `eu_withdrawal_14_days`.
    pub code: String,
    /// The rule, with its legal source.
    pub description: String,
}

/// A rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FiredRule {
    /// The rule's id.
    pub rule_id: SmolStr,
    /// The lines it fired for. Rules that fired for every requested line (every rule about
    /// the order, the customer or the return as a whole does) share one list.
    pub line_ids: Arc<[SmolStr]>,
}
