//! The hand-written impls against the derive they replace (`#[serde(flatten)]` over the
//! internally tagged enums, which still derive `Deserialize`): for every kind of command and
//! event, and thousands of broken variants of them (members missing, of every other type,
//! repeated, unknown, out of range; tags by name, by index, wrong), both must give the same
//! value or the same error record, byte for byte.

use chrono::DateTime;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

use super::*;
use crate::decision::decide;
use crate::order::Order;
use crate::policy::{Policy, ReasonClass};
use crate::refund::{Condition, RefundRequest, Resolution};
use crate::rma::{Disposition, RmaDocument, SubmittedLine};
use crate::wire::from_json;

/// The derives these impls replace (same names, for the same messages).
mod derived {
    use super::*;

    #[derive(Deserialize)]
    pub struct Command {
        pub expected_version: u64,
        pub idempotency_key: String,
        pub actor: Actor,
        #[serde(with = "crate::wire::timestamp")]
        pub at: DateTime<Utc>,
        #[serde(flatten)]
        pub action: Action,
    }

    #[derive(Deserialize)]
    pub struct Event {
        pub version: u64,
        pub at: DateTime<Utc>,
        pub actor: Actor,
        pub idempotency_key: String,
        #[serde(flatten)]
        pub kind: EventKind,
    }
}

fn record(e: crate::Error) -> String {
    e.to_json().to_string()
}

/// The derive reads the members it flattens through serde's `Content`, which also takes a
/// struct from an array of its fields; the wire format takes a struct from an object only
/// (`wire::reader`). So the two must agree, except where ours refuses an array given for a
/// struct.
fn same_but_arrays<T: PartialEq + std::fmt::Debug>(
    ours: &Result<T, String>,
    derived: &Result<T, String>,
    text: &str,
) {
    if ours == derived {
        return;
    }
    let refused = ours
        .as_ref()
        .err()
        .is_some_and(|e| e.contains(": invalid type: sequence, expected struct "));
    assert!(refused, "{text}\n ours: {ours:?}\n derived: {derived:?}");
    ARRAYS_REFUSED.with(|n| n.set(n.get() + 1));
}

thread_local! {
    /// How many inputs `same_but_arrays` let differ, so a test can show the rule was met.
    static ARRAYS_REFUSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn same_command(text: &str) -> bool {
    let ours = from_json::<Command>(text).map_err(record);
    let derived = from_json::<derived::Command>(text)
        .map(|d| Command {
            expected_version: d.expected_version,
            idempotency_key: d.idempotency_key,
            actor: d.actor,
            at: d.at,
            action: d.action,
        })
        .map_err(record);
    same_but_arrays(&ours, &derived, text);
    ours.is_ok()
}

fn same_event(text: &str) -> bool {
    let ours = from_json::<Event>(text).map_err(record);
    let derived = from_json::<derived::Event>(text)
        .map(|d| Event {
            version: d.version,
            at: d.at,
            actor: d.actor,
            idempotency_key: d.idempotency_key,
            kind: d.kind,
        })
        .map_err(record);
    same_but_arrays(&ours, &derived, text);
    ours.is_ok()
}

/// Values to put where another was.
fn others() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(0),
        json!(7),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!(u64::MAX),
        json!("x"),
        json!(""),
        json!("2026-11-12"),
        json!("2026-11-12T08:00:00Z"),
        json!("12.50"),
        json!([]),
        json!([1]),
        json!({}),
        json!({"a": 1}),
    ]
}

