//! The refund engine: turns an order and a refund request into a [`RefundQuote`].
//!
//! All figures are computed in integer minor units. A line's paid amount P over quantity q is
//! refunded cumulatively: with C(n) = round(P·n/q), refunding k units after r pays
//! C(r+k) − C(r), so any sequence of partial returns pays back exactly P. Each tax rate, and the
//! order-discount share, telescope the same way.

use rust_decimal::Decimal;

use super::ledger::{cumulative, non_negative, telescope, OrderLedger, MAX_UNITS};
use super::quote::{
    Deduction, DeductionKind, ExchangeBalance, ExchangeQuote, LineDeductions, QuoteLine,
    QuoteTotals, RefundQuote, ShippingQuote, StoreCreditQuote, TaxShare, TaxShares, TenderRefund,
};
use super::request::{
    Bonus, FeeScope, QuoteMode, RefundLine, RefundRequest, Resolution, RestockingFee,
    ShippingRefund, TenderSelector,
};
use crate::error::{Error, Result};
use crate::money::{div_round_half_up, minor_to_decimal, percent_of};
use crate::order::Order;

/// Quotes the refund for `request` against `order`.
///
/// Errors name the document and field at fault: an order line with a bad quantity
/// (`order.lines[1].quantity`), an unknown line (`request.lines[1].line_id`), more units than
/// can still be returned (`request.lines[0].quantity`), a refund beyond what the tenders can
/// take back (`order.tenders`).
///
/// ```
/// use returnkit::{from_json, quote, Order, RefundRequest};
/// let order: Order = from_json(r#"{
///   "id": "1", "currency": "USD",
///   "lines": [{"id": "a", "quantity": 3, "unit_price": "10.00",
///              "tax_lines": [{"rate": "0.1", "amount": "3.00"}]}],
///   "tenders": [{"id": "card", "kind": "card", "amount": "33.00"}]
/// }"#).unwrap();
/// let one: RefundRequest = from_json(r#"{"lines": [{"line_id": "a", "quantity": 1}]}"#).unwrap();
/// let q = quote(&order, &one).unwrap();
/// assert_eq!(q.totals.refund.to_string(), "11.00");
/// assert_eq!(q.tenders[0].amount.to_string(), "11.00");
/// let two: RefundRequest = from_json(r#"{"lines": [{"line_id": "b", "quantity": 1}]}"#).unwrap();
/// assert_eq!(quote(&order, &two).unwrap_err().field(), "request.lines[0].line_id");
/// ```
pub fn quote(order: &Order, request: &RefundRequest) -> Result<RefundQuote> {
    let ledger = OrderLedger::new(order).map_err(|e| e.within("order"))?;
    quote_with_ledger(&ledger, request).map_err(in_request_or_order)
}

/// [`quote`] with paths relative to the request or the order, for a request the crate made
/// itself (an RMA's final quote), whose errors its caller places.
pub(crate) fn quote_unplaced(order: &Order, request: &RefundRequest) -> Result<RefundQuote> {
    quote_with_ledger(&OrderLedger::new(order)?, request)
}

/// An error in quoting a request against an order already checked, placed in the document at
/// fault: the order for a refund beyond what its tenders can take back (`order.tenders`), the
/// request for anything else.
pub(crate) fn in_request_or_order(e: Error) -> Error {
    match e {
        Error::RefundExceedsPaid { .. } => e.within("order"),
        other => other.within("request"),
    }
}

/// Running sums in minor units.
#[derive(Default)]
struct Sums {
    merchandise: i64,
    net: i64,
    tax: i64,
    deductions: i64,
    lines_total: i64,
    /// Tax per rate, kept as the quote writes it: each amount a decimal with the currency's
    /// minor digits, so that its mantissa is the running sum in minor units.
    taxes: TaxShares,
    digits: u32,
}

impl Sums {
    fn add_tax(&mut self, rate: Decimal, amount: i64) {
        let digits = self.digits;
        match self.taxes.iter_mut().find(|t| t.rate == rate) {
            // Bounded by the order's tax, so the mantissa is an exact i64.
            Some(t) => t.amount = minor_to_decimal(t.amount.mantissa() as i64 + amount, digits),
            None => self.taxes.push(TaxShare {
                rate,
                amount: minor_to_decimal(amount, digits),
            }),
        }
    }
}

