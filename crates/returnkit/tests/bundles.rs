//! Property tests for bundles: a bundle line returned in any mix of whole bundles (first) and
//! components alone (a few units at a time) refunds, tax by tax, exactly what was paid for
//! the line, every step at least zero, and no component unit twice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::{from_json, quote, Order, RefundRequest};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// A bundle line: `bundles` units at `unit` cents with a `discount` in cents, tax charged on
/// top at 10% of what was paid, and components with `(per_bundle, weight)`.
fn order(
    bundles: i64,
    unit: i64,
    discount: i64,
    components: &[(i64, u32)],
    prior: &Value,
) -> Order {
    let paid = unit * bundles - discount;
    let tax = (paid + 5) / 10;
    let comps: Vec<Value> = components
        .iter()
        .enumerate()
        .map(|(c, (q, w))| json!({"id": format!("c{c}"), "quantity": q, "weight": w.to_string()}))
        .collect();
    let cents = |m: i64| Decimal::new(m, 2).to_string();
    from_json(
        &json!({
            "id": "o", "currency": "USD",
            "lines": [{"id": "kit", "quantity": bundles, "unit_price": cents(unit),
                       "discounts": [{"amount": cents(discount)}],
                       "tax_lines": [{"rate": "0.1", "amount": cents(tax)}],
                       "components": comps}],
            "tenders": [{"id": "card", "kind": "card", "amount": cents(paid + tax)}],
            "prior_returns": prior,
        })
        .to_string(),
    )
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_component_returned_pays_back_the_line(
        bundles in 1i64..5,
        unit in 1i64..20_000,
        discount_pct in 0i64..60,
        components in vec((1i64..4, 0u32..7), 1..5),
        whole_first in 0i64..5,
        step in 1i64..4,
    ) {
        // At least one weight above zero.
        let mut components = components;
        if components.iter().all(|(_, w)| *w == 0) {
            components[0].1 = 1;
        }
        let discount = unit * bundles * discount_pct / 100;
        let whole = whole_first.min(bundles - 1);
        let paid = unit * bundles - discount;
        let line_total = paid + (paid + 5) / 10;
        let mut refunded: i64 = 0;
        let mut tax_refunded: i64 = 0;
        let mut prior_lines: Vec<Value> = Vec::new();
        let mut prior_paid: i64 = 0;
        let prior = |lines: &[Value], amount: i64| json!({
            "lines": lines,
            "tenders": [{"tender_id": "card", "amount": Decimal::new(amount, 2).to_string()}],
        });
        let minor = |v: &Decimal| (v * Decimal::ONE_HUNDRED).trunc().to_string().parse::<i64>().unwrap();
        if whole > 0 {
            let o = order(bundles, unit, discount, &components, &prior(&prior_lines, prior_paid));
            let r: RefundRequest = from_json(&json!({"lines": [{"line_id": "kit", "quantity": whole}]}).to_string()).unwrap();
            let q = quote(&o, &r).unwrap();
            let amount = minor(&q.totals.refund);
            refunded += amount;
            tax_refunded += minor(&q.totals.tax);
            prior_paid += amount;
            prior_lines.push(json!({"line_id": "kit", "quantity": whole}));
        }
        for (c, (per, _)) in components.iter().enumerate() {
            let mut left = (bundles - whole) * per;
            while left > 0 {
                let k = step.min(left);
                let o = order(bundles, unit, discount, &components, &prior(&prior_lines, prior_paid));
                let r: RefundRequest = from_json(&json!({"lines": [
                    {"line_id": "kit", "component_id": format!("c{c}"), "quantity": k}]}).to_string()).unwrap();
                let q = quote(&o, &r).unwrap();
                let line = &q.lines[0];
                prop_assert!(line.total >= Decimal::ZERO && line.line_discount >= Decimal::ZERO);
                prop_assert_eq!(line.gross - line.line_discount - line.order_discount, line.merchandise);
                let amount = minor(&q.totals.refund);
                refunded += amount;
                tax_refunded += minor(&q.totals.tax);
                prior_paid += amount;
                prior_lines.push(json!({"line_id": "kit", "component_id": format!("c{c}"), "quantity": k}));
                left -= k;
            }
            // One more unit of a component fully returned is refused.
            let o = order(bundles, unit, discount, &components, &prior(&prior_lines, prior_paid));
            let r: RefundRequest = from_json(&json!({"lines": [
                {"line_id": "kit", "component_id": format!("c{c}"), "quantity": 1}]}).to_string()).unwrap();
            let err = quote(&o, &r).unwrap_err();
            prop_assert_eq!(err.field(), "request.lines[0].quantity");
        }
        prop_assert_eq!(refunded, line_total);
        prop_assert_eq!(tax_refunded, (paid + 5) / 10);
    }
}
