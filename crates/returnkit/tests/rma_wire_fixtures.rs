//! The shared RMA wire fixtures in `tests/fixtures/rma/v1/`: documents as schema version 1
//! wrote them, in every customer status the lifecycle reaches, with their event log and as a
//! bare snapshot, each with a follow-up command and the exact answer `rma_apply` gave.
//!
//! Each case is three files: `<case>.document.json`, `<case>.command.json` and
//! `<case>.answer.json`. The C, PHP and WASM bindings run the same files and must give the
//! same bytes.
//!
//! `submitted` (authorization `requested`) is not among them: no command sequence reaches it
//! (see `rma_matrix.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

fn v1_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/rma/v1")
}

/// Every case's name, sorted.
fn cases(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".document.json").map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

fn read(dir: &Path, case: &str, part: &str) -> String {
    std::fs::read_to_string(dir.join(format!("{case}.{part}.json"))).unwrap()
}

#[test]
fn v1_documents_answer_as_recorded() {
    let dir = v1_dir();
    let cases = cases(&dir);
    assert!(cases.len() >= 28, "{} cases", cases.len());
    for case in &cases {
        let document = read(&dir, case, "document");
        let command = read(&dir, case, "command");
        let answer = read(&dir, case, "answer");
        let got = returnkit::wire::rma_apply(&document, &command)
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(got, answer, "{case}");
    }
}

/// Writes the fixtures from real command sequences, with the engine of schema version 1.
/// Run once with `cargo test -p returnkit --test rma_wire_fixtures -- --ignored`.
#[test]
#[ignore]
fn write_v1_fixtures() {
    let dir = v1_dir();
    std::fs::create_dir_all(&dir).unwrap();
    for (case, build, follow_up) in generate::scenarios() {
        for snapshot in [false, true] {
            let mut doc = build();
            let name = if snapshot {
                doc.events.clear();
                format!("{case}-snapshot")
            } else {
                case.to_string()
            };
            let command = follow_up(&doc);
            let document = doc.to_json().unwrap();
            let command = serde_json::to_string(&command).unwrap();
            let answer = returnkit::wire::rma_apply(&document, &command)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            std::fs::write(dir.join(format!("{name}.document.json")), &document).unwrap();
            std::fs::write(dir.join(format!("{name}.command.json")), &command).unwrap();
            std::fs::write(dir.join(format!("{name}.answer.json")), &answer).unwrap();
        }
    }
}

mod generate {
    use chrono::{DateTime, Utc};
    use returnkit::decision::{decide, ReturnRequest};
    use returnkit::policy::Policy;
    use returnkit::rma::*;
    use returnkit::{from_json, Condition, Order, Resolution};
    use rust_decimal::Decimal;

