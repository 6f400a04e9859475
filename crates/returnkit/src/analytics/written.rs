//! The report as it is written: every count and sum it holds (what merges), with the figures
//! derived from them beside (shares, return rates, the top denial reasons), computed as it is
//! written. Reading a report takes the counts and sums and ignores the derived figures.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::report::{
    share, CycleTimes, KeepItem, MoneyTally, OrderVolume, Period, ReturnsReport, SchemaVersion,
    Volume,
};

/// A volume with its return rate: units requested over the units sold of the same key (for
/// reasons and reason classes, over all units sold).
// The volume's members written out rather than flattened: serde's flatten would bring its
// buffering serializer into the WebAssembly back office for one struct.
#[derive(Serialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportVolume")
)]
struct VolumeOut {
    lines: u64,
    units_requested: u64,
    units_approved: u64,
    units_received: u64,
    units_accepted: u64,
    units_rejected: u64,
    /// Units requested over units sold (4 places), or `null` without an order feed.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    return_rate: Option<Decimal>,
}

#[derive(Serialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportDenialReason")
)]
struct DenialReason<'a> {
    code: &'a str,
    count: u64,
}

/// Figures for the whole report.
#[derive(Serialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportTotals")
)]
struct Totals {
    lines: u64,
    units_requested: u64,
    /// RMAs over orders in the feed.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    rma_rate: Option<Decimal>,
    /// Units requested over units sold in the feed.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::decimal::WireDecimal>")
    )]
    unit_return_rate: Option<Decimal>,
}

/// The returns report as written (docs/analytics.md): what merges, and the figures derived
/// from it. Reports merge with `returnkit report --merge` (`reportMerge` in JavaScript).
#[derive(Serialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
struct ReportOut<'a> {
    /// The report's schema version (1).
    schema_version: SchemaVersion,
    /// RMA documents counted.
    rmas: u64,
    /// The earliest and latest submission counted.
    period: &'a Period,
    /// Lines and units requested in all, and the return rates against the order feed.
    totals: Totals,
    /// Order volume, from the order feed.
    orders: &'a OrderVolume,
    /// RMAs by the decision's outcome: `approve`, `review`, `deny`.
    outcomes: &'a BTreeMap<String, u64>,
    /// Each outcome's share of the RMAs (4 places); `null` in an empty report.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "BTreeMap<String, Option<crate::wire::decimal::WireDecimal>>")
    )]
    outcome_shares: BTreeMap<String, Option<Decimal>>,
    /// RMAs by their authorization state now (`approved`, `closed`, `rejected`, ...).
    statuses: &'a BTreeMap<String, u64>,
    /// RMAs by resolution (`original_payment`, `store_credit`, `exchange`).
    resolutions: &'a BTreeMap<String, u64>,
    /// Denial reason codes, each counted once per line or return it denied.
    denial_reasons: &'a BTreeMap<String, u64>,
    /// The most frequent denial reasons, most first (ties by code), at most ten.
    top_denial_reasons: Vec<DenialReason<'a>>,
    /// Lines by the customer's reason code (`unknown` when the record has no request).
    by_reason: BTreeMap<&'a str, VolumeOut>,
    /// Lines by reason class (`remorse`, `merchant_fault`).
    by_reason_class: BTreeMap<&'a str, VolumeOut>,
    /// Lines by SKU (lines without one are not counted here).
    by_sku: BTreeMap<&'a str, VolumeOut>,
    /// Lines by product id.
    by_product: BTreeMap<&'a str, VolumeOut>,
    /// Lines by category; a line with several categories counts in each.
    by_category: BTreeMap<&'a str, VolumeOut>,
    /// Returns the customer keeps (returnless refunds).
    keep_item: &'a KeepItem,
    /// How long each stage took.
    cycle_times: &'a CycleTimes,
    /// Money, per currency.
    money: &'a BTreeMap<String, MoneyTally>,
    /// Refunds and store credit paid, per UTC day, per currency.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "BTreeMap<String, BTreeMap<String, crate::wire::decimal::WireDecimal>>")
    )]
    refunds_by_day: &'a BTreeMap<String, BTreeMap<String, Decimal>>,
    /// Units inspected, by disposition.
    dispositions: &'a BTreeMap<String, u64>,
    /// Units approved, by the destination each RMA line is routed to (its id).
    destinations: &'a BTreeMap<String, u64>,
    /// The same units by the destination's kind (`warehouse`, `refurbisher`, `recycler`, ...).
    destination_kinds: &'a BTreeMap<String, u64>,
}

/// Each volume with its rate against `sold` (the units sold of its key, if known).
fn with_rates(
    volumes: &BTreeMap<String, Volume>,
    sold: impl Fn(&str) -> u64,
) -> BTreeMap<&str, VolumeOut> {
    volumes
        .iter()
        .map(|(k, v)| {
            let rate = share(v.units_requested, sold(k));
            (
                k.as_str(),
                VolumeOut {
                    lines: v.lines,
                    units_requested: v.units_requested,
                    units_approved: v.units_approved,
                    units_received: v.units_received,
                    units_accepted: v.units_accepted,
                    units_rejected: v.units_rejected,
                    return_rate: rate,
                },
            )
        })
        .collect()
}

impl ReturnsReport {
    /// Lines and units requested in all, summed over the reason classes (every line has one).
    pub fn lines_and_units(&self) -> (u64, u64) {
        self.by_reason_class
            .values()
            .fold((0, 0), |(l, u), v| (l + v.lines, u + v.units_requested))
    }

    fn out(&self) -> ReportOut<'_> {
        let orders = &self.orders;
        let (lines, units_requested) = self.lines_and_units();
        let all = |_: &str| orders.units;
        fn of(m: &BTreeMap<String, u64>) -> impl Fn(&str) -> u64 + '_ {
            move |k| m.get(k).copied().unwrap_or(0)
        }
        ReportOut {
            schema_version: SchemaVersion,
            rmas: self.rmas,
            period: &self.period,
            totals: Totals {
                lines,
                units_requested,
                rma_rate: share(self.rmas, orders.orders),
                unit_return_rate: share(units_requested, orders.units),
            },
            orders,
            outcomes: &self.outcomes,
            outcome_shares: self.outcome_shares(),
            statuses: &self.statuses,
            resolutions: &self.resolutions,
            denial_reasons: &self.denial_reasons,
            top_denial_reasons: self
                .top_denial_reasons()
                .into_iter()
                .filter_map(|(code, count)| {
                    let (code, _) = self.denial_reasons.get_key_value(&code)?;
                    Some(DenialReason { code, count })
                })
                .collect(),
            by_reason: with_rates(&self.by_reason, all),
            by_reason_class: with_rates(&self.by_reason_class, all),
            by_sku: with_rates(&self.by_sku, of(&orders.by_sku)),
            by_product: with_rates(&self.by_product, of(&orders.by_product)),
            by_category: with_rates(&self.by_category, of(&orders.by_category)),
            keep_item: &self.keep_item,
            cycle_times: &self.cycle_times,
            money: &self.money,
            refunds_by_day: &self.refunds_by_day,
            dispositions: &self.dispositions,
            destinations: &self.destinations,
            destination_kinds: &self.destination_kinds,
        }
    }
}

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for ReturnsReport {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReturnsReport".into()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        "returnkit::analytics::ReturnsReport".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ReportOut::json_schema(generator)
    }
}

impl Serialize for ReturnsReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.out().serialize(s)
    }
}
