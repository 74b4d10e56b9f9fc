// Pack files → a RuleSet, with every mistake reported as a diagnostic at its
// place in the pack (pack:line:col) and the pack left out of the set.
//
//   rulelang::Diagnostics diagnostics;
//   RuleSet rules = load_packs({"rules/lease.rules"}, bases, {}, diagnostics);
//   for (auto& d : diagnostics) std::cerr << d.to_string() << "\n";
//
// Checked at load: the grammar; each check's keys (by its kind); regexes
// (RE2's own error text); basis ids against seeds/bases.toml; duplicate rule
// ids; rule ids under their pack's name; placeholders in messages; every
// rule having at least one bad and one good example.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/bases.h"
#include "eval/rule.h"
#include "rulelang/diagnostic.h"

namespace legalint {

// "pack.parameter" → a measure literal (from legalint.toml), replacing the pack's default.
using ParameterOverrides = std::map<std::string, std::string>;

RuleSet load_packs(const std::vector<std::string>& paths, const BasisIndex& bases, const ParameterOverrides& overrides,
                   rulelang::Diagnostics& diagnostics);

// The same from text in memory (tests, fuzzing), one pack at a time; after
// the last, seal_rules checks the regexes of them all.
void compile_pack_text(const std::string& path, const std::string& text, const BasisIndex& bases,
                       const ParameterOverrides& overrides, RuleSet& into, rulelang::Diagnostics& diagnostics);

// Seals the rule set's regex pool (check/regex.h: RE2 checks each regex
// there, a few threads at once) and leaves out each pack in which RE2 refuses
// one, reporting it at its place.
void seal_rules(RuleSet& rules, rulelang::Diagnostics& diagnostics);

}  // namespace legalint
