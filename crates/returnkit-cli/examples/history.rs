//! Writes the sample returns history of `examples/history/`: 6,000 orders of a small clothing
//! shop (`orders.jsonl`) and 2,000 returns of them (`rmas.jsonl`), each decided under
//! `examples/history/policy.json` and driven through its life by the real engine: reviewed,
//! denied, cancelled, expired or kept; labels, carrier scans, receipt, inspection, refunds,
//! store credit and exchanges. The same seed makes the same bytes. Run it with
//! `cargo run -p returnkit-cli --example history -- examples/history`.

use chrono::{DateTime, Duration, SecondsFormat, TimeZone, Utc};
use returnkit::decision::{decide, Decision, Outcome, ReturnLine, ReturnRequest};
use returnkit::policy::Policy;
use returnkit::rma::{
    Action, Actor, Command, Disposition, Inspection, LineUnits, RmaDocument, Scan, Submission,
};
use returnkit::{from_json, Condition, Error, Order, Resolution, Result};
use rust_decimal::Decimal;
use serde::Serialize;

const POLICY: &str = include_str!("../../../examples/history/policy.json");
/// Orders in the feed; every third one has a return.
const ORDERS: u64 = 6_000;

/// (SKU, product, category, price in EUR, tax included)
const CATALOG: [(&str, &str, &str, &str); 12] = [
    ("TEE-WHT-M", "p-tee", "tops", "19.90"),
    ("TEE-BLK-L", "p-tee", "tops", "19.90"),
    ("SHIRT-LIN-M", "p-linen-shirt", "tops", "49.00"),
    ("JEANS-32", "p-jeans", "trousers", "79.00"),
    ("CHINO-34", "p-chino", "trousers", "59.00"),
    ("JKT-RAIN-M", "p-rain-jacket", "outerwear", "129.00"),
    ("COAT-WOOL-L", "p-wool-coat", "outerwear", "239.00"),
    ("SNEAK-42", "p-sneaker", "shoes", "89.00"),
    ("BOOT-43", "p-boot", "shoes", "149.00"),
    ("SWIM-S", "p-swimsuit", "swimwear", "39.00"),
    ("SOCK-3P", "p-socks", "accessories", "9.90"),
    ("BELT-LTH", "p-belt", "accessories", "34.00"),
];
/// Reason codes, with weights.
const REASONS: [(&str, u64); 7] = [
    ("size_or_fit", 34),
    ("changed_mind", 18),
    ("not_as_described", 12),
    ("defective", 10),
    ("damaged_in_transit", 8),
    ("wrong_item", 6),
    ("other", 12),
];

/// SplitMix64: small and fixed, so the history never changes with a crate's version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// In `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// True with a `percent` chance.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// Between `lo` and `hi` minutes.
    fn minutes(&mut self, lo: u64, hi: u64) -> Duration {
        Duration::minutes(i64::try_from(lo + self.below(hi - lo)).unwrap_or(0))
    }
    /// One of `choices`, by weight.
    fn weighted<T: Copy>(&mut self, choices: &[(T, u64)]) -> T {
        let mut roll = self.below(choices.iter().map(|c| c.1).sum());
        for (choice, weight) in choices {
            if roll < *weight {
                return *choice;
            }
            roll -= weight;
        }
        choices[0].0
    }
}

fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Order `k`: one to three catalog items, paid by card and sometimes partly by gift card. With
/// the order, its line in the feed (as the shop exports it: no member left at its default).
fn order(rng: &mut Rng, k: u64) -> Result<(Order, String)> {
    let start = Utc
        .with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
        .single()
        .unwrap_or_default();
    let placed = start + Duration::minutes(i64::try_from(k * 300 * 24 * 60 / ORDERS).unwrap_or(0));
    let placed = placed + rng.minutes(0, 24 * 60);
    let delivered = placed + rng.minutes(36 * 60, 5 * 24 * 60);
    let count = 1 + rng.below(3);
    let mut picked: Vec<usize> = Vec::new();
    while picked.len() < count as usize {
        let i = rng.below(CATALOG.len() as u64) as usize;
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    let mut total = Decimal::ZERO;
    let mut lines = Vec::new();
    for (n, i) in picked.iter().enumerate() {
        let (sku, product, category, price) = CATALOG[*i];
        let quantity = 1 + rng.below(2);
        total += price.parse::<Decimal>().unwrap_or_default() * Decimal::from(quantity);
        lines.push(serde_json::json!({
            "id": format!("l{}", n + 1), "sku": sku, "product_id": product,
            "categories": [category], "quantity": quantity, "unit_price": price,
            "delivered_at": time(delivered),
        }));
    }
    let gift = if rng.chance(15) {
        Decimal::from(10 + 5 * rng.below(3)).min(total)
    } else {
        Decimal::ZERO
    };
    let mut tenders = Vec::new();
    if !gift.is_zero() {
        tenders.push(
            serde_json::json!({"id": "gift", "kind": "gift_card", "amount": gift.to_string()}),
        );
    }
    tenders.push(
        serde_json::json!({"id": "card", "kind": "card", "amount": (total - gift).to_string()}),
    );
    let value = serde_json::json!({
        "id": (100_000 + k).to_string(), "currency": "EUR", "prices_include_tax": true,
        "placed_at": time(placed), "lines": lines, "tenders": tenders,
    });
    let text = value.to_string();
    Ok((from_json(&text)?, text))
}

/// What the customer asks: some of the order's items, each with a reason.
fn request(rng: &mut Rng, order: &Order) -> ReturnRequest {
    let mut lines = Vec::new();
    for line in &order.lines {
        if lines.is_empty() || rng.chance(40) {
            lines.push(ReturnLine {
                line_id: line.id.clone(),
                quantity: 1 + rng.below(u64::try_from(line.quantity).unwrap_or(1)) as i64,
                reason: rng.weighted(&REASONS).into(),
                condition: None,
                unsealed: false,
                component_id: None,
                resolution: None,
            });
        }
    }
    ReturnRequest {
        lines,
        ..ReturnRequest::default()
    }
}

/// A return's life, one command after another, each at its own time.
struct Life {
    doc: RmaDocument,
    at: DateTime<Utc>,
    step: u32,
}

impl Life {
    fn run(&mut self, rng: &mut Rng, actor: Actor, wait: (u64, u64), action: Action) -> Result<()> {
        self.at += rng.minutes(wait.0, wait.1);
        self.step += 1;
        let command = Command {
            expected_version: self.doc.rma.version,
            idempotency_key: format!("{}-{}", self.doc.rma.id, self.step),
            actor,
            at: self.at,
            action,
        };
        self.doc.apply(&command).map(|_| ())
    }
}

/// The resolution the customer takes among those offered.
fn resolution(rng: &mut Rng, decision: &Decision) -> Resolution {
    let offered = |r: Resolution| decision.resolutions.iter().any(|o| o.resolution == r);
    let wanted = rng.weighted(&[
        (Resolution::OriginalPayment, 60),
        (Resolution::StoreCredit, 30),
        (Resolution::Exchange, 10),
    ]);
    match decision.resolutions.first() {
        _ if offered(wanted) => wanted,
        Some(first) => first.resolution,
        None => Resolution::OriginalPayment,
    }
}

/// Ships, receives and inspects the approved units, then pays, then closes.
fn ship_and_settle(rng: &mut Rng, life: &mut Life) -> Result<()> {
    let id = life.doc.rma.id.clone();
    life.run(
        rng,
        Actor::System,
        (1, 120),
        Action::IssueLabel {
            parcel_id: "p1".into(),
            carrier: "DHL".into(),
            tracking: format!("JJD{id}"),
            expires_on: None,
        },
    )?;
    for (scan, wait) in [
        (Scan::InTransit, (240, 5 * 1440)),
        (Scan::Delivered, (1440, 4 * 1440)),
    ] {
        life.run(
            rng,
            Actor::Carrier,
            wait,
            Action::RecordCarrierScan {
                parcel_id: "p1".into(),
                scan,
            },
        )?;
    }
    let approved: Vec<LineUnits> = life
        .doc
        .rma
        .lines
        .iter()
        .filter(|l| l.approved > 0)
        .map(|l| LineUnits {
            line_id: l.line_id.clone(),
            quantity: l.approved,
        })
        .collect();
    life.run(
        rng,
        Actor::Warehouse,
        (120, 2 * 1440),
        Action::ReceiveItems {
            parcel_id: Some("p1".into()),
            lines: approved.clone(),
            extra: vec![],
        },
    )?;
    let inspections = approved
        .iter()
        .map(|l| {
            let condition = rng.weighted(&[
                (Condition::New, 45),
                (Condition::LikeNew, 25),
                (Condition::Used, 18),
                (Condition::Damaged, 12),
            ]);
            let reject = condition == Condition::Damaged && rng.chance(30);
            let disposition = match condition {
                _ if reject => Disposition::ReturnToCustomer,
                Condition::New | Condition::LikeNew => Disposition::Restock,
                Condition::Used => rng.weighted(&[
                    (Disposition::ResellAsUsed, 70),
                    (Disposition::Refurbish, 30),
                ]),
                _ => rng.weighted(&[
                    (Disposition::Refurbish, 40),
                    (Disposition::Recycle, 35),
                    (Disposition::Donate, 25),
                ]),
            };
            let (accepted, rejected) = if reject {
                (0, l.quantity)
            } else {
                (l.quantity, 0)
            };
            Inspection {
                line_id: l.line_id.clone(),
                accepted,
                rejected,
                condition,
                disposition,
            }
        })
        .collect();
    life.run(
        rng,
        Actor::Warehouse,
        (60, 3 * 1440),
        Action::InspectItems { lines: inspections },
    )?;
    pay(rng, life)?;
    life.run(rng, Actor::Agent, (1440, 3 * 1440), Action::Close)
}

/// Pays what the final quote says, as the resolution asks.
fn pay(rng: &mut Rng, life: &mut Life) -> Result<()> {
    let quote = life.doc.final_quote()?;
    if quote.totals.refund.is_zero() {
        return Ok(());
    }
    let id = life.doc.rma.id.clone();
    match life.doc.rma.resolution {
        Resolution::OriginalPayment => {
            let wait = rng.minutes(120, 5 * 1440).num_minutes().unsigned_abs();
            for (i, t) in quote.tenders.iter().enumerate() {
                let wait = if i == 0 { (wait, wait + 1) } else { (0, 1) };
                life.run(
                    rng,
                    Actor::System,
                    wait,
                    Action::RecordRefund {
                        amount: t.amount,
                        reference: format!("psp-{id}-{i}"),
                        tender_id: Some(t.tender_id.to_string()),
                    },
                )?;
            }
            Ok(())
        }
        Resolution::StoreCredit => {
            let amount = quote
                .store_credit
                .as_ref()
                .map_or(quote.totals.refund, |c| c.amount);
            life.run(
                rng,
                Actor::System,
                (30, 2 * 1440),
                Action::RecordStoreCredit {
                    amount,
                    reference: format!("gc-{id}"),
                },
            )
        }
        Resolution::Exchange => life.run(
            rng,
            Actor::Warehouse,
            (240, 3 * 1440),
            Action::ShipExchange {
                reference: format!("ex-{id}"),
            },
        ),
    }
}

/// Drives one return from its decision to wherever its life ends.
fn life(rng: &mut Rng, policy: &Policy, order: Order, sequence: u64) -> Result<Record> {
    let request = request(rng, &order);
    let delivered = order
        .lines
        .iter()
        .filter_map(|l| l.delivered_at)
        .max()
        .unwrap_or_default();
    let now = delivered + rng.minutes(60, 32 * 1440);
    let decision = decide(policy, &order, &request, now)?;
    let notes = Notes::of(&decision);
    let submit = Command {
        expected_version: 0,
        idempotency_key: format!("portal-{sequence}"),
        actor: Actor::Customer,
        at: now,
        action: Action::Submit(Box::new(Submission {
            rma_id: format!("rma-{sequence}"),
            sequence,
            order,
            resolution: resolution(rng, &decision),
            decision: decision.into(),
            timezone: "Europe/Berlin".into(),
            locale: None,
        })),
    };
    let (doc, _) = RmaDocument::submit(&submit)?;
    let mut life = Life {
        doc,
        at: now,
        step: 1,
    };
    if notes.outcome == Outcome::Review {
        if rng.chance(80) {
            life.run(
                rng,
                Actor::Agent,
                (60, 2 * 1440),
                Action::Approve { lines: vec![] },
            )?;
        } else {
            life.run(
                rng,
                Actor::Agent,
                (60, 2 * 1440),
                Action::Reject {
                    code: "photos_unclear".into(),
                    message: "We couldn't see the fault in the photos.".into(),
                },
            )?;
        }
    }
    if life.doc.rma.authorization == returnkit::rma::Authorization::Approved {
        if life.doc.rma.keep_item {
            pay(rng, &mut life)?;
        } else if rng.chance(6) {
            life.run(
                rng,
                Actor::Customer,
                (60, 3 * 1440),
                Action::Cancel {
                    reason: "kept it after all".into(),
                },
            )?;
        } else if rng.chance(3) {
            let ship_by = life.doc.rma.ship_by.unwrap_or_default();
            let after =
                ship_by.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc() + Duration::days(2);
            let tick = time(after);
            life.doc.tick(after, &format!("tick-{tick}"))?;
        } else {
            ship_and_settle(rng, &mut life)?;
        }
    }
    Ok(Record {
        document: life.doc,
        request,
        decision: notes,
    })
}

/// What a record keeps of the decision: the outcome, the denied and reviewed lines' reasons, the
/// goodwill credit and the keep-item saving (the report reads no more).
#[derive(Serialize)]
struct Notes {
    outcome: Outcome,
    lines: Vec<LineNotes>,
    reasons: Vec<Code>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goodwill_credit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keep_item_saving: Option<String>,
}

#[derive(Serialize)]
struct LineNotes {
    line_id: String,
    outcome: Outcome,
    reasons: Vec<Code>,
}

#[derive(Serialize)]
struct Code {
    code: String,
}

impl Notes {
    fn of(d: &Decision) -> Notes {
        let codes = |rs: &[returnkit::decision::DecisionReason]| {
            rs.iter()
                .map(|r| Code {
                    code: r.code.clone(),
                })
                .collect()
        };
        Notes {
            outcome: d.outcome,
            lines: d
                .lines
                .iter()
                .map(|l| LineNotes {
                    line_id: l.line_id.to_string(),
                    outcome: l.outcome,
                    reasons: codes(&l.reasons),
                })
                .collect(),
            reasons: codes(&d.reasons),
            goodwill_credit: d.goodwill_credit.map(|g| g.to_string()),
            keep_item_saving: d.keep_item_saving.map(|s| s.to_string()),
        }
    }
}

/// One line of `rmas.jsonl`: the RMA document as a host that keeps the event log alone stores
/// it (the state is the log's fold), with the request and what the report reads of the
/// decision.
struct Record {
    document: RmaDocument,
    request: ReturnRequest,
    decision: Notes,
}

#[derive(Serialize)]
struct LogOnly<'a> {
    schema_version: u64,
    events: &'a [returnkit::rma::Event],
}

