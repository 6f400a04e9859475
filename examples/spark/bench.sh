#!/usr/bin/env bash
# Throughput of `returnkit batch` and of the Spark job (local mode) side by side, on the same
# records, with release builds (the CLI and the returnkit wheel).
#
# Usage: examples/spark/bench.sh [N] [MASTER]     (default 200000 records, local[2])
#
# The records (examples/spark/dataset.py) are kept in $BENCH_DIR (default
# /tmp/returnkit-spark-bench) and reused. Prints records per second for `returnkit batch` on
# the JSON Lines and on the Parquet file, and for the Spark job both over its decide-and-write
# (from reading the Parquet to the answers written) and over the whole run with Spark's start.
# Checks that the answers agree (examples/spark/compare.py), then deletes them.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-200000}
master=${2:-local[2]}
dir=${BENCH_DIR:-/tmp/returnkit-spark-bench}/$n
policy=examples/policies/free-returns.json
source examples/spark/env.sh
spark_env release >&2
mkdir -p "$dir"
[ -s "$dir/records.parquet" ] || "$SPARK_PY" examples/spark/dataset.py "$n" "$dir"

seconds() { date +%s.%N; }
per_second() { awk -v n="$n" -v s="$1" -v e="$2" 'BEGIN { printf "%7.0f records/s  (%.2f s)", n / (e - s), e - s }'; }

# The answers (about 3.5 KB a record) are kept only as long as the comparison needs them.
trap 'rm -rf "$dir/batch.jsonl" "$dir/answers"' EXIT
for input in jsonl parquet; do
  out=/dev/null
  [ "$input" = jsonl ] && out=$dir/batch.jsonl
  start=$(seconds)
  "$RETURNKIT" batch --policy "$policy" "$dir/records.$input" > "$out" 2>/dev/null
  end=$(seconds)
  printf 'returnkit batch, %-8s %s\n' "$input:" "$(per_second "$start" "$end")"
done

start=$(seconds)
"$SPARK_PY" examples/spark/decide.py --master "$master" --policy "$policy" \
  --input "$dir/records.parquet" --output "$dir/answers" 2> "$dir/spark.log" \
  || { cat "$dir/spark.log" >&2; exit 1; }
end=$(seconds)
job=$(sed -n 's/.*spark: .* in \([0-9.]*\) s,.*/\1/p' "$dir/spark.log")
printf 'spark %s, the job: %s\n' "$master" "$(per_second 0 "$job")"
printf 'spark %s, whole run: %s\n' "$master" "$(per_second "$start" "$end")"
"$SPARK_PY" examples/spark/compare.py "$dir/batch.jsonl" "$dir/answers" "$n" | head -n1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
