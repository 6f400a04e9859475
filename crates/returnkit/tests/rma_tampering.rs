//! A stored RMA document comes back edited: property tests that, whatever a caller changes in
//! it, no sequence of commands afterwards records a refund or store credit above what was paid.
//!
//! A valid document is made by commands (the return of `examples/rma-lifecycle`: received,
//! inspected at random grades, partly paid to random tenders, sometimes with a refund made on the
//! card before the return), then edited as JSON the way a
//! customer holding it could: figures raised, payments raised or forgotten, quantities, lines,
//! statuses, fees and the order snapshot changed, the log dropped or cut short. If it still
//! loads, an agent then pays whatever the engine says is owed, and more, to every tender. What
//! the engine can promise depends on what was edited (docs/wire.md, "What a document is
//! trusted with"):
//!
//! - figures the engine re-derives or checks (the refund due, payments raised, negative fees
//!   or quantities, lines dropped or listed twice, the log dropped or its figures edited):
//!   nothing beyond what was truly still owed is ever recorded;
//! - facts only the host knows (units received and accepted, the authorization, the terms'
//!   fees): nothing beyond what the order's tenders could still take back, less what was
//!   truly paid;
//! - money the document forgets or the order it claims (a payment cut from the log, the
//!   tenders raised, a refund made before the return erased from `refunded`): nothing beyond what the edited order's tenders can take back, tender by
//!   tender.
//!
//! Every document the engine writes loads again, and every refusal is a typed error.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::prelude::*;
use returnkit::rma::*;
use returnkit::{Condition, Resolution};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};
use support::config;
use support::rma::{command_at, Opening, FEES_POLICY, POLICY};

/// Order 2001's tenders: 50.00 by gift card, 144.40 by card; nothing refunded before.
const TENDERS: [(&str, Decimal); 2] = [("gift-77", dec!(50.00)), ("card-1", dec!(144.40))];
const PAID_IN: Decimal = dec!(194.40);

const RESOLUTIONS: [Resolution; 3] = [
    Resolution::OriginalPayment,
    Resolution::StoreCredit,
    Resolution::Exchange,
];

const GRADES: [Condition; 4] = [
    Condition::New,
    Condition::LikeNew,
    Condition::Used,
    Condition::Damaged,
];

/// How a valid document is made: policy, resolution, per line the units accepted and their
/// grade (or left uninspected), and up to three payments (a share of what is owed, to which
/// tender).
#[derive(Debug, Clone)]
struct Making {
    policy: usize,
    resolution: usize,
    lines: Vec<(u8, u8)>,
    payments: Vec<(u8, u8)>,
    ship_exchange: bool,
    /// Whether the card took 10.00 more, refunded before the return (a cancelled add-on): the
    /// tenders can take back the same 194.40.
    refunded_before: bool,
}

fn making() -> impl Strategy<Value = Making> {
    (
        0..2usize,
        0..3usize,
        proptest::collection::vec(any::<(u8, u8)>(), 3),
        proptest::collection::vec(any::<(u8, u8)>(), 0..=3),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(policy, resolution, lines, payments, ship_exchange, refunded_before)| Making {
                policy,
                resolution,
                lines,
                payments,
                ship_exchange,
                refunded_before,
            },
        )
}

fn apply(doc: &mut RmaDocument, key: &str, actor: Actor, action: Action) -> bool {
    let cmd = command_at(doc, key, actor, "2026-11-20T10:00:00Z", action);
    doc.apply(&cmd).is_ok()
}

