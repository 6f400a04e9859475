#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use rust_decimal_macros::dec;

use super::*;

const ORDER: &str = r#"{"id": "o-1", "currency": "USD", "placed_at": "2026-03-01T15:00:00Z",
    "lines": [{"id": "a", "sku": "MUG", "quantity": 2, "unit_price": "50.00",
               "delivered_at": "2026-03-03T15:00:00Z"}],
    "tenders": [{"id": "card", "kind": "card", "amount": "100.00"}]}"#;

/// 30 days with a 10% restocking fee on remorse returns, against 60 days without fees.
fn policies() -> (Policy, Policy) {
    (
        Policy::from_json(
            r#"{"name": "current", "window": {"days": 30},
            "fees": {"restocking": {"type": "percent", "percent": "10"}}}"#,
        )
        .unwrap(),
        Policy::from_json(r#"{"name": "proposed", "window": {"days": 60}}"#).unwrap(),
    )
}

fn record(id: &str, reason: &str, qty: i64, now: &str) -> DecisionRecord {
    DecisionRecord::from_json(&format!(
        r#"{{"id": "{id}", "order": {ORDER}, "now": "{now}", "request":
            {{"lines": [{{"line_id": "a", "quantity": {qty}, "reason": "{reason}"}}]}}}}"#
    ))
    .unwrap()
}

fn history() -> Vec<DecisionRecord> {
    vec![
        // Day 7, remorse: 45.00 and a 5.00 fee now, 50.00 proposed.
        record("r1", "changed_mind", 1, "2026-03-10T12:00:00Z"),
        // Day 40: denied now, 50.00 proposed.
        record("r2", "changed_mind", 1, "2026-04-12T12:00:00Z"),
        // Defective: fees waived under both, 100.00 both.
        record("r3", "defective", 2, "2026-03-10T12:00:00Z"),
        // Day 40, two mugs: denied now, 100.00 proposed.
        record("r4", "size_or_fit", 2, "2026-04-12T12:00:00Z"),
        // Day 70: denied under both.
        record("r5", "changed_mind", 1, "2026-05-12T12:00:00Z"),
        // Two mugs, day 7: 90.00 and 10.00 now, 100.00 proposed.
        record("r6", "size_or_fit", 2, "2026-03-10T12:00:00Z"),
    ]
}

