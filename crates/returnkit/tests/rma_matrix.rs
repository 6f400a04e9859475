//! Issue #5: every (command kind, actor, state) combination of the RMA lifecycle.
//!
//! For each state an RMA can be in (authorization × the logistics, line and money sub-states
//! that change what a command may do), every command kind is tried by every actor, on a clone,
//! with a representative command that would be valid if the state allowed it. The outcome is
//! checked against two explicit tables: [`may`] (permission, checked first: 3002) and
//! [`STATES`] (what the state allows, read off `src/rma/apply.rs`: `Ok`, 3001 or the more
//! specific error the state gives). Every state also checks version conflicts (3003) and
//! idempotent replays.
//!
//! `requested` can't be reached through commands or events: `Rma::submitted` opens an RMA as
//! `approved`, `pending_review` or `rejected` from the decision's outcome, and no event folds
//! back to `requested`. It is covered by a synthetic snapshot (a pending-review RMA with its
//! authorization field set to `requested`), which `apply.rs` treats like `pending_review`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::decision::{decide, ReturnRequest};
use returnkit::policy::Policy;
use returnkit::rma::*;
use returnkit::{from_json, Condition, DeductionKind, Resolution};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::rma::{at, command_at, Opening, DECIDED, FEES_POLICY, PLAIN_POLICY, POLICY, REQUEST};

// ---------------------------------------------------------------------------------------------
// Building RMAs (the return of examples/rma-lifecycle, opened with support::rma::Opening)
// ---------------------------------------------------------------------------------------------

/// When the matrix's commands run: before the ship-by date, so a tick does nothing.
const NOW: &str = "2026-11-20T12:00:00Z";

/// How the decision comes out.
#[derive(Clone, Copy)]
enum Decided {
    /// The example's 30-day policy: approved.
    Approve,
    /// A review threshold of 10.00: pending review.
    Review,
    /// Decided after the window closed: rejected.
    Deny,
    /// A keep-item threshold above the return's value: approved, nothing to ship.
    KeepItem,
}

fn submitted(decided: Decided, resolution: Resolution) -> RmaDocument {
    let extra = match decided {
        Decided::Approve | Decided::Deny => "",
        Decided::Review => r#", "review": {"value_over": "10"}"#,
        Decided::KeepItem => r#", "keep_item": {"threshold": "500"}"#,
    };
    // The example's policy, with `extra`'s members added.
    let policy = format!("{}{extra}}}", POLICY.trim_end().strip_suffix('}').unwrap());
    let now = match decided {
        Decided::Deny => at("2027-03-01T12:00:00Z"),
        _ => at(DECIDED),
    };
    let (doc, _) = Opening::example()
        .policy(&policy)
        .at(now)
        .resolution(resolution)
        .submit();
    doc
}

fn units(line: &str, quantity: i64) -> LineUnits {
    LineUnits {
        line_id: line.into(),
        quantity,
    }
}

fn inspection(line: &str, accepted: i64, rejected: i64) -> Inspection {
    Inspection {
        line_id: line.into(),
        accepted,
        rejected,
        condition: if accepted > 0 {
            Condition::LikeNew
        } else {
            Condition::Damaged
        },
        disposition: if accepted > 0 {
            Disposition::Restock
        } else {
            Disposition::ReturnToCustomer
        },
    }
}

fn label(parcel: &str) -> Action {
    Action::IssueLabel {
        parcel_id: parcel.into(),
        carrier: "Sample Parcel Co.".into(),
        tracking: format!("1Z-{parcel}"),
        expires_on: None,
    }
}

fn scan(parcel: &str, scan: Scan) -> Action {
    Action::RecordCarrierScan {
        parcel_id: parcel.into(),
        scan,
    }
}

fn receive_all(parcel: Option<&str>) -> Action {
    Action::ReceiveItems {
        parcel_id: parcel.map(Into::into),
        lines: vec![units("A", 1), units("B", 2), units("C", 1)],
        extra: vec![],
    }
}

fn accept_all() -> Action {
    Action::InspectItems {
        lines: vec![
            inspection("A", 1, 0),
            inspection("B", 2, 0),
            inspection("C", 1, 0),
        ],
    }
}

/// A document being driven through its lifecycle; every step must succeed.
struct Build {
    doc: RmaDocument,
    n: usize,
}

impl Build {
    fn new(decided: Decided, resolution: Resolution) -> Build {
        Build {
            doc: submitted(decided, resolution),
            n: 0,
        }
    }

    fn at(mut self, actor: Actor, when: &str, action: Action) -> Build {
        self.n += 1;
        let cmd = command_at(&self.doc, &format!("build-{}", self.n), actor, when, action);
        if let Err(e) = self.doc.apply(&cmd) {
            panic!("building step {} ({:?}) failed: {e}", self.n, cmd.action);
        }
        self
    }

    fn then(self, actor: Actor, action: Action) -> Build {
        self.at(actor, "2026-11-12T10:00:00Z", action)
    }

    fn pay_all(self) -> Build {
        let owed = self.doc.rma.refund_due - self.doc.rma.paid();
        let action = if self.doc.rma.resolution == Resolution::StoreCredit {
            Action::RecordStoreCredit {
                amount: owed,
                reference: "gc-1".into(),
            }
        } else {
            Action::RecordRefund {
                amount: owed,
                reference: "psp-1".into(),
                tender_id: None,
            }
        };
        self.then(Actor::System, action)
    }

    fn done(self) -> RmaDocument {
        self.doc
    }
}

fn approved() -> Build {
    Build::new(Decided::Approve, Resolution::OriginalPayment)
}

fn review() -> Build {
    Build::new(Decided::Review, Resolution::OriginalPayment)
}

fn inspected(resolution: Resolution) -> Build {
    Build::new(Decided::Approve, resolution)
        .then(Actor::System, label("p1"))
        .then(Actor::Carrier, scan("p1", Scan::InTransit))
        .then(Actor::Carrier, scan("p1", Scan::Delivered))
        .then(Actor::Warehouse, receive_all(Some("p1")))
        .then(Actor::Warehouse, accept_all())
}

// ---------------------------------------------------------------------------------------------
// Representative commands
// ---------------------------------------------------------------------------------------------

