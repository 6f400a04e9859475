//! `returnkit decide`: one request under each sample policy, with figures worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{decide_json, one_shoe, returnkit, sample_order, temp_dir, write_json, FREE, ORDER};
use serde_json::json;

#[test]
fn free_returns_approves_with_the_hand_worked_deadline_and_refund() {
    let dir = temp_dir("decide-free");
    let request = one_shoe(&dir);
    let d = decide_json(FREE, ORDER, &request, "2026-10-20T12:00:00Z");
    assert_eq!(d["outcome"], "approve");
    // l1 was delivered 2026-10-06T13:20:00Z; the shop is on UTC; 30 days from 2026-10-06 is
    // 2026-11-05, and the window closes at the start of the next day.
    let line = &d["lines"][0];
    assert_eq!(line["line_id"], "l1");
    assert_eq!(line["outcome"], "approve");
    assert_eq!(line["requested_quantity"], 1);
    assert_eq!(line["eligible_quantity"], 1);
    assert_eq!(line["deadline"], "2026-11-05");
    assert_eq!(line["closes_at"], "2026-11-06T00:00:00Z");
    assert_eq!(d["label_payer"], "merchant");
    assert_eq!(d["keep_item"], false);
    // All three resolutions. One shoe: 89.00 less its 10% share of WELCOME10 (32.80 over
    // 328.00 of merchandise) is 80.10, plus the first unit's share of the 11.61 tax, 5.81:
    // 85.91. Store credit adds the 10% bonus: 8.591, so 8.59.
    let offers = d["resolutions"].as_array().unwrap();
    let kinds: Vec<&str> = offers
        .iter()
        .map(|o| o["resolution"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["original_payment", "store_credit", "exchange"]);
    assert_eq!(offers[0]["quote"]["totals"]["refund"], "85.91");
    assert_eq!(offers[0]["quote"]["tenders"][0]["tender_id"], "card-1");
    assert_eq!(offers[1]["quote"]["store_credit"]["bonus"], "8.59");
    assert_eq!(offers[1]["quote"]["store_credit"]["total"], "94.50");
    assert!(d["fired_rules"].as_array().unwrap().is_empty());
}

#[test]
fn the_table_shows_outcome_lines_offers_and_label() {
    let dir = temp_dir("decide-table");
    let request = one_shoe(&dir);
    let (code, out, _) = returnkit(&[
        "decide",
        "--policy",
        FREE,
        "--order",
        ORDER,
        "--request",
        &request,
        "--now",
        "2026-10-20T12:00:00Z",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Decision for order 1042: APPROVE (as of 2026-10-20T12:00:00Z)"),
        "{out}"
    );
    assert!(
        out.contains("l1    remorse          1         1  approve  2026-11-05  no"),
        "{out}"
    );
    assert!(out.contains("original payment: refund 85.91 USD"), "{out}");
    assert!(
        out.contains("as store credit: 85.91 + bonus 8.59 = 94.50"),
        "{out}"
    );
    assert!(out.contains("Label paid by: the shop"), "{out}");
    assert!(out.contains("Rules fired: none"), "{out}");
}

#[test]
fn the_window_closes_at_the_start_of_the_day_after_the_deadline() {
    let dir = temp_dir("decide-window");
    let request = one_shoe(&dir);
    // The last second of 2026-11-05, given with an offset: still open.
    let d = decide_json(FREE, ORDER, &request, "2026-11-06T00:59:59+01:00");
    assert_eq!(d["outcome"], "approve");
    // Midnight: closed.
    let d = decide_json(FREE, ORDER, &request, "2026-11-06T00:00:00Z");
    assert_eq!(d["outcome"], "deny");
    assert_eq!(d["lines"][0]["eligible_quantity"], 0);
    assert_eq!(d["lines"][0]["reasons"][0]["code"], "outside_window");
    assert!(d["resolutions"].as_array().unwrap().is_empty());
    assert!(d.get("label_payer").is_none());
}

#[test]
fn now_defaults_to_the_clock_and_must_be_rfc3339() {
    let dir = temp_dir("decide-now");
    let request = one_shoe(&dir);
    let args = [
        "decide",
        "--policy",
        FREE,
        "--order",
        ORDER,
        "--request",
        &request,
    ];
    let (code, out, err) = returnkit(&[&args[..], &["--json"]].concat());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["outcome"].is_string());
    let (code, _, err) = returnkit(&[&args[..], &["--now", "yesterday"]].concat());
    assert_eq!(code, 2, "a usage error");
    assert!(err.contains("RFC 3339"), "{err}");
}

#[test]
fn holiday_orders_get_the_latest_of_the_overlapping_extensions() {
    let dir = temp_dir("decide-holiday");
    let mut order = sample_order();
    // Placed on 5 December (shop time, New York), delivered on the 8th: the usual 30 days
    // end on 2027-01-07; both holiday rules match; the later date, 31 January, wins.
    order["placed_at"] = json!("2026-12-05T15:00:00Z");
    for line in order["lines"].as_array_mut().unwrap() {
        line["fulfilled_at"] = json!("2026-12-06T09:00:00Z");
        line["delivered_at"] = json!("2026-12-08T13:20:00Z");
    }
    let order = write_json(&dir, "order.json", &order);
    let request = one_shoe(&dir);
    let d = decide_json(
        "examples/policies/holiday.toml",
        &order,
        &request,
        "2027-01-20T10:00:00Z",
    );
    assert_eq!(d["outcome"], "approve");
    assert_eq!(d["lines"][0]["deadline"], "2027-01-31");
    // Midnight at the end of 31 January in New York (EST, UTC-5).
    assert_eq!(d["lines"][0]["closes_at"], "2027-02-01T05:00:00Z");
    let fired: Vec<&str> = d["fired_rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule_id"].as_str().unwrap())
        .collect();
    assert_eq!(fired, ["holiday-season", "december-gifts"]);
    // The sample order, placed in October, keeps the usual 30 days.
    let d = decide_json(
        "examples/policies/holiday.toml",
        ORDER,
        &request,
        "2026-10-20T12:00:00Z",
    );
    assert_eq!(d["lines"][0]["deadline"], "2026-11-05");
    assert!(d["fired_rules"].as_array().unwrap().is_empty());
}

