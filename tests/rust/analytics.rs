//! The returns report over the sample history (examples/history): its figures, and that
//! reports merge exactly — a history split into shards, reported apart and merged, gives the
//! single-pass report, byte for byte, in any grouping and order, and through JSON.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use proptest::prelude::*;
use returnkit::analytics::{ReportRecord, ReturnsReport};
use returnkit::wire;

const HISTORY: &str = include_str!("../../examples/history/rmas.jsonl");
const ORDERS: &str = include_str!("../../examples/history/orders.jsonl");

/// The history's records, read once for every test of this file.
fn records() -> &'static [ReportRecord] {
    static RECORDS: std::sync::OnceLock<Vec<ReportRecord>> = std::sync::OnceLock::new();
    RECORDS.get_or_init(|| {
        HISTORY
            .lines()
            .map(|l| wire::read_report_record(l).unwrap())
            .collect()
    })
}

/// The history's records with a keep-item saving on each kept return's decision (the sample
/// shop prices no labels, so its decisions record none): 4.95 plus a cent per record, for
/// the merge tests to add.
fn records_with_savings() -> &'static [ReportRecord] {
    static RECORDS: std::sync::OnceLock<Vec<ReportRecord>> = std::sync::OnceLock::new();
    RECORDS.get_or_init(|| {
        let mut records = records().to_vec();
        for (i, r) in records.iter_mut().enumerate() {
            if let (true, Some(d)) = (r.document.rma.keep_item, r.decision.as_mut()) {
                d.keep_item_saving = Some(rust_decimal::Decimal::new(495 + i as i64, 2));
            }
        }
        records
    })
}

fn orders() -> Vec<returnkit::Order> {
    ORDERS
        .lines()
        .map(|l| returnkit::from_json(l).unwrap())
        .collect()
}

fn report_of(records: &[ReportRecord], orders: &[returnkit::Order]) -> ReturnsReport {
    let mut r = ReturnsReport::new();
    for record in records {
        r.add_record(record);
    }
    for order in orders {
        r.add_order(order);
    }
    r
}

fn json(r: &ReturnsReport) -> String {
    wire::report_json(r).unwrap()
}

