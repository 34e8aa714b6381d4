#!/usr/bin/env bash
# The native test suites under AddressSanitizer + UndefinedBehaviorSanitizer (docs/testing.md).
# Configures build-asan/ with clang (-O0 -g: a fraction of gcc's compile time with sanitizers)
# and -DDBI_SANITIZE=address,undefined — every native target: core, crypto, CLI, server, tests —
# builds it and runs ctest. Any finding fails: UBSan does not recover (-fno-sanitize-recover=all),
# ASan and LeakSanitizer end the process, and ctest reports the test as failed.
# The native tree holds no test that needs the WebAssembly tree (browser and node tests are
# only defined in build-wasm), so nothing is excluded.
# Last line: "sanitized: N passed, M failed" (a failed configure or build counts as 1 failed).
set -uo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
extra=()
[ "${CI:-}" = true ] && extra+=(-DDBI_WERROR=ON)
summary() { echo "sanitized: $1 passed, $2 failed"; }

start=$SECONDS
if ! cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug \
       -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
       -DDBI_SANITIZE=address,undefined -DDBI_BUILD_TESTS=ON "${extra[@]}" >/dev/null; then
  echo "test-sanitized: configure failed" >&2
  summary 0 1
  exit 1
fi
if ! nice -n 10 cmake --build build-asan -j"$jobs"; then
  echo "test-sanitized: build failed" >&2
  summary 0 1
  exit 1
fi
built=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Findings print a stack trace and, with this, a one-line summary ctest shows.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] &&
  export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}
(cd build-asan && nice -n 10 ctest --output-on-failure -j"$jobs") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -1)
failed=$(sed -n 's/.* \([0-9]*\) tests failed out of.*/\1/p' "$log" | tail -1)
echo "test-sanitized: build $((built - start)) s, tests $((SECONDS - built)) s"
if [ -z "$total" ]; then
  summary 0 1
  exit 1
fi
summary $((total - failed)) "$failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
