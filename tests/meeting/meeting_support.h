// Shared by the meeting tests: the real seeds and packs (tests/support/seeds.h),
// files and a runner for the built legalint binary (tests/support).
#pragma once

#include <string>

#include "eval/engine.h"
#include "files.h"
#include "run_legalint.h"
#include "seeds.h"

namespace legalint::meeting_test {

using namespace legalint::test;  // files.h, run_legalint.h, seeds.h

// Every pack of rules/, as `legalint` loads them.
inline const RuleSet& rules() { return shipped_rules(); }

inline Date date(int y, int m, int d) { return Date{y, m, d}; }

// `legalint ARGS` in `cwd`; named apart because the tests use these helpers
// at global scope, where `legalint` is the namespace.
inline Run run_legalint(const std::string& args, const std::string& cwd = LEGALINT_SOURCE_DIR) {
  return test::legalint(args, cwd);
}

}  // namespace legalint::meeting_test
