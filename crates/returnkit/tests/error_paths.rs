//! Every wire entry point names the document of an error and the field inside it
//! (`order.lines[1].quantity`, `request.lines[0].line_id`, `command.action.record_refund.amount`),
//! and the document itself when the whole text is at fault.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use returnkit::wire;

const ORDER: &str = include_str!("../samples/order.json");
const SAMPLE: &str = include_str!("../samples/rma-v2.json");

fn field(result: returnkit::Result<String>) -> (u32, String) {
    let e = result.unwrap_err();
    assert!(e.to_string().starts_with(e.field()), "{e}");
    (e.code(), e.field().to_string())
}

fn order_with_bad_second_line() -> String {
    let mut order: serde_json::Value = serde_json::from_str(ORDER).unwrap();
    order["lines"][1]["quantity"] = 0.into();
    order.to_string()
}

fn policy() -> returnkit::policy::Policy {
    wire::compile_policy(r#"{"name": "p", "window": {"days": 30}}"#, "json", "").unwrap()
}

#[test]
fn quote_names_the_order_the_request_and_the_input() {
    let quote = |order: &str, request: &str| {
        field(wire::quote(&format!(
            r#"{{"order": {order}, "request": {request}}}"#
        )))
    };
    let one = r#"{"lines": [{"line_id": "l1", "quantity": 1}]}"#;
    assert_eq!(
        quote(&order_with_bad_second_line(), one),
        (1003, "order.lines[1].quantity".into())
    );
    assert_eq!(
        quote(ORDER, r#"{"lines": [{"line_id": "zz", "quantity": 1}]}"#),
        (1004, "request.lines[0].line_id".into())
    );
    assert_eq!(
        quote(ORDER, r#"{"lines": [{"line_id": "l1", "quantity": "1"}]}"#),
        (1001, "request.lines[0].quantity".into())
    );
    assert_eq!(quote(ORDER, "[1]"), (1001, "request".into()));
    assert_eq!(quote("7", one), (1001, "order".into()));
    assert_eq!(field(wire::quote("{}")), (1001, "input".into()));
    assert_eq!(field(wire::quote("[")), (1001, "input".into()));
}

#[test]
fn decide_names_the_order_and_the_request() {
    let decide = |order: &str, request: &str| {
        field(wire::decide(
            &policy(),
            &format!(
                r#"{{"order": {order}, "request": {request}, "now": "2026-10-20T12:00:00Z"}}"#
            ),
        ))
    };
    let one = r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}"#;
    assert_eq!(
        decide(&order_with_bad_second_line(), one),
        (1003, "order.lines[1].quantity".into())
    );
    assert_eq!(
        decide(
            ORDER,
            r#"{"lines": [{"line_id": "l9", "quantity": 1, "reason": "size_or_fit"}]}"#
        ),
        (1004, "request.lines[0].line_id".into())
    );
    assert_eq!(
        decide(
            ORDER,
            r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "bored"}]}"#
        ),
        (1008, "request.lines[0].reason".into())
    );
    assert_eq!(decide(ORDER, "null"), (1001, "request".into()));
}

#[test]
fn a_decision_handed_back_is_named_decision() {
    assert_eq!(
        field(wire::decision_offer("{", "")),
        (1001, "decision".into())
    );
    assert_eq!(
        field(wire::decision_offer(
            r#"{"resolutions": [{"resolution": "cash"}]}"#,
            ""
        )),
        (1001, "decision.resolutions[0].resolution".into())
    );
}

#[test]
fn rma_commands_and_documents_are_named_command_and_document() {
    let command = |version: u64, action: &str| {
        format!(
            r#"{{"expected_version": {version}, "idempotency_key": "k", "actor": "agent",
                "at": "2026-11-15T09:00:00Z", "action": {action}}}"#
        )
    };
    assert_eq!(
        field(wire::rma_apply(
            SAMPLE,
            &command(
                9,
                r#"{"record_refund": {"amount": "ten", "reference": "r"}}"#
            )
        )),
        (1001, "command.action.record_refund.amount".into())
    );
    assert_eq!(
        field(wire::rma_apply(SAMPLE, &command(3, r#""close""#))),
        (3003, "command.expected_version".into())
    );
    assert_eq!(
        field(wire::rma_apply(SAMPLE, "{")),
        (1001, "command".into())
    );
    assert_eq!(
        field(wire::rma_apply("{", &command(9, r#""close""#))),
        (1001, "document".into())
    );
    assert_eq!(
        field(wire::rma_tick(
            r#"{"schema_version": 2, "events": 5}"#,
            "2027-01-01T00:00:00Z",
            "t"
        )),
        (1001, "document.events".into())
    );
    assert_eq!(
        field(wire::rma_submit(&command(
            0,
            r#"{"submit": {"rma_id": 5}}"#
        ))),
        (1001, "command.action.submit.rma_id".into())
    );
}

#[test]
fn policies_rate_cards_label_requests_and_allocations_are_named() {
    let check: serde_json::Value =
        serde_json::from_str(&wire::policy_check("{", "json").unwrap()).unwrap();
    assert_eq!(check["errors"][0]["field"], "policy");
    assert_eq!(
        field(wire::compile_policy("name = 1", "toml", "").map(|_| String::new())),
        (1001, "policy.name".into())
    );
    assert_eq!(
        field(
            wire::compile_policy(r#"{"name": "p", "window": {"days": 1}}"#, "json", "{")
                .map(|_| String::new())
        ),
        (1001, "rate_cards".into())
    );
    assert_eq!(
        field(wire::label_quote(&policy(), r#"{"items": []}"#)),
        (1001, "request".into())
    );
    assert_eq!(
        field(wire::allocate(
            r#"{"amount": "1.00", "currency": "USD", "weights": ["1", "x"]}"#
        )),
        (1001, "input.weights[1]".into())
    );
    assert_eq!(
        field(wire::allocate(
            r#"{"amount": "1.00", "currency": "USD", "weights": ["-1"]}"#
        )),
        (4006, "input.weights[0]".into())
    );
}
