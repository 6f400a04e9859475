//! The wire format's cost (issue 22): each wire entry point on typed values and through JSON,
//! on the same input, for 1, 10 and 100 lines, so that JSON's share is one figure per call.
//!
//! - `quote`: a refund quote of [`returnkit_benches::sample`] (`returnkit::quote` against
//!   `wire::quote`);
//! - `decide`: the returns portal's policy with the US ground rate card deciding a return of
//!   every line of the sample order (`decision::decide` against `wire::decide`);
//! - `label_quote`: a label for every line across that policy's rate card (`quote_label`
//!   against `wire::label_quote`);
//! - `rma_apply`: receiving every line of an RMA opened on that decision (`RmaDocument::apply`
//!   against `wire::rma_apply`, which reads the stored document and writes it back).
//!
//! Each group has `typed/N` and `json/N`, and `decide` also `json_compact/N` (the same input
//! asking for the compact answer). `floor/N` (and `compact_floor/N`) is the least any JSON path
//! of that call could cost with serde_json's tokenizer: the input read and every value skipped
//! (`IgnoredAny`), and the answer's bytes copied, with no value built or written; `typed/N` plus
//! `floor/N` bounds the JSON path from below. `RK_WIRE_SIZES=1` prints the JSON sizes in and out
//! instead of measuring, and `RK_WIRE_RUN=decide/json/10 RK_WIRE_TIMES=200` makes one call that
//! many times and nothing else, for instruction counts (`valgrind --tool=callgrind` at two
//! counts; the difference over the calls between them cancels the setup).

// A benchmark whose setup fails must say so loudly, not measure nothing.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use returnkit::decision::{decide, ReturnRequest};
use returnkit::label::{quote_label, LabelRequest};
use returnkit::policy::Policy;
use returnkit::rma::{Action, Actor, Command, RmaDocument, Submission};
use returnkit::{from_json, Order, RefundRequest, Resolution};
use returnkit_benches::sample;
use serde::de::IgnoredAny;
use serde_json::{json, Value};

const SIZES: [usize; 3] = [1, 10, 100];

const POLICY: &str = include_str!("../examples/returns-portal/data/policy.json");
const CARD: &str = include_str!("../examples/rates/us-ground.json");
const NOW: &str = "2026-11-20T18:00:00Z";

/// The sample order of `lines` lines, delivered to a US address, each line weighed.
fn delivered_order(lines: usize) -> Value {
    let (order, _) = sample(lines);
    let mut order = serde_json::to_value(&order).expect("the sample order writes");
    order["placed_at"] = json!("2026-11-02T17:20:00Z");
    order["shipping_address"] =
        json!({"country": "US", "postal_code": "94105", "residential": true});
    for line in order["lines"].as_array_mut().expect("lines") {
        line["delivered_at"] = json!("2026-11-06T21:00:00Z");
        line["weight"] = json!({"value": "0.8", "unit": "lb"});
        line["categories"] = json!(["apparel/outerwear"]);
    }
    order
}

/// A return of one unit of every line.
fn return_request(lines: usize) -> Value {
    let reasons = ["size_or_fit", "changed_mind", "defective", "wrong_item"];
    json!({
        "lines": (0..lines).map(|i| json!({"line_id": format!("l{i}"), "quantity": 1,
            "reason": reasons[i % reasons.len()]})).collect::<Vec<_>>(),
        "resolution": "store_credit",
    })
}

fn label_request(lines: usize) -> Value {
    json!({
        "origin": {"country": "US", "postal_code": "10001", "residential": true},
        "items": (0..lines).map(|i| json!({"line_id": format!("l{i}"), "quantity": 1,
            "weight": {"value": "0.5", "unit": "lb"}}))
            .collect::<Vec<_>>(),
    })
}

fn policy() -> Policy {
    returnkit::wire::compile_json_policy(POLICY, &format!("[{CARD}]")).expect("the policy")
}

/// The RMA opened on the decision of `lines` lines, its label issued, and the command that
/// receives every line.
fn rma(policy: &Policy, lines: usize) -> (RmaDocument, Command) {
    let order: Order = from_json(&delivered_order(lines).to_string()).expect("order");
    let request: ReturnRequest = from_json(&return_request(lines).to_string()).expect("request");
    let now = NOW.parse().expect("now");
    let decision = decide(policy, &order, &request, now).expect("the decision");
    let submit = Command {
        expected_version: 0,
        idempotency_key: "submit".into(),
        actor: Actor::Customer,
        at: now,
        action: Action::Submit(Box::new(Submission {
            rma_id: "rma-bench".into(),
            sequence: 1,
            order,
            decision: decision.into(),
            resolution: Resolution::StoreCredit,
            timezone: "America/Los_Angeles".into(),
            locale: None,
        })),
    };
    let (mut doc, _) = RmaDocument::submit(&submit).expect("the RMA opens");
    let label: Command = from_json(&format!(
        r#"{{"expected_version": {}, "idempotency_key": "label", "actor": "system", "at": "{NOW}",
            "action": {{"issue_label": {{"parcel_id": "p1", "carrier": "Sample Parcel Co.", "tracking": "1Z"}}}}}}"#,
        doc.rma.version
    ))
    .expect("label command");
    doc.apply(&label).expect("the label");
    let receive: Command = from_json(
        &json!({"expected_version": doc.rma.version, "idempotency_key": "receive",
            "actor": "warehouse", "at": NOW,
            "action": {"receive_items": {"parcel_id": "p1",
                "lines": (0..lines).map(|i| json!({"line_id": format!("l{i}"), "quantity": 1}))
                    .collect::<Vec<_>>()}}})
        .to_string(),
    )
    .expect("receive command");
    doc.clone().apply(&receive).expect("the receipt");
    (doc, receive)
}

