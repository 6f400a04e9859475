//! Command handling: checks a command against the permission table, the version and the
//! state, and turns it into events. Nothing changes unless every check passes.

use crate::tz::Tz;
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use super::command::{
    Action, Actor, Command, CommandKind, ExtraItem, Inspection, LineUnits, RecoverySource, Scan,
    Submission,
};
use super::decision_check::check_decision;
use super::event::{Event, EventKind, RefundFlag, Submitted, SubmittedLine};
use super::number::rma_number;
use super::quote::Grades;
use super::state::{Authorization, Logistics, Rma, RmaLine};
use crate::decision::Outcome;
use crate::error::{Error, Result};
use crate::policy::window::add_days;
use crate::refund::{Condition, RefundRequest};
use std::sync::Arc;

/// Days before the refund-by date at which a refund is flagged as due.
const REFUND_DUE_NOTICE_DAYS: i64 = 3;

fn snake(kind: CommandKind) -> String {
    state_name(kind)
}

/// The wire name of a unit variant (`record_refund`): its JSON string without the quotes.
fn state_name<T: serde::Serialize>(state: T) -> String {
    serde_json::to_string(&state)
        .ok()
        .and_then(|s| Some(s.strip_prefix('"')?.strip_suffix('"')?.to_string()))
        .unwrap_or_default()
}

/// `e`, an error about a command of `kind`, naming its field where the command has it: the
/// command's own members (`actor`, `expected_version`, ...) as they are, the kind as
/// `action`, and a field of the action inside it (`action.record_refund.amount`).
pub(crate) fn in_action(mut e: Error, kind: CommandKind) -> Error {
    let field = e.field_mut();
    match field.as_str() {
        "" | "actor" | "expected_version" | "idempotency_key" | "at" => {}
        "type" => *field = "action".into(),
        inner => *field = format!("action.{}.{inner}", snake(kind)),
    }
    e
}

pub(crate) fn check_permission(actor: Actor, kind: CommandKind) -> Result<()> {
    if super::command::may(actor, kind) {
        Ok(())
    } else {
        Err(Error::NotPermitted {
            field: "actor".into(),
            actor: state_name(actor),
            command: snake(kind),
        })
    }
}

/// Opens an RMA from a `submit` command: the first event, and the state it makes.
pub(crate) fn submit(cmd: &Command) -> Result<(Rma, Event)> {
    let Action::Submit(sub) = &cmd.action else {
        return Err(Error::InvalidTransition {
            field: "type".into(),
            command: snake(cmd.action.kind()),
            state: "not yet submitted".into(),
        });
    };
    check_permission(cmd.actor, CommandKind::Submit)?;
    if cmd.expected_version != 0 {
        return Err(Error::VersionConflict {
            field: "expected_version".into(),
            expected: cmd.expected_version,
            actual: 0,
        });
    }
    let submitted = submission(sub)?;
    let event = Event {
        version: 1,
        at: cmd.at,
        actor: cmd.actor,
        idempotency_key: cmd.idempotency_key.clone(),
        kind: EventKind::Submitted(Box::new(submitted)),
    };
    let rma = Rma::submitted(&event)?;
    Ok((rma, event))
}

