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

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReportSchemaVersion".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "integer", "const": REPORT_SCHEMA_VERSION })
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
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportPeriod")
)]
pub struct Period {
    /// The first submission (RFC 3339, UTC); `null` in an empty report.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub first_submitted_at: Option<String>,
    /// The last submission.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "Option<crate::wire::schema::Timestamp>")
    )]
    pub last_submitted_at: Option<String>,
}

/// Orders and units sold, overall and per key, for return rates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportOrders")
)]
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
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportKeepItem")
)]
pub struct KeepItem {
    /// RMAs where the customer keeps the items.
    pub rmas: u64,
    /// Units kept.
    pub units: u64,
}

/// The stages of a return, each a distribution of durations.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportCycleTimes")
)]
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
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportMoney")
)]
pub struct MoneyTally {
    /// Refunds paid to the order's tenders.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub refunded: Decimal,
    /// Store credit issued (the refund part).
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub store_credit: Decimal,
    /// Refunds and store credit paid, by the RMA's resolution.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "BTreeMap<String, crate::wire::decimal::WireDecimal>")
    )]
    pub paid_by_resolution: BTreeMap<String, Decimal>,
    /// Refunds paid, by the kind of tender refunded (`unspecified` when the refund names no
    /// tender of the order).
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "BTreeMap<String, crate::wire::decimal::WireDecimal>")
    )]
    pub refunded_by_tender_kind: BTreeMap<String, Decimal>,
    /// Deductions kept from the refunds due (`restocking_fee`, `label_fee`, `return_fee`,
    /// `inspection`), from each RMA's final quote.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "BTreeMap<String, crate::wire::decimal::WireDecimal>")
    )]
    pub fees_collected: BTreeMap<String, Decimal>,
    /// Bonus credit given for choosing store credit or an exchange, from the final quotes.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub bonus_credit: Decimal,
    /// Goodwill store credit the decisions granted.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub goodwill_credit: Decimal,
    /// Refunds and store credit paid on returns the customer kept.
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub keep_item_paid: Decimal,
    /// What returns the customer kept saved the shop: the label it didn't buy and the
    /// handling it didn't do, from each decision's `keep_item_saving` (decisions without a
    /// label quote save nothing counted here). Read as 0 from a report written without it.
    #[serde(default)]
    #[cfg_attr(
        feature = "json-schema",
        schemars(with = "crate::wire::decimal::WireDecimal")
    )]
    pub keep_item_savings: Decimal,
    /// RMAs whose final quote could not be made (not counted in fees or bonus).
    pub unquoted_rmas: u64,
}

/// Adds `from` into `into`, key by key; a sum beyond what a count holds is refused on its
/// key.
pub(crate) fn add_counts(
    into: &mut BTreeMap<String, u64>,
    from: &BTreeMap<String, u64>,
) -> crate::Result<()> {
    for (k, v) in from {
        crate::count::add(into.entry(k.clone()).or_default(), *v, || k.clone())?;
    }
    Ok(())
}

/// Checks counts read back, key by key ([`crate::count::check`]); errors name the key.
fn check_counts(counts: &BTreeMap<String, u64>) -> crate::Result<()> {
    for (k, v) in counts {
        crate::count::check(*v, || k.clone())?;
    }
    Ok(())
}

/// Adds `from` into `into`, key by key.
pub(crate) fn add_amounts(into: &mut BTreeMap<String, Decimal>, from: &BTreeMap<String, Decimal>) {
    for (k, v) in from {
        *into.entry(k.clone()).or_default() += v;
    }
}

