#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]
//! Runs the decision fixtures in `tests/fixtures/decide/` and the bad-policy fixtures in
//! `tests/fixtures/policy/`.
//!
//! A decision fixture holds a policy document, an order, a return request and `now`, and either
//! the expected decision or the expected error. `expected` is matched as a subset, as in the
//! refund fixtures: every key it names must be in the decision with the same value, and arrays
//! must have the same length, element by element. One addition: an expected `null` also
//! matches a key that is absent, so a fixture can say that a decision has no `refund_by` or no
//! `label_payer`.
//!
//! A policy fixture holds a policy document and the errors it must give, in order: the parse
//! error of `PolicyDocument::from_json` when the document does not parse, otherwise every
//! error of `PolicyDocument::check()`.
//!
//! Figures in the fixtures are worked by hand (see each file's `description`). Set
//! `RETURNKIT_SHOW_FIXTURE=name` to print what the engine gives for one fixture.

mod support;

use chrono::{DateTime, Utc};
use returnkit::decision::{decide, ReturnRequest};
use returnkit::policy::{Policy, PolicyDocument};
use returnkit::wire::read_document;
use returnkit::Order;
use serde_json::Value;
use support::fixtures::{check_outcome, fixtures, subset_or_absent};
use support::written;

/// Runs one decision fixture; returns the decision (or error) as JSON.
fn run_decide(fixture: &Value) -> Result<Value, Value> {
    let doc = PolicyDocument::from_json(&fixture["policy"].to_string()).map_err(|e| e.to_json())?;
    let policy = Policy::compile(doc).map_err(|e| e.to_json())?;
    let order: Order = read_document(&fixture["order"].to_string()).map_err(|e| e.to_json())?;
    let request: ReturnRequest =
        read_document(&fixture["request"].to_string()).map_err(|e| e.to_json())?;
    let now: DateTime<Utc> = fixture["now"]
        .as_str()
        .expect("`now` is an RFC 3339 string")
        .parse()
        .expect("`now` is an RFC 3339 instant");
    decide(&policy, &order, &request, now)
        .map(written)
        .map_err(|e| e.to_json())
}

/// The errors a policy fixture's document gives, in order.
fn run_policy(fixture: &Value) -> Value {
    let errors: Vec<Value> = match PolicyDocument::from_json(&fixture["policy"].to_string()) {
        Err(e) => vec![e.to_json()],
        Ok(doc) => doc.check().iter().map(|e| e.to_json()).collect(),
    };
    Value::Array(errors)
}

fn show(name: &str, actual: &Value) {
    if std::env::var("RETURNKIT_SHOW_FIXTURE").is_ok_and(|n| n == name) {
        println!("{name}:\n{}", serde_json::to_string_pretty(actual).unwrap());
    }
}

#[test]
fn every_decision_fixture_gives_its_expected_result() {
    let all = fixtures("decide");
    assert!(
        all.len() >= 80,
        "decision fixtures missing: found {}",
        all.len()
    );
    let mut failures = Vec::new();
    for (name, fixture) in &all {
        if fixture["description"].as_str().is_none_or(str::is_empty) {
            failures.push(format!("{name}: needs a description"));
        }
        let outcome = run_decide(fixture);
        match &outcome {
            Ok(v) | Err(v) => show(name, v),
        }
        if let Err(why) = check_outcome(fixture, &outcome, "a decision", subset_or_absent) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} decision fixtures failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn every_bad_policy_fixture_gives_its_errors_in_order() {
    let all = fixtures("policy");
    assert!(
        all.len() >= 10,
        "policy fixtures missing: found {}",
        all.len()
    );
    let mut failures = Vec::new();
    for (name, fixture) in &all {
        let Some(expected) = fixture.get("expected_errors") else {
            failures.push(format!("{name}: needs expected_errors"));
            continue;
        };
        if expected.as_array().is_none_or(Vec::is_empty) {
            failures.push(format!("{name}: a bad policy expects at least one error"));
            continue;
        }
        let actual = run_policy(fixture);
        show(name, &actual);
        if let Err(why) = subset_or_absent(expected, &actual, "errors") {
            failures.push(format!("{name}: {why}"));
            continue;
        }
        // Compiling the document fails with the first of those errors.
        if let Ok(doc) = PolicyDocument::from_json(&fixture["policy"].to_string()) {
            match Policy::compile(doc) {
                Ok(_) => failures.push(format!("{name}: the policy compiles")),
                Err(e) => {
                    if let Err(why) = subset_or_absent(&expected[0], &e.to_json(), "compile") {
                        failures.push(format!("{name}: {why}"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} policy fixtures failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn every_decision_fixture_policy_is_valid() {
    // A decision fixture that expects a policy error says so; every other policy compiles.
    for (name, fixture) in fixtures("decide") {
        let doc = PolicyDocument::from_json(&fixture["policy"].to_string())
            .unwrap_or_else(|e| panic!("{name}: policy does not parse: {e}"));
        let errors = doc.check();
        assert!(
            errors.is_empty() || fixture.get("expected_error").is_some(),
            "{name}: policy has errors: {errors:?}"
        );
    }
}
