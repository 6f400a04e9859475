//! Renders refund quotes and return decisions as plain-text tables for people at a terminal.

use std::fmt::Write;

use chrono::{DateTime, Utc};
use returnkit::decision::{Decision, DecisionReason, Outcome};
use returnkit::label::{LabelBilling, LabelFormat, LabelOption, LabelQuote};
use returnkit::policy::{LabelPayer, ReasonClass};
use returnkit::{Deduction, DeductionKind, RefundQuote, Resolution};

/// The quote as aligned columns, then deductions, tax by rate, and where the money goes.
pub fn render(q: &RefundQuote) -> String {
    let mut rows: Vec<[String; 8]> = vec![[
        "Line".into(),
        "Units".into(),
        "Gross".into(),
        "Discounts".into(),
        "Merchandise".into(),
        "Tax".into(),
        "Deductions".into(),
        "Total".into(),
    ]];
    for l in &q.lines {
        let zero = rust_decimal::Decimal::new(0, q.currency.minor_digits());
        let deducted = l.deductions.iter().fold(zero, |sum, d| sum + d.amount);
        rows.push([
            l.line_id.to_string(),
            l.quantity.to_string(),
            l.gross.to_string(),
            (l.line_discount + l.order_discount).to_string(),
            l.merchandise.to_string(),
            l.tax.to_string(),
            deducted.to_string(),
            l.total.to_string(),
        ]);
    }
    let mut out = String::new();
    let resolution = resolution_name(q.resolution);
    let mode = match q.mode {
        returnkit::QuoteMode::Preview => "preview",
        returnkit::QuoteMode::Final => "final",
    };
    let _ = writeln!(
        out,
        "Refund quote for order {} ({}, {mode}, to {resolution})\n",
        q.order_id, q.currency
    );
    columns(
        &mut out,
        &rows,
        [false, true, true, true, true, true, true, true],
    );
    out.push('\n');
    for l in &q.lines {
        for d in &l.deductions {
            let _ = writeln!(out, "Line {}: {}", l.line_id, describe(d));
        }
    }
    for d in &q.deductions {
        let _ = writeln!(out, "Return: {}", describe(d));
    }
    if let Some(s) = &q.shipping {
        let capped = if s.capped_to_standard {
            " (up to standard delivery)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "Shipping refunded: {} incl. tax {}{capped}",
            s.total, s.tax
        );
    }
    for t in &q.totals.taxes {
        let _ = writeln!(
            out,
            "Tax at {}%: {}",
            (t.rate * rust_decimal::Decimal::ONE_HUNDRED).normalize(),
            t.amount
        );
    }
    let _ = writeln!(out, "Refund: {} {}", q.totals.refund, q.currency);
    for t in &q.tenders {
        let _ = writeln!(
            out,
            "  to {} ({}): {}",
            t.tender_id,
            kind_name(t.kind),
            t.amount
        );
    }
    if let Some(c) = &q.store_credit {
        let _ = writeln!(
            out,
            "  as store credit: {} + bonus {} = {}",
            c.amount, c.bonus, c.total
        );
    }
    if let Some(e) = &q.exchange {
        let _ = writeln!(
            out,
            "  exchange: returned {}, replacements {}, bonus used {}; customer owes {}, refund due {}",
            e.returned_value, e.replacement_value, e.bonus_used, e.customer_owes, e.refund_due
        );
    }
    out.trim_end().to_string()
}

fn describe(d: &Deduction) -> String {
    let what = match (d.kind, d.condition) {
        (DeductionKind::RestockingFee, _) => "restocking fee".to_string(),
        (DeductionKind::LabelFee, _) => "return label fee".to_string(),
        (DeductionKind::ReturnFee, _) => "return handling fee".to_string(),
        (DeductionKind::Inspection, Some(c)) => format!("inspection deduction ({c:?})"),
        (DeductionKind::Inspection, None) => "inspection deduction".to_string(),
    };
    let capped = if d.capped {
        " (cut so the refund stays at or above zero)"
    } else {
        ""
    };
    format!("{what} {}{capped}", d.amount)
}

fn kind_name(kind: returnkit::TenderKind) -> &'static str {
    match kind {
        returnkit::TenderKind::Card => "card",
        returnkit::TenderKind::Wallet => "wallet",
        returnkit::TenderKind::GiftCard => "gift card",
        returnkit::TenderKind::StoreCredit => "store credit",
        returnkit::TenderKind::CashOnDelivery => "cash on delivery",
        returnkit::TenderKind::Other => "other",
    }
}

