//! What a stored RMA document may claim. A document is the host's storage and may come back
//! edited, truncated or without its log, so on loading, every figure a command relies on is
//! checked against the order snapshot and the RMA's own lines: the units, the refund due and
//! the money recorded. Whatever a document says, returnkit never records a refund or store
//! credit beyond what the order's tenders can still take back, nor beyond what the accepted
//! units are worth. The checks are one pass over the lines and the payments, and one quote.

use super::event::Event;
use super::state::{Authorization, Rma};
use crate::error::{Error, Result};
use crate::money::{decimal_to_minor, minor_to_decimal};
use crate::refund::ledger::OrderLedger;
use rust_decimal::Decimal;

impl Rma {
    /// Checks the state (the snapshot, or the fold of the log `events`) as a loaded document
    /// must be: lines the order has, once each, with units in their order; an authorization
    /// that allows what happened; payments to the order's tenders within what they can still
    /// take back; and a refund due no more than the accepted units are worth (or what was
    /// already paid, which is never clawed back). Errors name the member within the document
    /// (`rma.refund_due`, `rma.lines[0].accepted`).
    pub(crate) fn check_integrity(&self, events: &[Event]) -> Result<()> {
        let ledger = OrderLedger::new(&self.order).map_err(|e| e.within("rma.order"))?;
        self.check_lines(&ledger)?;
        self.check_progress()?;
        self.check_recovery()?;
        let paid = self.check_payments(&ledger)?;
        self.check_refund_due(events, paid, &ledger)
    }

    /// Every line is a line of the order, listed once, with its units in order: approved
    /// within what was asked, received within what was approved, inspected within what was
    /// received (kept items are accepted as approved), and nothing accepted beyond what the
    /// order can still take back.
    fn check_lines(&self, ledger: &OrderLedger<'_>) -> Result<()> {
        let mut seen = rustc_hash::FxHashSet::default();
        for (j, line) in self.lines.iter().enumerate() {
            let field = |name: &str| format!("rma.lines[{j}].{name}");
            if !seen.insert(line.line_id.as_str()) {
                return Err(Error::DuplicateId {
                    field: field("line_id"),
                    id: line.line_id.clone(),
                });
            }
            let i = ledger
                .find_line(&line.line_id, j)
                .ok_or_else(|| Error::UnknownLine {
                    field: field("line_id"),
                    line_id: line.line_id.clone(),
                })?;
            let counts = [
                ("requested", line.requested),
                ("eligible", line.eligible),
                ("approved", line.approved),
                ("received", line.received),
                ("accepted", line.accepted),
                ("rejected", line.rejected),
            ];
            for (name, units) in counts {
                if units < 0 {
                    return Err(Error::InvalidValue {
                        field: field(name),
                        reason: format!("must not be negative, got {units}"),
                    });
                }
            }
            let returnable = match (ledger.order.lines.get(i), ledger.lines.get(i)) {
                (Some(o), Some(l)) => o.returnable_quantity() - l.prior_units,
                _ => 0,
            };
            // Kept items are accepted when approved, without being received.
            let inspectable = if self.keep_item {
                line.received.max(line.approved)
            } else {
                line.received
            };
            let bounds = [
                ("approved", line.approved, line.requested.max(line.eligible)),
                ("received", line.received, line.approved),
                ("accepted", line.accepted, line.approved),
                ("accepted", line.accepted + line.rejected, inspectable),
                ("accepted", line.accepted, returnable),
                (
                    "advanced",
                    line.accepted + line.rejected + line.advanced,
                    line.approved,
                ),
            ];
            for (name, units, available) in bounds {
                if units > available {
                    return Err(Error::QuantityExceeded {
                        field: field(name),
                        requested: units,
                        available: available.max(0),
                    });
                }
            }
        }
        Ok(())
    }

    /// The authorization allows what happened: nothing approved, shipped, inspected or owed
    /// before approval or after a rejection, and no money recorded on a return that was
    /// cancelled or expired (neither is possible once money was recorded).
    fn check_progress(&self) -> Result<()> {
        use Authorization as A;
        let undecided = matches!(
            self.authorization,
            A::Requested | A::PendingReview | A::Rejected
        );
        let moved = self
            .lines
            .iter()
            .any(|l| l.approved > 0 || l.received > 0 || l.accepted > 0 || l.rejected > 0)
            || !self.parcels.is_empty()
            || !self.refund_due.is_zero()
            || !self.credit_due.is_zero();
        let paid = !self.refunds.is_empty() || !self.credits.is_empty() || self.exchange_shipped;
        let settled = matches!(self.authorization, A::Approved | A::Closed);
        let reason = if undecided && moved {
            "a return not approved has nothing approved, shipped, inspected or due"
        } else if paid && !settled {
            "only an approved or closed return has money recorded or an exchange shipped"
        } else {
            return Ok(());
        };
        Err(Error::InvalidValue {
            field: "rma.authorization".into(),
            reason: reason.into(),
        })
    }