#[derive(Serialize)]
struct RecordOut<'a> {
    document: LogOnly<'a>,
    request: &'a ReturnRequest,
    decision: &'a Notes,
}

impl Record {
    fn out(&self) -> RecordOut<'_> {
        RecordOut {
            document: LogOnly {
                schema_version: returnkit::rma::SCHEMA_VERSION,
                events: &self.document.events,
            },
            request: &self.request,
            decision: &self.decision,
        }
    }
}

/// The history: `(rmas.jsonl, orders.jsonl)`.
pub fn generate() -> Result<(String, String)> {
    let policy = Policy::from_json(POLICY)?;
    let mut rng = Rng(20_261_207);
    let (mut rmas, mut orders) = (String::new(), String::new());
    let write = |value: &dyn erased::Json, out: &mut String| -> Result<()> {
        out.push_str(&value.json()?);
        out.push('\n');
        Ok(())
    };
    for k in 1..=ORDERS {
        let (order, line) = order(&mut rng, k)?;
        orders.push_str(&line);
        orders.push('\n');
        if k % 3 == 0 {
            let record =
                life(&mut rng, &policy, order, k / 3).map_err(|e| Error::InvalidValue {
                    field: format!("return {}", k / 3),
                    reason: e.to_string(),
                })?;
            write(&record.out(), &mut rmas)?;
        }
    }
    Ok((rmas, orders))
}

mod erased {
    /// A value written as the wire writes it.
    pub trait Json {
        fn json(&self) -> returnkit::Result<String>;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> returnkit::Result<String> {
            returnkit::wire::writer::to_string(self).map_err(|e| returnkit::Error::Internal {
                field: String::new(),
                message: e.to_string(),
            })
        }
    }
}

#[allow(dead_code)]
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/history".into());
    let written = generate().and_then(|(rmas, orders)| {
        let io = |e: std::io::Error| Error::Internal {
            field: String::new(),
            message: e.to_string(),
        };
        std::fs::write(format!("{dir}/rmas.jsonl"), rmas).map_err(io)?;
        std::fs::write(format!("{dir}/orders.jsonl"), orders).map_err(io)
    });
    if let Err(e) = written {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
