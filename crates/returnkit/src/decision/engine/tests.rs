//! Phases of a decision one at a time, on the sample order (examples/data/order.json): three
//! lines delivered 2026-10-06, paid 160.20 (2 × 89.00 less its 17.80 share of the order
//! discount), 108.00 and 27.00, before tax.

use super::*;
use crate::wire::from_json;

fn sample_order(edit: impl FnOnce(&mut serde_json::Value)) -> Order {
    let mut order: serde_json::Value =
        serde_json::from_str(include_str!("../../../samples/order.json")).unwrap();
    edit(&mut order);
    from_json(&order.to_string()).unwrap()
}

fn policy(json: &str) -> Policy {
    Policy::from_json(json).unwrap()
}

fn request(json: &str) -> ReturnRequest {
    from_json(json).unwrap()
}

fn case<'a>(
    policy: &'a Policy,
    order: &'a Order,
    request: &'a ReturnRequest,
    now: &str,
) -> Case<'a> {
    let now: DateTime<Utc> = now.parse().unwrap();
    Case {
        policy,
        order,
        request,
        ledger: OrderLedger::new(order).unwrap(),
        now,
        today: policy.clock.local_date(now),
        locale: Default::default(),
    }
}

const THIRTY_DAYS: &str = r#"{"name": "30 days", "window": {"days": 30}}"#;

#[test]
fn resolving_lines_caps_each_at_what_is_left_and_facts_value_it_before_tax() {
    let (p, o) = (policy(THIRTY_DAYS), sample_order(|_| {}));
    let r = request(
        r#"{"lines": [{"line_id": "l1", "quantity": 5, "reason": "size_or_fit"},
                      {"line_id": "l3", "quantity": 3, "reason": "defective"}]}"#,
    );
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let mut dates = ClockMemo::new(&p.clock);
    let mut lines = c.resolve_lines(&mut dates).unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0].available, lines[0].eligible), (2, 2));
    assert_eq!(lines[0].days_since_delivery, Some(14));
    assert_eq!(lines[1].class, ReasonClass::MerchantFault);

    let facts = c.return_facts(&mut lines, &mut dates).unwrap();
    assert_eq!((lines[0].net, lines[1].net), (16020, 2700));
    assert_eq!(facts.return_value, Decimal::new(18720, 2));
    assert_eq!(facts.item_count, 5);
    // Merchandise 295.20, shipping 9.95 and tax 21.40: what the two tenders paid.
    assert_eq!(facts.order_total, Decimal::new(32655, 2));
    assert_eq!(facts.days_since_order, Some(18));
    assert!(!facts.full_return, "l2 stays");

    c.check_eligibility(&mut lines);
    assert_eq!(lines[0].review.len(), 1);
    assert_eq!(
        lines[0].review[0].message,
        "Only 2 of the 5 asked for can be returned."
    );
}

#[test]
fn resolving_lines_rejects_a_line_asked_twice() {
    let (p, o) = (policy(THIRTY_DAYS), sample_order(|_| {}));
    let r = request(
        r#"{"lines": [{"line_id": "l2", "quantity": 1, "reason": "size_or_fit"},
                      {"line_id": "l2", "quantity": 1, "reason": "size_or_fit"}]}"#,
    );
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let err = c.resolve_lines(&mut ClockMemo::new(&p.clock)).err();
    assert!(
        matches!(&err, Some(Error::DuplicateId { field, .. }) if field == "lines[1].line_id"),
        "{err:?}"
    );
}

#[test]
fn windows_close_thirty_days_after_delivery_and_deny_after() {
    let (p, o) = (policy(THIRTY_DAYS), sample_order(|_| {}));
    let r = request(r#"{"lines": [{"line_id": "l2", "quantity": 1, "reason": "size_or_fit"}]}"#);
    for (now, denied) in [
        ("2026-11-05T12:00:00Z", false),
        ("2026-11-06T12:00:00Z", true),
    ] {
        let c = case(&p, &o, &r, now);
        let mut dates = ClockMemo::new(&p.clock);
        let mut lines = c.resolve_lines(&mut dates).unwrap();
        c.open_windows(&mut lines, &mut dates);
        assert_eq!(
            lines[0].deadline.map(|d| d.last_day.to_string()),
            Some("2026-11-05".to_string())
        );
        c.check_eligibility(&mut lines);
        let codes: Vec<&str> = lines[0].deny.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            if denied {
                vec!["outside_window"]
            } else {
                vec![]
            },
            "{now}"
        );
    }
}

