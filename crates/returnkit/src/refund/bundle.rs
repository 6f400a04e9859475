//! Bundles and kits: an order line sold at one price whose components can come back alone.
//! Owns the components' weights, each component's share of what is left of the line (its
//! merchandise, line and order discounts, and each tax line), split exactly by the largest
//! remainder, and the units of each component already returned alone.
//!
//! Whole bundles returned earlier come off the line first, telescoped as any line's units
//! are; what is left is split across the components by weight, and each component's share
//! telescopes over its own units. So returning every component of every bundle left refunds
//! exactly what is left of the line, and no unit is refunded twice.

use rust_decimal::Decimal;
use smol_str::SmolStr;

use super::ledger::{cumulative, non_negative, LedgerLine, OrderLedger, MAX_UNITS};
use crate::error::{Error, Result};
use crate::money::{allocate_minor, div_round_half_up};
use crate::order::OrderLine;

/// Units of a bundle component already returned alone.
#[derive(Debug, Clone)]
pub(crate) struct PriorComponent {
    /// The order line.
    pub line: usize,
    /// The component's position in the line's `components`.
    pub component: usize,
    /// Units returned.
    pub units: i64,
}

/// One component's part of a bundle line, in minor units.
#[derive(Debug, Clone, Default)]
pub(crate) struct ComponentShare {
    /// Units of the component in the bundles not returned whole.
    pub units: i64,
    /// Of those, the units that can be returned (delivered, or shipped).
    pub returnable: i64,
    /// Units of the component already returned alone.
    pub prior: i64,
    /// Its share of what is left of the line's own discounts.
    pub line_discount: i64,
    /// Its share of what is left of the line's order discounts.
    pub order_discount: i64,
    /// Its share of what is left of the merchandise paid.
    pub paid: i64,
    /// Its share of what is left of each tax line, in the order of the line's `tax_lines`.
    pub taxes: Vec<i64>,
}

impl ComponentShare {
    /// The component's price before discounts.
    pub fn gross(&self) -> i64 {
        self.paid + self.line_discount + self.order_discount
    }
}

/// The position of component `id` in `line`.
pub(crate) fn find_component(line: &OrderLine, id: &str) -> Option<usize> {
    line.components.iter().position(|c| c.id == id)
}

/// Checks order line `i`'s components: unique ids, quantities from 1, weights and list prices
/// not negative, and weights that are not all zero. Out of line: most lines are no bundle, and
/// the ledger's loop over lines stays small.
#[cold]
#[inline(never)]
pub(crate) fn check_components(line: &OrderLine, i: usize, digits: u32) -> Result<()> {
    for (c, comp) in line.components.iter().enumerate() {
        let field = |name: &str| format!("lines[{i}].components[{c}].{name}");
        if line.components.iter().take(c).any(|o| o.id == comp.id) {
            return Err(Error::DuplicateId {
                field: field("id"),
                id: comp.id.to_string(),
            });
        }
        if comp.quantity < 1 || comp.quantity > MAX_UNITS {
            return Err(Error::InvalidQuantity {
                field: field("quantity"),
                quantity: comp.quantity,
            });
        }
        if let Some(w) = comp.weight {
            if w.is_sign_negative() && !w.is_zero() {
                return Err(Error::InvalidValue {
                    field: field("weight"),
                    reason: format!("must not be negative, got {w}"),
                });
            }
        }
        if let Some(p) = comp.unit_price {
            non_negative(p, digits, || field("unit_price"))?;
        }
    }
    let weights = weights(line).map_err(|e| e.into_error(&format!("lines[{i}].components")))?;
    if !line.components.is_empty() && weights.iter().all(|w| *w == 0) {
        return Err(Error::InvalidAllocation {
            field: format!("lines[{i}].components"),
            reason: "the components' weights are all zero".into(),
        });
    }
    Ok(())
}

/// The components' weights as integers at one scale: the declared weights when every
/// component has one; otherwise list price times quantity when every component has a list
/// price; otherwise each component's quantity.
pub(crate) fn weights(line: &OrderLine) -> std::result::Result<Vec<i128>, WeightOverflow> {
    let comps = &line.components;
    let scaled = |values: Vec<Decimal>| -> std::result::Result<Vec<i128>, WeightOverflow> {
        let scale = values.iter().map(Decimal::scale).max().unwrap_or(0);
        values
            .iter()
            .map(|v| {
                let mut m = v.mantissa();
                for _ in v.scale()..scale {
                    m = m.checked_mul(10).ok_or(WeightOverflow)?;
                }
                Ok(m)
            })
            .collect()
    };
    if comps.iter().all(|c| c.weight.is_some()) {
        return scaled(comps.iter().map(|c| c.weight.unwrap_or_default()).collect());
    }
    if comps.iter().all(|c| c.unit_price.is_some()) {
        let list = scaled(
            comps
                .iter()
                .map(|c| c.unit_price.unwrap_or_default())
                .collect(),
        )?;
        return list
            .iter()
            .zip(comps)
            .map(|(p, c)| p.checked_mul(i128::from(c.quantity)).ok_or(WeightOverflow))
            .collect();
    }
    Ok(comps.iter().map(|c| i128::from(c.quantity)).collect())
}