/// A document as commands make it.
fn made(m: &Making) -> RmaDocument {
    let resolution = RESOLUTIONS[m.resolution];
    let mut opening = Opening::example();
    if m.refunded_before {
        opening.order.tenders[1].amount = dec!(154.40);
        opening.order.tenders[1].refunded = dec!(10.00);
    }
    let (mut doc, _) = opening
        .policy([POLICY, FEES_POLICY][m.policy])
        .resolution(resolution)
        .request(&format!(
            r#"{{"lines": [{{"line_id": "A", "quantity": 1, "reason": "size_or_fit"}},
                {{"line_id": "B", "quantity": 2, "reason": "changed_mind"}},
                {{"line_id": "C", "quantity": 1, "reason": "defective"}}],
                "resolution": {}}}"#,
            serde_json::to_string(&resolution).unwrap()
        ))
        .submit();
    let all: Vec<LineUnits> = doc
        .rma
        .lines
        .iter()
        .map(|l| LineUnits {
            line_id: l.line_id.clone(),
            quantity: l.approved,
        })
        .filter(|u| u.quantity > 0)
        .collect();
    assert!(apply(
        &mut doc,
        "receive",
        Actor::Warehouse,
        Action::ReceiveItems {
            parcel_id: None,
            lines: all,
            extra: vec![],
        }
    ));
    let inspections: Vec<Inspection> = doc
        .rma
        .lines
        .iter()
        .zip(&m.lines)
        .filter(|(l, (a, _))| l.received > 0 && a % 5 != 0)
        .map(|(l, (a, g))| {
            let accepted = i64::from(*a) % (l.received + 1);
            Inspection {
                line_id: l.line_id.clone(),
                accepted,
                rejected: l.received - accepted,
                condition: GRADES[usize::from(*g) % GRADES.len()],
                disposition: Disposition::Restock,
            }
        })
        .collect();
    if !inspections.is_empty() {
        assert!(apply(
            &mut doc,
            "inspect",
            Actor::Warehouse,
            Action::InspectItems { lines: inspections }
        ));
    }
    for (k, (share, tender)) in m.payments.iter().enumerate() {
        let owed = doc.rma.cash_owed();
        let amount = (owed * Decimal::from(*share) / dec!(255)).round_dp(2);
        let action = if resolution == Resolution::StoreCredit {
            Action::RecordStoreCredit {
                amount,
                reference: format!("sc-{k}"),
            }
        } else {
            Action::RecordRefund {
                amount,
                reference: format!("psp-{k}"),
                tender_id: [None, Some("gift-77"), Some("card-1")][usize::from(*tender) % 3]
                    .map(Into::into),
            }
        };
        apply(&mut doc, &format!("pay-{k}"), Actor::Agent, action);
    }
    if m.ship_exchange && resolution == Resolution::Exchange {
        apply(
            &mut doc,
            "ship",
            Actor::Agent,
            Action::ShipExchange {
                reference: "x-1".into(),
            },
        );
    }
    doc
}

/// What an edit can claim, from the weakest promise to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Claim {
    /// A figure the engine re-derives or checks.
    Figure,
    /// A fact only the host knows.
    Fact,
    /// Money forgotten, or the order's tenders changed.
    Money,
}

fn amount_of(v: &Value) -> Decimal {
    v.as_str().unwrap().parse().unwrap()
}

fn set_amount(v: &mut Value, f: impl Fn(Decimal) -> Decimal) {
    if v.is_string() {
        *v = json!(f(amount_of(v)).to_string());
    }
}

/// Every place the order snapshot is: the state's and the submission's.
fn orders(doc: &mut Value) -> Vec<&mut Value> {
    let mut out = Vec::new();
    let Value::Object(top) = doc else {
        return out;
    };
    for (key, part) in top.iter_mut() {
        match key.as_str() {
            "rma" => out.extend(part.get_mut("order")),
            "events" => {
                if let Some(first) = part.get_mut(0) {
                    out.extend(first.pointer_mut("/event/submitted/order"));
                }
            }
            _ => {}
        }
    }
    out
}

/// Every place the terms are.
fn terms(doc: &mut Value) -> Vec<&mut Value> {
    let mut out = Vec::new();
    let Value::Object(top) = doc else {
        return out;
    };
    for (key, part) in top.iter_mut() {
        match key.as_str() {
            "rma" => out.extend(part.get_mut("terms")),
            "events" => {
                if let Some(first) = part.get_mut(0) {
                    out.extend(first.pointer_mut("/event/submitted/terms"));
                }
            }
            _ => {}
        }
    }
    out
}

