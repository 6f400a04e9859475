//! A model of every successful refund quote: every figure adds up, fees are charged as stated
//! and capped at zero, and the money goes where the resolution says, split over tenders
//! exactly as documented.

use super::orders::*;
use proptest::prelude::*;
use returnkit::{
    Bonus, Condition, Currency, DeductionKind, ExchangeBalance, FeeScope, Order, QuoteMode,
    RefundLine, RefundQuote, RefundRequest, Resolution, RestockingFee, ShippingRefund,
    TenderSelector,
};
use rust_decimal::Decimal;

/// What each tender of `order` can still take back, in minor units.
pub fn tender_remaining(order: &Order) -> Vec<i64> {
    let cur = order.currency;
    order
        .tenders
        .iter()
        .map(|t| {
            let prior: i64 = order
                .prior_returns
                .tenders
                .iter()
                .filter(|p| p.tender_id == *t.id)
                .map(|p| minor(p.amount, cur))
                .sum();
            minor(t.amount, cur) - minor(t.refunded, cur) - prior
        })
        .collect()
}

/// What the order can still refund in all.
pub fn order_remaining(order: &Order) -> i64 {
    tender_remaining(order).iter().sum::<i64>()
        - minor(order.prior_returns.store_credit, order.currency)
}

/// The documented split: tenders named by `tender_order` first, in that order, then the rest in
/// the order's own order, each up to what it can still take back.
pub fn model_split(order: &Order, request: &RefundRequest, mut left: i64) -> Vec<(String, i64)> {
    let mut sequence: Vec<usize> = Vec::new();
    for selector in &request.tender_order {
        match selector {
            TenderSelector::Id(id) => {
                if let Some(t) = order.tenders.iter().position(|t| *t.id == **id) {
                    if !sequence.contains(&t) {
                        sequence.push(t);
                    }
                }
            }
            TenderSelector::Kind(kind) => {
                for (t, tender) in order.tenders.iter().enumerate() {
                    if tender.kind == *kind && !sequence.contains(&t) {
                        sequence.push(t);
                    }
                }
            }
        }
    }
    for t in 0..order.tenders.len() {
        if !sequence.contains(&t) {
            sequence.push(t);
        }
    }
    let remaining = tender_remaining(order);
    let mut out = Vec::new();
    for t in sequence {
        let take = left.min(remaining[t]);
        if take > 0 {
            left -= take;
            out.push((order.tenders[t].id.to_string(), take));
        }
    }
    out
}

/// Fees the request charges on a line, before capping: (kind, condition, amount).
pub fn expected_line_fees(
    request: &RefundRequest,
    line: &RefundLine,
    merchandise: i64,
    units: i64,
    cur: Currency,
) -> Vec<(DeductionKind, Option<Condition>, i64)> {
    let mut out = Vec::new();
    if units == 0 {
        return out;
    }
    match &request.fees.restocking {
        Some(RestockingFee::Percent { percent }) => out.push((
            DeductionKind::RestockingFee,
            None,
            percent_of(merchandise, *percent),
        )),
        Some(RestockingFee::Flat {
            amount,
            per: FeeScope::Unit,
        }) => out.push((
            DeductionKind::RestockingFee,
            None,
            minor(*amount, cur) * units,
        )),
        Some(RestockingFee::Flat {
            amount,
            per: FeeScope::Line,
        }) => out.push((DeductionKind::RestockingFee, None, minor(*amount, cur))),
        _ => {}
    }
    if let Some(cond) = line.condition {
        if let Some(d) = request.fees.inspection.iter().find(|d| d.condition == cond) {
            out.push((
                DeductionKind::Inspection,
                Some(cond),
                percent_of(merchandise, d.percent),
            ));
        }
    }
    out
}

