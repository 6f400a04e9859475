//! JSON-LD and summary of sample policies, checked field by field and sentence by sentence.

use crate::policy::Policy;

fn policy(json: &str) -> Policy {
    Policy::from_json(json).unwrap()
}

#[test]
fn free_30_day_returns() {
    let p = policy(
        r#"{"name": "Free returns", "currency": "USD", "countries": ["US", "CA"],
            "window": {"days": 30}}"#,
    );
    let ld = p.to_json_ld();
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "MerchantReturnPolicy");
    assert_eq!(ld["applicableCountry"], serde_json::json!(["US", "CA"]));
    assert_eq!(
        ld["returnPolicyCategory"],
        "https://schema.org/MerchantReturnFiniteReturnWindow"
    );
    assert_eq!(ld["merchantReturnDays"], 30);
    assert_eq!(ld["returnMethod"], "https://schema.org/ReturnByMail");
    assert_eq!(ld["returnFees"], "https://schema.org/FreeReturn");
    assert_eq!(
        ld["customerRemorseReturnFees"],
        "https://schema.org/FreeReturn"
    );
    assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
    assert_eq!(
        ld["customerRemorseReturnLabelSource"],
        "https://schema.org/ReturnLabelDownloadAndPrint"
    );
    assert_eq!(
        ld["refundType"],
        serde_json::json!([
            "https://schema.org/FullRefund",
            "https://schema.org/StoreCreditRefund",
            "https://schema.org/ExchangeRefund"
        ])
    );
    assert!(ld.get("restockingFee").is_none());
    assert!(ld.get("returnShippingFeesAmount").is_none());
    assert!(ld.get("returnPolicySeasonalOverride").is_none());

    let text = p.summary();
    assert!(text.contains("- You can return items within 30 days of delivery."));
    assert!(text.contains("Changed your mind? Return shipping is free"));
    assert!(text.contains(
        "Refund options: a refund to your original payment method, store credit or an exchange."
    ));
}

#[test]
fn no_countries_means_no_applicable_country() {
    let ld = policy(r#"{"name": "x", "window": {"days": 10}}"#).to_json_ld();
    assert!(ld.get("applicableCountry").is_none());
}

#[test]
fn unlimited_window() {
    let p = policy(r#"{"name": "Forever", "window": {"unlimited": true}}"#);
    let ld = p.to_json_ld();
    assert_eq!(
        ld["returnPolicyCategory"],
        "https://schema.org/MerchantReturnUnlimitedWindow"
    );
    assert!(ld.get("merchantReturnDays").is_none());
    assert!(p.summary().contains("at any time: there is no time limit"));
}

#[test]
fn a_rule_denying_everything_means_returns_are_not_permitted() {
    let p = policy(
        r#"{"name": "No returns", "window": {"days": 30},
            "rules": [{"id": "none", "then": [{"deny": {"code": "no_returns", "message": "All sales are final"}}]}]}"#,
    );
    let ld = p.to_json_ld();
    assert_eq!(
        ld["returnPolicyCategory"],
        "https://schema.org/MerchantReturnNotPermitted"
    );
    assert!(ld.get("merchantReturnDays").is_none());
    assert!(p
        .summary()
        .contains("- All returns are not returnable. All sales are final."));
}

#[test]
fn customer_paid_label_and_restocking() {
    let p = policy(
        r#"{"name": "Paid returns", "currency": "USD", "window": {"days": 30},
            "fees": {"restocking": {"type": "percent", "percent": 15}, "label_fee": 6.95},
            "label": {"remorse": "customer"}}"#,
    );
    let ld = p.to_json_ld();
    assert_eq!(ld["restockingFee"], 15);
    assert_eq!(ld["returnFees"], "https://schema.org/ReturnShippingFees");
    let amount = serde_json::json!({"@type": "MonetaryAmount", "value": 6.95, "currency": "USD"});
    assert_eq!(ld["returnShippingFeesAmount"], amount);
    assert_eq!(ld["customerRemorseReturnShippingFeesAmount"], amount);
    assert_eq!(
        ld["customerRemorseReturnFees"],
        "https://schema.org/ReturnShippingFees"
    );
    // Faulty items: the merchant pays the label and no fees are charged.
    assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
    assert!(ld.get("itemDefectReturnShippingFeesAmount").is_none());

    let text = p.summary();
    assert!(text.contains("A restocking fee of 15% of the item price"));
    assert!(text.contains("deduct 6.95 USD for it from your refund"));
    assert!(text.contains(
        "Faulty, damaged or wrong item? Return shipping is free: we send you a prepaid label. No restocking or handling fee is charged."
    ));
}

