//! `returnkit simulate`: the sample records decided under the shipped current policy (30
//! days, 5.95 for the label on remorse returns) and the proposed one (60 days, free labels).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{returnkit, returnkit_with_input};
use serde_json::Value;

const CURRENT: &str = "examples/policies/current-30-days.toml";
const PROPOSED: &str = "examples/policies/proposed-60-days.toml";
const SAMPLE: &str = "examples/batch/requests.jsonl";

fn simulate(extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["simulate", "--policy", CURRENT, "--policy", PROPOSED];
    args.extend_from_slice(extra);
    returnkit(&args)
}

#[test]
fn the_sample_under_both_policies_in_figures() {
    let (code, out, err) = simulate(&["--format", "json", "--top", "3", SAMPLE]);
    assert_eq!(code, 0, "{err}");
    let s: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        s["policies"],
        serde_json::json!(["current-30-days", "proposed-60-days"])
    );
    // Six records; line 4 asks for a line the order doesn't have.
    assert_eq!(
        (
            s["records"].as_u64(),
            s["decided"].as_u64(),
            s["errors"].as_u64()
        ),
        (Some(6), Some(5), Some(1))
    );
    assert_eq!(s["failed"][0]["error"]["field"], "request.lines[0].line_id");
    assert_eq!(s["failed"][0]["policy"], "current-30-days");
    // Line 5 comes the moment the 30-day window closes: denied now, approved in 60 days.
    assert_eq!(
        s["current"]["outcomes"],
        serde_json::json!({"approve": 4, "review": 0, "deny": 1})
    );
    assert_eq!(
        s["proposed"]["outcomes"],
        serde_json::json!({"approve": 5, "review": 0, "deny": 0})
    );
    assert_eq!(
        s["delta"]["outcomes"],
        serde_json::json!({"approve": 1, "review": 0, "deny": -1})
    );
    // Lines 1 and 2 are remorse returns: 5.95 for the label now, nothing proposed. Line 5's
    // shoe is 85.91. 11.90 of fees less, 5.95 + 5.95 + 85.91 = 97.81 more refunded.
    let money = |side: &str| {
        let m = &s[side]["money"][0];
        (
            m["currency"].as_str().unwrap(),
            m["refund"].as_str().unwrap(),
            m["fees"].as_str().unwrap(),
            m["label_cost"].as_str().unwrap(),
        )
    };
    assert_eq!(money("current"), ("USD", "400.26", "11.90", "0"));
    assert_eq!(money("proposed"), ("USD", "498.07", "0.00", "0"));
    assert_eq!(money("delta"), ("USD", "97.81", "-11.90", "0"));
    assert_eq!(s["changed"]["records"], 3);
    assert_eq!(
        s["changed"]["moves"],
        serde_json::json!([{"from": "deny", "to": "approve", "records": 1}])
    );
    // The moved outcome first, then the two label fees (5.95 each way: 11.90), smaller refund first.
    let top: Vec<(&str, &str, &str)> = s["top"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["from"].as_str().unwrap(),
                c["proposed"]["refund"].as_str().unwrap(),
                c["change"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        top,
        [
            ("deny", "85.91", "85.91"),
            ("approve", "85.91", "11.90"),
            ("approve", "181.46", "11.90")
        ]
    );
    // By reason: the two size_or_fit shoes (lines 1 and 5); by SKU: three shoe lines.
    let size = s["by_reason"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["key"] == "size_or_fit")
        .unwrap();
    assert_eq!(
        (
            size["lines"].as_u64(),
            size["current"]["refund"].as_str(),
            size["proposed"]["refund"].as_str()
        ),
        (Some(2), Some("85.91"), Some("171.82"))
    );
    let shoes = s["by_sku"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["key"] == "TRAIL-RUN-42")
        .unwrap();
    assert_eq!(
        (
            shoes["lines"].as_u64(),
            shoes["delta"]["refund"].as_str(),
            shoes["delta"]["outcomes"]["deny"].as_i64()
        ),
        (Some(3), Some("85.91"), Some(-1))
    );
}

#[test]
fn the_same_bytes_on_any_number_of_threads_and_from_standard_input() {
    let (_, one, _) = simulate(&[
        "--format",
        "json",
        "--threads",
        "1",
        "examples/simulate/history.jsonl",
    ]);
    let (_, four, _) = simulate(&[
        "--format",
        "json",
        "--threads",
        "4",
        "examples/simulate/history.jsonl",
    ]);
    assert_eq!(one, four);
    let history = std::fs::read(common::root().join("examples/simulate/history.jsonl")).unwrap();
    let (code, piped, _) = returnkit_with_input(
        &[
            "simulate", "--policy", CURRENT, "--policy", PROPOSED, "--format", "json", "-",
        ],
        Some(&history),
    );
    assert_eq!(code, 0);
    assert_eq!(piped, one);
    let s: Value = serde_json::from_str(&one).unwrap();
    assert_eq!(
        (s["records"].as_u64(), s["errors"].as_u64()),
        (Some(40), Some(2))
    );
    assert_eq!(s["failed"][0]["id"], "h-020");
    assert_eq!(s["top"].as_array().unwrap().len(), 10);
}

#[test]
fn the_table_names_the_policies_and_the_changes() {
    let (code, out, err) = simulate(&["--top", "1", SAMPLE]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "6 records: 5 decided under both, 1 errors. 3 changed, 1 of them in outcome.\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("deny                   1                 0      -1"),
        "{out}"
    );
    assert!(
        out.contains("refunds               400.26            498.07  +97.81"),
        "{out}"
    );
    assert!(
        out.contains("fees                   11.90              0.00  -11.90"),
        "{out}"
    );
    assert!(
        out.contains("error: record (no id): request.lines[0].line_id: the order has no line `l9`"),
        "{out}"
    );
}

#[test]
fn it_takes_exactly_two_policies() {
    let (code, _, err) = returnkit(&["simulate", "--policy", CURRENT, SAMPLE]);
    assert_eq!(code, 2);
    assert!(err.contains("exactly two policies"), "{err}");
}
