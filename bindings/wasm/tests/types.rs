//! The mirrors in `returnkit_wasm::types` (from which the TypeScript declarations are
//! generated) read and write JSON exactly as the core types do: every shared fixture's input,
//! and every answer the engine gives for them, goes through both, and the JSON must match.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use returnkit::wire;
use returnkit_wasm::types as m;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures(kind: &str) -> Vec<(String, Value)> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("tests/fixtures").join(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            (
                name,
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap(),
            )
        })
        .collect()
}

/// An input: when the core reads it, the mirror reads it too, and both write the same JSON.
fn input<C: DeserializeOwned + Serialize, M: DeserializeOwned + Serialize>(what: &str, v: &Value) {
    let Ok(core) = serde_json::from_value::<C>(v.clone()) else {
        return; // an error fixture: the core refuses it
    };
    let mirror: M = serde_json::from_value(v.clone())
        .unwrap_or_else(|e| panic!("{what}: the mirror refuses what the core reads: {e}\n{v}"));
    assert_eq!(
        serde_json::to_value(&mirror).unwrap(),
        serde_json::to_value(&core).unwrap(),
        "{what}: the mirror writes other JSON than the core"
    );
}

/// An answer (JSON text from `wire`): the mirror reads it, unknown fields denied, and writes
/// it back unchanged.
fn output<M: DeserializeOwned + Serialize>(what: &str, text: &str) {
    let v: Value = serde_json::from_str(text).unwrap();
    let mirror: M = serde_json::from_value(v.clone())
        .unwrap_or_else(|e| panic!("{what}: the mirror can't read the answer: {e}\n{text}"));
    assert_eq!(
        serde_json::to_value(&mirror).unwrap(),
        v,
        "{what}: the mirror changes the answer"
    );
}

#[test]
fn refund_fixtures_and_quotes() {
    let all = fixtures("refund");
    assert!(all.len() >= 40);
    for (name, f) in &all {
        input::<returnkit::Order, m::Order>(name, &f["order"]);
        input::<returnkit::RefundRequest, m::RefundRequest>(name, &f["request"]);
        let text = serde_json::json!({"order": f["order"], "request": f["request"]}).to_string();
        match wire::quote(&text) {
            Ok(answer) => output::<m::RefundQuote>(name, &answer),
            Err(e) => output::<m::ErrorRecord>(name, &e.to_json().to_string()),
        }
    }
}

#[test]
fn decision_fixtures_and_decisions() {
    let all = fixtures("decide");
    assert!(all.len() >= 80);
    for (name, f) in &all {
        input::<returnkit::Order, m::Order>(name, &f["order"]);
        input::<returnkit::decision::ReturnRequest, m::ReturnRequest>(name, &f["request"]);
        let Ok(policy) = wire::compile_policy(&f["policy"].to_string(), "json", "") else {
            continue;
        };
        let text =
            serde_json::json!({"order": f["order"], "request": f["request"], "now": f["now"]})
                .to_string();
        if let Ok(answer) = wire::decide(&policy, &text) {
            output::<m::Decision>(name, &answer);
            // Decisions are inputs too, inside submit commands.
            input::<returnkit::decision::Decision, m::Decision>(
                name,
                &serde_json::from_str(&answer).unwrap(),
            );
        }
    }
}

