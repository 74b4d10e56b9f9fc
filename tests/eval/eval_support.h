// Shared by the eval tests: the real basis index and calendar from seeds/,
// and a pack compiled from text.
#pragma once

#include <string>

#include "check/dates.h"
#include "eval/bases.h"
#include "eval/compile.h"
#include "eval/engine.h"
#include "load/load.h"
#include "seeds.h"

namespace legalint::testing {

using test::bases;
using test::calendar;

struct Compiled {
  RuleSet rules;
  rulelang::Diagnostics diagnostics;
  std::string first_error() const { return diagnostics.empty() ? "" : diagnostics[0].to_string(); }
};

inline Compiled compile(const std::string& text, const ParameterOverrides& overrides = {}) {
  Compiled c;
  compile_pack_text("t.rules", text, bases(), overrides, c.rules, c.diagnostics);
  seal_rules(c.rules, c.diagnostics);
  return c;
}

inline Analysis analyze_text(const std::string& text, std::optional<DocumentKind> kind = DocumentKind::lease) {
  AnalyzeOptions options;
  options.kind = kind;
  return analyze(load_bytes("doc.txt", text).value(), options);
}

// A minimal valid rule around a check block, for tests that vary one part.
inline std::string pack_with(const std::string& rule_body) {
  return "pack lease {\n  kinds lease\n  param max_term 20年 \"上限\"\n}\n"
         "rule lease/x {\n" + rule_body + "}\n";
}

inline const std::string kValidBody =
    "  severity error\n"
    "  title \"自动续期\"\n"
    "  basis civil-code/705\n"
    "  check pattern {\n    match /自动续期/\n  }\n"
    "  message \"约定了{match}\"\n"
    "  bad \"期满[[自动续期]]。\"\n"
    "  good \"期满另行协商。\"\n";

}  // namespace legalint::testing
