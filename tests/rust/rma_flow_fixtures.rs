//! The RMA flows in `tests/fixtures/rma/*.json` (every file there with `commands`): a
//! `submit` command, then commands applied in turn, each at the version the previous answer
//! left. `expected` is a subset of the last answer (`{"document", "events"}`);
//! `expected_error` a subset of the error the last command gives, every earlier one having
//! succeeded. The C, PHP, WASM and Python bindings run the same files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::wire::{rma_apply, rma_submit};
use serde_json::Value;
use support::fixtures::{check_outcome, fixtures, subset};

/// Runs one flow: its last answer, or the error of its last command.
fn run(flow: &Value) -> Result<Value, Value> {
    let commands = flow["commands"].as_array().unwrap();
    let parse = |text: String| -> Value { serde_json::from_str(&text).unwrap() };
    let first = commands.first().unwrap().to_string();
    let mut answer = parse(rma_submit(&first).map_err(|e| e.to_json())?);
    for (k, command) in commands.iter().enumerate().skip(1) {
        let document = answer["document"].to_string();
        match rma_apply(&document, &command.to_string()) {
            Ok(text) => answer = parse(text),
            Err(e) if k + 1 == commands.len() => return Err(e.to_json()),
            Err(e) => panic!("command {k} failed: {}", e.to_json()),
        }
    }
    Ok(answer)
}

#[test]
fn every_flow_gives_its_expected_result() {
    let flows: Vec<_> = fixtures("rma")
        .into_iter()
        .filter(|(_, f)| f.get("commands").is_some())
        .collect();
    assert!(flows.len() >= 3, "flows missing: found {}", flows.len());
    let mut failures = Vec::new();
    for (name, flow) in &flows {
        if let Err(why) = check_outcome(flow, &run(flow), "an answer", subset) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