/// [`quote`] against an order already checked into `ledger`.
pub(crate) fn quote_with_ledger(
    ledger: &OrderLedger<'_>,
    request: &RefundRequest,
) -> Result<RefundQuote> {
    check_request(ledger.order, request)?;
    let order = ledger.order;
    let digits = ledger.digits;
    let dec = |m: i64| minor_to_decimal(m, digits);
    let fees = Fees::new(ledger, request)?;
    // Requests usually list lines in the order's own order: while each request line is at its
    // own position, none can repeat, and which lines are taken needs no record.
    // Bundle components returned alone claim no line: record every line from the start.
    let bundles = request.lines.iter().any(|l| l.component_id.is_some());
    let mut taken: Option<Vec<bool>> = bundles.then(|| vec![false; ledger.lines.len()]);
    let mut sums = Sums {
        digits,
        ..Sums::default()
    };
    let mut lines = Vec::with_capacity(request.lines.len());
    let mut any_units = false;
    // Per-return fees apply when at least one refunded line bears fees.
    let mut any_fee_bearing = false;
    for (j, req) in request.lines.iter().enumerate() {
        if req.component_id.is_some() {
            let units = quote_component(ledger, &fees, request, j, &mut sums, &mut lines)?;
            any_units |= units > 0;
            any_fee_bearing |= units > 0 && !req.waive_fees;
            continue;
        }
        let i = ledger.claim_line(&req.line_id, j, &mut taken)?;
        let (Some(l), Some(src)) = (ledger.lines.get(i), order.lines.get(i)) else {
            continue;
        };
        if ledger.has_component_returns(i) {
            return Err(whole_after_components(j, src));
        }
        let units = units_to_refund(
            req,
            j,
            src.returnable_quantity() - l.prior_units,
            request.mode,
        )?;
        any_units |= units > 0;
        any_fee_bearing |= units > 0 && !req.waive_fees;
        let line = LineToQuote {
            j,
            i,
            req,
            src,
            units,
            basis: (l.paid(), src.quantity, l.prior_units),
        };
        quote_line(ledger, &fees, &line, l, &mut sums, &mut lines)?;
    }
    if bundles {
        super::bundle::check_bundle_lines(
            ledger,
            request
                .lines
                .iter()
                .map(|l| (&l.line_id, l.component_id.as_ref())),
            taken.as_deref(),
        )?;
    }

    let shipping = shipping_refund(ledger, request.shipping, &mut sums)?;
    let shipping_total = shipping.as_ref().map_or(0, |s| s.total);
    let mut refund = sums.lines_total + shipping_total;
    let return_deductions =
        fees.return_deductions(any_units && any_fee_bearing, &mut refund, &mut sums);

    let mut quote = RefundQuote {
        schema_version: super::QUOTE_SCHEMA_VERSION,
        order_id: order.id.clone(),
        currency: order.currency,
        mode: request.mode,
        resolution: request.resolution,
        lines,
        shipping: shipping.map(|s| s.into_quote(digits)),
        deductions: return_deductions,
        totals: QuoteTotals {
            merchandise: dec(sums.merchandise),
            net: dec(sums.net),
            taxes: sums.taxes,
            tax: dec(sums.tax),
            shipping: dec(shipping_total),
            deductions: dec(sums.deductions),
            refund: dec(refund),
        },
        tenders: Vec::new(),
        store_credit: None,
        exchange: None,
        settlements: Vec::new(),
        shop_money: None,
    };
    settle(ledger, request, refund, &mut quote)?;
    if ledger.order.shop_money.is_some() {
        quote.shop_money = super::shop_money::shop_money(ledger, &quote)?.map(Box::new);
    }
    Ok(quote)
}

/// A request in the order's currency (when it names one), refunding a line or shipping.
fn check_request(order: &Order, request: &RefundRequest) -> Result<()> {
    if let Some(currency) = request.currency {
        if currency != order.currency {
            return Err(Error::CurrencyMismatch {
                field: "currency".into(),
                expected: order.currency.code().into(),
                found: currency.code().into(),
            });
        }
    }
    if request.lines.is_empty() && request.shipping == ShippingRefund::None {
        return Err(Error::InvalidValue {
            field: "lines".into(),
            reason: "a refund needs at least one line, or shipping".into(),
        });
    }
    Ok(())
}

/// Request line `j`, resolved to order line `i`, with the units it refunds.
struct LineToQuote<'a> {
    j: usize,
    i: usize,
    req: &'a RefundLine,
    src: &'a crate::order::OrderLine,
    units: i64,
    /// What its units share: the merchandise paid for all of them, how many there are, and
    /// how many earlier returns took (a bundle component's own, for a component).
    basis: (i64, i64, i64),
}

/// A whole bundle can't be returned once components of it came back alone.
#[cold]
fn whole_after_components(j: usize, src: &crate::order::OrderLine) -> Error {
    Error::InvalidValue {
        field: format!("lines[{j}].component_id"),
        reason: format!(
            "components of bundle `{}` were returned alone; return the rest by component",
            src.id
        ),
    }
}

