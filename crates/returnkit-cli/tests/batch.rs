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
    assert_eq!(
        err.trim(),
        "5 decisions (4 approve, 0 review, 1 deny), 1 error"
    );
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
    assert_eq!(
        err.trim(),
        "2 decisions (2 approve, 0 review, 0 deny), 6 errors"
    );
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
    // The fourth fails and the fifth is denied.
    let errors = (0..n).filter(|i| i % sample.len() == 3).count();
    let denied = (0..n).filter(|i| i % sample.len() == 4).count();
    assert_eq!((errors, denied), (2049, 2049));
    assert_eq!(
        err.trim(),
        "10246 decisions (8197 approve, 0 review, 2049 deny), 2049 errors"
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
    assert_eq!(
        err.trim(),
        "0 decisions (0 approve, 0 review, 0 deny), 0 errors"
    );
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
    assert_eq!(
        err.trim(),
        "5 decisions (5 approve, 0 review, 0 deny), 5 errors"
    );
}

const HOLIDAY: &str = "examples/policies/holiday.toml";
const STRICT: &str = "examples/policies/strict-electronics.toml";

/// The decision `returnkit::wire::decide` gives for `record` under the policy file `path`.
fn wire_decision(path: &str, record: &str) -> String {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    let policy = if path.ends_with(".toml") {
        returnkit::policy::Policy::from_toml(&text).unwrap()
    } else {
        returnkit::policy::Policy::from_json(&text).unwrap()
    };
    returnkit::wire::decide(&policy, record).unwrap()
}

/// `record` (a JSON object's text) with `member` (`"k":v`) put first.
fn with_member(record: &str, member: &str) -> String {
    record.replacen('{', &format!("{{{member},"), 1)
}

#[test]
fn each_record_is_decided_under_the_policy_it_names() {
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let first = sample.lines().next().unwrap();
    let second = sample.lines().nth(1).unwrap();
    let input = [
        with_member(first, "\"policy\":\"strict-electronics\""),
        with_member(second, "\"policy\":\"holiday\""),
        with_member(second, "\"policy\":\"strict-electronics\""),
        with_member(second, "\"id\":9,\"policy\":\"free\""),
        second.to_string(),
        with_member(first, "\"policy\":\"us\",\"id\":\"x\""),
    ]
    .join("\n");
    let args = [
        "batch",
        "--policy",
        "free=examples/policies/free-returns.json",
        "--policy",
        HOLIDAY,
        "--policy",
        STRICT,
        "--summary",
        "json",
    ];
    let (code, out, err) = returnkit_with_input(&args, Some(input.as_bytes()));
    assert_eq!(code, 0, "{err}");
    let answer = |line: usize, policy: &str, record: &str| {
        format!(
            "{{\"line\":{line},\"decision\":{}}}",
            wire_decision(policy, record)
        )
    };
    let expected = [
        answer(1, STRICT, first),
        answer(2, HOLIDAY, second),
        answer(3, STRICT, second),
        format!(
            "{{\"line\":4,\"id\":9,\"decision\":{}}}",
            wire_decision(FREE, second)
        ),
        "{\"line\":5,\"error\":{\"code\":1002,\"field\":\"policy\",\"kind\":\"invalid_value\",\
         \"message\":\"policy: the record names no policy, and this run has several (free, \
         holiday, strict-electronics) and no default\"}}"
            .into(),
        "{\"line\":6,\"id\":\"x\",\"error\":{\"code\":1002,\"field\":\"policy\",\"kind\":\
         \"invalid_value\",\"message\":\"policy: `us` is not a policy of this run (free, \
         holiday, strict-electronics)\"}}"
            .into(),
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
    // Under strict-electronics the first sample approves and the second denies.
    assert_eq!(
        err,
        "{\"records\":6,\"decisions\":4,\"errors\":2,\
         \"by_outcome\":{\"approve\":3,\"review\":0,\"deny\":1},\
         \"by_policy\":{\"free\":{\"decisions\":1,\"errors\":0},\
         \"holiday\":{\"decisions\":1,\"errors\":0},\
         \"strict-electronics\":{\"decisions\":2,\"errors\":0}}}\n"
    );

    // With a default, line 5 is decided under it.
    let mut with_default = args.to_vec();
    with_default.extend(["--default-policy", "holiday"]);
    let (code, out, _) = returnkit_with_input(&with_default, Some(input.as_bytes()));
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().nth(4).unwrap(),
        answer(5, HOLIDAY, second),
        "the default decides a record without a policy"
    );
}

