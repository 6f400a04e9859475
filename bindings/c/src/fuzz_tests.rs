//! Bytes, not text, through every export that takes `(pointer, length)`: the shipped examples
//! with bytes damaged (invalid UTF-8 among them), cut short and repeated. Every call gives an
//! answer or an error that names a field, never error 9001 (a caught panic). Deterministic:
//! case `i` draws from a ChaCha generator seeded with `i`.

use std::ffi::{c_char, CStr};
use std::ptr;

use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};

use super::*;

const CASES: u64 = 600;

/// Bytes that are not UTF-8 (a lone byte, a surrogate, an overlong form, past U+10FFFF, a cut
/// sequence), and two that are: NUL and `é`.
const ODD_BYTES: [&[u8]; 8] = [
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xf4\x90\x80\x80",
    b"\xe2\x82",
    b"\0",
    "é".as_bytes(),
];

const ORDER: &str = include_str!("../../../examples/data/order.json");
const REQUEST: &str = include_str!("../../../examples/data/request.json");
const RETURN_REQUEST: &str = include_str!("../../../examples/c-shop-engine/return-request.json");
const POLICY: &str = include_str!("../../../examples/c-shop-engine/policy.toml");
const RATES: &str = include_str!("../../../examples/rates/us-ground.json");
const DOCUMENT: &str = include_str!("../../../tests/fixtures/rma/v2/approved.document.json");
const COMMAND: &str = include_str!("../../../tests/fixtures/rma/v2/approved.command.json");
const LABEL: &str = r#"{"origin": {"country": "US", "postal_code": "10001"},
    "items": [{"line_id": "a", "quantity": 2, "weight": {"value": "40", "unit": "lb"}}]}"#;
const ALLOCATION: &str = r#"{"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]}"#;

/// `seed` with one to three byte-level changes.
fn damaged(seed: &[u8], rng: &mut TestRng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.random_range(1..=3) {
        let at = rng.random_range(0..=bytes.len());
        let end = (at + rng.random_range(1..=8)).min(bytes.len());
        match rng.random_range(0..5) {
            0 => {
                let odd = ODD_BYTES.get(rng.random_range(0..ODD_BYTES.len()));
                bytes.splice(at..at, odd.copied().unwrap_or_default().iter().copied());
            }
            1 => drop(bytes.drain(at..end)),
            2 => {
                if let Some(b) = bytes.get_mut(at) {
                    *b = rng.random();
                }
            }
            3 => bytes.truncate(at),
            _ => {
                let copy = bytes.get(at..end).unwrap_or_default().to_vec();
                bytes.splice(end..end, copy);
            }
        }
    }
    bytes
}

/// Whether an error about a whole text names its document rather than the root path `.`
/// (until it does, such parse errors are let through, as in the core's wire fuzz harness).
fn root_errors_named() -> bool {
    returnkit_core::wire::quote("[")
        .err()
        .is_some_and(|e| !e.field().is_empty() && e.field() != ".")
}

