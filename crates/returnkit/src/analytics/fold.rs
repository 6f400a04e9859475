//! Folding one RMA (or one order of the order feed) into a report: the lines by reason, SKU,
//! product and category, the decision's outcome and denial reasons, the stage timestamps from
//! the event log, the money paid and kept, and where the units went.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::record::{DecisionNotes, ReportRecord};
use super::report::{ReturnsReport, Volume};
use crate::order::Order;
use crate::rma::{EventKind, RmaDocument, RmaLine};

/// A unit-variant enum's wire name (`merchant_fault`, `original_payment`).
fn wire_name<T: Serialize>(value: &T) -> String {
    let text = crate::wire::writer::to_string(value).unwrap_or_default();
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(name) => name.to_owned(),
        None => "unknown".into(),
    }
}

fn count(map: &mut BTreeMap<String, u64>, key: &str, n: u64) {
    match map.get_mut(key) {
        Some(v) => *v += n,
        None => {
            map.insert(key.to_owned(), n);
        }
    }
}

fn units(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Where a line's units go, as `(destination id, destination kind)`: the RMA line's `route`
/// (docs/routing.md), which inspection may have changed; `None` for a line without one.
fn line_destination(line: &RmaLine) -> Option<(&str, String)> {
    line.route
        .as_ref()
        .map(|r| (r.destination.as_str(), wire_name(&r.kind)))
}

/// When each stage of a return first happened, from its log.
#[derive(Default)]
struct Stages {
    label: Option<DateTime<Utc>>,
    scan: Option<DateTime<Utc>>,
    received: Option<DateTime<Utc>>,
    paid: Option<DateTime<Utc>>,
}

impl ReturnsReport {
    /// Counts one RMA, with its request and decision where the record has them.
    pub fn add_record(&mut self, record: &ReportRecord) {
        let doc = &record.document;
        let rma = &doc.rma;
        self.rmas += 1;
        let at = crate::wire::timestamp::instant_text(&rma.submitted_at);
        self.period.merge(&super::report::Period {
            first_submitted_at: at.clone(),
            last_submitted_at: at,
        });
        let outcome = match doc.events.first().map(|e| &e.kind) {
            Some(EventKind::Submitted(s)) => Some(s.outcome),
            _ => record.decision.as_ref().and_then(|d| d.outcome),
        };
        let outcome = outcome.map_or_else(|| "unknown".into(), |o| wire_name(&o));
        count(&mut self.outcomes, &outcome, 1);
        count(&mut self.statuses, &wire_name(&rma.authorization), 1);
        count(&mut self.resolutions, &wire_name(&rma.resolution), 1);
        self.add_denials(doc, record.decision.as_ref());
        self.add_lines(record);
        self.add_events(doc);
        self.add_money(record);
    }

    /// Counts a bare RMA document (no request, no decision).
    pub fn add_document(&mut self, document: &RmaDocument) {
        self.add_record(&ReportRecord::from(document.clone()));
    }

    /// Counts one order of the order feed: its units sold, overall and by SKU, product and
    /// category, the denominators of the return rates.
    pub fn add_order(&mut self, order: &Order) {
        let o = &mut self.orders;
        o.orders += 1;
        for line in &order.lines {
            let n = units(line.quantity);
            o.units += n;
            if let Some(sku) = &line.sku {
                count(&mut o.by_sku, sku, n);
            }
            if let Some(product) = &line.product_id {
                count(&mut o.by_product, product, n);
            }
            for category in &line.categories {
                count(&mut o.by_category, category, n);
            }
        }
    }

    /// Denial reasons: the decision's, for each denied line and a denied return, or `denied`
    /// for a denied return whose decision the record lacks; and each agent's rejection code.
    fn add_denials(&mut self, doc: &RmaDocument, decision: Option<&DecisionNotes>) {
        let denied_at_submission = matches!(
            doc.events.first().map(|e| &e.kind),
            Some(EventKind::Submitted(s)) if s.outcome == crate::decision::Outcome::Deny
        );
        match decision {
            Some(d) => {
                let denied_lines = d
                    .lines
                    .iter()
                    .filter(|l| l.outcome == crate::decision::Outcome::Deny);
                for reason in denied_lines.flat_map(|l| &l.reasons) {
                    count(&mut self.denial_reasons, &reason.code, 1);
                }
                if d.outcome == Some(crate::decision::Outcome::Deny) {
                    for reason in &d.reasons {
                        count(&mut self.denial_reasons, &reason.code, 1);
                    }
                }
            }
            None if denied_at_submission => count(&mut self.denial_reasons, "denied", 1),
            None => {}
        }
        for event in &doc.events {
            if let EventKind::Rejected { code, .. } = &event.kind {
                count(&mut self.denial_reasons, code, 1);
            }
        }
    }

    /// Each line's units under its reason, reason class, SKU, product and categories, and its
    /// destination.
    fn add_lines(&mut self, record: &ReportRecord) {
        let rma = &record.document.rma;
        for line in &rma.lines {
            let volume = Volume {
                lines: 1,
                units_requested: units(line.requested),
                units_approved: units(line.approved),
                units_received: units(line.received),
                units_accepted: units(line.accepted),
                units_rejected: units(line.rejected),
            };
            let reason = record
                .request
                .as_ref()
                .and_then(|r| r.lines.iter().find(|l| l.line_id == line.line_id))
                .map_or("unknown", |l| l.reason.as_str());
            add_volume(&mut self.by_reason, reason, &volume);
            add_volume(
                &mut self.by_reason_class,
                &wire_name(&line.reason_class),
                &volume,
            );
            let order_line = rma.order.lines.iter().find(|l| l.id == line.line_id);
            if let Some(o) = order_line {
                if let Some(sku) = &o.sku {
                    add_volume(&mut self.by_sku, sku, &volume);
                }
                if let Some(product) = &o.product_id {
                    add_volume(&mut self.by_product, product, &volume);
                }
                for category in &o.categories {
                    add_volume(&mut self.by_category, category, &volume);
                }
            }
            if let Some((destination, kind)) = line_destination(line) {
                count(&mut self.destinations, destination, units(line.approved));
                count(&mut self.destination_kinds, &kind, units(line.approved));
            }
        }
        if rma.keep_item {
            self.keep_item.rmas += 1;
            self.keep_item.units += rma.lines.iter().map(|l| units(l.approved)).sum::<u64>();
        }
    }

    /// The stage timestamps, the refunds paid per day, and the dispositions, from the log.
    fn add_events(&mut self, doc: &RmaDocument) {
        let currency = doc.rma.order.currency.code();
        let mut stages = Stages::default();
        for event in &doc.events {
            let at = Some(event.at);
            match &event.kind {
                EventKind::LabelIssued { .. } => stages.label = stages.label.or(at),
                EventKind::CarrierScanned { .. } => stages.scan = stages.scan.or(at),
                EventKind::ItemsReceived { .. } => stages.received = stages.received.or(at),
                EventKind::RefundRecorded { amount, .. }
                | EventKind::StoreCreditRecorded { amount, .. } => {
                    stages.paid = stages.paid.or(at);
                    // Years outside 0 to 9999 (which the wire doesn't read) go under "".
                    let day = crate::wire::timestamp::date_text(event.at.date_naive());
                    let day = day.unwrap_or_default();
                    let by_currency = self.refunds_by_day.entry(day).or_default();
                    *by_currency.entry(currency.to_owned()).or_default() += amount;
                }
                EventKind::ItemsInspected { lines, .. } => {
                    for l in lines {
                        let n = units(l.accepted) + units(l.rejected);
                        count(&mut self.dispositions, &wire_name(&l.disposition), n);
                    }
                }
                _ => {}
            }
        }
        let submitted = doc.rma.submitted_at;
        let c = &mut self.cycle_times;
        if let Some(label) = stages.label {
            c.requested_to_label.record(submitted, label);
            if let Some(scan) = stages.scan {
                c.label_to_first_scan.record(label, scan);
            }
        }
        if let (Some(scan), Some(received)) = (stages.scan, stages.received) {
            c.first_scan_to_received.record(scan, received);
        }
        if let Some(paid) = stages.paid {
            if let Some(received) = stages.received {
                c.received_to_refunded.record(received, paid);
            }
            c.requested_to_refunded.record(submitted, paid);
        }
    }

    /// Refunds and credit paid (by resolution and tender kind), fees kept and bonus given (from
    /// the final quote of the units accepted), goodwill credit granted, and what kept returns
    /// saved.
    fn add_money(&mut self, record: &ReportRecord) {
        let rma = &record.document.rma;
        let money = self
            .money
            .entry(rma.order.currency.code().to_owned())
            .or_default();
        let resolution = wire_name(&rma.resolution);
        let mut paid = Decimal::ZERO;
        for refund in &rma.refunds {
            money.refunded += refund.amount;
            paid += refund.amount;
            let kind = refund
                .tender_id
                .as_deref()
                .and_then(|id| rma.order.tenders.iter().find(|t| t.id == id))
                .map_or_else(|| "unspecified".into(), |t| wire_name(&t.kind));
            *money.refunded_by_tender_kind.entry(kind).or_default() += refund.amount;
        }
        for credit in &rma.credits {
            money.store_credit += credit.amount;
            paid += credit.amount;
        }
        if !rma.refunds.is_empty() || !rma.credits.is_empty() {
            *money.paid_by_resolution.entry(resolution).or_default() += paid;
        }
        if rma.keep_item {
            money.keep_item_paid += paid;
            // Saved only where the customer keeps units the shop approved: a return refused
            // at review ships nothing either way.
            let saving = record.decision.as_ref().and_then(|d| d.keep_item_saving);
            if let (Some(saving), true) = (saving, rma.lines.iter().any(|l| l.approved > 0)) {
                money.keep_item_savings += saving;
            }
        }
        if let Some(goodwill) = record.decision.as_ref().and_then(|d| d.goodwill_credit) {
            money.goodwill_credit += goodwill;
        }
        if rma.lines.iter().any(|l| l.accepted > 0) {
            match record.document.final_quote() {
                Ok(quote) => {
                    let deductions = quote
                        .lines
                        .iter()
                        .flat_map(|l| l.deductions.iter())
                        .chain(&quote.deductions);
                    for d in deductions {
                        *money.fees_collected.entry(wire_name(&d.kind)).or_default() += d.amount;
                    }
                    if let Some(credit) = &quote.store_credit {
                        money.bonus_credit += credit.bonus;
                    }
                    if let Some(exchange) = &quote.exchange {
                        money.bonus_credit += exchange.bonus_used;
                    }
                }
                Err(_) => money.unquoted_rmas += 1,
            }
        }
    }
}

fn add_volume(map: &mut BTreeMap<String, Volume>, key: &str, volume: &Volume) {
    match map.get_mut(key) {
        Some(v) => v.add_line(volume),
        None => {
            map.insert(key.to_owned(), volume.clone());
        }
    }
}
