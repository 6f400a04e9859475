//! Runs the `returnkit` binary as a user would.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn returnkit(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_returnkit"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn quotes_the_sample_as_a_table() {
    let (code, out, _) = returnkit(&[
        "quote",
        "--order",
        "examples/data/order.json",
        "--request",
        "examples/data/request.json",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("Refund: 89.61 USD"), "{out}");
    assert!(out.contains("to gift-1 (gift card): 50.00"), "{out}");
    assert!(out.contains("return label fee 5.95"), "{out}");
}

#[test]
fn quotes_the_sample_as_json() {
    let (code, out, _) = returnkit(&[
        "quote",
        "--order",
        "examples/data/order.json",
        "--request",
        "examples/data/request.json",
        "--json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["totals"]["refund"], "89.61");
    assert_eq!(v["lines"][0]["tax"], "5.81");
}

#[test]
fn bad_input_names_the_file_and_field() {
    let dir = std::env::temp_dir().join(format!("returnkit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let request = dir.join("request.json");
    std::fs::write(&request, r#"{"lines": [{"line_id": "l1", "quantity": 5}]}"#).unwrap();
    let (code, _, err) = returnkit(&[
        "quote",
        "--order",
        "examples/data/order.json",
        "--request",
        request.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("lines[0].quantity: 5 units asked for, but only 2 can be"),
        "{err}"
    );
    let (code, out, _) = returnkit(&[
        "quote",
        "--order",
        "examples/data/order.json",
        "--request",
        request.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], 1007);
    assert_eq!(v["error"]["field"], "lines[0].quantity");
    let (code, _, err) = returnkit(&["quote", "--order", "nope.json", "--request", "nope.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope.json"), "{err}");
}
