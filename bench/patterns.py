#!/usr/bin/env python3
"""Turns `legalint rules patterns` (RE2 syntax, one per line) into what the
peers of the benchmark accept, and says how many each one took.

    bench/patterns.py rg       PATTERNS OUT.txt          # ripgrep -f file
    bench/patterns.py textlint PATTERNS OUT.textlintrc.json

ripgrep (Rust regex) reads almost all of RE2's syntax. Two differences matter:
  * `\\b`/`\\B` are Unicode-aware in Rust regex (a Han character is a word
    character) but ASCII in RE2; and a Unicode word boundary keeps ripgrep off
    its fast DFA. They become `(?-u:\\b)` / `(?-u:\\B)`, as RE2 means them.
  * ripgrep matches line by line: a pattern that can match a literal "\\n"
    (document-level patterns such as `\\A…\\n…`) is refused without
    --multiline, which would change what is measured. Such patterns are left
    out and counted, as is any other pattern ripgrep rejects (e.g. the
    never-matching `[^\\s\\S]`, an empty class to Rust regex).
Each pattern is tried alone with `rg -e PATTERN /dev/null`; the accepted ones
are written out in order.

textlint-rule-pattern takes JavaScript regexes ("/…/u"). RE2 features with no
JavaScript spelling are rewritten: `\\A` → `(?<![\\s\\S])`, `\\z` →
`(?![\\s\\S])`, `^`/`$` under (?m) → look-arounds for a line start/end, `.`
under (?s) → `[\\s\\S]`, inline flag groups `(?s)`, `(?m:…)` dropped once
their effect is spelled out. Each result is compiled by node with the u flag;
those it rejects are left out and counted.
"""
import json
import subprocess
import sys


def split_flags(pattern, i):
    """At pattern[i] == '(' and pattern[i+1] == '?': returns (flags_on, flags_off, kind, end)
    for (?flags) and (?flags:, else None. kind is ')' or ':'; end is the index after it."""
    j = i + 2
    on, off, negate = set(), set(), False
    while j < len(pattern) and (pattern[j].isalpha() or pattern[j] == "-"):
        if pattern[j] == "-":
            negate = True
        elif pattern[j] in "imsU":
            (off if negate else on).add(pattern[j])
        else:
            return None
        j += 1
    if j == i + 2 or j >= len(pattern) or pattern[j] not in "):":
        return None
    return on, off, pattern[j], j + 1


def to_javascript(pattern):
    """RE2 → JavaScript (u flag), following flag scopes; raises ValueError when it cannot."""
    out = []
    # Stack of flag sets, one per open group; the top is the current scope.
    scopes = [set()]
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 >= len(pattern):
                raise ValueError("trailing backslash")
            e = pattern[i + 1]
            if e == "A":
                out.append(r"(?<![\s\S])")
            elif e == "z":
                out.append(r"(?![\s\S])")
            elif e in "pP" and i + 2 < len(pattern) and pattern[i + 2] != "{":
                out.append(f"\\{e}{{{pattern[i + 2]}}}")
                i += 1
            elif e == "C" or e == "Q":
                raise ValueError(f"\\{e} has no JavaScript form")
            else:
                out.append(c + e)
            i += 2
            continue
        if c == "[":
            # Copy a character class as is (escapes inside kept).
            j = i + 1
            if j < len(pattern) and pattern[j] == "^":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                if pattern[j] == "\\":
                    j += 1
                elif pattern.startswith("[:", j):
                    raise ValueError("POSIX class")
                j += 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            if pattern.startswith("(?P<", i):
                out.append("(?<")
                i += 4
                scopes.append(set(scopes[-1]))
                continue
            flags = split_flags(pattern, i) if pattern.startswith("(?", i) else None
            if flags:
                on, off, kind, end = flags
                if "i" in on or "U" in on:
                    raise ValueError("(?i)/(?U) not translated")
                if kind == ")":
                    scopes[-1] = (scopes[-1] | on) - off
                else:
                    scopes.append((scopes[-1] | on) - off)
                    out.append("(?:")
                i = end
                continue
            scopes.append(set(scopes[-1]))
            out.append(c)
            i += 1
            continue
        if c == ")":
            if len(scopes) > 1:
                scopes.pop()
            out.append(c)
            i += 1
            continue
        if c == "." and "s" in scopes[-1]:
            out.append(r"[\s\S]")
        elif c == "^" and "m" in scopes[-1]:
            out.append(r"(?<![^\n])")
        elif c == "$" and "m" in scopes[-1]:
            out.append(r"(?![^\n])")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def for_ripgrep(pattern):
    return pattern.replace(r"\\", "\0").replace(r"\b", r"(?-u:\b)").replace(r"\B", r"(?-u:\B)").replace("\0", r"\\")


def main():
    mode, source, target = sys.argv[1:4]
    patterns = [p for p in open(source, encoding="utf-8").read().splitlines() if p]
    reasons = {}
    if mode == "rg":
        kept = []
        for pattern in patterns:
            candidate = for_ripgrep(pattern)
            run = subprocess.run(["rg", "-j1", "-q", "-e", candidate, "/dev/null"], capture_output=True, text=True)
            if run.returncode <= 1:
                kept.append(candidate)
            else:
                reason = "matches a newline (needs --multiline)" if "--multiline" in run.stderr else run.stderr.strip().splitlines()[-1].removeprefix("error: ")
                reasons[reason] = reasons.get(reason, 0) + 1
        open(target, "w", encoding="utf-8").write("".join(p + "\n" for p in kept))
    elif mode == "textlint":
        translated = []
        for pattern in patterns:
            try:
                translated.append(to_javascript(pattern))
            except ValueError as error:
                reasons[str(error)] = reasons.get(str(error), 0) + 1
        check = subprocess.run(
            ["node", "-e", "const ps=JSON.parse(require('fs').readFileSync(0,'utf8'));"
             "console.log(JSON.stringify(ps.map(p=>{try{new RegExp(p,'u');return ''}catch(e){return String(e.message)}})))"],
            input=json.dumps(translated), capture_output=True, text=True, check=True)
        kept = []
        for pattern, error in zip(translated, json.loads(check.stdout)):
            if error:
                reason = "JavaScript: " + error.split(": ")[-1]
                reasons[reason] = reasons.get(reason, 0) + 1
            else:
                kept.append(pattern)
        # textlint's "/source/flags" string is split at its first and last
        # slash, so slashes inside need no escape.
        rule = {"patterns": [{"message": f"legalint pattern {n}", "pattern": "/" + p + "/u"}
                             for n, p in enumerate(kept, 1)]}
        json.dump({"rules": {"@textlint-rule/pattern": rule}}, open(target, "w", encoding="utf-8"), ensure_ascii=False)
    else:
        sys.exit(f"unknown mode {mode}")
    why = "; ".join(f"{n} {reason}" for reason, n in sorted(reasons.items(), key=lambda r: -r[1]))
    print(f"{len(kept)} of {len(patterns)} patterns" + (f" (left out: {why})" if why else ""))


if __name__ == "__main__":
    main()