/// The input texts of every call at `lines` lines, and their answers' sizes.
struct Texts {
    quote: String,
    decide: String,
    /// The decision's input asking for the compact answer.
    decide_compact: String,
    label: String,
    rma_document: String,
    rma_command: String,
}

fn texts(policy: &Policy, lines: usize) -> Texts {
    let (order, request) = sample(lines);
    let (doc, receive) = rma(policy, lines);
    Texts {
        quote: json!({"order": order, "request": request}).to_string(),
        decide:
            json!({"order": delivered_order(lines), "request": return_request(lines), "now": NOW})
                .to_string(),
        decide_compact: json!({"order": delivered_order(lines), "request": return_request(lines),
            "now": NOW, "answer": "compact"})
        .to_string(),
        label: label_request(lines).to_string(),
        rma_document: doc.to_json().expect("the document writes"),
        rma_command: serde_json::to_string(&receive).expect("the command writes"),
    }
}

fn print_sizes(policy: &Policy) {
    println!("call,lines,bytes_in,bytes_out");
    for n in SIZES {
        let t = texts(policy, n);
        let rows = [
            ("quote", t.quote.len(), returnkit::wire::quote(&t.quote)),
            (
                "decide",
                t.decide.len(),
                returnkit::wire::decide(policy, &t.decide),
            ),
            (
                "decide_compact",
                t.decide_compact.len(),
                returnkit::wire::decide(policy, &t.decide_compact),
            ),
            (
                "label_quote",
                t.label.len(),
                returnkit::wire::label_quote(policy, &t.label),
            ),
            (
                "rma_apply",
                t.rma_document.len() + t.rma_command.len(),
                returnkit::wire::rma_apply(&t.rma_document, &t.rma_command),
            ),
        ];
        for (call, bytes_in, out) in rows {
            println!(
                "{call},{n},{bytes_in},{}",
                out.expect("the call answers").len()
            );
        }
    }
}

/// The floor of a JSON path: each input tokenized by serde_json with every value skipped, and
/// the answer's bytes copied into a new string, as a writer's output would be.
fn floor(inputs: &[&str], answer: &str) -> String {
    for input in inputs {
        let _: IgnoredAny = serde_json::from_str(input).expect("the input is JSON");
    }
    answer.to_owned()
}

/// Every call's answer to its input texts, for [`floor`].
struct Answers {
    quote: String,
    decide: String,
    decide_compact: String,
    label: String,
    rma: String,
}

fn answers(policy: &Policy, t: &Texts) -> Answers {
    let ok = |r: Result<String, returnkit::Error>| r.expect("the call answers");
    Answers {
        quote: ok(returnkit::wire::quote(&t.quote)),
        decide: ok(returnkit::wire::decide(policy, &t.decide)),
        decide_compact: ok(returnkit::wire::decide(policy, &t.decide_compact)),
        label: ok(returnkit::wire::label_quote(policy, &t.label)),
        rma: ok(returnkit::wire::rma_apply(&t.rma_document, &t.rma_command)),
    }
}

