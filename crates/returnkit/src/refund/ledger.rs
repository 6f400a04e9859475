//! The order ledger: an order checked once and turned into integer minor units. It owns what
//! every line cost after discounts (with order discounts spread exactly), what earlier returns
//! took, and what each tender can still take back. The refund engine and the policy engine
//! read orders through it.

use rust_decimal::Decimal;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::error::{Error, Result};
use crate::money::{allocate_minor_into, decimal_to_minor, div_round_half_up, pow10};
use crate::order::{Order, OrderLine, TaxLine};

/// Above this many lines, ids are looked up through a hash map rather than by scanning.
const SCAN_LIMIT: usize = 24;

/// One order line in minor units.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LedgerLine {
    /// Unit price.
    pub unit: i64,
    /// Unit price times quantity.
    pub gross: i64,
    /// The line's own discounts.
    pub line_discount: i64,
    /// Its share of the order discounts.
    pub order_discount: i64,
    /// Units refunded by earlier returns.
    pub prior_units: i64,
    /// Where the line's tax amounts start in [`OrderLedger::line_taxes`].
    pub tax_start: usize,
}

impl LedgerLine {
    /// What was paid for the line's merchandise, as priced.
    pub fn paid(&self) -> i64 {
        self.gross - self.line_discount - self.order_discount
    }
}

/// A shipping line in minor units.
#[derive(Debug, Clone, Default)]
pub(crate) struct LedgerShipping {
    /// Price less discount, as priced.
    pub paid: i64,
    /// The standard-delivery price, when lower than what was paid.
    pub standard: Option<i64>,
    /// Tax charged, per tax line.
    pub taxes: Vec<i64>,
}

/// What a tender can still take back.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LedgerTender {
    /// Captured less refunded less earlier returns.
    pub refundable: i64,
}

/// An order, validated, in minor units.
pub(crate) struct OrderLedger<'o> {
    pub order: &'o Order,
    pub digits: u32,
    pub lines: Vec<LedgerLine>,
    /// Every line's tax charged, per tax line, in minor units, converted once: line `i`'s
    /// start at `lines[i].tax_start`, in the order of its `tax_lines`.
    pub line_taxes: Vec<i64>,
    pub tenders: Vec<LedgerTender>,
    pub shipping: Vec<LedgerShipping>,
    /// What the order can still refund in all: the tenders' refundable amounts less store
    /// credit already issued for its returns.
    pub refundable: i64,
    /// Shipping already refunded.
    pub prior_shipping: i64,
    /// Bundle components already returned alone.
    pub prior_components: Vec<super::bundle::PriorComponent>,
    index: Option<FxHashMap<&'o str, u32>>,
}

impl<'o> OrderLedger<'o> {
    /// Checks `order` and converts it. Errors name the field (`lines[2].tax_lines[0].amount`).
    pub fn new(order: &'o Order) -> Result<Self> {
        let digits = order.currency.minor_digits();
        let n = order.lines.len();
        let mut lines = Vec::with_capacity(n);
        for (i, line) in order.lines.iter().enumerate() {
            convert_line(line, i, digits, &mut lines)?;
            if !line.components.is_empty() {
                super::bundle::check_components(line, i, digits)?;
            }
        }
        let index = check_unique_ids(order)?;
        let mut ledger = OrderLedger {
            order,
            digits,
            lines,
            line_taxes: Vec::new(),
            tenders: Vec::new(),
            shipping: Vec::new(),
            refundable: 0,
            prior_shipping: 0,
            prior_components: Vec::new(),
            index,
        };
        // Every sum the engine makes is a sum of a subset of these, so bounding them keeps all
        // arithmetic exact in i64.
        bounded(ledger.lines.iter().map(|l| l.gross), "lines")?;
        ledger.spread_order_discounts()?;
        let mut line_taxes = Vec::with_capacity(n);
        let mut tax_sum = 0i128;
        for (i, (line, l)) in order.lines.iter().zip(ledger.lines.iter_mut()).enumerate() {
            l.tax_start = line_taxes.len();
            let base = TaxBase {
                gross: l.gross,
                paid: l.paid(),
                units: line.quantity,
                inclusive: order.prices_include_tax,
            };
            tax_sum += i128::from(check_tax(
                &line.tax_lines,
                base,
                digits,
                || format!("lines[{i}]"),
                &mut line_taxes,
            )?);
        }
        ledger.line_taxes = line_taxes;
        bounded_sum(tax_sum, "lines")?;
        ledger.convert_shipping()?;
        ledger.apply_prior_returns()?;
        if order.shop_money.is_some() {
            super::shop_money::check(order)?;
        }
        Ok(ledger)
    }

