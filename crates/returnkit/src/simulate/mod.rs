//! Policy what-if: a history of return requests decided again under two policies (the current
//! one and a proposed one) with the real decision engine, folded into a [`Simulation`]: the
//! outcomes under each and how they moved, refunds, fees and label costs per currency, the
//! same by reason and by SKU, and the records that changed most.
//!
//! A simulation's memory does not grow with the history: counts and sums, one group per
//! reason and per SKU, a bounded list of the records that changed most and of the records that
//! failed. Simulations of shards [`merge`](Simulation::merge) into the simulation of the whole
//! (associative and commutative), so a history can be simulated in parts, on threads or
//! machines. See `docs/simulate.md`.

mod figures;
mod top;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::decision::{decide, Decision, Outcome};
use crate::error::{Error, ErrorRecord, Result};
use crate::policy::Policy;
use crate::wire::DecisionRecord;

use figures::{Figures, LineFigures};
pub use figures::{InCurrency, Money, Outcomes, Side};
pub use top::{Change, FailedRecord, RecordId};

/// How many of the records that changed most a simulation keeps, unless told otherwise.
pub const DEFAULT_TOP: usize = 10;

/// How many of the records that failed to decide a simulation keeps (it counts them all).
pub const KEPT_ERRORS: usize = 20;

/// A history decided under two policies: what changed, overall, by reason, by SKU, and the
/// records that changed most.
///
/// Money figures are a decision's *answering offer*: the offer of the resolution the request
/// asked for ([`Decision::offer`]); when that one is not on offer, or nothing was asked, the
/// first offer. `refund` is its `totals.refund`, `fees` its `totals.deductions` (restocking,
/// handling and label fees, inspection deductions), `label_cost` the shop's expected cost of
/// the chosen label (`label.chosen.expected_cost`; zero without rate cards or when the items
/// are kept). A denied return has none of them.
///
/// ```
/// use returnkit::policy::Policy;
/// use returnkit::simulate::Simulation;
/// use returnkit::wire::DecisionRecord;
/// let current = Policy::from_json(r#"{"name": "30 days", "window": {"days": 30}}"#).unwrap();
/// let proposed = Policy::from_json(r#"{"name": "10 days", "window": {"days": 10}}"#).unwrap();
/// let record = DecisionRecord::from_json(&format!(
///     r#"{{"id": "r1", "order": {}, "now": "2026-10-20T18:00:00Z", "request":
///         {{"lines": [{{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}}]}}}}"#,
///     include_str!("../../samples/order.json"))).unwrap();
/// let mut sim = Simulation::new(["current", "proposed"], 10);
/// sim.add(&current, &proposed, &record);
/// // Delivered 2026-10-06: inside 30 days, outside 10.
/// assert_eq!((sim.current.outcomes.approve, sim.proposed.outcomes.deny), (1, 1));
/// assert_eq!(sim.changed.outcome, 1);
/// assert_eq!(sim.top[0].id.as_ref().unwrap().get(), r#""r1""#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Simulation {
    /// The two policies' names: the current one, then the proposed one.
    pub policies: [String; 2],
    /// Records read.
    pub records: u64,
    /// Records decided under both policies.
    pub decided: u64,
    /// Records that failed to decide under either policy (not counted elsewhere).
    pub errors: u64,
    /// Under the current policy.
    pub current: Side,
    /// Under the proposed policy.
    pub proposed: Side,
    /// Proposed minus current.
    pub delta: Side,
    /// How many records changed, and how their outcomes moved.
    pub changed: Changed,
    /// By the lines' reason codes, in code order (each reason per currency).
    pub by_reason: Vec<Group>,
    /// By the lines' SKUs, in SKU order (lines without a SKU under `null`), each per currency.
    pub by_sku: Vec<Group>,
    /// How many records `top` keeps.
    pub top_n: usize,
    /// The records that changed most: an outcome that moved first (the further, the
    /// earlier), then the larger money change (the absolute changes of refund, fees and label
    /// cost, summed, in the record's currency), then by id and order id.
    pub top: Vec<Change>,
    /// Some of the records that failed, by id (at most [`KEPT_ERRORS`]).
    pub failed: Vec<FailedRecord>,
}

