#!/usr/bin/env bash
# Tests the returnkit npm package (bindings/wasm) and the returns portal that uses it.
# Builds the package (build.sh installs the wasm32 target and the pinned wasm-bindgen CLI when
# missing), installs the pinned npm tools (package-lock.json) and Debian's chromium when
# missing, then runs: the node:test suites (every shared fixture against Rust's bytes, the
# whole API, every error path, panics, the size budget, the portal in Chromium),
# `tsc --noEmit` on a TypeScript file that uses the whole API, and package-test.sh: the packed
# tarball installed into fresh projects outside the repository (Node.js and TypeScript,
# Vite and esbuild in Chromium, CommonJS, the shared fixtures).
# Works unattended (CI=true, no terminal). Usage: bindings/wasm/test.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/scripts/lib/apt.sh"
export DEBIAN_FRONTEND=noninteractive

say() { printf '\n==> [wasm] %s\n' "$*"; }

say "build the package"
"$here/build.sh"

say "native answers to compare with (returnkit-wasm-wire)"
(cd "$root" && cargo build --quiet --locked -p returnkit-wasm --bin returnkit-wasm-wire)

say "npm tools (package-lock.json)"
cd "$here"
if ! cmp -s package-lock.json node_modules/.package-lock.json.installed 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.installed
fi

if [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium"
  apt_install chromium
fi

say "TypeScript: tsc --noEmit on test/api.ts"
node_modules/.bin/tsc -p tsconfig.json

say "node:test (fixtures, API, errors, size, browser)"
node --test --test-reporter=spec \
  test/fixtures.test.mjs test/api.test.mjs test/errors.test.mjs test/report.test.mjs test/size.test.mjs test/browser.test.mjs

say "the packed package, installed into fresh projects (package-test.sh)"
"$here/package-test.sh"
