//! Presentment and shop currency: a refund computed in the currency the customer paid in
//! (the order's `currency`), also given in the shop's own currency, at the rate captured at
//! payment. Owns the order's `shop_money` checks and the quote's `shop_money` block.
//!
//! When the order lists what each line was booked at in the shop's currency, a line's shop
//! refund telescopes over that booked amount as the refund in the order's currency does over
//! what was paid: round(booked × refunded so far / paid) less the same before this return,
//! so that returning all of a line refunds exactly what was booked, with no drift from
//! rounding each return at the rate. Otherwise the lines' refund is converted at the rate
//! (rounded half away from zero to the shop currency's minor unit) and split back over the
//! lines by the largest remainder, so the parts add up.

use rust_decimal::Decimal;

use super::ledger::{cumulative, non_negative, OrderLedger};
use super::quote::{RefundQuote, ShopMoneyLine, ShopMoneyQuote, ShopMoneyTender};
use crate::error::{Error, Result};
use crate::money::{allocate_minor, decimal_to_minor, div_round_half_up, minor_to_decimal, pow10};
use crate::order::Order;

/// Checks the order's `shop_money`: a rate above zero, and booked line amounts (when given)
/// not negative, for every line once. Errors name `shop_money...`.
#[cold]
#[inline(never)]
pub(crate) fn check(order: &Order) -> Result<()> {
    let Some(shop) = &order.shop_money else {
        return Ok(());
    };
    if shop.exchange_rate <= Decimal::ZERO {
        return Err(Error::InvalidValue {
            field: "shop_money.exchange_rate".into(),
            reason: format!("a rate is above zero, got {}", shop.exchange_rate),
        });
    }
    let digits = shop.currency.minor_digits();
    for (k, booked) in shop.lines.iter().enumerate() {
        non_negative(booked.amount, digits, || {
            format!("shop_money.lines[{k}].amount")
        })?;
        if !order.lines.iter().any(|l| l.id == booked.line_id) {
            return Err(Error::UnknownLine {
                field: format!("shop_money.lines[{k}].line_id"),
                line_id: booked.line_id.clone(),
            });
        }
        if shop
            .lines
            .iter()
            .take(k)
            .any(|o| o.line_id == booked.line_id)
        {
            return Err(Error::DuplicateId {
                field: format!("shop_money.lines[{k}].line_id"),
                id: booked.line_id.clone(),
            });
        }
    }
    if !shop.lines.is_empty() {
        if let Some(missing) = order
            .lines
            .iter()
            .find(|l| !shop.lines.iter().any(|b| b.line_id == l.id))
        {
            return Err(Error::InvalidValue {
                field: "shop_money.lines".into(),
                reason: format!("line `{}` has no booked amount", missing.id),
            });
        }
    }
    if let Some(s) = shop.shipping {
        non_negative(s, digits, || "shop_money.shipping".into())?;
    }
    Ok(())
}

/// The `shop_money` block of `quote`, for an order that has `shop_money`.
#[cold]
#[inline(never)]
pub(crate) fn shop_money(
    ledger: &OrderLedger<'_>,
    quote: &RefundQuote,
) -> Result<Option<ShopMoneyQuote>> {
    let Some(shop) = &ledger.order.shop_money else {
        return Ok(None);
    };
    let shop_digits = shop.currency.minor_digits();
    // amount × rate in the shop's minor units: m / 10^digits × rate × 10^shop_digits, rounded
    // half away from zero, in integers.
    let rate = shop.exchange_rate;
    let den = pow10(ledger.digits + rate.scale());
    let convert = |m: i64| -> Result<i64> {
        i128::from(m)
            .checked_mul(rate.mantissa())
            .and_then(|n| n.checked_mul(pow10(shop_digits)))
            .and_then(|n| i64::try_from(div_round_half_up(n, den)).ok())
            .filter(|m| *m <= crate::money::MAX_MINOR)
            .ok_or_else(|| Error::AmountOutOfRange {
                field: "shop_money.exchange_rate".into(),
            })
    };
    // A quote's amounts are written from minor units with the currency's digits, so each
    // mantissa is the amount in minor units.
    let minor = |d: Decimal| d.mantissa() as i64;
    let subtotals: Vec<i64> = quote.lines.iter().map(|l| minor(l.subtotal)).collect();
    let mut shop_lines = vec![0i64; subtotals.len()];
    if shop.lines.is_empty() {
        let converted = convert(subtotals.iter().sum())?;
        split(converted, &subtotals, &mut shop_lines)?;
    } else {
        booked_lines(ledger, quote, &subtotals, &mut shop_lines);
    }
    let shipping = match &quote.shipping {
        None => None,
        Some(s) => Some(shop_shipping(ledger, minor(s.total), &convert)?),
    };
    let gross: i64 = shop_lines.iter().sum::<i64>() + shipping.unwrap_or(0);
    let deductions = convert(minor(quote.totals.deductions))?.min(gross);
    let refund = gross - deductions;
    let tender_amounts: Vec<i64> = quote.tenders.iter().map(|t| minor(t.amount)).collect();
    let paid: i64 = tender_amounts.iter().sum();
    let paid_shop = if paid == minor(quote.totals.refund) {
        refund
    } else {
        convert(paid)?.min(refund)
    };
    let mut tender_shop = vec![0i64; tender_amounts.len()];
    split(paid_shop, &tender_amounts, &mut tender_shop)?;
    let dec = |m: i64| minor_to_decimal(m, shop_digits);
    Ok(Some(ShopMoneyQuote {
        currency: shop.currency,
        exchange_rate: rate,
        lines: quote
            .lines
            .iter()
            .zip(shop_lines)
            .map(|(l, s)| ShopMoneyLine {
                line_id: l.line_id.clone(),
                component_id: l.component_id.clone(),
                subtotal: dec(s),
            })
            .collect(),
        shipping: shipping.map(dec),
        deductions: dec(deductions),
        refund: dec(refund),
        tenders: quote
            .tenders
            .iter()
            .zip(tender_shop)
            .map(|(t, a)| ShopMoneyTender {
                tender_id: t.tender_id.clone(),
                amount: dec(a),
            })
            .collect(),
    }))
}

