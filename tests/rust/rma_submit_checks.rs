//! `submit` checks the decision it brings against the order it brings: each line once,
//! quantities within what the order still has to return, the chosen offer's terms within the
//! decision. A decision changed after it was made is refused at submit, naming the field, and
//! never opens an RMA that fails later on a field the caller never sent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use returnkit::wire;
use serde_json::{json, Value};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap()
}

/// The sample order 1042: line l1 is two trail runners, l2 one jacket, l3 three pairs of socks.
fn order() -> Value {
    serde_json::from_str(&read("examples/data/order.json")).unwrap()
}

/// The free-returns policy's decision on `lines` of `order` on 2026-10-20.
fn decision(order: &Value, lines: Value) -> Value {
    let policy =
        wire::compile_json_policy(&read("examples/policies/free-returns.json"), "").unwrap();
    let input = json!({"order": order, "request": {"lines": lines}, "now": "2026-10-20T12:00:00Z"});
    serde_json::from_str(&wire::decide(&policy, &input.to_string()).unwrap()).unwrap()
}

/// One trail runner (l1) returned for size.
fn one_shoe() -> Value {
    json!([{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}])
}

fn submit(order: &Value, decision: &Value) -> Result<Value, returnkit::Error> {
    let command = json!({
        "expected_version": 0, "idempotency_key": "portal-1042-1", "actor": "customer",
        "at": "2026-10-20T12:00:05Z", "action": {"submit": {"rma_id": "rma-1042-1",
        "sequence": 7, "order": order, "decision": decision,
        "resolution": "original_payment", "timezone": "UTC"}}
    });
    wire::rma_submit(&command.to_string()).map(|out| serde_json::from_str(&out).unwrap())
}

/// The error of submitting `decision` changed by `change`, as (code, field, message).
fn refused(order: &Value, change: impl FnOnce(&mut Value)) -> (u32, String, String) {
    let mut d = decision(order, one_shoe());
    change(&mut d);
    let e = submit(order, &d).unwrap_err();
    (e.code(), e.field().to_string(), e.to_string())
}

const ELIGIBLE: &str = "command.action.submit.decision.lines[0].eligible_quantity";

#[test]
fn the_decision_as_made_opens_the_rma_and_inspection_pays_for_it() {
    let order = order();
    let d = decision(&order, one_shoe());
    assert_eq!(d["outcome"], "approve");
    assert_eq!(d["lines"][0]["eligible_quantity"], 1);
    let opened = submit(&order, &d).unwrap();
    let doc = opened["document"].to_string();
    assert_eq!(opened["document"]["rma"]["lines"][0]["approved"], 1);
    let step = |doc: &str, version: u64, key: &str, action: Value| -> String {
        let command = json!({"expected_version": version, "idempotency_key": key,
            "actor": "warehouse", "at": "2026-10-25T09:00:00Z", "action": action});
        let out: Value =
            serde_json::from_str(&wire::rma_apply(doc, &command.to_string()).unwrap()).unwrap();
        out["document"].to_string()
    };
    let received = step(
        &doc,
        1,
        "receive-1",
        json!({"receive_items":
        {"lines": [{"line_id": "l1", "quantity": 1}]}}),
    );
    let inspected = step(
        &received,
        2,
        "inspect-1",
        json!({"inspect_items":
        {"lines": [{"line_id": "l1", "accepted": 1, "rejected": 0, "condition": "new",
            "disposition": "restock"}]}}),
    );
    let inspected: Value = serde_json::from_str(&inspected).unwrap();
    // 89.00 less 8.90 of WELCOME10 = 80.10, and its tax, 11.61 / 2 = 5.81.
    assert_eq!(inspected["rma"]["refund_due"], "85.91");
}

#[test]
fn more_units_than_the_order_still_has_to_return_are_refused() {
    let order = order();
    // Five of a line ordered twice.
    let (code, field, message) = refused(&order, |d| {
        d["lines"][0]["requested_quantity"] = json!(5);
        d["lines"][0]["eligible_quantity"] = json!(5);
    });
    assert_eq!((code, field.as_str()), (1007, ELIGIBLE));
    assert_eq!(
        message,
        format!("{ELIGIBLE}: 5 units asked for, but only 2 can be")
    );
    // More than were asked for.
    let (code, field, message) = refused(&order, |d| d["lines"][0]["eligible_quantity"] = json!(2));
    assert_eq!((code, field.as_str()), (1007, ELIGIBLE));
    assert!(
        message.ends_with("2 units asked for, but only 1 can be"),
        "{message}"
    );
    // The largest quantity there is.
    let (code, field, _) = refused(&order, |d| {
        d["lines"][0]["eligible_quantity"] = json!(i64::MAX)
    });
    assert_eq!((code, field.as_str()), (1007, ELIGIBLE));
    // 2^63 is no quantity at all.
    let (code, field, _) = refused(&order, |d| {
        d["lines"][0]["eligible_quantity"] = json!(1u64 << 63)
    });
    assert_eq!((code, field.as_str()), (1001, ELIGIBLE));
}

