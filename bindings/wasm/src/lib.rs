//! # returnkit-wasm
//!
//! returnkit for JavaScript: the WebAssembly side of the `returnkit` npm package. Every export
//! forwards to [`returnkit::wire`] (JSON text in, JSON text out), so the package answers
//! byte-for-byte as the Rust crate, the CLI and the other bindings do. The JavaScript wrapper
//! in `js/` turns objects into JSON and back, and turns the thrown error records into
//! `ReturnKitError`s.
//!
//! Errors cross the boundary as the wire-format record
//! `{"code", "kind", "field", "message"}` ([`returnkit::Error::to_json`]), thrown as a string.
//!
//! Panics: `wasm32-unknown-unknown` builds with `panic = "abort"`, so
//! [`std::panic::catch_unwind`] catches nothing there; a panic traps the instance
//! (`RuntimeError: unreachable`). Each export still runs inside `catch_unwind`, which does work
//! on the host (where the tests run), and a panic hook records the message first, so that the
//! JavaScript wrapper can read it with [`take_panic`] after the trap, throw a `ReturnKitError`
//! with code 9001, and start a fresh instance.
//!
//! Policies are kept in a table inside the instance and named by a handle (a positive
//! integer), so that the JavaScript `Policy` class can be rebuilt on a fresh instance.

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;

use returnkit::policy::Policy;
use returnkit::{wire, Error};
use wasm_bindgen::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
pub mod typegen;

/// What every export returns: the JSON answer, or the error record as JSON text (thrown).
pub type Answer<T = String> = Result<T, String>;

thread_local! {
    /// The message of the last panic, kept by the hook until [`take_panic`] reads it.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Compiled policies; a handle is an index plus one, so that 0 is never a handle.
    static POLICIES: RefCell<Vec<Option<Policy>>> = const { RefCell::new(Vec::new()) };
}

static HOOK: std::sync::Once = std::sync::Once::new();

/// Installs the panic hook that records the message (once per instance).
fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
            previous(info);
        }));
    });
}

fn internal(message: String) -> Error {
    Error::Internal {
        field: String::new(),
        message,
    }
}

fn record(e: &Error) -> String {
    e.to_json_text()
}

/// Runs `f` with the panic hook installed; a caught panic (host builds) becomes error 9001.
fn guard<T>(f: impl FnOnce() -> returnkit::Result<T>) -> Answer<T> {
    install_hook();
    match std::panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(record(&e)),
        Err(_) => {
            let message = take_panic();
            Err(record(&internal(if message.is_empty() {
                "a panic".into()
            } else {
                message
            })))
        }
    }
}

/// The message of the last panic in this instance, or an empty string; reading clears it.
/// The JavaScript wrapper calls it on a trapped instance before it discards it.
#[wasm_bindgen]
pub fn take_panic() -> String {
    LAST_PANIC
        .with(|p| p.borrow_mut().take())
        .unwrap_or_default()
}

