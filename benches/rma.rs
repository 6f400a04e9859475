//! RMA lifecycle benchmarks (`rma_transitions`), per transition:
//!
//! - `lifecycle_with_inspection`: the worked example of the core's `rma-lifecycle` example
//!   (label, two scans, receive, inspect, two refunds, close) applied to a submitted document.
//!   Inspection re-quotes the refund through the refund engine, which dominates.
//! - `lifecycle_without_inspection`: ten commands that never call the refund engine (labels,
//!   scans, a lost parcel found again, two receipts, cancel).
//! - `fold`: rebuilding the state from an event log with `Rma::from_events`, per event.
//!
//! And loading stored documents (`rma_documents`): `RmaDocument::from_json` of the example's
//! document once inspected, refund pending (every check on load runs, the final quote too),
//! with its log (`load_with_log`) and as a bare snapshot (`load_snapshot`), and the crate's
//! sample of a schema version 1 document, whose log is migrated as it loads (`load_version_1`).
//!
//! The submitted document is cloned outside the timed section; each measured iteration applies
//! every command of a lifecycle to it.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use returnkit::decision::{decide, ReturnRequest};
use returnkit::policy::Policy;
use returnkit::rma::{Action, Actor, Command, Rma, RmaDocument, Submission};
use returnkit::{from_json, Error, Order, Resolution, Result};

// The return of the `rma-lifecycle` example: order 2001, its policy and request.
const ORDER: &str = include_str!("../examples/data/rma-order.json");
const POLICY: &str = include_str!("../examples/data/rma-policy.json");
const REQUEST: &str = include_str!("../examples/data/rma-request.json");
// A document stored by schema version 1.
const V1_DOCUMENT: &str = include_str!("../crates/returnkit/samples/rma-v1.json");

/// The example's lifecycle after submission: every command goes through the refund engine's
/// final quote at inspection. `expected_version` is filled in by [`versioned`].
const WITH_INSPECTION: [&str; 8] = [
    r#"{"actor": "system", "action": {"issue_label": {"parcel_id": "p1", "carrier": "Sample Parcel Co.", "tracking": "1Z999"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "in_transit"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "delivered"}}}"#,
    r#"{"actor": "warehouse", "action": {"receive_items": {"parcel_id": "p1",
        "lines": [{"line_id": "A", "quantity": 1}, {"line_id": "B", "quantity": 1}, {"line_id": "C", "quantity": 1}]}}}"#,
    r#"{"actor": "warehouse", "action": {"inspect_items": {"lines": [
        {"line_id": "A", "accepted": 1, "condition": "like_new", "disposition": "restock"},
        {"line_id": "B", "accepted": 1, "condition": "used", "disposition": "resell_as_used"},
        {"line_id": "C", "rejected": 1, "condition": "damaged", "disposition": "return_to_customer"}]}}}"#,
    r#"{"actor": "system", "action": {"record_refund": {"amount": "50.00", "reference": "psp-gift-77", "tender_id": "gift-77"}}}"#,
    r#"{"actor": "system", "action": {"record_refund": {"amount": "80.00", "reference": "psp-card-1", "tender_id": "card-1"}}}"#,
    r#"{"actor": "agent", "action": "close"}"#,
];

/// A lifecycle that never calls the refund engine: two parcels, one lost and found again,
/// everything received, then cancelled before inspection.
const WITHOUT_INSPECTION: [&str; 10] = [
    r#"{"actor": "system", "action": {"issue_label": {"parcel_id": "p1", "carrier": "Sample Parcel Co.", "tracking": "1Z999"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "in_transit"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p1", "scan": "delivered"}}}"#,
    r#"{"actor": "warehouse", "action": {"receive_items": {"parcel_id": "p1",
        "lines": [{"line_id": "A", "quantity": 1}, {"line_id": "B", "quantity": 1}]}}}"#,
    r#"{"actor": "agent", "action": {"issue_label": {"parcel_id": "p2", "carrier": "Sample Parcel Co.", "tracking": "1Z998"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p2", "scan": "in_transit"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p2", "scan": "lost"}}}"#,
    r#"{"actor": "carrier", "action": {"record_carrier_scan": {"parcel_id": "p2", "scan": "delivered"}}}"#,
    r#"{"actor": "warehouse", "action": {"receive_items": {"parcel_id": "p2",
        "lines": [{"line_id": "B", "quantity": 1}, {"line_id": "C", "quantity": 1}]}}}"#,
    r#"{"actor": "agent", "action": {"cancel": {"reason": "customer asked"}}}"#,
];

fn invalid(reason: String) -> Error {
    Error::InvalidValue {
        field: "bench".into(),
        reason,
    }
}

