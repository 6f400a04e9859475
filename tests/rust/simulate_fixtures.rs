//! The shared simulation fixture in `tests/fixtures/simulate/` (see its README): the sample
//! records under the shipped current and proposed policies, in one pass and merged from two
//! shards, give the committed bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::policy::Policy;
use support::workspace_root;

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace_root().join(path)).unwrap()
}

#[test]
fn the_sample_simulates_and_merges_to_the_fixture() {
    let current = Policy::from_toml(&read("examples/policies/current-30-days.toml")).unwrap();
    let proposed = Policy::from_toml(&read("examples/policies/proposed-60-days.toml")).unwrap();
    let records = read("examples/batch/requests.jsonl");
    let options = read("tests/fixtures/simulate/sample.options.json");
    let whole = returnkit::wire::simulate(&current, &proposed, &records, Some(&options)).unwrap();
    let path = workspace_root().join("tests/fixtures/simulate/sample.answer.json");
    if std::env::var_os("UPDATE_FIXTURES").is_some_and(|v| v == "1") {
        std::fs::write(&path, format!("{whole}\n")).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(committed.trim_end_matches('\n'), whole);
    let lines: Vec<&str> = records.lines().collect();
    let shard = |part: &[&str]| {
        returnkit::wire::simulate(&current, &proposed, &part.join("\n"), Some(&options)).unwrap()
    };
    let (a, b) = (shard(&lines[..3]), shard(&lines[3..]));
    let merged = returnkit::wire::simulate_merge(&format!("[{a},{b}]")).unwrap();
    assert_eq!(merged, whole);
    let merged = returnkit::wire::simulate_merge(&format!("[{b},{a}]")).unwrap();
    assert_eq!(merged, whole);
}

/// A simulation read back whose money is beyond what sums can hold is refused with its
/// field, not added (which overflowed); one at the bound merges.
#[test]
fn a_simulation_whose_money_would_overflow_a_merge_is_refused_by_field() {
    let answer = read("tests/fixtures/simulate/sample.answer.json");
    let with_refund = |amount: &str| {
        let mut value: serde_json::Value = serde_json::from_str(&answer).unwrap();
        value["delta"]["money"][0]["refund"] = amount.into();
        value.to_string()
    };
    let most = with_refund("-100000000000000000000");
    let merged = returnkit::wire::simulate_merge(&format!("[{most},{most}]")).unwrap();
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(
        merged["delta"]["money"][0]["refund"],
        "-200000000000000000000"
    );
    let over = with_refund("79228162514264337593543950335");
    let e = returnkit::wire::simulate_merge(&format!("[{most},{over}]")).unwrap_err();
    assert_eq!(e.field(), "simulations[1].delta.money[0].refund");
    assert_eq!(
        e.to_string(),
        "simulations[1].delta.money[0].refund: amount is out of range"
    );
}

/// The sample's simulation as JSON, with `edit` applied.
fn answer_edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let answer = read("tests/fixtures/simulate/sample.answer.json");
    let mut value: serde_json::Value = serde_json::from_str(&answer).unwrap();
    edit(&mut value);
    value.to_string()
}

