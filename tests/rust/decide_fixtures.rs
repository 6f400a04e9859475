#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]
//! Runs the decision fixtures in `tests/fixtures/decide/` and the bad-policy fixtures in
//! `tests/fixtures/policy/`.
//!
//! A decision fixture holds a policy document, an order, a return request and `now` (and, for
//! a policy that prices return labels, the paths of its rate cards in `cards`), and either the
//! expected decision or the expected error. `expected` is matched as a subset, as in the
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
use returnkit::label::RateCard;
use returnkit::policy::{Policy, PolicyDocument};
use returnkit::rma::SubmittedDecision;
use returnkit::wire::{read_document, write_decision, AnswerForm};
use returnkit::Order;
use serde_json::Value;
use support::fixtures::{check_outcome, fixture, fixtures, subset_or_absent};
use support::written;

/// The policy of a decision fixture, with the rate cards its `cards` name (paths from the
/// workspace root), if it names any.
fn fixture_policy(fixture: &Value) -> Result<Policy, Value> {
    let doc = PolicyDocument::from_json(&fixture["policy"].to_string()).map_err(|e| e.to_json())?;
    let policy = Policy::compile(doc).map_err(|e| e.to_json())?;
    let Some(paths) = fixture.get("cards") else {
        return Ok(policy);
    };
    let cards = paths
        .as_array()
        .expect("`cards` is an array of paths")
        .iter()
        .map(|p| {
            let path = support::workspace_root().join(p.as_str().expect("a card's path"));
            RateCard::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
        })
        .collect();
    policy.with_rate_cards(cards).map_err(|e| e.to_json())
}

/// Runs one decision fixture; returns the decision (or error) as JSON.
fn run_decide(fixture: &Value) -> Result<Value, Value> {
    let policy = fixture_policy(fixture)?;
    let order: Order = read_document(&fixture["order"].to_string()).map_err(|e| e.to_json())?;
    let request: ReturnRequest =
        read_document(&fixture["request"].to_string()).map_err(|e| e.to_json())?;
    let now: DateTime<Utc> = fixture["now"]
        .as_str()
        .expect("`now` is an RFC 3339 string")
        .parse()
        .expect("`now` is an RFC 3339 instant");
    let decision = decide(&policy, &order, &request, now).map_err(|e| e.to_json())?;
    match fixture.get("answer") {
        // A fixture that asks for another form of the answer is written as the wire writes it.
        Some(form) => {
            let form: AnswerForm =
                serde_json::from_value(form.clone()).expect("`answer` is a form");
            Ok(serde_json::from_str(&write_decision(&decision, form).unwrap()).unwrap())
        }
        None => Ok(written(decision)),
    }
}

/// Where `compact` falls short of `full`, the same decision in full: every member `compact`
/// has must be in `full` with the same value, and every member it leaves out must be empty
/// (`[]`, `{}`), `false` or `null` in `full`, or one of a quote's members that the compact
/// form leaves out by name. Returns the path of the first member that breaks the rule.
fn compact_gaps(full: &Value, compact: &Value, path: &str, in_quote: bool) -> Result<(), String> {
    const QUOTE_OMITS: [&str; 5] = ["schema_version", "order_id", "currency", "mode", "lines"];
    match (full, compact) {
        (Value::Object(f), Value::Object(c)) => {
            for key in c.keys() {
                if !f.contains_key(key) {
                    return Err(format!("{path}.{key}: in compact, not in full"));
                }
            }
            for (key, value) in f {
                let at = format!("{path}.{key}");
                match c.get(key) {
                    Some(cv) => compact_gaps(value, cv, &at, key == "quote")?,
                    None if in_quote && QUOTE_OMITS.contains(&key.as_str()) => {}
                    None => {
                        let default = match value {
                            Value::Null | Value::Bool(false) => true,
                            Value::Array(a) => a.is_empty(),
                            Value::Object(o) => o.is_empty(),
                            _ => false,
                        };
                        if !default {
                            return Err(format!("{at}: left out of compact, but {value}"));
                        }
                    }
                }
            }
            Ok(())
        }
        (Value::Array(f), Value::Array(c)) if f.len() == c.len() => f
            .iter()
            .zip(c)
            .enumerate()
            .try_for_each(|(i, (f, c))| compact_gaps(f, c, &format!("{path}[{i}]"), false)),
        _ if full == compact => Ok(()),
        _ => Err(format!("{path}: {compact} in compact, {full} in full")),
    }
}