#[test]
fn rules_fire_per_line_and_later_settings_win() {
    let p = policy(
        r#"{"name": "shoes", "window": {"days": 30}, "rules": [
            {"id": "shoes-fee", "when": {"category": ["shoes"]},
             "then": [{"set_restocking": {"type": "percent", "percent": 15}}]},
            {"id": "everyone-pays", "then": [{"label_payer": "customer"}]},
            {"id": "merchant-pays", "when": {"order_total": {"at_least": 300}},
             "then": [{"label_payer": "merchant"}]}
        ]}"#,
    );
    let o = sample_order(|_| {});
    let r = request(
        r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"},
                      {"line_id": "l2", "quantity": 1, "reason": "size_or_fit"}]}"#,
    );
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let mut dates = ClockMemo::new(&p.clock);
    let mut lines = c.resolve_lines(&mut dates).unwrap();
    let facts = c.return_facts(&mut lines, &mut dates).unwrap();
    let (ret, fired) = c.apply_rules(&facts, &mut lines, &mut dates);
    let fired: Vec<(&str, Vec<&str>)> = fired
        .iter()
        .map(|f| (&*f.rule_id, f.line_ids.iter().map(|id| &**id).collect()))
        .collect();
    assert_eq!(
        fired,
        [
            ("shoes-fee", vec!["l1"]),
            ("everyone-pays", vec!["l1", "l2"]),
            ("merchant-pays", vec!["l1", "l2"])
        ]
    );
    assert!(matches!(
        &lines[0].restocking,
        Setting::Set(RestockingSpec::Percent { percent }) if *percent == Decimal::from(15)
    ));
    assert!(matches!(lines[1].restocking, Setting::Default));
    // The order cost 326.55, so the later rule's payer stands.
    assert_eq!(ret.label_payer, Some(LabelPayer::Merchant));
}

#[test]
fn withdrawal_overrides_a_closed_window_and_sets_the_refund_date() {
    let p = policy(r#"{"name": "7 days", "window": {"days": 7}, "jurisdiction": "eu"}"#);
    let o = sample_order(|o| o["withdrawal_notice_given"] = true.into());
    let r = request(r#"{"lines": [{"line_id": "l2", "quantity": 1, "reason": "size_or_fit"}]}"#);
    let c = case(&p, &o, &r, "2026-10-15T12:00:00Z");
    let mut dates = ClockMemo::new(&p.clock);
    let mut lines = c.resolve_lines(&mut dates).unwrap();
    c.open_windows(&mut lines, &mut dates);
    c.check_eligibility(&mut lines);
    assert_eq!(
        lines[0].deny[0].code, "outside_window",
        "7 days closed 2026-10-13"
    );

    let mut ret = ReturnSettings::default();
    let (cited, refund_by) = c.apply_statute(false, &mut lines, &mut ret, &mut dates);
    assert!(lines[0].deny.is_empty());
    assert_eq!(lines[0].statutory_right.as_deref(), Some("eu_withdrawal"));
    // 14 days from delivery on 2026-10-06.
    assert_eq!(
        lines[0].deadline.map(|d| d.last_day.to_string()),
        Some("2026-10-20".to_string())
    );
    assert_eq!(
        refund_by.map(|d| d.to_string()),
        Some("2026-10-29".to_string())
    );
    let codes: Vec<&str> = cited.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "eu_withdrawal_14_days",
            "eu_no_restocking_fee",
            "eu_refund_to_original_payment",
            "eu_refund_within_14_days"
        ]
    );
    assert!(!ret.statutory_delivery, "only part of the order comes back");
}

