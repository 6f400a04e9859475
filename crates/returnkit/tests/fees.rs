//! Fees (restocking, inspection, label) never take a line or a refund below zero, and a
//! percent with many decimal places still charges its fee.
//!
//! Orders are random (see `support/orders.rs`) and every successful quote is checked against
//! the model in `support/quote_model.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use returnkit::{from_json, quote, Order, RefundRequest};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::config;
use support::orders::*;
use support::quote_model::*;
use support::requests::*;

#[test]
fn fees_never_take_a_line_below_zero() {
    let mut runner = TestRunner::new_with_rng(
        config(1500),
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let strategy = (order_spec(), history_spec(), request_spec());
    runner
        .run(&strategy, |(spec, history, mut req)| {
            let built = build(&spec);
            let (mut order, available) = apply_history(&built, &history);
            // Enough money on the tenders: this test is about fees, not about refund limits.
            for t in order.tenders.iter_mut() {
                t.amount += amount(MAX_MINOR / 8, built.cur);
            }
            req.resolution = 0;
            let request = build_request(&req, &order, &available);
            let q = quote(&order, &request).map_err(|e| fail(format!("{e}")))?;
            check_quote(&order, &request, &q)?;
            for l in &q.lines {
                prop_assert!(l.total >= Decimal::ZERO);
                prop_assert!(l.subtotal >= Decimal::ZERO);
            }
            let line_totals: Decimal = q.lines.iter().map(|l| l.total).sum();
            let return_deductions: Decimal = q.deductions.iter().map(|d| d.amount).sum();
            prop_assert_eq!(
                q.totals.refund,
                line_totals + q.totals.shipping - return_deductions
            );
            Ok(())
        })
        .unwrap();

    // Fixed edge cases: 100% restocking, fees larger than everything, a label on nothing.
    let order: Order = from_json(include_str!("../samples/order.json")).unwrap();
    let cases = [
        r#"{"lines": [{"line_id": "l1", "quantity": 2}], "fees": {"restocking": {"type": "percent", "percent": "100"}}}"#,
        r#"{"lines": [{"line_id": "l1", "quantity": 2, "condition": "damaged"}], "fees": {"restocking": {"type": "percent", "percent": "100"}, "inspection": [{"condition": "damaged", "percent": "100"}], "label": "99999.00"}}"#,
        r#"{"lines": [{"line_id": "l3", "quantity": 1}], "fees": {"restocking": {"type": "flat", "amount": "1000.00", "per": "unit"}}}"#,
        r#"{"lines": [{"line_id": "l3", "quantity": 3}, {"line_id": "l2", "quantity": 1}], "fees": {"restocking": {"type": "flat", "amount": "500.00", "per": "line"}, "label": "5.95"}}"#,
        r#"{"lines": [{"line_id": "l1", "quantity": 1}], "shipping": "full", "fees": {"restocking": {"type": "flat", "amount": "100000.00", "per": "return"}, "label": "1.00"}}"#,
        r#"{"shipping": "full", "fees": {"label": "100.00"}}"#,
        r#"{"mode": "final", "lines": [{"line_id": "l1", "quantity": 2, "received": 1, "accepted": 0, "condition": "used"}], "fees": {"restocking": {"type": "flat", "amount": "5.00", "per": "return"}, "inspection": [{"condition": "used", "percent": "50"}], "label": "5.95"}}"#,
    ];
    for case in cases {
        let request: RefundRequest = from_json(case).unwrap();
        let q = quote(&order, &request).unwrap_or_else(|e| panic!("{case}: {e}"));
        check_quote(&order, &request, &q).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert!(q.lines.iter().all(|l| l.total >= Decimal::ZERO), "{case}");
        assert!(q.totals.refund >= Decimal::ZERO, "{case}");
    }
}

/// Regression: `percent_of` multiplied the amount by the percent's mantissa in `i128` and, on
/// overflow, returned `None`, which the engine read as "no fee". A percent written with many decimal
/// places (33.333333333333333333333333333, as a division gives) on a large line overflows, and
/// the restocking fee silently disappears. The same goes for inspection and bonus percents and
/// for exchange tax rates.
#[test]
fn high_scale_percent_still_charges_the_fee() {
    let order: Order = from_json(
        r#"{"id": "1", "currency": "USD",
            "lines": [{"id": "a", "quantity": 1, "unit_price": "52000000.00"}],
            "tenders": [{"id": "t", "kind": "card", "amount": "52000000.00"}]}"#,
    )
    .unwrap();
    let request: RefundRequest = from_json(
        r#"{"lines": [{"line_id": "a", "quantity": 1}],
            "fees": {"restocking": {"type": "percent", "percent": "33.333333333333333333333333333"}}}"#,
    )
    .unwrap();
    let q = quote(&order, &request).unwrap();
    // A third of 52,000,000.00 is 17,333,333.33.
    assert_eq!(q.totals.deductions, dec!(17333333.33), "{:?}", q.lines[0]);
}
