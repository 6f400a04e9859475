//! Weights and lengths in the units a rate card uses, converted exactly (an inch is 2.54 cm, a
//! pound 0.45359237 kg), and rounding a weight up to the card's step.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::order::{Dimensions, LengthUnit, Weight, WeightUnit};

/// The unit system of a rate card: inches and pounds, or centimetres and kilograms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnitSystem {
    /// Inches and pounds; dimensional divisors such as 139 in³/lb.
    Imperial,
    /// Centimetres and kilograms; dimensional divisors such as 5000 cm³/kg.
    Metric,
}

const KG_PER_LB: Decimal = dec!(0.45359237);
const CM_PER_IN: Decimal = dec!(2.54);

impl UnitSystem {
    /// `w` in this system's weight unit (pounds or kilograms).
    pub fn weight(self, w: Weight) -> Option<Decimal> {
        // Kilograms only when needed: pounds and ounces convert to pounds directly. (Scaling by
        // a factor below 1 can't overflow, so skipping it never hides an error.)
        let kg = || match w.unit {
            WeightUnit::Kg => Some(w.value),
            WeightUnit::G => w.value.checked_div(dec!(1000)),
            WeightUnit::Lb => w.value.checked_mul(KG_PER_LB),
            WeightUnit::Oz => w.value.checked_mul(KG_PER_LB)?.checked_div(dec!(16)),
        };
        match (self, w.unit) {
            (UnitSystem::Imperial, WeightUnit::Lb) => Some(w.value),
            (UnitSystem::Imperial, WeightUnit::Oz) => w.value.checked_div(dec!(16)),
            (UnitSystem::Imperial, _) => kg()?.checked_div(KG_PER_LB),
            (UnitSystem::Metric, _) => kg(),
        }
    }

    /// `d`'s three sides in this system's length unit (inches or centimetres), longest first.
    pub fn sides(self, d: Dimensions) -> Option<[Decimal; 3]> {
        let convert = |v: Decimal| match (self, d.unit) {
            (UnitSystem::Imperial, LengthUnit::In) | (UnitSystem::Metric, LengthUnit::Cm) => {
                Some(v)
            }
            (UnitSystem::Imperial, LengthUnit::Cm) => v.checked_div(CM_PER_IN),
            (UnitSystem::Metric, LengthUnit::In) => v.checked_mul(CM_PER_IN),
        };
        let mut sides = [convert(d.length)?, convert(d.width)?, convert(d.height)?];
        crate::sort::three_descending(&mut sides, cmp);
        Some(sides)
    }
}

/// `a` against `b`, exactly as `Decimal::cmp` orders them. The weights and lengths of a quote
/// mostly share a scale, and comparing their mantissas then skips rust_decimal's general
/// rescaling comparison, which took a third of a label quote.
#[inline]
pub(crate) fn cmp(a: &Decimal, b: &Decimal) -> Ordering {
    if a.scale() == b.scale() {
        a.mantissa().cmp(&b.mantissa())
    } else {
        a.cmp(b)
    }
}

/// `Decimal::max`, with the same tie-break (`a` when equal), which decides the scale shown.
#[inline]
pub(crate) fn max(a: Decimal, b: Decimal) -> Decimal {
    if cmp(&a, &b) == Ordering::Less {
        b
    } else {
        a
    }
}

/// `d >= 0`, without a comparison: only a negative sign on a nonzero value fails it.
#[inline]
pub(crate) fn non_negative(d: &Decimal) -> bool {
    !d.is_sign_negative() || d.is_zero()
}

/// Whether `a` and `b` are the same number written the same way (value and scale), so that
/// any computation gives the same result, down to the digits shown, from either.
pub(crate) fn same(a: &Decimal, b: &Decimal) -> bool {
    a.serialize() == b.serialize()
}

/// `w` rounded up to a whole multiple of `step` (1 for whole pounds, 0.5 for half kilograms).
pub(crate) fn round_up_to(w: Decimal, step: Decimal) -> Decimal {
    if step <= Decimal::ZERO {
        return w;
    }
    let units = (w / step).ceil();
    units * step
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_are_exact() {
        let lb = Weight {
            value: dec!(2),
            unit: WeightUnit::Lb,
        };
        assert_eq!(UnitSystem::Metric.weight(lb), Some(dec!(0.90718474)));
        let oz = Weight {
            value: dec!(8),
            unit: WeightUnit::Oz,
        };
        assert_eq!(UnitSystem::Imperial.weight(oz), Some(dec!(0.5)));
        let d = Dimensions {
            length: dec!(10),
            width: dec!(30),
            height: dec!(20),
            unit: LengthUnit::In,
        };
        assert_eq!(
            UnitSystem::Metric.sides(d),
            Some([dec!(76.20), dec!(50.80), dec!(25.40)])
        );
    }

    #[test]
    fn weights_round_up_to_the_step() {
        assert_eq!(round_up_to(dec!(12.43), dec!(1)), dec!(13));
        assert_eq!(round_up_to(dec!(13), dec!(1)), dec!(13));
        assert_eq!(round_up_to(dec!(2.01), dec!(0.5)), dec!(2.5));
    }
}
