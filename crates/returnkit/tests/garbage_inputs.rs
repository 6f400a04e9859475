//! Nothing panics on garbage: random, mutated and oversized orders and requests either fail
//! with an error or give a quote that still adds up, and sums that would overflow are refused.
//! The example order and request, unchanged, pass the model with their hand-worked refund.
//!
//! Orders are random (see `support/orders.rs`) and every successful quote is checked against
//! the model in `support/quote_model.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use returnkit::{
    from_json, quote, Bonus, Order, RefundLine, RefundQuote, RefundRequest, Resolution,
    ShippingRefund,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};
use support::config;
use support::orders::*;
use support::quote_model::*;

const ORDER_JSON: &str = include_str!("../samples/order.json");
const REQUEST_JSON: &str = include_str!("../samples/request.json");

fn interesting_values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(-1),
        json!(1),
        json!(2),
        json!(3),
        json!(1.5),
        json!(1e300),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(1_000_000_000),
        json!(1_000_000_001),
        json!(""),
        json!("0"),
        json!("-0"),
        json!("-0.00"),
        json!("-1"),
        json!("-0.01"),
        json!("0.001"),
        json!("0.0000000000000000000000000001"),
        json!("1e5"),
        json!("NaN"),
        json!("1"),
        json!("1.00"),
        json!("0.5"),
        json!("100"),
        json!("100.01"),
        json!("100000000000000.00"),
        json!("100000000000000.01"),
        json!("99999999999999.99"),
        json!("99999999999999999999999999999"),
        json!("79228162514264337593543950335"),
        json!("7.9228162514264337593543950335"),
        json!("1000000000"),
        json!("9223372036854775807"),
        json!("XAU"),
        json!("JPY"),
        json!("KWD"),
        json!("l1"),
        json!("l2"),
        json!("card-1"),
        json!("gift-1"),
        json!("card"),
        json!("gift_card"),
        json!("full"),
        json!("standard"),
        json!("final"),
        json!("store_credit"),
        json!("exchange"),
        json!([]),
        json!({}),
        json!([{}]),
        json!([{"line_id": "l1", "quantity": 1}]),
        json!([{"line_id": "l1", "quantity": 2}, {"line_id": "l1", "quantity": 1}]),
        json!([{"tender_id": "card-1", "amount": "1.00"}]),
        json!([{"rate": "0.5", "amount": "1.00"}]),
        json!([{"rate": "1", "amount": "100000000000000.00"}]),
        json!([{"amount": "1.00"}]),
        json!([{"code": "X", "amount": "32.80", "allocations": [{"line_id": "l1", "amount": "32.80"}]}]),
        json!({"lines": [{"line_id": "l1", "quantity": 2}], "tenders": [{"tender_id": "gift-1", "amount": "50.00"}], "shipping": "9.95", "store_credit": "1.00"}),
        json!({"type": "percent", "percent": "100"}),
        json!({"type": "flat", "amount": "1000.00", "per": "unit"}),
    ]
}

const FIELD_NAMES: [&str; 14] = [
    "prior_returns",
    "fulfilled_quantity",
    "delivered_quantity",
    "discounts",
    "allocations",
    "refunded",
    "standard_price",
    "tax_lines",
    "discount",
    "quantity",
    "accepted",
    "received",
    "condition",
    "bonus",
];

#[derive(Debug, Clone)]
enum JsonMutation {
    Set(Vec<u8>, usize),
    Remove(Vec<u8>),
    Duplicate(Vec<u8>),
    AddField(Vec<u8>, usize, usize),
}

fn json_mutation() -> impl Strategy<Value = JsonMutation> {
    let path = || vec(any::<u8>(), 0..=5);
    prop_oneof![
        5 => (path(), any::<usize>()).prop_map(|(p, v)| JsonMutation::Set(p, v)),
        2 => path().prop_map(JsonMutation::Remove),
        2 => path().prop_map(JsonMutation::Duplicate),
        2 => (path(), any::<usize>(), any::<usize>()).prop_map(|(p, k, v)| JsonMutation::AddField(p, k, v)),
    ]
}

