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
//! The package is three WebAssembly modules, built from this crate with one feature each, so
//! that a returns portal loads only what it uses (docs/wasm.md, "Size"):
//! - [`storefront`] (feature `storefront`): what a returns portal calls as the customer picks
//!   items and submits: policies (JSON), decisions, refund and label quotes, splits, the
//!   policy summary, and opening an RMA;
//! - [`back_office`] (feature `back-office`): the rest of the RMA lifecycle (commands and
//!   timers), policy checks, and TOML policies, turned into the JSON the other modules compile;
//! - [`analytics`] (feature `analytics`): the returns report and the policy what-if
//!   (simulate), each with its merge of shards.
//!
//! All have the exports of this file (errors, panics, version); the storefront and analytics
//! also those of [`policies`]. Host builds (tests, the TypeScript generator) have every
//! feature.

use std::cell::RefCell;
use std::panic::AssertUnwindSafe;

use returnkit::Error;
use wasm_bindgen::prelude::*;

/// The WebAssembly modules' allocator: talc, in place of the standard library's dlmalloc. Its
/// code is smaller, which leaves room in the modules' size budgets (docs/performance.md,
/// "WebAssembly: talc, and the one-pass readers").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "analytics")]
pub mod analytics;
#[cfg(feature = "back-office")]
pub mod back_office;
#[cfg(any(feature = "storefront", feature = "analytics"))]
pub mod policies;
#[cfg(feature = "storefront")]
pub mod storefront;
#[cfg(not(target_arch = "wasm32"))]
pub mod typegen;

/// What every export returns: the JSON answer, or the error record as JSON text (thrown).
pub type Answer<T = String> = Result<T, String>;

thread_local! {
    /// The message of the last panic, kept by the hook until [`take_panic`] reads it.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
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

/// Adds a locale's compiled message catalog (the package's `locales/<tag>.txt`) to this
/// instance, so that answers asked in that locale are written in it: `true` when added,
/// `false` when the instance had that locale's catalog already. An unknown tag is an error on
/// `locale`, text that isn't a compiled catalog one on `catalog`.
#[wasm_bindgen]
pub fn add_catalog(tag: &str, catalog: &str) -> Answer<bool> {
    guard(|| returnkit::messages::add_catalog(tag, catalog))
}

/// Every stable error code with its kind, as `[{"code": 1001, "kind": "parse"}, ...]`.
#[wasm_bindgen]
pub fn error_codes() -> String {
    let codes: Vec<serde_json::Value> = Error::CODES
        .iter()
        .map(|(code, kind)| serde_json::json!({"code": code, "kind": kind}))
        .collect();
    // A list of numbers and strings, which the writer always writes.
    returnkit::wire::writer::to_string(&codes).unwrap_or_default()
}

#[cfg(test)]
#[cfg(all(feature = "storefront", feature = "back-office", feature = "analytics"))]
mod tests {
    use super::back_office::*;
    use super::policies::*;
    use super::storefront::SCRATCH;
    use super::storefront::*;
    use super::*;
    use returnkit::wire;

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
    fn a_toml_policy_reaches_the_storefront_as_json() {
        let toml = "name = \"p\"\n[window]\ndays = 30\n";
        let json = policy_toml_to_json(toml).unwrap();
        let h = policy_compile(&json, "json", "").unwrap();
        let direct = wire::compile_policy(toml, "toml", "").unwrap();
        let summary = policy_explain(h, false).unwrap();
        assert_eq!(summary, wire::policy_explain(&direct, false).unwrap());
        policy_free(h);
        // TOML itself is refused by the storefront module, which has no TOML parser.
        let e = error(policy_compile(toml, "toml", ""));
        assert_eq!(
            (e["code"].as_i64(), e["field"].as_str()),
            (Some(1002), Some("format"))
        );
        // A TOML error says where in the file, from the back-office module.
        let e = error(policy_toml_to_json(
            "name = \"p\"\n[window]\ndays = \"x\"\n",
        ));
        assert_eq!(e["field"], "policy.window.days");
        assert!(e["message"].as_str().unwrap().contains("line 3"), "{e}");
    }

    #[test]
    fn a_simulation_runs_on_compiled_policies() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
        let read = |path: &str| std::fs::read_to_string(format!("{root}{path}")).unwrap();
        let compile = |path: &str| {
            let json = policy_toml_to_json(&read(path)).unwrap();
            policy_compile(&json, "json", "").unwrap()
        };
        let current = compile("examples/policies/current-30-days.toml");
        let proposed = compile("examples/policies/proposed-60-days.toml");
        let records = read("examples/batch/requests.jsonl");
        let options = read("tests/fixtures/simulate/sample.options.json");
        let expected = read("tests/fixtures/simulate/sample.answer.json");
        let answer = super::analytics::simulate(current, proposed, &records, &options).unwrap();
        assert_eq!(answer, expected.trim_end());
        let merged = super::analytics::simulate_merge(&format!("[{answer},{answer}]")).unwrap();
        assert!(merged.starts_with(r#"{"policies":["current","proposed"],"records":12,"#));
        policy_free(proposed);
        let e = error(super::analytics::simulate(current, proposed, &records, ""));
        assert_eq!(
            (e["code"].as_u64(), e["field"].as_str()),
            (Some(1002), Some("proposed"))
        );
        policy_free(current);
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
