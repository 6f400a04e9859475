#!/usr/bin/env bash
# Serves the returns portal on http://127.0.0.1:PORT/examples/returns-portal/ (PORT 8080 unless
# given), after building the returnkit npm package it uses (bindings/wasm/pkg).
# Usage: ./examples/returns-portal/serve.sh [PORT]      (SKIP_BUILD=1 to serve the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${1:-8080}"
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  "$root/bindings/wasm/build.sh"
fi
echo "Returns portal: http://127.0.0.1:$port/examples/returns-portal/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root"