/// Writes rows as aligned columns; `right[i]` aligns column `i` to the right (numbers).
fn columns<const N: usize>(out: &mut String, rows: &[[String; N]], right: [bool; N]) {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in rows {
        let mut line = String::new();
        for ((cell, w), right) in row.iter().zip(widths).zip(right) {
            if right {
                let _ = write!(line, "{cell:>w$}  ");
            } else {
                let _ = write!(line, "{cell:<w$}  ");
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn resolution_name(r: Resolution) -> &'static str {
    match r {
        Resolution::OriginalPayment => "original payment",
        Resolution::StoreCredit => "store credit",
        Resolution::Exchange => "exchange",
    }
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Approve => "approve",
        Outcome::Review => "review",
        Outcome::Deny => "deny",
    }
}

fn reason_text(r: &DecisionReason) -> String {
    let rule = r
        .rule_id
        .as_deref()
        .map(|id| format!(" [rule {id}]"))
        .unwrap_or_default();
    if r.message.is_empty() {
        format!("{}{rule}", r.code)
    } else {
        format!("{}: {}{rule}", r.code, r.message)
    }
}

/// The decision: the outcome, a row per line, then the reasons, the resolutions on offer with
/// their refunds, who pays the label, and which statutory rules and policy rules applied.
pub fn render_decision(d: &Decision, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let order = d
        .resolutions
        .first()
        .map(|o| format!(" for order {}", o.quote.order_id))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "Decision{order}: {} (as of {})\n",
        outcome_name(d.outcome).to_uppercase(),
        now.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    );
    let mut rows: Vec<[String; 7]> = vec![[
        "Line".into(),
        "Class".into(),
        "Requested".into(),
        "Eligible".into(),
        "Outcome".into(),
        "Deadline".into(),
        "Keep".into(),
    ]];
    for l in &d.lines {
        rows.push([
            l.line_id.to_string(),
            match l.reason_class {
                ReasonClass::Remorse => "remorse".into(),
                ReasonClass::MerchantFault => "merchant fault".into(),
            },
            l.requested_quantity.to_string(),
            l.eligible_quantity.to_string(),
            outcome_name(l.outcome).into(),
            l.deadline
                .map_or_else(|| "none".into(), |day| day.to_string()),
            if l.keep_item { "yes" } else { "no" }.into(),
        ]);
    }
    columns(
        &mut out,
        &rows,
        [false, false, true, true, false, false, false],
    );
    out.push('\n');
    for l in &d.lines {
        if let Some(right) = &l.statutory_right {
            let _ = writeln!(out, "Line {}: statutory right {right}", l.line_id);
        }
        for r in &l.reasons {
            let _ = writeln!(out, "Line {}: {}", l.line_id, reason_text(r));
        }
    }
    for r in &d.reasons {
        let _ = writeln!(out, "Return: {}", reason_text(r));
    }
    if d.resolutions.is_empty() {
        let _ = writeln!(out, "Resolutions offered: none");
    } else {
        let _ = writeln!(out, "Resolutions offered:");
    }
    for offer in &d.resolutions {
        let q = &offer.quote;
        let name = resolution_name(offer.resolution);
        let deducted = if q.totals.deductions.is_zero() {
            String::new()
        } else {
            format!(" (after deductions of {})", q.totals.deductions)
        };
        let _ = writeln!(
            out,
            "  {name}: refund {} {}{deducted}",
            q.totals.refund, q.currency
        );
        if let Some(c) = &q.store_credit {
            let what = if offer.resolution == Resolution::Exchange {
                "credit towards replacements"
            } else {
                "as store credit"
            };
            let _ = writeln!(
                out,
                "    {what}: {} + bonus {} = {}",
                c.amount, c.bonus, c.total
            );
        } else if let Some(e) = &q.exchange {
            let _ = writeln!(
                out,
                "    exchange: returned {}, replacements {}, customer owes {}, refund due {}",
                e.returned_value, e.replacement_value, e.customer_owes, e.refund_due
            );
        } else {
            for t in &q.tenders {
                let _ = writeln!(
                    out,
                    "    to {} ({}): {}",
                    t.tender_id,
                    kind_name(t.kind),
                    t.amount
                );
            }
        }
    }
    if let Some(credit) = d.goodwill_credit {
        let _ = writeln!(out, "Goodwill credit: {credit}");
    }
    label_and_keep(&mut out, d);
    if let Some(day) = d.refund_by {
        let _ = writeln!(out, "Refund due by: {day}");
    }
    for s in &d.statutory {
        let _ = writeln!(out, "Statutory: {}: {}", s.code, s.description);
    }
    if d.fired_rules.is_empty() {
        let _ = writeln!(out, "Rules fired: none");
    }
    for r in &d.fired_rules {
        let _ = writeln!(
            out,
            "Rule fired: {} (lines {})",
            r.rule_id,
            r.line_ids.join(", ")
        );
    }
    out.trim_end().to_string()
}

/// Who pays the label, the label priced from the policy's rate cards, and whether the customer
/// keeps the items, and why.
fn label_and_keep(out: &mut String, d: &Decision) {
    let payer = match d.label_payer {
        Some(LabelPayer::Merchant) => "the shop (free return label)",
        Some(LabelPayer::Customer) => "the customer (deducted from the refund)",
        Some(LabelPayer::CustomerArranged) => "the customer (ships it back themselves)",
        None => "nobody (nothing is shipped back)",
    };
    let _ = writeln!(out, "Label paid by: {payer}");
    if let Some(label) = &d.label {
        let c = &label.chosen;
        let expires = d
            .label_expires_on
            .map(|day| format!(", valid until {day}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "Label: {} {}, zone {}, {} {}{expires}",
            c.carrier, c.service, c.zone, c.expected_cost, c.currency
        );
    }
    match &d.keep_item_reason {
        Some(why) if d.keep_item => {
            let _ = writeln!(out, "Keep the items: yes. {why}");
        }
        _ => {
            let _ = writeln!(
                out,
                "Keep the items: {}",
                if d.keep_item { "yes" } else { "no" }
            );
        }
    }
    if let Some(saving) = d.keep_item_saving {
        let currency = d
            .resolutions
            .first()
            .map(|o| format!(" {}", o.quote.currency))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "Saved by keeping them: {saving}{currency} (the label not bought, the handling not done)"
        );
    }
}

/// A label quote: the label chosen with its parcels, then the alternatives, cheapest first,
/// and the services that declined, with why.
pub fn render_label(q: &LabelQuote) -> String {
    let mut out = String::new();
    let c = &q.chosen;
    let _ = writeln!(out, "Label: {}\n", option_text(c));
    let mut rows: Vec<[String; 6]> = vec![[
        "Parcel".into(),
        "Units".into(),
        format!("Actual {}", c.weight_unit),
        format!("Dimensional {}", c.weight_unit),
        format!("Billable {}", c.weight_unit),
        "Price".into(),
    ]];
    for (i, p) in c.parcels.iter().enumerate() {
        rows.push([
            (i + 1).to_string(),
            p.units.to_string(),
            p.actual_weight.to_string(),
            p.dimensional_weight.to_string(),
            p.billable_weight.to_string(),
            p.total.to_string(),
        ]);
    }
    columns(&mut out, &rows, [false, true, true, true, true, true]);
    out.push('\n');
    let _ = writeln!(out, "Cost: {} {}", c.cost, c.currency);
    if c.expected_cost != c.cost {
        let _ = writeln!(out, "Expected cost: {} {}", c.expected_cost, c.currency);
    }
    if q.alternatives.is_empty() {
        let _ = writeln!(out, "Alternatives: none");
    } else {
        let _ = writeln!(out, "Alternatives:");
    }
    for a in &q.alternatives {
        let _ = writeln!(out, "  {}", option_text(a));
    }
    for r in &q.rejected {
        let _ = writeln!(out, "Declined: {} {}: {}", r.carrier, r.service, r.reason);
    }
    out.trim_end().to_string()
}

/// One label on a line: carrier, service, zone, terms and expected cost.
fn option_text(o: &LabelOption) -> String {
    let billing = match o.billing {
        LabelBilling::Prepaid => "prepaid",
        LabelBilling::PayOnUse => "pay on use",
    };
    let format = match o.format {
        LabelFormat::Printed => "printed",
        LabelFormat::QrCode => "QR code",
        LabelFormat::BoxlessDropoff => "box-less drop-off",
    };
    let sample = if o.sample { " (sample figures)" } else { "" };
    let transit = o
        .transit_days
        .map(|d| format!(", {d} days in transit"))
        .unwrap_or_default();
    format!(
        "{} {}{sample}, zone {}: {} {} expected ({billing}, {format}, valid {} days{transit})",
        o.carrier, o.service, o.zone, o.expected_cost, o.currency, o.validity_days
    )
}

/// A simulation as tables: outcomes under both policies, money per currency, by reason, by
/// SKU, and the records that changed most.
pub fn render_simulation(s: &returnkit::simulate::Simulation) -> String {
    use returnkit::simulate::{Group, Money, Side};
    let [cur, pro] = &s.policies;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} records: {} decided under both, {} errors. {} changed, {} of them in outcome.\n",
        s.records, s.decided, s.errors, s.changed.records, s.changed.outcome
    );
    let signed = |n: i64| {
        if n > 0 {
            format!("+{n}")
        } else {
            n.to_string()
        }
    };
    let plus = |d: rust_decimal::Decimal| {
        if d > rust_decimal::Decimal::ZERO {
            format!("+{d}")
        } else {
            d.to_string()
        }
    };
    let head = |first: &str| [first.to_string(), cur.clone(), pro.clone(), "Change".into()];
    let mut rows = vec![head("Returns")];
    let counts = |s: &Side| [s.outcomes.approve, s.outcomes.review, s.outcomes.deny];
    let (a, b, d) = (counts(&s.current), counts(&s.proposed), counts(&s.delta));
    for (k, name) in ["approve", "review", "deny"].iter().enumerate() {
        rows.push([
            name.to_string(),
            a[k].to_string(),
            b[k].to_string(),
            signed(d[k]),
        ]);
    }
    columns(&mut out, &rows, [false, true, true, true]);
    for m in &s.current.money {
        let find = |side: &Side| {
            side.money
                .iter()
                .find(|x| x.currency == m.currency)
                .map(|x| x.money)
                .unwrap_or_default()
        };
        let (p, d) = (find(&s.proposed), find(&s.delta));
        let figures = |m: &Money| [m.refund, m.fees, m.label_cost];
        let mut rows = vec![head(&format!("Money ({})", m.currency))];
        for (i, name) in ["refunds", "fees", "label costs"].iter().enumerate() {
            rows.push([
                name.to_string(),
                figures(&m.money)[i].to_string(),
                figures(&p)[i].to_string(),
                plus(figures(&d)[i]),
            ]);
        }
        let _ = writeln!(out);
        columns(&mut out, &rows, [false, true, true, true]);
    }
    let groups = |out: &mut String, title: &str, groups: &[Group]| {
        if groups.is_empty() {
            return;
        }
        let mut rows: Vec<[String; 8]> = vec![[
            title.into(),
            "Lines".into(),
            format!("Denied ({cur})"),
            format!("Denied ({pro})"),
            format!("Refunds ({cur})"),
            format!("Refunds ({pro})"),
            "Change".into(),
            "".into(),
        ]];
        for g in groups {
            rows.push([
                g.key.clone().unwrap_or_else(|| "(none)".into()),
                g.lines.to_string(),
                g.current.outcomes.deny.to_string(),
                g.proposed.outcomes.deny.to_string(),
                g.current.refund.to_string(),
                g.proposed.refund.to_string(),
                plus(g.delta.refund),
                g.currency.to_string(),
            ]);
        }
        let _ = writeln!(out);
        columns(
            out,
            &rows,
            [false, true, true, true, true, true, true, false],
        );
    };
    groups(&mut out, "Reason", &s.by_reason);
    groups(&mut out, "SKU", &s.by_sku);
    if !s.top.is_empty() {
        let mut rows: Vec<[String; 6]> = vec![[
            "Changed most".into(),
            "Order".into(),
            "Outcome".into(),
            format!("Refund ({cur})"),
            format!("Refund ({pro})"),
            "Money moved".into(),
        ]];
        for c in &s.top {
            rows.push([
                c.id.as_ref()
                    .map_or_else(String::new, |id| id.get().to_string()),
                c.order_id.clone(),
                if c.from == c.to {
                    outcome_name(c.from).to_string()
                } else {
                    format!("{} -> {}", outcome_name(c.from), outcome_name(c.to))
                },
                c.current.refund.to_string(),
                c.proposed.refund.to_string(),
                format!("{} {}", c.change, c.currency),
            ]);
        }
        let _ = writeln!(out);
        columns(&mut out, &rows, [false, false, false, true, true, true]);
    }
    if !s.failed.is_empty() {
        let _ = writeln!(out);
    }
    for f in &s.failed {
        let id = f.id.as_ref().map_or("(no id)", |id| id.get());
        let _ = writeln!(out, "error: record {id}: {}", f.error.message);
    }
    out
}
