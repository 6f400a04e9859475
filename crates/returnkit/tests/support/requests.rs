//! Random refund requests (lines, fees, shipping, resolution, tender order) for the orders of
//! [`super::orders`], and order histories: earlier returns and refunds that leave less to take
//! back.

use super::orders::*;
use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::{
    Bonus, Currency, ExchangeItem, Fees, Order, QuoteMode, RefundLine, RefundRequest, Resolution,
    ShippingRefund,
};
use rust_decimal::Decimal;
use serde_json::{json, Value};

#[derive(Debug, Clone)]
pub enum RestockSpec {
    Percent(u16),
    Flat(i64, usize),
}

#[derive(Debug, Clone)]
pub struct FeeSpec {
    pub restocking: Option<RestockSpec>,
    pub label: Option<i64>,
    /// A deduction percent (in tenths) per condition.
    pub inspection: Vec<Option<u16>>,
}

pub fn fee_spec() -> impl Strategy<Value = FeeSpec> {
    (
        prop::option::of(prop_oneof![
            prop_oneof![Just(0u16), Just(1000u16), 0u16..=1000].prop_map(RestockSpec::Percent),
            (
                prop_oneof![0i64..=500, 0i64..=50_000, 0i64..=10_000_000],
                0usize..3
            )
                .prop_map(|(a, per)| RestockSpec::Flat(a, per)),
        ]),
        prop::option::of(prop_oneof![0i64..=1_000, 0i64..=100_000_000]),
        vec(
            prop::option::of(prop_oneof![Just(1000u16), 0u16..=1000]),
            CONDITIONS.len(),
        ),
    )
        .prop_map(|(restocking, label, inspection)| FeeSpec {
            restocking,
            label,
            inspection,
        })
}

pub fn fees(spec: &FeeSpec, cur: Currency) -> Fees {
    let mut fees = json!({});
    match &spec.restocking {
        None => {}
        Some(RestockSpec::Percent(tenths)) => {
            fees["restocking"] = json!({
                "type": "percent",
                "percent": Decimal::new(i64::from(*tenths), 1).to_string(),
            });
        }
        Some(RestockSpec::Flat(a, per)) => {
            let per = ["unit", "line", "return"][per % 3];
            fees["restocking"] = json!({
                "type": "flat",
                "amount": amount(*a, cur).to_string(),
                "per": per,
            });
        }
    }
    if let Some(a) = spec.label {
        fees["label"] = json!(amount(a, cur).to_string());
    }
    let inspection: Vec<Value> = spec
        .inspection
        .iter()
        .zip(CONDITIONS)
        .filter_map(|(p, condition)| {
            p.map(|p| {
                json!({
                    "condition": condition,
                    "percent": Decimal::new(i64::from(p), 1).to_string(),
                })
            })
        })
        .collect();
    fees["inspection"] = json!(inspection);
    de(fees)
}

