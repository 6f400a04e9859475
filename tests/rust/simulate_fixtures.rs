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