/// Panics on purpose, so that tests can check that a panic becomes a `ReturnKitError` with
/// code 9001 and that the package recovers. Not part of the public API.
#[wasm_bindgen]
pub fn debug_panic(message: &str) -> Answer {
    guard(|| -> returnkit::Result<String> {
        #[allow(clippy::panic)]
        {
            panic!("{message}")
        }
    })
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Every stable error code with its kind, as `[{"code": 1001, "kind": "parse"}, ...]`.
#[wasm_bindgen]
pub fn error_codes() -> String {
    let codes: Vec<serde_json::Value> = Error::CODES
        .iter()
        .map(|(code, kind)| serde_json::json!({"code": code, "kind": kind}))
        .collect();
    // A list of numbers and strings, which the writer always writes.
    returnkit::json_writer::to_string(&codes).unwrap_or_default()
}

/// A refund quote: [`wire::quote`].
#[wasm_bindgen]
pub fn quote(input: &str) -> Answer {
    guard(|| wire::quote(input))
}

/// An exact split of an amount across weights: [`wire::allocate`].
#[wasm_bindgen]
pub fn allocate(input: &str) -> Answer {
    guard(|| wire::allocate(input))
}

/// Largest 2^53 - 1: integers up to it are exact as JavaScript numbers.
const SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

fn whole(value: f64, field: impl FnOnce() -> String) -> returnkit::Result<i64> {
    if value.is_finite() && value.fract() == 0.0 && value.abs() <= SAFE_INTEGER {
        // In range and whole, so the conversion is exact.
        Ok(value as i64)
    } else {
        Err(Error::InvalidValue {
            field: field(),
            reason: "not a whole number of at most 2^53 - 1".into(),
        })
    }
}

/// Most weights the fast split takes; more go through [`allocate_minor`].
pub const FAST_WEIGHTS: usize = 32;

/// The fast split, in place: `buf` holds at most [`FAST_WEIGHTS`] weights, which become the
/// shares, and the answer is true. Numbers that are not whole, and any error, answer false
/// with `buf` unchanged, and [`allocate_minor`] then gives the typed error. The split itself
/// is the core's ([`returnkit::Money::allocate_minor_units`]); this only converts numbers.
pub fn split_in_place(total: f64, buf: &mut [f64]) -> bool {
    let n = buf.len();
    if n == 0 || n > FAST_WEIGHTS {
        return false;
    }
    let Ok(total) = whole(total, String::new) else {
        return false;
    };
    let mut weights = [0i64; FAST_WEIGHTS];
    for (w, v) in weights.iter_mut().zip(buf.iter()) {
        let Ok(v) = whole(*v, String::new) else {
            return false;
        };
        *w = v;
    }
    let mut shares = [0i64; FAST_WEIGHTS];
    let (Some(weights), Some(shares)) = (weights.get(..n), shares.get_mut(..n)) else {
        return false;
    };
    if returnkit::Money::allocate_minor_units(total, weights, shares).is_err() {
        return false;
    }
    for (b, s) in buf.iter_mut().zip(shares.iter()) {
        // Each share is at most the total, so at most 2^53 - 1: exact as a number.
        *b = *s as f64;
    }
    true
}

/// [`returnkit::Money::allocate`] in minor units: `total` split across whole `weights`, the
/// shares in minor units. Numbers must be whole and within 2^53 - 1.
#[wasm_bindgen]
pub fn allocate_minor(total: f64, weights: &[f64]) -> Answer<Vec<f64>> {
    guard(|| {
        let mut out = weights.to_vec();
        if split_in_place(total, &mut out) {
            return Ok(out);
        }
        let total = whole(total, || "total".into())?;
        let weights = weights
            .iter()
            .enumerate()
            .map(|(i, w)| whole(*w, || format!("weights[{i}]")))
            .collect::<returnkit::Result<Vec<_>>>()?;
        let mut shares = vec![0i64; weights.len()];
        returnkit::Money::allocate_minor_units(total, &weights, &mut shares)?;
        Ok(shares.into_iter().map(|m| m as f64).collect())
    })
}

thread_local! {
    /// Weights in, shares out, for [`allocate_minor_in_scratch`]: JavaScript writes and reads
    /// it through a view of the instance's memory, so a split crosses the boundary without
    /// allocating.
    static SCRATCH: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
}

/// The address of the scratch buffer, which holds [`FAST_WEIGHTS`] numbers (a view of the
/// instance's memory at this address stays valid: the buffer never moves).
#[wasm_bindgen]
pub fn allocate_scratch() -> usize {
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < FAST_WEIGHTS {
            s.resize(FAST_WEIGHTS, 0.0);
        }
        s.as_ptr() as usize
    })
}

/// The fast split in place: the first `n` numbers of the scratch buffer are the weights, and
/// become the shares. Returns false, changing nothing, when [`allocate_minor`] must answer.
#[wasm_bindgen]
pub fn allocate_minor_in_scratch(total: f64, n: usize) -> bool {
    SCRATCH.with(|s| match s.borrow_mut().get_mut(..n) {
        Some(buffer) => split_in_place(total, buffer),
        None => false,
    })
}

/// The instance's memory, for the view of the scratch buffer.
#[wasm_bindgen]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Every problem in a policy document: [`wire::policy_check`].
#[wasm_bindgen]
pub fn policy_check(text: &str, format: &str) -> Answer {
    guard(|| wire::policy_check(text, format))
}

