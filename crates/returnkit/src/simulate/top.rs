//! The bounded lists a simulation keeps: the records that changed most, and some of the
//! records that failed. Each is kept sorted by a total order and cut to its length, so the
//! list of a merge is the list of the whole history, however it was split.

use std::cmp::{Ordering, Reverse};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::figures::Money;
use crate::decision::Outcome;
use crate::{Currency, ErrorRecord};

/// A record's id as its input wrote it (any JSON value), compared by its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationRecordId")
)]
#[serde(transparent)]
pub struct RecordId(
    #[cfg_attr(feature = "json-schema", schemars(with = "serde_json::Value"))] pub Box<RawValue>,
);

impl RecordId {
    /// The id's JSON text.
    pub fn get(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for RecordId {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl Eq for RecordId {}

impl PartialOrd for RecordId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RecordId {
    fn cmp(&self, other: &Self) -> Ordering {
        self.get().cmp(other.get())
    }
}

/// A record whose decision changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationChange")
)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The record's `id`, as written; absent when the record had none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    /// The order's id.
    pub order_id: String,
    /// The order's currency.
    pub currency: Currency,
    /// The outcome under the current policy.
    pub from: Outcome,
    /// Under the proposed policy.
    pub to: Outcome,
    /// The money under the current policy.
    pub current: Money,
    /// Under the proposed policy.
    pub proposed: Money,
    /// How much the money moved: the absolute changes of refund, fees and label cost, summed.
    #[serde(with = "crate::wire::WireDecimal")]
    pub change: Decimal,
}

impl Change {
    pub(super) fn new(
        id: Option<&RawValue>,
        order_id: &str,
        currency: Currency,
        from: Outcome,
        to: Outcome,
        current: Money,
        proposed: Money,
    ) -> Change {
        Change {
            id: id.map(|v| RecordId(v.to_owned())),
            order_id: order_id.to_string(),
            currency,
            from,
            to,
            change: current.change_to(&proposed),
            current,
            proposed,
        }
    }

    /// How far the outcome moved: 0 (the same), 1 (approve and review, review and deny) or 2.
    fn shift(&self) -> u8 {
        let rank = |o: Outcome| match o {
            Outcome::Approve => 0u8,
            Outcome::Review => 1,
            Outcome::Deny => 2,
        };
        rank(self.from).abs_diff(rank(self.to))
    }

    /// The order of the list: the further moved outcome first, then the larger money change,
    /// then by id and order id; the rest only to make it total.
    fn key(&self) -> impl Ord + '_ {
        let m = |m: &Money| (m.refund, m.fees, m.label_cost);
        (
            Reverse(self.shift()),
            Reverse(self.change),
            &self.id,
            &self.order_id,
            self.currency.code(),
            (self.from, self.to),
            (m(&self.current), m(&self.proposed)),
        )
    }
}

impl PartialOrd for Change {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Change {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

/// A record that failed to read or decide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationFailedRecord")
)]
#[serde(deny_unknown_fields)]
pub struct FailedRecord {
    /// The record's `id`, when it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    /// The policy it failed under; empty when the record could not be read.
    pub policy: String,
    /// The error.
    pub error: ErrorRecord,
}

impl PartialOrd for FailedRecord {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FailedRecord {
    fn cmp(&self, other: &Self) -> Ordering {
        let key = |f: &FailedRecord| {
            (
                f.id.clone(),
                f.policy.clone(),
                f.error.code,
                f.error.field.clone(),
                f.error.message.clone(),
            )
        };
        key(self).cmp(&key(other))
    }
}

/// Adds `item` to the sorted `list` and cuts it to `n`.
pub(super) fn keep<T: Ord>(list: &mut Vec<T>, item: T, n: usize) {
    let at = list.partition_point(|x| x <= &item);
    if at < n {
        list.insert(at, item);
        trim(list, n);
    }
}

/// Cuts `list` to `n`.
pub(super) fn trim<T>(list: &mut Vec<T>, n: usize) {
    list.truncate(n);
}