fn submission(sub: &Submission) -> Result<Submitted> {
    if sub.rma_id.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "rma_id".into(),
            reason: "give the RMA an id".into(),
        });
    }
    if sub.timezone.parse::<Tz>().is_err() {
        return Err(Error::InvalidValue {
            field: "timezone".into(),
            reason: format!("`{}` is not an IANA time zone", sub.timezone),
        });
    }
    let d = &sub.decision;
    d.check_version()?;
    let offer = d
        .resolutions
        .iter()
        .position(|o| o.resolution == sub.resolution);
    let terms = match offer.and_then(|k| d.resolutions.get(k)) {
        Some(offer) => &offer.request,
        None if d.outcome == Outcome::Deny => &RefundRequest::default(),
        None => {
            return Err(Error::InvalidValue {
                field: "resolution".into(),
                reason: "the decision does not offer this resolution".into(),
            })
        }
    };
    check_decision(&sub.order, d, offer.map(|k| (k, terms)))?;
    check_one_component_per_line(terms, offer.unwrap_or(0))?;
    let terms = Arc::new(terms.clone());
    let lines = d
        .lines
        .iter()
        .map(|l| SubmittedLine {
            line_id: l.line_id.to_string(),
            requested: l.requested_quantity,
            eligible: l.eligible_quantity,
            reason_class: l.reason_class,
            refund_on: l.refund_on,
            route: l.route.clone(),
            reroutes: l.reroutes.clone(),
        })
        .collect();
    let ship_by = d
        .lines
        .iter()
        .filter(|l| l.outcome != Outcome::Deny)
        .filter_map(|l| l.deadline)
        .chain(d.label_expires_on)
        .max();
    Ok(Submitted {
        rma_id: sub.rma_id.clone(),
        number: rma_number(sub.sequence),
        order: Arc::new(sub.order.clone()),
        resolution: sub.resolution,
        outcome: d.outcome,
        lines,
        terms,
        refund_by: d.refund_by,
        ship_by,
        keep_item: d.keep_item,
        timezone: sub.timezone.clone(),
        notify_buyer: !d.gift,
        locale: sub
            .locale
            .as_deref()
            .or(d.locale.as_deref())
            .map(|tag| crate::messages::Locale::negotiate(tag).tag().to_owned()),
    })
}

/// An RMA tracks units per order line: it takes one bundle component per line at most (two
/// components of one bundle are quoted by `decide` and `quote`, but can't share a line here).
fn check_one_component_per_line(terms: &RefundRequest, offer: usize) -> Result<()> {
    for (n, line) in terms.lines.iter().enumerate() {
        let shared = terms
            .lines
            .iter()
            .take(n)
            .any(|other| other.line_id == line.line_id);
        if shared && line.component_id.is_some() {
            return Err(Error::InvalidValue {
                field: format!("decision.resolutions[{offer}].request.lines[{n}].component_id"),
                reason: format!(
                    "an RMA takes one component of bundle `{}`; open one RMA per component",
                    line.line_id
                ),
            });
        }
    }
    Ok(())
}

impl Rma {
    /// The events `cmd` produces, after every check. The caller folds them in. `grades` are
    /// the batches accepted so far, from the log, to quote the refund at each one's grade.
    pub(crate) fn handle(&self, cmd: &Command, grades: &Grades) -> Result<Vec<EventKind>> {
        let kind = cmd.action.kind();
        check_permission(cmd.actor, kind)?;
        if cmd.expected_version != self.version {
            return Err(Error::VersionConflict {
                field: "expected_version".into(),
                expected: cmd.expected_version,
                actual: self.version,
            });
        }
        let auth = self.authorization;
        let invalid = || Error::InvalidTransition {
            field: "type".into(),
            command: snake(kind),
            state: state_name(auth),
        };
        let open = matches!(
            auth,
            Authorization::Requested | Authorization::PendingReview
        );
        let approved = auth == Authorization::Approved;
        match &cmd.action {
            Action::Submit(_) => Err(invalid()),
            Action::Approve { lines } => {
                if !open {
                    return Err(invalid());
                }
                self.approve(lines)
            }
            Action::Reject { code, message } => {
                if !open {
                    return Err(invalid());
                }
                non_empty(code, "code")?;
                Ok(vec![EventKind::Rejected {
                    code: code.clone(),
                    message: message.clone(),
                }])
            }
            Action::RequestInfo { message } => {
                if !open {
                    return Err(invalid());
                }
                non_empty(message, "message")?;
                Ok(vec![EventKind::InfoRequested {
                    message: message.clone(),
                }])
            }
            Action::IssueLabel {
                parcel_id,
                carrier,
                tracking,
                expires_on,
            } => {
                if !approved || self.keep_item {
                    return Err(invalid());
                }
                self.issue_label(parcel_id, carrier, tracking, *expires_on)
            }
            Action::RecordCarrierScan { parcel_id, scan } => {
                if !approved {
                    return Err(invalid());
                }
                self.record_scan(parcel_id, *scan, grades)
            }
            Action::ReceiveItems {
                parcel_id,
                lines,
                extra,
            } => {
                if !approved {
                    return Err(invalid());
                }
                self.receive(parcel_id, lines, extra, grades)
            }
            Action::InspectItems { lines } => {
                if !approved {
                    return Err(invalid());
                }
                self.inspect(lines, grades)
            }
            Action::SettleLostParcel { parcel_id, lines } => {
                if !approved {
                    return Err(invalid());
                }
                self.settle_lost_parcel(parcel_id, lines, grades)
            }
            Action::RecordRefund {
                amount,
                reference,
                tender_id,
            } => {
                if !approved || !self.pays_refunds() {
                    return Err(invalid());
                }
                self.record_refund(*amount, reference, tender_id)
            }
            Action::RecordStoreCredit { amount, reference } => {
                if !approved || !self.pays_credit() {
                    return Err(invalid());
                }
                non_empty(reference, "reference")?;
                self.check_payment(*amount, true)?;
                // Dated from the day it is issued, in shop time.
                let expiry = self.terms.credit_expiry();
                let today = self.local_date(cmd.at);
                let after = |days: Option<i64>| days.map(|d| add_days(today, d));
                Ok(vec![EventKind::StoreCreditRecorded {
                    amount: *amount,
                    reference: reference.clone(),
                    expires_on: after(expiry.expires_after_days),
                    bonus_expires_on: after(expiry.bonus_expires_after_days),
                }])
            }
            Action::RecordRecovery {
                amount,
                reference,
                from,
            } => {
                if !approved || self.recovering() <= Decimal::ZERO {
                    return Err(invalid());
                }
                self.record_recovery(*amount, reference, *from)
            }
            Action::ShipExchange { reference } => {
                let accepted = self.lines.iter().any(|l| l.accepted > 0);
                if !approved
                    || !self.ships_exchange()
                    || self.exchange_shipped
                    || !(accepted || self.keep_item)
                {
                    return Err(invalid());
                }
                self.ship_exchange(reference)
            }
            Action::Cancel { reason } => {
                if !(open || approved) {
                    return Err(invalid());
                }
                self.cancel(cmd.actor, reason)
            }
            Action::Close => {
                if !approved {
                    return Err(invalid());
                }
                self.close()
            }
            Action::Tick => Ok(self.tick_events(cmd.at)),
        }
    }

