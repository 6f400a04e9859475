//! Mixed outcomes: one return whose lines are resolved different ways (one item back to the
//! card, one as store credit, one exchanged), each part settled on its own.
//!
//! The lines, shipping and deductions are quoted as for any return; this module only splits
//! the refund into parts and settles each: the original-payment part through the tender split
//! (the only money that goes back to the order's payments, with an exchange's refund after
//! it), the store-credit part as credit with its bonus, the exchange part's balance against
//! the replacement items alone. Every split adds up to the cent.

use smol_str::SmolStr;

use super::engine::{
    bonus_amount, exchange_quote, replacement_value, split_tenders, store_credit_quote,
};
use super::ledger::OrderLedger;
use super::quote::{RefundQuote, Settlement, TenderRefund};
use super::request::{Bonus, RefundRequest, Resolution};
use crate::error::{Error, Result};
use crate::money::{allocate_minor, decimal_to_minor, minor_to_decimal};

/// The parts, in the order a quote lists them.
const PARTS: [Resolution; 3] = [
    Resolution::OriginalPayment,
    Resolution::StoreCredit,
    Resolution::Exchange,
];

fn part_index(r: Resolution) -> usize {
    match r {
        Resolution::OriginalPayment => 0,
        Resolution::StoreCredit => 1,
        Resolution::Exchange => 2,
    }
}

/// One part while it is worked out, in minor units.
#[derive(Default)]
struct Part {
    line_ids: Vec<SmolStr>,
    present: bool,
    shipping: i64,
    /// Lines' totals plus shipping, before the return's deductions.
    value: i64,
    deductions: i64,
}

/// Settles `quote` (its lines, shipping and deductions quoted already) in parts, one per
/// resolution its lines name, each line without one in the request's own.
pub(crate) fn settle(
    ledger: &OrderLedger<'_>,
    request: &RefundRequest,
    quote: &mut RefundQuote,
) -> Result<()> {
    let digits = ledger.digits;
    let dec = |m: i64| minor_to_decimal(m, digits);
    let mut parts = split_parts(request, quote, digits)?;
    let refund = decimal_to_minor(quote.totals.refund, digits, "refund")?;
    let amount = |p: &Part| p.value - p.deductions;
    let [cash, credit, exchange] = &parts;
    if !exchange.present && !request.exchange_items.is_empty() {
        return Err(Error::InvalidValue {
            field: "exchange_items".into(),
            reason: "replacement items need a line resolved by exchange".into(),
        });
    }
    if request.resolution == Resolution::OriginalPayment && request.bonus.is_some() {
        return Err(Error::InvalidValue {
            field: "bonus".into(),
            reason: "a bonus is only for store credit or an exchange, never paid to a card".into(),
        });
    }
    let credit_bonus = match part_bonus(request, Resolution::StoreCredit) {
        Some((spec, field)) if credit.present => {
            bonus_amount(Some(spec), amount(credit), digits, field)?
        }
        _ => 0,
    };
    let (exchange_quote, exchange_refund) = if exchange.present {
        let bonus = match part_bonus(request, Resolution::Exchange) {
            Some((spec, field)) => bonus_amount(Some(spec), amount(exchange), digits, field)?,
            None => 0,
        };
        let replacement = replacement_value(ledger, request)?;
        let (q, due) = exchange_quote(amount(exchange), bonus, replacement, digits);
        (Some(q), due)
    } else {
        (None, 0)
    };
    // What leaves the shop's till for the return: the cash parts and the credit in place of
    // a refund. The order's tenders must be able to take it back.
    let cash_total = amount(cash) + exchange_refund;
    let taken = cash_total + amount(credit);
    if taken > ledger.refundable {
        return Err(Error::RefundExceedsPaid {
            field: "tenders".into(),
            requested: dec(taken),
            available: dec(ledger.refundable),
        });
    }
    let tenders = split_tenders(ledger, request, cash_total)?;
    let (cash_tenders, exchange_tenders) = cut_tenders(&tenders, amount(cash), digits)?;
    debug_assert_eq!(parts.iter().map(amount).sum::<i64>(), refund);

    let mut cash_tenders = Some(cash_tenders);
    let mut exchange_tenders = Some(exchange_tenders);
    let mut exchange_quote = exchange_quote;
    for (r, part) in PARTS.into_iter().zip(parts.iter_mut()) {
        if !part.present {
            continue;
        }
        let value = amount(part);
        let mut settlement = Settlement {
            resolution: r,
            line_ids: std::mem::take(&mut part.line_ids),
            shipping: dec(part.shipping),
            deductions: dec(part.deductions),
            amount: dec(value),
            tenders: Vec::new(),
            store_credit: None,
            exchange: None,
        };
        match r {
            Resolution::OriginalPayment => {
                settlement.tenders = cash_tenders.take().unwrap_or_default();
            }
            Resolution::StoreCredit => {
                let q = store_credit_quote(request, value, credit_bonus, digits);
                quote.store_credit = Some(q.clone());
                settlement.store_credit = Some(q);
            }
            Resolution::Exchange => {
                settlement.tenders = exchange_tenders.take().unwrap_or_default();
                settlement.exchange = exchange_quote.clone();
                quote.exchange = exchange_quote.take();
            }
        }
        quote.settlements.push(settlement);
    }
    quote.tenders = tenders;
    Ok(())
}

