#!/usr/bin/env bash
# Builds the npm package into bindings/wasm/pkg: the three wasm32 modules, storefront, back
# office and analytics (release, in their own target dir so host builds are untouched),
# wasm-bindgen for the web, bundler and nodejs targets, the JavaScript wrapper, and the
# TypeScript declarations.
# Installs what is missing: the wasm32 target and the wasm-bindgen CLI at the exact version
# of the wasm-bindgen crate.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

say() { printf '  [wasm] %s\n' "$*"; }

# The wasm-bindgen crate version the workspace pins (`wasm-bindgen = { version = "=X" ...`).
bindgen_version="$(sed -n 's/^wasm-bindgen = { *version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)"
[ -n "$bindgen_version" ] || { echo "can't find the pinned wasm-bindgen version in Cargo.toml" >&2; exit 1; }

if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
fi

have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_bindgen" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (found: ${have_bindgen:-none})"
  # --locked first; the registry may lack a locked dependency version, and then the newest
  # compatible ones do (the CLI itself stays at the exact version either way).
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --locked --force \
    || cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

# Optimisation: 3 (the default) for speed, or z for size (smaller, with much slower decisions;
# figures in docs/performance.md). Each level has its own target dir.
opt="${RETURNKIT_WASM_OPT_LEVEL:-3}"
case "$opt" in 0|1|2|3|s|z) ;; *) echo "RETURNKIT_WASM_OPT_LEVEL must be 0-3, s or z" >&2; exit 1 ;; esac

# Crates that only read policy files (TOML) are optimised for size whatever the level: a
# policy is read once, so their speed hardly matters.
cold=(toml toml_parser toml_datetime toml_writer serde_spanned winnow iso_country wasm-bindgen)
config=()
for crate in "${cold[@]}"; do
  config+=(--config "profile.release.package.$crate.opt-level=\"z\"")
done

# Three modules from one crate, a feature each (see src/lib.rs): the storefront (what a returns
# portal loads), the back office and analytics (each loaded on first use). The core is built
# once for all three. Each is copied out of the target dir under the name its glue gets from
# wasm-bindgen: the storefront keeps the crate's (returnkit_wasm.js), the others are
# returnkit_back_office.js and returnkit_analytics.js.
modules="$root/target/wasm-o$opt/modules"
mkdir -p "$modules"
for module in storefront back-office analytics; do
  say "cargo build $module (wasm32, release, opt-level $opt, LTO)"
  CARGO_TARGET_DIR="$root/target/wasm-o$opt" \
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt" \
  CARGO_PROFILE_RELEASE_LTO=fat \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
  CARGO_PROFILE_RELEASE_DEBUG=false \
  CARGO_PROFILE_RELEASE_PANIC=abort \
    cargo build --quiet --locked --release --target wasm32-unknown-unknown -p returnkit-wasm --lib \
      --no-default-features --features "$module" "${config[@]}"
  case "$module" in
    storefront) name=returnkit_wasm ;;
    back-office) name=returnkit_back_office ;;
    analytics) name=returnkit_analytics ;;
  esac
  cp "$root/target/wasm-o$opt/wasm32-unknown-unknown/release/returnkit_wasm.wasm" "$modules/$name.wasm"
done
storefront_wasm="$modules/returnkit_wasm.wasm"
back_office_wasm="$modules/returnkit_back_office.wasm"
analytics_wasm="$modules/returnkit_analytics.wasm"

say "message catalogs (locales/)"
rm -rf "$here/pkg/locales"
cargo run --quiet --locked -p returnkit-wasm --bin returnkit-wasm-locales -- "$here/pkg/locales"

say "TypeScript declarations"
mkdir -p "$here/pkg"
cargo run --quiet --locked -p returnkit-wasm --bin returnkit-wasm-dts -- "$here/pkg/types.d.ts"

for target in web bundler nodejs; do
  say "wasm-bindgen --target $target"
  rm -rf "$here/pkg/$target"
  for wasm in "$storefront_wasm" "$back_office_wasm" "$analytics_wasm"; do
    wasm-bindgen --target "$target" --no-typescript --out-dir "$here/pkg/$target" "$wasm"
  done
done

say "package"
node "$here/js/package.mjs" "$here"