/// A command of `kind` that is as valid as the RMA allows: it names a parcel and lines the RMA
/// has, units there is room for, and an amount that is still due (a refund, no more than its
/// tender took). Where no valid command of
/// that kind exists (no parcel to scan, nothing to inspect, nothing due), it is the nearest
/// one, and the table says which error that state gives.
fn representative(kind: CommandKind, doc: &RmaDocument) -> Action {
    let rma = &doc.rma;
    let first_parcel = rma.parcels.first().map(|p| p.id.clone());
    let owed = rma.refund_due - rma.paid();
    let amount = if owed > Decimal::ZERO {
        owed
    } else {
        dec!(1.00)
    };
    match kind {
        CommandKind::Submit => {
            let EventKind::Submitted(s) = &doc.events[0].kind else {
                panic!("the log starts with its submission");
            };
            let request: ReturnRequest = from_json(REQUEST).unwrap();
            let policy = Policy::from_json(PLAIN_POLICY).unwrap();
            Action::Submit(Box::new(Submission {
                rma_id: "rma-2001-2".into(),
                sequence: 331,
                order: (*s.order).clone(),
                decision: decide(&policy, &s.order, &request, at(DECIDED))
                    .unwrap()
                    .into(),
                resolution: Resolution::OriginalPayment,
                timezone: "UTC".into(),
                locale: None,
            }))
        }
        CommandKind::Approve => Action::Approve { lines: vec![] },
        CommandKind::Reject => Action::Reject {
            code: "not_ours".into(),
            message: "This item was not bought here.".into(),
        },
        CommandKind::RequestInfo => Action::RequestInfo {
            message: "Please send a photo of the label.".into(),
        },
        CommandKind::IssueLabel => label(&format!("p{}", rma.parcels.len() + 1)),
        CommandKind::RecordCarrierScan => {
            let movable = rma.parcels.iter().find_map(|p| match p.state {
                Logistics::LabelIssued => Some((p.id.clone(), Scan::InTransit)),
                Logistics::InTransit | Logistics::Lost => Some((p.id.clone(), Scan::Delivered)),
                _ => None,
            });
            let (parcel, s) = movable.unwrap_or_else(|| {
                (
                    first_parcel.clone().unwrap_or_else(|| "p1".into()),
                    Scan::InTransit,
                )
            });
            scan(&parcel, s)
        }
        CommandKind::ReceiveItems => {
            let line = rma
                .lines
                .iter()
                .find(|l| l.approved > l.received)
                .unwrap_or(&rma.lines[0]);
            Action::ReceiveItems {
                parcel_id: first_parcel,
                lines: vec![units(&line.line_id, 1)],
                extra: vec![],
            }
        }
        CommandKind::InspectItems => {
            let line = rma
                .lines
                .iter()
                .find(|l| l.received > l.accepted + l.rejected)
                .unwrap_or(&rma.lines[0]);
            Action::InspectItems {
                lines: vec![inspection(&line.line_id, 1, 0)],
            }
        }
        CommandKind::SettleLostParcel => {
            let lost = rma
                .parcels
                .iter()
                .find(|p| p.state == Logistics::Lost)
                .map(|p| p.id.clone());
            let line = rma
                .lines
                .iter()
                .find(|l| l.approved > l.received)
                .unwrap_or(&rma.lines[0]);
            Action::SettleLostParcel {
                parcel_id: lost.or(first_parcel).unwrap_or_else(|| "p1".into()),
                lines: vec![units(&line.line_id, 1)],
            }
        }
        // To the card, within what it took (144.40 of the order's 194.40).
        CommandKind::RecordRefund => Action::RecordRefund {
            amount: amount.min(dec!(144.40)),
            reference: "psp-matrix".into(),
            tender_id: Some("card-1".into()),
        },
        CommandKind::RecordStoreCredit => Action::RecordStoreCredit {
            amount,
            reference: "gc-matrix".into(),
        },
        CommandKind::RecordRecovery => Action::RecordRecovery {
            amount,
            reference: "recovery-matrix".into(),
            from: returnkit::rma::RecoverySource::Customer,
        },
        CommandKind::ShipExchange => Action::ShipExchange {
            reference: "ship-matrix".into(),
        },
        CommandKind::Cancel => Action::Cancel {
            reason: "no longer needed".into(),
        },
        CommandKind::Close => Action::Close,
        CommandKind::Tick => Action::Tick,
    }
}

// ---------------------------------------------------------------------------------------------
// The expected table
// ---------------------------------------------------------------------------------------------

/// What a permitted actor's representative command does in a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exp {
    Ok,
    Err(u32),
}

const OK: Exp = Exp::Ok;
/// invalid_transition: the state does not allow the command.
const INV: Exp = Exp::Err(3001);
/// invalid_value on `parcel_id`: the RMA has no parcel to name.
const NO_PARCEL: Exp = Exp::Err(1002);
/// quantity_exceeded: no units left to receive, inspect or settle.
const NO_ROOM: Exp = Exp::Err(1007);
/// refund_exceeds_due: nothing (more) is due.
const NOT_DUE: Exp = Exp::Err(4008);

/// One row: a state, how to build it, and what each command kind does there, in
/// [`COMMAND_KINDS`] order. `cancel` is for agents and backend jobs (who may cancel until items
/// are inspected or money moved); `customer_cancel` for the customer (who may cancel until
/// something is shipped).
struct Row {
    name: &'static str,
    build: fn() -> RmaDocument,
    /// Whether the snapshot is its event log's fold (false for the synthetic `requested`).
    folds: bool,
    expect: [Exp; 16],
    customer_cancel: Exp,
}

