//! `returnkit policy check` and `returnkit policy schema`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{returnkit, root, temp_dir};

/// Every sample policy, with the name and rule count `policy check` reports.
const SAMPLES: &[(&str, &str)] = &[
    (
        "examples/policies/free-returns.json",
        "ok: Free 30-day returns (0 rules)",
    ),
    (
        "examples/policies/holiday.toml",
        "ok: Holiday returns 2026 (2 rules)",
    ),
    (
        "examples/policies/eu-shop.json",
        "ok: EU shop returns (1 rule)",
    ),
    (
        "examples/policies/strict-electronics.toml",
        "ok: Strict electronics returns (3 rules)",
    ),
    (
        "examples/policies/current-30-days.toml",
        "ok: Current: 30 days, paid return shipping (0 rules)",
    ),
    (
        "examples/policies/proposed-60-days.toml",
        "ok: Proposed: 60 days, free return shipping (0 rules)",
    ),
    (
        "examples/policies/routed-returns.toml",
        "ok: Routed returns (4 rules)",
    ),
];

#[test]
fn every_sample_policy_passes() {
    for (file, ok) in SAMPLES {
        let (code, out, err) = returnkit(&["policy", "check", file]);
        assert_eq!(code, 0, "{file}: {out}{err}");
        assert_eq!(out.trim(), *ok);
        let (code, out, _) = returnkit(&["policy", "check", "--json", file]);
        assert_eq!(code, 0, "{file}: {out}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v, serde_json::json!({"ok": true, "errors": []}));
        // Written as its `serde_json::Value` writes it, byte for byte.
        assert_eq!(out, format!("{v}\n"));
    }
}

#[test]
fn every_shipped_policy_is_a_sample_here() {
    let mut shipped: Vec<String> = std::fs::read_dir(root().join("examples/policies"))
        .unwrap()
        .map(|e| {
            format!(
                "examples/policies/{}",
                e.unwrap().file_name().to_str().unwrap()
            )
        })
        .collect();
    shipped.sort();
    let mut tested: Vec<String> = SAMPLES.iter().map(|(f, _)| f.to_string()).collect();
    tested.sort();
    assert_eq!(shipped, tested);
}

/// A policy with eight problems; each is reported with its exact field path, in order.
const BAD: &str = r#"{
  "name": "",
  "timezone": "Mars/Olympus",
  "window": {"days": -1},
  "fees": {"restocking": {"type": "percent", "percent": 150}},
  "rules": [
    {"id": "r", "when": {"days_since_delivery": {"at_least": -3}}, "then": ["waive_fees"]},
    {"id": "r", "when": {"reason": ["nope"]}, "then": []}
  ]
}"#;

const BAD_FIELDS: &[&str] = &[
    "policy.name",
    "policy.timezone",
    "policy.window.days",
    "policy.fees.restocking.percent",
    "policy.rules[0].when.days_since_delivery.at_least",
    "policy.rules[1].id",
    "policy.rules[1].when.reason[0]",
    "policy.rules[1].then",
];

