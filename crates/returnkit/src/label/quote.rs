//! Label quotes: every service that can carry a return, priced parcel by parcel, and the
//! cheapest that meets the constraints chosen.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::card::{LabelBilling, LabelFormat, RateCard};
use super::parcel::{pack, Packaging, ParcelItem, Unit};
use super::units::{cmp, non_negative, same, UnitSystem};
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::order::{Address, Order};
use crate::policy::window::add_days;

/// What to quote a return label for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabelRequest {
    /// Where the parcel is picked up or dropped off: the customer's address.
    pub origin: Address,
    /// What goes back.
    pub items: Vec<ParcelItem>,
    /// How the shop packs returns.
    #[serde(default)]
    pub packaging: Packaging,
    /// Which labels are acceptable.
    #[serde(default)]
    pub constraints: LabelConstraints,
    /// The share of pay-on-use labels that get used, from 0 to 1. Defaults to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    pub expected_use_rate: Option<Decimal>,
    /// The cards' zone to price at, when the destination fixes it (a routed return); absent,
    /// the zone the cards give the origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

/// Which labels are acceptable.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabelConstraints {
    /// Acceptable billing; empty means any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub billing: Vec<LabelBilling>,
    /// Acceptable formats; empty means any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<LabelFormat>,
    /// The slowest acceptable transit, in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_transit_days: Option<i64>,
    /// Prices must be in this currency (the order's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
}

/// The label chosen and the alternatives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct LabelQuote {
    /// The cheapest acceptable label, by expected cost.
    pub chosen: LabelOption,
    /// Other acceptable labels, cheapest first.
    pub alternatives: Vec<LabelOption>,
    /// Services that could not carry the return or did not meet the constraints, and why.
    pub rejected: Vec<RejectedService>,
}

/// One priced label (or set of labels, one per parcel).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct LabelOption {
    /// Carrier.
    pub carrier: String,
    /// Service.
    pub service: String,
    /// Whether the figures are a shipped sample.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// The zone of the origin.
    pub zone: String,
    /// When it is paid for.
    pub billing: LabelBilling,
    /// How the customer hands it over.
    pub format: LabelFormat,
    /// Currency of the prices.
    pub currency: Currency,
    /// `lb` or `kg`.
    pub weight_unit: String,
    /// The parcels, each with its price.
    pub parcels: Vec<PricedParcel>,
    /// What the labels cost if used.
    #[serde(with = "crate::wire::WireDecimal")]
    pub cost: Decimal,
    /// What the shop expects to pay: the cost, or for pay-on-use labels the cost times the use
    /// rate.
    #[serde(with = "crate::wire::WireDecimal")]
    pub expected_cost: Decimal,
    /// Days the label stays valid.
    pub validity_days: i64,
    /// Transit days, when the card gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transit_days: Option<i64>,
    /// Days an unused prepaid label can be voided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void_days: Option<i64>,
}

impl LabelOption {
    /// The last day the label can be used, when issued on `issued`.
    ///
    /// ```
    /// # use returnkit::label::*;
    /// # let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
    /// # let req: LabelRequest = returnkit::from_json(r#"{"origin": {"country": "US", "postal_code": "10001"},
    /// #   "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}]}"#).unwrap();
    /// let option = quote_label(&[card], &req).unwrap().chosen;
    /// let issued = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    /// assert_eq!(option.expires_on(issued).to_string(), "2027-03-03"); // 100 days
    /// ```
    pub fn expires_on(&self, issued: NaiveDate) -> NaiveDate {
        add_days(issued, self.validity_days)
    }
}

/// One parcel and its price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct PricedParcel {
    /// Units in it.
    pub units: i64,
    /// Actual weight, packaging included.
    #[serde(with = "crate::wire::WireDecimal")]
    pub actual_weight: Decimal,
    /// Volume over the divisor.
    #[serde(with = "crate::wire::WireDecimal")]
    pub dimensional_weight: Decimal,
    /// The larger of the actual and the dimensional weight, rounded up to the card's step.
    #[serde(with = "crate::wire::WireDecimal")]
    pub billable_weight: Decimal,
    /// The bracket price for the zone.
    #[serde(with = "crate::wire::WireDecimal")]
    pub base: Decimal,
    /// Fuel surcharge.
    #[serde(with = "crate::wire::WireDecimal")]
    pub fuel: Decimal,
    /// Residential surcharge.
    #[serde(with = "crate::wire::WireDecimal")]
    pub residential: Decimal,
    /// Per-label fee.
    #[serde(with = "crate::wire::WireDecimal")]
    pub per_label: Decimal,
    /// Charged only when a pay-on-use label is used.
    #[serde(with = "crate::wire::WireDecimal")]
    pub on_use: Decimal,
    /// Everything for this parcel.
    #[serde(with = "crate::wire::WireDecimal")]
    pub total: Decimal,
    /// The destination the parcel goes to, in a routed return (see `docs/routing.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}