#[test]
fn restocking_only_and_flat_restocking() {
    let ld = policy(
        r#"{"name": "x", "currency": "EUR", "window": {"days": 30},
            "fees": {"restocking": {"type": "flat", "amount": 5, "per": "unit"}}}"#,
    )
    .to_json_ld();
    assert_eq!(ld["returnFees"], "https://schema.org/RestockingFees");
    assert_eq!(
        ld["restockingFee"],
        serde_json::json!({"@type": "MonetaryAmount", "value": 5, "currency": "EUR"})
    );
    assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
}

#[test]
fn customer_arranged_shipping() {
    let ld = policy(
        r#"{"name": "x", "window": {"days": 14},
            "label": {"remorse": "customer_arranged", "merchant_fault": "merchant"}}"#,
    )
    .to_json_ld();
    assert_eq!(
        ld["customerRemorseReturnFees"],
        "https://schema.org/ReturnFeesCustomerResponsibility"
    );
    assert_eq!(
        ld["customerRemorseReturnLabelSource"],
        "https://schema.org/ReturnLabelCustomerResponsibility"
    );
    assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
    assert_eq!(
        ld["itemDefectReturnLabelSource"],
        "https://schema.org/ReturnLabelDownloadAndPrint"
    );
}

#[test]
fn a_fee_in_an_unknown_currency_is_the_customers_responsibility() {
    let ld = policy(
        r#"{"name": "x", "window": {"days": 30}, "fees": {"label_fee": 5},
            "label": {"remorse": "customer"}}"#,
    )
    .to_json_ld();
    assert_eq!(
        ld["returnFees"],
        "https://schema.org/ReturnFeesCustomerResponsibility"
    );
    assert!(ld.get("returnShippingFeesAmount").is_none());
}

#[test]
fn holiday_rule_gives_a_seasonal_override() {
    let p = policy(
        r#"{"name": "Holidays", "window": {"days": 30},
            "rules": [
              {"id": "holiday", "when": {"order_date": {"from": "2026-11-20", "to": "2026-12-24"}},
               "then": [{"window_until": "2027-01-31"}]},
              {"id": "gifts", "when": {"all": [{"order_date": {"from": "2026-12-01", "to": "2026-12-31"}},
                                               {"category": ["gifts"]}]},
               "then": [{"window_days": 60}]},
              {"id": "short", "when": {"order_date": {"from": "2026-07-01", "to": "2026-07-31"}},
               "then": [{"window_days": 10}]},
              {"id": "shoes", "when": {"category": ["shoes"]}, "then": [{"window_days": 90}]}
            ]}"#,
    );
    let ld = p.to_json_ld();
    let overrides = ld["returnPolicySeasonalOverride"].as_array().unwrap();
    assert_eq!(overrides.len(), 2, "{overrides:?}");
    assert_eq!(
        overrides[0],
        serde_json::json!({
            "@type": "MerchantReturnPolicySeasonalOverride",
            "startDate": "2026-11-20",
            "endDate": "2026-12-24",
            "returnPolicyCategory": "https://schema.org/MerchantReturnFiniteReturnWindow",
            "merchantReturnDays": "2027-01-31"
        })
    );
    assert_eq!(overrides[1]["startDate"], "2026-12-01");
    assert_eq!(overrides[1]["endDate"], "2026-12-31");
    assert_eq!(overrides[1]["merchantReturnDays"], 60);

    let text = p.summary();
    assert!(text
        .contains("- Orders placed 2026-11-20 to 2026-12-24 can be returned until 2027-01-31.\n"));
    assert!(text.contains(
        "- Orders placed 2026-12-01 to 2026-12-31 and items in category gifts can be returned within 60 days of delivery.\n"
    ));
    assert!(
        text.contains("- Items in category shoes can be returned within 90 days of delivery.\n")
    );
}

#[test]
fn rule_descriptions_and_generated_sentences() {
    let p = policy(
        r#"{"name": "x", "currency": "GBP", "window": {"days": 30},
            "rules": [
              {"id": "hygiene", "when": {"category": ["underwear", "swimwear"]},
               "then": [{"deny": {"code": "hygiene", "message": "For hygiene reasons"}}]},
              {"id": "vip", "description": "VIP customers get free returns.",
               "when": {"customer_tier": ["vip"]}, "then": ["waive_fees"]},
              {"id": "big", "when": {"return_value": {"at_least": 500}},
               "then": [{"review": {"code": "big", "message": ""}}, "require_photos"]}
            ]}"#,
    );
    let text = p.summary();
    assert!(text.contains(
        "- Items in categories underwear or swimwear are not returnable. For hygiene reasons.\n"
    ));
    assert!(text.contains("- VIP customers get free returns.\n"));
    assert!(text.contains(
        "- Returns worth 500.00 GBP or more before tax are checked by our team before approval and need photos of the item.\n"
    ));
}