#[test]
fn the_sample_history_reports_its_figures() {
    let r = report_of(records(), &orders());
    assert_eq!(r.rmas, 2000);
    assert_eq!((r.orders.orders, r.orders.units), (6000, 17962));
    assert_eq!(r.lines_and_units(), (2841, 3528));
    let outcomes: Vec<(&str, u64)> = r.outcomes.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        outcomes,
        [("approve", 1577), ("deny", 160), ("review", 263)]
    );
    let top = r.top_denial_reasons();
    assert_eq!(top[0], ("hygiene".to_string(), 162));
    assert_eq!(top[1], ("outside_window".to_string(), 136));
    let eur = &r.money["EUR"];
    assert_eq!(eur.refunded.to_string(), "99369.48");
    assert_eq!(eur.fees_collected["label_fee"].to_string(), "4113.45");
    // Every refund to a tender is in the by-kind split, and every payment in the by-resolution
    // split.
    let by_kind: rust_decimal::Decimal = eur.refunded_by_tender_kind.values().sum();
    assert_eq!(by_kind, eur.refunded);
    let by_resolution: rust_decimal::Decimal = eur.paid_by_resolution.values().sum();
    assert_eq!(by_resolution, eur.refunded + eur.store_credit);
    let by_day: rust_decimal::Decimal = r.refunds_by_day.values().map(|m| m["EUR"]).sum();
    assert_eq!(by_day, eur.refunded + eur.store_credit);
    let out = json(&r);
    assert!(
        out.contains(r#""outcome_shares":{"approve":"0.7885","deny":"0.0800","review":"0.1315"}"#),
        "{out}"
    );
    assert!(
        out.contains(r#""size_or_fit":{"lines":1009,"units_requested":1260,"#),
        "{out}"
    );
    assert!(
        out.contains(r#""rma_rate":"0.3333","unit_return_rate":"0.1964""#),
        "{out}"
    );
    let to_refund = &r.cycle_times.requested_to_refunded;
    assert_eq!(
        (to_refund.count(), to_refund.percentile(50)),
        (1453, Some(14_400))
    );
}

#[test]
fn the_sample_history_counts_units_by_destination() {
    let r = report_of(records(), &orders());
    let counts = |m: &std::collections::BTreeMap<String, u64>| -> Vec<(String, u64)> {
        m.iter().map(|(k, v)| (k.clone(), *v)).collect()
    };
    let owned = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    };
    assert_eq!(
        counts(&r.destinations),
        owned(&[
            ("fibrecycle", 69),
            ("kleiderkammer", 258),
            ("leipzig", 2361),
            ("rewear", 320)
        ])
    );
    assert_eq!(
        counts(&r.destination_kinds),
        owned(&[
            ("donation", 258),
            ("recycler", 69),
            ("refurbisher", 320),
            ("warehouse", 2361)
        ])
    );
    // Every approved unit has a route (no line is approved without one under this policy).
    let approved: u64 = r.by_reason.values().map(|v| v.units_approved).sum();
    assert_eq!(approved, 3008);
    assert_eq!(r.destinations.values().sum::<u64>(), approved);
    // Only the recycle rule routes to the recycler, re-routing every item inspected so.
    assert_eq!(r.dispositions["recycle"], r.destinations["fibrecycle"]);
}

#[test]
fn the_wire_report_is_the_committed_one() {
    let out = wire::report(HISTORY, ORDERS).unwrap();
    assert_eq!(
        format!("{out}\n"),
        include_str!("../../examples/history/report.json")
    );
}

/// Splits `records` into `n` shards of uneven sizes (the k-th shard about k times the first).
fn uneven_shards(records: &[ReportRecord], n: usize) -> Vec<&[ReportRecord]> {
    let weights: usize = (1..=n).sum();
    let mut shards = Vec::new();
    let mut start = 0;
    for k in 1..=n {
        let end = if k == n {
            records.len()
        } else {
            start + records.len() * k / weights
        };
        shards.push(&records[start..end]);
        start = end;
    }
    shards
}

#[test]
fn shards_merge_to_the_single_pass_report() {
    let records = records_with_savings();
    let orders = orders();
    let single = report_of(records, &orders);
    for n in [1, 2, 3, 7, 16] {
        let shards = uneven_shards(records, n);
        let mut merged = ReturnsReport::new();
        // Orders fed to the last shard only: the order feed merges like the rest.
        for (k, shard) in shards.iter().enumerate() {
            let feed: &[returnkit::Order] = if k + 1 == n { &orders } else { &[] };
            merged.merge(&report_of(shard, feed)).unwrap();
        }
        assert_eq!(merged, single, "{n} shards");
        assert_eq!(json(&merged), json(&single), "{n} shards");
        // In reverse order, through JSON, with the wire's merge.
        let texts: Vec<String> = shards
            .iter()
            .rev()
            .enumerate()
            .map(|(k, shard)| json(&report_of(shard, if k == 0 { &orders } else { &[] })))
            .collect();
        let merged = wire::report_merge(&format!("[{}]", texts.join(","))).unwrap();
        assert_eq!(merged, json(&single), "{n} shards through JSON");
    } // The savings are there to merge: 76 kept returns.
    assert!(single.money["EUR"].keep_item_savings > rust_decimal::Decimal::from(76 * 5));
}

#[test]
fn a_report_read_back_merges_like_a_fresh_one() {
    let records = records_with_savings();
    let (a, b) = (
        report_of(&records[..700], &[]),
        report_of(&records[700..], &orders()),
    );
    let back = |r: &ReturnsReport| wire::read_report(&json(r)).unwrap();
    assert_eq!(back(&a), a);
    let mut fresh = a.clone();
    fresh.merge(&b).unwrap();
    let mut read = back(&a);
    read.merge(&back(&b)).unwrap();
    assert_eq!(read, fresh);
}

#[test]
fn errors_name_the_record_and_field() {
    let bad = r#"{"schema_version": 2, "rma": {"id": 7}}"#;
    let e = wire::report(&format!("[{bad}]"), "").unwrap_err();
    assert_eq!(e.field(), "documents[0].rma.id");
    let line = HISTORY.lines().next().unwrap();
    let e = wire::report(&format!("{line}\n\n{bad}\n"), "").unwrap_err();
    assert_eq!(e.field(), "line 3.rma.id");
    let order = r#"{"id": "1", "currency": "EUR", "lines": [{"id": "a", "unit_price": "1"}]}"#;
    let e = wire::report("", &format!("[{order}]")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "orders[0].lines[0]: missing field `quantity` at line 1 column 71"
    );
    assert_eq!(e.field(), "orders[0].lines[0]");
    let e = wire::report_merge(r#"[{"schema_version": 2}]"#).unwrap_err();
    assert_eq!(e.field(), "reports[0].schema_version");
    let in_envelope = format!(
        r#"{{"document": {line}, "request": {{"lines": [{{"line_id": "l1", "quantity": 1}}]}}}}"#
    );
    let e = wire::read_report_record(&in_envelope).unwrap_err();
    assert_eq!(e.field(), "document");
}

/// Amounts a report adds up are refused, with their field, when they are negative or beyond
/// what sums of reports can hold exactly: in a record's decision and in a report merged.
#[test]
fn amounts_that_would_break_a_sum_are_refused_by_field() {
    let line: serde_json::Value = serde_json::from_str(HISTORY.lines().next().unwrap()).unwrap();
    let record = |saving: &str| {
        let mut record = line.clone();
        record["decision"] = serde_json::json!({"outcome": "approve", "keep_item_saving": saving});
        record.to_string()
    };
    assert!(wire::read_report_record(&record("17.03")).is_ok());
    let e = wire::report(&format!("{}\n", record("-0.01")), "").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1.decision.keep_item_saving: must not be negative, got -0.01"
    );
    let huge = "79228162514264337593543950335";
    let e = wire::report(&format!("{}\n{}\n", record(huge), record(huge)), "").unwrap_err();
    assert_eq!(e.field(), "line 1.decision.keep_item_saving");
    assert_eq!(
        e.code(),
        returnkit::Error::AmountOutOfRange {
            field: String::new()
        }
        .code()
    );

    let report = wire::report(HISTORY, ORDERS).unwrap();
    let with_refunded = |amount: &str| {
        let mut value: serde_json::Value = serde_json::from_str(&report).unwrap();
        value["money"]["EUR"]["refunded"] = amount.into();
        value.to_string()
    };
    let most = with_refunded("100000000000000000000");
    let merged = wire::report_merge(&format!("[{most},{most}]")).unwrap();
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged["money"]["EUR"]["refunded"], "200000000000000000000");
    let over = with_refunded("100000000000000000000.01");
    let e = wire::report_merge(&format!("[{most},{over}]")).unwrap_err();
    assert_eq!(e.field(), "reports[1].money.EUR.refunded");
    let e = wire::read_report(&with_refunded("-5")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "report.money.EUR.refunded: must not be negative, got -5"
    );

    // Refunds per day are money read back too (adding two such days overflowed a decimal).
    let with_day =
        |amount: &str| report_edited(|v| v["refunds_by_day"]["2026-01-18"]["EUR"] = amount.into());
    let most = with_day("100000000000000000000");
    let merged = wire::report_merge(&format!("[{most},{most}]")).unwrap();
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(
        merged["refunds_by_day"]["2026-01-18"]["EUR"],
        "200000000000000000000"
    );
    let over = with_day("79228162514264337593543950335");
    let e = wire::report_merge(&format!("[{over},{over}]")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "reports[0].refunds_by_day.2026-01-18.EUR: amount is out of range"
    );
    let e = wire::read_report(&with_day("-0.01")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "report.refunds_by_day.2026-01-18.EUR: must not be negative, got -0.01"
    );
}