/// Walks `path` into `doc` (each step picks a child by index, modulo the number of children)
/// and returns the container reached and the index of the chosen child in it.
fn walk<'a>(doc: &'a mut Value, path: &[u8]) -> Option<(&'a mut Value, usize)> {
    let (&last, init) = path.split_last()?;
    // Find the path first, as child positions, then borrow down it once.
    let mut positions = Vec::new();
    let mut node: &Value = doc;
    for &step in init {
        let (next, pos) = match node {
            Value::Object(map) if !map.is_empty() => {
                let pos = usize::from(step) % map.len();
                (map.values().nth(pos)?, pos)
            }
            Value::Array(items) if !items.is_empty() => {
                let pos = usize::from(step) % items.len();
                (items.get(pos)?, pos)
            }
            _ => break,
        };
        if !(next.is_object() || next.is_array()) {
            break;
        }
        positions.push(pos);
        node = next;
    }
    let mut node = doc;
    for pos in positions {
        node = match node {
            Value::Object(map) => map.values_mut().nth(pos)?,
            Value::Array(items) => items.get_mut(pos)?,
            _ => return None,
        };
    }
    let len = match &*node {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    Some((node, usize::from(last) % len.max(1)))
}

/// A value's JSON type, with integers and decimal strings told apart.
fn json_class(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(n) if n.is_i64() || n.is_u64() => 2,
        Value::Number(_) => 3,
        Value::String(s) if s.parse::<Decimal>().is_ok() => 4,
        Value::String(_) => 5,
        Value::Array(_) => 6,
        Value::Object(_) => 7,
    }
}

fn mutate(doc: &mut Value, mutation: &JsonMutation, values: &[Value]) {
    match mutation {
        JsonMutation::Set(path, v) => {
            // Mostly a value of the same JSON type, so that the document often still parses.
            let pick = |old: &Value| {
                let same: Vec<&Value> = values
                    .iter()
                    .filter(|x| json_class(x) == json_class(old))
                    .collect();
                if v % 4 != 0 && !same.is_empty() {
                    same[(v / 4) % same.len()].clone()
                } else {
                    values[v % values.len()].clone()
                }
            };
            if let Some((node, i)) = walk(doc, path) {
                match node {
                    Value::Object(map) => {
                        if let Some(slot) = map.values_mut().nth(i) {
                            *slot = pick(slot);
                        }
                    }
                    Value::Array(items) => {
                        if let Some(slot) = items.get_mut(i) {
                            *slot = pick(slot);
                        }
                    }
                    _ => {}
                }
            }
        }
        JsonMutation::Remove(path) => {
            if let Some((node, i)) = walk(doc, path) {
                match node {
                    Value::Object(map) => {
                        if let Some(key) = map.keys().nth(i).cloned() {
                            map.remove(&key);
                        }
                    }
                    Value::Array(items) if i < items.len() => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
        }
        JsonMutation::Duplicate(path) => {
            if let Some((Value::Array(items), i)) = walk(doc, path) {
                if let Some(item) = items.get(i).cloned() {
                    items.push(item);
                }
            }
        }
        JsonMutation::AddField(path, k, v) => {
            if let Some((Value::Object(map), _)) = walk(doc, path) {
                map.insert(
                    FIELD_NAMES[k % FIELD_NAMES.len()].into(),
                    values[v % values.len()].clone(),
                );
            }
        }
    }
}

#[derive(Debug, Clone)]
enum TextMutation {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, u8),
    Duplicate(usize, usize),
}

fn text_mutation() -> impl Strategy<Value = TextMutation> {
    prop_oneof![
        (any::<usize>(), 1usize..=20).prop_map(|(p, n)| TextMutation::Delete(p, n)),
        (
            any::<usize>(),
            prop_oneof![
                "[\\[\\]{}\":,0-9a-z.\\- ]{1,12}",
                prop::sample::select(vec![
                    "-",
                    "0",
                    ".",
                    "\"",
                    ",",
                    "e9",
                    "00000000000",
                    "\\u0000",
                    "null",
                    "[]",
                    "{}"
                ])
                .prop_map(String::from),
                any::<String>(),
            ]
        )
            .prop_map(|(p, s)| TextMutation::Insert(p, s)),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| TextMutation::Replace(p, b)),
        (any::<usize>(), 1usize..=40).prop_map(|(p, n)| TextMutation::Duplicate(p, n)),
    ]
}