/// Checks a quote that the engine returned for `request` on `order` against the model: every
/// figure adds up, fees are charged as stated and capped at zero, and the money goes where the
/// resolution says, split over tenders exactly as documented.
pub fn check_quote(
    order: &Order,
    request: &RefundRequest,
    q: &RefundQuote,
) -> Result<(), TestCaseError> {
    let cur = order.currency;
    let m = |d: Decimal| minor(d, cur);
    let inclusive = order.prices_include_tax;
    prop_assert_eq!(q.currency, cur);
    prop_assert_eq!(q.lines.len(), request.lines.len());

    let mut merchandise = 0i64;
    let mut net = 0i64;
    let mut tax = 0i64;
    let mut deductions = 0i64;
    let mut lines_total = 0i64;
    let mut rate_sums: Vec<(Decimal, i64)> = Vec::new();
    let mut add_rate = |rate: Decimal, a: i64| match rate_sums.iter_mut().find(|(r, _)| *r == rate)
    {
        Some((_, s)) => *s += a,
        None => rate_sums.push((rate, a)),
    };
    let mut any_units = false;
    for (j, (rl, ql)) in request.lines.iter().zip(&q.lines).enumerate() {
        prop_assert_eq!(&*ql.line_id, &*rl.line_id, "lines[{}]", j);
        let src = order
            .lines
            .iter()
            .find(|l| *l.id == *rl.line_id)
            .ok_or_else(|| fail(format!("quote line {j} is not in the order")))?;
        let units = match request.mode {
            QuoteMode::Preview => rl.quantity,
            QuoteMode::Final => rl.accepted.unwrap_or(-1),
        };
        prop_assert_eq!(ql.quantity, units, "lines[{}].quantity", j);
        any_units |= units > 0;
        prop_assert_eq!(ql.unit_price, src.unit_price);
        prop_assert_eq!(m(ql.gross), m(src.unit_price) * units, "lines[{}].gross", j);
        let merch = m(ql.merchandise);
        prop_assert_eq!(
            m(ql.gross) - m(ql.line_discount) - m(ql.order_discount),
            merch,
            "lines[{}]: gross - discounts != merchandise",
            j
        );
        prop_assert_eq!(ql.taxes.len(), src.tax_lines.len());
        let mut line_tax = 0;
        for (share, charged) in ql.taxes.iter().zip(&src.tax_lines) {
            prop_assert_eq!(share.rate, charged.rate);
            line_tax += m(share.amount);
            add_rate(share.rate, m(share.amount));
        }
        prop_assert_eq!(m(ql.tax), line_tax, "lines[{}].tax", j);
        let (want_net, want_subtotal) = if inclusive {
            (merch - line_tax, merch)
        } else {
            (merch, merch + line_tax)
        };
        prop_assert_eq!(m(ql.net), want_net, "lines[{}].net", j);
        prop_assert_eq!(m(ql.subtotal), want_subtotal, "lines[{}].subtotal", j);
        if units == 0 {
            prop_assert_eq!(want_subtotal, 0);
        }

        // Fees, in order, each capped so that the line does not go below zero.
        let fees = expected_line_fees(request, rl, merch, units, cur);
        prop_assert_eq!(ql.deductions.len(), fees.len(), "lines[{}].deductions", j);
        let mut left = want_subtotal;
        for (d, (kind, cond, fee)) in ql.deductions.iter().zip(fees) {
            let take = fee.min(left).max(0);
            left -= take;
            prop_assert_eq!(d.kind, kind);
            prop_assert_eq!(d.condition, cond);
            prop_assert_eq!(m(d.amount), take, "lines[{}] {:?} fee", j, kind);
            prop_assert_eq!(d.capped, take < fee);
            prop_assert!(d.amount >= Decimal::ZERO);
        }
        let line_deducted: i64 = ql.deductions.iter().map(|d| m(d.amount)).sum();
        prop_assert_eq!(m(ql.total), want_subtotal - line_deducted);
        prop_assert_eq!(m(ql.total), left);
        prop_assert!(ql.total >= Decimal::ZERO, "lines[{}].total < 0", j);
        merchandise += merch;
        net += want_net;
        tax += line_tax;
        deductions += line_deducted;
        lines_total += m(ql.total);
    }

    let shipping = match &q.shipping {
        Some(s) => {
            prop_assert!(request.shipping != ShippingRefund::None);
            let s_tax: i64 = s.taxes.iter().map(|t| m(t.amount)).sum();
            prop_assert_eq!(m(s.tax), s_tax);
            prop_assert_eq!(m(s.net) + s_tax, m(s.total));
            prop_assert!(s.total >= Decimal::ZERO);
            for t in &s.taxes {
                add_rate(t.rate, m(t.amount));
            }
            net += m(s.net);
            tax += s_tax;
            m(s.total)
        }
        None => {
            prop_assert_eq!(request.shipping, ShippingRefund::None);
            0
        }
    };

    // Return-level deductions: a per-return restocking fee (if any units), then the label fee.
    let mut refund = lines_total + shipping;
    let mut want = Vec::new();
    if any_units {
        if let Some(RestockingFee::Flat {
            amount,
            per: FeeScope::Return,
        }) = &request.fees.restocking
        {
            want.push((DeductionKind::RestockingFee, m(*amount)));
        }
    }
    if let Some(label) = request.fees.label {
        want.push((DeductionKind::LabelFee, m(label)));
    }
    prop_assert_eq!(q.deductions.len(), want.len());
    for (d, (kind, fee)) in q.deductions.iter().zip(want) {
        let take = fee.min(refund).max(0);
        refund -= take;
        prop_assert_eq!(d.kind, kind);
        prop_assert_eq!(m(d.amount), take);
        prop_assert_eq!(d.capped, take < fee);
    }
    let return_deducted: i64 = q.deductions.iter().map(|d| m(d.amount)).sum();

    let t = &q.totals;
    prop_assert_eq!(m(t.merchandise), merchandise, "totals.merchandise");
    prop_assert_eq!(m(t.net), net, "totals.net");
    prop_assert_eq!(m(t.tax), tax, "totals.tax");
    prop_assert_eq!(m(t.shipping), shipping, "totals.shipping");
    prop_assert_eq!(
        m(t.deductions),
        deductions + return_deducted,
        "totals.deductions"
    );
    prop_assert_eq!(
        m(t.refund),
        lines_total + shipping - return_deducted,
        "totals.refund != lines + shipping - return deductions"
    );
    prop_assert_eq!(m(t.refund), refund);
    prop_assert!(t.refund >= Decimal::ZERO);
    prop_assert_eq!(t.taxes.len(), rate_sums.len(), "totals.taxes rates");
    for share in &t.taxes {
        let want = rate_sums
            .iter()
            .find(|(r, _)| *r == share.rate)
            .map(|(_, a)| *a);
        prop_assert_eq!(
            Some(m(share.amount)),
            want,
            "totals.taxes at {}",
            share.rate
        );
    }

    // Settlement.
    let bonus = match &request.bonus {
        None => 0,
        Some(Bonus::Percent { percent }) => percent_of(refund, *percent),
        Some(Bonus::Flat { amount }) => m(*amount),
    };
    let to_tenders = match request.resolution {
        Resolution::OriginalPayment => {
            prop_assert!(q.store_credit.is_none() && q.exchange.is_none());
            refund
        }
        Resolution::StoreCredit => {
            let sc = q
                .store_credit
                .as_ref()
                .ok_or_else(|| fail("no store credit"))?;
            prop_assert_eq!(m(sc.amount), refund);
            prop_assert_eq!(m(sc.bonus), bonus);
            prop_assert_eq!(m(sc.total), refund + bonus);
            prop_assert!(refund <= order_remaining(order));
            0
        }
        Resolution::Exchange => {
            let ex = q.exchange.as_ref().ok_or_else(|| fail("no exchange"))?;
            let replacement: i64 = request
                .exchange_items
                .iter()
                .map(|item| {
                    let price = m(item.unit_price) * item.quantity;
                    let tax = if inclusive {
                        0
                    } else {
                        half_up(Decimal::from(price) * item.tax_rate)
                    };
                    price + tax
                })
                .sum();
            let refund_due = (refund - replacement).max(0);
            let short = (replacement - refund).max(0);
            let bonus_used = bonus.min(short);
            prop_assert_eq!(m(ex.returned_value), refund);
            prop_assert_eq!(m(ex.replacement_value), replacement);
            prop_assert_eq!(m(ex.bonus), bonus);
            prop_assert_eq!(m(ex.bonus_used), bonus_used);
            prop_assert_eq!(m(ex.customer_owes), short - bonus_used);
            prop_assert_eq!(m(ex.refund_due), refund_due);
            let balance = if short - bonus_used > 0 {
                ExchangeBalance::CustomerOwes
            } else if refund_due > 0 {
                ExchangeBalance::CustomerIsOwed
            } else {
                ExchangeBalance::Even
            };
            prop_assert_eq!(ex.balance, balance);
            refund_due
        }
    };
    let paid_back: i64 = q.tenders.iter().map(|t| m(t.amount)).sum();
    prop_assert_eq!(paid_back, to_tenders, "tenders don't add up to the refund");
    prop_assert!(to_tenders <= order_remaining(order));
    let remaining = tender_remaining(order);
    for tr in &q.tenders {
        let t = order
            .tenders
            .iter()
            .position(|t| t.id == tr.tender_id)
            .ok_or_else(|| fail(format!("unknown tender {}", tr.tender_id)))?;
        prop_assert_eq!(tr.kind, order.tenders[t].kind);
        prop_assert!(m(tr.amount) > 0);
        prop_assert!(
            m(tr.amount) <= remaining[t],
            "tender {} gets {} but can only take {}",
            tr.tender_id,
            tr.amount,
            remaining[t]
        );
    }
    let split: Vec<(String, i64)> = q
        .tenders
        .iter()
        .map(|t| (t.tender_id.to_string(), m(t.amount)))
        .collect();
    prop_assert_eq!(split, model_split(order, request, to_tenders));
    Ok(())
}