#[test]
fn every_decision_fixture_in_compact_form_has_the_full_figures() {
    // Compact leaves out only what a caller can derive: defaults, and each offer's quote
    // lines, which the quote of the offer's request gives, figure for figure.
    let mut checked = 0;
    for (name, fixture) in fixtures("decide") {
        let Ok(policy) = fixture_policy(&fixture) else {
            continue;
        };
        let order: Order = read_document(&fixture["order"].to_string()).unwrap();
        let Ok(request) = read_document::<ReturnRequest>(&fixture["request"].to_string()) else {
            continue;
        };
        let now = fixture["now"].as_str().unwrap().parse().unwrap();
        let Ok(decision) = decide(&policy, &order, &request, now) else {
            continue;
        };
        let full_text = write_decision(&decision, AnswerForm::Full).unwrap();
        let compact_text = write_decision(&decision, AnswerForm::Compact).unwrap();
        let full: Value = serde_json::from_str(&full_text).unwrap();
        let compact: Value = serde_json::from_str(&compact_text).unwrap();
        assert_eq!(
            full,
            written(&decision),
            "{name}: the full form is the default"
        );
        if let Err(why) = compact_gaps(&full, &compact, "", false) {
            panic!("{name}: {why}");
        }
        assert!(
            compact_text.len() < full_text.len(),
            "{name}: compact {} bytes, full {}",
            compact_text.len(),
            full_text.len()
        );
        // A compact decision opens the same RMA: a submit reads the same terms from it.
        let submitted: SubmittedDecision = returnkit::from_json(&compact_text)
            .unwrap_or_else(|e| panic!("{name}: a submit reads the compact decision: {e}"));
        assert_eq!(submitted, SubmittedDecision::from(&decision), "{name}");
        for (i, offer) in decision.resolutions.iter().enumerate() {
            let requoted = returnkit::quote(&order, &offer.request)
                .unwrap_or_else(|e| panic!("{name}: offer {i}'s request quotes: {e}"));
            assert_eq!(requoted, offer.quote, "{name}: offer {i}'s quote");
        }
        checked += 1;
    }
    assert!(checked >= 60, "{checked} fixtures checked in compact form");
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

/// The reasons of a decision, lines' and return's, as (code, message).
fn reason_messages(decision: &Value) -> Vec<(String, String)> {
    let line_reasons = decision["lines"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|l| l["reasons"].as_array().cloned().unwrap_or_default());
    line_reasons
        .chain(decision["reasons"].as_array().cloned().unwrap_or_default())
        .map(|r| {
            let text = |k: &str| r[k].as_str().unwrap().to_string();
            (text("code"), text("message"))
        })
        .collect()
}

/// The sentences that gift returns, bundles and mixed outcomes write are in the catalogs: the
/// same fixtures asked in German give them in German (the English is each fixture's own).
#[test]
fn gift_bundle_and_mixed_outcome_messages_follow_the_locale() {
    let cases = [
        (
            "bundle-partial-denied",
            "partial_bundle",
            "Dieser Artikel gehört zu einem Set und kann nur zusammen mit dem restlichen Set zurückgegeben werden.",
        ),
        (
            "bundle-partial-review",
            "partial_bundle",
            "Dieser Artikel gehört zu einem Set; wir prüfen, ob er einzeln zurückgegeben werden kann.",
        ),
        (
            "gift-refund-to-card-denied",
            "gift_original_payment",
            "Ein Geschenk wird gegen Guthaben oder im Umtausch zurückgenommen, nicht mit einer Erstattung über das ursprüngliche Zahlungsmittel.",
        ),
        (
            "gift-review-message-without-amounts",
            "review_value",
            "Diese Rücksendung wird von unserem Team geprüft.",
        ),
        (
            "mixed-line-resolution-not-offered",
            "line_resolution_not_offered",
            "Dieser Artikel kann nicht wie gewünscht abgewickelt werden; unser Team meldet sich bei Ihnen.",
        ),
    ];
    for (name, code, german) in cases {
        let mut f = fixture("decide", name);
        let english = run_decide(&f).unwrap();
        f["request"]["locale"] = "de".into();
        let decided = run_decide(&f).unwrap();
        assert_eq!(decided["locale"], "de", "{name}");
        let said: Vec<_> = reason_messages(&decided)
            .into_iter()
            .filter(|(c, _)| c == code)
            .map(|(_, m)| m)
            .collect();
        assert!(!said.is_empty(), "{name}: no {code}");
        assert!(said.iter().all(|m| m == german), "{name}: {said:?}");
        // Nothing else about the decision changes with the language.
        assert_eq!(decided["outcome"], english["outcome"], "{name}");
        assert_eq!(decided["resolutions"], english["resolutions"], "{name}");
    }
    let mut keep = fixture("decide", "gift-keep-item-message-without-amounts");
    keep["request"]["locale"] = "de".into();
    assert_eq!(
        run_decide(&keep).unwrap()["keep_item_reason"],
        "Sie dürfen die Artikel behalten; Sie müssen nichts zurücksenden."
    );
}
