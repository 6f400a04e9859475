//! `returnkit label quote`, and rate cards (`--cards`) in `decide` and `batch`: the command's
//! answers are the core's, byte for byte, as C and WASM give them (`wire::label_quote`,
//! `wire::decide`), with figures worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::path::Path;

use common::{returnkit, returnkit_with_input, root, temp_dir, write_json};
use returnkit::label::RateCard;
use returnkit::policy::Policy;
use returnkit::wire;
use serde_json::{json, Value};

/// A policy without rules, to carry rate cards to `wire::label_quote`, as the C and WASM tests
/// carry them.
const LABEL_POLICY: &str = r#"{"name": "labels", "window": {"days": 30}}"#;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The core's policy with the rate cards of `files` (relative to the workspace root).
fn with_cards(policy: &str, files: &[&str]) -> Policy {
    let cards = files
        .iter()
        .map(|f| RateCard::from_json(&read(&root().join(f))).unwrap())
        .collect();
    Policy::from_json(policy)
        .unwrap()
        .with_rate_cards(cards)
        .unwrap()
}

/// Every shared label fixture through the command, rate cards as a directory (named so that
/// they sort in the fixture's order): the same bytes as the core's `wire::label_quote`, or the
/// same error.
#[test]
fn every_label_fixture_answers_as_the_core_does() {
    let dir = root().join("tests/fixtures/label");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 9, "{} label fixtures", names.len());
    for path in names {
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let fixture: Value = serde_json::from_str(&read(&path)).unwrap();
        let files: Vec<&str> = fixture["cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let cards = temp_dir(&format!("label-{name}"));
        for (i, file) in files.iter().enumerate() {
            let base = Path::new(file).file_name().unwrap().to_str().unwrap();
            std::fs::copy(root().join(file), cards.join(format!("{i}-{base}"))).unwrap();
        }
        let request = write_json(&cards, "request.json.in", &fixture["request"]);
        let core = wire::label_quote(
            &with_cards(LABEL_POLICY, &files),
            &fixture["request"].to_string(),
        );
        let (code, out, err) = returnkit(&[
            "label",
            "quote",
            "--cards",
            cards.to_str().unwrap(),
            "--request",
            &request,
            "--json",
        ]);
        match core {
            Ok(answer) => {
                assert_eq!(code, 0, "{name}: {err}");
                assert_eq!(out, format!("{answer}\n"), "{name}");
            }
            Err(error) => {
                assert_eq!(code, 1, "{name}: {out}");
                let v: Value = serde_json::from_str(&out).unwrap();
                assert_eq!(v["error"]["code"], error.code(), "{name}");
                assert_eq!(v["error"]["field"], error.field(), "{name}");
                assert_eq!(v["error"]["file"], request, "{name}");
                assert_eq!(
                    fixture["expected_error"]["code"],
                    error.code(),
                    "{name}: the fixture's error"
                );
            }
        }
    }
}

/// A German return: only the European service covers it. 1 kg bills as 1 kg in the national
/// zone of examples/rates/eu-retoure.json: 4.10, fuel 8% (0.328, so 0.33), and the 0.30 a
/// pay-on-use label costs when used: 4.73.
#[test]
fn quotes_the_cheapest_service_that_covers_the_origin() {
    let dir = temp_dir("label-de");
    let request = write_json(
        &dir,
        "request.json",
        &json!({"origin": {"country": "DE", "postal_code": "10115"},
                "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "1", "unit": "kg"}}]}),
    );
    let args = ["label", "quote", "--cards", "examples/rates", "--request"];
    let (code, out, err) = returnkit(&[&args[..], &[&request, "--json"]].concat());
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["chosen"]["carrier"], "Sample Europost");
    assert_eq!(v["chosen"]["service"], "Retoure Paket");
    assert_eq!(v["chosen"]["zone"], "national");
    assert_eq!(v["chosen"]["parcels"][0]["base"], "4.10");
    assert_eq!(v["chosen"]["parcels"][0]["fuel"], "0.33");
    assert_eq!(v["chosen"]["parcels"][0]["on_use"], "0.30");
    assert_eq!(v["chosen"]["cost"], "4.73");
    assert_eq!(v["chosen"]["currency"], "EUR");
    assert_eq!(v["rejected"][0]["reason"], "no zone covers DE 10115");
    // The table says the same, and reads the request from standard input.
    let (code, out, err) = returnkit_with_input(
        &[&args[..], &["-"]].concat(),
        Some(read(Path::new(&request)).as_bytes()),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "Label: Sample Europost Retoure Paket (sample figures), zone national: 4.73 EUR \
             expected (pay on use, QR code, valid 30 days, 2 days in transit)"
        ),
        "{out}"
    );
    assert!(out.contains("Cost: 4.73 EUR"), "{out}");
    assert!(
        out.contains("Declined: Sample Parcel Co. Ground Returns: no zone covers DE 10115"),
        "{out}"
    );
}