    /// The order line that request line `j` names (by `line_id`), which no earlier request
    /// line may have named: an unknown line and a line named twice are errors on
    /// `lines[j].line_id`. `taken` records the lines named so far, from the first request
    /// line out of position (before it, each line was at its own position and none repeats).
    #[inline]
    pub(crate) fn claim_line(
        &self,
        line_id: &str,
        j: usize,
        taken: &mut Option<Vec<bool>>,
    ) -> Result<usize> {
        let i = self
            .find_line(line_id, j)
            .ok_or_else(|| Error::UnknownLine {
                field: format!("lines[{j}].line_id"),
                line_id: line_id.to_string(),
            })?;
        if taken.is_some() || i != j {
            let taken = taken.get_or_insert_with(|| {
                let mut taken = vec![false; self.lines.len()];
                taken.iter_mut().take(j).for_each(|t| *t = true);
                taken
            });
            match taken.get_mut(i) {
                Some(t) if !*t => *t = true,
                _ => {
                    return Err(Error::DuplicateId {
                        field: format!("lines[{j}].line_id"),
                        id: line_id.to_string(),
                    })
                }
            }
        }
        Ok(i)
    }

    /// Index of the line with `id`, trying position `hint` first (requests usually list lines
    /// in the order's own order).
    pub fn find_line(&self, id: &str, hint: usize) -> Option<usize> {
        let lines = &self.order.lines;
        if lines.get(hint).is_some_and(|l| same_id(&l.id, id)) {
            return Some(hint);
        }
        match &self.index {
            Some(map) => map.get(id).map(|&i| i as usize),
            None => lines.iter().position(|l| same_id(&l.id, id)),
        }
    }

    /// Tax charged on line `i`, per tax line in the order of its `tax_lines`, in minor units.
    pub fn tax_charged(&self, i: usize) -> &[i64] {
        let (Some(l), Some(src)) = (self.lines.get(i), self.order.lines.get(i)) else {
            return &[];
        };
        self.line_taxes
            .get(l.tax_start..l.tax_start + src.tax_lines.len())
            .unwrap_or_default()
    }

    /// Index of the tender with `id`.
    pub fn find_tender(&self, id: &str) -> Option<usize> {
        self.order.tenders.iter().position(|t| &*t.id == id)
    }

    /// Merchandise paid and tax charged for `units` more units of line `i`, after the units
    /// earlier returns took, telescoped as the refund engine pays them.
    pub fn line_value(&self, i: usize, units: i64) -> Result<(i64, i64)> {
        let (Some(l), Some(src)) = (self.lines.get(i), self.order.lines.get(i)) else {
            return Ok((0, 0));
        };
        let share = |total| telescope(total, src.quantity, l.prior_units, units);
        let tax = self.tax_charged(i).iter().map(|&t| share(t)).sum();
        Ok((share(l.paid()), tax))
    }

    /// What the order cost in all: lines and shipping, with tax.
    pub fn order_total(&self) -> i64 {
        // Every amount was converted and bounded when the ledger was built, so the sums fit.
        let merchandise: i64 = self.lines.iter().map(LedgerLine::paid).sum();
        let shipping: i64 = self.shipping.iter().map(|s| s.paid).sum();
        if self.order.prices_include_tax {
            return merchandise + shipping;
        }
        let tax: i64 = self.line_taxes.iter().sum::<i64>()
            + self
                .shipping
                .iter()
                .flat_map(|s| s.taxes.iter())
                .sum::<i64>();
        merchandise + shipping + tax
    }

