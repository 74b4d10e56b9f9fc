#!/usr/bin/env bash
# The benchmark, in one command (docs/benchmark.md): builds legalint and the
# stage microbenchmarks (Release, in build-bench/), scales the corpus to
# ≥ 10,000 documents and ≥ 100 MB in a temporary folder, and runs side by side
# on the same files: a bare read, ripgrep with every regex of the loaded packs
# (one thread), legalint with all packs (one job and all cores), and textlint
# with the same regexes over a 2 MB subset. Then the README's main job
# (78 leases) end to end, pack load, and one 20 MB document. Prints one table
# and the targets of the performance issue as PASS/FAIL, then runs the stage
# microbenchmarks.
#
#   bench/run.sh                 # the whole table (100 MB, 10,000 documents)
#   BENCH_MB=20 bench/run.sh     # a quicker run (20 MB, 2,000 documents, a 4 MB document)
#
# Settings (environment):
#   BENCH_MB=100          size of the scaled corpus
#   BENCH_DOCS=MB*100     documents in it (10,000 at 100 MB)
#   BENCH_LARGE_MB=MB/5   size of the one large document (20 MB in the full run)
#   BENCH_SUBSET_MB=2     size of the subset textlint reads
#   BENCH_RUNS=1          runs of each corpus row (the median is reported)
#   BENCH_HYPERFINE_RUNS=10  runs of the 78-lease job and of pack load
#   BENCH_TIMEOUT=900     seconds before a row is given up (reported as such)
#   BENCH_BUILD_DIR=build-bench, BENCH_BUILD_JOBS=2
#   BENCH_BUILD=1         0 uses the binaries already in BENCH_BUILD_DIR
#   BENCH_STAGES=1        0 skips the Google Benchmark stages at the end
#   BENCH_TEXTLINT=1      0 skips textlint (and its npm install)
#   BENCH_INSTALL=1       0 skips scripts/install-deps.sh --bench
#   BENCH_KEEP=0          1 keeps the temporary folders (their paths are printed)
#   BENCH_INPUTS_DIR=     where the scaled corpus is written; default /dev/shm
#                         (memory) when it is a writable tmpfs with room, else
#                         the temporary folder
#   BENCH_BASELINE=REV    also builds legalint at git revision REV (with that
#                         revision's packs) and runs its one-job row in turns
#                         with this tree's rows (below)
#
# The one-job, all-cores and large-document rows (and the baseline's) run in
# turns: run 1 of each, then run 2 of each… The machine drifts; the ratio of
# rows taken in the same minutes does not.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
megabytes=${BENCH_MB:-100}
documents=${BENCH_DOCS:-$(awk -v mb="$megabytes" 'BEGIN { printf "%d", mb * 100 }')}
large_megabytes=${BENCH_LARGE_MB:-$(awk -v mb="$megabytes" 'BEGIN { printf "%g", mb / 5 }')}
subset_megabytes=${BENCH_SUBSET_MB:-2}
runs=${BENCH_RUNS:-1}
hyperfine_runs=${BENCH_HYPERFINE_RUNS:-10}
timeout_seconds=${BENCH_TIMEOUT:-900}
build=${BENCH_BUILD_DIR:-build-bench}
build_jobs=${BENCH_BUILD_JOBS:-2}
cores=$(nproc)

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# --- Tools and build -------------------------------------------------------
if [[ ${BENCH_INSTALL:-1} == 1 ]]; then
  scripts/install-deps.sh --bench >&2
fi
for tool in rg hyperfine /usr/bin/time python3 cmake ninja; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/install-deps.sh --bench)" >&2; exit 2; }
done

