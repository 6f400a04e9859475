//! `returnkit batch` over Parquet: the same records as JSON Lines give the same bytes.
#![cfg(feature = "parquet")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::{ArrayRef, Int64Array, RecordBatch, StringArray, TimestampMicrosecondArray};
use common::{returnkit, root, temp_dir, FREE};
use parquet::arrow::ArrowWriter;
use parquet::file::properties::WriterProperties;
use serde_json::Value;

const SAMPLE: &str = "examples/batch/requests.jsonl";

/// One record's cells; None is a null cell.
struct Row {
    id: Option<i64>,
    policy: Option<&'static str>,
    order: Option<String>,
    request: Option<String>,
    now: Option<String>,
}

/// `n` rows cycling through the sample's records, with an id and a policy each, and every
/// 50th with a null in one of `order`, `request` and `now` in turn.
fn rows(n: usize) -> Vec<Row> {
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let records: Vec<Value> = sample
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (0..n)
        .map(|i| {
            let r = &records[i % records.len()];
            let mut row = Row {
                id: (i % 7 != 0).then_some(i as i64 * 10),
                policy: Some(["free-returns", "holiday"][i % 2]).filter(|_| i % 5 != 0),
                order: Some(r["order"].to_string()),
                request: Some(r["request"].to_string()),
                now: Some(r["now"].as_str().unwrap().to_string()),
            };
            match (i % 50, i / 50 % 3) {
                (49, 0) => row.order = None,
                (49, 1) => row.request = None,
                (49, 2) => row.now = None,
                _ => {}
            }
            row
        })
        .collect()
}

/// The rows as JSON Lines, members in the order a Parquet row's record has them.
fn as_json_lines(rows: &[Row]) -> String {
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "null".into());
    let mut out = String::new();
    for row in rows {
        out.push('{');
        if let Some(id) = row.id {
            out.push_str(&format!("\"id\":{id},"));
        }
        if let Some(policy) = row.policy {
            out.push_str(&format!("\"policy\":\"{policy}\","));
        }
        let now = row.now.as_ref().map(|n| format!("\"{n}\""));
        out.push_str(&format!(
            "\"order\":{},\"request\":{},\"now\":{}}}\n",
            text(&row.order),
            text(&row.request),
            text(&now)
        ));
    }
    out
}

/// Writes `columns` as a Parquet file of row groups of `group` rows.
fn write_parquet(path: &Path, columns: Vec<(&str, ArrayRef)>, group: usize) {
    let batch = RecordBatch::try_from_iter(columns).unwrap();
    let props = WriterProperties::builder()
        .set_max_row_group_row_count(Some(group))
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let file = std::fs::File::create(path).unwrap();
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(props)).unwrap();
    writer.write(&batch).unwrap();
    writer.close().unwrap();
}

fn strings(values: impl Iterator<Item = Option<String>>) -> ArrayRef {
    Arc::new(values.collect::<StringArray>())
}

/// The rows as a Parquet file with text columns and an integer id.
fn parquet_of(rows: &[Row], dir: &Path, group: usize) -> PathBuf {
    let path = dir.join("records.parquet");
    let columns: Vec<(&str, ArrayRef)> = vec![
        (
            "id",
            Arc::new(rows.iter().map(|r| r.id).collect::<Int64Array>()),
        ),
        (
            "policy",
            strings(rows.iter().map(|r| r.policy.map(String::from))),
        ),
        ("order", strings(rows.iter().map(|r| r.order.clone()))),
        ("request", strings(rows.iter().map(|r| r.request.clone()))),
        ("now", strings(rows.iter().map(|r| r.now.clone()))),
        // A column batch doesn't read.
        ("region", strings(rows.iter().map(|_| Some("west".into())))),
    ];
    write_parquet(&path, columns, group);
    path
}

fn batch(input: &Path) -> (i32, String, String) {
    returnkit(&[
        "batch",
        "--policy",
        FREE,
        "--policy",
        "examples/policies/holiday.toml",
        "--default-policy",
        "holiday",
        input.to_str().unwrap(),
    ])
}

#[test]
fn parquet_rows_give_the_bytes_of_the_same_records_as_json_lines() {
    let dir = temp_dir("parquet-same");
    // Row groups of 1000 rows, and more rows than a chunk of 4096: batches end inside chunks.
    let rows = rows(5000);
    let parquet = parquet_of(&rows, &dir, 1000);
    let jsonl = dir.join("records.jsonl");
    std::fs::write(&jsonl, as_json_lines(&rows)).unwrap();

    let (code, from_parquet, err) = batch(&parquet);
    assert_eq!(code, 0, "{err}");
    let (code, from_lines, lines_err) = batch(&jsonl);
    assert_eq!(code, 0);
    assert_eq!(from_parquet.lines().count(), 5000);
    assert!(from_parquet == from_lines, "Parquet and JSON Lines differ");
    assert_eq!(err, lines_err);
    // One in six fails (the sample's fourth: 833 rows), and the 100 rows with a null, 33 of
    // them among those. The free-returns rows deny the sample's fifth (666 of them); holiday
    // approves it.
    assert_eq!(
        err,
        "4100 decisions (3434 approve, 0 review, 666 deny), 900 errors\n"
    );

    // A null cell is an error naming its field; the row's id is on it.
    let line = |n: usize| -> Value {
        serde_json::from_str(from_parquet.lines().nth(n - 1).unwrap()).unwrap()
    };
    for (n, field) in [(200, "order"), (100, "request"), (150, "now")] {
        let record = line(n);
        assert_eq!(record["line"], n);
        assert_eq!(record["id"], (n as i64 - 1) * 10);
        assert_eq!(record["error"]["field"], field, "line {n}");
        assert_eq!(record["error"]["kind"], "parse");
    }
    // Row 1 (index 0) has neither id nor policy: no id, decided under the default.
    assert_eq!(
        from_parquet.lines().next().unwrap()[..30],
        *"{\"line\":1,\"decision\":{\"schema_"
    );
}