    /// Spreads the order discounts over the lines. Unless the shop allocated a discount
    /// itself, each line weighs its price after its own discounts.
    fn spread_order_discounts(&mut self) -> Result<()> {
        let order = self.order;
        if order.discounts.is_empty() {
            return Ok(());
        }
        // Shares are added to the lines as they are found: on any error the ledger is dropped.
        let mut scratch = Vec::new();
        for (d, discount) in order.discounts.iter().enumerate() {
            let amount = non_negative(discount.amount, self.digits, || {
                format!("discounts[{d}].amount")
            })?;
            match &discount.allocations {
                Some(allocations) => {
                    let mut sum = 0i64;
                    for (a, alloc) in allocations.iter().enumerate() {
                        let field = || format!("discounts[{d}].allocations[{a}]");
                        let i = self.find_line(&alloc.line_id, a).ok_or_else(|| {
                            Error::UnknownLine {
                                field: format!("{}.line_id", field()),
                                line_id: alloc.line_id.clone(),
                            }
                        })?;
                        let share = non_negative(alloc.amount, self.digits, || {
                            format!("{}.amount", field())
                        })?;
                        if let Some(line) = self.lines.get_mut(i) {
                            line.order_discount += share;
                        }
                        sum += share;
                    }
                    if sum != amount {
                        return Err(Error::InvalidAllocation {
                            field: format!("discounts[{d}].allocations"),
                            reason: format!(
                                "allocations add up to {}, not to the discount's {}",
                                Decimal::new(sum, self.digits),
                                discount.amount
                            ),
                        });
                    }
                }
                None => allocate_minor_into(
                    amount,
                    &mut self.lines,
                    |_, l| i128::from(l.gross - l.line_discount),
                    |l, share| l.order_discount += share,
                    &mut scratch,
                )
                .map_err(|e| e.into_error(&format!("discounts[{d}]")))?,
            }
            for (i, line) in self.lines.iter().enumerate() {
                if line.paid() < 0 {
                    return Err(Error::InvalidAllocation {
                        field: format!("discounts[{d}]"),
                        reason: format!(
                            "discounts exceed the price of line `{}`",
                            order_line_id(order, i)
                        ),
                    });
                }
            }
        }
        Ok(())
    }

    fn convert_shipping(&mut self) -> Result<()> {
        let order = self.order;
        for (s, line) in order.shipping_lines.iter().enumerate() {
            let field = |name: &str| format!("shipping_lines[{s}].{name}");
            let price = non_negative(line.price, self.digits, || field("price"))?;
            let discount = non_negative(line.discount, self.digits, || field("discount"))?;
            if discount > price {
                return Err(Error::InvalidAmount {
                    field: field("discount"),
                    reason: "the discount exceeds the shipping price".into(),
                });
            }
            let paid = price - discount;
            let standard = match line.standard_price {
                Some(p) => Some(non_negative(p, self.digits, || field("standard_price"))?),
                None => None,
            }
            .filter(|&p| p < paid);
            let base = TaxBase {
                gross: price,
                paid,
                units: 1,
                inclusive: order.prices_include_tax,
            };
            let mut taxes = Vec::with_capacity(line.tax_lines.len());
            check_tax(
                &line.tax_lines,
                base,
                self.digits,
                || format!("shipping_lines[{s}]"),
                &mut taxes,
            )?;
            self.shipping.push(LedgerShipping {
                paid,
                standard,
                taxes,
            });
        }
        bounded(self.shipping.iter().map(|s| s.paid), "shipping_lines")?;
        bounded(
            self.shipping.iter().flat_map(|s| s.taxes.iter().copied()),
            "shipping_lines",
        )?;
        Ok(())
    }

