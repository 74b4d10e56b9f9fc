#include "eval/expectations.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace legalint {

std::string expectations_path(const std::string& document_path) {
  return std::filesystem::path(document_path).replace_extension(".expected").string();
}

Outcome<std::vector<ExpectedFinding>> parse_expectations(const std::string& path, const std::string& text) {
  std::vector<ExpectedFinding> out;
  std::istringstream in(text);
  std::string line;
  for (std::uint32_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    std::istringstream fields(line.substr(first));
    std::string where, rule;
    fields >> where >> rule;
    ExpectedFinding expected;
    expected.rule_id = rule;
    try {
      std::size_t used = 0;
      expected.line = static_cast<std::uint32_t>(std::stoul(where, &used));
      if (used < where.size()) {
        if (where[used] != ':') throw std::invalid_argument("column");
        expected.column = static_cast<std::uint32_t>(std::stoul(where.substr(used + 1)));
      }
    } catch (const std::exception&) {
      expected.line = 0;
    }
    if (expected.line == 0 || rule.find('/') == std::string::npos)
      return config_error("sidecar", path, "line " + std::to_string(number) + ": expected 'LINE RULE-ID', got '" + line + "'");
    out.push_back(expected);
  }
  return out;
}

void compare(const std::string& path, const std::vector<ExpectedFinding>& expected, const std::vector<Finding>& found,
             Comparison& into) {
  std::vector<const Finding*> counted;
  for (const auto& f : found)
    if (f.severity != Severity::info) counted.push_back(&f);
  std::vector<bool> used(counted.size(), false);

  for (const auto& e : expected) {
    auto& score = into.by_rule[e.rule_id];
    ++score.expected;
    ++into.overall.expected;
    bool matched = false;
    for (std::size_t i = 0; i < counted.size() && !matched; ++i) {
      const Finding& f = *counted[i];
      if (used[i] || f.rule_id != e.rule_id || f.location.start.line != e.line) continue;
      if (e.column && f.location.start.column != *e.column) continue;
      used[i] = matched = true;
    }
    if (matched) {
      ++score.matched;
      ++into.overall.matched;
    } else {
      into.mismatches.push_back({path, e.line, e.rule_id, true, ""});
    }
  }
  for (std::size_t i = 0; i < counted.size(); ++i) {
    auto& score = into.by_rule[counted[i]->rule_id];
    ++score.found;
    ++into.overall.found;
    if (!used[i]) into.mismatches.push_back({path, counted[i]->location.start.line, counted[i]->rule_id, false, counted[i]->message});
  }
  std::stable_sort(into.mismatches.begin(), into.mismatches.end(), [](const Mismatch& a, const Mismatch& b) {
    return a.path != b.path ? a.path < b.path : a.line < b.line;
  });
}

}  // namespace legalint
