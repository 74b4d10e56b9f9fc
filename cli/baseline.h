// Baselines: the findings a team has seen and put aside, recorded so that a
// run shows only new ones (`--baseline FILE`), written by
// `--update-baseline FILE`. A JSON file, in report order:
//
//   {"legalint_baseline": 1, "findings": [
//     {"fingerprint": "3f0c…", "rule": "lease/auto-renewal", "path": "corpus/leases/L017.txt",
//      "line": 15, "message": "…"}, …]}
//
// A finding is in the baseline when its path (as given on the command line,
// lexically normalized) and its fingerprint both match: fingerprints come
// from the sentence's words, so the same template sentence in two leases has
// the same fingerprint, and the path keeps them apart. Lines and messages
// are there for people reading the file; they do not take part in matching,
// so a finding that only moved stays baselined.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/error.h"
#include "report/report.h"

namespace legalint::cli {

struct Baseline {
  std::set<std::pair<std::string, std::string>> entries;  // (normalized path, fingerprint)
  std::vector<std::pair<std::string, std::string>> in_order;

  bool contains(const std::string& path, const std::string& fingerprint) const;
};

Outcome<Baseline> load_baseline(const std::string& path);

// The baseline file for every finding of `run`.
std::string baseline_json(const RunReport& run);

// Hides the findings `baseline` lists (counted in FileOutcome::baselined) and
// records in run.fixed the baseline's findings for the files of this run
// that no longer occur.
void apply_baseline(const Baseline& baseline, RunReport& run);

std::string normalized_path(const std::string& path);

}  // namespace legalint::cli