/// `total` split over `weights` by the largest remainder, into `out`.
fn split(total: i64, weights: &[i64], out: &mut [i64]) -> Result<()> {
    allocate_minor(total, weights, out, &mut Vec::new()).map_err(|e| e.into_error("shop_money"))
}

/// Each quote line's shop subtotal, telescoped over its line's booked amount: the line's
/// refunds so far (earlier returns, then earlier quote lines of the same line) and with this
/// one, each as a share of what was paid for the whole line.
fn booked_lines(ledger: &OrderLedger<'_>, quote: &RefundQuote, subtotals: &[i64], out: &mut [i64]) {
    let Some(shop) = &ledger.order.shop_money else {
        return;
    };
    let shop_digits = shop.currency.minor_digits();
    // Refunded so far in the order's currency, per order line touched by this quote.
    let mut so_far: Vec<(usize, i64)> = Vec::new();
    for (k, (line, &subtotal)) in quote.lines.iter().zip(subtotals).enumerate() {
        let Some(i) = ledger.find_line(&line.line_id, k) else {
            continue;
        };
        let before = match so_far.iter().find(|(at, _)| *at == i) {
            Some(&(_, b)) => b,
            None => refunded_before(ledger, i),
        };
        let after = before + subtotal;
        match so_far.iter_mut().find(|(at, _)| *at == i) {
            Some(entry) => entry.1 = after,
            None => so_far.push((i, after)),
        }
        // Checked with the order: whole minor units, in range.
        let booked = shop
            .lines
            .iter()
            .find(|b| b.line_id == *line.line_id)
            .and_then(|b| decimal_to_minor(b.amount, shop_digits, "").ok())
            .unwrap_or(0);
        let whole = line_subtotal(ledger, i);
        let share = |n: i64| {
            if n == whole {
                booked
            } else if whole == 0 {
                0
            } else {
                // At most the booked amount, which fits in i64.
                div_round_half_up(i128::from(booked) * i128::from(n), i128::from(whole)) as i64
            }
        };
        if let Some(o) = out.get_mut(k) {
            *o = share(after) - share(before);
        }
    }
}

/// What the customer paid for all of line `i`: its merchandise, with tax when charged on top.
fn line_subtotal(ledger: &OrderLedger<'_>, i: usize) -> i64 {
    let paid = ledger.lines.get(i).map_or(0, |l| l.paid());
    if ledger.order.prices_include_tax {
        paid
    } else {
        paid + ledger.tax_charged(i).iter().sum::<i64>()
    }
}

/// What earlier returns refunded of line `i` (before deductions), as the engine paid it:
/// whole units telescoped over the line, then components returned alone over their shares.
fn refunded_before(ledger: &OrderLedger<'_>, i: usize) -> i64 {
    let (Some(l), Some(src)) = (ledger.lines.get(i), ledger.order.lines.get(i)) else {
        return 0;
    };
    let inclusive = ledger.order.prices_include_tax;
    let (q, r) = (src.quantity, l.prior_units);
    let mut sum = cumulative(l.paid(), q, r);
    if !inclusive {
        sum += ledger
            .tax_charged(i)
            .iter()
            .map(|&t| cumulative(t, q, r))
            .sum::<i64>();
    }
    for c in 0..src.components.len() {
        let prior = ledger.component_prior(i, c);
        if prior == 0 {
            continue;
        }
        // Its weights were checked with the order, so this can't fail.
        let share = ledger.component_share(i, c).unwrap_or_default();
        sum += cumulative(share.paid, share.units, prior);
        if !inclusive {
            sum += share
                .taxes
                .iter()
                .map(|&t| cumulative(t, share.units, prior))
                .sum::<i64>();
        }
    }
    sum
}

/// Shipping refunded in the shop's currency: telescoped over what shipping was booked at,
/// when the order says; converted at the rate otherwise.
fn shop_shipping(
    ledger: &OrderLedger<'_>,
    refunded: i64,
    convert: &impl Fn(i64) -> Result<i64>,
) -> Result<i64> {
    let Some(shop) = &ledger.order.shop_money else {
        return Ok(0);
    };
    let Some(booked) = shop.shipping else {
        return convert(refunded);
    };
    let booked = decimal_to_minor(booked, shop.currency.minor_digits(), "shop_money.shipping")?;
    let inclusive = ledger.order.prices_include_tax;
    let full: i64 = ledger
        .shipping
        .iter()
        .map(|s| s.paid + if inclusive { 0 } else { s.taxes.iter().sum() })
        .sum();
    if full == 0 {
        return Ok(0);
    }
    let part = |n: i64| {
        // Shipping refunded never exceeds what was paid for it, so this is at most `booked`.
        div_round_half_up(
            i128::from(booked) * i128::from(n.min(full)),
            i128::from(full),
        ) as i64
    };
    let before = ledger.prior_shipping;
    Ok(part(before + refunded) - part(before))
}
