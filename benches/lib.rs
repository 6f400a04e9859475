//! Shared builders for returnkit benchmarks.
//!
//! [`sample`] builds an order of any size that passes the engine's checks, and a request that
//! returns part of every line, so that benchmarks measure the engine's ordinary path rather than
//! an early error.

use returnkit::{Order, RefundRequest};
use rust_decimal::Decimal;
use serde_json::json;

/// Units bought on every line of a [`sample`] order.
pub const UNITS_PER_LINE: i64 = 2;

/// Units returned of every line by a [`sample`] request.
pub const UNITS_RETURNED: i64 = 1;

/// The sales tax rate of a [`sample`] order, in ten-thousandths: 7.25%.
const TAX_RATE_BP: i64 = 725;

/// The label fee of a [`sample`] request, in cents: 4.95.
const LABEL_FEE: i64 = 495;

/// `cents` as a two-decimal amount.
fn money(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// `cents` as a wire-format amount string, such as `"12.30"`.
fn amount(cents: i64) -> String {
    money(cents).to_string()
}

/// `num / den` rounded half away from zero, for `num >= 0` and `den > 0`.
fn div_round(num: i128, den: i128) -> i128 {
    (2 * num + den) / (2 * den)
}

/// Splits `total` cents across `weights` by largest remainder, as the engine does for an order
/// discount without explicit allocations: floors first, then one cent each to the largest
/// remainders, ties to the larger weight, then to the earlier line. Weights are non-negative;
/// if none is positive, everyone gets zero.
pub fn largest_remainder(total: i64, weights: &[i64]) -> Vec<i64> {
    let sum: i128 = weights.iter().map(|&w| i128::from(w)).sum();
    if sum <= 0 {
        return vec![0; weights.len()];
    }
    let total = i128::from(total);
    let mut shares: Vec<i64> = weights
        .iter()
        .map(|&w| i64::try_from(total * i128::from(w) / sum).unwrap_or(0))
        .collect();
    let given: i64 = shares.iter().sum();
    let leftover = usize::try_from(i128::from(given).abs_diff(total)).unwrap_or(0);
    let mut order: Vec<usize> = (0..weights.len()).collect();
    let key = |i: usize| {
        let w = weights.get(i).map_or(0, |&w| i128::from(w));
        (std::cmp::Reverse(total * w % sum), std::cmp::Reverse(w), i)
    };
    order.sort_by_key(|&i| key(i));
    for &i in order.iter().take(leftover) {
        if let Some(s) = shares.get_mut(i) {
            *s += 1;
        }
    }
    shares
}

/// The value `serde_json` built from wire JSON.
///
/// The builders go through the wire format rather than struct literals so that fields added
/// to returnkit's types later (all of which have serde defaults) don't break the benchmarks.
// The JSON is fixed by `sample` itself, so a failure here is a bug in this builder (which the
// tests catch), never bad input; there is nothing sensible to benchmark after it.
#[allow(clippy::panic)]
fn built<T>(what: &str, parsed: serde_json::Result<T>) -> T {
    match parsed {
        Ok(value) => value,
        Err(e) => panic!("returnkit_benches::sample built an invalid {what}: {e}"),
    }
}

/// An order of `lines` lines and a request that returns part of each, ready for
/// [`returnkit::quote`].
///
/// The order is in USD with prices excluding tax (as in the US). Every line has
/// [`UNITS_PER_LINE`] units at a price from 10.00 to 99.99, every third line has a 1.50 line
/// discount, and an order discount of about 8% has no explicit allocations, so the engine spreads
/// it over the lines itself (with leftover cents, exercising the largest-remainder step). Each
/// line has one 7.25% tax line equal to the rate times what was paid after both discounts,
/// rounded half-up, which is what the engine's tax check expects. A card and a gift card
/// (about a tenth) together pay the total.
///
/// The request is a preview that returns [`UNITS_RETURNED`] unit of every line, in the order's
/// line order, refunds the gift card first, and deducts a 4.95 label fee.
///
/// ```
/// let (order, request) = returnkit_benches::sample(10);
/// assert_eq!(order.lines.len(), 10);
/// assert_eq!(request.lines.len(), 10);
/// assert!(returnkit::quote(&order, &request).is_ok());
/// ```
pub fn sample(lines: usize) -> (Order, RefundRequest) {
    // Prices in cents: 10.00 to 99.99, varied so that remainders and roundings differ.
    let units: Vec<i64> = (0..lines)
        .map(|i| 1_000 + (i as i64).wrapping_mul(7_919).rem_euclid(9_000))
        .collect();
    let line_discounts: Vec<i64> = (0..lines)
        .map(|i| if i % 3 == 0 { 150 } else { 0 })
        .collect();
    let weights: Vec<i64> = units
        .iter()
        .zip(&line_discounts)
        .map(|(unit, discount)| unit * UNITS_PER_LINE - discount)
        .collect();
    // About 8% off, an amount that does not split evenly.
    let order_discount = weights.iter().sum::<i64>() / 12;
    let shares = largest_remainder(order_discount, &weights);

    let mut total = 0i64;
    let mut order_lines = Vec::with_capacity(lines);
    for (i, ((unit, discount), (weight, share))) in units
        .iter()
        .zip(&line_discounts)
        .zip(weights.iter().zip(&shares))
        .enumerate()
    {
        let paid = weight - share;
        let tax = div_round(i128::from(paid) * i128::from(TAX_RATE_BP), 10_000);
        let tax = i64::try_from(tax).unwrap_or(0);
        total += paid + tax;
        let mut line = json!({
            "id": format!("l{i}"),
            "sku": format!("SKU-{i:05}"),
            "product_id": format!("p-{i}"),
            "title": format!("Item {i}"),
            "quantity": UNITS_PER_LINE,
            "unit_price": amount(*unit),
            "tax_lines": [{
                "title": "State Tax",
                "rate": Decimal::new(TAX_RATE_BP, 4).to_string(),
                "amount": amount(tax),
            }],
        });
        if *discount > 0 {
            line["discounts"] = json!([{ "code": "BUNDLE", "amount": amount(*discount) }]);
        }
        order_lines.push(line);
    }

    let gift = total / 10;
    let order = json!({
        "id": "bench-1",
        "currency": "USD",
        "prices_include_tax": false,
        "country": "US",
        "channel": "online_store",
        "lines": order_lines,
        "discounts": [{ "code": "WELCOME", "amount": amount(order_discount) }],
        "tenders": [
            { "id": "card-1", "kind": "card", "amount": amount(total - gift) },
            { "id": "gift-1", "kind": "gift_card", "amount": amount(gift) },
        ],
    });
    let request = json!({
        "mode": "preview",
        "lines": (0..lines)
            .map(|i| json!({ "line_id": format!("l{i}"), "quantity": UNITS_RETURNED }))
            .collect::<Vec<_>>(),
        "fees": { "label": amount(LABEL_FEE) },
        "resolution": "original_payment",
        "tender_order": [{ "kind": "gift_card" }],
    });
    (
        built("order", serde_json::from_value(order)),
        built("request", serde_json::from_value(request)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use returnkit::{Currency, Money, TenderKind};

    const SIZES: [usize; 8] = [1, 2, 3, 10, 25, 100, 101, 1000];

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    fn minor(amount: Decimal) -> i64 {
        Money::new(amount, usd()).to_minor().unwrap()
    }

    /// Each line's price after its own discounts, in cents: the engine's spreading weights.
    fn weights(order: &Order) -> Vec<i64> {
        order
            .lines
            .iter()
            .map(|l| {
                let d: Decimal = l.discounts.iter().map(|d| d.amount).sum();
                minor(l.unit_price * Decimal::from(l.quantity) - d)
            })
            .collect()
    }

    #[test]
    fn samples_quote() {
        for n in SIZES {
            let (order, request) = sample(n);
            let q = returnkit::quote(&order, &request).unwrap_or_else(|e| panic!("{n} lines: {e}"));
            assert_eq!(q.lines.len(), n);
            assert!(q.lines.iter().all(|l| l.quantity == UNITS_RETURNED));
            assert!(q.lines.iter().all(|l| !l.order_discount.is_zero()));
            assert_eq!(q.deductions.len(), 1, "{n} lines: the label fee");
            assert!(q.totals.refund > Decimal::ZERO);
            let lines: Decimal = q.lines.iter().map(|l| l.total).sum();
            assert_eq!(q.totals.refund, lines - money(LABEL_FEE));
            let tenders: Decimal = q.tenders.iter().map(|t| t.amount).sum();
            assert_eq!(tenders, q.totals.refund);
            assert_eq!(q.tenders.len(), 2, "{n} lines: gift card, then card");
            assert_eq!(q.tenders[0].kind, TenderKind::GiftCard);
        }
    }

    #[test]
    fn the_whole_order_refunds_to_the_cent() {
        // Returning every unit pays back exactly what the tenders took, and each line's share
        // of the order discount is the one the builder computed its tax from.
        for n in SIZES {
            let (order, mut request) = sample(n);
            request
                .lines
                .iter_mut()
                .for_each(|l| l.quantity = UNITS_PER_LINE);
            request.fees.label = None;
            let q = returnkit::quote(&order, &request).unwrap();
            let paid: Decimal = order.tenders.iter().map(|t| t.amount).sum();
            assert_eq!(q.totals.refund, paid, "{n} lines");
            let shares = largest_remainder(minor(order.discounts[0].amount), &weights(&order));
            for ((line, ql), share) in order.lines.iter().zip(&q.lines).zip(shares) {
                assert_eq!(
                    ql.tax, line.tax_lines[0].amount,
                    "{n} lines, line {}",
                    line.id
                );
                assert_eq!(
                    ql.order_discount,
                    money(share),
                    "{n} lines, line {}",
                    line.id
                );
            }
        }
    }

    #[test]
    fn spread_matches_money_allocate() {
        for n in SIZES {
            let (order, _) = sample(n);
            let weights = weights(&order);
            let amount = order.discounts[0].amount;
            let ours = largest_remainder(minor(amount), &weights);
            let theirs: Vec<i64> = Money::new(amount, usd())
                .allocate(&weights.iter().map(|&w| money(w)).collect::<Vec<_>>())
                .unwrap()
                .iter()
                .map(|m| m.to_minor().unwrap())
                .collect();
            assert_eq!(ours, theirs, "{n} lines");
        }
    }
}
