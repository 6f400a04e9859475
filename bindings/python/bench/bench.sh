#!/usr/bin/env bash
# Builds the wheel with the `bench` profile (the native benchmark's: no LTO, 16 codegen units),
# installs it into a fresh virtual environment outside the repository, and runs bench.py.
# Usage: bindings/python/bench/bench.sh [--rounds N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
MATURIN_VERSION=1.16.0
python="${PYTHON:-python3}"
tools="$root/target/python-tools"
if ! "$tools/bin/maturin" --version 2>/dev/null | grep -qx "maturin $MATURIN_VERSION"; then
  rm -rf "$tools"
  "$python" -m venv "$tools"
  "$tools/bin/pip" install --quiet --disable-pip-version-check "maturin==$MATURIN_VERSION"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here/.." && "$tools/bin/maturin" build --quiet --locked --profile bench --interpreter "$python" --out "$work/dist")
(cd "$root" && cargo bench --quiet --locked -p returnkit-wasm --bench native_decide --no-run)
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "$work"/dist/returnkit-*.whl
cd "$work"
"$work/venv/bin/python" "$here/bench.py" "$@"
