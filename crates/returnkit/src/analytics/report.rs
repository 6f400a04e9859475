//! The returns report: counts and sums folded from RMA documents (and the orders they came
//! from), and the rates, shares and percentiles read from them when it is written. Everything
//! it holds is a count, a sum, a minimum or a maximum, so two reports merge exactly, in any
//! grouping and any order, to the report of the documents of both.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::cycle::Distribution;

/// The version of the report's wire form.
pub const REPORT_SCHEMA_VERSION: u64 = 1;

/// Places shares and rates are rounded to.
pub const SHARE_PLACES: u32 = 4;

/// How many denial reasons `top_denial_reasons` lists.
pub const TOP_DENIAL_REASONS: usize = 10;

/// `value` rounded half away from zero to `places`, and written with that many (`0.0800`).
pub(crate) fn rounded(value: Decimal, places: u32) -> Decimal {
    let mut r = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(places);
    r
}

/// `part / whole`, rounded to [`SHARE_PLACES`]; `None` when `whole` is 0.
pub(crate) fn share(part: u64, whole: u64) -> Option<Decimal> {
    (whole > 0).then(|| rounded(Decimal::from(part) / Decimal::from(whole), SHARE_PLACES))
}

/// The returns report. Build one with [`ReturnsReport::add_record`] and
/// [`ReturnsReport::add_order`], combine shards with [`ReturnsReport::merge`], and write it
/// with serde (the derived figures are computed as it is written, and ignored when a report is
/// read back, so a report read from JSON merges like a fresh one).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct ReturnsReport {
    /// The wire form's version: written as [`REPORT_SCHEMA_VERSION`], and a report of another
    /// version is refused when read.
    pub schema_version: SchemaVersion,
    /// RMA documents counted.
    pub rmas: u64,
    /// The earliest and latest submission counted (RFC 3339, UTC).
    pub period: Period,
    /// Order volume, from the order feed.
    pub orders: OrderVolume,
    /// RMAs by the decision's outcome: `approve`, `review`, `deny`.
    pub outcomes: BTreeMap<String, u64>,
    /// RMAs by their authorization state now (`approved`, `closed`, `rejected`, ...).
    pub statuses: BTreeMap<String, u64>,
    /// RMAs by resolution (`original_payment`, `store_credit`, `exchange`).
    pub resolutions: BTreeMap<String, u64>,
    /// Denial reason codes, each counted once per line or return it denied.
    pub denial_reasons: BTreeMap<String, u64>,
    /// Lines by the customer's reason code (`unknown` when the record has no request).
    pub by_reason: BTreeMap<String, Volume>,
    /// Lines by reason class (`remorse`, `merchant_fault`).
    pub by_reason_class: BTreeMap<String, Volume>,
    /// Lines by SKU (lines without one are not counted here).
    pub by_sku: BTreeMap<String, Volume>,
    /// Lines by product id.
    pub by_product: BTreeMap<String, Volume>,
    /// Lines by category; a line with several categories counts in each.
    pub by_category: BTreeMap<String, Volume>,
    /// Returns the customer keeps (returnless refunds).
    pub keep_item: KeepItem,
    /// How long each stage took.
    pub cycle_times: CycleTimes,
    /// Money, per currency.
    pub money: BTreeMap<String, MoneyTally>,
    /// Refunds and store credit paid, per UTC day, per currency.
    pub refunds_by_day: BTreeMap<String, BTreeMap<String, Decimal>>,
    /// Units inspected, by disposition.
    pub dispositions: BTreeMap<String, u64>,
    /// Units approved, by the destination each RMA line is routed to (its id).
    pub destinations: BTreeMap<String, u64>,
    /// The same units by the destination's kind (`warehouse`, `refurbisher`, `recycler`, ...).
    pub destination_kinds: BTreeMap<String, u64>,
}

/// The report's schema version, which it always writes as [`REPORT_SCHEMA_VERSION`]. Reading
/// a report of any other version fails, rather than merging figures it would misread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SchemaVersion;

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(REPORT_SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let version = u64::deserialize(d)?;
        if version == REPORT_SCHEMA_VERSION {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(format!(
                "a returns report of schema version {version}; this returnkit reads version {REPORT_SCHEMA_VERSION}"
            )))
        }
    }
}

/// The span of submissions counted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Period {
    /// The first submission (RFC 3339, UTC); `null` in an empty report.
    pub first_submitted_at: Option<String>,
    /// The last submission.
    pub last_submitted_at: Option<String>,
}

/// Orders and units sold, overall and per key, for return rates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OrderVolume {
    /// Orders in the feed.
    pub orders: u64,
    /// Units in them.
    pub units: u64,
    /// Units by SKU.
    pub by_sku: BTreeMap<String, u64>,
    /// Units by product id.
    pub by_product: BTreeMap<String, u64>,
    /// Units by category.
    pub by_category: BTreeMap<String, u64>,
}

