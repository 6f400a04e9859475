//! Cycle-time distributions: how long each stage of a return took, as counts in fixed
//! buckets on a rising scale. The buckets are the same everywhere, so two distributions merge
//! by adding their counts, exactly, and memory stays the same however many returns are
//! counted. A percentile is read as the upper bound of the bucket it falls in.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The buckets' upper bounds, in minutes, each inclusive: up to a minute, 5 minutes, ... 90
/// days. Durations over the last bound fall in a last, open bucket.
pub const BUCKET_BOUNDS_MINUTES: [u64; 24] = [
    1, 5, 15, 30, 60, 120, 240, 480, 720, 1_440, 2_880, 4_320, 5_760, 7_200, 8_640, 10_080, 14_400,
    20_160, 30_240, 43_200, 64_800, 86_400, 129_600, 262_800,
];

/// The percentiles a distribution reports.
pub const PERCENTILES: [u64; 5] = [50, 75, 90, 95, 99];

const BUCKETS: usize = BUCKET_BOUNDS_MINUTES.len() + 1;

/// A distribution of durations in whole minutes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Distribution {
    /// Counts per bucket: one per bound, then the open bucket over the last bound.
    counts: [u64; BUCKETS],
    /// Sum of every duration, for the mean (saturating: 2^64 minutes is far beyond any history).
    sum_minutes: u64,
    /// The longest duration seen, which bounds the open bucket.
    max_minutes: u64,
}

impl Distribution {
    /// Counts the time from `from` to `to`, in whole minutes (rounded down; a negative span,
    /// from clocks out of step, counts as 0).
    pub fn record(&mut self, from: DateTime<Utc>, to: DateTime<Utc>) {
        let minutes = u64::try_from((to - from).num_minutes()).unwrap_or(0);
        self.record_minutes(minutes);
    }

    /// Counts a duration of `minutes`.
    pub fn record_minutes(&mut self, minutes: u64) {
        let bucket = BUCKET_BOUNDS_MINUTES.partition_point(|bound| *bound < minutes);
        self.counts[bucket] += 1;
        self.sum_minutes = self.sum_minutes.saturating_add(minutes);
        self.max_minutes = self.max_minutes.max(minutes);
    }

    /// Checks a distribution read back before it is merged: each bucket's count, and all of
    /// them together, at most 10^15; the longest duration within the last bucket that counted
    /// one (0 when none did); and the sum of minutes no more than the count times the longest.
    /// Errors name the bucket (`buckets[3].count`), `count`, `max_minutes` or `sum_minutes`.
    ///
    /// ```
    /// use returnkit::analytics::Distribution;
    /// let mut d = Distribution::default();
    /// d.record_minutes(90);
    /// assert!(d.check().is_ok());
    /// ```
    pub fn check(&self) -> crate::Result<()> {
        let mut total = 0u64;
        for (i, n) in self.counts.iter().enumerate() {
            crate::count::check(*n, || format!("buckets[{i}].count"))?;
            total += n;
        }
        crate::count::check(total, || "count".into())?;
        self.check_longest()?;
        // No duration is longer than the longest, so the sum is at most count × longest.
        let most = u128::from(total) * u128::from(self.max_minutes);
        if u128::from(self.sum_minutes) > most {
            return Err(crate::Error::InvalidValue {
                field: "sum_minutes".into(),
                reason: format!(
                    "must be at most count × max_minutes ({total} × {}), got {}",
                    self.max_minutes, self.sum_minutes
                ),
            });
        }
        Ok(())
    }