fn decide_input() -> String {
    format!(r#"{{"order": {ORDER}, "request": {RETURN_REQUEST}, "now": "2026-10-20T18:00:00Z"}}"#)
}

/// The example's decision, as `rk_decide` writes it.
fn decision() -> String {
    let policy = returnkit_core::wire::compile_policy(POLICY, "toml", "").unwrap_or_else(|e| {
        unreachable!("the example policy compiles: {e}");
    });
    returnkit_core::wire::decide(&policy, &decide_input()).unwrap_or_default()
}

/// What a call gave, an answer (`None`) or an error naming a field (its message), both freed.
///
/// # Safety
/// `err` and `out` are what one call of this library handed out.
/// `compiled` says that the call was `rk_policy_compile` and gave a policy.
unsafe fn settle(
    err: *mut RkError,
    out: *mut c_char,
    compiled: bool,
) -> Result<Option<String>, String> {
    // SAFETY: `out` is NULL or a string this library handed out, freed once here.
    unsafe { rk_string_free(out) };
    if err.is_null() {
        return if out.is_null() && !compiled {
            Err("no error and no answer".into())
        } else {
            Ok(None)
        };
    }
    // SAFETY: `err` is a live error; its accessors give NUL-terminated strings that live as
    // long as it does, read before it is freed.
    let (code, field, message) = unsafe {
        (
            rk_error_code(err),
            CStr::from_ptr(rk_error_field(err))
                .to_string_lossy()
                .into_owned(),
            CStr::from_ptr(rk_error_message(err))
                .to_string_lossy()
                .into_owned(),
        )
    };
    // SAFETY: `err` came from this library and is freed once.
    unsafe { rk_error_free(err) };
    let whole_text = field.is_empty() || field == ".";
    let let_through = code == 1001 && !root_errors_named();
    if code == 9001 || (whole_text && !let_through) {
        return Err(format!("error {code} on field {field:?}: {message}"));
    }
    Ok(Some(message))
}

/// One call of the export `which`, on damaged arguments.
///
/// # Safety
/// `policy` is a live handle.
unsafe fn call(
    which: u64,
    policy: *const RkPolicy,
    rng: &mut TestRng,
) -> (String, Result<Option<String>, String>) {
    let quote = format!(r#"{{"order": {ORDER}, "request": {REQUEST}}}"#);
    let decide = decide_input();
    let cards = format!("[{RATES}]");
    let mut d = |seed: &str| damaged(seed.as_bytes(), rng);
    let mut out: *mut c_char = ptr::null_mut();
    let mut compiled = false;
    let o = &mut out as *mut *mut c_char;
    let p = |b: &Vec<u8>| b.as_ptr().cast::<c_char>();
    // SAFETY: every pointer is valid for the length given with it, and `o` is writable.
    unsafe {
        let (args, err): (Vec<Vec<u8>>, *mut RkError) = match which % 10 {
            0 => {
                let a = d(&quote);
                let e = rk_quote(p(&a), a.len(), o);
                (vec![a], e)
            }
            1 => {
                let a = d(&decide);
                let e = rk_decide(policy, p(&a), a.len(), o);
                (vec![a], e)
            }
            2 => {
                let (a, f, c) = (d(POLICY), b"toml".to_vec(), d(&cards));
                let mut handle: *mut RkPolicy = ptr::null_mut();
                let e =
                    rk_policy_compile(p(&a), a.len(), p(&f), f.len(), p(&c), c.len(), &mut handle);
                compiled = !handle.is_null();
                rk_policy_free(handle);
                (vec![a, c], e)
            }
            3 => {
                let (a, f) = (d(POLICY), d("toml"));
                let e = rk_policy_check(p(&a), a.len(), p(&f), f.len(), o);
                (vec![a, f], e)
            }
            4 => {
                let (a, r) = (d(&decision()), d("store_credit"));
                let e = rk_decision_offer(p(&a), a.len(), p(&r), r.len(), o);
                (vec![a, r], e)
            }
            5 => {
                let a = d(LABEL);
                let e = rk_label_quote(policy, p(&a), a.len(), o);
                (vec![a], e)
            }
            6 => {
                let a = d(COMMAND);
                let e = rk_rma_submit(p(&a), a.len(), o);
                (vec![a], e)
            }
            7 => {
                let (a, c) = (d(DOCUMENT), d(COMMAND));
                let e = rk_rma_apply(p(&a), a.len(), p(&c), c.len(), o);
                (vec![a, c], e)
            }
            8 => {
                let (a, n, k) = (d(DOCUMENT), d("2026-11-20T00:00:00Z"), d("tick-1"));
                let e = rk_rma_tick(p(&a), a.len(), p(&n), n.len(), p(&k), k.len(), o);
                (vec![a, n, k], e)
            }
            _ => {
                let a = d(ALLOCATION);
                let e = rk_allocate(p(&a), a.len(), o);
                (vec![a], e)
            }
        };
        let shown = args
            .iter()
            .map(|a| format!("{:?}", String::from_utf8_lossy(a)))
            .collect::<Vec<_>>()
            .join(", ");
        (shown, settle(err, out, compiled))
    }
}

#[test]
fn damaged_bytes_give_answers_or_errors_that_name_a_field() {
    let (text, format, cards) = (POLICY, "toml", format!("[{RATES}]"));
    let mut policy: *mut RkPolicy = ptr::null_mut();
    let mut failures = Vec::new();
    let (mut answers, mut not_utf8) = (0u32, 0u32);
    // SAFETY: every pointer is valid for its length; the policy is freed once, at the end.
    unsafe {
        let err = rk_policy_compile(
            text.as_ptr().cast(),
            text.len(),
            format.as_ptr().cast(),
            format.len(),
            cards.as_ptr().cast(),
            cards.len(),
            &mut policy,
        );
        assert!(err.is_null() && !policy.is_null());
        for i in 0..CASES {
            let mut bytes = [0u8; 32];
            for (b, s) in bytes.iter_mut().zip(i.to_le_bytes()) {
                *b = s;
            }
            let rng = &mut TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
            let (args, result) = call(i, policy, rng);
            match result {
                Ok(None) => answers += 1,
                Ok(Some(message)) => not_utf8 += u32::from(message.contains("not valid UTF-8")),
                Err(what) => {
                    let args: String = args.chars().take(2000).collect();
                    failures.push(format!("case {i}: {what}\n  arguments: {args}"));
                }
            }
        }
        rk_policy_free(policy);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The cases reach both sides: answers, and text refused for its bytes.
    assert!(
        answers > 0 && not_utf8 > 50,
        "{answers} answers, {not_utf8} not UTF-8"
    );
}