/// A service that can't take the return, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RejectedService {
    /// Carrier.
    pub carrier: String,
    /// Service.
    pub service: String,
    /// Why.
    pub reason: String,
}

/// Prices the return with every card and chooses the cheapest acceptable label.
///
/// ```
/// use returnkit::label::{quote_label, LabelRequest, RateCard};
/// let card = RateCard::from_json(include_str!("../../samples/us-ground.json")).unwrap();
/// let req: LabelRequest = returnkit::from_json(r#"{
///   "origin": {"country": "US", "postal_code": "94105"},
///   "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "3", "unit": "lb"},
///              "dimensions": {"length": "12", "width": "12", "height": "12", "unit": "in"}}]
/// }"#).unwrap();
/// let quote = quote_label(&[card], &req).unwrap();
/// assert_eq!(quote.chosen.parcels[0].billable_weight.to_string(), "13");
/// ```
pub fn quote_label(cards: &[RateCard], request: &LabelRequest) -> Result<LabelQuote> {
    let use_rate = request.expected_use_rate.unwrap_or(Decimal::ONE);
    if use_rate < Decimal::ZERO || use_rate > Decimal::ONE {
        return Err(Error::InvalidValue {
            field: "expected_use_rate".into(),
            reason: format!("a rate is from 0 to 1, got {use_rate}"),
        });
    }
    if request.items.is_empty() {
        return Err(Error::InvalidValue {
            field: "items".into(),
            reason: "a label needs something to carry".into(),
        });
    }
    let mut units_by_system: [Option<Vec<Unit>>; 2] = [None, None];
    let mut packings: Vec<Packing> = Vec::new();
    let mut options = Vec::with_capacity(cards.len());
    let mut rejected = Vec::new();
    for card in cards {
        let system_index = match card.units {
            UnitSystem::Imperial => 0,
            UnitSystem::Metric => 1,
        };
        let units = match units_by_system.get_mut(system_index) {
            Some(slot @ None) => slot.insert(units_in(card.units, &request.items)?),
            Some(Some(units)) => units,
            None => continue,
        };
        match price(card, request, units, &mut packings, use_rate)? {
            Ok(option) => {
                let c = &request.constraints;
                let reason = if c.currency.is_some_and(|cur| cur != card.currency) {
                    Some(format!(
                        "prices are in {}, not the order's currency",
                        card.currency
                    ))
                } else if !c.billing.is_empty() && !c.billing.contains(&card.billing) {
                    Some("its billing is not acceptable".to_string())
                } else if !c.formats.is_empty() && !c.formats.contains(&card.format) {
                    Some("its label format is not acceptable".to_string())
                } else if let Some(max) = c.max_transit_days {
                    match option.transit_days {
                        Some(days) if days > max => {
                            Some(format!("{days} transit days is over the {max} allowed"))
                        }
                        None => Some("the card gives no transit time".to_string()),
                        Some(_) => None,
                    }
                } else {
                    None
                };
                match reason {
                    None => options.push(option),
                    Some(reason) => rejected.push(reject(card, reason)),
                }
            }
            Err(reason) => rejected.push(reject(card, reason)),
        }
    }
    // Cheapest expected cost first; ties keep the cards' order.
    crate::sort::sort_by(&mut options, |a, b| cmp(&a.expected_cost, &b.expected_cost));
    let mut options = options.into_iter();
    let Some(chosen) = options.next() else {
        let why: Vec<String> = rejected
            .iter()
            .map(|r| format!("{} {}: {}", r.carrier, r.service, r.reason))
            .collect();
        return Err(Error::NoLabelService {
            field: "items".into(),
            reason: if why.is_empty() {
                "no rate cards".into()
            } else {
                why.join("; ")
            },
        });
    };
    Ok(LabelQuote {
        chosen,
        alternatives: options.collect(),
        rejected,
    })
}

fn reject(card: &RateCard, reason: String) -> RejectedService {
    RejectedService {
        carrier: card.carrier.clone(),
        service: card.service.clone(),
        reason,
    }
}