#[test]
fn eu_policy_mentions_the_14_day_withdrawal_right() {
    let p = policy(
        r#"{"name": "EU", "currency": "EUR", "jurisdiction": "eu", "countries": ["DE"],
            "timezone": "Europe/Berlin",
            "window": {"days": 7, "extend_to_business_day": true, "holidays": ["2026-12-25"]},
            "resolutions": ["store_credit"]}"#,
    );
    let text = p.summary();
    assert!(text
        .contains("EU customers can withdraw within 14 days of delivery without giving a reason"));
    assert!(text.contains("within 7 days of delivery"));
    assert!(text.contains("shop time (Europe/Berlin)"));
    assert!(text.contains("moves to the next business day (holidays: 2026-12-25)."));
    assert!(text.contains("unless the law gives you a right to return them"));
    assert!(!text.contains("cost of return shipping stated above"));
    // The engine always grants the statutory minimum and the refund to the original payment.
    let ld = p.to_json_ld();
    assert_eq!(ld["merchantReturnDays"], 14);
    assert_eq!(
        ld["refundType"],
        serde_json::json!([
            "https://schema.org/FullRefund",
            "https://schema.org/StoreCreditRefund"
        ])
    );
}

#[test]
fn uk_faulty_items_are_free_to_return() {
    let p = policy(
        r#"{"name": "UK", "currency": "GBP", "jurisdiction": "uk", "window": {"days": 30},
            "fees": {"label_fee": 3.5}, "label": {"remorse": "customer", "merchant_fault": "customer"}}"#,
    );
    let ld = p.to_json_ld();
    assert_eq!(ld["itemDefectReturnFees"], "https://schema.org/FreeReturn");
    assert_eq!(
        ld["customerRemorseReturnFees"],
        "https://schema.org/ReturnShippingFees"
    );
    let text = p.summary();
    assert!(text.contains("UK customers can cancel within 14 days of delivery"));
    assert!(text.contains("rejected for a full refund within 30 days of delivery"));
    assert!(text.contains("deduct 3.50 GBP for it from your refund"));
    assert!(
        text.contains("The cost of return shipping stated above still applies on cancellation.")
    );
}

#[test]
fn summary_covers_bonus_keep_item_store_credit_cutoff_and_final_sale() {
    let p = policy(
        r#"{"name": "Everything", "currency": "JPY", "window": {"days": 1, "from": "order"},
            "bonus": {"store_credit": {"type": "percent", "percent": 10},
                      "exchange": {"type": "flat", "amount": 500}},
            "keep_item": {"threshold": 1000},
            "store_credit_only_after_days": 20,
            "fees": {"return_fee": 300},
            "inspection": [{"condition": "used", "percent": 20}]}"#,
    );
    let text = p.summary();
    assert!(text.contains("within 1 day of placing your order"));
    assert!(!text.contains("can't confirm when an item was delivered"));
    assert!(text.contains("Choose store credit and get 10% extra."));
    assert!(text.contains("Choose an exchange and get 500 JPY extra."));
    assert!(text.contains("worth 1000 JPY or less before tax, keep them"));
    assert!(text
        .contains("After 20 days from your order date, refunds are given as store credit only."));
    assert!(text.contains("A handling fee of 300 JPY per return"));
    assert!(text.contains("Items that come back used have 20% deducted"));
    assert!(text.contains("- Items sold as final sale can't be returned.\n"));
    let ld = p.to_json_ld();
    assert_eq!(ld["returnFees"], "https://schema.org/ReturnShippingFees");
    assert_eq!(ld["returnShippingFeesAmount"]["value"], 300);
    assert_eq!(ld["returnShippingFeesAmount"]["currency"], "JPY");
}

#[test]
fn output_is_deterministic() {
    let json = r#"{"name": "x", "currency": "USD", "window": {"days": 30},
        "rules": [{"id": "a", "when": {"any": [{"sku": ["A"]}, {"not": {"country": ["US"]}}]},
                   "then": ["keep_item", {"bonus": {"store_credit": {"type": "flat", "amount": 5}}}]}]}"#;
    let (a, b) = (policy(json), policy(json));
    assert_eq!(a.summary(), b.summary());
    assert_eq!(
        serde_json::to_string(&a.to_json_ld()).unwrap(),
        serde_json::to_string(&b.to_json_ld()).unwrap()
    );
    assert!(a.summary().contains(
        "- Items with SKU A or returns other than orders shipped to US can be kept: you get your refund without sending them back and get 5.00 USD extra with store credit.\n"
    ));
}