/// The events of a kind, in the log.
fn events_of<'a>(doc: &'a mut Value, kind: &'a str) -> impl Iterator<Item = &'a mut Value> {
    doc.get_mut("events")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(move |e| e.pointer_mut(&format!("/event/{kind}")))
}

/// Removes event `i` from the log, renumbering those after it and the snapshot's version, as
/// a careful forger would.
fn cut_event(doc: &mut Value, i: usize) {
    let Some(events) = doc.get_mut("events").and_then(Value::as_array_mut) else {
        return;
    };
    if i == 0 || i >= events.len() {
        return;
    }
    events.remove(i);
    for (k, e) in events.iter_mut().enumerate() {
        e["version"] = json!(k + 1);
    }
    let n = events.len();
    if let Some(rma) = doc.get_mut("rma") {
        rma["version"] = json!(n);
    }
}

/// How many lines the snapshot lists (edits keep at least one).
fn lines_in(doc: &Value) -> usize {
    doc["rma"]["lines"].as_array().map_or(1, Vec::len).max(1)
}

/// Applies edit `(what, n)` to the document; what it can claim.
fn edit(doc: &mut Value, what: u8, n: u8) -> Claim {
    let k = usize::from(n);
    let what = what % 17;
    if doc.get("rma").is_none() && matches!(what, 1 | 2 | 4..=8) {
        // The snapshot is gone: edit the log instead.
        return edit(doc, 14, n);
    }
    match what {
        0 => {
            // Without a log, earlier grades are unknown: the refund due is bounded by the
            // accepted units at no deduction, a fact the host must keep.
            doc.as_object_mut().unwrap().remove("events");
            Claim::Fact
        }
        1 => {
            let f = |d: Decimal| match n % 4 {
                0 => d * dec!(2),
                1 => d + dec!(0.01),
                2 => dec!(1000000.00),
                _ => d + dec!(50.00),
            };
            set_amount(&mut doc["rma"]["refund_due"], f);
            for e in events_of(doc, "items_inspected") {
                set_amount(&mut e["refund_due"], f);
            }
            Claim::Figure
        }
        2 => {
            for list in ["refunds", "credits"] {
                if let Some(p) = doc["rma"][list].get_mut(k % 3) {
                    set_amount(&mut p["amount"], |d| d + dec!(10.00));
                }
            }
            Claim::Figure
        }
        3 => {
            let per = ["unit", "line", "return"][k % 3];
            let fee = json!({"type": "flat", "amount": "-20.00", "per": per});
            for t in terms(doc) {
                t["fees"]["restocking"] = fee.clone();
            }
            Claim::Figure
        }
        4 => {
            if let Some(lines) = doc["rma"]["lines"].as_array_mut() {
                let copy = lines[k % lines.len()].clone();
                lines.push(copy);
            }
            Claim::Figure
        }
        5 => {
            if let Some(lines) = doc["rma"]["lines"].as_array_mut() {
                if lines.len() > 1 {
                    lines.remove(k % lines.len());
                }
            }
            Claim::Figure
        }
        6 => {
            let name = ["accepted", "received", "rejected", "approved"][k % 4];
            let j = k % lines_in(doc);
            doc["rma"]["lines"][j][name] = json!(-1 - i64::from(n % 3));
            Claim::Figure
        }
        7 => {
            let j = k % lines_in(doc);
            let line = &mut doc["rma"]["lines"][j];
            let more = 1 + i64::from(n % 3);
            for name in ["approved", "received", "accepted"] {
                line[name] = json!(line[name].as_i64().unwrap() + more);
            }
            Claim::Fact
        }
        8 => {
            doc["rma"]["authorization"] = json!(
                [
                    "requested",
                    "pending_review",
                    "approved",
                    "rejected",
                    "cancelled",
                    "expired",
                    "closed"
                ][k % 7]
            );
            Claim::Fact
        }
        9 => {
            for t in terms(doc) {
                t["fees"] = json!({});
            }
            Claim::Fact
        }
        10 => {
            // Forget a payment: the snapshot's, and its event.
            // `get_mut`, not indexing: a document without its snapshot must stay without one.
            for list in ["refunds", "credits"] {
                let snapshot = doc.get_mut("rma").and_then(|rma| rma.get_mut(list));
                if let Some(ps) = snapshot.and_then(Value::as_array_mut) {
                    if !ps.is_empty() {
                        ps.remove(k % ps.len());
                    }
                }
            }
            let paid = doc["events"].as_array().map(|events| {
                events.iter().rposition(|e| {
                    e.pointer("/event/refund_recorded").is_some()
                        || e.pointer("/event/store_credit_recorded").is_some()
                })
            });
            if let Some(Some(i)) = paid {
                cut_event(doc, i);
            }
            Claim::Money
        }
        11 => {
            // The log cut short, and no snapshot to compare it with.
            let top = doc.as_object_mut().unwrap();
            top.remove("rma");
            if let Some(events) = top.get_mut("events").and_then(Value::as_array_mut) {
                let keep = 1 + k % events.len();
                events.truncate(keep);
            }
            Claim::Money
        }
        12 => {
            for o in orders(doc) {
                set_amount(&mut o["tenders"][k % 2]["amount"], |d| d * dec!(2));
            }
            Claim::Money
        }
        13 => {
            for o in orders(doc) {
                set_amount(&mut o["lines"][k % 3]["unit_price"], |d| d * dec!(2));
            }
            Claim::Fact
        }
        14 => {
            for e in events_of(doc, "items_inspected") {
                set_amount(&mut e["refund_due"], |d| d + dec!(25.00));
            }
            Claim::Figure
        }
        15 => {
            doc.as_object_mut().unwrap().remove("rma");
            Claim::Figure
        }
        _ => {
            // Refunds made before the return, forgotten.
            for o in orders(doc) {
                if let Some(tenders) = o["tenders"].as_array_mut() {
                    for t in tenders {
                        t["refunded"] = json!("0.00");
                    }
                }
            }
            Claim::Money
        }
    }
}