/// The report of the history and orders as JSON, with `edit` applied.
fn report_edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&wire::report(HISTORY, ORDERS).unwrap()).unwrap();
    edit(&mut value);
    value.to_string()
}

/// Counts a report adds up are held to 10^15 when it is read back, with their field: one at
/// the bound merges, one above it (or near 2^64, which wrapped or panicked) is refused.
#[test]
fn counts_beyond_what_merges_can_hold_are_refused_by_field() {
    let most = 1_000_000_000_000_000u64;
    let at_bound = report_edited(|v| {
        v["rmas"] = most.into();
        v["outcomes"]["approve"] = most.into();
        v["by_sku"]["BELT-LTH"]["units_approved"] = most.into();
    });
    let merged = wire::report_merge(&format!("[{at_bound},{at_bound}]")).unwrap();
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged["rmas"], 2_000_000_000_000_000u64);
    assert_eq!(merged["outcomes"]["approve"], 2_000_000_000_000_000u64);
    assert_eq!(merged["outcomes"]["deny"], 320);
    assert_eq!(
        merged["by_sku"]["BELT-LTH"]["units_approved"],
        2_000_000_000_000_000u64
    );

    let refused = |edit: fn(&mut serde_json::Value)| {
        let over = report_edited(edit);
        let e = wire::report_merge(&format!("[{at_bound},{over}]")).unwrap_err();
        assert_eq!(e.code(), 1002, "{e}");
        assert_eq!(wire::read_report(&over).unwrap_err().code(), 1002);
        e.to_string()
    };
    assert_eq!(
        refused(|v| v["outcomes"]["approve"] = 1_000_000_000_000_001u64.into()),
        "reports[1].outcomes.approve: must be at most 1000000000000000, got 1000000000000001"
    );
    assert_eq!(
        refused(|v| v["rmas"] = u64::MAX.into()),
        "reports[1].rmas: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["orders"]["by_category"]["belts"] = u64::MAX.into()),
        "reports[1].orders.by_category.belts: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["by_sku"]["BELT-LTH"]["units_rejected"] = u64::MAX.into()),
        "reports[1].by_sku.BELT-LTH.units_rejected: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["keep_item"]["units"] = u64::MAX.into()),
        "reports[1].keep_item.units: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["money"]["EUR"]["unquoted_rmas"] = u64::MAX.into()),
        "reports[1].money.EUR.unquoted_rmas: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["destination_kinds"]["warehouse"] = u64::MAX.into()),
        "reports[1].destination_kinds.warehouse: must be at most 1000000000000000, got 18446744073709551615"
    );
    // A cycle time's buckets: each, and all of them together (the sample's other buckets
    // of this stage hold 1,558 - 168 = 1,390 durations).
    assert_eq!(
        refused(|v| v["cycle_times"]["requested_to_label"]["buckets"][3]["count"] = u64::MAX.into()),
        "reports[1].cycle_times.requested_to_label.buckets[3].count: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["cycle_times"]["requested_to_label"]["buckets"][3]["count"] = (1_000_000_000_000_000u64 - 1_389).into()),
        "reports[1].cycle_times.requested_to_label.count: must be at most 1000000000000000, got 1000000000000001"
    );
    let full = report_edited(|v| {
        v["cycle_times"]["requested_to_label"]["buckets"][3]["count"] = (most - 1_390).into();
    });
    let read = wire::read_report(&full).unwrap();
    assert_eq!(read.cycle_times.requested_to_label.count(), most);
}