    /// The longest duration lies in the last bucket that counted one (over the bound before
    /// it, at most its own), or is 0 when nothing was counted: the open bucket's percentiles
    /// are the longest duration, and would be wrong otherwise.
    fn check_longest(&self) -> crate::Result<()> {
        let max = self.max_minutes;
        let reason = match self.counts.iter().rposition(|n| *n > 0) {
            None if max == 0 => return Ok(()),
            None => "must be 0 when nothing was counted".to_string(),
            Some(last) => {
                let over = last
                    .checked_sub(1)
                    .and_then(|i| BUCKET_BOUNDS_MINUTES.get(i).copied());
                let at_most = BUCKET_BOUNDS_MINUTES.get(last).copied();
                if over.is_none_or(|o| max > o) && at_most.is_none_or(|a| max <= a) {
                    return Ok(());
                }
                let bucket = match (over, at_most) {
                    (Some(o), Some(a)) => format!("over {o} and at most {a}"),
                    (None, Some(a)) => format!("at most {a}"),
                    (Some(o), None) => format!("over {o}"),
                    (None, None) => String::new(),
                };
                format!("must be in the last bucket counted (buckets[{last}]: {bucket})")
            }
        };
        Err(crate::Error::InvalidValue {
            field: "max_minutes".into(),
            reason: format!("{reason}, got {max}"),
        })
    }

    /// Adds another distribution's counts. A bucket's sum, or a total, beyond what a count
    /// holds is refused (on `buckets[3].count`, or `count`), and leaves this distribution as
    /// it was.
    pub fn merge(&mut self, other: &Distribution) -> crate::Result<()> {
        let mut counts = self.counts;
        let mut total = 0u64;
        for (i, (mine, theirs)) in counts.iter_mut().zip(other.counts).enumerate() {
            crate::count::add(mine, theirs, || format!("buckets[{i}].count"))?;
            crate::count::add(&mut total, *mine, || "count".into())?;
        }
        self.counts = counts;
        self.sum_minutes = self.sum_minutes.saturating_add(other.sum_minutes);
        self.max_minutes = self.max_minutes.max(other.max_minutes);
        Ok(())
    }

    /// Durations counted.
    pub fn count(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The `p`th percentile (0 < p <= 100), as the upper bound in minutes of the bucket the
    /// nearest rank falls in (the longest duration seen, in the open bucket); `None` when
    /// nothing was counted.
    pub fn percentile(&self, p: u64) -> Option<u64> {
        let count = self.count();
        if count == 0 {
            return None;
        }
        // Nearest rank: the smallest rank whose share is at least p percent.
        let rank = (u128::from(count) * u128::from(p)).div_ceil(100).max(1);
        let mut seen = 0u128;
        for (i, n) in self.counts.iter().enumerate() {
            seen += u128::from(*n);
            if seen >= rank {
                let bound = BUCKET_BOUNDS_MINUTES.get(i).copied();
                return Some(bound.unwrap_or(self.max_minutes).min(self.max_minutes));
            }
        }
        Some(self.max_minutes)
    }

    /// The mean in minutes, rounded half away from zero to one decimal place.
    pub fn mean_minutes(&self) -> Option<rust_decimal::Decimal> {
        let count = self.count();
        if count == 0 {
            return None;
        }
        let sum = rust_decimal::Decimal::from(self.sum_minutes);
        Some(super::report::rounded(
            sum / rust_decimal::Decimal::from(count),
            1,
        ))
    }
}

/// A bucket as written: its upper bound (`null` for the open one) and its count.
#[derive(Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "ReportBucket")
)]
struct Bucket {
    le_minutes: Option<u64>,
    count: u64,
}

/// The written form: the counts and sum (what merges) and the figures read from them.
#[derive(Serialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
struct DistributionOut {
    count: u64,
    sum_minutes: u64,
    max_minutes: u64,
    mean_minutes: Option<String>,
    #[cfg_attr(feature = "json-schema", schemars(with = "Percentiles"))]
    percentiles_minutes: std::collections::BTreeMap<String, Option<u64>>,
    buckets: Vec<Bucket>,
}

/// The percentiles as written, for the JSON Schema: each the upper bound of its bucket, in
/// minutes, or `null` when nothing was counted (the open bucket's is the longest duration).
#[cfg(feature = "json-schema")]
#[derive(schemars::JsonSchema)]
#[schemars(rename = "ReportPercentiles")]
#[allow(dead_code)]
struct Percentiles {
    p50: Option<u64>,
    p75: Option<u64>,
    p90: Option<u64>,
    p95: Option<u64>,
    p99: Option<u64>,
}

#[cfg(feature = "json-schema")]
impl schemars::JsonSchema for Distribution {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReportDistribution".into()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        "returnkit::analytics::Distribution".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DistributionOut::json_schema(generator)
    }
}

