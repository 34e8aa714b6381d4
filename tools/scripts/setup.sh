#!/usr/bin/env bash
# Installs everything DBI Kit needs from Debian 12 (bookworm) packages. Idempotent.
#   tools/scripts/setup.sh           build + run dependencies
#   tools/scripts/setup.sh --tests   also the test-only tools
# Uses sudo for apt when not root. Enables deb-src (needed by `apt-get source`, which the
# WebAssembly build uses for Dear ImGui and libsodium) and says so.
set -euo pipefail

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 2; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

sources=/etc/apt/sources.list.d/debian.sources
need_update=0
if [ -f "$sources" ] && grep -q '^Types: deb$' "$sources"; then
  echo "setup: enabling deb-src in $sources (for apt-get source imgui libsodium)"
  $SUDO sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
  need_update=1
elif [ ! -f "$sources" ] && ! grep -rqs '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "setup: no deb-src line found: add one for bookworm (apt-get source needs it)" >&2
  exit 2
fi

build_pkgs=(emscripten dpkg-dev cmake make g++ pkg-config nodejs
            libsodium-dev libcpp-httplib-dev libsqlite3-dev libpq-dev nlohmann-json3-dev
            doctest-dev libimgui-dev)
# clang-14 + libclang-rt-14-dev: the sanitized build and libFuzzer (test-sanitized.sh, fuzz.sh);
# llvm-14: llvm-symbolizer, so that sanitizer reports name files and lines.
# zbar-tools: zbarimg, the independent decoder the QR Code round-trip tests read back with.
test_pkgs=(chromium sqlite3 postgresql python3 python3-nacl python3-jsonschema minisign brotli
           ca-certificates clang-14 libclang-rt-14-dev llvm-14 zbar-tools)
pkgs=("${build_pkgs[@]}")
[ "$want_tests" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Debian's apt-get source also needs the deb-src index, which only `apt-get update` fetches.
if [ "$need_update" = 1 ] || [ "${#missing[@]}" -gt 0 ] || \
   ! apt-cache showsrc imgui >/dev/null 2>&1 || [ -z "$(apt-cache showsrc imgui 2>/dev/null)" ]; then
  $SUDO apt-get update -qq
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$want_tests" = 1 ]; then
  # Browser tests drive Debian's Chromium through playwright-core from npm (no browser
  # download). NodeSource's nodejs bundles npm; Debian's needs the npm package.
  command -v npm >/dev/null || $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
  here=$(cd "$(dirname "$0")/../.." && pwd)
  if [ ! -d "$here/tests/browser/node_modules/playwright-core" ] || \
     [ "$here/tests/browser/package-lock.json" -nt "$here/tests/browser/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$here/tests/browser" --no-audit --no-fund --ignore-scripts >/dev/null
  fi
fi
echo "setup: Debian packages ready"