/// A cycle time read back whose sum of minutes is more than its count times its longest
/// duration can't come from any history: refused on `sum_minutes`, where its mean would
/// have been wrong.
#[test]
fn a_cycle_time_whose_sum_exceeds_count_times_longest_is_refused() {
    let report: serde_json::Value =
        serde_json::from_str(&wire::report(HISTORY, ORDERS).unwrap()).unwrap();
    let stage = &report["cycle_times"]["requested_to_label"];
    let (count, longest) = (
        stage["count"].as_u64().unwrap(),
        stage["max_minutes"].as_u64().unwrap(),
    );
    let at_most = report_edited(|v| {
        let stage = &mut v["cycle_times"]["requested_to_label"];
        let most = stage["count"].as_u64().unwrap() * stage["max_minutes"].as_u64().unwrap();
        stage["sum_minutes"] = most.into();
    });
    assert!(wire::read_report(&at_most).is_ok());
    let over = report_edited(|v| {
        let stage = &mut v["cycle_times"]["requested_to_label"];
        let most = stage["count"].as_u64().unwrap() * stage["max_minutes"].as_u64().unwrap();
        stage["sum_minutes"] = (most + 1).into();
    });
    let e = wire::report_merge(&format!("[{at_most},{over}]")).unwrap_err();
    assert_eq!(e.code(), 1002);
    assert_eq!(
        e.to_string(),
        format!(
            "reports[1].cycle_times.requested_to_label.sum_minutes: must be at most count × max_minutes ({count} × {longest}), got {}",
            count * longest + 1
        )
    );
}

/// A cycle time read back whose longest duration is not in the last bucket that counted one
/// can't come from any history: refused on `max_minutes`, where the open bucket's percentiles
/// would have been wrong.
#[test]
fn a_cycle_time_whose_longest_is_outside_its_last_bucket_is_refused() {
    let report: serde_json::Value =
        serde_json::from_str(&wire::report(HISTORY, ORDERS).unwrap()).unwrap();
    let stage = &report["cycle_times"]["requested_to_label"];
    let buckets = stage["buckets"].as_array().unwrap();
    let last = buckets.iter().rposition(|b| b["count"] != 0).unwrap();
    let bound = buckets[last]["le_minutes"].as_u64().unwrap();
    let longest = stage["max_minutes"].as_u64().unwrap();
    assert!(longest <= bound && longest > buckets[last - 1]["le_minutes"].as_u64().unwrap());
    let at_bound = report_edited(|v| {
        v["cycle_times"]["requested_to_label"]["max_minutes"] = bound.into();
    });
    assert!(wire::read_report(&at_bound).is_ok());
    let over = report_edited(|v| {
        v["cycle_times"]["requested_to_label"]["max_minutes"] = (bound + 1).into();
    });
    let e = wire::report_merge(&format!("[{at_bound},{over}]")).unwrap_err();
    assert_eq!(e.code(), 1002);
    let over_before = buckets[last - 1]["le_minutes"].as_u64().unwrap();
    assert_eq!(
        e.to_string(),
        format!(
            "reports[1].cycle_times.requested_to_label.max_minutes: must be in the last bucket counted (buckets[{last}]: over {over_before} and at most {bound}), got {}",
            bound + 1
        )
    );
}

