//! Gift returns end to end: the recipient's request is offered store credit or an exchange
//! only, the RMA it opens records that the buyer is not notified, and what the recipient is
//! shown (the decision's messages, the RMA's status and timeline) names no amount.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::rma::*;
use returnkit::{Condition, Resolution};
use support::rma::{command_at, Opening};

const GIFT_REQUEST: &str = r#"{
  "lines": [
    {"line_id": "A", "quantity": 1, "reason": "size_or_fit"},
    {"line_id": "B", "quantity": 2, "reason": "changed_mind"}
  ],
  "resolution": "store_credit",
  "gift": {"code": "GR-2001-A"}
}"#;

/// No digit at all: no amount, no price, no count of money.
fn no_amounts(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_digit())
}

#[test]
fn a_gift_rma_opens_without_notifying_the_buyer() {
    let (doc, decision) = Opening::example()
        .request(GIFT_REQUEST)
        .resolution(Resolution::StoreCredit)
        .submit();
    assert!(decision.gift);
    let offered: Vec<_> = decision.resolutions.iter().map(|o| o.resolution).collect();
    assert_eq!(offered, [Resolution::StoreCredit, Resolution::Exchange]);
    assert!(!doc.rma.notify_buyer);
    let text = doc.to_json().unwrap();
    // Once in the state, once in the submission event.
    assert_eq!(text.matches(r#""notify_buyer":false"#).count(), 2, "{text}");
    // A buyer's own return writes no such member: its bytes are as before.
    let (own, _) = Opening::example().submit();
    assert!(own.rma.notify_buyer);
    assert!(!own.to_json().unwrap().contains("notify_buyer"));
}

#[test]
fn a_gift_rma_cannot_be_opened_for_a_refund_to_the_card() {
    let (_, decision) = Opening::example()
        .request(GIFT_REQUEST)
        .resolution(Resolution::StoreCredit)
        .submit();
    let opening = Opening::example();
    let err = RmaDocument::submit(&Command {
        expected_version: 0,
        idempotency_key: "submit-card".into(),
        actor: Actor::Customer,
        at: opening.at,
        action: Action::Submit(Box::new(Submission {
            rma_id: "rma-2001-2".into(),
            sequence: 331,
            order: opening.order,
            decision: (&decision).into(),
            resolution: Resolution::OriginalPayment,
            timezone: "America/New_York".into(),
            locale: None,
        })),
    })
    .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1002, "action.submit.resolution")
    );
}

#[test]
fn what_the_recipient_sees_names_no_amount_from_request_to_credit() {
    let (mut doc, decision) = Opening::example()
        .request(GIFT_REQUEST)
        .resolution(Resolution::StoreCredit)
        .submit();
    for l in &decision.lines {
        for r in &l.reasons {
            assert!(no_amounts(&r.message), "{}", r.message);
        }
    }
    let steps = [
        (
            "label",
            Actor::System,
            "2026-11-11T09:00:00Z",
            Action::IssueLabel {
                parcel_id: "p1".into(),
                carrier: "Sample Parcel Co.".into(),
                tracking: "1Z-p1".into(),
                expires_on: None,
            },
        ),
        (
            "scan",
            Actor::Carrier,
            "2026-11-12T09:00:00Z",
            Action::RecordCarrierScan {
                parcel_id: "p1".into(),
                scan: Scan::Delivered,
            },
        ),
        (
            "receive",
            Actor::Warehouse,
            "2026-11-13T09:00:00Z",
            Action::ReceiveItems {
                parcel_id: Some("p1".into()),
                lines: vec![
                    LineUnits {
                        line_id: "A".into(),
                        quantity: 1,
                    },
                    LineUnits {
                        line_id: "B".into(),
                        quantity: 2,
                    },
                ],
                extra: vec![],
            },
        ),
        (
            "inspect",
            Actor::Warehouse,
            "2026-11-13T10:00:00Z",
            Action::InspectItems {
                lines: ["A", "B"]
                    .iter()
                    .map(|id| Inspection {
                        line_id: (*id).into(),
                        accepted: if *id == "A" { 1 } else { 2 },
                        rejected: 0,
                        condition: Condition::New,
                        disposition: Disposition::Restock,
                    })
                    .collect(),
            },
        ),
    ];
    for (key, actor, when, action) in steps {
        let cmd = command_at(&doc, key, actor, when, action);
        doc.apply(&cmd).unwrap();
    }
    let quote = doc.final_quote().unwrap();
    // Store credit only: nothing goes to the buyer's payments.
    assert!(quote.tenders.is_empty());
    let credit = quote.store_credit.as_ref().unwrap().amount;
    let cmd = command_at(
        &doc,
        "credit",
        Actor::System,
        "2026-11-14T09:00:00Z",
        Action::RecordStoreCredit {
            amount: credit,
            reference: "gc-1".into(),
        },
    );
    doc.apply(&cmd).unwrap();
    let status = doc.status();
    assert_eq!(status.status, CustomerStatus::CreditIssued);
    assert!(no_amounts(&status.message), "{}", status.message);
    let seen: Vec<_> = status.timeline.iter().map(|t| t.status).collect();
    assert_eq!(
        seen,
        [
            CustomerStatus::Approved,
            CustomerStatus::LabelReady,
            CustomerStatus::Received,
            CustomerStatus::CreditIssued
        ]
    );
    for t in &status.timeline {
        assert!(no_amounts(&t.message), "{}", t.message);
    }
    assert!(!doc.rma.notify_buyer);
}