#[rustfmt::skip]
const STATES: &[Row] = &[
    //                    submit approve reject info  label  scan       receive  inspect  settle     refund   credit   recover exchange cancel close tick
    Row { name: "requested (synthetic)", folds: false,
          build: || { let mut d = review().done(); d.rma.authorization = Authorization::Requested; d },
          expect: [INV, OK,  OK,  OK,  INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     OK,  INV, OK], customer_cancel: OK },
    Row { name: "pending_review", folds: true,
          build: || review().done(),
          expect: [INV, OK,  OK,  OK,  INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     OK,  INV, OK], customer_cancel: OK },
    Row { name: "pending_review, info requested", folds: true,
          build: || review().then(Actor::Agent, Action::RequestInfo { message: "Photos?".into() }).done(),
          expect: [INV, OK,  OK,  OK,  INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     OK,  INV, OK], customer_cancel: OK },
    Row { name: "rejected by the decision", folds: true,
          build: || Build::new(Decided::Deny, Resolution::OriginalPayment).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "rejected after review", folds: true,
          build: || review().then(Actor::Agent, Action::Reject { code: "fraud".into(), message: String::new() }).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "approved after review", folds: true,
          build: || review().then(Actor::Agent, Action::Approve { lines: vec![units("B", 1)] }).done(),
          expect: [INV, INV, INV, INV, OK,  NO_PARCEL, OK,      NO_ROOM, NO_PARCEL, NOT_DUE, INV, INV,     INV,     OK,  OK,  OK], customer_cancel: OK },
    Row { name: "approved, no label", folds: true,
          build: || approved().done(),
          expect: [INV, INV, INV, INV, OK,  NO_PARCEL, OK,      NO_ROOM, NO_PARCEL, NOT_DUE, INV, INV,     INV,     OK,  OK,  OK], customer_cancel: OK },
    Row { name: "label issued", folds: true,
          build: || approved().then(Actor::System, label("p1")).done(),
          expect: [INV, INV, INV, INV, OK,  OK,        OK,      NO_ROOM, INV,       NOT_DUE, INV, INV,     INV,     OK,  OK,  OK], customer_cancel: OK },
    // Closing is refused while the goods are on their way.
    Row { name: "in transit", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Carrier, scan("p1", Scan::InTransit)).done(),
          expect: [INV, INV, INV, INV, OK,  OK,        OK,      NO_ROOM, INV,       NOT_DUE, INV, INV,     INV,     OK,  INV, OK], customer_cancel: INV },
    Row { name: "delivered, not yet received", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Carrier, scan("p1", Scan::InTransit))
                      .then(Actor::Carrier, scan("p1", Scan::Delivered)).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       OK,      NO_ROOM, INV,       NOT_DUE, INV, INV,     INV,     OK,  OK,  OK], customer_cancel: INV },
    Row { name: "parcel lost", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Carrier, scan("p1", Scan::Lost)).done(),
          expect: [INV, INV, INV, INV, OK,  OK,        OK,      NO_ROOM, OK,        NOT_DUE, INV, INV,     INV,     OK,  OK,  OK], customer_cancel: INV },
    Row { name: "lost parcel settled", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Carrier, scan("p1", Scan::Lost))
                      .then(Actor::Agent, Action::SettleLostParcel { parcel_id: "p1".into(),
                            lines: vec![units("A", 1), units("B", 2), units("C", 1)] }).done(),
          expect: [INV, INV, INV, INV, OK,  OK,        NO_ROOM, NO_ROOM, NO_ROOM,   OK,      INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "partly received", folds: true,
          build: || approved().then(Actor::Warehouse, Action::ReceiveItems { parcel_id: None, lines: vec![units("B", 1)], extra: vec![] }).done(),
          expect: [INV, INV, INV, INV, OK,  NO_PARCEL, OK,      OK,      NO_PARCEL, NOT_DUE, INV, INV,     INV,     OK,  INV, OK], customer_cancel: INV },
    Row { name: "received in full", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Carrier, scan("p1", Scan::Delivered))
                      .then(Actor::Warehouse, receive_all(Some("p1"))).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, OK,      INV,       NOT_DUE, INV, INV,     INV,     OK,  INV, OK], customer_cancel: INV },
    Row { name: "partly inspected", folds: true,
          build: || approved().then(Actor::Warehouse, receive_all(None))
                      .then(Actor::Warehouse, Action::InspectItems { lines: vec![inspection("A", 1, 0)] }).done(),
          expect: [INV, INV, INV, INV, OK,  NO_PARCEL, NO_ROOM, OK,      NO_PARCEL, OK,      INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "inspected, refund pending", folds: true,
          build: || inspected(Resolution::OriginalPayment).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       OK,      INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "partially refunded", folds: true,
          build: || inspected(Resolution::OriginalPayment)
                      .then(Actor::System, Action::RecordRefund { amount: dec!(50.00), reference: "psp-0".into(), tender_id: Some("gift-77".into()) }).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       OK,      INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "refunded", folds: true,
          build: || inspected(Resolution::OriginalPayment).pay_all().done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       NOT_DUE, INV, INV,     INV,     INV, OK,  OK], customer_cancel: INV },
    Row { name: "inspected, every unit rejected", folds: true,
          build: || approved().then(Actor::Warehouse, receive_all(None))
                      .then(Actor::Warehouse, Action::InspectItems { lines: vec![inspection("A", 0, 1), inspection("B", 0, 2), inspection("C", 0, 1)] }).done(),
          expect: [INV, INV, INV, INV, OK,  NO_PARCEL, NO_ROOM, NO_ROOM, NO_PARCEL, NOT_DUE, INV, INV,     INV,     INV, OK,  OK], customer_cancel: INV },
    Row { name: "store credit, inspected", folds: true,
          build: || inspected(Resolution::StoreCredit).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       INV,     OK, INV,      INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "store credit, credited", folds: true,
          build: || inspected(Resolution::StoreCredit).pay_all().done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       INV,     NOT_DUE, INV, INV,     INV, OK,  OK], customer_cancel: INV },
    // An exchange whose replacements were never chosen owes its full value (refund_due = the
    // returned value): it settles either as a cash refund or by shipping the replacement, which
    // takes whatever was not refunded; see `an_exchange_is_refunded_or_shipped_not_both` below.
    Row { name: "exchange, inspected", folds: true,
          build: || inspected(Resolution::Exchange).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       OK,      INV, INV,     OK,      INV, INV, OK], customer_cancel: INV },
    Row { name: "exchange shipped", folds: true,
          build: || inspected(Resolution::Exchange).then(Actor::Warehouse, Action::ShipExchange { reference: "x-1".into() }).done(),
          expect: [INV, INV, INV, INV, OK,  INV,       NO_ROOM, NO_ROOM, INV,       INV,     INV, INV,     INV,     INV, OK,  OK], customer_cancel: INV },
    // Kept items are accepted on approval and their refund is due at once: payable, and the
    // return can't close until it is paid (or, for an exchange, the replacement shipped).
    Row { name: "keep item", folds: true,
          build: || Build::new(Decided::KeepItem, Resolution::OriginalPayment).done(),
          expect: [INV, INV, INV, INV, INV, NO_PARCEL, OK,      NO_ROOM, NO_PARCEL, OK,      INV, INV,     INV,     OK,  INV, OK], customer_cancel: OK },
    Row { name: "keep item, exchange", folds: true,
          build: || Build::new(Decided::KeepItem, Resolution::Exchange).done(),
          expect: [INV, INV, INV, INV, INV, NO_PARCEL, OK,      NO_ROOM, NO_PARCEL, OK,      INV, INV,     OK,      OK,  INV, OK], customer_cancel: OK },
    Row { name: "closed", folds: true,
          build: || inspected(Resolution::OriginalPayment).pay_all().then(Actor::Agent, Action::Close).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "cancelled by the customer", folds: true,
          build: || approved().then(Actor::System, label("p1")).then(Actor::Customer, Action::Cancel { reason: String::new() }).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "cancelled in review", folds: true,
          build: || review().then(Actor::Agent, Action::Cancel { reason: String::new() }).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
    Row { name: "expired", folds: true,
          build: || approved().then(Actor::System, label("p1")).at(Actor::System, "2026-12-06T06:00:00Z", Action::Tick).done(),
          expect: [INV, INV, INV, INV, INV, INV,       INV,     INV,     INV,       INV,     INV, INV,     INV,     INV, INV, OK], customer_cancel: INV },
];

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

fn command(doc: &RmaDocument, key: &str, actor: Actor, action: Action) -> Command {
    command_at(doc, key, actor, NOW, action)
}

