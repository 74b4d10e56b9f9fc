#!/usr/bin/env bash
# The README's second command, and all that CI runs: install what is
# missing, then
#   1. release: the Release build (g++) and the whole test suite (ctest);
#   2. asan:    the same suite built with clang, -fsanitize=address,undefined
#               (+ fuzzer-no-link, so the fuzz targets link in this build too);
#   3. fuzz:    each libFuzzer target of fuzz/ for $LEGALINT_FUZZ_SECONDS
#               (default 30) from its seeds; any crash fails the run.
# Without arguments: all three (what CI runs). Any combination runs only
# those, e.g. `scripts/run-tests.sh release` for a quick local check.
# The long fuzz run: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[[ ${#stages[@]} -gt 0 ]] || stages=(release asan fuzz)
wants() { [[ " ${stages[*]} " == *" $1 "* ]]; }

timings=()
started=$SECONDS
phase() {  # phase NAME COMMAND…: runs it and records how long it took
  local name="$1" start=$SECONDS
  shift
  echo "run-tests: == $name ($(date +%T))"
  "$@"
  timings+=("$name $((SECONDS - start))s")
  echo "run-tests: == $name took $((SECONDS - start))s"
}

phase install scripts/install-deps.sh --test

if wants release; then
  phase release-build bash -c 'cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build'
  phase release-ctest ctest --test-dir build --output-on-failure -j "$(nproc)"
fi

if wants asan || wants fuzz; then
  # -O1 with line tables only: the Spirit X3 grammars compile several times
  # faster than at -O2/-O3 with full debug info, and ASan's reports keep file:line.
  phase asan-build bash -c 'CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DLEGALINT_SANITIZE=ON -DLEGALINT_FUZZ=ON >/dev/null \
    && cmake --build build-asan'
fi
if wants asan; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  phase asan-ctest ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
fi

if wants fuzz; then
  phase fuzz-seeds scripts/fuzz-seeds.sh build-asan/fuzz-seeds
  phase fuzz scripts/fuzz.sh "${LEGALINT_FUZZ_SECONDS:-30}"
fi

echo "run-tests: all passed in $((SECONDS - started))s (${timings[*]})"
