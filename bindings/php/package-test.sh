#!/usr/bin/env bash
# The PHP package as a plugin installs it: a fresh Composer project outside the repository
# (the WooCommerce-style plugin of examples/php-plugin), `composer require` of the package from
# this repository's path with Packagist off, the library placed by `vendor/bin/returnkit-lib
# install` from a release archive checked against its SHA256SUMS (a tampered one refused), the
# plugin's tests and demo run from there, and every shared fixture answered through the
# installed package with the same bytes as in the repository.
#
#   bindings/php/package-test.sh [LIBRARY]      (default target/debug/libreturnkit.so)
#
# Needs php (with FFI) and composer; bindings/php/test.sh installs them. Prints
# `N passed, N failed` last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LIB=$(realpath "${1:-$ROOT/target/debug/libreturnkit.so}")

passed=0
failed=0
pass() {
  passed=$((passed + 1))
  echo "ok $*"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL $*"
}
check() { # check NAME COMMAND...: passes when the command does
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/returnkit-composer.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
case $WORK in "$ROOT"/*) echo "the project must be outside the repository" >&2 && exit 1 ;; esac
# Composer with its own home, no questions, and no network: Packagist is off in the project.
export COMPOSER_HOME=$WORK/composer-home COMPOSER_CACHE_DIR=$WORK/composer-cache
export COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_DISABLE_NETWORK=1
unset RETURNKIT_LIBRARY

echo "==> a release of the C library for this machine, as scripts/release packs it"
version=$(cargo pkgid -p returnkit-c)
version=${version##*[#@]}
IFS=. read -r major minor _ <<<"$version"
if [ "$major" = 0 ]; then abi=0.$minor; else abi=$major; fi
case "$(uname -s)-$(uname -m)" in
Linux-x86_64) triple=x86_64-unknown-linux-gnu ;;
Linux-aarch64) triple=aarch64-unknown-linux-gnu ;;
*) echo "package-test.sh packs Linux libraries only" >&2 && exit 1 ;;
esac
name=libreturnkit-$version-$triple
mkdir -p "$WORK/stage/$name/lib" "$WORK/stage/$name/include" "$WORK/release" "$WORK/tampered"
cp "$LIB" "$WORK/stage/$name/lib/libreturnkit.so.$version"
ln -s "libreturnkit.so.$version" "$WORK/stage/$name/lib/libreturnkit.so.$abi"
ln -s "libreturnkit.so.$abi" "$WORK/stage/$name/lib/libreturnkit.so"
cp bindings/c/include/returnkit.h "$WORK/stage/$name/include/"
tar --sort=name --owner=0 --group=0 --numeric-owner -czf "$WORK/release/$name.tar.gz" -C "$WORK/stage" "$name"
(cd "$WORK/release" && sha256sum -- *.tar.gz >SHA256SUMS)
# The same release with one byte of its archive changed.
cp "$WORK/release/SHA256SUMS" "$WORK/tampered/"
php -r '$b = file_get_contents($argv[1]); $b[intdiv(strlen($b), 2)] = chr(ord($b[intdiv(strlen($b), 2)]) ^ 1);
  file_put_contents($argv[2], $b);' "$WORK/release/$name.tar.gz" "$WORK/tampered/$name.tar.gz"

echo "==> a fresh Composer project: the plugin, requiring returnkit/returnkit from $ROOT"
PROJECT=$WORK/returnkit-returns
cp -R examples/php-plugin "$PROJECT"
ROOT=$ROOT php -r 'echo json_encode([
    "name" => "example/returnkit-returns",
    "description" => "A WooCommerce-style returns plugin over returnkit",
    "type" => "wordpress-plugin",
    "license" => "MIT",
    "repositories" => [
        ["type" => "path", "url" => getenv("ROOT"), "options" => ["symlink" => false]],
        ["packagist.org" => false],
    ],
    "autoload" => ["psr-4" => ["ReturnKitWoo\\" => "src/"]],
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";' >"$PROJECT/composer.json"
(cd "$PROJECT" && composer require --no-progress 'returnkit/returnkit:*@dev' 2>&1 | tail -n 4)
INSTALLED=$PROJECT/vendor/returnkit/returnkit
check "the package is installed" test -f "$INSTALLED/bindings/php/src/Library.php"
# What a path repository's copy holds: the checkout's tracked files (a VCS dist is the same
# source), without the build outputs and installed tools that .gitattributes marks
# export-ignore. `composer archive` keeps to the PHP package (composer.json's archive.exclude).
for kept in composer.json LICENSE-MIT LICENSE-APACHE bindings/php/src/Library.php \
  bindings/php/bin/returnkit-lib bindings/php/preload.php; do
  check "the installed package holds $kept" test -e "$INSTALLED/$kept"
done
left_out=""
for built in target lib vendor bindings/wasm/node_modules bindings/wasm/pkg; do
  [ -e "$INSTALLED/$built" ] && left_out="$left_out $built"
done
check "the installed package holds no build outputs (${left_out:-none found})" test -z "$left_out"
size_kb=$(du -sk "$INSTALLED" | cut -f1)
check "the installed package is source only ($size_kb KB)" test "$size_kb" -lt 20000
check "vendor/bin/returnkit-lib is installed" test -x "$PROJECT/vendor/bin/returnkit-lib"

echo "==> vendor/bin/returnkit-lib install"
set +e
refused=$(cd "$PROJECT" && vendor/bin/returnkit-lib install --archive "$WORK/tampered/$name.tar.gz" 2>&1)
status=$?
set -e
echo "$refused"
if [ "$status" -eq 1 ] && [[ $refused == *"SHA-256 mismatch for $name.tar.gz"*"not extracted"* ]] && [ ! -e "$INSTALLED/lib" ]; then
  pass "a tampered archive is refused, nothing placed"
else
  fail "a tampered archive: exit $status"
fi
(cd "$PROJECT" && vendor/bin/returnkit-lib install --archive "$WORK/release/")
check "the release's library is placed in lib/<os>-<arch>/" cmp -s "$LIB" "$INSTALLED/lib/linux-$(uname -m | sed 's/aarch64/arm64/')/libreturnkit.so"
where=$(cd "$PROJECT" && vendor/bin/returnkit-lib where)
echo "$where"
check "the installed package loads its own lib/" grep -qx "loads: $INSTALLED/lib/linux-[a-z0-9_]*/libreturnkit.so (returnkit $version)" <<<"$where"

echo "==> the plugin, from the project"
set +e
(cd "$PROJECT" && php test.php) | tee "$WORK/plugin.log"
set -e
if [[ $(tail -n1 "$WORK/plugin.log") =~ ^([0-9]+)\ passed,\ 0\ failed$ ]] && [ "${BASH_REMATCH[1]}" -gt 0 ]; then
  pass "the plugin's tests pass from the project"
else
  fail "the plugin's tests from the project"
fi
(cd "$PROJECT" && php demo.php) >"$WORK/demo-installed.json"
RETURNKIT_LIBRARY=$LIB php examples/php-plugin/demo.php >"$WORK/demo-repo.json"
check "the plugin's demo answers the same bytes installed and in the repository" cmp "$WORK/demo-installed.json" "$WORK/demo-repo.json"
check "the demo refunds 89.61" grep -q '"amount": "89.61"' "$WORK/demo-installed.json"

echo "==> the shared fixtures through the installed package"
ANSWERS=bindings/php/tests/fixture-answers.php
php "$ANSWERS" "$PROJECT/vendor/autoload.php" "$ROOT/tests/fixtures" >"$WORK/installed.txt" 2>"$WORK/installed.err" ||
  fail "RMA fixtures through the installed package: $(cat "$WORK/installed.err")"
cat "$WORK/installed.err"
check "the installed package's classes and library answered" grep -qx "classes: $INSTALLED/bindings/php/src" "$WORK/installed.err"
RETURNKIT_LIBRARY=$LIB php "$ANSWERS" bindings/php/src/autoload.php "$ROOT/tests/fixtures" >"$WORK/repo.txt"
count=$(wc -l <"$WORK/repo.txt")
if [ "$count" -ge 200 ] && cmp -s "$WORK/installed.txt" "$WORK/repo.txt"; then
  pass "$count fixture answers, the same bytes installed and in the repository"
else
  fail "fixture answers differ ($count in the repository): $(diff "$WORK/repo.txt" "$WORK/installed.txt" | head -n 5)"
fi

printf '\npackage: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
