//! Error messages are for people: an offending value is quoted at most 100 characters however
//! large it is, Rust's names for types never show, and a date that does not exist says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use returnkit::wire::{self, read_document};
use returnkit::{Order, RefundRequest};

const ORDER: &str = include_str!("../samples/order.json");

/// The order with `value` as member `key` of its first line.
fn order_with(key: &str, value: serde_json::Value) -> String {
    let mut order: serde_json::Value = serde_json::from_str(ORDER).unwrap();
    order["lines"][0][key] = value;
    order.to_string()
}

fn order_error(key: &str, value: serde_json::Value) -> String {
    read_document::<Order>(&order_with(key, value))
        .unwrap_err()
        .to_string()
}

/// The message without serde_json's position, which depends on the sample's layout.
fn without_position(message: &str) -> &str {
    message.rsplit_once(" at line ").map_or(message, |(m, _)| m)
}

#[test]
fn a_30_mb_value_gives_an_error_record_of_a_few_hundred_bytes() {
    let huge = "9".repeat(30 * 1024 * 1024);
    let quoted = format!("{}…", "9".repeat(100));

    // A string where a decimal goes: the value is quoted, cut at 100 characters.
    let e = read_document::<Order>(&order_with("unit_price", huge.clone().into())).unwrap_err();
    let record = e.to_json_text();
    assert!(record.len() < 400, "{} bytes", record.len());
    assert_eq!(
        without_position(&e.to_string()),
        format!(
            "order.lines[0].unit_price: invalid value: string \"{quoted}\", expected a decimal amount such as \"12.50\""
        )
    );

    // The same cut for every other value an error quotes (1 MB each, to keep the test quick).
    let huge = "9".repeat(1024 * 1024);

    // An unknown member with a huge name: the path quotes the name cut the same way.
    let mut order: serde_json::Value = serde_json::from_str(ORDER).unwrap();
    order["lines"][0][huge.as_str()] = 1.into();
    let e = read_document::<Order>(&order.to_string()).unwrap_err();
    assert_eq!(e.field(), format!("order.lines[0].{quoted}"));
    assert!(e.to_json_text().len() < 1200, "{}", e.to_json_text().len());

    // A huge currency code, and a huge line id that the order does not have.
    let mut order: serde_json::Value = serde_json::from_str(ORDER).unwrap();
    order["currency"] = huge.clone().into();
    let e = read_document::<Order>(&order.to_string()).unwrap_err();
    assert_eq!(
        without_position(&e.to_string()),
        format!("order.currency: `{quoted}` is not an ISO 4217 currency with a minor unit")
    );
    let order: Order = read_document(ORDER).unwrap();
    let request: RefundRequest = read_document(&format!(
        r#"{{"lines": [{{"line_id": "{huge}", "quantity": 1}}]}}"#
    ))
    .unwrap();
    let e = returnkit::quote(&order, &request).unwrap_err();
    assert_eq!(
        e.to_json_text(),
        format!(
            r#"{{"code":1004,"field":"request.lines[0].line_id","kind":"unknown_line","message":"request.lines[0].line_id: the order has no line `{quoted}`"}}"#
        )
    );

    // Through an entry point, as every binding calls it.
    let ten = "z".repeat(1024 * 1024);
    let e = wire::quote(&format!(
        r#"{{"order": {ORDER}, "request": {{"lines": [{{"line_id": "{ten}", "quantity": 1}}]}}}}"#
    ))
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "request.lines[0].line_id: the order has no line `{}…`",
            "z".repeat(100)
        )
    );
}