    /// Each payment is positive, in the currency's minor unit and of the kind the resolution
    /// pays; refunds go to tenders of the order, each within what it can still take back; in
    /// all, no more than the order can still refund, and no more than is due. Returns what
    /// was paid, in minor units.
    fn check_payments(&self, ledger: &OrderLedger<'_>) -> Result<i64> {
        let digits = ledger.digits;
        let dec = |m: i64| minor_to_decimal(m, digits);
        let mut left: Vec<i64> = ledger.tenders.iter().map(|t| t.refundable).collect();
        let mut paid = 0i64;
        // A mixed return pays each kind against its own due; any other, both against one.
        let mixed = self.mixed();
        let lists = [
            (
                "refunds",
                &self.refunds,
                self.pays_refunds(),
                self.refund_due,
            ),
            (
                "credits",
                &self.credits,
                self.pays_credit(),
                if mixed {
                    self.credit_due
                } else {
                    self.refund_due
                },
            ),
        ];
        for (list, payments, allowed, due) in lists {
            if !allowed && !payments.is_empty() {
                return Err(Error::InvalidValue {
                    field: format!("rma.{list}"),
                    reason: "store credit is recorded for a store-credit return (or the \
                             store-credit lines of a mixed one), refunds for any other"
                        .into(),
                });
            }
            // What was paid before this list, against the same due; money owed back after
            // an early refund was paid against a due since lowered.
            let before = if mixed { paid } else { 0 };
            let due = due + self.owed_back();
            for (k, payment) in payments.iter().enumerate() {
                let field = |name: &str| format!("rma.{list}[{k}].{name}");
                let amount = decimal_to_minor(payment.amount, digits, &field("amount"))?;
                if amount <= 0 {
                    return Err(Error::InvalidAmount {
                        field: field("amount"),
                        reason: format!("must be positive, got {}", payment.amount),
                    });
                }
                if let Some(id) = &payment.tender_id {
                    let t = ledger.find_tender(id).ok_or_else(|| Error::UnknownTender {
                        field: field("tender_id"),
                        tender_id: id.clone(),
                    })?;
                    if let Some(left) = left.get_mut(t) {
                        if amount > *left {
                            return Err(Error::RefundExceedsPaid {
                                field: field("amount"),
                                requested: payment.amount,
                                available: dec((*left).max(0)),
                            });
                        }
                        *left -= amount;
                    }
                }
                if paid + amount > ledger.refundable {
                    return Err(Error::RefundExceedsPaid {
                        field: field("amount"),
                        requested: payment.amount,
                        available: dec(ledger.refundable - paid),
                    });
                }
                if dec(paid - before + amount) > due {
                    return Err(Error::RefundExceedsDue {
                        field: field("amount"),
                        requested: payment.amount,
                        due,
                        paid: dec(paid - before),
                    });
                }
                paid += amount;
            }
        }
        Ok(paid)
    }

    /// What is owed back after an early refund is no more than was paid early, and what was
    /// recovered no more than is owed (store credit revoked no more than was issued).
    fn check_recovery(&self) -> Result<()> {
        let fail = |field: &str, reason: &str| {
            Err(Error::InvalidValue {
                field: format!("rma.{field}"),
                reason: reason.into(),
            })
        };
        if self.paid_early < Decimal::ZERO {
            return fail("paid_early", "must not be negative");
        }
        let Some(r) = &self.recovery else {
            return Ok(());
        };
        let parts = [r.owed, r.from_store_credit, r.credit_revoked, r.collected];
        if parts.iter().any(|p| *p < Decimal::ZERO) {
            return fail("recovery", "amounts must not be negative");
        }
        if r.owed > self.paid_early {
            return fail("recovery.owed", "no more is owed back than was paid early");
        }
        if r.credit_revoked + r.collected > r.owed || r.from_store_credit > r.owed {
            return fail("recovery", "no more is recovered than is owed");
        }
        if r.credit_revoked > self.credits_paid() {
            return fail(
                "recovery.credit_revoked",
                "no more credit is revoked than was issued",
            );
        }
        Ok(())
    }

    /// The refund due is no more than the accepted units are worth under the RMA's terms, each
    /// at the grade the log records for it, or at no deduction where there is no log to say
    /// (the most it could be); or, when more, no more than was paid already (money paid is
    /// never clawed back, so the due stays at it). It may be less: a document written by an
    /// older returnkit, or a host's own adjustment, pays no more than it says.
    fn check_refund_due(
        &self,
        events: &[Event],
        paid: i64,
        ledger: &OrderLedger<'_>,
    ) -> Result<()> {
        let digits = ledger.digits;
        // A mixed return's refunds and credits each stand against their own due.
        let (refunds, credits) = if self.mixed() {
            let refunds = decimal_to_minor(self.refunds_paid(), digits, "rma.refunds")?;
            (refunds, paid - refunds)
        } else {
            (paid, 0)
        };
        let figures = [
            ("rma.refund_due", self.refund_due, refunds),
            ("rma.credit_due", self.credit_due, credits),
        ];
        let mut worth = None;
        for (k, (field, figure, paid)) in figures.into_iter().enumerate() {
            let due = decimal_to_minor(figure, digits, field)?;
            if due < 0 {
                return Err(Error::InvalidAmount {
                    field: field.into(),
                    reason: format!("must not be negative, got {figure}"),
                });
            }
            if due <= paid {
                continue;
            }
            if worth.is_none() {
                worth = Some(
                    self.refund_due_bound(events, ledger)
                        .map_err(|e| e.within("rma.terms"))?,
                );
            }
            let bound = match (worth, k) {
                (Some((cash, _)), 0) => cash,
                (Some((_, credit)), _) => credit,
                (None, _) => Decimal::ZERO,
            };
            if figure > bound {
                return Err(Error::RefundExceedsPaid {
                    field: field.into(),
                    requested: figure,
                    available: bound.max(minor_to_decimal(paid, digits)),
                });
            }
        }
        Ok(())
    }
}
