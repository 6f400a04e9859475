//! The TypeScript declarations say what the engine really reads and writes. They are made from
//! the JSON Schemas of the core's wire types (`returnkit_wasm::typegen::definitions`), so every
//! shared fixture input the core accepts, and every answer the engine gives for them, must
//! validate against the schema of its declared type. Objects are checked closed: a key the
//! engine writes that no declaration names fails, as a missing required key does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use returnkit::wire;
use serde_json::{json, Map, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The rate cards a fixture's `cards` names, as one JSON array ("" when it names none).
fn cards_of(f: &Value) -> String {
    let Some(paths) = f.get("cards").and_then(Value::as_array) else {
        return String::new();
    };
    let cards: Vec<Value> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(root().join(p.as_str().unwrap())).unwrap();
            serde_json::from_str(&text).unwrap()
        })
        .collect();
    Value::from(cards).to_string()
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

/// A validator for the JSON Schema that schemars writes, as far as the declarations use it:
/// `$ref`, `type`, `const`, `enum`, `properties`, `required`, `additionalProperties`,
/// `items`, `prefixItems`, `oneOf`, `anyOf`, `allOf`. Patterns and formats are not checked.
struct Schemas {
    defs: Map<String, Value>,
}

impl Schemas {
    fn new() -> Schemas {
        Schemas {
            defs: returnkit_wasm::typegen::definitions(),
        }
    }

    /// Checks `value` against the declared type `name`, closed.
    fn check(&self, name: &str, value: &Value, what: &str) {
        let schema = json!({ "$ref": format!("#/$defs/{name}") });
        if let Err(e) = self.closed(value, &schema, "") {
            panic!("{what}: not a `{name}`: {e}\n{value}");
        }
    }

    /// `value` against `schema`, with every key of an object named by the schema.
    fn closed(&self, value: &Value, schema: &Value, path: &str) -> Result<(), String> {
        let named = self.open(value, schema, path)?;
        if let Value::Object(object) = value {
            if let Some(key) = object.keys().find(|k| !named.contains(k.as_str())) {
                return Err(format!("{path}.{key}: not declared"));
            }
        }
        Ok(())
    }

    /// `value` against `schema`; the keys of an object the schema names, for the caller to
    /// check closed once every part of a composed schema has named its own.
    fn open(&self, value: &Value, schema: &Value, path: &str) -> Result<BTreeSet<String>, String> {
        let mut named = BTreeSet::new();
        let schema = match schema {
            Value::Bool(true) => return Ok(value_keys(value)),
            Value::Object(s) => s,
            _ => return Err(format!("{path}: nothing is allowed here")),
        };
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or(reference);
            let target = self
                .defs
                .get(name)
                .ok_or_else(|| format!("{path}: no declaration `{name}`"))?;
            named.extend(self.open(value, target, path)?);
        }
        if let Some(c) = schema.get("const") {
            if value != c {
                return Err(format!("{path}: {value} is not {c}"));
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if !values.contains(value) {
                return Err(format!("{path}: {value} is not one of {values:?}"));
            }
        }
        if let Some(t) = schema.get("type") {
            let kinds: Vec<&str> = match t {
                Value::String(k) => vec![k.as_str()],
                Value::Array(ks) => ks.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if !kinds.iter().any(|k| is_kind(value, k)) {
                return Err(format!("{path}: {value} is not of type {t}"));
            }
        }
        if let Value::Object(object) = value {
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, property) in properties.into_iter().flatten() {
                named.insert(key.clone());
                if let Some(v) = object.get(key) {
                    self.closed(v, property, &format!("{path}.{key}"))?;
                }
            }
            let required = schema.get("required").and_then(Value::as_array);
            for key in required.into_iter().flatten().filter_map(Value::as_str) {
                if !object.contains_key(key) {
                    return Err(format!("{path}.{key}: required, missing"));
                }
            }
            match schema.get("additionalProperties") {
                None | Some(Value::Bool(false)) => {}
                Some(extra) => {
                    for (key, v) in object.iter().filter(|(k, _)| !named.contains(*k)) {
                        self.closed(v, extra, &format!("{path}.{key}"))?;
                    }
                    named.extend(object.keys().cloned());
                }
            }
        }
        if let Value::Array(items) = value {
            let prefix = schema.get("prefixItems").and_then(Value::as_array);
            let first = prefix.map_or(0, Vec::len);
            for (i, (item, s)) in items.iter().zip(prefix.into_iter().flatten()).enumerate() {
                self.closed(item, s, &format!("{path}[{i}]"))?;
            }
            if let Some(s) = schema.get("items") {
                for (i, item) in items.iter().enumerate().skip(first) {
                    self.closed(item, s, &format!("{path}[{i}]"))?;
                }
            }
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                named.extend(self.open(value, s, path)?);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(variants) = schema.get(key).and_then(Value::as_array) {
                let mut errors = Vec::new();
                let mut matched = false;
                for s in variants {
                    // A variant that names fewer keys than the value has is no match.
                    match self.open(value, s, path) {
                        Ok(keys) if keys_named(value, &named, &keys) => {
                            named.extend(keys);
                            matched = true;
                        }
                        Ok(_) => errors.push(format!("{path}: a key is not declared")),
                        Err(e) => errors.push(e),
                    }
                }
                if !matched {
                    return Err(format!("{path}: no variant matches: {errors:?}"));
                }
            }
        }
        Ok(named)
    }
}