#[test]
fn units_returned_before_are_not_returned_again() {
    let mut order = order();
    order["prior_returns"] = json!({"lines": [{"line_id": "l1", "quantity": 1}]});
    let mut d = decision(
        &order,
        json!([{"line_id": "l1", "quantity": 2, "reason": "size_or_fit"}]),
    );
    // The engine gives one of the two: the other came back before.
    assert_eq!(d["lines"][0]["eligible_quantity"], 1);
    d["lines"][0]["eligible_quantity"] = json!(2);
    let e = submit(&order, &d).unwrap_err();
    assert_eq!((e.code(), e.field()), (1007, ELIGIBLE));
    assert!(e
        .to_string()
        .ends_with("2 units asked for, but only 1 can be"));
}

#[test]
fn no_units_and_negative_units_are_refused() {
    let order = order();
    let (code, field, message) = refused(&order, |d| d["lines"][0]["eligible_quantity"] = json!(0));
    assert_eq!((code, field.as_str()), (1003, ELIGIBLE));
    assert_eq!(
        message,
        format!("{ELIGIBLE}: quantity must be at least 1, got 0")
    );
    let (code, field, _) = refused(&order, |d| {
        d["lines"][0]["requested_quantity"] = json!(-1);
    });
    assert_eq!(
        (code, field.as_str()),
        (
            1003,
            "command.action.submit.decision.lines[0].requested_quantity"
        )
    );
    // A denied line has no eligible units.
    let (code, field, message) = refused(&order, |d| {
        d["lines"][0]["outcome"] = json!("deny");
        d["lines"][0]["eligible_quantity"] = json!(1);
    });
    assert_eq!((code, field.as_str()), (1002, ELIGIBLE));
    assert!(
        message.ends_with("a denied line has no eligible units, got 1"),
        "{message}"
    );
}

#[test]
fn a_line_decided_twice_is_refused() {
    let order = order();
    let (code, field, message) = refused(&order, |d| {
        let line = d["lines"][0].clone();
        d["lines"].as_array_mut().unwrap().push(line);
    });
    assert_eq!(
        (code, field.as_str()),
        (1005, "command.action.submit.decision.lines[1].line_id")
    );
    assert_eq!(
        message,
        "command.action.submit.decision.lines[1].line_id: `l1` appears more than once"
    );
}

#[test]
fn the_chosen_terms_stay_within_the_decision() {
    let order = order();
    let d = decision(&order, one_shoe());
    let k = d["resolutions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|o| o["resolution"] == "original_payment")
        .unwrap();
    let terms = format!("command.action.submit.decision.resolutions[{k}].request.lines");
    let (code, field, _) = refused(&order, |d| {
        d["resolutions"][k]["request"]["lines"][0]["quantity"] = json!(2);
    });
    assert_eq!((code, field), (1007, format!("{terms}[0].quantity")));
    let (code, field, _) = refused(&order, |d| {
        d["resolutions"][k]["request"]["lines"][0]["line_id"] = json!("l3");
    });
    assert_eq!((code, field), (1004, format!("{terms}[0].line_id")));
    let (code, field, _) = refused(&order, |d| {
        let line = d["resolutions"][k]["request"]["lines"][0].clone();
        d["resolutions"][k]["request"]["lines"]
            .as_array_mut()
            .unwrap()
            .push(line);
    });
    assert_eq!((code, field), (1005, format!("{terms}[1].line_id")));
}

#[test]
fn the_order_is_checked_where_the_submission_has_it() {
    let order = order();
    let d = decision(&order, one_shoe());
    let mut broken = order.clone();
    broken["lines"][0]["quantity"] = json!(-2);
    let e = submit(&broken, &d).unwrap_err();
    assert_eq!(e.field(), "command.action.submit.order.lines[0].quantity");
    let mut broken = order.clone();
    broken["prior_returns"] = json!({"lines": [{"line_id": "l1", "quantity": 3}]});
    let e = submit(&broken, &d).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (
            1007,
            "command.action.submit.order.prior_returns.lines[0].quantity"
        )
    );
}
