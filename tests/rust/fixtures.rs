//! Runs the shared fixtures in `tests/fixtures/refund/`: each file holds an order, a request,
//! and either the expected quote or the expected error. The C, PHP and WASM bindings run the
//! same files and must give the same answers.
//!
//! `expected` is matched as a subset: every key it names must be in the quote with the same
//! value, and arrays must have the same length, element by element. Figures in the fixtures
//! are worked by hand (see the comments in each file's `description`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use std::path::Path;

use returnkit::wire::read_document;
use returnkit::{from_json, quote, Order, RefundRequest};
use rust_decimal::Decimal;
use serde_json::Value;
use support::fixtures::{check_outcome, fixture, fixtures, subset};
use support::written;

/// Runs one fixture; returns the quote (or error) as JSON.
fn run(fixture: &Value) -> Result<Value, Value> {
    let order: Order = read_document(&fixture["order"].to_string()).map_err(|e| e.to_json())?;
    let request: RefundRequest =
        read_document(&fixture["request"].to_string()).map_err(|e| e.to_json())?;
    quote(&order, &request)
        .map(written)
        .map_err(|e| e.to_json())
}

#[test]
fn every_fixture_gives_its_expected_result() {
    let all = fixtures("refund");
    assert!(all.len() >= 40, "fixtures missing: found {}", all.len());
    let mut failures = Vec::new();
    for (name, fixture) in &all {
        let outcome = run(fixture);
        if let Err(why) = check_outcome(fixture, &outcome, "a quote", subset) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn refund_of(name: &str) -> Decimal {
    let q = run(&fixture("refund", name)).unwrap();
    q["totals"]["refund"].as_str().unwrap().parse().unwrap()
}

#[test]
fn partial_returns_pay_back_exactly_what_was_paid() {
    let steps: Decimal = [
        "woocommerce-64668-step1",
        "woocommerce-64668-step2",
        "woocommerce-64668-step3",
    ]
    .iter()
    .map(|n| refund_of(n))
    .sum();
    assert_eq!(steps, refund_of("woocommerce-64668-full"));
    assert_eq!(steps.to_string(), "179.25");
    let thirds: Decimal = ["thirds-step1", "thirds-step2", "thirds-step3"]
        .iter()
        .map(|n| refund_of(n))
        .sum();
    assert_eq!(thirds.to_string(), "20.00");
}

#[test]
fn the_sample_data_quotes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/data");
    let order: Order =
        from_json(&std::fs::read_to_string(root.join("order.json")).unwrap()).unwrap();
    let request: RefundRequest =
        from_json(&std::fs::read_to_string(root.join("request.json")).unwrap()).unwrap();
    let q = quote(&order, &request).unwrap();
    // Shoes: 160.20 paid for two, so 80.10 + tax round(11.61/2) = 5.81. Socks: 27.00 for three,
    // so 9.00 + round(1.96/3) = 0.65. Less the 5.95 label: 89.61, the gift card first.
    assert_eq!(q.totals.refund.to_string(), "89.61");
    assert_eq!(q.tenders[0].amount.to_string(), "50.00");
    assert_eq!(q.tenders[1].amount.to_string(), "39.61");
}

#[test]
fn parse_errors_name_the_field() {
    let err = from_json::<Order>(r#"{"id": "1", "currency": "USD", "lines": [{"id": "a", "quantity": "two", "unit_price": "1.00"}]}"#)
        .unwrap_err();
    assert_eq!(err.field(), "lines[0].quantity");
    assert_eq!(err.code(), 1001);
    let err = from_json::<RefundRequest>(r#"{"lines": [], "shiping": "full"}"#).unwrap_err();
    assert!(err.to_string().contains("shiping"), "{err}");
    let err = from_json::<Order>("{").unwrap_err();
    assert_eq!(err.code(), 1001);
}

#[test]
fn a_line_returned_unit_by_unit_refunds_exactly_what_was_booked_in_shop_money() {
    let shop = |name: &str| -> Decimal {
        let q = run(&fixture("refund", name)).unwrap();
        q["shop_money"]["refund"].as_str().unwrap().parse().unwrap()
    };
    let steps: Decimal = [
        "presentment-booked-step1",
        "presentment-booked-step2",
        "presentment-booked-step3",
    ]
    .iter()
    .map(|n| shop(n))
    .sum();
    assert_eq!(steps.to_string(), "49.54");
    assert_eq!(steps, shop("presentment-booked-full"));
}