/// The request's units in a unit system, heaviest first.
fn units_in(system: UnitSystem, items: &[ParcelItem]) -> Result<Vec<Unit>> {
    let mut units: Vec<Unit> = Vec::with_capacity(items.len());
    // The previous item, converted: lines of one product often weigh and measure the same,
    // and converting is a handful of decimal operations.
    let mut previous: Option<&ParcelItem> = None;
    for (i, item) in items.iter().enumerate() {
        if item.quantity < 1 || item.quantity > 10_000 {
            return Err(Error::InvalidQuantity {
                field: format!("items[{i}].quantity"),
                quantity: item.quantity,
            });
        }
        if let (Some(prev), Some(&unit)) = (previous, units.last()) {
            if same_size(prev, item) {
                for _ in 0..item.quantity {
                    units.push(unit);
                }
                continue;
            }
        }
        previous = Some(item);
        let weight = system
            .weight(item.weight)
            .filter(non_negative)
            .ok_or_else(|| Error::InvalidValue {
                field: format!("items[{i}].weight"),
                reason: "a weight is a non-negative number".into(),
            })?;
        let sides = match item.dimensions {
            None => [Decimal::ZERO; 3],
            Some(d) => system
                .sides(d)
                .filter(|s| s.iter().all(non_negative))
                .ok_or_else(|| Error::InvalidValue {
                    field: format!("items[{i}].dimensions"),
                    reason: "sides are non-negative numbers".into(),
                })?,
        };
        for _ in 0..item.quantity {
            units.push(Unit { weight, sides });
        }
    }
    crate::sort::sort_by(&mut units, |a, b| cmp(&b.weight, &a.weight));
    Ok(units)
}

/// Whether two items have the same weight and size, written the same way, so that they
/// convert to the same unit.
fn same_size(a: &ParcelItem, b: &ParcelItem) -> bool {
    a.weight.unit == b.weight.unit
        && same(&a.weight.value, &b.weight.value)
        && match (&a.dimensions, &b.dimensions) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.unit == y.unit
                    && same(&x.length, &y.length)
                    && same(&x.width, &y.width)
                    && same(&x.height, &y.height)
            }
            _ => false,
        }
}

/// The parcels for the cards that pack and weigh alike: the same unit system (so the same
/// units, tare and box), parcel limits, divisor and weight step. A carrier's services often
/// share all of these, so each set is packed and weighed once per quote.
struct Packing {
    system: UnitSystem,
    max_weight: Option<Decimal>,
    max_side: Option<Decimal>,
    divisor: Option<Decimal>,
    step: Decimal,
    /// `None` when a single unit is over the limits.
    parcels: Option<Vec<Weighed>>,
}

/// A packed parcel with its weights.
struct Weighed {
    units: i64,
    weight: Decimal,
    /// The dimensional weight as shown.
    dimensional: Decimal,
    billable: Decimal,
}

impl Packing {
    fn fits(&self, card: &RateCard) -> bool {
        let limits = card.max_parcel.as_ref();
        let same_opt = |a: Option<Decimal>, b: Option<Decimal>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => same(&a, &b),
            _ => false,
        };
        self.system == card.units
            && same_opt(self.max_weight, limits.map(|l| l.weight))
            && same_opt(self.max_side, limits.and_then(|l| l.longest_side))
            && same_opt(self.divisor, card.dim_divisor)
            && same(&self.step, &card.weight_step)
    }

    fn new(
        card: &RateCard,
        units: &[Unit],
        tare: Decimal,
        fixed_box: Option<[Decimal; 3]>,
    ) -> Packing {
        let limits = card.max_parcel.as_ref();
        let divisor = card.dim_divisor.unwrap_or(Decimal::ZERO);
        let parcels = pack(units, card, tare, fixed_box).ok().map(|parcels| {
            parcels
                .iter()
                .map(|p| {
                    let dim = p.dimensional_weight(divisor);
                    Weighed {
                        units: p.units,
                        weight: p.weight,
                        dimensional: round_dim(dim),
                        billable: p.billable_weight(dim, card),
                    }
                })
                .collect()
        });
        Packing {
            system: card.units,
            max_weight: limits.map(|l| l.weight),
            max_side: limits.and_then(|l| l.longest_side),
            divisor: card.dim_divisor,
            step: card.weight_step,
            parcels,
        }
    }
}