    const ORDER: &str = r#"{
      "id": "2001", "currency": "USD", "placed_at": "2026-11-02T10:00:00Z",
      "lines": [
        {"id": "A", "title": "Rain jacket", "quantity": 1, "unit_price": "100.00",
         "tax_lines": [{"rate": "0.08", "amount": "8.00"}], "delivered_at": "2026-11-05T15:00:00Z"},
        {"id": "B", "title": "Linen shirt", "quantity": 2, "unit_price": "25.00",
         "tax_lines": [{"rate": "0.08", "amount": "4.00"}], "delivered_at": "2026-11-05T15:00:00Z"},
        {"id": "C", "title": "Leather belt", "quantity": 1, "unit_price": "30.00",
         "tax_lines": [{"rate": "0.08", "amount": "2.40"}], "delivered_at": "2026-11-05T15:00:00Z"}
      ],
      "tenders": [
        {"id": "gift-77", "kind": "gift_card", "amount": "50.00"},
        {"id": "card-1", "kind": "card", "amount": "144.40"}
      ]
    }"#;

    const REQUEST: &str = r#"{
      "lines": [
        {"line_id": "A", "quantity": 1, "reason": "size_or_fit"},
        {"line_id": "B", "quantity": 2, "reason": "changed_mind"},
        {"line_id": "C", "quantity": 1, "reason": "defective"}
      ],
      "resolution": "original_payment"
    }"#;

    const DECIDED: &str = "2026-11-10T14:00:00Z";

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[derive(Clone, Copy)]
    enum Decided {
        Approve,
        Review,
        Deny,
        KeepItem,
        Eu,
    }

    fn submitted(decided: Decided, resolution: Resolution) -> RmaDocument {
        let extra = match decided {
            Decided::Approve | Decided::Deny => "",
            Decided::Review => r#", "review": {"value_over": "10"}"#,
            Decided::KeepItem => r#", "keep_item": {"threshold": "500"}"#,
            Decided::Eu => r#", "jurisdiction": "eu""#,
        };
        let policy = Policy::from_json(&format!(
            r#"{{"name": "30-day returns", "timezone": "America/New_York",
                "window": {{"days": 30, "from": "delivery"}},
                "inspection": [{{"condition": "used", "percent": 20}}]{extra}}}"#
        ))
        .unwrap();
        let order: Order = from_json(ORDER).unwrap();
        let request: ReturnRequest = from_json(REQUEST).unwrap();
        let now = match decided {
            Decided::Deny => at("2027-03-01T12:00:00Z"),
            _ => at(DECIDED),
        };
        let decision = decide(&policy, &order, &request, now).unwrap();
        let (doc, _) = RmaDocument::submit(&Command {
            expected_version: 0,
            idempotency_key: "submit-1".into(),
            actor: Actor::Customer,
            at: now,
            action: Action::Submit(Box::new(Submission {
                rma_id: "rma-2001-1".into(),
                sequence: 330,
                order,
                decision: decision.into(),
                resolution,
                timezone: "America/New_York".into(),
            })),
        })
        .unwrap();
        doc
    }

    fn units(line: &str, quantity: i64) -> LineUnits {
        LineUnits {
            line_id: line.into(),
            quantity,
        }
    }

    fn inspection(line: &str, accepted: i64, rejected: i64, condition: Condition) -> Inspection {
        Inspection {
            line_id: line.into(),
            accepted,
            rejected,
            condition,
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
            expires_on: Some("2026-12-05".parse().unwrap()),
        }
    }

    fn scan(parcel: &str, scan: Scan) -> Action {
        Action::RecordCarrierScan {
            parcel_id: parcel.into(),
            scan,
        }
    }

    fn receive_all() -> Action {
        Action::ReceiveItems {
            parcel_id: Some("p1".into()),
            lines: vec![units("A", 1), units("B", 2), units("C", 1)],
            extra: vec![ExtraItem {
                description: "a spare button".into(),
                quantity: 1,
            }],
        }
    }

    fn inspect() -> Action {
        Action::InspectItems {
            lines: vec![
                inspection("A", 1, 0, Condition::LikeNew),
                inspection("B", 1, 1, Condition::Used),
                inspection("C", 1, 0, Condition::New),
            ],
        }
    }

    fn owed(doc: &RmaDocument) -> Decimal {
        doc.rma.refund_due - doc.rma.paid()
    }

    /// A document driven through its lifecycle; every step must succeed.
    struct Build {
        doc: RmaDocument,
        n: usize,
        day: u32,
    }

    impl Build {
        fn new(decided: Decided, resolution: Resolution) -> Build {
            Build {
                doc: submitted(decided, resolution),
                n: 0,
                day: 11,
            }
        }

        fn then(mut self, actor: Actor, action: Action) -> Build {
            self.day += 1;
            let when = at(&format!("2026-11-{:02}T10:00:00Z", self.day));
            self.at(actor, when, action)
        }

        fn at(mut self, actor: Actor, when: DateTime<Utc>, action: Action) -> Build {
            self.n += 1;
            let cmd = Command {
                expected_version: self.doc.rma.version,
                idempotency_key: format!("step-{}", self.n),
                actor,
                at: when,
                action,
            };
            if let Err(e) = self.doc.apply(&cmd) {
                panic!("step {} ({:?}) failed: {e}", self.n, cmd.action);
            }
            self
        }

        fn refund(self, amount: Decimal, reference: &str, tender: Option<&str>) -> Build {
            self.then(
                Actor::System,
                Action::RecordRefund {
                    amount,
                    reference: reference.into(),
                    tender_id: tender.map(Into::into),
                },
            )
        }

        fn pay_all(self) -> Build {
            let amount = owed(&self.doc);
            if self.doc.rma.resolution == Resolution::StoreCredit {
                self.then(
                    Actor::System,
                    Action::RecordStoreCredit {
                        amount,
                        reference: "gc-1".into(),
                    },
                )
            } else {
                self.refund(amount, "psp-1", None)
            }
        }

        fn done(self) -> RmaDocument {
            self.doc
        }
    }

    fn approved(resolution: Resolution) -> Build {
        Build::new(Decided::Approve, resolution)
    }

    fn in_transit(resolution: Resolution) -> Build {
        approved(resolution)
            .then(Actor::System, label("p1"))
            .then(Actor::Carrier, scan("p1", Scan::InTransit))
    }

    fn received(resolution: Resolution) -> Build {
        in_transit(resolution)
            .then(Actor::Carrier, scan("p1", Scan::Delivered))
            .then(Actor::Warehouse, receive_all())
    }

    fn inspected(resolution: Resolution) -> Build {
        received(resolution).then(Actor::Warehouse, inspect())
    }

    fn command(doc: &RmaDocument, actor: Actor, when: &str, action: Action) -> Command {
        Command {
            expected_version: doc.rma.version,
            idempotency_key: "follow-up".into(),
            actor,
            at: at(when),
            action,
        }
    }

    fn tick(doc: &RmaDocument, when: &str) -> Command {
        command(doc, Actor::System, when, Action::Tick)
    }

    type Scenario = (
        &'static str,
        fn() -> RmaDocument,
        fn(&RmaDocument) -> Command,
    );

    /// Each case: its name (the customer status it is in, or what it shows), how it is
    /// built, and the command that follows.
    pub(super) fn scenarios() -> Vec<Scenario> {
        vec![
            (
                "under-review",
                || Build::new(Decided::Review, Resolution::OriginalPayment).done(),
                |d| {
                    command(
                        d,
                        Actor::Agent,
                        "2026-11-11T09:00:00Z",
                        Action::Approve {
                            lines: vec![units("B", 1)],
                        },
                    )
                },
            ),
            (
                "information-needed",
                || {
                    Build::new(Decided::Review, Resolution::OriginalPayment)
                        .then(
                            Actor::Agent,
                            Action::RequestInfo {
                                message: "Which size did you order?".into(),
                            },
                        )
                        .done()
                },
                |d| {
                    command(
                        d,
                        Actor::Agent,
                        "2026-11-13T09:00:00Z",
                        Action::Reject {
                            code: "no_answer".into(),
                            message: "We did not hear back.".into(),
                        },
                    )
                },
            ),
            (
                "approved",
                || approved(Resolution::OriginalPayment).done(),
                |d| command(d, Actor::System, "2026-11-11T09:00:00Z", label("p1")),
            ),
            (
                "keep-items",
                || Build::new(Decided::KeepItem, Resolution::OriginalPayment).done(),
                |d| {
                    command(
                        d,
                        Actor::Agent,
                        "2026-11-11T09:00:00Z",
                        Action::RecordRefund {
                            amount: owed(d),
                            reference: "psp-keep".into(),
                            tender_id: None,
                        },
                    )
                },
            ),
            (
                "label-ready",
                || {
                    approved(Resolution::OriginalPayment)
                        .then(Actor::System, label("p1"))
                        .done()
                },
                |d| {
                    command(
                        d,
                        Actor::Carrier,
                        "2026-11-13T09:00:00Z",
                        scan("p1", Scan::InTransit),
                    )
                },
            ),
            (
                "on-its-way",
                || in_transit(Resolution::OriginalPayment).done(),
                |d| {
                    command(
                        d,
                        Actor::Carrier,
                        "2026-11-14T09:00:00Z",
                        scan("p1", Scan::Delivered),
                    )
                },
            ),
            (
                "received",
                || received(Resolution::OriginalPayment).done(),
                |d| command(d, Actor::Warehouse, "2026-11-16T09:00:00Z", inspect()),
            ),
            (
                "refund-pending",
                || inspected(Resolution::OriginalPayment).done(),
                |d| {
                    command(
                        d,
                        Actor::System,
                        "2026-11-17T09:00:00Z",
                        Action::RecordRefund {
                            amount: "50.00".parse().unwrap(),
                            reference: "psp-gift-77".into(),
                            tender_id: Some("gift-77".into()),
                        },
                    )
                },
            ),
            (
                "refund-issued",
                || {
                    inspected(Resolution::OriginalPayment)
                        .refund("50.00".parse().unwrap(), "psp-gift-77", Some("gift-77"))
                        .done()
                },
                |d| {
                    command(
                        d,
                        Actor::System,
                        "2026-11-18T09:00:00Z",
                        Action::RecordRefund {
                            amount: owed(d),
                            reference: "psp-card-1".into(),
                            tender_id: Some("card-1".into()),
                        },
                    )
                },
            ),
            (
                "credit-issued",
                || inspected(Resolution::StoreCredit).pay_all().done(),
                |d| command(d, Actor::Agent, "2026-11-18T09:00:00Z", Action::Close),
            ),
            (
                "exchange-shipped",
                || {
                    inspected(Resolution::Exchange)
                        .then(
                            Actor::Warehouse,
                            Action::ShipExchange {
                                reference: "x-1".into(),
                            },
                        )
                        .done()
                },
                |d| command(d, Actor::Agent, "2026-11-18T09:00:00Z", Action::Close),
            ),
            (
                "completed",
                || {
                    inspected(Resolution::OriginalPayment)
                        .pay_all()
                        .then(Actor::Agent, Action::Close)
                        .done()
                },
                |d| tick(d, "2026-12-20T09:00:00Z"),
            ),
            (
                "declined",
                || Build::new(Decided::Deny, Resolution::OriginalPayment).done(),
                |d| tick(d, "2027-03-02T09:00:00Z"),
            ),
            (
                "cancelled",
                || {
                    approved(Resolution::OriginalPayment)
                        .then(
                            Actor::Customer,
                            Action::Cancel {
                                reason: "found a better size".into(),
                            },
                        )
                        .done()
                },
                |d| tick(d, "2026-12-20T09:00:00Z"),
            ),
            (
                "expired",
                || {
                    let b = approved(Resolution::OriginalPayment);
                    b.at(Actor::System, at("2026-12-07T09:00:00Z"), Action::Tick)
                        .done()
                },
                |d| tick(d, "2026-12-20T09:00:00Z"),
            ),
            (
                "parcel-lost",
                || {
                    approved(Resolution::OriginalPayment)
                        .then(Actor::System, label("p1"))
                        .then(Actor::Carrier, scan("p1", Scan::Lost))
                        .done()
                },
                |d| {
                    command(
                        d,
                        Actor::Agent,
                        "2026-11-15T09:00:00Z",
                        Action::SettleLostParcel {
                            parcel_id: "p1".into(),
                            lines: vec![units("A", 1), units("B", 2), units("C", 1)],
                        },
                    )
                },
            ),
            (
                "refund-overdue",
                || {
                    let b = Build::new(Decided::Eu, Resolution::OriginalPayment);
                    let b = b
                        .then(Actor::System, label("p1"))
                        .then(Actor::Carrier, scan("p1", Scan::InTransit))
                        .then(Actor::Carrier, scan("p1", Scan::Delivered))
                        .then(Actor::Warehouse, receive_all())
                        .then(Actor::Warehouse, inspect());
                    b.at(Actor::System, at("2026-12-30T09:00:00Z"), Action::Tick)
                        .done()
                },
                |d| {
                    command(
                        d,
                        Actor::Agent,
                        "2026-12-31T09:00:00Z",
                        Action::RecordRefund {
                            amount: owed(d),
                            reference: "psp-late".into(),
                            tender_id: None,
                        },
                    )
                },
            ),
        ]
    }
}
