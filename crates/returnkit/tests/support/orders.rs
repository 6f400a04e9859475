//! Random orders for the refund engine's property tests, and what they should cost.
//!
//! Orders are generated from a small spec (currency, lines, discounts, tax, shipping, tenders)
//! and built as wire JSON, so every generated order is one the engine must accept. The expected
//! figures (what each line paid, its tax, what each tender can still take back) are computed
//! independently in integer minor units.

use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::{
    from_json, Condition, Currency, Money, Order, PriorLineReturn, PriorTenderRefund,
    ShippingRefund, TenderKind, TenderSelector,
};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};

/// Currencies with 0, 2, 2 and 3 minor digits.
pub const CODES: [&str; 4] = ["JPY", "USD", "EUR", "KWD"];
/// Tax rates, as fractions.
pub const RATES: [&str; 9] = [
    "0.0725", "0.2", "0.19", "0.05", "0.1", "0.08875", "0", "0.07", "0.21",
];
pub const KINDS: [TenderKind; 6] = [
    TenderKind::Card,
    TenderKind::Wallet,
    TenderKind::GiftCard,
    TenderKind::StoreCredit,
    TenderKind::CashOnDelivery,
    TenderKind::Other,
];
pub const CONDITIONS: [Condition; 6] = [
    Condition::New,
    Condition::LikeNew,
    Condition::Used,
    Condition::Damaged,
    Condition::Missing,
    Condition::WrongItem,
];
/// Largest input amount in minor units that the engine accepts (`returnkit::money::MAX_MINOR`).
pub const MAX_MINOR: i64 = 10_000_000_000_000_000;

pub fn currency(code: &str) -> Currency {
    code.parse().unwrap()
}

pub fn rate(i: usize) -> Decimal {
    RATES[i % RATES.len()].parse().unwrap()
}

/// `minor` minor units as a decimal amount.
pub fn amount(minor: i64, cur: Currency) -> Decimal {
    Money::from_minor(minor, cur).amount()
}

/// A decimal amount in whole minor units.
pub fn minor(d: Decimal, cur: Currency) -> i64 {
    Money::new(d, cur)
        .to_minor()
        .unwrap_or_else(|e| panic!("{d} is not whole minor units of {cur}: {e}"))
}

pub fn half_up(x: Decimal) -> i64 {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .unwrap()
}

/// `base × percent / 100` rounded half-up, in minor units (exact in Decimal).
pub fn percent_of(base: i64, percent: Decimal) -> i64 {
    half_up(Decimal::from(base) * percent / Decimal::ONE_HUNDRED)
}

pub fn kind_name(kind: TenderKind) -> Value {
    serde_json::to_value(kind).unwrap()
}

/// A wire type from JSON. Small request and order parts are built this way, so that fields
/// added later with defaults don't break these tests.
pub fn de<T: serde::de::DeserializeOwned>(value: Value) -> T {
    from_json(&value.to_string()).unwrap_or_else(|e| panic!("{e}: {value}"))
}

pub fn prior_line(line_id: &str, quantity: i64) -> PriorLineReturn {
    de(json!({"line_id": line_id, "quantity": quantity}))
}

pub fn prior_tender(tender_id: &str, amount: Decimal) -> PriorTenderRefund {
    de(json!({"tender_id": tender_id, "amount": amount.to_string()}))
}

pub fn fail(msg: impl Into<String>) -> TestCaseError {
    TestCaseError::fail(msg.into())
}

// ---------------------------------------------------------------------------------------------
// Order generation
// ---------------------------------------------------------------------------------------------
#[derive(Debug, Clone)]
pub struct LineSpec {
    pub qty: i64,
    pub unit: i64,
    /// The line's own discount, as permille of its gross.
    pub line_discount: Option<u16>,
    /// Indices into `RATES`.
    pub rates: Vec<usize>,
    /// Off-by-a-unit noise on each tax amount (the engine allows per-unit rounding).
    pub jitter: Vec<i64>,
}

#[derive(Debug, Clone)]
pub enum DiscountSpec {
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
pub struct ShippingSpec {
    pub price: i64,
    pub discount: u16,
    pub rate: Option<usize>,
    /// What standard delivery would have cost, permille of the price.
    pub standard: Option<u16>,
}

#[derive(Debug, Clone)]
pub struct TenderSpec {
    pub weight: u8,
    pub kind: usize,
    /// Captured beyond the order total and already refunded (a cancellation, say).
    pub extra_refunded: i64,
}

#[derive(Debug, Clone)]
pub struct OrderSpec {
    pub currency: usize,
    pub inclusive: bool,
    pub lines: Vec<LineSpec>,
    pub discount: DiscountSpec,
    pub shipping: Option<ShippingSpec>,
    pub tenders: Vec<TenderSpec>,
}

pub fn line_spec() -> impl Strategy<Value = LineSpec> {
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

pub fn discount_spec() -> impl Strategy<Value = DiscountSpec> {
    prop_oneof![
        2 => Just(DiscountSpec::None),
        3 => prop_oneof![1 => Just(1000u16), 5 => 0u16..=1000].prop_map(DiscountSpec::Proportional),
        2 => (vec(prop_oneof![Just(1000u16), 0u16..=1000], 8), any::<bool>())
            .prop_map(|(permille, two)| DiscountSpec::Explicit { permille, two }),
    ]
}

pub fn order_spec() -> impl Strategy<Value = OrderSpec> {
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
pub struct Built {
    pub order: Order,
    pub cur: Currency,
    pub inclusive: bool,
    /// Merchandise paid per line, after all discounts (as priced).
    pub paid: Vec<i64>,
    pub line_discount: Vec<i64>,
    pub order_discount: Vec<i64>,
    /// Tax charged per line, per tax line.
    pub taxes: Vec<Vec<i64>>,
    /// Shipping paid, with its tax.
    pub shipping: i64,
    /// The shipping line: paid (as priced), tax charged, standard-delivery price.
    pub ship: Option<(i64, i64, Option<i64>)>,
    /// Everything the customer paid.
    pub total: i64,
    /// Each tender's share of `total` (its captured amount less `extra_refunded`).
    pub tender_shares: Vec<i64>,
}

impl Built {
    /// What the customer paid for line `i`: merchandise, plus tax when it was charged on top.
    pub fn line_subtotal(&self, i: usize) -> i64 {
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
pub fn tax_on(rate: Decimal, rate_sum: Decimal, paid: i64, inclusive: bool) -> i64 {
    let base = Decimal::from(paid) * rate;
    half_up(if inclusive {
        base / (Decimal::ONE + rate_sum)
    } else {
        base
    })
}

pub fn build(spec: &OrderSpec) -> Built {
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
pub fn expected_shipping(
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
pub enum SelectorSpec {
    Kind(usize),
    Id(usize),
}

pub fn selector_spec() -> impl Strategy<Value = SelectorSpec> {
    prop_oneof![
        (0..KINDS.len()).prop_map(SelectorSpec::Kind),
        (0usize..4).prop_map(SelectorSpec::Id),
    ]
}

pub fn selectors(specs: &[SelectorSpec], tenders: usize) -> Vec<TenderSelector> {
    specs
        .iter()
        .map(|s| match s {
            SelectorSpec::Kind(k) => TenderSelector::Kind(KINDS[k % KINDS.len()]),
            SelectorSpec::Id(t) => TenderSelector::Id(format!("t{}", t % tenders.max(1))),
        })
        .collect()
}
