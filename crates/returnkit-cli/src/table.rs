//! Renders a refund quote as a plain-text table for people at a terminal.

use std::fmt::Write;

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
    let mut widths = [0usize; 8];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let resolution = match q.resolution {
        Resolution::OriginalPayment => "original payment",
        Resolution::StoreCredit => "store credit",
        Resolution::Exchange => "exchange",
    };
    let mode = match q.mode {
        returnkit::QuoteMode::Preview => "preview",
        returnkit::QuoteMode::Final => "final",
    };
    let _ = writeln!(
        out,
        "Refund quote for order {} ({}, {mode}, to {resolution})\n",
        q.order_id, q.currency
    );
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i < 1 {
                let _ = write!(line, "{cell:<w$}  ");
            } else {
                let _ = write!(line, "{cell:>w$}  ");
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
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