#[test]
fn label_fixtures_and_quotes() {
    for (name, f) in &fixtures("label") {
        input::<returnkit::label::LabelRequest, m::LabelRequest>(name, &f["request"]);
        let cards: Vec<String> = f["cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| std::fs::read_to_string(root().join(p.as_str().unwrap())).unwrap())
            .collect();
        let policy = wire::compile_policy(
            r#"{"name": "labels", "window": {"days": 30}}"#,
            "json",
            &format!("[{}]", cards.join(",")),
        )
        .unwrap();
        if let Ok(answer) = wire::label_quote(&policy, &f["request"].to_string()) {
            output::<m::LabelQuote>(name, &answer);
        }
    }
}

#[test]
fn policy_checks() {
    for (name, f) in &fixtures("policy") {
        let answer = wire::policy_check(&f["policy"].to_string(), "json").unwrap();
        output::<m::PolicyCheck>(name, &answer);
    }
}

#[test]
fn rma_documents_commands_and_outcomes() {
    let sample = std::fs::read_to_string(root().join("tests/fixtures/rma/v1-sample.json")).unwrap();
    output::<m::RmaDocument>("v1-sample", &sample);
    let doc: Value = serde_json::from_str(&sample).unwrap();
    for (i, event) in doc["events"].as_array().unwrap().iter().enumerate() {
        input::<returnkit::rma::Event, m::Event>(&format!("events[{i}]"), event);
    }
    let ticked = wire::rma_tick(&sample, "2026-12-01T00:00:00Z", "tick-1").unwrap();
    output::<m::RmaOutcome>("tick", &ticked);

    // A submission, from a decision, as the portal makes it.
    let f = &fixtures("decide")
        .into_iter()
        .find(|(n, _)| n == "action-bonus")
        .unwrap()
        .1;
    let policy = wire::compile_policy(&f["policy"].to_string(), "json", "").unwrap();
    let text = serde_json::json!({"order": f["order"], "request": f["request"], "now": f["now"]})
        .to_string();
    let decision: Value = serde_json::from_str(&wire::decide(&policy, &text).unwrap()).unwrap();
    let submit = serde_json::json!({
        "expected_version": 0, "idempotency_key": "k1", "actor": "customer", "at": f["now"],
        "type": "submit", "rma_id": "r1", "sequence": 7, "order": f["order"],
        "decision": decision, "resolution": "original_payment", "timezone": "UTC"
    });
    input::<returnkit::rma::Command, m::Command>("submit", &submit);
    let opened = wire::rma_submit(&submit.to_string()).unwrap();
    output::<m::RmaOutcome>("submit", &opened);
    let opened: Value = serde_json::from_str(&opened).unwrap();
    let commands = [
        serde_json::json!({"type": "issue_label", "parcel_id": "p1", "carrier": "C", "tracking": "T", "expires_on": "2027-01-01"}),
        serde_json::json!({"type": "record_carrier_scan", "parcel_id": "p1", "scan": "in_transit"}),
        serde_json::json!({"type": "cancel", "reason": "changed my mind"}),
    ];
    let mut document = opened["document"].clone();
    for (i, action) in commands.iter().enumerate() {
        let mut command = serde_json::json!({
            "expected_version": document["rma"]["version"], "idempotency_key": format!("c{i}"),
            "actor": "agent", "at": "2026-11-20T00:00:00Z"
        });
        command
            .as_object_mut()
            .unwrap()
            .extend(action.as_object().unwrap().clone());
        input::<returnkit::rma::Command, m::Command>(&format!("command {i}"), &command);
        if let Ok(answer) = wire::rma_apply(&document.to_string(), &command.to_string()) {
            output::<m::RmaOutcome>(&format!("command {i}"), &answer);
            document = serde_json::from_str::<Value>(&answer).unwrap()["document"].clone();
        }
    }
}

#[test]
fn the_declarations_are_what_the_generator_gives() {
    // build.sh writes them into pkg/; this checks the generator runs and covers the API types.
    let d = returnkit_wasm::typegen::declarations();
    for name in [
        "Order",
        "RefundRequest",
        "RefundQuote",
        "ReturnRequest",
        "Decision",
        "PolicyDocument",
        "RateCard",
        "LabelRequest",
        "LabelQuote",
        "Command",
        "RmaDocument",
        "RmaOutcome",
        "PolicyCheck",
        "ErrorRecord",
        "AllocateInput",
        "QuoteInput",
        "DecideInput",
    ] {
        assert!(
            d.contains(&format!("export interface {name} "))
                || d.contains(&format!("export type {name} = ")),
            "{name} is declared"
        );
    }
}