/// Compiles a policy ([`wire::compile_policy`]) and keeps it; returns its handle.
#[wasm_bindgen]
pub fn policy_compile(text: &str, format: &str, rate_cards: &str) -> Answer<u32> {
    guard(|| {
        let policy = wire::compile_policy(text, format, rate_cards)?;
        POLICIES.with(|table| {
            let mut table = table.borrow_mut();
            let index = match table.iter().position(Option::is_none) {
                Some(free) => free,
                None => {
                    table.push(None);
                    table.len() - 1
                }
            };
            if let Some(slot) = table.get_mut(index) {
                *slot = Some(policy);
            }
            u32::try_from(index + 1).map_err(|_| internal("too many policies".into()))
        })
    })
}

/// Releases a compiled policy. Freeing a handle twice does nothing.
#[wasm_bindgen]
pub fn policy_free(handle: u32) {
    POLICIES.with(|table| {
        if let Some(slot) = table
            .borrow_mut()
            .get_mut((handle as usize).wrapping_sub(1))
        {
            *slot = None;
        }
    });
}

/// Runs `f` on the policy behind `handle`.
fn with_policy(
    handle: u32,
    f: impl FnOnce(&Policy) -> returnkit::Result<String>,
) -> returnkit::Result<String> {
    POLICIES.with(|table| {
        let table = table.borrow();
        match table
            .get((handle as usize).wrapping_sub(1))
            .and_then(Option::as_ref)
        {
            Some(policy) => f(policy),
            None => Err(Error::InvalidValue {
                field: "policy".into(),
                reason: "this policy was freed".into(),
            }),
        }
    })
}

/// A decision under a compiled policy: [`wire::decide`].
#[wasm_bindgen]
pub fn policy_decide(handle: u32, input: &str) -> Answer {
    guard(|| with_policy(handle, |p| wire::decide(p, input)))
}

/// A label quote with a compiled policy's rate cards: [`wire::label_quote`].
#[wasm_bindgen]
pub fn policy_label_quote(handle: u32, request: &str) -> Answer {
    guard(|| with_policy(handle, |p| wire::label_quote(p, request)))
}

/// A compiled policy's plain-language summary (a JSON string), or its schema.org JSON-LD:
/// [`wire::policy_explain`].
#[wasm_bindgen]
pub fn policy_explain(handle: u32, jsonld: bool) -> Answer {
    guard(|| with_policy(handle, |p| wire::policy_explain(p, jsonld)))
}

/// Opens an RMA: [`wire::rma_submit`].
#[wasm_bindgen]
pub fn rma_submit(command: &str) -> Answer {
    guard(|| wire::rma_submit(command))
}

/// Applies a command to an RMA document: [`wire::rma_apply`].
#[wasm_bindgen]
pub fn rma_apply(document: &str, command: &str) -> Answer {
    guard(|| wire::rma_apply(document, command))
}