fn value_keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

/// Whether the keys `a` and `b` name together cover every key of `value`.
fn keys_named(value: &Value, a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    value_keys(value)
        .iter()
        .all(|k| a.contains(k) || b.contains(k))
}

fn is_kind(value: &Value, kind: &str) -> bool {
    match kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// An input fixture the core accepts is of the declared type.
fn input<T: serde::de::DeserializeOwned>(s: &Schemas, name: &str, v: &Value, what: &str) {
    if returnkit::wire::reader::from_str::<T>(&v.to_string()).is_ok() {
        s.check(name, v, what);
    }
}

/// An answer from `wire` (JSON text) is of the declared type.
fn output(s: &Schemas, name: &str, text: &str, what: &str) {
    s.check(name, &serde_json::from_str(text).unwrap(), what);
}

fn error(s: &Schemas, e: &returnkit::Error, what: &str) {
    s.check("ErrorRecord", &e.to_json(), what);
}

#[test]
fn refund_fixtures_and_quotes() {
    let s = Schemas::new();
    let all = fixtures("refund");
    assert!(all.len() >= 40);
    for (name, f) in &all {
        input::<returnkit::Order>(&s, "Order", &f["order"], name);
        input::<returnkit::RefundRequest>(&s, "RefundRequest", &f["request"], name);
        let envelope = json!({"order": f["order"], "request": f["request"]});
        match wire::quote(&envelope.to_string()) {
            Ok(answer) => {
                s.check("QuoteInput", &envelope, name);
                output(&s, "RefundQuote", &answer, name);
            }
            Err(e) => error(&s, &e, name),
        }
    }
}

#[test]
fn decision_fixtures_and_decisions() {
    let s = Schemas::new();
    let all = fixtures("decide");
    assert!(all.len() >= 80);
    for (name, f) in &all {
        input::<returnkit::Order>(&s, "Order", &f["order"], name);
        input::<returnkit::decision::ReturnRequest>(&s, "ReturnRequest", &f["request"], name);
        input::<returnkit::policy::PolicyDocument>(&s, "PolicyDocument", &f["policy"], name);
        let policy = match wire::compile_policy(&f["policy"].to_string(), "json", &cards_of(f)) {
            Ok(policy) => policy,
            Err(e) => {
                error(&s, &e, name);
                continue;
            }
        };
        let envelope = json!({"order": f["order"], "request": f["request"], "now": f["now"]});
        match wire::decide(&policy, &envelope.to_string()) {
            Ok(answer) => {
                s.check("DecideInput", &envelope, name);
                output(&s, "Decision", &answer, name);
            }
            Err(e) => error(&s, &e, name),
        }
    }
}

#[test]
fn label_fixtures_and_quotes() {
    let s = Schemas::new();
    for (name, f) in &fixtures("label") {
        input::<returnkit::label::LabelRequest>(&s, "LabelRequest", &f["request"], name);
        let cards = cards_of(f);
        for card in serde_json::from_str::<Vec<Value>>(&cards).unwrap() {
            s.check("RateCard", &card, name);
        }
        let policy = wire::compile_policy(
            r#"{"name": "labels", "window": {"days": 30}}"#,
            "json",
            &cards,
        )
        .unwrap();
        match wire::label_quote(&policy, &f["request"].to_string()) {
            Ok(answer) => output(&s, "LabelQuote", &answer, name),
            Err(e) => error(&s, &e, name),
        }
    }
}

#[test]
fn policy_checks() {
    let s = Schemas::new();
    for (name, f) in &fixtures("policy") {
        input::<returnkit::policy::PolicyDocument>(&s, "PolicyDocument", &f["policy"], name);
        let answer = wire::policy_check(&f["policy"].to_string(), "json").unwrap();
        output(&s, "PolicyCheck", &answer, name);
    }
}

#[test]
fn allocations() {
    let s = Schemas::new();
    let input = json!({"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]});
    wire::allocate(&input.to_string()).unwrap();
    s.check("AllocateInput", &input, "allocate");
}

/// The action of a command of `kind` for an RMA `document` whose first line is `line` of the
/// return request, and who may give it.
fn action(kind: &str, document: &Value, line: &Value) -> (Value, &'static str) {
    let units = json!([{"line_id": line["line_id"], "quantity": line["quantity"]}]);
    let due = document["rma"]["refund_due"].clone();
    let action = match kind {
        "request_info" => json!({"message": "a photo, please"}),
        "approve" => json!({"lines": units}),
        "reject" => json!({"code": "late", "message": "too late"}),
        "issue_label" => {
            json!({"parcel_id": "p1", "carrier": "C", "tracking": "T", "expires_on": "2027-01-01"})
        }
        "scan_in_transit" => json!({"parcel_id": "p1", "scan": "in_transit"}),
        "scan_delivered" => json!({"parcel_id": "p1", "scan": "delivered"}),
        "scan_lost" => json!({"parcel_id": "p1", "scan": "lost"}),
        "receive_items" => json!({
            "parcel_id": "p1", "lines": units, "extra": [{"description": "a sock", "quantity": 1}]
        }),
        // Both counts: `Inspection` is declared once, as events write it, where both are
        // always there (a command may leave either out).
        "inspect_items" => json!({"lines": [{
            "line_id": line["line_id"], "accepted": line["quantity"], "rejected": 0,
            "condition": "used", "disposition": "restock"
        }]}),
        "settle_lost_parcel" => json!({"parcel_id": "p1", "lines": units}),
        "record_refund" => json!({"amount": due, "reference": "re_1"}),
        "record_store_credit" => json!({"amount": due, "reference": "gc_1"}),
        "ship_exchange" => json!({"reference": "sh_1"}),
        "cancel" => json!({"reason": "changed my mind"}),
        _ => json!({}),
    };
    let (kind, actor) = match kind {
        k if k.starts_with("scan_") => ("record_carrier_scan", "carrier"),
        "tick" => ("tick", "system"),
        k => (k, "agent"),
    };
    let action = match kind {
        "close" | "tick" => json!(kind),
        _ => json!({ kind: action }),
    };
    (action, actor)
}

#[test]
fn rma_documents_commands_and_outcomes() {
    let s = Schemas::new();
    let sample = std::fs::read_to_string(root().join("tests/fixtures/rma/v2-sample.json")).unwrap();
    output(&s, "RmaDocument", &sample, "v2-sample");
    let ticked = wire::rma_tick(&sample, "2026-12-01T00:00:00Z", "tick-1").unwrap();
    output(&s, "RmaOutcome", &ticked, "tick");

    // Every decision fixture, submitted with every resolution it offers as the portal does,
    // then taken along each of these paths (a command the state refuses is an error record).
    let paths: [&[&str]; 7] = [
        &[
            "request_info",
            "approve",
            "issue_label",
            "scan_in_transit",
            "scan_delivered",
            "receive_items",
            "inspect_items",
            "record_refund",
            "close",
        ],
        &["reject"],
        &["approve", "cancel"],
        &["approve", "issue_label", "scan_lost", "settle_lost_parcel"],
        &["approve", "tick"],
        &[
            "approve",
            "issue_label",
            "receive_items",
            "inspect_items",
            "tick",
        ],
        &[
            "approve",
            "issue_label",
            "receive_items",
            "inspect_items",
            "record_store_credit",
            "ship_exchange",
        ],
    ];
    let mut events = BTreeSet::new();
    for (name, f) in &fixtures("decide") {
        let Ok(policy) = wire::compile_policy(&f["policy"].to_string(), "json", &cards_of(f))
        else {
            continue;
        };
        let envelope = json!({"order": f["order"], "request": f["request"], "now": f["now"]});
        let Ok(decision) = wire::decide(&policy, &envelope.to_string()) else {
            continue;
        };
        let decision: Value = serde_json::from_str(&decision).unwrap();
        let offers = decision["resolutions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for offer in &offers {
            let submit = json!({
                "expected_version": 0, "idempotency_key": "k1", "actor": "customer",
                "at": f["now"], "action": {"submit": {"rma_id": "r1", "sequence": 7,
                "order": f["order"], "decision": decision, "resolution": offer["resolution"],
                "timezone": "UTC"}}
            });
            s.check("Command", &submit, name);
            let opened = match wire::rma_submit(&submit.to_string()) {
                Ok(opened) => opened,
                Err(e) => {
                    error(&s, &e, name);
                    continue;
                }
            };
            output(&s, "RmaOutcome", &opened, name);
            let opened: Value = serde_json::from_str(&opened).unwrap();
            for path in paths {
                let mut document = opened["document"].clone();
                for (i, kind) in path.iter().enumerate() {
                    let (action, actor) = action(kind, &document, &f["request"]["lines"][0]);
                    let at = if *kind == "tick" {
                        "2030-01-01T00:00:00Z"
                    } else {
                        "2026-11-20T00:00:00Z"
                    };
                    let command = json!({
                        "expected_version": document["rma"]["version"],
                        "idempotency_key": format!("c{i}"), "actor": actor, "at": at,
                        "action": action
                    });
                    let what = format!("{name}: {kind}");
                    s.check("Command", &command, &what);
                    match wire::rma_apply(&document.to_string(), &command.to_string()) {
                        Ok(answer) => {
                            output(&s, "RmaOutcome", &answer, &what);
                            let answer: Value = serde_json::from_str(&answer).unwrap();
                            for event in answer["events"].as_array().unwrap() {
                                let name = match &event["event"] {
                                    Value::String(name) => name.clone(),
                                    change => change.as_object().unwrap().keys().cloned().collect(),
                                };
                                events.insert(name);
                            }
                            document = answer["document"].clone();
                        }
                        Err(e) => error(&s, &e, &what),
                    }
                }
            }
        }
    }
    // Every kind of event but the submission (checked in each submit's outcome) came out.
    let expected = [
        "approved",
        "rejected",
        "info_requested",
        "label_issued",
        "carrier_scanned",
        "items_received",
        "items_inspected",
        "lost_parcel_settled",
        "refund_recorded",
        "store_credit_recorded",
        "exchange_shipped",
        "cancelled",
        "closed",
        "expired",
        "refund_deadline_flagged",
    ];
    let missing: Vec<_> = expected.iter().filter(|e| !events.contains(**e)).collect();
    assert!(missing.is_empty(), "no {missing:?} events");
}

#[test]
fn simulations() {
    // The shared fixture's answer, and a simulation with changed and failed records whose ids
    // are of every JSON kind.
    let s = Schemas::new();
    let answer =
        std::fs::read_to_string(root().join("tests/fixtures/simulate/sample.answer.json")).unwrap();
    output(&s, "Simulation", &answer, "sample");
    let history = std::fs::read_to_string(root().join("examples/simulate/history.jsonl")).unwrap();
    for (n, line) in history.lines().enumerate() {
        input::<wire::DecisionRecord>(
            &s,
            "DecisionRecord",
            &serde_json::from_str(line).unwrap(),
            &format!("history line {n}"),
        );
    }
    let compile = |days: u32| {
        returnkit::policy::Policy::from_json(&format!(
            r#"{{"name": "{days}", "window": {{"days": {days}}}}}"#
        ))
        .unwrap()
    };
    let order = std::fs::read_to_string(root().join("examples/data/order.json")).unwrap();
    let request = r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}"#;
    let records: Vec<String> = ["\"r1\"", "7", "null"]
        .iter()
        .map(|id| {
            format!(r#"{{"id": {id}, "order": {order}, "request": {request}, "now": "2026-12-20T18:00:00Z"}}"#)
                .replace('\n', " ")
        })
        .chain(["{\"id\": [1]}".to_string(), "{}".to_string()])
        .collect();
    let names = Some(r#"{"names": ["30 days", "a year"]}"#);
    let sim = wire::simulate(&compile(30), &compile(365), &records.join("\n"), names).unwrap();
    let value: Value = serde_json::from_str(&sim).unwrap();
    assert_eq!(value["top"].as_array().unwrap().len(), 3, "{sim}");
    assert_eq!(value["failed"].as_array().unwrap().len(), 2, "{sim}");
    output(&s, "Simulation", &sim, "changed and failed records");
    let merged = wire::simulate_merge(&format!("[{sim},{answer}]"));
    assert!(merged.is_err(), "other policies' simulations don't merge");
    error(&s, &merged.unwrap_err(), "merge");
}

#[test]
fn the_validator_refuses_what_the_declarations_do_not_say() {
    let s = Schemas::new();
    let defs = json!({"$ref": "#/$defs/ErrorRecord"});
    let record = json!({"code": 1001, "field": "", "kind": "parse", "message": "m"});
    assert!(s.closed(&record, &defs, "").is_ok());
    let mut extra = record.clone();
    extra["extra"] = json!(1);
    assert!(s.closed(&extra, &defs, "").is_err());
    let mut missing = record.clone();
    missing.as_object_mut().unwrap().remove("kind");
    assert!(s.closed(&missing, &defs, "").is_err());
    let mut wrong = record;
    wrong["code"] = json!("1001");
    assert!(s.closed(&wrong, &defs, "").is_err());
    // An amount must be a decimal string, and a command must have a known action.
    let tax = json!({"$ref": "#/$defs/TaxShare"});
    assert!(s
        .closed(&json!({"rate": "0.2", "amount": "1.00"}), &tax, "")
        .is_ok());
    assert!(s
        .closed(&json!({"rate": "0.2", "amount": 1}), &tax, "")
        .is_err());
    let command = json!({"$ref": "#/$defs/Command"});
    let base = json!({"expected_version": 1, "idempotency_key": "k", "actor": "agent", "at": "2026-11-20T00:00:00Z"});
    let mut close = base.clone();
    close["action"] = json!("close");
    assert!(s.closed(&close, &command, "").is_ok());
    let mut cancel = base.clone();
    cancel["action"] = json!({"cancel": {"reason": "r"}});
    assert!(s.closed(&cancel, &command, "").is_ok());
    let mut unknown = base.clone();
    unknown["action"] = json!({"teleport": {}});
    assert!(s.closed(&unknown, &command, "").is_err());
    // The version 1 shape is not a command.
    let mut flat = base;
    flat["type"] = json!("close");
    assert!(s.closed(&flat, &command, "").is_err());
}

#[test]
fn the_api_types_are_declared() {
    // build.sh writes the declarations into pkg/; this checks the generator runs and covers
    // the types index.d.ts names.
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
        "Simulation",
        "DecisionRecord",
        "AllocateInput",
        "QuoteInput",
        "DecideInput",
        "Decimal",
        "Timestamp",
        "IsoDate",
    ] {
        assert!(
            d.contains(&format!("export interface {name} "))
                || d.contains(&format!("export type {name} = ")),
            "{name} is declared"
        );
    }
}
