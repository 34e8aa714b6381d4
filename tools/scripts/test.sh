#!/usr/bin/env bash
# Every test: installs what the tests need, builds both trees, runs the native suites, the
# same core suites compiled to WebAssembly under node, and the command-line tests; then the
# native suites again under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/) and
# every fuzz target for 60 s (build-fuzz/) — see docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools/scripts/setup.sh --tests
tools/scripts/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
scripts=$(mktemp)
trap 'rm -f "$log" "$scripts"' EXIT
status=0
run_suite() {  # run_suite <title> <build dir>
  echo "== $1 ($2)"
  (cd "$2" && ctest --output-on-failure -j"$jobs") 2>&1 | tee -a "$log" || status=1
}
# A script that builds and tests on its own and closes with "<name>: N passed, M failed". Only
# that line is counted (not the ctest lines it prints, which would count build-asan twice); a
# script that stops before printing it counts as 1 failed.
run_script() {  # run_script <title> <script> [args…]
  local title=$1 out
  shift
  echo "== $title"
  out=$(mktemp)
  "$@" 2>&1 | tee "$out" || status=1
  grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' "$out" | tail -1 >>"$scripts" ||
    echo "script: 0 passed, 1 failed" >>"$scripts"
  rm -f "$out"
}
run_suite "native tests" build-native
run_suite "WebAssembly tests under node" build-wasm
run_script "native tests under ASan + UBSan (build-asan)" tools/scripts/test-sanitized.sh
run_script "fuzz targets, 60 s each (build-fuzz)" tools/scripts/fuzz.sh 60
# One closing line over every suite: "tests: N passed, M failed".
sum() { awk '{ s += $1 } END { print s + 0 }'; }
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | sum)
failed=$(sed -n 's/.* \([0-9]*\) tests failed out of.*/\1/p' "$log" | sum)
script_passed=$(sed -n 's/^[a-z]*: \([0-9]*\) passed, [0-9]* failed$/\1/p' "$scripts" | sum)
script_failed=$(sed -n 's/^[a-z]*: [0-9]* passed, \([0-9]*\) failed$/\1/p' "$scripts" | sum)
total=$((total + script_passed + script_failed))
failed=$((failed + script_failed))
[ "$total" -gt 0 ] || { echo "test: no test ran"; exit 1; }
echo "tests: $((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