/// Request line `j`, which returns a bundle component alone: the component's share of the
/// line telescoped over its own units, as a quote line. Returns the units refunded. Out of
/// line, so that the loop over whole lines compiles as it did before bundles.
#[cold]
#[inline(never)]
fn quote_component(
    ledger: &OrderLedger<'_>,
    fees: &Fees<'_>,
    request: &RefundRequest,
    j: usize,
    sums: &mut Sums,
    lines: &mut Vec<QuoteLine>,
) -> Result<i64> {
    let Some(req) = request.lines.get(j) else {
        return Ok(0);
    };
    let i = ledger
        .find_line(&req.line_id, j)
        .ok_or_else(|| Error::UnknownLine {
            field: format!("lines[{j}].line_id"),
            line_id: req.line_id.to_string(),
        })?;
    let Some(src) = ledger.order.lines.get(i) else {
        return Ok(0);
    };
    let comp = req.component_id.clone().unwrap_or_default();
    let c = super::bundle::claim_component(src, &comp, j)?;
    let share = ledger.component_share(i, c)?;
    let units = units_to_refund(req, j, share.returnable - share.prior, request.mode)?;
    let (n, r) = (share.units, share.prior);
    let paid = telescope(share.paid, n, r, units);
    let order_discount = telescope(share.order_discount, n, r, units);
    let line_discount = telescope(share.line_discount, n, r, units);
    let mut taxes = TaxShares::with_capacity(share.taxes.len());
    for (t, &charged) in src.tax_lines.iter().zip(&share.taxes) {
        taxes.push(TaxShare {
            rate: t.rate,
            amount: minor_to_decimal(telescope(charged, n, r, units), ledger.digits),
        });
    }
    let unit = if n == 0 {
        0
    } else {
        // At most the line's gross, which fits in i64.
        div_round_half_up(i128::from(share.gross()), i128::from(n)) as i64
    };
    let line = LineToQuote {
        j,
        i,
        req,
        src,
        units,
        basis: (share.paid, n, r),
    };
    let figures = Figures {
        unit_price: minor_to_decimal(unit, ledger.digits),
        gross: paid + order_discount + line_discount,
        line_discount,
        order_discount,
        paid,
        taxes,
    };
    finish_line(ledger, fees, &line, figures, sums, lines)?;
    Ok(units)
}

/// A quote line's figures before its deductions, in minor units (taxes as written).
struct Figures {
    unit_price: Decimal,
    gross: i64,
    line_discount: i64,
    order_discount: i64,
    paid: i64,
    taxes: TaxShares,
}

/// One line of the quote: its merchandise, discounts and taxes telescoped over the units
/// refunded, less its own deductions; added to `sums` and pushed onto `lines` (built in
/// place there rather than returned and moved).
fn quote_line(
    ledger: &OrderLedger<'_>,
    fees: &Fees<'_>,
    line: &LineToQuote<'_>,
    l: &super::ledger::LedgerLine,
    sums: &mut Sums,
    lines: &mut Vec<QuoteLine>,
) -> Result<()> {
    let LineToQuote { i, src, units, .. } = *line;
    let digits = ledger.digits;
    let dec = |m: i64| minor_to_decimal(m, digits);
    let q = src.quantity;
    let r = l.prior_units;
    // C(r) and C(r + units) once, for the merchandise and for its order-discount part.
    let before = (r, cumulative(l.paid(), q, r));
    let after = (r + units, cumulative(l.paid(), q, r + units));
    let paid = after.1 - before.1;
    let gross = l.unit * units;
    let discount = gross - paid;
    let order_discount = order_discount_share(l, before, after);

    let mut taxes = TaxShares::with_capacity(src.tax_lines.len());
    let mut tax = 0i64;
    for (t, &charged) in src.tax_lines.iter().zip(ledger.tax_charged(i)) {
        let share = telescope(charged, q, r, units);
        tax += share;
        sums.add_tax(t.rate, share);
        taxes.push(TaxShare {
            rate: t.rate,
            amount: dec(share),
        });
    }
    let (net, subtotal) = if ledger.order.prices_include_tax {
        (paid - tax, paid)
    } else {
        (paid, paid + tax)
    };

    let mut deductions = LineDeductions::new();
    let mut left = subtotal;
    if units > 0 {
        fees.line_deductions(line, paid, &mut deductions, &mut left, digits)?;
    }
    let deducted = subtotal - left;
    sums.merchandise += paid;
    sums.net += net;
    sums.tax += tax;
    sums.deductions += deducted;
    sums.lines_total += left;
    lines.push(QuoteLine {
        line_id: src.id.clone(),
        component_id: None,
        quantity: units,
        unit_price: src.unit_price,
        gross: dec(gross),
        line_discount: dec(discount - order_discount),
        order_discount: dec(order_discount),
        merchandise: dec(paid),
        net: dec(net),
        taxes,
        tax: dec(tax),
        subtotal: dec(subtotal),
        deductions,
        total: dec(left),
    });
    Ok(())
}

/// A component's quote line from its `figures`: net and subtotal, its deductions, added to
/// `sums` and pushed onto `lines`, as [`quote_line`] does for a whole line.
fn finish_line(
    ledger: &OrderLedger<'_>,
    fees: &Fees<'_>,
    line: &LineToQuote<'_>,
    figures: Figures,
    sums: &mut Sums,
    lines: &mut Vec<QuoteLine>,
) -> Result<()> {
    let digits = ledger.digits;
    let dec = |m: i64| minor_to_decimal(m, digits);
    let Figures { paid, .. } = figures;
    let mut tax = 0i64;
    for t in &figures.taxes {
        // Each share was written from minor units with the currency's digits.
        let share = t.amount.mantissa() as i64;
        tax += share;
        sums.add_tax(t.rate, share);
    }
    let (net, subtotal) = if ledger.order.prices_include_tax {
        (paid - tax, paid)
    } else {
        (paid, paid + tax)
    };
    let mut deductions = LineDeductions::new();
    let mut left = subtotal;
    if line.units > 0 {
        fees.line_deductions(line, paid, &mut deductions, &mut left, digits)?;
    }
    sums.merchandise += paid;
    sums.net += net;
    sums.tax += tax;
    sums.deductions += subtotal - left;
    sums.lines_total += left;
    lines.push(QuoteLine {
        line_id: line.src.id.clone(),
        component_id: line.req.component_id.clone(),
        quantity: line.units,
        unit_price: figures.unit_price,
        gross: dec(figures.gross),
        line_discount: dec(figures.line_discount),
        order_discount: dec(figures.order_discount),
        merchandise: dec(paid),
        net: dec(net),
        taxes: figures.taxes,
        tax: dec(tax),
        subtotal: dec(subtotal),
        deductions,
        total: dec(left),
    });
    Ok(())
}