/// How many records changed, and how their outcomes moved.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationChanges")
)]
#[serde(deny_unknown_fields)]
pub struct Changed {
    /// Records whose outcome or money changed.
    pub records: u64,
    /// Records whose outcome changed.
    pub outcome: u64,
    /// Each move of a return's outcome (`approve` to `deny`, ...), in outcome order.
    pub moves: Vec<Move>,
}

/// Records whose outcome moved from one to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationMove")
)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// Under the current policy.
    pub from: Outcome,
    /// Under the proposed policy.
    pub to: Outcome,
    /// How many.
    pub records: u64,
}

/// The lines of one reason or one SKU, in one currency, under both policies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationGroup")
)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// The reason code or the SKU (`null`: lines without a SKU).
    pub key: Option<String>,
    /// The orders' currency.
    pub currency: crate::Currency,
    /// Lines.
    pub lines: u64,
    /// Line outcomes and refunds under the current policy.
    pub current: LineSide,
    /// Under the proposed policy.
    pub proposed: LineSide,
    /// Proposed minus current.
    pub delta: LineSide,
}

/// Line outcomes and the lines' refunds (each line's `total` in the answering offer's quote).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationLineSide")
)]
#[serde(deny_unknown_fields)]
pub struct LineSide {
    /// Lines by outcome.
    pub outcomes: Outcomes,
    /// The lines' refunds.
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund: rust_decimal::Decimal,
}

impl Simulation {
    /// Checks a simulation read back before it is merged: every count (records, outcomes,
    /// moves, lines) at most 10^15 either side of 0, and every total and group refund within
    /// what sums can hold, so that merging can't overflow; the current and proposed counts
    /// and amounts are not negative (only a delta is). Errors name the figure
    /// (`current.outcomes.deny`, `changed.moves[1].records`, `by_sku[3].current.refund`).
    pub(crate) fn check(&self) -> Result<()> {
        for (name, n) in [
            ("records", self.records),
            ("decided", self.decided),
            ("errors", self.errors),
        ] {
            crate::count::check(n, || name.into())?;
        }
        for (name, side) in [
            ("current", &self.current),
            ("proposed", &self.proposed),
            ("delta", &self.delta),
        ] {
            side.check(name, name == "delta")?;
        }
        crate::count::check(self.changed.records, || "changed.records".into())?;
        crate::count::check(self.changed.outcome, || "changed.outcome".into())?;
        for (k, m) in self.changed.moves.iter().enumerate() {
            crate::count::check(m.records, || format!("changed.moves[{k}].records"))?;
        }
        for (list, groups) in [("by_reason", &self.by_reason), ("by_sku", &self.by_sku)] {
            for (i, g) in groups.iter().enumerate() {
                crate::count::check(g.lines, || format!("{list}[{i}].lines"))?;
                for (name, side) in [
                    ("current", &g.current),
                    ("proposed", &g.proposed),
                    ("delta", &g.delta),
                ] {
                    let signed = name == "delta";
                    side.outcomes
                        .check(signed)
                        .map_err(|e| e.within(&format!("{list}[{i}].{name}.outcomes")))?;
                    let field = || format!("{list}[{i}].{name}.refund");
                    if !signed {
                        crate::money::check_not_negative(side.refund, field)?;
                    }
                    crate::money::check_summable(side.refund, field)?;
                }
            }
        }
        Ok(())
    }

    /// An empty simulation of the policies named `policies` (current, proposed) that keeps
    /// the `top_n` records that changed most.
    pub fn new(policies: [&str; 2], top_n: usize) -> Simulation {
        Simulation {
            policies: policies.map(str::to_string),
            records: 0,
            decided: 0,
            errors: 0,
            current: Side::default(),
            proposed: Side::default(),
            delta: Side::default(),
            changed: Changed::default(),
            by_reason: Vec::new(),
            by_sku: Vec::new(),
            top_n,
            top: Vec::new(),
            failed: Vec::new(),
        }
    }

