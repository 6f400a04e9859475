//! `returnkit batch`: JSON Lines in, one JSON line out per record, in input order.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{returnkit, returnkit_with_input, root, temp_dir, FREE};
use serde_json::Value;

const SAMPLE: &str = "examples/batch/requests.jsonl";

fn records(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Checks the output for examples/batch/requests.jsonl.
fn check_sample(out: &str) {
    let records = records(out);
    let input = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    assert_eq!(records.len(), input.lines().count());
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["line"], i + 1, "in input order");
    }
    let outcomes: Vec<&str> = records
        .iter()
        .map(|r| r["decision"]["outcome"].as_str().unwrap_or("error"))
        .collect();
    assert_eq!(
        outcomes,
        ["approve", "approve", "approve", "error", "deny", "approve"]
    );
    // Line 4 asks for a line the order does not have.
    let bad = &records[3];
    assert!(bad.get("decision").is_none());
    assert_eq!(bad["error"]["code"], 1004);
    assert_eq!(bad["error"]["kind"], "unknown_line");
    assert_eq!(bad["error"]["field"], "request.lines[0].line_id");
    assert_eq!(
        bad["error"]["message"],
        "request.lines[0].line_id: the order has no line `l9`"
    );
    // Line 1 is the hand-worked single shoe; line 5 comes the moment the window closes.
    assert_eq!(records[0]["decision"]["lines"][0]["deadline"], "2026-11-05");
    assert_eq!(
        records[0]["decision"]["resolutions"][0]["quote"]["totals"]["refund"],
        "85.91"
    );
    assert_eq!(
        records[4]["decision"]["lines"][0]["reasons"][0]["code"],
        "outside_window"
    );
}

#[test]
fn decides_the_sample_file_in_order_with_the_bad_record_as_an_error() {
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, SAMPLE]);
    assert_eq!(code, 0, "error records don't fail the run: {err}");
    check_sample(&out);
    assert_eq!(err.trim(), "5 decisions, 1 error");
}

#[test]
fn reads_standard_input_when_there_is_no_file_or_a_dash() {
    let input = std::fs::read(root().join(SAMPLE)).unwrap();
    let (code, out, err) = returnkit_with_input(&["batch", "--policy", FREE], Some(&input));
    assert_eq!(code, 0, "{err}");
    check_sample(&out);
    let (code, dash, _) = returnkit_with_input(&["batch", "--policy", FREE, "-"], Some(&input));
    assert_eq!(code, 0);
    assert_eq!(dash, out);
    let (_, file, _) = returnkit(&["batch", "--policy", FREE, SAMPLE]);
    assert_eq!(file, out);
}