/// Tries to take money: what the engine says is owed, more, to every tender, as refunds and
/// as store credit, closing and ticking between. Returns the document after.
fn take_money(mut doc: RmaDocument, tries: &[u8]) -> RmaDocument {
    for (k, t) in tries.iter().enumerate() {
        let owed = doc.rma.cash_owed();
        let amount = match t % 5 {
            0 | 1 => owed,
            2 => owed + dec!(0.01),
            3 => dec!(50.00),
            _ => (doc.rma.refund_due - doc.rma.paid()).abs().max(dec!(0.01)),
        };
        let action = match t / 5 % 6 {
            0 | 1 => Action::RecordRefund {
                amount,
                reference: format!("take-{k}"),
                tender_id: [None, Some("gift-77"), Some("card-1")][usize::from(*t) % 3]
                    .map(Into::into),
            },
            2 | 3 => Action::RecordStoreCredit {
                amount,
                reference: format!("take-{k}"),
            },
            4 => Action::Close,
            _ => Action::Tick,
        };
        let cmd = command_at(
            &doc,
            &format!("take-{k}"),
            Actor::Agent,
            "2026-11-25T10:00:00Z",
            action,
        );
        let mut cmd = cmd;
        if matches!(cmd.action, Action::Tick) {
            cmd.actor = Actor::System;
        }
        let _ = doc.apply(&cmd);
    }
    doc
}

