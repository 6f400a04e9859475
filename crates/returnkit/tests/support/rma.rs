//! The return of `crates/returnkit/examples/rma-lifecycle` (order 2001: a jacket, two shirts and a belt, paid by
//! a gift card and a card), and the builders that open an RMA from it and drive it.

use chrono::{DateTime, Utc};
use returnkit::decision::{decide, Decision, ReturnRequest};
use returnkit::policy::Policy;
use returnkit::rma::{Action, Actor, Command, RmaDocument, Submission};
use returnkit::{from_json, Order, Resolution};

/// Order 2001: A (a 100.00 jacket), B (two 25.00 shirts) and C (a 30.00 belt), 8% tax, all
/// delivered 2026-11-05; 194.40 paid, 50.00 of it by gift card.
pub const ORDER: &str = include_str!("../../samples/rma-order.json");

/// Everything returned, to the original payment.
pub const REQUEST: &str = include_str!("../../samples/rma-request.json");

/// The example's policy: 30 days from delivery (New York), 20% off for used items.
pub const POLICY: &str = include_str!("../../samples/rma-policy.json");

/// The example's policy with fees and a second inspection deduction, so that a final quote is
/// not simply proportional to the units accepted.
pub const FEES_POLICY: &str = r#"{"name": "fees", "timezone": "America/New_York",
        "window": {"days": 30, "from": "delivery"},
        "fees": {"restocking": {"type": "percent", "percent": 10}, "label_fee": "4.95"},
        "label": {"remorse": "customer"},
        "inspection": [{"condition": "used", "percent": 20}, {"condition": "damaged", "percent": 50}]}"#;

/// 30 days (UTC) and nothing else.
pub const PLAIN_POLICY: &str = r#"{"name": "p", "window": {"days": 30}}"#;

/// When the return is decided and submitted. Its ship-by date is 2026-12-05 (New York).
pub const DECIDED: &str = "2026-11-10T14:00:00Z";

/// An RFC 3339 instant.
pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// An RMA about to be opened: the request is decided under the policy at `at`, and the
/// decision submitted by the customer. Fields can be changed before [`Opening::submit`].
pub struct Opening {
    pub policy: Policy,
    pub order: Order,
    pub request: ReturnRequest,
    pub at: DateTime<Utc>,
    /// The resolution submitted, whatever the request asked for.
    pub resolution: Resolution,
    pub timezone: &'static str,
}

impl Opening {
    /// The example: [`ORDER`], [`REQUEST`] and [`POLICY`], decided at [`DECIDED`], refunded to
    /// the original payment, in New York.
    pub fn example() -> Opening {
        Opening {
            policy: Policy::from_json(POLICY).unwrap(),
            order: from_json(ORDER).unwrap(),
            request: from_json(REQUEST).unwrap(),
            at: at(DECIDED),
            resolution: Resolution::OriginalPayment,
            timezone: "America/New_York",
        }
    }

    /// Under another policy (its JSON).
    pub fn policy(mut self, json: &str) -> Opening {
        self.policy = Policy::from_json(json).unwrap();
        self
    }

    /// Another request (its JSON).
    pub fn request(mut self, json: &str) -> Opening {
        self.request = from_json(json).unwrap();
        self
    }

    /// Decided and submitted at another time.
    pub fn at(mut self, at: DateTime<Utc>) -> Opening {
        self.at = at;
        self
    }

    pub fn resolution(mut self, resolution: Resolution) -> Opening {
        self.resolution = resolution;
        self
    }

    pub fn timezone(mut self, timezone: &'static str) -> Opening {
        self.timezone = timezone;
        self
    }

    /// Decides the request and submits the decision: the RMA opened, and the decision.
    pub fn submit(self) -> (RmaDocument, Decision) {
        let decision = decide(&self.policy, &self.order, &self.request, self.at).unwrap();
        let (doc, _) = RmaDocument::submit(&Command {
            expected_version: 0,
            idempotency_key: "submit-1".into(),
            actor: Actor::Customer,
            at: self.at,
            action: Action::Submit(Box::new(Submission {
                rma_id: "rma-2001-1".into(),
                sequence: 330,
                order: self.order,
                decision: (&decision).into(),
                resolution: self.resolution,
                timezone: self.timezone.into(),
                locale: None,
            })),
        })
        .unwrap();
        (doc, decision)
    }
}

/// A command on `doc` at its current version, at `when` (RFC 3339).
pub fn command_at(
    doc: &RmaDocument,
    key: &str,
    actor: Actor,
    when: &str,
    action: Action,
) -> Command {
    Command {
        expected_version: doc.rma.version,
        idempotency_key: key.into(),
        actor,
        at: at(when),
        action,
    }
}