#[test]
fn a_bad_policy_lists_every_problem_with_its_field() {
    let dir = temp_dir("bad-policy");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, BAD).unwrap();
    let (code, out, _) = returnkit(&["policy", "check", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    let fields: Vec<&str> = lines
        .iter()
        .map(|l| l.split_once(": ").unwrap().0)
        .collect();
    assert_eq!(fields, BAD_FIELDS, "{out}");
    assert_eq!(
        lines[2],
        "policy.window.days: days must not be negative, got -1"
    );
    assert_eq!(
        lines[3],
        "policy.fees.restocking.percent: a percent is from 0 to 100, got 150"
    );
    assert_eq!(
        lines[6],
        "policy.rules[1].when.reason[0]: `nope` is neither a standard reason nor defined in `reasons`"
    );

    let (code, out, _) = returnkit(&["policy", "check", "--json", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(out, format!("{v}\n"));
    assert_eq!(v["ok"], false);
    let errors = v["errors"].as_array().unwrap();
    let fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, BAD_FIELDS);
    for e in errors {
        assert_eq!(e["code"], 2001);
        assert_eq!(e["kind"], "invalid_policy");
        assert!(e["message"]
            .as_str()
            .unwrap()
            .starts_with(e["field"].as_str().unwrap()));
    }
}

#[test]
fn parse_errors_name_the_field_in_json_and_toml() {
    let dir = temp_dir("parse-errors");
    let json = dir.join("typo.json");
    std::fs::write(
        &json,
        r#"{"name": "x", "window": {"days": 30, "form": "order"}}"#,
    )
    .unwrap();
    let (code, out, _) = returnkit(&["policy", "check", json.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("policy.window.form: unknown field `form`"),
        "{out}"
    );

    let toml = dir.join("typed.toml");
    std::fs::write(&toml, "name = \"x\"\n[window]\ndays = \"thirty\"\n").unwrap();
    let (code, out, _) = returnkit(&["policy", "check", toml.to_str().unwrap()]);
    assert_eq!(code, 1);
    // One line: the position and the message, without TOML's quote of the text.
    assert_eq!(
        out,
        "policy.window.days: TOML parse error at line 3, column 8: invalid type: string \"thirty\", expected a whole number\n"
    );
    let (code, out, _) = returnkit(&["policy", "check", "--json", toml.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(out, format!("{v}\n"));
    assert_eq!(v["ok"], false);
    assert_eq!(v["errors"][0]["field"], "policy.window.days");
    assert_eq!(v["errors"][0]["kind"], "parse");
    assert_eq!(v["errors"][0]["code"], 1001);

    let broken = dir.join("broken.toml");
    std::fs::write(&broken, "name = \"x\"\n[window\ndays = 30\n").unwrap();
    let (code, out, _) = returnkit(&["policy", "check", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("policy: TOML parse error at line 2"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");

    let (code, _, err) = returnkit(&["policy", "check", "nope.toml"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope.toml"), "{err}");
}

#[test]
fn a_bad_policy_stops_decide_and_batch() {
    let dir = temp_dir("bad-policy-stops");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, BAD).unwrap();
    let (code, out, err) = returnkit(&[
        "batch",
        "--policy",
        bad.to_str().unwrap(),
        "examples/batch/requests.jsonl",
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), BAD_FIELDS.len(), "{err}");
    assert!(err.contains("bad.json: policy.rules[1].then: a rule needs at least one action"));
    let (code, out, _) = returnkit(&[
        "decide",
        "--policy",
        bad.to_str().unwrap(),
        "--order",
        "examples/data/order.json",
        "--request",
        "examples/data/request.json",
        "--json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["field"], "policy.name");
    assert_eq!(v["errors"].as_array().unwrap().len(), BAD_FIELDS.len());
}

#[test]
fn prints_the_json_schema_of_the_policy_document() {
    let (code, out, _) = returnkit(&["policy", "schema"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["title"], "PolicyDocument");
    assert_eq!(v["type"], "object");
    let required: Vec<&str> = v["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(required, ["name", "window"]);
    assert!(v["properties"]["rules"].is_object());
    assert!(out.contains("\n  \""), "pretty-printed");
}

#[test]
fn explains_a_policy_in_plain_language() {
    let (code, out, err) = returnkit(&["policy", "explain", "examples/policies/free-returns.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Free 30-day returns\n"), "{out}");
    assert!(out.contains("30 days of delivery"), "{out}");
    assert!(out.lines().count() > 3, "{out}");
    // TOML policies too; the EU shop's summary cites the statutory withdrawal period.
    let (code, out, _) = returnkit(&["policy", "explain", "examples/policies/eu-shop.json"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("EU shop returns\n"), "{out}");
    assert!(out.contains("14 days"), "{out}");
    let (code, out, _) = returnkit(&["policy", "explain", "examples/policies/holiday.toml"]);
    assert_eq!(code, 0);
    assert!(out.contains("2027-01-31"), "{out}");
}

/// `--locale` writes the summary in the customer's language, matched as a decide request's
/// `locale` is: the shared fixtures' policies give the fixtures' exact text.
#[test]
fn explains_a_policy_in_the_locale_asked_for() {
    let dir = std::env::temp_dir().join(format!("rk-summary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in [
        "de-at-everything",
        "ru-plural-forms",
        "fallback-without-catalog",
    ] {
        let path = format!("tests/fixtures/policy-summary/{name}.json");
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../..")
                .join(&path),
        )
        .unwrap();
        let fixture: serde_json::Value = serde_json::from_str(&text).unwrap();
        let policy = dir.join(format!("{name}.json"));
        std::fs::write(&policy, fixture["policy"].to_string()).unwrap();
        let locale = fixture["locale"].as_str().unwrap();
        let policy = policy.to_string_lossy().to_string();
        let (code, out, err) = returnkit(&["policy", "explain", "--locale", locale, &policy]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            format!("{}\n", out.trim_end()),
            fixture["expected"].as_str().unwrap(),
            "{name}"
        );
    }
    let (code, _, err) = returnkit(&[
        "policy",
        "explain",
        "--jsonld",
        "--locale",
        "de",
        "examples/policies/free-returns.json",
    ]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explains_every_sample_as_schema_org_json_ld() {
    for (file, _) in SAMPLES {
        let (code, out, err) = returnkit(&["policy", "explain", "--jsonld", file]);
        assert_eq!(code, 0, "{file}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["@context"], "https://schema.org", "{file}");
        assert_eq!(v["@type"], "MerchantReturnPolicy", "{file}");
        assert!(v["name"].is_string(), "{file}");
    }
    let (_, out, _) = returnkit(&[
        "policy",
        "explain",
        "--jsonld",
        "examples/policies/free-returns.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["name"], "Free 30-day returns");
    assert_eq!(v["merchantReturnDays"], 30);
    assert_eq!(v["returnFees"], "https://schema.org/FreeReturn");
}

#[test]
fn explaining_a_bad_policy_fails_with_its_problems() {
    let dir = temp_dir("explain-bad");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, BAD).unwrap();
    let (code, out, err) = returnkit(&["policy", "explain", "--jsonld", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), BAD_FIELDS.len(), "{err}");
}
