#!/usr/bin/env python3
"""Writes N return requests twice: as JSON Lines for `returnkit batch` and as Parquet for Spark.

Usage: examples/spark/dataset.py N DIR [--seed S]

The records are examples/batch/generate.py's, each with an `id` (1 to N, in order), and some
made bad on purpose so that errors are compared too: every 97th names a line the order does
not have, every 211th asks for 0 units, every 389th is "now" on a day that does not exist.
DIR gets `records.jsonl` (`{"id":…,"order":…,"request":…,"now":…}` per line),
`records-no-ids.jsonl` (the same lines without `id`: each is then the very text the Spark job
gives `Policy.decide_many` for its row) and `records.parquet` (columns `id` int64, `order` and
`request` as JSON texts, `now` as RFC 3339 text).
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

GENERATE = Path(__file__).resolve().parent.parent / "batch" / "generate.py"
# Rows per Parquet row group: a reader can split the file at these.
ROW_GROUP = 16_384


def records(n: int, seed: int):
    """(order, request, now) of each generated record, with the bad ones made bad."""
    args = [sys.executable, str(GENERATE), str(n), "--seed", str(seed), "--bad-every", "97"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True) as generate:
        assert generate.stdout is not None
        for k, line in enumerate(generate.stdout, start=1):
            record = json.loads(line)
            if k % 211 == 0:
                record["request"]["lines"][0]["quantity"] = 0
            if k % 389 == 0:
                record["now"] = "2026-10-32T09:00:00Z"
            yield record["order"], record["request"], record["now"]
    if generate.returncode != 0:
        raise SystemExit(f"{GENERATE} failed with status {generate.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    dumps = json.JSONEncoder(separators=(",", ":")).encode
    columns: dict[str, list] = {"id": [], "order": [], "request": [], "now": []}
    jsonl = functools.partial(open, mode="w", encoding="utf-8")
    with jsonl(args.dir / "records.jsonl") as with_ids, jsonl(
        args.dir / "records-no-ids.jsonl"
    ) as without:
        for k, (order, request, now) in enumerate(records(args.n, args.seed), start=1):
            order_text, request_text, now_text = dumps(order), dumps(request), dumps(now)
            members = f'"order":{order_text},"request":{request_text},"now":{now_text}}}\n'
            with_ids.write(f'{{"id":{k},{members}')
            without.write(f"{{{members}")
            columns["id"].append(k)
            columns["order"].append(order_text)
            columns["request"].append(request_text)
            columns["now"].append(now)
    schema = pa.schema(
        [("id", pa.int64()), ("order", pa.string()), ("request", pa.string()), ("now", pa.string())]
    )
    table = pa.table(columns, schema=schema)
    pq.write_table(table, args.dir / "records.parquet", row_group_size=ROW_GROUP)
    print(f"{table.num_rows} records in {args.dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
