//! What an RMA owes: the final refund quote for the units accepted so far, with every unit
//! quoted at the grade it was inspected with, and the cash still owed.
//!
//! A line whose accepted units were graded differently across inspections (one shirt like
//! new, the other used) goes to the refund engine as graded batches, and each batch's
//! inspection deduction is taken from its own share of the line.

use rust_decimal::Decimal;

use super::event::{Event, EventKind};
use super::state::{Rma, RmaLine};
use crate::error::Result;
use crate::refund::engine::quote_with_ledger;
use crate::refund::ledger::OrderLedger;
use crate::refund::{
    Condition, GradedUnits, QuoteMode, RefundLine, RefundQuote, RefundRequest, Resolution,
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

    /// The batches in `events`, with every accepted unit the log does not account for (all of
    /// them, without a log) taken as ungraded: a bound on what a state's units can be worth,
    /// since a grade only ever deducts.
    pub fn bounding(events: &[Event]) -> Grades {
        Grades {
            logged: true,
            ..Grades::from_events(events)
        }
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
        crate::refund::engine::quote_unplaced(&self.order, &self.final_request(grades))
    }

    /// The refund request of the final quote: the terms, with each line's accepted units in
    /// graded batches.
    fn final_request(&self, grades: &Grades) -> RefundRequest {
        let mut request = RefundRequest::clone(&self.terms);
        request.mode = QuoteMode::Final;
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
                        component_id: None,
                        quantity: line.received.max(1),
                        received: None,
                        accepted: None,
                        condition: None,
                        grades: Vec::new(),
                        restocking: None,
                        waive_fees: line.reason_class == crate::policy::ReasonClass::MerchantFault,
                        resolution: None,
                    });
                    let Some(last) = request.lines.last_mut() else {
                        continue;
                    };
                    last
                }
            };
            // Kept items are accepted without being received, and units paid early before
            // they arrive; the engine wants them received.
            let accepted = line.accepted + line.advanced;
            let received = line.received.max(accepted);
            r.quantity = r.quantity.max(received).max(1);
            r.received = Some(received);
            r.accepted = Some(accepted);
            let mut batches = grades.batches(line);
            if line.advanced > 0 {
                // Paid early and not inspected yet: at no deduction.
                batches.push(Batch {
                    units: line.advanced,
                    condition: None,
                });
            }
            let first = batches.first().map(|b| b.condition);
            if batches.iter().all(|b| Some(b.condition) == first) {
                r.condition = first.unwrap_or(line.condition);
            } else {
                // Graded apart: the engine deducts batch by batch.
                r.condition = None;
                r.grades = batches
                    .iter()
                    .map(|b| GradedUnits {
                        units: b.units,
                        condition: b.condition,
                    })
                    .collect();
            }
        }
        request.lines.retain(|r| r.received.is_some());
        request
    }

    /// A returnless approval: the customer keeps the approved units, so they are accepted for
    /// refund as they are, without being received or inspected, and their refund is due now.
    pub(super) fn keep_approved_units(&mut self) -> Result<()> {
        for line in &mut self.lines {
            line.accepted = line.approved;
        }
        (self.refund_due, self.credit_due) = self.final_dues(&Grades::default())?;
        Ok(())
    }

    /// What is due for every unit accepted so far: the cash (the refund, or an exchange's
    /// difference), and, in a mixed return, the store credit of its store-credit part.
    pub(crate) fn final_dues(&self, grades: &Grades) -> Result<(Decimal, Decimal)> {
        if self
            .lines
            .iter()
            .all(|l| l.accepted == 0 && l.advanced == 0)
        {
            return Ok((Decimal::ZERO, Decimal::ZERO));
        }
        Ok(self.dues(&self.quote_accepted(grades)?))
    }

    /// What a final quote makes due: the cash (the refund, or an exchange's difference) and
    /// the store credit of a mixed return's store-credit part (a return settled one way as
    /// store credit has it in the cash figure, which its credits pay).
    fn dues(&self, quote: &RefundQuote) -> (Decimal, Decimal) {
        if !quote.settlements.is_empty() {
            let (mut cash, mut credit) = (Decimal::ZERO, Decimal::ZERO);
            for part in &quote.settlements {
                match (part.resolution, &part.exchange) {
                    (Resolution::OriginalPayment, _) => cash += part.amount,
                    (Resolution::StoreCredit, _) => credit += part.amount,
                    (Resolution::Exchange, Some(e)) => cash += e.refund_due,
                    (Resolution::Exchange, None) => {}
                }
            }
            return (cash, credit);
        }
        let cash = match (&quote.exchange, self.resolution) {
            (Some(e), Resolution::Exchange) => e.refund_due,
            _ => quote.totals.refund,
        };
        (cash, Decimal::ZERO)
    }

    /// The most the refund due can be for the units accepted so far, the log being `events`:
    /// each batch at the grade the log records, the units it does not account for at none.
    /// `ledger` is the RMA's order, already checked.
    pub(crate) fn refund_due_bound(
        &self,
        events: &[Event],
        ledger: &OrderLedger<'_>,
    ) -> Result<(Decimal, Decimal)> {
        if self
            .lines
            .iter()
            .all(|l| l.accepted == 0 && l.advanced == 0)
        {
            return Ok((Decimal::ZERO, Decimal::ZERO));
        }
        let request = self.final_request(&Grades::bounding(events));
        Ok(self.dues(&quote_with_ledger(ledger, &request)?))
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
        (self.refund_due + self.credit_due - self.paid()).max(Decimal::ZERO)
    }
}