    /// Decides `record` under both policies (its own `policy` member is ignored) and adds
    /// it. A record that fails under either is counted in `errors` and kept in `failed`.
    pub fn add(&mut self, current: &Policy, proposed: &Policy, record: &DecisionRecord) {
        let decided = |policy: &Policy| decide(policy, &record.order, &record.request, record.now);
        let id = record.id.as_deref();
        match (decided(current), decided(proposed)) {
            (Ok(a), Ok(b)) => self.add_decided(id, record, &a, &b),
            (Err(e), _) => self.add_failure(id, 0, &e),
            (_, Err(e)) => self.add_failure(id, 1, &e),
        }
    }

    /// Counts a record that could not be read or decided; `policy` is 0 (current) or 1
    /// (proposed) when deciding failed, and is ignored for a record that failed to read.
    pub fn add_failure(&mut self, id: Option<&RawValue>, policy: usize, e: &Error) {
        self.records += 1;
        self.errors += 1;
        let failed = FailedRecord {
            id: id.map(|v| RecordId(v.to_owned())),
            policy: self.policies.get(policy).cloned().unwrap_or_default(),
            error: e.record(),
        };
        top::keep(&mut self.failed, failed, KEPT_ERRORS);
    }

    /// Counts a record that failed to read (no policy was run): its error as a record.
    pub fn add_unread(&mut self, id: Option<&RawValue>, error: ErrorRecord) {
        self.records += 1;
        self.errors += 1;
        let failed = FailedRecord {
            id: id.map(|v| RecordId(v.to_owned())),
            policy: String::new(),
            error,
        };
        top::keep(&mut self.failed, failed, KEPT_ERRORS);
    }

    fn add_decided(
        &mut self,
        id: Option<&RawValue>,
        r: &DecisionRecord,
        a: &Decision,
        b: &Decision,
    ) {
        self.records += 1;
        self.decided += 1;
        let currency = r.order.currency;
        let (fa, fb) = (Figures::of(a, currency), Figures::of(b, currency));
        self.current.add(&fa, 1);
        self.proposed.add(&fb, 1);
        self.delta.add(&fb, 1);
        self.delta.add(&fa, -1);
        let moved = a.outcome != b.outcome;
        let money = fa.money.change_to(&fb.money);
        if moved || !money.is_zero() {
            self.changed.records += 1;
        }
        if moved {
            self.changed.outcome += 1;
            *move_mut(&mut self.changed.moves, a.outcome, b.outcome) += 1;
        }
        for (line, (la, lb)) in r.request.lines.iter().zip(fa.lines.iter().zip(&fb.lines)) {
            let sku = r
                .order
                .lines
                .iter()
                .find(|l| l.id == line.line_id)
                .and_then(|l| l.sku.as_ref())
                .map(|s| s.to_string());
            for (groups, key) in [
                (&mut self.by_reason, Some(line.reason.clone())),
                (&mut self.by_sku, sku),
            ] {
                group_mut(groups, key, currency).add(la, lb);
            }
        }
        if moved || !money.is_zero() {
            let change = Change::new(
                id,
                &r.order.id,
                currency,
                a.outcome,
                b.outcome,
                fa.money,
                fb.money,
            );
            top::keep(&mut self.top, change, self.top_n);
        }
    }