/// What each tender of `order` can still take back, by id.
fn room(order: &returnkit::Order) -> Vec<(String, Decimal)> {
    order
        .tenders
        .iter()
        .map(|t| {
            let prior: Decimal = order
                .prior_returns
                .tenders
                .iter()
                .filter(|p| p.tender_id == *t.id)
                .map(|p| p.amount)
                .sum();
            (t.id.to_string(), t.amount - t.refunded - prior)
        })
        .collect()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn no_edit_to_a_document_pays_more_than_was_paid(
        m in making(),
        edits in proptest::collection::vec(any::<(u8, u8)>(), 1..=3),
        tries in proptest::collection::vec(any::<u8>(), 4..=10),
    ) {
        let truth = made(&m);
        // The document as made loads as it is.
        let text = truth.to_json().unwrap();
        prop_assert_eq!(&RmaDocument::from_json(&text).unwrap(), &truth);
        let truly_paid = truth.rma.paid();
        let truly_owed = truth.rma.cash_owed();
        let tenders = TENDERS.map(|(id, a)| (id.to_string(), a)).to_vec();
        prop_assert_eq!(&room(&truth.rma.order), &tenders);
        let paid_in = PAID_IN;

        let mut value: Value = serde_json::from_str(&text).unwrap();
        let claim = edits.iter().map(|(what, n)| edit(&mut value, *what, *n)).max().unwrap();
        let edited = value.to_string();
        let loaded = match RmaDocument::from_json(&edited) {
            Ok(doc) => doc,
            Err(e) => {
                // Refused: a typed error naming a field of the document.
                prop_assert!(e.code() < 9000, "{e}");
                prop_assert!(!e.field().is_empty(), "{e}");
                return Ok(());
            }
        };
        let before = loaded.rma.paid();
        let after = take_money(loaded, &tries);
        let taken = after.rma.paid() - before;

        // What the engine writes, it reads back.
        let written = after.to_json().unwrap();
        prop_assert_eq!(&RmaDocument::from_json(&written).unwrap(), &after);

        // Whatever was edited, the refunds recorded to each tender of the order the document
        // claims stay within what that tender took, and all of it within what the order took.
        let claimed = room(&after.rma.order);
        for (id, can) in &claimed {
            let to: Decimal = after.rma.refunds.iter()
                .filter(|p| p.tender_id.as_deref() == Some(id.as_str()))
                .map(|p| p.amount)
                .sum();
            prop_assert!(to <= *can, "{claim:?}: {to} refunded to {id}, which can take {can}");
        }
        let can: Decimal = claimed.iter().map(|(_, a)| *a).sum();
        prop_assert!(after.rma.paid() <= can, "{claim:?}: {} paid of {can}", after.rma.paid());
        match claim {
            Claim::Figure => prop_assert!(
                taken <= truly_owed,
                "an edited figure paid {taken} where {truly_owed} was owed"
            ),
            Claim::Fact => prop_assert!(
                taken + truly_paid <= paid_in,
                "an edited fact paid {taken} after {truly_paid}, of {paid_in}"
            ),
            Claim::Money => {}
        }
    }
}

