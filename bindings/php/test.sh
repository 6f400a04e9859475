#!/usr/bin/env bash
# The PHP package's tests, over the C library through FFI: PHPUnit (the shared fixtures, every
# exception class and error code, the classes, 10,000 decisions' memory, the library's lookup
# and its installer), PHPStan where it is installed, the WooCommerce-style plugin example,
# preloading under php-cgi (where, as in php-fpm, PHP's default ffi.enable=preload allows FFI
# only from preloaded code), and the package installed with Composer in a fresh project
# (package-test.sh). Installs php-cli, php-cgi, phpunit and composer with apt when missing.
#
#   bindings/php/test.sh        (reuses target/debug; builds only the C library if needed)
#
# Prints `N passed, N failed` last; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/target/php-tests
LIB=$ROOT/target/debug/libreturnkit.so
mkdir -p "$OUT"

step() { printf '\n==> %s\n' "$*"; }
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  printf 'FAIL %s\n' "$*"
}
# Adds the counts of a runner's closing `N passed, N failed` line.
count() {
  local summary
  summary=$(tail -n1 "$1")
  if [[ $summary =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    fail "$2 did not finish"
  fi
}

source scripts/lib/apt.sh

step "tools"
command -v php >/dev/null 2>&1 || apt_install php-cli
command -v php-cgi >/dev/null 2>&1 || apt_install php-cgi
command -v phpunit >/dev/null 2>&1 || apt_install phpunit
command -v composer >/dev/null 2>&1 || apt_install composer
if ! grep -qix ffi <<<"$(php -m)"; then
  echo "PHP's FFI extension is missing: php -m does not list FFI" >&2
  exit 1
fi
echo "$(php -r 'echo "PHP ", PHP_VERSION, ", ffi.enable=", ini_get("ffi.enable");'); $(php-cgi -v | head -n1)"
echo "$(phpunit --version | grep -m1 PHPUnit); $(composer --version 2>/dev/null | head -n1)"

step "build the C library (debug, as cargo test left it)"
# The targets of `cargo test --workspace`, so that features resolve as they did there and
# nothing it built is built again: after it, only the cdylib and the staticlib are new.
cargo build --workspace --lib --bins --tests --examples --locked --quiet
ls "$LIB" >/dev/null

step "syntax"
lint_failed=0
while IFS= read -r file; do
  php -l "$file" >/dev/null || { fail "php -l $file"; lint_failed=1; }
done < <(find bindings/php examples/php-plugin -name '*.php' | sort; echo bindings/php/bin/returnkit-lib)
[ "$lint_failed" -eq 1 ] || { pass; echo "ok every PHP file parses"; }

export RETURNKIT_LIBRARY=$LIB

step "PHPUnit (php-cli, default ffi.enable)"
# Counted from its JUnit report: tests less failures and errors passed (skipped ones neither).
set +e
phpunit -c bindings/php/phpunit.xml.dist --log-junit "$OUT/junit.xml"
set -e
if [ -f "$OUT/junit.xml" ]; then
  read -r tests failures skipped < <(php -r '$s = simplexml_load_file($argv[1])->testsuite;
    echo $s["tests"], " ", $s["failures"] + $s["errors"], " ", $s["skipped"], "\n";' "$OUT/junit.xml")
  passed=$((passed + tests - failures - skipped))
  failed=$((failed + failures))
  rm "$OUT/junit.xml"
else
  fail "phpunit did not finish"
fi

step "PHPStan (level in bindings/php/phpstan.neon)"
PHPSTAN=$(command -v phpstan || true)
[ -n "$PHPSTAN" ] || [ ! -x vendor/bin/phpstan ] || PHPSTAN=vendor/bin/phpstan
if [ -n "$PHPSTAN" ]; then
  "$PHPSTAN" analyse --no-progress -c bindings/php/phpstan.neon && pass || fail "phpstan"
else
  echo "skipped: phpstan is not installed, and no registry this machine reaches carries it"
  echo "(Packagist's phpstan/phpstan, in require-dev: composer install at the root, then vendor/bin/phpstan)"
fi

step "examples/php-plugin"
set +e
php examples/php-plugin/test.php | tee "$OUT/plugin.log"
set -e
count "$OUT/plugin.log" "examples/php-plugin/test.php"
php examples/php-plugin/demo.php >"$OUT/demo.json" && pass || fail "examples/php-plugin/demo.php"

step "preloading, as for php-fpm (php-cgi: FFI only from preloaded code)"
PROBE=bindings/php/tests/preload_probe.php
php bindings/php/bin/returnkit-ffi-header.php "$OUT/returnkit-ffi.h" "$LIB"
CGI=(php-cgi -q -d ffi.enable=preload -d display_errors=stderr)
without=$("${CGI[@]}" "$PROBE")
echo "without preload: $without"
if [[ $without == *'LibraryException: '*'restricted by "ffi.enable"'* ]]; then
  pass
else
  fail "without preloading, php-cgi should refuse FFI with a LibraryException"
fi
with=$("${CGI[@]}" -d ffi.preload="$OUT/returnkit-ffi.h" -d opcache.enable=1 \
  -d opcache.preload="$ROOT/bindings/php/preload.php" -d opcache.preload_user="$(id -un)" "$PROBE")
echo "with preload.php and ffi.preload:"
echo "$with"
for line in "classes: preloaded" "library: preloaded scope RETURNKIT" "decision: approve, refund 89.61" \
  "error: 1004 request.lines[0].line_id"; do
  if grep -qxF "$line" <<<"$with"; then pass; else fail "preloaded: no line '$line'"; fi
done

step "the package installed with Composer in a fresh project (package-test.sh)"
set +e
bindings/php/package-test.sh "$LIB" | tee "$OUT/package.log"
set -e
summary=$(tail -n1 "$OUT/package.log")
if [[ $summary =~ ^package:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=$((passed + BASH_REMATCH[1]))
  failed=$((failed + BASH_REMATCH[2]))
else
  fail "bindings/php/package-test.sh did not finish"
fi

printf '\nphp: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