/// The quote of `request` when it differs from the request behind `quoted` only in how the
/// refund is settled (resolution, bonus, replacements, tender order): the lines, shipping
/// and deductions don't depend on those, so they are taken from `quoted` and only the
/// settlement is worked out again. A decision prices each resolution it offers this way.
pub(crate) fn resettle(
    ledger: &OrderLedger<'_>,
    request: &RefundRequest,
    quoted: &RefundQuote,
) -> Result<RefundQuote> {
    let refund = crate::money::decimal_to_minor(quoted.totals.refund, ledger.digits, "refund")?;
    let mut quote = RefundQuote {
        schema_version: super::QUOTE_SCHEMA_VERSION,
        order_id: quoted.order_id.clone(),
        currency: quoted.currency,
        mode: request.mode,
        resolution: request.resolution,
        lines: quoted.lines.clone(),
        shipping: quoted.shipping.clone(),
        deductions: quoted.deductions.clone(),
        totals: quoted.totals.clone(),
        tenders: Vec::new(),
        store_credit: None,
        exchange: None,
        settlements: Vec::new(),
        shop_money: None,
    };
    settle(ledger, request, refund, &mut quote)?;
    if ledger.order.shop_money.is_some() {
        quote.shop_money = super::shop_money::shop_money(ledger, &quote)?.map(Box::new);
    }
    Ok(quote)
}

/// The order-discount part of the discount refunded going from `before` to `after`, each a
/// count of units n with the merchandise paid for them, C(n).
///
/// The cumulative discount D(n) = unit·n − C(n) never decreases, and its order-discount part
/// is round(D(n)·OD/D), which never decreases either and never exceeds D(n)'s growth. So both
/// parts of every step are at least zero, and over all steps they are exactly the line's
/// discounts.
fn order_discount_share(
    l: &super::ledger::LedgerLine,
    before: (i64, i64),
    after: (i64, i64),
) -> i64 {
    let total = l.line_discount + l.order_discount;
    if total == 0 || l.order_discount == 0 {
        return 0;
    }
    let part = |(n, paid): (i64, i64)| {
        let discount = i128::from(l.unit) * i128::from(n) - i128::from(paid);
        // No discount yet (as before a first return): nothing to divide.
        if discount == 0 {
            return 0;
        }
        div_round_half_up(discount * i128::from(l.order_discount), i128::from(total))
    };
    // Bounded by the line's order discount, which fits in i64.
    (part(after) - part(before)) as i64
}

/// The units a request line refunds: the requested units in a preview, the accepted units in a
/// final quote, after checking them against what can still be returned.
/// Graded batches that account for exactly the units refunded, with one grade per line.
fn check_grades(req: &RefundLine, j: usize, units: i64) -> Result<()> {
    if req.condition.is_some() {
        return Err(Error::InvalidValue {
            field: format!("lines[{j}].grades"),
            reason: "give either one condition for the line or its graded batches, not both".into(),
        });
    }
    let mut sum = 0i64;
    for (b, g) in req.grades.iter().enumerate() {
        if g.units < 1 || g.units > super::ledger::MAX_UNITS {
            return Err(Error::InvalidQuantity {
                field: format!("lines[{j}].grades[{b}].units"),
                quantity: g.units,
            });
        }
        sum = sum.saturating_add(g.units);
    }
    if sum != units {
        return Err(Error::InvalidValue {
            field: format!("lines[{j}].grades"),
            reason: format!("the batches hold {sum} units, but {units} are refunded"),
        });
    }
    Ok(())
}

