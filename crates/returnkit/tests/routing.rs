//! Routing by disposition end to end: the label priced to each destination's zone, a parcel
//! set per destination, and an RMA whose inspection sends an item elsewhere, with the
//! customer's timeline naming where the items go.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use returnkit::decision::{decide, ReturnRequest};
use returnkit::label::RateCard;
use returnkit::policy::Policy;
use returnkit::rma::{
    Action, Actor, Command, CustomerStatus, Disposition, Inspection, LineUnits, RmaDocument, Scan,
    Submission,
};
use returnkit::routing::DestinationKind;
use returnkit::{from_json, Condition, Order, Resolution};
use rust_decimal_macros::dec;
use support::rma::{at, DECIDED, ORDER, REQUEST};

const CARD: &str = include_str!("../samples/us-ground.json");

/// Two lines from San Francisco (zone 1 for the shop's own warehouse): the headphones (1.5 lb)
/// go to the refurbisher, priced at its zone 4; the shirt (2.5 lb) to the warehouse, at zone 1.
#[test]
fn each_destination_gets_its_parcel_priced_at_its_zone() {
    let policy = Policy::from_json(
        r#"{"name": "routed", "window": {"days": 30},
        "destinations": [
          {"id": "wh", "kind": "warehouse", "name": "Reno DC"},
          {"id": "refurb", "kind": "refurbisher", "name": "Jersey Refurb Co.", "zone": "4"}],
        "rules": [{"id": "refurbish-electronics", "when": {"category": ["electronics"]},
                   "then": [{"route_to": "refurb"}]}]}"#,
    )
    .unwrap()
    .with_rate_cards(vec![RateCard::from_json(CARD).unwrap()])
    .unwrap();
    let order: Order = from_json(
        r#"{"id": "o-9", "currency": "USD", "placed_at": "2026-03-01T15:00:00Z",
        "shipping_address": {"country": "US", "postal_code": "94105"},
        "lines": [
          {"id": "x", "quantity": 1, "unit_price": "80.00", "categories": ["electronics"],
           "weight": {"value": "1.5", "unit": "lb"}, "delivered_at": "2026-03-03T15:00:00Z"},
          {"id": "y", "quantity": 1, "unit_price": "20.00", "categories": ["apparel"],
           "weight": {"value": "2.5", "unit": "lb"}, "delivered_at": "2026-03-03T15:00:00Z"}],
        "tenders": [{"id": "card", "kind": "card", "amount": "100.00"}]}"#,
    )
    .unwrap();
    let request: ReturnRequest = from_json(
        r#"{"lines": [{"line_id": "x", "quantity": 1, "reason": "changed_mind"},
                      {"line_id": "y", "quantity": 1, "reason": "changed_mind"}]}"#,
    )
    .unwrap();
    let d = decide(&policy, &order, &request, at("2026-03-10T12:00:00Z")).unwrap();
    let label = d.label.as_ref().unwrap();
    // x: 2 lb at zone 4 is 10.67, fuel 12.5% 1.33: 12.00. y: 3 lb at zone 1 is 9.16, fuel
    // 1.145 rounds to 1.15: 10.31. One service carries both: 22.31.
    let parcels: Vec<_> = label
        .chosen
        .parcels
        .iter()
        .map(|p| (p.destination.clone().unwrap(), p.base, p.fuel, p.total))
        .collect();
    assert_eq!(
        parcels,
        [
            ("refurb".to_string(), dec!(10.67), dec!(1.33), dec!(12.00)),
            ("wh".to_string(), dec!(9.16), dec!(1.15), dec!(10.31)),
        ]
    );
    assert_eq!(label.chosen.cost, dec!(22.31));
    assert_eq!(label.chosen.expected_cost, dec!(22.31));
    assert_eq!(label.chosen.zone, "4,1");
    // The slower of the two: 3 days to zone 4.
    assert_eq!(label.chosen.transit_days, Some(3));
    let routes: Vec<_> = d
        .lines
        .iter()
        .map(|l| l.route.as_ref().unwrap().kind)
        .collect();
    assert_eq!(
        routes,
        [DestinationKind::Refurbisher, DestinationKind::Warehouse]
    );
    // Every line to the refurbisher alone: one destination, its zone, no comma.
    let one = Policy::from_json(
        r#"{"name": "routed", "window": {"days": 30},
        "destinations": [{"id": "refurb", "kind": "refurbisher", "name": "J", "zone": "4"}]}"#,
    )
    .unwrap()
    .with_rate_cards(vec![RateCard::from_json(CARD).unwrap()])
    .unwrap();
    let d = decide(&one, &order, &request, at("2026-03-10T12:00:00Z")).unwrap();
    let label = d.label.unwrap();
    assert_eq!(label.chosen.zone, "4");
    // Both units in one parcel: 4 lb at zone 4 is 12.21, fuel 1.526 rounds to 1.53: 13.74.
    assert_eq!(label.chosen.parcels.len(), 1);
    assert_eq!(
        label.chosen.parcels[0].destination.as_deref(),
        Some("refurb")
    );
    assert_eq!(label.chosen.cost, dec!(13.74));
}