#[derive(Debug, Clone)]
pub struct RequestLineSpec {
    pub include: bool,
    /// Units, as permille of what is still returnable (at least one).
    pub units: u16,
    /// Accepted, as permille of the units (final quotes).
    pub accepted: u16,
    pub condition: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct RequestSpec {
    pub lines: Vec<RequestLineSpec>,
    pub shipping: usize,
    pub fees: FeeSpec,
    pub resolution: usize,
    pub bonus: Option<(bool, i64)>,
    pub exchange: Vec<(i64, i64, usize)>,
    pub tender_order: Vec<SelectorSpec>,
    pub final_mode: bool,
}

pub fn request_spec() -> impl Strategy<Value = RequestSpec> {
    (
        vec(
            (
                prop::bool::weighted(0.7),
                0u16..=1000,
                prop_oneof![Just(1000u16), 0u16..=1000],
                prop::option::of(0..CONDITIONS.len()),
            )
                .prop_map(|(include, units, accepted, condition)| RequestLineSpec {
                    include,
                    units,
                    accepted,
                    condition,
                }),
            8,
        ),
        0usize..3,
        prop_oneof![
            1 => Just(FeeSpec { restocking: None, label: None, inspection: Vec::new() }),
            1 => fee_spec(),
        ],
        0usize..3,
        prop::option::of((any::<bool>(), 0i64..=2_000)),
        vec((0i64..=30_000, 1i64..=3, 0..RATES.len()), 1..=2),
        vec(selector_spec(), 0..=4),
        prop::bool::weighted(0.3),
    )
        .prop_map(
            |(lines, shipping, fees, resolution, bonus, exchange, tender_order, final_mode)| {
                RequestSpec {
                    lines,
                    shipping,
                    fees,
                    resolution,
                    bonus,
                    exchange,
                    tender_order,
                    final_mode,
                }
            },
        )
}

/// Builds a valid request for `order`, whose lines have `available` units still returnable.
pub fn build_request(spec: &RequestSpec, order: &Order, available: &[i64]) -> RefundRequest {
    let cur = order.currency;
    let mut lines = Vec::new();
    for (i, (ls, &avail)) in spec.lines.iter().zip(available).enumerate() {
        if !ls.include || avail < 1 {
            continue;
        }
        let units = 1 + (avail - 1) * i64::from(ls.units) / 1000;
        // Rounded up, so that a final quote mostly accepts something.
        let accepted = (units * i64::from(ls.accepted) + 999) / 1000;
        let mut line = json!({"line_id": format!("l{i}"), "quantity": units});
        if spec.final_mode {
            line["received"] = json!(units);
            line["accepted"] = json!(accepted);
        }
        if let Some(c) = ls.condition {
            line["condition"] = json!(CONDITIONS[c % CONDITIONS.len()]);
        }
        lines.push(de(line));
    }
    let mut shipping = [
        ShippingRefund::None,
        ShippingRefund::Full,
        ShippingRefund::Standard,
    ][spec.shipping % 3];
    if lines.is_empty() && shipping == ShippingRefund::None {
        shipping = ShippingRefund::Full;
    }
    let resolution = [
        Resolution::OriginalPayment,
        Resolution::StoreCredit,
        Resolution::Exchange,
    ][spec.resolution % 3];
    let bonus = if resolution == Resolution::OriginalPayment {
        None
    } else {
        spec.bonus.map(|(percent, a)| {
            if percent {
                Bonus::Percent {
                    percent: Decimal::new(a % 1001, 1),
                }
            } else {
                Bonus::Flat {
                    amount: amount(a, cur),
                }
            }
        })
    };
    let exchange_items = if resolution == Resolution::Exchange {
        spec.exchange
            .iter()
            .map(|&(unit, quantity, r)| -> ExchangeItem {
                de(json!({
                    "title": "Replacement",
                    "unit_price": amount(unit, cur).to_string(),
                    "quantity": quantity,
                    "tax_rate": rate(r).to_string(),
                }))
            })
            .collect()
    } else {
        Vec::new()
    };
    RefundRequest {
        mode: if spec.final_mode {
            QuoteMode::Final
        } else {
            QuoteMode::Preview
        },
        lines,
        shipping,
        fees: fees(&spec.fees, cur),
        resolution,
        bonus,
        tender_order: selectors(&spec.tender_order, order.tenders.len()),
        exchange_items,
        bonuses: None,
        store_credit_expiry: None,
        // Sometimes say which currency is expected (it must be the order's).
        currency: spec.final_mode.then_some(cur),
    }
}

#[derive(Debug, Clone)]
pub struct HistorySpec {
    /// Each tender captured only this permille of its share of the order total.
    pub coverage: Vec<u16>,
    /// Earlier returns took this permille of what each tender could refund.
    pub prior_tender: Vec<u16>,
    pub store_credit: Option<u16>,
    pub prior_shipping: Option<u16>,
    /// Units already returned, permille of each line.
    pub prior_lines: Vec<u16>,
}

pub fn history_spec() -> impl Strategy<Value = HistorySpec> {
    let permille = || prop_oneof![2 => Just(0u16), 2 => Just(1000u16), 6 => 0u16..=1000];
    (
        vec(permille(), 3),
        vec(permille(), 3),
        prop::option::of(0u16..=1000),
        prop::option::of(0u16..=1000),
        vec(
            prop_oneof![4 => Just(0u16), 1 => Just(1000u16), 5 => 0u16..=1000],
            8,
        ),
    )
        .prop_map(
            |(coverage, prior_tender, store_credit, prior_shipping, prior_lines)| HistorySpec {
                coverage,
                prior_tender,
                store_credit,
                prior_shipping,
                prior_lines,
            },
        )
}

/// Gives `built`'s order a history: tenders that did not capture everything, earlier returns
/// that took units, tender money, shipping and store credit. Returns the units still returnable.
pub fn apply_history(built: &Built, h: &HistorySpec) -> (Order, Vec<i64>) {
    let cur = built.cur;
    let mut order = built.order.clone();
    let mut remaining_sum = 0;
    for (t, tender) in order.tenders.iter_mut().enumerate() {
        let share = built.tender_shares[t] * i64::from(h.coverage[t % h.coverage.len()]) / 1000;
        let extra = minor(tender.refunded, cur);
        tender.amount = amount(share + extra, cur);
        let prior = share * i64::from(h.prior_tender[t % h.prior_tender.len()]) / 1000;
        if prior > 0 {
            // Two entries for the same tender: the engine must add them up.
            let first = prior / 3;
            for a in [first, prior - first] {
                order
                    .prior_returns
                    .tenders
                    .push(prior_tender(&tender.id, amount(a, cur)));
            }
        }
        remaining_sum += share - prior;
    }
    if let Some(p) = h.store_credit {
        order.prior_returns.store_credit = amount(remaining_sum * i64::from(p) / 1000, cur);
    }
    if let Some(p) = h.prior_shipping {
        order.prior_returns.shipping = amount(built.shipping * i64::from(p) / 1000, cur);
    }
    let mut available = Vec::new();
    for (i, line) in order.lines.iter().enumerate() {
        let prior = line.quantity * i64::from(h.prior_lines[i % h.prior_lines.len()]) / 1000;
        if prior > 0 {
            order.prior_returns.lines.push(prior_line(&line.id, prior));
        }
        available.push(line.quantity - prior);
    }
    (order, available)
}

pub fn refund_line(line: usize, units: i64, final_mode: bool) -> RefundLine {
    let mut l = json!({"line_id": format!("l{line}"), "quantity": units});
    if final_mode {
        l["received"] = json!(units);
        l["accepted"] = json!(units);
    }
    de(l)
}
