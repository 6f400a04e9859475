#!/usr/bin/env bash
# Builds the wheel as the native benchmark is built (`[profile.bench]`: release without LTO, 16
# codegen units; set through the release profile's variables, as `cargo rustc --profile bench`
# would build a test harness),
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
(cd "$here/.." && CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  "$tools/bin/maturin" build --quiet --locked --release --interpreter "$python" --out "$work/dist")
(cd "$root" && cargo bench --quiet --locked -p returnkit-wasm --bench native_decide --no-run)
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "$work"/dist/returnkit-*.whl
cd "$work"
"$work/venv/bin/python" "$here/bench.py" "$@"