/// The example's RMA, submitted and approved.
fn submitted() -> Result<RmaDocument> {
    let order: Order = from_json(ORDER)?;
    let policy = Policy::from_json(POLICY)?;
    let request: ReturnRequest = from_json(REQUEST)?;
    // A tick command carries the timestamp, parsed the way commands are.
    let now: Command = from_json(
        r#"{"expected_version": 0, "idempotency_key": "t", "actor": "system",
            "at": "2026-11-10T14:00:05Z", "action": "tick"}"#,
    )?;
    let decision = decide(&policy, &order, &request, now.at)?;
    let submit = Command {
        expected_version: 0,
        idempotency_key: "portal-2001-1".into(),
        actor: Actor::Customer,
        at: now.at,
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
    Ok(RmaDocument::submit(&submit)?.0)
}

/// The commands of a lifecycle, each with the version it expects, checked to succeed in order
/// from `doc` and to make one event each. Returns them and the final document.
fn versioned(doc: &RmaDocument, commands: &[&str]) -> Result<(Vec<Command>, RmaDocument)> {
    let mut doc = doc.clone();
    let mut out = Vec::with_capacity(commands.len());
    for (i, json) in commands.iter().enumerate() {
        let mut value: serde_json::Value = from_json(json)?;
        let fields = value
            .as_object_mut()
            .ok_or_else(|| invalid(format!("command {i} is not an object")))?;
        fields.insert("expected_version".into(), doc.rma.version.into());
        fields.insert("idempotency_key".into(), format!("bench-{i}").into());
        fields.insert("at".into(), "2026-11-14T10:00:00Z".into());
        let cmd: Command = from_json(&value.to_string())?;
        let made = doc.apply(&cmd)?;
        if made.len() != 1 {
            return Err(invalid(format!("command {i} made {} events", made.len())));
        }
        out.push(cmd);
    }
    Ok((out, doc))
}

/// Applies every command in order; the timed body.
fn run(mut doc: RmaDocument, commands: &[Command]) -> RmaDocument {
    for cmd in commands {
        let made = doc.apply(cmd);
        black_box(&made);
    }
    doc
}

struct Fixtures {
    submitted: RmaDocument,
    /// The example once inspected, as stored: with its log, and as a bare snapshot.
    pending: String,
    pending_snapshot: String,
    with_inspection: Vec<Command>,
    without_inspection: Vec<Command>,
    log: Vec<returnkit::rma::Event>,
}

fn fixtures() -> Result<Fixtures> {
    let submitted = submitted()?;
    let (with_inspection, done) = versioned(&submitted, &WITH_INSPECTION)?;
    if done.rma.authorization != returnkit::rma::Authorization::Closed {
        return Err(invalid("the lifecycle does not close".into()));
    }
    let (without_inspection, _) = versioned(&submitted, &WITHOUT_INSPECTION)?;
    // Check, outside the timed loop, that the timed body does what the setup did.
    if run(submitted.clone(), &with_inspection) != done {
        return Err(invalid("the lifecycle is not repeatable".into()));
    }
    if Rma::from_events(&done.events)? != done.rma {
        return Err(invalid("the log does not fold to the state".into()));
    }
    let (_, pending) = versioned(&submitted, &WITH_INSPECTION[..5])?;
    if pending.rma.cash_owed().is_zero() {
        return Err(invalid("nothing is owed once inspected".into()));
    }
    let pending_snapshot = RmaDocument {
        rma: pending.rma.clone(),
        events: Vec::new(),
    };
    Ok(Fixtures {
        submitted,
        pending: pending.to_json()?,
        pending_snapshot: pending_snapshot.to_json()?,
        with_inspection,
        without_inspection,
        log: done.events,
    })
}

fn rma_transitions(c: &mut Criterion) {
    let f = match fixtures() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("the RMA benchmark fixtures fail: {e}");
            std::process::exit(1);
        }
    };
    let mut group = c.benchmark_group("rma_transitions");
    for (name, commands) in [
        ("lifecycle_with_inspection", &f.with_inspection),
        ("lifecycle_without_inspection", &f.without_inspection),
    ] {
        group.throughput(Throughput::Elements(commands.len() as u64));
        group.bench_function(name, |b| {
            b.iter_batched(
                || f.submitted.clone(),
                |doc| run(doc, black_box(commands)),
                BatchSize::SmallInput,
            )
        });
    }
    group.throughput(Throughput::Elements(f.log.len() as u64));
    group.bench_function("fold", |b| b.iter(|| Rma::from_events(black_box(&f.log))));
    group.finish();

    let mut group = c.benchmark_group("rma_documents");
    for (name, text) in [
        ("load_with_log", &f.pending),
        ("load_snapshot", &f.pending_snapshot),
        ("load_version_1", &V1_DOCUMENT.to_owned()),
    ] {
        group.bench_function(name, |b| b.iter(|| RmaDocument::from_json(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, rma_transitions);
criterion_main!(benches);
