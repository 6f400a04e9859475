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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Approved automatically.
    Approve,
    /// A person decides.
    Review,
    /// Refused.
    Deny,
}

/// The version of the decision's wire form this returnkit writes: the first member of every
/// [`Decision`], so that a stored decision (which a `submit` command later carries) says how
/// to read it (see `docs/wire.md`).
///
/// ```
/// assert_eq!(returnkit::decision::DECISION_SCHEMA_VERSION, 1);
/// ```
pub const DECISION_SCHEMA_VERSION: u64 = 1;

/// The version of a stored decision that doesn't say: one written before decisions carried
/// it, in the form version 1 names.
fn unversioned() -> u64 {
    1
}

/// A decision on a return request.
///
/// [`Decision::offer`] gives the offer whose refund preview answers a resolution, or the
/// request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Decision {
    /// The version of this wire form ([`DECISION_SCHEMA_VERSION`]); read as 1 when absent, as in
    /// decisions stored before it was written.
    #[serde(default = "unversioned")]
    pub schema_version: u64,
    /// For the return as a whole: deny when no line can be returned, review when any line or
    /// the return as a whole needs a person, approve otherwise.
    pub outcome: Outcome,
    /// One per requested line.
    pub lines: Vec<LineDecision>,
    /// Reasons that concern the whole return (review thresholds).
    #[serde(default)]
    pub reasons: Vec<DecisionReason>,
    /// The resolution the request asked for, if it named one; whether or not it is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_resolution: Option<Resolution>,
    /// The resolutions offered, each with its refund preview.
    #[serde(default)]
    pub resolutions: Vec<ResolutionOffer>,
    /// Whether the customer keeps the items (a returnless refund).
    pub keep_item: bool,
    /// Why the customer keeps the items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_item_reason: Option<String>,
    /// What the shop saves by letting the customer keep the items: the expected cost of the
    /// return label it would have bought (`label.chosen.expected_cost` of the quote it priced)
    /// plus the keep-item policy's `handling_cost`, in the order's currency. Present only when
    /// the customer keeps the items and a label was quoted (the policy has rate cards and the
    /// customer ships from a known address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub keep_item_saving: Option<Decimal>,
    /// Who pays the return label; absent when nothing is shipped back or nothing is approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_payer: Option<LabelPayer>,
    /// The return label quote, when the policy has rate cards and something is shipped back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<crate::label::LabelQuote>,
    /// The last day the chosen label can be used, if issued today (shop time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub label_expires_on: Option<NaiveDate>,
    /// The date by which the refund must be paid, where consumer law sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::date::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub refund_by: Option<NaiveDate>,
    /// Statutory rules that applied.
    #[serde(default)]
    pub statutory: Vec<StatutoryRule>,
    /// Goodwill store credit granted by a rule, on top of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub goodwill_credit: Option<Decimal>,
    /// Every rule that fired, in rule order, with the lines it fired for.
    #[serde(default)]
    pub fired_rules: Vec<FiredRule>,
    /// A gift return: only store credit or an exchange is offered, the customer's messages
    /// carry no amounts, and the RMA it opens doesn't notify the buyer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gift: bool,
    /// The locale the messages are written in, when the request named one (`de` for a request
    /// in `de-AT`, `en` for one in a locale returnkit doesn't ship); absent otherwise (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<crate::messages::Locale>,
}

impl Decision {
    /// The offer whose refund preview answers `resolution`, or, when `resolution` is `None`,
    /// the request: the offer of the resolution asked for, `None` when that one is not on
    /// offer; when nothing is asked (neither here nor in the request), the first offer, the
    /// one the decision leads with. `None` when nothing is offered (a denied return).
    ///
    /// An exchange asked for is answered by the `exchange` offer, even when its preview is in
    /// store credit (no replacement items chosen yet); `store_credit` by the `store_credit`
    /// offer only.
    ///
    /// ```
    /// use returnkit::decision::{decide, ReturnRequest};
    /// use returnkit::policy::Policy;
    /// use returnkit::{from_json, Order, Resolution};
    ///
    /// // Original payment or store credit with a 10% bonus; the customer asks for credit.
    /// let policy = Policy::from_toml(include_str!("../../samples/policy.toml")).unwrap();
    /// let order: Order = from_json(include_str!("../../samples/order.json")).unwrap();
    /// let request: ReturnRequest = from_json(r#"{"resolution": "store_credit", "lines": [
    ///     {"line_id": "l1", "quantity": 1, "reason": "size_or_fit"},
    ///     {"line_id": "l3", "quantity": 1, "reason": "changed_mind"}]}"#).unwrap();
    /// let decision = decide(&policy, &order, &request, "2026-10-20T18:00:00Z".parse().unwrap()).unwrap();
    ///
    /// // The request's answer: 89.61 as store credit, plus the 8.96 bonus.
    /// let asked = decision.offer(None).unwrap();
    /// assert_eq!(asked.resolution, Resolution::StoreCredit);
    /// let credit = asked.quote.store_credit.as_ref().unwrap();
    /// assert_eq!((credit.amount.to_string(), credit.bonus.to_string()), ("89.61".into(), "8.96".into()));
    /// // Another offer by name: 89.61 back to the card; none for an exchange, not on offer.
    /// let card = decision.offer(Some(Resolution::OriginalPayment)).unwrap();
    /// assert_eq!(card.quote.totals.refund.to_string(), "89.61");
    /// assert!(decision.offer(Some(Resolution::Exchange)).is_none());
    /// ```
    pub fn offer(&self, resolution: Option<Resolution>) -> Option<&ResolutionOffer> {
        let at = answering(
            self.resolutions.iter().map(|o| o.resolution),
            resolution.or(self.requested_resolution),
        )?;
        self.resolutions.get(at)
    }
}

