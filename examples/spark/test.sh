#!/usr/bin/env bash
# The Spark example's test: generates records (some bad on purpose), decides them with
# `returnkit batch` and with the Spark job in local mode (local[2]), and checks that every id
# has the same answer, byte for byte, in both (examples/spark/compare.py): batch on JSON Lines
# without ids (the very texts the job decides), and batch on the Parquet file the job reads. Prints each one's
# records per second (debug builds here: examples/spark/bench.sh measures release builds).
#
#   examples/spark/test.sh [N]     (default 10000 records; SPARK_TEST_PROFILE=release to use
#                                   release builds)
#
# Installs what it needs when missing (examples/spark/env.sh): Java 17 with apt, pyspark,
# pyarrow and pandas in target/spark-venv, the returnkit wheel of this tree.
# Prints `spark: N passed, 0 failed` last; exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
profile=${SPARK_TEST_PROFILE:-debug}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step() { printf '\n==> %s\n' "$*"; }
source examples/spark/env.sh

step "Java, the Spark venv and the returnkit wheel ($profile)"
spark_env "$profile"
"$SPARK_PY" -c 'import pyspark, pyarrow, returnkit
print("pyspark", pyspark.__version__, "pyarrow", pyarrow.__version__, "returnkit", returnkit.__version__)'

step "$n records"
"$SPARK_PY" examples/spark/dataset.py "$n" "$work"

policy=examples/policies/free-returns.json
# Records per second of a command over the n records, from its wall time; OUT gets its output.
rate() {
  local out=$1 start end
  shift
  start=$(date +%s.%N)
  "$@" > "$out"
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }'
}

step "returnkit batch, on the JSON Lines (without ids) and on the Parquet file"
jsonl_rate=$(rate "$work/batch.jsonl" \
  "$RETURNKIT" batch --policy "$policy" "$work/records-no-ids.jsonl")
parquet_rate=$(rate "$work/batch-parquet.jsonl" \
  "$RETURNKIT" batch --policy "$policy" "$work/records.parquet")

step "the Spark job (local[2]), on the Parquet file"
"$SPARK_PY" examples/spark/decide.py --master 'local[2]' --policy "$policy" \
  --input "$work/records.parquet" --output "$work/answers" 2> "$work/spark.log" \
  || { cat "$work/spark.log" >&2; exit 1; }
summary=$(grep -o 'spark: .*' "$work/spark.log")
echo "$summary"
spark_rate=$(sed -n 's/.* \([0-9]*\) records\/s.*/\1/p' <<<"$summary")
echo "records/s ($profile builds, $n records): returnkit batch $jsonl_rate on JSON Lines," \
  "$parquet_rate on Parquet; Spark local[2] $spark_rate (reading the Parquet to writing" \
  "the answers, not counting Spark's start)"

# Without ids, each line is the text the job decides for its row: every byte must agree, the
# positions in parse errors too. From the Parquet file, batch reads each record with its id.
step "the same answers: batch on the JSON Lines, by line"
"$SPARK_PY" examples/spark/compare.py "$work/batch.jsonl" "$work/answers" "$n"
step "the same answers: batch on the same Parquet file, by id"
"$SPARK_PY" examples/spark/compare.py "$work/batch-parquet.jsonl" "$work/answers" "$n"