#[test]
fn thresholds_count_only_lines_that_can_be_returned() {
    let p = policy(
        r#"{"name": "checked", "window": {"days": 30},
            "review": {"value_over": "100", "items_over": 3}}"#,
    );
    let o = sample_order(|_| {});
    let r = request(
        r#"{"lines": [{"line_id": "l1", "quantity": 1, "reason": "size_or_fit"},
                      {"line_id": "l3", "quantity": 3, "reason": "size_or_fit"}]}"#,
    );
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let mut dates = ClockMemo::new(&p.clock);
    let mut lines = c.resolve_lines(&mut dates).unwrap();
    c.return_facts(&mut lines, &mut dates).unwrap();
    lines[1]
        .deny
        .push(reason("final_sale", String::new(), None));
    let decisions = line_outcomes(&mut lines);
    let live = live_lines(&decisions);
    assert_eq!(live, [0]);
    // One shoe, 80.10: under both thresholds once the socks are denied.
    assert_eq!(live_totals(&lines, &live), (8010, 1));
    let mut ret = ReturnSettings::default();
    assert!(c
        .return_reviews(8010, 1, Decimal::ZERO, &mut ret)
        .is_empty());
    let reasons = c.return_reviews(18720, 4, Decimal::ZERO, &mut ret);
    let codes: Vec<&str> = reasons.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["review_value", "review_items"]);
    assert_eq!(return_outcome(&decisions, &live, &[]), Outcome::Approve);
    assert_eq!(return_outcome(&decisions, &live, &reasons), Outcome::Review);
    assert_eq!(return_outcome(&decisions, &[], &[]), Outcome::Deny);
}

#[test]
fn label_payer_follows_fault_unless_the_short_term_right_to_reject_applies() {
    let p =
        policy(r#"{"name": "remorse", "window": {"days": 30}, "label": {"remorse": "customer"}}"#);
    let o = sample_order(|_| {});
    let r = request(r#"{"lines": [{"line_id": "l2", "quantity": 1, "reason": "size_or_fit"}]}"#);
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let mut ret = ReturnSettings::default();
    assert_eq!(c.label_payer(false, &ret), LabelPayer::Customer);
    assert_eq!(c.label_payer(true, &ret), p.doc.label.merchant_fault);
    ret.short_term_reject = true;
    assert_eq!(c.label_payer(false, &ret), LabelPayer::Merchant);
}

#[test]
fn fees_and_quotes_price_every_resolution_from_one_base_request() {
    let p = policy(
        r#"{"name": "fees", "window": {"days": 30},
            "resolutions": ["original_payment", "store_credit"],
            "fees": {"restocking": {"type": "percent", "percent": 10}, "label_fee": "5.95"},
            "label": {"remorse": "customer"}}"#,
    );
    let o = sample_order(|_| {});
    let r = request(
        r#"{"lines": [{"line_id": "l2", "quantity": 1, "reason": "size_or_fit"},
                      {"line_id": "l3", "quantity": 1, "reason": "defective"}]}"#,
    );
    let c = case(&p, &o, &r, "2026-10-20T12:00:00Z");
    let mut dates = ClockMemo::new(&p.clock);
    let mut lines = c.resolve_lines(&mut dates).unwrap();
    c.return_facts(&mut lines, &mut dates).unwrap();
    let decisions = line_outcomes(&mut lines);
    let live = live_lines(&decisions);
    let ret = ReturnSettings::default();
    let mut decision = Decision {
        schema_version: crate::decision::DECISION_SCHEMA_VERSION,
        outcome: Outcome::Approve,
        lines: decisions,
        reasons: Vec::new(),
        requested_resolution: None,
        resolutions: Vec::new(),
        keep_item: false,
        keep_item_reason: None,
        keep_item_saving: None,
        label_payer: Some(c.label_payer(merchant_fault(&lines, &live), &ret)),
        refund_by: None,
        statutory: Vec::new(),
        goodwill_credit: None,
        fired_rules: Vec::new(),
        label: None,
        label_expires_on: None,
        gift: false,
        locale: None,
    };
    // The socks are faulty, so the merchant pays the label: no label fee.
    assert_eq!(decision.label_payer, Some(LabelPayer::Merchant));
    let offered = c.offered_resolutions(&lines, &live, &mut decision);
    assert_eq!(
        offered,
        [Resolution::OriginalPayment, Resolution::StoreCredit]
    );

    let base = c.base_refund_request(&lines, &live, &ret, true, None, &decision);
    assert_eq!(base.fees.label, None);
    // The faulty line bears no fees; the jacket keeps the default 10% restocking fee.
    let waived: Vec<bool> = base.lines.iter().map(|l| l.waive_fees).collect();
    assert_eq!(waived, [false, true]);

    c.quote_resolutions(base, offered, &ret, &mut decision)
        .unwrap();
    let offers: Vec<(Resolution, String)> = decision
        .resolutions
        .iter()
        .map(|o| (o.request.resolution, o.quote.totals.refund.to_string()))
        .collect();
    // Jacket 108.00 + 7.83 tax less 10.80 restocking, socks 9.00 + 0.65 tax.
    assert_eq!(
        offers,
        [
            (Resolution::OriginalPayment, "114.68".to_string()),
            (Resolution::StoreCredit, "114.68".to_string())
        ]
    );
}