/// Makes the call `what` (`decide/json/10`) `times` times.
fn run_only(policy: &Policy, what: &str, times: usize) {
    let parts: Vec<&str> = what.split('/').collect();
    let [call, way, n] = parts[..] else {
        panic!("RK_WIRE_RUN is call/way/lines, such as decide/json/10")
    };
    let n: usize = n.parse().expect("lines");
    let t = texts(policy, n);
    let now = NOW.parse().expect("now");
    let (order, request) = sample(n);
    let delivered: Order = from_json(&delivered_order(n).to_string()).expect("order");
    let returned: ReturnRequest = from_json(&return_request(n).to_string()).expect("request");
    let label: LabelRequest = from_json(&label_request(n).to_string()).expect("label");
    let (doc, receive) = rma(policy, n);
    let a = answers(policy, &t);
    for _ in 0..times {
        match (call, way) {
            ("quote", "typed") => drop(black_box(returnkit::quote(&order, &request))),
            ("quote", "json") => drop(black_box(returnkit::wire::quote(&t.quote))),
            ("quote", "floor") => drop(black_box(floor(&[&t.quote], &a.quote))),
            ("decide", "typed") => drop(black_box(decide(policy, &delivered, &returned, now))),
            ("decide", "json") => drop(black_box(returnkit::wire::decide(policy, &t.decide))),
            ("decide", "compact") => drop(black_box(returnkit::wire::decide(
                policy,
                &t.decide_compact,
            ))),
            ("decide", "floor") => drop(black_box(floor(&[&t.decide], &a.decide))),
            ("decide", "compact_floor") => {
                drop(black_box(floor(&[&t.decide_compact], &a.decide_compact)))
            }
            ("label_quote", "typed") => {
                drop(black_box(quote_label(policy.rate_cards(), &label)));
            }
            ("label_quote", "json") => {
                drop(black_box(returnkit::wire::label_quote(policy, &t.label)));
            }
            ("label_quote", "floor") => drop(black_box(floor(&[&t.label], &a.label))),
            ("rma_apply", "typed") => {
                let mut doc = doc.clone();
                drop(black_box(doc.apply(&receive)));
            }
            ("rma_apply", "json") => drop(black_box(returnkit::wire::rma_apply(
                &t.rma_document,
                &t.rma_command,
            ))),
            ("rma_apply", "floor") => {
                drop(black_box(floor(&[&t.rma_document, &t.rma_command], &a.rma)))
            }
            _ => panic!("no call {what}"),
        }
    }
}

fn bench(c: &mut Criterion) {
    let policy = policy();
    if std::env::var_os("RK_WIRE_SIZES").is_some() {
        print_sizes(&policy);
        return;
    }
    if let Ok(what) = std::env::var("RK_WIRE_RUN") {
        let times = std::env::var("RK_WIRE_TIMES").map_or(1, |t| t.parse().expect("times"));
        run_only(&policy, &what, times);
        return;
    }
    let mut group = c.benchmark_group("wire/quote");
    for n in SIZES {
        let (order, request): (Order, RefundRequest) = sample(n);
        let t = texts(&policy, n);
        group.bench_function(format!("typed/{n}"), |b| {
            b.iter(|| returnkit::quote(black_box(&order), black_box(&request)))
        });
        group.bench_function(format!("json/{n}"), |b| {
            b.iter(|| returnkit::wire::quote(black_box(&t.quote)))
        });
        let a = answers(&policy, &t);
        group.bench_function(format!("floor/{n}"), |b| {
            b.iter(|| floor(&[black_box(&t.quote)], &a.quote))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("wire/decide");
    let now = NOW.parse().expect("now");
    for n in SIZES {
        let order: Order = from_json(&delivered_order(n).to_string()).expect("order");
        let request: ReturnRequest = from_json(&return_request(n).to_string()).expect("request");
        let t = texts(&policy, n);
        group.bench_function(format!("typed/{n}"), |b| {
            b.iter(|| {
                decide(
                    black_box(&policy),
                    black_box(&order),
                    black_box(&request),
                    now,
                )
            })
        });
        group.bench_function(format!("json/{n}"), |b| {
            b.iter(|| returnkit::wire::decide(black_box(&policy), black_box(&t.decide)))
        });
        group.bench_function(format!("json_compact/{n}"), |b| {
            b.iter(|| returnkit::wire::decide(black_box(&policy), black_box(&t.decide_compact)))
        });
        let a = answers(&policy, &t);
        group.bench_function(format!("floor/{n}"), |b| {
            b.iter(|| floor(&[black_box(&t.decide)], &a.decide))
        });
        group.bench_function(format!("compact_floor/{n}"), |b| {
            b.iter(|| floor(&[black_box(&t.decide_compact)], &a.decide_compact))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("wire/label_quote");
    for n in SIZES {
        let request: LabelRequest = from_json(&label_request(n).to_string()).expect("label");
        let t = texts(&policy, n);
        group.bench_function(format!("typed/{n}"), |b| {
            b.iter(|| quote_label(black_box(policy.rate_cards()), black_box(&request)))
        });
        group.bench_function(format!("json/{n}"), |b| {
            b.iter(|| returnkit::wire::label_quote(black_box(&policy), black_box(&t.label)))
        });
        let a = answers(&policy, &t);
        group.bench_function(format!("floor/{n}"), |b| {
            b.iter(|| floor(&[black_box(&t.label)], &a.label))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("wire/rma_apply");
    for n in SIZES {
        let (doc, receive) = rma(&policy, n);
        let t = texts(&policy, n);
        group.bench_function(format!("typed/{n}"), |b| {
            b.iter_batched(
                || doc.clone(),
                |mut doc| {
                    let events = doc.apply(black_box(&receive));
                    (doc, events)
                },
                BatchSize::SmallInput,
            )
        });
        group.bench_function(format!("json/{n}"), |b| {
            b.iter(|| {
                returnkit::wire::rma_apply(black_box(&t.rma_document), black_box(&t.rma_command))
            })
        });
        let a = answers(&policy, &t);
        group.bench_function(format!("floor/{n}"), |b| {
            b.iter(|| {
                floor(
                    &[black_box(&t.rma_document), black_box(&t.rma_command)],
                    &a.rma,
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
