//! Property tests for money allocation and the refund engine, over thousands of random orders.
//!
//! Orders are generated from a small spec (currency, lines, discounts, tax, shipping, tenders)
//! and built as wire JSON, so every generated order is one the engine must accept. The expected
//! figures (what each line paid, its tax, what each tender can still take back) are computed
//! independently in integer minor units, and every successful quote is checked against a
//! model of its fees, its sums and its tender split.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use returnkit::{
    from_json, quote, Bonus, Condition, Currency, DeductionKind, ExchangeBalance, ExchangeItem,
    FeeScope, Fees, Money, Order, PriorLineReturn, PriorTenderRefund, QuoteMode, RefundLine,
    RefundQuote, RefundRequest, Resolution, RestockingFee, ShippingRefund, Tender, TenderKind,
    TenderSelector,
};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde_json::{json, Value};
use support::config;

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// Currencies with 0, 2, 2 and 3 minor digits.
const CODES: [&str; 4] = ["JPY", "USD", "EUR", "KWD"];
/// Tax rates, as fractions.
const RATES: [&str; 9] = [
    "0.0725", "0.2", "0.19", "0.05", "0.1", "0.08875", "0", "0.07", "0.21",
];
const KINDS: [TenderKind; 6] = [
    TenderKind::Card,
    TenderKind::Wallet,
    TenderKind::GiftCard,
    TenderKind::StoreCredit,
    TenderKind::CashOnDelivery,
    TenderKind::Other,
];
const CONDITIONS: [Condition; 6] = [
    Condition::New,
    Condition::LikeNew,
    Condition::Used,
    Condition::Damaged,
    Condition::Missing,
    Condition::WrongItem,
];
/// Largest input amount in minor units that the engine accepts (`returnkit::money::MAX_MINOR`).
const MAX_MINOR: i64 = 10_000_000_000_000_000;

fn currency(code: &str) -> Currency {
    code.parse().unwrap()
}

fn rate(i: usize) -> Decimal {
    RATES[i % RATES.len()].parse().unwrap()
}

/// `minor` minor units as a decimal amount.
fn amount(minor: i64, cur: Currency) -> Decimal {
    Money::from_minor(minor, cur).amount()
}

/// A decimal amount in whole minor units.
fn minor(d: Decimal, cur: Currency) -> i64 {
    Money::new(d, cur)
        .to_minor()
        .unwrap_or_else(|e| panic!("{d} is not whole minor units of {cur}: {e}"))
}

fn half_up(x: Decimal) -> i64 {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .unwrap()
}

/// `base × percent / 100` rounded half-up, in minor units (exact in Decimal).
fn percent_of(base: i64, percent: Decimal) -> i64 {
    half_up(Decimal::from(base) * percent / Decimal::ONE_HUNDRED)
}

fn kind_name(kind: TenderKind) -> Value {
    serde_json::to_value(kind).unwrap()
}

/// A wire type from JSON. Small request and order parts are built this way, so that fields
/// added later with defaults don't break these tests.
fn de<T: serde::de::DeserializeOwned>(value: Value) -> T {
    from_json(&value.to_string()).unwrap_or_else(|e| panic!("{e}: {value}"))
}

fn prior_line(line_id: &str, quantity: i64) -> PriorLineReturn {
    de(json!({"line_id": line_id, "quantity": quantity}))
}

fn prior_tender(tender_id: &str, amount: Decimal) -> PriorTenderRefund {
    de(json!({"tender_id": tender_id, "amount": amount.to_string()}))
}

fn fail(msg: impl Into<String>) -> TestCaseError {
    TestCaseError::fail(msg.into())
}

// ---------------------------------------------------------------------------------------------
// Order generation
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct LineSpec {
    qty: i64,
    unit: i64,
    /// The line's own discount, as permille of its gross.
    line_discount: Option<u16>,
    /// Indices into `RATES`.
    rates: Vec<usize>,
    /// Off-by-a-unit noise on each tax amount (the engine allows per-unit rounding).
    jitter: Vec<i64>,
}

#[derive(Debug, Clone)]
enum DiscountSpec {
    None,
    /// One order discount, permille of the lines after line discounts, spread by the engine.
    Proportional(u16),
    /// Explicit allocations, permille of each line; split over two discounts when `two`.
    Explicit {
        permille: Vec<u16>,
        two: bool,
    },
}

#[derive(Debug, Clone)]
struct ShippingSpec {
    price: i64,
    discount: u16,
    rate: Option<usize>,
    /// What standard delivery would have cost, permille of the price.
    standard: Option<u16>,
}

#[derive(Debug, Clone)]
struct TenderSpec {
    weight: u8,
    kind: usize,
    /// Captured beyond the order total and already refunded (a cancellation, say).
    extra_refunded: i64,
}

#[derive(Debug, Clone)]
struct OrderSpec {
    currency: usize,
    inclusive: bool,
    lines: Vec<LineSpec>,
    discount: DiscountSpec,
    shipping: Option<ShippingSpec>,
    tenders: Vec<TenderSpec>,
}

fn line_spec() -> impl Strategy<Value = LineSpec> {
    (
        1i64..=10,
        prop_oneof![
            3 => 0i64..=100,
            6 => 0i64..=50_000,
            1 => 0i64..=10_000_000_000,
        ],
        prop::option::of(prop_oneof![1 => Just(1000u16), 4 => 0u16..=1000]),
        vec(0..RATES.len(), 0..=2),
        vec(-1i64..=1, 2),
    )
        .prop_map(|(qty, unit, line_discount, rates, jitter)| LineSpec {
            qty,
            unit,
            line_discount,
            rates,
            jitter,
        })
}

fn discount_spec() -> impl Strategy<Value = DiscountSpec> {
    prop_oneof![
        2 => Just(DiscountSpec::None),
        3 => prop_oneof![1 => Just(1000u16), 5 => 0u16..=1000].prop_map(DiscountSpec::Proportional),
        2 => (vec(prop_oneof![Just(1000u16), 0u16..=1000], 8), any::<bool>())
            .prop_map(|(permille, two)| DiscountSpec::Explicit { permille, two }),
    ]
}

fn order_spec() -> impl Strategy<Value = OrderSpec> {
    (
        0..CODES.len(),
        any::<bool>(),
        vec(line_spec(), 1..=8),
        discount_spec(),
        prop::option::of(
            (
                0i64..=5_000,
                0u16..=1000,
                prop::option::of(0..RATES.len()),
                prop::option::of(0u16..=1500),
            )
                .prop_map(|(price, discount, rate, standard)| ShippingSpec {
                    price,
                    discount,
                    rate,
                    standard,
                }),
        ),
        vec(
            (
                0u8..=10,
                0..KINDS.len(),
                prop_oneof![3 => Just(0i64), 1 => 0i64..=10_000],
            )
                .prop_map(|(weight, kind, extra_refunded)| TenderSpec {
                    weight,
                    kind,
                    extra_refunded,
                }),
            1..=3,
        ),
    )
        .prop_map(
            |(currency, inclusive, lines, discount, shipping, tenders)| OrderSpec {
                currency,
                inclusive,
                lines,
                discount,
                shipping,
                tenders,
            },
        )
}