// Always inlined natively: a bundle component's quote calls it too, and without the hint the
// compiler calls it out of line for every whole line as well (docs/performance.md). Not in
// WebAssembly, where one copy is smaller.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn units_to_refund(req: &RefundLine, j: usize, available: i64, mode: QuoteMode) -> Result<i64> {
    if req.quantity < 1 || req.quantity > MAX_UNITS {
        return Err(Error::InvalidQuantity {
            field: format!("lines[{j}].quantity"),
            quantity: req.quantity,
        });
    }
    if req.quantity > available {
        return Err(Error::QuantityExceeded {
            field: format!("lines[{j}].quantity"),
            requested: req.quantity,
            available: available.max(0),
        });
    }
    let check = |units: i64, max: i64, name: &str| -> Result<()> {
        if units < 0 {
            return Err(Error::InvalidValue {
                field: format!("lines[{j}].{name}"),
                reason: format!("must not be negative, got {units}"),
            });
        }
        if units > max {
            return Err(Error::QuantityExceeded {
                field: format!("lines[{j}].{name}"),
                requested: units,
                available: max,
            });
        }
        Ok(())
    };
    let received = req.received.unwrap_or(req.quantity);
    check(received, req.quantity, "received")?;
    if let Some(accepted) = req.accepted {
        check(accepted, received, "accepted")?;
    }
    match mode {
        QuoteMode::Preview => Ok(req.quantity),
        QuoteMode::Final => req.accepted.ok_or_else(|| Error::InvalidValue {
            field: format!("lines[{j}].accepted"),
            reason: "a final quote refunds accepted units only; say how many were accepted".into(),
        }),
    }
}

/// Takes `fee` from `left`, never below zero, and lists it in `out` with `digits` decimals.
/// Returns the amount taken.
fn push_deduction(
    out: &mut impl Extend<Deduction>,
    left: &mut i64,
    kind: DeductionKind,
    condition: Option<super::request::Condition>,
    fee: i64,
    digits: u32,
) -> i64 {
    let amount = fee.min(*left).max(0);
    *left -= amount;
    out.extend([Deduction {
        kind,
        condition,
        amount: minor_to_decimal(amount, digits),
        capped: amount < fee,
    }]);
    amount
}

/// The request's fees, checked and in minor units.
struct Fees<'r> {
    percent: Option<rust_decimal::Decimal>,
    flat_per_unit: Option<i64>,
    flat_per_line: Option<i64>,
    return_restocking: Option<i64>,
    return_fee: Option<i64>,
    label: Option<i64>,
    inspection: &'r [super::request::ConditionDeduction],
}

impl<'r> Fees<'r> {
    fn new(ledger: &OrderLedger<'_>, request: &'r RefundRequest) -> Result<Self> {
        let digits = ledger.digits;
        let mut fees = Fees {
            percent: None,
            flat_per_unit: None,
            flat_per_line: None,
            return_restocking: None,
            return_fee: None,
            label: None,
            inspection: &request.fees.inspection,
        };
        match &request.fees.restocking {
            None => {}
            Some(RestockingFee::Percent { percent }) => {
                fees.percent = Some(check_percent(*percent, || {
                    "fees.restocking.percent".into()
                })?);
            }
            Some(RestockingFee::Flat { amount, per }) => {
                let amount = non_negative(*amount, digits, || "fees.restocking.amount".into())?;
                match per {
                    FeeScope::Unit => fees.flat_per_unit = Some(amount),
                    FeeScope::Line => fees.flat_per_line = Some(amount),
                    FeeScope::Return => fees.return_restocking = Some(amount),
                }
            }
        }
        if let Some(fee) = request.fees.return_fee {
            fees.return_fee = Some(non_negative(fee, digits, || "fees.return_fee".into())?);
        }
        if let Some(label) = request.fees.label {
            fees.label = Some(non_negative(label, digits, || "fees.label".into())?);
        }
        for (c, d) in request.fees.inspection.iter().enumerate() {
            check_percent(d.percent, || format!("fees.inspection[{c}].percent"))?;
            if request
                .fees
                .inspection
                .iter()
                .take(c)
                .any(|o| o.condition == d.condition)
            {
                return Err(Error::DuplicateId {
                    field: format!("fees.inspection[{c}].condition"),
                    id: format!("{:?}", d.condition),
                });
            }
        }
        Ok(fees)
    }