/// Prices the units with one card: the option, or why the card can't carry them.
fn price(
    card: &RateCard,
    request: &LabelRequest,
    units: &[Unit],
    packings: &mut Vec<Packing>,
    use_rate: Decimal,
) -> Result<Result<LabelOption, String>> {
    let origin = &request.origin;
    let zone = match &request.zone {
        Some(zone) => Some(zone.as_str()),
        None => card.zone_for(&origin.country, &origin.postal_code),
    };
    let Some(zone) = zone else {
        return Ok(Err(format!(
            "no zone covers {} {}",
            origin.country, origin.postal_code
        )));
    };
    let tare = match request.packaging.tare {
        Some(w) => card.units.weight(w).ok_or_else(|| Error::InvalidValue {
            field: "packaging.tare".into(),
            reason: "not a weight".into(),
        })?,
        None => Decimal::ZERO,
    };
    let fixed_box = match request.packaging.box_size {
        Some(d) => Some(card.units.sides(d).ok_or_else(|| Error::InvalidValue {
            field: "packaging.box_size".into(),
            reason: "not a size".into(),
        })?),
        None => None,
    };
    let packing = match packings.iter().position(|p| p.fits(card)) {
        Some(k) => packings.get(k),
        None => {
            packings.push(Packing::new(card, units, tare, fixed_box));
            packings.last()
        }
    };
    let Some(parcels) = packing.and_then(|p| p.parcels.as_ref()) else {
        return Ok(Err(
            "a single unit is over the service's size or weight limit".into(),
        ));
    };
    let digits = card.currency.minor_digits();
    let round = |d: Decimal| {
        d.round_dp_with_strategy(digits, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let s = &card.surcharges;
    let mut priced = Vec::with_capacity(parcels.len());
    let mut cost = Decimal::ZERO;
    for p in parcels {
        let billable = p.billable;
        let Some(bracket) = card
            .brackets
            .iter()
            .find(|b| cmp(&b.max_weight, &billable).is_ge())
        else {
            return Ok(Err(format!(
                "a parcel bills at {billable}, above the largest bracket ({})",
                card.max_weight()
            )));
        };
        let Some(&base) = bracket.prices.get(zone) else {
            return Ok(Err(format!("no price for zone {zone}")));
        };
        let fuel = round(base * s.fuel_percent / Decimal::ONE_HUNDRED);
        let residential = if origin.residential {
            s.residential
        } else {
            Decimal::ZERO
        };
        let on_use = if card.billing == LabelBilling::PayOnUse {
            s.on_use
        } else {
            Decimal::ZERO
        };
        let total = round(base + fuel + residential + s.per_label + on_use);
        cost += total;
        priced.push(PricedParcel {
            units: p.units,
            actual_weight: p.weight.normalize(),
            dimensional_weight: p.dimensional,
            billable_weight: billable.normalize(),
            base,
            fuel,
            residential,
            per_label: s.per_label,
            on_use,
            total,
            destination: None,
        });
    }
    let expected_cost = match card.billing {
        LabelBilling::Prepaid => cost,
        LabelBilling::PayOnUse => round(cost * use_rate),
    };
    Ok(Ok(LabelOption {
        carrier: card.carrier.clone(),
        service: card.service.clone(),
        sample: card.sample,
        zone: zone.to_string(),
        billing: card.billing,
        format: card.format,
        currency: card.currency,
        weight_unit: match card.units {
            UnitSystem::Imperial => "lb".into(),
            UnitSystem::Metric => "kg".into(),
        },
        parcels: priced,
        cost,
        expected_cost,
        validity_days: card.validity_days,
        transit_days: card.transit_days.get(zone).copied(),
        void_days: card.void_days,
    }))
}

/// Dimensional weight shown to two decimals (it is only compared, never billed, unrounded).
fn round_dim(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// The parcel items for `units` of each line of `order`, from the lines' weights and sizes.
/// A line without a weight is an error: a label can't be priced without it.
pub fn items_from_order<'a>(
    order: &Order,
    lines: impl IntoIterator<Item = (&'a str, i64)>,
) -> Result<Vec<ParcelItem>> {
    let mut items = Vec::new();
    for (line_id, quantity) in lines {
        let Some((i, line)) = order
            .lines
            .iter()
            .enumerate()
            .find(|(_, l)| &*l.id == line_id)
        else {
            return Err(Error::UnknownLine {
                field: "lines".into(),
                line_id: line_id.into(),
            });
        };
        let weight = line.weight.ok_or_else(|| Error::InvalidValue {
            field: format!("lines[{i}].weight"),
            reason: "a return label can't be priced without the item's weight".into(),
        })?;
        items.push(ParcelItem {
            line_id: line_id.into(),
            quantity,
            weight,
            dimensions: line.dimensions,
        });
    }
    Ok(items)
}