    /// The events of approving `lines` (every eligible unit of the lines not listed), at least
    /// one unit in all.
    fn approve(&self, lines: &[LineUnits]) -> Result<Vec<EventKind>> {
        let mut out: Vec<LineUnits> = self
            .lines
            .iter()
            .map(|l| LineUnits {
                line_id: l.line_id.clone(),
                quantity: l.eligible,
            })
            .collect();
        for (j, units) in lines.iter().enumerate() {
            let line = self.line(&units.line_id, || format!("lines[{j}].line_id"))?;
            within(units.quantity, 0, line.requested, || {
                format!("lines[{j}].quantity")
            })?;
            if let Some(o) = out.iter_mut().find(|o| o.line_id == units.line_id) {
                o.quantity = units.quantity;
            }
        }
        if out.iter().all(|o| o.quantity == 0) {
            return Err(Error::InvalidValue {
                field: "lines".into(),
                reason: "approve at least one unit, or reject the return".into(),
            });
        }
        Ok(vec![EventKind::Approved { lines: out }])
    }

    /// The events of issuing a label for a new parcel.
    fn issue_label(
        &self,
        parcel_id: &str,
        carrier: &str,
        tracking: &str,
        expires_on: Option<NaiveDate>,
    ) -> Result<Vec<EventKind>> {
        non_empty(parcel_id, "parcel_id")?;
        if self.parcels.iter().any(|p| p.id == parcel_id) {
            return Err(Error::DuplicateId {
                field: "parcel_id".into(),
                id: parcel_id.to_string(),
            });
        }
        Ok(vec![EventKind::LabelIssued {
            parcel_id: parcel_id.to_string(),
            carrier: carrier.to_string(),
            tracking: tracking.to_string(),
            expires_on,
        }])
    }