    /// A line's restocking fee and inspection deductions, taken from what is `left` of it.
    /// `paid` is the merchandise paid for its units; each graded batch's inspection
    /// deduction comes from its own telescoped share.
    // Inlined as `units_to_refund` is.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn line_deductions(
        &self,
        line: &LineToQuote<'_>,
        paid: i64,
        deductions: &mut LineDeductions,
        left: &mut i64,
        digits: u32,
    ) -> Result<()> {
        let LineToQuote {
            j,
            req,
            units,
            basis,
            ..
        } = *line;
        let restocking = match (&req.restocking, req.waive_fees) {
            (_, true) => None,
            (Some(spec), false) => line_restocking_override(spec, digits, j, paid, units)?,
            (None, false) => self.line_restocking(paid, units),
        };
        if let Some(fee) = restocking {
            push_deduction(
                deductions,
                left,
                DeductionKind::RestockingFee,
                None,
                fee,
                digits,
            );
        }
        if req.grades.is_empty() {
            if let Some(cond) = req.condition {
                if let Some(fee) = self.inspection(cond, paid) {
                    push_deduction(
                        deductions,
                        left,
                        DeductionKind::Inspection,
                        Some(cond),
                        fee,
                        digits,
                    );
                }
            }
            return Ok(());
        }
        check_grades(req, j, units)?;
        // Each batch's share of the line telescopes as a return of its own would.
        let (basis_paid, basis_units, mut taken) = basis;
        for g in &req.grades {
            let share = telescope(basis_paid, basis_units, taken, g.units);
            taken += g.units;
            let Some(cond) = g.condition else { continue };
            if let Some(fee) = self.inspection(cond, share) {
                push_deduction(
                    deductions,
                    left,
                    DeductionKind::Inspection,
                    Some(cond),
                    fee,
                    digits,
                );
            }
        }
        Ok(())
    }

    /// The return's own deductions, taken from the `refund`: restocking and handling fees
    /// when `fees_apply` (units refunded on a line that bears fees), and the label fee.
    fn return_deductions(
        &self,
        fees_apply: bool,
        refund: &mut i64,
        sums: &mut Sums,
    ) -> Vec<Deduction> {
        let digits = sums.digits;
        let mut return_deductions = Vec::new();
        let fees = [
            (
                self.return_restocking,
                DeductionKind::RestockingFee,
                fees_apply,
            ),
            (self.return_fee, DeductionKind::ReturnFee, fees_apply),
            (self.label, DeductionKind::LabelFee, true),
        ];
        for (fee, kind, applies) in fees {
            if let (true, Some(fee)) = (applies, fee) {
                sums.deductions +=
                    push_deduction(&mut return_deductions, refund, kind, None, fee, digits);
            }
        }
        return_deductions
    }

    fn line_restocking(&self, merchandise: i64, units: i64) -> Option<i64> {
        if let Some(p) = self.percent {
            return Some(percent_of(merchandise, p));
        }
        if let Some(a) = self.flat_per_unit {
            return Some(a.saturating_mul(units));
        }
        self.flat_per_line
    }

    fn inspection(&self, condition: super::request::Condition, merchandise: i64) -> Option<i64> {
        let d = self.inspection.iter().find(|d| d.condition == condition)?;
        Some(percent_of(merchandise, d.percent))
    }
}

/// A line's own restocking fee, which replaces the request's.
fn line_restocking_override(
    spec: &RestockingFee,
    digits: u32,
    j: usize,
    merchandise: i64,
    units: i64,
) -> Result<Option<i64>> {
    match spec {
        RestockingFee::Percent { percent } => {
            let p = check_percent(*percent, || format!("lines[{j}].restocking.percent"))?;
            Ok(Some(percent_of(merchandise, p)))
        }
        RestockingFee::Flat { amount, per } => {
            let amount = non_negative(*amount, digits, || format!("lines[{j}].restocking.amount"))?;
            match per {
                FeeScope::Unit => Ok(Some(amount.saturating_mul(units))),
                FeeScope::Line => Ok(Some(amount)),
                FeeScope::Return => Err(Error::InvalidValue {
                    field: format!("lines[{j}].restocking.per"),
                    reason: "a line's own fee is per unit or per line; put per-return fees on the request".into(),
                }),
            }
        }
    }
}

/// A percent from 0 to 100.
pub(crate) fn check_percent(p: Decimal, field: impl FnOnce() -> String) -> Result<Decimal> {
    if p.is_sign_negative() && !p.is_zero() || p > Decimal::ONE_HUNDRED {
        return Err(Error::InvalidValue {
            field: field(),
            reason: format!("a percent is from 0 to 100, got {p}"),
        });
    }
    Ok(p)
}

/// Shipping refund in minor units.
struct MinorShipping {
    net: i64,
    taxes: Vec<(Decimal, i64)>,
    tax: i64,
    total: i64,
    capped_to_standard: bool,
}

impl MinorShipping {
    fn into_quote(self, digits: u32) -> ShippingQuote {
        ShippingQuote {
            net: minor_to_decimal(self.net, digits),
            taxes: self
                .taxes
                .into_iter()
                .map(|(rate, a)| TaxShare {
                    rate,
                    amount: minor_to_decimal(a, digits),
                })
                .collect(),
            tax: minor_to_decimal(self.tax, digits),
            total: minor_to_decimal(self.total, digits),
            capped_to_standard: self.capped_to_standard,
        }
    }
}