impl Volume {
    /// The counts, each with its member's name.
    fn counts(&self) -> [(&'static str, u64); 6] {
        [
            ("lines", self.lines),
            ("units_requested", self.units_requested),
            ("units_approved", self.units_approved),
            ("units_received", self.units_received),
            ("units_accepted", self.units_accepted),
            ("units_rejected", self.units_rejected),
        ]
    }

    /// The counts of [`counts`](Self::counts), in the same order, to add to.
    fn counts_mut(&mut self) -> [&mut u64; 6] {
        [
            &mut self.lines,
            &mut self.units_requested,
            &mut self.units_approved,
            &mut self.units_received,
            &mut self.units_accepted,
            &mut self.units_rejected,
        ]
    }

    /// Checks a volume read back before it is merged: every count at most 10^15. Errors name
    /// the member (`units_approved`).
    ///
    /// ```
    /// use returnkit::analytics::Volume;
    /// let mut volume = Volume { lines: 3, ..Volume::default() };
    /// assert!(volume.check().is_ok());
    /// volume.units_approved = u64::MAX;
    /// assert_eq!(volume.check().unwrap_err().field(), "units_approved");
    /// ```
    pub fn check(&self) -> crate::Result<()> {
        for (name, n) in self.counts() {
            crate::count::check(n, || name.into())?;
        }
        Ok(())
    }

    /// Adds another volume. A sum beyond what a count holds is refused with the member's name
    /// (`lines`), and leaves this volume as it was.
    pub fn merge(&mut self, other: &Volume) -> crate::Result<()> {
        let mut sum = self.clone();
        for (mine, (name, theirs)) in sum.counts_mut().into_iter().zip(other.counts()) {
            crate::count::add(mine, theirs, || name.into())?;
        }
        *self = sum;
        Ok(())
    }

    /// Adds one RMA line's volume while a report is folded, one record at a time (which can't
    /// come near what a count holds; the sums saturate rather than wrap).
    pub(super) fn add_line(&mut self, line: &Volume) {
        for (mine, (_, theirs)) in self.counts_mut().into_iter().zip(line.counts()) {
            *mine = mine.saturating_add(theirs);
        }
    }
}

/// Checks volumes read back, key by key; errors name the key and member (`XS-1.lines`).
fn check_volumes(volumes: &BTreeMap<String, Volume>) -> crate::Result<()> {
    use crate::error::Within;
    for (k, v) in volumes {
        v.check().within(k)?;
    }
    Ok(())
}

/// Adds `from` into `into`, key by key; errors name the key and member.
fn add_volumes(
    into: &mut BTreeMap<String, Volume>,
    from: &BTreeMap<String, Volume>,
) -> crate::Result<()> {
    use crate::error::Within;
    for (k, v) in from {
        into.entry(k.clone()).or_default().merge(v).within(k)?;
    }
    Ok(())
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
    /// Checks a feed's volume read back before it is merged: every count at most 10^15.
    /// Errors name the count (`units`, `by_sku.XS-1`).
    pub fn check(&self) -> crate::Result<()> {
        use crate::error::Within;
        crate::count::check(self.orders, || "orders".into())?;
        crate::count::check(self.units, || "units".into())?;
        check_counts(&self.by_sku).within("by_sku")?;
        check_counts(&self.by_product).within("by_product")?;
        check_counts(&self.by_category).within("by_category")
    }

    /// Adds another feed's volume. A sum beyond what a count holds is refused with its field
    /// (`by_sku.XS-1`); this volume is then partly added to.
    pub fn merge(&mut self, other: &OrderVolume) -> crate::Result<()> {
        use crate::error::Within;
        crate::count::add(&mut self.orders, other.orders, || "orders".into())?;
        crate::count::add(&mut self.units, other.units, || "units".into())?;
        add_counts(&mut self.by_sku, &other.by_sku).within("by_sku")?;
        add_counts(&mut self.by_product, &other.by_product).within("by_product")?;
        add_counts(&mut self.by_category, &other.by_category).within("by_category")
    }
}

impl KeepItem {
    /// Checks the counts read back before they are merged: each at most 10^15.
    pub fn check(&self) -> crate::Result<()> {
        crate::count::check(self.rmas, || "rmas".into())?;
        crate::count::check(self.units, || "units".into())
    }