[[ ${BENCH_BUILD:-1} == 1 ]] && say "building legalint (Release) in $build"
bench_option=OFF
dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed" && bench_option=ON
if [[ ${BENCH_BUILD:-1} == 1 ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEGALINT_TESTS=OFF -DLEGALINT_BENCH=$bench_option >/dev/null
  targets=(legalint)
  [[ $bench_option == ON ]] && targets+=(legalint_stages)
  cmake --build "$build" -j "$build_jobs" --target "${targets[@]}" >&2
fi
[[ -x $build/cli/legalint ]] || { echo "bench: no $build/cli/legalint (BENCH_BUILD=0 needs a build)" >&2; exit 2; }
legalint=$root/$build/cli/legalint
stages=$root/$build/bench/legalint_stages

work=$(mktemp -d -t legalint-bench.XXXXXX)
# The inputs are read from memory, as the issue measures ("text in memory"):
# on this VM the page cache gave up much of a 100 MB folder within minutes
# (a second cat of it took 0.89 s instead of 0.36 s), so rows read from disk
# waited on it by chance (perf: readahead in 9% of the samples).
inputs_parent=${BENCH_INPUTS_DIR:-}
if [[ -z $inputs_parent && $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs && -w /dev/shm ]] &&
   (( $(df -Pk /dev/shm | awk 'NR == 2 { print $4 }') > (2 * megabytes + 100) * 1024 )); then
  inputs_parent=/dev/shm
fi
inputs=$(mktemp -d -p "${inputs_parent:-$work}" legalint-bench-inputs.XXXXXX)
inputs_where=$(stat -f -c %T "$inputs")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
  echo "bench: keeping $work and $inputs" >&2
else
  trap 'rm -rf "$work" "$inputs"' EXIT
fi
results=$work/results.tsv
: > "$results"

# --- The baseline (BENCH_BASELINE) ------------------------------------------
# Built from `git archive` of the revision, so it reads that revision's packs
# (its own source folder is compiled in as its data folder).
baseline=${BENCH_BASELINE:-}
if [[ -n $baseline ]]; then
  baseline_commit=$(git -C "$root" rev-parse --verify --quiet "$baseline^{commit}") ||
    { echo "bench: BENCH_BASELINE=$baseline is not a commit of this repository" >&2; exit 2; }
  baseline_name="legalint at ${baseline_commit:0:7}"
  say "building $baseline_name (Release) in $work/baseline"
  mkdir -p "$work/baseline"
  git -C "$root" archive "$baseline_commit" | tar -x -C "$work/baseline"
  cmake -S "$work/baseline" -B "$work/baseline/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEGALINT_TESTS=OFF >/dev/null
  cmake --build "$work/baseline/build" -j "$build_jobs" --target legalint >&2
  baseline_legalint=$work/baseline/build/cli/legalint
fi

# --- Inputs ----------------------------------------------------------------
say "scaling the corpus to $documents documents, $megabytes MB; one $large_megabytes MB document"
python3 bench/scale_corpus.py "$inputs/corpus" --documents "$documents" --megabytes "$megabytes" >&2
python3 bench/scale_corpus.py "$inputs/large" --single-megabytes "$large_megabytes" >&2
# A subset of about BENCH_SUBSET_MB, every n-th file so that all kinds are in it.
python3 - "$inputs/corpus" "$inputs/subset" "$subset_megabytes" <<'PY'
import pathlib, shutil, sys
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))
target = float(sys.argv[3]) * 1e6
average = sum(f.stat().st_size for f in files) / len(files)
stride = max(1, int(len(files) / (target / average)))
out = pathlib.Path(sys.argv[2]); out.mkdir()
size = 0
for f in files[::stride] + files:
    if size >= target: break
    if (out / f"{f.parent.name}-{f.name}").exists(): continue
    shutil.copy(f, out / f"{f.parent.name}-{f.name}")
    size += f.stat().st_size
PY
printf '租赁合同\n' > "$work/one-line.txt"

