#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]
//! The versions stated by answers that callers store (decisions and refund quotes), how a
//! `submit` reads the decision it carries with, without or with an unknown version, and
//! `wire::decision_offer`, which the bindings forward to for the offer that answers a request.

use returnkit::wire;
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/../../tests/fixtures/decide/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The decision of a decide fixture, as the wire writes it.
fn decision_text(f: &Value) -> String {
    let policy = wire::compile_policy(&f["policy"].to_string(), "json", "").unwrap();
    let input = json!({"order": f["order"], "request": f["request"], "now": f["now"]});
    wire::decide(&policy, &input.to_string()).unwrap()
}

fn submit(f: &Value, decision: &Value, resolution: &str) -> String {
    json!({
        "expected_version": 0, "idempotency_key": "k1", "actor": "customer",
        "at": f["now"], "action": {"submit": {"rma_id": "r1", "sequence": 7,
        "order": f["order"], "decision": decision, "resolution": resolution,
        "timezone": "UTC"}}
    })
    .to_string()
}

#[test]
fn decisions_and_quotes_state_their_version_first() {
    let f = fixture("cond-requested-resolution");
    let text = decision_text(&f);
    assert!(
        text.starts_with(r#"{"schema_version":1,"outcome":"#),
        "{text}"
    );
    let offers = serde_json::from_str::<Value>(&text).unwrap()["resolutions"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(offers, 3);
    assert_eq!(
        text.matches(r#""quote":{"schema_version":1,"order_id":"o-1","#)
            .count(),
        offers,
        "{text}"
    );
    let input = format!(
        r#"{{"order": {}, "request": {}}}"#,
        include_str!("../../examples/data/order.json"),
        include_str!("../../examples/data/request.json")
    );
    let quote = wire::quote(&input).unwrap();
    assert!(
        quote.starts_with(r#"{"schema_version":1,"order_id":"1042","#),
        "{quote}"
    );
}

#[test]
fn a_submit_reads_a_decision_with_its_version_or_stored_before_it() {
    let f = fixture("cond-requested-resolution");
    let decision: Value = serde_json::from_str(&decision_text(&f)).unwrap();
    let opened = wire::rma_submit(&submit(&f, &decision, "store_credit")).unwrap();

    let mut older = decision.clone();
    older.as_object_mut().unwrap().remove("schema_version");
    older
        .as_object_mut()
        .unwrap()
        .remove("requested_resolution");
    for offer in older["resolutions"].as_array_mut().unwrap() {
        offer["quote"]
            .as_object_mut()
            .unwrap()
            .remove("schema_version");
    }
    assert_eq!(
        wire::rma_submit(&submit(&f, &older, "store_credit")).unwrap(),
        opened,
        "a decision stored before versions opens the same RMA"
    );

    // A newer form is refused for its version, not for the member it changed.
    let mut reshaped = decision.clone();
    reshaped["schema_version"] = json!(2);
    reshaped["lines"] = json!("moved elsewhere in version 2");
    let e = wire::rma_submit(&submit(&f, &reshaped, "store_credit")).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (1009, "command.action.submit.decision.schema_version"),
        "{e}"
    );

    for version in [0, 2, 99] {
        let mut newer = decision.clone();
        newer["schema_version"] = json!(version);
        let e = wire::rma_submit(&submit(&f, &newer, "store_credit")).unwrap_err();
        assert_eq!(e.code(), 1009, "{e}");
        assert_eq!(e.kind(), "unsupported_version");
        assert_eq!(e.field(), "command.action.submit.decision.schema_version");
        assert!(
            e.to_string()
                .contains(&format!("schema version {version} is not one")),
            "{e}"
        );
    }
}

#[test]
fn decision_offer_answers_the_request_or_the_resolution_named() {
    // The request asks for store credit; the policy offers original payment first.
    let f = fixture("cond-requested-resolution");
    let text = decision_text(&f);
    let decision: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(decision["requested_resolution"], "store_credit");
    assert_eq!(decision["resolutions"][0]["resolution"], "original_payment");
    let offer = |resolution: &str| -> Value {
        serde_json::from_str(&wire::decision_offer(&text, resolution).unwrap()).unwrap()
    };
    assert_eq!(offer(""), decision["resolutions"][1]);
    assert_eq!(offer("store_credit"), decision["resolutions"][1]);
    assert_eq!(offer("original_payment"), decision["resolutions"][0]);
    // The exchange offer, priced as credit (no replacements chosen), answers `exchange` only.
    assert_eq!(offer("exchange"), decision["resolutions"][2]);
    assert_eq!(offer("exchange")["quote"]["resolution"], "store_credit");
    // A resolution not on offer: no offer answers.
    let mut narrow = decision.clone();
    narrow["resolutions"].as_array_mut().unwrap().truncate(1);
    let narrow = narrow.to_string();
    assert_eq!(wire::decision_offer(&narrow, "").unwrap(), "null");
    assert_eq!(wire::decision_offer(&narrow, "exchange").unwrap(), "null");
    // The offer's text is the decision's, byte for byte.
    let answer = wire::decision_offer(&text, "").unwrap();
    assert!(answer.starts_with(r#"{"resolution":"store_credit","request":"#));
    assert!(text.contains(&format!(",{answer},")), "{answer}");

    // Without a requested resolution: the first offer. Denied: none.
    let mut unasked = decision.clone();
    unasked
        .as_object_mut()
        .unwrap()
        .remove("requested_resolution");
    let unasked = unasked.to_string();
    let first: Value = serde_json::from_str(&wire::decision_offer(&unasked, "").unwrap()).unwrap();
    assert_eq!(first, decision["resolutions"][0]);
    let denied = r#"{"schema_version":1,"outcome":"deny","requested_resolution":"store_credit","resolutions":[]}"#;
    assert_eq!(wire::decision_offer(denied, "").unwrap(), "null");
}

#[test]
fn refund_preview_is_the_quote_of_the_offer_decision_offer_picks() {
    for name in [
        "cond-requested-resolution",
        "action-bonus",
        "eu-original-payment-always-offered",
    ] {
        let f = fixture(name);
        let policy = wire::compile_policy(&f["policy"].to_string(), "json", "").unwrap();
        let input = json!({"order": f["order"], "request": f["request"], "now": f["now"]});
        let preview = wire::refund_preview(&policy, &input.to_string()).unwrap();
        let offer: Value =
            serde_json::from_str(&wire::decision_offer(&decision_text(&f), "").unwrap()).unwrap();
        let preview: Value = serde_json::from_str(&preview).unwrap();
        assert_eq!(preview, offer["quote"], "{name}");
        assert!(!preview.is_null(), "{name} offers something");
    }
}

#[test]
fn decision_offer_refuses_unknown_versions_and_resolutions() {
    let e =
        wire::decision_offer(r#"{"schema_version": 2, "resolutions": "changed"}"#, "").unwrap_err();
    assert_eq!((e.code(), e.field()), (1009, "decision.schema_version"));
    let e = wire::decision_offer(r#"{"schema_version": 0}"#, "").unwrap_err();
    assert_eq!((e.code(), e.field()), (1009, "decision.schema_version"));
    // Stored before versions: read as version 1.
    assert_eq!(
        wire::decision_offer(r#"{"outcome": "deny", "resolutions": []}"#, "").unwrap(),
        "null"
    );
    let e = wire::decision_offer(r#"{"resolutions": []}"#, "gift_card").unwrap_err();
    assert_eq!((e.code(), e.field()), (1002, "resolution"));
    assert!(e.to_string().contains("unknown variant `gift_card`"), "{e}");
    let e = wire::decision_offer(r#"{"resolutions": [{"quote": {}}]}"#, "").unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (1001, "decision.resolutions[0]"),
        "{e}"
    );
    let e = wire::decision_offer(r#"{"resolutions": [{"resolution": "cash"}]}"#, "").unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (1001, "decision.resolutions[0].resolution")
    );
}
