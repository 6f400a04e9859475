//! The wire fuzz harness: the shipped examples and fixtures (`examples/`, `tests/fixtures/`),
//! mutated, go into every wire entry point (`returnkit::wire`) and the RMA document and
//! command readers. Mutations swap types, remove and duplicate fields and list items (a
//! duplicated key included), put in huge and tiny numbers (`1e400`, `-0`, 2^63, 2^96,
//! `"0.0000000000000000000000000001"`), deep nesting and long strings, and damage the text
//! byte by byte.
//!
//! Every case must hold to these rules:
//! - no panic;
//! - an error names a field ([`assert_names_field`]);
//! - `wire::decide_record` agrees with `wire::decide` on every decision input (the same bytes,
//!   or both refuse);
//! - an accepted input gives answers whose money adds up: a refund quote's lines and
//!   shipping less its deductions are its refund, no line gets back more than it paid, the
//!   tenders take the refund exactly and none more than it has left; every offer of a
//!   decision is such a quote; an RMA never records more paid back than is due, nor is more
//!   due than the order has left; an allocation adds up to its amount.
//!
//! Cases are deterministic: case `i` of seed `s` draws from a ChaCha generator seeded with
//! `(s, i)`. `cargo test -p returnkit-shared-tests --test fuzz_wire` runs [`DEFAULT_CASES`] cases; a long
//! run and the replay of one case are in `docs/testing.md`. A failing case is printed as a
//! JSON object that, saved under `tests/fixtures/fuzz/`, is replayed by
//! `regression_inputs_pass` from then on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use returnkit::rma::{Command, RmaDocument};
use returnkit::{from_json, wire, Error, Order, RefundQuote, Resolution};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use support::workspace_root;

/// Cases run by `cargo test` unless `RETURNKIT_FUZZ_CASES` says otherwise.
const DEFAULT_CASES: u64 = 3000;
/// The seed unless `RETURNKIT_FUZZ_SEED` says otherwise.
const DEFAULT_SEED: u64 = 0x5245_5455_524e_4b49;

/// A string value written as the raw JSON text after this prefix: numbers no `Value` holds
/// (`1e400`) and nesting deeper than serde_json writes.
const RAW: &str = "\u{1}raw:";
/// An object key written as the key after this prefix: the same key twice in one object.
const DUP: &str = "\u{1}dup:";

/// Checks that an error says where the problem is. Every error of the wire names a field.
// To be tightened to a path that starts with its document's name (`order.`, `request.`).
fn assert_names_field(err: &Error) -> Result<(), String> {
    names_field(err.code(), err.field()).map_err(|e| format!("{e}: {err}"))
}

/// [`assert_names_field`] of an error's code and field, as an error record gives them.
fn names_field(code: u32, field: &str) -> Result<(), String> {
    let whole_text = field.is_empty() || field == ".";
    // A parse error about the text as a whole (its syntax, its top-level shape) names the root
    // path `.` in this returnkit; once such errors name their document (`input`, `order`),
    // the probe in `root_errors_named` sees it and this exception ends by itself.
    let let_through = code == 1001 && !root_errors_named();
    if whole_text && !let_through {
        return Err(format!("error {code} names no field (field {field:?})"));
    }
    Ok(())
}

/// Whether an error about a whole text names its document rather than the root path.
fn root_errors_named() -> bool {
    static NAMED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *NAMED.get_or_init(|| {
        let field = wire::quote("[").unwrap_err().field().to_string();
        !field.is_empty() && field != "."
    })
}

// ---- cases -------------------------------------------------------------------------------

/// One call: the entry point and its text arguments, by name. Printed and stored as
/// `{"entry_point": "...", "args": {"name": "text", ...}}`.
#[derive(Debug, Clone)]
struct Case {
    entry: String,
    args: Vec<(String, String)>,
}