/// A generated order and what it independently should cost, in minor units.
#[derive(Debug, Clone)]
struct Built {
    order: Order,
    cur: Currency,
    inclusive: bool,
    /// Merchandise paid per line, after all discounts (as priced).
    paid: Vec<i64>,
    line_discount: Vec<i64>,
    order_discount: Vec<i64>,
    /// Tax charged per line, per tax line.
    taxes: Vec<Vec<i64>>,
    /// Shipping paid, with its tax.
    shipping: i64,
    /// The shipping line: paid (as priced), tax charged, standard-delivery price.
    ship: Option<(i64, i64, Option<i64>)>,
    /// Everything the customer paid.
    total: i64,
    /// Each tender's share of `total` (its captured amount less `extra_refunded`).
    tender_shares: Vec<i64>,
}

impl Built {
    /// What the customer paid for line `i`: merchandise, plus tax when it was charged on top.
    fn line_subtotal(&self, i: usize) -> i64 {
        let tax: i64 = self.taxes[i].iter().sum();
        if self.inclusive {
            self.paid[i]
        } else {
            self.paid[i] + tax
        }
    }
}

/// Tax at `rate` on `paid`, as charged: on top, or included in the price with the line's rates
/// summing to `rate_sum`.
fn tax_on(rate: Decimal, rate_sum: Decimal, paid: i64, inclusive: bool) -> i64 {
    let base = Decimal::from(paid) * rate;
    half_up(if inclusive {
        base / (Decimal::ONE + rate_sum)
    } else {
        base
    })
}

fn build(spec: &OrderSpec) -> Built {
    let code = CODES[spec.currency % CODES.len()];
    let cur = currency(code);
    let inclusive = spec.inclusive;
    let n = spec.lines.len();
    let gross: Vec<i64> = spec.lines.iter().map(|l| l.unit * l.qty).collect();
    let line_discount: Vec<i64> = spec
        .lines
        .iter()
        .zip(&gross)
        .map(|(l, g)| l.line_discount.map_or(0, |p| g * i64::from(p) / 1000))
        .collect();
    let weights: Vec<i64> = gross
        .iter()
        .zip(&line_discount)
        .map(|(g, d)| g - d)
        .collect();

    let mut order_discount = vec![0i64; n];
    let mut discounts = Vec::new();
    match &spec.discount {
        DiscountSpec::None => {}
        DiscountSpec::Proportional(p) => {
            let total: i64 = weights.iter().sum();
            let d = total * i64::from(*p) / 1000;
            if d > 0 {
                let w: Vec<Decimal> = weights.iter().map(|&w| Decimal::from(w)).collect();
                let shares = Money::from_minor(d, cur).allocate(&w).unwrap();
                for (o, s) in order_discount.iter_mut().zip(shares) {
                    *o = minor(s.amount(), cur);
                }
            }
            discounts.push(json!({"code": "ORDER", "amount": amount(d, cur).to_string()}));
        }
        DiscountSpec::Explicit { permille, two } => {
            let per_line: Vec<i64> = weights
                .iter()
                .enumerate()
                .map(|(i, w)| w * i64::from(permille[i % permille.len()]) / 1000)
                .collect();
            let parts: Vec<Vec<i64>> = if *two {
                vec![
                    per_line.iter().map(|a| a / 2).collect(),
                    per_line.iter().map(|a| a - a / 2).collect(),
                ]
            } else {
                vec![per_line.clone()]
            };
            for (k, part) in parts.iter().enumerate() {
                let mut allocations: Vec<Value> = part
                    .iter()
                    .enumerate()
                    .map(|(i, a)| json!({"line_id": format!("l{i}"), "amount": amount(*a, cur).to_string()}))
                    .collect();
                if k == 1 {
                    // Not in the order's own order: the engine's position hint misses.
                    allocations.reverse();
                }
                let sum: i64 = part.iter().sum();
                discounts.push(json!({
                    "code": format!("ALLOC{k}"),
                    "amount": amount(sum, cur).to_string(),
                    "allocations": allocations,
                }));
            }
            order_discount = per_line;
        }
    }
    let paid: Vec<i64> = weights
        .iter()
        .zip(&order_discount)
        .map(|(w, d)| w - d)
        .collect();

    let mut taxes = Vec::with_capacity(n);
    let mut lines = Vec::with_capacity(n);
    for (i, l) in spec.lines.iter().enumerate() {
        let rates: Vec<Decimal> = l.rates.iter().map(|&r| rate(r)).collect();
        let rate_sum: Decimal = rates.iter().sum();
        let exact: Vec<i64> = rates
            .iter()
            .map(|&r| tax_on(r, rate_sum, paid[i], inclusive))
            .collect();
        let mut charged: Vec<i64> = exact
            .iter()
            .enumerate()
            .map(|(t, a)| (a + l.jitter[t % l.jitter.len()]).max(0))
            .collect();
        if inclusive && charged.iter().sum::<i64>() > paid[i] {
            charged = exact;
        }
        let tax_lines: Vec<Value> = rates
            .iter()
            .zip(&charged)
            .map(|(r, a)| json!({"title": "Tax", "rate": r.to_string(), "amount": amount(*a, cur).to_string()}))
            .collect();
        let mut line = json!({
            "id": format!("l{i}"),
            "sku": format!("SKU-{i}"),
            "title": format!("Item {i}"),
            "quantity": l.qty,
            "unit_price": amount(l.unit, cur).to_string(),
            "tax_lines": tax_lines,
        });
        if l.line_discount.is_some() {
            line["discounts"] =
                json!([{"code": "LINE", "amount": amount(line_discount[i], cur).to_string()}]);
        }
        lines.push(line);
        taxes.push(charged);
    }

    let mut shipping = 0i64;
    let mut ship = None;
    let mut shipping_lines = Vec::new();
    if let Some(s) = &spec.shipping {
        let discount = s.price * i64::from(s.discount) / 1000;
        let ship_paid = s.price - discount;
        let mut tax_lines = Vec::new();
        let mut tax = 0;
        if let Some(r) = s.rate {
            let r = rate(r);
            tax = tax_on(r, r, ship_paid, inclusive);
            tax_lines.push(json!({"rate": r.to_string(), "amount": amount(tax, cur).to_string()}));
        }
        shipping = if inclusive {
            ship_paid
        } else {
            ship_paid + tax
        };
        let standard = s.standard.map(|p| s.price * i64::from(p) / 1000);
        ship = Some((ship_paid, tax, standard));
        let mut line = json!({
            "id": "s1",
            "title": "Express",
            "price": amount(s.price, cur).to_string(),
            "discount": amount(discount, cur).to_string(),
            "tax_lines": tax_lines,
        });
        if let Some(standard) = standard {
            line["standard_price"] = json!(amount(standard, cur).to_string());
        }
        shipping_lines.push(line);
    }

    let total = (0..n)
        .map(|i| {
            let tax: i64 = taxes[i].iter().sum();
            if inclusive {
                paid[i]
            } else {
                paid[i] + tax
            }
        })
        .sum::<i64>()
        + shipping;

    // Split the total over the tenders by weight; the first tender takes what rounding leaves.
    let weight_sum: i64 = spec.tenders.iter().map(|t| i64::from(t.weight)).sum();
    let mut tender_shares: Vec<i64> = spec
        .tenders
        .iter()
        .map(|t| {
            if weight_sum == 0 {
                0
            } else {
                total * i64::from(t.weight) / weight_sum
            }
        })
        .collect();
    tender_shares[0] += total - tender_shares.iter().sum::<i64>();
    let tenders: Vec<Value> = spec
        .tenders
        .iter()
        .zip(&tender_shares)
        .enumerate()
        .map(|(t, (spec, share))| {
            json!({
                "id": format!("t{t}"),
                "kind": kind_name(KINDS[spec.kind % KINDS.len()]),
                "amount": amount(share + spec.extra_refunded, cur).to_string(),
                "refunded": amount(spec.extra_refunded, cur).to_string(),
            })
        })
        .collect();

    let doc = json!({
        "id": "o-1",
        "currency": code,
        "prices_include_tax": inclusive,
        "lines": lines,
        "discounts": discounts,
        "shipping_lines": shipping_lines,
        "tenders": tenders,
    });
    let order: Order = from_json(&doc.to_string())
        .unwrap_or_else(|e| panic!("generated order does not parse: {e}\n{doc:#}"));
    Built {
        order,
        cur,
        inclusive,
        paid,
        line_discount,
        order_discount,
        taxes,
        shipping,
        ship,
        total,
        tender_shares,
    }
}