/// `base`, and broken variants of it: each member (and each member of its first nested
/// object) left out or replaced; repeated; an unknown member; the tag changed.
fn variants(base: &Value, tag: &str, names: &[&str]) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let Value::Object(members) = base else {
        return out;
    };
    let text = base.to_string();
    let body = &text[1..];
    for (key, value) in members {
        let mut without = members.clone();
        without.remove(key);
        out.push(Value::Object(without).to_string());
        for other in others() {
            let mut changed = members.clone();
            changed.insert(key.clone(), other.clone());
            out.push(Value::Object(changed).to_string());
            // Repeated, before the original.
            out.push(format!("{{{}:{},{body}", json!(key), other));
        }
        // One level down: the first object inside.
        let nested = match value {
            Value::Object(_) => Some((value.clone(), None)),
            Value::Array(items) => items
                .first()
                .filter(|v| v.is_object())
                .map(|v| (v.clone(), Some(items.clone()))),
            _ => None,
        };
        if let Some((Value::Object(inner), items)) = nested {
            for inner_key in inner.keys() {
                let mut cases = vec![None];
                cases.extend(others().into_iter().map(Some));
                for case in cases {
                    let mut changed_inner = inner.clone();
                    match case {
                        None => {
                            changed_inner.remove(inner_key);
                        }
                        Some(other) => {
                            changed_inner.insert(inner_key.clone(), other);
                        }
                    }
                    let replacement = match &items {
                        None => Value::Object(changed_inner),
                        Some(items) => {
                            let mut items = items.clone();
                            items[0] = Value::Object(changed_inner);
                            Value::Array(items)
                        }
                    };
                    let mut changed = members.clone();
                    changed.insert(key.clone(), replacement);
                    out.push(Value::Object(changed).to_string());
                }
            }
        }
    }
    out.push(format!("{{\"zz\":1,{body}"));
    out.push(format!(
        "{},\"zz\":{{\"a\":[1,2]}}}}",
        &text[..text.len() - 1]
    ));
    let mut tags: Vec<Value> = names.iter().map(|n| json!(n)).collect();
    tags.extend([
        json!(0),
        json!(1),
        json!(names.len() - 1),
        json!(names.len()),
        json!(99),
        json!(-1),
        json!(1.5),
        json!(null),
        json!("bogus"),
        json!(["submit"]),
    ]);
    for t in tags {
        let mut changed = members.clone();
        changed.insert(tag.to_string(), t.clone());
        out.push(Value::Object(changed).to_string());
        out.push(format!("{{{}:{t},{body}", json!(tag)));
        let mut without = members.clone();
        without.remove(tag);
        let rest = Value::Object(without).to_string();
        // The tag last.
        out.push(format!("{},{}:{t}}}", &rest[..rest.len() - 1], json!(tag)));
    }
    out
}

fn at() -> DateTime<Utc> {
    "2026-11-12T08:00:00Z".parse().unwrap()
}

fn submission() -> Submission {
    let fixture: Value = serde_json::from_str(include_str!(
        "../../../../../tests/fixtures/decide/cond-sku.json"
    ))
    .unwrap();
    let policy = Policy::from_json(&fixture["policy"].to_string()).unwrap();
    let order: Order = from_json(&fixture["order"].to_string()).unwrap();
    let request: crate::decision::ReturnRequest =
        from_json(&fixture["request"].to_string()).unwrap();
    let now = fixture["now"].as_str().unwrap().parse().unwrap();
    let decision = decide(&policy, &order, &request, now).unwrap();
    Submission {
        rma_id: "rma-1".into(),
        sequence: 7,
        order,
        decision: decision.into(),
        resolution: Resolution::StoreCredit,
        timezone: "Europe/Berlin".into(),
    }
}

fn lines() -> Vec<LineUnits> {
    vec![LineUnits {
        line_id: "a".into(),
        quantity: 1,
    }]
}

