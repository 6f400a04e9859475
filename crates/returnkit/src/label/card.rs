//! Rate cards: what a carrier service charges to bring a parcel back, by zone and weight, as
//! data that carriers and merchants supply. Loaded from JSON or TOML and validated with a path
//! for every problem.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::units::UnitSystem;
use crate::error::{Error, Result};
use crate::money::Currency;

/// A carrier service's prices for return labels.
///
/// ```
/// use returnkit::label::RateCard;
/// let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
/// assert_eq!(card.zones.iter().map(|z| &z.zone).collect::<std::collections::BTreeSet<_>>().len(), 8);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RateCard {
    /// The carrier, such as `UPS`.
    pub carrier: String,
    /// The service, such as `Ground Returns`.
    pub service: String,
    /// Marks made-up figures (the samples that ship with returnkit).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// Currency of every price.
    pub currency: Currency,
    /// Inches and pounds, or centimetres and kilograms.
    pub units: UnitSystem,
    /// Volume per unit of weight for dimensional weight: 139 (in³/lb) or 5000 (cm³/kg).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim_divisor: Option<Decimal>,
    /// Billable weights round up to a multiple of this: 1 (whole pounds) or 0.5 (kg).
    pub weight_step: Decimal,
    /// Zones by where the parcel comes from (the customer's address).
    pub zones: Vec<ZoneRange>,
    /// Prices by weight, lightest bracket first.
    pub brackets: Vec<WeightBracket>,
    /// Surcharges on top of the bracket price.
    #[serde(default)]
    pub surcharges: Surcharges,
    /// When the label is paid for.
    #[serde(default)]
    pub billing: LabelBilling,
    /// How the customer hands the parcel over.
    #[serde(default)]
    pub format: LabelFormat,
    /// Days a label stays valid after it is issued.
    pub validity_days: i64,
    /// Days an unused prepaid label can be voided for a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void_days: Option<i64>,
    /// Transit days by zone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub transit_days: BTreeMap<String, i64>,
    /// The largest parcel the service takes; bigger returns are split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_parcel: Option<ParcelLimits>,
}

/// Origins that fall in a zone: a country, optionally narrowed to postal codes whose prefix lies
/// in `postal_from..=postal_to` (compared on as many characters as the bounds have).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ZoneRange {
    /// The zone's name, as used in the brackets.
    pub zone: String,
    /// Origin country (ISO 3166-1 alpha-2).
    pub country: String,
    /// Lowest postal prefix, such as `900`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_from: Option<String>,
    /// Highest postal prefix, such as `961`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_to: Option<String>,
}

/// The prices for parcels up to a billable weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WeightBracket {
    /// The heaviest billable weight in this bracket, in the card's unit.
    pub max_weight: Decimal,
    /// Price per zone.
    pub prices: BTreeMap<String, Decimal>,
}

/// Surcharges on a label.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Surcharges {
    /// Fuel surcharge, a percent of the bracket price.
    #[serde(default)]
    pub fuel_percent: Decimal,
    /// Per parcel picked up from a home address.
    #[serde(default)]
    pub residential: Decimal,
    /// Per label.
    #[serde(default)]
    pub per_label: Decimal,
    /// Per label, charged only when a pay-on-use label is used.
    #[serde(default)]
    pub on_use: Decimal,
}

/// When a label is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LabelBilling {
    /// When it is created.
    #[default]
    Prepaid,
    /// Only when it is first scanned by the carrier.
    PayOnUse,
}

/// How the customer hands a parcel over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LabelFormat {
    /// A label the customer prints.
    #[default]
    Printed,
    /// A QR code the carrier's counter prints (printerless).
    QrCode,
    /// Box-less drop-off at a returns point, which packs the item.
    BoxlessDropoff,
}

/// The largest parcel a service takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ParcelLimits {
    /// Heaviest actual weight.
    pub weight: Decimal,
    /// Longest side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longest_side: Option<Decimal>,
}

impl RateCard {
    /// The card itself when it is valid, or its first problem.
    pub fn validated(self) -> Result<RateCard> {
        match self.check().into_iter().next() {
            Some(e) => Err(e),
            None => Ok(self),
        }
    }

