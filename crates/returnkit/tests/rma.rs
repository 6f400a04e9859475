//! The RMA lifecycle end to end (the example in `examples/rma-lifecycle`), the persisted
//! format, and the checks every command passes through.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[path = "../examples/rma-lifecycle/main.rs"]
mod lifecycle;
mod support;

use returnkit::rma::*;
use rust_decimal_macros::dec;
use support::rma::command_at;

#[test]
fn the_worked_example_runs_from_request_to_closed() {
    let (doc, out) = lifecycle::run().unwrap();
    let rma = &doc.rma;
    assert_eq!(rma.authorization, Authorization::Closed);
    // A: 100.00 + 8% = 108.00. B: one of two shirts arrived, 25.00 + 2.00 tax, less 20% of
    // 25.00 for wear = 22.00. C was rejected. 130.00 in all: the gift card's 50.00 first, then
    // 80.00 to the card.
    assert_eq!(rma.refund_due, dec!(130.00));
    let paid: Vec<_> = rma
        .refunds
        .iter()
        .map(|r| (r.tender_id.clone().unwrap(), r.amount))
        .collect();
    assert_eq!(
        paid,
        [
            ("gift-77".to_string(), dec!(50.00)),
            ("card-1".to_string(), dec!(80.00))
        ]
    );
    assert_eq!(rma.money(), MoneyState::Refunded);
    let b = rma.lines.iter().find(|l| l.line_id == "B").unwrap();
    assert_eq!((b.approved, b.received, b.accepted), (2, 1, 1));
    let c = rma.lines.iter().find(|l| l.line_id == "C").unwrap();
    assert_eq!((c.received, c.accepted, c.rejected), (1, 0, 1));
    assert_eq!(c.disposition, Some(Disposition::ReturnToCustomer));
    assert_eq!(rma.parcels[0].state, Logistics::DeliveredToWarehouse);
    let statuses: Vec<_> = doc.status().timeline.iter().map(|t| t.status).collect();
    assert_eq!(
        statuses,
        [
            CustomerStatus::Approved,
            CustomerStatus::LabelReady,
            CustomerStatus::OnItsWay,
            CustomerStatus::Received,
            CustomerStatus::RefundIssued,
            CustomerStatus::Completed
        ]
    );
    assert!(out.contains("refunded 80.00 USD to card-1"), "{out}");
    // The state is the fold of the events.
    assert_eq!(&Rma::from_events(&doc.events).unwrap(), rma);
}

#[test]
fn documents_round_trip_and_the_v1_sample_loads() {
    let (doc, _) = lifecycle::run().unwrap();
    let again = RmaDocument::from_json(&doc.to_json().unwrap()).unwrap();
    assert_eq!(again, doc);
    // The wire's writer writes the state and events as serde_json does, byte for byte.
    for (ours, theirs) in [
        (
            returnkit::wire::writer::to_string(&doc.rma),
            serde_json::to_string(&doc.rma).map_err(|e| e.to_string()),
        ),
        (
            returnkit::wire::writer::to_string(&doc.events),
            serde_json::to_string(&doc.events).map_err(|e| e.to_string()),
        ),
    ] {
        assert_eq!(ours.unwrap(), theirs.unwrap());
    }
    let v1 = RmaDocument::from_json(include_str!("../samples/rma-v1.json")).unwrap();
    assert_eq!(v1.rma.number, "RMA-000-0AA-$");
    assert_eq!(v1.rma.refund_due, dec!(130.00));
    assert_eq!(v1.rma.authorization, Authorization::Closed);
    assert_eq!(parse_rma_number(&v1.rma.number).unwrap(), 330);
    // Version 1 documents are written back as version 2.
    assert!(v1.to_json().unwrap().starts_with("{\"schema_version\":2,"));
    // A newer schema is refused rather than misread, whatever its shape.
    for newer in [
        include_str!("../samples/rma-v1.json").replacen(
            "\"schema_version\":1",
            "\"schema_version\":3",
            1,
        ),
        r#"{"rma": {"a future shape": true}, "events": 7, "schema_version": 3}"#.into(),
    ] {
        let err = RmaDocument::from_json(&newer).unwrap_err();
        assert_eq!((err.code(), err.field()), (1009, "document.schema_version"));
    }
}

fn approved_doc() -> RmaDocument {
    let (doc, _) = lifecycle::run().unwrap();
    // Rebuild up to the label being issued (events 1 and 2).
    RmaDocument {
        rma: Rma::from_events(&doc.events[..2]).unwrap(),
        events: doc.events[..2].to_vec(),
    }
}

