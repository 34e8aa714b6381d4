#!/usr/bin/env bash
# Builds both trees: native (build-native: core, CLI, server, tests) and WebAssembly
# (build-wasm: core tests for node, the browser app; the static site in build-wasm/site).
# The ImGui and libsodium sources for the wasm build are fetched once with apt-get source
# into deb-src/ (pinned by version and checksum in cmake/DbiWasm.cmake).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jobs=$(nproc 2>/dev/null || echo 2)
extra=()
[ "${CI:-}" = true ] && extra+=(-DDBI_WERROR=ON)

cmake -S . -B build-native -DCMAKE_BUILD_TYPE=Release -DDBI_DEB_SOURCE_CACHE="$root/deb-src" \
      "${extra[@]}" >/dev/null
cmake --build build-native -j"$jobs"

cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
      -DDBI_DEB_SOURCE_CACHE="$root/deb-src" "${extra[@]}" >/dev/null
cmake --build build-wasm -j"$jobs"
echo "build: native in build-native/, web kit in build-wasm/site/"