    /// The events of a carrier scan, which must follow from the parcel's state.
    /// A refund paid on the first scan or at a drop-off becomes due with it.
    fn record_scan(&self, parcel_id: &str, scan: Scan, grades: &Grades) -> Result<Vec<EventKind>> {
        let parcel = self.parcel(parcel_id)?;
        let allowed = matches!(
            (parcel.state, scan),
            (Logistics::LabelIssued | Logistics::InTransit, _)
                | (Logistics::Lost, Scan::Delivered | Scan::InTransit)
        );
        if !allowed {
            return Err(Error::InvalidTransition {
                field: "scan".into(),
                command: format!("a {} scan", state_name(scan)),
                state: state_name(parcel.state),
            });
        }
        let mut events = vec![EventKind::CarrierScanned {
            parcel_id: parcel_id.to_string(),
            scan,
        }];
        events.extend(self.early_refund(Some(scan), grades)?);
        Ok(events)
    }

    /// The events of receiving items: approved units not yet received, and extra items; a
    /// refund paid before inspection and not due yet becomes due with them.
    fn receive(
        &self,
        parcel_id: &Option<String>,
        lines: &[LineUnits],
        extra: &[ExtraItem],
        grades: &Grades,
    ) -> Result<Vec<EventKind>> {
        if let Some(p) = parcel_id {
            self.parcel(p)?;
        }
        if lines.is_empty() && extra.is_empty() {
            return Err(Error::InvalidValue {
                field: "lines".into(),
                reason: "say what arrived".into(),
            });
        }
        let mut taken: Vec<(&str, i64)> = Vec::new();
        for (j, units) in lines.iter().enumerate() {
            let line = self.line(&units.line_id, || format!("lines[{j}].line_id"))?;
            let before: i64 = taken
                .iter()
                .filter(|(id, _)| *id == units.line_id)
                .map(|(_, q)| q)
                .sum();
            let room = line.approved - line.received - before;
            if units.quantity < 1 {
                return Err(Error::InvalidQuantity {
                    field: format!("lines[{j}].quantity"),
                    quantity: units.quantity,
                });
            }
            if units.quantity > room {
                // More than approved: record the surplus as extra items instead.
                return Err(Error::QuantityExceeded {
                    field: format!("lines[{j}].quantity"),
                    requested: units.quantity,
                    available: room.max(0),
                });
            }
            taken.push((&units.line_id, units.quantity));
        }
        for (j, item) in extra.iter().enumerate() {
            if item.quantity < 1 {
                return Err(Error::InvalidQuantity {
                    field: format!("extra[{j}].quantity"),
                    quantity: item.quantity,
                });
            }
        }
        let mut events = vec![EventKind::ItemsReceived {
            parcel_id: parcel_id.clone(),
            lines: lines.to_vec(),
            extra: extra.to_vec(),
        }];
        events.extend(self.early_refund(None, grades)?);
        Ok(events)
    }

    /// The events of inspecting received units, with the refund due once they are graded.
    fn inspect(&self, lines: &[Inspection], grades: &Grades) -> Result<Vec<EventKind>> {
        if lines.is_empty() {
            return Err(Error::InvalidValue {
                field: "lines".into(),
                reason: "say what was inspected".into(),
            });
        }
        let mut after = self.clone();
        let mut grades = grades.clone();
        for (j, i) in lines.iter().enumerate() {
            check_inspection(&after, i, j)?;
            let line = after.line_mut(&i.line_id)?;
            line.accepted += i.accepted;
            line.rejected += i.rejected;
            line.advanced -= line.advanced.min(i.accepted + i.rejected);
            line.condition = Some(i.condition);
            if i.accepted > 0 {
                grades.push(&i.line_id, i.accepted, Some(i.condition));
            }
        }
        let (refund_due, credit_due, recovery) = after.settled_dues(&grades)?;
        let mut events = vec![EventKind::ItemsInspected {
            lines: lines.to_vec(),
            refund_due,
            credit_due,
        }];
        events.extend(recovery);
        Ok(events)
    }

