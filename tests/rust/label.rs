//! Label quotes: the shared fixtures in `tests/fixtures/label/` (figures worked by hand in each
//! file's description and comments), and bad rate cards refused with their field paths.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::label::{quote_label, LabelRequest, RateCard};
use returnkit::{from_json, Error};
use rust_decimal_macros::dec;
use support::fixtures::{check_outcome, fixtures, subset};
use support::{workspace_root, written};

fn card(path: &str) -> RateCard {
    RateCard::from_json(&std::fs::read_to_string(workspace_root().join(path)).unwrap()).unwrap()
}

#[test]
fn every_label_fixture_gives_its_expected_result() {
    let all = fixtures("label");
    assert!(all.len() >= 9);
    let mut failures = Vec::new();
    for (name, fixture) in all {
        let cards: Vec<RateCard> = fixture["cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| card(p.as_str().unwrap()))
            .collect();
        let request: LabelRequest = from_json(&fixture["request"].to_string()).unwrap();
        let direct = quote_label(&cards, &request).map(written);
        // Through the wire entry point, as the bindings run them: errors name the request.
        let policy =
            returnkit::policy::Policy::from_json(r#"{"name": "labels", "window": {"days": 30}}"#)
                .unwrap()
                .with_rate_cards(cards)
                .unwrap();
        let outcome = returnkit::wire::label_quote(&policy, &fixture["request"].to_string())
            .map(|text| serde_json::from_str::<serde_json::Value>(&text).unwrap())
            .map_err(|e| e.to_json());
        if let (Ok(direct), Ok(wire)) = (&direct, &outcome) {
            assert_eq!(
                direct, wire,
                "{name}: the entry point answers what the engine gives"
            );
        }
        if let Err(why) = check_outcome(&fixture, &outcome, "a label quote", subset) {
            failures.push(format!("{name}: {why}"));
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
        &std::fs::read_to_string(workspace_root().join("examples/rates/us-ground.json"))
            .unwrap()
            .replace("\"dim_divisor\": \"139\",", ""),
    )
    .unwrap_err();
    assert_eq!(err.code(), 2002);
    assert_eq!(err.field(), "rate_card.dim_divisor");
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

mod decisions {
    //! Labels inside decisions: keep-the-item economics around the break-even point, and the
    //! label's actual cost deducted when the customer pays.
    use super::*;
    use returnkit::decision::{decide, ReturnRequest};
    use returnkit::policy::{LabelPayer, Policy};
    use returnkit::Order;

    /// One line of `price` weighing half a pound, shipped to San Francisco (ZIP3 941, zone 1).
    fn order(price: &str) -> Order {
        from_json(&format!(
            r#"{{"id": "k1", "currency": "USD",
                "shipping_address": {{"country": "US", "postal_code": "94105"}},
                "lines": [{{"id": "s", "quantity": 1, "unit_price": "{price}", "categories": ["accessories/socks"],
                           "weight": {{"value": "0.5", "unit": "lb"}},
                           "delivered_at": "2026-11-01T12:00:00Z"}}],
                "tenders": [{{"id": "card", "kind": "card", "amount": "{price}"}}]}}"#
        ))
        .unwrap()
    }

    fn policy(extra: &str) -> Policy {
        Policy::from_json(&format!(
            r#"{{"name": "k", "window": {{"days": 30}}, {extra}}}"#
        ))
        .unwrap()
        .with_rate_cards(vec![card("examples/rates/us-ground.json")])
        .unwrap()
    }

    fn request() -> ReturnRequest {
        from_json(r#"{"lines": [{"line_id": "s", "quantity": 1, "reason": "changed_mind"}]}"#)
            .unwrap()
    }

    fn now() -> chrono::DateTime<chrono::Utc> {
        "2026-11-10T12:00:00Z".parse().unwrap()
    }

    // The label: 0.5 lb bills as 1 lb in zone 1: 7.50 + 0.60 = 8.10, fuel 12.5% = 1.0125 -> 1.01,
    // so 9.11. With 2.00 handling, sending the item back costs 11.11.
    const UNECONOMIC: &str = r#""keep_item": {"when_uneconomic": true, "handling_cost": "2.00"}"#;

    #[test]
    fn keeps_the_item_when_shipping_costs_at_least_what_it_recovers() {
        let d = decide(&policy(UNECONOMIC), &order("11.11"), &request(), now()).unwrap();
        assert!(d.keep_item, "{d:?}");
        assert!(d.keep_item_reason.as_deref().unwrap().contains("11.11"));
        assert!(d.label.is_none());
        assert_eq!(d.label_payer, None);
        assert!(d.lines[0].keep_item);
    }

    #[test]
    fn ships_the_item_back_when_it_recovers_more() {
        let d = decide(&policy(UNECONOMIC), &order("11.12"), &request(), now()).unwrap();
        assert!(!d.keep_item, "{d:?}");
        let label = d.label.unwrap();
        assert_eq!(label.chosen.cost, dec!(9.11));
        assert_eq!(label.chosen.zone, "1");
        // Issued 2026-11-10, valid 100 days.
        assert_eq!(d.label_expires_on.unwrap().to_string(), "2027-02-18");
        assert_eq!(d.label_payer, Some(LabelPayer::Merchant));
    }

    #[test]
    fn resale_rates_by_category_lower_what_an_item_recovers() {
        // At 50% resale a 20.00 item recovers 10.00, less than the 11.11 it costs to ship back.
        let extra = r#""keep_item": {"when_uneconomic": true, "handling_cost": "2.00",
                        "resale_rates": [{"category": "accessories", "percent": "50"}]}"#;
        let d = decide(&policy(extra), &order("20.00"), &request(), now()).unwrap();
        assert!(d.keep_item, "{d:?}");
        assert!(d.keep_item_reason.unwrap().contains("10.00"));
    }

    #[test]
    fn a_customer_paid_label_deducts_its_actual_cost() {
        let extra = r#""label": {"remorse": "customer", "deduction": "actual_cost"}"#;
        let d = decide(&policy(extra), &order("30.00"), &request(), now()).unwrap();
        let refund = &d.resolutions[0].quote;
        assert_eq!(refund.deductions[0].amount, dec!(9.11));
        // 30.00 less the 9.11 label.
        assert_eq!(refund.totals.refund, dec!(20.89));
        // A faulty item's label is the merchant's, so nothing is deducted.
        let faulty: ReturnRequest =
            from_json(r#"{"lines": [{"line_id": "s", "quantity": 1, "reason": "defective"}]}"#)
                .unwrap();
        let d = decide(&policy(extra), &order("30.00"), &faulty, now()).unwrap();
        assert_eq!(d.label_payer, Some(LabelPayer::Merchant));
        assert_eq!(d.resolutions[0].quote.totals.refund, dec!(30.00));
    }
}
