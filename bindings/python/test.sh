#!/usr/bin/env bash
# Tests the returnkit Python package (bindings/python) as its users get it: builds the wheel
# with maturin (debug profile, reusing target/debug), installs it into a fresh virtual
# environment outside the repository, and runs there pytest (every shared fixture against
# Rust's bytes, the whole API, every error path, decide_many against `returnkit batch`, the
# types) and `mypy --strict` on the package and on a file that uses the whole API.
# Installs the pinned maturin, pytest and mypy when missing. Works unattended (CI=true, no
# terminal). Usage: bindings/python/test.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

MATURIN_VERSION=1.16.0
PYTEST_VERSION=9.2.0
MYPY_VERSION=2.4.1

say() { printf '\n==> [python] %s\n' "$*"; }

python="${PYTHON:-python3}"
"$python" -c 'import sys; assert sys.version_info >= (3, 9), sys.version' ||
  { echo "bindings/python/test.sh needs CPython 3.9 or later as $python" >&2; exit 1; }

# The build tools live in their own environment under target/, made once.
tools="$root/target/python-tools"
if ! "$tools/bin/maturin" --version 2>/dev/null | grep -qx "maturin $MATURIN_VERSION"; then
  say "maturin $MATURIN_VERSION (pip, in target/python-tools)"
  rm -rf "$tools"
  "$python" -m venv "$tools"
  "$tools/bin/pip" install --quiet --disable-pip-version-check "maturin==$MATURIN_VERSION"
fi

say "native answers to compare with (returnkit-wasm-wire, the returnkit CLI)"
(cd "$root" && cargo build --quiet --locked -p returnkit-cli -p returnkit-wasm --bin returnkit --bin returnkit-wasm-wire)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say "build the wheel (maturin, debug profile)"
(cd "$here" && "$tools/bin/maturin" build --quiet --locked --profile dev --interpreter "$python" --out "$work/dist")
wheel="$(ls "$work"/dist/returnkit-*-abi3-*.whl)"
echo "$(basename "$wheel")"

say "a fresh virtual environment outside the repository, with the wheel installed"
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel" \
  "pytest==$PYTEST_VERSION" "mypy==$MYPY_VERSION"

# From the temporary directory: `import returnkit` is the installed package, never the tree.
cd "$work"
export PYTHONDONTWRITEBYTECODE=1 RETURNKIT_ROOT="$root" RETURNKIT_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/debug"

say "mypy --strict (the installed package, and a caller using the whole API)"
"$work/venv/bin/python" -m mypy --strict --no-incremental --cache-dir=/dev/null -p returnkit
"$work/venv/bin/python" -m mypy --strict --no-incremental --cache-dir=/dev/null "$here/tests/typing/usage.py"

say "pytest"
"$work/venv/bin/python" -m pytest -p no:cacheprovider -q "$here/tests"