impl Case {
    fn new(entry: &str, args: &[(&str, String)]) -> Case {
        Case {
            entry: entry.into(),
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }

    fn arg(&self, name: &str) -> &str {
        self.args
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn to_json(&self) -> String {
        let args: Map<String, Value> = self
            .args
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        serde_json::to_string_pretty(&json!({"entry_point": self.entry, "args": args})).unwrap()
    }

    fn from_json(text: &str) -> Case {
        let v: Value = serde_json::from_str(text).unwrap();
        Case {
            entry: v["entry_point"].as_str().unwrap().into(),
            args: v["args"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect(),
        }
    }
}

/// Runs a case: whether the input was accepted, or what broke (a panic included).
fn run_caught(case: &Case) -> Result<bool, String> {
    match catch_unwind(AssertUnwindSafe(|| run(case))) {
        Ok(result) => result,
        Err(payload) => Err(format!(
            "panic: {}",
            payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    }
}

fn run(case: &Case) -> Result<bool, String> {
    let arg = |name| case.arg(name);
    match case.entry.as_str() {
        "quote" => on_answer(wire::quote(arg("input")), |a| {
            check_quote_answer(arg("input"), a)
        }),
        "decide" | "refund_preview" | "label_quote" => {
            let policy = match wire::compile_policy(arg("policy"), arg("format"), arg("rate_cards"))
            {
                Ok(p) => p,
                Err(e) => return assert_names_field(&e).map(|()| false),
            };
            let input = arg("input");
            match case.entry.as_str() {
                "decide" => {
                    agrees_with_record(&policy, input)?;
                    on_answer(wire::decide(&policy, input), |a| check_decision(input, a))
                }
                "refund_preview" => on_answer(wire::refund_preview(&policy, input), |a| {
                    check_preview(input, a)
                }),
                _ => on_answer(wire::label_quote(&policy, input), parses),
            }
        }
        // The offer is the decision's own text for it, as the decision holds it.
        "decision_offer" => on_answer(
            wire::decision_offer(arg("decision"), arg("resolution")),
            |a| match a == "null" || arg("decision").contains(&a) {
                true => Ok(()),
                false => Err(format!("offer not in the decision: {a}")),
            },
        ),
        "policy" => check_policy_text(arg("policy"), arg("format"), arg("rate_cards")),
        "rma_submit" => on_answer(wire::rma_submit(arg("command")), |a| {
            check_rma_answer(None, a)
        }),
        "rma_apply" => {
            let before = RmaDocument::from_json(arg("document")).ok();
            on_answer(wire::rma_apply(arg("document"), arg("command")), |a| {
                check_rma_answer(before.as_ref(), a)
            })
        }
        "rma_tick" => {
            let before = RmaDocument::from_json(arg("document")).ok();
            on_answer(
                wire::rma_tick(arg("document"), arg("now"), arg("idempotency_key")),
                |a| check_rma_answer(before.as_ref(), a),
            )
        }
        "allocate" => on_answer(wire::allocate(arg("input")), |a| {
            check_allocation(arg("input"), a)
        }),
        "rma_document" => on_answer(RmaDocument::from_json(arg("document")), |doc| {
            let text = doc
                .to_json()
                .map_err(|e| format!("document not written: {e}"))?;
            let back = RmaDocument::from_json(&text)
                .map_err(|e| format!("written document not read back: {e}"))?;
            same(&back, &doc, "document read back")
        }),
        "rma_command" => on_answer(wire::read_document::<Command>(arg("command")), |cmd| {
            let text = serde_json::to_string(&cmd).unwrap();
            let back: Command =
                from_json(&text).map_err(|e| format!("written command not read back: {e}"))?;
            same(&back, &cmd, "command read back")
        }),
        other => Err(format!("no entry point `{other}`")),
    }
}

/// An error must name its field; an answer must pass `check`. `Ok(true)` for an answer.
fn on_answer<T>(
    result: returnkit::Result<T>,
    check: impl FnOnce(T) -> Result<(), String>,
) -> Result<bool, String> {
    match result {
        Ok(answer) => check(answer).map(|()| true),
        Err(e) => assert_names_field(&e).map(|()| false),
    }
}

/// `wire::decide_record` (a record read in one pass, as `returnkit batch` reads a line) answers
/// an input as `wire::decide` does: the same bytes, or an error too, naming a field.
fn agrees_with_record(policy: &returnkit::policy::Policy, input: &str) -> Result<(), String> {
    match (
        wire::decide(policy, input),
        wire::decide_record(policy, input),
    ) {
        (Ok(a), Ok(b)) => same(&a, &b, "decide and decide_record"),
        (Err(_), Err(e)) => assert_names_field(&e),
        (Ok(_), Err(e)) => Err(format!("decide answered, decide_record refused: {e}")),
        (Err(e), Ok(_)) => Err(format!("decide_record answered, decide refused: {e}")),
    }
}

fn same<T: PartialEq + std::fmt::Debug>(a: &T, b: &T, what: &str) -> Result<(), String> {
    if a != b {
        return Err(format!("{what}: {a:?} != {b:?}"));
    }
    Ok(())
}

fn parses(answer: String) -> Result<(), String> {
    serde_json::from_str::<Value>(&answer)
        .map(drop)
        .map_err(|e| format!("answer is not JSON ({e}): {answer}"))
}

// ---- money invariants ----------------------------------------------------------------------

/// `a + b`, or an error naming `what` when the sum is out of range.
fn add(a: Decimal, b: Decimal, what: &str) -> Result<Decimal, String> {
    a.checked_add(b)
        .ok_or_else(|| format!("{what}: {a} + {b} out of range"))
}

fn sum<'a>(values: impl IntoIterator<Item = &'a Decimal>, what: &str) -> Result<Decimal, String> {
    values
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, v| add(acc, *v, what))
}

/// What a line of the order paid: its price less its own discounts, with its tax when prices
/// exclude it. Order-level discounts only lower this.
fn line_paid(line: &returnkit::OrderLine, inclusive: bool) -> Result<Decimal, String> {
    let gross = line
        .unit_price
        .checked_mul(Decimal::from(line.quantity))
        .ok_or_else(|| format!("line {} gross out of range", line.id))?;
    let discounts = sum(line.discounts.iter().map(|d| &d.amount), "line discounts")?;
    let tax = if inclusive {
        Decimal::ZERO
    } else {
        sum(line.tax_lines.iter().map(|t| &t.amount), "line tax")?
    };
    add(gross - discounts, tax, "line paid")
}

/// What a tender of the order can still take back.
fn tender_left(order: &Order, tender: &returnkit::Tender) -> Result<Decimal, String> {
    let prior = sum(
        order
            .prior_returns
            .tenders
            .iter()
            .filter(|p| p.tender_id == *tender.id)
            .map(|p| &p.amount),
        "prior refunds",
    )?;
    Ok(tender.amount - tender.refunded - prior)
}

/// What the whole order can still give back.
fn order_left(order: &Order) -> Result<Decimal, String> {
    let mut left = Decimal::ZERO;
    for t in &order.tenders {
        left = add(left, tender_left(order, t)?, "order left")?;
    }
    Ok(left - order.prior_returns.store_credit)
}

/// The money rules of a refund quote of `order`.
fn check_quote(order: &Order, q: &RefundQuote) -> Result<(), String> {
    let t = &q.totals;
    let lines = sum(q.lines.iter().map(|l| &l.total), "line totals")?;
    let return_deductions = sum(q.deductions.iter().map(|d| &d.amount), "deductions")?;
    let shipping = q.shipping.as_ref().map_or(Decimal::ZERO, |s| s.total);
    if shipping != t.shipping {
        return Err(format!(
            "shipping {shipping} != totals.shipping {}",
            t.shipping
        ));
    }
    if add(lines, t.shipping, "lines + shipping")? - return_deductions != t.refund {
        return Err(format!(
            "lines {lines} + shipping {} - deductions {return_deductions} != refund {}",
            t.shipping, t.refund
        ));
    }
    if t.refund < Decimal::ZERO {
        return Err(format!("refund {} is negative", t.refund));
    }
    for src in &order.lines {
        let back = sum(
            q.lines
                .iter()
                .filter(|l| l.line_id == *src.id)
                .map(|l| &l.total),
            "line refund",
        )?;
        let paid = line_paid(src, order.prices_include_tax)?;
        if back > paid.max(Decimal::ZERO) {
            return Err(format!("line {} gets {back} back but paid {paid}", src.id));
        }
    }
    if let Some(l) = q.lines.iter().find(|l| l.total < Decimal::ZERO) {
        return Err(format!("line {} total {} is negative", l.line_id, l.total));
    }
    // A mixed return: its parts add up to the refund, and the tenders take its cash parts.
    let mut cash_parts = Decimal::ZERO;
    let mut parts = Decimal::ZERO;
    for part in &q.settlements {
        parts += part.amount;
        cash_parts += match (part.resolution, &part.exchange) {
            (Resolution::OriginalPayment, _) => part.amount,
            (Resolution::Exchange, Some(ex)) => ex.refund_due,
            _ => Decimal::ZERO,
        };
        let own = sum(part.tenders.iter().map(|t| &t.amount), "a part's tenders")?;
        if part.resolution == Resolution::OriginalPayment && own != part.amount {
            return Err(format!(
                "the card part's tenders take {own}, not {}",
                part.amount
            ));
        }
    }
    if !q.settlements.is_empty() && parts != t.refund {
        return Err(format!(
            "the parts add up to {parts}, not the refund {}",
            t.refund
        ));
    }
    let to_tenders = match (q.resolution, &q.exchange) {
        _ if !q.settlements.is_empty() => cash_parts,
        (Resolution::OriginalPayment, _) => t.refund,
        (Resolution::StoreCredit, _) => Decimal::ZERO,
        (Resolution::Exchange, Some(ex)) => ex.refund_due,
        (Resolution::Exchange, None) => return Err("an exchange quote without exchange".into()),
    };
    let tenders = sum(q.tenders.iter().map(|t| &t.amount), "tender split")?;
    if tenders != to_tenders {
        return Err(format!("tenders take {tenders}, not {to_tenders}"));
    }
    for tr in &q.tenders {
        let Some(src) = order.tenders.iter().find(|t| *t.id == *tr.tender_id) else {
            return Err(format!("tender {} is not the order's", tr.tender_id));
        };
        let left = tender_left(order, src)?;
        if tr.amount <= Decimal::ZERO || tr.amount > left {
            return Err(format!(
                "tender {} gets {} but has {left} left",
                tr.tender_id, tr.amount
            ));
        }
    }
    if q.resolution != Resolution::Exchange && t.refund > order_left(order)? {
        return Err(format!(
            "refund {} above the {} the order has left",
            t.refund,
            order_left(order)?
        ));
    }
    Ok(())
}

/// The order inside an accepted envelope (`{"order": ..., ...}`).
fn envelope_order(input: &str) -> Result<Order, String> {
    #[derive(serde::Deserialize)]
    struct Envelope<'a> {
        #[serde(borrow)]
        order: &'a serde_json::value::RawValue,
    }
    let env: Envelope = serde_json::from_str(input)
        .map_err(|e| format!("accepted input whose envelope serde_json refuses: {e}"))?;
    from_json(env.order.get()).map_err(|e| format!("accepted order that reads as an error: {e}"))
}

fn read_quote(text: &str) -> Result<RefundQuote, String> {
    from_json(text).map_err(|e| format!("quote not read back ({e}): {text}"))
}

fn check_quote_answer(input: &str, answer: String) -> Result<(), String> {
    check_quote(&envelope_order(input)?, &read_quote(&answer)?)
}

/// Every offer of a decision is a quote that adds up.
fn check_decision(input: &str, answer: String) -> Result<(), String> {
    let order = envelope_order(input)?;
    let decision: Value =
        serde_json::from_str(&answer).map_err(|e| format!("decision is not JSON: {e}"))?;
    for (i, offer) in decision["resolutions"]
        .as_array()
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .enumerate()
    {
        check_quote(&order, &read_quote(&offer["quote"].to_string())?)
            .map_err(|e| format!("resolutions[{i}]: {e}"))?;
    }
    Ok(())
}

fn check_preview(input: &str, answer: String) -> Result<(), String> {
    if answer == "null" {
        return Ok(());
    }
    check_quote(&envelope_order(input)?, &read_quote(&answer)?)
}

/// An RMA never records more paid back than is due, nor is more due than its order has left.
fn check_rma(doc: &RmaDocument) -> Result<(), String> {
    let rma = &doc.rma;
    if rma.paid() > rma.refund_due {
        return Err(format!(
            "paid back {} above the {} due",
            rma.paid(),
            rma.refund_due
        ));
    }
    let left = order_left(&rma.order)?;
    if rma.refund_due > left.max(Decimal::ZERO) {
        return Err(format!(
            "{} due, but the order has {left} left",
            rma.refund_due
        ));
    }
    Ok(())
}

/// An RMA answer: its document reads back, and a command keeps the money rules of a
/// document that held to them (`before`; none for a new RMA).
fn check_rma_answer(before: Option<&RmaDocument>, answer: String) -> Result<(), String> {
    let v: Value = serde_json::from_str(&answer).map_err(|e| format!("answer not JSON: {e}"))?;
    let doc = RmaDocument::from_json(&v["document"].to_string())
        .map_err(|e| format!("answer's document not read back: {e}"))?;
    match before {
        Some(before) if check_rma(before).is_err() => Ok(()),
        _ => check_rma(&doc),
    }
}

fn check_allocation(input: &str, answer: String) -> Result<(), String> {
    let shares: Vec<String> = serde_json::from_str(&answer).map_err(|e| e.to_string())?;
    let input: Value = serde_json::from_str(input).map_err(|e| e.to_string())?;
    let amount: Decimal = input["amount"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| input["amount"].to_string())
        .parse()
        .map_err(|e| format!("accepted amount {}: {e}", input["amount"]))?;
    let parsed: Vec<Decimal> = shares.iter().map(|s| s.parse().unwrap()).collect();
    let total = sum(parsed.iter(), "shares")?;
    let weights = input["weights"].as_array().map_or(0, Vec::len);
    if parsed.len() != weights || (weights > 0 && total != amount) {
        return Err(format!(
            "{} shares adding up to {total} for {weights} weights of {amount}",
            parsed.len()
        ));
    }
    Ok(())
}

/// A policy's text through every policy entry point: compiled (with rate cards), checked,
/// explained, and for TOML turned into JSON, which must compile as the TOML does.
fn check_policy_text(text: &str, format: &str, rate_cards: &str) -> Result<bool, String> {
    let check = match wire::policy_check(text, format) {
        Ok(check) => check,
        Err(e) => return assert_names_field(&e).map(|()| false),
    };
    let check: wire::PolicyCheck =
        serde_json::from_str(&check).map_err(|e| format!("policy check not read: {e}"))?;
    for r in &check.errors {
        names_field(r.code, &r.field).map_err(|e| format!("policy check: {e}: {r:?}"))?;
    }
    let compiled = wire::compile_policy(text, format, "");
    if check.ok != compiled.is_ok() {
        return Err(format!(
            "policy_check says ok={} but compile_policy gives {:?}",
            check.ok,
            compiled.as_ref().err()
        ));
    }
    if format == "toml" {
        let via_json =
            wire::policy_toml_to_json(text).and_then(|json| wire::compile_json_policy(&json, ""));
        let key =
            |r: &returnkit::Result<_>| r.as_ref().err().map(|e| (e.code(), e.field().to_string()));
        if key(&via_json) != key(&compiled) {
            return Err(format!(
                "TOML compiles to {:?} but its JSON to {:?}",
                key(&compiled),
                key(&via_json)
            ));
        }
    }
    match wire::compile_policy(text, format, rate_cards) {
        Ok(policy) => {
            parses(wire::policy_explain(&policy, false).map_err(|e| e.to_string())?)?;
            parses(wire::policy_explain(&policy, true).map_err(|e| e.to_string())?)?;
            Ok(true)
        }
        Err(e) => assert_names_field(&e).map(|()| false),
    }
}

// ---- mutation ------------------------------------------------------------------------------

/// Writes `v` as JSON, honouring the [`RAW`] and [`DUP`] markers.
fn write_json(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => match s.strip_prefix(RAW) {
            Some(raw) => out.push_str(raw),
            None => out.push_str(&serde_json::to_string(s).unwrap()),
        },
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let key = k.strip_prefix(DUP).unwrap_or(k);
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push(':');
                write_json(item, out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn text_of(v: &Value) -> String {
    let mut out = String::new();
    write_json(v, &mut out);
    out
}

/// Numbers and strings at and past the edges of what the wire reads.
fn edge_values() -> Vec<Value> {
    let raw = |s: &str| Value::String(format!("{RAW}{s}"));
    let mut values = vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(1),
        json!(-1),
        json!(2),
        json!(1.5),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        raw("1e400"),
        raw("-1e400"),
        raw("1e-400"),
        raw("-0"),
        raw("-0.0"),
        raw("9223372036854775808"),
        raw("-9223372036854775809"),
        raw("18446744073709551616"),
        raw("79228162514264337593543950336"),
        raw("79228162514264337593543950335"),
        raw("0.0000000000000000000000000001"),
        raw("4294967296"),
        json!(""),
        json!("0"),
        json!("-0"),
        json!("-0.00"),
        json!("1e400"),
        json!("1E5"),
        json!("NaN"),
        json!("inf"),
        json!("9223372036854775808"),
        json!("79228162514264337593543950336"),
        json!("79228162514264337593543950335"),
        json!("7.9228162514264337593543950335"),
        json!("0.0000000000000000000000000001"),
        json!("0.001"),
        json!("99999999999999.99"),
        json!("100000000000000.01"),
        json!("-0.01"),
        json!("1.005"),
        json!(" 1"),
        json!("\u{0}"),
        json!("x"),
        json!("USD"),
        json!("JPY"),
        json!("KWD"),
        json!("XXX"),
        json!("usd"),
        json!("1970-01-01T00:00:00Z"),
        json!("9999-12-31T23:59:59Z"),
        json!("+275760-09-13T00:00:00Z"),
        json!("-0001-01-01T00:00:00Z"),
        json!("2026-02-30T00:00:00Z"),
        json!("2026-12-31T23:59:60Z"),
        json!("2026-03-29T02:30:00+14:00"),
        json!("2026-11-10"),
        json!("Europe/Berlin"),
        json!("Mars/Olympus"),
        json!([]),
        json!({}),
        json!([{}]),
        json!([null]),
        json!({"a": 1}),
        raw(&format!("{}1{}", "[".repeat(200), "]".repeat(200))),
        raw(&format!("{}1{}", "[".repeat(20_000), "]".repeat(20_000))),
        raw(&format!(
            "{}1{}",
            "{\"a\":".repeat(5_000),
            "}".repeat(5_000)
        )),
        Value::String("é".repeat(40_000)),
        Value::String("x".repeat(200_000)),
    ];
    for name in [
        "store_credit",
        "exchange",
        "original_payment",
        "card",
        "gift_card",
        "used",
        "damaged",
        "full",
        "standard",
        "none",
        "defective",
        "changed_mind",
        "customer",
        "merchant",
        "delivery",
        "unit",
        "return",
        "percent",
        "flat",
    ] {
        values.push(json!(name));
    }
    values
}

/// A step into a JSON value: an object's key or an array's index.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every path in `v`, the root (empty) first.
fn paths(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                at.push(Step::Key(k.clone()));
                paths(item, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Step::Index(i));
                paths(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

fn pick<'a, T>(rng: &mut TestRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A number near `n` or far from it: scaled, negated, stretched past the decimal's range.
fn tweak_number(rng: &mut TestRng, n: &str) -> Value {
    let variants = [
        format!("-{n}"),
        format!("{n}0000000000000000000000000000"),
        format!("0.00000000000000000000000000{}", n.trim_start_matches('-')),
        format!("{n}.000000000000000000000000001"),
        format!("{n}e3"),
        format!("{n}1"),
        n.replace('.', ""),
        format!("00{n}"),
    ];
    Value::String(pick(rng, &variants).clone())
}

/// One mutation of `doc`, somewhere.
fn mutate_once(doc: &mut Value, rng: &mut TestRng, edges: &[Value]) {
    let mut all = Vec::new();
    paths(doc, &mut Vec::new(), &mut all);
    let path = pick(rng, &all).clone();
    let donor_path = pick(rng, &all).clone();
    let donor = node(doc, &donor_path).cloned().unwrap_or(Value::Null);
    let Some(target) = node(doc, &path) else {
        return;
    };
    match rng.random_range(0..100) {
        // Another value: of the same kind, so that the document often still reads, or of any.
        0..=34 => {
            let same: Vec<&Value> = edges.iter().filter(|v| kind(v) == kind(target)).collect();
            *target = match same.is_empty() || rng.random_bool(0.4) {
                true => pick(rng, edges).clone(),
                false => (*pick(rng, &same)).clone(),
            }
        }
        // A number or decimal string moved.
        35..=54 => match target {
            Value::Number(n) => {
                let t = tweak_number(rng, &n.to_string());
                *target = match rng.random_bool(0.5) {
                    true => Value::String(format!("{RAW}{}", t.as_str().unwrap())),
                    false => t,
                };
            }
            Value::String(s) if s.parse::<Decimal>().is_ok() => {
                let s = s.clone();
                *target = tweak_number(rng, &s);
            }
            _ => *target = pick(rng, edges).clone(),
        },
        // A member or item removed.
        55..=66 => match target {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(rng.random_range(0..map.len())).cloned();
                map.remove(&key.unwrap());
            }
            Value::Array(items) if !items.is_empty() => {
                items.remove(rng.random_range(0..items.len()));
            }
            _ => {}
        },
        // A member or item duplicated: the same key twice, or the item again.
        67..=78 => match target {
            Value::Object(map) if !map.is_empty() => {
                let (k, v) = map.iter().nth(rng.random_range(0..map.len())).unwrap();
                let v = if rng.random_bool(0.5) {
                    v.clone()
                } else {
                    pick(rng, edges).clone()
                };
                map.insert(format!("{DUP}{k}"), v);
            }
            Value::Array(items) if !items.is_empty() => {
                let item = pick(rng, items).clone();
                let times = *pick(rng, &[1, 1, 1, 5, 1000]);
                items.extend(std::iter::repeat_n(item, times));
            }
            _ => {}
        },
        // Another part of the document copied here.
        79..=86 => *target = donor,
        // The type swapped: a number as text, text as a number, a value in a list.
        87..=94 => {
            *target = match target.take() {
                Value::Number(n) => Value::String(n.to_string()),
                Value::String(s) if s.parse::<Decimal>().is_ok() => {
                    Value::String(format!("{RAW}{s}"))
                }
                Value::Object(map) => Value::Array(map.into_iter().map(|(_, v)| v).collect()),
                other => json!([other]),
            }
        }
        // A member the document doesn't have, or one it has, in the wrong place.
        _ => {
            if let Value::Object(map) = target {
                let key = match rng.random_bool(0.5) {
                    true => pick(rng, &all_keys(&donor)).clone(),
                    false => "unexpected".to_string(),
                };
                map.insert(key, pick(rng, edges).clone());
            }
        }
    }
}

fn all_keys(v: &Value) -> Vec<String> {
    let mut keys = vec!["id".to_string()];
    if let Value::Object(map) = v {
        keys.extend(map.keys().cloned());
    }
    keys
}

/// A value's kind: its JSON type, with numbers written raw counted as numbers and decimal
/// strings told from other strings.
fn kind(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(s) if s.starts_with(RAW) => 2,
        Value::String(s) if s.parse::<Decimal>().is_ok() => 3,
        Value::String(_) => 4,
        Value::Array(_) => 5,
        Value::Object(_) => 6,
    }
}

/// `doc` with one mutation, or now and then up to four.
fn mutated(doc: &Value, rng: &mut TestRng, edges: &[Value]) -> Value {
    let mut doc = doc.clone();
    let times = match rng.random_bool(0.6) {
        true => 1,
        false => rng.random_range(2..=4),
    };
    for _ in 0..times {
        mutate_once(&mut doc, rng, edges);
    }
    doc
}

/// The text damaged byte by byte, now and then: bytes removed, changed, repeated, inserted,
/// the end cut off. Invalid UTF-8 becomes U+FFFD (the core takes `&str`).
fn damaged(text: String, rng: &mut TestRng) -> String {
    if !rng.random_bool(0.1) || text.is_empty() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for _ in 0..rng.random_range(1..=3) {
        let len = bytes.len().max(1);
        let at = rng.random_range(0..len).min(bytes.len());
        let end = (at + rng.random_range(1..=16)).min(bytes.len());
        match rng.random_range(0..5) {
            0 => drop(bytes.drain(at..end)),
            1 => {
                if at < bytes.len() {
                    bytes[at] = rng.random();
                }
            }
            2 => {
                let copy = bytes[at..end].to_vec();
                bytes.splice(end..end, copy);
            }
            3 => {
                let piece = pick(
                    rng,
                    &["\"", "{", "]", ",", ":", "\\u0000", "\\ud800", "1e99999"],
                );
                bytes.splice(at..at, piece.bytes());
            }
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The JSON of `doc` mutated, and now and then damaged as text.
fn fuzzed(doc: &Value, rng: &mut TestRng, edges: &[Value]) -> String {
    let text = text_of(&mutated(doc, rng, edges));
    damaged(text, rng)
}

/// A TOML policy mutated line by line: lines removed, repeated or swapped, values replaced
/// with edge values, and the text damaged.
fn fuzzed_toml(text: &str, rng: &mut TestRng) -> String {
    const VALUES: [&str; 14] = [
        "1e400",
        "-0",
        "9223372036854775808",
        "79228162514264337593543950336",
        "\"0.0000000000000000000000000001\"",
        "inf",
        "nan",
        "1979-05-27T07:32:00Z",
        "[]",
        "{}",
        "\"\"",
        "true",
        "\"x\"",
        "-1",
    ];
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..rng.random_range(1..=4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.random_range(0..lines.len());
        match rng.random_range(0..6) {
            0 => drop(lines.remove(i)),
            1 => lines.insert(i, lines[i].clone()),
            2 => {
                let j = rng.random_range(0..lines.len());
                lines.swap(i, j);
            }
            3 => {
                let deep = match rng.random_bool(0.5) {
                    true => format!("{}1{}", "[".repeat(5_000), "]".repeat(5_000)),
                    false => format!("{}1{}", "{a=".repeat(5_000), "}".repeat(5_000)),
                };
                lines.insert(i, format!("deep = {deep}"));
            }
            _ => {
                if let Some((key, _)) = lines[i].split_once('=') {
                    lines[i] = format!("{key}= {}", pick(rng, &VALUES));
                }
            }
        }
    }
    damaged(lines.join("\n"), rng)
}

// ---- the corpus ------------------------------------------------------------------------------

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json_files(dir: &str) -> Vec<Value> {
    let mut files: Vec<_> = fs::read_dir(workspace_root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&read(p)).unwrap())
        .collect()
}

/// The shipped examples and fixtures, as the inputs of each entry point.
struct Corpus {
    edges: Vec<Value>,
    /// `{"order", "request"}`.
    quotes: Vec<Value>,
    /// A policy and `{"order", "request", "now"}`.
    decides: Vec<(Value, Value)>,
    /// Decisions as `decide` wrote them.
    decisions: Vec<Value>,
    /// Rate cards and a label request.
    labels: Vec<(Value, Value)>,
    json_policies: Vec<Value>,
    toml_policies: Vec<String>,
    rate_cards: Value,
    submits: Vec<Value>,
    /// An RMA document and a command for it.
    rmas: Vec<(Value, Value)>,
    allocations: Vec<Value>,
}

impl Corpus {
    fn load() -> Corpus {
        let root = workspace_root();
        let mut quotes = vec![json!({
            "order": serde_json::from_str::<Value>(&read(&root.join("examples/data/order.json"))).unwrap(),
            "request": serde_json::from_str::<Value>(&read(&root.join("examples/data/request.json"))).unwrap(),
        })];
        quotes.extend(
            json_files("tests/fixtures/refund")
                .into_iter()
                .map(|f| json!({"order": f["order"], "request": f["request"]})),
        );
        let decides: Vec<(Value, Value)> = json_files("tests/fixtures/decide")
            .into_iter()
            .map(|f| {
                let input = json!({"order": f["order"], "request": f["request"], "now": f["now"]});
                (f["policy"].clone(), input)
            })
            .collect();
        let decisions = decides
            .iter()
            .filter_map(|(policy, input)| {
                let policy = wire::compile_policy(&policy.to_string(), "json", "").ok()?;
                let answer = wire::decide(&policy, &input.to_string()).ok()?;
                serde_json::from_str(&answer).ok()
            })
            .collect();
        let card = |name: &str| -> Value { serde_json::from_str(&read(&root.join(name))).unwrap() };
        let rate_cards = json!([
            card("examples/rates/us-ground.json"),
            card("examples/rates/eu-retoure.json")
        ]);
        let labels = json_files("tests/fixtures/label")
            .into_iter()
            .map(|f| {
                let cards: Vec<Value> = f["cards"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| card(c.as_str().unwrap()))
                    .collect();
                (Value::Array(cards), f["request"].clone())
            })
            .collect();
        Corpus {
            edges: edge_values(),
            quotes,
            decisions,
            labels,
            json_policies: policies_json(&decides),
            toml_policies: policies_toml(),
            rate_cards,
            decides,
            submits: submits(),
            rmas: rma_cases(),
            allocations: vec![
                json!({"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]}),
                json!({"amount": "10", "currency": "JPY", "weights": ["0.5", "0", "2", "7"]}),
                json!({"amount": "1.001", "currency": "KWD", "weights": ["3", "1"]}),
            ],
        }
    }
}

fn policies_json(decides: &[(Value, Value)]) -> Vec<Value> {
    let root = workspace_root();
    let mut out: Vec<Value> = [
        "examples/policies",
        "examples/php-plugin/data",
        "examples/returns-portal/data",
    ]
    .iter()
    .flat_map(|dir| {
        fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n == "policy.json" || dir.ends_with("policies"))
            })
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect::<Vec<_>>()
    })
    .map(|p| serde_json::from_str(&read(&p)).unwrap())
    .collect();
    out.extend(
        json_files("tests/fixtures/policy")
            .into_iter()
            .map(|f| f["policy"].clone()),
    );
    out.extend(decides.iter().map(|(p, _)| p.clone()));
    out
}

fn policies_toml() -> Vec<String> {
    let root = workspace_root();
    let mut out: Vec<String> = [
        "examples/policies/holiday.toml",
        "examples/policies/strict-electronics.toml",
        "examples/c-shop-engine/policy.toml",
    ]
    .iter()
    .map(|p| read(&root.join(p)))
    .collect();
    // The JSON examples as TOML too.
    let json: Value =
        serde_json::from_str(&read(&root.join("examples/policies/eu-shop.json"))).unwrap();
    out.push(toml::to_string(&json).unwrap());
    out
}

/// `submit` commands for the RMA example's order under its policies and resolutions.
fn submits() -> Vec<Value> {
    use support::rma::{Opening, FEES_POLICY, PLAIN_POLICY};
    let mut out = Vec::new();
    for policy in [support::rma::POLICY, FEES_POLICY, PLAIN_POLICY] {
        for resolution in [
            Resolution::OriginalPayment,
            Resolution::StoreCredit,
            Resolution::Exchange,
        ] {
            let opening = Opening::example().policy(policy).resolution(resolution);
            let decision = returnkit::decision::decide(
                &opening.policy,
                &opening.order,
                &opening.request,
                opening.at,
            )
            .unwrap();
            let command = json!({
                "expected_version": 0,
                "idempotency_key": "submit-1",
                "actor": "customer",
                "at": support::rma::DECIDED,
                "action": {"submit": {
                    "rma_id": "rma-2001-1",
                    "sequence": 330,
                    "order": serde_json::to_value(&opening.order).unwrap(),
                    "decision": serde_json::to_value(returnkit::rma::SubmittedDecision::from(&decision)).unwrap(),
                    "resolution": resolution,
                    "timezone": "America/New_York",
                }},
            });
            if wire::rma_submit(&command.to_string()).is_ok() {
                out.push(command);
            }
        }
    }
    assert!(out.len() >= 3, "the submit seeds are accepted");
    out
}

/// Each RMA fixture's document (versions 1 and 2) with its follow-up command.
fn rma_cases() -> Vec<(Value, Value)> {
    let mut out = Vec::new();
    for version in ["v1", "v2"] {
        let dir = workspace_root().join("tests/fixtures/rma").join(version);
        let mut names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                name.strip_suffix(".document.json").map(str::to_string)
            })
            .collect();
        names.sort();
        for name in names {
            let part = |p: &str| -> Value {
                serde_json::from_str(&read(&dir.join(format!("{name}.{p}.json")))).unwrap()
            };
            // The version 2 command goes with either version's document.
            let command = serde_json::from_str(&read(
                &workspace_root().join(format!("tests/fixtures/rma/v2/{name}.command.json")),
            ))
            .unwrap();
            out.push((part("document"), command));
        }
    }
    out
}

// ---- generation ------------------------------------------------------------------------------

/// The entry points, in the order cases cycle through them.
const ENTRY_POINTS: [&str; 13] = [
    "quote",
    "decide",
    "refund_preview",
    "decision_offer",
    "label_quote",
    "policy",
    "rma_submit",
    "rma_apply",
    "rma_tick",
    "allocate",
    "rma_document",
    "rma_command",
    "policy",
];

fn case_rng(seed: u64, case: u64) -> TestRng {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..16].copy_from_slice(&case.to_le_bytes());
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// Case `i` of `seed`.
fn generate(corpus: &Corpus, seed: u64, i: u64) -> Case {
    let rng = &mut case_rng(seed, i);
    let e = &corpus.edges;
    let entry = ENTRY_POINTS[(i % ENTRY_POINTS.len() as u64) as usize];
    match entry {
        "quote" => Case::new(
            entry,
            &[("input", fuzzed(pick(rng, &corpus.quotes), rng, e))],
        ),
        "decide" | "refund_preview" => {
            let (policy, input) = pick(rng, &corpus.decides);
            let policy = match rng.random_bool(0.2) {
                true => fuzzed(policy, rng, e),
                false => policy.to_string(),
            };
            let input = fuzzed(input, rng, e);
            Case::new(
                entry,
                &[
                    ("policy", policy),
                    ("format", "json".into()),
                    ("rate_cards", String::new()),
                    ("input", input),
                ],
            )
        }
        "decision_offer" => {
            let resolution = pick(
                rng,
                &[
                    "",
                    "",
                    "store_credit",
                    "exchange",
                    "original_payment",
                    "refund",
                    "\u{0}",
                ],
            );
            Case::new(
                entry,
                &[
                    ("decision", fuzzed(pick(rng, &corpus.decisions), rng, e)),
                    ("resolution", resolution.to_string()),
                ],
            )
        }
        "label_quote" => {
            let (cards, request) = pick(rng, &corpus.labels);
            let cards = match rng.random_bool(0.3) {
                true => fuzzed(cards, rng, e),
                false => cards.to_string(),
            };
            let policy = r#"{"name": "labels", "window": {"days": 30}}"#.to_string();
            Case::new(
                entry,
                &[
                    ("policy", policy),
                    ("format", "json".into()),
                    ("rate_cards", cards),
                    ("input", fuzzed(request, rng, e)),
                ],
            )
        }
        "policy" => {
            let (text, format) = match rng.random_bool(0.6) {
                true => (fuzzed(pick(rng, &corpus.json_policies), rng, e), "json"),
                false => (
                    fuzzed_toml(pick::<String>(rng, &corpus.toml_policies), rng),
                    "toml",
                ),
            };
            let cards = match rng.random_range(0..4) {
                0 => fuzzed(&corpus.rate_cards, rng, e),
                1 => corpus.rate_cards.to_string(),
                _ => String::new(),
            };
            Case::new(
                entry,
                &[
                    ("policy", text),
                    ("format", format.into()),
                    ("rate_cards", cards),
                ],
            )
        }
        "rma_submit" => Case::new(
            entry,
            &[("command", fuzzed(pick(rng, &corpus.submits), rng, e))],
        ),
        "rma_apply" => {
            let (doc, command) = pick(rng, &corpus.rmas);
            let (doc, command) = match rng.random_range(0..4) {
                0 => (fuzzed(doc, rng, e), command.to_string()),
                1 => (fuzzed(doc, rng, e), fuzzed(command, rng, e)),
                _ => (doc.to_string(), fuzzed(command, rng, e)),
            };
            Case::new(entry, &[("document", doc), ("command", command)])
        }
        "rma_tick" => {
            let (doc, _) = pick(rng, &corpus.rmas);
            let doc = match rng.random_bool(0.5) {
                true => fuzzed(doc, rng, e),
                false => doc.to_string(),
            };
            let now = pick(
                rng,
                &[
                    "2026-11-20T00:00:00Z",
                    "2027-06-01T00:00:00Z",
                    "2026-11-01T00:00:00Z",
                    "9999-12-31T23:59:59Z",
                    "+275760-09-13T00:00:00Z",
                    "2026-12-31T23:59:60Z",
                    "2026-11-20",
                    "",
                    "now",
                ],
            );
            let key = pick(rng, &["tick-1", "", "submit-1", "follow-up"]);
            Case::new(
                entry,
                &[
                    ("document", doc),
                    ("now", now.to_string()),
                    ("idempotency_key", key.to_string()),
                ],
            )
        }
        "allocate" => Case::new(
            entry,
            &[("input", fuzzed(pick(rng, &corpus.allocations), rng, e))],
        ),
        "rma_document" => Case::new(
            entry,
            &[("document", fuzzed(&pick(rng, &corpus.rmas).0, rng, e))],
        ),
        "rma_command" => Case::new(
            entry,
            &[("command", fuzzed(&pick(rng, &corpus.rmas).1, rng, e))],
        ),
        other => unreachable!("{other}"),
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|v| {
        let v = v.trim();
        match v.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => v.parse(),
        }
        .unwrap_or_else(|e| panic!("{name}={v}: {e}"))
    })
}

/// `text` cut to about `max` characters, marked where it was cut.
fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}… ({} bytes in all)", &text[..at], text.len()),
        None => text.to_string(),
    }
}