    fn apply_prior_returns(&mut self) -> Result<()> {
        let order = self.order;
        let prior = &order.prior_returns;
        for (p, ret) in prior.lines.iter().enumerate() {
            let field = || format!("prior_returns.lines[{p}]");
            let i = self
                .find_line(&ret.line_id, usize::MAX)
                .ok_or_else(|| Error::UnknownLine {
                    field: format!("{}.line_id", field()),
                    line_id: ret.line_id.clone(),
                })?;
            let (Some(line), Some(l)) = (self.lines.get_mut(i), order.lines.get(i)) else {
                continue;
            };
            if ret.quantity < 0 {
                return Err(Error::InvalidQuantity {
                    field: format!("{}.quantity", field()),
                    quantity: ret.quantity,
                });
            }
            if let Some(id) = &ret.component_id {
                let component =
                    super::bundle::find_component(l, id).ok_or_else(|| Error::InvalidValue {
                        field: format!("{}.component_id", field()),
                        reason: format!("line `{}` has no component `{id}`", l.id),
                    })?;
                self.prior_components.push(super::bundle::PriorComponent {
                    line: i,
                    component,
                    units: ret.quantity,
                });
                continue;
            }
            line.prior_units += ret.quantity;
            if line.prior_units > l.quantity {
                return Err(Error::QuantityExceeded {
                    field: format!("{}.quantity", field()),
                    requested: line.prior_units,
                    available: l.quantity,
                });
            }
        }
        if !self.prior_components.is_empty() {
            self.check_prior_components()?;
        }
        self.tenders = tender_ledger(order, self.digits)?;
        let credit = non_negative(prior.store_credit, self.digits, || {
            "prior_returns.store_credit".into()
        })?;
        self.refundable = self.tenders.iter().map(|t| t.refundable).sum::<i64>() - credit;
        if self.refundable < 0 {
            return Err(Error::InvalidAmount {
                field: "prior_returns.store_credit".into(),
                reason: "more store credit was issued than the order can still refund".into(),
            });
        }
        self.prior_shipping = non_negative(prior.shipping, self.digits, || {
            "prior_returns.shipping".into()
        })?;
        Ok(())
    }
}

impl OrderLedger<'_> {
    /// Units of component `c` of line `i` already returned alone.
    pub fn component_prior(&self, i: usize, c: usize) -> i64 {
        self.prior_components
            .iter()
            .filter(|p| p.line == i && p.component == c)
            .map(|p| p.units)
            .sum()
    }

    /// Merchandise paid and tax charged for `units` more units of component `c` of line `i`,
    /// after those already returned alone, telescoped as the refund engine pays them.
    pub fn component_value(&self, i: usize, c: usize, units: i64) -> Result<(i64, i64)> {
        let share = self.component_share(i, c)?;
        let part = |total| telescope(total, share.units, share.prior, units);
        Ok((part(share.paid), share.taxes.iter().map(|&t| part(t)).sum()))
    }

    /// Whether any component of line `i` was returned alone.
    pub fn has_component_returns(&self, i: usize) -> bool {
        self.prior_components.iter().any(|p| p.line == i)
    }

    /// Component `c` of line `i`: its share of the line and its units.
    pub fn component_share(&self, i: usize, c: usize) -> Result<super::bundle::ComponentShare> {
        let (Some(l), Some(src)) = (self.lines.get(i), self.order.lines.get(i)) else {
            return Ok(super::bundle::ComponentShare::default());
        };
        super::bundle::component_share(src, l, self.tax_charged(i), c, self.component_prior(i, c))
    }

    /// Components returned alone never exceed the component's units in the bundles not
    /// returned whole.
    #[cold]
    #[inline(never)]
    fn check_prior_components(&self) -> Result<()> {
        for (p, prior) in self.order.prior_returns.lines.iter().enumerate() {
            let Some(id) = &prior.component_id else {
                continue;
            };
            let Some(i) = self.find_line(&prior.line_id, usize::MAX) else {
                continue;
            };
            let (Some(l), Some(src)) = (self.lines.get(i), self.order.lines.get(i)) else {
                continue;
            };
            let Some(c) = super::bundle::find_component(src, id) else {
                continue;
            };
            let per_bundle = src.components.get(c).map_or(0, |comp| comp.quantity);
            let units = (src.quantity - l.prior_units) * per_bundle;
            let returned = self.component_prior(i, c);
            if returned > units {
                return Err(Error::QuantityExceeded {
                    field: format!("prior_returns.lines[{p}].quantity"),
                    requested: returned,
                    available: units,
                });
            }
        }
        Ok(())
    }
}

fn order_line_id(order: &Order, i: usize) -> &str {
    order.lines.get(i).map_or("", |l| &l.id)
}

