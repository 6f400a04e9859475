//! A return's whole life, as a backend job and a warehouse would drive it: a 3-line return is
//! decided, authorized, shipped, partly received (one shirt never arrives), inspected (one
//! item rejected, one deducted for wear), refunded across a gift card and a card, and closed.
//! It prints the timeline. Run it with `cargo run -p returnkit --example rma-lifecycle`.

use chrono::{DateTime, Utc};
use returnkit::decision::{decide, ReturnRequest};
use returnkit::policy::Policy;
use returnkit::rma::{
    Action, Actor, Command, Disposition, Inspection, LineUnits, RmaDocument, Scan, Submission,
};
use returnkit::{from_json, Condition, Order, Resolution, Result};

// Order 2001 (a jacket, two shirts and a belt, paid by a gift card and a card), its policy
// (30 days from delivery, 20% off for used items) and the customer's request.
const ORDER: &str = include_str!("../../samples/rma-order.json");
const POLICY: &str = include_str!("../../samples/rma-policy.json");
const REQUEST: &str = include_str!("../../samples/rma-request.json");

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap_or_default()
}

/// Runs the lifecycle and returns the final document and what it printed.
pub fn run() -> Result<(RmaDocument, String)> {
    let order: Order = from_json(ORDER)?;
    let policy = Policy::from_json(POLICY)?;
    let request: ReturnRequest = from_json(REQUEST)?;
    let decision = decide(&policy, &order, &request, at("2026-11-10T14:00:00Z"))?;

    let submit = Command {
        expected_version: 0,
        idempotency_key: "portal-2001-1".into(),
        actor: Actor::Customer,
        at: at("2026-11-10T14:00:05Z"),
        action: Action::Submit(Box::new(Submission {
            rma_id: "rma-2001-1".into(),
            sequence: 330,
            order,
            decision: decision.into(),
            resolution: Resolution::OriginalPayment,
            timezone: "America/New_York".into(),
            locale: None,
        })),
    };
    let (mut doc, _) = RmaDocument::submit(&submit)?;

    let step = |doc: &mut RmaDocument,
                key: &str,
                actor: Actor,
                when: &str,
                action: Action|
     -> Result<()> {
        let cmd = Command {
            expected_version: doc.rma.version,
            idempotency_key: key.into(),
            actor,
            at: at(when),
            action,
        };
        doc.apply(&cmd)?;
        Ok(())
    };
    let units = |line: &str, quantity: i64| LineUnits {
        line_id: line.into(),
        quantity,
    };
    step(
        &mut doc,
        "label-1",
        Actor::System,
        "2026-11-10T14:00:10Z",
        Action::IssueLabel {
            parcel_id: "p1".into(),
            carrier: "Sample Parcel Co.".into(),
            tracking: "1Z999".into(),
            expires_on: None,
        },
    )?;
    step(
        &mut doc,
        "scan-1",
        Actor::Carrier,
        "2026-11-11T09:00:00Z",
        Action::RecordCarrierScan {
            parcel_id: "p1".into(),
            scan: Scan::InTransit,
        },
    )?;
    step(
        &mut doc,
        "scan-2",
        Actor::Carrier,
        "2026-11-13T16:00:00Z",
        Action::RecordCarrierScan {
            parcel_id: "p1".into(),
            scan: Scan::Delivered,
        },
    )?;
    // One shirt is missing from the parcel: a short shipment.
    step(
        &mut doc,
        "wh-receive-1",
        Actor::Warehouse,
        "2026-11-14T10:00:00Z",
        Action::ReceiveItems {
            parcel_id: Some("p1".into()),
            lines: vec![units("A", 1), units("B", 1), units("C", 1)],
            extra: vec![],
        },
    )?;
    // The belt came back cut, not defective: rejected and sent back. The shirt was worn.
    step(
        &mut doc,
        "wh-inspect-1",
        Actor::Warehouse,
        "2026-11-14T11:00:00Z",
        Action::InspectItems {
            lines: vec![
                Inspection {
                    line_id: "A".into(),
                    accepted: 1,
                    rejected: 0,
                    condition: Condition::LikeNew,
                    disposition: Disposition::Restock,
                },
                Inspection {
                    line_id: "B".into(),
                    accepted: 1,
                    rejected: 0,
                    condition: Condition::Used,
                    disposition: Disposition::ResellAsUsed,
                },
                Inspection {
                    line_id: "C".into(),
                    accepted: 0,
                    rejected: 1,
                    condition: Condition::Damaged,
                    disposition: Disposition::ReturnToCustomer,
                },
            ],
        },
    )?;
    // Pay what the refund engine says, tender by tender (each unit at the grade it was
    // inspected with, which the document's log keeps).
    let quote = doc.final_quote()?;
    for (i, t) in quote.tenders.iter().enumerate() {
        step(
            &mut doc,
            &format!("refund-{i}"),
            Actor::System,
            "2026-11-14T12:00:00Z",
            Action::RecordRefund {
                amount: t.amount,
                reference: format!("psp-{}", t.tender_id),
                tender_id: Some(t.tender_id.to_string()),
            },
        )?;
    }
    step(
        &mut doc,
        "close-1",
        Actor::Agent,
        "2026-11-15T09:00:00Z",
        Action::Close,
    )?;

    let mut out = String::new();
    out.push_str(&format!(
        "{} for order {}\n",
        doc.rma.number, doc.rma.order.id
    ));
    for t in &quote.tenders {
        out.push_str(&format!(
            "refunded {} {} to {}\n",
            t.amount, quote.currency, t.tender_id
        ));
    }
    for entry in doc.status().timeline {
        out.push_str(&format!(
            "{}  {:?}: {}\n",
            entry.at.format("%Y-%m-%d %H:%M"),
            entry.status,
            entry.message
        ));
    }
    Ok((doc, out))
}

#[allow(dead_code)]
fn main() {
    match run() {
        Ok((_, out)) => print!("{out}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