/// Returned lines and units for one key (a reason, a SKU, ...).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Volume {
    /// RMA lines.
    pub lines: u64,
    /// Units requested.
    pub units_requested: u64,
    /// Units approved.
    pub units_approved: u64,
    /// Units received at the warehouse.
    pub units_received: u64,
    /// Units accepted for refund.
    pub units_accepted: u64,
    /// Units rejected at inspection.
    pub units_rejected: u64,
}

/// Returnless refunds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct KeepItem {
    /// RMAs where the customer keeps the items.
    pub rmas: u64,
    /// Units kept.
    pub units: u64,
}

/// The stages of a return, each a distribution of durations.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CycleTimes {
    /// Submitted to the first label issued.
    pub requested_to_label: Distribution,
    /// First label to the first carrier scan.
    pub label_to_first_scan: Distribution,
    /// First carrier scan to the first units received.
    pub first_scan_to_received: Distribution,
    /// First units received to the first refund or store credit paid.
    pub received_to_refunded: Distribution,
    /// Submitted to the first refund or store credit paid.
    pub requested_to_refunded: Distribution,
}

/// Money in one currency. Amounts are exact decimal sums.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MoneyTally {
    /// Refunds paid to the order's tenders.
    pub refunded: Decimal,
    /// Store credit issued (the refund part).
    pub store_credit: Decimal,
    /// Refunds and store credit paid, by the RMA's resolution.
    pub paid_by_resolution: BTreeMap<String, Decimal>,
    /// Refunds paid, by the kind of tender refunded (`unspecified` when the refund names no
    /// tender of the order).
    pub refunded_by_tender_kind: BTreeMap<String, Decimal>,
    /// Deductions kept from the refunds due (`restocking_fee`, `label_fee`, `return_fee`,
    /// `inspection`), from each RMA's final quote.
    pub fees_collected: BTreeMap<String, Decimal>,
    /// Bonus credit given for choosing store credit or an exchange, from the final quotes.
    pub bonus_credit: Decimal,
    /// Goodwill store credit the decisions granted.
    pub goodwill_credit: Decimal,
    /// Refunds and store credit paid on returns the customer kept.
    pub keep_item_paid: Decimal,
    /// What returns the customer kept saved the shop: the label it didn't buy and the
    /// handling it didn't do, from each decision's `keep_item_saving` (decisions without a
    /// label quote save nothing counted here). Read as 0 from a report written without it.
    #[serde(default)]
    pub keep_item_savings: Decimal,
    /// RMAs whose final quote could not be made (not counted in fees or bonus).
    pub unquoted_rmas: u64,
}

/// Adds `from` into `into`, key by key.
pub(crate) fn add_counts(into: &mut BTreeMap<String, u64>, from: &BTreeMap<String, u64>) {
    for (k, v) in from {
        *into.entry(k.clone()).or_default() += v;
    }
}

/// Adds `from` into `into`, key by key.
pub(crate) fn add_amounts(into: &mut BTreeMap<String, Decimal>, from: &BTreeMap<String, Decimal>) {
    for (k, v) in from {
        *into.entry(k.clone()).or_default() += v;
    }
}

impl Volume {
    /// Adds another volume.
    pub fn merge(&mut self, other: &Volume) {
        self.lines += other.lines;
        self.units_requested += other.units_requested;
        self.units_approved += other.units_approved;
        self.units_received += other.units_received;
        self.units_accepted += other.units_accepted;
        self.units_rejected += other.units_rejected;
    }
}

fn add_volumes(into: &mut BTreeMap<String, Volume>, from: &BTreeMap<String, Volume>) {
    for (k, v) in from {
        into.entry(k.clone()).or_default().merge(v);
    }
}

impl Period {
    /// Widens the span to include `other`. Timestamps are RFC 3339 in UTC with the same
    /// precision, so they order as text.
    pub fn merge(&mut self, other: &Period) {
        let earlier = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b).clone()),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        let later = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => Some(a.max(b).clone()),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        self.first_submitted_at = earlier(&self.first_submitted_at, &other.first_submitted_at);
        self.last_submitted_at = later(&self.last_submitted_at, &other.last_submitted_at);
    }
}

impl OrderVolume {
    /// Adds another feed's volume.
    pub fn merge(&mut self, other: &OrderVolume) {
        self.orders += other.orders;
        self.units += other.units;
        add_counts(&mut self.by_sku, &other.by_sku);
        add_counts(&mut self.by_product, &other.by_product);
        add_counts(&mut self.by_category, &other.by_category);
    }
}

impl CycleTimes {
    /// Adds another report's distributions.
    pub fn merge(&mut self, other: &CycleTimes) {
        self.requested_to_label.merge(&other.requested_to_label);
        self.label_to_first_scan.merge(&other.label_to_first_scan);
        self.first_scan_to_received
            .merge(&other.first_scan_to_received);
        self.received_to_refunded.merge(&other.received_to_refunded);
        self.requested_to_refunded
            .merge(&other.requested_to_refunded);
    }
}