/// Converts order line `i` and pushes it onto `out`. (Pushing here rather than returning the
/// line lets it be written in place instead of copied out of a large `Result`.)
fn convert_line(line: &OrderLine, i: usize, digits: u32, out: &mut Vec<LedgerLine>) -> Result<()> {
    if line.quantity < 1 || line.quantity > MAX_UNITS {
        return Err(Error::InvalidQuantity {
            field: format!("lines[{i}].quantity"),
            quantity: line.quantity,
        });
    }
    if let Some(f) = line.fulfilled_quantity {
        check_units(f, line.quantity, || {
            format!("lines[{i}].fulfilled_quantity")
        })?;
    }
    if let Some(d) = line.delivered_quantity {
        let shipped = line.fulfilled_quantity.unwrap_or(line.quantity);
        check_units(d, shipped, || format!("lines[{i}].delivered_quantity"))?;
    }
    let unit = non_negative(line.unit_price, digits, || format!("lines[{i}].unit_price"))?;
    let gross = unit
        .checked_mul(line.quantity)
        .filter(|g| *g <= crate::money::MAX_MINOR);
    let gross = gross.ok_or_else(|| Error::AmountOutOfRange {
        field: format!("lines[{i}].unit_price"),
    })?;
    let mut line_discount = 0i64;
    for (d, discount) in line.discounts.iter().enumerate() {
        line_discount += non_negative(discount.amount, digits, || {
            format!("lines[{i}].discounts[{d}].amount")
        })?;
        // Each amount is at most MAX_MINOR, so stopping once past the gross can't overflow.
        if line_discount > gross {
            break;
        }
    }
    if line_discount > gross {
        return Err(Error::InvalidAmount {
            field: format!("lines[{i}].discounts"),
            reason: "line discounts exceed the line's price".into(),
        });
    }
    out.push(LedgerLine {
        unit,
        gross,
        line_discount,
        order_discount: 0,
        prior_units: 0,
        tax_start: 0,
    });
    Ok(())
}

/// Units in one line can't go beyond a billion: it keeps every product in range.
pub(crate) const MAX_UNITS: i64 = 1_000_000_000;

fn check_units(units: i64, max: i64, field: impl Fn() -> String) -> Result<()> {
    if units < 0 {
        return Err(Error::InvalidValue {
            field: field(),
            reason: format!("must not be negative, got {units}"),
        });
    }
    if units > max {
        return Err(Error::QuantityExceeded {
            field: field(),
            requested: units,
            available: max,
        });
    }
    Ok(())
}

/// Tax as charged must be possible at the stated rate: at least the rate on what was paid
/// after every discount, at most the rate on the undiscounted price, give or take a minor unit
/// per unit for per-unit rounding. This catches tax from the wrong base or counted twice.
/// Returns the tax charged in all.
/// What a set of tax lines was charged on.
#[derive(Clone, Copy)]
struct TaxBase {
    /// The undiscounted price.
    gross: i64,
    /// What was paid after every discount.
    paid: i64,
    /// Units priced.
    units: i64,
    /// Whether the prices include the tax.
    inclusive: bool,
}

/// Pushes each tax line's amount, in minor units, onto `amounts`, so that nobody converts them
/// again.
fn check_tax(
    tax_lines: &[TaxLine],
    base: TaxBase,
    digits: u32,
    at: impl Fn() -> String,
    amounts: &mut Vec<i64>,
) -> Result<i64> {
    let TaxBase {
        gross,
        paid,
        units,
        inclusive,
    } = base;
    if tax_lines.is_empty() {
        return Ok(0);
    }
    // Rates at one common scale, as integers over 10^scale.
    let scale = tax_lines
        .iter()
        .map(|t| t.rate.scale())
        .max()
        .unwrap_or(0)
        .min(12);
    let one = pow10(scale);
    let mut rate_sum = 0i128;
    let mut total_tax = 0i64;
    let start = amounts.len();
    // The first few scaled rates, kept for the second pass (lines rarely have more).
    let mut rates = [0i128; 4];
    for (t, tax) in tax_lines.iter().enumerate() {
        let rate = scaled_rate(tax, scale, || format!("{}.tax_lines[{t}].rate", at()))?;
        if let Some(slot) = rates.get_mut(t) {
            *slot = rate;
        }
        rate_sum += rate;
        let amount = non_negative(tax.amount, digits, || {
            format!("{}.tax_lines[{t}].amount", at())
        })?;
        amounts.push(amount);
        total_tax += amount;
        if total_tax > crate::money::MAX_MINOR {
            return Err(Error::AmountOutOfRange {
                field: format!("{}.tax_lines", at()),
            });
        }
    }
    if inclusive && total_tax > paid {
        return Err(Error::InconsistentTax {
            field: format!("{}.tax_lines", at()),
            reason: "tax included in the price exceeds what was paid".into(),
        });
    }
    // Bases are `paid` and `gross`, tax-exclusive; for tax-inclusive prices, divided by 1 + R.
    let den = if inclusive { one + rate_sum } else { one };
    let slack = i128::from(units + 1);
    let charged = amounts.get(start..).unwrap_or_default();
    for (t, (tax, &amount)) in tax_lines.iter().zip(charged).enumerate() {
        let rate = match rates.get(t) {
            Some(&rate) => rate,
            None => scaled_rate(tax, scale, String::new)?,
        };
        let amount = i128::from(amount);
        let low = rate * i128::from(paid) - slack * den;
        let high = rate * i128::from(gross) + slack * den;
        let scaled = amount * den;
        if scaled < low || scaled > high {
            return Err(Error::InconsistentTax {
                field: format!("{}.tax_lines[{t}].amount", at()),
                reason: format!(
                    "{} can't be tax at rate {} on a price of {} ({} after discounts)",
                    tax.amount,
                    tax.rate,
                    Decimal::new(gross, digits),
                    Decimal::new(paid, digits)
                ),
            });
        }
    }
    Ok(total_tax)
}