/// The shipping refund the order's one shipping line should give: (total, tax, capped).
fn expected_shipping(
    built: &Built,
    order: &Order,
    mode: ShippingRefund,
) -> Option<(i64, i64, bool)> {
    if mode == ShippingRefund::None {
        return None;
    }
    let Some((paid, tax, standard)) = built.ship else {
        return Some((0, 0, false));
    };
    let mut refundable = paid;
    let mut capped = false;
    if let (ShippingRefund::Standard, Some(standard)) = (mode, standard) {
        if standard < paid {
            refundable = standard;
            capped = true;
        }
    }
    let round = |num: i64, den: i64| half_up(Decimal::from(num) / Decimal::from(den));
    let mut share = if paid == 0 {
        0
    } else {
        round(tax * refundable, paid)
    };
    let mut total = if built.inclusive {
        refundable
    } else {
        refundable + share
    };
    // Never refund shipping twice.
    let full = if built.inclusive { paid } else { paid + tax };
    let remaining = (full - minor(order.prior_returns.shipping, built.cur)).max(0);
    if total > remaining {
        share = round(share * remaining, total);
        total = remaining;
    }
    Some((total, share, capped))
}

#[derive(Debug, Clone)]
enum SelectorSpec {
    Kind(usize),
    Id(usize),
}

fn selector_spec() -> impl Strategy<Value = SelectorSpec> {
    prop_oneof![
        (0..KINDS.len()).prop_map(SelectorSpec::Kind),
        (0usize..4).prop_map(SelectorSpec::Id),
    ]
}