/// The named attacks, each refused with its error and field.
#[test]
fn each_edit_that_invents_money_is_refused_by_name() {
    let m = Making {
        policy: 1,
        resolution: 0,
        lines: vec![(1, 0), (2, 2), (1, 1)],
        payments: vec![(100, 2)],
        ship_exchange: false,
        refunded_before: false,
    };
    let truth = made(&m);
    assert_eq!(
        truth
            .rma
            .lines
            .iter()
            .map(|l| l.accepted)
            .collect::<Vec<_>>(),
        [1, 2, 1]
    );
    assert!(truth.rma.paid() > Decimal::ZERO);
    let text = truth.to_json().unwrap();
    let refused = |f: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        f(&mut v);
        let e = RmaDocument::from_json(&v.to_string()).unwrap_err();
        (e.code(), e.field().to_string())
    };
    let no_log = |v: &mut Value| {
        v.as_object_mut().unwrap().remove("events");
    };
    // The refund due raised: in the log and the snapshot, by a cent; in a snapshot alone,
    // beyond the accepted units' worth at no deduction.
    assert_eq!(
        refused(&|v| {
            set_amount(&mut v["rma"]["refund_due"], |d| d + dec!(0.01));
            for e in events_of(v, "items_inspected") {
                set_amount(&mut e["refund_due"], |d| d + dec!(0.01));
            }
        }),
        (4007, "document.rma.refund_due".into())
    );
    assert_eq!(
        refused(&|v| {
            no_log(v);
            set_amount(&mut v["rma"]["refund_due"], |d| d + dec!(50.00));
        }),
        (4007, "document.rma.refund_due".into())
    );
    assert_eq!(
        refused(&|v| {
            for e in events_of(v, "items_inspected") {
                set_amount(&mut e["refund_due"], |d| d + dec!(10.00));
            }
            v.as_object_mut().unwrap().remove("rma");
        }),
        (4007, "document.rma.refund_due".into())
    );
    // A payment above what is due, or above what its tender took.
    assert_eq!(
        refused(&|v| {
            no_log(v);
            set_amount(&mut v["rma"]["refunds"][0]["amount"], |_| dec!(500.00));
        }),
        (4007, "document.rma.refunds[0].amount".into())
    );
    assert_eq!(
        refused(&|v| {
            no_log(v);
            v["rma"]["refunds"][0]["tender_id"] = json!("gift-77");
            set_amount(&mut v["rma"]["refunds"][0]["amount"], |_| dec!(50.01));
        }),
        (4007, "document.rma.refunds[0].amount".into())
    );
    assert_eq!(
        refused(&|v| {
            no_log(v);
            let due = amount_of(&v["rma"]["refund_due"]);
            v["rma"]["refunds"][0]
                .as_object_mut()
                .unwrap()
                .remove("tender_id");
            set_amount(&mut v["rma"]["refunds"][0]["amount"], |_| due + dec!(0.01));
        }),
        (4008, "document.rma.refunds[0].amount".into())
    );
    // Lines: listed twice, accepted beyond what was received, negative.
    assert_eq!(
        refused(&|v| {
            no_log(v);
            let copy = v["rma"]["lines"][1].clone();
            v["rma"]["lines"].as_array_mut().unwrap().push(copy);
        }),
        (1005, "document.rma.lines[3].line_id".into())
    );
    assert_eq!(
        refused(&|v| {
            no_log(v);
            v["rma"]["lines"][0]["accepted"] = json!(2);
        }),
        (1007, "document.rma.lines[0].accepted".into())
    );
    assert_eq!(
        refused(&|v| {
            no_log(v);
            v["rma"]["lines"][1]["rejected"] = json!(-2);
        }),
        (1002, "document.rma.lines[1].rejected".into())
    );
    // A return with money recorded, set back to requested or cancelled.
    for status in ["requested", "cancelled"] {
        assert_eq!(
            refused(&|v| {
                no_log(v);
                v["rma"]["authorization"] = json!(status);
            }),
            (1002, "document.rma.authorization".into())
        );
    }
    // A negative restocking fee, once anything is owed.
    assert_eq!(
        refused(&|v| {
            no_log(v);
            v["rma"]["terms"]["fees"]["restocking"] =
                json!({"type": "flat", "amount": "-20.00", "per": "line"});
        }),
        (4003, "document.rma.terms.fees.restocking.amount".into())
    );
    // The order's tenders: refunded more than captured.
    assert_eq!(
        refused(&|v| {
            no_log(v);
            v["rma"]["order"]["tenders"][0]["refunded"] = json!("60.00");
        }),
        (4003, "document.rma.order.tenders[0].refunded".into())
    );
}

/// A refund recorded to a tender never exceeds what that tender took, less what this return
/// already refunded to it.
#[test]
fn a_refund_to_a_tender_stays_within_what_it_took() {
    let m = Making {
        policy: 0,
        resolution: 0,
        lines: vec![(1, 0), (2, 0), (1, 0)],
        payments: vec![],
        ship_exchange: false,
        refunded_before: false,
    };
    let mut doc = made(&m);
    assert_eq!(doc.rma.cash_owed(), dec!(194.40));
    let refund = |doc: &RmaDocument, key: &str, amount: Decimal, tender: &str| {
        command_at(
            doc,
            key,
            Actor::Agent,
            "2026-11-21T10:00:00Z",
            Action::RecordRefund {
                amount,
                reference: key.into(),
                tender_id: Some(tender.into()),
            },
        )
    };
    let e = doc
        .apply(&refund(&doc, "r1", dec!(50.01), "gift-77"))
        .unwrap_err();
    assert_eq!((e.code(), e.field()), (4007, "action.record_refund.amount"));
    assert_eq!(
        e.to_string(),
        "action.record_refund.amount: refund of 50.01 exceeds the 50.00 that can still be refunded"
    );
    doc.apply(&refund(&doc, "r2", dec!(30.00), "gift-77"))
        .unwrap();
    let e = doc
        .apply(&refund(&doc, "r3", dec!(20.01), "gift-77"))
        .unwrap_err();
    assert_eq!(e.code(), 4007);
    doc.apply(&refund(&doc, "r4", dec!(20.00), "gift-77"))
        .unwrap();
    doc.apply(&refund(&doc, "r5", dec!(144.40), "card-1"))
        .unwrap();
    assert_eq!(doc.rma.paid(), PAID_IN);
    assert_eq!(doc.rma.money(), MoneyState::Refunded);
}