/// Merging adds counts with checked addition: in reports that skipped the check (built in
/// memory), a sum beyond 2^64 - 1 is refused with its field in the report merged in.
#[test]
fn a_merge_that_would_overflow_a_count_is_refused_by_field() {
    let mut full: ReturnsReport = returnkit::from_json(&report_edited(|v| {
        v["outcomes"]["deny"] = u64::MAX.into();
        v["by_reason"]["size_or_fit"]["lines"] = u64::MAX.into();
    }))
    .unwrap();
    let one = report_of(&records()[1..2], &[]);
    assert_eq!(one.outcomes["deny"], 1);
    let e = full.merge(&one).unwrap_err();
    assert_eq!(
        e.to_string(),
        "outcomes.deny: adding 1 to 18446744073709551615 goes beyond what a count can hold"
    );
    let mut both = one.clone();
    both.merge(&one).unwrap();
    assert_eq!(both.outcomes["deny"], 2);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Merging is associative and commutative over any three slices of the history.
    #[test]
    fn merge_is_associative_and_commutative(
        cuts in proptest::collection::vec(0usize..400, 2),
        start in 0usize..1600,
    ) {
        let records = records_with_savings();
        let window = &records[start..start + 400];
        let (x, y) = (cuts[0].min(cuts[1]), cuts[0].max(cuts[1]));
        let (a, b, c) = (
            report_of(&window[..x], &[]),
            report_of(&window[x..y], &[]),
            report_of(&window[y..], &[]),
        );
        let mut ab = a.clone();
        ab.merge(&b).unwrap();
        let mut ba = b.clone();
        ba.merge(&a).unwrap();
        prop_assert_eq!(&ab, &ba);
        let mut ab_c = ab.clone();
        ab_c.merge(&c).unwrap();
        let mut bc = b.clone();
        bc.merge(&c).unwrap();
        let mut a_bc = a.clone();
        a_bc.merge(&bc).unwrap();
        prop_assert_eq!(&ab_c, &a_bc);
        prop_assert_eq!(json(&ab_c), json(&report_of(window, &[])));
    }
}

#[test]
fn the_shared_report_fixture_is_what_rust_answers() {
    let documents = include_str!("../fixtures/report/documents.jsonl");
    let orders = include_str!("../fixtures/report/orders.jsonl");
    let expected = include_str!("../fixtures/report/expected.json");
    assert_eq!(
        format!("{}\n", wire::report(documents, orders).unwrap()),
        expected
    );
    assert_eq!(documents.lines().count(), 60);
    assert!(
        HISTORY.starts_with(documents),
        "the fixture is the history's first records"
    );
}

#[test]
fn kept_returns_add_their_decisions_saving() {
    // The history's first kept return (two socks of 9.90, one returned and approved), with a
    // saving of 13.53 noted on its decision; and its first return that was not kept.
    let kept = records().iter().find(|r| r.document.rma.keep_item).unwrap();
    let shipped = records()
        .iter()
        .find(|r| !r.document.rma.keep_item)
        .unwrap();
    let with_saving = |r: &ReportRecord, saving: &str| {
        let mut r = r.clone();
        r.decision.as_mut().unwrap().keep_item_saving = Some(saving.parse().unwrap());
        r
    };
    let mut report = ReturnsReport::new();
    report.add_record(&with_saving(kept, "13.53"));
    // A saving noted on a return shipped back is not the report's to count.
    report.add_record(&with_saving(shipped, "7.00"));
    // Nor on a kept return that approved no units (refused at review).
    let mut refused = with_saving(kept, "4.00");
    for line in &mut refused.document.rma.lines {
        line.approved = 0;
    }
    report.add_record(&refused);
    // A decision without the member saves nothing.
    report.add_record(kept);
    assert_eq!(report.money["EUR"].keep_item_savings.to_string(), "13.53");
    let out = json(&report);
    assert!(
        out.contains(r#","keep_item_savings":"13.53","unquoted_rmas":"#),
        "{out}"
    );
    assert!(report
        .to_csv()
        .contains("\nmoney,EUR,keep_item_savings,13.53\n"));
    // A report written before the member reads it as 0.
    let old = out.replace(r#","keep_item_savings":"13.53""#, "");
    let back = wire::read_report(&old).unwrap();
    assert!(back.money["EUR"].keep_item_savings.is_zero());
}