/// Refuses a set of amounts whose sum is beyond [`crate::money::MAX_MINOR`].
fn bounded(amounts: impl Iterator<Item = i64>, field: &str) -> Result<()> {
    bounded_sum(amounts.map(i128::from).sum(), field)
}

/// Refuses a sum beyond [`crate::money::MAX_MINOR`].
fn bounded_sum(sum: i128, field: &str) -> Result<()> {
    if sum > i128::from(crate::money::MAX_MINOR) {
        return Err(Error::AmountOutOfRange {
            field: field.into(),
        });
    }
    Ok(())
}

fn scaled_rate(tax: &TaxLine, scale: u32, field: impl Fn() -> String) -> Result<i128> {
    let rate = tax.rate;
    let mut m = rate.mantissa();
    let s = rate.scale();
    // 0 ≤ rate ≤ 1 in integers: 0 ≤ m ≤ 10^s (a scale is at most 28, so 10^s fits). A negative
    // zero has mantissa 0 and passes, as it should.
    if m < 0 || m > pow10(s) {
        return Err(Error::InvalidValue {
            field: field(),
            reason: format!("a tax rate is a fraction from 0 to 1, got {rate}"),
        });
    }
    if s > scale {
        // Beyond 12 decimal places a rate is noise; compare at 12.
        m /= pow10(s - scale);
    } else {
        m *= pow10(scale - s);
    }
    Ok(m)
}

/// Converts to minor units, naming the field on error.
pub(crate) fn to_minor(
    amount: Decimal,
    digits: u32,
    field: impl FnOnce() -> String,
) -> Result<i64> {
    decimal_to_minor(amount, digits, "").map_err(|e| match e {
        Error::InvalidAmount { reason, .. } => Error::InvalidAmount {
            field: field(),
            reason,
        },
        _ => Error::AmountOutOfRange { field: field() },
    })
}

