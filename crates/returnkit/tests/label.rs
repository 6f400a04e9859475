//! Label quotes: the shared fixtures in `tests/fixtures/label/` (figures worked by hand in each
//! file's description and comments), and bad rate cards refused with their field paths.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::{Path, PathBuf};

use returnkit::label::{quote_label, LabelRequest, RateCard};
use returnkit::{from_json, Error};
use rust_decimal_macros::dec;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn card(path: &str) -> RateCard {
    RateCard::from_json(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

fn subset(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().try_for_each(|(k, ev)| {
            let av = a.get(k).ok_or_else(|| format!("{path}.{k}: missing"))?;
            subset(ev, av, &format!("{path}.{k}"))
        }),
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .try_for_each(|(i, (ev, av))| subset(ev, av, &format!("{path}[{i}]"))),
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

#[test]
fn every_label_fixture_gives_its_expected_result() {
    let dir = root().join("tests/fixtures/label");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 9);
    let mut failures = Vec::new();
    for path in paths {
        let fixture: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let cards: Vec<RateCard> = fixture["cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| card(p.as_str().unwrap()))
            .collect();
        let request: LabelRequest = from_json(&fixture["request"].to_string()).unwrap();
        let outcome = quote_label(&cards, &request)
            .map(|q| serde_json::to_value(q).unwrap())
            .map_err(|e| e.to_json());
        let verdict = match (
            fixture.get("expected"),
            fixture.get("expected_error"),
            &outcome,
        ) {
            (Some(e), None, Ok(q)) => subset(e, q, ""),
            (None, Some(e), Err(err)) => subset(e, err, "error"),
            _ => Err(format!("unexpected outcome {outcome:?}")),
        };
        if let Err(why) = verdict {
            failures.push(format!("{}: {why}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn fields(card: &RateCard) -> Vec<String> {
    card.check().iter().map(|e| e.field().to_string()).collect()
}

#[test]
fn the_sample_cards_validate() {
    for path in [
        "examples/rates/us-ground.json",
        "examples/rates/eu-retoure.json",
    ] {
        let c = card(path);
        assert!(c.sample, "{path} is labelled as a sample");
        assert!(c.check().is_empty());
    }
    let us = card("examples/rates/us-ground.json");
    let zones: std::collections::BTreeSet<_> = us.zones.iter().map(|z| z.zone.clone()).collect();
    assert_eq!(zones.len(), 8);
}

#[test]
fn bad_rate_cards_name_the_field() {
    let base = card("examples/rates/us-ground.json");

    let mut c = base.clone();
    c.brackets[1].max_weight = c.brackets[0].max_weight;
    assert_eq!(fields(&c), ["brackets[1].max_weight"]);

    let mut c = base.clone();
    c.zones[1].postal_from = Some("160".into());
    assert_eq!(fields(&c), ["zones[1]"]);
    assert!(c.check()[0].to_string().contains("gap"), "{}", c.check()[0]);

    let mut c = base.clone();
    c.zones[1].postal_from = Some("140".into());
    assert!(c.check()[0].to_string().contains("overlaps"));

    let mut c = base.clone();
    c.brackets[0].prices.insert("1".into(), dec!(-1));
    assert_eq!(fields(&c), ["brackets[0].prices.1"]);

    let mut c = base.clone();
    c.dim_divisor = None;
    assert_eq!(fields(&c), ["dim_divisor"]);

    let mut c = base.clone();
    c.max_parcel.as_mut().unwrap().weight = dec!(80);
    assert_eq!(fields(&c), ["max_parcel.weight"]);

    let mut c = base.clone();
    c.brackets[2].prices.remove("5");
    assert_eq!(fields(&c), ["brackets[2].prices"]);

    let err = RateCard::from_json(r#"{"carrier": "x"}"#).unwrap_err();
    assert!(matches!(err, Error::Parse { .. }), "{err}");
    let err = RateCard::from_json(
        &std::fs::read_to_string(root().join("examples/rates/us-ground.json"))
            .unwrap()
            .replace("\"dim_divisor\": \"139\",", ""),
    )
    .unwrap_err();
    assert_eq!(err.code(), 2002);
    assert_eq!(err.field(), "dim_divisor");
}

#[test]
fn a_weight_above_every_bracket_is_an_error_not_a_panic() {
    // Without a parcel limit, a 100 lb unit bills above the 70 lb bracket.
    let mut c = card("examples/rates/us-ground.json");
    c.max_parcel = None;
    let request: LabelRequest = from_json(
        r#"{"origin": {"country": "US", "postal_code": "10001"},
            "items": [{"line_id": "a", "quantity": 1, "weight": {"value": "100", "unit": "lb"}}]}"#,
    )
    .unwrap();
    let err = quote_label(&[c], &request).unwrap_err();
    assert_eq!(err.code(), 2003);
    assert!(
        err.to_string().contains("above the largest bracket"),
        "{err}"
    );
}