fn expected(row: &Row, kind: CommandKind, actor: Actor) -> Exp {
    if !may(actor, kind) {
        return Exp::Err(3002);
    }
    if kind == CommandKind::Cancel && actor == Actor::Customer {
        return row.customer_cancel;
    }
    let i = COMMAND_KINDS.iter().position(|k| *k == kind).unwrap();
    row.expect[i]
}

/// Checks every kind × actor in one state, then version conflicts and idempotent replays.
fn check_state(name: &str) {
    let row = STATES.iter().find(|r| r.name == name).unwrap();
    let doc = (row.build)();
    if row.folds {
        assert_eq!(
            Rma::from_events(&doc.events).unwrap(),
            doc.rma,
            "[{name}] the snapshot is the fold of its log"
        );
        assert_eq!(doc.rma.version, doc.events.len() as u64);
    }
    let mut first_ok: Option<(Command, Vec<Event>)> = None;

    for kind in COMMAND_KINDS {
        let action = representative(kind, &doc);
        assert_eq!(action.kind(), kind);
        for actor in ACTORS {
            let want = expected(row, kind, actor);
            let what = format!("[{name}] {kind:?} by {actor:?}: expected {want:?}");
            let mut after = doc.clone();
            let cmd = command(
                &doc,
                &format!("matrix-{kind:?}-{actor:?}"),
                actor,
                action.clone(),
            );
            match (after.apply(&cmd), want) {
                (Ok(events), Exp::Ok) => {
                    let v0 = doc.rma.version;
                    assert_eq!(after.rma.version, v0 + events.len() as u64, "{what}");
                    assert_eq!(
                        after.events.len(),
                        doc.events.len() + events.len(),
                        "{what}"
                    );
                    for (i, e) in events.iter().enumerate() {
                        assert_eq!(e.version, v0 + 1 + i as u64, "{what}: event versions");
                        assert_eq!((e.actor, &e.idempotency_key), (actor, &cmd.idempotency_key));
                    }
                    assert_eq!(&after.events[doc.events.len()..], &events[..], "{what}");
                    if kind == CommandKind::Tick {
                        assert!(events.is_empty(), "{what}: a tick before any deadline");
                    } else {
                        assert!(!events.is_empty(), "{what}: a transition records an event");
                    }
                    if row.folds {
                        assert_eq!(
                            Rma::from_events(&after.events).unwrap(),
                            after.rma,
                            "{what}: the new state is the fold of the log"
                        );
                    }
                    if first_ok.is_none() && !events.is_empty() {
                        first_ok = Some((cmd.clone(), events));
                    }
                }
                (Err(e), Exp::Err(code)) => {
                    assert_eq!(e.code(), code, "{what}, got {e} ({})", e.code());
                    assert_eq!(after, doc, "{what}: a refused command changes nothing");
                }
                (Ok(events), Exp::Err(_)) => panic!("{what}, got Ok({events:?})"),
                (Err(e), Exp::Ok) => panic!("{what}, got {e} ({})", e.code()),
            }
        }
    }

    // Version conflicts: permission is checked first, then the version, then the state.
    for kind in COMMAND_KINDS {
        let action = representative(kind, &doc);
        for actor in ACTORS {
            for expected_version in [doc.rma.version - 1, doc.rma.version + 1, 0] {
                let mut after = doc.clone();
                let mut cmd = command(&doc, "matrix-stale", actor, action.clone());
                cmd.expected_version = expected_version;
                let want = if may(actor, kind) { 3003 } else { 3002 };
                let err = after.apply(&cmd).unwrap_err();
                assert_eq!(
                    err.code(),
                    want,
                    "[{name}] {kind:?} by {actor:?} at version {expected_version} of {}: {err}",
                    doc.rma.version
                );
                assert_eq!(after, doc, "[{name}] a conflict changes nothing");
            }
        }
    }

    // A key already in the log, sent with another command, is refused (1005) and changes
    // nothing; only the command that made those events gets them back.
    let keys: Vec<String> = doc
        .events
        .iter()
        .map(|e| e.idempotency_key.clone())
        .collect();
    for key in &keys {
        let original: Vec<Event> = doc
            .events
            .iter()
            .filter(|e| &e.idempotency_key == key)
            .cloned()
            .collect();
        for action in [Action::Close, Action::Tick] {
            let mut after = doc.clone();
            let mut cmd = command(&doc, key, Actor::System, action.clone());
            cmd.expected_version = 0;
            // The only commands in these logs that a system close or tick repeats.
            let same = original.iter().all(|e| e.actor == Actor::System)
                && match action {
                    Action::Close => matches!(
                        original[..],
                        [Event {
                            kind: EventKind::Closed,
                            ..
                        }]
                    ),
                    _ => original.iter().all(|e| {
                        matches!(
                            e.kind,
                            EventKind::Expired | EventKind::RefundDeadlineFlagged { .. }
                        )
                    }),
                };
            match after.apply(&cmd) {
                Ok(replayed) if same => {
                    assert_eq!(replayed, original, "[{name}] replay of `{key}`")
                }
                Err(e) if !same => assert_eq!(e.code(), 1005, "[{name}] `{key}` reused: {e}"),
                other => panic!("[{name}] `{key}` reused for {action:?}: {other:?}"),
            }
            assert_eq!(after, doc, "[{name}] replay of `{key}` changes nothing");
        }
    }

    // Repeating a command that just succeeded returns the same events, stale version or not,
    // and leaves the version where the first run put it.
    let Some((cmd, events)) = first_ok else {
        // Only the final states (rejected, closed, cancelled, expired) refuse every change.
        assert!(
            row.expect[..14].iter().all(|e| *e != Exp::Ok),
            "[{name}] a command succeeded without recording an event"
        );
        return;
    };
    let mut after = doc.clone();
    assert_eq!(after.apply(&cmd).unwrap(), events);
    let once = after.clone();
    assert_eq!(after.apply(&cmd).unwrap(), events, "[{name}] repeat");
    assert_eq!(after, once, "[{name}] a repeat changes nothing");
    assert_eq!(after.rma.version, doc.rma.version + events.len() as u64);
}