#[test]
fn messages_use_the_wire_formats_words_not_rusts() {
    for (key, value, message) in [
        (
            "quantity",
            serde_json::json!("two"),
            "order.lines[0].quantity: invalid type: string \"two\", expected a whole number",
        ),
        (
            "quantity",
            serde_json::json!(1.5),
            "order.lines[0].quantity: invalid type: number `1.5`, expected a whole number",
        ),
        (
            "unit_price",
            serde_json::json!("abc"),
            "order.lines[0].unit_price: invalid value: string \"abc\", expected a decimal amount such as \"12.50\"",
        ),
        (
            "unit_price",
            serde_json::json!([1]),
            "order.lines[0].unit_price: invalid type: array, expected a decimal amount such as \"12.50\"",
        ),
        (
            "tax_lines",
            serde_json::json!({}),
            "order.lines[0].tax_lines: invalid type: object, expected an array",
        ),
        (
            // A timestamp is text: the message never offers a unix timestamp, which is refused.
            "delivered_at",
            serde_json::json!(1_700_000_000),
            "order.lines[0].delivered_at: invalid type: integer `1700000000`, expected an RFC 3339 date and time such as \"2026-10-06T13:20:00Z\"",
        ),
    ] {
        assert_eq!(without_position(&order_error(key, value)), message);
    }
    let e = read_document::<RefundRequest>("[]").unwrap_err();
    assert_eq!(
        e.to_string(),
        "request: invalid type: array, expected an object at line 1 column 0"
    );
    #[cfg(feature = "toml")]
    {
        let e = returnkit::policy::Policy::from_toml("name = \"x\"\n[window]\ndays = \"ten\"\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "policy.window.days: TOML parse error at line 3, column 8: invalid type: string \"ten\", expected a whole number"
        );
    }
    let command = r#"{"expected_version": 9, "idempotency_key": "k", "actor": "agent",
        "at": "2026-11-15T09:00:00Z", "action": {"record_refund": ["1.00"]}}"#;
    let e = wire::rma_apply(include_str!("../samples/rma-v2.json"), command).unwrap_err();
    assert!(
        e.to_string()
            .contains("invalid type: array, expected an object"),
        "{e}"
    );
    for leak in [
        "i64",
        "u32",
        "u64",
        "Decimal type",
        "struct",
        "sequence",
        "unix timestamp",
    ] {
        assert!(!e.to_string().contains(leak), "{e}");
    }
}

#[test]
fn a_date_that_does_not_exist_says_so_and_years_stay_in_0001_to_9999() {
    for (at, message) in [
        ("2026-02-29T10:00:00Z", "2026-02-29 does not exist"),
        ("2026-04-31T10:00:00+02:00", "2026-04-31 does not exist"),
        ("0000-12-31T10:00:00Z", "year 0 is outside 0001 to 9999"),
        (
            "10000-01-01T00:00:00Z",
            "year 10000 is outside 0001 to 9999",
        ),
        (
            "20261006",
            "expected an RFC 3339 date and time such as \"2026-10-06T13:20:00Z\", got \"20261006\"",
        ),
    ] {
        assert_eq!(
            without_position(&order_error("delivered_at", at.into())),
            format!("order.lines[0].delivered_at: {message}"),
            "{at}"
        );
    }
    assert!(
        read_document::<Order>(&order_with("delivered_at", "2028-02-29T10:00:00Z".into())).is_ok()
    );

    let policy = |holiday: &str| {
        wire::compile_policy(
            &format!(r#"{{"name": "x", "window": {{"days": 30, "holidays": ["{holiday}"]}}}}"#),
            "json",
            "",
        )
    };
    for (holiday, message) in [
        ("2026-02-29", "2026-02-29 does not exist"),
        ("2026-13-01", "2026-13-01 does not exist"),
        ("0000-01-01", "year 0 is outside 0001 to 9999"),
        ("+10000-01-01", "year 10000 is outside 0001 to 9999"),
        (
            "next friday",
            "expected a date such as \"2026-11-05\", got \"next friday\"",
        ),
    ] {
        let e = policy(holiday).unwrap_err();
        assert_eq!(
            without_position(&e.to_string()),
            format!("policy.window.holidays[0]: {message}"),
            "{holiday}"
        );
    }
    assert!(policy("2028-02-29").is_ok());

    let sample = include_str!("../samples/rma-v2.json");
    let e = wire::rma_tick(sample, "2027-02-29T00:00:00Z", "k").unwrap_err();
    assert_eq!(e.to_string(), "now: 2027-02-29 does not exist");
    let e = wire::rma_tick(sample, "0000-06-01T00:00:00Z", "k").unwrap_err();
    assert_eq!(e.to_string(), "now: year 0 is outside 0001 to 9999");
}