fn routed_policy() -> Policy {
    let mut policy: serde_json::Value =
        serde_json::from_str(include_str!("../samples/rma-policy.json")).unwrap();
    let routing: serde_json::Value = serde_json::from_str(
        r#"{"destinations": [
          {"id": "wh", "kind": "warehouse", "name": "Newark DC"},
          {"id": "donate", "kind": "donation", "name": "Goodwill NY"}],
        "rules": [{"id": "donate-worn", "when": {"disposition": ["resell_as_used"]},
                   "then": [{"route_to": "donate"}]}]}"#,
    )
    .unwrap();
    for (k, v) in routing.as_object().unwrap() {
        policy[k] = v.clone();
    }
    Policy::from_json(&policy.to_string()).unwrap()
}

/// Order 2001 under a routed policy, submitted in `locale`, labelled, shipped, received and
/// inspected: the worn shirt as resell-as-used, the rest to restock.
fn inspected_routed_rma(locale: Option<&str>) -> RmaDocument {
    let order: Order = from_json(ORDER).unwrap();
    let request: ReturnRequest = from_json(REQUEST).unwrap();
    let decision = decide(&routed_policy(), &order, &request, at(DECIDED)).unwrap();
    let b = &decision.lines[1];
    assert_eq!(b.route.as_ref().unwrap().destination, "wh");
    assert_eq!(b.reroutes.len(), 1);
    assert_eq!(b.reroutes[0].disposition, Disposition::ResellAsUsed);
    let submit = Command {
        expected_version: 0,
        idempotency_key: "k0".into(),
        actor: Actor::Customer,
        at: at("2026-11-10T14:00:05Z"),
        action: Action::Submit(Box::new(Submission {
            rma_id: "rma-1".into(),
            sequence: 1,
            order,
            decision: decision.into(),
            resolution: Resolution::OriginalPayment,
            timezone: "America/New_York".into(),
            locale: locale.map(str::to_string),
        })),
    };
    let (mut doc, _) = RmaDocument::submit(&submit).unwrap();
    let mut step = |key: &str, actor: Actor, when: &str, action: Action| {
        let cmd = Command {
            expected_version: doc.rma.version,
            idempotency_key: key.into(),
            actor,
            at: at(when),
            action,
        };
        doc.apply(&cmd).unwrap();
    };
    let units = |line: &str, quantity: i64| LineUnits {
        line_id: line.into(),
        quantity,
    };
    step(
        "label",
        Actor::System,
        "2026-11-10T14:00:10Z",
        Action::IssueLabel {
            parcel_id: "p1".into(),
            carrier: "Sample Parcel Co.".into(),
            tracking: "1Z999".into(),
            expires_on: None,
        },
    );
    step(
        "k1",
        Actor::Carrier,
        "2026-11-11T09:00:00Z",
        Action::RecordCarrierScan {
            parcel_id: "p1".into(),
            scan: Scan::InTransit,
        },
    );
    step(
        "k2",
        Actor::Warehouse,
        "2026-11-14T10:00:00Z",
        Action::ReceiveItems {
            parcel_id: None,
            lines: vec![units("A", 1), units("B", 2), units("C", 1)],
            extra: vec![],
        },
    );
    let inspect = |line: &str, condition, disposition| Inspection {
        line_id: line.into(),
        accepted: if line == "B" { 2 } else { 1 },
        rejected: 0,
        condition,
        disposition,
    };
    step(
        "k3",
        Actor::Warehouse,
        "2026-11-14T11:00:00Z",
        Action::InspectItems {
            lines: vec![
                inspect("A", Condition::LikeNew, Disposition::Restock),
                inspect("B", Condition::Used, Disposition::ResellAsUsed),
                inspect("C", Condition::New, Disposition::Restock),
            ],
        },
    );
    doc
}

