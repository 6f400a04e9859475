//! The native side of `bench/bench.mjs`: `returnkit::wire::decide` with JSON text in and out,
//! on the same policy and input the WebAssembly side decides. Prints one JSON line:
//! `{"batch": 500, "batch_nanos": ..., "iterations": ...}`, the fastest batch's time.
//!
//! `cargo bench -p returnkit-wasm --bench native_decide -- POLICY_FILE INPUT_FILE [RATE_CARDS_FILE]`

use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let [policy, input, rest @ ..] = files.as_slice() else {
        return Err("usage: native_decide POLICY_FILE INPUT_FILE [RATE_CARDS_FILE]".into());
    };
    let policy = std::fs::read_to_string(policy)?;
    let input = std::fs::read_to_string(input)?;
    let cards = match rest.first() {
        Some(path) => std::fs::read_to_string(path)?,
        None => String::new(),
    };
    let policy = returnkit::wire::compile_policy(&policy, "json", &cards)?;
    let once = returnkit::wire::decide(&policy, &input)?;
    // Warm up, then measure batches until a second has passed; keep the fastest batch.
    let run = |n: u32| -> Result<Duration, returnkit::Error> {
        let start = Instant::now();
        for _ in 0..n {
            black_box(returnkit::wire::decide(&policy, black_box(&input))?);
        }
        Ok(start.elapsed())
    };
    run(200)?;
    let batch = 500u32;
    let mut best = u128::MAX;
    let mut iterations = 0u64;
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        best = best.min(run(batch)?.as_nanos());
        iterations += u64::from(batch);
    }
    println!(
        "{}",
        serde_json::json!({
            "batch": batch,
            "batch_nanos": u64::try_from(best).unwrap_or(u64::MAX),
            "iterations": iterations,
            "output_bytes": once.len(),
        })
    );
    Ok(())
}
