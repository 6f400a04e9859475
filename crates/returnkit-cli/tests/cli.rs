//! Runs the `returnkit` binary as a user would.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{returnkit, returnkit_with_input, temp_dir};

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
    let dir = temp_dir("bad-input");
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
        err.contains(
            "request.json: request.lines[0].quantity: 5 units asked for, but only 2 can be"
        ),
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
    assert_eq!(v["error"]["field"], "request.lines[0].quantity");
    let (code, _, err) = returnkit(&["quote", "--order", "nope.json", "--request", "nope.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope.json"), "{err}");
}

/// An error in the order names the order's file and the field in the order, not the request.
#[test]
fn a_bad_order_line_names_the_order_file() {
    let dir = temp_dir("bad-order");
    let mut order = common::sample_order();
    order["lines"][1]["quantity"] = 0.into();
    let order_file = dir.join("order.json");
    std::fs::write(&order_file, order.to_string()).unwrap();
    let (code, _, err) = returnkit(&[
        "quote",
        "--order",
        order_file.to_str().unwrap(),
        "--request",
        "examples/data/request.json",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("order.json: order.lines[1].quantity: quantity must be at least 1, got 0"),
        "{err}"
    );
    // A parse error in either file names its document, and the document itself when the
    // whole text is malformed.
    let request_file = dir.join("request.json");
    std::fs::write(&request_file, "[").unwrap();
    let (code, out, _) = returnkit(&[
        "quote",
        "--order",
        "examples/data/order.json",
        "--request",
        request_file.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["field"], "request");
    assert_eq!(v["error"]["code"], 1001);
    assert!(v["error"]["file"]
        .as_str()
        .unwrap()
        .ends_with("request.json"));
}

#[test]
fn quote_reads_one_document_from_standard_input() {
    let order = std::fs::read(common::root().join("examples/data/order.json")).unwrap();
    let request = std::fs::read(common::root().join("examples/data/request.json")).unwrap();
    for (args, input) in [
        (
            ["--order", "-", "--request", "examples/data/request.json"],
            &order,
        ),
        (
            ["--order", "examples/data/order.json", "--request", "-"],
            &request,
        ),
    ] {
        let (code, out, err) =
            returnkit_with_input(&[&["quote"], &args[..], &["--json"]].concat(), Some(input));
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["totals"]["refund"], "89.61");
    }
    // Bad input from standard input is named as such.
    let (code, _, err) = returnkit_with_input(
        &[
            "quote",
            "--order",
            "examples/data/order.json",
            "--request",
            "-",
        ],
        Some(br#"{"lines": [{"line_id": "l1", "quantity": 5}]}"#),
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: standard input: request.lines[0].quantity: 5 units asked for"),
        "{err}"
    );
    // Standard input holds one document: two `-` are a usage error.
    let (code, out, err) =
        returnkit_with_input(&["quote", "--order", "-", "--request", "-"], Some(&order));
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("--order and --request can't both read standard input"),
        "{err}"
    );
}
