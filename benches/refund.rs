//! Refund quote benchmarks: `returnkit::quote` on already-parsed orders of 1 to 1000 lines, and
//! a JSON round trip (parse order and request, quote, serialize the quote) for 10 lines.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use returnkit::{from_json, quote, Order, RefundQuote, RefundRequest};
use returnkit_benches::sample;

/// Line counts for `refund_quote`.
const SIZES: [usize; 4] = [1, 10, 100, 1000];

/// Line count for `refund_quote_json`.
const JSON_LINES: usize = 10;

/// Checks once, outside the timed loop, that a sample quotes: a benchmark of the error path would
/// be meaningless.
fn check(lines: usize, result: &returnkit::Result<RefundQuote>) {
    if let Err(e) = result {
        eprintln!("sample({lines}) does not quote: {e}");
        std::process::exit(1);
    }
}

fn refund_quote(c: &mut Criterion) {
    let mut group = c.benchmark_group("refund_quote");
    for lines in SIZES {
        let (order, request) = sample(lines);
        check(lines, &quote(&order, &request));
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(lines),
            &(order, request),
            |b, (order, request)| b.iter(|| quote(black_box(order), black_box(request))),
        );
    }
    group.finish();
}

/// Parses, quotes and serializes, as a JSON API would.
fn round_trip(order: &str, request: &str) -> returnkit::Result<String> {
    let order: Order = from_json(order)?;
    let request: RefundRequest = from_json(request)?;
    let q = quote(&order, &request)?;
    serde_json::to_string(&q).map_err(|e| returnkit::Error::InvalidValue {
        field: ".".into(),
        reason: e.to_string(),
    })
}

fn refund_quote_json(c: &mut Criterion) {
    let (order, request) = sample(JSON_LINES);
    let (order, request) = match (
        serde_json::to_string(&order),
        serde_json::to_string(&request),
    ) {
        (Ok(o), Ok(r)) => (o, r),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("sample({JSON_LINES}) does not serialize: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = round_trip(&order, &request) {
        eprintln!("sample({JSON_LINES}) does not round-trip: {e}");
        std::process::exit(1);
    }
    let mut group = c.benchmark_group("refund_quote_json");
    group.throughput(Throughput::Elements(JSON_LINES as u64));
    group.bench_with_input(
        BenchmarkId::from_parameter(JSON_LINES),
        &(order, request),
        |b, (order, request)| b.iter(|| round_trip(black_box(order), black_box(request))),
    );
    group.finish();
}

criterion_group!(benches, refund_quote, refund_quote_json);
criterion_main!(benches);
