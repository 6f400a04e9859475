"""A decision through Python against the same decision in native Rust.

The input is the WebAssembly benchmark's (bindings/wasm/bench/bench.mjs): a 10-line return
with rate cards under the returns portal's policy, JSON in and out. Measured, each as the
fastest of timed batches over about a second, in rounds that alternate with the native run:

- native Rust, ``returnkit::wire::decide`` (``cargo bench -p returnkit-wasm --bench
  native_decide`` on the same files);
- ``Policy.decide(text, as_json=True)``: JSON text in and out;
- ``Policy.decide(dict)``: a dict in, a dict out (adds ``json`` writing and reading);
- ``Policy.decide_many(texts)``: 500 records a call, per record.

Prints each round, then the medians and their ratios to native, and writes them to
``bindings/python/out/bench.json`` (with the input files, which ``count.py`` reuses). Run it with a wheel built like the native benchmark
(``bindings/python/bench/bench.sh`` builds one with the ``bench`` profile and runs this).

Usage: python bench.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

import returnkit

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "bindings" / "python" / "out"

CATEGORIES = ["apparel/outerwear", "apparel/socks", "footwear", "accessories/eyewear", "apparel/swimwear"]
REASONS = ["size_or_fit", "changed_mind", "defective", "wrong_item", "not_as_described"]


def bench_input() -> Dict[str, Any]:
    """The 10-line return of bench.mjs, field for field."""
    lines = []
    for i in range(10):
        cents = (i * 13) % 100
        price = 19 + i * 7 + cents / 100
        lines.append({
            "id": f"line-{i}",
            "sku": f"SKU-{i}",
            "title": f"Item {i}",
            "categories": [CATEGORIES[i % len(CATEGORIES)]],
            "quantity": 2,
            "unit_price": f"{19 + i * 7}.{cents:02d}",
            "tax_lines": [{"rate": "0.085", "amount": f"{2 * price * 0.085:.2f}"}],
            "weight": {"value": f"{0.5 + i * 0.3:.1f}", "unit": "lb"},
            "delivered_at": "2026-11-06T21:00:00Z",
        })  # fmt: skip
    total = sum(2 * float(l["unit_price"]) + float(l["tax_lines"][0]["amount"]) for l in lines)  # type: ignore[index]
    order = {
        "id": "BENCH-10",
        "currency": "USD",
        "placed_at": "2026-11-02T17:20:00Z",
        "shipping_address": {"country": "US", "postal_code": "94105", "residential": True},
        "lines": lines,
        "tenders": [{"id": "card", "kind": "card", "amount": f"{total:.2f}"}],
    }
    request = {
        "lines": [{"line_id": l["id"], "quantity": 1 + (i % 2), "reason": REASONS[i % len(REASONS)]}
                  for i, l in enumerate(lines)],
        "resolution": "store_credit",
    }  # fmt: skip
    return {"order": order, "request": request, "now": "2026-11-20T18:00:00Z"}


def fastest(call: Callable[[], Any], batch: int, seconds: float = 1.0) -> float:
    """Nanoseconds per call: the fastest of timed batches over about ``seconds``."""
    for _ in range(batch // 4):
        call()
    best = float("inf")
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t0 = time.perf_counter_ns()
        for _ in range(batch):
            call()
        best = min(best, (time.perf_counter_ns() - t0) / batch)
    return best


def native(policy: Path, input: Path, cards: Path) -> Dict[str, Any]:
    run = subprocess.run(
        ["cargo", "bench", "--quiet", "--locked", "-p", "returnkit-wasm", "--bench", "native_decide", "--",
         str(policy), str(input), str(cards)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    report: Dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    policy_text = (ROOT / "examples/returns-portal/data/policy.json").read_text(encoding="utf-8")
    cards_text = "[" + (ROOT / "examples/rates/us-ground.json").read_text(encoding="utf-8") + "]"
    record = bench_input()
    text = json.dumps(record)
    files = {"policy": OUT / "bench-policy.json", "input": OUT / "bench-decide-input.json", "cards": OUT / "bench-cards.json"}
    files["policy"].write_text(policy_text, encoding="utf-8")
    files["cards"].write_text(cards_text, encoding="utf-8")
    files["input"].write_text(text, encoding="utf-8")

    policy = returnkit.Policy(policy_text, "json", cards_text)
    decided = policy.decide(text, as_json=True)
    assert len(json.loads(decided)["lines"]) == 10, "the bench decision has 10 lines"
    many = [text] * 500
    assert policy.decide_many(many[:1]) == [(decided, None)]

    rounds: Dict[str, List[float]] = {"native": [], "json": [], "dict": [], "many": []}
    for r in range(args.rounds):
        report = native(files["policy"], files["input"], files["cards"])
        assert report["output_bytes"] == len(decided.encode()), "native and Python decisions differ in size"
        rounds["native"].append(report["batch_nanos"] / report["batch"])
        # Batches of 500 decisions, as the native side times them.
        rounds["json"].append(fastest(lambda: policy.decide(text, as_json=True), 500))
        rounds["dict"].append(fastest(lambda: policy.decide(record), 500))
        rounds["many"].append(fastest(lambda: policy.decide_many(many), 1) / len(many))
        print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1] / 1000:.2f} µs" for k, v in rounds.items()), flush=True)

    medians = {k: statistics.median(v) for k, v in rounds.items()}
    ratios = {k: medians[k] / medians["native"] for k in ("json", "dict", "many")}
    print(f"\n10-line decision with rate cards ({len(text)} bytes in, {len(decided)} out), "
          f"medians of {args.rounds} rounds, Python {platform.python_version()}")  # fmt: skip
    print(f"  native Rust (wire::decide)                 {medians['native'] / 1000:8.2f} µs")
    print(f"  Policy.decide, JSON text (as_json=True)    {medians['json'] / 1000:8.2f} µs  {ratios['json']:.2f}x")
    print(f"  Policy.decide, dict in and out             {medians['dict'] / 1000:8.2f} µs  {ratios['dict']:.2f}x")
    print(f"  Policy.decide_many, per record             {medians['many'] / 1000:8.2f} µs  {ratios['many']:.2f}x")
    (OUT / "bench.json").write_text(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
        "load_average": os.getloadavg(), "rounds_ns": rounds, "medians_ns": medians, "ratios": ratios,
    }, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    limit = float(os.environ.get("RETURNKIT_BENCH_MAX_RATIO", "0") or 0)
    if limit and ratios["json"] > limit:
        sys.exit(f"Policy.decide is {ratios['json']:.2f}x native, over {limit}x")


if __name__ == "__main__":
    main()
