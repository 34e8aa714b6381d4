#!/usr/bin/env bash
# Every test: installs what the tests need, builds both trees, runs the native suites, the
# same core suites compiled to WebAssembly under node, and the command-line tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh --tests
tools/scripts/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run_suite() {  # run_suite <title> <build dir>
  echo "== $1 ($2)"
  (cd "$2" && ctest --output-on-failure -j"$jobs") 2>&1 | tee -a "$log" || status=1
}
run_suite "native tests" build-native
run_suite "WebAssembly tests under node" build-wasm
# One closing line over every suite: "tests: N passed, M failed".
sum() { awk '{ s += $1 } END { print s + 0 }'; }
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | sum)
failed=$(sed -n 's/.* \([0-9]*\) tests failed out of.*/\1/p' "$log" | sum)
[ "$total" -gt 0 ] || { echo "test: no test ran"; exit 1; }
echo "tests: $((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