#[test]
fn bad_records_become_error_records_and_the_run_goes_on() {
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let good = sample.lines().next().unwrap();
    let no_now = good.replace(",\"now\":\"2026-10-20T12:00:00Z\"", "");
    let bad_now = good.replace("2026-10-20T12:00:00Z", "yesterday");
    let bad_quantity = good.replace("\"quantity\":1,\"reason\"", "\"quantity\":0,\"reason\"");
    let mut input = Vec::new();
    for line in [
        good,
        "not json",
        "",
        &no_now,
        &bad_now,
        &bad_quantity,
        "{\"order\": {}, \"request\": {}, \"now\": \"2026-10-20T12:00:00Z\"}",
    ] {
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    // Not UTF-8, and a last line without a newline.
    input.extend_from_slice(b"{\"order\": \"\xff\"}\n");
    input.extend_from_slice(good.as_bytes());

    let (code, out, err) = returnkit_with_input(&["batch", "--policy", FREE], Some(&input));
    assert_eq!(code, 0, "{err}");
    let records = records(&out);
    let lines: Vec<u64> = records
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(
        lines,
        [1, 2, 4, 5, 6, 7, 8, 9],
        "the blank line 3 is skipped"
    );
    let field = |i: usize| records[i]["error"]["field"].as_str().unwrap().to_string();
    assert_eq!(records[0]["decision"]["outcome"], "approve");
    assert_eq!(records[1]["error"]["kind"], "parse");
    assert_eq!(field(1), "input");
    assert_eq!(records[2]["error"]["kind"], "parse");
    assert!(records[2]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("missing field `now`"));
    assert_eq!(field(3), "now");
    assert_eq!(records[4]["error"]["kind"], "invalid_quantity");
    assert_eq!(field(4), "request.lines[0].quantity");
    assert_eq!(field(5), "order");
    assert!(records[5]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("missing field `id`"));
    assert_eq!(records[6]["error"]["kind"], "parse");
    assert!(records[6]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
    assert_eq!(records[7]["decision"]["outcome"], "approve");
    assert_eq!(err.trim(), "2 decisions, 6 errors");
}

#[test]
fn keeps_input_order_across_chunks() {
    // Three chunks of 4096 and then some, cycling through the sample records.
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let sample: Vec<&str> = sample.lines().collect();
    let n = 3 * 4096 + 7;
    let mut input = String::new();
    for i in 0..n {
        input.push_str(sample[i % sample.len()]);
        input.push('\n');
    }
    let dir = temp_dir("batch-chunks");
    let path = dir.join("many.jsonl");
    std::fs::write(&path, &input).unwrap();
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut count = 0;
    for (i, line) in out.lines().enumerate() {
        let r: Value = serde_json::from_str(line).unwrap();
        assert_eq!(r["line"], i + 1);
        // The sample's fourth record is the bad one.
        assert_eq!(
            r.get("error").is_some(),
            i % sample.len() == 3,
            "line {}",
            i + 1
        );
        count += 1;
    }
    assert_eq!(count, n);
    let errors = (0..n).filter(|i| i % sample.len() == 3).count();
    assert_eq!(
        err.trim(),
        format!("{} decisions, {errors} errors", n - errors)
    );
}

#[test]
fn an_unreadable_input_fails() {
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, "no/such/file.jsonl"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("no/such/file.jsonl"), "{err}");
    // A directory opens, but can't be read.
    let (code, _, err) = returnkit(&["batch", "--policy", FREE, "examples"]);
    assert_eq!(code, 1);
    assert!(err.contains("examples"), "{err}");
}

#[test]
fn empty_input_and_crlf_line_ends() {
    let (code, out, err) = returnkit_with_input(&["batch", "--policy", FREE], Some(b""));
    assert_eq!(code, 0);
    assert!(out.is_empty());
    assert_eq!(err.trim(), "0 decisions, 0 errors");
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let crlf = sample.replace('\n', "\r\n");
    let (code, out, _) = returnkit_with_input(&["batch", "--policy", FREE], Some(crlf.as_bytes()));
    assert_eq!(code, 0);
    check_sample(&out);
}

/// The sample's lines, and the decision `returnkit::wire::decide` gives for each under the
/// free-returns policy (None for the one that fails).
fn sample_and_decisions() -> Vec<(String, Option<String>)> {
    let policy = std::fs::read_to_string(root().join(FREE)).unwrap();
    let policy = returnkit::policy::Policy::from_json(&policy).unwrap();
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    sample
        .lines()
        .map(|l| (l.to_string(), returnkit::wire::decide(&policy, l).ok()))
        .collect()
}

#[test]
fn records_without_id_give_the_wire_decision_bytes_unchanged() {
    let (code, out, _) = returnkit(&["batch", "--policy", FREE, SAMPLE]);
    assert_eq!(code, 0);
    let mut expected = String::new();
    for (i, (_, decision)) in sample_and_decisions().iter().enumerate() {
        match decision {
            Some(d) => expected.push_str(&format!("{{\"line\":{},\"decision\":{d}}}\n", i + 1)),
            None => expected.push_str(
                "{\"line\":4,\"error\":{\"code\":1004,\"field\":\"request.lines[0].line_id\",\
                 \"kind\":\"unknown_line\",\"message\":\"request.lines[0].line_id: the order \
                 has no line `l9`\"}}\n",
            ),
        }
    }
    assert_eq!(out, expected);
}

#[test]
fn echoes_each_records_id_as_written_on_its_answer_and_on_its_error() {
    let pairs = sample_and_decisions();
    let (good, decision) = (&pairs[0].0, pairs[0].1.as_ref().unwrap());
    let with_id = |id: &str| good.replacen('{', &format!("{{\"id\":{id},"), 1);
    let lines = [
        with_id("1.0"),
        with_id("\"a\""),
        // Whitespace inside the id comes back as written too.
        with_id("{\"k\": [1]}"),
        // The id may come last; numbers come back as written, whatever their size.
        format!("{},\"id\":-7e3}}", &good[..good.len() - 1]),
        with_id("12345678901234567890"),
        // A broken order: the id still reads, before it or after it.
        "{\"id\":\"a\",\"order\":{},\"request\":{},\"now\":\"2026-10-20T12:00:00Z\"}".into(),
        "{\"order\":{},\"request\":{},\"id\":null,\"now\":\"2026-10-20T12:00:00Z\"}".into(),
        // Cut off after the id.
        "{\"id\":[7], \"order\": {".into(),
        // Not JSON, and broken before the id: no id.
        "not json".into(),
        "{\"order\":x,\"id\":3}".into(),
    ];
    let input = lines.join("\n");
    let (code, out, err) =
        returnkit_with_input(&["batch", "--policy", FREE], Some(input.as_bytes()));
    assert_eq!(code, 0, "{err}");
    let answer =
        |line: usize, id: &str| format!("{{\"line\":{line},\"id\":{id},\"decision\":{decision}}}");
    let expected = [
        answer(1, "1.0"),
        answer(2, "\"a\""),
        answer(3, "{\"k\": [1]}"),
        answer(4, "-7e3"),
        answer(5, "12345678901234567890"),
        "{\"line\":6,\"id\":\"a\",\"error\":{\"code\":1001,\"field\":\"order\",\"kind\":\"parse\",\
         \"message\":\"order: missing field `id` at line 1 column 20\"}}"
            .into(),
        "{\"line\":7,\"id\":null,\"error\":{\"code\":1001,\"field\":\"order\",\"kind\":\"parse\",\
         \"message\":\"order: missing field `id` at line 1 column 11\"}}"
            .into(),
        "{\"line\":8,\"id\":[7],\"error\":{\"code\":1001,\"field\":\"order\",\"kind\":\"parse\",\
         \"message\":\"order: EOF while parsing an object at line 1 column 21\"}}"
            .into(),
        "{\"line\":9,\"error\":{\"code\":1001,\"field\":\"input\",\"kind\":\"parse\",\"message\":\
         \"input: expected ident at line 1 column 2\"}}"
            .into(),
        "{\"line\":10,\"error\":{\"code\":1001,\"field\":\"order\",\"kind\":\"parse\",\"message\":\
         \"order: expected value at line 1 column 10\"}}"
            .into(),
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
    assert_eq!(err.trim(), "5 decisions, 5 errors");
}