    /// Every problem with the card, each with its path.
    ///
    /// ```
    /// use returnkit::label::RateCard;
    /// let mut card: RateCard = returnkit::from_json(include_str!("../../samples/us-ground.json")).unwrap();
    /// card.dim_divisor = None;
    /// assert_eq!(card.check()[0].field(), "dim_divisor");
    /// ```
    pub fn check(&self) -> Vec<Error> {
        let mut errors = Vec::new();
        let mut fail = |field: String, reason: String| {
            errors.push(Error::InvalidRateCard { field, reason });
        };
        self.check_terms(&mut fail);
        self.check_zones(&mut fail);
        self.check_zone_coverage(&mut fail);
        self.check_brackets(&mut fail);
        self.check_limits(&mut fail);
        errors
    }

    /// The divisor, weight step, validity and surcharges: in range.
    fn check_terms(&self, fail: &mut impl FnMut(String, String)) {
        match self.dim_divisor {
            None => fail(
                "dim_divisor".into(),
                "give the dimensional-weight divisor, such as 139 or 5000".into(),
            ),
            Some(d) if d <= Decimal::ZERO => {
                fail("dim_divisor".into(), format!("must be positive, got {d}"))
            }
            Some(_) => {}
        }
        if self.weight_step <= Decimal::ZERO {
            fail(
                "weight_step".into(),
                format!("must be positive, got {}", self.weight_step),
            );
        }
        if self.validity_days < 1 {
            fail(
                "validity_days".into(),
                format!("must be at least 1, got {}", self.validity_days),
            );
        }
        if let Some(v) = self.void_days {
            if v < 0 {
                fail("void_days".into(), format!("must not be negative, got {v}"));
            }
        }
        let s = &self.surcharges;
        for (name, v) in [
            ("fuel_percent", s.fuel_percent),
            ("residential", s.residential),
            ("per_label", s.per_label),
            ("on_use", s.on_use),
        ] {
            if v < Decimal::ZERO {
                fail(
                    format!("surcharges.{name}"),
                    format!("must not be negative, got {v}"),
                );
            }
        }
        if s.fuel_percent > Decimal::ONE_HUNDRED {
            fail(
                "surcharges.fuel_percent".into(),
                format!("a percent is from 0 to 100, got {}", s.fuel_percent),
            );
        }
    }

    /// Zones: well-formed ranges, at least one.
    fn check_zones(&self, fail: &mut impl FnMut(String, String)) {
        if self.zones.is_empty() {
            fail("zones".into(), "a card needs at least one zone".into());
        }
        for (z, range) in self.zones.iter().enumerate() {
            let at = format!("zones[{z}]");
            if range.country.len() != 2 {
                fail(
                    format!("{at}.country"),
                    format!("`{}` is not a two-letter country code", range.country),
                );
            }
            match (&range.postal_from, &range.postal_to) {
                (Some(from), Some(to)) => {
                    if from.len() != to.len() || from.is_empty() {
                        fail(
                            at.clone(),
                            "postal_from and postal_to need the same number of characters".into(),
                        );
                    } else if from > to {
                        fail(
                            at.clone(),
                            format!("postal_from {from} is above postal_to {to}"),
                        );
                    }
                }
                (None, None) => {}
                _ => fail(
                    at.clone(),
                    "give both postal_from and postal_to, or neither".into(),
                ),
            }
        }
    }

