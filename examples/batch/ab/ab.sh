#!/usr/bin/env bash
# A/B of the wire layer's hand-written pieces on `returnkit batch`, in one binary and one run.
#
# Usage: examples/batch/ab/ab.sh [ROUNDS]      (default 4)
#
# Builds the release binary of commit $AB_COMMIT (default 23cf483, the one measured in
# docs/performance.md, whose wire layer still had every hand-written piece) with wire.patch
# applied, in a temporary git worktree (target dir $AB_TARGET, default
# /tmp/returnkit-ab-target). The patch adds a switch,
# read once from RK_AB, that sends each piece to its crate instead: `writer` (serde_json's
# writer), `timeparse` and `timewrite` (chrono alone, reading and writing timestamps and
# dates), `time` (both), `decimal` (rust_decimal's formatter). Then, for each variant:
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
rounds=${1:-4}
target=${AB_TARGET:-/tmp/returnkit-ab-target}
dir=${BENCH_DIR:-/tmp/returnkit-bench}
mkdir -p "$dir"

tree=$(mktemp -d)/tree
git worktree add --detach "$tree" "${AB_COMMIT:-23cf483}" >/dev/null
trap 'git -C "$root" worktree remove --force "$tree"' EXIT
git -C "$tree" apply "$root/examples/batch/ab/wire.patch"
(cd "$tree" && CARGO_TARGET_DIR="$target" cargo build --quiet --release -p returnkit-cli)
bin="$dir/returnkit-ab"
cp "$target/release/returnkit" "$bin"

[ -s "$dir/records-100000.jsonl" ] || python3 examples/batch/generate.py 100000 > "$dir/records-100000.jsonl"
head -n 1000 "$dir/records-100000.jsonl" > "$dir/ab-1000.jsonl"
head -n 6000 "$dir/records-100000.jsonl" > "$dir/ab-6000.jsonl"
policy=examples/policies/free-returns.json
variants=(ours writer timeparse timewrite time decimal "writer,time,decimal")

instructions() { # variant file
  RK_AB="${1#ours}" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$bin" batch --policy "$policy" "$2" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for v in "${variants[@]}"; do
  small=$(instructions "$v" "$dir/ab-1000.jsonl")
  large=$(instructions "$v" "$dir/ab-6000.jsonl")
  echo "instructions variant=$v per_record=$(( (large - small) / 5000 ))"
done
for round in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    RK_AB="${v#ours}" /usr/bin/time -f "%e %U %S" -o "$dir/ab-time.txt" \
      "$bin" batch --policy "$policy" "$dir/records-100000.jsonl" > /dev/null 2>&1
    read -r wall user sys < "$dir/ab-time.txt"
    awk -v v="$v" -v r="$round" -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN {
      printf "time round=%d variant=%s wall=%.2f s records/s=%.0f cpu_us_per_record=%.2f\n",
        r, v, w, 100000 / w, (u + s) / 100000 * 1e6 }'
  done
done