#[test]
fn the_table_covers_every_state_kind_and_actor() {
    // Every row lists all fifteen kinds; the test functions below name every row.
    assert_eq!(COMMAND_KINDS.len(), 16);
    assert_eq!(ACTORS.len(), 5);
    assert_eq!(STATES.len(), 29);
    let mut names: Vec<_> = STATES.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), STATES.len(), "state names are unique");
    // Every authorization state is in the table.
    let seen: Vec<Authorization> = STATES
        .iter()
        .map(|r| (r.build)().rma.authorization)
        .collect();
    for a in [
        Authorization::Requested,
        Authorization::PendingReview,
        Authorization::Approved,
        Authorization::Rejected,
        Authorization::Cancelled,
        Authorization::Expired,
        Authorization::Closed,
    ] {
        assert!(seen.contains(&a), "{a:?} is covered");
    }
    // Every logistics state and money state, too.
    let docs: Vec<RmaDocument> = STATES.iter().map(|r| (r.build)()).collect();
    for l in [
        Logistics::LabelIssued,
        Logistics::InTransit,
        Logistics::DeliveredToWarehouse,
        Logistics::Lost,
    ] {
        assert!(
            docs.iter()
                .any(|d| d.rma.parcels.iter().any(|p| p.state == l)),
            "{l:?} is covered"
        );
    }
    for m in [
        MoneyState::NothingDue,
        MoneyState::RefundPending,
        MoneyState::PartiallyRefunded,
        MoneyState::Refunded,
        MoneyState::Credited,
        MoneyState::ExchangeShipped,
    ] {
        assert!(docs.iter().any(|d| d.rma.money() == m), "{m:?} is covered");
    }
}

macro_rules! states {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_state($name);
            }
        )*

        #[test]
        fn every_row_has_a_test() {
            let named = [$($name),*];
            for row in STATES {
                assert!(named.contains(&row.name), "no test for `{}`", row.name);
            }
        }
    };
}

states! {
    requested => "requested (synthetic)",
    pending_review => "pending_review",
    pending_review_info_requested => "pending_review, info requested",
    rejected_by_the_decision => "rejected by the decision",
    rejected_after_review => "rejected after review",
    approved_after_review => "approved after review",
    approved_no_label => "approved, no label",
    label_issued => "label issued",
    in_transit => "in transit",
    delivered_not_received => "delivered, not yet received",
    parcel_lost => "parcel lost",
    lost_parcel_settled => "lost parcel settled",
    partly_received => "partly received",
    received_in_full => "received in full",
    partly_inspected => "partly inspected",
    inspected_refund_pending => "inspected, refund pending",
    partially_refunded => "partially refunded",
    refunded => "refunded",
    inspected_every_unit_rejected => "inspected, every unit rejected",
    store_credit_inspected => "store credit, inspected",
    store_credit_credited => "store credit, credited",
    exchange_inspected => "exchange, inspected",
    exchange_shipped => "exchange shipped",
    keep_item => "keep item",
    keep_item_exchange => "keep item, exchange",
    closed => "closed",
    cancelled_by_the_customer => "cancelled by the customer",
    cancelled_in_review => "cancelled in review",
    expired => "expired",
}

// ---------------------------------------------------------------------------------------------
// Engine bugs the matrix and the property tests found, each pinned by a minimal reproduction of
// the behaviour the lifecycle promises, and the rules around them, with exact figures and codes.
// ---------------------------------------------------------------------------------------------

fn apply(
    doc: &mut RmaDocument,
    key: &str,
    actor: Actor,
    action: Action,
) -> returnkit::Result<Vec<Event>> {
    let cmd = command(doc, key, actor, action);
    doc.apply(&cmd)
}

fn code(r: returnkit::Result<Vec<Event>>) -> Option<u32> {
    r.map_err(|e| e.code()).err()
}

fn refund(amount: Decimal) -> Action {
    Action::RecordRefund {
        amount,
        reference: "psp-1".into(),
        tender_id: None,
    }
}

fn ship(reference: &str) -> Action {
    Action::ShipExchange {
        reference: reference.into(),
    }
}

#[test]
fn keep_item_refund_is_due() {
    // The decision lets the customer keep the items (value 180.00 ≤ threshold 500): nothing
    // will be received or inspected, so the approved units are accepted as they are and the
    // refund engine's quote for them is due at once: 108.00 + 54.00 + 32.40.
    let mut doc = Build::new(Decided::KeepItem, Resolution::OriginalPayment).done();
    assert!(doc.rma.keep_item);
    assert_eq!(doc.rma.refund_due, dec!(194.40));
    let accepted: Vec<_> = doc
        .rma
        .lines
        .iter()
        .map(|l| (l.received, l.accepted))
        .collect();
    assert_eq!(accepted, [(0, 1), (0, 2), (0, 1)]);
    assert_eq!(doc.rma.money(), MoneyState::RefundPending);
    assert_eq!(doc.status().status, CustomerStatus::KeepItems);
    // Not closable while it is owed; nothing beyond it is payable.
    assert_eq!(
        code(apply(&mut doc, "close-0", Actor::Agent, Action::Close)),
        Some(3001)
    );
    assert_eq!(
        code(apply(&mut doc, "r-0", Actor::System, refund(dec!(194.41)))),
        Some(4008)
    );
    let quote = doc.final_quote().unwrap();
    assert_eq!(quote.totals.refund, dec!(194.40));
    let paid = apply(&mut doc, "refund-1", Actor::System, refund(dec!(194.40)));
    assert!(paid.is_ok(), "a keep-item refund is payable: {paid:?}");
    assert_eq!(doc.rma.money(), MoneyState::Refunded);
    apply(&mut doc, "close-1", Actor::Agent, Action::Close).unwrap();
    assert_eq!(doc.rma.authorization, Authorization::Closed);
    assert_eq!(Rma::from_events(&doc.events).unwrap(), doc.rma);
}

#[test]
fn keep_item_documents_written_before_returnless_refunds_keep_loading() {
    // Such a snapshot says nothing accepted and nothing due; its log now folds to the refund
    // due, which the loaded document has.
    let doc = Build::new(Decided::KeepItem, Resolution::OriginalPayment).done();
    let mut old: serde_json::Value = serde_json::from_str(&doc.to_json().unwrap()).unwrap();
    old["rma"]["refund_due"] = "0".into();
    for line in old["rma"]["lines"].as_array_mut().unwrap() {
        line["accepted"] = 0.into();
    }
    let loaded = RmaDocument::from_json(&old.to_string()).unwrap();
    assert_eq!(loaded.rma.refund_due, dec!(194.40));
    assert_eq!(loaded, doc);
    // Any other difference is still refused.
    old["rma"]["lines"][0]["approved"] = 0.into();
    let err = RmaDocument::from_json(&old.to_string()).unwrap_err();
    assert_eq!((err.code(), err.field()), (1002, "document.rma"));
}

#[test]
fn keep_item_approved_after_review_is_due_for_the_units_approved() {
    // Both review and keep-item: the refund is due when an agent approves, for the units
    // approved (one shirt: 25.00 + 2.00 tax).
    let (mut doc, _) = Opening::example()
        .policy(
            r#"{"name": "p", "timezone": "America/New_York", "window": {"days": 30, "from": "delivery"},
            "review": {"value_over": "10"}, "keep_item": {"threshold": "500"}}"#,
        )
        .timezone("UTC")
        .submit();
    assert_eq!(doc.rma.authorization, Authorization::PendingReview);
    assert!(doc.rma.keep_item);
    assert_eq!(doc.rma.refund_due, Decimal::ZERO);
    let approve = Action::Approve {
        lines: vec![units("A", 0), units("B", 1), units("C", 0)],
    };
    apply(&mut doc, "approve", Actor::Agent, approve).unwrap();
    assert_eq!(doc.rma.refund_due, dec!(27.00));
    let accepted: Vec<_> = doc.rma.lines.iter().map(|l| l.accepted).collect();
    assert_eq!(accepted, [0, 1, 0]);
}