/// Lets time pass for an RMA document: [`wire::rma_tick`].
#[wasm_bindgen]
pub fn rma_tick(document: &str, now: &str, idempotency_key: &str) -> Answer {
    guard(|| wire::rma_tick(document, now, idempotency_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(answer: Answer<impl std::fmt::Debug>) -> serde_json::Value {
        serde_json::from_str(&answer.unwrap_err()).unwrap()
    }

    #[test]
    fn a_panic_is_an_internal_error_on_the_host() {
        let e = error(debug_panic("boom"));
        assert_eq!(e["code"], 9001);
        assert_eq!(e["kind"], "internal");
        assert_eq!(e["field"], "");
        assert!(e["message"].as_str().unwrap().contains("boom"), "{e}");
        assert_eq!(take_panic(), "", "the message is taken once");
    }

    #[test]
    fn policies_live_behind_handles() {
        let h = policy_compile(r#"{"name": "p", "window": {"days": 30}}"#, "json", "").unwrap();
        assert!(h > 0);
        let summary: String = serde_json::from_str(&policy_explain(h, false).unwrap()).unwrap();
        assert!(!summary.is_empty());
        policy_free(h);
        policy_free(h);
        let e = error(policy_explain(h, false));
        assert_eq!(
            (e["code"].as_u64(), e["field"].as_str()),
            (Some(1002), Some("policy"))
        );
        let e = error(policy_compile("{", "json", ""));
        assert_eq!(e["code"], 1001);
    }

    #[test]
    fn the_fast_allocation_matches_the_string_one() {
        let fast = allocate_minor(10000.0, &[1.0, 1.0, 1.0]).unwrap();
        assert_eq!(fast, [3334.0, 3333.0, 3333.0]);
        let slow =
            allocate(r#"{"amount": "100.00", "currency": "USD", "weights": ["1", "1", "1"]}"#);
        assert_eq!(slow.unwrap(), r#"["33.34","33.33","33.33"]"#);
        assert_eq!(allocate_minor(-5.0, &[1.0, 1.0]).unwrap(), [-3.0, -2.0]);
        let e = error(allocate_minor(1.5, &[1.0]));
        assert_eq!(
            (e["code"].as_u64(), e["field"].as_str()),
            (Some(1002), Some("total"))
        );
        let e = error(allocate_minor(1.0, &[1.0, f64::NAN]));
        assert_eq!(e["field"], "weights[1]");
        let e = error(allocate_minor(1.0, &[-1.0, 2.0]));
        assert_eq!(
            (e["code"].as_u64(), e["field"].as_str()),
            (Some(4006), Some("weights[0]"))
        );
    }

    /// What the core says, through `Money::allocate`.
    fn core_split(total: i64, weights: &[f64]) -> Option<Vec<f64>> {
        let units = returnkit::Currency::from_code("JPY")?;
        let w: Vec<rust_decimal::Decimal> = weights
            .iter()
            .map(|w| rust_decimal::Decimal::from(*w as i64))
            .collect();
        let shares = returnkit::Money::from_minor(total, units)
            .allocate(&w)
            .ok()?;
        Some(
            shares
                .iter()
                .map(|m| m.to_minor().unwrap() as f64)
                .collect(),
        )
    }

    #[test]
    fn the_fast_split_gives_what_the_core_gives() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut fast_cases = 0;
        for case in 0..20_000 {
            let n = 1 + (next() % 12) as usize;
            // Small weights make ties; some zeros; now and then huge values.
            let weights: Vec<f64> = (0..n)
                .map(|_| match next() % 10 {
                    0 => 0.0,
                    1 => (next() % 1_000_000_007) as f64,
                    _ => (next() % 4) as f64,
                })
                .collect();
            let magnitude = match case % 4 {
                0 => next() % 100,
                1 => next() % 1_000_000,
                2 => next() % 9_007_199_254_740_991,
                _ => next() % 10_000_000_000,
            } as i64;
            let total = if next() % 3 == 0 {
                -magnitude
            } else {
                magnitude
            };
            let mut out = weights.clone();
            let fast = split_in_place(total as f64, &mut out);
            let core = core_split(total, &weights);
            if fast {
                fast_cases += 1;
                assert_eq!(Some(&out), core.as_ref(), "{total} over {weights:?}");
            } else {
                assert_eq!(out, weights, "unchanged when the core decides");
            }
            // Whatever the fast path leaves, the export answers as the core does.
            match (allocate_minor(total as f64, &weights), core) {
                (Ok(a), Some(c)) => assert_eq!(a, c, "{total} over {weights:?}"),
                (Err(_), None) => {}
                (a, c) => panic!("{total} over {weights:?}: {a:?} vs {c:?}"),
            }
        }
        assert!(fast_cases > 15_000, "the fast path took {fast_cases} cases");
    }

    #[test]
    fn the_scratch_split_works_in_place() {
        allocate_scratch();
        SCRATCH.with(|s| s.borrow_mut()[..3].copy_from_slice(&[1.0, 1.0, 1.0]));
        assert!(allocate_minor_in_scratch(10000.0, 3));
        SCRATCH.with(|s| assert_eq!(s.borrow()[..3], [3334.0, 3333.0, 3333.0]));
        SCRATCH.with(|s| s.borrow_mut()[..2].copy_from_slice(&[-1.0, 1.0]));
        assert!(
            !allocate_minor_in_scratch(10000.0, 2),
            "errors go to the core"
        );
        SCRATCH.with(|s| assert_eq!(s.borrow()[..2], [-1.0, 1.0], "unchanged"));
        assert!(!allocate_minor_in_scratch(1.0, FAST_WEIGHTS + 1));
    }

    #[test]
    fn error_codes_list_every_code() {
        let codes: serde_json::Value = serde_json::from_str(&error_codes()).unwrap();
        assert_eq!(codes.as_array().unwrap().len(), Error::CODES.len());
        assert_eq!(codes[0], serde_json::json!({"code": 1001, "kind": "parse"}));
    }
}
