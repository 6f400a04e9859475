#!/usr/bin/env python3
"""Checks that the Spark job answered every record exactly as `returnkit batch` did.

Usage: examples/spark/compare.py BATCH_OUTPUT SPARK_ANSWERS N

BATCH_OUTPUT is `returnkit batch`'s JSON Lines for records with ids 1 to N, SPARK_ANSWERS the
job's Parquet directory (`id`, `decision`, `error`). For each id, the decision's JSON text, or
the error's, must be the same bytes in both; every id must be answered once in each, and no
other. Lines without an `id` (records given without one) are matched by line number, the
records having ids 1 to N in order. Exits 1 naming the first differences.

One difference is expected, and checked exactly: `batch` reads a record with its `id` member
(`{"id":7,"order":…}`), while the job gives `decide_many` the record without it. A parse
error's position counts from the record's start, so on those lines it is further on by the
length of `"id":7,`: the job's error, its `at line 1 column C` moved on by that length, must
be batch's bytes.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Dict, Optional, Tuple

import pyarrow.parquet as pq

KEYS = ('"decision":', '"error":')
POSITION = re.compile(r" at line 1 column (\d+)")
# (decision, error) by id (typing's names: Python 3.9 evaluates an alias at import).
Answers = Dict[int, Tuple[Optional[str], Optional[str]]]


def batch_answers(path: Path) -> tuple[Answers, dict[int, int]]:
    """Each batch line's (decision, error) texts by id, as the bytes it wrote them, and the
    length of the `"id":…,` member its record began with, for lines that have an id."""
    answers: Answers = {}
    id_member: dict[int, int] = {}
    with open(path, encoding="utf-8") as lines:
        for text in lines:
            text = text.rstrip("\n")
            head = json.loads(text)
            key = "decision" if "decision" in head else "error"
            # The answer follows `{"line":N,` and the id, both plain JSON values with no member
            # of their own; it runs to the line's closing brace.
            start = min(i for i in (text.find(k) for k in KEYS) if i >= 0)
            raw = text[start + len(key) + 3 : -1]
            if json.loads(raw) != head[key]:
                raise SystemExit(f"line {head['line']}: could not cut its {key} out of {path}")
            record_id = head.get("id", head["line"])
            if "id" in head:
                raw_id = text[text.index('"id":') + 5 : start - 1]
                id_member[record_id] = len(f'"id":{raw_id},')
            if record_id in answers:
                raise SystemExit(f"{path}: id {record_id} answered twice")
            answers[record_id] = (raw, None) if key == "decision" else (None, raw)
    return answers, id_member


def spark_answers(path: Path) -> Answers:
    table = pq.read_table(path, columns=["id", "decision", "error"])
    answers: Answers = {}
    ids = table.column("id").to_pylist()
    for record_id, decision, error in zip(
        ids, table.column("decision").to_pylist(), table.column("error").to_pylist()
    ):
        if (decision is None) == (error is None):
            raise SystemExit(f"{path}: id {record_id} has {'both' if decision else 'neither'}")
        if record_id in answers:
            raise SystemExit(f"{path}: id {record_id} answered twice")
        answers[record_id] = (decision, error)
    return answers


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    batch_path, spark_path, n = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    (batch, id_member), spark = batch_answers(batch_path), spark_answers(spark_path)
    expected = set(range(1, n + 1))
    problems = []
    for name, answers in (("returnkit batch", batch), ("spark", spark)):
        missing, extra = expected - answers.keys(), answers.keys() - expected
        if missing:
            problems.append(f"{name}: {len(missing)} ids missing, first {sorted(missing)[:5]}")
        if extra:
            problems.append(f"{name}: {len(extra)} ids extra, first {sorted(extra)[:5]}")
    moved = 0

    def same(i: int) -> bool:
        nonlocal moved
        if batch[i] == spark[i]:
            return True
        (_, batch_error), (_, spark_error) = batch[i], spark[i]
        if batch_error is None or spark_error is None or i not in id_member:
            return False
        by = id_member[i]
        shifted = POSITION.sub(lambda m: f" at line 1 column {int(m[1]) + by}", spark_error)
        moved += shifted == batch_error
        return shifted == batch_error

    differ = sorted(i for i in expected & batch.keys() & spark.keys() if not same(i))
    for i in differ[:3]:
        problems.append(f"id {i}: batch {batch[i]!r:.300}\n  spark {spark[i]!r:.300}")
    if differ:
        problems.append(f"{len(differ)} of {n} answers differ")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    errors = sum(1 for _, e in spark.values() if e is not None)
    print(
        f"each id's answer is the same bytes in both ({n - errors} decisions, {errors} errors,"
        f" {moved} of them with the position moved by the id's member)"
    )
    print(f"spark: {n} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