#[derive(Deserialize)]
struct DistributionIn {
    sum_minutes: u64,
    max_minutes: u64,
    buckets: Vec<Bucket>,
}

impl Serialize for Distribution {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let buckets = self
            .counts
            .iter()
            .enumerate()
            .map(|(i, count)| Bucket {
                le_minutes: BUCKET_BOUNDS_MINUTES.get(i).copied(),
                count: *count,
            })
            .collect();
        DistributionOut {
            count: self.count(),
            sum_minutes: self.sum_minutes,
            max_minutes: self.max_minutes,
            mean_minutes: self.mean_minutes().map(|m| m.to_string()),
            percentiles_minutes: PERCENTILES
                .iter()
                .map(|p| (format!("p{p}"), self.percentile(*p)))
                .collect(),
            buckets,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Distribution {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let read = DistributionIn::deserialize(d)?;
        if read.buckets.len() != BUCKETS
            || read
                .buckets
                .iter()
                .zip(BUCKET_BOUNDS_MINUTES.iter().map(Some).chain([None]))
                .any(|(b, bound)| b.le_minutes.as_ref() != bound)
        {
            return Err(D::Error::custom(
                "buckets: expected the report's fixed bucket bounds (schema version 1)",
            ));
        }
        let mut counts = [0u64; BUCKETS];
        for (c, b) in counts.iter_mut().zip(&read.buckets) {
            *c = b.count;
        }
        Ok(Distribution {
            counts,
            sum_minutes: read.sum_minutes,
            max_minutes: read.max_minutes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_bucket_bounds() {
        let mut d = Distribution::default();
        for m in [0, 3, 3, 50, 61, 1_000, 5_000, 5_000, 9_000, 400_000] {
            d.record_minutes(m);
        }
        assert_eq!(d.count(), 10);
        // Ranks 5, 8, 9, 10, 10 of the sorted durations.
        assert_eq!(d.percentile(50), Some(120));
        assert_eq!(d.percentile(75), Some(5_760));
        assert_eq!(d.percentile(90), Some(10_080));
        assert_eq!(d.percentile(99), Some(400_000));
        assert_eq!(
            d.mean_minutes().map(|m| m.to_string()),
            Some("42011.7".into())
        );
        assert_eq!(Distribution::default().percentile(50), None);
    }

    #[test]
    fn the_longest_duration_lies_in_the_last_bucket_counted() {
        let mut d = Distribution::default();
        assert!(d.check().is_ok());
        d.max_minutes = 3;
        assert_eq!(
            d.check().unwrap_err().to_string(),
            "max_minutes: must be 0 when nothing was counted, got 3"
        );
        d = Distribution::default();
        d.record_minutes(0);
        d.record_minutes(50);
        assert!(d.check().is_ok());
        // 50 minutes is in buckets[4], over 30 and at most 60.
        for (max, ok) in [(30, false), (31, true), (60, true), (61, false)] {
            d.max_minutes = max;
            d.sum_minutes = max;
            assert_eq!(d.check().is_ok(), ok, "{max}");
        }
        d.max_minutes = 61;
        assert_eq!(
            d.check().unwrap_err().to_string(),
            "max_minutes: must be in the last bucket counted (buckets[4]: over 30 and at most 60), got 61"
        );
        let mut open = Distribution::default();
        open.record_minutes(300_000);
        assert!(open.check().is_ok());
        open.max_minutes = 262_800;
        open.sum_minutes = 262_800;
        assert_eq!(
            open.check().unwrap_err().to_string(),
            "max_minutes: must be in the last bucket counted (buckets[24]: over 262800), got 262800"
        );
        let mut first = Distribution::default();
        first.record_minutes(1);
        first.max_minutes = 2;
        assert_eq!(
            first.check().unwrap_err().to_string(),
            "max_minutes: must be in the last bucket counted (buckets[0]: at most 1), got 2"
        );
    }

    #[test]
    fn reads_back_what_it_writes() {
        let mut d = Distribution::default();
        d.record_minutes(7);
        d.record_minutes(90_000);
        let text = serde_json::to_string(&d).unwrap_or_default();
        let back: Distribution = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, d);
        assert!(text.contains(r#""p50":15"#), "{text}");
    }
}