    /// Adds `other`, a simulation of another part of the history under the same two
    /// policies: the result is the simulation of both parts, whatever the order of merging.
    /// Simulations of other policies are refused (`policies`), and so is one with a money figure
    /// above 10²⁰ in magnitude (`delta.money[0].refund`) or a count above 10^15
    /// (`current.outcomes.deny`); the smaller `top_n` is kept. A sum of counts beyond what a
    /// count holds (only a great many merges reach it) is refused with its field in `other`;
    /// this simulation is then partly merged, and is to be discarded.
    pub fn merge(&mut self, other: Simulation) -> Result<()> {
        use crate::error::Within;
        other.check()?;
        if self.policies != other.policies {
            return Err(Error::InvalidValue {
                field: "policies".into(),
                reason: format!(
                    "a simulation of {} and {} can't merge with one of {} and {}",
                    self.policies[0], self.policies[1], other.policies[0], other.policies[1]
                ),
            });
        }
        for (into, n, name) in [
            (&mut self.records, other.records, "records"),
            (&mut self.decided, other.decided, "decided"),
            (&mut self.errors, other.errors, "errors"),
            (
                &mut self.changed.records,
                other.changed.records,
                "changed.records",
            ),
            (
                &mut self.changed.outcome,
                other.changed.outcome,
                "changed.outcome",
            ),
        ] {
            crate::count::add(into, n, || name.into())?;
        }
        self.current.merge(&other.current).within("current")?;
        self.proposed.merge(&other.proposed).within("proposed")?;
        self.delta.merge(&other.delta).within("delta")?;
        for (k, m) in other.changed.moves.iter().enumerate() {
            let into = move_mut(&mut self.changed.moves, m.from, m.to);
            crate::count::add(into, m.records, || format!("changed.moves[{k}].records"))?;
        }
        for (list, mine, theirs) in [
            ("by_reason", &mut self.by_reason, other.by_reason),
            ("by_sku", &mut self.by_sku, other.by_sku),
        ] {
            for (i, g) in theirs.iter().enumerate() {
                let into = group_mut(mine, g.key.clone(), g.currency);
                into.merge(g)
                    .map_err(|e| e.within(&format!("{list}[{i}]")))?;
            }
        }
        self.top_n = self.top_n.min(other.top_n);
        for c in other.top {
            top::keep(&mut self.top, c, self.top_n);
        }
        top::trim(&mut self.top, self.top_n);
        for f in other.failed {
            top::keep(&mut self.failed, f, KEPT_ERRORS);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;

/// The count of records whose outcome moved from `from` to `to`, added in order when new.
fn move_mut(moves: &mut Vec<Move>, from: Outcome, to: Outcome) -> &mut u64 {
    let k = match moves.binary_search_by(|m| (m.from, m.to).cmp(&(from, to))) {
        Ok(k) => k,
        Err(k) => {
            let new = Move {
                from,
                to,
                records: 0,
            };
            moves.insert(k, new);
            k
        }
    };
    &mut moves[k].records
}

/// The group of `key` in `currency`, added in order when new.
fn group_mut(
    groups: &mut Vec<Group>,
    key: Option<String>,
    currency: crate::Currency,
) -> &mut Group {
    let at = groups.binary_search_by(|g| {
        (g.key.as_deref(), g.currency.code()).cmp(&(key.as_deref(), currency.code()))
    });
    let k = match at {
        Ok(k) => k,
        Err(k) => {
            groups.insert(
                k,
                Group {
                    key,
                    currency,
                    lines: 0,
                    current: LineSide::default(),
                    proposed: LineSide::default(),
                    delta: LineSide::default(),
                },
            );
            k
        }
    };
    &mut groups[k]
}

impl Group {
    fn add(&mut self, a: &LineFigures, b: &LineFigures) {
        self.lines += 1;
        self.current.add(a, 1);
        self.proposed.add(b, 1);
        self.delta.add(b, 1);
        self.delta.add(a, -1);
    }

    /// Adds `other`'s lines; a sum of counts beyond what a count holds is refused with its
    /// field (`lines`, `delta.outcomes.deny`).
    fn merge(&mut self, other: &Group) -> Result<()> {
        use crate::error::Within;
        crate::count::add(&mut self.lines, other.lines, || "lines".into())?;
        self.current.merge(&other.current).within("current")?;
        self.proposed.merge(&other.proposed).within("proposed")?;
        self.delta.merge(&other.delta).within("delta")
    }
}

impl LineSide {
    fn add(&mut self, l: &LineFigures, sign: i64) {
        self.outcomes.count(l.outcome, sign);
        if sign < 0 {
            self.refund -= l.refund;
        } else {
            self.refund += l.refund;
        }
    }

    fn merge(&mut self, other: &LineSide) -> Result<()> {
        use crate::error::Within;
        self.outcomes.merge(&other.outcomes).within("outcomes")?;
        self.refund += other.refund;
        Ok(())
    }
}

/// The simulation of `records` in one pass: each decided under `current` and `proposed`.
pub fn simulate<'a>(
    names: [&str; 2],
    current: &Policy,
    proposed: &Policy,
    records: impl IntoIterator<Item = &'a DecisionRecord>,
    top_n: usize,
) -> Simulation {
    let mut sim = Simulation::new(names, top_n);
    for r in records {
        sim.add(current, proposed, r);
    }
    sim
}