/// Refuses a decision's stated version when this returnkit doesn't read it (0, or one above
/// [`DECISION_SCHEMA_VERSION`]), naming `field`; a decision that states none was written
/// before versions, in version 1's form.
pub(crate) fn refuse_unknown_version(version: Option<u64>, field: &str) -> crate::Result<()> {
    match version {
        Some(v) if v == 0 || v > DECISION_SCHEMA_VERSION => Err(crate::Error::UnsupportedVersion {
            field: field.into(),
            version: v,
        }),
        _ => Ok(()),
    }
}

/// The position, among offers of the `offered` resolutions in order, of the offer that
/// answers `asked`: [`Decision::offer`]'s rule, for readers that hold a decision's offers in
/// another form (a stored decision read by the wire layer).
pub(crate) fn answering(
    offered: impl IntoIterator<Item = Resolution>,
    asked: Option<Resolution>,
) -> Option<usize> {
    let mut offered = offered.into_iter();
    match asked {
        Some(asked) => offered.position(|r| r == asked),
        None => offered.next().map(|_| 0),
    }
}

/// The decision on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct LineDecision {
    /// The order line.
    pub line_id: SmolStr,
    /// The bundle component returned alone, as the request named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<SmolStr>,
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
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::IsoDate>")
    )]
    pub deadline: Option<NaiveDate>,
    /// The instant the window closes (the start of the day after the deadline, shop time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::wire::timestamp::option::serialize")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub closes_at: Option<DateTime<Utc>>,
    /// Whether the customer keeps this item.
    pub keep_item: bool,
    /// The statutory right that covers this line, if any (`eu_withdrawal`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory_right: Option<String>,
    /// Under a policy that pays refunds before inspection: when this line's refund is due
    /// (`first_scan`, `drop_off`, `receipt`, or `inspection` for a line held).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_on: Option<crate::policy::RefundTiming>,
    /// Why the line's refund waits for inspection: the hold rule's code, message and id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_hold: Option<Box<DecisionReason>>,
    /// Where the item goes, when the policy names destinations and the line is not denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Box<crate::routing::Route>>,
    /// Where it goes instead if inspection gives it one of these dispositions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reroutes: Vec<crate::routing::Reroute>,
}

/// A reason code with a message for the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct DecisionReason {
    /// Stable code: `outside_window`, `final_sale`, a rule's own code, ...
    pub code: String,
    /// What the customer is told, in the request's locale. A rule's own verdict carries the
    /// policy's words, as written.
    pub message: String,
    /// The rule that gave this reason, if a rule did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
}

/// A resolution on offer, with what the customer would get.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct StatutoryRule {
    /// Stable code, such as `eu_withdrawal_14_days`.
    pub code: String,
    /// The rule, with its legal source.
    pub description: String,
}

/// A rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct FiredRule {
    /// The rule's id.
    pub rule_id: SmolStr,
    /// The lines it fired for. Rules that fired for every requested line (every rule about
    /// the order, the customer or the return as a whole does) share one list.
    pub line_ids: Arc<[SmolStr]>,
}

