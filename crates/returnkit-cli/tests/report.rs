//! `returnkit report` over the sample history (examples/history): the committed report, CSV
//! and HTML forms, merging shard reports, errors naming the line, and the history itself
//! regenerating to the committed bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

#[path = "../examples/history.rs"]
mod history;

use common::{returnkit, root, temp_dir};

const RMAS: &str = "examples/history/rmas.jsonl";
const ORDERS: &str = "examples/history/orders.jsonl";

fn committed(file: &str) -> String {
    std::fs::read_to_string(root().join(file)).unwrap()
}

#[test]
fn the_history_regenerates_to_the_committed_bytes() {
    let (rmas, orders) = history::generate().unwrap();
    assert!(rmas == committed(RMAS), "examples/history/rmas.jsonl is stale: run `cargo run -p returnkit-cli --example history -- examples/history`");
    assert!(
        orders == committed(ORDERS),
        "examples/history/orders.jsonl is stale"
    );
}

#[test]
fn the_report_of_the_sample_is_the_committed_one() {
    let (code, out, err) = returnkit(&["report", "--orders", ORDERS, RMAS]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, committed("examples/history/report.json"));
}

#[test]
fn csv_is_one_long_table() {
    let (code, out, _) = returnkit(&["report", "--format", "csv", "--orders", ORDERS, RMAS]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("section,key,metric,value"));
    for row in [
        "by_reason,size_or_fit,units_requested,1260",
        "by_sku,SWIM-S,return_rate,0.1997",
        "outcome_shares,,deny,0.0800",
        "cycle_times,requested_to_refunded/percentiles_minutes,p50,14400",
        "cycle_times,requested_to_refunded/buckets/le_over,count,0",
        "money,EUR/fees_collected,label_fee,4113.45",
        "top_denial_reasons,hygiene,count,162",
        "rmas,,,2000",
        "destinations,,leipzig,2361",
        "destinations,,rewear,320",
        "destinations,,kleiderkammer,258",
        "destinations,,fibrecycle,69",
        "destination_kinds,,donation,258",
    ] {
        assert!(out.lines().any(|l| l == row), "no row {row}");
    }
    assert!(
        out.lines().all(|l| l.split(',').count() == 4),
        "every row has four fields"
    );
}

#[test]
fn html_is_one_self_contained_page_with_five_charts() {
    let dir = temp_dir("report-html");
    let page = dir.join("report.html");
    let args = [
        "report", "--format", "html", "--orders", ORDERS, RMAS, "--out",
    ];
    let (code, out, _) = returnkit(&[&args[..], &[page.to_str().unwrap()]].concat());
    assert_eq!((code, out.as_str()), (0, ""));
    let html = std::fs::read_to_string(&page).unwrap();
    for id in [
        "chart-reasons",
        "chart-cycle",
        "chart-refunds",
        "chart-dispositions",
        "chart-destinations",
    ] {
        assert!(html.contains(&format!(r#"<canvas id="{id}""#)), "{id}");
    }
    // Nothing fetched: no script, style or image from elsewhere, no source map.
    for outside in [
        "<script src",
        "<link",
        "<img",
        "sourceMappingURL",
        "/*REPORT*/",
        "/*CHARTJS*/",
    ] {
        assert!(!html.contains(outside), "{outside}");
    }
    assert!(html.contains("Chart.js v4.6.2"));
    let report = committed("examples/history/report.json");
    assert!(
        html.contains(report.trim_end()),
        "the report's JSON is in the page"
    );
    // The same bytes every run.
    let (_, again, _) = returnkit(&["report", "--format", "html", "--orders", ORDERS, RMAS]);
    assert_eq!(again, html);
}

#[test]
fn shard_reports_merge_to_the_single_pass() {
    let dir = temp_dir("report-merge");
    let history = committed(RMAS);
    let lines: Vec<&str> = history.lines().collect();
    let mut reports = Vec::new();
    for (k, shard) in [&lines[..150], &lines[150..1234], &lines[1234..]]
        .iter()
        .enumerate()
    {
        let file = dir.join(format!("shard-{k}.jsonl"));
        std::fs::write(&file, shard.join("\n") + "\n").unwrap();
        let out = dir.join(format!("shard-{k}.json"));
        let mut args = vec![
            "report",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        if k == 1 {
            args.extend(["--orders", ORDERS]);
        }
        let (code, _, err) = returnkit(&args);
        assert_eq!(code, 0, "{err}");
        reports.push(out);
    }
    let mut args = vec!["report", "--merge"];
    args.extend(reports.iter().rev().map(|p| p.to_str().unwrap()));
    let (code, out, err) = returnkit(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, committed("examples/history/report.json"));
}

/// A report handed to `--merge` with a count above 10^15 (here near 2^64, which wrapped or
/// panicked when added) is refused with its file and field, status 1 and no backtrace; one
/// at the bound merges.
#[test]
fn a_report_with_a_count_beyond_what_merges_hold_is_refused() {
    let dir = temp_dir("report-counts");
    let with_rmas = |name: &str, rmas: u64| {
        let mut report: serde_json::Value =
            serde_json::from_str(&committed("examples/history/report.json")).unwrap();
        report["rmas"] = rmas.into();
        let file = dir.join(name);
        std::fs::write(&file, report.to_string()).unwrap();
        file.to_str().unwrap().to_string()
    };
    let most = with_rmas("most.json", 1_000_000_000_000_000);
    let over = with_rmas("over.json", u64::MAX);
    let (code, out, err) = returnkit(&["report", "--merge", &most, &most]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.starts_with(r#"{"schema_version":1,"rmas":2000000000000000,"#),
        "{out}"
    );
    let (code, out, err) = returnkit(&["report", "--merge", &most, &over]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!("error: {over}: report.rmas: must be at most 1000000000000000, got 18446744073709551615\n")
    );
}

#[test]
fn a_bad_line_is_named_by_its_number() {
    let dir = temp_dir("report-bad");
    let file = dir.join("bad.jsonl");
    let first = committed(RMAS).lines().next().unwrap().to_string();
    std::fs::write(
        &file,
        format!("{first}\n\n{{\"schema_version\": 2, \"rma\": {{\"id\": 7}}}}\n"),
    )
    .unwrap();
    let (code, out, err) = returnkit(&["report", file.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with(&format!(
            "error: {}: line 3.rma.id: invalid type: integer `7`",
            file.display()
        )),
        "{err}"
    );
}
