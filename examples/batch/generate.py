#!/usr/bin/env python3
"""Prints N batch records (JSON Lines) built from examples/data/order.json, for load tests.

Usage: examples/batch/generate.py N [--seed S] [--bad-every K] > records.jsonl

Each record is {"order": ..., "request": ..., "now": ...}: the sample order under a fresh id,
with varied lines, quantities, reasons, conditions, resolutions and times (some inside the
30-day window, some after it). With --bad-every K, every K-th record asks for a line the
order does not have, so that it comes back as an error record.
"""

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ORDER = Path(__file__).resolve().parent.parent / "data" / "order.json"
LINES = [("l1", 2), ("l2", 1), ("l3", 3)]
REASONS = ["size_or_fit", "changed_mind", "defective", "not_as_described", "other"]
CONDITIONS = [None, None, "new", "like_new", "used", "damaged"]
RESOLUTIONS = [None, "original_payment", "store_credit", "exchange"]
DELIVERED = datetime(2026, 10, 6, 13, 20, tzinfo=timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="records to print")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--bad-every", type=int, default=0)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    order = json.loads(ORDER.read_text())
    # The order's JSON once, with a placeholder for its id, so each record is a cheap format.
    order["id"] = "\x00"
    template = json.dumps(order, separators=(",", ":")).replace('"\\u0000"', '"{id}"')
    head, tail = template.split('"{id}"')
    out = sys.stdout
    write = out.write
    for k in range(1, args.n + 1):
        lines = []
        for line_id, qty in rng.sample(LINES, rng.randint(1, len(LINES))):
            line = {"line_id": line_id, "quantity": rng.randint(1, qty),
                    "reason": rng.choice(REASONS)}
            condition = rng.choice(CONDITIONS)
            if condition:
                line["condition"] = condition
            lines.append(line)
        if args.bad_every and k % args.bad_every == 0:
            lines[0]["line_id"] = "l9"
        request = {"lines": lines}
        resolution = rng.choice(RESOLUTIONS)
        if resolution:
            request["resolution"] = resolution
        if rng.random() < 0.3:
            request["photos_provided"] = True
        # Mostly within the 30-day window; about one in eight after it closes.
        now = DELIVERED + timedelta(minutes=rng.randint(60, 34 * 24 * 60))
        write('{"order":')
        write(head)
        write(f'"{1_000_000 + k}"')
        write(tail)
        write(',"request":')
        write(json.dumps(request, separators=(",", ":")))
        write(f',"now":"{now.strftime("%Y-%m-%dT%H:%M:%SZ")}"}}\n')
    out.flush()


if __name__ == "__main__":
    main()