#[test]
fn one_policy_decides_records_without_a_name_and_refuses_other_names() {
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let first = sample.lines().next().unwrap();
    let input = [
        with_member(first, "\"policy\":\"free-returns\""),
        with_member(first, "\"policy\":\"holiday\""),
        with_member(first, "\"policy\":7"),
    ]
    .join("\n");
    let (code, out, err) =
        returnkit_with_input(&["batch", "--policy", FREE], Some(input.as_bytes()));
    assert_eq!(code, 0);
    let expected = [
        format!("{{\"line\":1,\"decision\":{}}}", wire_decision(FREE, first)),
        "{\"line\":2,\"error\":{\"code\":1002,\"field\":\"policy\",\"kind\":\"invalid_value\",\
         \"message\":\"policy: `holiday` is not a policy of this run (free-returns)\"}}"
            .into(),
        "{\"line\":3,\"error\":{\"code\":1001,\"field\":\"policy\",\"kind\":\"parse\",\
         \"message\":\"policy: invalid type: integer `7`, expected a string at line 1 column \
         11\"}}"
            .into(),
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
    assert_eq!(err, "1 decision (1 approve, 0 review, 0 deny), 2 errors\n");
}

#[test]
fn a_directory_of_policies_names_each_by_its_stem() {
    let dir = temp_dir("batch-policy-dir");
    for name in ["holiday.toml", "strict-electronics.toml"] {
        std::fs::copy(root().join("examples/policies").join(name), dir.join(name)).unwrap();
    }
    std::fs::write(dir.join("README.md"), "not a policy").unwrap();
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let second = sample.lines().nth(1).unwrap();
    let input = [
        with_member(second, "\"policy\":\"holiday\""),
        with_member(second, "\"policy\":\"strict-electronics\""),
    ]
    .join("\n");
    let dir_arg = dir.to_str().unwrap();
    let (code, out, err) =
        returnkit_with_input(&["batch", "--policy", dir_arg], Some(input.as_bytes()));
    assert_eq!(code, 0, "{err}");
    let expected = [
        format!(
            "{{\"line\":1,\"decision\":{}}}",
            wire_decision(HOLIDAY, second)
        ),
        format!(
            "{{\"line\":2,\"decision\":{}}}",
            wire_decision(STRICT, second)
        ),
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
    assert_eq!(err, "2 decisions (1 approve, 0 review, 1 deny), 0 errors\n");

    // The same name twice, and a default that is none of them: usage errors.
    let (code, out, err) = returnkit(&["batch", "--policy", dir_arg, "--policy", HOLIDAY]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("two policies are named `holiday`"), "{err}");
    let (code, _, err) = returnkit(&["batch", "--policy", dir_arg, "--default-policy", "eu"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--default-policy `eu` is none of the policies (holiday, strict-electronics)"),
        "{err}"
    );
    // A directory without policies.
    let empty = temp_dir("batch-policy-empty");
    let (code, _, err) = returnkit(&["batch", "--policy", empty.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("no policies (.json or .toml files)"), "{err}");
}

#[test]
fn fail_on_error_exits_3_after_writing_every_record() {
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, "--fail-on-error", SAMPLE]);
    assert_eq!(code, 3);
    check_sample(&out);
    assert_eq!(err, "5 decisions (4 approve, 0 review, 1 deny), 1 error\n");
    // Without failed records, status 0.
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let first = sample.lines().next().unwrap();
    let (code, _, err) = returnkit_with_input(
        &["batch", "--policy", FREE, "--fail-on-error"],
        Some(first.as_bytes()),
    );
    assert_eq!(code, 0);
    assert_eq!(err, "1 decision (1 approve, 0 review, 0 deny), 0 errors\n");
}

/// `n` records from the sample, each with its own id, time and policy, in a file.
fn generated(n: usize, test: &str) -> std::path::PathBuf {
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let sample: Vec<&str> = sample.lines().collect();
    let policies = ["free-returns", "holiday", "strict-electronics"];
    let mut input = String::new();
    for i in 0..n {
        let record = sample[i % sample.len()];
        let now_at = record.find("\"now\":").unwrap();
        // Days 7 to 40 after October 1st, at any hour.
        let (day, hour) = (7 + (i * 7) % 34, i % 24);
        let (month, day) = if day > 31 { (11, day - 31) } else { (10, day) };
        let now = format!("\"now\":\"2026-{month:02}-{day:02}T{hour:02}:30:00Z\"}}");
        let record = format!("{}{now}", &record[..now_at]);
        let policy = policies[(i / 3) % policies.len()];
        input.push_str(&with_member(
            &record,
            &format!("\"id\":{i},\"policy\":\"{policy}\""),
        ));
        input.push('\n');
    }
    let path = temp_dir(test).join("generated.jsonl");
    std::fs::write(&path, input).unwrap();
    path
}

#[test]
fn any_number_of_threads_gives_the_same_bytes() {
    let path = generated(3000, "batch-threads");
    let path = path.to_str().unwrap();
    let run = |threads: &str| {
        let (code, out, err) = returnkit(&[
            "batch",
            "--policy",
            "examples/policies",
            "--threads",
            threads,
            "--summary",
            "json",
            path,
        ]);
        assert_eq!(code, 0, "{err}");
        (out, err)
    };
    let (one, summary) = run("1");
    assert_eq!(one.lines().count(), 3000);
    assert_eq!(
        summary,
        "{\"records\":3000,\"decisions\":2500,\"errors\":500,\
         \"by_outcome\":{\"approve\":1821,\"review\":0,\"deny\":679},\
         \"by_policy\":{\"current-30-days\":{\"decisions\":0,\"errors\":0},\
         \"eu-shop\":{\"decisions\":0,\"errors\":0},\
         \"free-returns\":{\"decisions\":835,\"errors\":167},\
         \"holiday\":{\"decisions\":832,\"errors\":167},\
         \"proposed-60-days\":{\"decisions\":0,\"errors\":0},\
         \"routed-returns\":{\"decisions\":0,\"errors\":0},\
         \"strict-electronics\":{\"decisions\":833,\"errors\":166}}}\n"
    );
    for threads in ["2", "7"] {
        let (out, err) = run(threads);
        assert!(out == one, "{threads} threads give other bytes");
        assert_eq!(err, summary);
    }
    let (code, _, err) = returnkit(&["batch", "--policy", FREE, "--threads", "0", path]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_record_asking_for_the_compact_answer_gets_the_wire_compact_decision() {
    // The compact decision of `wire::decide` on the same record, byte for byte; the records
    // around it keep the full form.
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let first = sample.lines().next().unwrap();
    let compact = with_member(first, "\"answer\":\"compact\"");
    let input = format!("{compact}\n{first}\n");
    let (code, out, err) =
        returnkit_with_input(&["batch", "--policy", FREE], Some(input.as_bytes()));
    assert_eq!(code, 0, "{err}");
    let full = wire_decision(FREE, first);
    let short = wire_decision(FREE, &compact);
    // One line and two offers: 1,529 bytes against 2,744.
    assert!(
        short.len() * 10 < full.len() * 6,
        "{} against {}",
        short.len(),
        full.len()
    );
    assert!(!short.contains("\"unit_price\""), "no quote lines: {short}");
    assert_eq!(
        out,
        format!("{{\"line\":1,\"decision\":{short}}}\n{{\"line\":2,\"decision\":{full}}}\n")
    );
}