fn actions() -> Vec<Action> {
    vec![
        Action::Submit(Box::new(submission())),
        Action::Approve { lines: lines() },
        Action::Reject {
            code: "late".into(),
            message: "too late".into(),
        },
        Action::RequestInfo {
            message: "photos?".into(),
        },
        Action::IssueLabel {
            parcel_id: "p1".into(),
            carrier: "ups".into(),
            tracking: "1Z".into(),
            expires_on: Some(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
        },
        Action::RecordCarrierScan {
            parcel_id: "p1".into(),
            scan: Scan::InTransit,
        },
        Action::ReceiveItems {
            parcel_id: Some("p1".into()),
            lines: lines(),
            extra: vec![ExtraItem {
                description: "a sock".into(),
                quantity: 1,
            }],
        },
        Action::InspectItems {
            lines: vec![Inspection {
                line_id: "a".into(),
                accepted: 1,
                rejected: 0,
                condition: Condition::Used,
                disposition: Disposition::Restock,
            }],
        },
        Action::SettleLostParcel {
            parcel_id: "p1".into(),
            lines: lines(),
        },
        Action::RecordRefund {
            amount: dec!(12.50),
            reference: "re_1".into(),
            tender_id: Some("card-1".into()),
        },
        Action::RecordStoreCredit {
            amount: dec!(10),
            reference: "gc_1".into(),
        },
        Action::ShipExchange {
            reference: "sh_1".into(),
        },
        Action::Cancel {
            reason: "changed my mind".into(),
        },
        Action::Close,
        Action::Tick,
    ]
}

#[test]
fn commands_read_as_the_derive_reads_them() {
    let (mut accepted, mut refused) = (0, 0);
    for action in actions() {
        let command = Command {
            expected_version: 3,
            idempotency_key: "k".into(),
            actor: Actor::Agent,
            at: at(),
            action,
        };
        let base = serde_json::to_value(&command).unwrap();
        assert!(same_command(&base.to_string()));
        for text in variants(&base, "type", ACTIONS) {
            if same_command(&text) {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
    }
    assert!(accepted > 500 && refused > 2000, "{accepted} {refused}");
    assert!(ARRAYS_REFUSED.with(|n| n.get()) > 0);
}

#[test]
fn commands_with_values_content_refuses_while_reading() {
    for text in [
        r#"{"expected_version":1,"type":"close","x":1e400}"#,
        r#"{"type":"close","x":"\ud800"}"#,
        r#"{"type":"close","x":"\u00e9\n"}"#,
        r#"{"type":"close","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
        r#"{"type":"close","idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1,}"#,
        r#"{"type":"close","idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1} x"#,
        r#"{"type":"cancel","reason":"\u00e9","idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"{"type":"record_refund","amount":12.5,"reference":"r","idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"{"type":"record_refund","amount":"-0.00","reference":"r","tender_id":null,"idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"{"type":"approve","lines":[{"line_id":"a","quantity":1},{"line_id":"b","quantity":1.0}],"idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"{"type":"approve","lines":[["a",1,2]],"idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"{"type":"approve","lines":[["a",1]],"idempotency_key":"k","actor":"agent","at":"2026-11-12T08:00:00Z","expected_version":1}"#,
        r#"[]"#,
        r#""command""#,
        r#"{}"#,
    ] {
        same_command(text);
    }
}

fn events() -> Vec<Event> {
    let doc = RmaDocument::from_json(include_str!(
        "../../../../../tests/fixtures/rma/v1-sample.json"
    ))
    .unwrap();
    let mut events = doc.events.clone();
    let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let more = [
        EventKind::Approved { lines: lines() },
        EventKind::Rejected {
            code: "late".into(),
            message: "too late".into(),
        },
        EventKind::InfoRequested {
            message: "photos?".into(),
        },
        EventKind::LostParcelSettled {
            parcel_id: "p1".into(),
            lines: lines(),
            refund_due: dec!(5.00),
        },
        EventKind::StoreCreditRecorded {
            amount: dec!(5.00),
            reference: "gc".into(),
        },
        EventKind::ExchangeShipped {
            reference: "sh".into(),
        },
        EventKind::Cancelled {
            reason: String::new(),
        },
        EventKind::Expired,
        EventKind::RefundDeadlineFlagged {
            flag: RefundFlag::Overdue,
            refund_by: date,
        },
        EventKind::Submitted(Box::new(Submitted {
            rma_id: "r".into(),
            number: "RMA-000-0AA-$".into(),
            order: doc.rma.order.as_ref().clone(),
            resolution: Resolution::Exchange,
            outcome: crate::decision::Outcome::Review,
            lines: vec![SubmittedLine {
                line_id: "A".into(),
                requested: 1,
                eligible: 1,
                reason_class: ReasonClass::Remorse,
            }],
            terms: RefundRequest::default(),
            refund_by: Some(date),
            ship_by: None,
            keep_item: false,
            timezone: "UTC".into(),
        })),
    ];
    for (i, kind) in more.into_iter().enumerate() {
        events.push(Event {
            version: 10 + i as u64,
            at: at(),
            actor: Actor::System,
            idempotency_key: format!("e{i}"),
            kind,
        });
    }
    events
}

#[test]
fn events_read_as_the_derive_reads_them() {
    let (mut accepted, mut refused) = (0, 0);
    let events = events();
    assert_eq!(events.len(), 19);
    for event in events {
        let base = serde_json::to_value(&event).unwrap();
        assert!(same_event(&base.to_string()));
        for text in variants(&base, "event", EVENTS) {
            if same_event(&text) {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
    }
    assert!(accepted > 500 && refused > 2000, "{accepted} {refused}");
    assert!(ARRAYS_REFUSED.with(|n| n.get()) > 0);
}