#[test]
fn a_bad_rate_card_is_named_by_file_and_field() {
    let dir = temp_dir("label-bad-card");
    let mut card: Value =
        serde_json::from_str(&read(&root().join("examples/rates/us-ground.json"))).unwrap();
    card.as_object_mut().unwrap().remove("dim_divisor");
    let bad = write_json(&dir, "bad.json", &card);
    std::fs::write(dir.join("README.md"), "not a card").unwrap();
    let request = write_json(
        &dir,
        "request.json.in",
        &json!({"origin": {"country": "US", "postal_code": "10001"},
                "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}]}),
    );
    let cards = dir.to_str().unwrap();
    let (code, _, err) = returnkit(&["label", "quote", "--cards", cards, "--request", &request]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("error: {bad}: rate_card.dim_divisor")),
        "{err}"
    );
    // `decide` and `batch` load cards the same way.
    let empty_input = write_json(&temp_dir("label-bad-card-input"), "none.jsonl", &json!({}));
    let (code, _, err) = returnkit(&[
        "batch",
        "--policy",
        common::FREE,
        "--cards",
        cards,
        &empty_input,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("error: {bad}: rate_card.dim_divisor")),
        "{err}"
    );
    let empty = temp_dir("label-no-cards");
    let (code, _, err) = returnkit(&[
        "label",
        "quote",
        "--cards",
        empty.to_str().unwrap(),
        "--request",
        &request,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no rate cards"), "{err}");
}

/// One line of `price` weighing half a pound, shipped to San Francisco (ZIP3 941, zone 1).
fn sock_order(price: &str) -> Value {
    json!({"id": "k1", "currency": "USD",
           "shipping_address": {"country": "US", "postal_code": "94105"},
           "lines": [{"id": "s", "quantity": 1, "unit_price": price, "categories": ["accessories/socks"],
                      "weight": {"value": "0.5", "unit": "lb"},
                      "delivered_at": "2026-11-01T12:00:00Z"}],
           "tenders": [{"id": "card", "kind": "card", "amount": price}]})
}

/// Keeping the item pays when the label and handling cost at least what the item recovers:
/// 0.5 lb bills as 1 lb in zone 1, 7.50 + 0.60 = 8.10, fuel 12.5% = 1.01, so 9.11; with 2.00
/// handling, 11.11. An 11.11 item is kept; an 11.12 one comes back on that label.
const UNECONOMIC: &str = r#"{"name": "k", "window": {"days": 30},
    "keep_item": {"when_uneconomic": true, "handling_cost": "2.00"}}"#;
const NOW: &str = "2026-11-10T12:00:00Z";

#[test]
fn decide_with_rate_cards_keeps_an_item_not_worth_its_label() {
    let dir = temp_dir("label-decide");
    let policy = dir.join("policy.json");
    std::fs::write(&policy, UNECONOMIC).unwrap();
    let policy = policy.to_str().unwrap();
    let request = json!({"lines": [{"line_id": "s", "quantity": 1, "reason": "changed_mind"}]});
    let request_file = write_json(&dir, "request.json", &request);
    // The directory's cards, in name order.
    let core_policy = with_cards(
        UNECONOMIC,
        &[
            "examples/rates/eu-retoure.json",
            "examples/rates/us-ground.json",
        ],
    );
    for (price, keep) in [("11.11", true), ("11.12", false)] {
        let order = write_json(&dir, &format!("order-{price}.json"), &sock_order(price));
        let args = [
            "decide",
            "--policy",
            policy,
            "--cards",
            "examples/rates",
            "--order",
            &order,
            "--request",
            &request_file,
            "--now",
            NOW,
        ];
        let (code, out, err) = returnkit(&[&args[..], &["--json"]].concat());
        assert_eq!(code, 0, "{err}");
        let d: Value = serde_json::from_str(&out).unwrap();
        let input = json!({"order": sock_order(price), "request": request, "now": NOW});
        let core = wire::decide(&core_policy, &input.to_string()).unwrap();
        assert_eq!(d, serde_json::from_str::<Value>(&core).unwrap(), "{price}");
        assert_eq!(d["keep_item"], keep, "{price}");
        let (code, table, _) = returnkit(&args);
        assert_eq!(code, 0);
        if keep {
            assert!(d["label"].is_null());
            assert!(
                table.contains(
                    "Keep the items: yes. Shipping the items back would cost 11.11 (label 9.11 \
                     and handling 2.00), at least the 11.11 they would recover: keep them."
                ),
                "{table}"
            );
            assert_eq!(d["keep_item_saving"], "11.11", "{price}");
            assert!(
                table.contains(
                    "Saved by keeping them: 11.11 USD (the label not bought, the handling not done)"
                ),
                "{table}"
            );
        } else {
            assert_eq!(d["label"]["chosen"]["carrier"], "Sample Parcel Co.");
            assert_eq!(d["label"]["chosen"]["service"], "Ground Returns");
            assert_eq!(d["label"]["chosen"]["zone"], "1");
            assert_eq!(d["label"]["chosen"]["cost"], "9.11");
            assert_eq!(
                d["label"]["rejected"][0]["reason"],
                "no zone covers US 94105"
            );
            // Issued 2026-11-10, valid 100 days.
            assert_eq!(d["label_expires_on"], "2027-02-18");
            assert!(
                table.contains(
                    "Label: Sample Parcel Co. Ground Returns, zone 1, 9.11 USD, valid until 2027-02-18"
                ),
                "{table}"
            );
        }
    }
    // Without cards, no label is priced, so nothing says the item isn't worth it.
    let order = write_json(&dir, "order.json", &sock_order("11.11"));
    let d = common::decide_json(policy, &order, &request_file, NOW);
    assert_eq!(d["keep_item"], false);
    assert!(d["label"].is_null());
}

#[test]
fn batch_with_rate_cards_writes_the_cores_decisions() {
    let dir = temp_dir("label-batch");
    let policy = dir.join("policy.toml");
    // The same policy in TOML, and the card as a single file.
    std::fs::write(
        &policy,
        "name = \"k\"\n[window]\ndays = 30\n[keep_item]\nwhen_uneconomic = true\nhandling_cost = \"2.00\"\n",
    )
    .unwrap();
    let request = json!({"lines": [{"line_id": "s", "quantity": 1, "reason": "changed_mind"}]});
    let records: Vec<Value> = ["11.11", "11.12"]
        .iter()
        .map(|p| json!({"order": sock_order(p), "request": request, "now": NOW}))
        .collect();
    let input: String = records.iter().map(|r| format!("{r}\n")).collect();
    let (code, out, err) = returnkit_with_input(
        &[
            "batch",
            "--policy",
            policy.to_str().unwrap(),
            "--cards",
            "examples/rates/us-ground.json",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(code, 0, "{err}");
    let core_policy = with_cards(UNECONOMIC, &["examples/rates/us-ground.json"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    for (i, (line, record)) in lines.iter().zip(&records).enumerate() {
        let core = wire::decide(&core_policy, &record.to_string()).unwrap();
        assert_eq!(*line, format!("{{\"line\":{},\"decision\":{core}}}", i + 1));
    }
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    let second: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(first["decision"]["keep_item"], true);
    assert_eq!(second["decision"]["keep_item"], false);
    assert_eq!(second["decision"]["label"]["chosen"]["cost"], "9.11");
}

/// A card in TOML, read as the core reads one (`RateCard::from_toml`): 2 lb in its one zone
/// costs the bracket's 5.00 and 10% fuel, 0.50: 5.50.
#[test]
fn a_toml_rate_card_quotes_as_the_core_does() {
    let dir = temp_dir("label-toml");
    let toml = r#"carrier = "Hand Post"
service = "Returns"
currency = "USD"
units = "imperial"
dim_divisor = "139"
weight_step = "1"
validity_days = 30

[[zones]]
zone = "all"
country = "US"

[[brackets]]
max_weight = "10"
prices = { all = "5.00" }

[surcharges]
fuel_percent = "10"
"#;
    let card = dir.join("hand-post.toml");
    std::fs::write(&card, toml).unwrap();
    let request = json!({"origin": {"country": "US", "postal_code": "10001"},
                         "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "2", "unit": "lb"}}]});
    let request_file = write_json(&dir, "request.json", &request);
    let (code, out, err) = returnkit(&[
        "label",
        "quote",
        "--cards",
        card.to_str().unwrap(),
        "--request",
        &request_file,
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let policy = Policy::from_json(LABEL_POLICY)
        .unwrap()
        .with_rate_cards(vec![RateCard::from_toml(toml).unwrap()])
        .unwrap();
    let core = wire::label_quote(&policy, &request.to_string()).unwrap();
    assert_eq!(out, format!("{core}\n"));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["chosen"]["carrier"], "Hand Post");
    assert_eq!(v["chosen"]["parcels"][0]["base"], "5.00");
    assert_eq!(v["chosen"]["parcels"][0]["fuel"], "0.50");
    assert_eq!(v["chosen"]["cost"], "5.50");
}