impl MoneyTally {
    /// Checks a tally read back (from a report's JSON) before it is added to another: every
    /// amount zero or more and at most 10²⁰. Errors name the member (`keep_item_savings`,
    /// `fees_collected.restocking_fee`).
    ///
    /// ```
    /// use returnkit::analytics::MoneyTally;
    /// let mut tally = MoneyTally::default();
    /// tally.refunded = "120.50".parse().unwrap();
    /// assert!(tally.check().is_ok());
    /// tally.keep_item_savings = "-3.00".parse().unwrap();
    /// assert_eq!(tally.check().unwrap_err().to_string(), "keep_item_savings: must not be negative, got -3.00");
    /// ```
    pub fn check(&self) -> crate::Result<()> {
        let single = [
            ("refunded", self.refunded),
            ("store_credit", self.store_credit),
            ("bonus_credit", self.bonus_credit),
            ("goodwill_credit", self.goodwill_credit),
            ("keep_item_paid", self.keep_item_paid),
            ("keep_item_savings", self.keep_item_savings),
        ];
        let single = single.into_iter().map(|(f, a)| (f.to_string(), a));
        let mapped = [
            ("paid_by_resolution", &self.paid_by_resolution),
            ("refunded_by_tender_kind", &self.refunded_by_tender_kind),
            ("fees_collected", &self.fees_collected),
        ];
        let mapped = mapped
            .into_iter()
            .flat_map(|(f, m)| m.iter().map(move |(k, a)| (format!("{f}.{k}"), *a)));
        for (field, amount) in single.chain(mapped) {
            crate::money::check_not_negative(amount, || field.clone())?;
            crate::money::check_summable(amount, || field)?;
        }
        Ok(())
    }

    /// Adds another tally in the same currency.
    pub fn merge(&mut self, other: &MoneyTally) {
        self.refunded += other.refunded;
        self.store_credit += other.store_credit;
        add_amounts(&mut self.paid_by_resolution, &other.paid_by_resolution);
        add_amounts(
            &mut self.refunded_by_tender_kind,
            &other.refunded_by_tender_kind,
        );
        add_amounts(&mut self.fees_collected, &other.fees_collected);
        self.bonus_credit += other.bonus_credit;
        self.goodwill_credit += other.goodwill_credit;
        self.keep_item_paid += other.keep_item_paid;
        self.keep_item_savings += other.keep_item_savings;
        self.unquoted_rmas += other.unquoted_rmas;
    }
}

impl ReturnsReport {
    /// An empty report.
    pub fn new() -> ReturnsReport {
        ReturnsReport::default()
    }

    /// Checks a report read back before it is merged: each currency's money
    /// ([`MoneyTally::check`]). Errors name the figure (`money.EUR.refunded`).
    pub fn check(&self) -> crate::Result<()> {
        use crate::error::Within;
        for (currency, tally) in &self.money {
            tally.check().within(&format!("money.{currency}"))?;
        }
        Ok(())
    }

    /// Adds `other`'s figures to this report: the report of both reports' documents and
    /// orders. Associative and commutative.
    pub fn merge(&mut self, other: &ReturnsReport) {
        self.rmas += other.rmas;
        self.period.merge(&other.period);
        self.orders.merge(&other.orders);
        add_counts(&mut self.outcomes, &other.outcomes);
        add_counts(&mut self.statuses, &other.statuses);
        add_counts(&mut self.resolutions, &other.resolutions);
        add_counts(&mut self.denial_reasons, &other.denial_reasons);
        add_volumes(&mut self.by_reason, &other.by_reason);
        add_volumes(&mut self.by_reason_class, &other.by_reason_class);
        add_volumes(&mut self.by_sku, &other.by_sku);
        add_volumes(&mut self.by_product, &other.by_product);
        add_volumes(&mut self.by_category, &other.by_category);
        self.keep_item.rmas += other.keep_item.rmas;
        self.keep_item.units += other.keep_item.units;
        self.cycle_times.merge(&other.cycle_times);
        for (currency, tally) in &other.money {
            self.money.entry(currency.clone()).or_default().merge(tally);
        }
        for (day, amounts) in &other.refunds_by_day {
            add_amounts(self.refunds_by_day.entry(day.clone()).or_default(), amounts);
        }
        add_counts(&mut self.dispositions, &other.dispositions);
        add_counts(&mut self.destinations, &other.destinations);
        add_counts(&mut self.destination_kinds, &other.destination_kinds);
    }

    /// The `outcomes` as shares of all RMAs counted.
    pub fn outcome_shares(&self) -> BTreeMap<String, Option<Decimal>> {
        self.outcomes
            .iter()
            .map(|(k, n)| (k.clone(), share(*n, self.rmas)))
            .collect()
    }

    /// The most frequent denial reasons, most first (ties by code), at most
    /// [`TOP_DENIAL_REASONS`].
    pub fn top_denial_reasons(&self) -> Vec<(String, u64)> {
        let mut all: Vec<(String, u64)> = self
            .denial_reasons
            .iter()
            .map(|(k, n)| (k.clone(), *n))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        all.truncate(TOP_DENIAL_REASONS);
        all
    }
}