    /// The events of settling a lost parcel: its units count as received and accepted.
    fn settle_lost_parcel(
        &self,
        parcel_id: &str,
        lines: &[LineUnits],
        grades: &Grades,
    ) -> Result<Vec<EventKind>> {
        let parcel = self.parcel(parcel_id)?;
        if parcel.state != Logistics::Lost {
            return Err(Error::InvalidTransition {
                field: "parcel_id".into(),
                command: "settle a lost parcel".into(),
                state: state_name(parcel.state),
            });
        }
        if lines.is_empty() {
            return Err(Error::InvalidValue {
                field: "lines".into(),
                reason: "say what was in the lost parcel".into(),
            });
        }
        // Checked against `after`, so a line listed twice can't take the same room
        // twice.
        let mut after = self.clone();
        let mut grades = grades.clone();
        for (j, units) in lines.iter().enumerate() {
            if units.quantity < 1 {
                return Err(Error::InvalidQuantity {
                    field: format!("lines[{j}].quantity"),
                    quantity: units.quantity,
                });
            }
            let line = after.line(&units.line_id, || format!("lines[{j}].line_id"))?;
            let room = line.approved - line.received;
            if units.quantity > room {
                return Err(Error::QuantityExceeded {
                    field: format!("lines[{j}].quantity"),
                    requested: units.quantity,
                    available: room.max(0),
                });
            }
            let l = after.line_mut(&units.line_id)?;
            l.received += units.quantity;
            l.accepted += units.quantity;
            l.advanced -= l.advanced.min(units.quantity);
            grades.push(&units.line_id, units.quantity, None);
        }
        let (refund_due, credit_due) = after.dues_after(&grades)?;
        Ok(vec![EventKind::LostParcelSettled {
            parcel_id: parcel_id.to_string(),
            lines: lines.to_vec(),
            refund_due,
            credit_due,
        }])
    }

    /// The events of recording a refund paid, to a tender of the order.
    fn record_refund(
        &self,
        amount: Decimal,
        reference: &str,
        tender_id: &Option<String>,
    ) -> Result<Vec<EventKind>> {
        if self.open_exchange() && self.exchange_shipped {
            // The replacement took the value that was not refunded before it shipped.
            return Err(Error::InvalidTransition {
                field: "type".into(),
                command: "record_refund".into(),
                state: "exchange_shipped".into(),
            });
        }
        non_empty(reference, "reference")?;
        if let Some(t) = tender_id {
            if !self.order.tenders.iter().any(|o| *o.id == **t) {
                return Err(Error::UnknownTender {
                    field: "tender_id".into(),
                    tender_id: t.clone(),
                });
            }
        }
        self.check_payment(amount, false)?;
        if let Some(t) = tender_id {
            self.check_tender_room(t, amount)?;
        }
        Ok(vec![EventKind::RefundRecorded {
            amount,
            reference: reference.to_string(),
            tender_id: tender_id.clone(),
        }])
    }

    /// The events of shipping the replacement of an exchange.
    fn ship_exchange(&self, reference: &str) -> Result<Vec<EventKind>> {
        if self.open_exchange() && self.paid() >= self.refund_due {
            // Refunded in full: nothing is left to pay for a replacement.
            return Err(Error::InvalidTransition {
                field: "type".into(),
                command: "ship_exchange".into(),
                state: "refunded".into(),
            });
        }
        non_empty(reference, "reference")?;
        Ok(vec![EventKind::ExchangeShipped {
            reference: reference.to_string(),
        }])
    }

    /// The events of cancelling, while nothing that can't be undone has happened (for a
    /// customer, nothing shipped either).
    fn cancel(&self, actor: Actor, reason: &str) -> Result<Vec<EventKind>> {
        // Kept items are accepted on approval, not inspected.
        let inspected = self
            .lines
            .iter()
            .any(|l| l.rejected > 0 || (l.accepted > 0 && !self.keep_item));
        let paid = !self.paid().is_zero() || self.exchange_shipped;
        let too_late = match actor {
            // A customer can withdraw only until something can't be undone: a parcel
            // on its way, a replacement shipped, money recorded.
            Actor::Customer => self.shipped() || paid,
            // Nobody cancels once items were inspected or money moved.
            _ => inspected || paid,
        };
        if too_late {
            return Err(Error::InvalidTransition {
                field: "type".into(),
                command: "cancel".into(),
                state: if self.exchange_shipped {
                    "exchange_shipped".into()
                } else if !self.paid().is_zero() {
                    "refunded".into()
                } else if self.shipped() {
                    "shipped".into()
                } else {
                    "inspected".into()
                },
            });
        }
        Ok(vec![EventKind::Cancelled {
            reason: reason.to_string(),
        }])
    }