corpus_bytes=$(find "$inputs/corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
corpus_files=$(find "$inputs/corpus" -name '*.txt' | wc -l)
subset_bytes=$(du -cb "$inputs"/subset/*.txt | tail -1 | cut -f1)
subset_files=$(find "$inputs/subset" -name '*.txt' | wc -l)
large_bytes=$(stat -c %s "$inputs/large/large.txt")
lease_bytes=$(du -cb "$root"/corpus/leases/*.txt | tail -1 | cut -f1)
lease_files=$(find "$root/corpus/leases" -name '*.txt' | wc -l)

# legalint may stop a file that takes too long (--time-limit, default 10 s):
# the benchmark measures, it does not give up, so the limit is lifted.
no_limit=()
"$legalint" check --help 2>/dev/null | grep -q -- '--time-limit' && no_limit=(--time-limit 0)
baseline_no_limit=()
[[ -n $baseline ]] && "$baseline_legalint" check --help 2>/dev/null | grep -q -- '--time-limit' && baseline_no_limit=(--time-limit 0)

"$legalint" rules patterns > "$work/patterns.txt"
pattern_count=$(grep -c . "$work/patterns.txt")
rg_note=$(python3 bench/patterns.py rg "$work/patterns.txt" "$work/rg-patterns.txt")

# --- Measuring -------------------------------------------------------------
# One run of COMMAND… under /usr/bin/time (and timeout), for row KEY: sets
# run_seconds and run_rss (KB), and run_note when the exit status is 2 or more
# (legalint's usage/config/input errors; 124 = timed out). Standard output is
# thrown away.
measure_once() {  # KEY COMMAND…
  local key=$1; shift
  local status=0
  # Output goes to a file (the page cache) so that an error can be quoted;
  # the bare read's 100 MB go to /dev/null, as cat's floor.
  local sink=$work/stdout
  [[ $key == cat ]] && sink=/dev/null
  /usr/bin/time -f "%e %M" -o "$work/time" timeout "$timeout_seconds" "$@" >"$sink" 2>"$work/stderr" || status=$?
  run_seconds=nan; run_rss=0; run_note=""
  read -r run_seconds run_rss < <(tail -1 "$work/time") || true
  [[ $run_rss =~ ^[0-9]+$ ]] || run_rss=0
  if (( status == 124 )); then
    run_note="gave up after ${timeout_seconds} s"
  elif (( status >= 2 )); then
    local why
    why=$( { grep -h -m1 'error' "$work/stderr" "$sink" 2>/dev/null || true; } | head -1 | cut -c1-160)
    run_note="exit $status: ${why:-no message}"
  fi
}

# Writes a row of results.tsv: the median of TIMES (space-separated seconds).
record_row() {  # KEY NAME BYTES DOCS NOTE TIMES RSS
  local key=$1 name=$2 size=$3 count=$4 note=$5 times=$6 rss=$7 s
  s=$(printf '%s\n' $times | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  [[ $note == "gave up"* ]] && s=nan
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$name" "$s" "$size" "$count" "$rss" "$note" >> "$results"
}

# Adds the last measure_once to a row's tally, kept in the caller's variables
# named TIMES RSS NOTE; false once a run was given up.
tally() {  # TIMES RSS NOTE
  local -n tally_times=$1 tally_rss=$2 tally_note=$3
  tally_times+=" $run_seconds"
  (( run_rss > tally_rss )) && tally_rss=$run_rss
  [[ -n $run_note ]] && tally_note=$run_note
  [[ $run_note != "gave up"* ]]
}

# One row: KEY NAME BYTES DOCS NOTE -- COMMAND…, run $runs times; the median
# wall time and the peak RSS go to results.tsv.
row() {
  local key=$1 name=$2 size=$3 count=$4 note=$5; shift 6
  local times="" rss=0
  say "$name"
  for ((run = 0; run < runs; run++)); do
    measure_once "$key" "$@"
    tally times rss note || break
  done
  record_row "$key" "$name" "$size" "$count" "$note" "$times" "$rss"
}

# The median of hyperfine runs (process start included, output thrown away)
# and the peak RSS of one more run; exit codes are ignored (findings exit 1).
timed() {  # KEY NAME BYTES DOCS NOTE -- COMMAND…
  local key=$1 name=$2 size=$3 count=$4 note=$5; shift 6
  say "$name"
  local command
  command=$(printf '%q ' "$@")
  local median=nan rss=0
  rm -f "$work/hyperfine.json"
  if hyperfine -N -i --warmup 2 --runs "$hyperfine_runs" --export-json "$work/hyperfine.json" "$command" >/dev/null 2>"$work/stderr"; then
    median=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$work/hyperfine.json")
  else
    note="hyperfine failed: $(tail -1 "$work/stderr" | cut -c1-80)"
  fi
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  rss=$(tail -1 "$work/time" | awk '{ print $2 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$name" "$median" "$size" "$count" "$rss" "$note" >> "$results"
}

find "$inputs/corpus" "$inputs/large" "$inputs/subset" -type f -print0 | xargs -0 cat >/dev/null  # the page cache, for all

row cat "bare read (cat)" "$corpus_bytes" "$corpus_files" "" -- \
  bash -c 'find "$1" -name "*.txt" -print0 | xargs -0 cat' _ "$inputs/corpus"
row rg "ripgrep, same regexes, 1 thread" "$corpus_bytes" "$corpus_files" "$rg_note" -- \
  rg --no-config -j1 -c -f "$work/rg-patterns.txt" "$inputs/corpus"
# The rows whose ratios are targets — one job, all cores, the large
# document, and the baseline's one job — run in turns: run 1 of each, then
# run 2 of each… This VM's speed drifts by a third within minutes, and two
# rows measured minutes apart gave a ratio of the drift as much as of the
# code (two cores against one: 1.57× to 2.37× over a day, same binary).
measure_turn() {  # KEY
  case $1 in
    one) measure_once one "$legalint" check "$inputs/corpus" --jobs 1 -q --fail-level none "${no_limit[@]}" ;;
    baseline) measure_once baseline "$baseline_legalint" check "$inputs/corpus" --jobs 1 -q --fail-level none "${baseline_no_limit[@]}" ;;
    all) measure_once all "$legalint" check "$inputs/corpus" --jobs "$cores" -q --fail-level none "${no_limit[@]}" ;;
    large) measure_once large "$legalint" check "$inputs/large/large.txt" --jobs 1 -q --fail-level none "${no_limit[@]}" ;;
  esac
}
turn_keys=(one all large)
[[ -n $baseline ]] && turn_keys=(one baseline all large)
say "legalint check: 1 job${baseline:+, $baseline_name 1 job}, $cores jobs, one ${large_megabytes} MB document, in turns"
declare -A gave_up=()
for key in "${turn_keys[@]}"; do declare "${key}_times=" "${key}_rss=0" "${key}_note="; done
for ((run = 0; run < runs; run++)); do
  for key in "${turn_keys[@]}"; do
    [[ -n ${gave_up[$key]:-} ]] && continue
    measure_turn "$key"
    tally "${key}_times" "${key}_rss" "${key}_note" || gave_up[$key]=1
  done
done
record_row one "legalint check, 1 job" "$corpus_bytes" "$corpus_files" "$one_note" "$one_times" "$one_rss"
[[ -n $baseline ]] &&
  record_row baseline "$baseline_name, 1 job (in turns)" "$corpus_bytes" "$corpus_files" "$baseline_note" "$baseline_times" "$baseline_rss"
record_row all "legalint check, $cores jobs" "$corpus_bytes" "$corpus_files" "$all_note" "$all_times" "$all_rss"
record_row large "legalint, one ${large_megabytes} MB document" "$large_bytes" 1 "$large_note" "$large_times" "$large_rss"

# textlint with the same regexes, over the subset (it is far slower), and
# legalint on the same files for the ratio.
textlint_status="skipped (BENCH_TEXTLINT=0)"
if [[ ${BENCH_TEXTLINT:-1} == 1 ]]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    textlint_status="skipped: node and npm are not installed (apt-get install nodejs npm)"
  else
    say "installing textlint and @textlint-rule/textlint-rule-pattern (npm, into $work/textlint)"
    mkdir -p "$work/textlint"
    if (cd "$work/textlint" && npm init -y >/dev/null &&
        npm install --no-audit --no-fund --loglevel=error textlint @textlint-rule/textlint-rule-pattern >"$work/npm.log" 2>&1); then
      textlint_note=$(python3 bench/patterns.py textlint "$work/patterns.txt" "$work/textlint/.textlintrc.json")
      textlint_version=$("$work/textlint/node_modules/.bin/textlint" --version)
      textlint_status="textlint $textlint_version: $textlint_note"
      (cd "$work/textlint" && row textlint "textlint $textlint_version, same regexes (subset)" "$subset_bytes" "$subset_files" "$textlint_note" -- \
        ./node_modules/.bin/textlint --format compact "$inputs/subset")
      # textlint exits 1 on findings; only 2 (crash, bad config) is a failure, already noted.
    else
      textlint_status="skipped: npm install failed: $(grep -i 'err' "$work/npm.log" | head -2 | tr '\n' ' ' | cut -c1-160)"
    fi
  fi
fi
row subset "legalint check, 1 job (same subset)" "$subset_bytes" "$subset_files" "" -- \
  "$legalint" check "$inputs/subset" --jobs 1 -q --fail-level none "${no_limit[@]}"

timed leases "78 leases, README job (hyperfine median)" "$lease_bytes" "$lease_files" "legalint check corpus/leases --jobs 2 --fail-level error" -- \
  "$legalint" check "$root/corpus/leases" --jobs 2 --fail-level error
timed start "process start (--version)" 0 0 "" -- "$legalint" --version
timed list "process start + pack load (rules list)" 0 0 "" -- "$legalint" rules list
timed load "process start + load + compile + 1 line" 0 0 "check of a one-line file" -- \
  "$legalint" check "$work/one-line.txt" --jobs 1 -q --fail-level none "${no_limit[@]}"

# --- The table and the targets --------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
python3 bench/table.py "$results" \
  --machine "$cores cores, $cpu, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)" \
  --corpus "$corpus_files documents, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') (bench/scale_corpus.py; target size 100 MB), read from $inputs_where" \
  --patterns "$pattern_count regexes in the packs; ripgrep took $rg_note; $textlint_status" \
  --cores "$cores" --target-corpus-mb 100

if [[ ${BENCH_STAGES:-1} == 1 && -x $stages ]]; then
  say "stage microbenchmarks (Google Benchmark, corpus/leases)"
  min_time=0.5
  awk -v mb="$megabytes" 'BEGIN { exit !(mb < 100) }' && min_time=0.2
  "$stages" --benchmark_min_time="$min_time"
elif [[ ${BENCH_STAGES:-1} == 1 ]]; then
  echo "stage microbenchmarks: not built (libbenchmark-dev missing)"
fi
