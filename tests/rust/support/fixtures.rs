//! The JSON fixtures under `tests/fixtures/` (at the workspace root), shared with the C, PHP
//! and WASM bindings, and the subset match their `expected` answers are checked with.

use std::path::PathBuf;

use serde_json::Value;

use super::workspace_root;

/// `tests/fixtures/<kind>`.
pub fn fixtures_dir(kind: &str) -> PathBuf {
    workspace_root().join("tests/fixtures").join(kind)
}

/// The fixture `tests/fixtures/<kind>/<name>.json`.
pub fn fixture(kind: &str, name: &str) -> Value {
    let path = fixtures_dir(kind).join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every fixture of a kind, with its name, sorted by name.
pub fn fixtures(kind: &str) -> Vec<(String, Value)> {
    let mut paths: Vec<_> = std::fs::read_dir(fixtures_dir(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(path).unwrap();
            let value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name}: not valid JSON: {e}"));
            (name, value)
        })
        .collect()
}

/// Checks a fixture's outcome (an answer, or an error as JSON) against the fixture's
/// `expected` answer or its `expected_error`, whichever it has (it must have exactly one), with
/// `matches` ([`subset`] or [`subset_or_absent`]). `what` names the answer: "a quote".
pub fn check_outcome(
    fixture: &Value,
    outcome: &Result<Value, Value>,
    what: &str,
    matches: fn(&Value, &Value, &str) -> Result<(), String>,
) -> Result<(), String> {
    match (
        fixture.get("expected"),
        fixture.get("expected_error"),
        outcome,
    ) {
        (Some(e), None, Ok(answer)) => matches(e, answer, ""),
        (None, Some(e), Err(err)) => matches(e, err, "error"),
        (Some(_), None, Err(err)) => Err(format!("expected {what}, got error {err}")),
        (None, Some(_), Ok(_)) => Err(format!("expected an error, got {what}")),
        _ => Err("a fixture needs exactly one of expected and expected_error".into()),
    }
}

/// Checks that `expected` is contained in `actual`: every key it names must be in `actual`
/// with the same value, and arrays must have the same length, element by element. Returns the
/// path of the first mismatch.
pub fn subset(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    contained(expected, actual, path, false)
}

/// [`subset`], but an expected `null` also matches an absent key.
pub fn subset_or_absent(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    contained(expected, actual, path, true)
}

fn contained(
    expected: &Value,
    actual: &Value,
    path: &str,
    null_is_absent: bool,
) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => contained(ev, av, &format!("{path}.{k}"), null_is_absent)?,
                    None if null_is_absent && ev.is_null() => {}
                    None => return Err(format!("{path}.{k}: missing")),
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{path}: {} elements expected, got {}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                contained(ev, av, &format!("{path}[{i}]"), null_is_absent)?;
            }
            Ok(())
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}
