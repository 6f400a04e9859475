#!/usr/bin/env python3
"""Writes batch records (JSON Lines) as the Parquet file `returnkit batch` reads. Needs pyarrow.

Usage: examples/batch/to_parquet.py records.jsonl records.parquet [--timestamps] [--row-group N]

Columns: `order` and `request` (each record's member as compact JSON text), `now` (the text,
or with --timestamps a UTC timestamp in microseconds), and `id` and `policy` when any record
has them (`id` as int64 when every id is an integer, else utf8: a string id as it is, any
other id as its JSON text). Pages are Snappy-compressed.
"""

import argparse
import json
from datetime import datetime

import pyarrow as pa
import pyarrow.parquet as pq


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--timestamps", action="store_true", help="`now` as a timestamp")
    parser.add_argument("--row-group", type=int, default=100_000, help="rows per row group")
    args = parser.parse_args()

    compact = {"separators": (",", ":"), "ensure_ascii": False}
    columns = {"id": [], "policy": [], "order": [], "request": [], "now": []}
    with open(args.input, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            columns["id"].append(record.get("id"))
            columns["policy"].append(record.get("policy"))
            columns["order"].append(json.dumps(record["order"], **compact))
            columns["request"].append(json.dumps(record["request"], **compact))
            columns["now"].append(record["now"])

    ids = columns.pop("id")
    policies = columns.pop("policy")
    arrays = {}
    if any(i is not None for i in ids):
        integers = all(i is None or (isinstance(i, int) and not isinstance(i, bool)) for i in ids)
        arrays["id"] = pa.array(ids, pa.int64()) if integers else pa.array(
            [i if i is None or isinstance(i, str) else json.dumps(i, **compact) for i in ids],
            pa.string())
    if any(p is not None for p in policies):
        arrays["policy"] = pa.array(policies, pa.string())
    arrays["order"] = pa.array(columns["order"], pa.string())
    arrays["request"] = pa.array(columns["request"], pa.string())
    if args.timestamps:
        nows = [datetime.fromisoformat(n.replace("Z", "+00:00")) for n in columns["now"]]
        arrays["now"] = pa.array(nows, pa.timestamp("us", tz="UTC"))
    else:
        arrays["now"] = pa.array(columns["now"], pa.string())
    table = pa.table(arrays)
    pq.write_table(table, args.output, row_group_size=args.row_group, compression="snappy")


if __name__ == "__main__":
    main()
