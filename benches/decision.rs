//! Decisions and label quotes: a 50-rule policy deciding a 10-line return once compiled (in
//! its window, and past it: every line denied, with a message each), the same through the
//! JSON wire entry point, and a label quote across 5 rate cards.

// A benchmark whose setup fails must say so loudly, not measure nothing.
#![allow(clippy::expect_used, missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};
use returnkit::decision::{decide, ReturnRequest};
use returnkit::label::{quote_label, LabelRequest, RateCard};
use returnkit::policy::Policy;
use returnkit::{from_json, Order};
use serde_json::{json, Value};
use std::hint::black_box;

/// A 10-line order, delivered, with tax and an order discount.
fn order() -> Value {
    let lines: Vec<Value> = (0..10)
        .map(|i| {
            json!({
                "id": format!("line-{i}"), "sku": format!("SKU-{i}"), "product_id": format!("p{i}"),
                "title": format!("Item {i}"), "categories": [if i % 3 == 0 { "shoes/running" } else { "apparel" }],
                "tags": [if i % 2 == 0 { "sale" } else { "new" }],
                "quantity": 2, "unit_price": "40.00",
                "tax_lines": [{"rate": "0.08", "amount": "6.40"}],
                "weight": {"value": "0.8", "unit": "lb"},
                "dimensions": {"length": "12", "width": "8", "height": "4", "unit": "in"},
                "delivered_at": "2026-11-05T15:00:00Z"
            })
        })
        .collect();
    json!({
        "id": "bench", "currency": "USD", "placed_at": "2026-11-01T10:00:00Z", "country": "US",
        "channel": "online_store", "tags": ["web"],
        "shipping_address": {"country": "US", "postal_code": "94105", "residential": true},
        "lines": lines,
        "discounts": [{"code": "WELCOME", "amount": "0.00"}],
        "shipping_lines": [{"id": "s", "price": "9.95"}],
        "tenders": [{"id": "card", "kind": "card", "amount": "873.95"}],
        "customer": {"id": "c1", "tags": ["vip"], "tier": "gold", "order_count": 12, "return_count": 2}
    })
}

/// A policy with 50 rules over product, order, customer and return facts.
fn policy() -> Value {
    let mut rules = Vec::new();
    for i in 0..50 {
        let (when, then) = match i % 10 {
            0 => (
                json!({"category": ["electronics"]}),
                json!([{"set_restocking": {"type": "percent", "percent": 15}}]),
            ),
            1 => (
                json!({"all": [{"reason_class": "merchant_fault"}, {"price": {"at_least": 100}}]}),
                json!(["waive_fees"]),
            ),
            2 => (
                json!({"customer_tag": ["blocked"]}),
                json!([{"deny": {"code": "blocked", "message": "No returns"}}]),
            ),
            3 => (
                json!({"product_tag": ["final"]}),
                json!([{"deny": {"code": "final", "message": "Final sale"}}]),
            ),
            4 => (
                json!({"order_date": {"from": "2026-11-20", "to": "2026-12-24"}}),
                json!([{"window_until": "2027-01-31"}]),
            ),
            5 => (
                json!({"any": [{"sku": [format!("X-{i}")]}, {"product_id": ["nope"]}]}),
                json!(["require_photos"]),
            ),
            6 => (
                json!({"not": {"country": ["US", "CA"]}}),
                json!([{"review": {"code": "intl", "message": "Checked"}}]),
            ),
            7 => (
                json!({"days_since_delivery": {"at_least": 60}}),
                json!([{"deny": {"code": "late", "message": "Too late"}}]),
            ),
            8 => (
                json!({"customer_tier": ["gold"]}),
                json!([{"bonus": {"store_credit": {"type": "percent", "percent": 10}}}]),
            ),
            _ => (
                json!({"return_value": {"at_least": 5000}}),
                json!([{"review": {"code": "big", "message": "Big"}}]),
            ),
        };
        rules.push(json!({"id": format!("rule-{i}"), "when": when, "then": then}));
    }
    json!({
        "name": "bench", "timezone": "America/New_York", "window": {"days": 30},
        "fees": {"restocking": {"type": "percent", "percent": 5}, "label_fee": "5.95"},
        "label": {"remorse": "customer"}, "rules": rules
    })
}

