//! `returnkit rma`: open an RMA from a decision, apply commands to it, and tick a stream of
//! documents, through the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{
    decide_json, one_shoe, returnkit, returnkit_with_input, sample_order, temp_dir, write_json,
    FREE, ORDER,
};
use serde_json::{json, Value};

/// One trail runner (line l1) returned for size under the free-returns policy, decided on
/// 2026-10-20, and the `submit` command that opens its RMA.
fn submit_command(dir: &std::path::Path) -> String {
    let request = one_shoe(dir);
    let decision = decide_json(FREE, ORDER, &request, "2026-10-20T12:00:00Z");
    let order = sample_order();
    write_json(
        dir,
        "submit.json",
        &json!({
            "expected_version": 0, "idempotency_key": "portal-1042-1", "actor": "customer",
            "at": "2026-10-20T12:00:05Z", "action": {"submit": {"rma_id": "rma-1042-1",
            "sequence": 7, "order": order, "decision": decision,
            "resolution": "original_payment", "timezone": "UTC"}}
        }),
    )
}

fn run_json(args: &[&str]) -> (i32, Value) {
    let (code, out, err) = returnkit(args);
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    (code, value)
}

/// The document of a `{"document", "events"}` outcome, written to `dir/NAME`.
fn keep_document(dir: &std::path::Path, name: &str, outcome: &Value) -> String {
    write_json(dir, name, &outcome["document"])
}

#[test]
fn submit_apply_and_tick_through_the_binary() {
    let dir = temp_dir("rma-cli");
    let submit = submit_command(&dir);

    // The decision approved the shoe, so the RMA opens approved. It must ship by the last day
    // of the window: delivered 2026-10-06, 30 days, on UTC: 2026-11-05.
    let (code, opened) = run_json(&["rma", "submit", &submit]);
    assert_eq!(code, 0, "{opened}");
    let rma = &opened["document"]["rma"];
    assert_eq!(rma["authorization"], "approved");
    assert_eq!(rma["version"], 1);
    assert_eq!(rma["ship_by"], "2026-11-05");
    assert_eq!(rma["number"], "RMA-000-007-7");
    assert_eq!(rma["lines"][0]["approved"], 1);
    assert_eq!(opened["document"]["status"]["status"], "approved");
    assert_eq!(opened["events"].as_array().unwrap().len(), 1);
    let v1 = keep_document(&dir, "v1.json", &opened);

    // A customer may not issue labels: not_permitted, 3002, exit status 1, as JSON.
    let customer_label = write_json(
        &dir,
        "customer-label.json",
        &json!({"expected_version": 1, "idempotency_key": "c-1", "actor": "customer",
                "at": "2026-10-21T09:00:00Z", "action": {"issue_label": {"parcel_id": "p1"}}}),
    );
    let (code, refused) = run_json(&[
        "rma",
        "apply",
        "--document",
        &v1,
        "--command",
        &customer_label,
    ]);
    assert_eq!(code, 1);
    assert_eq!(refused["error"]["code"], 3002, "{refused}");
    assert!(refused["error"]["file"]
        .as_str()
        .unwrap()
        .ends_with("customer-label.json"));

    // The system issues the label: version 2, status label_ready.
    let label = write_json(
        &dir,
        "label.json",
        &json!({"expected_version": 1, "idempotency_key": "label-p1", "actor": "system",
                "at": "2026-10-21T09:00:00Z", "action": {"issue_label": {"parcel_id": "p1",
                "carrier": "Sample Ground", "tracking": "1Z999"}}}),
    );
    let (code, labelled) = run_json(&["rma", "apply", "--document", &v1, "--command", &label]);
    assert_eq!(code, 0, "{labelled}");
    assert_eq!(labelled["document"]["rma"]["version"], 2);
    assert_eq!(labelled["document"]["status"]["status"], "label_ready");
    assert_eq!(labelled["events"].as_array().unwrap().len(), 1);
    let v2 = keep_document(&dir, "v2.json", &labelled);

    // The same command again (a retried webhook): the original events, nothing changed.
    let (code, again) = run_json(&["rma", "apply", "--document", &v2, "--command", &label]);
    assert_eq!(code, 0, "{again}");
    assert_eq!(again["document"]["rma"]["version"], 2);
    assert_eq!(again["events"], labelled["events"]);

    // A stale version from another writer: version_conflict, 3003.
    let stale = write_json(
        &dir,
        "stale.json",
        &json!({"expected_version": 1, "idempotency_key": "cancel-1", "actor": "agent",
                "at": "2026-10-22T09:00:00Z", "action": {"cancel": {}}}),
    );
    let (code, conflict) = run_json(&["rma", "apply", "--document", &v2, "--command", &stale]);
    assert_eq!(code, 1);
    assert_eq!(conflict["error"]["code"], 3003, "{conflict}");

    // The nightly job: the labelled RMA was never shipped and expires after 2026-11-05; the
    // freshly opened one on its own is the same RMA at version 1 and expires too; a line
    // that is not a document is an error record; blank lines are skipped.
    let doc2 = serde_json::to_string(&labelled["document"]).unwrap();
    let doc1 = serde_json::to_string(&opened["document"]).unwrap();
    let input = format!("{doc2}\n\n{{\"schema_version\": 2}}\n{doc1}\n");
    let tick = ["rma", "tick", "--now", "2026-11-06T06:00:00Z"];
    let (code, out, err) = returnkit_with_input(&tick, Some(input.as_bytes()));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 documents, 1 errors"), "{err}");
    let records: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["line"], 1);
    assert_eq!(records[0]["document"]["rma"]["authorization"], "expired");
    assert_eq!(records[0]["document"]["rma"]["version"], 3);
    assert_eq!(records[0]["document"]["status"]["status"], "expired");
    assert_eq!(records[1]["line"], 3);
    // An error line is written as documented: the line first, then the error record.
    let error_line = out.lines().nth(1).unwrap();
    assert!(
        error_line.starts_with(r#"{"line":3,"error":{"code":"#),
        "{error_line}"
    );
    assert!(
        records[1]["error"]["code"].as_u64().unwrap() < 2000,
        "{}",
        records[1]
    );
    assert_eq!(records[2]["line"], 4);
    assert_eq!(records[2]["document"]["rma"]["authorization"], "expired");
    assert_eq!(records[2]["document"]["rma"]["version"], 2);

    // On the last day of the window nothing expires, and nothing is recorded.
    let early = ["rma", "tick", "--now", "2026-11-05T23:00:00Z"];
    let (code, out, _) = returnkit_with_input(&early, Some(doc2.as_bytes()));
    assert_eq!(code, 0);
    let record: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(record["document"]["rma"]["authorization"], "approved");
    assert_eq!(record["document"]["rma"]["version"], 2);
    assert_eq!(record["events"], json!([]));
}

