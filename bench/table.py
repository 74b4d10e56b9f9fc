#!/usr/bin/env python3
"""Prints bench/run.sh's table and the performance targets as PASS/FAIL.

Input: a TSV of rows `key name seconds bytes documents peak_rss_kb note`
(written by bench/run.sh). Keys: cat, rg, one (legalint 1 job), all (all
cores), large (one large document), textlint, subset (legalint 1 job on
textlint's subset), leases (the 78-lease README job), start (--version),
list (rules list), load (check of a one-line file), baseline (BENCH_BASELINE:
another revision's one-job row, run in turns with `one`).
"""
import argparse
import math


def number(text):
    try:
        value = float(text)
    except ValueError:
        return math.nan
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--machine", default="")
    parser.add_argument("--corpus", default="")
    parser.add_argument("--patterns", default="")
    parser.add_argument("--cores", type=int, default=1)
    parser.add_argument("--target-corpus-mb", type=float, default=100)
    args = parser.parse_args()

    rows = []
    for line in open(args.results, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        key, name, seconds, size, docs, rss, note = (fields + [""] * 7)[:7]
        rows.append(dict(key=key, name=name, seconds=number(seconds), bytes=number(size), docs=number(docs),
                         rss_mb=number(rss) / 1024, note=note))
    by = {r["key"]: r for r in rows}

    def mbps(key):
        r = by.get(key)
        if not r or not r["bytes"] or not (r["seconds"] > 0):
            return math.nan
        return r["bytes"] / 1e6 / r["seconds"]

    base = mbps("one")
    print()
    print("legalint benchmark (bench/run.sh)")
    if args.machine:
        print(f"machine:  {args.machine}")
    if args.corpus:
        print(f"corpus:   {args.corpus}")
    if args.patterns:
        print(f"patterns: {args.patterns}")
    print()
    header = f"{'row':<44} {'seconds':>9} {'MB':>7} {'MB/s':>8} {'docs/s':>9} {'× 1 job':>8} {'RSS MB':>7}"
    print(header)
    print("-" * len(header))

    def fmt(value, spec, blank=""):
        return blank if value is None or (isinstance(value, float) and math.isnan(value)) else format(value, spec)

    for r in rows:
        seconds = r["seconds"]
        rate = mbps(r["key"]) if r["bytes"] else math.nan
        docs = r["docs"] / seconds if r["docs"] and seconds > 0 else math.nan
        ratio = rate / base if base == base and base > 0 else math.nan
        shown = fmt(seconds, ".3f" if seconds < 1 else ".2f", "n/a")
        print(f"{r['name'][:44]:<44} {shown:>9} {fmt(r['bytes'] / 1e6 if r['bytes'] else math.nan, '.1f'):>7} "
              f"{fmt(rate, '.1f' if rate < 1000 else '.0f'):>8} {fmt(docs, '.0f' if docs >= 10 else '.1f' if docs >= 1 else '.3f'):>9} "
              f"{fmt(ratio, '.3f' if ratio < 0.1 else '.2f'):>8} {fmt(r['rss_mb'], '.1f'):>7}")
        if r["note"]:
            print(f"{'':<4}↳ {r['note']}")
    print()
    print("MB/s and docs/s are of the row's own input; × 1 job is the row's MB/s over")
    print("legalint check --jobs 1 on the scaled corpus. seconds is wall time, process start included.")
    baseline = mbps("baseline")
    if baseline == baseline and base == base and baseline > 0:
        print(f"Against {by['baseline']['name'].split(',')[0]}, run in turns with it: this tree is "
              f"{base / baseline:.2f}× its single-thread speed ({base:.1f} / {baseline:.1f} MB/s).")
    print()

    # --- Targets ---
    lines = []

    def target(name, ok, figure):
        if ok is None:
            lines.append(f"SKIP  {name}: {figure}")
        else:
            lines.append(f"{'PASS' if ok else 'FAIL'}  {name}: {figure}")

    def known(*values):
        return all(v == v for v in values)  # not NaN

    rg, textlint, subset, all_cores, large = mbps("rg"), mbps("textlint"), mbps("subset"), mbps("all"), mbps("large")
    target("single thread ≥ 20 MB/s", base >= 20 if known(base) else None, f"{base:.1f} MB/s" if known(base) else "not measured")
    target("single thread ≥ 0.15 of ripgrep", base / rg >= 0.15 if known(base, rg) else None,
           f"{base / rg:.3f} ({base:.1f} / {rg:.1f} MB/s)" if known(base, rg) else "ripgrep not measured")
    target("single thread ≥ 20× textlint (same subset)", subset / textlint >= 20 if known(subset, textlint) else None,
           f"{subset / textlint:.1f}× ({subset:.2f} / {textlint:.3f} MB/s)" if known(subset, textlint)
           else "textlint not measured (see its row or the patterns line)")
    target(f"all cores ({args.cores}) ≥ 1.7× single", all_cores / base >= 1.7 if known(all_cores, base) else None,
           f"{all_cores / base:.2f}× ({all_cores:.1f} / {base:.1f} MB/s)" if known(all_cores, base) else "not measured")
    leases = by.get("leases", {}).get("seconds", math.nan)
    target("78 leases end to end < 150 ms", leases < 0.150 if known(leases) else None,
           f"{leases * 1000:.0f} ms (hyperfine median, process start included)" if known(leases) else "not measured")
    start = by.get("start", {}).get("seconds", math.nan)
    load = by.get("load", {}).get("seconds", math.nan)
    listing = by.get("list", {}).get("seconds", math.nan)
    if known(start, load):
        target("pack load and compile < 30 ms", (load - start) < 0.030,
               f"{(load - start) * 1000:.1f} ms (check of one line {load * 1000:.1f} ms − process start {start * 1000:.1f} ms;"
               f" rules list {listing * 1000:.1f} ms)")
    else:
        target("pack load and compile < 30 ms", None, "not measured")
    rss = max((by[k]["rss_mb"] for k in ("one", "all") if k in by), default=math.nan)
    corpus_mb = by["one"]["bytes"] / 1e6 if "one" in by else math.nan
    scale = "" if corpus_mb >= args.target_corpus_mb * 0.99 else \
        f" — on {corpus_mb:.0f} MB, not the target's {args.target_corpus_mb:.0f} MB: run without BENCH_MB to judge"
    target(f"peak RSS < 100 MB on the {args.target_corpus_mb:.0f} MB corpus", rss < 100 if known(rss) else None,
           f"{rss:.1f} MB (1 job {by['one']['rss_mb']:.1f}, {args.cores} jobs {by.get('all', {}).get('rss_mb', math.nan):.1f}){scale}"
           if known(rss) and "one" in by else "not measured")
    target("one large document ≥ 0.5 of many small (MB/s)", large / base >= 0.5 if known(large, base) else None,
           f"{large / base:.2f} ({large:.1f} / {base:.1f} MB/s)" if known(large, base) else "not measured")
    print("targets (issue 9)")
    for line in lines:
        print("  " + line)
    print()


if __name__ == "__main__":
    main()