#[test]
fn a_customer_cannot_cancel_after_the_exchange_shipped() {
    // Keep-item exchange: nothing ships back, so no parcel moved; the replacement did.
    let mut doc = Build::new(Decided::KeepItem, Resolution::Exchange)
        .then(Actor::Warehouse, ship("x-1"))
        .done();
    let cancel = Action::Cancel {
        reason: String::new(),
    };
    assert_eq!(
        code(apply(&mut doc, "c-1", Actor::Customer, cancel.clone())),
        Some(3001)
    );
    assert_eq!(
        code(apply(&mut doc, "c-2", Actor::Agent, cancel)),
        Some(3001)
    );
    assert_eq!(doc.rma.authorization, Authorization::Approved);
}

#[test]
fn a_customer_cannot_cancel_after_money_was_recorded() {
    let mut doc = Build::new(Decided::KeepItem, Resolution::OriginalPayment)
        .then(Actor::System, refund(dec!(10.00)))
        .done();
    let cancel = Action::Cancel {
        reason: String::new(),
    };
    let err = apply(&mut doc, "c-1", Actor::Customer, cancel).unwrap_err();
    assert_eq!((err.code(), err.field()), (3001, "action"));
    assert_eq!(doc.rma.authorization, Authorization::Approved);
}

#[test]
fn an_exchange_is_refunded_or_shipped_not_both() {
    // No replacements were chosen, so the exchange's `refund_due` is the whole returned value
    // (194.40), as credit towards them. Refunded in full, there is nothing left for a
    // replacement, and the return closes as refunded.
    let mut doc = inspected(Resolution::Exchange).done();
    assert_eq!(doc.rma.refund_due, dec!(194.40));
    apply(&mut doc, "r-1", Actor::System, refund(dec!(194.40))).unwrap();
    let shipped = apply(&mut doc, "x-1", Actor::Warehouse, ship("x-1"));
    assert_eq!(
        code(shipped),
        Some(3001),
        "shipped a replacement for a return refunded in full"
    );
    assert!(!doc.rma.exchange_shipped);
    apply(&mut doc, "close", Actor::Agent, Action::Close).unwrap();

    // Shipped first, the replacement takes the value: no cash refund follows, and nothing is
    // owed when it closes.
    let mut doc = inspected(Resolution::Exchange).done();
    apply(&mut doc, "x-1", Actor::Warehouse, ship("x-1")).unwrap();
    assert_eq!(doc.rma.cash_owed(), Decimal::ZERO);
    assert_eq!(
        code(apply(&mut doc, "r-1", Actor::System, refund(dec!(1.00)))),
        Some(3001)
    );
    assert_eq!(doc.rma.money(), MoneyState::ExchangeShipped);
    apply(&mut doc, "close", Actor::Agent, Action::Close).unwrap();

    // Part refunded first (the customer wants 50.00 back), the replacement takes the rest.
    let mut doc = inspected(Resolution::Exchange).done();
    apply(&mut doc, "r-1", Actor::System, refund(dec!(50.00))).unwrap();
    apply(&mut doc, "x-1", Actor::Warehouse, ship("x-1")).unwrap();
    assert_eq!(
        code(apply(&mut doc, "r-2", Actor::System, refund(dec!(1.00)))),
        Some(3001)
    );
    assert_eq!(doc.rma.paid(), dec!(50.00));
}

#[test]
fn an_exchange_with_replacements_refunds_only_the_difference() {
    // A 100.00 jacket (108.00 with tax) replaces 194.40 of returns: 86.40 is refundable in
    // cash, before or after the replacement ships; the replacement's value never is.
    let mut opening = Opening::example()
        .policy(PLAIN_POLICY)
        .resolution(Resolution::Exchange)
        .timezone("UTC");
    opening.request.resolution = Some(Resolution::Exchange);
    opening.request.exchange_items = from_json(
        r#"[{"title": "Rain jacket, L", "unit_price": "100.00", "quantity": 1, "tax_rate": "0.08"}]"#,
    )
    .unwrap();
    let (mut doc, _) = opening.submit();
    for (key, actor, action) in [
        ("rx", Actor::Warehouse, receive_all(None)),
        ("in", Actor::Warehouse, accept_all()),
    ] {
        apply(&mut doc, key, actor, action).unwrap();
    }
    assert_eq!(doc.rma.refund_due, dec!(86.40));
    let quote = doc.final_quote().unwrap();
    let e = quote.exchange.unwrap();
    assert_eq!(
        (e.returned_value, e.replacement_value),
        (dec!(194.40), dec!(108.00))
    );
    apply(&mut doc, "r-1", Actor::System, refund(dec!(40.00))).unwrap();
    apply(&mut doc, "x-1", Actor::Warehouse, ship("x-1")).unwrap();
    // Still owed after shipping: not closable until paid, and never beyond the difference.
    assert_eq!(doc.rma.cash_owed(), dec!(46.40));
    assert_eq!(
        code(apply(&mut doc, "close-0", Actor::Agent, Action::Close)),
        Some(3001)
    );
    assert_eq!(
        code(apply(&mut doc, "r-2", Actor::System, refund(dec!(46.41)))),
        Some(4008)
    );
    apply(&mut doc, "r-3", Actor::System, refund(dec!(46.40))).unwrap();
    apply(&mut doc, "close", Actor::Agent, Action::Close).unwrap();
    assert_eq!(doc.rma.paid(), dec!(86.40));
}

/// Both shirts received, for inspection one by one.
fn two_shirts_received() -> Build {
    approved().then(
        Actor::Warehouse,
        Action::ReceiveItems {
            parcel_id: None,
            lines: vec![units("B", 2)],
            extra: vec![],
        },
    )
}

fn graded(line: &str, accepted: i64, rejected: i64, condition: Condition) -> Action {
    let mut i = inspection(line, accepted, rejected);
    i.condition = condition;
    Action::InspectItems { lines: vec![i] }
}

#[test]
fn a_later_inspection_keeps_the_grades_of_units_already_accepted() {
    // Shirt 1 is accepted like new (27.00 due) and refunded. Shirt 2 is rejected as `used`:
    // shirt 1 keeps its grade, so 27.00 stays due.
    let mut doc = two_shirts_received()
        .then(Actor::Warehouse, graded("B", 1, 0, Condition::LikeNew))
        .pay_all()
        .done();
    assert_eq!(doc.rma.paid(), dec!(27.00));
    apply(
        &mut doc,
        "in-2",
        Actor::Warehouse,
        graded("B", 0, 1, Condition::Used),
    )
    .unwrap();
    assert_eq!(doc.rma.refund_due, dec!(27.00));
    assert_eq!(doc.rma.money(), MoneyState::Refunded);
    assert_eq!(
        doc.rma.lines[1].condition,
        Some(Condition::Used),
        "the last grade found"
    );
}