    /// The events of closing a settled return: nothing in transit, uninspected or owed.
    fn close(&self) -> Result<Vec<EventKind>> {
        // The goods are still on their way: closing now would lose them.
        if self.parcels.iter().any(|p| p.state == Logistics::InTransit) {
            return Err(Error::InvalidTransition {
                field: "type".into(),
                command: "close".into(),
                state: state_name(Logistics::InTransit),
            });
        }
        let uninspected = self
            .lines
            .iter()
            .any(|l| l.received > l.accepted + l.rejected);
        let owed = self.cash_owed() > Decimal::ZERO || self.recovering() > Decimal::ZERO;
        // An exchange is settled by shipping it, or, when its replacements were never
        // chosen, by refunding it in full instead.
        let refunded_instead = self.open_exchange()
            && self.refund_due > Decimal::ZERO
            && self.paid() >= self.refund_due;
        let exchange_due = self.ships_exchange()
            && !self.exchange_shipped
            && !refunded_instead
            && self.lines.iter().any(|l| l.accepted > 0);
        if uninspected || owed || exchange_due {
            return Err(Error::InvalidTransition {
                field: "type".into(),
                command: "close".into(),
                state: if uninspected {
                    "awaiting inspection".into()
                } else {
                    "awaiting settlement".into()
                },
            });
        }
        Ok(vec![EventKind::Closed])
    }

    /// What time passing to `now` does: expire an approval not shipped by its date, flag a
    /// refund near or past its legal date. Nothing when nothing is due.
    fn tick_events(&self, now: DateTime<Utc>) -> Vec<EventKind> {
        let today = self.local_date(now);
        let mut out = Vec::new();
        if self.authorization == Authorization::Approved
            && !self.keep_item
            && !self.shipped()
            && self.ship_by.is_some_and(|d| today > d)
        {
            out.push(EventKind::Expired);
            return out;
        }
        if let Some(refund_by) = self.refund_by {
            let owed = self.cash_owed() > Decimal::ZERO;
            let active = matches!(self.authorization, Authorization::Approved);
            let flag = if today > refund_by {
                Some(RefundFlag::Overdue)
            } else if today >= add_days(refund_by, -REFUND_DUE_NOTICE_DAYS) {
                Some(RefundFlag::Due)
            } else {
                None
            };
            if let (true, true, Some(flag)) = (owed, active, flag) {
                if self.refund_flag != Some(flag) {
                    out.push(EventKind::RefundDeadlineFlagged { flag, refund_by });
                }
            }
        }
        out
    }

