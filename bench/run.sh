#!/usr/bin/env bash
# The benchmark, in one command: builds legalint (Release), scales the corpus
# to ≥ 10,000 documents and ≥ 100 MB in a temporary folder, and runs side by
# side on the same files: a bare read, ripgrep with every regex of the loaded
# packs (one thread), legalint with all packs (one job and all cores), and
# textlint with the same regexes over a 2 MB subset. Then the README's main
# job (78 leases) end to end, pack load, and one 20 MB document.
#
#   bench/run.sh                 # the whole table
#   BENCH_MB=20 bench/run.sh     # a quicker, smaller run
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
megabytes=${BENCH_MB:-100}
documents=${BENCH_DOCS:-10000}

scripts/install-deps.sh
need=()
for tool in ripgrep time hyperfine nodejs npm python3; do
  dpkg-query -W -f='${Status}' "$tool" 2>/dev/null | grep -q "install ok installed" || need+=("$tool")
done
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target legalint >/dev/null
legalint=$root/build/cli/legalint

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/scale_corpus.py "$work/corpus" --documents "$documents" --megabytes "$megabytes"
python3 bench/scale_corpus.py "$work/large" --single-megabytes 20
"$legalint" rules patterns > "$work/patterns.txt"
mkdir -p "$work/subset"
find "$work/corpus" -name '*.txt' | sort | head -n 240 | xargs -I{} cp {} "$work/subset/"

bytes=$(find "$work/corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$work/corpus" -name '*.txt' | wc -l)
subset_bytes=$(du -cb "$work"/subset/*.txt | tail -1 | cut -f1)
subset_files=$(ls "$work/subset" | wc -l)
large_bytes=$(stat -c %s "$work/large/large.txt")

# Runs a command under /usr/bin/time; prints "seconds rss_kb".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  cat "$work/time"
}

declare -A seconds rss
row() {  # name bytes files command…
  local name=$1 size=$2 count=$3; shift 3
  read -r s m < <(measure "$@")
  seconds[$name]=$s; rss[$name]=$m
  printf '%-34s %8.2f s %9.1f MB/s %9.0f docs/s %8.1f MB RSS\n' "$name" "$s" \
    "$(echo "$size / 1000000 / ($s + 0.0001)" | bc -l)" "$(echo "$count / ($s + 0.0001)" | bc -l)" "$(echo "$m / 1024" | bc -l)"
}

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "corpus: $files documents, $(echo "$bytes / 1000000" | bc -l | xargs printf '%.1f') MB; patterns: $(wc -l < "$work/patterns.txt")"
echo
row "bare read (cat)" "$bytes" "$files" bash -c "find '$work/corpus' -name '*.txt' -print0 | xargs -0 cat"
row "ripgrep, same regexes, 1 thread" "$bytes" "$files" rg --threads 1 -c -f "$work/patterns.txt" "$work/corpus"
row "legalint, all packs, 1 job" "$bytes" "$files" "$legalint" check "$work/corpus" --jobs 1 -q --fail-level none -o "$work/out1"
row "legalint, all packs, $(nproc) jobs" "$bytes" "$files" "$legalint" check "$work/corpus" -q --fail-level none -o "$work/outN"
row "legalint, one 20 MB document" "$large_bytes" 1 "$legalint" check "$work/large/large.txt" --jobs 1 -q --fail-level none -o "$work/outL"

# textlint with the same regexes, over a 2 MB subset (it is far slower).
if [[ ! -d "$work/textlint" ]]; then
  mkdir -p "$work/textlint" && (cd "$work/textlint" && npm init -y >/dev/null &&
    npm install --silent textlint @textlint-rule/textlint-rule-pattern >/dev/null 2>&1) || echo "textlint: npm install failed"
fi
if [[ -x "$work/textlint/node_modules/.bin/textlint" ]]; then
  python3 - "$work/patterns.txt" "$work/textlint/.textlintrc.json" <<'PY'
import json, sys
patterns = [p for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
rule = {"patterns": [{"message": "legalint pattern", "pattern": "/" + p.replace("/", "\\/") + "/u"} for p in patterns]}
json.dump({"rules": {"@textlint-rule/pattern": rule}}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
  (cd "$work/textlint" && row "textlint, same regexes (2 MB subset)" "$subset_bytes" "$subset_files" \
    ./node_modules/.bin/textlint --format compact "$work/subset")
  row "legalint, 1 job (same 2 MB subset)" "$subset_bytes" "$subset_files" "$legalint" check "$work/subset" --jobs 1 -q --fail-level none -o "$work/outS"
fi

echo
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs 10 -N --export-json "$work/lease.json" \
    "$legalint check $root/corpus/leases -q --fail-level none -o $work/lease.out" >/dev/null
  python3 -c "import json;r=json.load(open('$work/lease.json'))['results'][0];print(f\"78 leases end to end (median of 10): {r['median']*1000:.0f} ms\")"
  hyperfine --warmup 2 --runs 10 -N --export-json "$work/load.json" "$legalint rules list" >/dev/null
  python3 -c "import json;r=json.load(open('$work/load.json'))['results'][0];print(f\"process start + pack load and compile (rules list, median of 10): {r['median']*1000:.1f} ms\")"
fi