/// Counts of a simulation read back are held to 10^15 either side of 0, with their field:
/// one at the bound merges, one above it (or near 2^63, which wrapped or panicked) is
/// refused; a merge of simulations built in memory refuses a sum that overflows.
#[test]
fn a_simulation_whose_counts_would_overflow_a_merge_is_refused_by_field() {
    let most = 1_000_000_000_000_000i64;
    let at_bound = answer_edited(|v| {
        v["records"] = most.into();
        v["delta"]["outcomes"]["deny"] = (-most).into();
        v["changed"]["moves"][0]["records"] = most.into();
        v["by_sku"][0]["lines"] = most.into();
    });
    let merged = returnkit::wire::simulate_merge(&format!("[{at_bound},{at_bound}]")).unwrap();
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged["records"], 2 * most);
    assert_eq!(merged["decided"], 10);
    assert_eq!(merged["delta"]["outcomes"]["deny"], -2 * most);
    assert_eq!(merged["changed"]["moves"][0]["records"], 2 * most);
    assert_eq!(merged["by_sku"][0]["lines"], 2 * most);

    let refused = |edit: fn(&mut serde_json::Value)| {
        let over = answer_edited(edit);
        let e = returnkit::wire::simulate_merge(&format!("[{at_bound},{over}]")).unwrap_err();
        assert_eq!(e.code(), 1002, "{e}");
        e.to_string()
    };
    assert_eq!(
        refused(|v| v["delta"]["outcomes"]["deny"] = (-1_000_000_000_000_001i64).into()),
        "simulations[1].delta.outcomes.deny: must be from -1000000000000000 to 1000000000000000, got -1000000000000001"
    );
    assert_eq!(
        refused(|v| v["errors"] = u64::MAX.into()),
        "simulations[1].errors: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["current"]["outcomes"]["approve"] = i64::MAX.into()),
        "simulations[1].current.outcomes.approve: must be at most 1000000000000000, got 9223372036854775807"
    );
    assert_eq!(
        refused(|v| v["changed"]["moves"][0]["records"] = u64::MAX.into()),
        "simulations[1].changed.moves[0].records: must be at most 1000000000000000, got 18446744073709551615"
    );
    assert_eq!(
        refused(|v| v["by_reason"][2]["proposed"]["outcomes"]["review"] = i64::MIN.into()),
        "simulations[1].by_reason[2].proposed.outcomes.review: must not be negative, got -9223372036854775808"
    );
    assert_eq!(
        refused(|v| v["by_reason"][2]["delta"]["outcomes"]["review"] = i64::MIN.into()),
        "simulations[1].by_reason[2].delta.outcomes.review: must be from -1000000000000000 to 1000000000000000, got -9223372036854775808"
    );
    assert_eq!(
        refused(|v| v["by_sku"][1]["lines"] = u64::MAX.into()),
        "simulations[1].by_sku[1].lines: must be at most 1000000000000000, got 18446744073709551615"
    );
    // The first simulation is checked too, not only the ones merged into it.
    let over = answer_edited(|v| v["changed"]["outcome"] = u64::MAX.into());
    let e = returnkit::wire::simulate_merge(&format!("[{over},{at_bound}]")).unwrap_err();
    assert_eq!(e.field(), "simulations[0].changed.outcome");

    let in_memory = |edit: fn(&mut serde_json::Value)| -> returnkit::simulate::Simulation {
        returnkit::from_json(&answer_edited(edit)).unwrap()
    };
    let mut full = in_memory(|v| v["delta"]["outcomes"]["deny"] = i64::MIN.into());
    let e = full
        .merge(in_memory(|v| v["delta"]["outcomes"]["deny"] = (-1).into()))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "delta.outcomes.deny: adding -1 to -9223372036854775808 goes beyond what a count can hold"
    );
}

/// Only a delta may be negative: a current or proposed count or amount below zero, read back,
/// is refused with its field, where it would have lowered the merged figures silently.
#[test]
fn a_simulation_with_negative_current_or_proposed_figures_is_refused() {
    let sample = read("tests/fixtures/simulate/sample.answer.json");
    let refused = |edit: fn(&mut serde_json::Value)| {
        let bad = answer_edited(edit);
        let e = returnkit::wire::simulate_merge(&format!("[{sample},{bad}]")).unwrap_err();
        (e.code(), e.to_string())
    };
    assert_eq!(
        refused(|v| v["current"]["outcomes"]["deny"] = (-1).into()),
        (
            1002,
            "simulations[1].current.outcomes.deny: must not be negative, got -1".into()
        )
    );
    assert_eq!(
        refused(|v| v["proposed"]["money"][0]["refund"] = "-0.01".into()),
        (
            4003,
            "simulations[1].proposed.money[0].refund: must not be negative, got -0.01".into()
        )
    );
    assert_eq!(
        refused(|v| v["by_sku"][0]["current"]["refund"] = "-5.00".into()),
        (
            4003,
            "simulations[1].by_sku[0].current.refund: must not be negative, got -5.00".into()
        )
    );
    // A delta's figures are differences, and stay signed.
    let lower = answer_edited(|v| {
        v["delta"]["money"][0]["refund"] = "-1.00".into();
        v["by_sku"][0]["delta"]["outcomes"]["approve"] = (-1).into();
    });
    assert!(returnkit::wire::simulate_merge(&format!("[{sample},{lower}]")).is_ok());
}