    /// Zones of one country: no overlaps and no gaps between their postal ranges.
    fn check_zone_coverage(&self, fail: &mut impl FnMut(String, String)) {
        let mut sorted: Vec<(usize, &ZoneRange)> = self.zones.iter().enumerate().collect();
        crate::sort::sort_by(&mut sorted, |(_, a), (_, b)| {
            (&a.country, &a.postal_from).cmp(&(&b.country, &b.postal_from))
        });
        for pair in sorted.windows(2) {
            let [(_, a), (j, b)] = pair else { continue };
            if a.country != b.country {
                continue;
            }
            let at = format!("zones[{j}]");
            match (&a.postal_from, &a.postal_to, &b.postal_from) {
                (Some(_), Some(a_to), Some(b_from)) if a_to.len() == b_from.len() => {
                    if b_from <= a_to {
                        fail(
                            at,
                            format!("overlaps another range of {} up to {a_to}", a.country),
                        );
                    } else if let (Ok(hi), Ok(lo)) = (a_to.parse::<u64>(), b_from.parse::<u64>()) {
                        if lo > hi + 1 {
                            fail(
                                at,
                                format!(
                                    "leaves a gap in {}: nothing covers {} to {}",
                                    a.country,
                                    hi + 1,
                                    lo - 1
                                ),
                            );
                        }
                    }
                }
                _ => fail(at, format!("{} is covered twice", a.country)),
            }
        }
    }

    /// Brackets: increasing weights, a price for every zone, none negative.
    fn check_brackets(&self, fail: &mut impl FnMut(String, String)) {
        if self.brackets.is_empty() {
            fail(
                "brackets".into(),
                "a card needs at least one weight bracket".into(),
            );
        }
        let zones: std::collections::BTreeSet<&str> =
            self.zones.iter().map(|z| z.zone.as_str()).collect();
        let mut previous: Option<Decimal> = None;
        for (b, bracket) in self.brackets.iter().enumerate() {
            let at = format!("brackets[{b}]");
            if bracket.max_weight <= Decimal::ZERO {
                fail(format!("{at}.max_weight"), "must be positive".into());
            }
            if let Some(p) = previous {
                if bracket.max_weight <= p {
                    fail(
                        format!("{at}.max_weight"),
                        format!("overlaps the bracket before, which goes up to {p}"),
                    );
                }
            }
            previous = Some(bracket.max_weight);
            for zone in &zones {
                if !bracket.prices.contains_key(*zone) {
                    fail(
                        format!("{at}.prices"),
                        format!("no price for zone `{zone}`"),
                    );
                }
            }
            for (zone, price) in &bracket.prices {
                if !zones.contains(zone.as_str()) {
                    fail(
                        format!("{at}.prices.{zone}"),
                        "no zone has this name".into(),
                    );
                }
                if *price < Decimal::ZERO {
                    fail(
                        format!("{at}.prices.{zone}"),
                        format!("must not be negative, got {price}"),
                    );
                }
            }
        }
    }

    /// The parcel limits against the brackets, and transit days.
    fn check_limits(&self, fail: &mut impl FnMut(String, String)) {
        if let (Some(limits), Some(top)) = (&self.max_parcel, self.brackets.last()) {
            if limits.weight <= Decimal::ZERO {
                fail("max_parcel.weight".into(), "must be positive".into());
            }
            if limits.weight > top.max_weight {
                fail(
                    "max_parcel.weight".into(),
                    format!(
                        "parcels up to {} are accepted but the largest bracket stops at {}",
                        limits.weight, top.max_weight
                    ),
                );
            }
            if limits.longest_side.is_some_and(|s| s <= Decimal::ZERO) {
                fail("max_parcel.longest_side".into(), "must be positive".into());
            }
        }
        for (zone, days) in &self.transit_days {
            if *days < 0 {
                fail(
                    format!("transit_days.{zone}"),
                    format!("must not be negative, got {days}"),
                );
            }
        }
    }

    /// The zone a parcel from `country` and `postal_code` falls in.
    pub fn zone_for(&self, country: &str, postal_code: &str) -> Option<&str> {
        self.zones
            .iter()
            .find(|z| {
                z.country == country
                    && match (&z.postal_from, &z.postal_to) {
                        (Some(from), Some(to)) => {
                            let prefix = postal_code.get(..from.len()).unwrap_or(postal_code);
                            prefix.len() == from.len()
                                && prefix >= from.as_str()
                                && prefix <= to.as_str()
                        }
                        _ => true,
                    }
            })
            .map(|z| z.zone.as_str())
    }

    /// The heaviest billable weight the card prices.
    pub fn max_weight(&self) -> Decimal {
        self.brackets.last().map_or(Decimal::ZERO, |b| b.max_weight)
    }
}
