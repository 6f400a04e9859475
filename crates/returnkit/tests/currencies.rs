//! Property tests for orders paid in the customer's currency and booked in the shop's: a line
//! returned a few units at a time refunds, in the shop's currency, exactly what it was booked
//! at; without booked amounts, the shop-money parts add up to the shop-money refund.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use proptest::prelude::*;
use returnkit::{from_json, quote, Order, RefundQuote, RefundRequest};
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn cents(m: i64) -> String {
    Decimal::new(m, 2).to_string()
}

fn minor(d: Decimal) -> i64 {
    (d * Decimal::ONE_HUNDRED)
        .trunc()
        .to_string()
        .parse()
        .unwrap()
}

/// One line of `qty` units at `unit` cents with 13% tax on top, booked at `booked` cents when
/// given, at `rate`; `prior` units and `prior_paid` cents already refunded.
fn order(
    qty: i64,
    unit: i64,
    rate: &str,
    booked: Option<i64>,
    prior: i64,
    prior_paid: i64,
) -> Order {
    let paid = qty * unit;
    let tax = (paid * 13 + 50) / 100;
    let mut shop = json!({"currency": "USD", "exchange_rate": rate});
    if let Some(b) = booked {
        shop["lines"] = json!([{"line_id": "a", "amount": cents(b)}]);
    }
    let mut o: Value = json!({
        "id": "o", "currency": "CAD",
        "lines": [{"id": "a", "quantity": qty, "unit_price": cents(unit),
                   "tax_lines": [{"rate": "0.13", "amount": cents(tax)}]}],
        "tenders": [{"id": "gift", "kind": "gift_card", "amount": cents((paid + tax) / 3)},
                    {"id": "card", "kind": "card", "amount": cents(paid + tax - (paid + tax) / 3)}],
        "shop_money": shop,
    });
    if prior > 0 {
        o["prior_returns"] = json!({"lines": [{"line_id": "a", "quantity": prior}],
            "tenders": [{"tender_id": "gift", "amount": cents(prior_paid.min((paid + tax) / 3))},
                        {"tender_id": "card", "amount": cents(prior_paid - prior_paid.min((paid + tax) / 3))}]});
    }
    from_json(&o.to_string()).unwrap()
}

fn request(units: i64, fee: Option<i64>) -> RefundRequest {
    let mut r = json!({"lines": [{"line_id": "a", "quantity": units}]});
    if let Some(f) = fee {
        r["fees"] = json!({"label": cents(f)});
    }
    from_json(&r.to_string()).unwrap()
}

/// The shop-money parts of `q` add up: lines less deductions is the refund, and the tenders
/// add up to it.
fn parts_add_up(q: &RefundQuote) -> Result<(), TestCaseError> {
    let shop = q.shop_money.as_ref().unwrap();
    let lines: i64 = shop.lines.iter().map(|l| minor(l.subtotal)).sum();
    prop_assert_eq!(lines - minor(shop.deductions), minor(shop.refund));
    let tenders: i64 = shop.tenders.iter().map(|t| minor(t.amount)).sum();
    prop_assert_eq!(tenders, minor(shop.refund));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn booked_lines_refund_exactly_what_was_booked(
        qty in 1i64..8,
        unit in 1i64..50_000,
        rate_bp in 1i64..30_000,
        drift in -300i64..300,
        step in 1i64..4,
    ) {
        let rate = Decimal::new(rate_bp, 4).to_string();
        let paid = qty * unit;
        let total = paid + (paid * 13 + 50) / 100;
        // What the shop booked: near the total at the rate, a few cents either way.
        let booked = (minor(Decimal::new(total, 2) * Decimal::new(rate_bp, 4)) + drift).max(0);
        let (mut done, mut refunded, mut booked_back) = (0i64, 0i64, 0i64);
        while done < qty {
            let k = step.min(qty - done);
            let q = quote(&order(qty, unit, &rate, Some(booked), done, refunded), &request(k, None)).unwrap();
            parts_add_up(&q)?;
            let shop = q.shop_money.as_ref().unwrap();
            prop_assert!(minor(shop.lines[0].subtotal) >= 0);
            booked_back += minor(shop.lines[0].subtotal);
            refunded += minor(q.totals.refund);
            done += k;
        }
        prop_assert_eq!(refunded, total);
        prop_assert_eq!(booked_back, booked);
    }

    #[test]
    fn converted_parts_add_up(
        qty in 1i64..8,
        unit in 1i64..50_000,
        rate_bp in 1i64..30_000,
        units in 1i64..8,
        fee in 0i64..500,
    ) {
        let units = units.min(qty);
        let rate = Decimal::new(rate_bp, 4);
        let q = quote(&order(qty, unit, &rate.to_string(), None, 0, 0), &request(units, Some(fee))).unwrap();
        parts_add_up(&q)?;
        let shop = q.shop_money.as_ref().unwrap();
        // The lines are the lines' refund converted, half away from zero.
        let lines: i64 = shop.lines.iter().map(|l| minor(l.subtotal)).sum();
        let converted = (q.lines[0].subtotal * rate)
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        prop_assert_eq!(lines, minor(converted));
    }
}
