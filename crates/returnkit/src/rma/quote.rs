//! What an RMA owes: the final refund quote for the units accepted so far, with every unit
//! quoted at the grade it was inspected with, and the cash still owed.
//!
//! The refund engine takes one condition per line. A line whose accepted units were graded
//! differently across inspections (one shirt like new, the other used) is quoted without a
//! grade, and each batch's inspection deduction is worked out here from its own telescoped
//! share of the line, exactly as the engine would for a line of that grade alone.

use rust_decimal::Decimal;

use super::event::{Event, EventKind};
use super::state::{Rma, RmaLine};
use crate::error::Result;
use crate::refund::engine::telescope;
use crate::refund::ledger::OrderLedger;
use crate::refund::{
    Condition, Deduction, DeductionKind, QuoteMode, RefundLine, RefundQuote, RefundRequest,
    Resolution,
};

/// Units accepted together, with the grade they were accepted at (none for units accepted
/// without inspection: a lost parcel's, or items the customer keeps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Batch {
    pub units: i64,
    pub condition: Option<Condition>,
}

/// The accepted batches of every line, oldest first, read from an RMA's event log.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grades {
    /// Whether there was a log to read; without one, only each line's last grade is known.
    logged: bool,
    lines: Vec<(String, Vec<Batch>)>,
}

impl Grades {
    /// The batches in `events` (the whole log, or the part of it before some command).
    pub fn from_events(events: &[Event]) -> Grades {
        let mut grades = Grades {
            // A log that starts mid-way (a snapshot the host kept, then new events) does not
            // account for the units accepted before it.
            logged: matches!(
                events.first().map(|e| &e.kind),
                Some(EventKind::Submitted(_))
            ),
            lines: Vec::new(),
        };
        for event in events {
            match &event.kind {
                EventKind::ItemsInspected { lines, .. } => {
                    for i in lines.iter().filter(|i| i.accepted > 0) {
                        grades.push(&i.line_id, i.accepted, Some(i.condition));
                    }
                }
                EventKind::LostParcelSettled { lines, .. } => {
                    for u in lines {
                        grades.push(&u.line_id, u.quantity, None);
                    }
                }
                _ => {}
            }
        }
        grades
    }

    /// Adds a batch: an inspection or settlement about to be recorded.
    pub fn push(&mut self, line_id: &str, units: i64, condition: Option<Condition>) {
        let batch = Batch { units, condition };
        match self.lines.iter_mut().find(|(id, _)| id == line_id) {
            Some((_, batches)) => batches.push(batch),
            None => self.lines.push((line_id.to_string(), vec![batch])),
        }
    }

    /// The accepted units of `line` in batches. Units the log does not account for are the
    /// customer's kept items (no grade); without a log, all of them carry the line's last
    /// grade, which is all a snapshot knows.
    fn batches(&self, line: &RmaLine) -> Vec<Batch> {
        let logged: &[Batch] = self
            .lines
            .iter()
            .find(|(id, _)| *id == line.line_id)
            .map_or(&[], |(_, b)| b.as_slice());
        let rest = line.accepted - logged.iter().map(|b| b.units).sum::<i64>();
        let mut out = Vec::with_capacity(logged.len() + 1);
        if rest > 0 {
            out.push(Batch {
                units: rest,
                condition: if self.logged { None } else { line.condition },
            });
        }
        out.extend(logged.iter().copied().filter(|b| b.units > 0));
        out
    }
}

impl Rma {
    /// The final refund quote for the units accepted so far, under the terms the decision
    /// set: what to pay, and how it splits across the order's tenders.
    ///
    /// Units received but not yet inspected, rejected units and units that never arrived are
    /// not paid for; items the customer keeps are. A snapshot knows only each line's last
    /// grade: when a line's units were accepted at different grades, use
    /// [`RmaDocument::final_quote`](super::RmaDocument::final_quote), which reads each
    /// batch's grade from the event log.
    pub fn final_quote(&self) -> Result<RefundQuote> {
        self.quote_accepted(&Grades::default())
    }