/// The shared fixtures: a version 1 document, and the same document as version 2 writes it,
/// each with the version 2 command, answer the recorded bytes; a newer document is refused
/// for its version, as the document's fault.
#[test]
fn stored_documents_of_both_versions_answer_the_shared_fixtures() {
    let fixtures = common::root().join("tests/fixtures/rma");
    for case in ["refund-issued", "parcel-lost-snapshot"] {
        let command = fixtures.join(format!("v2/{case}.command.json"));
        let answer =
            std::fs::read_to_string(fixtures.join(format!("v2/{case}.answer.json"))).unwrap();
        for version in ["v1", "v2"] {
            let document = fixtures.join(format!("{version}/{case}.document.json"));
            let (code, out, err) = returnkit(&[
                "rma",
                "apply",
                "--document",
                document.to_str().unwrap(),
                "--command",
                command.to_str().unwrap(),
            ]);
            assert_eq!(code, 0, "{err}");
            assert_eq!(out, format!("{answer}\n"), "{version}/{case}");
        }
    }
    let dir = temp_dir("rma-cli-newer");
    let newer = write_json(&dir, "newer.json", &json!({"schema_version": 3}));
    let command = fixtures.join("v2/refund-issued.command.json");
    let (code, refused) = run_json(&[
        "rma",
        "apply",
        "--document",
        &newer,
        "--command",
        command.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(refused["error"]["code"], 1009, "{refused}");
    assert_eq!(refused["error"]["field"], "rma.schema_version");
    assert!(refused["error"]["file"]
        .as_str()
        .unwrap()
        .ends_with("newer.json"));
}
