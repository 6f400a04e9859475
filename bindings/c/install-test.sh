#!/usr/bin/env bash
# The C library as its users install it: bindings/c/install.sh into fresh prefixes outside the
# repository, then examples/c-shop-engine copied out of the repository and built there with
# nothing but pkg-config: its Makefile against the shared library and against the static one
# (`pkg-config --static`), and its CMakeLists.txt (pkg_check_modules, IMPORTED_TARGET). Checks
# the installed files, the soname, what each program needs (readelf -d), and runs each under
# valgrind. Installs what is missing: gcc, make, pkg-config, cmake, valgrind.
#
#   bindings/c/install-test.sh      (builds the release library; scripts/test calls it)
#
# Prints `N passed, N failed` last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

VALGRIND=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
  --error-exitcode=99)

step() { printf '\n==> %s\n' "$*"; }
passed=0
failed=0
pass() {
  passed=$((passed + 1))
  echo "ok $*"
}
fail() {
  failed=$((failed + 1))
  printf 'FAIL %s\n' "$*"
}
check() { # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

source scripts/lib/apt.sh

step "tools"
missing=()
command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
command -v readelf >/dev/null 2>&1 || missing+=(binutils)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
echo "$(pkg-config --version) (pkg-config); $(cmake --version | head -n1); $(make --version | head -n1)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SHARED=$TMP/prefix
STATIC=$TMP/prefix-static

VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)
IFS=. read -r MAJOR MINOR _ <<<"$VERSION"
if [ "$MAJOR" = 0 ]; then ABI=0.$MINOR; else ABI=$MAJOR; fi
SONAME=libreturnkit.so.$ABI

step "install.sh $SHARED (release build)"
bindings/c/install.sh "$SHARED" 2>&1 | tee "$TMP/install.log"
# What rustc printed for the static library, which returnkit.pc must pass on.
native_libs=$(sed -n 's/^.*native-static-libs: *//p' "$TMP/install.log" | tail -n1)
echo "rustc: native-static-libs: $native_libs"

step "install.sh --library-type staticlib $STATIC"
bindings/c/install.sh --library-type staticlib "$STATIC"

step "the installed files"
lib=$SHARED/lib
check "include/returnkit.h is the committed header" cmp bindings/c/include/returnkit.h "$SHARED/include/returnkit.h"
check "lib/libreturnkit.so.$VERSION is a file" test -f "$lib/libreturnkit.so.$VERSION" -a ! -L "$lib/libreturnkit.so.$VERSION"
check "lib/$SONAME -> libreturnkit.so.$VERSION" test "$(readlink "$lib/$SONAME")" = "libreturnkit.so.$VERSION"
check "lib/libreturnkit.so -> $SONAME" test "$(readlink "$lib/libreturnkit.so")" = "$SONAME"
check "lib/libreturnkit.a is a file" test -f "$lib/libreturnkit.a"
soname=$(readelf -d "$lib/libreturnkit.so.$VERSION" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
check "the shared library's soname is $SONAME (readelf: '$soname')" test "$soname" = "$SONAME"
check "$STATIC has the static library and no shared one" \
  test -f "$STATIC/lib/libreturnkit.a" -a ! -e "$STATIC/lib/libreturnkit.so"

step "returnkit.pc"
cat "$lib/pkgconfig/returnkit.pc"
pc() { PKG_CONFIG_PATH=$1/lib/pkgconfig pkg-config "${@:2}" returnkit | xargs; } # trimmed
check "pkg-config --modversion is $VERSION" test "$(pc "$SHARED" --modversion)" = "$VERSION"
check "--cflags names the prefix's include directory" test "$(pc "$SHARED" --cflags)" = "-I$SHARED/include"
check "--libs is the prefix's lib and -lreturnkit" test "$(pc "$SHARED" --libs)" = "-L$lib -lreturnkit"
check "rustc printed native-static-libs" test -n "$native_libs"
check "--static --libs adds what rustc printed" \
  test "$(pc "$SHARED" --static --libs)" = "$(echo "-L$lib -lreturnkit $native_libs" | xargs)"

# The example, out of the repository with the order it reads, built by its own files.
cp -R examples/c-shop-engine "$TMP/shop"
cp examples/data/order.json "$TMP/shop/order.json"
rm -rf "$TMP/shop/shop-returns" "$TMP/shop/build"
run() { # run BINARY: the example in the return window, under valgrind
  (cd "$TMP/shop" && "${VALGRIND[@]}" "$1" policy.toml order.json return-request.json 2026-10-20T18:00:00Z)
}
expect_refund() { # expect_refund NAME OUTPUT
  local line
  for line in "Decision: approve (label paid by customer)" "  refund 89.61 USD" \
    "  to card-1 (card): 89.61" "Or as store credit: 89.61 + bonus 8.96 = 98.57"; do
    if grep -qxF -- "$line" <<<"$2"; then pass "$1: '$line'"; else fail "$1: no line '$line'"; fi
  done
}
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' '; }
no_rpath() { ! readelf -d "$1" | grep -E '\((RPATH|RUNPATH)\)' >/dev/null; }

step "make, shared library (pkg-config --cflags --libs returnkit)"
PKG_CONFIG_PATH=$lib/pkgconfig make -C "$TMP/shop" -B shop-returns
bin=$TMP/shop/shop-returns
echo "NEEDED: $(needed "$bin")"
check "it needs $SONAME" grep -qwF "$SONAME" <<<"$(needed "$bin")"
check "it has no rpath" no_rpath "$bin"
resolved=$(LD_LIBRARY_PATH=$lib ldd "$bin" | sed -n "s/^[[:space:]]*$SONAME => \([^ ]*\).*/\1/p")
check "the dynamic linker finds $lib/$SONAME (ldd: '$resolved')" test "$resolved" = "$lib/$SONAME"
if out=$(LD_LIBRARY_PATH=$lib run "$bin"); then pass "under valgrind, shared"; else fail "under valgrind, shared: exit $?"; fi
echo "$out"
expect_refund "shared" "$out"

step "make STATIC=1, static library (pkg-config --static)"
PKG_CONFIG_PATH=$STATIC/lib/pkgconfig make -C "$TMP/shop" -B STATIC=1 shop-returns
echo "NEEDED: $(needed "$bin")"
check "it needs no libreturnkit" eval '! grep -q libreturnkit <<<"$(needed "$bin")"'
check "rk_decide is linked in" eval 'nm "$bin" | grep -E " T rk_decide$" >/dev/null'
if out=$(run "$bin"); then pass "under valgrind, static"; else fail "under valgrind, static: exit $?"; fi
echo "$out"
expect_refund "static" "$out"

step "cmake (pkg_check_modules IMPORTED_TARGET), shared library"
cmake -S "$TMP/shop" -B "$TMP/shop/build" -DCMAKE_PREFIX_PATH="$SHARED" -DCMAKE_BUILD_TYPE=Debug
cmake --build "$TMP/shop/build"
bin=$TMP/shop/build/shop-returns
echo "NEEDED: $(needed "$bin")"
check "it needs $SONAME" grep -qwF "$SONAME" <<<"$(needed "$bin")"
# CMake links the library by its full path and gives the build tree's binary an rpath to it.
if out=$(run "$bin"); then pass "under valgrind, cmake"; else fail "under valgrind, cmake: exit $?"; fi
echo "$out"
expect_refund "cmake" "$out"

printf '\nc-install: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