    /// The final refund quote, each batch of accepted units at its own grade.
    pub(crate) fn quote_accepted(&self, grades: &Grades) -> Result<RefundQuote> {
        let mut request = RefundRequest::clone(&self.terms);
        request.mode = QuoteMode::Final;
        let mut mixed: Vec<(String, Vec<Batch>)> = Vec::new();
        for line in &self.lines {
            let existing = request
                .lines
                .iter_mut()
                .find(|r| *r.line_id == *line.line_id);
            let r = match existing {
                Some(r) => r,
                // A line the decision left out, with nothing received: nothing to pay.
                None if line.received == 0 => continue,
                None => {
                    request.lines.push(RefundLine {
                        line_id: line.line_id.as_str().into(),
                        quantity: line.received.max(1),
                        received: None,
                        accepted: None,
                        condition: None,
                        restocking: None,
                        waive_fees: line.reason_class == crate::policy::ReasonClass::MerchantFault,
                    });
                    let Some(last) = request.lines.last_mut() else {
                        continue;
                    };
                    last
                }
            };
            // Kept items are accepted without being received; the engine wants them received.
            let received = line.received.max(line.accepted);
            r.quantity = r.quantity.max(received).max(1);
            r.received = Some(received);
            r.accepted = Some(line.accepted);
            let batches = grades.batches(line);
            let first = batches.first().map(|b| b.condition);
            if batches.iter().all(|b| Some(b.condition) == first) {
                r.condition = first.unwrap_or(line.condition);
            } else {
                // Deducted batch by batch below.
                r.condition = None;
                mixed.push((line.line_id.clone(), batches));
            }
        }
        request.lines.retain(|r| r.received.is_some());
        let base = crate::refund::quote(&self.order, &request)?;
        if mixed.is_empty() {
            return Ok(base);
        }

        let ledger = OrderLedger::new(&self.order)?;
        let digits = ledger.digits;
        let minor = |d: Decimal| crate::money::decimal_to_minor(d, digits, "refund_due");
        let dec = |m: i64| Decimal::new(m, digits);
        // Each mixed line's inspection deductions, taken from what is left of the line after
        // its restocking fee, as the engine takes a single grade's.
        let mut deducted: Vec<(String, Vec<Deduction>)> = Vec::new();
        let mut extra = 0i64;
        for (line_id, batches) in &mixed {
            let (Some(i), Some(q)) = (
                ledger.find_line(line_id, 0),
                base.lines.iter().find(|q| &*q.line_id == line_id.as_str()),
            ) else {
                continue;
            };
            let (Some(l), Some(src)) = (ledger.lines.get(i), self.order.lines.get(i)) else {
                continue;
            };
            let mut left = minor(q.total)?;
            let mut taken = l.prior_units;
            let mut out = Vec::new();
            for b in batches {
                let paid = telescope(l.paid(), src.quantity, taken, b.units);
                taken += b.units;
                let Some(c) = b.condition else { continue };
                let Some(d) = request.fees.inspection.iter().find(|d| d.condition == c) else {
                    continue;
                };
                let fee = crate::money::percent_of(paid, d.percent);
                let amount = fee.min(left).max(0);
                left -= amount;
                extra += amount;
                out.push(Deduction {
                    kind: DeductionKind::Inspection,
                    condition: Some(c),
                    amount: dec(amount),
                    capped: amount < fee,
                });
            }
            deducted.push((line_id.clone(), out));
        }

        // The engine settles the refund (tenders, store credit and its bonus, an exchange's
        // balance) from the total, so it quotes again with the batches' deductions added to
        // the label fee, the last deduction it takes: the refund and its split come out as
        // for the deductions on the lines, which are then put back where they belong.
        let mut quote = if extra > 0 {
            let mut again = request.clone();
            again.fees.label = Some(again.fees.label.unwrap_or(Decimal::ZERO) + dec(extra));
            crate::refund::quote(&self.order, &again)?
        } else {
            base
        };
        for (line_id, out) in deducted {
            if let Some(q) = quote
                .lines
                .iter_mut()
                .find(|q| &*q.line_id == line_id.as_str())
            {
                q.total -= out.iter().map(|d| d.amount).sum::<Decimal>();
                q.deductions.extend(out);
            }
        }
        if extra > 0 {
            // Redo the return's own deductions on what the lines now leave. Each takes what
            // it did, or what is left if that is less; the total deducted, and so the refund,
            // is the same either way.
            let label = request.fees.label.map(minor).transpose()?;
            let mut left = quote.lines.iter().map(|q| q.total).sum::<Decimal>()
                + quote.shipping.as_ref().map_or(Decimal::ZERO, |s| s.total);
            let mut natural = Vec::with_capacity(quote.deductions.len());
            for d in quote.deductions.drain(..) {
                let fee = match d.kind {
                    DeductionKind::LabelFee => match label {
                        Some(l) => dec(l),
                        None => continue,
                    },
                    _ if d.capped => left,
                    _ => d.amount,
                };
                let amount = fee.min(left).max(Decimal::ZERO);
                left -= amount;
                natural.push(Deduction {
                    amount,
                    capped: amount < fee || d.capped,
                    ..d
                });
            }
            quote.deductions = natural;
        }
        Ok(quote)
    }

    /// The cash due for every unit accepted so far: the refund, or an exchange's difference.
    pub(crate) fn final_refund(&self, grades: &Grades) -> Result<Decimal> {
        if self.lines.iter().all(|l| l.accepted == 0) {
            return Ok(Decimal::ZERO);
        }
        let quote = self.quote_accepted(grades)?;
        Ok(match (&quote.exchange, self.resolution) {
            (Some(e), Resolution::Exchange) => e.refund_due,
            _ => quote.totals.refund,
        })
    }

    /// Whether this is an exchange whose replacements were not chosen when it was decided:
    /// the whole value returned is credit towards them, so the replacement's value is not
    /// known and shipping it uses up whatever was not refunded.
    pub(crate) fn open_exchange(&self) -> bool {
        self.resolution == Resolution::Exchange && self.terms.exchange_items.is_empty()
    }

    /// The cash still owed: what is due less what was paid. Nothing once an open exchange
    /// shipped, since the replacement took the value not refunded by then.
    pub fn cash_owed(&self) -> Decimal {
        if self.open_exchange() && self.exchange_shipped {
            return Decimal::ZERO;
        }
        (self.refund_due - self.paid()).max(Decimal::ZERO)
    }
}
