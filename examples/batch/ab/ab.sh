#!/usr/bin/env bash
# A/B of the wire layer's hand-written pieces on `returnkit batch`: one release binary per
# variant, measured in one run.
#
# Usage: examples/batch/ab/ab.sh [ROUNDS]      (default 6)
#
# Each variant is commit $AB_COMMIT (default 23cf483, the one measured in
# docs/performance.md) built as it ships, with one patch of this directory applied that hands
# one piece to its crate: writer.patch (serde_json's writer), timeparse.patch (chrono reads
# timestamps), timewrite.patch (chrono writes timestamps and dates), decimal.patch
# (rust_decimal writes decimals); `all` applies the four, `ours` none. Builds run in a
# temporary git worktree, target dir $AB_TARGET (default /tmp/returnkit-ab-target). Then:
#
# - instructions per record with callgrind: the count over 6,000 records less the count over
#   1,000, divided by 5,000 (so start-up cancels out);
# - CPU time (user + system) and wall time over 100,000 records, variants alternating, ROUNDS
#   times, so that load on the machine hits them alike.
#
# Needs valgrind and GNU time. Records come from generate.py (kept in $BENCH_DIR).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
rounds=${1:-6}
target=${AB_TARGET:-/tmp/returnkit-ab-target}
dir=${BENCH_DIR:-/tmp/returnkit-bench}
patches="$root/examples/batch/ab"
mkdir -p "$dir"

tree=$(mktemp -d)/tree
git worktree add --detach "$tree" "${AB_COMMIT:-23cf483}" >/dev/null
trap 'git -C "$root" worktree remove --force "$tree"' EXIT
variants=(ours writer timeparse timewrite decimal all)
for v in "${variants[@]}"; do
  git -C "$tree" checkout -q -- .
  case "$v" in
    ours) ;;
    all) for p in writer timeparse timewrite decimal; do git -C "$tree" apply "$patches/$p.patch"; done ;;
    *) git -C "$tree" apply "$patches/$v.patch" ;;
  esac
  (cd "$tree" && CARGO_TARGET_DIR="$target" cargo build --quiet --release -p returnkit-cli)
  cp "$target/release/returnkit" "$dir/returnkit-ab-$v"
done

[ -s "$dir/records-100000.jsonl" ] || python3 examples/batch/generate.py 100000 > "$dir/records-100000.jsonl"
head -n 1000 "$dir/records-100000.jsonl" > "$dir/ab-1000.jsonl"
head -n 6000 "$dir/records-100000.jsonl" > "$dir/ab-6000.jsonl"
policy=examples/policies/free-returns.json

instructions() { # variant file
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$dir/returnkit-ab-$1" batch --policy "$policy" "$2" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for v in "${variants[@]}"; do
  small=$(instructions "$v" "$dir/ab-1000.jsonl")
  large=$(instructions "$v" "$dir/ab-6000.jsonl")
  echo "instructions variant=$v per_record=$(( (large - small) / 5000 ))"
done
for round in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$dir/ab-time.txt" \
      "$dir/returnkit-ab-$v" batch --policy "$policy" "$dir/records-100000.jsonl" > /dev/null 2>&1
    read -r wall user sys < "$dir/ab-time.txt"
    awk -v v="$v" -v r="$round" -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN {
      printf "time round=%d variant=%s wall=%.2f s records/s=%.0f cpu_us_per_record=%.2f\n",
        r, v, w, 100000 / w, (u + s) / 100000 * 1e6 }'
  done
done