    /// Adds another report's returnless refunds; a sum beyond what a count holds is refused
    /// with its member (`units`).
    pub fn merge(&mut self, other: &KeepItem) -> crate::Result<()> {
        crate::count::add(&mut self.rmas, other.rmas, || "rmas".into())?;
        crate::count::add(&mut self.units, other.units, || "units".into())
    }
}

impl CycleTimes {
    /// The stages, each with its member's name.
    fn stages(&self) -> [(&'static str, &Distribution); 5] {
        [
            ("requested_to_label", &self.requested_to_label),
            ("label_to_first_scan", &self.label_to_first_scan),
            ("first_scan_to_received", &self.first_scan_to_received),
            ("received_to_refunded", &self.received_to_refunded),
            ("requested_to_refunded", &self.requested_to_refunded),
        ]
    }

    /// Checks the distributions read back before they are merged ([`Distribution::check`]).
    /// Errors name the stage (`requested_to_label.buckets[3].count`).
    pub fn check(&self) -> crate::Result<()> {
        use crate::error::Within;
        for (name, d) in self.stages() {
            d.check().within(name)?;
        }
        Ok(())
    }

    /// Adds another report's distributions. A sum beyond what a count holds is refused with its
    /// stage and bucket; the stages before it are then already added to.
    pub fn merge(&mut self, other: &CycleTimes) -> crate::Result<()> {
        use crate::error::Within;
        let mine = [
            &mut self.requested_to_label,
            &mut self.label_to_first_scan,
            &mut self.first_scan_to_received,
            &mut self.received_to_refunded,
            &mut self.requested_to_refunded,
        ];
        for (d, (name, theirs)) in mine.into_iter().zip(other.stages()) {
            d.merge(theirs).within(name)?;
        }
        Ok(())
    }
}

impl MoneyTally {
    /// Checks a tally read back (from a report's JSON) before it is added to another: every
    /// amount zero or more and at most 10²⁰, and `unquoted_rmas` at most 10^15. Errors name
    /// the member (`keep_item_savings`, `fees_collected.restocking_fee`).
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
        crate::count::check(self.unquoted_rmas, || "unquoted_rmas".into())
    }

    /// Adds another tally in the same currency. A sum of `unquoted_rmas` beyond what a count
    /// holds is refused with its member, the amounts then already added.
    pub fn merge(&mut self, other: &MoneyTally) -> crate::Result<()> {
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
        crate::count::add(&mut self.unquoted_rmas, other.unquoted_rmas, || {
            "unquoted_rmas".into()
        })
    }
}

impl ReturnsReport {
    /// An empty report.
    pub fn new() -> ReturnsReport {
        ReturnsReport::default()
    }

