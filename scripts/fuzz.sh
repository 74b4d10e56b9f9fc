#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/, one after another, each for SECONDS
# (default 30), seeded from scripts/fuzz-seeds.sh. Exits non-zero when any
# target finds a crash, a leak, a timeout or an out-of-memory; the input that
# did it is left in $BUILD/fuzz-crashes/TARGET/ and its path printed.
#   scripts/fuzz.sh [SECONDS] [TARGET…]        targets: numerals rulepack docx text pipeline
#   BUILD=build-asan (default) is a clang build with -DLEGALINT_FUZZ=ON (see scripts/run-tests.sh).
# What each run found stays in $BUILD/fuzz-corpus/TARGET and seeds the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD:-build-asan}"
seconds="${1:-30}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(numerals rulepack docx text pipeline)

[[ -d "$build/fuzz-seeds" ]] || scripts/fuzz-seeds.sh "$build/fuzz-seeds" >/dev/null
declare -A max_len=([numerals]=512 [rulepack]=8192 [docx]=65536 [text]=16384 [pipeline]=16384)

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for target in "${targets[@]}"; do
  binary="$build/fuzz/${target}_fuzz"
  [[ -x "$binary" ]] || { echo "fuzz: $binary is not built (ninja -C $build fuzzers)" >&2; exit 2; }
  corpus="$build/fuzz-corpus/$target"
  crashes="$build/fuzz-crashes/$target"
  mkdir -p "$corpus" "$crashes"
  dict=()
  [[ -f "fuzz/$target.dict" ]] && dict=(-dict="fuzz/$target.dict")
  log="$build/fuzz-$target.log"
  echo "fuzz: $target for ${seconds}s"
  if "$binary" "$corpus" "$build/fuzz-seeds/$target" "${dict[@]}" \
      -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$log" | tail -2 | sed "s/^/fuzz: $target: /"
  else
    echo "fuzz: $target FAILED — the last lines of $log:" >&2
    tail -40 "$log" >&2
    failed+=("$target")
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: crashes in ${failed[*]}; inputs in $build/fuzz-crashes/" >&2
  exit 1
fi
