// Running a rule's own examples: every `bad` must produce the rule (at the
// [[marked]] span when there is one), every `good` must not. This is what
// `legalint rules test` runs and what the test suite runs over rules/.
//
// A corpus-level rule's example holds several documents separated by a line
// of five dashes ("-----"); they are judged together.
#pragma once

#include <string>
#include <vector>

#include "eval/engine.h"

namespace legalint {

struct ExampleResult {
  const Rule* rule = nullptr;
  const Example* example = nullptr;
  bool passed = false;
  std::string detail;  // why it failed: "no finding", "found at 1:5-1:9, marked 1:3-1:9", "unexpected finding at 2:1"
};

std::vector<ExampleResult> run_examples(const Engine& rules_engine, const Rule& rule);

}  // namespace legalint
