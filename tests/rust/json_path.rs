//! Parse errors name the same field as serde_path_to_error would, which tracks the path while
//! deserializing. returnkit works the path out from the error's position instead (see
//! `src/wire/path.rs`); this checks the two agree on every fixture document, broken in every
//! way a member can be: a wrong type for each value, each member removed, an unknown member in
//! each object, and cut short at each member.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::decision::ReturnRequest;
use returnkit::label::RateCard;
use returnkit::policy::PolicyDocument;
use returnkit::rma::{Command, Event};
use returnkit::{from_json, Order, RefundRequest};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What serde_path_to_error names for `text`, and its message, reading as the wire format
/// does (a struct from an object only).
/// Syntax errors (text cut short, a stray bracket) are left out of the path check: the
/// reference names an unknown segment (`?`) where the text ends mid-object.
fn reference<T: DeserializeOwned>(text: &str) -> Option<(Option<String>, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(returnkit::wire::reader::Strict(de)) {
        Ok(_) => None,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let data = inner.classify() == serde_json::error::Category::Data;
            Some((data.then_some(path), inner.to_string()))
        }
    }
}

/// Every way of breaking `doc` by one member, as text (compact and pretty).
fn broken(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut paths = Vec::new();
    collect(doc, &mut Vec::new(), &mut paths);
    for path in paths {
        for replacement in [
            Value::from("x"),
            Value::from(7),
            Value::from(-1.5),
            Value::Bool(true),
            Value::Null,
            Value::Array(vec![]),
            serde_json::json!({"zz": 1}),
        ] {
            let mut d = doc.clone();
            *d.pointer_mut(&path).unwrap() = replacement;
            out.push(d.to_string());
        }
        let mut d = doc.clone();
        remove(&mut d, &path);
        out.push(d.to_string());
        out.push(serde_json::to_string_pretty(&d).unwrap());
    }
    // An unknown member in each object.
    let mut objects = Vec::new();
    collect_objects(doc, String::new(), &mut objects);
    for path in objects {
        let mut d = doc.clone();
        if let Some(Value::Object(m)) = d.pointer_mut(&path) {
            m.insert("zz_unknown".into(), Value::from(1));
        }
        out.push(d.to_string());
    }
    // Cut short, and a syntax error, after each comma.
    let text = serde_json::to_string_pretty(doc).unwrap();
    for (i, _) in text.match_indices(',').step_by(7) {
        out.push(text[..i].to_string());
        out.push(format!("{}, ]{}", &text[..i], &text[i..]));
    }
    out
}

fn collect(v: &Value, at: &mut Vec<String>, out: &mut Vec<String>) {
    let pointer = |at: &Vec<String>| at.iter().map(|s| format!("/{s}")).collect::<String>();
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(k.replace('~', "~0").replace('/', "~1"));
                out.push(pointer(at));
                collect(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(i.to_string());
                out.push(pointer(at));
                collect(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn collect_objects(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            out.push(at.clone());
            for (k, child) in m {
                collect_objects(child, format!("{at}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                collect_objects(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    match doc.pointer_mut(parent).unwrap() {
        Value::Object(m) => {
            m.remove(last);
        }
        Value::Array(a) => {
            a.remove(last.parse().unwrap());
        }
        _ => unreachable!(),
    }
}

/// Checks every broken variant of `doc` as `T`; returns how many failed to parse.
fn agree<T: DeserializeOwned + std::fmt::Debug>(doc: &Value, what: &str) -> usize {
    let mut errors = 0;
    for text in broken(doc) {
        let Some((path, message)) = reference::<T>(&text) else {
            assert!(from_json::<T>(&text).is_ok(), "{what}: {text}");
            continue;
        };
        errors += 1;
        let err = from_json::<T>(&text).expect_err(&text);
        if let Some(path) = path {
            assert_eq!(err.field(), path, "{what}: {message}\n{text}");
        }
        // serde's message, in the wire format's words.
        let message = returnkit::wire::reader::human(&message);
        assert!(
            err.to_string().contains(&message),
            "{what}: {err} / {message}"
        );
    }
    errors
}

fn fixtures(kind: &str) -> Vec<Value> {
    support::fixtures::fixtures(kind)
        .into_iter()
        .map(|(_, fixture)| fixture)
        .collect()
}

#[test]
fn orders_and_refund_requests() {
    let mut errors = 0;
    for f in fixtures("refund").iter().step_by(3) {
        errors += agree::<Order>(&f["order"], "order");
        errors += agree::<RefundRequest>(&f["request"], "refund request");
    }
    assert!(errors > 1000, "{errors}");
}

#[test]
fn policies_and_return_requests() {
    let mut errors = 0;
    for f in fixtures("decide").iter().step_by(4) {
        errors += agree::<PolicyDocument>(&f["policy"], "policy");
        errors += agree::<ReturnRequest>(&f["request"], "return request");
    }
    assert!(errors > 1000, "{errors}");
}

#[test]
fn rate_cards() {
    let mut errors = 0;
    let root = support::workspace_root().join("examples/rates");
    for name in ["us-ground.json", "eu-retoure.json"] {
        let text = std::fs::read_to_string(root.join(name)).unwrap();
        errors += agree::<RateCard>(&serde_json::from_str(&text).unwrap(), name);
    }
    assert!(errors > 100, "{errors}");
}

#[test]
fn rma_commands_and_events() {
    // A command's action and an event's change are members of their own, read in place:
    // errors inside them name their real path (`action.inspect_items.lines[0].condition`).
    let doc: Value = serde_json::json!({
        "expected_version": 3, "idempotency_key": "k", "actor": "warehouse",
        "at": "2026-11-12T08:00:00Z", "action": {"inspect_items": {
        "lines": [{"line_id": "A", "accepted": 1, "condition": "used", "disposition": "restock"}]}}
    });
    let mut errors = agree::<Command>(&doc, "command");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/rma/v2");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.contains("snapshot"))
        .collect();
    names.sort();
    for name in names.iter().filter(|n| n.ends_with(".command.json")) {
        let text = std::fs::read_to_string(root.join(name)).unwrap();
        errors += agree::<Command>(&serde_json::from_str(&text).unwrap(), name);
    }
    let text = std::fs::read_to_string(root.join("refund-issued.answer.json")).unwrap();
    let answer: Value = serde_json::from_str(&text).unwrap();
    for event in answer["document"]["events"].as_array().unwrap() {
        errors += agree::<Event>(event, "event");
    }
    assert!(errors > 1000, "{errors}");
}
