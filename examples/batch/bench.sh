#!/usr/bin/env bash
# Measures `returnkit batch` throughput and peak memory over generated records.
#
# Usage: examples/batch/bench.sh [N ...]        (default: 10000 100000 1000000)
#
# Builds the release binary, generates N records with generate.py (kept in $BENCH_DIR,
# default /tmp/returnkit-bench, and reused), and decides them under free-returns.json with
# the output going to /dev/null. Needs GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
cargo build --quiet --release -p returnkit-cli
dir=${BENCH_DIR:-/tmp/returnkit-bench}
mkdir -p "$dir"
[ $# -gt 0 ] || set -- 10000 100000 1000000

for n in "$@"; do
  input="$dir/records-$n.jsonl"
  [ -s "$input" ] || python3 examples/batch/generate.py "$n" > "$input"
  report="$dir/time-$n.txt"
  /usr/bin/time -v target/release/returnkit batch \
    --policy examples/policies/free-returns.json "$input" > /dev/null 2> "$report"
  awk -v n="$n" '
    / decisions? \(/ { counts = $0 }
    /Elapsed \(wall clock\)/ {
      k = split($NF, t, ":"); wall = (k == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]
    }
    /User time/ { user = $NF }
    /System time/ { sys = $NF }
    /Percent of CPU/ { cpu = $NF }
    /Maximum resident/ { rss = $NF }
    END {
      printf "%8d records: %6.2f s, %7.0f records/s, %5.2f us CPU/record, CPU %s, max RSS %.0f MB (%s)\n",
        n, wall, n / wall, (user + sys) / n * 1e6, cpu, rss / 1024, counts
    }' "$report"
done