/// The decision fixture `keep-item-uneconomic-saving` (a 1.5 lb jacket of 25.00 shipped back
/// from Atlanta, under a policy that keeps uneconomic returns with 3.50 of handling), decided
/// with the sample US ground card, after `edit` changes the fixture.
fn keep_item_case(edit: impl FnOnce(&mut serde_json::Value)) -> Decision {
    let mut f: serde_json::Value = serde_json::from_str(include_str!(
        "../../../samples/decide-keep-item-uneconomic-saving.json"
    ))
    .unwrap();
    edit(&mut f);
    let card =
        crate::label::RateCard::from_json(include_str!("../../../samples/us-ground.json")).unwrap();
    let p = policy(&f["policy"].to_string())
        .with_rate_cards(vec![card])
        .unwrap();
    let o: Order = from_json(&f["order"].to_string()).unwrap();
    let r = request(&f["request"].to_string());
    let now: DateTime<Utc> = f["now"].as_str().unwrap().parse().unwrap();
    super::decide(&p, &o, &r, now).unwrap()
}

#[test]
fn keeping_the_items_saves_the_label_and_the_handling() {
    // Zone 6, 2 lb billed: 12.03 + 1.50 fuel = 13.53 for the label, plus 3.50 handling.
    let d = keep_item_case(|_| {});
    assert!(d.keep_item && d.label.is_none());
    assert_eq!(d.keep_item_saving, Some(Decimal::new(1703, 2)));
    // Without handling (and at 50% resale, 12.50 recovered), the label alone; the amounts'
    // own places are kept (13.53 + 0).
    let d = keep_item_case(|f| {
        let keep = &mut f["policy"]["keep_item"];
        keep["handling_cost"] = "0".into();
        keep["resale_rates"][0]["percent"] = "50".into();
    });
    assert_eq!(
        d.keep_item_saving.map(|s| s.to_string()),
        Some("13.53".into())
    );
    // Kept under a threshold, the label quoted still counts: 13.53 + 3.50.
    let d = keep_item_case(|f| {
        f["policy"]["keep_item"] = serde_json::json!({"threshold": "30", "handling_cost": "3.50"})
    });
    assert!(d.keep_item);
    assert_eq!(d.keep_item_saving, Some(Decimal::new(1703, 2)));
    // Worth more than it costs to ship back (40.00 recovers 24.00): shipped, nothing saved.
    let d = keep_item_case(|f| {
        f["order"]["lines"][0]["unit_price"] = "40.00".into();
        f["order"]["lines"][0]["tax_lines"][0]["amount"] = "3.20".into();
        f["order"]["tenders"][0]["amount"] = "43.20".into();
    });
    assert!(!d.keep_item && d.label.is_some());
    assert_eq!(d.keep_item_saving, None);
    // Kept, but with no address to ship from no label was quoted: no saving to record.
    let d = keep_item_case(|f| {
        f["policy"]["keep_item"] = serde_json::json!({"threshold": "30", "handling_cost": "3.50"});
        f["order"]
            .as_object_mut()
            .unwrap()
            .remove("shipping_address");
    });
    assert!(d.keep_item);
    assert_eq!(d.keep_item_saving, None);
}