#[test]
fn the_eu_shop_denies_personalised_items_and_cites_the_law() {
    let dir = temp_dir("decide-eu");
    let mut order = sample_order();
    order["currency"] = json!("EUR");
    order["lines"][1]["exemption"] = json!("personalised");
    let order = write_json(&dir, "order.json", &order);
    let request = write_json(
        &dir,
        "request.json",
        &json!({"lines": [
            {"line_id": "l1", "quantity": 1, "reason": "size_or_fit"},
            {"line_id": "l2", "quantity": 1, "reason": "changed_mind"}
        ]}),
    );
    let d = decide_json(
        "examples/policies/eu-shop.json",
        &order,
        &request,
        "2026-10-15T10:00:00Z",
    );
    assert_eq!(d["outcome"], "approve");
    assert_eq!(d["lines"][0]["outcome"], "approve");
    assert_eq!(d["lines"][0]["statutory_right"], "eu_withdrawal");
    assert_eq!(d["lines"][1]["outcome"], "deny");
    assert_eq!(d["lines"][1]["reasons"][0]["code"], "personalised");
    assert_eq!(d["lines"][1]["reasons"][0]["rule_id"], "no-personalised");
    assert_eq!(d["label_payer"], "customer");
    let quote = &d["resolutions"][0]["quote"];
    assert_eq!(quote["deductions"][0]["kind"], "label_fee");
    assert_eq!(quote["deductions"][0]["amount"], "4.95");
    // 14 days from the decision (2026-10-15, Berlin).
    assert_eq!(d["refund_by"], "2026-10-29");
    let statutory: Vec<&str> = d["statutory"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert!(
        statutory.contains(&"eu_withdrawal_14_days"),
        "{statutory:?}"
    );

    // The policy is in euros: a dollar order is refused, naming the policy file.
    let (code, _, err) = returnkit(&[
        "decide",
        "--policy",
        "examples/policies/eu-shop.json",
        "--order",
        ORDER,
        "--request",
        &request,
        "--now",
        "2026-10-15T10:00:00Z",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("examples/policies/eu-shop.json: policy.currency: expected EUR, found USD"),
        "{err}"
    );
}

#[test]
fn strict_electronics_restocks_denies_opened_software_and_wants_photos() {
    let dir = temp_dir("decide-electronics");
    let mut order = sample_order();
    order["lines"][0]["categories"] = json!(["electronics"]);
    order["lines"][1]["categories"] = json!(["electronics/software"]);
    let order = write_json(&dir, "order.json", &order);
    let policy = "examples/policies/strict-electronics.toml";

    // A change of mind on electronics: 15% restocking on 80.10 (12.015, so 12.02) and the
    // customer's 6.95 label come off the 85.91: 66.94.
    let request = write_json(
        &dir,
        "remorse.json",
        &json!({"lines": [{"line_id": "l1", "quantity": 1, "reason": "changed_mind", "condition": "new"}]}),
    );
    let d = decide_json(policy, &order, &request, "2026-10-15T10:00:00Z");
    assert_eq!(d["outcome"], "approve");
    assert_eq!(d["lines"][0]["deadline"], "2026-10-20");
    assert_eq!(d["label_payer"], "customer");
    let totals = &d["resolutions"][0]["quote"]["totals"];
    assert_eq!(totals["deductions"], "18.97");
    assert_eq!(totals["refund"], "66.94");

    // A defect without photos goes to review (and is not restocked); opened software is
    // denied by its rule.
    let request = write_json(
        &dir,
        "mixed.json",
        &json!({"lines": [
            {"line_id": "l1", "quantity": 1, "reason": "defective"},
            {"line_id": "l2", "quantity": 1, "reason": "changed_mind", "condition": "like_new"}
        ]}),
    );
    let d = decide_json(policy, &order, &request, "2026-10-15T10:00:00Z");
    assert_eq!(d["outcome"], "review");
    assert_eq!(d["lines"][0]["outcome"], "review");
    assert_eq!(d["lines"][0]["reasons"][0]["code"], "photos_required");
    assert_eq!(d["lines"][1]["outcome"], "deny");
    assert_eq!(d["lines"][1]["reasons"][0]["code"], "opened_software");
    assert_eq!(d["resolutions"][0]["quote"]["totals"]["refund"], "85.91");
}

#[test]
fn bad_requests_name_the_file_and_field() {
    let dir = temp_dir("decide-bad");
    let request = write_json(
        &dir,
        "request.json",
        &json!({"lines": [{"line_id": "l9", "quantity": 1, "reason": "size_or_fit"}]}),
    );
    let args = [
        "decide",
        "--policy",
        FREE,
        "--order",
        ORDER,
        "--request",
        &request,
        "--now",
        "2026-10-20T12:00:00Z",
    ];
    let (code, _, err) = returnkit(&args);
    assert_eq!(code, 1);
    assert!(
        err.contains("request.json: request.lines[0].line_id: the order has no line `l9`"),
        "{err}"
    );
    let (code, out, _) = returnkit(&[&args[..], &["--json"]].concat());
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], 1004);
    assert_eq!(v["error"]["kind"], "unknown_line");
    assert_eq!(v["error"]["field"], "request.lines[0].line_id");
}