fn cmd(doc: &RmaDocument, key: &str, actor: Actor, action: Action) -> Command {
    command_at(doc, key, actor, "2026-11-12T10:00:00Z", action)
}

#[test]
fn repeating_a_command_changes_nothing_and_returns_the_original_events() {
    let mut doc = approved_doc();
    let scan = cmd(
        &doc,
        "scan-x",
        Actor::Carrier,
        Action::RecordCarrierScan {
            parcel_id: "p1".into(),
            scan: Scan::InTransit,
        },
    );
    let first = doc.apply(&scan).unwrap();
    let version = doc.rma.version;
    // The same key again, even with a stale version, returns the same events and changes nothing.
    let again = doc.apply(&scan).unwrap();
    assert_eq!(first, again);
    assert_eq!(doc.rma.version, version);
}

#[test]
fn stale_versions_unknown_actors_and_bad_transitions_are_typed_errors() {
    let mut doc = approved_doc();
    let mut stale = cmd(&doc, "k1", Actor::Agent, Action::Close);
    stale.expected_version -= 1;
    assert_eq!(doc.apply(&stale).unwrap_err().code(), 3003);
    let forbidden = cmd(
        &doc,
        "k2",
        Actor::Customer,
        Action::InspectItems { lines: vec![] },
    );
    assert_eq!(doc.apply(&forbidden).unwrap_err().code(), 3002);
    let too_many = cmd(
        &doc,
        "k3",
        Actor::Warehouse,
        Action::ReceiveItems {
            parcel_id: None,
            lines: vec![LineUnits {
                line_id: "B".into(),
                quantity: 3,
            }],
            extra: vec![],
        },
    );
    let err = doc.apply(&too_many).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1007, "action.receive_items.lines[0].quantity")
    );
    let refund = cmd(
        &doc,
        "k4",
        Actor::System,
        Action::RecordRefund {
            amount: dec!(1.00),
            reference: "x".into(),
            tender_id: None,
        },
    );
    let err = doc.apply(&refund).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (4008, "action.record_refund.amount")
    );
    // A customer can cancel before shipping.
    let cancel = cmd(
        &doc,
        "k5",
        Actor::Customer,
        Action::Cancel {
            reason: "changed my mind".into(),
        },
    );
    doc.apply(&cancel).unwrap();
    assert_eq!(doc.rma.authorization, Authorization::Cancelled);
    let again = cmd(&doc, "k6", Actor::Agent, Action::Approve { lines: vec![] });
    assert_eq!(doc.apply(&again).unwrap_err().code(), 3001);
}

#[test]
fn tick_expires_unshipped_returns_and_nothing_else() {
    let mut doc = approved_doc();
    // The deadline from the decision: delivered 2026-11-05 (New York), 30 days: 2026-12-05.
    assert_eq!(doc.rma.ship_by.unwrap().to_string(), "2026-12-05");
    assert!(doc
        .tick("2026-12-06T04:59:00Z".parse().unwrap(), "tick-1")
        .unwrap()
        .is_empty());
    let events = doc
        .tick("2026-12-06T05:00:00Z".parse().unwrap(), "tick-2")
        .unwrap();
    assert!(matches!(events[0].kind, EventKind::Expired));
    assert_eq!(doc.rma.authorization, Authorization::Expired);
    assert_eq!(doc.status().status, CustomerStatus::Expired);
}

