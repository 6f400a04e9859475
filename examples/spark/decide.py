#!/usr/bin/env python3
"""Decides a Parquet dataset of return requests on Spark, writing the answers next to the ids.

Usage:
  spark-submit examples/spark/decide.py --policy POLICY --input RECORDS --output ANSWERS
  python examples/spark/decide.py --master 'local[2]' --policy ... --input ... --output ...

RECORDS is Parquet with the columns of `returnkit batch`'s Parquet input: `id` (utf8 or int64),
`order` and `request` (each a JSON text, utf8) and `now` (RFC 3339, utf8). ANSWERS is a Parquet
directory with `id`, `decision` (the decision's JSON text, null on error) and `error` (the
error's JSON text, null on success): the same bytes as the `decision` and `error` members of
`returnkit batch`'s lines for those records.

The policy's text is read here and broadcast; each Python worker compiles it once
(`returnkit_spark.policy`) and decides each Arrow batch of its partitions with one
`Policy.decide_many` call. The returnkit Python package must be installed where the workers
run (docs/scaling.md says how on a cluster).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

from pyspark.sql import SparkSession

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import returnkit_spark  # noqa: E402  (the module the workers import too)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", required=True, type=Path, help="a .toml or .json policy")
    parser.add_argument("--input", required=True, help="the records (Parquet)")
    parser.add_argument("--output", required=True, help="the answers (a Parquet directory)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument(
        "--partitions", type=int, help="partitions to decide in (default: 3 per core)"
    )
    args = parser.parse_args()

    policy_format = "toml" if args.policy.suffix == ".toml" else "json"
    policy_text = args.policy.read_text(encoding="utf-8")

    builder = SparkSession.builder.appName("returnkit-decide")
    if args.master:
        builder = builder.master(args.master)
    if (args.master or "").startswith("local"):
        # Local workers run this Python, which has returnkit; a cluster says its own.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    # The workers import the module by name, which keeps one compiled policy per process.
    spark.sparkContext.addPyFile(str(HERE / "returnkit_spark.py"))
    # A policy that does not compile stops the job here, before any executor starts.
    returnkit_spark.policy(policy_text, policy_format)
    policy = spark.sparkContext.broadcast(policy_text)

    started = time.perf_counter()
    records = spark.read.parquet(args.input).select("id", "order", "request", "now")
    partitions = args.partitions or 3 * spark.sparkContext.defaultParallelism
    # A shuffle only when the files give fewer partitions than that: reading splits at row
    # groups, by `spark.sql.files.maxPartitionBytes`.
    if records.rdd.getNumPartitions() < partitions:
        records = records.repartition(partitions)
    partitions = records.rdd.getNumPartitions()
    id_type = records.schema["id"].dataType.simpleString()
    answers = records.mapInArrow(
        functools.partial(returnkit_spark.decide_batches, policy, policy_format),
        f"id {id_type}, decision string, error string",
    )
    answers.write.mode("overwrite").parquet(args.output)
    seconds = time.perf_counter() - started

    written = spark.read.parquet(args.output)
    total = written.count()
    errors = written.where("error is not null").count()
    print(
        f"spark: {total} records ({total - errors} decisions, {errors} errors) in {seconds:.2f} s,"
        f" {total / seconds:.0f} records/s, {partitions} partitions,"
        f" master {spark.sparkContext.master}",
        file=sys.stderr,
    )
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