#[test]
fn units_accepted_at_different_grades_are_each_refunded_at_their_own() {
    // Shirt 1 like new: 25.00 + 2.00. Shirt 2 used: 25.00 + 2.00 less 20% of 25.00. 49.00.
    let mut doc = two_shirts_received()
        .then(Actor::Warehouse, graded("B", 1, 0, Condition::LikeNew))
        .done();
    apply(
        &mut doc,
        "in-2",
        Actor::Warehouse,
        graded("B", 1, 0, Condition::Used),
    )
    .unwrap();
    assert_eq!(doc.rma.refund_due, dec!(49.00));
    let quote = doc.final_quote().unwrap();
    assert_eq!(quote.totals.refund, dec!(49.00));
    assert_eq!(quote.totals.deductions, dec!(5.00));
    let b = quote.lines.iter().find(|l| &*l.line_id == "B").unwrap();
    assert_eq!((b.quantity, b.total), (2, dec!(49.00)));
    let d: Vec<_> = b
        .deductions
        .iter()
        .map(|d| (d.condition, d.amount))
        .collect();
    assert_eq!(d, [(Some(Condition::Used), dec!(5.00))]);
    let tenders: Vec<_> = quote.tenders.iter().map(|t| t.amount).collect();
    assert_eq!(tenders, [dec!(49.00)]);
    // The other way round, the same: each unit's grade, not the last one, counts.
    let mut doc = two_shirts_received()
        .then(Actor::Warehouse, graded("B", 1, 0, Condition::Used))
        .done();
    assert_eq!(doc.rma.refund_due, dec!(22.00));
    apply(
        &mut doc,
        "in-2",
        Actor::Warehouse,
        graded("B", 1, 0, Condition::New),
    )
    .unwrap();
    assert_eq!(doc.rma.refund_due, dec!(49.00));
}

#[test]
fn mixed_grades_settle_with_every_fee_in_its_place() {
    // Fees on top of the grades: 10% restocking on each line, a 4.95 label fee, and 50% off
    // for damage. B: 54.00 less 5.00 restocking, less 50% of one shirt's 25.00 (12.50) =
    // 36.50; A: 108.00 less 10.00 = 98.00. Less the label fee: 129.55, the gift card first.
    let (mut doc, _) = Opening::example()
        .policy(FEES_POLICY)
        .request(
            r#"{"lines": [{"line_id": "A", "quantity": 1, "reason": "size_or_fit"},
                      {"line_id": "B", "quantity": 2, "reason": "changed_mind"}],
            "resolution": "original_payment"}"#,
        )
        .timezone("UTC")
        .submit();
    let receive = Action::ReceiveItems {
        parcel_id: None,
        lines: vec![units("A", 1), units("B", 2)],
        extra: vec![],
    };
    apply(&mut doc, "rx", Actor::Warehouse, receive).unwrap();
    apply(
        &mut doc,
        "in-1",
        Actor::Warehouse,
        graded("B", 1, 0, Condition::New),
    )
    .unwrap();
    apply(
        &mut doc,
        "in-2",
        Actor::Warehouse,
        graded("A", 1, 0, Condition::LikeNew),
    )
    .unwrap();
    apply(
        &mut doc,
        "in-3",
        Actor::Warehouse,
        graded("B", 1, 0, Condition::Damaged),
    )
    .unwrap();
    assert_eq!(doc.rma.refund_due, dec!(129.55));
    let q = doc.final_quote().unwrap();
    assert_eq!(q.totals.refund, dec!(129.55));
    let lines: Vec<_> = q.lines.iter().map(|l| (&*l.line_id, l.total)).collect();
    assert_eq!(lines, [("A", dec!(98.00)), ("B", dec!(36.50))]);
    let b: Vec<_> = q.lines[1]
        .deductions
        .iter()
        .map(|d| (d.kind, d.condition, d.amount))
        .collect();
    assert_eq!(
        b,
        [
            (DeductionKind::RestockingFee, None, dec!(5.00)),
            (
                DeductionKind::Inspection,
                Some(Condition::Damaged),
                dec!(12.50)
            ),
        ]
    );
    let ret: Vec<_> = q
        .deductions
        .iter()
        .map(|d| (d.kind, d.amount, d.capped))
        .collect();
    assert_eq!(ret, [(DeductionKind::LabelFee, dec!(4.95), false)]);
    assert_eq!(q.totals.deductions, dec!(32.45));
    let tenders: Vec<_> = q
        .tenders
        .iter()
        .map(|t| (t.tender_id.to_string(), t.amount))
        .collect();
    assert_eq!(
        tenders,
        [
            ("gift-77".to_string(), dec!(50.00)),
            ("card-1".to_string(), dec!(79.55))
        ]
    );
    // A snapshot alone knows only the last grade (damaged), for both shirts.
    assert_eq!(doc.rma.final_quote().unwrap().totals.refund, dec!(117.05));
}

/// One shirt of two returned (approved 1), its parcel lost.
fn one_shirt_lost() -> RmaDocument {
    let (mut doc, _) = Opening::example()
        .policy(PLAIN_POLICY)
        .request(
            r#"{"lines": [{"line_id": "B", "quantity": 1, "reason": "changed_mind"}],
            "resolution": "original_payment"}"#,
        )
        .timezone("UTC")
        .submit();
    apply(&mut doc, "l", Actor::System, label("p1")).unwrap();
    apply(&mut doc, "lost", Actor::Carrier, scan("p1", Scan::Lost)).unwrap();
    doc
}

#[test]
fn settling_a_repeated_line_counts_what_earlier_entries_took() {
    // Listed twice, the line's second entry finds no room left: received can't exceed the one
    // approved shirt, and nothing is recorded.
    let mut doc = one_shirt_lost();
    let before = doc.clone();
    let settle = Action::SettleLostParcel {
        parcel_id: "p1".into(),
        lines: vec![units("B", 1), units("B", 1)],
    };
    let err = apply(&mut doc, "settle", Actor::Agent, settle).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1007, "action.settle_lost_parcel.lines[1].quantity")
    );
    assert_eq!(
        err.to_string(),
        "action.settle_lost_parcel.lines[1].quantity: 1 units asked for, but only 0 can be"
    );
    assert_eq!(doc, before);
    // Once, it settles: 25.00 + 2.00 due.
    let settle = Action::SettleLostParcel {
        parcel_id: "p1".into(),
        lines: vec![units("B", 1)],
    };
    apply(&mut doc, "settle-1", Actor::Agent, settle).unwrap();
    let b = &doc.rma.lines[0];
    assert_eq!((b.approved, b.received, b.accepted), (1, 1, 1));
    assert_eq!(doc.rma.refund_due, dec!(27.00));
}