    /// The counts kept by key, each with its member's name, in the order written.
    fn count_maps(&self) -> [(&'static str, &BTreeMap<String, u64>); 7] {
        [
            ("outcomes", &self.outcomes),
            ("statuses", &self.statuses),
            ("resolutions", &self.resolutions),
            ("denial_reasons", &self.denial_reasons),
            ("dispositions", &self.dispositions),
            ("destinations", &self.destinations),
            ("destination_kinds", &self.destination_kinds),
        ]
    }

    /// The volumes kept by key, each with its member's name, in the order written.
    fn volume_maps(&self) -> [(&'static str, &BTreeMap<String, Volume>); 5] {
        [
            ("by_reason", &self.by_reason),
            ("by_reason_class", &self.by_reason_class),
            ("by_sku", &self.by_sku),
            ("by_product", &self.by_product),
            ("by_category", &self.by_category),
        ]
    }

    /// Checks a report read back before it is merged: each currency's money
    /// ([`MoneyTally::check`]) and refunds per day (each zero or more and at most 10²⁰), and
    /// every count (RMAs, orders and units, outcomes, volumes,
    /// the cycle times' buckets) at most 10^15, so that merging can't overflow. Errors name
    /// the figure (`money.EUR.refunded`, `refunds_by_day.2026-01-18.EUR`, `outcomes.approve`,
    /// `by_sku.XS-1.lines`).
    ///
    /// ```
    /// use returnkit::analytics::ReturnsReport;
    /// let mut report = ReturnsReport::new();
    /// report.outcomes.insert("approve".into(), 1_000_000_000_000_000);
    /// assert!(report.check().is_ok());
    /// report.outcomes.insert("deny".into(), 1_000_000_000_000_001);
    /// assert_eq!(
    ///     report.check().unwrap_err().to_string(),
    ///     "outcomes.deny: must be at most 1000000000000000, got 1000000000000001"
    /// );
    /// ```
    pub fn check(&self) -> crate::Result<()> {
        use crate::error::Within;
        crate::count::check(self.rmas, || "rmas".into())?;
        self.orders.check().within("orders")?;
        for (name, counts) in self.count_maps() {
            check_counts(counts).within(name)?;
        }
        for (name, volumes) in self.volume_maps() {
            check_volumes(volumes).within(name)?;
        }
        self.keep_item.check().within("keep_item")?;
        self.cycle_times.check().within("cycle_times")?;
        for (currency, tally) in &self.money {
            tally
                .check()
                .map_err(|e| e.within(&format!("money.{currency}")))?;
        }
        for (day, amounts) in &self.refunds_by_day {
            for (currency, amount) in amounts {
                let field = || format!("refunds_by_day.{day}.{currency}");
                crate::money::check_not_negative(*amount, field)?;
                crate::money::check_summable(*amount, field)?;
            }
        }
        Ok(())
    }

    /// Adds `other`'s figures to this report: the report of both reports' documents and
    /// orders. Associative and commutative. A sum of counts beyond what a count holds
    /// (reports read back are held to 10^15 by [`ReturnsReport::check`], so only a great many
    /// such merges reach it) is refused with its field in `other` (`outcomes.approve`); this
    /// report is then partly merged, and is to be discarded.
    pub fn merge(&mut self, other: &ReturnsReport) -> crate::Result<()> {
        use crate::error::Within;
        crate::count::add(&mut self.rmas, other.rmas, || "rmas".into())?;
        self.period.merge(&other.period);
        self.orders.merge(&other.orders).within("orders")?;
        let (mine, theirs) = (self.count_maps_mut(), other.count_maps());
        for (into, (name, from)) in mine.into_iter().zip(theirs) {
            add_counts(into, from).within(name)?;
        }
        let (mine, theirs) = (self.volume_maps_mut(), other.volume_maps());
        for (into, (name, from)) in mine.into_iter().zip(theirs) {
            add_volumes(into, from).within(name)?;
        }
        self.keep_item.merge(&other.keep_item).within("keep_item")?;
        self.cycle_times
            .merge(&other.cycle_times)
            .within("cycle_times")?;
        for (currency, tally) in &other.money {
            let into = self.money.entry(currency.clone()).or_default();
            into.merge(tally)
                .map_err(|e| e.within(&format!("money.{currency}")))?;
        }
        for (day, amounts) in &other.refunds_by_day {
            add_amounts(self.refunds_by_day.entry(day.clone()).or_default(), amounts);
        }
        Ok(())
    }

    /// The maps of [`count_maps`](Self::count_maps), in the same order, to add to.
    fn count_maps_mut(&mut self) -> [&mut BTreeMap<String, u64>; 7] {
        [
            &mut self.outcomes,
            &mut self.statuses,
            &mut self.resolutions,
            &mut self.denial_reasons,
            &mut self.dispositions,
            &mut self.destinations,
            &mut self.destination_kinds,
        ]
    }

    /// The maps of [`volume_maps`](Self::volume_maps), in the same order, to add to.
    fn volume_maps_mut(&mut self) -> [&mut BTreeMap<String, Volume>; 5] {
        [
            &mut self.by_reason,
            &mut self.by_reason_class,
            &mut self.by_sku,
            &mut self.by_product,
            &mut self.by_category,
        ]
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