fn selectors(specs: &[SelectorSpec], tenders: usize) -> Vec<TenderSelector> {
    specs
        .iter()
        .map(|s| match s {
            SelectorSpec::Kind(k) => TenderSelector::Kind(KINDS[k % KINDS.len()]),
            SelectorSpec::Id(t) => TenderSelector::Id(format!("t{}", t % tenders.max(1))),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A model of every successful quote
// ---------------------------------------------------------------------------------------------

/// What each tender of `order` can still take back, in minor units.
fn tender_remaining(order: &Order) -> Vec<i64> {
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
fn order_remaining(order: &Order) -> i64 {
    tender_remaining(order).iter().sum::<i64>()
        - minor(order.prior_returns.store_credit, order.currency)
}

/// The documented split: tenders named by `tender_order` first, in that order, then the rest in
/// the order's own order, each up to what it can still take back.
fn model_split(order: &Order, request: &RefundRequest, mut left: i64) -> Vec<(String, i64)> {
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
fn expected_line_fees(
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
fn check_quote(
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

// ---------------------------------------------------------------------------------------------
// 1. Allocation
// ---------------------------------------------------------------------------------------------

/// Largest remainder, as documented: leftovers to the largest remainder, then the larger
/// weight, then the earlier position.
fn reference_allocate(total: i64, weights: &[i128]) -> Option<Vec<i64>> {
    let sum: i128 = weights.iter().sum();
    if total == 0 {
        return Some(vec![0; weights.len()]);
    }
    if sum == 0 {
        return None;
    }
    let magnitude = i128::from(total).abs();
    let sign = total.signum();
    let mut shares: Vec<i128> = weights.iter().map(|w| magnitude * w / sum).collect();
    let leftover = magnitude - shares.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(magnitude * weights[i] % sum),
            std::cmp::Reverse(weights[i]),
            i,
        )
    });
    for &i in order.iter().take(usize::try_from(leftover).ok()?) {
        shares[i] += 1;
    }
    Some(
        shares
            .into_iter()
            .map(|s| i64::try_from(s).unwrap() * sign)
            .collect(),
    )
}

fn weight() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        3 => Just(Decimal::ZERO),
        2 => (0i64..=10).prop_map(Decimal::from),
        4 => (0i64..=1_000_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
        1 => (0i64..=1_000, 0u32..=2).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn allocation_total() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => -1_000i64..=1_000,
        3 => -100_000_000i64..=100_000_000,
        2 => -MAX_MINOR..=MAX_MINOR,
        1 => prop_oneof![Just(MAX_MINOR), Just(-MAX_MINOR), Just(0i64), Just(1), Just(-1)],
    ]
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn allocation_is_exact_and_proportional(
        code in prop::sample::select(CODES.to_vec()),
        total in allocation_total(),
        weights in vec(weight(), 0..=12),
    ) {
        let cur = currency(code);
        let money = Money::from_minor(total, cur);
        let result = money.allocate(&weights);
        // The weights as integers over one common scale.
        let scale = weights.iter().map(|w| w.scale()).max().unwrap_or(0);
        let ints: Vec<i128> = weights
            .iter()
            .map(|w| w.mantissa() * 10i128.pow(scale - w.scale()))
            .collect();
        let sum: i128 = ints.iter().sum();
        let Some(expected) = reference_allocate(total, &ints) else {
            // A non-zero total can't be split over zero weights.
            prop_assert!(sum == 0 && total != 0);
            prop_assert!(
                matches!(result, Err(returnkit::Error::InvalidAllocation { .. })),
                "{:?}", result
            );
            return Ok(());
        };
        let shares = result.map_err(|e| fail(format!("allocate failed: {e}")))?;
        prop_assert_eq!(shares.len(), weights.len());
        let got: Vec<i64> = shares.iter().map(|s| s.to_minor().unwrap()).collect();
        for s in &shares {
            prop_assert_eq!(s.currency(), cur);
            prop_assert_eq!(s.amount().scale(), cur.minor_digits());
        }
        // Exactly the total.
        prop_assert_eq!(got.iter().sum::<i64>(), total);
        prop_assert_eq!(
            shares.iter().map(|s| s.amount()).sum::<Decimal>(),
            money.amount()
        );
        let unit = Decimal::new(1, cur.minor_digits());
        let wsum: Decimal = weights.iter().sum();
        for (i, (&share, &w)) in got.iter().zip(&ints).enumerate() {
            // Zero weights get zero.
            if w == 0 {
                prop_assert_eq!(share, 0, "zero weight {} got {}", i, share);
            }
            // Strictly within one minor unit of the exact proportion (integer arithmetic)...
            if sum > 0 {
                let diff = i128::from(share) * sum - i128::from(total) * w;
                prop_assert!(diff.abs() < sum, "share {} of {} is off by a unit or more", i, share);
                // ...and the same in Decimal: |share − total·w/W| ≤ one minor unit.
                let exact = money.amount() * (weights[i] / wsum);
                prop_assert!(
                    (shares[i].amount() - exact).abs() <= unit,
                    "share {} = {} but total·w/W = {}", i, shares[i].amount(), exact
                );
                // Shares have the total's sign.
                prop_assert!(share == 0 || share.signum() == total.signum());
            }
        }
        // The documented tie-breaking: largest remainder, then larger weight, then position.
        prop_assert_eq!(&got, &expected);
        // A negative total is the mirror image of the positive one.
        let mirror = Money::from_minor(-total, cur).allocate(&weights).unwrap();
        let mirrored: Vec<i64> = mirror.iter().map(|s| -s.to_minor().unwrap()).collect();
        prop_assert_eq!(mirrored, got);
    }

    #[test]
    fn allocation_refuses_negative_weights(
        total in allocation_total(),
        mut weights in vec(weight(), 1..=8),
        at in any::<prop::sample::Index>(),
        neg in 1i64..=1_000,
    ) {
        let i = at.index(weights.len());
        weights[i] = -Decimal::new(neg, 2);
        let err = Money::from_minor(total, currency("USD")).allocate(&weights).unwrap_err();
        prop_assert!(matches!(err, returnkit::Error::InvalidAllocation { .. }), "{:?}", err);
        prop_assert_eq!(err.field(), format!("weights[{i}]"));
    }
}

#[test]
fn allocation_edge_cases() {
    let usd = currency("USD");
    let split = |total: i64, w: &[Decimal]| -> Vec<Decimal> {
        Money::from_minor(total, usd)
            .allocate(w)
            .unwrap()
            .iter()
            .map(|m| m.amount())
            .collect()
    };
    assert_eq!(split(0, &[]), Vec::<Decimal>::new());
    assert_eq!(split(0, &[dec!(0), dec!(0)]), [dec!(0), dec!(0)]);
    assert_eq!(split(-1, &[dec!(1), dec!(1)]), [dec!(-0.01), dec!(0.00)]);
    assert_eq!(
        split(100, &[dec!(0), dec!(0.5), dec!(0)]),
        [dec!(0), dec!(1.00), dec!(0)]
    );
    assert!(Money::from_minor(5, usd).allocate(&[]).is_err());
    assert!(Money::from_minor(5, usd)
        .allocate(&[dec!(0), dec!(0)])
        .is_err());
    let jpy = currency("JPY");
    let shares = Money::from_minor(10, jpy)
        .allocate(&[dec!(1), dec!(1), dec!(1)])
        .unwrap();
    assert_eq!(
        shares.iter().map(|m| m.amount()).collect::<Vec<_>>(),
        [dec!(4), dec!(3), dec!(3)]
    );
    let kwd = currency("KWD");
    let shares = Money::from_minor(-1000, kwd)
        .allocate(&[dec!(2), dec!(1)])
        .unwrap();
    assert_eq!(
        shares.iter().map(|m| m.amount()).collect::<Vec<_>>(),
        [dec!(-0.667), dec!(-0.333)]
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Telescoping partial returns (and 4. tender splits, 5. returning a unit twice)
// ---------------------------------------------------------------------------------------------

/// Splits each line's quantity into chunks (cut after unit k when bit k of `cuts[i]` is set),
/// shuffles the chunks by `keys`, and groups them into requests (a new request on `breaks`, or
/// when the line is already in the current one).
fn plan_steps(
    spec: &OrderSpec,
    cuts: &[u16],
    keys: &[u32],
    breaks: &[bool],
) -> Vec<Vec<(usize, i64)>> {
    let mut events = Vec::new();
    for (i, line) in spec.lines.iter().enumerate() {
        let mut start = 0;
        for u in 1..=line.qty {
            if u == line.qty || (cuts[i % cuts.len()] >> (u - 1)) & 1 == 1 {
                events.push((i, u - start));
                start = u;
            }
        }
    }
    let mut keyed: Vec<(u32, usize, (usize, i64))> = events
        .into_iter()
        .enumerate()
        .map(|(e, ev)| (keys[e % keys.len()], e, ev))
        .collect();
    keyed.sort_unstable();
    let mut steps: Vec<Vec<(usize, i64)>> = Vec::new();
    let mut current: Vec<(usize, i64)> = Vec::new();
    for (k, (_, _, (i, units))) in keyed.into_iter().enumerate() {
        if !current.is_empty() && (breaks[k % breaks.len()] || current.iter().any(|(j, _)| *j == i))
        {
            steps.push(std::mem::take(&mut current));
        }
        current.push((i, units));
    }
    if !current.is_empty() {
        steps.push(current);
    }
    steps
}

fn refund_line(line: usize, units: i64, final_mode: bool) -> RefundLine {
    let mut l = json!({"line_id": format!("l{line}"), "quantity": units});
    if final_mode {
        l["received"] = json!(units);
        l["accepted"] = json!(units);
    }
    de(l)
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn partial_returns_telescope_to_what_was_paid(
        spec in order_spec(),
        cuts in vec(any::<u16>(), 8),
        keys in vec(any::<u32>(), 80),
        breaks in vec(prop::bool::weighted(0.4), 80),
        finals in vec(prop::bool::weighted(0.2), 16),
        tender_order in vec(selector_spec(), 0..=3),
    ) {
        let built = build(&spec);
        let cur = built.cur;
        let m = |d: Decimal| minor(d, cur);
        let mut order = built.order.clone();
        let n = spec.lines.len();
        let steps = plan_steps(&spec, &cuts, &keys, &breaks);

        let mut units = vec![0i64; n];
        let mut gross = vec![0i64; n];
        let mut merchandise = vec![0i64; n];
        let mut line_discount = vec![0i64; n];
        let mut order_discount = vec![0i64; n];
        let mut subtotal = vec![0i64; n];
        let mut net = vec![0i64; n];
        let mut taxes: Vec<Vec<i64>> = built.taxes.iter().map(|t| vec![0; t.len()]).collect();
        let mut refunded = 0i64;
        let mut per_tender = vec![0i64; order.tenders.len()];

        for (s, step) in steps.iter().enumerate() {
            let final_mode = finals[s % finals.len()];
            let mut sel = selectors(&tender_order, order.tenders.len());
            if !sel.is_empty() {
                let k = s % sel.len();
                sel.rotate_left(k);
            }
            let request = RefundRequest {
                mode: if final_mode { QuoteMode::Final } else { QuoteMode::Preview },
                lines: step.iter().map(|&(i, k)| refund_line(i, k, final_mode)).collect(),
                tender_order: sel,
                ..RefundRequest::default()
            };
            let q = quote(&order, &request)
                .map_err(|e| fail(format!("step {s} {step:?}: {e}")))?;
            check_quote(&order, &request, &q)?;
            for (&(i, k), ql) in step.iter().zip(&q.lines) {
                units[i] += ql.quantity;
                prop_assert_eq!(ql.quantity, k);
                gross[i] += m(ql.gross);
                merchandise[i] += m(ql.merchandise);
                line_discount[i] += m(ql.line_discount);
                order_discount[i] += m(ql.order_discount);
                subtotal[i] += m(ql.subtotal);
                net[i] += m(ql.net);
                for (acc, t) in taxes[i].iter_mut().zip(&ql.taxes) {
                    *acc += m(t.amount);
                }
                order.prior_returns.lines.push(prior_line(&format!("l{i}"), k));
            }
            refunded += m(q.totals.refund);
            for t in &q.tenders {
                let idx = order.tenders.iter().position(|o| o.id == t.tender_id).unwrap();
                per_tender[idx] += m(t.amount);
                order.prior_returns.tenders.push(prior_tender(&t.tender_id, t.amount));
            }
        }

        for i in 0..n {
            let l = &spec.lines[i];
            prop_assert_eq!(units[i], l.qty, "line {} units", i);
            prop_assert_eq!(gross[i], l.unit * l.qty, "line {} gross", i);
            prop_assert_eq!(merchandise[i], built.paid[i], "line {} merchandise", i);
            prop_assert_eq!(line_discount[i], built.line_discount[i], "line {} line discount", i);
            prop_assert_eq!(order_discount[i], built.order_discount[i], "line {} order discount", i);
            prop_assert_eq!(&taxes[i], &built.taxes[i], "line {} tax per rate", i);
            prop_assert_eq!(subtotal[i], built.line_subtotal(i), "line {} subtotal", i);
            let tax: i64 = built.taxes[i].iter().sum();
            let want_net = if built.inclusive { built.paid[i] - tax } else { built.paid[i] };
            prop_assert_eq!(net[i], want_net, "line {} net", i);
        }
        let paid: i64 = (0..n).map(|i| built.line_subtotal(i)).sum();
        prop_assert_eq!(refunded, paid, "refunds don't add up to what was paid");
        prop_assert_eq!(per_tender.iter().sum::<i64>(), paid);
        for (t, (&got, share)) in per_tender.iter().zip(&built.tender_shares).enumerate() {
            prop_assert!(got <= *share, "tender {} refunded {} of {}", t, got, share);
        }
        // What is left on the tenders is exactly the shipping that was not refunded.
        prop_assert_eq!(order_remaining(&order), built.shipping);
        prop_assert_eq!(built.total - paid, built.shipping);

        // 5. Every unit is back: returning any unit again is refused.
        for i in 0..n {
            let request = RefundRequest {
                lines: vec![refund_line(i, 1, false)],
                ..RefundRequest::default()
            };
            match quote(&order, &request) {
                Err(returnkit::Error::QuantityExceeded { field, requested, available }) => {
                    prop_assert_eq!(field, "lines[0].quantity");
                    prop_assert_eq!((requested, available), (1, 0));
                }
                other => return Err(fail(format!("line {i} returned twice: {other:?}"))),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. No quote exceeds what remains refundable; 4. tender splits
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum RestockSpec {
    Percent(u16),
    Flat(i64, usize),
}

#[derive(Debug, Clone)]
struct FeeSpec {
    restocking: Option<RestockSpec>,
    label: Option<i64>,
    /// A deduction percent (in tenths) per condition.
    inspection: Vec<Option<u16>>,
}

fn fee_spec() -> impl Strategy<Value = FeeSpec> {
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

fn fees(spec: &FeeSpec, cur: Currency) -> Fees {
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
struct RequestLineSpec {
    include: bool,
    /// Units, as permille of what is still returnable (at least one).
    units: u16,
    /// Accepted, as permille of the units (final quotes).
    accepted: u16,
    condition: Option<usize>,
}

#[derive(Debug, Clone)]
struct RequestSpec {
    lines: Vec<RequestLineSpec>,
    shipping: usize,
    fees: FeeSpec,
    resolution: usize,
    bonus: Option<(bool, i64)>,
    exchange: Vec<(i64, i64, usize)>,
    tender_order: Vec<SelectorSpec>,
    final_mode: bool,
}

fn request_spec() -> impl Strategy<Value = RequestSpec> {
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
fn build_request(spec: &RequestSpec, order: &Order, available: &[i64]) -> RefundRequest {
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
        // Sometimes say which currency is expected (it must be the order's).
        currency: spec.final_mode.then_some(cur),
    }
}

#[derive(Debug, Clone)]
struct HistorySpec {
    /// Each tender captured only this permille of its share of the order total.
    coverage: Vec<u16>,
    /// Earlier returns took this permille of what each tender could refund.
    prior_tender: Vec<u16>,
    store_credit: Option<u16>,
    prior_shipping: Option<u16>,
    /// Units already returned, permille of each line.
    prior_lines: Vec<u16>,
}

fn history_spec() -> impl Strategy<Value = HistorySpec> {
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
fn apply_history(built: &Built, h: &HistorySpec) -> (Order, Vec<i64>) {
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

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn quotes_never_exceed_what_remains_refundable(
        spec in order_spec(),
        history in history_spec(),
        req in request_spec(),
    ) {
        let built = build(&spec);
        let (order, available) = apply_history(&built, &history);
        let request = build_request(&req, &order, &available);
        let remaining = order_remaining(&order);

        // The same quote with money to spare shows what the refund would be.
        let mut rich = order.clone();
        rich.tenders.push(de::<Tender>(json!({
            "id": "rich",
            "kind": "other",
            "amount": amount(MAX_MINOR / 2, built.cur).to_string(),
        })));
        let unlimited = quote(&rich, &request)
            .map_err(|e| fail(format!("quote with money to spare failed: {e}")))?;
        check_quote(&rich, &request, &unlimited)?;
        let needed = match &unlimited.exchange {
            Some(ex) => minor(ex.refund_due, built.cur),
            None => minor(unlimited.totals.refund, built.cur),
        };

        match quote(&order, &request) {
            Ok(q) => {
                prop_assert!(needed <= remaining, "quoted {} with only {} left", needed, remaining);
                check_quote(&order, &request, &q)?;
                prop_assert_eq!(&q.lines, &unlimited.lines);
                prop_assert_eq!(&q.totals, &unlimited.totals);
                prop_assert_eq!(&q.shipping, &unlimited.shipping);
                let shipping = q.shipping.as_ref().map(|s| {
                    (minor(s.total, built.cur), minor(s.tax, built.cur), s.capped_to_standard)
                });
                prop_assert_eq!(shipping, expected_shipping(&built, &order, request.shipping));
            }
            Err(returnkit::Error::RefundExceedsPaid { field, requested, available }) => {
                prop_assert!(needed > remaining, "refused {} with {} left", needed, remaining);
                prop_assert_eq!(field, "tenders");
                prop_assert_eq!(minor(requested, built.cur), needed);
                prop_assert_eq!(minor(available, built.cur), remaining);
            }
            Err(e) => return Err(fail(format!("unexpected error: {e}"))),
        }
    }

    #[test]
    fn returning_more_than_is_left_is_refused(
        spec in order_spec(),
        delivered in vec(prop::option::of(0u16..=1000), 8),
        prior in vec(0u16..=1000, 8),
        others in vec((any::<bool>(), 0u16..=1000), 8),
        bad in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        extra in 1i64..=5,
    ) {
        let built = build(&spec);
        let mut order = built.order.clone();
        let n = order.lines.len();
        let mut available = Vec::with_capacity(n);
        for (i, line) in order.lines.iter_mut().enumerate() {
            if let Some(d) = delivered[i] {
                line.delivered_quantity = Some(line.quantity * i64::from(d) / 1000);
            }
            let p = line.quantity * i64::from(prior[i]) / 1000;
            if p > 0 {
                order.prior_returns.lines.push(prior_line(&line.id, p));
            }
            available.push(line.returnable_quantity() - p);
        }
        let bad = bad.index(n);
        let mut lines: Vec<RefundLine> = (0..n)
            .filter(|&i| i != bad && others[i].0 && available[i] >= 1)
            .map(|i| refund_line(i, 1 + (available[i] - 1) * i64::from(others[i].1) / 1000, false))
            .collect();
        let j = at.index(lines.len() + 1);
        let requested = available[bad].max(0) + extra;
        lines.insert(j, refund_line(bad, requested, false));
        let request = RefundRequest { lines, ..RefundRequest::default() };
        let err = quote(&order, &request).unwrap_err();
        prop_assert_eq!(err.field(), format!("lines[{j}].quantity"));
        match err {
            returnkit::Error::QuantityExceeded { requested: r, available: a, .. } => {
                prop_assert_eq!(r, requested);
                prop_assert_eq!(a, available[bad].max(0));
            }
            other => return Err(fail(format!("expected QuantityExceeded, got {other:?}"))),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fees never take a line below zero (deterministic: a fixed seed, plus fixed edge cases)
// ---------------------------------------------------------------------------------------------

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
    let order: Order = from_json(include_str!("../../../examples/data/order.json")).unwrap();
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

// ---------------------------------------------------------------------------------------------
// 6. Nothing panics on garbage
// ---------------------------------------------------------------------------------------------

const ORDER_JSON: &str = include_str!("../../../examples/data/order.json");
const REQUEST_JSON: &str = include_str!("../../../examples/data/request.json");

fn interesting_values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(-1),
        json!(1),
        json!(2),
        json!(3),
        json!(1.5),
        json!(1e300),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(1_000_000_000),
        json!(1_000_000_001),
        json!(""),
        json!("0"),
        json!("-0"),
        json!("-0.00"),
        json!("-1"),
        json!("-0.01"),
        json!("0.001"),
        json!("0.0000000000000000000000000001"),
        json!("1e5"),
        json!("NaN"),
        json!("1"),
        json!("1.00"),
        json!("0.5"),
        json!("100"),
        json!("100.01"),
        json!("100000000000000.00"),
        json!("100000000000000.01"),
        json!("99999999999999.99"),
        json!("99999999999999999999999999999"),
        json!("79228162514264337593543950335"),
        json!("7.9228162514264337593543950335"),
        json!("1000000000"),
        json!("9223372036854775807"),
        json!("XAU"),
        json!("JPY"),
        json!("KWD"),
        json!("l1"),
        json!("l2"),
        json!("card-1"),
        json!("gift-1"),
        json!("card"),
        json!("gift_card"),
        json!("full"),
        json!("standard"),
        json!("final"),
        json!("store_credit"),
        json!("exchange"),
        json!([]),
        json!({}),
        json!([{}]),
        json!([{"line_id": "l1", "quantity": 1}]),
        json!([{"line_id": "l1", "quantity": 2}, {"line_id": "l1", "quantity": 1}]),
        json!([{"tender_id": "card-1", "amount": "1.00"}]),
        json!([{"rate": "0.5", "amount": "1.00"}]),
        json!([{"rate": "1", "amount": "100000000000000.00"}]),
        json!([{"amount": "1.00"}]),
        json!([{"code": "X", "amount": "32.80", "allocations": [{"line_id": "l1", "amount": "32.80"}]}]),
        json!({"lines": [{"line_id": "l1", "quantity": 2}], "tenders": [{"tender_id": "gift-1", "amount": "50.00"}], "shipping": "9.95", "store_credit": "1.00"}),
        json!({"type": "percent", "percent": "100"}),
        json!({"type": "flat", "amount": "1000.00", "per": "unit"}),
    ]
}

const FIELD_NAMES: [&str; 14] = [
    "prior_returns",
    "fulfilled_quantity",
    "delivered_quantity",
    "discounts",
    "allocations",
    "refunded",
    "standard_price",
    "tax_lines",
    "discount",
    "quantity",
    "accepted",
    "received",
    "condition",
    "bonus",
];

#[derive(Debug, Clone)]
enum JsonMutation {
    Set(Vec<u8>, usize),
    Remove(Vec<u8>),
    Duplicate(Vec<u8>),
    AddField(Vec<u8>, usize, usize),
}

fn json_mutation() -> impl Strategy<Value = JsonMutation> {
    let path = || vec(any::<u8>(), 0..=5);
    prop_oneof![
        5 => (path(), any::<usize>()).prop_map(|(p, v)| JsonMutation::Set(p, v)),
        2 => path().prop_map(JsonMutation::Remove),
        2 => path().prop_map(JsonMutation::Duplicate),
        2 => (path(), any::<usize>(), any::<usize>()).prop_map(|(p, k, v)| JsonMutation::AddField(p, k, v)),
    ]
}

/// Walks `path` into `doc` (each step picks a child by index, modulo the number of children)
/// and returns the container reached and the index of the chosen child in it.
fn walk<'a>(doc: &'a mut Value, path: &[u8]) -> Option<(&'a mut Value, usize)> {
    let (&last, init) = path.split_last()?;
    // Find the path first, as child positions, then borrow down it once.
    let mut positions = Vec::new();
    let mut node: &Value = doc;
    for &step in init {
        let (next, pos) = match node {
            Value::Object(map) if !map.is_empty() => {
                let pos = usize::from(step) % map.len();
                (map.values().nth(pos)?, pos)
            }
            Value::Array(items) if !items.is_empty() => {
                let pos = usize::from(step) % items.len();
                (items.get(pos)?, pos)
            }
            _ => break,
        };
        if !(next.is_object() || next.is_array()) {
            break;
        }
        positions.push(pos);
        node = next;
    }
    let mut node = doc;
    for pos in positions {
        node = match node {
            Value::Object(map) => map.values_mut().nth(pos)?,
            Value::Array(items) => items.get_mut(pos)?,
            _ => return None,
        };
    }
    let len = match &*node {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    Some((node, usize::from(last) % len.max(1)))
}

/// A value's JSON type, with integers and decimal strings told apart.
fn json_class(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(n) if n.is_i64() || n.is_u64() => 2,
        Value::Number(_) => 3,
        Value::String(s) if s.parse::<Decimal>().is_ok() => 4,
        Value::String(_) => 5,
        Value::Array(_) => 6,
        Value::Object(_) => 7,
    }
}

fn mutate(doc: &mut Value, mutation: &JsonMutation, values: &[Value]) {
    match mutation {
        JsonMutation::Set(path, v) => {
            // Mostly a value of the same JSON type, so that the document often still parses.
            let pick = |old: &Value| {
                let same: Vec<&Value> = values
                    .iter()
                    .filter(|x| json_class(x) == json_class(old))
                    .collect();
                if v % 4 != 0 && !same.is_empty() {
                    same[(v / 4) % same.len()].clone()
                } else {
                    values[v % values.len()].clone()
                }
            };
            if let Some((node, i)) = walk(doc, path) {
                match node {
                    Value::Object(map) => {
                        if let Some(slot) = map.values_mut().nth(i) {
                            *slot = pick(slot);
                        }
                    }
                    Value::Array(items) => {
                        if let Some(slot) = items.get_mut(i) {
                            *slot = pick(slot);
                        }
                    }
                    _ => {}
                }
            }
        }
        JsonMutation::Remove(path) => {
            if let Some((node, i)) = walk(doc, path) {
                match node {
                    Value::Object(map) => {
                        if let Some(key) = map.keys().nth(i).cloned() {
                            map.remove(&key);
                        }
                    }
                    Value::Array(items) if i < items.len() => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
        }
        JsonMutation::Duplicate(path) => {
            if let Some((Value::Array(items), i)) = walk(doc, path) {
                if let Some(item) = items.get(i).cloned() {
                    items.push(item);
                }
            }
        }
        JsonMutation::AddField(path, k, v) => {
            if let Some((Value::Object(map), _)) = walk(doc, path) {
                map.insert(
                    FIELD_NAMES[k % FIELD_NAMES.len()].into(),
                    values[v % values.len()].clone(),
                );
            }
        }
    }
}

#[derive(Debug, Clone)]
enum TextMutation {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, u8),
    Duplicate(usize, usize),
}

fn text_mutation() -> impl Strategy<Value = TextMutation> {
    prop_oneof![
        (any::<usize>(), 1usize..=20).prop_map(|(p, n)| TextMutation::Delete(p, n)),
        (
            any::<usize>(),
            prop_oneof![
                "[\\[\\]{}\":,0-9a-z.\\- ]{1,12}",
                prop::sample::select(vec![
                    "-",
                    "0",
                    ".",
                    "\"",
                    ",",
                    "e9",
                    "00000000000",
                    "\\u0000",
                    "null",
                    "[]",
                    "{}"
                ])
                .prop_map(String::from),
                any::<String>(),
            ]
        )
            .prop_map(|(p, s)| TextMutation::Insert(p, s)),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| TextMutation::Replace(p, b)),
        (any::<usize>(), 1usize..=40).prop_map(|(p, n)| TextMutation::Duplicate(p, n)),
    ]
}

fn mutate_text(text: &str, mutations: &[TextMutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for mutation in mutations {
        let len = bytes.len();
        match mutation {
            TextMutation::Delete(p, n) if len > 0 => {
                let start = p % len;
                let end = (start + n).min(len);
                bytes.drain(start..end);
            }
            TextMutation::Insert(p, s) => {
                let at = p % (len + 1);
                bytes.splice(at..at, s.bytes());
            }
            TextMutation::Replace(p, b) if len > 0 => bytes[p % len] = *b,
            TextMutation::Duplicate(p, n) if len > 0 => {
                let start = p % len;
                let end = (start + n).min(len);
                let copy = bytes[start..end].to_vec();
                bytes.splice(end..end, copy);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Parses `order_text` and `request_text`; when both parse, quotes the request, a full return
/// of every line with shipping, and a request with heavy fees. Errors are fine; panics are not,
/// and a successful quote must still add up.
fn quote_garbage(order_text: &str, request_text: &str) -> Result<(), TestCaseError> {
    let Ok(order) = from_json::<Order>(order_text) else {
        // Requests alone must not panic either.
        let _ = from_json::<RefundRequest>(request_text);
        return Ok(());
    };
    let mut requests = Vec::new();
    if let Ok(r) = from_json::<RefundRequest>(request_text) {
        requests.push(r);
    }
    let everything: Vec<RefundLine> = order
        .lines
        .iter()
        .map(|l| -> RefundLine {
            de(json!({"line_id": &*l.id, "quantity": l.quantity, "condition": "used"}))
        })
        .collect();
    requests.push(RefundRequest {
        lines: everything.clone(),
        shipping: ShippingRefund::Full,
        ..RefundRequest::default()
    });
    requests.push(RefundRequest {
        lines: everything,
        shipping: ShippingRefund::Standard,
        fees: de(json!({
            "restocking": {"type": "flat", "amount": "1", "per": "unit"},
            "label": "1",
            "inspection": [{"condition": "used", "percent": "33.3"}],
        })),
        resolution: Resolution::StoreCredit,
        bonus: Some(Bonus::Percent { percent: dec!(10) }),
        ..RefundRequest::default()
    });
    for request in &requests {
        if let Ok(q) = quote(&order, request) {
            check_quote(&order, request, &q)?;
            // The quote survives the wire.
            let text = serde_json::to_string(&q).unwrap();
            let back: RefundQuote = from_json(&text).unwrap();
            prop_assert_eq!(&back, &q);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn garbage_text_never_panics(
        text in prop_oneof![
            any::<String>(),
            "[\\[\\]{}\":,0-9a-z.\\- ]{0,200}",
        ],
    ) {
        let _ = from_json::<Order>(&text);
        let _ = from_json::<RefundRequest>(&text);
        quote_garbage(&text, REQUEST_JSON)?;
        quote_garbage(ORDER_JSON, &text)?;
    }

    #[test]
    fn mutated_text_never_panics(
        order_mutations in vec(text_mutation(), 1..=4),
        request_mutations in vec(text_mutation(), 0..=2),
    ) {
        let order = mutate_text(ORDER_JSON, &order_mutations);
        let request = mutate_text(REQUEST_JSON, &request_mutations);
        quote_garbage(&order, &request)?;
    }

    #[test]
    fn mutated_json_never_panics(
        base in prop::option::weighted(0.5, order_spec()),
        order_mutations in vec(json_mutation(), 1..=4),
        request_mutations in vec(json_mutation(), 0..=3),
    ) {
        let values = interesting_values();
        // The example order, or a generated one.
        let mut order: Value = match &base {
            None => serde_json::from_str(ORDER_JSON).unwrap(),
            Some(spec) => serde_json::to_value(build(spec).order).unwrap(),
        };
        for m in &order_mutations {
            mutate(&mut order, m, &values);
        }
        let mut request: Value = serde_json::from_str(REQUEST_JSON).unwrap();
        for m in &request_mutations {
            mutate(&mut request, m, &values);
        }
        quote_garbage(&order.to_string(), &request.to_string())?;
    }
}

#[test]
fn example_order_passes_the_model() {
    let order: Order = from_json(ORDER_JSON).unwrap();
    let request: RefundRequest = from_json(REQUEST_JSON).unwrap();
    let q = quote(&order, &request).unwrap();
    check_quote(&order, &request, &q).unwrap();
    assert_eq!(q.totals.refund, dec!(89.61));
}

// ---------------------------------------------------------------------------------------------
// Regression tests for engine bugs the properties above found (all fixed).
// ---------------------------------------------------------------------------------------------

/// Regression: the line- and order-discount shares of a partial return were rounded
/// separately, so a line with no line discount could show a negative (then a positive) line
/// discount. Minimal case: 2 × 1.00 with a 0.01 order discount, returned one unit
/// at a time: the first unit shows `line_discount: -0.01, order_discount: 0.01`, the second
/// `line_discount: 0.01, order_discount: 0.00`.
#[test]
fn partial_return_discount_shares_never_go_negative() {
    let mut order: Order = from_json(
        r#"{"id": "1", "currency": "USD",
            "lines": [{"id": "a", "quantity": 2, "unit_price": "1.00"}],
            "discounts": [{"amount": "0.01"}],
            "tenders": [{"id": "t", "kind": "card", "amount": "1.99"}]}"#,
    )
    .unwrap();
    let one: RefundRequest = from_json(r#"{"lines": [{"line_id": "a", "quantity": 1}]}"#).unwrap();
    let mut shares = Vec::new();
    for _ in 0..2 {
        let q = quote(&order, &one).unwrap();
        let line = &q.lines[0];
        shares.push((line.line_discount, line.order_discount, line.merchandise));
        order.prior_returns.lines.push(prior_line("a", 1));
        order
            .prior_returns
            .tenders
            .push(prior_tender("t", q.totals.refund));
    }
    // The line has no line discount, so every step's line-discount share must be zero.
    for (line_discount, order_discount, _) in &shares {
        assert_eq!(*line_discount, Decimal::ZERO, "{shares:?}");
        assert!(*order_discount >= Decimal::ZERO, "{shares:?}");
    }
}

/// Regression: sums in the ledger and the engine were plain `i64` additions, and 923 amounts at
/// `MAX_MINOR` (10^16 minor units) overflowed: a panic in debug builds, a silent wrap in
/// release. The ledger now bounds every sum and refuses such orders with an error.
#[test]
fn sums_of_many_max_amounts_are_refused_not_overflowed() {
    const N: usize = 923;
    const MAX: &str = "100000000000000.00";
    let line = |i: usize| json!({"id": format!("l{i}"), "quantity": 1, "unit_price": MAX});
    let one_line = json!([{"id": "l0", "quantity": 1, "unit_price": "1.00"}]);
    let card = json!([{"id": "t0", "kind": "card", "amount": MAX}]);
    let return_l0 = json!({"lines": [{"line_id": "l0", "quantity": 1}]});
    let cases: Vec<(&str, Value, Value)> = vec![
        (
            // engine.rs: `sums.merchandise += paid`
            "923 lines at MAX, all returned",
            json!({"id": "1", "currency": "USD", "lines": (0..N).map(line).collect::<Vec<_>>(), "tenders": card}),
            json!({"lines": (0..N).map(|i| json!({"line_id": format!("l{i}"), "quantity": 1})).collect::<Vec<_>>()}),
        ),
        (
            // ledger.rs: `self.tenders.iter().map(|t| t.refundable).sum::<i64>()`
            "923 tenders at MAX",
            json!({"id": "1", "currency": "USD", "lines": one_line,
                   "tenders": (0..N).map(|i| json!({"id": format!("t{i}"), "kind": "card", "amount": MAX})).collect::<Vec<_>>()}),
            return_l0.clone(),
        ),
        (
            // ledger.rs, convert_line: `line_discount += ...`
            "923 line discounts at MAX",
            json!({"id": "1", "currency": "USD",
                   "lines": [{"id": "l0", "quantity": 1, "unit_price": "1.00",
                              "discounts": vec![json!({"amount": MAX}); N]}],
                   "tenders": card}),
            return_l0.clone(),
        ),
        (
            // ledger.rs, apply_prior_returns: `tender.refundable -= amount`
            "924 prior tender refunds at MAX",
            json!({"id": "1", "currency": "USD", "lines": one_line, "tenders": card,
                   "prior_returns": {"tenders": vec![json!({"tender_id": "t0", "amount": MAX}); N + 1]}}),
            return_l0.clone(),
        ),
    ];
    let mut panicked = Vec::new();
    for (name, order, request) in cases {
        let order: Order = de(order);
        let request: RefundRequest = de(request);
        if std::panic::catch_unwind(|| quote(&order, &request)).is_err() {
            panicked.push(name);
        }
    }
    assert!(panicked.is_empty(), "quote panicked on: {panicked:?}");
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
