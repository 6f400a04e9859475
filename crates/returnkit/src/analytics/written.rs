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
struct VolumeOut {
    lines: u64,
    units_requested: u64,
    units_approved: u64,
    units_received: u64,
    units_accepted: u64,
    units_rejected: u64,
    return_rate: Option<Decimal>,
}

#[derive(Serialize)]
struct DenialReason<'a> {
    code: &'a str,
    count: u64,
}

/// Figures for the whole report.
#[derive(Serialize)]
struct Totals {
    lines: u64,
    units_requested: u64,
    /// RMAs over orders in the feed.
    rma_rate: Option<Decimal>,
    /// Units requested over units sold in the feed.
    unit_return_rate: Option<Decimal>,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    schema_version: SchemaVersion,
    rmas: u64,
    period: &'a Period,
    totals: Totals,
    orders: &'a OrderVolume,
    outcomes: &'a BTreeMap<String, u64>,
    outcome_shares: BTreeMap<String, Option<Decimal>>,
    statuses: &'a BTreeMap<String, u64>,
    resolutions: &'a BTreeMap<String, u64>,
    denial_reasons: &'a BTreeMap<String, u64>,
    top_denial_reasons: Vec<DenialReason<'a>>,
    by_reason: BTreeMap<&'a str, VolumeOut>,
    by_reason_class: BTreeMap<&'a str, VolumeOut>,
    by_sku: BTreeMap<&'a str, VolumeOut>,
    by_product: BTreeMap<&'a str, VolumeOut>,
    by_category: BTreeMap<&'a str, VolumeOut>,
    keep_item: &'a KeepItem,
    cycle_times: &'a CycleTimes,
    money: &'a BTreeMap<String, MoneyTally>,
    refunds_by_day: &'a BTreeMap<String, BTreeMap<String, Decimal>>,
    dispositions: &'a BTreeMap<String, u64>,
    destinations: &'a BTreeMap<String, u64>,
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
        let of = |m: &'_ BTreeMap<String, u64>| {
            let m = m.clone();
            move |k: &str| m.get(k).copied().unwrap_or(0)
        };
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

impl Serialize for ReturnsReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.out().serialize(s)
    }
}