/// Where a failing case is written in full, for long inputs.
fn failure_file(seed: u64, i: u64) -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz_wire-{seed:#x}-{i}.json"))
}

#[test]
fn wire_entry_points_survive_mutated_examples() {
    let seed = env_u64("RETURNKIT_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    let range = match env_u64("RETURNKIT_FUZZ_CASE") {
        Some(one) => one..one + 1,
        None => 0..env_u64("RETURNKIT_FUZZ_CASES").unwrap_or(DEFAULT_CASES),
    };
    let max_failures = env_u64("RETURNKIT_FUZZ_MAX_FAILURES").unwrap_or(10) as usize;
    let corpus = Corpus::load();
    let mut failures = Vec::new();
    // Per entry point: inputs accepted, and refused with an error.
    let mut tally: std::collections::BTreeMap<String, (u64, u64)> = Default::default();
    let whole_run = range.start == 0 && range.end >= DEFAULT_CASES;
    for i in range {
        let case = generate(&corpus, seed, i);
        let result = run_caught(&case);
        let counts = tally.entry(case.entry.clone()).or_default();
        match result {
            Ok(true) => counts.0 += 1,
            Ok(false) => counts.1 += 1,
            Err(_) => {}
        }
        if let Err(what) = result {
            let file = failure_file(seed, i);
            fs::write(&file, case.to_json()).unwrap();
            let shown = shortened(&case.to_json(), 2000);
            let what = shortened(&what, 600);
            failures.push(format!(
                "case {i} of seed {seed:#x} ({}): {what}\n  replay: RETURNKIT_FUZZ_SEED={seed:#x} RETURNKIT_FUZZ_CASE={i} \
                 cargo test -p returnkit-shared-tests --test fuzz_wire\n  input (in full in {}):\n{shown}",
                case.entry,
                file.display()
            ));
            if failures.len() >= max_failures {
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    println!("accepted, refused: {tally:?}");
    // A run of the default length reaches both sides of every entry point.
    if whole_run {
        for (entry, (accepted, refused)) in &tally {
            assert!(
                *accepted > 0 && *refused > 0,
                "{entry}: {accepted} accepted, {refused} refused"
            );
        }
    }
}

/// The inputs earlier runs found, kept in `tests/fixtures/fuzz/`: each holds to the rules.
#[test]
fn regression_inputs_pass() {
    let dir = workspace_root().join("tests/fixtures/fuzz");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let case = Case::from_json(&read(&file));
        if let Err(what) = run_caught(&case) {
            panic!("{}: {what}", file.display());
        }
    }
}

/// The harness's checks fail when they should: an error without a field, a quote whose
/// tenders take more than the refund or whose line gets back more than it paid.
#[test]
fn the_checks_catch_what_they_look_for() {
    let no_field = Error::InvalidValue {
        field: String::new(),
        reason: "x".into(),
    };
    assert!(assert_names_field(&no_field).is_err());
    let dot = Error::InvalidValue {
        field: ".".into(),
        reason: "x".into(),
    };
    assert!(assert_names_field(&dot).is_err());
    let named = Error::InvalidValue {
        field: "order.lines[0].quantity".into(),
        reason: "x".into(),
    };
    assert_eq!(assert_names_field(&named), Ok(()));

    let root = workspace_root();
    let input = format!(
        r#"{{"order": {}, "request": {}}}"#,
        read(&root.join("examples/data/order.json")),
        read(&root.join("examples/data/request.json"))
    );
    let answer = wire::quote(&input).unwrap();
    assert_eq!(check_quote_answer(&input, answer.clone()), Ok(()));
    let overpaid = answer.replace(r#""amount":"39.61""#, r#""amount":"39.62""#);
    assert_ne!(overpaid, answer);
    assert!(check_quote_answer(&input, overpaid).is_err());
    let line_over = answer.replacen(r#""total":"85.91""#, r#""total":"5000.00""#, 1);
    assert!(check_quote_answer(&input, line_over)
        .unwrap_err()
        .contains("lines"));

    let bogus = Case::new("quote", &[("input", "{".into())]);
    assert_eq!(run_caught(&bogus), Ok(false));
    let unknown = Case::new("no_such_entry", &[]);
    assert!(run_caught(&unknown).is_err());
}