#[test]
fn a_cell_that_is_not_one_json_value_is_an_error_on_its_field() {
    let dir = temp_dir("parquet-cells");
    let mut rows = rows(3);
    // A cell that would add its own `now` to the record, and one that is no JSON at all.
    let order = rows[0].order.clone().unwrap();
    rows[0].order = Some(format!(r#"{order},"now":"2030-01-01T00:00:00Z""#));
    rows[0].now = None;
    rows[1].request = Some("{not json".into());
    let (code, out, err) = batch(&parquet_of(&rows, &dir, 10));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["error"]["field"], "order");
    assert_eq!(lines[1]["error"]["field"], "request");
    assert_eq!(lines[1]["id"], 10);
    assert!(lines[2]["decision"].is_object());
    assert_eq!(err, "1 decision (1 approve, 0 review, 0 deny), 2 errors\n");
}

#[test]
fn timestamps_and_text_ids_read_as_their_json_lines() {
    let dir = temp_dir("parquet-types");
    let sample = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let records: Vec<Value> = sample
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let path = dir.join("typed.parquet");
    // 2026-10-20T12:00:00Z and 2026-10-30T09:15:00.5Z in microseconds.
    let nows = [1_792_497_600_000_000i64, 1_793_351_700_500_000];
    let columns: Vec<(&str, ArrayRef)> = vec![
        (
            "id",
            strings(["r-1", "r\"2"].iter().map(|s| Some(s.to_string()))),
        ),
        (
            "order",
            strings(records[..2].iter().map(|r| Some(r["order"].to_string()))),
        ),
        (
            "request",
            strings(records[..2].iter().map(|r| Some(r["request"].to_string()))),
        ),
        (
            "now",
            Arc::new(TimestampMicrosecondArray::from(nows.to_vec()).with_timezone("UTC")),
        ),
    ];
    write_parquet(&path, columns, 1000);
    let jsonl: String = records[..2]
        .iter()
        .zip([
            ("\"r-1\"", "2026-10-20T12:00:00Z"),
            ("\"r\\\"2\"", "2026-10-30T09:15:00.500Z"),
        ])
        .map(|(r, (id, now))| {
            format!(
                "{{\"id\":{id},\"order\":{},\"request\":{},\"now\":\"{now}\"}}\n",
                r["order"], r["request"]
            )
        })
        .collect();
    let jsonl_path = dir.join("typed.jsonl");
    std::fs::write(&jsonl_path, jsonl).unwrap();
    let (code, from_parquet, err) = returnkit(&["batch", "--policy", FREE, path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (_, from_lines, _) = returnkit(&["batch", "--policy", FREE, jsonl_path.to_str().unwrap()]);
    assert_eq!(from_parquet, from_lines);
    assert!(from_parquet.starts_with("{\"line\":1,\"id\":\"r-1\",\"decision\":"));
    assert!(from_parquet
        .lines()
        .nth(1)
        .unwrap()
        .starts_with("{\"line\":2,\"id\":\"r\\\"2\",\"decision\":"));
    assert_eq!(err, "2 decisions (2 approve, 0 review, 0 deny), 0 errors\n");
}

#[test]
fn a_missing_column_or_one_of_another_type_fails_before_any_record() {
    let dir = temp_dir("parquet-columns");
    let path = dir.join("no-now.parquet");
    let text = || strings(std::iter::once(Some("{}".to_string())));
    write_parquet(
        &path,
        vec![("order", text()), ("request", text()), ("when", text())],
        10,
    );
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!(
            "error: {}: no column `now` (a batch's Parquet input has the columns `order`, \
             `request` and `now`, and may have `id` and `policy`; this file has: order, \
             request, when)\n",
            path.display()
        )
    );
    let path = dir.join("numeric-order.parquet");
    let number: ArrayRef = Arc::new(Int64Array::from(vec![1]));
    write_parquet(
        &path,
        vec![("order", number), ("request", text()), ("now", text())],
        10,
    );
    let (code, out, err) = returnkit(&["batch", "--policy", FREE, path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!(
            "error: {}: the column `order` is Int64, which returnkit doesn't read there (see \
             `returnkit batch --help`)\n",
            path.display()
        )
    );
    // Not Parquet at all.
    let path = dir.join("text.parquet");
    std::fs::write(&path, "{\"order\": {}}\n").unwrap();
    let (code, _, err) = returnkit(&["batch", "--policy", FREE, path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("error: {}: ", path.display())),
        "{err}"
    );
}
