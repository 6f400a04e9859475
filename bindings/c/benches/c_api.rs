//! A 10-line return decision through the C API (`rk_decide`: pointer and length in, a
//! caller-owned C string out, freed with `rk_string_free`) against the same JSON round trip in
//! Rust (`returnkit::wire::decide`): same process, same policy, same input. The target is at
//! most 1.3 times the Rust cost.
//!
//! `cargo bench -p returnkit-c --bench c_api` runs criterion for both, then an interleaved
//! timing loop that prints the ratio. With `RK_BENCH_MAX_RATIO=1.3` set, it fails above that.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::float_arithmetic,
    clippy::indexing_slicing,
    clippy::undocumented_unsafe_blocks
)]

// The exports, compiled into the bench as they are into the C library (the crate has no rlib;
// see Cargo.toml).
#[path = "../src/lib.rs"]
#[allow(dead_code, unused_imports)]
mod ffi;

use std::hint::black_box;
use std::ptr;
use std::time::{Duration, Instant};

use criterion::Criterion;
use returnkit_core::wire;

const POLICY: &str = r#"{
  "name": "Bench shop", "currency": "USD", "timezone": "America/New_York",
  "window": {"days": 30, "from": "delivery"},
  "resolutions": ["original_payment", "store_credit", "exchange"],
  "fees": {"restocking": {"type": "percent", "percent": "10"}, "label_fee": "5.95"},
  "label": {"remorse": "customer", "merchant_fault": "merchant"},
  "rules": [
    {"id": "final", "when": {"final_sale": true}, "then": [{"deny": {"code": "final_sale", "message": "Final sale."}}]},
    {"id": "big", "when": {"order_total": {"at_least": "1000.00"}}, "then": [{"review": {"code": "big", "message": "Large return."}}]}
  ]
}"#;

/// `{"order", "request", "now"}` for a 10-line order, every line returned.
fn input() -> String {
    let lines: Vec<String> = (0..10)
        .map(|i| {
            format!(
                r#"{{"id": "l{i}", "sku": "SKU-{i}", "title": "Item {i}", "categories": ["apparel/shirts"],
                   "quantity": 2, "unit_price": "24.50",
                   "tax_lines": [{{"rate": "0.08", "amount": "3.92"}}],
                   "delivered_at": "2026-11-05T15:00:00Z"}}"#
            )
        })
        .collect();
    let request: Vec<String> = (0..10)
        .map(|i| format!(r#"{{"line_id": "l{i}", "quantity": 1, "reason": "size_or_fit"}}"#))
        .collect();
    format!(
        r#"{{"order": {{"id": "b-1", "currency": "USD", "placed_at": "2026-11-02T10:00:00Z",
              "lines": [{}],
              "tenders": [{{"id": "gift", "kind": "gift_card", "amount": "100.00"}},
                          {{"id": "card", "kind": "card", "amount": "429.20"}}]}},
            "request": {{"lines": [{}], "resolution": "original_payment"}},
            "now": "2026-11-10T14:00:00Z"}}"#,
        lines.join(","),
        request.join(",")
    )
}

struct Handle(*mut ffi::RkPolicy);

impl Handle {
    fn compile() -> Handle {
        let mut policy = ptr::null_mut();
        let err = unsafe {
            ffi::rk_policy_compile(
                POLICY.as_ptr().cast(),
                POLICY.len(),
                c"json".as_ptr(),
                4,
                ptr::null(),
                0,
                &mut policy,
            )
        };
        assert!(err.is_null(), "the bench policy compiles");
        Handle(policy)
    }

    /// One decision through the C API: JSON in, a C string out and freed.
    fn decide(&self, input: &str) -> usize {
        let mut out = ptr::null_mut();
        let err = unsafe { ffi::rk_decide(self.0, input.as_ptr().cast(), input.len(), &mut out) };
        assert!(err.is_null());
        let len = unsafe { std::ffi::CStr::from_ptr(out) }.to_bytes().len();
        unsafe { ffi::rk_string_free(out) };
        len
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        unsafe { ffi::rk_policy_free(self.0) }
    }
}

fn rust_decide(policy: &returnkit_core::policy::Policy, input: &str) -> usize {
    wire::decide(policy, input).unwrap().len()
}

/// Interleaved rounds of both, so that drift in the machine's speed hits both alike; the ratio
/// of the medians of per-round times.
fn ratio(policy: &returnkit_core::policy::Policy, handle: &Handle, input: &str) -> (f64, f64, f64) {
    const ROUNDS: usize = 15;
    const PER_ROUND: u32 = 200;
    let time = |f: &dyn Fn() -> usize| {
        let start = Instant::now();
        for _ in 0..PER_ROUND {
            black_box(f());
        }
        start.elapsed() / PER_ROUND
    };
    let (mut rust, mut c): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        rust.push(time(&|| rust_decide(policy, black_box(input))));
        c.push(time(&|| handle.decide(black_box(input))));
    }
    rust.sort();
    c.sort();
    let (r, cc) = (rust[ROUNDS / 2], c[ROUNDS / 2]);
    (
        r.as_secs_f64() * 1e6,
        cc.as_secs_f64() * 1e6,
        cc.as_secs_f64() / r.as_secs_f64(),
    )
}

fn main() {
    let input = input();
    let policy = wire::compile_policy(POLICY, "json", "").unwrap();
    let handle = Handle::compile();
    // Both give the same answer.
    let mut out = ptr::null_mut();
    let err = unsafe { ffi::rk_decide(handle.0, input.as_ptr().cast(), input.len(), &mut out) };
    assert!(err.is_null());
    let c_answer = unsafe { std::ffi::CStr::from_ptr(out) }
        .to_str()
        .unwrap()
        .to_string();
    unsafe { ffi::rk_string_free(out) };
    assert_eq!(c_answer, wire::decide(&policy, &input).unwrap());

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("decide_10_lines");
    group.bench_function("rust_wire_decide", |b| {
        b.iter(|| rust_decide(&policy, black_box(&input)))
    });
    group.bench_function("c_api_rk_decide", |b| {
        b.iter(|| handle.decide(black_box(&input)))
    });
    group.finish();
    criterion.final_summary();

    let (rust_us, c_us, ratio) = ratio(&policy, &handle, &input);
    println!(
        "decide, 10 lines, JSON in and out: Rust wire::decide {rust_us:.1} µs, C API rk_decide {c_us:.1} µs: {ratio:.3}x (target <= 1.3x)"
    );
    if let Some(max) = std::env::var("RK_BENCH_MAX_RATIO")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
    {
        assert!(ratio <= max, "the C API costs {ratio:.3}x Rust, over {max}");
    }
}