/// Order 2001 under a routed policy: everything goes to the warehouse; the worn shirt,
/// inspected as resell-as-used, goes to the donation partner instead.
#[test]
fn inspection_reroutes_by_disposition_and_the_timeline_says_where() {
    let doc = inspected_routed_rma(None);
    let routes: Vec<_> = doc
        .rma
        .lines
        .iter()
        .map(|l| l.route.as_ref().unwrap().destination.as_str())
        .collect();
    assert_eq!(routes, ["wh", "donate", "wh"]);
    assert_eq!(
        doc.rma.lines[1].route.as_ref().unwrap().rule.as_deref(),
        Some("donate-worn")
    );
    let status = doc.status();
    let said: Vec<_> = status
        .timeline
        .iter()
        .map(|t| (t.status, t.going_to.clone()))
        .collect();
    let wh = "Going to our warehouse Newark DC.".to_string();
    let donate = "Going to our donation partner Goodwill NY.".to_string();
    assert_eq!(
        said,
        [
            (CustomerStatus::Approved, vec![wh.clone()]),
            (CustomerStatus::LabelReady, vec![]),
            (CustomerStatus::OnItsWay, vec![]),
            (CustomerStatus::Received, vec![]),
            // Inspection leaves the status as it is but moves the shirt.
            (CustomerStatus::Received, vec![wh.clone(), donate.clone()]),
        ]
    );
    assert_eq!(status.going_to, [wh, donate]);
    // The state is the fold of the events, and the document reads back as written.
    assert_eq!(
        &returnkit::rma::Rma::from_events(&doc.events).unwrap(),
        &doc.rma
    );
    let again = RmaDocument::from_json(&doc.to_json().unwrap()).unwrap();
    assert_eq!(again, doc);
}

/// In the customer's locale the timeline says where the items go in their language; the
/// destinations' names stay as the policy gives them.
#[test]
#[cfg(feature = "locales")]
fn the_timeline_says_where_in_the_customers_locale() {
    let doc = inspected_routed_rma(Some("de"));
    let status = doc.status();
    assert_eq!(
        status.going_to,
        [
            "Geht an unser Lager Newark DC.",
            "Geht an unseren Spendenpartner Goodwill NY.",
        ]
    );
    assert_eq!(
        status.timeline[0].going_to,
        ["Geht an unser Lager Newark DC."]
    );
    assert_eq!(doc.rma.going_to(), status.going_to);
    assert_eq!(
        returnkit::routing::route_message(doc.rma.lines[1].route.as_ref().unwrap()),
        "Going to our donation partner Goodwill NY."
    );
}

/// Every kind of destination has its sentence in every locale, the name kept verbatim; the
/// English sentence is the one routing always wrote.
#[test]
#[cfg(feature = "locales")]
fn every_destination_kind_is_worded_in_every_locale() {
    use returnkit::messages::Locale;
    use returnkit::routing::{destination_words, route_message_in, Route};
    let kinds = [
        DestinationKind::Warehouse,
        DestinationKind::Store,
        DestinationKind::Refurbisher,
        DestinationKind::Liquidator,
        DestinationKind::Recycler,
        DestinationKind::Donation,
        DestinationKind::Supplier,
    ];
    for kind in kinds {
        let route = Route {
            destination: "d".into(),
            kind,
            name: "Acme & Söhne".into(),
            rule: None,
        };
        assert_eq!(
            route_message_in(&route, Locale::En),
            format!("Going to {}.", destination_words(kind, "Acme & Söhne"))
        );
        for locale in Locale::ALL {
            let said = route_message_in(&route, locale);
            assert!(said.contains("Acme & Söhne"), "{said}");
            assert!(
                locale == Locale::En || !said.starts_with("Going to"),
                "{} {said}",
                locale.tag()
            );
        }
    }
    let supplier = Route {
        destination: "s".into(),
        kind: DestinationKind::Supplier,
        name: "Acme".into(),
        rule: None,
    };
    assert_eq!(
        route_message_in(&supplier, Locale::Ru),
        "Возврат будет отправлен производителю, Acme."
    );
}

/// The TOML form means what the JSON form means.
#[test]
#[cfg(feature = "toml")]
fn a_toml_policy_routes_as_its_json_does() {
    let toml = r#"
name = "routed"
default_destination = "wh"
[window]
days = 30
[[destinations]]
id = "wh"
kind = "warehouse"
name = "Reno DC"
[[destinations]]
id = "recycle"
kind = "recycler"
name = "GreenCycle"
zone = "3"
[[rules]]
id = "recycle-broken"
when = { disposition = ["recycle"] }
then = [{ route_to = "recycle" }]
"#;
    let json = r#"{"name": "routed", "default_destination": "wh", "window": {"days": 30},
        "destinations": [{"id": "wh", "kind": "warehouse", "name": "Reno DC"},
                         {"id": "recycle", "kind": "recycler", "name": "GreenCycle", "zone": "3"}],
        "rules": [{"id": "recycle-broken", "when": {"disposition": ["recycle"]},
                   "then": [{"route_to": "recycle"}]}]}"#;
    let from_toml = Policy::from_toml(toml).unwrap();
    assert_eq!(
        from_toml.document(),
        Policy::from_json(json).unwrap().document()
    );
    assert_eq!(
        from_toml.document().destinations[1].zone.as_deref(),
        Some("3")
    );
}