/// `tests/fixtures/rma/v2-sample.json` is the worked example's final document, and
/// `v1-sample.json` (what schema version 1 wrote for it) migrates to it, byte for byte. Set
/// `UPDATE_RMA_SAMPLE=1` to write the version 2 sample again; the version 1 one stays as it is.
#[test]
fn the_samples_are_the_worked_example() {
    let (doc, _) = lifecycle::run().unwrap();
    let written = doc.to_json().unwrap() + "\n";
    // samples/rma-v2.json: in the repository, a link to the shared fixture.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/rma-v2.json");
    if std::env::var("UPDATE_RMA_SAMPLE").as_deref() == Ok("1") {
        std::fs::write(&path, &written).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    let v1 = include_str!("../samples/rma-v1.json");
    assert_eq!(
        RmaDocument::from_json(v1).unwrap().to_json().unwrap() + "\n",
        written
    );
}

/// A `submit` reads only what the RMA keeps of the decision (`SubmittedDecision`): without
/// its refund previews, label quote, reasons and fired rules, the same decision opens the same
/// RMA. What it reads is still checked.
#[test]
fn a_submit_reads_only_what_the_rma_keeps_of_the_decision() {
    use returnkit::wire;
    use serde_json::{json, Value};

    let fixture: Value = serde_json::from_str(include_str!(
        "../samples/decide-label-payer-customer-arranged.json"
    ))
    .unwrap();
    let policy = wire::compile_policy(&fixture["policy"].to_string(), "json", "").unwrap();
    let input =
        json!({"order": fixture["order"], "request": fixture["request"], "now": fixture["now"]});
    let decision: Value =
        serde_json::from_str(&wire::decide(&policy, &input.to_string()).unwrap()).unwrap();
    let resolution = decision["resolutions"][0]["resolution"].clone();
    let submit = |decision: &Value| {
        json!({
            "expected_version": 0, "idempotency_key": "k1", "actor": "customer",
            "at": fixture["now"], "action": {"submit": {"rma_id": "r1", "sequence": 7,
            "order": fixture["order"], "decision": decision, "resolution": resolution,
            "timezone": "UTC"}}
        })
        .to_string()
    };
    let full = wire::rma_submit(&submit(&decision)).unwrap();

    let mut bare = decision.clone();
    for key in [
        "reasons",
        "statutory",
        "fired_rules",
        "label",
        "label_payer",
    ] {
        bare.as_object_mut().unwrap().remove(key);
    }
    for line in bare["lines"].as_array_mut().unwrap() {
        for key in ["reasons", "closes_at", "keep_item", "statutory_right"] {
            line.as_object_mut().unwrap().remove(key);
        }
    }
    for offer in bare["resolutions"].as_array_mut().unwrap() {
        offer.as_object_mut().unwrap().remove("quote");
    }
    assert!(bare.to_string().len() * 2 < decision.to_string().len());
    assert_eq!(wire::rma_submit(&submit(&bare)).unwrap(), full);

    let mut broken = decision.clone();
    broken["lines"][0]["eligible_quantity"] = json!("one");
    let err = wire::rma_submit(&submit(&broken)).unwrap_err();
    assert_eq!(err.code(), 1001);
    assert_eq!(
        err.field(),
        "command.action.submit.decision.lines[0].eligible_quantity"
    );
    assert!(
        err.to_string().contains("invalid type: string \"one\""),
        "{err}"
    );
}

/// A field error inside a command or event names its real path; in a version 1 document, the
/// path the version 1 event has.
#[test]
fn errors_inside_commands_and_events_name_their_path() {
    let err = returnkit::from_json::<Command>(
        r#"{"expected_version": 4, "idempotency_key": "r", "actor": "agent",
            "at": "2026-11-12T08:00:00Z",
            "action": {"record_refund": {"amount": "ten", "reference": "psp-1"}}}"#,
    )
    .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1001, "action.record_refund.amount")
    );
    // The version 1 shape is refused at its first member the command does not have.
    let err = returnkit::from_json::<Command>(
        r#"{"expected_version": 4, "idempotency_key": "r", "actor": "agent",
            "at": "2026-11-12T08:00:00Z", "type": "close"}"#,
    )
    .unwrap_err();
    assert_eq!((err.code(), err.field()), (1001, "type"));

    let v1 = include_str!("../samples/rma-v1-on-its-way.json");
    let broken = v1.replacen(r#""scan":"in_transit""#, r#""scan":"teleported""#, 1);
    let err = RmaDocument::from_json(&broken).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1001, "document.events[2].scan"),
        "{err}"
    );
    let broken = v1.replacen(r#""event":"label_issued""#, r#""event":7"#, 1);
    let err = RmaDocument::from_json(&broken).unwrap_err();
    assert_eq!(err.field(), "document.events[1].event", "{err}");
    let broken = v1.replacen(r#""actor":"carrier""#, r#""actor":"courier""#, 1);
    let err = RmaDocument::from_json(&broken).unwrap_err();
    assert_eq!(err.field(), "document.events[2].actor", "{err}");

    let v2 = include_str!("../samples/rma-v2-on-its-way.json");
    let broken = v2.replacen(r#""scan":"in_transit""#, r#""scan":"teleported""#, 1);
    let err = RmaDocument::from_json(&broken).unwrap_err();
    assert_eq!(
        err.field(),
        "document.events[2].event.carrier_scanned.scan",
        "{err}"
    );
    assert!(err.to_string().contains("at line 1 column"), "{err}");
    let broken = v2.replacen(r#""refunded":"0""#, r#""refunded":[]"#, 1);
    let err = RmaDocument::from_json(&broken).unwrap_err();
    assert_eq!(
        err.field(),
        "document.rma.order.tenders[0].refunded",
        "{err}"
    );
}