// The sample shop's policy is TOML.
#[cfg(all(test, feature = "toml"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::decision::{decide, ReturnRequest};
    use crate::policy::Policy;
    use crate::{from_json, Order};

    /// The sample order (`examples/data/order.json`) under the sample shop's policy (original
    /// payment, or store credit with a 10% bonus; `exchange` added when asked), returning the
    /// shoes and the socks: 89.61 after the 5.95 label fee.
    fn decision(resolution: &str, with_exchange: bool, now: &str) -> Decision {
        let mut toml = include_str!("../../samples/policy.toml").to_owned();
        if with_exchange {
            toml = toml.replace(
                r#"resolutions = ["original_payment", "store_credit"]"#,
                r#"resolutions = ["original_payment", "store_credit", "exchange"]"#,
            );
        }
        let policy = Policy::from_toml(&toml).unwrap();
        let order: Order = from_json(include_str!("../../samples/order.json")).unwrap();
        let asked = if resolution.is_empty() {
            String::new()
        } else {
            format!(r#""resolution": "{resolution}","#)
        };
        let request: ReturnRequest = from_json(&format!(
            r#"{{{asked} "lines": [
                {{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}},
                {{"line_id": "l3", "quantity": 1, "reason": "changed_mind"}}]}}"#
        ))
        .unwrap();
        decide(&policy, &order, &request, now.parse().unwrap()).unwrap()
    }

    const IN_WINDOW: &str = "2026-10-20T18:00:00Z";

    fn credit(offer: &ResolutionOffer) -> (String, String, String) {
        let c = offer.quote.store_credit.as_ref().unwrap();
        (
            c.amount.to_string(),
            c.bonus.to_string(),
            c.total.to_string(),
        )
    }

    #[test]
    fn the_request_is_answered_by_the_offer_it_asks_for() {
        let d = decision("store_credit", false, IN_WINDOW);
        assert_eq!(d.requested_resolution, Some(Resolution::StoreCredit));
        let offer = d.offer(None).unwrap();
        assert_eq!(offer.resolution, Resolution::StoreCredit);
        assert_eq!(
            credit(offer),
            ("89.61".into(), "8.96".into(), "98.57".into())
        );
        // Not the first offer, which is the card's.
        assert_eq!(d.resolutions[0].resolution, Resolution::OriginalPayment);
    }

    #[test]
    fn a_request_that_asks_nothing_is_answered_by_the_first_offer() {
        let d = decision("", false, IN_WINDOW);
        assert_eq!(d.requested_resolution, None);
        let offer = d.offer(None).unwrap();
        assert_eq!(offer.resolution, Resolution::OriginalPayment);
        assert_eq!(offer.quote.totals.refund.to_string(), "89.61");
        assert_eq!(offer.quote.tenders[0].tender_id, "card-1");
        assert_eq!(offer.quote.tenders[0].amount.to_string(), "89.61");
    }

    #[test]
    fn a_resolution_named_wins_over_the_request() {
        let d = decision("store_credit", false, IN_WINDOW);
        let offer = d.offer(Some(Resolution::OriginalPayment)).unwrap();
        assert_eq!(offer.resolution, Resolution::OriginalPayment);
        assert_eq!(offer.quote.totals.refund.to_string(), "89.61");
        assert!(offer.quote.store_credit.is_none());
    }

    #[test]
    fn a_resolution_not_on_offer_is_answered_by_none() {
        // The policy offers no exchange: asking for one is answered by no offer, not by
        // another way of paying.
        let d = decision("exchange", false, IN_WINDOW);
        assert_eq!(d.resolutions.len(), 2);
        assert!(d.offer(None).is_none());
        assert!(d.offer(Some(Resolution::Exchange)).is_none());
        assert!(d.offer(Some(Resolution::StoreCredit)).is_some());
    }

    #[test]
    fn an_exchange_is_answered_by_its_own_offer_even_when_priced_as_credit() {
        // Without replacement items, the exchange offer's preview is store credit (no bonus
        // for exchanges in this policy), but it answers `exchange`, and only it.
        let d = decision("exchange", true, IN_WINDOW);
        let offer = d.offer(None).unwrap();
        assert_eq!(offer.resolution, Resolution::Exchange);
        assert_eq!(offer.quote.resolution, Resolution::StoreCredit);
        assert_eq!(
            credit(offer),
            ("89.61".into(), "0.00".into(), "89.61".into())
        );
        let d = decision("store_credit", true, IN_WINDOW);
        let offer = d.offer(None).unwrap();
        assert_eq!(offer.resolution, Resolution::StoreCredit);
        assert_eq!(
            credit(offer),
            ("89.61".into(), "8.96".into(), "98.57".into())
        );
    }

    #[test]
    fn a_denied_return_has_no_offer() {
        let d = decision("original_payment", false, "2026-12-20T18:00:00Z");
        assert_eq!(d.outcome, Outcome::Deny);
        assert!(d.offer(None).is_none());
        assert!(d.offer(Some(Resolution::OriginalPayment)).is_none());
    }

    #[test]
    fn the_rule_over_resolutions_in_order() {
        use Resolution::*;
        let offered = [OriginalPayment, StoreCredit, Exchange];
        assert_eq!(answering(offered, None), Some(0));
        assert_eq!(answering(offered, Some(Exchange)), Some(2));
        assert_eq!(answering([StoreCredit], Some(OriginalPayment)), None);
        assert_eq!(answering([], None), None);
    }

    #[test]
    fn a_decision_states_its_version_first_and_reads_without_it() {
        let d = decision("store_credit", false, IN_WINDOW);
        let text = crate::wire::writer::to_string(&d).unwrap();
        assert!(
            text.starts_with(r#"{"schema_version":1,"outcome":"approve","#),
            "{text}"
        );
        assert!(text.contains(r#""requested_resolution":"store_credit","resolutions":[{"resolution":"original_payment","request":"#));
        assert!(text.contains(r#""quote":{"schema_version":1,"order_id":"1042","#));
        // A decision stored before the version was written reads as version 1.
        let older = text.replacen(r#""schema_version":1,"#, "", 1);
        let read: Decision = from_json(&older).unwrap();
        assert_eq!(read.schema_version, 1);
        assert_eq!(read, d);
    }
}