#[test]
fn figures_by_outcome_money_reason_and_record() {
    let (current, proposed) = policies();
    let records = history();
    let sim = simulate(["current", "proposed"], &current, &proposed, &records, 3);
    assert_eq!((sim.records, sim.decided, sim.errors), (6, 6, 0));
    let o = |s: &Side| (s.outcomes.approve, s.outcomes.review, s.outcomes.deny);
    assert_eq!(o(&sim.current), (3, 0, 3));
    assert_eq!(o(&sim.proposed), (5, 0, 1));
    assert_eq!(o(&sim.delta), (2, 0, -2));
    let m = |s: &Side| {
        let m = &s.money[0];
        (
            m.currency.code(),
            m.money.refund,
            m.money.fees,
            m.money.label_cost,
        )
    };
    assert_eq!(m(&sim.current), ("USD", dec!(235.00), dec!(15.00), dec!(0)));
    assert_eq!(m(&sim.proposed), ("USD", dec!(400.00), dec!(0), dec!(0)));
    assert_eq!(m(&sim.delta), ("USD", dec!(165.00), dec!(-15.00), dec!(0)));
    // r1, r2, r4 and r6 changed; r2 and r4 moved from deny to approve.
    assert_eq!((sim.changed.records, sim.changed.outcome), (4, 2));
    assert_eq!(
        sim.changed.moves,
        [Move {
            from: Outcome::Deny,
            to: Outcome::Approve,
            records: 2
        }]
    );
    // Moved outcomes first (r4's 100.00 before r2's 50.00), then r6 (10 + 10) before r1.
    let top: Vec<_> = sim
        .top
        .iter()
        .map(|c| (c.id.as_ref().unwrap().get(), c.change))
        .collect();
    assert_eq!(
        top,
        [
            (r#""r4""#, dec!(100.00)),
            (r#""r2""#, dec!(50.00)),
            (r#""r6""#, dec!(20.00))
        ]
    );
    let reasons: Vec<_> = sim
        .by_reason
        .iter()
        .map(|g| {
            (
                g.key.as_deref().unwrap(),
                g.lines,
                g.current.outcomes.deny,
                g.current.refund,
                g.proposed.refund,
                g.delta.refund,
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            ("changed_mind", 3, 2, dec!(45.00), dec!(100.00), dec!(55.00)),
            ("defective", 1, 0, dec!(100.00), dec!(100.00), dec!(0)),
            ("size_or_fit", 2, 1, dec!(90.00), dec!(200.00), dec!(110.00)),
        ]
    );
    assert_eq!(sim.by_sku.len(), 1);
    assert_eq!(sim.by_sku[0].key.as_deref(), Some("MUG"));
    assert_eq!(sim.by_sku[0].lines, 6);
}

#[test]
fn shards_merge_to_the_single_pass_in_any_order() {
    let (current, proposed) = policies();
    let mut records = history();
    // A record that fails under both: a line the order doesn't have.
    records.push(
        DecisionRecord::from_json(&format!(
            r#"{{"id": 99, "order": {ORDER}, "now": "2026-03-10T12:00:00Z", "request":
                {{"lines": [{{"line_id": "zz", "quantity": 1, "reason": "other"}}]}}}}"#
        ))
        .unwrap(),
    );
    let names = ["current", "proposed"];
    let whole = simulate(names, &current, &proposed, &records, 3);
    assert_eq!(whole.errors, 1);
    assert_eq!(whole.failed[0].error.field, "request.lines[0].line_id");
    for split in 0..=records.len() {
        let (a, b) = records.split_at(split);
        let sa = simulate(names, &current, &proposed, a, 3);
        let sb = simulate(names, &current, &proposed, b, 3);
        let mut ab = sa.clone();
        ab.merge(sb.clone()).unwrap();
        let mut ba = sb;
        ba.merge(sa).unwrap();
        assert_eq!(ab, whole, "split at {split}");
        assert_eq!(ba, whole, "split at {split}, merged the other way");
    }
    // Three parts, grouped both ways, and through the wire form.
    let parts: Vec<Simulation> = records
        .chunks(3)
        .map(|c| simulate(names, &current, &proposed, c, 3))
        .collect();
    let mut left = parts[0].clone();
    left.merge(parts[1].clone()).unwrap();
    left.merge(parts[2].clone()).unwrap();
    let mut right = parts[1].clone();
    right.merge(parts[2].clone()).unwrap();
    let mut right_first = parts[0].clone();
    right_first.merge(right).unwrap();
    assert_eq!(left, whole);
    assert_eq!(right_first, whole);
    let texts: Vec<String> = parts
        .iter()
        .map(|p| serde_json::to_string(p).unwrap())
        .collect();
    let merged = crate::wire::simulate_merge(&format!("[{}]", texts.join(","))).unwrap();
    assert_eq!(merged, serde_json::to_string(&whole).unwrap());
}

#[test]
fn simulations_of_other_policies_do_not_merge() {
    let mut a = Simulation::new(["current", "proposed"], 3);
    let e = a
        .merge(Simulation::new(["current", "other"], 3))
        .unwrap_err();
    assert_eq!(e.field(), "policies");
    let e = crate::wire::simulate_merge(r#"[{"policies": 1}]"#).unwrap_err();
    assert_eq!(e.field(), "simulations[0].policies");
}

#[test]
fn what_a_simulation_keeps_does_not_grow_with_the_history() {
    let (current, proposed) = policies();
    let mut sim = Simulation::new(["current", "proposed"], 3);
    for k in 0..300 {
        let now = if k % 2 == 0 {
            "2026-04-12T12:00:00Z"
        } else {
            "2026-03-10T12:00:00Z"
        };
        sim.add(
            &current,
            &proposed,
            &record(&format!("r{k}"), "changed_mind", 1, now),
        );
        sim.add_unread(
            None,
            crate::Error::Parse {
                field: "input".into(),
                message: format!("bad {k}"),
            }
            .record(),
        );
    }
    assert_eq!((sim.records, sim.decided, sim.errors), (600, 300, 300));
    assert_eq!((sim.top.len(), sim.failed.len()), (3, KEPT_ERRORS));
    assert_eq!((sim.by_reason.len(), sim.by_sku.len()), (1, 1));
    // Ties on outcome and money go by id, as text: "r0" < "r10" < "r100".
    let ids: Vec<_> = sim
        .top
        .iter()
        .map(|c| c.id.as_ref().unwrap().get())
        .collect();
    assert_eq!(ids, [r#""r0""#, r#""r10""#, r#""r100""#]);
}