/// Weights too large to compare.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WeightOverflow;

impl WeightOverflow {
    fn into_error(self, field: &str) -> Error {
        Error::AmountOutOfRange {
            field: field.into(),
        }
    }
}

/// Component `c` of order line `src`, whose ledger line is `l` and whose tax charged is
/// `charged`: its share of what whole-bundle returns left of the line, and its units.
/// `prior` is the component's units already returned alone.
pub(crate) fn component_share(
    src: &OrderLine,
    l: &LedgerLine,
    charged: &[i64],
    c: usize,
    prior: i64,
) -> Result<ComponentShare> {
    let q = src.quantity;
    let r = l.prior_units;
    let per_bundle = src.components.get(c).map_or(0, |comp| comp.quantity);
    // What the whole bundles returned took, as the refund engine paid it.
    let paid_before = cumulative(l.paid(), q, r);
    let discount_before = l.unit * r - paid_before;
    let total_discount = l.line_discount + l.order_discount;
    let od_before = if total_discount == 0 || discount_before == 0 {
        0
    } else {
        // At most the order discount, which fits in i64.
        div_round_half_up(
            i128::from(discount_before) * i128::from(l.order_discount),
            i128::from(total_discount),
        ) as i64
    };
    let weights = weights(src).map_err(|e| e.into_error("components"))?;
    let mut out = vec![0i64; weights.len()];
    let mut scratch = Vec::new();
    let mut share = |total: i64| -> Result<i64> {
        allocate_minor(total, &weights, &mut out, &mut scratch)
            .map_err(|e| e.into_error("components"))?;
        Ok(out.get(c).copied().unwrap_or(0))
    };
    let paid = share(l.paid() - paid_before)?;
    let order_discount = share(l.order_discount - od_before)?;
    let line_discount = share(l.line_discount - (discount_before - od_before))?;
    let mut taxes = Vec::with_capacity(charged.len());
    for &t in charged {
        taxes.push(share(t - cumulative(t, q, r))?);
    }
    let left = q - r;
    let returnable = (src.returnable_quantity() - r).clamp(0, left);
    Ok(ComponentShare {
        units: left * per_bundle,
        returnable: returnable * per_bundle,
        prior,
        line_discount,
        order_discount,
        paid,
        taxes,
    })
}

/// The component a request line names, checked against the order line: its position, or an
/// error on `lines[j].component_id` when the line has no such component.
pub(crate) fn claim_component(src: &OrderLine, id: &SmolStr, j: usize) -> Result<usize> {
    find_component(src, id).ok_or_else(|| Error::InvalidValue {
        field: format!("lines[{j}].component_id"),
        reason: if src.components.is_empty() {
            format!("line `{}` is not a bundle", src.id)
        } else {
            format!("line `{}` has no component `{id}`", src.id)
        },
    })
}

/// Request lines, each an order line id and the component it returns alone (if any): each
/// component at most once, and never with a whole-bundle return of the same line (`taken`
/// marks the lines returned whole).
#[cold]
#[inline(never)]
pub(crate) fn check_bundle_lines<'r>(
    ledger: &OrderLedger<'_>,
    lines: impl Iterator<Item = (&'r SmolStr, Option<&'r SmolStr>)> + Clone,
    taken: Option<&[bool]>,
) -> Result<()> {
    for (j, (line_id, comp)) in lines.clone().enumerate() {
        let Some(comp) = comp else {
            continue;
        };
        let i = ledger.find_line(line_id, j).unwrap_or(usize::MAX);
        if taken.and_then(|t| t.get(i)).copied().unwrap_or(false) {
            return Err(Error::InvalidValue {
                field: format!("lines[{j}].component_id"),
                reason: format!(
                    "bundle `{line_id}` is also returned whole by another request line"
                ),
            });
        }
        let twice = lines
            .clone()
            .take(j)
            .any(|(other, c)| other == line_id && c == Some(comp));
        if twice {
            return Err(Error::DuplicateId {
                field: format!("lines[{j}].component_id"),
                id: comp.to_string(),
            });
        }
    }
    Ok(())
}
