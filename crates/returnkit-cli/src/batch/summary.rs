//! What a `returnkit batch` run decided: records counted by result, by outcome and by policy,
//! and the summary on standard error (a line of text, or one JSON object).

use std::collections::BTreeMap;

use returnkit::decision::Outcome;
use serde::Serialize;

use super::Policies;

/// Records decided and records that failed, in one block, one chunk or the whole run.
#[derive(Clone, Default)]
pub struct Counts {
    pub decisions: u64,
    pub errors: u64,
    /// Decisions by overall outcome: approve, review, deny.
    outcomes: [u64; 3],
    /// For each policy, in the run's order: decisions and errors of the records given to it.
    by_policy: Vec<[u64; 2]>,
}

impl Counts {
    /// No records yet, for a run of `policies` policies.
    pub fn new(policies: usize) -> Counts {
        Counts {
            by_policy: vec![[0; 2]; policies],
            ..Counts::default()
        }
    }

    /// A decision with this outcome, under the policy at `policy`.
    pub fn decided(&mut self, outcome: Outcome, policy: usize) {
        self.decisions += 1;
        let slot = match outcome {
            Outcome::Approve => 0,
            Outcome::Review => 1,
            Outcome::Deny => 2,
        };
        self.outcomes[slot] += 1;
        if let Some(p) = self.by_policy.get_mut(policy) {
            p[0] += 1;
        }
    }

    /// A record that failed, under the policy at `policy` if it got that far.
    pub fn failed(&mut self, policy: Option<usize>) {
        self.errors += 1;
        if let Some(p) = policy.and_then(|i| self.by_policy.get_mut(i)) {
            p[1] += 1;
        }
    }

    /// Adds another's records to these.
    pub fn add(&mut self, other: &Counts) {
        self.decisions += other.decisions;
        self.errors += other.errors;
        for (a, b) in self.outcomes.iter_mut().zip(other.outcomes) {
            *a += b;
        }
        if self.by_policy.len() < other.by_policy.len() {
            self.by_policy.resize(other.by_policy.len(), [0; 2]);
        }
        for (a, b) in self.by_policy.iter_mut().zip(&other.by_policy) {
            a[0] += b[0];
            a[1] += b[1];
        }
    }

    /// `5 decisions (4 approve, 0 review, 1 deny), 1 error`.
    pub fn text(&self) -> String {
        let [approve, review, deny] = self.outcomes;
        format!(
            "{} decision{} ({approve} approve, {review} review, {deny} deny), {} error{}",
            self.decisions,
            plural(self.decisions),
            self.errors,
            plural(self.errors)
        )
    }

    /// The summary as one JSON object:
    /// `{"records":6,"decisions":5,"errors":1,"by_outcome":{...},"by_policy":{...}}`.
    pub fn json(&self, policies: &Policies) -> String {
        let [approve, review, deny] = self.outcomes;
        let summary = Summary {
            records: self.decisions + self.errors,
            decisions: self.decisions,
            errors: self.errors,
            by_outcome: ByOutcome {
                approve,
                review,
                deny,
            },
            by_policy: policies
                .names()
                .zip(self.by_policy.iter().chain(std::iter::repeat(&[0; 2])))
                .map(|(name, [decisions, errors])| {
                    let counts = PolicyCounts {
                        decisions: *decisions,
                        errors: *errors,
                    };
                    (name, counts)
                })
                .collect(),
        };
        serde_json::to_string(&summary).unwrap_or_default()
    }
}

/// `--summary json`'s object.
#[derive(Serialize)]
struct Summary<'a> {
    records: u64,
    decisions: u64,
    errors: u64,
    by_outcome: ByOutcome,
    by_policy: BTreeMap<&'a str, PolicyCounts>,
}

#[derive(Serialize)]
struct ByOutcome {
    approve: u64,
    review: u64,
    deny: u64,
}

#[derive(Serialize)]
struct PolicyCounts {
    decisions: u64,
    errors: u64,
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