fn shipping_refund(
    ledger: &OrderLedger<'_>,
    mode: ShippingRefund,
    sums: &mut Sums,
) -> Result<Option<MinorShipping>> {
    if mode == ShippingRefund::None {
        return Ok(None);
    }
    let order = ledger.order;
    let inclusive = order.prices_include_tax;
    let mut out = MinorShipping {
        net: 0,
        taxes: Vec::new(),
        tax: 0,
        total: 0,
        capped_to_standard: false,
    };
    let mut full_total = 0i64;
    for (line, ship) in order.shipping_lines.iter().zip(&ledger.shipping) {
        let paid = ship.paid;
        let refundable = match (mode, ship.standard) {
            (ShippingRefund::Standard, Some(standard)) => {
                out.capped_to_standard = true;
                standard
            }
            _ => paid,
        };
        let mut tax = 0i64;
        for (tl, &charged) in line.tax_lines.iter().zip(&ship.taxes) {
            let share = if paid == 0 {
                0
            } else {
                // share <= charged, which fits in i64.
                div_round_half_up(
                    i128::from(charged) * i128::from(refundable),
                    i128::from(paid),
                ) as i64
            };
            tax += share;
            out.taxes.push((tl.rate, share));
        }
        let charged: i64 = ship.taxes.iter().sum();
        let (net, total, full) = if inclusive {
            (refundable - tax, refundable, paid)
        } else {
            (refundable, refundable + tax, paid + charged)
        };
        out.net += net;
        out.tax += tax;
        out.total += total;
        full_total += full;
    }
    // Earlier returns may have refunded shipping already; never refund it twice.
    let remaining = (full_total - ledger.prior_shipping).max(0);
    if out.total > remaining {
        let scale = |a: i64| {
            if out.total == 0 {
                0
            } else {
                div_round_half_up(i128::from(a) * i128::from(remaining), i128::from(out.total))
                    as i64
            }
        };
        let mut tax = 0;
        for (_, a) in out.taxes.iter_mut() {
            *a = scale(*a);
            tax += *a;
        }
        out.tax = tax;
        out.total = remaining;
        out.net = remaining - tax;
    }
    // Merge equal rates across shipping lines.
    let mut merged: Vec<(Decimal, i64)> = Vec::with_capacity(out.taxes.len());
    for &(rate, a) in &out.taxes {
        match merged.iter_mut().find(|(r, _)| *r == rate) {
            Some((_, m)) => *m += a,
            None => merged.push((rate, a)),
        }
        sums.add_tax(rate, a);
    }
    out.taxes = merged;
    sums.net += out.net;
    sums.tax += out.tax;
    Ok(Some(out))
}

/// Sends the refund where the resolution says: to tenders, to store credit, or against an
/// exchange.
fn settle(
    ledger: &OrderLedger<'_>,
    request: &RefundRequest,
    refund: i64,
    quote: &mut RefundQuote,
) -> Result<()> {
    let digits = ledger.digits;
    let dec = |m: i64| minor_to_decimal(m, digits);
    let exceeds = |amount: i64| Error::RefundExceedsPaid {
        field: "tenders".into(),
        requested: dec(amount),
        available: dec(ledger.refundable),
    };
    if request.lines.iter().any(|l| l.resolution.is_some()) {
        return super::mixed::settle(ledger, request, quote);
    }
    if request.resolution == Resolution::OriginalPayment && request.bonus.is_some() {
        return Err(Error::InvalidValue {
            field: "bonus".into(),
            reason: "a bonus is only for store credit or an exchange, never paid to a card".into(),
        });
    }
    let bonus = bonus_amount(request.bonus.as_ref(), refund, digits, "bonus")?;
    if request.resolution != Resolution::Exchange && !request.exchange_items.is_empty() {
        return Err(Error::InvalidValue {
            field: "exchange_items".into(),
            reason: "replacement items need the exchange resolution".into(),
        });
    }
    match request.resolution {
        Resolution::OriginalPayment => {
            if refund > ledger.refundable {
                return Err(exceeds(refund));
            }
            quote.tenders = split_tenders(ledger, request, refund)?;
        }
        Resolution::StoreCredit => {
            if refund > ledger.refundable {
                return Err(exceeds(refund));
            }
            quote.store_credit = Some(store_credit_quote(request, refund, bonus, digits));
        }
        Resolution::Exchange => {
            let replacement = replacement_value(ledger, request)?;
            let (exchange, refund_due) = exchange_quote(refund, bonus, replacement, digits);
            if refund_due > ledger.refundable {
                return Err(exceeds(refund_due));
            }
            quote.tenders = split_tenders(ledger, request, refund_due)?;
            quote.exchange = Some(exchange);
        }
    }
    Ok(())
}

/// The bonus `spec` gives on `base`, in minor units; `field` names the spec.
pub(super) fn bonus_amount(
    spec: Option<&Bonus>,
    base: i64,
    digits: u32,
    field: &str,
) -> Result<i64> {
    match spec {
        None => Ok(0),
        Some(Bonus::Percent { percent }) => {
            let p = check_percent(*percent, || format!("{field}.percent"))?;
            Ok(percent_of(base, p))
        }
        Some(Bonus::Flat { amount }) => non_negative(*amount, digits, || format!("{field}.amount")),
    }
}

/// `refund` as store credit, with its `bonus` on top, and how long each lasts when the
/// request says.
pub(super) fn store_credit_quote(
    request: &RefundRequest,
    refund: i64,
    bonus: i64,
    digits: u32,
) -> StoreCreditQuote {
    let expiry = request.credit_expiry();
    StoreCreditQuote {
        amount: minor_to_decimal(refund, digits),
        bonus: minor_to_decimal(bonus, digits),
        total: minor_to_decimal(refund + bonus, digits),
        expires_after_days: expiry.expires_after_days,
        bonus_expires_after_days: expiry.bonus_expires_after_days,
    }
}

