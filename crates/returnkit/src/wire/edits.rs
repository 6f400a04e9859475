//! Documents edited at random, for the tests that hold each one-pass reader to the reading in
//! parts it stands in for: the same value, or the same error with the same field.

use std::fmt::Debug;

use serde_json::{json, Value};

use crate::Result;

/// How many kinds of edit [`edited`] makes.
const KINDS: usize = 9;

/// Every single edit of `value`: each kind of edit at each place.
pub(crate) fn every_edit(value: &Value) -> impl Iterator<Item = String> + '_ {
    let mut all = Vec::new();
    places(value, String::new(), &mut all);
    (0..all.len() * KINDS).map(move |i| edited(value, i / KINDS, i % KINDS).to_string())
}

/// Every place in `value` (JSON pointers), the root first.
fn places(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (name, v) in members {
                places(v, format!("{at}/{name}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                places(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// `value` with one edit at the place numbered `at` (modulo the places): its value replaced
/// by another of another kind, a number changed, or the member removed or joined by one
/// that no document has.
fn edited(value: &Value, at: usize, kind: usize) -> Value {
    let mut all = Vec::new();
    places(value, String::new(), &mut all);
    let place = &all[at % all.len()];
    let mut out = value.clone();
    let Some(target) = out.pointer_mut(place) else {
        return out;
    };
    match kind % KINDS {
        0 => *target = Value::Null,
        1 => *target = json!(1),
        2 => *target = json!("x"),
        3 => *target = json!({}),
        4 => *target = json!([]),
        5 => {
            let changed = match &*target {
                Value::Number(n) => json!(n.as_u64().map_or(2, |n| n + 1)),
                Value::String(s) => json!(format!("{s}1")),
                Value::Bool(b) => json!(!*b),
                other => other.clone(),
            };
            *target = changed;
        }
        6 => {
            if let Value::Object(members) = target {
                members.insert("unknown".into(), json!(1));
            }
        }
        _ => {
            // The member or element removed, from its parent.
            let (parent, last) = place.rsplit_once('/').unwrap_or(("", ""));
            match out.pointer_mut(parent) {
                Some(Value::Object(members)) => {
                    members.remove(last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        items.remove(i);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Reads every single edit of each of `samples` with `one_pass` and with `in_parts`, and
/// asserts that both give the same value, or the same error; returns how many edits read and
/// how many were refused.
pub(crate) fn read_every_edit<T: PartialEq + Debug>(
    samples: &[String],
    one_pass: impl Fn(&str) -> Result<T>,
    in_parts: impl Fn(&str) -> Result<T>,
) -> (usize, usize) {
    let (mut same, mut errors) = (0, 0);
    for text in samples {
        let parsed = serde_json::from_str::<Value>(text);
        assert!(parsed.is_ok(), "every sample is JSON: {text}");
        let Ok(value) = parsed else { continue };
        for edited in every_edit(&value) {
            match (one_pass(&edited), in_parts(&edited)) {
                (Ok(one), Ok(parts)) => {
                    assert_eq!(one, parts, "{edited}");
                    same += 1;
                }
                (Err(one), Err(parts)) => {
                    assert_eq!(one.to_string(), parts.to_string(), "{edited}");
                    errors += 1;
                }
                (one, parts) => assert_eq!(one.is_ok(), parts.is_ok(), "{edited}"),
            }
        }
    }
    eprintln!("{same} read, {errors} refused");
    (same, errors)
}