/// A payment forgotten: cut from the middle of the log, the versions give it away; cut with the
/// versions renumbered (or from the end), the document is another one returnkit can't tell
/// apart, which is why the host keeps what it paid (docs/wire.md). Even then, the refunds stay
/// within what the order's tenders took.
#[test]
fn a_forgotten_payment_is_refused_when_the_log_shows_it_and_capped_when_not() {
    let m = Making {
        policy: 0,
        resolution: 0,
        lines: vec![(1, 0), (2, 0), (1, 0)],
        payments: vec![(128, 2), (20, 1)],
        ship_exchange: false,
        refunded_before: false,
    };
    let truth = made(&m);
    assert_eq!(truth.rma.refunds.len(), 2);
    let paid = truth.rma.paid();
    let mut v: Value = serde_json::from_str(&truth.to_json().unwrap()).unwrap();
    let first = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .position(|e| e.pointer("/event/refund_recorded").is_some())
        .unwrap();
    v["rma"]["refunds"].as_array_mut().unwrap().remove(0);

    let mut gap = v.clone();
    gap["events"].as_array_mut().unwrap().remove(first);
    let e = RmaDocument::from_json(&gap.to_string()).unwrap_err();
    assert_eq!(
        (e.code(), e.field(), e.to_string().as_str()),
        (
            1002,
            "document.events",
            "document.events: event 5 follows version 3"
        )
    );

    cut_event(&mut v, first);
    let forged = RmaDocument::from_json(&v.to_string()).unwrap();
    assert!(forged.rma.paid() < paid);
    let after = take_money(forged, &[0, 1, 5, 6, 10, 11]);
    let to_card: Decimal = after
        .rma
        .refunds
        .iter()
        .filter(|p| p.tender_id.as_deref() == Some("card-1"))
        .map(|p| p.amount)
        .sum();
    assert!(to_card <= dec!(144.40), "{to_card}");
    assert!(after.rma.paid() <= PAID_IN);
}

/// A command on a document kept as a snapshot alone writes the snapshot and the events since;
/// that document loads again, as it is, and its log's versions must lead up to the snapshot's.
#[test]
fn a_snapshot_with_the_events_since_loads_again() {
    let m = Making {
        policy: 0,
        resolution: 0,
        lines: vec![(1, 0), (2, 0), (1, 0)],
        payments: vec![],
        ship_exchange: false,
        refunded_before: false,
    };
    let truth = made(&m);
    let mut v: Value = serde_json::from_str(&truth.to_json().unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("events");
    let mut doc = RmaDocument::from_json(&v.to_string()).unwrap();
    assert!(doc.events.is_empty());
    assert!(apply(
        &mut doc,
        "pay",
        Actor::Agent,
        Action::RecordRefund {
            amount: dec!(10.00),
            reference: "psp".into(),
            tender_id: None,
        }
    ));
    let text = doc.to_json().unwrap();
    assert_eq!(RmaDocument::from_json(&text).unwrap(), doc);

    let mut wrong: Value = serde_json::from_str(&text).unwrap();
    wrong["events"][0]["version"] = json!(2);
    let e = RmaDocument::from_json(&wrong.to_string()).unwrap_err();
    assert_eq!((e.code(), e.field()), (1002, "document.events[0].version"));
}
