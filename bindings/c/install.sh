#!/usr/bin/env bash
# Builds the C library (release profile) and installs it under PREFIX as C libraries are
# installed, for pkg-config, CMake and the dynamic linker to find:
#
#   PREFIX/include/returnkit.h
#   PREFIX/lib/libreturnkit.so.0.1.0          the shared library, soname libreturnkit.so.0.1
#   PREFIX/lib/libreturnkit.so.0.1 -> libreturnkit.so.0.1.0
#   PREFIX/lib/libreturnkit.so -> libreturnkit.so.0.1
#   PREFIX/lib/libreturnkit.a
#   PREFIX/lib/pkgconfig/returnkit.pc         Libs.private: what rustc says the .a needs
#
# (On macOS: libreturnkit.0.1.0.dylib, libreturnkit.0.1.dylib, libreturnkit.dylib, with the
# install name PREFIX/lib/libreturnkit.0.1.dylib.) The numbers are the crate's version; the
# ABI version in the soname is the major version, or 0.MINOR before 1.0, as semver and cargo-c
# have it.
#
#   bindings/c/install.sh [--library-type cdylib|staticlib]... PREFIX
#
# --library-type (repeatable, as cargo-c's) installs only that kind; the default is both. A
# linker given -lreturnkit takes the shared library when both are in the directory, so a
# program linked with `pkg-config --static` needs a prefix with the static library only.
# DESTDIR, when set, goes in front of every path written but not of the paths returnkit.pc
# names (for packaging).
set -euo pipefail

usage() {
  echo "usage: $0 [--library-type cdylib|staticlib]... PREFIX" >&2
  exit 2
}
types=()
prefix=
while [ $# -gt 0 ]; do
  case $1 in
    --library-type)
      [ $# -ge 2 ] || usage
      case $2 in cdylib | staticlib) types+=("$2") ;; *) usage ;; esac
      shift 2
      ;;
    -*) usage ;;
    *)
      [ -z "$prefix" ] || usage
      prefix=$1
      shift
      ;;
  esac
done
[ -n "$prefix" ] || usage
[ ${#types[@]} -gt 0 ] || types=(cdylib staticlib)
case $prefix in /*) ;; *) prefix=$PWD/$prefix ;; esac
prefix=${prefix%/}
wants() { [[ " ${types[*]} " == *" $1 "* ]]; }

cd "$(dirname "$0")/../.."
pkgid=$(cargo pkgid -p returnkit-c)
version=${pkgid##*[#@]}
IFS=. read -r major minor patch <<<"$version"
if [ "$major" = 0 ]; then abi=0.$minor; else abi=$major; fi

libdir=$prefix/lib
case $(uname -s) in
  Darwin)
    shared=libreturnkit.$major.$minor.$patch.dylib
    soname=libreturnkit.$abi.dylib
    link=libreturnkit.dylib
    link_args=(-C "link-arg=-Wl,-install_name,$libdir/$soname,-current_version,$version,-compatibility_version,$abi"
      -C link-arg=-Wl,-headerpad_max_install_names)
    built=libreturnkit.dylib
    ;;
  Linux | *BSD | DragonFly)
    shared=libreturnkit.so.$major.$minor.$patch
    soname=libreturnkit.so.$abi
    link=libreturnkit.so
    link_args=(-C "link-arg=-Wl,-soname,$soname")
    built=libreturnkit.so
    ;;
  *)
    echo "$0: no install layout for $(uname -s) yet" >&2
    exit 1
    ;;
esac

# One rustc run makes both libraries: the shared one with its soname, and the static one, for
# which rustc prints the system libraries it needs. (Cargo replays that note when the build is
# already up to date.)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo rustc --release --locked -p returnkit-c --lib -- "${link_args[@]}" \
  --print native-static-libs 2>&1 | tee "$log" >&2
libs_private=$(sed -n 's/^.*native-static-libs: *//p' "$log" | tail -n1)
if [ -z "$libs_private" ]; then
  echo "$0: rustc printed no native-static-libs" >&2
  exit 1
fi
target=$(cargo metadata --no-deps --format-version 1 | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
out=$target/release

dest=${DESTDIR:-}$prefix
install -d "$dest/include" "$dest/lib/pkgconfig"
install -m 644 bindings/c/include/returnkit.h "$dest/include/returnkit.h"
if wants cdylib; then
  install -m 755 "$out/$built" "$dest/lib/$shared"
  ln -sfn "$shared" "$dest/lib/$soname"
  ln -sfn "$soname" "$dest/lib/$link"
fi
if wants staticlib; then
  install -m 644 "$out/libreturnkit.a" "$dest/lib/libreturnkit.a"
fi
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" -e "s|@LIBS_PRIVATE@|$libs_private|" \
  bindings/c/returnkit.pc.in >"$dest/lib/pkgconfig/returnkit.pc"
chmod 644 "$dest/lib/pkgconfig/returnkit.pc"
echo "installed returnkit $version (${types[*]}) in $dest"
