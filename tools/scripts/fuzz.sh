#!/usr/bin/env bash
# Fuzzing (docs/testing.md, "Fuzzing"): builds the libFuzzer targets of tests/fuzz with clang in
# build-fuzz/ (ASan + UBSan + coverage, -O1, asserts on) and runs each for N seconds over a copy
# of its seed corpus — tests/fuzz/corpus/<target>/ stays as committed; what the run adds is
# kept in build-fuzz/fuzz-work/<target>/corpus/ for inspection. Targets run side by side, one
# per core.
#   tools/scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET…]    (default 60 s; all four targets)
#   tools/scripts/fuzz.sh 3600                              (the long run before a release)
# Fails on any crash, leak, sanitizer finding, timeout or broken invariant. The input that
# caused it is saved as build-fuzz/findings/<target>/crash-… (or leak-…, timeout-…); replay it
# with build-fuzz/tests/fuzz/dbi_fuzz_<target> FILE, or with any native build's
# tests/fuzz/dbi_fuzz_<target> FILE (gdb-friendly). Prints executions per second per target;
# last line: "fuzz: N passed, M failed" (one test per target; a failed build fails them all).
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(index answers envelope submission)
case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS-PER-TARGET] [TARGET…]" >&2; exit 2 ;; esac
jobs=$(nproc 2>/dev/null || echo 2)
extra=()
[ "${CI:-}" = true ] && extra+=(-DDBI_WERROR=ON)

start=$SECONDS
# Debug keeps DBI_ASSERT (assert) on; -O1 for speed, line tables for stack traces.
if ! cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug \
       -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
       -DCMAKE_C_FLAGS_DEBUG="-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
       -DDBI_FUZZ=ON -DDBI_SANITIZE=address,undefined -DDBI_BUILD_TESTS=ON -DDBI_BUILD_TOOLS=OFF \
       "${extra[@]}" >/dev/null ||
   ! nice -n 10 cmake --build build-fuzz -j"$jobs" --target dbi_fuzz; then
  echo "fuzz: build failed" >&2
  echo "fuzz: 0 passed, ${#targets[@]} failed"
  exit 1
fi
echo "fuzz: built in $((SECONDS - start)) s; ${seconds} s per target"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] &&
  export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/lib/llvm-14/bin/llvm-symbolizer}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# fuzz_one <target>: one libFuzzer run; its exit code goes to build-fuzz/fuzz-work/<target>/rc.
fuzz_one() {
  local t=$1 work=build-fuzz/fuzz-work/$1 findings=build-fuzz/findings/$1
  # -max_len: the largest input any of these parsers accepts whole is an envelope (64 KiB);
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a leak or blow-up, not a test.
  TMPDIR=$PWD/$work/tmp nice -n 10 "build-fuzz/tests/fuzz/dbi_fuzz_$t" "$work/corpus" \
      -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
      -dict=tests/fuzz/json.dict -print_final_stats=1 -artifact_prefix="$findings/" \
      >"$work/log" 2>&1
  echo $? >"$work/rc"
}

# One target per core at a time (each libFuzzer process uses one): with 2 cores the four
# targets take 2 × SECONDS of wall time, each still getting its SECONDS.
passed=0
failed=0
for t in "${targets[@]}"; do
  work=build-fuzz/fuzz-work/$t
  rm -rf "$work" "build-fuzz/findings/$t"  # both hold the last run only
  if [ ! -x "build-fuzz/tests/fuzz/dbi_fuzz_$t" ] || [ ! -d "tests/fuzz/corpus/$t" ]; then
    echo "fuzz: $t: no such target" >&2
    continue
  fi
  mkdir -p "$work/corpus" "$work/tmp" "build-fuzz/findings/$t"
  cp tests/fuzz/corpus/"$t"/* "$work/corpus/"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  fuzz_one "$t" &
done
wait

for t in "${targets[@]}"; do
  work=build-fuzz/fuzz-work/$t
  rc=$(cat "$work/rc" 2>/dev/null || echo missing)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" 2>/dev/null | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" 2>/dev/null | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$work/log" 2>/dev/null | tail -1)
  if [ "$rc" = 0 ]; then
    passed=$((passed + 1))
    printf 'fuzz: %-10s ok      %8s runs %6s exec/s  %s  corpus %s files\n' \
      "$t" "${runs:-?}" "${rate:-?}" "${cov:-cov: ?}" "$(find "$work/corpus" -type f | wc -l)"
  else
    failed=$((failed + 1))
    printf 'fuzz: %-10s FAILED  %8s runs %6s exec/s  (exit %s; log %s)\n' \
      "$t" "${runs:-?}" "${rate:-?}" "$rc" "$work/log"
    grep -E 'invariant failed|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY|Test unit written' \
      "$work/log" 2>/dev/null | head -20
  fi
done
echo "fuzz: $((SECONDS - start)) s in all"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
