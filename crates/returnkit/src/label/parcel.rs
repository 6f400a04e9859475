//! Parcels: the returned units packed into boxes a carrier takes, and what each box bills at.
//!
//! Without a box from the shop, units are stacked: the box is as long and wide as the largest
//! unit and as high as the units' heights together. Units go in heaviest first, and a new box
//! starts when the next unit would break the carrier's weight or size limit.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::card::RateCard;
use super::units::{cmp, max, round_up_to};
use crate::order::{Dimensions, Weight};

/// Units of one order line, to be shipped back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ParcelItem {
    /// The order line.
    pub line_id: String,
    /// Units.
    pub quantity: i64,
    /// Weight of one unit.
    pub weight: Weight,
    /// Packed size of one unit, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Dimensions>,
}

/// How the shop packs returns.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Packaging {
    /// Weight of the empty box, added to every parcel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tare: Option<Weight>,
    /// A fixed box size, when the shop sends one; otherwise units are stacked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub box_size: Option<Dimensions>,
}

/// One unit in the card's units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    pub weight: Decimal,
    /// Longest side first; zero when unknown.
    pub sides: [Decimal; 3],
}

/// A packed parcel in the card's units.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parcel {
    pub units: i64,
    pub weight: Decimal,
    /// Longest side first.
    pub sides: [Decimal; 3],
}

impl Parcel {
    fn empty(tare: Decimal) -> Parcel {
        Parcel {
            units: 0,
            weight: tare,
            sides: [Decimal::ZERO; 3],
        }
    }

    /// The box with `u` stacked in: as long and wide as the largest unit, heights added.
    fn with(&self, u: &Unit) -> Parcel {
        let [l, w, h] = self.sides;
        let [ul, uw, uh] = u.sides;
        let mut sides = [max(l, ul), max(w, uw), h + uh];
        crate::sort::three_descending(&mut sides, cmp);
        Parcel {
            units: self.units + 1,
            weight: self.weight + u.weight,
            sides,
        }
    }

    /// Dimensional weight: volume over the card's divisor.
    pub fn dimensional_weight(&self, divisor: Decimal) -> Decimal {
        let [l, w, h] = self.sides;
        if divisor <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        l.checked_mul(w)
            .and_then(|v| v.checked_mul(h))
            .and_then(|v| v.checked_div(divisor))
            .unwrap_or(Decimal::MAX)
    }

    /// The larger of actual weight and `dim`, the dimensional weight, rounded up to the
    /// card's step.
    pub fn billable_weight(&self, dim: Decimal, card: &RateCard) -> Decimal {
        round_up_to(max(self.weight, dim), card.weight_step)
    }
}

/// Why units can't be packed for a card.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PackingError {
    /// One unit alone is over the card's limits.
    UnitTooLarge,
}

/// Packs `units` (heaviest first) into parcels within the card's limits.
pub(crate) fn pack(
    units: &[Unit],
    card: &RateCard,
    tare: Decimal,
    fixed_box: Option<[Decimal; 3]>,
) -> Result<Vec<Parcel>, PackingError> {
    let max_weight = card.max_parcel.as_ref().map(|l| l.weight);
    let max_side = card.max_parcel.as_ref().and_then(|l| l.longest_side);
    let fits = |p: &Parcel| {
        let sides = fixed_box.unwrap_or(p.sides);
        max_weight.is_none_or(|m| cmp(&p.weight, &m).is_le())
            && max_side.is_none_or(|m| cmp(&sides[0], &m).is_le())
    };
    let mut parcels = Vec::new();
    let mut current = Parcel::empty(tare);
    for u in units {
        let next = current.with(u);
        if fits(&next) {
            current = next;
            continue;
        }
        if current.units == 0 {
            return Err(PackingError::UnitTooLarge);
        }
        let alone = Parcel::empty(tare).with(u);
        if !fits(&alone) {
            return Err(PackingError::UnitTooLarge);
        }
        parcels.push(std::mem::replace(&mut current, alone));
    }
    if current.units > 0 {
        parcels.push(current);
    }
    if let Some(sides) = fixed_box {
        for p in &mut parcels {
            p.sides = sides;
        }
    }
    Ok(parcels)
}