/// The bonus of a part, with the member it is named in: `bonus` for the part of the
/// request's own resolution, `bonuses.<part>` for the others.
fn part_bonus(request: &RefundRequest, part: Resolution) -> Option<(&Bonus, &'static str)> {
    if request.resolution == part {
        return request.bonus.as_ref().map(|b| (b, "bonus"));
    }
    match part {
        Resolution::StoreCredit => {
            (request.part_bonuses().store_credit.as_ref()).map(|b| (b, "bonuses.store_credit"))
        }
        Resolution::Exchange => {
            (request.part_bonuses().exchange.as_ref()).map(|b| (b, "bonuses.exchange"))
        }
        Resolution::OriginalPayment => None,
    }
}

/// The parts of `quote`: each line's total in the part of its resolution, the shipping in
/// the part of the request's own, and the return's deductions split across the parts by
/// their value.
fn split_parts(request: &RefundRequest, quote: &RefundQuote, digits: u32) -> Result<[Part; 3]> {
    let mut parts: [Part; 3] = Default::default();
    for (k, (req, line)) in request.lines.iter().zip(&quote.lines).enumerate() {
        let r = req.resolution.unwrap_or(request.resolution);
        let total = decimal_to_minor(line.total, digits, &format!("lines[{k}].total"))?;
        if let Some(part) = parts.get_mut(part_index(r)) {
            part.present = true;
            part.line_ids.push(line.line_id.clone());
            part.value += total;
        }
    }
    if let Some(shipping) = &quote.shipping {
        let total = decimal_to_minor(shipping.total, digits, "shipping")?;
        if let Some(part) = parts.get_mut(part_index(request.resolution)) {
            part.present = true;
            part.shipping = total;
            part.value += total;
        }
    }
    let mut deductions = 0i64;
    for d in &quote.deductions {
        deductions += decimal_to_minor(d.amount, digits, "deductions")?;
    }
    let weights: [i64; 3] = [0, 1, 2].map(|p| parts.get(p).map_or(0, |x: &Part| x.value.max(0)));
    let mut shares = [0i64; 3];
    let mut scratch = Vec::new();
    allocate_minor(deductions, &weights, &mut shares, &mut scratch)
        .map_err(|e| e.into_error("deductions"))?;
    for (part, share) in parts.iter_mut().zip(shares) {
        part.deductions = share;
    }
    Ok(parts)
}

/// Cuts the tender split of all the cash (walked in its order) after `first` minor units:
/// the original-payment part's tenders, then the exchange refund's.
fn cut_tenders(
    tenders: &[TenderRefund],
    first: i64,
    digits: u32,
) -> Result<(Vec<TenderRefund>, Vec<TenderRefund>)> {
    let mut left = first;
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for t in tenders {
        let amount = decimal_to_minor(t.amount, digits, "tenders")?;
        let here = amount.min(left);
        left -= here;
        let piece = |m: i64| TenderRefund {
            tender_id: t.tender_id.clone(),
            kind: t.kind,
            amount: minor_to_decimal(m, digits),
        };
        if here > 0 {
            a.push(piece(here));
        }
        if amount > here {
            b.push(piece(amount - here));
        }
    }
    Ok((a, b))
}
