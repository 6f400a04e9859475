//! What one decision comes to, for a simulation (its outcome, money and lines), and the sums
//! a simulation keeps of them under one policy.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::decision::{Decision, Outcome};
use crate::Currency;

/// Counts by outcome (of returns, or of lines). Differences can be negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationOutcomes")
)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    /// Approved.
    pub approve: i64,
    /// Sent to review.
    pub review: i64,
    /// Denied.
    pub deny: i64,
}

impl Outcomes {
    pub(super) fn count(&mut self, o: Outcome, n: i64) {
        match o {
            Outcome::Approve => self.approve += n,
            Outcome::Review => self.review += n,
            Outcome::Deny => self.deny += n,
        }
    }

    /// The counts, each with its member's name.
    fn counts(&self) -> [(&'static str, i64); 3] {
        [
            ("approve", self.approve),
            ("review", self.review),
            ("deny", self.deny),
        ]
    }

    /// Checks counts read back before they are merged: each at most 10^15 either side of 0,
    /// and not negative unless `signed` (a delta's). Errors name the outcome (`deny`).
    pub(super) fn check(&self, signed: bool) -> crate::Result<()> {
        for (name, n) in self.counts() {
            if signed {
                crate::count::check(n, || name.into())?;
            } else {
                let n = u64::try_from(n).map_err(|_| crate::Error::InvalidValue {
                    field: name.into(),
                    reason: format!("must not be negative, got {n}"),
                })?;
                crate::count::check(n, || name.into())?;
            }
        }
        Ok(())
    }

    /// Adds `other`'s counts; a sum beyond what a count holds is refused with the outcome's
    /// name, and leaves these counts as they were.
    pub(super) fn merge(&mut self, other: &Outcomes) -> crate::Result<()> {
        let mut sum = *self;
        let mine = [&mut sum.approve, &mut sum.review, &mut sum.deny];
        for (into, (name, n)) in mine.into_iter().zip(other.counts()) {
            crate::count::add(into, n, || name.into())?;
        }
        *self = sum;
        Ok(())
    }
}

/// Refunds, fees and label costs, in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationMoney")
)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// What the customers get back (the answering offer's `totals.refund`).
    #[serde(with = "crate::wire::WireDecimal")]
    pub refund: Decimal,
    /// What is kept back: fees and deductions (`totals.deductions`).
    #[serde(with = "crate::wire::WireDecimal")]
    pub fees: Decimal,
    /// What the shop expects to pay for labels (`label.chosen.expected_cost`).
    #[serde(with = "crate::wire::WireDecimal")]
    pub label_cost: Decimal,
}

impl Money {
    fn add(&mut self, m: &Money, sign: i64) {
        if sign < 0 {
            self.refund -= m.refund;
            self.fees -= m.fees;
            self.label_cost -= m.label_cost;
        } else {
            self.refund += m.refund;
            self.fees += m.fees;
            self.label_cost += m.label_cost;
        }
    }

    /// How far `other` is from this: the absolute changes of each figure, summed.
    pub(super) fn change_to(&self, other: &Money) -> Decimal {
        (other.refund - self.refund).abs()
            + (other.fees - self.fees).abs()
            + (other.label_cost - self.label_cost).abs()
    }
}

/// Money in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationCurrencyMoney")
)]
#[serde(deny_unknown_fields)]
pub struct InCurrency {
    /// The currency.
    pub currency: Currency,
    /// The figures.
    #[serde(flatten)]
    pub money: Money,
}

/// The returns under one policy (or the difference of two): outcomes, and money per currency
/// in currency-code order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "json-schema",
    derive(schemars::JsonSchema),
    schemars(rename = "SimulationSide")
)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// Returns by outcome.
    pub outcomes: Outcomes,
    /// Money, per currency.
    pub money: Vec<InCurrency>,
}

impl Side {
    /// Checks a side read back before it is merged: its outcomes' counts at most 10^15 either
    /// side of 0, and each amount within what sums can hold
    /// ([`check_summable`](crate::money::check_summable)), named under `at`. Counts and
    /// amounts are not negative unless `signed` (the delta's).
    pub(super) fn check(&self, at: &str, signed: bool) -> crate::Result<()> {
        self.outcomes
            .check(signed)
            .map_err(|e| e.within(&format!("{at}.outcomes")))?;
        for (i, m) in self.money.iter().enumerate() {
            let figures = [
                ("refund", m.money.refund),
                ("fees", m.money.fees),
                ("label_cost", m.money.label_cost),
            ];
            for (name, amount) in figures {
                let field = || format!("{at}.money[{i}].{name}");
                if !signed {
                    crate::money::check_not_negative(amount, field)?;
                }
                crate::money::check_summable(amount, field)?;
            }
        }
        Ok(())
    }

    pub(super) fn add(&mut self, f: &Figures, sign: i64) {
        self.outcomes.count(f.outcome, sign);
        self.money_mut(f.currency).add(&f.money, sign);
    }

    /// Adds `other`; a sum of outcomes beyond what a count holds is refused
    /// (`outcomes.deny`), before any money is added.
    pub(super) fn merge(&mut self, other: &Side) -> crate::Result<()> {
        use crate::error::Within;
        self.outcomes.merge(&other.outcomes).within("outcomes")?;
        for m in &other.money {
            self.money_mut(m.currency).add(&m.money, 1);
        }
        Ok(())
    }

    fn money_mut(&mut self, currency: Currency) -> &mut Money {
        let k = match self
            .money
            .binary_search_by(|m| m.currency.code().cmp(currency.code()))
        {
            Ok(k) => k,
            Err(k) => {
                self.money.insert(
                    k,
                    InCurrency {
                        currency,
                        money: Money::default(),
                    },
                );
                k
            }
        };
        &mut self.money[k].money
    }
}

/// One decision's figures.
pub(super) struct Figures {
    pub outcome: Outcome,
    pub currency: Currency,
    pub money: Money,
    /// One per requested line, in the request's order.
    pub lines: Vec<LineFigures>,
}

/// One line's outcome and refund.
pub(super) struct LineFigures {
    pub outcome: Outcome,
    pub refund: Decimal,
}

impl Figures {
    /// The figures of `d`, an order in `currency`: from its answering offer (the one of the
    /// resolution asked for, else the first).
    pub(super) fn of(d: &Decision, currency: Currency) -> Figures {
        let offer = d.offer(None).or_else(|| d.resolutions.first());
        let money = offer.map_or_else(Money::default, |o| Money {
            refund: o.quote.totals.refund,
            fees: o.quote.totals.deductions,
            label_cost: d
                .label
                .as_ref()
                .map_or(Decimal::ZERO, |l| l.chosen.expected_cost),
        });
        let lines = d
            .lines
            .iter()
            .map(|l| LineFigures {
                outcome: l.outcome,
                refund: offer
                    .and_then(|o| o.quote.lines.iter().find(|q| q.line_id == l.line_id))
                    .map_or(Decimal::ZERO, |q| q.total),
            })
            .collect();
        Figures {
            outcome: d.outcome,
            currency,
            money,
            lines,
        }
    }
}