/// An order line that does not hold up names the order's file and `order.lines[...]`.
#[test]
fn a_bad_order_names_the_order_file() {
    let dir = temp_dir("decide-bad-order");
    let mut order = sample_order();
    order["lines"][1]["quantity"] = json!(0);
    let order = write_json(&dir, "order.json", &order);
    let request = write_json(
        &dir,
        "request.json",
        &json!({"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"}]}),
    );
    let args = [
        "decide",
        "--policy",
        FREE,
        "--order",
        &order,
        "--request",
        &request,
        "--now",
        "2026-10-20T12:00:00Z",
        "--json",
    ];
    let (code, out, _) = returnkit(&args);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], 1003);
    assert_eq!(v["error"]["field"], "order.lines[1].quantity");
    assert_eq!(
        v["error"]["message"],
        "order.lines[1].quantity: quantity must be at least 1, got 0"
    );
    assert!(v["error"]["file"].as_str().unwrap().ends_with("order.json"));
}

#[test]
fn decide_reads_the_request_or_the_policy_from_standard_input() {
    let dir = temp_dir("decide-stdin");
    let request = one_shoe(&dir);
    let text = std::fs::read(&request).unwrap();
    let now = "2026-10-20T12:00:00Z";
    let args = [
        "decide",
        "--policy",
        FREE,
        "--order",
        ORDER,
        "--request",
        "-",
        "--now",
        now,
        "--json",
    ];
    let (code, out, err) = common::returnkit_with_input(&args, Some(&text));
    assert_eq!(code, 0, "{err}");
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(d, decide_json(FREE, ORDER, &request, now));
    assert_eq!(d["resolutions"][0]["quote"]["totals"]["refund"], "85.91");
    // A policy from standard input is read as JSON.
    let policy = std::fs::read(common::root().join(FREE)).unwrap();
    let args = [
        "decide",
        "--policy",
        "-",
        "--order",
        ORDER,
        "--request",
        &request,
        "--now",
        now,
        "--json",
    ];
    let (code, out, err) = common::returnkit_with_input(&args, Some(&policy));
    assert_eq!(code, 0, "{err}");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap(), d);
    let args = [
        "decide",
        "--policy",
        "-",
        "--order",
        "-",
        "--request",
        "-",
        "--now",
        now,
    ];
    let (code, _, err) = common::returnkit_with_input(&args, Some(&policy));
    assert_eq!(code, 2);
    assert!(
        err.contains("--policy, --order and --request can't all read standard input"),
        "{err}"
    );
}
