#!/usr/bin/env bash
# Tests the npm package as its users get it: packs bindings/wasm/pkg (`npm pack`) into a
# temporary directory outside the repository and installs the tarball into fresh projects
# made there from package-test/ (their npm tools pinned by the committed package-lock.json):
#   (a) a Node.js ES module (node-app/app.mjs) that quotes, decides and submits an RMA, checked
#       by `tsc` against the installed package's declarations, with calls they must refuse;
#   (b) a page (web-app/) bundled by Vite, esbuild and webpack from the installed package, served on
#       127.0.0.1 and driven in Chromium: it loads the WebAssembly through what the bundler
#       emitted and shows a decision with its figures;
#   (c) CommonJS: require('returnkit') gives the API where Node.js can require an ES module,
#       and otherwise throws at once an error that says to import it;
#   (d) every shared fixture through the installed package (test/fixtures.test.mjs), byte for
#       byte as returnkit::wire answers natively.
# Needs the package built (build.sh) and the native answers (returnkit-wasm-wire), as test.sh
# leaves them; installs Debian's chromium when missing. Works unattended (CI=true, no terminal)
# and removes its temporary directory. Screenshots go to bindings/wasm/out/package-test/.
# Usage: bindings/wasm/package-test.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DEBIAN_FRONTEND=noninteractive
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

say() { printf '\n==> [npm package] %s\n' "$*"; }
fail() {
  echo "error: $*" >&2
  exit 1
}

[ -f "$here/pkg/package.json" ] || fail "bindings/wasm/pkg is not built: run bindings/wasm/build.sh"
if [ ! -x "$CHROMIUM" ]; then
  say "installing Debian's chromium"
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  $sudo_ apt-get update -qq
  $sudo_ apt-get install -y -qq chromium >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/returnkit-npm.XXXXXX")"
trap 'rm -rf "$work"' EXIT
npm_() { npm --no-audit --no-fund --loglevel=error "$@"; }

say "npm pack"
tarball="$work/$(cd "$work" && npm pack --silent "$here/pkg" | tail -n 1)"
version="$(node -p "require('$here/pkg/package.json').version")"
[ "$(basename "$tarball")" = "returnkit-$version.tgz" ] || fail "npm pack made $(basename "$tarball")"
# Every file the package names (exports, types, main, module, browser) is in the tarball, and
# the tarball holds nothing else than what `files` lets in.
tar -tzf "$tarball" | sed 's|^package/||' | sort >"$work/contents"
node - "$here/pkg/package.json" "$work/contents" <<'JS'
const { readFileSync } = require('node:fs');
const [manifestPath, contentsPath] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const contents = new Set(readFileSync(contentsPath, 'utf8').trim().split('\n'));
const named = new Set();
const walk = (v) => (typeof v === 'string' ? named.add(v.replace(/^\.\//, '')) : Object.values(v).forEach(walk));
walk(manifest.exports);
for (const k of ['types', 'main', 'module', 'browser']) walk(manifest[k]);
// A subpath pattern (`./locales/*`) is there when it matches at least one file.
const matches = (f) => {
  if (!f.includes('*')) return contents.has(f);
  const pattern = new RegExp(`^${f.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
  return [...contents].some((c) => pattern.test(c));
};
const missing = [...named].filter((f) => !matches(f));
if (missing.length) throw new Error(`named by package.json, not in the tarball: ${missing.join(', ')}`);
for (const f of ['package.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'index.d.ts', 'types.d.ts']) {
  if (!contents.has(f)) throw new Error(`not in the tarball: ${f}`);
}
const allowed = (f) => ['package.json', 'README.md'].includes(f) || manifest.files.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p));
const extra = [...contents].filter((f) => !allowed(f));
if (extra.length) throw new Error(`in the tarball, not in "files": ${extra.join(', ')}`);
console.log(`${contents.size} files, every one package.json names among them`);
JS

say "(a) a Node.js project: npm install the tarball, tsc, run app.mjs"
cp -r "$here/package-test/node-app" "$work/node-app"
cp "$root/examples/data/order.json" "$root/examples/data/request.json" "$work/node-app/"
(
  cd "$work/node-app"
  npm_ ci
  npm_ install "$tarball"
  [ -f node_modules/returnkit/package.json ] || fail "the tarball did not install"
  node_modules/.bin/tsc -p tsconfig.json
  node app.mjs
)

say "(c) CommonJS"
(
  cd "$work/node-app"
  node require.cjs
  if [ "$(node -p 'Boolean(process.features.require_module)')" = true ]; then
    node --no-experimental-require-module require.cjs
  fi
)

say "(d) the shared fixtures through the installed package, byte for byte as native"
if ! (cd "$here" && RETURNKIT_PKG="$work/node-app/node_modules/returnkit" \
  node --test --test-reporter=spec test/fixtures.test.mjs >"$work/fixtures.log" 2>&1); then
  cat "$work/fixtures.log"
  fail "the installed package does not answer the shared fixtures as native returnkit does"
fi
tail -n 8 "$work/fixtures.log"

say "(b) a page bundled by Vite, esbuild and webpack from the installed package, in Chromium"
cp -r "$here/package-test/web-app" "$work/web-app"
cp "$root/examples/data/order.json" "$work/web-app/"
shots="$here/out/package-test"
mkdir -p "$shots"
(
  cd "$work/web-app"
  npm_ ci
  npm_ install "$tarball"
  node_modules/.bin/vite build --logLevel warn --outDir dist/vite
  node_modules/.bin/esbuild main-esbuild.js --bundle --format=esm --target=es2022 \
    --loader:.wasm=file --outfile=dist/esbuild/main.js --log-level=warning
  cp index.html dist/esbuild/index.html
  node_modules/.bin/webpack --mode production --entry ./main-webpack.js --output-path dist/webpack \
    --output-filename main.js --no-stats
  cp index.html dist/webpack/index.html
  node drive.mjs "$CHROMIUM" "$shots"
)
say "the installed package passed (a) to (d)"
