#!/usr/bin/env bash
# Measures `returnkit report` over 10^4, 10^5 and 10^6 RMA records: wall time and peak
# memory (maximum resident set size, from GNU time). The records are the sample history
# (examples/history/rmas.jsonl, 2,000 records) repeated and streamed through a pipe, so no
# file of a million records is written; the command reads standard input line by line.
# Figures go in docs/performance.md ("Returns report").
#
# Usage: examples/history/bench.sh [path/to/returnkit]   (default: target/release/returnkit)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-target/release/returnkit}"
[ -x "$bin" ] || { echo "build it first: cargo build --release -p returnkit-cli" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 1; }
history=examples/history/rmas.jsonl
per=$(wc -l < "$history")
printf '%-10s %12s %14s %16s\n' records seconds "peak RSS (KB)" "records/second"
for n in 10000 100000 1000000; do
  reps=$((n / per))
  log=$(mktemp)
  for _ in $(seq "$reps"); do cat "$history"; done |
    /usr/bin/time -f '%e %M' -o "$log" "$bin" report - > /dev/null
  read -r secs rss < "$log"
  rm -f "$log"
  rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
  printf '%-10s %12s %14s %16s\n' "$n" "$secs" "$rss" "$rate"
done