fn mutate_text(text: &str, mutations: &[TextMutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for mutation in mutations {
        let len = bytes.len();
        match mutation {
            TextMutation::Delete(p, n) if len > 0 => {
                let start = p % len;
                let end = (start + n).min(len);
                bytes.drain(start..end);
            }
            TextMutation::Insert(p, s) => {
                let at = p % (len + 1);
                bytes.splice(at..at, s.bytes());
            }
            TextMutation::Replace(p, b) if len > 0 => bytes[p % len] = *b,
            TextMutation::Duplicate(p, n) if len > 0 => {
                let start = p % len;
                let end = (start + n).min(len);
                let copy = bytes[start..end].to_vec();
                bytes.splice(end..end, copy);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Parses `order_text` and `request_text`; when both parse, quotes the request, a full return
/// of every line with shipping, and a request with heavy fees. Errors are fine; panics are not,
/// and a successful quote must still add up.
fn quote_garbage(order_text: &str, request_text: &str) -> Result<(), TestCaseError> {
    let Ok(order) = from_json::<Order>(order_text) else {
        // Requests alone must not panic either.
        let _ = from_json::<RefundRequest>(request_text);
        return Ok(());
    };
    let mut requests = Vec::new();
    if let Ok(r) = from_json::<RefundRequest>(request_text) {
        requests.push(r);
    }
    let everything: Vec<RefundLine> = order
        .lines
        .iter()
        .map(|l| -> RefundLine {
            de(json!({"line_id": &*l.id, "quantity": l.quantity, "condition": "used"}))
        })
        .collect();
    requests.push(RefundRequest {
        lines: everything.clone(),
        shipping: ShippingRefund::Full,
        ..RefundRequest::default()
    });
    requests.push(RefundRequest {
        lines: everything,
        shipping: ShippingRefund::Standard,
        fees: de(json!({
            "restocking": {"type": "flat", "amount": "1", "per": "unit"},
            "label": "1",
            "inspection": [{"condition": "used", "percent": "33.3"}],
        })),
        resolution: Resolution::StoreCredit,
        bonus: Some(Bonus::Percent { percent: dec!(10) }),
        ..RefundRequest::default()
    });
    for request in &requests {
        if let Ok(q) = quote(&order, request) {
            check_quote(&order, request, &q)?;
            // The quote survives the wire.
            let text = serde_json::to_string(&q).unwrap();
            let back: RefundQuote = from_json(&text).unwrap();
            prop_assert_eq!(&back, &q);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn garbage_text_never_panics(
        text in prop_oneof![
            any::<String>(),
            "[\\[\\]{}\":,0-9a-z.\\- ]{0,200}",
        ],
    ) {
        let _ = from_json::<Order>(&text);
        let _ = from_json::<RefundRequest>(&text);
        quote_garbage(&text, REQUEST_JSON)?;
        quote_garbage(ORDER_JSON, &text)?;
    }

    #[test]
    fn mutated_text_never_panics(
        order_mutations in vec(text_mutation(), 1..=4),
        request_mutations in vec(text_mutation(), 0..=2),
    ) {
        let order = mutate_text(ORDER_JSON, &order_mutations);
        let request = mutate_text(REQUEST_JSON, &request_mutations);
        quote_garbage(&order, &request)?;
    }

    #[test]
    fn mutated_json_never_panics(
        base in prop::option::weighted(0.5, order_spec()),
        order_mutations in vec(json_mutation(), 1..=4),
        request_mutations in vec(json_mutation(), 0..=3),
    ) {
        let values = interesting_values();
        // The example order, or a generated one.
        let mut order: Value = match &base {
            None => serde_json::from_str(ORDER_JSON).unwrap(),
            Some(spec) => serde_json::to_value(build(spec).order).unwrap(),
        };
        for m in &order_mutations {
            mutate(&mut order, m, &values);
        }
        let mut request: Value = serde_json::from_str(REQUEST_JSON).unwrap();
        for m in &request_mutations {
            mutate(&mut request, m, &values);
        }
        quote_garbage(&order.to_string(), &request.to_string())?;
    }
}

#[test]
fn example_order_passes_the_model() {
    let order: Order = from_json(ORDER_JSON).unwrap();
    let request: RefundRequest = from_json(REQUEST_JSON).unwrap();
    let q = quote(&order, &request).unwrap();
    check_quote(&order, &request, &q).unwrap();
    assert_eq!(q.totals.refund, dec!(89.61));
}

/// Regression: sums in the ledger and the engine were plain `i64` additions, and 923 amounts at
/// `MAX_MINOR` (10^16 minor units) overflowed: a panic in debug builds, a silent wrap in
/// release. The ledger now bounds every sum and refuses such orders with an error.
#[test]
fn sums_of_many_max_amounts_are_refused_not_overflowed() {
    const N: usize = 923;
    const MAX: &str = "100000000000000.00";
    let line = |i: usize| json!({"id": format!("l{i}"), "quantity": 1, "unit_price": MAX});
    let one_line = json!([{"id": "l0", "quantity": 1, "unit_price": "1.00"}]);
    let card = json!([{"id": "t0", "kind": "card", "amount": MAX}]);
    let return_l0 = json!({"lines": [{"line_id": "l0", "quantity": 1}]});
    let cases: Vec<(&str, Value, Value)> = vec![
        (
            // engine.rs: `sums.merchandise += paid`
            "923 lines at MAX, all returned",
            json!({"id": "1", "currency": "USD", "lines": (0..N).map(line).collect::<Vec<_>>(), "tenders": card}),
            json!({"lines": (0..N).map(|i| json!({"line_id": format!("l{i}"), "quantity": 1})).collect::<Vec<_>>()}),
        ),
        (
            // ledger.rs: `self.tenders.iter().map(|t| t.refundable).sum::<i64>()`
            "923 tenders at MAX",
            json!({"id": "1", "currency": "USD", "lines": one_line,
                   "tenders": (0..N).map(|i| json!({"id": format!("t{i}"), "kind": "card", "amount": MAX})).collect::<Vec<_>>()}),
            return_l0.clone(),
        ),
        (
            // ledger.rs, convert_line: `line_discount += ...`
            "923 line discounts at MAX",
            json!({"id": "1", "currency": "USD",
                   "lines": [{"id": "l0", "quantity": 1, "unit_price": "1.00",
                              "discounts": vec![json!({"amount": MAX}); N]}],
                   "tenders": card}),
            return_l0.clone(),
        ),
        (
            // ledger.rs, apply_prior_returns: `tender.refundable -= amount`
            "924 prior tender refunds at MAX",
            json!({"id": "1", "currency": "USD", "lines": one_line, "tenders": card,
                   "prior_returns": {"tenders": vec![json!({"tender_id": "t0", "amount": MAX}); N + 1]}}),
            return_l0.clone(),
        ),
    ];
    let mut panicked = Vec::new();
    for (name, order, request) in cases {
        let order: Order = de(order);
        let request: RefundRequest = de(request);
        if std::panic::catch_unwind(|| quote(&order, &request)).is_err() {
            panicked.push(name);
        }
    }
    assert!(panicked.is_empty(), "quote panicked on: {panicked:?}");
}