#[test]
fn settling_nothing_or_no_units_is_refused() {
    let mut doc = approved()
        .then(Actor::System, label("p1"))
        .then(Actor::Carrier, scan("p1", Scan::Lost))
        .done();
    let before = doc.clone();
    let settle = |lines| Action::SettleLostParcel {
        parcel_id: "p1".into(),
        lines,
    };
    let err = apply(&mut doc, "settle-0", Actor::Agent, settle(vec![])).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1002, "action.settle_lost_parcel.lines")
    );
    for (key, q) in [("settle-1", 0), ("settle-2", -1)] {
        let err = apply(
            &mut doc,
            key,
            Actor::Agent,
            settle(vec![units("A", 1), units("B", q)]),
        )
        .unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (1003, "action.settle_lost_parcel.lines[1].quantity"),
            "{q}"
        );
    }
    let err = apply(
        &mut doc,
        "settle-3",
        Actor::Agent,
        settle(vec![units("B", 3)]),
    )
    .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (1007, "action.settle_lost_parcel.lines[0].quantity")
    );
    assert_eq!(doc, before, "a refused settlement records nothing");
}

#[test]
fn a_repeated_key_returns_the_original_events_only_for_the_same_command() {
    let mut doc = review().done();
    let approve = Action::Approve {
        lines: vec![units("B", 1)],
    };
    let first = apply(&mut doc, "approve-1", Actor::Agent, approve.clone()).unwrap();
    let after = doc.clone();

    // The same command again, with a stale version and a later time: the same events.
    let mut again = command(&doc, "approve-1", Actor::Agent, approve.clone());
    again.expected_version = 1;
    again.at = at("2026-11-21T08:00:00Z");
    assert_eq!(doc.apply(&again).unwrap(), first);
    assert_eq!(doc, after);

    // A customer can't approve, whoever's key they send: permission is checked first.
    let err = apply(&mut doc, "approve-1", Actor::Customer, approve.clone()).unwrap_err();
    assert_eq!((err.code(), err.field()), (3002, "actor"));
    // A command they may send, with someone else's key, is a reused key.
    let cancel = Action::Cancel {
        reason: String::new(),
    };
    let err = apply(&mut doc, "approve-1", Actor::Customer, cancel).unwrap_err();
    assert_eq!((err.code(), err.field()), (1005, "idempotency_key"));
    // So is the same key for other units, or from another actor.
    let other = Action::Approve {
        lines: vec![units("B", 2)],
    };
    let err = apply(&mut doc, "approve-1", Actor::Agent, other).unwrap_err();
    assert_eq!(err.code(), 1005);
    let err = apply(&mut doc, "approve-1", Actor::System, approve).unwrap_err();
    assert_eq!(err.code(), 1005);
    assert_eq!(doc, after, "nothing changed");

    // The submission's key, too: the same submission returns its event.
    let submitted = doc.events[..1].to_vec();
    let EventKind::Submitted(_) = &submitted[0].kind else {
        panic!("the log starts with its submission");
    };
    let cancel = Action::Cancel {
        reason: String::new(),
    };
    let err = apply(&mut doc, "submit-1", Actor::Customer, cancel).unwrap_err();
    assert_eq!(err.code(), 1005);
    assert_eq!(doc, after);
}

#[test]
fn a_repeated_inspection_is_recognised_after_more_happened() {
    // The warehouse's scanner retries an inspection after a refund was recorded: the same
    // events come back, nothing is inspected twice.
    let mut doc = two_shirts_received()
        .then(Actor::Warehouse, graded("B", 1, 0, Condition::LikeNew))
        .pay_all()
        .done();
    let key = doc.events[2].idempotency_key.clone();
    let original = doc.events[2..3].to_vec();
    let before = doc.clone();
    let mut cmd = command(
        &doc,
        &key,
        Actor::Warehouse,
        graded("B", 1, 0, Condition::LikeNew),
    );
    cmd.expected_version = 2;
    assert_eq!(doc.apply(&cmd).unwrap(), original);
    assert_eq!(doc, before);
    // Graded differently, it is another inspection under a used key.
    let cmd = command(
        &doc,
        &key,
        Actor::Warehouse,
        graded("B", 1, 0, Condition::Used),
    );
    assert_eq!(doc.apply(&cmd).unwrap_err().code(), 1005);
    assert_eq!(doc, before);
}

#[test]
fn a_log_kept_from_a_snapshot_on_compares_a_repeated_key_by_kind() {
    // The host kept a snapshot, then the events after it: the state a command met can't be
    // rebuilt, so a repeated key returns its events for a command of the same kind only.
    let full = approved().done();
    let mut doc = RmaDocument {
        rma: full.rma.clone(),
        events: vec![],
    };
    let first = apply(&mut doc, "label-1", Actor::System, label("p1")).unwrap();
    let after = doc.clone();
    assert_eq!(
        apply(&mut doc, "label-1", Actor::System, label("p1")).unwrap(),
        first
    );
    let err = apply(&mut doc, "label-1", Actor::System, Action::Close).unwrap_err();
    assert_eq!(err.code(), 1005);
    assert_eq!(doc, after);
}

#[test]
fn closing_while_a_parcel_is_in_transit_is_refused() {
    // The first parcel arrived and was refunded; the second is still moving.
    let mut doc = approved()
        .then(Actor::System, label("p1"))
        .then(Actor::System, label("p2"))
        .then(Actor::Carrier, scan("p1", Scan::Delivered))
        .then(Actor::Carrier, scan("p2", Scan::InTransit))
        .then(
            Actor::Warehouse,
            Action::ReceiveItems {
                parcel_id: Some("p1".into()),
                lines: vec![units("A", 1)],
                extra: vec![],
            },
        )
        .then(
            Actor::Warehouse,
            Action::InspectItems {
                lines: vec![inspection("A", 1, 0)],
            },
        )
        .pay_all()
        .done();
    assert_eq!(doc.rma.paid(), dec!(108.00));
    let before = doc.clone();
    let err = apply(&mut doc, "close-1", Actor::Agent, Action::Close).unwrap_err();
    assert_eq!((err.code(), err.field()), (3001, "action"));
    assert_eq!(
        err.to_string(),
        "action: close is not possible while the return is in_transit"
    );
    assert_eq!(doc, before);
    // Once it is delivered (and nothing in it was received), the return can close.
    apply(
        &mut doc,
        "scan",
        Actor::Carrier,
        scan("p2", Scan::Delivered),
    )
    .unwrap();
    apply(&mut doc, "close-2", Actor::Agent, Action::Close).unwrap();
    assert_eq!(doc.rma.authorization, Authorization::Closed);
}