    /// The calendar date of `t` in the shop's time zone.
    pub(crate) fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        match self.timezone.parse::<Tz>() {
            Ok(tz) => crate::policy::window::local_date(tz, t),
            Err(_) => t.date_naive(),
        }
    }

    /// The refund due after an inspection or settlement, `self` being the state after it.
    /// Money already paid is never clawed back: should fees on the newly accepted units
    /// outweigh them (a restocking fee on an item accepted at a 100% deduction), the refund
    /// due stays at what was paid.
    fn dues_after(&self, grades: &Grades) -> Result<(Decimal, Decimal)> {
        let (cash, credit) = self.final_dues(grades)?;
        if self.mixed() {
            // Each part keeps what was paid in it.
            return Ok((
                cash.max(self.refunds_paid()),
                credit.max(self.credits_paid()),
            ));
        }
        Ok((cash.max(self.paid() - self.owed_back()), Decimal::ZERO))
    }

    /// A payment of `amount` (store credit when `credit`) fits what is due: in a mixed
    /// return, what is due in its own kind.
    fn check_payment(&self, amount: Decimal, credit: bool) -> Result<()> {
        if amount <= Decimal::ZERO {
            return Err(Error::InvalidAmount {
                field: "amount".into(),
                reason: format!("must be positive, got {amount}"),
            });
        }
        crate::money::decimal_to_minor(amount, self.order.currency.minor_digits(), "amount")?;
        let (paid, due) = match (self.mixed(), credit) {
            // Money owed back is no longer the customer's.
            (false, _) => (self.paid() - self.owed_back(), self.refund_due),
            (true, false) => (self.refunds_paid(), self.refund_due),
            (true, true) => (self.credits_paid(), self.credit_due),
        };
        if paid + amount > due {
            return Err(Error::RefundExceedsDue {
                field: "amount".into(),
                requested: amount,
                due,
                paid,
            });
        }
        Ok(())
    }

    /// A refund of `amount` to tender `id` fits what the tender can still take back: what it
    /// took, less what was refunded on it before this return and by this return's refunds.
    fn check_tender_room(&self, id: &str, amount: Decimal) -> Result<()> {
        let digits = self.order.currency.minor_digits();
        let tenders = crate::refund::ledger::tender_ledger(&self.order, digits)?;
        let t = (self.order.tenders.iter())
            .position(|t| &*t.id == id)
            .ok_or_else(|| Error::UnknownTender {
                field: "tender_id".into(),
                tender_id: id.into(),
            })?;
        let took: Decimal = self
            .refunds
            .iter()
            .filter(|p| p.tender_id.as_deref() == Some(id))
            .map(|p| p.amount)
            .sum();
        let refundable = tenders.get(t).map_or(0, |l| l.refundable);
        let room = crate::money::minor_to_decimal(refundable, digits) - took;
        if amount > room {
            return Err(Error::RefundExceedsPaid {
                field: "amount".into(),
                requested: amount,
                available: room.max(Decimal::ZERO),
            });
        }
        Ok(())
    }

    fn line(&self, id: &str, field: impl FnOnce() -> String) -> Result<&super::state::RmaLine> {
        self.lines
            .iter()
            .find(|l| l.line_id == id)
            .ok_or_else(|| Error::UnknownLine {
                field: field(),
                line_id: id.into(),
            })
    }

    fn parcel(&self, id: &str) -> Result<&super::state::Parcel> {
        self.parcels
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::InvalidValue {
                field: "parcel_id".into(),
                reason: format!("the RMA has no parcel `{id}`"),
            })
    }
}

fn check_inspection(rma: &Rma, i: &Inspection, j: usize) -> Result<()> {
    let line = rma.line(&i.line_id, || format!("lines[{j}].line_id"))?;
    for (name, v) in [("accepted", i.accepted), ("rejected", i.rejected)] {
        if v < 0 {
            return Err(Error::InvalidValue {
                field: format!("lines[{j}].{name}"),
                reason: format!("must not be negative, got {v}"),
            });
        }
    }
    if i.accepted + i.rejected == 0 {
        return Err(Error::InvalidValue {
            field: format!("lines[{j}]"),
            reason: "inspect at least one unit".into(),
        });
    }
    let room = line.received - line.accepted - line.rejected;
    if i.accepted + i.rejected > room {
        return Err(Error::QuantityExceeded {
            field: format!("lines[{j}].accepted"),
            requested: i.accepted + i.rejected,
            available: room.max(0),
        });
    }
    if matches!(i.condition, Condition::Missing | Condition::WrongItem) && i.accepted > 0 {
        return Err(Error::InvalidValue {
            field: format!("lines[{j}].accepted"),
            reason: "a missing or wrong item can't be accepted for refund".into(),
        });
    }
    Ok(())
}

fn within(v: i64, lo: i64, hi: i64, field: impl FnOnce() -> String) -> Result<()> {
    if v < lo || v > hi {
        return Err(Error::QuantityExceeded {
            field: field(),
            requested: v,
            available: hi,
        });
    }
    Ok(())
}

fn non_empty(v: &str, field: &str) -> Result<()> {
    if v.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: field.into(),
            reason: "must not be empty".into(),
        });
    }
    Ok(())
}