/// The balance of exchanging items worth `refund` for replacements worth `replacement`, a
/// `bonus` paying towards them; with the refund it leaves due to the customer's payments.
pub(super) fn exchange_quote(
    refund: i64,
    bonus: i64,
    replacement: i64,
    digits: u32,
) -> (ExchangeQuote, i64) {
    let dec = |m: i64| minor_to_decimal(m, digits);
    let refund_due = (refund - replacement).max(0);
    let short = (replacement - refund).max(0);
    let bonus_used = bonus.min(short);
    let customer_owes = short - bonus_used;
    let quote = ExchangeQuote {
        returned_value: dec(refund),
        bonus: dec(bonus),
        bonus_used: dec(bonus_used),
        replacement_value: dec(replacement),
        balance: if customer_owes > 0 {
            ExchangeBalance::CustomerOwes
        } else if refund_due > 0 {
            ExchangeBalance::CustomerIsOwed
        } else {
            ExchangeBalance::Even
        },
        customer_owes: dec(customer_owes),
        refund_due: dec(refund_due),
    };
    (quote, refund_due)
}

pub(super) fn replacement_value(ledger: &OrderLedger<'_>, request: &RefundRequest) -> Result<i64> {
    let mut total = 0i64;
    for (e, item) in request.exchange_items.iter().enumerate() {
        let field = |name: &str| format!("exchange_items[{e}].{name}");
        if item.quantity < 1 || item.quantity > MAX_UNITS {
            return Err(Error::InvalidQuantity {
                field: field("quantity"),
                quantity: item.quantity,
            });
        }
        let unit = non_negative(item.unit_price, ledger.digits, || field("unit_price"))?;
        let price = unit
            .checked_mul(item.quantity)
            .filter(|p| *p <= crate::money::MAX_MINOR)
            .ok_or_else(|| Error::AmountOutOfRange {
                field: field("unit_price"),
            })?;
        let rate = item.tax_rate;
        if rate.is_sign_negative() && !rate.is_zero() || rate > Decimal::ONE {
            return Err(Error::InvalidValue {
                field: field("tax_rate"),
                reason: format!("a tax rate is a fraction from 0 to 1, got {rate}"),
            });
        }
        let tax = if ledger.order.prices_include_tax {
            0
        } else {
            percent_of(price, rate * Decimal::ONE_HUNDRED)
        };
        total += price + tax;
        if total > crate::money::MAX_MINOR {
            return Err(Error::AmountOutOfRange {
                field: "exchange_items".into(),
            });
        }
    }
    if request.exchange_items.is_empty() {
        return Err(Error::InvalidValue {
            field: "exchange_items".into(),
            reason: "an exchange needs at least one replacement item".into(),
        });
    }
    Ok(total)
}

/// Splits `amount` across the tenders: those named by `tender_order` first, in that order,
/// then the rest in the order's own order, each up to what it can still take back.
pub(super) fn split_tenders(
    ledger: &OrderLedger<'_>,
    request: &RefundRequest,
    amount: i64,
) -> Result<Vec<TenderRefund>> {
    let tenders = &ledger.order.tenders;
    let mut left = amount;
    let mut out = Vec::new();
    // Each tender takes its turn once, in sequence; the sequence is walked as it is worked
    // out, so that it needs no list of its own.
    let mut seen = Seen::new(tenders.len());
    let mut turn = |t: usize, left: &mut i64| {
        if !seen.insert(t) || *left == 0 {
            return;
        }
        let (Some(tender), Some(l)) = (tenders.get(t), ledger.tenders.get(t)) else {
            return;
        };
        let take = (*left).min(l.refundable);
        if take > 0 {
            *left -= take;
            out.push(TenderRefund {
                tender_id: tender.id.clone(),
                kind: tender.kind,
                amount: minor_to_decimal(take, ledger.digits),
            });
        }
    };
    for (s, selector) in request.tender_order.iter().enumerate() {
        match selector {
            TenderSelector::Id(id) => {
                // Every selector is checked, even once the refund is placed.
                let t = ledger.find_tender(id).ok_or_else(|| Error::UnknownTender {
                    field: format!("tender_order[{s}].id"),
                    tender_id: id.clone(),
                })?;
                turn(t, &mut left);
            }
            TenderSelector::Kind(kind) => {
                for (t, tender) in tenders.iter().enumerate() {
                    if tender.kind == *kind {
                        turn(t, &mut left);
                    }
                }
            }
        }
    }
    for t in 0..tenders.len() {
        turn(t, &mut left);
    }
    if left > 0 {
        return Err(Error::RefundExceedsPaid {
            field: "tenders".into(),
            requested: minor_to_decimal(amount, ledger.digits),
            available: minor_to_decimal(amount - left, ledger.digits),
        });
    }
    Ok(out)
}

/// A set of tender positions: a bit each for the first 64 (orders have a handful), flags
/// beyond, so that the usual case allocates nothing.
struct Seen {
    bits: u64,
    more: Vec<bool>,
}

impl Seen {
    fn new(len: usize) -> Seen {
        Seen {
            bits: 0,
            more: vec![false; len.saturating_sub(64)],
        }
    }

    /// Adds `i`; false if it was there already.
    fn insert(&mut self, i: usize) -> bool {
        if i < 64 {
            let bit = 1u64 << i;
            let new = self.bits & bit == 0;
            self.bits |= bit;
            return new;
        }
        match self.more.get_mut(i - 64) {
            Some(seen) if !*seen => {
                *seen = true;
                true
            }
            _ => false,
        }
    }
}