/// What each tender of `order` can still take back: captured, less refunded on it, less what
/// earlier returns refunded to it; each checked as [`OrderLedger::new`] checks it. The RMA
/// bounds a refund to a tender with it without building the whole ledger.
pub(crate) fn tender_ledger(order: &Order, digits: u32) -> Result<Vec<LedgerTender>> {
    let prior = &order.prior_returns;
    let mut tenders = Vec::with_capacity(order.tenders.len());
    let mut captured = 0i64;
    for (t, tender) in order.tenders.iter().enumerate() {
        let amount = non_negative(tender.amount, digits, || format!("tenders[{t}].amount"))?;
        let refunded = non_negative(tender.refunded, digits, || format!("tenders[{t}].refunded"))?;
        tenders.push(LedgerTender {
            refundable: amount - refunded,
        });
        captured += amount;
        if captured > crate::money::MAX_MINOR {
            return Err(Error::AmountOutOfRange {
                field: "tenders".into(),
            });
        }
    }
    for (t, tender) in order.tenders.iter().enumerate().skip(1) {
        if order.tenders.iter().take(t).any(|o| o.id == tender.id) {
            return Err(Error::DuplicateId {
                field: format!("tenders[{t}].id"),
                id: tender.id.to_string(),
            });
        }
    }
    for (p, refund) in prior.tenders.iter().enumerate() {
        let field = || format!("prior_returns.tenders[{p}]");
        let t = order
            .tenders
            .iter()
            .position(|t| t.id == refund.tender_id)
            .ok_or_else(|| Error::UnknownTender {
                field: format!("{}.tender_id", field()),
                tender_id: refund.tender_id.clone(),
            })?;
        let amount = non_negative(refund.amount, digits, || format!("{}.amount", field()))?;
        if let Some(tender) = tenders.get_mut(t) {
            // Both are within 0..=MAX_MINOR, so this can't overflow; stop at the first
            // tender that goes below zero.
            tender.refundable -= amount;
            if tender.refundable < 0 {
                return Err(Error::InvalidAmount {
                    field: format!("{}.amount", field()),
                    reason: "earlier returns refunded more on this tender than it can take".into(),
                });
            }
        }
    }
    for (t, tender) in tenders.iter().enumerate() {
        if tender.refundable < 0 {
            return Err(Error::InvalidAmount {
                field: format!("tenders[{t}].refunded"),
                reason: "more was refunded on this tender than was captured".into(),
            });
        }
    }
    Ok(tenders)
}

/// Converts to minor units and refuses negative amounts.
pub(crate) fn non_negative(
    amount: Decimal,
    digits: u32,
    field: impl FnOnce() -> String,
) -> Result<i64> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(Error::InvalidAmount {
            field: field(),
            reason: format!("must not be negative, got {amount}"),
        });
    }
    to_minor(amount, digits, field)
}

/// Order line ids must be unique. Large orders get a hash index, which also serves lookups.
fn check_unique_ids(order: &Order) -> Result<Option<FxHashMap<&str, u32>>> {
    let lines = &order.lines;
    if lines.len() <= SCAN_LIMIT {
        // Compare hashes first: distinct ids almost never share one, so most pairs cost an
        // integer comparison rather than a string comparison.
        let mut hashes = [0u64; SCAN_LIMIT];
        for (h, line) in hashes.iter_mut().zip(lines) {
            *h = FxBuildHasher.hash_one(&*line.id);
        }
        for (i, (line, h)) in lines.iter().zip(&hashes).enumerate().skip(1) {
            if lines
                .iter()
                .zip(&hashes)
                .take(i)
                .any(|(o, g)| g == h && o.id == line.id)
            {
                return Err(duplicate_line(i, &line.id));
            }
        }
        return Ok(None);
    }
    let mut map = FxHashMap::with_capacity_and_hasher(lines.len(), Default::default());
    for (i, line) in lines.iter().enumerate() {
        let pos = u32::try_from(i).map_err(|_| Error::InvalidValue {
            field: "lines".into(),
            reason: "too many lines".into(),
        })?;
        if map.insert(&*line.id, pos).is_some() {
            return Err(duplicate_line(i, &line.id));
        }
    }
    Ok(Some(map))
}

/// Whether two ids are the same. Ids are mostly short, where comparing bytes inline is
/// cheaper than a call to `memcmp`.
#[inline]
fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() > 16 {
        return a == b;
    }
    a.iter().zip(b).all(|(x, y)| x == y)
}

fn duplicate_line(i: usize, id: &str) -> Error {
    Error::DuplicateId {
        field: format!("lines[{i}].id"),
        id: id.into(),
    }
}

/// C(r+k) − C(r) with C(n) = round_half_up(total·n/q); C(q) = total exactly.
#[inline]
pub(crate) fn telescope(total: i64, q: i64, r: i64, k: i64) -> i64 {
    cumulative(total, q, r + k) - cumulative(total, q, r)
}

/// C(n) = round_half_up(total·n/q) for 0 ≤ n ≤ q, with C(q) = total exactly.
#[inline]
pub(crate) fn cumulative(total: i64, q: i64, n: i64) -> i64 {
    // C(0) = 0 and C(q) = total need no division; a first return starts at C(0).
    if n == 0 {
        0
    } else if n == q {
        total
    } else {
        // |C(n)| ≤ |total|, which fits in i64.
        div_round_half_up(i128::from(total) * i128::from(n), i128::from(q)) as i64
    }
}
