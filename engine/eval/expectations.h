// Expected findings, as a reviewer wrote them in a sidecar file beside a
// corpus document (NAME.expected; see corpus/README.md):
//
//   # L017 — fish pond lease, 25-year term
//   7 lease/term-over-20y
//   12:5 contract/unfilled-placeholder
//
// and the comparison of a run's findings against them, rule by rule.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "eval/finding.h"

namespace legalint {

struct ExpectedFinding {
  std::uint32_t line = 0;
  std::optional<std::uint32_t> column;
  std::string rule_id;
};

// Parses a sidecar's text; a malformed line is an Error naming its line.
Outcome<std::vector<ExpectedFinding>> parse_expectations(const std::string& path, const std::string& text);

// The sidecar path of a document: the same name with the extension .expected.
std::string expectations_path(const std::string& document_path);

struct RuleScore {
  std::size_t expected = 0;
  std::size_t found = 0;
  std::size_t matched = 0;
  double precision() const { return found ? static_cast<double>(matched) / found : 1.0; }
  double recall() const { return expected ? static_cast<double>(matched) / expected : 1.0; }
};

struct Mismatch {
  std::string path;
  std::uint32_t line = 0;
  std::string rule_id;
  bool missing = false;  // expected but not found; else found but not expected
  std::string message;   // the finding's message, for an unexpected one
};

struct Comparison {
  std::map<std::string, RuleScore> by_rule;
  RuleScore overall;
  std::vector<Mismatch> mismatches;  // in file and line order
};

// Adds one document's comparison. Only warnings and errors count; a finding
// matches an expectation with the same rule and line (and column, if given).
void compare(const std::string& path, const std::vector<ExpectedFinding>& expected, const std::vector<Finding>& found,
             Comparison& into);

}  // namespace legalint