fn request() -> Value {
    let lines: Vec<Value> = (0..10)
        .map(|i| json!({"line_id": format!("line-{i}"), "quantity": 1, "reason": if i == 3 { "defective" } else { "size_or_fit" }}))
        .collect();
    json!({"lines": lines, "resolution": "original_payment"})
}

fn rate_cards() -> Vec<RateCard> {
    let us = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/rates/us-ground.json"
    ));
    let eu = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/rates/eu-retoure.json"
    ));
    let us = RateCard::from_json(&us.expect("examples/rates/us-ground.json")).expect("US card");
    let eu = RateCard::from_json(&eu.expect("examples/rates/eu-retoure.json")).expect("EU card");
    // Five US services: the sample and four variants with other surcharges and billing.
    let mut cards = vec![us.clone(), eu];
    for (i, fuel) in [8, 10, 15].iter().enumerate() {
        let mut c = us.clone();
        c.service = format!("Variant {i}");
        c.surcharges.fuel_percent = rust_decimal::Decimal::from(*fuel);
        c.billing = if i == 1 {
            returnkit::label::LabelBilling::PayOnUse
        } else {
            returnkit::label::LabelBilling::Prepaid
        };
        cards.push(c);
    }
    cards
}

fn bench(c: &mut Criterion) {
    let policy = Policy::from_json(&policy().to_string()).expect("policy");
    let order_json = order();
    let request_json = request();
    let order: Order = from_json(&order_json.to_string()).expect("order");
    let request: ReturnRequest = from_json(&request_json.to_string()).expect("request");
    let now = "2026-11-20T12:00:00Z".parse().expect("now");
    decide(&policy, &order, &request, now).expect("the sample decides");
    c.bench_function("decide/50_rules_10_lines", |b| {
        b.iter(|| {
            decide(
                black_box(&policy),
                black_box(&order),
                black_box(&request),
                now,
            )
        })
    });
    // Every line past its window: ten denial messages written, the case where a decision
    // writes the most customer messages (docs/messages.md).
    let late = "2027-06-01T12:00:00Z".parse().expect("late");
    let denied = decide(&policy, &order, &request, late).expect("the late sample decides");
    assert!(denied
        .lines
        .iter()
        .all(|l| l.reasons.iter().any(|r| r.code == "outside_window")));
    c.bench_function("decide/50_rules_10_lines_denied", |b| {
        b.iter(|| {
            decide(
                black_box(&policy),
                black_box(&order),
                black_box(&request),
                late,
            )
        })
    });
    let input =
        json!({"order": order_json, "request": request_json, "now": "2026-11-20T12:00:00Z"})
            .to_string();
    c.bench_function("decide_json/50_rules_10_lines", |b| {
        b.iter(|| returnkit::wire::decide(black_box(&policy), black_box(&input)))
    });

    let cards = rate_cards();
    let label: LabelRequest = from_json(
        &json!({
            "origin": {"country": "US", "postal_code": "94105", "residential": true},
            "items": (0..10).map(|i| json!({"line_id": format!("line-{i}"), "quantity": 1,
                "weight": {"value": "0.8", "unit": "lb"},
                "dimensions": {"length": "12", "width": "8", "height": "4", "unit": "in"}})).collect::<Vec<_>>()
        })
        .to_string(),
    )
    .expect("label request");
    assert_eq!(cards.len(), 5);
    quote_label(&cards, &label).expect("the sample quotes");
    c.bench_function("label_quote/5_cards_10_lines", |b| {
        b.iter(|| quote_label(black_box(&cards), black_box(&label)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