impl Rma {
    /// The event of refunds paid before inspection becoming due: on a scan (`scan`), the lines
    /// paid on the first scan, or at a drop-off; on receipt (`None`), every line paid early
    /// not paid yet. Each line's approved units not yet inspected count as accepted, at no
    /// deduction. Nothing when no line qualifies.
    fn early_refund(&self, scan: Option<Scan>, grades: &Grades) -> Result<Option<EventKind>> {
        use crate::policy::RefundTiming as T;
        let qualifies = |on: T| match scan {
            None => on != T::Inspection,
            Some(Scan::Lost) => false,
            Some(Scan::DroppedOff) => matches!(on, T::FirstScan | T::DropOff),
            Some(_) => on == T::FirstScan,
        };
        let due = |line: &RmaLine| {
            let units = line.approved - line.accepted - line.rejected - line.advanced;
            (units > 0 && line.refund_on.is_some_and(qualifies)).then_some(units)
        };
        // Most scans make nothing due early: the state is copied only when one does.
        if !self.lines.iter().any(|l| due(l).is_some()) {
            return Ok(None);
        }
        let mut after = self.clone();
        let mut lines = Vec::new();
        for line in after.lines.iter_mut() {
            if let Some(units) = due(line) {
                line.advanced += units;
                lines.push(LineUnits {
                    line_id: line.line_id.clone(),
                    quantity: units,
                });
            }
        }
        let (refund_due, credit_due) = after.dues_after(grades)?;
        let early =
            (refund_due + credit_due - self.refund_due - self.credit_due).max(Decimal::ZERO);
        Ok(Some(EventKind::EarlyRefundDue {
            lines,
            early,
            refund_due,
            credit_due,
        }))
    }

    /// The dues after an inspection or settlement (`self` being the state after it), and,
    /// where units paid early turned out worth less than was paid, the recovery of the
    /// difference: from the store credit issued first, the rest as an amount the customer
    /// owes. Never more than was paid early; without early refunds, money paid is never
    /// clawed back and the dues stay at it.
    fn settled_dues(&self, grades: &Grades) -> Result<(Decimal, Decimal, Option<EventKind>)> {
        if !self.pays_early() || self.mixed() {
            let (cash, credit) = self.dues_after(grades)?;
            return Ok((cash, credit, None));
        }
        let (cash, _) = self.final_dues(grades)?;
        let owed = self.owed_back();
        let kept = self.paid() - owed;
        let excess = kept - cash;
        if excess <= Decimal::ZERO {
            return Ok((cash, Decimal::ZERO, None));
        }
        let amount = excess.min((self.paid_early - owed).max(Decimal::ZERO));
        // Beyond what was paid early, nothing is clawed back: the due stays at it.
        let due = cash + (excess - amount);
        if amount <= Decimal::ZERO {
            return Ok((due, Decimal::ZERO, None));
        }
        let planned = self
            .recovery
            .as_ref()
            .map_or(Decimal::ZERO, |r| r.from_store_credit);
        let credit_left = (self.credits_paid() - planned).max(Decimal::ZERO);
        let mut from_store_credit = amount.min(credit_left);
        from_store_credit.rescale(self.order.currency.minor_digits());
        let recovery = EventKind::RecoveryDue {
            amount,
            from_store_credit,
            amount_due: amount - from_store_credit,
        };
        Ok((due, Decimal::ZERO, Some(recovery)))
    }

    /// The events of recovering money owed back: store credit revoked (no more than was
    /// issued and not revoked yet), or paid by the customer; no more than is still owed.
    fn record_recovery(
        &self,
        amount: Decimal,
        reference: &str,
        from: RecoverySource,
    ) -> Result<Vec<EventKind>> {
        non_empty(reference, "reference")?;
        if amount <= Decimal::ZERO {
            return Err(Error::InvalidAmount {
                field: "amount".into(),
                reason: format!("must be positive, got {amount}"),
            });
        }
        crate::money::decimal_to_minor(amount, self.order.currency.minor_digits(), "amount")?;
        let outstanding = self.recovering();
        let revoked = self
            .recovery
            .as_ref()
            .map_or(Decimal::ZERO, |r| r.credit_revoked);
        let room = match from {
            RecoverySource::StoreCredit => outstanding.min(self.credits_paid() - revoked),
            RecoverySource::Customer => outstanding,
        };
        if amount > room {
            return Err(Error::InvalidValue {
                field: "amount".into(),
                reason: format!(
                    "{amount} is more than can be recovered this way ({})",
                    room.max(Decimal::ZERO)
                ),
            });
        }
        Ok(vec![EventKind::RecoveryRecorded {
            amount,
            reference: reference.to_string(),
            from,
        }])
    }
}
