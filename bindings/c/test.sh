#!/usr/bin/env bash
# The C API's tests: the committed headers against a fresh cbindgen run, the C tests (every
# function, every error area, every shared fixture) under valgrind, and the C shop-engine
# example. Installs what is missing: the pinned cbindgen, gcc and valgrind.
#
#   bindings/c/test.sh           run everything (reuses target/debug; builds only the C library)
#   bindings/c/test.sh --regen   rewrite the committed headers, then run everything
#
# Prints `N passed, N failed` last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

CBINDGEN_VERSION=0.29.4
VALGRIND=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
  --error-exitcode=99)
CFLAGS=(-std=c11 -Wall -Wextra -Wpedantic -Werror -g)
OUT=$ROOT/target/c-tests
LIB=$ROOT/target/debug

step() { printf '\n==> %s\n' "$*"; }
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL %s\n' "$*"
}

source scripts/lib/apt.sh

step "tools"
command -v gcc >/dev/null 2>&1 || apt_install gcc libc6-dev
command -v valgrind >/dev/null 2>&1 || apt_install valgrind
if [ "$(cbindgen --version 2>/dev/null || true)" != "cbindgen $CBINDGEN_VERSION" ]; then
  cargo install cbindgen --version "=$CBINDGEN_VERSION" --locked --quiet
fi
echo "$(gcc --version | head -n1); $(valgrind --version); $(cbindgen --version)"

step "build the C library (debug, as cargo test left it)"
# The targets of `cargo test --workspace`, so that features resolve as they did there and
# nothing it built is built again: after it, only the cdylib and the staticlib are new.
cargo build --workspace --lib --bins --tests --examples --locked --quiet
ls "$LIB/libreturnkit.so" "$LIB/libreturnkit.a" >/dev/null

step "headers: the committed ones are what the pinned cbindgen makes"
mkdir -p "$OUT"
C_HEADER=bindings/c/include/returnkit.h
PHP_HEADER=bindings/php/src/returnkit.h
(cd bindings/c && cbindgen --quiet --config cbindgen.toml --output "$OUT/returnkit.h" .)
(cd bindings/c && cbindgen --quiet --config cbindgen-php.toml --output "$OUT/returnkit-php.h" .)
if [ "${1:-}" = "--regen" ]; then
  cp "$OUT/returnkit.h" "$C_HEADER"
  cp "$OUT/returnkit-php.h" "$PHP_HEADER"
  echo "rewrote $C_HEADER and $PHP_HEADER"
fi
for pair in "$C_HEADER:$OUT/returnkit.h" "$PHP_HEADER:$OUT/returnkit-php.h"; do
  committed=${pair%%:*}
  fresh=${pair#*:}
  if diff -u "$committed" "$fresh"; then
    pass
    echo "ok $committed is up to date"
  else
    fail "$committed differs from a fresh cbindgen run: run bindings/c/test.sh --regen and commit it"
  fi
done
if grep -nE '^[[:space:]]*#' "$PHP_HEADER"; then
  fail "$PHP_HEADER has preprocessor lines, which PHP's FFI::cdef can't read"
else
  pass
  echo "ok $PHP_HEADER has no preprocessor lines"
fi
# Every function of the C header is in the PHP header too.
c_fns=$(grep -oE '\brk_[a-z_]+\(' "$C_HEADER" | sort -u)
php_fns=$(grep -oE '\brk_[a-z_]+\(' "$PHP_HEADER" | sort -u)
if [ "$c_fns" = "$php_fns" ]; then
  pass
  echo "ok both headers declare the same $(echo "$c_fns" | wc -l) functions"
else
  fail "the C and PHP headers declare different functions"
fi
if command -v g++ >/dev/null 2>&1; then
  if echo '#include "returnkit.h"' | g++ -x c++ -fsyntax-only -Wall -Werror -Ibindings/c/include -; then
    pass
    echo "ok the header compiles as C++"
  else
    fail "the header does not compile as C++"
  fi
fi

step "version: the header's RK_VERSION_* and rk_version() are Cargo.toml's"
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)
echo "Cargo.toml: $VERSION"

step "C tests (gcc ${CFLAGS[*]}), under valgrind"
gcc "${CFLAGS[@]}" -Ibindings/c/include -DRK_EXPECTED_VERSION="\"$VERSION\"" \
  bindings/c/tests/*.c -o "$OUT/rk_tests" -L"$LIB" -lreturnkit -Wl,-rpath,"$LIB" -pthread
set +e
"${VALGRIND[@]}" "$OUT/rk_tests" "$ROOT" | tee "$OUT/rk_tests.log"
status=${PIPESTATUS[0]}
set -e
summary=$(tail -n1 "$OUT/rk_tests.log")
if [[ $summary =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=$((passed + BASH_REMATCH[1]))
  failed=$((failed + BASH_REMATCH[2]))
else
  fail "the C tests did not finish"
fi
case $status in
  0) echo "valgrind: no leaks, no invalid accesses" ;;
  99) fail "valgrind found leaks or invalid accesses (see above)" ;;
  *) [ "$failed" -gt 0 ] || fail "the C tests exited with status $status" ;;
esac

step "examples/c-shop-engine (static library), under valgrind"
EX=examples/c-shop-engine
gcc "${CFLAGS[@]}" -Ibindings/c/include "$EX/main.c" -o "$OUT/shop-returns" \
  "$LIB/libreturnkit.a" -lgcc_s -lutil -lrt -lpthread -lm -ldl
expect() { # expect NAME OUTPUT LINE...
  local name=$1 output=$2
  shift 2
  for line in "$@"; do
    if grep -qxF -- "$line" <<<"$output"; then
      pass
    else
      fail "$name: no line '$line'"
    fi
  done
}
run_example() {
  "${VALGRIND[@]}" "$OUT/shop-returns" "$EX/policy.toml" examples/data/order.json "$@"
}
out=$(run_example "$EX/return-request.json" 2026-10-20T18:00:00Z) || fail "shop-returns in the window exited $?"
echo "$out"
# Shoes: 89.00 less 8.90 of WELCOME10 = 80.10, tax 11.61/2 = 5.81; socks: 12.00 less 2.00 and
# 1.00 = 9.00, tax 1.96/3 = 0.65; less the 5.95 label: 89.61. Store credit bonus 10%: 8.96.
expect "in the window" "$out" \
  "Decision: approve (label paid by customer)" \
  "  line l1   x1  approve  return by 2026-11-05" \
  "  line l1   merchandise    80.10  tax   5.81  total    85.91" \
  "  line l3   merchandise     9.00  tax   0.65  total     9.65" \
  "  less label_fee      5.95" \
  "  refund 89.61 USD" \
  "  to card-1 (card): 89.61" \
  "Or as store credit: 89.61 + bonus 8.96 = 98.57"
out=$(run_example "$EX/return-request.json" 2026-12-20T18:00:00Z) || fail "shop-returns after the window exited $?"
echo "$out"
expect "after the window" "$out" \
  "Decision: deny (label paid by -)" \
  "    The return window for this item closed on 2026-11-05." \
  "No refund is offered."
set +e
err=$(run_example examples/data/request.json 2026-10-20T18:00:00Z 2>&1 >/dev/null)
status=$?
set -e
echo "$err"
if [ "$status" -eq 1 ] && [[ $err == *"error 1001 (parse) at 'request.mode'"* ]]; then
  pass
else
  fail "a refund request given as a return request: expected error 1001 at 'request.mode', got status $status"
fi

printf '\nc-api: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
